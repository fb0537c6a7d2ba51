//! The results: their count, sharing and download, the active filters, and the
//! meeting cards, or a way back when nothing matches.

use std::rc::Rc;
use visit_core::i18n::{self, t, Key};

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::card::{card, card_body, CardFrame};
use super::download::Download;
use super::share_button::ShareButton;
use super::toggle::{use_ref_rows, use_refs};
use crate::routing::{is_plain_click, use_site, Nav, Site, Spot, View};
use visit_core::filter::{Catalog, FilterChange, FilterState, Selection};
use visit_core::html::escape_into;

/// Cards rendered before "Show more"; keeps huge datasets responsive.
pub const PAGE_SIZE: usize = 30;

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub view: Rc<View>,
    pub selection: Rc<Selection>,
    pub on_change: Callback<FilterChange>,
    /// How many cards to show while a staged start renders them (see `startup`).
    #[prop_or(usize::MAX)]
    pub cards: usize,
}

/// Says nothing matches, and offers the way back to every meeting.
fn empty_state(on_change: &Callback<FilterChange>) -> Html {
    let onclick = on_change.reform(|_: MouseEvent| FilterChange::Clear);
    html! {
        <div class="empty-state">
            <h3>{t(Key::NoMatch)}</h3>
            <p>{t(Key::NoMatchHint)}</p>
            <button type="button" class="clear-all" {onclick}>{t(Key::ClearAllFilters)}</button>
        </div>
    }
}

/// The active filters as removable chips, with one "Clear all". The group stays
/// in the page, hidden while no filter is on, so the first filter adds a chip
/// rather than the whole group. Each chip's text is one fragment.
fn active_filters(
    catalog: &Catalog,
    state: &FilterState,
    on_change: &Callback<FilterChange>,
    r: &[NodeRef],
) -> Html {
    let chip = |key: String, name: &str, value: &str, change: FilterChange| {
        let mut text = String::from("<span class=\"visually-hidden\">");
        escape_into(&mut text, t(Key::RemoveFilter));
        text.push_str(" </span><span class=\"facet-name\">");
        escape_into(&mut text, name);
        text.push_str(": </span>");
        escape_into(&mut text, value);
        text.push_str("<span aria-hidden=\"true\" class=\"x\">×</span>");
        let onclick = on_change.reform(move |_: MouseEvent| change.clone());
        html! {
            <li {key}><button type="button" class="chip removable" {onclick}>
                {Html::from_html_unchecked(AttrValue::from(text))}
            </button></li>
        }
    };
    let mut chips: Vec<Html> = state
        .active_values()
        .into_iter()
        .map(|v| {
            let (slug, label) = catalog.name(v);
            chip(
                format!("{}={slug}", v.facet().key()),
                v.facet().label(),
                &label,
                FilterChange::Toggle(v),
            )
        })
        .collect();
    if state.has_query() {
        let q = i18n::quoted(state.q.trim());
        chips.push(chip(
            "q".into(),
            t(Key::Search),
            &q,
            FilterChange::SetQuery(String::new()),
        ));
    }
    let clear = on_change.reform(|_: MouseEvent| FilterChange::Clear);
    html! {
        <div ref={r[0].clone()} class="active-filters" role="group" aria-label={t(Key::ActiveFilters)} hidden={state.is_empty()}>
            <ul ref={r[1].clone()} class="chips" role="list">{chips}</ul>
            <button ref={r[2].clone()} type="button" class="clear-all" onclick={clear}>{t(Key::ClearAll)}</button>
        </div>
    }
}

/// Every card's heading link, followed inside the app on a plain click: one
/// handler for the list rather than one per card.
fn follow_card_link(nav: Nav) -> Callback<MouseEvent> {
    Callback::from(move |e: MouseEvent| {
        let id = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|t| t.closest(".card h3 a").ok().flatten())
            .and_then(|a| a.closest("[data-id]").ok().flatten())
            .and_then(|card| card.get_attribute("data-id"));
        if let (Some(id), true) = (id, is_plain_click(&e)) {
            e.prevent_default();
            let id = AttrValue::from(id);
            nav.open(id.clone(), Spot::now(Some(id)));
        }
    })
}

