//! Turning bytes into [`Document`]s: format detection, the prose view,
//! sentences and the publication date. Pure functions; reading files is the
//! caller's job.

mod markdown;
mod published;
mod text;

use crate::document::{Document, Role};
use crate::span::Span;
use chrono::NaiveDate;

pub use published::publication_date;

/// How a source is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
}

impl Format {
    /// By extension: `.md`/`.markdown` are Markdown, everything else plain text.
    pub fn from_path(path: &str) -> Format {
        let lower = path.to_ascii_lowercase();
        if lower.ends_with(".md") || lower.ends_with(".markdown") {
            Format::Markdown
        } else {
            Format::Text
        }
    }
}

/// Builds a document. `published` from the command line wins over a date
/// found in the text.
pub fn document(path: &str, role: Role, format: Format, original: String, published: Option<NaiveDate>) -> Document {
    let mut prose = match format {
        Format::Text => text::prose(&original),
        Format::Markdown => markdown::prose(&original),
    };
    let found = published::publication_date(&original);
    if let Some(field) = found.as_ref().map(|f| f.field) {
        blank(&mut prose, field);
    }
    text::blank_citation_lists(&mut prose);
    // A byte-order mark stays in the original (offsets are of the file's bytes).
    if prose.starts_with('\u{feff}') {
        blank(&mut prose, Span::new(0, '\u{feff}'.len_utf8()));
    }
    let published = published.or(found.map(|f| f.date));
    Document::new(path.to_string(), role, published, original, prose)
}

/// Replaces every non-newline byte in `span` with a space, keeping offsets.
pub(crate) fn blank(prose: &mut String, span: Span) {
    let replaced = blanked(&prose[span.start..span.end]);
    prose.replace_range(span.start..span.end, &replaced);
}

/// `text` with every byte but a newline made a space: a character of
/// several bytes becomes as many spaces, so offsets stay the same.
pub(crate) fn blanked(text: &str) -> String {
    text.bytes().map(|b| if b == b'\n' { '\n' } else { ' ' }).collect()
}

/// Sentence spans of the prose view. Lines are paragraphs in news copy (and
/// headings have no full stop), so each non-blank line is segmented on its own.
pub fn sentences(prose: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut line_start = 0;
    for line in prose.split_inclusive('\n') {
        let trimmed = line.trim_end();
        if !trimmed.trim().is_empty() {
            for b in sentencex::get_sentence_boundaries("en", trimmed) {
                let s = &trimmed[b.start_byte..b.end_byte];
                let lead = s.len() - s.trim_start().len();
                let body = s.trim();
                if !body.is_empty() {
                    let start = line_start + b.start_byte + lead;
                    out.push(Span::new(start, start + body.len()));
                }
            }
        }
        line_start += line.len();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_keep_offsets_and_do_not_split_titles() {
        let text = "Mr. Smith met Dr. Jones on Friday. Then he left.\nHeading\n\nNext para.";
        let spans = sentences(text);
        let got: Vec<&str> = spans.iter().map(|s| s.slice(text)).collect();
        assert_eq!(got, vec!["Mr. Smith met Dr. Jones on Friday.", "Then he left.", "Heading", "Next para."]);
    }

    #[test]
    fn blanking_keeps_length_and_newlines() {
        let mut s = String::from("a€b\nc");
        blank(&mut s, Span::new(0, 7));
        assert_eq!(s, "     \n ");
        assert_eq!(s.len(), "a€b\nc".len());
    }
}
