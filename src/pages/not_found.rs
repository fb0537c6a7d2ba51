//! The friendly page for links that lead nowhere.

use visit_core::i18n::{t, Key};
use yew::prelude::*;

use crate::hooks::use_title;
use crate::routing::{app_link, use_site, Link, Nav, Site, View};
use visit_core::page::{title, Page};

/// The not-found content, also shown for unknown meeting ids.
pub fn not_found_view(nav: &Nav) -> Html {
    html! {
        <section class="not-found" aria-labelledby="nf-h">
            <h1 id="nf-h">{t(Key::NotFound)}</h1>
            <p>{t(Key::NotFoundText)}</p>
            <p>{app_link(nav, Link::Explorer(View::all()), "button", html! {t(Key::SeeAllMeetings)}, &NodeRef::default())}</p>
        </section>
    }
}

#[component]
pub fn NotFoundPage() -> Html {
    let Site { catalog, nav, .. } = use_site();
    use_title(title(&catalog.dataset, Page::NotFound));
    not_found_view(&nav)
}
