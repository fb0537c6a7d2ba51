//! Filter state, the changes a person can make to it, and which meetings it selects.

pub mod catalog;
pub mod facets;
pub mod query;
pub mod search;
pub mod set;

use crate::i18n::{t, Key};
use set::SmallSet;

use crate::domain::{Dataset, Date, Kind, Meeting, Place, Sector, Status};

/// A day facet value: a calendar day, or "no date stated".
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DayKey {
    Date(Date),
    Undated,
}

impl DayKey {
    pub const UNDATED: &'static str = "undated";

    pub fn of(m: &Meeting) -> DayKey {
        m.date.map_or(DayKey::Undated, DayKey::Date)
    }

    pub fn slug(self) -> String {
        match self {
            DayKey::Date(d) => d.to_string(),
            DayKey::Undated => Self::UNDATED.to_string(),
        }
    }

    pub fn label(self) -> String {
        match self {
            DayKey::Date(d) => d.short(),
            DayKey::Undated => t(Key::DateNotStated).to_string(),
        }
    }

    pub fn parse(s: &str) -> Option<DayKey> {
        if s == Self::UNDATED {
            Some(DayKey::Undated)
        } else {
            Date::parse(s).map(DayKey::Date)
        }
    }
}

/// The six facets, in the order they appear in the URL.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Facet {
    Stop,
    Sector,
    Country,
    Kind,
    Day,
    Status,
}

impl Facet {
    pub const ALL: [Facet; 6] = [
        Facet::Stop,
        Facet::Sector,
        Facet::Country,
        Facet::Kind,
        Facet::Day,
        Facet::Status,
    ];

    /// The query-string key.
    pub fn key(self) -> &'static str {
        match self {
            Facet::Stop => "stop",
            Facet::Sector => "sector",
            Facet::Country => "country",
            Facet::Kind => "kind",
            Facet::Day => "day",
            Facet::Status => "status",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Facet::Stop => t(Key::FacetStop),
            Facet::Sector => t(Key::FacetSector),
            Facet::Country => t(Key::FacetCountry),
            Facet::Kind => t(Key::FacetKind),
            Facet::Day => t(Key::FacetDay),
            Facet::Status => t(Key::FacetStatus),
        }
    }

    pub(crate) fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

/// One value of one facet.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FacetValue {
    /// A stop, as its index in the visit's stops.
    Stop(u8),
    Sector(Sector),
    Country(Place),
    Kind(Kind),
    Day(DayKey),
    Status(Status),
}

impl FacetValue {
    pub fn facet(self) -> Facet {
        match self {
            FacetValue::Stop(_) => Facet::Stop,
            FacetValue::Sector(_) => Facet::Sector,
            FacetValue::Country(_) => Facet::Country,
            FacetValue::Kind(_) => Facet::Kind,
            FacetValue::Day(_) => Facet::Day,
            FacetValue::Status(_) => Facet::Status,
        }
    }

    /// The value as written in the URL.
    pub fn slug(self, d: &Dataset) -> String {
        match self {
            FacetValue::Stop(i) => d.visit.stops[i as usize].id.to_string(),
            FacetValue::Sector(s) => d.sector(s).slug.to_string(),
            FacetValue::Country(p) => p.code().to_string(),
            FacetValue::Kind(k) => k.slug().to_string(),
            FacetValue::Day(d) => d.slug(),
            FacetValue::Status(s) => s.slug().to_string(),
        }
    }

    pub fn label(self, d: &Dataset) -> String {
        match self {
            FacetValue::Stop(i) => d.visit.stops[i as usize].city.to_string(),
            FacetValue::Sector(s) => d.sector(s).label.to_string(),
            FacetValue::Country(p) => p.name().to_string(),
            FacetValue::Kind(k) => k.label().to_string(),
            FacetValue::Day(d) => d.label(),
            FacetValue::Status(s) => s.label().to_string(),
        }
    }

