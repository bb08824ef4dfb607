//! `head-before`: the head noun a figure is linked to before it.
//!
//! - by "of": "a death toll of 29", "a penalty of 3 million pesos", "an
//!   increase of 6%" (a change);
//! - by a verb of level: "attendance was 72.5%", "the lake stood at 3.2
//!   metres", "the count reached 64", "the bid is worth 4%";
//! - by a verb of change: "sales rose 7%" (a change), "rose by 1.3
//!   billion pesos" (a change), "rose to 4.6 billion pesos" (the new level),
//!   "from 3.75%" (the old level), "lowered its deposit rate by 50 basis points";
//! - after another figure: "sales of 4.6 billion pesos, up 7%".
//!
//! The subject is the noun phrase before the verb, through prepositional
//! phrases ("the number of people injured in storms on the coast has risen
//! to 12": the number of people injured). A possessor ("Acme's sales",
//! "lenders' loans") is the figure's holder, not part of its measure.

use super::{Found, Role};
use crate::extract::grammar::{is_function_word, looks_like_participle, np_backward, np_word, ADVERBS, AUXILIARIES};
use crate::extract::tokens::Tokens;
use crate::knowledge::Knowledge;

/// Verbs that link a subject to its level: "stood at", "reached", "was".
const LEVEL_VERBS: &[&str] = &[
    "stand", "peak", "reach", "hit", "total", "top", "number", "hover", "remain", "stay", "put", "price", "estim",
    "valu", "set", "hold", "kept", "keep", "cap", "peg", "close", "end", "open", "trade", "come", "amount", "averag",
    "regist", "record", "measur", "be", "worth", "bottom", "settl", "level", "plateau",
];

/// Nouns of change: "an increase of 9%".
const CHANGE_NOUNS: &[&str] = &[
    "increase",
    "rise",
    "drop",
    "fall",
    "cut",
    "gain",
    "decline",
    "jump",
    "reduction",
    "growth",
    "decrease",
    "hike",
    "raise",
    "loss",
    "surge",
    "slump",
];

