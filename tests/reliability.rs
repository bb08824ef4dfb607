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

const EXAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/nato-2025");
const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn json_of(out: &std::process::Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stderr)))
}

fn source_paths(report: &serde_json::Value) -> Vec<String> {
    report["sources"].as_array().unwrap().iter().map(|s| s["path"].as_str().unwrap().to_string()).collect()
}

const ARTICLE: &str =
    "US Secretary of State Jane Roe met Zoë Doe in Lisbon. The summit in Lisbon in June 2026 will be short.\n";

// ---- panics and hangs

#[test]
fn an_empty_knowledge_word_is_an_error_not_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("a.txt");
    fs::write(&article, ARTICLE).unwrap();
    for (file, text, at) in [
        ("k.toml", "[[office]]\ncanonical = \"whip\"\naliases = [\"\"]\n", "k.toml:3:"),
        ("k.toml", "[[kind]]\nname = \"rally\"\nnouns = [\"rally\", \"\"]\n", "k.toml:3:"),
        ("k.toml", "[[organisation]]\nname = \"\"\n", "k.toml:2:"),
    ] {
        let k = dir.path().join(file);
        fs::write(&k, text).unwrap();
        let out = crosscheck().arg("check").arg(&article).arg("--knowledge").arg(&k).output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{err}");
        assert!(err.contains(at) && err.contains("is empty or blank"), "{err}");
    }
    let config = dir.path().join("crosscheck.toml");
    fs::write(&config, "[knowledge]\noffice = [{ canonical = \"\" }]\n").unwrap();
    let out = crosscheck().arg("check").arg(&article).arg("--config").arg(&config).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("crosscheck.toml:2:") && err.contains("`canonical` is empty or blank"), "{err}");
}

#[cfg(unix)]
#[test]
fn links_to_the_folder_itself_or_its_parent_end_and_read_each_file_once() {
    let top = tempfile::tempdir().unwrap();
    let dir = top.path().join("articles");
    fs::create_dir_all(dir.join("sub")).unwrap();
    fs::write(dir.join("a.txt"), ARTICLE).unwrap();
    fs::write(dir.join("sub/b.txt"), "The summit in Lisbon in July 2026 was announced.\n").unwrap();
    std::os::unix::fs::symlink(".", dir.join("x")).unwrap();
    std::os::unix::fs::symlink(".", dir.join("y")).unwrap();
    std::os::unix::fs::symlink("..", dir.join("sub/up")).unwrap();
    let out = crosscheck()
        .arg("check")
        .arg(&dir)
        .args(["--format", "json"])
        .timeout(std::time::Duration::from_secs(30))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", String::from_utf8_lossy(&out.stderr));
    let report = json_of(&out);
    let names: Vec<String> = source_paths(&report).iter().map(|p| p.rsplit('/').next().unwrap().to_string()).collect();
    assert_eq!(names, vec!["a.txt", "b.txt"]);
    // One disagreement, each side stated once.
    let message = report["findings"][0]["message"].as_str().unwrap();
    assert!(message.contains("(1 source) vs") && message.ends_with("(1 source)"), "{message}");
}

#[cfg(unix)]
fn mkfifo(path: &std::path::Path) {
    let status = std::process::Command::new("mkfifo").arg(path).status().unwrap();
    assert!(status.success());
}

#[cfg(unix)]
#[test]
fn a_named_pipe_is_skipped_with_a_note_and_never_blocks() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.txt"), ARTICLE).unwrap();
    mkfifo(&dir.path().join("pipe.txt"));
    let out = crosscheck()
        .arg("check")
        .arg(dir.path())
        .args(["--format", "json"])
        .timeout(std::time::Duration::from_secs(30))
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    // Met while walking a folder: a note, and the status of the check.
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(err.contains("pipe.txt: not a regular file (a named pipe), skipped"), "{err}");
    let report = json_of(&out);
    assert_eq!(report["stats"]["sources"], 1);
    assert!(report["skipped"][0]["path"].as_str().unwrap().ends_with("pipe.txt"));
    // Named on the command line: it could not be read, so status 2.
    let out = crosscheck()
        .arg("check")
        .arg(dir.path().join("pipe.txt"))
        .arg(dir.path().join("a.txt"))
        .timeout(std::time::Duration::from_secs(30))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stdout).contains("0 findings in 1 source"));
}

