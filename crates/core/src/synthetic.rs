//! A deterministic synthetic archive for benchmarks: thousands of meetings with
//! realistic field lengths, spread over many countries, sectors and days.
//! `visit-site synthetic` writes it as a dataset file for the benchmark's second
//! site; it is never shipped otherwise.

use std::rc::Rc;

use crate::domain::country::COUNTRIES;
use crate::domain::{
    Citation, Counterpart, Dataset, Date, DateBasis, Figure, Kind, Meeting, Mode, Place, Sector,
    SectorDef, Source, Status, Stop, Traveller, Visit,
};

/// The fixed seed the benchmark uses.
pub const SEED: u64 = 20_230_919;

/// SplitMix64: tiny, fast and identical on every platform.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.below(xs.len())]
    }
}

const SYLLABLES: &[&str] = &[
    "ka", "lo", "mi", "ra", "sen", "tor", "vel", "an", "is", "ko", "na", "ber", "sal", "din",
    "mar", "ul",
];
const ROLES: &[&str] = &[
    "President",
    "Prime Minister",
    "Chief Executive Officer",
    "Executive Vice President",
    "Minister of Foreign Affairs",
    "Chair of the Board",
    "Managing Director",
    "Secretary-General",
];
const ORG_WORDS: &[&str] = &[
    "Global",
    "Energy",
    "Rail",
    "Capital",
    "Systems",
    "Health",
    "Mining",
    "Digital",
    "Logistics",
    "Group",
];
const WORDS: &[&str] = &[
    "cooperation",
    "investment",
    "railway",
    "corridor",
    "digital",
    "energy",
    "projects",
    "partnership",
    "trade",
    "production",
    "agreement",
    "regional",
    "technology",
    "finance",
    "development",
    "visit",
    "the",
    "and",
    "of",
    "in",
    "on",
    "new",
    "joint",
    "plans",
    "discussed",
    "sides",
    "agreed",
    "to",
];
/// The archive's taxonomy: slug, label, definition.
const SECTORS: &[(&str, &str, &str)] = &[
    ("transport", "Transport", "Rail, roads, ports and freight."),
    (
        "finance",
        "Finance",
        "Banking, payments and investment funds.",
    ),
    ("digital", "Digital", "Software, data and telecoms."),
    ("mining", "Mining", "Exploration, mining and metals."),
    ("health", "Health", "Hospitals, medicines and equipment."),
    ("industry", "Industry", "Factories and engineering."),
    ("trade", "Trade", "Exports, imports and trade policy."),
    (
        "diplomacy",
        "Diplomacy",
        "Relations between states and organisations.",
    ),
];

const PLACES: &[&str] = &[
    "Almaty",
    "Astana",
    "Shymkent",
    "Aktau",
    "Atyrau",
    "Karaganda",
    "Kostanay",
];

fn word(rng: &mut Rng, syllables: usize) -> String {
    let mut w: String = (0..syllables).map(|_| rng.pick(SYLLABLES)).collect();
    if let Some(first) = w.get_mut(0..1) {
        first.make_ascii_uppercase();
    }
    w
}

fn sentence(rng: &mut Rng, words: usize) -> String {
    let mut s: Vec<&str> = (0..words).map(|_| rng.pick(WORDS)).collect();
    s.push("");
    let mut text = s.join(" ").trim_end().to_string();
    text.push('.');
    text[..1].to_ascii_uppercase() + &text[1..]
}

