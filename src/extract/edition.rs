//! `edition`: which occurrence an event is: "the 52nd edition of the
//! regatta", "the 39th session of the assembly", "her third term".
//!
//! An ordinal counts the noun after it; only nouns that number the
//! occurrences of an event (`ordinal-nouns` in `knowledge/measures.toml`)
//! make a claim: "her second world title" or "the third lap" count
//! other things.

use super::{Context, Extractor, Sentence};
use crate::claim::{Claim, Modality, Scope, Subject, SubjectKind};
use crate::value::Value;

pub struct Edition;

impl Extractor for Edition {
    fn id(&self) -> &'static str {
        "edition"
    }

    fn extract(&self, cx: &Context, sentence: &Sentence) -> Vec<Claim> {
        let t = sentence.tokens();
        let mut out = Vec::new();
        for (i, tok) in t.tokens.iter().enumerate() {
            let Some(Value::Ordinal { .. }) = t.value(i) else { continue };
            let noun = t.word(i + 1);
            if noun.is_empty() || !cx.knowledge.measures.is_ordinal_noun(noun) {
                continue;
            }
            let noun = noun.trim_end_matches('s').to_string();
            let at = cx.claim(sentence, tok.span, self.id());
            let subject = Subject::new(SubjectKind::Figure, format!("{noun}|ordinal"), noun.clone());
            let value = t.value(i).cloned().unwrap_or(Value::Ordinal { value: 0 });
            out.push(at.into_claim(subject, "ordinal", Scope::default(), value, Modality::Asserted));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::test_support::run;

    #[test]
    fn editions_and_sessions_not_other_ordinals() {
        let got: Vec<(String, String)> =
            run(&Edition, "The 39th edition of the race ended. It was her first major title.")
                .into_iter()
                .map(|c| (c.subject.key, c.value.describe()))
                .collect();
        assert_eq!(got, [("edition|ordinal".to_string(), "39th".to_string())]);
    }
}
