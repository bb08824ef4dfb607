//! Durations: "21 days", "a decade", "2 hours 53 minutes", "2h53", "four
//! and a half years", "a 96-hour strike", "more than five years".
//!
//! Sources state one length of time in many shapes: a race won in "2h53"
//! or "173 minutes", a strike of "four days" or "96 hours", a sentence of
//! "four and a half years" or "4 years and 6 months". Each becomes one
//! [`Value::Duration`] in the smallest unit written ("2 hours 53 minutes"
//! is 173 minutes, "4 years and 6 months" 54 months, "four and a half
//! years" 4.5 years), which [`Value::compatible`] compares across units.
//!
//! A duration is as precise as written: "six years" is exactly six, "6.5
//! years" the rounding band of 6.5, and a qualifier reads as it does for
//! any figure (`quantity.rs` reads the figure and its qualifier: "more
//! than five years" is over five, "nearly two hours" up to two).
//!
//! Not durations: ages ("63-year-old", "63 years old", "aged 63": a
//! reader of ages owns them), points in time ("two years ago", "a week
//! from now", which the date recognizer reads when it can), rates ("$3
//! million a year", "twice a day": "a year" counts only after a word that
//! introduces a length, "for a year", "more than a decade"), and game or
//! clock times ("2:30 left" is neither).

use super::date::{listed, pattern, prev_word};
use crate::recognize::quantity::{find_quantities, Quantity, QuantityKind};
use crate::span::Span;
use crate::value::{Interval, Value};
use regex::Regex;
use std::sync::LazyLock;

/// One duration found in a text.
#[derive(Clone, Debug, PartialEq)]
pub struct DurationMatch {
    /// From the qualifier, if any, to the last unit: "more than five years".
    pub span: Span,
    /// A [`Value::Duration`].
    pub value: Value,
}

/// Every duration in `text`, in reading order, never overlapping.
pub fn find_durations(text: &str) -> Vec<DurationMatch> {
    durations_among(text, &find_quantities(text))
}

/// [`find_durations`] with the quantities of `text` already read (the
/// counts of durations are among them), so a caller that needs both reads
/// them once.
pub fn durations_among(text: &str, quantities: &[Quantity]) -> Vec<DurationMatch> {
    let counts: Vec<&Quantity> = quantities.iter().filter(|q| q.kind == QuantityKind::Number).collect();
    let mut parts: Vec<Part> = Vec::new();
    for m in PATTERNS.unit.find_iter(text) {
        if let Some(p) = part_at(text, &counts, Span::new(m.start(), m.end())) {
            parts.push(p);
        }
    }
    parts.extend(clock_shaped(text));
    parts.sort_by_key(|p| (p.span.start, std::cmp::Reverse(p.span.end)));
    let mut kept: Vec<Part> = Vec::new();
    for p in parts {
        if kept.last().is_some_and(|k| k.span.overlaps(p.span)) {
            continue;
        }
        kept.push(p);
    }
    join_compounds(text, kept)
        .into_iter()
        .map(|p| DurationMatch {
            span: p.span,
            value: Value::Duration { unit: p.unit.to_string(), interval: p.interval },
        })
        .collect()
}

/// One count of one unit, before compounds are joined.
#[derive(Clone, Debug)]
struct Part {
    span: Span,
    unit: &'static str,
    interval: Interval,
    /// A qualifier or a rounding band: such a part may only open a compound.
    plain: bool,
}

struct Patterns {
    unit: Regex,
    /// "and a half" between a count and its unit, or after the unit.
    and_a_half_before: Regex,
    and_a_half_after: Regex,
    /// "3h41", "2h05m".
    hours_minutes: Regex,
    /// "2:03:23" after "in", "of", "time", "clocked".
    race_time: Regex,
    /// What may join two parts of one compound: "2 hours 53 minutes",
    /// "four hours and 12 minutes", "2 years, 3 months".
    joiner: Regex,
}

