//! Text with the parts that match the search wrapped in `<mark>`.

use std::rc::Rc;

use yew::prelude::*;

use crate::filter::search::highlight_ranges;

#[derive(Properties, PartialEq)]
pub struct HighlightProps {
    pub text: AttrValue,
    /// Folded search terms.
    pub terms: Rc<Vec<String>>,
}

#[component]
pub fn Highlight(props: &HighlightProps) -> Html {
    let text = props.text.as_str();
    let ranges = highlight_ranges(text, &props.terms);
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