/// A card's text as a fragment of markup.
fn body(c: &Catalog, base: &str, m: &visit_core::domain::Meeting, terms: &[String]) -> Html {
    let href = format!("{base}/meetings/{}/", m.id);
    Html::from_html_unchecked(AttrValue::from(card_body(&c.dataset, m, &href, terms)))
}

#[component]
pub fn Results(props: &ResultsProps) -> Html {
    let Site { catalog, nav, .. } = use_site();
    let r = use_refs::<8>();
    let view = &props.view;
    let visible = &props.selection.visible;
    let meetings = catalog.meetings();
    let total = meetings.len();
    let base = nav.base.clone();
    let on_card_click = use_memo((), move |_| follow_card_link(nav));
    let paged = total > PAGE_SIZE;
    let frames = use_memo(catalog.clone(), move |c| {
        let all = if paged { &[][..] } else { c.meetings() };
        all.iter().map(|m| CardFrame::of(m)).collect::<Vec<_>>()
    });
    let terms = use_memo(view.state.q.clone(), |q| {
        visit_core::filter::search::terms(q)
    });
    let slots = use_ref_rows::<3>(if paged { 0 } else { total });
    // Card text, made once per search (the whole visit when it fits on one page).
    let bodies = {
        let base = base.clone();
        use_memo((catalog.clone(), terms.clone()), move |(c, terms)| {
            let all = if paged { &[][..] } else { c.meetings() };
            all.iter()
                .map(|m| body(c, &base, m, terms))
                .collect::<Vec<_>>()
        })
    };

    // "Show more" belongs to one view: a new address starts from one page again.
    let more_for = use_state_eq(|| (AttrValue::default(), 0usize));
    let shown = PAGE_SIZE
        + if more_for.0 == view.query {
            more_for.1
        } else {
            0
        };

    let cards = if !paged {
        // The whole visit fits on one page: every card stays in it, and a filter
        // only shows or hides cards. `visible` keeps the catalog's order, so one
        // walk pairs them up.
        let mut next = visible.iter().peekable();
        let items = meetings.iter().take(props.cards).zip(frames.iter()).zip(bodies.iter()).zip(slots.iter()).map(|(((m, frame), body), r)| {
            let on = next.next_if(|v| Rc::ptr_eq(v, m)).is_some();
            html! {
                <li ref={r[0].clone()} key={&*frame.id} hidden={!on}>{card(frame, body.clone(), &r[1..])}</li>
            }
        });
        html! { <ol ref={r[3].clone()} class="cards" role="list" onclick={(*on_card_click).clone()}>{ for items }</ol> }
    } else {
        let more = visible.len().saturating_sub(shown);
        let show_more = {
            let (more_for, query) = (more_for.clone(), view.query.clone());
            Callback::from(move |_: MouseEvent| more_for.set((query.clone(), shown)))
        };
        let items = visible.iter().take(shown.min(props.cards)).map(|m| {
            let frame = CardFrame::of(m);
            let none = [NodeRef::default(), NodeRef::default()];
            html! { <li key={&*frame.id}>{card(&frame, body(&catalog, &base, m, &terms), &none)}</li> }
        });
        html! {
            <>
                <ol ref={r[3].clone()} class="cards" role="list" onclick={(*on_card_click).clone()}>{ for items }</ol>
                { if more > 0 { html! {
                    <button type="button" class="show-more" onclick={show_more}>
                        {i18n::count(Key::ShowMore, more, &[])}
                    </button>
                } } else { html! {} } }
            </>
        }
    };
    html! {
        <section ref={r[0].clone()} class="results" aria-labelledby="results-h">
            <div ref={r[1].clone()} class="results-head">
                <h2 ref={r[4].clone()} id="results-h">{t(Key::Meetings)}</h2>
                <p ref={r[2].clone()} class="result-count" role="status" aria-live="polite" aria-atomic="true">
                    {i18n::count(Key::ResultCount, total, &[("shown", &i18n::number(visible.len()))])}
                </p>
                <ShareButton path={None::<AttrValue>} text={t(Key::CopyViewLink)} />
                { if visible.is_empty() { html! {} } else { html! { <Download count={visible.len()} /> } } }
            </div>
            {active_filters(&catalog, &view.state, &props.on_change, &r[5..8])}
            { if visible.is_empty() { empty_state(&props.on_change) } else { html! {} } }
            {cards}
        </section>
    }
}
