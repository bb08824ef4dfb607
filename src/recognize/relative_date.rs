//! Dates named from the publication date: "yesterday", "last Thursday",
//! "next week", "two days ago", "in three weeks", "the 15th of next month".
//!
//! News copy dates most events this way: a story published on the 17th
//! that says "yesterday" speaks of the 16th, and a source published a day
//! later says "on Monday" or "the day before" of the same day. Such phrases
//! can only be compared once they are days, so this module resolves them
//! against the anchor (the source's publication date) and hands them to
//! [`find_dates`](super::date::find_dates) as readings among the others,
//! marked with how they were reached ([`Relative`]): a reader can then
//! weigh a counted "two weeks ago" less than a written "4 April".
//!
//! Without an anchor nothing here is read: a relative phrase with no
//! publication date names no day.
//!
//! Conventions, those of the peer recognizer's specs:
//! - a week runs Monday to Sunday;
//! - "next Monday" is the Monday of next week, "last Monday" (or "previous
//!   Monday") the Monday of last week. News style names a day within the
//!   coming or past week by its name alone ("on Monday"), so a writer who
//!   adds "next" or "last" means the other week;
//! - "this Friday" is the first Friday from today on; "this coming"/
//!   "upcoming" Friday the first after today, "this past"/"past" Friday the
//!   last before today;
//! - counts add calendar units: "two months ago" on 17 October is 17
//!   August, "in a year" on 29 February is 28 February; a fortnight is 14
//!   days.
//!
//! A bare weekday ("on Tuesday") stays a weekday: whether it is the last or
//! the next one depends on the tense of its clause, which readers judge.
//!
//! What is not read, because the reference is not the publication date or
//! the phrase names no single day: "the last week of June", "in the last
//! month" (the past 30 days), "the first time in 20 years", "every
//! Tuesday", "USA Today", "the youth of today". "A day earlier", "the next
//! day" and "three weeks later" count from a time the story set before; they
//! are read against the publication date only when the text holds no other
//! date ([`Relative::Story`]), and left unread otherwise.

use super::date::gate::DATE_WORDS;
use super::date::{
    day_number, listed, next_token, pattern, prev_word, starts_upper, weekday_from_name, Candidate, DateMatch, Next,
    Relative, Scanner, DAY_WORDS,
};
use super::word_bits::Bits;
use crate::span::Span;
use crate::value::Value;
use chrono::{Datelike, Days, Months, NaiveDate, Weekday};
use regex::{Captures, Regex};
use std::sync::LazyLock;

/// A count of days to years, before "ago", after "in", before "from now":
/// "two weeks", "3 days", "a fortnight", "2 years 1 month and 21 days".
const AMOUNT: &str = r"(?P<amount>{N}\s+{U}(?:(?:\s*,\s*|\s+and\s+|\s+){N}\s+{U})*)";
const COUNT: &str = r"(?:[0-9]{1,3}|an?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)";
const UNIT: &str = r"(?:days?|weeks?|fortnights?|months?|years?)";
const WEEKDAY: &str = r"(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
/// Weekday abbreviations, read only next to a week phrase ("next week Mon").
const WEEKDAY_SHORT: &str =
    r"(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|weds|wed|thurs|thu|fri|sat|sun)";

/// A word before a future "in three weeks": without one, "in three weeks"
/// is as often a span ("doubled in three years") as a day to come.
static FUTURE_CUE: LazyLock<Regex> = LazyLock::new(|| {
    rx(
        r"\b(?:will|won't|shall|going\s+to|(?:wants?|plans?|planned|hopes?|aims?|intends?|expects?|expected|is|are|set)\s+to|due|scheduled)\b|['’]ll\b",
    )
});

/// The units of a count, singular, for telling a list of counts.
const UNIT_STEMS: [&str; 5] = ["day", "week", "fortnight", "month", "year"];

/// Words before a count that make it a period, not a distance from now:
/// "the last 3 months", "for 2 weeks".
const PERIOD_CUES: &str = "last past first next previous recent coming for over within during";

/// Words before "a year earlier", "the previous day" that make them the
/// base of a comparison.
const COMPARISON_CUES: &str = "from than with on over versus vs against since to compared";

/// Words before "in three years" that make it a span: "the first time in
/// 20 years", "the worst floods in 50 years", "twice in two weeks".
const SPAN_CUES: &str =
    "first time times once twice ever record most least highest lowest worst best biggest largest longest only";

struct Patterns {
    deictic: Regex,
    ago: Regex,
    ahead: Regex,
    from_now: Regex,
    weekday: Regex,
    week: Regex,
    week_then_weekday: Regex,
    weekday_of_week: Regex,
    month: Regex,
    day_of_month: Regex,
    weekday_day: Regex,
    story: Regex,
    counted_before: Regex,
    counted_since: Regex,
    amount_part: Regex,
}

