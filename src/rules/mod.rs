//! Check rules: one file per rule, registered in [`RULES`]. A rule looks at
//! the claims of one subject and reports disagreements as findings.
//!
//! Rules share one way of building a finding ([`disagreement`]): the claims
//! in conflict are grouped by value, every source that states one of those
//! values is listed, and the majority comes first.

mod anniversary_fact;
mod date_mismatch;
mod event_fact;
mod month_mismatch;
mod number_mismatch;
mod ordinal_mismatch;
mod record_mismatch;
mod score_mismatch;
mod stale_title;
mod time;
mod time_mismatch;
mod title_mismatch;
mod weekday_mismatch;
mod weekday_of_date;

use crate::claim::{Claim, Subject};
use crate::config::Config;
use crate::document::Document;
use crate::facts::Facts;
use crate::finding::{finding_id, Finding, FindingKind, Severity, Side};
use crate::graph::ClaimGraph;
use crate::knowledge::Knowledge;
use chrono::NaiveDate;
use std::collections::{BTreeMap, BTreeSet};

/// What a rule may read besides the claims.
pub struct RuleContext<'a> {
    pub knowledge: &'a Knowledge,
    pub documents: &'a [Document],
    pub facts: &'a Facts,
    pub config: &'a Config,
    /// Per source: the day its story is about (its main event's first day,
    /// else its publication date), for rules that check facts "at the time".
    pub reference_dates: &'a [Option<NaiveDate>],
}

pub trait Rule: Sync {
    /// Stable id, shown in reports and used in configuration.
    fn id(&self) -> &'static str;
    /// One line on what the rule flags, for reports (SARIF rule descriptions).
    fn description(&self) -> &'static str;
    fn check(&self, cx: &RuleContext, subject: &Subject, claims: &[&Claim]) -> Vec<Finding>;
    /// How two claims of one subject stand, as this rule judges them:
    /// `Some(true)` they agree, `Some(false)` they conflict, `None` this rule
    /// does not compare them. Draft verdicts use the judgment the rules
    /// report with, so a draft claim is never "supported" by a value a rule
    /// would flag.
    fn relation(&self, _cx: &RuleContext, _subject: &[&Claim], _a: &Claim, _b: &Claim) -> Option<bool> {
        None
    }
}

/// How two claims of one subject stand, by every rule: a conflict if any
/// rule sees one, else agreement if any rule compares them, else `None`.
pub fn relation(cx: &RuleContext, subject: &[&Claim], a: &Claim, b: &Claim) -> Option<bool> {
    let mut agreed = None;
    for rule in RULES {
        match rule.relation(cx, subject, a, b) {
            Some(false) => return Some(false),
            Some(true) => agreed = Some(true),
            None => {}
        }
    }
    agreed
}

/// Every rule, sorted by id. Adding one is one file and one line here.
pub static RULES: &[&dyn Rule] = &[
    &anniversary_fact::AnniversaryFact,
    &date_mismatch::DateMismatch,
    &event_fact::EventFactRule,
    &month_mismatch::MonthMismatch,
    &number_mismatch::NumberMismatch,
    &ordinal_mismatch::OrdinalMismatch,
    &record_mismatch::RecordMismatch,
    &score_mismatch::ScoreMismatch,
    &stale_title::StaleTitle,
    &time_mismatch::TimeMismatch,
    &title_mismatch::TitleMismatch,
    &weekday_mismatch::WeekdayMismatch,
    &weekday_of_date::WeekdayOfDate,
];

/// Whether two holders' names name one holder: every word of one is a word
/// of the other ("westbridge" and "westbridge athletic"), a word counting
/// as its people's adjective too ("australia" and "australian").
pub fn same_name(x: &str, y: &str) -> bool {
    if x == y {
        return true;
    }
    let words = |s: &str| s.split_whitespace().map(str::to_string).collect::<Vec<_>>();
    let (x, y) = (words(x), words(y));
    let within = |a: &[String], b: &[String]| a.iter().all(|w| b.iter().any(|v| one_word(w, v)));
    within(&x, &y) || within(&y, &x)
}

