//! Reads a dataset from disk: a JSON file, or a spreadsheet folder holding
//! `visit.json` and `meetings.csv`. Every problem is reported at once, each
//! naming its file and where in it (record and field, or line and column).

use std::fmt;
use std::path::Path;

use super::cells::{column_of, from_row, COLUMNS, FIGURE, LEGACY_COUNTRY, LIST, OPTIONAL};
use super::validate::{validate, DataError, Record};
use super::{translations, v1, DatasetFile, MeetingFile, Translations, VisitJson, FORMAT};
use crate::domain::Dataset;

/// The spreadsheet folder's two files.
pub const VISIT_JSON: &str = "visit.json";
pub const MEETINGS_CSV: &str = "meetings.csv";

/// Where a problem is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum At {
    /// A whole file (missing, unreadable, not JSON at all).
    File,
    /// A record and field of a JSON file.
    Field { record: Record, field: String },
    /// A line of a CSV file, and the column when one is to blame (1-based number, header name).
    Line {
        line: u64,
        column: Option<(usize, String)>,
    },
}

/// One problem with a dataset on disk.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    pub at: At,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        match &self.at {
            At::File => {}
            At::Field { record, field } if field.is_empty() => write!(f, ", {record}")?,
            At::Field { record, field } => write!(f, ", {record}, field `{field}`")?,
            At::Line { line, column: None } => write!(f, ", line {line}")?,
            At::Line {
                line,
                column: Some((n, name)),
            } => write!(f, ", line {line}, column {n} ({name})")?,
        }
        write!(f, ": {}", self.message)
    }
}

fn whole(file: &str, message: String) -> Problem {
    Problem {
        file: file.into(),
        at: At::File,
        message,
    }
}

fn in_json(file: &str, e: DataError) -> Problem {
    Problem {
        file: file.into(),
        at: At::Field {
            record: e.record,
            field: e.field,
        },
        message: e.message,
    }
}

/// The format a JSON text declares: `1`, `2`, or whatever number it says (a
/// missing or unreadable one counts as this build's, so the message is about
/// the fields, not the version).
fn declared_format(text: &str) -> u64 {
    serde_json::from_str::<serde_json::Value>(text)
        .ok()
        .and_then(|v| v.get("format").and_then(serde_json::Value::as_u64))
        .unwrap_or(FORMAT as u64)
}

/// Parses dataset JSON of format 1 or 2, as format 2; `file` names it in messages.
pub fn parse_json(text: &str, file: &str) -> Result<DatasetFile, Vec<Problem>> {
    let text = text.trim_start_matches('\u{feff}');
    let failed =
        |e: serde_json::Error| vec![whole(file, format!("not a well-formed dataset: {e}"))];
    if declared_format(text) == 1 {
        serde_json::from_str::<v1::DatasetFile>(text)
            .map(v1::upgrade)
            .map_err(failed)
    } else {
        let (mut parsed, found) = read_translated::<DatasetFile>(text, file, "dataset")?;
        parsed.translations = found;
        Ok(parsed)
    }
}

/// Reads format-2 JSON whose texts may be maps of translations (see
/// [`translations`]): the file with each text in its default language, and the
/// translations. A file without any is read straight from its text, so a fault
/// is named by line and column; one with translations is named by its path.
fn read_translated<T: serde::de::DeserializeOwned>(
    text: &str,
    file: &str,
    what: &str,
) -> Result<(T, Translations), Vec<Problem>> {
    let plain = match serde_json::from_str::<T>(text) {
        Ok(t) => return Ok((t, Translations::new())),
        Err(e) => e,
    };
    let failed = || vec![whole(file, format!("not a well-formed {what}: {plain}"))];
    let Ok(mut value) = serde_json::from_str::<serde_json::Value>(text) else {
        return Err(failed());
    };
    let (_, default) = translations::declared(&value);
    let found = translations::split(&mut value, &default).map_err(|errors| {
        errors
            .into_iter()
            .map(|e| in_json(file, e))
            .collect::<Vec<_>>()
    })?;
    if found.is_empty() {
        return Err(failed());
    }
    serde_path_to_error::deserialize(value)
        .map(|t| (t, found))
        .map_err(|e| {
            vec![whole(
                file,
                format!(
                    "not a well-formed {what}: {} (at `{}`)",
                    e.inner(),
                    e.path()
                ),
            )]
        })
}

