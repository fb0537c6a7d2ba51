//! The bundled dataset is valid, and every validation rule has its own specific message.

use serde_json::{json, Value};
use visit_core::domain::{DateBasis, Status};
use visit_core::format::files::{load_json, parse_json};
use visit_core::format::validate::{is_url_safe_id, validate};
use visit_core::format::DatasetFile;

mod common;
use common::{bundled, BUNDLED};

/// The bundled visit as a file in its default language: its translations are
/// left aside (tests/translations.rs has theirs), so fields hold plain text.
fn base() -> Value {
    serde_json::to_value(load_json(BUNDLED, "bundled").unwrap().0).unwrap()
}

/// Validates `v` and returns the error lines, panicking if it was accepted.
fn errors(v: &Value) -> Vec<String> {
    let file: DatasetFile = serde_json::from_value(v.clone()).expect("structurally a dataset");
    match validate(&file) {
        Ok(_) => panic!("expected the fixture to be rejected"),
        Err(errs) => errs.iter().map(ToString::to_string).collect(),
    }
}

/// The fixture fails with exactly one error, which contains every fragment.
fn assert_single(v: &Value, fragments: &[&str]) {
    let errs = errors(v);
    assert_eq!(errs.len(), 1, "expected one error, got {errs:#?}");
    for f in fragments {
        assert!(errs[0].contains(f), "error {:?} lacks {:?}", errs[0], f);
    }
}

#[test]
fn bundled_dataset_is_valid() {
    let d = bundled();
    assert_eq!(d.meetings.len(), 14);
    assert_eq!(d.sources.len(), 1);
    assert_eq!(&*d.sources[0].publisher, "Kazinform");
    assert_eq!(d.sectors.len(), 8);
    assert_eq!(&*d.sectors[1].label, "Finance & payments");
}

#[test]
fn meetings_are_in_display_order() {
    let d = bundled();
    let ids: Vec<&str> = d.meetings.iter().map(|m| &*m.id).collect();
    assert_eq!(
        &ids[..5],
        ["wabtec", "citigroup", "mastercard", "rio-tinto", "amazon"]
    );
    // Undated meetings follow the dated ones, in file order.
    assert_eq!(ids[5], "ge-healthcare");
    assert_eq!(ids.last(), Some(&"unga-78-address"));
    let first_undated = d.meetings.iter().position(|m| m.date.is_none()).unwrap();
    assert!(d.meetings[first_undated..].iter().all(|m| m.date.is_none()));
}

#[test]
fn planned_events_and_undated_meetings_say_so() {
    let d = bundled();
    let planned: Vec<&str> = d
        .meetings
        .iter()
        .filter(|m| m.status == Status::Planned)
        .map(|m| &*m.id)
        .collect();
    assert_eq!(planned, ["c5-plus-1-summit", "unga-78-address"]);
    for m in d.meetings.iter().filter(|m| m.date.is_none()) {
        assert_eq!(m.date_basis, DateBasis::NotStated, "{}", m.id);
        assert!(
            m.date_note.starts_with("Not stated"),
            "{}: {}",
            m.id,
            m.date_note
        );
        assert_eq!(m.date_label(), "Date not stated");
    }
}

#[test]
fn the_date_is_accounted_for_once_and_in_full() {
    let d = bundled();
    let times = |text: &str| text.to_lowercase().matches("not stated").count();
    for m in &d.meetings {
        let account = m.date_account();
        match m.date {
            // The date, how the source gives it, and the note, in that order.
            Some(date) => assert_eq!(
                account,
                format!(
                    "{}. {} {}",
                    date.long(),
                    m.date_basis.explained(),
                    m.date_note
                ),
                "{}",
                m.id
            ),
            // The bundled notes begin "Not stated", so they say it alone.
            None => assert_eq!(&*account, &*m.date_note, "{}", m.id),
        }
        assert!(times(&account) <= 1, "{}: {account}", m.id);
    }
    let iran = d.meetings.iter().find(|m| &*m.id == "iran").unwrap();
    assert_eq!(iran.date_account(), "Not stated; during the visit.");
    let wabtec = d.meetings.iter().find(|m| &*m.id == "wabtec").unwrap();
    assert!(
        wabtec
            .date_account()
            .starts_with("17 September 2023. Stated in the source. "),
        "{}",
        wabtec.date_account()
    );

    // Another visit's notes may not begin so: the label says it, once.
    let mut other = (**iran).clone();
    other.date_note = "During the visit.".into();
    assert_eq!(other.date_account(), "Date not stated. During the visit.");
    other.date_note = "  ".into();
    assert_eq!(other.date_account(), "Date not stated.");
    other.date_note = "NOT STATED in the article.".into();
    assert_eq!(other.date_account(), "NOT STATED in the article.");
}

