//! Clock times and their zones: "3:14 a.m.", "7 p.m.", "19:14 GMT", "0630
//! GMT", "11 a.m. Tokyo time", "8 p.m. PDT", "20:00 UTC+8", "at noon".
//!
//! Wire copy times an event in the zone of its desk: one source writes
//! "4:27 p.m. local time", another "1057 GMT", and both are right. A time is
//! therefore read with its zone, normalized ("UTC", "local", "Asia/Tokyo",
//! "+09:00") and, when the zone says it, with its offset from UTC, so that
//! [`Value::compatible`] compares moments, not numerals. Zone names live in
//! `knowledge/zones.toml`; a zone with summer time takes its offset on the
//! publication date, and none near a change.
//!
//! A restatement in parentheses, "4:27 p.m. local time (1057 GMT)", is kept
//! with the time it restates ([`TimeMatch::restatements`]) and listed as a
//! value of its own; when one side is "local" and the other has an offset,
//! the local side gets the offset the pair implies, so a reader sees one
//! moment.
//!
//! Most of the work is refusing what is not a time: a bare "1700" (a count
//! or a year; a four-digit time needs a zone or "h"/"hrs"), "4.35" (a
//! decimal; a dot separates hours only before "a.m."/"p.m."), scores
//! ("7-6", "4-3-3"), "24/7", verses and ratios ("John 3:16", "1:10"),
//! game clocks ("with 2:30 left"), race times ("2:03:23", a duration).

use super::date::{digit_left_ok, digit_right_ok, listed, pattern, prev_word_written};
use crate::span::Span;
use crate::value::Value;
use chrono::{Datelike, Days, NaiveDate, Weekday};
use regex::{Captures, Regex};
use serde::Deserialize;
use std::collections::HashMap;
use std::sync::LazyLock;

/// One time of day found in a text.
#[derive(Clone, Debug, PartialEq)]
pub struct TimeMatch {
    /// The time with its zone: "4:27 p.m. local time".
    pub span: Span,
    /// A [`Value::Time`].
    pub value: Value,
    /// The same moment restated in parentheses right after: "(1057 GMT)".
    pub restatements: Vec<TimeMatch>,
}

/// Every time of day in `text`, in reading order, never overlapping.
/// `anchor` (the publication date) gives the offset of zones with summer time.
pub fn find_times(text: &str, anchor: Option<NaiveDate>) -> Vec<TimeMatch> {
    let reader = Reader { text, anchor };
    let mut found: Vec<TimeMatch> = Vec::new();
    let mut floor = 0;
    // A time is digits or "noon", "midday", "midnight": most sentences hold none.
    // Every match of the time pattern starts at a digit, so the matches are
    // found digit by digit, as `captures_iter` would find them, and the
    // capture is skipped for a lone hour, which is never a time.
    let mut at = 0;
    while let Some(start) = crate::recognize::number::find_ascii_digit(&text.as_bytes()[at..]).map(|i| at + i) {
        if let Some(end) = lone_hour_end(text, start) {
            at = end;
            continue;
        }
        let Some(caps) = PATTERNS.time.captures_at(text, start) else { break };
        let Some(whole) = caps.get(0) else { break };
        at = whole.end();
        if whole.start() < floor {
            continue;
        }
        let Some(mut t) = reader.time(&caps) else { continue };
        if let Some(restated) = reader.restatement(t.span.end) {
            t = join_local(t, restated);
        }
        floor = t.restatements.last().map_or(t.span.end, |r| r.span.end);
        found.push(t);
    }
    let noon = names_noon(text);
    for caps in PATTERNS.noon.captures_iter(if noon { text } else { "" }) {
        if let Some(t) = reader.noon(&caps) {
            if !found.iter().any(|f| f.span.overlaps(t.span)) {
                found.push(t);
            }
        }
    }
    found.sort_by_key(|t| t.span.start);
    found
}

/// Whether `text` holds "noon", "midday" or "midnight" in any ASCII case,
/// as its lower-case copy would. Each of them holds "oo", "dd" or "dn",
/// which most sentences lack: one pass over the byte pairs, with no copy
/// and no search per word, answers for those.
fn names_noon(text: &str) -> bool {
    let bytes = text.as_bytes();
    let pair = |(a, b): (&u8, &u8)| {
        let (a, b) = (a | 0x20, b | 0x20);
        (a == b'o' && b == b'o') | (a == b'd' && (b == b'd' || b == b'n'))
    };
    let any_pair = bytes.iter().zip(bytes.get(1..).unwrap_or_default()).fold(false, |any, p| any | pair(p));
    any_pair
        && ["noon", "midday", "midnight"]
            .iter()
            .any(|w| bytes.windows(w.len()).any(|window| window.eq_ignore_ascii_case(w.as_bytes())))
}