pub fn read(t: &Tokens, i: usize, k: &Knowledge) -> Option<Found> {
    if i == 0 {
        return None;
    }
    let lexicon = &k.measures;
    // "net income of $20.1 billion, or $2.69 a share, compared with $16.7
    // billion": the level before, of the first figure of its kind.
    let compared = (i >= 2 && matches!(t.word(i - 1), "to" | "with") && t.word(i - 2) == "compared")
        || matches!(t.word(i - 1), "versus" | "vs");
    if compared {
        let kind = t.value(i).map(crate::value::Value::type_name);
        let (start, _) = crate::extract::grammar::clause(t, i);
        let first =
            (start..i).find(|&j| t.tokens[j].is_value() && t.value(j).map(crate::value::Value::type_name) == kind);
        return first.and_then(|j| read(t, j, k)).map(|earlier| Found { role: Role::Previous, ..earlier });
    }
    let mut p = i;
    let mut prep = None;
    if matches!(t.word(p - 1), "at" | "to" | "by" | "from" | "worth" | "of" | "around" | "near" | "for" | "about") {
        prep = Some(t.word(p - 1));
        p -= 1;
    }
    // "to 2.25% from 2.50%": the old level, read from the verb of the new one.
    let mut previous = false;
    if prep == Some("from") && p >= 2 && t.tokens[p - 1].is_value() && t.word(p - 2) == "to" {
        previous = true;
        p -= 2;
        prep = Some("to");
    }
    // "sales of 4.6 billion pesos, up 7%" (a change of the figure
    // before), "attendance was 72.5%, up from 70.1%" (its old level).
    if matches!(prep, None | Some("from" | "by"))
        && p >= 3
        && matches!(t.word(p - 1), "up" | "down")
        && t.tokens[p - 2].is_punct(",")
        && t.tokens[p - 3].is_value()
    {
        let earlier = read(t, p - 3, k)?;
        let role = if prep == Some("from") { Role::Previous } else { Role::Change };
        return Some(Found { role, ..earlier });
    }
    if p == 0 {
        return None;
    }
    let is_verb = |w: &str| {
        let s = crate::extract::tokens::stem(w);
        lexicon.is_change_stem(&s) || is_level_stem(&s) || looks_like_participle(w)
    };
    // The verb, with an object between it and the preposition:
    // "lowered its deposit rate by", "put the damage at".
    let mut q = p;
    // "cut its rate by 0.5% to 3.75%": step over the other figures of the
    // change to its verb; "rose 7% to €1.4 billion": the verb before the first.
    if prep.is_some() {
        while q >= 2 && t.tokens[q - 1].is_value() && matches!(t.word(q - 2), "by" | "to" | "from") {
            q -= 2;
        }
        if q >= 2 && t.tokens[q - 1].is_value() && lexicon.is_change_verb(t.word(q - 2)) {
            q -= 1;
        }
    }
    let mut object: Option<(usize, usize)> = None;
    let linked_directly = matches!(prep, Some("of" | "worth" | "for"));
    // "argued for 5%" links a verb, not a head noun.
    if linked_directly && np_word(t, q - 1) && !looks_like_participle(t.word(q - 1)) {
        // A head noun linked directly: "a fine of", "an offer worth".
        let (words, holder) = subject_words(t, q, k)?;
        let change = words.last().is_some_and(|w| CHANGE_NOUNS.contains(&w.as_str()));
        let role = if change { Role::Change } else { Role::Level };
        return Some(Found { words, role, holder, ..Found::default() });
    }
    if np_word(t, q - 1) && !is_verb(t.word(q - 1)) {
        let s = np_backward(t, q, 4);
        let mut v = s;
        while v > 0 && matches!(t.word(v - 1), "its" | "their" | "the" | "a" | "an" | "his" | "her") {
            v -= 1;
        }
        if v > 0 && is_verb(t.word(v - 1)) && prep.is_some() {
            object = Some((s, q));
            q = v;
        } else if prep == Some("at") {
            // "prices at 2.1%": a head noun linked by "at".
            let (words, holder) = subject_words(t, q, k)?;
            return Some(Found { words, role: Role::Level, holder, ..Found::default() });
        } else {
            return None;
        }
    }
    let verb = q - 1;
    let verb_word = t.word(verb);
    let verb_stem = crate::extract::tokens::stem(verb_word);
    let change = lexicon.is_change_stem(&verb_stem);
    let level = is_level_stem(&verb_stem) || AUXILIARIES.contains(&verb_word);
    if !(change || level || looks_like_participle(verb_word)) {
        return None;
    }
    // With no preposition, only a verb of level or change links a subject
    // to the figure ("attendance was 72%", "sales rose 7%"); any other verb
    // takes it as its object ("the storm killed 12"), read by verb-before.
    if prep.is_none() && !change && !level {
        return None;
    }
    let role = match (change, prep, previous) {
        (_, _, true) => Role::Previous,
        (true, None | Some("by"), _) => Role::Change,
        (true, Some("from"), _) => Role::Previous,
        _ => Role::Level,
    };
    if matches!(prep, Some("of" | "for")) && !change {
        return None;
    }
    let (words, holder) = match object {
        Some((s, e)) => ((s..e).map(|x| t.word(x).to_string()).collect(), None),
        None => {
            let mut s = verb;
            while s > 0 && (AUXILIARIES.contains(&t.word(s - 1)) || ADVERBS.contains(&t.word(s - 1))) {
                s -= 1;
            }
            clause_head(t, s, k).map(|w| (w, None)).or_else(|| subject_words(t, s, k)).unwrap_or_default()
        }
    };
    if words.is_empty() && holder.is_some() {
        return Some(Found { words, role, holder, ..Found::default() });
    }
    let mut words = words;
    if !change
        && !matches!(verb_word, "is" | "was" | "are" | "were" | "be" | "been")
        && !lexicon.is_light_verb(verb_word)
    {
        words.push(verb_word.to_string());
    }
    (!words.is_empty()).then_some(Found { words, role, holder, ..Found::default() })
}

/// Whether a stem is a verb of level, in any of its forms ("stood", "reached").
fn is_level_stem(s: &str) -> bool {
    LEVEL_VERBS.iter().any(|v| s.starts_with(v) && s.len() <= v.len() + 2)
}

