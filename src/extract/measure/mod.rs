//! What a figure measures, read from the words around it.
//!
//! Every figure of a sentence gets the phrase that says what it counts or
//! measures. The phrase is read by grammatical pattern, one reader per
//! pattern (one file each), tried on every figure:
//!
//! - [`label`]: a fact box or list item, "Penalty: €40,000";
//! - [`noun_after`]: the noun phrase the figure quantifies, "29 deaths",
//!   "a 12-metre mast", "4,800 flights will be cancelled";
//! - [`of_after`]: "86 millimetres of snow", "€5 million in aid";
//! - [`head_before`]: a head noun linked by of / at / to / was / rose:
//!   "a death toll of 29", "attendance was 72.5%", "sales rose 7%";
//! - [`verb_before`]: the verb the figure is the object of, "killed 29".
//!
//! The words are then turned into a key by the measure lexicon
//! (`knowledge/measures.toml`), which merges synonyms ("deaths" = "killed"
//! = "death toll") and drops words that name no measure ("people").

mod head_before;
mod label;
mod noun_after;
mod of_after;
mod verb_before;

use super::tokens::Tokens;
use crate::knowledge::measures::MeasureKey;
use crate::knowledge::Knowledge;

/// Whether a figure is a level, a change of a level, or the level before a change.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Role {
    #[default]
    Level,
    /// "rose 7%", "cut by 50 basis points", "up 6%".
    Change,
    /// "from 3.75%": the level before the change.
    Previous,
}

impl Role {
    pub fn as_str(self) -> Option<&'static str> {
        match self {
            Role::Level => None,
            Role::Change => Some("change"),
            Role::Previous => Some("previous level"),
        }
    }
}

/// What one reader found next to a figure.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Found {
    /// Measure words in text order, lower case.
    pub words: Vec<String>,
    pub role: Role,
    /// A possessor or subject that owns the figure ("Acme's sales").
    pub holder: Option<String>,
    /// A rate after the phrase: "a day", "per passenger".
    pub rate: Option<String>,
    /// The label is a name, not a measure ("New Zealand: $310").
    pub label_name: Option<String>,
    /// The subject of the verb before the figure ("the blaze burned
    /// 9,000 hectares"): what a quantity is of.
    pub subject: Vec<String>,
}

/// The measure of one figure.
#[derive(Clone, Debug, PartialEq)]
pub struct Measure {
    pub key: MeasureKey,
    pub role: Role,
    pub holder: Option<String>,
    pub rate: Option<String>,
    /// The reader that decided ("noun-after", "head-before", ...).
    pub via: &'static str,
}

/// The measure of the figure at token `i`, or `None` when nothing around
/// it says what it measures. `heading` is the section heading above the
/// sentence, used when a list label names a place or a party.
pub fn read(t: &Tokens, i: usize, k: &Knowledge, heading: Option<&str>) -> Option<Measure> {
    match t.value(i) {
        Some(crate::value::Value::Quantity { dimension, .. }) => read_quantity(t, i, k, dimension),
        Some(crate::value::Value::Duration { .. }) => read_duration(t, i, k, heading),
        _ => read_figure(t, i, k, heading),
    }
}

