//! From claims to comparable keys: the story, the measure and the scope.
//!
//! Extraction reads each sentence alone; whether two figures may be
//! compared depends on the whole story. This step runs once every source
//! is read:
//!
//! - every subject is placed in its source's story;
//! - a figure's key is its measure, value kind and the scope parts that
//!   always separate (period, status, part, rate, role);
//! - a holder ("Northern Bloc's 13 seats") or a place ("turnout in
//!   Halden") is part of the key only when the story itself partitions
//!   the measure that way, that is when one source gives the measure for
//!   two holders or places. Otherwise "the government's fund" and "the
//!   fund" are one fund, as a reader would take them; two figures that name
//!   two different holders are still never compared (see `number-mismatch`).

use crate::claim::{Claim, SubjectKind};
use crate::stories::Stories;
use std::collections::{BTreeMap, BTreeSet};

/// Per (story, measure, attribute), per source: the holders (places) seen,
/// each with the other dimension (the place, the holder) and the value.
type Seen = BTreeMap<(usize, String, String), BTreeMap<usize, Vec<(Holder, Holder, crate::value::Value)>>>;

/// A holder as the partition sees it: named, none (the whole), or hidden
/// behind a pronoun.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Holder {
    Named(String),
    Whole,
    Unread,
}

/// Places every claim in its story and builds the figure keys.
pub fn resolve(claims: &mut [Claim], stories: &Stories) {
    for c in claims.iter_mut() {
        c.subject.story = stories.of_source.get(c.source).copied().unwrap_or(0);
    }
    canonical_holders(claims);
    // Which measures a story partitions by holder or by place: per
    // (story, measure, kind of value), per source, the holders (places)
    // seen with their values.
    let mut holders: Seen = BTreeMap::new();
    let mut places: Seen = BTreeMap::new();
    for c in claims.iter().filter(|c| c.subject.kind == SubjectKind::Figure && c.restates.is_none()) {
        let group = (c.subject.story, c.subject.key.clone(), c.attribute.clone());
        let holder = match (&c.scope.agent, c.scope.holder_unread) {
            (Some(a), _) => Holder::Named(a.clone()),
            (None, true) => Holder::Unread,
            (None, false) => Holder::Whole,
        };
        let place = c.scope.place.clone().map_or(Holder::Whole, Holder::Named);
        holders.entry(group.clone()).or_default().entry(c.source).or_default().push((
            holder.clone(),
            place.clone(),
            c.value.clone(),
        ));
        places.entry(group).or_default().entry(c.source).or_default().push((place, holder, c.value.clone()));
    }
    // A measure is partitioned by holder (place) when one source gives it
    // different values for two holders (places); a figure with none named
    // then stands for the whole ("more than 200 medics" beside "40
    // from Chile", "the national turnout" beside "turnout in Halden").
    let partitioned = |map: &Seen, group: &(usize, String, String)| {
        map.get(group).is_some_and(|by_source| {
            by_source.values().any(|seen| {
                let mut distinct: Vec<&(Holder, Holder, crate::value::Value)> = Vec::new();
                for entry in seen {
                    if !distinct.contains(&entry) {
                        distinct.push(entry);
                    }
                }
                let seen = distinct;
                // Two values that differ in the other dimension as well
                // (two named people, one of them naming a place) are told
                // apart by that one.
                let other_differs = |a: &Holder, b: &Holder| {
                    matches!((a, b), (Holder::Named(x), Holder::Named(y)) if !crate::rules::same_name(x, y))
                };
                seen.iter().enumerate().any(|(i, (h, o, v))| {
                    seen[i + 1..].iter().any(|(g, p, w)| {
                        h != g
                            && *h != Holder::Unread
                            && *g != Holder::Unread
                            && !other_differs(o, p)
                            && !v.compatible(w)
                    })
                })
            })
        })
    };
    // Once per group: (partitioned by holder, partitioned by place).
    let split: BTreeMap<&(usize, String, String), (bool, bool)> =
        holders.keys().map(|g| (g, (partitioned(&holders, g), partitioned(&places, g)))).collect();
    let split: BTreeMap<(usize, String, String), (bool, bool)> =
        split.into_iter().map(|(g, p)| (g.clone(), p)).collect();
    for c in claims.iter_mut().filter(|c| c.subject.kind == SubjectKind::Figure) {
        let group = (c.subject.story, c.subject.key.clone(), c.attribute.clone());
        let (by_holder, by_place) = split.get(&group).copied().unwrap_or((false, false));

        let s = &c.scope;
        let parts: Vec<String> = [
            Some(c.attribute.clone()),
            // With holders in play, a figure whose holder a pronoun hides
            // could be anyone's: it gets a key of its own, compared with nothing.
            if by_holder {
                Some(match (&s.agent, s.holder_unread) {
                    (Some(a), _) => format!("holder={a}"),
                    (None, true) => format!("holder=?{}@{}", c.source, c.span.start),
                    (None, false) => "holder=*".to_string(),
                })
            } else {
                None
            },
            if by_place { Some(format!("place={}", s.place.as_deref().unwrap_or("*"))) } else { None },
            s.period.as_ref().map(|p| format!("period={p}")),
            s.status.as_ref().map(|p| format!("status={p}")),
            s.part.as_ref().map(|p| format!("part={p}")),
            s.rate.as_ref().map(|p| format!("rate={p}")),
            s.role.as_ref().map(|p| format!("role={p}")),
        ]
        .into_iter()
        .flatten()
        .collect();
        c.subject.key = format!("{}|{}", c.subject.key, parts.join("|"));
        c.subject.label = figure_label(c);
    }
}

