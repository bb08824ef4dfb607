//! Scores and splits: match results, tennis sets and votes.
//!
//! "Won 3-1" and "a 2-1 win" state a result; "7-6 (8-6), 3-6, 6-4, 7-5" a
//! match; "voted 5-2" and "by a vote of 212 to 187" a split. Read as two
//! plain numbers they would be a range ("4-6"), or a "7" and a "6" a reader
//! might take for counts, so this recognizer claims them first and the
//! quantity recognizer leaves their figures alone.
//!
//! A pair of figures joined by a dash is a score when:
//! - it is part of a run of two or more tennis sets ("6-4 6-3", "7-6(6)
//!   3-6 6-4 7-5", "6–4, 3–6 and 7–5"): every set but the last ends 6-x
//!   (x ≤ 4) or 7-5/7-6, the last may also be an advantage set ("13-11") or
//!   a match tiebreak ("10-8"); a single set counts with a tiebreak ("7-6
//!   (7-4)", "7-6(4)");
//! - a result word stands before it, at most five words back, with only
//!   words in between: a score verb ("won", "beat Rovers", "lost", "drew",
//!   "voted", "passed", "ruled") or a noun ("an aggregate 5-3", "the score
//!   was 2-1", "half-time");
//! - or a result word follows it, at most two words on: "a 2-1 win over",
//!   "the 3-0 defeat", "a 4-4 draw", "a 6-1 vote", "a 5-4 ruling", "1-0 at
//!   half-time", "4-2 on penalties".
//!
//! "N to M" is a score only as a vote: "212 votes to 187", "by a vote of
//! 212 to 187", "voted 212 to 187".
//!
//! Sets are kept as written, from the side the sentence names first: "lost
//! 1-3" stays 1-3 and "went down 2-4" 2-4. The cue word is returned so that
//! a reader, who knows the sides, can decide whose score it is. A tiebreak
//! is stored as the loser's points: "(7-4)" and "(4)" are the same.
//!
//! Not scores: dash chains ("4-3-3", phone numbers, ISBNs), ascending pairs
//! followed by a unit, a percentage, a scale word, a month, a time of day
//! or a plural noun ("10-12 people", "3-5%", "3-4 April", "10-12 a.m.",
//! "won 2-3 seats"), figures glued to letters or money signs ("£3-4m"), and
//! pairs with no result word: ratios and odds ("a 3-1 ratio", "5-2
//! favourites") are not results.

use crate::recognize::byte_tests::any_byte_pair;
use crate::recognize::quantity::{normalize, window};
use crate::span::Span;
use crate::value::SetScore;
use regex::Regex;
use std::sync::LazyLock;

/// One score with its span, as written.
#[derive(Clone, Debug, PartialEq)]
pub struct ScoreMatch {
    /// The figures only: "7-6 (8-6), 3-6, 6-4, 7-5", "3-1", "212 to 187".
    pub span: Span,
    pub sets: Vec<SetScore>,
    /// The word that makes the figures a result, lower case ("won", "draw",
    /// "vote", "aggregate"); `None` for tennis sets read by their shape.
    pub cue: Option<String>,
}

/// A pair of figures joined by a dash, with an optional tiebreak.
static PAIR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?P<a>[0-9]{1,3})[ \u{a0}]?[-–‒‑][ \u{a0}]?(?P<b>[0-9]{1,3})(?P<tb>[ \u{a0}]?\((?P<t1>[0-9]{1,2})(?:[-–‒‑](?P<t2>[0-9]{1,2}))?\))?",
    )
    .expect("score pair regex")
});

/// "212 votes to 187", "212 to 187".
static TO_PAIR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?P<a>[0-9]{1,3}(?:,[0-9]{3})?)(?P<votes>[ \u{a0}]+votes?)?[ \u{a0}]+to[ \u{a0}]+(?P<b>[0-9]{1,3}(?:,[0-9]{3})?)\b")
        .expect("vote pair regex")
});

/// What joins two sets of one match: ", ", " ", "; ", ", and ".
static SET_GAP: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:[,;]?[ \u{a0}]+(?:and[ \u{a0}]+)?|,)$").expect("set gap regex"));

