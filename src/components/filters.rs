//! The filter panel: the search box and a group of toggles for each facet the
//! overview does not show (kind of counterpart, day, status). On a phone it
//! folds behind a "Filters" button.

use std::rc::Rc;
use visit_core::i18n::{self, t, Key};

use yew::prelude::*;

use super::toggle::{toggles, use_ref_rows, use_refs, Shape, ToggleRefs, COUNT_NOTE_ID};
use visit_core::filter::facets::{FacetCount, Facets};
use visit_core::filter::{Facet, FacetValue, FilterChange};

/// The search box's id: its label points to it, and the start-up handover finds it.
pub const SEARCH_BOX_ID: &str = "q";

/// The facets this panel shows, in order. Sector and country are the overview's.
pub const PANEL_FACETS: [Facet; 3] = [Facet::Kind, Facet::Day, Facet::Status];

#[derive(Properties, PartialEq)]
pub struct FiltersProps {
    /// How many filters are on, counting the search as one.
    pub active: usize,
    /// The search as typed.
    pub q: AttrValue,
    pub facets: Rc<Facets>,
    pub on_change: Callback<FilterChange>,
    pub on_toggle: Callback<FacetValue>,
}

/// A button that shows or hides the panel it controls on a phone (on a wide
/// screen the panel is always shown and the button is not). The page's inline
/// script knows these by `panel-toggle`, so a tap before the app is live counts.
pub fn panel_toggle(
    open: &UseStateHandle<bool>,
    controls: &'static str,
    label: Html,
    node: &NodeRef,
) -> Html {
    let onclick = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    html! {
        <button ref={node.clone()} type="button" class="panel-toggle" aria-expanded={if **open { "true" } else { "false" }}
            aria-controls={controls} {onclick}>{label}</button>
    }
}

/// One facet as a group of toggle chips with counts.
fn facet_group(
    facet: Facet,
    counts: &[FacetCount],
    on_toggle: &Callback<FacetValue>,
    r: &[NodeRef; 3],
    rows: &[ToggleRefs],
) -> Html {
    html! {
        <fieldset ref={r[0].clone()} key={facet.key()} class="facet" data-facet={facet.key()}>
            <legend ref={r[1].clone()}>{facet.label()}</legend>
            <ul ref={r[2].clone()} class="chips" role="list">{toggles(counts, |_| Shape::Chip, on_toggle, rows)}</ul>
        </fieldset>
    }
}

#[component]
pub fn Filters(props: &FiltersProps) -> Html {
    let r = use_refs::<7>();
    let groups = use_ref_rows::<3>(PANEL_FACETS.len());
    let rows = use_ref_rows::<6>(PANEL_FACETS.iter().map(|&f| props.facets.of(f).len()).sum());
    let open = use_state(|| false);
    let label = match props.active {
        0 => html! {t(Key::Filters)},
        n => html! { {i18n::fill(Key::FiltersOn, &[("n", &i18n::number(n))])} },
    };
    let oninput = props.on_change.reform(|e: InputEvent| {
        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
        FilterChange::SetQuery(input.value())
    });
    let onsubmit = Callback::from(|e: SubmitEvent| e.prevent_default());
    let mut at = 0;
    let groups = PANEL_FACETS.iter().zip(groups.iter()).map(|(&facet, g)| {
        let counts = props.facets.of(facet);
        let html = facet_group(
            facet,
            counts,
            &props.on_toggle,
            g,
            &rows[at..at + counts.len()],
        );
        at += counts.len();
        html
    });
    html! {
        <aside ref={r[0].clone()} class={classes!("filters", (*open).then_some("open"))} aria-label={t(Key::Filters)}>
            {panel_toggle(&open, "filter-panel", label, &r[1])}
            <div ref={r[2].clone()} id="filter-panel" class="filter-panel">
                <form ref={r[3].clone()} role="search" class="search" {onsubmit}>
                    <label ref={r[4].clone()} for={SEARCH_BOX_ID}>{t(Key::SearchLabel)}</label>
                    <input ref={r[5].clone()} id={SEARCH_BOX_ID} type="search" value={props.q.clone()} {oninput} autocomplete="off"
                        placeholder={t(Key::SearchExample)} />
                </form>
                <p ref={r[6].clone()} id={COUNT_NOTE_ID} class="visually-hidden">{t(Key::CountNote)}</p>
                { for groups }
            </div>
        </aside>
    }
}
