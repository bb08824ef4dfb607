//! `anniversary`: "the alliance's 75th anniversary", "the 80th anniversary
//! of the war's end".
//!
//! The ordinal is kept with its subject (an organisation of the lexicon or
//! the phrase after "of"), so that trusted facts (a founding date) and other
//! sources can check it.

use super::{Context, Extractor, Sentence};
use crate::claim::{Claim, Modality, Scope, Subject, SubjectKind};
use crate::recognize::ordinal::find_ordinals;
use crate::span::Span;
use crate::value::Value;
use regex::Regex;
use std::sync::LazyLock;

pub struct Anniversary;

static OF_PHRASE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s+anniversary\s+of\s+(?:the\s+)?((?:[\p{L}’'-]+\s+){0,3}[\p{L}’'-]+)").unwrap());
static ANNIVERSARY: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^[\s-]+anniversary\b").unwrap());

impl Extractor for Anniversary {
    fn id(&self) -> &'static str {
        "anniversary"
    }

    fn extract(&self, cx: &Context, sentence: &Sentence) -> Vec<Claim> {
        let text = sentence.text;
        let mut out = Vec::new();
        // Ordinals are costly to read; most sentences have no anniversary.
        if !text.contains("nniversar") {
            return out;
        }
        for ord in find_ordinals(text) {
            let after = &text[ord.span.end..];
            let Some(m) = ANNIVERSARY.find(after) else { continue };
            let before = text[..ord.span.start].trim_end();
            let owner = before
                .strip_suffix("’s")
                .or_else(|| before.strip_suffix("'s"))
                .and_then(|b| cx.knowledge.find_organisations(b).into_iter().rfind(|o| o.end == b.len()))
                .map(|o| cx.knowledge.organisations[o.index].name.clone());
            let subject =
                owner.or_else(|| OF_PHRASE.captures(after).and_then(|c| c.get(1)).map(|g| g.as_str().to_string()));
            let Some(subject) = subject else { continue };
            let at = cx.claim(sentence, Span::new(ord.span.start, ord.span.end + m.end()), self.id());
            out.push(at.into_claim(
                Subject::new(SubjectKind::Entity, subject.to_lowercase(), subject),
                "anniversary",
                Scope::default(),
                Value::Ordinal { value: ord.value },
                Modality::Asserted,
            ));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::test_support::run;

    #[test]
    fn organisation_anniversaries() {
        let c = run(&Anniversary, "The summit coincides with ASEAN’s 75th anniversary.");
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].subject.label, "ASEAN");
        assert_eq!(c[0].value, Value::Ordinal { value: 75 });
        assert_eq!(c[0].text, "75th anniversary");
    }

    #[test]
    fn anniversary_of_a_phrase() {
        let c = run(&Anniversary, "They marked the 80th anniversary of the liberation of the camp.");
        assert_eq!(c[0].subject.label, "liberation of the camp");
    }
}