// ---------------------------------------------------------------- zones

/// The layout of `knowledge/zones.toml`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ZonesFile {
    zone: Vec<ZoneEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct ZoneEntry {
    #[serde(default)]
    abbreviations: Vec<String>,
    #[serde(default)]
    places: Vec<String>,
    label: Option<String>,
    offset: Option<String>,
    standard: Option<String>,
    summer: Option<Summer>,
}

/// When a zone keeps summer time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
enum Summer {
    /// Last Sunday of March to last Sunday of October.
    Eu,
    /// Second Sunday of March to first Sunday of November.
    Us,
    /// A rule not known here: the offset stays unknown.
    Other,
}

/// A zone as the values name it.
#[derive(Clone, Debug, PartialEq)]
struct Zone {
    label: String,
    /// Minutes east of UTC, fixed.
    offset: Option<i32>,
    /// Winter offset and summer rule.
    seasonal: Option<(i32, Summer)>,
}

impl Zone {
    /// The offset on `day`, when known.
    fn offset_on(&self, day: Option<NaiveDate>) -> Option<i32> {
        if self.offset.is_some() {
            return self.offset;
        }
        let (standard, rule) = self.seasonal?;
        summer_time(rule, day?).map(|summer| standard + if summer { 60 } else { 0 })
    }
}

struct Zones {
    /// Written right after a time, case as written.
    abbreviations: HashMap<String, Zone>,
    /// Written before "time", lower case.
    places: HashMap<String, Zone>,
}

static ZONES: LazyLock<Zones> = LazyLock::new(|| {
    Zones::parse(include_str!("../knowledge/zones.toml")).unwrap_or_else(|e| panic!("knowledge/zones.toml: {e}"))
});

impl Zones {
    fn parse(source: &str) -> Result<Zones, String> {
        let file: ZonesFile = toml::from_str(source).map_err(|e| e.to_string())?;
        let mut zones = Zones { abbreviations: HashMap::new(), places: HashMap::new() };
        for entry in file.zone {
            let offset = entry.offset.as_deref().map(parse_offset).transpose()?;
            let seasonal = match (entry.standard.as_deref(), entry.summer) {
                (Some(s), Some(rule)) => Some((parse_offset(s)?, rule)),
                (None, None) => None,
                _ => return Err(format!("{:?}: `standard` and `summer` go together", entry.places)),
            };
            if offset.is_some() && seasonal.is_some() {
                return Err(format!("{:?}: a fixed `offset` and a `summer` rule", entry.places));
            }
            let label = match (entry.label, offset, entry.abbreviations.first()) {
                (Some(l), ..) => l,
                (None, Some(o), _) => offset_label(o),
                (None, None, Some(a)) => a.clone(),
                (None, None, None) => {
                    return Err(format!("{:?}: a place zone needs a label or an offset", entry.places))
                }
            };
            let zone = Zone { label, offset, seasonal };
            for a in entry.abbreviations {
                if zones.abbreviations.insert(a.clone(), zone.clone()).is_some() {
                    return Err(format!("abbreviation {a:?} is listed twice"));
                }
            }
            for p in entry.places {
                if zones.places.insert(p.to_lowercase(), zone.clone()).is_some() {
                    return Err(format!("place {p:?} is listed twice"));
                }
            }
        }
        Ok(zones)
    }
}

/// "+09:00", "-03:30" → minutes east of UTC.
fn parse_offset(s: &str) -> Result<i32, String> {
    let bad = || format!("offset {s:?} is not written +HH:MM");
    let (sign, rest) = match s.as_bytes().first() {
        Some(b'+') => (1, &s[1..]),
        Some(b'-') => (-1, &s[1..]),
        _ => return Err(bad()),
    };
    let (h, m) = rest.split_once(':').ok_or_else(bad)?;
    let (h, m): (i32, i32) = (h.parse().map_err(|_| bad())?, m.parse().map_err(|_| bad())?);
    if h > 14 || m > 59 {
        return Err(bad());
    }
    Ok(sign * (h * 60 + m))
}

