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
use crate::router::{app_link, use_site, Back, Nav, Site};
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
    /// The dataset and its facets; compared by identity, never by content.
    pub catalog: Rc<Catalog>,
    /// The site's sub-path (`/visit-explorer`), or empty.
    pub base: AttrValue,
    /// What the first render shows.
    pub first: Here,
    /// False when the first render is the static page the prerenderer writes; the
    /// app goes live when it mounts.
    pub live: bool,
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

/// Holds what is shown and the navigator, and renders the shell. A first render
/// that is not live (the static page) reads the address once mounted; a live one
/// was given it. Either way it follows the history from then on.
#[component]
pub fn Root(props: &RootProps) -> Html {
    let catalog = &props.catalog;
    let here = use_state_eq(|| props.first.clone());
    let live = use_state_eq(|| props.live);
    let nav = {
        let setter = here.setter();
        let browser = props.address == Address::Browser;
        let first = props.first.clone();
        use_memo(props.base.clone(), move |base| {
            Nav::new(Rc::from(base.as_str()), browser, setter, first)
        })
    };
    {
        let (nav, live) = (nav.clone(), live.setter());
        let (address, dataset) = (props.address.clone(), catalog.dataset.clone());
        let first_is_live = props.live;
        use_effect_with((), move |_| {
            let base = nav.base.clone();
            // A live first render already shows the address it read.
            if !first_is_live {
                nav.show(read(&address, &base, &dataset));
            }
            live.set(true);
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
    let site = Site {
        catalog: catalog.clone(),
        nav: (*nav).clone(),
        live: *live,
    };
    html! {
        <ContextProvider<Site> context={site}>
            <Shell here={(*here).clone()} />
        </ContextProvider<Site>>
    }
}

#[derive(Properties, PartialEq)]
pub struct ShellProps {
    /// What the address shows.
    pub here: Here,
}

/// Page chrome around the page for the current route.
#[component]
pub fn Shell(props: &ShellProps) -> Html {
    let Site { catalog, nav, live } = use_site();
    let here = &props.here;
    // Once the app is live and shows its address: signal readiness.
    // The page below renders first, so its DOM is in place when this runs.
    use_ready_signal(live);
    let visit = &catalog.dataset.visit;
    let page = match &here.route {
        Route::Explorer => html! { <ExplorerPage query={here.query.clone()} /> },
        Route::Meeting { id } => html! { <MeetingPage id={id.clone()} back={here.back.clone()} /> },
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

/// The browser app over the bundled dataset. Its first render already shows the
/// address (read and canonicalised once), so start-up is one render pass.
#[component]
pub fn App() -> Html {
    let catalog = use_memo((), |_| Rc::new(Catalog::new(data::bundled())));
    let base = use_memo((), |_| base_of_page());
    let first = use_memo((), |_| read(&Address::Browser, &base, &catalog.dataset));

    html! {
        <Root catalog={(*catalog).clone()} base={AttrValue::from((*base).clone())}
            first={(*first).clone()} live=true address={Address::Browser} />
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

/// The app on an address held in memory: the prerenderer renders its static first
/// render; the in-browser tests mount it, and it then goes live on `path`.
#[component]
pub fn ServerApp(props: &ServerAppProps) -> Html {
    let path = props
        .path
        .clone()
        .unwrap_or_else(|| AttrValue::from(yew_router::Routable::to_path(&props.route)));
    let catalog = use_memo(props.dataset.clone(), |d| Rc::new(Catalog::new(d.clone())));
    html! {
        <Root catalog={(*catalog).clone()} base={props.base.clone()}
            first={Here::at(props.route.clone())} live=false address={Address::Memory(path)} />
    }
}
