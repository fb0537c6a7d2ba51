//! Thin view components: props in, callbacks out.

pub mod active_filters;
pub mod country_map;
pub mod empty_state;
pub mod facet_group;
pub mod highlight;
pub mod meeting_card;
pub mod sector_breakdown;
pub mod share_button;

/// True for a plain primary click, which an in-app link handles itself; a
/// modified or non-primary click is left to the browser (new tab, new window).
pub fn is_plain_click(e: &yew::MouseEvent) -> bool {
    e.button() == 0 && !(e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key())
}
