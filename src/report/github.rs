//! `--format github`: GitHub Actions workflow commands, one annotation per
//! finding at its primary claim (`::error file=…,line=…,col=…::message`),
//! the other sides listed in the message.

use super::locate::{self, Region};
use crate::analysis::Analysis;
use crate::finding::{Finding, Severity};

/// The workflow command for a severity.
pub fn command(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "notice",
    }
}

pub fn render(analysis: &Analysis) -> String {
    let mut out = String::new();
    for f in &analysis.findings {
        if let Some(line) = annotation(analysis, f) {
            out.push_str(&line);
            out.push('\n');
        }
    }
    out
}

fn annotation(analysis: &Analysis, f: &Finding) -> Option<String> {
    let docs = &analysis.documents;
    let (side, primary) = locate::primary(docs, f)?;
    let doc = &docs[primary.source];
    let r = Region::of(doc, primary);
    let mut props = vec![("file", doc.path.clone()), ("line", r.start_line.to_string())];
    // GitHub takes columns only for an annotation on a single line.
    if r.start_line == r.end_line {
        props.push(("col", r.start_column.to_string()));
        props.push(("endLine", r.end_line.to_string()));
        props.push(("endColumn", r.end_column.to_string()));
    } else {
        props.push(("endLine", r.end_line.to_string()));
    }
    props.push(("title", format!("{}: {} ({})", f.rule, f.subject.label, f.attribute)));
    let props: Vec<String> = props.into_iter().map(|(k, v)| format!("{k}={}", escape_property(&v))).collect();

    // The message, then where else the finding stands: the annotation is
    // all a reviewer sees in the diff.
    let mut notes = Vec::new();
    for (i, s) in f.sides.iter().enumerate() {
        let at: Vec<String> = s
            .claims
            .iter()
            .filter(|c| !std::ptr::eq(*c, primary))
            .map(|c| locate::position(&docs[c.source], c))
            .collect();
        if !at.is_empty() {
            notes.push(format!("{} {} in {}", if i == side { "also" } else { "vs" }, s.value, at.join(", ")));
        }
    }
    for fact in &f.facts {
        notes.push(format!("fact ({}:{}): {}", fact.file, fact.line, fact.statement));
    }
    let mut message = f.message.clone();
    if !notes.is_empty() {
        message.push_str(" — ");
        message.push_str(&notes.join("; "));
    }
    message.push_str(&format!(" (id {})", f.id));
    Some(format!("::{} {}::{}", command(f.severity), props.join(","), escape_data(&message)))
}

/// Escapes a command's message (`%`, CR, LF).
pub fn escape_data(text: &str) -> String {
    text.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

/// Escapes a command property's value: as data, plus `:` and `,`.
pub fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_follows_the_runner() {
        assert_eq!(escape_data("50% of\r\nGDP: a,b"), "50%25 of%0D%0AGDP: a,b");
        assert_eq!(escape_property("a:b,c%\n"), "a%3Ab%2Cc%25%0A");
        // `%` first, so an escape is never escaped twice.
        assert_eq!(escape_data("%0A"), "%250A");
    }
}
