//! `figure`: every figure of a sentence, keyed by what it measures.
//!
//! Counts, amounts of money, percentages, quantities with units, durations
//! and codes all become claims when the words around them say what they
//! measure (see [`super::measure`]); the scope (time, status, part, place)
//! keeps apart figures of one measure that are not the same thing (see
//! [`super::scope`]). A figure whose measure cannot be read is no claim:
//! it could be compared with nothing in particular.
//!
//! A restatement in brackets ("€130 million ($140 million)", "9,300
//! hectares (about 23,000 acres)") is a claim of its own with the same key,
//! marked as restating the first: a reader may check either unit, and a
//! source does not contradict itself by giving two units.

use super::measure::{self, Role};
use super::{agent, scope, Context, Extractor, Sentence};
use crate::claim::{Claim, Modality, Scope, Subject, SubjectKind};
use crate::value::Value;

pub struct Figure;

impl Extractor for Figure {
    fn id(&self) -> &'static str {
        "figure"
    }

    fn extract(&self, cx: &Context, sentence: &Sentence) -> Vec<Claim> {
        let t = sentence.tokens();
        let mut out = Vec::new();
        let heading = cx.heading_before(sentence.span.start);
        for (i, tok) in t.tokens.iter().enumerate() {
            let crate::extract::tokens::Kind::Value(v) = tok.kind else { continue };
            let value = &t.values[v].value;
            if !is_figure(value) || t.conversion_of[v].is_some() || is_age(t, i) || is_reference(t, i) || is_rank(t, i)
            {
                continue;
            }
            let Some(m) = read_measure(cx, t, i, heading) else { continue };
            // "a 50% chance of a hike": an estimate, never a fact to compare.
            if cx.knowledge.measures.is_estimate(&m.key) {
                continue;
            }
            let s = scope::read(t, i, cx.knowledge, sentence.anchor);
            if s.negated {
                continue;
            }
            // A label that names the measure names no holder ("Penalty: €40,000").
            let mut holder = m.holder.clone().or_else(|| {
                (!measure::labelled(t, i, cx.knowledge)).then(|| super::holder::of_clause(t, i, cx.knowledge)).flatten()
            });
            // "would give it 31 seats", "the company's revenue": someone's,
            // but whose is unread ("the winner's cheque" is a part, read by the scope).
            let holder_unread = holder.is_none()
                && (i.saturating_sub(4)..i).any(|j| {
                    let w = t.word(j);
                    matches!(w, "it" | "they" | "he" | "she" | "its" | "their" | "his" | "her" | "them" | "him")
                        || (s.part.is_none() && (w.ends_with("'s") || w.ends_with("’s")))
                });
            let mut status = s.status.map(String::from);
            // A figure someone proposes is theirs and a proposal: "the council
            // wants 5%"; "the current 2%" is the figure in force.
            let at = tok.span.start;
            if let Some(proposer) = agent::proposer(t.text, at) {
                status = Some("proposed".into());
                holder = Some(proposer);
            } else if agent::is_current(t.text, at) {
                status = Some("current".into());
            }
            // The day a level was read, when the clause names one; levels
            // and counts that change from day to day are otherwise read on
            // the day of publication (see `number-mismatch`).
            let day = s.day.map(|d| match &s.part_of_day {
                Some(p) => format!("{d} {p}"),
                None => d.to_string(),
            });
            let scope = Scope {
                agent: holder.map(|h| agent::normalize_agent(&h)),
                period: s.period.clone(),
                status,
                organisation: None,
                place: s.place.clone(),
                part: s.part.map(String::from),
                rate: m.rate.clone(),
                role: m.role.as_str().map(String::from),
                day,
                holder_unread,
            };
            let subject = Subject::new(SubjectKind::Figure, m.key.key.clone(), m.key.label.clone());
            let main_span = tok.span;
            // The claim itself, then one per restatement in brackets.
            let restated =
                std::iter::once((i, None)).chain(t.tokens.iter().enumerate().filter_map(|(j, x)| match x.kind {
                    crate::extract::tokens::Kind::Value(w) if t.conversion_of[w] == Some(v) => {
                        Some((j, Some(main_span)))
                    }
                    _ => None,
                }));
            for (j, restates) in restated {
                let Some(value) = t.value(j) else { continue };
                let at = cx.claim(sentence, t.tokens[j].span, self.id());
                let mut value = as_claim_value(value, &m.key.label);
                if restates.is_none() && passes_beyond(t, i) {
                    value = beyond(value);
                }
                let mut claim =
                    at.into_claim(subject.clone(), attribute(&value), scope.clone(), value, Modality::Asserted);
                claim.measure = Some(m.key.label.clone());
                claim.restates = restates.map(|s| s.offset(sentence.span.start));
                claim.evolving = m.key.evolving;
                out.push(claim);
            }
        }
        out
    }
}

/// The measure of a figure; a code takes the noun before it ("Flight XY305").
fn read_measure(cx: &Context, t: &super::tokens::Tokens, i: usize, heading: Option<&str>) -> Option<measure::Measure> {
    if let Some(Value::Code { .. }) = t.value(i) {
        let noun = t.word(i.checked_sub(1)?);
        let words = vec![noun.to_string()];
        if noun.is_empty() || super::grammar::is_function_word(noun) {
            return None;
        }
        let key = cx.knowledge.measures.key(&words)?;
        return Some(measure::Measure { key, role: Role::Level, holder: None, rate: None, via: "code" });
    }
    measure::read(t, i, cx.knowledge, heading)
}

