//! The bundled visit dataset, embedded as typed data and shared.

mod embedded;
pub mod synthetic;
pub mod validate;

use std::rc::Rc;

use crate::domain::Dataset;

/// The dataset JSON as written. The app does not parse it: `build.rs` validates
/// it and embeds it as static tables (`embedded.rs`); tests compare the two.
pub const BUNDLED_JSON: &str = include_str!("../../assets/data/tokayev-unga78-2023.json");

/// How many meetings the bench-only synthetic dataset holds.
pub const SYNTHETIC_MEETINGS: usize = 10_000;

fn load() -> Dataset {
    if cfg!(feature = "synthetic") {
        synthetic::generate(SYNTHETIC_MEETINGS, synthetic::SEED)
    } else {
        embedded::dataset()
    }
}

thread_local! {
    static BUNDLED: Rc<Dataset> = Rc::new(load());
}

/// The dataset the app shows, built on first use and shared afterwards. It is the
/// bundled visit, or with the bench-only `synthetic` feature a generated archive.
pub fn bundled() -> Rc<Dataset> {
    BUNDLED.with(Rc::clone)
}

/// The embedded copy of the bundled visit, whatever features are on.
pub fn embedded_visit() -> Dataset {
    embedded::dataset()
}