/// "The death toll from the earthquake and its aftershocks rose to": the
/// noun phrase that opens the clause is the subject, whatever the
/// prepositional phrase after it ends with, when it names a measure and
/// nothing between it and the verb at `verb` is a verb or a comma.
fn clause_head(t: &Tokens, verb: usize, k: &Knowledge) -> Option<Vec<String>> {
    let (start, _) = crate::extract::grammar::clause(t, verb);
    let mut j = start;
    while matches!(t.word(j), "the" | "a" | "an") {
        j += 1;
    }
    let end = crate::extract::grammar::np_forward(t, j, 4);
    if end == j
        || end >= verb
        || !matches!(t.word(end), "from" | "of" | "in" | "at" | "after" | "among" | "across" | "near")
    {
        return None;
    }
    let plain = (end..verb).all(|x| {
        let w = t.word(x);
        !t.tokens[x].is_punct(",;:")
            && !AUXILIARIES.contains(&w)
            && !looks_like_participle(w)
            && !k.measures.is_change_verb(w)
    });
    let words: Vec<String> = (j..end).map(|x| t.word(x).to_string()).collect();
    let names =
        words.iter().any(|w| k.measures.names_measure(w)) && (j..end).all(|x| !t.tokens[x].is_capitalized() || x == 0);
    (plain && names).then_some(words)
}

/// The noun phrase ending before token `end`, through prepositional
/// phrases: its head words (with "of" complements) and a possessor.
pub fn subject_words(t: &Tokens, end: usize, k: &Knowledge) -> Option<(Vec<String>, Option<String>)> {
    let mut segments: Vec<(usize, usize, Option<&str>)> = Vec::new();
    let mut q = end;
    loop {
        let s = np_backward(t, q, 5);
        if s == q {
            break;
        }
        let link = if s >= 2
            && matches!(t.word(s - 1), "of" | "in" | "at" | "on" | "for" | "across" | "among")
            && np_word(t, s - 2)
        {
            Some(t.word(s - 1))
        } else if s >= 3
            && matches!(t.word(s - 1), "the" | "a" | "its" | "their")
            && matches!(t.word(s - 2), "of" | "in" | "at" | "on" | "for" | "across" | "among")
            && np_word(t, s - 3)
        {
            Some(t.word(s - 2))
        } else {
            None
        };
        segments.push((s, q, link));
        match link {
            Some(_) => q = if matches!(t.word(s - 1), "the" | "a" | "its" | "their") { s - 2 } else { s - 1 },
            None => break,
        }
        if segments.len() > 4 {
            break;
        }
    }
    let &(first_start, first_end, _) = segments.last()?;
    // A name is whose the figure is, not what it measures: "Northern Bloc
    // had 31.2% of the vote".
    // A lone capitalized word opening the sentence is a name only when it
    // is not a measure word ("Turnout was 58.2%").
    let sentence_initial_word = first_end - first_start == 1 && first_start == 0;
    let measure_word = k.measures.names_measure(t.word(first_start)) || k.measures.is_generic(t.word(first_start));
    let names_only = (first_start..first_end).all(|x| t.tokens[x].is_capitalized())
        && segments.len() == 1
        && !(sentence_initial_word && measure_word);
    if names_only {
        let name = t.slice(first_start, first_end - 1).trim_end_matches("'s").trim_end_matches("’s").to_lowercase();
        return Some((Vec::new(), Some(name)));
    }
    // Words of the head phrase and of its "of" complements, in text order.
    let mut words: Vec<String> = Vec::new();
    let mut holder = None;
    let mut take = |s: usize, e: usize, words: &mut Vec<String>| {
        for x in s..e {
            let tok = &t.tokens[x];
            let lower = tok.word();
            if lower.ends_with("'s") || lower.ends_with("’s") {
                // "Blue Harbor's share": the whole name before the 's. A
                // role ("the winner's cheque") is no one's name: the
                // scope reads it as a part.
                if tok.is_capitalized() {
                    let mut s = first_start_of_names(t, x);
                    while s < x && is_function_word(t.word(s)) {
                        s += 1;
                    }
                    let owner = t.slice(s, x).trim_end_matches("'s").trim_end_matches("’s").to_lowercase();
                    holder = Some(owner);
                }
                words.clear();
                continue;
            }
            if t.tokens.get(x + 1).is_some_and(|n| n.is_punct("'’")) && lower.ends_with('s') {
                holder = Some(lower.to_string());
                words.clear();
                continue;
            }
            words.push(lower.to_string());
        }
    };
    take(first_start, first_end, &mut words);
    // Segments are collected from the right, each with the preposition
    // before it; the ones linked by "of" to the head belong to the measure
    // ("number of people injured"), the others are places and times.
    for &(s, e, link) in segments.iter().rev().skip(1) {
        if link == Some("of") {
            take(s, e, &mut words);
        } else {
            break;
        }
    }
    // A possessive right before the phrase: "Lenders' car loans".
    if holder.is_none() && first_start >= 2 && t.tokens[first_start - 1].is_punct("'’") {
        holder = Some(t.word(first_start - 2).to_string());
    }
    // Names that open the phrase say whose it is: "the Pine Ridge fire".
    let leading_names = (first_start..first_end).take_while(|&x| t.tokens[x].is_capitalized() && x > 0).count();
    if holder.is_none() && leading_names > 0 && leading_names < first_end - first_start {
        holder = Some(t.slice(first_start, first_start + leading_names - 1).to_lowercase());
        words.drain(..leading_names.min(words.len()));
    }
    words.retain(|w| !is_function_word(w));
    // A verb that opens the phrase is not part of it: "(has) advocated
    // spending of 3.7%" measures spending; after an article it is an
    // adjective ("a suspended sentence of nine months").
    let after_article = first_start > 0 && crate::extract::grammar::DETERMINERS.contains(&t.word(first_start - 1));
    while !after_article && words.len() > 1 && looks_like_participle(&words[0]) {
        words.remove(0);
    }
    (!words.is_empty()).then_some((words, holder))
}

