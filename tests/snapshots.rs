//! Insta snapshots of every report format on the bundled examples. A
//! changed snapshot is a changed report: review it like code.

use assert_cmd::Command;

fn settings() -> insta::Settings {
    let mut s = insta::Settings::clone_current();
    s.set_snapshot_path(concat!(env!("CARGO_MANIFEST_DIR"), "/snapshots"));
    s.set_prepend_module_to_snapshot(false);
    s
}

fn run(args: &[&str]) -> String {
    let out = Command::cargo_bin("crosscheck")
        .unwrap()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1")
        .args(args)
        .output()
        .unwrap();
    assert!(out.status.code().is_some_and(|c| c < 2), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn check_text_report() {
    settings().bind(|| insta::assert_snapshot!("nato-2025.check.text", run(&["check", "examples/nato-2025"])));
}

#[test]
fn check_json_report() {
    // The raw bytes: key order and layout are part of the contract.
    let out = run(&["check", "examples/nato-2025", "--format", "json"]);
    serde_json::from_str::<serde_json::Value>(&out).expect("valid JSON");
    settings().bind(|| insta::assert_snapshot!("nato-2025.check.json", out));
}

#[test]
fn claims_text_listing() {
    settings().bind(|| insta::assert_snapshot!("nato-2025.claims.text", run(&["claims", "examples/nato-2025"])));
}

#[test]
fn claims_json_lines() {
    settings().bind(|| {
        insta::assert_snapshot!("nato-2025.claims.jsonl", run(&["claims", "examples/nato-2025", "--format", "json"]))
    });
}

const DRAFT: &[&str] = &["check", "examples/draft-check/draft.md", "--against", "examples/draft-check/references"];

#[test]
fn draft_check_text_report() {
    settings().bind(|| insta::assert_snapshot!("draft-check.check.text", run(DRAFT)));
}

#[test]
fn draft_check_json_report() {
    let out = run(&[DRAFT, &["--format", "json"]].concat());
    serde_json::from_str::<serde_json::Value>(&out).expect("valid JSON");
    settings().bind(|| insta::assert_snapshot!("draft-check.check.json", out));
}

#[test]
fn nato_with_facts_text_report() {
    let args = ["check", "examples/nato-2025", "--facts", "examples/nato-2025/facts.toml"];
    settings().bind(|| insta::assert_snapshot!("nato-2025.facts.check.text", run(&args)));
}
