//! The dataset format, version 2: the types a dataset file is read into and
//! written from, their validation, and the spreadsheet (CSV) form of meetings.
//! Format-1 files are read through [`v1::upgrade`].
//!
//! The file types hold text exactly as written, so validation can report every
//! fault at once; [`validate::validate`] turns them into the typed [`Dataset`].
//! `crates/core/schema/dataset.schema.json` describes the same format as a JSON
//! Schema, and a test keeps the two in step.

pub mod cells;
pub mod csv_write;
#[cfg(feature = "files")]
pub mod files;
pub mod moment;
#[cfg(feature = "files")]
pub mod translations;
pub mod v1;
pub mod validate;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::domain::{Citation, Dataset, Meeting, Mode};

/// The format version this build writes; it reads this one and format 1.
pub const FORMAT: u32 = 2;

/// A whole dataset file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DatasetFile {
    /// The format version; `2`. Optional when reading only so that a missing
    /// one gets a clear message rather than a parse error.
    pub format: Option<u32>,
    pub visit: VisitFile,
    pub sources: Vec<SourceFile>,
    pub sectors: Vec<SectorFile>,
    pub meetings: Vec<MeetingFile>,
    /// The texts' translations, by field (a JSON Pointer into this file) and
    /// language. In a file they sit in the fields themselves, as maps from
    /// language to text; reading moves them here (see `translations`).
    #[serde(skip)]
    pub translations: Translations,
}

/// The language a dataset that declares none is written in.
fn translations_default() -> &'static str {
    "en"
}

/// Is `s` shaped like a language code: two or three lowercase letters (ISO 639)?
pub fn is_language_code(s: &str) -> bool {
    (2..=3).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_lowercase())
}

/// Translations by field (a JSON Pointer into the dataset file), then by language.
pub type Translations = BTreeMap<String, BTreeMap<String, String>>;

/// `visit.json` of the spreadsheet form: everything but the meetings.
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
    pub traveller: PersonFile,
    /// One or more stops, in order.
    pub stops: Vec<StopFile>,
    /// The first and last day: they must agree with the stops.
    pub from: String,
    #[serde(default)]
    pub to: Option<String>,
    #[serde(default)]
    pub dates_note: String,
    pub occasion: String,
    /// The languages the dataset's texts are written in (ISO 639 codes), the
    /// default first or anywhere; `[default_language]` when left out.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<String>,
    /// The language of every text that is not a map of translations; `en`
    /// when left out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_language: Option<String>,
}

impl VisitFile {
    /// The language of the dataset's untranslated texts.
    pub fn default_language(&self) -> &str {
        self.default_language
            .as_deref()
            .unwrap_or(translations_default())
    }

    /// The languages the dataset declares, the default first.
    pub fn languages(&self) -> Vec<&str> {
        let default = self.default_language();
        std::iter::once(default)
            .chain(
                self.languages
                    .iter()
                    .map(String::as_str)
                    .filter(|l| *l != default),
            )
            .collect()
    }
}

/// The traveller: who made the trip, and their home country.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PersonFile {
    pub name: String,
    pub role: String,
    pub country: String,
}

