//! The fact-checker's workflow: a draft against references, trusted facts,
//! project configuration, suppressions and baselines, evolving figures.

use assert_cmd::Command;
use crosscheck::config::Config;
use crosscheck::facts::Facts;
use crosscheck::finding::FindingKind;
use crosscheck::{analyze_with, Input, Knowledge, Options, Role};
use std::fs;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn crosscheck() -> Command {
    let mut cmd = Command::cargo_bin("crosscheck").unwrap();
    cmd.env("NO_COLOR", "1").current_dir(ROOT);
    cmd
}

fn json(args: &[&str]) -> serde_json::Value {
    let out = crosscheck().args(args).args(["--format", "json"]).output().unwrap();
    assert!(out.status.code().is_some_and(|c| c < 2), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

fn finding<'a>(report: &'a serde_json::Value, rule: &str) -> Vec<&'a serde_json::Value> {
    report["findings"].as_array().unwrap().iter().filter(|f| f["rule"] == rule).collect()
}

#[test]
fn every_draft_claim_gets_a_verdict() {
    let r = json(&["check", "examples/draft-check/draft.md", "--against", "examples/draft-check/references"]);
    let claims = r["draft"]["claims"].as_array().unwrap();
    assert_eq!(claims.len(), 11);
    assert_eq!(r["draft"]["contradicted"], 2);
    assert_eq!(r["draft"]["unsupported"], 3);
    assert_eq!(r["draft"]["supported"], 6);
    let verdicts: Vec<&str> = claims.iter().map(|c| c["verdict"].as_str().unwrap()).collect();
    for v in ["supported", "contradicted", "unsupported"] {
        assert_eq!(verdicts.iter().filter(|&&x| x == v).count(), r["draft"][v].as_u64().unwrap() as usize);
    }
    let ids: Vec<&str> = r["findings"].as_array().unwrap().iter().map(|f| f["id"].as_str().unwrap()).collect();
    for c in claims {
        // Every claim is the draft's, quoted where it stands, with its evidence.
        assert_eq!(c["source"], "examples/draft-check/draft.md");
        assert!(c["quote"].as_str().unwrap().contains(c["text"].as_str().unwrap()), "{c}");
        let refs = |key: &str| c[key].as_array().map_or(0, |a| a.len());
        match c["verdict"].as_str().unwrap() {
            "supported" => {
                assert!(refs("supported_by") > 0 && refs("contradicted_by") == 0 && c["finding"].is_null(), "{c}")
            }
            "contradicted" => assert!(refs("contradicted_by") > 0, "{c}"),
            _ => {
                let looked_for = c["looked_for"].as_str().unwrap();
                assert!(looked_for.starts_with("the ") || looked_for.starts_with("a mention of "), "{c}")
            }
        }
        for r in c["supported_by"].as_array().into_iter().chain(c["contradicted_by"].as_array()).flatten() {
            assert!(r["source"].as_str().unwrap().starts_with("examples/draft-check/references/"), "{r}");
        }
        if c["verdict"] != "supported" {
            assert!(ids.contains(&c["finding"].as_str().unwrap()), "{c}");
        }
    }
    // The wrong title is contradicted by the references that name the right one.
    let berg = claims.iter().find(|c| c["subject"] == "Jonas Berg").unwrap();
    assert_eq!(berg["verdict"], "contradicted");
    assert_eq!(berg["contradicted_by"][0]["value"]["canonical"], "energy minister");
    // Contradicted: the draft's claim is quoted first.
    let title = finding(&r, "title-mismatch");
    assert_eq!(title.len(), 1);
    assert_eq!(title[0]["claims"][0]["source"], "examples/draft-check/draft.md");
    assert_eq!(title[0]["claims"][0]["text"], "Prime Minister");
    assert!(title[0]["message"].as_str().unwrap().contains("energy minister (2 references)"));
    let month = finding(&r, "month-mismatch");
    assert_eq!(month[0]["claims"][0]["text"], "October 2027");
    // Unsupported: warnings naming the draft's claim.
    let unsupported = finding(&r, "unsupported-claim");
    let mut texts: Vec<&str> = unsupported.iter().map(|f| f["claims"][0]["text"].as_str().unwrap()).collect();
    texts.sort_unstable();
    assert_eq!(
        texts,
        vec![
            "Baltic Cable Partners will build the converter stations at both ends",
            "Lithuanian Energy Minister",
            "€1.2 billion"
        ]
    );
    // "The two-day summit on 12–13 May": the span the references support
    // spells out the duration.
    let two_day = claims.iter().find(|c| c["text"] == "two-day").unwrap();
    assert_eq!(two_day["verdict"], "supported");
    assert!(unsupported.iter().all(|f| f["kind"] == "unsupported" && f["severity"] == "warning"));
    // A quarrel among the references is not blamed on the draft.
    let weekday = finding(&r, "weekday-mismatch");
    assert_eq!(weekday[0]["references_only"], true);
}

