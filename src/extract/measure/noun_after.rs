//! `noun-after`: the noun phrase a figure quantifies, and the verb that
//! follows it.
//!
//! "29 deaths", "nine crew members", "a 12-metre mast", "a 5%
//! service charge", "€3 million ($3.3 million) relief fund",
//! "2,500 people on its payroll", "4,800 flights will be cancelled",
//! "17 people have died". A rate after the phrase ("900 flights a day",
//! "€50 for each day") is returned apart: it keeps the figure from being
//! compared with a total.

use super::Found;
use crate::extract::grammar::{looks_like_participle, np_word, ADVERBS, AUXILIARIES, POSSESSIVES};
use crate::extract::tokens::Tokens;
use crate::knowledge::Knowledge;

/// Prepositions of idioms that belong to the measure when no article
/// follows them: "on board", "in hospital", "on its payroll", "from their homes".
const IDIOM_PREPOSITIONS: &[&str] = &["on", "in", "from", "behind", "at", "out"];

pub fn read(t: &Tokens, i: usize, k: &Knowledge) -> Option<Found> {
    let start = t.after_conversions(i) + 1;
    if !t.joined(start - 1) {
        return rate_only(t, start);
    }
    // "three of the panel's nine judges dissented": the part takes the
    // noun and the verb of the whole.
    if t.word(start) == "of" {
        let mut m = start + 1;
        while matches!(t.word(m), "the" | "its" | "their" | "his" | "her")
            || t.word(m).ends_with("'s")
            || t.word(m).ends_with("’s")
        {
            m += 1;
        }
        if t.tokens.get(m).is_some_and(|x| x.is_value()) {
            return phrase(t, m + 1, k, true);
        }
    }
    // The whole of a part ("three of the nine members voted against"): its
    // noun, without the part's verb.
    let whole = (i.saturating_sub(3)..i).any(|j| t.word(j) == "of")
        && (i.saturating_sub(5)..i.saturating_sub(1)).any(|j| t.tokens[j].is_value());
    phrase(t, start, k, !whole)
}

/// The noun phrase at `start` and, when `predicate`, the verb after it.
fn phrase(t: &Tokens, start: usize, k: &Knowledge, predicate: bool) -> Option<Found> {
    let lexicon = &k.measures;
    let mut words = Vec::new();
    let mut j = start;
    // "40,000 daily commuters": a rate before the noun.
    let mut rate = match t.word(j) {
        "daily" => Some("day".to_string()),
        "weekly" => Some("week".to_string()),
        "monthly" => Some("month".to_string()),
        "annual" | "yearly" => Some("year".to_string()),
        _ => None,
    };
    if rate.is_some() {
        j += 1;
    }
    let start = j;
    while j < t.len() && j - start < 4 && np_word(t, j) && (j == start || t.joined(j - 1)) {
        let w = t.word(j);
        // A verb after the noun ends the phrase: "2,700 tenants remain",
        // "one jury member dissenting".
        let after_generic = words.last().is_some_and(|last: &String| lexicon.is_generic(last));
        if j > start
            && (lexicon.is_light_verb(w)
                || lexicon.is_change_verb(w)
                || looks_like_participle(w)
                || (after_generic && lexicon.names_measure(w)))
        {
            break;
        }
        // "a 948-foot Liberia-flagged vessel", "a state-owned firm": how a
        // thing came to be is no part of what it is.
        if !is_compound_participle(w) {
            words.push(w.to_string());
        }
        j += 1;
    }
    if words.is_empty() {
        return if predicate { bare_predicate(t, start, k) } else { None }.or_else(|| rate_only(t, start));
    }
    // A people's adjective says whose the things are: "40 Chilean
    // medics" are the medics from Chile. Other names stay
    // part of what is counted ("12 Bundesliga goals", "three EV makers").
    let mut holder = None;
    let names: Vec<usize> = (start..j).filter(|&x| x > 0 && is_demonym(t.tokens[x].text)).collect();
    if !names.is_empty() && names.len() < words.len() {
        holder = Some(names.iter().map(|&x| t.word(x)).collect::<Vec<_>>().join(" "));
        let names_lower: Vec<String> = names.iter().map(|&x| t.word(x).to_string()).collect();
        words.retain(|w| !names_lower.contains(w));
    }
    // "people on board", "2,500 people on its payroll".
    if let Some((idiom, end)) = idiom_at(t, j) {
        words.extend(idiom);
        j = end;
    }
    if let Some((r, end)) = rate_at(t, j) {
        rate = Some(r);
        j = end;
    }
    // "40 medics from Chile": where they come from is whose they are.
    if t.word(j) == "from" {
        if let Some(end) = crate::extract::grammar::name_forward(t, j + 1) {
            holder = Some(t.slice(j + 1, end - 1).to_lowercase());
            j = end;
        }
    }
    if !predicate {
        return Some(Found { words, rate, holder, ..Found::default() });
    }
    // The verb after the phrase: "17 people have died", "flights will be
    // cancelled", "three members voted against", "patients remained in hospital".
    let mut p = j;
    let mut aux = false;
    while AUXILIARIES.contains(&t.word(p)) || (aux && ADVERBS.contains(&t.word(p))) {
        aux = true;
        p += 1;
    }
    let w = t.word(p);
    let names = k.measures.names_measure(w);
    if np_word(t, p) && (looks_like_participle(w) || (names && (aux || p == j))) {
        if lexicon.is_light_verb(w) {
            if let Some((idiom, _)) = idiom_at(t, p + 1) {
                words.extend(idiom);
            }
        } else {
            // "one jury member dissenting": people counted by what they did.
            if names && words.last().is_some_and(|head| lexicon.is_generic(head)) {
                words.clear();
            }
            words.push(w.to_string());
            if matches!(t.word(p + 1), "against") {
                words.push(t.word(p + 1).to_string());
            }
        }
    }
    Some(Found { words, rate, holder, ..Found::default() })
}

