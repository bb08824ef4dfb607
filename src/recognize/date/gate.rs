//! Which date layouts are worth running on a text, and where.
//!
//! Every layout is a long pattern (most hold every month name of every
//! language), and most sentences hold no date at all. Before running them,
//! one pass over the text notes what the layouts need: a digit, a dash, a
//! word a month name could be, "quarter", "half". A layout whose needs are
//! missing cannot match, or its reading would be refused, so it is skipped;
//! a layout that starts with the month name is tried only where such a word
//! starts, not from every position of the text.
//!
//! The needs are necessary conditions only, never a guess: skipping a
//! layout must leave the readings exactly as running it would. Two rules
//! keep that true.
//!
//! - A month name counts only where `month_word` could accept it: as a
//!   whole run of letters, or its tail from a capital after a lower-case
//!   letter ("KarakoçDecember"), whose lower case is a month name of
//!   `knowledge/months.toml` (the lookup `month_word` makes first). A name
//!   with a letter right after it is refused, and one glued to a letter
//!   before it unless it is that tail.
//! - A case-insensitive pattern reads 'ſ' (long s) as 's' and 'K' (Kelvin
//!   sign) as 'k': the only characters outside ASCII that match ASCII
//!   letters. A text holding either may match any word, so every word need
//!   is met.
//!
//! This replaces one set search over every layout, which took about a
//! microsecond a sentence and, compiled, as long as the layouts themselves.

use super::super::byte_tests::folds_to_ascii;
use super::super::word_bits::{Bits, WordBits};
use super::{build, Patterns, CALENDAR, DAY_LAYOUTS, PATTERNS};
use regex::Regex;
use std::sync::{LazyLock, OnceLock};

/// A layout's template, compiled the first time a text may hold it: a run
/// on texts without dates, or without the rarer layouts, compiles only what
/// it reads (each layout holds every month name and takes a millisecond or
/// more to compile).
pub(in crate::recognize) struct Layout {
    template: &'static str,
    regex: OnceLock<Regex>,
    /// Where the layout stands in [`LAYOUTS`], looked up on first use.
    gated_at: OnceLock<Option<usize>>,
}

impl Layout {
    pub(super) fn new(template: &'static str) -> Layout {
        Layout { template, regex: OnceLock::new(), gated_at: OnceLock::new() }
    }
}

impl std::ops::Deref for Layout {
    type Target = Regex;

    fn deref(&self) -> &Regex {
        self.regex.get_or_init(|| build(self.template))
    }
}

/// What `Scanner::collect` runs: a layout of this module, compiled only
/// once the gate lets it run, or any other recognizer's pattern.
pub(in crate::recognize) trait Pattern {
    fn regex(&self) -> &Regex;

    /// Where the pattern stands in [`LAYOUTS`]; `None` when it is not
    /// gated, as no pattern but a [`Layout`] is.
    fn gated_at(&self) -> Option<usize> {
        None
    }
}

impl Pattern for Regex {
    fn regex(&self) -> &Regex {
        self
    }
}

impl<F: FnOnce() -> Regex> Pattern for LazyLock<Regex, F> {
    fn regex(&self) -> &Regex {
        self
    }
}

impl Pattern for Layout {
    fn regex(&self) -> &Regex {
        self
    }

    fn gated_at(&self) -> Option<usize> {
        *self.gated_at.get_or_init(|| LAYOUTS.addresses.binary_search(&address(self)).ok())
    }
}

/// The address a pattern is known by in [`LAYOUTS`].
fn address<P: Pattern>(pattern: &P) -> usize {
    std::ptr::from_ref(pattern).cast::<()>() as usize
}

/// Ordinal words a spelled day holds one of ("fourth", "twenty-first",
/// "seventeenth"), lower case (see `DAY_WORDS`).
const DAY_WORD_PARTS: &[&str] = &[
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "teenth",
    "twentieth",
    "thirtieth",
];

