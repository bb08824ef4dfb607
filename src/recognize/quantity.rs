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
//!   $5bn"); a descending pair ("a 4-2 vote") is not a range, and a score
//!   ("won 3-1", "7-6 (5), 6-4", see `score.rs`) is no quantity at all.
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
use crate::recognize::number::{scale_factor as scale_factor_word, scan, Scanned};
use crate::recognize::{code, score, unit};
use crate::span::Span;
use crate::value::Interval;
use regex::Regex;
use serde::Deserialize;
use std::collections::HashMap;
use std::ops::Range;
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
    /// A person's age band in whole years: "in her sixties" is [60, 69].
    Age,
    /// A figure with a unit of measure (see `unit.rs`): `unit` is the
    /// lexicon's canonical symbol, `dimension` what it measures.
    Measure {
        unit: String,
        dimension: String,
    },
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
    // Scores and codes win over the figures they are made of ("won 3-1",
    // "7-6(5)", "flight KQ 562").
    let mut claimed: Vec<Span> = score::find_scores(text).into_iter().map(|s| s.span).collect();
    claimed.extend(code::find_codes(text).into_iter().map(|c| c.span));
    quantities_outside(text, &claimed)
}

/// The quantities of `text` whose figures lie outside `claimed`, the spans
/// of the scores and codes a caller has already read.
pub(crate) fn quantities_outside(text: &str, claimed: &[Span]) -> Vec<Quantity> {
    let mut figures = Vec::new();
    let mut floor = 0;
    for number in scan(text, &mark_ends_at) {
        let span = number.number.span;
        if span.start < floor || claimed.iter().any(|c| c.overlaps(span)) {
            continue;
        }
        let figure = if number.fraction {
            // "a quarter of a percentage point": a share of a unit is an amount.
            let Some(u) = unit::unit_after_fraction(text, span.end) else {
                continue;
            };
            Figure {
                n: number,
                start: span.start,
                end: u.at,
                unit: Unit::Measure(u.symbol),
                factor: 1.0,
                excluded: None,
            }
        } else {
            Figure::read(text, number, floor)
        };
        floor = figure.end;
        figures.push(figure);
    }
    exclude_dates_and_labels(text, &mut figures);
    figures.retain(|f| f.excluded.is_none());
    let mut found = attach_conversions(text, build(text, &figures));
    let points = unit::point_fractions(text).into_iter().map(|(span, value)| Quantity {
        span,
        number_span: span,
        kind: measure("pp"),
        interval: Interval::exact(value),
        qualifier: None,
        integer: false,
        conversions: Vec::new(),
    });
    for extra in age_bands(text).into_iter().chain(points) {
        if !found.iter().any(|q| q.span.overlaps(extra.span)) {
            found.push(extra);
        }
    }
    found.sort_by_key(|q| q.span.start);
    found
}

// ---------------------------------------------------------------- ages

/// "in her sixties", "in their early 30s", "in his late forties".
static AGE_BAND: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:in|into)\s+((?:his|her|their|its|my|your|our)\s+(?:(?P<part>early|mid|late)[\s-]+)?(?P<decade>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|(?P<digits>[2-9]0)(?:'|’)?s)\b)",
    )
    .expect("age band regex")
});

/// Ages told by a decade of life, as whole years: "in her sixties" is
/// [60, 69]; "early" is the first four years, "mid" the next three, "late"
/// the last three ("in his late forties" is [47, 49]).
fn age_bands(text: &str) -> Vec<Quantity> {
    // Every band ends in "ties" or "0s": most sentences hold neither.
    let lower = text.to_ascii_lowercase();
    if !["ties", "0s", "0's", "0’s"].iter().any(|w| lower.contains(w)) {
        return Vec::new();
    }
    AGE_BAND
        .captures_iter(text)
        .filter_map(|c| {
            let phrase = c.get(1)?;
            let decade = c.name("decade")?;
            let base = match c.name("digits") {
                Some(d) => d.as_str().parse::<f64>().ok()?,
                None => {
                    let word = decade.as_str().to_lowercase();
                    let tens = word.strip_suffix("ies")?.to_string() + "y";
                    crate::recognize::number::parse_cardinal(&[tens.as_str()])?.value
                }
            };
            let (first, last) = match c.name("part").map(|p| p.as_str().to_lowercase()).as_deref() {
                Some("early") => (0.0, 3.0),
                Some("mid") => (4.0, 6.0),
                Some(_) => (7.0, 9.0),
                None => (0.0, 9.0),
            };
            Some(Quantity {
                span: Span::from(phrase.range()),
                number_span: Span::from(decade.range()),
                kind: QuantityKind::Age,
                interval: Interval::closed(base + first, base + last),
                qualifier: c.name("part").map(|p| p.as_str().to_lowercase()),
                integer: false,
                conversions: Vec::new(),
            })
        })
        .collect()
}

// ---------------------------------------------------------------- currencies

#[derive(Deserialize)]
struct CurrencyFile {
    bare_dollar: String,
    /// Words that stand before a "$" in prose ("gave us $5"): never the
    /// letters of a spaced or lower-case "US$".
    #[serde(default)]
    words_before_dollar: Vec<String>,
    /// Codes that are English words in lower case ("try", "cad", "rub"):
    /// after a figure they count only in capitals.
    #[serde(default)]
    codes_that_are_words: Vec<String>,
    currency: Vec<CurrencyEntry>,
    /// Names several currencies share ("crowns", "pesos").
    #[serde(default)]
    family: Vec<FamilyEntry>,
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
    #[serde(default)]
    subunits: Vec<String>,
    #[serde(default)]
    closing: Vec<String>,
}

#[derive(Deserialize)]
struct FamilyEntry {
    code: String,
    members: Vec<String>,
    #[serde(default)]
    names: Vec<String>,
    #[serde(default)]
    ambiguous: Vec<String>,
    #[serde(default)]
    closing: Vec<String>,
}

/// A currency mark and how to read it.
#[derive(Clone, Debug)]
struct Mark {
    text: String,
    code: String,
    /// How much of the currency one written unit is: 0.01 for "cents",
    /// 10^6 for "MUSD", else 1.
    factor: f64,
    /// Matched in any case ("euros", "usd", "hk$"); else only as written.
    any_case: bool,
    /// May touch the figure ("115USD", "100元", "130€"); a name needs a
    /// space or a hyphen ("12-cent").
    glued_ok: bool,
    /// A word that is also ordinary English ("pounds", "won").
    ambiguous: bool,
    /// An ambiguous name that may also follow an unscaled figure of 1,000
    /// or more when it ends the phrase ("829,000 won.", "5,000 crowns,").
    closing: bool,
    /// Letters and "$" ("US$", "C$"): a space may stand before the "$", as
    /// in tokenized copy ("us $ 150 million", "c $ 16.4 million").
    spaced_dollar: bool,
}

impl Mark {
    fn new(text: &str, code: &str) -> Mark {
        Mark {
            text: text.to_string(),
            code: code.to_string(),
            factor: 1.0,
            any_case: false,
            glued_ok: true,
            ambiguous: false,
            closing: false,
            spaced_dollar: false,
        }
    }
}

