//! The country table, the world tile grid, and permalinks.

use visit_core::domain::country::COUNTRIES;
use visit_core::domain::Place;
use visit_core::map::layout;
use visit_core::share::permalink;

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
fn map_layout_keeps_world_order_and_drops_empty_columns() {
    let p = |c: &str| Place::parse(c).unwrap();
    let places = [p("US"), p("GB"), p("IR"), p("FI"), Place::International];
    let (tiles, cols, rows) = layout(&places, p("KZ"));
    assert_eq!(
        tiles.len(),
        5,
        "international organisations are not on the grid"
    );
    let col = |code: &str| tiles.iter().find(|t| t.place.code() == code).unwrap().col;
    assert_eq!(col("US"), 1, "the Americas on the left");
    assert!(col("GB") < col("FI") && col("FI") < col("IR") && col("IR") < col("KZ"));
    assert_eq!(cols, 5);
    assert!(rows <= 5);
    assert!(
        tiles
            .iter()
            .find(|t| t.place.code() == "KZ")
            .unwrap()
            .is_host
    );
}
