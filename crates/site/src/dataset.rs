//! The dataset commands: check, convert a spreadsheet folder, migrate to format 2,
//! write a template, write the benchmark's synthetic archive.

use std::path::Path;

use visit_core::format::csv_write::meetings_csv_with;
use visit_core::format::files::{load_path, MEETINGS_CSV, VISIT_JSON};
use visit_core::format::translations;
use visit_core::format::{dataset_file, DatasetFile};
use visit_core::summary::summarise;

use crate::Failure;

/// Validates the dataset at `path` and returns its summary.
pub fn check(path: &Path) -> Result<String, Failure> {
    let (file, dataset) = load_path(path).map_err(Failure::Invalid)?;
    let mut out = summarise(&dataset).to_string();
    out.push_str(&warnings(path, &file));
    Ok(out)
}

/// A line per translation the dataset at `path` lacks, each naming the file,
/// record and field: `warning: …`. Empty when none is missing.
pub fn warnings(path: &Path, file: &DatasetFile) -> String {
    translations::missing(file)
        .iter()
        .map(|w| format!("\nwarning: {}, {w}", path.display()))
        .collect()
}

/// The dataset as JSON text, two-space indented, ending in a newline.
pub fn json(file: &DatasetFile) -> String {
    let mut text = serde_json::to_string_pretty(&translations::to_json(file)).unwrap_or_default();
    text.push('\n');
    text
}

/// Reads the dataset at `from` (normally a spreadsheet folder) and writes it to
/// `to` as JSON. On any problem nothing is written.
pub fn convert(from: &Path, to: &Path) -> Result<usize, Failure> {
    let (file, dataset) = load_path(from).map_err(Failure::Invalid)?;
    crate::write(to, json(&file).as_bytes())?;
    Ok(dataset.meetings.len())
}

/// The spreadsheet form of a dataset file: `visit.json` and `meetings.csv` text.
pub fn spreadsheet(file: &DatasetFile) -> (String, String) {
    // visit.json is the dataset file without its meetings, translations and all.
    let mut whole = translations::to_json(file);
    if let Some(o) = whole.as_object_mut() {
        o.remove("meetings");
    }
    let mut visit = serde_json::to_string_pretty(&whole).unwrap_or_default();
    visit.push('\n');
    let only_source = match file.sources.as_slice() {
        [one] => Some(one.id.as_str()),
        _ => None,
    };
    let (extra, cells) = translations::csv_columns(file);
    let meetings = meetings_csv_with(&file.meetings, only_source, true, &extra, &cells);
    (visit, meetings)
}

/// Writes the spreadsheet form of the dataset at `from` into the folder `to`.
pub fn template(from: &Path, to: &Path) -> Result<usize, Failure> {
    let (file, dataset) = load_path(from).map_err(Failure::Invalid)?;
    let (visit, meetings) = spreadsheet(&file);
    crate::write(&to.join(VISIT_JSON), visit.as_bytes())?;
    crate::write(&to.join(MEETINGS_CSV), meetings.as_bytes())?;
    Ok(dataset.meetings.len())
}

/// Writes the format-2 form of the dataset at `from` into `to`: a JSON file as a
/// JSON file, a spreadsheet folder as a folder. On any problem nothing is
/// written. Returns notes on what format 1 could not say.
pub fn migrate(from: &Path, to: &Path) -> Result<Vec<String>, Failure> {
    let (file, dataset) = load_path(from).map_err(Failure::Invalid)?;
    if from.is_dir() {
        let (visit, meetings) = spreadsheet(&file);
        crate::write(&to.join(VISIT_JSON), visit.as_bytes())?;
        crate::write(&to.join(MEETINGS_CSV), meetings.as_bytes())?;
    } else {
        crate::write(to, json(&file).as_bytes())?;
    }
    Ok(dataset
        .visit
        .stops
        .iter()
        .filter(|s| s.country.is_none())
        .map(|s| {
            format!(
                "stop \"{}\" ({}) has no country: format 1 named only the city. Add its ISO code if your sources say.",
                s.id, s.city
            )
        })
        .collect())
}

/// Writes the benchmark's generated archive of `n` meetings as a dataset file.
pub fn synthetic(n: usize, to: &Path) -> Result<(), Failure> {
    use visit_core::synthetic::{generate, SEED};
    let d = generate(n, SEED);
    let file = dataset_file(&d, d.meetings.iter().map(|m| &**m));
    crate::write(to, json(&file).as_bytes())
}