struct Currencies {
    /// See `words_before_dollar` in the data file.
    words_before_dollar: Vec<String>,
    /// A shared name's code and the currencies it may stand for.
    families: Vec<(String, Vec<String>)>,
    /// Marks before a figure, longest first.
    before: Vec<Mark>,
    /// Marks after a figure, longest first.
    after: Vec<Mark>,
    /// Indices into `before` by the mark's last character, into `after` by
    /// its first, in lower case: each figure tries only the marks that can
    /// touch it.
    before_by_last: HashMap<char, Vec<usize>>,
    after_by_first: HashMap<char, Vec<usize>>,
}

impl Currencies {
    /// The marks that may end `before`, longest first.
    fn ending(&self, before: &str) -> impl Iterator<Item = &Mark> {
        let bucket = before.chars().next_back().and_then(|c| self.before_by_last.get(&lower(c)));
        bucket.into_iter().flatten().map(|&i| &self.before[i])
    }

    /// The marks that may start `rest`, longest first.
    fn starting(&self, rest: &str) -> impl Iterator<Item = &Mark> {
        let bucket = rest.chars().next().and_then(|c| self.after_by_first.get(&lower(c)));
        bucket.into_iter().flatten().map(|&i| &self.after[i])
    }
}

fn lower(c: char) -> char {
    c.to_lowercase().next().unwrap_or(c)
}

/// Indices of `marks` by the lower-case character `key` picks, in order.
fn index_by(marks: &[Mark], key: impl Fn(&str) -> Option<char>) -> HashMap<char, Vec<usize>> {
    let mut index: HashMap<char, Vec<usize>> = HashMap::new();
    for (i, mark) in marks.iter().enumerate() {
        if let Some(c) = key(&mark.text) {
            index.entry(lower(c)).or_default().push(i);
        }
    }
    index
}

static CURRENCIES: LazyLock<Currencies> = LazyLock::new(|| {
    let file: CurrencyFile =
        toml::from_str(include_str!("../knowledge/currencies.toml")).expect("knowledge/currencies.toml is valid");
    let mut before = vec![Mark::new("$", &file.bare_dollar)];
    // "10 $": a bare "$" after the figure (see `currency_after` for "5 $10").
    let mut after = vec![Mark::new("$", &file.bare_dollar)];
    for c in &file.currency {
        let code = c.code.as_str();
        let millions = Mark { factor: 1e6, ..Mark::new(&format!("M{code}"), code) };
        let word = file.codes_that_are_words.iter().any(|w| w == code);
        before.push(Mark { any_case: !word, ..Mark::new(code, code) });
        before.push(millions.clone());
        for symbol in &c.symbols {
            // "US$", "HK$": two letters or more, so that "a $5 grant" and
            // "A $5 grant" stay dollars, not Australian ones.
            let letters = symbol.chars().filter(|c| c.is_ascii_alphabetic()).count();
            let lettered_dollar = symbol.ends_with('$') && letters >= 2;
            let code_like = letters >= 3 && letters == symbol.chars().count();
            before.push(Mark {
                any_case: lettered_dollar || code_like,
                spaced_dollar: lettered_dollar,
                ..Mark::new(symbol, code)
            });
        }
        after.push(Mark { any_case: !word, ..Mark::new(code, code) });
        after.push(millions);
        after.extend(name_marks(code, &c.names, &c.ambiguous, &c.closing));
        after.extend(c.subunits.iter().map(|n| Mark { factor: 0.01, ..name_mark(n, code) }));
        // A one-character symbol may follow the figure: "130 €", "100元".
        after.extend(c.symbols.iter().filter(|s| s.chars().count() == 1).map(|s| Mark::new(s, code)));
    }
    for f in &file.family {
        after.extend(name_marks(&f.code, &f.names, &f.ambiguous, &f.closing));
    }
    before.sort_by_key(|m| std::cmp::Reverse(m.text.len()));
    after.sort_by_key(|m| std::cmp::Reverse(m.text.len()));
    let families = file.family.into_iter().map(|f| (f.code, f.members)).collect();
    let before_by_last = index_by(&before, |t| t.chars().next_back());
    let after_by_first = index_by(&after, |t| t.chars().next());
    Currencies {
        words_before_dollar: file.words_before_dollar,
        families,
        before,
        after,
        before_by_last,
        after_by_first,
    }
});

/// A currency name written after the figure, in any case, apart from it.
fn name_mark(text: &str, code: &str) -> Mark {
    Mark { any_case: true, glued_ok: false, ..Mark::new(text, code) }
}

/// The marks of a currency's names: plain, ambiguous, and ambiguous names
/// that may close a phrase after an unscaled figure.
fn name_marks<'a>(
    code: &'a str,
    names: &'a [String],
    ambiguous: &'a [String],
    closing: &'a [String],
) -> impl Iterator<Item = Mark> + 'a {
    let plain = names.iter().map(move |n| name_mark(n, code));
    let unsure = ambiguous.iter().map(move |n| Mark { ambiguous: true, ..name_mark(n, code) });
    let closing = closing.iter().map(move |n| Mark { ambiguous: true, closing: true, ..name_mark(n, code) });
    plain.chain(unsure).chain(closing)
}

/// Whether two currency codes may name one currency: the same code, or a
/// shared name's code and one of its members ("crowns" and CZK). Money in
/// two different currencies is never compared without a rate.
pub fn same_currency(a: &str, b: &str) -> bool {
    a == b
        || CURRENCIES.families.iter().any(|(code, members)| {
            (code == a && members.iter().any(|m| m == b)) || (code == b && members.iter().any(|m| m == a))
        })
}

/// A mark that starts with a letter must not continue a word ("ASEAN$" is
/// not "A$"; "Rs" in "Cars 5" is not rupees).
fn mark_starts_word(text: &str, mark_start: usize, mark: &str) -> bool {
    !mark.starts_with(char::is_alphanumeric) || !text[..mark_start].ends_with(char::is_alphanumeric)
}

/// Where `mark` starts if `before` ends with it.
fn mark_ending(before: &str, mark: &Mark) -> Option<usize> {
    let same = |a: &str, b: &str| {
        if mark.any_case {
            a.eq_ignore_ascii_case(b)
        } else {
            a == b
        }
    };
    let at = before.len().checked_sub(mark.text.len())?;
    if before.get(at..).is_some_and(|tail| same(tail, &mark.text)) {
        return Some(at);
    }
    // "US $", "hk $": letters, spaces, then the "$"; not "gave us $5".
    if mark.spaced_dollar {
        let letters = mark.text.trim_end_matches('$');
        let head = before.strip_suffix('$')?.trim_end_matches(SPACES);
        let at = head.len().checked_sub(letters.len())?;
        let written = head.get(at..)?;
        if same(written, letters) && !CURRENCIES.words_before_dollar.iter().any(|w| w == written) {
            return Some(at);
        }
    }
    None
}

/// Whether `before` ends in a mark that may touch the figure after it: a
/// currency ("EUR20bn", "Rs.500") or a prefix unit and its hyphen
/// ("magnitude-6.8"). The number recognizer then reads the figure, which
/// would otherwise look like the digits of a code ("F-35").
pub(crate) fn mark_ends_at(before: &str) -> bool {
    currency_mark_ends_at(before) || unit::unit_before(before, before.len(), 0).is_some()
}