/// A duration is how long a thing lasts: "a two-day walkout", "a 48-hour
/// shutdown", "the match lasted 153 minutes", "four years in prison",
/// "Lease: three years", or, when nothing else names it, the event its
/// clause reports ("beat her in the semi-final after 2 hours 12 minutes").
fn read_duration(t: &Tokens, i: usize, k: &Knowledge, heading: Option<&str>) -> Option<Measure> {
    let lexicon = &k.measures;
    let after = noun_after::read(t, i, k);
    let head = head_before::read(t, i, k);
    let (label, label_name) = match label::read(t, i, k) {
        Some(Found { label_name: Some(name), .. }) => (None, Some(name)),
        other => (other, None),
    };
    // "has been sentenced to four years": a verb whose "to" takes the
    // duration and that names the measure speaks before its subject.
    let verb = verb_before::read(t, i, k)
        .filter(|f| i > 0 && t.word(i - 1) == "to" && f.words.iter().any(|w| lexicon.names_measure(w)));
    let content = |f: &Found| f.words.iter().any(|w| !lexicon.is_generic(w) && !lexicon.is_non_identity(w));
    let place = place_after(t, i, k);
    let thing: Option<Vec<String>> = [label.as_ref(), after.as_ref(), place.as_ref(), verb.as_ref(), head.as_ref()]
        .into_iter()
        .flatten()
        .find(|f| content(f))
        .map(|f| f.words.clone())
        .or_else(|| {
            // Only a duration said to be the event's length: "after 2 hours
            // 12 minutes", "for two days", "lasting five months"; not "in a
            // decade" or "two days before the vote".
            let linked = i > 0 && matches!(t.word(i - 1), "after" | "for" | "lasted" | "lasting" | "lasts" | "over");
            linked.then(|| event_of_clause(t, i, k)).flatten().map(|kind| vec![kind])
        });
    let Some(thing) = thing else {
        // "sentenced Jane Roe to four years": a verb the lexicon knows.
        return read_figure(t, i, k, heading);
    };
    let m = lexicon.key(&events_as_kinds(k, &thing))?;
    let holder = label_name
        .or_else(|| verb.as_ref().and_then(|f| f.holder.clone()))
        .or_else(|| head.as_ref().and_then(|f| f.holder.clone()))
        .or_else(|| after.as_ref().and_then(|f| f.holder.clone()));
    let key = MeasureKey { key: format!("{} duration", m.key), label: m.label, evolving: false, named: m.named };
    Some(Measure { key, role: Role::Level, holder, rate: after.and_then(|f| f.rate), via: "duration" })
}

/// "four years in prison", "two years behind bars", "six years in
/// office": a place after a duration that the lexicon knows as a measure.
fn place_after(t: &Tokens, i: usize, k: &Knowledge) -> Option<Found> {
    let j = t.after_conversions(i) + 1;
    if !matches!(t.word(j), "in" | "behind" | "at" | "on") || t.word(j + 1).is_empty() {
        return None;
    }
    let words = vec![t.word(j).to_string(), t.word(j + 1).to_string()];
    k.measures.key(&words).filter(|m| m.named > 0).map(|_| Found { words, ..Found::default() })
}

/// Whether a list label before the figure names its measure ("Penalty:
/// €40,000"), so that the label is no one's name.
pub fn labelled(t: &Tokens, i: usize, k: &Knowledge) -> bool {
    label::read(t, i, k).is_some_and(|l| l.label_name.is_none())
}

/// The kind of the event nearest to token `i` in its clause.
///
/// What lasted is said before the duration ("the final lasted", "the strike
/// went on for three days"), so an event before it wins over one after; a
/// relative clause reaches back to the noun it tells of ("the match, which
/// lasted three hours").
fn event_of_clause(t: &Tokens, i: usize, k: &Knowledge) -> Option<String> {
    let (mut start, end) = super::grammar::clause(t, i);
    if start >= 2 && t.tokens[start - 1].is_punct(",") && matches!(t.word(start), "which" | "that") {
        start = super::grammar::clause(t, start - 2).0;
    }
    let span = t.span(start, end - 1);
    let text = span.slice(t.text);
    let mut hits = k.find_event_nouns(text);
    // "landing a meaningful blow": a word in -ing with an object is a verb.
    hits.retain(|h| {
        let object = text[h.end..].trim_start().split(' ').next().unwrap_or("");
        !(text[h.start..h.end].ends_with("ing") && crate::extract::grammar::DETERMINERS.contains(&object))
    });
    hits.extend(k.find_event_verbs(text));
    let at = t.tokens[i].span.start - span.start;
    hits.into_iter()
        .min_by_key(|h| if h.end <= at { (0, at - h.end) } else { (1, h.start.saturating_sub(at)) })
        .map(|h| k.event_kinds[h.index].name.clone())
}