/// The first token of the run of capitalized words ending at `x`.
fn first_start_of_names(t: &Tokens, x: usize) -> usize {
    let mut s = x;
    while s > 0 && t.tokens[s - 1].is_capitalized() && t.joined(s - 1) {
        s -= 1;
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recognize;

    fn found(text: &str, n: usize) -> Option<(Vec<String>, Role, Option<String>)> {
        let k = Knowledge::builtin();
        let t = Tokens::new(text, recognize::values(text, None));
        let i = t.tokens.iter().enumerate().filter(|(_, tok)| tok.is_value()).nth(n)?.0;
        read(&t, i, &k).map(|f| (f.words, f.role, f.holder))
    }

    fn w(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn linked_by_of_and_by_verbs_of_level() {
        assert_eq!(found("They set a death toll of 29.", 0), Some((w(&["death", "toll"]), Role::Level, None)));
        assert_eq!(found("Turnout was 58.2%.", 0), Some((w(&["turnout"]), Role::Level, None)));
        assert_eq!(found("The lake stood at 3.2 m.", 0).map(|f| f.0), Some(w(&["lake"])));
        assert_eq!(
            found("The panel handed down a suspended sentence of 9 months.", 0).map(|f| f.0),
            Some(w(&["suspended", "sentence"]))
        );
    }

    #[test]
    fn subjects_through_prepositional_phrases() {
        assert_eq!(
            found("The death toll from the storm and the floods in the north rose to 64 on Sunday.", 0).map(|f| f.0),
            Some(w(&["death", "toll"]))
        );
        assert_eq!(
            found("The death toll from a 6.1 magnitude quake and its aftershocks rose to 64.", 1).map(|f| f.0),
            Some(w(&["death", "toll"]))
        );
        assert_eq!(
            found("The number of people injured in storms on the coast has risen to 12.", 0).map(|f| f.0),
            Some(w(&["number", "people", "injured"]))
        );
    }

    #[test]
    fn a_figure_compared_with_is_the_level_before() {
        assert_eq!(
            found("Net income rose to $20.1 billion, or $2.69 a share, compared with $16.7 billion.", 2),
            Some((w(&["net", "income"]), Role::Previous, None))
        );
    }

    #[test]
    fn changes_levels_and_holders() {
        assert_eq!(
            found("Acme's quarterly revenue rose 7% to $3 billion.", 0),
            Some((w(&["quarterly", "revenue"]), Role::Change, Some("acme".into())))
        );
        assert_eq!(found("Acme's quarterly revenue rose 7% to $3 billion.", 1).map(|f| f.1), Some(Role::Level));
        assert_eq!(
            found("Lenders' car loans rose by $3 billion.", 0),
            Some((w(&["car", "loans"]), Role::Change, Some("lenders".into())))
        );
        assert_eq!(
            found("It cut its deposit rate by 0.5% to 3.75% from 4.25%.", 2).map(|f| (f.0, f.1)),
            Some((w(&["deposit", "rate"]), Role::Previous))
        );
    }
}
