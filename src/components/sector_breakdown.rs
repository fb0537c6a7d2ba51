//! Horizontal bars: how many of the meetings matching the other filters touch each sector.

use std::rc::Rc;

use yew::prelude::*;

use super::facet_group::meetings_word;
use visit_core::filter::facets::FacetCount;
use visit_core::filter::Catalog;
use visit_core::filter::FacetValue;

#[derive(Properties, PartialEq)]
pub struct SectorBreakdownProps {
    pub counts: Rc<[FacetCount]>,
    /// Meetings that match every filter except the sector one.
    pub total: usize,
    pub on_toggle: Callback<FacetValue>,
}

#[component]
pub fn SectorBreakdown(props: &SectorBreakdownProps) -> Html {
    let catalog = use_context::<Rc<Catalog>>().expect("catalog context");
    let d = &catalog.dataset;
    let total = props.total.max(1);
    html! {
        <section class="panel breakdown" aria-labelledby="breakdown-h">
            <h2 id="breakdown-h">{"Sectors"}</h2>
            <p class="hint">{"Share of the meetings that match your other filters. A meeting can touch several sectors."}</p>
            <ul class="bars" role="list">
                { for props.counts.iter().map(|c| {
                    let value = c.value;
                    let percent = c.count * 100 / total;
                    let onclick = props.on_toggle.reform(move |_: MouseEvent| value);
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
                                    {c.count}<span class="visually-hidden">{" of "}{props.total}{meetings_word(props.total)}</span>
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
