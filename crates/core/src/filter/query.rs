//! FilterState to and from the query string: canonical out, lenient in.
//!
//! Out: keys in a fixed order (`stop`, `sector`, `country`, `kind`, `day`,
//! `status`, `q`), values in a fixed order, comma-joined, empty facets omitted.
//! In: keys in any case; unknown keys and invalid values are dropped, never an error.

use super::{Facet, FacetValue, FilterState};
use crate::domain::Dataset;

use crate::url::{percent_decode, percent_encode};

/// Percent-encodes all but RFC 3986 unreserved characters.
pub fn encode(s: &str) -> String {
    percent_encode(s)
}

/// Decodes `%XX` escapes and `+` as space; malformed escapes stay as written,
/// and invalid UTF-8 becomes U+FFFD.
pub fn decode(s: &str) -> String {
    percent_decode(&s.replace('+', " "))
}

/// The canonical query string for `state`, without a leading `?`; empty for no filters.
pub fn serialise(state: &FilterState, d: &Dataset) -> String {
    let mut parts: Vec<String> = Vec::new();
    let active = state.active_values();
    for facet in Facet::ALL {
        let values: Vec<String> = active
            .iter()
            .filter(|v| v.facet() == facet)
            .map(|v| encode(&v.slug(d)))
            .collect();
        if !values.is_empty() {
            parts.push(format!("{}={}", facet.key(), values.join(",")));
        }
    }
    if state.has_query() {
        parts.push(format!("q={}", encode(&state.q)));
    }
    parts.join("&")
}

/// Reads a query string (with or without the leading `?`), keeping what it understands.
pub fn parse(query: &str, d: &Dataset) -> FilterState {
    let mut state = FilterState::default();
    let query = query.strip_prefix('?').unwrap_or(query);
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        // Keys are read in any case: `?Sector=finance` is a link someone typed.
        let key = decode(key).to_ascii_lowercase();
        if key == "q" {
            let q = decode(value);
            state.q = if q.trim().is_empty() {
                String::new()
            } else {
                q
            };
            continue;
        }
        let Some(facet) = Facet::ALL.into_iter().find(|f| f.key() == key) else {
            continue;
        };
        for raw in decode(value).split(',') {
            if let Some(v) = FacetValue::parse(facet, raw, d) {
                state.insert(v);
            }
        }
    }
    state
}

/// The query string to show for `raw`: canonical, or `None` when `raw` already is.
pub fn canonical_if_different(raw: &str, d: &Dataset) -> Option<String> {
    let raw = raw.strip_prefix('?').unwrap_or(raw);
    let canonical = serialise(&parse(raw, d), d);
    (canonical != raw).then_some(canonical)
}