/// Words that make the figures after them a result.
const CUES_BEFORE: &str = concat!(
    "won|win|wins|winning|beat|beats|beating|defeated|defeat|defeats|defeating|lost|lose|loses|losing",
    "|drew|draw|draws|drawing|tied|ties|edged|edges|thrashed|routed|crushed|hammered|overcame|overcome",
    "|trailed|trails|trailing|led|leads|leading|ended|ends|finished|finishes|prevailed|triumphed",
    "|went[ \u{a0}]+down|go[ \u{a0}]+down|goes[ \u{a0}]+down|going[ \u{a0}]+down|fell",
    "|voted|vote|votes|passed|approved|rejected|adopted|backed|carried|ruled|split|endorsed|confirmed",
    "|aggregate|score|scores|scoreline|result|tally|half-time|halftime|half[ \u{a0}]+time",
);

/// Words that make the figures before them a result.
const CUES_AFTER: &str = concat!(
    "win|wins|victory|victories|defeat|defeats|loss|losses|draw|draws|tie|lead|deficit|scoreline|result",
    "|thrashing|drubbing|triumph|rout|aggregate|vote|votes|decision|ruling|majority|verdict|margin",
    "|comeback|home[ \u{a0}]+win|away[ \u{a0}]+win|penalties|penalty[ \u{a0}]+shootout|shootout|pens",
    "|at[ \u{a0}]+half-time|at[ \u{a0}]+halftime|at[ \u{a0}]+half[ \u{a0}]+time|at[ \u{a0}]+the[ \u{a0}]+break",
    "|on[ \u{a0}]+aggregate|after[ \u{a0}]+extra[ \u{a0}]+time|in[ \u{a0}]+straight[ \u{a0}]+sets|in[ \u{a0}]+sets",
);

/// A cue that makes the figures after it a result, where a word starts.
static CUE_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?i)^(?:{CUES_BEFORE})\b")).expect("cue before regex"));

/// A cue that makes the figures before it a result, where a word starts.
static CUE_AFTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?i)^(?:{CUES_AFTER})\b")).expect("cue after regex"));

/// "split" right after a pair of figures.
static SPLIT: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)^split\b").expect("split regex"));

/// "by a vote of", "voted", "passed": cues that make "N to M" a vote.
static VOTE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?P<cue>votes?[ \u{a0}]+of|voted|passed|approved|rejected|adopted|carried|backed)(?:[ \u{a0}]+by)?[ \u{a0}]+$")
        .expect("vote cue regex")
});

/// What after a pair shows it is an amount, a date or a time, not a result.
static NOT_A_RESULT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^[ \u{a0}]*(?:%|per[ \u{a0}]?cent\b|percent\b|pc\b|pct\b|a\.m\.|p\.m\.|am\b|pm\b|",
        r"(?:hundred|thousand|million|billion|trillion|bn|mn|m|k|tn|lakh|crore)\b|",
        r"(?:january|february|march|april|may|june|july|august|september|october|november|december",
        r"|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b|",
        r"(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|decades?)\b)",
    ))
    .expect("not a result regex")
});

/// Words ending in "s" that may follow an ascending result ("lost 1-3
/// thanks to", "drew 2-2 this time").
const S_FOLLOWERS: &[&str] = &["thanks", "this", "its", "his", "was", "is", "has", "as", "us", "plus", "across"];

/// Every score in `text`, sorted by start, non-overlapping.
pub fn find_scores(text: &str) -> Vec<ScoreMatch> {
    // Every score holds a digit followed, soon, by another: most sentences hold none.
    if !crate::recognize::number::has_ascii_digit(text) {
        return Vec::new();
    }
    let mut found = Vec::new();
    let pairs = if holds_dash(text) { runs(text) } else { Vec::new() };
    for run in pairs {
        found.extend(read_run(text, &run));
    }
    for vote in to_votes(text) {
        if !found.iter().any(|s: &ScoreMatch| s.span.overlaps(vote.span)) {
            found.push(vote);
        }
    }
    found.sort_by_key(|s| s.span.start);
    found
}

/// Whether `text` holds a dash a [`PAIR`] may join figures with: "-", or
/// "–", "‒", "‑" (three bytes each, the last two 0x80 and 0x91 to 0x93).
/// One pass over the byte pairs, which most sentences with figures fail.
fn holds_dash(text: &str) -> bool {
    text.ends_with('-') || any_byte_pair(text, |a, b| (a == b'-') | (a == 0x80 && (0x91..=0x93).contains(&b)))
}

/// One pair of figures as written.
#[derive(Clone, Copy, Debug)]
struct Pair {
    span: Span,
    set: SetScore,
    /// Where the figures end, before any tiebreak in brackets.
    figures_end: usize,
}

