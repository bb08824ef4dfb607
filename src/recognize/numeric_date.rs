//! Dates written in figures outside the common layouts: compact
//! "20161016", spaced "2016 10 16", a month name among figures in any order
//! ("2020/23/Sep", "23-2020-September"), and two-digit years ("03/18/40",
//! "15 April of 87").
//!
//! File names, data tables, datelines and transcripts write dates this way;
//! each reading here is one calendar day and is taken only where the form
//! itself leaves no other reading: the year is 1900–2099 with a month and a
//! day that make a real date, the parts are kept apart from longer runs of
//! figures, and a two-digit year is read only against a publication date.

use super::date::gate::Clues;
use super::date::{
    build, digit_left_ok, digit_right_ok, listed, month_number, next_token, pattern, Candidate, Next, Scanner,
    AFTER_YEARLESS_DAY,
};
use crate::span::Span;
use chrono::{Datelike, NaiveDate};
use regex::{Captures, Regex};
use std::sync::LazyLock;

struct Layouts {
    /// "20161016": year, month and day run together.
    compact: Regex,
    /// "2016 10 16": two-figure month and day after the year, spaced.
    spaced: Regex,
    /// A month name, a four-figure year and a day joined by one kind of
    /// separator, in any order.
    mixed_dash: Regex,
    mixed_slash: Regex,
    /// "15 April of 87", "April 15 of 87", "15 April '87".
    short_year: Regex,
}

static LAYOUTS: LazyLock<Layouts> = LazyLock::new(|| {
    let part = r"(?:[0-9]{1,4}|[A-Za-z]{3,9}\.?)";
    let mixed = |sep: &str| pattern(&format!(r"\b(?P<a>{part}){sep}(?P<b>{part}){sep}(?P<c>{part})\b"));
    Layouts {
        compact: pattern(r"\b(?P<y>(?:19|20)[0-9]{2})(?P<m>[01][0-9])(?P<d>[0-3][0-9])\b"),
        spaced: pattern(r"\b(?P<y>(?:19|20)[0-9]{2}) (?P<m>[01][0-9]) (?P<d>[0-3][0-9])\b"),
        mixed_dash: mixed("-"),
        mixed_slash: mixed("/"),
        short_year: build(
            r"(?:(?P<d1>[0-3]?[0-9])(?:st|nd|rd|th)?\s+(?:of\s+)?{M1}|{M2}\s+(?P<d2>[0-3]?[0-9])(?:st|nd|rd|th)?),?\s+(?:of\s+|['’])(?P<yy>[0-9]{2})\b",
        ),
    }
});

/// Readings of the dates of this module, for
/// [`find_dates`](super::date::find_dates) to choose among.
pub(super) fn collect(scan: &Scanner<'_>, out: &mut Vec<Candidate>) {
    let text = scan.text;
    let l = &*LAYOUTS;
    // What each reading needs (see `date::gate`): eight figures in a row,
    // a four-figure year, a month name, two figures of a short year.
    if scan.may_hold(|c| c.digits_in_a_row() >= 8) {
        scan.collect(&l.compact, out, |c| figures_only(scan, c));
    }
    if scan.may_hold(|c| c.digits_in_a_row() >= 4) {
        scan.collect(&l.spaced, out, |c| figures_only(scan, c).filter(|c| ends_phrase(text, c.span.end)));
    }
    let mixed_needs = |c: &Clues| c.digits_in_a_row() >= 4 && c.month_runs() >= 1;
    if scan.may_hold(|c| c.dash() && mixed_needs(c)) {
        scan.collect(&l.mixed_dash, out, |c| mixed(scan, c));
    }
    if scan.may_hold(|c| c.slash() && mixed_needs(c)) {
        scan.collect(&l.mixed_slash, out, |c| mixed(scan, c));
    }
    if scan.anchor.is_some() && scan.may_hold(|c| c.digits_in_a_row() >= 2 && c.month_runs() >= 1) {
        scan.collect(&l.short_year, out, |c| short_year(scan, c));
    }
}

/// "20161016", "2016 10 16": year, month, day.
fn figures_only(scan: &Scanner<'_>, caps: &Captures<'_>) -> Option<Candidate> {
    let whole = caps.get(0)?;
    let span = Span::new(whole.start(), whole.end());
    let left_ok = in_name_after_word(scan.text, span.start) || digit_left_ok(scan.text, span.start);
    if !left_ok || !digit_right_ok(scan.text, span.end) {
        return None;
    }
    let number = |name: &str| caps.name(name)?.as_str().parse::<u32>().ok();
    let date = NaiveDate::from_ymd_opt(i32::try_from(number("y")?).ok()?, number("m")?, number("d")?)?;
    Some(scan.single_date(span, date))
}

/// Whether `at` follows a word and a hyphen or underscore, as a date in a
/// file name or slug does ("minutes-2025-04-04.pdf", "report_20250404"),
/// where a figure glued to a word would otherwise be a label's tail.
pub(super) fn in_name_after_word(text: &str, at: usize) -> bool {
    text[..at].strip_suffix(['-', '_']).is_some_and(|w| w.ends_with(|c: char| c.is_ascii_alphabetic()))
}

/// Whether a spaced date ends its phrase: "2016 10 16, the" and not "2019
/// 12 15-year-olds" or "in 2016 10 12 people".
fn ends_phrase(text: &str, at: usize) -> bool {
    match next_token(text, at) {
        Next::End => true,
        Next::Punct(c) => c != '-',
        Next::Word { word, capitalized } => capitalized || listed(AFTER_YEARLESS_DAY, &word),
        Next::Digit => false,
    }
}