/// One word written two ways: the same word, or a place and its people.
fn one_word(a: &str, b: &str) -> bool {
    let common = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    let shorter = a.chars().count().min(b.chars().count());
    a == b || (common >= 5 && common * 5 >= shorter * 4 && a.chars().count().abs_diff(b.chars().count()) <= 3)
}

/// Claims grouped into classes of claims alike for every rule: the same
/// value and scope, of sources of the same date and role. A figure that
/// restates another in brackets, and the figure it restates, are told
/// apart by that pairing ("€130 million" restated as "$140 million" is
/// another class than a bare "€130 million"); every occurrence of one
/// pairing in a source is one class, so a long file costs its distinct
/// values, not the square of its figures.
fn classes(claims: &[&Claim], documents: &[Document]) -> Vec<Vec<usize>> {
    let mut restated: BTreeMap<(usize, crate::span::Span), BTreeSet<String>> = BTreeMap::new();
    for c in claims {
        if let Some(s) = c.restates {
            restated.entry((c.source, s)).or_default().insert(format!("{:?}", c.value));
        }
    }
    // The values of the restated figures only: most subjects have none.
    let value_at: BTreeMap<(usize, crate::span::Span), String> = claims
        .iter()
        .filter(|c| restated.contains_key(&(c.source, c.span)))
        .map(|c| ((c.source, c.span), format!("{:?}", c.value)))
        .collect();
    let mut by_key: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, c) in claims.iter().enumerate() {
        let doc = documents.get(c.source);
        let mut key = format!(
            "{:?}|{:?}|{}|{}|{:?}|{:?}",
            c.value,
            c.scope,
            c.attribute,
            c.evolving,
            doc.and_then(|d| d.published),
            doc.map(|d| d.role)
        );
        if let Some(s) = c.restates {
            match value_at.get(&(c.source, s)) {
                Some(v) => key.push_str(&format!("|{}:restates {v}", c.source)),
                None => key.push_str(&format!("|{}@{}", c.source, c.span.start)),
            }
        }
        if let Some(by) = restated.get(&(c.source, c.span)) {
            key.push_str(&format!("|{}:restated as {by:?}", c.source));
        }
        by_key.entry(key).or_default().push(i);
    }
    let mut out: Vec<Vec<usize>> = by_key.into_values().collect();
    out.sort();
    out
}

/// The day a calendar subject stands for ("day 2026-04-16").
pub fn calendar_subject(subject: &Subject) -> Option<chrono::NaiveDate> {
    let day = subject.key.strip_prefix(crate::extract::calendar::DAY_PREFIX)?;
    chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d").ok()
}

/// Runs every rule over every subject, in subject order.
pub fn check(cx: &RuleContext, graph: &ClaimGraph) -> Vec<Finding> {
    let mut findings = Vec::new();
    for (subject, claims) in graph.subjects() {
        for rule in RULES {
            findings.extend(rule.check(cx, subject, &claims));
        }
    }
    findings.sort_by(|a, b| (&a.subject.key, &a.attribute, &a.id).cmp(&(&b.subject.key, &b.attribute, &b.id)));
    findings.dedup_by(|a, b| a.id == b.id);
    drop_repeats(findings)
}

