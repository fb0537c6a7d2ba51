//! Browser entry point: renders the app over the prerendered page it was served.
//!
//! The app does not hydrate that page: it notes what a person already did there
//! (focus, typed text), clears it and renders its own, which is identical
//! for the same address, in the same task, so no frame shows the gap. Hydration
//! would cost 12 KB of gzip and a second render pass (see the README).

// Single-threaded wasm: talc may take the whole linear memory (see Cargo.toml).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::TalckWasm = unsafe { talc::TalckWasm::new_global() };

#[cfg(target_arch = "wasm32")]
fn main() {
    visit_explorer::fatal::install();
    let root = gloo::utils::document()
        .get_element_by_id("app")
        .expect("index.html has an element with id \"app\"");
    visit_explorer::handover::take(&root);
    root.set_text_content(None);
    yew::Renderer::<visit_explorer::app::App>::with_root(root).render();
    // Yew makes its first render whole in a microtask queued just now; this one runs
    // right after it, before any frame is drawn. An effect could run a frame later
    // (Yew's scheduler yields once a pass takes 16 ms), and that frame would show the
    // search box emptied and the focus lost.
    yew::platform::spawn_local(async { visit_explorer::handover::restore() });
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("visit-explorer runs in the browser: use `make serve`.");
}
