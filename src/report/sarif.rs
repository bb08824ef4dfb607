//! `--format sarif`: SARIF 2.1.0 as GitHub code scanning accepts it.
//!
//! Hand-written wire types (a SARIF crate drags a schema generator into the
//! build). One run; one rule per entry of the rule registry; one result per
//! finding, located at its primary claim (the draft's, or the side with the
//! fewest sources) with every other claim in `relatedLocations`. Columns
//! count Unicode code points, as the run's `columnKind` says. In draft mode
//! the run's `crosscheck/draft` property lists every claim of the draft with
//! its verdict and evidence (supported claims are no results to raise).

use super::locate::{self, Region};
use crate::analysis::Analysis;
use crate::claim::Claim;
use crate::document::Document;
use crate::draft::DraftReport;
use crate::finding::{Finding, Severity};
use serde::Serialize;

const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";
/// The key of `partialFingerprints`: the finding id survives edits elsewhere.
const FINGERPRINT: &str = "crosscheckFindingId/v1";

#[derive(Serialize)]
struct Log<'a> {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: [Run<'a>; 1],
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Run<'a> {
    tool: Tool<'a>,
    column_kind: &'static str,
    results: Vec<SarifResult<'a>>,
    /// Draft mode: every claim of the draft with its verdict (a property
    /// bag: supported claims are no problems to raise as results).
    #[serde(skip_serializing_if = "Option::is_none")]
    properties: Option<RunProperties<'a>>,
    /// Only when inputs could not be read: a code-scanning run shows it was incomplete.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    invocations: Vec<Invocation>,
}

#[derive(Serialize)]
struct RunProperties<'a> {
    #[serde(rename = "crosscheck/draft")]
    draft: DraftProperties<'a>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct DraftProperties<'a> {
    #[serde(flatten)]
    tally: super::jsont::Tally,
    claims: Vec<DraftClaimProperties<'a>>,
}

/// One claim of the draft: where it is, its verdict, the finding that
/// reports it (its `partialFingerprints` id) and the evidence's locations.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct DraftClaimProperties<'a> {
    verdict: &'static str,
    subject: &'a str,
    attribute: &'a str,
    value: String,
    location: Location<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    finding: Option<&'a str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    supported_by: Vec<Location<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    contradicted_by: Vec<Location<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Invocation {
    execution_successful: bool,
    tool_execution_notifications: Vec<Notification>,
}

#[derive(Serialize)]
struct Notification {
    level: &'static str,
    message: Message,
    locations: Vec<NotificationLocation>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct NotificationLocation {
    physical_location: ArtifactOnly,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ArtifactOnly {
    artifact_location: ArtifactLocation,
}

#[derive(Serialize)]
struct Tool<'a> {
    driver: Driver<'a>,
}

#[derive(Serialize)]
struct Driver<'a> {
    name: &'static str,
    version: &'static str,
    rules: Vec<RuleDescriptor<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct RuleDescriptor<'a> {
    id: &'a str,
    name: String,
    short_description: Message,
    full_description: Message,
    /// GitHub code scanning requires it.
    help: Message,
    default_configuration: Configuration,
}

#[derive(Serialize)]
struct Configuration {
    level: &'static str,
}

#[derive(Serialize)]
struct Message {
    text: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult<'a> {
    rule_id: &'a str,
    rule_index: usize,
    level: &'static str,
    message: Message,
    locations: Vec<Location<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    related_locations: Vec<Location<'a>>,
    partial_fingerprints: std::collections::BTreeMap<&'static str, &'a str>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Location<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<usize>,
    physical_location: PhysicalLocation<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    message: Option<Message>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation<'a> {
    artifact_location: ArtifactLocation,
    region: SarifRegion<'a>,
}

#[derive(Serialize)]
struct ArtifactLocation {
    uri: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifRegion<'a> {
    start_line: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    start_column: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    end_line: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    end_column: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    snippet: Option<Snippet<'a>>,
}

#[derive(Serialize)]
struct Snippet<'a> {
    text: &'a str,
}

/// SARIF's `level` for a severity.
pub fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

