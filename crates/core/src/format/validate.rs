//! Checks every rule of the dataset format at once and builds the typed dataset.

use std::collections::HashSet;
use std::fmt;
use std::rc::Rc;

use super::cells::{FIGURE, LIST};
use super::moment::{is_time_zone, Published};
use super::{CiteFile, DatasetFile, MeetingFile, SourceFile, StopFile, VisitFile, FORMAT};
use crate::domain::{
    Citation, Counterpart, Dataset, Date, DateBasis, Figure, Kind, Meeting, Mode, Place, Sector,
    SectorDef, Source, Status, Stop, Text, Traveller, Visit, MAX_SECTORS,
};

/// Which record of a dataset a fault is in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Record {
    Dataset,
    Visit,
    /// Index, and the id when there is one.
    Source(usize, String),
    Sector(usize, String),
    Meeting(usize, String),
}

impl fmt::Display for Record {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (list, i, id) = match self {
            Record::Dataset => return f.write_str("dataset"),
            Record::Visit => return f.write_str("visit"),
            Record::Source(i, id) => ("sources", i, id),
            Record::Sector(i, id) => ("sectors", i, id),
            Record::Meeting(i, id) => ("meetings", i, id),
        };
        if id.trim().is_empty() {
            write!(f, "{list}[{i}]")
        } else {
            write!(f, "{list}[{i}] (id \"{id}\")")
        }
    }
}

/// One thing wrong with a dataset, naming where it is, what was found and what
/// is allowed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataError {
    pub record: Record,
    /// The field's path inside the record, e.g. `counterpart.name` or `sectors[1]`.
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

/// Collects the errors of one record.
struct Errors<'a> {
    record: Record,
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
        self.plain(field, value);
    }

    /// Text holds no control characters but line breaks and tabs.
    fn plain(&mut self, field: &str, value: &str) {
        if let Some(c) = value
            .chars()
            .find(|&c| c.is_control() && c != '\n' && c != '\t' && c != '\r')
        {
            self.push(
                field,
                format!("holds the control character U+{:04X}; remove it (only line breaks and tabs may appear in text)", c as u32),
            );
        }
    }

    fn date(&mut self, field: &str, value: &str) -> Option<Date> {
        let d = Date::parse(value.trim());
        if d.is_none() {
            self.push(
                field,
                format!(
                    "\"{value}\" is not a date; write YYYY-MM-DD, e.g. 2023-09-17 \
                     (in a spreadsheet, format the column as text)"
                ),
            );
        }
        d
    }

    fn id(&mut self, field: &str, value: &str) {
        if !is_url_safe_id(value) {
            self.push(
                field,
                format!("\"{value}\" is not URL-safe; use a-z, 0-9 and single inner hyphens, at most 64"),
            );
        }
    }

    /// List items become one spreadsheet cell, so none may hold the separator.
    fn list_items(&mut self, field: &str, items: &[String]) {
        for (i, item) in items.iter().enumerate() {
            self.plain(&format!("{field}[{i}]"), item);
            if item.trim().is_empty() {
                self.push(format!("{field}[{i}]"), "must not be empty");
            } else if item.contains(LIST) {
                self.push(
                    format!("{field}[{i}]"),
                    format!("\"{item}\" holds \"{LIST}\", which separates list items in the spreadsheet form"),
                );
            }
        }
    }
}

