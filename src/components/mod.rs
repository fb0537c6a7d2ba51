//! Thin view components: props in, callbacks out.

pub mod card;
pub mod download;
pub mod filters;
pub mod itinerary;
pub mod offline_status;
pub mod overview;
pub mod results;
pub mod share_button;
pub mod toggle;