/// What a layout needs in a text to read anything there.
#[derive(Clone, Copy, Default)]
struct Needs {
    /// Month names in as many runs of letters.
    months: usize,
    digit: bool,
    /// Four digits in a row (`[0-9]{4}`).
    digits4: bool,
    /// Four digits or the word "year" (`{YEAR_PHRASE}`).
    year_phrase: bool,
    dash: bool,
    slash: bool,
    capital_h: bool,
    capital_q: bool,
    /// A day in digits or in words (`{D1}`, `{D1M}`).
    day: bool,
    /// One of these words (ASCII, lower case), in any case.
    words: &'static [&'static str],
    /// The reading starts with the month name.
    month_first: bool,
}

/// The gated layouts: their addresses, sorted, and their needs in the same
/// order. A pattern not listed is always run.
struct Layouts {
    addresses: Vec<usize>,
    needs: Vec<Needs>,
}

static LAYOUTS: LazyLock<Layouts> = LazyLock::new(|| {
    let p: &'static Patterns = &PATTERNS;
    let needs = |months, f: &dyn Fn(&mut Needs)| {
        let mut n = Needs { months, ..Needs::default() };
        f(&mut n);
        n
    };
    let early: &'static [&'static str] = &["early", "mid", "late"];
    let mut all: Vec<(&Layout, Needs)> = vec![
        (&p.iso, needs(0, &|n| (n.digits4, n.dash) = (true, true))),
        (&p.slashed, needs(0, &|n| (n.digit, n.slash) = (true, true))),
        (&p.month_range, needs(2, &|n| (n.digits4, n.month_first) = (true, true))),
        (&p.month_range_open, needs(2, &|n| n.words = &["from", "between"])),
        (&p.month_year, needs(1, &|n| (n.digits4, n.month_first) = (true, true))),
        (&p.month_part, needs(1, &|n| n.words = early)),
        (&p.year_part, needs(0, &|n| (n.words, n.year_phrase) = (early, true))),
        (&p.year_part_of, needs(0, &|n| (n.digits4, n.words) = (true, &["beginning", "start", "middle", "end"]))),
        (&p.decade, needs(0, &|n| n.digits4 = true)),
        (&p.year, needs(0, &|n| n.digits4 = true)),
        (&p.half, needs(0, &|n| (n.words, n.year_phrase) = (&["half"], true))),
        (&p.half_short, needs(0, &|n| (n.capital_h, n.digits4) = (true, true))),
        (&p.half_short_reversed, needs(0, &|n| (n.capital_h, n.digits4) = (true, true))),
        (&p.quarter, needs(0, &|n| (n.words, n.year_phrase) = (&["quarter"], true))),
        (&p.quarter_short, needs(0, &|n| (n.capital_q, n.digits4) = (true, true))),
        (&p.quarter_short_reversed, needs(0, &|n| (n.capital_q, n.digits4) = (true, true))),
        (&p.bare_month, needs(1, &|n| n.month_first = true)),
        (&p.weekday, needs(0, &|n| n.words = &["day"])),
    ];
    for (re, template) in p.day_dates.iter().zip(DAY_LAYOUTS) {
        if let Some(n) = day_layout(template) {
            all.push((re, n));
        }
    }
    let mut by_address: Vec<(usize, Needs)> =
        all.into_iter().map(|(re, n)| (std::ptr::from_ref(re) as usize, n)).collect();
    by_address.sort_by_key(|(a, _)| *a);
    let (addresses, needs): (Vec<usize>, Vec<Needs>) = by_address.into_iter().unzip();
    assert!(needs.len() <= 64, "one bit per layout in `Clues::met`");
    Layouts { addresses, needs }
});

