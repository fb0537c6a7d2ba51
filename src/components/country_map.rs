//! The world-map-style country view: one tile per country, laid out on a grid.

use yew::prelude::*;

use crate::domain::Place;
use crate::filter::facets::FacetCount;
use crate::filter::FacetValue;
use crate::map_layout::layout;

#[derive(Properties, PartialEq)]
pub struct CountryMapProps {
    pub counts: Vec<FacetCount>,
    pub host: Place,
    pub on_toggle: Callback<FacetValue>,
}

fn meetings(n: usize) -> String {
    format!("{n} meeting{}", if n == 1 { "" } else { "s" })
}

#[component]
pub fn CountryMap(props: &CountryMapProps) -> Html {
    let count_of = |p: Place| {
        props
            .counts
            .iter()
            .find(|c| c.value == FacetValue::Country(p))
    };
    let places: Vec<Place> = props
        .counts
        .iter()
        .filter_map(|c| match c.value {
            FacetValue::Country(p) => Some(p),
            _ => None,
        })
        .collect();
    let (tiles, cols, rows) = layout(&places, props.host);
    let tile = |place: Place, is_host: bool, style: String| {
        let body = html! {
            <>
                <span class="flag" aria-hidden="true">{place.flag()}</span>
                <span class="tile-name">{place.name()}</span>
                <span class="tile-code" aria-hidden="true">{place.code().to_uppercase()}</span>
                { if is_host { html! { <span class="host-mark">{"Host"}</span> } } else { html! {} } }
            </>
        };
        match count_of(place) {
            Some(c) => {
                let value = c.value;
                let onclick = props.on_toggle.reform(move |_: MouseEvent| value);
                let zero = c.count == 0 && !c.selected;
                let host = if is_host { ", host country" } else { "" };
                let label = format!("{}{host}, {}", place.name(), meetings(c.count));
                html! {
                    <li key={place.code()} {style} class={classes!("tile", is_host.then_some("host"))}>
                        <button type="button" class={classes!("tile-button", c.selected.then_some("selected"), zero.then_some("zero"))}
                            aria-pressed={c.selected.to_string()} aria-label={label} disabled={zero}
                            data-value={place.code()} {onclick}>
                            {body}
                            <span class="count" aria-hidden="true">{c.count}</span>
                        </button>
                    </li>
                }
            }
            None => html! {
                <li key={place.code()} {style} class="tile host">
                    <span class="tile-static" aria-label={format!("{}, host country of the visit", place.name())}>{body}</span>
                </li>
            },
        }
    };
    let international = count_of(Place::International).map(|_| {
        html! {
            <ul class="tile-map apart" role="list" aria-label="International organisations">
                { tile(Place::International, false, String::new()) }
            </ul>
        }
    });
    html! {
        <section class="panel map" aria-labelledby="map-h">
            <h2 id="map-h">{"Countries"}</h2>
            <p class="hint">{"Tiles sit roughly where each country lies on a world map. Pick one to filter."}</p>
            <ul class="tile-map" role="list" aria-label="Countries, west to east"
                style={format!("grid-template-columns:repeat({cols},minmax(0,1fr));grid-template-rows:repeat({rows},auto)")}>
                { for tiles.iter().map(|t| tile(t.place, t.is_host, format!("grid-column:{};grid-row:{}", t.col, t.row))) }
            </ul>
            { international.unwrap_or_default() }
        </section>
    }
}
