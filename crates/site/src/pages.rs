//! What each prerendered page says in its `<head>`, its Content-Security-Policy,
//! and how it is put into Trunk's HTML template.

use visit_core::domain::Dataset;
use visit_core::page::{description, title, Page};
use visit_core::share::permalink;
use visit_explorer::routing::Route;

/// The head metadata of one prerendered page.
#[derive(Clone, Debug, PartialEq)]
pub struct PageMeta {
    pub title: String,
    pub description: String,
    /// Absolute URL of the page.
    pub url: String,
    pub og_type: &'static str,
    /// The link-preview image, when the page has one.
    pub image: Option<Image>,
    /// The page's language, as `og:locale` names it (`ru_RU`).
    pub og_locale: String,
    /// The same page in every language (`hreflang`, absolute URL), and
    /// `x-default` for the site's root; none for the page of unknown addresses.
    pub alternates: Vec<(String, String)>,
}

impl PageMeta {
    /// Makes the page the one in `lang`, in the language's `folder` or at the
    /// site's root (`None`, the default language's): its canonical address is
    /// its own, and it names the same page in each of `languages`.
    pub fn language(
        &mut self,
        lang: &str,
        folder: Option<&str>,
        languages: &[String],
        site_base: &str,
    ) {
        self.og_locale = visit_core::i18n::cldr::og_locale(lang).to_string();
        // The app-relative path of the page: what follows the site's base.
        let root = permalink(site_base, "/", "");
        let path = self
            .url
            .strip_prefix(root.trim_end_matches('/'))
            .unwrap_or("/")
            .to_string();
        if path.ends_with(".html") {
            // The page for unknown addresses has no counterparts.
            return;
        }
        let in_folder = |l: &str| permalink(site_base, &format!("/{l}{path}"), "");
        if let Some(l) = folder {
            self.url = in_folder(l);
        }
        self.alternates = languages
            .iter()
            .map(|l| (l.clone(), in_folder(l)))
            .chain(std::iter::once((
                "x-default".to_string(),
                permalink(site_base, &path, ""),
            )))
            .collect();
    }
}

/// A link-preview image as the page announces it.
#[derive(Clone, Debug, PartialEq)]
pub struct Image {
    /// Absolute URL.
    pub url: String,
    pub width: u32,
    pub height: u32,
    /// What the image shows, for people who cannot see it.
    pub alt: String,
}

pub use visit_core::html::escape;

/// The sub-path of a site base: `https://x.org/visit-explorer/` gives `/visit-explorer`;
/// a base at the domain root gives `None`.
pub fn basename(site_base: &str) -> Option<String> {
    let after_scheme = site_base
        .split_once("://")
        .map_or(site_base, |(_, rest)| rest);
    let path = after_scheme.find('/').map_or("", |i| &after_scheme[i..]);
    let path = path.trim_end_matches('/');
    (!path.is_empty()).then(|| path.to_string())
}

pub fn page_meta(dataset: &Dataset, route: &Route, site_base: &str) -> PageMeta {
    let (page, og_type) = match route {
        Route::Explorer => (Page::Explorer, "website"),
        Route::Meeting { id } => match dataset.meeting(id) {
            Some(m) => (Page::Meeting(m), "article"),
            None => (Page::NotFound, "website"),
        },
        Route::NotFound => (Page::NotFound, "website"),
    };
    let path = match page {
        Page::NotFound => Route::NotFound.path(),
        _ => route.path(),
    };
    PageMeta {
        title: title(dataset, page),
        description: description(dataset, page),
        url: permalink(site_base, &path, ""),
        og_type,
        image: None,
        og_locale: String::new(),
        alternates: Vec::new(),
    }
}

/// The `<head>` tags for a page.
pub fn head_tags(meta: &PageMeta) -> String {
    let (t, d, u) = (
        escape(&meta.title),
        escape(&meta.description),
        escape(&meta.url),
    );
    format!(
        "<title>{t}</title>\n  <meta name=\"description\" content=\"{d}\">\n  \
         <link rel=\"canonical\" href=\"{u}\">\n  <meta property=\"og:title\" content=\"{t}\">\n  \
         <meta property=\"og:description\" content=\"{d}\">\n  <meta property=\"og:url\" content=\"{u}\">\n  \
         <meta property=\"og:type\" content=\"{}\">\n  <meta property=\"og:site_name\" content=\"Visit Explorer\">{}{}",
        meta.og_type,
        language_tags(meta),
        image_tags(meta.image.as_ref())
    )
}

