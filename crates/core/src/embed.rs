//! The shapes a dataset takes as static tables compiled into the app, and the
//! loop that builds the [`Dataset`] from them. [`crate::codegen`] writes the tables.

use std::rc::Rc;

use crate::domain::{
    Citation, Counterpart, Dataset, Date, DateBasis, Figure, Host, Kind, Meeting, Place, Sector,
    SectorDef, Source, Status, Text, Visit,
};

pub struct RawVisit {
    pub id: &'static str,
    pub title: &'static str,
    pub host_name: &'static str,
    pub host_role: &'static str,
    pub host_country: &'static str,
    pub city: &'static str,
    pub from: Date,
    pub to: Option<Date>,
    pub dates_note: &'static str,
    pub occasion: &'static str,
}

pub struct RawSource {
    pub id: &'static str,
    pub publisher: &'static str,
    pub title: Option<&'static str>,
    pub url: Option<&'static str>,
    pub published: Date,
    pub paragraphs: u32,
}

pub struct RawSector {
    pub slug: &'static str,
    pub label: &'static str,
    pub definition: &'static str,
}

pub struct RawMeeting {
    pub id: &'static str,
    pub status: Status,
    pub date: Option<Date>,
    pub date_basis: DateBasis,
    pub date_note: &'static str,
    pub name: &'static str,
    pub role: &'static str,
    pub organisation: &'static str,
    pub kind: Kind,
    pub place: &'static str,
    pub sectors: &'static [u8],
    pub topics: &'static [&'static str],
    pub places: &'static [&'static str],
    pub figures: &'static [(&'static str, &'static str)],
    pub summary: &'static str,
    pub cites: &'static [(u8, &'static [u32])],
}

fn place(code: &str) -> Place {
    // The build validated every code against the same table.
    Place::parse(code).unwrap_or(Place::International)
}

fn strings(items: &[&str]) -> Vec<Text> {
    items.iter().map(|&s| Text::from(s)).collect()
}

/// The dataset the tables hold.
pub fn dataset(
    v: &RawVisit,
    sources: &[RawSource],
    sectors: &[RawSector],
    meetings: &[RawMeeting],
) -> Dataset {
    Dataset {
        visit: Visit {
            id: v.id.into(),
            title: v.title.into(),
            host: Host {
                name: v.host_name.into(),
                role: v.host_role.into(),
                country: place(v.host_country),
            },
            city: v.city.into(),
            from: v.from,
            to: v.to,
            dates_note: v.dates_note.into(),
            occasion: v.occasion.into(),
        },
        sources: sources
            .iter()
            .map(|s| Source {
                id: s.id.into(),
                publisher: s.publisher.into(),
                title: s.title.map(Text::from),
                url: s.url.map(Text::from),
                published: s.published,
                paragraphs: s.paragraphs,
            })
            .collect(),
        sectors: sectors
            .iter()
            .map(|s| SectorDef {
                slug: s.slug.into(),
                label: s.label.into(),
                definition: s.definition.into(),
            })
            .collect(),
        meetings: meetings
            .iter()
            .map(|m| {
                Rc::new(Meeting {
                    id: m.id.into(),
                    status: m.status,
                    date: m.date,
                    date_basis: m.date_basis,
                    date_note: m.date_note.into(),
                    counterpart: Counterpart {
                        name: m.name.into(),
                        role: m.role.into(),
                        organisation: m.organisation.into(),
                    },
                    kind: m.kind,
                    place: place(m.place),
                    sectors: m.sectors.iter().map(|&s| Sector(s)).collect(),
                    topics: strings(m.topics),
                    places: strings(m.places),
                    figures: m
                        .figures
                        .iter()
                        .map(|(value, about)| Figure {
                            value: Text::from(*value),
                            about: Text::from(*about),
                        })
                        .collect(),
                    summary: m.summary.into(),
                    cites: m
                        .cites
                        .iter()
                        .map(|(source, paragraphs)| Citation {
                            source: *source as usize,
                            paragraphs: paragraphs.to_vec(),
                        })
                        .collect(),
                })
            })
            .collect(),
    }
}
