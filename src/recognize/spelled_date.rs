//! Dates whose year is written in words: "January twenty five nineteen
//! eighty six", "6 April seventeen hundred thirty three", "January first
//! two thousand and thirty two".
//!
//! Transcripts, speeches and older copy spell years out; a date so written
//! is one calendar day like any other. Only a whole date is read here (a
//! day, a month and a year in words next to each other): a day in words
//! alone ("May twenty nine") is too often a count, and a year in words
//! alone ("two thousand") always is. The year must end the phrase: in "on
//! 13 May two thousand people marched" the words count people.

use super::date::gate::DATE_WORDS;
use super::date::{
    build, day_number, listed, month_number, next_token, Candidate, Next, Scanner, AFTER_YEARLESS_DAY, DAY_WORDS,
};
use super::word_bits::Bits;
use crate::recognize::number::parse_cardinal;
use crate::span::Span;
use crate::value::Value;
use chrono::NaiveDate;
use regex::{Captures, Regex};
use std::sync::LazyLock;

/// A day of the month in cardinal words: "twenty five", "fifteen".
const CARDINAL_DAY: &str = "(?:twenty|thirty)[\\s-](?:one|two|three|four|five|six|seven|eight|nine)\
    |thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|eleven|twelve|twenty|thirty\
    |one|two|three|four|five|six|seven|eight|nine|ten";

/// A word of a year in words.
const YEAR_WORD: &str = "thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|eleven|twelve|twenty|thirty\
    |forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|one|two|three|four|five|six|seven|eight|nine|ten|oh";

static LAYOUTS: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    let day = format!(r"(?:(?P<d1>[0-3]?[0-9])(?P<s1>st|nd|rd|th)?\b|(?P<w1>{DAY_WORDS})\b|(?P<c1>{CARDINAL_DAY})\b)");
    let year = format!(r"(?P<yw>(?:{YEAR_WORD})\b(?:(?:\s+|-)(?:and\s+)?(?:{YEAR_WORD})\b)*)");
    [
        // 6 April seventeen hundred thirty three / twenty five January nineteen eighty six
        format!(r"{day}\s+(?:of\s+)?{{M1}},?\s+(?:of\s+)?{year}"),
        // January twenty five nineteen eighty six / January first two thousand and thirty two
        format!(r"{{M1}}\s+(?:the\s+)?{day},?\s+(?:of\s+)?{year}"),
    ]
    .iter()
    .map(|t| build(t))
    .collect()
});

/// Every year in words holds one of these, in any ASCII case.
pub(super) const CUE_WORDS: [&str; 4] = ["teen", "twenty", "hundred", "thousand"];

static CUES: LazyLock<Bits> = LazyLock::new(|| DATE_WORDS.mask(&CUE_WORDS));

/// Readings of dates with a year in words, for
/// [`find_dates`](super::date::find_dates) to choose among.
pub(super) fn collect(scan: &Scanner<'_>, out: &mut Vec<Candidate>) {
    if scan.words() & *CUES == 0 || !scan.may_hold(|c| c.month_runs() >= 1) {
        return;
    }
    for re in LAYOUTS.iter() {
        scan.collect(re, out, |c| read(scan, c));
    }
}

fn read(scan: &Scanner<'_>, caps: &Captures<'_>) -> Option<Candidate> {
    let text = scan.text;
    let whole = caps.get(0)?;
    let month = month_number(text, caps.name("m1")?, whole.end())?;
    let day = match caps.name("c1") {
        Some(c) => cardinal(c.as_str()).filter(|d| (1..=31).contains(d))?,
        None => day_number(caps, ["d1", "d1"], "w1")?,
    };
    let yw = caps.name("yw")?;
    // The longest run of words that is a year and ends the phrase.
    let words: Vec<(usize, &str)> = word_ends(yw.as_str()).into_iter().map(|(e, w)| (yw.start() + e, w)).collect();
    let (end, year) = (1..=words.len()).rev().find_map(|k| {
        let end = words[k - 1].0;
        let year = year_from_words(&words[..k].iter().map(|(_, w)| *w).collect::<Vec<_>>())?;
        let ends_phrase = match next_token(text, end) {
            Next::End | Next::Punct(_) => true,
            Next::Word { word, capitalized } => {
                !capitalized && (listed(AFTER_YEARLESS_DAY, &word) || listed("was is were", &word))
            }
            Next::Digit => false,
        };
        ends_phrase.then_some((end, year))
    })?;
    let date = NaiveDate::from_ymd_opt(year, month, day)?;
    let span = Span::new(whole.start(), end);
    Some(Candidate::one(span, Value::Date { date }))
}