#[test]
fn requires_the_format_version_this_build_reads() {
    let mut v = base();
    v.as_object_mut().unwrap().remove("format");
    assert_single(
        &v,
        &["dataset, field `format`", "is missing; add \"format\": 2"],
    );
    v["format"] = json!(3);
    assert_single(&v, &["written in format 3", "reads formats 1 and 2"]);
}

#[test]
fn rejects_duplicate_id() {
    let mut v = base();
    v["meetings"][1]["id"] = json!("wabtec");
    assert_single(
        &v,
        &["meetings[1]", "field `id`", "duplicate id \"wabtec\""],
    );
}

#[test]
fn rejects_non_url_safe_id() {
    let mut v = base();
    v["meetings"][0]["id"] = json!("Wab tec/1");
    assert_single(&v, &["meetings[0]", "field `id`", "not URL-safe"]);
}

#[test]
fn rejects_a_sector_outside_the_taxonomy() {
    let mut v = base();
    v["meetings"][2]["sectors"] = json!(["finance", "space"]);
    assert_single(
        &v,
        &[
            "meetings[2] (id \"mastercard\")",
            "field `sectors[1]`",
            "unknown sector \"space\"",
            "the dataset's sectors are: transport-logistics, finance",
        ],
    );
    let mut v = base();
    v["meetings"][2]["sectors"] = json!(["finance", "finance"]);
    assert_single(
        &v,
        &["field `sectors[1]`", "sector \"finance\" is listed twice"],
    );
}

#[test]
fn checks_the_sector_taxonomy() {
    let mut v = base();
    v["sectors"][1]["slug"] = json!("transport-logistics");
    v["meetings"][1]["sectors"] = json!(["transport-logistics"]);
    v["meetings"][2]["sectors"] = json!(["digital"]);
    assert_single(
        &v,
        &[
            "sectors[1] (id \"transport-logistics\")",
            "field `slug`",
            "duplicate sector",
        ],
    );
    let mut v = base();
    v["sectors"][3]["label"] = json!(" ");
    v["sectors"][3]["definition"] = json!("");
    v["sectors"][4]["slug"] = json!("Health Care");
    let errs = errors(&v);
    assert_eq!(errs.len(), 4, "{errs:#?}");
    assert!(errs
        .iter()
        .any(|e| e.contains("field `label`: must not be empty")));
    assert!(errs
        .iter()
        .any(|e| e.contains("field `definition`: must not be empty")));
    assert!(errs
        .iter()
        .any(|e| e.contains("\"Health Care\" is not URL-safe")));
    // The healthcare meeting now names a sector the taxonomy lacks.
    assert!(errs
        .iter()
        .any(|e| e.contains("unknown sector \"healthcare\"")));
    let mut v = base();
    v["sectors"] = json!((0..33)
        .map(|i| json!({"slug": format!("s{i}"), "label": format!("S{i}"), "definition": "d"}))
        .collect::<Vec<_>>());
    let errs = errors(&v);
    assert!(
        errs[0].contains("declares 33 sectors; at most 32"),
        "{errs:#?}"
    );
}

