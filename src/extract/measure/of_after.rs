//! `of-after`: what an amount, share or quantity is of: "86 millimetres
//! of snow", "40 watts of peak power", "31.2% of the vote", "20 per cent
//! of any surplus", "€5 million in emergency funding", "$5bn worth of
//! arms".
//!
//! Counts are left out: "three of the nine judges" is a part of a whole,
//! read by the partitive reader.

use super::Found;
use crate::extract::grammar::{np_forward, DETERMINERS};
use crate::extract::tokens::Tokens;
use crate::knowledge::Knowledge;
use crate::value::Value;

pub fn read(t: &Tokens, i: usize, _k: &Knowledge) -> Option<Found> {
    let value = t.value(i)?;
    let money = matches!(value, Value::Money { .. });
    if !matches!(value, Value::Money { .. } | Value::Percent { .. } | Value::Quantity { .. }) {
        return None;
    }
    let mut j = t.after_conversions(i) + 1;
    if t.word(j) == "worth" && t.word(j + 1) == "of" {
        j += 1;
    }
    match t.word(j) {
        "of" => {}
        "in" | "for" if money => {}
        _ => return None,
    }
    // "a fine of 3 million pesos for misleading the regulator": a verb with
    // its object after "for" gives the reason, not what the money is.
    if t.word(j) == "for" && t.word(j + 1).ends_with("ing") && takes_object(t, j + 2) {
        return None;
    }
    j += 1;
    while DETERMINERS.contains(&t.word(j)) {
        j += 1;
    }
    let end = np_forward(t, j, 4);
    if end == j || t.tokens[j].is_capitalized() && !matches!(t.word(j), "gdp") && value_is_not_share(value) {
        return None;
    }
    let words = (j..end).map(|x| t.word(x).to_string()).collect();
    Some(Found { words, ..Found::default() })
}

/// Whether the word at `j` opens a verb's object: an article, a
/// possessive, a pronoun or a name.
fn takes_object(t: &Tokens, j: usize) -> bool {
    DETERMINERS.contains(&t.word(j))
        || matches!(t.word(j), "him" | "her" | "them" | "it" | "his" | "its" | "their")
        || t.tokens.get(j).is_some_and(|x| x.is_capitalized())
}

/// A capitalized word after "of" names an owner ("€2 million of UN
/// money" aside), except after a share ("5% of GDP").
fn value_is_not_share(v: &Value) -> bool {
    !matches!(v, Value::Percent { .. })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recognize;

    fn words(text: &str) -> Option<Vec<String>> {
        let k = Knowledge::builtin();
        let t = Tokens::new(text, recognize::values(text, None));
        let i = t.tokens.iter().position(|tok| tok.is_value())?;
        read(&t, i, &k).map(|f| f.words)
    }

    #[test]
    fn amounts_and_shares_of_something() {
        assert_eq!(words("They won 31.2% of the vote."), Some(vec!["vote".to_string()]));
        assert_eq!(
            words("It released €5 million in emergency funding."),
            Some(vec!["emergency".to_string(), "funding".to_string()])
        );
        assert_eq!(words("They spend 2% of GDP on defence."), Some(vec!["gdp".to_string()]));
        assert_eq!(words("Two of the members voted."), None);
        assert_eq!(words("He paid €3 million for misleading the regulator."), None);
        assert_eq!(words("It pledged €2 million for housing."), Some(vec!["housing".to_string()]));
    }
}
