//! The binary's contract: exit codes, messages that name the file, and
//! byte-identical output whatever the order of the inputs.

use assert_cmd::Command;
use std::fs;

fn crosscheck() -> Command {
    let mut cmd = Command::cargo_bin("crosscheck").unwrap();
    cmd.env("NO_COLOR", "1");
    cmd
}

const EXAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/nato-2025");

fn example_files() -> Vec<String> {
    let mut files: Vec<String> = fs::read_dir(EXAMPLE)
        .unwrap()
        .map(|e| e.unwrap().path().to_string_lossy().into_owned())
        .filter(|p| p.ends_with(".txt") || (p.ends_with(".md") && !p.ends_with("README.md")))
        .collect();
    files.sort();
    files
}

#[test]
fn shuffled_inputs_give_identical_json() {
    let files = example_files();
    assert!(files.len() >= 4);
    let run =
        |order: &[String]| crosscheck().arg("check").args(order).args(["--format", "json"]).output().unwrap().stdout;
    let first = run(&files);
    let mut reversed = files.clone();
    reversed.reverse();
    let mut rotated = files.clone();
    rotated.rotate_left(1);
    assert_eq!(first, run(&reversed));
    assert_eq!(first, run(&rotated));
    let json: serde_json::Value = serde_json::from_slice(&first).unwrap();
    assert!(json["stats"]["findings"].as_u64().unwrap() >= 1);
}

#[test]
fn one_thread_or_many_give_identical_json() {
    let run = |threads: &str| {
        crosscheck()
            .env("RAYON_NUM_THREADS", threads)
            .args(["check", EXAMPLE, "--format", "json"])
            .output()
            .unwrap()
            .stdout
    };
    assert_eq!(run("1"), run("4"));
}

#[test]
fn findings_exit_one_and_fail_on_can_lower_the_bar() {
    crosscheck().args(["check", EXAMPLE]).assert().code(1);
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.txt");
    fs::write(&a, "Nothing to check here.\n").unwrap();
    crosscheck().arg("check").arg(&a).assert().code(0);
}

#[test]
fn a_missing_path_is_named_the_others_are_still_checked_and_the_run_exits_two() {
    let out = crosscheck().args(["check", "no/such/file.txt", EXAMPLE, "--format", "json"]).output().unwrap();
    // As ripgrep does: a path named on the command line that cannot be read fails the run.
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("no/such/file.txt: no such file or directory"), "{err}");
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["stats"]["sources"], 4);
    assert_eq!(json["skipped"][0]["path"], "no/such/file.txt");
    assert_eq!(json["skipped"][0]["reason"], "no such file or directory");
}

#[test]
fn nothing_readable_is_exit_two() {
    let dir = tempfile::tempdir().unwrap();
    let out = crosscheck().arg("check").arg(dir.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("directory holds no .txt or .md file"), "{err}");
    assert!(err.contains(&dir.path().display().to_string()), "{err}");
    assert!(err.contains("no source could be read"), "{err}");
}

#[test]
fn bad_files_are_named_with_the_reason() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty.txt");
    let binary = dir.path().join("binary.txt");
    let latin1 = dir.path().join("latin1.txt");
    let good = dir.path().join("good.txt");
    fs::write(&empty, "").unwrap();
    fs::write(&binary, [0u8, 159, 146, 150, 0, 1]).unwrap();
    fs::write(&latin1, b"line one\ncaf\xe9 au lait\n").unwrap();
    fs::write(&good, "The summit in Lisbon in June 2026 will be short.\n").unwrap();
    let out = crosscheck().arg("check").arg(dir.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "the good file is still checked");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("empty.txt: file is empty"), "{err}");
    assert!(err.contains("binary.txt: looks like a binary file"), "{err}");
    assert!(err.contains("latin1.txt:2: invalid UTF-8 at byte 12"), "{err}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("0 findings in 1 source"));
}

#[test]
fn usage_errors_are_exit_two() {
    crosscheck().assert().code(2);
    crosscheck().args(["check"]).assert().code(2);
    crosscheck().args(["check", EXAMPLE, "--format", "yaml"]).assert().code(2);
    crosscheck().args(["check", EXAMPLE, "--published", "2025-13-01"]).assert().code(2);
}

#[test]
fn standard_input_is_a_source_named_dash() {
    let out = crosscheck()
        .args(["claims", "-", "--format", "json"])
        .write_stdin("US Secretary of State Jane Roe spoke.\n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let line: serde_json::Value = serde_json::from_slice(out.stdout.split(|&b| b == b'\n').next().unwrap()).unwrap();
    assert_eq!(line["source"], "-");
    assert_eq!(line["subject"], "Jane Roe");
    assert_eq!(line["value"]["canonical"], "secretary of state");
}

#[test]
fn a_bad_knowledge_file_names_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let k = dir.path().join("k.toml");
    fs::write(&k, "[[office]]\ncanonical = \"x\"\nflavour = 1\n").unwrap();
    let out = crosscheck().args(["check", EXAMPLE, "--knowledge"]).arg(&k).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("k.toml:3:1"), "{err}");
}