pub fn render(analysis: &Analysis) -> String {
    // Every registered rule, then (should a finding name one outside the
    // registry) those too, so that every `ruleIndex` points at its rule.
    let mut rules: Vec<(&str, &str)> = crate::rules::RULES.iter().map(|r| (r.id(), r.description())).collect();
    for f in &analysis.findings {
        if !rules.iter().any(|(id, _)| *id == f.rule) {
            rules.push((f.rule, f.rule));
        }
    }
    let results = analysis.findings.iter().filter_map(|f| result(&analysis.documents, &rules, f)).collect();
    let log = Log {
        schema: SCHEMA,
        version: "2.1.0",
        runs: [Run {
            tool: Tool {
                driver: Driver {
                    name: env!("CARGO_PKG_NAME"),
                    version: env!("CARGO_PKG_VERSION"),
                    rules: rules.iter().map(|&(id, description)| descriptor(id, description)).collect(),
                },
            },
            column_kind: "unicodeCodePoints",
            results,
            properties: analysis.draft.as_ref().map(|d| RunProperties { draft: draft(&analysis.documents, d) }),
            invocations: skipped_notifications(&analysis.skipped),
        }],
    };
    let mut out = serde_json::to_string_pretty(&log).expect("SARIF serializes");
    out.push('\n');
    out
}

fn draft<'a>(documents: &'a [Document], report: &'a DraftReport) -> DraftProperties<'a> {
    let locations = |claims: &'a [Claim]| {
        claims.iter().map(|c| claim_location(documents, c, None, Some(escape(&c.value.describe())))).collect()
    };
    DraftProperties {
        tally: report.tally().into(),
        claims: report
            .claims
            .iter()
            .map(|dc| DraftClaimProperties {
                verdict: dc.verdict.as_str(),
                subject: &dc.claim.subject.label,
                attribute: &dc.claim.attribute,
                value: dc.claim.value.describe(),
                location: claim_location(documents, &dc.claim, None, None),
                finding: dc.finding.as_deref(),
                supported_by: locations(&dc.supported_by),
                contradicted_by: locations(&dc.contradicted_by),
            })
            .collect(),
    }
}

/// One invocation listing the inputs that could not be read, or none.
fn skipped_notifications(skipped: &[crate::analysis::Skipped]) -> Vec<Invocation> {
    if skipped.is_empty() {
        return Vec::new();
    }
    let notifications = skipped
        .iter()
        .map(|s| Notification {
            level: "warning",
            message: Message { text: escape(&format!("{}: {}; not checked", s.path, s.reason)) },
            locations: vec![NotificationLocation {
                physical_location: ArtifactOnly { artifact_location: ArtifactLocation { uri: uri(&s.path) } },
            }],
        })
        .collect();
    vec![Invocation { execution_successful: true, tool_execution_notifications: notifications }]
}

fn descriptor<'a>(id: &'a str, description: &str) -> RuleDescriptor<'a> {
    RuleDescriptor {
        id,
        name: pascal_case(id),
        short_description: Message { text: sentence(description) },
        full_description: Message { text: sentence(description) },
        help: Message {
            text: format!(
                "{} The result points at the claim to check first (the draft's, or the one with the fewest \
                 sources); the related locations are the other sides. Compare the quoted sentences with a \
                 primary source and correct the wrong one.",
                sentence(description)
            ),
        },
        // Every rule reports a proven disagreement as an error; a result
        // carries its own level when a finding is weaker.
        default_configuration: Configuration { level: "error" },
    }
}

fn result<'a>(documents: &'a [Document], rules: &[(&str, &str)], f: &'a Finding) -> Option<SarifResult<'a>> {
    let (side, primary) = locate::primary(documents, f)?;
    let others = locate::others(f, primary);
    let mut related: Vec<Location> = Vec::new();
    // Per side, links to its claims ("[wire.txt:14:97](2)"), the related ids in claim order.
    let mut links: Vec<Vec<String>> = vec![Vec::new(); f.sides.len()];
    for &(s, c) in &others {
        let id = related.len() + 1;
        let at = locate::position(&documents[c.source], c);
        links[s].push(format!("[{}]({id})", escape(&at)));
        let text = format!("{}: \"{}\" ({at})", f.sides[s].value, c.text);
        related.push(claim_location(documents, c, Some(id), Some(escape(&text))));
    }
    let mut text = format!("{}.", escape(&f.message));
    if !links[side].is_empty() {
        text.push_str(&format!(" Same value in {}.", links[side].join(", ")));
    }
    let elsewhere: Vec<String> = (0..f.sides.len())
        .filter(|&s| s != side && !links[s].is_empty())
        .map(|s| format!("{} in {}", escape(&f.sides[s].value), links[s].join(", ")))
        .collect();
    if !elsewhere.is_empty() {
        text.push_str(&format!(" Other sides: {}.", elsewhere.join("; ")));
    }
    for fact in &f.facts {
        let id = related.len() + 1;
        let at = format!("{}:{}", fact.file, fact.line);
        text.push_str(&format!(" Trusted fact: {} ([{}]({id})).", escape(&fact.statement), escape(&at)));
        related.push(Location {
            id: Some(id),
            physical_location: PhysicalLocation {
                artifact_location: ArtifactLocation { uri: uri(&fact.file) },
                region: SarifRegion {
                    start_line: fact.line.max(1),
                    start_column: None,
                    end_line: None,
                    end_column: None,
                    snippet: None,
                },
            },
            message: Some(Message { text: escape(&format!("trusted fact: {}", fact.statement)) }),
        });
    }
    Some(SarifResult {
        rule_id: f.rule,
        rule_index: rules.iter().position(|(id, _)| *id == f.rule).unwrap_or(0),
        level: level(f.severity),
        message: Message { text },
        locations: vec![claim_location(documents, primary, None, None)],
        related_locations: related,
        partial_fingerprints: [(FINGERPRINT, f.id.as_str())].into_iter().collect(),
    })
}