/// Whether `before` ends in a currency mark, with nothing between it and
/// what follows.
fn currency_mark_ends_at(before: &str) -> bool {
    CURRENCIES
        .ending(before)
        .any(|mark| mark_ending(before, mark).is_some_and(|at| mark_starts_word(before, at, &mark.text)))
}

/// Whether `letters`, glued to the end of a figure, are a currency mark
/// that may touch it ("115USD", "100元"): the figure is then a number.
pub(crate) fn glued_currency_after(letters: &str) -> bool {
    CURRENCIES
        .starting(letters)
        .any(|m| m.glued_ok && if m.any_case { m.text.eq_ignore_ascii_case(letters) } else { m.text == letters })
}

const SPACES: [char; 3] = [' ', '\u{a0}', '\u{202f}'];

/// A currency mark read around a figure: where the quantity starts or ends,
/// the ISO code, and the factor of a sub-unit or a millions code.
struct Found {
    at: usize,
    code: String,
    factor: f64,
}

/// A currency mark right before the figure at `start` (spaces allowed
/// between), not reaching back before `floor`.
fn currency_before(text: &str, start: usize, floor: usize) -> Option<Found> {
    let trimmed = text[floor..start].trim_end_matches(SPACES);
    CURRENCIES.ending(trimmed).find_map(|mark| {
        let at = floor + mark_ending(trimmed, mark)?;
        mark_starts_word(text, at, &mark.text).then(|| Found { at, code: mark.code.clone(), factor: mark.factor })
    })
}

static OF_AFTER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s+of\b").expect("of regex"));
static DIGIT_NEXT: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s*[0-9]").expect("digit regex"));

/// Whether a currency name follows the figure ending at `end` ("one penny",
/// "one dollar"): the number recognizer then reads a lone "one".
pub(crate) fn currency_follows(text: &str, end: usize) -> bool {
    currency_after(text, end, false, false).is_some_and(|f| f.at > end)
}

/// What may follow a closing name ("829,000 won.", "829,000 won ($610)",
/// "829,000 won per month"): the end of the phrase, not a verb's object.
static PHRASE_CLOSE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^(?:\s*$|\s*[.,;:!?()\[\]—–]|\s+(?:per|each)\b)").expect("close regex"));

/// A currency mark after the figure ending at `end`. `scaled` says whether
/// the figure has a scale word, which ambiguous names need ("2 million
/// pounds", not "500 pounds of explosives"); `thousands` whether it is
/// written in digits and is 1,000 or more, which lets a closing name end
/// the phrase without one ("829,000 won.").
fn currency_after(text: &str, end: usize, scaled: bool, thousands: bool) -> Option<Found> {
    let rest = &text[end..];
    let mut body = rest.trim_start_matches(SPACES);
    // "12-cent", "one-yen": a name joined by a hyphen.
    let hyphen = body.len() == rest.len() && body.starts_with('-') && body[1..].starts_with(char::is_alphabetic);
    if hyphen {
        body = &body[1..];
    }
    let gap = rest.len() - body.len();
    CURRENCIES.starting(body).find_map(|mark| {
        let word = mark.text.starts_with(char::is_alphanumeric);
        if (gap == 0 && !mark.glued_ok) || (hyphen && mark.glued_ok) {
            return None;
        }
        let head = body.get(..mark.text.len())?;
        let same = if mark.any_case { head.eq_ignore_ascii_case(&mark.text) } else { head == mark.text };
        let tail = &body[mark.text.len()..];
        if !same || (word && tail.starts_with(char::is_alphanumeric)) {
            return None;
        }
        let unscaled_ok = mark.closing && thousands && PHRASE_CLOSE.is_match(tail);
        if mark.ambiguous && ((!scaled && !unscaled_ok) || OF_AFTER.is_match(tail)) {
            return None;
        }
        // "buy 5 $10 tickets": the "$" belongs to the next figure, unless
        // that one has a mark of its own ("10 $ 30 $", "10 $ 30 cents").
        if mark.text == "$" {
            if tail.starts_with(|c: char| c.is_ascii_digit()) {
                return None;
            }
            if let Some(m) = DIGIT_NEXT.find(tail) {
                let next_end =
                    end + gap + 1 + m.end() + tail[m.end()..].find(|c: char| !c.is_ascii_digit()).unwrap_or(0);
                currency_after(text, next_end, false, false)?;
            }
        }
        Some(Found { at: end + gap + mark.text.len(), code: mark.code.clone(), factor: mark.factor })
    })
}

/// A scale word after a code: "75 USD million".
static SCALE_AFTER_CODE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^[ \u{a0}]+(thousand|million|billion|trillion|bn|mn)\b").expect("scale regex"));

static PERCENT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:[ \u{a0}\u{202f}]?%|[ \u{a0}\u{202f}]+(?:percents|per[ \u{a0}]?cent|percentage|pct)\b|(?:pc|pct)\b)",
    )
    .expect("percent regex")
});

// ------------------------------------------------------------------- figures

