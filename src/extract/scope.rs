//! The scope of a figure: what keeps two figures of one measure apart.
//!
//! - time: a year or period other than the story's ("in 2022", "last
//!   season", "a year earlier", "since May 2025", "in April"), and the day
//!   a level was read ("on Tuesday afternoon", "as of Friday");
//! - status: preliminary, revised, forecast, proposed, sought, hedged;
//! - part: a base sum or a total with add-ons, a winner's or a runner-up's
//!   share;
//! - place: "in Northvale", "at Dunmore";
//! - negation: "not the 900 first reported" is no claim at all.
//!
//! Scope words are read in the figure's clause, on the near side of the
//! figure, so that a status or a year of another clause does not leak in.

use super::grammar::clause;
use super::tokens::Tokens;
use crate::knowledge::Knowledge;
use crate::value::Value;
use chrono::{Datelike, Duration, NaiveDate, Weekday};

/// Everything that scopes one figure.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ScopeReading {
    pub period: Option<String>,
    /// The day the figure speaks of, when its clause names one.
    pub day: Option<NaiveDate>,
    /// "morning", "afternoon", "evening", "night".
    pub part_of_day: Option<String>,
    pub status: Option<&'static str>,
    pub part: Option<&'static str>,
    pub place: Option<String>,
    pub negated: bool,
}

/// Words that give a figure a status, by the status they give.
const STATUS_WORDS: &[(&str, &[&str])] = &[
    (
        "preliminary",
        &["preliminary", "provisional", "initially", "early", "first-announced", "partial", "projection", "projected"],
    ),
    ("revised", &["revised", "corrected", "updated", "finally"]),
    (
        "forecast",
        &[
            "forecast",
            "forecasts",
            "forecasting",
            "predicted",
            "predicts",
            "expects",
            "expected",
            "projects",
            "sees",
            "target",
            "targets",
            "goal",
            "aims",
            "outlook",
            "estimate",
            "estimates",
            "anticipated",
            "anticipates",
        ],
    ),
    ("proposed", &["proposed", "proposes", "proposal", "suggested", "suggests", "floated"]),
    (
        "sought",
        &[
            "sought",
            "seeks",
            "seeking",
            "asked",
            "demanded",
            "demands",
            "demanding",
            "claim",
            "claims",
            "wanted",
            "wants",
            "requested",
            "requests",
        ],
    ),
    (
        "hedged",
        &[
            "could",
            "might",
            "may",
            "would",
            "potential",
            "potentially",
            "possible",
            "possibly",
            "if",
            "unless",
            "hypothetical",
        ],
    ),
    ("previous", &["previous", "former", "old", "earlier", "prior", "outgoing", "predecessor", "last"]),
];

/// Words that mark a part of a sum.
const PART_WORDS: &[(&str, &[&str])] = &[
    ("base", &["initial", "upfront", "up-front", "base", "basic", "guaranteed", "fixed"]),
    (
        "total",
        &[
            "add-ons",
            "add-on",
            "bonuses",
            "variable",
            "potential",
            "total",
            "package",
            "overall",
            "maximum",
            "combined",
            "altogether",
            "cumulative",
        ],
    ),
    ("winner", &["winner", "winner's", "winner’s", "champion", "champion's", "champion’s", "victor", "winners"]),
    ("runner-up", &["runner-up", "runners-up", "runner-up's", "loser", "finalist", "beaten"]),
    ("rest", &["remaining", "rest", "remainder", "other", "others"]),
];

