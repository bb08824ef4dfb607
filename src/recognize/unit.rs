//! Quantities with a unit of measure: "148 mm", "5.8 metres", "45W", "a
//! 7-nanometre process", "38 degrees Celsius", "magnitude 7.1", "50 basis
//! points", "a quarter of a percentage point".
//!
//! Story figures that are not counts, sums or shares come with a unit: the
//! rain that fell, the area that burned, the power a chip draws, a quake's
//! magnitude, a rate cut. Two sources agree on them only after conversion
//! ("148 mm" and "more than five inches"), so the unit must be read with
//! the figure and normalized to the lexicon of `knowledge/units.toml`.
//!
//! This module owns how a unit is *written* next to a figure: after it
//! ("5.8 metres", "148mm", "a 118-watt chip"), before it for prefix units
//! ("magnitude 7.1", "a magnitude-6.8 quake"), after a fraction ("a quarter
//! of a percentage point", "half a mile"), and the rate idioms "a
//! quarter-point cut" and "a half-point rise". Everything else a figure
//! carries is shared with percentages and money and stays in `quantity.rs`:
//! qualifiers ("more than five inches" is (5, ∞) inches), ranges ("3-5
//! km"), and restatements in brackets ("5.8 metres (about 19 feet)"), which
//! are values of their own *and* listed in [`Quantity::conversions`] of the
//! first, so a reader can take the pair as one claim.
//!
//! What is not a unit here:
//! - words that are also units: "in" is never the inch, a bare "c" or "f"
//!   never a temperature ("38 degrees C" is), and the symbols that are words
//!   or names in other cases ("W", "m", "nm", "MP", "bp", "pp") match only as
//!   the lexicon writes them ("3 MPs" is no megapixel);
//! - a glued "m" ("£1.2m", "100m"): a million, see the number recognizer;
//! - time units (seconds to years): durations, read by their own recognizer;
//! - "magnitude of 6.8": the figure is a plain number, and a reader links
//!   it to its head noun.

use crate::recognize::quantity::{find_quantities, Quantity, QuantityKind};
use crate::span::Span;
use crate::units::{Unit, UNITS};
use regex::Regex;
use std::collections::HashMap;
use std::sync::LazyLock;

/// A unit written next to a figure: its canonical symbol and where it stands.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct UnitFound {
    pub symbol: &'static str,
    /// For a unit after the figure, where it ends; before it, where it starts.
    pub at: usize,
}

/// Every quantity with a unit of measure in `text`, with its qualifier and
/// its restatements in other units.
pub fn find_measures(text: &str) -> Vec<Quantity> {
    find_quantities(text).into_iter().filter(|q| matches!(q.kind, QuantityKind::Measure { .. })).collect()
}

/// One spelling of a unit.
struct Name {
    text: &'static str,
    unit: &'static Unit,
    /// May touch the figure ("148mm", "95°F", "10km/hr"): symbols, not words.
    glued_ok: bool,
}

/// The spellings of the lexicon, longest first: those written after a
/// figure by their first letter in lower case (a figure is followed by a
/// unit far less often than it is tried), and those written before one.
struct Names {
    after: HashMap<char, Vec<Name>>,
    before: Vec<Name>,
}

impl Names {
    /// The spellings that may start `rest`.
    fn after(&self, rest: &str) -> &[Name] {
        let first = rest.chars().next().and_then(|c| c.to_lowercase().next());
        first.and_then(|c| self.after.get(&c)).map_or(&[], Vec::as_slice)
    }
}

static NAMES: LazyLock<Names> = LazyLock::new(|| {
    let (mut after, mut before) = (HashMap::<char, Vec<Name>>::new(), Vec::new());
    for unit in UNITS.iter() {
        for name in &unit.names {
            // "148mm", "10km/hr", "95°F", "100° Celsius"; not "5metres".
            let sign = !name.starts_with(char::is_alphabetic);
            let glued_ok = sign || ((name.chars().count() <= 4 || name.contains('/')) && !name.contains(' '));
            let entry = Name { text: name.as_str(), unit, glued_ok };
            let first = name.chars().next().and_then(|c| c.to_lowercase().next());
            match first {
                _ if unit.prefix => before.push(entry),
                Some(c) => after.entry(c).or_default().push(entry),
                None => {}
            }
        }
    }
    for names in after.values_mut() {
        names.sort_by_key(|n| std::cmp::Reverse(n.text.len()));
    }
    before.sort_by_key(|n| std::cmp::Reverse(n.text.len()));
    Names { after, before }
});