/// The words of a run, lower case, with the byte offset where each ends.
fn word_ends(run: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in run.char_indices().chain([(run.len(), ' ')]) {
        match (c.is_alphabetic(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                let w = &run[s..i];
                if !w.eq_ignore_ascii_case("and") {
                    out.push((i, w));
                }
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// "twenty five" → 25.
fn cardinal(words: &str) -> Option<u32> {
    let lower = words.to_lowercase();
    let parts: Vec<&str> = lower.split(['-', ' ', '\t', '\n']).filter(|w| !w.is_empty()).collect();
    let c = parse_cardinal(&parts)?;
    (c.words == parts.len() && c.value.fract() == 0.0).then_some(c.value as u32)
}

/// A year in words, 1000 to 2999: "two thousand thirty two" (one number),
/// "nineteen eighty six" (hundreds then the rest), "nineteen hundred ninety
/// three", "nineteen oh five".
fn year_from_words(words: &[&str]) -> Option<i32> {
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    let lower: Vec<&str> = lower.iter().map(String::as_str).collect();
    let year_range = |y: i32| (1000..=2999).contains(&y).then_some(y);
    if let Some(c) = parse_cardinal(&lower) {
        if c.words == lower.len() && c.value >= 1000.0 {
            return year_range(c.value as i32);
        }
    }
    // "nineteen eighty six": a first pair of digits, then the last two.
    for split in 1..lower.len() {
        let (head, tail) = lower.split_at(split);
        let Some(h) = parse_cardinal(head).filter(|c| c.words == head.len() && (10.0..=29.0).contains(&c.value)) else {
            continue;
        };
        let rest = match tail {
            ["hundred"] => Some(0),
            ["oh", unit] => parse_cardinal(&[unit]).filter(|c| c.value < 10.0).map(|c| c.value as i32),
            _ => parse_cardinal(tail)
                .filter(|c| c.words == tail.len() && (10.0..=99.0).contains(&c.value))
                .map(|c| c.value as i32),
        };
        if let Some(r) = rest {
            return year_range(h.value as i32 * 100 + r);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::date::find_dates;
    use super::*;

    fn only(text: &str) -> (String, NaiveDate) {
        let all = find_dates(text, None);
        assert_eq!(all.len(), 1, "{text}: {all:?}");
        match all[0].value {
            Value::Date { date } => (all[0].span.slice(text).to_string(), date),
            ref other => panic!("{text}: {other:?}"),
        }
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn years_in_words() {
        assert_eq!(only("born on January twenty five nineteen eighty six").1, d(1986, 1, 25));
        assert_eq!(only("on twenty five January nineteen eighty six").1, d(1986, 1, 25));
        assert_eq!(only("On fifteen August nineteen hundred ninety three, the mill opened").1, d(1993, 8, 15));
        assert_eq!(
            only("landed 13 Sept nineteen seventy two"),
            ("13 Sept nineteen seventy two".into(), d(1972, 9, 13))
        );
        assert_eq!(only("sailed on 6 April seventeen hundred thirty three").1, d(1733, 4, 6));
        assert_eq!(only("meet on January first two thousand and thirty two").1, d(2032, 1, 1));
        assert_eq!(only("on the fourth of July nineteen oh five").1, d(1905, 7, 4));
    }

    #[test]
    fn counts_after_a_date_are_not_years() {
        let all = find_dates("On 13 May two thousand people marched", Some(d(2025, 6, 1)));
        assert!(all.iter().all(|m| m.value != Value::Date { date: d(2000, 5, 13) }), "{all:?}");
        assert!(find_dates("May twenty nine", None).is_empty());
    }

    #[test]
    fn year_words() {
        assert_eq!(year_from_words(&["two", "thousand", "thirty", "two"]), Some(2032));
        assert_eq!(year_from_words(&["nineteen", "eighty", "six"]), Some(1986));
        assert_eq!(year_from_words(&["twenty", "twenty"]), Some(2020));
        assert_eq!(year_from_words(&["nineteen", "hundred"]), Some(1900));
        assert_eq!(year_from_words(&["seventeen", "hundred", "thirty", "three"]), Some(1733));
        assert_eq!(year_from_words(&["five", "hundred"]), None);
        assert_eq!(year_from_words(&["eighty", "six"]), None);
    }
}
