//! `crosscheck graph`: the claim graph for inspection, as Graphviz DOT or
//! as JSON nodes and edges.
//!
//! Node ids are stable and readable: `source:N` (index in the sorted
//! source list), `subject:N` (index in subject key order), `claim:N`
//! (index in claim order). Nodes come in that order, edges sorted by kind
//! and endpoints, so that the output depends on the inputs only.

use crate::analysis::Analysis;
use crate::claim::Scope;
use crate::graph::{Edge, Node};
use crate::value::Value;
use serde::Serialize;
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// A node id that sorts sources, then subjects, then claims.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Id {
    Source(usize),
    Subject(usize),
    Claim(usize),
}

impl std::fmt::Display for Id {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Id::Source(i) => write!(f, "source:{i}"),
            Id::Subject(i) => write!(f, "subject:{i}"),
            Id::Claim(i) => write!(f, "claim:{i}"),
        }
    }
}

/// The graph in output order.
struct View<'a> {
    /// Subjects in key order; index = `subject:N`.
    subjects: Vec<&'a crate::claim::Subject>,
    /// (edge kind, from, to), sorted.
    edges: Vec<(&'static str, Id, Id)>,
    /// Finding ids per claim index.
    findings: BTreeMap<usize, Vec<&'a str>>,
}

fn view(analysis: &Analysis) -> View<'_> {
    let g = &analysis.graph;
    let subjects: Vec<&crate::claim::Subject> = g.subjects().into_iter().map(|(s, _)| s).collect();
    let subject_index: BTreeMap<(crate::claim::SubjectKind, &str), usize> =
        subjects.iter().enumerate().map(|(i, s)| ((s.kind, s.key.as_str()), i)).collect();
    let id = |n: &Node| match n {
        Node::Source(i) => Id::Source(*i),
        Node::Claim(i) => Id::Claim(*i),
        Node::Subject(s) => Id::Subject(subject_index[&(s.kind, s.key.as_str())]),
    };
    let mut edges: Vec<(&'static str, Id, Id)> = g
        .graph
        .edge_indices()
        .filter_map(|e| {
            let (a, b) = g.graph.edge_endpoints(e)?;
            Some((g.graph[e].as_str(), id(&g.graph[a]), id(&g.graph[b])))
        })
        .collect();
    // `asserts` before `about`, each by endpoints.
    edges.sort_by_key(|&(kind, a, b)| (kind != Edge::Asserts.as_str(), a, b));
    // A finding holds copies of its claims: found again by source, span and attribute.
    let claim_index: BTreeMap<(usize, usize, usize, &str), usize> = g
        .claims
        .iter()
        .enumerate()
        .map(|(i, c)| ((c.source, c.span.start, c.span.end, c.attribute.as_str()), i))
        .collect();
    let mut findings: BTreeMap<usize, Vec<&str>> = BTreeMap::new();
    for f in &analysis.findings {
        for c in f.claims() {
            if let Some(&i) = claim_index.get(&(c.source, c.span.start, c.span.end, c.attribute.as_str())) {
                findings.entry(i).or_default().push(&f.id);
            }
        }
    }
    View { subjects, edges, findings }
}

/// Graphviz DOT: sources as boxes, subjects as ellipses, claims as notes
/// (red when a finding involves them). Renders with `dot -Tsvg`.
pub fn render_dot(analysis: &Analysis) -> String {
    let v = view(analysis);
    let docs = &analysis.documents;
    let mut out = String::new();
    out.push_str("digraph claims {\n");
    out.push_str("  graph [rankdir=LR, fontname=\"Helvetica\", label=\"crosscheck claim graph\", labelloc=t];\n");
    out.push_str("  node [fontname=\"Helvetica\", fontsize=10];\n");
    out.push_str("  edge [fontname=\"Helvetica\", fontsize=8, color=\"#888888\"];\n");
    for (i, d) in docs.iter().enumerate() {
        let mut label = d.path.clone();
        label.push('\n');
        label.push_str(d.role.as_str());
        if let Some(p) = d.published {
            let _ = write!(label, ", published {p}");
        }
        let _ = writeln!(
            out,
            "  {} [shape=box, style=\"rounded,filled\", fillcolor=\"#dbeafe\", label={}];",
            quote(&Id::Source(i).to_string()),
            quote(&label)
        );
    }
    for (i, s) in v.subjects.iter().enumerate() {
        let label = format!("{}\n({})", s.label, kind_name(s.kind));
        let _ = writeln!(
            out,
            "  {} [shape=ellipse, style=filled, fillcolor=\"#fef3c7\", label={}];",
            quote(&Id::Subject(i).to_string()),
            quote(&label)
        );
    }
    for (i, c) in analysis.graph.claims.iter().enumerate() {
        let doc = &docs[c.source];
        let (line, col) = doc.line_col(c.span.start);
        let label = format!("{} = {}\n\"{}\"\nline {line}, column {col}", c.attribute, c.value.describe(), c.text);
        let style = if v.findings.contains_key(&i) { ", color=\"#dc2626\", penwidth=2" } else { "" };
        let _ = writeln!(out, "  {} [shape=note, label={}{style}];", quote(&Id::Claim(i).to_string()), quote(&label));
    }
    for (kind, a, b) in &v.edges {
        let _ = writeln!(out, "  {} -> {} [label={}];", quote(&a.to_string()), quote(&b.to_string()), quote(kind));
    }
    out.push_str("}\n");
    out
}

