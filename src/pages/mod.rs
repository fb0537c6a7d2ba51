//! One component per route.

pub mod explorer;
pub mod meeting;
pub mod meeting_facts;
pub mod not_found;
