//! One meeting's own page: every field, the source citation, and its neighbours
//! in the view the reader came from.

use std::rc::Rc;
use visit_core::i18n::{t, Key};

use yew::prelude::*;

use super::not_found::not_found_view;
use crate::components::share_button::ShareButton;
use crate::routing::{app_link, use_site, Link, Site, View};
use visit_core::domain::{neighbours_in, Meeting};

#[derive(Properties, PartialEq)]
pub struct MeetingPageProps {
    pub id: AttrValue,
    /// The explorer view the reader came from, if any.
    pub back: Option<Rc<View>>,
}

#[component]
pub fn MeetingPage(props: &MeetingPageProps) -> Html {
    let Site { catalog, nav, .. } = use_site();
    let dataset = &catalog.dataset;
    let meeting = dataset.meeting(&props.id).cloned();
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
    // Made once per meeting: a re-render for a share or a neighbour leaves it be.
    let body = use_memo((catalog.clone(), m.clone()), |(c, m)| {
        let d = &c.dataset;
        (
            Html::from_html_unchecked(AttrValue::from(super::meeting_facts::head(d, m))),
            Html::from_html_unchecked(AttrValue::from(super::meeting_facts::facts(d, m))),
        )
    });
    html! {
        <article class="meeting-page" aria-labelledby="meeting-h">
            <nav class="crumbs" aria-label={t(Key::Back)}>{app_link(&nav, Link::Back, "back", html! {back_label}, &NodeRef::default())}</nav>
            {body.0.clone()}
            {body.1.clone()}
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
