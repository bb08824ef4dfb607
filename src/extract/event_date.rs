//! `event-date`: when a named event takes place.
//!
//! An event is an event word of the lexicon ("summit", "meeting") with a
//! place: "the summit in Helsinki", "the Helsinki summit", "talks held in
//! Geneva". A date, month, year or weekday belongs to it only when the words
//! between the two are connectors of the lexicon ("held in ... on",
//! "scheduled for"), so that "the first meeting since she took office on
//! 1 May" does not date the meeting. A publication date is never read as an
//! event date: it is kept out of the prose view at ingestion.
//!
//! "the July summit in Helsinki scheduled for 2026" gives July 2026: a yearless
//! month and a year of the same event in one sentence are joined.

use super::grammar::{stretch_end, stretch_start, words_back};
use super::words::{words, Word};
use super::{Context, Extractor, Sentence};
use crate::claim::{Claim, Modality, Scope, Subject, SubjectKind};
use crate::recognize::date::{find_dates, DateMatch};
use crate::span::Span;
use crate::value::Value;
use std::str::FromStr;

pub struct EventDate;

/// An event mentioned in a sentence.
#[derive(Clone, Debug)]
struct Mention {
    /// From the first to the last word of "ASEAN summit in Helsinki".
    extent: Span,
    kind: String,
    place: String,
    organisation: Option<String>,
}

/// How many words may stand between an event word and "in <Place>".
const PLACE_REACH: usize = 8;

impl Extractor for EventDate {
    fn id(&self) -> &'static str {
        "event-date"
    }

    fn extract(&self, cx: &Context, sentence: &Sentence) -> Vec<Claim> {
        let text = sentence.text;
        if sentence.dates().is_empty() {
            return Vec::new();
        }
        let mentions = mentions(cx, sentence);
        if mentions.is_empty() {
            return Vec::new();
        }
        let dates = sentence.dates().to_vec();
        let mut attached: Vec<(usize, DateMatch)> = Vec::new();
        for date in dates {
            if mentions.iter().any(|m| m.extent.overlaps(date.span)) {
                // A month inside the event's own words: "the July Helsinki Summit".
                if let Some(i) = mentions.iter().position(|m| m.extent.overlaps(date.span)) {
                    attached.push((i, date));
                }
                continue;
            }
            if let Some(i) = nearest_linked(cx, text, &mentions, date.span) {
                attached.push((i, date));
            }
        }
        join_month_and_year(&mut attached);
        if let Some(published) = cx.document.published {
            for (_, date) in &mut attached {
                if let Value::Month { year: None, month } = date.value {
                    date.value = Value::Month { year: Some(nearest_year(published, month)), month };
                }
            }
        }
        attached
            .into_iter()
            .map(|(i, date)| {
                let m = &mentions[i];
                let at = cx.claim(sentence, date.span, self.id());
                let place_key =
                    cx.knowledge.place(&m.place).map_or_else(|| strip_the(&m.place).to_string(), |p| p.name.clone());
                let status = role(cx, text, m.extent, date.span);
                at.into_claim(
                    Subject::new(
                        SubjectKind::Event,
                        format!("{}@{}", m.kind, place_key.to_lowercase()),
                        format!("{}, {}", m.kind, place_key),
                    ),
                    "date",
                    Scope { status, organisation: m.organisation.clone(), ..Scope::default() },
                    date.value,
                    Modality::Asserted,
                )
            })
            .collect()
    }
}

fn strip_the(s: &str) -> &str {
    s.strip_prefix("The ").or_else(|| s.strip_prefix("the ")).unwrap_or(s)
}

