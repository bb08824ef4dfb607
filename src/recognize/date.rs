//! Dates, ranges, months, years, quarters and weekdays.
//!
//! News copy dates its events in many shapes: "April 3-4, 2025",
//! "Friday (4 April 2025)", "in June 2025", "the first quarter of 2025",
//! "mid-2025", "on Thursday", "3–4 Nisan 2025". Claims about *when* can only
//! be compared once these are one normalized [`Value`], so this module owns
//! every written form of a calendar time and turns it into a `Date`,
//! `DateRange`, `Month`, `Year`, `Quarter` or `Weekday`, with the byte span it
//! was read from.
//!
//! It also owns the judgment of what is *not* a date, which is most of the
//! work: "it may rain", "a march", "2025 soldiers", "$2025", "12,2025", a
//! footnote marker glued to a word ("of GDP1"), a URL path. When in doubt it
//! returns nothing: a missed date costs one claim, a wrong date invents a
//! contradiction.
//!
//! Numeric dates are read in two shapes only: ISO "2025-04-04" (padding
//! optional) and slashed with a four-digit year, "9/11/2001". A slashed date
//! is month first, the US order and the peer recognizer's, unless only day
//! first makes a date ("23/09/2020"); a British "1/2/2016" (1 February) is
//! misread as 2 January, the price of reading the common US form. Without a
//! year ("1/2", "24/7") a slashed figure is never a date.
//!
//! Month names of every language come from `knowledge/months.toml`, together
//! with the rules for names that are also ordinary words.
//!
//! Phrases named from the publication date ("yesterday", "last Thursday",
//! "next week", "two days ago") are read by `relative_date.rs` and chosen
//! among the readings here; their matches say so ([`DateMatch::relative`]).
//! "Last year" is read only inside a quarter or half ("the fourth quarter of
//! last year").

pub(super) mod gate;

use gate::Layout;
pub(super) use gate::Pattern;

use super::{holiday, nth_weekday, numeric_date, relative_date, spelled_date};
use crate::span::Span;
use crate::value::{last_day_of_month, weekday_name, Value};
use chrono::{Datelike, Duration, NaiveDate, Weekday};
use regex::{Captures, Match, Regex};
use serde::Deserialize;
use std::cmp::Reverse;
use std::collections::{BTreeMap, HashMap};
use std::ops::RangeInclusive;
use std::sync::LazyLock;

#[derive(Clone, Debug, PartialEq)]
pub struct DateMatch {
    /// Byte offsets into the text passed to [`find_dates`], half-open.
    pub span: Span,
    /// One of Date, DateRange, Month, Year, Quarter, Weekday.
    pub value: Value,
    /// A weekday written with the date: "Friday (4 April 2025)", "Friday, April 4, 2025".
    pub stated_weekday: Option<Weekday>,
    /// How the day was reached when it is not written out; `None` for a
    /// date as written (a yearless "4 April" included, whose year the
    /// publication date gives).
    pub relative: Option<Relative>,
}

/// How a relative date was resolved, so that a reader can weigh it: a
/// count in round units or a day counted from the story's own time is
/// weaker evidence than a named day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Relative {
    /// Named from the publication date: "yesterday", "last Thursday", "next
    /// week", "last month".
    Named,
    /// Counted in days, weeks, months or years from the publication date or
    /// from a written day: "two weeks ago", "in three months", "2 weeks
    /// before May 13 1999". The day is the count's; a writer's round count
    /// may stand for a day near it.
    Counted,
    /// Counted from a time the story set before ("a day earlier", "the next
    /// day", "three weeks later"), read against the publication date because
    /// the text holds no other date.
    Story,
}

impl DateMatch {
    /// Whether the day was resolved from the publication date or a count.
    pub fn is_relative(&self) -> bool {
        self.relative.is_some()
    }
}

/// Every calendar time written in `text`, in reading order, never overlapping.
///
/// `anchor` is the publication date when known. It gives a year to dates
/// written without one ("on 4 April"); without it such dates are dropped,
/// while a yearless month ("in July") is still returned as `Month { year: None }`.
pub fn find_dates(text: &str, anchor: Option<NaiveDate>) -> Vec<DateMatch> {
    read_dates(text, anchor, Some(gate::Clues::new(text)))
}

/// [`find_dates`], running only the layouts `clues` allow (all without).
fn read_dates(text: &str, anchor: Option<NaiveDate>, clues: Option<gate::Clues>) -> Vec<DateMatch> {
    let p = &*PATTERNS;
    let urls = match &clues {
        Some(c) if !c.url() => Vec::new(),
        _ => p.url.find_iter(text).map(|m| span_of(&m)).collect(),
    };
    let scan = Scanner { text, anchor, urls, clues };
    let mut candidates = Vec::new();
    for re in &p.day_dates {
        scan.collect(re, &mut candidates, |c| scan.day_date(c));
    }
    scan.collect(&p.iso, &mut candidates, |c| scan.iso(c));
    scan.collect(&p.month_range, &mut candidates, |c| scan.month_range(c));
    scan.collect(&p.month_range_open, &mut candidates, |c| scan.month_range_open(c));
    scan.collect(&p.year_part_of, &mut candidates, |c| scan.year_part(c));
    scan.collect(&p.decade, &mut candidates, |c| scan.decade(c));
    scan.collect(&p.half_short_reversed, &mut candidates, |c| scan.half(c));
    scan.collect(&p.month_year, &mut candidates, |c| scan.month_year(c));
    scan.collect(&p.month_part, &mut candidates, |c| scan.month_part(c));
    scan.collect(&p.year_part, &mut candidates, |c| scan.year_part(c));
    scan.collect(&p.half, &mut candidates, |c| scan.half(c));
    scan.collect(&p.half_short, &mut candidates, |c| scan.half(c));
    scan.collect(&p.quarter, &mut candidates, |c| scan.quarter(c));
    scan.collect(&p.quarter_short, &mut candidates, |c| scan.quarter(c));
    scan.collect(&p.quarter_short_reversed, &mut candidates, |c| scan.quarter(c));
    scan.collect(&p.bare_month, &mut candidates, |c| scan.bare_month(c));
    scan.collect(&p.weekday, &mut candidates, |c| scan.weekday(c));
    scan.collect(&p.year, &mut candidates, |c| scan.year(c));
    scan.collect(&p.slashed, &mut candidates, |c| scan.slashed(c));
    holiday::collect(&scan, &mut candidates);
    spelled_date::collect(&scan, &mut candidates);
    numeric_date::collect(&scan, &mut candidates);
    nth_weekday::collect(&scan, &mut candidates);
    relative_date::collect(&scan, &mut candidates);
    let found = merge_written_ranges(text, choose(candidates));
    relative_date::keep_story_alone(relative_date::counted_from(text, anchor, found))
}

// ---------------------------------------------------------------------------
// Month names (knowledge/months.toml)
// ---------------------------------------------------------------------------

/// The layout of `knowledge/months.toml`.
#[derive(Deserialize)]
struct MonthsFile {
    month_cues: Vec<String>,
    cue_or_number: Vec<String>,
    number_only: Vec<String>,
    capitalized_needs_number: Vec<String>,
    lowercase_only: Vec<String>,
    #[serde(default)]
    always_capitalized: Vec<String>,
    language: Vec<LanguageEntry>,
}

#[derive(Deserialize)]
struct LanguageEntry {
    name: String,
    casing: Casing,
    #[serde(default)]
    apostrophe_suffix: bool,
    #[serde(default)]
    lowercase_next_to_number: bool,
    months: Vec<Vec<String>>,
    #[serde(default)]
    abbreviations: Vec<Vec<String>>,
}

/// Which written forms of a name count as a month.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
enum Casing {
    /// "July" or "JULY", never "july": English and German capitalize months.
    Capitalized,
    /// French and Spanish write months in lower case; such a lower-case
    /// name counts only next to a day or a year ("le 4 avril 2025").
    Any,
}

/// What must stand next to a name before it is read as a month.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Needs {
    Nothing,
    /// "May", "March": a day, a year, or a cue word before ("in May").
    CueOrNumber,
    /// Abbreviations and names that are also words: a day or a year.
    Number,
}

/// One spelling of a month, with the rules for reading it.
#[derive(Clone, Copy, Debug)]
struct MonthWord {
    month: u32,
    casing: Casing,
    lowercase_only: bool,
    needs: Needs,
    /// "Avril", "Julio" are names; "avril", "julio" are months.
    capital_needs_number: bool,
    abbreviation: bool,
    apostrophe_suffix: bool,
    /// "april 9th": a capitalized language's name in lower case next to a number.
    lowercase_next_to_number: bool,
}

/// All month spellings of all languages, keyed by their lower-case form.
struct Calendar {
    words: HashMap<String, MonthWord>,
    cues: Vec<String>,
    /// The spellings as a regex alternation that prefers the longest
    /// (see [`name_alternation`]).
    alternation: String,
}

static CALENDAR: LazyLock<Calendar> = LazyLock::new(|| {
    Calendar::parse(include_str!("../knowledge/months.toml")).unwrap_or_else(|e| panic!("knowledge/months.toml: {e}"))
});

impl Calendar {
    fn parse(source: &str) -> Result<Calendar, String> {
        let file: MonthsFile = toml::from_str(source).map_err(|e| e.to_string())?;
        let mut words: HashMap<String, MonthWord> = HashMap::new();
        for lang in &file.language {
            if lang.months.len() != 12 {
                return Err(format!("{}: {} months listed, expected 12", lang.name, lang.months.len()));
            }
            if !lang.abbreviations.is_empty() && lang.abbreviations.len() != 12 {
                return Err(format!("{}: {} abbreviation lists, expected 12", lang.name, lang.abbreviations.len()));
            }
            let lists = lang
                .months
                .iter()
                .map(|l| (l, false))
                .zip(1..)
                .chain(lang.abbreviations.iter().map(|l| (l, true)).zip(1..));
            for ((names, abbreviation), month) in lists {
                for name in names {
                    let word = MonthWord {
                        month,
                        casing: lang.casing,
                        lowercase_only: false,
                        needs: Needs::Nothing,
                        capital_needs_number: false,
                        abbreviation,
                        apostrophe_suffix: lang.apostrophe_suffix,
                        lowercase_next_to_number: lang.lowercase_next_to_number,
                    };
                    add_word(&mut words, name, word)?;
                }
            }
        }
        for word in words.values_mut() {
            if word.abbreviation {
                word.needs = Needs::Number;
            }
        }
        mark(&mut words, &file.cue_or_number, |w| w.needs = Needs::CueOrNumber)?;
        mark(&mut words, &file.number_only, |w| w.needs = Needs::Number)?;
        mark(&mut words, &file.capitalized_needs_number, |w| w.capital_needs_number = true)?;
        mark(&mut words, &file.lowercase_only, |w| w.lowercase_only = true)?;
        mark(&mut words, &file.always_capitalized, |w| w.lowercase_next_to_number = false)?;
        let alternation = name_alternation(words.keys().map(String::as_str));
        Ok(Calendar { words, cues: file.month_cues, alternation })
    }

    /// The month a matched name stands for, by its lower-case form.
    fn word(&self, written: &str) -> Option<MonthWord> {
        self.words.get(&written.to_lowercase()).copied()
    }
}

/// The names as a regex alternation that reads the longest name a text
/// holds, written as a tree of shared beginnings: "sep(?:t(?:ember|iembre|)|)"
/// rather than "september|septiembre|sept|sep". The engines that resolve
/// capture groups try the branches of an alternation one by one, and the
/// layouts try the names at every place a date may start: a tree leaves a
/// dozen first letters to try there instead of every name.
///
/// It reads what the flat list with the longest name first would read:
/// where a name stops, its longer continuations come first. That holds as
/// long as no two branches of one fork begin with letters a
/// case-insensitive pattern takes for one another (checked by a test).
fn name_alternation<'a>(names: impl Iterator<Item = &'a str>) -> String {
    let mut root = NameTree::default();
    for name in names {
        root.insert(name.chars());
    }
    root.pattern()
}

/// The names that begin with one stretch of letters, by their next letter;
/// `ends` when a name ends there.
#[derive(Default)]
struct NameTree {
    ends: bool,
    next: BTreeMap<char, NameTree>,
}

impl NameTree {
    fn insert(&mut self, mut rest: std::str::Chars<'_>) {
        match rest.next() {
            None => self.ends = true,
            Some(c) => self.next.entry(c).or_default().insert(rest),
        }
    }

    /// The regex for the rest of the names from here, longer first.
    fn pattern(&self) -> String {
        let branches: Vec<String> =
            self.next.iter().map(|(c, tree)| regex::escape(&c.to_string()) + &tree.pattern()).collect();
        match (branches.as_slice(), self.ends) {
            ([], _) => String::new(),
            ([only], false) => only.clone(),
            (_, ends) => format!("(?:{}{})", branches.join("|"), if ends { "|" } else { "" }),
        }
    }
}

/// Adds one spelling; a spelling shared by languages must name the same month.
fn add_word(words: &mut HashMap<String, MonthWord>, name: &str, word: MonthWord) -> Result<(), String> {
    if name != name.to_lowercase() || name.trim().is_empty() {
        return Err(format!("month name {name:?} must be written in lower case"));
    }
    match words.get_mut(name) {
        None => {
            words.insert(name.to_string(), word);
        }
        Some(old) if old.month != word.month => {
            return Err(format!("{name:?} is listed as month {} and month {}", old.month, word.month));
        }
        Some(old) => {
            if word.casing == Casing::Any {
                old.casing = Casing::Any;
            }
            old.apostrophe_suffix |= word.apostrophe_suffix;
            old.lowercase_next_to_number |= word.lowercase_next_to_number;
            old.abbreviation &= word.abbreviation;
        }
    }
    Ok(())
}

