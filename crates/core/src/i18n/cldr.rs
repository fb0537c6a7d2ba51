//! Builds a language's [`Locale`] at build time from its catalog
//! (`i18n/<lang>.txt`) and CLDR, through ICU4X's compiled data: the plural
//! rule, digit grouping, the percent pattern, long and short dates, and country
//! names. Native only: the app receives the results in its pack.

use icu::calendar::Date as IcuDate;
use icu::datetime::{fieldsets, DateTimeFormatter};
use icu::decimal::input::Decimal;
use icu::decimal::DecimalFormatter;
use icu::locale::Locale as IcuLocale;
use icu::plurals::{PluralCategory, PluralRules};
use icu_experimental::dimension::percent::formatter::PercentFormatter;
use icu_experimental::displaynames::multi::RegionDisplayNames;

use super::{Locale, FORMS, KEYS, PLURAL_SPAN};
use crate::domain::Date;

/// The languages the interface is written in, each named in itself.
pub const LANGUAGES: [(&str, &str); 3] = [("en", "English"), ("ru", "Русский"), ("kk", "Қазақша")];

/// The language's name in itself, if the interface is written in it.
pub fn own_name(lang: &str) -> Option<&'static str> {
    LANGUAGES.iter().find(|(c, _)| *c == lang).map(|(_, n)| *n)
}

/// The locale `og:locale` names for `lang`: language and territory.
pub fn og_locale(lang: &str) -> &str {
    match lang {
        "en" => "en_GB",
        "ru" => "ru_RU",
        "kk" => "kk_KZ",
        other => other,
    }
}

/// The interface's texts in `lang`, if it has them.
pub fn catalog(lang: &str) -> Option<&'static str> {
    match lang {
        "en" => Some(include_str!("../../i18n/en.txt")),
        "ru" => Some(include_str!("../../i18n/ru.txt")),
        "kk" => Some(include_str!("../../i18n/kk.txt")),
        _ => None,
    }
}

/// The CLDR locale whose formats `lang` uses. The interface's English is
/// British, as the datasets write it: "17 September 2023".
fn cldr_locale(lang: &str) -> IcuLocale {
    let tag = if lang == "en" { "en-GB" } else { lang };
    tag.parse()
        .unwrap_or_else(|_| "und".parse().expect("und parses"))
}

/// The slot (0 zero … 5 other) of a CLDR plural category.
fn slot(c: PluralCategory) -> u8 {
    match c {
        PluralCategory::Zero => 0,
        PluralCategory::One => 1,
        PluralCategory::Two => 2,
        PluralCategory::Few => 3,
        PluralCategory::Many => 4,
        PluralCategory::Other => 5,
    }
}

const SLOTS: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// The category of every count below [`PLURAL_SPAN`], by CLDR's cardinal rule
/// for `lang`; checked to repeat as [`super::category`] assumes, for every count
/// up to a million.
pub fn plural_table(lang: &str) -> Result<Vec<u8>, String> {
    let rules = PluralRules::try_new_cardinal(cldr_locale(lang).into())
        .map_err(|e| format!("CLDR has no plural rule for \"{lang}\": {e}"))?;
    let of = |n: usize| slot(rules.category_for(n as u64));
    let table: Vec<u8> = (0..PLURAL_SPAN).map(of).collect();
    for n in PLURAL_SPAN..1_000_000 {
        if of(n) != table[100 + n % 100] {
            return Err(format!(
                "the plural rule of \"{lang}\" does not repeat every hundred counts (at {n}); the table needs more"
            ));
        }
    }
    Ok(table)
}

/// `d` long and short, with its weekday, in `lang`, as CLDR writes them.
pub fn dates(lang: &str, d: Date) -> (String, String) {
    let loc = cldr_locale(lang);
    let day = IcuDate::try_new_iso(i32::from(d.year), d.month, d.day).expect("a valid date");
    let long = DateTimeFormatter::try_new(loc.clone().into(), fieldsets::YMD::long())
        .map(|f| f.format(&day).to_string());
    let short = DateTimeFormatter::try_new(loc.into(), fieldsets::MDE::medium())
        .map(|f| f.format(&day).to_string());
    (
        long.unwrap_or_else(|_| d.to_string()),
        short.unwrap_or_else(|_| d.to_string()),
    )
}

/// The name of the country `code` (ISO 3166-1 alpha-2) in `lang`, as CLDR
/// writes it.
pub fn country_name(lang: &str, code: &str) -> Option<String> {
    let names = RegionDisplayNames::try_new(cldr_locale(lang).into(), Default::default()).ok()?;
    names.of(code.parse().ok()?).map(String::from)
}

/// The digit group separator and the text around a percentage's number.
fn number_symbols(lang: &str) -> Result<(String, (String, String)), String> {
    let loc = cldr_locale(lang);
    let decimal = DecimalFormatter::try_new(loc.clone().into(), Default::default())
        .map_err(|e| format!("CLDR has no number format for \"{lang}\": {e}"))?;
    let grouped = decimal.format(&Decimal::from(1000)).to_string();
    let group = grouped
        .trim_start_matches('1')
        .trim_end_matches("000")
        .to_string();
    let percent = PercentFormatter::try_new(loc.into(), Default::default())
        .map_err(|e| format!("CLDR has no percent format for \"{lang}\": {e}"))?;
    let sample = percent.format(&Decimal::from(21)).to_string();
    let (before, after) = sample
        .split_once("21")
        .ok_or_else(|| format!("the percent format of \"{lang}\" writes 21 as {sample:?}"))?;
    Ok((group, (before.to_string(), after.to_string())))
}

