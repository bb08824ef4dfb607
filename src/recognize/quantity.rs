//! Percentages, money and plain quantities with their qualifiers.
//!
//! A quantity is what the text *asserts* about a figure, as an interval:
//! - a plain figure is as precise as written: "20 billion" is
//!   [19.5e9, 20.5e9], "4.2%" is [4.15, 4.25], "2%" is [1.5, 2.5]; a count
//!   written as a whole number with no scale word ("32", "5,000", "three")
//!   is exact;
//! - "more than / over / north of …" is (x, ∞), "at least / a minimum of
//!   …" is [x, ∞), "less than / under …" is (−∞, x), "up to / as many as
//!   …" is (−∞, x]; the written x is used with no rounding band;
//! - "about / around / some / an estimated …" is x ± max(rounding, 10% of
//!   x); "nearly / almost / just under" is [x − 10%, x]; "just over /
//!   slightly more than" is [x, x + 10%]; "well over" is (x, ∞);
//! - postposed qualifiers count too: "5,000 or more", "2% or less", and
//!   "5% of GDP minimum" (read as at least 5%); "minimum" must close the
//!   phrase, so "the 2% minimum threshold" stays plain. A postposed
//!   qualifier is inside the span ("5,000 or more"), except after "of GDP",
//!   where the span stays "5%" so that "of GDP" still follows it;
//! - ranges "between a and b", "a–b", "a-b", "a to b" are [a, b], a scale
//!   word on b applying to a ("3-5 billion"). "from a to b", "by a to b"
//!   and "a% to b%" are changes ("rose 0.5 points to 2.1%"), not ranges, so
//!   "to" joins only a bare first figure ("3 to 4 percent", "$3bn to
//!   $5bn"); a descending pair ("a 4-2 vote") is not a range.
//!
//! Money is recognized by symbols, codes and names before or after the
//! figure, mapped to ISO 4217 codes by `knowledge/currencies.toml`. A bare
//! "$" is read as US dollars (the `bare_dollar` setting there): in English
//! news it almost always is, and reading it so lets "$140 million" meet
//! "US$140 million". A restatement in brackets right after a sum, "€130
//! million ($140 million)", is kept as a *conversion* of that sum and is
//! not a quantity of its own; the main quantity's span stops before the
//! bracket.
//!
//! Not quantities: fractions in words ("a third of"), vague counts (see
//! `number.rs`), days next to a month name ("April 3-4", "3 April"), plain
//! years (four digits 1900–2099 with no unit: "2025", "the 2025 budget";
//! the date recognizer reads them, at the cost of "2000 soldiers"), dates
//! such as "2025-04-04" and "2025-26", and labels ("Article 5", "Resolution
//! 2231", "Flight 17", "No. 10").
use crate::recognize::number::{scan, Scanned};
use crate::span::Span;
use crate::value::Interval;
use regex::Regex;
use serde::Deserialize;
use std::collections::HashMap;
use std::sync::LazyLock;

