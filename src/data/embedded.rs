//! The bundled dataset as static tables written by `build.rs`, and the loop
//! that turns them into a [`Dataset`].

use std::rc::Rc;

use crate::domain::{
    Counterpart, Dataset, Date, DateBasis, Figure, Host, Kind, Meeting, Place, Sector, SourceRef,
    Status, Visit,
};

struct RawVisit {
    id: &'static str,
    title: &'static str,
    host_name: &'static str,
    host_role: &'static str,
    host_country: &'static str,
    city: &'static str,
    from: Date,
    to: Option<Date>,
    dates_note: &'static str,
    occasion: &'static str,
    publisher: &'static str,
    published: Date,
    paragraphs: u32,
}

struct RawMeeting {
    id: &'static str,
    status: Status,
    date: Option<Date>,
    date_basis: DateBasis,
    date_note: &'static str,
    name: &'static str,
    role: &'static str,
    organisation: &'static str,
    kind: Kind,
    place: &'static str,
    sectors: &'static [Sector],
    topics: &'static [&'static str],
    places: &'static [&'static str],
    figures: &'static [(&'static str, &'static str)],
    summary: &'static str,
    source_paragraphs: &'static [u32],
}

include!(concat!(env!("OUT_DIR"), "/embedded_dataset.rs"));

fn place(code: &str) -> Place {
    // build.rs validated every code against the same table.
    Place::parse(code).unwrap_or(Place::International)
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
}

/// The bundled visit, built from the static tables.
pub fn dataset() -> Dataset {
    let v = &VISIT;
    let meetings = MEETINGS
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
                sectors: m.sectors.to_vec(),
                topics: strings(m.topics),
                places: strings(m.places),
                figures: m
                    .figures
                    .iter()
                    .map(|(value, about)| Figure {
                        value: value.to_string(),
                        about: about.to_string(),
                    })
                    .collect(),
                summary: m.summary.into(),
                source_paragraphs: m.source_paragraphs.to_vec(),
            })
        })
        .collect();
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
            source: SourceRef {
                publisher: v.publisher.into(),
                published: v.published,
                paragraphs: v.paragraphs,
            },
        },
        meetings,
    }
}
