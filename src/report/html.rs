//! `--format html`: one self-contained page for editors.
//!
//! A summary (sources, claims, findings by kind), then the findings grouped
//! by subject, each side by side with the sentence quoted and the value
//! marked, filters by kind and severity and a search box; in draft mode,
//! every claim of the draft with its verdict and evidence. No network, no
//! external asset: inline CSS and a small inline script, allowed by a
//! Content-Security-Policy that admits nothing else.
//!
//! The page is `templates/report.html`, an askama template with HTML
//! auto-escaping: every text from a source goes through it escaped, so an
//! article holding `<script>` shows it as text.

use super::locate::{self, plural, Region};
use crate::analysis::Analysis;
use crate::claim::Claim;
use crate::document::{Document, Role};
use crate::draft::{DraftReport, Verdict};
use crate::finding::Finding;
use askama::Template;
use std::collections::{BTreeMap, BTreeSet};

#[derive(Template)]
#[template(path = "report.html")]
struct Page {
    version: &'static str,
    title: String,
    summary: String,
    /// (count, noun): sources, claims, subjects, findings.
    tiles: Vec<(usize, &'static str)>,
    sources: Vec<SourceRow>,
    kinds: Vec<Count>,
    severities: Vec<Count>,
    groups: Vec<Group>,
    /// How many findings there are, for "N of M shown".
    total: usize,
    /// Draft mode: "9 claims in the draft: 5 supported, …".
    draft: Option<String>,
    /// (id, file:line) of suppressions that match no finding any more.
    stale_suppressions: Vec<(String, String)>,
    /// Draft mode: every claim of the draft with its verdict and evidence.
    draft_claims: Vec<DraftClaimView>,
}

struct DraftClaimView {
    verdict: &'static str,
    subject: String,
    attribute: String,
    value: String,
    /// (anchor, id) of the finding that reports it, when it is on the page.
    finding: Option<(String, String)>,
    claim: ClaimView,
    /// ("Supported by" or "Contradicted by", the reference claims), when there are any.
    evidence: Vec<(&'static str, Vec<ClaimView>)>,
    /// Trusted facts that rule it out: (statement, file:line).
    facts: Vec<(String, String)>,
    /// Unsupported: what the references were searched for.
    looked_for: Option<String>,
}

struct SourceRow {
    path: String,
    role: &'static str,
    published: String,
    claims: usize,
    findings: usize,
}

struct Count {
    name: &'static str,
    label: String,
    count: usize,
}

struct Group {
    subject: String,
    kind: &'static str,
    /// The first group of the draft mode's disagreements among the references.
    references_start: bool,
    findings: Vec<FindingView>,
}

struct FindingView {
    id: String,
    anchor: String,
    kind: &'static str,
    severity: &'static str,
    rule: &'static str,
    attribute: String,
    message: String,
    /// Lower-case text the search box looks in.
    search: String,
    sides: Vec<SideView>,
    /// "3 sources say … · 1 source says …".
    agreement: Vec<String>,
    /// Trusted facts: (statement, file:line).
    facts: Vec<(String, String)>,
    /// Draft mode: a disagreement among the references, not the draft's.
    references_only: bool,
}

struct SideView {
    value: String,
    sources: String,
    /// "brief.txt, roundup.txt".
    source_names: String,
    /// The side to check first: the draft's, or the one with the fewest sources.
    primary: bool,
    badge: &'static str,
    claims: Vec<ClaimView>,
}

struct ClaimView {
    path: String,
    position: String,
    before: String,
    value: String,
    after: String,
    /// The normalized value: its kind and reading ("month: July 2025").
    normalized: String,
    /// The normalized value as in the JSON report.
    json: String,
    draft: bool,
}

pub fn render(analysis: &Analysis) -> String {
    let page = page(analysis);
    let mut out = page.render().expect("the report template renders");
    if !out.ends_with('\n') {
        out.push('\n');
    }
    out
}

fn page(analysis: &Analysis) -> Page {
    let stats = super::stats(analysis);
    let docs = &analysis.documents;
    let mut claims_per_source = vec![0usize; docs.len()];
    for c in analysis.claims() {
        if let Some(n) = claims_per_source.get_mut(c.source) {
            *n += 1;
        }
    }
    let mut findings_per_source = vec![0usize; docs.len()];
    for f in &analysis.findings {
        for s in f.claims().map(|c| c.source).collect::<BTreeSet<_>>() {
            if let Some(n) = findings_per_source.get_mut(s) {
                *n += 1;
            }
        }
    }
    let sources = docs
        .iter()
        .enumerate()
        .map(|(i, d)| SourceRow {
            path: d.path.clone(),
            role: d.role.as_str(),
            published: d.published.map(|p| p.to_string()).unwrap_or_else(|| "—".into()),
            claims: claims_per_source[i],
            findings: findings_per_source[i],
        })
        .collect();

    let mut kinds: BTreeMap<&'static str, usize> = BTreeMap::new();
    let mut severities: BTreeMap<crate::finding::Severity, usize> = BTreeMap::new();
    for f in &analysis.findings {
        *kinds.entry(f.kind.as_str()).or_default() += 1;
        *severities.entry(f.severity).or_default() += 1;
    }
    let kinds = kinds.into_iter().map(|(name, count)| Count { name, label: kind_label(name, count), count }).collect();
    // Most severe first.
    let severities = severities
        .into_iter()
        .rev()
        .map(|(s, count)| Count { name: s.as_str(), label: severity_label(s.as_str(), count), count })
        .collect();

    // Findings come sorted by subject key: consecutive ones share a group.
    // In draft mode the references' own disagreements come last, apart.
    let mut groups: Vec<Group> = Vec::new();
    let mut last_key: Option<(bool, crate::claim::SubjectKind, &str)> = None;
    for f in &analysis.findings {
        let key = (f.references_only, f.subject.kind, f.subject.key.as_str());
        if last_key != Some(key) {
            groups.push(Group {
                subject: f.subject.label.clone(),
                kind: subject_kind(f),
                references_start: f.references_only && last_key.is_none_or(|k| !k.0),
                findings: Vec::new(),
            });
            last_key = Some(key);
        }
        if let Some(g) = groups.last_mut() {
            g.findings.push(finding_view(analysis, f));
        }
    }

    let title = if stats.findings == 0 {
        "crosscheck: no findings".to_string()
    } else {
        format!("crosscheck: {}", plural(stats.findings, "finding"))
    };
    let summary = format!(
        "{} in {} — {} on {}{}",
        plural(stats.findings, "finding"),
        locate::sources_label(stats.sources),
        plural(stats.claims, "claim"),
        plural(stats.subjects, "subject"),
        match analysis.suppressed.len() {
            0 => String::new(),
            n => format!(", {n} suppressed"),
        }
    );
    let draft = analysis.draft.as_ref().map(|d| d.tally()).map(|t| {
        format!(
            "{} in the draft: {} supported, {} contradicted, {} unsupported",
            plural(t.claims, "claim"),
            t.supported,
            t.contradicted,
            t.unsupported
        )
    });
    Page {
        version: env!("CARGO_PKG_VERSION"),
        title,
        summary,
        tiles: vec![
            (stats.sources, if stats.sources == 1 { "source" } else { "sources" }),
            (stats.claims, if stats.claims == 1 { "claim" } else { "claims" }),
            (stats.subjects, if stats.subjects == 1 { "subject" } else { "subjects" }),
            (stats.findings, if stats.findings == 1 { "finding" } else { "findings" }),
        ],
        sources,
        kinds,
        severities,
        groups,
        total: analysis.findings.len(),
        draft,
        stale_suppressions: analysis
            .stale_suppressions
            .iter()
            .map(|st| (st.id.clone(), format!("{}:{}", st.file, st.line)))
            .collect(),
        draft_claims: analysis.draft.as_ref().map(|d| draft_views(analysis, d)).unwrap_or_default(),
    }
}

fn finding_view(analysis: &Analysis, f: &Finding) -> FindingView {
    let docs = &analysis.documents;
    let primary_side = locate::primary(docs, f).map(|(i, _)| i);
    let mut search = vec![
        f.id.clone(),
        f.kind.as_str().to_string(),
        f.severity.as_str().to_string(),
        f.rule.to_string(),
        f.subject.label.clone(),
        f.attribute.clone(),
        f.message.clone(),
    ];
    for fact in &f.facts {
        search.push(fact.statement.clone());
    }
    let sides: Vec<SideView> = f
        .sides
        .iter()
        .enumerate()
        .map(|(i, side)| {
            let names: BTreeSet<&str> = side.claims.iter().map(|c| docs[c.source].path.as_str()).collect();
            let note = locate::side_note(docs, f, i);
            // Tinted: the side to check first, when something sets it apart.
            let primary = primary_side == Some(i) && matches!(note, Some("the draft" | "fewest sources"));
            let badge = note.unwrap_or("");
            let claims = side
                .claims
                .iter()
                .map(|c| {
                    let view = claim_view(docs, c);
                    search.push(view.path.clone());
                    search.push(format!("{}{}{}", view.before, view.value, view.after));
                    view
                })
                .collect();
            search.push(side.value.clone());
            SideView {
                value: side.value.clone(),
                sources: locate::sources_label(side.sources),
                source_names: names.into_iter().collect::<Vec<_>>().join(", "),
                primary,
                badge,
                claims,
            }
        })
        .collect();
    let agreement = f
        .sides
        .iter()
        .map(|s| {
            format!("{} {} {}", locate::sources_label(s.sources), if s.sources == 1 { "says" } else { "say" }, s.value)
        })
        .collect();
    FindingView {
        id: f.id.clone(),
        anchor: format!("finding-{}", crate::finding::slug(&f.id)),
        kind: f.kind.as_str(),
        severity: f.severity.as_str(),
        rule: f.rule,
        attribute: f.attribute.clone(),
        message: f.message.clone(),
        search: search.join(" ").to_lowercase(),
        sides,
        agreement,
        facts: f.facts.iter().map(|x| (x.statement.clone(), format!("{}:{}", x.file, x.line))).collect(),
        references_only: f.references_only,
    }
}

/// A claim's sentence with its value marked, where it stands, and its reading.
fn claim_view(documents: &[Document], c: &Claim) -> ClaimView {
    let doc = &documents[c.source];
    let q = locate::quote(doc, c);
    let r = Region::of(doc, c);
    ClaimView {
        path: doc.path.clone(),
        position: format!("{}:{}", r.start_line, r.start_column),
        before: q.before,
        value: q.value,
        after: q.after,
        normalized: format!("{}: {}", c.value.type_name().replace('_', " "), c.value.describe()),
        json: serde_json::to_string(&c.value).unwrap_or_default(),
        draft: doc.role == Role::Draft,
    }
}

/// Every claim of the draft with its verdict and evidence; a claim's
/// finding is linked when it is on the page.
fn draft_views(analysis: &Analysis, draft: &DraftReport) -> Vec<DraftClaimView> {
    let docs = &analysis.documents;
    let references = docs.iter().filter(|d| d.role == Role::Reference).count();
    let views = |claims: &[Claim]| claims.iter().map(|c| claim_view(docs, c)).collect::<Vec<_>>();
    draft
        .claims
        .iter()
        .map(|dc| DraftClaimView {
            verdict: dc.verdict.as_str(),
            subject: dc.claim.subject.label.clone(),
            attribute: dc.claim.attribute.clone(),
            value: dc.claim.value.describe(),
            finding: dc
                .finding
                .as_ref()
                .filter(|id| analysis.findings.iter().any(|f| &f.id == *id))
                .map(|id| (format!("finding-{}", crate::finding::slug(id)), id.clone())),
            claim: claim_view(docs, &dc.claim),
            evidence: [("Supported by", &dc.supported_by), ("Contradicted by", &dc.contradicted_by)]
                .into_iter()
                .filter(|(_, claims)| !claims.is_empty())
                .map(|(label, claims)| (label, views(claims)))
                .collect(),
            facts: dc.facts.iter().map(|x| (x.statement.clone(), format!("{}:{}", x.file, x.line))).collect(),
            looked_for: (dc.verdict == Verdict::Unsupported)
                .then(|| format!("{} in {}", dc.looked_for(), plural(references, "reference"))),
        })
        .collect()
}

fn subject_kind(f: &Finding) -> &'static str {
    use crate::claim::SubjectKind::*;
    match f.subject.kind {
        Person => "person",
        Event => "event",
        Figure => "figure",
        Entity => "entity",
    }
}

fn severity_label(severity: &str, n: usize) -> String {
    match severity {
        "info" => format!("{n} info"),
        _ => plural(n, severity),
    }
}

fn kind_label(kind: &str, n: usize) -> String {
    match kind {
        "contradiction" | "update" => plural(n, kind),
        _ => format!("{n} {kind}"),
    }
}
