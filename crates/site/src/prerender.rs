//! Writes one HTML file per route into Trunk's `dist/`, for static hosting and hydration.
//!
//! Usage: `prerender [DIST_DIR] [--explorer-only]`, with `SITE_BASE` (default
//! `http://127.0.0.1:8080/`) giving the absolute URL the site is served from, sub-path
//! included. `--explorer-only` writes just `index.html` (the benchmark's big dataset).

use std::path::{Path, PathBuf};
use std::rc::Rc;

use visit_explorer::app::{ServerApp, ServerAppProps};
use visit_explorer::data;
use visit_explorer::prerender::{basename, fill_template, page_meta};
use visit_explorer::prerender_mark;
use visit_explorer::route::Route;

fn fail(msg: String) -> ! {
    eprintln!("prerender: {msg}");
    std::process::exit(1);
}

fn main() {
    let dist = PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| "dist".into()));
    let site_base = std::env::var("SITE_BASE").unwrap_or_else(|_| "http://127.0.0.1:8080/".into());
    let basename = basename(&site_base);
    let template_path = dist.join("index.html");
    let template = std::fs::read_to_string(&template_path).unwrap_or_else(|e| {
        fail(format!(
            "cannot read {} (run trunk build first): {e}",
            template_path.display()
        ))
    });
    let dataset = data::bundled();
    let mut routes = Route::prerendered(dataset.meetings.iter().map(|m| m.id.as_str()));
    if std::env::args().any(|a| a == "--explorer-only") {
        routes.retain(|(r, _)| *r == Route::Explorer);
    }
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap_or_else(|e| fail(format!("cannot start a runtime: {e}")));
    let local = tokio::task::LocalSet::new();
    for (route, file) in &routes {
        let props = ServerAppProps {
            route: route.clone(),
            path: None,
            base: basename.clone().unwrap_or_default().into(),
            dataset: Rc::clone(&dataset),
        };
        let body = local.block_on(&runtime, async {
            yew::LocalServerRenderer::<ServerApp>::with_props(props)
                .render()
                .await
        });
        let meta = page_meta(&dataset, route, &site_base);
        let html = fill_template(&template, &meta, &prerender_mark::attributes(route), &body)
            .unwrap_or_else(|e| fail(format!("{}: {e}", template_path.display())));
        write(&dist.join(file), &html);
    }
    println!(
        "prerender: wrote {} pages into {} for {site_base}",
        routes.len(),
        dist.display()
    );
}

fn write(path: &Path, html: &str) {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)
            .unwrap_or_else(|e| fail(format!("cannot create {}: {e}", dir.display())));
    }
    std::fs::write(path, html)
        .unwrap_or_else(|e| fail(format!("cannot write {}: {e}", path.display())));
}
