//! The explorer: the results first, with the filters beside them and a compact
//! overview (sector breakdown and country map) above them.
//!
//! The view lives only in the address: it arrives parsed, as `Rc<View>`, and each
//! change goes to the navigator, which writes the address and re-renders us.

use std::rc::Rc;
use visit_core::i18n::{self, Key};

use yew::prelude::*;

use crate::components::filters::Filters;
use crate::components::itinerary::Itinerary;
use crate::components::overview::Overview;
use crate::components::results::Results;
use crate::components::toggle::use_refs;
use crate::routing::{use_site, Site, View};
use crate::startup::Stage;
use visit_core::domain::Dataset;
use visit_core::filter::FilterChange;
use visit_core::html::escape_into;

#[derive(Properties, PartialEq)]
pub struct ExplorerPageProps {
    pub view: Rc<View>,
    #[prop_or(Stage::WHOLE)]
    pub stage: Stage,
}

/// The visit's title and what it was, made once.
fn intro(d: &Dataset) -> Html {
    let visit = &d.visit;
    let lede = i18n::fill(
        Key::Lede,
        &[
            ("role", &visit.traveller.role),
            ("name", &visit.traveller.name),
            ("occasion", &visit.occasion),
            (
                "meetings",
                &i18n::count(Key::MeetingCount, d.meetings.len(), &[]),
            ),
            ("sources", &d.sources_summary()),
        ],
    );
    // A fragment: it never changes, so re-rendering the page never touches it.
    let mut o = String::from("<div class=\"intro\"><h1");
    crate::components::card::push_lang(&mut o, d.fallback("visit", "", "title"));
    o.push('>');
    escape_into(&mut o, &visit.title);
    o.push_str("</h1><p class=\"lede\">");
    escape_into(&mut o, &lede);
    o.push_str("</p></div>");
    Html::from_html_unchecked(AttrValue::from(o))
}

#[component]
pub fn ExplorerPage(props: &ExplorerPageProps) -> Html {
    let Site {
        catalog, nav, map, ..
    } = use_site();
    let stage = props.stage;
    let r = use_refs::<2>();
    let view = &props.view;
    // Made once: components compare their callbacks by identity.
    let on_change = {
        let nav = nav.clone();
        use_memo((), move |_| {
            Callback::from(move |change: FilterChange| nav.change(change))
        })
    };
    let on_toggle = use_memo((), |_| on_change.reform(FilterChange::Toggle));
    let selection = use_memo((catalog.clone(), view.clone()), |(c, v)| c.view(&v.state));
    let facets = Rc::new(selection.facets.clone());
    let intro = use_memo(catalog.clone(), |c| intro(&c.dataset));
    let home = catalog.dataset.visit.traveller.country;
    let visited = use_memo(catalog.clone(), |c| {
        Rc::<[visit_core::domain::Place]>::from(c.dataset.visited())
    });
    html! {
        <div ref={r[0].clone()} class="explorer">
            {(*intro).clone()}
            { if catalog.dataset.visit.stops.len() > 1 && stage >= Stage::FILTERS { html! {
                <Itinerary stops={selection.facets.stops.clone()} on_toggle={(*on_toggle).clone()} />
            } } else { html! {} } }
            <div ref={r[1].clone()} class="layout">
                { if stage < Stage::FILTERS { html! {} } else { html! { <Filters active={view.state.active_count()} q={AttrValue::from(view.state.q.clone())} {facets}
                    on_change={(*on_change).clone()} on_toggle={(*on_toggle).clone()} /> } } }
                { if stage < Stage::WHOLE { html! {} } else { html! { <Overview sectors={selection.facets.sectors.clone()} sector_total={selection.sector_total}
                        countries={selection.facets.countries.clone()} {home} visited={(*visited).clone()} {map}
                        on_toggle={(*on_toggle).clone()} /> } } }
                { if stage < Stage::CARDS { html! {} } else { html! {
                    <Results view={view.clone()} {selection} on_change={(*on_change).clone()} cards={stage.cards()} />
                } } }
            </div>
        </div>
    }
}