/// The needs of a day-month layout, by its template; `None` for a template
/// not listed here, which is always run.
fn day_layout(template: &str) -> Option<Needs> {
    let mut n = Needs {
        months: template.matches("{M1}").count() + template.matches("{M2}").count(),
        month_first: template.starts_with("{M1}"),
        ..Needs::default()
    };
    match template {
        // A month name (two in a range over two months) and a day in digits or words.
        r"{M1}\s+{D1}{CONN}{M2}\s+{D2}{YEAR}"
        | r"{D1}(?P<dot>\.)?\s+{OF}{M1}{CONN}{D2}\s+{OF}{M2}{YEAR}"
        | r"{M1}\s+{D1M}{CONN}{D2M}{YEAR}"
        | r"{D1}{CONN}{D2}(?P<dot>\.)?\s+{OF}{M1}{YEAR}"
        | r"{M1}(?P<comma>,)?\s+{D1M}{YEAR}"
        | r"{D1}(?P<dot>\.)?(?:\s+day)?\s+{OF}{M1}{YEAR}" => n.day = true,
        // Digits joined to a month name by dashes or slashes.
        r"(?P<d1>[0-3]?[0-9])-{M1}-(?P<y>[0-9]{4})\b"
        | r"(?P<y>[0-9]{4})-{M1}-(?P<d1>[0-3]?[0-9])\b"
        | r"{M1}-(?P<d1>[0-3]?[0-9])-(?P<y>[0-9]{4})\b" => (n.digits4, n.dash) = (true, true),
        r"(?P<d1>[0-3]?[0-9])/{M1}/(?P<y>[0-9]{4})\b"
        | r"(?P<y>[0-9]{4})/{M1}/(?P<d1>[0-3]?[0-9])\b"
        | r"{M1}/(?P<d1>[0-3]?[0-9])/(?P<y>[0-9]{4})\b" => (n.digits4, n.slash) = (true, true),
        r"{M1}(?P<d1>[0-3]?[0-9])(?P<s1>st|nd|rd|th)?(?:\s*,\s*|\s+)(?:of\s+)?(?P<y>[0-9]{4})\b" => n.digits4 = true,
        _ => return None,
    }
    Some(n)
}

/// What one text holds that the layouts need.
pub(in crate::recognize) struct Clues {
    /// The most ASCII digits in a row.
    digits_in_a_row: usize,
    digit: bool,
    digits4: bool,
    dash: bool,
    slash: bool,
    /// "H1 2025", "Q3 2025": the capital letters are matched as written.
    capital_h: bool,
    capital_q: bool,
    /// Where a month name `month_word` could accept starts, in text order.
    month_starts: Vec<usize>,
    /// How many runs of letters hold one.
    month_runs: usize,
    /// Which of [`DATE_WORDS`] the text holds, in any ASCII case, one bit each.
    words: Bits,
    /// 'ſ' or 'K' somewhere: every word need is met.
    folds: bool,
    /// [`Clues::layouts_met`], worked out once for every layout tried.
    met: u64,
}

impl Clues {
    pub(super) fn new(text: &str) -> Clues {
        let bytes = text.as_bytes();
        let (mut seen, mut run, mut longest_run) = (0u8, 0, 0);
        for &b in bytes {
            let class = BYTE_CLASS[usize::from(b)];
            seen |= class;
            run = if class & DIGIT != 0 { run + 1 } else { 0 };
            longest_run = longest_run.max(run);
        }
        let wide = seen & WIDE != 0;
        let (month_starts, month_runs) = month_words(text, wide);
        let mut clues = Clues {
            digits_in_a_row: longest_run,
            digit: longest_run >= 1,
            digits4: longest_run >= 4,
            dash: seen & DASH != 0,
            slash: seen & SLASH != 0,
            capital_h: seen & CAPITAL_H != 0,
            capital_q: seen & CAPITAL_Q != 0,
            month_starts,
            month_runs,
            words: DATE_WORDS.found_in(text),
            folds: wide && folds_to_ascii(text),
            met: 0,
        };
        clues.met = clues.layouts_met();
        clues
    }