/// One holder, one name: within a story and measure, "kelder" and
/// "kelder united", "chile" and "chilean" become the shorter.
fn canonical_holders(claims: &mut [Claim]) {
    let mut names: BTreeMap<(usize, String), BTreeSet<String>> = BTreeMap::new();
    for c in claims.iter().filter(|c| c.subject.kind == SubjectKind::Figure) {
        if let Some(a) = c.scope.agent.as_ref() {
            names.entry((c.subject.story, c.subject.key.clone())).or_default().insert(a.clone());
        }
    }
    for c in claims.iter_mut().filter(|c| c.subject.kind == SubjectKind::Figure) {
        let Some(a) = c.scope.agent.clone() else { continue };
        let Some(all) = names.get(&(c.subject.story, c.subject.key.clone())) else { continue };
        let same: Vec<&String> = all.iter().filter(|b| crate::rules::same_name(&a, b)).collect();
        if let Some(shortest) = same.iter().min_by_key(|b| (b.len(), b.as_str())) {
            c.scope.agent = Some((*shortest).clone());
        }
    }
}

/// A figure's subject as words: "seats of Northern Bloc", "turnout in
/// Halden", "deaths (2021)", "fee (base)".
fn figure_label(c: &Claim) -> String {
    let s = &c.scope;
    let mut label = c.measure.clone().unwrap_or_else(|| c.subject.label.clone());
    if let Some(r) = &s.rate {
        label.push_str(&format!(" per {r}"));
    }
    if let Some(a) = &s.agent {
        label.push_str(&format!(" of {}", title_case(a)));
    }
    if let Some(p) = &s.place {
        label.push_str(&format!(" in {}", title_case(p)));
    }
    let notes: Vec<&str> = [&s.period, &s.status, &s.part, &s.role].into_iter().flatten().map(String::as_str).collect();
    if !notes.is_empty() {
        label.push_str(&format!(" ({})", notes.join(", ")));
    }
    label
}