fn allowed(values: impl Iterator<Item = impl AsRef<str>>) -> String {
    values
        .map(|v| v.as_ref().to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

fn place(errors: &mut Errors, field: &str, value: &str) -> Option<Place> {
    let p = Place::parse(value);
    if p.is_none() {
        let hint = match value.to_ascii_uppercase().as_str() {
            "UK" => " (the United Kingdom is GB)",
            "EL" => " (Greece is GR)",
            v if v != value && Place::parse(v).is_some() => " (codes are upper-case)",
            _ => "",
        };
        errors.push(
            field,
            format!(
                "unknown country \"{value}\"{hint}; expected an ISO 3166-1 alpha-2 code such as US or KZ, \
                 or \"{}\" for an international organisation",
                Place::INTERNATIONAL
            ),
        );
    }
    p
}

fn texts(items: &[String]) -> Vec<Text> {
    items.iter().map(|s| Text::from(s.as_str())).collect()
}

/// True for ids that read well in a URL path: `a-z`, `0-9` and inner single
/// hyphens, at most 64 characters.
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

/// Checks every rule and returns the typed dataset, or every error found.
pub fn validate(file: &DatasetFile) -> Result<Dataset, Vec<DataError>> {
    let mut all = Vec::new();
    let mut top = Errors {
        record: Record::Dataset,
        out: &mut all,
    };
    match file.format {
        None => top.push("format", format!("is missing; add \"format\": {FORMAT} at the top")),
        Some(1 | FORMAT) => {}
        Some(n) => top.push(
            "format",
            format!("this dataset is written in format {n}; this build of Visit Explorer reads formats 1 and {FORMAT}"),
        ),
    }
    let visit = validate_visit(&file.visit, &mut all);
    validate_languages(file, &mut all);
    let sources = validate_sources(&file.sources, &mut all);
    let sectors = validate_sectors(file, &mut all);
    let context = Context {
        visit: visit.as_ref(),
        stop_ids: file.visit.stops.iter().map(|s| s.id.as_str()).collect(),
        source_ids: file.sources.iter().map(|s| s.id.as_str()).collect(),
        sources: &sources,
        sector_slugs: file.sectors.iter().map(|s| s.slug.as_str()).collect(),
    };

    let mut seen = HashSet::new();
    let mut meetings = Vec::new();
    for (i, m) in file.meetings.iter().enumerate() {
        let mut e = Errors {
            record: Record::Meeting(i, m.id.clone()),
            out: &mut all,
        };
        if !seen.insert(m.id.as_str()) {
            e.push(
                "id",
                format!("duplicate id \"{}\"; ids must be unique", m.id),
            );
        }
        if let Some(meeting) = validate_meeting(m, &context, &mut e) {
            meetings.push(meeting);
        }
    }
    if file.meetings.is_empty() {
        all.push(DataError {
            record: Record::Dataset,
            field: "meetings".into(),
            message: "must hold at least one meeting".into(),
        });
    }
    match visit {
        Some(visit) if all.is_empty() => {
            // Stable sort: dated meetings by date, then undated, each in file order.
            meetings.sort_by_key(|m| (m.date.is_none(), m.date));
            Ok(Dataset {
                visit,
                sources: sources
                    .into_iter()
                    .filter_map(|s| s.map(|(s, _)| s))
                    .collect(),
                sectors: sectors.into_iter().flatten().collect(),
                meetings: meetings.into_iter().map(Rc::new).collect(),
                untranslated: Vec::new(),
            })
        }
        _ => Err(all),
    }
}

/// What a meeting is checked against. Entries that are themselves faulty are
/// `None`: a meeting naming one gets no second error, the entry has its own.
struct Context<'a> {
    visit: Option<&'a Visit>,
    stop_ids: Vec<&'a str>,
    source_ids: Vec<&'a str>,
    sources: &'a [Option<(Source, Published)>],
    sector_slugs: Vec<&'a str>,
}

/// The declared languages, and that every translation is into one of them.
fn validate_languages(file: &DatasetFile, all: &mut Vec<DataError>) {
    let mut e = Errors {
        record: Record::Visit,
        out: all,
    };
    let v = &file.visit;
    let code = |l: &str| super::is_language_code(l);
    let not_code = |l: &str| {
        format!("\"{l}\" is not a language code; write two or three lowercase letters (ISO 639), e.g. \"ru\"")
    };
    if let Some(d) = &v.default_language {
        if !code(d) {
            e.push("default_language", not_code(d));
        }
    }
    for (i, l) in v.languages.iter().enumerate() {
        if !code(l) {
            e.push(format!("languages[{i}]"), not_code(l));
        } else if v.languages[..i].contains(l) {
            e.push(
                format!("languages[{i}]"),
                format!("\"{l}\" is listed twice"),
            );
        }
    }
    let declared = v.languages();
    if !v.languages.is_empty() && !v.languages.iter().any(|l| l == v.default_language()) {
        e.push(
            "languages",
            format!(
                "does not list the default language \"{}\"",
                v.default_language()
            ),
        );
    }
    let mut unknown: Vec<&str> = file
        .translations
        .values()
        .flat_map(|t| t.keys())
        .map(String::as_str)
        .filter(|l| !declared.contains(l))
        .collect();
    unknown.sort_unstable();
    unknown.dedup();
    for l in unknown {
        e.push(
            "languages",
            format!(
                "the dataset has texts in \"{l}\" but does not declare it; the languages are: {}",
                declared.join(", ")
            ),
        );
    }
}

/// A country code where only a country will do (a home, a stop's host).
fn country(e: &mut Errors, field: &str, value: &str) -> Option<Place> {
    match place(e, field, value)? {
        Place::International => {
            e.push(
                field,
                format!(
                    "must be a country's ISO code, not \"{}\"",
                    Place::INTERNATIONAL
                ),
            );
            None
        }
        p => Some(p),
    }
}

fn validate_stops(stops: &[StopFile], e: &mut Errors) -> Vec<Option<Stop>> {
    if stops.is_empty() {
        e.push(
            "stops",
            "must list at least one stop, with its city and dates",
        );
    }
    let mut seen = HashSet::new();
    let mut out: Vec<Option<Stop>> = Vec::new();
    for (i, s) in stops.iter().enumerate() {
        let before = e.out.len();
        let f = |name: &str| format!("stops[{i}].{name}");
        e.id(&f("id"), &s.id);
        if !seen.insert(s.id.as_str()) {
            e.push(f("id"), format!("duplicate stop id \"{}\"", s.id));
        }
        e.non_empty(&f("city"), &s.city);
        let place = s.country.as_deref().map(|c| country(e, &f("country"), c));
        let from = e.date(&f("from"), &s.from);
        let to = s.to.as_deref().and_then(|t| e.date(&f("to"), t));
        if let (Some(a), Some(b)) = (from, to) {
            if b < a {
                e.push(f("to"), format!("{b} is before the stop's first day {a}"));
            }
        }
        if let Some(tz) = &s.timezone {
            if !is_time_zone(tz) {
                e.push(
                    f("timezone"),
                    format!("\"{tz}\" is not a time zone; write an IANA name such as Asia/Jakarta or America/New_York"),
                );
            }
        }
        // In order: a stop starts no earlier than the one before it started and ended.
        if let (Some(from), Some(Some(prev))) = (from, out.last()) {
            let prev_end = prev.to.unwrap_or(prev.from);
            if from < prev.from || from < prev_end {
                e.push(
                    f("from"),
                    format!("{from} is before the previous stop ({}) ends on {prev_end}; list stops in the order of the trip", prev.id),
                );
            }
        }
        out.push((e.out.len() == before).then(|| Stop {
            id: s.id.as_str().into(),
            city: s.city.as_str().into(),
            country: place.flatten(),
            from: from.unwrap_or(Date {
                year: 1,
                month: 1,
                day: 1,
            }),
            to,
            timezone: s.timezone.as_deref().map(Text::from),
        }));
    }
    out
}

fn validate_visit(v: &VisitFile, all: &mut Vec<DataError>) -> Option<Visit> {
    let before = all.len();
    let mut e = Errors {
        record: Record::Visit,
        out: all,
    };
    e.id("id", &v.id);
    e.non_empty("title", &v.title);
    e.non_empty("traveller.name", &v.traveller.name);
    e.non_empty("traveller.role", &v.traveller.role);
    e.non_empty("occasion", &v.occasion);
    e.plain("dates_note", &v.dates_note);
    let home = country(&mut e, "traveller.country", &v.traveller.country);
    let from = e.date("from", &v.from);
    let to = v.to.as_deref().and_then(|t| e.date("to", t));
    if let (Some(f), Some(t)) = (from, to) {
        if t < f {
            e.push("to", format!("{t} is before the visit's start {f}"));
        }
    }
    let stops = validate_stops(&v.stops, &mut e);
    // The visit's dates are the trip's: its first stop's first day, its last stop's last.
    if let (Some(Some(first)), Some(from)) = (stops.first(), from) {
        if first.from != from {
            e.push("from", format!("{from} differs from the first stop's first day, {}; the visit begins where its first stop does", first.from));
        }
    }
    if let Some(Some(last)) = stops.last() {
        if last.to != to {
            let said = |d: Option<Date>| d.map_or("none".to_string(), |d| d.to_string());
            e.push("to", format!("{} differs from the last stop's last day, {}; the visit ends where its last stop does", said(to), said(last.to)));
        }
    }
    if all.len() != before {
        return None;
    }
    Some(Visit {
        id: v.id.clone(),
        title: v.title.as_str().into(),
        traveller: Traveller {
            name: v.traveller.name.as_str().into(),
            role: v.traveller.role.as_str().into(),
            country: home?,
        },
        stops: stops.into_iter().collect::<Option<Vec<_>>>()?,
        from: from?,
        to,
        dates_note: v.dates_note.as_str().into(),
        occasion: v.occasion.as_str().into(),
    })
}

fn validate_sources(
    sources: &[SourceFile],
    all: &mut Vec<DataError>,
) -> Vec<Option<(Source, Published)>> {
    if sources.is_empty() {
        all.push(DataError {
            record: Record::Dataset,
            field: "sources".into(),
            message: "must list at least one source".into(),
        });
    }
    let mut seen = HashSet::new();
    sources
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let before = all.len();
            let mut e = Errors {
                record: Record::Source(i, s.id.clone()),
                out: all,
            };
            e.id("id", &s.id);
            if !seen.insert(s.id.as_str()) {
                e.push("id", format!("duplicate source id \"{}\"", s.id));
            }
            e.non_empty("publisher", &s.publisher);
            if let Some(t) = &s.title {
                e.non_empty("title", t);
            }
            if let Some(u) = &s.url {
                if !(u.starts_with("https://") || u.starts_with("http://")) {
                    e.push(
                        "url",
                        format!(
                            "\"{u}\" is not a web address; it must start with https:// or http://"
                        ),
                    );
                }
            }
            let published = Published::parse(&s.published);
            if published.is_none() {
                e.push(
                    "published",
                    format!(
                        "\"{}\" is not a date or a moment; write YYYY-MM-DD, or YYYY-MM-DDTHH:MM with its UTC offset \
                         (e.g. 2022-11-10T20:30-05:00) when a meeting's stop is in another time zone",
                        s.published
                    ),
                );
            }
            if s.paragraphs == 0 {
                e.push("paragraphs", "must be at least 1");
            }
            let published = published?;
            (all.len() == before).then(|| {
                let at = match &published {
                    Published::Moment(_, text) => Some(Text::from(text.as_str())),
                    Published::Day(_) => None,
                };
                (
                    Source {
                        id: s.id.clone(),
                        publisher: s.publisher.as_str().into(),
                        title: s.title.as_deref().map(Text::from),
                        url: s.url.as_deref().map(Text::from),
                        published: published.day(),
                        published_at: at,
                        paragraphs: s.paragraphs,
                    },
                    published,
                )
            })
        })
        .collect()
}

