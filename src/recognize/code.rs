//! Codes: flight numbers and aircraft registrations ("Flight KQ562",
//! "flight KQ 562", "registration OY-KBM", "tail number N123AB").
//!
//! A plane story names its flight and its aircraft; two sources that give
//! different flight numbers disagree on a fact an editor checks first. A
//! code is compared letter for letter, so it must be read whole ("KQ 562"
//! is "KQ562") and its digits must not also be read as a number.
//!
//! The rule is conservative: letters and digits mixed in one token are
//! names far more often than codes ("A330neo", "G7", "F-35", "COVID-19",
//! "M25", "PS5"), so a code is read only
//! - right after a label noun: "flight", "flight number", "registration",
//!   "registered as", "tail number", "call sign", "train number", "IMO".
//!   Flight and call-sign codes are an airline designator and a number
//!   ("KQ562", "KQ 562", "BAW2490", "U2 8134"), a registration is written
//!   with its hyphen ("OY-KBM", "G-EUPT") or as a US N-number ("N123AB"); a
//!   number alone is a code after a singular "flight" ("Flight 17"), "train
//!   number" or "IMO", unless a unit or a time word follows ("the flight 20
//!   minutes later"). Codes listed after one label ("flights KQ562 and
//!   KQ563") are all read;
//! - or, with no label, as a registration of a two-character nationality
//!   prefix, a hyphen and three capitals ("OY-KBM", "EI-FRH"): the shape is
//!   distinctive enough. Single-letter prefixes ("G-EUPT", "D-AIMA") need a
//!   label, or "C-SPAN" and "D-DAY" would be aircraft.
//!
//! Not codes: a token that runs on into letters ("flight A330neo"),
//! models and names without a label, and route, road and highway numbers
//! ("Highway 5", "Route 66"), which the quantity recognizer leaves out as
//! labels and nothing compares.

use crate::span::Span;
use regex::Regex;
use std::sync::LazyLock;

/// One code, normalized: upper case, no spaces ("KQ562", "OY-KBM").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CodeMatch {
    /// The code as written, without its label: "KQ 562".
    pub span: Span,
    pub code: String,
    /// What the label says it is: "flight", "registration", "train", "ship";
    /// "registration" also for a registration read by its shape.
    pub kind: &'static str,
}

/// A label and the codes it may introduce.
static LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)\b(?:(?P<flight>flight(?:[ \u{a0}]+(?:number|no\.?))?)|(?P<flights>flights)",
        r"|(?P<callsign>call[ \u{a0}-]?sign)",
        r"|(?P<registration>registration(?:[ \u{a0}]+(?:number|no\.?|mark))?|registered(?:[ \u{a0}]+as)?|tail[ \u{a0}]+(?:number|no\.?))",
        r"|(?P<train>train[ \u{a0}]+(?:number|no\.?))|(?-i:(?P<ship>IMO)(?:[ \u{a0}]+(?:number|no\.?))?))",
        r"\b[ \u{a0}]*[:#]?[ \u{a0}]*",
    ))
    .expect("code label regex")
});

/// An airline designator and a flight number: "KQ562", "KQ 562", "BAW2490", "U2 8134".
static DESIGNATOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[A-Z]{2,3}|[A-Z][0-9]|[0-9][A-Z])[ \u{a0}]?[0-9]{1,4}[A-Z]?").expect("designator regex")
});
/// A registration with its hyphen: "OY-KBM", "G-EUPT", "RA-89049".
static REGISTRATION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[A-Z0-9]{1,2}-[A-Z0-9]{3,5}").expect("registration regex"));
/// A US registration: "N123AB".
static N_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^N[1-9][0-9]{0,4}[A-Z]{0,2}").expect("n-number regex"));
static DIGITS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^[0-9]{1,7}").expect("digits regex"));
/// "and", ",", "/" between codes of one label.
static LIST_GAP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:,[ \u{a0}]*|[ \u{a0}]*/[ \u{a0}]*|,?[ \u{a0}]+(?:and|or)[ \u{a0}]+)").expect("list regex")
});
/// A registration read by its shape alone.
static BARE_REGISTRATION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(?P<prefix>[A-Z0-9]{2})-[A-Z]{3}\b").expect("bare registration regex"));
/// What after a number shows it is an amount or a time, not a flight number.
static AMOUNT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^[ \u{a0}]*(?:%|[.,][0-9]|(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?",
        r"|times|people|passengers|percent|per[ \u{a0}]cent|a\.m\.|p\.m\.|am|pm)\b)",
    ))
    .expect("amount regex")
});

/// Nationality prefixes of aircraft registrations written with two
/// characters and a three-letter mark.
const PREFIXES: &[&str] = &[
    "VT", "VH", "ZK", "EI", "HB", "OE", "PH", "OO", "SE", "LN", "OY", "OH", "EC", "CS", "SP", "OK", "OM", "HA", "YR",
    "LZ", "SX", "TF", "ES", "YL", "LY", "UR", "TC", "9H", "5B", "S5", "9A", "YU", "ER", "4L", "4K", "UP", "HZ", "A6",
    "A7", "A9", "9K", "4X", "EP", "AP", "9V", "9M", "HS", "PK", "VN", "RP", "ZS", "5Y", "5N", "ET", "SU", "CN", "7T",
    "PR", "PP", "PS", "PT", "XA", "XB", "CC", "LV", "HK", "OB", "YV", "HC", "TI",
];

