//! The explorer: filters, country map, sector breakdown and the meeting cards.
//!
//! The filter lives only in the URL. Each render parses it; each change is
//! applied to the address shown at that moment, serialised and navigated to, and
//! the router re-renders us.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::active_filters::active_filters;
use crate::components::country_map::CountryMap;
use crate::components::download::Download;
use crate::components::empty_state::empty_state;
use crate::components::facet_group::facet_group;
use crate::components::meeting_card::MeetingCard;
use crate::components::sector_breakdown::sector_breakdown;
use crate::components::share_button::ShareButton;
use crate::hooks::use_title;
use crate::route::{Here, Route};
use crate::router::{use_site, How, Site};
use visit_core::filter::{query, search, Facet, FilterChange};

/// The search box's id: its label points to it, and the start-up handover finds it.
pub const SEARCH_BOX_ID: &str = "q";

/// Cards rendered before "Show more"; keeps huge datasets responsive.
pub const PAGE_SIZE: usize = 30;

#[derive(Properties, PartialEq)]
pub struct ExplorerPageProps {
    /// The address's query, already canonical: it holds the filter.
    pub query: String,
}

#[component]
pub fn ExplorerPage(props: &ExplorerPageProps) -> Html {
    let Site { catalog, nav, .. } = use_site();
    let raw_query = props.query.clone();
    let state = query::parse(&raw_query, &catalog.dataset);

    let on_change = {
        let catalog = catalog.clone();
        Callback::from(move |change: FilterChange| {
            // Typing replaces the history entry; every other change adds one.
            let how = if matches!(change, FilterChange::SetQuery(_)) {
                How::Replace
            } else {
                How::Push
            };
            // Applied to the address now shown, not to the one this render read: Yew
            // may yield before it renders again, and a second tap in that gap must add
            // to the first rather than replace it.
            let now = query::parse(&nav.now().query, &catalog.dataset);
            let query = query::serialise(&now.apply(change), &catalog.dataset);
            nav.go(
                Here {
                    route: Route::Explorer,
                    query,
                    back: None,
                },
                how,
            );
        })
    };
    let on_toggle = on_change.reform(FilterChange::Toggle);

    let selection = use_memo((catalog.clone(), state.clone()), |(c, s)| c.view(s));
    let visible = &selection.visible;
    let counts = &selection.facets;
    let terms = use_memo(state.q.clone(), |q| search::terms(q));

    // "Show more" belongs to one filter state: a new URL starts from one page again.
    // Kept with the query it was set for, so no effect (and no second render) resets it.
    let more_for = use_state_eq(|| (String::new(), 0usize));
    let shown = PAGE_SIZE
        + if more_for.0 == raw_query {
            more_for.1
        } else {
            0
        };

    let panel_open = use_state(|| false);
    let toggle_panel = {
        let panel_open = panel_open.clone();
        Callback::from(move |_: MouseEvent| panel_open.set(!*panel_open))
    };

    let total = catalog.meetings().len();
    // One title for the explorer: retitling on every filter change costs more than it tells.
    use_title(format!("{} · Visit Explorer", catalog.dataset.visit.title));

    let oninput = on_change.reform(|e: InputEvent| {
        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
        FilterChange::SetQuery(input.value())
    });
    let onsubmit = Callback::from(|e: SubmitEvent| e.prevent_default());
    let on_clear = on_change.reform(|_: ()| FilterChange::Clear);
    let active = state.active_count();
    let from_query = AttrValue::from(raw_query.clone());

    let results = if total <= PAGE_SIZE {
        // The whole visit fits on one page: every card stays in it, and a filter
        // only shows or hides cards, instead of building and removing them.
        // `visible` keeps the catalog's order, so one walk pairs them up.
        let mut shown_next = visible.iter().peekable();
        html! {
            <>
                { if visible.is_empty() { empty_state(&on_clear) } else { html! {} } }
                <ol class="cards" role="list">
                    { for catalog.meetings().iter().map(|m| {
                        let on = shown_next.next_if(|v| Rc::ptr_eq(v, m)).is_some();
                        html! {
                            <li key={m.id.clone()} hidden={!on}>
                                <MeetingCard meeting={m.clone()} terms={terms.clone()} />
                            </li>
                        }
                    }) }
                </ol>
            </>
        }
    } else if visible.is_empty() {
        empty_state(&on_clear)
    } else {
        let more = visible.len().saturating_sub(shown);
        let show_more = {
            let more_for = more_for.clone();
            let raw_query = raw_query.clone();
            Callback::from(move |_: MouseEvent| more_for.set((raw_query.clone(), shown)))
        };
        html! {
            <>
                <ol class="cards" role="list">
                    { for visible.iter().take(shown).map(|m| html! {
                        <li key={m.id.clone()}>
                            <MeetingCard meeting={m.clone()} terms={terms.clone()} />
                        </li>
                    }) }
                </ol>
                { if more > 0 { html! {
                    <button type="button" class="show-more" onclick={show_more}>
                        {format!("Show more ({more} not shown)")}
                    </button>
                } } else { html! {} } }
            </>
        }
    };

    let facet_group = |facet: Facet| {
        html! {
            {facet_group(&catalog.dataset, facet, counts.of(facet), &on_toggle)}
        }
    };
    let visit = &catalog.dataset.visit;

    html! {
        <div class="explorer">
            <div class="intro">
                <h1>{visit.title.clone()}</h1>
                <p class="lede">
                    {format!("{} {}: {}. {} meetings, from {}.",
                        visit.host.role, visit.host.name, visit.occasion, total,
                        catalog.dataset.sources_line())}
                </p>
            </div>
            <div class="layout">
                <aside class={classes!("filters", (*panel_open).then_some("open"))} aria-label="Filters">
                    <button type="button" class="filters-toggle" aria-expanded={panel_open.to_string()}
                        aria-controls="filter-panel" onclick={toggle_panel}>
                        {if active > 0 { format!("Filters ({active})") } else { "Filters".to_string() }}
                    </button>
                    <div id="filter-panel" class="filter-panel">
                        <form role="search" class="search" {onsubmit}>
                            <label for={SEARCH_BOX_ID}>{"Search names, roles, organisations, topics, places"}</label>
                            <input id={SEARCH_BOX_ID} type="search" value={state.q.clone()} {oninput} autocomplete="off"
                                placeholder="e.g. Niinisto, railway, Almaty" />
                        </form>
                        { for Facet::ALL.into_iter().map(facet_group) }
                    </div>
                </aside>
                <div class="content">
                    <div class="visuals">
                        {sector_breakdown(&catalog.dataset, &counts.sectors, selection.sector_total, &on_toggle)}
                        <CountryMap counts={counts.countries.clone()} host={visit.host.country} on_toggle={on_toggle.clone()} />
                    </div>
                    <section class="results" aria-labelledby="results-h">
                        <div class="results-head">
                            <h2 id="results-h">{"Meetings"}</h2>
                            <p class="result-count" role="status" aria-live="polite" aria-atomic="true">
                                {format!("{} of {} meetings", visible.len(), total)}
                            </p>
                            <ShareButton path="/" query={from_query.clone()} text="Copy link to this view" />
                            { if visible.is_empty() { html! {} } else { html! { <Download query={from_query.clone()} count={visible.len()} /> } } }
                        </div>
                        {active_filters(&catalog.dataset, &state, &on_change)}
                        {results}
                    </section>
                </div>
            </div>
        </div>
    }
}
