//! Knowledge that is not grammar: offices and their aliases, organisations,
//! places, event words. It ships as TOML files built into the binary and is
//! extended by the user's own files with the same layout, so that teaching
//! crosscheck a new office or city never needs a code change.

pub mod measures;

use aho_corasick::automaton::Automaton;
use aho_corasick::dfa::DFA;
use aho_corasick::{Anchored, MatchKind, StartKind};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};

/// One office of the title lexicon.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Office {
    pub canonical: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    /// A bare word ("Minister") that fits any office containing it.
    #[serde(default)]
    pub generic: bool,
    /// May be written in lower case before a name ("spokesperson Jane Roe").
    #[serde(default)]
    pub lowercase: bool,
    #[serde(default)]
    pub may_hold_with: Vec<String>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Equivalent {
    pub offices: Vec<String>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Organisation {
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    /// The canonical office of the organisation's chief.
    #[serde(default)]
    pub head: Option<String>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Place {
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub kind: Option<String>,
}

/// Words that name one thing: `means` are read as `word` in subject keys.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Synonym {
    pub word: String,
    pub means: Vec<String>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct EventKind {
    pub name: String,
    pub nouns: Vec<String>,
    /// Verbs and verb phrases that report the event happening ("landed",
    /// "went on sale", "cast their ballots").
    #[serde(default)]
    pub verbs: Vec<String>,
    /// An event that lasts days or weeks (a flood, a strike, a trial): a
    /// day it is mentioned on is a day during it, and only its start and
    /// end can be compared.
    #[serde(default)]
    pub lasting: bool,
    /// A contest that ends in a score: a match, a final, a tournament.
    #[serde(default)]
    pub contest: bool,
}

/// The layout shared by built-in knowledge files and the user's own.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct KnowledgeFile {
    #[serde(default)]
    pub modifiers: Vec<String>,
    /// Words that make another office of the one they precede ("deputy mayor").
    #[serde(default)]
    pub ranks: Vec<String>,
    #[serde(default)]
    pub office: Vec<Office>,
    #[serde(default)]
    pub equivalent: Vec<Equivalent>,
    #[serde(default)]
    pub organisation: Vec<Organisation>,
    #[serde(default)]
    pub place: Vec<Place>,
    #[serde(default)]
    pub kind: Vec<EventKind>,
    #[serde(default)]
    pub connectors: Vec<String>,
    #[serde(default)]
    pub start_words: Vec<String>,
    #[serde(default)]
    pub end_words: Vec<String>,
    #[serde(default)]
    pub place_words: Vec<String>,
    #[serde(default)]
    pub place_adjectives: Vec<String>,
    #[serde(default)]
    pub synonym: Vec<Synonym>,
    #[serde(default)]
    pub measure: Vec<measures::MeasureEntry>,
    #[serde(default)]
    pub generic_nouns: Vec<String>,
    #[serde(default)]
    pub light_verbs: Vec<String>,
    #[serde(default)]
    pub change_verbs: Vec<String>,
    #[serde(default)]
    pub non_identity: Vec<String>,
    #[serde(default)]
    pub ordinal_nouns: Vec<String>,
    #[serde(default)]
    pub part_nouns: Vec<String>,
}

const BUILTIN: &[(&str, &str)] = &[
    ("events.toml", include_str!("events.toml")),
    ("measures.toml", include_str!("measures.toml")),
    ("organisations.toml", include_str!("organisations.toml")),
    ("places.toml", include_str!("places.toml")),
    ("titles.toml", include_str!("titles.toml")),
];

/// An error in a TOML data file (knowledge, facts, configuration): it
/// names the file, line and column, so the user can go straight there.
#[derive(Debug, thiserror::Error)]
#[error("{file}:{line}:{column}: {message}")]
pub struct FileError {
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl FileError {
    /// An error at byte `offset` of `text`, the contents of `file`.
    pub fn at(file: &str, text: &str, offset: usize, message: impl Into<String>) -> Self {
        let (line, column) = line_col(text, offset);
        FileError { file: file.to_string(), line, column, message: message.into() }
    }

    /// A TOML parse or schema error.
    pub fn from_toml(file: &str, text: &str, e: &toml::de::Error) -> Self {
        Self::at(file, text, e.span().map_or(0, |s| s.start), e.message())
    }
}

/// A TOML date without a time ("2025-01-20") as a calendar day.
pub fn toml_day(
    file: &str,
    text: &str,
    value: &toml::Spanned<toml::value::Datetime>,
) -> Result<chrono::NaiveDate, FileError> {
    let d = value.get_ref();
    let error = |message: String| FileError::at(file, text, value.span().start, message);
    match (d.date, d.time) {
        (Some(date), None) => {
            chrono::NaiveDate::from_ymd_opt(i32::from(date.year), u32::from(date.month), u32::from(date.day))
                .ok_or_else(|| error(format!("{d} is not a calendar date")))
        }
        _ => Err(error(format!("expected a date like 2025-01-20, found {d}"))),
    }
}

impl KnowledgeFile {
    /// Parses one file; errors name the file, line and column. An empty or
    /// blank word (`aliases = [""]`) is an error: it would match everywhere.
    pub fn parse(name: &str, text: &str) -> Result<Self, FileError> {
        let file = toml::from_str(text).map_err(|e| FileError::from_toml(name, text, &e))?;
        reject_blank_strings(name, text, None)?;
        Ok(file)
    }
}

/// Rejects an empty or blank string anywhere in a TOML file (or under its
/// top-level key `under`), naming the file, line and column and the key it
/// stands under. Words of a lexicon, names and aliases are never blank.
pub fn reject_blank_strings(name: &str, text: &str, under: Option<&str>) -> Result<(), FileError> {
    use toml::de::{DeTable, DeValue};
    use toml::Spanned;
    fn walk(value: &Spanned<DeValue>, key: &str) -> Option<(usize, String)> {
        match value.get_ref() {
            DeValue::String(s) if s.trim().is_empty() => Some((value.span().start, key.to_string())),
            DeValue::Array(items) => items.iter().find_map(|v| walk(v, key)),
            DeValue::Table(table) => table.iter().find_map(|(k, v)| walk(v, k.get_ref())),
            _ => None,
        }
    }
    // The file parsed already; a parse error here cannot happen, and is not ours to report.
    let Ok(root) = DeTable::parse(text) else {
        return Ok(());
    };
    let found = root
        .get_ref()
        .iter()
        .filter(|(k, _)| under.is_none_or(|u| k.get_ref() == u))
        .find_map(|(k, v)| walk(v, k.get_ref()));
    match found {
        Some((offset, key)) => Err(FileError::at(name, text, offset, format!("`{key}` is empty or blank"))),
        None => Ok(()),
    }
}

/// 1-based line and character column of a byte offset in a config or data file.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    crate::span::LineIndex::new(text).line_col(text, offset.min(text.len()))
}

/// Everything the extractors look up, compiled for matching.
#[derive(Clone, Debug)]
pub struct Knowledge {
    pub offices: Vec<Office>,
    pub modifiers: BTreeSet<String>,
    /// Words that make another office of the one they precede: "deputy",
    /// "vice", "senior" ("deputy mayor" is not "mayor").
    pub ranks: BTreeSet<String>,
    pub equivalents: Vec<BTreeSet<String>>,
    pub organisations: Vec<Organisation>,
    pub places: Vec<Place>,
    pub event_kinds: Vec<EventKind>,
    pub connectors: BTreeSet<String>,
    pub start_words: BTreeSet<String>,
    pub end_words: BTreeSet<String>,
    /// Nouns that name a part of a whole that has figures of its own: "the
    /// cloud segment", "the northern district" (see `part-nouns`).
    pub part_nouns: BTreeSet<String>,
    /// Words after an event that lead to its place ("in", "at", "struck").
    pub place_words: BTreeSet<String>,
    /// Words that may stand between those and the place ("southern").
    pub place_adjectives: BTreeSet<String>,
    synonyms: BTreeMap<String, String>,
    /// What figures measure: synonyms, and words that name no measure.
    pub measures: measures::MeasureLexicon,
    office_matcher: Matcher,
    organisation_matcher: Matcher,
    place_by_name: BTreeMap<String, usize>,
    event_matcher: Matcher,
    event_verb_matcher: Matcher,
}

/// A leftmost-longest matcher from pattern to an index into a list.
#[derive(Clone, Debug)]
struct Matcher {
    automaton: DFA,
    targets: Vec<usize>,
}

impl Matcher {
    fn new(patterns: Vec<(String, usize)>, case_insensitive: bool) -> Self {
        // Every sentence is searched with each lexicon: a full DFA walked
        // by hand is the fastest to search, and the lexicons are small
        // enough for it. Their words start with almost every letter, so a
        // prefilter seldom skips far enough to repay its own cost.
        let automaton = DFA::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .ascii_case_insensitive(case_insensitive)
            .prefilter(false)
            .start_kind(StartKind::Unanchored)
            .build(patterns.iter().map(|(p, _)| p.as_str()))
            .expect("knowledge patterns compile");
        Matcher { automaton, targets: patterns.into_iter().map(|(_, t)| t).collect() }
    }

    /// Whole-word matches among the non-overlapping leftmost-longest ones.
    fn find(&self, text: &str) -> Vec<Hit> {
        let mut hits = Vec::new();
        let mut from = 0;
        let mut last_end = None;
        while let Some(mut m) = self.leftmost_longest(text.as_bytes(), from) {
            // An empty word would match again where the last match ended,
            // and the search would never move on.
            if m.start == m.end && Some(m.end) == last_end {
                match self.leftmost_longest(text.as_bytes(), from + 1) {
                    Some(next) => m = next,
                    None => break,
                }
            }
            (from, last_end) = (m.end, Some(m.end));
            if is_word_boundary(text, m.start, m.end) {
                hits.push(Hit { index: self.targets[m.index], ..m });
            }
        }
        hits
    }

    /// The leftmost-longest match at or after `from`; its `index` is the
    /// pattern's.
    fn leftmost_longest(&self, haystack: &[u8], from: usize) -> Option<Hit> {
        let dfa = &self.automaton;
        if from > haystack.len() {
            return None;
        }
        let mut sid = dfa.start_state(Anchored::No).ok()?;
        // The state and end of the last match, turned into a hit only once
        // the search ends: the loop keeps to the few registers it needs.
        let mut last = dfa.is_match(sid).then_some((sid, from));
        let mut at = from;
        while at < haystack.len() {
            sid = dfa.next_state(Anchored::No, sid, haystack[at]);
            at += 1;
            if dfa.is_special(sid) {
                if dfa.is_dead(sid) {
                    break;
                }
                if dfa.is_match(sid) {
                    last = Some((sid, at));
                }
            }
        }
        last.map(|(sid, end)| {
            let pattern = dfa.match_pattern(sid, 0);
            Hit { start: end - dfa.pattern_len(pattern), end, index: pattern.as_usize() }
        })
    }
}

/// True when `text[start..end]` is not glued to letters or digits on either side.
pub fn is_word_boundary(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(|c| c.is_alphanumeric()) && !after.is_some_and(|c| c.is_alphanumeric())
}

/// A match of a lexicon entry in a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    pub start: usize,
    pub end: usize,
    pub index: usize,
}

