//! Small word-level helpers shared by the extractors: tokens with spans,
//! capitalized phrases, person names and the agent of a verb.

use crate::span::Span;
use fnv::FnvHashSet;
use std::sync::LazyLock;

/// A word with its span in the text it came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Word<'a> {
    pub span: Span,
    pub text: &'a str,
}

impl Word<'_> {
    pub fn is_capitalized(&self) -> bool {
        // An ASCII letter is upper case only as A to Z: no decoding.
        match self.text.as_bytes().first() {
            Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
            _ => self.text.chars().next().is_some_and(|c| c.is_uppercase()),
        }
    }

    pub fn lower(&self) -> String {
        self.text.to_lowercase()
    }
}

/// Words of `text` (letters and digits, inner apostrophes, hyphens and dots kept).
///
/// A word starts and ends on a letter or digit; apostrophes, hyphens and
/// dots may join its parts ("O'Neill", "Baek Ji-ho", "U.S."), and one
/// dot may close it ("Mr."). Every extractor splits text this way, often
/// a sentence prefix at a time, so it is a plain scan rather than a regex.
pub fn words(text: &str) -> Vec<Word<'_>> {
    let mut out = Vec::with_capacity(text.len() / 5 + 1);
    out.extend(word_iter(text));
    out
}

/// The words of [`words`] one at a time, for a caller that needs only the
/// first few: a name after an office is at most four words long, the
/// sentence after it may be forty.
pub fn word_iter(text: &str) -> Words<'_> {
    Words { text, pos: 0 }
}

/// The iterator of [`word_iter`].
pub struct Words<'a> {
    text: &'a str,
    /// Where the scan for the next word starts.
    pos: usize,
}

impl<'a> Iterator for Words<'a> {
    type Item = Word<'a>;

    #[inline]
    fn next(&mut self) -> Option<Word<'a>> {
        let text = self.text;
        let bytes = text.as_bytes();
        let mut pos = self.pos;
        // The first letter or digit.
        let (start, len) = loop {
            if pos >= bytes.len() {
                self.pos = pos;
                return None;
            }
            let (class, len) = char_class(text, pos);
            if class == CharClass::WordPart {
                break (pos, len);
            }
            pos += len;
        };
        // The end after the last letter or digit of the run.
        let mut end = start + len;
        let mut at = end;
        while at < bytes.len() {
            let (class, len) = char_class(text, at);
            match class {
                CharClass::WordPart => end = at + len,
                CharClass::Joiner => {}
                CharClass::Other => break,
            }
            at += len;
        }
        if bytes.get(end) == Some(&b'.') {
            end += 1;
        }
        self.pos = end;
        Some(fix_span(Word { span: Span::new(start, end), text: trim_dot(&text[start..end]) }))
    }
}

/// What a character is to a word.
#[derive(Clone, Copy, PartialEq, Eq)]
enum CharClass {
    /// A letter or digit.
    WordPart,
    /// An apostrophe, hyphen or dot, which may join the parts of a word.
    Joiner,
    Other,
}

/// The class of every ASCII byte, looked up rather than matched: the
/// scan asks it of every byte of every sentence.
const ASCII_CLASS: [CharClass; 128] = {
    let mut table = [CharClass::Other; 128];
    let mut b = 0;
    while b < 128 {
        table[b] = match b as u8 {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' => CharClass::WordPart,
            b'\'' | b'.' | b'-' => CharClass::Joiner,
            _ => CharClass::Other,
        };
        b += 1;
    }
    table
};

/// The class of the character at byte `at`, and its length: most text is
/// ASCII, read a byte at a time without decoding.
#[inline(always)]
fn char_class(text: &str, at: usize) -> (CharClass, usize) {
    let b = text.as_bytes()[at];
    if b.is_ascii() {
        return (ASCII_CLASS[usize::from(b)], 1);
    }
    wide_char_class(text, at)
}

/// [`char_class`] of a character beyond ASCII, decoded.
#[inline(never)]
fn wide_char_class(text: &str, at: usize) -> (CharClass, usize) {
    let c = text[at..].chars().next().unwrap_or(' ');
    let class = match c {
        c if c.is_alphanumeric() => CharClass::WordPart,
        '’' => CharClass::Joiner,
        _ => CharClass::Other,
    };
    (class, c.len_utf8())
}

fn trim_dot(w: &str) -> &str {
    // Keep the dot of an abbreviation ("U.S.", "Mr.") but not a full stop.
    if w.ends_with('.') && !w[..w.len() - 1].contains('.') && w.len() > 3 {
        &w[..w.len() - 1]
    } else {
        w
    }
}

