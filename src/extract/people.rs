//! The people a document names, and where: the antecedents of "the
//! 63-year-old", "the striker, aged 19", "the governor".
//!
//! A capitalized run of words is taken for a person when the text treats it
//! as one: an office before it ("Finance Minister Jane Roe"), an age after
//! it ("Jane Roe, 39,"), a verb of speech ("Roe said", "said Roe"), or an
//! age before it ("the 26-year-old Jane Roe"). Every later mention of the
//! full name or of its first or last word alone is a mention of that person.

use super::grammar::is_function_word;
use super::words::{person_name_at, word_iter, Word};
use crate::knowledge::{Hit, Knowledge};
use crate::span::Span;
use regex::Regex;
use std::collections::BTreeSet;
use std::sync::LazyLock;

/// A mention of a person: where, and the full name it stands for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    pub at: usize,
    pub name: String,
}

static SAID_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:,\s*)?(?:said|says|told|added|explained|warned|wrote|insisted|argued|recalled)\b").unwrap()
});
static SAID_BEFORE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\b(?:said|says|told|according to)\s+$").unwrap());
static AGE_AFTER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^,\s*(?:aged\s+)?[0-9]{1,3}\s*,").unwrap());
static YEAR_OLD_BEFORE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)-year-old\s+$").unwrap());

/// Every mention of a person in `text`, in text order.
#[cfg(test)]
pub fn mentions(knowledge: &Knowledge, text: &str, sentences: &[Span]) -> Vec<Mention> {
    let offices: Vec<Vec<Hit>> = sentences.iter().map(|s| knowledge.find_offices(s.slice(text))).collect();
    mentions_with(knowledge, text, sentences, &offices)
}

/// [`mentions`] for a caller that has searched each sentence for offices
/// already (`offices[i]` is [`Knowledge::find_offices`] of sentence `i`).
pub fn mentions_with(knowledge: &Knowledge, text: &str, sentences: &[Span], offices: &[Vec<Hit>]) -> Vec<Mention> {
    let mut names: BTreeSet<String> = BTreeSet::new();
    let caps = Capitals::read(text, sentences);
    for ((s, cs), hits) in sentences.iter().zip(caps.per_sentence()).zip(offices) {
        let sentence = s.slice(text);
        // An office before a name.
        for hit in hits {
            if let Some((_, name)) = person_name_at(sentence, hit.end, false) {
                names.insert(name);
            }
        }
        // Capitalized runs with an age, a verb of speech or "N-year-old" next to them.
        for (k, c) in cs.iter().enumerate() {
            let end = c.word.span.end;
            let next_is_name = cs.get(k + 1).is_some_and(|n| n.word.span.start <= end + 1);
            if next_is_name {
                continue;
            }
            // The name: up to four capitalized words joined by single spaces.
            let mut first = k;
            while first > 0 && k - first < 3 && joined(&cs[first - 1], &cs[first]) {
                first -= 1;
            }
            let start = cs[first].word.span.start;
            let name = &sentence[start..end];
            if name.bytes().any(|b| b.is_ascii_digit()) {
                continue;
            }
            // "the Alliance", "of Commerce": a name does not follow an article or preposition.
            if cs[first].before.is_some_and(|before| {
                ["the", "a", "an", "of", "for", "to", "its", "their"].iter().any(|w| before.eq_ignore_ascii_case(w))
            }) {
                continue;
            }
            let after = window_after(sentence, end);
            let before = window_before(sentence, start);
            if !person_cue(after, before) {
                continue;
            }
            if !is_function_word(&name.to_lowercase()) && knowledge.place(name).is_none() {
                let name = name.strip_prefix("The ").unwrap_or(name);
                if name.split_whitespace().all(|p| !is_function_word(&p.to_lowercase())) {
                    names.insert(name.to_string());
                }
            }
        }
    }
    // A two- or three-word name whose last word also stands alone in the
    // text ("Nils Brandt" ... "Brandt scored") is a person's: clubs,
    // firms and rivers are not called by their last word.
    let mut candidates: Vec<(&str, &str)> = Vec::new();
    for (s, cs) in sentences.iter().zip(caps.per_sentence()) {
        let sentence = s.slice(text);
        let mut k = 0;
        while k < cs.len() {
            let mut e = k + 1;
            while e < cs.len() && joined(&cs[e - 1], &cs[e]) {
                e += 1;
            }
            if e - k >= 2 && e - k <= 3 && cs[k].before.is_some() {
                let last = cs[e - 1].word.text;
                let name = &sentence[cs[k].word.span.start..cs[e - 1].word.span.end];
                let plain = cs[k..e]
                    .iter()
                    .all(|c| !c.word.text.bytes().any(|b| b.is_ascii_digit()) && !is_function_word(&c.word.lower()));
                if plain {
                    candidates.push((name, last));
                }
            }
            k = e;
        }
    }
    if !candidates.is_empty() {
        let alone = caps.standing_alone(candidates.iter().map(|c| c.1).collect());
        for (name, last) in candidates {
            if alone.binary_search(&last).is_ok()
                && knowledge.place(name).is_none()
                && knowledge.find_organisations(name).is_empty()
            {
                names.insert(name.to_string());
            }
        }
    }
    // Short forms: the first or last word of a full name, when only one
    // full name has it ("Baek" for "Baek Ji-ho", "Roe" for "Jane Roe").
    let mut forms: Vec<(&str, &str)> = Vec::new();
    for name in &names {
        forms.push((name, name));
        let parts: Vec<&str> = name.split_whitespace().collect();
        if parts.len() >= 2 {
            for short in [parts[0], parts[parts.len() - 1]] {
                let unique = names.iter().filter(|n| n.split_whitespace().any(|p| p == short)).count() == 1;
                if unique && short.chars().count() > 2 {
                    forms.push((short, name));
                }
            }
        }
    }
    // Longest form first; grouped by first byte, which is all a word
    // can match, so that a word looks only at its own group.
    forms.sort_by(|a, b| {
        a.0.as_bytes()[0].cmp(&b.0.as_bytes()[0]).then(b.0.len().cmp(&a.0.len())).then_with(|| a.cmp(b))
    });
    let mut out = Vec::new();
    let mut covered_until = 0;
    for (s, cs) in sentences.iter().zip(caps.per_sentence()) {
        let sentence = s.slice(text);
        for c in cs {
            let at = s.start + c.word.span.start;
            if at < covered_until {
                continue;
            }
            let rest = &sentence[c.word.span.start..];
            let first = rest.as_bytes()[0];
            let group = forms.partition_point(|(f, _)| f.as_bytes()[0] < first);
            let found = forms[group..]
                .iter()
                .take_while(|(f, _)| f.as_bytes()[0] == first)
                .find(|(f, _)| rest.starts_with(f) && !rest[f.len()..].starts_with(char::is_alphanumeric));
            if let Some((form, name)) = found {
                covered_until = at + form.len();
                out.push(Mention { at, name: name.to_string() });
            }
        }
    }
    out.sort_by_key(|m| m.at);
    out.dedup_by(|a, b| a.at == b.at);
    out
}

