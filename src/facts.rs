//! Trusted facts: what a newsroom has verified, with validity periods. They
//! outrank articles: a claim a fact rules out at the event's date is a
//! finding even when every source repeats it.
//!
//! ```toml
//! [[person]]
//! name = "Jane Roe"
//! aliases = ["Roe"]
//! office = [
//!   { title = "senator", from = 2011-01-03, to = 2025-01-20 },
//!   { title = "secretary of state", from = 2025-01-21 },
//! ]
//!
//! [[organisation]]
//! name = "ASEAN"
//! founded = 1949-04-04
//!
//! [[event]]
//! kind = "summit"
//! place = "Lisbon"
//! start = 2025-06-24
//! end = 2025-06-25
//! ```

use crate::knowledge::{line_col, reject_blank_strings, toml_day, FileError, Knowledge};
use chrono::NaiveDate;
use serde::Deserialize;
use toml::Spanned;

/// Where a fact stands, for the report ("facts.toml", line 12).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct FactRef {
    pub file: String,
    pub line: usize,
    pub statement: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct FactsFile {
    #[serde(default)]
    person: Vec<PersonEntry>,
    #[serde(default)]
    organisation: Vec<OrganisationEntry>,
    #[serde(default)]
    event: Vec<Spanned<EventEntry>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct PersonEntry {
    name: String,
    #[serde(default)]
    aliases: Vec<String>,
    #[serde(default)]
    office: Vec<Spanned<OfficeEntry>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct OfficeEntry {
    title: String,
    from: Option<Spanned<toml::value::Datetime>>,
    to: Option<Spanned<toml::value::Datetime>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct OrganisationEntry {
    name: String,
    #[serde(default)]
    aliases: Vec<String>,
    founded: Spanned<toml::value::Datetime>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct EventEntry {
    kind: String,
    place: String,
    start: Spanned<toml::value::Datetime>,
    end: Option<Spanned<toml::value::Datetime>>,
}

/// A period in office; open ends are unknown or ongoing.
#[derive(Clone, Debug, PartialEq)]
pub struct OfficeTerm {
    pub title: String,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub source: FactRef,
}

impl OfficeTerm {
    pub fn holds_on(&self, day: NaiveDate) -> bool {
        self.from.is_none_or(|f| f <= day) && self.to.is_none_or(|t| day <= t)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct PersonFact {
    pub name: String,
    /// Lower-case name and aliases, as subject keys are written.
    pub keys: Vec<String>,
    pub terms: Vec<OfficeTerm>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct OrganisationFact {
    pub name: String,
    pub keys: Vec<String>,
    pub founded: NaiveDate,
    pub source: FactRef,
}

#[derive(Clone, Debug, PartialEq)]
pub struct EventFact {
    pub kind: String,
    pub place: String,
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub source: FactRef,
}

/// All trusted facts of a run.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Facts {
    pub people: Vec<PersonFact>,
    pub organisations: Vec<OrganisationFact>,
    pub events: Vec<EventFact>,
}

impl Facts {
    /// Parses one facts file; `name` is how reports cite it.
    pub fn parse(name: &str, text: &str) -> Result<Facts, FileError> {
        let error = |span: std::ops::Range<usize>, message: String| FileError::at(name, text, span.start, message);
        let file: FactsFile = toml::from_str(text).map_err(|e| FileError::from_toml(name, text, &e))?;
        reject_blank_strings(name, text, None)?;
        let day = |d: &Spanned<toml::value::Datetime>| toml_day(name, text, d);
        let cite = |span: std::ops::Range<usize>, statement: String| FactRef {
            file: name.to_string(),
            line: line_col(text, span.start).0,
            statement,
        };
        let mut facts = Facts::default();
        for p in file.person {
            let mut terms = Vec::new();
            for o in &p.office {
                let entry = o.get_ref();
                let from = entry.from.as_ref().map(&day).transpose()?;
                let to = entry.to.as_ref().map(&day).transpose()?;
                if let (Some(f), Some(t)) = (from, to) {
                    if t < f {
                        return Err(error(o.span(), format!("office '{}' ends before it starts", entry.title)));
                    }
                }
                let period = match (from, to) {
                    (Some(f), Some(t)) => format!("from {f} to {t}"),
                    (Some(f), None) => format!("since {f}"),
                    (None, Some(t)) => format!("until {t}"),
                    (None, None) => "at some time".to_string(),
                };
                terms.push(OfficeTerm {
                    title: entry.title.to_lowercase(),
                    from,
                    to,
                    source: cite(o.span(), format!("{} was {} {period}", p.name, entry.title)),
                });
            }
            let keys = std::iter::once(&p.name).chain(&p.aliases).map(|n| crate::extract::words::name_key(n)).collect();
            facts.people.push(PersonFact { name: p.name, keys, terms });
        }
        for o in file.organisation {
            let founded = day(&o.founded)?;
            let keys = std::iter::once(&o.name).chain(&o.aliases).map(|n| n.to_lowercase()).collect();
            let source = cite(o.founded.span(), format!("{} was founded on {founded}", o.name));
            facts.organisations.push(OrganisationFact { name: o.name, keys, founded, source });
        }
        for e in file.event {
            let span = e.span();
            let entry = e.into_inner();
            let start = day(&entry.start)?;
            let end = entry.end.as_ref().map(&day).transpose()?.unwrap_or(start);
            if end < start {
                return Err(error(span, format!("the {} in {} ends before it starts", entry.kind, entry.place)));
            }
            let when = if start == end { format!("on {start}") } else { format!("from {start} to {end}") };
            let source = cite(span, format!("the {} in {} took place {when}", entry.kind, entry.place));
            facts.events.push(EventFact { kind: entry.kind.to_lowercase(), place: entry.place, start, end, source });
        }
        Ok(facts)
    }

    /// Checks the facts for meaning against the knowledge of the run. An
    /// event kind that is not one of the event words' kinds is an error (the
    /// fact could never match); an office not in the title lexicon or a
    /// place the knowledge does not know is a warning, returned for the
    /// caller to show: such a fact matches only what is written exactly so.
    pub fn check_meaning(&self, knowledge: &Knowledge) -> Result<Vec<FileError>, FileError> {
        let at = |source: &FactRef, message: String| FileError {
            file: source.file.clone(),
            line: source.line,
            column: 1,
            message,
        };
        for e in &self.events {
            if !knowledge.event_kinds.iter().any(|k| k.name.to_lowercase() == e.kind) {
                let hint = knowledge
                    .event_kinds
                    .iter()
                    .find(|k| k.nouns.iter().any(|n| n.to_lowercase() == e.kind))
                    .map(|k| format!("; '{}' is a word of the kind '{}'", e.kind, k.name))
                    .unwrap_or_default();
                let mut known: Vec<&str> = knowledge.event_kinds.iter().map(|k| k.name.as_str()).collect();
                known.sort_unstable();
                return Err(at(
                    &e.source,
                    format!("unknown event kind '{}'{hint} (known: {})", e.kind, known.join(", ")),
                ));
            }
        }
        let mut warnings = Vec::new();
        for term in self.people.iter().flat_map(|p| &p.terms) {
            if knowledge.office(&term.title).is_none() {
                let alias_of =
                    knowledge.offices.iter().find(|o| o.aliases.iter().any(|a| a.to_lowercase() == term.title));
                let hint =
                    alias_of.map(|o| format!("; write its canonical name '{}'", o.canonical)).unwrap_or_default();
                warnings.push(at(
                    &term.source,
                    format!("office '{}' is not in the title lexicon{hint}: no claim will match it", term.title),
                ));
            }
        }
        for e in &self.events {
            if knowledge.place(&e.place).is_none() {
                warnings.push(at(
                    &e.source,
                    format!("place '{}' is not in the known places: only events placed exactly so will match", e.place),
                ));
            }
        }
        Ok(warnings)
    }

    /// Facts of several files together.
    pub fn merge(&mut self, other: Facts) {
        self.people.extend(other.people);
        self.organisations.extend(other.organisations);
        self.events.extend(other.events);
    }

    pub fn person(&self, key: &str) -> Option<&PersonFact> {
        self.people.iter().find(|p| p.keys.iter().any(|k| k == key))
    }

    pub fn organisation(&self, key: &str) -> Option<&OrganisationFact> {
        self.organisations.iter().find(|o| o.keys.iter().any(|k| k == key))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FACTS: &str = r#"
[[person]]
name = "Jane Roe"
office = [
  { title = "senator", from = 2011-01-03, to = 2025-01-20 },
  { title = "secretary of state", from = 2025-01-21 },
]

[[organisation]]
name = "Example Alliance"
aliases = ["EA"]
founded = 1949-04-04
"#;

    #[test]
    fn offices_with_periods_and_founding_dates() {
        let f = Facts::parse("facts.toml", FACTS).unwrap();
        let roe = f.person("jane roe").unwrap();
        let day = NaiveDate::from_ymd_opt(2025, 4, 3).unwrap();
        let held: Vec<&str> = roe.terms.iter().filter(|t| t.holds_on(day)).map(|t| t.title.as_str()).collect();
        assert_eq!(held, vec!["secretary of state"]);
        assert_eq!(roe.terms[0].source.line, 5);
        assert_eq!(roe.terms[0].source.statement, "Jane Roe was senator from 2011-01-03 to 2025-01-20");
        assert_eq!(f.organisation("ea").unwrap().founded, NaiveDate::from_ymd_opt(1949, 4, 4).unwrap());
    }

    #[test]
    fn bad_dates_and_unknown_keys_name_file_line_and_column() {
        let e = Facts::parse("f.toml", "[[organisation]]\nname = \"X\"\nfounded = 1949-02-30\n").unwrap_err();
        assert_eq!((e.file.as_str(), e.line), ("f.toml", 3));
        let e = Facts::parse("f.toml", "[[organisation]]\nname = \"X\"\nfounded = \"soon\"\n").unwrap_err();
        assert_eq!(e.line, 3);
        let e = Facts::parse("f.toml", "[[person]]\nname = \"X\"\nborn = 1950-01-01\n").unwrap_err();
        assert_eq!((e.line, e.column), (3, 1));
    }

    #[test]
    fn an_event_that_ends_before_it_starts_is_an_error() {
        let text = "\n[[event]]\nkind = \"summit\"\nplace = \"Lisbon\"\nstart = 2025-06-25\nend = 2025-06-24\n";
        let e = Facts::parse("f.toml", text).unwrap_err();
        assert_eq!(e.file, "f.toml");
        assert!((2..=6).contains(&e.line), "{e}");
        assert!(e.message.contains("ends before it starts"), "{e}");
        assert!(Facts::parse("f.toml", "[[person]]\nname = \"\"\n").is_err());
    }

    #[test]
    fn facts_are_checked_for_meaning() {
        let k = Knowledge::builtin();
        let text = "[[event]]\nkind = \"ministerial\"\nplace = \"Lisbon\"\nstart = 2025-06-25\n";
        let e = Facts::parse("f.toml", text).unwrap().check_meaning(&k).unwrap_err();
        assert_eq!((e.file.as_str(), e.line), ("f.toml", 1));
        assert!(
            e.message.contains("unknown event kind 'ministerial'; 'ministerial' is a word of the kind 'meeting'"),
            "{e}"
        );
        let text = "[[person]]\nname = \"Jane Roe\"\noffice = [\n  { title = \"senator\" },\n  { title = \"grand vizier\" },\n]\n\n\
                    [[event]]\nkind = \"summit\"\nplace = \"Atlantis\"\nstart = 2025-06-25\n";
        let warnings = Facts::parse("f.toml", text).unwrap().check_meaning(&k).unwrap();
        let got: Vec<String> = warnings.iter().map(|w| w.to_string()).collect();
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(
            got[0].starts_with("f.toml:5:") && got[0].contains("office 'grand vizier' is not in the title lexicon")
        );
        assert!(got[1].starts_with("f.toml:8:") && got[1].contains("place 'Atlantis'"), "{got:?}");
        let fine = "[[event]]\nkind = \"Summit\"\nplace = \"Lisbon\"\nstart = 2025-06-25\n";
        assert!(Facts::parse("f.toml", fine).unwrap().check_meaning(&k).unwrap().is_empty());
    }
}
