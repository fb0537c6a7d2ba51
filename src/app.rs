//! The app shell: the page chrome around the page the address names, and the
//! two ways the app is mounted (in the browser, and on an address held in memory
//! for the prerenderer and the in-browser tests).

use std::rc::Rc;
use visit_core::i18n::{self, t, Key};

use yew::prelude::*;

use crate::components::offline_status::OfflineStatus;
use crate::hooks::use_title;
use crate::pages::explorer::ExplorerPage;
use crate::pages::meeting::MeetingPage;
use crate::pages::not_found::not_found_view;
use crate::routing::{app_link, resolve, use_site, Here, Link, Nav, Route, Site, Spot, View};
use crate::startup::{self, Stage};
use visit_core::domain::Dataset;
use visit_core::filter::Catalog;
use visit_core::html::escape_into;
use visit_core::page::{title, Page};

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
    /// The page's sub-path (`/visit-explorer`, `/visit-explorer/ru`), or empty.
    pub base: AttrValue,
    /// The site's sub-path, where every language's pages are.
    pub site_base: AttrValue,
    /// What the first render shows.
    pub first: Here,
    /// On a meeting page: the explorer spot it returns to.
    #[prop_or_default]
    pub back_spot: Option<Spot>,
    /// The address of the dataset's map image, within the site.
    pub map: AttrValue,
    /// The file name of the dataset's export pieces; empty where the app holds
    /// its own (a development build) or downloads do not happen (prerendering).
    #[prop_or_default]
    pub exports: AttrValue,
    /// False when the first render is the static page the prerenderer writes; the
    /// app goes live when it mounts.
    pub live: bool,
    pub address: Address,
    /// The stage the first render reaches: the browser's start renders in stages.
    #[prop_or(Stage::WHOLE)]
    pub stage: Stage,
}

fn memory_here(path: &str, base: &str, dataset: &Dataset) -> Here {
    let (path, search) = path.split_once('?').unwrap_or((path, ""));
    resolve(&format!("{base}{path}"), search, "", base, dataset).here
}

