//! Project configuration (`crosscheck.toml`): lexicon extensions, rule
//! severities, evolving figures, money restatement, facts and suppressions.
//!
//! Parsing is pure; finding the file (upward from the working directory) and
//! reading it is the command line's job. Unknown keys, bad dates and
//! malformed TOML are errors naming the file, line and column.
//!
//! ```toml
//! fail-on = "warning"
//! evolving = ["death toll"]
//! facts = ["facts.toml"]
//! suppressions = ["crosscheck-baseline.toml"]
//!
//! [rules.weekday-mismatch]
//! severity = "warning"
//!
//! [rules.unsupported-claim]
//! severity = "error"
//!
//! [money]
//! restatement-tolerance = 0.15
//! rates = { EUR = 1.08, USD = 1.0 }
//!
//! [knowledge]
//! office = [{ canonical = "chief whip", aliases = ["whip"] }]
//!
//! [[suppress]]
//! id = "summit-lisbon/month/3f2a9c"
//! reason = "the organisers moved the date; both reports were right at the time"
//! by = "desk@example.org"
//! date = 2026-05-02
//! ```

use crate::draft::UNSUPPORTED_RULE;
use crate::finding::Severity;
use crate::knowledge::{line_col, toml_day, FileError, KnowledgeFile};
use chrono::NaiveDate;
use serde::Deserialize;
use std::collections::BTreeMap;
use toml::Spanned;

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct ConfigFile {
    fail_on: Option<Severity>,
    #[serde(default)]
    evolving: Vec<String>,
    #[serde(default)]
    facts: Vec<String>,
    #[serde(default)]
    suppressions: Vec<String>,
    #[serde(default)]
    rules: BTreeMap<Spanned<String>, RuleSettings>,
    money: Option<MoneyPolicy>,
    knowledge: Option<KnowledgeFile>,
    #[serde(default)]
    suppress: Vec<Spanned<SuppressEntry>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RuleSettings {
    severity: Severity,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct SuppressEntry {
    id: String,
    reason: String,
    by: Option<String>,
    date: Option<Spanned<toml::value::Datetime>>,
}

/// Comparing money across currencies: only with rates the newsroom gives,
/// and only within a tolerance, since restatements are rounded at the
/// day's rate.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct MoneyPolicy {
    /// Relative tolerance for a figure restated in another currency (0.15 = 15%).
    #[serde(default = "default_tolerance")]
    pub restatement_tolerance: f64,
    /// Value of one unit of each currency in a common unit.
    #[serde(default)]
    pub rates: BTreeMap<String, f64>,
}

fn default_tolerance() -> f64 {
    0.15
}

/// A reviewed and accepted finding.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Suppression {
    pub id: String,
    pub reason: String,
    pub by: Option<String>,
    pub date: Option<NaiveDate>,
    /// Where it was written, for the stale-suppression message.
    pub file: String,
    pub line: usize,
}

/// Everything a run takes from configuration.
#[derive(Clone, Debug, Default)]
pub struct Config {
    pub fail_on: Option<Severity>,
    pub severity: BTreeMap<String, Severity>,
    /// Attributes whose figures legitimately grow (tolls, running totals).
    pub evolving: Vec<String>,
    pub money: MoneyPolicy,
    pub knowledge: Option<KnowledgeFile>,
    pub suppressions: Vec<Suppression>,
    /// Facts and suppression files named by the config, relative to it.
    pub fact_files: Vec<String>,
    pub suppression_files: Vec<String>,
}

/// Attributes that grow over time unless the config says otherwise.
pub const BUILTIN_EVOLVING: &[&str] = &["toll", "running total"];

impl Config {
    /// Parses a config (or a suppression file, which is a config with only
    /// `[[suppress]]` entries). `rule_ids` are the known rules; the draft
    /// review's `unsupported-claim` is known too.
    pub fn parse(name: &str, text: &str, rule_ids: &[&str]) -> Result<Config, FileError> {
        let error = |span: std::ops::Range<usize>, message: String| FileError::at(name, text, span.start, message);
        let file: ConfigFile = toml::from_str(text).map_err(|e| FileError::from_toml(name, text, &e))?;
        let mut known = rule_ids.to_vec();
        if !known.contains(&UNSUPPORTED_RULE) {
            known.push(UNSUPPORTED_RULE);
        }
        let mut severity = BTreeMap::new();
        for (rule, settings) in file.rules {
            if !known.contains(&rule.get_ref().as_str()) {
                return Err(error(
                    rule.span(),
                    format!("unknown rule '{}' (known: {})", rule.get_ref(), known.join(", ")),
                ));
            }
            severity.insert(rule.into_inner(), settings.severity);
        }
        let mut suppressions = Vec::new();
        for s in file.suppress {
            let span = s.span();
            let entry = s.into_inner();
            let date = entry.date.as_ref().map(|d| toml_day(name, text, d)).transpose()?;
            suppressions.push(Suppression {
                id: entry.id,
                reason: entry.reason,
                by: entry.by,
                date,
                file: name.to_string(),
                line: line_col(text, span.start).0,
            });
        }
        Ok(Config {
            fail_on: file.fail_on,
            severity,
            evolving: file.evolving.into_iter().map(|e| e.to_lowercase()).collect(),
            money: file
                .money
                .unwrap_or(MoneyPolicy { restatement_tolerance: default_tolerance(), rates: BTreeMap::new() }),
            knowledge: file.knowledge,
            suppressions,
            fact_files: file.facts,
            suppression_files: file.suppressions,
        })
    }

