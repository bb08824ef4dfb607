//! `title`: a person's office, read from the shapes news copy gives it.
//!
//! - before the name: "US Secretary of State Jane Roe", "Acme CEO Jane Roe",
//!   "under CTO Jane Roe", "the party's general secretary, Jane Roe, said";
//! - in apposition: "Jane Roe, the US secretary of state, said",
//!   "Jane Roe, 47, the finance minister";
//! - as a predicate of a named subject: "Jane Roe has been health minister
//!   since 2021", "Roe, 52, has served as minister of health", "Roe, who
//!   served as mayor between 2012 and 2015, ..." (a past office: `former`).
//!
//! The office is the lexicon's canonical name, extended by the rank words
//! before it (`ranks` in the lexicon): "Deputy Mayor" is the office "deputy
//! mayor", "Senior Deputy Governor" is "senior deputy governor", for any
//! office. "ASEAN head Piet Janssen" reads the organisation's head office
//! from the lexicon. Modifiers ("former", "outgoing", "then-") are kept
//! apart so that a former title is not taken for a current one; so is an
//! office stated with a past verb or a past span of years.
//!
//! Not extracted: titles with no name (a pronoun subject, "the Secretary
//! General said"), a lower-case office before a one-word name unless an
//! organisation or a possessive stands before it ("the manager Rovers
//! hired"), names that are places, organisations or institutions ("Premier
//! Club"), honorifics ("Mr", "Dr").

use super::grammar::{first_word, stretch_end, words_back};
use super::words::{name_before, name_key, person_name_at, words, Word};
use super::{Context, Extractor, Sentence};
use crate::claim::{Claim, Modality, Scope, Subject, SubjectKind};
use crate::span::Span;
use crate::value::{self, Value};
use regex::Regex;
use std::sync::LazyLock;

pub struct Title;

/// Words after an organisation that name its chief ("ASEAN chief").
const HEAD_WORDS: &[&str] = &["head", "chief", "boss", "leader"];

/// Words that end an institution's name, never a person's ("Premier Club").
const INSTITUTION_WORDS: &[&str] = &[
    "league",
    "cup",
    "club",
    "group",
    "company",
    "corporation",
    "inc",
    "ltd",
    "plc",
    "airline",
    "airlines",
    "bank",
    "union",
    "federation",
    "association",
    "institute",
    "foundation",
    "fund",
    "council",
    "board",
    "authority",
    "service",
    "services",
    "police",
    "ministry",
    "department",
    "government",
    "party",
    "court",
    "tribunal",
];

/// Verbs that give a named subject an office: (words before the office, current?).
/// "is"/"has been" speak of now; "was"/"served as" of the past.
const PREDICATES: &[(&str, bool)] = &[
    ("has been", true),
    ("have been", true),
    ("has served as", true),
    ("serves as", true),
    ("is serving as", true),
    ("is now", true),
    ("is", true),
    ("remains", true),
    ("became", true),
    ("has become", true),
    ("took over as", true),
    ("had been", false),
    ("was", false),
    ("served as", false),
    ("previously served as", false),
    ("once served as", false),
];

/// A span of years after an office that says it is over ("between 2012
/// and 2015", "from 2004 to 2011", "until 2018").
static PAST_SPAN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\s+(?:of|at|for|in)\s+[^,.;]{1,40}?)?\s+(?:between\s+\d{4}\s+and|from\s+\d{4}\s+(?:to|until)|until|till|up to)\s+(?:\w+\s+)?\d{4}\b").unwrap()
});

/// One office found in a sentence: its span (ranks included), canonical
/// name, and whether it is an organisation-head phrase ("ASEAN head").
struct Office {
    span: Span,
    canonical: String,
    head_phrase: bool,
}

/// Whom a title belongs to, and whether the sentence puts it in the past.
struct Holder {
    span: Span,
    name: String,
    past: bool,
}

