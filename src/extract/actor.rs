//! `actor`: a named organisation or person at the head of a draft's clause,
//! with a verb that says it did, does or will do something: "Harbour Ferries
//! will add two sailings", "the Regional Water Board has warned". A draft
//! that brings in an actor no reference names makes a claim no reference
//! can support, whether or not it holds a figure; the draft review reports
//! such a claim as unsupported and drops the names the references share.
//!
//! Only drafts are read: among references a name supports nothing and
//! contradicts nothing. A name counts when it is unmistakably one: two or
//! more capitalized words ("Harbour Ferries"), or one capitalized word
//! inside the sentence, where a common noun is not capitalized ("On Monday,
//! Ferrylink said"). A sentence's first word alone ("Officials said") may be
//! a common noun and is not read. An office with a name ("Transport Minister
//! Jane Roe said") is the title extractor's claim.

use super::words::{words, Word};
use super::{Context, Extractor, Sentence};
use crate::claim::{Claim, Modality, Scope, Subject, SubjectKind};
use crate::document::{collapse_whitespace, Role};
use crate::span::Span;
use crate::value::Value;

pub struct Actor;

/// Verbs that, right after a name, make it the subject of a statement:
/// auxiliaries and modals ("will add", "has put") and verbs of saying.
#[rustfmt::skip]
const VERBS: &[&str] = &[
    "will", "would", "could", "can", "may", "might", "must", "should", "shall", "has", "have", "had", "is", "are",
    "was", "were", "said", "says", "told", "announced", "confirmed", "plans", "planned", "intends", "expects",
];

/// Words that may join the capitalized words of one name ("and" joins two
/// names, not the parts of one).
const CONNECTORS: &[&str] = &["of", "for", "de", "du", "la", "del", "der", "von", "van"];

/// Capitalized words that open clauses but are no names, and never part of one.
#[rustfmt::skip]
const NOT_NAMES: &[&str] = &[
    "The", "A", "An", "And", "But", "Or", "On", "In", "At", "Of", "For", "To", "By", "As", "It", "Its", "He", "She",
    "They", "We", "I", "You", "His", "Her", "Their", "Our", "This", "That", "These", "Those", "There", "Here", "If",
    "When", "While", "After", "Before", "With", "From", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
    "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Mr", "Mrs", "Ms", "Dr", "Also", "Who", "Which", "What", "Some", "Many",
    "Most", "All", "Both", "Each", "Every", "No", "None", "One", "Two", "Three", "Officials", "Police",
];

/// The name at the head of a clause, the clause it heads, both relative to
/// the sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HeadName {
    pub name: String,
    pub name_span: Span,
    pub clause: Span,
}

impl Extractor for Actor {
    fn id(&self) -> &'static str {
        "actor"
    }

    fn extract(&self, cx: &Context, sentence: &Sentence) -> Vec<Claim> {
        if cx.document.role != Role::Draft {
            return Vec::new();
        }
        let offices = cx.offices_in(sentence);
        head_names(sentence.text)
            .into_iter()
            .filter(|h| !offices.iter().any(|o| o.start < h.name_span.end && h.name_span.start < o.end))
            // A country or city is the setting of a statement more often than its actor.
            .filter(|h| cx.knowledge.place(&h.name).is_none())
            .map(|h| {
                let subject = Subject::new(SubjectKind::Entity, format!("{}|actor", h.name.to_lowercase()), &h.name);
                let value = Value::Name { name: h.name };
                cx.claim(sentence, h.clause, self.id()).into_claim(
                    subject,
                    "actor",
                    Scope::default(),
                    value,
                    Modality::Asserted,
                )
            })
            .collect()
    }
}

/// Every clause of `sentence` that opens with a name and a verb of
/// [`VERBS`]: at the start of the sentence, or after a comma.
pub fn head_names(sentence: &str) -> Vec<HeadName> {
    let ws = words(sentence);
    let mut out: Vec<HeadName> = Vec::new();
    for (k, w) in ws.iter().enumerate() {
        let gap_before = &sentence[ws.get(k.wrapping_sub(1)).map_or(0, |p| p.span.end)..w.span.start];
        let opens_clause = k == 0 || gap_before.trim_end().ends_with(',');
        if !opens_clause || out.last().is_some_and(|h| h.clause.end > w.span.start) {
            continue;
        }
        // "The Regional Water Board": the article is no part of the name.
        let first = if w.text == "The" || w.text == "the" { k + 1 } else { k };
        let Some((last, verb)) = name_then_verb(sentence, &ws, first) else { continue };
        let capitalized = (first..=last).filter(|&i| ws[i].is_capitalized()).count();
        // A sentence's first word alone may be a common noun ("Residents
        // said"), and so may one capitalized word after an article.
        if capitalized < 2 && (first == 0 || first != k) {
            continue;
        }
        let name_span = Span::new(ws[first].span.start, ws[last].span.end);
        out.push(HeadName {
            name: collapse_whitespace(name_span.slice(sentence)),
            name_span,
            clause: Span::new(w.span.start, clause_end(sentence, ws[verb].span.end)),
        });
    }
    out
}