const SPACES: [char; 4] = [' ', '\u{a0}', '\u{202f}', '\u{2009}'];

/// The length of `name` written at the start of `rest`, if it is. A space
/// in the name matches spaces or one hyphen ("basis-point"); letters match
/// in any case unless the unit is case-sensitive; the name must end a word.
fn written_len(rest: &str, name: &Name) -> Option<usize> {
    let mut pos = 0;
    for want in name.text.chars() {
        let tail = &rest[pos..];
        if want == ' ' {
            let trimmed = tail.trim_start_matches(SPACES);
            pos += if trimmed.len() < tail.len() {
                tail.len() - trimmed.len()
            } else if tail.starts_with('-') {
                1
            } else {
                return None;
            };
            continue;
        }
        let got = tail.chars().next()?;
        let same = if name.unit.case_sensitive {
            got == want
        } else if got.is_ascii() && want.is_ascii() {
            // What the Unicode comparison below says for ASCII, without its iterators.
            got.eq_ignore_ascii_case(&want)
        } else {
            got.to_lowercase().eq(want.to_lowercase())
        };
        if !same {
            return None;
        }
        pos += got.len_utf8();
    }
    let ends_word = name.text.ends_with(char::is_alphanumeric);
    (!(ends_word && rest[pos..].starts_with(char::is_alphanumeric))).then_some(pos)
}

/// A unit after the figure ending at `end`: glued to it ("148mm"), after
/// spaces ("5.8 metres") or joined by a hyphen ("a 7-nanometre process").
pub(crate) fn unit_after(text: &str, end: usize) -> Option<UnitFound> {
    let rest = &text[end..];
    let spaced = rest.trim_start_matches(SPACES);
    let (body, glued) = if spaced.len() < rest.len() {
        (spaced, false)
    } else if let Some(after_hyphen) = rest.strip_prefix(['-', '‑']) {
        (after_hyphen, false)
    } else {
        (rest, true)
    };
    let gap = rest.len() - body.len();
    NAMES.after(body).iter().filter(|n| !glued || n.glued_ok).find_map(|n| {
        let len = written_len(body, n)?;
        Some(UnitFound { symbol: n.unit.symbol.as_str(), at: end + gap + len })
    })
}

/// A prefix unit right before the figure starting at `start`, not reaching
/// back before `floor`: "magnitude 7.1", "magnitude-6.8".
pub(crate) fn unit_before(text: &str, start: usize, floor: usize) -> Option<UnitFound> {
    let head = &text[floor..start];
    let trimmed = head.trim_end_matches(SPACES);
    let trimmed = if trimmed.len() == head.len() { trimmed.strip_suffix(['-', '‑'])? } else { trimmed };
    NAMES.before.iter().find_map(|n| {
        let at = trimmed.len().checked_sub(n.text.len())?;
        let word = trimmed.get(at..)?;
        let starts_word = !trimmed[..at].ends_with(char::is_alphanumeric);
        let same = if n.unit.case_sensitive { word == n.text } else { word.eq_ignore_ascii_case(n.text) };
        (same && starts_word).then(|| UnitFound { symbol: n.unit.symbol.as_str(), at: floor + at })
    })
}

/// "of a", "an": what stands between a fraction word and a unit.
static FRACTION_LINK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^[ \u{a0}]+(?:of[ \u{a0}]+)?an?[ \u{a0}]+").expect("fraction link regex"));

/// A unit after a fraction word ending at `end`: "a quarter| of a
/// percentage point", "half| a mile", "three quarters| of a mile".
pub(crate) fn unit_after_fraction(text: &str, end: usize) -> Option<UnitFound> {
    let link = FRACTION_LINK.find(&text[end..])?;
    let from = end + link.end();
    NAMES.after(&text[from..]).iter().find_map(|n| {
        let len = written_len(&text[from..], n)?;
        Some(UnitFound { symbol: n.unit.symbol.as_str(), at: from + len })
    })
}

/// Letters glued to a figure that are a unit ("mm", "W", "GHz", "TOPS"):
/// the figure stays a number.
pub(crate) fn is_glued_unit(letters: &str) -> bool {
    NAMES.after(letters).iter().any(|n| n.glued_ok && written_len(letters, n) == Some(letters.len()))
}