fn validate_sectors(file: &DatasetFile, all: &mut Vec<DataError>) -> Vec<Option<SectorDef>> {
    let sectors = &file.sectors;
    if sectors.is_empty() {
        all.push(DataError {
            record: Record::Dataset,
            field: "sectors".into(),
            message: "must declare at least one sector".into(),
        });
    }
    if sectors.len() > MAX_SECTORS {
        all.push(DataError {
            record: Record::Dataset,
            field: "sectors".into(),
            message: format!(
                "declares {} sectors; at most {MAX_SECTORS} are allowed",
                sectors.len()
            ),
        });
    }
    let (mut slugs, mut labels) = (HashSet::new(), HashSet::new());
    sectors
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let before = all.len();
            let mut e = Errors {
                record: Record::Sector(i, s.slug.clone()),
                out: all,
            };
            if !is_url_safe_id(&s.slug) {
                e.push(
                    "slug",
                    format!(
                        "\"{}\" is not URL-safe; use a-z, 0-9 and single inner hyphens",
                        s.slug
                    ),
                );
            }
            if !slugs.insert(s.slug.as_str()) {
                e.push("slug", format!("duplicate sector \"{}\"", s.slug));
            }
            e.non_empty("label", &s.label);
            if !labels.insert(s.label.trim().to_lowercase()) {
                e.push("label", format!("two sectors are labelled \"{}\"", s.label));
            }
            e.non_empty("definition", &s.definition);
            (all.len() == before && i < MAX_SECTORS).then(|| SectorDef {
                slug: s.slug.as_str().into(),
                label: s.label.as_str().into(),
                definition: s.definition.as_str().into(),
            })
        })
        .collect()
}

