//! Numbers written in digits or words.
//!
//! This layer only says *what number is written where*: "20 billion",
//! "3.7", "5,000", "twenty-one", "half a million". Units, currencies and
//! qualifiers are the quantity recognizer's business (`quantity.rs`), dates
//! the date recognizer's; a year such as "2025" is still returned here.
//!
//! What is deliberately *not* a number:
//! - citation markers glued to a word or a closing quote ("GDP1", "alone7",
//!   "”1", "reports”1."): news copy pasted from the web keeps its footnote
//!   numbers, and reading them as values invents claims. The same rule
//!   drops the digits of codes and names ("G7", "F-35", "COVID-19");
//! - digits followed by letters that are not a scale or a known unit
//!   ("75th" is an ordinal, "1990s" a decade, "5G" a name);
//! - times ("5:36 AM", "10 pm"), slashed figures ("24/7", "9/11",
//!   "/33370655.html") and anything inside a URL;
//! - vague plurals ("dozens", "hundreds", "thousands", "tens of thousands",
//!   "several million"): they bound nothing a contradiction could rest on;
//! - "one" on its own: it is far more often a pronoun ("one of the", "no
//!   one") than a count. It is read only before a scale word ("one
//!   million", "one hundred"), inside a compound ("twenty-one") or in a
//!   hyphenated modifier ("one-day", "one-year"), before people it counts
//!   ("one person was killed", "one board member dissenting"), or when it
//!   is the whole text (a caller asking about one word);
//! - "a" on its own; "a hundred", "a million", "a dozen" are numbers.
//!
//! Fractions in words ("a third of", "two-thirds") are returned with their
//! value (0.333…), never as integers, and flagged for the quantity layer,
//! which leaves them out.
use crate::span::Span;
use regex::Regex;
use std::sync::LazyLock;

/// One number as written.
#[derive(Clone, Debug, PartialEq)]
pub struct NumberMatch {
    pub span: Span,
    pub value: f64,
    /// Half a unit of the last written digit, after scaling: "20 billion" → 0.5e9,
    /// "3.7" → 0.05, "32" → 0.5, "twenty" → 0.5.
    pub tolerance: f64,
    /// Written as a whole number with no scale word ("32", "5,000", "three").
    pub integer: bool,
    pub spelled: bool,
}

/// Every number in `text`, sorted by start, non-overlapping.
pub fn find_numbers(text: &str) -> Vec<NumberMatch> {
    scan(text, &crate::recognize::quantity::mark_ends_at).into_iter().map(|s| s.number).collect()
}

/// A number with the facts the quantity layer needs beyond [`NumberMatch`].
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Scanned {
    pub number: NumberMatch,
    /// The scale word's factor ("billion", "bn" → 1e9; "dozen" → 12); 1 when none.
    pub scale: f64,
    /// A fraction in words ("a third of"): a share, not an amount.
    pub fraction: bool,
}

/// Finds numbers; `glued_prefix_ok` says whether the text before a digit run
/// ends in a currency mark that may be glued to it ("EUR20bn", "Rs500"),
/// which would otherwise look like a citation marker glued to a word.
pub(crate) fn scan(text: &str, glued_prefix_ok: &dyn Fn(&str) -> bool) -> Vec<Scanned> {
    // URLs and dash chains of digits ("+1-222-2222-2222", "123-12-1234") hold no numbers.
    // Digit runs and dash chains need a digit; many sentences hold none.
    let digit = has_ascii_digit(text);
    let mut urls: Vec<Span> = Vec::new();
    if may_hold_url(text) {
        urls.extend(URL.find_iter(text).map(|m| Span::from(m.range())));
    }
    if digit {
        urls.extend(DASH_CHAIN.find_iter(text).map(|m| Span::from(m.range())));
    }
    urls.sort_by_key(|s| s.start);
    // Disjoint, for `in_any`.
    urls.dedup_by(|next, kept| {
        let overlap = next.start < kept.end;
        if overlap {
            kept.end = kept.end.max(next.end);
        }
        overlap
    });
    let mut found = if digit { digit_numbers(text, &urls, glued_prefix_ok) } else { Vec::new() };
    // Most sentences hold no number word: one fast scan spares the word-by-word reader.
    if SPELLED_HINT.is_match(text) {
        let spelled = spelled_numbers(text, &urls, &found);
        found.extend(spelled);
    }
    found.sort_by_key(|s| s.number.span.start);
    found
}

/// Whether `text` holds an ASCII digit: most sentences hold none, and
/// several recognizers ask first. Each block is read whole, without a test
/// per byte, so the compiler can compare many bytes at once.
pub(crate) fn has_ascii_digit(text: &str) -> bool {
    find_ascii_digit(text.as_bytes()).is_some()
}

/// Where the first ASCII digit of `bytes` is. Blocks without one are
/// passed over whole; only the block holding the digit is read byte by
/// byte.
pub(crate) fn find_ascii_digit(bytes: &[u8]) -> Option<usize> {
    let mut at = 0;
    for block in bytes.chunks(32) {
        if block.iter().fold(false, |any, b| any | b.is_ascii_digit()) {
            return block.iter().position(u8::is_ascii_digit).map(|i| at + i);
        }
        at += block.len();
    }
    None
}

/// Any word that can start or make up a spelled number or fraction: a
/// cheap test before the word-by-word reader in [`spelled_numbers`].
static SPELLED_HINT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i-u)\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen",
        r"|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety",
        r"|hundred|thousand|million|billion|trillion|dozens?|dzs?|dozs?|lakhs?|crores?|half|halves|thirds?",
        r"|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|tenths?)\b",
    ))
    .expect("spelled hint regex")
});

static URL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"(?i)\b(?:https?://|ftp://|www\.)[^\s<>"'()\[\]{}]+"#).expect("url regex"));

/// Whether `text` may hold a web address: [`URL`] needs "://" or "www."
/// (in any case), and most sentences have neither.
fn may_hold_url(text: &str) -> bool {
    text.contains("://")
        || text.match_indices('.').any(|(at, _)| at >= 3 && text.as_bytes()[at - 3..at].eq_ignore_ascii_case(b"www"))
}

/// Three or more digit groups joined by hyphens: a phone number, an ID or
/// an ISO date, never a value (two groups are a range: "3-4").
static DASH_CHAIN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[0-9]+(?:[-‑][0-9]+){2,}").expect("dash chain regex"));

/// Digit runs with optional thousands separators (commas, or the no-break
/// and thin spaces of "500 000") and decimals. A plain space never groups:
/// "the 32 100-day plans" is two numbers. ASCII digits only: `\d` would
/// also match other scripts' digits and superscripts.
static DIGITS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        // Indian grouping: "12,34,567.89" (lakhs and crores).
        r"[0-9]{1,2}(?:,[0-9]{2})+,[0-9]{3}(?:\.[0-9]+)?",
        r"|[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?",
        r"|[0-9]{1,3}(?:[\u{a0}\u{202f}\u{2009}][0-9]{3})+(?:\.[0-9]+)?",
        r"|[0-9]+(?:\.[0-9]+)?",
        // ".08": a decimal with no leading zero (glued to a word it is a footnote, see `glued_before`).
        r"|\.[0-9]+",
    ))
    .expect("digit regex")
});

