//! Plain text: the prose view is the text itself, less citation lists, with
//! the line breaks of hard-wrapped paragraphs read as spaces.
//!
//! Wire copy and mail are wrapped at some 72 columns: a single line break
//! inside a paragraph does not end a sentence. A blank line ends a
//! paragraph; a line much shorter than its paragraph's (a heading, a byline,
//! a paragraph's last line) ends where it ends; a list item, a heading
//! marker or a link starts a line of its own. News copy written one
//! paragraph per line (lines longer than any wrap width) keeps its lines,
//! except that a line starting in lower case continues the one before.

use crate::span::Span;
use regex::Regex;
use std::sync::LazyLock;

/// Lines longer than this are paragraphs, not wrapped lines.
const WRAP_WIDTH: usize = 100;
/// A wrapped line is at least this long (wrap widths are 60 to 80 columns);
/// a shorter one is a heading, a byline or a paragraph's last line.
const WRAPPED_LINE: usize = 40;

pub(super) fn prose(original: &str) -> String {
    let breaks = soft_breaks(original);
    if breaks.is_empty() {
        return original.to_string();
    }
    let mut bytes = original.as_bytes().to_vec();
    for at in breaks {
        // An ASCII byte for an ASCII byte: the text stays UTF-8 and keeps its length.
        bytes[at] = b' ';
    }
    String::from_utf8(bytes).unwrap_or_else(|_| original.to_string())
}

/// Byte offsets of the `\n` (and the `\r` before it) of every line break
/// that continues a paragraph.
fn soft_breaks(text: &str) -> Vec<usize> {
    // (start, content without the line ending, width in characters) of every line.
    let mut lines: Vec<(usize, &str, usize)> = Vec::new();
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        lines.push((at, content, width(content)));
        at += line.len();
    }
    let mut out = Vec::new();
    for block in lines.split(|(_, l, _)| l.trim().is_empty()) {
        let widest = block.iter().map(|&(_, _, w)| w).max().unwrap_or(0);
        let wrapped = block.len() >= 2 && block[..block.len() - 1].iter().all(|&(_, _, w)| w <= WRAP_WIDTH);
        for pair in block.windows(2) {
            let ((start, line, width), (_, next, _)) = (pair[0], pair[1]);
            if starts_own_line(next) || is_link(line) {
                continue;
            }
            let continues = next.trim_start().starts_with(char::is_lowercase);
            if continues || (wrapped && width >= WRAPPED_LINE && width * 2 >= widest) {
                let end = start + line.len();
                out.extend(end..end + (text[end..].len() - text[end..].trim_start_matches('\r').len()));
                out.push(end + text[end..].find('\n').unwrap_or(0));
            }
        }
    }
    out
}

/// Characters up to the last one that is not white space.
fn width(line: &str) -> usize {
    line.trim_end().chars().count()
}

/// A list item, a heading, a quote, a table row, a citation or a link.
fn starts_own_line(line: &str) -> bool {
    static ITEM: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^[ \t]*(?:[-*+•–—][ \t]|#|>|\||\d{1,3}[.)][ \t]|\[\d{1,3}\]|https?://)").unwrap()
    });
    ITEM.is_match(line)
}

fn is_link(line: &str) -> bool {
    // The pattern, anchored at every line start, would scan the whole line.
    line.contains("http") && URL_LINE.is_match(line)
}

/// Lines of a reference list ("[12] Some headline https://…") cite other
/// articles; their words are not claims of this source.
static CITATION_LINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?m)^[ \t]*(?:\[\d{1,3}\]|\d{1,3}\.)[ \t]+[^\n]*https?://[^\n]*$").unwrap());

/// A line that is only a link.
static URL_LINE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?m)^[ \t]*https?://\S+[ \t]*$").unwrap());