/// Minutes east of UTC → "+05:30".
fn offset_label(minutes: i32) -> String {
    let sign = if minutes < 0 { '-' } else { '+' };
    format!("{sign}{:02}:{:02}", minutes.abs() / 60, minutes.abs() % 60)
}

/// Whether `day` falls in summer time under `rule`; `None` within a week
/// of a change, where the event and the publication may lie on either side.
fn summer_time(rule: Summer, day: NaiveDate) -> Option<bool> {
    let y = day.year();
    let (start, end) = match rule {
        Summer::Eu => (last_sunday(y, 3)?, last_sunday(y, 10)?),
        Summer::Us => (nth_sunday(y, 3, 2)?, nth_sunday(y, 11, 1)?),
        Summer::Other => return None,
    };
    let near = |change: NaiveDate| (day - change).num_days().abs() <= 7;
    if near(start) || near(end) {
        return None;
    }
    Some(day > start && day < end)
}

fn nth_sunday(year: i32, month: u32, n: u32) -> Option<NaiveDate> {
    NaiveDate::from_weekday_of_month_opt(year, month, Weekday::Sun, n as u8)
}

fn last_sunday(year: i32, month: u32) -> Option<NaiveDate> {
    let last = crate::value::last_day_of_month(year, month)?;
    last.checked_sub_days(Days::new(u64::from(last.weekday().num_days_from_sunday())))
}

// ---------------------------------------------------------------- patterns

struct Patterns {
    /// Hours and minutes with what may follow them.
    time: Regex,
    /// "at noon", "shortly after midnight".
    noon: Regex,
    /// "UTC+8", "GMT-3:30".
    utc_offset: Regex,
    /// "Tokyo time", "Mexico City time": up to four capitalized words before "time".
    place_time: Regex,
    abbreviation: Regex,
}

static PATTERNS: LazyLock<Patterns> = LazyLock::new(|| Patterns {
    time: pattern(
        r"(?P<hhmm>[0-9]{4})|(?P<h>[0-9]{1,2})(?:(?P<sep>[:.])(?P<m>[0-9]{2})(?::(?P<s>[0-9]{2}))?)?(?P<ampm>\s?(?i:[ap]\.\s?m\.|[ap]m\b|[ap]\.m\b))?",
    ),
    noon: pattern(
        r"(?i)\b(?:at|by|until|till|before|after|around|about|from|to|since|past)\s+(?P<w>noon|midday|midnight)\b",
    ),
    utc_offset: pattern(r"^(?:UTC|GMT)\s?(?P<sign>[+\-−])\s?(?P<h>[0-9]{1,2})(?::?(?P<m>[0-9]{2}))?\b"),
    place_time: pattern(
        r"^(?:in\s+)?(?P<place>\p{Lu}[\p{L}.'’-]*(?:\s+(?:de\s+|es\s+)?\p{Lu}[\p{L}.'’-]*){0,3})\s+(?i:time)\b",
    ),
    abbreviation: pattern(r"^(?P<a>\p{Lu}[\p{L}]{1,9})\b"),
});

/// Words before a bare "4:27" that make it a time: "at 4:27", "by 21:30".
const TIME_CUES: &str = "at by until till from to around about before after since between and approximately shortly \
    roughly nearly just past circa";

/// Words after a bare "2:30" that make it a game clock or a race time.
const NOT_A_CLOCK_AFTER: &str = "left remaining minutes mins seconds secs hours hrs to-go";

/// Words before a bare "21:17" that make it a score.
const NOT_A_CLOCK_BEFORE: &str = "won lost beat beaten defeated score scored set sets win victory defeat lead led";

struct Reader<'t> {
    text: &'t str,
    anchor: Option<NaiveDate>,
}

/// How a zone is written after a time.
struct ZoneFound {
    end: usize,
    label: String,
    offset: Option<i32>,
}

