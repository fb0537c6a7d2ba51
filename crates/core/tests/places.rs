//! The country table, the world tile grid, and permalinks.

use visit_core::domain::country::COUNTRIES;
use visit_core::domain::Place;
use visit_core::map::{apart, grid};
use visit_core::share::permalink;

mod common;

#[test]
fn permalinks_are_absolute_and_respect_the_sub_path() {
    assert_eq!(
        permalink("http://127.0.0.1:8080/", "/meetings/wabtec/", ""),
        "http://127.0.0.1:8080/meetings/wabtec/"
    );
    assert_eq!(
        permalink("https://x.org/visit-explorer", "/", "?sector=finance"),
        "https://x.org/visit-explorer/?sector=finance"
    );
}

#[test]
fn the_country_table_covers_iso_3166_1_and_tiles_are_unique() {
    assert!(
        COUNTRIES.windows(2).all(|w| w[0].code < w[1].code),
        "sorted for binary search"
    );
    // 249 ISO 3166-1 alpha-2 codes, and XK (Kosovo), which the tile grid places.
    assert_eq!(COUNTRIES.len(), 250);
    for code in ["AD", "AQ", "BQ", "CW", "KZ", "SS", "TW", "VA", "ZW", "XK"] {
        assert!(Place::parse(code).is_some(), "{code}");
    }
    assert_eq!(Place::parse("KZ").unwrap().name(), "Kazakhstan");
    assert_eq!(Place::parse("UK"), None, "the United Kingdom is GB");
    let mut tiles: Vec<_> = COUNTRIES.iter().filter_map(|c| c.tile).collect();
    assert_eq!(tiles.len(), 192, "the world tile grid places 192 countries");
    tiles.sort();
    let n = tiles.len();
    tiles.dedup();
    assert_eq!(tiles.len(), n, "two countries share a tile");
    assert!(tiles
        .iter()
        .all(|t| (1..=28).contains(&t.col) && (1..=23).contains(&t.row)));
    assert_eq!(Place::parse("US").unwrap().flag(), "\u{1F1FA}\u{1F1F8}");
}

#[test]
fn the_grid_lists_every_tiled_country_in_reading_order() {
    let g: Vec<_> = grid().collect();
    assert_eq!(g.len(), 192);
    assert!(g
        .windows(2)
        .all(|w| (w[0].1.row, w[0].1.col) < (w[1].1.row, w[1].1.col)));
    let at = |code: &str| g.iter().find(|(c, _)| c.code == code).unwrap().1;
    // West to east and north to south, as on a world map.
    assert!(
        at("US").col < at("GB").col && at("GB").col < at("KZ").col && at("KZ").col < at("JP").col
    );
    assert!(
        at("FI").row < at("IR").row && at("IR").row < at("ZA").row && at("ZA").row < at("AQ").row
    );
}

#[test]
fn places_without_a_tile_are_set_apart() {
    let p = |c: &str| Place::parse(c).unwrap();
    // Monaco and Hong Kong have no tile on the grid; the UN is no country at all.
    let placed = [p("US"), p("MC"), Place::International, p("HK"), p("FI")];
    assert_eq!(apart(&placed), [p("MC"), Place::International, p("HK")]);
}

#[test]
fn a_meeting_s_affiliation_names_the_organisation_once_and_every_country() {
    let d = common::bundled();
    let of = |id: &str| d.meeting(id).unwrap().affiliation();
    assert_eq!(of("citigroup"), "Citigroup · United States");
    // The organisation is the country: said once.
    assert_eq!(of("iran"), "Iran");
    assert_eq!(
        of("un-secretary-general"),
        "United Nations · International organisations"
    );
}
