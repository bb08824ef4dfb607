//! Cheap tests of a text's bytes that recognizers and readers make before
//! running a pattern, so that most sentences never reach it.

/// Whether `text` holds one of the two characters that a case-insensitive
/// pattern reads as an ASCII letter: 'ſ' (long s, read as "s") and 'K'
/// (the Kelvin sign, read as "k"). A shortcut that compares ASCII letters
/// instead of running such a pattern holds only where this is false.
pub(crate) fn folds_to_ascii(text: &str) -> bool {
    !text.is_ascii() && text.contains(['\u{17f}', '\u{212a}'])
}

/// Whether some pair of adjacent bytes of `text` passes `pair`. Every pair
/// is tested, without a branch per pair, so the compiler can test many at
/// once: the tests these guard fail on most sentences, which read to the end.
pub(crate) fn any_byte_pair(text: &str, pair: impl Fn(u8, u8) -> bool) -> bool {
    let bytes = text.as_bytes();
    bytes.iter().zip(bytes.get(1..).unwrap_or_default()).fold(false, |any, (&a, &b)| any | pair(a, b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_two_characters_beyond_ascii_fold_to_ascii_letters() {
        let letter = regex::Regex::new(r"(?i)^[a-z]$").unwrap();
        let folding: Vec<char> = (0x80..=u32::from(char::MAX))
            .filter_map(char::from_u32)
            .filter(|c| letter.is_match(c.encode_utf8(&mut [0; 4])))
            .collect();
        assert_eq!(folding, ['\u{17f}', '\u{212a}']);
        for c in folding {
            assert!(folds_to_ascii(&format!("a {c} b")));
        }
        assert!(!folds_to_ascii("plain text, “quoted” and Zürich"));
    }

    #[test]
    fn every_pair_is_seen() {
        let pairs = |text: &str| {
            let seen = std::cell::RefCell::new(Vec::new());
            any_byte_pair(text, |a, b| {
                seen.borrow_mut().push((a, b));
                false
            });
            seen.into_inner()
        };
        assert_eq!(pairs("abc"), [(b'a', b'b'), (b'b', b'c')]);
        assert!(pairs("a").is_empty() && pairs("").is_empty());
        assert!(any_byte_pair("x 3rd", |a, b| a.is_ascii_digit() && b == b'r'));
        assert!(!any_byte_pair("x 3 rd", |a, b| a.is_ascii_digit() && b == b'r'));
    }
}
