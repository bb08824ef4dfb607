//! A sentence as tokens: words, punctuation marks and the recognizers'
//! values, each a single token with its span.
//!
//! Readers match sequences of token classes ("a value, then a noun, then a
//! verb in -ed"), not characters: a value is one token however it is
//! written ("€130 million ($140 million)", "two and a half hours"), so a
//! reader of "VALUE of NOUN" works for every kind of figure. Tokenizing
//! once per sentence keeps the readers cheap and easy to test.

use crate::recognize::ValueMatch;
use crate::span::Span;
use crate::value::Value;
use std::sync::LazyLock;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Word,
    /// A recognized value: an index into [`Tokens::values`].
    Value(usize),
    Punct,
}

/// One token; `span` is relative to the sentence text.
#[derive(Clone, Debug)]
pub struct Token<'a> {
    pub span: Span,
    pub text: &'a str,
    pub kind: Kind,
    /// Lower case of a word; the text itself for other tokens. Borrowed
    /// when the text is lower case already, as most words are.
    pub lower: std::borrow::Cow<'a, str>,
}

impl Token<'_> {
    pub fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }

    pub fn is_value(&self) -> bool {
        matches!(self.kind, Kind::Value(_))
    }

    pub fn is_punct(&self, marks: &str) -> bool {
        self.kind == Kind::Punct && marks.contains(self.text)
    }

    /// A word starting with a capital letter.
    pub fn is_capitalized(&self) -> bool {
        self.is_word() && self.text.chars().next().is_some_and(char::is_uppercase)
    }

    /// The word in lower case, or `""` for other tokens.
    pub fn word(&self) -> &str {
        if self.is_word() {
            &self.lower
        } else {
            ""
        }
    }
}

/// A tokenized sentence.
pub struct Tokens<'a> {
    pub text: &'a str,
    pub tokens: Vec<Token<'a>>,
    pub values: Vec<ValueMatch>,
    /// Per value: the value it restates, when it is a conversion written in
    /// brackets right after another ("€130 million ($140 million)").
    pub conversion_of: Vec<Option<usize>>,
}

/// `word` in lower case, borrowed when it is already.
///
/// Most words are ASCII: one pass over their bytes finds a capital, and
/// ASCII lowering gives what Unicode lowering gives for them.
fn lower_case(word: &str) -> std::borrow::Cow<'_, str> {
    let mut upper = false;
    for &b in word.as_bytes() {
        if !b.is_ascii() {
            return lower_case_unicode(word);
        }
        upper |= b.is_ascii_uppercase();
    }
    if upper {
        word.to_ascii_lowercase().into()
    } else {
        word.into()
    }
}

/// [`lower_case`] of a word with a letter beyond ASCII.
#[cold]
fn lower_case_unicode(word: &str) -> std::borrow::Cow<'_, str> {
    if word.chars().any(char::is_uppercase) {
        word.to_lowercase().into()
    } else {
        word.into()
    }
}

/// The length of the word `text` starts with, if it starts with one: letters
/// and digits joined by apostrophes and hyphens ("O'Neill", "two-day"),
/// with the dotted tail of an abbreviation ("U.S.").
fn word_len(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut end = match *bytes.first()? {
        b if b.is_ascii() => usize::from(b.is_ascii_alphanumeric()),
        _ => text.chars().next().filter(|c| c.is_alphanumeric()).map_or(0, char::len_utf8),
    };
    if end == 0 {
        return None;
    }
    let mut at = end;
    while at < bytes.len() {
        // ASCII read a byte at a time, without decoding.
        let (alphanumeric, joins, len) = match bytes[at] {
            b if b.is_ascii() => (b.is_ascii_alphanumeric(), b == b'\'' || b == b'-', 1),
            _ => {
                let c = text[at..].chars().next().unwrap_or(' ');
                (c.is_alphanumeric(), c == '’', c.len_utf8())
            }
        };
        if alphanumeric {
            end = at + len;
        } else if !joins {
            break;
        }
        at += len;
    }
    // The dotted tail of an abbreviation: a dot, then letters each followed by a dot.
    if text[end..].starts_with('.') {
        let mut at = end + 1;
        loop {
            let mut chars = text[at..].chars();
            match (chars.next(), chars.next()) {
                (Some(c), Some('.')) if c.is_alphabetic() => {
                    at += c.len_utf8() + 1;
                    end = at;
                }
                _ => break,
            }
        }
    }
    Some(end)
}

