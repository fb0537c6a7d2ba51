//! Small hooks shared by the pages.

use yew::prelude::*;

/// False during server rendering and the first client render (which must match
/// the prerendered HTML), true from the render after the app has mounted.
#[hook]
pub fn use_hydrated() -> bool {
    let mounted = use_state(|| false);
    {
        let mounted = mounted.clone();
        use_effect_with((), move |_| mounted.set(true));
    }
    *mounted
}

/// Sets the document title on the client; the prerenderer writes it into the HTML.
#[hook]
pub fn use_title(title: String) {
    use_effect_with(title, |title| {
        gloo::utils::document().set_title(title);
    });
}

/// Marks the page as interactive (`window.__visitExplorerReady`) once it has
/// hydrated and applied the URL; tests and benchmarks wait for it.
#[hook]
pub fn use_ready_signal(hydrated: bool) {
    use_effect_with(hydrated, |hydrated| {
        if *hydrated {
            let _ = js_sys::Reflect::set(
                &gloo::utils::window(),
                &"__visitExplorerReady".into(),
                &true.into(),
            );
        }
    });
}
