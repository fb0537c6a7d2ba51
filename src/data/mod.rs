//! The bundled visit dataset, parsed once and shared.

pub mod validate;

use std::rc::Rc;

use crate::domain::Dataset;

/// The dataset JSON compiled into the binary. `build.rs` has already
/// validated it, so parsing it at run time cannot fail.
pub const BUNDLED_JSON: &str = include_str!("../../assets/data/tokayev-unga78-2023.json");

thread_local! {
    static BUNDLED: Rc<Dataset> = Rc::new(
        validate::parse(BUNDLED_JSON).expect("the bundled dataset was validated by build.rs"),
    );
}

/// The bundled dataset, parsed on first use and shared afterwards.
pub fn bundled() -> Rc<Dataset> {
    BUNDLED.with(Rc::clone)
}