#[test]
fn sources_above_the_size_limit_are_refused_with_a_clear_message() {
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("big.txt");
    fs::write(&big, ARTICLE.repeat(20)).unwrap();
    let small = dir.path().join("small.txt");
    fs::write(&small, ARTICLE).unwrap();
    let out = crosscheck().arg("check").arg(&big).arg(&small).args(["--max-file-size", "1K"]).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("big.txt: 2.0 KiB, above the size limit of 1 KiB (raise it with --max-file-size"), "{err}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("in 1 source"));
    // From the configuration, and for standard input too.
    let config = dir.path().join("crosscheck.toml");
    fs::write(&config, "max-file-size = \"1K\"\n").unwrap();
    let out =
        crosscheck().args(["check", "-", "--config"]).arg(&config).write_stdin(ARTICLE.repeat(20)).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("-: larger than the size limit of 1 KiB"), "{err}");
    crosscheck().args(["check", "-", "--max-file-size", "lots"]).write_stdin(ARTICLE).assert().code(2);
}

// ---- lost or doubled sources

#[test]
fn one_file_by_several_spellings_is_one_source_under_the_first() {
    let out = crosscheck()
        .current_dir(EXAMPLE)
        .args(["check", "wire.txt", "./wire.txt", ".", "../nato-2025", "--format", "json"])
        .output()
        .unwrap();
    assert!(out.stderr.is_empty(), "{}", String::from_utf8_lossy(&out.stderr));
    let report = json_of(&out);
    let paths = source_paths(&report);
    assert_eq!(paths.len(), 4, "{paths:?}");
    assert!(paths.contains(&"wire.txt".to_string()) && !paths.contains(&"./wire.txt".to_string()), "{paths:?}");
    let title = report["findings"].as_array().unwrap().iter().find(|f| f["rule"] == "title-mismatch").unwrap();
    assert!(title["message"].as_str().unwrap().contains("secretary of state (3 sources)"), "{}", title["message"]);
}

#[test]
fn a_draft_inside_its_reference_folder_is_never_its_own_reference() {
    let run = |against: &str| {
        let out = crosscheck()
            .current_dir(ROOT)
            .args(["check", "examples/draft-check/draft.md", "--against", against, "--format", "json"])
            .output()
            .unwrap();
        json_of(&out)
    };
    let inside = run("examples/draft-check");
    let apart = run("examples/draft-check/references");
    assert_eq!(inside["draft"], apart["draft"]);
    assert_eq!(inside["findings"], apart["findings"]);
    let paths = source_paths(&inside);
    assert_eq!(paths.iter().filter(|p| p.ends_with("draft.md")).count(), 1, "{paths:?}");
    assert_eq!(inside["sources"].as_array().unwrap().iter().filter(|s| s["role"] == "draft").count(), 1);
}

fn claim_values(text: &str) -> Vec<String> {
    let out = crosscheck().args(["claims", "-", "--format", "json"]).write_stdin(text).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            format!("{} {} {}", v["subject"], v["attribute"], v["text"])
        })
        .collect()
}

#[test]
fn a_publication_date_line_blanks_only_its_field() {
    let body = "The summit in Lisbon on 3 June 2026 will be short, US Secretary of State Jane Roe said.";
    let alone = claim_values(&format!("{body}\n"));
    assert!(alone.len() >= 2, "{alone:?}");
    assert_eq!(claim_values(&format!("date: 2025-04-03 {body}\n")), alone);
    assert_eq!(claim_values(&format!("Updated on 3 April 2025 {body}\n")), alone);
}

