//! Reads a dataset from disk: a JSON file, or a spreadsheet folder holding
//! `visit.json` and `meetings.csv`. Every problem is reported at once, each
//! naming its file and where in it (record and field, or line and column).

use std::fmt;
use std::path::Path;

use super::cells::{column_of, from_row, COLUMNS};
use super::validate::{validate, DataError, Record};
use super::{DatasetFile, MeetingFile, VisitJson};
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

/// Parses dataset JSON; `file` names it in messages.
pub fn parse_json(text: &str, file: &str) -> Result<DatasetFile, Vec<Problem>> {
    serde_json::from_str(text.trim_start_matches('\u{feff}'))
        .map_err(|e| vec![whole(file, format!("not a well-formed dataset: {e}"))])
}

/// Parses and validates dataset JSON.
pub fn load_json(text: &str, file: &str) -> Result<(DatasetFile, Dataset), Vec<Problem>> {
    let parsed = parse_json(text, file)?;
    match validate(&parsed) {
        Ok(d) => Ok((parsed, d)),
        Err(errors) => Err(errors.into_iter().map(|e| in_json(file, e)).collect()),
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

    let visit = match std::fs::read_to_string(&visit_path) {
        Ok(text) => serde_json::from_str::<VisitJson>(text.trim_start_matches('\u{feff}'))
            .map_err(|e| {
                problems.push(whole(
                    &visit_name,
                    format!("not a well-formed visit file: {e}"),
                ))
            })
            .ok(),
        Err(e) => {
            problems.push(whole(&visit_name, read_failure(e)));
            None
        }
    };
    let source_ids: Vec<String> = visit
        .as_ref()
        .map(|v| v.sources.iter().map(|s| s.id.clone()).collect())
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
    let Some(visit) = visit else {
        return Err(problems);
    };
    let file = DatasetFile::from_parts(visit, rows.iter().map(|r| r.meeting.clone()).collect());
    match validate(&file) {
        Ok(d) if problems.is_empty() => Ok((file, d)),
        Ok(_) => Err(problems),
        Err(errors) => {
            // "No meetings" says nothing new when the CSV could not be read at all.
            let errors = errors
                .into_iter()
                .filter(|e| !(csv_unread && e.record == Record::Dataset && e.field == "meetings"));
            for e in errors {
                problems.push(match &e.record {
                    Record::Meeting(i, _) => {
                        let row = &rows[*i];
                        let name = column_of(&e.field);
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
    let before = problems.len();
    for (i, name) in header.iter().enumerate() {
        let place = Some((i + 1, name.clone()));
        if !COLUMNS.contains(&name.as_str()) {
            problems.push(Problem {
                file: file.into(),
                at: at(1, place),
                message: format!(
                    "unknown column \"{name}\"; the columns are: {}",
                    COLUMNS.join(", ")
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
    let missing: Vec<&str> = COLUMNS
        .iter()
        .copied()
        .filter(|c| !header.iter().any(|h| h == c))
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
            Ok(meeting) => rows.push(Row {
                meeting,
                line,
                columns: columns.clone(),
            }),
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