/// From word `first`, a name (capitalized words, joined by single spaces
/// and the connectors of [`CONNECTORS`]) and the verb right after it: the
/// index of the name's last word and of the verb.
fn name_then_verb(sentence: &str, ws: &[Word], first: usize) -> Option<(usize, usize)> {
    // "Northland's Harbour Ferries": the possessor is not the actor, and
    // the name after it is not read whole.
    let possessive = |w: &Word| w.text.ends_with("'s") || w.text.ends_with("’s");
    let is_name_word = |w: &Word| w.is_capitalized() && !NOT_NAMES.contains(&w.text) && !possessive(w);
    if !ws.get(first).is_some_and(is_name_word) {
        return None;
    }
    // One space, or the line break of hard-wrapped text.
    let joined = |a: &Word, b: &Word| matches!(&sentence[a.span.end..b.span.start], " " | "\n");
    let mut last = first;
    let mut k = first + 1;
    while k < ws.len() && joined(&ws[k - 1], &ws[k]) {
        if is_name_word(&ws[k]) {
            last = k;
            k += 1;
        } else if CONNECTORS.contains(&ws[k].text)
            && ws.get(k + 1).is_some_and(|n| joined(&ws[k], n) && is_name_word(n))
        {
            k += 1;
        } else {
            break;
        }
    }
    let verb = last + 1;
    let verb_word = ws.get(verb)?;
    (joined(&ws[last], verb_word) && VERBS.contains(&verb_word.text)).then_some((last, verb))
}

/// Where the clause that runs past `from` ends: at a comma, semicolon,
/// colon, dash or bracket, or at the end of the sentence (its full stop left
/// out).
fn clause_end(sentence: &str, from: usize) -> usize {
    let rest = &sentence[from..];
    let end = rest.find([',', ';', ':', '(', '–', '—']).map_or(sentence.len(), |i| from + i);
    from + sentence[from..end].trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '.' | '!' | '?')).len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(sentence: &str) -> Vec<(String, String)> {
        head_names(sentence).into_iter().map(|h| (h.name, h.clause.slice(sentence).to_string())).collect()
    }

    #[test]
    fn a_name_with_an_auxiliary_or_a_verb_of_saying_heads_its_clause() {
        assert_eq!(
            names("Harbour Ferries will add two sailings on the northern route during the closure."),
            [(
                "Harbour Ferries".to_string(),
                "Harbour Ferries will add two sailings on the northern route during the closure".to_string()
            )]
        );
        assert_eq!(
            names("The Regional Water Board has warned of shortages, and rationing may follow."),
            [("Regional Water Board".to_string(), "The Regional Water Board has warned of shortages".to_string())]
        );
        assert_eq!(
            names("The Bank of Northland said rates would hold; markets rose."),
            [("Bank of Northland".to_string(), "The Bank of Northland said rates would hold".to_string())]
        );
    }

    #[test]
    fn a_single_word_counts_only_inside_the_sentence() {
        assert_eq!(names("On Monday, Ferrylink said it would cut fares.")[0].0, "Ferrylink");
        assert!(names("Residents said the water rose overnight.").is_empty());
        assert!(names("Officials have confirmed the closure.").is_empty());
    }

    #[test]
    fn no_name_without_a_verb_right_after_it() {
        assert!(names("Harbour Ferries, the island operator, runs four boats.").is_empty());
        assert!(names("The strike at Harbour Ferries will last two days.").is_empty());
        assert!(names("It will be the longest closure in a decade.").is_empty());
        assert!(names("On Friday, The Ferry was full.").is_empty(), "an article alone is no name");
        assert!(names("In May, March Holdings lost money.").is_empty(), "no verb of the list after the name");
        assert!(names("Harbour Ferries and Island Air have cut fares.").is_empty(), "two names, not one");
        assert!(names("Northland's Harbour Ferries will add sailings.").is_empty(), "whose the name is stays unread");
    }

    #[test]
    fn never_panics_on_multibyte_text() {
        let text = "Ónibus Éireann will add ’coaches’, — Zürich Transit has said: «oui»";
        for end in 0..=text.len() {
            if text.is_char_boundary(end) {
                head_names(&text[..end]);
            }
        }
        assert_eq!(names(text)[0].0, "Ónibus Éireann");
    }
}