    /// Whether the text may hold one of `words` (bits of [`DATE_WORDS`])
    /// under a case-insensitive pattern.
    fn holds(&self, words: Bits) -> bool {
        self.folds || self.words & words != 0
    }

    pub(in crate::recognize) fn digits_in_a_row(&self) -> usize {
        self.digits_in_a_row
    }

    pub(in crate::recognize) fn dash(&self) -> bool {
        self.dash
    }

    pub(in crate::recognize) fn slash(&self) -> bool {
        self.slash
    }

    /// In how many runs of letters a month name may be read.
    pub(in crate::recognize) fn month_runs(&self) -> usize {
        self.month_runs
    }

    /// Whether the text may hold every word of one of `lists` (each the
    /// bits of its words in [`DATE_WORDS`]) under a case-insensitive pattern.
    pub(in crate::recognize) fn holds_all_of_one(&self, lists: &[Bits]) -> bool {
        self.folds || lists.iter().any(|&list| list & !self.words == 0)
    }

    /// Which of [`DATE_WORDS`] the text holds, as `contains` on its ASCII
    /// lower case would tell.
    pub(in crate::recognize) fn words(&self) -> Bits {
        self.words
    }

    /// Whether a web address may start in the text (see `Patterns::url`).
    pub(super) fn url(&self) -> bool {
        self.holds(NEED_MASKS.url)
    }

    /// Where `pattern` may read anything in the text: `None` nowhere; every
    /// position (`Some(None)`) or only where a month name starts.
    pub(super) fn places<P: Pattern>(&self, pattern: &P) -> Option<Option<&[usize]>> {
        let Some(i) = pattern.gated_at() else {
            return Some(None);
        };
        if self.met & 1 << i == 0 {
            return None;
        }
        Some(LAYOUTS.needs[i].month_first.then_some(self.month_starts.as_slice()))
    }

    /// Which gated layouts' needs the text meets, one bit each in the order
    /// of [`LAYOUTS`].
    fn layouts_met(&self) -> u64 {
        let words = &*NEED_MASKS;
        let mut met = 0;
        for (i, n) in LAYOUTS.needs.iter().enumerate() {
            let meets = self.month_runs >= n.months
                && (!n.digit || self.digit)
                && (!n.digits4 || self.digits4)
                && (!n.year_phrase || self.digits4 || self.holds(words.year))
                && (!n.dash || self.dash)
                && (!n.slash || self.slash)
                && (!n.capital_h || self.capital_h)
                && (!n.capital_q || self.capital_q)
                && (!n.day || self.digit || self.holds(words.day))
                && (n.words.is_empty() || self.holds(words.layouts[i]));
            met |= u64::from(meets) << i;
        }
        met
    }
}

/// The words any need names, and the words the other date recognizers
/// look for before running their patterns, searched in one pass over a
/// text rather than one `contains` per word and pattern.
pub(in crate::recognize) static DATE_WORDS: LazyLock<WordBits> = LazyLock::new(|| {
    use super::super::{holiday, nth_weekday, relative_date, spelled_date};
    WordBits::new(
        ["http", "www.", "year"]
            .into_iter()
            .chain(DAY_WORD_PARTS.iter().copied())
            .chain(LAYOUTS.needs.iter().flat_map(|n| n.words.iter().copied()))
            .chain(relative_date::CUE_WORDS.iter().flat_map(|list| list.iter().copied()))
            .chain(spelled_date::CUE_WORDS.iter().copied())
            .chain(nth_weekday::CUE_WORDS.iter().copied())
            .chain(holiday::name_words()),
    )
});

/// The bits of [`DATE_WORDS`] each need looks for.
struct NeedMasks {
    /// Each gated layout's `words`, in the order of [`LAYOUTS`].
    layouts: Vec<Bits>,
    day: Bits,
    year: Bits,
    url: Bits,
}

