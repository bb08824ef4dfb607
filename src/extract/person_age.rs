//! `person-age`: how old a person is, keyed to the person.
//!
//! "Jane Roe, 39, said", "Jane Roe, a 44-year-old nurse", "9-year-old
//! Jane Roe", "Jane Roe turned 19 in May", "the striker, aged 19", and "the
//! 63-year-old" with no name, which speaks of the person last named before
//! it. "A 66-year-old man" names nobody and is no claim.
//!
//! An age in years is the interval [n, n + 1): "63" and "the 63-year-old"
//! agree, "61" and "63" do not.

use super::people::last_before;
use super::tokens::{Kind, Tokens};
use super::words::name_key;
use super::{Context, Extractor, Sentence};
use crate::claim::{Claim, Modality, Scope, Subject, SubjectKind};
use crate::span::Span;
use crate::value::{Interval, Value};

pub struct PersonAge;

/// How far back "the 63-year-old" looks for the person it speaks of.
const REACH: usize = 1500;

impl Extractor for PersonAge {
    fn id(&self) -> &'static str {
        "person-age"
    }

    fn extract(&self, cx: &Context, sentence: &Sentence) -> Vec<Claim> {
        let t = sentence.tokens();
        let mut out = Vec::new();
        for (i, tok) in t.tokens.iter().enumerate() {
            let Kind::Value(_) = tok.kind else { continue };
            let Some(years) = whole_years(t.value(i)) else { continue };
            let Some((span, person)) = read(cx, t, i, sentence.span.start) else { continue };
            let at = cx.claim(sentence, span, self.id());
            let value = Value::Duration {
                unit: "year".into(),
                interval: Interval {
                    min: Some(years),
                    max: Some(years + 1.0),
                    min_inclusive: true,
                    max_inclusive: false,
                },
            };
            let subject = Subject::new(SubjectKind::Person, name_key(&person), person.clone());
            out.push(at.into_claim(subject, "age", Scope::default(), value, Modality::Asserted));
        }
        out
    }
}

/// A whole number of years a person may be.
fn whole_years(v: Option<&Value>) -> Option<f64> {
    let Value::Number { interval } = v? else { return None };
    let (Some(a), Some(b)) = (interval.min, interval.max) else { return None };
    (a == b && a.fract() == 0.0 && (1.0..=120.0).contains(&a)).then_some(a)
}

/// The span of the age as written and the person it is told of.
fn read(cx: &Context, t: &Tokens, i: usize, offset: usize) -> Option<(Span, String)> {
    let value_span = t.tokens[i].span;
    // "N-year-old": the words after the figure.
    let year_old = t.tokens.get(i + 1).is_some_and(|x| x.is_punct("-") && t.joined(i))
        && t.word(i + 2).starts_with("year")
        && t.word(i + 2).ends_with("-old");
    if year_old {
        let span = Span::new(value_span.start, t.tokens[i + 2].span.end);
        // "9-year-old Jane Roe"; "the 20-year-old Roe" when the document
        // names a person Roe ("the 20-year-old Spaniard" is no name).
        if let Some(end) = super::grammar::name_forward(t, i + 3) {
            let name = t.slice(i + 3, end - 1);
            if !name.chars().any(|c| c.is_ascii_digit()) && end - (i + 3) >= 2 {
                return Some((span, name.to_string()));
            }
            if end - (i + 3) == 1 {
                // Named elsewhere in the document, not only here.
                let here = offset + t.tokens[i + 3].span.start;
                let known = cx
                    .people
                    .iter()
                    .filter(|m| m.at != here && (m.name == name || m.name.ends_with(&format!(" {name}"))))
                    .max_by_key(|m| m.name.len());
                if let Some(m) = known {
                    return Some((span, m.name.clone()));
                }
            }
        }
        // "Jane Roe, a 44-year-old nurse".
        let article = i.checked_sub(1).map(|j| t.word(j)).unwrap_or("");
        if matches!(article, "a" | "an") {
            return appositive_name(t, i - 1).map(|name| (span, name));
        }
        // "the 63-year-old": the person last named.
        if article == "the" {
            let at = offset + value_span.start;
            return last_before(&cx.people, at, REACH).map(|name| (span, name.to_string()));
        }
        return None;
    }
    // "Jane Roe, 39," and "Jane Roe, aged 39,".
    let aged = i > 0 && t.word(i - 1) == "aged";
    let comma_before = if aged { i.checked_sub(2) } else { i.checked_sub(1) };
    let closed = t.tokens.get(i + 1).is_none_or(|x| x.is_punct(",.;)"));
    if let Some(c) = comma_before.filter(|&c| t.tokens[c].is_punct(",") && closed) {
        let span = if aged { Span::new(t.tokens[i - 1].span.start, value_span.end) } else { value_span };
        if let Some(name) = name_ending_at(t, c) {
            return Some((span, name));
        }
        // "The striker, aged 19,": a description, then the person last named.
        if aged {
            let at = offset + value_span.start;
            return last_before(&cx.people, at, REACH).map(|name| (span, name.to_string()));
        }
    }
    // "Jane Roe turned 19".
    if i >= 2 && matches!(t.word(i - 1), "turned" | "turns") {
        return name_ending_at(t, i - 1).map(|name| (value_span, name));
    }
    None
}