impl Knowledge {
    /// The built-in knowledge alone.
    pub fn builtin() -> Self {
        Self::from_files(builtin_files())
    }

    /// Built-in knowledge extended by the user's files, later files last.
    pub fn with_extensions(extra: Vec<KnowledgeFile>) -> Self {
        let mut files = builtin_files();
        files.extend(extra);
        Self::from_files(files)
    }

    fn from_files(files: Vec<KnowledgeFile>) -> Self {
        let mut k = KnowledgeFile::default();
        for f in files {
            k.modifiers.extend(f.modifiers);
            k.ranks.extend(f.ranks);
            merge_offices(&mut k.office, f.office);
            k.equivalent.extend(f.equivalent);
            k.organisation.extend(f.organisation);
            k.place.extend(f.place);
            k.kind.extend(f.kind);
            k.connectors.extend(f.connectors);
            k.start_words.extend(f.start_words);
            k.end_words.extend(f.end_words);
            k.place_words.extend(f.place_words);
            k.place_adjectives.extend(f.place_adjectives);
            k.synonym.extend(f.synonym);
            k.measure.extend(f.measure);
            k.generic_nouns.extend(f.generic_nouns);
            k.light_verbs.extend(f.light_verbs);
            k.change_verbs.extend(f.change_verbs);
            k.non_identity.extend(f.non_identity);
            k.ordinal_nouns.extend(f.ordinal_nouns);
            k.part_nouns.extend(f.part_nouns);
        }
        let lower = |v: Vec<String>| v.into_iter().map(|s| s.to_lowercase()).collect::<BTreeSet<_>>();

        let mut office_patterns = Vec::new();
        for (i, o) in k.office.iter().enumerate() {
            office_patterns.push((o.canonical.clone(), i));
            office_patterns.extend(o.aliases.iter().map(|a| (a.clone(), i)));
        }
        let organisation_patterns = k
            .organisation
            .iter()
            .enumerate()
            .flat_map(|(i, o)| {
                std::iter::once((o.name.clone(), i)).chain(o.aliases.iter().map(move |a| (a.clone(), i)))
            })
            .collect();
        let mut place_by_name = BTreeMap::new();
        for (i, p) in k.place.iter().enumerate() {
            for name in std::iter::once(&p.name).chain(&p.aliases) {
                place_by_name.entry(name.to_lowercase()).or_insert(i);
            }
        }
        let event_patterns =
            k.kind.iter().enumerate().flat_map(|(i, kind)| kind.nouns.iter().map(move |n| (n.clone(), i))).collect();
        let event_verb_patterns =
            k.kind.iter().enumerate().flat_map(|(i, kind)| kind.verbs.iter().map(move |v| (v.clone(), i))).collect();

        let measures = measures::MeasureLexicon::new(
            &k.measure,
            &k.generic_nouns,
            &k.light_verbs,
            &k.change_verbs,
            &k.non_identity,
            &k.ordinal_nouns,
        );
        Knowledge {
            measures,
            office_matcher: Matcher::new(office_patterns, true),
            organisation_matcher: Matcher::new(organisation_patterns, false),
            event_matcher: Matcher::new(event_patterns, true),
            event_verb_matcher: Matcher::new(event_verb_patterns, true),
            place_by_name,
            modifiers: lower(k.modifiers),
            ranks: lower(k.ranks),
            equivalents: k.equivalent.into_iter().map(|e| lower(e.offices)).collect(),
            offices: k.office,
            organisations: k.organisation,
            places: k.place,
            event_kinds: k.kind,
            connectors: lower(k.connectors),
            part_nouns: lower(k.part_nouns),
            start_words: lower(k.start_words),
            end_words: lower(k.end_words),
            place_words: lower(k.place_words),
            place_adjectives: lower(k.place_adjectives),
            synonyms: k
                .synonym
                .iter()
                .flat_map(|s| s.means.iter().map(|m| (m.to_lowercase(), s.word.to_lowercase())))
                .collect(),
        }
    }

