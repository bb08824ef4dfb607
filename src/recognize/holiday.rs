//! Holidays as days: "on Christmas Day", "Easter 2018", "last Easter",
//! "two days before New Year's Day".
//!
//! Stories date events by holidays as often as by the calendar ("the attack
//! on Christmas Eve", "over Easter", "Black Friday sales"), and one source's
//! "Boxing Day" is another's "December 26". Holidays and how to find their
//! day in a year are data (`knowledge/holidays.toml`); this module reads
//! their names and hands days to [`find_dates`](super::date::find_dates).
//!
//! A holiday with no year is the occurrence nearest the publication date
//! (a story of 7 November speaks of the coming Christmas, one of 2 January of
//! the one just past); "last Easter" is the latest before it, "next Easter"
//! the first after it. Without a year or a publication date it names no day.
//!
//! Not a day: a name used as an adjective ("Christmas shopping", "Easter
//! weekend", "Black Friday sales" are seasons), a place or an event named
//! after one ("Christmas Island", "the Easter Rising"), another calendar's
//! holiday ("Lunar New Year", "Orthodox Christmas"), "Father Christmas".

use super::date::gate::DATE_WORDS;
use super::date::{listed, next_token, prev_word, Candidate, DateMatch, Next, Relative, Scanner};
use super::word_bits::Bits;
use crate::span::Span;
use crate::value::Value;
use chrono::{Datelike, Days, NaiveDate, Weekday};
use regex::{Captures, Regex};
use serde::Deserialize;
use std::cmp::Reverse;
use std::sync::LazyLock;

/// The layout of `knowledge/holidays.toml`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct HolidaysFile {
    holiday: Vec<Entry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    names: Vec<String>,
    date: Option<String>,
    easter: Option<i64>,
    month: Option<u32>,
    weekday: Option<String>,
    nth: Option<i8>,
    #[serde(default)]
    plus: i64,
}

/// How a holiday's day is found in a year.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Rule {
    Fixed {
        month: u32,
        day: u32,
    },
    Easter {
        plus: i64,
    },
    /// The nth weekday of a month (−1: the last), moved by `plus` days.
    Weekday {
        month: u32,
        weekday: Weekday,
        nth: i8,
        plus: i64,
    },
}

impl Rule {
    fn in_year(self, year: i32) -> Option<NaiveDate> {
        match self {
            Rule::Fixed { month, day } => NaiveDate::from_ymd_opt(year, month, day),
            Rule::Easter { plus } => easter_sunday(year)?.checked_add_signed(chrono::Duration::days(plus)),
            Rule::Weekday { month, weekday, nth, plus } => {
                let day = if nth < 0 {
                    let last = crate::value::last_day_of_month(year, month)?;
                    let back = (7 + last.weekday().num_days_from_monday() - weekday.num_days_from_monday()) % 7;
                    last.checked_sub_days(Days::new(u64::from(back)))?
                } else {
                    NaiveDate::from_weekday_of_month_opt(year, month, weekday, u8::try_from(nth).ok()?)?
                };
                day.checked_add_signed(chrono::Duration::days(plus))
            }
        }
    }
}

struct Holidays {
    /// Lower-case name → rule.
    names: Vec<(String, Rule)>,
    pattern: Regex,
}

static HOLIDAYS: LazyLock<Holidays> = LazyLock::new(|| {
    Holidays::parse(include_str!("../knowledge/holidays.toml"))
        .unwrap_or_else(|e| panic!("knowledge/holidays.toml: {e}"))
});

