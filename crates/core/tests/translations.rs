//! Texts in several languages: maps from language to text in the JSON form,
//! `column@lang` columns in the spreadsheet form, the declared languages, the
//! fallback to the default language, and warnings for missing translations.

use serde_json::{json, Value};
use visit_core::format::files::{load_folder, load_json, parse_json};
use visit_core::format::translations::{localized, missing, to_json, untranslated};
use visit_core::format::validate::validate;

mod common;
use common::BUNDLED;

/// The bundled visit in English with its first meeting's summary and topics,
/// and the first sector's label, given in Russian too.
fn translated() -> Value {
    // The bundled visit carries translations of its own: start from English alone.
    let (file, _) = load_json(BUNDLED, "bundled").unwrap();
    let mut v = serde_json::to_value(&file).unwrap();
    v["visit"]["languages"] = json!(["en", "ru"]);
    v["visit"]["default_language"] = json!("en");
    let summary = v["meetings"][0]["summary"].clone();
    v["meetings"][0]["summary"] = json!({"en": summary, "ru": "Краткое изложение встречи."});
    let topics = v["meetings"][0]["topics"].as_array().unwrap().clone();
    v["meetings"][0]["topics"] = topics
        .iter()
        .enumerate()
        .map(|(i, t)| json!({"en": t, "ru": format!("Тема {i}")}))
        .collect();
    let label = v["sectors"][0]["label"].clone();
    v["sectors"][0]["label"] = json!({"en": label, "ru": "Транспорт и логистика"});
    v
}

fn problems(v: &Value) -> Vec<String> {
    match load_json(&v.to_string(), "d.json") {
        Ok(_) => Vec::new(),
        Err(p) => p.iter().map(ToString::to_string).collect(),
    }
}

#[test]
fn a_map_of_languages_reads_as_the_default_text_and_its_translations() {
    let v = translated();
    let (file, dataset) = load_json(&v.to_string(), "d.json").unwrap();
    let english = load_json(BUNDLED, "bundled").unwrap().1;
    // The default language's dataset is the English one, untouched.
    assert_eq!(dataset.meetings, english.meetings);
    assert_eq!(
        file.translations["/meetings/0/summary"]["ru"],
        "Краткое изложение встречи."
    );
    assert_eq!(file.translations["/meetings/0/topics/2"]["ru"], "Тема 2");
    assert_eq!(file.visit.languages(), ["en", "ru"]);

    let (ru, fell_back) = localized(&file, "ru");
    let ru = validate(&ru).unwrap();
    let m = ru
        .meetings
        .iter()
        .find(|m| *m.id == *file.meetings[0].id)
        .unwrap();
    assert_eq!(&*m.summary, "Краткое изложение встречи.");
    assert_eq!(&*m.topics[0], "Тема 0");
    assert_eq!(&*ru.sectors[0].label, "Транспорт и логистика");
    // Every other text stays English, and is named as such.
    assert_eq!(&*ru.visit.title, &*english.visit.title);
    assert!(fell_back.contains(&"/visit/title".to_string()));
    assert!(!fell_back.contains(&"/meetings/0/summary".to_string()));
}

#[test]
fn writing_a_translated_file_gives_back_its_text() {
    let v = translated();
    let (file, _) = load_json(&v.to_string(), "d.json").unwrap();
    assert_eq!(to_json(&file), v);
}

#[test]
fn a_missing_translation_is_a_warning_not_an_error() {
    let v = translated();
    let (file, _) = load_json(&v.to_string(), "d.json").expect("reads despite gaps");
    let warnings: Vec<String> = missing(&file).iter().map(ToString::to_string).collect();
    assert!(
        warnings.contains(
            &"visit, field `title`: has no translation into ru; readers of that language see the en text"
                .to_string()
        ),
        "{warnings:#?}"
    );
    assert!(!warnings
        .iter()
        .any(|w| w.contains("field `summary`") && w.starts_with("meetings[0]")));
    // One language only: nothing to warn about.
    let (plain, _) = load_json(BUNDLED, "bundled").unwrap();
    let mut plain = plain;
    plain.visit.languages.clear();
    plain.translations.clear();
    assert!(missing(&plain).is_empty());
}

#[test]
fn a_map_without_the_default_language_names_the_field() {
    let mut v = translated();
    v["meetings"][1]["summary"] = json!({"ru": "Только по-русски."});
    let p = problems(&v);
    assert_eq!(p.len(), 1, "{p:#?}");
    assert!(
        p[0].contains("meetings[1], field `summary`")
            && p[0].contains("no text in the default language \"en\""),
        "{}",
        p[0]
    );
}

#[test]
fn an_undeclared_language_and_a_bad_code_are_errors() {
    let mut v = translated();
    v["meetings"][1]["summary"] = json!({"en": "Met.", "de": "Getroffen."});
    let p = problems(&v);
    assert!(
        p.iter().any(|p| p.contains("visit, field `languages`")
            && p.contains("texts in \"de\" but does not declare it; the languages are: en, ru")),
        "{p:#?}"
    );
    let mut v = translated();
    v["visit"]["languages"] = json!(["en", "Russian"]);
    let p = problems(&v);
    assert!(
        p.iter()
            .any(|p| p.contains("field `languages[1]`: \"Russian\" is not a language code")),
        "{p:#?}"
    );
}

