//! `weekday-of-date`: a weekday written next to a date it does not fall on.
//!
//! Flags: "on Sunday, May 9" when another source writes "Saturday, May
//! 9" or "May 9", and 9 May 2026 was a Saturday. The calendar
//! decides which side is wrong, so the finding names the weekday the date
//! really falls on.
//!
//! Does not flag: a wrong weekday that no other source's date can be set
//! against (the claim is listed, but a cross-check needs two sources).

use super::calendar_subject;
use super::{Rule, RuleContext};
use crate::claim::{Claim, Subject};
use crate::finding::{finding_id, Finding, FindingKind, Severity, Side};
use crate::value::{parse_weekday, weekday_name, Value};
use chrono::Datelike;
#[cfg(test)]
use chrono::NaiveDate;
use std::collections::BTreeSet;

pub struct WeekdayOfDate;

impl Rule for WeekdayOfDate {
    fn id(&self) -> &'static str {
        "weekday-of-date"
    }

    fn description(&self) -> &'static str {
        "A weekday is written next to a date it does not fall on, and another source gives the date."
    }

    /// Two mentions of one calendar day agree when they imply one weekday.
    fn relation(&self, _cx: &RuleContext, _subject: &[&Claim], a: &Claim, b: &Claim) -> Option<bool> {
        let day = calendar_subject(&a.subject)?;
        let implied = |c: &Claim| match &c.value {
            Value::Weekday { weekday } => parse_weekday(weekday),
            _ => Some(day.weekday()),
        };
        Some(implied(a) == implied(b))
    }

    fn check(&self, _cx: &RuleContext, subject: &Subject, claims: &[&Claim]) -> Vec<Finding> {
        let Some(day) = calendar_subject(subject) else { return Vec::new() };
        let real = day.weekday();
        let stated = |c: &Claim| match &c.value {
            Value::Weekday { weekday } => parse_weekday(weekday),
            _ => Some(real),
        };
        let (wrong, right): (Vec<&Claim>, Vec<&Claim>) = claims.iter().copied().partition(|c| stated(c) != Some(real));
        let wrong_sources: BTreeSet<usize> = wrong.iter().map(|c| c.source).collect();
        // Another source must give the day: the finding sets two sources side by side.
        if wrong.is_empty() || !right.iter().any(|c| !wrong_sources.contains(&c.source)) {
            return Vec::new();
        }
        let mut sides: Vec<Side> = Vec::new();
        let mut by_value: std::collections::BTreeMap<String, Vec<Claim>> = std::collections::BTreeMap::new();
        for c in &wrong {
            by_value.entry(c.value.describe()).or_default().push((*c).clone());
        }
        for (value, claims) in by_value {
            let sources = claims.iter().map(|c| c.source).collect::<BTreeSet<_>>().len();
            sides.push(Side { value, claims, sources });
        }
        let right_claims: Vec<Claim> = right.iter().map(|c| (*c).clone()).collect();
        let right_sources = right_claims.iter().map(|c| c.source).collect::<BTreeSet<_>>().len();
        let date_text = day.format("%-d %B %Y").to_string();
        let written: Vec<String> = sides.iter().map(|s| s.value.clone()).collect();
        sides.push(Side {
            value: format!("{}, {date_text}", weekday_name(real)),
            claims: right_claims,
            sources: right_sources,
        });
        let message = format!("{}, but {date_text} was a {}", written.join(" / "), weekday_name(real));
        vec![Finding {
            id: finding_id(subject, "weekday", &written),
            kind: FindingKind::Contradiction,
            severity: Severity::Error,
            rule: self.id(),
            subject: subject.clone(),
            attribute: "weekday".into(),
            message,
            sides,
            facts: Vec::new(),
            references_only: false,
        }]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claim::SubjectKind;
    use crate::rules::test_support::{claim, run_rule};

    fn on(source: usize, value: Value) -> Claim {
        let mut c = claim(source, SubjectKind::Event, "weekday of date", value);
        c.subject = Subject::new(SubjectKind::Event, "day 2026-05-09", "the day 9 May 2026");
        c
    }

    fn weekday(name: &str) -> Value {
        Value::Weekday { weekday: name.into() }
    }

    #[test]
    fn a_wrong_weekday_against_another_source_s_date() {
        let date = Value::Date { date: NaiveDate::from_ymd_opt(2026, 5, 9).unwrap() };
        let f = run_rule(&WeekdayOfDate, &[on(0, weekday("Sunday")), on(1, weekday("Saturday")), on(2, date)]);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].message, "Sunday, but 9 May 2026 was a Saturday");
        assert_eq!(f[0].sides[0].claims[0].source, 0);
        assert_eq!(f[0].sides[1].sources, 2);
    }

    #[test]
    fn a_right_weekday_or_a_lone_wrong_one_is_not_flagged() {
        assert!(run_rule(&WeekdayOfDate, &[on(0, weekday("Saturday")), on(1, weekday("Saturday"))]).is_empty());
        assert!(run_rule(&WeekdayOfDate, &[on(0, weekday("Sunday"))]).is_empty());
    }
}
