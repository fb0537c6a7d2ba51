//! Places the country tiles on a compact world-style grid.

use crate::domain::Place;

#[derive(Clone, Debug, PartialEq)]
pub struct Tile {
    pub place: Place,
    /// 1-based grid column and row, ready for CSS grid.
    pub col: usize,
    pub row: usize,
    pub is_host: bool,
}

/// Lays out the countries (plus the host) on the world grid, dropping the
/// columns and rows that hold no tile so the map stays small while keeping
/// west-to-east and north-to-south order. International organisations are
/// not on the grid; the caller shows them apart.
pub fn layout(places: &[Place], host: Place) -> (Vec<Tile>, usize, usize) {
    let mut cells: Vec<(Place, u8, u8)> = places
        .iter()
        .chain(std::iter::once(&host))
        .filter_map(|p| match p {
            Place::Country(c) => c.tile.map(|t| (*p, t.col, t.row)),
            Place::International => None,
        })
        .collect();
    cells.sort_by_key(|(p, _, _)| *p);
    cells.dedup_by_key(|(p, _, _)| *p);
    let mut cols: Vec<u8> = cells.iter().map(|c| c.1).collect();
    let mut rows: Vec<u8> = cells.iter().map(|c| c.2).collect();
    cols.sort_unstable();
    cols.dedup();
    rows.sort_unstable();
    rows.dedup();
    let index = |v: &[u8], x: u8| v.iter().position(|&y| y == x).unwrap_or(0) + 1;
    let mut tiles: Vec<Tile> = cells
        .iter()
        .map(|&(place, c, r)| Tile {
            place,
            col: index(&cols, c),
            row: index(&rows, r),
            is_host: place == host,
        })
        .collect();
    // Reading order for screen readers and keyboard: row by row, west to east.
    tiles.sort_by_key(|t| (t.row, t.col));
    (tiles, cols.len(), rows.len())
}