/// One error is reported once: a finding whose disagreeing claims were
/// all reported by a calendar finding (a weekday that is not the date's)
/// adds nothing but a second alarm for the same words.
fn drop_repeats(findings: Vec<Finding>) -> Vec<Finding> {
    let spans = |f: &Finding| -> BTreeSet<(usize, crate::span::Span)> {
        f.sides.iter().skip(1).flat_map(|s| s.claims.iter().map(|c| (c.source, c.span))).collect()
    };
    let calendar: Vec<BTreeSet<(usize, crate::span::Span)>> = findings
        .iter()
        .filter(|f| f.rule == "weekday-of-date")
        .map(|f| {
            f.sides
                .iter()
                .take(f.sides.len().saturating_sub(1))
                .flat_map(|s| s.claims.iter().map(|c| (c.source, c.span)))
                .collect()
        })
        .collect();
    findings
        .into_iter()
        .filter(|f| {
            f.rule == "weekday-of-date" || {
                let minority = spans(f);
                minority.is_empty() || !calendar.iter().any(|wrong| minority.is_subset(wrong))
            }
        })
        .collect()
}

/// Builds one finding from every cross-source pair for which `conflict`
/// holds, or `None` when there is none or when one source conflicts with
/// itself on the subject (an ambiguous subject key).
///
/// Claims that state the same value as a claim in conflict are listed too,
/// so the editor sees how many sources stand behind each side.
pub fn disagreement(
    rule: &'static str,
    attribute: &str,
    subject: &Subject,
    claims: &[&Claim],
    documents: &[Document],
    conflict: impl Fn(&Claim, &Claim) -> bool,
) -> Option<Finding> {
    // Claims alike in everything a rule reads (value, scope, the date and
    // role of their source) are one class; classes are compared once each,
    // so that a subject every source of a large run speaks of costs the
    // number of its distinct values, not the square of its claims.
    let groups = classes(claims, documents);
    let reps: Vec<&Claim> = groups.iter().map(|c| claims[c[0]]).collect();
    let sources: Vec<BTreeSet<usize>> = groups.iter().map(|c| c.iter().map(|&i| claims[i].source).collect()).collect();
    let mut involved_classes = BTreeSet::new();
    for i in 0..groups.len() {
        for j in i + 1..groups.len() {
            if !conflict(reps[i], reps[j]) {
                continue;
            }
            // One source giving one subject two values that cannot both
            // hold usually means the key joined two things ("a meeting in
            // Oslo" in March and another in May): not comparable. A figure
            // and its own restatement in brackets are no such pair.
            for &source in sources[i].intersection(&sources[j]) {
                let of = |k: usize| groups[k].iter().map(|&x| claims[x]).filter(move |c| c.source == source);
                // Every claim of each class restates, or is restated by, one of the other's.
                let pairs_with = |a: usize, b: usize| {
                    let spans: BTreeSet<crate::span::Span> = of(b).map(|c| c.span).collect();
                    let restating: BTreeSet<crate::span::Span> = of(b).filter_map(|c| c.restates).collect();
                    of(a).all(|c| c.restates.is_some_and(|s| spans.contains(&s)) || restating.contains(&c.span))
                };
                if !(pairs_with(i, j) && pairs_with(j, i)) {
                    return None;
                }
            }
            if sources[i].union(&sources[j]).nth(1).is_some() {
                involved_classes.insert(i);
                involved_classes.insert(j);
            }
        }
    }
    let involved: BTreeSet<usize> = involved_classes.iter().flat_map(|&k| groups[k].iter().copied()).collect();
    if involved.is_empty() {
        return None;
    }
    let values: BTreeSet<String> = involved.iter().map(|&i| claims[i].value.describe()).collect();
    let mut by_value: BTreeMap<String, Vec<Claim>> = BTreeMap::new();
    for c in claims {
        let v = c.value.describe();
        if values.contains(&v) {
            by_value.entry(v).or_default().push((*c).clone());
        }
    }
    let mut groups: Vec<Side> = by_value
        .into_iter()
        .map(|(value, claims)| {
            let sources = claims.iter().map(|c| c.source).collect::<BTreeSet<_>>().len();
            Side { value, claims, sources }
        })
        .collect();
    groups.sort_by(|a, b| b.sources.cmp(&a.sources).then_with(|| a.value.cmp(&b.value)));
    // Values that agree with each other stand on one side ("33.7%" and
    // "34%" against "36%"), so the counts say how many sources agree. Each
    // value is judged by one claim of each of its classes.
    let class_reps = |claims: &[Claim]| -> Vec<Claim> {
        let refs: Vec<&Claim> = claims.iter().collect();
        classes(&refs, documents).into_iter().map(|c| claims[c[0]].clone()).collect()
    };
    let mut sides: Vec<Side> = Vec::new();
    let mut side_reps: Vec<Vec<Claim>> = Vec::new();
    for group in groups {
        let reps = class_reps(&group.claims);
        let agrees = |side: &[Claim]| side.iter().all(|a| reps.iter().all(|b| a.source == b.source || !conflict(a, b)));
        match side_reps.iter().position(|s| agrees(s)) {
            Some(k) => {
                let side = &mut sides[k];
                side.value = format!("{} / {}", side.value, group.value);
                side.claims.extend(group.claims);
                side_reps[k].extend(reps);
            }
            None => {
                side_reps.push(reps);
                sides.push(group);
            }
        }
    }
    for side in &mut sides {
        side.claims.sort_by_key(|c| (c.source, c.span));
        side.sources = side.claims.iter().map(|c| c.source).collect::<BTreeSet<_>>().len();
    }
    sides.sort_by(|a, b| b.sources.cmp(&a.sources).then_with(|| a.value.cmp(&b.value)));
    let tally = sides
        .iter()
        .map(|s| format!("{} ({} source{})", s.value, s.sources, if s.sources == 1 { "" } else { "s" }))
        .collect::<Vec<_>>()
        .join(" vs ");
    // The id names the side that disagrees (the fewest sources), not every
    // side, so that correcting another source keeps it.
    let minority: Vec<String> = sides.last().map(|s| s.value.clone()).into_iter().collect();
    Some(Finding {
        id: finding_id(subject, attribute, &minority),
        kind: FindingKind::Contradiction,
        severity: Severity::Error,
        rule,
        subject: subject.clone(),
        attribute: attribute.to_string(),
        message: format!("sources disagree on the {attribute}: {tally}"),
        sides,
        facts: Vec::new(),
        references_only: false,
    })
}

