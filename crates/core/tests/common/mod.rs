//! The datasets the core's tests read, loaded one way in one place: the bundled
//! visit (format 2), the fictional fixture (a format-1 spreadsheet folder) and the
//! fictional multi-stop trip (a format-2 spreadsheet folder).
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::rc::Rc;

use visit_core::domain::Dataset;
use visit_core::format::files::{load_folder, load_json};

/// The bundled visit's JSON text.
pub const BUNDLED: &str = include_str!("../../../../assets/data/tokayev-unga78-2023.json");

/// A folder of the repository, from its root.
pub fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(path)
}

thread_local! {
    static BUNDLED_DATASET: Rc<Dataset> = Rc::new(load_json(BUNDLED, "bundled").unwrap().1);
}

/// The bundled visit, validated (made once per test thread).
pub fn bundled() -> Rc<Dataset> {
    BUNDLED_DATASET.with(Rc::clone)
}

/// The fictional fixture's folder.
pub fn fixture_dir() -> PathBuf {
    repo("tests/fixtures/fictional-visit")
}

/// The fictional fixture, validated.
pub fn fixture() -> Rc<Dataset> {
    Rc::new(load_folder(&fixture_dir()).unwrap().1)
}

/// The fictional multi-stop trip's folder.
pub fn trip_dir() -> PathBuf {
    repo("tests/fixtures/multi-stop-trip")
}

/// The fictional multi-stop trip, validated.
pub fn trip() -> Rc<Dataset> {
    Rc::new(
        load_folder(&trip_dir())
            .unwrap_or_else(|p| panic!("{p:#?}"))
            .1,
    )
}
