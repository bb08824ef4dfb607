//! A claim: one checkable statement of one source, with exact provenance.

use crate::span::Span;
use crate::value::Value;
use serde::Serialize;

/// What kind of thing a claim is about; part of the subject key so that a
/// person and an event of the same name never merge.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SubjectKind {
    Person,
    Event,
    Figure,
    Entity,
}

/// Who or what a claim is about.
///
/// `key` is normalized (lower case, canonical names) and decides identity;
/// `label` is how reports name the subject.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Subject {
    pub kind: SubjectKind,
    pub key: String,
    pub label: String,
    /// The story (group of sources about one event) the subject belongs
    /// to: subjects of different stories are never compared.
    #[serde(skip)]
    pub story: usize,
}

impl Subject {
    pub fn new(kind: SubjectKind, key: impl Into<String>, label: impl Into<String>) -> Self {
        Subject { kind, key: key.into(), label: label.into(), story: 0 }
    }
}

/// The context that makes two figures comparable: whose figure it is, for
/// which period, and whether it is today's value or a proposal.
///
/// Two claims are about the same thing only when their scopes agree; a
/// figure with no known scope is shown but never called a contradiction.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Scope {
    /// Who proposes, gives or holds it ("the united states", "berlin").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agent: Option<String>,
    /// The period it covers ("Q1 2025").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub period: Option<String>,
    /// "current", "proposed", "start", "end" ...
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// An organisation the subject belongs to ("ASEAN" for a summit).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organisation: Option<String>,
    /// A place inside the story's area ("liepaja" against the national figure).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// A part of a sum or a share: "base", "total", "winner", "runner-up".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub part: Option<String>,
    /// A rate: the figure is per "day", per "passenger".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rate: Option<String>,
    /// A change ("change") or the level before one ("previous level").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// The day a level was read ("2026-04-28 afternoon"), for figures that
    /// change from day to day.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub day: Option<String>,
    /// The figure is someone's, but a pronoun hides whose ("gave it 26
    /// seats"): it is compared with nothing when the story gives the
    /// measure for several holders.
    #[serde(skip)]
    pub holder_unread: bool,
}

impl Scope {
    pub fn is_empty(&self) -> bool {
        self.agent.is_none()
            && self.period.is_none()
            && self.status.is_none()
            && self.organisation.is_none()
            && self.place.is_none()
            && self.part.is_none()
            && self.rate.is_none()
            && self.role.is_none()
            && self.day.is_none()
    }
}

/// How firmly the source states the claim.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Modality {
    #[default]
    Asserted,
    Planned,
    Reported,
    Hedged,
}

/// One extracted claim.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Claim {
    /// Index of the source in the run's (sorted) source list.
    pub source: usize,
    pub subject: Subject,
    /// What about the subject: "date", "title", "share of gdp", ...
    pub attribute: String,
    pub scope: Scope,
    pub value: Value,
    pub modality: Modality,
    /// The value's text in the source.
    pub span: Span,
    /// The sentence that holds it.
    pub sentence: Span,
    /// The value as written.
    pub text: String,
    /// The extractor that produced it.
    pub extractor: &'static str,
    /// What the figure measures, as reports name it ("deaths", "price").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub measure: Option<String>,
    /// The span of the value this one restates in brackets ("$140
    /// million" in "€130 million ($140 million)"): one claim, two units.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub restates: Option<Span>,
    /// A count the story updates as news comes in (deaths, evacuated): a
    /// later, larger figure is an update, not a contradiction.
    #[serde(skip)]
    pub evolving: bool,
}