#[test]
fn references_only_view_and_tally_line() {
    let out = crosscheck()
        .args([
            "check",
            "examples/draft-check/draft.md",
            "--against",
            "examples/draft-check/references",
            "--references-only",
        ])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("weekday-mismatch"));
    assert!(!text.contains("title-mismatch"));
    assert!(text.ends_with("11 claims in the draft: 6 supported, 2 contradicted, 3 unsupported\n"), "{text}");
}

#[test]
fn facts_find_a_stale_title_and_a_wrong_anniversary() {
    let r = json(&["check", "examples/nato-2025", "--facts", "examples/nato-2025/facts.toml"]);
    let stale = finding(&r, "stale-title");
    assert_eq!(stale.len(), 1);
    assert_eq!(stale[0]["kind"], "stale");
    assert_eq!(stale[0]["claims"][0]["text"], "U.S. Senator");
    assert_eq!(stale[0]["facts"][0]["file"], "examples/nato-2025/facts.toml");
    assert_eq!(stale[0]["facts"][0]["line"], 7);
    let anniversary = finding(&r, "anniversary-fact");
    assert_eq!(anniversary.len(), 1);
    assert!(anniversary[0]["message"].as_str().unwrap().contains("76th anniversary, not its 75th"));
    let event = finding(&r, "event-fact");
    assert_eq!(event[0]["claims"].as_array().unwrap().len(), 2, "both July mentions");
}

#[test]
fn suppressions_hide_findings_and_stale_ones_are_reported() {
    let r = json(&["check", "examples/nato-2025"]);
    let id = r["findings"][0]["id"].as_str().unwrap().to_string();
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("crosscheck.toml");
    fs::write(
        &config,
        format!("[[suppress]]\nid = \"{id}\"\nreason = \"reviewed\"\n\n[[suppress]]\nid = \"gone/month/000000\"\nreason = \"old\"\n"),
    )
    .unwrap();
    let cfg = config.to_str().unwrap();
    let r2 = json(&["check", "examples/nato-2025", "--config", cfg]);
    assert_eq!(r2["stats"]["findings"], r["stats"]["findings"].as_u64().unwrap() - 1);
    assert_eq!(r2["stats"]["suppressed"], 1);
    assert_eq!(r2["stale_suppressions"][0]["id"], "gone/month/000000");
    assert_eq!(r2["stale_suppressions"][0]["line"], 5);
    let text = crosscheck().args(["check", "examples/nato-2025", "--config", cfg]).output().unwrap();
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(text.contains("stale suppression gone/month/000000"), "{text}");
    assert!(text.contains("1 suppressed"));
}

#[test]
fn a_baseline_accepts_every_current_finding() {
    let dir = tempfile::tempdir().unwrap();
    let baseline = dir.path().join("baseline.toml");
    crosscheck().args(["baseline", "examples/nato-2025", "--by", "desk", "-o"]).arg(&baseline).assert().code(0);
    let written = fs::read_to_string(&baseline).unwrap();
    assert!(written.contains("by = \"desk\""));
    crosscheck().args(["check", "examples/nato-2025", "--suppressions"]).arg(&baseline).assert().code(0);
}

#[test]
fn config_errors_name_file_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("crosscheck.toml");
    fs::write(&config, "fail-on = \"error\"\n[rules.month-mismatch]\nseverity = \"loud\"\n").unwrap();
    let out = crosscheck().args(["check", "examples/nato-2025", "--config"]).arg(&config).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains(&format!("{}:3:12", config.display())), "{err}");
    // Found upward from the working directory.
    fs::write(&config, "[[suppress]]\nid = \"x\"\nreason = \"r\"\ndate = 2026-02-30\n").unwrap();
    let sub = dir.path().join("a/b");
    fs::create_dir_all(&sub).unwrap();
    fs::write(sub.join("t.txt"), "Nothing.\n").unwrap();
    let out = Command::cargo_bin("crosscheck").unwrap().current_dir(&sub).args(["check", "t.txt"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("crosscheck.toml:4:8"));
}

