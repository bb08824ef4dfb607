//! Bad inputs: never a panic, never a hang, never a lost or doubled source,
//! and a clear message naming the file (and line) when something is wrong.

use assert_cmd::Command;
use std::fs;

fn crosscheck() -> Command {
    let mut cmd = Command::cargo_bin("crosscheck").unwrap();
    cmd.env("NO_COLOR", "1");
    cmd
}

#[test]
fn a_number_of_hundreds_of_digits_is_not_infinity() {
    let digits = "9".repeat(400);
    let text = format!("The fund holds {digits} billion euros.\n");
    for v in crosscheck::recognize::values(&text, None) {
        let json = serde_json::to_string(&v.value).unwrap();
        assert!(!json.contains("null"), "{json}");
        assert!(!v.value.describe().contains("inf"), "{}", v.value.describe());
    }
    let out = crosscheck().args(["values", "-"]).write_stdin(text).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(!String::from_utf8_lossy(&out.stdout).contains("inf"));
}