/// `n` meetings from `seed`; the same inputs always give the same dataset.
pub fn generate(n: usize, seed: u64) -> Dataset {
    let mut rng = Rng(seed);
    let day = |d: u8| Date {
        year: 2023,
        month: 9,
        day: d,
    };
    let published = Date {
        year: 2023,
        month: 10,
        day: 1,
    };
    // 57 countries from all over the tile grid, as many as the first benchmarks used.
    let spread: Vec<_> = COUNTRIES
        .iter()
        .filter(|c| c.tile.is_some())
        .step_by(3)
        .take(57)
        .collect();
    let meetings = (0..n)
        .map(|i| {
            let kind = Kind::ALL[rng.below(Kind::ALL.len())];
            let place = if kind == Kind::InternationalOrganisation {
                Place::International
            } else {
                Place::Country(spread[rng.below(spread.len())])
            };
            // One meeting in ten has a second country, as a trilateral would.
            let mut countries = vec![place];
            if rng.below(10) == 0 {
                let other = Place::Country(spread[rng.below(spread.len())]);
                if other != place {
                    countries.push(other);
                }
            }
            let status = if rng.below(10) == 0 {
                Status::Planned
            } else {
                Status::Held
            };
            let date = match (status, rng.below(5)) {
                (_, 0) => None,
                (Status::Planned, _) => Some(Date {
                    year: 2023,
                    month: 10,
                    day: 1 + rng.below(20) as u8,
                }),
                (Status::Held, _) => Some(day(1 + rng.below(30) as u8)),
            };
            let mut sectors: Vec<Sector> = Vec::new();
            for _ in 0..1 + rng.below(3) {
                let s = Sector(rng.below(SECTORS.len()) as u8);
                if !sectors.contains(&s) {
                    sectors.push(s);
                }
            }
            let name = format!("{} {}", word(&mut rng, 2), word(&mut rng, 3));
            let organisation = match kind {
                Kind::Business => format!(
                    "{} {} {}",
                    word(&mut rng, 2),
                    rng.pick(ORG_WORDS),
                    rng.pick(ORG_WORDS)
                ),
                _ => place.name().to_string(),
            };
            let topics = (0..2 + rng.below(4))
                .map(|_| sentence(&mut rng, 3).trim_end_matches('.').into())
                .collect();
            let places = (0..rng.below(3)).map(|_| rng.pick(PLACES).into()).collect();
            let figures = (0..rng.below(2))
                .map(|_| Figure {
                    value: format!("about ${} million", 10 + rng.below(990)).into(),
                    about: sentence(&mut rng, 5).into(),
                })
                .collect();
            let (first, second) = (14 + rng.below(8), 10 + rng.below(8));
            let summary = format!(
                "{} {}",
                sentence(&mut rng, first),
                sentence(&mut rng, second)
            );
            Rc::new(Meeting {
                id: format!("m{i:05}").into(),
                status,
                date_basis: if date.is_some() {
                    DateBasis::Stated
                } else {
                    DateBasis::NotStated
                },
                date,
                date_note: if date.is_some() {
                    "".into()
                } else {
                    "Not stated.".into()
                },
                counterpart: Counterpart {
                    name: name.into(),
                    role: rng.pick(ROLES).into(),
                    organisation: organisation.into(),
                },
                kind,
                countries,
                // Three stops of ten days each; an undated meeting at the first.
                stop: date.map_or(0, |d| {
                    if d.month > 9 {
                        2
                    } else {
                        ((d.day as usize - 1) / 10).min(2)
                    }
                }),
                mode: if rng.below(15) == 0 {
                    Mode::Call
                } else {
                    Mode::InPerson
                },
                sectors,
                topics,
                places,
                figures,
                summary: summary.into(),
                cites: vec![Citation {
                    source: 0,
                    paragraphs: vec![1 + rng.below(20) as u32],
                }],
                announced: None,
                also: "".into(),
            })
        })
        .collect::<Vec<_>>();
    let mut meetings = meetings;
    meetings.sort_by_key(|m| (m.date.is_none(), m.date));
    Dataset {
        visit: Visit {
            id: "synthetic-archive".into(),
            title: "Synthetic archive (benchmark)".into(),
            traveller: Traveller {
                name: "Synthetic traveller".into(),
                role: "Head of State".into(),
                country: Place::parse("KZ").expect("KZ is in the country table"),
            },
            stops: [
                ("first", "Alphaville", "FR", 1, 10),
                ("second", "Betatown", "DE", 11, 20),
                ("third", "Gammacity", "IT", 21, 30),
            ]
            .into_iter()
            .enumerate()
            .map(|(i, (id, city, code, from, to))| Stop {
                id: id.into(),
                city: city.into(),
                country: Place::parse(code),
                from: day(from),
                // The last stop runs on into the planned events of October.
                to: Some(if i == 2 {
                    Date {
                        year: 2023,
                        month: 10,
                        day: 31,
                    }
                } else {
                    day(to)
                }),
                timezone: None,
            })
            .collect(),
            from: day(1),
            to: Some(Date {
                year: 2023,
                month: 10,
                day: 31,
            }),
            dates_note: "".into(),
            occasion: "Benchmark data".into(),
        },
        sources: vec![Source {
            id: "generated".into(),
            publisher: "Generated".into(),
            title: None,
            url: None,
            published,
            published_at: None,
            paragraphs: 20,
        }],
        sectors: SECTORS
            .iter()
            .map(|(slug, label, definition)| SectorDef {
                slug: (*slug).into(),
                label: (*label).into(),
                definition: (*definition).into(),
            })
            .collect(),
        meetings,
        untranslated: Vec::new(),
    }
}
