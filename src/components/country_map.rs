//! The world-map-style country view: one tile per country, laid out on a grid.

use yew::prelude::*;

use super::facet_group::meetings_word;
use visit_core::domain::Place;
use visit_core::filter::facets::FacetCount;
use visit_core::filter::FacetValue;
use visit_core::map::layout;

#[derive(Properties, PartialEq)]
pub struct CountryMapProps {
    pub counts: Vec<FacetCount>,
    pub host: Place,
    pub on_toggle: Callback<FacetValue>,
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
    let (tiles, _, _) = layout(&places, props.host);
    let tile = |place: Place, is_host: bool, cell: Classes| {
        let body = html! {
            <>
                <span class="flag" aria-hidden="true">{place.flag()}</span>
                <span class="tile-name">{place.name()}</span>
                <span class="tile-code" aria-hidden="true">{place.code().to_uppercase()}</span>
                { if is_host { html! { <span class="host-mark">{" Host"}<span class="visually-hidden">{" country"}</span></span> } } else { html! {} } }
            </>
        };
        match count_of(place) {
            Some(c) => {
                let value = c.value;
                let onclick = props.on_toggle.reform(move |_: MouseEvent| value);
                let zero = c.count == 0 && !c.selected;
                html! {
                    <li key={place.code()} class={classes!("tile", cell, is_host.then_some("host"))}>
                        <button type="button" class={classes!("tile-button", c.selected.then_some("selected"), zero.then_some("zero"))}
                            aria-pressed={c.selected.to_string()} disabled={zero}
                            data-value={place.code()} {onclick}>
                            {body}{" "}
                            <span class="count">{c.count}<span class="visually-hidden">{meetings_word(c.count)}</span></span>
                        </button>
                    </li>
                }
            }
            None => html! {
                <li key={place.code()} class={classes!("tile", cell, "host")}>
                    <span class="tile-static">{body}</span>
                </li>
            },
        }
    };
    let international = count_of(Place::International).map(|_| {
        html! {
            <ul class="tile-map apart" role="list" aria-label="International organisations">
                { tile(Place::International, false, Classes::new()) }
            </ul>
        }
    });
    html! {
        <section class="panel map" aria-labelledby="map-h">
            <h2 id="map-h">{"Countries"}</h2>
            <p class="hint">{"Tiles sit roughly where each country lies on a world map. Pick one to filter."}</p>
            // Tiles are placed by classes (`x3 y2`), not inline styles, to keep the CSP strict.
            <ul class="tile-map" role="list" aria-label="Countries, west to east">
                { for tiles.iter().map(|t| tile(t.place, t.is_host, classes!(format!("x{}", t.col), format!("y{}", t.row)))) }
            </ul>
            { international.unwrap_or_default() }
        </section>
    }
}