pub fn read(t: &Tokens, i: usize, k: &Knowledge, anchor: Option<NaiveDate>) -> ScopeReading {
    let (start, mut end) = clause(t, i);
    // "2.1 metres (about 7 feet) on Monday": the clause goes on after the
    // figure's restatement in brackets.
    let past = t.after_conversions(i);
    if past > i && past + 1 < t.len() {
        end = end.max(clause(t, past + 1).1);
    }
    let mut out = ScopeReading::default();
    // "not the 900 first reported", "rather than 5%".
    let near_before = i.saturating_sub(3).max(start)..i;
    out.negated = near_before.clone().any(|j| matches!(t.word(j), "not" | "instead"))
        || (i >= 2 && t.word(i - 1) == "than" && t.word(i - 2) == "rather");

    // Status and part: words that govern the figure, a few words before it
    // in its run of the clause ("had asked for six weeks", "the total
    // bill could reach £40m") or right after it ("£15 million with
    // add-ons"). A modal counts only just before the figure's verb.
    let (run_start, run_end) = near_run(t, i, start, end);
    let after_end = (i + 5).min(run_end.max(i + 1)).min(end);
    let before_start = i.saturating_sub(5).max(run_start);
    for j in (before_start..i).rev().chain(i + 1..after_end) {
        let w = t.word(j);
        if w.is_empty() {
            continue;
        }
        // "the final results" are revised figures; "the final" is a match.
        if out.status.is_none()
            && w == "final"
            && matches!(t.word(j + 1), "result" | "results" | "count" | "tally" | "figure" | "figures" | "toll")
        {
            out.status = Some("revised");
        }
        if out.status.is_none() {
            if let Some((status, _)) = STATUS_WORDS.iter().find(|(_, words)| words.contains(&w)) {
                // "last" only before a period word ("last year", "last season") is a time, not a status;
                // "from a year earlier" names what a change is measured against.
                let is_time = (w == "last" && is_period_word(t.word(j + 1)))
                    || (matches!(w, "earlier" | "prior" | "before") && j > 0 && is_period_word(t.word(j - 1)));
                let modal_too_far = *status == "hedged" && (j + 3 < i || j > i);
                // "sentenced the former minister to seven years": the word
                // qualifies the office between it and the figure, not the figure.
                let of_an_office = *status == "previous"
                    && j + 1 < i
                    && !k.find_offices(&t.slice(j + 1, i - 1).to_lowercase()).is_empty();
                if !is_time && !modal_too_far && !of_an_office {
                    out.status = Some(status);
                }
            }
        }
        if out.part.is_none() {
            if let Some((part, _)) = PART_WORDS.iter().find(|(_, words)| words.contains(&w)) {
                out.part = Some(part);
            }
        }
    }
    if (start..after_end).any(|j| t.word(j) == "up" && t.word(j + 1) == "front") {
        out.part = Some("base");
    }
    if (start..after_end).any(|j| t.word(j) == "as" && t.word(j + 1) == "runner-up") {
        out.part = Some("runner-up");
    }

    // Time: periods named near the figure, in its run of the clause
    // between commas and other figures ("48.2%, up from 45.9% in 2021"),
    // or fronted at the clause's start ("In 2019, storms killed 40").
    let anchor_year = anchor.map(|a| a.year());
    let (mut near_start, near_end) = (run_start, run_end);
    // "sales of 410 million pesos, up 9%": the change is of the figure
    // before, and of its period.
    if near_start >= 3
        && near_start > start
        && t.tokens[near_start - 1].is_punct(",")
        && matches!(t.word(near_start), "up" | "down")
        && t.tokens[near_start - 2].is_value()
    {
        near_start = near_run(t, near_start - 2, start, end).0;
    }
    // A time fronted before a verb of saying is when it was said: "In
    // January, the company reported revenue of ...".
    let fronted = fronted_time(t, start, i).filter(|r| !said_after(t, r.end, i));
    for j in (near_start..near_end).chain(fronted.into_iter().flatten()) {
        match t.value(j) {
            Some(Value::Year { year }) if Some(*year) != anchor_year => {
                let since = j > 0 && matches!(t.word(j - 1), "since");
                out.period.get_or_insert_with(|| if since { format!("since {year}") } else { year.to_string() });
            }
            Some(v @ (Value::Month { .. } | Value::Quarter { .. })) => {
                let described = match v {
                    Value::Month { year: None, month } => {
                        Value::Month { year: anchor.map(|a| recent_year(a, *month)), month: *month }.describe()
                    }
                    other => other.describe(),
                };
                let since = j > 0 && matches!(t.word(j - 1), "since");
                out.period.get_or_insert_with(|| if since { format!("since {described}") } else { described });
            }
            _ => {}
        }
        let w = t.word(j);
        let next = t.word(j + 1);
        let relative = match (w, next) {
            ("last" | "previous" | "past", "year" | "season" | "campaign" | "month" | "quarter") => {
                Some(format!("previous {next}"))
            }
            ("a" | "one", "year") if matches!(t.word(j + 2), "earlier" | "ago" | "before") => {
                Some("previous year".into())
            }
            ("next", "year" | "season" | "month" | "quarter") => Some(format!("next {next}")),
            ("this", "season") => None,
            _ => None,
        };
        if let Some(r) = relative {
            // "up 9% from a year earlier" compares with last year: the figure itself is this year's.
            let comparison =
                j > 0 && matches!(t.word(j - 1), "from" | "than" | "on") || (j >= 2 && t.word(j - 2) == "from");
            if !comparison {
                out.period.get_or_insert(r);
            }
        }
        // "fourth-quarter revenue", "in the third quarter" (the ordinal read as a value).
        let ordinal_quarter = match t.value(j) {
            Some(Value::Ordinal { value }) if (1..=4).contains(value) => {
                let k = if t.tokens.get(j + 1).is_some_and(|x| x.is_punct("-")) { j + 2 } else { j + 1 };
                matches!(t.word(k), "quarter" | "quarterly")
                    .then(|| ["first", "second", "third", "fourth"][*value as usize - 1])
            }
            _ => None,
        };
        let w = ordinal_quarter.map_or(w, |q| match q {
            "first" => "first-quarter",
            "second" => "second-quarter",
            "third" => "third-quarter",
            _ => "fourth-quarter",
        });
        if matches!(w, "fourth-quarter" | "third-quarter" | "second-quarter" | "first-quarter") {
            let q =
                ["first", "second", "third", "fourth"].iter().position(|x| w.starts_with(x)).unwrap_or(0) as u32 + 1;
            out.period.get_or_insert_with(|| match anchor {
                Some(a) => {
                    let current = (a.month0() / 3) + 1;
                    let year = if q >= current { a.year() - 1 } else { a.year() };
                    format!("Q{q} {year}")
                }
                None => format!("Q{q}"),
            });
        }
    }
    let (day, part_of_day) = day_near(t, i, start, end, anchor);
    out.day = day;
    out.part_of_day = part_of_day;
    // Place: in the figure's run, else a place fronted at the clause's
    // start ("In Northvale, turnout was 48.6%"), unless the run says the
    // figure is national ("the national turnout of 52.3%").
    let national = (near_start..near_end).any(|j| {
        matches!(t.word(j), "national" | "nationwide" | "nationally" | "countrywide")
            || (t.word(j) == "across" && t.word(j + 1) == "the" && t.word(j + 2) == "country")
    });
    if !national {
        out.place = place_in(t, near_start, near_end, k).or_else(|| {
            let comma = (start..i).find(|&j| t.tokens[j].is_punct(","))?;
            (comma - start <= 5).then(|| place_in(t, start, comma, k)).flatten()
        });
    }
    out
}

