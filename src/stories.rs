//! Grouping the sources of a run into stories.
//!
//! A run may mix unrelated stories: a day's wire copy, an archive folder.
//! Figures of different stories are never compared ("the death toll" of a
//! flood and of a fire are different things), so before any rule runs the
//! sources are grouped by what they share: the names they mention (people,
//! places, organisations), weighted by how rare each name is in the run.
//!
//! Two sources belong together when the names they share carry enough of
//! their weight (a cosine over name sets weighted by inverse document
//! frequency), and stories are built by average linkage: a source joins a
//! story only when it is close to the story as a whole, so that one shared
//! city does not chain two stories into one.

use crate::document::Document;
use std::collections::{BTreeMap, BTreeSet};

/// The story of each source, and a short label per story.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Stories {
    /// Per source (in the run's order): its story's index.
    pub of_source: Vec<usize>,
    /// Per story: a short stable label made of its most telling names.
    pub labels: Vec<String>,
}

impl Stories {
    /// Every source in one story (what a run of one story is).
    pub fn single(sources: usize) -> Self {
        Stories { of_source: vec![0; sources], labels: vec!["story".into()] }
    }

    pub fn len(&self) -> usize {
        self.labels.len()
    }

    pub fn is_empty(&self) -> bool {
        self.labels.is_empty()
    }

    /// Sources of a story, in run order.
    pub fn members(&self, story: usize) -> Vec<usize> {
        (0..self.of_source.len()).filter(|&s| self.of_source[s] == story).collect()
    }
}

/// How close two sources must be, on average, to share a story.
const THRESHOLD: f64 = 0.12;

/// Groups `documents` into stories.
pub fn group(documents: &[Document]) -> Stories {
    let n = documents.len();
    if n == 0 {
        return Stories::default();
    }
    let counted: Vec<BTreeMap<String, usize>> = documents.iter().map(|d| names_of(&d.prose)).collect();
    let names: Vec<BTreeSet<String>> = counted.iter().map(|c| c.keys().cloned().collect()).collect();
    let mut df: BTreeMap<&str, usize> = BTreeMap::new();
    for set in &names {
        for name in set {
            *df.entry(name.as_str()).or_default() += 1;
        }
    }
    // Smoothed inverse document frequency: a name every source shares still counts.
    let idf = |name: &str| ((n as f64 + 1.0) / (df.get(name).copied().unwrap_or(1) as f64)).ln() + 1.0;
    // Each source as a unit vector of its names weighted by rarity: the
    // mean similarity of a source to a story's sources is then its dot
    // product with the story's mean vector (average linkage, computed in
    // one pass over the sources and the names they share).
    let vectors: Vec<BTreeMap<&str, f64>> = names
        .iter()
        .map(|set| {
            let norm = set.iter().map(|w| idf(w).powi(2)).sum::<f64>().sqrt();
            set.iter().map(|w| (w.as_str(), if norm > 0.0 { idf(w) / norm } else { 0.0 })).collect()
        })
        .collect();
    let mut clusters: Vec<Cluster> = Vec::new();
    let mut holding: BTreeMap<&str, BTreeSet<usize>> = BTreeMap::new();
    for (d, v) in vectors.iter().enumerate() {
        let candidates: BTreeSet<usize> = v.keys().filter_map(|w| holding.get(w)).flatten().copied().collect();
        let best = candidates
            .into_iter()
            .map(|c| (clusters[c].mean_similarity(v), c))
            .filter(|(sim, _)| *sim >= THRESHOLD)
            .max_by(|a, b| a.0.total_cmp(&b.0).then(b.1.cmp(&a.1)));
        let c = match best {
            Some((_, c)) => c,
            None => {
                clusters.push(Cluster::default());
                clusters.len() - 1
            }
        };
        clusters[c].add(d, v);
        for w in v.keys() {
            holding.entry(w).or_default().insert(c);
        }
    }
    // Stories the pass split (their first sources shared little) are joined
    // when they are close as wholes, closest first.
    loop {
        let mut best: Option<(f64, usize, usize)> = None;
        for a in 0..clusters.len() {
            for b in a + 1..clusters.len() {
                if clusters[a].members.is_empty() || clusters[b].members.is_empty() {
                    continue;
                }
                let sim = clusters[a].linkage(&clusters[b]);
                if sim >= THRESHOLD && best.is_none_or(|(s, _, _)| sim > s) {
                    best = Some((sim, a, b));
                }
            }
        }
        let Some((_, a, b)) = best else { break };
        let merged = std::mem::take(&mut clusters[b]);
        clusters[a].absorb(merged);
    }
    let mut clusters: Vec<Vec<usize>> = clusters.into_iter().map(|c| c.members).filter(|m| !m.is_empty()).collect();
    for c in &mut clusters {
        c.sort_unstable();
    }
    clusters.sort();
    let mut of_source = vec![0; n];
    for (story, members) in clusters.iter().enumerate() {
        for &m in members {
            of_source[m] = story;
        }
    }
    let labels = clusters.iter().map(|members| label(members, &counted)).collect();
    Stories { of_source, labels }
}

