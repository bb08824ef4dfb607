//! Draft mode: every checkable claim of a draft gets a verdict against the
//! references: supported, contradicted or unsupported, with its evidence.
//!
//! - **supported**: some reference claim on the same subject and attribute
//!   states a compatible value; those claims are kept as the evidence, so a
//!   wrong "supported" can be seen.
//! - **contradicted**: a rule found a conflict in which the draft stands
//!   alone (or a trusted fact rules the claim out), or every reference claim
//!   on the subject and attribute that can be compared with it conflicts
//!   with it (a figure the rules leave alone because its scope is unread).
//! - **unsupported**: no reference claim on the subject and attribute can be
//!   compared with it.
//!
//! A finding that involves the draft is turned to face it: the draft's side
//! comes first, its id names the draft's value and the message says what the
//! references (or the facts) say. A disagreement among the references alone
//! is kept but marked `references_only`: it is never blamed on the draft.

use crate::claim::{Claim, Subject};
use crate::document::Role;
use crate::facts::FactRef;
use crate::finding::{finding_id, Finding, FindingKind, Severity, Side};
use crate::graph::ClaimGraph;
use crate::rules::RuleContext;
use crate::value::Value;
use std::collections::{BTreeMap, BTreeSet};

/// How the draft's claims fared.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DraftTally {
    pub claims: usize,
    pub supported: usize,
    pub contradicted: usize,
    pub unsupported: usize,
}

/// The verdict of one draft claim.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Verdict {
    Supported,
    Contradicted,
    Unsupported,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Supported => "supported",
            Verdict::Contradicted => "contradicted",
            Verdict::Unsupported => "unsupported",
        }
    }
}

/// One claim of the draft with its verdict and the evidence for it.
#[derive(Clone, Debug, PartialEq)]
pub struct DraftClaim {
    pub claim: Claim,
    pub verdict: Verdict,
    /// Reference claims that state a compatible value.
    pub supported_by: Vec<Claim>,
    /// Reference claims that state a conflicting value (contradicted only).
    pub contradicted_by: Vec<Claim>,
    /// Trusted facts that rule the claim out.
    pub facts: Vec<FactRef>,
    /// The finding that reports it (contradicted or unsupported).
    pub finding: Option<String>,
}

impl DraftClaim {
    /// How reports head the claim: "Jane Roe (title): energy minister", or
    /// only "Harbour Ferries (actor)" when the value is the subject itself.
    pub fn heading(&self) -> String {
        let c = &self.claim;
        let value = c.value.describe();
        if value == c.subject.label {
            format!("{} ({})", c.subject.label, c.attribute)
        } else {
            format!("{} ({}): {value}", c.subject.label, c.attribute)
        }
    }

    /// What the references were searched for: "the title of Jane Roe".
    pub fn looked_for(&self) -> String {
        match &self.claim.value {
            Value::Name { name } => format!("a mention of {name}"),
            _ => format!("the {} of {}", self.claim.attribute, self.claim.subject.label),
        }
    }
}

/// Every claim of the draft, in reading order, with its verdict.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DraftReport {
    pub claims: Vec<DraftClaim>,
}

impl DraftReport {
    pub fn tally(&self) -> DraftTally {
        let count = |v: Verdict| self.claims.iter().filter(|c| c.verdict == v).count();
        DraftTally {
            claims: self.claims.len(),
            supported: count(Verdict::Supported),
            contradicted: count(Verdict::Contradicted),
            unsupported: count(Verdict::Unsupported),
        }
    }
}

pub struct Review {
    pub findings: Vec<Finding>,
    pub draft: DraftReport,
}

pub const UNSUPPORTED_RULE: &str = "unsupported-claim";

/// Where a claim stands: (source, start, end).
type At = (usize, usize, usize);

/// One value of the draft on one subject and attribute: (subject key, attribute, value).
type ValueKey = (String, String, String);

fn at(c: &Claim) -> At {
    (c.source, c.span.start, c.span.end)
}

/// What the rules' findings say against one draft claim.
#[derive(Clone, Default)]
struct Against {
    claims: Vec<Claim>,
    facts: Vec<FactRef>,
    finding: String,
}