fn claim_location<'a>(
    documents: &'a [Document],
    c: &'a Claim,
    id: Option<usize>,
    message: Option<String>,
) -> Location<'a> {
    let doc = &documents[c.source];
    let r = Region::of(doc, c);
    Location {
        id,
        physical_location: PhysicalLocation {
            artifact_location: ArtifactLocation { uri: uri(&doc.path) },
            region: SarifRegion {
                start_line: r.start_line,
                start_column: Some(r.start_column),
                end_line: Some(r.end_line),
                end_column: Some(r.end_column),
                snippet: Some(Snippet { text: c.span.slice(&doc.original) }),
            },
        },
        message: message.map(|text| Message { text }),
    }
}

/// The path as given, as a URI reference: forward slashes, and characters
/// that a URI cannot hold percent-encoded. An absolute path becomes a
/// `file://` URI.
pub fn uri(path: &str) -> String {
    let path = path.replace('\\', "/");
    let (prefix, rest) = if path.starts_with('/') {
        ("file://", path.as_str())
    } else if path.as_bytes().get(1) == Some(&b':')
        && path.as_bytes().get(2) == Some(&b'/')
        && path.as_bytes()[0].is_ascii_alphabetic()
    {
        ("file:///", path.as_str()) // C:/dir/file.txt
    } else {
        ("", path.as_str())
    };
    let mut out = String::from(prefix);
    for (i, b) in rest.bytes().enumerate() {
        let keep = b.is_ascii_alphanumeric()
            || b"-._~/!$&'()*+,;=@".contains(&b)
            // A colon in a relative path would read as a scheme.
            || (b == b':' && !prefix.is_empty() && i == 1);
        if keep {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Message text is Markdown-like in SARIF: literal brackets and backslashes
/// are escaped so that only our own links are links.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '\\' | '[' | ']') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// "month-mismatch" → "MonthMismatch".
fn pascal_case(id: &str) -> String {
    id.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut cs = w.chars();
            cs.next().map(|f| f.to_ascii_uppercase().to_string() + cs.as_str()).unwrap_or_default()
        })
        .collect()
}

/// A description as a sentence: capitalized and ending with a period.
fn sentence(text: &str) -> String {
    let mut cs = text.trim().chars();
    let mut out: String = cs.next().map(|f| f.to_uppercase().collect::<String>() + cs.as_str()).unwrap_or_default();
    if !out.ends_with(['.', '!', '?']) {
        out.push('.');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_become_uri_references() {
        assert_eq!(uri("examples/nato-2025/wire.txt"), "examples/nato-2025/wire.txt");
        assert_eq!(uri("dir\\my article #2.txt"), "dir/my%20article%20%232.txt");
        assert_eq!(uri("/tmp/a b.txt"), "file:///tmp/a%20b.txt");
        assert_eq!(uri("C:\\x\\a.txt"), "file:///C:/x/a.txt");
        assert_eq!(uri("a:b.txt"), "a%3Ab.txt");
        assert_eq!(uri("Zürich.txt"), "Z%C3%BCrich.txt");
        assert_eq!(uri("-"), "-");
    }

    #[test]
    fn rule_names_and_descriptions() {
        assert_eq!(pascal_case("month-mismatch"), "MonthMismatch");
        assert_eq!(sentence("sources disagree"), "Sources disagree.");
        assert_eq!(sentence("Done."), "Done.");
        assert_eq!(escape("a [b] \\c"), "a \\[b\\] \\\\c");
    }
}