/// Sources grouped so far, with the sum of their name vectors.
#[derive(Default)]
struct Cluster<'a> {
    members: Vec<usize>,
    sum: BTreeMap<&'a str, f64>,
}

impl<'a> Cluster<'a> {
    fn add(&mut self, d: usize, v: &BTreeMap<&'a str, f64>) {
        self.members.push(d);
        for (w, x) in v {
            *self.sum.entry(w).or_insert(0.0) += x;
        }
    }

    /// Mean cosine similarity of a source to the members.
    fn mean_similarity(&self, v: &BTreeMap<&str, f64>) -> f64 {
        let dot: f64 = v.iter().filter_map(|(w, x)| self.sum.get(w).map(|y| x * y)).sum();
        dot / self.members.len() as f64
    }

    /// Mean cosine similarity between the members of two clusters.
    fn linkage(&self, other: &Cluster) -> f64 {
        let (small, large) = if self.sum.len() <= other.sum.len() { (self, other) } else { (other, self) };
        let dot: f64 = small.sum.iter().filter_map(|(w, x)| large.sum.get(w).map(|y| x * y)).sum();
        dot / (self.members.len() * other.members.len()) as f64
    }

    fn absorb(&mut self, other: Cluster<'a>) {
        self.members.extend(other.members);
        for (w, x) in other.sum {
            *self.sum.entry(w).or_insert(0.0) += x;
        }
    }
}

/// A story's label: the two names its sources mention most, in most of
/// its sources ("arlow-pike").
fn label(members: &[usize], counted: &[BTreeMap<String, usize>]) -> String {
    let mut score: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for &m in members {
        for (name, n) in &counted[m] {
            let entry = score.entry(name.as_str()).or_default();
            entry.0 += 1;
            entry.1 += n;
        }
    }
    let mut ranked: Vec<(&str, (usize, usize))> = score.into_iter().collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
    let top: Vec<&str> = ranked.iter().take(2).map(|(w, _)| *w).collect();
    if top.is_empty() {
        "story".to_string()
    } else {
        top.join("-")
    }
}

