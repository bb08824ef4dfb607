//! Conformance against the English test specs of Microsoft Recognizers-Text
//! (`../shared/peer-specs/recognizers-text/Specs`, see the README there).
//!
//! Every case of every copied spec file is run through the public entry
//! point [`crosscheck::recognize::values`], the values `crosscheck values`
//! lists, and judged **pass**, **fail** or **out of scope** (with a reason).
//! The test prints a table per file (also written to
//! `target/peer-specs-report.txt`, with every failure and every out-of-scope
//! case) and fails when a file's pass count drops below its floor in
//! `tests/peer_floors.toml`. Floors only go up: raise one when the count does.
//! When the specs are not next to the project the test prints "skipped".
//!
//! # Reading the peer's conventions
//!
//! - Spans: the peer's `Start`/`End` are *character* offsets with an inclusive
//!   `End` and lower-cased `Text`; ours are byte spans, converted to character
//!   offsets `[start, end)`. A peer result matches one of ours only when the
//!   spans agree, with the allowances below.
//! - A case passes when its whole list of results is matched, in text order,
//!   by our values of the kinds the file is about, with nothing left over. A
//!   `Results: []` case passes when we find nothing of those kinds.
//! - A case with any result out of scope is out of scope as a whole, under
//!   that result's reason (a case mixing a date and a time of day counts as
//!   "time of day").
//!
//! ## Numbers (`NumberModel`)
//! Our kinds: Number, and the figure inside a Percent, Money, Year or
//! Duration (the peer lists "20" in "$20" and "3" in "3 years"). A peer number matches when one of our values has the
//! peer's value as its *written figure* (the exact value; the midpoint of a
//! rounding band; the bound of a one-sided interval; either end of a closed
//! one) and our span contains the peer's span with no digit outside it (the
//! outside being a currency mark, a percent sign or a qualifier).
//!
//! ## Ordinals (`OrdinalModel`)
//! Our Ordinal with the same value and span. `ordinal.relative` ("last",
//! "next", "the one before the last") is out of scope.
//!
//! ## Percentages (`PercentModel`)
//! Our Percent whose written figure is the peer's value (without "%"), span
//! as for numbers.
//!
//! ## Number ranges (`NumberRangeModel`)
//! Our kinds: Number, Percent or Money whose interval is a range (an open end,
//! or two different closed ends). Interval notation maps to ours directly:
//! "(20,35]" needs min 20 exclusive and max 35 inclusive, "(,100]" no min.
//! Two conventions differ:
//! - the peer closes a two-figure range ("between 20 and 30", "1000-5000",
//!   "20 through 100") as `[a,b)`; we read them `[a,b]` (both figures are
//!   written as possible values). `[a,b)` is accepted as `[a,b]` when the
//!   peer's text has no upper-bound comparative ("less", "lower", "below",
//!   "under", "smaller", "fewer");
//! - the peer reads "equal to 170" as the range `[170,170]`; we read the plain
//!   number. It matches our exact Number 170 whose span is the peer's span
//!   without its leading "equal(s|ing) to".
//!
//! Spans must be equal.
//!
//! ## Currency (`CurrencyModel`)
//! Our Money with the peer's value as its written figure, span as for numbers
//! (a qualifier such as "about" may stand in our span, outside the peer's),
//! and the currency: the peer's `isoCurrency` when given, else its unit name:
//! "Dollar" (a bare "$") is USD (our `bare_dollar`), "Pound" GBP, "Rupee" INR,
//! "Cent" is a hundredth of a USD, "Pence"/"Penny" a hundredth of a GBP
//! (so "50 cents" is USD 0.50). Results without a value (a bare "dollar" with
//! no figure) are dropped from the expected list: we never list a currency
//! name without an amount, and a case left with no result is out of scope.
//!
//! ## Units of measure (`DimensionModel`)
//! Our Quantity whose unit is the peer's (its unit name mapped to our symbols
//! by `our_units`: "Mile" is "mi", a "Ton" may be our "ton" or "t") and whose
//! written figure is the peer's value, span as for numbers. A `Results: []`
//! case passes when we find no Quantity. Out of scope, by reason: units not in
//! our lexicon (cooking measures, radians, decimetres, bits...), "pounds" as
//! a weight and a glued "m" as a metre (a million for us), a unit in brackets
//! or an inch mark after the figure, two figures read as one ("5 ft 2 in"),
//! a unit without a figure, and degrees where the peer reads nothing.
//!
//! ## Dates (`DateTimeModel`)
//! Types `datetimeV2.date` and `datetimeV2.daterange` are in scope; time,
//! datetime, datetimerange, timerange, duration, set and timezone are not.
//! `Context.ReferenceDateTime` is our anchor (publication date).
//! - a `date` maps to our Date; a yearless one ("XXXX-10-02", resolved by the
//!   peer to a past and a future date) to our Date on one of those days (we
//!   pick the year from the anchor by our own rule); "XXXX-WXX-5" to our
//!   Weekday Friday;
//! - a `daterange` maps by the days it covers, inclusive on our side: a single
//!   period (a year "2007", a month "2017-04", a quarter, a half) ends the day
//!   before the peer's exclusive end and may be our Year, Month, Quarter or
//!   DateRange covering exactly those days; a yearless month "XXXX-04" may also
//!   be our Month without a year; a day range "(XXXX-11-19,XXXX-11-20,P1D)"
//!   ends on the peer's end day (the README's exception);
//! - a range between two named months, quarters or years ("Jan-Feb 2017" is
//!   "(2017-01-01,2017-02-01,P1M)") ends for the peer on the *first* day of the
//!   last period; we end on its last day (or the peer's exclusive reading).
//!   Such a range also matches when we return each period as a value of its
//!   own inside the peer's span (our convention for "2014-2018": two Years),
//!   the first starting on the peer's start, the last on the peer's end (or
//!   ending the day before it: "from 2007 to the end of 2008" is 2007 and the
//!   last months of 2008);
//! - parts of a month or year ("mid-November", "end of 2000", Mod mid, start
//!   or end) may differ by one day at either end: the peer's mid-month runs
//!   from the 10th, ours from the 11th;
//! - the peer's span may begin with a preposition or article ("on november
//!   18-19", "from march to may", "around the 21st") or with the word year
//!   ("calendar year 2008") that ours leaves out.
//!
//! A result that names **one resolved calendar day** (`datetimeV2.date`
//! with a single value, no `X` in its timex and a real date as its value:
//! "tomorrow", "next Monday", "two weeks from today", "1/1/2016") is always
//! in scope, whatever the reasons below say of its form. The cases holding
//! one also make a line of their own in the table, "single-date cases",
//! with its own floor (`DateTimeModel-single-date`): such a case passes
//! when each of its single-date results is matched by one of our date values
//! and no other date value of ours lies inside its span; its other results
//! (a time of day, a duration) are judged by the file's line.
//!
//! Out of scope for dates (each listed by reason in the report): types we do
//! not produce; open-ended ranges (Mod before/after/since/until); phrases
//! relative to the reference date (today, next week, in two weeks, this
//! September, the year, end of month); counted parts of a period ("the last
//! four months of 2021"); weeks and weekends; holidays; seasons and fiscal or
//! school years; numeric dates other than ISO yyyy-mm-dd and slashed dates
//! with a four-digit year (dotted, compact, or slashed without a year, whose
//! order is ambiguous) and dates inside URLs and file names, which we do not
//! read by design; days of the month without a
//! month; years written in words or with two digits; decades in words and
//! centuries; days given as spelled cardinals ("May twenty nine"); invalid
//! dates ("Feb 30") and a yearless 29 February in a non-leap anchor year,
//! which we leave unread; a lone four-digit number outside 1900-2099; lower-case
//! English month names or weekdays with no day or year ("in may": by design a
//! lower-case "may" or "march" is never read as a month without a number next
//! to it, see `knowledge/months.toml`); lower-case "q1" (we read quarters only
//! with a capital Q); two consecutive days joined by "and" ("18 and 19 June",
//! one range for us, two dates for the peer); comparison symbols ("=2019");
//! ranges starting at a part of a period ("from the end of March to the middle
//! of September"), where the peer reads each part as an instant while it reads
//! the same part alone as a span ("the end of 2000" is September to December).
//!
//! Number, ordinal, percentage, range and currency cases out of scope are
//! listed the same way: forms we do not read by design (slashed figures and
//! fractions in digits, dotted codes, plain-space thousands, decimal commas,
//! scientific notation, a lone "one", digits of codes such as "SCP-173", the
//! front of an ordinal "two millionth", fractions in words, which are shares and
//! never listed as values, a fraction appended after a scale word "3 million
//! and a half", "1m" read as a million, "G" as 10^9, "from a to b" as a
//! change, ordinals beyond our 32-bit ordinal, currencies with no ISO code,
//! cents written as a bare figure after a sum "15 dollars 50") and forms
//! outside news prose (relative ordinals, comparison symbols, ranges of
//! ordinals, spoken decimals, reversed "percent of 10", unit words or currency
//! names without a figure).