/// The person's name right before token `end` (exclusive): two to four
/// capitalized words, or one that the document names as a person.
fn name_ending_at(t: &Tokens, end: usize) -> Option<String> {
    let start = super::grammar::name_backward(t, end)?;
    let name = t.slice(start, end - 1).trim_end_matches("'s").trim_end_matches("’s").to_string();
    (!name.chars().any(|c| c.is_ascii_digit())).then_some(name)
}

/// "Jane Roe, a 44-year-old ...": the name before the comma before the article.
fn appositive_name(t: &Tokens, article: usize) -> Option<String> {
    let comma = article.checked_sub(1).filter(|&c| t.tokens[c].is_punct(","))?;
    name_ending_at(t, comma)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::test_support::run;

    fn ages(text: &str) -> Vec<(String, String)> {
        run(&PersonAge, text).into_iter().map(|c| (c.subject.label, c.value.describe())).collect()
    }

    #[test]
    fn ages_next_to_names() {
        assert_eq!(ages("Jane Roe, 39, told reporters."), [("Jane Roe".to_string(), "39 years old".to_string())]);
        assert_eq!(
            ages("Among the winners was 9-year-old Tom Hale."),
            [("Tom Hale".to_string(), "9 years old".to_string())]
        );
        assert_eq!(
            ages("Ada Kerr, a 44-year-old nurse, agreed."),
            [("Ada Kerr".to_string(), "44 years old".to_string())]
        );
        assert_eq!(ages("Kerr turned 19 in May."), [("Kerr".to_string(), "19 years old".to_string())]);
    }

    #[test]
    fn the_person_last_named() {
        let got = ages("Ada Kerr said she would resign. The 63-year-old then left. The striker, aged 19, signed.");
        assert_eq!(
            got,
            [
                ("Ada Kerr".to_string(), "63 years old".to_string()),
                ("Ada Kerr".to_string(), "19 years old".to_string())
            ]
        );
    }

    #[test]
    fn a_surname_after_the_age_is_that_person_not_the_last_named() {
        let got = ages("The champion Ada Kerr beat Ben Lund. Lund led early. But the 20-year-old Kerr came back.");
        assert_eq!(got, [("Ada Kerr".to_string(), "20 years old".to_string())]);
        let got = ages("The champion Ada Kerr beat Ben Lund. Lund led early. The 20-year-old Spaniard came back.");
        assert_eq!(got, [("Ben Lund".to_string(), "20 years old".to_string())]);
    }

    #[test]
    fn nobody_named_no_claim() {
        assert!(ages("A 66-year-old man was treated at the scene.").is_empty());
        assert!(ages("The town, 40, is small.").is_empty());
    }
}