#[derive(Clone, Debug, PartialEq)]
pub enum QuantityKind {
    Percent,
    /// ISO 4217 code; a bare "$" is "USD" (see the module docs and
    /// `bare_dollar` in `knowledge/currencies.toml`).
    Money {
        currency: String,
    },
    Number,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Quantity {
    /// Qualifier, number and unit: "more than 20 billion euros".
    pub span: Span,
    /// The figure alone: "20 billion".
    pub number_span: Span,
    pub kind: QuantityKind,
    pub interval: Interval,
    /// The qualifier as a normalized phrase ("more than"), if any.
    pub qualifier: Option<String>,
    /// A whole number with no scale word ("5,000", "32").
    pub integer: bool,
    /// Restatements in parentheses right after: "€130 million ($140 million)".
    pub conversions: Vec<Quantity>,
}

/// Every quantity in `text`, sorted by start, non-overlapping.
pub fn find_quantities(text: &str) -> Vec<Quantity> {
    let mut figures = Vec::new();
    let mut floor = 0;
    for number in scan(text, &currency_mark_ends_at) {
        if number.fraction || number.number.span.start < floor {
            continue;
        }
        let figure = Figure::read(text, number, floor);
        floor = figure.end;
        figures.push(figure);
    }
    exclude_dates_and_labels(text, &mut figures);
    figures.retain(|f| f.excluded.is_none());
    attach_conversions(text, build(text, &figures))
}

// ---------------------------------------------------------------- currencies

#[derive(Deserialize)]
struct CurrencyFile {
    bare_dollar: String,
    currency: Vec<CurrencyEntry>,
}

#[derive(Deserialize)]
struct CurrencyEntry {
    code: String,
    #[serde(default)]
    symbols: Vec<String>,
    #[serde(default)]
    names: Vec<String>,
    #[serde(default)]
    ambiguous: Vec<String>,
}

/// A currency mark written after a figure.
struct AfterMark {
    text: String,
    code: String,
    /// Names match in any case; codes and symbols only as written.
    any_case: bool,
    /// A word that is also ordinary English ("pounds", "won").
    ambiguous: bool,
}

struct Currencies {
    /// Marks before a figure with their code, longest first.
    before: Vec<(String, String)>,
    /// Marks after a figure, longest first.
    after: Vec<AfterMark>,
}

static CURRENCIES: LazyLock<Currencies> = LazyLock::new(|| {
    let file: CurrencyFile =
        toml::from_str(include_str!("../knowledge/currencies.toml")).expect("knowledge/currencies.toml is valid");
    let mut before = vec![("$".to_string(), file.bare_dollar.clone())];
    let mut after = Vec::new();
    for c in &file.currency {
        before.push((c.code.clone(), c.code.clone()));
        before.extend(c.symbols.iter().map(|s| (s.clone(), c.code.clone())));
        let mark = |text: &String, any_case, ambiguous| AfterMark {
            text: text.clone(),
            code: c.code.clone(),
            any_case,
            ambiguous,
        };
        after.push(mark(&c.code, false, false));
        after.extend(c.names.iter().map(|n| mark(n, true, false)));
        after.extend(c.ambiguous.iter().map(|n| mark(n, true, true)));
        // A one-character symbol may follow the figure: "130 €".
        after.extend(c.symbols.iter().filter(|s| s.chars().count() == 1).map(|s| mark(s, false, false)));
    }
    before.sort_by_key(|(m, _)| std::cmp::Reverse(m.len()));
    after.sort_by_key(|m| std::cmp::Reverse(m.text.len()));
    Currencies { before, after }
});

/// A mark that starts with a letter must not continue a word ("NATO$" is
/// not "A$"; "Rs" in "Cars 5" is not rupees).
fn mark_starts_word(text: &str, mark_start: usize, mark: &str) -> bool {
    !mark.starts_with(char::is_alphanumeric) || !text[..mark_start].ends_with(char::is_alphanumeric)
}

/// Whether `before` ends in a currency mark, with nothing between it and
/// what follows: lets the number recognizer accept "EUR20bn", "Rs.500".
pub(crate) fn currency_mark_ends_at(before: &str) -> bool {
    CURRENCIES
        .before
        .iter()
        .any(|(mark, _)| before.ends_with(mark.as_str()) && mark_starts_word(before, before.len() - mark.len(), mark))
}

const SPACES: [char; 3] = [' ', '\u{a0}', '\u{202f}'];

/// A currency mark right before the figure at `start` (spaces allowed
/// between), not reaching back before `floor`: its start and ISO code.
fn currency_before(text: &str, start: usize, floor: usize) -> Option<(usize, String)> {
    let trimmed = text[floor..start].trim_end_matches(SPACES);
    let end = floor + trimmed.len();
    CURRENCIES.before.iter().find_map(|(mark, code)| {
        let mark_start = end.checked_sub(mark.len())?;
        (mark_start >= floor && trimmed.ends_with(mark.as_str()) && mark_starts_word(text, mark_start, mark))
            .then(|| (mark_start, code.clone()))
    })
}

static OF_AFTER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s+of\b").expect("of regex"));

/// A currency mark after the figure ending at `end`: the mark's end and ISO
/// code. `scaled` says whether the figure has a scale word, which ambiguous
/// names need ("2 million pounds", not "500 pounds of explosives").
fn currency_after(text: &str, end: usize, scaled: bool) -> Option<(usize, String)> {
    let rest = &text[end..];
    let body = rest.trim_start_matches(SPACES);
    let gap = rest.len() - body.len();
    CURRENCIES.after.iter().find_map(|mark| {
        let word = mark.text.starts_with(char::is_alphanumeric);
        if word && gap == 0 {
            return None;
        }
        let head = body.get(..mark.text.len())?;
        let same = if mark.any_case { head.eq_ignore_ascii_case(&mark.text) } else { head == mark.text };
        let tail = &body[mark.text.len()..];
        if !same || (word && tail.starts_with(char::is_alphanumeric)) {
            return None;
        }
        if mark.ambiguous && (!scaled || OF_AFTER.is_match(tail)) {
            return None;
        }
        Some((end + gap + mark.text.len(), mark.code.clone()))
    })
}

static PERCENT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:[ \u{a0}\u{202f}]?%|[ \u{a0}\u{202f}]+(?:per[ \u{a0}]?cent|percentage[ \u{a0}]+points?|pct)\b|(?:pc|pct)\b)",
    )
    .expect("percent regex")
});

// ------------------------------------------------------------------- figures

#[derive(Clone, Debug, PartialEq)]
enum Unit {
    None,
    Percent,
    Money(String),
}

/// Why a figure is not a quantity.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Excluded {
    /// A day next to a month name, or joined to one ("3–4 April").
    Day,
    /// A plain year, or joined to one by a dash ("2025-26", "2025-04-04").
    Year,
    /// A label: "Article 5".
    Label,
}

/// A number with its unit, before qualifiers and ranges are read.
#[derive(Clone, Debug)]
struct Figure {
    n: Scanned,
    /// Start of a currency mark before the number, else the number's start.
    start: usize,
    /// End of the unit after the number, else the number's end.
    end: usize,
    unit: Unit,
    excluded: Option<Excluded>,
}

impl Figure {
    fn read(text: &str, n: Scanned, floor: usize) -> Figure {
        let span = n.number.span;
        let (mut start, mut end, mut unit) = (span.start, span.end, Unit::None);
        if let Some((s, code)) = currency_before(text, span.start, floor) {
            (start, unit) = (s, Unit::Money(code));
        } else if let Some(m) = PERCENT_AFTER.find(&text[span.end..]) {
            (end, unit) = (span.end + m.end(), Unit::Percent);
        } else if let Some((e, code)) = currency_after(text, span.end, n.scale > 1.0) {
            (end, unit) = (e, Unit::Money(code));
        }
        Figure { n, start, end, unit, excluded: None }
    }

    fn value(&self) -> f64 {
        self.n.number.value
    }
}

