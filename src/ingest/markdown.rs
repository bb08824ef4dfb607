//! Markdown: only the words a reader sees are prose. Markup, link targets,
//! code and front matter are blanked in place so offsets stay those of the
//! original file.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

pub(super) fn prose(original: &str) -> String {
    // Start blank; only what a reader sees is copied back.
    let mut prose = super::blanked(original);
    let options = Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS
        | Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_SMART_PUNCTUATION;
    let mut in_code = 0usize;
    let mut in_meta = 0usize;
    // Parsed after a byte-order mark (front matter must open the text), offsets moved back.
    let bom = if original.starts_with('\u{feff}') { '\u{feff}'.len_utf8() } else { 0 };
    for (event, range) in Parser::new_ext(&original[bom..], options).into_offset_iter() {
        let range = range.start + bom..range.end + bom;
        match event {
            Event::Start(Tag::CodeBlock(_)) => in_code += 1,
            Event::End(TagEnd::CodeBlock) => in_code = in_code.saturating_sub(1),
            Event::Start(Tag::MetadataBlock(_)) => in_meta += 1,
            Event::End(TagEnd::MetadataBlock(_)) => in_meta = in_meta.saturating_sub(1),
            Event::Text(_) if in_code == 0 && in_meta == 0 => copy(original, &mut prose, range),
            // A line break inside a paragraph does not end a sentence.
            Event::SoftBreak | Event::HardBreak => {
                let spaces = " ".repeat(range.len());
                if prose.is_char_boundary(range.start) && prose.is_char_boundary(range.end) {
                    prose.replace_range(range, &spaces);
                }
            }
            _ => {}
        }
    }
    prose
}

fn copy(original: &str, prose: &mut String, range: std::ops::Range<usize>) {
    if let Some(src) = original.get(range.clone()) {
        let src = src.replace('\n', " ");
        if src.len() == range.len() {
            prose.replace_range(range, &src);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_code_and_links_are_blanked_in_place() {
        let md = "---\ndate: 2025-04-04\n---\n# Title 5%\n\nSee [the *report*](https://x.org/2025) on 3 April.\n\n```\ncode 99%\n```\n";
        let p = prose(md);
        assert_eq!(p.len(), md.len());
        assert!(p.contains("Title 5%"));
        assert!(p.contains("the") && p.contains("report") && p.contains("on 3 April."));
        assert!(!p.contains("x.org"));
        assert!(!p.contains("99%"));
        assert!(!p.contains("date:"));
        let at = md.find("on 3 April").unwrap();
        assert_eq!(&p[at..at + 10], "on 3 April");
    }

    #[test]
    fn front_matter_after_a_byte_order_mark_is_still_front_matter() {
        let md = "\u{feff}---\ntitle: Secret 5%\n---\n# Head\n\nBody 7%.\n";
        let p = prose(md);
        assert_eq!(p.len(), md.len());
        assert!(!p.contains("Secret") && !p.contains('#'), "{p:?}");
        let at = md.find("Body 7%.").unwrap();
        assert_eq!(&p[at..at + 8], "Body 7%.");
    }

    #[test]
    fn a_wrapped_paragraph_is_one_line_of_prose() {
        let md = "All of the EU's 27 member\nstates agreed.\n\nNext.\n";
        let p = prose(md);
        assert!(p.starts_with("All of the EU's 27 member states agreed.\n"), "{p:?}");
    }
}