static PATTERNS: LazyLock<Patterns> = LazyLock::new(|| {
    let amount = AMOUNT.replace("{N}", COUNT).replace("{U}", UNIT);
    let day = format!(r"(?:(?P<d1>[0-3]?[0-9])(?P<s1>st|nd|rd|th)?|(?P<w1>{DAY_WORDS}))");
    Patterns {
        deictic: rx(
            r"\b(?P<w>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|tonight|yesterday|tomorrow|tmrw|this\s+(?:morning|afternoon|evening)|last\s+night)\b",
        ),
        ago: rx(&format!(r"\b{amount}\s+ago\b")),
        ahead: rx(&format!(r"\bin\s+{amount}(?P<time>['’]s\s+time|\s+time)?\b")),
        from_now: rx(&format!(r"\b{amount}\s+from\s+now\b")),
        weekday: rx(&format!(
            r"\b(?P<cue>this\s+past|this\s+coming|this\s+upcoming|last|next|this|past|previous|coming|upcoming|following)\s+{WEEKDAY}\b"
        )),
        week: rx(r"\b(?P<cue>this|last|next|previous)\s+week\b"),
        week_then_weekday: rx(&format!(
            r"\b(?P<cue>this|last|next|previous)\s+week(?:\s*[-,]\s*|\s+on\s+|\s+){WEEKDAY_SHORT}\b"
        )),
        weekday_of_week: rx(&format!(
            r"\b{WEEKDAY}\s+of\s+(?P<cue>this|last|next|the\s+following|the\s+previous)\s+week\b"
        )),
        month: rx(r"\b(?P<cue>this|last|next)\s+month\b"),
        day_of_month: rx(&format!(r"\bthe\s+{day}(?:\s+day)?\s+(?:of\s+)?(?P<cue>this|last|next)\s+month\b")),
        weekday_day: rx(&format!(r"\b{WEEKDAY},?\s+(?P<the>the\s+)?{day}\b")),
        story: rx(&format!(
            r"\b(?:(?P<back>a\s+day\s+earlier|the\s+day\s+before|the\s+previous\s+day)|(?P<on>a\s+day\s+later|the\s+day\s+after|the\s+next\s+day|the\s+following\s+day)|{amount}\s+(?P<dir>later|earlier))\b"
        )),
        counted_before: rx(&format!(r"\b{amount}\s+(?P<dir>from|after|before)\s+$")),
        counted_since: rx(&format!(r"\bin\s+{amount}\s+since\s+(?:the\s+year\s+)?$")),
        amount_part: rx(&format!(r"(?P<n>{COUNT})\s+(?P<u>{UNIT})")),
    }
});

fn rx(src: &str) -> Regex {
    pattern(&format!("(?i){src}"))
}