#[test]
fn checks_the_sources_and_citations() {
    let mut v = base();
    v["sources"][0]["url"] = json!("kazinform.kz/article");
    assert_single(
        &v,
        &[
            "sources[0] (id \"kazinform-2023-09-19\")",
            "field `url`",
            "must start with https://",
        ],
    );
    let mut v = base();
    v["meetings"][0]["cites"] = json!([{"source": "tass", "paragraphs": [2]}]);
    assert_single(
        &v,
        &[
            "field `cites[0].source`",
            "unknown source \"tass\"",
            "sources are: kazinform-2023-09-19",
        ],
    );
    let mut v = base();
    v["sources"] = json!([]);
    let errs = errors(&v);
    assert!(
        errs[0].contains("dataset, field `sources`: must list at least one source"),
        "{errs:#?}"
    );
}

#[test]
fn keeps_text_safe_for_the_spreadsheet_form() {
    let mut v = base();
    v["meetings"][0]["topics"][1] = json!("Hydrogen | locomotives");
    v["meetings"][0]["figures"][0]["value"] = json!("about: $1 billion");
    let errs = errors(&v);
    assert_eq!(errs.len(), 2, "{errs:#?}");
    assert!(errs[0].contains("field `topics[1]`: \"Hydrogen | locomotives\" holds \"|\""));
    assert!(errs[1].contains("field `figures[0].value`"));
}

#[test]
fn rejects_unknown_kind() {
    let mut v = base();
    v["meetings"][0]["kind"] = json!("celebrity");
    assert_single(
        &v,
        &[
            "field `kind`",
            "unknown kind \"celebrity\"",
            "allowed: business, head-of-state",
        ],
    );
}

#[test]
fn rejects_unknown_country() {
    let mut v = base();
    v["meetings"][0]["countries"] = json!(["XX"]);
    assert_single(
        &v,
        &[
            "field `countries[0]`",
            "unknown country \"XX\"",
            "ISO 3166-1 alpha-2",
        ],
    );
    v["meetings"][0]["countries"] = json!(["UK"]);
    assert_single(&v, &["unknown country \"UK\" (the United Kingdom is GB)"]);
    v["meetings"][0]["countries"] = json!(["us"]);
    assert_single(&v, &["(codes are upper-case)"]);
}

#[test]
fn rejects_unknown_status() {
    let mut v = base();
    v["meetings"][0]["status"] = json!("cancelled");
    assert_single(
        &v,
        &[
            "field `status`",
            "unknown status \"cancelled\"",
            "allowed: held, planned",
        ],
    );
}

#[test]
fn rejects_malformed_date() {
    let mut v = base();
    v["meetings"][0]["date"] = json!("2023-09-31");
    assert_single(
        &v,
        &["field `date`", "\"2023-09-31\" is not a date", "YYYY-MM-DD"],
    );
}

#[test]
fn rejects_date_outside_the_visit() {
    let mut v = base();
    v["meetings"][0]["date"] = json!("2023-09-10");
    assert_single(
        &v,
        &[
            "field `date`",
            "2023-09-10 lies outside the dates of its stop, New York (from 2023-09-17 on)",
        ],
    );
}

#[test]
fn rejects_planned_event_dated_before_publication() {
    let mut v = base();
    let i = v["meetings"]
        .as_array()
        .unwrap()
        .iter()
        .position(|m| m["status"] == "planned")
        .unwrap();
    v["meetings"][i]["date"] = json!("2023-09-18");
    v["meetings"][i]["date_basis"] = json!("stated");
    assert_single(
        &v,
        &["field `date`", "a planned event cannot be dated 2023-09-18, before the source was published (2023-09-19)"],
    );
}

#[test]
fn rejects_held_meeting_dated_after_publication() {
    let mut v = base();
    v["meetings"][0]["date"] = json!("2023-09-20");
    assert_single(
        &v,
        &[
            "field `date`",
            "a held meeting cannot be dated 2023-09-20, after the source was published",
        ],
    );
}

