//! Absolute permalinks for meetings and filtered views.

/// Joins a site base (`https://host/sub/`, with or without the trailing slash),
/// a route path (`/meetings/wabtec/`) and a query (`sector=finance`, may be empty).
pub fn permalink(site_base: &str, path: &str, query: &str) -> String {
    let base = site_base.trim_end_matches('/');
    let path = if path.starts_with('/') {
        path.to_string()
    } else {
        format!("/{path}")
    };
    let query = query.trim_start_matches('?');
    if query.is_empty() {
        format!("{base}{path}")
    } else {
        format!("{base}{path}?{query}")
    }
}
