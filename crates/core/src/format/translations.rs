//! A dataset's text in several languages. In a file, any text field may hold
//! either one text, in the dataset's default language, or a map from language
//! to text: `{"en": "Finance", "ru": "Финансы", "kk": "Қаржы"}`. Reading splits
//! each map into the default text, which the rest of the format sees as before,
//! and its translations, kept by the field's JSON Pointer (`/meetings/3/summary`).
//! [`localized`] puts one language's translations in place.

use crate::domain::Untranslated;
use serde_json::{Map, Value};

use super::validate::{DataError, Record};
use super::{DatasetFile, Translations};

/// The language a dataset is written in when it declares none.
pub const DEFAULT_LANGUAGE: &str = "en";

pub use super::is_language_code;

/// Is `o` a translation map: every key a language code, every value a text?
/// No record of the format has such keys only.
fn is_translation_map(o: &Map<String, Value>) -> bool {
    !o.is_empty() && o.iter().all(|(k, v)| is_language_code(k) && v.is_string())
}

/// The fields of a dataset file that hold text a reader reads, by their last
/// name in a pointer (list items by their list's name).
const TEXT_FIELDS: &[&str] = &[
    "title",
    "occasion",
    "dates_note",
    "name",
    "role",
    "city",
    "publisher",
    "label",
    "definition",
    "date_note",
    "organisation",
    "topics",
    "places",
    "value",
    "about",
    "summary",
];

/// Is the field at `pointer` one that may be translated?
pub fn is_text_field(pointer: &str) -> bool {
    let mut tokens = pointer.rsplit('/');
    let last = tokens.next().unwrap_or_default();
    let name = if last.bytes().all(|b| b.is_ascii_digit()) {
        tokens.next().unwrap_or_default()
    } else {
        last
    };
    TEXT_FIELDS.contains(&name)
}

/// The languages a dataset file declares (`visit.languages`), and its default
/// (`visit.default_language`), as written in `value`.
pub fn declared(value: &Value) -> (Vec<String>, String) {
    let visit = value.get("visit");
    let default = visit
        .and_then(|v| v.get("default_language"))
        .and_then(Value::as_str)
        .unwrap_or(DEFAULT_LANGUAGE)
        .to_string();
    let languages = visit
        .and_then(|v| v.get("languages"))
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .map(String::from)
                .collect()
        })
        .unwrap_or_else(|| vec![default.clone()]);
    (languages, default)
}

