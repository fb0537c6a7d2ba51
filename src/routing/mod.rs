//! The address is the single source of truth. This module reads it once per
//! change (at start, after a link, a filter or back and forward), makes it
//! canonical, parses it into a typed [`Here`] whose filter state is shared
//! (`Rc`), and writes it back. Pages and components take `Here` and call the
//! [`Nav`]; none of them parses a string.

mod address;
mod history;
mod nav;

pub use address::{href, resolve, Here, Resolved, Route, View};
pub use history::{How, Spot};
#[cfg(target_arch = "wasm32")]
pub use nav::read_browser;
pub use nav::{app_link, is_plain_click, put_reader_at, use_site, Link, Nav, Read, Site};

#[cfg(target_arch = "wasm32")]
pub use history::{base, manual_scroll, page_base};
#[cfg(not(target_arch = "wasm32"))]
pub use history::{base, page_base};
