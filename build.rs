//! Loads the dataset the app is built for, stops the build naming every fault if
//! it is invalid, and embeds it as static Rust tables.
//!
//! `VISIT_DATASET` names the dataset: a JSON file, or a folder holding
//! `visit.json` and `meetings.csv`. Without it, the bundled visit is used.

use std::path::{Path, PathBuf};

const BUNDLED: &str = "assets/data/tokayev-unga78-2023.json";

/// FNV-1a over `bytes`, continuing from `h`.
fn fnv(mut h: u64, bytes: &[u8]) -> u64 {
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// Every file under `dir`, sorted, so the build id does not depend on directory order.
fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    if let Ok(entries) = std::fs::read_dir(dir) {
        for e in entries.flatten() {
            let path = e.path();
            if path.is_dir() {
                files(&path, out);
            } else {
                out.push(path);
            }
        }
    }
    out.sort();
}

/// An id for this build of the app and its dataset: the browser hydrates only
/// prerendered HTML that carries the same id.
fn build_id(inputs: &[PathBuf]) -> String {
    let mut h = fnv(0xcbf2_9ce4_8422_2325, env!("CARGO_PKG_VERSION").as_bytes());
    let mut all = inputs.to_vec();
    for dir in ["src", "crates/core/src"] {
        files(Path::new(dir), &mut all);
    }
    for path in all {
        h = fnv(h, path.to_string_lossy().as_bytes());
        h = fnv(h, &std::fs::read(&path).unwrap_or_default());
    }
    format!("{h:016x}")
}

fn main() {
    println!("cargo:rerun-if-env-changed=VISIT_DATASET");
    println!("cargo:rerun-if-changed=src");
    println!("cargo:rerun-if-changed=crates/core/src");
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
            println!("cargo:rustc-env=VISIT_BUILD_ID={}", build_id(&inputs));
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