/// Pairs that stand alone (not inside a dash chain, not glued to letters,
/// money signs or other digits), grouped into runs joined like sets.
fn runs(text: &str) -> Vec<Vec<Pair>> {
    let mut runs: Vec<Vec<Pair>> = Vec::new();
    for c in PAIR.captures_iter(text) {
        let (Some(all), Some(a), Some(b)) = (c.get(0), c.name("a"), c.name("b")) else { continue };
        let num = |m: regex::Match| m.as_str().parse::<u32>().ok();
        let (Some(first), Some(second)) = (num(a), num(b)) else { continue };
        let mut end = all.end();
        let mut tiebreak = c.name("t1").and_then(num).map(|t1| c.name("t2").and_then(num).map_or(t1, |t2| t1.min(t2)));
        // A bracket after a set that was no tiebreak is left out of the score.
        if tiebreak.is_some() && (first.max(second), first.min(second)) != (7, 6) {
            tiebreak = None;
            end = b.end();
        }
        if !stands_alone(text, a.start(), end) {
            continue;
        }
        let pair =
            Pair { span: Span::new(a.start(), end), set: SetScore { first, second, tiebreak }, figures_end: b.end() };
        match runs.last_mut() {
            Some(run) if run.last().is_some_and(|p| SET_GAP.is_match(&text[p.span.end..pair.span.start])) => {
                run.push(pair)
            }
            _ => runs.push(vec![pair]),
        }
    }
    runs
}

/// Whether the figures at `start..end` are not glued to a word, a money
/// sign, a decimal or another dash-joined figure.
fn stands_alone(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    if before.is_some_and(|c| c.is_alphanumeric() || "-–‒‑./$£€¥₹₩#+:_@".contains(c)) {
        return false;
    }
    let mut after = text[end..].chars();
    match (after.next(), after.next()) {
        (Some(c), _) if c.is_alphanumeric() || "%$£€/_@".contains(c) => false,
        (Some('-' | '–' | '‒' | '‑' | '.' | ':'), Some(d)) if d.is_ascii_digit() => false,
        // "1-2,000": a thousands group, not a second set.
        (Some(','), Some(d)) if d.is_ascii_digit() => {
            let digits = text[end + 1..].bytes().take_while(u8::is_ascii_digit).count();
            let chained = text[end + 1 + digits..].starts_with(['-', '–', '‒', '‑']);
            digits < 3 || chained
        }
        _ => true,
    }
}

/// The scores in one run of pairs: the whole run when it reads as tennis
/// sets, else the first pair after a cue or the last before one.
fn read_run(text: &str, run: &[Pair]) -> Vec<ScoreMatch> {
    let (first, last) = (run[0], run[run.len() - 1]);
    let before = cue_before(text, first.span.start);
    let tennis = run.iter().enumerate().all(|(i, p)| tennis_set(p.set, i + 1 == run.len()));
    if tennis && (run.len() >= 2 || first.set.tiebreak.is_some()) {
        let after = cue_after(text, last.span.end);
        return vec![ScoreMatch {
            span: Span::new(first.span.start, last.span.end),
            sets: run.iter().map(|p| p.set).collect(),
            cue: before.or(after),
        }];
    }
    let mut out = Vec::new();
    if let Some(cue) = before.filter(|_| is_result(text, &first)) {
        out.push(single(first, cue));
    }
    if run.len() > 1 || out.is_empty() {
        if let Some(cue) = cue_after(text, last.span.end).filter(|_| is_result(text, &last)) {
            out.push(single(last, cue));
        }
    }
    out
}

fn single(p: Pair, cue: String) -> ScoreMatch {
    ScoreMatch { span: p.span, sets: vec![p.set], cue: Some(cue) }
}

/// A plausible tennis set. Every set ends 6-x with x ≤ 4, 7-5 or 7-6; the
/// last may also be an advantage set ("13-11") or a match tiebreak ("10-8").
/// Only a 7-6 set has a tiebreak.
fn tennis_set(s: SetScore, last: bool) -> bool {
    let (hi, lo) = (s.first.max(s.second), s.first.min(s.second));
    let regular = (hi == 6 && lo <= 4) || (hi == 7 && (lo == 5 || lo == 6));
    let advantage = hi > 7 && hi - lo == 2;
    let match_tiebreak = hi >= 10 && hi - lo >= 2 && (hi == 10 || hi - lo == 2);
    let tiebreak_ok = s.tiebreak.is_none() || (hi, lo) == (7, 6);
    tiebreak_ok && (regular || (last && (advantage || match_tiebreak)))
}

