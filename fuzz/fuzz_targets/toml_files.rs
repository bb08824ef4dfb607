//! The TOML files a user writes (configuration, facts, knowledge,
//! suppressions; cut at 0x1E bytes) parsed, checked, and used for a run
//! over two short articles and the input's last part as a third.
#![no_main]

use crosscheck::config::Config;
use crosscheck::facts::Facts;
use crosscheck::knowledge::KnowledgeFile;
use crosscheck::{analyze_with, report, Input, Knowledge, Options, Role};
use libfuzzer_sys::fuzz_target;
use std::sync::LazyLock;

static BUILTIN: LazyLock<Knowledge> = LazyLock::new(Knowledge::builtin);

const RULES: &[&str] = &["date-mismatch", "month-mismatch", "number-mismatch", "title-mismatch", "weekday-mismatch"];

const A: &str = "date: 2025-04-03\nThe summit in Lisbon on 24 June 2025 will be short. Secretary-General Jane Roe \
                 said spending of €130 million ($140 million) rose 3.5% on Friday.\n";
const B: &str = "Published: 4 April 2025\nThe Lisbon summit in July 2025 was announced. NATO head Jane Roe said \
                 spending of $150 million rose 4% on Thursday, in the alliance's 76th year.\n";

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut parts = text.split('\u{1e}');
    let (config, facts, knowledge, suppressions, article) =
        (parts.next(), parts.next(), parts.next(), parts.next(), parts.next());
    let mut config = config.and_then(|t| Config::parse("crosscheck.toml", t, RULES).ok()).unwrap_or_default();
    let mut extra: Vec<KnowledgeFile> = config.knowledge.take().into_iter().collect();
    extra.extend(knowledge.and_then(|t| KnowledgeFile::parse("k.toml", t).ok()));
    // Built-in knowledge compiles once; extensions recompile it.
    let extended;
    let knowledge = if extra.is_empty() {
        &*BUILTIN
    } else {
        extended = Knowledge::with_extensions(extra);
        &extended
    };
    let facts = facts.and_then(|t| Facts::parse("facts.toml", t).ok()).unwrap_or_default();
    if facts.check_meaning(knowledge).is_err() {
        return;
    }
    if let Some(s) = suppressions.and_then(|t| Config::parse_suppressions("s.toml", t).ok()) {
        config.suppressions.extend(s);
    }
    let mut inputs = vec![
        Input { path: "a.txt".into(), role: Role::Peer, text: A.into(), published: None },
        Input { path: "b.txt".into(), role: Role::Peer, text: B.into(), published: None },
    ];
    if let Some(article) = article {
        inputs.push(Input { path: "c.md".into(), role: Role::Peer, text: article.into(), published: None });
    }
    let analysis = analyze_with(inputs, Options { knowledge, facts: &facts, config: &config }, &|| {});
    let _ = report::text::render(&analysis, false);
    let _ = report::html::render(&analysis);
    serde_json::from_str::<serde_json::Value>(&report::json::render(&analysis)).expect("valid JSON");
    serde_json::from_str::<serde_json::Value>(&report::sarif::render(&analysis)).expect("valid JSON");
});
