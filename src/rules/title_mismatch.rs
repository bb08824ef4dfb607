//! `title-mismatch`: one person given offices they cannot hold at once.
//!
//! Flags: "Secretary of State Jane Roe" against "Senator Jane Roe" in
//! articles about the same days. Offices are compared by their canonical
//! name in the lexicon: "Secretary-General" and "ASEAN head" are one office;
//! "foreign minister" and "secretary of state" describe one post; offices
//! the lexicon says may be held together ("prime minister" and "foreign
//! minister") do not clash.
//!
//! Does not flag: "former", "then-" or "incoming" titles (they speak of
//! another time); sources published more than a year apart (people move
//! on); generic words that fit the other office ("Minister" and "Foreign
//! Minister").

use super::{disagreement, Rule, RuleContext};
use crate::claim::{Claim, Subject, SubjectKind};
use crate::finding::Finding;
use crate::value::Value;

pub struct TitleMismatch;

impl Rule for TitleMismatch {
    fn id(&self) -> &'static str {
        "title-mismatch"
    }

    fn description(&self) -> &'static str {
        "One person is given offices they cannot hold at the same time."
    }

    fn check(&self, cx: &RuleContext, subject: &Subject, claims: &[&Claim]) -> Vec<Finding> {
        if subject.kind != SubjectKind::Person {
            return Vec::new();
        }
        let current: Vec<&Claim> =
            claims.iter().copied().filter(|c| matches!(&c.value, Value::Title(t) if t.is_current())).collect();
        disagreement(self.id(), "title", subject, &current, cx.documents, |a, b| {
            self.relation(cx, claims, a, b) == Some(false)
        })
        .into_iter()
        .collect()
    }

    /// Current titles of one person in sources at most a year apart agree
    /// when the offices may be held together; a former title supports only
    /// a former title of the same office and contradicts nothing.
    fn relation(&self, cx: &RuleContext, _subject: &[&Claim], a: &Claim, b: &Claim) -> Option<bool> {
        let (Value::Title(x), Value::Title(y)) = (&a.value, &b.value) else { return None };
        let published = |c: &Claim| cx.documents.get(c.source).and_then(|d| d.published);
        let far_apart = matches!((published(a), published(b)), (Some(p), Some(q)) if (p - q).num_days().abs() > 366);
        if !x.is_current() || !y.is_current() || far_apart {
            return (!x.is_current() && !y.is_current() && cx.knowledge.same_office(&x.canonical, &y.canonical))
                .then_some(true);
        }
        Some(cx.knowledge.offices_compatible(&x.canonical, &y.canonical))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::test_support::{claim, run_rule};
    use crate::value::Title;

    fn title(source: usize, canonical: &str, modifiers: &[&str]) -> Claim {
        claim(
            source,
            SubjectKind::Person,
            "title",
            Value::Title(Title {
                canonical: canonical.into(),
                as_written: canonical.into(),
                modifiers: modifiers.iter().map(|m| m.to_string()).collect(),
            }),
        )
    }

    fn run(claims: &[Claim]) -> Vec<Finding> {
        run_rule(&TitleMismatch, claims)
    }

    #[test]
    fn senator_against_secretary_of_state() {
        let f =
            run(&[title(0, "secretary of state", &[]), title(1, "secretary of state", &[]), title(2, "senator", &[])]);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].message, "sources disagree on the title: secretary of state (2 sources) vs senator (1 source)");
    }

    #[test]
    fn former_titles_aliases_and_joint_offices_do_not_clash() {
        assert!(run(&[title(0, "secretary of state", &[]), title(1, "senator", &["former"])]).is_empty());
        assert!(run(&[title(0, "foreign minister", &["outgoing"]), title(1, "foreign minister", &[])]).is_empty());
        assert!(run(&[title(0, "deputy prime minister", &[]), title(1, "foreign minister", &[])]).is_empty());
        assert_eq!(run(&[title(0, "prime minister", &[]), title(1, "foreign minister", &[])]).len(), 1);
    }
}
