//! Visit Explorer: explore the meetings of a head of state's foreign visit.
//!
//! Pure logic (`domain`, `data`, `filter`, `route`, `share`, `map_layout`)
//! has no Yew imports and is tested natively; `app`, `components` and
//! `pages` are the thin Yew layer on top.

pub mod data;
pub mod domain;
pub mod filter;
pub mod map_layout;
#[cfg(feature = "ssr")]
pub mod prerender;
pub mod prerender_mark;
pub mod route;
pub mod share;
pub mod url;

pub mod app;
pub mod components;
pub mod fatal;
pub mod hooks;
pub mod pages;
pub mod router;
