//! The publication date of a source: a `date:` / `Published:` line near the
//! top, or a `date:` key in front matter. A date found this way anchors
//! weekdays and yearless dates; it is never an event's date, so the field
//! (label and date) is kept out of the prose view, and the rest of its line
//! stays prose ("Updated on 3 April 2025 the summit was moved to June").

use crate::recognize::date::find_dates;
use crate::span::Span;
use crate::value::Value;
use chrono::NaiveDate;
use regex::Regex;
use std::sync::LazyLock;

/// Where a publication date was found.
#[derive(Clone, Debug, PartialEq)]
pub struct Published {
    pub date: NaiveDate,
    /// The field that carried it: from the start of its line to the end of the date.
    pub field: Span,
}

static DATE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?im)^[ \t]*(?:date|published|publication date|posted|updated|last updated)[ \t]*(?::|on)?[ \t]+(?P<rest>[^\n]*)$")
        .unwrap()
});

static ISO: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\b(\d{4})-(\d{2})-(\d{2})").unwrap());

/// How many lines from the top a date line may stand (front matter included).
const HEADER_LINES: usize = 15;

pub fn publication_date(original: &str) -> Option<Published> {
    // A byte-order mark is not part of the first line.
    let bom = if original.starts_with('\u{feff}') { '\u{feff}'.len_utf8() } else { 0 };
    let body = &original[bom..];
    let header_end = body.match_indices('\n').nth(HEADER_LINES - 1).map_or(body.len(), |(i, _)| i);
    let header = &body[..header_end];
    for caps in DATE_LINE.captures_iter(header) {
        let line = caps.get(0)?;
        let rest = caps.name("rest")?;
        if let Some((date, end)) = first_date(rest.as_str()) {
            return Some(Published { date, field: Span::new(line.start(), rest.start() + end).offset(bom) });
        }
    }
    None
}

/// The first date of `text` and where it ends.
fn first_date(text: &str) -> Option<(NaiveDate, usize)> {
    if let Some(c) = ISO.captures(text) {
        let (y, m, d) = (c[1].parse().ok()?, c[2].parse().ok()?, c[3].parse().ok()?);
        let end = c.get(0)?.end();
        return NaiveDate::from_ymd_opt(y, m, d).map(|date| (date, end));
    }
    find_dates(text, None).into_iter().find_map(|m| match m.value {
        Value::Date { date } => Some((date, m.span.end)),
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_lines_and_front_matter() {
        let d = NaiveDate::from_ymd_opt(2025, 4, 4).unwrap();
        assert_eq!(publication_date(" date 2025-04-04 By Some Review\n\nBody").map(|p| p.date), Some(d));
        assert_eq!(publication_date("---\ntitle: x\ndate: 2025-04-04\n---\n").map(|p| p.date), Some(d));
        assert_eq!(publication_date("Published: 2025-04-04\nText").unwrap().field, Span::new(0, 21));
        assert_eq!(publication_date("No date here.\nThe date is unknown."), None);
    }

    #[test]
    fn the_field_ends_with_the_date_and_a_bom_does_not_hide_it() {
        let text = "Updated on 3 April 2025 the summit was moved.";
        let found = publication_date(text).unwrap();
        assert_eq!(found.date, NaiveDate::from_ymd_opt(2025, 4, 3).unwrap());
        assert_eq!(found.field.slice(text), "Updated on 3 April 2025");
        let text = "\u{feff}date: 2025-04-03\nBody.";
        let found = publication_date(text).unwrap();
        assert_eq!(found.field.slice(text), "date: 2025-04-03");
    }
}