// ----------------------------------------------------------- dates and labels

const MONTHS: &str =
    "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";

static MONTH_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"\b(?:{MONTHS})\.?[ \u{{a0}}]+$")).expect("month regex"));
static MONTH_AFTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"^[ \u{{a0}}]+(?:of[ \u{{a0}}]+)?(?:{MONTHS})\b")).expect("month regex"));
static LABEL_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:articles?|sections?|chapter|resolution|paragraph|clause|annex|protocol|rule|pages?|flight|route|highway|room|phase|stage|level|category|volume|vol\.|part|season|episode|no\.|nos\.)[ \u{a0}]+$",
    )
    .expect("label regex")
});
static DASH_GAP: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^[ \u{a0}]?[-–‒‑/][ \u{a0}]?$").expect("dash regex"));
static WORD_GAP: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s+(?:to|and|or|through|until|till)\s+$").expect("word gap regex"));

/// The text before `start`, at most ~64 bytes and not before `floor`.
fn window(text: &str, start: usize, floor: usize) -> &str {
    let mut from = start.saturating_sub(64).max(floor);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    &text[from..start]
}

/// Marks days, years and labels; a figure joined to one by a dash (or, for
/// a day, by "to"/"and" when it could be a day itself) shares its fate.
fn exclude_dates_and_labels(text: &str, figures: &mut [Figure]) {
    for f in figures.iter_mut() {
        if f.unit != Unit::None {
            continue;
        }
        let span = f.n.number.span;
        let before = window(text, span.start, 0);
        f.excluded = if is_year(span.slice(text), f) {
            Some(Excluded::Year)
        } else if MONTH_BEFORE.is_match(before) || MONTH_AFTER.is_match(&text[span.end..]) {
            Some(Excluded::Day)
        } else if LABEL_BEFORE.is_match(before) {
            Some(Excluded::Label)
        } else {
            None
        };
    }
    let spread = |figures: &mut [Figure], from: usize, to: usize| {
        let (a, b) = (from.min(to), from.max(to));
        let gap = &text[figures[a].end..figures[b].start];
        let reason = figures[from].excluded;
        let target = &figures[to];
        let joined = match reason {
            Some(Excluded::Day) => {
                DASH_GAP.is_match(gap) || (WORD_GAP.is_match(gap) && target.n.number.integer && target.value() <= 31.0)
            }
            Some(Excluded::Year) => DASH_GAP.is_match(gap),
            _ => false,
        };
        if joined && target.unit == Unit::None && target.excluded.is_none() {
            figures[to].excluded = reason;
        }
    };
    for i in 1..figures.len() {
        spread(figures, i - 1, i);
    }
    for i in (1..figures.len()).rev() {
        spread(figures, i, i - 1);
    }
}

fn is_year(written: &str, f: &Figure) -> bool {
    written.len() == 4 && written.bytes().all(|b| b.is_ascii_digit()) && (1900.0..=2099.0).contains(&f.value())
}

// ---------------------------------------------------------------- qualifiers

/// How a qualifier bounds the written figure.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Reading {
    Above,
    AtLeast,
    Below,
    AtMost,
    Around,
    Nearly,
    JustOver,
}

const QUALIFIERS: &[(&str, Reading)] = &[
    ("more than", Reading::Above),
    ("over", Reading::Above),
    ("above", Reading::Above),
    ("north of", Reading::Above),
    ("in excess of", Reading::Above),
    ("upwards of", Reading::Above),
    ("upward of", Reading::Above),
    ("greater than", Reading::Above),
    ("higher than", Reading::Above),
    ("exceeding", Reading::Above),
    ("topping", Reading::Above),
    ("well over", Reading::Above),
    ("well above", Reading::Above),
    ("well in excess of", Reading::Above),
    ("far more than", Reading::Above),
    ("much more than", Reading::Above),
    ("at least", Reading::AtLeast),
    ("at the very least", Reading::AtLeast),
    ("no less than", Reading::AtLeast),
    ("not less than", Reading::AtLeast),
    ("no fewer than", Reading::AtLeast),
    ("not fewer than", Reading::AtLeast),
    ("a minimum of", Reading::AtLeast),
    ("less than", Reading::Below),
    ("under", Reading::Below),
    ("below", Reading::Below),
    ("fewer than", Reading::Below),
    ("lower than", Reading::Below),
    ("short of", Reading::Below),
    ("shy of", Reading::Below),
    ("south of", Reading::Below),
    ("well under", Reading::Below),
    ("well below", Reading::Below),
    ("far less than", Reading::Below),
    ("up to", Reading::AtMost),
    ("at most", Reading::AtMost),
    ("at the most", Reading::AtMost),
    ("no more than", Reading::AtMost),
    ("not more than", Reading::AtMost),
    ("no greater than", Reading::AtMost),
    ("not exceeding", Reading::AtMost),
    ("a maximum of", Reading::AtMost),
    ("as many as", Reading::AtMost),
    ("as much as", Reading::AtMost),
    ("as high as", Reading::AtMost),
    ("about", Reading::Around),
    ("around", Reading::Around),
    ("roughly", Reading::Around),
    ("approximately", Reading::Around),
    ("approx.", Reading::Around),
    ("some", Reading::Around),
    ("an estimated", Reading::Around),
    ("estimated", Reading::Around),
    ("close to", Reading::Around),
    ("circa", Reading::Around),
    ("in the region of", Reading::Around),
    ("on the order of", Reading::Around),
    ("nearly", Reading::Nearly),
    ("almost", Reading::Nearly),
    ("just under", Reading::Nearly),
    ("just below", Reading::Nearly),
    ("just short of", Reading::Nearly),
    ("just shy of", Reading::Nearly),
    ("slightly less than", Reading::Nearly),
    ("slightly under", Reading::Nearly),
    ("a little under", Reading::Nearly),
    ("a little less than", Reading::Nearly),
    ("not quite", Reading::Nearly),
    ("just over", Reading::JustOver),
    ("just above", Reading::JustOver),
    ("just more than", Reading::JustOver),
    ("just north of", Reading::JustOver),
    ("slightly more than", Reading::JustOver),
    ("slightly over", Reading::JustOver),
    ("slightly above", Reading::JustOver),
    ("a little over", Reading::JustOver),
    ("a little more than", Reading::JustOver),
];

