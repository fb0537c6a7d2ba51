//! One meeting as a card in the results list.

use std::rc::Rc;

use yew::prelude::*;
use yew_router::prelude::*;

use super::highlight::highlight;
use super::share_button::ShareButton;
use crate::domain::{Meeting, Status};
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct MeetingCardProps {
    pub meeting: Rc<Meeting>,
    /// Folded search terms, for highlighting.
    pub terms: Rc<Vec<String>>,
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
    let m = &props.meeting;
    let terms = &props.terms;
    let hl = |text: &str| highlight(text, terms);
    let route = Route::Meeting { id: m.id.clone() };
    let navigator = use_navigator();
    let href = format!(
        "{}{}",
        navigator.as_ref().and_then(|n| n.basename()).unwrap_or(""),
        route.to_path()
    );
    // The list's query rides along in the history state for "back to results". It is
    // read when the link is followed, so the card need not re-render on every filter change.
    let onclick = Callback::from(move |e: MouseEvent| {
        if let Some(nav) = &navigator {
            if super::is_plain_click(&e) {
                e.prevent_default();
                let query = gloo::utils::window()
                    .location()
                    .search()
                    .unwrap_or_default();
                nav.push_with_state(&route, query.trim_start_matches('?').to_string());
            }
        }
    });
    let heading_id = format!("card-{}", m.id);
    let extra: Vec<&String> = m.topics.iter().chain(m.places.iter()).collect();
    html! {
        <article class={classes!("card", m.status.slug())} aria-labelledby={heading_id.clone()} data-id={m.id.clone()}>
            <div class="card-top">
                <span class="where">
                    <span class="flag" aria-hidden="true">{m.place.flag()}</span>
                    <span class="org">{hl(&m.counterpart.organisation)}</span>
                    { if m.counterpart.organisation != m.place.name() {
                        html! { <span class="country">{" · "}{hl(m.place.name())}</span> }
                    } else { html! {} } }
                </span>
                {status_badge(m.status)}
            </div>
            <h3 id={heading_id}>
                <a {href} {onclick}>{hl(&m.counterpart.name)}</a>
            </h3>
            <p class="role">{hl(&m.counterpart.role)}</p>
            <p class="date">{date_html(m)}</p>
            <ul class="tags" role="list" aria-label="Sectors">
                { for m.sectors.iter().map(|s| html! { <li class={classes!("tag", s.slug())}>{s.label()}</li> }) }
            </ul>
            <p class="summary" elementtiming="meeting-card">{m.summary.clone()}</p>
            { if extra.is_empty() { html! {} } else { html! {
                <p class="topics"><span class="visually-hidden">{"Topics and places: "}</span>
                    { for extra.iter().enumerate().map(|(i, t)| html! {
                        <>{ if i > 0 { " · " } else { "" } }{hl(t)}</>
                    }) }
                </p>
            } } }
            <div class="card-actions">
                <ShareButton path={format!("/meetings/{}/", m.id)} label={format!("Share link to the meeting with {}", m.counterpart.name)} />
            </div>
        </article>
    }
}
