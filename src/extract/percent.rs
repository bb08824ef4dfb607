//! `percent`: percentages with what they measure and whose they are.
//!
//! The subject is the measure ("share of GDP", "tariff") and the scope says
//! whose figure it is: a proposal by someone ("the US wants 5%"), the value
//! in force ("the current 2% guideline"), or a period. A percentage whose
//! scope cannot be read is still listed by `crosscheck claims`, but rules do
//! not compare it: "2% of GDP" and "5% of GDP" are no contradiction when one
//! is today's guideline and the other a proposal.

use super::{scope, Context, Extractor, Sentence};
use crate::claim::{Claim, Modality, Scope, Subject, SubjectKind};
use crate::recognize::quantity::QuantityKind;
use crate::value::Value;
use regex::Regex;
use std::sync::LazyLock;

pub struct Percent;

/// "of GDP", "of their gross domestic product", "of national output".
static SHARE_OF_GDP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*of\s+(?:their|its|the|his|her|our|national|annual)?\s*(?:GDP|gross domestic product|economic output|national output)(?:[^\p{L}]|$)").unwrap()
});

/// "of the vote", "of the popular vote", "of votes cast".
static SHARE_OF_VOTE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^\s*of\s+(?:the\s+)?(?:popular\s+|national\s+)?(?:votes?|ballots)\b").unwrap());

/// The noun right after the figure: "a 20% tariff", "20% “reciprocal” tariff".
static NOUN_AFTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"^\s*["“”'‘’]?([a-z][a-z-]+)["“”'‘’]?\s+([a-z][a-z-]+)?"#).unwrap());

/// Words that may follow a percentage without naming what it measures.
const NOT_A_MEASURE: &[&str] = &[
    "of",
    "in",
    "on",
    "to",
    "for",
    "and",
    "or",
    "by",
    "from",
    "with",
    "as",
    "at",
    "is",
    "was",
    "were",
    "are",
    "will",
    "would",
    "has",
    "had",
    "have",
    "the",
    "a",
    "an",
    "than",
    "more",
    "less",
    "over",
    "this",
    "that",
    "increase",
    "rise",
    "drop",
    "fall",
    "cut",
    "minimum",
    "maximum",
    "target",
    "goal",
    "threshold",
];

impl Extractor for Percent {
    fn id(&self) -> &'static str {
        "percent"
    }

    fn extract(&self, cx: &Context, sentence: &Sentence) -> Vec<Claim> {
        let text = sentence.text;
        let mut claims = Vec::new();
        for q in sentence.quantities() {
            if q.kind != QuantityKind::Percent {
                continue;
            }
            let after = &text[q.span.end..];
            let (attribute, label) = if SHARE_OF_GDP.is_match(after) {
                ("share of gdp".to_string(), "share of GDP".to_string())
            } else if SHARE_OF_VOTE.is_match(after) {
                ("share of the vote".to_string(), "share of the vote".to_string())
            } else if let Some(noun) = noun_after(after) {
                (noun.clone(), noun)
            } else {
                continue;
            };
            let mut scope = Scope { period: None, ..Scope::default() };
            if let Some(agent) = scope::proposer(text, q.span.start) {
                scope.status = Some("proposed".into());
                scope.agent = Some(agent);
            } else if scope::is_current(text, q.span.start) {
                scope.status = Some("current".into());
            } else if let Some(agent) = scope::holder(text, q.span.start) {
                scope.agent = Some(agent);
            }
            if !scope.is_empty() {
                scope.period = scope::period(sentence.dates());
            }
            let at = cx.claim(sentence, q.span, self.id());
            let key = format!("{attribute}|{}", scope_key(&scope));
            let subject = Subject::new(SubjectKind::Figure, key, scope_label(&label, &scope));
            let value = Value::Percent { interval: q.interval };
            claims.push(at.into_claim(subject, attribute, scope, value, Modality::Asserted));
        }
        claims
    }
}

fn noun_after(after: &str) -> Option<String> {
    let caps = NOUN_AFTER.captures(after)?;
    let first = caps.get(1)?.as_str();
    if NOT_A_MEASURE.contains(&first) {
        return None;
    }
    // "20% reciprocal tariff": an adjective then the noun.
    match caps.get(2).map(|m| m.as_str()) {
        Some(second) if !NOT_A_MEASURE.contains(&second) && !first.ends_with('s') => Some(second.to_string()),
        _ => Some(first.to_string()),
    }
}

/// The part of a figure's subject key that says whose figure it is.
pub fn scope_key(scope: &Scope) -> String {
    [scope.status.as_deref(), scope.agent.as_deref(), scope.period.as_deref()]
        .iter()
        .flatten()
        .copied()
        .collect::<Vec<_>>()
        .join("|")
}

/// "share of GDP (proposed by adams)".
pub fn scope_label(measure: &str, scope: &Scope) -> String {
    let mut parts = Vec::new();
    match (scope.status.as_deref(), scope.agent.as_deref()) {
        (Some("proposed"), Some(agent)) => parts.push(format!("proposed by {agent}")),
        (Some(status), _) => parts.push(status.to_string()),
        (None, Some(agent)) => parts.push(format!("by {agent}")),
        (None, None) => {}
    }
    if let Some(p) = &scope.period {
        parts.push(p.clone());
    }
    if parts.is_empty() {
        measure.to_string()
    } else {
        format!("{measure} ({})", parts.join(", "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::test_support::run;

    fn got(text: &str) -> Vec<(String, String)> {
        run(&Percent, text).into_iter().map(|c| (c.subject.label, c.value.describe())).collect()
    }

    #[test]
    fn proposals_and_current_guidelines_are_different_subjects() {
        let g = got("Members debated whether to raise the current minimum threshold of 2% of GDP1. The Adams administration has proposed an ambitious 5% of GDP minimum, while Janssen has advocated for at least 3.7% of GDP.");
        assert_eq!(g.len(), 3);
        assert_eq!(g[0].0, "share of GDP (current)");
        assert_eq!(g[1].0, "share of GDP (proposed by adams)");
        assert_eq!(g[2], ("share of GDP (proposed by janssen)".into(), "at least 3.7%".into()));
    }

    #[test]
    fn vote_shares_belong_to_who_won_them() {
        let claims = run(&Percent, "The Liberal Party won 41.2% of the vote, ahead of the Greens.");
        assert_eq!(claims[0].subject.label, "share of the vote (by liberal)");
        assert_eq!(claims[0].value.describe(), "41.2%");
    }

    #[test]
    fn a_percentage_needs_a_measure() {
        assert!(got("It will be north of 3%, he said.").is_empty());
        assert_eq!(got("They announced a 20% “reciprocal” tariff.")[0].0, "tariff");
    }

    #[test]
    fn unscoped_figures_have_an_empty_scope() {
        let claims = run(&Percent, "Allies must spend 5% of GDP on defense.");
        assert_eq!(claims.len(), 1);
        assert!(claims[0].scope.is_empty());
    }
}
