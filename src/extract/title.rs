//! `title`: a person's office as written before their name.
//!
//! "US Secretary of State Jane Roe" → person "Jane Roe", title
//! "secretary of state". "ASEAN head Piet Janssen" reads the organisation's
//! head office from the lexicon. Modifiers ("former", "outgoing", "then-")
//! are kept apart so that a former title is not taken for a current one.
//!
//! Not extracted: titles with no name after them ("the Secretary General
//! said"), lower-case office words that are not marked `lowercase` in the
//! lexicon ("a U.S. representative"), honorifics ("Mr", "Dr").

use super::words::{name_before, name_key, person_name_at, words};
use super::{Context, Extractor, Sentence};
use crate::claim::{Claim, Modality, Scope, Subject, SubjectKind};
use crate::span::Span;
use crate::value::{self, Value};

pub struct Title;

/// Words after an organisation that name its chief ("ASEAN chief").
const HEAD_WORDS: &[&str] = &["head", "chief", "boss", "leader"];

impl Extractor for Title {
    fn id(&self) -> &'static str {
        "title"
    }

    fn extract(&self, cx: &Context, sentence: &Sentence) -> Vec<Claim> {
        let text = sentence.text;
        let k = cx.knowledge;
        let mut found: Vec<(Span, String)> = Vec::new(); // (office span, canonical)
        for hit in k.find_offices(text) {
            found.push((Span::new(hit.start, hit.end), k.offices[hit.index].canonical.clone()));
        }
        for hit in k.find_organisations(text) {
            let Some(head) = k.organisations[hit.index].head.clone() else {
                continue;
            };
            let after = &text[hit.end..];
            let word = words(after).into_iter().next().filter(|w| after[..w.span.start].trim().is_empty());
            if let Some(w) = word.filter(|w| HEAD_WORDS.contains(&w.lower().as_str())) {
                found.push((Span::new(hit.start, hit.end + w.span.end), head));
            }
        }
        found.sort();
        let mut claims: Vec<(Span, Claim)> = Vec::new();
        for (span, canonical) in &found {
            let span = *span;
            if claims.iter().any(|(s, _)| s.overlaps(span)) {
                continue;
            }
            let capitalized = text[span.start..].chars().next().is_some_and(|c| c.is_uppercase());
            // Before a name an office is capitalized ("Senator Jane Roe"), unless
            // the lexicon allows lower case ("spokesperson") or it is an
            // organisation-head phrase ("ASEAN chief").
            let lexicon_case = capitalized
                || k.office(canonical).is_some_and(|o| o.lowercase)
                || !is_office_word(cx, span.slice(text));
            let before_name = if lexicon_case { person_name_at(text, span.end, capitalized) } else { None };
            // "Secretary of State Department": the "name" is an institution.
            let before_name =
                before_name.filter(|(_, n)| !(n.split_whitespace().count() == 1 && k.find_offices(n).len() == 1));
            let (written_start, modifiers) = qualifiers_before(cx, text, span.start);
            let (name_span, name) = match before_name {
                Some(found) => found,
                None => match appositive_name(cx, text, written_start, span.end) {
                    Some(found) => found,
                    None => continue,
                },
            };
            let written_span = Span::new(written_start, span.end);
            let title = value::Title {
                canonical: canonical.clone(),
                as_written: written_span.slice(text).to_string(),
                modifiers,
            };
            let at = cx.claim(sentence, written_span, self.id());
            let claim = at.into_claim(
                Subject::new(SubjectKind::Person, name_key(&name), name.clone()),
                "title",
                Scope::default(),
                Value::Title(title),
                Modality::Asserted,
            );
            claims.push((span.cover(name_span), claim));
        }
        claims.into_iter().map(|(_, c)| c).collect()
    }
}

/// Organisation-head phrases ("ASEAN head") are spans that are not office words.
fn is_office_word(cx: &Context, text: &str) -> bool {
    cx.knowledge.find_offices(text).first().is_some_and(|h| h.start == 0 && h.end == text.len())
}

/// "Jane Roe, the US secretary of state, said": a name, a comma, then the
/// title (from `title_start`), closed by a comma, full stop, semicolon or
/// "said". The office may be in lower case here, as news copy writes it.
fn appositive_name(cx: &Context, text: &str, title_start: usize, office_end: usize) -> Option<(Span, String)> {
    let after = &text[office_end..];
    let closed = after.is_empty()
        || after.starts_with([',', '.', ';', ')'])
        || after.starts_with(" said")
        || after.starts_with(" says");
    if !closed {
        return None;
    }
    let head = text[..title_start].trim_end();
    let head = ["the", "a", "an", "The"].iter().find_map(|a| head.strip_suffix(a)).map_or(head, str::trim_end);
    let comma = head.strip_suffix(',')?.trim_end();
    let (span, name) = name_before(text, comma.len())?;
    // "Prime Minister Jane Roe, the party leader": the name is what follows the office.
    if let Some(last) = cx.knowledge.find_offices(&name).last() {
        let rest = name[last.end..].trim_start();
        let start = span.end - rest.len();
        return (!rest.is_empty()).then(|| (Span::new(start, span.end), rest.to_string()));
    }
    Some((span, name))
}

