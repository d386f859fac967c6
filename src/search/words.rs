//! The words of a text as search sees them: lowercased, diacritics removed, split at every
//! character that is neither a letter nor a digit.
//!
//! `search.js` does exactly the same in the browser (`kennisSearch.tokens`): `toLowerCase()`,
//! `normalize("NFD")`, removing `\p{M}`, then runs of `[\p{Alphabetic}\p{N}]`. Every step here
//! is the Unicode-defined counterpart of one of those, so a query typed on the search page is
//! cut into the same words as the articles were.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// The text lowercased, decomposed (NFD) and without combining marks: "Één" → "een",
/// "geïnteresseerd" → "geinteresseerd", "Ängste" → "angste".
pub fn fold(text: &str) -> String {
    // Lowercase the whole string first, as the browser does: a final capital sigma depends on
    // the letters around it.
    text.to_lowercase()
        .nfd()
        .filter(|c| !is_combining_mark(*c))
        .collect()
}

/// The folded words of `text`, in order, repeats included.
pub fn words(text: &str) -> Vec<String> {
    fold(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_and_diacritics() {
        assert_eq!(fold("Één geïnteresseerde Café"), "een geinteresseerde cafe");
        assert_eq!(fold("ΟΔΟΣ"), "οδος");
    }

    #[test]
    fn splits_at_everything_but_letters_and_digits() {
        assert_eq!(
            words("Vitamine-D-tekort: 25(OH)D < 50 nmol/L, auto's en B12!"),
            [
                "vitamine", "d", "tekort", "25", "oh", "d", "50", "nmol", "l", "auto", "s", "en",
                "b12"
            ]
        );
        assert_eq!(words("µg per dag"), ["µg", "per", "dag"]);
        assert!(words(" — … ").is_empty());
    }
}
