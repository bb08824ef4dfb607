//! `--format markdown`: for a pull-request comment or an editor's mail.
//!
//! A summary line, a table of findings, then per finding the quote of every
//! claim with the value in bold; in draft mode, every claim of the draft
//! with its verdict and evidence. Source text is escaped so that it shows as
//! written and cannot break the table or the layout, start a GitHub math
//! block (`$`) or mention a user (`@`).

use super::locate::{self, plural};
use crate::analysis::Analysis;
use crate::claim::Claim;
use crate::document::{Document, Role};
use crate::draft::{DraftReport, Verdict};
use crate::finding::{Finding, FindingKind};
use std::collections::BTreeMap;
use std::fmt::Write as _;

pub fn render(analysis: &Analysis) -> String {
    let s = super::stats(analysis);
    let mut out = String::new();
    let suppressed = match analysis.suppressed.len() {
        0 => String::new(),
        n => format!(", {n} suppressed"),
    };
    if analysis.findings.is_empty() {
        let _ = writeln!(out, "## crosscheck: no findings\n");
        let _ = writeln!(
            out,
            "No disagreement in {} ({} on {}{suppressed}).",
            locate::sources_label(s.sources),
            plural(s.claims, "claim"),
            plural(s.subjects, "subject")
        );
    } else {
        let _ = writeln!(out, "## crosscheck: {}\n", plural(s.findings, "finding"));
        let _ = writeln!(
            out,
            "**{}** ({}) in {} — {} on {}{suppressed}.",
            plural(s.findings, "finding"),
            by_kind(&analysis.findings),
            locate::sources_label(s.sources),
            plural(s.claims, "claim"),
            plural(s.subjects, "subject")
        );
    }
    if let Some(t) = &analysis.draft.as_ref().map(|d| d.tally()) {
        let _ = writeln!(
            out,
            "\nThe draft: {} — {} supported, {} contradicted, {} unsupported.",
            plural(t.claims, "claim"),
            t.supported,
            t.contradicted,
            t.unsupported
        );
    }
    if !analysis.findings.is_empty() {
        out.push_str("\n| # | severity | rule | subject | attribute | message |\n");
        out.push_str("|--:|---|---|---|---|---|\n");
        for (i, f) in analysis.findings.iter().enumerate() {
            let _ = writeln!(
                out,
                "| {} | {} | `{}` | {} | {} | {}{} |",
                i + 1,
                f.severity.as_str(),
                f.rule,
                escape(&f.subject.label),
                escape(&f.attribute),
                escape(&f.message),
                if f.references_only { " (among the references)" } else { "" }
            );
        }
    }
    let mut in_references = false;
    for (i, f) in analysis.findings.iter().enumerate() {
        if f.references_only && !in_references {
            out.push_str("\n---\n\n**Disagreements among the references** (not the draft's)\n");
            in_references = true;
        }
        finding(&mut out, analysis, i + 1, f);
    }
    if let Some(draft) = &analysis.draft {
        draft_claims(&mut out, &analysis.documents, draft);
    }
    if !analysis.stale_suppressions.is_empty() {
        out.push_str("\n**Stale suppressions**: they match no finding any more; remove them or update their ids.\n\n");
        for st in &analysis.stale_suppressions {
            let _ = writeln!(out, "- {} ({})", code(&st.id), code(&format!("{}:{}", st.file, st.line)));
        }
    }
    let _ = writeln!(out, "\n<sub>crosscheck {}</sub>", env!("CARGO_PKG_VERSION"));
    out
}

