//! A finding: what a rule reports about one subject and attribute, with
//! every claim involved.

use crate::claim::{Claim, Subject};
use crate::facts::FactRef;
use serde::Serialize;
use std::hash::Hasher;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FindingKind {
    /// Sources disagree.
    Contradiction,
    /// A draft's claim that no reference states.
    Unsupported,
    /// A claim a trusted fact rules out at the event's date.
    Stale,
    /// A figure that grew between an earlier and a later source.
    Update,
}

impl FindingKind {
    pub fn as_str(self) -> &'static str {
        match self {
            FindingKind::Contradiction => "contradiction",
            FindingKind::Unsupported => "unsupported",
            FindingKind::Stale => "stale",
            FindingKind::Update => "update",
        }
    }
}

/// Ordered from least to most severe, so `--fail-on` compares with `>=`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// Claims that state one value, and how many sources state it.
#[derive(Clone, Debug, PartialEq)]
pub struct Side {
    /// The value as reports describe it ("June 2025").
    pub value: String,
    pub claims: Vec<Claim>,
    pub sources: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    pub id: String,
    pub kind: FindingKind,
    pub severity: Severity,
    pub rule: &'static str,
    pub subject: Subject,
    pub attribute: String,
    pub message: String,
    /// Majority first; within a side, by source then position. In draft
    /// mode the draft's side comes first.
    pub sides: Vec<Side>,
    /// Trusted facts the finding rests on.
    pub facts: Vec<FactRef>,
    /// In draft mode: a disagreement among the references alone, not the draft's.
    pub references_only: bool,
}

impl Finding {
    pub fn claims(&self) -> impl Iterator<Item = &Claim> {
        self.sides.iter().flat_map(|s| s.claims.iter())
    }
}

/// A fingerprint of subject, attribute and the disagreeing value: the
/// minority's, or the draft's (`values` holds it, or the few values of one
/// disagreeing side). The other sides' values are left out, so correcting
/// another source keeps the id; offsets are left out, so it survives edits
/// elsewhere in the text.
pub fn finding_id(subject: &Subject, attribute: &str, values: &[String]) -> String {
    let mut sorted: Vec<&String> = values.iter().collect();
    sorted.sort();
    let mut hasher = fnv::FnvHasher::default();
    hasher.write(subject.key.as_bytes());
    hasher.write(&[0]);
    hasher.write(attribute.as_bytes());
    for v in sorted {
        hasher.write(&[0]);
        hasher.write(v.as_bytes());
    }
    format!("{}/{}/{:06x}", slug(&subject.label), slug(attribute), hasher.finish() & 0xff_ffff)
}

/// Lower-case letters and digits, words joined by dashes.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claim::SubjectKind;

    #[test]
    fn ids_ignore_value_order_and_are_slugs() {
        let s = Subject::new(SubjectKind::Event, "summit@lisbon", "summit, Lisbon");
        let a = finding_id(&s, "month", &["June 2025".into(), "July 2025".into()]);
        let b = finding_id(&s, "month", &["July 2025".into(), "June 2025".into()]);
        assert_eq!(a, b);
        assert!(a.starts_with("summit-lisbon/month/"));
    }
}
