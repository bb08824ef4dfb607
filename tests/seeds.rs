//! The seed articles next to the project (`../shared/seeds`), scored with
//! the same matching rules as the gold scorer: every gold contradiction is
//! found, no compatible pair is reported, and nothing else is reported.
//! Skipped (with a message) when the seed folder is not there.

mod common;

use assert_cmd::Command;
use common::gold;
use serde_json::Value;
use std::path::{Path, PathBuf};

fn seeds_dir() -> Option<PathBuf> {
    gold::shared("seeds").filter(|d| d.join("gold.json").exists())
}

fn side_hit(dir: &Path, side: &Value, claims: &[Value]) -> bool {
    gold::side_hit(dir, dir, side, claims)
}

/// The JSON report on the seed articles, run in their folder like the scorer expects.
fn seed_report(dir: &Path, extra: &[&str]) -> Value {
    let mut files: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".txt"))
        .map(|n| format!("./{n}"))
        .collect();
    files.sort();
    let out = Command::cargo_bin("crosscheck")
        .unwrap()
        .current_dir(dir)
        .arg("check")
        .args(&files)
        .args(extra)
        .args(["--format", "json"])
        .output()
        .unwrap();
    serde_json::from_slice(&out.stdout).expect("a JSON report")
}

#[test]
fn with_a_facts_file_the_fact_items_are_found_too() {
    let Some(dir) = seeds_dir() else {
        eprintln!("seed articles not found next to the project; skipped");
        return;
    };
    let gold: Value = serde_json::from_str(&std::fs::read_to_string(dir.join("gold.json")).unwrap()).unwrap();
    let facts = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/nato-2025/facts.toml");
    let report = seed_report(&dir, &["--facts", facts.to_str().unwrap()]);
    let with_facts: Vec<&Value> =
        report["findings"].as_array().unwrap().iter().filter(|f| f.get("facts").is_some()).collect();
    for item in gold["with_facts"].as_array().unwrap() {
        let side = &item["sides"][0];
        assert!(
            with_facts.iter().any(|f| side_hit(&dir, side, f["claims"].as_array().unwrap())),
            "fact item {} not found",
            item["id"]
        );
    }
}

#[test]
fn seed_articles_score_full_precision_and_recall() {
    let Some(dir) = seeds_dir() else {
        eprintln!("seed articles not found next to the project; skipped");
        return;
    };
    let gold: Value = serde_json::from_str(&std::fs::read_to_string(dir.join("gold.json")).unwrap()).unwrap();
    let report = seed_report(&dir, &[]);

    let score = gold::score(&dir, &dir, &gold, &report);
    let mut problems: Vec<String> = score.false_positives.iter().map(|f| format!("false positive: {f}")).collect();
    problems.extend(score.duplicates.iter().map(|d| format!("duplicate finding: {d}")));
    problems.extend(score.compatible_flagged.iter().map(|c| format!("compatible pair reported: {c}")));
    problems.extend(score.missed.iter().map(|m| format!("missed: {m}")));
    assert!(problems.is_empty(), "{problems:#?}");
}
