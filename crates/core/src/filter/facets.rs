//! Facet counts: each value's count is taken with every *other* active filter applied.

use super::{Catalog, Facet, FacetValue, FilterState};

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
}

/// Counts every facet value for `state` (see [`Catalog::view`]).
pub fn facets(catalog: &Catalog, state: &FilterState) -> Facets {
    catalog.view(state).facets
}
