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

/// The lower case of `c` in the Latin, Greek, Cyrillic and Armenian alphabets, which
/// are laid out in regular runs; any other character is its own lower case. std's
/// `char::to_lowercase` covers every script, but its 11.7 KB table costs the app
/// 4.9 KB of gzip, more than search needs. `tests/filter.rs` checks every character of
/// these runs against std.
pub fn lower(c: char) -> char {
    let u = c as u32;
    // Runs where capitals sit at even code points, each followed by its small letter.
    let even = |u: u32| u + 1 - u % 2;
    // Runs where capitals sit at odd code points.
    let odd = |u: u32| u + u % 2;
    let l = match u {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE => u + 0x20,
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 | 0x200..=0x21F | 0x222..=0x233 => even(u),
        0x130 => 'i' as u32,
        0x139..=0x148 | 0x179..=0x17E => odd(u),
        0x178 => 0xFF,
        0x386 => 0x3AC,
        0x388..=0x38A => u + 37,
        0x38C => 0x3CC,
        0x38E..=0x38F => u + 63,
        0x391..=0x3A1 | 0x3A3..=0x3AB | 0x410..=0x42F => u + 0x20,
        0x400..=0x40F => u + 0x50,
        0x460..=0x481 | 0x48A..=0x4BF | 0x4D0..=0x52F | 0x1E00..=0x1E95 | 0x1EA0..=0x1EFF => {
            even(u)
        }
        0x4C0 => 0x4CF,
        0x4C1..=0x4CE => odd(u),
        0x531..=0x556 => u + 0x30,
        0x1E9E => 0xDF,
        _ => u,
    };
    char::from_u32(l).unwrap_or(c)
}

/// Appends the folded form of `c` to `out`. Combining marks are dropped, so text
/// typed decomposed ("e" + U+0301) folds too.
fn fold_char(c: char, out: &mut String) {
    let lower = lower(c);
    if ('\u{300}'..='\u{36f}').contains(&lower) {
        return;
    }
    match strip_diacritic(lower) {
        Some(s) => out.push_str(s),
        None => out.push(lower),
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
/// countries, its stop's city (or nothing), topics and places, and the names
/// in the dataset's default language ([`Meeting::also`]).
pub fn haystack(m: &Meeting, city: &str) -> String {
    let mut parts: Vec<&str> = vec![
        &m.counterpart.name,
        &m.counterpart.role,
        &m.counterpart.organisation,
        city,
        &m.also,
    ];
    parts.extend(m.countries.iter().map(|p| p.name()));
    parts.extend(m.topics.iter().map(|t| &**t));
    parts.extend(m.places.iter().map(|t| &**t));
    fold(&parts.join("\n"))
}

/// True when every term occurs in the folded haystack.
pub fn matches(haystack: &str, terms: &[String]) -> bool {
    terms.iter().all(|t| haystack.contains(t.as_str()))
}
