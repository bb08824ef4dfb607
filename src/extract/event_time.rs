//! `event-time`: when things happen, in any story.
//!
//! An event is named by a noun or a verb of the event lexicon
//! (`knowledge/events.toml`): "the verdict", "a district court sentenced",
//! "touched down", "went to the polls", "hits
//! stores", "the next meeting". A date, month or weekday belongs to the
//! nearest event of its clause; a time said of the reporting ("police
//! said on Friday") and a dateline ("OSLO, June 3 (Agency) -") belong to
//! none. In the lede, a day with no event of its own is the day of the
//! story's main event, the one its headline names ("Wednesday morning
//! started like any other school day" in a story about a storm).
//!
//! Events of one kind are one subject per story, kept apart by the words
//! that mark another occurrence ("the next meeting", "the first meeting").
//! A bare weekday is resolved against the publication date (past or
//! future by the sentence's tense), so that two sources naming different
//! weekdays for one event can be compared.

use super::grammar::clause;
use super::scope::{day_near, resolve_weekday};
use super::tokens::Tokens;
use super::{Context, Extractor, Sentence};
use crate::claim::{Claim, Modality, Scope, Subject, SubjectKind};
use crate::knowledge::Knowledge;
use crate::value::Value;

pub struct EventTime;

/// One event named in a sentence: its tokens, kind and occurrence.
#[derive(Clone, Debug, PartialEq)]
pub struct EventMention {
    pub first: usize,
    pub last: usize,
    pub kind: String,
    /// "next", "first", "previous": which occurrence of a recurring event.
    pub occurrence: Option<String>,
    pub verb: bool,
}

/// Words that make a time the reporting's, not the event's.
pub const REPORTING: &[&str] = &[
    "said",
    "says",
    "told",
    "tells",
    "reported",
    "reports",
    "confirmed",
    "added",
    "stated",
    "announced",
    "wrote",
    "tweeted",
    "posted",
    "according",
    "warned",
    "insisted",
    "explained",
    "noted",
    "updated",
    "published",
];

/// Words after a day that put it in another time zone than the event's
/// own ("early Sunday Eastern time", "2200 GMT Thursday").
const ZONE_WORDS: &[&str] =
    &["gmt", "utc", "pacific", "eastern", "central", "mountain", "pt", "et", "pst", "pdt", "est", "edt", "cet", "bst"];

/// Words before an event noun that pick one occurrence of it.
const OCCURRENCES: &[&str] =
    &["next", "last", "previous", "first", "upcoming", "following", "coming", "second", "final", "new"];

/// How many sentences from the top count as the headline and the lede.
pub const LEDE_SENTENCES: usize = 6;

impl Extractor for EventTime {
    fn id(&self) -> &'static str {
        "event-time"
    }

    fn extract(&self, cx: &Context, sentence: &Sentence) -> Vec<Claim> {
        let t = sentence.tokens();
        let is_day = |v: &Value| {
            matches!(v, Value::Date { .. } | Value::DateRange { .. } | Value::Month { .. } | Value::Weekday { .. })
        };
        // A clock time is the event's when it is said with "at" ("struck at
        // 3:14 a.m."): "by", "before", "around" give bounds and guesses.
        let is_clock = |j: usize| matches!(t.value(j), Some(Value::Time { .. })) && j > 0 && t.word(j - 1) == "at";
        if !t.values.iter().any(|v| is_day(&v.value) || matches!(v.value, Value::Time { .. })) {
            return Vec::new();
        }
        let mentions = sentence.event_mentions(cx);
        let in_lede = sentence.span.start < cx.lede_end;
        let mut out = Vec::new();
        for (j, tok) in t.tokens.iter().enumerate() {
            let clock = is_clock(j);
            let Some(value) = t.value(j).filter(|v| is_day(v) || clock) else { continue };
            if reported(t, j) || dateline(t, j) || !clock && in_other_zone(t, j) {
                continue;
            }
            let (start, end) = clause(t, j);
            let in_clause: Vec<&EventMention> = mentions
                .iter()
                .filter(|m| m.first >= start && m.last < end && !other_action_between(cx.knowledge, t, m, j))
                .collect();
            let mention = nearest(&in_clause, j).cloned().or_else(|| {
                let kinds: std::collections::BTreeSet<&str> = mentions.iter().map(|m| m.kind.as_str()).collect();
                // A clock time is only ever its own clause's event's.
                if kinds.len() == 1 && !clock {
                    nearest(
                        &mentions.iter().filter(|m| !other_action_between(cx.knowledge, t, m, j)).collect::<Vec<_>>(),
                        j,
                    )
                    .cloned()
                } else if mentions.is_empty() && in_lede && tells_something(t) {
                    cx.main_event.clone().map(|kind| EventMention {
                        first: j,
                        last: j,
                        kind,
                        occurrence: None,
                        verb: false,
                    })
                } else {
                    None
                }
            });
            let Some(m) = mention else { continue };
            let lasting = cx.knowledge.event_kinds.iter().any(|k| k.name == m.kind && k.lasting);
            let role = role(t, j, &m);
            // A day of a lasting event (a flood, a strike) is a day during
            // it: only its start and end can be compared.
            if lasting && role.is_none() {
                continue;
            }
            let day = match value {
                Value::Weekday { weekday } => {
                    sentence.anchor.and_then(|a| resolve_weekday(t, weekday, a)).map(|d| d.to_string())
                }
                // A time is compared only with times of the same day as
                // written, as a figure's reading is ("at 3:14 a.m. on
                // Tuesday"). A day written in another zone than the time's
                // names another day: such sources are then not compared.
                Value::Time { .. } => day_near(t, j, start, end, sentence.anchor).0.map(|d| d.to_string()),
                _ => None,
            };
            let (key, label) = match &m.occurrence {
                Some(o) => (format!("{}|{o}", m.kind), format!("the {o} {}", m.kind)),
                None => (m.kind.clone(), format!("the {}", m.kind)),
            };
            let at = cx.claim(sentence, tok.span, self.id());
            let scope = Scope { status: role.map(String::from), day, ..Scope::default() };
            let value = match (value, sentence.anchor) {
                (Value::Month { year: None, month }, Some(a)) => {
                    Value::Month { year: month_year(m.occurrence.as_deref(), *month, a), month: *month }
                }
                _ => value.clone(),
            };
            out.push(at.into_claim(
                Subject::new(SubjectKind::Event, key, label),
                if clock { "time" } else { "date" },
                scope,
                value,
                Modality::Asserted,
            ));
        }
        out
    }
}