#[test]
fn a_byte_order_mark_neither_hides_the_date_line_nor_shifts_columns() {
    let text = "date: 2025-04-03\nThe summit in Lisbon on 24 June will be short.\n";
    let run = |text: String| {
        let out = crosscheck().args(["claims", "-", "--format", "json"]).write_stdin(text).output().unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    let plain = run(text.to_string());
    assert!(plain.contains("\"date\":\"2025-06-24\""), "a yearless date anchored by the date line: {plain}");
    let with_bom = run(format!("\u{feff}{text}"));
    // The same claims; spans move by the mark's three bytes, lines and columns do not.
    let strip_spans = |s: &str| {
        s.lines()
            .map(|l| {
                let mut v: serde_json::Value = serde_json::from_str(l).unwrap();
                v.as_object_mut().unwrap().remove("span");
                v
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(strip_spans(&with_bom), strip_spans(&plain));
    let bom_first = text.replace("date: 2025-04-03\n", "");
    let one = run(format!("\u{feff}{bom_first}"));
    let two = run(bom_first);
    assert_eq!(strip_spans(&one), strip_spans(&two));
}

#[cfg(target_os = "linux")]
#[test]
fn file_names_that_are_not_utf8_are_read_and_named_lossily() {
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().unwrap();
    let name = std::ffi::OsStr::from_bytes(b"caf\xe9.txt");
    fs::write(dir.path().join(name), ARTICLE).unwrap();
    fs::write(dir.path().join("b.txt"), "The summit in Lisbon in July 2026 was announced.\n").unwrap();
    for target in [dir.path().to_path_buf(), dir.path().join(name)] {
        let out = crosscheck()
            .arg("check")
            .arg(&target)
            .arg(dir.path().join("b.txt"))
            .args(["--format", "json"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{}", String::from_utf8_lossy(&out.stderr));
        let paths = source_paths(&json_of(&out));
        assert!(paths.iter().any(|p| p.ends_with("caf\u{fffd}.txt")), "{paths:?}");
        assert_eq!(paths.len(), 2);
    }
}

#[test]
fn skipped_sources_are_listed_in_json_and_sarif_and_walked_binaries_keep_the_status() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.txt"), ARTICLE).unwrap();
    fs::write(dir.path().join("blob.txt"), [0u8, 1, 2, 3, 0, 159]).unwrap();
    let out = crosscheck().arg("check").arg(dir.path()).args(["--format", "json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "a binary met while walking is a note");
    let report = json_of(&out);
    assert_eq!(report["skipped"][0]["reason"], "looks like a binary file, skipped");
    let out =
        crosscheck().arg("check").arg(dir.path()).arg("missing.txt").args(["--format", "sarif"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let sarif = json_of(&out);
    let notes = &sarif["runs"][0]["invocations"][0]["toolExecutionNotifications"];
    let texts: Vec<&str> = notes.as_array().unwrap().iter().map(|n| n["message"]["text"].as_str().unwrap()).collect();
    assert_eq!(texts.len(), 2, "{texts:?}");
    assert!(texts.iter().any(|t| t.starts_with("missing.txt: no such file or directory")), "{texts:?}");
    assert_eq!(notes[1]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], "missing.txt");
    // Nothing skipped: the fields are absent.
    let out = crosscheck().arg("check").arg(dir.path().join("a.txt")).args(["--format", "json"]).output().unwrap();
    assert!(json_of(&out).get("skipped").is_none());
    let out = crosscheck().arg("check").arg(dir.path().join("a.txt")).args(["--format", "sarif"]).output().unwrap();
    assert!(json_of(&out)["runs"][0].get("invocations").is_none());
}

#[test]
fn utf16_files_are_decoded_with_a_note() {
    let dir = tempfile::tempdir().unwrap();
    let utf16: Vec<u8> = [0xFF, 0xFE].into_iter().chain(ARTICLE.encode_utf16().flat_map(u16::to_le_bytes)).collect();
    fs::write(dir.path().join("wide.txt"), utf16).unwrap();
    let out = crosscheck().arg("claims").arg(dir.path().join("wide.txt")).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(err.contains("wide.txt: decoded from UTF-16"), "{err}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("secretary of state"));
}

// ---- output safety

#[test]
fn the_report_never_overwrites_an_input() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.txt");
    fs::write(&a, ARTICLE).unwrap();
    for command in ["check", "baseline"] {
        let out = crosscheck().arg(command).arg(&a).arg("-o").arg(dir.path().join("./a.txt")).output().unwrap();
        assert_eq!(out.status.code(), Some(2));
        assert!(String::from_utf8_lossy(&out.stderr).contains("is an input of this run"));
        assert_eq!(fs::read_to_string(&a).unwrap(), ARTICLE);
    }
    // A report of its own is written whole, with no temporary file left beside it.
    let report = dir.path().join("report.json");
    fs::write(&report, "old").unwrap();
    crosscheck().arg("check").arg(&a).arg("-o").arg(&report).args(["--format", "json"]).assert().code(0);
    let written: serde_json::Value = serde_json::from_slice(&fs::read(&report).unwrap()).unwrap();
    assert_eq!(written["stats"]["sources"], 1);
    let names: Vec<_> = fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(names.len(), 2, "{names:?}");
}

#[cfg(target_os = "linux")]
#[test]
fn help_and_version_report_a_failed_write() {
    for args in [&["--version"][..], &["--help"], &["check", "--help"], &["claims", EXAMPLE]] {
        let full = std::fs::OpenOptions::new().write(true).open("/dev/full").unwrap();
        let bin = assert_cmd::cargo::cargo_bin("crosscheck");
        let out = std::process::Command::new(bin).args(args).stdout(full).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("cannot write to standard output"), "{args:?}");
    }
    let bin = assert_cmd::cargo::cargo_bin("crosscheck");
    let out = std::process::Command::new("sh").arg("-c").arg("\"$0\" --version >&-").arg(&bin).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("standard output: it is closed"));
    // The null device opened as a shell does is not a closed output.
    let out = std::process::Command::new("sh").arg("-c").arg("\"$0\" --version >/dev/null").arg(&bin).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
}

// ---- validation

#[test]
fn a_suppression_file_with_other_keys_names_the_key() {
    let dir = tempfile::tempdir().unwrap();
    let s = dir.path().join("s.toml");
    fs::write(&s, "fail-on = \"info\"\n").unwrap();
    let out = crosscheck().args(["check", EXAMPLE, "--suppressions"]).arg(&s).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("s.toml:1:1") && err.contains("fail-on") && err.contains("[[suppress]]"), "{err}");
}

#[test]
fn facts_are_checked_for_meaning_on_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let facts = dir.path().join("facts.toml");
    fs::write(&facts, "[[person]]\nname = \"Jane Roe\"\noffice = [{ title = \"grand vizier\", from = 2025-01-01 }]\n")
        .unwrap();
    let out = crosscheck().args(["check", EXAMPLE, "--facts"]).arg(&facts).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "a warning, not an error: {err}");
    assert!(
        err.contains("facts.toml:3:") && err.contains("office 'grand vizier' is not in the title lexicon"),
        "{err}"
    );
    fs::write(&facts, "[[event]]\nkind = \"party\"\nplace = \"Brussels\"\nstart = 2025-04-03\n").unwrap();
    let out = crosscheck().args(["check", EXAMPLE, "--facts"]).arg(&facts).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("facts.toml:1:") && err.contains("unknown event kind 'party'"), "{err}");
}

#[test]
fn published_needs_a_four_digit_year() {
    let out = crosscheck().args(["check", EXAMPLE, "--published", "25-04-03"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("four-digit year"));
    crosscheck().args(["claims", "-", "--published", "2025-04-03"]).write_stdin(ARTICLE).assert().code(0);
}

// ---- the text report

#[test]
fn the_summary_speaks_in_correct_plurals() {
    let out = crosscheck()
        .args(["check", "-"])
        .write_stdin("The summit in Lisbon in June 2026 will be short.\n")
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.ends_with("0 findings in 1 source (1 claim on 1 subject)\n"), "{text}");
}

#[test]
fn crlf_lines_are_quoted_without_the_carriage_return() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.txt"), "Intro.\r\nThe summit in Lisbon in June 2026 will be short.\r\nEnd.\r\n")
        .unwrap();
    fs::write(dir.path().join("b.txt"), "The summit in Lisbon in July 2026 was announced.\r\n").unwrap();
    let out = crosscheck().arg("check").arg(dir.path()).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("June 2026 will be short."), "{text}");
    assert!(!text.contains('\r') && !text.contains('␍'), "{text:?}");
}