/// The decimals of a decimal comma, when a percent or a scale follows.
static DECIMAL_COMMA: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^,([0-9]{1,2})[ \u{a0}]?(?:%|per[ \u{a0}]?cent\b|percent\b|million\b|billion\b|trillion\b|bn\b|mn\b)",
    )
    .expect("decimal comma regex")
});

/// A scale word after a space ("20 billion", "4.7 bn", "3 dozen") or a
/// hyphen ("a $20-billion package"). "lakh crore" is 10^12.
static SCALE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:(?:[ \u{a0}\u{202f}]+|-)(lakhs?[ \u{a0}]+crores?|hundred|thousand|million|billion|trillion|crores?|lakhs?|dozens?)|[ \u{a0}\u{202f}]+(bn|mn|tn|bln|mln|trn|tln|dzs?|dozs?))\b",
    )
    .expect("scale regex")
});

/// "2.33 k", "1,674,200.5 M": a one-letter scale after a space, read only
/// after a figure with decimals or thousands groups and before the end of
/// the phrase ("5 K" alone may be a race or a temperature).
static SPACED_LETTER_SCALE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[ \u{a0}]([kKM])(?:$|[ \u{a0}]*[.,;:!?)]|[ \u{a0}]*$)").expect("letter scale regex")
});

/// "5 pm", "10.30 a.m.": a time of day, not a number.
static CLOCK_AFTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^[ \u{a0}\u{202f}]?(?:a\.m\.|p\.m\.|am\b|pm\b)").expect("clock regex"));

/// Letter runs: the words spelled numbers are made of.
/// Whether `at` overlaps one of `spans`, which are sorted and disjoint.
fn in_any(spans: &[Span], at: Span) -> bool {
    let i = spans.partition_point(|s| s.end <= at.start);
    spans.get(i).is_some_and(|s| s.overlaps(at))
}

fn digit_numbers(text: &str, urls: &[Span], glued_prefix_ok: &dyn Fn(&str) -> bool) -> Vec<Scanned> {
    let mut out: Vec<Scanned> = Vec::new();
    for m in DIGITS.find_iter(text) {
        let (start, end) = (m.start(), m.end());
        // Inside a number read before ("4 thousand 3 hundred and 21").
        if out.last().is_some_and(|p| p.number.span.end > start) {
            continue;
        }
        if in_any(urls, Span::new(start, end)) || glued_before(text, start, glued_prefix_ok) {
            continue;
        }
        // "40,82%", "€1,5 million": a decimal comma, told from a thousands
        // comma by fewer than three digits and a percent or scale after.
        let mut decimal_comma = None;
        if text[end..].starts_with(',') && !m.as_str().contains([',', '.']) {
            if let Some(c) = DECIMAL_COMMA.captures(&text[end..]) {
                decimal_comma = Some(c[1].to_string());
            }
        }
        let end = decimal_comma.as_ref().map_or(end, |d| end + 1 + d.len());
        let Some((scale, scale_end)) = scale_after(text, end) else {
            continue;
        };
        let sign_len = minus_sign_before(text, start);
        let negative_word = minus_word_before(text, start - sign_len);
        let raw: String = text[start - sign_len..end]
            .chars()
            .map(|c| if c == ',' && decimal_comma.is_some() { '.' } else { c })
            .filter(|c| !matches!(c, ',' | '\u{a0}' | '\u{202f}' | '\u{2009}'))
            .map(|c| if c == '−' { '-' } else { c })
            .collect();
        // A run of hundreds of digits parses to infinity: no value a text can assert.
        let Ok(mut written) = raw.parse::<f64>() else {
            continue;
        };
        if !(written * scale).is_finite() {
            continue;
        }
        let start = match negative_word {
            Some(at) if sign_len == 0 => {
                written = -written;
                at
            }
            _ => start - sign_len,
        };
        let decimals =
            decimal_comma.as_ref().map_or_else(|| m.as_str().split('.').nth(1).map_or(0, str::len), String::len);
        let unit = 10f64.powi(-(decimals.min(300) as i32));
        let mut number = NumberMatch {
            span: Span::new(start, scale_end),
            value: written * scale,
            tolerance: 0.5 * unit * scale,
            integer: decimals == 0 && scale == 1.0,
            spelled: false,
        };
        let mut last_scale = scale;
        // "4 thousand 3 hundred and 21": smaller groups added to a scaled figure.
        if decimals == 0 && written >= 0.0 {
            while let Some((add, to, group_scale)) = chained_group(text, number.span.end, last_scale) {
                number.value += add;
                number.span.end = to;
                number.tolerance = 0.5 * group_scale;
                number.integer = group_scale == 1.0;
                last_scale = group_scale;
            }
        }
        // Hundreds of digits overflow to infinity: not a figure anyone wrote to be read.
        if !number.value.is_finite() {
            continue;
        }
        out.push(Scanned { number, scale: last_scale, fraction: false });
    }
    out
}

/// Whether the digit run at `start` is glued to what precedes it in a way
/// that makes it a citation marker or part of a code, not a value.
///
/// A run glued to a letter ("GDP1", "G7"), to a closing quote or bracket
/// ("”1", "reports”1"), to a sentence's final period ("alone.4") or to a
/// letter-hyphen ("F-35", "COVID-19") is not a number; neither is one after
/// "/" or ":" (paths, times). A currency code glued to the figure ("EUR20")
/// is the exception `glued_prefix_ok` allows.
pub(crate) fn glued_before(text: &str, start: usize, glued_prefix_ok: &dyn Fn(&str) -> bool) -> bool {
    let before = &text[..start];
    let mut rev = before.chars().rev();
    let Some(c) = rev.next() else {
        return false;
    };
    if c.is_ascii_digit() {
        return true;
    }
    let prev = rev.next();
    let closing = |p: char| matches!(p, '”' | '’' | '"' | '\'' | ')' | ']');
    // The currency-mark test runs last: most figures follow a space.
    let glued = match c {
        c if c.is_alphabetic() => true,
        '”' | ')' | ']' | '%' | '/' | ':' | '_' | '@' | '#' | '&' | '\\' => true,
        // A straight quote or an apostrophe opens a quotation when it follows a space.
        '"' | '’' | '\'' => !matches!(prev, None | Some('(' | '[')) && !prev.is_some_and(char::is_whitespace),
        '.' | ',' => prev.is_some_and(|p| p.is_alphanumeric() || closing(p)),
        // "F-35" is a code; "5k-20k", "10km-20km" join two figures.
        '-' | '‑' => {
            prev.is_some_and(char::is_alphabetic) && !after_glued_suffix(&before[..before.len() - c.len_utf8()])
        }
        _ => false,
    };
    glued && !glued_prefix_ok(before)
}

static MINUS_WORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(?:minus|negative)[ \u{a0}]+$").expect("minus regex"));

/// Where "minus " or "negative " ends right before `start` begins: "minus
/// 5", "negative one".
fn minus_word_before(text: &str, start: usize) -> Option<usize> {
    // The pattern ends in the last letter of "minus" or "negative" (the
    // long s folds to 's') before spaces: most figures have another.
    let word_end = text[..start].trim_end_matches([' ', '\u{a0}']);
    if !word_end.ends_with(['s', 'S', 'ſ', 'e', 'E']) {
        return None;
    }
    let mut from = start.saturating_sub(12);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    MINUS_WORD.find(&text[from..start]).map(|m| from + m.start())
}