#[derive(Clone, Debug, PartialEq)]
enum Unit {
    None,
    Percent,
    Money(String),
    /// The canonical symbol of a unit of measure.
    Measure(&'static str),
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
    /// How much of the currency one written unit is: 0.01 for "50 cents",
    /// 10^6 for "30 MUSD" or "75 USD million"; else 1.
    factor: f64,
    excluded: Option<Excluded>,
}

impl Figure {
    fn read(text: &str, n: Scanned, floor: usize) -> Figure {
        let span = n.number.span;
        let (mut start, mut end, mut unit, mut factor) = (span.start, span.end, Unit::None, 1.0);
        let thousands = !n.number.spelled && n.number.value >= 1000.0;
        if let Some(f) = currency_before(text, span.start, floor) {
            (start, unit, factor) = (f.at, Unit::Money(f.code), f.factor);
        } else if let Some(u) = unit::unit_before(text, span.start, floor) {
            (start, unit) = (u.at, Unit::Measure(u.symbol));
        } else if let Some(u) = unit::unit_after(text, span.end) {
            (end, unit) = (u.at, Unit::Measure(u.symbol));
        } else if let Some(m) = PERCENT_AFTER.find(&text[span.end..]) {
            (end, unit) = (span.end + m.end(), Unit::Percent);
        } else if let Some(f) = currency_after(text, span.end, n.scale > 1.0, thousands) {
            (end, unit, factor) = (f.at, Unit::Money(f.code), f.factor);
            if let Some(c) = SCALE_AFTER_CODE.captures(&text[end..]).filter(|_| n.scale == 1.0) {
                if let Some(scale) = c.get(1).and_then(|w| scale_factor_word(w.as_str())) {
                    factor *= scale;
                    end += c.get(0).map_or(0, |m| m.end());
                }
            }
        }
        Figure { n, start, end, unit, factor, excluded: None }
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
pub(crate) fn window(text: &str, start: usize, floor: usize) -> &str {
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
    ("larger than", Reading::Above),
    ("bigger than", Reading::Above),
    ("exceed", Reading::Above),
    ("exceeds", Reading::Above),
    ("exceeded", Reading::Above),
    ("surpass", Reading::Above),
    ("surpasses", Reading::Above),
    ("surpassed", Reading::Above),
    ("surpassing", Reading::Above),
    ("greater than or equal to", Reading::AtLeast),
    ("more than or equal to", Reading::AtLeast),
    ("higher than or equal to", Reading::AtLeast),
    ("larger than or equal to", Reading::AtLeast),
    ("equal to or more than", Reading::AtLeast),
    ("equal to or greater than", Reading::AtLeast),
    ("equal to or higher than", Reading::AtLeast),
    ("equal to or larger than", Reading::AtLeast),
    ("greater or equal than", Reading::AtLeast),
    ("higher or equal than", Reading::AtLeast),
    ("bigger or equal than", Reading::AtLeast),
    ("larger or equal than", Reading::AtLeast),
    ("at least or equal to", Reading::AtLeast),
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
    ("smaller than", Reading::Below),
    ("less than or equal to", Reading::AtMost),
    ("lower than or equal to", Reading::AtMost),
    ("smaller than or equal to", Reading::AtMost),
    ("fewer than or equal to", Reading::AtMost),
    ("equal to or less than", Reading::AtMost),
    ("equal to or lower than", Reading::AtMost),
    ("equal to or smaller than", Reading::AtMost),
    ("equal to or fewer than", Reading::AtMost),
    ("less or equal than", Reading::AtMost),
    ("lower or equal than", Reading::AtMost),
    ("smaller or equal than", Reading::AtMost),
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

/// A phrase as one lower-case line: "More than\n" is "more than".
pub(crate) fn normalize(phrase: &str) -> String {
    phrase.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// A qualifier before `start` (not before `floor`): its start, normal form and reading.
fn qualifier_before(text: &str, start: usize, floor: usize) -> Option<(usize, String, Reading)> {
    let win = window(text, start, floor);
    if !may_end_in_qualifier(win) {
        return None;
    }
    let offset = start - win.len();
    let found = match qualifier_in_words(win) {
        Some(found) => found?,
        None => QUALIFIER_BEFORE.captures(win)?.get(1)?.range(),
    };
    let at = offset + found.start;
    if text[..at].ends_with(char::is_alphanumeric) {
        return None;
    }
    let phrase = normalize(&win[found]);
    let reading = *READINGS.get(phrase.as_str())?;
    Some((at, phrase, reading))
}

/// The qualifiers as their words, lower case, by their last character (an
/// ASCII byte): the last character of a window leaves a few to try.
static QUALIFIERS_BY_LAST_BYTE: LazyLock<Vec<Vec<Vec<&'static str>>>> = LazyLock::new(|| {
    let mut by_last = vec![Vec::new(); 128];
    for (phrase, _) in QUALIFIERS {
        let last = phrase.as_bytes()[phrase.len() - 1];
        by_last[usize::from(last)].push(phrase.split(' ').collect());
    }
    by_last
});

/// The most words a qualifier has.
const QUALIFIER_WORDS_MAX: usize = 5;

/// What [`QUALIFIER_BEFORE`] finds in `win` (the span of its phrase), read
/// word by word without the pattern; `None` when only the pattern can
/// tell. A match ends where the spaces closing `win` begin, so the leftmost
/// is the one of most words: its last words are the last words of `win`,
/// its first word the end of a word there, after a word boundary.
///
/// The words are compared in ASCII case, which is what the pattern's case
/// folding does for a window without 'ſ' (an "s") or 'K' (Kelvin, a "k");
/// a window with either is left to the pattern, and so is a boundary after
/// a character beyond ASCII, which only the pattern's `\w` judges. Words
/// are split where `\s` matches: Unicode white space, as `char::is_whitespace`.
fn qualifier_in_words(win: &str) -> Option<Option<Range<usize>>> {
    if crate::recognize::byte_tests::folds_to_ascii(win) {
        return None;
    }
    let end = win.trim_end_matches(char::is_whitespace).len();
    if end == win.len() {
        return Some(None);
    }
    let mut words = [Span::default(); QUALIFIER_WORDS_MAX];
    let mut count = 0;
    for w in win[..end].rsplit(char::is_whitespace).filter(|w| !w.is_empty()).take(QUALIFIER_WORDS_MAX) {
        let start = w.as_ptr() as usize - win.as_ptr() as usize;
        words[count] = Span::new(start, start + w.len());
        count += 1;
    }
    let words = &words[..count];
    let bytes = win.as_bytes();
    let Some(&last) = bytes.get(end.wrapping_sub(1)) else { return Some(None) };
    let Some(phrases) = QUALIFIERS_BY_LAST_BYTE.get(usize::from(last.to_ascii_lowercase())) else {
        return Some(None);
    };
    let mut found: Option<usize> = None;
    for phrase in phrases {
        let Some(start) = phrase_start(bytes, words, phrase)? else { continue };
        found = Some(found.map_or(start, |s| s.min(start)));
    }
    Some(found.map(|start| start..end))
}

/// Where `phrase` starts when it ends `words` (the last words of `bytes`,
/// last first), after a word boundary; `None` when the character before it
/// is beyond ASCII and only the pattern can tell.
fn phrase_start(bytes: &[u8], words: &[Span], phrase: &[&str]) -> Option<Option<usize>> {
    let Some((first, rest)) = phrase.split_first() else { return Some(None) };
    let Some(head) = words.get(rest.len()) else { return Some(None) };
    let whole_words =
        rest.iter().rev().zip(words).all(|(w, at)| bytes[at.start..at.end].eq_ignore_ascii_case(w.as_bytes()));
    if !whole_words || head.len() < first.len() {
        return Some(None);
    }
    let start = head.end - first.len();
    if !bytes[start..head.end].eq_ignore_ascii_case(first.as_bytes()) {
        return Some(None);
    }
    let is_word = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    match start.checked_sub(1).map(|i| bytes[i]) {
        None => Some(Some(start)),
        Some(b) if !b.is_ascii() => None,
        Some(b) => Some((is_word(b) != is_word(first.as_bytes()[0])).then_some(start)),
    }
}

/// The last words of the qualifiers, in lower case.
static QUALIFIER_LAST_WORDS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut words: Vec<&str> = QUALIFIERS.iter().filter_map(|(p, _)| p.rsplit(' ').next()).collect();
    words.sort_unstable();
    words.dedup();
    words
});

/// Whether [`QUALIFIER_BEFORE`] may match `win`: it ends in spaces after a
/// word that ends in a qualifier's last word. Most figures follow other
/// words, and the test spares the pattern. A word beyond ASCII is left to
/// the pattern, whose case folding reaches past ASCII ("ſ" is an "s").
fn may_end_in_qualifier(win: &str) -> bool {
    let trimmed = win.trim_end_matches(char::is_whitespace);
    if trimmed.len() == win.len() {
        return false;
    }
    let last = trimmed.rsplit(char::is_whitespace).next().unwrap_or(trimmed);
    !last.is_ascii()
        || QUALIFIER_LAST_WORDS.iter().any(|w| {
            last.len() >= w.len() && last.as_bytes()[last.len() - w.len()..].eq_ignore_ascii_case(w.as_bytes())
        })
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
    ("and more", Reading::AtLeast, false),
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
    if !may_start_with_postposed(rest) {
        return None;
    }
    let caps = QUALIFIER_AFTER.captures(rest)?;
    let q = caps.get(2)?;
    let phrase = normalize(q.as_str());
    let (_, reading, strict) = POSTPOSED.iter().find(|(p, ..)| *p == phrase)?;
    if *strict && !PHRASE_END.is_match(&rest[q.end()..]) {
        return None;
    }
    // "5000 or less than 6000": "less than" qualifies the next figure.
    if THAN_AFTER.is_match(&rest[q.end()..]) {
        return None;
    }
    // "5% of GDP minimum": the span keeps ending at "%", so that what the
    // figure measures ("of GDP") still follows it.
    let span_end = if caps.get(1).is_some() { end } else { end + q.end() };
    Some((span_end, phrase, *reading))
}

/// Whether [`QUALIFIER_AFTER`] may match `rest`: after spaces or a comma
/// comes the word "of" (GDP), "or", "and", "at", "minimum" or "maximum".
/// None of their letters has a case variant beyond ASCII; a word running
/// on into other letters is left to the pattern.
fn may_start_with_postposed(rest: &str) -> bool {
    let word = rest.trim_start_matches(char::is_whitespace);
    let word = word.strip_prefix(',').unwrap_or(word).trim_start_matches(char::is_whitespace);
    if word.len() == rest.len() {
        return false;
    }
    let letters = &word[..word.bytes().take_while(u8::is_ascii_alphabetic).count()];
    !word[letters.len()..].chars().next().is_none_or(|c| c.is_ascii())
        || ["of", "or", "and", "at", "minimum", "maximum"].iter().any(|w| letters.eq_ignore_ascii_case(w))
}

static THAN_AFTER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)^\s+than\b").expect("than regex"));

