//! One facet as a group of toggle buttons with counts.

use std::rc::Rc;

use yew::prelude::*;

use visit_core::filter::facets::FacetCount;
use visit_core::filter::Catalog;
use visit_core::filter::{Facet, FacetValue};

#[derive(Properties, PartialEq)]
pub struct FacetGroupProps {
    pub facet: Facet,
    pub counts: Rc<[FacetCount]>,
    pub on_toggle: Callback<FacetValue>,
}

/// " meeting" or " meetings", after a count.
pub fn meetings_word(n: usize) -> &'static str {
    if n == 1 {
        " meeting"
    } else {
        " meetings"
    }
}

#[component]
pub fn FacetGroup(props: &FacetGroupProps) -> Html {
    let catalog = use_context::<Rc<Catalog>>().expect("catalog context");
    let d = &catalog.dataset;
    let key = props.facet.key();
    html! {
        <fieldset class="facet" data-facet={key}>
            <legend>{props.facet.label()}</legend>
            <ul class="chips" role="list">
                { for props.counts.iter().map(|c| {
                    let value = c.value;
                    let onclick = props.on_toggle.reform(move |_: MouseEvent| value);
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
