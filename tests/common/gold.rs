//! Gold files (`../shared/seeds/gold.json`, `../shared/cases/*/gold.json`)
//! scored with the matching rules of the gold scorer: a side of a gold item
//! is matched by a claim of a finding when both name the same file and the
//! claim's byte span overlaps an occurrence of the quote; a finding matches
//! an item when it quotes its first side and at least one other side.

use serde_json::Value;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// The shared folder next to the project, when it is there.
pub fn shared(sub: &str) -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared").join(sub);
    dir.exists().then_some(dir)
}

pub fn read_json(path: &Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
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

/// Whether a claim of `claims` (sources relative to `root`) quotes the side
/// (files relative to `gold_dir`).
pub fn side_hit(gold_dir: &Path, root: &Path, side: &Value, claims: &[Value]) -> bool {
    for (file, quote) in candidates(side) {
        let path = gold_dir.join(&file);
        let bytes = std::fs::read(&path).unwrap();
        let q = quote.as_bytes();
        let ranges: Vec<(usize, usize)> = (0..bytes.len().saturating_sub(q.len()) + 1)
            .filter(|&i| bytes[i..].starts_with(q))
            .map(|i| (i, i + q.len()))
            .collect();
        assert!(!ranges.is_empty(), "gold quote not found in {file}: {quote}");
        let wanted = path.canonicalize().unwrap();
        for c in claims {
            let source = root.join(c["source"].as_str().unwrap());
            if source.canonicalize().ok().as_ref() != Some(&wanted) {
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

pub fn item_hit(gold_dir: &Path, root: &Path, item: &Value, claims: &[Value]) -> bool {
    let sides = item["sides"].as_array().unwrap();
    side_hit(gold_dir, root, &sides[0], claims)
        && (sides.len() == 1 || sides[1..].iter().any(|s| side_hit(gold_dir, root, s, claims)))
}

/// A report scored against a gold file.
#[derive(Debug, Default)]
pub struct Score {
    pub found: BTreeSet<String>,
    pub false_positives: Vec<String>,
    pub duplicates: Vec<String>,
    pub compatible_flagged: BTreeSet<String>,
    pub missed: Vec<String>,
    pub f1: f64,
}

/// Scores the contradictions of `report` (run in `root`) against `gold`.
pub fn score(gold_dir: &Path, root: &Path, gold: &Value, report: &Value) -> Score {
    let empty = Vec::new();
    let must = gold["contradictions"].as_array().unwrap_or(&empty);
    let compatible = gold["compatible"].as_array().unwrap_or(&empty);
    let stretch = gold.get("stretch").and_then(Value::as_array).unwrap_or(&empty);
    let mut s = Score::default();
    let mut tp = 0;
    for f in report["findings"].as_array().unwrap() {
        if f["kind"] != "contradiction" || f.get("facts").is_some() {
            continue;
        }
        let claims = f["claims"].as_array().unwrap();
        let hits: Vec<String> = must
            .iter()
            .filter(|g| item_hit(gold_dir, root, g, claims))
            .map(|g| g["id"].as_str().unwrap().to_string())
            .collect();
        let new: Vec<String> = hits.iter().filter(|h| !s.found.contains(*h)).cloned().collect();
        if !new.is_empty() {
            tp += 1;
            s.found.extend(new);
        } else if !hits.is_empty() {
            s.duplicates.push(f["id"].as_str().unwrap().to_string());
        } else if !stretch.iter().any(|g| item_hit(gold_dir, root, g, claims)) {
            s.false_positives.push(format!("{} ({})", f["id"], f["message"]));
            for g in compatible.iter().filter(|g| item_hit(gold_dir, root, g, claims)) {
                s.compatible_flagged.insert(g["id"].as_str().unwrap().to_string());
            }
        }
    }
    s.missed = must.iter().map(|g| g["id"].as_str().unwrap().to_string()).filter(|id| !s.found.contains(id)).collect();
    let reported = tp + s.duplicates.len() + s.false_positives.len();
    let precision = if reported > 0 {
        tp as f64 / reported as f64
    } else if must.is_empty() {
        1.0
    } else {
        0.0
    };
    let recall = if must.is_empty() { 1.0 } else { s.found.len() as f64 / must.len() as f64 };
    s.f1 = if precision + recall > 0.0 { 2.0 * precision * recall / (precision + recall) } else { 0.0 };
    s
}

/// The draft's unsupported claims of `report` against the gold ones: how
/// many gold claims some "unsupported" finding quotes, and how many such
/// findings quote none.
pub fn unsupported(gold_dir: &Path, root: &Path, gold: &Value, report: &Value) -> (usize, usize, usize) {
    let empty = Vec::new();
    let wanted = gold.get("unsupported").and_then(Value::as_array).unwrap_or(&empty);
    let mut found = BTreeSet::new();
    let mut false_ones = 0;
    for f in report["findings"].as_array().unwrap().iter().filter(|f| f["kind"] == "unsupported") {
        let claims = f["claims"].as_array().unwrap();
        let hits: Vec<usize> = (0..wanted.len()).filter(|&i| side_hit(gold_dir, root, &wanted[i], claims)).collect();
        if hits.is_empty() {
            false_ones += 1;
        }
        found.extend(hits);
    }
    (found.len(), wanted.len(), false_ones)
}
