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
    let weight = |set: &BTreeSet<String>| set.iter().map(|w| idf(w).powi(2)).sum::<f64>().sqrt();
    let norms: Vec<f64> = names.iter().map(weight).collect();
    let similarity = |a: usize, b: usize| {
        if norms[a] == 0.0 || norms[b] == 0.0 {
            return 0.0;
        }
        let shared: f64 = names[a].intersection(&names[b]).map(|w| idf(w).powi(2)).sum();
        shared / (norms[a] * norms[b])
    };
    let sim: Vec<Vec<f64>> =
        (0..n).map(|a| (0..n).map(|b| if a == b { 1.0 } else { similarity(a, b) }).collect()).collect();

    // Average-linkage clustering, merging the closest pair of clusters first.
    let mut clusters: Vec<Vec<usize>> = (0..n).map(|i| vec![i]).collect();
    loop {
        let mut best: Option<(f64, usize, usize)> = None;
        for a in 0..clusters.len() {
            for b in a + 1..clusters.len() {
                let total: f64 = clusters[a]
                    .iter()
                    .flat_map(|&x| clusters[b].iter().map(move |&y| (x, y)))
                    .map(|(x, y)| sim[x][y])
                    .sum();
                let avg = total / (clusters[a].len() * clusters[b].len()) as f64;
                if avg >= THRESHOLD && best.is_none_or(|(s, _, _)| avg > s) {
                    best = Some((avg, a, b));
                }
            }
        }
        let Some((_, a, b)) = best else { break };
        let merged = clusters.remove(b);
        clusters[a].extend(merged);
        clusters[a].sort_unstable();
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

/// A story's label: the two names its sources mention most, in most of
/// its sources ("garissa-odhiambo").
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
            doc("a.txt", "Floods hit the town of Arlow on Monday, said governor Dana Pike of Wexland."),
            doc("b.txt", "In Arlow, governor Dana Pike said the floods in Wexland were the worst in years."),
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
            doc("a.txt", "In Seoul, the chipmaker Orvana unveiled its Telos processor, chief executive Kim Dae said."),
            doc(
                "b.txt",
                "Orvana said the Telos processor goes on sale in April, chief executive Kim Dae told Seoul media.",
            ),
            doc("c.txt", "In Seoul, the central bank under governor Lee Han cut its rate, the Monetary Board said."),
            doc("d.txt", "Governor Lee Han said the Monetary Board cut rates; markets in Seoul rose."),
        ];
        let s = group(&docs);
        assert_ne!(s.of_source[0], s.of_source[2]);
        assert_eq!(s.of_source[0], s.of_source[1]);
        assert_eq!(s.of_source[2], s.of_source[3]);
    }
}