    /// A word as subject keys read it ("conflict" → "war").
    pub fn synonym<'a>(&'a self, word: &'a str) -> &'a str {
        self.synonyms.get(word).map_or(word, |s| s.as_str())
    }

    pub fn find_offices(&self, text: &str) -> Vec<Hit> {
        self.office_matcher.find(text)
    }

    /// Organisations are matched case-sensitively: "WHO" is not "who".
    pub fn find_organisations(&self, text: &str) -> Vec<Hit> {
        self.organisation_matcher.find(text)
    }

    pub fn find_event_nouns(&self, text: &str) -> Vec<Hit> {
        self.event_matcher.find(text)
    }

    /// Verbs that report an event happening, by event kind.
    pub fn find_event_verbs(&self, text: &str) -> Vec<Hit> {
        self.event_verb_matcher.find(text)
    }

    pub fn office(&self, canonical: &str) -> Option<&Office> {
        self.offices.iter().find(|o| o.canonical == canonical)
    }

    /// The place entry for a name as written, ignoring case and a leading "the".
    pub fn place(&self, name: &str) -> Option<&Place> {
        let lower = name.to_lowercase();
        let found = self.place_by_name.get(&lower);
        // Without a leading "the" the name was looked up already.
        let bare = || lower.strip_prefix("the ").and_then(|bare| self.place_by_name.get(bare));
        found.or_else(bare).map(|&i| &self.places[i])
    }

