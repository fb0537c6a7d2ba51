//! The spreadsheet form: a folder with visit.json and meetings.csv. Round trips,
//! what Excel and LibreOffice write, and one test for each conversion error.

use std::path::{Path, PathBuf};

use visit_core::format::csv_write::meetings_csv;
use visit_core::format::files::{load_folder, load_json, Problem};
use visit_core::format::DatasetFile;

use visit_core::format::csv_write::meetings_csv_with;
use visit_core::format::translations::{csv_columns, to_json};

mod common;
use common::{fixture_dir as fixture, BUNDLED};

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap()
}

/// A fresh folder holding `visit` and `meetings` as files (`None` leaves one out).
fn folder(name: &str, visit: Option<&str>, meetings: Option<&[u8]>) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("visit-core-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    if let Some(v) = visit {
        std::fs::write(dir.join("visit.json"), v).unwrap();
    }
    if let Some(m) = meetings {
        std::fs::write(dir.join("meetings.csv"), m).unwrap();
    }
    dir
}

/// The fixture's visit.json and meetings.csv, with `edit` applied to the CSV text.
fn fixture_with(name: &str, edit: impl Fn(String) -> String) -> PathBuf {
    let csv = edit(read(&fixture().join("meetings.csv")));
    folder(
        name,
        Some(&read(&fixture().join("visit.json"))),
        Some(csv.as_bytes()),
    )
}

fn problems(dir: &Path) -> Vec<String> {
    match load_folder(dir) {
        Ok(_) => panic!("expected {} to be rejected", dir.display()),
        Err(p) => p.iter().map(Problem::to_string).collect(),
    }
}

/// Exactly one problem, containing every fragment.
fn single(dir: &Path, fragments: &[&str]) {
    let p = problems(dir);
    assert_eq!(p.len(), 1, "expected one problem, got {p:#?}");
    for f in fragments {
        assert!(p[0].contains(f), "{:?} lacks {f:?}", p[0]);
    }
}

/// A dataset file's `meetings.csv` (its translations in `column@lang` columns)
/// and `visit.json` (translations in the fields), as text.
fn spreadsheet_form(file: &DatasetFile) -> (String, String) {
    let (extra, cells) = csv_columns(file);
    let csv = meetings_csv_with(&file.meetings, only_source(file), true, &extra, &cells);
    let mut visit = to_json(file);
    visit.as_object_mut().unwrap().remove("meetings");
    (csv, visit.to_string())
}

fn only_source(file: &DatasetFile) -> Option<&str> {
    match file.sources.as_slice() {
        [one] => Some(one.id.as_str()),
        _ => None,
    }
}

#[test]
fn the_fixture_reads_with_quotes_commas_line_breaks_bom_and_crlf() {
    let bytes = std::fs::read(fixture().join("meetings.csv")).unwrap();
    assert!(
        bytes.starts_with("\u{feff}".as_bytes()),
        "written as Excel does, with a BOM"
    );
    assert!(bytes.windows(2).any(|w| w == b"\r\n"), "CRLF line ends");
    let (file, d) = load_folder(&fixture()).unwrap();
    assert_eq!(d.meetings.len(), 11);
    let m = |id: &str| file.meetings.iter().find(|m| m.id == id).unwrap();
    assert_eq!(m("wroblewska-zak").topics[0], "Student exchange, two ways");
    assert!(
        m("wroblewska-zak").summary.contains(".\nBoth sides"),
        "a line break inside a cell"
    );
    assert_eq!(
        m("dlamini").topics[0],
        "Tidal power, \"with care\" for fish"
    );
    assert_eq!(m("lindstrom-oberg").figures[0].value, "400 MW");
    assert_eq!(m("bronte-cosic").cites.len(), 2, "two sources cited");
    assert_eq!(m("hohenzollern").counterpart.name.chars().count(), 80);
    assert_eq!(d.sectors.len(), 5);
    assert_eq!(&*d.visit.traveller.name, "Ísafold Þórðardóttir-Ñúñez");
}

#[test]
fn json_to_spreadsheet_to_json_is_exact() {
    for (name, file) in [
        ("bundled", load_json(BUNDLED, "bundled").unwrap().0),
        ("fixture", load_folder(&fixture()).unwrap().0),
    ] {
        let (csv, visit) = spreadsheet_form(&file);
        let dir = folder(&format!("round-{name}"), Some(&visit), Some(csv.as_bytes()));
        let (again, _) = load_folder(&dir).unwrap();
        assert_eq!(again, file, "{name}");
    }
    // And the bundled JSON text itself is what comes back, translations and all.
    let (file, _) = load_json(BUNDLED, "bundled").unwrap();
    let original: serde_json::Value = serde_json::from_str(BUNDLED).unwrap();
    assert_eq!(to_json(&file), original);
}