/// A digit group with a scale word ("3 hundred") right after a figure of a
/// larger scale ("4 thousand"), or, after "hundred", "and" and a number
/// below 100 ("3 hundred and 21"): what it adds, where it ends and its scale.
fn chained_group(text: &str, end: usize, last_scale: f64) -> Option<(f64, usize, f64)> {
    if last_scale < 100.0 {
        return None;
    }
    if last_scale == 100.0 {
        if let Some(found) = spelled_after_and(text, end) {
            return Some(found);
        }
    }
    let c = CHAINED.captures(&text[end..])?;
    let digits = c.name("d")?;
    let value: f64 = digits.as_str().parse().ok()?;
    let to = end + c.get(0)?.end();
    // "3 hundred and 21.5" or "and 21,000": the group is not a whole number of its own.
    let mut rest = text[to..].chars();
    if matches!((rest.next(), rest.next()), (Some('.' | ','), Some('0'..='9'))) {
        return None;
    }
    match c.name("s") {
        Some(word) => {
            let scale = scale_factor(&word.as_str().split_whitespace().collect::<Vec<_>>().join(" "))?;
            (c.name("and").is_none() && scale < last_scale && value > 0.0).then_some((value * scale, to, scale))
        }
        None => (c.name("and").is_some() && last_scale == 100.0 && (1.0..100.0).contains(&value))
            .then_some((value, to, 1.0)),
    }
}

static AND_WORDS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)^[ \u{a0}]+and[ \u{a0}]+").expect("and regex"));

/// "and one", "and twenty-one" after "3 hundred": the words of a number below 100.
fn spelled_after_and(text: &str, end: usize) -> Option<(f64, usize, f64)> {
    let from = end + AND_WORDS.find(&text[end..])?.end();
    let toks = words(&text[from..]);
    if toks.first()?.start != 0 {
        return None;
    }
    let lower: Vec<String> = toks.iter().take(3).map(|t| t.slice(&text[from..]).to_lowercase()).collect();
    let mut run = vec![lower[0].as_str()];
    for k in 1..lower.len() {
        if !joined(&text[from + toks[k - 1].end..from + toks[k].start]) {
            break;
        }
        run.push(lower[k].as_str());
    }
    let card = parse_cardinal(&run).filter(|c| c.scale == 1.0 && (1.0..100.0).contains(&c.value))?;
    Some((card.value, from + toks[card.words - 1].end, 1.0))
}

/// What may follow a scaled figure inside one number: "␣3 hundred", "␣and 21".
static CHAINED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^[ \u{a0}]+(?P<and>and[ \u{a0}]+)?(?P<d>[0-9]{1,3})(?:[ \u{a0}]+(?P<s>hundred|thousand|million|billion|crores?|lakhs?))?\b")
        .expect("chained regex")
});

/// Whether `before` ends in a scale or unit glued to a figure ("5k", "10km").
fn after_glued_suffix(before: &str) -> bool {
    let letters = before.len() - before.trim_end_matches(|c: char| c.is_ascii_alphabetic()).len();
    let (head, tail) = before.split_at(before.len() - letters);
    head.ends_with(|c: char| c.is_ascii_digit()) && (glued_scale(tail).is_some() || is_glued_unit(tail))
}

/// Length in bytes of a minus sign directly before `start`: "−0.3%", " -5".
/// A hyphen counts only after a space or an opening bracket, so "3-4" stays a range.
fn minus_sign_before(text: &str, start: usize) -> usize {
    let before = &text[..start];
    let mut rev = before.chars().rev();
    match rev.next() {
        Some('−') => '−'.len_utf8(),
        Some('-') if rev.next().is_none_or(|p| p.is_whitespace() || p == '(') => 1,
        _ => 0,
    }
}

/// Scale factor and end of the number after the digit run ending at `end`;
/// `None` when what follows shows the digits are not a number (a time, an
/// ordinal suffix, a version or a code).
fn scale_after(text: &str, end: usize) -> Option<(f64, usize)> {
    let rest = &text[end..];
    let mut chars = rest.chars();
    match (chars.next(), chars.next()) {
        (Some('0'..='9'), _) => return None,
        (Some(',' | '.' | ':' | '/'), Some('0'..='9')) => return None,
        _ => {}
    }
    // Each pattern below runs only when the letter it must start with is there.
    fn after_space(rest: &str) -> &str {
        rest.trim_start_matches([' ', '\u{a0}', '\u{202f}'])
    }
    let first_letter =
        |text: &str, letters: &[u8]| text.as_bytes().first().is_some_and(|b| letters.contains(&b.to_ascii_lowercase()));
    if first_letter(after_space(rest), b"ap") && CLOCK_AFTER.is_match(rest) {
        return None;
    }
    let letters: &str = &rest[..rest.find(|c: char| !c.is_alphabetic()).unwrap_or(rest.len())];
    if !letters.is_empty() {
        // "24703m2", "190km2": a unit written with its power.
        if rest[letters.len()..].starts_with(['2', '3']) {
            let powered = &rest[..letters.len() + 1];
            let after_power = &rest[powered.len()..];
            if !after_power.starts_with(char::is_alphanumeric) && crate::recognize::unit::is_glued_unit(powered) {
                return Some((1.0, end));
            }
        }
        if rest[letters.len()..].starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        if let Some(scale) = glued_scale(letters) {
            return Some((scale, end + letters.len()));
        }
        // "115USD", "100元": the currency mark is read by the quantity layer.
        if crate::recognize::quantity::glued_currency_after(letters) {
            return Some((1.0, end));
        }
        return is_glued_unit(letters).then_some((1.0, end));
    }
    let spaced_letter = rest.strip_prefix([' ', '\u{a0}']).is_some_and(|r| r.starts_with(['k', 'K', 'M']));
    if let Some(c) = spaced_letter.then(|| SPACED_LETTER_SCALE.captures(rest)).flatten() {
        let precise = text[..end].ends_with(|c: char| c.is_ascii_digit())
            && text[..end]
                .rsplit(|c: char| !c.is_ascii_digit() && c != '.' && c != ',')
                .next()
                .is_some_and(|n| n.contains(['.', ',']));
        if precise {
            let scale = if &c[1] == "M" { 1e6 } else { 1e3 };
            return Some((scale, end + c.get(1).map_or(0, |m| m.end())));
        }
    }
    let scale_word = after_space(rest.strip_prefix('-').unwrap_or(rest));
    if let Some(c) = first_letter(scale_word, b"lhtmbcd").then(|| SCALE_AFTER.captures(rest)).flatten() {
        let word = c.get(1).or_else(|| c.get(2)).map_or("", |w| w.as_str());
        return Some((scale_factor(word)?, end + c.get(0).map_or(0, |m| m.end())));
    }
    Some((1.0, end))
}

/// Scale abbreviations written against the digits: "1.2m", "$5bn", "50k".
/// "m" is read as million even though "100m" can be a distance: in the
/// money and budget figures this tool compares, million is the reading.
fn glued_scale(letters: &str) -> Option<f64> {
    match letters {
        "k" | "K" => Some(1e3),
        // "MM" is the financial million ("US$ 1MM"); "mm" stays millimetres.
        "m" | "M" | "mn" | "Mn" | "mln" | "MM" | "mil" => Some(1e6),
        "b" | "B" | "bn" | "Bn" | "BN" | "bln" => Some(1e9),
        "tn" | "Tn" | "trn" => Some(1e12),
        _ => None,
    }
}