    /// Whether two offices name one post: the same canonical office, a
    /// generic word that fits the other, or one group of `[[equivalent]]`.
    ///
    /// A generic word never fits a ranked office: "Minister" may be short
    /// for "Foreign Minister" but not for "Deputy Minister". An office of
    /// one group with a generic word fits what the word fits ("cabinet
    /// secretary", one post with "minister", fits "interior minister").
    pub fn same_office(&self, a: &str, b: &str) -> bool {
        let ranked = |o: &str| o.split(' ').any(|w| self.ranks.contains(w));
        let generic_fits = |g: &str, other: &str| {
            self.office(g).is_some_and(|o| o.generic) && other.split(' ').any(|w| w == g) && !ranked(other)
        };
        let fits = |x: &str, y: &str| {
            generic_fits(x, y)
                || self.equivalents.iter().any(|group| group.contains(x) && group.iter().any(|g| generic_fits(g, y)))
        };
        a == b || fits(a, b) || fits(b, a) || self.equivalents.iter().any(|g| g.contains(a) && g.contains(b))
    }

    /// Whether one person may be described by both offices at one time:
    /// one post, or offices the lexicon says may be held together.
    pub fn offices_compatible(&self, a: &str, b: &str) -> bool {
        let holds = |x: &str, y: &str| self.office(x).is_some_and(|o| o.may_hold_with.iter().any(|m| m == y));
        self.same_office(a, b) || holds(a, b) || holds(b, a)
    }
}