/// Whether a pair read after or before a cue is a result rather than an
/// amount ("3-5%", "won 2-3 million", "10-12 people").
fn is_result(text: &str, p: &Pair) -> bool {
    let rest = &text[p.figures_end..];
    if NOT_A_RESULT_AFTER.is_match(rest) || crate::recognize::unit::unit_after(text, p.figures_end).is_some() {
        return false;
    }
    if p.set.first < p.set.second {
        let next = rest.trim_start_matches([' ', '\u{a0}']);
        let word: String = next.chars().take_while(|c| c.is_alphabetic()).collect::<String>().to_lowercase();
        let gap = rest.len() - next.len();
        if gap > 0 && word.len() > 3 && word.ends_with('s') && !S_FOLLOWERS.contains(&word.as_str()) {
            return false;
        }
    }
    true
}

const SPACES: [char; 2] = [' ', '\u{a0}'];

/// A word between a cue and the figures: letters, and the marks of names
/// ("O'Neill", "St.", "Saint-Étienne", "A&M"). A digit or a comma ends the
/// reach of a cue.
fn is_word(token: &str) -> bool {
    token.starts_with(char::is_alphabetic) && token.chars().all(|c| c.is_alphabetic() || "'’.&-".contains(c))
}

/// The cue before the figures at `start`: at most five words back, with
/// only words in between ("beat Rovers 2-0", "won their opening match
/// against Norway 2-1"), and an opening bracket allowed right before.
fn cue_before(text: &str, start: usize) -> Option<String> {
    let head = text[..start].strip_suffix('(').unwrap_or(&text[..start]);
    let mut head_end = head.trim_end_matches(SPACES).len();
    if head_end == head.len() {
        return None;
    }
    // Word by word back from the figures: a cue may start at any of six words.
    for _ in 0..6 {
        let words = &head[..head_end];
        let from = words.rfind(SPACES).map_or(0, |i| i + words[i..].chars().next().map_or(1, char::len_utf8));
        if !is_word(&words[from..]) {
            return None;
        }
        // "won 3-1", not "Labour won. 2-1 was...".
        let cue = CUE_BEFORE.find(&text[from..start]).filter(|c| text[from + c.end()..].starts_with(SPACES));
        if let Some(cue) = cue {
            return Some(normalize(cue.as_str()));
        }
        let before = words[..from].trim_end_matches(SPACES);
        if before.len() == from {
            return None;
        }
        head_end = before.len();
    }
    None
}

/// The cue right after the figures ending at `end`, or one or two words on
/// ("a 2-1 home win", "1-0 at half-time").
fn cue_after(text: &str, end: usize) -> Option<String> {
    let rest = text[end..].strip_prefix(')').unwrap_or(&text[end..]);
    let mut at = rest.trim_start_matches(SPACES);
    if at.len() == rest.len() {
        return None;
    }
    // "a 7-2 split": a split right after the figures (not "2-1 was the split").
    if SPLIT.is_match(at) {
        return Some("split".into());
    }
    for _ in 0..3 {
        if let Some(cue) = CUE_AFTER.find(at) {
            return Some(normalize(cue.as_str()));
        }
        // Only words may stand between: "a 2-1 home win", not "3-1, a win".
        let token = &at[..at.find(SPACES).unwrap_or(at.len())];
        let next = at[token.len()..].trim_start_matches(SPACES);
        if !is_word(token) || next.len() == at.len() - token.len() {
            return None;
        }
        at = next;
    }
    None
}

