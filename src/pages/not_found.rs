//! The friendly page for links that lead nowhere.

use yew::prelude::*;

use crate::hooks::use_title;
use crate::route::Route;
use crate::router::{app_link, use_site, Back, Nav};

/// The not-found content, also shown for unknown meeting ids.
pub fn not_found_view(nav: &Nav) -> Html {
    html! {
        <section class="not-found" aria-labelledby="nf-h">
            <h1 id="nf-h">{"Page not found"}</h1>
            <p>{"This link does not lead to a meeting or page of this visit. It may be mistyped, or the meeting may have been renamed."}</p>
            <p>{app_link(nav, Route::Explorer, "", Back::None, "button", html! {"See all meetings"})}</p>
        </section>
    }
}

#[component]
pub fn NotFoundPage() -> Html {
    use_title("Page not found · Visit Explorer".to_string());
    let nav = use_site().nav;
    not_found_view(&nav)
}
