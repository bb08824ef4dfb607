//! `verb-before`: the verb a figure is the object of.
//!
//! "killed at least 11 people", "employs 3,200 people", "fined him 3
//! million pesos", "has offered 4 per cent", "is paying an initial €30
//! million", "won 31 seats", "sentenced Jane Roe to four years". The
//! subject right before the verb, when it is a name, is the figure's
//! holder ("the Greens won 9 seats").

use super::{Found, Role};
use crate::extract::grammar::{is_function_word, looks_like_participle, name_backward, ADVERBS, AUXILIARIES, PRONOUNS};
use crate::extract::tokens::Tokens;
use crate::knowledge::Knowledge;

/// Words between a verb and its figure that do not change what is counted.
const BETWEEN: &[&str] = &[
    "a",
    "an",
    "the",
    "its",
    "their",
    "his",
    "her",
    "our",
    "him",
    "them",
    "us",
    "it",
    "me",
    "initial",
    "further",
    "additional",
    "extra",
    "another",
    "total",
    "combined",
    "record",
    "club-record",
    "estimated",
    "some",
    "nearly",
    "almost",
    "just",
    "only",
    "roughly",
    "about",
    "around",
    "up",
    "front",
    "upfront",
    "altogether",
    "each",
];

/// Verbs whose "for" introduces a price: "sold for €15m".
const FOR_VERBS: &[&str] =
    &["sell", "sells", "sold", "selling", "buy", "buys", "bought", "retail", "retails", "go", "goes", "went"];

pub fn read(t: &Tokens, i: usize, k: &Knowledge) -> Option<Found> {
    let lexicon = &k.measures;
    let mut p = i;
    while p > 0 && BETWEEN.contains(&t.word(p - 1)) && t.joined(p - 1) {
        p -= 1;
    }
    if p == 0 {
        return None;
    }
    // "sentenced Jane Roe to four years": the verb a few words before "to".
    let mut words: Vec<String> = Vec::new();
    let mut object_holder = None;
    if matches!(t.word(p - 1), "to" | "for") {
        let particle = t.word(p - 1).to_string();
        let mut v = p - 1;
        let limit = v.saturating_sub(12);
        while v > limit {
            v -= 1;
            let w = t.word(v);
            // An age or count inside the object ("sentenced the 63-year-old
            // former treasurer to") is part of it; other punctuation ends it.
            if w.is_empty() && !t.tokens[v].is_punct("-") && !t.tokens[v].is_value() {
                return None;
            }
            if looks_like_participle(w) || lexicon.is_change_verb(w) || lexicon.names_measure(w) {
                break;
            }
        }
        let w = t.word(v);
        // Only verbs whose "to" or "for" takes the figure: "sentenced ... to
        // four years", "sold for €15m", "priced at" (not "argued for 5%").
        let governs = (particle == "to" && lexicon.names_measure(w)) || (particle == "for" && FOR_VERBS.contains(&w));
        if !governs || lexicon.is_change_verb(w) {
            return None;
        }
        // The name that ends the object is whose the figure is: "sentenced
        // Jane Roe to", "sentenced former regional minister Jane Roe to".
        if let Some(start) = crate::extract::grammar::name_backward(t, p - 1) {
            if start > v && t.tokens[start..p - 1].iter().all(|x| !x.is_value()) {
                object_holder = Some(t.slice(start, p - 2).to_lowercase());
            }
        }
        // What a thing sells for is its price.
        words.push(if particle == "for" && FOR_VERBS.contains(&w) { "price".to_string() } else { w.to_string() });
        let holder = object_holder.or_else(|| subject_name(t, v));
        return Some(Found { words, role: Role::Level, holder, ..Found::default() });
    }
    let v = p - 1;
    let w = t.word(v);
    // "who have 6 seats", "had 31.2%": a verb of having, not an auxiliary here.
    let having = matches!(w, "have" | "has" | "had");
    if w.is_empty() || (is_function_word(w) && !having) || t.tokens[v].is_capitalized() && v > 0 {
        return None;
    }
    let before = if v > 0 { t.word(v - 1) } else { "" };
    let verb_like = looks_like_participle(w)
        || w.ends_with("ing")
        || lexicon.is_light_verb(w)
        || lexicon.is_change_verb(w)
        || lexicon.names_measure(w)
        || AUXILIARIES.contains(&before)
        || PRONOUNS.contains(&before)
        || ADVERBS.contains(&before)
        || v > 0 && t.tokens[v - 1].is_capitalized();
    if !verb_like {
        return None;
    }
    let role = if lexicon.is_change_verb(w) { Role::Change } else { Role::Level };
    words.push(w.to_string());
    let mut s = v;
    while s > 0 && (AUXILIARIES.contains(&t.word(s - 1)) || ADVERBS.contains(&t.word(s - 1))) {
        s -= 1;
    }
    let (subject, subject_holder) = super::head_before::subject_words(t, s, k).unwrap_or_default();
    let holder = subject_name(t, v).or(subject_holder);
    Some(Found { words, role, holder, subject, ..Found::default() })
}