fn phrase_pattern(phrase: &str) -> String {
    phrase.split(' ').map(regex::escape).collect::<Vec<_>>().join(r"\s+")
}

/// The qualifier ending right before a figure. Leftmost match wins, so the
/// longest phrase is taken: "no more than" over "more than", "just over"
/// over "over".
static QUALIFIER_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    let alternatives: Vec<String> = QUALIFIERS.iter().map(|(p, _)| phrase_pattern(p)).collect();
    Regex::new(&format!(r"(?i)\b({})\s+$", alternatives.join("|"))).expect("qualifier regex")
});

static READINGS: LazyLock<HashMap<&'static str, Reading>> = LazyLock::new(|| QUALIFIERS.iter().copied().collect());

fn normalize(phrase: &str) -> String {
    phrase.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// A qualifier before `start` (not before `floor`): its start, normal form and reading.
fn qualifier_before(text: &str, start: usize, floor: usize) -> Option<(usize, String, Reading)> {
    let win = window(text, start, floor);
    let offset = start - win.len();
    let m = QUALIFIER_BEFORE.captures(win)?.get(1)?;
    let at = offset + m.start();
    if text[..at].ends_with(char::is_alphanumeric) {
        return None;
    }
    let phrase = normalize(m.as_str());
    let reading = *READINGS.get(phrase.as_str())?;
    Some((at, phrase, reading))
}

/// Qualifiers written after the figure and its unit, and whether they must
/// close the phrase (see [`PHRASE_END`]).
const POSTPOSED: &[(&str, Reading, bool)] = &[
    ("or more", Reading::AtLeast, false),
    ("or higher", Reading::AtLeast, false),
    ("or above", Reading::AtLeast, false),
    ("or greater", Reading::AtLeast, false),
    ("or over", Reading::AtLeast, false),
    ("and above", Reading::AtLeast, false),
    ("and over", Reading::AtLeast, false),
    ("or less", Reading::AtMost, false),
    ("or fewer", Reading::AtMost, false),
    ("or lower", Reading::AtMost, false),
    ("or under", Reading::AtMost, false),
    ("and below", Reading::AtMost, false),
    ("and under", Reading::AtMost, false),
    ("at minimum", Reading::AtLeast, true),
    ("at a minimum", Reading::AtLeast, true),
    ("at least", Reading::AtLeast, true),
    ("at the least", Reading::AtLeast, true),
    ("minimum", Reading::AtLeast, true),
    ("at maximum", Reading::AtMost, true),
    ("at a maximum", Reading::AtMost, true),
    ("at most", Reading::AtMost, true),
    ("at the most", Reading::AtMost, true),
    ("maximum", Reading::AtMost, true),
];

/// Qualifiers after the figure and its unit: "5,000 or more", "2% or
/// less", "5% of GDP minimum".
static QUALIFIER_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    let alternatives: Vec<String> = POSTPOSED.iter().map(|(p, ..)| phrase_pattern(p)).collect();
    Regex::new(&format!(
        r"(?i)^(\s+of\s+(?:GDP|gross\s+domestic\s+product))?(?:\s*,\s*|\s+)({})\b",
        alternatives.join("|")
    ))
    .expect("postposed qualifier regex")
});

static PLUS_AFTER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^(?:-plus\b|\+)").expect("plus regex"));

/// What may follow a closing "minimum": the end of the phrase, not a noun
/// it modifies ("the 2% minimum threshold").
static PHRASE_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:\s*$|\s*[,.;:)!?—–]|\s+(?:by|for|in|on|and|or|to|from|as|is|was|were|would|will|that|which|this|next|per|a|an|the|until|before|after|within|over)\b)",
    )
    .expect("phrase end regex")
});

/// A qualifier after the figure's unit ending at `end`: where the
/// quantity's span ends, the phrase's normal form and its reading.
fn qualifier_after(text: &str, end: usize) -> Option<(usize, String, Reading)> {
    let rest = &text[end..];
    if let Some(m) = PLUS_AFTER.find(rest) {
        return Some((end + m.end(), "or more".to_string(), Reading::AtLeast));
    }
    let caps = QUALIFIER_AFTER.captures(rest)?;
    let q = caps.get(2)?;
    let phrase = normalize(q.as_str());
    let (_, reading, strict) = POSTPOSED.iter().find(|(p, ..)| *p == phrase)?;
    if *strict && !PHRASE_END.is_match(&rest[q.end()..]) {
        return None;
    }
    // "5% of GDP minimum": the span keeps ending at "%", so that what the
    // figure measures ("of GDP") still follows it.
    let span_end = if caps.get(1).is_some() { end } else { end + q.end() };
    Some((span_end, phrase, *reading))
}