/// Every relative reading of the text, for [`find_dates`](super::date::find_dates)
/// to choose among with the others (the longest reading wins).
const WEEKDAY_CUES: &[&str] = &["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
const UNIT_CUES: &[&str] = &["day", "week", "month", "year", "fortnight"];
const DEICTIC_CUES: &[&str] =
    &["today", "tonight", "yesterday", "tomorrow", "tmrw", "morning", "afternoon", "evening", "night"];
const ORDER_CUES: &[&str] = &["later", "earlier", "before", "after", "previous", "next", "following"];

/// Every word [`collect`] looks for before running a pattern.
pub(super) const CUE_WORDS: [&[&str]; 5] = [WEEKDAY_CUES, UNIT_CUES, DEICTIC_CUES, ORDER_CUES, &["ago", "now"]];

/// The bits of `date::gate::DATE_WORDS` of each cue.
struct Cues {
    weekday: Bits,
    units: Bits,
    week: Bits,
    month: Bits,
    deictic: Bits,
    ago: Bits,
    now: Bits,
    order: Bits,
}

static CUES: LazyLock<Cues> = LazyLock::new(|| {
    let words = &*DATE_WORDS;
    Cues {
        weekday: words.mask(WEEKDAY_CUES),
        units: words.mask(UNIT_CUES),
        week: words.mask(&["week"]),
        month: words.mask(&["month"]),
        deictic: words.mask(DEICTIC_CUES),
        ago: words.mask(&["ago"]),
        now: words.mask(&["now"]),
        order: words.mask(ORDER_CUES),
    }
});

pub(super) fn collect(scan: &Scanner<'_>, out: &mut Vec<Candidate>) {
    let Some(anchor) = scan.anchor else { return };
    let p = &*PATTERNS;
    let r = Reader { text: scan.text, anchor };
    // Most sentences hold none of the words these phrases need: a look for
    // the words spares them a dozen searches.
    let found = scan.words();
    let cues = &*CUES;
    let has = |mask: Bits| found & mask != 0;
    let weekday = has(cues.weekday);
    let units = has(cues.units);
    let week = has(cues.week);
    let month = has(cues.month);
    if has(cues.deictic) {
        scan.collect(&p.deictic, out, |c| r.deictic(c));
    }
    if units && has(cues.ago) {
        scan.collect(&p.ago, out, |c| r.counted(c, -1));
    }
    if units && has(cues.now) {
        scan.collect(&p.from_now, out, |c| r.counted(c, 1));
    }
    if units {
        scan.collect(&p.ahead, out, |c| r.ahead(c));
    }
    if weekday {
        scan.collect(&p.weekday, out, |c| r.weekday(c));
        scan.collect(&p.weekday_day, out, |c| r.weekday_day(c));
    }
    if week {
        scan.collect(&p.week, out, |c| r.week(c));
        scan.collect(&p.week_then_weekday, out, |c| r.weekday_in_week(c));
        scan.collect(&p.weekday_of_week, out, |c| r.weekday_in_week(c));
    }
    if month {
        scan.collect(&p.month, out, |c| r.month(c));
        scan.collect(&p.day_of_month, out, |c| r.day_of_month(c));
    }
    if units && has(cues.order) {
        scan.collect(&p.story, out, |c| r.story(c));
    }
}

/// Dates counted from another date of the text: "two weeks from today",
/// "3 days after January 12th", "2 weeks before May 13 1999", "3 days from
/// Tuesday", "in two years since 2011". The count takes the place of the
/// date it counts from, and of any reading inside it ("in two days from
/// today" is two days from today).
pub(super) fn counted_from(text: &str, anchor: Option<NaiveDate>, found: Vec<DateMatch>) -> Vec<DateMatch> {
    let mut out: Vec<DateMatch> = Vec::with_capacity(found.len());
    for m in found {
        match count_before(text, anchor, &m) {
            Some(counted) => {
                out.retain(|o| !o.span.overlaps(counted.span));
                out.push(counted);
            }
            None => out.push(m),
        }
    }
    with_weekdays(text, out)
}

/// "two weeks from today" before a day `m`, as one counted day.
fn count_before(text: &str, anchor: Option<NaiveDate>, m: &DateMatch) -> Option<DateMatch> {
    let before = &text[..m.span.start];
    if let Value::Year { year } = m.value {
        // "in two years since 2011": counted from the year's first day.
        let caps = PATTERNS.counted_since.captures(before)?;
        let start = NaiveDate::from_ymd_opt(year, 1, 1)?;
        return Some(DateMatch {
            span: Span::new(caps.get(0)?.start(), m.span.end),
            value: Value::Date { date: shift(start, caps.name("amount")?.as_str(), 1)? },
            stated_weekday: None,
            relative: Some(Relative::Counted),
        });
    }
    let caps = PATTERNS.counted_before.captures(before)?;
    let amount = caps.name("amount")?;
    let sign = if caps.name("dir")?.as_str().eq_ignore_ascii_case("before") { -1 } else { 1 };
    let from = match &m.value {
        Value::Date { date } if sign > 0 && m.relative.is_none() && FUTURE_CUE.is_match(&text[..amount.start()]) => {
            ahead_of(*date, text, m.span, anchor?)
        }
        Value::Date { date } => *date,
        // "3 days from Tuesday": the coming Tuesday.
        Value::Weekday { weekday } if sign > 0 => {
            let anchor = anchor?;
            first_after(anchor.pred_opt()?, weekday_from_name(weekday)?)?
        }
        _ => return None,
    };
    Some(DateMatch {
        span: Span::new(amount.start(), m.span.end),
        value: Value::Date { date: shift(from, amount.as_str(), sign)? },
        stated_weekday: None,
        relative: Some(Relative::Counted),
    })
}

/// A yearless day counted forward from in a clause about the future ("it
/// will happen 2 weeks from January 15") is the next such day, not the
/// past one the publication year gives it.
fn ahead_of(date: NaiveDate, text: &str, span: Span, anchor: NaiveDate) -> NaiveDate {
    let written = span.slice(text).as_bytes();
    let has_year = written.windows(4).any(|w| w.iter().all(u8::is_ascii_digit));
    if has_year || date >= anchor {
        return date;
    }
    date.with_year(date.year() + 1).filter(|d| *d >= anchor).unwrap_or(date)
}

/// A weekday next to a counted day names the day the round count stands
/// for: "Monday two weeks from now", "in 3 days on Friday" are the day of
/// that weekday nearest the counted one.
fn with_weekdays(text: &str, found: Vec<DateMatch>) -> Vec<DateMatch> {
    let mut out: Vec<DateMatch> = Vec::with_capacity(found.len());
    let mut i = 0;
    while i < found.len() {
        let m = &found[i];
        let counted = |c: &DateMatch| c.relative == Some(Relative::Counted) && matches!(c.value, Value::Date { .. });
        let weekday = |w: &DateMatch| match &w.value {
            Value::Weekday { weekday } => weekday_from_name(weekday),
            _ => None,
        };
        let next = found.get(i + 1);
        // "Monday two weeks from now", "Thursday, two years from now".
        let before = next.filter(|n| counted(n) && weekday(m).is_some() && gap_is(text, m.span.end, n.span.start, ","));
        // "in 3 days on Friday".
        let after = next.filter(|n| counted(m) && weekday(n).is_some() && gap_is(text, m.span.end, n.span.start, "on"));
        let pair = match (before, after) {
            (Some(n), _) => Some((n, weekday(m))),
            (None, Some(n)) => Some((m, weekday(n))),
            _ => None,
        };
        if let (Some((c, Some(day))), Some(n)) = (pair, next) {
            if let Value::Date { date } = c.value {
                if let Some(near) = nearest_weekday(date, day) {
                    out.push(DateMatch {
                        span: m.span.cover(n.span),
                        value: Value::Date { date: near },
                        stated_weekday: Some(day),
                        relative: Some(Relative::Counted),
                    });
                    i += 2;
                    continue;
                }
            }
        }
        out.push(m.clone());
        i += 1;
    }
    out
}

/// Whether the text between two readings is blank, or `word` between blanks
/// (a comma may stand alone).
fn gap_is(text: &str, from: usize, to: usize, word: &str) -> bool {
    let gap = text[from..to].trim();
    if word == "," {
        gap.is_empty() || gap == ","
    } else {
        gap.eq_ignore_ascii_case(word)
    }
}

/// The day with weekday `day` nearest `date` (the later one on a tie, which
/// cannot happen within a week).
fn nearest_weekday(date: NaiveDate, day: Weekday) -> Option<NaiveDate> {
    if date.weekday() == day {
        return Some(date);
    }
    let ahead = first_after(date, day)?;
    let back = last_before(date, day)?;
    Some(if (ahead - date) < (date - back) { ahead } else { back })
}

/// Drops the readings counted from a time the story set ("a day earlier",
/// "the next day") when the text holds another date: that date, not the
/// publication date, is what they count from.
pub(super) fn keep_story_alone(found: Vec<DateMatch>) -> Vec<DateMatch> {
    if found.iter().all(|m| m.relative == Some(Relative::Story)) {
        return found;
    }
    found.into_iter().filter(|m| m.relative != Some(Relative::Story)).collect()
}

/// `date` moved by a written amount ("2 years 1 month and 21 days"),
/// forward for a positive `sign`: years and months first, then days.
fn shift(date: NaiveDate, amount: &str, sign: i32) -> Option<NaiveDate> {
    let (mut months, mut days) = (0u32, 0u64);
    for part in PATTERNS.amount_part.captures_iter(amount) {
        let n = count_value(part.name("n")?.as_str())?;
        let unit = part.name("u")?.as_str().to_ascii_lowercase();
        match unit.trim_end_matches('s') {
            "day" => days += u64::from(n),
            "week" => days += 7 * u64::from(n),
            "fortnight" => days += 14 * u64::from(n),
            "month" => months += n,
            _ => months += 12 * n,
        }
    }
    if sign >= 0 {
        date.checked_add_months(Months::new(months))?.checked_add_days(Days::new(days))
    } else {
        date.checked_sub_months(Months::new(months))?.checked_sub_days(Days::new(days))
    }
}

/// "3", "a", "twenty-one" → the count.
fn count_value(written: &str) -> Option<u32> {
    let lower = written.to_ascii_lowercase();
    if lower == "a" || lower == "an" {
        return Some(1);
    }
    if let Ok(n) = lower.parse() {
        return Some(n);
    }
    let words: Vec<&str> = lower.split(['-', ' ', '\t', '\n']).filter(|w| !w.is_empty()).collect();
    let c = crate::recognize::number::parse_cardinal(&words)?;
    (c.words == words.len() && c.value.fract() == 0.0 && c.value < 1000.0).then_some(c.value as u32)
}

struct Reader<'t> {
    text: &'t str,
    anchor: NaiveDate,
}

