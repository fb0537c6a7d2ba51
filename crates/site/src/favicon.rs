//! The tab icon as a small PNG, rendered at build time from `assets/favicon.svg`.
//!
//! Chromium fetches a page's icon again after every `pushState` and
//! `replaceState`, so after every filter click and search keystroke here. An SVG
//! icon is then parsed as a document of its own on the main thread (3 to 6 ms a
//! click, traced); a 32-pixel PNG decodes in under 1 ms.

use resvg::{tiny_skia, usvg};

/// The icon's side in pixels: a tab shows 16 CSS pixels, twice that on most screens.
pub const SIZE: u32 = 32;

/// Renders an SVG icon to a `SIZE`×`SIZE` PNG, scaled to fit its view box.
pub fn png(svg: &str) -> Result<Vec<u8>, String> {
    let tree = usvg::Tree::from_str(svg, &usvg::Options::default())
        .map_err(|e| format!("the icon is not valid SVG: {e}"))?;
    let mut pixmap = tiny_skia::Pixmap::new(SIZE, SIZE).ok_or("cannot allocate the icon")?;
    let size = tree.size();
    let scale = (SIZE as f32 / size.width()).min(SIZE as f32 / size.height());
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    indexed_png(&pixmap).map_err(|e| format!("cannot encode the icon as PNG: {e}"))
}

/// Encodes the icon with a palette when it has at most 256 colours (its flat shapes
/// and their anti-aliased edges have fewer), which is lossless and about half the
/// bytes of RGBA; otherwise as RGBA.
fn indexed_png(pixmap: &tiny_skia::Pixmap) -> Result<Vec<u8>, String> {
    let mut colours: Vec<[u8; 4]> = Vec::new();
    let mut indices = Vec::with_capacity(pixmap.pixels().len());
    for p in pixmap.pixels() {
        let c = p.demultiply();
        let rgba = [c.red(), c.green(), c.blue(), c.alpha()];
        let at = match colours.iter().position(|&k| k == rgba) {
            Some(at) => at,
            None if colours.len() < 256 => {
                colours.push(rgba);
                colours.len() - 1
            }
            None => return pixmap.encode_png().map_err(|e| e.to_string()),
        };
        indices.push(at as u8);
    }
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, pixmap.width(), pixmap.height());
    encoder.set_color(png::ColorType::Indexed);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_palette(
        colours
            .iter()
            .flat_map(|c| [c[0], c[1], c[2]])
            .collect::<Vec<_>>(),
    );
    encoder.set_trns(colours.iter().map(|c| c[3]).collect::<Vec<_>>());
    encoder.set_compression(png::Compression::High);
    let mut writer = encoder.write_header().map_err(|e| e.to_string())?;
    writer
        .write_image_data(&indices)
        .map_err(|e| e.to_string())?;
    writer.finish().map_err(|e| e.to_string())?;
    Ok(out)
}

/// Swaps the page's SVG icon link for a PNG one. `render(href)` renders the
/// linked SVG and publishes the PNG, returning its href. A page without an SVG
/// icon is left as it is; a link without an href is an error.
pub fn link_png_icon(
    template: &str,
    render: impl FnOnce(&str) -> Result<String, String>,
) -> Result<String, String> {
    let Some((at, tag)) = crate::pages::find_link(template, "icon", "the icon link")? else {
        return Ok(template.to_string());
    };
    let href = crate::pages::attribute(tag, "href").ok_or("the icon link has no href")?;
    if !href.ends_with(".svg") {
        return Ok(template.to_string());
    }
    let png = render(href)?;
    Ok(format!(
        "{}<link rel=\"icon\" type=\"image/png\" sizes=\"{SIZE}x{SIZE}\" href=\"{png}\">{}",
        &template[..at.start],
        &template[at.end..]
    ))
}