use chrono::{Datelike, Duration, NaiveDate};
use crosscheck::recognize::values;
use crosscheck::value::{day_span, last_day_of_month, Interval, Value};
use regex::Regex;
use serde_json::Value as Json;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

const SPECS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/peer-specs/recognizers-text/Specs");
const FLOORS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/peer_floors.toml");

/// The spec files, the kind of judge each needs, and the Python port's
/// figure from the specs' README (passed / eligible cases).
const FILES: &[(&str, Kind, &str)] = &[
    ("Number/English/NumberModel.json", Kind::Number, "172/211"),
    ("Number/English/OrdinalModel.json", Kind::Ordinal, "1/1"),
    ("Number/English/PercentModel.json", Kind::Percent, "17/17"),
    ("Number/English/NumberRangeModel.json", Kind::Range, "n/a"),
    ("NumberWithUnit/English/CurrencyModel.json", Kind::Currency, "109/130"),
    ("NumberWithUnit/English/DimensionModel.json", Kind::Dimension, "60/82"),
    ("DateTime/English/DateTimeModel.json", Kind::DateTime, "415/580"),
];

#[derive(Clone, Copy, Debug, PartialEq)]
enum Kind {
    Number,
    Ordinal,
    Percent,
    Range,
    Currency,
    Dimension,
    DateTime,
}

/// One expected result, spans in characters, end exclusive.
#[derive(Debug)]
struct Peer {
    text: String,
    start: usize,
    end: usize,
    type_name: String,
    res: Json,
}

#[derive(Debug)]
struct Case {
    input: String,
    anchor: Option<NaiveDate>,
    results: Vec<Peer>,
}

/// One of our values, span in characters, end exclusive.
#[derive(Debug, Clone)]
struct Got {
    start: usize,
    end: usize,
    text: String,
    value: Value,
}

enum Verdict {
    Pass,
    Fail(String),
    Out(&'static str),
}

fn load(path: &Path) -> Vec<Case> {
    let raw = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let json: Json =
        serde_json::from_str(raw.trim_start_matches('\u{feff}')).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    json.as_array()
        .expect("a spec file is an array of cases")
        .iter()
        .map(|c| {
            let anchor = c["Context"]["ReferenceDateTime"]
                .as_str()
                .and_then(|s| NaiveDate::parse_from_str(s.get(..10)?, "%Y-%m-%d").ok());
            let results = c["Results"]
                .as_array()
                .map(Vec::as_slice)
                .unwrap_or_default()
                .iter()
                .map(|r| {
                    let start = r["Start"].as_u64().expect("Start") as usize;
                    let end = r["End"].as_u64().expect("End") as usize + 1;
                    let type_name = r["TypeName"].as_str().or_else(|| r["Typename"].as_str()).unwrap_or("");
                    Peer {
                        text: r["Text"].as_str().unwrap_or("").to_string(),
                        start,
                        end,
                        type_name: type_name.to_string(),
                        res: r["Resolution"].clone(),
                    }
                })
                .collect();
            Case { input: c["Input"].as_str().unwrap_or("").to_string(), anchor, results }
        })
        .collect()
}

fn ours(case: &Case) -> Vec<Got> {
    let text = &case.input;
    let chars = |byte: usize| text[..byte].chars().count();
    values(text, case.anchor)
        .into_iter()
        .map(|v| Got {
            start: chars(v.span.start),
            end: chars(v.span.end),
            text: v.span.slice(text).to_lowercase(),
            value: v.value,
        })
        .collect()
}

/// The characters `[start, end)` of `text`.
fn chars_of(text: &str, start: usize, end: usize) -> String {
    text.chars().skip(start).take(end.saturating_sub(start)).collect()
}

fn re(pattern: &str) -> Regex {
    Regex::new(pattern).unwrap_or_else(|e| panic!("{pattern}: {e}"))
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1e-12) || (a - b).abs() < 1e-12
}

fn peer_number(res: &Json) -> Option<f64> {
    res["value"].as_str()?.trim_end_matches('%').parse().ok()
}

// ------------------------------------------------------------------ scope

static SLASHED: LazyLock<Regex> = LazyLock::new(|| re(r"[0-9]\s*/\s*[0-9]"));
static DOTTED_CODE: LazyLock<Regex> = LazyLock::new(|| re(r"[0-9]+\.[0-9]+\.[0-9]+"));
static SPACE_GROUPED: LazyLock<Regex> = LazyLock::new(|| re(r"[0-9] [0-9]{3}\b"));
static SPOKEN_DECIMAL: LazyLock<Regex> = LazyLock::new(|| re(r"\b(point|nought|naught)\b|-nought-"));
static FRACTION_AFTER_SCALE: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b(million|billion|thousand|trillion|crore|lakh)s? and (a|one|two|three|five|six|nine) "));
static COMPARISON_SYMBOL: LazyLock<Regex> = LazyLock::new(|| re(r"[<>=~]"));
static ORDINAL_WORD: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)\b(tenth|fifteenth|[0-9]+(st|nd|rd|th))\b"));
static FROM_TO: LazyLock<Regex> = LazyLock::new(|| re(r"^from .+ to "));