impl Reader<'_> {
    /// A relative reading of a day.
    fn day(&self, span: Span, date: NaiveDate, how: Relative) -> Candidate {
        Candidate {
            span,
            found: vec![DateMatch { span, value: Value::Date { date }, stated_weekday: None, relative: Some(how) }],
        }
    }

    /// The word at `at` may be capitalized only where a sentence or clause
    /// begins, and never in capitals: "Today, the …" is a day, "USA Today",
    /// "the Today programme" and "TODAY" are names or headlines.
    fn case_ok(&self, at: usize) -> bool {
        let word: String = self.text[at..].chars().take_while(|c| c.is_alphabetic()).collect();
        if !starts_upper(&word) {
            return true;
        }
        let before = self.text[..at].trim_end_matches([' ', '\t', '\u{a0}']);
        !word.chars().skip(1).any(char::is_uppercase)
            && (before.is_empty()
                || before.ends_with(['.', '!', '?', ':', ';', '"', '“', '‘', '\'', '(', '—', '–', '-', '\n', '\r']))
    }

    /// "today", "yesterday", "tonight", "the day after tomorrow".
    fn deictic(&self, caps: &Captures<'_>) -> Option<Candidate> {
        let m = caps.name("w")?;
        if !self.case_ok(m.start()) {
            return None;
        }
        // "the youth of today", "the world of tomorrow": now, not a day.
        if prev_word(self.text, m.start()).as_deref() == Some("of") {
            return None;
        }
        let lower = m.as_str().to_lowercase();
        let offset: i64 = if lower.contains("before yesterday") {
            -2
        } else if lower.contains("after tomorrow") {
            2
        } else if lower.starts_with("yesterday") || lower.starts_with("last") {
            -1
        } else if lower.starts_with("tomorrow") || lower == "tmrw" {
            1
        } else {
            0
        };
        let date = self.anchor.checked_add_signed(chrono::Duration::days(offset))?;
        Some(self.day(Span::new(m.start(), m.end()), date, Relative::Named))
    }

    /// "two days ago" (`sign` −1), "two weeks from now" (+1).
    ///
    /// A count is read from the start of its list ("2 weeks and 2 days
    /// ago"), never from inside it. A list after "the last", "the past",
    /// "for" begins with a period of its own ("for the last 3 months and 2
    /// days ago"): only its final part counts back.
    fn counted(&self, caps: &Captures<'_>, sign: i32) -> Option<Candidate> {
        let whole = caps.get(0)?;
        let mut amount = caps.name("amount")?;
        if !self.case_ok(whole.start()) {
            return None;
        }
        let before = prev_word(self.text, whole.start());
        if before.as_deref() == Some("and") {
            let and_at = self.text[..whole.start()].trim_end().len() - 3;
            if matches!(prev_word(self.text, and_at), Some(w) if UNIT_STEMS.contains(&w.trim_end_matches('s'))) {
                return None;
            }
        }
        if self.compared(whole.start()) {
            return None;
        }
        if before.as_deref().is_some_and(|w| listed(PERIOD_CUES, w)) {
            amount = PATTERNS.amount_part.find_iter(amount.as_str()).last().map(|last| {
                let at = amount.start() + last.start();
                PATTERNS.amount_part.find_at(self.text, at)
            })??;
            if amount.start() == caps.name("amount")?.start() {
                return None;
            }
        }
        let date = shift(self.anchor, amount.as_str(), sign)?;
        Some(self.day(Span::new(amount.start(), whole.end()), date, Relative::Counted))
    }

    /// "in three weeks", "in a fortnight's time": a day to come, when the
    /// clause speaks of the future and the count is not the span of a record.
    fn ahead(&self, caps: &Captures<'_>) -> Option<Candidate> {
        let whole = caps.get(0)?;
        let amount = caps.name("amount")?;
        let before = &self.text[..whole.start()];
        let stated_time = caps.name("time").is_some();
        if !stated_time {
            if !FUTURE_CUE.is_match(before) {
                return None;
            }
            let recent: Vec<String> = before
                .split(|c: char| !c.is_alphanumeric())
                .rev()
                .filter(|w| !w.is_empty())
                .take(6)
                .map(str::to_lowercase)
                .collect();
            if recent.iter().any(|w| listed(SPAN_CUES, w) || w.len() > 4 && w.ends_with("est")) {
                return None;
            }
            if matches!(next_token(self.text, whole.end()), Next::Word { word, .. } if word == "of" || word == "than") {
                return None;
            }
        }
        let date = shift(self.anchor, amount.as_str(), 1)?;
        Some(self.day(Span::new(whole.start(), amount.end()), date, Relative::Counted))
    }

    /// "A day earlier", "the next day", "three weeks later": counted from a
    /// time the story set, read against the publication date for want of
    /// another (see [`keep_story_alone`]).
    fn story(&self, caps: &Captures<'_>) -> Option<Candidate> {
        let whole = caps.get(0)?;
        let span = Span::new(whole.start(), whole.end());
        let follows = next_token(self.text, span.end);
        // "the day after the vote", "three years later than planned":
        // counted from something else than a day.
        let named = caps.name("back").or(caps.name("on")).map(|m| m.as_str().to_lowercase());
        let open_ended = named.is_some_and(|w| w.ends_with("before") || w.ends_with("after"))
            && !matches!(follows, Next::End | Next::Punct(_));
        if open_ended || matches!(&follows, Next::Word { word, .. } if word == "than") {
            return None;
        }
        if self.compared(span.start) {
            return None;
        }
        let date = if caps.name("back").is_some() {
            self.anchor.pred_opt()
        } else if caps.name("on").is_some() {
            self.anchor.succ_opt()
        } else {
            let earlier = caps.name("dir").is_some_and(|d| d.as_str().eq_ignore_ascii_case("earlier"));
            shift(self.anchor, caps.name("amount")?.as_str(), if earlier { -1 } else { 1 })
        }?;
        Some(self.day(span, date, Relative::Story))
    }

    /// Whether a count starting at `start` is the base of a comparison, not
    /// a day: "up from $940 million a year earlier", "down 3% on the
    /// previous day", "higher than a year ago" (a comparison word, or a
    /// figure close before it in its clause).
    fn compared(&self, start: usize) -> bool {
        let clause = self.text[..start].rsplit([',', ';', ':', '.', '(', '—']).next().unwrap_or("");
        prev_word(self.text, start).is_some_and(|w| listed(COMPARISON_CUES, &w))
            || clause.chars().rev().take(30).any(|c| c.is_ascii_digit())
    }

    /// "last Thursday", "next Monday", "this past Wednesday".
    fn weekday(&self, caps: &Captures<'_>) -> Option<Candidate> {
        let whole = caps.get(0)?;
        let cue = caps.name("cue")?;
        if !self.case_ok(cue.start()) || !self.free_standing(whole.start(), whole.end()) {
            return None;
        }
        let cue = cue.as_str().to_lowercase();
        let cue: Vec<&str> = cue.split_whitespace().collect();
        let day = weekday_from_name(caps.name("wd")?.as_str())?;
        let date = match cue.as_slice() {
            ["this", "past"] | ["past"] => last_before(self.anchor, day),
            ["this", "coming" | "upcoming"] | ["coming" | "upcoming"] => first_after(self.anchor, day),
            ["this"] => self.anchor.checked_sub_days(Days::new(1)).and_then(|d| first_after(d, day)),
            ["last" | "previous"] => in_week(self.anchor, -1, day),
            _ => in_week(self.anchor, 1, day),
        }?;
        Some(self.day(Span::new(whole.start(), whole.end()), date, Relative::Named))
    }

    /// Not "the last Friday", "every next Monday", "the last week of June",
    /// "last Sunday in May": an ordinal of a series, not a day from now.
    fn free_standing(&self, start: usize, end: usize) -> bool {
        let before = prev_word(self.text, start);
        if before.as_deref().is_some_and(|w| matches!(w, "the" | "every" | "each" | "a" | "its" | "their")) {
            return false;
        }
        !matches!(next_token(self.text, end), Next::Word { word, .. } if word == "of" || word == "in")
    }

    /// "this week", "last week": Monday to Sunday.
    fn week(&self, caps: &Captures<'_>) -> Option<Candidate> {
        let whole = caps.get(0)?;
        let cue = caps.name("cue")?;
        if !self.case_ok(cue.start())
            || !whole.as_str().ends_with("week")
            || !self.free_standing(whole.start(), whole.end())
        {
            return None;
        }
        let start = in_week(self.anchor, week_offset(cue.as_str())?, Weekday::Mon)?;
        let end = start.checked_add_days(Days::new(6))?;
        let span = Span::new(whole.start(), whole.end());
        Some(Candidate {
            span,
            found: vec![DateMatch {
                span,
                value: Value::DateRange { start, end },
                stated_weekday: None,
                relative: Some(Relative::Named),
            }],
        })
    }

    /// "next week on Tuesday", "this week Monday", "Tuesday of next week".
    fn weekday_in_week(&self, caps: &Captures<'_>) -> Option<Candidate> {
        let whole = caps.get(0)?;
        let cue = caps.name("cue")?;
        let week_lower = self.text[cue.end()..].trim_start().starts_with("week");
        if !self.case_ok(whole.start()) || !week_lower || prev_word(self.text, whole.start()).as_deref() == Some("the")
        {
            return None;
        }
        // "Sat", "Wed" only capitalized: "the panel last week sat for hours".
        let wd = caps.name("wd")?.as_str();
        if !wd.to_lowercase().ends_with("day") && !starts_upper(wd) {
            return None;
        }
        let day = weekday_from_name(wd)?;
        let cue = cue.as_str().to_lowercase();
        let offset = match cue.split_whitespace().last()? {
            "following" | "next" => 1,
            "previous" | "last" => -1,
            _ => 0,
        };
        let date = in_week(self.anchor, offset, day)?;
        // "Tuesday of the following week" counts from the story's week.
        let how = if cue.starts_with("the") { Relative::Story } else { Relative::Named };
        Some(self.day(Span::new(whole.start(), whole.end()), date, how))
    }

    /// "last month", "next month": the month, with its year.
    fn month(&self, caps: &Captures<'_>) -> Option<Candidate> {
        let whole = caps.get(0)?;
        let cue = caps.name("cue")?;
        if !self.case_ok(cue.start())
            || !whole.as_str().ends_with("month")
            || !self.free_standing(whole.start(), whole.end())
        {
            return None;
        }
        let first = self.month_start(cue.as_str())?;
        let span = Span::new(whole.start(), whole.end());
        let value = Value::Month { year: Some(first.year()), month: first.month() };
        Some(Candidate {
            span,
            found: vec![DateMatch { span, value, stated_weekday: None, relative: Some(Relative::Named) }],
        })
    }

    /// The first day of this, last or next month.
    fn month_start(&self, cue: &str) -> Option<NaiveDate> {
        let first = self.anchor.with_day(1)?;
        match cue.to_ascii_lowercase().as_str() {
            "last" => first.checked_sub_months(Months::new(1)),
            "next" => first.checked_add_months(Months::new(1)),
            _ => Some(first),
        }
    }

    /// "the 15th day of next month", "the 21st this month".
    fn day_of_month(&self, caps: &Captures<'_>) -> Option<Candidate> {
        let whole = caps.get(0)?;
        let day = day_number(caps, ["d1", "d1"], "w1")?;
        let date = self.month_start(caps.name("cue")?.as_str())?.with_day(day)?;
        Some(self.day(Span::new(whole.start(), whole.end()), date, Relative::Named))
    }

    /// "Monday 21", "Tuesday the eleventh": the day of the month nearest the
    /// publication date that falls on that weekday. The weekday settles the
    /// month, so this is no more relative than a yearless "4 April".
    fn weekday_day(&self, caps: &Captures<'_>) -> Option<Candidate> {
        let whole = caps.get(0)?;
        let wd = caps.name("wd")?;
        let capital = starts_upper(wd.as_str());
        let ordinal = caps.name("s1").is_some() || caps.name("w1").is_some();
        // A bare figure must end the phrase: "on Monday 21 people died" is a count.
        let ends = matches!(next_token(self.text, whole.end()), Next::End | Next::Punct(_));
        let the = caps.name("the").is_some();
        let shape_ok = (ends || ordinal && the) && (capital || ordinal) && (the || caps.name("w1").is_none());
        if !shape_ok {
            return None;
        }
        let day = weekday_from_name(wd.as_str())?;
        let dom = day_number(caps, ["d1", "d1"], "w1")?;
        let date = nearest_with(self.anchor, dom, day)?;
        let span = Span::new(whole.start(), whole.end());
        Some(Candidate {
            span,
            found: vec![DateMatch { span, value: Value::Date { date }, stated_weekday: Some(day), relative: None }],
        })
    }
}

