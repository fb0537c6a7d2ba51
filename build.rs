//! Stops the build when the bundled dataset is invalid, naming every fault.

#[path = "src/data/codegen.rs"]
mod codegen;
#[allow(dead_code, unused_imports)]
#[path = "src/domain/mod.rs"]
mod domain;
#[allow(dead_code, unused_imports)]
#[path = "src/data/validate.rs"]
mod validate;

const DATASET: &str = "assets/data/tokayev-unga78-2023.json";

/// Where the source article is looked for; tests that read it are ignored
/// (reported as skipped) when it is absent.
const ARTICLE: &str = "../shared/source/article.txt";

fn main() {
    println!("cargo:rerun-if-changed={DATASET}");
    println!("cargo:rustc-check-cfg=cfg(has_source_article)");
    println!("cargo:rerun-if-env-changed=SOURCE_ARTICLE");
    let article = std::env::var("SOURCE_ARTICLE").unwrap_or_else(|_| {
        let dir = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".into());
        format!("{dir}/{ARTICLE}")
    });
    println!("cargo:rerun-if-changed={article}");
    if std::path::Path::new(&article).is_file() {
        println!("cargo:rustc-cfg=has_source_article");
    }
    println!("cargo:rustc-env=SOURCE_ARTICLE_PATH={article}");
    println!("cargo:rerun-if-changed=src/data/validate.rs");
    println!("cargo:rerun-if-changed=src/domain");
    let json = std::fs::read_to_string(DATASET)
        .unwrap_or_else(|e| panic!("cannot read the dataset {DATASET}: {e}"));
    println!("cargo:rerun-if-changed=src/data/codegen.rs");
    match validate::parse(&json) {
        Ok(dataset) => {
            let out =
                std::path::PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
            std::fs::write(
                out.join("embedded_dataset.rs"),
                codegen::rust_source(&dataset),
            )
            .expect("cannot write the embedded dataset into OUT_DIR");
        }
        Err(errors) => report(&errors),
    }
}

fn report(errors: &[validate::DataError]) -> ! {
    let mut report = format!("{DATASET} is invalid ({} errors):\n", errors.len());
    for e in errors {
        report.push_str(&format!("  - {e}\n"));
    }
    // A panic in a build script fails the build and prints this report.
    panic!("{report}");
}