fn validate_meeting(m: &MeetingFile, cx: &Context, e: &mut Errors) -> Option<Meeting> {
    let before = e.out.len();
    e.id("id", &m.id);
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
    let countries = validate_countries(m, e);
    let stop = validate_stop(m, cx, e);
    let mode = match m.mode.as_deref() {
        None => Some(Mode::InPerson),
        Some(slug) => {
            let mode = Mode::from_slug(slug);
            if mode.is_none() {
                e.push(
                    "mode",
                    format!(
                        "unknown mode \"{slug}\"; allowed: {}",
                        allowed(Mode::ALL.iter().map(|m| m.slug()))
                    ),
                );
            }
            mode
        }
    };

    let mut sectors = Vec::new();
    if m.sectors.is_empty() {
        e.push("sectors", "must name at least one sector");
    }
    let slugs = || allowed(cx.sector_slugs.iter());
    for (i, slug) in m.sectors.iter().enumerate() {
        match cx.sector_slugs.iter().position(|s| s == slug) {
            Some(p) if sectors.contains(&Sector(p as u8)) => e.push(
                format!("sectors[{i}]"),
                format!("sector \"{slug}\" is listed twice"),
            ),
            // A faulty sector is reported where it is declared, not again here.
            Some(p) => sectors.push(Sector(p as u8)),
            None => e.push(
                format!("sectors[{i}]"),
                format!(
                    "unknown sector \"{slug}\"; the dataset's sectors are: {}",
                    slugs()
                ),
            ),
        }
    }

    e.non_empty("counterpart.name", &m.counterpart.name);
    e.non_empty("counterpart.role", &m.counterpart.role);
    e.plain("counterpart.organisation", &m.counterpart.organisation);
    e.plain("date_note", &m.date_note);
    e.non_empty("summary", &m.summary);
    e.list_items("topics", &m.topics);
    e.list_items("places", &m.places);
    for (i, f) in m.figures.iter().enumerate() {
        e.non_empty(&format!("figures[{i}].value"), &f.value);
        e.non_empty(&format!("figures[{i}].about"), &f.about);
        if f.value.contains(FIGURE) || f.value.contains(LIST) {
            e.push(
                format!("figures[{i}].value"),
                format!("\"{}\" holds \"{FIGURE}\" or \"{LIST}\", which the spreadsheet form uses as separators", f.value),
            );
        }
        if f.about.contains(LIST) {
            e.push(
                format!("figures[{i}].about"),
                format!(
                    "\"{}\" holds \"{LIST}\", which separates list items in the spreadsheet form",
                    f.about
                ),
            );
        }
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
            "a meeting whose date basis is \"not-stated\" must have no date (null, or an empty cell)",
        ),
        (Some(b @ (DateBasis::Stated | DateBasis::Context | DateBasis::By)), None) => e.push(
            "date",
            format!("date basis \"{}\" needs a date; use \"not-stated\" when the source gives none", b.slug()),
        ),
        _ => {}
    }

    let cites = validate_cites("cites", &m.cites, cx, e);
    if m.cites.is_empty() || m.cites.iter().all(|c| c.paragraphs.is_empty()) {
        e.push("cites", "must cite at least one paragraph of a source");
    }
    let announced = m
        .announced
        .as_ref()
        .map(|a| validate_cites("announced", std::slice::from_ref(a), cx, e));
    // The stop the meeting was at, when it and the visit are sound: its dates and
    // its time zone are the meeting's.
    let at = cx.visit.zip(stop).and_then(|(v, i)| v.stops.get(i));
    if let (Some(d), Some(s)) = (date, at) {
        if !s.holds(d) {
            let span = match s.to {
                Some(to) => format!("{} to {to}", s.from),
                None => format!("from {} on", s.from),
            };
            e.push(
                "date",
                format!(
                    "{d} lies outside the dates of its stop, {} ({span})",
                    s.city
                ),
            );
        }
    }
    // A planned event had not happened when its sources were published; a held one
    // had. Each source's moment is read as the day it was at the meeting's stop.
    let tz = at.and_then(|s| s.timezone.as_deref());
    let day_of = |c: &Citation| {
        cx.sources
            .get(c.source)
            .and_then(Option::as_ref)
            .map(|(_, p)| p.day_in(tz))
    };
    let published = cites.iter().filter_map(day_of).max();
    let in_zone = |p: Date| match tz {
        Some(tz) => format!("{p}, the day it was in {tz}"),
        None => p.to_string(),
    };
    if let (Some(d), Some(p)) = (date, published) {
        if status == Some(Status::Planned) && d < p {
            e.push(
                "date",
                format!(
                    "a planned event cannot be dated {d}, before the source was published ({})",
                    in_zone(p)
                ),
            );
        }
        if status == Some(Status::Held) && d > p {
            e.push(
                "date",
                format!(
                    "a held meeting cannot be dated {d}, after the source was published ({})",
                    in_zone(p)
                ),
            );
        }
    }
    // Announced, then held: one source reported it as planned, a later one as held.
    if let Some(a) = announced.as_ref().and_then(|a| a.first()) {
        if status == Some(Status::Planned) {
            e.push(
                "announced",
                "is for a meeting one source announced and a later one reported held; this meeting is \"planned\", so its own sources already say it was announced",
            );
        }
        if let (Some(d), Some(p)) = (date, day_of(a)) {
            if p > d {
                e.push(
                    "announced",
                    format!(
                        "the announcing source was published {}, after the meeting's date {d}",
                        in_zone(p)
                    ),
                );
            }
        }
    }

    if e.out.len() != before {
        return None;
    }
    Some(Meeting {
        id: m.id.as_str().into(),
        status: status?,
        date,
        date_basis: basis?,
        date_note: m.date_note.as_str().into(),
        counterpart: Counterpart {
            name: m.counterpart.name.as_str().into(),
            role: m.counterpart.role.as_str().into(),
            organisation: m.counterpart.organisation.as_str().into(),
        },
        kind: kind?,
        countries: countries?,
        stop: stop?,
        mode: mode?,
        sectors,
        topics: texts(&m.topics),
        places: texts(&m.places),
        figures: m
            .figures
            .iter()
            .map(|f| Figure {
                value: f.value.as_str().into(),
                about: f.about.as_str().into(),
            })
            .collect(),
        summary: m.summary.as_str().into(),
        cites,
        announced: announced.and_then(|mut a| a.pop()),
        also: Text::default(),
    })
}

