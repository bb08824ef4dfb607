//! `stale-title`: a title a trusted fact says the person did not hold on the
//! day the story is about.
//!
//! Flags: "Senator Jane Roe" in an article about a meeting on 2025-04-03
//! when the facts file says Roe was a senator until 2025-01-20 and
//! secretary of state from 2025-01-21 (kind `stale`). A title the person
//! never held per the facts is a `contradiction` with the fact.
//!
//! Does not flag: people without facts, "former" titles, titles compatible
//! with an office held that day, stories whose day is unknown.

use super::{Rule, RuleContext};
use crate::claim::{Claim, Subject, SubjectKind};
use crate::facts::OfficeTerm;
use crate::finding::{finding_id, Finding, FindingKind, Severity, Side};
use crate::value::Value;
use std::collections::BTreeMap;

pub struct StaleTitle;

/// Claims that state one out-of-date office, the facts that show it, and
/// what the person held instead.
struct Stale<'a> {
    claims: Vec<Claim>,
    facts: Vec<&'a OfficeTerm>,
    held: String,
}

impl Rule for StaleTitle {
    fn id(&self) -> &'static str {
        "stale-title"
    }

    fn description(&self) -> &'static str {
        "A title that trusted facts say the person did not hold at the time of the story."
    }

    fn check(&self, cx: &RuleContext, subject: &Subject, claims: &[&Claim]) -> Vec<Finding> {
        if subject.kind != SubjectKind::Person {
            return Vec::new();
        }
        let Some(person) = cx.facts.person(&subject.key) else { return Vec::new() };
        // (claimed office, kind) → claims, with the facts used.
        let mut groups: BTreeMap<(String, FindingKind), Stale> = BTreeMap::new();
        for claim in claims {
            let Value::Title(title) = &claim.value else { continue };
            if !title.is_current() {
                continue;
            }
            let Some(day) = cx.reference_dates.get(claim.source).copied().flatten() else { continue };
            let held: Vec<&OfficeTerm> = person.terms.iter().filter(|t| t.holds_on(day)).collect();
            if held.is_empty() || held.iter().any(|t| cx.knowledge.offices_compatible(&t.title, &title.canonical)) {
                continue;
            }
            let earlier: Vec<&OfficeTerm> =
                person.terms.iter().filter(|t| cx.knowledge.same_office(&t.title, &title.canonical)).collect();
            let kind = if earlier.is_empty() { FindingKind::Contradiction } else { FindingKind::Stale };
            let held_names = held.iter().map(|t| t.title.as_str()).collect::<Vec<_>>().join(" and ");
            let entry = groups.entry((title.canonical.clone(), kind)).or_insert_with(|| {
                let mut facts = earlier.clone();
                facts.extend(held.iter().copied());
                Stale { claims: Vec::new(), facts, held: format!("on {day} {} was {held_names}", person.name) }
            });
            entry.claims.push((*claim).clone());
        }
        groups
            .into_iter()
            .map(|((office, kind), Stale { mut claims, facts: used, held })| {
                claims.sort_by_key(|c| (c.source, c.span));
                let sources = claims.iter().map(|c| c.source).collect::<std::collections::BTreeSet<_>>().len();
                let message = match kind {
                    FindingKind::Stale => format!("{office} is a title {} no longer held: {held}", person.name),
                    _ => format!("{} never held the title {office} per the facts: {held}", person.name),
                };
                let mut facts: Vec<_> = used.iter().map(|t| t.source.clone()).collect();
                facts.sort();
                facts.dedup();
                Finding {
                    id: finding_id(subject, "title", &[format!("fact:{office}")]),
                    kind,
                    severity: Severity::Error,
                    rule: self.id(),
                    subject: subject.clone(),
                    attribute: "title".into(),
                    message,
                    sides: vec![Side { value: office, claims, sources }],
                    facts,
                    references_only: false,
                }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use crate::facts::Facts;
    use crate::knowledge::Knowledge;
    use crate::rules::test_support::claim;
    use crate::value::Title;
    use chrono::NaiveDate;

    const FACTS: &str = r#"
[[person]]
name = "Jane Roe"
office = [
  { title = "senator", from = 2011-01-03, to = 2025-01-20 },
  { title = "secretary of state", from = 2025-01-21 },
]
"#;

    fn run(canonical: &str, modifiers: &[&str], day: Option<NaiveDate>) -> Vec<Finding> {
        let mut c = claim(
            0,
            SubjectKind::Person,
            "title",
            Value::Title(Title {
                canonical: canonical.into(),
                as_written: canonical.into(),
                modifiers: modifiers.iter().map(|m| m.to_string()).collect(),
            }),
        );
        c.subject = Subject::new(SubjectKind::Person, "jane roe", "Jane Roe");
        let k = Knowledge::builtin();
        let facts = Facts::parse("facts.toml", FACTS).unwrap();
        let dates = [day];
        let cx = RuleContext {
            knowledge: &k,
            documents: &[],
            facts: &facts,
            config: &Config::default(),
            reference_dates: &dates,
        };
        StaleTitle.check(&cx, &c.subject.clone(), &[&c])
    }

    #[test]
    fn a_title_held_no_longer_is_stale() {
        let f = run("senator", &[], NaiveDate::from_ymd_opt(2025, 4, 3));
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].kind, FindingKind::Stale);
        assert_eq!(
            f[0].message,
            "senator is a title Jane Roe no longer held: on 2025-04-03 Jane Roe was secretary of state"
        );
        assert_eq!(f[0].facts.len(), 2);
        assert_eq!(f[0].facts[0].line, 5);
    }

    #[test]
    fn titles_held_then_former_titles_and_unknown_days_pass() {
        assert!(run("secretary of state", &[], NaiveDate::from_ymd_opt(2025, 4, 3)).is_empty());
        assert!(run("senator", &[], NaiveDate::from_ymd_opt(2024, 4, 3)).is_empty());
        assert!(run("senator", &["former"], NaiveDate::from_ymd_opt(2025, 4, 3)).is_empty());
        assert!(run("senator", &[], None).is_empty());
    }

    #[test]
    fn a_title_never_held_contradicts_the_facts() {
        let f = run("defence minister", &[], NaiveDate::from_ymd_opt(2025, 4, 3));
        assert_eq!(f[0].kind, FindingKind::Contradiction);
    }
}
