//! `score-mismatch`: sources give one match or vote different results.
//!
//! Flags: "7-6, 4-6, 6-3, 6-4" against "7-6, 4-6, 6-4, 6-3" (sets
//! reversed); "voted 5-2" against "voted 6-1". Results are read from the
//! winner's side, so "won 3-1" and "lost 1-3" agree; a tiebreak given by
//! one source only ("7-6" and "7-6 (5)") is no disagreement.
//!
//! Does not flag: scores of different events of a story (each event is a
//! subject of its own), scores inside a match ("a 5-4 lead").

use super::{disagreement, Rule, RuleContext};
use crate::claim::{Claim, Subject};
use crate::finding::Finding;
use crate::value::Value;

pub struct ScoreMismatch;

impl Rule for ScoreMismatch {
    fn id(&self) -> &'static str {
        "score-mismatch"
    }

    fn description(&self) -> &'static str {
        "Sources give one match or vote different results."
    }

    fn check(&self, cx: &RuleContext, subject: &Subject, claims: &[&Claim]) -> Vec<Finding> {
        let scores: Vec<&Claim> = claims.iter().copied().filter(|c| c.attribute == "score").collect();
        disagreement(self.id(), "score", subject, &scores, cx.documents, |a, b| {
            self.relation(cx, claims, a, b) == Some(false)
        })
        .into_iter()
        .collect()
    }

    fn relation(&self, _cx: &RuleContext, _subject: &[&Claim], a: &Claim, b: &Claim) -> Option<bool> {
        match (&a.value, &b.value) {
            (Value::Score { .. }, Value::Score { .. }) => Some(a.value.compatible(&b.value)),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claim::SubjectKind;
    use crate::rules::test_support::{claim, run_rule};
    use crate::value::SetScore;

    fn score(source: usize, sets: &[(u32, u32)]) -> Claim {
        let sets = sets.iter().map(|&(first, second)| SetScore { first, second, tiebreak: None }).collect();
        claim(source, SubjectKind::Event, "score", Value::Score { sets })
    }

    #[test]
    fn reversed_sets_disagree_and_equal_scores_agree() {
        let right = [(7, 6), (4, 6), (6, 3), (6, 4)];
        let wrong = [(7, 6), (4, 6), (6, 4), (6, 3)];
        let f = run_rule(&ScoreMismatch, &[score(0, &right), score(1, &right), score(2, &wrong)]);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].sides[0].sources, 2);
        assert!(run_rule(&ScoreMismatch, &[score(0, &right), score(1, &right)]).is_empty());
    }
}
