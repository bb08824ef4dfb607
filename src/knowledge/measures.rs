//! The measure lexicon (`measures.toml`): which words name one measure, and
//! which words never name one.
//!
//! Readers in `extract/measure/` find the words that say what a figure
//! counts ("deaths", "the death toll", "killed ... people", "the loss of
//! homes"); this module turns them into a key that two sources share when
//! they speak of one measure, whatever words they chose.

use crate::extract::tokens::stem;
use fnv::{FnvHashMap, FnvHashSet};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};

/// One `[[measure]]` entry of a knowledge file.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct MeasureEntry {
    pub name: String,
    pub words: Vec<String>,
    /// A count the story updates as news comes in (deaths, evacuated).
    #[serde(default)]
    pub evolving: bool,
    /// Phrases whose change over a year is this measure's level: "consumer
    /// prices rose 2.4%" is inflation of 2.4%.
    #[serde(default)]
    pub change_of: Vec<String>,
    /// A figure that is someone's estimate of a chance ("a 50% chance of a
    /// hike"): it moves with every poll and market, and is never compared.
    #[serde(default)]
    pub estimate: bool,
}

/// A measure as a key and a label.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct MeasureKey {
    /// Stable identity: canonical names and stems, sorted.
    pub key: String,
    /// For people: the lexicon's name, else the words as written.
    pub label: String,
    pub evolving: bool,
    /// How many measures of the lexicon the words named.
    pub named: usize,
}

/// The compiled lexicon.
#[derive(Clone, Debug, Default)]
pub struct MeasureLexicon {
    // The word classes are asked of every word near every figure: hash sets.
    generic: FnvHashSet<String>,
    light: FnvHashSet<String>,
    change: FnvHashSet<String>,
    non_identity: FnvHashSet<String>,
    /// Stem sets of phrases, longest first, with the measure they name.
    phrases: Vec<(Vec<String>, usize)>,
    /// The phrases (indices into `phrases`, in order) by their first stem:
    /// a phrase can only match words that hold its first stem, so a key
    /// tries those few and not the whole lexicon.
    phrases_by_first: FnvHashMap<String, Vec<usize>>,
    /// The stems of one-word phrases: the words that name a measure alone.
    single_stems: FnvHashSet<String>,
    measures: Vec<(String, bool)>,
    /// Stem sets whose change is the level of a measure (see `change-of`).
    change_of: Vec<(BTreeSet<String>, usize)>,
    /// Names of the measures that are estimates (see `estimate`).
    estimates: BTreeSet<String>,
    ordinal_nouns: BTreeSet<String>,
}