/// The year of a month named without one, when the occurrence says which
/// way it lies from the day of publication: "the next meeting is in
/// August" is the coming August, "the last meeting in November" the past
/// one. Otherwise unknown.
fn month_year(occurrence: Option<&str>, month: u32, anchor: chrono::NaiveDate) -> Option<i32> {
    use chrono::Datelike;
    match occurrence {
        Some("next" | "upcoming" | "coming" | "following") => {
            Some(if month >= anchor.month() { anchor.year() } else { anchor.year() + 1 })
        }
        Some("last" | "previous") => Some(if month <= anchor.month() { anchor.year() } else { anchor.year() - 1 }),
        _ => None,
    }
}

/// Every event the sentence names.
pub fn mentions(cx: &Context, sentence: &Sentence) -> Vec<EventMention> {
    let (k, t) = (cx.knowledge, sentence.tokens());
    let mut out = Vec::new();
    let token_at =
        |byte: usize| t.tokens.iter().position(|x| x.span.start <= byte && byte < x.span.end.max(x.span.start + 1));
    let hits = sentence
        .event_nouns(k)
        .iter()
        .map(|&h| (h, false))
        .chain(k.find_event_verbs(t.text).into_iter().map(|h| (h, true)));
    for (hit, verb) in hits {
        let (Some(first), Some(last)) = (token_at(hit.start), token_at(hit.end.saturating_sub(1))) else { continue };
        if t.tokens[first].is_value() {
            continue;
        }
        let kind = k.event_kinds[hit.index].name.clone();
        let occurrence = if verb { None } else { occurrence(t, first) };
        out.push(EventMention { first, last, kind, occurrence, verb });
    }
    out.sort_by_key(|m| (m.first, m.last));
    out.dedup_by(|a, b| a.first <= b.last && b.first <= a.last);
    out
}

/// "the next meeting", "the committee's next policy review", "its first meeting".
fn occurrence(t: &Tokens, first: usize) -> Option<String> {
    let mut j = first;
    let mut steps = 0;
    while j > 0 && steps < 3 {
        j -= 1;
        steps += 1;
        let w = t.word(j);
        if OCCURRENCES.contains(&w) {
            return Some(w.to_string());
        }
        let possessive = w.ends_with("'s") || w.ends_with("’s");
        if !(possessive
            || t.tokens[j].is_word() && !super::grammar::is_function_word(w)
            || matches!(w, "the" | "its" | "their"))
        {
            break;
        }
    }
    None
}

/// The mention nearest to token `j`.
fn nearest<'m>(mentions: &[&'m EventMention], j: usize) -> Option<&'m EventMention> {
    mentions.iter().copied().min_by_key(|m| if m.last < j { j - m.last } else { m.first.saturating_sub(j) })
}