/// One or more countries, each an ISO code or `international`, none twice.
fn validate_countries(m: &MeetingFile, e: &mut Errors) -> Option<Vec<Place>> {
    if m.countries.is_empty() {
        e.push(
            "countries",
            format!(
                "must name at least one country (an ISO code such as US), or \"{}\"",
                Place::INTERNATIONAL
            ),
        );
        return None;
    }
    let mut out = Vec::new();
    let mut sound = true;
    for (i, c) in m.countries.iter().enumerate() {
        match place(e, &format!("countries[{i}]"), c) {
            Some(p) if out.contains(&p) => {
                e.push(
                    format!("countries[{i}]"),
                    format!("\"{c}\" is listed twice"),
                );
                sound = false;
            }
            Some(p) => out.push(p),
            None => sound = false,
        }
    }
    sound.then_some(out)
}

/// The meeting's stop: named by id, or the only one.
fn validate_stop(m: &MeetingFile, cx: &Context, e: &mut Errors) -> Option<usize> {
    let ids = || allowed(cx.stop_ids.iter());
    match (&m.stop, cx.stop_ids.len()) {
        (None, 1) => Some(0),
        (None, 0) => None,
        (None, _) => {
            e.push(
                "stop",
                format!(
                    "is needed, since the visit has several stops; name one of: {}",
                    ids()
                ),
            );
            None
        }
        (Some(id), _) => {
            let at = cx.stop_ids.iter().position(|s| s == id);
            if at.is_none() {
                e.push(
                    "stop",
                    format!("unknown stop \"{id}\"; the visit's stops are: {}", ids()),
                );
            }
            at
        }
    }
}

