//! The kind of counterpart a meeting was held with.

use crate::i18n::{t, Key};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    Business,
    HeadOfState,
    HeadOfGovernment,
    Minister,
    InternationalOrganisation,
    Summit,
}

impl Kind {
    pub const ALL: [Kind; 6] = [
        Kind::Business,
        Kind::HeadOfState,
        Kind::HeadOfGovernment,
        Kind::Minister,
        Kind::InternationalOrganisation,
        Kind::Summit,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            Kind::Business => "business",
            Kind::HeadOfState => "head-of-state",
            Kind::HeadOfGovernment => "head-of-government",
            Kind::Minister => "minister",
            Kind::InternationalOrganisation => "international-organisation",
            Kind::Summit => "summit",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Kind::Business => t(Key::KindBusiness),
            Kind::HeadOfState => t(Key::KindHeadOfState),
            Kind::HeadOfGovernment => t(Key::KindHeadOfGovernment),
            Kind::Minister => t(Key::KindMinister),
            Kind::InternationalOrganisation => t(Key::KindInternationalOrganisation),
            Kind::Summit => t(Key::KindSummit),
        }
    }

    pub fn from_slug(slug: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.slug() == slug)
    }
}