static NEED_MASKS: LazyLock<NeedMasks> = LazyLock::new(|| {
    let words = &*DATE_WORDS;
    NeedMasks {
        layouts: LAYOUTS.needs.iter().map(|n| words.mask(n.words)).collect(),
        day: words.mask(DAY_WORD_PARTS),
        year: words.mask(&["year"]),
        url: words.mask(&["http", "www."]),
    }
});

/// The month names of `knowledge/months.toml` that are ASCII, packed, sorted;
/// the longest name in bytes; the first bytes a name may be written with
/// (an ASCII letter in either case, or any byte outside ASCII).
struct Names {
    ascii: Vec<u128>,
    longest: usize,
    first: [bool; 256],
    /// By the first two letters of an ASCII name ([`pair_index`]), the
    /// lengths such names have, one bit each.
    pairs: [u64; 32 * 32],
}

static NAMES: LazyLock<Names> = LazyLock::new(|| {
    let mut ascii: Vec<u128> =
        CALENDAR.words.keys().filter(|n| n.is_ascii()).filter_map(|n| pack(n.as_bytes())).collect();
    ascii.sort_unstable();
    let mut first = [false; 256];
    for name in CALENDAR.words.keys() {
        let b = name.as_bytes()[0];
        first[usize::from(b.to_ascii_lowercase())] = true;
        first[usize::from(b.to_ascii_uppercase())] = true;
    }
    first[0x80..].fill(true);
    let mut pairs = [0u64; 32 * 32];
    for name in CALENDAR.words.keys().filter(|n| n.is_ascii()) {
        if let [a, b, ..] = name.as_bytes() {
            pairs[pair_index(*a, *b)] |= 1u64.checked_shl(name.len() as u32).unwrap_or(0);
        }
    }
    Names { ascii, longest: CALENDAR.words.keys().map(String::len).max().unwrap_or(0), first, pairs }
});

/// Up to 16 ASCII bytes in lower case as one number.
fn pack(bytes: &[u8]) -> Option<u128> {
    (bytes.len() <= 16).then(|| bytes.iter().fold(0u128, |acc, b| (acc << 8) | u128::from(b.to_ascii_lowercase())))
}

/// What a byte is to [`Clues`], one bit each.
const DIGIT: u8 = 1;
const LOWER: u8 = 2;
const UPPER: u8 = 4;
const DASH: u8 = 8;
const SLASH: u8 = 16;
const CAPITAL_H: u8 = 32;
const CAPITAL_Q: u8 = 64;
/// Part of a character outside ASCII.
const WIDE: u8 = 128;

static BYTE_CLASS: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = match b as u8 {
            b'0'..=b'9' => DIGIT,
            b'a'..=b'z' => LOWER,
            b'H' => UPPER | CAPITAL_H,
            b'Q' => UPPER | CAPITAL_Q,
            b'A'..=b'Z' => UPPER,
            b'-' => DASH,
            b'/' => SLASH,
            0x80..=0xff => WIDE,
            _ => 0,
        };
        b += 1;
    }
    table
};

/// Where a month name `month_word` could accept starts, and in how many
/// runs of letters: the whole run, or its tail from a capital after a
/// lower-case letter. A text all in ASCII (`wide` false) is read byte by
/// byte, without decoding characters.
fn month_words(text: &str, wide: bool) -> (Vec<usize>, usize) {
    let mut months = MonthRuns { names: &NAMES, found: Vec::new(), runs: 0 };
    if wide {
        let (mut start, mut glued, mut wide_run, mut prev) = (0, false, false, Letter::None);
        for (i, c) in text.char_indices() {
            let letter = Letter::of(c);
            if letter != Letter::None {
                match prev {
                    Letter::None => (start, glued, wide_run) = (i, false, false),
                    Letter::Lower if letter == Letter::Upper => glued = true,
                    _ => {}
                }
                wide_run |= !c.is_ascii();
            } else if prev != Letter::None {
                months.run(text, start..i, glued, wide_run);
            }
            prev = letter;
        }
        if prev != Letter::None {
            months.run(text, start..text.len(), glued, wide_run);
        }
    } else {
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            if BYTE_CLASS[usize::from(bytes[i])] & (LOWER | UPPER) == 0 {
                i += 1;
                continue;
            }
            let start = i;
            i += 1;
            // The classes of the letters after the first: a capital among
            // them may start a glued name.
            let mut tail = 0;
            while let Some(&b) = bytes.get(i) {
                let class = BYTE_CLASS[usize::from(b)];
                if class & (LOWER | UPPER) == 0 {
                    break;
                }
                tail |= class;
                i += 1;
            }
            let run = &bytes[start..i];
            let glued =
                tail & UPPER != 0 && run.windows(2).any(|w| w[0].is_ascii_lowercase() && w[1].is_ascii_uppercase());
            if glued || may_be_month(months.names, run) {
                months.run(text, start..i, glued, false);
            }
        }
    }
    (months.found, months.runs)
}

