//! `age`: how old something is: "the three-year-old war", "the war, now in
//! its fourth year", "a conflict entering its fifth week".
//!
//! Both forms become an elapsed-time interval: "three-year-old" is [3, 4)
//! years and "in its fourth year" is [3, 4) years too, so they agree. The
//! subject is the noun phrase the age is told of, with synonyms of the
//! lexicon folded ("conflict" → "war") and word order ignored ("war in
//! Ukraine" = "Ukraine war").

use super::words::words;
use super::{Context, Extractor, Sentence};
use crate::claim::{Claim, Modality, Scope, Subject, SubjectKind};
use crate::recognize::number::find_numbers;
use crate::recognize::ordinal::find_ordinals;
use crate::span::Span;
use crate::value::{Interval, Value};
use regex::Regex;
use std::sync::LazyLock;

pub struct Age;

/// "three-year-old Ukraine conflict": the age, then the noun phrase.
static YEAR_OLD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b([\w-]+?)-(year|month|week|day)s?-old\s+((?:[\p{Lu}][\p{L}’']*\s+)?(?:[a-z][a-z-]*\s+)?[a-z][a-z-]*)",
    )
    .unwrap()
});

/// "in its fourth year": the ordinal, then the unit.
static IN_ITS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:in|into|entering|entered|enters|enter|now in)\s+(?:its|their|her|his)\s+([\w-]+)\s+(year|month|week|day)\b").unwrap()
});

/// The noun phrase an "in its Nth year" phrase speaks of: "the X Y" before the verb.
static SUBJECT_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:^|\b(?i:the|a|an)\s+)((?:[\p{Lu}][\p{L}’']*\s+)?(?:[a-z][a-z-]*\s+)??[a-z][a-z-]*)[\s,]+(?:[\w’']+[\s,]+){0,3}$",
    )
    .unwrap()
});

/// Words that are not part of a subject's identity.
const FILLER: &[&str] =
    &["the", "a", "an", "in", "of", "on", "now", "ongoing", "continuing", "current", "brutal", "full-scale", "entire"];

impl Extractor for Age {
    fn id(&self) -> &'static str {
        "age"
    }

    fn extract(&self, cx: &Context, sentence: &Sentence) -> Vec<Claim> {
        let text = sentence.text;
        let mut out = Vec::new();
        // Both patterns need a word most sentences lack: look for it first.
        let lower = text.to_ascii_lowercase();
        let year_old = lower.contains("-old");
        // The tests on ASCII lower case do not see the Kelvin sign (read as
        // "k" in "week") or the long s (read as "s" in "its" and "his").
        let in_its = (["year", "month", "week", "day"].iter().any(|w| lower.contains(w)) || text.contains('\u{212A}'))
            && (["its", "their", "her", "his"].iter().any(|w| spaced(&lower, w)) || text.contains('ſ'));
        if !year_old && !in_its {
            return out;
        }
        for caps in YEAR_OLD.captures_iter(if year_old { text } else { "" }) {
            let (Some(n), Some(unit), Some(np)) = (caps.get(1), caps.get(2), caps.get(3)) else {
                continue;
            };
            let Some(value) = number_in(n.as_str()) else { continue };
            let whole_np = text[np.start()..]
                .split_whitespace()
                .take(np.as_str().split_whitespace().count())
                .collect::<Vec<_>>()
                .join(" ");
            if !is_thing(&whole_np) {
                continue;
            }
            let span = Span::new(
                n.start(),
                caps.get(0).map_or(n.end(), |m| m.start() + m.as_str().find("-old").map_or(0, |i| i + 4)),
            );
            out.push(claim(self, cx, sentence, span, np.as_str(), &unit.as_str().to_lowercase(), value));
        }
        for caps in IN_ITS.captures_iter(if in_its { text } else { "" }) {
            let (Some(all), Some(ord), Some(unit)) = (caps.get(0), caps.get(1), caps.get(2)) else {
                continue;
            };
            let Some(n) = find_ordinals(ord.as_str()).first().map(|o| o.value) else {
                continue;
            };
            let Some(np) = SUBJECT_BEFORE.captures(&text[..all.start()]).and_then(|c| c.get(1)) else {
                continue;
            };
            // The Nth year began after N-1 full years.
            let elapsed = f64::from(n.saturating_sub(1));
            out.push(claim(
                self,
                cx,
                sentence,
                Span::new(all.start(), all.end()),
                np.as_str(),
                &unit.as_str().to_lowercase(),
                elapsed,
            ));
        }
        out
    }
}