/// Units commonly glued to a figure; the figure stays a number ("100km",
/// "45W", "4.9GHz"): the units lexicon's symbols, and a few abbreviations
/// the quantity layer does not read as units.
fn is_glued_unit(letters: &str) -> bool {
    const UNITS: &[&str] = &[
        "km", "kg", "mm", "cm", "mi", "kt", "kw", "mw", "gw", "tw", "kwh", "mwh", "gwh", "twh", "mph", "kph", "kmh",
        "ha", "ft", "lb", "lbs", "bpd", "pc", "pct",
    ];
    UNITS.iter().any(|u| u.eq_ignore_ascii_case(letters)) || crate::recognize::unit::is_glued_unit(letters)
}

pub(crate) fn scale_factor(word: &str) -> Option<f64> {
    let lower = word.to_ascii_lowercase();
    if lower.starts_with("lakh") && lower.contains("crore") {
        return Some(1e12);
    }
    match lower.as_str() {
        "dozen" | "dozens" | "dz" | "dzs" | "doz" | "dozs" => Some(12.0),
        "hundred" => Some(1e2),
        "thousand" => Some(1e3),
        "lakh" | "lakhs" => Some(1e5),
        "million" | "mn" | "mln" => Some(1e6),
        "crore" | "crores" => Some(1e7),
        "billion" | "bn" | "bln" => Some(1e9),
        "trillion" | "tn" | "trn" | "tln" => Some(1e12),
        _ => None,
    }
}

/// The role a word plays in a spelled-out number.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Word {
    /// zero … nine
    Unit(u32),
    /// ten … nineteen
    Teen(u32),
    /// twenty, thirty … ninety
    Tens(u32),
    Hundred,
    /// thousand, million, billion, trillion, dozen
    Scale(f64),
    /// "a" in "a hundred", "a million"
    A,
    And,
}

fn word_kind(lower: &str) -> Option<Word> {
    const UNITS: [&str; 10] = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
    const TEENS: [&str; 10] =
        ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
    const TENS: [&str; 8] = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
    if let Some(i) = UNITS.iter().position(|w| *w == lower) {
        return Some(Word::Unit(i as u32));
    }
    if let Some(i) = TEENS.iter().position(|w| *w == lower) {
        return Some(Word::Teen(10 + i as u32));
    }
    if let Some(i) = TENS.iter().position(|w| *w == lower) {
        return Some(Word::Tens(20 + 10 * i as u32));
    }
    match lower {
        "hundred" => Some(Word::Hundred),
        "thousand" => Some(Word::Scale(1e3)),
        "million" => Some(Word::Scale(1e6)),
        "billion" => Some(Word::Scale(1e9)),
        "trillion" => Some(Word::Scale(1e12)),
        "dozen" | "dozens" | "dz" | "dzs" | "doz" | "dozs" => Some(Word::Scale(12.0)),
        "lakh" | "lakhs" => Some(Word::Scale(1e5)),
        "crore" | "crores" => Some(Word::Scale(1e7)),
        "a" => Some(Word::A),
        "and" => Some(Word::And),
        _ => None,
    }
}

/// Whether a lower-case word can be part of a spelled cardinal ("twenty",
/// "hundred", "million", "and", "a").
pub(crate) fn is_number_word(lower: &str) -> bool {
    word_kind(lower).is_some()
}

/// A cardinal number read from lower-case words.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Cardinal {
    pub value: f64,
    /// Words consumed from the start of the slice.
    pub words: usize,
    /// The factor of the scale word it ends on ("twenty billion" → 1e9), else 1.
    pub scale: f64,
}

/// Where the reader stands inside a spelled number.
#[derive(Clone, Copy, Debug, PartialEq)]
enum State {
    Start,
    A,
    Ones,
    Tens,
    TensOnes,
    Hundred,
    HundredAnd,
    HundredOnes,
    HundredTens,
    HundredTensOnes,
    Scale,
    ScaleAnd,
}

impl State {
    fn can_end(self) -> bool {
        !matches!(self, State::Start | State::A | State::HundredAnd | State::ScaleAnd)
    }
}

/// Reads the longest cardinal number at the start of `words` (lower case):
/// "twenty one", "one hundred and five", "two million five hundred thousand",
/// "a dozen", "half a million". Returns `None` when no number starts there.
pub(crate) fn parse_cardinal(words: &[&str]) -> Option<Cardinal> {
    if let [half, "a", scale, ..] = words {
        if *half == "half" {
            return match word_kind(scale)? {
                Word::Scale(s) => Some(Cardinal { value: 0.5 * s, words: 3, scale: s }),
                _ => None,
            };
        }
    }
    let (mut total, mut group, mut last_scale) = (0.0f64, 0u32, f64::INFINITY);
    let mut state = State::Start;
    let mut best = None;
    for (i, word) in words.iter().enumerate() {
        let Some(kind) = word_kind(word) else { break };
        let next = match (state, kind) {
            (State::Start, Word::A) => {
                group = 1;
                State::A
            }
            (State::Start | State::Scale | State::ScaleAnd, Word::Unit(u)) if state == State::Start || u > 0 => {
                group = u;
                State::Ones
            }
            (State::Start | State::Scale | State::ScaleAnd, Word::Teen(t)) => {
                group = t;
                State::Ones
            }
            (State::Start | State::Scale | State::ScaleAnd, Word::Tens(t)) => {
                group = t;
                State::Tens
            }
            (State::Tens, Word::Unit(u)) if u > 0 => {
                group += u;
                State::TensOnes
            }
            (State::A | State::Ones | State::TensOnes, Word::Hundred) if group > 0 => {
                group *= 100;
                State::Hundred
            }
            (State::Hundred, Word::And) => State::HundredAnd,
            (State::Hundred | State::HundredAnd, Word::Unit(u)) if u > 0 => {
                group += u;
                State::HundredOnes
            }
            (State::Hundred | State::HundredAnd, Word::Teen(t)) => {
                group += t;
                State::HundredOnes
            }
            (State::Hundred | State::HundredAnd, Word::Tens(t)) => {
                group += t;
                State::HundredTens
            }
            (State::HundredTens, Word::Unit(u)) if u > 0 => {
                group += u;
                State::HundredTensOnes
            }
            (State::Scale, Word::And) => State::ScaleAnd,
            // "three hundred and two dozen": the dozen counts the two (324).
            (State::HundredOnes | State::HundredTens | State::HundredTensOnes, Word::Scale(12.0)) => {
                group += group % 100 * 11;
                State::HundredTensOnes
            }
            // "three lakh crore": a lakh of crores, 10^12.
            (State::Scale, Word::Scale(f)) if f == 1e7 && last_scale == 1e5 => {
                total *= 1e7;
                last_scale = 1e12;
                State::Scale
            }
            (s, Word::Scale(f)) if s != State::Start && s != State::HundredAnd && s != State::ScaleAnd => {
                if group == 0 || f >= last_scale || s == State::Scale {
                    break;
                }
                total += f64::from(group) * f;
                group = 0;
                last_scale = f;
                State::Scale
            }
            _ => break,
        };
        state = next;
        if state.can_end() {
            let scale = if state == State::Scale { last_scale } else { 1.0 };
            best = Some(Cardinal { value: total + f64::from(group), words: i + 1, scale });
        }
    }
    best
}