impl MeasureLexicon {
    pub fn new(
        entries: &[MeasureEntry],
        generic: &[String],
        light: &[String],
        change: &[String],
        non_identity: &[String],
        ordinal_nouns: &[String],
    ) -> Self {
        let stems = |v: &[String]| v.iter().map(|w| stem(&w.to_lowercase())).collect::<FnvHashSet<_>>();
        let non_identity_lower: FnvHashSet<String> = non_identity.iter().map(|w| w.to_lowercase()).collect();
        let mut measures: Vec<(String, bool)> = Vec::new();
        let mut phrases = Vec::new();
        let mut change_of = Vec::new();
        let mut estimates = BTreeSet::new();
        for e in entries {
            if e.estimate {
                estimates.insert(e.name.clone());
            }
            let index = match measures.iter().position(|(n, _)| *n == e.name) {
                Some(i) => {
                    measures[i].1 |= e.evolving;
                    i
                }
                None => {
                    measures.push((e.name.clone(), e.evolving));
                    measures.len() - 1
                }
            };
            for w in &e.change_of {
                let p: BTreeSet<String> = w
                    .split_whitespace()
                    .map(str::to_lowercase)
                    .filter(|x| !non_identity_lower.contains(x))
                    .map(|x| stem(&x))
                    .collect();
                if !p.is_empty() {
                    change_of.push((p, index));
                }
            }
            for w in &e.words {
                let mut p: Vec<String> = w
                    .split_whitespace()
                    .map(str::to_lowercase)
                    .filter(|x| !non_identity_lower.contains(x))
                    .map(|x| stem(&x))
                    .collect();
                p.sort();
                p.dedup();
                if !p.is_empty() {
                    phrases.push((p, index));
                }
            }
        }
        phrases.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.cmp(b)));
        phrases.dedup_by(|a, b| a.0 == b.0);
        let mut phrases_by_first: FnvHashMap<String, Vec<usize>> = FnvHashMap::default();
        for (i, (p, _)) in phrases.iter().enumerate() {
            phrases_by_first.entry(p[0].clone()).or_default().push(i);
        }
        let single_stems = phrases.iter().filter(|(p, _)| p.len() == 1).map(|(p, _)| p[0].clone()).collect();
        MeasureLexicon {
            phrases_by_first,
            single_stems,
            generic: stems(generic),
            light: stems(light),
            change: stems(change),
            non_identity: non_identity_lower,
            phrases,
            measures,
            change_of,
            estimates,
            ordinal_nouns: ordinal_nouns.iter().map(|w| w.to_lowercase()).collect(),
        }
    }

    /// Whether a noun numbers the occurrences of an event ("edition").
    pub fn is_ordinal_noun(&self, word: &str) -> bool {
        self.ordinal_nouns.contains(word)
    }

    /// Whether a verb (any form) is a verb of change ("rose", "cut").
    pub fn is_change_verb(&self, word: &str) -> bool {
        self.change.contains(&stem(word))
    }

    /// [`Self::is_change_verb`] for a word already stemmed.
    pub fn is_change_stem(&self, stem: &str) -> bool {
        self.change.contains(stem)
    }

    /// Whether a verb carries no measure of its own ("has", "won").
    pub fn is_light_verb(&self, word: &str) -> bool {
        self.light.contains(&stem(word))
    }

    /// Whether a noun names no measure by itself ("people", "number").
    pub fn is_generic(&self, word: &str) -> bool {
        self.generic.contains(&stem(word))
    }

    /// Whether a word only qualifies a figure ("total", "scheduled").
    pub fn is_non_identity(&self, word: &str) -> bool {
        self.non_identity.contains(word)
    }

    /// Whether a word names a measure of the lexicon by itself ("deaths", "turnout").
    pub fn names_measure(&self, word: &str) -> bool {
        self.single_stems.contains(&stem(word))
    }

    /// Whether a key names an estimate of a chance (never compared).
    pub fn is_estimate(&self, key: &MeasureKey) -> bool {
        self.estimates.iter().any(|name| has_word(&key.key, name))
    }

    /// The measure whose level a change of exactly `words` is ("consumer
    /// prices" → inflation), if the lexicon names one.
    pub fn level_of_change(&self, words: &[String]) -> Option<MeasureKey> {
        let stems: BTreeSet<String> = words
            .iter()
            .filter(|w| !self.non_identity.contains(w.as_str()))
            .map(|w| stem(w))
            .filter(|s| !self.generic.contains(s) && !self.light.contains(s) && !self.change.contains(s))
            .collect();
        let (_, index) = self.change_of.iter().find(|(p, _)| *p == stems)?;
        let (name, evolving) = &self.measures[*index];
        Some(MeasureKey { key: name.clone(), label: name.clone(), evolving: *evolving, named: 1 })
    }

    /// The key of a measure read as `words` (lower case, in text order).
    /// `None` when nothing but generic or light words is left.
    pub fn key(&self, words: &[String]) -> Option<MeasureKey> {
        // (stem, surface) pairs of the words that may say what is measured.
        let mut left: Vec<(String, &str)> = words
            .iter()
            .filter(|w| !self.non_identity.contains(w.as_str()) && w.chars().any(char::is_alphabetic))
            .map(|w| (stem(w), w.as_str()))
            .collect();
        let mut candidates: Vec<usize> =
            left.iter().filter_map(|(s, _)| self.phrases_by_first.get(s)).flatten().copied().collect();
        candidates.sort_unstable();
        candidates.dedup();
        let mut names: BTreeMap<String, bool> = BTreeMap::new();
        for (phrase, index) in candidates.into_iter().map(|i| &self.phrases[i]) {
            if phrase.iter().all(|p| left.iter().any(|(s, _)| s == p)) {
                left.retain(|(s, _)| !phrase.contains(s));
                let (name, evolving) = &self.measures[*index];
                names.insert(name.clone(), *evolving);
            }
        }
        left.retain(|(s, _)| !self.generic.contains(s) && !self.light.contains(s));
        if names.is_empty() && left.is_empty() {
            return None;
        }
        let mut key_parts: Vec<String> = names.keys().cloned().collect();
        let mut stems: Vec<String> = left.iter().map(|(s, _)| s.clone()).collect();
        stems.sort();
        stems.dedup();
        key_parts.extend(stems);
        let mut label_parts: Vec<&str> = left.iter().map(|(_, w)| *w).collect();
        label_parts.dedup();
        label_parts.extend(names.keys().map(String::as_str));
        Some(MeasureKey {
            key: key_parts.join(" "),
            label: label_parts.join(" "),
            evolving: names.values().any(|e| *e),
            named: names.len(),
        })
    }
}