/// Walks back over the words that qualify an office ("outgoing German",
/// "US", "then-", "EU") and returns where the written title starts and
/// which modifiers it carries.
fn qualifiers_before(cx: &Context, text: &str, start: usize) -> (usize, Vec<String>) {
    let mut modifiers = Vec::new();
    let mut begin = start;
    // "then-Senator", "ex-President": a hyphenated modifier glued to the office.
    let before = &text[..start];
    for m in ["then-", "ex-", "former-"] {
        if before.to_lowercase().ends_with(m) {
            modifiers.push(m.trim_end_matches('-').to_string());
            begin -= m.len();
        }
    }
    let ws = words(&text[..begin]);
    for w in ws.iter().rev().take(4) {
        if !text[w.span.end..begin].trim().is_empty() {
            break;
        }
        let lower = w.lower();
        if cx.knowledge.modifiers.contains(&lower) {
            modifiers.insert(0, lower);
            begin = w.span.start;
        } else if w.is_capitalized()
            && !matches!(w.text, "The" | "A" | "An" | "And" | "In" | "On" | "At" | "By" | "For" | "Of" | "With" | "As")
        {
            // Country or organisation qualifiers: "US", "German", "ASEAN", "United States".
            begin = w.span.start;
        } else {
            break;
        }
    }
    (begin, modifiers)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::test_support::run;

    fn titles(text: &str) -> Vec<(String, String, Vec<String>, String)> {
        run(&Title, text)
            .into_iter()
            .map(|c| match c.value {
                Value::Title(t) => (c.subject.label, t.canonical, t.modifiers, c.text),
                _ => unreachable!(),
            })
            .collect()
    }

    #[test]
    fn office_before_a_name() {
        let got = titles("US Secretary of State Jane Roe met reporters.");
        assert_eq!(got, vec![("Jane Roe".into(), "secretary of state".into(), vec![], "US Secretary of State".into())]);
    }

    #[test]
    fn organisation_head_words() {
        let got = titles("En route, ASEAN head Piet Janssen spoke.");
        assert_eq!(got[0].0, "Piet Janssen");
        assert_eq!(got[0].1, "secretary general");
        assert_eq!(got[0].3, "ASEAN head");
    }

    #[test]
    fn modifiers_are_kept_apart() {
        let got = titles("outgoing German Foreign Minister Anna Weber said so. Then-Senator John Doe agreed.");
        assert_eq!(got[0].1, "foreign minister");
        assert_eq!(got[0].2, vec!["outgoing".to_string()]);
        assert_eq!(got[1].1, "senator");
        assert_eq!(got[1].2, vec!["then".to_string()]);
    }

    #[test]
    fn lower_case_office_words_and_missing_names_are_skipped() {
        let got = titles("A U.S. representative Senator John Doe spoke. The Secretary General said nothing.");
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].1, "senator");
        assert_eq!(got[0].3, "Senator");
    }

    #[test]
    fn long_office_names_and_a_comma_before_the_name() {
        let got = titles(
            "They were joined by the EU's High Representative for Foreign Affairs and Security Policy, Kaja Roe.",
        );
        assert_eq!(got[0].0, "Kaja Roe");
        assert_eq!(got[0].1, "high representative");
    }

    #[test]
    fn appositive_titles_after_the_name() {
        let got =
            titles("Jane Roe, the US secretary of state, said so. Piet Janssen, ASEAN’s secretary general, agreed.");
        assert_eq!(got[0].0, "Jane Roe");
        assert_eq!(got[0].1, "secretary of state");
        assert_eq!(got[0].3, "US secretary of state");
        assert_eq!(got[1].0, "Piet Janssen");
        assert_eq!(got[1].1, "secretary general");
        let got = titles("Anna Weber, Germany's outgoing foreign minister, spoke.");
        assert_eq!(got[0].2, vec!["outgoing".to_string()]);
    }

    #[test]
    fn lower_case_offices_without_a_name_are_not_titles() {
        assert!(titles("He met the secretary of state on Monday. The foreign minister, she said, agreed.").is_empty());
        assert!(titles("On Monday, the minister spoke.").is_empty());
        assert!(titles("On the anniversary of the Alliance, the Secretary General said so.").is_empty());
    }

    #[test]
    fn citation_digits_do_not_become_names() {
        let got = titles("Secretary-General Piet Janssen 78 said.");
        assert_eq!(got[0].0, "Piet Janssen");
    }
}