/// Whether two consecutive words are joined as parts of one number: by a
/// hyphen ("twenty-one") or by spaces within one paragraph.
pub(crate) fn joined(gap: &str) -> bool {
    matches!(gap, "-" | "‑")
        || (!gap.is_empty() && gap.chars().all(char::is_whitespace) && gap.matches('\n').count() <= 1)
}

/// The words of `text` with their spans.
///
/// Every recognizer that reads number words splits each sentence this way,
/// so it is a plain scan rather than a regex.
pub(crate) fn words(text: &str) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len() / 5 + 1);
    let mut start = None;
    let mut i = 0;
    while i < bytes.len() {
        // ASCII read a byte at a time, without decoding.
        let (letter, len) = match bytes[i] {
            b if b.is_ascii() => (b.is_ascii_alphabetic(), 1),
            _ => {
                let c = text[i..].chars().next().unwrap_or(' ');
                (is_word_char(c), c.len_utf8())
            }
        };
        match (letter, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(Span::new(s, i));
                start = None;
            }
            _ => {}
        }
        i += len;
    }
    if let Some(s) = start {
        out.push(Span::new(s, text.len()));
    }
    out
}

/// The words at `toks` in lower case, as `str::to_lowercase` writes each,
/// laid end to end in `buf`: one allocation for a sentence, not one a word.
pub(crate) fn lower_words<'b>(text: &str, toks: &[Span], buf: &'b mut String) -> Vec<&'b str> {
    buf.clear();
    buf.reserve(text.len());
    let mut ends = Vec::with_capacity(toks.len());
    for t in toks {
        let word = t.slice(text);
        if word.is_ascii() {
            let from = buf.len();
            buf.push_str(word);
            buf[from..].make_ascii_lowercase();
        } else {
            buf.push_str(&word.to_lowercase());
        }
        ends.push(buf.len());
    }
    let buf: &'b str = buf;
    let mut start = 0;
    ends.into_iter()
        .map(|end| {
            let word = &buf[start..end];
            start = end;
            word
        })
        .collect()
}

/// A letter or a combining mark (`[\p{L}\p{M}]`).
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    // Letters, but not the letter-like numerals ("Ⅻ") `is_alphabetic` also takes.
    (c.is_alphabetic() && !c.is_numeric()) || is_combining_mark(c)
}

/// The combining-mark blocks: accents written apart from their letter.
fn is_combining_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

/// The denominator a fraction word stands for, and whether it is plural.
fn denominator(lower: &str) -> Option<(f64, bool)> {
    const NAMES: [(&str, &str, f64); 9] = [
        ("half", "halves", 2.0),
        ("third", "thirds", 3.0),
        ("quarter", "quarters", 4.0),
        ("fourth", "fourths", 4.0),
        ("fifth", "fifths", 5.0),
        ("sixth", "sixths", 6.0),
        ("seventh", "sevenths", 7.0),
        ("eighth", "eighths", 8.0),
        ("tenth", "tenths", 10.0),
    ];
    NAMES.iter().find_map(|(one, many, d)| {
        if lower == *one {
            Some((*d, false))
        } else if lower == *many {
            Some((*d, true))
        } else {
            None
        }
    })
}

static OF_AFTER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s+of\b").expect("of regex"));

/// A fraction in words: a share ("a third of" → 0.333) or, before "of a
/// million", an amount ("a quarter of a million" → 250,000).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Fraction {
    pub span: Span,
    pub value: f64,
    /// The scale of an amount ("of a million" → 1e6); `None` for a share.
    pub of_scale: Option<f64>,
}

static OF_A_SCALE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^\s+of\s+an?\s+(thousand|million|billion|trillion)\b").expect("of-a regex"));

/// A fraction in words starting at word `i`: "a third of", "two-thirds",
/// "one fifth", "half of". After "a" a singular denominator needs "of" or
/// a hyphen, since "a third" alone is usually an ordinal ("a third term").
pub(crate) fn fraction_at(text: &str, toks: &[Span], lower: &[&str], i: usize) -> Option<Fraction> {
    let followed_by_of = |k: usize| OF_AFTER.is_match(&text[toks[k].end..]);
    // "half of", and "half a mile": a share of a unit is an amount of it.
    let half_a_unit = || crate::recognize::unit::unit_after_fraction(text, toks[i].end).is_some();
    let (span, share) = if lower[i] == "half" && (followed_by_of(i) || half_a_unit()) {
        (toks[i], 0.5)
    } else {
        let numerator = match lower[i] {
            "a" | "one" => 1.0,
            w => match word_kind(w)? {
                Word::Unit(u) if u > 1 => f64::from(u),
                Word::Teen(10) => 10.0,
                _ => return None,
            },
        };
        let k = i + 1;
        let gap = &text[toks[i].end..toks.get(k)?.start];
        if !joined(gap) {
            return None;
        }
        let (d, plural) = denominator(lower[k])?;
        let hyphen = matches!(gap, "-" | "‑");
        let sure = (plural && lower[k] != "quarters") || hyphen || lower[i] == "one" || followed_by_of(k);
        if !sure {
            return None;
        }
        (Span::new(toks[i].start, toks[k].end), numerator / d)
    };
    if let Some(c) = OF_A_SCALE.captures(&text[span.end..]) {
        let scale = scale_factor(c.get(1).map_or("", |m| m.as_str()))?;
        let end = span.end + c.get(0).map_or(0, |m| m.end());
        return Some(Fraction { span: Span::new(span.start, end), value: share * scale, of_scale: Some(scale) });
    }
    Some(Fraction { span, value: share, of_scale: None })
}

/// Whether the cardinal in `lower[i..i + n]` is the front of an ordinal
/// compound ("twenty-first", "two hundredth", "one hundred and first"),
/// which the ordinal recognizer reads whole.
fn starts_ordinal(text: &str, toks: &[Span], lower: &[&str], i: usize, n: usize) -> bool {
    let mut k = i + n;
    let mut tail: Vec<&str> = lower[i..k].to_vec();
    while let Some(tok) = toks.get(k) {
        if !joined(&text[toks[k - 1].end..tok.start]) {
            return false;
        }
        if lower[k] == "and" {
            tail.push("and");
            k += 1;
            continue;
        }
        let Some(card) = crate::recognize::ordinal::ordinal_as_cardinal(lower[k]) else {
            return false;
        };
        tail.push(card);
        return parse_cardinal(&tail).is_some_and(|c| c.words == tail.len());
    }
    false
}

