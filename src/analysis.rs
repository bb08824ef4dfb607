//! The pure pipeline: inputs in, documents, claim graph and findings out.
//! No file system, no clock: the caller reads the files and passes the text.

use crate::claim::Claim;
use crate::config::{Config, Suppression};
use crate::document::{Document, Role};
use crate::draft::{self, DraftReport};
use crate::extract::extract_document;
use crate::facts::Facts;
use crate::finding::Finding;
use crate::graph::ClaimGraph;
use crate::ingest::{self, Format};
use crate::knowledge::Knowledge;
use crate::rules::{self, RuleContext};
use crate::value::{day_span, Value};
use chrono::NaiveDate;
use rayon::prelude::*;
use std::collections::BTreeMap;

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

/// An input named or found that could not be read, and why: reports list
/// them so that an incomplete check shows as one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Skipped {
    /// The path as given or found (lossy when the name is not UTF-8).
    pub path: String,
    pub reason: String,
}

/// What a run knows besides its sources.
#[derive(Clone, Copy)]
pub struct Options<'a> {
    pub knowledge: &'a Knowledge,
    pub facts: &'a Facts,
    pub config: &'a Config,
}

/// Everything a run found.
pub struct Analysis {
    /// Sorted by path, so that input order never changes the output.
    pub documents: Vec<Document>,
    pub graph: ClaimGraph,
    /// Reported findings, suppressed ones removed.
    pub findings: Vec<Finding>,
    /// Findings hidden by a suppression.
    pub suppressed: Vec<Finding>,
    /// Suppressions that matched no finding: the finding is gone or changed.
    pub stale_suppressions: Vec<Suppression>,
    /// Draft mode only: every claim of the draft with its verdict and evidence.
    pub draft: Option<DraftReport>,
    /// Which sources tell one story; claims of different stories are never compared.
    pub stories: crate::stories::Stories,
    /// Inputs the caller could not read (filled in by the caller).
    pub skipped: Vec<Skipped>,
}

impl Analysis {
    pub fn claims(&self) -> &[Claim] {
        &self.graph.claims
    }
}

/// Ingests every input, sorted by path (and role) so that the order the
/// caller gives them in never shows in the output; a path given twice is read once.
pub fn ingest_all(inputs: Vec<Input>) -> Vec<Document> {
    ingest_all_as(inputs, &Format::from_path)
}

/// [`ingest_all`] with the format of each input chosen by `format_of` its
/// path (standard input may be Markdown).
pub fn ingest_all_as(mut inputs: Vec<Input>, format_of: &(dyn Fn(&str) -> Format + Sync)) -> Vec<Document> {
    inputs.sort_by(|a, b| (&a.path, a.role).cmp(&(&b.path, b.role)));
    inputs.dedup_by(|a, b| a.path == b.path && a.role == b.role);
    // Parallel, but collected in input order: the thread count never shows.
    inputs.into_par_iter().map(|i| ingest::document(&i.path, i.role, format_of(&i.path), i.text, i.published)).collect()
}

/// Reads every input, extracts claims, builds the graph and runs the rules,
/// with built-in knowledge and no facts or configuration.
pub fn analyze(inputs: Vec<Input>, knowledge: &Knowledge) -> Analysis {
    let (facts, config) = (Facts::default(), Config::default());
    analyze_with(inputs, Options { knowledge, facts: &facts, config: &config }, &|| {})
}

/// The whole run. `on_document` is called once per document extracted (from
/// any thread), so that a caller can show progress.
pub fn analyze_with(inputs: Vec<Input>, options: Options, on_document: &(dyn Fn() + Sync)) -> Analysis {
    analyze_documents(ingest_all(inputs), options, on_document)
}

/// The run on documents already ingested, in the order [`ingest_all`] gives.
pub fn analyze_documents(documents: Vec<Document>, options: Options, on_document: &(dyn Fn() + Sync)) -> Analysis {
    let per_document: Vec<Vec<Claim>> = documents
        .par_iter()
        .enumerate()
        .map(|(i, d)| {
            let claims = extract_document(options.knowledge, d, i);
            on_document();
            claims
        })
        .collect();
    let mut claims: Vec<Claim> = per_document.into_iter().flatten().collect();
    let stories = crate::stories::group(&documents);
    crate::resolve::resolve(&mut claims, &stories);
    let graph = ClaimGraph::build(documents.len(), claims);
    let reference_dates = reference_dates(&documents, &graph.claims);
    let cx = RuleContext {
        knowledge: options.knowledge,
        documents: &documents,
        facts: options.facts,
        config: options.config,
        reference_dates: &reference_dates,
    };
    let mut findings = rules::check(&cx, &graph);
    let draft = if documents.iter().any(|d| d.role == Role::Draft) {
        let review = draft::review(&cx, &graph, findings);
        findings = review.findings;
        Some(review.draft)
    } else {
        None
    };
    // After the draft review, which adds findings of its own (unsupported-claim).
    for f in &mut findings {
        if let Some(&severity) = options.config.severity.get(f.rule) {
            f.severity = severity;
        }
    }
    let (findings, suppressed, stale_suppressions) = suppress(findings, &options.config.suppressions);
    Analysis { documents, graph, findings, suppressed, stale_suppressions, draft, stories, skipped: Vec::new() }
}

/// Splits off suppressed findings and finds suppressions that match nothing.
fn suppress(findings: Vec<Finding>, suppressions: &[Suppression]) -> (Vec<Finding>, Vec<Finding>, Vec<Suppression>) {
    let (suppressed, kept): (Vec<Finding>, Vec<Finding>) =
        findings.into_iter().partition(|f| suppressions.iter().any(|s| s.id == f.id));
    let mut stale: Vec<Suppression> =
        suppressions.iter().filter(|s| !suppressed.iter().any(|f| f.id == s.id)).cloned().collect();
    stale.sort();
    (kept, suppressed, stale)
}

/// The day each source's story is about: the first day of the event it
/// dates most often, else its publication date. A title or an anniversary
/// is checked against facts on that day, not on the day the article was
/// written (an overview written in December about an April meeting).
pub fn reference_dates(documents: &[Document], claims: &[Claim]) -> Vec<Option<NaiveDate>> {
    // One pass over the claims: per source, per dated subject, (count, first day).
    let mut by_source: Vec<BTreeMap<&str, (usize, NaiveDate)>> = vec![BTreeMap::new(); documents.len()];
    for c in claims.iter().filter(|c| c.attribute == "date") {
        if let (Value::Date { .. } | Value::DateRange { .. }, Some((start, _))) = (&c.value, day_span(&c.value)) {
            if let Some(subjects) = by_source.get_mut(c.source) {
                let entry = subjects.entry(&c.subject.key).or_insert((0, start));
                entry.0 += 1;
                entry.1 = entry.1.min(start);
            }
        }
    }
    documents
        .iter()
        .zip(by_source)
        .map(|(doc, subjects)| {
            // Most dated subject first; ties by earliest day, then key.
            let best = subjects.into_iter().max_by(|a, b| a.1 .0.cmp(&b.1 .0).then(b.1 .1.cmp(&a.1 .1)));
            best.map(|(_, (_, day))| day).or(doc.published)
        })
        .collect()
}
