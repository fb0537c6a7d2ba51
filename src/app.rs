//! The app shell: where the address is read, page chrome, and the page for the route.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::offline_status::OfflineStatus;
use crate::data;
use crate::hooks::use_ready_signal;
use crate::pages::explorer::ExplorerPage;
use crate::pages::meeting::MeetingPage;
use crate::pages::not_found::NotFoundPage;
use crate::route::{resolve, Here, Route};
use crate::router::{app_link, Back, Hydrated, Nav};
use visit_core::domain::Dataset;
use visit_core::filter::Catalog;

/// Where the app reads its address from.
#[derive(Clone, Debug, PartialEq)]
pub enum Address {
    /// The browser's address bar and history.
    Browser,
    /// A fixed path with its query (`/meetings/wabtec/`, `/?sector=finance`), held
    /// in memory: the prerenderer and the in-browser tests.
    Memory(AttrValue),
}

#[derive(Properties, PartialEq)]
pub struct RootProps {
    pub dataset: Rc<Dataset>,
    /// The site's sub-path (`/visit-explorer`), or empty.
    pub base: AttrValue,
    /// What the first render shows. When hydrating, the route of the prerendered
    /// file, whatever the address says: the first render must match its HTML.
    pub first: Here,
    /// True when the first render hydrates prerendered HTML.
    pub hydrating: bool,
    pub address: Address,
}

fn read(address: &Address, base: &str, dataset: &Dataset) -> Here {
    match address {
        #[cfg(target_arch = "wasm32")]
        Address::Browser => crate::router::browser::read(base, dataset),
        #[cfg(not(target_arch = "wasm32"))]
        Address::Browser => Here::at(Route::Explorer),
        Address::Memory(path) => {
            let (path, search) = path.split_once('?').unwrap_or((path, ""));
            resolve(&format!("{base}{path}"), search, "", base, dataset).here
        }
    }
}

/// Holds what is shown and the navigator, and renders the shell. After mounting
/// it reads the address (canonicalising it) and follows the history from then on.
#[component]
pub fn Root(props: &RootProps) -> Html {
    let catalog = use_memo(props.dataset.clone(), |d| Rc::new(Catalog::new(d.clone())));
    let here = use_state_eq(|| props.first.clone());
    let hydrated = use_state_eq(|| !props.hydrating);
    let nav = {
        let setter = here.setter();
        let browser = props.address == Address::Browser;
        let first = props.first.clone();
        use_memo(props.base.clone(), move |base| {
            Nav::new(Rc::from(base.as_str()), browser, setter, first)
        })
    };
    {
        let (nav, hydrated) = (nav.clone(), hydrated.setter());
        let (address, dataset) = (props.address.clone(), props.dataset.clone());
        use_effect_with((), move |_| {
            let base = nav.base.clone();
            nav.show(read(&address, &base, &dataset));
            hydrated.set(true);
            #[cfg(target_arch = "wasm32")]
            let listener = (address == Address::Browser).then(|| {
                let nav = (*nav).clone();
                gloo::events::EventListener::new(&gloo::utils::window(), "popstate", move |_| {
                    nav.show(read(&Address::Browser, &base, &dataset));
                })
            });
            move || {
                #[cfg(target_arch = "wasm32")]
                drop(listener);
            }
        });
    }
    html! {
        <ContextProvider<Rc<Catalog>> context={(*catalog).clone()}>
            <ContextProvider<Nav> context={(*nav).clone()}>
                <ContextProvider<Hydrated> context={Hydrated(*hydrated)}>
                    <ContextProvider<Here> context={(*here).clone()}>
                        <Shell />
                    </ContextProvider<Here>>
                </ContextProvider<Hydrated>>
            </ContextProvider<Nav>>
        </ContextProvider<Rc<Catalog>>>
    }
}

/// Page chrome around the page for the current route.
#[component]
pub fn Shell() -> Html {
    let catalog = use_context::<Rc<Catalog>>().expect("catalog context");
    let here = use_context::<Here>().expect("Here context");
    let nav = use_context::<Nav>().expect("Nav context");
    let hydrated = use_context::<Hydrated>().is_some_and(|h| h.0);
    // Once the app is live and shows its address: lift the veil, signal readiness.
    // The page below renders first, so its DOM is in place when this runs.
    use_ready_signal(hydrated, Some(here.clone()));
    let visit = &catalog.dataset.visit;
    let page = match &here.route {
        Route::Explorer => html! { <ExplorerPage /> },
        Route::Meeting { id } => html! { <MeetingPage id={id.clone()} /> },
        Route::NotFound => html! { <NotFoundPage /> },
    };
    html! {
        <>
            <a class="skip-link" href="#main">{"Skip to content"}</a>
            <header class="site-header">
                {app_link(&nav, Route::Explorer, "", Back::None, "brand", html! {
                    <><span class="brand-mark" aria-hidden="true">{"◆"}</span>{"Visit Explorer"}</>
                })}
                <p class="tagline">{format!("{}, {}", visit.host.name, visit.city)}</p>
            </header>
            <main id="main" tabindex="-1">{page}</main>
            <footer class="site-footer">
                <p>{format!("Source{}: {}. Summaries are our own words; each meeting cites the source paragraphs it draws on.",
                    if catalog.dataset.sources.len() == 1 { "" } else { "s" }, catalog.dataset.sources_line())}</p>
                <OfflineStatus />
            </footer>
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The route of the prerendered HTML being hydrated; `None` renders from scratch.
    pub served: Option<Route>,
}

/// The browser app over the bundled dataset.
#[component]
pub fn App(props: &AppProps) -> Html {
    let dataset = use_memo((), |_| data::bundled());
    let base = use_memo((), |_| base_of_page());
    let hydrating = props.served.is_some();
    let first = use_memo((), |_| match &props.served {
        Some(route) => Here::at(route.clone()),
        None => read(&Address::Browser, &base, &dataset),
    });
    html! {
        <Root dataset={(*dataset).clone()} base={AttrValue::from((*base).clone())}
            first={(*first).clone()} {hydrating} address={Address::Browser} />
    }
}

fn base_of_page() -> String {
    #[cfg(target_arch = "wasm32")]
    return crate::router::browser::base();
    #[cfg(not(target_arch = "wasm32"))]
    String::new()
}

/// Props for rendering one route outside the browser.
#[derive(Properties, PartialEq)]
pub struct ServerAppProps {
    /// The route to render.
    pub route: Route,
    /// The address after mounting, with its query; the in-browser tests use it.
    /// Defaults to the route's own path.
    #[prop_or_default]
    pub path: Option<AttrValue>,
    /// The site's sub-path (`/visit-explorer`), or empty.
    #[prop_or_default]
    pub base: AttrValue,
    pub dataset: Rc<Dataset>,
}

/// The app on an address held in memory: the prerenderer renders it, and the
/// in-browser tests mount it. Its first render matches the browser app's
/// hydration render for the same route.
#[component]
pub fn ServerApp(props: &ServerAppProps) -> Html {
    let path = props
        .path
        .clone()
        .unwrap_or_else(|| AttrValue::from(yew_router::Routable::to_path(&props.route)));
    html! {
        <Root dataset={props.dataset.clone()} base={props.base.clone()}
            first={Here::at(props.route.clone())} hydrating=true address={Address::Memory(path)} />
    }
}