/// Capitalized words that are not names, or are names too common to tell
/// stories apart.
const NOT_NAMES: &[&str] = &[
    "the",
    "a",
    "an",
    "and",
    "or",
    "but",
    "in",
    "on",
    "at",
    "of",
    "for",
    "to",
    "by",
    "as",
    "it",
    "he",
    "she",
    "they",
    "we",
    "i",
    "his",
    "her",
    "their",
    "this",
    "that",
    "these",
    "those",
    "if",
    "when",
    "while",
    "after",
    "before",
    "with",
    "from",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "mr",
    "mrs",
    "ms",
    "dr",
    "published",
    "updated",
    "reporting",
    "editing",
    "by",
    "our",
    "its",
    "what",
    "who",
    "why",
    "how",
    "where",
    "there",
    "here",
    "some",
    "many",
    "most",
    "more",
    "one",
    "two",
    "three",
    "first",
    "last",
    "new",
    "not",
    "no",
    "yes",
    "all",
    "also",
    "said",
    "says",
    "read",
    "news",
    "key",
    "points",
    "latest",
    "summary",
    "background",
    "context",
    "according",
    "under",
    "over",
    "about",
    "after",
    "during",
    "since",
    "until",
    "between",
    "meanwhile",
    "however",
    "still",
    "even",
    "just",
    "only",
    "now",
    "then",
    "today",
    "tonight",
    "yesterday",
    "tomorrow",
    "everyone",
    "nobody",
    "every",
    "each",
    "both",
    "other",
    "another",
    "such",
    "because",
    "though",
    "although",
    "once",
    "so",
    "than",
    "like",
    "will",
    "would",
    "can",
    "could",
    "should",
    "may",
    "might",
    "must",
    "has",
    "have",
    "had",
    "was",
    "were",
    "is",
    "are",
    "be",
    "been",
    "do",
    "does",
    "did",
    "let",
    "we're",
    "i'm",
    "it's",
    "that's",
    "don't",
    "you",
    "your",
    "my",
    "me",
    "us",
    "them",
    "him",
    "up",
    "down",
    "out",
    "into",
];

/// The names a text mentions, with how often: capitalized words of
/// letters that are not the first word of a sentence, lower-cased.
fn names_of(text: &str) -> BTreeMap<String, usize> {
    let mut out = BTreeMap::new();
    let mut sentence_start = true;
    for word in text.split(|c: char| c.is_whitespace()) {
        let clean: String = word.trim_matches(|c: char| !c.is_alphanumeric()).to_string();
        let ends_sentence = word.ends_with(['.', '!', '?', ':']) || word.is_empty();
        if !clean.is_empty() {
            let first_upper = clean.chars().next().is_some_and(char::is_uppercase);
            let lower = clean.to_lowercase();
            let lower = lower.trim_end_matches("'s").trim_end_matches("’s").to_string();
            if first_upper
                && !sentence_start
                && lower.chars().count() > 2
                && !NOT_NAMES.contains(&lower.as_str())
                && lower.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '’')
            {
                *out.entry(lower).or_insert(0) += 1;
            }
            sentence_start = false;
        }
        if ends_sentence || word.contains('\n') {
            sentence_start = true;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Role;
    use crate::ingest::{self, Format};

    fn doc(path: &str, text: &str) -> Document {
        ingest::document(path, Role::Peer, Format::Text, text.to_string(), None)
    }

    #[test]
    fn sources_sharing_names_are_one_story_and_others_are_not() {
        let docs = vec![
            doc("a.txt", "Floods hit the town of Arlow on Monday, said governor Rosa Pike of Wexland."),
            doc("b.txt", "In Arlow, governor Rosa Pike said the floods in Wexland were the worst in years."),
            doc("c.txt", "The striker Tomas Brenn joined Kelder United from Ostwick for a record fee."),
            doc("d.txt", "Kelder United unveiled Tomas Brenn after his move from Ostwick was agreed."),
        ];
        let s = group(&docs);
        assert_eq!(s.of_source[0], s.of_source[1]);
        assert_eq!(s.of_source[2], s.of_source[3]);
        assert_ne!(s.of_source[0], s.of_source[2]);
        assert_eq!(s.len(), 2);
    }

    #[test]
    fn one_shared_common_name_does_not_join_stories() {
        let docs = vec![
            doc("a.txt", "In Osaka, the carmaker Velto unveiled its Arc scooter, chief executive Ito Ren said."),
            doc("b.txt", "Velto said the Arc scooter goes on sale in June, chief executive Ito Ren told Osaka media."),
            doc(
                "c.txt",
                "In Osaka, the port authority under director Mori Aki raised its fees, the Harbour Council said.",
            ),
            doc("d.txt", "Director Mori Aki said the Harbour Council raised fees; shipping firms in Osaka complained."),
        ];
        let s = group(&docs);
        assert_ne!(s.of_source[0], s.of_source[2]);
        assert_eq!(s.of_source[0], s.of_source[1]);
        assert_eq!(s.of_source[2], s.of_source[3]);
    }
}