pub(crate) fn blank_citation_lists(prose: &mut String) {
    // Both kinds of line hold a link, and each pattern matches a whole line:
    // only the lines with "http" in them are tried, one at a time, rather
    // than running both patterns over the whole text.
    let mut spans = Vec::new();
    let mut tried_to = 0;
    for (at, _) in prose.match_indices("http") {
        if at < tried_to {
            continue;
        }
        let start = prose[..at].rfind('\n').map_or(0, |i| i + 1);
        let end = prose[at..].find('\n').map_or(prose.len(), |i| at + i);
        tried_to = end;
        let line = &prose[start..end];
        if let Some(m) = CITATION_LINE.find(line).or_else(|| URL_LINE.find(line)) {
            spans.push(Span::new(start + m.start(), start + m.end()));
        }
    }
    for span in spans {
        super::blank(prose, span);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapped_lines_are_one_paragraph_and_keep_their_offsets() {
        let text = "The council will hold a meeting\nin Antwerp on Friday.\n";
        assert_eq!(prose(text), "The council will hold a meeting in Antwerp on Friday.\n");
        let crlf = "The council will hold a meeting\r\nin Antwerp on Friday.\r\n";
        assert_eq!(prose(crlf), "The council will hold a meeting  in Antwerp on Friday.\r\n");
        let wire = "Ministers of the alliance met in Geneva on Thursday to discuss\n\
                    defence spending, which the treasury wants raised to 5% of\n\
                    GDP by 2035.\n\nSecond paragraph.\n";
        let p = prose(wire);
        assert_eq!(p.len(), wire.len());
        assert_eq!(p.lines().next().unwrap(), wire.replace('\n', " ").split("  ").next().unwrap());
        assert!(p.ends_with("GDP by 2035.\n\nSecond paragraph.\n"), "{p:?}");
    }

    #[test]
    fn headings_lists_and_paragraph_lines_stay_apart() {
        let text = "Ministers meet in Geneva\nMinisters of the alliance met in Geneva on Thursday to discuss\n\
                    spending.\n- first item\n- second item\n";
        let p = prose(text);
        assert!(p.starts_with("Ministers meet in Geneva\n"), "{p:?}");
        assert!(p.contains("discuss spending.\n- first item\n- second item\n"), "{p:?}");
        // One paragraph per line (longer than any wrap width): the lines stay.
        let long = format!("{}.\nNext paragraph.\n", "word ".repeat(30));
        assert_eq!(prose(&long), long);
        // A byline before its date: not a continuation.
        let byline = format!("Harbour Radio - World service\n9 March 2025\n\n{}\n", "word ".repeat(30));
        assert_eq!(prose(&byline), byline);
    }

    #[test]
    fn reference_lists_are_not_prose() {
        let mut s = String::from("Body 5% text.\n[1] Headline 2025 https://x.org/a\nMore.");
        blank_citation_lists(&mut s);
        assert!(s.starts_with("Body 5% text.\n"));
        assert!(!s.contains("Headline"));
        assert!(s.ends_with("\nMore."));
    }

    #[test]
    fn citation_lines_are_found_as_the_patterns_over_the_whole_text_find_them() {
        let texts = [
            "Body https://x.org in a sentence.\n[2] Title https://a.b/c\n  https://only.link  \nEnd.",
            "https://first.line\r\n3. Listed http://x.y and more http://z\n\nhttp",
            "[12] Two links https://a.b https://c.d\n12. not a citation\n€ https://e.f\n https://g.h/€",
            "no link at all\n[1] no link either\n",
            "",
        ];
        for text in texts {
            let mut expected = String::from(text);
            let whole: Vec<Span> = CITATION_LINE
                .find_iter(text)
                .chain(URL_LINE.find_iter(text))
                .map(|m| Span::new(m.start(), m.end()))
                .collect();
            for span in whole {
                super::super::blank(&mut expected, span);
            }
            let mut got = String::from(text);
            blank_citation_lists(&mut got);
            assert_eq!(got, expected, "{text:?}");
        }
    }
}