fn spelled_numbers(text: &str, urls: &[Span], digits: &[Scanned]) -> Vec<Scanned> {
    let toks = words(text);
    let mut buf = String::new();
    let lower = lower_words(text, &toks, &mut buf);
    let digit_spans: Vec<Span> = digits.iter().map(|d| d.number.span).collect();
    let taken = |s: Span| in_any(urls, s) || in_any(&digit_spans, s);
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        // Every reading below starts on a number word, "half" or "quarter".
        let starts = |w: &str| word_kind(w).is_some() || w == "half" || w == "quarter";
        if taken(toks[i]) || !starts(lower[i]) {
            i += 1;
            continue;
        }
        if let Some((last, value, scale)) = fraction_amount(text, &toks, &lower, i) {
            let span = Span::new(toks[i].start, toks[last].end);
            out.push(spelled(span, value, 0.05 * scale, false, scale, false));
            i = last + 1;
            continue;
        }
        if let Some(f) = fraction_at(text, &toks, &lower, i) {
            out.push(match f.of_scale {
                Some(scale) => spelled(f.span, f.value, 0.05 * scale, false, scale, false),
                None => spelled(f.span, f.value, 0.005, false, 1.0, true),
            });
            while i < toks.len() && toks[i].start < f.span.end {
                i += 1;
            }
            continue;
        }
        // The words joined to this one, as far as a number can reach.
        let mut run_end = i + 1;
        while run_end < toks.len().min(i + 12)
            && !taken(toks[run_end])
            && joined(&text[toks[run_end - 1].end..toks[run_end].start])
        {
            run_end += 1;
        }
        let run = &lower[i..run_end];
        let Some(card) = parse_cardinal(run) else {
            i += 1;
            continue;
        };
        let last = i + card.words - 1;
        let mut span = Span::new(toks[i].start, toks[last].end);
        // "minus five", "negative one": the sign word belongs to the number.
        let negative = minus_word_before(text, span.start);
        // A caller asking about the single word "one" ("one-year-old" split up) gets 1.
        let alone = text.trim() == span.slice(text);
        let lone_one = card.words == 1
            && run[0] == "one"
            && !hyphen_word_after(text, span.end)
            && !alone
            && negative.is_none()
            && !crate::recognize::quantity::currency_follows(text, span.end)
            && !crate::recognize::unit::unit_follows(text, span.end)
            && !person_counted(text, span);
        if !lone_one && !starts_ordinal(text, &toks, &lower, i, card.words) {
            let integer = card.scale == 1.0 && card.value.fract() == 0.0;
            let tolerance = if run[0] == "half" { 0.05 * card.scale } else { 0.5 * card.scale };
            let mut value = card.value;
            if let Some(at) = negative {
                span.start = at;
                value = -value;
            }
            out.push(spelled(span, value, tolerance, integer, card.scale, false));
        }
        i = last + 1;
    }
    out
}

/// An amount made of a fraction and a scale word, starting at word `i`:
/// "half million", "a quarter million", "three quarters billion", "five and
/// a half million". Returns the last word's index, the value and the scale.
/// ("half a million" is read by [`parse_cardinal`], "a quarter of a
/// million" by [`fraction_at`].)
fn fraction_amount(text: &str, toks: &[Span], lower: &[&str], i: usize) -> Option<(usize, f64, f64)> {
    let w = |k: usize| lower.get(k).copied();
    let linked = |k: usize| k > 0 && k < toks.len() && joined(&text[toks[k - 1].end..toks[k].start]);
    let scale_at = |k: usize| match word_kind(w(k)?)? {
        Word::Scale(s) if s >= 1e3 && linked(k) => Some(s),
        _ => None,
    };
    let k = if w(i) == Some("a") && linked(i + 1) { i + 1 } else { i };
    let share = match w(k)? {
        "half" => Some(0.5),
        "quarter" => Some(0.25),
        _ => None,
    };
    if let Some(share) = share {
        let scale = scale_at(k + 1)?;
        return Some((k + 1, share * scale, scale));
    }
    if k != i {
        return None;
    }
    let run: Vec<&str> = (i..toks.len().min(i + 6)).take_while(|&j| j == i || linked(j)).map(|j| lower[j]).collect();
    let card = parse_cardinal(&run).filter(|c| c.scale == 1.0 && c.value < 1000.0)?;
    let j = i + card.words;
    if w(j) == Some("and") && linked(j) && linked(j + 1) && linked(j + 2) {
        // "five and a half million"
        let part = match (w(j + 1)?, w(j + 2)?) {
            ("a" | "one", "half") => 0.5,
            ("a" | "one", "quarter") => 0.25,
            ("three", "quarters") => 0.75,
            _ => return None,
        };
        let scale = scale_at(j + 3)?;
        return Some((j + 3, (card.value + part) * scale, scale));
    }
    // "three quarters billion"
    let (d, plural) = denominator(w(j)?)?;
    if card.words != 1 || !plural || !linked(j) {
        return None;
    }
    let scale = scale_at(j + 1)?;
    Some((j + 1, card.value / d * scale, scale))
}

/// "one-day", "one-year-old": a hyphen and a word right after.
/// People a lone "one" counts: "one person was killed", "with one board
/// member dissenting". Nouns of people who are counted in news (victims,
/// members, residents), not those who speak ("one official said").
const COUNTED_PEOPLE: &str = "\
    person man woman child boy girl baby infant member passenger resident worker soldier officer player \
    student patient victim voter juror firefighter civilian pilot driver employee lawmaker senator \
    dissenter candidate suspect hostage migrant refugee tourist climber miner fan spectator athlete \
    doctor nurse teacher journalist protester bystander crew";

/// Whether a lone "one" counts people: a noun of [`COUNTED_PEOPLE`] follows,
/// next or after one modifier ("one board member"), and no determiner
/// makes it a pronoun ("no one", "the one person who").
fn person_counted(text: &str, span: Span) -> bool {
    let before = text[..span.start].trim_end();
    let prev = before.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("").to_ascii_lowercase();
    if matches!(prev.as_str(), "no" | "the" | "any" | "every" | "each" | "this" | "that" | "which" | "at" | "such") {
        return false;
    }
    let words: Vec<String> = text[span.end..]
        .split(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty())
        .take(2)
        .map(|w| w.trim_end_matches(|c: char| !c.is_alphabetic()).to_string())
        .collect();
    let person = |w: &str| COUNTED_PEOPLE.split_whitespace().any(|p| p == w);
    match words.as_slice() {
        [first, ..] if person(first) => true,
        [first, second] => {
            first.chars().all(|c| c.is_ascii_lowercase())
                && !text[span.end..].trim_start()[first.len()..].starts_with([',', '.', ';'])
                && person(second)
        }
        _ => false,
    }
}

fn hyphen_word_after(text: &str, end: usize) -> bool {
    let mut rest = text[end..].chars();
    matches!(rest.next(), Some('-' | '‑')) && rest.next().is_some_and(char::is_alphabetic)
}

