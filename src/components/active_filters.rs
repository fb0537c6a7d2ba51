//! The active filters as removable chips, with one "Clear all".

use std::rc::Rc;

use yew::prelude::*;

use visit_core::filter::Catalog;
use visit_core::filter::{FilterChange, FilterState};

#[derive(Properties, PartialEq)]
pub struct ActiveFiltersProps {
    pub state: FilterState,
    pub on_change: Callback<FilterChange>,
}

#[component]
pub fn ActiveFilters(props: &ActiveFiltersProps) -> Html {
    let catalog = use_context::<Rc<Catalog>>().expect("catalog context");
    let d = &catalog.dataset;
    if props.state.is_empty() {
        return html! {};
    }
    let clear = props.on_change.reform(|_: MouseEvent| FilterChange::Clear);
    html! {
        <div class="active-filters" role="group" aria-label="Active filters">
            <ul class="chips" role="list">
                { for props.state.active_values().into_iter().map(|v| {
                    let onclick = props.on_change.reform(move |_: MouseEvent| FilterChange::Toggle(v));
                    html! {
                        <li key={format!("{}={}", v.facet().key(), v.slug(d))}>
                            <button type="button" class="chip removable" {onclick}>
                                <span class="visually-hidden">{"Remove filter "}</span>
                                <span class="facet-name">{v.facet().label()}{": "}</span>{v.label(d)}
                                <span aria-hidden="true" class="x">{"×"}</span>
                            </button>
                        </li>
                    }
                }) }
                { if props.state.has_query() {
                    let onclick = props.on_change.reform(|_: MouseEvent| FilterChange::SetQuery(String::new()));
                    html! {
                        <li key="q">
                            <button type="button" class="chip removable" {onclick}>
                                <span class="visually-hidden">{"Remove "}</span>
                                <span class="facet-name">{"Search: "}</span>{format!("“{}”", props.state.q.trim())}
                                <span aria-hidden="true" class="x">{"×"}</span>
                            </button>
                        </li>
                    }
                } else { html! {} } }
            </ul>
            <button type="button" class="clear-all" onclick={clear}>{"Clear all"}</button>
        </div>
    }
}