impl Holidays {
    fn parse(source: &str) -> Result<Holidays, String> {
        let file: HolidaysFile = toml::from_str(source).map_err(|e| e.to_string())?;
        let mut names: Vec<(String, Rule)> = Vec::new();
        for e in file.holiday {
            let rule = match (&e.date, e.easter, e.month, &e.weekday, e.nth) {
                (Some(d), None, None, None, None) => {
                    let (m, day) = d.split_once('-').ok_or_else(|| format!("date {d:?} is not MM-DD"))?;
                    let (month, day) = (
                        m.parse().map_err(|_| format!("date {d:?}"))?,
                        day.parse().map_err(|_| format!("date {d:?}"))?,
                    );
                    NaiveDate::from_ymd_opt(2024, month, day).ok_or_else(|| format!("date {d:?} is no day"))?;
                    Rule::Fixed { month, day }
                }
                (None, Some(plus), None, None, None) => Rule::Easter { plus },
                (None, None, Some(month), Some(w), Some(nth)) => {
                    let weekday = w.parse::<Weekday>().map_err(|_| format!("weekday {w:?}"))?;
                    if !(1..=12).contains(&month) || nth == 0 || !(-1..=5).contains(&nth) {
                        return Err(format!("{:?}: month 1-12, nth 1-5 or -1", e.names));
                    }
                    Rule::Weekday { month, weekday, nth, plus: e.plus }
                }
                _ => return Err(format!("{:?}: give `date`, `easter`, or `month`, `weekday` and `nth`", e.names)),
            };
            for n in e.names {
                let lower = n.to_lowercase();
                if lower.trim().is_empty() || names.iter().any(|(m, _)| *m == lower) {
                    return Err(format!("holiday name {n:?} is empty or listed twice"));
                }
                names.push((lower, rule));
            }
        }
        let mut sorted: Vec<&str> = names.iter().map(|(n, _)| n.as_str()).collect();
        sorted.sort_by_key(|n| (Reverse(n.len()), *n));
        let alternation = sorted.iter().map(|n| regex::escape(n).replace(' ', r"\s+")).collect::<Vec<_>>().join("|");
        let pattern = Regex::new(&format!(
            r"(?i)(?:(?-u:\b)(?P<cue>last|next|previous|following|this)\s+)?(?-u:\b)(?P<name>{alternation})(?-u:\b)(?:(?:\s*,\s*|\s+)(?:of\s+)?(?P<y>[0-9]{{4}})(?-u:\b))?"
        ))
        .map_err(|e| e.to_string())?;
        Ok(Holidays { names, pattern })
    }

    fn rule(&self, written: &str) -> Option<Rule> {
        let key = written.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
        self.names.iter().find(|(n, _)| *n == key).map(|(_, r)| *r)
    }
}

/// Easter Sunday of the Gregorian calendar (the anonymous algorithm).
fn easter_sunday(year: i32) -> Option<NaiveDate> {
    let (a, b, c) = (year.rem_euclid(19), year.div_euclid(100), year.rem_euclid(100));
    let (d, e) = (b / 4, b % 4);
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

/// Words before a name that make it another calendar's day or a person.
const OTHER_CALENDARS: &str =
    "lunar chinese persian jewish islamic hijri orthodox coptic ethiopian julian tamil tibetan father sikh hindu";

/// Lower-case words that may follow a holiday standing for its day: "on
/// Christmas Day the …", "Easter was …". Any other word makes the name an
/// adjective ("Christmas shopping").
const AFTER_HOLIDAY: &str = "the a an at and or to until till when while with from by for after before as that which \
    during amid in on this last next was is has had will would saw brought falls fell";

/// Words before a lower-case name that make it a day: "before new year",
/// "last easter".
const LOWER_CASE_CUES: &str = "last next previous following this before after until till since on by";

/// The words of the names, lower case: runs of three or more ASCII
/// letters ("new", "year", "eve" of "New Year’s Eve").
pub(super) fn name_words() -> impl Iterator<Item = &'static str> {
    HOLIDAYS.names.iter().flat_map(|(name, _)| words_of(name))
}

fn words_of(name: &str) -> impl Iterator<Item = &str> {
    name.split(|c: char| !c.is_ascii_alphabetic()).filter(|w| w.len() >= 3)
}

/// For each name, the bits of its words in `DATE_WORDS`: a text that
/// lacks a word of every name cannot hold one.
static NAME_WORDS: LazyLock<Vec<Bits>> = LazyLock::new(|| {
    let mut lists: Vec<Bits> =
        HOLIDAYS.names.iter().map(|(name, _)| DATE_WORDS.mask(&words_of(name).collect::<Vec<_>>())).collect();
    lists.sort_unstable();
    lists.dedup();
    lists
});