/// A DOT double-quoted string: `\` and `"` escaped, line breaks as `\n`
/// (a centred line), other control characters as spaces.
fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn kind_name(kind: crate::claim::SubjectKind) -> &'static str {
    use crate::claim::SubjectKind::*;
    match kind {
        Person => "person",
        Event => "event",
        Figure => "figure",
        Entity => "entity",
    }
}

#[derive(Serialize)]
struct JsonGraph<'a> {
    nodes: Vec<JsonNode<'a>>,
    edges: Vec<JsonEdge>,
}

#[derive(Serialize)]
#[serde(tag = "type", rename_all = "lowercase")]
enum JsonNode<'a> {
    Source {
        id: String,
        path: &'a str,
        role: &'static str,
        published: Option<String>,
    },
    Subject {
        id: String,
        kind: &'static str,
        key: &'a str,
        label: &'a str,
    },
    Claim {
        id: String,
        source: &'a str,
        subject: &'a str,
        attribute: &'a str,
        #[serde(skip_serializing_if = "Scope::is_empty")]
        scope: &'a Scope,
        text: &'a str,
        value: &'a Value,
        modality: crate::claim::Modality,
        extractor: &'static str,
        span: super::jsont::Span,
        line: usize,
        column: usize,
        #[serde(skip_serializing_if = "Vec::is_empty")]
        findings: Vec<&'a str>,
    },
}

#[derive(Serialize)]
struct JsonEdge {
    #[serde(rename = "type")]
    kind: &'static str,
    from: String,
    to: String,
}

/// Nodes (sources, subjects, claims) and edges as pretty JSON.
pub fn render_json(analysis: &Analysis) -> String {
    let v = view(analysis);
    let docs = &analysis.documents;
    let mut nodes = Vec::new();
    for (i, d) in docs.iter().enumerate() {
        nodes.push(JsonNode::Source {
            id: Id::Source(i).to_string(),
            path: &d.path,
            role: d.role.as_str(),
            published: d.published.map(|p| p.to_string()),
        });
    }
    for (i, s) in v.subjects.iter().enumerate() {
        nodes.push(JsonNode::Subject {
            id: Id::Subject(i).to_string(),
            kind: kind_name(s.kind),
            key: &s.key,
            label: &s.label,
        });
    }
    for (i, c) in analysis.graph.claims.iter().enumerate() {
        let doc = &docs[c.source];
        let (line, column) = doc.line_col(c.span.start);
        nodes.push(JsonNode::Claim {
            id: Id::Claim(i).to_string(),
            source: &doc.path,
            subject: &c.subject.label,
            attribute: &c.attribute,
            scope: &c.scope,
            text: &c.text,
            value: &c.value,
            modality: c.modality,
            extractor: c.extractor,
            span: super::jsont::Span { start: c.span.start, end: c.span.end },
            line,
            column,
            findings: v.findings.get(&i).cloned().unwrap_or_default(),
        });
    }
    let edges = v.edges.iter().map(|&(kind, a, b)| JsonEdge { kind, from: a.to_string(), to: b.to_string() }).collect();
    let mut out = serde_json::to_string_pretty(&JsonGraph { nodes, edges }).expect("graph serializes");
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dot_strings_are_escaped() {
        assert_eq!(quote("a \"b\" \\N\nc\td"), "\"a \\\"b\\\" \\\\N\\nc d\"");
    }
}