/// The page's `og:locale`, and a `hreflang` link to it in every language.
fn language_tags(meta: &PageMeta) -> String {
    let mut out = String::new();
    if !meta.og_locale.is_empty() {
        out.push_str(&format!(
            "\n  <meta property=\"og:locale\" content=\"{}\">",
            escape(&meta.og_locale)
        ));
    }
    for (lang, url) in &meta.alternates {
        out.push_str(&format!(
            "\n  <link rel=\"alternate\" hreflang=\"{}\" href=\"{}\">",
            escape(lang),
            escape(url)
        ));
    }
    out
}

/// The Open Graph and Twitter tags for a page's preview image: a large card when
/// there is one.
fn image_tags(image: Option<&Image>) -> String {
    let Some(i) = image else {
        return "\n  <meta name=\"twitter:card\" content=\"summary\">".into();
    };
    let (u, a) = (escape(&i.url), escape(&i.alt));
    format!(
        "\n  <meta property=\"og:image\" content=\"{u}\">\n  <meta property=\"og:image:type\" content=\"image/png\">\n  \
         <meta property=\"og:image:width\" content=\"{}\">\n  <meta property=\"og:image:height\" content=\"{}\">\n  \
         <meta property=\"og:image:alt\" content=\"{a}\">\n  <meta name=\"twitter:card\" content=\"summary_large_image\">\n  \
         <meta name=\"twitter:image:alt\" content=\"{a}\">",
        i.width, i.height
    )
}

/// The text of every inline `<script>` element (one without `src`) in `html`.
pub fn inline_scripts(html: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        let after = &rest[start..];
        let Some(open_end) = after.find('>') else {
            break;
        };
        let tag = &after[..open_end];
        let body = &after[open_end + 1..];
        let Some(close) = body.find("</script>") else {
            break;
        };
        if !tag.contains(" src=") {
            out.push(&body[..close]);
        }
        rest = &body[close..];
    }
    out
}

/// The text of every `<style>` element in `html`.
pub fn inline_styles(html: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<style>") {
        let body = &rest[start + "<style>".len()..];
        let Some(end) = body.find("</style>") else {
            break;
        };
        out.push(&body[..end]);
        rest = &body[end..];
    }
    out
}

fn sha256_sources(texts: &[&str]) -> String {
    use base64::Engine;
    use sha2::Digest;
    texts
        .iter()
        .map(|t| {
            let digest = sha2::Sha256::digest(t.as_bytes());
            format!(
                " 'sha256-{}'",
                base64::engine::general_purpose::STANDARD.encode(digest)
            )
        })
        .collect()
}

/// The Content-Security-Policy of a page whose inline scripts are `scripts` and
/// inline style sheets `styles`: everything from this site only, scripts and
/// styles also by hash, WebAssembly allowed to compile, workers from this site,
/// and no plugins, foreign `<base>` or form targets.
pub fn content_security_policy(scripts: &[&str], styles: &[&str]) -> String {
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'{}; style-src 'self'{}; worker-src 'self'; \
         object-src 'none'; base-uri 'self'; form-action 'self'",
        sha256_sources(scripts),
        sha256_sources(styles)
    )
}

/// Puts the style sheet Trunk links (`<link rel="stylesheet" href=…>`) into the
/// page as a `<style>`, saving a render-blocking request before first paint;
/// `read(href)` gives a linked file's text.
pub fn inline_stylesheet(
    template: &str,
    read: impl Fn(&str) -> Option<String>,
) -> Result<String, String> {
    let Some((at, tag)) = find_link(template, "stylesheet", "the stylesheet link")? else {
        return Ok(template.to_string());
    };
    let href = attribute(tag, "href").ok_or("the stylesheet link has no href")?;
    let css = read(href).ok_or_else(|| format!("cannot read the style sheet {href}"))?;
    Ok(format!(
        "{}<style>{}</style>{}",
        &template[..at.start],
        css.trim(),
        &template[at.end..]
    ))
}