/// Holiday readings of the text, for [`find_dates`](super::date::find_dates).
pub(super) fn collect(scan: &Scanner<'_>, out: &mut Vec<Candidate>) {
    if scan.may_hold(|c| c.holds_all_of_one(&NAME_WORDS)) {
        scan.collect(&HOLIDAYS.pattern, out, |c| read(scan, c));
    }
}

fn read(scan: &Scanner<'_>, caps: &Captures<'_>) -> Option<Candidate> {
    let text = scan.text;
    let name = caps.name("name")?;
    let rule = HOLIDAYS.rule(name.as_str())?;
    let cue = caps.name("cue");
    let year = caps.name("y").and_then(|y| y.as_str().parse::<i32>().ok()).filter(|y| (1000..=2999).contains(y));
    let start = cue.map_or(name.start(), |c| c.start());
    let capital = name.as_str().starts_with(char::is_uppercase);
    let lower_ok =
        year.is_some() || cue.is_some() || prev_word(text, name.start()).is_some_and(|w| listed(LOWER_CASE_CUES, &w));
    if !capital && !lower_ok {
        return None;
    }
    let before = prev_word(text, start);
    if before.as_deref().is_some_and(|w| listed(OTHER_CALENDARS, w)) {
        return None;
    }
    // "in the New Year" is a season; "the Christmas Day attack" keeps its day.
    let lower = name.as_str().to_lowercase();
    let day_word = ["day", "eve", "night", "sunday", "monday", "friday"].iter().any(|w| lower.ends_with(w));
    if before.as_deref() == Some("the") && cue.is_none() && !day_word {
        return None;
    }
    let end = match (year, caps.name("y")) {
        (Some(_), Some(y)) => y.end(),
        _ => name.end(),
    };
    if year.is_none() && !follower_ok(text, end) {
        return None;
    }
    let span = Span::new(start, end);
    let anchor = scan.anchor;
    let (date, relative) = match (cue.map(|c| c.as_str().to_lowercase()), year) {
        (_, Some(y)) if cue.is_none() => (rule.in_year(y), None),
        (Some(c), None) => {
            let anchor = anchor?;
            let day = match c.as_str() {
                "last" | "previous" => last_before(rule, anchor),
                "this" => rule.in_year(anchor.year()),
                _ => first_after(rule, anchor),
            };
            (day, Some(Relative::Named))
        }
        (None, None) => match anchor {
            Some(a) => (nearest(rule, a), None),
            None => return Some(Candidate { span, found: Vec::new() }),
        },
        _ => return None,
    };
    let date = date?;
    Some(Candidate {
        span,
        found: vec![DateMatch { span, value: Value::Date { date }, stated_weekday: None, relative }],
    })
}

/// A name standing for a day ends its phrase: punctuation, the end, or a
/// function word follows. "Christmas Island" and "Easter weekend" are not days.
fn follower_ok(text: &str, end: usize) -> bool {
    match next_token(text, end) {
        Next::End | Next::Punct(_) => true,
        Next::Digit => false,
        Next::Word { word, capitalized } => !capitalized && listed(AFTER_HOLIDAY, &word),
    }
}

fn last_before(rule: Rule, anchor: NaiveDate) -> Option<NaiveDate> {
    let this = rule.in_year(anchor.year())?;
    if this < anchor {
        Some(this)
    } else {
        rule.in_year(anchor.year() - 1)
    }
}

fn first_after(rule: Rule, anchor: NaiveDate) -> Option<NaiveDate> {
    let this = rule.in_year(anchor.year())?;
    if this > anchor {
        Some(this)
    } else {
        rule.in_year(anchor.year() + 1)
    }
}

/// The occurrence nearest `anchor` (the earlier one on a tie).
fn nearest(rule: Rule, anchor: NaiveDate) -> Option<NaiveDate> {
    let y = anchor.year();
    [y - 1, y, y + 1].iter().filter_map(|&year| rule.in_year(year)).min_by_key(|d| ((*d - anchor).num_days().abs(), *d))
}

