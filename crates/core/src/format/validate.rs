//! Parses the dataset JSON and checks every rule at once.
//!
//! This file is compiled twice: into the app, and into `build.rs`, so that a
//! broken dataset stops the build. It may only use `crate::domain`, serde and std.

use std::collections::HashSet;
use std::fmt;

use serde::Deserialize;

use crate::domain::{
    Counterpart, Dataset, Date, DateBasis, Figure, Host, Kind, Meeting, Place, Sector, SourceRef,
    Status, Visit,
};

/// One thing wrong with the dataset, naming where it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataError {
    /// `visit`, or `meetings[i]` with the id when there is one.
    pub record: String,
    pub field: String,
    pub message: String,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}, field `{}`: {}",
            self.record, self.field, self.message
        )
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawDataset {
    pub visit: RawVisit,
    pub meetings: Vec<RawMeeting>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawVisit {
    pub id: String,
    pub title: String,
    pub host: RawHost,
    pub city: String,
    pub from: String,
    pub to: Option<String>,
    #[serde(default)]
    pub dates_note: String,
    pub occasion: String,
    pub source: RawSource,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawHost {
    pub name: String,
    pub role: String,
    pub country: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSource {
    pub publisher: String,
    pub published: String,
    pub paragraphs: u32,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawMeeting {
    pub id: String,
    pub status: String,
    pub date: Option<String>,
    pub date_basis: String,
    #[serde(default)]
    pub date_note: String,
    pub counterpart: RawCounterpart,
    pub kind: String,
    pub country: String,
    pub sectors: Vec<String>,
    #[serde(default)]
    pub topics: Vec<String>,
    #[serde(default)]
    pub places: Vec<String>,
    #[serde(default)]
    pub figures: Vec<RawFigure>,
    pub summary: String,
    pub source_paragraphs: Vec<u32>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCounterpart {
    pub name: String,
    pub role: String,
    #[serde(default)]
    pub organisation: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFigure {
    pub value: String,
    pub about: String,
}

/// Parses and validates dataset JSON.
pub fn parse(json: &str) -> Result<Dataset, Vec<DataError>> {
    let raw: RawDataset = serde_json::from_str(json).map_err(|e| {
        vec![DataError {
            record: "dataset".into(),
            field: "(structure)".into(),
            message: format!("not a well-formed dataset: {e}"),
        }]
    })?;
    validate(raw)
}

/// Collects the errors of one record.
struct Errors<'a> {
    record: String,
    out: &'a mut Vec<DataError>,
}

impl Errors<'_> {
    fn push(&mut self, field: impl Into<String>, message: impl Into<String>) {
        self.out.push(DataError {
            record: self.record.clone(),
            field: field.into(),
            message: message.into(),
        });
    }

    fn non_empty(&mut self, field: &str, value: &str) {
        if value.trim().is_empty() {
            self.push(field, "must not be empty");
        }
    }

    fn date(&mut self, field: &str, value: &str) -> Option<Date> {
        let d = Date::parse(value);
        if d.is_none() {
            self.push(
                field,
                format!("\"{value}\" is not a date; expected YYYY-MM-DD, e.g. 2023-09-17"),
            );
        }
        d
    }
}

fn allowed(values: impl Iterator<Item = &'static str>) -> String {
    values.collect::<Vec<_>>().join(", ")
}

fn place(errors: &mut Errors, field: &str, value: &str) -> Option<Place> {
    let p = Place::parse(value);
    if p.is_none() {
        errors.push(
            field,
            format!(
                "unknown country \"{value}\"; expected an ISO 3166-1 alpha-2 code the app knows \
                 (see src/domain/country.rs) or \"{}\" for an international organisation",
                Place::INTERNATIONAL
            ),
        );
    }
    p
}

/// True for ids that read well in a URL path: `a-z`, `0-9` and inner single hyphens.
pub fn is_url_safe_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
}

/// Checks every rule and returns either the typed dataset or all the errors.
pub fn validate(raw: RawDataset) -> Result<Dataset, Vec<DataError>> {
    let mut all = Vec::new();
    let visit = validate_visit(raw.visit, &mut all);
    let mut seen = HashSet::new();
    let mut meetings = Vec::new();
    for (i, m) in raw.meetings.into_iter().enumerate() {
        let record = if m.id.trim().is_empty() {
            format!("meetings[{i}]")
        } else {
            format!("meetings[{i}] (id \"{}\")", m.id)
        };
        let mut e = Errors {
            record,
            out: &mut all,
        };
        if !seen.insert(m.id.clone()) {
            e.push(
                "id",
                format!("duplicate id \"{}\"; ids must be unique", m.id),
            );
        }
        if let Some(meeting) = validate_meeting(m, visit.as_ref(), &mut e) {
            meetings.push(meeting);
        }
    }
    if meetings.is_empty() && all.is_empty() {
        all.push(DataError {
            record: "dataset".into(),
            field: "meetings".into(),
            message: "must hold at least one meeting".into(),
        });
    }
    match visit {
        Some(visit) if all.is_empty() => {
            // Stable sort: dated meetings by date, then undated, each in source order.
            meetings.sort_by_key(|m| (m.date.is_none(), m.date));
            Ok(Dataset {
                visit,
                meetings: meetings.into_iter().map(std::rc::Rc::new).collect(),
            })
        }
        _ => Err(all),
    }
}

fn validate_visit(v: RawVisit, all: &mut Vec<DataError>) -> Option<Visit> {
    let before = all.len();
    let mut e = Errors {
        record: "visit".into(),
        out: all,
    };
    if !is_url_safe_id(&v.id) {
        e.push(
            "id",
            format!(
                "\"{}\" is not URL-safe; use a-z, 0-9 and single inner hyphens",
                v.id
            ),
        );
    }
    e.non_empty("title", &v.title);
    e.non_empty("host.name", &v.host.name);
    e.non_empty("host.role", &v.host.role);
    e.non_empty("city", &v.city);
    e.non_empty("occasion", &v.occasion);
    e.non_empty("source.publisher", &v.source.publisher);
    let country = place(&mut e, "host.country", &v.host.country);
    let from = e.date("from", &v.from);
    let to = v.to.as_deref().and_then(|t| e.date("to", t));
    let published = e.date("source.published", &v.source.published);
    if let (Some(f), Some(t)) = (from, to) {
        if t < f {
            e.push("to", format!("{t} is before the visit's start {f}"));
        }
    }
    if v.source.paragraphs == 0 {
        e.push("source.paragraphs", "must be at least 1");
    }
    if all.len() != before {
        return None;
    }
    Some(Visit {
        id: v.id,
        title: v.title,
        host: Host {
            name: v.host.name,
            role: v.host.role,
            country: country?,
        },
        city: v.city,
        from: from?,
        to,
        dates_note: v.dates_note,
        occasion: v.occasion,
        source: SourceRef {
            publisher: v.source.publisher,
            published: published?,
            paragraphs: v.source.paragraphs,
        },
    })
}

fn validate_meeting(m: RawMeeting, visit: Option<&Visit>, e: &mut Errors) -> Option<Meeting> {
    let before = e.out.len();
    if !is_url_safe_id(&m.id) {
        e.push(
            "id",
            format!(
                "\"{}\" is not URL-safe; use a-z, 0-9 and single inner hyphens",
                m.id
            ),
        );
    }
    let status = Status::from_slug(&m.status);
    if status.is_none() {
        e.push(
            "status",
            format!(
                "unknown status \"{}\"; allowed: {}",
                m.status,
                allowed(Status::ALL.iter().map(|s| s.slug()))
            ),
        );
    }
    let kind = Kind::from_slug(&m.kind);
    if kind.is_none() {
        e.push(
            "kind",
            format!(
                "unknown kind \"{}\"; allowed: {}",
                m.kind,
                allowed(Kind::ALL.iter().map(|k| k.slug()))
            ),
        );
    }
    let country = place(e, "country", &m.country);
    let mut sectors = Vec::new();
    if m.sectors.is_empty() {
        e.push("sectors", "must name at least one sector");
    }
    for (i, s) in m.sectors.iter().enumerate() {
        match Sector::from_slug(s) {
            Some(sector) if sectors.contains(&sector) => e.push(
                format!("sectors[{i}]"),
                format!("sector \"{s}\" is listed twice"),
            ),
            Some(sector) => sectors.push(sector),
            None => e.push(
                format!("sectors[{i}]"),
                format!(
                    "unknown sector \"{s}\"; allowed: {}",
                    allowed(Sector::ALL.iter().map(|s| s.slug()))
                ),
            ),
        }
    }
    e.non_empty("counterpart.name", &m.counterpart.name);
    e.non_empty("counterpart.role", &m.counterpart.role);
    e.non_empty("summary", &m.summary);
    for (i, f) in m.figures.iter().enumerate() {
        e.non_empty(&format!("figures[{i}].value"), &f.value);
        e.non_empty(&format!("figures[{i}].about"), &f.about);
    }

    let basis = DateBasis::from_slug(&m.date_basis);
    if basis.is_none() {
        e.push(
            "date_basis",
            format!(
                "unknown date basis \"{}\"; allowed: {}",
                m.date_basis,
                allowed(DateBasis::ALL.iter().map(|b| b.slug()))
            ),
        );
    }
    let date = m.date.as_deref().and_then(|d| e.date("date", d));
    match (basis, &m.date) {
        (Some(DateBasis::NotStated), Some(_)) => e.push(
            "date",
            "a meeting whose date basis is \"not-stated\" must have \"date\": null",
        ),
        (Some(b @ (DateBasis::Stated | DateBasis::Context)), None) => e.push(
            "date",
            format!(
                "date basis \"{}\" needs a date; use \"not-stated\" when the source gives none",
                b.slug()
            ),
        ),
        _ => {}
    }
    if let (Some(d), Some(v)) = (date, visit) {
        let after_end = v.to.is_some_and(|to| d > to);
        if d < v.from || after_end {
            let span = match v.to {
                Some(to) => format!("{} to {to}", v.from),
                None => format!("from {} on", v.from),
            };
            e.push(
                "date",
                format!("{d} lies outside the visit's dates ({span})"),
            );
        }
        let published = v.source.published;
        if status == Some(Status::Planned) && d < published {
            e.push(
                "date",
                format!("a planned event cannot be dated {d}, before the source was published ({published})"),
            );
        }
        if status == Some(Status::Held) && d > published {
            e.push(
                "date",
                format!("a held meeting cannot be dated {d}, after the source was published ({published})"),
            );
        }
    }

    if m.source_paragraphs.is_empty() {
        e.push(
            "source_paragraphs",
            "must cite at least one paragraph of the source",
        );
    }
    if let Some(v) = visit {
        let max = v.source.paragraphs;
        for (i, p) in m.source_paragraphs.iter().enumerate() {
            if *p == 0 || *p > max {
                e.push(
                    format!("source_paragraphs[{i}]"),
                    format!("paragraph {p} does not exist; the source has paragraphs 1 to {max}"),
                );
            }
        }
    }

    if e.out.len() != before {
        return None;
    }
    Some(Meeting {
        id: m.id,
        status: status?,
        date,
        date_basis: basis?,
        date_note: m.date_note,
        counterpart: Counterpart {
            name: m.counterpart.name,
            role: m.counterpart.role,
            organisation: m.counterpart.organisation,
        },
        kind: kind?,
        place: country?,
        sectors,
        topics: m.topics,
        places: m.places,
        figures: m
            .figures
            .into_iter()
            .map(|f| Figure {
                value: f.value,
                about: f.about,
            })
            .collect(),
        summary: m.summary,
        source_paragraphs: m.source_paragraphs,
    })
}
