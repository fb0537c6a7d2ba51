//! The reader never panics: random and mutated spreadsheets and JSON files, of
//! either format, give a dataset or problems, and every problem that names a
//! line names one the file has.

use std::path::Path;

use proptest::prelude::*;
use visit_core::format::files::{load_folder, load_json, load_path, At, Problem};

mod common;
use common::{fixture_dir, repo, trip_dir, BUNDLED};

/// One change to a file's bytes; positions wrap around the file's length.
#[derive(Clone, Debug)]
enum Edit {
    /// Cut the file short here.
    Truncate(usize),
    /// A stray double quote.
    Quote(usize),
    /// A byte that is never valid UTF-8.
    Invalid(usize),
    /// A cell of 200,000 bytes.
    Huge(usize),
    /// Delete a byte.
    Delete(usize),
    /// Any byte.
    Byte(usize, u8),
    /// A line break, splitting a row.
    Break(usize),
    /// A comma, adding a cell.
    Comma(usize),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        any::<usize>().prop_map(Edit::Truncate),
        any::<usize>().prop_map(Edit::Quote),
        any::<usize>().prop_map(Edit::Invalid),
        any::<usize>().prop_map(Edit::Huge),
        any::<usize>().prop_map(Edit::Delete),
        (any::<usize>(), any::<u8>()).prop_map(|(p, b)| Edit::Byte(p, b)),
        any::<usize>().prop_map(Edit::Break),
        any::<usize>().prop_map(Edit::Comma),
    ]
}

fn apply(mut bytes: Vec<u8>, edits: &[Edit]) -> Vec<u8> {
    for e in edits {
        let at = |p: usize, len: usize| if len == 0 { 0 } else { p % (len + 1) };
        let len = bytes.len();
        match *e {
            Edit::Truncate(p) => bytes.truncate(at(p, len)),
            Edit::Quote(p) => bytes.insert(at(p, len), b'"'),
            Edit::Invalid(p) => bytes.insert(at(p, len), 0xff),
            Edit::Huge(p) => {
                let p = at(p, len);
                bytes.splice(p..p, std::iter::repeat_n(b'x', 200_000));
            }
            Edit::Delete(p) if len > 0 => {
                bytes.remove(p % len);
            }
            Edit::Delete(_) => {}
            Edit::Byte(p, b) => bytes.insert(at(p, len), b),
            Edit::Break(p) => bytes.insert(at(p, len), b'\n'),
            Edit::Comma(p) => bytes.insert(at(p, len), b','),
        }
    }
    bytes
}

/// How many lines `bytes` has, as an editor counts them.
fn lines(bytes: &[u8]) -> u64 {
    bytes.iter().filter(|&&b| b == b'\n').count() as u64 + 1
}

/// Every problem that names a line of `file` names one of its `count` lines.
fn lines_exist(problems: &[Problem], file: &str, count: u64) -> Result<(), TestCaseError> {
    for p in problems {
        prop_assert!(!p.message.is_empty(), "a problem without a message: {p:?}");
        if let At::Line { line, .. } = p.at {
            prop_assert!(p.file.ends_with(file), "{p}");
            prop_assert!(
                line >= 1 && line <= count,
                "{p}: the file has {count} lines"
            );
        }
    }
    Ok(())
}

/// The N of "line N" in a message.
fn line_in(message: &str) -> Option<u64> {
    let at = message.find("line ")?;
    let digits: String = message[at + 5..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    digits.parse().ok()
}

/// A spreadsheet folder in a fresh temporary directory.
fn folder(visit: &[u8], csv: &[u8]) -> tempdir::Dir {
    let dir = tempdir::Dir::new();
    std::fs::write(dir.path().join("visit.json"), visit).unwrap();
    std::fs::write(dir.path().join("meetings.csv"), csv).unwrap();
    dir
}

mod tempdir {
    //! A directory removed when dropped; each one's name is new.
    use std::path::{Path, PathBuf};
    use std::sync::atomic::{AtomicUsize, Ordering};

    static NEXT: AtomicUsize = AtomicUsize::new(0);

    pub struct Dir(PathBuf);

    impl Dir {
        pub fn new() -> Dir {
            let n = NEXT.fetch_add(1, Ordering::Relaxed);
            let path = std::env::temp_dir().join(format!("visit-fuzz-{}-{n}", std::process::id()));
            std::fs::create_dir_all(&path).unwrap();
            Dir(path)
        }
        pub fn path(&self) -> &Path {
            &self.0
        }
    }

    impl Drop for Dir {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }
}

fn read(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap()
}

/// The spreadsheet folders to start from: format 2 (the trip) and format 1 (the fixture).
fn seeds() -> [(Vec<u8>, Vec<u8>); 2] {
    [trip_dir(), fixture_dir()]
        .map(|d| (read(&d.join("visit.json")), read(&d.join("meetings.csv"))))
}

/// The JSON files to start from: format 2 (the bundled visit) and format 1.
fn json_seeds() -> [Vec<u8>; 2] {
    [
        BUNDLED.as_bytes().to_vec(),
        read(&repo("tests/fixtures/format-1/tokayev-unga78-2023.json")),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 160, ..ProptestConfig::default() })]

    #[test]
    fn a_mutated_spreadsheet_gives_problems_on_real_lines(
        seed in 0usize..2,
        edits in prop::collection::vec(edit(), 1..6),
    ) {
        let (visit, csv) = seeds()[seed].clone();
        let csv = apply(csv, &edits);
        let dir = folder(&visit, &csv);
        if let Err(problems) = load_folder(dir.path()) {
            prop_assert!(!problems.is_empty());
            lines_exist(&problems, "meetings.csv", lines(&csv))?;
        }
    }

    #[test]
    fn a_mutated_visit_file_never_panics(
        seed in 0usize..2,
        edits in prop::collection::vec(edit(), 1..4),
    ) {
        let (visit, csv) = seeds()[seed].clone();
        let dir = folder(&apply(visit, &edits), &csv);
        if let Err(problems) = load_folder(dir.path()) {
            prop_assert!(!problems.is_empty());
            lines_exist(&problems, "meetings.csv", lines(&csv))?;
        }
    }

    #[test]
    fn random_bytes_as_a_spreadsheet_are_refused_without_panic(
        seed in 0usize..2,
        csv in prop::collection::vec(any::<u8>(), 0..600),
    ) {
        let (visit, _) = seeds()[seed].clone();
        let dir = folder(&visit, &csv);
        let problems = load_folder(dir.path()).err().unwrap_or_default();
        lines_exist(&problems, "meetings.csv", lines(&csv))?;
    }

    #[test]
    fn a_mutated_json_dataset_gives_problems_on_real_lines(
        seed in 0usize..2,
        edits in prop::collection::vec(edit(), 1..6),
    ) {
        let bytes = apply(json_seeds()[seed].clone(), &edits);
        let dir = tempdir::Dir::new();
        let path = dir.path().join("dataset.json");
        std::fs::write(&path, &bytes).unwrap();
        if let Err(problems) = load_path(&path) {
            prop_assert!(!problems.is_empty());
            lines_exist(&problems, "dataset.json", lines(&bytes))?;
            // A syntax error says where, as "line N column M": a line the file has.
            for p in &problems {
                if let Some(n) = line_in(&p.message) {
                    prop_assert!(n >= 1 && n <= lines(&bytes), "{p}: the file has {} lines", lines(&bytes));
                }
            }
        }
    }

    #[test]
    fn random_text_as_json_never_panics(text in "\\PC{0,400}") {
        prop_assert!(load_json(&text, "dataset.json").is_err());
    }
}