/// A sentence that can report the main event: four words or more, one of
/// them in lower case ("Lakeside Gazette | Business | 3 March 2025" is
/// a byline, and its date the publication's).
fn tells_something(t: &Tokens) -> bool {
    let words = || t.tokens.iter().filter(|x| x.is_word());
    words().count() >= 4 && words().any(|x| !x.is_capitalized())
}

/// Words that open another action between an event and a day: "landed on
/// Sunday and held the summit", "held the summit on Monday before flying
/// home on Wednesday".
const LINKS_ANOTHER_ACTION: &[&str] = &["and", "but", "before", "after", "then", "while", "or", "when", "because"];

/// Whether another action stands between the mention and the day at `j`:
/// the day is that action's, not the event's. The event's own start or
/// end after the link is no other action ("begins on Tuesday and ends on
/// Thursday").
fn other_action_between(k: &Knowledge, t: &Tokens, m: &EventMention, j: usize) -> bool {
    let (from, to) = if m.last < j { (m.last + 1, j) } else { (j + 1, m.first) };
    (from..to).any(|x| {
        LINKS_ANOTHER_ACTION.contains(&t.word(x))
            && !(x + 1..to).any(|y| k.start_words.contains(t.word(y)) || k.end_words.contains(t.word(y)))
    })
}

/// A time that a verb of saying governs: "police said on Friday".
fn reported(t: &Tokens, j: usize) -> bool {
    (j.saturating_sub(3)..j).any(|x| REPORTING.contains(&t.word(x)))
}

/// A dateline: "OSLO, June 3 (Agency) -", "HALIFAX, Nova Scotia,
/// March 12 (Agency) -": a place in capitals opens the sentence, then
/// names and commas up to the date, then the agency or a dash.
fn dateline(t: &Tokens, j: usize) -> bool {
    let caps =
        t.tokens.first().is_some_and(|x| x.text.chars().count() >= 3 && x.text.chars().all(|c| !c.is_lowercase()));
    let names = j <= 8 && t.tokens[..j].iter().all(|x| x.is_punct(",.") || x.is_capitalized());
    let agency_or_dash = t.tokens.get(j + 1).is_some_and(|x| x.is_punct("(-–—:"));
    caps && names && agency_or_dash
}

/// A day followed by a time zone: "early Sunday Eastern time".
fn in_other_zone(t: &Tokens, j: usize) -> bool {
    (j + 1..(j + 4).min(t.len())).any(|x| {
        ZONE_WORDS.contains(&t.word(x)) || matches!(t.value(x), Some(Value::Time { zone: Some(z), .. }) if z != "local")
    })
}

/// "began on Friday", "since Friday" (a start); "ended on", "until" (an end).
fn role(t: &Tokens, j: usize, m: &EventMention) -> Option<&'static str> {
    let before = |words: &[&str]| (j.saturating_sub(2)..j).any(|x| words.contains(&t.word(x)));
    if before(&["until", "by", "before"]) && matches!(m.kind.as_str(), "appeal") {
        return Some("deadline");
    }
    if before(&["since", "from"]) {
        return Some("start");
    }
    // The verb of start or end nearest before the day, after the event:
    // "the hearing begins at 09:30 on Monday and ends at 17:00 on Friday".
    let from = if m.last < j { m.last + 1 } else { j.saturating_sub(6) };
    for x in (from..j).rev() {
        match t.word(x) {
            "began" | "begins" | "begin" | "started" | "starts" | "start" | "opened" | "opens" | "open" | "kicks"
            | "kicked" => return Some("start"),
            "ended" | "ends" | "end" | "closed" | "closes" | "concluded" | "concludes" | "finished" | "finishes" => {
                return Some("end")
            }
            _ => {}
        }
    }
    None
}