impl<'a> Tokens<'a> {
    /// Tokens of `text` with `values` (spans relative to `text`, sorted,
    /// not overlapping) as single tokens.
    pub fn new(text: &'a str, values: Vec<ValueMatch>) -> Self {
        let mut tokens = Vec::with_capacity(text.len() / 4 + 1);
        let mut pos = 0;
        let mut next_value = 0;
        while pos < text.len() {
            if let Some(v) = values.get(next_value) {
                if v.span.start <= pos {
                    if v.span.end > pos {
                        tokens.push(Token {
                            span: Span::new(v.span.start.max(pos), v.span.end),
                            text: &text[v.span.start.max(pos)..v.span.end],
                            kind: Kind::Value(next_value),
                            lower: v.span.slice(text).into(),
                        });
                        pos = v.span.end;
                    }
                    next_value += 1;
                    continue;
                }
            }
            let limit = values.get(next_value).map_or(text.len(), |v| v.span.start);
            // ASCII white space, the commonest character between tokens,
            // is skipped without decoding.
            if pos < limit && matches!(text.as_bytes()[pos], b' ' | b'\t'..=b'\r') {
                pos += 1;
                continue;
            }
            let rest = &text[pos..limit];
            let Some(c) = rest.chars().next() else {
                pos = limit;
                continue;
            };
            if c.is_whitespace() {
                pos += c.len_utf8();
                continue;
            }
            if let Some(len) = word_len(rest) {
                let whole = &rest[..len];
                // A citation marker glued to a word ("of GDP1", "alone7")
                // is not part of it: it becomes a mark of its own.
                let cut = citation_marker(whole).unwrap_or(whole.len());
                let word = &whole[..cut];
                tokens.push(Token {
                    span: Span::new(pos, pos + word.len()),
                    text: word,
                    kind: Kind::Word,
                    lower: lower_case(word),
                });
                if cut < whole.len() {
                    let marker = &whole[cut..];
                    let span = Span::new(pos + cut, pos + whole.len());
                    tokens.push(Token { span, text: marker, kind: Kind::Punct, lower: marker.into() });
                }
                pos += whole.len();
            } else {
                let s = &rest[..c.len_utf8()];
                tokens.push(Token { span: Span::new(pos, pos + s.len()), text: s, kind: Kind::Punct, lower: s.into() });
                pos += c.len_utf8();
            }
        }
        let conversion_of = conversions(&tokens, &values);
        let tokens = names_are_words(tokens, &values);
        Tokens { text, tokens, values, conversion_of }
    }

    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    pub fn is_empty(&self) -> bool {
        self.tokens.is_empty()
    }

    /// The value of a value token.
    pub fn value(&self, token: usize) -> Option<&Value> {
        match self.tokens.get(token)?.kind {
            Kind::Value(v) => Some(&self.values[v].value),
            _ => None,
        }
    }

    /// The lower-case word at `i`, or `""`.
    pub fn word(&self, i: usize) -> &str {
        self.tokens.get(i).map_or("", Token::word)
    }

    /// Whether token `i` is one of `words` (lower case).
    pub fn is(&self, i: usize, words: &[&str]) -> bool {
        let w = self.word(i);
        !w.is_empty() && words.contains(&w)
    }

    /// The token index of value `v`.
    pub fn token_of_value(&self, v: usize) -> Option<usize> {
        self.tokens.iter().position(|t| t.kind == Kind::Value(v))
    }

    /// The span from the start of token `a` to the end of token `b` (inclusive).
    pub fn span(&self, a: usize, b: usize) -> Span {
        Span::new(self.tokens[a].span.start, self.tokens[b].span.end)
    }

