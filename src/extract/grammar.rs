//! Word classes of English that the readers share: the closed classes
//! (prepositions, determiners, auxiliaries, conjunctions) that end a noun
//! phrase, and the phrase readers built on them.
//!
//! crosscheck has no part-of-speech tagger: news English marks its phrase
//! boundaries with a small set of function words, and that is enough to find
//! the noun phrase next to a figure ("29 deaths", "the death toll of 29").

use super::tokens::Tokens;
use super::words::{words, Word};
use fnv::FnvHashSet;
use std::sync::LazyLock;

pub const PREPOSITIONS: &[&str] = &[
    "of",
    "in",
    "on",
    "at",
    "to",
    "for",
    "from",
    "by",
    "with",
    "as",
    "into",
    "onto",
    "over",
    "under",
    "between",
    "among",
    "after",
    "before",
    "during",
    "since",
    "until",
    "till",
    "within",
    "without",
    "across",
    "through",
    "throughout",
    "per",
    "via",
    "about",
    "against",
    "toward",
    "towards",
    "near",
    "around",
    "behind",
    "beyond",
    "despite",
    "amid",
    "amongst",
    "upon",
    "off",
    "out",
    "up",
    "down",
    "like",
    "unlike",
    "than",
    "including",
    "excluding",
    "following",
    "plus",
    "minus",
    "versus",
    "vs",
];

pub const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "your", "my", "some",
    "any", "each", "every", "no", "all", "both", "either", "neither", "another", "such", "what", "which", "whose",
];

pub const POSSESSIVES: &[&str] = &["its", "their", "his", "her", "our", "your", "my"];

pub const AUXILIARIES: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "will", "would",
    "shall", "should", "can", "could", "may", "might", "must", "'s", "’s",
];

pub const CONJUNCTIONS: &[&str] = &[
    "and", "or", "but", "nor", "so", "yet", "while", "whereas", "although", "though", "because", "if", "when", "where",
    "which", "who", "whom", "that", "unless", "whether", "once", "after", "before", "since",
];

/// Adverbs that stand between an auxiliary and its verb ("have now been").
pub const ADVERBS: &[&str] = &[
    "also",
    "now",
    "still",
    "already",
    "just",
    "only",
    "even",
    "again",
    "then",
    "there",
    "here",
    "reportedly",
    "nearly",
    "almost",
    "about",
    "around",
    "roughly",
    "approximately",
    "some",
    "so",
    "far",
    "not",
    "never",
    "officially",
    "initially",
    "originally",
    "finally",
    "later",
    "earlier",
    "since",
    "previously",
    "recently",
    "currently",
    "altogether",
    "together",
    "in",
    "total",
    "respectively",
    "allegedly",
    "apparently",
    "further",
    "aboard",
    "onboard",
    "abroad",
    "ashore",
    "overseas",
    "apiece",
    "ago",
    "worldwide",
    "nationwide",
    "overnight",
    "nationally",
    "locally",
    "alone",
];

pub const PRONOUNS: &[&str] = &[
    "he",
    "she",
    "they",
    "it",
    "we",
    "i",
    "you",
    "him",
    "her",
    "them",
    "us",
    "me",
    "this",
    "that",
    "these",
    "those",
    "who",
    "which",
    "one",
    "itself",
    "themselves",
    "himself",
    "herself",
];

/// Words that end a noun phrase read forwards or backwards.
pub fn is_function_word(w: &str) -> bool {
    // Asked of nearly every word next to a figure or a name: one hash
    // lookup instead of a scan of the five lists.
    static FUNCTION_WORDS: LazyLock<FnvHashSet<&'static str>> = LazyLock::new(|| {
        [PREPOSITIONS, DETERMINERS, AUXILIARIES, CONJUNCTIONS, PRONOUNS, OTHER_FUNCTION_WORDS]
            .into_iter()
            .flatten()
            .copied()
            .collect()
    });
    FUNCTION_WORDS.contains(w)
}

/// Function words of no list above: negation and comparison.
const OTHER_FUNCTION_WORDS: &[&str] = &["not", "than", "more", "less", "fewer", "most", "least", "only", "just"];

/// A word that may be part of a noun phrase: a word token that is not a
/// function word and not a figure.
pub fn np_word(t: &Tokens, i: usize) -> bool {
    t.tokens.get(i).is_some_and(|tok| tok.is_word() && !is_function_word(&tok.lower) && !ADVERBS.contains(&tok.word()))
}

