//! Plain domain types for a visit and its meetings; no UI code lives here.

pub mod country;
pub mod date;
pub mod kind;
pub mod meeting;
pub mod sector;
pub mod status;

pub use country::{Country, Place};
pub use date::Date;
pub use kind::Kind;
pub use meeting::{Counterpart, Dataset, DateBasis, Figure, Host, Meeting, SourceRef, Visit};
pub use sector::Sector;
pub use status::Status;
