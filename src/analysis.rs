//! The pure pipeline: inputs in, documents, claim graph and findings out.
//! No file system, no clock: the caller reads the files and passes the text.

use crate::claim::Claim;
use crate::document::{Document, Role};
use crate::extract::extract_document;
use crate::finding::Finding;
use crate::graph::ClaimGraph;
use crate::ingest::{self, Format};
use crate::knowledge::Knowledge;
use crate::rules::{self, RuleContext};
use chrono::NaiveDate;
use rayon::prelude::*;

/// One source as the caller read it.
#[derive(Clone, Debug)]
pub struct Input {
    /// The path as given (or found under a directory given), `-` for stdin.
    pub path: String,
    pub role: Role,
    pub text: String,
    /// A publication date given by the caller; wins over one in the text.
    pub published: Option<NaiveDate>,
}

/// Everything a run found.
pub struct Analysis {
    /// Sorted by path, so that input order never changes the output.
    pub documents: Vec<Document>,
    pub graph: ClaimGraph,
    pub findings: Vec<Finding>,
}

impl Analysis {
    pub fn claims(&self) -> &[Claim] {
        &self.graph.claims
    }
}

/// Ingests every input, sorted by path (and role) so that the order the
/// caller gives them in never shows in the output; a path given twice is read once.
pub fn ingest_all(mut inputs: Vec<Input>) -> Vec<Document> {
    inputs.sort_by(|a, b| (&a.path, a.role).cmp(&(&b.path, b.role)));
    inputs.dedup_by(|a, b| a.path == b.path && a.role == b.role);
    // Parallel, but collected in input order: the thread count never shows.
    inputs
        .into_par_iter()
        .map(|i| ingest::document(&i.path, i.role, Format::from_path(&i.path), i.text, i.published))
        .collect()
}

/// Reads every input, extracts claims, builds the graph and runs the rules.
pub fn analyze(inputs: Vec<Input>, knowledge: &Knowledge) -> Analysis {
    analyze_with_progress(inputs, knowledge, &|| {})
}

/// [`analyze`], calling `on_document` once per document extracted (from any
/// thread), so that a caller can show progress.
pub fn analyze_with_progress(inputs: Vec<Input>, knowledge: &Knowledge, on_document: &(dyn Fn() + Sync)) -> Analysis {
    let documents = ingest_all(inputs);
    let per_document: Vec<Vec<Claim>> = documents
        .par_iter()
        .enumerate()
        .map(|(i, d)| {
            let claims = extract_document(knowledge, d, i);
            on_document();
            claims
        })
        .collect();
    let claims: Vec<Claim> = per_document.into_iter().flatten().collect();
    let graph = ClaimGraph::build(documents.len(), claims);
    let findings = rules::check(&RuleContext { knowledge, documents: &documents }, &graph);
    Analysis { documents, graph, findings }
}
