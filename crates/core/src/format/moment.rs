//! When a source was published, and on which local day that was at a stop.
//!
//! A source's `published` is a date (`2022-11-10`) or a moment with its UTC
//! offset (`2022-11-10T20:30:00-05:00`). Dates of meetings are local to their
//! stop, so a moment is read as the day it was in the stop's time zone: a source
//! published in the evening in Washington can report a meeting held the next
//! morning in Bali.

use crate::domain::Date;

/// A source's publication as written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Published {
    /// A day, in the source's own reckoning.
    Day(Date),
    /// A moment: the day as written, and the full text to convert.
    Moment(Date, String),
}

impl Published {
    /// Reads `YYYY-MM-DD`, or an RFC 3339 moment with an offset
    /// (`YYYY-MM-DDTHH:MM[:SS]Z` or `…±HH:MM`).
    pub fn parse(s: &str) -> Option<Published> {
        let s = s.trim();
        if s.len() == 10 {
            return Date::parse(s).map(Published::Day);
        }
        let day = Date::parse(s.get(..10)?)?;
        let rest = s.get(10..)?;
        if !rest.starts_with(['T', 't']) || !has_offset(rest) {
            return None;
        }
        #[cfg(feature = "files")]
        if s.parse::<jiff::Timestamp>().is_err() {
            return None;
        }
        Some(Published::Moment(day, s.to_string()))
    }

    /// The day as the source dates it.
    pub fn day(&self) -> Date {
        match self {
            Published::Day(d) | Published::Moment(d, _) => *d,
        }
    }

    /// The day it was at a stop in `timezone` (an IANA name). A plain day, or a
    /// stop without a time zone, gives the day as written.
    pub fn day_in(&self, timezone: Option<&str>) -> Date {
        match (self, timezone) {
            #[cfg(feature = "files")]
            (Published::Moment(day, text), Some(tz)) => local_day(text, tz).unwrap_or(*day),
            _ => self.day(),
        }
    }
}

fn has_offset(rest: &str) -> bool {
    rest.ends_with(['Z', 'z'])
        || rest
            .len()
            .checked_sub(6)
            .and_then(|i| rest.get(i..))
            .is_some_and(|o| o.starts_with(['+', '-']) && o.as_bytes()[3] == b':')
}

#[cfg(feature = "files")]
fn local_day(text: &str, timezone: &str) -> Option<Date> {
    let at: jiff::Timestamp = text.parse().ok()?;
    let zoned = at.to_zoned(jiff::tz::TimeZone::get(timezone).ok()?);
    let d = zoned.date();
    Some(Date {
        year: d.year() as u16,
        month: d.month() as u8,
        day: d.day() as u8,
    })
}

/// True for a time zone name the bundled tz database knows (`Asia/Jakarta`).
/// Without the database (the browser, which never validates) every name passes.
pub fn is_time_zone(name: &str) -> bool {
    #[cfg(feature = "files")]
    return jiff::tz::TimeZone::get(name).is_ok();
    #[cfg(not(feature = "files"))]
    !name.trim().is_empty()
}
