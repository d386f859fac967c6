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
    let mut words = Vec::new();
    for_each_word(text, |word| words.push(word.to_string()));
    words
}

/// Calls `each` with every folded word of `text`, in order: [`words`] without an allocation
/// per word.
pub fn for_each_word(text: &str, mut each: impl FnMut(&str)) {
    // Folding a whole text is slow and most words are plain ASCII. An ASCII character that is
    // not a letter or digit separates words before folding as after it, so the text can be
    // folded piece by piece between them, with plain ASCII pieces only lowercased. The one
    // exception is the capital sigma, whose lowercase depends on the letters around it (and
    // an ASCII full stop or apostrophe does not end that context): such a text is folded
    // whole.
    if text.contains('\u{3a3}') {
        return fold_and_split(text, &mut each);
    }
    let mut lowered = String::new();
    for piece in text.split(|c: char| c.is_ascii() && !c.is_ascii_alphanumeric()) {
        if piece.is_empty() {
            continue;
        }
        if !piece.is_ascii() {
            fold_and_split(piece, &mut each);
        } else if piece.bytes().any(|b| b.is_ascii_uppercase()) {
            lowered.clear();
            lowered.push_str(piece);
            lowered.make_ascii_lowercase();
            each(&lowered);
        } else {
            each(piece);
        }
    }
}

fn fold_and_split(text: &str, each: &mut impl FnMut(&str)) {
    fold(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .for_each(each);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Folding piece by piece gives what folding the whole text gives.
    #[test]
    fn pieces_fold_as_the_whole() {
        let texts = [
            "Één geïnteresseerde Café-eigenaar zegt: „Ja!” 25(OH)D, 0,70 mmol/L; µg.",
            "ΟΔΟΣ.ΑΣ ΣΑΣ's İstanbul ǅemal ﬁne Å e\u{301} a\u{37e}b x\u{1fef}y",
            "",
        ];
        for text in texts {
            let whole: Vec<String> = fold(text)
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_string)
                .collect();
            assert_eq!(words(text), whole, "{text}");
            let without_sigma = text.replace('Σ', "S");
            let whole: Vec<String> = fold(&without_sigma)
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_string)
                .collect();
            assert_eq!(words(&without_sigma), whole, "{without_sigma}");
        }
    }

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
        assert_eq!(words("Ελ;λάς ΟΔΟΣ.Β"), ["ελ", "λας", "οδοσ", "β"]);
        assert_eq!(words("a\u{37e}b"), ["a", "b"]);
        assert!(words(" — … ").is_empty());
    }
}
