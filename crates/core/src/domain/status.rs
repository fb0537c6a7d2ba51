//! Whether a meeting had taken place when the source was published.

use crate::i18n::{t, Key};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    Held,
    Planned,
}

impl Status {
    pub const ALL: [Status; 2] = [Status::Held, Status::Planned];

    pub fn slug(self) -> &'static str {
        match self {
            Status::Held => "held",
            Status::Planned => "planned",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Status::Held => t(Key::StatusHeld),
            Status::Planned => t(Key::StatusPlanned),
        }
    }

    pub fn from_slug(slug: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.slug() == slug)
    }
}