/// The tokens around figure `i` up to a comma, a semicolon or another
/// figure (dates are not figures here), within the clause.
fn near_run(t: &Tokens, i: usize, start: usize, end: usize) -> (usize, usize) {
    let stops = |j: usize| {
        t.tokens[j].is_punct(",;")
            || matches!(
                t.value(j),
                Some(Value::Percent { .. } | Value::Money { .. } | Value::Number { .. } | Value::Quantity { .. })
            )
    };
    let mut a = i;
    while a > start && !stops(a - 1) {
        a -= 1;
    }
    let mut b = i + 1;
    while b < end && !stops(b) {
        b += 1;
    }
    (a, b)
}

/// "In 2024, ..." / "Last year, ...": a time phrase that opens the clause
/// and is closed by a comma before the figure.
fn fronted_time(t: &Tokens, start: usize, i: usize) -> Option<std::ops::Range<usize>> {
    let comma = (start..i).find(|&j| t.tokens[j].is_punct(","))?;
    (comma - start <= 4 && (start..comma).any(|j| t.value(j).is_some() || is_period_word(t.word(j))))
        .then_some(start..comma)
}

/// Whether a verb of saying follows a fronted phrase ending at `from`
/// (over a short subject) before the figure at `i`.
fn said_after(t: &Tokens, from: usize, i: usize) -> bool {
    (from + 1..i.min(from + 6)).any(|j| super::event_time::REPORTING.contains(&t.word(j)))
}

