//! Whose a figure is, when the measure readers found no possessor or
//! subject next to it: the name that is the subject of the figure's clause.
//!
//! - "The conservative Northern Bloc was third with about 12% and 13
//!   seats": the clause's subject, over an article and adjectives;
//! - "the Greens, which with 9 seats are fourth": the antecedent of a
//!   relative clause;
//! - "- Northern Bloc – 31.2%, 33 seats": the name that opens a list item.
//!
//! A holder only separates figures when a story gives one measure for
//! several holders (see `resolve`), so a wrong guess costs little; no name
//! is guessed from a pronoun.

use super::grammar::{is_function_word, looks_like_participle, name_backward, name_forward, AUXILIARIES};
use super::tokens::Tokens;
use crate::knowledge::Knowledge;

/// The name heading the list item or clause of token `i`, lower case, or
/// the part of a whole that is the clause's subject ("the cloud segment").
pub fn of_clause(t: &Tokens, i: usize, k: &Knowledge) -> Option<String> {
    list_item_name(t, i).or_else(|| clause_subject(t, i)).or_else(|| part_subject(t, i, k))
}

/// "The productivity unit, which includes ..., generated $18.3 billion",
/// "the cloud segment grew 15%": a subject whose head noun names a part of
/// a whole (`part-nouns`) owns the figure.
fn part_subject(t: &Tokens, i: usize, k: &Knowledge) -> Option<String> {
    let (mut start, _) = super::grammar::clause(t, i);
    if matches!(t.word(start), "which" | "that") && start >= 2 && t.tokens[start - 1].is_punct(",") {
        start = super::grammar::clause(t, start - 2).0;
    }
    let mut j = start;
    while matches!(t.word(j), "the" | "its" | "their" | "a" | "an") {
        j += 1;
    }
    // The subject runs to its head noun, over words joined by "and".
    let mut end = j;
    while end < i && end - j < 8 && (super::grammar::np_word(t, end) || (end > j && t.word(end) == "and")) {
        end += 1;
        if k.part_nouns.contains(t.word(end - 1)) {
            let words: Vec<&str> = (j..end).map(|x| t.word(x)).collect();
            return Some(words.join(" "));
        }
    }
    None
}

/// "Northern Bloc – 31.2%, 33 seats", "Harbour Party: 13 seats": a name
/// that opens the line, closed by a dash or a colon.
fn list_item_name(t: &Tokens, i: usize) -> Option<String> {
    let mut start = i;
    while start > 0 && t.joined(start - 1) && !t.tokens[start - 1].is_punct(".;!?") {
        start -= 1;
    }
    while start < i && t.tokens[start].is_punct("-*•") {
        start += 1;
    }
    let end = name_forward(t, start)?;
    // A place in capitals before a dash is a dateline: "HALDEN - The fire
    // ..."; before a colon it is a label ("AKP: 258 seats").
    let colon = t.tokens.get(end).is_some_and(|x| x.is_punct(":"));
    if !colon && t.tokens[start..end].iter().all(|x| x.text.chars().all(|c| !c.is_lowercase())) {
        return None;
    }
    let closed = colon
        || t.tokens.get(end).is_some_and(|x| x.is_punct("–—"))
        || (t.tokens.get(end).is_some_and(|x| x.is_punct("-")) && end + 1 < i);
    (closed && end < i).then(|| normalize(t.slice(start, end - 1)))
}

/// The name that is the subject of token `i`'s clause.
fn clause_subject(t: &Tokens, i: usize) -> Option<String> {
    let (start, _) = super::grammar::clause(t, i);
    // A relative clause: the name before ", which".
    if matches!(t.word(start), "which" | "who") && start >= 2 && t.tokens[start - 1].is_punct(",") {
        let s = name_backward(t, start - 1)?;
        return Some(normalize(t.slice(s, start - 2)));
    }
    // Over an article and up to two lower-case adjectives.
    let mut j = start;
    if matches!(t.word(j), "the" | "a" | "an") {
        j += 1;
    }
    let mut adjectives = 0;
    while adjectives < 2
        && t.tokens.get(j).is_some_and(|x| x.is_word() && !x.is_capitalized() && !is_function_word(&x.lower))
    {
        j += 1;
        adjectives += 1;
    }
    if is_function_word(t.word(j)) {
        return None;
    }
    let end = name_forward(t, j)?;
    if end > i {
        return None;
    }
    // A lone capitalized word opening the sentence may be any word.
    if j == 0 && end == 1 {
        return None;
    }
    // The name must be followed by its verb, and not a verb of saying: the
    // figure of "the ministry said 4,800 trains..." is not the ministry's.
    let next = t.word(end);
    if super::event_time::REPORTING.contains(&next) {
        return None;
    }
    // A word in -s is a verb ("employs") unless a verb follows it ("figures put").
    let then = t.word(end + 1);
    let verb_after_it = looks_like_participle(then)
        || AUXILIARIES.contains(&then)
        || matches!(then, "put" | "show" | "showed" | "suggest" | "say");
    let verb_follows = AUXILIARIES.contains(&next)
        || looks_like_participle(next)
        || (next.ends_with('s') && !next.ends_with("ss") && !verb_after_it)
        || matches!(next, "won" | "took" | "came" | "led" | "held" | "got" | "finished" | "secured");
    (verb_follows && !t.tokens[j].lower.is_empty()).then(|| normalize(t.slice(j, end - 1)))
}

fn normalize(name: &str) -> String {
    let name = name.strip_prefix("The ").unwrap_or(name);
    name.trim_end_matches("'s").trim_end_matches("’s").to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recognize;

    fn holder(text: &str, n: usize) -> Option<String> {
        let t = Tokens::new(text, recognize::values(text, None));
        let i = t.tokens.iter().enumerate().filter(|(_, x)| x.is_value()).nth(n)?.0;
        of_clause(&t, i, &Knowledge::builtin())
    }

    #[test]
    fn subjects_antecedents_and_list_items() {
        assert_eq!(
            holder("The conservative Northern Bloc was third with about 12% and 13 seats.", 1).as_deref(),
            Some("northern bloc")
        );
        assert_eq!(
            holder("The Northern Bloc, which with 13 seats is third, waits.", 0).as_deref(),
            Some("northern bloc")
        );
        assert_eq!(holder("- Northern Bloc – 12.6%, 13 seats", 1).as_deref(), Some("northern bloc"));
        assert_eq!(holder("NDP: 31.2% and 44 seats", 1).as_deref(), Some("ndp"));
        assert_eq!(holder("HALDEN - The fire has burned 40 homes.", 0), None);
        assert_eq!(holder("It would give it 31 seats.", 0), None);
        assert_eq!(
            holder("The games and devices unit, which makes consoles, generated $8.1 billion in revenue.", 0)
                .as_deref(),
            Some("games and devices unit")
        );
        assert_eq!(holder("The company generated $8.1 billion in revenue.", 0), None);
    }
}
