//! One meeting's own page: every field, the source citation, and its neighbours
//! in the view the reader came from.

use std::rc::Rc;
use visit_core::i18n::{self, t, Key};

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
/// A list of texts, each `lang` marked if it stayed in the dataset's default
/// language (`lang_of` its index).
fn items(list: &[Rc<str>], lang_of: impl Fn(usize) -> Option<&'static str>) -> Html {
    if list.is_empty() {
        return html! {t(Key::NoneGiven)};
    }
    html! { <ul>{ for list.iter().enumerate().map(|(i, t)| html! { <li lang={lang_of(i)}>{AttrValue::from(t.clone())}</li> }) }</ul> }
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
        (Some(day), visit_core::domain::DateBasis::By) => {
            i18n::fill(Key::HeldBy, &[("date", &day.long())])
        }
        (Some(day), _) => i18n::fill(Key::HeldOn, &[("date", &day.long())]),
        (None, _) => String::new(),
    };
    i18n::count(
        Key::AnnouncedLine,
        numbers.len(),
        &[
            ("publisher", &s.publisher),
            ("date", &s.published.long()),
            ("paragraphs", &numbers.join(", ")),
            ("held", &held),
        ],
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
        t(Key::BackToResults)
    } else {
        t(Key::AllMeetings)
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
    let of = |field: &str| dataset.fallback("meetings", &m.id, field);
    html! {
        <article class="meeting-page" aria-labelledby="meeting-h">
            <nav class="crumbs" aria-label={t(Key::Back)}>{app_link(&nav, Link::Back, "back", html! {back_label}, &NodeRef::default())}</nav>
            <header class="meeting-head">
                {head}
                <h1 id="meeting-h" lang={of("counterpart/name")}>{AttrValue::from(m.counterpart.name.clone())}</h1>
                <p class="role" lang={of("counterpart/role")}>{AttrValue::from(m.counterpart.role.clone())}</p>
                {meta}
            </header>
            <p class="summary lead" lang={of("summary")}>{AttrValue::from(m.summary.clone())}</p>
            <dl class="facts">
                <dt>{t(Key::KindOfCounterpart)}</dt><dd>{m.kind.label()}</dd>
                <dt>{t(if m.countries.len() == 1 { Key::Country } else { Key::Countries })}</dt><dd>{m.country_names()}</dd>
                <dt>{t(Key::Where)}</dt><dd>{where_held(dataset.stop_of(&m))}</dd>
                <dt>{t(Key::How)}</dt><dd>{m.mode.label()}</dd>
                <dt>{t(Key::Date)}</dt><dd>{m.date_account()}</dd>
                <dt>{t(Key::Status)}</dt><dd>{t(if m.status == Status::Held { Key::HeldLong } else { Key::PlannedLong })}</dd>
                { match &m.announced { Some(a) => html! { <>
                    <dt>{t(Key::Announced)}</dt><dd>{announced_line(dataset, a, &m)}</dd>
                </> }, None => html! {} } }
                <dt>{t(Key::Sectors)}</dt>
                <dd><ul class="tags" role="list">{ for m.sectors.iter().map(|&s| {
                    let def = dataset.sector(s);
                    html! { <li class="tag" data-sector={AttrValue::from(def.slug.clone())} lang={dataset.fallback("sectors", &def.slug, "label")} title={AttrValue::from(def.definition.clone())}>{AttrValue::from(def.label.clone())}</li> }
                }) }</ul></dd>
                <dt>{t(Key::Topics)}</dt><dd>{items(&m.topics, |i| of(&format!("topics/{i}")))}</dd>
                <dt>{t(Key::PlacesMentioned)}</dt><dd>{items(&m.places, |i| of(&format!("places/{i}")))}</dd>
                <dt>{t(Key::Figures)}</dt>
                <dd>{ if m.figures.is_empty() { html! {t(Key::NoneGiven)} } else { html! { <ul>{ for m.figures.iter().enumerate().map(|(i, f)| html! {
                    <li lang={of(&format!("figures/{i}/about"))}><strong>{AttrValue::from(f.value.clone())}</strong>{": "}{AttrValue::from(f.about.clone())}</li>
                }) }</ul> } } }</dd>
                <dt>{t(if m.cites.len() == 1 { Key::SourceCited } else { Key::SourcesCited })}</dt>
                <dd class="citation">{ for m.cites.iter().map(|c| {
                    let link = dataset.sources[c.source].url.clone().map(|href| html! {
                        <>{" "}<a href={AttrValue::from(href)} rel="noopener">{t(Key::ReadSource)}</a></>
                    });
                    html! { <span class="cite">{dataset.citation_line(c)}{link.unwrap_or_default()}</span> }
                }) }</dd>
            </dl>
            <div class="card-actions">
                <ShareButton path={Some(AttrValue::from(format!("/meetings/{}/", m.id)))} text={t(Key::ShareMeeting)} />
            </div>
            <nav class="pager" aria-label={t(Key::OtherMeetings)}>
                {neighbour(prev, "prev", t(Key::Previous))}
                {neighbour(next, "next", t(Key::Next))}
            </nav>
        </article>
    }
}
