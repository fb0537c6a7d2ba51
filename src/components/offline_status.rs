//! Says, quietly, when the whole site is kept for reading offline.

use visit_core::i18n::{t, Key};
use yew::prelude::*;

use crate::routing::{use_site, Site};

/// Registers the service worker once the app is live, then shows "Available
/// offline" when a worker controls the page (it installs only after caching
/// every page and file of this build).
#[component]
pub fn OfflineStatus() -> Html {
    let Site {
        nav,
        live,
        site_base,
        ..
    } = use_site();
    let ready = use_state_eq(|| false);
    {
        let ready = ready.setter();
        use_effect_with(live, move |live| {
            if *live && nav.in_browser() {
                // One worker for the whole site, every language's pages with it.
                crate::platform::keep_offline(&site_base, move || ready.set(true));
            }
        });
    }
    html! {
        <p class="offline-status" role="status">
            { if *ready { html! { <><span aria-hidden="true">{"✓ "}</span>{t(Key::AvailableOffline)}</> } } else { html! {} } }
        </p>
    }
}
