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

/// FNV-1a over `bytes`, continuing from `h`.
fn fnv(mut h: u64, bytes: &[u8]) -> u64 {
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// Every file under `dir`, sorted, so the build id does not depend on directory order.
fn files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
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
fn build_id(dataset: &str) -> String {
    let mut h = fnv(0xcbf2_9ce4_8422_2325, env!("CARGO_PKG_VERSION").as_bytes());
    h = fnv(h, dataset.as_bytes());
    let mut sources = Vec::new();
    files(std::path::Path::new("src"), &mut sources);
    for path in sources {
        h = fnv(h, path.to_string_lossy().as_bytes());
        h = fnv(h, &std::fs::read(&path).unwrap_or_default());
    }
    format!("{h:016x}")
}

fn main() {
    println!("cargo:rerun-if-changed={DATASET}");
    println!("cargo:rerun-if-changed=src");
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
    println!("cargo:rustc-env=VISIT_BUILD_ID={}", build_id(&json));
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