/// The built-in files, parsed without the checks for blank words (a test
/// runs those once, instead of every start).
fn builtin_files() -> Vec<KnowledgeFile> {
    BUILTIN
        .iter()
        .map(|(name, text)| toml::from_str(text).unwrap_or_else(|e| panic!("built-in {name} parses: {e}")))
        .collect()
}

/// A user's office with an existing canonical name extends that office.
fn merge_offices(into: &mut Vec<Office>, more: Vec<Office>) {
    for o in more {
        if let Some(existing) = into.iter_mut().find(|e| e.canonical == o.canonical) {
            existing.aliases.extend(o.aliases);
            existing.may_hold_with.extend(o.may_hold_with);
            existing.generic |= o.generic;
            existing.lowercase |= o.lowercase;
        } else {
            into.push(o);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_knowledge_loads_and_matches_longest_alias() {
        let k = Knowledge::builtin();
        let text = "Outgoing High Representative for Foreign Affairs and Security Policy Lena Marsh";
        let hits = k.find_offices(text);
        assert_eq!(hits.len(), 1);
        assert_eq!(&text[hits[0].start..hits[0].end], "High Representative for Foreign Affairs and Security Policy");
        assert_eq!(k.offices[hits[0].index].canonical, "high representative");
    }

    /// The library's own leftmost-longest iterator, as the matcher used
    /// it before it walked the automaton by hand.
    fn library_find(patterns: &[&str], case_insensitive: bool, text: &str) -> Vec<Hit> {
        let ac = aho_corasick::AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .ascii_case_insensitive(case_insensitive)
            .build(patterns)
            .unwrap();
        ac.find_iter(text)
            .filter(|m| is_word_boundary(text, m.start(), m.end()))
            .map(|m| Hit { start: m.start(), end: m.end(), index: m.pattern().as_usize() })
            .collect()
    }

    #[test]
    fn the_hand_walked_search_finds_what_the_library_iterator_finds() {
        let patterns =
            ["chief", "Chief of Staff", "staff", "of staff", "mayor", "Mayor of", "or", "deputy", "puty", "ab", "abc"];
        let texts = [
            "The Chief of Staff met the mayor of the town and her deputy.",
            "mischief of staff, a mayoral race, the deputy's staff",
            "CHIEF OF STAFF chief of staffs abcab ab abc",
            "Ärzte chief, Ökonomen mayor; naïve deputy… or",
            "",
            "or",
        ];
        for case_insensitive in [false, true] {
            let targets = patterns.iter().enumerate().map(|(i, p)| (p.to_string(), i)).collect();
            let matcher = Matcher::new(targets, case_insensitive);
            for text in texts {
                assert_eq!(matcher.find(text), library_find(&patterns, case_insensitive, text), "{text}");
            }
        }
        // An empty word matches between every two letters (user files reject it).
        let with_empty = ["", "ab", "b"];
        let matcher = Matcher::new(with_empty.iter().enumerate().map(|(i, p)| (p.to_string(), i)).collect(), true);
        for text in ["", "ab b c", "x ab"] {
            assert_eq!(matcher.find(text), library_find(&with_empty, true, text), "{text}");
        }
    }

    #[test]
    fn office_compatibility() {
        let k = Knowledge::builtin();
        assert!(k.offices_compatible("secretary general", "secretary general"));
        assert!(!k.offices_compatible("senator", "secretary of state"));
        assert!(k.offices_compatible("minister", "foreign minister"));
        assert!(k.offices_compatible("foreign minister", "deputy prime minister"));
        assert!(!k.offices_compatible("foreign minister", "deputy foreign minister"));
    }

    #[test]
    fn ranked_offices_are_other_offices() {
        let k = Knowledge::builtin();
        assert!(!k.offices_compatible("deputy mayor", "mayor"));
        assert!(!k.offices_compatible("minister", "deputy minister"));
        assert!(!k.offices_compatible("senior deputy governor", "governor"));
        assert!(!k.offices_compatible("deputy fire chief", "fire chief"));
        assert!(k.offices_compatible("minister", "interior minister"));
    }

    #[test]
    fn an_office_equivalent_to_a_generic_word_fits_what_the_word_fits() {
        let k = Knowledge::builtin();
        assert!(k.same_office("cabinet secretary", "interior minister"));
        assert!(k.same_office("cabinet secretary", "minister"));
        assert!(!k.offices_compatible("cabinet secretary", "principal secretary"));
        assert!(!k.offices_compatible("interior minister", "principal secretary"));
    }

    #[test]
    fn organisations_are_case_sensitive() {
        let k = Knowledge::builtin();
        assert!(k.find_organisations("those who knew").is_empty());
        assert_eq!(k.find_organisations("the WHO said").len(), 1);
    }

    #[test]
    fn user_files_extend_offices_and_errors_name_the_line() {
        let extra =
            KnowledgeFile::parse("mine.toml", "[[office]]\ncanonical = \"senator\"\naliases = [\"sen\"]\n").unwrap();
        let k = Knowledge::with_extensions(vec![extra]);
        assert!(k.office("senator").unwrap().aliases.iter().any(|a| a == "sen"));
        let err = KnowledgeFile::parse("bad.toml", "[[office]]\ncanonical = \"x\"\ncolour = 1\n").unwrap_err();
        assert_eq!((err.file.as_str(), err.line), ("bad.toml", 3));
    }

    #[test]
    fn builtin_files_pass_the_checks_of_user_files() {
        for (name, text) in BUILTIN {
            KnowledgeFile::parse(name, text).unwrap();
        }
    }

    #[test]
    fn empty_or_blank_words_are_errors_naming_the_line() {
        for (text, line, key) in [
            ("[[office]]\ncanonical = \"whip\"\naliases = [\"w\", \"\"]\n", 3, "aliases"),
            ("[[office]]\ncanonical = \" \"\n", 2, "canonical"),
            ("[[kind]]\nname = \"summit\"\nnouns = [\"\\t\"]\n", 3, "nouns"),
            ("\n[[organisation]]\nname = \"\"\n", 3, "name"),
        ] {
            let e = KnowledgeFile::parse("k.toml", text).unwrap_err();
            assert_eq!((e.file.as_str(), e.line), ("k.toml", line), "{text}");
            assert!(e.message.contains(&format!("`{key}` is empty or blank")), "{}", e.message);
        }
    }
}