/// Whether `name` is one of the space-separated words of `key` (or the
/// whole of it), compared without building " name " strings.
fn has_word(key: &str, name: &str) -> bool {
    let (k, n) = (key.as_bytes(), name.as_bytes());
    let space_at = |i: usize| k.get(i) == Some(&b' ');
    let at = |i: usize| k[i..].starts_with(n) && space_at(i + n.len());
    k == n || at(0) || (0..k.len()).any(|i| k[i] == b' ' && at(i + 1))
}

#[cfg(test)]
mod tests {
    use crate::knowledge::Knowledge;

    fn key(words: &str) -> Option<String> {
        let k = Knowledge::builtin();
        let w: Vec<String> = words.split_whitespace().map(String::from).collect();
        k.measures.key(&w).map(|m| m.key)
    }

    #[test]
    fn synonyms_meet_and_generic_words_fall_away() {
        assert_eq!(key("deaths"), key("people killed"));
        assert_eq!(key("death toll"), key("died"));
        assert_eq!(key("homes destroyed"), key("loss of homes"));
        assert_eq!(key("employees"), key("people on the payroll"));
        assert_eq!(key("scheduled services cancelled"), key("services cancelled"));
        assert_eq!(key("people"), None);
    }

    #[test]
    fn a_change_of_prices_is_inflation() {
        let k = Knowledge::builtin();
        let w = |s: &str| s.split_whitespace().map(String::from).collect::<Vec<_>>();
        assert_eq!(k.measures.level_of_change(&w("consumer prices")).map(|m| m.key), key("inflation"));
        assert_eq!(k.measures.level_of_change(&w("house prices")), None);
    }

    #[test]
    fn chances_are_estimates() {
        let k = Knowledge::builtin();
        let m = |s: &str| k.measures.key(&s.split_whitespace().map(String::from).collect::<Vec<_>>()).unwrap();
        assert!(k.measures.is_estimate(&m("chance")));
        assert!(k.measures.is_estimate(&m("probability")));
        assert!(!k.measures.is_estimate(&m("turnout")));
    }

    #[test]
    fn a_name_is_a_word_of_a_key_at_its_start_or_between_words() {
        use super::has_word;
        assert!(has_word("chance", "chance"));
        assert!(has_word("chance hike", "chance"));
        assert!(has_word("rate chance hike", "chance"));
        assert!(!has_word("chances", "chance"));
        assert!(!has_word("hike chance", "chance"));
    }

    #[test]
    fn words_outside_the_lexicon_still_make_a_key() {
        assert_eq!(key("league goals"), Some("goals leagu".into()));
        assert_ne!(key("league goals"), key("goals"));
        assert_eq!(key("aircraft seats"), key("seats aircraft"));
    }
}