/// Whether a unit of measure follows the figure ending at `end` ("one
/// mile"): the number recognizer then reads a lone "one".
pub(crate) fn unit_follows(text: &str, end: usize) -> bool {
    unit_after(text, end).is_some_and(|u| u.at > end)
}

/// "a quarter-point cut", "a half-point rise": a rate change in percentage
/// points told by its fraction alone.
static POINT_FRACTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?P<fraction>quarter|half|three-quarter)[- ](?:percentage[- ])?point\b").expect("point regex")
});

/// The rate changes told as "quarter-point" and "half-point", in percentage
/// points. They are written without a figure, so the quantity layer adds
/// them beside the figures it reads.
pub(crate) fn point_fractions(text: &str) -> Vec<(Span, f64)> {
    // "quarter-point", "Half-Point": most sentences have no "point" at all.
    if !text.contains("oint") {
        return Vec::new();
    }
    POINT_FRACTION
        .captures_iter(text)
        .filter_map(|c| {
            let value = match c.name("fraction")?.as_str().to_lowercase().as_str() {
                "quarter" => 0.25,
                "half" => 0.5,
                _ => 0.75,
            };
            Some((Span::from(c.get(0)?.range()), value))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::Interval;

    /// (span text, unit, interval) of every measure in `text`.
    fn measures(text: &str) -> Vec<(&str, String, Interval)> {
        find_measures(text)
            .into_iter()
            .map(|q| match q.kind {
                QuantityKind::Measure { unit, .. } => (q.span.slice(text), unit, q.interval),
                _ => unreachable!(),
            })
            .collect()
    }

    fn one(text: &str) -> (&str, String, Interval) {
        let found = measures(text);
        assert_eq!(found.len(), 1, "{text:?}: {found:?}");
        found.into_iter().next().unwrap()
    }

    fn unit_of(text: &str) -> String {
        one(text).1
    }

    #[test]
    fn figures_followed_by_a_unit() {
        let cases = [
            ("The valley saw 148 millimetres of rain overnight.", "148 millimetres", "mm", 148.0, 0.5),
            ("The valley saw 148mm of rain overnight.", "148mm", "mm", 148.0, 0.5),
            ("The pole vault bar was set at 6.1 metres.", "6.1 metres", "m", 6.1, 0.05),
            ("The processor draws 45 W under load.", "45 W", "W", 45.0, 0.5),
            ("The processor draws 45W under load.", "45W", "W", 45.0, 0.5),
            ("Rated at 45 watts, the board runs cool.", "45 watts", "W", 45.0, 0.5),
            ("The blaze has scorched 12,600 hectares of forest.", "12,600 hectares", "ha", 12_600.0, 0.5),
            ("Crews saved 31,100 acres of farmland.", "31,100 acres", "acre", 31_100.0, 0.5),
            ("Gusts reached 38 mph by dusk.", "38 mph", "mph", 38.0, 0.5),
            ("Its cores run at 4.9 GHz.", "4.9 GHz", "GHz", 4.9, 0.05),
            ("The accelerator delivers 40 TOPS.", "40 TOPS", "TOPS", 40.0, 0.5),
            ("It was 38 degrees Celsius in the shade.", "38 degrees Celsius", "°C", 38.0, 0.5),
            ("Readings hit 101 degrees Fahrenheit.", "101 degrees Fahrenheit", "°F", 101.0, 0.5),
            ("Readings hit 101°F.", "101°F", "°F", 101.0, 0.5),
            ("It was 38 degrees C at noon.", "38 degrees C", "°C", 38.0, 0.5),
            ("The lender raised its deposit rate by 50 basis points.", "50 basis points", "bp", 50.0, 0.5),
            ("Unemployment fell 0.3 percentage points.", "0.3 percentage points", "pp", 0.3, 0.05),
            ("The ferry sailed 40 nautical miles north.", "40 nautical miles", "nmi", 40.0, 0.5),
            ("a plot of 660 square metres near the river", "660 square metres", "m²", 660.0, 0.5),
            ("The reservoir covers 12 km² of the valley.", "12 km²", "km²", 12.0, 0.5),
            ("The hull is 3 m wide.", "3 m", "m", 3.0, 0.5),
            ("The limit is 80km/hr on the bridge.", "80km/hr", "km/h", 80.0, 0.5),
            ("The storm moved at 12 miles an hour.", "12 miles an hour", "mph", 12.0, 0.5),
            ("The park covers 190km2 of wetland.", "190km2", "km²", 190.0, 0.5),
            ("Water boils at 100° Celsius.", "100° Celsius", "°C", 100.0, 0.5),
        ];
        for (text, span, unit, x, tolerance) in cases {
            assert_eq!(one(text), (span, unit.to_string(), Interval::around(x, tolerance)), "{text}");
        }
    }

    #[test]
    fn qualifiers_and_spelled_figures() {
        let text = "Rain gauges showed more than five inches by morning.";
        assert_eq!(one(text), ("more than five inches", "in".to_string(), Interval::above(5.0)));
        let (span, _, interval) = one("The glacier retreated about 40 metres last year.");
        assert_eq!((span, interval), ("about 40 metres", Interval::around(40.0, 4.0)));
        assert_eq!(one("Waves of up to 6 metres hit the coast.").2, Interval::at_most(6.0));
        assert_eq!(one("Floodwater rose nearly 2 metres.").2, Interval::closed(1.8, 2.0));
        assert_eq!(one("The trail is ten miles long.").0, "ten miles");
        assert_eq!(one("It lies one mile from the shore.").0, "one mile");
    }

    #[test]
    fn hyphenated_compound_adjectives() {
        let cases = [
            ("etched on a 7-nanometre process", "7-nanometre", "nm", 7.0),
            ("moving to a 2-nanometre process next year", "2-nanometre", "nm", 2.0),
            ("she cleared the five-metre height at last", "five-metre", "m", 5.0),
            ("a 118-watt chip for laptops", "118-watt", "W", 118.0),
            ("a 10-km stretch of coast", "10-km", "km", 10.0),
            ("the 75-basis-point hike surprised markets", "75-basis-point", "bp", 75.0),
        ];
        for (text, span, unit, x) in cases {
            let (s, u, i) = one(text);
            assert_eq!((s, u.as_str(), i.min.map(|m| m + 0.5)), (span, unit, Some(x)), "{text}");
        }
    }

    #[test]
    fn prefix_units() {
        let text = "A magnitude 7.1 earthquake struck before dawn.";
        assert_eq!(one(text), ("magnitude 7.1", "magnitude".to_string(), Interval::around(7.1, 0.05)));
        assert_eq!(one("a magnitude-6.8 quake shook the island").0, "magnitude-6.8");
        assert_eq!(one("Magnitude 6 tremors are common there.").0, "Magnitude 6");
        assert_eq!(one("The quake measured 5.9 on the Richter scale.").0, "5.9 on the Richter scale");
        // "a magnitude of 6.8" is a plain figure: a reader links it to its noun.
        assert!(measures("It had a magnitude of 6.8, officials said.").is_empty());
        // "magnitude" must be a word of its own.
        assert!(measures("the supermagnitude 5 event").is_empty());
    }

    #[test]
    fn fractions_of_a_unit() {
        let (span, unit, interval) =
            one("Lenders lifted mortgage costs by a quarter of a percentage point last month.");
        assert_eq!((span, unit.as_str(), interval), ("a quarter of a percentage point", "pp", Interval::exact(0.25)));
        assert_eq!(one("a rise of half a percentage point").2, Interval::exact(0.5));
        assert_eq!(one("It stopped three quarters of a mile from the shore.").0, "three quarters of a mile");
        let (span, unit, interval) = one("Analysts see a quarter-point hike in October.");
        assert_eq!((span, unit.as_str(), interval), ("quarter-point", "pp", Interval::exact(0.25)));
        assert_eq!(one("after a half-point rise").2, Interval::exact(0.5));
        // A fraction with no unit stays a share, never a value.
        assert!(measures("a quarter of the budget, half of them").is_empty());
    }

    #[test]
    fn ranges_of_a_unit() {
        let (span, unit, interval) = one("Swells of 3-5 km long were seen.");
        assert_eq!((span, unit.as_str(), interval), ("3-5 km", "km", Interval::closed(3.0, 5.0)));
        assert_eq!(one("between 2 and 3 metres of snow").2, Interval::closed(2.0, 3.0));
        assert_eq!(one("waves 4 to 6 metres high").2, Interval::closed(4.0, 6.0));
    }

    #[test]
    fn restatements_in_brackets_are_linked_conversions() {
        let text = "The bar was raised to 5.8 metres (about 19 feet) for the final.";
        let found = find_quantities(text);
        assert_eq!(found.len(), 1, "{found:#?}");
        let main = &found[0];
        assert_eq!(main.span.slice(text), "5.8 metres");
        assert_eq!(main.conversions.len(), 1);
        let conversion = &main.conversions[0];
        assert_eq!(conversion.span.slice(text), "about 19 feet");
        assert_eq!(conversion.kind, QuantityKind::Measure { unit: "ft".into(), dimension: "length".into() });
        let text = "Volunteers replanted over 12,600 hectares (roughly 31,100 acres) all week.";
        let found = find_quantities(text);
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(found[0].span.slice(text), "over 12,600 hectares");
        assert_eq!(found[0].conversions[0].span.slice(text), "roughly 31,100 acres");
        let text = "It was 35°C (95°F) at noon.";
        assert_eq!(find_quantities(text)[0].conversions[0].span.slice(text), "95°F");
        // A part in the same unit, or another dimension, is not a restatement.
        assert_eq!(find_quantities("a 40 km road (12 km of it new)").len(), 2);
        assert_eq!(find_quantities("a 40 km road (12 mph limit)").len(), 2);
    }

    #[test]
    fn case_sensitive_symbols_do_not_fire_on_words() {
        assert!(measures("I'm sure a W is on the board; I'm 5 c short.").is_empty());
        assert!(measures("Only 5 c of the budget; 3 f of them").is_empty());
        assert!(measures("He lost 5 in the first round; 3 in all.").is_empty());
        assert!(measures("Labour gained 3 MPs and 2 PP seats; 4 BP stations shut.").is_empty());
        assert!(measures("It trained 5 ML models for 2 DB trains and 3 HP printers.").is_empty());
        assert_eq!(unit_of("a 5 mL dose"), "ml");
        assert_eq!(unit_of("a 50 MP camera"), "MP");
        assert_eq!(unit_of("a 5 ha plot"), "ha");
        assert!(measures("5 w of them").is_empty());
        // A unit name must end its word.
        assert!(measures("3 kmart stores, 5 mmol, 4 Watson").is_empty());
    }

    #[test]
    fn traps_are_not_units() {
        // Citation markers, years, dates and labels stay out.
        assert!(measures("spending reached 2% of GDP1 in 2025 alone7.").is_empty());
        assert!(measures("On 3 May 2025, 4-3-3 and +44-20-7946-0958 m").is_empty());
        // Time units are durations, not measures.
        assert!(measures("a 30-day ceasefire lasted 3 hours and 20 minutes").is_empty());
        // Money and percentages keep their kinds.
        assert!(measures("£2 million, 5% and 2 million pounds").is_empty());
        // "500 pounds of explosives" is neither money nor a unit we read.
        assert!(measures("500 pounds of explosives").is_empty());
    }

    #[test]
    fn bare_degrees_are_their_own_dimension() {
        let q = find_measures("Temperatures reached 45 degrees on Sunday.");
        assert_eq!(q[0].kind, QuantityKind::Measure { unit: "°".into(), dimension: "degrees".into() });
        assert_eq!(unit_of("rotate it 90°"), "°");
    }

    #[test]
    fn never_panics_on_multibyte_text() {
        let text =
            "7–6 (7–4) ş6–2, 95°F (35 ° C) magnitude‑6.8 ş-ABC VT‑QRX flight ş582 ₩829,000 won. 5 µm ½ mile 3 ºC";
        for end in (0..=text.len()).filter(|&e| text.is_char_boundary(e)) {
            for v in crate::recognize::values(&text[..end], None) {
                assert!(v.span.end <= end && text.is_char_boundary(v.span.start) && text.is_char_boundary(v.span.end));
            }
        }
    }

    #[test]
    fn glued_units_are_numbers_and_glued_words_are_not() {
        assert!(is_glued_unit("mm") && is_glued_unit("W") && is_glued_unit("GHz") && is_glued_unit("TOPS"));
        assert!(!is_glued_unit("w") && !is_glued_unit("metres") && !is_glued_unit("G") && !is_glued_unit("in"));
    }
}