/// "less than 5000 or equal", "more than 5000 or equal to": the bound is
/// included. Not when a figure follows ("or equal to 6000" is a figure of
/// its own).
static OR_EQUAL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^\s+or\s+equal(?:\s+to)?\b").expect("or equal regex"));

fn or_equal_after(text: &str, end: usize) -> Option<usize> {
    let m = OR_EQUAL.find(&text[end..])?;
    let next = text[end + m.end()..].trim_start();
    let word: String = next.chars().take_while(|c| c.is_alphabetic()).collect::<String>().to_lowercase();
    let figure = next.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '$' | '€' | '£'))
        || crate::recognize::number::is_number_word(&word) && word != "and" && word != "a";
    (!figure).then_some(end + m.end())
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
        Unit::Measure(symbol) => measure(symbol),
    }
}

fn measure(symbol: &str) -> QuantityKind {
    let dimension = crate::units::by_symbol(symbol).map_or_else(String::new, |u| u.dimension.clone());
    QuantityKind::Measure { unit: symbol.to_string(), dimension }
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
static RANGE_TO: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^\s+(?:to|through|thru)\s+$").expect("range to regex"));
/// A dash chain ("+1-222-2222-2222"): a phone number or a code, not a range.
static DASH_CHAIN_BEFORE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"[0-9][-–‒‑]$").expect("chain regex"));
static DASH_CHAIN_AFTER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^[-–‒‑][0-9]").expect("chain regex"));
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
    if RANGE_DASH.is_match(gap)
        && (DASH_CHAIN_BEFORE.is_match(&text[..a.start]) || DASH_CHAIN_AFTER.is_match(&text[b.end..]))
    {
        return None;
    }
    let unit = match (&a.unit, &b.unit) {
        (x, y) if x == y => x.clone(),
        (Unit::None, y) => y.clone(),
        (x, Unit::None) => x.clone(),
        _ => return None,
    };
    let factor = match (&a.unit, &b.unit) {
        (Unit::None, _) => b.factor,
        (_, Unit::None) => a.factor,
        _ if a.factor == b.factor => a.factor,
        _ => return None,
    };
    let (mut lo, mut hi) = (a.value(), b.value());
    // "3-5 billion": the scale written once applies to both ends.
    if a.n.scale == 1.0 && b.n.scale > 1.0 && lo < hi / b.n.scale {
        lo *= b.n.scale;
    }
    if lo >= hi {
        return None;
    }
    (lo, hi) = (lo * factor, hi * factor);
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
    let before = qualifier_before(text, f.start, floor);
    let after = qualifier_after(text, f.end);
    match (before, after) {
        // "about 500 or more": the written bound says more than the hedge.
        (Some((_, _, Reading::Around)), Some((to, phrase, r))) => {
            (end, qualifier, reading) = (to, Some(phrase), Some(r))
        }
        (Some((at, phrase, r)), _) => {
            (start, qualifier, reading) = (at, Some(phrase), Some(r));
            if let Some(to) = or_equal_after(text, f.end) {
                match r {
                    Reading::Above => (end, reading) = (to, Some(Reading::AtLeast)),
                    Reading::Below => (end, reading) = (to, Some(Reading::AtMost)),
                    _ => {}
                }
            }
        }
        (None, Some((to, phrase, r))) => (end, qualifier, reading) = (to, Some(phrase), Some(r)),
        (None, None) => {}
    }
    Quantity {
        span: Span::new(start, end),
        number_span: number.span,
        kind: kind_of(&f.unit),
        // A whole count is exact, and so is a fraction in words ("a quarter of a percentage point").
        interval: interval_for(
            reading,
            number.value,
            number.tolerance,
            (number.integer && f.unit == Unit::None) || f.n.fraction,
        )
        .scaled(f.factor),
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
        if let Some(q) = figures.get(i + 1).and_then(|b| with_cents(text, a, b)) {
            out.push(q);
            i += 2;
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
    join_bounds(text, out)
}

static CENTS_GAP: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)^\s+(?:and\s+)?$").expect("cents regex"));

/// "3 dollars 50 cents", "thirteen dollars and forty-five cents": one sum.
fn with_cents(text: &str, a: &Figure, b: &Figure) -> Option<Quantity> {
    let (Unit::Money(major), Unit::Money(minor)) = (&a.unit, &b.unit) else {
        return None;
    };
    let whole = a.n.number.integer && a.factor == 1.0;
    let cents = b.factor == 0.01 && b.n.number.integer && (1.0..100.0).contains(&b.value());
    if major != minor || !whole || !cents || !CENTS_GAP.is_match(&text[a.end..b.start]) {
        return None;
    }
    Some(Quantity {
        span: Span::new(a.start, b.end),
        number_span: Span::new(a.n.number.span.start, b.n.number.span.end),
        kind: kind_of(&a.unit),
        interval: Interval::around(a.value() + b.value() / 100.0, 0.005),
        qualifier: None,
        integer: false,
        conversions: Vec::new(),
    })
}

static BOUNDS_GAP: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^\s*(?:,|,?\s*(?:and|but))\s*$").expect("bounds regex"));

/// "more than 100 and less than 300", "at most 100 and at least 20": a
/// lower and an upper bound of one figure joined by "and", "but" or a comma
/// are one range, when the range is not empty.
fn join_bounds(text: &str, quantities: Vec<Quantity>) -> Vec<Quantity> {
    let mut out: Vec<Quantity> = Vec::new();
    for q in quantities {
        if let Some(prev) = out.last_mut() {
            if let Some(joined) = bounds(text, prev, &q) {
                *prev = joined;
                continue;
            }
        }
        out.push(q);
    }
    out
}