fn mark(words: &mut HashMap<String, MonthWord>, names: &[String], f: impl Fn(&mut MonthWord)) -> Result<(), String> {
    for name in names {
        f(words.get_mut(name).ok_or_else(|| format!("{name:?} is not a month name of any language"))?);
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// Patterns
// ---------------------------------------------------------------------------

/// Day-month layouts: one regex each, so that a layout that does not fit at a
/// position leaves the others free to try.
const DAY_LAYOUTS: [&str; 13] = [
    // April 30 – May 2, 2025
    r"{M1}\s+{D1}{CONN}{M2}\s+{D2}{YEAR}",
    // 30 April–2 May 2025
    r"{D1}(?P<dot>\.)?\s+{OF}{M1}{CONN}{D2}\s+{OF}{M2}{YEAR}",
    // April 3-4, 2025 / April 3 and 4, 2025
    r"{M1}\s+{D1M}{CONN}{D2M}{YEAR}",
    // 3–4 April 2025 / 3 to 4 April 2025 / ninth through seventeenth of April
    r"{D1}{CONN}{D2}(?P<dot>\.)?\s+{OF}{M1}{YEAR}",
    // April 3, 2025 / April 4th 2025 / March 31 / October, 1st / January first 2000
    r"{M1}(?P<comma>,)?\s+{D1M}{YEAR}",
    // 3 April 2025 / 4th of April 2025 / 4. April 2025 / on 4 April / fourth of July / 23rd day of May
    r"{D1}(?P<dot>\.)?(?:\s+day)?\s+{OF}{M1}{YEAR}",
    // 05-Aug-2016
    r"(?P<d1>[0-3]?[0-9])-{M1}-(?P<y>[0-9]{4})\b",
    // 2019-aug-1
    r"(?P<y>[0-9]{4})-{M1}-(?P<d1>[0-3]?[0-9])\b",
    // 05/Aug/2016
    r"(?P<d1>[0-3]?[0-9])/{M1}/(?P<y>[0-9]{4})\b",
    // 2019/aug/01
    r"(?P<y>[0-9]{4})/{M1}/(?P<d1>[0-3]?[0-9])\b",
    // Sep-23-2020
    r"{M1}-(?P<d1>[0-3]?[0-9])-(?P<y>[0-9]{4})\b",
    // Sep/23/2020
    r"{M1}/(?P<d1>[0-3]?[0-9])/(?P<y>[0-9]{4})\b",
    // Dec31, 1994: a day glued to the month, only with a year
    r"{M1}(?P<d1>[0-3]?[0-9])(?P<s1>st|nd|rd|th)?(?:\s*,\s*|\s+)(?:of\s+)?(?P<y>[0-9]{4})\b",
];

/// Ordinal words for the days of a month: "fourth of July", "January first".
pub(super) const DAY_WORDS: &str =
    "(?:twenty|thirty)[-\\s](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\
    |first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth\
    |fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth";

/// A dash of any kind between two parts of a range.
const DASH: &str = r"\s*[-‐‑–—−]\s*";

/// A year phrase after "quarter of", "half of", "early": digits, or a year
/// relative to the publication date.
const YEAR_PHRASE: &str = r"(?P<y>[0-9]{4}\b|last\s+year|this\s+year|next\s+year|the\s+current\s+year|the\s+year\b)";

/// Words after "the year" that make it another year than the publication's:
/// "the first half of the year before the war".
const OTHER_YEAR_AFTER: &str = "after before following prior when that which in of since";

struct Patterns {
    day_dates: Vec<Layout>,
    iso: Layout,
    /// "1/1/2016", "2016/1/1": numbers and slashes, with a four-digit year.
    slashed: Layout,
    /// A slashed date and a dash right before or after another.
    slashed_before: Layout,
    slashed_after: Layout,
    month_range: Layout,
    /// "from March to May": months with no year, resolved with the anchor.
    month_range_open: Layout,
    month_year: Layout,
    month_part: Layout,
    year_part: Layout,
    /// "the end of 2000", "the middle of 2007".
    year_part_of: Layout,
    /// "the 1990s", "the late 1990s".
    decade: Layout,
    half: Layout,
    half_short: Layout,
    half_short_reversed: Layout,
    quarter: Layout,
    quarter_short: Layout,
    quarter_short_reversed: Layout,
    bare_month: Layout,
    weekday: Layout,
    /// A weekday written right before a date: "Friday, " "Thu " "Friday (".
    weekday_before: Layout,
    year: Layout,
    url: Layout,
}

static PATTERNS: LazyLock<Patterns> = LazyLock::new(Patterns::compile);

/// Compiles a template, filling in the shared pieces; the templates are
/// constants, so a failure is a programming error caught by every test.
pub(super) fn build(template: &str) -> Regex {
    let alt = &CALENDAR.alternation;
    let src = template
        .replace("{M1}", &format!(r"(?P<m1>{alt})\.?"))
        .replace("{M2}", &format!(r"(?P<m2>{alt})\.?"))
        .replace("{MONTH}", &format!(r"(?P<m1>{alt})"))
        // A month name alone, without a group: see `Patterns::bare_month`.
        .replace("{NAME}", &format!(r"(?:{alt})"))
        // After a month, "the" may stand before an ordinal day: "June the 28th", "April the ninth".
        .replace(
            "{D1M}",
            &format!(r"(?:(?P<d1>[0-3]?[0-9])(?P<s1>st|nd|rd|th)?\b|(?:the\s+)?(?P<w1>{DAY_WORDS})\b|the\s+(?P<t1>[0-3]?[0-9])(?:st|nd|rd|th)\b)"),
        )
        .replace(
            "{D2M}",
            &format!(r"(?:(?P<d2>[0-3]?[0-9])(?P<s2>st|nd|rd|th)?\b|(?:the\s+)?(?P<w2>{DAY_WORDS})\b|the\s+(?P<t2>[0-3]?[0-9])(?:st|nd|rd|th)\b)"),
        )
        .replace(
            "{D1}",
            &format!(r"(?:(?P<d1>[0-3]?[0-9])(?P<s1>st|nd|rd|th)?\b|(?P<w1>{DAY_WORDS})\b)"),
        )
        .replace(
            "{D2}",
            &format!(r"(?:(?P<d2>[0-3]?[0-9])(?P<s2>st|nd|rd|th)?\b|(?:the\s+)?(?P<w2>{DAY_WORDS})\b)"),
        )
        .replace(
            "{CONN}",
            &format!(r"(?P<conn>{DASH}|\s+(?:to|through|thru|until|till|and)\s+)"),
        )
        .replace(
            "{RANGE}",
            &format!(r"(?P<conn>{DASH}|\s*/\s*|\s+(?:to|through|thru|until|till)\s+)"),
        )
        .replace("{OF}", r"(?:(?:of|de)\s+)?")
        .replace("{YEAR}", r"(?:(?:\s*,\s*|\s+)(?:(?:of|de|in)\s+)?(?P<y>[0-9]{4})\b)?")
        .replace("{YEAR_PHRASE}", YEAR_PHRASE);
    pattern(&format!("(?i){src}"))
}

/// Compiles a recognizer's pattern. ASCII word boundaries keep the fast DFA
/// engines usable on text with curly quotes and dashes (a Unicode `\b`
/// would force the slow ones on every search); Unicode neighbours are
/// checked in code, see `digit_right_ok`. The patterns are constants, so a
/// failure is a programming error caught by every test.
pub(super) fn pattern(src: &str) -> Regex {
    let src = src.replace(r"\b", r"(?-u:\b)");
    Regex::new(&src).unwrap_or_else(|e| panic!("recognizer pattern {src:?}: {e}"))
}

impl Patterns {
    fn compile() -> Patterns {
        Patterns {
            day_dates: DAY_LAYOUTS.iter().map(|t| Layout::new(t)).collect(),
            iso: Layout::new(r"(?P<y>[0-9]{4})-(?P<m>[0-9]{1,2})-(?P<d>[0-9]{1,2})"),
            slashed: Layout::new(r"(?P<a>[0-9]{1,4})/(?P<b>[0-9]{1,2})/(?P<c>[0-9]{1,4})"),
            slashed_before: Layout::new(r"(?:^|[^0-9/])[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}[-–]$"),
            slashed_after: Layout::new(r"^[-–][0-9]{1,2}/[0-9]{1,2}/[0-9]{4}(?:[^0-9/]|$)"),
            month_range: Layout::new(r"{M1}{RANGE}{M2},?\s+(?:(?:of|in)\s+)?(?P<y>[0-9]{4})\b"),
            month_range_open: Layout::new(
                r"(?P<pre>from|between)\s+{M1}(?:\s+(?:to|through|thru|until|till|and)\s+|\s*[-‐‑–—−]\s*){M2}",
            ),
            month_year: Layout::new(r"{MONTH}(?:\.?,?\s+(?:(?P<of>of|de|in)\s+)?|-)(?P<y>[0-9]{4})\b"),
            month_part: Layout::new(
                r"(?P<part>early|mid|late)(?:\s*-\s*|\s+){MONTH}(?:,?\s+(?:of\s+)?(?P<y>[0-9]{4})\b)?",
            ),
            year_part: Layout::new(r"(?P<part>early|mid|late)(?:\s*-\s*|\s+){YEAR_PHRASE}"),
            year_part_of: Layout::new(
                r"(?P<part>beginning|start|middle|end)\s+of\s+(?:the\s+year\s+)?(?P<y>[0-9]{4}\b)",
            ),
            decade: Layout::new(r"(?:(?P<part>early|mid|late)(?:\s*-\s*|\s+))?(?P<y>1[0-9]{2}0|20[0-9]0)(?:'|’| )?s\b"),
            half: Layout::new(
                r"(?:the\s+)?(?P<h>first|second|1st|2nd|latter)(?:\s*-\s*|\s+)half(?:\s+of|,)?\s+{YEAR_PHRASE}",
            ),
            half_short: Layout::new(r"(?-i:H)(?P<h>[12])(?:\s+of\s+|\s*[-/]\s*|\s+)(?P<y>[0-9]{4})\b"),
            half_short_reversed: Layout::new(r"(?P<y>[0-9]{4})(?:\s*[-/]\s*|\s+)(?-i:H)(?P<h>[12])\b"),
            quarter: Layout::new(
                r"(?:the\s+)?(?P<q>first|second|third|fourth|final|last|1st|2nd|3rd|4th)(?:\s*-\s*|\s+)quarter(?:\s+of|,)?\s+{YEAR_PHRASE}",
            ),
            quarter_short: Layout::new(r"(?-i:Q)(?P<q>[1-4])(?:\s+of\s+|\s*[-/]\s*|\s+)(?P<y>[0-9]{4})\b"),
            quarter_short_reversed: Layout::new(r"(?P<y>[0-9]{4})(?:\s*[-/]\s*|\s+)(?-i:Q)(?P<q>[1-4])\b"),
            // The name is the whole match, and a pattern without capture
            // groups is found by the fast engines alone.
            bare_month: Layout::new(r"{NAME}"),
            // No capture group: the name is the whole match, and a pattern
            // without groups is found by the fast engines alone.
            weekday: Layout::new(r"monday|tuesday|wednesday|thursday|friday|saturday|sunday"),
            weekday_before: Layout::new(
                r"(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|weds|wed|thurs|thur|thu|fri|sat|sun)(?P<dot>\.)?(?:[\s&&[^\r\n]]*,[\s&&[^\r\n]]*|[\s&&[^\r\n]]+|[\s&&[^\r\n]]*\([\s&&[^\r\n]]*)$",
            ),
            year: Layout::new(
                r"(?P<y1>[0-9]{4})(?:(?P<conn>\s*[-‐‑–—−/]\s*|\s+(?:to|and|through|until|till)\s+)(?P<y2>[0-9]{4}|[0-9]{2}))?\b",
            ),
            url: Layout::new(r"(?:https?://|www\.)\S+"),
        }
    }
}

// ---------------------------------------------------------------------------
// Word lists for the context rules
// ---------------------------------------------------------------------------

/// Years a standalone four-digit number may be read as.
const STANDALONE_YEARS: RangeInclusive<i32> = 1900..=2099;
/// Years accepted next to a month or day, where the form itself says "date".
const CALENDAR_YEARS: RangeInclusive<i32> = 1000..=2999;

/// A word before a bare four-digit number that makes it a year: "in 2025",
/// "as of 2024", "scheduled for 2025", "the 2025 budget".
const YEAR_CUES: &str = "\
    in of since by until till from for during before after early mid late through throughout between \
    year fiscal calendar spring summer autumn fall winter the its their his her our pre post end circa";

/// Prefixes joined to a year by a hyphen: "pre-2020 levels", "end-2025".
const YEAR_HYPHEN_PREFIXES: &str = "pre post mid end early late";

/// A word before a four-digit number that makes it a count or a label:
/// "about 2000", "more than 2000", "Resolution 2025", "USD 2025".
const NOT_YEAR_BEFORE: &str = "\
    about around approximately nearly almost some over than roughly only just least most number no nos \
    page pages flight route room article section chapter paragraph resolution item model version code \
    usd eur gbp chf jpy rub uah cny";

/// Units and counted nouns after a number: "2025 euros", "April 2 million".
const UNIT_WORDS: &str = "\
    euro euros dollar dollars pound pounds lira liras yen yuan rouble roubles ruble rubles franc francs \
    usd eur gbp million billion trillion thousand hundred bn mn percent per pc km kilometres kilometers \
    miles metres meters kg tonnes tons people soldiers troops members units";

/// Lower-case words after a bare year that leave it a year: "in 2025 alone",
/// "2025 was", "2024 and".
const YEAR_FOLLOWERS: &str = "\
    alone and or to through until onwards onward when while was is has had will would saw marked marks \
    as compared versus vs because but after before in on at amid with levels budget budgets summit \
    election elections season report figures data census edition deadline target forecast estimate \
    estimates plan";

/// Words that may follow "in April 3": anything else reads "In April 20
/// people died" as a count after a month.
pub(super) const AFTER_YEARLESS_DAY: &str = "\
    the a an at and or to through until till when while with from by for after before as that which \
    during amid in on";

// ---------------------------------------------------------------------------
// Scanning
// ---------------------------------------------------------------------------

/// A match with no weekday written next to it.
fn plain(span: Span, value: Value) -> DateMatch {
    DateMatch { span, value, stated_weekday: None, relative: None }
}

/// One reading of a stretch of text. A candidate with no matches still claims
/// its span: "March 31" without a publication date is a date we cannot
/// resolve, and must not fall apart into a bare "March".
#[derive(Debug)]
pub(super) struct Candidate {
    pub(super) span: Span,
    pub(super) found: Vec<DateMatch>,
}

impl Candidate {
    pub(super) fn one(span: Span, value: Value) -> Candidate {
        Candidate { span, found: vec![plain(span, value)] }
    }

    fn blocked(span: Span) -> Candidate {
        Candidate { span, found: Vec::new() }
    }
}

/// Where a month name stands, which decides what it needs to be a month.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Ctx {
    /// Next to a day or a year: "May 3", "May 2025".
    Number,
    /// After "early", "mid", "late": "mid-May".
    Cue,
    /// Alone: "in July", "the July summit".
    Bare,
}

pub(super) struct Scanner<'t> {
    pub(super) text: &'t str,
    pub(super) anchor: Option<NaiveDate>,
    urls: Vec<Span>,
    /// What the text holds that the layouts need (see `gate.rs`).
    clues: Option<gate::Clues>,
}

