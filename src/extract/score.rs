//! `score`: the result of a match or a vote, keyed to the event it ends.
//!
//! "beat Jane Roe 7-6 (8-6), 3-6, 6-2, 6-1 in the final", "won 3-1",
//! "voted 7-2 to approve the plan". A score is read from the winner's side: a
//! result written from the loser's ("lost 1-3", "went down 2-4") is turned
//! round, so "won 3-1" and "lost 1-3" are one result. Scores inside a
//! match ("faced a set point at 5-6", "a 3-2 lead") are not results: only a
//! run of sets, or a score after a verb or noun of result, is read.

use super::{Context, Extractor, Sentence};
use crate::claim::{Claim, Modality, Scope, Subject, SubjectKind};
use crate::value::{SetScore, Value};

pub struct Score;

/// Words before a score that say it is a loss, told from the loser's side.
const LOSS: &[&str] = &["lost", "loses", "lose", "losing", "fell", "falls", "beaten", "defeated", "down", "went"];

/// Parts of a match: a score right after one is the part's, not the match's.
const PART: &[&str] = &[
    "tiebreak",
    "tie-break",
    "tiebreaker",
    "set",
    "game",
    "frame",
    "half",
    "quarter",
    "period",
    "leg",
    "round",
    "inning",
    "innings",
    "lead",
];

/// Words before a score that say it is a vote.
const VOTE: &[&str] = &["voted", "vote", "votes", "split", "margin", "majority", "ballot"];

impl Extractor for Score {
    fn id(&self) -> &'static str {
        "score"
    }

    fn extract(&self, cx: &Context, sentence: &Sentence) -> Vec<Claim> {
        let t = sentence.tokens();
        let mut out = Vec::new();
        for (i, tok) in t.tokens.iter().enumerate() {
            let Some(Value::Score { sets }) = t.value(i) else { continue };
            let before: Vec<&str> = (i.saturating_sub(6)..i).map(|j| t.word(j)).collect();
            let vote = before.iter().any(|w| VOTE.contains(w)) || (i + 1 < t.len() && VOTE.contains(&t.word(i + 1)));
            let (key, label) = if vote {
                ("vote".to_string(), "the vote".to_string())
            } else {
                match result_of(cx, sentence, i, sets) {
                    Some(kind) => (kind.clone(), format!("the {kind}")),
                    None => continue,
                }
            };
            // "lost 1-3" is the 3-1 result told from the other side; a
            // passive "was beaten 1-3 by" too. "beat X 3-1" stays.
            let loss = before.iter().rev().take(4).any(|w| LOSS.contains(w)) && !before.contains(&"beat") && !vote;
            let sets: Vec<SetScore> = if loss { sets.iter().map(|s| s.reversed()).collect() } else { sets.clone() };
            let at = cx.claim(sentence, tok.span, self.id());
            let subject = Subject::new(SubjectKind::Event, format!("{key}|score"), label);
            out.push(at.into_claim(subject, "score", Scope::default(), Value::Score { sets }, Modality::Asserted));
        }
        out
    }
}

/// The event a score ends: a run of sets, or a single score after a verb
/// of result, is the result of the nearest match of the sentence, else of
/// the story's main event.
fn result_of(cx: &Context, sentence: &Sentence, i: usize, sets: &[SetScore]) -> Option<String> {
    let t = sentence.tokens();
    let result_word = (i.saturating_sub(5)..i).any(|j| {
        matches!(
            t.word(j),
            "beat"
                | "beating"
                | "won"
                | "win"
                | "wins"
                | "defeated"
                | "defeating"
                | "lost"
                | "drew"
                | "edged"
                | "thrashed"
                | "overcame"
        )
    }) || matches!(t.word(i + 1), "win" | "victory" | "defeat" | "loss" | "draw");
    // "edged the tiebreak 9-7", "won the second set 6-1": the score of a part.
    let of_part = (i.saturating_sub(3)..i).any(|j| PART.contains(&t.word(j)));
    if sets.len() < 2 && (!result_word || of_part) {
        return None;
    }
    let nearest = sentence
        .event_mentions(cx)
        .iter()
        .filter(|m| is_contest(cx, &m.kind))
        .min_by_key(|m| if m.last < i { i - m.last } else { m.first - i })
        .map(|m| m.kind.clone());
    nearest.or_else(|| cx.main_event.clone().filter(|k| is_contest(cx, k)))
}

/// Kinds of event that end in a score: matches, rounds and tournaments.
fn is_contest(cx: &Context, kind: &str) -> bool {
    cx.knowledge.event_kinds.iter().any(|k| k.name == kind && k.contest)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::test_support::run;

    fn scores(text: &str) -> Vec<(String, String)> {
        run(&Score, text).into_iter().map(|c| (c.subject.key, c.value.describe())).collect()
    }

    #[test]
    fn results_of_matches_and_votes() {
        assert_eq!(
            scores("Joel Fenn beat Leo Marsh 7-6 (8-6), 3-6, 6-2 in the final on Saturday."),
            [("match|score".to_string(), "7-6 (6), 3-6, 6-2".to_string())]
        );
        assert_eq!(
            scores("The council voted 7-2 to approve the plan."),
            [("vote|score".to_string(), "7-2".to_string())]
        );
    }

    #[test]
    fn a_loss_is_read_from_the_winner_s_side() {
        assert_eq!(
            scores("Rovers lost 1-3 in the final."),
            scores("Rovers were on the wrong end of a 3-1 win in the final.")
        );
    }

    #[test]
    fn scores_inside_a_match_are_not_results() {
        assert!(scores("She faced a set point at 5-6 in the final.").is_empty());
        assert!(scores("Later she edged the tiebreak 9-7 in the final.").is_empty());
        assert!(scores("She won the opening set 6-2 in the final.").is_empty());
        assert_eq!(scores("He won 6-2 in the final.").len(), 1);
    }
}
