//! Reports: the model built once from an analysis, then rendered by one
//! module per format. Renderers return strings; printing is the caller's.

pub mod github;
pub mod graph;
pub mod html;
pub mod json;
pub mod jsont;
pub mod locate;
pub mod markdown;
pub mod sarif;
pub mod text;

use crate::analysis::Analysis;
use crate::finding::{Finding, Severity};

/// Counts shown in every report.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stats {
    pub sources: usize,
    pub claims: usize,
    pub subjects: usize,
    pub findings: usize,
}

pub fn stats(analysis: &Analysis) -> Stats {
    Stats {
        sources: analysis.documents.len(),
        claims: analysis.claims().len(),
        subjects: analysis.graph.subject_count(),
        findings: analysis.findings.len(),
    }
}

/// Whether any finding is at or above `threshold`.
pub fn fails(findings: &[Finding], threshold: Severity) -> bool {
    findings.iter().any(|f| f.severity >= threshold)
}