/// Parses a spreadsheet folder's `visit.json` of format 1 or 2, as format 2,
/// with its texts' translations.
fn parse_visit_json(text: &str, file: &str) -> Result<(VisitJson, Translations), Vec<Problem>> {
    let text = text.trim_start_matches('\u{feff}');
    if declared_format(text) == 1 {
        serde_json::from_str::<v1::VisitJson>(text)
            .map(|v| (v1::upgrade_visit_json(v), Translations::new()))
            .map_err(|e| vec![whole(file, format!("not a well-formed visit file: {e}"))])
    } else {
        read_translated(text, file, "visit file")
    }
}

/// Faults of a format-1 file's upgraded form, named as that file names them
/// (see [`v1::field_in_format_1`]).
fn as_written(format: u64, errors: Vec<DataError>) -> Vec<DataError> {
    if format != 1 {
        return errors;
    }
    errors
        .into_iter()
        .filter_map(|mut e| {
            e.field = v1::field_in_format_1(e.record == Record::Visit, &e.field)?;
            Some(e)
        })
        .collect()
}

/// Parses and validates dataset JSON.
pub fn load_json(text: &str, file: &str) -> Result<(DatasetFile, Dataset), Vec<Problem>> {
    let parsed = parse_json(text, file)?;
    match validate(&parsed) {
        Ok(d) => Ok((parsed, d)),
        Err(errors) => {
            let format = declared_format(text.trim_start_matches('\u{feff}'));
            Err(as_written(format, errors)
                .into_iter()
                .map(|e| in_json(file, e))
                .collect())
        }
    }
}

/// Reads a dataset from `path`: a JSON file, or a folder with `visit.json` and
/// `meetings.csv`. Returns the file form and the validated dataset.
pub fn load_path(path: &Path) -> Result<(DatasetFile, Dataset), Vec<Problem>> {
    let name = path.display().to_string();
    if path.is_dir() {
        return load_folder(path);
    }
    let text = std::fs::read_to_string(path).map_err(|e| vec![whole(&name, read_failure(e))])?;
    load_json(&text, &name)
}

fn read_failure(e: std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".into(),
        std::io::ErrorKind::InvalidData => {
            "not UTF-8 text; save it as UTF-8 (in Excel: \"CSV UTF-8\")".into()
        }
        _ => format!("cannot be read: {e}"),
    }
}

