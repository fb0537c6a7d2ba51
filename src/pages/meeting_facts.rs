//! What a meeting's page says of it, as markup made in Rust with every data
//! string escaped, as the cards are: its heading, summary and list of facts.
//! Made once per meeting; Yew's markup for the same DOM cost the wasm several
//! kilobytes.

use visit_core::domain::{Citation, Dataset, DateBasis, Meeting, Status};
use visit_core::html::escape_into;
use visit_core::i18n::{self, t, Key};

use crate::components::card::{push_badge, push_date, push_lang, push_mode, push_place_mark};

/// `<tag class="class" lang="…">text</tag>`, `lang` only for a text left in the
/// dataset's default language.
fn push_text(o: &mut String, tag: &str, attrs: &str, lang: Option<&str>, text: &str) {
    o.push('<');
    o.push_str(tag);
    o.push_str(attrs);
    push_lang(o, lang);
    o.push('>');
    escape_into(o, text);
    o.push_str("</");
    o.push_str(tag);
    o.push('>');
}

/// One term and its description: `<dt>term</dt><dd>` then `body`, then `</dd>`.
fn push_fact(o: &mut String, term: Key, body: impl FnOnce(&mut String)) {
    o.push_str("<dt>");
    escape_into(o, t(term));
    o.push_str("</dt><dd>");
    body(o);
    o.push_str("</dd>");
}

/// A list field: its items, each `lang` marked if it stayed in the default
/// language, or "None given".
fn push_items(
    o: &mut String,
    list: &[std::rc::Rc<str>],
    lang_of: impl Fn(usize) -> Option<&'static str>,
) {
    if list.is_empty() {
        escape_into(o, t(Key::NoneGiven));
        return;
    }
    o.push_str("<ul>");
    for (i, item) in list.iter().enumerate() {
        push_text(o, "li", "", lang_of(i), item);
    }
    o.push_str("</ul>");
}

/// "By Kazinform on 10 November 2022 (paragraph 2); held 14 November 2022."
fn announced_line(d: &Dataset, a: &Citation, m: &Meeting) -> String {
    let s = &d.sources[a.source];
    let numbers: Vec<String> = a.paragraphs.iter().map(u32::to_string).collect();
    let held = match (m.date, m.date_basis) {
        (Some(day), DateBasis::By) => i18n::fill(Key::HeldBy, &[("date", &day.long())]),
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

/// The page's header: where, with whom, their role, status and date.
pub fn head(d: &Dataset, m: &Meeting) -> String {
    let of = |field: &str| d.fallback("meetings", &m.id, field);
    let mut o = String::from("<header class=\"meeting-head\"><p class=\"where\">");
    for &p in &m.countries {
        push_place_mark(&mut o, p);
    }
    escape_into(&mut o, &m.affiliation());
    o.push_str("</p>");
    push_text(
        &mut o,
        "h1",
        " id=\"meeting-h\"",
        of("counterpart/name"),
        &m.counterpart.name,
    );
    push_text(
        &mut o,
        "p",
        " class=\"role\"",
        of("counterpart/role"),
        &m.counterpart.role,
    );
    o.push_str("<p class=\"meta\">");
    push_badge(&mut o, m.status);
    o.push(' ');
    push_mode(&mut o, m);
    push_date(&mut o, m);
    o.push_str("</p></header>");
    o
}

/// The summary, then every fact of the meeting as a description list.
pub fn facts(d: &Dataset, m: &Meeting) -> String {
    let of = |field: &str| d.fallback("meetings", &m.id, field);
    let mut o = String::with_capacity(2048);
    push_text(
        &mut o,
        "p",
        " class=\"summary lead\"",
        of("summary"),
        &m.summary,
    );
    o.push_str("<dl class=\"facts\">");
    push_fact(&mut o, Key::KindOfCounterpart, |o| {
        escape_into(o, m.kind.label())
    });
    let country = if m.countries.len() == 1 {
        Key::Country
    } else {
        Key::Countries
    };
    push_fact(&mut o, country, |o| escape_into(o, &m.country_names()));
    push_fact(&mut o, Key::Where, |o| {
        let s = d.stop_of(m);
        match d.fallback("stops", &s.id, "city") {
            Some(lang) => push_text(o, "span", "", Some(lang), &s.city),
            None => escape_into(o, &s.city),
        }
        o.push_str(", ");
        escape_into(o, &crate::components::itinerary::stop_detail(s));
    });
    push_fact(&mut o, Key::How, |o| escape_into(o, m.mode.label()));
    push_fact(&mut o, Key::Date, |o| escape_into(o, &m.date_account()));
    push_fact(&mut o, Key::Status, |o| {
        let status = if m.status == Status::Held {
            Key::HeldLong
        } else {
            Key::PlannedLong
        };
        escape_into(o, t(status));
    });
    if let Some(a) = &m.announced {
        push_fact(&mut o, Key::Announced, |o| {
            escape_into(o, &announced_line(d, a, m))
        });
    }
    push_fact(&mut o, Key::Sectors, |o| {
        o.push_str("<ul class=\"tags\" role=\"list\">");
        for &s in &m.sectors {
            let def = d.sector(s);
            o.push_str("<li class=\"tag\" data-sector=\"");
            escape_into(o, &def.slug);
            o.push_str("\" title=\"");
            escape_into(o, &def.definition);
            o.push('"');
            push_lang(o, d.fallback("sectors", &def.slug, "label"));
            o.push('>');
            escape_into(o, &def.label);
            o.push_str("</li>");
        }
        o.push_str("</ul>");
    });
    push_fact(&mut o, Key::Topics, |o| {
        push_items(o, &m.topics, |i| {
            d.fallback_item("meetings", &m.id, "topics", i)
        });
    });
    push_fact(&mut o, Key::PlacesMentioned, |o| {
        push_items(o, &m.places, |i| {
            d.fallback_item("meetings", &m.id, "places", i)
        });
    });
    push_fact(&mut o, Key::Figures, |o| {
        if m.figures.is_empty() {
            escape_into(o, t(Key::NoneGiven));
            return;
        }
        o.push_str("<ul>");
        for (i, f) in m.figures.iter().enumerate() {
            o.push_str("<li");
            push_lang(o, of(&format!("figures/{i}/about")));
            o.push_str("><strong>");
            escape_into(o, &f.value);
            o.push_str("</strong>: ");
            escape_into(o, &f.about);
            o.push_str("</li>");
        }
        o.push_str("</ul>");
    });
    let cited = if m.cites.len() == 1 {
        Key::SourceCited
    } else {
        Key::SourcesCited
    };
    o.push_str("<dt>");
    escape_into(&mut o, t(cited));
    o.push_str("</dt><dd class=\"citation\">");
    for c in &m.cites {
        o.push_str("<span class=\"cite\">");
        escape_into(&mut o, &d.citation_line(c));
        if let Some(href) = &d.sources[c.source].url {
            o.push_str(" <a href=\"");
            escape_into(&mut o, href);
            o.push_str("\" rel=\"noopener\">");
            escape_into(&mut o, t(Key::ReadSource));
            o.push_str("</a>");
        }
        o.push_str("</span>");
    }
    o.push_str("</dd></dl>");
    o
}
