//! The writers behind "Download": CSV, JSON and iCalendar for the meetings a view shows.

use std::rc::Rc;

use visit_core::domain::{Dataset, Date, Meeting};
use visit_core::export::{calendar, escape_text, file_name, push_line, Calendar, Format};
use visit_core::filter::{query, Catalog};
use visit_core::format::csv_write::meetings_csv;
use visit_core::format::validate::validate;
use visit_core::format::{dataset_file, meeting_file};

mod common;
use common::{bundled, fixture, trip};

/// The meetings `q` shows, in the view's order.
fn view(d: &Rc<Dataset>, q: &str) -> Vec<Rc<Meeting>> {
    Catalog::new(d.clone()).select(&query::parse(q, d))
}

fn ics(d: &Rc<Dataset>, meetings: &[Rc<Meeting>]) -> String {
    let refs: Vec<&Meeting> = meetings.iter().map(|m| &**m).collect();
    let link = |m: &Meeting| format!("https://example.org/ve/meetings/{}/", m.id);
    calendar(&Calendar {
        dataset: d,
        meetings: &refs,
        link: &link,
        stamp: "20261129T120000Z",
    })
}

#[test]
fn file_names_say_the_visit_and_the_filter() {
    let d = bundled();
    let name = |q: &str, f| file_name(&d, &query::parse(q, &d), f);
    assert_eq!(name("", Format::Csv), "tokayev-unga78-2023.csv");
    assert_eq!(
        name("sector=finance", Format::Json),
        "tokayev-unga78-2023-sector-finance.json"
    );
    assert_eq!(
        name("country=US,FI&day=undated", Format::Calendar),
        "tokayev-unga78-2023-country-fi-us-day-undated.ics"
    );
    assert_eq!(
        name("q=raisi", Format::Csv),
        "tokayev-unga78-2023-search.csv"
    );
    let all = "sector=transport-logistics,finance,digital,mining-metals,healthcare,industry,trade-investment,diplomacy&country=US,GB,IR";
    assert_eq!(name(all, Format::Csv), "tokayev-unga78-2023-filtered.csv");
}

#[test]
fn the_csv_export_holds_the_view_and_reads_back_as_the_spreadsheet_form() {
    let d = bundled();
    let shown = view(&d, "sector=finance");
    let files: Vec<_> = shown.iter().map(|m| meeting_file(&d, m)).collect();
    let csv = meetings_csv(&files, Some("kazinform-2023-09-19"), true);
    assert!(
        csv.starts_with("\u{feff}id,status,date,"),
        "a BOM, then the header"
    );
    let mut reader = csv::Reader::from_reader(csv.trim_start_matches('\u{feff}').as_bytes());
    let ids: Vec<String> = reader
        .records()
        .map(|r| r.unwrap()[0].to_string())
        .collect();
    assert_eq!(ids, ["citigroup", "mastercard"]);
    assert!(csv.contains("\r\n"));
}

#[test]
fn csv_quoting_holds_for_commas_quotes_and_line_breaks() {
    let d = fixture();
    let mut m = meeting_file(&d, d.meeting("dlamini").unwrap());
    m.summary = "Tidal power, \"with care\",\nand a pilot".into();
    let csv = meetings_csv([&m], None, false);
    assert!(
        csv.contains(",\"Tidal power, \"\"with care\"\",\nand a pilot\","),
        "{csv}"
    );
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let header = reader.headers().unwrap().clone();
    let column = |name: &str| header.iter().position(|h| h == name).unwrap();
    let row = reader.records().next().unwrap().unwrap();
    assert_eq!(
        &row[column("summary")],
        "Tidal power, \"with care\",\nand a pilot"
    );
    assert_eq!(
        &row[column("topics")],
        "Tidal power, \"with care\" for fish"
    );
}

#[test]
fn the_json_export_is_a_valid_dataset_of_the_view() {
    let d = bundled();
    let shown = view(&d, "country=IR,FI");
    let file = dataset_file(&d, shown.iter().map(|m| &**m));
    let again = validate(&file).unwrap();
    assert_eq!(
        again.meetings.iter().map(|m| &*m.id).collect::<Vec<_>>(),
        ["iran", "finland"]
    );
    assert_eq!(again.visit, d.visit);
    assert_eq!(again.sectors, d.sectors);
}

#[test]
fn ics_lines_end_in_crlf_and_fold_within_75_octets() {
    let d = fixture();
    let shown = view(&d, "");
    let text = ics(&d, &shown);
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    assert!(!text.replace("\r\n", "").contains('\n'), "no bare LF");
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
    }
    // Unfolded, the long description comes back whole, diacritics intact.
    let unfolded = text.replace("\r\n ", "");
    assert!(
        unfolded.contains("DESCRIPTION:A made-up exchange deal: students travel both ways\\, and a summer school opens in Gdańsk.\\nBoth sides called it a start.\\n\\nhttps://example.org/ve/meetings/wroblewska-zak/\r\n"),
        "{unfolded}"
    );
    assert!(unfolded.contains("SUMMARY:Łucja Wróblewska-Żak (University of the Baltic Coast)\r\n"));
    // Undated meetings get no event, however long their text.
    assert!(!unfolded.contains("hohenzollern"));
}

