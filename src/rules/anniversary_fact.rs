//! `anniversary-fact`: an anniversary number that does not match the
//! founding date in the trusted facts.
//!
//! Flags: "the alliance's 75th anniversary" for a summit in 2025 when the
//! facts say the alliance was founded on 1949-04-04 (2025 is the 76th).
//! The year is the one the sentence speaks of ("the summit in July 2025
//! coincides with its 75th anniversary"), else the story's day.
//!
//! Does not flag: organisations without a founding fact, sentences and
//! stories without a known year.

use super::{Rule, RuleContext};
use crate::claim::{Claim, Subject};
use crate::finding::{finding_id, Finding, FindingKind, Severity, Side};
use crate::recognize::date::find_dates;
use crate::value::{day_span, ordinal_suffix, Value};
use chrono::Datelike;

pub struct AnniversaryFact;

impl Rule for AnniversaryFact {
    fn id(&self) -> &'static str {
        "anniversary-fact"
    }

    fn description(&self) -> &'static str {
        "An anniversary number that does not match the founding date in the trusted facts."
    }

    fn check(&self, cx: &RuleContext, subject: &Subject, claims: &[&Claim]) -> Vec<Finding> {
        let Some(org) = cx.facts.organisation(&subject.key) else { return Vec::new() };
        let mut findings = Vec::new();
        for claim in claims.iter().filter(|c| c.attribute == "anniversary") {
            let Value::Ordinal { value } = claim.value else { continue };
            let Some(year) = story_year(cx, claim) else { continue };
            let expected = year - org.founded.year();
            if expected <= 0 || i64::from(value) == i64::from(expected) {
                continue;
            }
            let written = ordinal_suffix(value);
            findings.push(Finding {
                id: finding_id(subject, "anniversary", &[written.clone(), year.to_string()]),
                kind: FindingKind::Contradiction,
                severity: Severity::Error,
                rule: self.id(),
                subject: subject.clone(),
                attribute: "anniversary".into(),
                message: format!(
                    "{} was founded on {}: {year} brings its {} anniversary, not its {written}",
                    org.name,
                    org.founded,
                    ordinal_suffix(expected as u32)
                ),
                sides: vec![Side { value: written, claims: vec![(*claim).clone()], sources: 1 }],
                facts: vec![org.source.clone()],
                references_only: false,
            });
        }
        findings
    }
}

/// The year of a date in the claim's own sentence, else of the story's day.
fn story_year(cx: &RuleContext, claim: &Claim) -> Option<i32> {
    let doc = cx.documents.get(claim.source)?;
    let sentence = claim.sentence.slice(&doc.prose);
    let in_sentence =
        find_dates(sentence, doc.published).into_iter().find_map(|d| day_span(&d.value)).map(|(s, _)| s.year());
    in_sentence.or_else(|| cx.reference_dates.get(claim.source).copied().flatten().map(|d| d.year()))
}