#[test]
fn spreadsheet_to_json_to_spreadsheet_is_byte_exact() {
    // The trip's sheet was written by another CSV writer (Python's); ours writes the
    // same bytes, its translation column (summary@ru) and all.
    let trip = common::trip_dir();
    let text = read(&trip.join("meetings.csv"));
    let (file, _) = load_folder(&trip).unwrap();
    assert_eq!(spreadsheet_form(&file).0, text);
}

#[test]
fn the_shipped_template_is_the_bundled_visit_written_out() {
    let template = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets/template");
    let (file, _) = load_json(BUNDLED, "bundled").unwrap();
    let (csv, _) = spreadsheet_form(&file);
    assert_eq!(
        read(&template.join("meetings.csv")),
        csv,
        "regenerate with `make template`"
    );
    let (from_template, _) = load_folder(&template).unwrap();
    assert_eq!(from_template, file);
    // The bundled visit has one source, so citations are bare paragraph numbers.
    assert!(
        csv.lines().nth(1).unwrap().contains(",\"2, 3\",,"),
        "{}",
        csv.lines().nth(1).unwrap()
    );
}

#[test]
fn what_other_spreadsheet_programs_write_reads_the_same() {
    let (expected, _) = load_folder(&fixture()).unwrap();
    // No BOM and LF line ends (LibreOffice, most scripts).
    let lf = fixture_with("lf", |t| {
        t.trim_start_matches('\u{feff}').replace("\r\n", "\n")
    });
    assert_eq!(load_folder(&lf).unwrap().0, expected);
    // Semicolons between cells, as Excel writes in many European locales.
    let mut semi = "\u{feff}".as_bytes().to_vec();
    semi.extend(fixture_rows_between(b';', csv::Terminator::CRLF));
    let dir = folder(
        "semicolon",
        Some(&read(&fixture().join("visit.json"))),
        Some(&semi),
    );
    assert_eq!(load_folder(&dir).unwrap().0, expected);
    // Blank rows at the end, and columns in another order.
    let shuffled = fixture_with("shuffled", |t| {
        let mut out = String::new();
        let mut r = csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(t.trim_start_matches('\u{feff}').as_bytes());
        for rec in r.records() {
            let rec = rec.unwrap();
            let mut w = csv::Writer::from_writer(Vec::new());
            let mut fields: Vec<&str> = rec.iter().collect();
            fields.reverse();
            w.write_record(&fields).unwrap();
            out.push_str(&String::from_utf8(w.into_inner().unwrap()).unwrap());
        }
        out + "\n,,,,,,,,,,,,,,,\n\n"
    });
    assert_eq!(load_folder(&shuffled).unwrap().0, expected);
}

#[test]
fn error_missing_files() {
    let dir = folder("missing", None, None);
    let p = problems(&dir);
    assert_eq!(p.len(), 2, "{p:#?}");
    assert!(p[0].ends_with("visit.json: no such file"), "{}", p[0]);
    assert!(p[1].ends_with("meetings.csv: no such file"), "{}", p[1]);
}

#[test]
fn error_visit_json_is_not_json() {
    let csv = read(&fixture().join("meetings.csv"));
    let dir = folder(
        "bad-visit",
        Some("{\n  \"format\": 1,\n  \"visit\": {\n    \"id\": oops\n"),
        Some(csv.as_bytes()),
    );
    single(
        &dir,
        &["visit.json: not a well-formed visit file", "line 4 column"],
    );
}

#[test]
fn error_visit_json_field_names_the_record_and_field() {
    let visit = read(&fixture().join("visit.json"))
        .replace("\"country\": \"IS\"", "\"country\": \"Iceland\"");
    let csv = read(&fixture().join("meetings.csv"));
    let dir = folder("bad-host", Some(&visit), Some(csv.as_bytes()));
    single(
        &dir,
        &[
            "visit.json, visit, field `host.country`: unknown country \"Iceland\"",
            "ISO 3166-1 alpha-2",
        ],
    );
}

#[test]
fn error_empty_csv() {
    let dir = folder(
        "empty",
        Some(&read(&fixture().join("visit.json"))),
        Some(b""),
    );
    single(
        &dir,
        &[
            "meetings.csv: is empty",
            "header row with the columns id, status",
        ],
    );
}