/// A quantity with a unit measures its dimension of a thing: "the fire had
/// grown to 9,300 hectares" and "the blaze burned 9,000 hectares" are
/// the fire's area, whatever the verb; "86 mm of rain" is the rain's length.
fn read_quantity(t: &Tokens, i: usize, k: &Knowledge, dimension: &str) -> Option<Measure> {
    let lexicon = &k.measures;
    let after = noun_after::read(t, i, k);
    let of = of_after::read(t, i, k);
    let head = head_before::read(t, i, k);
    let verb = verb_before::read(t, i, k);
    let label = label::read(t, i, k).filter(|l| l.label_name.is_none());
    let content = |f: &Found| f.words.iter().any(|w| !lexicon.is_generic(w) && !lexicon.is_non_identity(w));
    // The thing is the phrase's head noun: "a wind-driven wildfire" is the fire.
    let thing: Vec<String> = [label.as_ref(), after.as_ref(), of.as_ref()]
        .into_iter()
        .flatten()
        .find(|f| content(f))
        .map(|f| f.words.clone())
        .or_else(|| head.as_ref().filter(|h| content(h)).map(|h| h.words.clone()))
        .or_else(|| verb.as_ref().map(|v| v.subject.clone()).filter(|s| !s.is_empty()))
        .and_then(|words| head_noun(lexicon, words))
        .unwrap_or_default();
    let holder = head.as_ref().and_then(|f| f.holder.clone()).or_else(|| verb.as_ref().and_then(|f| f.holder.clone()));
    let role = head.as_ref().map_or(Role::Level, |h| h.role);
    // The thing's words that name the dimension itself add nothing ("temperatures").
    let thing_key = lexicon.key(&events_as_kinds(k, &thing)).filter(|m| m.key != dimension);
    let key = match thing_key {
        Some(m) => {
            MeasureKey { key: format!("{} {dimension}", m.key), label: m.label, evolving: m.evolving, named: m.named }
        }
        None => MeasureKey { key: dimension.to_string(), label: dimension.to_string(), evolving: false, named: 0 },
    };
    let rate = after.and_then(|f| f.rate);
    Some(Measure { key, role, holder, rate, via: "quantity" })
}

/// The last word of a phrase that is not a qualifier or a word of place
/// ("base power" → "power" stays a phrase only when the lexicon names it).
fn head_noun(lexicon: &crate::knowledge::measures::MeasureLexicon, words: Vec<String>) -> Option<Vec<String>> {
    if lexicon.key(&words).is_some_and(|m| m.named > 0) {
        return Some(words);
    }
    words.into_iter().rev().find(|w| !lexicon.is_non_identity(w) && !lexicon.is_generic(w)).map(|w| vec![w])
}

/// Words that name an event stand for its kind: "wildfire", "blaze" and
/// "fire" are one thing, as "strike", "walkout" and "stoppage" are.
fn events_as_kinds(k: &Knowledge, words: &[String]) -> Vec<String> {
    words
        .iter()
        .map(|w| match k.find_event_nouns(w).first() {
            Some(hit) if hit.start == 0 && hit.end == w.len() => k.event_kinds[hit.index].name.clone(),
            _ => w.clone(),
        })
        .collect()
}