#[test]
fn rejects_date_that_contradicts_its_basis() {
    let mut v = base();
    v["meetings"][0]["date_basis"] = json!("not-stated");
    assert_single(&v, &["field `date`", "must have no date"]);
    let mut v = base();
    v["meetings"][0]["date"] = Value::Null;
    assert_single(&v, &["field `date`", "date basis \"stated\" needs a date"]);
}

#[test]
fn rejects_empty_name() {
    let mut v = base();
    v["meetings"][3]["counterpart"]["name"] = json!("  ");
    assert_single(
        &v,
        &[
            "meetings[3] (id \"rio-tinto\")",
            "field `counterpart.name`",
            "must not be empty",
        ],
    );
}

#[test]
fn rejects_empty_summary() {
    let mut v = base();
    v["meetings"][4]["summary"] = json!("");
    assert_single(
        &v,
        &[
            "meetings[4] (id \"amazon\")",
            "field `summary`",
            "must not be empty",
        ],
    );
}

#[test]
fn rejects_paragraph_out_of_range() {
    let mut v = base();
    v["meetings"][0]["cites"][0]["paragraphs"] = json!([2, 21]);
    assert_single(
        &v,
        &[
            "field `cites[0].paragraphs[1]`",
            "paragraph 21 does not exist; source \"kazinform-2023-09-19\" has paragraphs 1 to 20",
        ],
    );
    let mut v = base();
    v["meetings"][0]["cites"][0]["paragraphs"] = json!([0]);
    assert_single(
        &v,
        &[
            "field `cites[0].paragraphs[0]`",
            "paragraph 0 does not exist",
        ],
    );
}

#[test]
fn rejects_missing_sectors_and_citations() {
    let mut v = base();
    v["meetings"][0]["sectors"] = json!([]);
    v["meetings"][0]["cites"] = json!([]);
    let errs = errors(&v);
    assert_eq!(errs.len(), 2, "{errs:#?}");
    assert!(errs[0].contains("field `sectors`: must name at least one sector"));
    assert!(errs[1].contains("field `cites`: must cite at least one paragraph"));
}

#[test]
fn rejects_unknown_field_and_bad_json_naming_the_file_and_position() {
    let mut v = base();
    v["meetings"][0]["sumary"] = json!("typo");
    let errs = parse_json(&v.to_string(), "visit.json").unwrap_err();
    assert_eq!(errs.len(), 1);
    assert!(
        errs[0].to_string().contains("unknown field `sumary`"),
        "{}",
        errs[0]
    );
    let errs = parse_json("{\n  \"format\": 1,\n  not json", "broken.json").unwrap_err();
    let text = errs[0].to_string();
    assert!(
        text.starts_with("broken.json: not a well-formed dataset"),
        "{text}"
    );
    assert!(text.contains("line 3 column 3"), "{text}");
}

#[test]
fn reports_every_fault_at_once() {
    let mut v = base();
    v["visit"]["from"] = json!("17 Sept");
    v["meetings"][0]["id"] = json!("citigroup");
    v["meetings"][2]["sectors"] = json!(["crypto"]);
    v["meetings"][5]["kind"] = json!("robot");
    v["meetings"][6]["summary"] = json!("");
    v["meetings"][7]["cites"][0]["paragraphs"] = json!([99]);
    let errs = errors(&v);
    let expected = [
        "visit, field `from`: \"17 Sept\" is not a date",
        "meetings[1] (id \"citigroup\"), field `id`: duplicate id",
        "meetings[2] (id \"mastercard\"), field `sectors[0]`: unknown sector \"crypto\"",
        "meetings[5] (id \"ge-healthcare\"), field `kind`: unknown kind \"robot\"",
        "meetings[6] (id \"un-secretary-general\"), field `summary`: must not be empty",
        "meetings[7] (id \"iran\"), field `cites[0].paragraphs[0]`: paragraph 99 does not exist",
    ];
    for e in expected {
        assert!(
            errs.iter().any(|x| x.starts_with(e)),
            "missing {e:?} in {errs:#?}"
        );
    }
    assert_eq!(errs.len(), expected.len(), "{errs:#?}");
}

