//! When two time claims about one event can both be true. Shared by the
//! date, month and weekday rules.
//!
//! Events recur (a yearly summit, a monthly meeting), so claims of different
//! years are taken to be about different occurrences and never compared.
//! "began on Thursday" speaks of the first day only; a plain date of a
//! multi-day event may be any of its days.

use crate::claim::Claim;
use crate::document::Document;
use crate::value::{day_span, parse_weekday, range_has_weekday, Value};
use chrono::{Datelike, NaiveDate};

/// `Some(true)` when the two claims cannot both hold, `Some(false)` when
/// they agree, `None` when they cannot be compared.
pub fn conflict(a: &Claim, b: &Claim, spans: &[(NaiveDate, NaiveDate)], documents: &[Document]) -> Option<bool> {
    if let (Some(x), Some(y)) = (&a.scope.organisation, &b.scope.organisation) {
        if x != y {
            return None;
        }
    }
    match (&a.value, &b.value) {
        (Value::Weekday { weekday }, other) => weekday_conflict(weekday, a, other, b, documents),
        (other, Value::Weekday { weekday }) => weekday_conflict(weekday, b, other, a, documents),
        (Value::Month { year: None, .. }, _) | (_, Value::Month { year: None, .. }) => None,
        (Value::Year { .. }, _) | (_, Value::Year { .. }) => None,
        _ => {
            let (s1, e1) = day_span(&a.value)?;
            let (s2, e2) = day_span(&b.value)?;
            if s1.year() != s2.year() && e1.year() != e2.year() {
                return None;
            }
            Some(!days_agree(a, (s1, e1), b, (s2, e2), spans))
        }
    }
}

fn role(c: &Claim) -> Option<&str> {
    c.scope.status.as_deref().filter(|s| *s == "start" || *s == "end")
}

fn days_agree(
    a: &Claim,
    (s1, e1): (NaiveDate, NaiveDate),
    b: &Claim,
    (s2, e2): (NaiveDate, NaiveDate),
    spans: &[(NaiveDate, NaiveDate)],
) -> bool {
    let single = |s: NaiveDate, e: NaiveDate| s == e;
    match (role(a), role(b)) {
        // "began on 3 April" against "3–4 April": the first day must match.
        (Some("start"), None) if single(s1, e1) && !single(s2, e2) => s1 == s2,
        (None, Some("start")) if single(s2, e2) && !single(s1, e1) => s1 == s2,
        (Some("end"), None) if single(s1, e1) && !single(s2, e2) => e1 == e2,
        (None, Some("end")) if single(s2, e2) && !single(s1, e1) => e1 == e2,
        (Some(x), Some(y)) if x == y => s1 <= e2 && s2 <= e1,
        // A start and an end date, or a dated role against a plain date: both may hold.
        (Some(_), _) | (_, Some(_)) => true,
        _ if s1 <= e2 && s2 <= e1 => true,
        // Two different days: fine if another claim shows the event spans both.
        _ => spans.iter().any(|&(s, e)| s <= s1.min(s2) && e >= e1.max(e2)),
    }
}

/// A weekday is compared with calendar days of the same occurrence only:
/// when its source's publication date is known it must lie within two weeks.
fn weekday_conflict(weekday: &str, wc: &Claim, other: &Value, oc: &Claim, documents: &[Document]) -> Option<bool> {
    let day = parse_weekday(weekday)?;
    if let Value::Weekday { weekday: w2 } = other {
        return match (role(wc), role(oc)) {
            (Some(x), Some(y)) if x == y => Some(parse_weekday(w2)? != day),
            // Two bare weekdays, each resolved against its source's
            // publication date: one occurrence when they fall within a week.
            // Undated sources of one story tell of one occurrence.
            (None, None) => {
                let resolved =
                    |c: &Claim| c.scope.day.as_deref().and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
                match (resolved(wc), resolved(oc)) {
                    (Some(a), Some(b)) => ((a - b).num_days().abs() <= 6).then(|| parse_weekday(w2) != Some(day)),
                    (None, None) => Some(parse_weekday(w2) != Some(day)),
                    _ => None,
                }
            }
            _ => None,
        };
    }
    let (s, e) = day_span(other)?;
    if (e - s).num_days() > 14 {
        return None;
    }
    if let Some(published) = documents.get(wc.source).and_then(|d| d.published) {
        if (published - s).num_days().abs() > 14 {
            return None;
        }
    }
    let ok = match role(wc) {
        // Strict only against the whole span or a date of the same role: a
        // plain single date may be any day of the event.
        Some("start") if (role(oc).is_none() && s != e) || role(oc) == Some("start") => s.weekday() == day,
        Some("end") if (role(oc).is_none() && s != e) || role(oc) == Some("end") => e.weekday() == day,
        Some(_) => true,
        None => range_has_weekday(s, e, day),
    };
    Some(!ok)
}

/// The multi-day spans (under a month) that claims give an event, computed
/// once per subject: two different days agree when one of them covers both.
pub fn event_spans(claims: &[&Claim]) -> Vec<(NaiveDate, NaiveDate)> {
    claims.iter().filter_map(|c| day_span(&c.value)).filter(|(s, e)| s < e && (*e - *s).num_days() < 31).collect()
}

/// The finding of one time rule on an event subject: the date claims that
/// `keep` selects, and the pairs that `pair` says are this rule's share of
/// the conflicts (a weekday rule takes pairs with a weekday, and so on).
pub fn event_disagreement(
    rule: &'static str,
    attribute: &str,
    cx: &super::RuleContext,
    subject: &crate::claim::Subject,
    claims: &[&Claim],
    keep: fn(&Value) -> bool,
    pair: fn(&Value, &Value) -> bool,
) -> Vec<crate::finding::Finding> {
    if subject.kind != crate::claim::SubjectKind::Event {
        return Vec::new();
    }
    let dated: Vec<&Claim> = claims.iter().copied().filter(|c| c.attribute == "date" && keep(&c.value)).collect();
    let spans = event_spans(&dated);
    super::disagreement(rule, attribute, subject, &dated, cx.documents, |a, b| {
        pair(&a.value, &b.value) && conflict(a, b, &spans, cx.documents) == Some(true)
    })
    .into_iter()
    .collect()
}

/// How two time claims of one event stand (see [`super::Rule::relation`]).
pub fn relation(cx: &super::RuleContext, subject: &[&Claim], a: &Claim, b: &Claim) -> Option<bool> {
    if a.subject.kind != crate::claim::SubjectKind::Event || a.attribute != "date" || b.attribute != "date" {
        return None;
    }
    let dated: Vec<&Claim> = subject.iter().copied().filter(|c| c.attribute == "date").collect();
    conflict(a, b, &event_spans(&dated), cx.documents).map(|c| !c)
}

/// The value kinds of a pair, for the rules to pick their share.
pub fn is_weekday(v: &Value) -> bool {
    matches!(v, Value::Weekday { .. })
}

pub fn is_month(v: &Value) -> bool {
    matches!(v, Value::Month { .. })
}
