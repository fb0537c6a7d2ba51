//! Case- and diacritic-insensitive text matching, with match ranges for highlighting.

use std::ops::Range;

use crate::domain::Meeting;

/// The ASCII spelling of a lower-case Latin letter with a diacritic, if it has one.
fn strip_diacritic(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'ç' | 'ć' | 'ĉ' | 'č' => "c",
        'ď' | 'đ' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => "e",
        'ğ' | 'ģ' => "g",
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => "i",
        'ķ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => "o",
        'ŕ' | 'ř' => "r",
        'ś' | 'ş' | 'š' | 'ș' => "s",
        'ţ' | 'ť' | 'ț' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' => "u",
        'ý' | 'ÿ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        'ß' => "ss",
        'þ' => "th",
        'ð' => "d",
        'æ' => "ae",
        'œ' => "oe",
        '’' | '‘' => "'",
        _ => return None,
    })
}

/// Appends the folded form of `c` to `out`. Combining marks are dropped, so text
/// typed decomposed ("e" + U+0301), and "İ", whose lower case is "i" + U+0307, fold too.
fn fold_char(c: char, out: &mut String) {
    for lower in c.to_lowercase() {
        if ('\u{300}'..='\u{36f}').contains(&lower) {
            continue;
        }
        match strip_diacritic(lower) {
            Some(s) => out.push_str(s),
            None => out.push(lower),
        }
    }
}

/// Lower-cases and strips diacritics: "Niinistö" → "niinisto".
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    s.chars().for_each(|c| fold_char(c, &mut out));
    out
}

/// The search terms of a query: folded, split on white space.
pub fn terms(query: &str) -> Vec<String> {
    fold(query).split_whitespace().map(str::to_owned).collect()
}

/// Byte ranges of `text` that match any of `terms` (already folded), merged and sorted.
pub fn highlight_ranges(text: &str, terms: &[String]) -> Vec<Range<usize>> {
    if terms.is_empty() {
        return Vec::new();
    }
    // Fold char by char, remembering which original byte each folded byte came from.
    let mut folded = String::with_capacity(text.len());
    let mut origin = Vec::with_capacity(text.len());
    for (i, c) in text.char_indices() {
        let start = folded.len();
        fold_char(c, &mut folded);
        origin.extend(std::iter::repeat_n(i, folded.len() - start));
    }
    // Kept in order of start as they are found (no sort routine needed).
    let mut ranges: Vec<Range<usize>> = Vec::new();
    for term in terms.iter().filter(|t| !t.is_empty()) {
        for (at, _) in folded.match_indices(term.as_str()) {
            let start = origin[at];
            let last = origin[at + term.len() - 1];
            let end = last + text[last..].chars().next().map_or(0, char::len_utf8);
            let pos = ranges.partition_point(|r| r.start <= start);
            ranges.insert(pos, start..end);
        }
    }
    let mut merged: Vec<Range<usize>> = Vec::new();
    for r in ranges {
        match merged.last_mut() {
            Some(prev) if r.start <= prev.end => prev.end = prev.end.max(r.end),
            _ => merged.push(r),
        }
    }
    merged
}

/// The folded text a meeting is searched in: names, roles, organisations,
/// countries, topics and places.
pub fn haystack(m: &Meeting) -> String {
    let mut parts: Vec<&str> = vec![
        &m.counterpart.name,
        &m.counterpart.role,
        &m.counterpart.organisation,
        m.place.name(),
    ];
    parts.extend(m.topics.iter().map(String::as_str));
    parts.extend(m.places.iter().map(String::as_str));
    fold(&parts.join("\n"))
}

/// True when every term occurs in the folded haystack.
pub fn matches(haystack: &str, terms: &[String]) -> bool {
    terms.iter().all(|t| haystack.contains(t.as_str()))
}
