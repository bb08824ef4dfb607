//! Value recognizers: find every number, quantity, ordinal and date in a
//! piece of text, normalized, with its span. They know nothing of subjects;
//! the claim extractors in `extract/` decide what a value is *about*.
//!
//! Spans returned here are relative to the text passed in; callers shift
//! them with [`Span::offset`](crate::span::Span::offset).

pub(crate) mod byte_tests;
pub mod clock;
pub mod code;
pub mod date;
pub mod duration;
mod holiday;
mod nth_weekday;
pub mod number;
mod numeric_date;
pub mod ordinal;
pub mod quantity;
mod relative_date;
pub mod score;
mod spelled_date;
pub mod unit;
mod word_bits;

use crate::span::Span;
use crate::value::Value;
use chrono::NaiveDate;

/// One recognized value, whether or not it becomes a claim.
#[derive(Clone, Debug, PartialEq)]
pub struct ValueMatch {
    pub span: Span,
    pub value: Value,
}

/// Every value the recognizers find in `text`, in text order, without
/// overlaps: dates win over everything (so "April 3-4" is not a range of
/// numbers, "two days ago" not a duration), then scores and codes ("won
/// 3-1" is not two counts), then times of day and durations over the
/// figures inside them ("4:27", "2 hours 53 minutes"), quantities over bare
/// ordinals. Conversions and restated times in parentheses are listed as
/// values of their own (the link to the figure they restate is in
/// [`quantity::Quantity::conversions`]).
pub fn values(text: &str, anchor: Option<NaiveDate>) -> Vec<ValueMatch> {
    values_with_dates(text, anchor, &date::find_dates(text, anchor))
}

/// [`values`] for a caller that has the dates of `text` already.
pub fn values_with_dates(text: &str, anchor: Option<NaiveDate>, dates: &[date::DateMatch]) -> Vec<ValueMatch> {
    let mut out: Vec<ValueMatch> = dates.iter().map(|d| ValueMatch { span: d.span, value: d.value.clone() }).collect();
    let taken = |out: &[ValueMatch], span: Span| out.iter().any(|v| v.span.overlaps(span));
    let (scores, codes) = (score::find_scores(text), code::find_codes(text));
    let claimed: Vec<Span> = scores.iter().map(|s| s.span).chain(codes.iter().map(|c| c.span)).collect();
    for s in scores {
        if !taken(&out, s.span) {
            out.push(ValueMatch { span: s.span, value: Value::Score { sets: s.sets } });
        }
    }
    for c in codes {
        if !taken(&out, c.span) {
            out.push(ValueMatch { span: c.span, value: Value::Code { code: c.code } });
        }
    }
    let quantities = quantity::quantities_outside(text, &claimed);
    for t in clock::find_times(text, anchor) {
        if !taken(&out, t.span) {
            out.extend(
                std::iter::once(&t).chain(&t.restatements).map(|c| ValueMatch { span: c.span, value: c.value.clone() }),
            );
        }
    }
    for d in duration::durations_among(text, &quantities) {
        if !taken(&out, d.span) {
            out.push(ValueMatch { span: d.span, value: d.value });
        }
    }
    for q in quantities {
        if taken(&out, q.span) {
            continue;
        }
        for c in std::iter::once(&q).chain(q.conversions.iter()) {
            let value = match &c.kind {
                quantity::QuantityKind::Percent => Value::Percent { interval: c.interval },
                quantity::QuantityKind::Money { currency } => {
                    Value::Money { currency: currency.clone(), interval: c.interval }
                }
                quantity::QuantityKind::Number => Value::Number { interval: c.interval },
                quantity::QuantityKind::Age => Value::Duration { unit: "year".to_string(), interval: c.interval },
                quantity::QuantityKind::Measure { unit, dimension } => {
                    Value::Quantity { unit: unit.clone(), dimension: dimension.clone(), interval: c.interval }
                }
            };
            out.push(ValueMatch { span: c.span, value });
        }
    }
    for o in ordinal::find_ordinals(text) {
        if !taken(&out, o.span) {
            out.push(ValueMatch { span: o.span, value: Value::Ordinal { value: o.value } });
        }
    }
    out.sort_by_key(|v| (v.span.start, v.span.end));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_win_over_numbers_and_conversions_are_listed() {
        let text = "Held on April 3-4, 2025, it raised €130 million ($140 million) for its 75th year.";
        let got: Vec<(&str, &str)> =
            values(text, None).iter().map(|v| (v.span.slice(text), v.value.type_name())).collect();
        assert_eq!(
            got,
            vec![
                ("April 3-4, 2025", "date_range"),
                ("€130 million", "money"),
                ("$140 million", "money"),
                ("75th", "ordinal")
            ]
        );
    }

    #[test]
    fn times_win_over_numbers_and_restatements_are_listed() {
        let text = "About 2,800 people gathered for the launch at 6:15 p.m. local time (1245 GMT).";
        let got: Vec<(&str, &str)> =
            values(text, None).iter().map(|v| (v.span.slice(text), v.value.type_name())).collect();
        assert_eq!(got, vec![("About 2,800", "number"), ("6:15 p.m. local time", "time"), ("1245 GMT", "time")]);
    }

    #[test]
    fn durations_win_over_numbers_and_dates_over_durations() {
        let text = "After 2 hours 53 minutes, a 63-year-old won; two days ago 40 people began a 96-hour strike.";
        let anchor = NaiveDate::from_ymd_opt(2025, 10, 17);
        let got: Vec<(&str, &str)> =
            values(text, anchor).iter().map(|v| (v.span.slice(text), v.value.type_name())).collect();
        assert_eq!(
            got,
            vec![
                ("2 hours 53 minutes", "duration"),
                ("63", "number"),
                ("two days ago", "date"),
                ("40", "number"),
                ("96-hour", "duration")
            ]
        );
    }

    #[test]
    fn an_age_band_is_a_duration_in_years() {
        let text = "The envoy, in his seventies, arrived.";
        let found = values(text, None);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].span.slice(text), "his seventies");
        assert_eq!(
            found[0].value,
            Value::Duration { unit: "year".into(), interval: crate::value::Interval::closed(70.0, 79.0) }
        );
    }
}