fn is_period_word(w: &str) -> bool {
    matches!(w, "year" | "season" | "month" | "quarter" | "week" | "campaign" | "decade")
}

/// The year that puts a yearless month at or before the anchor (news
/// reports figures of the recent past: "inflation in April").
fn recent_year(anchor: NaiveDate, month: u32) -> i32 {
    if month <= anchor.month() {
        anchor.year()
    } else {
        anchor.year() - 1
    }
}

/// A day named right after the figure ("2.1 metres on Monday afternoon",
/// "900 hectares as of Sunday") or in the figure's clause before it
/// with no comma between ("On Monday the lake stood at 2.1 metres").
pub(crate) fn day_near(
    t: &Tokens,
    i: usize,
    start: usize,
    end: usize,
    anchor: Option<NaiveDate>,
) -> (Option<NaiveDate>, Option<String>) {
    let comma_free_after = (i + 1..end.min(i + 8)).take_while(|&j| !t.tokens[j].is_punct(",;"));
    let before = (start..i).rev().take_while(|&j| !t.tokens[j].is_punct(",;"));
    for j in comma_free_after.chain(before) {
        let day = match t.value(j) {
            Some(Value::Date { date }) => Some(*date),
            Some(Value::Weekday { weekday }) => anchor.and_then(|a| resolve_weekday(t, weekday, a)),
            _ => None,
        };
        if day.is_some() {
            let part = [t.word(j + 1), if j > 0 { t.word(j - 1) } else { "" }]
                .into_iter()
                .find(|w| matches!(*w, "morning" | "afternoon" | "evening" | "night" | "overnight"))
                .map(String::from);
            return (day, part);
        }
    }
    (None, None)
}

/// A bare weekday in news copy is the nearest one on or before the
/// publication date, unless the sentence speaks of the future.
pub fn resolve_weekday(t: &Tokens, weekday: &str, anchor: NaiveDate) -> Option<NaiveDate> {
    let day: Weekday = weekday.parse().ok()?;
    let future = t
        .tokens
        .iter()
        .any(|tok| matches!(tok.word(), "will" | "next" | "tomorrow" | "upcoming" | "scheduled" | "due"));
    let back = (anchor.weekday().num_days_from_monday() + 7 - day.num_days_from_monday()) % 7;
    if future && back != 0 {
        Some(anchor + Duration::days(i64::from(7 - back)))
    } else {
        Some(anchor - Duration::days(i64::from(back)))
    }
}

