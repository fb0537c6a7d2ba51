//! Counts per facet value, each taken with every *other* active filter applied.

use super::{Catalog, DayKey, Facet, FacetValue, FilterState};
use crate::domain::{Kind, Meeting, Sector, Status};

/// One facet value as the panel shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct FacetCount {
    pub value: FacetValue,
    /// Meetings that would show with this value toggled on, all other facets applied.
    pub count: usize,
    pub selected: bool,
}

/// Counts for every facet. Values never disappear: a value at zero is listed with 0.
#[derive(Clone, Debug, PartialEq)]
pub struct Facets {
    pub sectors: Vec<FacetCount>,
    pub countries: Vec<FacetCount>,
    pub kinds: Vec<FacetCount>,
    pub days: Vec<FacetCount>,
    pub statuses: Vec<FacetCount>,
}

impl Facets {
    pub fn of(&self, facet: Facet) -> &[FacetCount] {
        match facet {
            Facet::Sector => &self.sectors,
            Facet::Country => &self.countries,
            Facet::Kind => &self.kinds,
            Facet::Day => &self.days,
            Facet::Status => &self.statuses,
        }
    }

    fn of_mut(&mut self, facet: Facet) -> &mut Vec<FacetCount> {
        match facet {
            Facet::Sector => &mut self.sectors,
            Facet::Country => &mut self.countries,
            Facet::Kind => &mut self.kinds,
            Facet::Day => &mut self.days,
            Facet::Status => &mut self.statuses,
        }
    }

    fn bump(&mut self, value: FacetValue) {
        if let Some(c) = self
            .of_mut(value.facet())
            .iter_mut()
            .find(|c| c.value == value)
        {
            c.count += 1;
        }
    }
}

/// The facet values a meeting carries.
fn values_of(m: &Meeting, facet: Facet) -> Vec<FacetValue> {
    match facet {
        Facet::Sector => m.sectors.iter().map(|&s| FacetValue::Sector(s)).collect(),
        Facet::Country => vec![FacetValue::Country(m.place)],
        Facet::Kind => vec![FacetValue::Kind(m.kind)],
        Facet::Day => vec![FacetValue::Day(DayKey::of(m))],
        Facet::Status => vec![FacetValue::Status(m.status)],
    }
}

/// Counts every facet value in one pass over the meetings.
///
/// A meeting that fails no facet counts for all its values; one that fails
/// exactly one facet counts only for that facet's values, since toggling one
/// of them would let it through. Search always applies.
pub fn facets(catalog: &Catalog, state: &FilterState) -> Facets {
    let entry = |value: FacetValue| FacetCount {
        value,
        count: 0,
        selected: state.contains(value),
    };
    let mut countries: Vec<_> = catalog.meetings().iter().map(|m| m.place).collect();
    countries.sort();
    countries.dedup();
    let mut days: Vec<_> = catalog.meetings().iter().map(|m| DayKey::of(m)).collect();
    days.sort();
    days.dedup();
    let mut out = Facets {
        sectors: Sector::ALL
            .into_iter()
            .map(|s| entry(FacetValue::Sector(s)))
            .collect(),
        countries: countries
            .into_iter()
            .map(|c| entry(FacetValue::Country(c)))
            .collect(),
        kinds: Kind::ALL
            .into_iter()
            .map(|k| entry(FacetValue::Kind(k)))
            .collect(),
        days: days
            .into_iter()
            .map(|d| entry(FacetValue::Day(d)))
            .collect(),
        statuses: Status::ALL
            .into_iter()
            .map(|s| entry(FacetValue::Status(s)))
            .collect(),
    };
    for (m, text_ok, failed) in catalog.evaluate(state) {
        if !text_ok {
            continue;
        }
        for facet in Facet::ALL {
            if failed & !facet.bit() == 0 {
                for v in values_of(m, facet) {
                    out.bump(v);
                }
            }
        }
    }
    out
}