impl Extractor for Title {
    fn id(&self) -> &'static str {
        "title"
    }

    fn extract(&self, cx: &Context, sentence: &Sentence) -> Vec<Claim> {
        let text = sentence.text;
        let mut claims: Vec<(Span, Claim)> = Vec::new();
        for office in offices(cx, sentence) {
            // "the mayor's chief of staff": the office's holder is not named here.
            let possessed = ["'s", "’s"].iter().any(|s| text[office.span.end..].starts_with(s));
            if possessed || claims.iter().any(|(s, _)| s.overlaps(office.span)) {
                continue;
            }
            let (written_start, mut modifiers, qualified) = qualifiers_before(cx, text, office.span.start);
            let Some(holder) = name_after(cx, text, &office, qualified)
                .or_else(|| appositive_name(cx, text, written_start, office.span.end))
                .or_else(|| predicate_name(text, written_start, office.span.end))
            else {
                continue;
            };
            let Some((name_span, name)) = person(cx, text, holder.span, &holder.name) else { continue };
            if holder.past && !modifiers.iter().any(|m| m == "former") {
                modifiers.insert(0, "former".to_string());
            }
            let written_span = Span::new(written_start, office.span.end);
            let title = value::Title {
                canonical: office.canonical.clone(),
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
            claims.push((office.span.cover(name_span), claim));
        }
        claims.into_iter().map(|(_, c)| c).collect()
    }
}

/// Offices of the lexicon and organisation-head phrases, in text order,
/// each extended over the rank words before it.
fn offices(cx: &Context, sentence: &Sentence) -> Vec<Office> {
    let (k, text) = (cx.knowledge, sentence.text);
    let mut found: Vec<Office> = Vec::new();
    for hit in cx.offices_in(sentence) {
        let canonical = k.offices[hit.index].canonical.clone();
        let (start, canonical) = with_portfolio(cx, text, hit.start, canonical);
        let (start, canonical) = with_ranks(cx, text, start, canonical);
        found.push(Office { span: Span::new(start, hit.end), canonical, head_phrase: false });
    }
    let organisations = if may_name_a_head(text) { sentence.organisations(k) } else { &[] };
    for hit in organisations {
        let Some(head) = k.organisations[hit.index].head.clone() else {
            continue;
        };
        let after = &text[hit.end..];
        let word = first_word(after).filter(|w| after[..w.span.start].trim().is_empty());
        if let Some(w) = word.filter(|w| HEAD_WORDS.contains(&w.lower().as_str())) {
            found.push(Office { span: Span::new(hit.start, hit.end + w.span.end), canonical: head, head_phrase: true });
        }
    }
    found.sort_by_key(|o| (o.span, o.head_phrase));
    found
}

/// Whether a word of `text` may be a head word, in any case: a cheap test
/// on bytes before the organisations are searched, as most sentences name
/// no chief. Only ASCII letters lower to a head word, and a word is never
/// glued to a letter or digit.
fn may_name_a_head(text: &str) -> bool {
    // A head word must occur somewhere, whole or not: a few vectorized
    // substring searches of the lower-cased text rule out most sentences,
    // three times faster than the word scan, which branches on every byte.
    let lower = text.to_ascii_lowercase();
    if !HEAD_WORDS.iter().any(|h| lower.contains(h)) {
        return false;
    }
    let bytes = text.as_bytes();
    let mut start = 0;
    for end in 0..=bytes.len() {
        if bytes.get(end).is_some_and(u8::is_ascii_alphanumeric) {
            continue;
        }
        let run = &bytes[start..end];
        if run.len() >= 4 && HEAD_WORDS.iter().any(|h| run.eq_ignore_ascii_case(h.as_bytes())) {
            return true;
        }
        start = end + 1;
    }
    false
}

/// Words that never name a portfolio: function words and verbs that stand
/// before an office ("sentenced minister Jane Roe").
const NOT_PORTFOLIO: &[&str] = &[
    "the", "a", "an", "and", "or", "of", "for", "to", "in", "on", "at", "by", "with", "as", "from", "is", "was",
    "were", "be", "been", "has", "had", "have", "said", "says", "told", "met", "who", "which", "that", "its", "their",
    "his", "her", "our", "this", "then", "now", "also", "not",
];

