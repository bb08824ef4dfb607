//! Where a finding points, for the formats that need positions: which claim
//! is the finding's primary location (the one an editor fixes first), the
//! line/column range of a claim, and its sentence split around the value.
//!
//! Shared by the Markdown, HTML, SARIF and GitHub reports so that they all
//! point at the same place.

use crate::claim::Claim;
use crate::document::{Document, Role};
use crate::finding::Finding;

/// A claim's position: 1-based lines, 1-based columns counted in characters
/// (Unicode code points); the end is exclusive (the column after the value).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Region {
    pub start_line: usize,
    pub start_column: usize,
    pub end_line: usize,
    pub end_column: usize,
}

impl Region {
    pub fn of(doc: &Document, claim: &Claim) -> Region {
        let (start_line, start_column) = doc.line_col(claim.span.start);
        let (end_line, end_column) = doc.line_col(claim.span.end.max(claim.span.start));
        Region { start_line, start_column, end_line, end_column }
    }
}

/// The finding's primary claim: the draft's claim when the finding is about
/// the draft (that is the text under review), otherwise the first claim of
/// the last side, the one with the fewest sources (in draft mode, the
/// references' quarrels among themselves are never pinned on the draft).
/// Returns (side index, claim).
pub fn primary<'a>(documents: &[Document], finding: &'a Finding) -> Option<(usize, &'a Claim)> {
    let is_draft = |c: &Claim| documents.get(c.source).is_some_and(|d| d.role == Role::Draft);
    let draft = finding
        .sides
        .iter()
        .enumerate()
        .filter(|_| !finding.references_only)
        .find_map(|(i, side)| side.claims.iter().find(|c| is_draft(c)).map(|c| (i, c)));
    draft.or_else(|| {
        let last = finding.sides.len().checked_sub(1)?;
        finding.sides[last].claims.first().map(|c| (last, c))
    })
}

/// What a side is, for the reports that label sides: the draft's, the
/// one with the fewest sources (the primary side, when it has fewer than
/// another), or the one with the most. `None` when nothing sets it apart.
pub fn side_note(documents: &[Document], finding: &Finding, side: usize) -> Option<&'static str> {
    let s = finding.sides.get(side)?;
    let most = finding.sides.iter().map(|s| s.sources).max().unwrap_or(0);
    let fewest = finding.sides.iter().map(|s| s.sources).min().unwrap_or(0);
    let draft = s.claims.iter().any(|c| documents.get(c.source).is_some_and(|d| d.role == Role::Draft));
    if draft && !finding.references_only && finding.sides.len() > 1 {
        Some("the draft")
    } else if primary(documents, finding).is_some_and(|(i, _)| i == side) && s.sources < most {
        Some("fewest sources")
    } else if s.sources == most && most > fewest {
        Some("most sources")
    } else {
        None
    }
}

/// Every claim of the finding in the order a reader checks them, each with
/// whether it stands on the primary side and its side's value: the primary
/// claim, the rest of its side, then the other sides. Sides follow the
/// finding's order when the primary side leads it (the draft's), else go
/// from the fewest sources to the most.
pub fn in_order<'a>(documents: &[Document], finding: &'a Finding) -> Vec<(&'a Claim, bool, &'a str)> {
    let Some((primary_side, primary_claim)) = primary(documents, finding) else { return Vec::new() };
    let mut sides: Vec<usize> = (0..finding.sides.len()).collect();
    if primary_side + 1 == finding.sides.len() {
        sides.reverse();
    }
    sides.retain(|&i| i != primary_side);
    sides.insert(0, primary_side);
    let mut out = vec![(primary_claim, true, finding.sides[primary_side].value.as_str())];
    for i in sides {
        let side = &finding.sides[i];
        for c in side.claims.iter().filter(|c| !std::ptr::eq(*c, primary_claim)) {
            out.push((c, i == primary_side, side.value.as_str()));
        }
    }
    out
}