/// Reads a spreadsheet folder: `visit.json` (the visit, its sources and sector
/// taxonomy) and `meetings.csv` (one row per meeting).
pub fn load_folder(dir: &Path) -> Result<(DatasetFile, Dataset), Vec<Problem>> {
    let visit_path = dir.join(VISIT_JSON);
    let csv_path = dir.join(MEETINGS_CSV);
    let visit_name = visit_path.display().to_string();
    let csv_name = csv_path.display().to_string();
    let mut problems = Vec::new();

    let mut format = FORMAT as u64;
    let visit = match std::fs::read_to_string(&visit_path) {
        Ok(text) => {
            format = declared_format(text.trim_start_matches('\u{feff}'));
            parse_visit_json(&text, &visit_name)
                .map_err(|mut p| problems.append(&mut p))
                .ok()
        }
        Err(e) => {
            problems.push(whole(&visit_name, read_failure(e)));
            None
        }
    };
    let source_ids: Vec<String> = visit
        .as_ref()
        .map(|(v, _)| v.sources.iter().map(|s| s.id.clone()).collect())
        .unwrap_or_default();
    let csv_problems = problems.len();
    let rows = match std::fs::read(&csv_path) {
        Ok(bytes) => read_meetings_csv(&bytes, &csv_name, &source_ids, &mut problems),
        Err(e) => {
            problems.push(whole(&csv_name, read_failure(e)));
            Vec::new()
        }
    };
    let csv_unread = rows.is_empty() && problems.len() > csv_problems;
    let Some((visit, mut found)) = visit else {
        return Err(problems);
    };
    for (i, row) in rows.iter().enumerate() {
        for (pointer, lang, text) in &row.translations {
            found
                .entry(format!("/meetings/{i}{pointer}"))
                .or_default()
                .insert(lang.clone(), text.clone());
        }
    }
    let mut file = DatasetFile::from_parts(visit, rows.iter().map(|r| r.meeting.clone()).collect());
    file.translations = found;
    match validate(&file) {
        Ok(d) if problems.is_empty() => Ok((file, d)),
        Ok(_) => Err(problems),
        Err(errors) => {
            // "No meetings" says nothing new when the CSV could not be read at all.
            let errors = as_written(format, errors)
                .into_iter()
                .filter(|e| !(csv_unread && e.record == Record::Dataset && e.field == "meetings"));
            for e in errors {
                problems.push(match &e.record {
                    Record::Meeting(i, _) => {
                        let row = &rows[*i];
                        let mut name = column_of(&e.field);
                        // A format-1 sheet's `country` column holds the countries.
                        if name == "countries" && !row.columns.iter().any(|c| c == name) {
                            name = LEGACY_COUNTRY;
                        }
                        Problem {
                            file: csv_name.clone(),
                            at: At::Line {
                                line: row.line,
                                column: row
                                    .columns
                                    .iter()
                                    .position(|c| c == name)
                                    .map(|n| (n + 1, name.to_string())),
                            },
                            message: e.message,
                        }
                    }
                    _ => in_json(&visit_name, e),
                });
            }
            // Problems in file order: visit.json's, then the CSV's line by line.
            problems.sort_by_key(|p| match p.at {
                At::Line { line, .. } => (1, line),
                _ => (0, 0),
            });
            Err(problems)
        }
    }
}

/// A meeting read from one CSV row, with where it came from.
struct Row {
    meeting: MeetingFile,
    line: u64,
    columns: std::rc::Rc<Vec<String>>,
    /// Translations from the row's `column@lang` cells.
    translations: Vec<CellTranslation>,
}

/// The delimiter a spreadsheet used: a comma (RFC 4180), or the semicolon or tab
/// that some locales' Excel and LibreOffice write, judged from the header line.
fn delimiter(header: &str) -> u8 {
    let count = |c| header.matches(c).count();
    match (count(','), count(';'), count('\t')) {
        (0, s, t) if s > 0 && s >= t => b';',
        (0, _, t) if t > 0 => b'\t',
        _ => b',',
    }
}

/// The 1-based line a record starting at byte `start` begins on. The csv crate's
/// own line count runs one behind after CRLF line ends (it starts the next record
/// at the `\n` of a `\r\n`), so the line is counted here from the byte offset.
fn line_at(bytes: &[u8], start: u64) -> u64 {
    let mut start = (start as usize).min(bytes.len());
    while start < bytes.len() && matches!(bytes[start], b'\r' | b'\n') {
        start += 1;
    }
    1 + bytes[..start].iter().filter(|&&b| b == b'\n').count() as u64
}