/// −1, 0, 1 for "last"/"previous", "this", "next".
fn week_offset(cue: &str) -> Option<i64> {
    match cue.to_ascii_lowercase().as_str() {
        "last" | "previous" => Some(-1),
        "this" => Some(0),
        "next" => Some(1),
        _ => None,
    }
}

/// `day` in the Monday-to-Sunday week `offset` weeks from the anchor's.
fn in_week(anchor: NaiveDate, offset: i64, day: Weekday) -> Option<NaiveDate> {
    let monday = anchor.checked_sub_days(Days::new(u64::from(anchor.weekday().num_days_from_monday())))?;
    let days = offset * 7 + i64::from(day.num_days_from_monday());
    monday.checked_add_signed(chrono::Duration::days(days))
}

/// The first `day` after `date`.
fn first_after(date: NaiveDate, day: Weekday) -> Option<NaiveDate> {
    let ahead = (7 + day.num_days_from_monday() - date.weekday().num_days_from_monday()) % 7;
    date.checked_add_days(Days::new(u64::from(if ahead == 0 { 7 } else { ahead })))
}

/// The last `day` before `date`.
fn last_before(date: NaiveDate, day: Weekday) -> Option<NaiveDate> {
    let back = (7 + date.weekday().num_days_from_monday() - day.num_days_from_monday()) % 7;
    date.checked_sub_days(Days::new(u64::from(if back == 0 { 7 } else { back })))
}

