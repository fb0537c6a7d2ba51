//! Writes the dataset's pack and map image and one HTML file per route into
//! Trunk's output: the content rendered by the app itself (Yew's server renderer,
//! over the dataset read back from the pack, as the browser reads it), the page's
//! head tags and its CSP, and its link-preview image.

use std::path::Path;
use std::rc::Rc;

use visit_core::format::files::{load_path, At, Problem};
use visit_core::format::translations;
use visit_core::format::validate::validate;
use visit_core::i18n::cldr;
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
    let (file, validated) = load_path(dataset).map_err(Failure::Invalid)?;
    let default = file.visit.default_language().to_string();
    // The benchmark's archive is one language's explorer.
    let languages: Vec<String> = match pages {
        Pages::All => file
            .visit
            .languages()
            .into_iter()
            .map(String::from)
            .collect(),
        Pages::ExplorerOnly => vec![default.clone()],
    };
    let names: Vec<(String, String)> = languages
        .iter()
        .map(|l| {
            cldr::own_name(l)
                .map(|n| (l.clone(), n.to_string()))
                .ok_or_else(|| {
                    Failure::Io(format!(
                        "{}: the dataset is in \"{l}\", but the interface is written only in {}",
                        dataset.display(),
                        cldr::LANGUAGES.map(|(c, _)| c).join(", ")
                    ))
                })
        })
        .collect::<Result<_, _>>()?;
    // One map for every language: it holds no words.
    let (map_name, map_svg) = visit_core::map::image(&validated);
    crate::write(&dist.join(&map_name), map_svg.as_bytes())?;
    let template_path = dist.join("index.html");
    let template = std::fs::read_to_string(&template_path).map_err(|e| {
        Failure::Io(format!(
            "cannot read {} (run trunk build first): {e}",
            template_path.display()
        ))
    })?;
    // Files the template links, by their href (which carries the site's sub-path).
    let file_at = |href: &str| {
        let prefix = format!("{base}/");
        dist.join(
            href.strip_prefix(prefix.as_str())
                .unwrap_or(href)
                .trim_start_matches('/'),
        )
    };
    let template = link_png_icon(&template, |href| {
        let svg_path = file_at(href);
        let svg = std::fs::read_to_string(&svg_path)
            .map_err(|e| format!("cannot read the icon {}: {e}", svg_path.display()))?;
        let png = favicon::png(&svg).map_err(|e| format!("{}: {e}", svg_path.display()))?;
        let png_href = format!("{}.png", href.trim_end_matches(".svg"));
        crate::write(&file_at(&png_href), &png)
            .map_err(|e| e.to_string().trim_end().to_string())?;
        // Nothing links the SVG now; the service worker would keep it for nothing.
        std::fs::remove_file(&svg_path)
            .map_err(|e| format!("cannot remove {}: {e}", svg_path.display()))?;
        Ok(png_href)
    })
    .and_then(|t| refresh_integrity(&t, |href| std::fs::read(file_at(href)).ok()))
    .and_then(|t| inline_stylesheet(&t, |href| std::fs::read_to_string(file_at(href)).ok()))
    .map_err(|e| Failure::Io(format!("{}: {e}", template_path.display())))?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .map_err(|e| Failure::Io(format!("cannot start a runtime: {e}")))?;
    let local = tokio::task::LocalSet::new();
    let painter = Painter::default();
    let mut written = 0;
    // Each language's pack, by language. The default language comes last: its
    // page for unknown addresses, the one every host serves, names them all.
    let mut packs: Vec<(String, String)> = Vec::new();
    let mut order: Vec<&String> = languages.iter().collect();
    order.sort_by_key(|l| **l == default);
    for lang in order {
        // The dataset in this language, as the browser will read it: from its pack.
        let (localized, fell_back) = translations::localized(&file, lang);
        let mut here = validate(&localized).map_err(|errors| {
            Failure::Invalid(
                errors
                    .into_iter()
                    .map(|e| Problem {
                        file: format!("{} ({lang})", dataset.display()),
                        at: At::Field {
                            record: e.record,
                            field: e.field,
                        },
                        message: e.message,
                    })
                    .collect(),
            )
        })?;
        if *lang != default {
            findable_by_default_names(&mut here, &validated);
            here.untranslated = translations::untranslated(&file, &fell_back);
        }
        let validated = here;
        let mut locale = cldr::for_dataset(lang, &validated).map_err(Failure::Io)?;
        locale.languages = names.clone();
        locale.fallback = default.clone();
        visit_core::i18n::set(locale.clone());
        let exports_text = visit_core::export::pieces::write(&validated);
        let exports_name = hashed("exports", "txt", exports_text.as_bytes());
        crate::write(&dist.join(&exports_name), exports_text.as_bytes())?;
        let pack_text = visit_core::pack::write(&validated, &map_name, &exports_name, &locale);
        let pack_name = hashed("pack", "txt", pack_text.as_bytes());
        crate::write(&dist.join(&pack_name), pack_text.as_bytes())?;
        let dataset_here = Rc::new(
            visit_core::pack::read(&pack_text)
                .map_err(|e| Failure::Io(format!("{}: {e}", dataset.display())))?
                .dataset,
        );
        let pack_href = format!("{base}/{pack_name}");
        let loader = |by_folder: &[(String, String)]| {
            start_app_after_first_paint(&in_language(&template, lang), &pack_href, by_folder, &base)
                .map_err(|e| Failure::Io(format!("{}: {e}", template_path.display())))
        };
        let page_template = loader(&[])?;
        // Only the default language writes the page for unknown addresses.
        let not_found_template = if *lang == default {
            loader(&packs)?
        } else {
            page_template.clone()
        };
        packs.push((lang.clone(), pack_href.clone()));
        let mut routes = Route::prerendered(&dataset_here);
        if pages == Pages::ExplorerOnly {
            routes.retain(|(r, _)| *r == Route::Explorer);
        }
        let explorer_preview =
            publish(&painter, dist, previews::explorer(&painter, &dataset_here))?;
        // Each route's preview image, painted once: the default language's
        // pages are written twice (at the root and under its code).
        let route_previews = routes
            .iter()
            .map(|(route, _)| match route {
                Route::Meeting { id } => match dataset_here.meeting(id) {
                    Some(m) => publish(
                        &painter,
                        dist,
                        previews::meeting(&painter, &dataset_here, m),
                    ),
                    None => Ok(explorer_preview.clone()),
                },
                _ => Ok(explorer_preview.clone()),
            })
            .collect::<Result<Vec<_>, _>>()?;
        // The default language's pages also live at the site's root, where
        // every address shared so far leads.
        let folders: Vec<Option<&str>> = if *lang == default {
            vec![None, Some(lang.as_str())]
        } else {
            vec![Some(lang.as_str())]
        };
        for folder in folders {
            let page_base = match folder {
                Some(l) => format!("{base}/{l}"),
                None => base.clone(),
            };
            for ((route, file), preview) in routes.iter().zip(&route_previews) {
                // One page for unknown addresses, at the root: hosts serve it for any.
                if folder.is_some() && *route == Route::NotFound {
                    continue;
                }
                let props = ServerAppProps {
                    route: route.clone(),
                    path: None,
                    base: page_base.clone().into(),
                    site_base: base.clone().into(),
                    dataset: Rc::clone(&dataset_here),
                    map: format!("{base}/{map_name}").into(),
                };
                let body = local.block_on(&runtime, async {
                    // No hydration markers: the browser renders over the page, not into it.
                    yew::LocalServerRenderer::<ServerApp>::with_props(props)
                        .hydratable(false)
                        .render()
                        .await
                });
                let mut meta = page_meta(&dataset_here, route, site_base);
                meta.language(lang, folder, &languages, site_base);
                meta.image = Some(Image {
                    url: visit_core::share::permalink(site_base, &preview.path, ""),
                    width: previews::WIDTH,
                    height: previews::HEIGHT,
                    alt: preview.alt.clone(),
                });
                let template = match route {
                    Route::NotFound => &not_found_template,
                    _ => &page_template,
                };
                let html = fill_template(template, &meta, &body)
                    .map_err(|e| Failure::Io(format!("{}: {e}", template_path.display())))?;
                let path = match folder {
                    Some(l) => dist.join(l).join(file),
                    None => dist.join(file),
                };
                crate::write(&path, html.as_bytes())?;
                written += 1;
            }
        }
    }
    if pages == Pages::All {
        crate::offline::write_service_worker(dist)?;
    }
    crate::compress::precompress(dist)?;
    Ok(written)
}