#[test]
fn severity_and_fail_on_from_config() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("crosscheck.toml");
    fs::write(&config, "[rules.month-mismatch]\nseverity = \"info\"\n[rules.title-mismatch]\nseverity = \"warning\"\n")
        .unwrap();
    crosscheck().args(["check", "examples/nato-2025", "--config"]).arg(&config).assert().code(0);
    fs::write(&config, "fail-on = \"warning\"\n[rules.title-mismatch]\nseverity = \"warning\"\n[rules.month-mismatch]\nseverity = \"warning\"\n").unwrap();
    crosscheck().args(["check", "examples/nato-2025", "--config"]).arg(&config).assert().code(1);
}

fn tolls(a_date: &str, b_date: &str, a: &str, b: &str) -> Vec<(FindingKind, String)> {
    let input = |path: &str, date: &str, text: &str| Input {
        path: path.into(),
        role: Role::Peer,
        text: format!("Published: {date}\n\n{text}\n"),
        published: None,
    };
    let (k, f, c) = (Knowledge::builtin(), Facts::default(), Config::default());
    let analysis = analyze_with(
        vec![input("a.txt", a_date, a), input("b.txt", b_date, b)],
        Options { knowledge: &k, facts: &f, config: &c },
        &|| {},
    );
    analysis.findings.iter().map(|f| (f.kind, f.message.clone())).collect()
}

#[test]
fn a_later_larger_toll_is_an_update_not_a_contradiction() {
    let a = "Fourteen people were killed in Kharkiv.";
    let b = "The death toll in Kharkiv rose to 21.";
    let found = tolls("2026-03-01", "2026-03-02", a, b);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].0, FindingKind::Update);
    assert_eq!(
        found[0].1,
        "the deaths in Kharkiv grew as reports came in: 14 deaths (2026-03-01) → 21 deaths (2026-03-02)"
    );
    // "At least 14" and 21 agree: nothing to report.
    assert!(tolls("2026-03-01", "2026-03-02", "At least 14 people were killed in Kharkiv.", b).is_empty());
    // Same day: the figures contradict.
    let found = tolls("2026-03-02", "2026-03-02", "Exactly 14 people were killed in Kharkiv.", b);
    assert_eq!(found[0].0, FindingKind::Contradiction);
    // A later, smaller figure is no update.
    let found = tolls("2026-03-03", "2026-03-02", "Exactly 14 people were killed in Kharkiv.", b);
    assert_eq!(found[0].0, FindingKind::Contradiction);
}

#[test]
fn money_restated_in_another_currency_is_checked_only_with_rates() {
    let text = |amount: &str| format!("The Commission pledged {amount} in grid investment for 2026.");
    let inputs = || {
        vec![
            Input { path: "a.txt".into(), role: Role::Peer, text: text("€4.5 billion"), published: None },
            Input { path: "b.txt".into(), role: Role::Peer, text: text("$9 billion"), published: None },
        ]
    };
    let (k, f) = (Knowledge::builtin(), Facts::default());
    let plain = Config::default();
    let none = analyze_with(inputs(), Options { knowledge: &k, facts: &f, config: &plain }, &|| {});
    assert!(none.findings.is_empty());
    let mut with_rates = Config::default();
    with_rates.money.restatement_tolerance = 0.15;
    with_rates.money.rates.insert("EUR".into(), 1.08);
    with_rates.money.rates.insert("USD".into(), 1.0);
    let found = analyze_with(inputs(), Options { knowledge: &k, facts: &f, config: &with_rates }, &|| {});
    assert_eq!(found.findings.len(), 1);
}

fn peers(texts: &[(&str, &str)]) -> Vec<Input> {
    texts
        .iter()
        .map(|&(path, text)| Input { path: path.into(), role: Role::Peer, text: text.into(), published: None })
        .collect()
}

fn findings_with(inputs: Vec<Input>, config: &Config) -> crosscheck::Analysis {
    let (k, f) = (Knowledge::builtin(), Facts::default());
    analyze_with(inputs, Options { knowledge: &k, facts: &f, config }, &|| {})
}

