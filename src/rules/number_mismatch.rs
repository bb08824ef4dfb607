//! `number-mismatch`: percentages, amounts of money and counts that cannot
//! both be true of one scoped subject.
//!
//! Flags: "the current guideline of 2% of GDP" against "today's 3% of GDP
//! guideline"; "NATO's 32 member states" against "NATO's 30 member states".
//! Values are intervals: "north of 3%" and "at least 3.7%" agree, "more than
//! 20 billion euros" and "20 billion euros" agree, a plain "4.2%" is
//! [4.15, 4.25].
//!
//! Does not flag: figures whose scope is unknown (whose proposal, which
//! period), amounts in different currencies (restatements are not exact),
//! amounts given by different givers.

use super::{disagreement, Rule, RuleContext};
use crate::claim::{Claim, Subject, SubjectKind};
use crate::finding::Finding;
use crate::value::Value;

pub struct NumberMismatch;

impl Rule for NumberMismatch {
    fn id(&self) -> &'static str {
        "number-mismatch"
    }

    fn description(&self) -> &'static str {
        "Sources give figures for one scoped subject that cannot both be true."
    }

    fn check(&self, cx: &RuleContext, subject: &Subject, claims: &[&Claim]) -> Vec<Finding> {
        if subject.kind != SubjectKind::Figure {
            return Vec::new();
        }
        let scoped: Vec<&Claim> = claims
            .iter()
            .copied()
            .filter(|c| {
                !c.scope.is_empty()
                    && matches!(c.value, Value::Percent { .. } | Value::Money { .. } | Value::Count { .. })
            })
            .collect();
        let attribute = scoped.first().map_or("figure", |c| match c.value {
            Value::Percent { .. } => "percentage",
            Value::Money { .. } => "amount",
            _ => "count",
        });
        disagreement(self.id(), attribute, subject, &scoped, cx.documents, |a, b| {
            if let (Some(x), Some(y)) = (&a.scope.agent, &b.scope.agent) {
                if x != y {
                    return false;
                }
            }
            a.attribute == b.attribute && a.scope.status == b.scope.status && !a.value.compatible(&b.value)
        })
        .into_iter()
        .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::test_support::{claim, run_rule};
    use crate::value::Interval;

    fn run(claims: &[Claim]) -> Vec<Finding> {
        run_rule(&NumberMismatch, claims)
    }

    fn pct(source: usize, interval: Interval, status: Option<&str>) -> Claim {
        let mut c = claim(source, SubjectKind::Figure, "share of gdp", Value::Percent { interval });
        c.scope.status = status.map(String::from);
        c
    }

    #[test]
    fn intervals_that_overlap_agree() {
        assert!(run(&[
            pct(0, Interval::above(3.0), Some("current")),
            pct(1, Interval::at_least(3.7), Some("current"))
        ])
        .is_empty());
    }

    #[test]
    fn disjoint_scoped_figures_disagree() {
        let f = run(&[
            pct(0, Interval::around(2.0, 0.5), Some("current")),
            pct(1, Interval::around(3.0, 0.5), Some("current")),
        ]);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].attribute, "percentage");
    }

    #[test]
    fn unscoped_figures_are_not_compared() {
        assert!(run(&[pct(0, Interval::around(2.0, 0.5), None), pct(1, Interval::around(5.0, 0.5), None)]).is_empty());
    }

    #[test]
    fn different_givers_are_not_compared() {
        let mut a = claim(
            0,
            SubjectKind::Figure,
            "amount",
            Value::Money { currency: "EUR".into(), interval: Interval::around(130e6, 0.5e6) },
        );
        let mut b = claim(
            1,
            SubjectKind::Figure,
            "amount",
            Value::Money { currency: "EUR".into(), interval: Interval::above(20e9) },
        );
        a.scope.agent = Some("berlin".into());
        b.scope.agent = Some("allies".into());
        assert!(run(&[a.clone(), b.clone()]).is_empty());
        b.scope.agent = Some("berlin".into());
        assert_eq!(run(&[a, b]).len(), 1);
    }
}