/// Three parts, one a month name, one a four-figure year, one a day.
fn mixed(scan: &Scanner<'_>, caps: &Captures<'_>) -> Option<Candidate> {
    let text = scan.text;
    let whole = caps.get(0)?;
    let span = Span::new(whole.start(), whole.end());
    if !digit_left_ok(text, span.start) || !digit_right_ok(text, span.end) {
        return None;
    }
    let (mut month, mut year, mut day) = (None, None, None);
    for name in ["a", "b", "c"] {
        let part = caps.name(name)?;
        let written = part.as_str();
        if written.starts_with(|c: char| c.is_ascii_alphabetic()) {
            let m = month_number(text, part, whole.end())?;
            month.replace(m).is_none().then_some(())?;
        } else if written.len() == 4 {
            let y: i32 = written.parse().ok().filter(|y| (1900..=2099).contains(y))?;
            year.replace(y).is_none().then_some(())?;
        } else if written.len() <= 2 {
            let d: u32 = written.parse().ok()?;
            day.replace(d).is_none().then_some(())?;
        } else {
            return None;
        }
    }
    let date = NaiveDate::from_ymd_opt(year?, month?, day?)?;
    Some(scan.single_date(span, date))
}

/// "15 April of 87": the century that puts the year no more than twenty
/// years after the publication date (so "of 87" is 1987 and "of 21" in a
/// 2018 text is 2021). The year must end the phrase: "on 15 April of 87
/// patients" counts patients.
fn short_year(scan: &Scanner<'_>, caps: &Captures<'_>) -> Option<Candidate> {
    let text = scan.text;
    let whole = caps.get(0)?;
    let span = Span::new(whole.start(), whole.end());
    if !digit_right_ok(text, span.end) || !ends_phrase(text, span.end) {
        return None;
    }
    let month_name = caps.name("m1").or_else(|| caps.name("m2"))?;
    let month = month_number(text, month_name, whole.end())?;
    let day: u32 = caps.name("d1").or_else(|| caps.name("d2"))?.as_str().parse().ok()?;
    let yy: i32 = caps.name("yy")?.as_str().parse().ok()?;
    let year = two_digit_year(yy, scan.anchor?.year());
    let date = NaiveDate::from_ymd_opt(year, month, day)?;
    Some(scan.single_date(span, date))
}

/// The year of a two-digit year read against the publication year: the
/// latest year ending in those figures at most twenty years ahead.
pub(super) fn two_digit_year(yy: i32, published: i32) -> i32 {
    let year = published - published.rem_euclid(100) + yy;
    if year + 100 <= published + 20 {
        year + 100
    } else if year > published + 20 {
        year - 100
    } else {
        year
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::super::date::{days_written as days, ymd as d};

    #[test]
    fn compact_dates_in_names_and_tables() {
        assert_eq!(days("Minutes filed as board-19991231.pdf today.", None), vec![("19991231", d(1999, 12, 31))]);
        assert_eq!(days("Batch 20240229 shipped.", None), vec![("20240229", d(2024, 2, 29))]);
        // Not a real day, a longer run, a year out of range: figures, not dates.
        assert!(days("Batch 20230229 shipped.", None).is_empty());
        assert!(days("Account 1202403151 was closed.", None).is_empty());
        assert!(days("Code 30240315 failed.", None).is_empty());
    }

    #[test]
    fn spaced_dates_end_their_phrase() {
        assert_eq!(days("Filed 2021 03 09, the note said.", None), vec![("2021 03 09", d(2021, 3, 9))]);
        assert!(days("In 2021 10 12 people were hurt.", None).iter().all(|(s, _)| *s != "2021 10 12"));
    }

    #[test]
    fn a_month_name_among_figures_in_any_order() {
        for (text, want) in [
            ("Due November-2031-04.", "November-2031-04"),
            ("Due 2031/04/Nov.", "2031/04/Nov"),
            ("Due 04-2031-November.", "04-2031-November"),
            ("Due Nov/04/2031.", "Nov/04/2031"),
        ] {
            assert_eq!(days(text, None), vec![(want, d(2031, 11, 4))], "{text}");
        }
        // Two figures that could be days, or no year: not a date here.
        assert!(days("Rooms 12-Nov-14 and 2031-Nov-2032.", None).is_empty());
    }

    #[test]
    fn two_digit_years_against_the_publication_date() {
        let published = NaiveDate::from_ymd_opt(2019, 6, 1);
        assert_eq!(
            days("She was born on 9 March of 71 in a village.", published),
            vec![("9 March of 71", d(1971, 3, 9))]
        );
        assert_eq!(days("The lease runs to July 31 of 33.", published), vec![("July 31 of 33", d(2033, 7, 31))]);
        // A count after "of", and no publication date to read a year against.
        assert!(days("On 9 March of 71 patients, 3 died.", published).iter().all(|(s, _)| !s.contains("71")));
        assert!(days("She was born on 9 March of 71.", None).is_empty());
    }

    #[test]
    fn the_century_of_a_two_digit_year() {
        use super::two_digit_year;
        assert_eq!(two_digit_year(40, 2018), 1940);
        assert_eq!(two_digit_year(38, 2018), 2038);
        assert_eq!(two_digit_year(87, 2018), 1987);
        assert_eq!(two_digit_year(5, 1996), 2005);
        assert_eq!(two_digit_year(5, 1980), 1905);
    }
}
