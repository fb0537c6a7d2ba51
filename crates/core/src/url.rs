//! Address hygiene: turns whatever path a host served into the app-relative path
//! the route table understands.
//!
//! Static hosts answer many spellings of one page: `/index.html`, `//meetings/x/`,
//! `/meetings/x` (no slash), `/meetings/%78/`, `/meetings/x/index.html`. They all
//! reach the same file, so they must all reach the same route.

/// The sub-path a site lives under, from a `<base href>` path or a site base URL:
/// `"/visit-explorer/"` and `"/visit-explorer"` give `"/visit-explorer"`; `"/"` gives `""`.
pub fn base_path(href_path: &str) -> &str {
    href_path.trim_end_matches('/')
}

/// The base the app's links take on a page in `lang` at `pathname`: the
/// language's folder (`/visit-explorer/ru`) when the page is in it, else the
/// site's own (the root pages, which are in the dataset's default language).
pub fn language_base(pathname: &str, site_base: &str, lang: &str) -> String {
    let in_folder = app_path(pathname, site_base).is_some_and(|p| {
        p.strip_prefix('/')
            .and_then(|rest| rest.strip_prefix(lang))
            .is_some_and(|rest| rest.starts_with('/'))
    });
    if in_folder && !lang.is_empty() {
        format!("{site_base}/{lang}")
    } else {
        site_base.to_string()
    }
}

/// The app-relative path of `pathname` (as `location.pathname` gives it) for a
/// site under `base` (from [`base_path`]), or `None` when the address lies
/// outside the site.
///
/// Segments are percent-decoded (an encoded `/` splits a segment), empty and `.`
/// segments dropped, `..` pops, and a last `index.html` removed. The result starts
/// with `/`, and ends with `/` unless its last segment names a file (`404.html`).
pub fn app_path(pathname: &str, base: &str) -> Option<String> {
    let mut segments: Vec<String> = Vec::new();
    for raw in pathname.split('/') {
        let decoded = percent_decode(raw);
        for seg in decoded.split('/') {
            match seg {
                "" | "." => {}
                ".." => {
                    segments.pop();
                }
                s => segments.push(s.to_string()),
            }
        }
    }
    let base: Vec<&str> = base.split('/').filter(|s| !s.is_empty()).collect();
    if segments.len() < base.len() || segments.iter().zip(&base).any(|(a, b)| a != b) {
        return None;
    }
    segments.drain(..base.len());
    if segments
        .last()
        .is_some_and(|s| s.eq_ignore_ascii_case("index.html"))
    {
        segments.pop();
    }
    let is_file = segments.last().is_some_and(|s| s.contains('.'));
    let mut out = String::from("/");
    out.push_str(&segments.join("/"));
    if !segments.is_empty() && !is_file {
        out.push('/');
    }
    Some(out)
}

/// `s` with every byte but RFC 3986's unreserved characters (letters, digits,
/// `-`, `.`, `_`, `~`) written as `%XX`, UTF-8 byte by byte.
pub fn percent_encode(s: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(s.len());
    for &b in s.as_bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.extend([
                '%',
                HEX[usize::from(b >> 4)] as char,
                HEX[usize::from(b & 15)] as char,
            ]);
        }
    }
    out
}

/// `s` with each `%XX` read as the byte it stands for. A `%` without two hex
/// digits after it stays as written; bytes that are not UTF-8 become U+FFFD.
/// (Written here, not taken from the percent-encoding crate: 748 B less wasm
/// at gzip -9, 464 B as a host sends it; docs/performance.md.)
pub fn percent_decode(s: &str) -> String {
    let hex = |b: Option<&u8>| match b? {
        b @ b'0'..=b'9' => Some(b - b'0'),
        b @ (b'a'..=b'f' | b'A'..=b'F') => Some((b | 32) - b'a' + 10),
        _ => None,
    };
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match (bytes[i], hex(bytes.get(i + 1)), hex(bytes.get(i + 2))) {
            (b'%', Some(high), Some(low)) => {
                out.push(high * 16 + low);
                i += 3;
            }
            (b, _, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings_of_one_page_meet() {
        for raw in [
            "/meetings/wabtec/",
            "/meetings/wabtec",
            "//meetings/wabtec/",
            "/meetings//wabtec//",
            "/meetings/wabtec/index.html",
            "/meetings/wabtec/INDEX.HTML",
            "/%2Fmeetings/wabtec/",
            "/meetings/%77abtec/",
            "/meetings/./wabtec/",
            "/x/../meetings/wabtec/",
        ] {
            assert_eq!(
                app_path(raw, "").as_deref(),
                Some("/meetings/wabtec/"),
                "{raw}"
            );
        }
        assert_eq!(app_path("/index.html", "").as_deref(), Some("/"));
        assert_eq!(app_path("", "").as_deref(), Some("/"));
        assert_eq!(app_path("/404.html", "").as_deref(), Some("/404.html"));
    }

    #[test]
    fn the_sub_path_is_stripped_or_the_address_is_outside() {
        let base = base_path("/visit-explorer/");
        assert_eq!(base, "/visit-explorer");
        assert_eq!(
            app_path("/visit-explorer/index.html", base).as_deref(),
            Some("/")
        );
        assert_eq!(
            app_path("//visit-explorer//meetings/iran", base).as_deref(),
            Some("/meetings/iran/")
        );
        assert_eq!(app_path("/visit-explorer", base).as_deref(), Some("/"));
        assert_eq!(app_path("/elsewhere/", base), None);
        assert_eq!(app_path("/", base), None);
        assert_eq!(base_path("/"), "");
    }

    #[test]
    fn hostile_bytes_do_not_panic() {
        for raw in [
            "/%",
            "/%zz/",
            "/%C3%28/",
            "/meetings/%00/",
            "/<script>/",
            "/../../..",
        ] {
            let _ = app_path(raw, "");
        }
        assert_eq!(app_path("/../../..", "").as_deref(), Some("/"));
    }
}
