//! `ordinal-mismatch`: different anniversaries or ages for one subject.
//!
//! Flags: "the alliance's 75th anniversary" against "its 76th anniversary";
//! "the two-year-old war" against "the war, now in its fourth year". Ages
//! are intervals of elapsed time, so "three-year-old" and "in its fourth
//! year" agree.
//!
//! Does not flag: anniversaries from sources published more than a year
//! apart (the count moves on every year).

use super::{disagreement, Rule, RuleContext};
use crate::claim::{Claim, Subject};
use crate::finding::Finding;
use crate::value::Value;

pub struct OrdinalMismatch;

impl Rule for OrdinalMismatch {
    fn id(&self) -> &'static str {
        "ordinal-mismatch"
    }

    fn description(&self) -> &'static str {
        "Sources give one subject different anniversaries or ages."
    }

    fn check(&self, cx: &RuleContext, subject: &Subject, claims: &[&Claim]) -> Vec<Finding> {
        let mut findings = Vec::new();
        for attribute in ["age", "anniversary", "ordinal"] {
            let of_kind: Vec<&Claim> = claims
                .iter()
                .copied()
                .filter(|c| {
                    c.attribute == attribute && matches!(c.value, Value::Ordinal { .. } | Value::Duration { .. })
                })
                .collect();
            findings.extend(disagreement(self.id(), attribute, subject, &of_kind, cx.documents, |a, b| {
                self.relation(cx, claims, a, b) == Some(false)
            }));
        }
        findings
    }

    /// Ages and ordinals of one subject, from sources at most half a year apart.
    fn relation(&self, cx: &RuleContext, _subject: &[&Claim], a: &Claim, b: &Claim) -> Option<bool> {
        let kinds = |c: &Claim| matches!(c.value, Value::Ordinal { .. } | Value::Duration { .. });
        if a.attribute != b.attribute
            || !["age", "anniversary", "ordinal"].contains(&a.attribute.as_str())
            || !kinds(a)
            || !kinds(b)
        {
            return None;
        }
        let published = |c: &Claim| cx.documents.get(c.source).and_then(|d| d.published);
        if matches!((published(a), published(b)), (Some(x), Some(y)) if (x - y).num_days().abs() > 180) {
            return None;
        }
        Some(a.value.compatible(&b.value))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claim::SubjectKind;
    use crate::rules::test_support::{claim, run_rule};
    use crate::value::Interval;

    fn run(claims: &[Claim]) -> Vec<Finding> {
        run_rule(&OrdinalMismatch, claims)
    }

    fn age(source: usize, years: f64) -> Claim {
        let interval = Interval { min: Some(years), max: Some(years + 1.0), min_inclusive: true, max_inclusive: false };
        claim(source, SubjectKind::Entity, "age", Value::Duration { unit: "year".into(), interval })
    }

    #[test]
    fn ages_and_anniversaries() {
        assert!(run(&[age(0, 3.0), age(1, 3.0)]).is_empty());
        assert_eq!(run(&[age(0, 2.0), age(1, 3.0)]).len(), 1);
        let a = claim(0, SubjectKind::Entity, "anniversary", Value::Ordinal { value: 75 });
        let b = claim(1, SubjectKind::Entity, "anniversary", Value::Ordinal { value: 76 });
        assert_eq!(run(&[a, b])[0].message, "sources disagree on the anniversary: 75th (1 source) vs 76th (1 source)");
    }
}
