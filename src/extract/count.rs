//! `count`: counts of things that belong to someone: "ASEAN's 32 member
//! states", "all 10 ASEAN member states".
//!
//! The owner (an organisation of the lexicon) is required: "32 member
//! states" alone could be any body's members, so it is not compared.
//! Counts of time units ("two days", "30-day") are durations, not counts.

use super::words::words;
use super::{Context, Extractor, Sentence};
use crate::claim::{Claim, Modality, Scope, Subject, SubjectKind};
use crate::recognize::quantity::QuantityKind;
use crate::value::Value;

pub struct Count;

const TIME_UNITS: &[&str] = &[
    "second",
    "seconds",
    "minute",
    "minutes",
    "hour",
    "hours",
    "day",
    "days",
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "decade",
    "decades",
    "century",
    "centuries",
    "percent",
    "per",
    "times",
];

/// Words that end a unit noun phrase.
const UNIT_BREAK: &[&str] = &[
    "of", "in", "on", "at", "to", "for", "and", "or", "by", "from", "with", "as", "that", "which", "who", "were",
    "was", "are", "is", "have", "has", "had", "will", "would", "the", "a", "an",
];

impl Extractor for Count {
    fn id(&self) -> &'static str {
        "count"
    }

    fn extract(&self, cx: &Context, sentence: &Sentence) -> Vec<Claim> {
        let text = sentence.text;
        let orgs = cx.knowledge.find_organisations(text);
        let mut claims = Vec::new();
        for q in sentence.quantities() {
            if q.kind != QuantityKind::Number || !q.integer {
                continue;
            }
            // Unit: the lower-case words after the figure, past an optional organisation.
            let mut owner = None;
            let mut unit_words: Vec<String> = Vec::new();
            let after_start = q.span.end;
            for w in words(&text[after_start..]).into_iter().take(5) {
                let abs_start = after_start + w.span.start;
                if unit_words.is_empty() && owner.is_none() {
                    if let Some(o) = orgs.iter().find(|o| o.start == abs_start) {
                        owner = Some(cx.knowledge.organisations[o.index].name.clone());
                        continue;
                    }
                }
                let lower = w.lower();
                if w.is_capitalized()
                    || UNIT_BREAK.contains(&lower.as_str())
                    || w.text.chars().any(|c| c.is_ascii_digit())
                {
                    break;
                }
                unit_words.push(lower);
                if unit_words.len() == 2 {
                    break;
                }
            }
            if unit_words.is_empty()
                || unit_words.iter().any(|w| TIME_UNITS.contains(&w.as_str()))
                || text[q.span.end..].starts_with('-')
            {
                continue;
            }
            // "ASEAN's 10 member states": a possessive organisation just before.
            if owner.is_none() {
                let before = text[..q.span.start].trim_end();
                let before = before.strip_suffix("all").unwrap_or(before).trim_end();
                let before = before.strip_suffix("’s").or_else(|| before.strip_suffix("'s")).unwrap_or("");
                owner = orgs
                    .iter()
                    .find(|o| o.end == before.len())
                    .map(|o| cx.knowledge.organisations[o.index].name.clone());
            }
            let Some(owner) = owner else { continue };
            let unit = unit_words.join(" ");
            let at = cx.claim(sentence, q.span, self.id());
            claims.push(at.into_claim(
                Subject::new(
                    SubjectKind::Figure,
                    format!("{unit}|{}", owner.to_lowercase()),
                    format!("{owner} {unit}"),
                ),
                "count",
                Scope { organisation: Some(owner), ..Scope::default() },
                Value::Count { unit, interval: q.interval },
                Modality::Asserted,
            ));
        }
        claims
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::test_support::run;

    fn got(text: &str) -> Vec<(String, String)> {
        run(&Count, text).into_iter().map(|c| (c.subject.label, c.value.describe())).collect()
    }

    #[test]
    fn owned_counts() {
        assert_eq!(
            got("Ministers from all 10 ASEAN member states came."),
            vec![("ASEAN member states".into(), "10 member states".into())]
        );
        assert_eq!(
            got("In addition to ASEAN’s 10 member states, partners came."),
            vec![("ASEAN member states".into(), "10 member states".into())]
        );
    }

    #[test]
    fn counts_without_owner_or_of_time_are_skipped() {
        assert!(got("Berlin will send up to 5,000 soldiers.").is_empty());
        assert!(got("The ASEAN meeting lasted two days.").is_empty());
    }
}
