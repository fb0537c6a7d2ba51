//! One component per route.

pub mod explorer;
pub mod meeting;
pub mod not_found;