/// A generic office with its portfolio in lower case before it: "former
/// rural affairs minister Jane Roe" is the office "rural
/// affairs minister" (and, read on, a former one). The portfolio must
/// follow what opens a noun phrase: a modifier, an article, a possessive, a
/// capitalized word, "as" or a comma; so "a court sentenced minister Jane
/// Roe" keeps the bare office.
fn with_portfolio(cx: &Context, text: &str, start: usize, canonical: String) -> (usize, String) {
    let k = cx.knowledge;
    if !k.office(&canonical).is_some_and(|o| o.generic) {
        return (start, canonical);
    }
    // The last words before the office, last first: each word's
    // predecessor is the next one.
    let back: Vec<Word> = words_back(&text[..start]).take(4).collect();
    let mut next = start;
    let mut portfolio: Vec<&str> = Vec::new();
    let mut best = None;
    for (i, w) in back.iter().enumerate().take(3) {
        let lower = w.lower();
        let plain = w.text.chars().all(|c| c.is_lowercase()) && !w.text.ends_with("ed") && !w.text.ends_with("ing");
        if text[w.span.end..next] != *" "
            || !plain
            || NOT_PORTFOLIO.contains(&lower.as_str())
            || k.modifiers.contains(&lower)
            || k.ranks.contains(&lower)
        {
            break;
        }
        portfolio.insert(0, w.text);
        next = w.span.start;
        let opener = match back.get(i + 1) {
            None => text[..w.span.start].trim().is_empty(),
            Some(p) => {
                let gap = &text[p.span.end..w.span.start];
                let pl = p.lower();
                gap.trim().starts_with([',', '"', '“', '(']) && gap.trim().len() == 1
                    || (gap == " "
                        && (k.modifiers.contains(&pl)
                            || matches!(pl.as_str(), "the" | "a" | "an" | "as" | "its" | "their" | "his" | "her")
                            || pl.ends_with("'s")
                            || pl.ends_with("’s")
                            || p.is_capitalized()))
            }
        };
        if opener {
            best = Some((w.span.start, portfolio.join(" ")));
        }
    }
    match best {
        Some((begin, words)) => (begin, format!("{words} {canonical}")),
        None => (start, canonical),
    }
}

/// Walks back over rank words glued to an office ("Senior Deputy
/// Governor", "vice-chair") and makes them part of it: returns where the
/// ranked office starts and its canonical name ("senior deputy governor").
/// "Under" is a rank only before a secretary ("Under Secretary of State"),
/// not in "under CTO Jane Roe".
fn with_ranks(cx: &Context, text: &str, start: usize, canonical: String) -> (usize, String) {
    let mut begin = start;
    let mut ranks: Vec<String> = Vec::new();
    for w in words_back(&text[..start]) {
        let gap = &text[w.span.end..begin];
        let lower = w.lower();
        let glued = gap == " " || gap == "-";
        let is_rank = cx.knowledge.ranks.contains(&lower) || rank_compound(cx, &lower);
        let under_ok = lower != "under" || gap == "-" || canonical.contains("secretary");
        if !glued || !is_rank || !under_ok || canonical.split(' ').next() == Some(lower.as_str()) {
            break;
        }
        ranks.insert(0, lower.replace('-', " "));
        begin = w.span.start;
    }
    if ranks.is_empty() {
        return (start, canonical);
    }
    (begin, format!("{} {canonical}", ranks.join(" ")))
}

/// "vice-" written with its hyphen inside one word ("Deputy-Vice").
fn rank_compound(cx: &Context, word: &str) -> bool {
    word.contains('-') && word.split('-').all(|p| cx.knowledge.ranks.contains(p))
}