/// Every code in `text`, sorted by start, non-overlapping.
pub fn find_codes(text: &str) -> Vec<CodeMatch> {
    if !crate::recognize::number::has_ascii_digit(text) && !text.contains('-') {
        return Vec::new();
    }
    let mut found: Vec<CodeMatch> = Vec::new();
    for c in LABEL.captures_iter(text) {
        let Some(label) = c.get(0) else { continue };
        let kind = if c.name("flight").is_some() || c.name("flights").is_some() || c.name("callsign").is_some() {
            "flight"
        } else if c.name("registration").is_some() {
            "registration"
        } else if c.name("train").is_some() {
            "train"
        } else {
            "ship"
        };
        // A number alone is a flight only after a singular "flight".
        let digits_ok = c.name("flight").is_some() || kind == "train" || kind == "ship";
        let mut at = label.end();
        while let Some(span) = code_at(text, at, kind, digits_ok) {
            found.push(CodeMatch { span, code: normalize(span.slice(text)), kind });
            match LIST_GAP.find(&text[span.end..]) {
                Some(gap) => at = span.end + gap.end(),
                None => break,
            }
        }
    }
    if text.contains('-') {
        for c in BARE_REGISTRATION.captures_iter(text) {
            let (Some(all), Some(prefix)) = (c.get(0), c.name("prefix")) else { continue };
            let span = Span::from(all.range());
            let joined = text[..span.start].ends_with('-') || text[span.end..].starts_with('-');
            if PREFIXES.contains(&prefix.as_str()) && !joined && !found.iter().any(|f| f.span.overlaps(span)) {
                found.push(CodeMatch { span, code: all.as_str().to_string(), kind: "registration" });
            }
        }
    }
    found.sort_by_key(|c| c.span.start);
    found
}

/// The code of `kind` starting at `at`, if one does.
fn code_at(text: &str, at: usize, kind: &str, digits_ok: bool) -> Option<Span> {
    let rest = &text[at..];
    let shapes: &[&LazyLock<Regex>] = match kind {
        "registration" => &[&REGISTRATION, &N_NUMBER],
        "flight" => &[&DESIGNATOR],
        _ => &[],
    };
    let m = shapes
        .iter()
        .filter_map(|re| re.find(rest))
        .chain(digits_ok.then(|| DIGITS.find(rest)).flatten())
        .max_by_key(|m| m.end())?;
    let end = at + m.end();
    // The code must end its token: "A330neo" and "KQ562-B" are something else.
    let next = text[end..].chars().next();
    if next.is_some_and(|c| c.is_alphanumeric() || c == '-' || c == '_') {
        return None;
    }
    let digits_only = m.as_str().bytes().all(|b| b.is_ascii_digit());
    if digits_only && (AMOUNT_AFTER.is_match(&text[end..]) || crate::recognize::unit::unit_follows(text, end)) {
        return None;
    }
    Some(Span::new(at, end))
}

fn normalize(written: &str) -> String {
    written.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_uppercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (span text, code) of every code in `text`.
    fn codes(text: &str) -> Vec<(&str, String)> {
        find_codes(text).into_iter().map(|c| (c.span.slice(text), c.code)).collect()
    }

    /// The one code in `text`, as written and normalized.
    fn one(text: &str) -> (&str, String) {
        let found = codes(text);
        assert_eq!(found.len(), 1, "{text:?}: {found:?}");
        found.into_iter().next().unwrap()
    }

    #[test]
    fn flight_numbers_after_their_label() {
        assert_eq!(one("Flight KQ562 landed safely."), ("KQ562", "KQ562".into()));
        assert_eq!(one("The crew of flight KQ 562 declared an emergency."), ("KQ 562", "KQ562".into()));
        assert_eq!(one("Passengers on flight BA 2490 were delayed."), ("BA 2490", "BA2490".into()));
        assert_eq!(one("Its call sign BAW2490 was heard."), ("BAW2490", "BAW2490".into()));
        assert_eq!(one("Flight number: U2 8134 left late."), ("U2 8134", "U28134".into()));
        assert_eq!(one("Flight 17 was shot down."), ("17", "17".into()));
        let found = codes("Flights KQ562 and KQ563 were cancelled.");
        assert_eq!(found, vec![("KQ562", "KQ562".into()), ("KQ563", "KQ563".into())]);
    }

    #[test]
    fn registrations() {
        assert_eq!(one("The aircraft, registration OY-KBM, was grounded."), ("OY-KBM", "OY-KBM".into()));
        assert_eq!(one("The jet (OY-KBM) was five years old."), ("OY-KBM", "OY-KBM".into()));
        assert_eq!(one("It was registered as G-EUPT in 2001."), ("G-EUPT", "G-EUPT".into()));
        assert_eq!(one("The Cessna, tail number N123AB, crashed."), ("N123AB", "N123AB".into()));
    }

    #[test]
    fn names_and_models_are_not_codes() {
        let traps = [
            "The A330neo and the 737 MAX 8 share the route.",
            "G7 leaders flew F-35 jets; COVID-19 closed the M25.",
            "A flight A330neo demonstration drew crowds.",
            "Highway 5 and Route 66 were closed.",
            "C-SPAN aired the D-DAY ceremony and the US-UAE talks.",
            "The flight 20 minutes later was full; flights 3 times a week.",
            "The flight took 9 hours.",
            "She registered 5 complaints.",
            "The 4-3-3 formation and 555-1234.",
        ];
        for text in traps {
            assert!(codes(text).is_empty(), "{text}: {:?}", codes(text));
        }
    }

    #[test]
    fn the_digits_of_a_code_are_not_numbers() {
        let text = "Flight KQ 562 from Bergen carried 180 passengers.";
        let values = crate::recognize::values(text, None);
        let got: Vec<(&str, &str)> = values.iter().map(|v| (v.span.slice(text), v.value.type_name())).collect();
        assert_eq!(got, vec![("KQ 562", "code"), ("180", "number")]);
    }
}
