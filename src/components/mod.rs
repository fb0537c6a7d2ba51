//! Thin view components: props in, callbacks out.

pub mod active_filters;
pub mod country_map;
pub mod download;
pub mod empty_state;
pub mod facet_group;
pub mod highlight;
pub mod meeting_card;
pub mod offline_status;
pub mod place_mark;
pub mod sector_breakdown;
pub mod share_button;
