//! A probe, not part of the app: the same three-route app (an explorer with a
//! `?sector=` query, a meeting page, a not-found page) routed by yew-router used
//! fully (`--features router`: BrowserRouter, Switch, Link, the navigator and a
//! typed query) or by hand. `measure.sh` builds both and prints their sizes, the
//! measurement behind dropping yew-router (docs/performance.md).

#[cfg(feature = "router")]
mod app {
    use std::collections::HashMap;
    use yew::prelude::*;
    use yew_router::prelude::*;

    #[derive(Clone, Routable, PartialEq)]
    pub enum Route {
        #[at("/")]
        Explorer,
        #[at("/meetings/:id/")]
        Meeting { id: String },
        #[not_found]
        #[at("/404")]
        NotFound,
    }

    #[component]
    fn Explorer() -> Html {
        let location = use_location().unwrap();
        let query: HashMap<String, String> = location
            .query::<HashMap<String, String>>()
            .unwrap_or_default();
        let sector = query.get("sector").cloned().unwrap_or_default();
        let navigator = use_navigator().unwrap();
        let onclick = Callback::from(move |_: MouseEvent| {
            let mut q = HashMap::new();
            q.insert("sector", "finance");
            let _ = navigator.push_with_query(&Route::Explorer, &q);
        });
        html! { <div><p>{sector}</p><button {onclick}>{"finance"}</button>
        <Link<Route> to={Route::Meeting { id: "citigroup".into() }}>{"citigroup"}</Link<Route>></div> }
    }

    fn switch(route: Route) -> Html {
        match route {
            Route::Explorer => html! { <Explorer /> },
            Route::Meeting { id } => {
                html! { <p>{id}<Link<Route> to={Route::Explorer}>{"back"}</Link<Route>></p> }
            }
            Route::NotFound => html! { <p>{"not found"}</p> },
        }
    }

    #[component]
    pub fn App() -> Html {
        html! { <BrowserRouter><Switch<Route> render={switch} /></BrowserRouter> }
    }
}

#[cfg(not(feature = "router"))]
mod app {
    use yew::prelude::*;

    #[derive(Clone, PartialEq)]
    enum Route {
        Explorer { sector: String },
        Meeting { id: String },
        NotFound,
    }

    fn read() -> Route {
        let l = gloo::utils::window().location();
        let path = l.pathname().unwrap_or_default();
        let search = l.search().unwrap_or_default();
        if path == "/" {
            let sector = search
                .trim_start_matches('?')
                .split('&')
                .find_map(|kv| kv.strip_prefix("sector="))
                .unwrap_or("")
                .to_string();
            Route::Explorer { sector }
        } else if let Some(id) = path
            .strip_prefix("/meetings/")
            .and_then(|r| r.strip_suffix('/'))
        {
            Route::Meeting { id: id.to_string() }
        } else {
            Route::NotFound
        }
    }

    fn go(route: &UseStateHandle<Route>, to: &str) {
        let _ = gloo::utils::window()
            .history()
            .unwrap()
            .push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(to));
        route.set(read());
    }

    #[component]
    pub fn App() -> Html {
        let route = use_state(read);
        let link = |to: &'static str, text: &'static str| {
            let r = route.clone();
            let onclick = Callback::from(move |e: MouseEvent| {
                e.prevent_default();
                go(&r, to);
            });
            html! { <a href={to} {onclick}>{text}</a> }
        };
        match &*route {
            Route::Explorer { sector } => {
                let r = route.clone();
                let onclick = Callback::from(move |_: MouseEvent| go(&r, "/?sector=finance"));
                html! { <div><p>{sector.clone()}</p><button {onclick}>{"finance"}</button>{link("/meetings/citigroup/", "citigroup")}</div> }
            }
            Route::Meeting { id } => html! { <p>{id.clone()}{link("/", "back")}</p> },
            Route::NotFound => html! { <p>{"not found"}</p> },
        }
    }
}

fn main() {
    yew::Renderer::<app::App>::new().render();
}