/// The interval a qualified figure asserts. `exact` is for a whole count
/// written in full ("32 member states"); percentages and sums are rounded
/// even when whole ("2%" is [1.5, 2.5]).
fn interval_for(reading: Option<Reading>, x: f64, tolerance: f64, exact: bool) -> Interval {
    let tenth = 0.1 * x.abs();
    match reading {
        None if exact => Interval::exact(x),
        None => Interval::around(x, tolerance),
        Some(Reading::Above) => Interval::above(x),
        Some(Reading::AtLeast) => Interval::at_least(x),
        Some(Reading::Below) => Interval::below(x),
        Some(Reading::AtMost) => Interval::at_most(x),
        Some(Reading::Around) => Interval::around(x, tolerance.max(tenth)),
        Some(Reading::Nearly) => Interval::closed(x - tenth, x),
        Some(Reading::JustOver) => Interval::closed(x, x + tenth),
    }
}

fn kind_of(unit: &Unit) -> QuantityKind {
    match unit {
        Unit::None => QuantityKind::Number,
        Unit::Percent => QuantityKind::Percent,
        Unit::Money(code) => QuantityKind::Money { currency: code.clone() },
    }
}

// -------------------------------------------------------------------- ranges

static BETWEEN_RIGHT_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\bbetween\s+$").expect("between regex"));
/// "between the ages of 18 and 30": a few words may separate "between" from the figure.
static BETWEEN_NEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\bbetween\s+(?:[\p{L}’']+\s+){0,4}$").expect("between regex"));
static FROM_BY_BEFORE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)\b(?:from|by)\s+$").expect("from regex"));
static RANGE_DASH: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[ \u{a0}]?[-–‒‑][ \u{a0}]?$").expect("range dash regex"));
static RANGE_TO: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)^\s+to\s+$").expect("range to regex"));
static RANGE_AND: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)^\s+and\s+$").expect("range and regex"));

/// "3-4%", "$3bn-$5bn", "18 to 30", "between 2% and 3%" as one quantity.
fn range(text: &str, a: &Figure, b: &Figure, floor: usize) -> Option<Quantity> {
    let gap = &text[a.end..b.start];
    let before = window(text, a.start, floor);
    let between = BETWEEN_NEAR.is_match(before);
    // "to" after a unit is usually a change: "rose 0.5 percentage points to 2.1%".
    let bare_a = a.end == a.n.number.span.end;
    let joined = RANGE_DASH.is_match(gap)
        || (RANGE_TO.is_match(gap) && bare_a && !FROM_BY_BEFORE.is_match(before))
        || (RANGE_AND.is_match(gap) && between);
    if !joined {
        return None;
    }
    let unit = match (&a.unit, &b.unit) {
        (x, y) if x == y => x.clone(),
        (Unit::None, y) => y.clone(),
        (x, Unit::None) => x.clone(),
        _ => return None,
    };
    let (mut lo, hi) = (a.value(), b.value());
    // "3-5 billion": the scale written once applies to both ends.
    if a.n.scale == 1.0 && b.n.scale > 1.0 && lo < hi / b.n.scale {
        lo *= b.n.scale;
    }
    if lo >= hi {
        return None;
    }
    let start = if BETWEEN_RIGHT_BEFORE.is_match(before) {
        a.start - before.len() + BETWEEN_RIGHT_BEFORE.find(before)?.start()
    } else {
        a.start
    };
    Some(Quantity {
        span: Span::new(start, b.end),
        number_span: Span::new(a.n.number.span.start, b.n.number.span.end),
        kind: kind_of(&unit),
        interval: Interval::closed(lo, hi),
        qualifier: between.then(|| "between".to_string()),
        integer: a.n.number.integer && b.n.number.integer,
        conversions: Vec::new(),
    })
}

/// One figure with its qualifier, before or after.
fn single(text: &str, f: &Figure, floor: usize) -> Quantity {
    let number = &f.n.number;
    let (mut start, mut end) = (f.start, f.end);
    let mut qualifier = None;
    let mut reading = None;
    if let Some((at, phrase, r)) = qualifier_before(text, f.start, floor) {
        (start, qualifier, reading) = (at, Some(phrase), Some(r));
    } else if let Some((to, phrase, r)) = qualifier_after(text, f.end) {
        (end, qualifier, reading) = (to, Some(phrase), Some(r));
    }
    Quantity {
        span: Span::new(start, end),
        number_span: number.span,
        kind: kind_of(&f.unit),
        interval: interval_for(reading, number.value, number.tolerance, number.integer && f.unit == Unit::None),
        qualifier,
        integer: number.integer,
        conversions: Vec::new(),
    }
}

fn build(text: &str, figures: &[Figure]) -> Vec<Quantity> {
    let mut out: Vec<Quantity> = Vec::new();
    let mut i = 0;
    while i < figures.len() {
        let floor = out.last().map_or(0, |q| q.span.end);
        let a = &figures[i];
        if a.start < floor {
            i += 1;
            continue;
        }
        if let Some(q) = figures.get(i + 1).and_then(|b| range(text, a, b, floor)) {
            out.push(q);
            i += 2;
            continue;
        }
        out.push(single(text, a, floor));
        i += 1;
    }
    out
}

// --------------------------------------------------------------- conversions