/// The date nearest `anchor`, within two months, whose day of the month is
/// `dom` and whose weekday is `day`.
fn nearest_with(anchor: NaiveDate, dom: u32, day: Weekday) -> Option<NaiveDate> {
    let first = anchor.with_day(1)?;
    (0..=4)
        .filter_map(|i| first.checked_sub_months(Months::new(2))?.checked_add_months(Months::new(i)))
        .filter_map(|m| m.with_day(dom))
        .filter(|d| d.weekday() == day && (*d - anchor).num_days().abs() <= 45)
        .min_by_key(|d| ((*d - anchor).num_days().abs(), *d))
}

#[cfg(test)]
mod tests {
    use super::super::date::find_dates;
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    /// Friday 17 October 2025.
    fn friday() -> Option<NaiveDate> {
        Some(d(2025, 10, 17))
    }

    /// (written text, value, how) of every relative match.
    fn read(text: &str, anchor: Option<NaiveDate>) -> Vec<(&str, Value, Option<Relative>)> {
        find_dates(text, anchor).into_iter().map(|m| (m.span.slice(text), m.value, m.relative)).collect()
    }

    fn day(text: &str, anchor: Option<NaiveDate>) -> Option<(String, NaiveDate)> {
        let all = find_dates(text, anchor);
        match all.as_slice() {
            [m] => match m.value {
                Value::Date { date } => Some((m.span.slice(text).to_string(), date)),
                _ => None,
            },
            _ => None,
        }
    }

    fn date(y: i32, m: u32, dd: u32) -> Value {
        Value::Date { date: d(y, m, dd) }
    }

    #[test]
    fn today_yesterday_tomorrow() {
        let named = Some(Relative::Named);
        assert_eq!(
            read("The ferry sank yesterday off the coast.", friday()),
            vec![("yesterday", date(2025, 10, 16), named)]
        );
        assert_eq!(read("Polls open tomorrow at 7am", friday()), vec![("tomorrow", date(2025, 10, 18), named)]);
        assert_eq!(read("Today, the court ruled", friday()), vec![("Today", date(2025, 10, 17), named)]);
        assert_eq!(read("the band plays tonight in Leeds", friday()), vec![("tonight", date(2025, 10, 17), named)]);
        assert_eq!(
            day("a vote the day after tomorrow", friday()),
            Some(("the day after tomorrow".into(), d(2025, 10, 19)))
        );
        assert_eq!(day("shelling last night hit the port", friday()), Some(("last night".into(), d(2025, 10, 16))));
        assert_eq!(day("yesterday's storm", friday()), Some(("yesterday".into(), d(2025, 10, 16))));
    }

    #[test]
    fn names_and_eras_are_not_days() {
        for text in [
            "she told USA Today on Monday",
            "in an interview with Sports Today",
            "the Today programme asked",
            "the youth of today want jobs",
            "THE WORLD TOMORROW",
        ] {
            assert!(read(text, friday()).iter().all(|(.., r)| r.is_none()), "{text}");
        }
    }

    #[test]
    fn nothing_without_a_publication_date() {
        assert_eq!(read("the ferry sank yesterday", None), vec![]);
        assert_eq!(read("two days ago", None), vec![]);
        // The weekday of "last Thursday" is still a weekday.
        assert_eq!(
            read("met last Thursday", None),
            vec![("Thursday", Value::Weekday { weekday: "Thursday".into() }, None)]
        );
    }

