//! A dataset indexed for filtering: one compact key per meeting, and a single
//! pass that yields the visible meetings, every facet count and the sector total.

use std::cell::OnceCell;
use std::rc::Rc;

use super::facets::{FacetCount, Facets};
use super::{search, DayKey, Facet, FacetValue, FilterState};
use crate::domain::{Dataset, Kind, Meeting, Place, Status, Text};

/// A meeting's facet values as small integers: its stop, sector bits, where its
/// countries' indexes start in the catalog's flat list and how many it has, and
/// indexes into the catalog's day list.
#[derive(Clone, Copy, Debug)]
struct Keys {
    stop: u8,
    sectors: u32,
    countries: (u32, u16),
    kind: u8,
    day: u16,
    status: u8,
}

/// What the explorer shows for one filter state.
#[derive(Clone, Debug, PartialEq)]
pub struct Selection {
    /// The selected meetings, in display order.
    pub visible: Vec<Rc<Meeting>>,
    pub facets: Facets,
    /// Meetings that match every filter except the sector one (the breakdown's 100%).
    pub sector_total: usize,
}

#[derive(Debug)]
pub struct Catalog {
    pub dataset: Rc<Dataset>,
    keys: Vec<Keys>,
    countries: Vec<Place>,
    /// Every meeting's countries, as indexes into `countries`, one after another.
    country_keys: Vec<u16>,
    days: Vec<DayKey>,
    /// The kinds some meeting has, as bits by `Kind as u32`.
    kinds_present: u32,
    /// Every facet value's slug and label, in facet order: made once, shared by
    /// every view.
    names: Vec<(FacetValue, Text, Text)>,
    /// Folded search text, built on the first search rather than at start-up.
    haystacks: OnceCell<Vec<String>>,
}

/// Two catalogs are equal when they share one dataset; comparing contents
/// on every render would cost as much as the render itself.
impl PartialEq for Catalog {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.dataset, &other.dataset)
    }
}

/// The distinct items, sorted. Kept sorted as they come (a binary search and an
/// insert each), which needs no sort routine in the wasm: the values are few.
fn distinct<T: Ord + Copy>(items: impl Iterator<Item = T>) -> Vec<T> {
    let mut v: Vec<T> = Vec::new();
    for x in items {
        if let Err(at) = v.binary_search(&x) {
            v.insert(at, x);
        }
    }
    v
}

fn position<T: Ord>(sorted: &[T], x: &T) -> u16 {
    sorted.binary_search(x).unwrap_or(0) as u16
}

/// A selection of one facet's values as a membership table.
struct Allowed(Option<Vec<bool>>);

impl Allowed {
    fn new<T: Ord>(values: &[T], selected: &super::set::SmallSet<T>) -> Allowed {
        Allowed(
            (!selected.is_empty()).then(|| values.iter().map(|v| selected.contains(v)).collect()),
        )
    }
    fn fails(&self, i: u16) -> bool {
        self.0.as_ref().is_some_and(|ok| !ok[i as usize])
    }
}

fn bits<T: Copy>(selected: impl Iterator<Item = T>, bit: impl Fn(T) -> u32) -> u32 {
    selected.fold(0, |acc, v| acc | bit(v))
}

impl Catalog {
    pub fn new(dataset: Rc<Dataset>) -> Catalog {
        let countries = distinct(
            dataset
                .meetings
                .iter()
                .flat_map(|m| m.countries.iter().copied()),
        );
        let days = distinct(dataset.meetings.iter().map(|m| DayKey::of(m)));
        let mut country_keys = Vec::new();
        let keys = dataset
            .meetings
            .iter()
            .map(|m| {
                let start = country_keys.len() as u32;
                country_keys.extend(m.countries.iter().map(|c| position(&countries, c)));
                Keys {
                    stop: m.stop as u8,
                    sectors: bits(m.sectors.iter().copied(), |s| 1 << s.0),
                    countries: (start, m.countries.len() as u16),
                    kind: m.kind as u8,
                    day: position(&days, &DayKey::of(m)),
                    status: m.status as u8,
                }
            })
            .collect();
        let values = (0..dataset.visit.stops.len() as u8)
            .map(FacetValue::Stop)
            .chain(dataset.sector_ids().map(FacetValue::Sector))
            .chain(countries.iter().map(|&c| FacetValue::Country(c)))
            .chain(Kind::ALL.map(FacetValue::Kind))
            .chain(days.iter().map(|&d| FacetValue::Day(d)))
            .chain(Status::ALL.map(FacetValue::Status));
        let names = values
            .map(|v| {
                let label = match v {
                    FacetValue::Sector(s) => dataset.sector(s).label.clone(),
                    _ => Text::from(v.label(&dataset)),
                };
                (v, Text::from(v.slug(&dataset)), label)
            })
            .collect();
        let kinds_present = bits(dataset.meetings.iter().map(|m| m.kind), |k| 1 << k as u32);
        Catalog {
            kinds_present,
            dataset,
            keys,
            countries,
            country_keys,
            days,
            names,
            haystacks: OnceCell::new(),
        }
    }

    /// The slug and label of `v`, as made once for this catalog.
    pub fn name(&self, v: FacetValue) -> (Text, Text) {
        match self.names.iter().find(|(x, _, _)| *x == v) {
            Some((_, slug, label)) => (slug.clone(), label.clone()),
            None => (
                Text::from(v.slug(&self.dataset)),
                Text::from(v.label(&self.dataset)),
            ),
        }
    }

    pub fn meetings(&self) -> &[Rc<Meeting>] {
        &self.dataset.meetings
    }

