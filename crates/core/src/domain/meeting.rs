//! A visit, its meetings and the dataset that holds them.

use std::rc::Rc;

use super::{Date, Kind, Mode, Place, Sector, SectorDef, Status, Stop};
use crate::i18n::{self, t, Key};

/// Text a dataset holds: shared, so pages and components pass it on without
/// copying (Yew's `AttrValue` takes an `Rc<str>` as it is).
pub type Text = Rc<str>;

/// How a meeting's date is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateBasis {
    /// The source gives the date for this meeting.
    Stated,
    /// The source tells the meeting inside the account of a dated day.
    Context,
    /// Known only to have happened no later than the date.
    By,
    /// The source gives no date; the meeting carries none.
    NotStated,
}

impl DateBasis {
    pub const ALL: [DateBasis; 4] = [
        DateBasis::Stated,
        DateBasis::Context,
        DateBasis::By,
        DateBasis::NotStated,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            DateBasis::Stated => "stated",
            DateBasis::Context => "context",
            DateBasis::By => "by",
            DateBasis::NotStated => "not-stated",
        }
    }

    pub fn from_slug(slug: &str) -> Option<DateBasis> {
        DateBasis::ALL.into_iter().find(|b| b.slug() == slug)
    }

    /// How the source gives the date, as a sentence.
    pub fn explained(self) -> &'static str {
        match self {
            DateBasis::Stated => t(Key::BasisStated),
            DateBasis::Context => t(Key::BasisContext),
            DateBasis::By => t(Key::BasisBy),
            DateBasis::NotStated => t(Key::BasisNotStated),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Counterpart {
    pub name: Text,
    /// The role as the source gives it.
    pub role: Text,
    pub organisation: Text,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Figure {
    pub value: Text,
    pub about: Text,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Meeting {
    pub id: Text,
    pub status: Status,
    pub date: Option<Date>,
    pub date_basis: DateBasis,
    pub date_note: Text,
    pub counterpart: Counterpart,
    pub kind: Kind,
    /// Every country the meeting was with, in the dataset's order; `International`
    /// for an organisation, alone or beside a country that hosted it.
    pub countries: Vec<Place>,
    /// Index into the visit's stops.
    pub stop: usize,
    pub mode: Mode,
    pub sectors: Vec<Sector>,
    pub topics: Vec<Text>,
    pub places: Vec<Text>,
    pub figures: Vec<Figure>,
    /// Our own words, never the source's.
    pub summary: Text,
    /// The source paragraphs this record draws on; at least one.
    pub cites: Vec<Citation>,
    /// The earlier source that reported the meeting as planned, for one held later.
    pub announced: Option<Citation>,
    /// Words the search finds the meeting by besides its own: on a page in
    /// another language, the names as the dataset's default language writes
    /// them ("Guterres" on the Russian page). Never shown.
    pub also: Text,
}

/// Paragraphs of one source that a meeting draws on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Citation {
    /// Index into the dataset's sources.
    pub source: usize,
    /// 1-based paragraph numbers.
    pub paragraphs: Vec<u32>,
}

impl Meeting {
    /// "17 September 2023", "By 15 November 2022" or "Date not stated".
    pub fn date_label(&self) -> String {
        match (self.date, self.date_basis) {
            (Some(d), DateBasis::By) => i18n::fill(Key::DateBy, &[("date", &d.long())]),
            (Some(d), _) => d.long(),
            (None, _) => t(Key::DateNotStated).to_string(),
        }
    }

    /// The countries' names, joined: "Japan, South Korea".
    pub fn country_names(&self) -> String {
        self.countries
            .iter()
            .map(|p| p.name())
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// Who the counterpart answers to, in a line: "Citigroup · United States", or
    /// the countries alone where the organisation is empty or is the country.
    pub fn affiliation(&self) -> String {
        let countries = self.country_names();
        let org = &self.counterpart.organisation;
        if org.is_empty() || **org == *countries {
            countries
        } else {
            format!("{org} · {countries}")
        }
    }

    /// All the meeting page says of the date: the date, how the source gives it,
    /// and the dataset's note. Undated, "not stated" is said once: by the note
    /// where it begins so ("Not stated; during the visit."), else by the label.
    pub fn date_account(&self) -> String {
        let note = self.date_note.trim();
        let mut out = match self.date {
            Some(_) => i18n::sentence(&self.date_label()) + " " + self.date_basis.explained(),
            // Folded as the search folds, not by `to_lowercase`, whose Unicode
            // tables would cost the wasm about 10 KB.
            None if crate::filter::search::fold(note)
                .starts_with(&crate::filter::search::fold(t(Key::NotStatedNoteStart))) =>
            {
                return note.to_string();
            }
            None => i18n::sentence(t(Key::DateNotStated)),
        };
        if !note.is_empty() {
            out.push(' ');
            out.push_str(note);
        }
        out
    }
}

/// A published text the dataset's facts come from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source {
    /// Short id that citations use (`kazinform-2023-09-19`).
    pub id: String,
    pub publisher: Text,
    /// The headline, when the dataset records it.
    pub title: Option<Text>,
    pub url: Option<Text>,
    /// The day of publication, as the source dates it.
    pub published: Date,
    /// The moment of publication, when the dataset gives one
    /// (`2022-11-10T20:30:00-05:00`): it is compared with a meeting's local date
    /// in its stop's time zone.
    pub published_at: Option<Text>,
    /// How many paragraphs the source has; cited numbers must lie in 1..=paragraphs.
    pub paragraphs: u32,
}

/// Who made the trip.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Traveller {
    pub name: Text,
    pub role: Text,
    /// Home: the map marks it.
    pub country: Place,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Visit {
    pub id: String,
    pub title: Text,
    pub traveller: Traveller,
    /// One or more, in order.
    pub stops: Vec<Stop>,
    pub from: Date,
    pub to: Option<Date>,
    pub dates_note: Text,
    pub occasion: Text,
}

/// A validated visit. Meetings are in display order: dated ones by date,
/// then undated ones, each group in source order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dataset {
    pub visit: Visit,
    pub sources: Vec<Source>,
    /// The taxonomy; a [`Sector`] is an index into it.
    pub sectors: Vec<SectorDef>,
    pub meetings: Vec<Rc<Meeting>>,
    /// The texts shown in the dataset's default language on a page in another,
    /// for want of a translation (see [`Dataset::fallback`]).
    pub untranslated: Vec<Untranslated>,
}

/// A text with no translation into the page's language: which record
/// ("visit", "sectors" or "meetings", with the sector's slug or the meeting's
/// id) and which field ("summary", "counterpart/name", "topics/1").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Untranslated {
    pub record: Text,
    pub id: Text,
    pub field: Text,
}