#[test]
fn a_map_where_no_text_belongs_is_an_error() {
    let mut v = translated();
    v["meetings"][1]["kind"] = json!({"en": "business", "ru": "бизнес"});
    let p = problems(&v);
    assert!(
        p.iter().any(|p| p.contains("meetings[1], field `kind`")
            && p.contains("not text that is translated")),
        "{p:#?}"
    );
}

#[test]
fn a_fault_elsewhere_in_a_translated_file_names_its_path() {
    let mut v = translated();
    v["meetings"][2]["cites"] = json!("paragraph 2");
    let Err(p) = parse_json(&v.to_string(), "d.json") else {
        panic!("read a wrong citation")
    };
    assert!(p[0].to_string().contains("meetings[2].cites"), "{}", p[0]);
}

/// A spreadsheet folder holding `visit` and `csv`.
fn folder(name: &str, visit: &str, csv: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("visit-core-tr-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("visit.json"), visit).unwrap();
    std::fs::write(dir.join("meetings.csv"), csv).unwrap();
    dir
}

#[test]
fn spreadsheet_columns_carry_the_same_translations_as_json() {
    let v = translated();
    let (file, _) = load_json(&v.to_string(), "d.json").unwrap();
    let (names, cells) = visit_core::format::translations::csv_columns(&file);
    assert_eq!(names, ["topics@ru", "summary@ru"]);
    assert_eq!(cells[0][1], "Краткое изложение встречи.");
    assert_eq!(cells[1], ["", ""]);
    let csv = visit_core::format::csv_write::meetings_csv_with(
        &file.meetings,
        Some("kazinform-2023-09-19"),
        true,
        &names,
        &cells,
    );
    let mut visit = to_json(&file);
    visit.as_object_mut().unwrap().remove("meetings");
    let dir = folder("same", &visit.to_string(), &csv);
    let (again, _) = load_folder(&dir).unwrap();
    assert_eq!(again.translations, file.translations);
    assert_eq!(again, file);
}

#[test]
fn a_translated_list_with_another_number_of_items_names_its_cell() {
    let (file, _) = load_json(BUNDLED, "bundled").unwrap();
    let plain = serde_json::to_value(&file).unwrap();
    let mut visit = plain.clone();
    visit.as_object_mut().unwrap().remove("meetings");
    visit["visit"]["languages"] = json!(["en", "kk"]);
    let mut csv = visit_core::format::csv_write::meetings_csv(
        &file.meetings,
        Some("kazinform-2023-09-19"),
        false,
    );
    // One topic given in Kazakh where the meeting has five, on line 2.
    let mut lines: Vec<String> = csv.lines().map(String::from).collect();
    lines[0].push_str(",topics@kk,figures@kk");
    lines[1].push_str(",Теміржол,");
    for line in &mut lines[2..] {
        line.push_str(",,");
    }
    csv = lines.join("\r\n");
    let dir = folder("count", &visit.to_string(), &csv);
    let p: Vec<String> = load_folder(&dir)
        .unwrap_err()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(p.len(), 1, "{p:#?}");
    assert!(
        p[0].ends_with(&format!(
            "line 2, column 20 (topics@kk): has 1 items but topics has {}; translate each item, in the same order, separated by \" | \"",
            file.meetings[0].topics.len()
        )),
        "{}",
        p[0]
    );
}

#[test]
fn an_unknown_translation_column_says_what_is_allowed() {
    let (file, _) = load_json(BUNDLED, "bundled").unwrap();
    let mut visit = serde_json::to_value(&file).unwrap();
    visit.as_object_mut().unwrap().remove("meetings");
    let csv = visit_core::format::csv_write::meetings_csv(&file.meetings, None, false)
        .replacen("announced", "announced,kind@ru", 1)
        .replace("\r\n", ",\r\n")
        .replacen("kind@ru,", "kind@ru", 1);
    let dir = folder("unknown", &visit.to_string(), &csv);
    let p: Vec<String> = load_folder(&dir)
        .unwrap_err()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert!(
        p.iter().any(|p| p.contains("unknown column \"kind@ru\"")
            && p.contains("followed by @ and a language code (e.g. summary@ru)")),
        "{p:#?}"
    );
}

#[test]
fn texts_left_untranslated_are_named_by_record_id_and_field() {
    let v = translated();
    let (file, _) = load_json(&v.to_string(), "d.json").unwrap();
    let (ru, fell_back) = localized(&file, "ru");
    let gaps = untranslated(&file, &fell_back);
    let first = &file.meetings[0];
    let has = |record: &str, id: &str, field: &str| {
        gaps.iter()
            .any(|u| &*u.record == record && &*u.id == id && &*u.field == field)
    };
    // Translated: the first meeting's summary and topics, the first sector's label.
    assert_eq!(ru.meetings[0].summary, "Краткое изложение встречи.");
    assert!(!has("meetings", &first.id, "summary"));
    assert!(!has("meetings", &first.id, "topics/0"));
    assert!(!has("sectors", &file.sectors[0].slug, "label"));
    // Not translated: everything else, named by id, not by position.
    assert!(has("visit", "", "title"));
    assert!(has("meetings", &first.id, "counterpart/role"));
    assert!(has("meetings", &file.meetings[1].id, "summary"));
    assert!(has("sectors", &file.sectors[1].slug, "definition"));
    assert!(has("stops", &file.visit.stops[0].id, "city"));
    assert_eq!(gaps.len(), fell_back.len(), "every gap is named");
    // In the default language nothing is left out.
    let (_, none) = localized(&file, "en");
    assert!(none.is_empty());
}