// ---- hard-wrapped text and standard input

#[test]
fn hard_wrapped_text_gives_the_claims_of_one_line() {
    let wrapped = claim_values("The council will hold a meeting\nin Rotterdam on Friday.\n");
    assert!(!wrapped.is_empty());
    assert_eq!(wrapped, claim_values("The council will hold a meeting in Rotterdam on Friday.\n"));
}

#[test]
fn standard_input_may_be_markdown() {
    let md = "# Notes\n\n```\nThe summit in Lisbon in June 2026.\n```\n\nThe *summit* in Lisbon in July 2026 was announced.\n";
    let run = |args: &[&str]| {
        let out = crosscheck().args(["claims", "-", "--format", "json"]).args(args).write_stdin(md).output().unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    let as_text = run(&[]);
    assert!(as_text.contains("June 2026"), "plain text reads the code block: {as_text}");
    for args in [&["--stdin-format", "markdown"][..], &["--stdin-filename", "notes.md"]] {
        let as_markdown = run(args);
        assert!(!as_markdown.contains("June 2026") && as_markdown.contains("July 2026"), "{args:?}: {as_markdown}");
    }
    assert!(run(&["--stdin-filename", "notes.md"]).contains("\"source\":\"notes.md\""));
}

#[cfg(unix)]
#[test]
fn a_dangling_link_is_an_error_only_when_it_names_an_article() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.txt"), ARTICLE).unwrap();
    std::os::unix::fs::symlink("nowhere", dir.path().join("photo.png")).unwrap();
    crosscheck().arg("check").arg(dir.path()).assert().code(0);
    std::os::unix::fs::symlink("nowhere", dir.path().join("gone.txt")).unwrap();
    let out = crosscheck().arg("check").arg(dir.path()).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("gone.txt: no such file or directory"), "{err}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("in 1 source"));
}

