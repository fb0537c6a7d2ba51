//! Filtering, facet counts, search folding and the query-string round trip.

use std::rc::Rc;

use visit_core::domain::{Kind, Place, Sector, Status};
use visit_core::filter::facets::facets;
use visit_core::filter::query::{decode, encode};
use visit_core::filter::search::{fold, highlight_ranges, lower, terms};
use visit_core::filter::{query, Catalog, DayKey, Facet, FacetValue, FilterChange, FilterState};

mod common;
use common::bundled;

/// A sector of the bundled taxonomy, by slug.
fn sector(slug: &str) -> Sector {
    bundled().sector_by_slug(slug).unwrap()
}

fn parse(q: &str) -> FilterState {
    query::parse(q, &bundled())
}

fn serialise(s: &FilterState) -> String {
    query::serialise(s, &bundled())
}

fn canonical_if_different(q: &str) -> Option<String> {
    query::canonical_if_different(q, &bundled())
}

fn catalog() -> Catalog {
    Catalog::new(bundled())
}

fn ids(c: &Catalog, s: &FilterState) -> Vec<String> {
    c.select(s).iter().map(|m| m.id.to_string()).collect()
}

fn state(q: &str) -> FilterState {
    parse(q)
}

fn count(c: &Catalog, s: &FilterState, v: FacetValue) -> usize {
    facets(c, s)
        .of(v.facet())
        .iter()
        .find(|x| x.value == v)
        .map(|x| x.count)
        .unwrap()
}

#[test]
fn no_filter_selects_everything_in_display_order() {
    let c = catalog();
    assert_eq!(ids(&c, &FilterState::default()).len(), 14);
}

#[test]
fn values_within_a_facet_combine_with_or() {
    let c = catalog();
    assert_eq!(
        ids(&c, &state("sector=finance")),
        ["citigroup", "mastercard"]
    );
    assert_eq!(
        ids(&c, &state("sector=finance,mining-metals")),
        ["citigroup", "mastercard", "rio-tinto"]
    );
}

#[test]
fn facets_combine_with_and() {
    let c = catalog();
    assert_eq!(
        ids(&c, &state("sector=transport-logistics&country=US")),
        ["wabtec", "citigroup"]
    );
    assert_eq!(
        ids(&c, &state("sector=transport-logistics&kind=head-of-state")),
        ["iran"]
    );
    assert!(ids(&c, &state("country=IR&status=planned")).is_empty());
}

#[test]
fn day_and_status_facets() {
    let c = catalog();
    assert_eq!(ids(&c, &state("day=2023-09-17")), ["wabtec", "citigroup"]);
    assert_eq!(
        ids(&c, &state("day=undated&status=planned")),
        ["c5-plus-1-summit", "unga-78-address"]
    );
    assert_eq!(ids(&c, &state("day=2023-09-17,2023-09-18")).len(), 5);
}

#[test]
fn counts_apply_every_other_filter_but_not_their_own() {
    let c = catalog();
    let s = state("sector=finance");
    // Sector counts ignore the sector filter itself: they never collapse to the selection.
    assert_eq!(count(&c, &s, FacetValue::Sector(sector("finance"))), 2);
    assert_eq!(count(&c, &s, FacetValue::Sector(sector("diplomacy"))), 8);
    // Other facets' counts apply the sector filter.
    let us = Place::parse("US").unwrap();
    assert_eq!(count(&c, &s, FacetValue::Country(us)), 2);
    assert_eq!(count(&c, &s, FacetValue::Kind(Kind::HeadOfState)), 0);
    // With a country filter too, sector counts apply the country but not the sector.
    let s = state("sector=finance&country=IR");
    assert_eq!(count(&c, &s, FacetValue::Sector(sector("diplomacy"))), 1);
    assert_eq!(count(&c, &s, FacetValue::Sector(sector("finance"))), 0);
    assert_eq!(count(&c, &s, FacetValue::Country(us)), 2);
}