    /// The text of tokens `a..=b` as written.
    pub fn slice(&self, a: usize, b: usize) -> &'a str {
        self.span(a, b).slice(self.text)
    }

    /// Whether there is only white space between tokens `i` and `i + 1`
    /// with no line break (a line break ends a list item or a heading).
    pub fn joined(&self, i: usize) -> bool {
        match (self.tokens.get(i), self.tokens.get(i + 1)) {
            (Some(a), Some(b)) => !self.text[a.span.end..b.span.start].contains('\n'),
            _ => false,
        }
    }

    /// The last token of the bracketed restatements after value token `i`
    /// ("€130 million ($140 million)" → the ")"), or `i` when there are none,
    /// so that a reader can step over them.
    pub fn after_conversions(&self, i: usize) -> usize {
        let Kind::Value(v) = self.tokens[i].kind else { return i };
        if !self.tokens.get(i + 1).is_some_and(|t| t.is_punct("(")) {
            return i;
        }
        let mut any = false;
        for (j, t) in self.tokens.iter().enumerate().skip(i + 2) {
            match t.kind {
                Kind::Value(w) if self.conversion_of[w] == Some(v) => any = true,
                Kind::Punct if t.text == ")" => return if any { j } else { i },
                Kind::Punct if matches!(t.text, "," | ";" | "/") => {}
                Kind::Word if QUALIFIER_WORDS.contains(&t.lower.as_ref()) => {}
                _ => return i,
            }
        }
        i
    }
}

/// An ordinal word inside a name ("America First", "First Minister") is a
/// word of the name, not a value.
fn names_are_words<'a>(mut tokens: Vec<Token<'a>>, values: &[ValueMatch]) -> Vec<Token<'a>> {
    for i in 0..tokens.len() {
        let Kind::Value(v) = tokens[i].kind else { continue };
        let word = tokens[i].text;
        let ordinal_word = matches!(values[v].value, Value::Ordinal { .. })
            && word.chars().next().is_some_and(char::is_uppercase)
            && word.chars().all(char::is_alphabetic);
        let neighbour_capitalized = |j: Option<usize>| {
            j.and_then(|j| tokens.get(j))
                .is_some_and(|t| t.kind == Kind::Word && t.text.chars().next().is_some_and(char::is_uppercase))
        };
        if ordinal_word && (neighbour_capitalized(i.checked_sub(1)) || neighbour_capitalized(Some(i + 1))) {
            tokens[i].kind = Kind::Word;
            tokens[i].lower = lower_case(word);
        }
    }
    tokens
}

/// Where a trailing citation number starts in a word of letters: "GDP1",
/// "alone7" (one or two digits after two or more letters, and no other digit).
fn citation_marker(word: &str) -> Option<usize> {
    let letters = word.trim_end_matches(|c: char| c.is_ascii_digit());
    let digits = word.len() - letters.len();
    (digits > 0 && digits <= 2 && letters.chars().count() >= 2 && letters.chars().all(char::is_alphabetic))
        .then_some(letters.len())
}

/// Words that may open a restatement in brackets: "(about $140 million)".
const QUALIFIER_WORDS: &[&str] =
    &["about", "around", "roughly", "approximately", "some", "nearly", "almost", "or", "c", "ca", "circa"];

/// A value in brackets right after a value of the same kind restates it:
/// "€130 million ($140 million)", "2.1 metres (about 7 feet)",
/// "9:05 a.m. local time (0705 GMT)". Recognizers that mark conversions
/// themselves give the same answer.
fn conversions(tokens: &[Token], values: &[ValueMatch]) -> Vec<Option<usize>> {
    let mut out = vec![None; values.len()];
    // Only units restate: a sum in another currency, a quantity in another
    // unit, a time in another zone. "12 (8 performance cores)" is a part.
    let same_kind = |a: &Value, b: &Value| match (a, b) {
        (Value::Quantity { dimension: x, .. }, Value::Quantity { dimension: y, .. }) => x == y,
        (Value::Money { .. }, Value::Money { .. }) | (Value::Time { .. }, Value::Time { .. }) => true,
        _ => false,
    };
    for (i, t) in tokens.iter().enumerate() {
        let Kind::Value(v) = t.kind else { continue };
        if out[v].is_some() {
            continue;
        }
        // "VALUE ( [qualifier] VALUE [, VALUE] )" or "VALUE , or VALUE ,".
        let mut j = i + 1;
        if !tokens.get(j).is_some_and(|t| t.kind == Kind::Punct && t.text == "(") {
            continue;
        }
        j += 1;
        loop {
            while tokens.get(j).is_some_and(|t| t.kind == Kind::Word && QUALIFIER_WORDS.contains(&t.lower.as_ref())) {
                j += 1;
            }
            let Some(Kind::Value(w)) = tokens.get(j).map(|t| t.kind) else { break };
            if !same_kind(&values[v].value, &values[w].value) {
                break;
            }
            // The restatement is the whole bracket: "(about $140 million)",
            // not "(10 performance cores)".
            if tokens.get(j + 1).is_some_and(|t| t.kind == Kind::Word) {
                break;
            }
            out[w] = Some(v);
            j += 1;
            match tokens.get(j) {
                Some(t) if t.kind == Kind::Punct && (t.text == "," || t.text == ";" || t.text == "/") => j += 1,
                _ => break,
            }
        }
    }
    out
}