/// Turns the rules' findings to face the draft, gives every claim of the
/// draft its verdict and evidence, and adds the findings the rules leave to
/// draft mode: a conflict no rule could compare (under the rule of the
/// value's kind) and a claim no reference states (`unsupported-claim`).
pub fn review(cx: &RuleContext, graph: &ClaimGraph, findings: Vec<Finding>) -> Review {
    let documents = cx.documents;
    let is_draft = |c: &Claim| documents.get(c.source).is_some_and(|d| d.role == Role::Draft);
    let mut out = Vec::new();
    let mut against: BTreeMap<At, Against> = BTreeMap::new();
    for mut f in findings {
        let contradiction = matches!(f.kind, FindingKind::Contradiction | FindingKind::Stale);
        let involves_draft = f.claims().any(is_draft);
        // The draft is contradicted on a side no reference shares; a draft
        // that sides with some references is caught in their quarrel. A
        // fact rules out every claim listed, whoever states it.
        let draft_alone = |s: &Side| s.claims.iter().any(is_draft) && !s.claims.iter().any(|c| !is_draft(c));
        let facing = contradiction && involves_draft && (!f.facts.is_empty() || f.sides.iter().any(draft_alone));
        if !facing {
            // A quarrel the draft is not alone in, or a figure that grew.
            f.references_only = contradiction || !involves_draft;
            out.push(f);
            continue;
        }
        // Sides with a draft claim first; the rest keep majority order.
        f.sides.sort_by_key(|s| !s.claims.iter().any(is_draft));
        if f.facts.is_empty() {
            let draft_values: Vec<String> =
                f.sides.iter().filter(|s| draft_alone(s)).map(|s| s.value.clone()).collect();
            f.id = finding_id(&f.subject, &f.attribute, &draft_values);
            f.message = draft_message(&f, &is_draft);
        } else {
            f.message = format!("the trusted facts contradict the draft: {}", f.message);
        }
        let wrong: Vec<&Side> = f
            .sides
            .iter()
            .filter(|s| if f.facts.is_empty() { draft_alone(s) } else { s.claims.iter().any(is_draft) })
            .collect();
        let others: Vec<Claim> = f
            .sides
            .iter()
            .filter(|s| f.facts.is_empty() && !draft_alone(s))
            .flat_map(|s| s.claims.iter().cloned())
            .collect();
        for c in wrong.iter().flat_map(|s| &s.claims).filter(|c| is_draft(c)) {
            let entry = against.entry(at(c)).or_default();
            entry.claims.extend(others.iter().cloned());
            entry.facts.extend(f.facts.iter().cloned());
            if entry.finding.is_empty() {
                entry.finding = f.id.clone();
            }
        }
        out.push(f);
    }

    let mut claims = Vec::new();
    // Claims the rules left alone, grouped by (subject, attribute, value) into one finding each.
    let mut unsupported: BTreeMap<ValueKey, Vec<Claim>> = BTreeMap::new();
    // The draft's claims of one value and the references against them.
    let mut conflicting: BTreeMap<ValueKey, (Vec<Claim>, Vec<Claim>)> = BTreeMap::new();
    let mut reference_text: Option<String> = None;
    for (_, subject_claims) in graph.subjects() {
        for claim in subject_claims.iter().copied().filter(|c| is_draft(c)) {
            // A name some reference mentions is no claim of the draft's own.
            if let Value::Name { name } = &claim.value {
                let references = reference_text.get_or_insert_with(|| {
                    let prose = documents.iter().filter(|d| d.role != Role::Draft).map(|d| d.prose.as_str());
                    normalized_name(&prose.collect::<Vec<_>>().join("\n"))
                });
                if references.contains(&normalized_name(name)) {
                    continue;
                }
            }
            let evidence = weigh(cx, claim, &subject_claims);
            let key = (claim.subject.key.clone(), claim.attribute.clone(), claim.value.describe());
            let mut verdict = DraftClaim {
                claim: claim.clone(),
                verdict: evidence.verdict(),
                supported_by: evidence.supporting,
                contradicted_by: Vec::new(),
                facts: Vec::new(),
                finding: None,
            };
            if let Some(a) = against.get(&at(claim)).cloned() {
                verdict.verdict = Verdict::Contradicted;
                verdict.contradicted_by = a.claims;
                verdict.facts = a.facts;
                verdict.finding = Some(a.finding);
            } else if verdict.verdict == Verdict::Contradicted {
                verdict.contradicted_by = evidence.conflicting.clone();
                let entry = conflicting.entry(key).or_default();
                entry.0.push(claim.clone());
                entry.1.extend(evidence.conflicting);
            }
            claims.push(verdict);
        }
    }
    spanned_durations(&mut claims);
    for c in claims.iter().filter(|c| c.verdict == Verdict::Unsupported) {
        let key = (c.claim.subject.key.clone(), c.claim.attribute.clone(), c.claim.value.describe());
        unsupported.entry(key).or_default().push(c.claim.clone());
    }
    for (draft_claims, references) in conflicting.into_values() {
        out.push(conflict_finding(&draft_claims, references, &is_draft));
    }
    for draft_claims in unsupported.into_values() {
        out.push(unsupported_finding(&draft_claims));
    }
    // Each claim names the finding that reports it.
    for c in claims.iter_mut().filter(|c| c.finding.is_none() && c.verdict != Verdict::Supported) {
        c.finding =
            out.iter().find(|f| !f.references_only && f.claims().any(|x| at(x) == at(&c.claim))).map(|f| f.id.clone());
    }
    claims.sort_by_key(|c| (c.claim.source, c.claim.span, c.claim.attribute.clone()));
    out.sort_by(|a, b| {
        (a.references_only, a.kind, &a.subject.key, &a.attribute, &a.id).cmp(&(
            b.references_only,
            b.kind,
            &b.subject.key,
            &b.attribute,
            &b.id,
        ))
    });
    out.dedup_by(|a, b| a.id == b.id);
    Review { findings: out, draft: DraftReport { claims } }
}