/// "tops 9,000 hectares", "passed 1 million", "exceeded $2bn": the verb
/// says the figure was gone beyond.
fn passes_beyond(t: &super::tokens::Tokens, i: usize) -> bool {
    let mut j = i;
    while j > 0 && matches!(t.word(j - 1), "the" | "a" | "an") {
        j -= 1;
    }
    j > 0
        && matches!(
            t.word(j - 1),
            "tops"
                | "topped"
                | "top"
                | "exceeds"
                | "exceeded"
                | "exceed"
                | "surpasses"
                | "surpassed"
                | "surpass"
                | "passes"
                | "passed"
                | "crosses"
                | "crossed"
                | "breaks"
                | "broke"
        )
}

/// A plain figure read as "more than" it.
fn beyond(v: Value) -> Value {
    let above = |i: crate::value::Interval| match (i.min, i.max) {
        (Some(a), Some(b)) if i.min_inclusive => crate::value::Interval::above((a + b) / 2.0),
        _ => i,
    };
    match v {
        Value::Count { unit, interval } => Value::Count { unit, interval: above(interval) },
        Value::Money { currency, interval } => Value::Money { currency, interval: above(interval) },
        Value::Percent { interval } => Value::Percent { interval: above(interval) },
        Value::Quantity { unit, dimension, interval } => Value::Quantity { unit, dimension, interval: above(interval) },
        other => other,
    }
}

/// "the three parties", "both sides", "its two members": a small number
/// after a definite word points back at things already counted; it is no
/// count of its own.
fn is_reference(t: &super::tokens::Tokens, i: usize) -> bool {
    let small = matches!(t.value(i), Some(Value::Number { interval }) if interval.max.is_some_and(|m| m <= 12.0));
    let definite =
        i > 0 && matches!(t.word(i - 1), "the" | "these" | "those" | "both" | "its" | "their" | "his" | "her" | "our");
    small && definite
}

/// "World No 1", "the No. 2 seed", "world number 3": a rank, no count.
fn is_rank(t: &super::tokens::Tokens, i: usize) -> bool {
    i > 0 && {
        let before = t.tokens[i - 1].text;
        matches!(before, "No" | "No." | "no." | "Nr" | "Nr.") || t.word(i - 1) == "number"
    }
}

/// "9-year-old", "aged 63", "63 years old": an age, read by the age readers.
fn is_age(t: &super::tokens::Tokens, i: usize) -> bool {
    let after = &t.text[t.tokens[i].span.end..];
    let glued = after.trim_start_matches(['-', ' ']);
    let lower = glued.to_lowercase();
    let year_old = ["year-old", "years-old", "year old", "years old", "month-old", "months old", "week-old", "day-old"];
    year_old.iter().any(|y| lower.starts_with(y)) || (i > 0 && t.word(i - 1) == "aged")
}

/// The kinds of value that are figures (dates, titles and ordinals have
/// readers of their own).
fn is_figure(v: &Value) -> bool {
    match v {
        Value::Percent { .. } | Value::Money { .. } | Value::Quantity { .. } | Value::Code { .. } => true,
        Value::Number { interval } => interval.min.is_some() || interval.max.is_some(),
        // An age band ("three-year-old", "in its fourth year") is a width-one
        // interval of years; the age readers take it.
        Value::Duration { interval, .. } => {
            !(interval.min_inclusive
                && !interval.max_inclusive
                && interval.min.zip(interval.max).is_some_and(|(a, b)| b - a == 1.0))
        }
        _ => false,
    }
}

/// A bare number becomes a count of what it measures.
fn as_claim_value(v: &Value, measure: &str) -> Value {
    match v {
        Value::Number { interval } => Value::Count { unit: measure.to_string(), interval: *interval },
        other => other.clone(),
    }
}

/// What a figure tells of its measure: "the area of the fire", "the amount
/// of the fund", "the count of deaths".
fn attribute(v: &Value) -> String {
    match v {
        Value::Percent { .. } => "percentage".into(),
        Value::Money { .. } => "amount".into(),
        Value::Quantity { dimension, .. } => dimension.clone(),
        Value::Duration { .. } => "duration".into(),
        Value::Code { .. } => "code".into(),
        _ => "count".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::test_support::run_published;
    use chrono::NaiveDate;

    fn got(text: &str) -> Vec<(String, String, String)> {
        run_published(&Figure, text, NaiveDate::from_ymd_opt(2026, 4, 29))
            .into_iter()
            .map(|c| (c.subject.key, c.value.describe(), crate::extract::describe_scope(&c.scope)))
            .collect()
    }

    #[test]
    fn every_figure_with_a_measure_is_a_claim() {
        let g = got("The storm killed 12 people and destroyed 340 homes, while 5,000 residents were evacuated.");
        let keys: Vec<&str> = g.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(keys, ["deaths", "homes destroyed", "evacuated"]);
    }

    #[test]
    fn restatements_share_the_key() {
        let g = got("The city approved a €130 million ($140 million) relief fund.");
        assert_eq!(g.len(), 2);
        assert_eq!(g[0].0, g[1].0);
    }

    #[test]
    fn scopes_keep_figures_apart() {
        let g = got("Turnout was 58.2%, up from 55.9% in 2021.");
        assert_eq!(g.len(), 2);
        assert_ne!(g[0].2, g[1].2);
    }

    #[test]
    fn ranks_are_no_counts() {
        assert_eq!(got("World No 1 Jane Roe won 12 titles.").len(), 1);
        assert_eq!(got("The No. 2 seed Jane Roe won 12 titles.").len(), 1);
        assert!(got("The world number 3 player lost.").is_empty());
    }

    #[test]
    fn chances_are_no_claims() {
        assert!(got("Markets put a 60% chance on a cut in June.").is_empty());
    }

    #[test]
    fn negated_figures_are_no_claims() {
        assert_eq!(got("About 4,300 people were evacuated, not the 5,000 first reported.").len(), 1);
    }
}
