//! `record`: how far back a record reaches: "the first national strike
//! since 2009", "the largest fire in the valley since the 2003 fire", "its
//! worst harvest since 1998".
//!
//! A superlative or "first" with "since" and a year says that nothing of the
//! kind outdid this since that year: two sources that give one record two
//! different years cannot both be right, and a draft's record that no
//! reference states is a claim to check. The record belongs to the head
//! noun the superlative qualifies ("strike", "fire"), to its event when the
//! noun names one; "the first time since", "the highest level since" name
//! no thing of their own and make no claim.

use super::tokens::stem;
use super::{Context, Extractor, Sentence};
use crate::claim::{Claim, Modality, Scope, Subject, SubjectKind};
use crate::span::Span;
use crate::value::Value;
use chrono::Datelike;

pub struct Record;

/// Words ending in "-est" that are no superlatives.
const NOT_SUPERLATIVE: &[&str] = &[
    "interest", "forest", "protest", "request", "suggest", "harvest", "contest", "honest", "modest", "arrest",
    "invest", "digest", "manifest", "unrest", "conquest", "inquest", "behest", "bequest", "earnest",
];

/// Heads that name no thing of their own: the record is the sentence's
/// subject's, which this reader does not resolve.
const GENERIC_HEADS: &[&str] =
    &["time", "level", "year", "month", "week", "day", "quarter", "point", "one", "reading", "rate", "pace", "figure"];

/// Words that end the noun phrase a superlative heads: "the largest fire in
/// the valley since".
const PHRASE_ENDS: &[&str] =
    &["in", "of", "on", "at", "for", "across", "along", "near", "from", "to", "by", "with", "ever", "that", "which"];

/// How many words back from "since" the superlative may stand.
const REACH: usize = 10;

impl Extractor for Record {
    fn id(&self) -> &'static str {
        "record"
    }

    fn extract(&self, cx: &Context, sentence: &Sentence) -> Vec<Claim> {
        if !sentence.text.contains("since") {
            return Vec::new();
        }
        let t = sentence.tokens();
        let mut out = Vec::new();
        for since in (1..t.len()).filter(|&i| t.word(i) == "since") {
            let at_year = if t.word(since + 1) == "the" { since + 2 } else { since + 1 };
            let year = match t.value(at_year) {
                Some(Value::Year { year }) | Some(Value::Month { year: Some(year), .. }) => *year,
                Some(Value::Date { date }) => date.year(),
                _ => continue,
            };
            // Words, and "first" (an ordinal to the recognizers), back to the superlative.
            let first = |x: usize| {
                matches!(t.value(x), Some(Value::Ordinal { value: 1 }))
                    && t.tokens[x].text.eq_ignore_ascii_case("first")
            };
            let Some(marker) = (since.saturating_sub(REACH)..since)
                .rev()
                .take_while(|&x| t.tokens[x].is_word() || first(x))
                .find(|&x| first(x) || matches!(t.word(x), "most" | "least") || is_superlative(t.word(x)))
            else {
                continue;
            };
            // "the most severe drought": the adjective after "most" is no head.
            let from = if matches!(t.word(marker), "most" | "least") { marker + 2 } else { marker + 1 };
            let end = (from..since).find(|&x| PHRASE_ENDS.contains(&t.word(x))).unwrap_or(since);
            if end <= from || t.value(end - 1).is_some() {
                continue;
            }
            let head = t.word(end - 1).to_string();
            let key_word = stem(&head);
            if head.is_empty() || GENERIC_HEADS.iter().any(|g| stem(g) == key_word) {
                continue;
            }
            let marker_word = t.tokens[marker].text.to_lowercase();
            let (kind, key, noun) = match event_of(cx, &head) {
                Some(event) => (SubjectKind::Event, event.clone(), event),
                None => (SubjectKind::Figure, key_word, head.clone()),
            };
            let subject =
                Subject::new(kind, format!("{key}|record|{marker_word}"), format!("the {marker_word} {noun} since"));
            let span = Span::new(t.tokens[marker].span.start, t.tokens[at_year].span.end);
            let at = cx.claim(sentence, span, self.id());
            out.push(at.into_claim(subject, "record", Scope::default(), Value::Year { year }, Modality::Asserted));
        }
        out
    }
}

/// "largest", "worst", "deadliest": an adjective's superlative form.
fn is_superlative(word: &str) -> bool {
    matches!(word, "best" | "worst" | "latest")
        || word.len() > 5 && word.ends_with("est") && !NOT_SUPERLATIVE.contains(&word)
}

/// The event kind a noun names ("blaze" is a fire), when it names one.
fn event_of(cx: &Context, noun: &str) -> Option<String> {
    let k = cx.knowledge;
    k.find_event_nouns(noun)
        .into_iter()
        .find(|h| h.start == 0 && h.end == noun.len())
        .map(|h| k.event_kinds[h.index].name.clone())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::test_support::run;

    fn records(text: &str) -> Vec<(String, String, String)> {
        run(&Record, text).into_iter().map(|c| (c.subject.key, c.value.describe(), c.text)).collect()
    }

    #[test]
    fn superlatives_and_firsts_since_a_year() {
        let got = records("It was the first general walkout since 1994, and the wettest summer since 2007.");
        let keys: Vec<(&str, &str)> = got.iter().map(|(k, v, _)| (k.as_str(), v.as_str())).collect();
        assert_eq!(keys, [("strike action|record|first", "1994"), ("summer|record|wettest", "2007")]);
        let got = records("Officials called it the deadliest blaze in the province since the 1998 season.");
        assert_eq!(got[0].0, "fire|record|deadliest");
        assert_eq!(got[0].1, "1998");
        assert_eq!(got[0].2, "deadliest blaze in the province since the 1998");
        let got = records("It was the most severe drought since 1976.");
        assert_eq!(got[0].0, "disaster|record|most", "a drought is a disaster of the event lexicon");
    }

    #[test]
    fn no_record_without_a_thing_a_superlative_or_a_year() {
        assert!(records("Prices rose for the first time since 2019.").is_empty());
        assert!(records("Inflation hit its highest level since 2008.").is_empty());
        assert!(records("The protest has grown since 2019.").is_empty());
        assert!(records("The largest union has struck since Monday.").is_empty());
    }
}