/// Holds what is shown and the navigator, and renders the shell. A first render
/// that is not live (the static page) takes its address once mounted; a live one
/// was given it. Either way it follows the history from then on.
#[component]
pub fn Root(props: &RootProps) -> Html {
    let catalog = &props.catalog;
    let here = use_state_eq(|| props.first.clone());
    let live = use_state_eq(|| props.live);
    let stage = use_state_eq(|| props.stage);
    {
        // Each stage renders in a task of its own; after the last, the app goes live.
        let (next, live) = (stage.setter(), live.setter());
        use_effect_with(*stage, move |&now| {
            if now < Stage::WHOLE {
                startup::next_task(move || next.set(Stage(now.0 + 1)));
            } else {
                startup::go_live();
                live.set(true);
            }
        });
    }
    let nav = {
        let setter = here.setter();
        let browser = props.address == Address::Browser;
        let (first, back_spot) = (props.first.clone(), props.back_spot.clone());
        let dataset = catalog.dataset.clone();
        use_memo(props.base.clone(), move |base| {
            Nav::new(Rc::from(base.as_str()), browser, dataset, setter, first)
                .with_back_spot(back_spot)
        })
    };
    {
        let nav = nav.clone();
        let (address, dataset) = (props.address.clone(), catalog.dataset.clone());
        let first_is_live = props.live;
        use_effect_with((), move |_| {
            if let (false, Address::Memory(path)) = (first_is_live, &address) {
                nav.show(memory_here(path, &nav.base, &dataset), None);
            }
            #[cfg(target_arch = "wasm32")]
            let listener = (address == Address::Browser).then(|| nav.listen());
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
        map: props.map.clone(),
        exports: props.exports.clone(),
        site_base: props.site_base.clone(),
    };
    html! {
        <ContextProvider<Site> context={site}>
            <Shell here={(*here).clone()} stage={*stage} />
        </ContextProvider<Site>>
    }
}

#[derive(Properties, PartialEq)]
pub struct ShellProps {
    /// What the address shows.
    pub here: Here,
    /// How far a staged start has got.
    pub stage: Stage,
}

/// Every source, once, with its title and link: the footer of every page. One
/// fragment, made once per dataset.
fn sources_list(d: &Dataset) -> Html {
    let mut o = String::from(
        "<section class=\"sources\" aria-labelledby=\"sources-h\"><h2 id=\"sources-h\">",
    );
    // One or more, whatever the count's plural category: no number is shown.
    o.push_str(t(if d.sources.len() == 1 {
        Key::SourceHeading
    } else {
        Key::SourcesHeading
    }));
    o.push_str("</h2><ul class=\"source-list\" role=\"list\">");
    for s in &d.sources {
        o.push_str("<li>");
        escape_into(&mut o, &s.publisher);
        if let Some(t) = &s.title {
            o.push_str(", ");
            escape_into(&mut o, &i18n::quoted(t));
        }
        o.push_str(", ");
        let published = s.published.long();
        o.push_str(&published);
        if let Some(u) = &s.url {
            o.push_str(if published.ends_with('.') { " " } else { ". " });
            o.push_str("<a href=\"");
            escape_into(&mut o, u);
            o.push_str("\" rel=\"noopener\">");
            o.push_str(t(Key::ReadIt));
            o.push_str("</a>");
        }
        o.push_str("</li>");
    }
    o.push_str("</ul><p>");
    escape_into(&mut o, t(Key::SourcesNote));
    o.push_str("</p></section>");
    Html::from_html_unchecked(AttrValue::from(o))
}

/// Links to the page shown, with its view, in each of the site's languages,
/// each named in itself: one fragment. A link leaves the app, since each
/// language has pages of its own.
fn language_switch(site_base: &str, here: &Here) -> Html {
    let languages = i18n::languages();
    if languages.len() < 2 {
        return html! {};
    }
    // The page for an unknown address has no counterparts: the explorer has.
    let (route, query) = match &here.route {
        Route::NotFound => (Route::Explorer, ""),
        route => (route.clone(), &*here.view.query),
    };
    let path = crate::routing::href("", &route, query);
    let mut o = String::from("<ul role=\"list\">");
    for (code, name) in languages {
        o.push_str("<li><a href=\"");
        escape_into(&mut o, &format!("{site_base}/{code}{path}"));
        o.push_str("\" hreflang=\"");
        o.push_str(code);
        o.push_str("\" lang=\"");
        o.push_str(code);
        if code == i18n::lang() {
            o.push_str("\" aria-current=\"true");
        }
        o.push_str("\">");
        escape_into(&mut o, name);
        o.push_str("</a></li>");
    }
    o.push_str("</ul>");
    html! {
        <nav class="languages" aria-label={t(Key::LanguageSwitch)}>
            {Html::from_html_unchecked(AttrValue::from(o))}
        </nav>
    }
}

/// Page chrome around the page for the current route.
#[component]
pub fn Shell(props: &ShellProps) -> Html {
    let Site {
        catalog,
        nav,
        site_base,
        ..
    } = use_site();
    let r = crate::components::toggle::use_refs::<8>();
    let sources = use_memo(catalog.clone(), |c| sources_list(&c.dataset));
    let here = &props.here;
    // The title follows the route alone, not the filters.
    let page_title = use_memo((catalog.clone(), here.route.clone()), |(c, route)| {
        let d = &c.dataset;
        title(
            d,
            match route {
                Route::Explorer => Page::Explorer,
                Route::Meeting { id } => d.meeting(id).map_or(Page::NotFound, |m| Page::Meeting(m)),
                Route::NotFound => Page::NotFound,
            },
        )
    });
    use_title(page_title);
    let visit = &catalog.dataset.visit;
    let page = match &here.route {
        _ if props.stage < Stage::PAGE => html! {},
        Route::Explorer => html! { <ExplorerPage view={here.view.clone()} stage={props.stage} /> },
        Route::Meeting { id } => html! { <MeetingPage id={id.clone()} back={here.back.clone()} /> },
        Route::NotFound => not_found_view(&nav),
    };
    html! {
        <>
            <a ref={r[0].clone()} class="skip-link" href="#main">{t(Key::SkipToContent)}</a>
            <header ref={r[1].clone()} class="site-header">
                {app_link(&nav, Link::Explorer(View::all()), "brand", html! {
                    <><span ref={r[2].clone()} class="brand-mark" aria-hidden="true">{"◆"}</span>{t(Key::Brand)}</>
                }, &r[3])}
                {language_switch(&site_base, here)}
                <p ref={r[4].clone()} class="tagline">{i18n::fill(Key::Tagline, &[("name", &visit.traveller.name), ("cities", &catalog.dataset.cities())])}</p>
            </header>
            <main ref={r[5].clone()} id="main" tabindex="-1">{page}</main>
            <footer ref={r[6].clone()} class="site-footer">
                { if props.stage < Stage::FOOTER { html! {} } else { html! { <>
                    {(*sources).clone()}
                    <OfflineStatus />
                </> } } }
            </footer>
        </>
    }
}

/// What the browser app starts from: the pack's map image and export pieces
/// (file names), its catalog, and the address, read and made canonical once.
/// The app renders in stages (see `startup`).
#[cfg(target_arch = "wasm32")]
pub fn browser_props(map: &str, exports: &str, catalog: Rc<Catalog>) -> RootProps {
    // The site's sub-path, where its files are; and the page's, which a
    // language's folder extends.
    let site_base = crate::routing::base();
    let base = crate::routing::page_base(&site_base);
    let read = crate::routing::read_browser(&base, &catalog.dataset);
    startup::keep_spot(read.spot);
    let exports = match exports {
        "" => AttrValue::default(),
        name => AttrValue::from(format!("{site_base}/{name}")),
    };
    RootProps {
        map: AttrValue::from(format!("{site_base}/{map}")),
        exports,
        catalog,
        base: AttrValue::from(base),
        site_base: AttrValue::from(site_base),
        first: read.here,
        back_spot: read.back_spot,
        live: true,
        address: Address::Browser,
        stage: Stage::FIRST,
    }
}

/// Props for rendering one route outside the browser.
#[derive(Properties, PartialEq)]
pub struct ServerAppProps {
    /// The route to render.
    pub route: Route,
    /// An address with its query to start live on (the in-browser tests); without
    /// one, the static page of `route` (the prerenderer).
    #[prop_or_default]
    pub path: Option<AttrValue>,
    /// The page's sub-path: the site's (`/visit-explorer`), or empty, and the
    /// language's folder when the page is in one (`/visit-explorer/ru`).
    #[prop_or_default]
    pub base: AttrValue,
    /// The site's sub-path, where its files and every language's pages are.
    #[prop_or_default]
    pub site_base: AttrValue,
    pub dataset: Rc<Dataset>,
    /// The address of the dataset's map image.
    #[prop_or_default]
    pub map: AttrValue,
}

/// The app on an address held in memory. The prerenderer renders its static first
/// render for the route; the in-browser tests give it a `path`, and it starts
/// live on that address.
#[component]
pub fn ServerApp(props: &ServerAppProps) -> Html {
    let catalog = use_memo(props.dataset.clone(), |d| Rc::new(Catalog::new(d.clone())));
    let (first, live, path) = match &props.path {
        Some(path) => (
            memory_here(path, &props.base, &catalog.dataset),
            true,
            path.clone(),
        ),
        None => (
            Here::at(props.route.clone()),
            false,
            AttrValue::from(props.route.path()),
        ),
    };
    let map = props.map.clone();
    html! {
        <Root catalog={(*catalog).clone()} base={props.base.clone()} site_base={props.site_base.clone()} {map}
            {first} {live} address={Address::Memory(path)} />
    }
}