    /// Reads a URL value for `facet`; case-insensitive, `None` when `d` has no such value.
    pub fn parse(facet: Facet, raw: &str, d: &Dataset) -> Option<FacetValue> {
        let lower = raw.trim().to_ascii_lowercase();
        match facet {
            Facet::Stop => d
                .visit
                .stops
                .iter()
                .position(|s| *s.id == lower)
                .map(|i| FacetValue::Stop(i as u8)),
            Facet::Sector => d.sector_by_slug(&lower).map(FacetValue::Sector),
            Facet::Country => {
                let code = if lower == Place::INTERNATIONAL {
                    lower
                } else {
                    lower.to_ascii_uppercase()
                };
                Place::parse(&code).map(FacetValue::Country)
            }
            Facet::Kind => Kind::from_slug(&lower).map(FacetValue::Kind),
            Facet::Day => DayKey::parse(&lower).map(FacetValue::Day),
            Facet::Status => Status::from_slug(&lower).map(FacetValue::Status),
        }
    }
}

/// Everything that decides which meetings are shown. It lives in the URL
/// only; components parse it from there on every render.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FilterState {
    pub stops: SmallSet<u8>,
    pub sectors: SmallSet<Sector>,
    pub countries: SmallSet<Place>,
    pub kinds: SmallSet<Kind>,
    pub days: SmallSet<DayKey>,
    pub statuses: SmallSet<Status>,
    /// Free text as typed; matching folds case and diacritics.
    pub q: String,
}

/// A change a person makes to the filter.
#[derive(Clone, Debug, PartialEq)]
pub enum FilterChange {
    Toggle(FacetValue),
    SetQuery(String),
    Clear,
}

impl FilterState {
    pub fn apply(&self, change: FilterChange) -> FilterState {
        let mut next = self.clone();
        match change {
            FilterChange::Toggle(v) => match v {
                FacetValue::Stop(s) => next.stops.toggle(s),
                FacetValue::Sector(s) => next.sectors.toggle(s),
                FacetValue::Country(c) => next.countries.toggle(c),
                FacetValue::Kind(k) => next.kinds.toggle(k),
                FacetValue::Day(d) => next.days.toggle(d),
                FacetValue::Status(s) => next.statuses.toggle(s),
            },
            FilterChange::SetQuery(q) => next.q = q,
            FilterChange::Clear => next = FilterState::default(),
        }
        next
    }

    /// Selects `v`, leaving it selected if it already was.
    pub fn insert(&mut self, v: FacetValue) {
        match v {
            FacetValue::Stop(s) => self.stops.insert(s),
            FacetValue::Sector(s) => self.sectors.insert(s),
            FacetValue::Country(c) => self.countries.insert(c),
            FacetValue::Kind(k) => self.kinds.insert(k),
            FacetValue::Day(d) => self.days.insert(d),
            FacetValue::Status(s) => self.statuses.insert(s),
        };
    }

    pub fn contains(&self, v: FacetValue) -> bool {
        match v {
            FacetValue::Stop(s) => self.stops.contains(&s),
            FacetValue::Sector(s) => self.sectors.contains(&s),
            FacetValue::Country(c) => self.countries.contains(&c),
            FacetValue::Kind(k) => self.kinds.contains(&k),
            FacetValue::Day(d) => self.days.contains(&d),
            FacetValue::Status(s) => self.statuses.contains(&s),
        }
    }

    /// Every selected facet value, facet by facet in canonical order.
    pub fn active_values(&self) -> Vec<FacetValue> {
        let mut out: Vec<FacetValue> = Vec::new();
        out.extend(self.stops.iter().map(|&s| FacetValue::Stop(s)));
        out.extend(self.sectors.iter().map(|&s| FacetValue::Sector(s)));
        out.extend(self.countries.iter().map(|&c| FacetValue::Country(c)));
        out.extend(self.kinds.iter().map(|&k| FacetValue::Kind(k)));
        out.extend(self.days.iter().map(|&d| FacetValue::Day(d)));
        out.extend(self.statuses.iter().map(|&s| FacetValue::Status(s)));
        out
    }

    pub fn has_query(&self) -> bool {
        !self.q.trim().is_empty()
    }

    /// How many filters are active, counting the search as one.
    pub fn active_count(&self) -> usize {
        self.active_values().len() + usize::from(self.has_query())
    }

    pub fn is_empty(&self) -> bool {
        self.active_count() == 0
    }
}

pub use catalog::{Catalog, Selection};