static PATTERNS: LazyLock<Patterns> = LazyLock::new(|| Patterns {
    // Abbreviations in lower case only: "SEC" is a regulator.
    unit: pattern(
        r"\b(?:(?i:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?|century|centuries)|secs?|mins?|hrs?|yrs?)\b",
    ),
    and_a_half_before: pattern(r"(?i)^(?:\s+|-)and(?:\s+|-)a(?:\s+|-)half(?:\s+|-)$"),
    and_a_half_after: pattern(r"(?i)^\s+and\s+a\s+half\b"),
    hours_minutes: pattern(r"\b(?P<h>[0-9]{1,2})h(?P<m>[0-5][0-9])(?:m|min)?\b"),
    race_time: pattern(
        r"(?i)\b(?:in|of|time|clocked|timed)\s+(?P<t>(?P<h>[0-9]{1,2}):(?P<m>[0-5][0-9]):(?P<s>[0-5][0-9]))\b",
    ),
    joiner: pattern(r"(?i)^(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+)$"),
});

/// A written unit's canonical name (the names [`crate::value::days_per`]
/// knows) and how many of that unit it is ("fortnight" is two weeks).
fn canonical(written: &str) -> Option<(&'static str, f64)> {
    let w = written.to_ascii_lowercase();
    Some(match w.as_str() {
        "second" | "seconds" | "sec" | "secs" => ("second", 1.0),
        "minute" | "minutes" | "min" | "mins" => ("minute", 1.0),
        "hour" | "hours" | "hr" | "hrs" => ("hour", 1.0),
        "day" | "days" => ("day", 1.0),
        "week" | "weeks" => ("week", 1.0),
        "fortnight" | "fortnights" => ("week", 2.0),
        "month" | "months" => ("month", 1.0),
        "year" | "years" | "yr" | "yrs" => ("year", 1.0),
        "decade" | "decades" => ("decade", 1.0),
        "century" | "centuries" => ("century", 1.0),
        _ => return None,
    })
}

/// Units that convert exactly, largest first: a compound joins only along
/// one ladder ("4 years and 6 months", "2 hours 53 minutes"; not "a year
/// and 3 days", whose length in days is not fixed).
const LADDERS: [&[(&str, f64)]; 2] = [
    &[("century", 10.0), ("decade", 10.0), ("year", 12.0), ("month", 1.0)],
    &[("week", 7.0), ("day", 24.0), ("hour", 60.0), ("minute", 60.0), ("second", 1.0)],
];

/// How many `small` make one `large`, when `large` is above `small` on a ladder.
fn factor(large: &str, small: &str) -> Option<f64> {
    LADDERS.iter().find_map(|ladder| {
        let i = ladder.iter().position(|(u, _)| *u == large)?;
        let j = ladder.iter().position(|(u, _)| *u == small)?;
        (i < j).then(|| ladder[i..j].iter().map(|(_, f)| f).product())
    })
}

/// Words after which "a year", "an hour" is a length: "for a year",
/// "more than a decade", "took an hour". After anything else it is more
/// often a rate ("$3 million a year", "twice a day").
const BEFORE_A_UNIT: &str = "for in within after over than about nearly almost around roughly some past last first \
    whole entire full least most only just barely under lasted lasts lasting took takes taking spent spend spending \
    served serve serving waited wait";