/// Why a number, percentage, range or currency case is out of scope, judged
/// on the input alone.
fn numeric_case_scope(kind: Kind, case: &Case) -> Option<&'static str> {
    let input = case.input.to_lowercase();
    let slashed = match kind {
        Kind::Number | Kind::Range => SLASHED.is_match(&input),
        _ => case.results.iter().any(|p| SLASHED.is_match(&p.text)),
    };
    if slashed {
        return Some("slashed figures (fractions like 3/4, dates, phone numbers) are not numbers by design");
    }
    if DOTTED_CODE.is_match(&input) {
        return Some("dotted codes (IP addresses, versions) are not numbers by design");
    }
    if kind == Kind::Number && case.results.iter().any(|p| SPACE_GROUPED.is_match(&p.text)) {
        return Some("thousands grouped by a plain space: a plain space never groups digits for us");
    }
    if kind == Kind::Number && input.contains("1m isn't") {
        return Some("\"1m\" is a million for us (money and budget convention, see number.rs)");
    }
    None
}

const KNOWN_UNITS: [&str; 4] = ["Finnish markka", "Peseta", "Netherlands guilder", "Bitcoin"];
static BARE_CENTS: LazyLock<Regex> = LazyLock::new(|| {
    let word = "one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
    re(&format!(
        r"(?:(?:dollars?|usd)\s+(?:and\s+)?|\$\s*[0-9]+\s+and\s+)(?:[0-9]{{1,2}}|(?:{word})(?:[- ](?:{word}))?)$"
    ))
});
static DECIMAL_COMMA: LazyLock<Regex> = LazyLock::new(|| re(r"^[0-9]+,[0-9]{1,2}$|[0-9]\.[0-9]{3},[0-9]"));
static SCALE_AT_END: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b(million|billion|thousand|trillion)(\s+(us\s+)?(dollars?|usd))?$"));
static ORDINAL_SCALE_AFTER: LazyLock<Regex> = LazyLock::new(|| re(r"^\s+(hundred|thousand|million|billion)ths?\b"));

/// Why one expected number, percentage, range or currency is out of scope.
fn numeric_result_scope(kind: Kind, case: &Case, p: &Peer) -> Option<&'static str> {
    let text = p.text.as_str();
    if p.type_name.ends_with("relative") {
        return Some("relative ordinal (last, next, previous)");
    }
    let value = &p.res["value"];
    if value.is_null() || value.as_str() == Some("null") {
        return Some("unit word without a figure (\"a small percent\")");
    }
    match p.res["subtype"].as_str() {
        Some("power") => return Some("scientific and power notation (1e10, 1.1^23)"),
        Some("fraction") if FRACTION_AFTER_SCALE.is_match(text) => {
            return Some("fraction appended after a scale word (\"3 million and a half\")")
        }
        Some("fraction") if !SCALE_AT_END.is_match(text) => {
            return Some("fractions and mixed numbers in words: shares, never listed as values")
        }
        _ => {}
    }
    if kind == Kind::Ordinal && peer_number(&p.res).is_some_and(|v| v > f64::from(u32::MAX)) {
        return Some("ordinals of a trillion and more: beyond our 32-bit ordinal");
    }
    if DECIMAL_COMMA.is_match(text) {
        return Some("decimal comma (European number format)");
    }
    let before = chars_of(&case.input, p.start.saturating_sub(2), p.start);
    if before.ends_with('-')
        && before.starts_with(|c: char| c.is_alphabetic())
        && text.starts_with(|c: char| c.is_ascii_digit())
    {
        return Some("digits of a code glued to letters by a hyphen (F-35, SCP-173)");
    }
    let after: String = case.input.chars().skip(p.end).collect();
    if ORDINAL_SCALE_AFTER.is_match(&after) {
        return Some("the front of an ordinal (\"two millionth\") is an ordinal for us");
    }
    if SPOKEN_DECIMAL.is_match(text) {
        return Some("decimals spoken in words (\"two point five\", \"nought\")");
    }
    if text == "one" {
        return Some("a lone \"one\" is a pronoun for us (\"one of the\"), never a count");
    }
    if text.ends_with('g') && text.starts_with(|c: char| c.is_ascii_digit()) {
        return Some("\"G\" as 10^9 (\"5G\" is a name for us)");
    }
    if kind == Kind::Currency {
        if p.res["isoCurrency"].is_null()
            && !matches!(p.res["unit"].as_str(), Some("Dollar" | "Pound" | "Rupee" | "Cent" | "Pence" | "Penny"))
            && !KNOWN_UNITS.contains(&p.res["unit"].as_str().unwrap_or(""))
        {
            return Some("a currency with no ISO code (bare \"francs\", \"sen\", \"satoshis\"): no value by design");
        }
        if BARE_CENTS.is_match(text) && !text.contains("cent") {
            return Some("cents as a bare figure after the sum (\"15 dollars 50\"): two figures for us");
        }
    }
    if kind == Kind::Percent && text.starts_with("per") {
        return Some("reversed \"percent of 10\" (not an English percentage)");
    }
    if kind == Kind::Range {
        if COMPARISON_SYMBOL.is_match(text) {
            return Some("comparison symbols (>, <=, =, ~)");
        }
        if ORDINAL_WORD.is_match(text) {
            return Some("ranges of ordinals (ranks)");
        }
        if FROM_TO.is_match(text) {
            return Some("\"from a to b\" is a change for us, not a range (see quantity.rs)");
        }
        let value = value.as_str().unwrap_or("");
        if value.contains('.') && !text.chars().any(|c| c.is_ascii_digit() && c != '0') || text.contains("half") {
            return Some("fractions and mixed numbers in words: shares, never listed as values");
        }
        if text.contains(" in ") {
            return Some("fractions and mixed numbers in words: shares, never listed as values");
        }
    }
    None
}

// ----------------------------------------------------------- number judges

/// The figure an interval was written with (see the module docs); a closed
/// range gives both ends.
fn written(i: &Interval) -> Vec<f64> {
    match (i.min, i.max) {
        (Some(a), Some(b)) if a == b => vec![a],
        (Some(a), Some(b)) if i.min_inclusive && !i.max_inclusive => vec![(a + b) / 2.0],
        (Some(a), Some(b)) => vec![a, b],
        (Some(a), None) => vec![a],
        (None, Some(b)) => vec![b],
        (None, None) => vec![],
    }
}

/// Our span contains the peer's, and what lies outside it has no digit.
fn span_around(case: &Case, p: &Peer, g: &Got) -> bool {
    if g.start > p.start || g.end < p.end {
        return false;
    }
    let outside = chars_of(&case.input, g.start, p.start) + &chars_of(&case.input, p.end, g.end);
    !outside.chars().any(|c| c.is_ascii_digit())
}

fn number_like(v: &Value) -> Option<Vec<f64>> {
    match v {
        Value::Number { interval }
        | Value::Percent { interval }
        | Value::Money { interval, .. }
        | Value::Duration { interval, .. } => Some(written(interval)),
        Value::Year { year } => Some(vec![f64::from(*year)]),
        _ => None,
    }
}

fn match_number(case: &Case, p: &Peer, g: &Got) -> bool {
    let Some(want) = peer_number(&p.res) else { return false };
    let Some(have) = number_like(&g.value) else {
        return false;
    };
    have.iter().any(|h| close(*h, want)) && span_around(case, p, g)
}

