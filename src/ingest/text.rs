//! Plain text: the prose view is the text itself, less citation lists.

use crate::span::Span;
use regex::Regex;
use std::sync::LazyLock;

pub(super) fn prose(original: &str) -> String {
    original.to_string()
}

/// Lines of a reference list ("[12] Some headline https://…") cite other
/// articles; their words are not claims of this source.
static CITATION_LINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?m)^[ \t]*(?:\[\d{1,3}\]|\d{1,3}\.)[ \t]+[^\n]*https?://[^\n]*$").unwrap());

/// A line that is only a link.
static URL_LINE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?m)^[ \t]*https?://\S+[ \t]*$").unwrap());

pub(crate) fn blank_citation_lists(prose: &mut String) {
    let spans: Vec<Span> = CITATION_LINE
        .find_iter(prose)
        .chain(URL_LINE.find_iter(prose))
        .map(|m| Span::new(m.start(), m.end()))
        .collect();
    for span in spans {
        super::blank(prose, span);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reference_lists_are_not_prose() {
        let mut s = String::from("Body 5% text.\n[1] Headline 2025 https://x.org/a\nMore.");
        blank_citation_lists(&mut s);
        assert!(s.starts_with("Body 5% text.\n"));
        assert!(!s.contains("Headline"));
        assert!(s.ends_with("\nMore."));
    }
}