fn spelled(span: Span, value: f64, tolerance: f64, integer: bool, scale: f64, fraction: bool) -> Scanned {
    Scanned { number: NumberMatch { span, value, tolerance, integer, spelled: true }, scale, fraction }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_digit_is_found_in_any_block() {
        let long = format!("{}7 and 8", "é word ".repeat(9));
        for text in ["", "no digit here", "4 a.m.", "at 12:30", long.as_str(), "ü".repeat(40).as_str()] {
            let expected = text.bytes().position(|b| b.is_ascii_digit());
            assert_eq!(find_ascii_digit(text.as_bytes()), expected, "{text:?}");
        }
    }

    /// The scan splits words as the pattern `[\p{L}\p{M}]+` does.
    #[test]
    fn words_split_as_the_pattern_did() {
        let pattern = Regex::new(r"[\p{L}\p{M}]+").unwrap();
        for text in [
            "twenty-one people, two hundred and five",
            "Zürich’s naïve café; Ⅻ ½ 3rd e\u{301}te\u{301} дваццаць 二十",
            "",
            "  12 ",
        ] {
            let expected: Vec<Span> = pattern.find_iter(text).map(|m| Span::from(m.range())).collect();
            assert_eq!(words(text), expected, "{text:?}");
        }
    }

    #[test]
    fn lower_words_lower_each_word_as_to_lowercase_does() {
        let text = "Twenty-ONE Zürich ΣΟΦΟΣ İstanbul half";
        let toks = words(text);
        let expected: Vec<String> = toks.iter().map(|t| t.slice(text).to_lowercase()).collect();
        let mut buf = String::new();
        assert_eq!(lower_words(text, &toks, &mut buf), expected);
    }

    fn one(text: &str) -> NumberMatch {
        let found = find_numbers(text);
        assert_eq!(found.len(), 1, "{text:?}: {found:?}");
        found.into_iter().next().unwrap()
    }

    fn values(text: &str) -> Vec<f64> {
        find_numbers(text).iter().map(|n| n.value).collect()
    }

    fn texts(text: &str) -> Vec<&str> {
        find_numbers(text).into_iter().map(|n| n.span.slice(text)).collect::<Vec<_>>()
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
    }

    #[test]
    fn plain_integers_and_separators() {
        let n = one("all 32 member states");
        assert_eq!((n.value, n.tolerance, n.integer, n.spelled), (32.0, 0.5, true, false));
        assert_eq!(n.span, Span::new(4, 6));
        let n = one("up to 5,000 soldiers");
        assert_eq!((n.value, n.integer), (5000.0, true));
        assert_eq!(one("12,345,678.9 units").value, 12_345_678.9);
        assert_eq!(one("500\u{a0}000 people").value, 500_000.0);
        assert_eq!(values("the 32 100-day plans"), vec![32.0, 100.0]);
    }

    #[test]
    fn decimals_set_the_tolerance() {
        let n = one("at least 0.8% of GDP");
        assert_eq!(n.value, 0.8);
        assert!(close(n.tolerance, 0.05));
        assert!(!n.integer);
        assert!(close(one("3.75").tolerance, 0.005));
    }

    #[test]
    fn a_decimal_comma_before_a_percent_or_scale() {
        let n = one("won 40,82% of the vote");
        assert!(close(n.value, 40.82) && close(n.tolerance, 0.005));
        assert!(close(one("€1,5 million").value, 1.5e6));
        // Three digits group thousands; without a percent or scale a comma lists.
        assert_eq!(values("1,234 million"), [1.234e9]);
        assert!(!values("scored 3,4 and 5").contains(&3.4));
    }

    #[test]
    fn scale_words_multiply_value_and_tolerance() {
        let n = one("more than 20 billion euros");
        assert_eq!(n.span.slice("more than 20 billion euros"), "20 billion");
        assert_eq!((n.value, n.tolerance, n.integer), (2e10, 0.5e9, false));
        let n = one("£1.2m");
        assert!(close(n.value, 1.2e6) && close(n.tolerance, 0.05e6));
        assert_eq!(one("$5bn").value, 5e9);
        assert_eq!(one("4.7 bn USD").value, 4.7e9);
        assert_eq!(one("50k").value, 5e4);
        assert_eq!(one("a $20-billion package").value, 2e10);
        assert_eq!(one("Rs 500 crore").value, 5e9);
        assert_eq!(one("1.5 Million").value, 1.5e6);
    }

    #[test]
    fn citation_markers_are_not_numbers() {
        assert_eq!(values("the current target of 6% of GDP3. Geneva"), vec![6.0]);
        assert_eq!(values("in the first quarter of 2025 alone4. Ministers"), vec![2025.0]);
        assert!(values("since he took office15 and").is_empty());
        assert!(values("progress reports”1.").is_empty());
        assert!(values("he said.”1 Then").is_empty());
        assert!(values("as noted…”311").is_empty());
        assert!(values("the end of the sentence.4 Next").is_empty());
        assert!(values("(see chart)3 and [note]2").is_empty());
    }

    #[test]
    fn codes_and_names_with_digits_are_not_numbers() {
        assert!(values("G7 leaders flew F-35 jets during COVID-19 and 5G rollouts").is_empty());
        assert!(values("Su-27 and MH17").is_empty());
    }

    #[test]
    fn glued_currency_codes_are_allowed() {
        assert_eq!(values("EUR20bn"), vec![2e10]);
        assert_eq!(values("USD4.7bn"), vec![4.7e9]);
    }

    #[test]
    fn times_urls_and_slashes_are_not_numbers() {
        assert!(values("at 5:36 AM").is_empty());
        assert!(values("at 10 pm and 7 a.m.").is_empty());
        assert!(values("see https://example.org/embed?id=2025&width=640 now").is_empty());
        assert!(values("www.news.com/world/33370655.html").is_empty());
        assert!(values("/33370655.html").is_empty());
        assert!(values("open 24/7 since 9/11").is_empty());
    }

    #[test]
    fn suffixes_that_make_digits_something_else() {
        assert!(values("the 75th anniversary, 1st and 22nd").is_empty());
        assert!(values("in the 1990s").is_empty());
        assert!(values("version 1.2.3").is_empty());
        assert_eq!(values("a 100km front"), vec![100.0]);
    }

    #[test]
    fn negative_figures() {
        assert_eq!(values("growth of −0.3% and -1.5%"), vec![-0.3, -1.5]);
        assert_eq!(values("3-4%"), vec![3.0, 4.0]);
    }

    #[test]
    fn spelled_units_tens_and_compounds() {
        let n = one("three ministers");
        assert_eq!((n.value, n.tolerance, n.integer, n.spelled), (3.0, 0.5, true, true));
        assert_eq!(one("twenty").value, 20.0);
        assert_eq!(one("twenty-one states").value, 21.0);
        assert_eq!(one("Twenty one states").value, 21.0);
        assert_eq!(one("nineteen").value, 19.0);
        assert_eq!(values("five six"), vec![5.0, 6.0]);
    }

    #[test]
    fn spelled_hundreds_thousands_and_scales() {
        assert_eq!(one("one hundred").value, 100.0);
        assert_eq!(one("a hundred and fifty people").value, 150.0);
        assert_eq!(one("three hundred and twenty-five").value, 325.0);
        let n = one("two thousand troops");
        assert_eq!((n.value, n.tolerance, n.integer), (2000.0, 500.0, false));
        let n = one("twenty billion");
        assert_eq!((n.value, n.tolerance, n.integer), (2e10, 0.5e9, false));
        assert_eq!(one("two million five hundred thousand").value, 2_500_000.0);
        assert_eq!(one("two thousand five hundred").value, 2500.0);
        assert!(one("two thousand five hundred").integer);
        assert_eq!(one("a million").value, 1e6);
        assert_eq!(one("half a million").value, 5e5);
        assert_eq!(one("a dozen").value, 12.0);
    }

    #[test]
    fn spans_of_spelled_numbers() {
        let text = "the three-year-old war lasted two days";
        assert_eq!(texts(text), vec!["three", "two"]);
        assert_eq!(texts("a hundred people"), vec!["a hundred"]);
    }

    #[test]
    fn lone_one_and_a_are_not_numbers() {
        assert!(values("one of the allies; no one knew; the one that").is_empty());
        assert!(values("a meeting and a deal").is_empty());
        assert_eq!(values("one million"), vec![1e6]);
        assert_eq!(values("a one-day visit"), vec![1.0]);
        assert_eq!(values("twenty-one"), vec![21.0]);
        assert_eq!(values(" one "), vec![1.0]);
    }

    #[test]
    fn a_lone_one_counts_people_it_names() {
        assert_eq!(values("One passenger was missing."), vec![1.0]);
        assert_eq!(values("with one council member abstaining"), vec![1.0]);
        // A pronoun, a speaker, a thing, a modifier cut off by a comma.
        assert!(values("No one person decides; the one woman who left").is_empty());
        assert!(values("one official said; one reason; one day; one of the miners").is_empty());
        assert!(values("one, resident said").is_empty());
    }

    #[test]
    fn vague_plurals_are_skipped() {
        assert!(values("dozens of hundreds of thousands, tens of thousands and millions").is_empty());
        assert!(values("several million and a few hundred").is_empty());
    }

    #[test]
    fn fractions_are_marked_and_not_integer() {
        let n = one("a third of the budget");
        assert!(close(n.value, 1.0 / 3.0) && !n.integer && n.spelled);
        assert!(close(one("a two-thirds majority").value, 2.0 / 3.0));
        assert_eq!(one("half of all members").value, 0.5);
        assert!(close(one("one fifth said so").value, 0.2));
        let n = one("a quarter of a million people");
        assert_eq!((n.value, n.integer), (250_000.0, false));
        assert!(!scan("a quarter of a million", &|_| false)[0].fraction);
        assert!(values("for a third term").is_empty());
        let scanned = scan("a quarter of them", &|_| false);
        assert!(scanned[0].fraction);
    }

    #[test]
    fn ordinal_compounds_are_left_to_the_ordinal_recognizer() {
        assert!(values("the twenty-first century").is_empty());
        assert!(values("the two hundredth day").is_empty());
        assert_eq!(values("a three-second delay"), vec![3.0]);
    }

    #[test]
    fn scale_and_spelled_parser_details() {
        let c = parse_cardinal(&["twenty", "billion", "euros"]).unwrap();
        assert_eq!((c.value, c.words, c.scale), (2e10, 2, 1e9));
        assert_eq!(parse_cardinal(&["a"]), None);
        assert_eq!(parse_cardinal(&["hundred"]), None);
        assert_eq!(parse_cardinal(&["one", "hundred", "and"]).unwrap().words, 2);
        assert_eq!(parse_cardinal(&["two", "thousand", "three", "thousand"]).unwrap().value, 2003.0);
    }

    #[test]
    fn multibyte_neighbours_never_panic() {
        let text = "€5 ş7 ’3 —4— “8” é9é ₴10 ü, 1,5 日本 2,000‑3,000 −";
        let found = find_numbers(text);
        for n in &found {
            assert!(text.is_char_boundary(n.span.start) && text.is_char_boundary(n.span.end));
        }
        for end in 0..=text.len() {
            if text.is_char_boundary(end) {
                find_numbers(&text[..end]);
            }
        }
    }

    #[test]
    fn indian_grouping_and_leading_dot_decimals() {
        assert_eq!(one("Rs 12,34,567.89").value, 1_234_567.89);
        assert_eq!(one("a .08 limit").value, 0.08);
        assert_eq!(one(".23456000").value, 0.23456);
        // A dot glued to a word or a digit is a footnote or a version.
        assert!(values("the end of the sentence.4 Next, version 1.2.3").is_empty());
    }

    #[test]
    fn more_scale_words_after_digits() {
        assert_eq!(one("322 hundred").value, 32_200.0);
        assert_eq!(one("3 dozens").value, 36.0);
        assert_eq!(one("3 dozen eggs").value, 36.0);
        assert_eq!(one("3 dzs").value, 36.0);
        assert_eq!(one("10 tln").value, 1e13);
        assert_eq!(one("Rs 3 lakh crore").value, 3e12);
        assert_eq!(one("US$ 1MM").value, 1e6);
        assert_eq!(one("2mil").value, 2e6);
        assert_eq!(values("a 5mm bolt"), vec![5.0]);
        assert_eq!(values("a 190km2 range, 24703m2 of floor"), vec![190.0, 24703.0]);
        assert!(values("24703m212 and 5m23").is_empty());
        // A spaced one-letter scale only after decimals, at the end of the phrase.
        assert_eq!(one("about 2.33 k.").value, 2330.0);
        assert_eq!(one("1,674,200.5 M").value, 1_674_200.5e6);
        assert_eq!(values("a 5 K race"), vec![5.0]);
        assert_eq!(values("2.33 k points"), vec![2.33]);
    }

    #[test]
    fn spelled_dozens_and_lakh_crore() {
        assert_eq!(one("three dozens").value, 36.0);
        assert_eq!(one("three hundred and two dozens").value, 324.0);
        assert_eq!(one("three lakh crore").value, 3e12);
        assert!(values("dozens of them").is_empty());
    }

    #[test]
    fn minus_and_negative_in_words() {
        assert_eq!(texts("The answer is minus 5"), vec!["minus 5"]);
        assert_eq!(values("The answer is minus 5"), vec![-5.0]);
        assert_eq!(values("The answer is negative one"), vec![-1.0]);
        assert_eq!(values("just need minus five percent"), vec![-5.0]);
        // A sign word elsewhere changes nothing.
        assert_eq!(values("negative reviews, 5 of them"), vec![5.0]);
    }

    #[test]
    fn digit_groups_with_scale_words_chain() {
        assert_eq!(values("4 thousand 3 hundred and 21 is a number"), vec![4321.0]);
        assert_eq!(values("3 hundred and one"), vec![301.0]);
        assert_eq!(values("4000 3 hundred and 21"), vec![4000.0, 321.0]);
        assert_eq!(values("3 hundred and 2 hundred"), vec![300.0, 200.0]);
        assert_eq!(values("4 thousand 3 hundred and 0"), vec![4300.0, 0.0]);
        // "and" joins only below a hundred: "3 billion and 2 million" are two figures.
        assert_eq!(values("3 billion and 2 million people"), vec![3e9, 2e6]);
    }

    #[test]
    fn fractions_of_a_scale_are_amounts() {
        assert_eq!(one("half million eggs").value, 5e5);
        assert_eq!(one("It costs a quarter million").value, 2.5e5);
        assert_eq!(texts("It costs a quarter million"), vec!["a quarter million"]);
        assert_eq!(one("three quarters billion").value, 7.5e8);
        assert_eq!(one("five and a half million fishes").value, 5.5e6);
        assert!(!scan("half million", &|_| false)[0].fraction);
        // Without a scale word they stay shares.
        assert!(scan("three quarters of them", &|_| false)[0].fraction);
    }

    #[test]
    fn glued_scales_join_a_range_and_dash_chains_are_codes() {
        assert_eq!(values("5k-20k"), vec![5000.0, 20_000.0]);
        assert_eq!(values("10km-20km"), vec![10.0, 20.0]);
        assert!(values("call +1-222-2222-2222 or 123-12-1234").is_empty());
        assert_eq!(values("3-4 days"), vec![3.0, 4.0]);
    }

    #[test]
    fn digit_runs_too_long_for_a_float_are_not_numbers() {
        let digits = "9".repeat(400);
        assert!(values(&digits).is_empty());
        assert!(values(&format!("{digits} trillion")).is_empty());
        assert_eq!(values(&format!("{} and 5", "9".repeat(300))).len(), 2);
    }

    #[test]
    fn results_are_sorted_and_disjoint() {
        let found = find_numbers("twenty soldiers, 5,000 tanks and 3.7 billion and two thousand");
        for pair in found.windows(2) {
            assert!(pair[0].span.end <= pair[1].span.start);
        }
        assert_eq!(found.len(), 4);
    }
}