fn match_percent(case: &Case, p: &Peer, g: &Got) -> bool {
    let Value::Percent { interval } = &g.value else {
        return false;
    };
    let Some(want) = peer_number(&p.res) else { return false };
    written(interval).iter().any(|h| close(*h, want)) && span_around(case, p, g)
}

fn match_ordinal(_case: &Case, p: &Peer, g: &Got) -> bool {
    let Value::Ordinal { value } = &g.value else {
        return false;
    };
    peer_number(&p.res).is_some_and(|w| close(w, f64::from(*value))) && p.start == g.start && p.end == g.end
}

/// ISO code and factor for a peer currency result.
fn peer_currency(res: &Json) -> Option<(String, f64)> {
    if let Some(iso) = res["isoCurrency"].as_str() {
        return Some((iso.to_string(), 1.0));
    }
    let unit = res["unit"].as_str()?;
    Some(match unit {
        "Dollar" => ("USD".into(), 1.0),
        "Pound" => ("GBP".into(), 1.0),
        "Rupee" => ("INR".into(), 1.0),
        "Cent" => ("USD".into(), 0.01),
        "Pence" | "Penny" => ("GBP".into(), 0.01),
        "Finnish markka" => ("FIM".into(), 1.0),
        "Peseta" => ("ESP".into(), 1.0),
        "Netherlands guilder" => ("NLG".into(), 1.0),
        "Bitcoin" => ("BTC".into(), 1.0),
        other => (format!("unit:{other}"), 1.0),
    })
}

fn match_currency(case: &Case, p: &Peer, g: &Got) -> bool {
    let Value::Money { currency, interval } = &g.value else {
        return false;
    };
    let (Some(want), Some((code, factor))) = (peer_number(&p.res), peer_currency(&p.res)) else {
        return false;
    };
    *currency == code && written(interval).iter().any(|h| close(*h, want * factor)) && span_around(case, p, g)
}

// --------------------------------------------------------- dimension judge

/// Our unit symbols for one of the peer's unit names; `None` for a unit we
/// do not read.
fn our_units(peer_unit: &str) -> Option<&'static [&'static str]> {
    Some(match peer_unit {
        "Meter" => &["m"],
        "Kilometer" => &["km"],
        "Millimeter" => &["mm"],
        "Inch" => &["in"],
        "Foot" => &["ft"],
        "Mile" => &["mi"],
        "Square meter" => &["m²"],
        "Square kilometer" => &["km²"],
        "Acre" => &["acre"],
        "Cubic foot" => &["ft³"],
        "Gallon" => &["gal"],
        "Milliliter" => &["ml"],
        "Barrel" => &["bbl"],
        "Kilogram" => &["kg"],
        "Pound" => &["lb"],
        "Ounce" => &["oz"],
        // "tons" is kept apart from "tonnes" (see units.toml); the peer calls both a ton.
        "Ton" => &["ton", "t"],
        "Metric ton" => &["t"],
        "Mile per hour" => &["mph"],
        "Kilometer per hour" => &["km/h"],
        "Megabyte" => &["MB"],
        "Degree" => &["°"],
        _ => return None,
    })
}

static GLUED_M: LazyLock<Regex> = LazyLock::new(|| re(r"[0-9]m$"));
static BRACKETED_UNIT: LazyLock<Regex> = LazyLock::new(|| re(r"[0-9] [(\[{<]"));
static TWO_FIGURES: LazyLock<Regex> = LazyLock::new(|| re(r"[0-9][^0-9]*\s[0-9]"));
static DEGREES: LazyLock<Regex> = LazyLock::new(|| re(r"[0-9] ?(°|degrees)"));

/// Why a dimension case is out of scope.
fn dimension_scope(case: &Case) -> Option<&'static str> {
    if let Some(reason) = numeric_case_scope(Kind::Dimension, case) {
        return Some(reason);
    }
    for p in &case.results {
        let unit = p.res["unit"].as_str().unwrap_or("");
        let text = p.text.as_str();
        if p.res["value"].is_null() {
            return Some("unit word without a figure (\"a metric ton\", \"mcg\")");
        }
        if unit == "Pound" && text.contains("pound") {
            return Some("\"pounds\" is money or nothing for us; the pound weight is \"lb\"");
        }
        if unit == "Meter" && GLUED_M.is_match(text) {
            return Some("a glued \"m\" is a million for us (\"£1.2m\"), not a metre");
        }
        if BRACKETED_UNIT.is_match(text) || text.contains('"') {
            return Some("a unit in brackets or an inch mark after the figure");
        }
        if TWO_FIGURES.is_match(text) {
            return Some("two figures read as one (\"5 ft 2 in\", \"10 1/2 miles\")");
        }
        if our_units(unit).is_none() {
            return Some("a unit that is not in our lexicon (cooking, angles in radians, decimetres, bits...)");
        }
    }
    if case.results.is_empty() && DEGREES.is_match(&case.input.to_lowercase()) {
        return Some("degrees the peer does not read (\"24 degrees\", \"100° Celsius\") are a unit for us");
    }
    None
}

fn match_dimension(case: &Case, p: &Peer, g: &Got) -> bool {
    let Value::Quantity { unit, interval, .. } = &g.value else {
        return false;
    };
    let (Some(want), Some(ours)) = (peer_number(&p.res), p.res["unit"].as_str().and_then(our_units)) else {
        return false;
    };
    ours.contains(&unit.as_str()) && written(interval).iter().any(|h| close(*h, want)) && span_around(case, p, g)
}

fn is_range(v: &Value) -> bool {
    let i = match v {
        Value::Number { interval } | Value::Percent { interval } | Value::Money { interval, .. } => interval,
        _ => return false,
    };
    match (i.min, i.max) {
        // Not the rounding band of one figure ("4.2%" is [4.15, 4.25)).
        (Some(a), Some(b)) => a < b && (!i.min_inclusive || i.max_inclusive),
        (None, None) => false,
        _ => true,
    }
}

static EQUAL_TO: LazyLock<Regex> = LazyLock::new(|| re(r"^equal(?:s|ing)?\s+(?:to\s+)?"));
static UPPER_COMPARATIVE: LazyLock<Regex> = LazyLock::new(|| re(r"\b(less|lower|below|under|smaller|fewer)\b"));

/// "(20,35]" as (min, min inclusive, max, max inclusive).
fn parse_interval(s: &str) -> Option<(Option<f64>, bool, Option<f64>, bool)> {
    let lo_inc = s.starts_with('[');
    let hi_inc = s.ends_with(']');
    let body = s.get(1..s.len() - 1)?;
    let (a, b) = body.split_once(',')?;
    let num = |x: &str| {
        if x.trim().is_empty() {
            Ok(None)
        } else {
            x.trim().parse().map(Some)
        }
    };
    Some((num(a).ok()?, lo_inc, num(b).ok()?, hi_inc))
}

fn point_of(p: &Peer) -> Option<f64> {
    let (lo, _, hi, _) = parse_interval(p.res["value"].as_str()?)?;
    (lo.is_some() && lo == hi).then_some(lo?)
}

