//! Claim extractors: one file per kind of claim, registered in [`EXTRACTORS`].
//!
//! An extractor reads one sentence of the prose view and returns claims:
//! a value (found by the recognizers in `recognize/`) tied to a subject, an
//! attribute and a scope. Deciding the subject is the hard part; when an
//! extractor cannot tell what a value is about it leaves the scope empty and
//! the rules will not compare it.

mod actor;
mod age;
mod agent;
mod anniversary;
pub mod calendar;
mod edition;
mod event_date;
pub mod event_time;
pub mod figure;
pub mod grammar;
mod holder;
pub mod measure;
mod people;
mod person_age;
mod record;
pub mod scope;
mod score;
mod title;
pub mod tokens;
mod word_pattern;
pub mod words;

use crate::claim::Claim;
use crate::document::Document;
use crate::knowledge::Knowledge;
use crate::span::Span;

/// One sentence handed to the extractors.
///
/// Values are recognized once per sentence, on first use, and shared by
/// every extractor that needs them (money, percent, count and toll all
/// read the same quantities).
pub struct Sentence<'a> {
    /// The sentence in the prose view (markup blanked).
    pub text: &'a str,
    /// Where it stands in the source.
    pub span: Span,
    /// The source's publication date, anchoring yearless dates.
    pub anchor: Option<chrono::NaiveDate>,
    quantities: std::cell::OnceCell<Vec<crate::recognize::quantity::Quantity>>,
    dates: std::cell::OnceCell<Vec<crate::recognize::date::DateMatch>>,
    tokens: std::cell::OnceCell<tokens::Tokens<'a>>,
    /// Lexicon hits on the text, for the readers that share them: the
    /// event readers both look for event nouns, and the title and event
    /// readers for organisations.
    event_nouns: std::cell::OnceCell<Vec<crate::knowledge::Hit>>,
    organisations: std::cell::OnceCell<Vec<crate::knowledge::Hit>>,
    event_mentions: std::cell::OnceCell<Vec<event_time::EventMention>>,
}

impl<'a> Sentence<'a> {
    pub fn new(text: &'a str, span: Span, anchor: Option<chrono::NaiveDate>) -> Self {
        Sentence {
            text,
            span,
            anchor,
            quantities: Default::default(),
            dates: Default::default(),
            tokens: Default::default(),
            event_nouns: Default::default(),
            organisations: Default::default(),
            event_mentions: Default::default(),
        }
    }

    /// The sentence as words, punctuation and values.
    pub fn tokens(&self) -> &tokens::Tokens<'a> {
        self.tokens.get_or_init(|| {
            tokens::Tokens::new(self.text, crate::recognize::values_with_dates(self.text, self.anchor, self.dates()))
        })
    }

    /// Percentages, money and plain figures of the sentence.
    pub fn quantities(&self) -> &[crate::recognize::quantity::Quantity] {
        self.quantities.get_or_init(|| crate::recognize::quantity::find_quantities(self.text))
    }

    /// Dates, months, years and weekdays of the sentence.
    pub fn dates(&self) -> &[crate::recognize::date::DateMatch] {
        self.dates.get_or_init(|| crate::recognize::date::find_dates(self.text, self.anchor))
    }

    /// [`Knowledge::find_event_nouns`] of the text. Every call must pass
    /// the same knowledge, as the extractors of one document do.
    pub fn event_nouns(&self, knowledge: &Knowledge) -> &[crate::knowledge::Hit] {
        self.event_nouns.get_or_init(|| knowledge.find_event_nouns(self.text))
    }

    /// [`Knowledge::find_organisations`] of the text, with the same
    /// proviso as [`Sentence::event_nouns`].
    pub fn organisations(&self, knowledge: &Knowledge) -> &[crate::knowledge::Hit] {
        self.organisations.get_or_init(|| knowledge.find_organisations(self.text))
    }

    /// The events the sentence names ([`event_time::mentions`]), read for
    /// the event times and again for each score.
    pub fn event_mentions(&self, cx: &Context) -> &[event_time::EventMention] {
        self.event_mentions.get_or_init(|| event_time::mentions(cx, self))
    }
}

