//! The one toggle button, which draws a facet chip, a sector bar and a country
//! beside the map; and the node refs that keep re-rendering cheap.

use std::rc::Rc;
use visit_core::i18n;

use yew::prelude::*;

use visit_core::filter::facets::FacetCount;
use visit_core::filter::FacetValue;

/// How a toggle is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// A chip: the value's name and its count.
    Chip,
    /// A bar: name, a bar `percent` long, the count and the percent.
    Bar { percent: usize },
}

/// The id of the note every toggle's count is described by.
pub const COUNT_NOTE_ID: &str = "count-note";

/// `N` node refs kept for a component's whole life. With the same ref on an
/// element in two renders, Yew does not compare the element with JavaScript
/// (`Object.is`) as it reconciles it; for an element that did not change, that
/// call was all a filter click cost. Every element a component re-renders
/// carries one.
#[hook]
pub fn use_refs<const N: usize>() -> Rc<[NodeRef; N]> {
    use_memo((), |_| std::array::from_fn(|_| NodeRef::default()))
}

/// `rows` sets of `N` node refs, one set per item of a list that keeps its length.
#[hook]
pub fn use_ref_rows<const N: usize>(rows: usize) -> Rc<Vec<[NodeRef; N]>> {
    use_memo(rows, |&rows| {
        (0..rows)
            .map(|_| std::array::from_fn(|_| NodeRef::default()))
            .collect()
    })
}

/// Node refs for one toggle's elements.
pub type ToggleRefs = [NodeRef; 6];

/// A toggle for one facet value: pressed when selected, disabled at zero.
pub fn toggle(
    entry: &FacetCount,
    shape: Shape,
    on_toggle: &Callback<FacetValue>,
    r: &ToggleRefs,
) -> Html {
    toggle_with(entry, shape, None, on_toggle, r)
}

/// A toggle with a `detail` after its name (a stop's country and dates).
pub fn toggle_with(
    entry: &FacetCount,
    shape: Shape,
    detail: Option<AttrValue>,
    on_toggle: &Callback<FacetValue>,
    r: &ToggleRefs,
) -> Html {
    let FacetCount {
        value,
        slug,
        label,
        count,
        selected,
    } = entry;
    let value = *value;
    let onclick = on_toggle.reform(move |_: MouseEvent| value);
    // A value at zero stays in view, disabled (and drawn so by `:disabled`).
    let zero = *count == 0 && !*selected;
    let class = classes!(
        match shape {
            Shape::Chip => "chip",
            Shape::Bar { .. } => "bar",
        },
        selected.then_some("selected")
    );
    let label = AttrValue::from(label.clone());
    let body = match shape {
        // The visible text is the whole name, so a voice user can say what they see.
        Shape::Chip => html! {
            <>
                {label}
                { match detail { Some(d) => html! { <span ref={r[3].clone()} class="detail">{" "}{d}</span> }, None => html! {} } }
                {" "}<span ref={r[2].clone()} class="count">{i18n::number(*count)}</span>
            </>
        },
        Shape::Bar { percent } => html! {
            <>
                <span ref={r[2].clone()} class="bar-label">{label}</span>{" "}
                // An SVG bar: its width is an attribute, not an inline style, so the
                // page's Content-Security-Policy needs no exception.
                <svg ref={r[3].clone()} class="bar-track" viewBox="0 0 100 1" preserveAspectRatio="none" aria-hidden="true">
                    <rect ref={r[4].clone()} class="bar-fill" width={percent.to_string()} height="1" />
                </svg>
                <span ref={r[5].clone()} class="bar-figure">{i18n::number(*count)}{" · "}{i18n::percent(percent)}</span>
            </>
        },
    };
    html! {
        <li ref={r[0].clone()} key={&**slug}>
            <button ref={r[1].clone()} type="button" {class} aria-pressed={if *selected { "true" } else { "false" }}
                disabled={zero} data-value={AttrValue::from(slug.clone())} aria-describedby={COUNT_NOTE_ID} {onclick}>
                {body}
            </button>
        </li>
    }
}

/// A list of toggles, one per value of a facet, in the facet's order.
pub fn toggles(
    counts: &[FacetCount],
    shape: impl Fn(&FacetCount) -> Shape,
    on_toggle: &Callback<FacetValue>,
    refs: &[ToggleRefs],
) -> Html {
    counts
        .iter()
        .zip(refs)
        .map(|(c, r)| toggle(c, shape(c), on_toggle, r))
        .collect()
}