fn read_figure(t: &Tokens, i: usize, k: &Knowledge, heading: Option<&str>) -> Option<Measure> {
    let lexicon = &k.measures;
    let after = noun_after::read(t, i, k);
    let before_verb = verb_before::read(t, i, k);
    let before_head = head_before::read(t, i, k);
    let of = of_after::read(t, i, k);
    let label = label::read(t, i, k);

    let key = |words: &[String]| lexicon.key(&events_as_kinds(k, words));
    let names_measure = |m: &MeasureKey| !m.key.is_empty();
    let mut holder = before_head
        .as_ref()
        .and_then(|f| f.holder.clone())
        .or_else(|| before_verb.as_ref().and_then(|f| f.holder.clone()));
    let rate = after.as_ref().and_then(|f| f.rate.clone());
    if holder.is_none() {
        holder = after.as_ref().and_then(|f| f.holder.clone());
    }

    if let Some(label) = &label {
        if let Some(name) = &label.label_name {
            // "New Zealand: $310": the name is a holder or place; the
            // measure comes from the heading or the figure's own words.
            holder = Some(name.clone());
            let mut words: Vec<String> = after.as_ref().map(|f| f.words.clone()).unwrap_or_default();
            if words.is_empty() {
                if let Some(h) = heading {
                    words = heading_measure(k, h);
                }
            }
            return key(&words).map(|key| Measure { key, role: Role::Level, holder, rate, via: "label-name" });
        }
        let mut words = label.words.clone();
        if let Some(a) = &after {
            words.extend(a.words.iter().cloned());
        }
        return key(&words).map(|key| Measure { key, role: Role::Level, holder, rate, via: "label" });
    }

    let content = |f: &Found| f.words.iter().any(|w| !lexicon.is_generic(w) && !lexicon.is_non_identity(w));
    // A phrase after the figure that keys to nothing ("$4 million makes
    // him rich": a light verb) leaves the words before it to decide.
    let primary = after
        .as_ref()
        .filter(|a| content(a))
        .map(|a| (a, "noun-after"))
        .or_else(|| of.as_ref().filter(|o| content(o)).map(|o| (o, "of-after")))
        .and_then(|(p, via)| key(&p.words).map(|base| (p, via, base)));
    if let Some((p, via, base)) = primary {
        // The quantified noun decides; a verb or head noun joins only when
        // together they name a measure of the lexicon ("destroyed 14 homes",
        // "the loss of 14 homes") that the noun alone does not.
        let mut best = base;
        for extra in [before_verb.as_ref(), before_head.as_ref()].into_iter().flatten() {
            let mut words = extra.words.clone();
            words.extend(p.words.iter().cloned());
            if let Some(joined) = key(&words) {
                if joined.named > best.named {
                    best = joined;
                }
            }
        }
        let role = before_head.as_ref().map_or(Role::Level, |h| h.role);
        return Some(Measure { key: best, role, holder, rate, via }).filter(|m| names_measure(&m.key));
    }

    let mut words: Vec<String> = Vec::new();
    let mut via = "noun-after";
    let mut role = Role::Level;
    if let Some(a) = &after {
        words.extend(a.words.iter().cloned());
    }
    if let Some(h) = &before_head {
        words.extend(h.words.iter().cloned());
        role = h.role;
        via = "head-before";
    }
    if let Some(v) = before_verb.as_ref().filter(|_| before_head.is_none()) {
        // A verb alone names a measure only when the lexicon knows it
        // ("killed 29", "employs 3,200"); "wrapped up two days" says nothing.
        let known = v.words.iter().any(|w| lexicon.names_measure(w));
        if (words.is_empty() && known) || (!words.is_empty() && !v.words.iter().all(|w| lexicon.is_light_verb(w))) {
            words.extend(v.words.iter().cloned());
            if role == Role::Level {
                role = v.role;
            }
            if before_head.is_none() {
                via = "verb-before";
            }
        }
    }
    // "Consumer prices gained 3.3% from a year earlier": a yearly change of
    // prices is the level of inflation.
    if role == Role::Change && !over_a_shorter_period(t, i) {
        if let Some(key) = lexicon.level_of_change(&words) {
            return Some(Measure { key, role: Role::Level, holder, rate, via });
        }
    }
    key(&words).map(|key| Measure { key, role, holder, rate, via })
}

/// "rose 0.3% from the previous month", "0.2% month-on-month", "in the
/// quarter": a change over less than a year.
fn over_a_shorter_period(t: &Tokens, i: usize) -> bool {
    let (_, end) = super::grammar::clause(t, i);
    (i + 1..end).any(|j| {
        matches!(
            t.word(j),
            "month" | "month-on-month" | "monthly" | "quarter" | "quarter-on-quarter" | "week" | "week-on-week" | "mom"
        )
    })
}