impl Reader<'_> {
    fn time(&self, caps: &Captures<'_>) -> Option<TimeMatch> {
        let text = self.text;
        let whole = caps.get(0)?;
        if !left_ok(text, whole.start()) {
            return None;
        }
        if let Some(hhmm) = caps.name("hhmm") {
            return self.compact(hhmm.start(), hhmm.end(), hhmm.as_str());
        }
        let hour: u32 = caps.name("h")?.as_str().parse().ok()?;
        let minute: u32 = caps.name("m").map_or(Some(0), |m| m.as_str().parse().ok())?;
        let ampm = caps.name("ampm");
        let digits_end = caps.name("s").or(caps.name("m")).or(caps.name("h"))?.end();
        if minute > 59 || caps.name("s").is_some_and(|s| s.as_str() > "59") {
            return None;
        }
        let (hour, end) = match ampm {
            Some(a) => {
                if !(1..=12).contains(&hour) || !digit_right_ok(text, a.end()) {
                    return None;
                }
                let pm = a.as_str().trim_start().starts_with(['p', 'P']);
                let hour = match (hour, pm) {
                    (12, false) => 0,
                    (12, true) => 12,
                    (h, true) => h + 12,
                    (h, false) => h,
                };
                (hour, a.end())
            }
            None => {
                // "4.35" is a decimal, "8" a number.
                if caps.name("sep").is_none_or(|s| s.as_str() == ".") || hour > 23 || !digit_right_ok(text, digits_end)
                {
                    return None;
                }
                (hour, digits_end)
            }
        };
        let zone = self.zone_after(end);
        if ampm.is_none() && zone.is_none() && !self.bare_clock_ok(whole.start(), digits_end, caps) {
            return None;
        }
        Some(self.made(whole.start(), end, hour, minute, zone))
    }

    /// "0630 GMT", "1700 hrs", "1057Z": four digits need a zone or "h".
    fn compact(&self, start: usize, end: usize, digits: &str) -> Option<TimeMatch> {
        let (hour, minute): (u32, u32) = (digits[..2].parse().ok()?, digits[2..].parse().ok()?);
        if hour > 23 || minute > 59 {
            return None;
        }
        let rest = &self.text[end..];
        let glued = |w: &str| rest.starts_with(w) && !rest[w.len()..].starts_with(char::is_alphanumeric);
        let spaced = |w: &str| {
            let r = rest.trim_start_matches(' ');
            r.len() < rest.len() && r.starts_with(w) && !r[w.len()..].starts_with(char::is_alphanumeric)
        };
        let hours_word = ["hrs", "hr", "h"].iter().find(|w| glued(w) || spaced(w));
        if let Some(w) = hours_word {
            let at = end + rest.find(*w)? + w.len();
            let at = if self.text[at..].starts_with('.') && w.len() > 1 { at + 1 } else { at };
            return Some(self.made(start, at, hour, minute, self.zone_after(at)));
        }
        if glued("Z") {
            let z = ZoneFound { end: end + 1, label: "UTC".into(), offset: Some(0) };
            return Some(self.made(start, end + 1, hour, minute, Some(z)));
        }
        if !digit_right_ok(self.text, end) {
            return None;
        }
        let zone = self.zone_after(end)?;
        Some(self.made(start, end, hour, minute, Some(zone)))
    }

    /// A time with no "a.m."/"p.m." and no zone: "at 4:27", "the 21:30
    /// deadline". Not "John 3:16", "a 1:10 ratio", "with 2:30 left",
    /// "finished in 2:03:23".
    fn bare_clock_ok(&self, start: usize, end: usize, caps: &Captures<'_>) -> bool {
        let written = prev_word_written(self.text, start);
        let before = written.map(str::to_lowercase);
        let before = before.as_deref();
        if before.is_some_and(|w| listed(NOT_A_CLOCK_BEFORE, w))
            || next_word(self.text, end).is_some_and(|w| listed(NOT_A_CLOCK_AFTER, &w.to_lowercase()))
        {
            return false;
        }
        if caps.name("s").is_some() {
            return before == Some("at");
        }
        let cue = before.is_some_and(|w| listed(TIME_CUES, w));
        let two_digit_hour = caps.name("h").is_some_and(|h| h.as_str().len() == 2);
        let capitalized_before = written.is_some_and(|w| w.starts_with(char::is_uppercase));
        cue || (two_digit_hour && !capitalized_before)
    }

    /// The zone written right after a time at `at`, if any.
    fn zone_after(&self, at: usize) -> Option<ZoneFound> {
        let rest = &self.text[at..];
        let trimmed = rest.trim_start_matches([' ', '\u{a0}']);
        let skip = at + rest.len() - trimmed.len();
        // "(local time)", "(UTC+8)": a zone alone in parentheses.
        if let Some(inner) = trimmed.strip_prefix('(') {
            let open = skip + 1 + (inner.len() - inner.trim_start().len());
            if let Some(z) = self.zone_word(open) {
                let close = self.text[z.end..].trim_start();
                if close.starts_with(')') {
                    let end = self.text.len() - close.len() + 1;
                    return Some(ZoneFound { end, ..z });
                }
            }
            return None;
        }
        if rest[..rest.len() - trimmed.len()].chars().count() > 1 {
            return None;
        }
        self.zone_word(skip)
    }

    /// A zone name starting at `at`: "local time", "GMT", "UTC+8", "PDT",
    /// "Tokyo time".
    fn zone_word(&self, at: usize) -> Option<ZoneFound> {
        let rest = &self.text[at..];
        let lower = rest.get(..10.min(rest.len())).unwrap_or(rest).to_lowercase();
        if lower.starts_with("local time") {
            return Some(ZoneFound { end: at + 10, label: "local".into(), offset: None });
        }
        if let Some(c) = PATTERNS.utc_offset.captures(rest) {
            let sign = if c.name("sign")?.as_str() == "+" { 1 } else { -1 };
            let h: i32 = c.name("h")?.as_str().parse().ok()?;
            let m: i32 = c.name("m").map_or(Some(0), |m| m.as_str().parse().ok())?;
            if h > 14 || m > 59 {
                return None;
            }
            let offset = sign * (h * 60 + m);
            return Some(ZoneFound { end: at + c.get(0)?.end(), label: offset_label(offset), offset: Some(offset) });
        }
        if let Some(c) = PATTERNS.place_time.captures(rest) {
            let place = c.name("place")?.as_str();
            let key = place.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
            if let Some(zone) = ZONES.places.get(&key) {
                let end = at + c.get(0)?.end();
                return Some(ZoneFound { end, label: zone.label.clone(), offset: zone.offset_on(self.anchor) });
            }
        }
        let a = PATTERNS.abbreviation.captures(rest)?.name("a")?;
        let zone = ZONES.abbreviations.get(a.as_str())?;
        // "Central", "Pacific": a word, not a zone, before another name
        // ("9 a.m. Central Bank").
        let word_like = a.as_str().chars().skip(1).any(char::is_lowercase);
        if word_like && next_word(self.text, at + a.end()).is_some_and(|w| w.starts_with(char::is_uppercase)) {
            return None;
        }
        Some(ZoneFound { end: at + a.end(), label: zone.label.clone(), offset: zone.offset_on(self.anchor) })
    }

    /// The time with its zone, ending where the zone ends.
    fn made(&self, start: usize, end: usize, hour: u32, minute: u32, zone: Option<ZoneFound>) -> TimeMatch {
        let (end, label, offset) = match zone {
            Some(z) => (z.end, Some(z.label), z.offset),
            None => (end, None, None),
        };
        TimeMatch {
            span: Span::new(start, end),
            value: Value::Time { hour, minute, zone: label, utc_offset: offset },
            restatements: Vec::new(),
        }
    }

    /// "(1057 GMT)" right after a time: the restated time, with a zone.
    fn restatement(&self, at: usize) -> Option<TimeMatch> {
        let rest = &self.text[at..];
        let inner = rest.trim_start().strip_prefix('(')?;
        let open = self.text.len() - inner.len();
        let inner_start = open + (inner.len() - inner.trim_start().len());
        let caps = PATTERNS.time.captures_at(self.text, inner_start)?;
        if caps.get(0)?.start() != inner_start {
            return None;
        }
        let t = self.time(&caps)?;
        let Value::Time { zone: Some(_), .. } = t.value else { return None };
        self.text[t.span.end..].trim_start().starts_with(')').then_some(t)
    }

    /// "at noon", "shortly after midnight", with a zone after it.
    fn noon(&self, caps: &Captures<'_>) -> Option<TimeMatch> {
        let w = caps.name("w")?;
        let hour = if w.as_str().eq_ignore_ascii_case("midnight") { 0 } else { 12 };
        Some(self.made(w.start(), w.end(), hour, 0, self.zone_after(w.end())))
    }
}

