//! The route table, permalinks, map layout and prerender helpers.

use visit_explorer::data::bundled;
use visit_explorer::domain::country::COUNTRIES;
use visit_explorer::domain::Place;
use visit_explorer::map_layout::layout;
use visit_explorer::prerender::{basename, escape, fill_template, page_meta};
use visit_explorer::route::Route;
use visit_explorer::share::permalink;
use yew_router::Routable;

#[test]
fn route_paths() {
    assert_eq!(Route::Explorer.to_path(), "/");
    assert_eq!(
        Route::Meeting {
            id: "wabtec".into()
        }
        .to_path(),
        "/meetings/wabtec/"
    );
    assert_eq!(Route::recognize("/"), Some(Route::Explorer));
    assert_eq!(
        Route::recognize("/meetings/wabtec"),
        Some(Route::Meeting {
            id: "wabtec".into()
        })
    );
    assert_eq!(Route::recognize("/nothing/here"), Some(Route::NotFound));
    assert_eq!(Route::recognize("/404.html"), Some(Route::NotFound));
}

#[test]
fn every_dataset_id_round_trips_through_the_router() {
    for m in &bundled().meetings {
        let route = Route::Meeting { id: m.id.clone() };
        let path = route.to_path();
        assert_eq!(path, format!("/meetings/{}/", m.id));
        assert_eq!(Route::recognize(&path), Some(route), "{path}");
    }
}

#[test]
fn prerendered_pages_cover_every_route() {
    let d = bundled();
    let pages = Route::prerendered(d.meetings.iter().map(|m| m.id.as_str()));
    assert_eq!(pages.len(), d.meetings.len() + 2);
    assert_eq!(pages[0], (Route::Explorer, "index.html".to_string()));
    assert_eq!(pages[1].1, "meetings/wabtec/index.html");
    assert_eq!(
        pages.last().unwrap(),
        &(Route::NotFound, "404.html".to_string())
    );
}

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
    assert_eq!(
        basename("https://x.org/visit-explorer/"),
        Some("/visit-explorer".into())
    );
    assert_eq!(basename("http://127.0.0.1:8080/"), None);
    assert_eq!(basename("http://127.0.0.1:8080"), None);
}

#[test]
fn page_meta_and_template() {
    let d = bundled();
    let base = "https://example.org/ve/";
    let m = page_meta(&d, &Route::Meeting { id: "iran".into() }, base);
    assert_eq!(m.url, "https://example.org/ve/meetings/iran/");
    assert_eq!(m.og_type, "article");
    assert!(m.title.starts_with("Ebrahim Raisi"));
    let template = "<head><title>Visit Explorer</title>\n<meta name=\"description\" content=\"x\">\n</head><body><div id=\"app\"></div></body>";
    let html = fill_template(template, &m, "<p>body</p>").unwrap();
    assert!(
        html.contains("<link rel=\"canonical\" href=\"https://example.org/ve/meetings/iran/\">")
    );
    assert!(html.contains("<meta property=\"og:type\" content=\"article\">"));
    assert!(html.contains("<div id=\"app\"><p>body</p></div>"));
    assert_eq!(html.matches("<title>").count(), 1);
    assert!(!html.contains("content=\"x\""));
    assert!(
        fill_template("<title>t</title><meta name=\"description\">", &m, "")
            .unwrap_err()
            .contains("div id=\"app\"")
    );
    assert_eq!(
        escape("<a href=\"x\">&'</a>"),
        "&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;"
    );
    let missing = page_meta(&d, &Route::Meeting { id: "nope".into() }, base);
    assert_eq!(missing.url, "https://example.org/ve/404.html");
}

#[test]
fn country_table_is_sorted_and_cells_are_unique() {
    assert!(
        COUNTRIES.windows(2).all(|w| w[0].code < w[1].code),
        "sorted for binary search"
    );
    let mut cells: Vec<(u8, u8)> = COUNTRIES.iter().map(|c| (c.col, c.row)).collect();
    cells.sort();
    let n = cells.len();
    cells.dedup();
    assert_eq!(cells.len(), n, "two countries share a map cell");
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
