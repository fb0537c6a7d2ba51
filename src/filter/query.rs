//! FilterState to and from the query string: canonical out, lenient in.
//!
//! Out: keys in a fixed order (`sector`, `country`, `kind`, `day`, `status`,
//! `q`), values in a fixed order, comma-joined, empty facets omitted.
//! In: unknown keys and invalid values are dropped, never an error.

use super::{Facet, FacetValue, FilterState};

/// Percent-encodes all but RFC 3986 unreserved characters.
pub fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Decodes `%XX` escapes and `+` as space; malformed escapes stay as written,
/// and invalid UTF-8 becomes U+FFFD.
pub fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok();
                match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                    Some(b) => {
                        out.push(b);
                        i += 3;
                        continue;
                    }
                    None => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The canonical query string for `state`, without a leading `?`; empty for no filters.
pub fn serialise(state: &FilterState) -> String {
    let mut parts: Vec<String> = Vec::new();
    let active = state.active_values();
    for facet in Facet::ALL {
        let values: Vec<String> = active
            .iter()
            .filter(|v| v.facet() == facet)
            .map(|v| encode(&v.slug()))
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
pub fn parse(query: &str) -> FilterState {
    let mut state = FilterState::default();
    let query = query.strip_prefix('?').unwrap_or(query);
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let key = decode(key);
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
            if let Some(v) = FacetValue::parse(facet, raw) {
                state.insert(v);
            }
        }
    }
    state
}

/// The query string to show for `raw`: canonical, or `None` when `raw` already is.
pub fn canonical_if_different(raw: &str) -> Option<String> {
    let raw = raw.strip_prefix('?').unwrap_or(raw);
    let canonical = serialise(&parse(raw));
    (canonical != raw).then_some(canonical)
}
