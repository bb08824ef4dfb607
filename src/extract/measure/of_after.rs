//! `of-after`: what an amount, share or quantity is of: "212 millimetres
//! of rain", "65 watts of base power", "25.1% of the vote", "15 per cent
//! of any profit", "€2 million in humanitarian funding", "$5bn worth of
//! arms".
//!
//! Counts are left out: "two of the seven members" is a part of a whole,
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
    // "a fine of 21 million crowns for defrauding the fund": a verb with
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

/// A capitalized word after "of" names an owner ("€2 million of EU
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
        assert_eq!(words("They won 25.1% of the vote."), Some(vec!["vote".to_string()]));
        assert_eq!(
            words("It released €2 million in humanitarian funding."),
            Some(vec!["humanitarian".to_string(), "funding".to_string()])
        );
        assert_eq!(words("They spend 2% of GDP on defence."), Some(vec!["gdp".to_string()]));
        assert_eq!(words("Two of the members voted."), None);
        assert_eq!(words("He paid €2 million for defrauding the state."), None);
        assert_eq!(words("It pledged €2 million for housing."), Some(vec!["housing".to_string()]));
    }
}