/// "The two-day summit on 12–13 May": a duration in days that the same
/// sentence's dated span spells out stands or falls with that span. When
/// the references support the span, they support the duration.
fn spanned_durations(claims: &mut [DraftClaim]) {
    let days = |v: &Value| match v {
        Value::Duration { unit, interval } if unit == "day" => interval.min.filter(|m| Some(*m) == interval.max),
        _ => None,
    };
    for i in 0..claims.len() {
        let Some(n) = days(&claims[i].claim.value).filter(|_| claims[i].verdict == Verdict::Unsupported) else {
            continue;
        };
        let (source, sentence) = (claims[i].claim.source, claims[i].claim.sentence);
        let span = claims.iter().find(|c| {
            c.verdict == Verdict::Supported
                && c.claim.source == source
                && c.claim.sentence == sentence
                && matches!(c.claim.value, Value::DateRange { start, end } if ((end - start).num_days() + 1) as f64 == n)
        });
        if let Some(span) = span {
            let evidence = span.supported_by.clone();
            claims[i].verdict = Verdict::Supported;
            claims[i].supported_by = evidence;
        }
    }
}

/// The reference claims that bear on one draft claim.
#[derive(Debug, Default)]
struct Evidence {
    supporting: Vec<Claim>,
    conflicting: Vec<Claim>,
}

impl Evidence {
    /// Supported when one reference agrees; contradicted when some can be
    /// compared and all of them conflict; unsupported when none can be compared.
    fn verdict(&self) -> Verdict {
        if !self.supporting.is_empty() {
            Verdict::Supported
        } else if !self.conflicting.is_empty() {
            Verdict::Contradicted
        } else {
            Verdict::Unsupported
        }
    }
}

/// Sorts the references on the claim's subject into those that agree with
/// it and those that conflict, as the rules judge them; the rest cannot be
/// compared with it (another scope, unit, currency, holder, occurrence, a
/// former title, a reading of another day).
fn weigh(cx: &RuleContext, claim: &Claim, subject: &[&Claim]) -> Evidence {
    let mut evidence = Evidence::default();
    let is_draft = |c: &Claim| cx.documents.get(c.source).is_some_and(|d| d.role == Role::Draft);
    for r in subject.iter().copied().filter(|r| !is_draft(r)) {
        match crate::rules::relation(cx, subject, claim, r) {
            Some(true) => evidence.supporting.push(r.clone()),
            Some(false) => evidence.conflicting.push(r.clone()),
            None => {}
        }
    }
    evidence
}

