//! The dataset the app was built for, embedded by `build.rs` as static tables.

use std::rc::Rc;

use visit_core::domain::Dataset;

mod embedded {
    use visit_core::domain::{Dataset, Date, DateBasis, Kind, Status};
    use visit_core::embed::{RawMeeting, RawSector, RawSource, RawVisit};
    include!(concat!(env!("OUT_DIR"), "/embedded_dataset.rs"));
}

/// The file or folder the embedded dataset was read from.
pub const DATASET_PATH: &str = env!("VISIT_DATASET_PATH");

/// How many meetings the bench-only synthetic dataset holds.
pub const SYNTHETIC_MEETINGS: usize = 10_000;

fn load() -> Dataset {
    if cfg!(feature = "synthetic") {
        visit_core::synthetic::generate(SYNTHETIC_MEETINGS, visit_core::synthetic::SEED)
    } else {
        embedded::dataset()
    }
}

thread_local! {
    static SHOWN: Rc<Dataset> = Rc::new(load());
}

/// The dataset the app shows, built on first use and shared afterwards: the
/// embedded visit, or with the bench-only `synthetic` feature a generated archive.
pub fn bundled() -> Rc<Dataset> {
    SHOWN.with(Rc::clone)
}

/// The embedded dataset, whatever features are on.
pub fn embedded() -> Dataset {
    embedded::dataset()
}

/// The file name of the shown dataset's map image, which the prerenderer writes
/// beside the pages.
pub fn map_image() -> String {
    if cfg!(feature = "synthetic") {
        visit_core::map::image(&bundled()).0
    } else {
        embedded::MAP_IMAGE.to_string()
    }
}
