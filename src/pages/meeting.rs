//! One meeting's own page: every field, the source citation, and its neighbours
//! in the view the reader came from.

use std::rc::Rc;

use yew::prelude::*;

use super::not_found::not_found_view;
use crate::components::card::{push_badge, push_date, push_mode, push_place_mark};
use crate::components::share_button::ShareButton;
use crate::hooks::use_title;
use crate::routing::{app_link, use_site, Link, Site, View};
use visit_core::domain::{neighbours_in, Meeting, Status};
use visit_core::page::{title, Page};

#[derive(Properties, PartialEq)]
pub struct MeetingPageProps {
    pub id: AttrValue,
    /// The explorer view the reader came from, if any.
    pub back: Option<Rc<View>>,
}

/// A list field: its items, or "None given".
fn items(list: &[Rc<str>]) -> Html {
    if list.is_empty() {
        return html! {"None given"};
    }
    html! { <ul>{ for list.iter().map(|t| html! { <li>{AttrValue::from(t.clone())}</li> }) }</ul> }
}

/// Where a meeting was: its stop's city, country and dates.
fn where_held(s: &visit_core::domain::Stop) -> String {
    format!(
        "{}, {}",
        s.city,
        crate::components::itinerary::stop_detail(s)
    )
}

/// "By Kazinform on 10 November 2022 (paragraph 2); held 14 November 2022."
fn announced_line(
    d: &visit_core::domain::Dataset,
    a: &visit_core::domain::Citation,
    m: &Meeting,
) -> String {
    let s = &d.sources[a.source];
    let numbers: Vec<String> = a.paragraphs.iter().map(u32::to_string).collect();
    let held = match (m.date, m.date_basis) {
        (Some(day), visit_core::domain::DateBasis::By) => format!("; held by {}", day.long()),
        (Some(day), _) => format!("; held {}", day.long()),
        (None, _) => String::new(),
    };
    format!(
        "By {} on {} (paragraph{} {}){held}.",
        s.publisher,
        s.published.long(),
        if numbers.len() == 1 { "" } else { "s" },
        numbers.join(", ")
    )
}

#[component]
pub fn MeetingPage(props: &MeetingPageProps) -> Html {
    let Site { catalog, nav, .. } = use_site();
    let dataset = &catalog.dataset;
    let meeting = dataset.meeting(&props.id).cloned();
    use_title(match &meeting {
        Some(m) => title(dataset, Page::Meeting(m)),
        None => title(dataset, Page::NotFound),
    });
    // Previous and next walk the view the reader came from (every meeting when
    // they came straight here).
    let list = use_memo(
        (catalog.clone(), props.back.clone()),
        |(c, back)| match back {
            Some(v) => c.select(&v.state),
            None => c.meetings().to_vec(),
        },
    );
    let Some(m) = meeting else {
        return not_found_view(&nav);
    };
    let (prev, next) = neighbours_in(&list, &m.id);
    let neighbour = |n: Option<&Rc<Meeting>>, rel: &'static str, label: &'static str| match n {
        Some(n) => app_link(
            &nav,
            Link::Meeting(n.id.clone().into()),
            rel,
            html! {
                <>
                    <span class="nav-label">{label}</span>
                    <span class="nav-name">{AttrValue::from(n.counterpart.name.clone())}</span>
                </>
            },
            &NodeRef::default(),
        ),
        None => html! { <span class={classes!(rel, "none")}></span> },
    };
    let back_label = if props.back.as_ref().is_some_and(|v| !v.state.is_empty()) {
        "← Back to results"
    } else {
        "← All meetings"
    };
    let head = {
        let mut o = String::from("<p class=\"where\">");
        for &p in &m.countries {
            push_place_mark(&mut o, p);
        }
        visit_core::html::escape_into(&mut o, &m.affiliation());
        o.push_str("</p>");
        Html::from_html_unchecked(AttrValue::from(o))
    };
    let meta = {
        let mut o = String::from("<p class=\"meta\">");
        push_badge(&mut o, m.status);
        o.push(' ');
        push_mode(&mut o, &m);
        push_date(&mut o, &m);
        o.push_str("</p>");
        Html::from_html_unchecked(AttrValue::from(o))
    };
    html! {
        <article class="meeting-page" aria-labelledby="meeting-h">
            <nav class="crumbs" aria-label="Back">{app_link(&nav, Link::Back, "back", html! {back_label}, &NodeRef::default())}</nav>
            <header class="meeting-head">
                {head}
                <h1 id="meeting-h">{AttrValue::from(m.counterpart.name.clone())}</h1>
                <p class="role">{AttrValue::from(m.counterpart.role.clone())}</p>
                {meta}
            </header>
            <p class="summary lead">{AttrValue::from(m.summary.clone())}</p>
            <dl class="facts">
                <dt>{"Kind of counterpart"}</dt><dd>{m.kind.label()}</dd>
                <dt>{if m.countries.len() == 1 { "Country" } else { "Countries" }}</dt><dd>{m.country_names()}</dd>
                <dt>{"Where"}</dt><dd>{where_held(dataset.stop_of(&m))}</dd>
                <dt>{"How"}</dt><dd>{m.mode.label()}</dd>
                <dt>{"Date"}</dt><dd>{m.date_account()}</dd>
                <dt>{"Status"}</dt><dd>{if m.status == Status::Held { "Held" } else { "Planned: reported as expected, not yet held" }}</dd>
                { match &m.announced { Some(a) => html! { <>
                    <dt>{"Announced"}</dt><dd>{announced_line(dataset, a, &m)}</dd>
                </> }, None => html! {} } }
                <dt>{"Sectors"}</dt>
                <dd><ul class="tags" role="list">{ for m.sectors.iter().map(|&s| {
                    let def = dataset.sector(s);
                    html! { <li class="tag" data-sector={AttrValue::from(def.slug.clone())} title={AttrValue::from(def.definition.clone())}>{AttrValue::from(def.label.clone())}</li> }
                }) }</ul></dd>
                <dt>{"Topics"}</dt><dd>{items(&m.topics)}</dd>
                <dt>{"Places mentioned"}</dt><dd>{items(&m.places)}</dd>
                <dt>{"Figures"}</dt>
                <dd>{ if m.figures.is_empty() { html! {"None given"} } else { html! { <ul>{ for m.figures.iter().map(|f| html! {
                    <li><strong>{AttrValue::from(f.value.clone())}</strong>{": "}{AttrValue::from(f.about.clone())}</li>
                }) }</ul> } } }</dd>
                <dt>{if m.cites.len() == 1 { "Source cited" } else { "Sources cited" }}</dt>
                <dd class="citation">{ for m.cites.iter().map(|c| {
                    let link = dataset.sources[c.source].url.clone().map(|href| html! {
                        <>{" "}<a href={AttrValue::from(href)} rel="noopener">{"Read the source"}</a></>
                    });
                    html! { <span class="cite">{dataset.citation_line(c)}{link.unwrap_or_default()}</span> }
                }) }</dd>
            </dl>
            <div class="card-actions">
                <ShareButton path={Some(AttrValue::from(format!("/meetings/{}/", m.id)))} text="Share this meeting" />
            </div>
            <nav class="pager" aria-label="Other meetings">
                {neighbour(prev, "prev", "← Previous")}
                {neighbour(next, "next", "Next →")}
            </nav>
        </article>
    }
}