/// The count and unit ending at the unit word `unit`, if the words before
/// it make one.
fn part_at(text: &str, quantities: &[&Quantity], unit: Span) -> Option<Part> {
    let (name, per) = canonical(unit.slice(text))?;
    let after = &text[unit.end..];
    // Ages and points in time.
    let lower_after = after.get(..12.min(after.len())).unwrap_or(after).to_ascii_lowercase();
    if lower_after.starts_with("-old")
        || lower_after.starts_with(" old")
        || lower_after.starts_with(" of age")
        || lower_after.starts_with(" ago")
        || lower_after.starts_with(" from now")
    {
        return None;
    }
    // "a second consecutive term", "a second time": an ordinal, not a duration.
    if name == "second" {
        let next = after.trim_start_matches([' ', '\u{a0}']);
        if next.len() < after.len()
            && next.starts_with(|c: char| c.is_alphabetic())
            && !next.starts_with("and")
            && !next.starts_with("of")
        {
            return None;
        }
    }
    let before = &text[..unit.start];
    let hyphen = before.ends_with(['-', '‐', '‑']);
    let count_end = if hyphen {
        unit.start - before.chars().next_back().map_or(0, char::len_utf8)
    } else {
        let trimmed = before.trim_end_matches([' ', '\u{a0}']);
        if trimmed.len() == before.len() || before[trimmed.len()..].chars().count() > 1 {
            return None;
        }
        trimmed.len()
    };
    let tail_half = PATTERNS.and_a_half_after.find(after).map(|m| unit.end + m.end());
    let (start, mut interval, plain) = count_before(text, quantities, count_end)?;
    if prev_word(text, start).as_deref() == Some("aged") {
        return None;
    }
    let mut end = unit.end;
    if let Some(tail) = tail_half.filter(|_| !hyphen) {
        interval = shifted(interval, 0.5);
        end = tail;
    }
    Some(Part { span: Span::new(start, end), unit: name, interval: interval.scaled(per), plain })
}

/// The count ending at `end`: a figure the quantity recognizer read (with
/// its qualifier), "four and a half", "2½", "a"/"an"/"one", "half a".
/// Returns where it starts, its interval and whether it is plain.
fn count_before(text: &str, quantities: &[&Quantity], end: usize) -> Option<(usize, Interval, bool)> {
    let before = &text[..end];
    // "half an hour", "half a day".
    if let Some(at) = ["half an", "half a"].iter().find_map(|p| ends_with_words(before, p)) {
        let (start, interval) = qualified(text, at, "0.5");
        return Some((start, interval, start == at));
    }
    if let Some(q) = quantities.iter().find(|q| q.span.end == end) {
        return Some((q.span.start, q.interval, q.qualifier.is_none() && q.integer));
    }
    // "four and a half", "2½", "one-and-a-half".
    for q in quantities.iter().filter(|q| q.span.end < end && end - q.span.end <= 16) {
        let gap = &text[q.span.end..end];
        let half = PATTERNS.and_a_half_before.is_match(&format!("{gap} ")) || gap == "½";
        if half {
            return Some((q.span.start, shifted(q.interval, 0.5), q.qualifier.is_none()));
        }
    }
    if let Some(at) = ["one", "an", "a"].iter().find_map(|w| ends_with_words(before, w)) {
        let word = prev_word(text, at);
        let starts_sentence = text[..at].trim_end().is_empty() || text[..at].trim_end().ends_with(['.', ':', ';']);
        if !starts_sentence && !word.as_deref().is_some_and(|w| listed(BEFORE_A_UNIT, w)) {
            return None;
        }
        let (start, interval) = qualified(text, at, "1");
        return Some((start, interval, start == at));
    }
    None
}

/// "more than a decade", "about half an hour": the quantity recognizer
/// reads the qualifiers of figures, so the qualifier before "a" is read by
/// showing it the figure (`figure`, "1" or "0.5") in the place of the words
/// (its rules, not a copy of them, decide). Returns where the qualifier
/// starts and the interval, or `at` and the exact figure.
fn qualified(text: &str, at: usize, figure: &str) -> (usize, Interval) {
    let from = text.floor_char_boundary(at.saturating_sub(40));
    let window = &text[from..at];
    let probe = format!("{window}{figure}");
    let read = find_quantities(&probe)
        .into_iter()
        .find(|q| q.span.end == probe.len() && q.span.start < window.len() && q.kind == QuantityKind::Number);
    match read {
        Some(q) if q.qualifier.is_some() => (from + q.span.start, q.interval),
        _ => (at, Interval::exact(figure.parse().unwrap_or(1.0))),
    }
}

