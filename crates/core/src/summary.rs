//! What a dataset holds, counted: the summary `make check` prints.

use std::fmt;

use crate::domain::{Dataset, DateBasis, Status};

/// Meetings counted by status, date basis, sector and country.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Summary {
    pub visit: String,
    pub meetings: usize,
    pub sources: usize,
    /// `(label, count)` rows, in the order they print.
    pub by_status: Vec<(String, usize)>,
    pub by_stop: Vec<(String, usize)>,
    pub by_date_basis: Vec<(String, usize)>,
    pub by_sector: Vec<(String, usize)>,
    pub by_country: Vec<(String, usize)>,
}

pub fn summarise(d: &Dataset) -> Summary {
    let count =
        |f: &dyn Fn(&crate::domain::Meeting) -> bool| d.meetings.iter().filter(|m| f(m)).count();
    let mut by_country: Vec<(String, usize)> = Vec::new();
    // A meeting counts under each of its countries.
    for p in d.meetings.iter().flat_map(|m| m.countries.iter()) {
        let label = format!("{} ({})", p.name(), p.code());
        match by_country.iter_mut().find(|(l, _)| *l == label) {
            Some((_, n)) => *n += 1,
            None => by_country.push((label, 1)),
        }
    }
    // Most meetings first, then by name.
    by_country.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    Summary {
        visit: format!("{} ({})", d.visit.title, d.visit.id),
        meetings: d.meetings.len(),
        sources: d.sources.len(),
        by_status: Status::ALL
            .iter()
            .map(|&s| (s.slug().to_string(), count(&|m| m.status == s)))
            .collect(),
        by_stop: d
            .visit
            .stops
            .iter()
            .enumerate()
            .map(|(i, s)| (format!("{} ({})", s.city, s.id), count(&|m| m.stop == i)))
            .collect(),
        by_date_basis: DateBasis::ALL
            .iter()
            .map(|&b| (b.slug().to_string(), count(&|m| m.date_basis == b)))
            .collect(),
        by_sector: d
            .sector_ids()
            .map(|s| {
                (
                    d.sector(s).slug.to_string(),
                    count(&|m| m.sectors.contains(&s)),
                )
            })
            .collect(),
        by_country,
    }
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "{}: {} meetings, {} source{}",
            self.visit,
            self.meetings,
            self.sources,
            if self.sources == 1 { "" } else { "s" }
        )?;
        for (title, rows) in [
            ("by status", &self.by_status),
            ("by stop", &self.by_stop),
            ("by date basis", &self.by_date_basis),
            ("by sector (a meeting may have several)", &self.by_sector),
            ("by country (a meeting may have several)", &self.by_country),
        ] {
            writeln!(f, "\n  {title}")?;
            let width = rows
                .iter()
                .map(|(l, _)| l.chars().count())
                .max()
                .unwrap_or(0);
            for (label, n) in rows.iter() {
                writeln!(f, "    {label:<width$}  {n:>4}")?;
            }
        }
        Ok(())
    }
}
