//! The routing module's pure side: route paths, and how any address resolves to
//! a page, a typed view and a canonical address.
#![cfg(not(target_arch = "wasm32"))]

use visit_explorer::routing::{href, resolve, Here, Resolved, Route, View};

// The bundled visit, as the development pack holds it (`build.rs`).
use visit_explorer::data::dev_dataset as bundled;

#[test]
fn route_paths() {
    assert_eq!(Route::Explorer.path(), "/");
    assert_eq!(meeting("wabtec").path(), "/meetings/wabtec/");
    assert_eq!(Route::NotFound.path(), "/404.html");
    assert_eq!(
        href("/ve", &Route::Explorer, "sector=finance"),
        "/ve/?sector=finance"
    );
    // Only the explorer carries a query.
    assert_eq!(
        href("", &meeting("iran"), "sector=finance"),
        "/meetings/iran/"
    );
}

#[test]
fn every_dataset_id_round_trips_through_the_routes() {
    for m in &bundled().meetings {
        let route = meeting(&m.id);
        let path = route.path();
        assert_eq!(path, format!("/meetings/{}/", m.id));
        assert_eq!(resolved(&path, "", "", "").here.route, route, "{path}");
    }
}

#[test]
fn prerendered_pages_cover_every_route() {
    let d = bundled();
    let pages = Route::prerendered(&d);
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
    Route::Meeting {
        id: id.to_string().into(),
    }
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
        assert_eq!(r.here.view.query, query, "{search}");
        // The typed state and the query are one: reading the query again gives it.
        assert_eq!(*r.here.view, *View::parse(query, &bundled()), "{search}");
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
    for path in [
        "/no/such/page/",
        "/404.html",
        "/meetings/no-such-meeting/",
        "/meetings/%3Cscript%3E/",
        "/meetings/wabtec/extra/",
    ] {
        let r = resolved(path, "?x=1", "", "");
        assert_eq!(r.here.route, Route::NotFound, "{path}");
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
    let here = Here::at(meeting("iran"));
    assert_eq!(here.view.query, "");
    assert!(here.view.state.is_empty());
    assert_eq!(here.back, None);
}

#[test]
fn a_view_is_parsed_once_and_shared() {
    let d = bundled();
    let r = resolved("/", "?sector=finance&q=citi", "", "");
    let view = r.here.view.clone();
    let again = r.here.clone();
    // Cloning what the address shows shares the parsed view rather than copying it.
    assert!(std::rc::Rc::ptr_eq(&view, &again.view));
    assert_eq!(view.state.active_count(), 2);
    assert_eq!(view.query, "sector=finance&q=citi");
    assert_eq!(*View::of(view.state.clone(), &d), *view);
}
