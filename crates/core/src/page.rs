//! What each page is called and how it is described: one title function for the
//! prerenderer's `<title>` and the app's `document.title`, so the two never differ.

use crate::domain::{Dataset, Meeting};
use crate::i18n::{self, t, Key};

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
        Page::NotFound => t(Key::NotFound).to_string(),
    };
    format!("{head} · {BRAND}")
}

/// The page's description, for search results and link previews.
pub fn description(d: &Dataset, page: Page) -> String {
    let v = &d.visit;
    match page {
        Page::Explorer => i18n::fill(
            Key::ExplorerDescription,
            &[
                (
                    "meetings",
                    &i18n::count(Key::MeetingCount, d.meetings.len(), &[]),
                ),
                ("name", &v.traveller.name),
                ("role", &v.traveller.role),
                ("cities", &d.cities()),
                ("occasion", &v.occasion),
            ],
        ),
        Page::Meeting(m) => m.summary.to_string(),
        Page::NotFound => i18n::fill(Key::NotFoundDescription, &[("brand", BRAND)]),
    }
}
