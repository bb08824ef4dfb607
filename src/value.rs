//! Typed, normalized values with interval semantics.
//!
//! Two claims rarely agree letter for letter: "north of 3%" and "at least
//! 3.7%" agree, "20 billion" and "more than 20 billion" may. Every value is
//! therefore a set (an interval of numbers, a span of days) and two values
//! are *compatible* when their sets can both be true.

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

/// A numeric interval; `None` ends are unbounded.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Interval {
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub min_inclusive: bool,
    pub max_inclusive: bool,
}

impl Interval {
    /// Exactly `x` (a count written in full, "32 member states").
    pub fn exact(x: f64) -> Self {
        Interval { min: Some(x), max: Some(x), min_inclusive: true, max_inclusive: true }
    }

    /// `[lo, hi]`.
    pub fn closed(lo: f64, hi: f64) -> Self {
        Interval { min: Some(lo), max: Some(hi), min_inclusive: true, max_inclusive: true }
    }

    /// `x ± tolerance`, the reading of a rounded figure ("4.2%" is [4.15, 4.25)).
    /// Half-open like rounding itself, so "2%" and "3%" do not meet at 2.5.
    pub fn around(x: f64, tolerance: f64) -> Self {
        Interval { min: Some(x - tolerance), max: Some(x + tolerance), min_inclusive: true, max_inclusive: false }
    }

    /// `(x, ∞)`: "more than", "over", "north of".
    pub fn above(x: f64) -> Self {
        Interval { min: Some(x), max: None, min_inclusive: false, max_inclusive: false }
    }

    /// `[x, ∞)`: "at least", "no less than".
    pub fn at_least(x: f64) -> Self {
        Interval { min: Some(x), max: None, min_inclusive: true, max_inclusive: false }
    }

    /// `(−∞, x)`: "less than", "under".
    pub fn below(x: f64) -> Self {
        Interval { min: None, max: Some(x), min_inclusive: false, max_inclusive: false }
    }

    /// `(−∞, x]`: "up to", "at most".
    pub fn at_most(x: f64) -> Self {
        Interval { min: None, max: Some(x), min_inclusive: false, max_inclusive: true }
    }

    /// Multiplies both ends (a scale word applied after parsing, or a conversion).
    pub fn scaled(self, factor: f64) -> Self {
        let (min, max) = (self.min.map(|v| v * factor), self.max.map(|v| v * factor));
        if factor >= 0.0 {
            Interval { min, max, ..self }
        } else {
            Interval { min: max, max: min, min_inclusive: self.max_inclusive, max_inclusive: self.min_inclusive }
        }
    }

    /// Both ends moved out by `relative` of their size, so that values
    /// converted between units still meet where they are equal.
    pub fn widened(self, relative: f64) -> Self {
        let out = |x: f64| x.abs() * relative;
        Interval { min: self.min.map(|x| x - out(x)), max: self.max.map(|x| x + out(x)), ..self }
    }

    /// True when some number lies in both intervals.
    pub fn overlaps(&self, other: &Interval) -> bool {
        // The larger of the two lower ends must not exceed the smaller upper end.
        let (lo, lo_inc) = max_lower(self, other);
        let (hi, hi_inc) = min_upper(self, other);
        match (lo, hi) {
            (Some(lo), Some(hi)) => lo < hi || (lo == hi && lo_inc && hi_inc),
            _ => true,
        }
    }

    pub fn contains(&self, x: f64) -> bool {
        let lo_ok = match self.min {
            None => true,
            Some(m) => x > m || (self.min_inclusive && x == m),
        };
        let hi_ok = match self.max {
            None => true,
            Some(m) => x < m || (self.max_inclusive && x == m),
        };
        lo_ok && hi_ok
    }
}

