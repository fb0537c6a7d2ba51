//! The app shell: router, page chrome and the route switch.

use std::rc::Rc;

use yew::prelude::*;
use yew_router::prelude::*;

use crate::data;
use crate::filter::Catalog;
use crate::pages::explorer::ExplorerPage;
use crate::pages::meeting::MeetingPage;
use crate::pages::not_found::NotFoundPage;
use crate::route::Route;

fn switch(route: Route) -> Html {
    match route {
        Route::Explorer => html! { <ExplorerPage /> },
        Route::Meeting { id } => html! { <MeetingPage id={id} /> },
        Route::NotFound => html! { <NotFoundPage /> },
    }
}

#[derive(Properties, PartialEq)]
pub struct ShellProps {
    pub catalog: Rc<Catalog>,
}

/// Everything inside the router; identical for the browser and the prerenderer.
#[component]
pub fn Shell(props: &ShellProps) -> Html {
    let visit = &props.catalog.dataset.visit;
    html! {
        <ContextProvider<Rc<Catalog>> context={props.catalog.clone()}>
            <a class="skip-link" href="#main">{"Skip to content"}</a>
            <header class="site-header">
                <Link<Route> to={Route::Explorer} classes="brand">
                    <span class="brand-mark" aria-hidden="true">{"◆"}</span>{"Visit Explorer"}
                </Link<Route>>
                <p class="tagline">{format!("{}, {}", visit.host.name, visit.city)}</p>
            </header>
            <main id="main" tabindex="-1">
                <Switch<Route> render={switch} />
            </main>
            <footer class="site-footer">
                <p>{format!("Source: {}, {}. Summaries are our own words; each meeting cites the source paragraphs it draws on.",
                    visit.source.publisher, visit.source.published.long())}</p>
            </footer>
        </ContextProvider<Rc<Catalog>>>
    }
}

/// The browser app, reading the bundled dataset.
#[component]
pub fn App() -> Html {
    let catalog = use_memo((), |_| Catalog::new(data::bundled()));
    html! {
        <BrowserRouter>
            <Shell catalog={catalog} />
        </BrowserRouter>
    }
}

/// Props for rendering one route outside the browser.
#[derive(Properties, PartialEq)]
pub struct ServerAppProps {
    /// The full path to render, sub-path included; may carry a query.
    pub path: String,
    pub basename: Option<String>,
    pub dataset: Rc<crate::domain::Dataset>,
}

/// The app on an in-memory history, for the prerenderer.
#[component]
pub fn ServerApp(props: &ServerAppProps) -> Html {
    let catalog = use_memo(props.dataset.clone(), |d| Catalog::new(d.clone()));
    let history = use_memo(props.path.clone(), |path| {
        use yew_router::history::History;
        let history = yew_router::history::MemoryHistory::new();
        match path.split_once('?') {
            Some((path, query)) => history
                .push_with_query(path, yew_router::query::Raw(query))
                .unwrap_or_else(|never| match never {}),
            None => history.push(path.clone()),
        }
        yew_router::history::AnyHistory::from(history)
    });
    let basename = props.basename.clone().map(AttrValue::from);
    html! {
        <Router history={(*history).clone()} {basename}>
            <Shell catalog={catalog} />
        </Router>
    }
}
