//! What each page is called and how it is described: one title function for the
//! prerenderer's `<title>` and the app's `document.title`, so the two never differ.

use crate::domain::{Dataset, Meeting};

/// The pages a site has.
#[derive(Clone, Copy, Debug)]
pub enum Page<'a> {
    Explorer,
    Meeting(&'a Meeting),
    NotFound,
}

/// The brand every title ends with.
pub const BRAND: &str = "Visit Explorer";

/// The page's title: "Tokayev in New York for UNGA 78 · Visit Explorer",
/// "Rafael Santana (Wabtec) · Visit Explorer", "Page not found · Visit Explorer".
pub fn title(d: &Dataset, page: Page) -> String {
    let head = match page {
        Page::Explorer => d.visit.title.to_string(),
        Page::Meeting(m) if m.counterpart.organisation.is_empty() => m.counterpart.name.to_string(),
        Page::Meeting(m) => format!("{} ({})", m.counterpart.name, m.counterpart.organisation),
        Page::NotFound => "Page not found".to_string(),
    };
    format!("{head} · {BRAND}")
}

/// The page's description, for search results and link previews.
pub fn description(d: &Dataset, page: Page) -> String {
    let v = &d.visit;
    match page {
        Page::Explorer => format!(
            "{} meetings of {} ({}) in {}: {}. Filter by sector, country, counterpart and day.",
            d.meetings.len(),
            v.traveller.name,
            v.traveller.role,
            d.cities(),
            v.occasion
        ),
        Page::Meeting(m) => m.summary.to_string(),
        Page::NotFound => format!("This link does not lead to a page of {BRAND}."),
    }
}