fn max_lower(a: &Interval, b: &Interval) -> (Option<f64>, bool) {
    match (a.min, b.min) {
        (None, None) => (None, true),
        (Some(x), None) => (Some(x), a.min_inclusive),
        (None, Some(y)) => (Some(y), b.min_inclusive),
        (Some(x), Some(y)) if x > y => (Some(x), a.min_inclusive),
        (Some(x), Some(y)) if y > x => (Some(y), b.min_inclusive),
        (Some(x), Some(_)) => (Some(x), a.min_inclusive && b.min_inclusive),
    }
}

fn min_upper(a: &Interval, b: &Interval) -> (Option<f64>, bool) {
    match (a.max, b.max) {
        (None, None) => (None, true),
        (Some(x), None) => (Some(x), a.max_inclusive),
        (None, Some(y)) => (Some(y), b.max_inclusive),
        (Some(x), Some(y)) if x < y => (Some(x), a.max_inclusive),
        (Some(x), Some(y)) if y < x => (Some(y), b.max_inclusive),
        (Some(x), Some(_)) => (Some(x), a.max_inclusive && b.max_inclusive),
    }
}

/// A person's office as written, reduced to a canonical office of the lexicon.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Title {
    /// The lexicon's canonical name, lower case ("secretary of state").
    pub canonical: String,
    /// The words as they stand in the source ("US Secretary of State").
    pub as_written: String,
    /// Modifiers that change what the title says about now: "former",
    /// "outgoing", "then-", "incoming".
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub modifiers: Vec<String>,
}

impl Title {
    /// A "former" or "then-" title speaks of the past, not of the event's date.
    pub fn is_current(&self) -> bool {
        !self
            .modifiers
            .iter()
            .any(|m| matches!(m.as_str(), "former" | "then" | "ex" | "late" | "incoming" | "designate" | "elect"))
    }
}

/// A normalized value, tagged by `type` in JSON.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Value {
    Date {
        date: NaiveDate,
    },
    /// Inclusive on both ends: "3–4 April 2025" is 3 April to 4 April.
    DateRange {
        start: NaiveDate,
        end: NaiveDate,
    },
    Month {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        year: Option<i32>,
        month: u32,
    },
    Year {
        year: i32,
    },
    Quarter {
        year: i32,
        quarter: u32,
    },
    Weekday {
        weekday: String,
    },
    Percent {
        #[serde(flatten)]
        interval: Interval,
    },
    Money {
        /// ISO 4217 code, or "XXX" when only "$" without a country is known.
        currency: String,
        #[serde(flatten)]
        interval: Interval,
    },
    Count {
        unit: String,
        #[serde(flatten)]
        interval: Interval,
    },
    /// A bare number, seen by the value recognizers but not a claim by itself.
    Number {
        #[serde(flatten)]
        interval: Interval,
    },
    Ordinal {
        value: u32,
    },
    /// An elapsed time in `unit`s: "three-year-old" and "in its fourth year"
    /// are both `[3, 4)` years.
    Duration {
        unit: String,
        #[serde(flatten)]
        interval: Interval,
    },
    Title(Title),
    /// A measured amount with a unit of measure: "150 mm", "2.1 metres",
    /// "40 W", "1,200 hectares", "magnitude 6.8". `unit` is the canonical
    /// symbol of the units lexicon (`knowledge/units.toml`); the interval is
    /// in that unit, so the value reads as written.
    Quantity {
        unit: String,
        /// What the unit measures ("length", "area", "temperature"): only
        /// quantities of one dimension are compared, after conversion.
        dimension: String,
        #[serde(flatten)]
        interval: Interval,
    },
    /// A time of day: "9:05 a.m. local time", "0705 GMT", "11 a.m. Tokyo time".
    Time {
        hour: u32,
        minute: u32,
        /// The zone as written and normalized ("UTC", "local", "Asia/Tokyo").
        #[serde(default, skip_serializing_if = "Option::is_none")]
        zone: Option<String>,
        /// Minutes east of UTC, when the zone says it.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        utc_offset: Option<i32>,
    },
    /// A result or a split: "7-6 (8-6), 3-6, 6-2, 6-1", "won 3-1", "voted 7-2",
    /// "218 to 190". Sets are written from the first side's point of view.
    Score {
        sets: Vec<SetScore>,
    },
    /// An identifier: a flight, route or registration ("KQ562", "OY-KBM"),
    /// normalized without spaces, upper case.
    Code {
        code: String,
    },
    /// A named organisation or person at the head of a draft's clause, as
    /// written: the draft states that this actor did or will do something,
    /// and a reference that never names the actor cannot support that.
    Name {
        name: String,
    },
}