impl Dataset {
    /// The language of a text that stayed in the dataset's default language
    /// for want of a translation, for its element's `lang`; `None` for a text
    /// in the page's own language.
    pub fn fallback(&self, record: &str, id: &str, field: &str) -> Option<&'static str> {
        self.untranslated
            .iter()
            .any(|u| &*u.record == record && &*u.id == id && &*u.field == field)
            .then(i18n::fallback)
    }

    /// [`Dataset::fallback`] for item `i` of a list field ("topics/1"), with no
    /// allocation when every text is in the page's language.
    pub fn fallback_item(
        &self,
        record: &str,
        id: &str,
        list: &str,
        i: usize,
    ) -> Option<&'static str> {
        if self.untranslated.is_empty() {
            return None;
        }
        self.fallback(record, id, &format!("{list}/{i}"))
    }

    pub fn sector(&self, s: Sector) -> &SectorDef {
        &self.sectors[s.index()]
    }

    /// Every sector of the taxonomy, in its declared order.
    pub fn sector_ids(&self) -> impl Iterator<Item = Sector> {
        (0..self.sectors.len() as u8).map(Sector)
    }

    /// The sources in one line: "Kazinform, 19 September 2023" for one;
    /// "18 reports by The White House and Kremlin, 10 November 2022 to 18 November
    /// 2022" for many (publishers most cited first, three at most named).
    pub fn sources_summary(&self) -> String {
        if let [one] = self.sources.as_slice() {
            return format!("{}, {}", one.publisher, one.published.long());
        }
        let mut by: Vec<(&str, usize)> = Vec::new();
        for s in &self.sources {
            match by.iter_mut().find(|(p, _)| *p == &*s.publisher) {
                Some((_, n)) => *n += 1,
                None => by.push((&s.publisher, 1)),
            }
        }
        // Most cited first; ties keep their first appearance. An insertion by hand:
        // the list is short, and a sort routine would cost the app bytes.
        for i in 1..by.len() {
            let mut j = i;
            while j > 0 && by[j - 1].1 < by[j].1 {
                by.swap(j - 1, j);
                j -= 1;
            }
        }
        let names: Vec<&str> = by.iter().take(3).map(|(p, _)| *p).collect();
        let publishers = if by.len() == names.len() {
            i18n::and_list(&names)
        } else {
            i18n::count(
                Key::AndMore,
                by.len() - names.len(),
                &[("shown", &names.join(", "))],
            )
        };
        let first = self.sources.iter().map(|s| s.published).min();
        let last = self.sources.iter().map(|s| s.published).max();
        let span = match (first, last) {
            (Some(a), Some(b)) if a == b => a.long(),
            (Some(a), Some(b)) => {
                i18n::fill(Key::StopDates, &[("from", &a.long()), ("to", &b.long())])
            }
            _ => String::new(),
        };
        i18n::count(
            Key::Reports,
            self.sources.len(),
            &[("publishers", &publishers), ("span", &span)],
        )
    }

    /// The trip's cities in order: "New York", or "Sharm el-Sheikh, Phnom Penh and Bali".
    pub fn cities(&self) -> String {
        let cities: Vec<&str> = self.visit.stops.iter().map(|s| &*s.city).collect();
        i18n::and_list(&cities)
    }

    /// The countries the trip stopped in, each once, in order.
    pub fn visited(&self) -> Vec<Place> {
        let mut out: Vec<Place> = Vec::new();
        for p in self.visit.stops.iter().filter_map(|s| s.country) {
            if !out.contains(&p) {
                out.push(p);
            }
        }
        out
    }

    /// The stop a meeting was at.
    pub fn stop_of(&self, m: &Meeting) -> &Stop {
        &self.visit.stops[m.stop]
    }

    /// "Kazinform, published 19 September 2023, paragraphs 2, 3."
    pub fn citation_line(&self, c: &Citation) -> String {
        let s = &self.sources[c.source];
        let numbers: Vec<String> = c.paragraphs.iter().map(u32::to_string).collect();
        let title = s
            .title
            .as_deref()
            .map(|t| format!(", {}", i18n::quoted(t)))
            .unwrap_or_default();
        i18n::count(
            Key::Citation,
            numbers.len(),
            &[
                ("publisher", &s.publisher),
                ("title", &title),
                ("date", &s.published.long()),
                ("paragraphs", &numbers.join(", ")),
            ],
        )
    }

    pub fn sector_by_slug(&self, slug: &str) -> Option<Sector> {
        self.sectors
            .iter()
            .position(|s| &*s.slug == slug)
            .map(|i| Sector(i as u8))
    }

    pub fn meeting(&self, id: &str) -> Option<&Rc<Meeting>> {
        self.meetings.iter().find(|m| &*m.id == id)
    }

    /// The meeting whose id matches `id` in any letter case (ids are lower-case).
    pub fn meeting_ignoring_case(&self, id: &str) -> Option<&Rc<Meeting>> {
        self.meetings.iter().find(|m| m.id.eq_ignore_ascii_case(id))
    }

    /// The meetings before and after `id` in display order.
    pub fn neighbours(&self, id: &str) -> (Option<&Rc<Meeting>>, Option<&Rc<Meeting>>) {
        neighbours_in(&self.meetings, id)
    }
}

/// The meetings before and after `id` in `list` (a view's meetings, in its order).
pub fn neighbours_in<'a>(
    list: &'a [Rc<Meeting>],
    id: &str,
) -> (Option<&'a Rc<Meeting>>, Option<&'a Rc<Meeting>>) {
    match list.iter().position(|m| &*m.id == id) {
        Some(i) => (i.checked_sub(1).map(|p| &list[p]), list.get(i + 1)),
        None => (None, None),
    }
}