fn finding(out: &mut String, analysis: &Analysis, number: usize, f: &Finding) {
    let docs = &analysis.documents;
    let _ = writeln!(out, "\n### {number}. {} — {}\n", escape(&f.subject.label), escape(&f.attribute));
    let _ = writeln!(out, "{} · `{}` · {} · id {}\n", f.severity.as_str(), f.rule, f.kind.as_str(), code(&f.id));
    let _ = writeln!(out, "{}\n", escape(&f.message));
    for (i, side) in f.sides.iter().enumerate() {
        let note = locate::side_note(docs, f, i).map(|n| format!(", {n}")).unwrap_or_default();
        let _ = writeln!(out, "**{}** ({}{note})\n", escape(&side.value), locate::sources_label(side.sources));
        for c in &side.claims {
            let doc = &docs[c.source];
            let q = locate::quote(doc, c);
            let _ = writeln!(
                out,
                "- {}: {}{}{}",
                code(&locate::position(doc, c)),
                escape(&q.before),
                bold(&q.value),
                escape(&q.after)
            );
        }
        out.push('\n');
    }
    if !f.facts.is_empty() {
        out.push_str("Trusted facts:\n\n");
        for fact in &f.facts {
            let _ = writeln!(out, "- {} ({})", escape(&fact.statement), code(&format!("{}:{}", fact.file, fact.line)));
        }
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
}

/// How many evidence quotes a claim shows before "and N more".
const EVIDENCE_SHOWN: usize = 3;

/// Every claim of the draft with its verdict and evidence, as a list: the
/// draft's sentence, then the references that support or contradict it,
/// the facts that rule it out, or what was looked for.
fn draft_claims(out: &mut String, documents: &[Document], draft: &DraftReport) {
    if draft.claims.is_empty() {
        return;
    }
    out.push_str("\n---\n\n**The draft's claims**, with their evidence\n\n");
    let references = documents.iter().filter(|d| d.role == Role::Reference).count();
    let quoted = |c: &Claim| {
        let doc = &documents[c.source];
        let q = locate::quote(doc, c);
        format!("{}: {}{}{}", code(&locate::position(doc, c)), escape(&q.before), bold(&q.value), escape(&q.after))
    };
    for dc in &draft.claims {
        let c = &dc.claim;
        let finding = dc.finding.as_deref().map(|id| format!(" · finding {}", code(id))).unwrap_or_default();
        let _ = writeln!(out, "- **{}** — {}{finding}", dc.verdict.as_str(), escape(&dc.heading()));
        let _ = writeln!(out, "  - the draft, {}", quoted(c));
        for (label, evidence) in [("supported by", &dc.supported_by), ("contradicted by", &dc.contradicted_by)] {
            for r in evidence.iter().take(EVIDENCE_SHOWN) {
                let _ = writeln!(out, "  - {label} {}", quoted(r));
            }
            if evidence.len() > EVIDENCE_SHOWN {
                let _ = writeln!(out, "  - {label} {} more", evidence.len() - EVIDENCE_SHOWN);
            }
        }
        for fact in &dc.facts {
            let at = format!("{}:{}", fact.file, fact.line);
            let _ = writeln!(out, "  - ruled out by the trusted fact {} ({})", escape(&fact.statement), code(&at));
        }
        if dc.verdict == Verdict::Unsupported {
            let _ = writeln!(
                out,
                "  - looked for {} in {}: none states it",
                escape(&dc.looked_for()),
                plural(references, "reference")
            );
        }
    }
}

/// "2 contradictions, 1 stale".
fn by_kind(findings: &[Finding]) -> String {
    let mut counts: BTreeMap<FindingKind, usize> = BTreeMap::new();
    for f in findings {
        *counts.entry(f.kind).or_default() += 1;
    }
    counts
        .into_iter()
        .map(|(k, n)| match k {
            FindingKind::Contradiction => plural(n, "contradiction"),
            FindingKind::Unsupported => format!("{n} unsupported"),
            FindingKind::Stale => format!("{n} stale"),
            FindingKind::Update => plural(n, "update"),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// `**value**`, escaped; empty text stays empty (`****` would be a rule).
fn bold(text: &str) -> String {
    if text.is_empty() {
        String::new()
    } else {
        format!("**{}**", escape(text))
    }
}

/// Text shown as written, in a paragraph, list item or table cell.
///
/// ASCII punctuation that Markdown reads as markup is backslash-escaped
/// (`|` too, which ends a table cell); `&` only where it would start an
/// entity; `@` gets a zero-width space so that no GitHub user is mentioned;
/// line breaks and control characters become spaces.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '$' | '#' => {
                out.push('\\');
                out.push(c);
            }
            '&' if starts_entity(&chars[i + 1..]) => out.push_str("\\&"),
            '@' => out.push_str("@&#8203;"),
            c if c.is_control() || c == '\u{2028}' || c == '\u{2029}' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Whether `&` followed by `rest` reads as an HTML entity (`&lt;`, `&#60;`).
fn starts_entity(rest: &[char]) -> bool {
    let name: Vec<&char> = rest.iter().take_while(|c| c.is_ascii_alphanumeric() || **c == '#').collect();
    !name.is_empty() && rest.get(name.len()) == Some(&';')
}

/// A code span that holds `text` verbatim, whatever backticks it contains.
pub fn code(text: &str) -> String {
    let text: String = text.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    let longest = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest + 1);
    let pad = if text.starts_with('`') || text.ends_with('`') { " " } else { "" };
    // Not for table cells: there a `|` would end the cell, code span or not.
    format!("{fence}{pad}{text}{pad}{fence}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_in_source_text_is_escaped() {
        assert_eq!(escape("a|b"), "a\\|b");
        assert_eq!(escape("<script>alert(1)</script>"), "\\<script\\>alert(1)\\</script\\>");
        assert_eq!(escape("*not bold* _nor_ `code` [link](x)"), "\\*not bold\\* \\_nor\\_ \\`code\\` \\[link\\](x)");
        assert_eq!(escape("$140 and $150"), "\\$140 and \\$150");
        assert_eq!(escape("AT&T &lt; x"), "AT&T \\&lt; x");
        assert_eq!(escape("@nato said\nso"), "@&#8203;nato said so");
    }

    #[test]
    fn code_spans_hold_any_text() {
        assert_eq!(code("a.txt"), "`a.txt`");
        assert_eq!(code("a`b.txt"), "``a`b.txt``");
        assert_eq!(code("`a"), "`` `a ``");
    }
}