#[test]
fn counts_respect_search_and_zero_values_stay_listed() {
    let c = catalog();
    let s = state("q=railway");
    let f = facets(&c, &s);
    assert_eq!(
        f.sectors.len(),
        bundled().sectors.len(),
        "every sector listed, even at zero"
    );
    assert_eq!(count(&c, &s, FacetValue::Sector(sector("healthcare"))), 0);
    assert_eq!(
        count(&c, &s, FacetValue::Sector(sector("transport-logistics"))),
        2
    );
    assert_eq!(f.statuses.len(), 2);
    assert!(f
        .countries
        .iter()
        .any(|x| x.value == FacetValue::Country(Place::International)));
}

#[test]
fn selected_flags_follow_the_state() {
    let c = catalog();
    let f = facets(&c, &state("sector=finance&status=held"));
    let sel: Vec<_> = f
        .sectors
        .iter()
        .filter(|x| x.selected)
        .map(|x| x.value)
        .collect();
    assert_eq!(sel, [FacetValue::Sector(sector("finance"))]);
    assert!(f
        .statuses
        .iter()
        .any(|x| x.selected && x.value == FacetValue::Status(Status::Held)));
}

#[test]
fn search_ignores_case_and_diacritics() {
    let c = catalog();
    assert_eq!(
        fold("Niinistö Nataša ÉLYSÉE Straße"),
        "niinisto natasa elysee strasse"
    );
    assert_eq!(ids(&c, &state("q=niinisto")), ["finland"]);
    assert_eq!(ids(&c, &state("q=NATASA")), ["slovenia"]);
    assert_eq!(ids(&c, &state("q=novak")), ["hungary"]);
    assert_eq!(
        ids(&c, &state("q=antonio%20guterres")),
        ["un-secretary-general"]
    );
    // Topics, places and country names are searched too; all terms must match.
    assert_eq!(ids(&c, &state("q=bandar")), ["iran"]);
    assert_eq!(ids(&c, &state("q=almaty")), ["mastercard"]);
    assert_eq!(ids(&c, &state("q=hungary")), ["hungary"]);
    assert!(ids(&c, &state("q=almaty%20railway")).is_empty());
}

/// The one-character lower case std gives, if it gives one.
fn std_lower(c: char) -> Option<char> {
    let mut l = c.to_lowercase();
    match (l.next(), l.next()) {
        (Some(one), None) => Some(one),
        _ => None,
    }
}

#[test]
fn lower_case_matches_std_across_latin_greek_cyrillic_and_armenian() {
    let alphabets = [
        (0x0000, 0x024F), // Basic Latin to Latin Extended-B
        (0x0386, 0x03CE), // modern Greek
        (0x0400, 0x052F), // Cyrillic and its supplement (Kazakh, Ukrainian, …)
        (0x0531, 0x0586), // Armenian
        (0x1E00, 0x1EFF), // Latin Extended Additional (Vietnamese, Welsh, …)
    ];
    let mut covered = 0;
    for (from, to) in alphabets {
        for c in (from..=to).filter_map(char::from_u32) {
            let ours = lower(c);
            match std_lower(c) {
                // Latin Extended-B is irregular: its letters outside the runs we
                // cover keep their case (they then match only as typed).
                Some(l) if (0x0180..=0x024F).contains(&(c as u32)) && ours == c => {
                    let _ = l;
                }
                Some(l) => {
                    assert_eq!(ours, l, "lower({c:?} U+{:04X})", c as u32);
                    covered += usize::from(l != c);
                }
                // Only "İ" lowers to more than one character here: "i" + a dot that
                // folding drops anyway.
                None => assert_eq!((c, ours), ('İ', 'i')),
            }
        }
    }
    assert_eq!(covered, 486, "capitals lowered");
    // Nowhere else does it invent a mapping std does not make.
    for c in (0..0x3_0000).filter_map(char::from_u32) {
        let ours = lower(c);
        assert!(
            ours == c || Some(ours) == std_lower(c) || c == 'İ',
            "lower({c:?})"
        );
    }
    assert_eq!(fold("ҚАЗАҚСТАН Ελλάδα ÅLAND"), "қазақстан ελλάδα aland");
}