/// The noun phrase starting at token `i`: up to `max` phrase words on one
/// line. Returns the token range `[i, end)`.
pub fn np_forward(t: &Tokens, i: usize, max: usize) -> usize {
    let mut end = i;
    while end < t.len() && end - i < max && np_word(t, end) && (end == i || t.joined(end - 1)) {
        end += 1;
    }
    end
}

/// The noun phrase ending right before token `end` (exclusive): up to
/// `max` phrase words on one line. Returns its first token.
pub fn np_backward(t: &Tokens, end: usize, max: usize) -> usize {
    let mut start = end;
    while start > 0 && end - start < max && np_word(t, start - 1) && (start == end || t.joined(start - 1)) {
        start -= 1;
    }
    start
}

/// Whether token `i` looks like a past participle or a verb in -ed/-en.
pub fn looks_like_participle(w: &str) -> bool {
    (w.len() > 4 && (w.ends_with("ed") || w.ends_with("en")))
        || matches!(w, "lost" | "hurt" | "cut" | "held" | "paid" | "sold" | "built" | "put" | "set" | "left" | "struck")
}

/// The clause around token `i`: tokens between the nearest clause marks
/// (";", ":", "—", a bracket, or a comma before a conjunction or a relative
/// pronoun) on either side.
pub fn clause(t: &Tokens, i: usize) -> (usize, usize) {
    let is_break = |j: usize| {
        let tok = &t.tokens[j];
        if tok.is_punct(";:—()[]\"“”") {
            return true;
        }
        if tok.is_punct(",") {
            let next = t.word(j + 1);
            return matches!(
                next,
                "and"
                    | "but"
                    | "while"
                    | "which"
                    | "who"
                    | "where"
                    | "when"
                    | "although"
                    | "though"
                    | "whereas"
                    | "as"
                    | "after"
                    | "before"
                    | "since"
                    | "because"
                    | "with"
                    | "said"
                    | "says"
                    | "according"
            );
        }
        false
    };
    let mut start = i;
    while start > 0 && !is_break(start - 1) {
        start -= 1;
    }
    let mut end = i + 1;
    while end < t.len() && !is_break(end) {
        end += 1;
    }
    (start, end)
}

/// A run of capitalized words (a proper name) ending right before `end`,
/// allowing "and", "of", "de" inside ("Coast and Valley Union").
/// Returns its first token.
pub fn name_backward(t: &Tokens, end: usize) -> Option<usize> {
    let mut start = end;
    while start > 0 {
        let j = start - 1;
        let tok = &t.tokens[j];
        let joined = j + 1 == end || t.joined(j);
        let name_word = tok.is_capitalized() && !is_function_word(&tok.lower);
        let inner = start < end
            && matches!(tok.lower.as_ref(), "and" | "of" | "de")
            && j > 0
            && t.tokens[j - 1].is_capitalized();
        if joined && (name_word || inner) {
            start = j;
        } else {
            break;
        }
    }
    (start < end).then_some(start)
}

/// A run of capitalized words starting at `i` (see [`name_backward`]).
/// Returns the end (exclusive).
pub fn name_forward(t: &Tokens, i: usize) -> Option<usize> {
    let mut end = i;
    while end < t.len() {
        let tok = &t.tokens[end];
        let cap = tok.is_capitalized() && (end == i || t.joined(end - 1));
        let inner = end > i
            && matches!(tok.lower.as_ref(), "and" | "of" | "de")
            && t.tokens.get(end + 1).is_some_and(|n| n.is_capitalized());
        if cap || inner {
            end += 1;
        } else {
            break;
        }
    }
    (end > i).then_some(end)
}

/// The words of `text` from the last one back: [`words`] of `text`,
/// reversed. The readers look at the few words before an office or an
/// event, not at the whole sentence before it, so the text is split a
/// stretch at a time from its end, each stretch starting after a space: a
/// word never runs across a space, so the words are the same.
pub fn words_back(text: &str) -> impl Iterator<Item = Word<'_>> {
    /// Bytes split at once: a few words.
    const STRETCH: usize = 48;
    let bytes = text.as_bytes();
    let mut cut = text.len();
    let mut stretch: Vec<Word> = Vec::new();
    std::iter::from_fn(move || {
        while stretch.is_empty() && cut > 0 {
            let mut start = cut.saturating_sub(STRETCH);
            while start > 0 && !bytes[start - 1].is_ascii_whitespace() {
                start -= 1;
            }
            stretch = words(&text[start..cut])
                .into_iter()
                .map(|w| Word { span: w.span.offset(start), text: w.text })
                .collect();
            cut = start;
        }
        stretch.pop()
    })
}

