//! The route table, address resolution, permalinks, map layout and prerender helpers.
#![cfg(feature = "ssr")]

use visit_explorer::data::bundled;
use visit_explorer::domain::country::COUNTRIES;
use visit_explorer::domain::Place;
use visit_explorer::map_layout::layout;
use visit_explorer::prerender::{basename, escape, fill_template, page_meta};
use visit_explorer::route::{resolve, Here, Resolved, Route};
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
    let template = "<head><meta charset=\"utf-8\"><title>Visit Explorer</title>\n<meta name=\"description\" content=\"x\">\n<script>go()</script></head><body><div id=\"app\"></div></body>";
    let html = fill_template(
        template,
        &m,
        " data-route=\"/meetings/iran/\"",
        "<p>body</p>",
    )
    .unwrap();
    assert!(
        html.contains("<link rel=\"canonical\" href=\"https://example.org/ve/meetings/iran/\">")
    );
    assert!(html.contains("<meta property=\"og:type\" content=\"article\">"));
    assert!(html.contains("<div id=\"app\" data-route=\"/meetings/iran/\"><p>body</p></div>"));
    // The policy comes before any script, and allows the inline one by its hash.
    let csp = html.find("Content-Security-Policy").unwrap();
    assert!(csp < html.find("<script>").unwrap());
    assert!(html.contains("'sha256-"));
    assert_eq!(html.matches("<title>").count(), 1);
    assert!(!html.contains("content=\"x\""));
    assert!(fill_template(
        "<meta charset=\"utf-8\"><title>t</title><meta name=\"description\">",
        &m,
        "",
        ""
    )
    .unwrap_err()
    .contains("div id=\"app\""));
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

fn resolved(pathname: &str, search: &str, hash: &str, base: &str) -> Resolved {
    resolve(pathname, search, hash, base, &bundled())
}

fn meeting(id: &str) -> Route {
    Route::Meeting { id: id.into() }
}

#[test]
fn every_spelling_of_a_served_page_resolves_to_its_route_and_canonical_address() {
    let cases: &[(&str, &str, Route, Option<&str>)] = &[
        ("/", "", Route::Explorer, None),
        ("/index.html", "", Route::Explorer, Some("/")),
        (
            "/index.html",
            "?sector=finance",
            Route::Explorer,
            Some("/?sector=finance"),
        ),
        ("/meetings/wabtec/", "", meeting("wabtec"), None),
        (
            "/meetings/wabtec",
            "",
            meeting("wabtec"),
            Some("/meetings/wabtec/"),
        ),
        (
            "/meetings/wabtec/index.html",
            "",
            meeting("wabtec"),
            Some("/meetings/wabtec/"),
        ),
        (
            "//meetings/wabtec/",
            "",
            meeting("wabtec"),
            Some("/meetings/wabtec/"),
        ),
        (
            "/meetings/WABTEC/",
            "",
            meeting("wabtec"),
            Some("/meetings/wabtec/"),
        ),
        (
            "/meetings/wabtec/",
            "?utm_source=x",
            meeting("wabtec"),
            Some("/meetings/wabtec/"),
        ),
    ];
    for (path, search, route, canonical) in cases {
        let r = resolved(path, search, "", "");
        assert_eq!(&r.here.route, route, "{path}{search}");
        assert_eq!(r.canonical.as_deref(), *canonical, "{path}{search}");
    }
}

#[test]
fn explorer_queries_are_canonical_and_keep_only_what_the_app_understands() {
    let cases = [
        ("?utm_source=news&fbclid=abc", "", Some("/")),
        (
            "?sector=FINANCE&sector=digital",
            "sector=finance,digital",
            Some("/?sector=finance,digital"),
        ),
        (
            "?country=us,US&q=raisi",
            "country=US&q=raisi",
            Some("/?country=US&q=raisi"),
        ),
        ("?sector=<script>alert(1)</script>", "", Some("/")),
        ("?sector=finance", "sector=finance", None),
        ("?", "", Some("/")),
    ];
    for (search, query, canonical) in cases {
        let r = resolved("/", search, "", "");
        assert_eq!(r.here.route, Route::Explorer);
        assert_eq!(r.here.query, query, "{search}");
        assert_eq!(r.canonical.as_deref(), canonical, "{search}");
    }
}

#[test]
fn the_fragment_is_kept_and_the_sub_path_respected() {
    let r = resolved(
        "/visit-explorer/index.html",
        "?sector=finance",
        "#main",
        "/visit-explorer",
    );
    assert_eq!(
        r.canonical.as_deref(),
        Some("/visit-explorer/?sector=finance#main")
    );
    let r = resolved("//visit-explorer//meetings/iran", "", "", "/visit-explorer");
    assert_eq!(r.here.route, meeting("iran"));
    assert_eq!(
        r.canonical.as_deref(),
        Some("/visit-explorer/meetings/iran/")
    );
    let r = resolved("/visit-explorer/meetings/iran/", "", "", "/visit-explorer");
    assert_eq!(r.canonical, None);
}

#[test]
fn addresses_that_lead_nowhere_show_not_found_and_stay_as_typed() {
    for (path, route) in [
        ("/no/such/page/", Route::NotFound),
        ("/404.html", Route::NotFound),
        ("/meetings/no-such-meeting/", meeting("no-such-meeting")),
        ("/meetings/%3Cscript%3E/", meeting("<script>")),
    ] {
        let r = resolved(path, "?x=1", "", "");
        assert_eq!(r.here.route, route, "{path}");
        assert_eq!(r.canonical, None, "{path}");
    }
    assert_eq!(
        resolved("/elsewhere/", "", "", "/visit-explorer")
            .here
            .route,
        Route::NotFound
    );
}

#[test]
fn a_served_page_is_its_own_first_render() {
    assert_eq!(Here::at(meeting("iran")).query, "");
    assert_eq!(Here::at(Route::Explorer).back, None);
}
