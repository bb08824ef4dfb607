//! `weekday-mismatch`: a weekday that does not fall on the days other
//! sources give for the event.
//!
//! Flags: "the talks began on Monday" against "the talks were held on 3–4
//! April 2025" (a Thursday and a Friday). Checked with the calendar, not by
//! resolving "Monday" to a date: the weekday is compared with every day of
//! the span, or with its first or last day when the text says "began" or
//! "ended".
//!
//! Does not flag: a weekday from a source published more than two weeks
//! away from the dates (another occurrence), spans longer than two weeks.

use super::{time, Rule, RuleContext};
use crate::claim::{Claim, Subject};
use crate::finding::Finding;

pub struct WeekdayMismatch;

impl Rule for WeekdayMismatch {
    fn id(&self) -> &'static str {
        "weekday-mismatch"
    }

    fn description(&self) -> &'static str {
        "A weekday does not fall on the days other sources give for the event."
    }

    fn check(&self, cx: &RuleContext, subject: &Subject, claims: &[&Claim]) -> Vec<Finding> {
        let pair = |a: &crate::value::Value, b: &crate::value::Value| time::is_weekday(a) || time::is_weekday(b);
        time::event_disagreement(self.id(), "weekday", cx, subject, claims, |_| true, pair)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claim::SubjectKind;
    use crate::rules::test_support::{claim, run_rule};
    use crate::value::Value;
    use chrono::NaiveDate;

    fn run(claims: &[Claim]) -> Vec<Finding> {
        run_rule(&WeekdayMismatch, claims)
    }

    fn span(source: usize) -> Claim {
        let d = |x| NaiveDate::from_ymd_opt(2025, 4, x).unwrap();
        claim(source, SubjectKind::Event, "date", Value::DateRange { start: d(3), end: d(4) })
    }

    fn weekday(source: usize, name: &str, role: Option<&str>) -> Claim {
        let mut c = claim(source, SubjectKind::Event, "date", Value::Weekday { weekday: name.into() });
        c.scope.status = role.map(String::from);
        c
    }

    #[test]
    fn thursday_fits_a_thursday_friday_span() {
        assert!(run(&[span(0), weekday(1, "Thursday", Some("start"))]).is_empty());
        assert!(run(&[span(0), weekday(1, "Friday", Some("end"))]).is_empty());
        assert!(run(&[span(0), weekday(1, "Friday", None)]).is_empty());
    }

    #[test]
    fn monday_does_not_and_a_start_must_be_the_first_day() {
        assert_eq!(run(&[span(0), weekday(1, "Monday", None)]).len(), 1);
        assert_eq!(run(&[span(0), weekday(1, "Friday", Some("start"))]).len(), 1);
    }

    #[test]
    fn bare_weekdays_meet_when_both_or_neither_are_dated() {
        // Undated sources of one story: one occurrence.
        assert_eq!(run(&[weekday(0, "Tuesday", None), weekday(1, "Monday", None)]).len(), 1);
        assert!(run(&[weekday(0, "Tuesday", None), weekday(1, "Tuesday", None)]).is_empty());
        // One dated, one not: which occurrence each means is unknown.
        let mut dated = weekday(0, "Tuesday", None);
        dated.scope.day = Some("2025-04-01".into());
        assert!(run(&[dated, weekday(1, "Monday", None)]).is_empty());
    }
}
