//! Every preview image renders at 1200×630 as a PNG, each is distinct, and no
//! text leaves the frame or runs into other text, long names included.

use std::collections::HashSet;
use std::path::Path;

use visit_core::domain::Dataset;
use visit_core::format::files::load_path;
use visit_site::previews::{explorer, meeting, Painter, Preview, HEIGHT, MARGIN, SAFE_AREA, WIDTH};

fn dataset(path: &str) -> Dataset {
    load_path(
        &Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../..")
            .join(path),
    )
    .unwrap()
    .1
}

fn previews(p: &Painter, d: &Dataset) -> Vec<Preview> {
    let mut all = vec![explorer(p, d)];
    all.extend(d.meetings.iter().map(|m| meeting(p, d, m)));
    all
}

/// Width and height from a PNG's IHDR chunk, after checking the signature.
fn png_size(bytes: &[u8]) -> (u32, u32) {
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n", "PNG signature");
    assert_eq!(&bytes[12..16], b"IHDR");
    let be = |b: &[u8]| u32::from_be_bytes([b[0], b[1], b[2], b[3]]);
    (be(&bytes[16..20]), be(&bytes[20..24]))
}

#[test]
fn every_preview_renders_distinct_and_inside_its_frame() {
    let p = Painter::default();
    let out = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/previews");
    std::fs::create_dir_all(&out).unwrap();
    let mut seen_png = HashSet::new();
    let mut seen_path = HashSet::new();
    let mut checked = 0;
    for path in [
        "assets/data/tokayev-unga78-2023.json",
        "tests/fixtures/fictional-visit",
    ] {
        let d = dataset(path);
        for preview in previews(&p, &d) {
            let png = p.png(&preview.svg).unwrap();
            assert_eq!(png_size(&png), (WIDTH, HEIGHT), "{}", preview.path);
            assert!(
                seen_png.insert(png.clone()),
                "{} looks like another preview",
                preview.path
            );
            assert!(seen_path.insert(preview.path.clone()));
            let name = preview.path.rsplit('/').next().unwrap();
            std::fs::write(out.join(name), &png).unwrap();

            let boxes = p.text_boxes(&preview.svg);
            assert!(boxes.len() >= 5, "{}: {boxes:?}", preview.path);
            for (text, l, t, r, b) in &boxes {
                let (w, h) = (WIDTH as f32, HEIGHT as f32);
                assert!(
                    *l >= SAFE_AREA
                        && *r <= w - SAFE_AREA
                        && *t >= SAFE_AREA
                        && *b <= h - SAFE_AREA,
                    "{}: \"{text}\" leaves the frame: {l:.0},{t:.0} to {r:.0},{b:.0}",
                    preview.path
                );
            }
            // Text never runs into other text.
            for (i, a) in boxes.iter().enumerate() {
                for b in &boxes[i + 1..] {
                    let apart = a.3 <= b.1 || b.3 <= a.1 || a.4 <= b.2 || b.4 <= a.2;
                    assert!(apart, "{}: \"{}\" overlaps \"{}\"", preview.path, a.0, b.0);
                }
            }
            assert!(!preview.alt.is_empty());
            checked += 1;
        }
    }
    // The explorer and 14 meetings of the bundled visit; the explorer and 11 of the fixture.
    assert_eq!(checked, 27);
}

#[test]
fn a_meeting_preview_says_who_where_when_and_what() {
    let p = Painter::default();
    let d = dataset("assets/data/tokayev-unga78-2023.json");
    let texts = |id: &str| -> Vec<String> {
        let m = d.meeting(id).unwrap();
        p.text_boxes(&meeting(&p, &d, m).svg)
            .into_iter()
            .map(|b| b.0)
            .collect()
    };
    let wabtec = texts("wabtec");
    for want in [
        "Visit Explorer",
        "Held",
        "Rafael Santana",
        "Wabtec · United States",
        "17 September 2023",
        "Transport & logistics",
        "Tokayev in New York for UNGA 78",
    ] {
        assert!(
            wabtec.iter().any(|t| t == want),
            "{want:?} not in {wabtec:?}"
        );
    }
    let iran = texts("unga-78-address");
    assert!(iran.iter().any(|t| t == "Planned"), "{iran:?}");
    assert!(iran.iter().any(|t| t == "Date not stated"), "{iran:?}");
}

#[test]
fn long_names_wrap_or_shrink_and_lose_nothing_until_they_must() {
    let p = Painter::default();
    let d = dataset("tests/fixtures/fictional-visit");
    let m = d.meeting("hohenzollern").unwrap();
    assert_eq!(m.counterpart.name.chars().count(), 80);
    let texts: Vec<String> = p
        .text_boxes(&meeting(&p, &d, m).svg)
        .into_iter()
        .map(|b| b.0)
        .collect();
    // The whole 80-character name is there, over several lines, no ellipsis.
    let joined = texts.join(" ");
    assert!(
        joined.contains("Maximiliane Theodora Walburga"),
        "{texts:?}"
    );
    assert!(joined.contains("Lichtenau-Østa"), "{texts:?}");
    assert!(!joined.contains('…'), "{texts:?}");
    // A name no frame can hold is cut with an ellipsis rather than overflow.
    let mut huge = (**m).clone();
    huge.counterpart.name =
        ("Ꮇ".repeat(40) + &" Wolfeschlegelsteinhausenbergerdorff".repeat(12)).into();
    let svg = meeting(&p, &d, &huge).svg;
    let boxes = p.text_boxes(&svg);
    assert!(boxes.iter().any(|b| b.0.ends_with('…')), "{boxes:?}");
    assert!(boxes.iter().all(|b| b.3 <= WIDTH as f32 - MARGIN + 1.0));
}
