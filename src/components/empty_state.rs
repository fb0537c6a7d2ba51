//! What the results area shows when the filters leave nothing.

use yew::prelude::*;

/// Says so, and offers the way back to every meeting.
pub fn empty_state(on_clear: &Callback<()>) -> Html {
    let onclick = on_clear.reform(|_: MouseEvent| ());
    html! {
        <div class="empty-state">
            <h3>{"No meetings match these filters"}</h3>
            <p>{"Remove a filter above, or start again with every meeting."}</p>
            <button type="button" class="clear-all" {onclick}>{"Clear all filters"}</button>
        </div>
    }
}