/// The story's main event: the first event the headline and lede name.
pub fn main_event(cx_knowledge: &crate::knowledge::Knowledge, document: &crate::document::Document) -> Option<String> {
    for span in document.sentences.iter().take(LEDE_SENTENCES) {
        let text = span.slice(&document.prose);
        let mut hits: Vec<crate::knowledge::Hit> = cx_knowledge.find_event_verbs(text);
        hits.extend(cx_knowledge.find_event_nouns(text));
        hits.sort_by_key(|h| h.start);
        if let Some(h) = hits.first() {
            return Some(cx_knowledge.event_kinds[h.index].name.clone());
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::test_support::run_published;
    use chrono::NaiveDate;

    fn got(text: &str) -> Vec<(String, String, Option<String>)> {
        run_published(&EventTime, text, NaiveDate::from_ymd_opt(2025, 11, 14))
            .into_iter()
            .map(|c| (c.subject.key, c.value.describe(), c.scope.day.or(c.scope.status)))
            .collect()
    }

    #[test]
    fn times_of_named_events() {
        assert_eq!(
            got("A judge on Tuesday sentenced the bus driver."),
            [("verdict".to_string(), "Tuesday".to_string(), Some("2025-11-11".to_string()))]
        );
        assert_eq!(got("The verdict came on 12 November 2025.")[0].0, "verdict");
        assert_eq!(
            got("The club can appeal until 19 December.")[0],
            ("appeal".into(), "19 December 2025".into(), Some("deadline".into()))
        );
    }

    #[test]
    fn a_day_of_another_action_is_not_the_event_s() {
        let g =
            got("The goalkeeper arrived on Thursday and passed the medical on Friday before heading home on Sunday.");
        let days: Vec<&str> = g.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(days, ["Friday"]);
        let g = got("Crews will resume the search on Friday for the workers who were at work when the collapse happened on Wednesday.");
        let days: Vec<&str> = g.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(days, ["Wednesday"]);
    }

    #[test]
    fn a_month_of_the_next_occurrence_lies_ahead() {
        let at = |text: &str| {
            run_published(&EventTime, text, NaiveDate::from_ymd_opt(2026, 5, 28)).into_iter().map(|c| c.value).next()
        };
        assert_eq!(
            at("The council's next meeting is set for September."),
            Some(Value::Month { year: Some(2026), month: 9 })
        );
        assert_eq!(at("The next meeting is set for February."), Some(Value::Month { year: Some(2027), month: 2 }));
        assert_eq!(at("The meeting is set for October."), Some(Value::Month { year: None, month: 10 }));
    }

    #[test]
    fn a_body_that_convenes_or_a_legislature_that_meets_sits() {
        assert_eq!(got("The new assembly is due to convene on 9 December.")[0].0, "sitting");
        assert_eq!(got("The legislature meets on 2 December, aides said.")[0].0, "sitting");
        // Anyone else who meets is in talks, dated only by their start or end.
        assert!(got("The coach meets the players on Monday.").is_empty());
    }

    #[test]
    fn occurrences_are_kept_apart() {
        assert_eq!(got("The committee's next policy review is due in March.")[0].0, "meeting|next");
    }

    #[test]
    fn times_of_reporting_datelines_and_other_zones_are_no_event_times() {
        assert!(got("The ruling was praised, lawyers said on Friday.").is_empty());
        assert!(got("LYON, Mar 4 (Wire) - A court convicted a former bank clerk.").is_empty());
        assert!(got("BREST, Brittany, Mar 4 (Wire) - A court convicted a former bank clerk.").is_empty());
        assert!(got("The studio unveiled the game early Sunday Eastern time.").is_empty());
    }

    #[test]
    fn only_the_start_and_end_of_a_lasting_event_are_dated() {
        assert!(got("The floods on Tuesday cut roads.").is_empty());
        let text = "The hearing begins at 09:30 on Monday 2 March 2026 and ends at 17:00 on Friday 13 March 2026.";
        let claims = run_published(&EventTime, text, NaiveDate::from_ymd_opt(2025, 11, 14));
        let dated = |attribute: &str| {
            claims
                .iter()
                .filter(|c| c.attribute == attribute)
                .map(|c| (c.value.describe(), c.scope.status.clone(), c.scope.day.clone()))
                .collect::<Vec<_>>()
        };
        let roles: Vec<Option<String>> = dated("date").into_iter().map(|x| x.1).collect();
        assert_eq!(roles, [Some("start".to_string()), Some("end".to_string())]);
        // Each clock time keeps its role and the day written with it.
        let times: Vec<(Option<String>, Option<String>)> = dated("time").into_iter().map(|x| (x.1, x.2)).collect();
        assert_eq!(
            times,
            [(Some("start".into()), Some("2026-03-02".into())), (Some("end".into()), Some("2026-03-13".into()))]
        );
    }

    #[test]
    fn a_clock_time_said_with_at_is_the_event_s() {
        let text = "The tremor struck at 4:52 a.m. on Sunday, waking the valley. Aid arrived by 9 a.m.";
        let claims = run_published(&EventTime, text, NaiveDate::from_ymd_opt(2025, 11, 17));
        let times: Vec<&Claim> = claims.iter().filter(|c| c.attribute == "time").collect();
        assert_eq!(times.len(), 1, "{claims:#?}");
        assert_eq!(times[0].value, Value::Time { hour: 4, minute: 52, zone: None, utc_offset: None });
        assert_eq!(times[0].scope.day.as_deref(), Some("2025-11-16"));
    }
}