fn match_range(_case: &Case, p: &Peer, g: &Got) -> bool {
    let Some((lo, lo_inc, hi, hi_inc)) = p.res["value"].as_str().and_then(parse_interval) else {
        return false;
    };
    if let Some(x) = point_of(p) {
        // "equal to 170": our plain number after "equal to".
        let Value::Number { interval } = &g.value else {
            return false;
        };
        let skip = EQUAL_TO.find(&p.text).map_or(0, |m| m.as_str().chars().count());
        return *interval == Interval::exact(x) && g.start == p.start + skip && g.end == p.end;
    }
    let i = match &g.value {
        Value::Number { interval } | Value::Percent { interval } | Value::Money { interval, .. } => interval,
        _ => return false,
    };
    let same_end = |a: Option<f64>, b: Option<f64>| match (a, b) {
        (Some(a), Some(b)) => close(a, b),
        (None, None) => true,
        _ => false,
    };
    let both = lo.is_some() && hi.is_some();
    let hi_inc_ok = i.max_inclusive == hi_inc
        || (both && !hi_inc && i.max_inclusive && !UPPER_COMPARATIVE.is_match(&p.text))
        || hi.is_none();
    let lo_inc_ok = i.min_inclusive == lo_inc || lo.is_none();
    same_end(i.min, lo) && same_end(i.max, hi) && lo_inc_ok && hi_inc_ok && p.start == g.start && p.end == g.end
}

// ------------------------------------------------------------ date judges

static HOLIDAY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"christmas|easter|independence|black friday|earth day|new year|patrick|halloween|labor day|thanksgiving|workers|eid |eid$|valentine|mother|father",
    )
});
static RELATIVE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(today|tomorrow|tmrw|yesterday|tonight|now|ago|later|earlier|next|last|this|previous|past|coming|following|upcoming|current|same|that|otd|eoy|remaining|date|within|fortnight|as late|as early|in \d+ (days|weeks|months|years)|in (a|one|two|three) (day|week|month|year)s?)\b|^(the )?(day|month|year)$|\bthe (day|month|year)\b|\bof (year|month)$|\b(days?|weeks?|months?|years?) (from|after|before|since)\b",
    )
});
static COUNTED_PART: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b(first|last) (\w+ )?(days|weeks|months)\b|\b(\w+) month of\b"));
static SYMBOL: LazyLock<Regex> = LazyLock::new(|| re(r"^[<>=~]"));
static CONSECUTIVE_AND: LazyLock<Regex> = LazyLock::new(|| re(r"^[0-9]{1,2}$"));
static WEEK: LazyLock<Regex> = LazyLock::new(|| re(r"\bweek|\bw/c\b|\bweekend"));
static NUMERIC_DATE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"[0-9][/.][0-9]|/|[0-9]{5,7}|[0-9]{9,}|\b[0-9]{1,2}-[0-9]{1,2}-[0-9]{2,4}\b|\b[0-9]{4}-[0-9]{1,2}\b(?:-[0-9]{1,2})?|\b[0-9]{1,2}-[0-9]{4}\b",
    )
});
static SLASHED_WITH_YEAR: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}\b|\b[0-9]{4}/[0-9]{1,2}/[0-9]{1,2}\b"));
static DAY_DASH_DAY: LazyLock<Regex> = LazyLock::new(|| re(r"\b[0-9]{1,2}-[0-9]{1,2}\b"));
static PART_RANGE: LazyLock<Regex> = LazyLock::new(|| re(r"\b(from|between) the (end|middle|beginning|start) of\b"));
static ISO_DATE: LazyLock<Regex> = LazyLock::new(|| re(r"^(?:on |from )?[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
static URL: LazyLock<Regex> = LazyLock::new(|| re(r"www\.|https?://"));
static YEAR_IN_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(two thousand|nineteen|seventeen hundred|twenty (?:twenty|nineteen)|eighty six|ninety (?:six|three)|seventy two|thirty three)\b",
    )
});
static TWO_DIGIT_YEAR: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?:of|first|,) [0-9]{2}$|/[0-9]{2}$|\b[0-9]{2} s\b|\bcy[0-9]{2}\b|\bsy[0-9]{2}\b"));
static DECADE_WORDS: LazyLock<Regex> = LazyLock::new(|| re(r"\b(nineties|century|decades?)\b"));
static SPELLED_CARDINAL_DAY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:january|february|march|april|may|june|july|august|september|october|november|december) (?:twenty|thirty|one|two|three|four|five|six|seven|eight|nine|ten)(?: (?:one|two|three|four|five|six|seven|eight|nine))?$",
    )
});
static DAY_WITHOUT_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:on |around )?(?:the )?[0-9]{1,2}(?:st|nd|rd|th)$|^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]* [0-9]{1,2}(?:st|nd|rd|th)?$|^(?:mon|tues|wednes|thurs|fri|satur|sun)day the ",
    )
});
static MONTH_NAME: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b",
    )
});
static LOWER_Q: LazyLock<Regex> = LazyLock::new(|| re(r"\bq[1-4]\b"));

