//! Browser entry point: hydrates the prerendered page it was served, or renders
//! from scratch where there is nothing it can safely hydrate.

// Single-threaded wasm: talc may take the whole linear memory (see Cargo.toml).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::TalckWasm = unsafe { talc::TalckWasm::new_global() };

#[cfg(target_arch = "wasm32")]
fn main() {
    use visit_explorer::app::{App, AppProps};
    visit_explorer::fatal::install();
    let root = gloo::utils::document()
        .get_element_by_id("app")
        .expect("index.html has an element with id \"app\"");
    #[cfg(feature = "hydration")]
    if let Some(route) = visit_explorer::prerender_mark::served_route(&root) {
        let props = AppProps {
            served: Some(route),
        };
        yew::Renderer::<App>::with_root_and_props(root, props).hydrate();
        return;
    }
    // No prerendered page of this build: start clean rather than hydrate HTML
    // the first render might not match.
    root.set_text_content(None);
    yew::Renderer::<App>::with_root_and_props(root, AppProps { served: None }).render();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("visit-explorer runs in the browser: use `make serve`.");
}
