//! The bundled dataset is valid, and every validation rule has its own specific message.

use serde_json::{json, Value};
use visit_core::domain::{Dataset, DateBasis, Status};
use visit_core::format::files::{load_json, parse_json};
use visit_core::format::validate::{is_url_safe_id, validate};
use visit_core::format::DatasetFile;

const BUNDLED: &str = include_str!("../../../assets/data/tokayev-unga78-2023.json");

fn base() -> Value {
    serde_json::from_str(BUNDLED).unwrap()
}

fn bundled() -> Dataset {
    load_json(BUNDLED, "bundled").unwrap().1
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
        &["dataset, field `format`", "is missing; add \"format\": 1"],
    );
    v["format"] = json!(2);
    assert_single(&v, &["written in format 2", "reads format 1"]);
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
    v["meetings"][0]["country"] = json!("XX");
    assert_single(
        &v,
        &[
            "field `country`",
            "unknown country \"XX\"",
            "ISO 3166-1 alpha-2",
        ],
    );
    v["meetings"][0]["country"] = json!("UK");
    assert_single(&v, &["unknown country \"UK\" (the United Kingdom is GB)"]);
    v["meetings"][0]["country"] = json!("us");
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
            "2023-09-10 lies outside the visit's dates (from 2023-09-17 on)",
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
    v["meetings"][2]["country"] = json!("ZZ");
    let errs = errors(&v);
    assert_eq!(errs.len(), 3, "{errs:#?}");
}

#[test]
fn a_dataset_written_back_validates_to_the_same_dataset() {
    let (file, d) = load_json(BUNDLED, "bundled").unwrap();
    let again = visit_core::format::dataset_file(&d, d.meetings.iter().map(|m| &**m));
    assert_eq!(validate(&again).unwrap(), d);
    // The bundled file is already in display order, so it comes back unchanged.
    assert_eq!(again, file);
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
    let countries: std::collections::HashSet<_> = a.meetings.iter().map(|m| m.place).collect();
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
