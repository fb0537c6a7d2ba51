//! Link-preview images: one 1200×630 PNG per meeting and one for the explorer,
//! drawn as SVG and rendered natively by resvg with the bundled Noto Sans.
//!
//! Text is measured by usvg itself, with the same font and shaping as the render,
//! so long names wrap, then shrink, and never leave the frame.

use crate::pages::escape;
use resvg::{tiny_skia, usvg};
use sha2::Digest;
use visit_core::domain::{Dataset, Meeting, Status};
use visit_core::i18n::{self, Key};

pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 630;
/// Where text is laid out from, at each edge of the frame.
pub const MARGIN: f32 = 64.0;
/// No glyph comes closer than this to any edge (glyphs such as a bold "J" may ink
/// a little outside their layout box, so this is less than the margin).
pub const SAFE_AREA: f32 = 48.0;
const INNER: f32 = WIDTH as f32 - 2.0 * MARGIN;

const REGULAR: &[u8] = include_bytes!("../fonts/NotoSans-Regular.ttf");
const BOLD: &[u8] = include_bytes!("../fonts/NotoSans-Bold.ttf");

const INK: &str = "#1a1d23";
const MUTED: &str = "#4a5260";
const ACCENT: &str = "#0b5cad";

/// One preview: what it shows as SVG, and where it is published.
#[derive(Clone, Debug)]
pub struct Preview {
    /// Path inside the site, content-hashed: `previews/wabtec-1a2b3c4d5e.png`.
    pub path: String,
    /// What the image says, for `og:image:alt`.
    pub alt: String,
    pub svg: String,
}

/// The fonts and the SVG options that render and measure with them.
pub struct Painter {
    options: usvg::Options<'static>,
}

impl Default for Painter {
    fn default() -> Self {
        let mut options = usvg::Options {
            font_family: "Noto Sans".into(),
            ..usvg::Options::default()
        };
        let db = options.fontdb_mut();
        db.load_font_data(REGULAR.to_vec());
        db.load_font_data(BOLD.to_vec());
        db.set_sans_serif_family("Noto Sans");
        Painter { options }
    }
}

fn weight(bold: bool) -> &'static str {
    if bold {
        "700"
    } else {
        "400"
    }
}

/// Text set in one style, wrapped into lines.
struct Block {
    lines: Vec<String>,
    size: f32,
    bold: bool,
}

impl Block {
    /// The height it takes with `leading`, plus `gap` below.
    fn height(&self, leading: f32, gap: f32) -> f32 {
        self.lines.len() as f32 * self.size * leading + gap
    }
}

/// Where the content must end: above the footer's rule.
const CONTENT_BOTTOM: f32 = HEIGHT as f32 - MARGIN - 62.0;
/// Where the content starts, below the header.
const CONTENT_TOP: f32 = MARGIN + 8.0 + 30.0 + 44.0;
/// The height of the row of sector pills.
const PILLS: f32 = 42.0;

/// The blocks at the largest name size whose stack fits between header and
/// footer; `rest(name)` lays out what follows the name for that name.
fn stack(
    p: &Painter,
    text: &str,
    sizes: &[f32],
    rest: impl Fn(&Block) -> Vec<(Block, f32, f32)>,
) -> (Block, Vec<(Block, f32, f32)>) {
    for i in 0..sizes.len() {
        let name = p.fit(text, &sizes[i..], true, INNER, 3);
        let others = rest(&name);
        let height = name.height(1.12, 10.0)
            + others.iter().map(|(b, l, g)| b.height(*l, *g)).sum::<f32>()
            + PILLS;
        if CONTENT_TOP + height <= CONTENT_BOTTOM || i + 1 == sizes.len() {
            return (name, others);
        }
    }
    unreachable!("sizes is not empty")
}