/// Whether `word` occurs in `lower` between white space, as `IN_ITS` reads
/// it ("in its fourth year", not "other", "this" or "visits"). A byte
/// beyond ASCII on either side may belong to white space, so it passes.
fn spaced(lower: &str, word: &str) -> bool {
    let bytes = lower.as_bytes();
    // The white space of `\s`: ASCII's, and characters beyond ASCII.
    let space = |at: usize| bytes.get(at).is_some_and(|&b| matches!(b, b' ' | b'\t'..=b'\r') || !b.is_ascii());
    lower.contains(word) && lower.match_indices(word).any(|(at, _)| at > 0 && space(at - 1) && space(at + word.len()))
}

/// The age of a thing ("the three-year-old war", "an 11-year-old Airbus
/// A320neo"), not of a person ("10-year-old Jane Roe", read by
/// `person-age`) or of nothing ("the 58-year-old therefore left").
fn is_thing(np: &str) -> bool {
    let ws: Vec<&str> = np.split_whitespace().collect();
    let Some(first) = ws.first() else { return false };
    let capitalized = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
    let person = ws.len() >= 2 && ws.iter().all(capitalized) && !np.chars().any(|c| c.is_ascii_digit());
    let function = super::grammar::is_function_word(&first.to_lowercase())
        || super::grammar::ADVERBS.contains(&first.to_lowercase().as_str());
    !person && !function
}

fn number_in(word: &str) -> Option<f64> {
    let found = find_numbers(word);
    let n = found.first()?;
    (n.span.start == 0 && n.span.end == word.len()).then_some(n.value)
}

fn claim(x: &Age, cx: &Context, sentence: &Sentence, span: Span, noun_phrase: &str, unit: &str, elapsed: f64) -> Claim {
    let mut key_words: Vec<String> = words(noun_phrase)
        .iter()
        .map(|w| w.lower())
        .filter(|w| !FILLER.contains(&w.as_str()))
        .map(|w| cx.knowledge.synonym(&w).to_string())
        .collect();
    key_words.sort();
    key_words.dedup();
    let at = cx.claim(sentence, span, x.id());
    at.into_claim(
        Subject::new(SubjectKind::Entity, key_words.join(" "), noun_phrase.trim().to_string()),
        "age",
        Scope::default(),
        Value::Duration {
            unit: unit.to_string(),
            interval: Interval {
                min: Some(elapsed),
                max: Some(elapsed + 1.0),
                min_inclusive: true,
                max_inclusive: false,
            },
        },
        Modality::Asserted,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::test_support::run;

    #[test]
    fn only_a_spaced_pronoun_sends_a_sentence_to_the_nth_year_pattern() {
        assert!(spaced("the war, now in its fourth year", "its"));
        assert!(spaced("entering\ttheir\nthird week", "their"));
        assert!(spaced("in\u{a0}her\u{a0}second term", "her"));
        assert!(!spaced("other visits this year", "her"));
        assert!(!spaced("other visits this year", "its"));
        assert!(!spaced("his", "his"));
        assert!(!spaced("the other day, his", "his"));
        // Letters that fold to ASCII ones still reach the pattern.
        assert_eq!(run(&Age, "The strike, now in itſ third week, goes on.").len(), 1);
        assert_eq!(run(&Age, "The strike, now in its third wee\u{212A}, goes on.").len(), 1);
    }

    #[test]
    fn year_old_and_nth_year_agree() {
        let a = run(&Age, "Roe referred to the three-year-old Ukraine conflict.");
        let b = run(&Age, "The diplomacy goes on as the Ukraine war continues into its fourth year.");
        assert_eq!(a.len(), 1);
        assert_eq!(b.len(), 1);
        assert_eq!(a[0].subject.key, b[0].subject.key);
        assert!(a[0].value.compatible(&b[0].value));
        assert_eq!(a[0].text, "three-year-old");
    }

    #[test]
    fn a_subject_with_a_trailing_phrase_and_a_comma() {
        let a = run(&Age, "The war in Ukraine, now in its second year, dominated the talks.");
        assert_eq!(a.len(), 1);
        assert_eq!(a[0].subject.key, "war");
        let b = run(&Age, "The fifteen-month-old war in Ukraine looms over the talks.");
        assert!(a[0].value.compatible(&b[0].value));
    }

    #[test]
    fn different_ages_disagree() {
        let a = run(&Age, "the two-year-old war in the region");
        let b = run(&Age, "the war in the region, now in its fourth year");
        assert!(!a[0].value.compatible(&b[0].value));
    }
}