/// Votes written "N to M": "212 votes to 187", "by a vote of 212 to 187".
fn to_votes(text: &str) -> Vec<ScoreMatch> {
    if !text.contains(" to ") {
        return Vec::new();
    }
    TO_PAIR
        .captures_iter(text)
        .filter_map(|c| {
            let (all, a, b) = (c.get(0)?, c.name("a")?, c.name("b")?);
            let num = |m: regex::Match| m.as_str().replace(',', "").parse::<u32>().ok();
            let cue = match c.name("votes") {
                Some(_) => "votes".to_string(),
                None => normalize(VOTE_BEFORE.captures(window(text, all.start(), 0))?.name("cue")?.as_str()),
            };
            if !stands_alone(text, a.start(), b.end()) {
                return None;
            }
            let set = SetScore { first: num(a)?, second: num(b)?, tiebreak: None };
            Some(ScoreMatch { span: Span::new(a.start(), b.end()), sets: vec![set], cue: Some(cue) })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_dash_test_never_skips_a_pair() {
        let texts = [
            "won 3-1 at home",
            "won 3–1 at home",
            "won 3‒1 at home",
            "won 3‑1 at home",
            "drew 2 - 2",
            "a 6-4, 7-6 (7-3) win",
            "ended 1—0 and 12",
            "no dash in 2025 or 3:1",
            "trailing 21-",
            "“4–2”",
        ];
        for text in texts {
            assert_eq!(holds_dash(text), PAIR.is_match(text) || text.contains(['-', '–', '‒', '‑']), "{text:?}");
            if !holds_dash(text) {
                assert!(runs(text).is_empty(), "{text:?}");
            }
        }
    }

    fn set(first: u32, second: u32) -> SetScore {
        SetScore { first, second, tiebreak: None }
    }

    fn tb(first: u32, second: u32, points: u32) -> SetScore {
        SetScore { first, second, tiebreak: Some(points) }
    }

    /// (span text, sets) of every score in `text`.
    fn scores(text: &str) -> Vec<(&str, Vec<SetScore>)> {
        find_scores(text).into_iter().map(|s| (s.span.slice(text), s.sets)).collect()
    }

    fn one(text: &str) -> (&str, Vec<SetScore>) {
        let found = scores(text);
        assert_eq!(found.len(), 1, "{text:?}: {found:?}");
        found.into_iter().next().unwrap()
    }

    #[test]
    fn tennis_sets_with_commas_spaces_and_tiebreaks() {
        let want = vec![tb(7, 6, 6), set(3, 6), set(6, 4), set(7, 5)];
        let text = "She claimed the trophy 7-6 (8-6), 3-6, 6-4, 7-5 late in the evening.";
        assert_eq!(one(text), ("7-6 (8-6), 3-6, 6-4, 7-5", want.clone()));
        let text = "The defending champion won 7-6(6) 3-6 6-4 7-5 on Saturday.";
        assert_eq!(one(text), ("7-6(6) 3-6 6-4 7-5", want));
        let text = "The qualifier advanced 6–4, 3–6 and 7–5 in Doha.";
        assert_eq!(one(text).1, vec![set(6, 4), set(3, 6), set(7, 5)]);
        // An advantage final set and a match tiebreak.
        assert_eq!(one("a 6-4 3-6 13-11 epic").1, vec![set(6, 4), set(3, 6), set(13, 11)]);
        assert_eq!(one("the pair edged through 6-7 (4-7), 6-3, 10-8").1, vec![tb(6, 7, 4), set(6, 3), set(10, 8)]);
        // One set with a tiebreak is tennis on its own.
        assert_eq!(one("She needed a 7-6 (10-8) opener to settle.").1, vec![tb(7, 6, 8)]);
    }

    #[test]
    fn tiebreaks_written_two_ways_are_one_value() {
        assert_eq!(one("won 7-6 (7-4) 6-2").1, one("won 7-6(4) 6-2").1);
        assert_eq!(one("lost 6-7 (3-7) 2-6").1, vec![tb(6, 7, 3), set(2, 6)]);
    }

    #[test]
    fn results_after_score_verbs() {
        let cases = [
            ("Rovers won 3-1 at home.", "3-1", set(3, 1), "won"),
            ("City beat Rovers 2-0 on Saturday.", "2-0", set(2, 0), "beat"),
            ("The visitors lost 1-3 in the rain.", "1-3", set(1, 3), "lost"),
            ("The derby was drawn after they drew 1-1 in October.", "1-1", set(1, 1), "drew"),
            ("The champions went down 2-4 at the weekend.", "2-4", set(2, 4), "went down"),
            ("They beat the league leaders 102-99 in overtime.", "102-99", set(102, 99), "beat"),
            ("The hosts won their opening match against Norway 2–1.", "2–1", set(2, 1), "won"),
            ("They beat St. Pauli 3-0 away.", "3-0", set(3, 0), "beat"),
            ("The hosts won (2-1) after a late goal.", "2-1", set(2, 1), "won"),
        ];
        for (text, span, s, cue) in cases {
            let found = find_scores(text);
            assert_eq!(found.len(), 1, "{text}");
            assert_eq!((found[0].span.slice(text), found[0].sets[0], found[0].cue.as_deref()), (span, s, Some(cue)));
        }
    }

    #[test]
    fn results_before_result_nouns() {
        let cases = [
            ("Their 2-1 win over Lyon was the first in years.", "2-1", "win"),
            ("After the 3-0 defeat the coach resigned.", "3-0", "defeat"),
            ("A 4-4 draw kept both sides level.", "4-4", "draw"),
            ("They went through on an aggregate 5-3 after extra time.", "5-3", "aggregate"),
            ("A 2-1 home win lifted them to third.", "2-1", "home win"),
            ("It was 1-0 at half-time.", "1-0", "at half-time"),
            ("The final finished 1-1, and they won 4-2 on penalties.", "1-1", "finished"),
        ];
        for (text, span, cue) in cases {
            let found = find_scores(text);
            assert!(!found.is_empty(), "{text}");
            assert_eq!((found[0].span.slice(text), found[0].cue.as_deref()), (span, Some(cue)), "{text}");
        }
        assert_eq!(scores("The final finished 1-1, and they won 4-2 on penalties.").len(), 2);
    }

    #[test]
    fn votes() {
        let text = "The council voted 7-2 to approve the budget.";
        assert_eq!(one(text), ("7-2", vec![set(7, 2)]));
        assert_eq!(one("After a 6-1 vote the plan went ahead.").1, vec![set(6, 1)]);
        let text = "The bill passed by a vote of 212 to 187 on Tuesday.";
        assert_eq!(one(text), ("212 to 187", vec![set(212, 187)]));
        let text = "MPs backed the motion by 312 votes to 297.";
        assert_eq!(one(text), ("312 votes to 297", vec![set(312, 297)]));
        assert_eq!(one("The House passed it 212-187.").1, vec![set(212, 187)]);
        assert_eq!(one("In a 5-4 ruling, the court sided with the state.").1, vec![set(5, 4)]);
        assert_eq!(one("In a 6-3 split, the committee kept rates on hold.").1, vec![set(6, 3)]);
        // "N to M" without a vote is a range, not a score.
        assert!(scores("between 10 to 15 people; it grew 212 to 187").is_empty());
    }

    #[test]
    fn not_scores() {
        let traps = [
            "They lined up in a 4-3-3 formation.",
            "Call 555-1234 or +1-202-555-0188 for tickets.",
            "ISBN 978-3-16-148410-0 is on the back.",
            "The festival runs 3-4 April in Leeds.",
            "Between 10-12 people were hurt.",
            "Rates rose 3-5% last year.",
            "The shop opens 10-12 a.m. on Sundays.",
            "The mix has a 3-1 ratio of sand to cement.",
            "They are 5-2 favourites with the bookmakers.",
            "The 2019-20 season ended early.",
            "Labour won 2-3 seats in the north.",
            "Funding won £3-4m in grants.",
            "The team finished 3-4 seconds behind.",
            "Sales fell 2-3 million units.",
            "Pages 6-8, 10-12 cover the history.",
            "Temperatures ended 3-5 degrees higher.",
            "He won in 2019-2020 and 3-1-1 systems.",
        ];
        for text in traps {
            assert!(scores(text).is_empty(), "{text}: {:?}", scores(text));
        }
    }

    #[test]
    fn cues_do_not_reach_across_clauses() {
        assert!(scores("They won, and 3-1 is the ratio.").is_empty());
        assert!(scores("Labour won. 2-1 was the split of the seats").is_empty());
        // Six words back is too far, and a figure in between stops the reach.
        assert!(scores("They won the hard fought away match in Norway 2-1 times").is_empty());
        assert!(scores("They won 26 seats and 2-1 is the ratio").is_empty());
        assert_eq!(scores("They won the seats and 2-1 is the ratio").len(), 1);
    }

    #[test]
    fn scores_win_over_numbers_and_dates_over_scores() {
        let text = "She won 7-6(3) 3-6 6-2 on 3-4 May 2025 before 9,500 fans; Rovers drew 1-1.";
        let got: Vec<(&str, &str)> =
            crate::recognize::values(text, None).iter().map(|v| (v.span.slice(text), v.value.type_name())).collect();
        assert_eq!(
            got,
            vec![("7-6(3) 3-6 6-2", "score"), ("3-4 May 2025", "date_range"), ("9,500", "number"), ("1-1", "score")]
        );
    }

    #[test]
    fn a_bracket_after_a_set_that_is_no_tiebreak_is_left_out() {
        let text = "They drew 1-1 (4-2 on penalties) in the final.";
        let found = find_scores(text);
        assert_eq!(found[0].span.slice(text), "1-1");
        assert_eq!(found[0].sets, vec![set(1, 1)]);
        assert_eq!(found[1].span.slice(text), "4-2");
    }
}
