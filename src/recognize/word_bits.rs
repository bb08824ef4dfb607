//! Which of a fixed list of words a text holds, found in one pass.
//!
//! Recognizers skip their patterns on texts that lack the words those
//! patterns need. Asking `contains` once per word and recognizer scans a
//! sentence dozens of times; one automaton over every such word scans it
//! once and answers each question with a bit mask.

use aho_corasick::automaton::Automaton;
use aho_corasick::dfa::DFA;
use aho_corasick::Anchored;

/// One bit per word of a [`WordBits`] list.
pub(crate) type Bits = u128;

/// Up to 128 words (ASCII, lower case), matched in any ASCII case anywhere
/// in a text, as `text.to_ascii_lowercase().contains(word)` would.
pub(crate) struct WordBits {
    /// Sorted, one bit each in that order.
    words: Vec<&'static str>,
    automaton: DFA,
}

impl WordBits {
    pub(crate) fn new(words: impl IntoIterator<Item = &'static str>) -> WordBits {
        let mut words: Vec<&'static str> = words.into_iter().collect();
        words.sort_unstable();
        words.dedup();
        assert!(words.len() <= Bits::BITS as usize, "one bit per word");
        // A full DFA walked by hand: every word must be found, so no
        // prefilter can skip ahead, and each byte costs one table step
        // without the bookkeeping of an overlapping search.
        let automaton = DFA::builder()
            .ascii_case_insensitive(true)
            .prefilter(false)
            .start_kind(aho_corasick::StartKind::Unanchored)
            .build(&words)
            .expect("word list automaton");
        WordBits { words, automaton }
    }

    /// The bits of the words `text` holds.
    pub(crate) fn found_in(&self, text: &str) -> Bits {
        let dfa = &self.automaton;
        let Ok(mut state) = dfa.start_state(Anchored::No) else { return 0 };
        let mut bits = 0;
        for &b in text.as_bytes() {
            state = dfa.next_state(Anchored::No, state, b);
            // A match state lists every word ending here, the shorter ones
            // inside it included (standard match semantics).
            if dfa.is_special(state) && dfa.is_match(state) {
                for i in 0..dfa.match_len(state) {
                    bits |= 1 << dfa.match_pattern(state, i).as_usize();
                }
            }
        }
        bits
    }

    /// The bits of `words`; a word not in the list has none.
    pub(crate) fn mask(&self, words: &[&str]) -> Bits {
        words.iter().filter_map(|w| self.words.binary_search(w).ok()).fold(0, |bits, i| bits | 1 << i)
    }
}

#[cfg(test)]
mod tests {
    use super::WordBits;

    #[test]
    fn answers_as_contains_on_the_lower_case_text_would() {
        let words = ["day", "week", "ago", "today", "http", "a", "oda", "yesterday", "ter"];
        let list = WordBits::new(words);
        for text in ["Two WEEKS ago", "Today, not yesterday", "no such thing", "Holiday", "ſunday week", "", "tODAy"] {
            let found = list.found_in(text);
            let lower = text.to_ascii_lowercase();
            for word in words {
                assert_eq!(found & list.mask(&[word]) != 0, lower.contains(word), "{word} in {text}");
            }
        }
        assert_eq!(list.mask(&["month"]), 0, "a word not listed has no bit");
    }
}
