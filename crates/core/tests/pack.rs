//! The pack the app reads at start-up gives back exactly the validated dataset,
//! and a damaged one says so rather than panicking.

use visit_core::i18n::cldr::for_dataset;
use visit_core::pack::{read, write, SEP};

mod common;
use common::{bundled, fixture, trip};

#[test]
fn every_dataset_comes_back_from_its_pack_unchanged() {
    let synthetic = std::rc::Rc::new(visit_core::synthetic::generate(
        1_000,
        visit_core::synthetic::SEED,
    ));
    for (name, d) in [
        ("bundled", bundled()),
        ("fixture", fixture()),
        ("trip", trip()),
        ("synthetic", synthetic),
    ] {
        // A page in another language names the texts it lacks a translation of.
        let mut d = (*d).clone();
        d.untranslated.push(visit_core::domain::Untranslated {
            record: "meetings".into(),
            id: d.meetings[0].id.clone(),
            field: "topics/1".into(),
        });
        let (map, _) = visit_core::map::image(&d);
        // The Russian locale: its texts, plural table, symbols and dates come back too.
        let locale = for_dataset("ru", &d).unwrap();
        let text = write(&d, &map, "exports-0123456789abcdef.txt", &locale);
        let pack = read(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(pack.dataset, d, "{name}");
        // The pack leaves out the countries (its country list names them) and
        // the texts only the build uses.
        let mut expected = visit_core::i18n::Locale {
            countries: Vec::new(),
            ..locale.clone()
        };
        for i in visit_core::i18n::BUILD_ONLY {
            expected.texts[i].clear();
        }
        assert_eq!(pack.locale, expected, "{name}");
        assert_eq!(&*pack.map, map.as_str(), "{name}");
        assert_eq!(&*pack.exports, "exports-0123456789abcdef.txt", "{name}");
        // And the pack of what was read is the same text.
        assert_eq!(
            write(&pack.dataset, &pack.map, &pack.exports, &locale),
            text,
            "{name}"
        );
    }
}

#[test]
fn a_damaged_pack_is_refused_with_a_reason() {
    let d = trip();
    let text = write(
        &d,
        "map-0000000000000000.svg",
        "",
        &for_dataset("en", &d).unwrap(),
    );
    let fields: Vec<&str> = text.split(SEP).collect();
    // Cut short at every field, and with one field bent at every place.
    for n in 0..fields.len() {
        let short = fields[..n].join(&SEP.to_string());
        assert!(read(&short).is_err(), "cut at field {n}");
        let mut bent = fields.clone();
        bent[n] = "999999";
        let _ = read(&bent.join(&SEP.to_string()));
    }
    assert!(read("").unwrap_err().contains("damaged"));
    assert!(read(&format!("{text}{SEP}extra"))
        .unwrap_err()
        .contains("goes on after its last meeting"));
    let other = text.replacen("visit-explorer-pack-4", "visit-explorer-pack-3", 1);
    assert!(read(&other).unwrap_err().contains("field 1 does not read"));
}
