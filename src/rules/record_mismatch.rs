//! `record-mismatch`: sources date one record differently.
//!
//! Flags: "the first national strike since 2009" against "the first
//! national strike since 2011"; "the largest fire in the valley since 2003"
//! against "the largest since 1998". Both cannot hold: the year says when
//! the record was last matched.
//!
//! Does not flag: records of different things or of different superlatives
//! ("the largest fire since 2003" and "the deadliest fire since 1998").

use super::{disagreement, Rule, RuleContext};
use crate::claim::{Claim, Subject};
use crate::finding::Finding;
use crate::value::Value;

pub struct RecordMismatch;

impl Rule for RecordMismatch {
    fn id(&self) -> &'static str {
        "record-mismatch"
    }

    fn description(&self) -> &'static str {
        "Sources give one record (\"the first ... since 2009\") different years."
    }

    fn check(&self, cx: &RuleContext, subject: &Subject, claims: &[&Claim]) -> Vec<Finding> {
        let records: Vec<&Claim> = claims.iter().copied().filter(|c| is_record(c)).collect();
        disagreement(self.id(), "record", subject, &records, cx.documents, |a, b| {
            self.relation(cx, claims, a, b) == Some(false)
        })
        .into_iter()
        .collect()
    }

    fn relation(&self, _cx: &RuleContext, _subject: &[&Claim], a: &Claim, b: &Claim) -> Option<bool> {
        (is_record(a) && is_record(b)).then(|| a.value == b.value)
    }
}

fn is_record(c: &Claim) -> bool {
    c.attribute == "record" && matches!(c.value, Value::Year { .. })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claim::SubjectKind;
    use crate::rules::test_support::{claim, run_rule};

    fn since(source: usize, year: i32) -> Claim {
        claim(source, SubjectKind::Event, "record", Value::Year { year })
    }

    #[test]
    fn one_record_two_years() {
        let f = run_rule(&RecordMismatch, &[since(0, 2009), since(1, 2009), since(2, 2011)]);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].rule, "record-mismatch");
        assert!(run_rule(&RecordMismatch, &[since(0, 2009), since(1, 2009)]).is_empty());
        // A year that is no record's is not this rule's.
        let year = claim(1, SubjectKind::Event, "date", Value::Year { year: 2011 });
        assert!(run_rule(&RecordMismatch, &[since(0, 2009), year]).is_empty());
    }
}