/// The name right before a verb (over auxiliaries and adverbs), or before
/// ", which" for a relative clause: the figure's holder.
fn subject_name(t: &Tokens, verb: usize) -> Option<String> {
    let mut s = verb;
    while s > 0 && (AUXILIARIES.contains(&t.word(s - 1)) || ADVERBS.contains(&t.word(s - 1))) {
        s -= 1;
    }
    if s >= 2 && matches!(t.word(s - 1), "which" | "who") && t.tokens[s - 2].is_punct(",") {
        s -= 2;
    }
    // Over words set off by commas: "Jane Roe, 44, was sentenced", "Jane
    // Roe, whose shop sold the tickets, was sentenced".
    if s >= 1 && t.tokens[s - 1].is_punct(",") {
        let opening = (s.saturating_sub(25)..s - 1).rev().find(|&x| t.tokens[x].is_punct(",.;:!?()"));
        if let Some(c) = opening.filter(|&c| t.tokens[c].is_punct(",") && c + 1 < s - 1) {
            s = c;
        }
    }
    let start = name_backward(t, s)?;
    let name = t.slice(start, s - 1);
    let name = name.strip_prefix("The ").unwrap_or(name);
    Some(name.trim_end_matches("'s").trim_end_matches("’s").to_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recognize;

    fn found(text: &str) -> Option<(Vec<String>, Option<String>)> {
        let k = Knowledge::builtin();
        let t = Tokens::new(text, recognize::values(text, None));
        let i = t.tokens.iter().position(|tok| tok.is_value())?;
        read(&t, i, &k).map(|f| (f.words, f.holder))
    }

    /// The reading of the sentence's last figure.
    fn last(text: &str) -> Option<(Vec<String>, Option<String>)> {
        let k = Knowledge::builtin();
        let t = Tokens::new(text, recognize::values(text, None));
        let i = t.tokens.iter().rposition(|tok| tok.is_value())?;
        read(&t, i, &k).map(|f| (f.words, f.holder))
    }

    #[test]
    fn verbs_and_their_subjects() {
        assert_eq!(found("The storms have killed at least 11 people."), Some((vec!["killed".into()], None)));
        assert_eq!(found("The Greens won 9 seats."), Some((vec!["won".into()], Some("greens".into()))));
        assert_eq!(found("The bakery, which employs 3,200 people, said."), Some((vec!["employs".into()], None)));
        assert_eq!(
            found("The Blue Democrats, which won 6 seats, agreed."),
            Some((vec!["won".into()], Some("blue democrats".into())))
        );
        assert_eq!(found("The court fined him €3 million."), Some((vec!["fined".into()], None)));
    }

    #[test]
    fn a_verb_before_to() {
        assert_eq!(
            found("A court sentenced Jane Roe to four years in prison."),
            Some((vec!["sentenced".into()], Some("jane roe".into())))
        );
        assert_eq!(
            found("A court sentenced former harbour master Jane Roe to four years in prison."),
            Some((vec!["sentenced".into()], Some("jane roe".into())))
        );
        assert_eq!(
            last("It sentenced the 63-year-old former treasurer to two years behind bars.").map(|f| f.0),
            Some(vec!["sentenced".into()])
        );
        assert_eq!(
            last("Plumber John Doe, 44, was sentenced to three years.").and_then(|f| f.1),
            Some("plumber john doe".into())
        );
        assert_eq!(
            last("John Doe, whose firm built the road, was sentenced to four years.").and_then(|f| f.1),
            Some("john doe".into())
        );
    }

    #[test]
    fn no_verb_no_reading() {
        assert_eq!(found("In the 31 seats of the house."), None);
    }
}