/// Events of the sentence that have a place.
fn mentions(cx: &Context, sentence: &Sentence) -> Vec<Mention> {
    let text = sentence.text;
    let mut out = Vec::new();
    for &hit in sentence.event_nouns(cx.knowledge) {
        let kind = cx.knowledge.event_kinds[hit.index].name.clone();
        let noun = Span::new(hit.start, hit.end);
        let ws = words_near(text, noun);
        let first_after = ws.partition_point(|w| w.span.start < noun.end);
        let first_before = ws.partition_point(|w| w.span.end <= noun.start);
        let place = place_after(cx, text, noun.end, &ws[first_after..])
            .or_else(|| place_before(cx, text, &ws[..first_before], noun));
        let Some((place_span, place)) = place else { continue };
        let extent = noun.cover(place_span);
        // "ASEAN Summit", "ASEAN Foreign Ministers meeting": an organisation just before.
        let organisation = sentence
            .organisations(cx.knowledge)
            .iter()
            .rev()
            .filter(|o| o.end <= extent.start && extent.start - o.end <= 40)
            .find(|o| {
                text[o.end..extent.start].split_whitespace().all(|w| {
                    w.chars().next().is_some_and(|c| c.is_uppercase()) || w.ends_with("’s") || w.ends_with("'s")
                })
            })
            .map(|o| cx.knowledge.organisations[o.index].name.clone());
        out.push(Mention { extent, kind, place, organisation });
    }
    out
}

/// The words of the sentence around an event word: all the place readers
/// may look at (three before it, [`PLACE_REACH`] and a place of three
/// after it), and maybe more, but not the whole sentence.
fn words_near(text: &str, noun: Span) -> Vec<Word<'_>> {
    // One stretch more on each side: the word of the first may run into the noun.
    let start = stretch_start(text, noun.start, 3 + 1);
    let end = stretch_end(text, noun.end, PLACE_REACH + 3 + 3 + 1 + 1);
    words(&text[start..end]).into_iter().map(|w| Word { span: w.span.offset(start), text: w.text }).collect()
}

/// "in Helsinki", "held in Helsinki": a capitalized place after "in"/"at",
/// reached over connector or capitalized words.
fn place_after(cx: &Context, text: &str, noun_end: usize, after: &[Word]) -> Option<(Span, String)> {
    for (i, w) in after.iter().enumerate().take(PLACE_REACH) {
        let lower = w.lower();
        let prev_end = if i == 0 { noun_end } else { after[i - 1].span.end };
        let gap = text[prev_end..w.span.start].trim();
        // One comma may follow the event word: "the summit, which will be held in Helsinki".
        let gap_ok = gap.is_empty() || (i == 0 && gap == ",");
        if !gap_ok {
            return None;
        }
        if cx.knowledge.place_words.contains(&lower) && i + 1 < after.len() {
            // "in the United Kingdom", "struck southern Turkey": an article or
            // a compass word may come before the name.
            let skip = after[i + 1..]
                .iter()
                .take(2)
                .take_while(|w| w.text == "the" || cx.knowledge.place_adjectives.contains(&w.lower()))
                .count();
            if i + 1 + skip >= after.len() {
                return None;
            }
            if let Some(place) = capitalized_phrase(cx, text, &after[i + 1 + skip..]) {
                return Some(place);
            }
        }
        let bare = lower.trim_end_matches("’s").trim_end_matches("'s");
        if !(cx.knowledge.connectors.contains(bare) || w.is_capitalized()) {
            return None;
        }
    }
    None
}

/// "the Helsinki Summit", "a Helsinki meeting": a known place right before the event word.
fn place_before(cx: &Context, text: &str, before: &[Word], noun: Span) -> Option<(Span, String)> {
    for n in (1..=3).rev() {
        if before.len() < n {
            continue;
        }
        let slice = &before[before.len() - n..];
        let span = Span::new(slice[0].span.start, slice[n - 1].span.end);
        if !text[span.end..noun.start].trim().is_empty() || !slice.iter().all(|w| w.is_capitalized()) {
            continue;
        }
        let phrase = span.slice(text);
        if let Some(p) = cx.knowledge.place(phrase) {
            return Some((span, p.name.clone()));
        }
    }
    None
}

/// One to three capitalized words, not an organisation, month or weekday.
fn capitalized_phrase(cx: &Context, text: &str, ws: &[Word]) -> Option<(Span, String)> {
    let mut end = 0;
    for (i, w) in ws.iter().enumerate().take(3) {
        let joined = i == 0 || text[ws[i - 1].span.end..w.span.start] == *" ";
        if !joined || !w.is_capitalized() || w.text.chars().any(|c| c.is_ascii_digit()) {
            break;
        }
        end = i + 1;
    }
    if end == 0 {
        return None;
    }
    let span = Span::new(ws[0].span.start, ws[end - 1].span.end);
    let phrase = span.slice(text).trim_end_matches(['’', '\'']).trim_end_matches("’s").to_string();
    if let Some(p) = cx.knowledge.place(&phrase) {
        return Some((span, p.name.clone()));
    }
    // Not in the gazetteer: accept only a plain proper name that is not an
    // organisation, a month or a weekday.
    let is_org = !cx.knowledge.find_organisations(&phrase).is_empty();
    let first = ws[0].text;
    let is_time = !find_dates(&phrase, None).is_empty()
        || crate::value::parse_weekday(first).is_some()
        || chrono::Month::from_str(first).is_ok();
    (!is_org && !is_time).then_some((span, phrase))
}

