//! The friendly page for links that lead nowhere.

use yew::prelude::*;

use crate::hooks::use_title;
use crate::routing::{app_link, use_site, Link, Nav, Site, View};
use visit_core::page::{title, Page};

/// The not-found content, also shown for unknown meeting ids.
pub fn not_found_view(nav: &Nav) -> Html {
    html! {
        <section class="not-found" aria-labelledby="nf-h">
            <h1 id="nf-h">{"Page not found"}</h1>
            <p>{"This link does not lead to a meeting or page of this visit. It may be mistyped, or the meeting may have been renamed."}</p>
            <p>{app_link(nav, Link::Explorer(View::all()), "button", html! {"See all meetings"}, &NodeRef::default())}</p>
        </section>
    }
}

#[component]
pub fn NotFoundPage() -> Html {
    let Site { catalog, nav, .. } = use_site();
    use_title(title(&catalog.dataset, Page::NotFound));
    not_found_view(&nav)
}
