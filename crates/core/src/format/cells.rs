//! One meeting as one spreadsheet row, and back.
//!
//! Lists share a cell, items separated by ` | `; a figure is `value: what it is
//! about`; citations are `source-id: 2, 3` (or just `2, 3` when the dataset has
//! one source). Validation keeps `|` out of list items and `: ` out of figure
//! values, so every valid dataset has a spreadsheet form that reads back the same.

use super::{CiteFile, CounterpartFile, FigureFile, MeetingFile};

/// The columns of `meetings.csv`, in the order the writer uses. The reader takes
/// them in any order.
pub const COLUMNS: [&str; 19] = [
    "id",
    "status",
    "date",
    "date_basis",
    "date_note",
    "name",
    "role",
    "organisation",
    "kind",
    "countries",
    "stop",
    "mode",
    "sectors",
    "topics",
    "places",
    "figures",
    "summary",
    "cites",
    "announced",
];

/// Columns a sheet may leave out: a single-stop visit needs no `stop`, a meeting
/// held in person no `mode`, and most no `announced`.
pub const OPTIONAL: [&str; 3] = ["stop", "mode", "announced"];

/// What format 1 called `countries`, still read: a sheet with one country a row.
pub const LEGACY_COUNTRY: &str = "country";

/// Separates the items of a list cell.
pub const LIST: char = '|';
/// Separates a figure's value from what it is about.
pub const FIGURE: &str = ": ";

/// The column a field path of a meeting lives in (`counterpart.name` is `name`,
/// `sectors[1]` is `sectors`).
pub fn column_of(field: &str) -> &str {
    let head = field.split(['[', '.']).next().unwrap_or(field);
    match field.strip_prefix("counterpart.") {
        Some(rest) => rest,
        None => head,
    }
}

fn join(items: impl IntoIterator<Item = String>) -> String {
    items.into_iter().collect::<Vec<_>>().join(" | ")
}

fn split(cell: &str) -> impl Iterator<Item = &str> {
    cell.split(LIST).map(str::trim).filter(|s| !s.is_empty())
}

/// The row for `m`. `only_source` is the id of the dataset's single source, if it
/// has exactly one: citations of it are written as bare paragraph numbers.
pub fn row(m: &MeetingFile, only_source: Option<&str>) -> [String; 19] {
    let cite = |c: &CiteFile| {
        let numbers = c
            .paragraphs
            .iter()
            .map(u32::to_string)
            .collect::<Vec<_>>()
            .join(", ");
        if only_source == Some(c.source.as_str()) {
            numbers
        } else {
            format!("{}: {numbers}", c.source)
        }
    };
    [
        m.id.clone(),
        m.status.clone(),
        m.date.clone().unwrap_or_default(),
        m.date_basis.clone(),
        m.date_note.clone(),
        m.counterpart.name.clone(),
        m.counterpart.role.clone(),
        m.counterpart.organisation.clone(),
        m.kind.clone(),
        join(m.countries.iter().cloned()),
        m.stop.clone().unwrap_or_default(),
        m.mode.clone().unwrap_or_default(),
        join(m.sectors.iter().cloned()),
        join(m.topics.iter().cloned()),
        join(m.places.iter().cloned()),
        join(
            m.figures
                .iter()
                .map(|f| format!("{}{FIGURE}{}", f.value, f.about)),
        ),
        m.summary.clone(),
        join(m.cites.iter().map(cite)),
        m.announced.as_ref().map(cite).unwrap_or_default(),
    ]
}

/// A fault in one cell: its column and what is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CellError {
    pub column: &'static str,
    pub message: String,
}

/// Reads a row; `cell(column)` gives a cell's text (empty for a missing one).
/// `sources` are the dataset's source ids. Faults of the cells' own syntax are
/// returned all together; whether values are allowed is validation's job.
pub fn from_row<'a>(
    cell: impl Fn(&str) -> &'a str,
    sources: &[String],
) -> Result<MeetingFile, Vec<CellError>> {
    let mut errors = Vec::new();
    let text = |c: &str| cell(c).trim().to_string();
    let list = |c: &str| split(cell(c)).map(String::from).collect::<Vec<_>>();

    let mut figures = Vec::new();
    for item in split(cell("figures")) {
        match item.split_once(FIGURE) {
            Some((value, about)) => figures.push(FigureFile {
                value: value.trim().into(),
                about: about.trim().into(),
            }),
            None => errors.push(CellError {
                column: "figures",
                message: format!(
                    "figure \"{item}\" has no \"{FIGURE}\" between the value and what it is about; \
                     write e.g. \"about $1 billion: planned investment\""
                ),
            }),
        }
    }

    let mut cites = Vec::new();
    let mut announced = Vec::new();
    for (column, out) in [("cites", &mut cites), ("announced", &mut announced)] {
        for item in split(cell(column)) {
            let (source, numbers) = match item.split_once(':') {
                Some((s, n)) => (s.trim().to_string(), n),
                None if sources.len() == 1 => (sources[0].clone(), item),
                None => {
                    errors.push(CellError {
                    column,
                    message: format!(
                        "\"{item}\" names no source; with several sources write \"source-id: 2, 3\" \
                         (sources: {})",
                        sources.join(", ")
                    ),
                });
                    continue;
                }
            };
            let mut paragraphs = Vec::new();
            for n in numbers.split(',').map(str::trim).filter(|n| !n.is_empty()) {
                match n.parse::<u32>() {
                    Ok(p) => paragraphs.push(p),
                    Err(_) => errors.push(CellError {
                        column,
                        message: format!(
                            "\"{n}\" is not a paragraph number; write whole numbers, e.g. \"2, 3\""
                        ),
                    }),
                }
            }
            out.push(CiteFile { source, paragraphs });
        }
    }
    if announced.len() > 1 {
        errors.push(CellError {
            column: "announced",
            message: "names more than one source; the announcement is one earlier source, \"source-id: 2, 3\"".into(),
        });
    }

    let date = text("date");
    let meeting = MeetingFile {
        id: text("id"),
        status: text("status"),
        date: (!date.is_empty()).then_some(date),
        date_basis: text("date_basis"),
        date_note: text("date_note"),
        counterpart: CounterpartFile {
            name: text("name"),
            role: text("role"),
            organisation: text("organisation"),
        },
        kind: text("kind"),
        // `countries`, or format 1's `country`, whichever the sheet has.
        countries: if cell("countries").trim().is_empty() {
            list(LEGACY_COUNTRY)
        } else {
            list("countries")
        },
        stop: Some(text("stop")).filter(|s| !s.is_empty()),
        mode: Some(text("mode")).filter(|s| !s.is_empty()),
        sectors: list("sectors"),
        topics: list("topics"),
        places: list("places"),
        figures,
        summary: text("summary"),
        cites,
        announced: announced.pop(),
    };
    if errors.is_empty() {
        Ok(meeting)
    } else {
        Err(errors)
    }
}