/// What an extractor may read besides the sentence.
pub struct Context<'a> {
    pub knowledge: &'a Knowledge,
    pub document: &'a Document,
    /// The source's index in the run.
    pub source: usize,
    /// Markdown headings of the document: (offset of the line, text).
    pub headings: Vec<(usize, String)>,
    /// The people the document names, in text order.
    pub people: Vec<people::Mention>,
    /// The kind of the event the headline and lede report.
    pub main_event: Option<String>,
    /// Where the headline and lede end (the first sentences of the document).
    pub lede_end: usize,
    /// The offices of the title lexicon in each sentence of the document:
    /// the people reader and the title extractor both need them, and the
    /// lexicon search is one of the dearest per sentence.
    office_hits: Vec<Vec<crate::knowledge::Hit>>,
}

impl<'a> Context<'a> {
    pub fn new(knowledge: &'a Knowledge, document: &'a Document, source: usize) -> Self {
        let office_hits: Vec<_> =
            document.sentences.iter().map(|s| knowledge.find_offices(s.slice(&document.prose))).collect();
        let people = people::mentions_with(knowledge, &document.prose, &document.sentences, &office_hits);
        let main_event = event_time::main_event(knowledge, document);
        let lede_end = document.sentences.get(event_time::LEDE_SENTENCES).map_or(usize::MAX, |s| s.start);
        Context {
            knowledge,
            document,
            source,
            headings: headings(&document.original),
            people,
            main_event,
            lede_end,
            office_hits,
        }
    }

    /// The offices of the title lexicon in `sentence`
    /// ([`Knowledge::find_offices`] of its text), found once per document.
    pub fn offices_in(&self, sentence: &Sentence) -> Vec<crate::knowledge::Hit> {
        let sentences = &self.document.sentences;
        match sentences.binary_search_by_key(&sentence.span.start, |s| s.start) {
            Ok(i) if sentences[i] == sentence.span => self.office_hits[i].clone(),
            _ => self.knowledge.find_offices(sentence.text),
        }
    }

    /// The section heading above a position: a list item "United States:
    /// $494" reads its measure from "Price and availability".
    pub fn heading_before(&self, offset: usize) -> Option<&str> {
        let i = self.headings.partition_point(|(at, _)| *at <= offset);
        i.checked_sub(1).map(|i| self.headings[i].1.as_str())
    }
}

/// Lines that start with `#` (Markdown headings), with their offsets.
fn headings(original: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut at = 0;
    for line in original.split_inclusive('\n') {
        let trimmed = line.trim_start();
        if let Some(rest) = trimmed.strip_prefix('#') {
            out.push((at, rest.trim_start_matches('#').trim().to_string()));
        }
        at += line.len();
    }
    out
}

impl Context<'_> {
    /// A claim skeleton with provenance filled in; `span` is relative to the sentence.
    pub fn claim(&self, sentence: &Sentence, span: Span, extractor: &'static str) -> ClaimAt {
        let abs = span.offset(sentence.span.start);
        ClaimAt {
            source: self.source,
            span: abs,
            sentence: sentence.span,
            text: one_line(abs.slice(&self.document.original)),
            extractor,
        }
    }
}

