//! Visit Explorer's native site tool: the dataset commands (check, convert,
//! migrate, template, synthetic) and the prerenderer, which writes the pages,
//! the dataset's pack, map, export pieces and link previews. `main.rs` is its command line.

pub mod compress;
pub mod dataset;
pub mod favicon;
pub mod offline;
pub mod pages;
pub mod prerender;
pub mod previews;

use std::fmt;
use std::path::Path;

use visit_core::format::files::Problem;

/// Why a command failed.
#[derive(Debug)]
pub enum Failure {
    /// The dataset has these problems (all of them).
    Invalid(Vec<Problem>),
    /// Reading or writing a file failed.
    Io(String),
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Failure::Invalid(problems) => {
                writeln!(
                    f,
                    "the dataset has {} problem{}:",
                    problems.len(),
                    if problems.len() == 1 { "" } else { "s" }
                )?;
                for p in problems {
                    writeln!(f, "  - {p}")?;
                }
                Ok(())
            }
            Failure::Io(message) => writeln!(f, "{message}"),
        }
    }
}

/// Writes `bytes` to `path`, creating its folder; through a temporary file beside
/// it, so a failure never leaves half a file.
/// Every file below `dir`, at any depth, in a stable order (by path).
pub fn files_below(dir: &Path) -> Result<Vec<std::path::PathBuf>, Failure> {
    let mut out = Vec::new();
    for entry in walkdir::WalkDir::new(dir).sort_by_file_name() {
        let entry =
            entry.map_err(|e| Failure::Io(format!("cannot list {}: {e}", dir.display())))?;
        if entry.file_type().is_file() {
            out.push(entry.into_path());
        }
    }
    Ok(out)
}

pub fn write(path: &Path, bytes: &[u8]) -> Result<(), Failure> {
    let io = |what: &str, e: std::io::Error| {
        Failure::Io(format!("cannot {what} {}: {e}", path.display()))
    };
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| io("create the folder for", e))?;
    }
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(".partial");
    std::fs::write(&tmp, bytes).map_err(|e| io("write", e))?;
    std::fs::rename(&tmp, path).map_err(|e| io("write", e))
}