/// One set, game or tally of a score, with a tiebreak when one is written
/// ("7-6 (8-6)" and "7-6(6)" are the same set: the loser's tiebreak points).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SetScore {
    pub first: u32,
    pub second: u32,
    /// The tiebreak points of the side that lost the tiebreak.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tiebreak: Option<u32>,
}

impl SetScore {
    /// The same set from the other side.
    pub fn reversed(self) -> SetScore {
        SetScore { first: self.second, second: self.first, tiebreak: self.tiebreak }
    }
}

/// Days covered by a time value, inclusive, when it names calendar days.
pub fn day_span(value: &Value) -> Option<(NaiveDate, NaiveDate)> {
    match value {
        Value::Date { date } => Some((*date, *date)),
        Value::DateRange { start, end } => Some((*start, *end)),
        Value::Month { year: Some(y), month } => {
            let start = NaiveDate::from_ymd_opt(*y, *month, 1)?;
            Some((start, last_day_of_month(*y, *month)?))
        }
        Value::Year { year } => Some((NaiveDate::from_ymd_opt(*year, 1, 1)?, NaiveDate::from_ymd_opt(*year, 12, 31)?)),
        Value::Quarter { year, quarter } => {
            let first = (quarter.checked_sub(1)?) * 3 + 1;
            Some((NaiveDate::from_ymd_opt(*year, first, 1)?, last_day_of_month(*year, first + 2)?))
        }
        _ => None,
    }
}

pub fn last_day_of_month(year: i32, month: u32) -> Option<NaiveDate> {
    let (ny, nm) = if month == 12 { (year + 1, 1) } else { (year, month + 1) };
    Some(NaiveDate::from_ymd_opt(ny, nm, 1)? - Duration::days(1))
}

pub fn parse_weekday(name: &str) -> Option<Weekday> {
    name.parse::<Weekday>().ok()
}

/// The English name of a weekday as it is written in reports ("Thursday").
pub fn weekday_name(day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => "Monday",
        Weekday::Tue => "Tuesday",
        Weekday::Wed => "Wednesday",
        Weekday::Thu => "Thursday",
        Weekday::Fri => "Friday",
        Weekday::Sat => "Saturday",
        Weekday::Sun => "Sunday",
    }
}

/// Whether some day in `[start, end]` falls on `day`.
pub fn range_has_weekday(start: NaiveDate, end: NaiveDate, day: Weekday) -> bool {
    if end < start {
        return false;
    }
    if (end - start).num_days() >= 6 {
        return true;
    }
    start.iter_days().take_while(|d| *d <= end).any(|d| d.weekday() == day)
}

