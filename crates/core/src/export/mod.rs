//! Exports of the current view: file names, and the iCalendar writer. (CSV and
//! JSON exports are the dataset format's own writers.) The app itself writes none
//! of them: it joins the pieces the build made ([`pieces`]).

pub mod pieces;

use crate::i18n::{self, Key};
use std::fmt::Write;

use crate::domain::{Dataset, Meeting, Status};
use crate::filter::FilterState;

/// The three export formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Csv,
    Json,
    Calendar,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Json => "json",
            Format::Calendar => "ics",
        }
    }

    pub fn mime(self) -> &'static str {
        match self {
            Format::Csv => "text/csv;charset=utf-8",
            Format::Json => "application/json",
            Format::Calendar => "text/calendar;charset=utf-8",
        }
    }
}

/// `tokayev-unga78-2023.csv` for the whole visit, `tokayev-unga78-2023-sector-finance.csv`
/// for a filtered view: the visit's id, then each active filter's key and values, a
/// search as `search`, kept to a length every file system takes.
pub fn file_name(d: &Dataset, state: &FilterState, format: Format) -> String {
    let mut name = d.visit.id.clone();
    for facet in crate::filter::Facet::ALL {
        let values: Vec<String> = state
            .active_values()
            .into_iter()
            .filter(|v| v.facet() == facet)
            .map(|v| slugify(&v.slug(d)))
            .collect();
        if !values.is_empty() {
            let _ = write!(name, "-{}-{}", facet.key(), values.join("-"));
        }
    }
    if state.has_query() {
        name.push_str("-search");
    }
    if name.len() > 100 {
        name = format!("{}-filtered", d.visit.id);
    }
    format!("{name}.{}", format.extension())
}

fn slugify(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect()
}

/// Escapes TEXT for iCalendar (RFC 5545, 3.3.11).
pub fn escape_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends one content line, folded so that no line is longer than 75 octets
/// (a continuation line's leading space included) and never inside a UTF-8
/// sequence, ended by CRLF (RFC 5545, 3.1).
pub fn push_line(out: &mut String, line: &str) {
    let mut rest = line;
    let mut limit = 75;
    loop {
        if rest.len() <= limit {
            out.push_str(rest);
            out.push_str("\r\n");
            return;
        }
        let mut cut = limit;
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        out.push_str(&rest[..cut]);
        out.push_str("\r\n ");
        rest = &rest[cut..];
        limit = 74;
    }
}

/// What an iCalendar export is made from.
pub struct Calendar<'a> {
    pub dataset: &'a Dataset,
    /// The meetings of the view, in its order.
    pub meetings: &'a [&'a Meeting],
    /// The permalink of a meeting, absolute.
    pub link: &'a dyn Fn(&Meeting) -> String,
    /// When the file is made, as `YYYYMMDDTHHMMSSZ` (UTC).
    pub stamp: &'a str,
}

/// Where a meeting was, as a calendar writes it: "New York, United States".
fn location(stop: &crate::domain::Stop) -> String {
    match stop.country {
        Some(c) => format!("{}, {}", stop.city, c.name()),
        None => stop.city.to_string(),
    }
}

/// The calendar's opening lines, before its description: unfolded.
pub fn calendar_head(d: &Dataset) -> [String; 6] {
    let v = &d.visit;
    [
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        format!("PRODID:-//Visit Explorer//{}//EN", v.id),
        "CALSCALE:GREGORIAN".to_string(),
        "METHOD:PUBLISH".to_string(),
        format!("X-WR-CALNAME:{}", escape_text(&v.title)),
    ]
}

/// The calendar's `X-WR-CALDESC` line, unfolded: how many meetings it holds, and
/// how many of the view it leaves out for want of a date.
pub fn calendar_description(d: &Dataset, dated: usize, undated: usize) -> String {
    let mut desc = i18n::count(Key::CalendarDated, dated, &[("title", &d.visit.title)]);
    if undated > 0 {
        let key = if d.sources.len() == 1 {
            Key::CalendarUndatedOneSource
        } else {
            Key::CalendarUndated
        };
        desc.push(' ');
        desc.push_str(&i18n::count(key, undated, &[]));
    }
    format!("X-WR-CALDESC:{}", escape_text(&desc))
}

/// The last line of a calendar.
pub const CALENDAR_END: &str = "END:VCALENDAR";

/// A dated meeting's VEVENT, as unfolded lines: `None` for a meeting without a date.
pub fn calendar_event(d: &Dataset, m: &Meeting, link: &str, stamp: &str) -> Option<[String; 12]> {
    let day = m.date?;
    let sectors: Vec<String> = m
        .sectors
        .iter()
        .map(|&s| escape_text(&d.sector(s).label))
        .collect();
    let summary = if m.counterpart.organisation.is_empty() {
        m.counterpart.name.to_string()
    } else {
        format!("{} ({})", m.counterpart.name, m.counterpart.organisation)
    };
    Some([
        "BEGIN:VEVENT".to_string(),
        format!("UID:{}@{}.visit-explorer", m.id, d.visit.id),
        format!("DTSTAMP:{stamp}"),
        format!("DTSTART;VALUE=DATE:{}", day.compact()),
        format!("DTEND;VALUE=DATE:{}", day.next().compact()),
        format!("SUMMARY:{}", escape_text(&summary)),
        format!("LOCATION:{}", escape_text(&location(d.stop_of(m)))),
        format!(
            "DESCRIPTION:{}",
            escape_text(&format!("{}\n\n{link}", m.summary))
        ),
        format!("URL:{link}"),
        format!(
            "STATUS:{}",
            match m.status {
                Status::Held => "CONFIRMED",
                Status::Planned => "TENTATIVE",
            }
        ),
        format!("CATEGORIES:{}", sectors.join(",")),
        "END:VEVENT".to_string(),
    ])
}

/// The view as iCalendar: one all-day VEVENT per dated meeting, on the meeting's
/// own date, which is the local day at its stop (an all-day date carries no
/// time zone, so no converting can move it to another day). Meetings without
/// a date get no invented one: they are left out, and `X-WR-CALDESC` says how many.
pub fn calendar(c: &Calendar) -> String {
    let d = c.dataset;
    let dated = c.meetings.iter().filter(|m| m.date.is_some()).count();
    let mut out = String::new();
    for line in calendar_head(d) {
        push_line(&mut out, &line);
    }
    push_line(
        &mut out,
        &calendar_description(d, dated, c.meetings.len() - dated),
    );
    for m in c.meetings {
        for line in calendar_event(d, m, &(c.link)(m), c.stamp)
            .into_iter()
            .flatten()
        {
            push_line(&mut out, &line);
        }
    }
    push_line(&mut out, CALENDAR_END);
    out
}