/// Why one expected date result is out of scope.
fn date_result_scope(case: &Case, p: &Peer) -> Option<&'static str> {
    let kind = p.type_name.rsplit('.').next().unwrap_or("");
    match kind {
        "date" | "daterange" => {}
        "time" | "timerange" => return Some("time of day"),
        "datetime" | "datetimerange" => return Some("date with a time of day"),
        "duration" => return Some("duration"),
        "set" => return Some("recurring set (every Monday)"),
        _ => return Some("time zone"),
    }
    // One resolved calendar day is always in scope, relative or not.
    if is_single_date(p) {
        return None;
    }
    let text = p.text.as_str();
    let vals = p.res["values"].as_array().map(Vec::as_slice).unwrap_or_default();
    let timex = vals.first().and_then(|v| v["timex"].as_str()).unwrap_or("");
    let modifier = vals.first().and_then(|v| v["Mod"].as_str());
    if modifier.is_some_and(|m| !matches!(m, "mid" | "start" | "end")) {
        return Some("open-ended range (before, after, since, until)");
    }
    if SYMBOL.is_match(text) {
        return Some("comparison symbols (>, <=, =, ~)");
    }
    if HOLIDAY.is_match(text) {
        return Some("holidays");
    }
    if timex.starts_with("FY")
        || timex.starts_with("SY")
        || matches!(timex, "SU" | "WI" | "FA" | "SP")
        || timex.ends_with("-SU")
        || ["summer", "winter", "spring", "autumn", "fall"].iter().any(|w| text.contains(w))
    {
        return Some("seasons, fiscal and school years");
    }
    if WEEK.is_match(text) || timex.contains('W') && !timex.contains("WXX-") {
        return Some("weeks and weekends");
    }
    if RELATIVE.is_match(text) || timex.contains("PRESENT_REF") {
        return Some("relative to the reference date (today, next week, in two weeks, this September)");
    }
    if PART_RANGE.is_match(text) {
        return Some(
            "ranges from a part of a period (from the end of March to the middle of September): the peer reads each part as an instant there, as a span alone",
        );
    }
    if COUNTED_PART.is_match(text) {
        return Some("counted parts of a period (the last four months of 2021, the third month of 2021)");
    }
    if vals.iter().any(|v| v["value"].as_str() == Some("not resolved") || v["start"].as_str() == Some("not resolved")) {
        return Some("invalid calendar dates (Feb 30): left unread by design");
    }
    if URL.is_match(&case.input) {
        return Some("dates inside URLs: not read by design");
    }
    // Slashed dates with a four-digit year are read ("10/1/2018"); other
    // numeric shapes are not.
    let unslashed = SLASHED_WITH_YEAR.replace_all(text, "");
    if (NUMERIC_DATE.is_match(&unslashed) || DAY_DASH_DAY.is_match(&unslashed) && !MONTH_NAME.is_match(&unslashed))
        && !ISO_DATE.is_match(text)
    {
        return Some(
            "numeric dates other than ISO yyyy-mm-dd and slashed dates with a four-digit year (dotted, compact, day-first, two-digit years): not read by design",
        );
    }
    if YEAR_IN_WORDS.is_match(text) {
        return Some("years written in words");
    }
    if TWO_DIGIT_YEAR.is_match(text) || timex.starts_with("XX") && !timex.starts_with("XXXX") {
        return Some("two-digit years and decades");
    }
    if DECADE_WORDS.is_match(text) {
        return Some("decades in words and centuries");
    }
    if SPELLED_CARDINAL_DAY.is_match(text) {
        return Some("day as a spelled cardinal (\"May twenty nine\")");
    }
    if DAY_WITHOUT_MONTH.is_match(text) || timex.starts_with("XXXX-XX-") || timex.contains("WXX") && text.contains(' ')
    {
        return Some("day of the month without a month");
    }
    let original = chars_of(&case.input, p.start, p.end);
    if LOWER_Q.is_match(&original) {
        return Some("lower-case \"q1\" (we read a quarter only with a capital Q)");
    }
    // A lower-case English month or weekday with no day or year next to it.
    let has_day = original.chars().any(|c| c.is_ascii_digit()) || DAY_WORD.is_match(&original);
    if let Some(m) = MONTH_NAME.find(&original) {
        if !has_day && timex.contains("XXXX") && m.as_str().chars().all(|c| c.is_lowercase()) {
            return Some("lower-case month or weekday with no day or year (\"in may\"): never read by design");
        }
    }
    if TIMEX_WEEKDAY.is_match(timex) && original.chars().all(|c| c.is_lowercase()) {
        return Some("lower-case month or weekday with no day or year (\"in may\"): never read by design");
    }
    // Our yearless dates take the anchor's year; a February 29 in a
    // non-leap year is left unread (see date.rs).
    if timex == "XXXX-02-29" && case.anchor.is_some_and(|a| NaiveDate::from_ymd_opt(a.year(), 2, 29).is_none()) {
        return Some("yearless 29 February in a non-leap year of the anchor: left unread by design");
    }
    if timex.len() == 4 && timex.parse::<i32>().is_ok_and(|y| !(1900..=2099).contains(&y)) && text == timex {
        return Some("a lone four-digit number outside 1900-2099 is not a year for us");
    }
    None
}

static DAY_WORD: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)\b",
    )
});

/// "18 and 19 June": the peer lists two dates, we one range of two days.
fn consecutive_days_as_range(case: &Case, results: &[&Peer]) -> bool {
    results.windows(2).any(|w| {
        let gap = chars_of(&case.input, w[0].end, w[1].start).to_lowercase();
        CONSECUTIVE_AND.is_match(&w[0].text) && gap.trim() == "and"
    })
}

/// Day spans (inclusive) a peer date result accepts, and the weekday or
/// yearless month it may also be.
struct DateWant {
    spans: Vec<(NaiveDate, NaiveDate)>,
    /// Accept each end within a day (parts of a month or year).
    fuzzy: bool,
    weekday: Option<u32>,
    month_only: Option<u32>,
    /// For a range of named periods: the first and the last period's start.
    sequence: Vec<(NaiveDate, NaiveDate)>,
}

fn ymd(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s.get(..10)?, "%Y-%m-%d").ok()
}

fn add_months(d: NaiveDate, months: u32) -> Option<NaiveDate> {
    let total = d.year() * 12 + d.month0() as i32 + months as i32;
    NaiveDate::from_ymd_opt(total.div_euclid(12), total.rem_euclid(12) as u32 + 1, d.day())
}

static QUARTERISH: LazyLock<Regex> = LazyLock::new(|| re(r"\bq[1-4]\b|quarter|\bh[12]\b|half"));
static TIMEX_RANGE: LazyLock<Regex> = LazyLock::new(|| re(r"^\(.*,.*,P([0-9]+)([DWMY])\)$"));
static TIMEX_MONTH: LazyLock<Regex> = LazyLock::new(|| re(r"^(?:[0-9]{4}|XXXX)-([0-9]{2})$"));
static TIMEX_WEEKDAY: LazyLock<Regex> = LazyLock::new(|| re(r"^XXXX-WXX-([1-7])$"));

fn date_want(p: &Peer) -> DateWant {
    let vals = p.res["values"].as_array().map(Vec::as_slice).unwrap_or_default();
    let mut want = DateWant { spans: Vec::new(), fuzzy: false, weekday: None, month_only: None, sequence: Vec::new() };
    let quarterish = QUARTERISH.is_match(&p.text);
    for v in vals {
        let timex = v["timex"].as_str().unwrap_or("");
        if let Some(c) = TIMEX_WEEKDAY.captures(timex) {
            want.weekday = c[1].parse().ok();
            continue;
        }
        if let Some(day) = v["value"].as_str().and_then(ymd) {
            want.spans.push((day, day));
            continue;
        }
        let (Some(start), Some(end)) = (v["start"].as_str().and_then(ymd), v["end"].as_str().and_then(ymd)) else {
            continue;
        };
        if let Some(c) = TIMEX_MONTH.captures(timex) {
            if timex.starts_with("XXXX") {
                want.month_only = c[1].parse().ok();
            }
        }
        want.fuzzy |= v["Mod"].is_string();
        match TIMEX_RANGE.captures(timex).map(|c| c[2].to_string()) {
            Some(unit) if unit == "D" => {
                want.spans.push((start, end));
                want.sequence.push((start, end));
            }
            Some(unit) => {
                want.spans.push((start, end - Duration::days(1)));
                let months = match unit.as_str() {
                    "Y" => 12,
                    "W" => 0,
                    _ if quarterish => 3,
                    _ => 1,
                };
                if months > 0 {
                    if let Some(last) = add_months(end, months).map(|d| d - Duration::days(1)) {
                        want.spans.push((start, last));
                    }
                }
                want.sequence.push((start, end));
            }
            None => want.spans.push((start, end - Duration::days(1))),
        }
    }
    want
}

fn weekday_number(name: &str) -> Option<u32> {
    let day: chrono::Weekday = name.parse().ok()?;
    Some(day.number_from_monday())
}

/// Lead words the peer keeps in its span and we leave out.
static LEAD: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(?:(?:on|in|from|between|the|during|at|for|of|around|calendar|year|cy) )+"));

fn date_span_ok(p: &Peer, g: &Got) -> bool {
    g.end == p.end && starts_in_lead(p, g.start)
}

