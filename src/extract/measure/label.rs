//! `label`: a figure in a fact box or a list item, "Penalty: €40,000",
//! "Range: 450 km", "Crew: 93 people".
//!
//! The label says what the first figure after the colon measures. A label
//! that is a name ("New Zealand: $310", "Northern Bloc: 31 seats") says
//! whose or where the figure is; the measure then comes from the figure's
//! own words or the section heading.

use super::Found;
use crate::extract::grammar::is_function_word;
use crate::extract::tokens::Tokens;
use crate::knowledge::Knowledge;

pub fn read(t: &Tokens, i: usize, k: &Knowledge) -> Option<Found> {
    // The colon right before the figure (qualifiers are inside its span).
    let colon = i.checked_sub(1).filter(|&c| t.tokens[c].is_punct(":"))?;
    // The label runs from the start of its line to the colon.
    let mut start = colon;
    while start > 0 && t.joined(start - 1) && !t.tokens[start - 1].is_punct(".;:!?") {
        start -= 1;
    }
    while start < colon && t.tokens[start].is_punct("-*•–") {
        start += 1;
    }
    let label: Vec<&crate::extract::tokens::Token> =
        t.tokens[start..colon].iter().filter(|tok| tok.is_word()).collect();
    if label.is_empty() || label.len() > 5 || colon - start > 7 {
        return None;
    }
    // "The race was not close: three riders fell" is a sentence
    // before a colon, not a label.
    if label.iter().any(|w| crate::extract::grammar::AUXILIARIES.contains(&w.lower.as_ref()) || w.lower == "not") {
        return None;
    }
    // "He said: 20 people came" is a quotation, not a label.
    if label
        .iter()
        .any(|w| matches!(w.lower.as_ref(), "said" | "says" | "told" | "added" | "warned" | "wrote" | "stated"))
    {
        return None;
    }
    // "Jane Roe, driver: two years": a name and what the person is.
    if let Some(comma) = (start..colon).find(|&x| t.tokens[x].is_punct(",")) {
        let name: Vec<_> = t.tokens[start..comma].iter().filter(|w| !w.is_punct("*_")).collect();
        if name.len() >= 2 && name.iter().all(|w| w.is_word() && w.is_capitalized()) {
            let name = name.iter().map(|w| w.lower.as_ref()).collect::<Vec<_>>().join(" ");
            return Some(Found { label_name: Some(name), ..Found::default() });
        }
    }
    let all_capitalized = label.iter().all(|w| w.is_capitalized() || matches!(w.lower.as_ref(), "and" | "of" | "de"));
    let text = t.slice(start, colon - 1);
    let is_name = all_capitalized
        && !label.iter().any(|w| k.measures.names_measure(&w.lower))
        && (label.len() >= 2 || k.place(text).is_some());
    if is_name {
        return Some(Found { label_name: Some(text.to_lowercase()), ..Found::default() });
    }
    let words = label.iter().map(|w| w.lower.to_string()).filter(|w| !is_function_word(w)).collect::<Vec<_>>();
    (!words.is_empty()).then_some(Found { words, ..Found::default() })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recognize;

    fn found(text: &str) -> Option<(Vec<String>, Option<String>)> {
        let k = Knowledge::builtin();
        let t = Tokens::new(text, recognize::values(text, None));
        let i = t.tokens.iter().position(|tok| tok.is_value())?;
        read(&t, i, &k).map(|f| (f.words, f.label_name))
    }

    #[test]
    fn labels_measure_or_name() {
        assert_eq!(found("- Penalty: €40,000 (roughly US$43,000)"), Some((vec!["penalty".into()], None)));
        assert_eq!(found("New Zealand: $310 before tax"), Some((Vec::new(), Some("new zealand".into()))));
        assert_eq!(found("He said: 20 people came."), None);
        assert_eq!(found("The result was not close: 40 members backed it."), None);
        assert_eq!(found("- Jane Roe, driver: two years"), Some((Vec::new(), Some("jane roe".into()))));
        assert_eq!(found("The fee is €20 million."), None);
    }
}
