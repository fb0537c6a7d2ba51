//! Every country a dataset may name, with its tile on the world tile grid.

use crate::i18n::{t, Key};
use std::cmp::Ordering;
use std::fmt;

/// A cell of the world tile grid: column grows eastwards, row southwards, both from 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Tile {
    pub col: u8,
    pub row: u8,
}

/// A country: ISO 3166-1 alpha-2 code, English name (Unicode CLDR), and its tile,
/// if the grid has one.
#[derive(Debug)]
pub struct Country {
    pub code: &'static str,
    pub name: &'static str,
    pub tile: Option<Tile>,
}

impl PartialEq for Country {
    fn eq(&self, other: &Self) -> bool {
        self.code == other.code
    }
}
impl Eq for Country {}

impl std::hash::Hash for Country {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.code.hash(state)
    }
}

#[cfg(feature = "world")]
include!(concat!(env!("OUT_DIR"), "/countries.rs"));

// Without the table (the browser app), the countries the dataset's pack names.
#[cfg(not(feature = "world"))]
thread_local! {
    static REGISTERED: std::cell::RefCell<Vec<&'static Country>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// The grid's size in tiles: columns and rows.
pub const GRID_SIZE: Tile = Tile { col: 28, row: 23 };

impl Country {
    /// The country of `code`: from the table of every country (the `world`
    /// feature, which the native tools have), or else among those registered.
    pub fn by_code(code: &str) -> Option<&'static Country> {
        #[cfg(feature = "world")]
        return COUNTRIES
            .binary_search_by(|c| c.code.cmp(code))
            .ok()
            .map(|i| &COUNTRIES[i]);
        #[cfg(not(feature = "world"))]
        REGISTERED.with(|r| r.borrow().iter().copied().find(|c| c.code == code))
    }

    /// The country of `code`, named `name`, made known where the table is absent:
    /// the browser app holds no list of the world's countries, only those its
    /// dataset's pack names (see [`crate::pack`]). With the table, `name` is not used.
    pub fn register(code: &str, name: &str) -> Option<&'static Country> {
        #[cfg(feature = "world")]
        {
            let _ = name;
            Self::by_code(code)
        }
        #[cfg(not(feature = "world"))]
        {
            if let Some(known) = Self::by_code(code) {
                return Some(known);
            }
            if code.len() != 2 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
                return None;
            }
            // Once per country for the app's life: the pack is read once.
            let country: &'static Country = Box::leak(Box::new(Country {
                code: Box::leak(code.into()),
                name: Box::leak(name.into()),
                tile: None,
            }));
            REGISTERED.with(|r| r.borrow_mut().push(country));
            Some(country)
        }
    }

    /// The flag emoji, built from regional indicator symbols; needs no image.
    pub fn flag(&self) -> String {
        self.code
            .chars()
            .filter_map(|c| char::from_u32(0x1F1E6 + (c as u32).wrapping_sub('A' as u32)))
            .collect()
    }
}

/// Where a counterpart belongs: a country, or no country at all for an
/// international organisation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Place {
    Country(&'static Country),
    International,
}

impl Place {
    /// The dataset and URL value for international organisations.
    pub const INTERNATIONAL: &'static str = "international";

    pub fn parse(value: &str) -> Option<Place> {
        if value == Self::INTERNATIONAL {
            Some(Place::International)
        } else {
            Country::by_code(value).map(Place::Country)
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Place::Country(c) => c.code,
            Place::International => Self::INTERNATIONAL,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Place::Country(c) => crate::i18n::country(c.code).unwrap_or(c.name),
            Place::International => t(Key::InternationalOrganisations),
        }
    }

    pub fn flag(self) -> String {
        match self {
            Place::Country(c) => c.flag(),
            Place::International => "\u{1F310}".to_string(),
        }
    }
}

impl Ord for Place {
    fn cmp(&self, other: &Self) -> Ordering {
        match (self, other) {
            (Place::Country(a), Place::Country(b)) => a.code.cmp(b.code),
            (Place::Country(_), Place::International) => Ordering::Less,
            (Place::International, Place::Country(_)) => Ordering::Greater,
            (Place::International, Place::International) => Ordering::Equal,
        }
    }
}
impl PartialOrd for Place {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}
