//! The claim graph: sources, subjects and claims as nodes of a petgraph
//! graph, with `asserts` (source → claim) and `about` (claim → subject)
//! edges. Building it is where subject aliases are merged: "Janssen" and
//! "Piet Janssen" become one person when the surname is unambiguous.

use crate::claim::{Claim, Subject, SubjectKind};
use petgraph::graph::{DiGraph, NodeIndex};
use petgraph::Direction;
use std::collections::{BTreeMap, BTreeSet};

#[derive(Clone, Debug, PartialEq)]
pub enum Node {
    Source(usize),
    Subject(Subject),
    Claim(usize),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Edge {
    Asserts,
    About,
}

impl Edge {
    pub fn as_str(self) -> &'static str {
        match self {
            Edge::Asserts => "asserts",
            Edge::About => "about",
        }
    }
}

pub struct ClaimGraph {
    pub graph: DiGraph<Node, Edge>,
    pub claims: Vec<Claim>,
    /// Subject nodes by (story, kind, key): sorted, so iteration is deterministic.
    subjects: BTreeMap<(usize, SubjectKind, String), NodeIndex>,
}

impl ClaimGraph {
    /// Builds the graph over `sources` sources; claims keep their order.
    pub fn build(sources: usize, mut claims: Vec<Claim>) -> Self {
        merge_person_aliases(&mut claims);
        let mut graph = DiGraph::new();
        let source_nodes: Vec<NodeIndex> = (0..sources).map(|i| graph.add_node(Node::Source(i))).collect();
        let mut subjects = BTreeMap::new();
        for (i, claim) in claims.iter().enumerate() {
            let key = (claim.subject.story, claim.subject.kind, claim.subject.key.clone());
            let subject = *subjects.entry(key).or_insert_with(|| graph.add_node(Node::Subject(claim.subject.clone())));
            let node = graph.add_node(Node::Claim(i));
            if let Some(&src) = source_nodes.get(claim.source) {
                graph.add_edge(src, node, Edge::Asserts);
            }
            graph.add_edge(node, subject, Edge::About);
        }
        ClaimGraph { graph, claims, subjects }
    }

    /// Subjects in key order, each with its claims in claim order.
    pub fn subjects(&self) -> Vec<(&Subject, Vec<&Claim>)> {
        self.subjects
            .values()
            .map(|&node| {
                let Node::Subject(subject) = &self.graph[node] else {
                    unreachable!("subject index points at a subject")
                };
                let mut ids: Vec<usize> = self
                    .graph
                    .neighbors_directed(node, Direction::Incoming)
                    .filter_map(|n| match self.graph[n] {
                        Node::Claim(i) => Some(i),
                        _ => None,
                    })
                    .collect();
                ids.sort_unstable();
                (subject, ids.into_iter().map(|i| &self.claims[i]).collect())
            })
            .collect()
    }

    pub fn subject_count(&self) -> usize {
        self.subjects.len()
    }
}

/// A one-word person name that is the surname of exactly one full name in
/// the run is that person; the label takes the full name.
fn merge_person_aliases(claims: &mut [Claim]) {
    // A one-word name is matched against the first and the last word of
    // the full names of its story ("Baek" in "Baek Ji-ho", "Roe" in
    // "Jane Roe").
    let mut by_surname: BTreeMap<(usize, String), BTreeSet<(String, String)>> = BTreeMap::new();
    for c in claims.iter().filter(|c| c.subject.kind == SubjectKind::Person) {
        let parts: Vec<&str> = c.subject.key.split(' ').collect();
        if parts.len() >= 2 {
            let mut ends = vec![parts[parts.len() - 1]];
            if parts[0] != parts[parts.len() - 1] {
                ends.push(parts[0]);
            }
            for end in ends {
                by_surname
                    .entry((c.subject.story, end.to_string()))
                    .or_default()
                    .insert((c.subject.key.clone(), c.subject.label.clone()));
            }
        }
    }
    for c in claims.iter_mut().filter(|c| c.subject.kind == SubjectKind::Person) {
        if c.subject.key.contains(' ') {
            continue;
        }
        let key = (c.subject.story, c.subject.key.clone());
        if let Some(full) = by_surname.get(&key).filter(|s| s.len() == 1).and_then(|s| s.first()) {
            c.subject.key = full.0.clone();
            c.subject.label = full.1.clone();
        }
    }
}
