//! Which of a fixed list of words a text holds, found in one pass.
//!
//! Recognizers skip their patterns on texts that lack the words those
//! patterns need. Asking `contains` once per word and recognizer scans a
//! sentence dozens of times; one automaton over every such word scans it
//! once and answers each question with a bit mask.

use aho_corasick::{AhoCorasick, AhoCorasickKind};

/// Up to 64 words (ASCII, lower case), matched in any ASCII case anywhere
/// in a text, as `text.to_ascii_lowercase().contains(word)` would.
pub(crate) struct WordBits {
    /// Sorted, one bit each in that order.
    words: Vec<&'static str>,
    automaton: AhoCorasick,
}

impl WordBits {
    pub(crate) fn new(words: impl IntoIterator<Item = &'static str>) -> WordBits {
        let mut words: Vec<&'static str> = words.into_iter().collect();
        words.sort_unstable();
        words.dedup();
        assert!(words.len() <= 64, "one bit per word");
        // A full DFA: an overlapping search cannot skip ahead with a
        // prefilter, so each byte should cost one table step.
        let automaton = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .kind(Some(AhoCorasickKind::DFA))
            .build(&words)
            .expect("word list automaton");
        WordBits { words, automaton }
    }

    /// The bits of the words `text` holds.
    pub(crate) fn found_in(&self, text: &str) -> u64 {
        self.automaton.find_overlapping_iter(text).fold(0, |bits, m| bits | 1 << m.pattern().as_usize())
    }

    /// The bits of `words`; a word not in the list has none.
    pub(crate) fn mask(&self, words: &[&str]) -> u64 {
        words.iter().filter_map(|w| self.words.binary_search(w).ok()).fold(0, |bits, i| bits | 1 << i)
    }
}

#[cfg(test)]
mod tests {
    use super::WordBits;

    #[test]
    fn answers_as_contains_on_the_lower_case_text_would() {
        let list = WordBits::new(["day", "week", "ago", "today", "http"]);
        for text in ["Two WEEKS ago", "Today, not yesterday", "no such thing", "Holiday", "ſunday week", ""] {
            let found = list.found_in(text);
            let lower = text.to_ascii_lowercase();
            for word in ["day", "week", "ago", "today", "http"] {
                assert_eq!(found & list.mask(&[word]) != 0, lower.contains(word), "{word} in {text}");
            }
        }
        assert_eq!(list.mask(&["month"]), 0, "a word not listed has no bit");
    }
}