/// The first `<link rel="{rel}" …>` tag in `page`: where it stands, and its text.
/// `what` names it in the error for a tag that is never closed.
pub(crate) fn find_link<'a>(
    page: &'a str,
    rel: &str,
    what: &str,
) -> Result<Option<(std::ops::Range<usize>, &'a str)>, String> {
    let Some(start) = page.find(&format!("<link rel=\"{rel}\"")) else {
        return Ok(None);
    };
    let len = page[start..]
        .find('>')
        .ok_or_else(|| format!("{what} is not closed"))?
        + 1;
    Ok(Some((start..start + len, &page[start..start + len])))
}

/// The value of attribute `name` in one start tag, as written.
pub(crate) fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let at = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    let len = tag[at..].find('"')?;
    Some(&tag[at..at + len])
}

/// What the loader waits for before it fetches the wasm: the page's content on
/// screen (its largest paint reported), so the download never competes with first
/// paint; where that is not reported, no wait; in a background tab, 3 s at most.
/// Shipped in every page, so it carries no comments and few spaces.
const AFTER_FIRST_PAINT: &str = "await new Promise((go) => {\
const types = PerformanceObserver.supportedEntryTypes || [];\
if (!types.includes(\"largest-contentful-paint\")) return go();\
new PerformanceObserver((_, seen) => { seen.disconnect(); go(); }).observe({ type: \"largest-contentful-paint\", buffered: true });\
setTimeout(go, 3000);\
});\n";

/// What the loader fetches: `pack`, or, given `by_folder` (language, pack
/// pairs), the pack of the language folder the address is in below `base`. The
/// page for unknown addresses is one file that hosts serve for any of them, so
/// it speaks the language of `/ru/…` only by choosing its pack there.
fn pack_to_fetch(pack: &str, by_folder: &[(String, String)], base: &str) -> Result<String, String> {
    if by_folder.is_empty() {
        return quote(pack);
    }
    let pairs = by_folder
        .iter()
        .map(|(lang, href)| Ok(format!("[{},{}]", quote(lang)?, quote(href)?)))
        .collect::<Result<Vec<_>, String>>()?
        .join(",");
    // The folder is the first path segment after the base's, counted as the
    // app's address hygiene counts them: empty segments (odd slashes) skipped.
    // A list, not an object: an address's "__proto__" must find nothing.
    Ok(format!(
        "([{pairs}].find((p) => p[0] === location.pathname.split(\"/\").filter(Boolean)[{}]) || [0, {}])[1]",
        base.split('/').filter(|s| !s.is_empty()).count(),
        quote(pack)?
    ))
}

/// `s` as a JavaScript string literal that cannot end the inline script it
/// stands in, whatever it holds.
fn quote(s: &str) -> Result<String, String> {
    serde_json::to_string(s)
        .map(|q| q.replace('<', "\\u003c"))
        .map_err(|e| e.to_string())
}

/// The quoted string that follows `key` in `script` (`from '/app.js'` gives
/// `/app.js`), in either quote.
fn quoted_after<'a>(script: &'a str, key: &str) -> Option<&'a str> {
    let rest = &script[script.find(key)? + key.len()..];
    let quote = rest.chars().next().filter(|q| *q == '\'' || *q == '"')?;
    let rest = &rest[1..];
    Some(&rest[..rest.find(quote)?])
}

/// Replaces Trunk's loader with the app's own, which fetches the wasm only after
/// first paint, and drops the wasm's `<link rel="preload">`. Lighthouse simulates
/// every request begun before the largest paint as holding it up, so a preloaded
/// 130 KB wasm put its LCP at 1.5 s when the lede was really painted with the
/// first HTML. The loader then fetches the dataset's pack at `pack` beside the
/// wasm and leaves the app the promise of its text (`window.__vePack`). It keeps
/// Trunk's `TrunkApplicationStarted` event (the bench times it), not Trunk's
/// `window.wasmBindings`, which nothing here uses. For `by_folder`, see
/// `pack_to_fetch`.
pub fn start_app_after_first_paint(
    template: &str,
    pack: &str,
    by_folder: &[(String, String)],
    base: &str,
) -> Result<String, String> {
    let mut out = template.to_string();
    if let Some((at, tag)) = find_link(&out, "preload", "a preload link")? {
        if tag.contains(".wasm\"") {
            out.replace_range(at, "");
        }
    }
    let missing =
        "Trunk's loader script (`<script type=\"module\">` with `await init(`) was not found";
    let init = out.find("await init(").ok_or(missing)?;
    let open = "<script type=\"module\">";
    let start = out[..init].rfind(open).ok_or(missing)? + open.len();
    let end = init + out[init..].find("</script>").ok_or(missing)?;
    let script = &out[start..end];
    let glue = quoted_after(script, "from ").ok_or("Trunk's loader imports no JS glue")?;
    let wasm = quoted_after(script, "module_or_path: ").ok_or("Trunk's loader names no wasm")?;
    let loader = format!(
        "\nimport init from {};\n{AFTER_FIRST_PAINT}\
window.__vePack = fetch({}).then((r) => r.ok ? r.text() : Promise.reject(new Error(\"the dataset pack: HTTP \" + r.status)));\n\
const wasm = await init({{ module_or_path: {} }});\n\
dispatchEvent(new CustomEvent(\"TrunkApplicationStarted\", {{ detail: {{ wasm }} }}));\n",
        quote(glue)?,
        pack_to_fetch(pack, by_folder, base)?,
        quote(wasm)?,
    );
    out.replace_range(start..end, &loader);
    Ok(out)
}