/// Names are kept in lower case for keys; reports capitalize their words.
fn title_case(name: &str) -> String {
    name.split(' ')
        .map(|w| match w {
            "and" | "of" | "de" | "the" | "for" => w.to_string(),
            _ => {
                let mut c = w.chars();
                c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claim::{Modality, Scope, Subject};
    use crate::span::Span;
    use crate::value::{Interval, Value};

    /// A figure of `source`; its value is its position, so that two
    /// figures of one source differ.
    fn figure(source: usize, at: usize, holder: Option<&str>, place: Option<&str>) -> Claim {
        Claim {
            source,
            subject: Subject::new(SubjectKind::Figure, "seats", "seats"),
            attribute: "count".into(),
            scope: Scope { agent: holder.map(String::from), place: place.map(String::from), ..Scope::default() },
            value: Value::Count { unit: "seats".into(), interval: Interval::exact(at as f64) },
            modality: Modality::Asserted,
            span: Span::new(at, at + 1),
            sentence: Span::new(0, 100),
            text: String::new(),
            extractor: "test",
            measure: Some("seats".into()),
            restates: None,
            evolving: false,
        }
    }

    fn unread(mut c: Claim) -> Claim {
        c.scope.holder_unread = true;
        c
    }

    fn keys(claims: &mut [Claim]) -> Vec<String> {
        resolve(claims, &Stories::single(3));
        claims.iter().map(|c| c.subject.key.clone()).collect()
    }

    #[test]
    fn holders_separate_only_a_measure_a_source_partitions() {
        // One source gives seats for two parties: seats are partitioned, and
        // a figure with no holder named stands for the whole.
        let mut c =
            vec![figure(0, 1, Some("greens"), None), figure(0, 5, Some("reds"), None), figure(1, 1, None, None)];
        let k = keys(&mut c);
        assert_ne!(k[0], k[1]);
        assert_ne!(k[2], k[0]);
        assert!(k[2].contains("holder=*"));
        // Two figures whose holders a pronoun hides are not the same figure.
        let mut c = vec![
            figure(0, 1, Some("greens"), None),
            figure(0, 5, Some("reds"), None),
            unread(figure(1, 1, None, None)),
            unread(figure(2, 1, None, None)),
        ];
        let k = keys(&mut c);
        assert_ne!(k[2], k[3]);
        // Every source names at most one holder: one fund, whoever is named.
        let mut c = vec![
            figure(0, 1, Some("government"), None),
            figure(1, 1, Some("minister"), None),
            figure(2, 1, None, None),
        ];
        let k = keys(&mut c);
        assert!(k.iter().all(|x| *x == k[0]), "{k:?}");
        // "Kelder" and "Kelder United" are one holder.
        let mut c = vec![
            figure(0, 1, Some("kelder united"), None),
            figure(0, 5, Some("reds"), None),
            figure(1, 1, Some("kelder"), None),
        ];
        let k = keys(&mut c);
        assert_eq!(k[0], k[2]);
    }

    #[test]
    fn a_place_and_the_whole_area_are_two_places() {
        let mut c = vec![figure(0, 1, None, Some("halden")), figure(0, 5, None, None), figure(1, 1, None, None)];
        let k = keys(&mut c);
        assert_ne!(k[0], k[1]);
        assert_eq!(k[1], k[2]);
    }

    #[test]
    fn two_people_differ_by_person_not_by_the_place_one_names() {
        // One source: Roe's term (a place named in the clause) and Doe's.
        let mut c = vec![
            figure(0, 1, Some("roe"), Some("halden")),
            figure(0, 5, Some("doe"), None),
            figure(1, 2, Some("roe"), None),
        ];
        let k = keys(&mut c);
        assert!(!k[0].contains("place="), "{k:?}");
        assert_eq!(k[0], k[2]);
    }

    #[test]
    fn claims_take_their_source_s_story() {
        let mut c = vec![figure(0, 1, None, None), figure(1, 1, None, None)];
        let stories = Stories { of_source: vec![0, 1], labels: vec!["a".into(), "b".into()] };
        resolve(&mut c, &stories);
        assert_ne!(c[0].subject.story, c[1].subject.story);
    }
}