/// The nearest mention linked to a date by connector words only.
fn nearest_linked(cx: &Context, text: &str, mentions: &[Mention], date: Span) -> Option<usize> {
    let mut best: Option<(usize, usize)> = None;
    for (i, m) in mentions.iter().enumerate() {
        let gap = if m.extent.end <= date.start {
            Span::new(m.extent.end, date.start)
        } else if date.end <= m.extent.start {
            Span::new(date.end, m.extent.start)
        } else {
            continue;
        };
        if gap.len() > 80 || !linking_gap(cx, gap.slice(text)) {
            continue;
        }
        if best.is_none_or(|(_, len)| gap.len() < len) {
            best = Some((i, gap.len()));
        }
    }
    best.map(|(i, _)| i)
}

/// Text between an event and a date may hold connectors, capitalized words
/// (names, places) and light punctuation, nothing else.
fn linking_gap(cx: &Context, gap: &str) -> bool {
    if gap.chars().any(|c| matches!(c, ';' | ':' | '.' | '?' | '!' | '"' | '“' | '”')) {
        return false;
    }
    if gap.matches(',').count() > 1 {
        return false;
    }
    words(gap).iter().all(|w| w.is_capitalized() || cx.knowledge.connectors.contains(&w.lower()))
}

/// "began", "opened" date the start; "concluded", "wrapped up" the end.
/// The verb must be the event's own: between the event and its date ("the
/// talks began in Geneva on Monday") or right before the event over
/// connector words only ("wrapped up the two-day meeting in Oslo on
/// Friday"), not the verb of another clause ("opened talks ahead of the
/// summit").
fn role(cx: &Context, text: &str, event: Span, date: Span) -> Option<String> {
    let gap = if event.end <= date.start { Span::new(event.end, date.start) } else { Span::new(date.end, event.start) };
    let kind_of = |w: &str| {
        if cx.knowledge.start_words.contains(w) {
            Some("start")
        } else if cx.knowledge.end_words.contains(w) {
            Some("end")
        } else {
            None
        }
    };
    // The event's own words count too: "the meeting began in Oslo on Monday".
    if let Some(found) = words(event.cover(gap).slice(text)).iter().find_map(|w| kind_of(&w.lower())) {
        return Some(found.to_string());
    }
    for w in words_back(&text[..event.start.min(date.start)]).take(6) {
        let lower = w.lower();
        if let Some(found) = kind_of(&lower) {
            return Some(found.to_string());
        }
        if !cx.knowledge.connectors.contains(&lower) && !w.is_capitalized() {
            break;
        }
    }
    None
}

/// The year that puts `month` nearest to the publication date: news speaks
/// of the recent past and the coming months ("the July summit" in an article
/// of April 2025 is July 2025; in one of December 2025 it is July 2025 too).
fn nearest_year(published: chrono::NaiveDate, month: u32) -> i32 {
    use chrono::Datelike;
    let here = published.year() * 12 + published.month0() as i32;
    [published.year() - 1, published.year(), published.year() + 1]
        .into_iter()
        .min_by_key(|y| ((y * 12 + month as i32 - 1) - here).abs())
        .unwrap_or(published.year())
}