fn fix_span(w: Word<'_>) -> Word<'_> {
    Word { span: Span::new(w.span.start, w.span.start + w.text.len()), text: w.text }
}

/// Capitalized words that start sentences or clauses but never names.
#[rustfmt::skip]
const NOT_NAME: &[&str] = &[
    "The", "A", "An", "And", "But", "Or", "On", "In", "At", "Of", "For", "To", "By", "As", "It", "He", "She", "They",
    "We", "I", "His", "Her", "Their", "This", "That", "These", "Those", "If", "When", "While", "After", "Before",
    "With", "From", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
    "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    "Mr", "Mrs", "Ms", "Dr", "Mr.", "Mrs.", "Ms.", "Dr.", "Said", "Says", "Also", "Who", "Which",
    // Institutions after an office word: "Justice Department", "State Department".
    "Department", "Ministry", "Office", "Council", "Committee", "Court", "House", "Senate", "Party", "Agency",
    "Commission", "Bank", "University", "Street", "Avenue", "Square", "Assembly", "Forces", "Army",
];

/// Whether `word` is one of [`NOT_NAME`]: one hash lookup, where a scan
/// of the list compared every entry for every word of a name.
fn is_not_name(word: &str) -> bool {
    static SET: LazyLock<FnvHashSet<&'static str>> = LazyLock::new(|| NOT_NAME.iter().copied().collect());
    SET.contains(word)
}

/// A person's name starting at `pos` (after optional spaces and, when
/// `comma` is allowed, one comma): one to four capitalized words.
pub fn person_name_at(text: &str, pos: usize, comma: bool) -> Option<(Span, String)> {
    let rest = &text[pos..];
    let mut skip = rest.len() - rest.trim_start().len();
    if comma && rest[skip..].starts_with(',') {
        skip += 1;
        skip += rest[skip..].len() - rest[skip..].trim_start().len();
    }
    if skip == 0 && !rest.is_empty() {
        return None;
    }
    let start = pos + skip;
    let mut parts: Vec<Word> = Vec::new();
    let mut cursor = start;
    for w in word_iter(&text[start..]).map(|w| Word { span: w.span.offset(start), text: w.text }) {
        // Only single spaces between the parts of a name.
        if w.span.start != cursor && !(w.span.start == cursor + 1 && text[cursor..w.span.start] == *" ") {
            break;
        }
        if !w.is_capitalized()
            || is_not_name(w.text)
            || w.text.chars().all(|c| c.is_uppercase() || c == '.') && w.text.len() > 2
        {
            break;
        }
        if w.text.chars().any(|c| c.is_ascii_digit()) {
            break;
        }
        cursor = w.span.end;
        parts.push(w);
        if parts.len() == 4 {
            break;
        }
    }
    let last = parts.last()?;
    let mut end = last.span.end;
    let mut name = text[start..end].to_string();
    for suffix in ["'s", "’s", "'", "’"] {
        if let Some(stripped) = name.strip_suffix(suffix) {
            name = stripped.to_string();
            end -= suffix.len();
            break;
        }
    }
    (!name.is_empty()).then(|| (Span::new(start, end), name))
}

/// A person's name ending at `end`: one to four capitalized words.
pub fn name_before(text: &str, end: usize) -> Option<(Span, String)> {
    let ws = words(&text[..end]);
    let mut start = None;
    let mut next_start = end;
    let mut count = 0;
    for w in ws.iter().rev() {
        let joined = w.span.end == next_start || text[w.span.end..next_start] == *" ";
        if !joined || !w.is_capitalized() || is_not_name(w.text) || w.text.chars().any(|c| c.is_ascii_digit()) {
            break;
        }
        start = Some(w.span.start);
        next_start = w.span.start;
        count += 1;
        if count == 4 {
            break;
        }
    }
    let start = start?;
    if text[start..end].ends_with("’s") || text[start..end].ends_with("'s") {
        return None;
    }
    // "the Alliance", "of Commerce": a name does not follow an article or preposition.
    let before = words(&text[..start]).last().map(|w| w.lower());
    if before.is_some_and(|w| matches!(w.as_str(), "the" | "a" | "an" | "of" | "for" | "to" | "its" | "their")) {
        return None;
    }
    Some((Span::new(start, end), text[start..end].to_string()))
}

/// A name's identity: lower case, single spaces.
pub fn name_key(name: &str) -> String {
    name.split_whitespace().map(|w| w.to_lowercase()).collect::<Vec<_>>().join(" ")
}

/// Function words that end a noun phrase when reading backwards.
const PHRASE_BREAK: &[&str] = &[
    "while",
    "and",
    "but",
    "as",
    "that",
    "which",
    "who",
    "where",
    "when",
    "because",
    "since",
    "although",
    "though",
    "said",
    "says",
    "after",
    "before",
    "with",
    "of",
    "in",
    "on",
    "at",
    "for",
    "to",
    "by",
    "from",
    "if",
    "meanwhile",
];

/// Pronouns: an agent we would have to guess, so we do not.
const PRONOUNS: &[&str] = &["he", "she", "they", "it", "we", "i", "you", "this", "that", "who"];

/// The noun phrase right before `pos` that acts as the subject of a verb
/// ("The Adams administration has proposed" → "Adams administration").
/// Needs a capitalized word; pronouns give `None`.
pub fn agent_before(text: &str, pos: usize) -> Option<String> {
    let ws = words(&text[..pos]);
    let mut phrase: Vec<&str> = Vec::new();
    let mut next_start = pos;
    for w in ws.iter().rev() {
        let lower = w.lower();
        // Punctuation between two words ends the phrase.
        if text[w.span.end..next_start].chars().any(|c| !c.is_whitespace()) {
            break;
        }
        next_start = w.span.start;
        if phrase.is_empty()
            && matches!(
                lower.as_str(),
                "has" | "have" | "had" | "is" | "are" | "was" | "were" | "also" | "reportedly" | "repeatedly"
            )
        {
            continue;
        }
        if PHRASE_BREAK.contains(&lower.as_str()) || lower == "the" || phrase.len() == 4 {
            break;
        }
        if phrase.is_empty() && PRONOUNS.contains(&lower.as_str()) {
            return None;
        }
        phrase.insert(0, w.text);
    }
    let has_capital = phrase.iter().any(|w| w.chars().next().is_some_and(|c| c.is_uppercase()));
    (has_capital && !phrase.is_empty()).then(|| phrase.join(" "))
}

#[cfg(test)]
mod tests {
    use regex::Regex;

    /// The scan splits text as the pattern it replaced did.
    #[test]
    fn words_split_as_the_pattern_did() {
        let pattern = Regex::new(r"[\p{L}\p{N}](?:[\p{L}\p{N}'’.\-]*[\p{L}\p{N}])?\.?").unwrap();
        for text in [
            "Mr. O'Neill met Baek Ji-ho in the U.S. on Friday.",
            "It rose 3.7% -- to €130m; 'quoted' words’ end...",
            "— Zürich, 12-13 June: naïve café-goers ’tis .5 -x- a.b.c. end.",
            "",
            "...",
            "Brandt scored twice.Next",
        ] {
            let expected: Vec<(usize, usize)> = pattern
                .find_iter(text)
                .map(|m| {
                    let w = trim_dot(m.as_str());
                    (m.start(), m.start() + w.len())
                })
                .collect();
            let got: Vec<(usize, usize)> = words(text).iter().map(|w| (w.span.start, w.span.end)).collect();
            assert_eq!(got, expected, "{text:?}");
        }
    }
    use super::*;

    #[test]
    fn names_after_titles() {
        let t = "Secretary of State Jane Roe delivered";
        assert_eq!(person_name_at(t, 18, false).map(|n| n.1), Some("Jane Roe".into()));
        let t = "High Representative, Kaja Roe. Next";
        assert_eq!(person_name_at(t, 19, true).map(|n| n.1), Some("Kaja Roe".into()));
        assert_eq!(person_name_at("Secretary General said", 17, false), None);
        assert_eq!(person_name_at("President Adams's plan", 9, false).map(|n| n.1), Some("Adams".into()));
        assert_eq!(
            person_name_at("Minister Jean-Noël Barrot noted", 8, false).map(|n| n.1),
            Some("Jean-Noël Barrot".into())
        );
        assert_eq!(person_name_at("Secretary General with US", 17, false), None);
    }

    #[test]
    fn agents_of_verbs() {
        let t = "The Adams administration has proposed 5%";
        assert_eq!(agent_before(t, t.find("proposed").unwrap()), Some("Adams administration".into()));
        let t = "of GDP, while Janssen has advocated for";
        assert_eq!(agent_before(t, t.find("advocated").unwrap()), Some("Janssen".into()));
        let t = "He hopes to leave";
        assert_eq!(agent_before(t, t.find("hopes").unwrap()), None);
        let t = "allies have pledged";
        assert_eq!(agent_before(t, t.find("pledged").unwrap()), None);
    }
}