/// The name right after the office: "Deputy Mayor Jane Roe", "Acme CEO
/// Jane Roe", "the party's general secretary, Jane Roe, said".
///
/// Before a name an office is capitalized, unless the lexicon allows lower
/// case, an organisation or a possessive stands before it ("Acme chief
/// executive Jane Roe", "Acme's coach Jane Roe"), or the name has two words
/// or more. A comma may stand between office and name when the office is
/// capitalized or owned ("Its general secretary, Jane Roe, said").
fn name_after(cx: &Context, text: &str, office: &Office, qualified: bool) -> Option<Holder> {
    let capitalized = text[office.span.start..].chars().next().is_some_and(|c| c.is_uppercase());
    let lexicon_case = cx.knowledge.office(&office.canonical).is_some_and(|o| o.lowercase);
    let comma = capitalized || qualified;
    // A name has at most four words: the text past the few after the
    // office is not split.
    let near = &text[..stretch_end(text, office.span.end, 6)];
    let (span, name) = person_name_at(near, office.span.end, comma)?;
    let after_comma = text[office.span.end..span.start].contains(',');
    if after_comma && !closed(&text[span.end..]) {
        return None;
    }
    let many_words = name.split_whitespace().count() >= 2;
    let allowed = capitalized || lexicon_case || office.head_phrase || qualified || many_words;
    allowed.then_some(Holder { span, name, past: false })
}

/// Whether a name is followed by what ends an apposition: a comma, a full
/// stop, a semicolon or parenthesis, a verb of saying, or the sentence end.
fn closed(after: &str) -> bool {
    after.trim().is_empty()
        || after.starts_with([',', '.', ';', ')', ':'])
        || [" said", " says", " told", " who"].iter().any(|w| after.starts_with(w))
}

/// "Jane Roe, the US secretary of state, said": a name, a comma (and an
/// age: "Jane Roe, 47, the finance minister"), then the title from
/// `title_start`, closed by a comma, full stop, "who" or a verb of saying.
/// The office may be in lower case here, as news copy writes it.
fn appositive_name(cx: &Context, text: &str, title_start: usize, office_end: usize) -> Option<Holder> {
    if !closed(&text[office_end..]) {
        return None;
    }
    let head = text[..title_start].trim_end();
    let head = ["the", "a", "an", "The"]
        .iter()
        .find_map(|a| head.strip_suffix(a).filter(|h| h.ends_with(char::is_whitespace)))
        .map_or(head, str::trim_end);
    let comma = skip_age(head.strip_suffix(',')?.trim_end());
    let (span, name) = name_before(text, comma.len())?;
    // "Prime Minister Jane Roe, the party leader": the name is what follows the office.
    if let Some(last) = cx.knowledge.find_offices(&name).last() {
        let rest = name[last.end..].trim_start();
        let start = span.end - rest.len();
        return (!rest.is_empty()).then(|| Holder {
            span: Span::new(start, span.end),
            name: rest.to_string(),
            past: false,
        });
    }
    Some(Holder { span, name, past: false })
}

/// "Jane Roe, 47": the text before an age in commas ("Jane Roe").
fn skip_age(head: &str) -> &str {
    let digits = head.trim_end_matches(|c: char| c.is_ascii_digit());
    if digits.len() < head.len() && head.len() - digits.len() <= 3 {
        if let Some(before) = digits.trim_end().strip_suffix(',') {
            return before.trim_end();
        }
    }
    head
}

/// "Jane Roe has been health minister since 2021", "Roe, 52, has served
/// as minister of health", "Roe, who served as mayor between 2012 and
/// 2015": the named subject of a verb that gives the office. A past verb
/// or a past span of years makes it a former office. A pronoun or any
/// other subject gives none.
fn predicate_name(text: &str, title_start: usize, office_end: usize) -> Option<Holder> {
    let head = text[..title_start].trim_end();
    let lower = head.to_lowercase();
    let article = ["the", "a", "an"]
        .iter()
        .find(|a| lower.strip_suffix(*a).is_some_and(|h| h.ends_with(char::is_whitespace)))
        .map_or(0, |a| a.len());
    let head = head[..head.len() - article].trim_end();
    let lower = head.to_lowercase();
    let (verb, current) = PREDICATES
        .iter()
        .find(|(v, _)| lower.strip_suffix(v).is_some_and(|h| h.is_empty() || h.ends_with(char::is_whitespace)))?;
    let mut subject = head[..head.len() - verb.len()].trim_end();
    // "Roe, who served as ...": the relative clause's antecedent.
    if let Some(before) = subject.strip_suffix("who") {
        subject = before.trim_end().strip_suffix(',')?.trim_end();
    }
    let subject = match subject.strip_suffix(',') {
        // "Roe, 52, has served as": the age stands in commas.
        Some(s) => skip_age(s.trim_end()),
        None => subject,
    };
    if subject.ends_with(',') {
        return None;
    }
    let (span, name) = name_before(text, subject.len())?;
    let past = !current || PAST_SPAN.is_match(&text[office_end..]);
    Some(Holder { span, name, past })
}

