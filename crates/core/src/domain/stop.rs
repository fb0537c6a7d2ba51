//! Where a trip stops, and how a meeting was held.

use super::{Date, Place, Text};
use crate::i18n::{t, Key};

/// One stop of a trip: a city in a host country, between two local dates.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stop {
    /// URL-safe id (`?stop=jakarta`).
    pub id: Text,
    pub city: Text,
    /// The host country (never `international`); unknown for a stop made from a
    /// format-1 file, which names only a city.
    pub country: Option<Place>,
    pub from: Date,
    /// The last day, when the sources say.
    pub to: Option<Date>,
    /// The stop's IANA time zone (`Asia/Jakarta`), when the dataset gives one:
    /// the meeting dates of the stop are its local dates.
    pub timezone: Option<Text>,
}

impl Stop {
    /// True when `d` lies between the stop's first and last day.
    pub fn holds(&self, d: Date) -> bool {
        d >= self.from && self.to.is_none_or(|to| d <= to)
    }
}

/// How a meeting was held.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Mode {
    #[default]
    InPerson,
    Call,
    Video,
}

impl Mode {
    pub const ALL: [Mode; 3] = [Mode::InPerson, Mode::Call, Mode::Video];

    pub fn slug(self) -> &'static str {
        match self {
            Mode::InPerson => "in-person",
            Mode::Call => "call",
            Mode::Video => "video",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Mode> {
        Mode::ALL.into_iter().find(|m| m.slug() == slug)
    }

    /// How it reads on a card: "By phone", "By video", or nothing for in person.
    pub fn label(self) -> &'static str {
        match self {
            Mode::InPerson => t(Key::ModeInPerson),
            Mode::Call => t(Key::ModeCall),
            Mode::Video => t(Key::ModeVideo),
        }
    }
}