#[test]
fn highlight_maps_folded_matches_back_to_the_original_text() {
    let t = terms("niinisto");
    let text = "Sauli Niinistö";
    let r = highlight_ranges(text, &t);
    assert_eq!(r.len(), 1);
    assert_eq!(&text[r[0].clone()], "Niinistö");
    let text = "Nataša Pirc Musar";
    let r = highlight_ranges(text, &terms("sa mus"));
    let parts: Vec<&str> = r.iter().map(|r| &text[r.clone()]).collect();
    // "sa" also matches inside "Musar", and overlapping matches merge.
    assert_eq!(parts, ["ša", "Musa"]);
    assert!(highlight_ranges("anything", &[]).is_empty());
}

#[test]
fn serialise_is_canonical() {
    let s = FilterState::default()
        .apply(FilterChange::Toggle(FacetValue::Status(Status::Planned)))
        .apply(FilterChange::Toggle(FacetValue::Sector(sector(
            "transport-logistics",
        ))))
        .apply(FilterChange::Toggle(FacetValue::Sector(sector("finance"))))
        .apply(FilterChange::Toggle(FacetValue::Country(
            Place::parse("US").unwrap(),
        )))
        .apply(FilterChange::SetQuery("rail way".into()));
    assert_eq!(
        serialise(&s),
        "sector=transport-logistics,finance&country=US&status=planned&q=rail%20way"
    );
    assert_eq!(serialise(&FilterState::default()), "");
}

#[test]
fn malformed_queries_are_dropped_politely() {
    let s = parse("?sector=finance,bogus,,FINANCE&country=us,XX&kind=&day=2023-02-30,undated&status=maybe&zzz=1&q=%E2%28&%%%");
    assert_eq!(
        serialise(&s),
        "sector=finance&country=US&day=undated&q=%EF%BF%BD%28"
    );
    assert_eq!(parse("&&=&sector"), FilterState::default());
    assert_eq!(parse("q=%20%20"), FilterState::default());
    assert_eq!(parse("q=100%"), parse("q=100%25"));
    assert_eq!(canonical_if_different("sector=bogus"), Some(String::new()));
    assert_eq!(canonical_if_different("?sector=finance"), None);
    assert_eq!(
        canonical_if_different("country=us"),
        Some("country=US".into())
    );
}

/// A tiny deterministic generator, so the round trip covers many states.
struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn pick<T: Copy>(&mut self, xs: &[T]) -> T {
        xs[(self.next() as usize) % xs.len()]
    }
}

#[test]
fn parse_serialise_round_trips_over_many_states() {
    let countries: Vec<Place> = ["US", "GB", "IR", "HU", "SI", "FI", "EE", "KZ", "JP"]
        .iter()
        .map(|c| Place::parse(c).unwrap())
        .chain([Place::International])
        .collect();
    let days = [
        DayKey::Undated,
        DayKey::parse("2023-09-17").unwrap(),
        DayKey::parse("2024-02-29").unwrap(),
    ];
    let texts = [
        "",
        "rail",
        "Niinistö",
        "a&b=c,d",
        "100% ?#+",
        "  spaced  ",
        "дата",
    ];
    let mut rng = Lcg(42);
    for _ in 0..2000 {
        let mut s = FilterState::default();
        for _ in 0..(rng.next() % 7) {
            let v = match rng.next() % 5 {
                0 => FacetValue::Sector(rng.pick(&bundled().sector_ids().collect::<Vec<_>>())),
                1 => FacetValue::Country(rng.pick(&countries)),
                2 => FacetValue::Kind(rng.pick(&Kind::ALL)),
                3 => FacetValue::Day(rng.pick(&days)),
                _ => FacetValue::Status(rng.pick(&Status::ALL)),
            };
            s = s.apply(FilterChange::Toggle(v));
        }
        let q = rng.pick(&texts);
        if !q.trim().is_empty() {
            s = s.apply(FilterChange::SetQuery(q.to_string()));
        }
        let out = serialise(&s);
        assert_eq!(parse(&out), s, "round trip of {out:?}");
        assert_eq!(canonical_if_different(&out), None, "{out:?} is canonical");
    }
}

