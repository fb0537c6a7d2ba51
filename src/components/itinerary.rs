//! The trip's stops in order, each with its country and dates, as toggles with
//! their counts: the stop filter. A single-stop visit shows none of it.

use std::rc::Rc;
use visit_core::i18n::{self, t, Key};

use yew::prelude::*;

use super::toggle::{toggle_with, use_ref_rows, use_refs, Shape};
use crate::routing::{use_site, Site};
use visit_core::domain::Stop;
use visit_core::filter::facets::FacetCount;
use visit_core::filter::FacetValue;

#[derive(Properties, PartialEq)]
pub struct ItineraryProps {
    pub stops: Rc<[FacetCount]>,
    pub on_toggle: Callback<FacetValue>,
}

/// "Indonesia · 12 November 2022 to 14 November 2022": what follows a stop's city.
pub fn stop_detail(s: &Stop) -> String {
    let dates = match s.to {
        Some(to) if to != s.from => i18n::fill(
            Key::StopDates,
            &[("from", &s.from.long()), ("to", &to.long())],
        ),
        _ => s.from.long(),
    };
    match s.country {
        Some(c) => format!("{} · {dates}", c.name()),
        None => dates,
    }
}

#[component]
pub fn Itinerary(props: &ItineraryProps) -> Html {
    let Site { catalog, .. } = use_site();
    let r = use_refs::<3>();
    let rows = use_ref_rows::<6>(props.stops.len());
    let details = use_memo(catalog.clone(), |c| {
        c.dataset
            .visit
            .stops
            .iter()
            .map(|s| AttrValue::from(stop_detail(s)))
            .collect::<Vec<_>>()
    });
    let toggles = props.stops.iter().zip(rows.iter()).map(|(c, refs)| {
        let detail = match c.value {
            FacetValue::Stop(i) => details.get(i as usize).cloned(),
            _ => None,
        };
        toggle_with(c, Shape::Chip, detail, &props.on_toggle, refs)
    });
    html! {
        <nav ref={r[0].clone()} class="itinerary" aria-labelledby="itinerary-h">
            <h2 ref={r[1].clone()} id="itinerary-h">{t(Key::Itinerary)}</h2>
            <ol ref={r[2].clone()} class="chips stops" role="list">{ for toggles }</ol>
        </nav>
    }
}
