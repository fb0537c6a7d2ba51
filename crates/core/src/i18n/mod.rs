//! The interface's words, numbers and dates in the page's language. Every text
//! the interface shows is a [`Key`] (generated from `i18n/en.txt`); the build
//! writes one language's texts, plural table, number symbols and the dataset's
//! dates, all taken from CLDR (see `cldr`), into that language's pack, and the
//! app puts them in place once with [`set`]. The wasm itself holds no
//! interface text and no CLDR data.

#[cfg(feature = "files")]
pub mod cldr;

use crate::domain::Date;

include!(concat!(env!("OUT_DIR"), "/keys.rs"));

/// What separates a count's forms in a text: CLDR's categories in the order
/// zero, one, two, few, many, other.
pub const FORMS: char = '\u{2}';

/// How many counts the plural table covers before it repeats (see [`Locale::plural`]).
pub const PLURAL_SPAN: usize = 200;

/// The keys whose texts only the build uses: page descriptions, link
/// previews, and what the page says before the app runs. Packs leave them empty.
pub const BUILD_ONLY: [usize; 9] = [
    Key::ExplorerDescription as usize,
    Key::NotFoundDescription as usize,
    Key::Noscript as usize,
    Key::Stopped as usize,
    Key::Reload as usize,
    Key::PreviewFooter as usize,
    Key::PreviewWhen as usize,
    Key::FromDate as usize,
    Key::PlacesCount as usize,
];

/// One language's interface: what a pack carries besides the dataset.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Locale {
    /// The language's code, as `<html lang>` writes it.
    pub lang: String,
    /// The dataset's default language, which a text without a translation
    /// into `lang` stays in.
    pub fallback: String,
    /// Every [`Key`]'s text, in the keys' order. A count's text holds its six
    /// forms, separated by [`FORMS`].
    pub texts: Vec<String>,
    /// The plural category (0 zero … 5 other) of each count below
    /// [`PLURAL_SPAN`]; a larger count `n` takes that of `100 + n % 100`, which
    /// the build checks against CLDR's rule for every count up to a million.
    pub plural: Vec<u8>,
    /// The digit group separator ("," or a no-break space).
    pub group: String,
    /// What comes before and after a percentage's number ("", "%" or "", " %").
    pub percent: (String, String),
    /// The dataset's dates: long ("17 сентября 2023 г.") and short, with the
    /// weekday ("вс, 17 сент."), as CLDR writes them.
    pub dates: Vec<(Date, String, String)>,
    /// The languages the site is in (code, the language's name in itself), for
    /// the language switch; the page's own among them.
    pub languages: Vec<(String, String)>,
    /// The dataset's countries' names (ISO code, name), as CLDR writes them.
    /// The pack carries them in its list of countries, not here.
    pub countries: Vec<(String, String)>,
}

impl Locale {
    /// The name of the country `code`, if the locale has one.
    pub fn country(&self, code: &str) -> Option<&str> {
        self.countries
            .iter()
            .find(|(c, _)| c == code)
            .map(|(_, n)| n.as_str())
    }
}

thread_local! {
    static ACTIVE: std::cell::Cell<Option<&'static Locale>> = const { std::cell::Cell::new(None) };
}

/// Puts `locale` in place for every text, count and date from now on, for as
/// long as the program runs. The app does it once; the prerenderer once per
/// language (a few kilobytes each, kept).
pub fn set(locale: Locale) {
    let kept: &'static Locale = Box::leak(Box::new(locale));
    ACTIVE.with(|a| a.set(Some(kept)));
}

fn active() -> &'static Locale {
    ACTIVE.with(|a| match a.get() {
        Some(x) => x,
        None => {
            // Native tools and tests that set no language read English.
            #[cfg(feature = "files")]
            {
                set(cldr::locale("en", include_str!("../../i18n/en.txt"), &[])
                    .expect("the English texts read"));
                a.get().expect("just set")
            }
            #[cfg(not(feature = "files"))]
            panic!("no interface language set")
        }
    })
}

/// The languages the site is in: code, and name in itself.
pub fn languages() -> &'static [(String, String)] {
    &active().languages
}