#[test]
fn ics_folds_only_between_characters() {
    let mut out = String::new();
    let line = format!("SUMMARY:{}", "Ødegård ".repeat(20));
    push_line(&mut out, &line);
    let parts: Vec<&str> = out.trim_end_matches("\r\n").split("\r\n ").collect();
    assert!(parts.len() > 2);
    assert!(parts[0].len() <= 75 && parts[1..].iter().all(|p| p.len() <= 74));
    assert_eq!(parts.concat(), line, "every character survives, none split");
    let mut short = String::new();
    push_line(&mut short, "VERSION:2.0");
    assert_eq!(short, "VERSION:2.0\r\n");
}

#[test]
fn ics_text_is_escaped() {
    assert_eq!(escape_text("a, b; c\\d\ne"), "a\\, b\\; c\\\\d\\ne");
}

#[test]
fn one_vevent_per_dated_meeting_and_the_undated_are_counted_not_dated() {
    let d = bundled();
    let shown = view(&d, "sector=diplomacy");
    assert_eq!(shown.len(), 8);
    let text = ics(&d, &shown).replace("\r\n ", "");
    // Every diplomacy meeting of the bundled visit is undated.
    assert_eq!(text.matches("BEGIN:VEVENT").count(), 0);
    assert!(text.contains("X-WR-CALDESC:0 dated meetings of Tokayev in New York for UNGA 78. 8 meetings in this view are left out: the source gives no date for them\\, and none is invented."), "{text}");

    let shown = view(&d, "sector=finance,transport-logistics");
    let text = ics(&d, &shown).replace("\r\n ", "");
    assert_eq!(text.matches("BEGIN:VEVENT").count(), 3);
    assert!(text.contains("X-WR-CALDESC:3 dated meetings of Tokayev in New York for UNGA 78. 1 meeting in this view is left out"));
    let wabtec = text.split("BEGIN:VEVENT").nth(1).unwrap();
    for want in [
        "UID:wabtec@tokayev-unga78-2023.visit-explorer\r\n",
        "DTSTAMP:20261129T120000Z\r\n",
        "DTSTART;VALUE=DATE:20230917\r\n",
        "DTEND;VALUE=DATE:20230918\r\n",
        "SUMMARY:Rafael Santana (Wabtec)\r\n",
        "URL:https://example.org/ve/meetings/wabtec/\r\n",
        "STATUS:CONFIRMED\r\n",
        "CATEGORIES:Transport & logistics,Manufacturing,Trade & investment\r\n",
    ] {
        assert!(wabtec.contains(want), "{want:?} not in {wabtec}");
    }
    // A planned, dated event is tentative.
    let text = ics(&fixture(), &view(&fixture(), "status=planned"));
    assert!(text.contains("STATUS:TENTATIVE"));
    assert_eq!(text.matches("BEGIN:VEVENT").count(), 1);
}

#[test]
fn all_day_events_end_on_the_next_day_across_months_and_years() {
    let d = |s: &str| Date::parse(s).unwrap();
    assert_eq!(d("2023-09-30").next(), d("2023-10-01"));
    assert_eq!(d("2024-02-28").next(), d("2024-02-29"));
    assert_eq!(d("2023-12-31").next(), d("2024-01-01"));
    assert_eq!(d("2023-09-17").compact(), "20230917");
}

/// The app joins the pieces the build made; for every view that must give what the
/// format's own writers give for it, byte for byte.
#[test]
fn the_joined_pieces_equal_the_writers_for_every_view() {
    use visit_core::export::pieces::{assemble, write};
    let cases = [
        (
            bundled(),
            vec!["", "sector=finance", "country=IR", "q=zzzz", "day=undated"],
        ),
        (fixture(), vec!["", "status=planned", "q=tidal"]),
        (trip(), vec!["", "stop=kigali", "country=TZ", "day=undated"]),
    ];
    let mut checked = 0;
    for (d, queries) in cases {
        let text = write(&d);
        let only = match d.sources.as_slice() {
            [one] => Some(one.id.as_str()),
            _ => None,
        };
        for q in queries {
            let shown = view(&d, q);
            let refs: Vec<&Meeting> = shown.iter().map(|m| &**m).collect();
            let join = |f| {
                assemble(
                    &text,
                    &d,
                    &refs,
                    f,
                    "https://example.org/ve",
                    "20261129T120000Z",
                )
                .unwrap()
            };
            let files: Vec<_> = shown.iter().map(|m| meeting_file(&d, m)).collect();
            assert_eq!(
                join(Format::Csv),
                meetings_csv(&files, only, true),
                "CSV of {q:?}"
            );
            let json = serde_json::to_string_pretty(&dataset_file(&d, refs.iter().copied()))
                .unwrap()
                + "\n";
            assert_eq!(join(Format::Json), json, "JSON of {q:?}");
            assert_eq!(join(Format::Calendar), ics(&d, &shown), "calendar of {q:?}");
            checked += 1;
        }
    }
    assert_eq!(checked, 12);
    // A list in another order than the dataset's is joined in its own order.
    let d = trip();
    let mut refs: Vec<&Meeting> = d.meetings.iter().map(|m| &**m).collect();
    refs.reverse();
    let files: Vec<_> = refs.iter().map(|m| meeting_file(&d, m)).collect();
    let joined = assemble(&write(&d), &d, &refs, Format::Csv, "", "").unwrap();
    assert_eq!(joined, meetings_csv(&files, None, true));
}

#[test]
fn pieces_from_another_build_are_refused() {
    use visit_core::export::pieces::{assemble, write};
    let (d, other) = (bundled(), fixture());
    let text = write(&other);
    let all: Vec<&Meeting> = d.meetings.iter().map(|m| &**m).collect();
    let e = assemble(&text, &d, &all, Format::Csv, "", "").unwrap_err();
    assert!(e.contains("another build"), "{e}");
}