#[test]
fn toggling_twice_and_clear() {
    let v = FacetValue::Kind(Kind::Summit);
    let s = FilterState::default().apply(FilterChange::Toggle(v));
    assert!(s.contains(v));
    assert_eq!(s.active_count(), 1);
    assert_eq!(s.apply(FilterChange::Toggle(v)), FilterState::default());
    assert!(s.apply(FilterChange::Clear).is_empty());
    assert_eq!(
        Facet::ALL.map(|f| f.key()),
        ["stop", "sector", "country", "kind", "day", "status"]
    );
}

#[test]
fn percent_coding() {
    assert_eq!(encode("a b&c=d,é"), "a%20b%26c%3Dd%2C%C3%A9");
    assert_eq!(decode("a+b%20c%zz%4"), "a b c%zz%4");
    // Unreserved characters stay; every other byte is %XX, upper-case hex.
    assert_eq!(encode("Az09-._~ /%+"), "Az09-._~%20%2F%25%2B");
    assert_eq!(
        encode("Тоқаев 🇰🇿"),
        "%D0%A2%D0%BE%D2%9B%D0%B0%D0%B5%D0%B2%20%F0%9F%87%B0%F0%9F%87%BF"
    );
    // Lower-case hex reads too; bytes that are not UTF-8 become U+FFFD, and a
    // trailing or short escape stays as written.
    assert_eq!(decode("%d0%a2%D0%BE"), "То");
    assert_eq!(decode("a%FFb%C3"), "a\u{FFFD}b\u{FFFD}");
    assert_eq!(decode("100%"), "100%");
    assert_eq!(decode("%%41"), "%A");
    for text in ["", "Гутерриш", "a+b", "50% & <b>", "行程 🇰🇿", "%zz"] {
        assert_eq!(decode(&encode(text)), text, "{text}");
    }
}

#[test]
fn catalog_equality_is_identity() {
    let d = bundled();
    assert_eq!(Catalog::new(Rc::clone(&d)), Catalog::new(Rc::clone(&d)));
}

#[test]
fn one_pass_view_matches_select_and_counts_the_sector_total() {
    let c = catalog();
    for q in [
        "",
        "sector=finance",
        "sector=finance,diplomacy&country=US",
        "kind=head-of-state&q=president",
        "day=undated&status=held",
    ] {
        let s = state(q);
        let v = c.view(&s);
        let without_sector = FilterState {
            sectors: Default::default(),
            ..s.clone()
        };
        assert_eq!(v.sector_total, c.select(&without_sector).len(), "{q}");
        assert_eq!(v.visible, c.select(&s), "{q}");
        assert_eq!(v.facets, facets(&c, &s), "{q}");
    }
    // A selected country with no meetings selects nothing, and says so in the counts.
    let s = state("country=JP");
    let v = c.view(&s);
    assert!(v.visible.is_empty());
    assert_eq!(v.facets.sectors.iter().map(|x| x.count).sum::<usize>(), 0);
    assert_eq!(
        v.facets.countries.iter().map(|x| x.count).sum::<usize>(),
        14
    );
}

#[test]
fn synthetic_archive_filters_consistently() {
    use visit_core::synthetic::{generate, SEED};
    let c = Catalog::new(Rc::new(generate(3_000, SEED)));
    let s = state("sector=finance&kind=business");
    let v = c.view(&s);
    assert!(!v.visible.is_empty());
    assert!(v
        .visible
        .iter()
        .all(|m| m.sectors.contains(&sector("finance")) && m.kind == Kind::Business));
    let finance = v
        .facets
        .sectors
        .iter()
        .find(|x| x.value == FacetValue::Sector(sector("finance")))
        .unwrap();
    assert_eq!(finance.count, v.visible.len());
}

#[test]
fn small_set_stays_sorted_and_unique() {
    use visit_core::filter::set::SmallSet;
    let mut s: SmallSet<u8> = [5, 1, 3, 1].into_iter().collect();
    assert_eq!(s.iter().copied().collect::<Vec<_>>(), [1, 3, 5]);
    assert!(!s.insert(3));
    s.toggle(3);
    s.toggle(4);
    assert_eq!(s.iter().copied().collect::<Vec<_>>(), [1, 4, 5]);
    assert!(s.contains(&4) && !s.contains(&3));
    assert_eq!(s.len(), 3);
}