/// The holder's name as a person: cut at a possessive ("Jane Roe's
/// party" → "Jane Roe"); never an office, a place, an organisation or an
/// institution.
fn person(cx: &Context, text: &str, span: Span, name: &str) -> Option<(Span, String)> {
    let k = cx.knowledge;
    let mut end = span.start;
    let mut kept = Vec::new();
    for w in words(name) {
        let possessive = ["'s", "’s"].iter().find_map(|s| w.text.strip_suffix(s));
        kept.push(possessive.unwrap_or(w.text));
        end = span.start + w.span.start + possessive.map_or(w.text.len(), str::len);
        if possessive.is_some() {
            break;
        }
    }
    let name = text[span.start..end].to_string();
    let last = kept.last()?.to_lowercase();
    let institution = INSTITUTION_WORDS.contains(&last.as_str());
    let office = k.find_offices(&name).first().is_some_and(|h| h.start == 0);
    let place = k.place(&name).is_some() || !k.find_organisations(&name).is_empty();
    (!institution && !office && !place && !name.is_empty()).then(|| (Span::new(span.start, end), name))
}

/// Walks back over the words that qualify an office ("outgoing German",
/// "US", "then-", "EU", "Acme's") and returns where the written title
/// starts, which modifiers it carries, and whether an organisation, place
/// or possessive stands before it (so that a lower-case office is a title).
fn qualifiers_before(cx: &Context, text: &str, start: usize) -> (usize, Vec<String>, bool) {
    let mut modifiers = Vec::new();
    let mut begin = start;
    let mut qualified = false;
    // "then-Senator", "ex-President": a hyphenated modifier glued to the office.
    let before = &text[..start];
    for m in ["then-", "ex-", "former-"] {
        // Only ASCII letters lower to these, so the bytes tell.
        if before.len() >= m.len() && before.as_bytes()[before.len() - m.len()..].eq_ignore_ascii_case(m.as_bytes()) {
            modifiers.push(m.trim_end_matches('-').to_string());
            begin -= m.len();
        }
    }
    for w in words_back(&text[..begin]).take(4) {
        if !text[w.span.end..begin].trim().is_empty() {
            break;
        }
        let lower = w.lower();
        if matches!(lower.as_str(), "its" | "their" | "his" | "her") {
            // "Its general secretary, Jane Roe".
            qualified = true;
            break;
        }
        if cx.knowledge.modifiers.contains(&lower) {
            modifiers.insert(0, lower);
            begin = w.span.start;
        } else if w.is_capitalized()
            && !matches!(w.text, "The" | "A" | "An" | "And" | "In" | "On" | "At" | "By" | "For" | "Of" | "With" | "As")
        {
            // Country or organisation qualifiers: "US", "German", "ASEAN", "United States", "Acme's".
            begin = w.span.start;
            qualified = true;
        } else {
            // "the union's coach".
            qualified |= lower.ends_with("'s") || lower.ends_with("’s");
            break;
        }
    }
    (begin, modifiers, qualified)
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

    /// (name, canonical office) pairs, current titles only.
    fn current(text: &str) -> Vec<(String, String)> {
        titles(text).into_iter().filter(|t| t.2.is_empty()).map(|t| (t.0, t.1)).collect()
    }

    fn pair(name: &str, office: &str) -> (String, String) {
        (name.to_string(), office.to_string())
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
        assert_eq!(current("Bank of England chief Ruth Ames held rates."), vec![pair("Ruth Ames", "governor")]);
        assert_eq!(current("ECB chief Ruth Ames held rates."), vec![pair("Ruth Ames", "president")]);
    }

    #[test]
    fn only_a_whole_head_word_sends_a_sentence_to_the_organisations() {
        assert!(may_name_a_head("ASEAN Chief Piet Janssen"));
        assert!(may_name_a_head("its LEADER, Jane Roe"));
        assert!(!may_name_a_head("Ahead of the summit, the chiefs and headquarters met."));
        assert!(may_name_a_head("Union bOsS Tom Reed (and hEaD coach) left."));
        assert!(may_name_a_head("the Zürich-based fund's chief"));
        assert!(!may_name_a_head("Mislead voters, the bosses said; a Chieftain agreed."));
        assert!(!may_name_a_head("No one was named."));
    }

    #[test]
    fn modifiers_are_kept_apart() {
        let got = titles("outgoing German Foreign Minister Greta Weber said so. Then-Senator John Doe agreed.");
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
            "The panel also heard from the EU's High Representative for Foreign Affairs and Security Policy, Lena Marsh.",
        );
        assert_eq!(got[0].0, "Lena Marsh");
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
        let got = titles("Greta Weber, Germany's outgoing foreign minister, spoke.");
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
        let got = titles("Secretary-General Tomas Brandt 42 said.");
        assert_eq!(got[0].0, "Tomas Brandt");
    }

    /// Each sentence gives exactly one current title: (sentence, name, office).
    fn reads(cases: &[(&str, &str, &str)]) {
        for &(text, name, office) in cases {
            assert_eq!(current(text), vec![pair(name, office)], "{text}");
        }
    }

    #[test]
    fn rank_words_make_another_office() {
        reads(&[
            ("Deputy Mayor Jane Roe spoke.", "Jane Roe", "deputy mayor"),
            ("Vice Mayor Pavel Falk cut the ribbon.", "Pavel Falk", "vice mayor"),
            ("Senior Deputy Governor Vera Lind chaired the hearing.", "Vera Lind", "senior deputy governor"),
            ("Assistant Secretary of State Omar Saleh landed in Accra.", "Omar Saleh", "assistant secretary of state"),
            ("Deputy Secretary-General Mia Holt opened the session.", "Mia Holt", "deputy secretary general"),
            ("Deputy Fire Chief Lena Voss inspected the new engine.", "Lena Voss", "deputy fire chief"),
            ("the county's deputy fire chief, Lena Voss, said so.", "Lena Voss", "deputy fire chief"),
            ("Under-Secretary-General Kwame Boateng spoke.", "Kwame Boateng", "under secretary general"),
            ("Lieutenant Governor Dee Varga signed it.", "Dee Varga", "lieutenant governor"),
            ("Acting Mayor Dee Varga signed it.", "Dee Varga", "acting mayor"),
            ("Orbit's interim chief executive, Dee Varga, signed it.", "Dee Varga", "interim chief executive"),
        ]);
        // The written title keeps the rank.
        assert_eq!(titles("Deputy Mayor Jane Roe spoke.")[0].3, "Deputy Mayor");
    }

    #[test]
    fn a_preposition_is_no_rank() {
        reads(&[
            (
                "The drone was designed under CTO Hana Sato, who arrived in 2021.",
                "Hana Sato",
                "chief technology officer",
            ),
            ("Ships sailed under Governor Ada Quist.", "Ada Quist", "governor"),
        ]);
    }

    #[test]
    fn ranked_and_plain_offices_from_the_lexicon() {
        reads(&[
            ("Energy Principal Secretary Aurel Wekesa says the grid is ready.", "Aurel Wekesa", "principal secretary"),
            ("Health Cabinet Secretary Amina Chebet toured the ward.", "Amina Chebet", "cabinet secretary"),
            ("Chief Constable Rhys Owen apologised.", "Rhys Owen", "chief constable"),
            ("Council leader Bea Frost resigned.", "Bea Frost", "council leader"),
            ("City police chief Raul Ortega said two men were held.", "Raul Ortega", "police chief"),
        ]);
        assert_eq!(
            current("Economy Minister Ivo Kask and Finance Minister Liis Tamm met."),
            vec![pair("Ivo Kask", "economy minister"), pair("Liis Tamm", "finance minister")]
        );
    }

    #[test]
    fn corporate_and_club_offices_in_lower_case_after_their_organisation() {
        reads(&[
            ("Orbit CEO Sam Ortiz unveiled the phone.", "Sam Ortiz", "chief executive"),
            (
                "Orbit chief operating officer Nadia Farouk said supply was tight.",
                "Nadia Farouk",
                "chief operating officer",
            ),
            (
                "Orbit's chief financial officer, Nadia Farouk, declined to comment.",
                "Nadia Farouk",
                "chief financial officer",
            ),
            (
                "\"We will appeal,\" chief technology officer Hana Sato told staff.",
                "Hana Sato",
                "chief technology officer",
            ),
            ("Rovers head coach Aled Pike praised the fans.", "Aled Pike", "head coach"),
            ("Rovers manager Aled Pike praised the fans.", "Aled Pike", "head coach"),
            ("Rovers president Vera Ruiz said the club would sell.", "Vera Ruiz", "president"),
            ("Its general secretary, Nora Quinn, said the congress would move.", "Nora Quinn", "general secretary"),
            ("The bakers' union general secretary Nora Quinn said so.", "Nora Quinn", "general secretary"),
            ("\"The evidence is clear,\" presiding judge Eva Marek told the jury.", "Eva Marek", "presiding judge"),
        ]);
    }

    #[test]
    fn what_is_no_person_gets_no_title() {
        assert!(current("Tickets for the Premier Club final sold out.").is_empty());
        assert!(current("The coach Rovers hired in June has left.").is_empty());
        assert!(current("The manager said Lisbon was ready.").is_empty());
        // A possessive ends the name.
        assert_eq!(current("Prime Minister Eva Lind's Liberal party won."), vec![pair("Eva Lind", "prime minister")]);
    }

    #[test]
    fn a_portfolio_in_lower_case_before_a_generic_office() {
        let got = titles("The board praised former rural affairs minister Pavel Brenner at the dinner.");
        assert_eq!((got[0].0.as_str(), got[0].1.as_str()), ("Pavel Brenner", "rural affairs minister"));
        assert_eq!(got[0].2, vec!["former".to_string()]);
        assert_eq!(got[0].3, "former rural affairs minister");
        // No opener before the words: the bare office, not "fined minister".
        assert_eq!(current("A court fined minister Pavel Brenner."), vec![pair("Pavel Brenner", "minister")]);
    }

    #[test]
    fn an_age_in_commas_and_offices_given_by_a_verb_to_a_named_subject() {
        reads(&[
            ("Marta Ilves, 52, the health minister, opened the clinic.", "Marta Ilves", "health minister"),
            ("Marta Ilves has been health minister since 2021.", "Marta Ilves", "health minister"),
            ("Ilves, 52, has served as minister of health since 2021.", "Ilves", "health minister"),
            ("Dan Obi, who took over as managing director in 2019, spoke first.", "Dan Obi", "managing director"),
        ]);
        // A pronoun subject says nothing about whom.
        assert!(titles("He joined the cabinet in 2016 and has been health minister since 2021.").is_empty());
        assert!(titles("It is mayor-elect territory.").is_empty());
    }

    #[test]
    fn offices_in_the_past_are_former() {
        let got = titles("Piet Brand, who served as transport minister between 2012 and 2015, testified.");
        assert_eq!(got.len(), 1);
        assert_eq!((got[0].0.as_str(), got[0].1.as_str()), ("Piet Brand", "transport minister"));
        assert_eq!(got[0].2, vec!["former".to_string()]);
        let got = titles("Ada Quist was mayor from 2004 to 2011.");
        assert_eq!(got[0].2, vec!["former".to_string()]);
        let got = titles("Ortiz, a former senior deputy governor who now teaches, chairs the panel.");
        assert_eq!((got[0].0.as_str(), got[0].1.as_str()), ("Ortiz", "senior deputy governor"));
        assert_eq!(got[0].2, vec!["former".to_string()]);
        let got = titles("Ada Quist has been mayor of Tartu since 2017.");
        assert!(got[0].2.is_empty());
    }
}