    fn haystacks(&self) -> &[String] {
        self.haystacks.get_or_init(|| {
            let stops = &self.dataset.visit.stops;
            // The city tells meetings apart only on a trip of several stops: on a
            // one-stop visit it would match every meeting.
            let city = |m: &Meeting| {
                if stops.len() > 1 {
                    &*stops[m.stop].city
                } else {
                    ""
                }
            };
            self.meetings()
                .iter()
                .map(|m| search::haystack(m, city(m)))
                .collect()
        })
    }

    /// Everything the explorer needs for `state`, in one pass over the meetings.
    ///
    /// A meeting that fails no facet is visible and counts for all its values;
    /// one that fails exactly one facet counts only for that facet's values,
    /// since toggling one of them would let it through. Search always applies.
    pub fn view(&self, state: &FilterState) -> Selection {
        let stop_sel = bits(state.stops.iter().copied(), |s| 1 << s);
        let sector_sel = bits(state.sectors.iter().copied(), |s| 1 << s.0);
        let kind_sel = bits(state.kinds.iter().copied(), |k| 1 << k as u32);
        let status_sel = bits(state.statuses.iter().copied(), |s| 1 << s as u32);
        let countries = Allowed::new(&self.countries, &state.countries);
        let days = Allowed::new(&self.days, &state.days);
        let terms = search::terms(&state.q);
        let haystacks = (!terms.is_empty()).then(|| self.haystacks());

        let mut stop_n = vec![0usize; self.dataset.visit.stops.len()];
        let mut sector_n = vec![0usize; self.dataset.sectors.len()];
        let mut kind_n = [0usize; Kind::ALL.len()];
        let mut status_n = [0usize; Status::ALL.len()];
        let mut country_n = vec![0usize; self.countries.len()];
        let mut day_n = vec![0usize; self.days.len()];
        let mut visible = Vec::new();
        let mut sector_total = 0;

        for (i, k) in self.keys.iter().enumerate() {
            if let Some(h) = haystacks {
                if !search::matches(&h[i], &terms) {
                    continue;
                }
            }
            let mut failed = 0u8;
            if stop_sel != 0 && stop_sel & (1 << k.stop) == 0 {
                failed |= Facet::Stop.bit();
            }
            if sector_sel != 0 && k.sectors & sector_sel == 0 {
                failed |= Facet::Sector.bit();
            }
            // A meeting with several countries passes if any of them is selected.
            let (start, len) = (k.countries.0 as usize, k.countries.1 as usize);
            let mine = &self.country_keys[start..start + len];
            if countries.0.is_some() && mine.iter().all(|&c| countries.fails(c)) {
                failed |= Facet::Country.bit();
            }
            if kind_sel != 0 && kind_sel & (1 << k.kind) == 0 {
                failed |= Facet::Kind.bit();
            }
            if days.fails(k.day) {
                failed |= Facet::Day.bit();
            }
            if status_sel != 0 && status_sel & (1 << k.status) == 0 {
                failed |= Facet::Status.bit();
            }
            let passes_except = |f: Facet| failed & !f.bit() == 0;
            if failed == 0 {
                visible.push(Rc::clone(&self.meetings()[i]));
            }
            if passes_except(Facet::Stop) {
                stop_n[k.stop as usize] += 1;
            }
            if passes_except(Facet::Sector) {
                sector_total += 1;
                for (s, n) in sector_n.iter_mut().enumerate() {
                    *n += usize::from(k.sectors & (1 << s) != 0);
                }
            }
            // It counts under each of its countries.
            if passes_except(Facet::Country) {
                for &c in mine {
                    country_n[c as usize] += 1;
                }
            }
            if passes_except(Facet::Kind) {
                kind_n[k.kind as usize] += 1;
            }
            if passes_except(Facet::Day) {
                day_n[k.day as usize] += 1;
            }
            if passes_except(Facet::Status) {
                status_n[k.status as usize] += 1;
            }
        }

        let entry = |value: FacetValue, count: usize| {
            let (slug, label) = self.name(value);
            FacetCount {
                value,
                slug,
                label,
                count,
                selected: state.contains(value),
            }
        };
        let facets = Facets {
            stops: stop_n
                .iter()
                .enumerate()
                .map(|(i, &n)| entry(FacetValue::Stop(i as u8), n))
                .collect::<Vec<_>>()
                .into(),
            sectors: self
                .dataset
                .sector_ids()
                .map(|s| entry(FacetValue::Sector(s), sector_n[s.index()]))
                .collect::<Vec<_>>()
                .into(),
            countries: self
                .countries
                .iter()
                .zip(&country_n)
                .map(|(&c, &n)| entry(FacetValue::Country(c), n))
                .collect::<Vec<_>>()
                .into(),
            // The closed list, less the kinds no meeting of the dataset has.
            kinds: Kind::ALL
                .iter()
                .filter(|&&k| self.kinds_present & (1 << k as u32) != 0)
                .map(|&k| entry(FacetValue::Kind(k), kind_n[k as usize]))
                .collect::<Vec<_>>()
                .into(),
            days: self
                .days
                .iter()
                .zip(&day_n)
                .map(|(&d, &n)| entry(FacetValue::Day(d), n))
                .collect::<Vec<_>>()
                .into(),
            statuses: Status::ALL
                .iter()
                .map(|&s| entry(FacetValue::Status(s), status_n[s as usize]))
                .collect::<Vec<_>>()
                .into(),
        };
        Selection {
            visible,
            facets,
            sector_total,
        }
    }

    /// The meetings `state` selects, in display order.
    pub fn select(&self, state: &FilterState) -> Vec<Rc<Meeting>> {
        self.view(state).visible
    }
}
