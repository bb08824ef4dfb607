//! A word list pattern (`\b(?:proposed|wants|...)\b`) searched quickly in
//! text with curly quotes, dashes and accented names.
//!
//! A Unicode `\b` makes the regex crate's fast engine give up on any
//! non-ASCII byte and search the whole text again with a slow one. An ASCII
//! `\b` never does. Where every `\b` of a pattern stands next to an ASCII
//! letter of the pattern, the two agree except beside a non-ASCII letter or
//! digit glued to a word ("éwants"): a Unicode boundary there is always an
//! ASCII one, so the ASCII search finds every match the Unicode one finds,
//! and each match it finds is checked for Unicode boundaries at both ends.
//! When one fails the check, or the text holds one of the two characters
//! that case-fold to ASCII letters ('ſ', the Kelvin sign), the Unicode
//! pattern answers instead, so results are always the Unicode pattern's.

use regex::{Match, Regex};

pub struct WordPattern {
    unicode: Regex,
    ascii: Regex,
}

impl WordPattern {
    /// `pattern` must open and close with `\b` next to ASCII letters, with
    /// no other `\b` inside: a match's ends are then its boundaries.
    pub fn new(pattern: &str) -> WordPattern {
        let unicode = Regex::new(pattern).expect("word pattern compiles");
        let ascii = Regex::new(&pattern.replace(r"\b", r"(?-u:\b)")).expect("word pattern compiles");
        WordPattern { unicode, ascii }
    }

    /// Every match, as `Regex::find_iter` of the pattern gives them.
    pub fn find_all<'t>(&self, text: &'t str) -> Vec<Match<'t>> {
        if !crate::recognize::byte_tests::folds_to_ascii(text) {
            let found: Vec<Match<'t>> = self.ascii.find_iter(text).collect();
            if found.iter().all(|m| unicode_bounded(text, m.start(), m.end())) {
                return found;
            }
        }
        self.unicode.find_iter(text).collect()
    }

    /// Whether the pattern matches anywhere in `text`.
    pub fn is_match(&self, text: &str) -> bool {
        !self.find_all(text).is_empty()
    }
}

/// No word character on either side of `text[start..end]`, as Unicode `\b` reads one.
fn unicode_bounded(text: &str, start: usize, end: usize) -> bool {
    let outside = |c: Option<char>| c.is_none_or(|c| !regex_syntax::is_word_character(c));
    outside(text[..start].chars().next_back()) && outside(text[end..].chars().next())
}

#[cfg(test)]
mod tests {
    use super::*;

    const PATTERN: &str = r"(?i)\b(?:called for|calls|wants|advocated(?: for)?|today['’]s|seeks)\b";

    #[test]
    fn finds_what_the_unicode_pattern_finds() {
        let pattern = WordPattern::new(PATTERN);
        let unicode = Regex::new(PATTERN).unwrap();
        let texts = [
            "The union wants 4% and “calls for” talks; it advocated for more.",
            "éwants, wantsé, naïve calls, Ölwants 5, wants— and “wants”",
            "She advocated foré change and advocated for, then today’s rate",
            "ſeeks and SEEKS; the \u{212a}ing’s court seeks",
            "wants_ and _wants and wants2 2wants wants\u{301} calls\u{200d}",
            "",
            "no verb here at all",
        ];
        for text in texts {
            let want: Vec<(usize, usize)> = unicode.find_iter(text).map(|m| (m.start(), m.end())).collect();
            let got: Vec<(usize, usize)> = pattern.find_all(text).iter().map(|m| (m.start(), m.end())).collect();
            assert_eq!(got, want, "{text}");
            assert_eq!(pattern.is_match(text), unicode.is_match(text), "{text}");
        }
    }
}