/// "the July summit ... scheduled for 2026": one yearless month and one year
/// for the same event become one month claim.
fn join_month_and_year(attached: &mut Vec<(usize, DateMatch)>) {
    let mut i = 0;
    while i < attached.len() {
        if let (m, Value::Month { year: None, month }) = (attached[i].0, &attached[i].1.value) {
            let month = *month;
            let year_at = attached.iter().position(|(e, d)| *e == m && matches!(d.value, Value::Year { .. }));
            let years = attached.iter().filter(|(e, d)| *e == m && matches!(d.value, Value::Year { .. })).count();
            if let (Some(j), 1) = (year_at, years) {
                if let Value::Year { year } = attached[j].1.value {
                    attached[i].1.value = Value::Month { year: Some(year), month };
                    attached.remove(j);
                    if j < i {
                        i -= 1;
                    }
                }
            }
        }
        i += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::test_support::{run, run_published};
    use chrono::NaiveDate;

    fn got(text: &str) -> Vec<(String, String, Option<String>)> {
        run(&EventDate, text).into_iter().map(|c| (c.subject.key, c.value.describe(), c.scope.status)).collect()
    }

    #[test]
    fn date_after_event_and_place() {
        assert_eq!(
            got("The health ministers meeting held in Lisbon on May 12-13, 2026, concluded with a joint plan."),
            vec![("meeting@lisbon".into(), "12–13 May 2026".into(), None)]
        );
        assert_eq!(
            got("As the alliance prepares for its summit in Helsinki in June 2025, doubts remain."),
            vec![("summit@helsinki".into(), "June 2025".into(), None)]
        );
    }

    #[test]
    fn month_before_the_event_joins_a_later_year() {
        assert_eq!(
            got("They prepared for the July Helsinki Summit scheduled for 2025."),
            vec![("summit@helsinki".into(), "July 2025".into(), None)]
        );
    }

    #[test]
    fn weekday_with_start_role() {
        assert_eq!(
            got("The ministers' meeting began in Oslo on Thursday amid tension."),
            vec![("meeting@oslo".into(), "Thursday".into(), Some("start".into()))]
        );
    }

    #[test]
    fn the_verb_of_another_clause_is_not_the_events_role() {
        assert_eq!(
            got("The minister opened talks ahead of the Helsinki summit planned for July 2026."),
            vec![("summit@helsinki".into(), "July 2026".into(), None)]
        );
        assert_eq!(
            got("Delegates wrapped up three days of meetings in Lisbon on 9 October 2026."),
            vec![("meeting@lisbon".into(), "9 October 2026".into(), Some("end".into()))]
        );
    }

    #[test]
    fn dates_of_other_clauses_do_not_attach() {
        assert!(
            got("It was the first meeting in Lisbon since the director took office on 15 February 2023.").is_empty()
        );
        assert!(got("The meeting was convened to prepare for the summit on March 3, 2025.").is_empty());
    }

    #[test]
    fn a_yearless_month_takes_the_year_nearest_the_publication_date() {
        let d = NaiveDate::from_ymd_opt(2025, 12, 3);
        let claims = run_published(&EventDate, "It prepared the July summit in Helsinki.", d);
        assert_eq!(claims[0].value, Value::Month { year: Some(2025), month: 7 });
        let d = NaiveDate::from_ymd_opt(2025, 11, 20);
        let claims = run_published(&EventDate, "It prepared the February summit in Helsinki.", d);
        assert_eq!(claims[0].value, Value::Month { year: Some(2026), month: 2 });
    }

    #[test]
    fn a_place_after_the() {
        assert_eq!(
            got("The general election in the United Kingdom on Thursday, July 4, 2024, ended an era."),
            vec![("election@united kingdom".into(), "4 July 2024".into(), None)]
        );
    }

    #[test]
    fn disasters_and_the_place_they_struck() {
        assert_eq!(
            got("A powerful earthquake struck southern Turkey on Monday, February 6, 2023."),
            vec![("earthquake@türkiye".into(), "6 February 2023".into(), None)]
        );
        assert!(got("Elections in May 2023 will follow.").is_empty(), "a month is not a place");
    }

    #[test]
    fn events_need_a_place() {
        assert!(got("The meeting ended on Friday.").is_empty());
    }

    #[test]
    fn yearless_dates_use_the_publication_date() {
        let d = NaiveDate::from_ymd_opt(2026, 6, 10);
        let claims = run_published(
            &EventDate,
            "Delegates wrapped up three days of talks in Lisbon on Tuesday (9 June 2026).",
            d,
        );
        assert_eq!(claims.len(), 1);
        assert_eq!(claims[0].value, Value::Date { date: NaiveDate::from_ymd_opt(2026, 6, 9).unwrap() });
        assert_eq!(claims[0].scope.status.as_deref(), Some("end"));
    }
}
