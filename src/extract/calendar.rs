//! `calendar`: every calendar day a source names, with the weekday it
//! writes next to it ("Saturday, May 9", "on Wednesday 14 October").
//!
//! The calendar is a fact every reader can check: when one source writes
//! "Saturday, May 9" and another "Sunday, May 9", one of them is
//! wrong whatever event they speak of. Each day is a subject of its own;
//! a day written without a weekday still tells which weekday it is.

use super::{Context, Extractor, Sentence};
use crate::claim::{Claim, Modality, Scope, Subject, SubjectKind};
use crate::value::{weekday_name, Value};

pub struct Calendar;

/// The subject key prefix of calendar days.
pub const DAY_PREFIX: &str = "day ";

impl Extractor for Calendar {
    fn id(&self) -> &'static str {
        "calendar"
    }

    fn extract(&self, cx: &Context, sentence: &Sentence) -> Vec<Claim> {
        let mut out = Vec::new();
        for d in sentence.dates() {
            let Value::Date { date } = d.value else { continue };
            let value = match d.stated_weekday {
                Some(w) => Value::Weekday { weekday: weekday_name(w).to_string() },
                None => Value::Date { date },
            };
            let label = format!("the day {}", date.format("%-d %B %Y"));
            let subject = Subject::new(SubjectKind::Event, format!("{DAY_PREFIX}{date}"), label);
            let at = cx.claim(sentence, d.span, self.id());
            out.push(at.into_claim(subject, "weekday of date", Scope::default(), value, Modality::Asserted));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::test_support::run_published;
    use chrono::NaiveDate;

    #[test]
    fn days_with_and_without_a_weekday() {
        let claims = run_published(
            &Calendar,
            "The museum reopens on Saturday, May 9, and the café on May 12.",
            NaiveDate::from_ymd_opt(2026, 3, 2),
        );
        let got: Vec<(String, String)> = claims.iter().map(|c| (c.subject.key.clone(), c.value.describe())).collect();
        assert_eq!(
            got,
            [
                ("day 2026-05-09".to_string(), "Saturday".to_string()),
                ("day 2026-05-12".to_string(), "12 May 2026".to_string())
            ]
        );
    }
}