fn read_meetings_csv(
    bytes: &[u8],
    file: &str,
    sources: &[String],
    problems: &mut Vec<Problem>,
) -> Vec<Row> {
    let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
    let at = |line: u64, column: Option<(usize, String)>| At::Line { line, column };
    let header_line = bytes.split(|&b| b == b'\n').next().unwrap_or_default();
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter(&String::from_utf8_lossy(header_line)))
        .flexible(true)
        .has_headers(false)
        .from_reader(bytes);
    let mut records = reader.byte_records();

    let header: Vec<String> = match records.next() {
        Some(Ok(h)) => h
            .iter()
            .map(|f| String::from_utf8_lossy(f).trim().to_lowercase())
            .collect(),
        Some(Err(e)) => {
            problems.push(whole(file, format!("cannot read the header row: {e}")));
            return Vec::new();
        }
        None => {
            problems.push(whole(
                file,
                format!(
                    "is empty; it needs a header row with the columns {}",
                    COLUMNS.join(", ")
                ),
            ));
            return Vec::new();
        }
    };
    // A quote left open in the header runs it into the rows below.
    if let Some(i) = header
        .iter()
        .position(|h| h.contains('\n') || h.contains('\r'))
    {
        problems.push(Problem {
            file: file.into(),
            at: at(1, None),
            message: format!("the header row cannot be read: a double quote in its column {} is never closed, so it runs into the rows below; header cells hold only column names, without quotes", i + 1),
        });
        return Vec::new();
    }
    let before = problems.len();
    let known = |name: &str| {
        COLUMNS.contains(&name)
            || name == LEGACY_COUNTRY
            || name.split_once('@').is_some_and(|(column, lang)| {
                TRANSLATED.contains(&column) && translations::is_language_code(lang)
            })
    };
    for (i, name) in header.iter().enumerate() {
        let place = Some((i + 1, name.clone()));
        if !known(name) {
            problems.push(Problem {
                file: file.into(),
                at: at(1, place),
                message: format!(
                    "unknown column \"{name}\"; the columns are: {}; and, for a translation, \
                     one of {} followed by @ and a language code (e.g. summary@ru)",
                    COLUMNS.join(", "),
                    TRANSLATED.join(", ")
                ),
            });
        } else if header[..i].contains(name) {
            problems.push(Problem {
                file: file.into(),
                at: at(1, place),
                message: format!("column \"{name}\" appears twice"),
            });
        }
    }
    let has = |c: &str| header.iter().any(|h| h == c);
    if has("countries") && has(LEGACY_COUNTRY) {
        problems.push(Problem {
            file: file.into(),
            at: at(1, None),
            message: "the header has both countries and country; keep countries (country is its format-1 name)".into(),
        });
    }
    let missing: Vec<&str> = COLUMNS
        .iter()
        .copied()
        .filter(|c| !OPTIONAL.contains(c))
        .filter(|&c| !(has(c) || c == "countries" && has(LEGACY_COUNTRY)))
        .collect();
    if !missing.is_empty() {
        problems.push(Problem {
            file: file.into(),
            at: at(1, None),
            message: format!(
                "the header lacks the column{} {}",
                if missing.len() == 1 { "" } else { "s" },
                missing.join(", ")
            ),
        });
    }
    if problems.len() != before {
        return Vec::new();
    }

    let columns = std::rc::Rc::new(header);
    let mut rows = Vec::new();
    for record in records {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map_or(0, |p| line_at(bytes, p.byte()));
                problems.push(Problem {
                    file: file.into(),
                    at: at(line, None),
                    message: format!("cannot be read: {e}"),
                });
                continue;
            }
        };
        let line = record.position().map_or(0, |p| line_at(bytes, p.byte()));
        if record.iter().all(|f| f.iter().all(u8::is_ascii_whitespace)) {
            continue; // blank rows, as spreadsheets often leave at the end
        }
        if record.len() != columns.len() {
            problems.push(Problem {
                file: file.into(),
                at: at(line, None),
                message: format!(
                    "has {} cells but the header has {} columns; a cell with a comma, quote or line break must be in double quotes",
                    record.len(),
                    columns.len()
                ),
            });
            continue;
        }
        let mut cells = Vec::with_capacity(record.len());
        let mut bad_text = false;
        for (i, field) in record.iter().enumerate() {
            match std::str::from_utf8(field) {
                Ok(text) => cells.push(text.replace("\r\n", "\n")),
                Err(_) => {
                    bad_text = true;
                    problems.push(Problem {
                        file: file.into(),
                        at: at(line, Some((i + 1, columns[i].clone()))),
                        message:
                            "is not UTF-8 text; save the file as UTF-8 (in Excel: \"CSV UTF-8\")"
                                .into(),
                    });
                }
            }
        }
        if bad_text {
            continue;
        }
        let cell = |name: &str| {
            columns
                .iter()
                .position(|c| c == name)
                .map_or("", |i| cells[i].as_str())
        };
        match from_row(cell, sources) {
            Ok(meeting) => {
                let translations = row_translations(&meeting, &columns, &cells, sources)
                    .map_err(|e| {
                        let n = columns.iter().position(|c| *c == e.0).map_or(0, |i| i + 1);
                        problems.push(Problem {
                            file: file.into(),
                            at: at(line, Some((n, e.0))),
                            message: e.1,
                        })
                    })
                    .unwrap_or_default();
                rows.push(Row {
                    meeting,
                    line,
                    columns: columns.clone(),
                    translations,
                })
            }
            Err(errors) => {
                for e in errors {
                    let n = columns
                        .iter()
                        .position(|c| c == e.column)
                        .map_or(0, |i| i + 1);
                    problems.push(Problem {
                        file: file.into(),
                        at: at(line, Some((n, e.column.to_string()))),
                        message: e.message,
                    });
                }
            }
        }
    }
    rows
}

