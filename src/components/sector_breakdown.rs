//! Horizontal bars: how many of the meetings matching the other filters touch each sector.

use yew::prelude::*;

use super::facet_group::meetings_word;
use visit_core::domain::Dataset;
use visit_core::filter::facets::FacetCount;
use visit_core::filter::FacetValue;

/// `matching` is how many meetings match every filter except the sector one. A
/// function, not a component, for the reason `facet_group` gives.
pub fn sector_breakdown(
    d: &Dataset,
    counts: &[FacetCount],
    matching: usize,
    on_toggle: &Callback<FacetValue>,
) -> Html {
    let total = matching.max(1);
    html! {
        <section class="panel breakdown" aria-labelledby="breakdown-h">
            <h2 id="breakdown-h">{"Sectors"}</h2>
            <p class="hint">{"Share of the meetings that match your other filters. A meeting can touch several sectors."}</p>
            <ul class="bars" role="list">
                { for counts.iter().map(|c| {
                    let value = c.value;
                    let percent = c.count * 100 / total;
                    let onclick = on_toggle.reform(move |_: MouseEvent| value);
                    let zero = c.count == 0 && !c.selected;
                    html! {
                        <li key={value.slug(d)}>
                            <button type="button" class={classes!("bar", c.selected.then_some("selected"), zero.then_some("zero"))}
                                aria-pressed={c.selected.to_string()} disabled={zero}
                                data-value={value.slug(d)} {onclick}>
                                <span class="bar-label">{value.label(d)}</span>{" "}
                                // An SVG bar: its width is an attribute, not an inline style,
                                // so the page's Content-Security-Policy needs no exception.
                                <svg class="bar-track" viewBox="0 0 100 1" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                                    <rect class="bar-fill" width={percent.to_string()} height="1" />
                                </svg>
                                <span class="bar-figure">
                                    {c.count}<span class="visually-hidden">{" of "}{matching}{meetings_word(matching)}</span>
                                    {" · "}{percent}{"%"}
                                </span>
                            </button>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
