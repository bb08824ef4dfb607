//! `event-fact`: an event date that the trusted facts rule out.
//!
//! Flags: "the summit in Lisbon in July 2026" when the facts say the summit
//! in Lisbon takes place on 24–25 June 2026. A month, date or span agrees
//! when it overlaps the fact's days; a weekday when one of the days falls on
//! it.
//!
//! Does not flag: events without a fact, claims of another year (another
//! occurrence), months without a year.

use super::{Rule, RuleContext};
use crate::claim::{Claim, Subject, SubjectKind};
use crate::facts::EventFact;
use crate::finding::{finding_id, Finding, FindingKind, Severity, Side};
use crate::value::{day_span, Value};
use chrono::Datelike;
use std::collections::{BTreeMap, BTreeSet};

pub struct EventFactRule;

impl Rule for EventFactRule {
    fn id(&self) -> &'static str {
        "event-fact"
    }

    fn description(&self) -> &'static str {
        "An event date that the trusted facts rule out."
    }

    fn check(&self, cx: &RuleContext, subject: &Subject, claims: &[&Claim]) -> Vec<Finding> {
        if subject.kind != SubjectKind::Event {
            return Vec::new();
        }
        let Some(fact) = cx.facts.events.iter().find(|e| matches_subject(cx, e, subject)) else { return Vec::new() };
        let truth = Value::DateRange { start: fact.start, end: fact.end };
        let mut by_value: BTreeMap<String, Vec<Claim>> = BTreeMap::new();
        for claim in claims.iter().filter(|c| c.attribute == "date") {
            let same_occurrence = match day_span(&claim.value) {
                Some((s, e)) => s.year() <= fact.end.year() && fact.start.year() <= e.year(),
                None => matches!(claim.value, Value::Weekday { .. }),
            };
            if same_occurrence && !claim.value.compatible(&truth) {
                by_value.entry(claim.value.describe()).or_default().push((*claim).clone());
            }
        }
        if by_value.is_empty() {
            return Vec::new();
        }
        let values: Vec<String> = by_value.keys().cloned().collect();
        let sides = by_value
            .into_iter()
            .map(|(value, claims)| {
                let sources = claims.iter().map(|c| c.source).collect::<BTreeSet<_>>().len();
                Side { value, claims, sources }
            })
            .collect();
        vec![Finding {
            id: finding_id(subject, "date", &values.iter().map(|v| format!("fact:{v}")).collect::<Vec<_>>()),
            kind: FindingKind::Contradiction,
            severity: Severity::Error,
            rule: self.id(),
            subject: subject.clone(),
            attribute: "date".into(),
            message: format!(
                "the facts give {} for {}; sources say {}",
                truth.describe(),
                subject.label,
                values.join(" and ")
            ),
            sides,
            facts: vec![fact.source.clone()],
            references_only: false,
        }]
    }
}

/// The fact's kind and place against the subject key "kind@place".
fn matches_subject(cx: &RuleContext, fact: &EventFact, subject: &Subject) -> bool {
    let place = cx.knowledge.place(&fact.place).map_or_else(|| fact.place.clone(), |p| p.name.clone());
    subject.key == format!("{}@{}", fact.kind, place.to_lowercase())
}
