//! One facet as a group of toggle buttons with counts.

use yew::prelude::*;

use crate::filter::facets::FacetCount;
use crate::filter::{Facet, FacetValue};

#[derive(Properties, PartialEq)]
pub struct FacetGroupProps {
    pub facet: Facet,
    pub counts: Vec<FacetCount>,
    pub on_toggle: Callback<FacetValue>,
}

#[component]
pub fn FacetGroup(props: &FacetGroupProps) -> Html {
    let key = props.facet.key();
    html! {
        <fieldset class="facet" data-facet={key}>
            <legend>{props.facet.label()}</legend>
            <ul class="chips" role="list">
                { for props.counts.iter().map(|c| {
                    let value = c.value;
                    let onclick = props.on_toggle.reform(move |_: MouseEvent| value);
                    let zero = c.count == 0 && !c.selected;
                    let label = format!("{}, {} meeting{}", value.label(), c.count, if c.count == 1 { "" } else { "s" });
                    html! {
                        <li key={value.slug()}>
                            <button type="button" class={classes!("chip", c.selected.then_some("selected"), zero.then_some("zero"))}
                                aria-pressed={c.selected.to_string()} aria-label={label}
                                disabled={zero} data-value={value.slug()} {onclick}>
                                <span class="chip-label">{value.label()}</span>
                                <span class="count" aria-hidden="true">{c.count}</span>
                            </button>
                        </li>
                    }
                }) }
            </ul>
        </fieldset>
    }
}
