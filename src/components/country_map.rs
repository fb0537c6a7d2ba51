//! The country view: a world tile map, one square per country at its place on the
//! world tile grid. Countries with meetings are toggles showing their count; all
//! others are drawn but hidden from keyboard and screen readers. Places without a
//! tile sit apart, and a plain list under the map says the same in words.

use std::rc::Rc;

use yew::prelude::*;

use super::facet_group::meetings_word;
use visit_core::domain::{Place, Tile};
use visit_core::filter::facets::FacetCount;
use visit_core::filter::FacetValue;
use visit_core::map::{apart, grid};

#[derive(Properties, PartialEq)]
pub struct CountryMapProps {
    pub counts: Rc<[FacetCount]>,
    pub host: Place,
    pub on_toggle: Callback<FacetValue>,
}

fn cell(t: Tile) -> Classes {
    classes!(format!("x{}", t.col), format!("y{}", t.row))
}

/// Every other country, drawn only: one raw fragment of markup made from the
/// country table (two-letter codes and grid numbers, no dataset text). The browser
/// parses it in one go at start, and re-renders compare one string, so the ~190
/// squares cost no virtual nodes and no attribute writes.
fn base_tiles(active: &[&str], host: &str) -> String {
    let mut out = String::with_capacity(12 * 1024);
    for (c, t) in grid().filter(|(c, _)| !active.contains(&c.code)) {
        out.push_str("<span class=\"tile x");
        out.push_str(&t.col.to_string());
        out.push_str(" y");
        out.push_str(&t.row.to_string());
        if c.code == host {
            out.push_str(" host");
        }
        out.push_str("\" data-iso=\"");
        out.push_str(c.code);
        out.push_str("\" aria-hidden=\"true\"></span>");
    }
    out
}

#[component]
pub fn CountryMap(props: &CountryMapProps) -> Html {
    let places: Vec<(Place, &FacetCount)> = props
        .counts
        .iter()
        .filter_map(|c| match c.value {
            FacetValue::Country(p) => Some((p, c)),
            _ => None,
        })
        .collect();
    let active: Vec<&'static str> = places
        .iter()
        .filter_map(|(p, _)| match p {
            Place::Country(c) if c.tile.is_some() => Some(c.code),
            _ => None,
        })
        .collect();
    // Which countries have meetings never changes for a dataset: made once.
    let base = use_memo((active.clone(), props.host), |(active, host)| {
        Html::from_html_unchecked(AttrValue::from(base_tiles(active, host.code())))
    });
    let toggle = |place: Place, c: &FacetCount, class: Classes, short: &'static str| {
        let value = c.value;
        let onclick = props.on_toggle.reform(move |_: MouseEvent| value);
        let zero = c.count == 0 && !c.selected;
        let is_host = place == props.host;
        let iso = match place {
            Place::Country(country) => Some(country.code),
            Place::International => None,
        };
        html! {
            <button type="button" class={classes!(class, is_host.then_some("host"), c.selected.then_some("selected"), zero.then_some("zero"))}
                aria-pressed={c.selected.to_string()} disabled={zero} data-iso={iso} data-value={place.code()} {onclick}>
                // The visible text first (a code, the count); the name in words for
                // screen readers and voice control follows it.
                <span class="code">{short}</span>
                <span class="visually-hidden">{" "}{place.name()}{if is_host { ", host country" } else { "" }}</span>{" "}
                <span class="count">{c.count}<span class="visually-hidden">{meetings_word(c.count)}</span></span>
            </button>
        }
    };
    let on_grid = places.iter().filter_map(|(p, c)| match p {
        Place::Country(country) => country
            .tile
            .map(|t| toggle(*p, c, classes!("tile", cell(t)), country.code)),
        Place::International => None,
    });
    let apart_places: Vec<Place> = apart(&places.iter().map(|(p, _)| *p).collect::<Vec<_>>());
    let off_grid = places
        .iter()
        .filter(|(p, _)| apart_places.contains(p))
        .map(|(p, c)| {
            let short = match p {
                Place::Country(country) => country.code,
                Place::International => "International",
            };
            toggle(*p, c, classes!("apart-tile"), short)
        });
    let host_name = props.host.name();
    html! {
        <section class="panel map" aria-labelledby="map-h">
            <h2 id="map-h">{"Countries"}</h2>
            <p class="hint">{"Each square is a country, where it lies on a world map. Countries with meetings show their count; pick one to filter."}</p>
            <p class="hint map-swipe">{"Swipe the map sideways to see all of it."}</p>

            // Focusable, so the keyboard can scroll it sideways on narrow screens even
            // when no tile can take focus (every country filtered out).
            <div class="map-frame" tabindex="0" role="region" aria-label="World tile map">

                <div class="world" role="group" aria-label="Countries with meetings, on a world tile map">
                    {(*base).clone()}
                    { for on_grid }
                </div>
            </div>
            { if apart_places.is_empty() { html! {} } else { html! {
                <div class="map-apart" role="group" aria-label="Not on the map">{ for off_grid }</div>
            } } }
            <p class="map-legend"><span class="swatch" aria-hidden="true"></span>{format!("Host country: {host_name}")}</p>
            <ul class="map-list" aria-label="Countries with meetings, in words">
                { for places.iter().map(|(p, c)| html! {
                    <li>{p.name()}{" "}<span class="count">{c.count}</span></li>
                }) }
            </ul>
        </section>
    }
}
