//! `money`: amounts of money with what they pay for, who gives them and
//! for which period.
//!
//! "Allies pledged more than 20 billion euros in military assistance in the
//! first quarter of 2025" → subject "military assistance", period "Q1 2025".
//! A restatement in another currency in parentheses ("€130 million ($140
//! million)") belongs to the same claim. Two amounts are compared only when
//! their purpose matches and their period or giver is known and matches: a
//! German pledge and all allies' quarterly total are different subjects.

use super::percent::{scope_key, scope_label};
use super::{scope, Context, Extractor, Sentence};
use crate::claim::{Claim, Modality, Scope, Subject, SubjectKind};
use crate::recognize::quantity::QuantityKind;
use crate::value::Value;
use regex::Regex;
use std::sync::LazyLock;

pub struct Money;

/// "in military assistance", "for reconstruction", "of humanitarian aid".
static PURPOSE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\)?\s*(?:in|of|for|worth of|in new|in fresh)\s+((?:[a-z][a-z-]+\s+){0,2}?(?:aid|assistance|funding|funds|support|loans?|grants?|spending|investment|budget|package|relief|reconstruction|weapons|arms|equipment|subsidies|debt|damages|revenue|sales|profit|exports|imports|[a-z]+ing))\b").unwrap()
});

/// "a $5bn aid package": purpose words right after the amount.
static PURPOSE_NOUN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\)?\s+((?:[a-z][a-z-]+\s+)?(?:aid|assistance|package|loan|fund|budget|deal|grant|bailout|investment))\b",
    )
    .unwrap()
});

/// "an aid package worth $375 million", "a grant of €2 million".
static PURPOSE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"((?:[a-z][a-z-]+\s+){0,2}?(?:aid|assistance|package|loan|fund|budget|deal|grant|bailout|investment|contract))\s+(?:worth|of|totalling|totaling|valued at|amounting to)\s+(?:(?:about|around|some|roughly|nearly|almost|over|more than|up to)\s+)?$").unwrap()
});

impl Extractor for Money {
    fn id(&self) -> &'static str {
        "money"
    }

    fn extract(&self, cx: &Context, sentence: &Sentence) -> Vec<Claim> {
        let text = sentence.text;
        let mut claims = Vec::new();
        for q in sentence.quantities() {
            let QuantityKind::Money { currency } = &q.kind else {
                continue;
            };
            let end = q.conversions.iter().map(|c| c.span.end).max().unwrap_or(q.span.end);
            let after = text[end..].strip_prefix(')').unwrap_or(&text[end..]);
            let purpose = PURPOSE_AFTER
                .captures(after)
                .or_else(|| PURPOSE_NOUN.captures(after))
                .or_else(|| PURPOSE_BEFORE.captures(&text[..q.span.start]))
                .and_then(|c| c.get(1))
                .map(|m| m.as_str().trim().to_string());
            let Some(purpose) = purpose else { continue };
            let scope = Scope {
                agent: scope::giver(text, q.span.start),
                period: scope::period(sentence.dates()),
                ..Scope::default()
            };
            let mut span = q.conversions.iter().fold(q.span, |s, c| s.cover(c.span));
            // "€130 million ($140 million)": take in the closing parenthesis.
            if !q.conversions.is_empty() && text[span.end..].starts_with(')') {
                span.end += 1;
            }
            let at = cx.claim(sentence, span, self.id());
            claims.push(at.into_claim(
                Subject::new(
                    SubjectKind::Figure,
                    format!("{purpose}|{}", scope_key(&Scope { agent: None, ..scope.clone() })),
                    scope_label(&purpose, &Scope { agent: None, ..scope.clone() }),
                ),
                "amount",
                scope,
                Value::Money { currency: currency.clone(), interval: q.interval },
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

    #[test]
    fn purpose_period_and_giver() {
        let claims = run(&Money, "ASEAN allies have pledged more than 20 billion euros in military assistance to Ukraine in the first quarter of 2025 alone7.");
        assert_eq!(claims.len(), 1);
        assert_eq!(claims[0].subject.label, "military assistance (Q1 2025)");
        assert_eq!(claims[0].value.describe(), "more than 20 billion EUR");
        assert_eq!(claims[0].scope.agent.as_deref(), Some("asean allies"));
    }

    #[test]
    fn a_conversion_is_part_of_the_claim() {
        let text = "Berlin pledged a further €130 million ($140 million) in stabilization funding on Tuesday.";
        let claims = run(&Money, text);
        assert_eq!(claims.len(), 1);
        assert_eq!(claims[0].text, "€130 million ($140 million)");
        assert_eq!(claims[0].subject.label, "stabilization funding");
        assert_eq!(claims[0].scope.agent.as_deref(), Some("berlin"));
    }

    #[test]
    fn purpose_before_the_amount() {
        let claims = run(&Money, "Biden announced a new military aid package worth $375 million for Ukraine.");
        assert_eq!(claims[0].subject.label, "military aid package");
    }

    #[test]
    fn amounts_without_a_purpose_are_not_claims() {
        assert!(run(&Money, "It cost $5 million.").is_empty());
    }
}
