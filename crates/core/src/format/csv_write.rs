//! Writes meetings as RFC 4180 CSV: a header row, CRLF line ends, and fields
//! quoted when they hold a comma, a quote or a line break.
//!
//! The quoting is `csv-core`'s, the allocation-free heart of the `csv` crate, so
//! the same writer serves the native template and the browser's export.

use csv_core::{WriteResult, Writer};

use super::cells::{row, COLUMNS};
use super::MeetingFile;

/// The byte-order mark Excel needs to read UTF-8 (and so diacritics) correctly.
pub const BOM: &str = "\u{feff}";

struct Out {
    writer: Writer,
    buf: Vec<u8>,
}

impl Out {
    /// Runs one csv-core step, growing the buffer until the step fits.
    fn step(&mut self, mut f: impl FnMut(&mut Writer, &mut [u8]) -> (WriteResult, usize)) {
        loop {
            let start = self.buf.len();
            self.buf.resize(start + 256, 0);
            let (result, written) = f(&mut self.writer, &mut self.buf[start..]);
            self.buf.truncate(start + written);
            if result == WriteResult::InputEmpty {
                return;
            }
        }
    }

    fn record(&mut self, fields: impl IntoIterator<Item = impl AsRef<str>>) {
        for (i, field) in fields.into_iter().enumerate() {
            if i > 0 {
                self.step(|w, out| w.delimiter(out));
            }
            let mut input = field.as_ref().as_bytes();
            self.step(|w, out| {
                let (result, read, written) = w.field(input, out);
                input = &input[read..];
                (result, written)
            });
        }
        self.step(|w, out| w.terminator(out));
    }
}

/// `meetings` as CSV text with the `meetings.csv` columns, optionally behind a BOM.
/// `only_source` is the id of the dataset's single source, if it has just one.
pub fn meetings_csv<'a>(
    meetings: impl IntoIterator<Item = &'a MeetingFile>,
    only_source: Option<&str>,
    bom: bool,
) -> String {
    let mut out = Out {
        writer: csv_core::WriterBuilder::new()
            .terminator(csv_core::Terminator::CRLF)
            .build(),
        buf: Vec::new(),
    };
    if bom {
        out.buf.extend_from_slice(BOM.as_bytes());
    }
    out.record(COLUMNS);
    for m in meetings {
        out.record(row(m, only_source));
    }
    out.step(|w, buf| w.finish(buf));
    // Every input was UTF-8 and csv-core only adds ASCII quotes and separators.
    String::from_utf8(out.buf).unwrap_or_default()
}
