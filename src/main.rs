//! Browser entry point: hydrates the prerendered page, or renders from scratch.

#[cfg(target_arch = "wasm32")]
fn main() {
    use visit_explorer::app::App;
    let root = gloo::utils::document()
        .get_element_by_id("app")
        .expect("index.html has an element with id \"app\"");
    #[cfg(feature = "hydration")]
    if root.first_element_child().is_some() {
        yew::Renderer::<App>::with_root(root).hydrate();
        return;
    }
    yew::Renderer::<App>::with_root(root).render();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("visit-explorer runs in the browser: use `make serve`.");
}