/// The rule whose finding a draft's conflicting value is reported under.
pub fn rule_for(attribute: &str, value: &Value) -> &'static str {
    if attribute == "record" {
        return "record-mismatch";
    }
    match value {
        Value::Title(_) => "title-mismatch",
        Value::Weekday { .. } => "weekday-mismatch",
        Value::Month { .. } => "month-mismatch",
        Value::Date { .. } | Value::DateRange { .. } | Value::Year { .. } | Value::Quarter { .. } => "date-mismatch",
        Value::Ordinal { .. } | Value::Duration { .. } => "ordinal-mismatch",
        Value::Percent { .. }
        | Value::Money { .. }
        | Value::Count { .. }
        | Value::Number { .. }
        | Value::Quantity { .. }
        | Value::Code { .. } => "number-mismatch",
        Value::Time { .. } => "time-mismatch",
        Value::Score { .. } => "score-mismatch",
        // Names never conflict; a draft's name is only ever unsupported.
        Value::Name { .. } => UNSUPPORTED_RULE,
    }
}

/// One value of the draft against the references that all state otherwise.
fn conflict_finding(draft: &[Claim], references: Vec<Claim>, is_draft: &dyn Fn(&Claim) -> bool) -> Finding {
    let first = &draft[0];
    let value = first.value.describe();
    let mut by_value: BTreeMap<String, Vec<Claim>> = BTreeMap::new();
    for r in references {
        let v = r.value.describe();
        let side = by_value.entry(v).or_default();
        if !side.iter().any(|c| at(c) == at(&r)) {
            side.push(r);
        }
    }
    let mut sides = vec![side(value.clone(), draft.to_vec())];
    let mut others: Vec<Side> = by_value.into_iter().map(|(v, claims)| side(v, claims)).collect();
    others.sort_by(|a, b| b.sources.cmp(&a.sources).then_with(|| a.value.cmp(&b.value)));
    sides.extend(others);
    let mut f = Finding {
        id: finding_id(&first.subject, &first.attribute, std::slice::from_ref(&value)),
        kind: FindingKind::Contradiction,
        severity: Severity::Error,
        rule: rule_for(&first.attribute, &first.value),
        subject: first.subject.clone(),
        attribute: first.attribute.clone(),
        message: String::new(),
        sides,
        facts: Vec::new(),
        references_only: false,
    };
    f.message = draft_message(&f, is_draft);
    f
}

/// A name or a text in lower case, its words joined by single spaces and
/// its apostrophes straight, so one name matches however it is set.
fn normalized_name(text: &str) -> String {
    crate::document::collapse_whitespace(text).to_lowercase().replace('’', "'")
}

/// One value of the draft that no reference states.
fn unsupported_finding(draft: &[Claim]) -> Finding {
    let first = &draft[0];
    let value = first.value.describe();
    let subject: &Subject = &first.subject;
    let message = match first.value {
        Value::Name { .. } => format!("no reference mentions {value}"),
        _ => format!("no reference states the {} of {}: {value}", first.attribute, subject.label),
    };
    Finding {
        id: finding_id(subject, &first.attribute, std::slice::from_ref(&value)),
        kind: FindingKind::Unsupported,
        severity: Severity::Warning,
        rule: UNSUPPORTED_RULE,
        subject: subject.clone(),
        attribute: first.attribute.clone(),
        message,
        sides: vec![side(value, draft.to_vec())],
        facts: Vec::new(),
        references_only: false,
    }
}

fn side(value: String, mut claims: Vec<Claim>) -> Side {
    claims.sort_by_key(|c| (c.source, c.span));
    let sources = claims.iter().map(|c| c.source).collect::<BTreeSet<_>>().len();
    Side { value, claims, sources }
}

