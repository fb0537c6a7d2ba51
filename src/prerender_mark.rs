//! How a prerendered file tells the app which page it is.
//!
//! The prerenderer writes `data-route` (the route's path) and `data-build` (this
//! build's id) on `<div id="app">`. The browser hydrates only HTML that carries
//! both and whose build is its own; anything else is rendered from scratch.

use crate::route::Route;

/// Identifies one build of the app and its dataset (see `build.rs`).
pub const BUILD_ID: &str = env!("VISIT_BUILD_ID");

/// The attributes to put on `<div id="app">` for `route`.
pub fn attributes(route: &Route) -> String {
    format!(
        " data-route=\"{}\" data-build=\"{BUILD_ID}\"",
        yew_router::Routable::to_path(route)
    )
}

/// The route of the prerendered HTML inside `root`, if it was written by this
/// build and has content to hydrate.
#[cfg(target_arch = "wasm32")]
pub fn served_route(root: &web_sys::Element) -> Option<Route> {
    use yew_router::Routable;
    if root.get_attribute("data-build").as_deref() != Some(BUILD_ID) {
        return None;
    }
    root.first_element_child()?;
    Route::recognize(&root.get_attribute("data-route")?)
}