    #[test]
    fn counted_back_and_ahead() {
        assert_eq!(day("The rover landed two days ago.", friday()), Some(("two days ago".into(), d(2025, 10, 15))));
        assert_eq!(day("a plant shut 3 weeks ago", friday()), Some(("3 weeks ago".into(), d(2025, 9, 26))));
        assert_eq!(day("the strike began two months ago", friday()), Some(("two months ago".into(), d(2025, 8, 17))));
        assert_eq!(day("built a year ago", friday()), Some(("a year ago".into(), d(2024, 10, 17))));
        assert_eq!(
            day("talks collapsed 2 weeks and 2 days ago", friday()),
            Some(("2 weeks and 2 days ago".into(), d(2025, 10, 1)))
        );
        assert_eq!(
            day("the museum reopens two weeks from now", friday()),
            Some(("two weeks from now".into(), d(2025, 10, 31)))
        );
        assert_eq!(read("two days ago", friday())[0].2, Some(Relative::Counted));
        // The base of a comparison is no day.
        assert_eq!(read("Exports rose 4% from a year ago", friday()), vec![]);
        assert_eq!(read("sales of 1.2 million units a year ago", friday()), vec![]);
        // Months keep the day, or the month's last day.
        assert_eq!(day("a month ago", Some(d(2025, 3, 31))), Some(("a month ago".into(), d(2025, 2, 28))));
        // Vague counts name no day.
        assert_eq!(read("a few days ago", friday()), vec![]);
        assert_eq!(read("several weeks ago", friday()), vec![]);
    }

    #[test]
    fn in_three_weeks_only_when_the_clause_looks_ahead() {
        assert_eq!(
            day("The bridge will reopen in three weeks.", friday()),
            Some(("in three weeks".into(), d(2025, 11, 7)))
        );
        assert_eq!(day("the verdict is due in 12 days", friday()), Some(("in 12 days".into(), d(2025, 10, 29))));
        assert_eq!(day("back in a fortnight’s time", friday()), Some(("in a fortnight".into(), d(2025, 10, 31))));
        for text in [
            "the worst floods in 50 years",
            "It will be the first time in 20 years that the team plays here.",
            "Sales doubled in three years.",
            "The league will hold two rounds in two weeks of play.",
            "it will be the highest turnout in 30 years",
        ] {
            assert!(read(text, friday()).iter().all(|(.., r)| r.is_none()), "{text}");
        }
    }

    #[test]
    fn last_and_next_weekday_follow_the_week() {
        // Friday 17 October: this week runs 13-19, next week 20-26.
        assert_eq!(day("lands next Monday", friday()), Some(("next Monday".into(), d(2025, 10, 20))));
        assert_eq!(day("lands next Saturday", friday()), Some(("next Saturday".into(), d(2025, 10, 25))));
        assert_eq!(day("was arrested last Thursday", friday()), Some(("last Thursday".into(), d(2025, 10, 9))));
        assert_eq!(day("the previous Wednesday", friday()), None);
        assert_eq!(day("on previous Wednesday", friday()), Some(("previous Wednesday".into(), d(2025, 10, 8))));
        assert_eq!(day("this past Thursday", friday()), Some(("this past Thursday".into(), d(2025, 10, 16))));
        assert_eq!(day("this coming Friday", friday()), Some(("this coming Friday".into(), d(2025, 10, 24))));
        assert_eq!(day("this Friday", friday()), Some(("this Friday".into(), d(2025, 10, 17))));
        assert_eq!(day("this Tuesday", friday()), Some(("this Tuesday".into(), d(2025, 10, 21))));
    }

    #[test]
    fn series_of_weekdays_are_not_days() {
        for text in [
            "on the last Friday of each month",
            "every last Sunday",
            "the last Sunday in May",
            "next Monday of the month",
        ] {
            assert!(read(text, friday()).iter().all(|(.., r)| r.is_none()), "{text}");
        }
    }

    #[test]
    fn weeks_and_months() {
        let range = |a: NaiveDate, b: NaiveDate| Value::DateRange { start: a, end: b };
        assert_eq!(read("prices fell this week", friday())[0].1, range(d(2025, 10, 13), d(2025, 10, 19)));
        assert_eq!(read("talks last week stalled", friday())[0].1, range(d(2025, 10, 6), d(2025, 10, 12)));
        assert_eq!(read("a vote next week", friday())[0].1, range(d(2025, 10, 20), d(2025, 10, 26)));
        assert_eq!(read("inflation last month rose", friday())[0].1, Value::Month { year: Some(2025), month: 9 });
        assert_eq!(read("next month's budget", Some(d(2025, 12, 3)))[0].1, Value::Month { year: Some(2026), month: 1 });
        for text in
            ["in the last week of June", "over the last month", "the next week will tell", "This Week with the host"]
        {
            assert!(read(text, friday()).iter().all(|(.., r)| r.is_none()), "{text}");
        }
    }

    #[test]
    fn weekdays_of_named_weeks() {
        assert_eq!(
            day("set for next week on Tuesday", friday()),
            Some(("next week on Tuesday".into(), d(2025, 10, 21)))
        );
        assert_eq!(day("due next week Wed", friday()), Some(("next week Wed".into(), d(2025, 10, 22))));
        assert!(read("the panel last week sat for hours", friday())
            .iter()
            .all(|(_, v, _)| !matches!(v, Value::Date { .. })));
        assert_eq!(day("met on tuesday of last week", friday()), Some(("tuesday of last week".into(), d(2025, 10, 7))));
    }

    #[test]
    fn days_of_named_months() {
        assert_eq!(
            day("due on the 15th of next month", friday()),
            Some(("the 15th of next month".into(), d(2025, 11, 15)))
        );
        assert_eq!(day("around the 21st this month", friday()), Some(("the 21st this month".into(), d(2025, 10, 21))));
    }

    #[test]
    fn weekday_with_a_day_of_the_month() {
        assert_eq!(day("the hearing on Monday 20.", friday()), Some(("Monday 20".into(), d(2025, 10, 20))));
        assert_eq!(day("coffee on Tuesday the 14th", friday()), Some(("Tuesday the 14th".into(), d(2025, 10, 14))));
        assert_eq!(
            day("on wednesday the twenty second", friday()),
            Some(("wednesday the twenty second".into(), d(2025, 10, 22)))
        );
        // A count after a weekday, and a weekday that fits no nearby day.
        assert!(read("On Monday 21 people were hurt", friday())
            .iter()
            .all(|(_, v, _)| !matches!(v, Value::Date { .. })));
        assert_eq!(day("on Monday 21.", friday()), None);
    }