/// Whether `start` is the peer's start or the start of a word inside its
/// leading prepositions and articles.
fn starts_in_lead(p: &Peer, start: usize) -> bool {
    let lead = LEAD.find(&p.text).map_or("", |m| m.as_str());
    let mut offsets = vec![0];
    offsets.extend(lead.char_indices().filter(|(_, c)| *c == ' ').map(|(i, _)| lead[..=i].chars().count()));
    offsets.iter().any(|&o| start == p.start + o)
}

fn value_days(v: &Value) -> Option<(NaiveDate, NaiveDate)> {
    day_span(v)
}

fn match_date(_case: &Case, p: &Peer, g: &Got) -> bool {
    if !date_span_ok(p, g) {
        return false;
    }
    let want = date_want(p);
    match &g.value {
        Value::Weekday { weekday } => want.weekday.is_some() && weekday_number(weekday) == want.weekday,
        Value::Month { year: None, month } => want.month_only == Some(*month),
        v => {
            let Some((s, e)) = value_days(v) else { return false };
            want.spans.iter().any(|&(ws, we)| {
                if want.fuzzy {
                    (s - ws).num_days().abs() <= 1 && (e - we).num_days().abs() <= 1
                } else {
                    s == ws && e == we
                }
            })
        }
    }
}

/// A peer range of named periods read by us as one value per period.
fn match_date_sequence(p: &Peer, run: &[Got]) -> bool {
    let want = date_want(p);
    let (Some(first), Some(last)) = (run.first(), run.last()) else {
        return false;
    };
    if run.len() < 2 || last.end != p.end || !starts_in_lead(p, first.start) {
        return false;
    }
    let (Some((s, _)), Some((e, last_day))) = (value_days(&first.value), value_days(&last.value)) else {
        return false;
    };
    // The last period starts on the peer's end, or ends the day before it
    // ("from 2007 to the end of 2008" is 2007-01-01 to 2009-01-01).
    want.sequence.iter().any(|&(ws, we)| s == ws && (e == we || last_day + Duration::days(1) == we))
}

// -------------------------------------------------------------- the judge

fn relevant(kind: Kind, case: &Case, g: &Got) -> bool {
    match kind {
        Kind::Number => number_like(&g.value).is_some(),
        Kind::Ordinal => matches!(g.value, Value::Ordinal { .. }),
        Kind::Percent => matches!(g.value, Value::Percent { .. }),
        Kind::Currency => matches!(g.value, Value::Money { .. }),
        Kind::Range => {
            is_range(&g.value)
                || case.results.iter().any(|p| point_of(p).is_some() && g.start >= p.start && g.end <= p.end)
        }
        Kind::Dimension => matches!(g.value, Value::Quantity { .. }),
        Kind::DateTime => matches!(
            g.value,
            Value::Date { .. }
                | Value::DateRange { .. }
                | Value::Month { .. }
                | Value::Year { .. }
                | Value::Quarter { .. }
                | Value::Weekday { .. }
        ),
    }
}

fn matches_one(kind: Kind, case: &Case, p: &Peer, g: &Got) -> bool {
    match kind {
        Kind::Number => match_number(case, p, g),
        Kind::Ordinal => match_ordinal(case, p, g),
        Kind::Percent => match_percent(case, p, g),
        Kind::Currency => match_currency(case, p, g),
        Kind::Range => match_range(case, p, g),
        Kind::Dimension => match_dimension(case, p, g),
        Kind::DateTime => match_date(case, p, g),
    }
}

fn describe(got: &[Got]) -> String {
    let items: Vec<String> =
        got.iter().map(|g| format!("{:?}@{}..{} {}", g.text, g.start, g.end, g.value.describe())).collect();
    format!("[{}]", items.join(", "))
}

fn describe_peer(results: &[&Peer]) -> String {
    let items: Vec<String> =
        results.iter().map(|p| format!("{:?}@{}..{} {}", p.text, p.start, p.end, short_resolution(&p.res))).collect();
    format!("[{}]", items.join(", "))
}

fn short_resolution(res: &Json) -> String {
    if let Some(vals) = res["values"].as_array() {
        let parts: Vec<String> = vals
            .iter()
            .map(|v| {
                let timex = v["timex"].as_str().unwrap_or("");
                match (v["value"].as_str(), v["start"].as_str(), v["end"].as_str()) {
                    (Some(x), ..) => format!("{timex}={x}"),
                    (None, s, e) => format!("{timex}={}..{}", s.unwrap_or(""), e.unwrap_or("")),
                }
            })
            .collect();
        return parts.join("|");
    }
    let mut s = res["value"].as_str().unwrap_or("null").to_string();
    for key in ["isoCurrency", "unit"] {
        if let Some(x) = res[key].as_str() {
            let _ = write!(s, " {x}");
            break;
        }
    }
    s
}

/// A result that names one resolved calendar day: a `datetimeV2.date` with
/// a single value, no `X` in its timex and a real date as its value
/// ("tomorrow", "next Monday", "1/1/2016"; not "Tuesday", which the peer
/// resolves to two days, nor "Feb 30", which it leaves "not resolved").
fn is_single_date(p: &Peer) -> bool {
    let vals = p.res["values"].as_array().map(Vec::as_slice).unwrap_or_default();
    let [v] = vals else { return false };
    p.type_name == "datetimeV2.date"
        && v["timex"].as_str().is_some_and(|t| !t.contains('X'))
        && v["value"].as_str().and_then(ymd).is_some()
}

/// The judgment of the single-date line: `None` for a case with no
/// single-date result; else whether each of them is matched by one of our
/// date values (span and day as in [`match_date`]) with no other date value
/// of ours inside its span. The case's other results (a time of day, a
/// duration) are left to the file's own line.
fn judge_single_dates(case: &Case) -> Option<Verdict> {
    let expected: Vec<&Peer> = case.results.iter().filter(|p| is_single_date(p)).collect();
    if expected.is_empty() {
        return None;
    }
    let got: Vec<Got> = ours(case).into_iter().filter(|g| relevant(Kind::DateTime, case, g)).collect();
    let ok = expected.iter().all(|p| {
        let inside: Vec<&Got> = got.iter().filter(|g| g.start < p.end && p.start < g.end).collect();
        matches!(inside.as_slice(), [g] if match_date(case, p, g))
    });
    Some(if ok {
        Verdict::Pass
    } else {
        Verdict::Fail(format!("expected {}\n      got {}", describe_peer(&expected), describe(&got)))
    })
}

