//! The world tile grid: every country on it, in reading order; the places a
//! dataset names that it cannot show (international organisations, and the few
//! countries and territories the grid has no tile for); and the map itself, an
//! SVG image made once per dataset.

use crate::domain::country::GRID_SIZE;
#[cfg(feature = "world")]
use crate::domain::country::{Country, Tile, COUNTRIES, GRID_ORDER};
#[cfg(feature = "world")]
use std::fmt::Write;

#[cfg(feature = "world")]
use crate::domain::Place;

#[cfg(feature = "world")]
/// Every country with a tile, row by row and west to east: the order keyboard
/// and screen-reader users meet them in.
pub fn grid() -> impl Iterator<Item = (&'static Country, Tile)> {
    // The order is computed when the table is generated (see build.rs).
    GRID_ORDER.iter().filter_map(|&i| {
        let c = &COUNTRIES[i as usize];
        c.tile.map(|t| (c, t))
    })
}

#[cfg(feature = "world")]
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

/// The size in pixels of one tile of the map image, and the gap between tiles.
pub const TILE: u32 = 7;
pub const GAP: u32 = 1;

/// The map image's width and height in pixels.
pub fn size() -> (u32, u32) {
    let pitch = TILE + GAP;
    (
        GRID_SIZE.col as u32 * pitch - GAP,
        GRID_SIZE.row as u32 * pitch - GAP,
    )
}

#[cfg(feature = "world")]
/// The world tile map as an SVG image: every country of the grid as a square,
/// coloured for the traveller's `home`, the countries `visited` and the countries
/// `met`, in light and dark colours of its own (an image does not see the page's
/// style sheet). The page shows it as one `<img>`: no element per country, and
/// a filter change never touches it.
pub fn svg(home: Place, visited: &[Place], met: &[Place]) -> String {
    let pitch = TILE + GAP;
    let (w, h) = size();
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\">\
         <style>rect{{fill:#dde2e8}}.m{{fill:#0b5cad}}.v{{fill:#1d6b37}}.h{{fill:#8a4b00}}\
         @media (prefers-color-scheme:dark){{rect{{fill:#2a313c}}.m{{fill:#7cb8ff}}.v{{fill:#86d9a0}}.h{{fill:#ffc27a}}}}</style>"
    );
    for (c, t) in grid() {
        let place = Place::Country(c);
        let class = if place == home {
            " class=\"h\""
        } else if visited.contains(&place) {
            " class=\"v\""
        } else if met.contains(&place) {
            " class=\"m\""
        } else {
            ""
        };
        let (x, y) = ((t.col as u32 - 1) * pitch, (t.row as u32 - 1) * pitch);
        let _ = write!(
            out,
            "<rect x=\"{x}\" y=\"{y}\" width=\"{TILE}\" height=\"{TILE}\"{class}/>"
        );
        // A country both visited and met is half of each, cut corner to corner.
        if visited.contains(&place) && met.contains(&place) && place != home {
            let (x2, y2) = (x + TILE, y + TILE);
            let _ = write!(
                out,
                "<path d=\"M{x2} {y}L{x2} {y2}L{x} {y2}Z\" class=\"m\"/>"
            );
        }
    }
    out.push_str("</svg>\n");
    out
}

#[cfg(feature = "world")]
/// The map image's file name, by its content (`map-1a2b3c4d5e6f7a8b.svg`), so a
/// host may cache it for good and a changed dataset never shows a stale map.
pub fn file_name(svg: &str) -> String {
    // FNV-1a, 64 bits: a name, not a security boundary.
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in svg.bytes() {
        h = (h ^ b as u64).wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("map-{h:016x}.svg")
}

#[cfg(feature = "world")]
/// The map image of a dataset: its file name and its SVG text. Home is the
/// traveller's country, visited the stops' countries, and met every country a
/// meeting was with.
pub fn image(d: &crate::domain::Dataset) -> (String, String) {
    let mut met: Vec<Place> = Vec::new();
    for p in d.meetings.iter().flat_map(|m| m.countries.iter()) {
        if !met.contains(p) {
            met.push(*p);
        }
    }
    let svg = svg(d.visit.traveller.country, &d.visited(), &met);
    (file_name(&svg), svg)
}