#[cfg(test)]
pub(crate) mod test_support {
    use super::{Rule, RuleContext};
    use crate::claim::{Claim, Modality, Scope, Subject, SubjectKind};
    use crate::config::Config;
    use crate::facts::Facts;
    use crate::finding::Finding;
    use crate::knowledge::Knowledge;
    use crate::span::Span;
    use crate::value::Value;

    /// Runs one rule over claims of one subject, with built-in knowledge and no documents.
    pub fn run_rule(rule: &dyn Rule, claims: &[Claim]) -> Vec<Finding> {
        let k = Knowledge::builtin();
        let cx = RuleContext {
            knowledge: &k,
            documents: &[],
            facts: &Facts::default(),
            config: &Config::default(),
            reference_dates: &[],
        };
        let refs: Vec<&Claim> = claims.iter().collect();
        rule.check(&cx, &claims[0].subject, &refs)
    }

    /// A claim of `source` with `value`, for rule tests.
    pub fn claim(source: usize, kind: SubjectKind, attribute: &str, value: Value) -> Claim {
        Claim {
            source,
            subject: Subject::new(kind, "s", "subject"),
            attribute: attribute.into(),
            scope: Scope::default(),
            value,
            modality: Modality::Asserted,
            span: Span::new(source * 10, source * 10 + 5),
            sentence: Span::new(0, 50),
            text: String::new(),
            extractor: "test",
            measure: None,
            restates: None,
            evolving: false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rule_ids_are_unique_and_sorted() {
        let ids: Vec<&str> = RULES.iter().map(|r| r.id()).collect();
        let mut sorted = ids.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(ids, sorted);
    }
}