/// A capitalized word of a sentence and the word before it: the reader
/// looks at no other words, but for the article or preposition a name
/// may not follow.
struct Cap<'a> {
    word: Word<'a>,
    /// The word before it in its sentence, if any.
    before: Option<&'a str>,
}

/// The capitalized words of every sentence, in one list.
struct Capitals<'a> {
    words: Vec<Cap<'a>>,
    /// Where the words of each sentence end in `words`.
    ends: Vec<usize>,
}

impl<'a> Capitals<'a> {
    /// The capitalized words of `sentences`, in order. Two of them next
    /// to each other here are next to each other among all the words
    /// too: a word between would keep them more than a byte apart.
    fn read(text: &'a str, sentences: &[Span]) -> Self {
        let mut words = Vec::with_capacity(text.len() / 16);
        let mut ends = Vec::with_capacity(sentences.len());
        for s in sentences {
            let mut before = None;
            for word in word_iter(s.slice(text)) {
                if word.is_capitalized() {
                    words.push(Cap { word, before });
                }
                before = Some(word.text);
            }
            ends.push(words.len());
        }
        Capitals { words, ends }
    }

    /// The capitalized words of each sentence in turn.
    fn per_sentence(&self) -> impl Iterator<Item = &[Cap<'a>]> {
        let mut start = 0;
        self.ends.iter().map(move |&end| {
            let sentence = &self.words[start..end];
            start = end;
            sentence
        })
    }

