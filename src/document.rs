//! A source after ingestion: its original bytes, the prose view the
//! extractors read, its sentences and its publication date.

use crate::span::{LineIndex, Span};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// What a source is in a run.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Plain cross-check: every source is compared with every other.
    Peer,
    Draft,
    Reference,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Peer => "peer",
            Role::Draft => "draft",
            Role::Reference => "reference",
        }
    }
}

/// One source, ready for extraction.
///
/// `prose` has exactly the same length as `original`: markup, front matter,
/// code and citation lists are blanked with spaces (newlines kept), so every
/// offset into `prose` is also an offset into the original bytes and no
/// offset map is needed.
#[derive(Clone, Debug)]
pub struct Document {
    /// The path as the user gave it, `-` for standard input.
    pub path: String,
    pub role: Role,
    pub published: Option<NaiveDate>,
    pub original: String,
    pub prose: String,
    pub sentences: Vec<Span>,
    lines: LineIndex,
}

impl Document {
    pub fn new(path: String, role: Role, published: Option<NaiveDate>, original: String, prose: String) -> Self {
        debug_assert_eq!(original.len(), prose.len());
        let sentences = crate::ingest::sentences(&prose);
        let lines = LineIndex::new(&original);
        Document { path, role, published, original, prose, sentences, lines }
    }

    /// 1-based line and column of a byte offset; a byte-order mark is not a column.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let (line, column) = self.lines.line_col(&self.original, offset);
        let after_bom = line == 1 && offset > 0 && self.original.starts_with('\u{feff}');
        (line, if after_bom { column - 1 } else { column })
    }

    /// The sentence holding `span`, as it stands in the source.
    pub fn sentence_of(&self, span: Span) -> Span {
        let i = self.sentences.partition_point(|s| s.end <= span.start);
        self.sentences.get(i).copied().filter(|s| s.start <= span.start).unwrap_or(span)
    }

    /// The sentence text with runs of whitespace collapsed to one space.
    pub fn quote(&self, sentence: Span) -> String {
        collapse_whitespace(sentence.slice(&self.original))
    }
}

pub fn collapse_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_byte_order_mark_does_not_shift_columns() {
        let doc =
            crate::ingest::document("a.txt", Role::Peer, crate::ingest::Format::Text, "\u{feff}ab\ncd".into(), None);
        assert_eq!(doc.line_col(4), (1, 2));
        assert_eq!(doc.line_col(6), (2, 1));
    }
}