/// The English stem of a lower-case word (Snowball): "deaths" and "death",
/// "killed" and "kills", "employees" and "employee" meet. Used for keys
/// only, never shown.
pub fn stem(word: &str) -> String {
    static STEMMER: LazyLock<rust_stemmers::Stemmer> =
        LazyLock::new(|| rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English));
    // As `trim_end_matches("'s")` then `("’s")`, without a substring searcher per call.
    let mut word = word.trim_end_matches(['\'', '’']);
    while let Some(w) = word.strip_suffix("'s") {
        word = w;
    }
    while let Some(w) = word.strip_suffix("’s") {
        word = w;
    }
    if let Some(base) = irregular(word) {
        return base.to_string();
    }
    // The readers ask for the stems of the same few thousand words again and
    // again; the stemmer is slow next to a lookup. The memo is dropped whole
    // when it grows past a bound, so a long run cannot fill memory with it.
    thread_local! {
        static MEMO: std::cell::RefCell<fnv::FnvHashMap<String, String>> = Default::default();
    }
    MEMO.with(|memo| {
        let mut memo = memo.borrow_mut();
        if let Some(s) = memo.get(word) {
            return s.clone();
        }
        if memo.len() >= 50_000 {
            memo.clear();
        }
        let s = STEMMER.stem(word).into_owned();
        memo.insert(word.to_string(), s.clone());
        s
    })
}

