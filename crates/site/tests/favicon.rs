//! The tab icon: the project's SVG rendered to a small, lossless palette PNG, and
//! the page's icon link swapped for it.

use resvg::{tiny_skia, usvg};
use visit_site::favicon::{link_png_icon, png, SIZE};

const SVG: &str = include_str!("../../../assets/favicon.svg");

/// The PNG's size, colour type and RGBA pixels (palette expanded).
fn decode(bytes: &[u8]) -> (u32, u32, png::ColorType, Vec<[u8; 4]>) {
    let mut decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    decoder.set_transformations(png::Transformations::EXPAND | png::Transformations::ALPHA);
    let mut reader = decoder.read_info().expect("a PNG header");
    let colour = reader.info().color_type;
    let mut buf = vec![0; reader.output_buffer_size().expect("a size")];
    let frame = reader.next_frame(&mut buf).expect("one frame");
    assert_eq!(frame.color_type, png::ColorType::Rgba);
    let pixels = buf[..frame.buffer_size()]
        .chunks(4)
        .map(|c| [c[0], c[1], c[2], c[3]])
        .collect();
    (frame.width, frame.height, colour, pixels)
}

#[test]
fn the_icon_is_a_32_pixel_palette_png_of_the_svg_exactly() {
    let bytes = png(SVG).unwrap();
    let (w, h, colour, pixels) = decode(&bytes);
    assert_eq!((w, h), (SIZE, SIZE));
    assert_eq!(colour, png::ColorType::Indexed);
    // Lossless: every pixel is resvg's own render of the SVG at this size.
    let tree = usvg::Tree::from_str(SVG, &usvg::Options::default()).unwrap();
    let mut want = tiny_skia::Pixmap::new(SIZE, SIZE).unwrap();
    let scale = SIZE as f32 / tree.size().width();
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(scale, scale),
        &mut want.as_mut(),
    );
    let want: Vec<[u8; 4]> = want
        .pixels()
        .iter()
        .map(|p| {
            let c = p.demultiply();
            [c.red(), c.green(), c.blue(), c.alpha()]
        })
        .collect();
    assert_eq!(pixels, want);
    // What it shows: the yellow diamond in the middle of the blue tile, whose
    // rounded corners are clear.
    let at = |x: u32, y: u32| pixels[(y * SIZE + x) as usize];
    assert_eq!(at(16, 16), [0xff, 0xd2, 0x4a, 255]);
    assert_eq!(at(16, 1), [0x0b, 0x5c, 0xad, 255]);
    assert_eq!(at(0, 0)[3], 0);
    // Smaller than the same pixels as RGBA (453 bytes when this was written).
    assert!(bytes.len() < 400, "{} bytes", bytes.len());
}

#[test]
fn broken_svg_is_an_error_that_says_so() {
    let e = png("<svg").unwrap_err();
    assert!(e.contains("not valid SVG"), "{e}");
}

#[test]
fn the_svg_icon_link_becomes_a_png_one() {
    let page = "<head><link rel=\"icon\" href=\"/ve/favicon-1a2b.svg\" integrity=\"sha384-x\"/><title>t</title></head>";
    let mut asked = None;
    let out = link_png_icon(page, |href| {
        asked = Some(href.to_string());
        Ok("/ve/favicon-1a2b.png".into())
    })
    .unwrap();
    assert_eq!(asked.as_deref(), Some("/ve/favicon-1a2b.svg"));
    assert_eq!(
        out,
        "<head><link rel=\"icon\" type=\"image/png\" sizes=\"32x32\" href=\"/ve/favicon-1a2b.png\"><title>t</title></head>"
    );
}

#[test]
fn pages_without_an_svg_icon_are_left_alone() {
    let never = |_: &str| -> Result<String, String> { panic!("nothing to render") };
    let plain = "<head><title>t</title></head>";
    assert_eq!(link_png_icon(plain, never).unwrap(), plain);
    let png_icon = "<head><link rel=\"icon\" href=\"/i.png\"></head>";
    assert_eq!(link_png_icon(png_icon, never).unwrap(), png_icon);
}

#[test]
fn a_broken_icon_link_or_render_is_an_error() {
    let e = link_png_icon("<link rel=\"icon\" type=\"image/svg+xml\">", |_| {
        Ok(String::new())
    })
    .unwrap_err();
    assert!(e.contains("no href"), "{e}");
    let e = link_png_icon("<link rel=\"icon\" href=\"/i.svg\"", |_| Ok(String::new())).unwrap_err();
    assert!(e.contains("not closed"), "{e}");
    let e = link_png_icon("<link rel=\"icon\" href=\"/i.svg\">", |_| {
        Err("cannot read the icon /i.svg".into())
    })
    .unwrap_err();
    assert!(e.contains("/i.svg"), "{e}");
}
