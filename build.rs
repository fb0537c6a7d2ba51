//! Loads the dataset the app is built for, stops the build naming every fault if
//! it is invalid, and embeds it as static Rust tables.
//!
//! `VISIT_DATASET` names the dataset: a JSON file, or a folder holding
//! `visit.json` and `meetings.csv`. Without it, the bundled visit is used.

use std::path::PathBuf;

const BUNDLED: &str = "assets/data/tokayev-unga78-2023.json";

fn main() {
    println!("cargo:rerun-if-env-changed=VISIT_DATASET");
    let chosen = std::env::var("VISIT_DATASET")
        .ok()
        .filter(|p| !p.trim().is_empty());
    let path = PathBuf::from(chosen.unwrap_or_else(|| BUNDLED.into()));

    let inputs: Vec<PathBuf> = if path.is_dir() {
        vec![path.join("visit.json"), path.join("meetings.csv")]
    } else {
        vec![path.clone()]
    };
    for input in &inputs {
        println!("cargo:rerun-if-changed={}", input.display());
    }
    match visit_core::format::files::load_path(&path) {
        Ok((_, dataset)) => {
            let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
            std::fs::write(
                out.join("embedded_dataset.rs"),
                visit_core::codegen::rust_source(&dataset),
            )
            .expect("cannot write the embedded dataset into OUT_DIR");
            let absolute = std::fs::canonicalize(&path).unwrap_or(path);
            println!("cargo:rustc-env=VISIT_DATASET_PATH={}", absolute.display());
        }
        Err(problems) => {
            let mut report = format!(
                "the dataset {} is invalid ({} problems):\n",
                path.display(),
                problems.len()
            );
            for p in problems {
                report.push_str(&format!("  - {p}\n"));
            }
            // A panic in a build script fails the build and prints this report.
            panic!("{report}");
        }
    }
}