/// Irregular forms the stemmer leaves apart from their base.
fn irregular(word: &str) -> Option<&'static str> {
    Some(match word {
        "people" | "persons" => "person",
        "children" => "child",
        "men" => "man",
        "women" => "woman",
        "feet" => "foot",
        "lives" => "life",
        "died" | "dies" | "dying" | "dead" => "die",
        "won" | "wins" | "winning" => "win",
        "lost" | "loses" | "losing" => "lose",
        "paid" | "pays" | "paying" => "pay",
        "sold" | "sells" | "selling" => "sell",
        "rose" | "risen" | "rises" | "rising" => "rise",
        "fell" | "fallen" | "falls" | "falling" => "fall",
        "grew" | "grown" | "grows" | "growing" => "grow",
        "took" | "taken" | "takes" | "taking" => "take",
        "gave" | "given" | "gives" | "giving" => "give",
        "held" | "holds" | "holding" => "hold",
        "led" | "leads" | "leading" => "lead",
        "hit" | "hits" | "hitting" => "hit",
        "struck" | "strikes" | "striking" => "strike",
        "bought" | "buys" | "buying" => "buy",
        "spent" | "spends" | "spending" => "spend",
        "sent" | "sends" | "sending" => "send",
        "left" | "leaves" | "leaving" => "leave",
        "met" | "meets" | "meeting" => "meet",
        "began" | "begun" | "begins" | "beginning" => "begin",
        "saw" | "seen" | "sees" | "seeing" => "see",
        "told" | "tells" | "telling" => "tell",
        "said" | "says" | "saying" => "say",
        "found" | "finds" | "finding" => "find",
        "kept" | "keeps" | "keeping" => "keep",
        "stood" | "stands" | "standing" => "stand",
        "drew" | "drawn" | "draws" | "drawing" => "draw",
        "beat" | "beaten" | "beats" | "beating" => "beat",
        "went" | "gone" | "goes" | "going" => "go",
        "did" | "done" | "does" | "doing" => "do",
        "had" | "has" | "have" | "having" => "have",
        "was" | "were" | "is" | "are" | "been" | "be" | "being" | "am" => "be",
        "brought" | "brings" | "bringing" => "bring",
        "fought" | "fights" | "fighting" => "fight",
        "flew" | "flown" | "flies" | "flying" => "fly",
        "ran" | "runs" | "running" => "run",
        "wounded" | "wounds" | "wounding" => "wound",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    /// The scan reads words as the pattern it replaced did.
    #[test]
    fn word_len_reads_as_the_pattern_did() {
        let pattern = regex::Regex::new(r"^[\p{L}\p{N}](?:[\p{L}\p{N}'’\-]*[\p{L}\p{N}])?(?:\.(?:\p{L}\.)+)?").unwrap();
        for text in [
            "U.S.A. and",
            "U.S. said",
            "e.g. this",
            "O'Neill's",
            "two-day-",
            "x.",
            "3.5",
            "Zürich’s",
            "a.b",
            "-x",
            "",
            "Jean-Luc.",
            "U.S.A.B",
            "end.Next",
            "Ölfeld-Süd",
            "’tis",
            "½ cup",
        ] {
            assert_eq!(word_len(text), pattern.find(text).map(|m| m.end()), "{text:?}");
        }
    }

    use super::*;
    use crate::value::Interval;

    fn money(span: Span, x: f64, currency: &str) -> ValueMatch {
        ValueMatch { span, value: Value::Money { currency: currency.into(), interval: Interval::exact(x) } }
    }

    #[test]
    fn values_are_single_tokens_and_conversions_are_linked() {
        let text = "Berlin gave €130 million ($140 million) in aid.";
        let values = vec![money(Span::new(12, 26), 130e6, "EUR"), money(Span::new(28, 40), 140e6, "USD")];
        let t = Tokens::new(text, values);
        let kinds: Vec<String> = t.tokens.iter().map(|t| t.text.to_string()).collect();
        assert_eq!(kinds, ["Berlin", "gave", "€130 million", "(", "$140 million", ")", "in", "aid", "."]);
        assert_eq!(t.conversion_of, vec![None, Some(0)]);
        assert_eq!(t.after_conversions(2), 5);
        assert_eq!(t.word(7), "aid");
    }

    #[test]
    fn words_keep_inner_hyphens_apostrophes_and_abbreviations() {
        let t = Tokens::new("The U.S. team's 5-nanometre chip isn't new, alone7 at 2% of GDP1.", Vec::new());
        let words: Vec<&str> = t.tokens.iter().filter(|t| t.is_word()).map(|t| t.text).collect();
        assert_eq!(
            words,
            ["The", "U.S.", "team's", "5-nanometre", "chip", "isn't", "new", "alone", "at", "2", "of", "GDP"]
        );
    }

    #[test]
    fn any_white_space_parts_words() {
        let t = Tokens::new("a\u{b} b\u{a0}c\td\r\ne\u{2003}f\u{c}g", Vec::new());
        let words: Vec<&str> = t.tokens.iter().map(|t| t.text).collect();
        assert_eq!(words, ["a", "b", "c", "d", "e", "f", "g"]);
    }

    #[test]
    fn words_are_lowered_as_unicode_lowers_them() {
        for word in ["Berlin", "NATO", "said", "Zürich", "ÉCOLE", "straße", "ΣΟΦΙΑ", "İzmir", "x2", "O'Neill’s"]
        {
            let lower = lower_case(word);
            assert_eq!(lower, word.to_lowercase(), "{word}");
            let borrowed = matches!(lower, std::borrow::Cow::Borrowed(_));
            assert_eq!(borrowed, !word.chars().any(char::is_uppercase), "{word}");
        }
    }

    #[test]
    fn stems_meet_across_forms() {
        assert_eq!(stem("deaths"), stem("death"));
        assert_eq!(stem("killed"), stem("kills"));
        assert_eq!(stem("employees"), stem("employee"));
        assert_eq!(stem("died"), stem("dead"));
        assert_eq!(stem("people"), stem("persons"));
        assert_eq!(stem("won"), "win");
    }
}
