//! The sector taxonomy: each dataset declares its own sectors.

/// A sector, as the index of its definition in the dataset's taxonomy.
///
/// Facets, bars and URLs are built from the taxonomy, so a visit about fisheries
/// and culture gets those sectors, not the bundled visit's.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Sector(pub u8);

/// The most sectors a taxonomy may declare: filtering holds a meeting's sectors
/// as bits of one `u32`.
pub const MAX_SECTORS: usize = 32;

use super::meeting::Text;

/// One entry of a dataset's sector taxonomy.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SectorDef {
    /// The URL- and dataset-facing name (`a-z`, `0-9`, inner hyphens).
    pub slug: Text,
    pub label: Text,
    /// One line saying what belongs in the sector.
    pub definition: Text,
}

impl Sector {
    pub fn index(self) -> usize {
        self.0 as usize
    }
}