    #[test]
    fn counted_from_another_day() {
        let counted =
            |text: &str, anchor| read(text, anchor).into_iter().map(|(s, v, _)| (s.to_string(), v)).collect::<Vec<_>>();
        assert_eq!(
            counted("two weeks from today", friday()),
            vec![("two weeks from today".into(), date(2025, 10, 31))]
        );
        assert_eq!(
            counted("three days before yesterday", friday()),
            vec![("three days before yesterday".into(), date(2025, 10, 13))]
        );
        assert_eq!(
            counted("ratified 2 weeks before May 13 1999", None),
            vec![("2 weeks before May 13 1999".into(), date(1999, 4, 29))]
        );
        assert_eq!(
            counted("two months after next Friday", friday()),
            vec![("two months after next Friday".into(), date(2025, 12, 24))]
        );
        // A year is not a day to count from.
        assert_eq!(counted("ten years after 1990", None), vec![("1990".into(), Value::Year { year: 1990 })]);
    }

    #[test]
    fn counted_ahead_from_yearless_days_weekdays_and_years() {
        let counted =
            |text: &str, anchor| read(text, anchor).into_iter().map(|(s, v, _)| (s.to_string(), v)).collect::<Vec<_>>();
        // A clause about the future counts from the next March 3, a past one from the last.
        assert_eq!(
            counted("The review will close 10 days after March 3.", friday()),
            vec![("10 days after March 3".into(), date(2026, 3, 13))]
        );
        assert_eq!(
            counted("The review closed 10 days after March 3.", friday()),
            vec![("10 days after March 3".into(), date(2025, 3, 13))]
        );
        // A written year is never moved.
        assert_eq!(
            counted("It will close 10 days after March 3, 2025.", friday()),
            vec![("10 days after March 3, 2025".into(), date(2025, 3, 13))]
        );
        // The coming Monday, two days on.
        assert_eq!(
            counted("The ferry leaves 2 days from Monday.", friday()),
            vec![("2 days from Monday".into(), date(2025, 10, 22))]
        );
        assert_eq!(
            counted("It opened in three months since the year 2004.", None),
            vec![("in three months since the year 2004".into(), date(2004, 4, 1))]
        );
    }

    #[test]
    fn lists_of_counts_are_read_from_their_start() {
        assert_eq!(
            day("the talks and 2 weeks and 2 days ago a deal", friday()),
            Some(("2 weeks and 2 days ago".into(), d(2025, 10, 1)))
        );
        // After "the last", the list begins with a period of its own.
        assert_eq!(
            day("for the last 3 months and 2 days ago they", friday()),
            Some(("2 days ago".into(), d(2025, 10, 15)))
        );
        assert_eq!(day("in two days from today", friday()), Some(("two days from today".into(), d(2025, 10, 19))));
    }

    #[test]
    fn a_weekday_next_to_a_count_pins_the_day() {
        // Two weeks from Friday 17 October is Friday 31; the Monday nearest is 3 November.
        let all = find_dates("back Monday two weeks from now.", friday());
        assert_eq!(all.len(), 1);
        assert_eq!(all[0].span.slice("back Monday two weeks from now."), "Monday two weeks from now");
        assert_eq!((all[0].value.clone(), all[0].stated_weekday), (date(2025, 11, 3), Some(Weekday::Mon)));
        assert_eq!(
            day("I'll be back in 3 days on Sunday", friday()),
            Some(("in 3 days on Sunday".into(), d(2025, 10, 19)))
        );
    }

    #[test]
    fn story_relative_only_alone() {
        let story = Some(Relative::Story);
        assert_eq!(
            read("A day earlier, the rebels withdrew.", friday()),
            vec![("A day earlier", date(2025, 10, 16), story)]
        );
        assert_eq!(read("The results came the next day", friday()), vec![("the next day", date(2025, 10, 18), story)]);
        assert_eq!(
            read("Three weeks later the dam failed", friday()),
            vec![("Three weeks later", date(2025, 11, 7), story)]
        );
        // Another day in the text is the reference.
        assert!(read("The quake struck on 3 October; a day later aid arrived.", friday())
            .iter()
            .all(|(.., r)| *r != story));
        // Counted from an event, not a day; the base of a comparison.
        assert_eq!(read("the day after the vote", friday()), vec![]);
        assert_eq!(read("Profit rose to 5.6 billion from 4.9 billion a year earlier.", friday()), vec![]);
        assert_eq!(read("Shares were flat compared with the previous day", friday()), vec![]);
        assert_eq!(read("three years later than planned", friday()), vec![]);
    }

    #[test]
    fn a_stated_weekday_never_moves_the_year() {
        // "Monday, March 11": March 11 of the anchor's year, whatever weekday that is.
        let all = find_dates("on Monday, March 11", friday());
        assert_eq!(all.len(), 1);
        assert_eq!(all[0].value, date(2025, 3, 11));
        assert_eq!(all[0].stated_weekday, Some(Weekday::Mon));
        assert_eq!(all[0].relative, None);
    }

    #[test]
    fn weeks_run_monday_to_sunday() {
        let sunday = d(2025, 10, 19);
        assert_eq!(in_week(sunday, 0, Weekday::Mon), Some(d(2025, 10, 13)));
        assert_eq!(in_week(sunday, 1, Weekday::Mon), Some(d(2025, 10, 20)));
        assert_eq!(first_after(sunday, Weekday::Sun), Some(d(2025, 10, 26)));
        assert_eq!(last_before(sunday, Weekday::Sun), Some(d(2025, 10, 12)));
    }

    #[test]
    fn extreme_anchors_do_not_panic() {
        for anchor in [NaiveDate::MAX, NaiveDate::MIN] {
            for text in [
                "yesterday",
                "in 3 years",
                "next Monday",
                "next month",
                "the 31st of next month",
                "Monday 31",
                "999 years ago",
            ] {
                let _ = find_dates(text, Some(anchor));
            }
        }
    }
}