/// One stop of the trip.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StopFile {
    pub id: String,
    pub city: String,
    /// The host country; left out only where the sources do not say (a stop made
    /// from a format-1 file).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    pub from: String,
    #[serde(default)]
    pub to: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timezone: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceFile {
    pub id: String,
    pub publisher: String,
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
    pub published: String,
    pub paragraphs: u32,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SectorFile {
    pub slug: String,
    pub label: String,
    pub definition: String,
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
    pub countries: Vec<String>,
    /// A stop's id; required when the visit has several stops.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stop: Option<String>,
    /// `in-person` (when left out), `call` or `video`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode: Option<String>,
    pub sectors: Vec<String>,
    #[serde(default)]
    pub topics: Vec<String>,
    #[serde(default)]
    pub places: Vec<String>,
    #[serde(default)]
    pub figures: Vec<FigureFile>,
    pub summary: String,
    pub cites: Vec<CiteFile>,
    /// The earlier source that reported the meeting as planned, for one held later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub announced: Option<CiteFile>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CounterpartFile {
    pub name: String,
    pub role: String,
    #[serde(default)]
    pub organisation: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FigureFile {
    pub value: String,
    pub about: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CiteFile {
    /// A source's `id`.
    pub source: String,
    pub paragraphs: Vec<u32>,
}

impl DatasetFile {
    /// The spreadsheet form's `visit.json` part.
    pub fn visit_json(&self) -> VisitJson {
        VisitJson {
            format: self.format,
            visit: self.visit.clone(),
            sources: self.sources.clone(),
            sectors: self.sectors.clone(),
        }
    }

    pub fn from_parts(visit: VisitJson, meetings: Vec<MeetingFile>) -> DatasetFile {
        DatasetFile {
            format: visit.format,
            visit: visit.visit,
            sources: visit.sources,
            sectors: visit.sectors,
            meetings,
            translations: Translations::new(),
        }
    }
}

/// A meeting written back in file form (for exports).
pub fn meeting_file(d: &Dataset, m: &Meeting) -> MeetingFile {
    let cite = |c: &Citation| CiteFile {
        source: d.sources[c.source].id.clone(),
        paragraphs: c.paragraphs.clone(),
    };
    MeetingFile {
        id: m.id.to_string(),
        status: m.status.slug().into(),
        date: m.date.map(|x| x.to_string()),
        date_basis: m.date_basis.slug().into(),
        date_note: m.date_note.to_string(),
        counterpart: CounterpartFile {
            name: m.counterpart.name.to_string(),
            role: m.counterpart.role.to_string(),
            organisation: m.counterpart.organisation.to_string(),
        },
        kind: m.kind.slug().into(),
        countries: m.countries.iter().map(|p| p.code().to_string()).collect(),
        // A single-stop visit's meetings need not name it.
        stop: (d.visit.stops.len() > 1).then(|| d.visit.stops[m.stop].id.to_string()),
        mode: (m.mode != Mode::InPerson).then(|| m.mode.slug().to_string()),
        sectors: m
            .sectors
            .iter()
            .map(|&s| d.sector(s).slug.to_string())
            .collect(),
        topics: m.topics.iter().map(|t| t.to_string()).collect(),
        places: m.places.iter().map(|t| t.to_string()).collect(),
        figures: m
            .figures
            .iter()
            .map(|f| FigureFile {
                value: f.value.to_string(),
                about: f.about.to_string(),
            })
            .collect(),
        summary: m.summary.to_string(),
        cites: m.cites.iter().map(cite).collect(),
        announced: m.announced.as_ref().map(cite),
    }
}

/// A dataset written back in file form, holding `meetings` (for the JSON export
/// of one view). Validating the result gives the same visit and meetings back.
pub fn dataset_file<'a>(
    d: &Dataset,
    meetings: impl IntoIterator<Item = &'a Meeting>,
) -> DatasetFile {
    let v = &d.visit;
    let date = |x: Option<crate::domain::Date>| x.map(|t| t.to_string());
    DatasetFile {
        format: Some(FORMAT),
        visit: VisitFile {
            id: v.id.clone(),
            title: v.title.to_string(),
            traveller: PersonFile {
                name: v.traveller.name.to_string(),
                role: v.traveller.role.to_string(),
                country: v.traveller.country.code().into(),
            },
            stops: v
                .stops
                .iter()
                .map(|s| StopFile {
                    id: s.id.to_string(),
                    city: s.city.to_string(),
                    country: s.country.map(|c| c.code().into()),
                    from: s.from.to_string(),
                    to: date(s.to),
                    timezone: s.timezone.as_deref().map(String::from),
                })
                .collect(),
            from: v.from.to_string(),
            to: date(v.to),
            dates_note: v.dates_note.to_string(),
            occasion: v.occasion.to_string(),
            languages: Vec::new(),
            // The dataset as shown: in the interface's language.
            default_language: Some(crate::i18n::lang())
                .filter(|l| *l != translations_default())
                .map(String::from),
        },
        sources: d
            .sources
            .iter()
            .map(|s| SourceFile {
                id: s.id.clone(),
                publisher: s.publisher.to_string(),
                title: s.title.as_deref().map(String::from),
                url: s.url.as_deref().map(String::from),
                published: s
                    .published_at
                    .as_deref()
                    .map_or_else(|| s.published.to_string(), String::from),
                paragraphs: s.paragraphs,
            })
            .collect(),
        sectors: d
            .sectors
            .iter()
            .map(|s| SectorFile {
                slug: s.slug.to_string(),
                label: s.label.to_string(),
                definition: s.definition.to_string(),
            })
            .collect(),
        meetings: meetings.into_iter().map(|m| meeting_file(d, m)).collect(),
        translations: Translations::new(),
    }
}
