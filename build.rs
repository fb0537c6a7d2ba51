//! Makes the development pack and export pieces: the dataset that `make dev` (Trunk's server, which
//! does not prerender) and the in-browser tests show, since no page there fetches
//! one. Release builds never include it: the prerenderer writes each site's pack
//! beside its pages, and the page's loader fetches it.
//!
//! `VISIT_DATASET` names the dataset: a JSON file, or a folder holding
//! `visit.json` and `meetings.csv`. Without it, the bundled visit is used. An
//! invalid dataset stops the build with every fault named.

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
    println!("cargo:rerun-if-changed=crates/core/i18n");
    for input in &inputs {
        println!("cargo:rerun-if-changed={}", input.display());
    }
    match visit_core::format::files::load_path(&path) {
        Ok((_, dataset)) => {
            let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
            let (map, _) = visit_core::map::image(&dataset);
            // The development build speaks English; the release site every language.
            let locale = visit_core::i18n::cldr::for_dataset("en", &dataset)
                .unwrap_or_else(|e| panic!("{e}"));
            // No file holds the development build's export pieces: the app holds them.
            std::fs::write(
                out.join("dev.pack"),
                visit_core::pack::write(&dataset, &map, "", &locale),
            )
            .expect("cannot write the development pack into OUT_DIR");
            std::fs::write(
                out.join("dev.exports"),
                visit_core::export::pieces::write(&dataset),
            )
            .expect("cannot write the development export pieces into OUT_DIR");
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
