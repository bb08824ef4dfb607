//! `date-mismatch`: sources put one event on different days.
//!
//! Flags: "the meeting was held on 3 April 2025" against "the meeting was
//! held on 10 April 2025"; "began on 3 April" against "3–5 April" is fine,
//! "began on 4 April" against "3–5 April" is not.
//!
//! Does not flag: dates of different years (a recurring event), a start date
//! against an end date, two days both inside a span another source gives.

use super::{time, Rule, RuleContext};
use crate::claim::{Claim, Subject};
use crate::finding::Finding;

pub struct DateMismatch;

impl Rule for DateMismatch {
    fn id(&self) -> &'static str {
        "date-mismatch"
    }

    fn description(&self) -> &'static str {
        "Sources put one event on different days."
    }

    fn check(&self, cx: &RuleContext, subject: &Subject, claims: &[&Claim]) -> Vec<Finding> {
        // Days and spans only; months and weekdays have rules of their own.
        let keep = |v: &crate::value::Value| !time::is_weekday(v) && !time::is_month(v);
        time::event_disagreement(self.id(), "date", cx, subject, claims, keep, |_, _| true)
    }

    /// Every time claim of an event (dates, months, weekdays) is judged here
    /// once; the month and weekday rules report their share of the conflicts.
    fn relation(&self, cx: &RuleContext, subject: &[&Claim], a: &Claim, b: &Claim) -> Option<bool> {
        time::relation(cx, subject, a, b)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claim::SubjectKind;
    use crate::rules::test_support::{claim, run_rule};
    use crate::value::Value;
    use chrono::NaiveDate;

    fn date(source: usize, d: u32) -> Claim {
        claim(source, SubjectKind::Event, "date", Value::Date { date: NaiveDate::from_ymd_opt(2025, 4, d).unwrap() })
    }

    fn range(source: usize, a: u32, b: u32) -> Claim {
        let d = |x| NaiveDate::from_ymd_opt(2025, 4, x).unwrap();
        claim(source, SubjectKind::Event, "date", Value::DateRange { start: d(a), end: d(b) })
    }

    fn run(claims: &[Claim]) -> Vec<Finding> {
        run_rule(&DateMismatch, claims)
    }

    #[test]
    fn different_days_disagree() {
        let f = run(&[date(0, 3), date(1, 10)]);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].message, "sources disagree on the date: 10 April 2025 (1 source) vs 3 April 2025 (1 source)");
    }

    #[test]
    fn a_source_with_two_dates_for_one_subject_makes_it_ambiguous() {
        // Source 0 speaks of two meetings in one city; nothing is compared.
        assert!(run(&[date(0, 3), date(0, 20), date(1, 10)]).is_empty());
    }

    #[test]
    fn a_day_inside_a_span_agrees() {
        assert!(run(&[range(0, 3, 4), date(1, 4)]).is_empty());
        assert!(run(&[range(0, 3, 4), date(1, 3), date(2, 4)]).is_empty());
    }

    #[test]
    fn roles_are_checked_against_spans() {
        let mut began = date(1, 4);
        began.scope.status = Some("start".into());
        assert_eq!(run(&[range(0, 3, 5), began.clone()]).len(), 1);
        let mut ended = date(1, 5);
        ended.scope.status = Some("end".into());
        assert!(run(&[range(0, 3, 5), ended]).is_empty());
    }
}
