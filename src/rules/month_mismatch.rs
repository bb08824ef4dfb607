//! `month-mismatch`: sources put one event in different months.
//!
//! Flags: "its summit in Lisbon in June 2026" against "the Lisbon summit
//! planned for July 2026". A month agrees with a date or span inside it.
//!
//! Does not flag: months of different years (a recurring event), a month
//! with no year, a source that gives only a year.

use super::{time, Rule, RuleContext};
use crate::claim::{Claim, Subject};
use crate::finding::Finding;

pub struct MonthMismatch;

impl Rule for MonthMismatch {
    fn id(&self) -> &'static str {
        "month-mismatch"
    }

    fn description(&self) -> &'static str {
        "Sources put one event in different months."
    }

    fn check(&self, cx: &RuleContext, subject: &Subject, claims: &[&Claim]) -> Vec<Finding> {
        let keep = |v: &crate::value::Value| !time::is_weekday(v);
        time::event_disagreement(self.id(), "month", cx, subject, claims, keep, |a, b| {
            time::is_month(a) || time::is_month(b)
        })
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
        run_rule(&MonthMismatch, claims)
    }

    fn month(source: usize, year: Option<i32>, m: u32) -> Claim {
        claim(source, SubjectKind::Event, "date", Value::Month { year, month: m })
    }

    #[test]
    fn june_against_july() {
        let f = run(&[month(0, Some(2025), 6), month(1, Some(2025), 7), month(2, Some(2025), 7)]);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].message, "sources disagree on the month: July 2025 (2 sources) vs June 2025 (1 source)");
        assert_eq!(f[0].attribute, "month");
    }

    #[test]
    fn a_date_inside_the_month_agrees_and_other_years_are_other_occurrences() {
        let d =
            claim(1, SubjectKind::Event, "date", Value::Date { date: NaiveDate::from_ymd_opt(2025, 6, 24).unwrap() });
        assert!(run(&[month(0, Some(2025), 6), d]).is_empty());
        assert!(run(&[month(0, Some(2025), 6), month(1, Some(2026), 7)]).is_empty());
        assert!(run(&[month(0, Some(2025), 6), month(1, None, 7)]).is_empty());
    }
}
