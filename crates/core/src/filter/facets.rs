//! Facet counts: each value's count is taken with every *other* active filter applied.

use std::rc::Rc;

use super::{Catalog, Facet, FacetValue, FilterState};
use crate::domain::Text;

/// One facet value as the panel shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FacetCount {
    pub value: FacetValue,
    /// The value as the URL writes it, and as people read it; made once per catalog.
    pub slug: Text,
    pub label: Text,
    /// Meetings that would show with this value toggled on, all other facets applied.
    pub count: usize,
    pub selected: bool,
}

/// Counts for every facet. Values never disappear: a value at zero is listed with 0.
/// Shared slices, so components take them as props without copying.
#[derive(Clone, Debug, PartialEq)]
pub struct Facets {
    pub stops: Rc<[FacetCount]>,
    pub sectors: Rc<[FacetCount]>,
    pub countries: Rc<[FacetCount]>,
    pub kinds: Rc<[FacetCount]>,
    pub days: Rc<[FacetCount]>,
    pub statuses: Rc<[FacetCount]>,
}

impl Facets {
    pub fn of(&self, facet: Facet) -> &Rc<[FacetCount]> {
        match facet {
            Facet::Stop => &self.stops,
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
