//! The seed articles next to the project (`../shared/seeds`), scored with
//! the same matching rules as the gold scorer: every gold contradiction is
//! found, no compatible pair is reported, and nothing else is reported.
//! Skipped (with a message) when the seed folder is not there.

use assert_cmd::Command;
use serde_json::Value;
use std::path::{Path, PathBuf};

fn seeds_dir() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    dir.join("gold.json").exists().then_some(dir)
}

/// Every (file, quote) that satisfies one side of a gold item.
fn candidates(side: &Value) -> Vec<(String, String)> {
    if let Some(any) = side.get("anyof").and_then(Value::as_array) {
        return any.iter().flat_map(candidates).collect();
    }
    let file = side["file"].as_str().unwrap().to_string();
    let mut quotes = vec![side["quote"].as_str().unwrap().to_string()];
    quotes.extend(
        side.get("alt").and_then(Value::as_array).into_iter().flatten().map(|q| q.as_str().unwrap().to_string()),
    );
    quotes.into_iter().map(|q| (file.clone(), q)).collect()
}

fn side_hit(dir: &Path, side: &Value, claims: &[Value]) -> bool {
    for (file, quote) in candidates(side) {
        let bytes = std::fs::read(dir.join(&file)).unwrap();
        let q = quote.as_bytes();
        let ranges: Vec<(usize, usize)> = (0..bytes.len().saturating_sub(q.len()) + 1)
            .filter(|&i| bytes[i..].starts_with(q))
            .map(|i| (i, i + q.len()))
            .collect();
        assert!(!ranges.is_empty(), "gold quote not found in {file}: {quote}");
        for c in claims {
            let source = c["source"].as_str().unwrap().trim_start_matches("./");
            if source != file {
                continue;
            }
            let (s, e) = (c["span"]["start"].as_u64().unwrap() as usize, c["span"]["end"].as_u64().unwrap() as usize);
            if ranges.iter().any(|&(a, b)| s < b && a < e) {
                return true;
            }
        }
    }
    false
}

fn item_hit(dir: &Path, item: &Value, claims: &[Value]) -> bool {
    let sides = item["sides"].as_array().unwrap();
    side_hit(dir, &sides[0], claims) && (sides.len() == 1 || sides[1..].iter().any(|s| side_hit(dir, s, claims)))
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

    let must = gold["contradictions"].as_array().unwrap();
    let compatible = gold["compatible"].as_array().unwrap();
    let stretch = gold["stretch"].as_array().unwrap();
    let mut found = std::collections::BTreeSet::new();
    let mut problems = Vec::new();
    for f in report["findings"].as_array().unwrap() {
        if f["kind"] != "contradiction" || f.get("facts").is_some() {
            continue;
        }
        let claims = f["claims"].as_array().unwrap();
        let hits: Vec<&str> =
            must.iter().filter(|g| item_hit(&dir, g, claims)).map(|g| g["id"].as_str().unwrap()).collect();
        let compat: Vec<&str> =
            compatible.iter().filter(|g| item_hit(&dir, g, claims)).map(|g| g["id"].as_str().unwrap()).collect();
        if !compat.is_empty() {
            problems.push(format!("compatible pair reported: {compat:?} in {}", f["id"]));
        }
        let new: Vec<&str> = hits.iter().copied().filter(|h| !found.contains(*h)).collect();
        if !new.is_empty() {
            found.extend(new);
        } else if !hits.is_empty() {
            problems.push(format!("duplicate finding for {hits:?}: {}", f["id"]));
        } else if !stretch.iter().any(|g| item_hit(&dir, g, claims)) {
            problems.push(format!("false positive: {} ({})", f["id"], f["message"]));
        }
    }
    for g in must {
        if !found.contains(g["id"].as_str().unwrap()) {
            problems.push(format!("missed: {}", g["id"]));
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}