    /// Whether figures of `attribute` may grow between sources of different dates.
    pub fn is_evolving(&self, attribute: &str) -> bool {
        BUILTIN_EVOLVING.contains(&attribute) || self.evolving.iter().any(|e| e == attribute)
    }
}

/// Writes suppressions for `findings` in the `[[suppress]]` layout.
pub fn baseline(findings: &[crate::finding::Finding], by: Option<&str>, date: Option<NaiveDate>) -> String {
    let mut out = String::from(
        "# Findings reviewed and accepted as they stand (written by `crosscheck baseline`).\n\
         # Each entry hides one finding by id; edit the reason as you review them.\n",
    );
    for f in findings {
        out.push_str("\n[[suppress]]\n");
        out.push_str(&format!("id = {}\n", toml_string(&f.id)));
        out.push_str(&format!("reason = {}\n", toml_string(&format!("baseline: {}", f.message))));
        if let Some(by) = by {
            out.push_str(&format!("by = {}\n", toml_string(by)));
        }
        if let Some(date) = date {
            out.push_str(&format!("date = {date}\n"));
        }
    }
    out
}

fn toml_string(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    const RULES: &[&str] = &["month-mismatch", "weekday-mismatch"];

    #[test]
    fn a_full_config() {
        let text = r#"
fail-on = "warning"
evolving = ["Death Toll"]

[rules.weekday-mismatch]
severity = "info"

[money]
rates = { EUR = 1.08, USD = 1.0 }

[knowledge]
office = [{ canonical = "chief whip", aliases = ["whip"] }]

[[suppress]]
id = "summit-lisbon/month/3f2a9c"
reason = "moved date"
date = 2026-05-02
"#;
        let c = Config::parse("crosscheck.toml", text, RULES).unwrap();
        assert_eq!(c.fail_on, Some(Severity::Warning));
        assert_eq!(c.severity["weekday-mismatch"], Severity::Info);
        assert!(c.is_evolving("death toll") && c.is_evolving("toll") && !c.is_evolving("date"));
        assert_eq!(c.money.rates["EUR"], 1.08);
        assert_eq!(c.money.restatement_tolerance, 0.15);
        assert_eq!(c.suppressions[0].line, 14);
        assert_eq!(c.knowledge.unwrap().office[0].canonical, "chief whip");
    }

    #[test]
    fn errors_name_file_line_and_column() {
        let e = Config::parse("c.toml", "fail-on = \"error\"\ncolour = 1\n", RULES).unwrap_err();
        assert_eq!((e.file.as_str(), e.line, e.column), ("c.toml", 2, 1));
        let e = Config::parse("c.toml", "[rules.no-such-rule]\nseverity = \"info\"\n", RULES).unwrap_err();
        assert_eq!(e.line, 1);
        assert!(e.message.contains("unknown rule 'no-such-rule'"), "{}", e.message);
        let e = Config::parse("c.toml", "[[suppress]]\nid = \"x\"\nreason = \"r\"\ndate = 2026-02-30\n", RULES)
            .unwrap_err();
        assert_eq!(e.line, 4);
        let e = Config::parse("c.toml", "fail-on = \"sometimes\"\n", RULES).unwrap_err();
        assert_eq!(e.line, 1);
        let e = Config::parse("c.toml", "[rules\n", RULES).unwrap_err();
        assert_eq!(e.line, 1);
    }

    #[test]
    fn the_draft_review_rule_is_configured_like_the_others() {
        let c = Config::parse("c.toml", "[rules.unsupported-claim]\nseverity = \"error\"\n", RULES).unwrap();
        assert_eq!(c.severity["unsupported-claim"], Severity::Error);
        let e = Config::parse("c.toml", "[rules.unsupported]\nseverity = \"error\"\n", RULES).unwrap_err();
        assert!(e.message.ends_with("(known: month-mismatch, weekday-mismatch, unsupported-claim)"), "{}", e.message);
    }

    #[test]
    fn baselines_parse_back() {
        let b = baseline(&[], Some("desk"), NaiveDate::from_ymd_opt(2026, 1, 1));
        assert!(Config::parse("b.toml", &b, RULES).unwrap().suppressions.is_empty());
    }
}
