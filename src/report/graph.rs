//! `crosscheck graph`: the claim graph for inspection.
use crate::analysis::Analysis;

/// Graphviz DOT.
pub fn render_dot(_analysis: &Analysis) -> String {
    String::new()
}

/// Nodes and edges as JSON.
pub fn render_json(_analysis: &Analysis) -> String {
    String::new()
}
