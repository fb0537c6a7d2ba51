//! The active filters as removable chips, with one "Clear all".

use yew::prelude::*;

use visit_core::domain::Dataset;
use visit_core::filter::{FilterChange, FilterState};

/// A function, not a component: it changes with every filter (see `facet_group`).
pub fn active_filters(
    d: &Dataset,
    state: &FilterState,
    on_change: &Callback<FilterChange>,
) -> Html {
    if state.is_empty() {
        return html! {};
    }
    let clear = on_change.reform(|_: MouseEvent| FilterChange::Clear);
    html! {
        <div class="active-filters" role="group" aria-label="Active filters">
            <ul class="chips" role="list">
                { for state.active_values().into_iter().map(|v| {
                    let onclick = on_change.reform(move |_: MouseEvent| FilterChange::Toggle(v));
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
                { if state.has_query() {
                    let onclick = on_change.reform(|_: MouseEvent| FilterChange::SetQuery(String::new()));
                    html! {
                        <li key="q">
                            <button type="button" class="chip removable" {onclick}>
                                <span class="visually-hidden">{"Remove "}</span>
                                <span class="facet-name">{"Search: "}</span>{format!("“{}”", state.q.trim())}
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