#[test]
fn folding_covers_nordic_turkish_and_decomposed_text() {
    assert_eq!(fold("Þórunn Ðorđe"), "thorunn dorde");
    assert_eq!(fold("İzmir"), "izmir");
    assert_eq!(fold("Cafe\u{301}"), "cafe");
    let ranges = highlight_ranges("İzmir", &terms("izmir"));
    assert_eq!(
        (ranges.len(), ranges[0].clone()),
        (1, 0..6),
        "the whole word, dotted İ included"
    );
}

#[test]
fn a_trip_filters_by_stop_and_counts_a_meeting_under_each_of_its_countries() {
    let d = common::trip();
    let c = Catalog::new(d.clone());
    let p = |q: &str| query::parse(q, &d);
    let ids = |q: &str| {
        c.select(&p(q))
            .iter()
            .map(|m| m.id.to_string())
            .collect::<Vec<_>>()
    };
    // OR within the stop facet, AND with the others.
    assert_eq!(ids("stop=mombasa").len(), 3);
    assert_eq!(ids("stop=mombasa,kigali").len(), 7);
    assert_eq!(ids("stop=nairobi&kind=minister"), ["da-silva-call"]);
    // The trilateral shows under Kenya and under Tanzania.
    assert!(ids("country=TZ").contains(&"nairobi-trilateral".to_string()));
    assert!(ids("country=KE").contains(&"nairobi-trilateral".to_string()));
    // The summit hosted by Kenya with an organisation counts under both.
    assert!(ids("country=international").contains(&"ports-summit".to_string()));
    assert!(ids("country=KE").contains(&"ports-summit".to_string()));
    let view = c.view(&p(""));
    let count = |code: &str| {
        view.facets
            .countries
            .iter()
            .find(|f| &*f.slug == code)
            .map(|f| f.count)
    };
    assert_eq!(count("KE"), Some(4));
    assert_eq!(count("TZ"), Some(1));
    assert_eq!(count("international"), Some(2));
    // The stop facet counts each stop's meetings, in the trip's order.
    let stops: Vec<(String, usize)> = view
        .facets
        .stops
        .iter()
        .map(|f| (f.label.to_string(), f.count))
        .collect();
    assert_eq!(
        stops,
        [
            ("Nairobi".to_string(), 3),
            ("Mombasa".to_string(), 3),
            ("Kigali".to_string(), 4)
        ]
    );
    // With Tanzania selected, Kenya still counts the trilateral (it would show).
    let tz = c.view(&p("country=TZ"));
    assert_eq!(
        tz.facets
            .countries
            .iter()
            .find(|f| &*f.slug == "KE")
            .unwrap()
            .count,
        4
    );
    // The query writes the stop first, in canonical order.
    assert_eq!(
        query::serialise(&p("sector=ports&STOP=Kigali,nairobi"), &d),
        "stop=nairobi,kigali&sector=ports"
    );
    assert_eq!(query::serialise(&p("stop=lagos"), &d), "");
    // Search finds a stop's city.
    assert_eq!(ids("q=mombasa").len(), 3);
}

#[test]
fn a_one_stop_visit_searches_its_city_only_where_a_meeting_names_it() {
    let d = common::fixture();
    let c = Catalog::new(d.clone());
    let found: Vec<String> = c
        .select(&query::parse("q=tromso", &d))
        .iter()
        .map(|m| m.id.to_string())
        .collect();
    assert_eq!(found, ["odegard", "arctic-forum"]);
}

#[test]
fn the_kind_facet_offers_only_the_kinds_the_dataset_has() {
    let kinds = |d: Rc<visit_core::domain::Dataset>| -> Vec<Kind> {
        let c = Catalog::new(d.clone());
        c.view(&query::parse("", &d))
            .facets
            .kinds
            .iter()
            .map(|e| match e.value {
                FacetValue::Kind(k) => k,
                other => panic!("{other:?} among the kinds"),
            })
            .collect()
    };
    assert_eq!(
        kinds(bundled()),
        [
            Kind::Business,
            Kind::HeadOfState,
            Kind::InternationalOrganisation,
            Kind::Summit
        ]
    );
    assert!(kinds(common::trip()).contains(&Kind::HeadOfGovernment));
    assert!(kinds(common::trip()).contains(&Kind::Minister));
}
