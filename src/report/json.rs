//! `--format json`: the report contract, and JSON Lines for `claims`.

use super::jsont;
use crate::analysis::Analysis;
use crate::claim::Claim;
use crate::document::Document;
use crate::draft::{DraftReport, Verdict};
use crate::facts::FactRef;

fn wire_claim<'a>(documents: &'a [Document], c: &'a Claim) -> jsont::Claim<'a> {
    let doc = &documents[c.source];
    let (line, column) = doc.line_col(c.span.start);
    jsont::Claim {
        source: &doc.path,
        text: &c.text,
        value: &c.value,
        span: jsont::Span { start: c.span.start, end: c.span.end },
        line,
        column,
        quote: doc.quote(c.sentence),
    }
}

fn wire_fact(x: &FactRef) -> jsont::Fact<'_> {
    jsont::Fact { file: &x.file, line: x.line, statement: &x.statement }
}

/// The draft's tally and every claim of it with its verdict and evidence.
fn draft<'a>(documents: &'a [Document], report: &'a DraftReport) -> jsont::Draft<'a> {
    jsont::Draft {
        tally: report.tally().into(),
        claims: report
            .claims
            .iter()
            .map(|c| jsont::DraftClaim {
                verdict: c.verdict.as_str(),
                subject: &c.claim.subject.label,
                attribute: &c.claim.attribute,
                claim: wire_claim(documents, &c.claim),
                finding: c.finding.as_deref(),
                supported_by: c.supported_by.iter().map(|r| wire_claim(documents, r)).collect(),
                contradicted_by: c.contradicted_by.iter().map(|r| wire_claim(documents, r)).collect(),
                facts: c.facts.iter().map(wire_fact).collect(),
                looked_for: (c.verdict == Verdict::Unsupported).then(|| c.looked_for()),
            })
            .collect(),
    }
}

/// The whole report as pretty JSON, ending in a newline.
pub fn render(analysis: &Analysis) -> String {
    let stats = super::stats(analysis);
    let docs = &analysis.documents;
    let report = jsont::Report {
        schema: jsont::SCHEMA_VERSION,
        tool: jsont::Tool { name: env!("CARGO_PKG_NAME"), version: env!("CARGO_PKG_VERSION") },
        sources: docs
            .iter()
            .enumerate()
            .map(|(i, d)| jsont::Source {
                path: &d.path,
                published: d.published.map(|p| p.to_string()),
                role: d.role.as_str(),
                story: analysis
                    .stories
                    .of_source
                    .get(i)
                    .and_then(|&s| analysis.stories.labels.get(s))
                    .map(String::as_str),
            })
            .collect(),
        skipped: analysis.skipped.iter().map(|s| jsont::Skipped { path: &s.path, reason: &s.reason }).collect(),
        stats: jsont::Stats {
            sources: stats.sources,
            claims: stats.claims,
            subjects: stats.subjects,
            findings: stats.findings,
            suppressed: analysis.suppressed.len(),
        },
        draft: analysis.draft.as_ref().map(|d| draft(docs, d)),
        stale_suppressions: analysis
            .stale_suppressions
            .iter()
            .map(|s| jsont::StaleSuppression { id: &s.id, file: &s.file, line: s.line, reason: &s.reason })
            .collect(),
        findings: analysis
            .findings
            .iter()
            .map(|f| jsont::Finding {
                id: &f.id,
                kind: f.kind.as_str(),
                severity: f.severity.as_str(),
                rule: f.rule,
                subject: &f.subject.label,
                attribute: &f.attribute,
                message: &f.message,
                claims: f.claims().map(|c| wire_claim(docs, c)).collect(),
                facts: f.facts.iter().map(wire_fact).collect(),
                references_only: f.references_only,
            })
            .collect(),
    };
    let mut out = serde_json::to_string_pretty(&report).expect("report serializes");
    out.push('\n');
    out
}

/// `crosscheck claims --format json`: one claim per line.
pub fn render_claims(analysis: &Analysis) -> String {
    let mut out = String::new();
    for c in analysis.claims() {
        let doc = &analysis.documents[c.source];
        let (line, column) = doc.line_col(c.span.start);
        let wire = jsont::ClaimLine {
            source: &doc.path,
            extractor: c.extractor,
            subject: &c.subject.label,
            subject_key: &c.subject.key,
            attribute: &c.attribute,
            scope: &c.scope,
            text: &c.text,
            value: &c.value,
            span: jsont::Span { start: c.span.start, end: c.span.end },
            line,
            column,
        };
        out.push_str(&serde_json::to_string(&wire).expect("claim serializes"));
        out.push('\n');
    }
    out
}

/// `crosscheck values --format json`: every recognized value of every document.
pub fn render_values(values: &[(&Document, Vec<crate::recognize::ValueMatch>)]) -> String {
    let report = jsont::Values {
        values: values
            .iter()
            .flat_map(|(doc, vs)| {
                vs.iter().map(move |v| jsont::ValueLine {
                    source: &doc.path,
                    span: jsont::Span { start: v.span.start, end: v.span.end },
                    text: v.span.slice(&doc.original),
                    value: &v.value,
                })
            })
            .collect(),
    };
    let mut out = serde_json::to_string_pretty(&report).expect("values serialize");
    out.push('\n');
    out
}