impl Value {
    /// The JSON `type` tag, also used as a short kind name in reports.
    pub fn type_name(&self) -> &'static str {
        match self {
            Value::Date { .. } => "date",
            Value::DateRange { .. } => "date_range",
            Value::Month { .. } => "month",
            Value::Year { .. } => "year",
            Value::Quarter { .. } => "quarter",
            Value::Weekday { .. } => "weekday",
            Value::Percent { .. } => "percent",
            Value::Money { .. } => "money",
            Value::Count { .. } => "count",
            Value::Number { .. } => "number",
            Value::Ordinal { .. } => "ordinal",
            Value::Duration { .. } => "duration",
            Value::Title(_) => "title",
            Value::Quantity { .. } => "quantity",
            Value::Time { .. } => "time",
            Value::Score { .. } => "score",
            Value::Code { .. } => "code",
            Value::Name { .. } => "name",
        }
    }

    pub fn interval(&self) -> Option<&Interval> {
        match self {
            Value::Percent { interval }
            | Value::Money { interval, .. }
            | Value::Count { interval, .. }
            | Value::Number { interval }
            | Value::Quantity { interval, .. }
            | Value::Duration { interval, .. } => Some(interval),
            _ => None,
        }
    }

    /// Whether the two values can be compared at all: one kind of value
    /// (dates, months and weekdays are all times), one currency, one
    /// dimension, durations that convert. A rule only judges what it can
    /// compare; "compatible" alone would call €2m and $9m in agreement.
    pub fn comparable(&self, other: &Value) -> bool {
        use Value::*;
        let time = |v: &Value| {
            matches!(v, Date { .. } | DateRange { .. } | Month { .. } | Year { .. } | Quarter { .. } | Weekday { .. })
        };
        match (self, other) {
            (Money { currency: a, .. }, Money { currency: b, .. }) => crate::recognize::quantity::same_currency(a, b),
            (Quantity { dimension: a, .. }, Quantity { dimension: b, .. }) => a == b,
            (Duration { unit: u, .. }, Duration { unit: v, .. }) => {
                u == v || (days_per(u).is_some() && days_per(v).is_some())
            }
            (Count { unit: a, .. }, Count { unit: b, .. }) => a == b,
            (a, b) if time(a) && time(b) => true,
            (a, b) => a.type_name() == b.type_name(),
        }
    }

    /// Whether both values can be true of one thing.
    ///
    /// Values of kinds that cannot be compared (a money figure and a date)
    /// are reported as compatible: a rule only flags what it can prove.
    pub fn compatible(&self, other: &Value) -> bool {
        use Value::*;
        match (self, other) {
            (Weekday { weekday: a }, Weekday { weekday: b }) => a == b,
            (Weekday { weekday }, other) | (other, Weekday { weekday }) => {
                match (parse_weekday(weekday), day_span(other)) {
                    (Some(day), Some((s, e))) => range_has_weekday(s, e, day),
                    _ => true,
                }
            }
            (Month { year: None, month: a }, Month { month: b, .. })
            | (Month { month: a, .. }, Month { year: None, month: b }) => a == b,
            (Month { year: None, month }, other) | (other, Month { year: None, month }) => match day_span(other) {
                Some((s, e)) => month_in_span(*month, s, e),
                None => true,
            },
            (Money { currency: a, interval: x }, Money { currency: b, interval: y }) => {
                !crate::recognize::quantity::same_currency(a, b) || x.overlaps(y)
            }
            (Count { interval: x, .. }, Count { interval: y, .. })
            | (Percent { interval: x }, Percent { interval: y })
            | (Number { interval: x }, Number { interval: y }) => x.overlaps(y),
            (Duration { unit: u, interval: x }, Duration { unit: v, interval: y }) => {
                match (days_per(u), days_per(v)) {
                    _ if u == v => x.overlaps(y),
                    // Converted ends carry rounding error: "72 hours" is 3 days.
                    (Some(a), Some(b)) => x.scaled(a).widened(1e-9).overlaps(&y.scaled(b).widened(1e-9)),
                    _ => true,
                }
            }
            (Ordinal { value: a }, Ordinal { value: b }) => a == b,
            (Title(a), Title(b)) => a.canonical == b.canonical,
            (Quantity { unit: u, dimension: d, interval: x }, Quantity { unit: v, dimension: e, interval: y }) => {
                d != e || if u == v { x.overlaps(y) } else { crate::units::agree(u, x, v, y).unwrap_or(true) }
            }
            (
                Time { hour: h1, minute: m1, utc_offset: Some(o1), .. },
                Time { hour: h2, minute: m2, utc_offset: Some(o2), .. },
            ) => {
                let utc =
                    |h: u32, m: u32, o: i32| (i64::from(h) * 60 + i64::from(m) - i64::from(o)).rem_euclid(24 * 60);
                utc(*h1, *m1, *o1) == utc(*h2, *m2, *o2)
            }
            (Time { .. }, Time { .. }) => true,
            (Score { sets: a }, Score { sets: b }) => scores_agree(a, b),
            (Code { code: a }, Code { code: b }) => codes_agree(a, b),
            (a, b) => match (day_span(a), day_span(b)) {
                (Some((s1, e1)), Some((s2, e2))) => s1 <= e2 && s2 <= e1,
                _ => true,
            },
        }
    }

    /// A short human rendering used in messages ("June 2025", "more than 20 billion EUR").
    pub fn describe(&self) -> String {
        match self {
            Value::Date { date } => date.format("%-d %B %Y").to_string(),
            Value::DateRange { start, end } => {
                if start.year() == end.year() && start.month() == end.month() {
                    format!("{}–{}", start.format("%-d"), end.format("%-d %B %Y"))
                } else {
                    format!("{} – {}", start.format("%-d %B %Y"), end.format("%-d %B %Y"))
                }
            }
            Value::Month { year, month } => {
                let name =
                    NaiveDate::from_ymd_opt(2000, *month, 1).map(|d| d.format("%B").to_string()).unwrap_or_default();
                match year {
                    Some(y) => format!("{name} {y}"),
                    None => name,
                }
            }
            Value::Year { year } => year.to_string(),
            Value::Quarter { year, quarter } => format!("Q{quarter} {year}"),
            Value::Weekday { weekday } => weekday.clone(),
            Value::Percent { interval } => describe_interval(interval, "%"),
            Value::Money { currency, interval } => describe_interval(interval, &format!(" {currency}")),
            Value::Count { unit, interval } => describe_interval(interval, &format!(" {unit}")),
            Value::Number { interval } => describe_interval(interval, ""),
            Value::Ordinal { value } => ordinal_suffix(*value),
            Value::Duration { unit, interval } => match (interval.min, interval.max) {
                // [n, n + 1): "three-year-old", "in its fourth year".
                (Some(a), Some(b)) if interval.min_inclusive && !interval.max_inclusive && b - a == 1.0 => {
                    format!("{} {unit}{} old", format_number(a), if a == 1.0 { "" } else { "s" })
                }
                // "1 decade", "more than 1 year", "3 years".
                (Some(1.0), Some(1.0) | None) | (None, Some(1.0)) => describe_interval(interval, &format!(" {unit}")),
                _ => describe_interval(interval, &format!(" {unit}s")),
            },
            Value::Quantity { unit, interval, .. } => match crate::units::by_symbol(unit) {
                // "magnitude 7.1", as it is written.
                Some(u) if u.prefix => format!("{unit} {}", describe_interval(interval, "")),
                // "36°C", "90°".
                _ if unit.starts_with('°') => describe_interval(interval, unit),
                _ => describe_interval(interval, &format!(" {unit}")),
            },
            Value::Time { hour, minute, zone, .. } => match zone {
                Some(z) => format!("{hour:02}:{minute:02} {z}"),
                None => format!("{hour:02}:{minute:02}"),
            },
            Value::Score { sets } => sets
                .iter()
                .map(|s| match s.tiebreak {
                    Some(t) => format!("{}-{} ({t})", s.first, s.second),
                    None => format!("{}-{}", s.first, s.second),
                })
                .collect::<Vec<_>>()
                .join(", "),
            Value::Code { code } => code.clone(),
            Value::Name { name } => name.clone(),
            Value::Title(t) => {
                if t.modifiers.is_empty() {
                    t.canonical.clone()
                } else {
                    format!("{} {}", t.modifiers.join(" "), t.canonical)
                }
            }
        }
    }
}