impl Painter {
    /// The drawn width of `text` at `size`.
    pub fn width(&self, text: &str, size: f32, bold: bool) -> f32 {
        let svg = format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4000\" height=\"200\"><text x=\"0\" y=\"100\" font-size=\"{size}\" font-weight=\"{}\">{}</text></svg>",
            weight(bold),
            escape(text)
        );
        usvg::Tree::from_str(&svg, &self.options)
            .map(|t| t.root().abs_bounding_box().width())
            .unwrap_or(f32::MAX)
    }

    /// Greedy word wrap into at most `max_lines` lines of `max_width`; a word too
    /// long for a line of its own is broken between characters. `None` when the
    /// text needs more lines.
    fn wrap(
        &self,
        text: &str,
        size: f32,
        bold: bool,
        max_width: f32,
        max_lines: usize,
    ) -> Option<Vec<String>> {
        let mut lines: Vec<String> = Vec::new();
        let mut line = String::new();
        for word in text.split_whitespace() {
            let candidate = if line.is_empty() {
                word.to_string()
            } else {
                format!("{line} {word}")
            };
            if self.width(&candidate, size, bold) <= max_width {
                line = candidate;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            // The word alone: break it where it must.
            for c in word.chars() {
                let next = format!("{line}{c}");
                if !line.is_empty() && self.width(&next, size, bold) > max_width {
                    lines.push(std::mem::take(&mut line));
                    line.push(c);
                } else {
                    line = next;
                }
            }
            if lines.len() > max_lines {
                return None;
            }
        }
        if !line.is_empty() {
            lines.push(line);
        }
        (lines.len() <= max_lines).then_some(lines)
    }

    /// Sets `text` at the largest of `sizes` at which it fits `max_lines`; at the
    /// smallest, the last line is cut with an ellipsis.
    fn fit(
        &self,
        text: &str,
        sizes: &[f32],
        bold: bool,
        max_width: f32,
        max_lines: usize,
    ) -> Block {
        for &size in sizes {
            if let Some(lines) = self.wrap(text, size, bold, max_width, max_lines) {
                return Block { lines, size, bold };
            }
        }
        let size = *sizes.last().unwrap_or(&24.0);
        let mut lines = self
            .wrap(text, size, bold, max_width, usize::MAX)
            .unwrap_or_default();
        lines.truncate(max_lines);
        if let Some(last) = lines.last_mut() {
            while !last.is_empty() && self.width(&format!("{last}…"), size, bold) > max_width {
                last.pop();
            }
            *last = format!("{}…", last.trim_end());
        }
        Block { lines, size, bold }
    }

    /// Renders an SVG made here to PNG bytes.
    pub fn png(&self, svg: &str) -> Result<Vec<u8>, String> {
        let tree =
            usvg::Tree::from_str(svg, &self.options).map_err(|e| format!("preview SVG: {e}"))?;
        let mut pixmap =
            tiny_skia::Pixmap::new(WIDTH, HEIGHT).ok_or("cannot allocate a 1200×630 image")?;
        resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
        pixmap
            .encode_png()
            .map_err(|e| format!("cannot encode PNG: {e}"))
    }

    /// Every text element of an SVG made here, with the box its glyphs cover:
    /// `(text, left, top, right, bottom)`. For tests.
    pub fn text_boxes(&self, svg: &str) -> Vec<(String, f32, f32, f32, f32)> {
        fn walk(g: &usvg::Group, out: &mut Vec<(String, f32, f32, f32, f32)>) {
            for node in g.children() {
                match node {
                    usvg::Node::Group(g) => walk(g, out),
                    usvg::Node::Text(t) => {
                        // The glyphs as drawn (the text's own box is the font's line box).
                        let b = t.flattened().abs_bounding_box();
                        let text: String =
                            t.chunks().iter().map(|c| c.text().to_string()).collect();
                        out.push((text, b.left(), b.top(), b.right(), b.bottom()));
                    }
                    _ => {}
                }
            }
        }
        let mut out = Vec::new();
        if let Ok(tree) = usvg::Tree::from_str(svg, &self.options) {
            walk(tree.root(), &mut out);
        }
        out
    }
}

/// Builds an SVG from the top down.
struct Canvas {
    body: String,
    y: f32,
}

impl Canvas {
    fn new() -> Canvas {
        let mut body = String::new();
        body.push_str(&format!(
            "<rect width=\"{WIDTH}\" height=\"{HEIGHT}\" fill=\"#f6f7f9\"/>\
             <rect x=\"0\" y=\"0\" width=\"{WIDTH}\" height=\"14\" fill=\"{ACCENT}\"/>"
        ));
        Canvas {
            body,
            y: MARGIN + 8.0,
        }
    }

