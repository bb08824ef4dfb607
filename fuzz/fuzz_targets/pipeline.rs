//! The whole pipeline over arbitrary text: up to four sources (cut at 0x1E
//! bytes), each plain text or Markdown, peers or a draft with references,
//! through every renderer. JSON and SARIF must stay valid JSON.
#![no_main]

use crosscheck::config::Config;
use crosscheck::facts::Facts;
use crosscheck::{analyze_with, report, Input, Knowledge, Options, Role};
use libfuzzer_sys::fuzz_target;
use std::sync::LazyLock;

static KNOWLEDGE: LazyLock<Knowledge> = LazyLock::new(Knowledge::builtin);

fuzz_target!(|data: &[u8]| {
    let Some((&flags, rest)) = data.split_first() else { return };
    let text = String::from_utf8_lossy(rest);
    let draft_mode = flags & 1 == 1;
    let inputs: Vec<Input> = text
        .split('\u{1e}')
        .take(4)
        .enumerate()
        .map(|(i, part)| {
            let markdown = flags >> (i + 1) & 1 == 1;
            Input {
                path: format!("s{i}.{}", if markdown { "md" } else { "txt" }),
                role: match (draft_mode, i) {
                    (false, _) => Role::Peer,
                    (true, 0) => Role::Draft,
                    (true, _) => Role::Reference,
                },
                text: part.to_string(),
                published: None,
            }
        })
        .collect();
    let (facts, config) = (Facts::default(), Config::default());
    let options = Options { knowledge: &KNOWLEDGE, facts: &facts, config: &config };
    let analysis = analyze_with(inputs.clone(), options, &|| {});
    let _ = report::text::render(&analysis, flags & 0x20 != 0);
    let _ = report::text::render_claims(&analysis);
    let _ = report::markdown::render(&analysis);
    let _ = report::html::render(&analysis);
    let _ = report::github::render(&analysis);
    let _ = report::graph::render_dot(&analysis);
    for json in
        [report::json::render(&analysis), report::sarif::render(&analysis), report::graph::render_json(&analysis)]
    {
        serde_json::from_str::<serde_json::Value>(&json).expect("valid JSON");
    }
    for line in report::json::render_claims(&analysis).lines() {
        serde_json::from_str::<serde_json::Value>(line).expect("valid JSON line");
    }
    let documents = crosscheck::analysis::ingest_all(inputs);
    let values: Vec<_> = documents.iter().map(|d| (d, crosscheck::extract::document_values(&KNOWLEDGE, d))).collect();
    let _ = report::text::render_values(&values);
    serde_json::from_str::<serde_json::Value>(&report::json::render_values(&values)).expect("valid JSON");
});
