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

/// Above this size a file (the export pieces of a large archive) is compressed by
/// zlib's best and brotli 9 instead: zopfli and brotli 11 take minutes there and
/// save little.
const LARGE: usize = 1 << 20;

/// Writes `file.gz` (gzip by zopfli, which makes the wasm's copy 5% smaller than
/// zlib's best) and `file.br` (brotli, quality 11) beside every text and wasm
/// file below `dist`. Returns how many files it compressed.
pub fn precompress(dist: &Path) -> Result<usize, Failure> {
    let io =
        |p: &Path, e: std::io::Error| Failure::Io(format!("cannot compress {}: {e}", p.display()));
    let files: Vec<_> = crate::files_below(dist)?
        .into_iter()
        .filter(|p| {
            p.extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| COMPRESSIBLE.contains(&e))
        })
        .collect();
    for path in &files {
        let bytes = std::fs::read(path).map_err(|e| io(path, e))?;
        let large = bytes.len() > LARGE;
        let mut gz = Vec::new();
        if large {
            let mut w = flate2::write::GzEncoder::new(&mut gz, flate2::Compression::best());
            w.write_all(&bytes).map_err(|e| io(path, e))?;
            w.finish().map_err(|e| io(path, e))?;
        } else {
            zopfli::compress(
                zopfli::Options::default(),
                zopfli::Format::Gzip,
                &bytes[..],
                &mut gz,
            )
            .map_err(|e| io(path, e))?;
        }
        let mut br = Vec::new();
        {
            let quality = if large { 9 } else { 11 };
            let mut w = brotli::CompressorWriter::new(&mut br, 4096, quality, 22);
            w.write_all(&bytes).map_err(|e| io(path, e))?;
        }
        let name = path.display().to_string();
        crate::write(Path::new(&format!("{name}.gz")), &gz)?;
        crate::write(Path::new(&format!("{name}.br")), &br)?;
    }
    Ok(files.len())
}