    /// The brand mark at top left, and an optional pill at top right.
    fn header(&mut self, p: &Painter, pill: Option<(&str, &str, &str)>) {
        let base = self.y + 30.0;
        self.body.push_str(&format!(
            "<path d=\"M{x} {top} l18 18 l-18 18 l-18 -18 z\" fill=\"{ACCENT}\"/>\
             <text x=\"{tx}\" y=\"{base}\" font-size=\"30\" font-weight=\"700\" fill=\"{INK}\">Visit Explorer</text>",
            x = MARGIN + 18.0,
            top = base - 29.0,
            tx = MARGIN + 48.0,
        ));
        if let Some((label, fg, bg)) = pill {
            let w = p.width(label, 26.0, true) + 40.0;
            let x = WIDTH as f32 - MARGIN - w;
            self.body.push_str(&format!(
                "<rect x=\"{x}\" y=\"{}\" width=\"{w}\" height=\"46\" rx=\"23\" fill=\"{bg}\"/>\
                 <text x=\"{}\" y=\"{}\" font-size=\"26\" font-weight=\"700\" fill=\"{fg}\">{}</text>",
                base - 33.0,
                x + 20.0,
                base - 1.0,
                escape(label)
            ));
        }
        self.y = CONTENT_TOP.max(base + 30.0);
    }

    fn text(&mut self, block: &Block, color: &str, leading: f32, gap_after: f32) {
        for line in &block.lines {
            self.y += block.size * leading * 0.82;
            self.body.push_str(&format!(
                "<text x=\"{MARGIN}\" y=\"{:.1}\" font-size=\"{}\" font-weight=\"{}\" fill=\"{color}\">{}</text>",
                self.y,
                block.size,
                weight(block.bold),
                escape(line)
            ));
            self.y += block.size * leading * 0.18;
        }
        self.y += gap_after;
    }

    /// Sector tags as pills on one row; those that do not fit are counted in "+N".
    fn pills(&mut self, p: &Painter, labels: &[&str]) {
        let (size, pad, h, gap) = (24.0, 16.0, 42.0, 12.0);
        let top = self.y;
        let mut x = MARGIN;
        let mut shown = 0;
        for (i, label) in labels.iter().enumerate() {
            let w = p.width(label, size, false) + 2.0 * pad;
            let rest = labels.len() - i - 1;
            let reserve = if rest > 0 {
                p.width(&format!("+{rest}"), size, true) + 2.0 * pad + gap
            } else {
                0.0
            };
            if x + w + reserve > WIDTH as f32 - MARGIN {
                break;
            }
            self.pill(x, top, w, h, label, size, false, "#0b3d75", "#e3eefa");
            x += w + gap;
            shown += 1;
        }
        let more = labels.len() - shown;
        if more > 0 {
            let label = format!("+{more}");
            let w = p.width(&label, size, true) + 2.0 * pad;
            self.pill(x, top, w, h, &label, size, true, "#0b3d75", "#ffffff");
        }
        self.y = top + h + 16.0;
    }

    #[allow(clippy::too_many_arguments)]
    fn pill(
        &mut self,
        x: f32,
        top: f32,
        w: f32,
        h: f32,
        label: &str,
        size: f32,
        bold: bool,
        fg: &str,
        bg: &str,
    ) {
        self.body.push_str(&format!(
            "<rect x=\"{x:.1}\" y=\"{top:.1}\" width=\"{w:.1}\" height=\"{h}\" rx=\"{r}\" fill=\"{bg}\" stroke=\"#c8d6e8\"/>\
             <text x=\"{tx:.1}\" y=\"{ty:.1}\" font-size=\"{size}\" font-weight=\"{}\" fill=\"{fg}\">{}</text>",
            weight(bold),
            escape(label),
            r = h / 2.0,
            tx = x + 16.0,
            ty = top + h / 2.0 + size * 0.36,
        ));
    }

    /// The visit's title along the bottom edge.
    fn footer(&mut self, p: &Painter, text: &str) {
        let block = p.fit(text, &[26.0, 22.0], false, INNER, 1);
        let base = HEIGHT as f32 - MARGIN + 6.0;
        self.body.push_str(&format!(
            "<line x1=\"{MARGIN}\" x2=\"{}\" y1=\"{}\" y2=\"{}\" stroke=\"#d5dae1\" stroke-width=\"2\"/>\
             <text x=\"{MARGIN}\" y=\"{base}\" font-size=\"{}\" fill=\"{MUTED}\">{}</text>",
            WIDTH as f32 - MARGIN,
            base - block.size - 14.0,
            base - block.size - 14.0,
            block.size,
            escape(&block.lines.concat())
        ));
    }

    fn finish(self) -> String {
        format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{HEIGHT}\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" font-family=\"Noto Sans\">{}</svg>",
            self.body
        )
    }
}

fn hashed(stem: &str, svg: &str) -> String {
    let digest = sha2::Sha256::digest(svg.as_bytes());
    let hex: String = digest.iter().take(5).map(|b| format!("{b:02x}")).collect();
    format!("previews/{stem}-{hex}.png")
}

