//! The dataset as a pack: one text file that the build writes beside the pages
//! and the app reads at start-up, so the app itself holds no dataset and one
//! build of it serves any visit. Fields follow each other in a fixed order,
//! separated by U+0001, which validation keeps out of every text; lists are
//! preceded by their length. [`write`](fn@write) and [`read`] are each other's inverse
//! (`tests/pack.rs` checks both directions).

use std::rc::Rc;

use crate::domain::{
    Citation, Counterpart, Country, Dataset, Date, DateBasis, Figure, Kind, Meeting, Mode, Place,
    Sector, SectorDef, Source, Status, Stop, Text, Traveller, Untranslated, Visit,
};
use crate::i18n::Locale;

/// What separates fields.
pub const SEP: char = '\u{1}';
/// What a pack starts with: its own format's version.
const MAGIC: &str = "visit-explorer-pack-4";

/// What the app reads from a pack.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pack {
    pub dataset: Dataset,
    /// The file name of the dataset's map image (see [`crate::map::image`]).
    pub map: Text,
    /// The file name of the dataset's export pieces (see [`crate::export::pieces`]).
    pub exports: Text,
    /// The interface's language: its texts, plural rule, number symbols and
    /// the dataset's dates (see [`crate::i18n`]).
    pub locale: Locale,
}

struct Out(String);

impl Out {
    fn put(&mut self, field: &str) {
        if !self.0.is_empty() {
            self.0.push(SEP);
        }
        self.0.push_str(field);
    }
    fn num(&mut self, n: usize) {
        self.put(&n.to_string());
    }
    fn opt(&mut self, field: Option<&str>) {
        self.put(field.unwrap_or(""));
    }
    fn date(&mut self, d: Option<Date>) {
        self.put(&d.map(|d| d.to_string()).unwrap_or_default());
    }
    fn list<T>(&mut self, items: &[T], mut each: impl FnMut(&mut Out, &T)) {
        self.num(items.len());
        for item in items {
            each(self, item);
        }
    }
    fn texts(&mut self, items: &[Text]) {
        self.list(items, |o, t| o.put(t));
    }
    fn cite(&mut self, c: &Citation) {
        self.num(c.source);
        self.list(&c.paragraphs, |o, p| o.num(*p as usize));
    }
}

/// The pack of a validated dataset in the language of `locale`, with the names
/// of its map image and export pieces.
pub fn write(d: &Dataset, map: &str, exports: &str, locale: &Locale) -> String {
    let mut o = Out(String::new());
    o.put(MAGIC);
    o.put(map);
    o.put(exports);
    // The countries the dataset names, with their names: the app holds no table
    // of the world's countries (see `Country::register`).
    let mut countries: Vec<&Country> = std::iter::once(d.visit.traveller.country)
        .chain(d.visit.stops.iter().filter_map(|s| s.country))
        .chain(d.meetings.iter().flat_map(|m| m.countries.iter().copied()))
        .filter_map(|p| match p {
            Place::Country(c) => Some(c),
            Place::International => None,
        })
        .collect();
    countries.sort_by_key(|c| c.code);
    countries.dedup_by_key(|c| c.code);
    o.list(&countries, |o, c| {
        o.put(c.code);
        o.put(locale.country(c.code).unwrap_or(c.name));
    });
    let v = &d.visit;
    for field in [
        &v.id as &str,
        &v.title,
        &v.traveller.name,
        &v.traveller.role,
        v.traveller.country.code(),
    ] {
        o.put(field);
    }
    o.date(Some(v.from));
    o.date(v.to);
    o.put(&v.dates_note);
    o.put(&v.occasion);
    o.list(&v.stops, |o, s| {
        o.put(&s.id);
        o.put(&s.city);
        o.opt(s.country.map(|c| c.code()));
        o.date(Some(s.from));
        o.date(s.to);
        o.opt(s.timezone.as_deref());
    });
    o.list(&d.sources, |o, s| {
        o.put(&s.id);
        o.put(&s.publisher);
        o.opt(s.title.as_deref());
        o.opt(s.url.as_deref());
        o.date(Some(s.published));
        o.opt(s.published_at.as_deref());
        o.num(s.paragraphs as usize);
    });
    o.list(&d.sectors, |o, s| {
        o.put(&s.slug);
        o.put(&s.label);
        o.put(&s.definition);
    });
    o.list(&d.meetings, |o, m| {
        o.put(&m.id);
        o.put(m.status.slug());
        o.date(m.date);
        o.put(m.date_basis.slug());
        o.put(&m.date_note);
        o.put(&m.counterpart.name);
        o.put(&m.counterpart.role);
        o.put(&m.counterpart.organisation);
        o.put(m.kind.slug());
        o.list(&m.countries, |o, p| o.put(p.code()));
        o.num(m.stop);
        o.put(m.mode.slug());
        o.list(&m.sectors, |o, s| o.num(s.index()));
        o.texts(&m.topics);
        o.texts(&m.places);
        o.list(&m.figures, |o, f| {
            o.put(&f.value);
            o.put(&f.about);
        });
        o.put(&m.summary);
        o.list(&m.cites, |o, c| o.cite(c));
        o.list(m.announced.as_slice(), |o, c| o.cite(c));
        o.put(&m.also);
    });
    o.list(&d.untranslated, |o, u| {
        o.put(&u.record);
        o.put(&u.id);
        o.put(&u.field);
    });
    let l = locale;
    o.put(&l.lang);
    o.put(&l.fallback);
    // Texts only the build uses (page descriptions, previews, the page's own
    // words before the app runs) stay out: the app never shows them.
    let mut i = 0;
    o.list(&l.texts, |o, t| {
        o.put(if crate::i18n::BUILD_ONLY.contains(&i) {
            ""
        } else {
            t
        });
        i += 1;
    });
    o.put(
        &l.plural
            .iter()
            .map(|c| char::from(b'0' + c))
            .collect::<String>(),
    );
    o.put(&l.group);
    o.put(&l.percent.0);
    o.put(&l.percent.1);
    o.list(&l.dates, |o, (d, long, short)| {
        o.date(Some(*d));
        o.put(long);
        o.put(short);
    });
    o.list(&l.languages, |o, (code, name)| {
        o.put(code);
        o.put(name);
    });
    o.0
}

