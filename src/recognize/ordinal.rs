//! Ordinals: "75th", "fourth", "twenty-first".
//!
//! Digits with a suffix ("1st", "22nd", "117th") and words, alone or as the
//! end of a spelled compound ("twenty-first", "one hundred and fifth", "two
//! hundredth"). The suffix is not checked against the number ("1th" is read
//! as 1): the value is what matters, and typos are common.
//!
//! Not ordinals:
//! - fractions: "a third of", "one fifth of", "two-thirds";
//! - "second" as a unit of time. A bare "second" is an ordinal only after
//!   a definite or possessive determiner ("the second day", "its second
//!   year", "the Second World War"), in a hyphenated compound
//!   ("second-largest", but not "second-hand"), or after "a"/"an" when a
//!   content word follows ("a second term", but not "wait a second" or "a
//!   second or two"). "Second," opening a sentence is left out: it orders
//!   an argument, not a fact. A text that is only the word "second" is the
//!   ordinal (a caller asking about one word);
//! - digits glued to a word or a closing quote ("G7th"), like numbers.
use crate::recognize::byte_tests::any_byte_pair;
use crate::span::Span;
use regex::Regex;
use std::sync::LazyLock;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OrdinalMatch {
    pub span: Span,
    pub value: u32,
}

/// Every ordinal in `text`, sorted by start, non-overlapping.
pub fn find_ordinals(text: &str) -> Vec<OrdinalMatch> {
    let mut found = digit_ordinals(text);
    found.extend(word_ordinals(text));
    found.sort_by_key(|o| o.span.start);
    found
}

static DIGIT_ORDINAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:st|nd|rd|th|ST|ND|RD|TH)").expect("ordinal regex")
});

fn digit_ordinals(text: &str) -> Vec<OrdinalMatch> {
    if !digit_before_suffix(text) {
        return Vec::new();
    }
    DIGIT_ORDINAL
        .find_iter(text)
        .filter(|m| !crate::recognize::number::glued_before(text, m.start(), &|_| false))
        .filter(|m| !text[m.end()..].starts_with(|c: char| c.is_alphanumeric()))
        .filter_map(|m| {
            let digits: String = m.as_str().chars().filter(char::is_ascii_digit).collect();
            Some(OrdinalMatch { span: Span::from(m.range()), value: digits.parse().ok()? })
        })
        .collect()
}

/// Whether a digit stands before an s, n, r or t in either case, as the
/// suffix follows a digit: most sentences have no such pair. `| 0x20`
/// folds only 'S', 'N', 'R', 'T' onto those lower-case letters.
fn digit_before_suffix(text: &str) -> bool {
    any_byte_pair(text, |a, b| a.is_ascii_digit() & matches!(b | 0x20, b's' | b'n' | b'r' | b't'))
}

/// Ordinal words, their value and the cardinal word they extend.
const ORDINALS: [(&str, u32, &str); 32] = [
    ("first", 1, "one"),
    ("second", 2, "two"),
    ("third", 3, "three"),
    ("fourth", 4, "four"),
    ("fifth", 5, "five"),
    ("sixth", 6, "six"),
    ("seventh", 7, "seven"),
    ("eighth", 8, "eight"),
    ("ninth", 9, "nine"),
    // A common misspelling ("Nineth Meeting of ...").
    ("nineth", 9, "nine"),
    ("tenth", 10, "ten"),
    ("eleventh", 11, "eleven"),
    ("twelfth", 12, "twelve"),
    ("thirteenth", 13, "thirteen"),
    ("fourteenth", 14, "fourteen"),
    ("fifteenth", 15, "fifteen"),
    ("sixteenth", 16, "sixteen"),
    ("seventeenth", 17, "seventeen"),
    ("eighteenth", 18, "eighteen"),
    ("nineteenth", 19, "nineteen"),
    ("twentieth", 20, "twenty"),
    ("thirtieth", 30, "thirty"),
    ("fortieth", 40, "forty"),
    ("fiftieth", 50, "fifty"),
    ("sixtieth", 60, "sixty"),
    ("seventieth", 70, "seventy"),
    ("eightieth", 80, "eighty"),
    ("ninetieth", 90, "ninety"),
    ("hundredth", 100, "hundred"),
    ("thousandth", 1000, "thousand"),
    ("millionth", 1_000_000, "million"),
    ("billionth", 1_000_000_000, "billion"),
];

/// The value of an ordinal word on its own ("fourth" → 4), lower case.
pub(crate) fn ordinal_word(lower: &str) -> Option<u32> {
    ORDINALS.iter().find(|(w, ..)| *w == lower).map(|(_, v, _)| *v)
}

/// The cardinal an ordinal word extends ("first" → "one", "hundredth" →
/// "hundred"), so a compound can be read by the cardinal parser.
pub(crate) fn ordinal_as_cardinal(lower: &str) -> Option<&'static str> {
    ORDINALS.iter().find(|(w, ..)| *w == lower).map(|(.., c)| *c)
}