#[test]
fn error_unknown_duplicate_and_missing_columns() {
    let dir = fixture_with("columns", |t| {
        t.replacen("kind,country,sectors", "kind,country,sector", 1)
            .replacen("id,status,date,", "id,status,status,", 1)
    });
    let p = problems(&dir);
    assert_eq!(p.len(), 3, "{p:#?}");
    assert!(
        p[0].contains("meetings.csv, line 1, column 3 (status): column \"status\" appears twice"),
        "{}",
        p[0]
    );
    assert!(
        p[1].contains(
            "line 1, column 11 (sector): unknown column \"sector\"; the columns are: id, status"
        ),
        "{}",
        p[1]
    );
    assert!(
        p[2].contains("line 1: the header lacks the columns date, sectors"),
        "{}",
        p[2]
    );
}

#[test]
fn error_a_row_with_too_many_cells() {
    let dir = fixture_with("cells", |t| {
        t.replacen("Søren Ødegård,Mayor", "Søren Ødegård,Mayor,Extra", 1)
    });
    single(
        &dir,
        &[
            "meetings.csv, line 2: has 17 cells but the header has 16 columns",
            "must be in double quotes",
        ],
    );
}

#[test]
fn error_not_utf8() {
    let mut bytes = read(&fixture().join("meetings.csv")).into_bytes();
    // Latin-1 "ø" (0xF8) where UTF-8 has two bytes: what a "CSV (Windows)" export gives.
    let at = bytes.windows(2).position(|w| w == "ø".as_bytes()).unwrap();
    bytes.splice(at..at + 2, [0xF8]);
    let dir = folder(
        "latin1",
        Some(&read(&fixture().join("visit.json"))),
        Some(&bytes),
    );
    single(
        &dir,
        &[
            "meetings.csv, line 2, column 6 (name): is not UTF-8 text",
            "CSV UTF-8",
        ],
    );
}

#[test]
fn error_unknown_closed_list_values_name_line_column_and_what_is_allowed() {
    let dir = fixture_with("closed", |t| {
        t.replacen(",held,2031-05-04,", ",hold,2031-05-04,", 1)
            .replacen("head-of-state,NO,", "head-of-state,NORWAY,", 1)
            .replacen("business,SE,energy,", "business,SE,wind-power,", 1)
            .replacen(",business,PL,", ",company,PL,", 1)
    });
    let p = problems(&dir);
    assert_eq!(p.len(), 4, "{p:#?}");
    assert!(
        p[0].contains("line 2, column 2 (status): unknown status \"hold\"; allowed: held, planned"),
        "{}",
        p[0]
    );
    assert!(
        p[1].contains("line 2, column 10 (country): unknown country \"NORWAY\""),
        "{}",
        p[1]
    );
    assert!(p[2].contains("line 3, column 11 (sectors): unknown sector \"wind-power\"; the dataset's sectors are: culture, fisheries, energy"), "{}", p[2]);
    assert!(
        p[3].contains(
            "line 4, column 9 (kind): unknown kind \"company\"; allowed: business, head-of-state"
        ),
        "{}",
        p[3]
    );
}

#[test]
fn error_a_date_reformatted_by_a_spreadsheet() {
    let dir = fixture_with("date", |t| {
        t.replacen(",2031-05-04,stated,", ",04/05/2031,stated,", 1)
    });
    single(
        &dir,
        &[
            "line 2, column 3 (date): \"04/05/2031\" is not a date",
            "YYYY-MM-DD",
            "format the column as text",
        ],
    );
}

#[test]
fn error_a_figure_without_its_separator() {
    let dir = fixture_with("figure", |t| {
        t.replacen("400 MW: Planned geothermal capacity", "400 MW planned", 1)
    });
    single(
        &dir,
        &["line 3, column 14 (figures): figure \"400 MW planned\" has no \": \""],
    );
}

#[test]
fn error_citations() {
    // Two sources: a bare number names none; an unknown source; a word for a number.
    let dir = fixture_with("cites", |t| {
        t.replacen("northern-ledger: 1, 2", "1, 2", 1)
            .replacen("northern-ledger: 3, 4", "northern-ledgr: 3, 4", 1)
            .replacen("northern-ledger: 5", "northern-ledger: five", 1)
            .replacen("northern-ledger: 6", "northern-ledger: 13", 1)
    });
    let p = problems(&dir);
    assert_eq!(p.len(), 4, "{p:#?}");
    assert!(p[0].contains("line 2, column 16 (cites): \"1, 2\" names no source; with several sources write \"source-id: 2, 3\" (sources: northern-ledger, fjord-post)"), "{}", p[0]);
    assert!(p[1].contains("line 3, column 16 (cites): unknown source \"northern-ledgr\"; the dataset's sources are: northern-ledger, fjord-post"), "{}", p[1]);
    assert!(
        p[2].contains("line 4, column 16 (cites): \"five\" is not a paragraph number"),
        "{}",
        p[2]
    );
    assert!(p[3].contains("column 16 (cites): paragraph 13 does not exist; source \"northern-ledger\" has paragraphs 1 to 12"), "{}", p[3]);
}