/// Every claim of the finding but the primary one, in side order.
pub fn others<'a>(finding: &'a Finding, primary: &Claim) -> Vec<(usize, &'a Claim)> {
    finding
        .sides
        .iter()
        .enumerate()
        .flat_map(|(i, side)| side.claims.iter().map(move |c| (i, c)))
        .filter(|(_, c)| !std::ptr::eq(*c, primary))
        .collect()
}

/// `path:line:column` of a claim.
pub fn position(doc: &Document, claim: &Claim) -> String {
    let (line, column) = doc.line_col(claim.span.start);
    format!("{}:{line}:{column}", doc.path)
}

/// The sentence of a claim in three parts: before the value, the value,
/// after it; whitespace runs collapsed to one space as in the JSON `quote`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quote {
    pub before: String,
    pub value: String,
    pub after: String,
}

pub fn quote(doc: &Document, claim: &Claim) -> Quote {
    let text = &doc.original;
    let sentence = claim.sentence.cover(claim.span);
    let get = |a: usize, b: usize| text.get(a..b).unwrap_or("");
    let before = collapse(get(sentence.start, claim.span.start));
    let value = collapse(get(claim.span.start, claim.span.end));
    let after = collapse(get(claim.span.end, sentence.end));
    // A space next to the value stays, so that the three parts read as one text.
    let value_trimmed = value.trim().to_string();
    let mut before = before.trim_start().to_string();
    let mut after = after.trim_end().to_string();
    if value.starts_with(' ') && !before.is_empty() && !before.ends_with(' ') {
        before.push(' ');
    }
    if value.ends_with(' ') && !after.is_empty() && !after.starts_with(' ') {
        after.insert(0, ' ');
    }
    Quote { before, value: value_trimmed, after }
}

/// The claim's sentence cut to about `width` characters around the value,
/// at word boundaries, with `...` where it was cut.
pub fn excerpt(doc: &Document, claim: &Claim, width: usize) -> String {
    let Quote { before, value, after } = quote(doc, claim);
    let len = |s: &str| s.chars().count();
    let room = width.saturating_sub(len(&value));
    let (mut keep_before, mut keep_after) = (room / 2, room - room / 2);
    // Room one side does not need goes to the other.
    if len(&before) < keep_before {
        keep_after += keep_before - len(&before);
        keep_before = len(&before);
    }
    if len(&after) < keep_after {
        keep_before += keep_after - len(&after);
        keep_after = len(&after);
    }
    let before = if len(&before) > keep_before {
        let tail: String = before.chars().skip(len(&before) - keep_before).collect();
        // Start at a word: drop the cut word's remains.
        let word_start = if before.chars().nth(len(&before) - keep_before - 1).is_some_and(char::is_whitespace) {
            0
        } else {
            tail.find(' ').map_or(tail.len(), |i| i + 1)
        };
        format!("...{}", &tail[word_start..])
    } else {
        before
    };
    let after = if len(&after) > keep_after {
        let head: String = after.chars().take(keep_after).collect();
        let word_end = if after.chars().nth(keep_after).is_some_and(char::is_whitespace) {
            head.len()
        } else {
            head.rfind(' ').unwrap_or(0)
        };
        format!("{}...", head[..word_end].trim_end())
    } else {
        after
    };
    format!("{before}{value}{after}")
}

/// Runs of whitespace (and control characters) become one space; the ends are kept.
fn collapse(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_space = false;
    for c in text.chars() {
        if c.is_whitespace() || c.is_control() {
            if !in_space {
                out.push(' ');
            }
            in_space = true;
        } else {
            out.push(c);
            in_space = false;
        }
    }
    out
}

/// "1 finding", "3 findings".
pub fn plural(n: usize, word: &str) -> String {
    format!("{n} {word}{}", if n == 1 { "" } else { "s" })
}

