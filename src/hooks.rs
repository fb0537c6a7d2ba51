//! Small hooks shared by the pages.

use yew::prelude::*;

/// Sets the document title on the client; the prerenderer writes it into the HTML.
#[hook]
pub fn use_title(title: String) {
    use_effect_with(title, |title| {
        gloo::utils::document().set_title(title);
    });
}

/// Once the app is live and shows its address, sets `window.__visitExplorerReady`;
/// tests and benchmarks wait for it. It is an effect, so the same pass's other
/// effects (the history listener among them) are in place before a later task
/// can read it.
#[hook]
pub fn use_ready_signal(live: bool) {
    use_effect_with(live, |live| {
        if *live {
            let _ = js_sys::Reflect::set(
                &gloo::utils::window(),
                &"__visitExplorerReady".into(),
                &true.into(),
            );
        }
    });
}
