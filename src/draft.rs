//! Draft mode: every checkable claim of a draft gets a verdict against the
//! references: supported, contradicted or unsupported.
//!
//! A finding that involves the draft is turned to face it: the draft's side
//! comes first and the message says what the references say, with how many
//! agree with each value. A disagreement among the references alone is kept
//! but marked `references_only`: it is never blamed on the draft.

use crate::claim::Claim;
use crate::document::{Document, Role};
use crate::finding::{finding_id, Finding, FindingKind, Severity, Side};
use crate::graph::ClaimGraph;
use std::collections::BTreeSet;

/// How the draft's claims fared.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DraftTally {
    pub claims: usize,
    pub supported: usize,
    pub contradicted: usize,
    pub unsupported: usize,
}

pub struct Review {
    pub findings: Vec<Finding>,
    pub tally: DraftTally,
}

/// The verdict of one draft claim.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    Supported,
    Contradicted,
    Unsupported,
}

pub const UNSUPPORTED_RULE: &str = "unsupported-claim";

pub fn review(documents: &[Document], graph: &ClaimGraph, findings: Vec<Finding>) -> Review {
    let is_draft = |c: &Claim| documents.get(c.source).is_some_and(|d| d.role == Role::Draft);
    let mut out = Vec::new();
    let mut contradicted: BTreeSet<(usize, usize, usize)> = BTreeSet::new();
    for mut f in findings {
        // The draft is contradicted only on a side no reference shares; a
        // draft that sides with some references is caught in their quarrel.
        let draft_alone = |s: &Side| s.claims.iter().any(is_draft) && !s.claims.iter().any(|c| !is_draft(c));
        if f.sides.iter().any(draft_alone) {
            for c in f.sides.iter().filter(|s| draft_alone(s)).flat_map(|s| &s.claims) {
                contradicted.insert((c.source, c.span.start, c.span.end));
            }
            // Sides with a draft claim first; the rest keep majority order.
            f.sides.sort_by_key(|s| !s.claims.iter().any(is_draft));
            f.message = draft_message(&f, &is_draft);
        } else {
            f.references_only = true;
        }
        out.push(f);
    }

    let mut tally = DraftTally::default();
    for (subject, claims) in graph.subjects() {
        for claim in claims.iter().copied().filter(|c| is_draft(c)) {
            tally.claims += 1;
            let verdict = verdict(claim, &claims, &contradicted, &is_draft);
            match verdict {
                Verdict::Supported => tally.supported += 1,
                Verdict::Contradicted => tally.contradicted += 1,
                Verdict::Unsupported => {
                    tally.unsupported += 1;
                    let value = claim.value.describe();
                    out.push(Finding {
                        id: finding_id(subject, &claim.attribute, std::slice::from_ref(&value)),
                        kind: FindingKind::Unsupported,
                        severity: Severity::Warning,
                        rule: UNSUPPORTED_RULE,
                        subject: subject.clone(),
                        attribute: claim.attribute.clone(),
                        message: format!("no reference states the {} of {}: {value}", claim.attribute, subject.label),
                        sides: vec![Side { value, claims: vec![claim.clone()], sources: 1 }],
                        facts: Vec::new(),
                        references_only: false,
                    });
                }
            }
        }
    }
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
    Review { findings: out, tally }
}

fn verdict(
    claim: &Claim,
    subject_claims: &[&Claim],
    contradicted: &BTreeSet<(usize, usize, usize)>,
    is_draft: &dyn Fn(&Claim) -> bool,
) -> Verdict {
    if contradicted.contains(&(claim.source, claim.span.start, claim.span.end)) {
        return Verdict::Contradicted;
    }
    let supported = subject_claims
        .iter()
        .filter(|r| !is_draft(r) && r.attribute == claim.attribute)
        .any(|r| r.value.compatible(&claim.value) && r.value.type_name() != "weekday" || r.value == claim.value);
    if supported {
        Verdict::Supported
    } else {
        Verdict::Unsupported
    }
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
