//! The world tile grid: every country on it, in reading order, and the places a
//! dataset names that it cannot show (international organisations, and the few
//! countries and territories the grid has no tile for).

use crate::domain::country::{Country, Tile, COUNTRIES, GRID_ORDER};
use crate::domain::Place;

/// Every country with a tile, row by row and west to east: the order keyboard
/// and screen-reader users meet them in.
pub fn grid() -> impl Iterator<Item = (&'static Country, Tile)> {
    // The order is computed when the table is generated (see build.rs).
    GRID_ORDER.iter().filter_map(|&i| {
        let c = &COUNTRIES[i as usize];
        c.tile.map(|t| (c, t))
    })
}

/// The places among `places` that have no tile, in their given order.
pub fn apart(places: &[Place]) -> Vec<Place> {
    places
        .iter()
        .copied()
        .filter(|p| match p {
            Place::Country(c) => c.tile.is_none(),
            Place::International => true,
        })
        .collect()
}
