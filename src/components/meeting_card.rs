//! One meeting as a card in the results list.

use std::rc::Rc;

use yew::prelude::*;

use super::highlight::highlight;
use super::share_button::ShareButton;
use crate::route::Route;
use crate::router::{app_link, use_site, Back, Site};
use visit_core::domain::{Meeting, Status};

#[derive(Properties)]
pub struct MeetingCardProps {
    pub meeting: Rc<Meeting>,
    /// Folded search terms, for highlighting.
    pub terms: Rc<Vec<String>>,
}

/// A card re-renders for another meeting or other search terms. Meetings are
/// compared by identity: the dataset never changes, and comparing contents would
/// cost code and time.
impl PartialEq for MeetingCardProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.meeting, &other.meeting) && self.terms == other.terms
    }
}

pub fn status_badge(status: Status) -> Html {
    let class = classes!("badge", status.slug());
    html! { <span {class}>{status.label()}</span> }
}

pub fn date_html(m: &Meeting) -> Html {
    match m.date {
        Some(d) => html! { <time datetime={d.to_string()}>{d.long()}</time> },
        None => html! { <span class="undated">{"Date not stated"}</span> },
    }
}

#[component]
pub fn MeetingCard(props: &MeetingCardProps) -> Html {
    let Site { catalog, nav, .. } = use_site();
    let d = &catalog.dataset;
    let m = &props.meeting;
    let terms = &props.terms;
    let hl = |text: &str| highlight(text, terms);
    let route = Route::Meeting { id: m.id.clone() };
    let heading_id = format!("card-{}", m.id);
    let extra: Vec<&str> = m
        .topics
        .iter()
        .chain(m.places.iter())
        .map(String::as_str)
        .collect();
    html! {
        <article class={classes!("card", m.status.slug())} aria-labelledby={heading_id.clone()} data-id={m.id.clone()}>
            <div class="card-top">
                <span class="where">
                    {super::place_mark::place_mark(m.place)}
                    <span class="org">{hl(&m.counterpart.organisation)}</span>
                    { if m.counterpart.organisation != m.place.name() {
                        html! { <span class="country">{" · "}{hl(m.place.name())}</span> }
                    } else { html! {} } }
                </span>
                {status_badge(m.status)}
            </div>
            <h3 id={heading_id}>
                // The list's query rides along in the history entry for "back to results";
                // it is read when the link is followed, so cards need not re-render on
                // every filter change.
                {app_link(&nav, route, "", Back::Keep, "", hl(&m.counterpart.name))}
            </h3>
            <p class="role">{hl(&m.counterpart.role)}</p>
            <p class="date">{date_html(m)}</p>
            <ul class="tags" role="list" aria-label="Sectors">
                { for m.sectors.iter().map(|&s| html! { <li class="tag" data-sector={d.sector(s).slug.clone()}>{d.sector(s).label.clone()}</li> }) }
            </ul>
            <p class="summary" elementtiming="meeting-card">{m.summary.clone()}</p>
            { if extra.is_empty() { html! {} } else { html! {
                <p class="topics"><span class="visually-hidden">{"Topics and places: "}</span>
                    // With nothing to mark, one text node rather than two per topic.
                    { if terms.is_empty() { html! { {extra.join(" · ")} } } else {
                        extra.iter().enumerate().map(|(i, t)| html! {
                            <>{ if i > 0 { " · " } else { "" } }{hl(t)}</>
                        }).collect::<Html>()
                    } }
                </p>
            } } }
            <div class="card-actions">
                <ShareButton path={format!("/meetings/{}/", m.id)} more={format!(" the meeting with {}", m.counterpart.name)} />
            </div>
        </article>
    }
}
