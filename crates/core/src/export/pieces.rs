//! Exports made at build time, in pieces: each meeting's CSV row, JSON record and
//! calendar event, written once by the format's own writers. The app fetches the
//! pieces on the first download and only joins those of the view, so none of the
//! writers ships in the wasm. [`write`](fn@write) makes the text; [`assemble`] joins it, and
//! equals the writers' own output for any view (`tests/export.rs`).

use super::{calendar_description, push_line, Format, CALENDAR_END};
use crate::domain::{Dataset, Meeting};

/// What separates pieces (validation keeps it out of every text).
const SEP: char = '\u{1}';
/// Stands for the site's absolute address, known only in the browser.
const SITE: &str = "\u{2}";
/// Stands for the moment the calendar is made.
const STAMP: &str = "\u{3}";
/// What a JSON dataset file ends with after its last meeting.
const JSON_END: &str = "\n  ]\n}\n";

/// The pieces of `d`'s exports: the CSV header, the JSON file up to its meetings,
/// the calendar's opening lines, then each meeting's id, CSV row, JSON record
/// and calendar event (empty without a date).
#[cfg(feature = "files")]
pub fn write(d: &Dataset) -> String {
    use crate::format::csv_write::meetings_csv;
    use crate::format::{dataset_file, meeting_file};
    let only = match d.sources.as_slice() {
        [one] => Some(one.id.as_str()),
        _ => None,
    };
    // The BOM is added when joined: a fetched text loses its leading one.
    let csv_head = meetings_csv(std::iter::empty(), only, false);
    let empty = pretty(&dataset_file(d, std::iter::empty()));
    let json_head = empty
        .strip_suffix("[]\n}")
        .expect("a dataset file ends with its meetings")
        .to_string()
        + "[";
    let mut parts = vec![
        csv_head.clone(),
        json_head,
        super::calendar_head(d).join("\r\n"),
    ];
    for m in &d.meetings {
        let file = meeting_file(d, m);
        let row = meetings_csv([&file], only, false);
        let record: Vec<String> = pretty(&file).lines().map(|l| format!("    {l}")).collect();
        let link = format!("{SITE}/meetings/{}/", m.id);
        let event = super::calendar_event(d, m, &link, STAMP)
            .map(|lines| lines.join("\r\n"))
            .unwrap_or_default();
        parts.extend([
            m.id.to_string(),
            row[csv_head.len()..].to_string(),
            record.join("\n"),
            event,
        ]);
    }
    parts.join(&SEP.to_string())
}

#[cfg(feature = "files")]
fn pretty(value: &impl serde::Serialize) -> String {
    serde_json::to_string_pretty(value).expect("the dataset's files serialise")
}

/// The file of `format` for `shown` (a view of `d`, in its order), joined from
/// the pieces `text`. `site` is the site's absolute address without a trailing
/// slash, `stamp` the calendar's `DTSTAMP`.
pub fn assemble(
    text: &str,
    d: &Dataset,
    shown: &[&Meeting],
    format: Format,
    site: &str,
    stamp: &str,
) -> Result<String, String> {
    let parts: Vec<&str> = text.split(SEP).collect();
    if parts.len() != 3 + 4 * d.meetings.len() {
        return Err("the export pieces are from another build".into());
    }
    // A view lists meetings in the dataset's order, so one pass finds them all;
    // any other order still works, a wrap-around at a time.
    let n = d.meetings.len();
    let mut cursor = 0;
    let mut piece = |m: &Meeting, k: usize| -> Result<&str, String> {
        for step in 0..n {
            let i = (cursor + step) % n;
            if parts[3 + 4 * i] == &*m.id {
                cursor = i + 1;
                return Ok(parts[3 + 4 * i + k]);
            }
        }
        Err(format!("no export pieces for {}", m.id))
    };
    let mut out = String::new();
    match format {
        Format::Csv => {
            out.push_str(crate::format::csv_write::BOM);
            out.push_str(parts[0]);
            for m in shown {
                out.push_str(piece(m, 1)?);
            }
        }
        Format::Json => {
            out.push_str(parts[1]);
            for (n, m) in shown.iter().enumerate() {
                out.push_str(if n == 0 { "\n" } else { ",\n" });
                out.push_str(piece(m, 2)?);
            }
            out.push_str(if shown.is_empty() { "]\n}\n" } else { JSON_END });
        }
        Format::Calendar => {
            for line in parts[2].split("\r\n") {
                push_line(&mut out, line);
            }
            let dated = shown.iter().filter(|m| m.date.is_some()).count();
            push_line(
                &mut out,
                &calendar_description(d, dated, shown.len() - dated),
            );
            for m in shown {
                let event = piece(m, 3)?;
                for line in event.split("\r\n").filter(|l| !l.is_empty()) {
                    push_line(&mut out, &line.replace(SITE, site).replace(STAMP, stamp));
                }
            }
            push_line(&mut out, CALENDAR_END);
        }
    }
    Ok(out)
}
