//! The route table and how any address resolves to a route and a canonical address.
#![cfg(not(target_arch = "wasm32"))]

use visit_explorer::data::bundled;
use visit_explorer::route::{resolve, Here, Resolved, Route};
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
