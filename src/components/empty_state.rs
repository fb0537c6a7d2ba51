//! What the results area shows when the filters leave nothing.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EmptyStateProps {
    pub on_clear: Callback<()>,
}

#[component]
pub fn EmptyState(props: &EmptyStateProps) -> Html {
    let onclick = props.on_clear.reform(|_: MouseEvent| ());
    html! {
        <div class="empty-state">
            <h3>{"No meetings match these filters"}</h3>
            <p>{"Remove a filter above, or start again with every meeting."}</p>
            <button type="button" class="clear-all" {onclick}>{"Clear all filters"}</button>
        </div>
    }
}