/// Four outlets on one summit: two say June, one July, one August.
fn summit(c_month: &str, lead: &str) -> Vec<Input> {
    let c = format!("{lead}The Lisbon summit, set for {c_month} 2026, was announced by the hosts.");
    peers(&[
        ("a.txt", "The leaders' summit in Lisbon in June 2026 will be short."),
        ("b.txt", "A summit in Lisbon in July 2026 is planned."),
        ("c.txt", &c),
        ("d.txt", "Officials said the summit in Lisbon in June 2026 would be brief."),
    ])
}

#[test]
fn correcting_one_source_keeps_the_id_of_another_disagreement() {
    let before = findings_with(summit("August", ""), &Config::default());
    assert_eq!(before.findings.len(), 1, "{:?}", before.findings);
    // c.txt corrects August to June: b.txt's July still disagrees, under the same id.
    let after = findings_with(summit("June", ""), &Config::default());
    assert_eq!(after.findings.len(), 1);
    assert_eq!(before.findings[0].id, after.findings[0].id);
    assert_ne!(before.findings[0].message, after.findings[0].message);
}

#[test]
fn a_baseline_written_before_an_unrelated_edit_still_matches() {
    let before = findings_with(summit("August", ""), &Config::default());
    let baseline = crosscheck::config::baseline(&before.findings, Some("desk"), None);
    let config = Config::parse("baseline.toml", &baseline, &[]).unwrap();
    // c.txt is corrected and gains a paragraph at the top: every offset moves.
    let after = findings_with(summit("June", "Updated with the hosts' statement.\n\n"), &config);
    assert!(after.findings.is_empty(), "{:?}", after.findings);
    assert_eq!(after.suppressed.len(), 1);
    assert!(after.stale_suppressions.is_empty(), "{:?}", after.stale_suppressions);
}

#[test]
fn unsupported_claims_take_their_severity_from_the_config() {
    let draft = ["check", "examples/draft-check/draft.md", "--against", "examples/draft-check/references"];
    let r = json(&draft);
    assert!(finding(&r, "unsupported-claim").iter().all(|f| f["severity"] == "warning"));
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("crosscheck.toml");
    fs::write(&config, "[rules.unsupported-claim]\nseverity = \"error\"\n").unwrap();
    let mut args = draft.to_vec();
    args.extend(["--config", config.to_str().unwrap()]);
    let r = json(&args);
    let unsupported = finding(&r, "unsupported-claim");
    assert!(!unsupported.is_empty() && unsupported.iter().all(|f| f["severity"] == "error"), "{unsupported:?}");
    // Lowered to info (with the draft's contradictions), nothing fails a run at --fail-on warning.
    fs::write(&config, "[rules.unsupported-claim]\nseverity = \"info\"\n[rules.title-mismatch]\nseverity = \"info\"\n[rules.month-mismatch]\nseverity = \"info\"\n[rules.weekday-mismatch]\nseverity = \"info\"\n").unwrap();
    crosscheck().args(draft).arg("--config").arg(&config).args(["--fail-on", "warning"]).assert().code(0);
}

#[test]
fn a_deputy_is_not_the_office_holder() {
    let out = crosscheck().args(["values", "-"]).write_stdin("Deputy Mayor Jane Roe spoke.\n").output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("Deputy Mayor = deputy mayor [title]"), "{text}");
    // A draft that calls the mayor a deputy mayor is contradicted, not supported.
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("refs")).unwrap();
    fs::write(dir.path().join("draft.md"), "Deputy Mayor Jane Roe opened the new bridge in Utrecht on Friday.\n")
        .unwrap();
    fs::write(dir.path().join("refs/a.txt"), "Mayor Jane Roe opened the new bridge in Utrecht on Friday.\n").unwrap();
    fs::write(dir.path().join("refs/b.txt"), "The bridge was opened by Mayor Jane Roe, who cut the ribbon.\n").unwrap();
    let out = Command::cargo_bin("crosscheck")
        .unwrap()
        .current_dir(dir.path())
        .args(["check", "draft.md", "--against", "refs", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let r: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let title = finding(&r, "title-mismatch");
    assert_eq!(title.len(), 1, "{r}");
    assert_eq!(title[0]["claims"][0]["source"], "draft.md");
    assert_eq!(r["draft"]["contradicted"], 1);
    assert_eq!(r["draft"]["supported"], 0);
}