/// Two scores agree when they have the same sets in the same order, read
/// from the same side, or from opposite sides ("won 3-1" and "lost 1-3" are
/// one result only when the rules know the sides: here the written order
/// must match). A tiebreak given by one source only is no disagreement.
fn scores_agree(a: &[SetScore], b: &[SetScore]) -> bool {
    a.len() == b.len()
        && a.iter().zip(b).all(|(x, y)| {
            x.first == y.first
                && x.second == y.second
                && match (x.tiebreak, y.tiebreak) {
                    (Some(s), Some(t)) => s == t,
                    _ => true,
                }
        })
}

/// Two codes name one thing when they are equal, or when one is the number
/// of the other without its airline designator ("Flight 17" and "MH17"):
/// a source that leaves out the designator does not contradict one that
/// writes it.
fn codes_agree(a: &str, b: &str) -> bool {
    let number_of = |full: &str, digits: &str| {
        !digits.is_empty()
            && digits.bytes().all(|c| c.is_ascii_digit())
            && full.strip_suffix(digits).is_some_and(|head| head.ends_with(|c: char| c.is_ascii_alphabetic()))
    };
    a == b || number_of(a, b) || number_of(b, a)
}

/// Days in a unit of elapsed time, so that "fifteen months old" and "in its
/// second year" can be compared.
pub fn days_per(unit: &str) -> Option<f64> {
    match unit {
        "second" => Some(1.0 / 86_400.0),
        "minute" => Some(1.0 / 1_440.0),
        "hour" => Some(1.0 / 24.0),
        "day" => Some(1.0),
        "week" => Some(7.0),
        "month" => Some(365.25 / 12.0),
        "year" => Some(365.25),
        "decade" => Some(3652.5),
        "century" => Some(36525.0),
        _ => None,
    }
}