/// A claim's text as reports quote it: a line break of hard-wrapped text,
/// with the spaces around it, becomes one space.
fn one_line(text: &str) -> String {
    if !text.contains('\n') {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    for (i, line) in text.split('\n').enumerate() {
        if i == 0 {
            out.push_str(line.trim_end());
        } else {
            out.push(' ');
            out.push_str(line.trim());
        }
    }
    out
}

/// Provenance of a claim being built.
pub struct ClaimAt {
    pub source: usize,
    pub span: Span,
    pub sentence: Span,
    pub text: String,
    pub extractor: &'static str,
}

impl ClaimAt {
    /// The claim, once its subject and value are known.
    pub fn into_claim(
        self,
        subject: crate::claim::Subject,
        attribute: impl Into<String>,
        scope: crate::claim::Scope,
        value: crate::value::Value,
        modality: crate::claim::Modality,
    ) -> Claim {
        Claim {
            source: self.source,
            subject,
            attribute: attribute.into(),
            scope,
            value,
            modality,
            span: self.span,
            sentence: self.sentence,
            text: self.text,
            extractor: self.extractor,
            measure: None,
            restates: None,
            evolving: false,
        }
    }
}

pub trait Extractor: Sync {
    /// Stable id, used in `claims` output and tests.
    fn id(&self) -> &'static str;
    fn extract(&self, cx: &Context, sentence: &Sentence) -> Vec<Claim>;
}

/// Every extractor, sorted by id. Adding one is one file and one line here.
pub static EXTRACTORS: &[&dyn Extractor] = &[
    &actor::Actor,
    &age::Age,
    &anniversary::Anniversary,
    &calendar::Calendar,
    &edition::Edition,
    &event_date::EventDate,
    &event_time::EventTime,
    &figure::Figure,
    &person_age::PersonAge,
    &record::Record,
    &score::Score,
    &title::Title,
];

/// All claims of one document, in text order.
pub fn extract_document(knowledge: &Knowledge, document: &Document, source: usize) -> Vec<Claim> {
    let cx = Context::new(knowledge, document, source);
    let mut claims = Vec::new();
    // The end of the editor's note being skipped, if one is.
    let mut note_from: Option<usize> = None;
    for span in &document.sentences {
        let text = span.slice(&document.prose);
        if note_from.is_some_and(|end| !document.prose[end..span.start].contains('\n')) {
            note_from = Some(span.end);
            continue;
        }
        note_from = None;
        if is_editors_note(text) {
            note_from = Some(span.end);
            continue;
        }
        if is_placeholder(text) {
            continue;
        }
        let sentence = Sentence::new(text, *span, document.published);
        for extractor in EXTRACTORS {
            claims.extend(extractor.extract(&cx, &sentence));
        }
    }
    // A time the place-bound event reader dated is not dated twice.
    let dated: std::collections::BTreeSet<Span> =
        claims.iter().filter(|c| c.extractor == "event-date").map(|c| c.span).collect();
    claims.retain(|c| c.extractor != "event-time" || !dated.contains(&c.span));
    claims.sort_by(|a, b| a.span.cmp(&b.span).then_with(|| a.extractor.cmp(b.extractor)));
    claims
}

/// "TK: two paras of background": a newsroom's note of what is still to
/// come is no claim of the story.
fn is_placeholder(sentence: &str) -> bool {
    let t = sentence.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '[' | '(' | '*' | '-'));
    t.starts_with("TK:") || t.starts_with("TK ") || t.starts_with("TKTK")
}

/// "EDITOR'S NOTE: check every figure before it goes up": a paragraph that
/// an editor addresses to the newsroom, or to readers about the article
/// itself, states nothing of the story.
fn is_editors_note(sentence: &str) -> bool {
    let t = sentence.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '[' | '(' | '*' | '_' | '>'));
    // Only "E" and "e" lower to a text starting with "e": most sentences
    // are ruled out before their head is copied and lowered.
    if !t.starts_with(['e', 'E']) {
        return false;
    }
    let head: String = t.chars().take(14).collect::<String>().to_lowercase().replace('’', "'");
    head.starts_with("editor's note") || head.starts_with("editors' note") || head.starts_with("editor note")
}

/// Every value recognized in a document, titles included, whether or not it
/// became a claim: the editor's window into extraction (`crosscheck values`).
pub fn document_values(knowledge: &Knowledge, document: &Document) -> Vec<crate::recognize::ValueMatch> {
    let mut out: Vec<crate::recognize::ValueMatch> = Vec::new();
    let cx = Context::new(knowledge, document, 0);
    for span in &document.sentences {
        let text = span.slice(&document.prose);
        out.extend(crate::recognize::values(text, document.published).into_iter().map(|mut v| {
            v.span = v.span.offset(span.start);
            v
        }));
        let sentence = Sentence::new(text, *span, document.published);
        out.extend(
            title::Title
                .extract(&cx, &sentence)
                .into_iter()
                .map(|c| crate::recognize::ValueMatch { span: c.span, value: c.value }),
        );
    }
    out.sort_by_key(|v| (v.span.start, v.span.end));
    out
}

#[cfg(test)]
pub(crate) mod test_support {
    use super::*;
    use crate::document::Role;
    use crate::ingest::{self, Format};

    /// Claims of one extractor on a one-paragraph text.
    pub fn run(extractor: &dyn Extractor, text: &str) -> Vec<Claim> {
        run_published(extractor, text, None)
    }

