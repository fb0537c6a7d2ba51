//! One facet as a group of toggle buttons with counts.

use yew::prelude::*;

use visit_core::domain::Dataset;
use visit_core::filter::facets::FacetCount;
use visit_core::filter::{Facet, FacetValue};

/// " meeting" or " meetings", after a count.
pub fn meetings_word(n: usize) -> &'static str {
    if n == 1 {
        " meeting"
    } else {
        " meetings"
    }
}

/// A function, not a component: its counts change with every filter, so it would
/// re-render with the explorer anyway, and each component type costs the wasm bytes.
pub fn facet_group(
    d: &Dataset,
    facet: Facet,
    counts: &[FacetCount],
    on_toggle: &Callback<FacetValue>,
) -> Html {
    let key = facet.key();
    html! {
        <fieldset class="facet" data-facet={key}>
            <legend>{facet.label()}</legend>
            <ul class="chips" role="list">
                { for counts.iter().map(|c| {
                    let value = c.value;
                    let onclick = on_toggle.reform(move |_: MouseEvent| value);
                    let zero = c.count == 0 && !c.selected;
                    html! {
                        <li key={value.slug(d)}>
                            <button type="button" class={classes!("chip", c.selected.then_some("selected"), zero.then_some("zero"))}
                                aria-pressed={c.selected.to_string()}
                                disabled={zero} data-value={value.slug(d)} {onclick}>
                                // The name is the visible text plus words for the count, so a
                                // voice user can say what they see.
                                <span class="chip-label">{value.label(d)}</span>{" "}
                                <span class="count">{c.count}<span class="visually-hidden">{meetings_word(c.count)}</span></span>
                            </button>
                        </li>
                    }
                }) }
            </ul>
        </fieldset>
    }
}