/// Lets the search on a page in another language find each meeting by its
/// counterpart's name and organisation as `default` (the dataset in its default
/// language) writes them: "guterres" on the Russian page finds «Гутерриш».
fn findable_by_default_names(
    d: &mut visit_core::domain::Dataset,
    default: &visit_core::domain::Dataset,
) {
    for m in &mut d.meetings {
        let Some(own) = default.meeting(&m.id) else {
            continue;
        };
        let c = &own.counterpart;
        let also: Vec<&str> = [&c.name, &c.organisation]
            .into_iter()
            .map(|t| &**t)
            .filter(|t| !t.is_empty())
            .collect();
        Rc::make_mut(m).also = also.join("\n").into();
    }
}

/// Trunk's template in `lang`: its `<html lang>`, and the few words the page
/// says before the app runs (the fault notice, the line for readers without
/// JavaScript).
fn in_language(template: &str, lang: &str) -> String {
    use visit_core::i18n::{t, Key};
    let json = |s: &str| serde_json::to_string(s).unwrap_or_default();
    template
        .replacen("<html lang=\"en\">", &format!("<html lang=\"{lang}\">"), 1)
        .replace(
            "\"Something went wrong and this page stopped responding. \"",
            &json(&format!("{} ", t(Key::Stopped))),
        )
        .replace("\"Reload the page\"", &json(t(Key::Reload)))
        .replace(
            "Filtering needs JavaScript. Without it, every meeting is still listed below.",
            &crate::pages::escape(t(Key::Noscript)),
        )
}

/// Renders a preview to PNG and writes it into `dist` at its content-hashed path.
fn publish(painter: &Painter, dist: &Path, preview: Preview) -> Result<Preview, Failure> {
    let png = painter
        .png(&preview.svg)
        .map_err(|e| Failure::Io(format!("{}: {e}", preview.path)))?;
    crate::write(&dist.join(&preview.path), &png)?;
    Ok(preview)
}