fn bounds(text: &str, a: &Quantity, b: &Quantity) -> Option<Quantity> {
    let one_sided = |i: &Interval| i.min.is_some() != i.max.is_some();
    if a.kind != b.kind || !one_sided(&a.interval) || !one_sided(&b.interval) {
        return None;
    }
    let (lower, upper) = match (a.interval.min, b.interval.min) {
        (Some(_), None) => (&a.interval, &b.interval),
        (None, Some(_)) => (&b.interval, &a.interval),
        _ => return None,
    };
    let (lo, hi) = (lower.min?, upper.max?);
    if lo >= hi || !BOUNDS_GAP.is_match(&text[a.span.end..b.span.start]) {
        return None;
    }
    Some(Quantity {
        span: a.span.cover(b.span),
        number_span: a.number_span.cover(b.number_span),
        kind: a.kind.clone(),
        interval: Interval {
            min: Some(lo),
            max: Some(hi),
            min_inclusive: lower.min_inclusive,
            max_inclusive: upper.max_inclusive,
        },
        qualifier: Some("between".to_string()),
        integer: a.integer && b.integer,
        conversions: Vec::new(),
    })
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

/// Whether two kinds are one amount told in two units: money in two
/// currencies, or a measure in two units of one dimension.
fn restates(a: &QuantityKind, b: &QuantityKind) -> bool {
    match (a, b) {
        (QuantityKind::Money { currency: x }, QuantityKind::Money { currency: y }) => x != y,
        (QuantityKind::Measure { unit: u, dimension: d }, QuantityKind::Measure { unit: v, dimension: e }) => {
            d == e && u != v
        }
        _ => false,
    }
}

/// Whether `q` restates `main` in another currency or unit: "€130 million
/// ($140 million)", "(about $140 million)", "(£1bn; $1.3bn)", "€130m, or
/// $140m,", "5.8 metres (about 19 feet)".
fn is_conversion(text: &str, main: &Quantity, q: &Quantity) -> bool {
    if !restates(&main.kind, &q.kind) || main.conversions.iter().any(|c| c.kind == q.kind) {
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

    /// Each text is one sum in `code` whose written figure is `value`, and
    /// with `whole`, the sum's span is the whole text.
    fn assert_sums(cases: &[(&str, &str, f64)], whole: bool) {
        for &(text, code, value) in cases {
            let q = one(text);
            assert_eq!(q.kind, money(code), "{text}");
            assert!(!whole || q.span.slice(text) == text, "{text}: {:?}", q.span);
            let mid = (q.interval.min.unwrap() + q.interval.max.unwrap()) / 2.0;
            assert!(close(Some(mid), value), "{text}: {:?}", q.interval);
        }
    }

    #[test]
    fn qualifiers_read_by_words_as_the_pattern_reads_them() {
        let befores = ["", "x", "the bill set ", "(", "“", "-", "_", "é", "2", "spend ", "sold\u{a0}", "Well ", "no "];
        let gaps = [" ", "  ", "\n", "\t", "\u{a0}", "\u{2003}", "\u{b}", "\u{1c}"];
        let ends = ["", " ", "\u{a0}", "\n "];
        let mut phrases: Vec<String> = QUALIFIERS.iter().map(|(p, _)| p.to_string()).collect();
        phrases.extend(
            ["MORE THAN", "At Least", "almoſt", "\u{212a}ilo over", "overt", "lover", "more  thann", "than"]
                .map(String::from),
        );
        let (mut decided, mut total) = (0, 0);
        for phrase in &phrases {
            for before in befores {
                for gap in gaps {
                    for end in ends {
                        let win = format!("{before}{}{end}", phrase.replace(' ', gap));
                        let pattern = QUALIFIER_BEFORE.captures(&win).and_then(|c| c.get(1)).map(|m| m.range());
                        total += 1;
                        if let Some(words) = qualifier_in_words(&win) {
                            decided += 1;
                            assert_eq!(words, pattern, "{win:?}");
                        }
                    }
                }
            }
        }
        // Sentences of a report, cut before each figure.
        let text = "Turnout reached almost 61% as well over 2,000 stations, up to 40 in a district and \
                    no fewer than 12 observers, saw about 7 incidents; “nearly 30” were reported, \
                    just shy of 25 dismissed, roughly\u{a0}9 pending and some 3 approx. 4 re-filed.";
        for (at, _) in text.char_indices().filter(|(_, c)| c.is_ascii_digit()) {
            let win = window(text, at, 0);
            let pattern = QUALIFIER_BEFORE.captures(win).and_then(|c| c.get(1)).map(|m| m.range());
            if let Some(words) = qualifier_in_words(win) {
                assert_eq!(words, pattern, "{win:?}");
            }
        }
        assert!(decided * 2 > total, "{decided} of {total} decided without the pattern");
    }

    #[test]
    fn qualifiers_are_ascii_words_within_the_longest() {
        for (phrase, _) in QUALIFIERS {
            assert!(phrase.is_ascii() && phrase == &phrase.to_lowercase(), "{phrase}");
            assert!(phrase.split(' ').count() <= QUALIFIER_WORDS_MAX, "{phrase}");
            assert!(phrase.split(' ').all(|w| !w.is_empty()), "{phrase}");
        }
    }

    #[test]
    fn qualifier_tests_pass_whatever_the_patterns_match() {
        for win in [
            "pledged more than ",
            "(about ",
            "No More\nThan  ",
            "almoſt ",
            "approx. ",
            "in excess of ",
            "guideline of ",
            "just ",
            "more than",
        ] {
            if QUALIFIER_BEFORE.is_match(win) {
                assert!(may_end_in_qualifier(win), "{win:?}");
            }
        }
        for rest in
            [" or more", ", or less", " of GDP minimum", "  at least.", " minimum", " people", "or more", " orange"]
        {
            if QUALIFIER_AFTER.is_match(rest) {
                assert!(may_start_with_postposed(rest), "{rest:?}");
            }
        }
    }

    #[test]
    fn currency_table_loads() {
        assert!(CURRENCIES.before.iter().any(|m| m.text == "€" && m.code == "EUR"));
        assert!(CURRENCIES.before.iter().any(|m| m.text == "$" && m.code == "USD"));
        // Longest marks first, so "US$" is tried before "$".
        let pos = |mark: &str| CURRENCIES.before.iter().position(|m| m.text == mark).unwrap();
        assert!(pos("US$") < pos("$") && pos("C$") < pos("$"));
    }

    #[test]
    fn euro_sum_with_dollar_conversion() {
        let text = "Madrid committed an extra €85 million ($92 million) to flood relief";
        let q = one(text);
        assert_eq!(q.kind, money("EUR"));
        assert_eq!(q.span.slice(text), "€85 million");
        assert_eq!(q.number_span.slice(text), "85 million");
        assert_eq!(q.interval, Interval::around(85e6, 0.5e6));
        assert_eq!(q.conversions.len(), 1);
        let usd = &q.conversions[0];
        assert_eq!(usd.kind, money("USD"));
        assert_eq!(usd.span.slice(text), "$92 million");
        assert_eq!(usd.interval, Interval::around(92e6, 0.5e6));
    }

    #[test]
    fn conversions_with_qualifiers_and_several_currencies() {
        let q = one("€130 million (about $140 million) was sent");
        assert_eq!(q.conversions[0].qualifier.as_deref(), Some("about"));
        let q = one("a $1.3bn (£1bn; €1.2bn) package");
        assert_eq!(q.conversions.len(), 2);
        let q = one("€130m, or $140m, for Moldova");
        assert_eq!(q.conversions.len(), 1);
        // A part of a sum in the same currency is not a conversion.
        assert_eq!(all("$5bn ($3bn of it in loans)").len(), 2);
    }

    #[test]
    fn more_than_twenty_billion_euros() {
        let text = "Donors promised more than 7 billion euros for malaria control";
        let q = one(text);
        assert_eq!(q.span.slice(text), "more than 7 billion euros");
        assert_eq!(q.number_span.slice(text), "7 billion");
        assert_eq!(q.kind, money("EUR"));
        assert_eq!(q.interval, Interval::above(7e9));
        assert_eq!(q.qualifier.as_deref(), Some("more than"));
        assert!(!q.integer);
    }

    #[test]
    fn minimum_threshold_is_not_a_qualifier() {
        let text = "to lift health outlays past the current minimum threshold of 6% of GDP3. Geneva";
        let q = one(text);
        assert_eq!(q.span.slice(text), "6%");
        assert_eq!(q.kind, QuantityKind::Percent);
        assert_eq!(q.interval, Interval::around(6.0, 0.5));
        assert_eq!(q.qualifier, None);
    }

    #[test]
    fn percent_qualifiers() {
        let q = one("advocated a climate levy of at least 0.8% of GDP");
        assert_eq!((q.kind.clone(), q.interval), (QuantityKind::Percent, Interval::at_least(0.8)));
        let q = one("the true cost will be north of 6%, analysts warned");
        assert_eq!(q.interval, Interval::above(6.0));
        let q = one("expected to spend at least 2 percent of their gross domestic product");
        assert_eq!((q.kind.clone(), q.interval), (QuantityKind::Percent, Interval::at_least(2.0)));
    }

    #[test]
    fn postposed_minimum_and_or_more() {
        let text = "a bold 4% of GDP minimum for the fund, aides said";
        let q = one(text);
        assert_eq!(q.interval, Interval::at_least(4.0));
        assert_eq!(q.span.slice(text), "4%");
        assert_eq!(q.qualifier.as_deref(), Some("minimum"));
        assert_eq!(one("the 2% minimum threshold").interval, Interval::around(2.0, 0.5));
        assert_eq!(one("5,000 or more troops").interval, Interval::at_least(5000.0));
        assert_eq!(one("2% or less").interval, Interval::at_most(2.0));
        assert_eq!(one("a 5,000-plus force").interval, Interval::at_least(5000.0));
    }

    #[test]
    fn percent_spellings() {
        for text in ["2%", "2 %", "2 percent", "2 per cent", "two per cent", "2pc"] {
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
        let q = one("Foreign ministers from all 32 ASEAN member states");
        assert_eq!(q.interval, Interval::exact(32.0));
        let q = one("about 170,000 new troops");
        assert_eq!(q.interval, Interval::around(170_000.0, 17_000.0));
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
        let text = "patients between the ages of 45 and 70 were screened";
        let q = one(text);
        assert_eq!((q.kind.clone(), q.interval), (QuantityKind::Number, Interval::closed(45.0, 70.0)));
        assert_eq!(q.span.slice(text), "45 and 70");
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
        // A descending pair after a result word is a score, not two figures.
        assert!(all("a 4-2 vote").is_empty());
        assert!(all("a 4-2 split").is_empty());
        assert_eq!(all("4-2 is the split").len(), 2);
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
        assert_sums(&cases, true);
    }

    #[test]
    fn comparatives_and_verbs_of_excess() {
        assert_eq!(one("larger than 10 people").interval, Interval::above(10.0));
        assert_eq!(one("smaller than 20").interval, Interval::below(20.0));
        assert_eq!(one("spending exceeded 2% of GDP").interval, Interval::above(2.0));
        assert_eq!(one("surpass 3000").interval, Interval::above(3000.0));
        assert_eq!(one("less than or equal to 100").interval, Interval::at_most(100.0));
        assert_eq!(one("equal to or more than 30").interval, Interval::at_least(30.0));
        assert_eq!(one("bigger or equal than 3965").interval, Interval::at_least(3965.0));
    }

    #[test]
    fn or_equal_after_a_bound() {
        let text = "His score is less than 5000 or equal";
        let q = one(text);
        assert_eq!((q.span.slice(text), q.interval), ("less than 5000 or equal", Interval::at_most(5000.0)));
        assert_eq!(one("more than 5000 or equal to it").interval, Interval::at_least(5000.0));
        // "or equal to 6000" is a figure of its own.
        let found = all("more than 5000 or equal to 6000");
        assert_eq!(found[0].interval, Interval::above(5000.0));
        assert_eq!(found.len(), 2);
    }

    #[test]
    fn postposed_bounds() {
        assert_eq!(one("five hundred and more").interval, Interval::at_least(500.0));
        let text = "There're about five hundred or more in these products.";
        let q = one(text);
        assert_eq!((q.span.slice(text), q.interval), ("five hundred or more", Interval::at_least(500.0)));
        // "or less than 6000" qualifies the next figure.
        let found = all("equal to 5000 or less than 6000");
        assert_eq!(found[0].interval, Interval::exact(5000.0));
        assert_eq!(found[1].interval, Interval::below(6000.0));
    }

    #[test]
    fn a_lower_and_an_upper_bound_are_one_range() {
        let text = "greater than 100 and smaller than 300";
        let q = one(text);
        assert_eq!(q.span.slice(text), text);
        assert_eq!(
            q.interval,
            Interval { min: Some(100.0), max: Some(300.0), min_inclusive: false, max_inclusive: false }
        );
        assert_eq!(one("at most 100 and at least 20").interval, Interval::closed(20.0, 100.0));
        assert_eq!(one("aged over 18 and under 65").interval.min, Some(18.0));
        // An empty range stays two bounds; so do bounds of other things.
        assert_eq!(all("more than 40 and less than 10").len(), 2);
        assert_eq!(all("more than 20 people and fewer than 10 vehicles").len(), 2);
    }

    #[test]
    fn through_joins_a_range_and_dash_chains_do_not() {
        assert_eq!(one("20 through 100").interval, Interval::closed(20.0, 100.0));
        assert!(all("+1-222-2222-2222 is a phone number").is_empty());
    }

    #[test]
    fn cents_pence_and_sums_with_cents() {
        let cases = [
            ("50 cents", "USD", 0.5),
            ("470 pence", "GBP", 4.7),
            ("one penny", "GBP", 0.01),
            ("a 12-cent dividend", "USD", 0.12),
            ("one-yen bid", "JPY", 1.0),
            ("3 dollars 50 cents", "USD", 3.5),
            ("thirteen dollars and forty-five cents", "USD", 13.45),
            ("10 $ 30 cent", "USD", 10.3),
        ];
        assert_sums(&cases, false);
    }

    #[test]
    fn more_marks_and_codes() {
        let cases = [
            ("115USD", "USD", 115.0),
            ("20 usd", "USD", 20.0),
            ("rmb 10", "CNY", 10.0),
            ("100元", "CNY", 100.0),
            ("usd$ 15", "USD", 15.0),
            ("nzd$15", "NZD", 15.0),
            ("hk $ 10.05 billion", "HKD", 10.05e9),
            ("US $ 150 million", "USD", 150e6),
            ("30 MUSD", "USD", 30e6),
            ("MAUD 60", "AUD", 60e6),
            ("75 USD million", "USD", 75e6),
            ("10 $", "USD", 10.0),
            ("₿21,000,000", "BTC", 21e6),
            ("6.65 billion pesetas", "ESP", 6.65e9),
            ("100 ₡", "CRC", 100.0),
        ];
        assert_sums(&cases, true);
    }

    #[test]
    fn marks_that_are_words_stay_words() {
        // "a $5", "A $5": dollars, not Australian dollars.
        assert_eq!(one("won a $48.2 million contract").kind, money("USD"));
        assert_eq!(one("A $5 million grant").kind, money("USD"));
        let text = "it cost us $150 million";
        assert_eq!(one(text).span.slice(text), "$150 million");
        assert_eq!(one("3 try to win").kind, QuantityKind::Number);
        assert_eq!(one("5 gel packs").kind, QuantityKind::Number);
        // "5 $10 tickets": the "$" is the next figure's.
        let found = all("buy 5 $10 tickets");
        assert_eq!(found[0].kind, QuantityKind::Number);
        assert_eq!(found[1].kind, money("USD"));
    }

    #[test]
    fn qualifiers_news_uses() {
        assert_eq!(one("well above 2%").interval, Interval::above(2.0));
        assert_eq!(one("roughly 3,000 troops").interval, Interval::around(3000.0, 300.0));
        assert_eq!(one("at most 40 ships").interval, Interval::at_most(40.0));
        assert_eq!(one("just over 100 people").interval, Interval::closed(100.0, 110.0));
        assert_eq!(one("20 billion euros or more").interval, Interval::at_least(2e10));
    }

    #[test]
    fn decades_of_age() {
        let text = "the minister, in her sixties, said";
        let q = one(text);
        assert_eq!((q.kind.clone(), q.span.slice(text)), (QuantityKind::Age, "her sixties"));
        assert_eq!(q.interval, Interval::closed(60.0, 69.0));
        assert_eq!(one("in his late forties").interval, Interval::closed(47.0, 49.0));
        assert_eq!(one("in their early 30s").interval, Interval::closed(30.0, 33.0));
        assert!(all("the sixties were wild; in the 1960s").is_empty());
    }

    #[test]
    fn percentage_words() {
        assert_eq!(one("100 percentage").kind, QuantityKind::Percent);
        assert_eq!(one("one hundred percents").kind, QuantityKind::Percent);
        // A percentage point is a change of a rate, a unit of its own.
        let q = one("a 5 percentage point rise");
        assert_eq!(q.kind, measure("pp"));
        assert_eq!(q.interval, Interval::around(5.0, 0.5));
    }

    #[test]
    fn currencies_news_uses() {
        let cases = [
            ("48 million crowns", "CROWN", 48e6),
            ("48 million Danish crowns", "DKK", 48e6),
            ("350 million koruna", "CZK", 350e6),
            ("4 billion korun", "CZK", 4e9),
            ("3.2 billion shillings", "KES", 3.2e9),
            ("40 billion Ugandan shillings", "UGX", 40e9),
            ("2 billion Tanzanian shillings", "TZS", 2e9),
            ("KSh2.4bn", "KES", 2.4e9),
            ("KSh 250,000", "KES", 250_000.0),
            ("₹1 lakh", "INR", 1e5),
            ("Rs 35,000", "INR", 35_000.0),
            ("Rs 3 crore", "INR", 3e7),
            ("US$3.9 million", "USD", 3.9e6),
            ("A$5.3m", "AUD", 5.3e6),
            ("NZ$12m", "NZD", 12e6),
            ("HK$3.2bn", "HKD", 3.2e9),
            ("S$900,000", "SGD", 900_000.0),
            ("1.64 trillion won", "KRW", 1.64e12),
            ("₩829,000", "KRW", 829_000.0),
            ("3 billion yen", "JPY", 3e9),
            ("80 million rand", "ZAR", 80e6),
            ("12 billion naira", "NGN", 12e9),
            ("5 million pesos", "PESO", 5e6),
            ("5 million Argentine pesos", "ARS", 5e6),
            ("2 million Norwegian kroner", "NOK", 2e6),
            ("€2.5tn", "EUR", 2.5e12),
            ("£40mn", "GBP", 40e6),
            ("$500k", "USD", 500e3),
        ];
        assert_sums(&cases, true);
        let text = "The grant of A$5.3m (about £2.6m) was approved.";
        let q = one(text);
        assert_eq!((q.kind.clone(), q.conversions[0].kind.clone()), (money("AUD"), money("GBP")));
        assert_eq!(q.conversions[0].span.slice(text), "about £2.6m");
    }

    #[test]
    fn won_is_money_only_where_it_cannot_be_the_verb() {
        for text in ["The phone costs 829,000 won.", "It costs 829,000 won ($610)", "829,000 won per month"] {
            assert_eq!(all(text)[0].kind, money("KRW"), "{text}");
            assert_eq!(all(text)[0].span.slice(text), "829,000 won", "{text}");
        }
        for text in ["they won 31 seats", "Of 1,500 candidates, 1,200 won in the first round.", "3 won the vote"] {
            assert!(all(text).iter().all(|q| q.kind == QuantityKind::Number), "{text}");
        }
        // The same closing rule for "crowns": titles and teeth are never counted in thousands.
        assert_eq!(one("a penalty of 5,000 crowns.").kind, money("CROWN"));
        assert_eq!(one("She has won 3 crowns this year").kind, QuantityKind::Number);
    }

    #[test]
    fn a_number_too_long_for_a_float_is_no_value() {
        let digits = "9".repeat(400);
        for text in [format!("${digits}"), format!("{digits} people"), format!("{digits} billion euros")] {
            assert!(all(&text).is_empty(), "{text}");
        }
    }

    #[test]
    fn ambiguous_currency_names() {
        assert_eq!(one("500 pounds of explosives").kind, QuantityKind::Number);
        assert_eq!(one("2 million pounds").kind, money("GBP"));
        assert_eq!(one("3 won the vote").kind, QuantityKind::Number);
        assert_eq!(one("ASEAN$5").kind, money("USD"));
    }

    #[test]
    fn dates_are_not_quantities() {
        assert!(all("in Oslo on April 3-4, 2025, for talks").is_empty());
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
        assert!(all("in the third quarter of 2026 alone3. Donors").is_empty());
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
        let text = "Donors promised more than 7 billion euros, €85 million ($92 million), up to 900 nurses, \
                    between 1% and 4% of GDP and about 60,000 clinics over 5 years.";
        let found = all(text);
        assert_eq!(found.len(), 6, "{found:#?}");
        for pair in found.windows(2) {
            assert!(pair[0].span.end <= pair[1].span.start);
        }
        let last = found.last().unwrap();
        assert_eq!(last.span.slice(text), "over 5");
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
        let text = "Health ministers from all 27 member states of the bloc met in Lisbon on May 12-13, 2026, \
                    for talks. The current target of 6% of GDP3. The Moreno proposal of 4% of GDP was debated. \
                    Okafor advocated a climate levy of at least 0.8% of GDP. Donors promised more than 7 billion euros \
                    in flood aid to Dhaka in the third quarter of 2026 alone2.";
        let got: Vec<&str> = all(text).iter().map(|q| q.span.slice(text)).collect();
        assert_eq!(got, vec!["27", "6%", "4%", "at least 0.8%", "more than 7 billion euros"]);
    }
}
