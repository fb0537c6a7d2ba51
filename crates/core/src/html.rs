//! The one escape helper: text and attribute values made safe to put into HTML
//! (and SVG) markup, for the prerenderer's head tags and preview images and the
//! app's card markup. Data strings are text, never HTML.

/// Appends `text` to `out` with `&`, `<`, `>` and `"` escaped, so it reads as
/// text in element content and in double-quoted attribute values (every
/// attribute this project writes is double-quoted).
pub fn escape_into(out: &mut String, text: &str) {
    html_escape::encode_double_quoted_attribute_to_string(text, out);
}

/// `text`, escaped as [`escape_into`] does.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    escape_into(&mut out, text);
    out
}
