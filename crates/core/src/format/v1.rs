//! Format 1, as it was written: one city, one host, one country per meeting.
//! Every format-1 file is read as format 2 through [`upgrade`]: one stop made
//! from the city and the visit's dates, `country` as `countries: [country]`,
//! and `host` as `traveller`.

use serde::{Deserialize, Serialize};

use super::{CiteFile, CounterpartFile, FigureFile, PersonFile, SectorFile, SourceFile, StopFile};
use crate::filter::search::fold;

/// A whole format-1 dataset file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DatasetFile {
    pub format: Option<u32>,
    pub visit: VisitFile,
    pub sources: Vec<SourceFile>,
    pub sectors: Vec<SectorFile>,
    pub meetings: Vec<MeetingFile>,
}

/// `visit.json` of a format-1 spreadsheet folder.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VisitJson {
    pub format: Option<u32>,
    pub visit: VisitFile,
    pub sources: Vec<SourceFile>,
    pub sectors: Vec<SectorFile>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VisitFile {
    pub id: String,
    pub title: String,
    /// The traveller, called the host in format 1.
    pub host: PersonFile,
    pub city: String,
    pub from: String,
    #[serde(default)]
    pub to: Option<String>,
    #[serde(default)]
    pub dates_note: String,
    pub occasion: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MeetingFile {
    pub id: String,
    pub status: String,
    #[serde(default)]
    pub date: Option<String>,
    pub date_basis: String,
    #[serde(default)]
    pub date_note: String,
    pub counterpart: CounterpartFile,
    pub kind: String,
    pub country: String,
    pub sectors: Vec<String>,
    #[serde(default)]
    pub topics: Vec<String>,
    #[serde(default)]
    pub places: Vec<String>,
    #[serde(default)]
    pub figures: Vec<FigureFile>,
    pub summary: String,
    pub cites: Vec<CiteFile>,
}

/// A URL-safe stop id made from a city's name: "New York" gives `new-york`,
/// "Tromsø" gives `tromso`.
pub fn stop_id(city: &str) -> String {
    let mut id = String::new();
    for c in fold(city).chars() {
        if c.is_ascii_alphanumeric() {
            id.push(c.to_ascii_lowercase());
        } else if !id.is_empty() && !id.ends_with('-') {
            id.push('-');
        }
    }
    let id = id.trim_end_matches('-');
    if id.is_empty() {
        "stop".into()
    } else {
        id.chars()
            .take(64)
            .collect::<String>()
            .trim_end_matches('-')
            .into()
    }
}

/// The format-2 form of a format-1 visit.
pub fn upgrade_visit(v: VisitFile) -> super::VisitFile {
    super::VisitFile {
        stops: vec![StopFile {
            id: stop_id(&v.city),
            city: v.city,
            // Format 1 names only the city: its country is not known.
            country: None,
            from: v.from.clone(),
            to: v.to.clone(),
            timezone: None,
        }],
        id: v.id,
        title: v.title,
        traveller: v.host,
        from: v.from,
        to: v.to,
        dates_note: v.dates_note,
        occasion: v.occasion,
        languages: Vec::new(),
        default_language: None,
    }
}

/// The format-2 form of a format-1 meeting.
pub fn upgrade_meeting(m: MeetingFile) -> super::MeetingFile {
    super::MeetingFile {
        id: m.id,
        status: m.status,
        date: m.date,
        date_basis: m.date_basis,
        date_note: m.date_note,
        counterpart: m.counterpart,
        kind: m.kind,
        countries: vec![m.country],
        stop: None,
        mode: None,
        sectors: m.sectors,
        topics: m.topics,
        places: m.places,
        figures: m.figures,
        summary: m.summary,
        cites: m.cites,
        announced: None,
    }
}

/// The format-2 form of a format-1 dataset: the same dataset once validated.
pub fn upgrade(d: DatasetFile) -> super::DatasetFile {
    super::DatasetFile {
        format: Some(super::FORMAT),
        visit: upgrade_visit(d.visit),
        sources: d.sources,
        sectors: d.sectors,
        meetings: d.meetings.into_iter().map(upgrade_meeting).collect(),
        translations: super::Translations::new(),
    }
}

/// The format-2 form of a format-1 `visit.json`.
pub fn upgrade_visit_json(v: VisitJson) -> super::VisitJson {
    super::VisitJson {
        format: Some(super::FORMAT),
        visit: upgrade_visit(v.visit),
        sources: v.sources,
        sectors: v.sectors,
    }
}

/// Where a fault found in the format-2 form of a format-1 file lies in that
/// file: `traveller.name` is `host.name`, `stops[0].city` is `city`, a meeting's
/// `countries` its `country`. `None` for a fault of the made-up stop that the
/// visit's own dates already report.
pub fn field_in_format_1(record_is_visit: bool, field: &str) -> Option<String> {
    if record_is_visit {
        if let Some(rest) = field.strip_prefix("traveller.") {
            return Some(format!("host.{rest}"));
        }
        return match field.strip_prefix("stops[0].") {
            Some("city") => Some("city".into()),
            Some(_) => None,
            None => Some(field.into()),
        };
    }
    Some(match field.split_once('[') {
        Some(("countries", _)) => "country".into(),
        _ if field == "countries" => "country".into(),
        _ => field.into(),
    })
}
