//! Countries the app knows, with their place on the tile-grid world map.

use std::cmp::Ordering;
use std::fmt;

/// A country known to the app: ISO 3166-1 alpha-2 code, English name and the
/// cell of a coarse world grid (column grows eastwards, row southwards).
#[derive(Debug)]
pub struct Country {
    pub code: &'static str,
    pub name: &'static str,
    pub col: u8,
    pub row: u8,
}

impl PartialEq for Country {
    fn eq(&self, other: &Self) -> bool {
        self.code == other.code
    }
}
impl Eq for Country {}

macro_rules! countries {
    ($(($code:literal, $name:literal, $col:literal, $row:literal)),* $(,)?) => {
        /// Every country a dataset may name, ordered by code.
        pub static COUNTRIES: &[Country] = &[
            $(Country { code: $code, name: $name, col: $col, row: $row }),*
        ];
    };
}

countries![
    ("AE", "United Arab Emirates", 12, 6),
    ("AR", "Argentina", 2, 8),
    ("AT", "Austria", 8, 3),
    ("AU", "Australia", 17, 8),
    ("AZ", "Azerbaijan", 12, 3),
    ("BE", "Belgium", 6, 2),
    ("BR", "Brazil", 3, 7),
    ("CA", "Canada", 1, 1),
    ("CH", "Switzerland", 7, 3),
    ("CL", "Chile", 1, 8),
    ("CN", "China", 15, 3),
    ("CO", "Colombia", 2, 5),
    ("CZ", "Czechia", 8, 2),
    ("DE", "Germany", 7, 2),
    ("DK", "Denmark", 7, 1),
    ("EE", "Estonia", 10, 1),
    ("EG", "Egypt", 9, 6),
    ("ES", "Spain", 5, 4),
    ("FI", "Finland", 10, 0),
    ("FR", "France", 6, 3),
    ("GB", "United Kingdom", 5, 1),
    ("GE", "Georgia", 11, 3),
    ("GR", "Greece", 9, 5),
    ("HU", "Hungary", 9, 3),
    ("IE", "Ireland", 4, 1),
    ("IN", "India", 14, 6),
    ("IR", "Iran", 12, 5),
    ("IT", "Italy", 7, 4),
    ("JP", "Japan", 17, 3),
    ("KE", "Kenya", 10, 8),
    ("KG", "Kyrgyzstan", 14, 3),
    ("KR", "South Korea", 16, 3),
    ("KZ", "Kazakhstan", 13, 2),
    ("MN", "Mongolia", 15, 2),
    ("MX", "Mexico", 1, 4),
    ("NG", "Nigeria", 6, 7),
    ("NL", "Netherlands", 6, 1),
    ("NO", "Norway", 8, 0),
    ("PK", "Pakistan", 13, 5),
    ("PL", "Poland", 9, 2),
    ("PT", "Portugal", 4, 4),
    ("QA", "Qatar", 11, 6),
    ("RO", "Romania", 10, 3),
    ("RS", "Serbia", 9, 4),
    ("RU", "Russia", 12, 1),
    ("SA", "Saudi Arabia", 10, 6),
    ("SE", "Sweden", 9, 0),
    ("SG", "Singapore", 15, 7),
    ("SI", "Slovenia", 8, 4),
    ("TJ", "Tajikistan", 14, 4),
    ("TM", "Turkmenistan", 12, 4),
    ("TR", "Turkey", 10, 4),
    ("UA", "Ukraine", 11, 2),
    ("US", "United States", 1, 2),
    ("UZ", "Uzbekistan", 13, 3),
    ("ZA", "South Africa", 9, 8),
];

impl Country {
    pub fn by_code(code: &str) -> Option<&'static Country> {
        COUNTRIES
            .binary_search_by(|c| c.code.cmp(code))
            .ok()
            .map(|i| &COUNTRIES[i])
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

impl std::hash::Hash for Country {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.code.hash(state)
    }
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
            Place::Country(c) => c.name,
            Place::International => "International organisations",
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
