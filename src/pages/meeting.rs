//! One meeting's own page: every field, the source citation, and neighbours.

use std::rc::Rc;

use yew::prelude::*;

use super::not_found::not_found_view;
use crate::components::meeting_card::{date_html, status_badge};
use crate::components::share_button::ShareButton;
use crate::hooks::use_title;
use crate::route::Route;
use crate::router::{app_link, use_site, Back, Site};
use visit_core::domain::Meeting;

#[derive(Properties, PartialEq)]
pub struct MeetingPageProps {
    pub id: AttrValue,
    /// The explorer query "Back to results" returns to, if any.
    pub back: Option<String>,
}

#[component]
pub fn MeetingPage(props: &MeetingPageProps) -> Html {
    let Site { catalog, nav, .. } = use_site();
    let dataset = &catalog.dataset;
    let meeting = dataset.meeting(&props.id).cloned();
    use_title(match &meeting {
        Some(m) => m.page_title(),
        None => "Page not found · Visit Explorer".to_string(),
    });
    let Some(m) = meeting else {
        return not_found_view(&nav);
    };
    // The explorer query the person came from, kept in the history entry.
    let back_query = props.back.clone().unwrap_or_default();
    let (prev, next) = dataset.neighbours(&m.id);
    let neighbour = |m: Option<&Rc<Meeting>>, rel: &'static str, label: &'static str| match m {
        Some(n) => html! {
            {app_link(&nav, Route::Meeting { id: n.id.clone() }, "", Back::Carry(props.back.clone()), rel, html! {
                <>
                    <span class="nav-label">{label}</span>
                    <span class="nav-name">{n.counterpart.name.clone()}</span>
                </>
            })}
        },
        None => html! { <span class={classes!(rel, "none")}></span> },
    };
    let back_label = if back_query.is_empty() {
        "← All meetings"
    } else {
        "← Back to results"
    };
    let back = app_link(
        &nav,
        Route::Explorer,
        &back_query,
        Back::None,
        "back",
        html! {back_label},
    );
    html! {
        <article class="meeting-page" aria-labelledby="meeting-h">
            <nav class="crumbs" aria-label="Back">{back}</nav>
            <header class="meeting-head">
                <p class="where">
                    {crate::components::place_mark::place_mark(m.place)}
                    {format!("{} · {}", m.counterpart.organisation, m.place.name())}
                </p>
                <h1 id="meeting-h">{m.counterpart.name.clone()}</h1>
                <p class="role">{m.counterpart.role.clone()}</p>
                <p class="meta">{status_badge(m.status)}{" "}{date_html(&m)}</p>
            </header>
            <p class="summary lead">{m.summary.clone()}</p>
            <dl class="facts">
                <dt>{"Counterpart"}</dt><dd>{m.kind.label()}</dd>
                <dt>{"Country"}</dt><dd>{m.place.name()}</dd>
                <dt>{"Date"}</dt><dd>{m.date_account()}</dd>
                <dt>{"Status"}</dt><dd>{if m.status == visit_core::domain::Status::Held { "Held" } else { "Planned: reported as expected, not yet held" }}</dd>
                <dt>{"Sectors"}</dt>
                <dd><ul class="tags" role="list">{ for m.sectors.iter().map(|&s| {
                    let def = dataset.sector(s);
                    html! { <li class="tag" data-sector={def.slug.clone()} title={def.definition.clone()}>{def.label.clone()}</li> }
                }) }</ul></dd>
                <dt>{"Topics"}</dt>
                <dd>{ if m.topics.is_empty() { html! {"None given"} } else { html! { <ul>{ for m.topics.iter().map(|t| html! { <li>{t.clone()}</li> }) }</ul> } } }</dd>
                <dt>{"Places mentioned"}</dt>
                <dd>{ if m.places.is_empty() { html! {"None given"} } else { html! { <ul>{ for m.places.iter().map(|t| html! { <li>{t.clone()}</li> }) }</ul> } } }</dd>
                <dt>{"Figures"}</dt>
                <dd>{ if m.figures.is_empty() { html! {"None given"} } else { html! { <ul>{ for m.figures.iter().map(|f| html! { <li><strong>{f.value.clone()}</strong>{": "}{f.about.clone()}</li> }) }</ul> } } }</dd>
                <dt>{if m.cites.len() == 1 { "Source" } else { "Sources" }}</dt>
                <dd class="citation">{ for m.cites.iter().map(|c| {
                    let link = dataset.sources[c.source].url.clone().map(|href| html! { <>{" "}<a {href} rel="noopener">{"Read the source"}</a></> });
                    html! { <span class="cite">{dataset.citation_line(c)}{link.unwrap_or_default()}</span> }
                }) }</dd>
            </dl>
            <div class="card-actions">
                <ShareButton path={format!("/meetings/{}/", m.id)} text="Share this meeting" />
            </div>
            <nav class="pager" aria-label="Other meetings">
                {neighbour(prev, "prev", "← Previous")}
                {neighbour(next, "next", "Next →")}
            </nav>
        </article>
    }
}