/// The preview of one meeting: who, where, when, held or planned, its sectors,
/// the visit's title and the brand mark.
pub fn meeting(p: &Painter, d: &Dataset, m: &Meeting) -> Preview {
    let (status, fg, bg) = match m.status {
        Status::Held => (m.status.label(), "#1d6b37", "#e2f3e7"),
        Status::Planned => (m.status.label(), "#8a4b00", "#fdf0dc"),
    };
    let mut c = Canvas::new();
    c.header(p, Some((status, fg, bg)));
    let org_text = m.affiliation();
    let (name, rest) = stack(
        p,
        &m.counterpart.name,
        &[68.0, 60.0, 52.0, 46.0, 40.0],
        |name| {
            // The more lines the name takes, the fewer the organisation may.
            let org_lines = if name.lines.len() >= 3 { 1 } else { 2 };
            vec![
                (
                    p.fit(&m.counterpart.role, &[30.0, 26.0], false, INNER, 1),
                    1.3,
                    2.0,
                ),
                (
                    p.fit(&org_text, &[32.0, 28.0, 26.0], false, INNER, org_lines),
                    1.3,
                    8.0,
                ),
                (p.fit(&m.date_label(), &[30.0], true, INNER, 1), 1.3, 14.0),
            ]
        },
    );
    c.text(&name, INK, 1.12, 10.0);
    c.text(&rest[0].0, INK, 1.3, 2.0);
    c.text(&rest[1].0, MUTED, 1.3, 8.0);
    c.text(&rest[2].0, INK, 1.3, 14.0);
    let labels: Vec<&str> = m.sectors.iter().map(|&s| &*d.sector(s).label).collect();
    c.pills(p, &labels);
    c.footer(p, &d.visit.title);
    let svg = c.finish();
    let alt = [
        format!(
            "{}, {}, {}",
            m.counterpart.name, m.counterpart.role, org_text
        ),
        m.date_label(),
        status.to_string(),
        labels.join(", "),
    ]
    .iter()
    .map(|s| i18n::sentence(s))
    .collect::<Vec<_>>()
    .join(" ");
    Preview {
        path: hashed(&m.id, &svg),
        alt,
        svg,
    }
}

/// The preview of the explorer: the visit, how many meetings in how many
/// countries, its sectors and the brand mark.
pub fn explorer(p: &Painter, d: &Dataset) -> Preview {
    let v = &d.visit;
    let mut c = Canvas::new();
    c.header(p, None);
    let mut places: Vec<_> = d
        .meetings
        .iter()
        .flat_map(|m| m.countries.iter().copied())
        .collect();
    places.sort();
    places.dedup();
    let dates = match v.to {
        Some(to) if to != v.from => i18n::fill(
            Key::StopDates,
            &[("from", &v.from.long()), ("to", &to.long())],
        ),
        _ => i18n::fill(Key::FromDate, &[("date", &v.from.long())]),
    };
    let when = i18n::fill(
        Key::PreviewWhen,
        &[("cities", &d.cities()), ("dates", &dates)],
    );
    let count = format!(
        "{} · {}",
        i18n::count(Key::MeetingCount, d.meetings.len(), &[]),
        i18n::count(Key::PlacesCount, places.len(), &[])
    );
    let who = format!("{}, {}", v.traveller.name, v.traveller.role);
    let (title, rest) = stack(p, &v.title, &[64.0, 56.0, 48.0, 42.0], |_| {
        vec![
            (p.fit(&who, &[32.0, 28.0, 24.0], false, INNER, 1), 1.3, 2.0),
            (p.fit(&when, &[28.0, 24.0], false, INNER, 1), 1.3, 6.0),
            (p.fit(&count, &[30.0], true, INNER, 1), 1.3, 14.0),
        ]
    });
    c.text(&title, INK, 1.12, 10.0);
    c.text(&rest[0].0, MUTED, 1.3, 2.0);
    c.text(&rest[1].0, MUTED, 1.3, 6.0);
    c.text(&rest[2].0, INK, 1.3, 14.0);
    let labels: Vec<&str> = d.sectors.iter().map(|s| &*s.label).collect();
    c.pills(p, &labels);
    c.footer(p, i18n::t(Key::PreviewFooter));
    let svg = c.finish();
    let alt = format!(
        "{} {}",
        i18n::sentence(&format!("{}: {count}", v.title)),
        i18n::sentence(&when)
    );
    Preview {
        path: hashed("explorer", &svg),
        alt,
        svg,
    }
}