/// A place named in the clause after "in", "at" or "across": a capitalized
/// name that is not the start of a sentence. Countries and "nationwide"
/// speak of the whole story and give no place.
fn place_in(t: &Tokens, start: usize, end: usize, k: &Knowledge) -> Option<String> {
    for j in start..end {
        if !matches!(t.word(j), "in" | "at") || j + 1 >= end {
            continue;
        }
        let name_start = j + 1 + usize::from(matches!(t.word(j + 1), "the" | "its" | "their"));
        let Some(name_end) = super::grammar::name_forward(t, name_start) else { continue };
        if name_end > end || name_start == name_end {
            continue;
        }
        // Not a name: "In April", "at Sunday's", a title.
        let name = t.slice(name_start, name_end - 1);
        let first = t.word(name_start);
        if is_calendar_word(first) {
            continue;
        }
        // "in the Riverside Cup final": the name of an event, not a place.
        let after_name = t.tokens.get(name_end).map_or("", |x| x.text);
        if k.find_event_nouns(after_name).first().is_some_and(|h| h.start == 0 && h.end == after_name.len()) {
            continue;
        }
        if let Some(place) = k.place(name) {
            if place.kind.as_deref() == Some("country") {
                continue;
            }
        }
        return Some(name.trim_end_matches("'s").trim_end_matches("’s").to_lowercase());
    }
    None
}

fn is_calendar_word(w: &str) -> bool {
    matches!(
        w,
        "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "the"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recognize;

    fn scope(text: &str, n: usize) -> ScopeReading {
        let k = Knowledge::builtin();
        let anchor = NaiveDate::from_ymd_opt(2026, 4, 29);
        let t = Tokens::new(text, recognize::values(text, anchor));
        let i = t.tokens.iter().enumerate().filter(|(_, tok)| tok.is_value()).nth(n).unwrap().0;
        read(&t, i, &k, anchor)
    }

    #[test]
    fn other_years_and_relative_periods() {
        assert_eq!(scope("Storms in 2019 killed more than 40 people.", 1).period.as_deref(), Some("2019"));
        assert_eq!(scope("She took 31 wickets last season.", 0).period.as_deref(), Some("previous season"));
        assert_eq!(scope("Sales were €5 billion, up 9% from a year earlier.", 1).period, None);
        assert_eq!(scope("Prices rose 2.6% in April.", 0).period.as_deref(), Some("April 2026"));
        // A fronted time before a verb of saying is when the figure was told.
        let text = "In March, the retailer announced third-quarter sales of $4 billion, up 7% from a year earlier.";
        assert_eq!(scope(text, 2).period.as_deref(), Some("Q3 2025"));
        let s = scope(text, 3);
        assert_eq!((s.period.as_deref(), s.status), (Some("Q3 2025"), None));
        assert_eq!(scope("The retailer's first-quarter sales fell 4%.", 1).period.as_deref(), Some("Q1 2026"));
    }

    #[test]
    fn status_part_and_negation() {
        assert_eq!(scope("The preliminary count gave it 41 seats.", 0).status, Some("preliminary"));
        assert_eq!(scope("The tenants had asked for six weeks.", 0).status, Some("sought"));
        assert_eq!(scope("They pay £12m up front.", 0).part, Some("base"));
        assert_eq!(scope("It rises to £15 million with add-ons.", 0).part, Some("total"));
        assert!(scope("Some 700 people left, not the 900 first reported.", 1).negated);
        assert_eq!(scope("The judge sentenced the former mayor to two years.", 0).status, None);
        assert_eq!(scope("The former toll of 12 was revised.", 0).status, Some("previous"));
    }

    #[test]
    fn the_day_of_a_reading_and_places() {
        let s = scope("The canal stood at 2.1 m on Monday afternoon.", 0);
        assert_eq!(s.day, NaiveDate::from_ymd_opt(2026, 4, 27));
        assert_eq!(s.part_of_day.as_deref(), Some("afternoon"));
        let s = scope("The lake stood at 3.2 m (10.5 ft) on Friday morning.", 0);
        assert_eq!(s.day, NaiveDate::from_ymd_opt(2026, 4, 24));
        assert_eq!(scope("In Northvale, turnout was 48.6 per cent.", 0).place.as_deref(), Some("northvale"));
        assert_eq!(scope("Storms killed 12 people in Chile.", 0).place, None);
    }
}