/// Citations in `field` (`cites`, or `announced`): each source known and cited
/// once, each paragraph one the source has.
fn validate_cites(field: &str, list: &[CiteFile], cx: &Context, e: &mut Errors) -> Vec<Citation> {
    let ids = || allowed(cx.source_ids.iter());
    let mut out: Vec<Citation> = Vec::new();
    for (i, c) in list.iter().enumerate() {
        let at = if field == "announced" {
            field.to_string()
        } else {
            format!("{field}[{i}]")
        };
        let Some(index) = cx.source_ids.iter().position(|s| *s == c.source) else {
            e.push(
                format!("{at}.source"),
                format!(
                    "unknown source \"{}\"; the dataset's sources are: {}",
                    c.source,
                    ids()
                ),
            );
            continue;
        };
        if out.iter().any(|o| o.source == index) {
            e.push(
                format!("{at}.source"),
                format!(
                    "source \"{}\" is cited twice; list all its paragraphs once",
                    c.source
                ),
            );
        }
        // A faulty source is reported where it is declared; its range is unknown.
        let max = cx.sources[index]
            .as_ref()
            .map_or(u32::MAX, |(s, _)| s.paragraphs);
        if c.paragraphs.is_empty() && field == "announced" {
            e.push(
                format!("{at}.paragraphs"),
                "must name the paragraphs that announce the meeting",
            );
        }
        for (j, p) in c.paragraphs.iter().enumerate() {
            if *p == 0 || *p > max {
                e.push(
                    format!("{at}.paragraphs[{j}]"),
                    format!(
                        "paragraph {p} does not exist; source \"{}\" has paragraphs 1 to {max}",
                        c.source
                    ),
                );
            }
        }
        out.push(Citation {
            source: index,
            paragraphs: c.paragraphs.clone(),
        });
    }
    out
}
