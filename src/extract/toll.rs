//! `toll`: how many people were killed or injured, and where: "at least 45
//! people were killed in Kharkiv", "the death toll in Kharkiv rose to 52",
//! "killing 14 in Kyiv".
//!
//! Tolls grow as news comes in, so the attribute is evolving: a later,
//! larger figure is an update, not a contradiction (see `number-mismatch`).
//! A toll needs a known place in its sentence ("in Kharkiv"): an article
//! often gives several tolls, and the place tells them apart.

use super::{Context, Extractor, Sentence};
use crate::claim::{Claim, Modality, Scope, Subject, SubjectKind};
use crate::recognize::quantity::QuantityKind;
use regex::Regex;
use std::sync::LazyLock;

pub struct Toll;

/// After the figure: "people were killed", "dead", "civilians died", "injured".
static AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s+(?:(?:people|persons|civilians|soldiers|children|residents|others)\s+)?(?:(?:were|have been|had been|are|was)\s+)?(?:(?P<dead>killed|dead|died|deaths|fatalities|lost their lives)|(?P<hurt>injured|wounded|hurt))\b").unwrap()
});

/// Before the figure: "killing", "death toll rose to", "toll of".
static BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:(?P<dead>killing|killed|death toll(?:\s+\w+){0,3}\s+(?:rose to|climbed to|reached|stood at|stands at|is|was|of|at|to|hit))|(?P<hurt>injuring|wounding|injured|wounded))\s+$").unwrap()
});

static IN_PLACE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\bin\s+(?P<place>(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})").unwrap()
});

/// "Turkey and Syria", "Gaza, the West Bank": a place joined to another.
static JOINED: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s*(?:and|,)\s+(?:the\s+)?\p{Lu}").unwrap());

impl Extractor for Toll {
    fn id(&self) -> &'static str {
        "toll"
    }

    fn extract(&self, cx: &Context, sentence: &Sentence) -> Vec<Claim> {
        let text = sentence.text;
        // Known places after "in", except one joined to another ("in Turkey
        // and Syria" is a toll of both, not of either).
        let places: Vec<(usize, &str)> = IN_PLACE
            .captures_iter(text)
            .filter_map(|c| {
                let m = c.name("place")?;
                let joined = JOINED.is_match(&text[m.end()..]);
                let place = cx.knowledge.place(m.as_str())?;
                (!joined).then_some((m.start(), place.name.as_str()))
            })
            .collect();
        if places.is_empty() {
            return Vec::new();
        }
        let mut out = Vec::new();
        for q in sentence.quantities() {
            if q.kind != QuantityKind::Number || !q.integer {
                continue;
            }
            // The place of the figure's own clause: the next "in <Place>" before
            // a clause break, else the last one before the figure.
            let clause_end = text[q.span.end..].find([';', ',']).map_or(text.len(), |i| q.span.end + i);
            let place = places
                .iter()
                .find(|(at, _)| *at >= q.span.end && *at < clause_end)
                .or_else(|| places.iter().rev().find(|(at, _)| *at < q.span.start))
                .map(|(_, name)| *name);
            let Some(place) = place else { continue };
            let before_start = text[..q.span.start].char_indices().rev().nth(40).map_or(0, |(i, _)| i);
            let kind = AFTER
                .captures(&text[q.span.end..])
                .or_else(|| BEFORE.captures(&text[before_start..q.span.start]))
                .map(|c| if c.name("dead").is_some() { "deaths" } else { "injuries" });
            let Some(kind) = kind else { continue };
            let at = cx.claim(sentence, q.span, self.id());
            out.push(at.into_claim(
                Subject::new(
                    SubjectKind::Figure,
                    format!("{kind}@{}", place.to_lowercase()),
                    format!("{kind} in {place}"),
                ),
                "toll",
                Scope::default(),
                crate::value::Value::Count { unit: kind.to_string(), interval: q.interval },
                Modality::Reported,
            ));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::test_support::run;

    fn got(text: &str) -> Vec<(String, String)> {
        run(&Toll, text).into_iter().map(|c| (c.subject.label, c.value.describe())).collect()
    }

    #[test]
    fn deaths_and_injuries_with_a_place() {
        assert_eq!(
            got("At least 45 people were killed in Kharkiv on Friday."),
            vec![("deaths in Kharkiv".into(), "at least 45 deaths".into())]
        );
        assert_eq!(
            got("The strike on Kyiv killed 3 and injured 20 in Kyiv."),
            vec![("deaths in Kyiv".into(), "3 deaths".into()), ("injuries in Kyiv".into(), "20 injuries".into())]
        );
        assert_eq!(
            got("The death toll in Kharkiv rose to 52."),
            vec![("deaths in Kharkiv".into(), "52 deaths".into())]
        );
    }

    #[test]
    fn each_figure_takes_the_place_of_its_clause() {
        assert_eq!(
            got("The death toll in Turkey rose to 14,014, while more than 3,000 people were killed in Syria."),
            vec![
                ("deaths in Türkiye".into(), "14014 deaths".into()),
                ("deaths in Syria".into(), "more than 3000 deaths".into())
            ]
        );
        assert!(got("More than 5,000 people were killed in Turkey and Syria.").is_empty());
    }

    #[test]
    fn no_place_no_toll() {
        assert!(got("At least 45 people were killed on Friday.").is_empty());
        assert!(got("Some 500 people attended in Kharkiv.").is_empty());
    }
}
