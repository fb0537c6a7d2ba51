//! Plain domain types for a visit and its meetings; no UI code lives here.

pub mod country;
pub mod date;
pub mod kind;
pub mod meeting;
pub mod sector;
pub mod status;
pub mod stop;

pub use country::{Country, Place, Tile};
#[cfg(feature = "world")]
pub use country::{COUNTRIES, GRID_ORDER};
pub use date::Date;
pub use kind::Kind;
pub use meeting::{
    neighbours_in, Citation, Counterpart, Dataset, DateBasis, Figure, Meeting, Source, Text,
    Traveller, Untranslated, Visit,
};
pub use sector::{Sector, SectorDef, MAX_SECTORS};
pub use status::Status;
pub use stop::{Mode, Stop};