/// The measure a section heading names, if it names one of the lexicon
/// ("Price and release" → price).
fn heading_measure(k: &Knowledge, heading: &str) -> Vec<String> {
    heading
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .map(str::to_lowercase)
        .filter(|w| k.measures.names_measure(w))
        .take(1)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::tokens::Tokens;
    use crate::recognize;

    /// The measure key and role of the `n`-th value of a sentence.
    pub fn measure_of(text: &str, n: usize) -> Option<(String, Role)> {
        let k = Knowledge::builtin();
        let t = Tokens::new(text, recognize::values(text, None));
        let i = t.tokens.iter().enumerate().filter(|(_, tok)| tok.is_value()).nth(n)?.0;
        read(&t, i, &k, None).map(|m| (m.key.key, m.role))
    }

    fn key(text: &str) -> Option<String> {
        measure_of(text, 0).map(|m| m.0)
    }

    #[test]
    fn a_count_with_no_noun_takes_the_measure_its_verb_names() {
        assert_eq!(measure_of("Four died and 23 were injured.", 1).map(|m| m.0).as_deref(), Some("injured"));
        assert_eq!(key("By nightfall nine had been arrested.").as_deref(), Some("arrested"));
        // A verb the lexicon does not know, or a duration, says nothing.
        assert_eq!(key("Seven were seen leaving."), None);
        assert_eq!(key("A claim of 9% over three years would cost more."), None);
    }

    #[test]
    fn synonymous_phrasings_share_a_measure() {
        let deaths = key("The storms have killed at least 11 people.");
        assert_eq!(deaths.as_deref(), Some("deaths"));
        assert_eq!(key("Fourteen people have died, police said."), deaths);
        assert_eq!(key("The death toll rose to 52 on Friday."), deaths);
        assert_eq!(key("The number of people killed has risen to 17."), deaths);
        assert_eq!(key("It reported 29 deaths."), deaths);
    }

    #[test]
    fn the_quantified_noun_decides() {
        assert_eq!(key("The firm has 2,100 employees."), key("The firm employs 3,200 people overall."));
        assert_eq!(key("The operator cancelled 850 scheduled flights."), key("Some 1,400 flights will be cancelled."));
        assert_ne!(key("She scored 11 league goals."), key("She scored 23 goals in all competitions."));
        assert_eq!(key("The tornado destroyed 14 homes."), key("Inspectors reported the loss of 14 homes."));
    }

    #[test]
    fn head_nouns_linked_before_the_figure() {
        assert_eq!(key("The regulator imposed a fine of €6 million."), Some("fine".into()));
        assert_eq!(key("Turnout was 58.2%, the election office said."), Some("turnout".into()));
        assert_eq!(measure_of("Revenue rose 7% to €1.4 billion.", 0), Some(("revenue".into(), Role::Change)));
        assert_eq!(measure_of("Revenue rose 7% to €1.4 billion.", 1), Some(("revenue".into(), Role::Level)));
    }

    #[test]
    fn a_yearly_change_of_consumer_prices_is_inflation() {
        assert_eq!(
            measure_of("Consumer prices climbed 3.1% from a year earlier.", 0),
            measure_of("Inflation was 2.4%.", 0)
        );
        assert_eq!(
            measure_of("Consumer prices rose 0.3% from the previous month.", 0).map(|m| m.1),
            Some(Role::Change)
        );
    }

    #[test]
    fn a_word_in_ing_with_an_object_is_no_event() {
        assert_eq!(key("She won after three hours, landing a blow for the young."), None);
        assert_eq!(key("The landing came after three hours."), Some("land duration".into()));
    }

    #[test]
    fn figures_with_nothing_to_say_what_they_measure_are_left_alone() {
        assert_eq!(key("He said it was 20, maybe more."), None);
        assert_eq!(key("About 5,000 people were there."), None);
    }
}
