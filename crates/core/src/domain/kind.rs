//! The kind of counterpart a meeting was held with.

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
            Kind::Business => "Business",
            Kind::HeadOfState => "Head of state",
            Kind::HeadOfGovernment => "Head of government",
            Kind::Minister => "Minister",
            Kind::InternationalOrganisation => "International organisation",
            Kind::Summit => "Summit",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.slug() == slug)
    }
}