/// "two were injured", "three have died", "five remain missing": a figure
/// with no noun, whose verb names the measure the lexicon knows.
fn bare_predicate(t: &Tokens, start: usize, k: &Knowledge) -> Option<Found> {
    // Only a count stands for what it counts: "two years would cost" does not.
    if !matches!(t.value(start.checked_sub(1)?), Some(crate::value::Value::Number { .. })) {
        return None;
    }
    let mut p = start;
    while AUXILIARIES.contains(&t.word(p)) || (p > start && ADVERBS.contains(&t.word(p))) {
        p += 1;
    }
    let w = t.word(p);
    (p > start && t.joined(p - 1) && k.measures.names_measure(w))
        .then(|| Found { words: vec![w.to_string()], ..Found::default() })
}

/// "singapore-flagged", "chinese-built", "state-owned", "us-made": a
/// compound whose last part is a participle.
fn is_compound_participle(w: &str) -> bool {
    w.rsplit_once('-').is_some_and(|(head, last)| {
        !head.is_empty()
            && (looks_like_participle(last) || matches!(last, "made" | "built" | "led" | "run" | "held" | "based"))
    })
}

/// "Chilean", "Peruvian", "Danish", "Chinese", "Pakistani": a capitalized
/// adjective of a people.
fn is_demonym(word: &str) -> bool {
    let capitalized =
        word.chars().next().is_some_and(char::is_uppercase) && word.chars().skip(1).all(char::is_lowercase);
    let ending = ["an", "ian", "ese", "ish", "i"].iter().any(|e| word.ends_with(e));
    capitalized && ending && word.chars().count() >= 5
}

/// A preposition and a noun with no article, which belong to the measure:
/// "on board", "in hospital", "on its payroll", "from their homes".
fn idiom_at(t: &Tokens, j: usize) -> Option<(Vec<String>, usize)> {
    if !IDIOM_PREPOSITIONS.contains(&t.word(j)) {
        return None;
    }
    let mut p = j + 1;
    if t.word(j) == "out" && t.word(p) == "of" {
        p += 1;
    }
    if POSSESSIVES.contains(&t.word(p)) {
        p += 1;
    }
    (np_word(t, p) && !t.tokens[p].is_capitalized())
        .then(|| (vec![t.word(j).to_string(), t.word(p).to_string()], p + 1))
}