#[cfg(test)]
mod tests {
    use super::super::date::find_dates;
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn days(text: &str, anchor: Option<NaiveDate>) -> Vec<(&str, NaiveDate)> {
        super::super::date::days_written(text, anchor)
    }

    #[test]
    fn easter_by_the_algorithm() {
        for (y, m, day) in [(2016, 3, 27), (2017, 4, 16), (2018, 4, 1), (2019, 4, 21), (2024, 3, 31), (2025, 4, 20)] {
            assert_eq!(easter_sunday(y), Some(d(y, m, day)), "{y}");
        }
    }

    #[test]
    fn holidays_with_a_year() {
        assert_eq!(days("the fire on Christmas Day 2024 killed", None), vec![("Christmas Day 2024", d(2024, 12, 25))]);
        assert_eq!(days("sales on black friday 2010", None), vec![("black friday 2010", d(2010, 11, 26))]);
        assert_eq!(days("Easter 2018", None), vec![("Easter 2018", d(2018, 4, 1))]);
        assert_eq!(days("on Good Friday, 2025", None), vec![("Good Friday, 2025", d(2025, 4, 18))]);
        assert_eq!(days("by Boxing Day of 2023", None), vec![("Boxing Day of 2023", d(2023, 12, 26))]);
    }

    #[test]
    fn a_yearless_holiday_is_the_nearest() {
        assert_eq!(days("back before Christmas.", Some(d(2025, 11, 7))), vec![("Christmas", d(2025, 12, 25))]);
        assert_eq!(days("closed over Christmas.", Some(d(2026, 1, 2))), vec![("Christmas", d(2025, 12, 25))]);
        assert_eq!(days("attacked on New Year's Eve,", Some(d(2026, 1, 2))), vec![("New Year's Eve", d(2025, 12, 31))]);
        assert_eq!(
            days("three months after Easter.", Some(d(2016, 11, 7))),
            vec![("three months after Easter", d(2017, 7, 16))]
        );
        assert_eq!(days("on Christmas Day", None), vec![]);
    }

    #[test]
    fn last_and_next_holidays() {
        let spring = Some(d(2019, 3, 12));
        assert_eq!(days("When was the last Easter?", spring), vec![("last Easter", d(2018, 4, 1))]);
        assert_eq!(days("Until next easter", spring), vec![("next easter", d(2019, 4, 21))]);
        assert_eq!(find_dates("last Easter", spring)[0].relative, Some(Relative::Named));
    }

    #[test]
    fn names_that_are_not_days() {
        let anchor = Some(d(2025, 11, 7));
        for text in [
            "Christmas shopping rose",
            "on Christmas Island",
            "the Easter Rising of 1916",
            "celebrating Lunar New Year",
            "Orthodox Christmas falls later",
            "a visit from Father Christmas",
            "Black Friday sales",
            "St Patrick said",
            "in the new year",
            "early in the New Year",
            "an easter wind",
        ] {
            assert!(
                days(text, anchor).iter().all(|(w, _)| !w.to_lowercase().contains("christmas")
                    && !w.to_lowercase().contains("easter")
                    && !w.to_lowercase().contains("year")
                    && !w.to_lowercase().contains("friday")
                    && !w.to_lowercase().contains("patrick")),
                "{text}: {:?}",
                days(text, anchor)
            );
        }
    }

    #[test]
    fn data_is_checked() {
        assert!(Holidays::parse("[[holiday]]\nnames = [\"X\"]\ndate = \"02-30\"\n").is_err());
        assert!(Holidays::parse("[[holiday]]\nnames = [\"X\"]\n").is_err());
        assert!(Holidays::parse(
            "[[holiday]]\nnames = [\"X\"]\neaster = 1\n[[holiday]]\nnames = [\"x\"]\neaster = 2\n"
        )
        .is_err());
        let last_monday_of_may = Rule::Weekday { month: 5, weekday: Weekday::Mon, nth: -1, plus: 0 };
        assert_eq!(last_monday_of_may.in_year(2025), Some(d(2025, 5, 26)));
        assert!(HOLIDAYS.rule("christmas  day").is_some());
    }
}
