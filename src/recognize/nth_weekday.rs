//! Days named by their place in a month: "the first Tuesday of November",
//! "the last Thursday in November 2025", "the second Sunday of May".
//!
//! Constitutions, calendars and schedules fix days this way (a parliament
//! that meets on the first Tuesday of November, a holiday on the last
//! Monday of May); read as a weekday alone, such a day would be resolved to
//! the wrong week.

use super::date::gate::DATE_WORDS;
use super::date::{build, month_number, weekday_from_name, year_for, Candidate, Scanner};
use super::word_bits::Bits;
use crate::span::Span;
use chrono::{Datelike, NaiveDate};
use regex::{Captures, Regex};
use std::sync::LazyLock;

static LAYOUT: LazyLock<Regex> = LazyLock::new(|| {
    build(
        r"\b(?:the\s+)?(?P<n>first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)\s+(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+(?:of|in)\s+{MONTH}(?:,?\s+(?P<y>[0-9]{4})\b)?",
    )
});

/// Words one of which the text must hold, in any ASCII case, before the
/// layout is run.
pub(super) const CUE_WORDS: [&str; 2] = ["day of ", "day in "];

static CUES: LazyLock<Bits> = LazyLock::new(|| DATE_WORDS.mask(&CUE_WORDS));

/// Readings of such days, for [`find_dates`](super::date::find_dates) to
/// choose among.
pub(super) fn collect(scan: &Scanner<'_>, out: &mut Vec<Candidate>) {
    if scan.words() & *CUES == 0 || !scan.may_hold(|c| c.month_runs() >= 1) {
        return;
    }
    scan.collect(&LAYOUT, out, |c| read(scan, c));
}

fn read(scan: &Scanner<'_>, caps: &Captures<'_>) -> Option<Candidate> {
    let text = scan.text;
    let whole = caps.get(0)?;
    let month = month_number(text, caps.name("m1")?, whole.end())?;
    let weekday = weekday_from_name(caps.name("wd")?.as_str())?;
    let year = match caps.name("y") {
        Some(y) => y.as_str().parse().ok()?,
        None => year_for(scan.anchor?, month, 15)?,
    };
    let first = NaiveDate::from_ymd_opt(year, month, 1)?;
    let days: Vec<NaiveDate> =
        first.iter_days().take_while(|d| d.month() == month).filter(|d| d.weekday() == weekday).collect();
    let date = match caps.name("n")?.as_str().to_ascii_lowercase().as_str() {
        "last" => *days.last()?,
        "first" | "1st" => days[0],
        "second" | "2nd" => *days.get(1)?,
        "third" | "3rd" => *days.get(2)?,
        "fourth" | "4th" => *days.get(3)?,
        _ => *days.get(4)?,
    };
    Some(Candidate::one(Span::new(whole.start(), whole.end()), crate::value::Value::Date { date }))
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::super::date::{days_written as days, ymd as d};

    #[test]
    fn the_nth_weekday_of_a_month() {
        let published = NaiveDate::from_ymd_opt(2031, 9, 2);
        assert_eq!(
            days("The assembly sits on the first Tuesday of November.", published),
            vec![("the first Tuesday of November", d(2031, 11, 4))]
        );
        assert_eq!(
            days("Markets close on the last Monday in May 2030.", None),
            vec![("the last Monday in May 2030", d(2030, 5, 27))]
        );
        assert_eq!(
            days("the second Sunday of March 2030", None),
            vec![("the second Sunday of March 2030", d(2030, 3, 10))]
        );
        // No fifth Monday in February 2030; no year to read a yearless month in.
        assert!(days("the fifth Monday of February 2030", None).is_empty());
        assert!(days("the first Tuesday of November", None).is_empty());
    }
}