/// Recomputes every `integrity="sha384-…"` for the file its tag links, so files
/// changed after Trunk wrote the page (the minified JS glue) still load.
pub fn refresh_integrity(
    template: &str,
    read: impl Fn(&str) -> Option<Vec<u8>>,
) -> Result<String, String> {
    use base64::Engine;
    use sha2::Digest;
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(at) = rest.find("integrity=\"sha384-") {
        let tag_start = rest[..at]
            .rfind('<')
            .ok_or("an integrity attribute outside a tag")?;
        let tag = &rest[tag_start..at];
        let href = attribute(tag, "href").ok_or("an integrity attribute without href")?;
        let bytes = read(href).ok_or_else(|| format!("cannot read {href} to hash it"))?;
        let value_start = at + "integrity=\"".len();
        let value_end = value_start
            + rest[value_start..]
                .find('"')
                .ok_or("an integrity attribute is not closed")?;
        out.push_str(&rest[..value_start]);
        out.push_str("sha384-");
        out.push_str(
            &base64::engine::general_purpose::STANDARD.encode(sha2::Sha384::digest(&bytes)),
        );
        rest = &rest[value_end..];
    }
    out.push_str(rest);
    Ok(out)
}

/// Puts the page's head tags, its Content-Security-Policy and rendered body into
/// Trunk's `index.html`.
///
/// The template must hold `<meta charset="utf-8">`, one `<title>…</title>`, one
/// `<meta name="description" …>` and an empty `<div id="app"></div>`; anything
/// else is an error naming what is missing.
pub fn fill_template(template: &str, meta: &PageMeta, body: &str) -> Result<String, String> {
    let title_start = template.find("<title>").ok_or("template has no <title>")?;
    let title_end = template[title_start..]
        .find("</title>")
        .map(|i| title_start + i + "</title>".len())
        .ok_or("template's <title> is not closed")?;
    let desc_start = template
        .find("<meta name=\"description\"")
        .ok_or("template has no <meta name=\"description\">")?;
    let desc_end = template[desc_start..]
        .find('>')
        .map(|i| desc_start + i + 1)
        .ok_or("template's description meta is not closed")?;
    if desc_start < title_end {
        return Err("template must have <title> before the description meta".into());
    }
    let mount = "<div id=\"app\"></div>";
    if !template.contains(mount) {
        return Err(format!("template has no empty {mount}"));
    }
    let charset = "<meta charset=\"utf-8\">";
    let charset_end = template
        .find(charset)
        .filter(|&i| i < title_start)
        .map(|i| i + charset.len())
        .ok_or("template has no <meta charset=\"utf-8\"> before its <title>")?;
    let csp = content_security_policy(&inline_scripts(template), &inline_styles(template));
    let mut out = String::with_capacity(template.len() + body.len() + 1024);
    out.push_str(&template[..charset_end]);
    out.push_str(&format!(
        "\n  <meta http-equiv=\"Content-Security-Policy\" content=\"{csp}\">"
    ));
    out.push_str(&template[charset_end..title_start]);
    out.push_str(&head_tags(meta));
    out.push_str(&template[title_end..desc_start]);
    out.push_str(&template[desc_end..]);
    Ok(out.replacen(mount, &format!("<div id=\"app\">{body}</div>"), 1))
}