/// Replaces every translation map in `value` by its text in `default`, and
/// returns the other languages' texts. A map without the default language, or
/// a map where no text belongs, is an error.
pub fn split(value: &mut Value, default: &str) -> Result<Translations, Vec<DataError>> {
    let mut out = Translations::new();
    let mut errors = Vec::new();
    walk(value, &mut String::new(), default, &mut out, &mut errors);
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

fn walk(
    value: &mut Value,
    at: &mut String,
    default: &str,
    out: &mut Translations,
    errors: &mut Vec<DataError>,
) {
    let len = at.len();
    match value {
        Value::Object(o) if is_translation_map(o) => {
            let (record, field) = record_of(at);
            if !is_text_field(at) {
                errors.push(DataError {
                    record,
                    field,
                    message:
                        "holds a map of languages, but this field is not text that is translated"
                            .into(),
                });
                return;
            }
            let Some(Value::String(text)) = o.remove(default) else {
                let found: Vec<&str> = o.keys().map(String::as_str).collect();
                errors.push(DataError {
                    record,
                    field,
                    message: format!(
                        "has translations ({}) but no text in the default language \"{default}\", which every text needs",
                        found.join(", ")
                    ),
                });
                return;
            };
            let others = o
                .iter()
                .filter_map(|(k, v)| Some((k.clone(), v.as_str()?.to_string())))
                .collect();
            out.insert(at.clone(), others);
            *value = Value::String(text);
        }
        Value::Object(o) => {
            for (k, v) in o.iter_mut() {
                at.push('/');
                at.push_str(k);
                walk(v, at, default, out, errors);
                at.truncate(len);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter_mut().enumerate() {
                at.push('/');
                at.push_str(&i.to_string());
                walk(v, at, default, out, errors);
                at.truncate(len);
            }
        }
        _ => {}
    }
}

/// The record and the field inside it that `pointer` names, as validation
/// names them (`meetings[3]`, `counterpart.name`).
pub fn record_of(pointer: &str) -> (Record, String) {
    let tokens: Vec<&str> = pointer.trim_start_matches('/').split('/').collect();
    let field_of = |rest: &[&str]| {
        let mut f = String::new();
        for t in rest {
            if t.bytes().all(|b| b.is_ascii_digit()) && !t.is_empty() {
                f.push_str(&format!("[{t}]"));
            } else {
                if !f.is_empty() {
                    f.push('.');
                }
                f.push_str(t);
            }
        }
        f
    };
    let index = |t: Option<&&str>| t.and_then(|t| t.parse::<usize>().ok()).unwrap_or(0);
    match tokens.first().copied() {
        Some("visit") => (Record::Visit, field_of(&tokens[1..])),
        Some(list @ ("meetings" | "sources" | "sectors")) if tokens.len() > 1 => {
            let i = index(tokens.get(1));
            let record = match list {
                "meetings" => Record::Meeting(i, String::new()),
                "sources" => Record::Source(i, String::new()),
                _ => Record::Sector(i, String::new()),
            };
            (record, field_of(&tokens[2..]))
        }
        _ => (Record::Dataset, field_of(&tokens)),
    }
}

/// Puts each translation back in `value` as a map beside the default text:
/// the inverse of [`split`].
pub fn embed(value: &mut Value, translations: &Translations, default: &str) {
    for (pointer, texts) in translations {
        let Some(slot) = value.pointer_mut(pointer) else {
            continue;
        };
        let Value::String(text) = slot else { continue };
        let mut map = Map::new();
        map.insert(default.to_string(), Value::String(std::mem::take(text)));
        for (lang, t) in texts {
            map.insert(lang.clone(), Value::String(t.clone()));
        }
        *slot = Value::Object(map);
    }
}

/// Every translated field of `file` that has no text in one of its declared
/// languages, as warnings: the reader falls back to the default language there.
pub fn missing(file: &DatasetFile) -> Vec<DataError> {
    let default = file.visit.default_language();
    let others: Vec<&str> = file
        .visit
        .languages
        .iter()
        .map(String::as_str)
        .filter(|l| *l != default)
        .collect();
    if others.is_empty() {
        return Vec::new();
    }
    let mut value = serde_json::to_value(file).unwrap_or_default();
    let mut texts = Vec::new();
    text_pointers(&mut value, &mut String::new(), &mut texts);
    let mut out = Vec::new();
    for pointer in texts {
        let have = file.translations.get(&pointer);
        let lacking: Vec<&str> = others
            .iter()
            .copied()
            .filter(|l| have.is_none_or(|h| h.get(*l).is_none_or(|t| t.trim().is_empty())))
            .collect();
        if !lacking.is_empty() {
            let (record, field) = record_of(&pointer);
            out.push(DataError {
                record,
                field,
                message: format!(
                    "has no translation into {}; readers of that language see the {default} text",
                    lacking.join(", ")
                ),
            });
        }
    }
    out
}

/// The pointers of every non-empty text in `value` that may be translated.
fn text_pointers(value: &mut Value, at: &mut String, out: &mut Vec<String>) {
    let len = at.len();
    match value {
        Value::String(s) if !s.trim().is_empty() && is_text_field(at) => out.push(at.clone()),
        Value::Object(o) => {
            for (k, v) in o.iter_mut() {
                // The languages themselves are codes, not text.
                if len == "/visit".len() && (k == "languages" || k == "default_language") {
                    continue;
                }
                at.push('/');
                at.push_str(k);
                text_pointers(v, at, out);
                at.truncate(len);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter_mut().enumerate() {
                at.push('/');
                at.push_str(&i.to_string());
                text_pointers(v, at, out);
                at.truncate(len);
            }
        }
        _ => {}
    }
}

/// `file` in `lang`: each text that has a translation into `lang` replaced by
/// it. Also returns the pointers of the texts that stayed in the default
/// language for want of one (none when `lang` is the default).
pub fn localized(file: &DatasetFile, lang: &str) -> (DatasetFile, Vec<String>) {
    let default = file.visit.default_language().to_string();
    if lang == default {
        return (file.clone(), Vec::new());
    }
    let mut value = serde_json::to_value(file).expect("a dataset file serialises");
    let mut texts = Vec::new();
    text_pointers(&mut value, &mut String::new(), &mut texts);
    let mut fell_back = Vec::new();
    for pointer in texts {
        match file.translations.get(&pointer).and_then(|t| t.get(lang)) {
            Some(t) if !t.trim().is_empty() => {
                if let Some(slot) = value.pointer_mut(&pointer) {
                    *slot = Value::String(t.clone());
                }
            }
            _ => fell_back.push(pointer),
        }
    }
    let mut out: DatasetFile =
        serde_json::from_value(value).expect("a dataset file reads back after translation");
    out.translations = file.translations.clone();
    (out, fell_back)
}

/// `file` as the JSON value of a dataset file, each translated text written as
/// a map from language to text.
pub fn to_json(file: &DatasetFile) -> Value {
    let mut value = serde_json::to_value(file).expect("a dataset file serialises");
    embed(
        &mut value,
        &file.translations,
        file.visit.default_language(),
    );
    value
}

/// The spreadsheet's translation columns for `file`: their names
/// (`summary@ru`, in the order of [`TRANSLATED`](super::files::TRANSLATED), then
/// language), and each meeting's cells in them. A cell is empty where the
/// meeting has no translation of that column.
pub fn csv_columns(file: &DatasetFile) -> (Vec<String>, Vec<Vec<String>>) {
    use super::cells::{row, COLUMNS};
    use super::files::TRANSLATED;
    let only_source = match file.sources.as_slice() {
        [one] => Some(one.id.as_str()),
        _ => None,
    };
    let default = file.visit.default_language();
    let translated_in = |i: usize, column: &str, lang: &str| {
        let field = if matches!(column, "name" | "role" | "organisation") {
            format!("/meetings/{i}/counterpart/{column}")
        } else {
            format!("/meetings/{i}/{column}")
        };
        file.translations.iter().any(|(p, t)| {
            (p == &field || p.starts_with(&format!("{field}/"))) && t.contains_key(lang)
        })
    };
    let mut names = Vec::new();
    let mut wanted = Vec::new();
    for column in TRANSLATED {
        for lang in file.visit.languages().into_iter().filter(|l| *l != default) {
            if (0..file.meetings.len()).any(|i| translated_in(i, column, lang)) {
                names.push(format!("{column}@{lang}"));
                wanted.push((column, lang));
            }
        }
    }
    let mut by_lang = std::collections::BTreeMap::new();
    for (_, lang) in &wanted {
        by_lang
            .entry(*lang)
            .or_insert_with(|| localized(file, lang).0);
    }
    let cells = (0..file.meetings.len())
        .map(|i| {
            wanted
                .iter()
                .map(|(column, lang)| {
                    if !translated_in(i, column, lang) {
                        return String::new();
                    }
                    let at = COLUMNS.iter().position(|c| c == column).unwrap_or(0);
                    row(&by_lang[lang].meetings[i], only_source)[at].clone()
                })
                .collect()
        })
        .collect();
    (names, cells)
}

/// The texts of `file` that [`localized`] left in the default language (its
/// `fell_back` pointers), named by record id rather than position, for the
/// pages to mark with the default language's `lang`.
pub fn untranslated(file: &DatasetFile, fell_back: &[String]) -> Vec<Untranslated> {
    fell_back
        .iter()
        .filter_map(|pointer| {
            let mut parts = pointer.trim_start_matches('/').splitn(3, '/');
            let (record, first, rest) = (parts.next()?, parts.next()?, parts.next());
            let at = |i: &str| i.parse::<usize>().ok();
            let (record, id, field) = match (record, rest) {
                ("visit", Some(rest)) if first == "stops" => {
                    let (i, field) = rest.split_once('/')?;
                    ("stops", file.visit.stops.get(at(i)?)?.id.as_str(), field)
                }
                ("visit", _) => ("visit", "", &pointer["/visit/".len()..]),
                ("sources", Some(f)) => ("sources", file.sources.get(at(first)?)?.id.as_str(), f),
                ("sectors", Some(f)) => ("sectors", file.sectors.get(at(first)?)?.slug.as_str(), f),
                ("meetings", Some(f)) => {
                    ("meetings", file.meetings.get(at(first)?)?.id.as_str(), f)
                }
                _ => return None,
            };
            Some(Untranslated {
                record: record.into(),
                id: id.into(),
                field: field.into(),
            })
        })
        .collect()
}
