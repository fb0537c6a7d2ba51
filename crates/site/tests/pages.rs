//! Head metadata, the Content-Security-Policy and filling Trunk's template.

use visit_explorer::routing::Route;
use visit_site::pages::{
    basename, escape, fill_template, inline_stylesheet, page_meta, refresh_integrity,
    start_app_after_first_paint,
};

// The bundled visit, as the development pack holds it (`build.rs`).
use visit_explorer::data::dev_dataset as bundled;

#[test]
fn page_meta_and_template() {
    let d = bundled();
    let base = "https://example.org/ve/";
    let m = page_meta(
        &d,
        &Route::Meeting {
            id: "iran".to_string().into(),
        },
        base,
    );
    assert_eq!(m.url, "https://example.org/ve/meetings/iran/");
    assert_eq!(m.og_type, "article");
    assert!(m.title.starts_with("Ebrahim Raisi"));
    let template = "<head><meta charset=\"utf-8\"><title>Visit Explorer</title>\n<meta name=\"description\" content=\"x\">\n<script>go()</script></head><body><div id=\"app\"></div></body>";
    let html = fill_template(template, &m, "<p>body</p>").unwrap();
    assert!(
        html.contains("<link rel=\"canonical\" href=\"https://example.org/ve/meetings/iran/\">")
    );
    assert!(html.contains("<meta property=\"og:type\" content=\"article\">"));
    assert!(html.contains("<div id=\"app\"><p>body</p></div>"));
    // The policy comes before any script, and allows the inline one by its hash.
    let csp = html.find("Content-Security-Policy").unwrap();
    assert!(csp < html.find("<script>").unwrap());
    assert!(html.contains("'sha256-"));
    assert_eq!(html.matches("<title>").count(), 1);
    assert!(!html.contains("content=\"x\""));
    assert!(fill_template(
        "<meta charset=\"utf-8\"><title>t</title><meta name=\"description\">",
        &m,
        ""
    )
    .unwrap_err()
    .contains("div id=\"app\""));
    // Every attribute the prerenderer writes is double-quoted, so `'` may stay.
    assert_eq!(
        escape("<a href=\"x\">&'</a>"),
        "&lt;a href=&quot;x&quot;&gt;&amp;'&lt;/a&gt;"
    );

    let missing = page_meta(
        &d,
        &Route::Meeting {
            id: "nope".to_string().into(),
        },
        base,
    );
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

#[test]
fn the_style_sheet_is_inlined_and_allowed_by_its_hash() {
    let template = "<head><meta charset=\"utf-8\"><title>t</title><meta name=\"description\" content=\"x\"><link rel=\"stylesheet\" href=\"/ve/main-0123456789abcdef.css\" integrity=\"sha384-stale\"/></head><body><div id=\"app\"></div></body>";
    let refreshed = refresh_integrity(template, |href| {
        (href == "/ve/main-0123456789abcdef.css").then(|| b"a{b:c}".to_vec())
    })
    .unwrap();
    assert!(refreshed.contains("integrity=\"sha384-"));
    assert!(!refreshed.contains("sha384-stale"));
    let inlined = inline_stylesheet(&refreshed, |href| {
        (href == "/ve/main-0123456789abcdef.css").then(|| "a{b:c}\n".to_string())
    })
    .unwrap();
    assert!(inlined.contains("<style>a{b:c}</style>"));
    assert!(!inlined.contains("rel=\"stylesheet\""));
    let d = bundled();
    let meta = page_meta(&d, &Route::Explorer, "https://example.org/ve/");
    let html = fill_template(&inlined, &meta, "").unwrap();
    // sha256 of "a{b:c}", in the policy's style-src.
    assert!(html.contains("style-src 'self' 'sha256-"), "{html}");
    assert!(inline_stylesheet(&refreshed, |_| None)
        .unwrap_err()
        .contains("cannot read the style sheet"));
}

#[test]
fn the_app_is_fetched_after_first_paint() {
    let template = "<link rel=\"modulepreload\" href=\"/a.js\"><link rel=\"preload\" href=\"/a_bg.wasm\" as=\"fetch\" type=\"application/wasm\"><script type=\"module\">\nimport init, * as bindings from '/a.js';\nconst wasm = await init({ module_or_path: '/a_bg.wasm' });\n\n\nwindow.wasmBindings = bindings;\n\n\ndispatchEvent(new CustomEvent(\"TrunkApplicationStarted\", {detail: {wasm}}));\n</script><p>after</p>";
    let out =
        start_app_after_first_paint(template, "/ve/pack-0123456789abcdef.txt", &[], "/ve").unwrap();
    assert!(
        !out.contains("a_bg.wasm\" as=\"fetch\""),
        "the wasm is no longer preloaded"
    );
    assert!(
        out.contains("rel=\"modulepreload\""),
        "the small JS glue still is"
    );
    assert!(out.contains("import init from \"/a.js\";"));
    assert!(!out.contains("wasmBindings") && !out.contains("* as bindings"));
    let wait = out.find("largest-contentful-paint").unwrap();
    let pack = out
        .find("window.__vePack = fetch(\"/ve/pack-0123456789abcdef.txt\")")
        .expect("the pack is fetched");
    let init = out
        .find("const wasm = await init({ module_or_path: \"/a_bg.wasm\" });")
        .unwrap();
    let started = out.find("TrunkApplicationStarted").unwrap();
    // After first paint, the pack and the wasm load side by side.
    assert!(wait < pack && pack < init && init < started);
    assert_eq!(out.matches("await init(").count(), 1, "one loader: {out}");
    assert!(
        out.ends_with("</script><p>after</p>"),
        "the rest of the page stays"
    );
    assert!(start_app_after_first_paint("<p>no loader</p>", "/p.txt", &[], "").is_err());
}

#[test]
fn the_page_for_unknown_addresses_fetches_the_pack_of_their_language_folder() {
    let template = "<script type=\"module\">\nimport init from '/ve/a.js';\nconst wasm = await init({ module_or_path: '/ve/a_bg.wasm' });\n</script>";
    let by_folder = [
        ("ru".to_string(), "/ve/pack-ru.txt".to_string()),
        ("kk".to_string(), "/ve/pack-kk.txt".to_string()),
    ];
    let out = start_app_after_first_paint(template, "/ve/pack-en.txt", &by_folder, "/ve").unwrap();
    // The folder is the first non-empty segment after the site's base ("/ve",
    // one segment); a list, not an object, so no address finds a property of
    // Object.prototype.
    assert!(
        out.contains(
            "window.__vePack = fetch(([[\"ru\",\"/ve/pack-ru.txt\"],[\"kk\",\"/ve/pack-kk.txt\"]].find((p) => p[0] === location.pathname.split(\"/\").filter(Boolean)[1]) || [0, \"/ve/pack-en.txt\"])[1])"
        ),
        "{out}"
    );
    // Whatever a value holds, it cannot close the inline script.
    let hostile =
        start_app_after_first_paint(template, "/ve/</script><script>x()", &[], "/ve").unwrap();
    assert!(!hostile.contains("</script><script>x()"), "{hostile}");
    assert!(
        hostile.contains("\"/ve/\\u003c/script>\\u003cscript>x()\""),
        "{hostile}"
    );
}