#[test]
fn reports_paragraph_and_date_faults_together() {
    let mut v = base();
    v["meetings"][0]["date"] = json!("2023-13-01");
    v["meetings"][1]["cites"][0]["paragraphs"] = json!([30]);
    v["meetings"][2]["countries"] = json!(["ZZ"]);
    let errs = errors(&v);
    assert_eq!(errs.len(), 3, "{errs:#?}");
}

#[test]
fn a_dataset_written_back_validates_to_the_same_dataset() {
    let (file, d) = load_json(BUNDLED, "bundled").unwrap();
    let again = visit_core::format::dataset_file(&d, d.meetings.iter().map(|m| &**m));
    assert_eq!(validate(&again).unwrap(), d);
    // The bundled file is already in display order, so it comes back unchanged,
    // in the one language the dataset is shown in.
    let mut plain = file;
    plain.visit.languages.clear();
    plain.visit.default_language = None;
    plain.translations.clear();
    assert_eq!(again, plain);
}

#[test]
fn synthetic_archive_is_deterministic_and_well_formed() {
    use visit_core::synthetic::{generate, SEED};
    let a = generate(2_000, SEED);
    assert_eq!(a, generate(2_000, SEED));
    assert_ne!(a, generate(2_000, SEED + 1));
    let ids: std::collections::HashSet<&str> = a.meetings.iter().map(|m| &*m.id).collect();
    assert_eq!(ids.len(), 2_000);
    assert!(ids.iter().all(|id| is_url_safe_id(id)));
    let countries: std::collections::HashSet<_> = a
        .meetings
        .iter()
        .flat_map(|m| m.countries.clone())
        .collect();
    assert!(countries.len() > 40, "spread over many countries");
    // Written back and validated, the archive is a dataset like any other.
    let file = visit_core::format::dataset_file(&a, a.meetings.iter().map(|m| &**m));
    let again = validate(&file).unwrap_or_else(|e| panic!("{:#?}", &e[..3.min(e.len())]));
    assert_eq!(again.meetings.len(), 2_000);
    for m in &a.meetings {
        assert!(!m.sectors.is_empty() && !m.summary.is_empty() && !m.counterpart.name.is_empty());
        assert!(m.summary.len() > 80, "realistic summary length");
        assert_eq!(m.date.is_none(), m.date_basis == DateBasis::NotStated);
        if let (Status::Planned, Some(d)) = (m.status, m.date) {
            assert!(d >= a.sources[0].published);
        }
    }
}

// Rules with no test of their own until now.

#[test]
fn rejects_a_visit_that_ends_before_it_begins() {
    let mut v = base();
    v["visit"]["to"] = json!("2023-09-10");
    v["visit"]["stops"][0]["to"] = json!("2023-09-10");
    let errs = errors(&v);
    assert!(
        errs.iter()
            .any(|e| e
                .contains("visit, field `to`: 2023-09-10 is before the visit's start 2023-09-17")),
        "{errs:#?}"
    );
    assert!(
        errs.iter().any(|e| e
            .contains("field `stops[0].to`: 2023-09-10 is before the stop's first day 2023-09-17")),
        "{errs:#?}"
    );
}

#[test]
fn rejects_a_duplicate_source_id() {
    let mut v = base();
    let copy = v["sources"][0].clone();
    v["sources"].as_array_mut().unwrap().push(copy);
    assert_single(
        &v,
        &[
            "sources[1] (id \"kazinform-2023-09-19\"), field `id`",
            "duplicate source id \"kazinform-2023-09-19\"",
        ],
    );
}

#[test]
fn rejects_a_source_of_no_paragraphs() {
    let mut v = base();
    v["sources"][0]["paragraphs"] = json!(0);
    assert_single(
        &v,
        &["sources[0]", "field `paragraphs`: must be at least 1"],
    );
}