    pub fn run_published(extractor: &dyn Extractor, text: &str, published: Option<chrono::NaiveDate>) -> Vec<Claim> {
        let knowledge = Knowledge::builtin();
        let doc = ingest::document("t.txt", Role::Peer, Format::Text, text.to_string(), published);
        let cx = Context::new(&knowledge, &doc, 0);
        doc.sentences
            .iter()
            .flat_map(|s| extractor.extract(&cx, &Sentence::new(s.slice(&doc.prose), *s, doc.published)))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extractor_ids_are_unique_and_sorted() {
        let ids: Vec<&str> = EXTRACTORS.iter().map(|e| e.id()).collect();
        let mut sorted = ids.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(ids, sorted);
    }

    #[test]
    fn notes_of_what_is_to_come_are_no_claims() {
        assert!(is_placeholder("TK: three paras on the 2019 flood and its 40 deaths."));
        assert!(is_placeholder("[TK quote from the mayor, 2 lines]"));
        assert!(!is_placeholder("TKO in the third round, 2 minutes in."));
    }

    #[test]
    fn an_editors_note_paragraph_states_nothing_of_the_story() {
        let text = "EDITOR'S NOTE (AB): Cut the last three paras if tight. Check the 40 homes.\n\nThe storm destroyed 12 homes on Friday.";
        let document = crate::ingest::document(
            "note.txt",
            crate::document::Role::Peer,
            crate::ingest::Format::Text,
            text.to_string(),
            None,
        );
        let claims = extract_document(&Knowledge::builtin(), &document, 0);
        let quoted: Vec<&str> = claims.iter().map(|c| c.span.slice(&document.prose)).collect();
        assert!(quoted.iter().all(|q| !q.contains("three") && !q.contains("40")), "{quoted:?}");
        assert!(quoted.iter().any(|q| q.contains("12")), "{quoted:?}");
        assert!(is_editors_note("Editor’s note: this story was updated."));
        assert!(!is_editors_note("The editor noted the 40 homes."));
        assert!(is_editors_note("> _EDITORS' NOTE_: no figures."));
        assert!(!is_editors_note("Editors noted it."));
    }

    #[test]
    fn the_sentence_caches_return_what_the_lexicon_finds() {
        let knowledge = Knowledge::builtin();
        for text in [
            "The WHO summit in Geneva opened on Monday after the strike ended.",
            "Union leaders met; the walkout was called off at 9 a.m.",
            "Nothing happened.",
        ] {
            let sentence = Sentence::new(text, Span::new(0, text.len()), None);
            for _ in 0..2 {
                assert_eq!(sentence.event_nouns(&knowledge), knowledge.find_event_nouns(text), "{text}");
                assert_eq!(sentence.organisations(&knowledge), knowledge.find_organisations(text), "{text}");
            }
        }
    }

    #[test]
    fn only_e_lowers_to_a_text_that_starts_with_e() {
        let starts_with_e = |c: char| c.to_lowercase().to_string().starts_with('e');
        let found: Vec<char> =
            (0..=u32::from(char::MAX)).filter_map(char::from_u32).filter(|&c| starts_with_e(c)).collect();
        assert_eq!(found, ['E', 'e']);
        assert!(!is_placeholder("The flood killed 40 people."));
    }
}

/// A scope as one short phrase for listings ("proposed, agent: berlin").
pub fn describe_scope(scope: &crate::claim::Scope) -> String {
    let mut parts = Vec::new();
    if let Some(s) = &scope.status {
        parts.push(s.clone());
    }
    if let Some(a) = &scope.agent {
        parts.push(format!("agent: {a}"));
    }
    if let Some(p) = &scope.period {
        parts.push(format!("period: {p}"));
    }
    if let Some(o) = &scope.organisation {
        parts.push(format!("organisation: {o}"));
    }
    if let Some(p) = &scope.place {
        parts.push(format!("place: {p}"));
    }
    if let Some(p) = &scope.part {
        parts.push(format!("part: {p}"));
    }
    if let Some(r) = &scope.rate {
        parts.push(format!("per {r}"));
    }
    if let Some(r) = &scope.role {
        parts.push(r.clone());
    }
    if let Some(d) = &scope.day {
        parts.push(format!("day: {d}"));
    }
    parts.join(", ")
}