/// A local time restated with an offset ("4:27 p.m. local time (1057
/// GMT)") takes the offset the pair implies, so both read as one moment.
fn join_local(mut t: TimeMatch, mut restated: TimeMatch) -> TimeMatch {
    let implied = |local: &Value, other: &Value| match (local, other) {
        (
            Value::Time { hour: h1, minute: m1, zone: Some(z), utc_offset: None },
            Value::Time { hour: h2, minute: m2, utc_offset: Some(o), .. },
        ) if z == "local" => {
            let diff = (*h1 as i32 * 60 + *m1 as i32) - (*h2 as i32 * 60 + *m2 as i32) + o;
            // Offsets run from UTC-12 to UTC+14.
            let diff = (diff + 12 * 60).rem_euclid(24 * 60) - 12 * 60;
            Some(if diff < -12 * 60 { diff + 24 * 60 } else { diff })
        }
        _ => None,
    };
    if let Some(o) = implied(&t.value, &restated.value) {
        if let Value::Time { utc_offset, .. } = &mut t.value {
            *utc_offset = Some(o);
        }
    } else if let Some(o) = implied(&restated.value, &t.value) {
        if let Value::Time { utc_offset, .. } = &mut restated.value {
            *utc_offset = Some(o);
        }
    }
    t.restatements.push(restated);
    t
}

