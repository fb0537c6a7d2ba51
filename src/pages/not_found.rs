//! The friendly page for links that lead nowhere.

use visit_core::i18n::{t, Key};
use yew::prelude::*;

use crate::routing::{app_link, Link, Nav, View};

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
