//! The dataset `build.rs` compiled in is exactly the one in its file.
#![cfg(not(target_arch = "wasm32"))]

use visit_core::format::files::load_path;
use visit_explorer::data::{embedded, DATASET_PATH};

#[test]
fn embedded_dataset_equals_the_validated_file() {
    let (_, from_file) = load_path(std::path::Path::new(DATASET_PATH)).unwrap();
    assert_eq!(embedded(), from_file);
}