/// Where a stretch of `text` from `from` that holds at least `n` words
/// ends (right after a space), or the end of the text: [`words`] of the
/// stretch are the first words of the rest. A run of characters between
/// spaces that has an ASCII letter or digit holds a word of its own.
pub fn stretch_end(text: &str, from: usize, n: usize) -> usize {
    after_word_runs(text.bytes().enumerate().skip(from), n).unwrap_or(text.len())
}

/// Where a stretch of `text` ending at `to` that holds at least `n - 1`
/// words before the last run of characters starts (right after a space),
/// or 0: [`stretch_end`] read backwards.
pub fn stretch_start(text: &str, to: usize, n: usize) -> usize {
    after_word_runs(text.as_bytes()[..to].iter().copied().enumerate().rev(), n).unwrap_or(0)
}

/// Where the space that closes the `n`-th run of characters holding an
/// ASCII letter or digit stands, plus one, walking `bytes` (with their
/// positions) in either direction.
fn after_word_runs(bytes: impl Iterator<Item = (usize, u8)>, n: usize) -> Option<usize> {
    let mut runs = 0;
    let mut has_word = false;
    for (i, b) in bytes {
        if b.is_ascii_whitespace() {
            if has_word {
                runs += 1;
                if runs == n {
                    return Some(i + 1);
                }
            }
            has_word = false;
        } else {
            has_word |= b.is_ascii_alphanumeric();
        }
    }
    None
}

/// The first word of `text`: `words(text).first()`, without splitting
/// the text past the space after it.
pub fn first_word(text: &str) -> Option<Word<'_>> {
    let start = text.find(char::is_alphanumeric)?;
    let end = text.as_bytes()[start..].iter().position(u8::is_ascii_whitespace).map_or(text.len(), |p| start + p + 1);
    words(&text[..end]).into_iter().next()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_read_back_or_first_are_the_words_of_the_text() {
        for text in [
            "",
            " ",
            "U.S. Deputy Secretary-General O'Neill,  the   ex-Mr. Roe’s 3.5 men\tsaid: “no.” ",
            "a.b.c. Mr. x... —  Dr. Jane Roe-Smith of the U.K. and its 12,000 members — said so",
            &"word ".repeat(40),
            &"long-hyphenated-compound.".repeat(10),
        ] {
            let mut back: Vec<Word> = words_back(text).collect();
            back.reverse();
            assert_eq!(back, words(text), "{text}");
            assert_eq!(first_word(text), words(text).first().copied(), "{text}");
            for from in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                let end = stretch_end(text, from, 3);
                let all = words(&text[from..]);
                let some = words(&text[from..end]);
                assert!(some.len() >= 3.min(all.len()) && all.starts_with(&some), "{text} {from}");
                let start = stretch_start(text, from, 4);
                let before: Vec<Word> = words(text).into_iter().filter(|w| w.span.end <= from).collect();
                let near: Vec<Word> = words(&text[start..])
                    .into_iter()
                    .map(|w| Word { span: w.span.offset(start), text: w.text })
                    .filter(|w| w.span.end <= from)
                    .collect();
                assert!(near.len() >= 3.min(before.len()) && before.ends_with(&near), "{text} {from}");
            }
        }
    }

    #[test]
    fn noun_phrases_stop_at_function_words() {
        let t = Tokens::new("the death toll of the floods rose", Vec::new());
        assert_eq!(np_backward(&t, 3, 4), 1);
        assert_eq!(np_forward(&t, 1, 4), 3);
        assert_eq!(np_forward(&t, 5, 4), 7);
    }

    #[test]
    fn clauses_break_at_relative_pronouns_and_semicolons() {
        let t = Tokens::new("The party, which won seats; others lost", Vec::new());
        assert_eq!(clause(&t, 4), (3, 6));
        assert_eq!(clause(&t, 0), (0, 2));
    }

    #[test]
    fn names_with_inner_and() {
        let t = Tokens::new("the Coast and Valley Union won", Vec::new());
        assert_eq!(name_backward(&t, 5), Some(1));
        assert_eq!(name_forward(&t, 1), Some(5));
    }
}