/// The month names found in a text's runs of letters.
struct MonthRuns<'n> {
    names: &'n Names,
    found: Vec<usize>,
    runs: usize,
}

impl MonthRuns<'_> {
    /// The run of letters `run`; `glued` when it holds a capital after a
    /// lower-case letter, `wide` when it holds a letter outside ASCII.
    fn run(&mut self, text: &str, run: std::ops::Range<usize>, glued: bool, wide: bool) {
        let before = self.found.len();
        let word = &text[run.clone()];
        let whole = if wide { is_month(self.names, word) } else { is_ascii_month(self.names, word.as_bytes()) };
        if whole {
            self.found.push(run.start);
        }
        if glued {
            let mut prev = Letter::None;
            for (i, c) in word.char_indices() {
                let letter = Letter::of(c);
                if prev == Letter::Lower && letter == Letter::Upper && is_month(self.names, &word[i..]) {
                    self.found.push(run.start + i);
                }
                prev = letter;
            }
        }
        if self.found.len() > before {
            self.runs += 1;
        }
    }
}

/// What a character is to a run of letters.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Letter {
    None,
    Lower,
    Upper,
    /// A letter of neither case.
    Uncased,
}

impl Letter {
    fn of(c: char) -> Letter {
        match c {
            'a'..='z' => Letter::Lower,
            'A'..='Z' => Letter::Upper,
            c if c.is_ascii() || !c.is_alphabetic() => Letter::None,
            c if c.is_lowercase() => Letter::Lower,
            c if c.is_uppercase() => Letter::Upper,
            _ => Letter::Uncased,
        }
    }
}

/// [`is_month`] of a run of ASCII letters: most runs are refused by their
/// first two letters and length before any lookup.
fn is_ascii_month(names: &Names, word: &[u8]) -> bool {
    may_be_month(names, word)
        && word.len() <= names.longest
        && pack(word).is_some_and(|key| names.ascii.binary_search(&key).is_ok())
}

/// Whether an ASCII name of `word`'s first two letters and length exists.
fn may_be_month(names: &Names, word: &[u8]) -> bool {
    match word {
        [a, b, ..] => word.len() < 64 && names.pairs[pair_index(*a, *b)] & 1 << word.len() != 0,
        _ => true,
    }
}

/// Where two ASCII letters, in either case, stand in `Names::pairs`.
fn pair_index(a: u8, b: u8) -> usize {
    usize::from(a & 31) * 32 + usize::from(b & 31)
}

/// Whether `word` in lower case is a month name (the lookup of `Calendar::word`).
fn is_month(names: &Names, word: &str) -> bool {
    if !names.first[usize::from(word.as_bytes()[0])] {
        return false;
    }
    if word.is_ascii() {
        return word.len() <= names.longest
            && pack(word.as_bytes()).is_some_and(|key| names.ascii.binary_search(&key).is_ok());
    }
    // Lower case may shorten a character (the Kelvin sign is three bytes, 'k' one).
    word.len() <= names.longest * 4 && CALENDAR.word(word).is_some()
}