/// "3h41" and race times "in 2:03:23".
fn clock_shaped(text: &str) -> Vec<Part> {
    let mut out = Vec::new();
    // Both shapes are digits: most sentences hold none.
    if !crate::recognize::number::has_ascii_digit(text) {
        return out;
    }
    // "3h41" holds an "h" between digits, a race time a colon; most
    // sentences with digits hold neither, and these tests cost less than
    // the patterns' searches.
    let bytes = text.as_bytes();
    let digit_at = |at: usize| bytes.get(at).is_some_and(u8::is_ascii_digit);
    let h_between_digits = text.match_indices('h').any(|(at, _)| at > 0 && digit_at(at - 1) && digit_at(at + 1));
    for c in PATTERNS.hours_minutes.captures_iter(if h_between_digits { text } else { "" }) {
        let (Some(whole), Some(h), Some(m)) = (c.get(0), c.name("h"), c.name("m")) else { continue };
        let (Ok(h), Ok(m)) = (h.as_str().parse::<f64>(), m.as_str().parse::<f64>()) else { continue };
        let span = Span::new(whole.start(), whole.end());
        out.push(Part { span, unit: "minute", interval: Interval::exact(h * 60.0 + m), plain: true });
    }
    for c in PATTERNS.race_time.captures_iter(if text.contains(':') { text } else { "" }) {
        let (Some(t), Some(h), Some(m), Some(s)) = (c.name("t"), c.name("h"), c.name("m"), c.name("s")) else {
            continue;
        };
        if text[t.end()..].starts_with(|ch: char| ch.is_ascii_digit() || ch == ':') {
            continue;
        }
        let secs = [h, m, s].iter().filter_map(|x| x.as_str().parse::<f64>().ok()).fold(0.0, |acc, x| acc * 60.0 + x);
        let span = Span::new(t.start(), t.end());
        out.push(Part { span, unit: "second", interval: Interval::exact(secs), plain: true });
    }
    out
}

/// Parts of one compound joined into one duration in the smallest unit:
/// "2 hours 53 minutes" is 173 minutes. Only a plain part may follow
/// another ("3 hours and about 40 minutes" stays two durations).
fn join_compounds(text: &str, parts: Vec<Part>) -> Vec<Part> {
    let mut out: Vec<Part> = Vec::with_capacity(parts.len());
    for p in parts {
        if let Some(prev) = out.last_mut() {
            let gap = &text[prev.span.end..p.span.start];
            if p.plain && PATTERNS.joiner.is_match(gap) {
                if let Some(f) = factor(prev.unit, p.unit) {
                    let value = p.interval.min.unwrap_or(0.0);
                    prev.interval = shifted(prev.interval.scaled(f), value);
                    prev.unit = p.unit;
                    prev.span = prev.span.cover(p.span);
                    continue;
                }
            }
        }
        out.push(p);
    }
    out
}

/// Both ends moved by `by`.
fn shifted(i: Interval, by: f64) -> Interval {
    Interval { min: i.min.map(|x| x + by), max: i.max.map(|x| x + by), ..i }
}

