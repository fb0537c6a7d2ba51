//! The interface in each language: every catalog complete, with the English
//! texts' placeholders; counts, numbers, percents and dates as CLDR writes them,
//! read through the same table and lookups the app uses.

use visit_core::domain::Date;
use visit_core::i18n::cldr::{catalog, for_dataset, locale, texts, LANGUAGES};
use visit_core::i18n::{self, category, count, Key};

mod common;
use common::bundled;

fn set(lang: &str) {
    i18n::set(for_dataset(lang, &bundled()).unwrap());
}

#[test]
fn every_language_has_every_text_with_the_english_placeholders() {
    for (lang, _) in LANGUAGES {
        texts(lang, catalog(lang).unwrap()).unwrap_or_else(|e| panic!("{e}"));
    }
}

#[test]
fn a_catalog_fault_names_its_line() {
    let en = catalog("en").unwrap();
    let missing: String = en
        .lines()
        .filter(|l| !l.starts_with("brand ="))
        .map(|l| format!("{l}\n"))
        .collect();
    assert_eq!(
        texts("ru", &missing).unwrap_err(),
        "i18n/ru.txt: no text for \"brand\""
    );
    let bent = en.replace("tagline = {name}, {cities}", "tagline = {name}");
    let e = texts("ru", &bent).unwrap_err();
    assert!(
        e.contains("\"tagline\" must hold the placeholders {cities}, {name}"),
        "{e}"
    );
    let unknown = format!("{en}\nbrand_new = New\n");
    let e = texts("kk", &unknown).unwrap_err();
    assert!(
        e.starts_with("i18n/kk.txt, line ")
            && e.ends_with("unknown key \"brand_new\"; the keys are those of i18n/en.txt"),
        "{e}"
    );
}

#[test]
fn russian_counts_follow_the_cldr_rule() {
    set("ru");
    let said: Vec<String> = [1, 2, 5, 11, 14, 21, 22, 25, 101, 111]
        .iter()
        .map(|&n| count(Key::MeetingCount, n, &[]))
        .collect();
    assert_eq!(
        said,
        [
            "1 встреча",
            "2 встречи",
            "5 встреч",
            "11 встреч",
            "14 встреч",
            "21 встреча",
            "22 встречи",
            "25 встреч",
            "101 встреча",
            "111 встреч"
        ]
    );
    // CLDR 47's Russian cardinal rule, by its own samples (plurals.json):
    // one "v = 0 and i % 10 = 1 and i % 100 != 11"; few "v = 0 and i % 10 = 2..4
    // and i % 100 != 12..14"; many the rest of the integers.
    let one = [1, 21, 31, 41, 51, 61, 71, 81, 101, 1001];
    let few = [
        2, 3, 4, 22, 23, 24, 32, 33, 34, 42, 43, 44, 52, 53, 54, 62, 102, 1002,
    ];
    let many = [
        0, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 100, 1000, 10000, 100000, 1000000,
    ];
    for n in one {
        assert_eq!(category(n), 1, "{n} is one");
    }
    for n in few {
        assert_eq!(category(n), 3, "{n} is few");
    }
    for n in many {
        assert_eq!(category(n), 4, "{n} is many");
    }
    // And by the rule itself, past the table's end.
    for n in 0..100_000usize {
        let (i10, i100) = (n % 10, n % 100);
        let want = if i10 == 1 && i100 != 11 {
            1
        } else if (2..=4).contains(&i10) && !(12..=14).contains(&i100) {
            3
        } else {
            4
        };
        assert_eq!(category(n), want, "{n}");
    }
}

#[test]
fn kazakh_and_english_counts() {
    set("kk");
    for n in [1, 2, 5, 11, 21] {
        assert_eq!(count(Key::MeetingCount, n, &[]), format!("{n} кездесу"));
    }
    set("en");
    assert_eq!(count(Key::MeetingCount, 1, &[]), "1 meeting");
    assert_eq!(count(Key::MeetingCount, 21, &[]), "21 meetings");
}

#[test]
fn numbers_percents_and_dates_as_cldr_writes_them() {
    let day = Date::parse("2023-09-17").unwrap();
    set("ru");
    assert_eq!(i18n::percent(21), "21\u{a0}%");
    assert_eq!(i18n::number(10_000), "10\u{a0}000");
    // CLDR puts a narrow no-break space (U+202F) before "г." and "ж.".
    assert_eq!(day.long(), "17 сентября 2023\u{202f}г.");
    assert_eq!(count(Key::MeetingCount, 10_000, &[]), "10\u{a0}000 встреч");
    set("kk");
    assert_eq!(i18n::percent(21), "21%");
    assert_eq!(day.long(), "2023\u{202f}ж. 17 қыркүйек");
    set("en");
    assert_eq!(i18n::percent(21), "21%");
    assert_eq!(i18n::number(10_000), "10,000");
    assert_eq!(day.long(), "17 September 2023");
}

#[test]
fn country_names_come_from_cldr() {
    set("ru");
    let us = visit_core::domain::Place::parse("US").unwrap();
    assert_eq!(us.name(), "Соединенные Штаты");
    set("kk");
    assert_eq!(us.name(), "Америка Құрама Штаттары");
}

#[test]
fn the_locale_needs_a_known_language() {
    let e = for_dataset("de", &bundled()).unwrap_err();
    assert_eq!(
        e,
        "the interface has no texts in \"de\"; it is written in en, ru, kk"
    );
    assert!(locale("en", catalog("en").unwrap(), &[]).is_ok());
}

#[test]
fn an_undated_meeting_says_not_stated_once_in_each_language() {
    use visit_core::format::{files::load_json, translations::localized, validate::validate};
    let (file, _) = load_json(common::BUNDLED, "bundled").unwrap();
    for (lang, note) in [
        ("en", "Not stated; during the visit."),
        ("ru", "Не указана; в ходе визита."),
        ("kk", "Көрсетілмеген; сапар барысында."),
    ] {
        set(lang);
        let d = validate(&localized(&file, lang).0).unwrap();
        let iran = d.meeting("iran").unwrap();
        // The note begins with the language's "not stated": it alone is the account.
        assert_eq!(iran.date_account(), note, "{lang}");
    }
}