/// Reads fields in the order [`write`] wrote them. A field that does not read
/// stops the reading: `None`, and [`read`] says at which field. (Plain loops and
/// `Option`, not iterator adapters and a message per field: this runs in the
/// browser, where every generic instance and message is bytes.)
struct In<'a> {
    fields: std::str::Split<'a, char>,
    at: usize,
}

impl<'a> In<'a> {
    #[inline(never)]
    fn next(&mut self) -> Option<&'a str> {
        self.at += 1;
        self.fields.next()
    }
    #[inline(never)]
    fn text(&mut self) -> Option<Text> {
        self.next().map(Text::from)
    }
    #[inline(never)]
    fn opt(&mut self) -> Option<Option<Text>> {
        let s = self.next()?;
        Some((!s.is_empty()).then(|| Text::from(s)))
    }
    #[inline(never)]
    fn num(&mut self) -> Option<usize> {
        let s = self.next()?;
        if s.is_empty() || s.len() > 9 {
            return None;
        }
        s.bytes().try_fold(0usize, |n, b| {
            b.is_ascii_digit().then(|| n * 10 + (b - b'0') as usize)
        })
    }
    #[inline(never)]
    fn date(&mut self) -> Option<Option<Date>> {
        match self.next()? {
            "" => Some(None),
            s => Date::parse(s).map(Some),
        }
    }
    fn day(&mut self) -> Option<Date> {
        self.date()?
    }
    #[inline(never)]
    fn place(&mut self) -> Option<Place> {
        Place::parse(self.next()?)
    }
    #[inline(never)]
    fn texts(&mut self) -> Option<Vec<Text>> {
        let n = self.num()?;
        let mut out = Vec::with_capacity(n.min(64));
        for _ in 0..n {
            out.push(self.text()?);
        }
        Some(out)
    }
    #[inline(never)]
    fn cites(&mut self) -> Option<Vec<Citation>> {
        let n = self.num()?;
        let mut out = Vec::with_capacity(n.min(16));
        for _ in 0..n {
            let source = self.num()?;
            let k = self.num()?;
            let mut paragraphs = Vec::with_capacity(k.min(64));
            for _ in 0..k {
                paragraphs.push(self.num()? as u32);
            }
            out.push(Citation { source, paragraphs });
        }
        Some(out)
    }
    fn meeting(&mut self) -> Option<Meeting> {
        let id = self.text()?;
        let status = Status::from_slug(self.next()?)?;
        let date = self.date()?;
        let date_basis = DateBasis::from_slug(self.next()?)?;
        let date_note = self.text()?;
        let counterpart = Counterpart {
            name: self.text()?,
            role: self.text()?,
            organisation: self.text()?,
        };
        let kind = Kind::from_slug(self.next()?)?;
        let n = self.num()?;
        let mut countries = Vec::with_capacity(n.min(16));
        for _ in 0..n {
            countries.push(self.place()?);
        }
        let stop = self.num()?;
        let mode = Mode::from_slug(self.next()?)?;
        let n = self.num()?;
        let mut sectors = Vec::with_capacity(n.min(32));
        for _ in 0..n {
            sectors.push(Sector(u8::try_from(self.num()?).ok()?));
        }
        let topics = self.texts()?;
        let places = self.texts()?;
        let n = self.num()?;
        let mut figures = Vec::with_capacity(n.min(16));
        for _ in 0..n {
            figures.push(Figure {
                value: self.text()?,
                about: self.text()?,
            });
        }
        let summary = self.text()?;
        let cites = self.cites()?;
        let announced = self.cites()?.pop();
        let also = self.text()?;
        Some(Meeting {
            id,
            status,
            date,
            date_basis,
            date_note,
            counterpart,
            kind,
            countries,
            stop,
            mode,
            sectors,
            topics,
            places,
            figures,
            summary,
            cites,
            announced,
            also,
        })
    }
    fn locale(&mut self) -> Option<Locale> {
        let lang = self.next()?.to_string();
        let fallback = self.next()?.to_string();
        let n = self.num()?;
        let mut texts = Vec::with_capacity(n.min(1024));
        for _ in 0..n {
            texts.push(self.next()?.to_string());
        }
        let plural = self.next()?.bytes().map(|b| b.wrapping_sub(b'0')).collect();
        let group = self.next()?.to_string();
        let percent = (self.next()?.to_string(), self.next()?.to_string());
        let n = self.num()?;
        let mut dates = Vec::with_capacity(n.min(4096));
        for _ in 0..n {
            dates.push((
                self.day()?,
                self.next()?.to_string(),
                self.next()?.to_string(),
            ));
        }
        let n = self.num()?;
        let mut languages = Vec::with_capacity(n.min(64));
        for _ in 0..n {
            languages.push((self.next()?.to_string(), self.next()?.to_string()));
        }
        Some(Locale {
            lang,
            fallback,
            texts,
            plural,
            group,
            percent,
            dates,
            countries: Vec::new(),
            languages,
        })
    }

    fn pack(&mut self) -> Option<Pack> {
        if self.next()? != MAGIC {
            return None;
        }
        let map = self.text()?;
        let exports = self.text()?;
        for _ in 0..self.num()? {
            let code = self.next()?;
            Country::register(code, self.next()?)?;
        }
        let id = self.next()?.to_string();
        let title = self.text()?;
        let traveller = Traveller {
            name: self.text()?,
            role: self.text()?,
            country: self.place()?,
        };
        let from = self.day()?;
        let to = self.date()?;
        let dates_note = self.text()?;
        let occasion = self.text()?;
        let n = self.num()?;
        let mut stops = Vec::with_capacity(n.min(64));
        for _ in 0..n {
            stops.push(Stop {
                id: self.text()?,
                city: self.text()?,
                country: match self.next()? {
                    "" => None,
                    code => Some(Place::parse(code)?),
                },
                from: self.day()?,
                to: self.date()?,
                timezone: self.opt()?,
            });
        }
        let n = self.num()?;
        let mut sources = Vec::with_capacity(n.min(64));
        for _ in 0..n {
            sources.push(Source {
                id: self.next()?.to_string(),
                publisher: self.text()?,
                title: self.opt()?,
                url: self.opt()?,
                published: self.day()?,
                published_at: self.opt()?,
                paragraphs: self.num()? as u32,
            });
        }
        let n = self.num()?;
        let mut sectors = Vec::with_capacity(n.min(32));
        for _ in 0..n {
            sectors.push(SectorDef {
                slug: self.text()?,
                label: self.text()?,
                definition: self.text()?,
            });
        }
        let n = self.num()?;
        let mut meetings = Vec::with_capacity(n.min(100_000));
        for _ in 0..n {
            meetings.push(Rc::new(self.meeting()?));
        }
        let n = self.num()?;
        let mut untranslated = Vec::with_capacity(n.min(100_000));
        for _ in 0..n {
            untranslated.push(Untranslated {
                record: self.text()?,
                id: self.text()?,
                field: self.text()?,
            });
        }
        let visit = Visit {
            id,
            title,
            traveller,
            stops,
            from,
            to,
            dates_note,
            occasion,
        };
        let locale = self.locale()?;
        Some(Pack {
            dataset: Dataset {
                visit,
                sources,
                sectors,
                meetings,
                untranslated,
            },
            map,
            exports,
            locale,
        })
    }
}

/// The dataset a pack holds, or what is wrong with the pack.
pub fn read(text: &str) -> Result<Pack, String> {
    let mut r = In {
        fields: text.split(SEP),
        at: 0,
    };
    let bad = |what: &str| format!("the dataset pack is damaged or from another build: {what}");
    let Some(pack) = r.pack() else {
        return Err(bad(&("field ".to_string()
            + &r.at.to_string()
            + " does not read")));
    };
    if r.fields.next().is_some() {
        return Err(bad("it goes on after its last meeting"));
    }
    // Indexes must point inside their lists: the app indexes without checking.
    let d = &pack.dataset;
    let sound = !d.visit.stops.is_empty()
        && d.meetings.iter().all(|m| {
            m.stop < d.visit.stops.len()
                && m.sectors.iter().all(|s| s.index() < d.sectors.len())
                && m.cites
                    .iter()
                    .chain(&m.announced)
                    .all(|c| c.source < d.sources.len())
        });
    if !sound {
        return Err(bad("an index points outside its list"));
    }
    Ok(pack)
}