fn month_in_span(month: u32, start: NaiveDate, end: NaiveDate) -> bool {
    if (end - start).num_days() >= 365 {
        return true;
    }
    let mut d = start.with_day(1).unwrap_or(start);
    while d <= end {
        if d.month() == month {
            return true;
        }
        d = last_day_of_month(d.year(), d.month()).map_or(end, |l| l) + Duration::days(1);
    }
    false
}

/// "75th", "1st", "22nd".
pub fn ordinal_suffix(n: u32) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// Formats a number without a trailing ".0" and with thousands/millions/billions named.
pub fn format_number(x: f64) -> String {
    let (scaled, word) = if x.abs() >= 1e9 {
        (x / 1e9, " billion")
    } else if x.abs() >= 1e6 {
        (x / 1e6, " million")
    } else {
        (x, "")
    };
    let rounded = (scaled * 1000.0).round() / 1000.0;
    if rounded.fract() == 0.0 {
        format!("{}{word}", rounded as i64)
    } else {
        format!("{rounded}{word}")
    }
}

fn describe_interval(i: &Interval, unit: &str) -> String {
    let f = format_number;
    match (i.min, i.max) {
        (Some(a), Some(b)) if a == b => format!("{}{unit}", f(a)),
        (Some(a), Some(b)) if i.min_inclusive && !i.max_inclusive && is_rounding(a, b) => {
            format!("{}{unit}", f((a + b) / 2.0))
        }
        (Some(a), Some(b)) => format!("{}–{}{unit}", f(a), f(b)),
        (Some(a), None) if i.min_inclusive => format!("at least {}{unit}", f(a)),
        (Some(a), None) => format!("more than {}{unit}", f(a)),
        (None, Some(b)) if i.max_inclusive => format!("at most {}{unit}", f(b)),
        (None, Some(b)) => format!("less than {}{unit}", f(b)),
        (None, None) => format!("any{unit}"),
    }
}

