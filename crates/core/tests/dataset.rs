//! The bundled dataset is valid, and every validation rule has its own specific message.

use serde_json::{json, Value};
use visit_explorer::data::{bundled, validate, BUNDLED_JSON};
use visit_explorer::domain::{DateBasis, Status};

fn base() -> Value {
    serde_json::from_str(BUNDLED_JSON).unwrap()
}

/// Validates `v` and returns the error lines, panicking if it was accepted.
fn errors(v: &Value) -> Vec<String> {
    match validate::parse(&v.to_string()) {
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
    let d = validate::parse(BUNDLED_JSON).unwrap_or_else(|errs| {
        panic!(
            "{}",
            errs.iter()
                .map(|e| e.to_string())
                .collect::<Vec<_>>()
                .join("\n")
        )
    });
    assert_eq!(d.meetings.len(), 14);
    assert_eq!(d.visit.source.publisher, "Kazinform");
    assert_eq!(bundled().meetings.len(), 14);
}

#[test]
fn meetings_are_in_display_order() {
    let d = bundled();
    let ids: Vec<&str> = d.meetings.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(
        &ids[..5],
        ["wabtec", "citigroup", "mastercard", "rio-tinto", "amazon"]
    );
    // Undated meetings follow the dated ones, in source order.
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
        .map(|m| m.id.as_str())
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
fn rejects_unknown_sector() {
    let mut v = base();
    v["meetings"][2]["sectors"] = json!(["finance", "space"]);
    assert_single(
        &v,
        &[
            "meetings[2] (id \"mastercard\")",
            "field `sectors[1]`",
            "unknown sector \"space\"",
            "allowed: transport-logistics",
        ],
    );
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
    assert_single(&v, &["field `date`", "a planned event cannot be dated 2023-09-18, before the source was published (2023-09-19)"]);
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
    assert_single(&v, &["field `date`", "must have \"date\": null"]);
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
    v["meetings"][0]["source_paragraphs"] = json!([2, 21]);
    assert_single(
        &v,
        &[
            "field `source_paragraphs[1]`",
            "paragraph 21 does not exist; the source has paragraphs 1 to 20",
        ],
    );
    let mut v = base();
    v["meetings"][0]["source_paragraphs"] = json!([0]);
    assert_single(
        &v,
        &["field `source_paragraphs[0]`", "paragraph 0 does not exist"],
    );
}

#[test]
fn rejects_missing_sectors_and_citations() {
    let mut v = base();
    v["meetings"][0]["sectors"] = json!([]);
    v["meetings"][0]["source_paragraphs"] = json!([]);
    let errs = errors(&v);
    assert_eq!(errs.len(), 2, "{errs:#?}");
    assert!(errs[0].contains("field `sectors`: must name at least one sector"));
    assert!(errs[1].contains("field `source_paragraphs`: must cite at least one paragraph"));
}

#[test]
fn rejects_unknown_field_and_bad_json() {
    let mut v = base();
    v["meetings"][0]["sumary"] = json!("typo");
    let errs = errors(&v);
    assert_eq!(errs.len(), 1);
    assert!(errs[0].contains("unknown field `sumary`"), "{}", errs[0]);
    let errs = validate::parse("{ not json").unwrap_err();
    assert!(errs[0]
        .to_string()
        .starts_with("dataset, field `(structure)`: not a well-formed dataset"));
}

#[test]
fn reports_every_fault_at_once() {
    let mut v = base();
    v["visit"]["from"] = json!("17 Sept");
    v["meetings"][0]["id"] = json!("citigroup");
    v["meetings"][2]["sectors"] = json!(["crypto"]);
    v["meetings"][5]["kind"] = json!("robot");
    v["meetings"][6]["summary"] = json!("");
    v["meetings"][7]["source_paragraphs"] = json!([99]);
    let errs = errors(&v);
    let expected = [
        "visit, field `from`: \"17 Sept\" is not a date",
        "meetings[1] (id \"citigroup\"), field `id`: duplicate id",
        "meetings[2] (id \"mastercard\"), field `sectors[0]`: unknown sector \"crypto\"",
        "meetings[5] (id \"ge-healthcare\"), field `kind`: unknown kind \"robot\"",
        "meetings[6] (id \"un-secretary-general\"), field `summary`: must not be empty",
    ];
    for e in expected {
        assert!(
            errs.iter().any(|x| x.starts_with(e)),
            "missing {e:?} in {errs:#?}"
        );
    }
    // With the visit's dates broken, paragraph ranges cannot be checked; the rest all are.
    assert_eq!(errs.len(), expected.len(), "{errs:#?}");
}

#[test]
fn reports_paragraph_and_date_faults_together() {
    let mut v = base();
    v["meetings"][0]["date"] = json!("2023-13-01");
    v["meetings"][1]["source_paragraphs"] = json!([30]);
    v["meetings"][2]["country"] = json!("ZZ");
    let errs = errors(&v);
    assert_eq!(errs.len(), 3, "{errs:#?}");
}

#[test]
fn embedded_dataset_equals_the_validated_json() {
    // build.rs turns the JSON into Rust code; the app must see exactly the JSON's data.
    let parsed = validate::parse(BUNDLED_JSON).unwrap();
    assert_eq!(visit_explorer::data::embedded_visit(), parsed);
}

#[test]
fn synthetic_archive_is_deterministic_and_well_formed() {
    use visit_explorer::data::synthetic::{generate, SEED};
    use visit_explorer::data::validate::is_url_safe_id;
    let a = generate(2_000, SEED);
    assert_eq!(a, generate(2_000, SEED));
    assert_ne!(a, generate(2_000, SEED + 1));
    let ids: std::collections::HashSet<&str> = a.meetings.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(ids.len(), 2_000);
    assert!(ids.iter().all(|id| is_url_safe_id(id)));
    let countries: std::collections::HashSet<_> = a.meetings.iter().map(|m| m.place).collect();
    assert!(countries.len() > 40, "spread over many countries");
    for m in &a.meetings {
        assert!(!m.sectors.is_empty() && !m.summary.is_empty() && !m.counterpart.name.is_empty());
        assert!(m.summary.len() > 80, "realistic summary length");
        assert_eq!(m.date.is_none(), m.date_basis == DateBasis::NotStated);
        if let (Status::Planned, Some(d)) = (m.status, m.date) {
            assert!(d >= a.visit.source.published);
        }
    }
}
