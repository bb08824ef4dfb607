//! `time-mismatch`: sources give one event different clock times.
//!
//! Flags: "struck at 3:14 a.m. local time" (UTC+8) against "struck at 20:40
//! GMT" on the same day. Times are compared in UTC when both zones are
//! known, as written when both are local (or name no zone).
//!
//! Does not flag: one moment written in two zones ("19:14 GMT" and "3:14
//! a.m." at UTC+8), a round time and a precise one inside its hour ("at 3
//! a.m." and "at 3:14 a.m."), times of different days or of the start and
//! the end, a local time against a time in a named zone whose offset from
//! it the text does not give.

use super::{disagreement, Rule, RuleContext};
use crate::claim::{Claim, Subject};
use crate::finding::Finding;
use crate::value::Value;

pub struct TimeMismatch;

impl Rule for TimeMismatch {
    fn id(&self) -> &'static str {
        "time-mismatch"
    }

    fn description(&self) -> &'static str {
        "Sources give one event clock times that still differ once converted to one zone."
    }

    fn check(&self, cx: &RuleContext, subject: &Subject, claims: &[&Claim]) -> Vec<Finding> {
        let times: Vec<&Claim> =
            claims.iter().copied().filter(|c| c.attribute == "time" && matches!(c.value, Value::Time { .. })).collect();
        disagreement(self.id(), "time", subject, &times, cx.documents, |a, b| {
            self.relation(cx, claims, a, b) == Some(false)
        })
        .into_iter()
        .collect()
    }

    fn relation(&self, _cx: &RuleContext, _subject: &[&Claim], a: &Claim, b: &Claim) -> Option<bool> {
        if a.attribute != "time"
            || b.attribute != "time"
            || a.scope.status != b.scope.status
            || a.scope.day != b.scope.day
        {
            return None;
        }
        let (x, y) = (minutes(&a.value)?, minutes(&b.value)?);
        let (x, y) = match (x.offset, y.offset) {
            (Some(o1), Some(o2)) => (x.minute - i64::from(o1), y.minute - i64::from(o2)),
            _ if x.local && y.local => (x.minute, y.minute),
            _ => return None,
        };
        let apart = (x - y).rem_euclid(24 * 60);
        let apart = apart.min(24 * 60 - apart);
        Some(apart <= precision(&a.value).max(precision(&b.value)))
    }
}

/// A time as minutes after midnight in its own zone.
struct Written {
    minute: i64,
    offset: Option<i32>,
    /// Local time, or no zone written (news gives times where they happen).
    local: bool,
}

fn minutes(value: &Value) -> Option<Written> {
    let Value::Time { hour, minute, zone, utc_offset } = value else { return None };
    Some(Written {
        minute: i64::from(*hour) * 60 + i64::from(*minute),
        offset: *utc_offset,
        local: zone.as_deref().is_none_or(|z| z == "local"),
    })
}

/// How far a written time may lie from the moment it rounds: "3 p.m." may
/// be any minute of its hour, "3:15" any of its quarter, "3:14" none.
fn precision(value: &Value) -> i64 {
    match value {
        Value::Time { minute: 0, .. } => 59,
        Value::Time { minute, .. } if minute % 15 == 0 => 14,
        Value::Time { minute, .. } if minute % 5 == 0 => 4,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claim::SubjectKind;
    use crate::rules::test_support::{claim, run_rule};

    fn at(source: usize, hour: u32, minute: u32, zone: Option<&str>, utc_offset: Option<i32>) -> Claim {
        let value = Value::Time { hour, minute, zone: zone.map(String::from), utc_offset };
        claim(source, SubjectKind::Event, "time", value)
    }

    #[test]
    fn one_moment_in_two_zones_agrees() {
        let local = at(0, 3, 14, Some("local"), Some(8 * 60));
        let gmt = at(1, 19, 14, Some("UTC"), Some(0));
        assert!(run_rule(&TimeMismatch, &[local, gmt]).is_empty());
    }

    #[test]
    fn times_apart_in_one_zone_disagree() {
        let f = run_rule(&TimeMismatch, &[at(0, 3, 14, Some("local"), Some(480)), at(1, 20, 40, Some("UTC"), Some(0))]);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].attribute, "time");
        assert_eq!(run_rule(&TimeMismatch, &[at(0, 21, 0, None, None), at(1, 22, 0, Some("local"), None)]).len(), 1);
    }

    #[test]
    fn round_times_unknown_offsets_and_other_days_are_not_flagged() {
        assert!(run_rule(&TimeMismatch, &[at(0, 3, 0, None, None), at(1, 3, 14, None, None)]).is_empty());
        assert!(run_rule(&TimeMismatch, &[at(0, 9, 0, None, None), at(1, 14, 0, Some("CET"), Some(60))]).is_empty());
        let mut other_day = at(1, 22, 0, None, None);
        other_day.scope.day = Some("2025-03-02".into());
        assert!(run_rule(&TimeMismatch, &[at(0, 9, 0, None, None), other_day]).is_empty());
    }
}