#[test]
fn error_duplicate_ids_and_empty_names() {
    let dir = fixture_with("ids", |t| {
        t.replacen("\r\nlindstrom-oberg,", "\r\nodegard,", 1)
            .replacen(",Haruto Nakamura,", ",,", 1)
    });
    let p = problems(&dir);
    assert_eq!(p.len(), 2, "{p:#?}");
    assert!(
        p[0].contains("line 3, column 1 (id): duplicate id \"odegard\""),
        "{}",
        p[0]
    );
    assert!(
        p[1].contains("column 6 (name): must not be empty"),
        "{}",
        p[1]
    );
}

#[test]
fn every_error_at_once_in_file_order() {
    let visit = read(&fixture().join("visit.json")).replace(
        "\"published\": \"2031-05-07\"",
        "\"published\": \"7 May 2031\"",
    );
    let csv = read(&fixture().join("meetings.csv"))
        .replacen(",held,2031-05-04,", ",hold,2031-05-04,", 1)
        .replacen("400 MW: Planned", "400 MW Planned", 1)
        .replacen(",business,TR,", ",business,XX,", 1);
    let dir = folder("all", Some(&visit), Some(csv.as_bytes()));
    let p = problems(&dir);
    assert_eq!(p.len(), 4, "{p:#?}");
    assert!(p[0].contains("visit.json, sources[0] (id \"northern-ledger\"), field `published`: \"7 May 2031\" is not a date"), "{}", p[0]);
    assert!(p[1].contains("line 2, column 2 (status)"), "{}", p[1]);
    assert!(p[2].contains("line 3, column 14 (figures)"), "{}", p[2]);
    assert!(
        p[3].contains("column 10 (country): unknown country \"XX\""),
        "{}",
        p[3]
    );
}

/// The fixture's meetings written with `delimiter` between cells.
fn fixture_rows_between(delimiter: u8, terminator: csv::Terminator) -> Vec<u8> {
    let (file, _) = load_folder(&fixture()).unwrap();
    let commas = meetings_csv(&file.meetings, None, false);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(commas.as_bytes());
    let mut w = csv::WriterBuilder::new()
        .delimiter(delimiter)
        .terminator(terminator)
        .from_writer(Vec::new());
    for r in reader.records() {
        w.write_record(&r.unwrap()).unwrap();
    }
    w.into_inner().unwrap()
}

#[test]
fn a_tab_separated_sheet_reads_the_same() {
    let (expected, _) = load_folder(&fixture()).unwrap();
    let tabs = fixture_rows_between(b'\t', csv::Terminator::Any(b'\n'));
    assert!(tabs.contains(&b'\t') && !tabs.starts_with(b"id,"));
    let dir = folder(
        "tabs",
        Some(&read(&fixture().join("visit.json"))),
        Some(&tabs),
    );
    assert_eq!(load_folder(&dir).unwrap().0, expected);
}

#[test]
fn error_a_row_with_too_few_cells() {
    let dir = fixture_with("few", |t| {
        t.replacen("Søren Ødegård,Mayor,", "Søren Ødegård,", 1)
    });
    single(
        &dir,
        &["meetings.csv, line 2: has 15 cells but the header has 16 columns"],
    );
}

#[test]
fn error_an_unreadable_header_row() {
    // A stray quote opens a cell that never closes: no header can be read.
    let dir = fixture_with("header", |t| t.replacen("id,status", "id,\"status", 1));
    single(
        &dir,
        &[
            "meetings.csv, line 1: the header row cannot be read",
            "a double quote in its column 2 is never closed",
        ],
    );
}

#[test]
fn errors_name_the_date_basis_summary_and_topics_columns() {
    let dir = fixture_with("columns", |t| {
        t.replacen(",stated,Paragraph 1 dates it", ",roughly,Paragraph 1 dates it", 1)
            .replacen(
                "\"An invented welcome by the city’s mayor, who offered a loan of polar museum pieces and help with a language archive.\"",
                "\" \"",
                1,
            )
            .replacen("Polar museum loan", "Polar museum\u{7} loan", 1)
    });
    let p = problems(&dir);
    assert_eq!(p.len(), 3, "{p:#?}");
    for (column, n) in [("date_basis", 4), ("summary", 15), ("topics", 12)] {
        let want = format!("meetings.csv, line 2, column {n} ({column})");
        assert!(
            p.iter().any(|e| e.contains(&want)),
            "no problem at {want}: {p:#?}"
        );
    }
    assert!(
        p.iter()
            .any(|e| e.contains("roughly") && e.contains("stated, context, by, not-stated")),
        "{p:#?}"
    );
}