#[test]
fn rejects_a_dataset_without_meetings_or_sectors() {
    let mut v = base();
    v["meetings"] = json!([]);
    assert_single(
        &v,
        &["dataset, field `meetings`: must hold at least one meeting"],
    );
    let mut v = base();
    v["sectors"] = json!([]);
    let errs = errors(&v);
    assert!(
        errs.iter()
            .any(|e| e == "dataset, field `sectors`: must declare at least one sector"),
        "{errs:#?}"
    );
}

#[test]
fn rejects_two_sectors_with_one_label() {
    let mut v = base();
    v["sectors"][1]["label"] = json!("transport & LOGISTICS ");
    assert_single(
        &v,
        &[
            "sectors[1] (id \"finance\"), field `label`",
            "two sectors are labelled \"transport & LOGISTICS \"",
        ],
    );
}

#[test]
fn names_every_date_basis_allowed() {
    let mut v = base();
    v["meetings"][0]["date_basis"] = json!("guessed");
    assert_single(
        &v,
        &[
            "field `date_basis`",
            "unknown date basis \"guessed\"; allowed: stated, context, by, not-stated",
        ],
    );
}

// Format 2: stops, several countries, mode, kinds, `by` dates, announcements and time zones.

/// A two-stop trip made from the bundled visit: New York (17 to 19 September)
/// then Washington (20 September on), its last meeting moved to Washington.
fn two_stops() -> Value {
    let mut v = base();
    v["visit"]["stops"] = json!([
        {"id": "new-york", "city": "New York", "country": "US", "from": "2023-09-17", "to": "2023-09-19", "timezone": "America/New_York"},
        {"id": "washington", "city": "Washington", "country": "US", "from": "2023-09-20", "to": null}
    ]);
    for m in v["meetings"].as_array_mut().unwrap() {
        m["stop"] = json!("new-york");
    }
    v
}

#[test]
fn a_trip_of_several_stops_names_each_meeting_s_stop() {
    let v = two_stops();
    let file: DatasetFile = serde_json::from_value(v.clone()).unwrap();
    let d = validate(&file).unwrap();
    assert_eq!(d.visit.stops.len(), 2);
    assert!(d.meetings.iter().all(|m| m.stop == 0));
    let mut v = two_stops();
    v["meetings"][0].as_object_mut().unwrap().remove("stop");
    assert_single(&v, &["field `stop`: is needed, since the visit has several stops; name one of: new-york, washington"]);
    v["meetings"][0]["stop"] = json!("boston");
    assert_single(
        &v,
        &["unknown stop \"boston\"; the visit's stops are: new-york, washington"],
    );
    // A meeting dated inside the visit but outside its own stop.
    let mut v = two_stops();
    v["meetings"][0]["stop"] = json!("washington");
    assert_single(
        &v,
        &["2023-09-17 lies outside the dates of its stop, Washington (from 2023-09-20 on)"],
    );
}

#[test]
fn stops_are_checked_and_agree_with_the_visit() {
    let mut v = two_stops();
    v["visit"]["stops"][1]["from"] = json!("2023-09-18");
    assert_single(&v, &["field `stops[1].from`: 2023-09-18 is before the previous stop (new-york) ends on 2023-09-19"]);
    let mut v = two_stops();
    v["visit"]["stops"][1]["id"] = json!("new-york");
    v["visit"]["stops"][1]["country"] = json!("international");
    v["visit"]["stops"][1]["timezone"] = json!("Mars/Olympus");
    let errs = errors(&v);
    assert!(
        errs.iter()
            .any(|e| e.contains("duplicate stop id \"new-york\"")),
        "{errs:#?}"
    );
    assert!(
        errs.iter().any(|e| e
            .contains("`stops[1].country`: must be a country's ISO code, not \"international\"")),
        "{errs:#?}"
    );
    assert!(
        errs.iter()
            .any(|e| e.contains("\"Mars/Olympus\" is not a time zone")),
        "{errs:#?}"
    );
    let mut v = base();
    v["visit"]["stops"] = json!([]);
    let errs = errors(&v);
    assert!(
        errs.iter()
            .any(|e| e.contains("field `stops`: must list at least one stop")),
        "{errs:#?}"
    );
    let mut v = base();
    v["visit"]["from"] = json!("2023-09-16");
    assert_single(
        &v,
        &["field `from`: 2023-09-16 differs from the first stop's first day, 2023-09-17"],
    );
    let mut v = base();
    v["visit"]["to"] = json!("2023-09-22");
    assert_single(
        &v,
        &["field `to`: 2023-09-22 differs from the last stop's last day, none"],
    );
}

