//! Whether a meeting had taken place when the source was published.

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
            Status::Held => "Held",
            Status::Planned => "Planned",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.slug() == slug)
    }
}
