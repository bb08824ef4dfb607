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
    money: Option<MoneyFile>,
    max_file_size: Option<Spanned<FileSize>>,
    knowledge: Option<KnowledgeFile>,
    #[serde(default)]
    suppress: Vec<Spanned<SuppressEntry>>,
}

/// A suppression file: `[[suppress]]` entries and nothing else.
#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct SuppressionFile {
    #[serde(default)]
    suppress: Vec<Spanned<SuppressEntry>>,
}

/// `[money]` as written, with positions for the error messages.
#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct MoneyFile {
    restatement_tolerance: Option<Spanned<f64>>,
    #[serde(default)]
    rates: BTreeMap<String, Spanned<f64>>,
}

/// `max-file-size = 16777216` or `"16 MiB"`.
#[derive(Deserialize)]
#[serde(untagged)]
enum FileSize {
    Bytes(u64),
    Text(String),
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
    /// Sources larger than this many bytes are refused (`max-file-size`).
    pub max_file_size: Option<u64>,
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
        crate::knowledge::reject_blank_strings(name, text, Some("knowledge"))?;
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
        let suppressions = suppressions(name, text, file.suppress)?;
        let money = match file.money {
            Some(m) => money_policy(name, text, m)?,
            None => MoneyPolicy { restatement_tolerance: default_tolerance(), rates: BTreeMap::new() },
        };
        let max_file_size = match file.max_file_size {
            Some(size) => {
                let bytes = match size.get_ref() {
                    FileSize::Bytes(n) => Ok(*n),
                    FileSize::Text(t) => parse_size(t),
                }
                .and_then(|n| {
                    if n == 0 {
                        Err("the size limit must be above 0".to_string())
                    } else {
                        Ok(n)
                    }
                });
                Some(bytes.map_err(|m| error(size.span(), format!("max-file-size: {m}")))?)
            }
            None => None,
        };
        Ok(Config {
            fail_on: file.fail_on,
            severity,
            evolving: file.evolving.into_iter().map(|e| e.to_lowercase()).collect(),
            money,
            knowledge: file.knowledge,
            max_file_size,
            suppressions,
            fact_files: file.facts,
            suppression_files: file.suppressions,
        })
    }

    /// Parses a suppression file: `[[suppress]]` entries only; any other
    /// key is an error naming it (a config key here would be ignored).
    pub fn parse_suppressions(name: &str, text: &str) -> Result<Vec<Suppression>, FileError> {
        let file: SuppressionFile = toml::from_str(text).map_err(|e| {
            let mut error = FileError::from_toml(name, text, &e);
            if error.message.starts_with("unknown field") {
                error.message =
                    format!("{} (a suppression file holds only [[suppress]] entries)", error.message.trim_end());
            }
            error
        })?;
        suppressions(name, text, file.suppress)
    }

    /// Whether figures of `attribute` may grow between sources of different dates.
    pub fn is_evolving(&self, attribute: &str) -> bool {
        BUILTIN_EVOLVING.contains(&attribute) || self.evolving.iter().any(|e| e == attribute)
    }
}

fn suppressions(name: &str, text: &str, entries: Vec<Spanned<SuppressEntry>>) -> Result<Vec<Suppression>, FileError> {
    let mut out = Vec::new();
    for s in entries {
        let span = s.span();
        let entry = s.into_inner();
        let date = entry.date.as_ref().map(|d| toml_day(name, text, d)).transpose()?;
        out.push(Suppression {
            id: entry.id,
            reason: entry.reason,
            by: entry.by,
            date,
            file: name.to_string(),
            line: line_col(text, span.start).0,
        });
    }
    Ok(out)
}

/// Rates must be positive and finite, the tolerance finite and not negative:
/// a rate of 0 or NaN would turn a correct conversion into a false finding.
fn money_policy(name: &str, text: &str, m: MoneyFile) -> Result<MoneyPolicy, FileError> {
    let error = |span: std::ops::Range<usize>, message: String| FileError::at(name, text, span.start, message);
    let restatement_tolerance = match m.restatement_tolerance {
        Some(t) if !t.get_ref().is_finite() || *t.get_ref() < 0.0 => {
            return Err(error(
                t.span(),
                format!("restatement-tolerance must be a finite number of at least 0, not {}", t.get_ref()),
            ));
        }
        Some(t) => t.into_inner(),
        None => default_tolerance(),
    };
    let mut rates = BTreeMap::new();
    for (currency, rate) in m.rates {
        if !rate.get_ref().is_finite() || *rate.get_ref() <= 0.0 {
            return Err(error(
                rate.span(),
                format!("the rate of {currency} must be a finite number above 0, not {}", rate.get_ref()),
            ));
        }
        rates.insert(currency, rate.into_inner());
    }
    Ok(MoneyPolicy { restatement_tolerance, rates })
}

