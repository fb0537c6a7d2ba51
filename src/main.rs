//! Browser entry point: renders the app in place of the prerendered page it was
//! served.
//!
//! The app does not hydrate that page: it renders its own, which is identical for
//! the same address, in short stages away from the page, then swaps it in and
//! carries over what a person did meanwhile (`startup`). Hydration would cost
//! 12 KB of gzip and one long render pass.

// Single-threaded wasm: talc may take the whole linear memory (see Cargo.toml).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::TalckWasm = unsafe { talc::TalckWasm::new_global() };

#[cfg(target_arch = "wasm32")]
fn main() {
    visit_explorer::fatal::install();
    visit_explorer::routing::manual_scroll();
    let doc = gloo::utils::document();
    let page = doc
        .get_element_by_id("app")
        .expect("index.html has an element with id \"app\"");
    // The app renders into a root of its own, stage by stage, and replaces the
    // page's once whole (see `startup`).
    let app = doc.create_element("div").expect("a div can be made");
    yew::platform::spawn_local(async move {
        // Each step in a task of its own, short on a slow phone (see `startup`).
        visit_explorer::startup::yield_task().await;
        // The loader fetched the dataset's pack beside the wasm; it is usually here.
        let pack = match visit_explorer::data::fetched().await {
            Ok(pack) => pack,
            // The panic hook puts up the page's notice with a reload link.
            Err(e) => panic!("{e}"),
        };
        visit_explorer::startup::yield_task().await;
        let dataset = std::rc::Rc::new(pack.dataset);
        let catalog = std::rc::Rc::new(visit_core::filter::Catalog::new(dataset));
        visit_explorer::startup::yield_task().await;
        let props = visit_explorer::app::browser_props(&pack.map, &pack.exports, catalog);
        visit_explorer::startup::yield_task().await;
        visit_explorer::startup::begin(page, app.clone());
        yew::Renderer::<visit_explorer::app::Root>::with_root_and_props(app, props).render();
    });
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("visit-explorer runs in the browser: use `make serve`.");
}