/// Where the time pattern's match at the digit `start` ends when it is an
/// hour alone, with no minutes, no "a.m."/"p.m." and no four digits: such a
/// match is never a time ([`Reader::time`] refuses it). `None` when the
/// match may be more (a byte or two decide; the pattern decides the rest).
fn lone_hour_end(text: &str, start: usize) -> Option<usize> {
    let bytes = &text.as_bytes()[start..];
    let run = bytes.iter().take(4).take_while(|b| b.is_ascii_digit()).count();
    if run == 4 {
        return None;
    }
    let end = start + run.min(2);
    let mut rest = text[end..].chars();
    let (first, second) = (rest.next(), rest.next());
    let minutes = matches!(first, Some(':' | '.'))
        && text.as_bytes().get(end + 1..end + 3).is_some_and(|m| m.iter().all(u8::is_ascii_digit));
    let am_pm = |c: Option<char>| matches!(c, Some('a' | 'A' | 'p' | 'P'));
    let meridiem = am_pm(first) || (first.is_some_and(char::is_whitespace) && am_pm(second));
    (!minutes && !meridiem).then_some(end)
}

/// A time may not continue a number, a code or a date ("1.3:30", "v2
/// 10:30", "T10:00", "$2.80 pm", "7-6"), nor a ratio or verse ("3:4:30").
fn left_ok(text: &str, at: usize) -> bool {
    digit_left_ok(text, at) && !text[..at].ends_with(':')
}

