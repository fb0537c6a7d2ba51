//! Visit Explorer's browser app: the thin Yew layer over `visit_core`.
//!
//! `routing` reads and writes the address, `app` holds the page chrome, `pages`
//! and `components` render; `data` fetches the dataset's pack (and the export
//! pieces) that the build wrote beside the pages.
//! All logic without UI (the dataset format, filtering, URL state, search, the
//! map layout) lives in `visit_core` and is tested natively there.

pub mod app;
pub mod components;
pub mod data;
pub mod fatal;
#[cfg(target_arch = "wasm32")]
pub mod handover;
pub mod hooks;
pub mod pages;
pub mod platform;
pub mod routing;
pub mod startup;