/// "the draft says July 2025; the references say June 2025 (2 sources)".
fn draft_message(f: &Finding, is_draft: &dyn Fn(&Claim) -> bool) -> String {
    let (draft, refs): (Vec<&Side>, Vec<&Side>) = f.sides.iter().partition(|s| s.claims.iter().any(is_draft));
    let draft_values = draft.iter().map(|s| s.value.as_str()).collect::<Vec<_>>().join(" and ");
    let reference_values = refs
        .iter()
        .map(|s| {
            let n = s.claims.iter().filter(|c| !is_draft(c)).map(|c| c.source).collect::<BTreeSet<_>>().len();
            format!("{} ({n} reference{})", s.value, if n == 1 { "" } else { "s" })
        })
        .collect::<Vec<_>>()
        .join(", ");
    if reference_values.is_empty() {
        format!("the draft contradicts itself on the {}: {draft_values}", f.attribute)
    } else {
        format!("the draft says {draft_values} for the {}; the references say {reference_values}", f.attribute)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claim::SubjectKind;
    use crate::config::Config;
    use crate::facts::Facts;
    use crate::knowledge::Knowledge;
    use crate::rules::test_support::claim;
    use crate::value::{Interval, Title};
    use crate::{analyze_with, Input, Options};

    /// The verdict of `draft` (source 0) against `references`, with the evidence.
    fn judge(draft: Claim, references: &[Claim]) -> (Verdict, Evidence) {
        let k = Knowledge::builtin();
        let (facts, config) = (Facts::default(), Config::default());
        let cx = RuleContext { knowledge: &k, documents: &[], facts: &facts, config: &config, reference_dates: &[] };
        let refs: Vec<&Claim> = references.iter().collect();
        let evidence = weigh(&cx, &draft, &refs);
        (evidence.verdict(), evidence)
    }

    fn euros(source: usize, amount: f64) -> Claim {
        let interval = Interval::around(amount, 0.05e6);
        claim(source, SubjectKind::Figure, "amount", Value::Money { currency: "EUR".into(), interval })
    }

    fn office(source: usize, canonical: &str, modifiers: &[&str]) -> Claim {
        let title = Title {
            canonical: canonical.into(),
            as_written: canonical.into(),
            modifiers: modifiers.iter().map(|m| m.to_string()).collect(),
        };
        claim(source, SubjectKind::Person, "title", Value::Title(title))
    }

    fn day(source: usize, value: Value) -> Claim {
        claim(source, SubjectKind::Event, "date", value)
    }

    fn date(y: i32, m: u32, d: u32) -> Value {
        Value::Date { date: chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap() }
    }

    #[test]
    fn a_figure_every_reference_states_otherwise_is_contradicted_not_unsupported() {
        let (verdict, evidence) = judge(euros(0, 2.1e6), &[euros(1, 1.2e6), euros(2, 1.2e6), euros(3, 1.2e6)]);
        assert_eq!(verdict, Verdict::Contradicted);
        assert_eq!(evidence.conflicting.len(), 3);
    }

    #[test]
    fn one_agreeing_reference_supports_and_is_the_evidence() {
        let (verdict, evidence) = judge(euros(0, 1.2e6), &[euros(1, 1.2e6), euros(2, 2.1e6)]);
        assert_eq!(verdict, Verdict::Supported);
        assert_eq!(evidence.supporting.iter().map(|c| c.source).collect::<Vec<_>>(), vec![1]);
    }

    #[test]
    fn a_duration_its_supported_dated_span_spells_out_is_supported() {
        let verdict = |c: Claim, v: Verdict, by: Vec<Claim>| DraftClaim {
            claim: c,
            verdict: v,
            supported_by: by,
            contradicted_by: Vec::new(),
            facts: Vec::new(),
            finding: None,
        };
        let d = |x| chrono::NaiveDate::from_ymd_opt(2026, 5, x).unwrap();
        let span = day(0, Value::DateRange { start: d(12), end: d(13) });
        let reference = day(1, Value::DateRange { start: d(12), end: d(13) });
        let days = |n: f64| {
            claim(
                0,
                SubjectKind::Figure,
                "duration",
                Value::Duration { unit: "day".into(), interval: Interval::exact(n) },
            )
        };
        let mut claims = vec![
            verdict(days(2.0), Verdict::Unsupported, Vec::new()),
            verdict(days(3.0), Verdict::Unsupported, Vec::new()),
            verdict(span, Verdict::Supported, vec![reference]),
        ];
        spanned_durations(&mut claims);
        assert_eq!(claims[0].verdict, Verdict::Supported);
        assert_eq!(claims[0].supported_by.len(), 1);
        assert_eq!(claims[1].verdict, Verdict::Unsupported);
    }

    #[test]
    fn nothing_comparable_on_the_subject_is_unsupported() {
        assert_eq!(judge(euros(0, 2.1e6), &[]).0, Verdict::Unsupported);
        // Another attribute, another period, another currency, another giver.
        let mut other_attribute = euros(1, 1.2e6);
        other_attribute.attribute = "budget".into();
        let (mut d, mut r) = (euros(0, 2.1e6), euros(1, 1.2e6));
        d.scope.period = Some("2026".into());
        r.scope.period = Some("2025".into());
        assert_eq!(judge(d.clone(), &[r, other_attribute]).0, Verdict::Unsupported);
        let dollars = claim(
            1,
            SubjectKind::Figure,
            "amount",
            Value::Money { currency: "USD".into(), interval: Interval::exact(9e6) },
        );
        assert_eq!(judge(euros(0, 2.1e6), &[dollars]).0, Verdict::Unsupported);
        let mut proposed = euros(0, 2.1e6);
        proposed.scope.status = Some("proposed".into());
        assert_eq!(judge(proposed, &[euros(1, 1.2e6)]).0, Verdict::Unsupported);
        let mut given = euros(1, 1.2e6);
        given.scope.agent = Some("the city".into());
        d.scope.agent = Some("the region".into());
        assert_eq!(judge(d, &[given]).0, Verdict::Unsupported);
    }

    #[test]
    fn titles_are_judged_by_office() {
        let mayor = || office(1, "mayor", &[]);
        assert_eq!(judge(office(0, "deputy mayor", &[]), &[mayor(), office(2, "mayor", &[])]).0, Verdict::Contradicted);
        assert_eq!(judge(office(0, "mayor", &[]), &[mayor()]).0, Verdict::Supported);
        // One post in two countries' words.
        assert_eq!(
            judge(office(0, "foreign minister", &[]), &[office(1, "secretary of state", &[])]).0,
            Verdict::Supported
        );
        // A former office says nothing about the current one, either way.
        assert_eq!(judge(office(0, "deputy mayor", &["former"]), &[mayor()]).0, Verdict::Unsupported);
        assert_eq!(judge(office(0, "mayor", &[]), &[office(1, "deputy mayor", &["former"])]).0, Verdict::Unsupported);
        assert_eq!(
            judge(office(0, "deputy mayor", &["former"]), &[office(1, "deputy mayor", &["former"])]).0,
            Verdict::Supported
        );
    }

    #[test]
    fn weekdays_are_checked_against_the_days_of_the_event() {
        let sunday = day(1, date(2026, 7, 19));
        let weekday = |name: &str| day(0, Value::Weekday { weekday: name.into() });
        assert_eq!(judge(weekday("Saturday"), std::slice::from_ref(&sunday)).0, Verdict::Contradicted);
        assert_eq!(judge(weekday("Sunday"), std::slice::from_ref(&sunday)).0, Verdict::Supported);
        // A month says nothing about a weekday.
        let month = day(1, Value::Month { year: Some(2026), month: 7 });
        assert_eq!(judge(weekday("Saturday"), &[month]).0, Verdict::Unsupported);
    }

    #[test]
    fn another_year_of_a_recurring_event_is_not_compared() {
        let (verdict, _) = judge(day(0, date(2027, 10, 5)), &[day(1, date(2025, 9, 4))]);
        assert_eq!(verdict, Verdict::Unsupported);
        let month = |source, m| day(source, Value::Month { year: Some(2027), month: m });
        assert_eq!(judge(month(0, 10), &[month(1, 9)]).0, Verdict::Contradicted);
        assert_eq!(judge(day(0, date(2027, 9, 14)), &[month(1, 9)]).0, Verdict::Supported);
    }

    fn review_of(draft: &str, references: &[&str], facts: &Facts) -> crate::Analysis {
        let mut inputs =
            vec![Input { path: "draft.md".into(), role: Role::Draft, text: draft.into(), published: None }];
        for (i, text) in references.iter().enumerate() {
            let path = format!("r{i}.txt");
            inputs.push(Input { path, role: Role::Reference, text: (*text).into(), published: None });
        }
        let (k, config) = (Knowledge::builtin(), Config::default());
        analyze_with(inputs, Options { knowledge: &k, facts, config: &config }, &|| {})
    }

    #[test]
    fn every_draft_claim_is_listed_with_its_evidence() {
        let a = review_of(
            "The summit in Lisbon in July 2026 will be short. The Oslo summit in May 2026 went well.",
            &["A summit in Lisbon in June 2026 is planned.", "The Lisbon summit planned for June 2026 was announced."],
            &Facts::default(),
        );
        let report = a.draft.expect("draft mode");
        assert_eq!(report.tally(), DraftTally { claims: 2, supported: 0, contradicted: 1, unsupported: 1 });
        let lisbon = &report.claims[0];
        assert_eq!((lisbon.verdict, lisbon.claim.text.as_str()), (Verdict::Contradicted, "July 2026"));
        assert_eq!(lisbon.contradicted_by.len(), 2);
        let finding = a.findings.iter().find(|f| Some(&f.id) == lisbon.finding.as_ref()).unwrap();
        assert_eq!(
            finding.message,
            "the draft says July 2026 for the month; the references say June 2026 (2 references)"
        );
        // The id names the draft's value: correcting a reference keeps it.
        assert_eq!(finding.id, finding_id(&finding.subject, "month", &["July 2026".to_string()]));
        let oslo = &report.claims[1];
        assert_eq!(oslo.verdict, Verdict::Unsupported);
        assert_eq!(oslo.looked_for(), "the date of summit, Oslo");
        assert!(a.findings.iter().any(|f| Some(&f.id) == oslo.finding.as_ref() && f.rule == UNSUPPORTED_RULE));
    }

    #[test]
    fn an_actor_no_reference_mentions_is_unsupported_and_one_they_mention_is_no_claim() {
        let a = review_of(
            "Harbour Ferries will add two sailings. The Island Council has asked for more. \
             On Monday, New Zealand said it would help.",
            &[
                "The island council met.",
                "Ferries were cancelled; the Island Council said it was talking to operators.",
            ],
            &Facts::default(),
        );
        let report = a.draft.expect("draft mode");
        let actors: Vec<&DraftClaim> = report.claims.iter().filter(|c| c.claim.attribute == "actor").collect();
        let names: Vec<(&str, Verdict)> = actors.iter().map(|c| (c.claim.subject.label.as_str(), c.verdict)).collect();
        // The council is mentioned (in another case); a country is the setting more often than the actor.
        assert_eq!(names, [("Harbour Ferries", Verdict::Unsupported)]);
        assert_eq!(actors[0].looked_for(), "a mention of Harbour Ferries");
        assert_eq!(actors[0].claim.text, "Harbour Ferries will add two sailings");
        let finding = a.findings.iter().find(|f| Some(&f.id) == actors[0].finding.as_ref()).unwrap();
        assert_eq!(
            (finding.rule, finding.message.as_str()),
            (UNSUPPORTED_RULE, "no reference mentions Harbour Ferries")
        );
    }

    #[test]
    fn a_finding_that_rests_on_a_fact_says_the_facts_contradict_the_draft() {
        let facts = Facts::parse(
            "facts.toml",
            "[[person]]\nname = \"Jane Roe\"\noffice = [\n  { title = \"senator\", from = 2011-01-03, to = 2025-01-20 },\n  { title = \"secretary of state\", from = 2025-01-21 },\n]\n",
        )
        .unwrap();
        let a = review_of(
            "Published: 2025-04-03\n\nSenator Jane Roe arrived in Lisbon.",
            &["Published: 2025-04-03\n\nThe summit in Lisbon opened on Thursday."],
            &facts,
        );
        let stale = a.findings.iter().find(|f| f.rule == "stale-title").expect("a stale title");
        assert!(
            stale.message.starts_with("the trusted facts contradict the draft: senator is a title"),
            "{}",
            stale.message
        );
        assert!(!stale.references_only);
        let claim = &a.draft.unwrap().claims[0];
        assert_eq!(claim.verdict, Verdict::Contradicted);
        assert_eq!(claim.facts.len(), 2);
    }

    #[test]
    fn every_conflicting_value_is_reported_under_a_registered_rule() {
        let ids: Vec<&str> = crate::rules::RULES.iter().map(|r| r.id()).collect();
        let values = [
            date(2026, 1, 1),
            Value::Month { year: None, month: 1 },
            Value::Weekday { weekday: "Monday".into() },
            Value::Ordinal { value: 3 },
            Value::Percent { interval: Interval::exact(2.0) },
            Value::Title(Title { canonical: "mayor".into(), as_written: "Mayor".into(), modifiers: vec![] }),
        ];
        assert!(values.iter().all(|v| ids.contains(&rule_for("date", v))));
    }
}
