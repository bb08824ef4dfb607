//! Using crosscheck as a library: two short texts in, findings out.
//!
//! Run with `cargo run --example library`.

use crosscheck::{analyze, Input, Knowledge, Role};

fn main() {
    let inputs = vec![
        Input {
            path: "morning.txt".into(),
            role: Role::Peer,
            published: None,
            text: "Finance Minister Ana Costa said the leaders' summit in Lisbon in June 2026 would focus on trade."
                .into(),
        },
        Input {
            path: "evening.txt".into(),
            role: Role::Peer,
            published: None,
            text: "Defence Minister Ana Costa opened talks ahead of the Lisbon summit planned for July 2026.".into(),
        },
    ];
    let analysis = analyze(inputs, &Knowledge::builtin());
    println!("{} claims, {} findings", analysis.claims().len(), analysis.findings.len());
    for finding in &analysis.findings {
        println!("[{}] {}: {}", finding.rule, finding.subject.label, finding.message);
        for claim in finding.claims() {
            let doc = &analysis.documents[claim.source];
            let (line, column) = doc.line_col(claim.span.start);
            println!("    {}:{line}:{column}: {:?} = {}", doc.path, claim.text, claim.value.describe());
        }
    }
}