impl<'t> Scanner<'t> {
    /// Which of `gate::DATE_WORDS` the text holds.
    pub(super) fn words(&self) -> super::word_bits::Bits {
        match &self.clues {
            Some(clues) => clues.words(),
            None => gate::DATE_WORDS.found_in(self.text),
        }
    }

    /// Whether the text may hold what `need` asks of its clues; always
    /// without clues, which run every pattern (see `gate.rs`).
    pub(super) fn may_hold(&self, need: impl FnOnce(&gate::Clues) -> bool) -> bool {
        self.clues.as_ref().is_none_or(need)
    }

    /// Runs `re` from every position where it matches, not only after the
    /// previous match: a rejected reading ("Dismay 2025") must not hide a
    /// shorter one inside it ("2025").
    pub(super) fn collect(
        &self,
        layout: &impl Pattern,
        out: &mut Vec<Candidate>,
        build: impl Fn(&Captures<'t>) -> Option<Candidate>,
    ) {
        if let Some(clues) = &self.clues {
            let Some(places) = clues.places(layout) else { return };
            let re = layout.regex();
            if let Some(starts) = places {
                // A reading of a layout that starts with the month name starts
                // where one does, and only there.
                let mut ahead: Option<Captures<'t>> = None;
                for &at in starts {
                    let caps = match ahead.take() {
                        // No match before the one found further on.
                        Some(caps) if caps.get(0).is_some_and(|m| m.start() > at) => {
                            ahead = Some(caps);
                            continue;
                        }
                        Some(caps) if caps.get(0).is_some_and(|m| m.start() == at) => caps,
                        _ => match re.captures_at(self.text, at) {
                            Some(caps) => caps,
                            None => break,
                        },
                    };
                    if caps.get(0).is_some_and(|m| m.start() == at) {
                        self.keep(build(&caps), out);
                    } else {
                        ahead = Some(caps);
                    }
                }
                return;
            }
        }
        let re = layout.regex();
        let mut pos = 0;
        while pos <= self.text.len() {
            let Some(caps) = re.captures_at(self.text, pos) else {
                break;
            };
            let Some(whole) = caps.get(0) else { break };
            self.keep(build(&caps), out);
            pos = whole.start() + self.text[whole.start()..].chars().next().map_or(1, char::len_utf8);
        }
    }

    /// A reading, unless it lies in a web address.
    fn keep(&self, candidate: Option<Candidate>, out: &mut Vec<Candidate>) {
        if let Some(c) = candidate {
            if !self.urls.iter().any(|u| u.overlaps(c.span)) {
                out.push(c);
            }
        }
    }

    /// The day-month layouts: single dates, day ranges, two dates joined by "and".
    fn day_date(&self, caps: &Captures<'t>) -> Option<Candidate> {
        let text = self.text;
        let whole = caps.get(0)?;
        let first = month_word(text, caps.name("m1")?, whole.end(), Ctx::Number)?;
        let second = match caps.name("m2") {
            Some(m) => month_word(text, m, whole.end(), Ctx::Number)?,
            None => first,
        };
        let year = match caps.name("y") {
            Some(y) => Some(year_in(y.as_str(), &CALENDAR_YEARS)?),
            None => None,
        };
        // "4. April" is German; in English "section 3. April was" is not a date.
        if caps.name("dot").is_some() && year.is_none() {
            return None;
        }
        let span = trimmed_span(text, &whole);
        if !edges_ok(text, span) {
            return None;
        }
        if year.is_none() && ends_with_digit(text, span) && !yearless_day_plausible(text, span) {
            return None;
        }
        // "$ 12 December 27": the 12 is a sum, not a day.
        if text[span.start..].starts_with(|c: char| c.is_ascii_digit())
            && text[..span.start].trim_end().ends_with(['$', '€', '£', '¥', '₹', '₽', '₩', '₺'])
        {
            return None;
        }
        // "October, 1st": a comma only before an ordinal day or with a year
        // ("By October, 12 of them" is a count).
        let ordinal_day = caps.name("s1").is_some() || caps.name("w1").is_some() || caps.name("t1").is_some();
        if caps.name("comma").is_some() && !ordinal_day && year.is_none() {
            return None;
        }
        if !day_words_ok(text, caps, first, year.is_some(), span) {
            return None;
        }
        // A lower-case English month with a bare yearless day must end the
        // phrase ("on 14 nov"): "the august 19 institutions" is an adjective.
        let lower_month =
            caps.name("m1").is_some_and(|m| !starts_upper(m.as_str())) && first.casing == Casing::Capitalized;
        if lower_month && year.is_none() && !ordinal_day && matches!(next_token(text, span.end), Next::Word { .. }) {
            return None;
        }
        let day1 = day_number(caps, ["d1", "t1"], "w1")?;
        let Some(conn) = caps.name("conn") else {
            let Some(date) = self.resolve_day(year, first.month, day1) else {
                return Some(Candidate::blocked(span));
            };
            return Some(self.single_date(span, date));
        };
        let day2 = day_number(caps, ["d2", "t2"], "w2")?;
        let Some((start, end)) = self.resolve_range(year, (first.month, day1), (second.month, day2)) else {
            return Some(Candidate::blocked(span));
        };
        // "between 3 and 7 April", "between the ninth and the seventeenth of April".
        let mut before = prev_word(text, span.start);
        if before.as_deref() == Some("the") {
            let the = text[..span.start].trim_end().len() - 3;
            before = prev_word(text, the);
        }
        let between = before.as_deref() == Some("between");
        if conn.as_str().trim().eq_ignore_ascii_case("and") && start.succ_opt() != Some(end) && !between {
            // "April 3 and 7, 2025" names two days, not the five between them;
            // "between 3 and 7 April" is a range.
            let a = Span::new(span.start, conn.start());
            let b = Span::new(conn.end(), span.end);
            let found = vec![plain(a, Value::Date { date: start }), plain(b, Value::Date { date: end })];
            return Some(Candidate { span, found });
        }
        Some(Candidate::one(span, Value::DateRange { start, end }))
    }

    /// A single date, taking in a weekday written just before it.
    pub(super) fn single_date(&self, span: Span, date: NaiveDate) -> Candidate {
        let (span, stated_weekday) = match weekday_before(self.text, span.start) {
            Some((at, day)) => {
                // "Friday (4 April 2025)": the closing parenthesis belongs to the date.
                let opened = self.text[at..span.start].contains('(');
                let closes = self.text[span.end..].starts_with(')');
                let end = if opened && closes { span.end + 1 } else { span.end };
                (Span::new(at, end), Some(day))
            }
            None => (span, None),
        };
        Candidate { span, found: vec![DateMatch { span, value: Value::Date { date }, stated_weekday, relative: None }] }
    }

    /// "2025-04-04", also at the start of "2025-04-04T10:00" and at the end
    /// of a file name or slug ("minutes-2025-04-04.pdf").
    fn iso(&self, caps: &Captures<'t>) -> Option<Candidate> {
        let text = self.text;
        let whole = caps.get(0)?;
        let span = span_of(&whole);
        let time_follows = text[span.end..].starts_with(['T', 't'])
            && text[span.end..].chars().nth(1).is_some_and(|c| c.is_ascii_digit());
        if !(numeric_date::in_name_after_word(text, span.start) || digit_left_ok(text, span.start))
            || !(time_follows || digit_right_ok(text, span.end))
        {
            return None;
        }
        let year = year_in(caps.name("y")?.as_str(), &CALENDAR_YEARS)?;
        let date = NaiveDate::from_ymd_opt(year, digits(caps.name("m")?)?, digits(caps.name("d")?)?)?;
        Some(self.single_date(span, date))
    }

    /// "9/11/2001", "2016/01/31", "23/09/2020", "03/18/40". A two-digit year
    /// is read only with the year last and a publication date to read it
    /// against ([`numeric_date::two_digit_year`]).
    /// With the year first the order is year, month, day everywhere; with
    /// the year last the order is the peer's and the US reading, month then
    /// day, unless only day then month makes a date ("23/09/2020"). A
    /// writer outside the US who means "1/2/2016" as 1 February is misread.
    fn slashed(&self, caps: &Captures<'t>) -> Option<Candidate> {
        let whole = caps.get(0)?;
        let span = span_of(&whole);
        // "10/1/2018-10/7/2018": a dash between two slashed dates joins them.
        let p = &*PATTERNS;
        let joined_left = p.slashed_before.is_match(&self.text[..span.start]);
        let joined_right = p.slashed_after.is_match(&self.text[span.end..]);
        if !(joined_left || digit_left_ok(self.text, span.start))
            || !(joined_right || digit_right_ok(self.text, span.end))
        {
            return None;
        }
        let (a, b, c) = (caps.name("a")?.as_str(), caps.name("b")?.as_str(), caps.name("c")?.as_str());
        let (year, month, day) = match (a.len(), c.len()) {
            (4, 1 | 2) => (year_in(a, &CALENDAR_YEARS)?, b.parse().ok()?, c.parse().ok()?),
            (1 | 2, 4 | 2) => {
                let (first, second): (u32, u32) = (a.parse().ok()?, b.parse().ok()?);
                let (month, day) = if first > 12 { (second, first) } else { (first, second) };
                // "03/18/40": a two-digit year only against a publication date.
                let year = match c.len() {
                    4 => year_in(c, &CALENDAR_YEARS)?,
                    _ => numeric_date::two_digit_year(c.parse().ok()?, self.anchor?.year()),
                };
                (year, month, day)
            }
            _ => return None,
        };
        let date = NaiveDate::from_ymd_opt(year, month, day)?;
        Some(self.single_date(span, date))
    }

    /// "Jan-Feb 2017", "January to March 2025": first day to last day.
    fn month_range(&self, caps: &Captures<'t>) -> Option<Candidate> {
        let text = self.text;
        let whole = caps.get(0)?;
        let first = month_word(text, caps.name("m1")?, whole.end(), Ctx::Number)?;
        let second = month_word(text, caps.name("m2")?, whole.end(), Ctx::Number)?;
        let year = year_in(caps.name("y")?.as_str(), &CALENDAR_YEARS)?;
        let span = span_of(&whole);
        if first.month == second.month || !digit_right_ok(text, span.end) || unit_follows(text, span.end) {
            return None;
        }
        // "November–January 2025" runs over the turn of the year.
        let start_year = if first.month > second.month { year - 1 } else { year };
        let start = NaiveDate::from_ymd_opt(start_year, first.month, 1)?;
        let end = last_day_of_month(year, second.month)?;
        Some(Candidate::one(span, Value::DateRange { start, end }))
    }

    /// "June 2025", "in June of 2025".
    fn month_year(&self, caps: &Captures<'t>) -> Option<Candidate> {
        let text = self.text;
        let whole = caps.get(0)?;
        let month = month_word(text, caps.name("m1")?, whole.end(), Ctx::Number)?;
        let year = year_in(caps.name("y")?.as_str(), &CALENDAR_YEARS)?;
        let span = span_of(&whole);
        if !digit_right_ok(text, span.end) || unit_follows(text, span.end) {
            return None;
        }
        // "April in 2016" is a month; "Theresa May in 2019" is not.
        let via_in = caps.name("of").is_some_and(|w| w.as_str().eq_ignore_ascii_case("in"));
        if via_in && month.needs != Needs::Nothing {
            return None;
        }
        // "Dec-2018", but not "news-Dec-2018" glued into a slug.
        if text[caps.name("m1")?.end()..].starts_with('-') && !digit_left_ok(text, span.start) {
            return None;
        }
        Some(Candidate::one(span, Value::Month { year: Some(year), month: month.month }))
    }

    /// "mid-June 2025" (11–20), "early June" (1–10), "late June" (21–end).
    fn month_part(&self, caps: &Captures<'t>) -> Option<Candidate> {
        let text = self.text;
        let whole = caps.get(0)?;
        let year = match caps.name("y") {
            Some(y) => Some(year_in(y.as_str(), &CALENDAR_YEARS)?),
            None => None,
        };
        let ctx = if year.is_some() { Ctx::Number } else { Ctx::Cue };
        let month = month_word(text, caps.name("m1")?, whole.end(), ctx)?.month;
        let span = span_of(&whole);
        if !word_left_ok(text, span.start) || !digit_right_ok(text, span.end) {
            return None;
        }
        let (first, last) = match caps.name("part")?.as_str().to_ascii_lowercase().as_str() {
            "early" => (1, Some(10)),
            "mid" => (11, Some(20)),
            _ => (21, None),
        };
        let year = match (year, self.anchor) {
            (Some(y), _) => y,
            (None, Some(anchor)) => match year_for(anchor, month, first) {
                Some(y) => y,
                None => return Some(Candidate::blocked(span)),
            },
            (None, None) => return Some(Candidate::blocked(span)),
        };
        let start = NaiveDate::from_ymd_opt(year, month, first)?;
        let end = match last {
            Some(day) => NaiveDate::from_ymd_opt(year, month, day)?,
            None => last_day_of_month(year, month)?,
        };
        Some(Candidate::one(span, Value::DateRange { start, end }))
    }

    /// "early 2025" (Jan–Apr), "mid-2025" (May–Aug), "late 2025" (Sep–Dec).
    fn year_part(&self, caps: &Captures<'t>) -> Option<Candidate> {
        let whole = caps.get(0)?;
        // "early the year" is not English; "late the year before" another year.
        if caps.name("y")?.as_str().to_lowercase().starts_with("the year") {
            return None;
        }
        let span = span_of(&whole);
        if !word_left_ok(self.text, span.start) || !digit_right_ok(self.text, span.end) {
            return None;
        }
        let Some(year) = self.year_phrase_at(caps)? else {
            return Some(Candidate::blocked(span));
        };
        let (first, last) = match caps.name("part")?.as_str().to_ascii_lowercase().as_str() {
            "early" | "beginning" | "start" => (1, 4),
            "mid" | "middle" => (5, 8),
            _ => (9, 12),
        };
        let start = NaiveDate::from_ymd_opt(year, first, 1)?;
        let end = last_day_of_month(year, last)?;
        Some(Candidate::one(span, Value::DateRange { start, end }))
    }

    /// "the 1990s" (1990–1999); "the early 1990s" (1990–1993), "mid-"
    /// (1994–1996), "late" (1997–1999).
    fn decade(&self, caps: &Captures<'t>) -> Option<Candidate> {
        let whole = caps.get(0)?;
        let span = span_of(&whole);
        if !word_left_ok(self.text, span.start) || !digit_left_ok(self.text, caps.name("y")?.start()) {
            return None;
        }
        let decade = year_in(caps.name("y")?.as_str(), &CALENDAR_YEARS)?;
        let (first, last) = match caps.name("part").map(|p| p.as_str().to_ascii_lowercase()).as_deref() {
            Some("early") => (0, 3),
            Some("mid") => (4, 6),
            Some(_) => (7, 9),
            None => (0, 9),
        };
        let start = NaiveDate::from_ymd_opt(decade + first, 1, 1)?;
        let end = NaiveDate::from_ymd_opt(decade + last, 12, 31)?;
        Some(Candidate::one(span, Value::DateRange { start, end }))
    }

    /// "from March to May", "between August and October": with the anchor,
    /// the first day of the first month to the last day of the second,
    /// across the new year when the second month comes first ("from
    /// November to March").
    fn month_range_open(&self, caps: &Captures<'t>) -> Option<Candidate> {
        let text = self.text;
        let whole = caps.get(0)?;
        let m1 = caps.name("m1")?;
        let m2 = caps.name("m2")?;
        // Two names joined by "from … to" are months, abbreviations too
        // ("from Sep to Nov"); in lower case only where the language writes
        // months so ("de mars à mai" is not English).
        let first = month_word(text, m1, whole.end(), Ctx::Number)?;
        let second = month_word(text, m2, whole.end(), Ctx::Number)?;
        let capitalized = |m: &Match<'_>, w: MonthWord| w.casing == Casing::Any || starts_upper(m.as_str());
        if !capitalized(&m1, first) || !capitalized(&m2, second) {
            return None;
        }
        let anchor = self.anchor?;
        // A period after the second name ends the sentence.
        let span = Span::new(m1.start(), m2.end());
        if first.month == second.month || !word_left_ok(text, whole.start()) {
            return None;
        }
        // "postponed from March to May" names a change, not a span of months.
        if changed_before(text, whole.start()) {
            return None;
        }
        // Not the start of a longer reading: "from March to May 2025" is `month_range`'s.
        if matches!(next_token(text, span.end), Next::Digit) {
            return None;
        }
        let start_year = year_for(anchor, first.month, 1)?;
        let end_year = if second.month < first.month { start_year + 1 } else { start_year };
        let start = NaiveDate::from_ymd_opt(start_year, first.month, 1)?;
        let end = last_day_of_month(end_year, second.month)?;
        Some(Candidate::one(span, Value::DateRange { start, end }))
    }

    /// "the first half of 2025", "H2 2025", "the second half of last year".
    fn half(&self, caps: &Captures<'t>) -> Option<Candidate> {
        let whole = caps.get(0)?;
        let span = span_of(&whole);
        if !word_left_ok(self.text, span.start) || !digit_right_ok(self.text, span.end) {
            return None;
        }
        let Some(year) = self.year_phrase_at(caps)? else {
            return Some(Candidate::blocked(span));
        };
        let first_half = matches!(caps.name("h")?.as_str().to_ascii_lowercase().as_str(), "first" | "1st" | "1");
        let (start, end) = if first_half { ((1, 1), (6, 30)) } else { ((7, 1), (12, 31)) };
        let start = NaiveDate::from_ymd_opt(year, start.0, start.1)?;
        let end = NaiveDate::from_ymd_opt(year, end.0, end.1)?;
        Some(Candidate::one(span, Value::DateRange { start, end }))
    }

    /// "the first quarter of 2025", "Q1 2025", "first-quarter 2025", "2025 Q1".
    fn quarter(&self, caps: &Captures<'t>) -> Option<Candidate> {
        let whole = caps.get(0)?;
        let span = span_of(&whole);
        if !word_left_ok(self.text, span.start) || !digit_left_ok(self.text, span.start) {
            return None;
        }
        if !digit_right_ok(self.text, span.end) {
            return None;
        }
        let quarter = match caps.name("q")?.as_str().to_ascii_lowercase().as_str() {
            "first" | "1st" | "1" => 1,
            "second" | "2nd" | "2" => 2,
            "third" | "3rd" | "3" => 3,
            _ => 4,
        };
        let Some(year) = self.year_phrase_at(caps)? else {
            return Some(Candidate::blocked(span));
        };
        Some(Candidate::one(span, Value::Quarter { year, quarter }))
    }

    /// "in July", "the July summit", "Temmuz’daki": a month of no stated year.
    fn bare_month(&self, caps: &Captures<'t>) -> Option<Candidate> {
        let m = caps.get(0)?;
        let month = month_word(self.text, m, m.end(), Ctx::Bare)?;
        Some(Candidate::one(span_of(&m), Value::Month { year: None, month: month.month }))
    }

    /// "on Thursday", "Thursday evening": the weekday word alone.
    fn weekday(&self, caps: &Captures<'t>) -> Option<Candidate> {
        let m = caps.get(0)?;
        if !starts_upper(m.as_str())
            || prev_char(self.text, m.start()).is_some_and(char::is_alphanumeric)
            || next_char(self.text, m.end()).is_some_and(|c| c.is_alphanumeric() || c == '_')
        {
            return None;
        }
        let day = weekday_from_name(m.as_str())?;
        Some(Candidate::one(span_of(&m), Value::Weekday { weekday: weekday_name(day).to_string() }))
    }

    /// A standalone year, or two joined as a span ("2024-2025", "from 2019 to 2025").
    fn year(&self, caps: &Captures<'t>) -> Option<Candidate> {
        let text = self.text;
        let y1 = caps.name("y1")?;
        if let (Some(conn), Some(y2)) = (caps.name("conn"), caps.name("y2")) {
            if let Some(c) = self.year_range(&y1, &conn, &y2) {
                return Some(c);
            }
            // "2015-32", "2015 - 32": a code or a score, not a year.
            if conn.as_str().trim().chars().all(|c| !c.is_alphanumeric() && c != '/') {
                return None;
            }
        }
        let span = span_of(&y1);
        let year = year_in(y1.as_str(), &STANDALONE_YEARS)?;
        year_ok(text, span).then(|| Candidate::one(span, Value::Year { year }))
    }

    /// Two years joined by a dash or a word are two `Year`s, not a day range.
    fn year_range(&self, y1: &Match<'t>, conn: &Match<'t>, y2: &Match<'t>) -> Option<Candidate> {
        let first = year_in(y1.as_str(), &STANDALONE_YEARS)?;
        let second = if y2.as_str().len() == 2 {
            // "2024-25" and "2024/25" are seasons and fiscal years; "2020-30"
            // a decade plan: the second year within ten of the first.
            let is_word = conn.as_str().trim().chars().all(char::is_alphabetic);
            let ahead = y2.as_str().parse::<i32>().ok()? - first % 100;
            (!is_word && (1..=10).contains(&ahead)).then_some(first + ahead)?
        } else {
            year_in(y2.as_str(), &STANDALONE_YEARS)?
        };
        if second <= first || second - first > 100 {
            return None;
        }
        let span = Span::new(y1.start(), y2.end());
        if !year_ok(self.text, span) {
            return None;
        }
        let found =
            vec![plain(span_of(y1), Value::Year { year: first }), plain(span_of(y2), Value::Year { year: second })];
        Some(Candidate { span, found })
    }

    /// The year of a date written without one: the publication year, or the
    /// year before when that would put the date far in the future.
    fn resolve_day(&self, year: Option<i32>, month: u32, day: u32) -> Option<NaiveDate> {
        let year = match year {
            Some(y) => y,
            None => year_for(self.anchor?, month, day)?,
        };
        NaiveDate::from_ymd_opt(year, month, day)
    }

    /// Both ends of a day range. A written year belongs to the end: in
    /// "December 30 – January 2, 2025" the start is in 2024.
    fn resolve_range(&self, year: Option<i32>, from: (u32, u32), to: (u32, u32)) -> Option<(NaiveDate, NaiveDate)> {
        let crosses_year = from.0 > to.0;
        let (start_year, end_year) = match year {
            Some(y) if crosses_year => (y - 1, y),
            Some(y) => (y, y),
            None => {
                let y = year_for(self.anchor?, from.0, from.1)?;
                (y, if crosses_year { y + 1 } else { y })
            }
        };
        let start = NaiveDate::from_ymd_opt(start_year, from.0, from.1)?;
        let end = NaiveDate::from_ymd_opt(end_year, to.0, to.1)?;
        (start < end).then_some((start, end))
    }

    /// Reads "2025" or "last year"; `Some(None)` when the phrase needs the
    /// publication date and there is none.
    /// [`Self::year_phrase`] of a match's `y` group; "the year" counts only
    /// when nothing after it points to another year.
    fn year_phrase_at(&self, caps: &Captures<'t>) -> Option<Option<i32>> {
        let y = caps.name("y")?;
        if y.as_str().to_lowercase().starts_with("the") && !y.as_str().to_lowercase().contains("current") {
            if let Next::Word { word, .. } = next_token(self.text, caps.get(0)?.end()) {
                if listed(OTHER_YEAR_AFTER, &word) {
                    return None;
                }
            }
        }
        self.year_phrase(y.as_str())
    }

    fn year_phrase(&self, phrase: &str) -> Option<Option<i32>> {
        if phrase.starts_with(|c: char| c.is_ascii_digit()) {
            return year_in(phrase, &STANDALONE_YEARS).map(Some);
        }
        let words: Vec<String> = phrase.split_whitespace().map(str::to_lowercase).collect();
        let Some(anchor) = self.anchor else { return Some(None) };
        let year = anchor.year();
        match words.first().map(String::as_str) {
            Some("last") => Some(Some(year - 1)),
            Some("next") => Some(Some(year + 1)),
            _ => Some(Some(year)),
        }
    }
}

// ---------------------------------------------------------------------------
// Choosing among readings
// ---------------------------------------------------------------------------

/// Longest reading wins; on a tie the earlier one, then the earlier pattern.
fn choose(candidates: Vec<Candidate>) -> Vec<DateMatch> {
    let mut order: Vec<usize> = (0..candidates.len()).collect();
    order.sort_by_key(|&i| (Reverse(candidates[i].span.len()), candidates[i].span.start, i));
    let mut taken: Vec<Span> = Vec::new();
    let mut found = Vec::new();
    for i in order {
        let c = &candidates[i];
        if taken.iter().any(|t| t.overlaps(c.span)) {
            continue;
        }
        taken.push(c.span);
        found.extend(c.found.iter().cloned());
    }
    found.sort_by_key(|m| m.span.start);
    found
}

/// "December 30, 2024 – January 2, 2025", "June 2025 until March 2026": two
/// full readings joined by a dash or "through"/"until" are one range. "to" is
/// left alone: "moved from April 3, 2025 to April 10, 2025" is two dates.
fn merge_written_ranges(text: &str, found: Vec<DateMatch>) -> Vec<DateMatch> {
    let mut out: Vec<DateMatch> = Vec::with_capacity(found.len());
    for m in found {
        if let Some(prev) = out.last_mut() {
            if let Some(joined) = join_range(text, prev, &m) {
                *prev = joined;
                continue;
            }
        }
        out.push(m);
    }
    out
}

fn join_range(text: &str, a: &DateMatch, b: &DateMatch) -> Option<DateMatch> {
    let (start, first_end) = calendar_days(&a.value)?;
    let (second_start, end) = calendar_days(&b.value)?;
    let gap = text.get(a.span.end..b.span.start)?.trim();
    let joins = matches!(gap, "-" | "‐" | "‑" | "–" | "—" | "−")
        || ["through", "thru", "until", "till"].iter().any(|w| gap.eq_ignore_ascii_case(w));
    if !joins || second_start <= first_end {
        return None;
    }
    Some(DateMatch {
        span: a.span.cover(b.span),
        value: Value::DateRange { start, end },
        stated_weekday: None,
        relative: None,
    })
}

/// The days of a reading that names days (not a year or quarter alone).
fn calendar_days(value: &Value) -> Option<(NaiveDate, NaiveDate)> {
    match value {
        Value::Date { .. } | Value::DateRange { .. } | Value::Month { year: Some(_), .. } => {
            crate::value::day_span(value)
        }
        _ => None,
    }
}

// ---------------------------------------------------------------------------
// Context checks
// ---------------------------------------------------------------------------

/// The month a written name stands for, if its casing, its neighbours and
/// its place (`ctx`) allow reading it as one. `match_end` is the end of the
/// whole reading, to tell "Sept. 3" from "July. 3".
fn month_word(text: &str, m: Match<'_>, match_end: usize, ctx: Ctx) -> Option<MonthWord> {
    let written = m.as_str();
    let word = CALENDAR.word(written)?;
    let capital = starts_upper(written);
    let casing_ok = if word.lowercase_only {
        !capital
    } else {
        word.casing == Casing::Any || capital || (word.lowercase_next_to_number && ctx == Ctx::Number)
    };
    if !casing_ok {
        return None;
    }
    // A name glued to the end of a word counts only in a byline run together
    // by a scraper: "KarakoçDecember 3, 2025".
    match prev_char(text, m.start()) {
        Some(c) if c.is_alphabetic() && !(c.is_lowercase() && capital) => return None,
        Some(c) if c.is_ascii_digit() || c == '_' => return None,
        _ => {}
    }
    let after = &text[m.end()..];
    if after.starts_with(|c: char| c.is_alphabetic() || c == '_') {
        return None;
    }
    // A period inside the reading belongs to an abbreviation ("Sept. 3"), not
    // to the end of a sentence ("in July. 3 people").
    if after.starts_with('.') && m.end() + 1 < match_end && !word.abbreviation {
        return None;
    }
    let lower_foreign = !capital && word.casing == Casing::Any;
    let needs = if lower_foreign || (capital && word.capital_needs_number) { Needs::Number } else { word.needs };
    let ok = match (needs, ctx) {
        (_, Ctx::Number) | (Needs::Nothing, _) => true,
        (Needs::CueOrNumber, Ctx::Cue) => true,
        (Needs::CueOrNumber, Ctx::Bare) => prev_word(text, m.start()).is_some_and(|w| CALENDAR.cues.contains(&w)),
        (Needs::Number, _) => word.apostrophe_suffix && apostrophe_suffix_follows(after),
    };
    ok.then_some(word)
}

/// The month of a name written next to a day or a year.
pub(super) fn month_number(text: &str, m: Match<'_>, match_end: usize) -> Option<u32> {
    month_word(text, m, match_end, Ctx::Number).map(|w| w.month)
}

/// Verbs of change before "from": "moved from March to May" is two months.
const CHANGE_VERBS: &str = "\
    moved move moves postponed postpone delayed delay shifted shift pushed brought rescheduled changed \
    advanced pulled put rose fell grew dropped increased decreased raised lowered cut extended";

/// Whether one of the two words before `at` is a verb of change ("was
/// moved back from").
fn changed_before(text: &str, at: usize) -> bool {
    let mut end = at;
    for _ in 0..2 {
        let Some(word) = prev_word(text, end) else { return false };
        if listed(CHANGE_VERBS, &word) {
            return true;
        }
        let trimmed = text[..end].trim_end();
        end =
            trimmed.len() - trimmed.chars().rev().take_while(|c| c.is_alphabetic()).map(char::len_utf8).sum::<usize>();
    }
    false
}

/// The day of a day-month layout, in digits ("4", "4th") or in words
/// ("fourth", "twenty-first").
pub(super) fn day_number(caps: &Captures<'_>, digit_groups: [&str; 2], word_group: &str) -> Option<u32> {
    if let Some(d) = digit_groups.iter().find_map(|g| caps.name(g)) {
        return d.as_str().parse().ok();
    }
    let word = caps.name(word_group)?.as_str().to_lowercase();
    let parts: Vec<&str> = word.split(['-', ' ', '\t', '\n']).filter(|p| !p.is_empty()).collect();
    match parts.as_slice() {
        [tens, unit] => {
            let tens = match *tens {
                "twenty" => 20,
                "thirty" => 30,
                _ => return None,
            };
            Some(tens + crate::recognize::ordinal::ordinal_word(unit)?)
        }
        [one] => crate::recognize::ordinal::ordinal_word(one),
        _ => None,
    }
}

/// A day written as an ordinal word is a day only in safe layouts: before
/// "of" and the month ("fourth of July", "the twenty third day of
/// September"), or after a month that is not also an English word, with a
/// year or at the end of the phrase ("January first 2000", "on February
/// twenty second."). "May first said" and "April second-quarter" are not dates.
fn day_words_ok(text: &str, caps: &Captures<'_>, month: MonthWord, has_year: bool, span: Span) -> bool {
    let Some(word) = caps.name("w1").or_else(|| caps.name("w2")) else {
        return true;
    };
    let Some(m1) = caps.name("m1") else { return false };
    let day_start = caps.name("w1").or_else(|| caps.name("d1")).map_or(word.start(), |d| d.start());
    // "a third of April's rainfall", "two thirds of May": a fraction.
    if prev_word(text, word.start())
        .is_some_and(|w| w == "a" || w == "an" || crate::recognize::number::is_number_word(&w) && w != "and")
    {
        return false;
    }
    if day_start < m1.start() {
        return text[day_start..m1.start()].split_whitespace().any(|w| w.eq_ignore_ascii_case("of"));
    }
    if month.needs == Needs::CueOrNumber {
        return false;
    }
    has_year || matches!(next_token(text, span.end), Next::End | Next::Punct('.' | ',' | ';' | ':' | '!' | '?' | ')'))
}

/// "’daki", "'da": a Turkish case ending after the month name.
fn apostrophe_suffix_follows(after: &str) -> bool {
    let mut chars = after.chars();
    matches!(chars.next(), Some('\'' | '’')) && chars.next().is_some_and(char::is_lowercase)
}

/// A weekday right before `start` ("Friday, ", "Thu ", "Friday ("), with its
/// byte offset.
fn weekday_before(text: &str, start: usize) -> Option<(usize, Weekday)> {
    let mut from = start.saturating_sub(24);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let caps = PATTERNS.weekday_before.captures(&text[from..start])?;
    let m = caps.name("wd")?;
    let at = from + m.start();
    if !starts_upper(m.as_str()) || prev_char(text, at).is_some_and(char::is_alphanumeric) {
        return None;
    }
    // "Thu." is an abbreviation; after "Friday." a new sentence begins.
    if caps.name("dot").is_some() && m.as_str().to_lowercase().ends_with("day") {
        return None;
    }
    Some((at, weekday_from_name(m.as_str())?))
}

/// "Thursday", "Thurs", "thu" → Thursday.
pub(super) fn weekday_from_name(name: &str) -> Option<Weekday> {
    let head: String = name.chars().take(3).collect::<String>().to_lowercase();
    Some(match head.as_str() {
        "mon" => Weekday::Mon,
        "tue" => Weekday::Tue,
        "wed" => Weekday::Wed,
        "thu" => Weekday::Thu,
        "fri" => Weekday::Fri,
        "sat" => Weekday::Sat,
        "sun" => Weekday::Sun,
        _ => return None,
    })
}

/// Whether a standalone four-digit number (or year span) reads as a year.
/// Conservative: a cue word before it, or punctuation or a year-ish word
/// after it; never money, a count with a unit, or part of a bigger number.
fn year_ok(text: &str, span: Span) -> bool {
    let before_hyphen = prev_char(text, span.start) == Some('-');
    let prev = if before_hyphen {
        // "pre-2020", "mid-2025": only known prefixes; "news-2025" is a label.
        let word = prev_word(text, span.start - 1);
        if !word.as_deref().is_some_and(|w| listed(YEAR_HYPHEN_PREFIXES, w))
            || prev_char(text, span.start - 1).is_some_and(char::is_whitespace)
        {
            return false;
        }
        word
    } else {
        if !digit_left_ok(text, span.start) {
            return false;
        }
        prev_word(text, span.start)
    };
    if !digit_right_ok(text, span.end) {
        return false;
    }
    // "32 - 2015": the tail of a code or a score.
    let dashed = text[..span.start].trim_end();
    if dashed.ends_with(['-', '‐', '‑', '–', '—', '−'])
        && dashed[..dashed.len() - dashed.chars().next_back().map_or(0, char::len_utf8)]
            .trim_end()
            .ends_with(|c: char| c.is_ascii_digit())
    {
        return false;
    }
    let currency_before = text[..span.start].trim_end().ends_with(['$', '€', '£', '¥', '₺', '₹', '₽', '₩']);
    if currency_before || prev.as_deref().is_some_and(|w| listed(NOT_YEAR_BEFORE, w)) || unit_follows(text, span.end) {
        return false;
    }
    // A possessive reads as a year: "Peru's 2022 census", "ASEAN’s 2024 summit".
    let before = text[..span.start].trim_end();
    let possessive = before.ends_with("'s") || before.ends_with("’s");
    if possessive || prev.as_deref().is_some_and(|w| listed(YEAR_CUES, w)) {
        return true;
    }
    match next_token(text, span.end) {
        Next::End => true,
        Next::Punct(c) => c != '%',
        Next::Word { word, capitalized } => !capitalized && listed(YEAR_FOLLOWERS, &word),
        Next::Digit => false,
    }
}

/// "In April 20 people died": a yearless day followed by a noun is more
/// likely a count after a month than a date.
fn yearless_day_plausible(text: &str, span: Span) -> bool {
    let Next::Word { word, capitalized: false } = next_token(text, span.end) else {
        return true;
    };
    if listed(UNIT_WORDS, &word) {
        return false;
    }
    prev_word(text, span.start).as_deref() != Some("in") || listed(AFTER_YEARLESS_DAY, &word)
}

/// A unit or counted noun right after `at`: "2025 euros", "June 2025 soldiers".
fn unit_follows(text: &str, at: usize) -> bool {
    matches!(next_token(text, at), Next::Word { word, .. } if listed(UNIT_WORDS, &word))
}

/// The year for a yearless date: the anchor's, unless that lies more than
/// about nine months after the anchor (news speaks of the recent past).
pub(super) fn year_for(anchor: NaiveDate, month: u32, day: u32) -> Option<i32> {
    let year = anchor.year();
    let date = NaiveDate::from_ymd_opt(year, month, day)?;
    let horizon = anchor.checked_add_signed(Duration::days(274)).unwrap_or(NaiveDate::MAX);
    Some(if date > horizon { year - 1 } else { year })
}

/// Both ends of a reading: a number must not continue one that came before,
/// nor be glued to letters ("office15" is a footnote marker, not a value).
fn edges_ok(text: &str, span: Span) -> bool {
    let starts_digit = text[span.start..].starts_with(|c: char| c.is_ascii_digit());
    (!starts_digit || digit_left_ok(text, span.start))
        && (!ends_with_digit(text, span) || digit_right_ok(text, span.end))
}

fn ends_with_digit(text: &str, span: Span) -> bool {
    text[..span.end].ends_with(|c: char| c.is_ascii_digit())
}

/// Whether a digit run may start at `at`: not glued to a word or a currency
/// sign, not the tail of "12,2025", "1.2025", "20:25", "2025-04", "/2025".
pub(super) fn digit_left_ok(text: &str, at: usize) -> bool {
    let Some(c) = prev_char(text, at) else { return true };
    if c.is_alphanumeric()
        || matches!(c, '_' | '$' | '€' | '£' | '¥' | '₺' | '₹' | '₽' | '₩' | '#' | '@' | '/' | '\\' | '+')
    {
        return false;
    }
    if matches!(c, '.' | ',' | ':' | '-' | '‐' | '‑' | '–' | '—' | '−') {
        let before = prev_char(text, at - c.len_utf8());
        return !before.is_some_and(|b| b.is_alphanumeric());
    }
    true
}

/// Whether a digit run may end at `at`: not followed by letters, more digits,
/// a percent sign, or a separator that continues the number.
pub(super) fn digit_right_ok(text: &str, at: usize) -> bool {
    let mut rest = text[at..].chars();
    let Some(c) = rest.next() else { return true };
    if c.is_alphanumeric() || matches!(c, '_' | '%' | '/') {
        return false;
    }
    if matches!(c, '.' | ',' | ':' | '-' | '‐' | '‑' | '–' | '—' | '−') {
        return !rest.next().is_some_and(|n| n.is_ascii_digit());
    }
    true
}

/// A word-initial reading ("early", "the first quarter") must start a word.
fn word_left_ok(text: &str, at: usize) -> bool {
    !prev_char(text, at).is_some_and(|c| c.is_alphanumeric() || c == '_')
}

/// Whether `word` is one of the space-separated words of `list`.
///
/// Searched for as a substring rather than compared with every word: the
/// lists are long and asked about often. A word without blanks is one of
/// the list's words where it stands between blanks or the ends of the list.
pub(super) fn listed(list: &str, word: &str) -> bool {
    if word.is_empty() || word.contains(char::is_whitespace) {
        return false;
    }
    list.match_indices(word).any(|(at, _)| {
        list[..at].chars().next_back().is_none_or(char::is_whitespace)
            && list[at + word.len()..].chars().next().is_none_or(char::is_whitespace)
    })
}

/// What follows `at` on the same line.
#[derive(Debug, PartialEq)]
pub(super) enum Next {
    End,
    /// The letters of the next word (a glued footnote digit is dropped: "alone7").
    Word {
        word: String,
        capitalized: bool,
    },
    Digit,
    Punct(char),
}

pub(super) fn next_token(text: &str, at: usize) -> Next {
    let rest = text[at..].trim_start_matches([' ', '\t', '\u{a0}']);
    let Some(c) = rest.chars().next() else { return Next::End };
    if c == '\n' || c == '\r' {
        Next::End
    } else if c.is_alphabetic() {
        let word: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
        Next::Word { word: word.to_lowercase(), capitalized: c.is_uppercase() }
    } else if c.is_ascii_digit() {
        Next::Digit
    } else {
        Next::Punct(c)
    }
}

/// The word ending just before `at` (spaces skipped), lower-cased.
pub(super) fn prev_word(text: &str, at: usize) -> Option<String> {
    prev_word_written(text, at).map(str::to_lowercase)
}

/// The word ending just before `at` (spaces skipped), as written.
pub(super) fn prev_word_written(text: &str, at: usize) -> Option<&str> {
    let before = text[..at].trim_end();
    let start = before.char_indices().rev().find(|(_, c)| !c.is_alphabetic()).map_or(0, |(i, c)| i + c.len_utf8());
    let word = &before[start..];
    (!word.is_empty()).then_some(word)
}

fn prev_char(text: &str, at: usize) -> Option<char> {
    text[..at].chars().next_back()
}

fn next_char(text: &str, at: usize) -> Option<char> {
    text[at..].chars().next()
}

pub(super) fn starts_upper(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

fn span_of(m: &Match<'_>) -> Span {
    Span::new(m.start(), m.end())
}

/// A reading's span without a final period: in "on 3 July." the period ends
/// the sentence (after "Sept." it is lost, which costs nothing).
fn trimmed_span(text: &str, m: &Match<'_>) -> Span {
    let end = if text[..m.end()].ends_with('.') { m.end() - 1 } else { m.end() };
    Span::new(m.start(), end)
}

fn digits(m: Match<'_>) -> Option<u32> {
    m.as_str().parse().ok()
}

fn year_in(s: &str, range: &RangeInclusive<i32>) -> Option<i32> {
    s.parse().ok().filter(|y| range.contains(y))
}

/// A calendar day of the recognizers' tests.
#[cfg(test)]
pub(super) fn ymd(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("a real day")
}

/// The single days found in `text`, as written: for the recognizers' tests.
#[cfg(test)]
pub(super) fn days_written(text: &str, anchor: Option<NaiveDate>) -> Vec<(&str, NaiveDate)> {
    find_dates(text, anchor)
        .into_iter()
        .filter_map(|m| match m.value {
            Value::Date { date } => Some((m.span.slice(text), date)),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn anchor() -> Option<NaiveDate> {
        Some(d(2025, 4, 4))
    }

    /// (written text, value) of every match.
    fn found(text: &str, anchor: Option<NaiveDate>) -> Vec<(&str, Value)> {
        find_dates(text, anchor).into_iter().map(|m| (m.span.slice(text), m.value)).collect()
    }

    fn date(y: i32, m: u32, day: u32) -> Value {
        Value::Date { date: d(y, m, day) }
    }

    fn range(a: (i32, u32, u32), b: (i32, u32, u32)) -> Value {
        Value::DateRange { start: d(a.0, a.1, a.2), end: d(b.0, b.1, b.2) }
    }

    fn month(year: Option<i32>, month: u32) -> Value {
        Value::Month { year, month }
    }

    fn year(year: i32) -> Value {
        Value::Year { year }
    }

    fn weekday(name: &str) -> Value {
        Value::Weekday { weekday: name.into() }
    }

    /// The single value read from `text`, with no anchor.
    fn only(text: &str) -> Value {
        let all = find_dates(text, None);
        assert_eq!(all.len(), 1, "{text:?} gave {all:?}");
        all[0].value.clone()
    }

    // --- traps from real copy ---

    #[test]
    fn nato_meeting_range_is_one_match() {
        let text = "The ASEAN Foreign Ministers meeting held in Oslo on April 3-4, 2025, concluded";
        assert_eq!(found(text, None), vec![("April 3-4, 2025", range((2025, 4, 3), (2025, 4, 4)))]);
    }

    #[test]
    fn en_dash_day_range_before_month() {
        assert_eq!(
            found("3–4 April 2025, the meeting", None),
            vec![("3–4 April 2025", range((2025, 4, 3), (2025, 4, 4)))]
        );
    }

    #[test]
    fn weekday_in_parentheses_is_stated() {
        let text = "closed on Tuesday (9 June 2026), leaving";
        let all = find_dates(text, None);
        assert_eq!(all.len(), 1);
        assert_eq!(all[0].span.slice(text), "Tuesday (9 June 2026)");
        assert_eq!(all[0].value, date(2026, 6, 9));
        assert_eq!(all[0].stated_weekday, Some(Weekday::Tue));
    }

    #[test]
    fn weekday_before_comma_date_is_stated() {
        let text = "at ASEAN headquarters in Oslo, Friday, April 4, 2025. Reuters";
        let all = find_dates(text, None);
        assert_eq!(all.len(), 1);
        assert_eq!(all[0].span.slice(text), "Friday, April 4, 2025");
        assert_eq!(all[0].value, date(2025, 4, 4));
        assert_eq!(all[0].stated_weekday, Some(Weekday::Fri));
    }

    #[test]
    fn month_in_event_name_and_year_apart() {
        let text = "the July Vienna Summit scheduled for 2025";
        assert_eq!(found(text, None), vec![("July", month(None, 7)), ("2025", year(2025))]);
    }

    #[test]
    fn month_and_year() {
        assert_eq!(found("its summit in Vienna in June 2025, these", None), vec![("June 2025", month(Some(2025), 6))]);
        assert_eq!(only("in June of 2025"), month(Some(2025), 6));
    }

    #[test]
    fn quarter_with_footnote_marker() {
        let text = "raised more than 6 billion dollars for the climate fund in the third quarter of 2026 alone3";
        assert_eq!(found(text, None), vec![("the third quarter of 2026", Value::Quarter { year: 2026, quarter: 3 })]);
    }

    #[test]
    fn numbers_are_not_dates() {
        for text in [
            "20 billion",
            "5,000 soldiers",
            "$2025",
            "2% of GDP1",
            "took office15",
            "12,2025",
            "2025 soldiers",
            "20:25",
        ] {
            assert_eq!(found(text, anchor()), vec![], "{text}");
        }
        assert_eq!(found("a budget of 2025 euros", None), vec![]);
        assert_eq!(found("news_2025 and item2025", None), vec![]);
    }

    #[test]
    fn day_month_year_at_sentence_end() {
        assert_eq!(found("took office on 15 February 2023.", None), vec![("15 February 2023", date(2023, 2, 15))]);
    }

    #[test]
    fn may_as_month_and_as_verb() {
        assert_eq!(found("whose mandate lapsed in May 2023", None), vec![("May 2023", month(Some(2023), 5))]);
        assert_eq!(found("you may go", None), vec![]);
        assert_eq!(found("May I ask a question?", None), vec![]);
        assert_eq!(found("Theresa May said so.", None), vec![]);
        assert_eq!(found("It happened in May.", None), vec![("May", month(None, 5))]);
        assert_eq!(found("expected by May", None), vec![("May", month(None, 5))]);
    }

    #[test]
    fn march_as_month_and_as_walk() {
        assert_eq!(found("thousands march in the streets", None), vec![]);
        assert_eq!(found("The March on Washington drew crowds", None), vec![]);
        assert_eq!(found("elections held in March", None), vec![("March", month(None, 3))]);
        assert_eq!(only("on March 3, 2025"), date(2025, 3, 3));
    }

    #[test]
    fn yearless_date_needs_anchor() {
        let text = "From a Health Ministry bulletin on March 28";
        assert_eq!(found(text, anchor()), vec![("March 28", date(2025, 3, 28))]);
        assert_eq!(found(text, None), vec![]);
        assert_eq!(found("the talks on 4 April", anchor()), vec![("4 April", date(2025, 4, 4))]);
        assert_eq!(found("the talks on 4 April", None), vec![]);
    }

    #[test]
    fn yearless_date_far_ahead_is_last_year() {
        let jan = Some(d(2025, 1, 10));
        assert_eq!(found("signed on December 20", jan), vec![("December 20", date(2024, 12, 20))]);
        assert_eq!(found("due on June 15", jan), vec![("June 15", date(2025, 6, 15))]);
    }

    #[test]
    fn byline_with_glued_month() {
        let text = "AuthorAna KovačNovember 18, 2026 at 9:14 PM";
        assert_eq!(found(text, None), vec![("November 18, 2026", date(2026, 11, 18))]);
    }

    #[test]
    fn weekday_alone() {
        assert_eq!(found("began in Oslo on Thursday amid", None), vec![("Thursday", weekday("Thursday"))]);
        assert_eq!(found("Thursday evening talks", None), vec![("Thursday", weekday("Thursday"))]);
        assert_eq!(found("on Friday morning", None), vec![("Friday", weekday("Friday"))]);
        assert_eq!(found("on Thu the talks", None), vec![]);
        assert_eq!(found("on Thursdays and thursday", None), vec![]);
    }

    #[test]
    fn turkish_range_and_suffixed_month() {
        assert_eq!(
            found("3–4 Nisan 2025 tarihlerinde", None),
            vec![("3–4 Nisan 2025", range((2025, 4, 3), (2025, 4, 4)))]
        );
        assert_eq!(found("Temmuz’daki Lahey Zirvesi", None), vec![("Temmuz", month(None, 7))]);
        assert_eq!(found("Nisan'da toplandı", None), vec![("Nisan", month(None, 4))]);
        assert_eq!(found("the month of Nisan", None), vec![]);
        assert_eq!(only("KASIM 2025"), month(Some(2025), 11));
        assert_eq!(only("15 Şubat 2025"), date(2025, 2, 15));
    }

    #[test]
    fn season_years_are_never_days() {
        let all = find_dates("the 2024-2025 season", None);
        assert!(all.iter().all(|m| matches!(m.value, Value::Year { .. })), "{all:?}");
        assert_eq!(found("the 2024-2025 season", None), vec![("2024", year(2024)), ("2025", year(2025))]);
        assert_eq!(found("the 2024-25 season", None), vec![("2024", year(2024)), ("25", year(2025))]);
        assert_eq!(found("from 2019 to 2025.", None), vec![("2019", year(2019)), ("2025", year(2025))]);
    }

    #[test]
    fn urls_hold_no_dates() {
        assert_eq!(found("https://example.org/2025/04/04/story", anchor()), vec![]);
        assert_eq!(found("see www.example.org/news/2025-04-04/April-3-2025 now", anchor()), vec![]);
        assert_eq!(found("path /2025/04/04/story", anchor()), vec![]);
    }

    #[test]
    fn invalid_dates_give_nothing() {
        assert_eq!(found("on February 30, 2025 nothing", None), vec![]);
        assert_eq!(found("on 31 April 2025", None), vec![]);
        assert_eq!(found("on 2025-02-30", None), vec![]);
        assert_eq!(found("February 29", Some(d(2025, 4, 4))), vec![]);
        assert_eq!(found("April 5-3, 2025", None), vec![]);
    }

    #[test]
    fn never_panics_on_multibyte_text() {
        let text = "€2025‘’—ş3–4 Nisan 2025’ş—12 Ağustos‘2025€ ſeptember 3, 2025 Q1 2025ş H2—2025 mid-2025€ \
                    Friday (4 April 2025)ş 2025-04-04€ İ٢٠٢٥ KarakoçMayıs 3 in Temmuz’ Thu—";
        let boundaries: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
        for &a in &boundaries {
            for &b in boundaries.iter().filter(|&&b| b >= a).step_by(7) {
                for m in find_dates(&text[a..b], anchor()) {
                    assert!(text[a..b].is_char_boundary(m.span.start) && text[a..b].is_char_boundary(m.span.end));
                }
            }
        }
    }

    // --- full dates ---

    #[test]
    fn month_day_year_forms() {
        assert_eq!(only("April 3, 2025"), date(2025, 4, 3));
        assert_eq!(only("April 3 2025"), date(2025, 4, 3));
        assert_eq!(only("April 4th, 2025"), date(2025, 4, 4));
        assert_eq!(only("Jan. 5, 2025"), date(2025, 1, 5));
        assert_eq!(only("Sept. 3, 2025"), date(2025, 9, 3));
    }

    #[test]
    fn day_month_year_forms() {
        assert_eq!(only("3 April 2025"), date(2025, 4, 3));
        assert_eq!(found("03 APR 2025", None), vec![("03 APR 2025", date(2025, 4, 3))]);
        assert_eq!(only("4th April 2025"), date(2025, 4, 4));
        assert_eq!(only("the 4th of April 2025"), date(2025, 4, 4));
        assert_eq!(only("3 April, 2025"), date(2025, 4, 3));
        assert_eq!(only("am 4. April 2025"), date(2025, 4, 4));
    }

    #[test]
    fn iso_dates() {
        assert_eq!(found("published 2025-04-04 in", None), vec![("2025-04-04", date(2025, 4, 4))]);
        assert_eq!(found("at 2025-04-04T10:00Z", None), vec![("2025-04-04", date(2025, 4, 4))]);
        // A file name states its date; a link's address is not text.
        assert_eq!(found("file news-2025-04-04.html", None), vec![("2025-04-04", date(2025, 4, 4))]);
        assert_eq!(found("at https://example.org/news-2025-04-04.html", None), vec![]);
        // A figure glued to a word is a label's tail, not a date.
        assert_eq!(found("model X2025-04-04", None), vec![]);
    }

    #[test]
    fn date_with_time_is_the_date_only() {
        assert_eq!(found("November 18, 2026 at 9:14 PM", None), vec![("November 18, 2026", date(2026, 11, 18))]);
    }

    #[test]
    fn abbreviated_weekday_next_to_a_date() {
        let text = "Thu, 3 Apr 2025 08:00";
        let all = find_dates(text, None);
        assert_eq!(all.len(), 1);
        assert_eq!(all[0].span.slice(text), "Thu, 3 Apr 2025");
        assert_eq!(all[0].stated_weekday, Some(Weekday::Thu));
        let text = "on Thursday, April 3";
        let all = find_dates(text, anchor());
        assert_eq!(all[0].stated_weekday, Some(Weekday::Thu));
        assert_eq!(all[0].value, date(2025, 4, 3));
        // Without a publication date the day is dropped, the weekday stays.
        assert_eq!(found(text, None), vec![("Thursday", weekday("Thursday"))]);
    }

    #[test]
    fn weekday_of_another_sentence_or_line_is_not_stated() {
        for text in ["it ended on Friday. 4 April 2025 was calm", "Friday\n4 April 2025"] {
            let all = find_dates(text, None);
            let day = all.iter().find(|m| matches!(m.value, Value::Date { .. })).unwrap();
            assert_eq!(day.span.slice(text), "4 April 2025", "{text:?}");
            assert_eq!(day.stated_weekday, None);
        }
    }

    #[test]
    fn two_days_in_two_months_joined_by_and() {
        let text = "on April 30 and May 2, 2025";
        assert_eq!(found(text, None), vec![("April 30", date(2025, 4, 30)), ("May 2, 2025", date(2025, 5, 2))]);
    }

    #[test]
    fn yearless_date_keeps_period_outside() {
        assert_eq!(found("he arrived on 3 July.", anchor()), vec![("3 July", date(2025, 7, 3))]);
    }

    #[test]
    fn count_after_month_is_not_a_day() {
        let all = find_dates("In April 20 people died", anchor());
        assert!(all.iter().all(|m| !matches!(m.value, Value::Date { .. })), "{all:?}");
        assert_eq!(found("In April 2 million were displaced", anchor()), vec![("April", month(None, 4))]);
    }

    // --- ranges ---

    #[test]
    fn day_ranges_with_words() {
        assert_eq!(only("April 3 and 4, 2025"), range((2025, 4, 3), (2025, 4, 4)));
        assert_eq!(only("3 to 4 April 2025"), range((2025, 4, 3), (2025, 4, 4)));
        assert_eq!(only("April 3 through 5, 2025"), range((2025, 4, 3), (2025, 4, 5)));
        assert_eq!(only("3—4 April 2025"), range((2025, 4, 3), (2025, 4, 4)));
    }

    #[test]
    fn day_ranges_across_months_and_years() {
        assert_eq!(
            found("April 30 – May 2, 2025", None),
            vec![("April 30 – May 2, 2025", range((2025, 4, 30), (2025, 5, 2)))]
        );
        assert_eq!(only("30 April–2 May 2025"), range((2025, 4, 30), (2025, 5, 2)));
        assert_eq!(only("30 December–2 January 2025"), range((2024, 12, 30), (2025, 1, 2)));
        assert_eq!(only("December 30, 2024 – January 2, 2025"), range((2024, 12, 30), (2025, 1, 2)));
    }

    #[test]
    fn two_days_joined_by_and_are_two_dates() {
        let text = "on April 3 and 7, 2025";
        assert_eq!(found(text, None), vec![("April 3", date(2025, 4, 3)), ("7, 2025", date(2025, 4, 7))]);
    }

    #[test]
    fn between_and_is_a_range() {
        assert_eq!(only("between 3 and 7 April 2025"), range((2025, 4, 3), (2025, 4, 7)));
    }

    #[test]
    fn yearless_range_takes_anchor_year() {
        assert_eq!(found("on April 3-4", anchor()), vec![("April 3-4", range((2025, 4, 3), (2025, 4, 4)))]);
        assert_eq!(found("on April 3-4", None), vec![]);
    }

    #[test]
    fn month_ranges() {
        assert_eq!(only("Jan-Feb 2017"), range((2017, 1, 1), (2017, 2, 28)));
        assert_eq!(only("January to March 2025"), range((2025, 1, 1), (2025, 3, 31)));
        assert_eq!(only("June 2025 – March 2026"), range((2025, 6, 1), (2026, 3, 31)));
    }

    #[test]
    fn moved_dates_stay_apart() {
        let all = find_dates("moved from April 3, 2025 to April 10, 2025", None);
        assert_eq!(all.len(), 2);
    }

    // --- months ---

    #[test]
    fn bare_months() {
        assert_eq!(found("in July", None), vec![("July", month(None, 7))]);
        assert_eq!(found("the July summit", None), vec![("July", month(None, 7))]);
        assert_eq!(found("IN JULY", None), vec![("JULY", month(None, 7))]);
        assert_eq!(found("in july and the Julyan era", None), vec![]);
        assert_eq!(found("Jan said so", None), vec![]);
    }

    #[test]
    fn foreign_months() {
        assert_eq!(only("Januar 2025"), month(Some(2025), 1));
        assert_eq!(only("le 4 avril 2025"), date(2025, 4, 4));
        assert_eq!(only("en mars 2025"), month(Some(2025), 3));
        assert_eq!(only("le 5 mai 2025"), date(2025, 5, 5));
        assert_eq!(only("15 de marzo de 2025"), date(2025, 3, 15));
        assert_eq!(found("Enero fue frío", None), vec![("Enero", month(None, 1))]);
        assert_eq!(found("im März", None), vec![("März", month(None, 3))]);
        // A lower-case foreign name needs a day or a year next to it.
        assert_eq!(found("en enero, en juillet, en julio", None), vec![]);
        assert_eq!(only("en julio de 2025"), month(Some(2025), 7));
        assert_eq!(only("el 5 de julio de 2025"), date(2025, 7, 5));
        assert_eq!(only("Avril 2025"), month(Some(2025), 4));
    }

    #[test]
    fn weekdays_and_bare_months_read_from_the_whole_match() {
        let wd = |name: &str| Value::Weekday { weekday: name.to_string() };
        assert_eq!(
            found("The ferry sails on Sunday; TUESDAY is free.", None),
            vec![("Sunday", wd("Sunday")), ("TUESDAY", wd("Tuesday"))]
        );
        for text in ["open Sundays only", "a preMonday call", "Friday_2 file", "fridays and saturday"] {
            assert!(find_dates(text, None).iter().all(|m| !matches!(m.value, Value::Weekday { .. })), "{text}");
        }
        assert_eq!(found("The harvest ends in October; Novembers are wet.", None), vec![("October", month(None, 10))]);
        assert_eq!(found("by AUGUST the pool (september) closed", None), vec![("AUGUST", month(None, 8))]);
    }

    #[test]
    fn foreign_names_that_are_english_words() {
        assert_eq!(found("life on Mars", None), vec![]);
        assert_eq!(found("the Mars 2020 rover", None), vec![]);
        assert_eq!(found("Julio Iglesias sang", None), vec![]);
        assert_eq!(found("Avril said", None), vec![]);
        assert_eq!(found("a mai tai", None), vec![]);
        assert_eq!(found("Wal Mart", None), vec![]);
    }

    // --- years ---

    #[test]
    fn standalone_years() {
        assert_eq!(found("in 2025", None), vec![("2025", year(2025))]);
        assert_eq!(found("As of 2024, the", None), vec![("2024", year(2024))]);
        assert_eq!(found("in 2025 alone7", None), vec![("2025", year(2025))]);
        assert_eq!(found("pre-2020 levels", None), vec![("2020", year(2020))]);
        assert_eq!(found("(2025)", None), vec![("2025", year(2025))]);
        assert_eq!(found("2025 was a hard year", None), vec![("2025", year(2025))]);
        assert_eq!(found("about 2000 people", None), vec![]);
        assert_eq!(found("in 1850 and 2150", None), vec![]);
    }

    #[test]
    fn possessive_before_a_year() {
        assert_eq!(found("Peru's 2022 census", None), vec![("2022", year(2022))]);
        assert_eq!(found("ASEAN’s 2024 summit", None), vec![("2024", year(2024))]);
    }

    #[test]
    fn extreme_anchors_do_not_panic() {
        for anchor in [NaiveDate::MAX, NaiveDate::MIN] {
            for text in ["on March 31", "on April 3-4", "mid-June", "late last year", "Q1 this year", "3 and 9 May"] {
                let _ = find_dates(text, Some(anchor));
            }
        }
    }

    #[test]
    fn years_in_numbers_and_money() {
        assert_eq!(found("20250 cases", None), vec![]);
        assert_eq!(found("€ 2025 raised", None), vec![]);
        assert_eq!(found("2025% growth", None), vec![]);
        assert_eq!(found("version 2.2025", None), vec![]);
        assert_eq!(found("call 2025-1234", None), vec![]);
    }

    // --- quarters, halves, parts ---

    #[test]
    fn quarters() {
        let q = |year, quarter| Value::Quarter { year, quarter };
        assert_eq!(only("Q1 2025"), q(2025, 1));
        assert_eq!(only("Q1 of 2025"), q(2025, 1));
        assert_eq!(only("first-quarter 2025"), q(2025, 1));
        assert_eq!(only("2025 Q3"), q(2025, 3));
        assert_eq!(only("the final quarter of 2024"), q(2024, 4));
        let text = "the fourth quarter of last year";
        assert_eq!(found(text, anchor()), vec![(text, q(2024, 4))]);
        assert_eq!(found(text, None), vec![]);
        // Only a capital Q at a word start names a quarter.
        let all = find_dates("q1 2025 and XQ1 2025", None);
        assert!(all.iter().all(|m| !matches!(m.value, Value::Quarter { .. })), "{all:?}");
    }

    #[test]
    fn halves() {
        assert_eq!(only("the first half of 2025"), range((2025, 1, 1), (2025, 6, 30)));
        assert_eq!(only("the second half of 2025"), range((2025, 7, 1), (2025, 12, 31)));
        assert_eq!(only("H1 2025"), range((2025, 1, 1), (2025, 6, 30)));
        assert_eq!(found("in the first half of this year", anchor())[0].1, range((2025, 1, 1), (2025, 6, 30)));
    }

    #[test]
    fn parts_of_a_year() {
        assert_eq!(only("early 2025"), range((2025, 1, 1), (2025, 4, 30)));
        assert_eq!(found("by mid-2025,", None), vec![("mid-2025", range((2025, 5, 1), (2025, 8, 31)))]);
        assert_eq!(only("late 2025"), range((2025, 9, 1), (2025, 12, 31)));
        assert_eq!(found("late last year", anchor()), vec![("late last year", range((2024, 9, 1), (2024, 12, 31)))]);
        // A decade, not "late 1990" (see `decades`).
        assert_eq!(found("the late 1990s", None), vec![("late 1990s", range((1997, 1, 1), (1999, 12, 31)))]);
    }

    #[test]
    fn parts_of_a_month() {
        assert_eq!(only("mid-June 2025"), range((2025, 6, 11), (2025, 6, 20)));
        assert_eq!(only("early June 2025"), range((2025, 6, 1), (2025, 6, 10)));
        assert_eq!(only("late June 2025"), range((2025, 6, 21), (2025, 6, 30)));
        assert_eq!(found("in mid-June", anchor()), vec![("mid-June", range((2025, 6, 11), (2025, 6, 20)))]);
        assert_eq!(found("in mid-June", None), vec![]);
        assert_eq!(found("in early May", anchor()), vec![("early May", range((2025, 5, 1), (2025, 5, 10)))]);
        assert_eq!(found("chocolate June", None), vec![("June", month(None, 6))]);
    }

    #[test]
    fn relative_words_are_marked_relative() {
        for text in ["last month", "next week", "yesterday", "today"] {
            let all = find_dates(text, anchor());
            assert!(all.len() == 1 && all[0].is_relative(), "{text}: {all:?}");
            assert_eq!(found(text, None), vec![], "{text}");
        }
        assert_eq!(found("earlier this year", anchor()), vec![]);
        assert!(find_dates("on 4 April 2025 and on 4 April", anchor()).iter().all(|m| !m.is_relative()));
    }

    #[test]
    fn slashed_dates_need_a_four_digit_year() {
        assert_eq!(found("on 1/1/2016 and", None), vec![("1/1/2016", date(2016, 1, 1))]);
        // Month first, as in the US, unless only day first makes a date.
        assert_eq!(only("9/11/2001"), date(2001, 9, 11));
        assert_eq!(only("23/09/2020"), date(2020, 9, 23));
        assert_eq!(only("2016/10/16"), date(2016, 10, 16));
        assert_eq!(found("Friday 1/3/2025", None)[0].0, "Friday 1/3/2025");
        assert_eq!(only("from 10/1/2018-10/7/2018"), range((2018, 10, 1), (2018, 10, 7)));
        for text in
            ["open 24/7", "a 3/4 majority", "on 1/2/16", "13/13/2020", "see /1/1/2016/", "ratio 1/2/3", "v1/1/2016"]
        {
            assert_eq!(found(text, None), vec![], "{text}");
        }
    }

    #[test]
    fn iso_dates_without_padding_and_month_names_with_slashes() {
        let text = "sometime Friday 2018-7-6 with";
        let all = find_dates(text, None);
        assert_eq!(all[0].span.slice(text), "Friday 2018-7-6");
        assert_eq!((all[0].value.clone(), all[0].stated_weekday), (date(2018, 7, 6), Some(Weekday::Fri)));
        assert_eq!(only("2019/aug/01"), date(2019, 8, 1));
        assert_eq!(only("23/Sep/2020"), date(2020, 9, 23));
        assert_eq!(only("Sep-23-2020"), date(2020, 9, 23));
        assert_eq!(found("sold on Dec31 , 1994", None), vec![("Dec31 , 1994", date(1994, 12, 31))]);
        assert_eq!(found("the Mar3 engine", None), vec![]);
    }

    // --- forms added for the peer specs (tests/peer_specs.rs) ---

    #[test]
    fn lower_case_months_next_to_a_number() {
        assert_eq!(only("april 2017"), month(Some(2017), 4));
        assert_eq!(only("14 nov 2023"), date(2023, 11, 14));
        assert_eq!(found("i am off april 9th through 17th", anchor())[0].1, range((2025, 4, 9), (2025, 4, 17)));
        // Never "may", "march" or "mar", and never without a number.
        assert_eq!(found("you may 5 times; march 3 miles; mar 2 games", anchor()), vec![]);
        assert_eq!(found("in july", anchor()), vec![]);
        // A bare day after a lower-case name must end the phrase.
        assert_eq!(found("schedule it on 14 nov", anchor())[0].1, date(2025, 11, 14));
        assert!(find_dates("the august 19 institutions met", anchor()).is_empty());
    }

    #[test]
    fn days_in_ordinal_words() {
        assert_eq!(only("fourth of July 1995"), date(1995, 7, 4));
        assert_eq!(only("January first 2000"), date(2000, 1, 1));
        assert_eq!(
            found("on the twenty third day of September", anchor()),
            vec![("twenty third day of September", date(2025, 9, 23))]
        );
        assert_eq!(found("Let's meet on February twenty second.", anchor())[0].1, date(2025, 2, 22));
        assert_eq!(
            found("between the ninth and the seventeenth of April", anchor())[0].1,
            range((2025, 4, 9), (2025, 4, 17))
        );
        assert_eq!(only("June the 28th 2020"), date(2020, 6, 28));
        // Not dates: a name and an ordinal, a compound, fractions.
        for text in ["Theresa May first said so", "April second-quarter output", "a third of April's rain"] {
            assert!(find_dates(text, anchor()).iter().all(|m| !matches!(m.value, Value::Date { .. })), "{text}");
        }
    }

    #[test]
    fn comma_before_an_ordinal_day_and_years_after_in() {
        assert_eq!(found("set up for October, 1st.", anchor())[0].1, date(2025, 10, 1));
        assert!(find_dates("By October, 12 of them quit", anchor())
            .iter()
            .all(|m| !matches!(m.value, Value::Date { .. })));
        assert_eq!(only("on 28 June in 2020"), date(2020, 6, 28));
        assert_eq!(only("April in 2016"), month(Some(2016), 4));
        assert_eq!(found("Theresa May in 2019", None), vec![("2019", year(2019))]);
    }

    #[test]
    fn dashed_month_names() {
        assert_eq!(only("05-Aug-2016"), date(2016, 8, 5));
        assert_eq!(only("2019-aug-1"), date(2019, 8, 1));
        assert_eq!(only("Dec-2018"), month(Some(2018), 12));
    }

    #[test]
    fn month_ranges_with_from_or_between() {
        assert_eq!(found("from March to May", anchor()), vec![("March to May", range((2025, 3, 1), (2025, 5, 31)))]);
        assert_eq!(found("from Nov to March", anchor())[0].1, range((2025, 11, 1), (2026, 3, 31)));
        assert_eq!(only("from April to June in 2017"), range((2017, 4, 1), (2017, 6, 30)));
        assert_eq!(
            found("It ran from May to June.", anchor()),
            vec![("May to June", range((2025, 5, 1), (2025, 6, 30)))]
        );
        // A change of date is two months; without an anchor, two bare months.
        assert_eq!(
            found("moved from March to June", anchor()),
            vec![("March", month(None, 3)), ("June", month(None, 6))]
        );
        assert_eq!(found("from March to June", None).len(), 2);
    }

    #[test]
    fn parts_of_a_year_with_of() {
        assert_eq!(found("at the end of 2000", None), vec![("end of 2000", range((2000, 9, 1), (2000, 12, 31)))]);
        assert_eq!(only("the middle of 2007"), range((2007, 5, 1), (2007, 8, 31)));
        assert_eq!(only("the beginning of 2000"), range((2000, 1, 1), (2000, 4, 30)));
        assert_eq!(found("at the end of the day", anchor()), vec![]);
    }

    #[test]
    fn decades() {
        assert_eq!(found("Listen to 1990s music", None)[0].1, range((1990, 1, 1), (1999, 12, 31)));
        assert_eq!(only("the 1990's"), range((1990, 1, 1), (1999, 12, 31)));
        assert_eq!(only("the early 2000s"), range((2000, 1, 1), (2003, 12, 31)));
        assert_eq!(found("in the 90s", None), vec![]);
    }

    #[test]
    fn the_year_of_publication() {
        assert_eq!(
            found("in the first half of the year, sales rose", anchor()),
            vec![("the first half of the year", range((2025, 1, 1), (2025, 6, 30)))]
        );
        assert_eq!(
            found("the fourth quarter of the year", anchor()),
            vec![("the fourth quarter of the year", Value::Quarter { year: 2025, quarter: 4 })]
        );
        assert_eq!(found("the first half of the year", None), vec![]);
        assert!(find_dates("the first half of the year before the war", anchor()).is_empty());
    }

    #[test]
    fn halves_with_the_year_first() {
        assert_eq!(only("2019 H2 will be hard"), range((2019, 7, 1), (2019, 12, 31)));
        assert_eq!(only("2019-H2"), range((2019, 7, 1), (2019, 12, 31)));
    }

    #[test]
    fn sums_and_codes_are_not_days_or_years() {
        assert_eq!(
            found("I bought it for $ 12 December 27", Some(d(2019, 7, 4))),
            vec![("December 27", date(2019, 12, 27))]
        );
        assert_eq!(found("Is this a valid date? 2015-32 or 32 - 2015", None), vec![]);
        assert_eq!(found("the 2020-30 plan", None), vec![("2020", year(2020)), ("30", year(2030))]);
    }

    // --- whole text ---

    #[test]
    fn listed_words_are_whole_words_of_the_list() {
        let list = "in of  since\tby the";
        for word in ["in", "of", "since", "by", "the"] {
            assert!(listed(list, word), "{word}");
        }
        for word in ["", "i", "n", "f s", "ince", "sinc", "th", "he", "in of", " in", "bys"] {
            assert!(!listed(list, word), "{word:?}");
        }
        assert!(listed("aaa aa", "aa"));
    }

    #[test]
    fn matches_are_ordered_and_disjoint() {
        let text = "On Thursday, ASEAN met in Oslo (April 3-4, 2025). In June 2025 the allies met in Vienna; \
                    the July summit, scheduled for 2026, follows the first quarter of 2025 and Q2 2025.";
        let all = find_dates(text, None);
        let written: Vec<&str> = all.iter().map(|m| m.span.slice(text)).collect();
        assert_eq!(
            written,
            ["Thursday", "April 3-4, 2025", "June 2025", "July", "2026", "the first quarter of 2025", "Q2 2025"]
        );
        assert!(all.windows(2).all(|w| w[0].span.end <= w[1].span.start));
    }

    // --- data file ---

    #[test]
    fn name_tree_reads_what_the_flat_list_reads() {
        let mut names: Vec<&str> = CALENDAR.words.keys().map(String::as_str).collect();
        names.sort_by_key(|n| (Reverse(n.chars().count()), *n));
        let flat = names.iter().map(|n| regex::escape(n)).collect::<Vec<_>>().join("|");
        let flat = Regex::new(&format!("(?i)(?P<m>{flat})(?P<rest>[^,]*),")).unwrap();
        let tree = Regex::new(&format!("(?i)(?P<m>{})(?P<rest>[^,]*),", CALENDAR.alternation)).unwrap();
        let mut texts: Vec<String> = Vec::new();
        for name in &names {
            let upper = name.to_uppercase();
            for written in [name.to_string(), upper.clone(), format!("x{name}ber"), format!("{name}.")] {
                texts.push(format!("{written},"));
                let cut: String = written.chars().take(written.chars().count().saturating_sub(1)).collect();
                texts.push(format!("{cut},"));
            }
        }
        texts.extend(
            ["Sept. 3,", "SEPTEMBRE,", "Septiembre,", "MAYIS,", "Auguſt,", "\u{212a}asım,", "Decembe,"]
                .map(String::from),
        );
        for text in &texts {
            let read = |re: &Regex| {
                re.captures(text).map(|c| (c.name("m").map(|m| m.range()), c.name("rest").map(|m| m.range())))
            };
            assert_eq!(read(&tree), read(&flat), "{text}");
        }
    }

    #[test]
    fn name_tree_forks_on_letters_no_pattern_takes_for_one_another() {
        fn check(tree: &NameTree) {
            let letters: Vec<char> = tree.next.keys().copied().collect();
            for a in &letters {
                let same = Regex::new(&format!("(?i)^{}$", regex::escape(&a.to_string()))).unwrap();
                for b in letters.iter().filter(|b| *b != a) {
                    assert!(!same.is_match(&b.to_string()), "{a} and {b}");
                }
            }
            tree.next.values().for_each(check);
        }
        let mut root = NameTree::default();
        CALENDAR.words.keys().for_each(|n| root.insert(n.chars()));
        check(&root);
        assert_eq!(
            name_alternation(["sep", "sept", "september", "septiembre", "mai"].into_iter()),
            "(?:mai|sep(?:t(?:ember|iembre|)|))"
        );
    }

    #[test]
    fn month_data_is_complete() {
        let cal = &*CALENDAR;
        for month in 1..=12 {
            assert!(cal.words.values().any(|w| w.month == month), "month {month}");
        }
        assert_eq!(cal.word("Şubat").map(|w| w.month), Some(2));
        assert_eq!(cal.word("MAYIS").map(|w| w.month), Some(5));
        assert_eq!(cal.word("sept").map(|w| w.needs), Some(Needs::Number));
        assert_eq!(cal.word("mai").map(|w| w.casing), Some(Casing::Any));
        assert!(cal.word("mars").is_some_and(|w| w.lowercase_only));
    }

    #[test]
    fn month_data_errors_are_reported() {
        let base = "month_cues = []\ncue_or_number = []\nnumber_only = []\ncapitalized_needs_number = []\n\
                    lowercase_only = []\n";
        let twelve = (1..=12).map(|i| format!("[\"m{i}\"]")).collect::<Vec<_>>().join(", ");
        let ok = format!("{base}[[language]]\nname = \"x\"\ncasing = \"any\"\nmonths = [{twelve}]\n");
        assert!(Calendar::parse(&ok).is_ok());
        let short = format!("{base}[[language]]\nname = \"x\"\ncasing = \"any\"\nmonths = [[\"a\"]]\n");
        assert!(Calendar::parse(&short).is_err());
        let clash = ok.replace("[\"m2\"]", "[\"m1\"]");
        assert!(Calendar::parse(&clash).err().is_some_and(|e| e.contains("m1")));
        let unknown = ok.replace("number_only = []", "number_only = [\"zz\"]");
        assert!(Calendar::parse(&unknown).is_err());
        let upper = ok.replace("m3", "M3");
        assert!(Calendar::parse(&upper).is_err());
    }
}
