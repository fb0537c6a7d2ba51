//! One meeting as a card in the results. The card's text is one fragment of
//! markup, made in Rust with every data string escaped: the browser parses it in
//! one go, where building it node by node took about a hundred calls into
//! JavaScript per card. Its heading link is followed by the results list's one
//! click handler; its share button is a component of its own.

use visit_core::i18n::{self, t, Key};
use yew::prelude::*;

use super::share_button::ShareButton;
use visit_core::domain::{Dataset, Meeting, Mode, Place, Status};
use visit_core::filter::search::highlight_ranges;
use visit_core::html::escape_into;

/// The card's status badge, as markup.
pub fn push_badge(out: &mut String, status: Status) {
    out.push_str("<span class=\"badge ");
    out.push_str(status.slug());
    out.push_str("\">");
    out.push_str(status.label());
    out.push_str("</span>");
}

/// A small mark before a country's name: its ISO code as text, or the flag emoji
/// where the system draws flags in colour (the page's script checks and sets
/// `html.flags`). Either way no empty box shows. Decoration only: the country's
/// name is always written beside it.
pub fn push_place_mark(out: &mut String, place: Place) {
    let code = match place {
        Place::Country(c) => c.code,
        Place::International => t(Key::InternationalMark),
    };
    out.push_str("<span class=\"iso\" aria-hidden=\"true\">");
    out.push_str(code);
    out.push_str("</span><span class=\"flag\" aria-hidden=\"true\">");
    out.push_str(&place.flag());
    out.push_str("</span>");
}

/// ` lang="…"` for a text left in the dataset's default language (`lang` from
/// [`Dataset::fallback`]); nothing for one in the page's own.
pub fn push_lang(out: &mut String, lang: Option<&str>) {
    if let Some(l) = lang {
        out.push_str(" lang=\"");
        escape_into(out, l);
        out.push('"');
    }
}

/// `text`, escaped, with each match of the folded search `terms` in a `<mark>`.
pub fn push_marked(out: &mut String, text: &str, terms: &[String]) {
    let mut at = 0;
    for r in highlight_ranges(text, terms) {
        escape_into(out, &text[at..r.start]);
        out.push_str("<mark>");
        escape_into(out, &text[r.clone()]);
        out.push_str("</mark>");
        at = r.end;
    }
    escape_into(out, &text[at..]);
}

/// The date as markup: a `<time>` ("By 15 November 2022" for a date known only
/// as the latest it can be), or "Date not stated".
pub fn push_date(out: &mut String, m: &Meeting) {
    match m.date {
        Some(d) => {
            out.push_str("<time datetime=\"");
            out.push_str(&d.to_string());
            out.push_str("\">");
            out.push_str(&m.date_label());
            out.push_str("</time>");
        }
        None => {
            out.push_str("<span class=\"undated\">");
            out.push_str(t(Key::DateNotStated));
            out.push_str("</span>");
        }
    }
}

/// How a meeting was held, as a badge, when not in person ("By phone").
pub fn push_mode(out: &mut String, m: &Meeting) {
    if m.mode != Mode::InPerson {
        out.push_str("<span class=\"badge mode\">");
        out.push_str(m.mode.label());
        out.push_str("</span>");
    }
}