    /// Those of `wanted` found standing alone, with no capitalized word
    /// right before or after them; sorted for search.
    fn standing_alone(&self, mut wanted: Vec<&'a str>) -> Vec<&'a str> {
        wanted.sort_unstable();
        wanted.dedup();
        let mut found = vec![false; wanted.len()];
        for cs in self.per_sentence() {
            for (k, c) in cs.iter().enumerate() {
                let w = &c.word;
                let prev_cap = k > 0 && cs[k - 1].word.span.end + 1 >= w.span.start;
                let next_cap = cs.get(k + 1).is_some_and(|n| n.word.span.start <= w.span.end + 1);
                if !prev_cap && !next_cap {
                    if let Ok(i) = wanted.binary_search(&w.text) {
                        found[i] = true;
                    }
                }
            }
        }
        let mut found = found.into_iter();
        wanted.retain(|_| found.next().unwrap_or(false));
        wanted
    }
}

/// Whether two capitalized words are parts of one name: one space apart.
fn joined(a: &Cap<'_>, b: &Cap<'_>) -> bool {
    a.word.span.end + 1 == b.word.span.start
}

/// Whether the words around a capitalized run treat it as a person: an
/// age after it, or a verb of speech or "N-year-old" next to it. Each
/// pattern runs only when the word or byte it must start or end with is
/// there: most capitalized runs have none of them.
fn person_cue(after: &str, before: &str) -> bool {
    let verb_after = after.trim_start();
    let verb_after = verb_after.strip_prefix(',').unwrap_or(verb_after).trim_start();
    let before_word = before.trim_end();
    (after.starts_with(',') && AGE_AFTER.is_match(after))
        || (VERBS_AFTER.iter().any(|v| verb_after.starts_with(v)) && SAID_AFTER.is_match(after))
        || (before_word.len() < before.len()
            && VERBS_BEFORE.iter().any(|v| before_word.ends_with(v))
            && SAID_BEFORE.is_match(before))
        || (before_word.len() >= 3
            && before_word.as_bytes()[before_word.len() - 3..].eq_ignore_ascii_case(b"old")
            && YEAR_OLD_BEFORE.is_match(before))
}

/// The words [`SAID_AFTER`] may find after a name.
const VERBS_AFTER: [&str; 10] =
    ["said", "says", "told", "added", "explained", "warned", "wrote", "insisted", "argued", "recalled"];

/// The last words of the phrases [`SAID_BEFORE`] may find before a name.
const VERBS_BEFORE: [&str; 4] = ["said", "says", "told", "to"];

/// At most 40 bytes of `text` after `at`, cut on a character boundary.
fn window_after(text: &str, at: usize) -> &str {
    let mut end = (at + 40).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[at..end]
}

/// At most 40 bytes of `text` before `at`, cut on a character boundary.
fn window_before(text: &str, at: usize) -> &str {
    let mut start = at.saturating_sub(40);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    &text[start..at]
}

/// The person last mentioned before `at`, within `reach` bytes.
pub fn last_before(mentions: &[Mention], at: usize, reach: usize) -> Option<&str> {
    let i = mentions.partition_point(|m| m.at < at);
    let m = mentions.get(i.checked_sub(1)?)?;
    (at - m.at <= reach).then_some(m.name.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::sentences;

    fn found(text: &str) -> Vec<(usize, String)> {
        let k = Knowledge::builtin();
        mentions(&k, text, &sentences(text)).into_iter().map(|m| (m.at, m.name)).collect()
    }

    #[test]
    fn names_with_an_office_an_age_or_a_verb_of_speech() {
        let text = "Finance Minister Jane Roe spoke. Tom Hale, 52, agreed. \"Fine,\" said Ada Kerr. Roe left.";
        let names: Vec<String> = found(text).into_iter().map(|m| m.1).collect();
        assert_eq!(names, ["Jane Roe", "Tom Hale", "Ada Kerr", "Jane Roe"]);
    }

    #[test]
    fn a_surname_used_alone_marks_a_person() {
        let names: Vec<String> = found("The club signed forward Nils Brandt on Monday. Brandt scored twice.")
            .into_iter()
            .map(|m| m.1)
            .collect();
        assert_eq!(names, ["Nils Brandt", "Nils Brandt"]);
        assert!(found("Fans of Kelder United cheered. Kelder won again.").is_empty());
    }

    #[test]
    fn the_last_mention_before_a_point() {
        let text = "Tom Hale, 52, agreed. Later the 52-year-old left.";
        let k = Knowledge::builtin();
        let m = mentions(&k, text, &sentences(text));
        assert_eq!(last_before(&m, text.find("the 52").unwrap(), 500), Some("Tom Hale"));
        assert_eq!(last_before(&m, 0, 500), None);
    }
}