#[test]
fn a_meeting_counts_several_countries_once_each() {
    let mut v = base();
    v["meetings"][0]["countries"] = json!(["US", "international"]);
    let file: DatasetFile = serde_json::from_value(v.clone()).unwrap();
    let d = validate(&file).unwrap();
    let wabtec = d.meeting("wabtec").unwrap();
    assert_eq!(
        wabtec.country_names(),
        "United States, International organisations"
    );
    v["meetings"][0]["countries"] = json!(["US", "US"]);
    assert_single(&v, &["field `countries[1]`: \"US\" is listed twice"]);
    v["meetings"][0]["countries"] = json!([]);
    assert_single(&v, &["field `countries`: must name at least one country"]);
}

#[test]
fn modes_and_kinds_are_closed_lists() {
    let mut v = base();
    v["meetings"][0]["mode"] = json!("call");
    v["meetings"][1]["kind"] = json!("head-of-government");
    v["meetings"][2]["kind"] = json!("minister");
    let file: DatasetFile = serde_json::from_value(v.clone()).unwrap();
    let d = validate(&file).unwrap();
    assert_eq!(d.meeting("wabtec").unwrap().mode.label(), "By phone");
    v["meetings"][0]["mode"] = json!("telegram");
    assert_single(
        &v,
        &["unknown mode \"telegram\"; allowed: in-person, call, video"],
    );
    v["meetings"][0]["mode"] = json!("video");
    v["meetings"][0]["kind"] = json!("prime-minister");
    assert_single(&v, &["unknown kind \"prime-minister\"; allowed: business, head-of-state, head-of-government, minister, international-organisation, summit"]);
}

#[test]
fn a_by_date_is_no_later_than_the_date() {
    let mut v = base();
    v["meetings"][0]["date_basis"] = json!("by");
    let file: DatasetFile = serde_json::from_value(v.clone()).unwrap();
    let d = validate(&file).unwrap();
    let m = d.meeting("wabtec").unwrap();
    assert_eq!(m.date_label(), "By 17 September 2023");
    assert!(m
        .date_account()
        .starts_with("By 17 September 2023. Held no later than this date"));
    v["meetings"][0]["date"] = Value::Null;
    assert_single(&v, &["date basis \"by\" needs a date"]);
}

/// The bundled visit with a second source: an earlier announcement, published in
/// Astana's evening (UTC+6) of 16 September, before the first meeting.
fn with_announcement() -> Value {
    let mut v = base();
    v["sources"].as_array_mut().unwrap().push(json!({
        "id": "earlier", "publisher": "Akorda", "title": null, "url": null,
        "published": "2023-09-16T21:00:00+06:00", "paragraphs": 4
    }));
    v["meetings"][0]["announced"] = json!({"source": "earlier", "paragraphs": [2]});
    v
}

#[test]
fn an_announced_meeting_is_held_after_its_announcement() {
    let v = with_announcement();
    let file: DatasetFile = serde_json::from_value(v.clone()).unwrap();
    let d = validate(&file).unwrap();
    let wabtec = d.meeting("wabtec").unwrap();
    assert_eq!(wabtec.announced.as_ref().map(|a| a.source), Some(1));
    assert_eq!(d.sources[1].published.to_string(), "2023-09-16");
    // Written back, the moment of publication is kept as written.
    let again = visit_core::format::dataset_file(&d, d.meetings.iter().map(|m| &**m));
    assert_eq!(again.sources[1].published, "2023-09-16T21:00:00+06:00");
    let mut v = with_announcement();
    v["meetings"][0]["status"] = json!("planned");
    v["meetings"][0]["date"] = json!("2023-09-19");
    v["meetings"][0]["date_basis"] = json!("stated");
    assert_single(&v, &["field `announced`", "this meeting is \"planned\""]);
    let mut v = with_announcement();
    v["meetings"][0]["announced"] = json!({"source": "kazinform-2023-09-19", "paragraphs": [2]});
    assert_single(
        &v,
        &[
            "field `announced`",
            "the announcing source was published 2023-09-19, after the meeting's date 2023-09-17",
        ],
    );
    let mut v = with_announcement();
    v["meetings"][0]["announced"] = json!({"source": "earlier", "paragraphs": [9]});
    assert_single(
        &v,
        &[
            "field `announced.paragraphs[0]`",
            "paragraph 9 does not exist",
        ],
    );
}

