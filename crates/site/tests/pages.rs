//! Head metadata, the Content-Security-Policy and filling Trunk's template.

use visit_explorer::data::bundled;
use visit_explorer::route::Route;
use visit_site::pages::{basename, escape, fill_template, page_meta};

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
    // Every attribute the prerenderer writes is double-quoted, so `'` may stay.
    assert_eq!(
        escape("<a href=\"x\">&'</a>"),
        "&lt;a href=&quot;x&quot;&gt;&amp;'&lt;/a&gt;"
    );

    let missing = page_meta(&d, &Route::Meeting { id: "nope".into() }, base);
    assert_eq!(missing.url, "https://example.org/ve/404.html");
}

#[test]
fn basenames_of_site_bases() {
    assert_eq!(
        basename("https://x.org/visit-explorer/"),
        Some("/visit-explorer".into())
    );
    assert_eq!(basename("http://127.0.0.1:8080/"), None);
    assert_eq!(basename("http://127.0.0.1:8080"), None);
}