/// The word after `at` (letters and hyphens), as written.
fn next_word(text: &str, at: usize) -> Option<String> {
    let rest = text[at..].trim_start();
    let word: String = rest.chars().take_while(|c| c.is_alphabetic() || *c == '-').collect();
    (!word.is_empty()).then_some(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_noon_test_answers_as_a_lower_case_copy_would() {
        let texts = [
            "Talks resumed at NOON in Brussels.",
            "shortly after Midnight, the vote",
            "a mid-day break",
            "the MidDay meal; a good book",
            "Wednesday's noonday sun",
            "midnigh",
            "“Noon”, he said — not midnight’s",
            "",
            "n",
        ];
        for text in texts {
            let lower = text.to_ascii_lowercase();
            let expected = ["noon", "midday", "midnight"].iter().any(|w| lower.contains(w));
            assert_eq!(names_noon(text), expected, "{text:?}");
        }
    }

    #[test]
    fn a_lone_hour_is_what_the_pattern_matches_alone() {
        for text in ["at 4:27 p.m. and 5 pm, 12 people, 123 4567 9.30am 3 P.M. 7\u{a0}am 8.5 1:2 10 Am 99 p"] {
            for caps in PATTERNS.time.captures_iter(text) {
                let whole = caps.get(0).unwrap();
                if let Some(end) = lone_hour_end(text, whole.start()) {
                    assert_eq!(end, whole.end(), "{:?}", whole.as_str());
                    assert!(caps.name("hhmm").is_none() && caps.name("sep").is_none() && caps.name("ampm").is_none());
                }
            }
        }
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    /// Written text, hour, minute, zone and offset of a time.
    type Seen<'t> = (&'t str, u32, u32, Option<String>, Option<i32>);

    /// Every time of `text`, restatements included.
    fn times(text: &str, anchor: Option<NaiveDate>) -> Vec<Seen<'_>> {
        find_times(text, anchor)
            .iter()
            .flat_map(|t| std::iter::once(t).chain(t.restatements.iter()))
            .map(|t| match &t.value {
                Value::Time { hour, minute, zone, utc_offset } => {
                    (t.span.slice(text), *hour, *minute, zone.clone(), *utc_offset)
                }
                other => panic!("not a time: {other:?}"),
            })
            .collect()
    }

    fn z(label: &str) -> Option<String> {
        Some(label.to_string())
    }

    #[test]
    fn twelve_hour_clock() {
        assert_eq!(times("The tremor hit at 3:14 a.m. and", None), vec![("3:14 a.m.", 3, 14, None, None)]);
        assert_eq!(times("doors open at 7 p.m.", None), vec![("7 p.m.", 19, 0, None, None)]);
        assert_eq!(times("kick-off at 2.45 pm.", None), vec![("2.45 pm", 14, 45, None, None)]);
        assert_eq!(
            times("from 12 a.m. to 12 p.m.", None),
            vec![("12 a.m.", 0, 0, None, None), ("12 p.m.", 12, 0, None, None)]
        );
        assert_eq!(times("at 11:30PM the polls", None), vec![("11:30PM", 23, 30, None, None)]);
    }

    #[test]
    fn zones_after_a_time() {
        assert_eq!(times("landed at 19:14 GMT", None), vec![("19:14 GMT", 19, 14, z("UTC"), Some(0))]);
        assert_eq!(times("struck at 0630 GMT on", None), vec![("0630 GMT", 6, 30, z("UTC"), Some(0))]);
        assert_eq!(times("by 11:37 UTC", None), vec![("11:37 UTC", 11, 37, z("UTC"), Some(0))]);
        assert_eq!(times("at 10:48 p.m. local time", None), vec![("10:48 p.m. local time", 22, 48, z("local"), None)]);
        assert_eq!(times("the 21:30 local time curfew", None), vec![("21:30 local time", 21, 30, z("local"), None)]);
        assert_eq!(
            times("at 11 a.m. Tokyo time", None),
            vec![("11 a.m. Tokyo time", 11, 0, z("Asia/Tokyo"), Some(540))]
        );
        assert_eq!(times("aired at 8 p.m. PDT", None), vec![("8 p.m. PDT", 20, 0, z("-07:00"), Some(-420))]);
        assert_eq!(times("at 20:00 UTC+8", None), vec![("20:00 UTC+8", 20, 0, z("+08:00"), Some(480))]);
        assert_eq!(times("at 8 a.m. EAT", None), vec![("8 a.m. EAT", 8, 0, z("+03:00"), Some(180))]);
        assert_eq!(times("at 6 p.m. (UTC+5:30)", None), vec![("6 p.m. (UTC+5:30)", 18, 0, z("+05:30"), Some(330))]);
        assert_eq!(times("at 1700 hrs on", None), vec![("1700 hrs", 17, 0, None, None)]);
        assert_eq!(times("at 0930Z", None), vec![("0930Z", 9, 30, z("UTC"), Some(0))]);
    }

    #[test]
    fn ambiguous_abbreviations_are_named_not_converted() {
        assert_eq!(times("at 7 p.m. IST", None), vec![("7 p.m. IST", 19, 0, z("IST"), None)]);
        assert_eq!(times("at 9 a.m. CST", None), vec![("9 a.m. CST", 9, 0, z("CST"), None)]);
    }

    #[test]
    fn summer_time_follows_the_publication_date() {
        let july = Some(d(2025, 7, 10));
        let january = Some(d(2025, 1, 10));
        assert_eq!(times("at 10 a.m. Edinburgh time", july)[0].4, Some(60));
        assert_eq!(times("at 10 a.m. Edinburgh time", january)[0].4, Some(0));
        assert_eq!(times("at 9 p.m. Eastern", july)[0].4, Some(-240));
        assert_eq!(times("at 9 p.m. ET", january)[0].4, Some(-300));
        // Unknown without a date, and within a week of the change.
        assert_eq!(times("at 10 a.m. Edinburgh time", None)[0].3, z("Europe/London"));
        assert_eq!(times("at 10 a.m. Edinburgh time", None)[0].4, None);
        assert_eq!(times("at 10 a.m. Paris time", Some(d(2025, 3, 28)))[0].4, None);
        // A rule not known here names the zone only.
        assert_eq!(times("at 4 p.m. Sydney time", july)[0].4, None);
    }

    #[test]
    fn a_restatement_is_the_same_moment() {
        let text = "The quake struck at 4:27 p.m. local time (1057 GMT) on Sunday.";
        let found = find_times(text, None);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].span.slice(text), "4:27 p.m. local time");
        assert_eq!(found[0].restatements[0].span.slice(text), "1057 GMT");
        // The pair implies the local offset: 16:27 local is 10:57 UTC.
        assert_eq!(times(text, None)[0].4, Some(330));
        assert!(found[0].value.compatible(&found[0].restatements[0].value));
        let other = Value::Time { hour: 11, minute: 57, zone: z("UTC"), utc_offset: Some(0) };
        assert!(!found[0].value.compatible(&other));
        // And the other way round.
        let text = "at 1057 GMT (4:27 p.m. local time)";
        assert_eq!(times(text, None)[1].4, Some(330));
    }

    #[test]
    fn noon_and_midnight() {
        assert_eq!(times("shortly after midnight on", None), vec![("midnight", 0, 0, None, None)]);
        assert_eq!(times("by noon local time", None), vec![("noon local time", 12, 0, z("local"), None)]);
        assert_eq!(times("a midnight feast", None), vec![]);
    }

    #[test]
    fn bare_clock_times_need_a_cue() {
        assert_eq!(times("at 4:27 the ship", None), vec![("4:27", 4, 27, None, None)]);
        assert_eq!(
            times("a curfew from 22:00 to 05:00", None),
            vec![("22:00", 22, 0, None, None), ("05:00", 5, 0, None, None)]
        );
        assert_eq!(times("the clock read 00:05 when", None), vec![("00:05", 0, 5, None, None)]);
    }

    #[test]
    fn numbers_that_are_not_times() {
        for text in [
            "they won 7-6 in the tiebreak",
            "a 4-3-3 formation",
            "open 24/7",
            "yields rose to 4.35 in June",
            "version 2.10 shipped",
            "about 1700 people",
            "in 1700 the town",
            "John 3:16 says",
            "a 1:10 scale model",
            "with 2:30 left in the game",
            "finished in 2:03:23 to win",
            "see page 12",
            "in 2025 alone7",
            "the 2024-25 season",
            "it cost $2.80 per month",
            "2025-04-04T10:00Z",
            "a score of 10.30 points",
            "10:30am2",
            "they won 21:17 in the final set",
        ] {
            assert_eq!(times(text, None), vec![], "{text}");
        }
    }

    #[test]
    fn a_zone_word_before_a_name_is_a_name() {
        assert_eq!(times("at 9 a.m. Central Bank officials", None), vec![("9 a.m.", 9, 0, None, None)]);
    }

    #[test]
    fn zone_data_loads_and_is_checked() {
        assert!(ZONES.abbreviations.contains_key("GMT"));
        assert_eq!(ZONES.places.get("tokyo").map(|z| z.offset), Some(Some(540)));
        assert!(Zones::parse("[[zone]]\nplaces = [\"X\"]\n").is_err(), "a place zone needs a label or an offset");
        assert!(Zones::parse("[[zone]]\nabbreviations = [\"X\"]\noffset = \"9\"\n").is_err());
        assert!(Zones::parse("[[zone]]\nabbreviations = [\"X\"]\n[[zone]]\nabbreviations = [\"X\"]\n").is_err());
        assert!(Zones::parse("[[zone]]\nplaces = [\"X\"]\nlabel = \"Y\"\nstandard = \"+01:00\"\n").is_err());
        assert_eq!(parse_offset("-03:30"), Ok(-210));
        assert_eq!(offset_label(-210), "-03:30");
    }

    #[test]
    fn summer_rules() {
        assert_eq!(last_sunday(2025, 3), Some(d(2025, 3, 30)));
        assert_eq!(nth_sunday(2025, 3, 2), Some(d(2025, 3, 9)));
        assert_eq!(summer_time(Summer::Eu, d(2025, 6, 1)), Some(true));
        assert_eq!(summer_time(Summer::Us, d(2025, 12, 1)), Some(false));
        assert_eq!(summer_time(Summer::Us, d(2025, 11, 5)), None);
    }

    #[test]
    fn never_panics_on_multibyte_text() {
        let text = "à 3:14 a.m. ş (1057 GMT)— 19:14 GMT‘ 0630Z’ at noon—Tokyo time €7 p.m.";
        let boundaries: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
        for &a in &boundaries {
            for &b in boundaries.iter().filter(|&&b| b >= a) {
                let _ = find_times(&text[a..b], Some(d(2025, 7, 1)));
            }
        }
    }
}