#[test]
fn a_source_s_moment_is_read_as_the_day_it_was_at_the_meeting_s_stop() {
    // The Kazinform article, published at 22:00 in New York on 18 September
    // (19 September in Astana): a meeting of the 19th at a stop in New York's time
    // zone would be held after it; at a stop in Astana's, on the same day.
    let mut v = base();
    v["sources"][0]["published"] = json!("2023-09-19T08:00:00+06:00");
    v["meetings"][1]["date"] = json!("2023-09-19");
    v["meetings"][1]["date_note"] = json!("A test of time zones.");
    v["visit"]["stops"][0]["timezone"] = json!("America/New_York");
    assert_single(
        &v,
        &["a held meeting cannot be dated 2023-09-19, after the source was published (2023-09-18, the day it was in America/New_York)"],
    );
    v["visit"]["stops"][0]["timezone"] = json!("Asia/Almaty");
    let file: DatasetFile = serde_json::from_value(v.clone()).unwrap();
    assert!(validate(&file).is_ok());
    // Without a time zone the day is read as written.
    v["visit"]["stops"][0]
        .as_object_mut()
        .unwrap()
        .remove("timezone");
    let file: DatasetFile = serde_json::from_value(v.clone()).unwrap();
    assert!(validate(&file).is_ok());
    v["sources"][0]["published"] = json!("2023-09-19 08:00");
    assert_single(&v, &["field `published`", "is not a date or a moment"]);
}

#[test]
fn text_holds_no_control_characters() {
    let mut v = base();
    v["meetings"][0]["summary"] = json!("A summary\u{1}with a control character.");
    assert_single(
        &v,
        &["field `summary`", "holds the control character U+0001"],
    );
}

#[test]
fn a_format_1_file_reads_as_format_2() {
    let v1 = r#"{"format": 1,
      "visit": {"id": "v", "title": "T", "host": {"name": "N", "role": "R", "country": "KZ"}, "city": "Tromsø",
                "from": "2023-09-17", "to": null, "dates_note": "", "occasion": "O"},
      "sources": [{"id": "s", "publisher": "P", "title": null, "url": null, "published": "2023-09-19", "paragraphs": 3}],
      "sectors": [{"slug": "a", "label": "A", "definition": "D"}],
      "meetings": [{"id": "m", "status": "held", "date": "2023-09-17", "date_basis": "stated", "date_note": "",
        "counterpart": {"name": "C", "role": "R", "organisation": ""}, "kind": "business", "country": "NO",
        "sectors": ["a"], "topics": [], "places": [], "figures": [], "summary": "S.", "cites": [{"source": "s", "paragraphs": [1]}]}]}"#;
    let (file, d) = load_json(v1, "v1.json").unwrap();
    assert_eq!(file.format, Some(2));
    assert_eq!(&*d.visit.traveller.name, "N");
    assert_eq!(d.visit.stops.len(), 1);
    assert_eq!(&*d.visit.stops[0].id, "tromso");
    assert_eq!(&*d.visit.stops[0].city, "Tromsø");
    assert_eq!(d.visit.stops[0].country, None);
    assert_eq!(d.meetings[0].countries.len(), 1);
    assert_eq!(d.meetings[0].countries[0].code(), "NO");
}