/// Determiners after which "second" is always the ordinal.
const DEFINITE: &[&str] = &["the", "its", "his", "her", "their", "our", "my", "your", "this", "whose"];

/// Verbs of a result after which a bare "second" is a place ("finished
/// second", "came second").
const RESULT_VERBS: &[&str] = &[
    "finished",
    "finish",
    "finishes",
    "finishing",
    "came",
    "come",
    "comes",
    "placed",
    "place",
    "places",
    "ranked",
    "rank",
    "ranks",
    "ended",
    "ends",
    "rated",
];

/// Words after "a second" that show it is a span of time.
const TIME_FOLLOWERS: &[&str] = &[
    "or", "and", "ago", "later", "earlier", "before", "after", "apart", "too", "longer", "of", "to", "in", "at", "on",
    "for", "per", "than", "from", "each", "every", "when", "while", "the", "a", "an", "that", "which", "is", "was",
    "will", "would", "faster", "slower", "more", "less", "late", "early",
];

fn word_ordinals(text: &str) -> Vec<OrdinalMatch> {
    use crate::recognize::number::{joined, parse_cardinal, words};
    // Most sentences hold no ordinal word: look before splitting into words.
    if !has_ordinal_letters(text) {
        return Vec::new();
    }
    let toks = words(text);
    let mut buf = String::new();
    let lower = crate::recognize::number::lower_words(text, &toks, &mut buf);
    let gap = |k: usize| &text[toks[k - 1].end..toks[k].start];
    let mut out = Vec::new();
    for j in 0..toks.len() {
        let Some(alone) = ordinal_word(lower[j]) else { continue };
        // The cardinal words joined before it ("twenty-", "one hundred and ").
        let mut first = j;
        while first > 0 && j - first < 8 && joined(gap(first)) && is_cardinal_part(lower[first - 1]) {
            first -= 1;
        }
        let compound = (first..j).find_map(|s| {
            let mut ws: Vec<&str> = lower[s..j].to_vec();
            ws.push(ordinal_as_cardinal(lower[j])?);
            let c = parse_cardinal(&ws).filter(|c| c.words == ws.len() && c.value <= f64::from(u32::MAX))?;
            Some((s, c.value as u32))
        });
        let (start, value) = match compound {
            Some(found) => found,
            None if is_fraction(text, &toks, &lower, j)
                || (lower[j] == "second" && !second_is_ordinal(text, &toks, &lower, j)) =>
            {
                continue
            }
            None => (j, alone),
        };
        // A hyphenated compound read whole ("twenty-first") must not be cut.
        if out.last().is_some_and(|o: &OrdinalMatch| o.span.end > toks[start].start) {
            continue;
        }
        out.push(OrdinalMatch { span: Span::new(toks[start].start, toks[j].end), value });
    }
    out
}

/// Whether a run of ASCII letters in `text` spells an ordinal word, in any
/// ASCII case. An ordinal word is such a run between non-letters, so a text
/// with none holds no ordinal word.
fn has_ordinal_letters(text: &str) -> bool {
    // Every ordinal word has five letters or more and ends in "st", "nd", "rd" or "th".
    let is_ordinal = |w: &[u8]| {
        w.len() >= 5
            && matches!(
                &w[w.len() - 2..],
                [b's' | b'S', b't' | b'T']
                    | [b'n' | b'N', b'd' | b'D']
                    | [b'r' | b'R', b'd' | b'D']
                    | [b't' | b'T', b'h' | b'H']
            )
            && ORDINALS.iter().any(|(o, ..)| o.as_bytes().eq_ignore_ascii_case(w))
    };
    text.as_bytes().split(|b| !b.is_ascii_alphabetic()).any(is_ordinal)
}

fn is_cardinal_part(lower: &str) -> bool {
    crate::recognize::number::is_number_word(lower)
}

/// "a third of", "one fifth", "one-third": a share, read by the number recognizer.
fn is_fraction(text: &str, toks: &[Span], lower: &[&str], j: usize) -> bool {
    j > 0 && crate::recognize::number::fraction_at(text, toks, lower, j - 1).is_some_and(|f| f.span.contains(toks[j]))
}

