//! The service worker for offline reading: `sw.js`, written into the built site
//! with this build's version and the list of files it keeps.

use std::path::Path;

use sha2::Digest;

use crate::Failure;

const TEMPLATE: &str = include_str!("sw.js");

/// Files the worker does not keep: link-preview images (only link unfurlers read
/// them), precompressed copies, and the worker itself.
fn kept(path: &str) -> bool {
    !(path.starts_with("previews/")
        || path.ends_with(".gz")
        || path.ends_with(".br")
        || path.ends_with(".partial")
        || path == "sw.js")
}

/// Writes `dist/sw.js`, keeping every other file of the build. Its version is a
/// hash of those files' names and contents, so any change makes a new version.
/// Returns the version and how many files it keeps.
pub fn write_service_worker(dist: &Path) -> Result<(String, usize), Failure> {
    let io = |e: std::io::Error| Failure::Io(format!("cannot list {}: {e}", dist.display()));
    let mut list: Vec<String> = crate::files_below(dist)?
        .iter()
        .filter_map(|path| path.strip_prefix(dist).ok())
        .map(|rel| {
            rel.components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/")
        })
        .filter(|rel| kept(rel))
        .collect();
    list.sort();
    let mut hash = sha2::Sha256::new();
    for f in &list {
        hash.update(f.as_bytes());
        hash.update(std::fs::read(dist.join(f)).map_err(io)?);
    }
    let version: String = hash
        .finalize()
        .iter()
        .take(6)
        .map(|b| format!("{b:02x}"))
        .collect();
    let names = serde_json::to_string(&list).unwrap_or_else(|_| "[]".into());
    let script = TEMPLATE
        .replace("__VERSION__", &version)
        .replace("__FILES__", &names);
    crate::write(&dist.join("sw.js"), script.as_bytes())?;
    Ok((version, list.len()))
}
