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
        "Sources give figures for one measure and scope that cannot both be true."
    }

    fn check(&self, cx: &RuleContext, subject: &Subject, claims: &[&Claim]) -> Vec<Finding> {
        if subject.kind != SubjectKind::Figure {
            return Vec::new();
        }
        let figures: Vec<&Claim> = claims
            .iter()
            .copied()
            .filter(|c| {
                matches!(
                    c.value,
                    Value::Percent { .. }
                        | Value::Money { .. }
                        | Value::Count { .. }
                        | Value::Quantity { .. }
                        | Value::Duration { .. }
                        | Value::Code { .. }
                )
            })
            .collect();
        let attribute = figures.first().map_or("figure", |c| c.attribute.as_str());
        let judge = Judge { cx };
        let published = |c: &Claim| cx.documents.get(c.source).and_then(|d| d.published);
        let conflict = |a: &Claim, b: &Claim| judge.relation(a, b) == Some(false);
        let mut findings: Vec<Finding> =
            disagreement(self.id(), attribute, subject, &figures, cx.documents, conflict).into_iter().collect();
        let update = |a: &Claim, b: &Claim| judge.update(a, b);
        if let Some(mut f) = disagreement(self.id(), attribute, subject, &figures, cx.documents, update) {
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

    fn relation(&self, cx: &RuleContext, _subject: &[&Claim], a: &Claim, b: &Claim) -> Option<bool> {
        let figure = |c: &Claim| {
            c.subject.kind == SubjectKind::Figure && c.value.interval().is_some()
                || matches!(c.value, Value::Code { .. })
        };
        if !figure(a) || !figure(b) {
            return None;
        }
        Judge { cx }.relation(a, b)
    }
}

/// The judgment of two figures of one subject.
struct Judge<'a, 'b> {
    cx: &'a RuleContext<'b>,
}

impl Judge<'_, '_> {
    fn published(&self, c: &Claim) -> Option<chrono::NaiveDate> {
        self.cx.documents.get(c.source).and_then(|d| d.published)
    }

    fn is_draft(&self, c: &Claim) -> bool {
        self.cx.documents.get(c.source).is_some_and(|d| d.role == crate::document::Role::Draft)
    }

    fn evolving(&self, c: &Claim) -> bool {
        c.evolving || self.cx.config.is_evolving(&c.attribute)
    }

    /// Levels and counts that change from day to day.
    fn time_varying(&self, c: &Claim) -> bool {
        self.evolving(c) || matches!(c.value, Value::Quantity { .. })
    }

    /// The day a figure was read: the day its clause names, else, for a
    /// figure that changes from day to day, its day of publication.
    fn reading_day(&self, c: &Claim) -> Option<String> {
        c.scope.day.clone().or_else(|| self.time_varying(c).then(|| self.published(c).map(|d| d.to_string())).flatten())
    }

    /// For an evolving figure read on two different days, which is later.
    /// A draft is checked against its references whatever its date: the
    /// references are the evidence, and a draft's new figure has none.
    fn later(&self, a: &Claim, b: &Claim) -> Option<bool> {
        if !(self.evolving(a) && self.evolving(b)) || self.is_draft(a) || self.is_draft(b) {
            return None;
        }
        match (day(a, self.published(a)), day(b, self.published(b))) {
            (Some(x), Some(y)) if x != y => Some(x > y),
            _ => None,
        }
    }

    /// Levels of different days are different readings; evolving counts of
    /// different days are compared as updates. A draft's figure with no day
    /// of its own is compared with every reference's reading: the draft is
    /// written from them.
    fn same_reading(&self, a: &Claim, b: &Claim) -> bool {
        let undated_draft = |c: &Claim| self.is_draft(c) && c.scope.day.is_none();
        let draft_count = (self.is_draft(a) || self.is_draft(b)) && self.evolving(a) && self.evolving(b);
        if undated_draft(a) || undated_draft(b) || draft_count {
            return true;
        }
        match (self.reading_day(a), self.reading_day(b)) {
            (Some(x), Some(y)) => day_matches(&x, &y) || self.later(a, b).is_some(),
            _ => true,
        }
    }

    /// The scope parts that always separate are in the subject key already;
    /// they are checked again so that the judgment stands on its own.
    fn comparable(&self, a: &Claim, b: &Claim) -> bool {
        let (s, t) = (&a.scope, &b.scope);
        let same_scope =
            (&s.period, &s.status, &s.part, &s.rate, &s.role) == (&t.period, &t.status, &t.part, &t.rate, &t.role);
        a.attribute == b.attribute && same_scope && !restatement(a, b) && self.same_reading(a, b) && holders_match(a, b)
    }

    /// Agreement, conflict, or no comparison (another reading, another
    /// holder, or a later figure that grew or was revised).
    fn relation(&self, a: &Claim, b: &Claim) -> Option<bool> {
        if !self.comparable(a, b) || !self.values_comparable(&a.value, &b.value) {
            return None;
        }
        if !values_conflict(self.cx, &a.value, &b.value) {
            return Some(true);
        }
        let revised = |c: &Claim| c.scope.status.as_deref() == Some("revised");
        match self.later(a, b) {
            // A later, larger figure is an update; a later, smaller one still
            // contradicts, unless it says it is a revision.
            Some(a_is_later) => {
                let (old, new) = if a_is_later { (b, a) } else { (a, b) };
                if grew(&old.value, &new.value) || revised(new) {
                    None
                } else {
                    Some(false)
                }
            }
            None => Some(false),
        }
    }

    /// Two amounts in two currencies compare only through configured rates.
    fn values_comparable(&self, a: &Value, b: &Value) -> bool {
        if let (Value::Money { currency: x, .. }, Value::Money { currency: y, .. }) = (a, b) {
            let rates = &self.cx.config.money.rates;
            if !a.comparable(b) {
                return rates.contains_key(x) && rates.contains_key(y);
            }
        }
        a.comparable(b)
    }

    /// A figure that grew between an earlier and a later report.
    fn update(&self, a: &Claim, b: &Claim) -> bool {
        self.comparable(a, b)
            && values_conflict(self.cx, &a.value, &b.value)
            && self.later(a, b).is_some_and(|a_is_later| {
                if a_is_later {
                    grew(&b.value, &a.value)
                } else {
                    grew(&a.value, &b.value)
                }
            })
    }
}

/// The day a claim speaks of: its scope's day, else its publication date.
fn day(c: &Claim, published: Option<chrono::NaiveDate>) -> Option<String> {
    c.scope
        .day
        .as_ref()
        .map(|d| d.split(' ').next().unwrap_or(d).to_string())
        .or_else(|| published.map(|p| p.to_string()))
}

/// Two days of reading agree when the dates match and the parts of the
/// day, where both give one, too ("2026-04-28 afternoon").
fn day_matches(a: &str, b: &str) -> bool {
    let (da, pa) = a.split_once(' ').map_or((a, None), |(d, p)| (d, Some(p)));
    let (db, pb) = b.split_once(' ').map_or((b, None), |(d, p)| (d, Some(p)));
    da == db && (pa.is_none() || pb.is_none() || pa == pb)
}

/// Two named holders (places) must name one holder (place): "westbridge"
/// and "westbridge athletic" do. A figure with none named may be anyone's
/// (anywhere's) unless the story keeps them apart (see `resolve`).
fn holders_match(a: &Claim, b: &Claim) -> bool {
    let same = |x: &Option<String>, y: &Option<String>| match (x, y) {
        (Some(x), Some(y)) => super::same_name(x, y),
        _ => true,
    };
    same(&a.scope.agent, &b.scope.agent) && same(&a.scope.place, &b.scope.place)
}

/// A figure and its own restatement in brackets are one claim.
fn restatement(a: &Claim, b: &Claim) -> bool {
    a.source == b.source && (a.restates == Some(b.span) || b.restates == Some(a.span))
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
        // "crowns" and CZK are one currency (see `same_currency`).
        if !crate::recognize::quantity::same_currency(ca, cb) {
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
        let mut c = claim(source, SubjectKind::Figure, "percentage", Value::Percent { interval });
        c.scope.status = status.map(String::from);
        c
    }

    #[test]
    fn a_shared_currency_name_compares_with_its_member() {
        let money = |source, currency: &str, amount| {
            let v = Value::Money { currency: currency.into(), interval: Interval::exact(amount) };
            claim(source, SubjectKind::Figure, "amount", v)
        };
        assert_eq!(run(&[money(0, "CZK", 12e6), money(1, "CZK", 12e6), money(2, "CROWN", 21e6)]).len(), 1);
        assert!(run(&[money(0, "CZK", 12e6), money(1, "CROWN", 12e6)]).is_empty());
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
    fn a_restatement_is_not_a_second_value() {
        let mut a = pct(0, Interval::around(2.0, 0.5), None);
        let mut b = pct(0, Interval::around(5.0, 0.5), None);
        b.span = crate::span::Span::new(40, 45);
        b.restates = Some(a.span);
        a.scope.status = None;
        let c = pct(1, Interval::around(2.0, 0.5), None);
        let f = run(&[a, b, c]);
        assert_eq!(f.len(), 1, "{f:?}");
    }

    #[test]
    fn a_restatement_repeated_through_a_long_source_is_still_one_value() {
        let money = |source, currency: &str, amount: f64, at: usize| {
            let v = Value::Money { currency: currency.into(), interval: Interval::around(amount, 0.5e6) };
            let mut c = claim(source, SubjectKind::Figure, "amount", v);
            c.span = crate::span::Span::new(at, at + 5);
            c
        };
        // Source 0 gives "EUR 130 million (USD 140 million)" three times.
        let mut claims = Vec::new();
        for k in 0..3 {
            let euros = money(0, "EUR", 130e6, 100 * k);
            let mut dollars = money(0, "USD", 140e6, 100 * k + 20);
            dollars.restates = Some(euros.span);
            claims.extend([euros, dollars]);
        }
        claims.push(money(1, "EUR", 130e6, 0));
        assert!(run(&claims).is_empty());
        claims.push(money(2, "EUR", 150e6, 0));
        let f = run(&claims);
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(f[0].message.ends_with("(2 sources) vs 150 million EUR (1 source)"), "{}", f[0].message);
    }
}
