//! `--format text`: rustc-style diagnostics, one per finding, quoting each
//! side's line with the value underlined (the primary claim first, at
//! `-->`), in draft mode every claim of the draft with its verdict and
//! evidence, then a one-line summary (and the draft's tally).

use super::locate::{self, plural};
use crate::analysis::Analysis;
use crate::claim::Claim;
use crate::document::{Document, Role};
use crate::draft::{DraftReport, Verdict};
use crate::finding::{Finding, Severity};
use annotate_snippets::renderer::DecorStyle;
use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

/// Width that long paragraph lines are trimmed to around the value.
const TERM_WIDTH: usize = 100;

pub fn render(analysis: &Analysis, color: bool) -> String {
    let renderer = if color { Renderer::styled() } else { Renderer::plain() }
        .decor_style(DecorStyle::Ascii)
        .term_width(TERM_WIDTH);
    let mut out = String::new();
    let mut in_references_section = false;
    for finding in &analysis.findings {
        if finding.references_only && !in_references_section {
            out.push_str("== Disagreements among the references (not the draft's) ==\n\n");
            in_references_section = true;
        }
        out.push_str(&renderer.render(&diagnostic(&analysis.documents, finding)));
        out.push_str("\n\n");
    }
    if let Some(draft) = &analysis.draft {
        out.push_str(&draft_claims(&analysis.documents, draft));
    }
    for s in &analysis.stale_suppressions {
        out.push_str(&format!(
            "warning: stale suppression {} ({}:{}): it matches no finding any more; remove it or update its id\n",
            s.id, s.file, s.line
        ));
    }
    out.push_str(&stories(analysis));
    let s = super::stats(analysis);
    let suppressed = match analysis.suppressed.len() {
        0 => String::new(),
        n => format!(", {n} suppressed"),
    };
    out.push_str(&format!(
        "{} in {} ({} on {}{suppressed})\n",
        plural(s.findings, "finding"),
        plural(s.sources, "source"),
        plural(s.claims, "claim"),
        plural(s.subjects, "subject")
    ));
    if let Some(t) = &analysis.draft.as_ref().map(|d| d.tally()) {
        out.push_str(&format!(
            "{} in the draft: {} supported, {} contradicted, {} unsupported\n",
            plural(t.claims, "claim"),
            t.supported,
            t.contradicted,
            t.unsupported
        ));
    }
    out
}

/// The grouping of sources into stories, when a run holds more than one:
/// an editor sees which sources were compared with which.
fn stories(analysis: &Analysis) -> String {
    let stories = &analysis.stories;
    if stories.len() < 2 {
        return String::new();
    }
    let mut out = format!("{} stories, compared each on its own:\n", stories.len());
    for (i, label) in stories.labels.iter().enumerate() {
        let paths: Vec<&str> = stories.members(i).into_iter().map(|s| analysis.documents[s].path.as_str()).collect();
        out.push_str(&format!("  {label}: {}\n", paths.join(", ")));
    }
    out
}

/// How many evidence quotes a claim shows before "and N more".
const EVIDENCE_SHOWN: usize = 3;
/// Width of a quote in the list of the draft's claims.
const QUOTE_WIDTH: usize = 90;

/// Every claim of the draft with its verdict: the draft's sentence, then the
/// reference sentences that support or contradict it (a wrong "supported"
/// shows there), the facts that rule it out, or what was looked for.
fn draft_claims(documents: &[Document], draft: &DraftReport) -> String {
    let mut out = String::new();
    if draft.claims.is_empty() {
        return out;
    }
    out.push_str("== The draft's claims, with their evidence ==\n\n");
    let references = documents.iter().filter(|d| d.role == Role::Reference).count();
    let quoted = |c: &Claim| {
        let doc = &documents[c.source];
        format!("{}: \"{}\"", locate::position(doc, c), locate::excerpt(doc, c, QUOTE_WIDTH))
    };
    for dc in &draft.claims {
        let c = &dc.claim;
        out.push_str(&format!("{}: {}\n", dc.verdict.as_str(), dc.heading()));
        out.push_str(&format!("  draft         {}\n", quoted(c)));
        for (label, evidence) in [("supported by", &dc.supported_by), ("against", &dc.contradicted_by)] {
            for r in evidence.iter().take(EVIDENCE_SHOWN) {
                out.push_str(&format!("  {label:<12}  {} ({})\n", quoted(r), r.value.describe()));
            }
            if evidence.len() > EVIDENCE_SHOWN {
                out.push_str(&format!("  {:<12}  and {} more\n", "", evidence.len() - EVIDENCE_SHOWN));
            }
        }
        for fact in &dc.facts {
            out.push_str(&format!("  fact          {}:{}: {}\n", fact.file, fact.line, fact.statement));
        }
        if dc.verdict == Verdict::Unsupported {
            out.push_str(&format!(
                "  looked for    {} in {}: none states it\n",
                dc.looked_for(),
                plural(references, "reference")
            ));
        }
        if let Some(id) = &dc.finding {
            out.push_str(&format!("  finding       {id}\n"));
        }
        out.push('\n');
    }
    out
}

