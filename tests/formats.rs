//! The report formats for people and machines: Markdown, HTML, SARIF,
//! GitHub workflow commands and the claim graph (DOT, JSON).
//!
//! Snapshots of each on `examples/nato-2025` (in `snapshots/`), then the
//! properties a snapshot cannot show: source text that holds markup is
//! escaped in every format, SARIF validates against the SARIF 2.1.0 schema
//! and points at the right claim, output does not depend on input order.

use assert_cmd::Command;
use crosscheck::report;
use crosscheck::{analyze, Input, Knowledge, Role};
use std::fs;
use std::path::{Path, PathBuf};

fn settings() -> insta::Settings {
    let mut s = insta::Settings::clone_current();
    s.set_snapshot_path(concat!(env!("CARGO_MANIFEST_DIR"), "/snapshots"));
    s.set_prepend_module_to_snapshot(false);
    s
}

/// Runs the binary in `dir`; findings (status 1) are fine, errors are not.
fn run_in(dir: &Path, args: &[&str]) -> String {
    let out =
        Command::cargo_bin("crosscheck").unwrap().current_dir(dir).env("NO_COLOR", "1").args(args).output().unwrap();
    assert!(out.status.code().is_some_and(|c| c < 2), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

fn run(args: &[&str]) -> String {
    run_in(Path::new(env!("CARGO_MANIFEST_DIR")), args)
}

fn check(format: &str) -> String {
    run(&["check", "examples/nato-2025", "--format", format])
}

#[test]
fn markdown_report() {
    settings().bind(|| insta::assert_snapshot!("nato-2025.check.markdown", check("markdown")));
}

#[test]
fn html_report() {
    settings().bind(|| insta::assert_snapshot!("nato-2025.check.html", check("html")));
}

#[test]
fn sarif_report() {
    let out = check("sarif");
    serde_json::from_str::<serde_json::Value>(&out).expect("valid JSON");
    settings().bind(|| insta::assert_snapshot!("nato-2025.check.sarif", out));
}

#[test]
fn github_report() {
    settings().bind(|| insta::assert_snapshot!("nato-2025.check.github", check("github")));
}

#[test]
fn graph_dot() {
    let out = run(&["graph", "examples/nato-2025", "--format", "dot"]);
    settings().bind(|| insta::assert_snapshot!("nato-2025.graph.dot", out));
}

#[test]
fn graph_json() {
    let out = run(&["graph", "examples/nato-2025", "--format", "json"]);
    serde_json::from_str::<serde_json::Value>(&out).expect("valid JSON");
    settings().bind(|| insta::assert_snapshot!("nato-2025.graph.json", out));
}

/// Every report format on the draft-check example (a draft against three references).
#[test]
fn draft_check_in_every_format() {
    for format in ["markdown", "html", "sarif", "github"] {
        let out = run(&[
            "check",
            "examples/draft-check/draft.md",
            "--against",
            "examples/draft-check/references",
            "--format",
            format,
        ]);
        settings().bind(|| insta::assert_snapshot!(format!("draft-check.check.{format}"), out));
    }
    for format in ["dot", "json"] {
        let out = run(&[
            "graph",
            "examples/draft-check/draft.md",
            "--against",
            "examples/draft-check/references",
            "--format",
            format,
        ]);
        settings().bind(|| insta::assert_snapshot!(format!("draft-check.graph.{format}"), out));
    }
}

// ---------------------------------------------------------------------------
// Hostile source text.

const SCRIPT: &str = "<script>alert(1)</script>";
const IMG: &str = "\"><img src=x onerror=alert(1)>";

/// Two articles that disagree on a month; the first holds markup of every
/// kind next to the value. Returns the directory and the file names.
fn hostile_sources() -> (tempfile::TempDir, [&'static str; 2]) {
    let dir = tempfile::tempdir().unwrap();
    let a = "The leaders' summit in Lisbon in June 2026 \"><img src=x onerror=alert(1)> <script>alert(1)</script> \
             | *starred* _under_ `tick` [link](http://x) @octocat $5 and $6 &lt; will be short.\n";
    fs::write(dir.path().join("a 50%,x:y.txt"), a).unwrap();
    fs::write(dir.path().join("b.txt"), "The Lisbon summit planned for July 2026 was announced.\n").unwrap();
    (dir, ["a 50%,x:y.txt", "b.txt"])
}

fn check_in(dir: &Path, files: &[&str], format: &str) -> String {
    let mut args = vec!["check"];
    args.extend_from_slice(files);
    args.extend(["--format", format]);
    run_in(dir, &args)
}

#[test]
fn html_shows_markup_in_sources_as_text() {
    let (dir, files) = hostile_sources();
    let report = dir.path().join("report.html");
    let mut args = vec!["check"];
    args.extend_from_slice(&files);
    args.extend(["--format", "html", "--output", report.to_str().unwrap()]);
    run_in(dir.path(), &args);
    let html = fs::read_to_string(&report).unwrap();
    assert!(html.contains("<mark>June 2026</mark>"), "{html}");
    for raw in [SCRIPT, IMG, "<img", "onerror=alert(1)>", "<script>alert"] {
        assert!(!html.contains(raw), "raw {raw:?} in the HTML report");
    }
    // The text is there, escaped, in the quote and in the search index.
    assert!(html.contains("&#60;script&#62;alert(1)&#60;/script&#62;"));
    assert!(html.contains("&#34;&#62;&#60;img src=x onerror=alert(1)&#62;"));
    // Exactly one script, ours; no external resource of any kind.
    assert_eq!(html.matches("<script").count(), 1);
    for external in ["src=\"http", "href=\"http", "url(", "@import", "<link", "<img"] {
        assert!(!html.contains(external), "external reference {external:?}");
    }
}

#[test]
fn html_content_security_policy_admits_only_the_inline_script() {
    let html = check("html");
    let csp =
        html.split("script-src 'sha256-").nth(1).and_then(|s| s.split('\'').next()).expect("CSP with a script hash");
    let script = html.split("<script>").nth(1).and_then(|s| s.split("</script>").next()).unwrap();
    // sha256sum is in coreutils; without it the browser test still catches a stale hash.
    let Ok(mut child) = std::process::Command::new("sha256sum")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
    else {
        println!("skipped: sha256sum not found");
        return;
    };
    use std::io::Write as _;
    child.stdin.take().unwrap().write_all(script.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    let hex = String::from_utf8(out.stdout).unwrap();
    let bytes: Vec<u8> = (0..64).step_by(2).map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap()).collect();
    assert_eq!(csp, base64(&bytes), "templates/report.html: the CSP hash does not match the inline script");
}

fn base64(bytes: &[u8]) -> String {
    const A: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, &b)| n | (u32::from(b) << (16 - 8 * i)));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(A[(n >> (18 - 6 * i)) as usize & 63] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[test]
fn markdown_shows_markup_in_sources_as_text() {
    use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
    let (dir, files) = hostile_sources();
    let md = check_in(dir.path(), &files, "markdown");
    let mut html_events = Vec::new();
    let mut strong = Vec::new();
    let mut in_strong = false;
    let mut cells_per_row = Vec::new();
    let mut links = 0;
    let mut emphasis = 0;
    let mut quote_text = String::new();
    for event in Parser::new_ext(&md, Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH) {
        match event {
            Event::Html(h) | Event::InlineHtml(h) => html_events.push(h.to_string()),
            Event::Start(Tag::Strong) => in_strong = true,
            Event::End(TagEnd::Strong) => in_strong = false,
            Event::Start(Tag::TableRow | Tag::TableHead) => cells_per_row.push(0),
            Event::Start(Tag::TableCell) => *cells_per_row.last_mut().unwrap() += 1,
            Event::Start(Tag::Link { .. } | Tag::Image { .. }) => links += 1,
            Event::Start(Tag::Emphasis | Tag::Strikethrough) => emphasis += 1,
            Event::Text(t) if in_strong => strong.push(t.to_string()),
            Event::Text(t) => quote_text.push_str(&t),
            _ => {}
        }
    }
    // The only HTML is our own footer.
    assert_eq!(html_events, ["<sub>", "</sub>"], "{md}");
    assert_eq!(links, 0, "{md}");
    assert_eq!(emphasis, 0, "{md}");
    // Every table row has its six cells, whatever `|` the text holds.
    assert!(cells_per_row.len() >= 2 && cells_per_row.iter().all(|&n| n == 6), "{cells_per_row:?}\n{md}");
    // Bold is the values (and the summary), nothing from the source's own markup.
    assert!(strong.contains(&"June 2026".to_string()) && strong.contains(&"July 2026".to_string()), "{strong:?}");
    assert!(!strong.iter().any(|s| s.contains("starred")), "{strong:?}");
    // The source's text reads as written once rendered.
    for written in [SCRIPT, IMG, "| *starred* _under_ `tick` [link](http://x)", "$5 and $6 &lt; will"] {
        assert!(quote_text.contains(written), "{written:?} not shown as text in:\n{quote_text}");
    }
    // No GitHub mention: a zero-width space follows the `@`.
    assert!(quote_text.contains("@\u{200b}octocat"));
}

#[test]
fn github_commands_escape_properties_and_data() {
    let (dir, files) = hostile_sources();
    let out = check_in(dir.path(), &files, "github");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 1, "{out}");
    let line = lines[0];
    let (head, message) = line.split_once("::").map(|(_, rest)| rest.split_once("::").unwrap()).unwrap();
    assert!(head.starts_with("error "), "{head}");
    let props: Vec<(&str, &str)> =
        head["error ".len()..].split(',').map(|p| p.split_once('=').expect("key=value")).collect();
    let keys: Vec<&str> = props.iter().map(|(k, _)| *k).collect();
    assert_eq!(keys, ["file", "line", "col", "endLine", "endColumn", "title"]);
    // `%`, `,` and `:` in the file name are escaped in the property.
    assert_eq!(props[0].1, "a 50%25%2Cx%3Ay.txt");
    assert_eq!(props[1].1, "1");
    assert_eq!(props[2].1, "34");
    assert_eq!(props[4].1, "43");
    assert_eq!(props[5].1, "month-mismatch%3A summit%2C Lisbon (month)");
    // The message names the other side; `%` is escaped in data too.
    assert!(message.contains("vs July 2026 in b.txt:1:31"), "{message}");
    assert!(!message.contains('\n') && !message.contains('\r'));
    let unescaped = message.replace("%25", "");
    assert!(!unescaped.contains('%'), "{message}");
}

#[test]
fn github_messages_list_the_other_files_escaped() {
    // The hostile file is the other side here: its name appears in the message.
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.txt"), "The leaders' summit in Lisbon in June 2026 will be short.\n").unwrap();
    fs::write(dir.path().join("b.txt"), "A summit in Lisbon in June 2026 is planned.\n").unwrap();
    fs::write(dir.path().join("c 100%\r.txt"), "The Lisbon summit planned for July 2026 was announced.\n").unwrap();
    let out = check_in(dir.path(), &["a.txt", "b.txt", "c 100%\r.txt"], "github");
    assert!(out.starts_with("::error file=c 100%25%0D.txt,"), "{out}");
    assert!(out.contains("vs June 2026 in a.txt:1:34, b.txt:1:23"), "{out}");
    assert_eq!(out.lines().count(), 1);
}

// ---------------------------------------------------------------------------
// SARIF.

/// The SARIF 2.1.0 schema: `$SARIF_SCHEMA`, else `target/sarif-schema/`
/// (where `.ci/sarif.sh` puts it).
fn sarif_schema() -> Option<serde_json::Value> {
    let path = std::env::var_os("SARIF_SCHEMA")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/target/sarif-schema/sarif-2.1.0.json")));
    let text = fs::read_to_string(&path).ok()?;
    Some(serde_json::from_str(&text).expect("the SARIF schema is JSON"))
}

fn assert_valid_sarif(validator: &jsonschema::Validator, sarif: &str) {
    let instance: serde_json::Value = serde_json::from_str(sarif).unwrap();
    let errors: Vec<String> = validator.iter_errors(&instance).map(|e| format!("{}: {e}", e.instance_path())).collect();
    assert!(errors.is_empty(), "SARIF does not validate:\n{}\n{sarif}", errors.join("\n"));
}

#[test]
fn sarif_validates_against_the_sarif_2_1_0_schema() {
    let Some(schema) = sarif_schema() else {
        println!(
            "skipped: schema not installed (set SARIF_SCHEMA or run .ci/sarif.sh, which puts it in target/sarif-schema/)"
        );
        return;
    };
    let validator = jsonschema::options().should_validate_formats(true).build(&schema).expect("schema compiles");
    assert_valid_sarif(&validator, &check("sarif"));
    assert_valid_sarif(&validator, &with_format(DRAFT, "sarif"));
    assert_valid_sarif(&validator, &with_format(FACTS, "sarif"));
    let (dir, files) = hostile_sources();
    assert_valid_sarif(&validator, &check_in(dir.path(), &files, "sarif"));
    // Absolute paths become file:// URIs.
    let abs: Vec<String> = files.iter().map(|f| dir.path().join(f).to_string_lossy().into_owned()).collect();
    let abs: Vec<&str> = abs.iter().map(String::as_str).collect();
    let sarif = check_in(dir.path(), &abs, "sarif");
    assert!(sarif.contains("\"uri\": \"file:///"), "{sarif}");
    assert_valid_sarif(&validator, &sarif);
    // No finding: still a valid log with its rules.
    fs::write(dir.path().join("quiet.txt"), "Nothing to check here.\n").unwrap();
    assert_valid_sarif(&validator, &check_in(dir.path(), &["quiet.txt"], "sarif"));
    // And the validator does reject a broken log.
    let mut broken: serde_json::Value = serde_json::from_str(&check("sarif")).unwrap();
    broken["runs"][0]["results"][0]["level"] = "fatal".into();
    assert!(!validator.is_valid(&broken));
    // Formats are checked too: a path with a space is not a URI reference.
    let mut broken: serde_json::Value = serde_json::from_str(&check("sarif")).unwrap();
    broken["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] = "a b.txt".into();
    assert!(!validator.is_valid(&broken));
}

#[test]
fn sarif_results_point_at_the_minority_claim() {
    let log: serde_json::Value = serde_json::from_str(&check("sarif")).unwrap();
    let run = &log["runs"][0];
    assert_eq!(log["version"], "2.1.0");
    assert_eq!(run["columnKind"], "unicodeCodePoints");
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    let ids: Vec<&str> = rules.iter().map(|r| r["id"].as_str().unwrap()).collect();
    let registry: Vec<&str> = crosscheck::rules::RULES.iter().map(|r| r.id()).collect();
    assert_eq!(ids, registry);
    let json: serde_json::Value = serde_json::from_str(&check("json")).unwrap();
    let results = run["results"].as_array().unwrap();
    assert_eq!(results.len(), json["findings"].as_array().unwrap().len());
    for (r, f) in results.iter().zip(json["findings"].as_array().unwrap()) {
        assert_eq!(r["partialFingerprints"]["crosscheckFindingId/v1"], f["id"]);
        assert_eq!(rules[r["ruleIndex"].as_u64().unwrap() as usize]["id"], r["ruleId"]);
        assert_eq!(r["ruleId"], f["rule"]);
        let claims = f["claims"].as_array().unwrap();
        assert_eq!(r["relatedLocations"].as_array().unwrap().len() + 1, claims.len());
    }
    // The month finding: June 2025 (wire.txt) is the side named last.
    let month = results.iter().find(|r| r["ruleId"] == "month-mismatch").unwrap();
    let loc = &month["locations"][0]["physicalLocation"];
    assert_eq!(loc["artifactLocation"]["uri"], "examples/nato-2025/wire.txt");
    assert_eq!(loc["region"]["startLine"], 14);
    assert_eq!(loc["region"]["startColumn"], 97);
    assert_eq!(loc["region"]["endColumn"], 106);
    assert_eq!(month["level"], "error");
    // The title finding: the senator (1 source) against 3 sources.
    let title = results.iter().find(|r| r["ruleId"] == "title-mismatch").unwrap();
    assert_eq!(title["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], "examples/nato-2025/overview.md");
    assert_eq!(title["relatedLocations"].as_array().unwrap().len(), 3);
}

const DRAFT: &[&str] = &["check", "examples/draft-check/draft.md", "--against", "examples/draft-check/references"];
const FACTS: &[&str] = &["check", "examples/nato-2025", "--facts", "examples/nato-2025/facts.toml"];

fn with_format(args: &[&str], format: &str) -> String {
    run(&[args, &["--format", format]].concat())
}

#[test]
fn draft_mode_points_at_the_draft_unless_the_references_quarrel() {
    let log: serde_json::Value = serde_json::from_str(&with_format(DRAFT, "sarif")).unwrap();
    let json: serde_json::Value = serde_json::from_str(&with_format(DRAFT, "json")).unwrap();
    let results = log["runs"][0]["results"].as_array().unwrap();
    let findings = json["findings"].as_array().unwrap();
    assert_eq!(results.len(), findings.len());
    let uri = |r: &serde_json::Value| r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].clone();
    for (r, f) in results.iter().zip(findings) {
        if f["references_only"] == true {
            // The lone reference that disagrees, not the draft that sides with others.
            assert_ne!(uri(r), "examples/draft-check/draft.md", "{r}");
        } else {
            assert_eq!(uri(r), "examples/draft-check/draft.md", "{r}");
        }
    }
    // Unsupported claims are warnings; the rule is described though outside the registry.
    let unsupported = results.iter().find(|r| r["ruleId"] == "unsupported-claim").unwrap();
    assert_eq!(unsupported["level"], "warning");
    let rules = log["runs"][0]["tool"]["driver"]["rules"].as_array().unwrap();
    assert_eq!(rules[unsupported["ruleIndex"].as_u64().unwrap() as usize]["id"], "unsupported-claim");
    let github = with_format(DRAFT, "github");
    assert!(github.lines().all(|l| l.starts_with("::error ") || l.starts_with("::warning ")), "{github}");
    let markdown = with_format(DRAFT, "markdown");
    assert!(markdown.contains("\nThe draft: "), "{markdown}");
    assert!(markdown.contains("**Disagreements among the references** (not the draft's)"), "{markdown}");
    let html = with_format(DRAFT, "html");
    assert!(html.contains("Disagreements among the references"));
    for f in findings {
        assert!(html.contains(&format!("data-id=\"{}\"", f["id"].as_str().unwrap())));
    }
}

#[test]
fn every_format_lists_every_draft_claim_with_its_verdict_in_one_order() {
    let json: serde_json::Value = serde_json::from_str(&with_format(DRAFT, "json")).unwrap();
    let verdicts: Vec<String> = json["draft"]["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["verdict"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(verdicts.len(), 11);
    let named = |lines: Vec<String>| -> Vec<String> {
        lines.into_iter().filter(|v| ["supported", "contradicted", "unsupported"].contains(&v.as_str())).collect()
    };
    let text = run(DRAFT);
    let listing = text.split("== The draft's claims, with their evidence ==").nth(1).expect("the listing");
    let in_text = named(listing.lines().filter_map(|l| l.split_once(": ").map(|(v, _)| v.to_string())).collect());
    assert_eq!(in_text, verdicts, "{listing}");
    let markdown = with_format(DRAFT, "markdown");
    let in_markdown = named(
        markdown
            .lines()
            .filter_map(|l| l.strip_prefix("- **").and_then(|l| l.split_once("** — ")).map(|(v, _)| v.to_string()))
            .collect(),
    );
    assert_eq!(in_markdown, verdicts, "{markdown}");
    let html = with_format(DRAFT, "html");
    let in_html: Vec<String> =
        html.split("<li class=\"verdict v-").skip(1).map(|rest| rest.split('"').next().unwrap().to_string()).collect();
    assert_eq!(in_html, verdicts);
    assert!(html.contains("<a href=\"#draft-claims\">11 claims in the draft"));
    let sarif: serde_json::Value = serde_json::from_str(&with_format(DRAFT, "sarif")).unwrap();
    let draft = &sarif["runs"][0]["properties"]["crosscheck/draft"];
    let in_sarif: Vec<&str> =
        draft["claims"].as_array().unwrap().iter().map(|c| c["verdict"].as_str().unwrap()).collect();
    assert_eq!(in_sarif, verdicts);
    assert_eq!(draft["contradicted"], json["draft"]["contradicted"]);
    // Not in a plain cross-check.
    assert!(!check("html").contains("class=\"verdicts\""));
    assert!(serde_json::from_str::<serde_json::Value>(&check("sarif")).unwrap()["runs"][0].get("properties").is_none());
}

#[test]
fn the_terminal_report_puts_the_drafts_claim_first_with_the_primary_carets() {
    let text = run(DRAFT);
    // The findings about the draft come before the references' own quarrels.
    let drafts_part = text.split("== Disagreements among the references").next().unwrap();
    let about_the_draft: Vec<&str> =
        drafts_part.split("\n\n").filter(|d| d.starts_with("error[") && d.contains("  --> ")).collect();
    assert!(about_the_draft.len() >= 2, "{text}");
    for d in about_the_draft {
        let at = d.lines().find(|l| l.trim_start().starts_with("--> ")).unwrap();
        assert!(at.contains("examples/draft-check/draft.md:"), "{d}");
        // The first annotation (under the draft's line) is the primary one.
        let is_mark = |l: &&str| l.trim_start().starts_with('|') && (l.contains("^^") || l.contains("--"));
        let first_mark = d.lines().find(is_mark).unwrap();
        assert!(first_mark.contains('^'), "{d}");
        assert_eq!(d.matches('^').count(), first_mark.matches('^').count(), "only the draft is primary:\n{d}");
    }
}

#[test]
fn trusted_facts_are_shown_and_linked() {
    let log: serde_json::Value = serde_json::from_str(&with_format(FACTS, "sarif")).unwrap();
    let stale = log["runs"][0]["results"].as_array().unwrap().iter().find(|r| r["ruleId"] == "stale-title").unwrap();
    let related = stale["relatedLocations"].as_array().unwrap();
    assert!(related
        .iter()
        .any(|l| l["physicalLocation"]["artifactLocation"]["uri"] == "examples/nato-2025/facts.toml"));
    assert!(stale["message"]["text"].as_str().unwrap().contains("Trusted fact: "));
    assert!(with_format(FACTS, "markdown").contains("Trusted facts:"));
    assert!(with_format(FACTS, "html").contains("Trusted facts"));
    assert!(with_format(FACTS, "github").contains("fact (examples/nato-2025/facts.toml:"));
}

// ---------------------------------------------------------------------------
// Every format, whatever the order of the inputs.

fn example_inputs() -> Vec<Input> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/nato-2025");
    let mut inputs: Vec<Input> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt" || e == "md") && !p.ends_with("README.md"))
        .map(|p| Input {
            path: format!("examples/nato-2025/{}", p.file_name().unwrap().to_string_lossy()),
            role: Role::Peer,
            published: None,
            text: fs::read_to_string(&p).unwrap(),
        })
        .collect();
    inputs.sort_by(|a, b| a.path.cmp(&b.path));
    inputs
}

fn all_formats(inputs: Vec<Input>) -> Vec<String> {
    let a = analyze(inputs, &Knowledge::builtin());
    vec![
        report::markdown::render(&a),
        report::html::render(&a),
        report::sarif::render(&a),
        report::github::render(&a),
        report::graph::render_dot(&a),
        report::graph::render_json(&a),
    ]
}

#[test]
fn every_format_is_independent_of_input_order() {
    let inputs = example_inputs();
    assert!(inputs.len() >= 4);
    let first = all_formats(inputs.clone());
    let mut reversed = inputs;
    reversed.reverse();
    assert_eq!(first, all_formats(reversed));
    assert!(first.iter().all(|out| !out.is_empty()));
}

#[test]
fn no_findings_still_renders_every_format() {
    let a = analyze(
        vec![Input { path: "a.txt".into(), role: Role::Peer, published: None, text: "Nothing to check.\n".into() }],
        &Knowledge::builtin(),
    );
    assert!(report::markdown::render(&a).starts_with("## crosscheck: no findings"));
    let html = report::html::render(&a);
    assert!(html.contains("No disagreement found") && !html.contains("id=\"filters\""));
    let sarif: serde_json::Value = serde_json::from_str(&report::sarif::render(&a)).unwrap();
    assert_eq!(sarif["runs"][0]["results"].as_array().unwrap().len(), 0);
    assert_eq!(report::github::render(&a), "");
}

// ---------------------------------------------------------------------------
// The claim graph.

#[test]
fn graph_json_edges_join_existing_nodes() {
    let g: serde_json::Value =
        serde_json::from_str(&run(&["graph", "examples/nato-2025", "--format", "json"])).unwrap();
    let nodes = g["nodes"].as_array().unwrap();
    let ids: std::collections::BTreeSet<&str> = nodes.iter().map(|n| n["id"].as_str().unwrap()).collect();
    assert_eq!(ids.len(), nodes.len(), "node ids are unique");
    let claims = nodes.iter().filter(|n| n["type"] == "claim").count();
    let edges = g["edges"].as_array().unwrap();
    assert_eq!(edges.iter().filter(|e| e["type"] == "asserts").count(), claims);
    assert_eq!(edges.iter().filter(|e| e["type"] == "about").count(), claims);
    for e in edges {
        assert!(ids.contains(e["from"].as_str().unwrap()) && ids.contains(e["to"].as_str().unwrap()));
    }
    // Claims in a finding say so.
    assert!(nodes
        .iter()
        .any(|n| n["findings"][0].as_str().is_some_and(|id| id.starts_with("summit-the-hague/month/"))));
}

#[test]
fn graph_dot_renders_with_graphviz_and_escapes_labels() {
    let (dir, files) = hostile_sources();
    let mut args = vec!["graph"];
    args.extend_from_slice(&files);
    let dot = run_in(dir.path(), &args);
    assert!(dot.starts_with("digraph claims {\n") && dot.ends_with("}\n"));
    // Every quote inside a label is escaped: no line has an odd number of bare quotes.
    for line in dot.lines() {
        let bare = line.replace("\\\\", "").replace("\\\"", "");
        assert_eq!(bare.matches('"').count() % 2, 0, "unbalanced quotes: {line}");
    }
    let Ok(mut child) = std::process::Command::new("dot")
        .arg("-Tsvg")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
    else {
        println!("skipped: Graphviz `dot` not installed");
        return;
    };
    use std::io::Write as _;
    child.stdin.take().unwrap().write_all(dot.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success() && out.stderr.is_empty(), "{}", String::from_utf8_lossy(&out.stderr));
    let example = run(&["graph", "examples/nato-2025"]);
    let mut child = std::process::Command::new("dot")
        .arg("-Tsvg")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(example.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success() && out.stderr.is_empty(), "{}", String::from_utf8_lossy(&out.stderr));
}