/// The SARIF with notifications against the SARIF 2.1.0 schema, where
/// `.ci/sarif.sh` has put it (`target/sarif-schema/`) or `$SARIF_SCHEMA` says.
#[test]
fn sarif_with_skipped_inputs_validates_against_the_schema() {
    let path = std::env::var_os("SARIF_SCHEMA")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| concat!(env!("CARGO_MANIFEST_DIR"), "/target/sarif-schema/sarif-2.1.0.json").into());
    let Ok(schema) = fs::read_to_string(&path) else {
        println!("skipped: no SARIF schema at {}", path.display());
        return;
    };
    let schema: serde_json::Value = serde_json::from_str(&schema).unwrap();
    let validator = jsonschema::options().should_validate_formats(true).build(&schema).unwrap();
    let out = crosscheck().args(["check", EXAMPLE, "missing.txt", "--format", "sarif"]).output().unwrap();
    let sarif = json_of(&out);
    assert!(sarif["runs"][0]["invocations"].is_array());
    let errors: Vec<String> = validator.iter_errors(&sarif).map(|e| format!("{}: {e}", e.instance_path())).collect();
    assert!(errors.is_empty(), "{errors:?}");
}

#[cfg(target_os = "linux")]
#[test]
fn a_report_to_a_device_or_through_a_link_replaces_neither() {
    use std::os::unix::fs::FileTypeExt;
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.txt");
    fs::write(&a, ARTICLE).unwrap();
    crosscheck().arg("check").arg(&a).args(["-o", "/dev/null"]).assert().code(0);
    assert!(fs::metadata("/dev/null").unwrap().file_type().is_char_device());
    let out = crosscheck().arg("check").arg(&a).args(["-o", "/dev/full"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("/dev/full: cannot write"));
    assert!(fs::metadata("/dev/full").unwrap().file_type().is_char_device());
    let real = dir.path().join("real.txt.out");
    fs::write(&real, "old").unwrap();
    let link = dir.path().join("link.out");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    crosscheck().arg("check").arg(&a).arg("-o").arg(&link).assert().code(0);
    assert!(fs::symlink_metadata(&link).unwrap().file_type().is_symlink());
    assert!(fs::read_to_string(&real).unwrap().contains("0 findings in 1 source"));
}
