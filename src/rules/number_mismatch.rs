//! `number-mismatch`: percentages, amounts of money and counts that cannot
//! both be true of one scoped subject.
//!
//! Flags: "the current guideline of 2% of GDP" against "today's 3% of GDP
//! guideline"; "ASEAN's 10 member states" against "ASEAN's 9 member states".
//! Values are intervals: "north of 3%" and "at least 3.7%" agree, "more than
//! 20 billion euros" and "20 billion euros" agree, a plain "4.2%" is
//! [4.15, 4.25].
//!
//! Does not flag: figures whose scope is unknown (whose proposal, which
//! period), amounts in different currencies (restatements are not exact),
//! amounts given by different givers.

use super::{disagreement, Rule, RuleContext};
use crate::claim::{Claim, Subject, SubjectKind};
use crate::finding::{Finding, FindingKind, Severity};
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
        // A figure is comparable when its scope is known, or when it is an
        // evolving figure (a toll), whose subject already says where.
        let scoped: Vec<&Claim> = claims
            .iter()
            .copied()
            .filter(|c| !c.scope.is_empty() || cx.config.is_evolving(&c.attribute))
            .filter(|c| matches!(c.value, Value::Percent { .. } | Value::Money { .. } | Value::Count { .. }))
            .collect();
        let attribute = scoped.first().map_or("figure", |c| match c.value {
            Value::Percent { .. } => "percentage",
            Value::Money { .. } => "amount",
            _ => "count",
        });
        let published = |c: &Claim| cx.documents.get(c.source).and_then(|d| d.published);
        // For an evolving figure, the later of two sources of different dates.
        let later = |a: &Claim, b: &Claim| match (published(a), published(b)) {
            (Some(x), Some(y)) if x != y && cx.config.is_evolving(&a.attribute) => Some(x > y),
            _ => None,
        };
        let comparable = |a: &Claim, b: &Claim| {
            let agents_differ = matches!((&a.scope.agent, &b.scope.agent), (Some(x), Some(y)) if x != y);
            !agents_differ && a.attribute == b.attribute && a.scope.status == b.scope.status
        };
        let conflict = |a: &Claim, b: &Claim| {
            comparable(a, b)
                && values_conflict(cx, &a.value, &b.value)
                && match later(a, b) {
                    // A later, larger figure is an update; a later, smaller one still contradicts.
                    Some(a_is_later) => {
                        let (old, new) = if a_is_later { (b, a) } else { (a, b) };
                        !grew(&old.value, &new.value)
                    }
                    None => true,
                }
        };
        let mut findings: Vec<Finding> =
            disagreement(self.id(), attribute, subject, &scoped, conflict).into_iter().collect();
        let update = |a: &Claim, b: &Claim| {
            comparable(a, b)
                && values_conflict(cx, &a.value, &b.value)
                && later(a, b).is_some_and(
                    |a_is_later| if a_is_later { grew(&b.value, &a.value) } else { grew(&a.value, &b.value) },
                )
        };
        if let Some(mut f) = disagreement(self.id(), attribute, subject, &scoped, update) {
            // Oldest first, so the message reads as a timeline.
            f.sides.sort_by_key(|s| s.claims.iter().filter_map(published).min());
            let steps: Vec<String> = f
                .sides
                .iter()
                .map(|s| match s.claims.iter().filter_map(published).min() {
                    Some(day) => format!("{} ({day})", s.value),
                    None => s.value.clone(),
                })
                .collect();
            f.kind = FindingKind::Update;
            f.severity = Severity::Info;
            f.message = format!("the {} grew as reports came in: {}", subject.label, steps.join(" → "));
            f.id = format!("{}+update", f.id);
            findings.push(f);
        }
        findings
    }
}

/// Whether the new figure lies wholly above the old one.
fn grew(old: &Value, new: &Value) -> bool {
    match (old.interval(), new.interval()) {
        (Some(o), Some(n)) => match (o.max, n.min) {
            (Some(max), Some(min)) => min >= max,
            _ => false,
        },
        _ => false,
    }
}

/// Disjoint values. Money in two currencies is compared only through the
/// configured rates, widened by the restatement tolerance.
fn values_conflict(cx: &RuleContext, a: &Value, b: &Value) -> bool {
    if let (Value::Money { currency: ca, interval: ia }, Value::Money { currency: cb, interval: ib }) = (a, b) {
        if ca != cb {
            let rates = &cx.config.money.rates;
            let (Some(ra), Some(rb)) = (rates.get(ca), rates.get(cb)) else { return false };
            let tolerance = 1.0 + cx.config.money.restatement_tolerance;
            let mut x = ia.scaled(*ra);
            x.min = x.min.map(|v| v / tolerance);
            x.max = x.max.map(|v| v * tolerance);
            return !x.overlaps(&ib.scaled(*rb));
        }
    }
    !a.compatible(b)
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
    fn values_that_agree_stand_on_one_side() {
        let f = run(&[
            pct(0, Interval::around(33.7, 0.05), Some("current")),
            pct(1, Interval::around(34.0, 0.5), Some("current")),
            pct(2, Interval::around(36.0, 0.5), Some("current")),
        ]);
        assert_eq!(f[0].message, "sources disagree on the percentage: 33.7% / 34% (2 sources) vs 36% (1 source)");
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