/// A size in bytes: `16777216`, `512K`, `16M`, `16 MiB`, `1G` (multiples of 1024).
pub fn parse_size(text: &str) -> Result<u64, String> {
    let t = text.trim();
    let digits = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let (number, unit) = t.split_at(digits);
    let number: u64 = number.parse().map_err(|_| format!("'{text}' is not a size like 16M or 16777216"))?;
    let shift = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 0,
        "k" | "kb" | "kib" => 10,
        "m" | "mb" | "mib" => 20,
        "g" | "gb" | "gib" => 30,
        _ => return Err(format!("'{text}' is not a size like 16M or 16777216 (units: K, M, G)")),
    };
    number.checked_mul(1 << shift).ok_or_else(|| format!("'{text}' is too large"))
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
    fn money_rates_and_tolerance_must_be_sensible() {
        for (money, line) in [
            ("rates = { EUR = 0.0 }", 3),
            ("rates = { EUR = nan }", 3),
            ("rates = { EUR = -1.08 }", 3),
            ("rates = { EUR = 1.08 }\nrestatement-tolerance = nan", 4),
            ("rates = { EUR = 1.08 }\nrestatement-tolerance = -0.1", 4),
        ] {
            let text = format!("\n[money]\n{money}\n");
            let e = Config::parse("c.toml", &text, RULES).unwrap_err();
            assert_eq!((e.file.as_str(), e.line), ("c.toml", line), "{money}: {e}");
        }
        let ok = Config::parse("c.toml", "[money]\nrates = { EUR = 1.08, USD = 1 }\n", RULES).unwrap();
        assert_eq!(ok.money.rates["USD"], 1.0);
        assert_eq!(ok.money.restatement_tolerance, 0.15);
    }

    #[test]
    fn blank_knowledge_words_in_the_config_are_errors() {
        let e = Config::parse("c.toml", "[knowledge]\noffice = [{ canonical = \"whip\", aliases = [\"\"] }]\n", RULES)
            .unwrap_err();
        assert_eq!(e.line, 2);
        assert!(e.message.contains("`aliases` is empty or blank"), "{}", e.message);
        // Outside [knowledge] an empty string is not a lexicon word.
        assert!(Config::parse("c.toml", "evolving = []\n[[suppress]]\nid = \"x\"\nreason = \"\"\n", RULES).is_ok());
    }

    #[test]
    fn a_suppression_file_holds_suppressions_only() {
        let e =
            Config::parse_suppressions("s.toml", "[[suppress]]\nid = \"x\"\nreason = \"r\"\n\nfail-on = \"info\"\n")
                .unwrap_err();
        assert_eq!(e.file, "s.toml");
        assert!(e.message.contains("fail-on"), "{}", e.message);
        let s = Config::parse_suppressions("s.toml", "[[suppress]]\nid = \"x\"\nreason = \"r\"\n").unwrap();
        assert_eq!((s[0].id.as_str(), s[0].line), ("x", 1));
    }

    #[test]
    fn sizes() {
        assert_eq!(parse_size("16M"), Ok(16 << 20));
        assert_eq!(parse_size("16 MiB"), Ok(16 << 20));
        assert_eq!(parse_size("512k"), Ok(512 << 10));
        assert_eq!(parse_size("100"), Ok(100));
        assert!(parse_size("16 parsecs").is_err() && parse_size("").is_err() && parse_size("-1").is_err());
        let c = Config::parse("c.toml", "max-file-size = \"1M\"\n", RULES).unwrap();
        assert_eq!(c.max_file_size, Some(1 << 20));
        assert_eq!(Config::parse("c.toml", "max-file-size = 0\n", RULES).unwrap_err().line, 1);
    }

    #[test]
    fn baselines_parse_back() {
        let b = baseline(&[], Some("desk"), NaiveDate::from_ymd_opt(2026, 1, 1));
        assert!(Config::parse("b.toml", &b, RULES).unwrap().suppressions.is_empty());
    }
}