fn judge(kind: Kind, case: &Case) -> Verdict {
    let mut expected: Vec<&Peer> = case.results.iter().collect();
    if kind == Kind::Currency {
        // A currency name with no amount is never a value of ours.
        expected.retain(|p| !p.res["value"].is_null());
        if expected.is_empty() && !case.results.is_empty() {
            return Verdict::Out("currency name without an amount (\"dollar\")");
        }
    }
    if kind == Kind::Dimension {
        if let Some(reason) = dimension_scope(case) {
            return Verdict::Out(reason);
        }
    } else if kind == Kind::DateTime {
        for p in &expected {
            if let Some(reason) = date_result_scope(case, p) {
                return Verdict::Out(reason);
            }
        }
        if consecutive_days_as_range(case, &expected) {
            return Verdict::Out("two consecutive days joined by \"and\" are one range for us (\"3 and 4 April\")");
        }
    } else {
        if let Some(reason) = numeric_case_scope(kind, case) {
            return Verdict::Out(reason);
        }
        for p in &expected {
            if let Some(reason) = numeric_result_scope(kind, case, p) {
                return Verdict::Out(reason);
            }
        }
    }
    let got: Vec<Got> = ours(case).into_iter().filter(|g| relevant(kind, case, g)).collect();
    let mut k = 0;
    let mut ok = true;
    for p in &expected {
        if k < got.len() && matches_one(kind, case, p, &got[k]) {
            k += 1;
            continue;
        }
        // A range of periods read as one value per period.
        let run_end = (k..got.len()).take_while(|&j| got[j].end <= p.end).last();
        if kind == Kind::DateTime && run_end.is_some_and(|e| match_date_sequence(p, &got[k..=e])) {
            k = run_end.unwrap_or(k) + 1;
            continue;
        }
        ok = false;
        break;
    }
    if ok && k == got.len() {
        Verdict::Pass
    } else {
        Verdict::Fail(format!("expected {}\n      got {}", describe_peer(&expected), describe(&got)))
    }
}

// ---------------------------------------------------------------- the run

#[derive(Default)]
struct Tally {
    in_scope: usize,
    passed: usize,
    out: BTreeMap<&'static str, usize>,
    failures: Vec<String>,
    out_cases: Vec<String>,
}

fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("target"))
}

fn short_name(file: &str) -> &str {
    file.rsplit('/').next().unwrap_or(file).trim_end_matches(".json")
}

fn floor_of(floors: &toml::Table, name: &str) -> usize {
    floors.get(name).and_then(toml::Value::as_integer).unwrap_or(0) as usize
}

/// The line of the cases whose expected result is one resolved calendar day
/// (see [`is_single_date`]), with its own floor, `DateTimeModel-single-date`.
fn single_date_line(
    cases: &[Case],
    floors: &toml::Table,
    table: &mut String,
    details: &mut String,
    below: &mut Vec<String>,
) {
    let name = "DateTimeModel-single-date";
    let (mut total, mut passed, mut failures) = (0, 0, Vec::new());
    for (i, case) in cases.iter().enumerate() {
        match judge_single_dates(case) {
            None => {}
            Some(Verdict::Pass) => {
                total += 1;
                passed += 1;
            }
            Some(Verdict::Fail(why)) => {
                total += 1;
                failures.push(format!("  #{i} {:?}\n      {why}", case.input));
            }
            Some(Verdict::Out(_)) => unreachable!("single dates are always in scope"),
        }
    }
    let floor = floor_of(floors, name);
    let _ = writeln!(table, "  single-date cases: {passed}/{total} (floor {floor})");
    if passed < floor {
        below.push(format!("{name}: {passed} passed, floor {floor}"));
    }
    let _ = writeln!(details, "\n== {name}: failures ({})", failures.len());
    for f in &failures {
        let _ = writeln!(details, "{f}");
    }
}

#[test]
fn peer_specs_conformance() {
    let root = Path::new(SPECS);
    if !root.is_dir() {
        println!("peer specs not found at {SPECS}; skipped");
        return;
    }
    let floors: toml::Table = toml::from_str(&std::fs::read_to_string(FLOORS).expect("tests/peer_floors.toml"))
        .expect("tests/peer_floors.toml is valid TOML");
    let mut table = String::new();
    let mut details = String::new();
    let mut below = Vec::new();
    let _ = writeln!(
        table,
        "{:<18} {:>6} {:>9} {:>7} {:>7} {:>13} {:>7} {:>7}",
        "file", "cases", "in scope", "passed", "failed", "out of scope", "floor", "python"
    );
    for &(file, kind, python) in FILES {
        let cases = load(&root.join(file));
        let name = short_name(file);
        let mut t = Tally::default();
        for (i, case) in cases.iter().enumerate() {
            match judge(kind, case) {
                Verdict::Pass => {
                    t.in_scope += 1;
                    t.passed += 1;
                }
                Verdict::Fail(why) => {
                    t.in_scope += 1;
                    t.failures.push(format!("  #{i} {:?}\n      {why}", case.input));
                }
                Verdict::Out(reason) => {
                    *t.out.entry(reason).or_default() += 1;
                    t.out_cases.push(format!("  #{i} [{reason}] {:?}", case.input));
                }
            }
        }
        let floor = floor_of(&floors, name);
        let out: usize = t.out.values().sum();
        let _ = writeln!(
            table,
            "{:<18} {:>6} {:>9} {:>7} {:>7} {:>13} {:>7} {:>7}",
            name,
            cases.len(),
            t.in_scope,
            t.passed,
            t.in_scope - t.passed,
            out,
            floor,
            python
        );
        if t.passed < floor {
            below.push(format!("{name}: {} passed, floor {floor}", t.passed));
        }
        if kind == Kind::DateTime {
            single_date_line(&cases, &floors, &mut table, &mut details, &mut below);
        }
        let _ = writeln!(details, "\n== {name}: out of scope by reason");
        for (reason, n) in &t.out {
            let _ = writeln!(details, "  {n:>4}  {reason}");
        }
        let _ = writeln!(details, "\n== {name}: failures ({})", t.failures.len());
        for f in &t.failures {
            let _ = writeln!(details, "{f}");
        }
        let _ = writeln!(details, "\n== {name}: out-of-scope cases");
        for o in &t.out_cases {
            let _ = writeln!(details, "{o}");
        }
    }
    let _ =
        writeln!(table, "(python: the Python port's exact passes over the cases it supports, from the specs' README)");
    println!("{table}");
    let dir = target_dir();
    let _ = std::fs::create_dir_all(&dir);
    let report = dir.join("peer-specs-report.txt");
    if std::fs::write(&report, format!("{table}{details}")).is_ok() {
        println!("report: {}", report.display());
    }
    assert!(below.is_empty(), "pass counts below their floors:\n{}", below.join("\n"));
}

#[test]
fn interval_notation_is_read() {
    assert_eq!(parse_interval("(20,35]"), Some((Some(20.0), false, Some(35.0), true)));
    assert_eq!(parse_interval("[30,)"), Some((Some(30.0), true, None, false)));
    assert_eq!(parse_interval("(,100]"), Some((None, false, Some(100.0), true)));
}

#[test]
fn unit_ranges_end_on_the_last_period() {
    let p = Peer {
        text: "jan-feb 2017".into(),
        start: 0,
        end: 12,
        type_name: "datetimeV2.daterange".into(),
        res: serde_json::json!({"values": [{"timex": "(2017-01-01,2017-02-01,P1M)", "type": "daterange",
            "start": "2017-01-01", "end": "2017-02-01"}]}),
    };
    let want = date_want(&p);
    let d = |m, day| NaiveDate::from_ymd_opt(2017, m, day).unwrap();
    assert!(want.spans.contains(&(d(1, 1), d(2, 28))));
    assert_eq!(last_day_of_month(2017, 2), Some(d(2, 28)));
}