fn level(severity: Severity) -> Level<'static> {
    match severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
        Severity::Info => Level::INFO,
    }
}

fn diagnostic<'a>(documents: &'a [Document], f: &'a Finding) -> Vec<Group<'a>> {
    let mut group = Group::with_title(level(f.severity).primary_title(f.message.as_str()).id(f.rule));
    // The primary claim (the draft's, else the side with the fewest sources)
    // comes first at `-->` with the primary carets, as in every format.
    for (claim, primary, value) in locate::in_order(documents, f) {
        group = group.element(snippet(documents, claim, primary, value));
    }
    group = group.element(Level::NOTE.message(format!("subject: {} ({})", f.subject.label, f.attribute)));
    for fact in &f.facts {
        group = group.element(Level::NOTE.message(format!("fact ({}:{}): {}", fact.file, fact.line, fact.statement)));
    }
    vec![group, Group::with_title(Level::NOTE.secondary_title(format!("id: {}", f.id)))]
}

/// The claim's line with the value annotated; `line_start` keeps file:line:col right.
fn snippet<'a>(
    documents: &'a [Document],
    claim: &'a Claim,
    primary: bool,
    value: &str,
) -> Snippet<'a, annotate_snippets::Annotation<'a>> {
    let doc = &documents[claim.source];
    let text = &doc.original;
    // A byte-order mark and a CRLF line ending are not part of the line shown.
    let bom = if text.starts_with('\u{feff}') { '\u{feff}'.len_utf8() } else { 0 };
    let line_start = text[..claim.span.start].rfind('\n').map_or(bom, |i| i + 1);
    let line_end = text[claim.span.end..].find('\n').map_or(text.len(), |i| claim.span.end + i);
    let line_end = if text[..line_end].ends_with('\r') { line_end - 1 } else { line_end };
    let (line, _) = doc.line_col(claim.span.start);
    let kind = if primary { AnnotationKind::Primary } else { AnnotationKind::Context };
    Snippet::source(&text[line_start..line_end])
        .line_start(line)
        .path(doc.path.as_str())
        .fold(true)
        .annotation(kind.span(claim.span.start - line_start..claim.span.end - line_start).label(value.to_string()))
}

/// `crosscheck claims` in text: one line per claim.
pub fn render_claims(analysis: &Analysis) -> String {
    let mut out = String::new();
    for c in analysis.claims() {
        let doc = &analysis.documents[c.source];
        let (line, col) = doc.line_col(c.span.start);
        let scope = crate::extract::describe_scope(&c.scope);
        out.push_str(&format!(
            "{}:{}:{}: {} | {} | {} = {}{} [{}]\n",
            doc.path,
            line,
            col,
            c.subject.label,
            c.attribute,
            c.text.replace('\n', " "),
            c.value.describe(),
            if scope.is_empty() { String::new() } else { format!(" ({scope})") },
            c.extractor,
        ));
    }
    out.push_str(&format!(
        "{} in {}\n",
        plural(analysis.claims().len(), "claim"),
        plural(analysis.documents.len(), "source")
    ));
    out
}

/// `crosscheck values` in text: one line per value.
pub fn render_values(values: &[(&Document, Vec<crate::recognize::ValueMatch>)]) -> String {
    let mut out = String::new();
    let mut count = 0;
    for (doc, vs) in values {
        for v in vs {
            let (line, col) = doc.line_col(v.span.start);
            out.push_str(&format!(
                "{}:{}:{}: {} = {} [{}]\n",
                doc.path,
                line,
                col,
                v.span.slice(&doc.original).replace('\n', " "),
                v.value.describe(),
                v.value.type_name()
            ));
            count += 1;
        }
    }
    out.push_str(&format!("{} in {}\n", plural(count, "value"), plural(values.len(), "source")));
    out
}