/// Reads a catalog: each key's text in [`KEYS`]' order, a count's forms
/// joined by [`FORMS`]. A missing or unknown key, a count without its `other`
/// form, or a placeholder the English text does not have is an error naming
/// its line.
pub fn texts(lang: &str, catalog: &str) -> Result<Vec<String>, String> {
    let file = format!("i18n/{lang}.txt");
    let mut found: Vec<Option<[String; 6]>> = vec![None; KEYS.len()];
    for (n, line) in catalog.lines().enumerate() {
        let line = line.trim_end();
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let at = format!("{file}, line {}", n + 1);
        let (name, text) = line
            .split_once(" = ")
            .ok_or_else(|| format!("{at}: write `key = text`"))?;
        let (key, form) = match name.split_once('.') {
            Some((k, f)) => (k, Some(f)),
            None => (name, None),
        };
        let i = KEYS.iter().position(|(k, _)| *k == key).ok_or_else(|| {
            format!("{at}: unknown key \"{key}\"; the keys are those of i18n/en.txt")
        })?;
        let slot = match (form, KEYS[i].1) {
            (None, false) => 5,
            (Some(f), true) => SLOTS.iter().position(|s| *s == f).ok_or_else(|| {
                format!(
                    "{at}: \"{f}\" is not a plural category; write one of {}",
                    SLOTS.join(", ")
                )
            })?,
            (None, true) => {
                return Err(format!(
                    "{at}: \"{key}\" is a count; give its forms as {key}.one, {key}.other …"
                ))
            }
            (Some(_), false) => {
                return Err(format!("{at}: \"{key}\" is not a count; write {key} = …"))
            }
        };
        if text.contains(['\u{1}', FORMS]) {
            return Err(format!("{at}: control characters are not allowed"));
        }
        found[i].get_or_insert_with(Default::default)[slot] = text.to_string();
    }
    // Every text keeps the English one's placeholders, no more and no fewer.
    let english = if lang == "en" {
        None
    } else {
        Some(texts("en", catalog_of("en")?)?)
    };
    let mut out = Vec::new();
    for (i, forms) in found.into_iter().enumerate() {
        let (key, plural) = KEYS[i];
        let forms = forms.ok_or_else(|| format!("{file}: no text for \"{key}\""))?;
        if forms[5].is_empty() {
            return Err(format!("{file}: \"{key}\" has no `other` form"));
        }
        if let Some(en) = &english {
            let want = placeholders(&en[i]);
            for form in forms.iter().filter(|f| !f.is_empty()) {
                if placeholders(form) != want {
                    return Err(format!(
                        "{file}: \"{key}\" must hold the placeholders {{{}}}, as the English text does; found {form:?}",
                        want.join("}, {")
                    ));
                }
            }
        }
        out.push(if plural {
            forms.join(&FORMS.to_string())
        } else {
            forms[5].clone()
        });
    }
    Ok(out)
}

fn catalog_of(lang: &str) -> Result<&'static str, String> {
    catalog(lang).ok_or_else(|| format!("the interface has no texts in \"{lang}\""))
}

/// The placeholders (`{name}`) in `text`.
pub fn placeholders(text: &str) -> Vec<&str> {
    let mut out: Vec<&str> = text
        .split('{')
        .skip(1)
        .filter_map(|s| s.split_once('}').map(|(name, _)| name))
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// `lang`'s whole locale: its catalog read, and CLDR's plural rule, number
/// symbols and the forms of `dates`.
pub fn locale(lang: &str, catalog: &str, dates_used: &[Date]) -> Result<Locale, String> {
    let texts = texts(lang, catalog)?;
    let plural = plural_table(lang)?;
    let (group, percent) = number_symbols(lang)?;
    let mut ds: Vec<Date> = dates_used.to_vec();
    ds.sort_unstable();
    ds.dedup();
    Ok(Locale {
        lang: lang.to_string(),
        fallback: lang.to_string(),
        texts,
        plural,
        group,
        percent,
        dates: ds
            .into_iter()
            .map(|d| {
                let (l, s) = dates(lang, d);
                (d, l, s)
            })
            .collect(),
        countries: Vec::new(),
        languages: Vec::new(),
    })
}

/// `lang`'s locale for the dataset `d`: every date it shows, and its countries'
/// names (English keeps the names the country table gives).
pub fn for_dataset(lang: &str, d: &crate::domain::Dataset) -> Result<Locale, String> {
    let catalog = catalog(lang).ok_or_else(|| {
        format!(
            "the interface has no texts in \"{lang}\"; it is written in {}",
            LANGUAGES.map(|(code, _)| code).join(", ")
        )
    })?;
    let v = &d.visit;
    let dates: Vec<Date> = [Some(v.from), v.to]
        .into_iter()
        .chain(v.stops.iter().flat_map(|s| [Some(s.from), s.to]))
        .chain(d.sources.iter().map(|s| Some(s.published)))
        .chain(d.meetings.iter().map(|m| m.date))
        .flatten()
        .collect();
    let mut out = locale(lang, catalog, &dates)?;
    if lang != "en" {
        let mut codes: Vec<&str> = std::iter::once(v.traveller.country)
            .chain(v.stops.iter().filter_map(|s| s.country))
            .chain(d.meetings.iter().flat_map(|m| m.countries.iter().copied()))
            .filter_map(|p| match p {
                crate::domain::Place::Country(c) => Some(c.code),
                crate::domain::Place::International => None,
            })
            .collect();
        codes.sort_unstable();
        codes.dedup();
        out.countries = codes
            .into_iter()
            .filter_map(|c| Some((c.to_string(), country_name(lang, c)?)))
            .collect();
    }
    Ok(out)
}
