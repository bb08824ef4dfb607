//! The development stories next to the project (`../shared/cases`): ten
//! news stories told by three or four outlets, with gold files. Each is run
//! as a user would (a draft case as `check draft.md --against references`)
//! and scored with the gold scorer's rules; the test fails when a case's F1
//! falls below its floor in `tests/case_floors.toml` (a ratchet: raise a
//! floor when a score goes up, never lower one) or when a pair the gold
//! file calls compatible is reported. A second test runs every story in
//! one run, as a day's wire copy, and requires that no finding pairs
//! sources of different stories. Skipped when the cases are not there.

mod common;

use assert_cmd::Command;
use common::gold;
use serde_json::Value;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// Every case folder, sorted.
fn cases() -> Option<Vec<PathBuf>> {
    let root = gold::shared("cases")?;
    let mut out: Vec<PathBuf> =
        std::fs::read_dir(&root).unwrap().map(|e| e.unwrap().path()).filter(|p| p.join("gold.json").exists()).collect();
    out.sort();
    Some(out)
}

/// The articles of a (non-draft) case, as the scorer lists them.
fn articles(case: &Path) -> Vec<String> {
    let mut out: Vec<String> = std::fs::read_dir(case)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| (n.ends_with(".txt") || n.ends_with(".md")) && n != "README.md")
        .collect();
    out.sort();
    out
}

fn report(dir: &Path, args: &[String]) -> Value {
    let out = Command::cargo_bin("crosscheck")
        .unwrap()
        .current_dir(dir)
        .arg("check")
        .args(args)
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.code().is_some_and(|c| c < 2), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("a JSON report")
}

fn floors() -> BTreeMap<String, f64> {
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/case_floors.toml")).unwrap();
    let table: toml::Table = toml::from_str(&text).unwrap();
    table.into_iter().map(|(k, v)| (k, v.as_float().unwrap_or_else(|| v.as_integer().unwrap() as f64))).collect()
}

#[test]
fn every_case_holds_its_floor_and_reports_no_compatible_pair() {
    let Some(cases) = cases() else {
        eprintln!("development cases not found next to the project; skipped");
        return;
    };
    let floors = floors();
    let mut table = String::new();
    let mut problems = Vec::new();
    for case in &cases {
        let name = case.file_name().unwrap().to_string_lossy().into_owned();
        let args: Vec<String> = if case.join("references").is_dir() {
            ["draft.md", "--against", "references"].map(String::from).to_vec()
        } else {
            articles(case)
        };
        let gold_file = gold::read_json(&case.join("gold.json"));
        let score = gold::score(case, case, &gold_file, &report(case, &args));
        writeln!(table, "{name:20} f1={:.2} missed={:?} false={:?}", score.f1, score.missed, score.false_positives)
            .unwrap();
        match floors.get(&name) {
            Some(&floor) if score.f1 + 1e-9 < floor => {
                problems.push(format!("{name}: F1 {:.2} below its floor {floor:.2}", score.f1))
            }
            Some(_) => {}
            None => problems.push(format!("{name}: no floor in tests/case_floors.toml")),
        }
        if !score.compatible_flagged.is_empty() {
            problems.push(format!("{name}: compatible pairs reported: {:?}", score.compatible_flagged));
        }
        // A draft's unsupported claims: found up to the floor, at most one false.
        let (found, wanted, false_ones) = gold::unsupported(case, case, &gold_file, &report(case, &args));
        if wanted > 0 {
            writeln!(table, "{name:20} unsupported found {found}/{wanted}, false {false_ones}").unwrap();
            let floor = floors.get(&format!("{name}.unsupported")).copied().unwrap_or(f64::INFINITY);
            if (found as f64) + 1e-9 < floor {
                problems.push(format!("{name}: {found} unsupported claims found, below its floor {floor}"));
            }
            if false_ones > 1 {
                problems.push(format!("{name}: {false_ones} claims called unsupported that the gold does not list"));
            }
        }
    }
    eprintln!("{table}");
    assert!(problems.is_empty(), "{problems:#?}\n{table}");
}

#[test]
fn stories_mixed_in_one_run_are_never_compared_with_each_other() {
    let Some(cases) = cases() else {
        eprintln!("development cases not found next to the project; skipped");
        return;
    };
    let root = cases[0].parent().unwrap().to_path_buf();
    let stories: Vec<&PathBuf> = cases.iter().filter(|c| !c.join("references").is_dir()).collect();
    let paths: Vec<String> = stories
        .iter()
        .flat_map(|c| {
            let folder = c.file_name().unwrap().to_string_lossy().into_owned();
            articles(c).into_iter().map(move |a| format!("{folder}/{a}"))
        })
        .collect();
    let r = report(&root, &paths);
    let folder = |source: &str| Path::new(source).parent().map(|p| p.to_path_buf());
    for f in r["findings"].as_array().unwrap() {
        let folders: std::collections::BTreeSet<Option<PathBuf>> =
            f["claims"].as_array().unwrap().iter().map(|c| folder(c["source"].as_str().unwrap())).collect();
        assert_eq!(folders.len(), 1, "a finding pairs different stories: {} {}", f["id"], f["message"]);
    }
    // Every story's sources share a story, and no two stories share one.
    let mut by_label: BTreeMap<String, std::collections::BTreeSet<Option<PathBuf>>> = BTreeMap::new();
    for s in r["sources"].as_array().unwrap() {
        by_label
            .entry(s["story"].as_str().unwrap().to_string())
            .or_default()
            .insert(folder(s["path"].as_str().unwrap()));
    }
    assert!(by_label.values().all(|f| f.len() == 1), "{by_label:#?}");
    assert_eq!(by_label.len(), stories.len(), "{by_label:#?}");
}
