//! The overview above the results: the sector breakdown and the country map,
//! compact on a wide screen and folded behind one button on a phone. They are
//! the sector and country filters: bars and country chips with their counts.

use std::rc::Rc;
use visit_core::i18n::{self, t, Key};

use yew::prelude::*;

use super::filters::panel_toggle;
use super::toggle::{toggles, use_ref_rows, use_refs, Shape};
use visit_core::domain::Place;
use visit_core::filter::facets::FacetCount;
use visit_core::filter::FacetValue;
use visit_core::html::escape_into;
use visit_core::map;

#[derive(Properties, PartialEq)]
pub struct OverviewProps {
    pub sectors: Rc<[FacetCount]>,
    /// The breakdown's 100%: meetings matching every filter but the sector one.
    pub sector_total: usize,
    pub countries: Rc<[FacetCount]>,
    /// The traveller's home country.
    pub home: Place,
    /// The countries the trip stopped in.
    pub visited: Rc<[Place]>,
    /// The address of the dataset's map image.
    pub map: AttrValue,
    pub on_toggle: Callback<FacetValue>,
}

/// The map: the dataset's map image (see `visit_core::map::svg`) and its key
/// in words, which is also what it tells a screen reader; the country toggles
/// beside it are its filter. One fragment, made once per dataset.
fn map_figure(src: &str, home: Place, visited: &[Place]) -> String {
    let (w, h) = map::size();
    let mut out =
        String::from("<figure class=\"map-figure\"><img class=\"world\" alt=\"\" width=\"");
    out.push_str(&w.to_string());
    out.push_str("\" height=\"");
    out.push_str(&h.to_string());
    out.push_str("\" src=\"");
    escape_into(&mut out, src);
    out.push_str("\"><figcaption><ul class=\"map-legend\" role=\"list\">");
    let mut key = |class: &str, text: &str| {
        out.push_str("<li><span class=\"swatch ");
        out.push_str(class);
        out.push_str("\"></span>");
        escape_into(&mut out, text);
        out.push_str("</li>");
    };
    key("home", &i18n::fill(Key::MapHome, &[("name", home.name())]));
    if !visited.is_empty() {
        let names = visited
            .iter()
            .map(|p| p.name())
            .collect::<Vec<_>>()
            .join(", ");
        key(
            "visited",
            &i18n::fill(Key::MapVisited, &[("names", &names)]),
        );
    }
    key("met", t(Key::MapMet));
    out.push_str("</ul></figcaption></figure>");
    out
}

#[component]
pub fn Overview(props: &OverviewProps) -> Html {
    let r = use_refs::<11>();
    let bar_rows = use_ref_rows::<6>(props.sectors.len());
    let chip_rows = use_ref_rows::<6>(props.countries.len());
    let open = use_state(|| false);
    // Which countries are home, visited and met never changes for a dataset.
    let map = use_memo(
        (props.map.clone(), props.home, props.visited.clone()),
        |(src, home, visited)| {
            Html::from_html_unchecked(AttrValue::from(map_figure(src, *home, visited)))
        },
    );
    let total = props.sector_total.max(1);
    html! {
        <section ref={r[0].clone()} class={classes!("overview", (*open).then_some("open"))} aria-label={t(Key::Overview)}>
            {panel_toggle(&open, "sectors-panel countries-panel", html! {t(Key::SectorsAndCountries)}, &r[1])}
                <section ref={r[3].clone()} id="sectors-panel" class="panel breakdown" aria-labelledby="breakdown-h">
                    <h2 ref={r[4].clone()} id="breakdown-h">{t(Key::Sectors)}</h2>
                    <p ref={r[5].clone()} class="hint">{t(Key::SectorsHint)}</p>
                    <ul ref={r[6].clone()} class="bars" role="list">
                        {toggles(&props.sectors, |c| Shape::Bar { percent: c.count * 100 / total }, &props.on_toggle, &bar_rows)}
                    </ul>
                </section>
                <section ref={r[7].clone()} id="countries-panel" class="panel map" aria-labelledby="map-h">
                    <h2 ref={r[8].clone()} id="map-h">{t(Key::Countries)}</h2>
                    <div ref={r[9].clone()} class="map-body">
                        {(*map).clone()}
                        <ul ref={r[2].clone()} class="chips map-chips" role="list" aria-label={t(Key::CountriesWithMeetings)}>
                            {toggles(&props.countries, |_| Shape::Chip, &props.on_toggle, &chip_rows)}
                        </ul>
                    </div>
                </section>
        </section>
    }
}