fn rate_only(t: &Tokens, j: usize) -> Option<Found> {
    rate_at(t, j).map(|(rate, _)| Found { rate: Some(rate), ..Found::default() })
}

/// Units of a rate: "a day", "per passenger", "each month".
const RATE_UNITS: &[&str] = &[
    "day",
    "week",
    "month",
    "year",
    "hour",
    "minute",
    "second",
    "passenger",
    "person",
    "head",
    "capita",
    "household",
    "member",
    "worker",
    "employee",
    "student",
    "night",
    "game",
    "match",
    "season",
    "unit",
    "share",
    "barrel",
    "tonne",
    "kilogram",
    "litre",
    "gallon",
];

/// A rate at token `j`: "a day", "per year", "for each day", "to each
/// passenger", "daily". Returns the unit and the token after it.
pub fn rate_at(t: &Tokens, j: usize) -> Option<(String, usize)> {
    match t.word(j) {
        "daily" | "weekly" | "monthly" | "annually" | "yearly" | "hourly" | "nightly" => {
            return Some((t.word(j).trim_end_matches("ly").replace("dai", "day").replace("annual", "year"), j + 1))
        }
        _ => {}
    }
    let mut p = j;
    if matches!(t.word(p), "for" | "to") {
        p += 1;
    }
    if !matches!(t.word(p), "a" | "an" | "per" | "each" | "every") {
        return None;
    }
    let unit = t.word(p + 1);
    let singular = unit.strip_suffix('s').unwrap_or(unit);
    RATE_UNITS.contains(&singular).then(|| (singular.to_string(), p + 2))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recognize;

    fn words(text: &str) -> Option<(Vec<String>, Option<String>)> {
        let k = Knowledge::builtin();
        let t = Tokens::new(text, recognize::values(text, None));
        let i = t.tokens.iter().position(|tok| tok.is_value())?;
        read(&t, i, &k).map(|f| (f.words, f.rate))
    }

    fn w(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn the_noun_phrase_and_its_verb() {
        assert_eq!(words("It reported 29 deaths on Sunday."), Some((w(&["deaths"]), None)));
        assert_eq!(words("with nine crew members aboard"), Some((w(&["crew", "members"]), None)));
        assert_eq!(words("Some 17 people have died."), Some((w(&["died"]), None)));
        assert_eq!(words("About 4,800 flights will be cancelled."), Some((w(&["flights", "cancelled"]), None)));
        assert_eq!(
            words("The group keeps 2,500 people on its payroll."),
            Some((w(&["people", "on", "payroll"]), None))
        );
    }

    #[test]
    fn how_a_thing_came_to_be_is_no_part_of_it() {
        assert_eq!(words("a 300-metre Panama-flagged tanker"), Some((w(&["tanker"]), None)));
        assert_eq!(words("It bought 12 state-owned firms."), Some((w(&["firms"]), None)));
    }

    #[test]
    fn a_verb_after_the_noun_ends_the_phrase() {
        assert_eq!(words("About 2,700 tenants remain without power."), Some((w(&["tenants"]), None)));
    }

    #[test]
    fn parts_and_wholes() {
        assert_eq!(
            words("Three of the nine members voted against the motion."),
            Some((w(&["voted", "against"]), None))
        );
        assert_eq!(
            words("Three patients remained in hospital for a week."),
            Some((w(&["patients", "in", "hospital"]), None))
        );
    }

    #[test]
    fn rates_are_kept_apart() {
        assert_eq!(
            words("Roughly 900 flights a day will be cancelled."),
            Some((w(&["flights", "cancelled"]), Some("day".into())))
        );
        assert_eq!(words("The scheme pays €50 for each day of the closure."), Some((Vec::new(), Some("day".into()))));
    }
}