/// Everything a card shows above its actions: where and with whom, status, date,
/// sectors, summary, topics and places. `href` is the meeting's own page.
pub fn card_body(d: &Dataset, m: &Meeting, href: &str, terms: &[String]) -> String {
    let mut o = String::with_capacity(1024);
    let org = &m.counterpart.organisation;
    let countries = m.country_names();
    o.push_str("<div class=\"card-body\"><div class=\"card-top\"><span class=\"where\">");
    for &p in &m.countries {
        push_place_mark(&mut o, p);
    }
    let of = |field: &str| d.fallback("meetings", &m.id, field);
    o.push_str("<span class=\"org\"");
    push_lang(&mut o, of("counterpart/organisation"));
    o.push('>');
    push_marked(&mut o, org, terms);
    o.push_str("</span>");
    if **org != *countries {
        o.push_str("<span class=\"country\"> · ");
        push_marked(&mut o, &countries, terms);
        o.push_str("</span>");
    }
    // On a trip of several stops, which one.
    if d.visit.stops.len() > 1 {
        let stop = d.stop_of(m);
        o.push_str("<span class=\"stop\"");
        push_lang(&mut o, d.fallback("stops", &stop.id, "city"));
        o.push_str("> · ");
        push_marked(&mut o, &stop.city, terms);
        o.push_str("</span>");
    }
    o.push_str("</span><span class=\"badges\">");
    push_mode(&mut o, m);
    push_badge(&mut o, m.status);
    o.push_str("</span>");
    o.push_str("</div><h3 id=\"card-");
    escape_into(&mut o, &m.id);
    o.push('"');
    push_lang(&mut o, of("counterpart/name"));
    o.push_str("><a href=\"");
    escape_into(&mut o, href);
    o.push_str("\">");
    push_marked(&mut o, &m.counterpart.name, terms);
    o.push_str("</a></h3><p class=\"role\"");
    push_lang(&mut o, of("counterpart/role"));
    o.push('>');
    push_marked(&mut o, &m.counterpart.role, terms);
    o.push_str("</p><p class=\"date\">");
    push_date(&mut o, m);
    o.push_str("</p><ul class=\"tags\" role=\"list\" aria-label=\"");
    escape_into(&mut o, t(Key::Sectors));
    o.push_str("\">");
    for &s in &m.sectors {
        let def = d.sector(s);
        o.push_str("<li class=\"tag\" data-sector=\"");
        escape_into(&mut o, &def.slug);
        o.push('"');
        push_lang(&mut o, d.fallback("sectors", &def.slug, "label"));
        o.push('>');
        escape_into(&mut o, &def.label);
        o.push_str("</li>");
    }
    o.push_str("</ul><p class=\"summary\" elementtiming=\"meeting-card\"");
    push_lang(&mut o, of("summary"));
    o.push('>');
    escape_into(&mut o, &m.summary);
    o.push_str("</p>");
    let extra: Vec<(&str, Option<&str>)> = (m.topics.iter().enumerate())
        .map(|(i, t)| (&**t, d.fallback_item("meetings", &m.id, "topics", i)))
        .chain(
            (m.places.iter().enumerate())
                .map(|(i, t)| (&**t, d.fallback_item("meetings", &m.id, "places", i))),
        )
        .collect();
    if !extra.is_empty() {
        o.push_str("<p class=\"topics\"><span class=\"visually-hidden\">");
        escape_into(&mut o, t(Key::TopicsAndPlaces));
        o.push_str(" </span>");
        for (i, &(t, lang)) in extra.iter().enumerate() {
            if i > 0 {
                o.push_str(" · ");
            }
            if lang.is_some() {
                o.push_str("<span");
                push_lang(&mut o, lang);
                o.push('>');
                push_marked(&mut o, t, terms);
                o.push_str("</span>");
            } else {
                push_marked(&mut o, t, terms);
            }
        }
        o.push_str("</p>");
    }
    o.push_str("</div>");
    o
}

/// What a card shows besides its text, made once per meeting.
#[derive(Clone, Debug, PartialEq)]
pub struct CardFrame {
    pub id: AttrValue,
    pub class: Classes,
    /// The heading's id, which names the card.
    pub heading: AttrValue,
    /// The meeting's page, within the site.
    pub path: AttrValue,
    /// What completes the share button's name for screen readers.
    pub share_more: AttrValue,
}

impl CardFrame {
    pub fn of(m: &Meeting) -> CardFrame {
        CardFrame {
            id: AttrValue::from(m.id.clone()),
            class: classes!("card", m.status.slug()),
            heading: AttrValue::from(format!("card-{}", m.id)),
            path: AttrValue::from(format!("/meetings/{}/", m.id)),
            share_more: AttrValue::from(format!(
                " {}",
                i18n::fill(Key::ShareMeetingWith, &[("name", &m.counterpart.name)])
            )),
        }
    }
}

/// One card: its text (a fragment from [`card_body`]) and its share button. The
/// refs are the article's and the actions' (see `use_refs`).
pub fn card(frame: &CardFrame, body: Html, r: &[NodeRef]) -> Html {
    html! {
        <article ref={r[0].clone()} class={frame.class.clone()} aria-labelledby={frame.heading.clone()} data-id={frame.id.clone()}>
            {body}
            <div ref={r[1].clone()} class="card-actions">
                <ShareButton path={Some(frame.path.clone())} more={frame.share_more.clone()} />
            </div>
        </article>
    }
}