#[cfg(test)]
mod tests {
    use super::super::read_dates;
    use super::Clues;
    use chrono::NaiveDate;

    /// Sentences of every layout, and of words that look like them.
    const TEXTS: &[&str] = &[
        "The summit on 12 May 2025 drew 32 leaders, up 5% from 2024; it may rain in March.",
        "April 30 – May 2, 2025, then 30 April–2 May 2025 and April 3-4, 2025, or 3 to 4 April.",
        "On Friday (4 April 2025), the fourth of July, January first 2000, June the 28th, Dec31, 1994.",
        "05-Aug-2016, 2019-aug-1, 05/Aug/2016, 2019/aug/01, Sep-23-2020, Sep/23/2020, 2025-04-04T10:00, 9/11/2001.",
        "from March to May, between August and October, Jan-Feb 2017, November–January 2025, in June of 2025.",
        "mid-June 2025, early June, late 2025, the end of 2000, the late 1990s, the 2024-25 season, 2019 to 2025.",
        "the first half of 2025, H2 2025, 2025 H1, the second half of last year, Q1 2025, 2025 Q3, q1 2025.",
        "the first quarter of 2025, first-quarter 2025, the fourth quarter of the year before the war.",
        "KarakoçDecember 3, 2025; the market summary; Dismay 2025; mayor May; MARCH 2025; march 2025.",
        "le 4 avril 2025, 3–4 Nisan 2025, Temmuz’daki, FÉVRIER 2025, 1 février 2025, 4. April 2025.",
        "Chriſtmas 2018, Auguſt 3, 2025, the ſecond quarter of 2025, \u{212a}asım 2025, Christmas Day, last Easter.",
        "In April 20 people died; By October, 12 of them quit; the august 19 institutions; on 14 nov.",
        "See https://example.com/2025/05/12 and www.example.org/may-2025 on Thursday, two days ago.",
        "Headquarters moved; a third of April's rainfall; two thirds of May; since 2019; the 1990s; 2000 soldiers.",
        "Batch 20240229, filed 2021 03 09; due November-2031-04 or 2031/04/Nov; born 9 March of 71; 12-Nov-14.",
        "on the first Tuesday of November, the last Monday in May 2030; on January twenty five nineteen eighty six.",
        "New Year’s Eve, May Day, Xmas, Hallowe'en, St. Patrick's Day, black friday 2010, a Christmas Island, ſt Patrick.",
        "Day of the Dead; a day in the life; thirteen hundred; Monday in; 2025 thousand; Kelvin \u{212a}-20240229.",
    ];

    #[test]
    fn skipping_layouts_changes_no_reading() {
        let anchor = NaiveDate::from_ymd_opt(2025, 6, 20);
        let examples = [
            include_str!("../../../examples/nato-2025/brief.txt"),
            include_str!("../../../examples/nato-2025/overview.md"),
            include_str!("../../../examples/nato-2025/roundup.txt"),
            include_str!("../../../examples/nato-2025/wire.txt"),
        ];
        let lines = TEXTS.iter().copied().chain(examples.iter().flat_map(|e| e.lines()));
        for text in lines {
            for anchor in [None, anchor] {
                let gated = read_dates(text, anchor, Some(Clues::new(text)));
                assert_eq!(gated, read_dates(text, anchor, None), "{text}");
            }
        }
    }

    #[test]
    fn month_names_where_month_word_may_read_them() {
        let starts = |t: &str| Clues::new(t).month_starts;
        assert_eq!(starts("in May, mayor"), [3]);
        assert_eq!(starts("KarakoçDecember 3"), ["Karakoç".len()]);
        assert_eq!(starts("KarakocDecember 3, ſept 3"), ["Karakoc".len()]);
        assert!(starts("the market summary, Dismay").is_empty());
        assert_eq!(Clues::new("April and May").month_runs, 2);
    }
}
