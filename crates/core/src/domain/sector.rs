//! The closed sector taxonomy every meeting is tagged with.

/// A sector of the economy or of public life that a meeting touches.
///
/// The list is closed on purpose: facets, colours and URLs depend on it, and
/// the dataset is rejected if it names anything else.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Sector {
    TransportLogistics,
    Finance,
    Digital,
    MiningMetals,
    Healthcare,
    Industry,
    TradeInvestment,
    Diplomacy,
}

impl Sector {
    pub const ALL: [Sector; 8] = [
        Sector::TransportLogistics,
        Sector::Finance,
        Sector::Digital,
        Sector::MiningMetals,
        Sector::Healthcare,
        Sector::Industry,
        Sector::TradeInvestment,
        Sector::Diplomacy,
    ];

    /// The URL- and dataset-facing name.
    pub fn slug(self) -> &'static str {
        match self {
            Sector::TransportLogistics => "transport-logistics",
            Sector::Finance => "finance",
            Sector::Digital => "digital",
            Sector::MiningMetals => "mining-metals",
            Sector::Healthcare => "healthcare",
            Sector::Industry => "industry",
            Sector::TradeInvestment => "trade-investment",
            Sector::Diplomacy => "diplomacy",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Sector::TransportLogistics => "Transport & logistics",
            Sector::Finance => "Finance & payments",
            Sector::Digital => "Digital & IT",
            Sector::MiningMetals => "Mining & metals",
            Sector::Healthcare => "Healthcare",
            Sector::Industry => "Manufacturing",
            Sector::TradeInvestment => "Trade & investment",
            Sector::Diplomacy => "Diplomacy",
        }
    }

    /// One-line definition, shown as a hint and documented in the README.
    pub fn definition(self) -> &'static str {
        match self {
            Sector::TransportLogistics => "Railways, transit corridors, ports and freight.",
            Sector::Finance => "Banking, payments, project finance and digital currency.",
            Sector::Digital => "Cloud, data centres, GovTech and digitalisation of business.",
            Sector::MiningMetals => "Geological exploration, mining and metallurgy.",
            Sector::Healthcare => "Medical equipment, clinical data and medical education.",
            Sector::Industry => "Local production, engineering centres and technology transfer.",
            Sector::TradeInvestment => "Trade volumes, terminals and announced investment.",
            Sector::Diplomacy => "Bilateral and multilateral relations, summits and invitations.",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Sector> {
        Sector::ALL.into_iter().find(|s| s.slug() == slug)
    }
}
