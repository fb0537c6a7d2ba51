//! Writes the dataset's pack and map image and one HTML file per route into
//! Trunk's output: the content rendered by the app itself (Yew's server renderer,
//! over the dataset read back from the pack, as the browser reads it), the page's
//! head tags and its CSP, and its link-preview image.

use std::path::Path;
use std::rc::Rc;

use visit_core::format::files::load_path;
use visit_explorer::app::{ServerApp, ServerAppProps};
use visit_explorer::routing::Route;

use crate::favicon::{self, link_png_icon};
use crate::pages::{
    basename, fill_template, inline_stylesheet, page_meta, refresh_integrity,
    start_app_after_first_paint, Image,
};
use crate::previews::{self, Painter, Preview};
use crate::Failure;

/// Which pages to write.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pages {
    All,
    /// Only `index.html` (the benchmark's 10,000-meeting archive).
    ExplorerOnly,
}

/// A content-hashed file name: `stem-0123456789abcdef.ext`, so a host may cache
/// it for good.
fn hashed(stem: &str, ext: &str, bytes: &[u8]) -> String {
    use sha2::Digest;
    let digest = sha2::Sha256::digest(bytes);
    let hex: String = digest.iter().take(8).map(|b| format!("{b:02x}")).collect();
    format!("{stem}-{hex}.{ext}")
}

/// Renders every page of the dataset at `dataset` into `dist`, whose
/// `index.html` is Trunk's template; `site_base` is the absolute URL the site is
/// served from. The dataset's pack, map image and export pieces are written beside
/// the pages.
pub fn prerender(
    dist: &Path,
    site_base: &str,
    pages: Pages,
    dataset: &Path,
) -> Result<usize, Failure> {
    let base = basename(site_base).unwrap_or_default();
    let (_, validated) = load_path(dataset).map_err(Failure::Invalid)?;
    let (map_name, map_svg) = visit_core::map::image(&validated);
    crate::write(&dist.join(&map_name), map_svg.as_bytes())?;
    let exports_text = visit_core::export::pieces::write(&validated);
    let exports_name = hashed("exports", "txt", exports_text.as_bytes());
    crate::write(&dist.join(&exports_name), exports_text.as_bytes())?;
    let pack_text = visit_core::pack::write(&validated, &map_name, &exports_name);
    let pack_name = hashed("pack", "txt", pack_text.as_bytes());
    crate::write(&dist.join(&pack_name), pack_text.as_bytes())?;
    // The pages show the dataset as the browser will read it: from the pack.
    let dataset = Rc::new(
        visit_core::pack::read(&pack_text)
            .map_err(|e| Failure::Io(format!("{}: {e}", dataset.display())))?
            .dataset,
    );
    let template_path = dist.join("index.html");
    let template = std::fs::read_to_string(&template_path).map_err(|e| {
        Failure::Io(format!(
            "cannot read {} (run trunk build first): {e}",
            template_path.display()
        ))
    })?;
    // Files the template links, by their href (which carries the site's sub-path).
    let file = |href: &str| {
        let prefix = format!("{base}/");
        dist.join(
            href.strip_prefix(prefix.as_str())
                .unwrap_or(href)
                .trim_start_matches('/'),
        )
    };
    let template = link_png_icon(&template, |href| {
        let svg_path = file(href);
        let svg = std::fs::read_to_string(&svg_path)
            .map_err(|e| format!("cannot read the icon {}: {e}", svg_path.display()))?;
        let png = favicon::png(&svg).map_err(|e| format!("{}: {e}", svg_path.display()))?;
        let png_href = format!("{}.png", href.trim_end_matches(".svg"));
        crate::write(&file(&png_href), &png).map_err(|e| e.to_string().trim_end().to_string())?;
        // Nothing links the SVG now; the service worker would keep it for nothing.
        std::fs::remove_file(&svg_path)
            .map_err(|e| format!("cannot remove {}: {e}", svg_path.display()))?;
        Ok(png_href)
    })
    .and_then(|t| refresh_integrity(&t, |href| std::fs::read(file(href)).ok()))
    .and_then(|t| inline_stylesheet(&t, |href| std::fs::read_to_string(file(href)).ok()))
    .and_then(|t| start_app_after_first_paint(&t, &format!("{base}/{pack_name}")))
    .map_err(|e| Failure::Io(format!("{}: {e}", template_path.display())))?;
    let mut routes = Route::prerendered(&dataset);
    if pages == Pages::ExplorerOnly {
        routes.retain(|(r, _)| *r == Route::Explorer);
    }
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .map_err(|e| Failure::Io(format!("cannot start a runtime: {e}")))?;
    let local = tokio::task::LocalSet::new();
    let painter = Painter::default();
    let explorer_preview = publish(&painter, dist, previews::explorer(&painter, &dataset))?;
    for (route, file) in &routes {
        let props = ServerAppProps {
            route: route.clone(),
            path: None,
            base: base.clone().into(),
            dataset: Rc::clone(&dataset),
            map: map_name.clone().into(),
        };
        let body = local.block_on(&runtime, async {
            // No hydration markers: the browser renders over the page, not into it.
            yew::LocalServerRenderer::<ServerApp>::with_props(props)
                .hydratable(false)
                .render()
                .await
        });
        let mut meta = page_meta(&dataset, route, site_base);
        let preview = match route {
            Route::Meeting { id } => match dataset.meeting(id) {
                Some(m) => publish(&painter, dist, previews::meeting(&painter, &dataset, m))?,
                None => explorer_preview.clone(),
            },
            _ => explorer_preview.clone(),
        };
        meta.image = Some(Image {
            url: visit_core::share::permalink(site_base, &preview.path, ""),
            width: previews::WIDTH,
            height: previews::HEIGHT,
            alt: preview.alt,
        });
        let html = fill_template(&template, &meta, &body)
            .map_err(|e| Failure::Io(format!("{}: {e}", template_path.display())))?;
        crate::write(&dist.join(file), html.as_bytes())?;
    }
    if pages == Pages::All {
        crate::offline::write_service_worker(dist)?;
    }
    crate::compress::precompress(dist)?;
    Ok(routes.len())
}

/// Renders a preview to PNG and writes it into `dist` at its content-hashed path.
fn publish(painter: &Painter, dist: &Path, preview: Preview) -> Result<Preview, Failure> {
    let png = painter
        .png(&preview.svg)
        .map_err(|e| Failure::Io(format!("{}: {e}", preview.path)))?;
    crate::write(&dist.join(&preview.path), &png)?;
    Ok(preview)
}