/// Whether a bare "second" orders things rather than measuring time.
fn second_is_ordinal(text: &str, toks: &[Span], lower: &[&str], j: usize) -> bool {
    // A caller asking about the single word ("in its second year" split up).
    if text.trim() == toks[j].slice(text) {
        return true;
    }
    let rest = &text[toks[j].end..];
    if let Some(after) = rest.strip_prefix('-').or_else(|| rest.strip_prefix('‑')) {
        return after.starts_with(|c: char| c.is_alphabetic())
            && !after.get(..4).is_some_and(|w| w.eq_ignore_ascii_case("hand"));
    }
    let Some(prev) = j.checked_sub(1).filter(|&p| text[toks[p].end..toks[j].start].chars().all(char::is_whitespace))
    else {
        return false;
    };
    if DEFINITE.contains(&lower[prev]) {
        return true;
    }
    // "She finished second!", but not "came a second later" (no article here).
    if RESULT_VERBS.contains(&lower[prev]) {
        return true;
    }
    if lower[prev] != "a" && lower[prev] != "an" {
        return false;
    }
    let next = toks.get(j + 1).filter(|n| {
        let gap = &text[toks[j].end..n.start];
        !gap.is_empty() && gap.chars().all(char::is_whitespace)
    });
    next.is_some_and(|_| !TIME_FOLLOWERS.contains(&lower[j + 1]))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(text: &str) -> Vec<u32> {
        find_ordinals(text).iter().map(|o| o.value).collect()
    }

    fn texts(text: &str) -> Vec<&str> {
        find_ordinals(text).into_iter().map(|o| o.span.slice(text)).collect()
    }

    #[test]
    fn digit_ordinals() {
        assert_eq!(values("the 75th anniversary, the 1st, 22nd, 3rd and 117th"), vec![75, 1, 22, 3, 117]);
        assert_eq!(texts("the 75th anniversary"), vec!["75th"]);
        assert_eq!(values("the 21st-century alliance"), vec![21]);
        assert_eq!(values("the war's 1,000th day"), vec![1000]);
    }

    #[test]
    fn the_suffix_test_answers_as_one_pair_at_a_time_would() {
        let suffixed = |pair: &[u8]| {
            pair[0].is_ascii_digit() && matches!(pair[1], b's' | b'n' | b'r' | b't' | b'S' | b'N' | b'R' | b'T')
        };
        let texts =
            ["the 2ND and 3Rd", "in 1990s", "7 N", "40t", "4T", "no digit here", "9\u{2}", "3", "", "5S", "6\u{53}"];
        for text in texts {
            assert_eq!(super::digit_before_suffix(text), text.as_bytes().windows(2).any(suffixed), "{text:?}");
        }
    }

    #[test]
    fn digit_ordinals_glued_to_words_are_not_read() {
        assert!(values("G7th and 5thly and x1st").is_empty());
        assert!(values("99999999999th").is_empty());
    }

    #[test]
    fn word_ordinals_alone() {
        assert_eq!(values("now in its fourth year"), vec![4]);
        assert_eq!(values("the first ASEAN ministerial"), vec![1]);
        assert_eq!(values("the Hundredth day and the twelfth"), vec![100, 12]);
    }

    #[test]
    fn compound_word_ordinals() {
        assert_eq!(texts("the twenty-first century"), vec!["twenty-first"]);
        assert_eq!(values("the twenty-first century"), vec![21]);
        assert_eq!(values("its seventy-fifth anniversary"), vec![75]);
        assert_eq!(values("the one hundred and first day"), vec![101]);
        assert_eq!(values("the two hundredth day"), vec![200]);
        assert_eq!(values("twenty first"), vec![21]);
    }

    #[test]
    fn second_as_ordinal() {
        assert_eq!(values("the second day of talks"), vec![2]);
        assert_eq!(values("its second year"), vec![2]);
        assert_eq!(values("the Second World War"), vec![2]);
        assert_eq!(values("Chile's second-largest party"), vec![2]);
        assert_eq!(values("for a second term"), vec![2]);
        assert_eq!(values("the twenty-second summit"), vec![22]);
        assert_eq!(values("second"), vec![2]);
    }

    #[test]
    fn second_place_and_a_common_misspelling() {
        assert_eq!(values("She finished second!"), vec![2]);
        assert_eq!(values("he came second overall"), vec![2]);
        assert!(values("it came a second later").is_empty());
        assert_eq!(values("the Nineth Meeting"), vec![9]);
    }

    #[test]
    fn second_as_time() {
        assert!(values("wait a second, then go").is_empty());
        assert!(values("a second or two").is_empty());
        assert!(values("30 seconds, 3 per second, one second").is_empty());
        assert!(values("a three-second delay").is_empty());
        assert!(values("second-hand tanks").is_empty());
        assert!(values("Second, the alliance must act").is_empty());
    }

    #[test]
    fn fractions_are_not_ordinals() {
        assert!(values("a third of the budget and one fifth of the troops").is_empty());
        assert!(values("a two-thirds majority").is_empty());
        assert!(values("one-third and one third and a quarter of a million").is_empty());
        assert_eq!(values("the twenty-third"), vec![23]);
        assert_eq!(values("for a third time"), vec![3]);
        assert_eq!(values("the third of April"), vec![3]);
    }

    #[test]
    fn never_panics_on_multibyte_text() {
        let text = "ş1st ’2nd —3rd “4th” é5th € twenty‑first ü second";
        for end in 0..=text.len() {
            if text.is_char_boundary(end) {
                for o in find_ordinals(&text[..end]) {
                    assert!(o.span.end <= end);
                }
            }
        }
    }
}