/// "1 source", "3 sources".
pub fn sources_label(n: usize) -> String {
    plural(n, "source")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{analyze, Input, Knowledge, Role};

    const JUNE: &str = "Intro.\nThe  leaders' summit in Lisbon in June 2026 will  be short.";
    const JULY: &str = "The Lisbon summit planned for July 2026 was announced.";
    const JULY_TOO: &str = "A summit in Lisbon in July 2026 is planned.";

    fn analysis(sources: &[(&str, Role, &str)]) -> crate::Analysis {
        let inputs = sources
            .iter()
            .map(|&(path, role, text)| Input { path: path.into(), role, published: None, text: text.into() })
            .collect();
        analyze(inputs, &Knowledge::builtin())
    }

    #[test]
    fn the_primary_claim_is_the_minority() {
        let a = analysis(&[("a.txt", Role::Peer, JUNE), ("b.txt", Role::Peer, JULY), ("c.txt", Role::Peer, JULY_TOO)]);
        let f = &a.findings[0];
        let (side, claim) = primary(&a.documents, f).unwrap();
        assert_eq!(side, f.sides.len() - 1);
        assert_eq!(a.documents[claim.source].path, "a.txt");
        assert_eq!(others(f, claim).len(), f.claims().count() - 1);
    }

    #[test]
    fn the_drafts_claim_is_primary_though_its_side_comes_first() {
        let a = analysis(&[
            ("draft.txt", Role::Draft, JUNE),
            ("b.txt", Role::Reference, JULY),
            ("c.txt", Role::Reference, JULY_TOO),
        ]);
        let f = &a.findings[0];
        let (side, claim) = primary(&a.documents, f).unwrap();
        assert_eq!(a.documents[claim.source].role, Role::Draft);
        assert_eq!(f.sides[side].value, "June 2026");
    }

    #[test]
    fn a_quarrel_among_the_references_is_not_pinned_on_the_draft() {
        // The draft sides with one reference; the other reference is the odd one out.
        let a = analysis(&[
            ("draft.txt", Role::Draft, JULY_TOO),
            ("b.txt", Role::Reference, JULY),
            ("c.txt", Role::Reference, JUNE),
        ]);
        let f = a.findings.iter().find(|f| f.references_only).expect("a references-only finding");
        let (_, claim) = primary(&a.documents, f).unwrap();
        assert_eq!(a.documents[claim.source].path, "c.txt");
    }

    #[test]
    fn regions_and_quotes_count_characters_and_collapse_whitespace() {
        let a = analysis(&[("a.txt", Role::Peer, JUNE), ("b.txt", Role::Peer, JULY)]);
        let f = &a.findings[0];
        let (_, claim) = primary(&a.documents, f).unwrap();
        let doc = &a.documents[claim.source];
        let r = Region::of(doc, claim);
        assert_eq!((r.start_line, r.start_column, r.end_line, r.end_column), (2, 35, 2, 44));
        let q = quote(doc, claim);
        assert_eq!(q.value, "June 2026");
        assert_eq!(q.before, "The leaders' summit in Lisbon in ");
        assert_eq!(q.after, " will be short.");
        assert_eq!(format!("{}{}{}", q.before, q.value, q.after), doc.quote(claim.sentence));
        assert_eq!(position(doc, claim), "a.txt:2:35");
    }

    #[test]
    fn excerpts_cut_long_sentences_at_words_around_the_value() {
        let long = "Officials from every ministry of the host country gathered early on a cold morning to say \
                    that the leaders' summit in Lisbon in June 2026 will be short, and that nobody should expect \
                    any agreement on the budget before the autumn.";
        let a = analysis(&[("a.txt", Role::Peer, long), ("b.txt", Role::Peer, JULY)]);
        let claim = a.claims().iter().find(|c| c.source == 0).unwrap();
        let doc = &a.documents[0];
        let cut = excerpt(doc, claim, 60);
        assert!(cut.starts_with("...") && cut.ends_with("..."), "{cut}");
        assert!(cut.contains("in Lisbon in June 2026 will be"), "{cut}");
        assert!(cut.chars().count() <= 66, "{cut}");
        // Every word kept is whole.
        let words: Vec<&str> = long.split_whitespace().collect();
        for w in cut.trim_matches('.').split_whitespace() {
            assert!(words.contains(&w), "{w} in {cut}");
        }
        assert_eq!(excerpt(doc, claim, 1000), doc.quote(claim.sentence));
    }
}
