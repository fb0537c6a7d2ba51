//! Text with the parts that match the search wrapped in `<mark>`.
//!
//! A plain function rather than a component: cards call it for every text
//! field, and a component per field would cost a scope each on every render.

use yew::prelude::*;

use visit_core::filter::search::highlight_ranges;

/// `text` as nodes, with each match of the folded `terms` in a `<mark>`.
pub fn highlight(text: &str, terms: &[String]) -> Html {
    let ranges = highlight_ranges(text, terms);
    if ranges.is_empty() {
        return html! { {text.to_string()} };
    }
    let mut parts = Vec::with_capacity(ranges.len() * 2 + 1);
    let mut at = 0;
    for r in ranges {
        if r.start > at {
            parts.push(html! { {text[at..r.start].to_string()} });
        }
        parts.push(html! { <mark>{text[r.clone()].to_string()}</mark> });
        at = r.end;
    }
    if at < text.len() {
        parts.push(html! { {text[at..].to_string()} });
    }
    parts.into_iter().collect::<Html>()
}