/// The language in place.
pub fn lang() -> &'static str {
    &active().lang
}

/// The dataset's default language: that of its untranslated texts.
pub fn fallback() -> &'static str {
    &active().fallback
}

/// `key`'s text.
pub fn t(key: Key) -> &'static str {
    active().texts.get(key as usize).map_or("", String::as_str)
}

/// `key`'s text with each `{name}` replaced by its value.
pub fn fill(key: Key, values: &[(&str, &str)]) -> String {
    put(t(key), values)
}

/// `text` with each `{name}` replaced by its value; a name without one stays
/// as written. One pass, without a substring searcher: it costs the wasm less.
fn put(text: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(text.len() + 32);
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                match values.iter().find(|(n, _)| *n == name) {
                    Some((_, v)) => out.push_str(v),
                    None => out.push_str(&rest[open..open + close + 2]),
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// The plural category slot (0 zero … 5 other) of the count `n`.
pub fn category(n: usize) -> usize {
    let table = &active().plural;
    let i = if n < PLURAL_SPAN { n } else { 100 + n % 100 };
    table.get(i).map_or(5, |&c| c as usize)
}

/// `key`'s form for the count `n`, with `{n}` written as a number and the other
/// `{name}`s replaced: "1 встреча", "5 встреч".
pub fn count(key: Key, n: usize, values: &[(&str, &str)]) -> String {
    let forms: Vec<&str> = t(key).split(FORMS).collect();
    let slot = category(n);
    let form = match forms.get(slot) {
        Some(f) if !f.is_empty() => f,
        _ => forms.last().copied().unwrap_or_default(),
    };
    let number = number(n);
    let mut all = vec![("n", number.as_str())];
    all.extend_from_slice(values);
    put(form, &all)
}

/// `n` with its digits grouped as the language does: "10,000", "10 000".
pub fn number(n: usize) -> String {
    let digits = n.to_string();
    if digits.len() <= 3 {
        return digits;
    }
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push_str(&active().group);
        }
        out.push(c);
    }
    out
}

/// `n` percent: "21%", "21 %".
pub fn percent(n: usize) -> String {
    let (before, after) = &active().percent;
    format!("{before}{}{after}", number(n))
}

/// The date in full: "17 September 2023", "17 сентября 2023 г.", "2023 ж. 17 қыркүйек".
pub fn date_long(d: Date) -> String {
    match active().dates.iter().find(|x| x.0 == d) {
        Some(x) => x.1.clone(),
        None => unlisted(d).0,
    }
}

/// The date short, with its weekday: "Sun 17 Sept", "вс, 17 сент.".
pub fn date_short(d: Date) -> String {
    match active().dates.iter().find(|x| x.0 == d) {
        Some(x) => x.2.clone(),
        None => unlisted(d).1,
    }
}

/// A date the locale was not given: formatted from CLDR where the native tools
/// can, else as ISO 8601, which every reader can read.
fn unlisted(d: Date) -> (String, String) {
    #[cfg(feature = "files")]
    {
        cldr::dates(lang(), d)
    }
    #[cfg(not(feature = "files"))]
    {
        (d.to_string(), d.to_string())
    }
}

/// `text` ended as a sentence: with a full stop, unless it ends in one already
/// (a Russian date ends in "г.").
pub fn sentence(text: &str) -> String {
    if text.ends_with('.') {
        text.to_string()
    } else {
        format!("{text}.")
    }
}

/// `text` in the language's quotation marks: “…”, «…».
pub fn quoted(text: &str) -> String {
    fill(Key::Quoted, &[("text", text)])
}

/// Items joined as the language lists them: "A", "A and B", "A, B and C".
pub fn and_list(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => one.to_string(),
        [rest @ .., last] => fill(Key::AndList, &[("rest", &rest.join(", ")), ("last", last)]),
    }
}

/// The name the locale in place gives the country `code`, if any. The app's
/// countries carry their names from the pack; the native tools, which know
/// every country in English, take the language's from here.
pub fn country(code: &str) -> Option<&'static str> {
    ACTIVE.with(|a| a.get()).and_then(|a| a.country(code))
}