/// The columns a sheet may translate with `column@lang` columns.
pub const TRANSLATED: [&str; 8] = [
    "date_note",
    "name",
    "role",
    "organisation",
    "topics",
    "places",
    "figures",
    "summary",
];

/// A translation from a `column@lang` cell: pointer inside the meeting,
/// language, text.
type CellTranslation = (String, String, String);

/// The translations a row's `column@lang` cells hold, as (pointer inside the
/// meeting, language, text); or the column at fault and why. Each language's
/// cells are read as a row of their own, the default cells standing in for
/// empty ones, so a list or figure cell is read exactly as its column is.
fn row_translations(
    meeting: &MeetingFile,
    columns: &[String],
    cells: &[String],
    sources: &[String],
) -> Result<Vec<CellTranslation>, (String, String)> {
    let mut langs: Vec<&str> = columns
        .iter()
        .filter_map(|c| c.split_once('@').map(|(_, l)| l))
        .collect();
    langs.sort_unstable();
    langs.dedup();
    let mut out = Vec::new();
    let default = serde_json::to_value(meeting).unwrap_or_default();
    for lang in langs {
        let cell = |name: &str| {
            let find = |n: &str| {
                columns
                    .iter()
                    .position(|c| c == n)
                    .map(|i| cells[i].as_str())
            };
            match find(&format!("{name}@{lang}")) {
                Some(t) if !t.trim().is_empty() => t,
                _ => find(name).unwrap_or(""),
            }
        };
        let Ok(translated) = from_row(cell, sources) else {
            return Err((format!("figures@{lang}"), format!(
                "cannot be read; write each figure as the figures column does, \"value{FIGURE}what it is about\""
            )));
        };
        let translated = serde_json::to_value(&translated).unwrap_or_default();
        let given = |column: &str| {
            let name = format!("{column}@{lang}");
            columns
                .iter()
                .position(|c| *c == name)
                .is_some_and(|i| !cells[i].trim().is_empty())
        };
        for column in TRANSLATED.into_iter().filter(|c| given(c)) {
            let field = if matches!(column, "name" | "role" | "organisation") {
                format!("/counterpart/{column}")
            } else {
                format!("/{column}")
            };
            let (Some(a), Some(b)) = (default.pointer(&field), translated.pointer(&field)) else {
                continue;
            };
            let count = |v: &serde_json::Value| v.as_array().map(Vec::len);
            if count(a) != count(b) {
                return Err((format!("{column}@{lang}"), format!(
                    "has {} items but {column} has {}; translate each item, in the same order, separated by \" {LIST} \"",
                    count(b).unwrap_or(0),
                    count(a).unwrap_or(0)
                )));
            }
            let mut leaves = Vec::new();
            text_leaves(b, &mut field.clone(), &mut leaves);
            out.extend(leaves.into_iter().map(|(p, t)| (p, lang.to_string(), t)));
        }
    }
    Ok(out)
}

/// The strings in `v`, by pointer below `at`.
fn text_leaves(v: &serde_json::Value, at: &mut String, out: &mut Vec<(String, String)>) {
    let len = at.len();
    match v {
        serde_json::Value::String(s) => out.push((at.clone(), s.clone())),
        serde_json::Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                at.push_str(&format!("/{i}"));
                text_leaves(item, at, out);
                at.truncate(len);
            }
        }
        serde_json::Value::Object(o) => {
            for (k, item) in o {
                at.push_str(&format!("/{k}"));
                text_leaves(item, at, out);
                at.truncate(len);
            }
        }
        _ => {}
    }
}