/// Where `phrase` (words separated by single spaces) ends `before`, if it
/// does, as whole words.
fn ends_with_words(before: &str, phrase: &str) -> Option<usize> {
    let mut end = before.len();
    for word in phrase.split(' ').rev() {
        let trimmed = before[..end].trim_end_matches([' ', '\u{a0}', '-']);
        let start = trimmed.len().checked_sub(word.len())?;
        if !trimmed.is_char_boundary(start) || !trimmed[start..].eq_ignore_ascii_case(word) {
            return None;
        }
        if trimmed[..start].chars().next_back().is_some_and(char::is_alphanumeric) {
            return None;
        }
        end = start;
    }
    Some(end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clock_shapes_are_read_whenever_the_patterns_match() {
        let texts = [
            "She won in 2h53 after a 3h41m effort",
            "finished in 2:03:23, clocked 1:59:40 Z",
            "the 4th hour, 12 h 30, 3H41",
            "a time of 2:03 and 10h, 8ha",
            "no clock here, 24 hours",
            "h5 and 5h",
        ];
        for text in texts {
            let spans: Vec<Span> = clock_shaped(text).iter().map(|p| p.span).collect();
            let expected: Vec<Span> = PATTERNS
                .hours_minutes
                .captures_iter(text)
                .filter_map(|c| c.get(0))
                .map(|m| Span::from(m.range()))
                .chain(
                    PATTERNS
                        .race_time
                        .captures_iter(text)
                        .filter_map(|c| c.name("t"))
                        .filter(|t| !text[t.end()..].starts_with(|ch: char| ch.is_ascii_digit() || ch == ':'))
                        .map(|t| Span::from(t.range())),
                )
                .collect();
            assert_eq!(spans, expected, "{text:?}");
        }
    }

    /// (written, unit, interval) of every duration.
    fn found(text: &str) -> Vec<(&str, String, Interval)> {
        find_durations(text)
            .into_iter()
            .map(|d| match d.value {
                Value::Duration { unit, interval } => (d.span.slice(text), unit, interval),
                other => panic!("not a duration: {other:?}"),
            })
            .collect()
    }

    fn exact<'t>(written: &'t str, unit: &str, n: f64) -> (&'t str, String, Interval) {
        (written, unit.to_string(), Interval::exact(n))
    }

    fn one(text: &str) -> Value {
        let all = find_durations(text);
        assert_eq!(all.len(), 1, "{text}: {all:?}");
        all[0].value.clone()
    }

    #[test]
    fn plain_counts_are_exact() {
        assert_eq!(found("The form must be returned within 21 days."), vec![exact("21 days", "day", 21.0)]);
        assert_eq!(found("the match lasted 173 minutes"), vec![exact("173 minutes", "minute", 173.0)]);
        assert_eq!(found("held for 90 seconds"), vec![exact("90 seconds", "second", 90.0)]);
        assert!(found("for a second consecutive season").is_empty());
        assert_eq!(found("after six years in office"), vec![exact("six years", "year", 6.0)]);
        assert_eq!(found("over two decades"), vec![("over two decades", "decade".into(), Interval::above(2.0))]);
    }

    #[test]
    fn compounds_are_one_duration_in_the_smallest_unit() {
        assert_eq!(found("a marathon of 2 hours 53 minutes"), vec![exact("2 hours 53 minutes", "minute", 173.0)]);
        assert_eq!(found("after four hours and 12 minutes"), vec![exact("four hours and 12 minutes", "minute", 252.0)]);
        assert_eq!(found("jailed for 4 years and 6 months"), vec![exact("4 years and 6 months", "month", 54.0)]);
        assert_eq!(found("nine years and three months"), vec![exact("nine years and three months", "month", 111.0)]);
        assert_eq!(found("won in 2h53"), vec![exact("2h53", "minute", 173.0)]);
        assert_eq!(
            found("2 hours, 3 minutes and 12 seconds"),
            vec![exact("2 hours, 3 minutes and 12 seconds", "second", 7392.0)]
        );
        // No fixed number of days in a year: two durations.
        assert_eq!(
            found("served 2 years and 3 days"),
            vec![exact("2 years", "year", 2.0), exact("3 days", "day", 3.0)]
        );
    }

    #[test]
    fn halves() {
        assert_eq!(found("four and a half years"), vec![exact("four and a half years", "year", 4.5)]);
        assert_eq!(found("eight and a half years at the helm"), vec![exact("eight and a half years", "year", 8.5)]);
        assert_eq!(found("for an hour and a half"), vec![exact("an hour and a half", "hour", 1.5)]);
        assert_eq!(found("for half an hour"), vec![exact("half an hour", "hour", 0.5)]);
        assert_eq!(found("about half an hour")[0].0, "about half an hour");
        assert!(found("about half an hour")[0].2.contains(0.52));
        assert_eq!(found("a one-and-a-half-year term"), vec![exact("one-and-a-half-year", "year", 1.5)]);
        assert!(one("four and a half years").compatible(&one("4 years and 6 months")));
        assert!(!one("four and a half years").compatible(&one("4 years and 7 months")));
    }

    #[test]
    fn hyphenated_modifiers() {
        assert_eq!(found("a 96-hour strike"), vec![exact("96-hour", "hour", 96.0)]);
        assert_eq!(found("a four-day walkout"), vec![exact("four-day", "day", 4.0)]);
        assert_eq!(found("a 30-day notice period"), vec![exact("30-day", "day", 30.0)]);
        assert_eq!(found("the eight-month trial"), vec![exact("eight-month", "month", 8.0)]);
        assert_eq!(found("20-hour shifts"), vec![exact("20-hour", "hour", 20.0)]);
        assert_eq!(found("a four-year term"), vec![exact("four-year", "year", 4.0)]);
        assert!(one("a four-day walkout").compatible(&one("a 96-hour walkout")));
        assert!(!one("a four-day walkout").compatible(&one("a 72-hour walkout")));
        assert!(one("won in 2h53").compatible(&one("2 hours 53 minutes")));
    }

    #[test]
    fn qualifiers_read_as_for_any_figure() {
        let d = |t: &str| match one(t) {
            Value::Duration { interval, .. } => interval,
            _ => unreachable!(),
        };
        assert_eq!(d("more than five years"), Interval::above(5.0));
        assert_eq!(d("at least 21 days"), Interval::at_least(21.0));
        assert_eq!(d("nearly two hours"), Interval::closed(1.8, 2.0));
        assert!(d("about 20 minutes").contains(21.0));
        assert_eq!(d("more than a decade"), Interval::above(1.0));
        assert_eq!(d("in under an hour"), Interval::below(1.0));
        assert_eq!(d("6.5 years"), Interval::around(6.5, 0.05));
        assert_eq!(d("three to five years"), Interval::closed(3.0, 5.0));
        assert!(one("more than five years").compatible(&one("six years")));
        assert!(!one("more than five years").compatible(&one("four years")));
    }

    #[test]
    fn a_unit_after_a_length_word_is_one_unit() {
        assert_eq!(found("It took a decade to build."), vec![exact("a decade", "decade", 1.0)]);
        assert_eq!(found("A decade of war"), vec![exact("A decade", "decade", 1.0)]);
        assert_eq!(found("for a fortnight"), vec![exact("a fortnight", "week", 2.0)]);
        // Rates, not lengths.
        for text in ["earns $3 million a year", "twice a day", "5% a year", "100 km an hour", "24 hours a day"] {
            assert!(found(text).iter().all(|(w, ..)| !w.starts_with('a')), "{text}: {:?}", found(text));
        }
    }

    #[test]
    fn ages_and_points_in_time_are_not_durations() {
        for text in [
            "a 63-year-old teacher",
            "the three-year-old war",
            "she is 63 years old",
            "at 40 years of age",
            "aged 63 years",
            "two years ago",
            "a week from now",
            "in its fourth year",
            "with 2:30 left",
            "a score of 7-6",
            "in 2025 alone7",
        ] {
            assert_eq!(found(text), vec![], "{text}");
        }
    }

    #[test]
    fn race_times() {
        assert_eq!(found("won in 2:03:23 on Sunday"), vec![exact("2:03:23", "second", 7403.0)]);
        assert_eq!(found("at 2:03:23 local"), vec![]);
    }

    #[test]
    fn ladders() {
        assert_eq!(factor("hour", "minute"), Some(60.0));
        assert_eq!(factor("decade", "month"), Some(120.0));
        assert_eq!(factor("year", "day"), None);
        assert_eq!(factor("minute", "hour"), None);
    }
}
