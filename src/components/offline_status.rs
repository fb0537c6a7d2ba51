//! Says, quietly, when the whole site is kept for reading offline.

use yew::prelude::*;

use crate::routing::{use_site, Site};

/// Registers the service worker once the app is live, then shows "Available
/// offline" when a worker controls the page (it installs only after caching
/// every page and file of this build).
#[component]
pub fn OfflineStatus() -> Html {
    let Site { nav, live, .. } = use_site();
    let ready = use_state_eq(|| false);
    {
        let ready = ready.setter();
        use_effect_with(live, move |live| {
            if *live && nav.in_browser() {
                crate::platform::keep_offline(&nav.base, move || ready.set(true));
            }
        });
    }
    html! {
        <p class="offline-status" role="status">
            { if *ready { html! { <><span aria-hidden="true">{"✓ "}</span>{"Available offline"}</> } } else { html! {} } }
        </p>
    }
}
