//! The JSON wire types of the report contract (`report-schema.md`): kept
//! apart from the core types so that the contract changes only on purpose.

use crate::value::Value;
use serde::Serialize;

pub const SCHEMA_VERSION: u32 = 1;

#[derive(Serialize)]
pub struct Report<'a> {
    pub schema: u32,
    pub tool: Tool,
    pub sources: Vec<Source<'a>>,
    /// Inputs that could not be read; absent when every one was.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub skipped: Vec<Skipped<'a>>,
    pub stats: Stats,
    /// Draft mode only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub draft: Option<Draft<'a>>,
    pub findings: Vec<Finding<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub stale_suppressions: Vec<StaleSuppression<'a>>,
}

/// Draft mode: the verdict counts, then every claim of the draft in reading order.
#[derive(Serialize)]
pub struct Draft<'a> {
    #[serde(flatten)]
    pub tally: Tally,
    pub claims: Vec<DraftClaim<'a>>,
}

/// An input that could not be read: the report shows the check was incomplete.
#[derive(Serialize)]
pub struct Skipped<'a> {
    pub path: &'a str,
    pub reason: &'a str,
}

/// How many of the draft's claims got each verdict (also in SARIF).
#[derive(Serialize)]
pub struct Tally {
    pub supported: usize,
    pub contradicted: usize,
    pub unsupported: usize,
}

impl From<crate::draft::DraftTally> for Tally {
    fn from(t: crate::draft::DraftTally) -> Self {
        Tally { supported: t.supported, contradicted: t.contradicted, unsupported: t.unsupported }
    }
}

/// One claim of the draft: its verdict, the claim itself (as in a finding)
/// and the evidence.
#[derive(Serialize)]
pub struct DraftClaim<'a> {
    pub verdict: &'static str,
    pub subject: &'a str,
    pub attribute: &'a str,
    #[serde(flatten)]
    pub claim: Claim<'a>,
    /// The finding that reports it (contradicted and unsupported claims).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub finding: Option<&'a str>,
    /// Reference claims that state a compatible value.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub supported_by: Vec<Claim<'a>>,
    /// Reference claims that state a conflicting value.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub contradicted_by: Vec<Claim<'a>>,
    /// Trusted facts that rule it out.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub facts: Vec<Fact<'a>>,
    /// Unsupported claims: what the references were searched for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub looked_for: Option<String>,
}

#[derive(Serialize)]
pub struct StaleSuppression<'a> {
    pub id: &'a str,
    pub file: &'a str,
    pub line: usize,
    pub reason: &'a str,
}

#[derive(Serialize)]
pub struct Fact<'a> {
    pub file: &'a str,
    pub line: usize,
    pub statement: &'a str,
}

#[derive(Serialize)]
pub struct Tool {
    pub name: &'static str,
    pub version: &'static str,
}

#[derive(Serialize)]
pub struct Source<'a> {
    pub path: &'a str,
    pub published: Option<String>,
    pub role: &'static str,
    /// The story (sources about one event) the source belongs to: claims of
    /// different stories are never compared.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub story: Option<&'a str>,
}

#[derive(Serialize)]
pub struct Stats {
    pub sources: usize,
    pub claims: usize,
    pub subjects: usize,
    pub findings: usize,
    #[serde(skip_serializing_if = "is_zero")]
    pub suppressed: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

#[derive(Serialize)]
pub struct Finding<'a> {
    pub id: &'a str,
    pub kind: &'static str,
    pub severity: &'static str,
    pub rule: &'static str,
    pub subject: &'a str,
    pub attribute: &'a str,
    pub message: &'a str,
    pub claims: Vec<Claim<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub facts: Vec<Fact<'a>>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub references_only: bool,
}

#[derive(Serialize)]
pub struct Claim<'a> {
    pub source: &'a str,
    pub text: &'a str,
    pub value: &'a Value,
    pub span: Span,
    pub line: usize,
    pub column: usize,
    pub quote: String,
}

#[derive(Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

/// One line of `crosscheck claims --format json` (JSON Lines).
#[derive(Serialize)]
pub struct ClaimLine<'a> {
    pub source: &'a str,
    pub extractor: &'static str,
    pub subject: &'a str,
    pub subject_key: &'a str,
    pub attribute: &'a str,
    #[serde(skip_serializing_if = "crate::claim::Scope::is_empty")]
    pub scope: &'a crate::claim::Scope,
    pub text: &'a str,
    pub value: &'a Value,
    pub span: Span,
    pub line: usize,
    pub column: usize,
}

/// `crosscheck values --format json`.
#[derive(Serialize)]
pub struct Values<'a> {
    pub values: Vec<ValueLine<'a>>,
}

#[derive(Serialize)]
pub struct ValueLine<'a> {
    pub source: &'a str,
    pub span: Span,
    pub text: &'a str,
    pub value: &'a Value,
}