/// An interval that is the rounding band of one written figure (half a unit
/// of its last digit on either side), so it can be described by its midpoint.
fn is_rounding(a: f64, b: f64) -> bool {
    let mid = (a + b) / 2.0;
    let half = (b - a) / 2.0;
    if half <= 0.0 || mid == 0.0 {
        return false;
    }
    // The band is half a unit of a power of ten (0.05, 0.5, 5, 0.5e9 ...).
    let unit = half * 2.0;
    let exp = unit.log10();
    (exp - exp.round()).abs() < 1e-9 && half / mid.abs() <= 0.5
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn north_of_three_agrees_with_at_least_three_point_seven() {
        let north = Value::Percent { interval: Interval::above(3.0) };
        let least = Value::Percent { interval: Interval::at_least(3.7) };
        assert!(north.compatible(&least));
    }

    #[test]
    fn open_ends_do_not_touch() {
        assert!(!Interval::above(3.0).overlaps(&Interval::at_most(3.0)));
        assert!(Interval::at_least(3.0).overlaps(&Interval::at_most(3.0)));
        assert!(!Interval::around(5.0, 0.5).overlaps(&Interval::around(2.0, 0.5)));
    }

    #[test]
    fn month_and_weekday_containment() {
        let june = Value::Month { year: Some(2025), month: 6 };
        let july = Value::Month { year: Some(2025), month: 7 };
        assert!(!june.compatible(&july));
        let range = Value::DateRange { start: d(2025, 4, 3), end: d(2025, 4, 4) };
        let thursday = Value::Weekday { weekday: "Thursday".into() };
        let monday = Value::Weekday { weekday: "Monday".into() };
        assert!(thursday.compatible(&range));
        assert!(!monday.compatible(&range));
        assert!(Value::Date { date: d(2025, 4, 4) }.compatible(&range));
        assert!(Value::Month { year: Some(2025), month: 4 }.compatible(&range));
        assert!(!Value::Month { year: None, month: 5 }.compatible(&range));
    }

    #[test]
    fn ages_in_different_units_compare() {
        let age = |unit: &str, n: f64| Value::Duration {
            unit: unit.into(),
            interval: Interval { min: Some(n), max: Some(n + 1.0), min_inclusive: true, max_inclusive: false },
        };
        assert!(age("month", 15.0).compatible(&age("year", 1.0)));
        assert!(!age("month", 15.0).compatible(&age("year", 2.0)));
    }

    #[test]
    fn durations_compare_across_units() {
        let d = |unit: &str, n: f64| Value::Duration { unit: unit.into(), interval: Interval::exact(n) };
        assert!(d("day", 3.0).compatible(&d("hour", 72.0)));
        assert!(!d("day", 3.0).compatible(&d("hour", 71.0)));
        assert!(d("year", 2.5).compatible(&d("month", 30.0)));
        assert!(d("minute", 95.0).compatible(&d("second", 5_700.0)));
        assert!(d("century", 1.0).compatible(&d("decade", 10.0)));
        assert!(d("fortnight-ish", 1.0).compatible(&d("day", 3.0)), "unknown units are not compared");
        assert_eq!(d("decade", 1.0).describe(), "1 decade");
        assert_eq!(
            Value::Duration { unit: "year".into(), interval: Interval::above(1.0) }.describe(),
            "more than 1 year"
        );
        assert_eq!(d("month", 30.0).describe(), "30 months");
    }

    #[test]
    fn money_in_other_currencies_is_not_compared() {
        let eur = Value::Money { currency: "EUR".into(), interval: Interval::around(130e6, 0.5e6) };
        let usd = Value::Money { currency: "USD".into(), interval: Interval::around(140e6, 0.5e6) };
        assert!(eur.compatible(&usd));
    }

    #[test]
    fn descriptions_read_naturally() {
        assert_eq!(Value::Month { year: Some(2025), month: 6 }.describe(), "June 2025");
        assert_eq!(
            Value::Money { currency: "EUR".into(), interval: Interval::above(20e9) }.describe(),
            "more than 20 billion EUR"
        );
        assert_eq!(Value::Percent { interval: Interval::around(3.7, 0.05) }.describe(), "3.7%");
        assert_eq!(Value::DateRange { start: d(2025, 4, 3), end: d(2025, 4, 4) }.describe(), "3–4 April 2025");
        assert_eq!(ordinal_suffix(75), "75th");
        assert_eq!(ordinal_suffix(112), "112th");
    }

    #[test]
    fn quantities_compare_across_units_of_one_dimension() {
        let q = |unit: &str, dimension: &str, interval| Value::Quantity {
            unit: unit.into(),
            dimension: dimension.into(),
            interval,
        };
        let mm = q("mm", "length", Interval::around(150.0, 0.5));
        assert!(mm.compatible(&q("in", "length", Interval::above(5.0))));
        assert!(!mm.compatible(&q("in", "length", Interval::around(12.0, 0.5))));
        let ha = q("ha", "area", Interval::around(1_200.0, 0.5));
        assert!(ha.compatible(&q("acre", "area", Interval::around(3_000.0, 0.5))));
        assert!(!ha.compatible(&q("acre", "area", Interval::around(490.0, 0.5))));
        // Other dimensions are not compared.
        assert!(mm.compatible(&q("W", "power", Interval::around(40.0, 0.5))));
        assert_eq!(q("magnitude", "magnitude", Interval::around(7.1, 0.05)).describe(), "magnitude 7.1");
        assert_eq!(q("°C", "temperature", Interval::around(31.0, 0.5)).describe(), "31°C");
        assert_eq!(mm.describe(), "150 mm");
    }

    #[test]
    fn a_shared_currency_name_meets_its_members_only() {
        let money =
            |currency: &str, x: f64| Value::Money { currency: currency.into(), interval: Interval::around(x, 0.5e6) };
        assert!(!money("CROWN", 14e6).compatible(&money("CZK", 18e6)));
        assert!(money("CROWN", 14e6).compatible(&money("SEK", 14e6)));
        assert!(money("CROWN", 14e6).compatible(&money("EUR", 18e6)));
        assert!(money("CZK", 14e6).compatible(&money("SEK", 18e6)));
    }

    #[test]
    fn codes_without_a_designator_meet_their_number() {
        let code = |c: &str| Value::Code { code: c.into() };
        assert!(code("MH17").compatible(&code("17")));
        assert!(code("KQ562").compatible(&code("KQ562")));
        assert!(!code("KQ562").compatible(&code("KQ526")));
        assert!(!code("KQ562").compatible(&code("17")));
        assert!(!code("OY-KBM").compatible(&code("OY-KBN")));
    }

    #[test]
    fn scores_compare_set_by_set() {
        let s = |sets: &[(u32, u32, Option<u32>)]| Value::Score {
            sets: sets.iter().map(|&(first, second, tiebreak)| SetScore { first, second, tiebreak }).collect(),
        };
        let full = s(&[(7, 6, Some(6)), (3, 6, None), (6, 2, None)]);
        assert!(full.compatible(&s(&[(7, 6, None), (3, 6, None), (6, 2, None)])));
        assert!(!full.compatible(&s(&[(7, 6, Some(3)), (3, 6, None), (6, 2, None)])));
        assert!(!full.compatible(&s(&[(6, 7, Some(6)), (3, 6, None), (6, 2, None)])));
        assert_eq!(full.describe(), "7-6 (6), 3-6, 6-2");
    }

    #[test]
    fn json_shape_matches_the_report_contract() {
        let v = Value::Money { currency: "EUR".into(), interval: Interval::above(2.0e10) };
        let json = serde_json::to_string(&v).unwrap();
        assert_eq!(
            json,
            r#"{"type":"money","currency":"EUR","min":20000000000.0,"max":null,"min_inclusive":false,"max_inclusive":false}"#
        );
    }
}