static CONVERSION_OPEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*[(\[]\s*(?:or\s+|i\.e\.\s*,?\s*|equivalent\s+to\s+|worth\s+)?$").expect("conversion regex")
});
static CONVERSION_NEXT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^\s*[;,/]\s*(?:or\s+)?$").expect("conversion regex"));
static CONVERSION_CLOSE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[^()\[\]0-9]{0,60}?[)\]]").expect("conversion regex"));
static CONVERSION_LIST: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s*[;,/]").expect("conversion regex"));
static CONVERSION_OR: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)^\s*,\s*or\s+$").expect("conversion regex"));

fn currency(q: &Quantity) -> Option<&str> {
    match &q.kind {
        QuantityKind::Money { currency } => Some(currency),
        _ => None,
    }
}

/// Whether `q` restates `main` in another currency: "€130 million ($140
/// million)", "(about $140 million)", "(£1bn; $1.3bn)", "€130m, or $140m,".
fn is_conversion(text: &str, main: &Quantity, q: &Quantity) -> bool {
    let (Some(from), Some(to)) = (currency(main), currency(q)) else {
        return false;
    };
    if from == to || main.conversions.iter().any(|c| currency(c) == Some(to)) {
        return false;
    }
    let after = &text[q.span.end..];
    let closes = CONVERSION_CLOSE.is_match(after);
    match main.conversions.last() {
        Some(last) => closes && CONVERSION_NEXT.is_match(&text[last.span.end..q.span.start]),
        None => {
            let gap = &text[main.span.end..q.span.start];
            // "(£1bn; €1.2bn)": the bracket closes after the last restatement.
            let listed = CONVERSION_LIST.is_match(after);
            (CONVERSION_OPEN.is_match(gap) && (closes || listed)) || CONVERSION_OR.is_match(gap)
        }
    }
}

fn attach_conversions(text: &str, quantities: Vec<Quantity>) -> Vec<Quantity> {
    let mut out: Vec<Quantity> = Vec::new();
    for q in quantities {
        if let Some(main) = out.last_mut() {
            if is_conversion(text, main, &q) {
                main.conversions.push(q);
                continue;
            }
        }
        out.push(q);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(text: &str) -> Vec<Quantity> {
        find_quantities(text)
    }

    fn one(text: &str) -> Quantity {
        let found = all(text);
        assert_eq!(found.len(), 1, "{text:?}: {found:#?}");
        found.into_iter().next().unwrap()
    }

    fn money(code: &str) -> QuantityKind {
        QuantityKind::Money { currency: code.to_string() }
    }

    fn close(a: Option<f64>, b: f64) -> bool {
        a.is_some_and(|a| (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0))
    }

    #[test]
    fn currency_table_loads() {
        assert!(CURRENCIES.before.iter().any(|(m, c)| m == "€" && c == "EUR"));
        assert!(CURRENCIES.before.iter().any(|(m, c)| m == "$" && c == "USD"));
        // Longest marks first, so "US$" is tried before "$".
        let pos = |mark: &str| CURRENCIES.before.iter().position(|(m, _)| m == mark).unwrap();
        assert!(pos("US$") < pos("$") && pos("C$") < pos("$"));
    }

    #[test]
    fn euro_sum_with_dollar_conversion() {
        let text = "Berlin pledged a further €130 million ($140 million) in stabilization funding";
        let q = one(text);
        assert_eq!(q.kind, money("EUR"));
        assert_eq!(q.span.slice(text), "€130 million");
        assert_eq!(q.number_span.slice(text), "130 million");
        assert_eq!(q.interval, Interval::around(130e6, 0.5e6));
        assert_eq!(q.conversions.len(), 1);
        let usd = &q.conversions[0];
        assert_eq!(usd.kind, money("USD"));
        assert_eq!(usd.span.slice(text), "$140 million");
        assert_eq!(usd.interval, Interval::around(140e6, 0.5e6));
    }

    #[test]
    fn conversions_with_qualifiers_and_several_currencies() {
        let q = one("€130 million (about $140 million) was sent");
        assert_eq!(q.conversions[0].qualifier.as_deref(), Some("about"));
        let q = one("a $1.3bn (£1bn; €1.2bn) package");
        assert_eq!(q.conversions.len(), 2);
        let q = one("€130m, or $140m, for Ukraine");
        assert_eq!(q.conversions.len(), 1);
        // A part of a sum in the same currency is not a conversion.
        assert_eq!(all("$5bn ($3bn of it in loans)").len(), 2);
    }

    #[test]
    fn more_than_twenty_billion_euros() {
        let text = "Allies pledged more than 20 billion euros in military assistance";
        let q = one(text);
        assert_eq!(q.span.slice(text), "more than 20 billion euros");
        assert_eq!(q.number_span.slice(text), "20 billion");
        assert_eq!(q.kind, money("EUR"));
        assert_eq!(q.interval, Interval::above(2e10));
        assert_eq!(q.qualifier.as_deref(), Some("more than"));
        assert!(!q.integer);
    }

    #[test]
    fn minimum_threshold_is_not_a_qualifier() {
        let text = "beyond the current minimum threshold of 2% of GDP1. Washington";
        let q = one(text);
        assert_eq!(q.span.slice(text), "2%");
        assert_eq!(q.kind, QuantityKind::Percent);
        assert_eq!(q.interval, Interval::around(2.0, 0.5));
        assert_eq!(q.qualifier, None);
    }

    #[test]
    fn percent_qualifiers() {
        let q = one("advocated spending of at least 3.7% of GDP");
        assert_eq!((q.kind.clone(), q.interval), (QuantityKind::Percent, Interval::at_least(3.7)));
        let q = one("the real need will be north of 3%, a formulation");
        assert_eq!(q.interval, Interval::above(3.0));
        let q = one("expected to spend at least 2 percent of their gross domestic product");
        assert_eq!((q.kind.clone(), q.interval), (QuantityKind::Percent, Interval::at_least(2.0)));
    }

    #[test]
    fn postposed_minimum_and_or_more() {
        let text = "an ambitious 5% of GDP minimum, officials said";
        let q = one(text);
        assert_eq!(q.interval, Interval::at_least(5.0));
        assert_eq!(q.span.slice(text), "5%");
        assert_eq!(q.qualifier.as_deref(), Some("minimum"));
        assert_eq!(one("the 2% minimum threshold").interval, Interval::around(2.0, 0.5));
        assert_eq!(one("5,000 or more troops").interval, Interval::at_least(5000.0));
        assert_eq!(one("2% or less").interval, Interval::at_most(2.0));
        assert_eq!(one("a 5,000-plus force").interval, Interval::at_least(5000.0));
    }

    #[test]
    fn percent_spellings() {
        for text in ["2%", "2 %", "2 percent", "2 per cent", "two per cent", "2 percentage points", "2pc"] {
            let q = one(text);
            assert_eq!(q.kind, QuantityKind::Percent, "{text}");
            assert_eq!(q.span.slice(text), text);
            assert_eq!(q.interval, Interval::around(2.0, 0.5), "{text}");
        }
        let text = "a 20% ”reciprocal” tariff";
        let q = one(text);
        assert_eq!((q.kind.clone(), q.span.slice(text)), (QuantityKind::Percent, "20%"));
        assert_eq!(one("4.2%").interval, Interval::around(4.2, 0.05));
    }

    #[test]
    fn counts_with_qualifiers() {
        let text = "It plans to station up to 5,000 soldiers in Lithuania";
        let q = one(text);
        assert_eq!((q.kind.clone(), q.interval), (QuantityKind::Number, Interval::at_most(5000.0)));
        assert_eq!(q.span.slice(text), "up to 5,000");
        assert!(q.integer);
        let q = one("Foreign ministers from all 32 NATO member states");
        assert_eq!(q.interval, Interval::exact(32.0));
        let q = one("about 160,000 new troops");
        assert_eq!(q.interval, Interval::around(160_000.0, 16_000.0));
        assert_eq!(q.qualifier.as_deref(), Some("about"));
    }

    #[test]
    fn near_and_just_over() {
        assert_eq!(one("nearly 100 people").interval, Interval::closed(90.0, 100.0));
        assert_eq!(one("just over 100 people").interval, Interval::closed(100.0, 110.0));
        assert_eq!(one("well over 100 people").interval, Interval::above(100.0));
        assert_eq!(one("no more than 100 people").interval, Interval::at_most(100.0));
        assert_eq!(one("less than 100 people").interval, Interval::below(100.0));
        assert_eq!(one("More than\n100 people").qualifier.as_deref(), Some("more than"));
        // "over" inside a word is not a qualifier.
        assert_eq!(one("takeover 100 times").qualifier, None);
    }

    #[test]
    fn hyphenated_modifiers_keep_their_number() {
        let text = "a full interim 30-day ceasefire";
        let q = one(text);
        assert_eq!(q.span.slice(text), "30");
        assert_eq!(q.interval, Interval::exact(30.0));
        let text = "the three-year-old war";
        let q = one(text);
        assert_eq!((q.span.slice(text), q.interval), ("three", Interval::exact(3.0)));
    }

    #[test]
    fn ranges() {
        let text = "men between the ages of 18 and 30 were called up";
        let q = one(text);
        assert_eq!((q.kind.clone(), q.interval), (QuantityKind::Number, Interval::closed(18.0, 30.0)));
        assert_eq!(q.span.slice(text), "18 and 30");
        assert_eq!(q.qualifier.as_deref(), Some("between"));
        let q = one("3-4%");
        assert_eq!((q.kind.clone(), q.interval), (QuantityKind::Percent, Interval::closed(3.0, 4.0)));
        let text = "a $3bn-$5bn fund";
        let q = one(text);
        assert_eq!((q.kind.clone(), q.interval), (money("USD"), Interval::closed(3e9, 5e9)));
        assert_eq!(q.span.slice(text), "$3bn-$5bn");
        let text = "between 2% and 3.5% of GDP";
        let q = one(text);
        assert_eq!((q.span.slice(text), q.interval), ("between 2% and 3.5%", Interval::closed(2.0, 3.5)));
        assert_eq!(one("3–5 billion euros").interval, Interval::closed(3e9, 5e9));
        assert_eq!(one("10 to 15 tanks").interval, Interval::closed(10.0, 15.0));
    }

    #[test]
    fn not_ranges() {
        assert_eq!(all("rose from 2% to 3%").len(), 2);
        assert_eq!(all("It rose 0.5 percentage points to 2.1%.").len(), 2);
        assert_eq!(all("cut by 3 to 5").len(), 2);
        assert_eq!(all("a 4-2 vote").len(), 2);
        assert_eq!(all("5 and 6").len(), 2);
    }

    #[test]
    fn money_marks_and_codes() {
        let cases = [
            ("4.7bn USD", "USD", 4.7e9),
            ("US$4.7 billion", "USD", 4.7e9),
            ("EUR 20 billion", "EUR", 2e10),
            ("EUR20bn", "EUR", 2e10),
            ("£1.2m", "GBP", 1.2e6),
            ("$5bn", "USD", 5e9),
            ("$5 billion", "USD", 5e9),
            ("5 million dollars", "USD", 5e6),
            ("¥300", "JPY", 300.0),
            ("CHF 2 million", "CHF", 2e6),
            ("Rs 500 crore", "INR", 5e9),
            ("140 million US dollars", "USD", 140e6),
            ("C$2bn", "CAD", 2e9),
            ("A$ 3 million", "AUD", 3e6),
            ("10 billion yuan", "CNY", 1e10),
            ("2 billion hryvnias", "UAH", 2e9),
            ("3 million roubles", "RUB", 3e6),
            ("2 million Swiss francs", "CHF", 2e6),
            ("130 €", "EUR", 130.0),
            ("twenty billion euros", "EUR", 2e10),
        ];
        for (text, code, value) in cases {
            let q = one(text);
            assert_eq!(q.kind, money(code), "{text}");
            assert_eq!(q.span.slice(text), text, "{text}");
            let mid = (q.interval.min.unwrap() + q.interval.max.unwrap()) / 2.0;
            assert!(close(Some(mid), value), "{text}: {:?}", q.interval);
        }
    }

    #[test]
    fn ambiguous_currency_names() {
        assert_eq!(one("500 pounds of explosives").kind, QuantityKind::Number);
        assert_eq!(one("2 million pounds").kind, money("GBP"));
        assert_eq!(one("3 won the vote").kind, QuantityKind::Number);
        assert_eq!(one("NATO$5").kind, money("USD"));
    }

    #[test]
    fn dates_are_not_quantities() {
        assert!(all("in Brussels on April 3-4, 2025, for talks").is_empty());
        assert!(all("on 3–4 April 2025").is_empty());
        assert!(all("on Friday (4 April 2025)").is_empty());
        assert!(all("Published: 2025-04-04").is_empty());
        assert!(all("the 2025-26 budget and the 1990 treaty").is_empty());
        assert!(all("on April 3 and 4").is_empty());
        let q = one("In April 5% of voters");
        assert_eq!(q.kind, QuantityKind::Percent);
        assert_eq!(one("in 2025, 5,000 troops").interval, Interval::exact(5000.0));
        assert_eq!(one("a 2025% rise").kind, QuantityKind::Percent);
    }

    #[test]
    fn citation_markers_urls_and_times() {
        assert!(all("in the first quarter of 2025 alone7. Ministers").is_empty());
        assert!(all("since he took office15").is_empty());
        assert!(all("progress reports”1. and “quoted”311").is_empty());
        assert!(all("at 5:36 AM, see https://example.org/a/33370655.html").is_empty());
    }

    #[test]
    fn labels_are_not_quantities() {
        assert!(all("under Article 5 and Resolution 2231, Flight 17").is_empty());
    }

    #[test]
    fn amounts_in_words() {
        let q = one("a quarter of a million refugees");
        assert_eq!((q.kind.clone(), q.interval), (QuantityKind::Number, Interval::around(250_000.0, 50_000.0)));
        let q = one("half a million people");
        assert_eq!(q.interval, Interval::around(500_000.0, 50_000.0));
        let q = one("as many as two thousand");
        assert_eq!((q.interval, q.integer), (Interval::at_most(2000.0), false));
    }

    #[test]
    fn qualified_years_stay_years() {
        assert!(all("Around 2030, by 2035 and before 2040").is_empty());
        assert_eq!(one("Around 2030, spending will hit 3.5%").kind, QuantityKind::Percent);
    }

    #[test]
    fn vague_and_fractional_amounts_are_left_out() {
        assert!(all("a third of the budget, dozens of drones, thousands of troops").is_empty());
    }

    #[test]
    fn spans_are_sorted_and_disjoint() {
        let text = "Allies pledged more than 20 billion euros, €130 million ($140 million), up to 5,000 soldiers, \
                    between 2% and 3% of GDP and about 160,000 troops over 3 years.";
        let found = all(text);
        assert_eq!(found.len(), 6, "{found:#?}");
        for pair in found.windows(2) {
            assert!(pair[0].span.end <= pair[1].span.start);
        }
        let last = found.last().unwrap();
        assert_eq!(last.span.slice(text), "over 3");
    }

    #[test]
    fn never_panics_on_multibyte_text() {
        let text = "€5 ş7 ’3 —4— “8” é9é ₴10 ü, £1,5 日本 2,000‑3,000 − more than€ 5 ş% about ₹";
        for end in 0..=text.len() {
            if text.is_char_boundary(end) {
                for q in find_quantities(&text[..end]) {
                    assert!(q.span.end <= end && q.span.start <= q.number_span.start);
                }
            }
        }
    }

    #[test]
    fn the_example_articles() {
        let text = "Foreign ministers from all 32 member states of NATO gathered in Brussels on April 3-4, 2025, \
                    for talks. The current guideline of 2% of GDP1. The US proposal of 5% of GDP was raised. \
                    Rutte advocated spending of at least 3.7% of GDP. Allies pledged more than 20 billion euros \
                    in military assistance to Kyiv in the first quarter of 2025 alone4.";
        let got: Vec<&str> = all(text).iter().map(|q| q.span.slice(text)).collect();
        assert_eq!(got, vec!["32", "2%", "5%", "at least 3.7%", "more than 20 billion euros"]);
    }
}
