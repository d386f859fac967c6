//! Small judgements about a piece of text: where its sentences end, whether it ends like a
//! sentence, how many words it has.

/// Splits `text` into sentences: after `.`, `?`, `!` or `…` followed by a space and a capital
/// letter, digit or opening quote. A full stop that ends one of `abbreviations` (lowercase, such
/// as "bijv." or "et al.") or a single capital initial ("A.") does not end a sentence.
pub fn sentences<'t>(text: &'t str, abbreviations: &[String]) -> Vec<&'t str> {
    let mut found = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (i, &(at, c)) in chars.iter().enumerate() {
        if !matches!(c, '.' | '?' | '!' | '…') {
            continue;
        }
        let Some(&(_, space)) = chars.get(i + 1) else {
            continue;
        };
        let next = chars.get(i + 2).map(|&(_, c)| c);
        let starts_sentence = next.is_some_and(|n| {
            n.is_uppercase() || n.is_ascii_digit() || matches!(n, '“' | '"' | '‘' | '(' | '[')
        });
        if !space.is_whitespace() || !starts_sentence {
            continue;
        }
        let end = at + c.len_utf8();
        if c == '.' && is_abbreviation(&text[start..end], abbreviations) {
            continue;
        }
        found.push(text[start..end].trim());
        start = end;
    }
    let rest = text[start..].trim();
    if !rest.is_empty() {
        found.push(rest);
    }
    found
}

/// True when the last word of `sentence` (ending in a full stop) is an abbreviation or an
/// initial, so the full stop is not the end of a sentence.
fn is_abbreviation(sentence: &str, abbreviations: &[String]) -> bool {
    let lower = sentence.to_lowercase();
    if abbreviations.iter().any(|a| {
        lower.ends_with(a.as_str())
            && lower[..lower.len() - a.len()]
                .chars()
                .last()
                .is_none_or(|c| !c.is_alphanumeric())
    }) {
        return true;
    }
    let last_word = sentence.split_whitespace().last().unwrap_or_default();
    let letters: Vec<char> = last_word.trim_end_matches('.').chars().collect();
    // "A." or "M.A." as in author initials.
    !letters.is_empty()
        && letters
            .iter()
            .all(|c| c.is_uppercase() || *c == '.' || *c == '-')
        && letters.iter().filter(|c| c.is_uppercase()).count() <= 3
        && last_word.len() <= 6
}

/// The number of words: tokens with at least one letter or digit (a lone dash is no word).
pub fn word_count(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// The last character that is not white space or a closing quote or bracket.
pub fn final_mark(text: &str) -> Option<char> {
    text.trim_end()
        .trim_end_matches(['”', '"', '’', '\'', ')', ']'])
        .chars()
        .last()
}

/// True when `text` ends like a sentence (`.`, `!`, `?`, `;`, `,` or `:`), not like a title.
pub fn ends_like_sentence(text: &str) -> bool {
    matches!(final_mark(text), Some('.' | '!' | '?' | ';' | ',' | ':'))
}

/// Shortens `text` to at most `max` characters, at the end of a sentence when one fits, else at
/// a word boundary with an ellipsis.
pub fn shorten(text: &str, max: usize, abbreviations: &[String]) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let mut kept = String::new();
    for sentence in sentences(text, abbreviations) {
        let candidate = if kept.is_empty() {
            sentence.to_string()
        } else {
            format!("{kept} {sentence}")
        };
        if candidate.chars().count() > max {
            break;
        }
        kept = candidate;
    }
    if !kept.is_empty() {
        return kept;
    }
    let mut cut = String::new();
    for word in text.split_whitespace() {
        if cut.chars().count() + word.chars().count() + 2 > max {
            break;
        }
        if !cut.is_empty() {
            cut.push(' ');
        }
        cut.push_str(word);
    }
    format!("{} …", cut.trim_end_matches([',', ';', ':']))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn abbreviations() -> Vec<String> {
        ["bijv.", "i.p.v.", "vs.", "et al."]
            .map(String::from)
            .to_vec()
    }

    #[test]
    fn splits_sentences_but_not_abbreviations_or_initials() {
        let a = abbreviations();
        assert_eq!(
            sentences("Eén. Twee? Drie! 4 is vier.", &a),
            ["Eén.", "Twee?", "Drie!", "4 is vier."]
        );
        assert_eq!(
            sentences("Orale vs. transdermale magnesium: Wat is het?", &a).len(),
            1
        );
        assert_eq!(
            sentences("Neem bijv. Magnesium. Klaar.", &a),
            ["Neem bijv. Magnesium.", "Klaar."]
        );
        assert_eq!(sentences("Uwitonze, A.M. schreef dit.", &a).len(), 1);
        assert_eq!(
            sentences("Het is donker, stil… maar nog wakker.", &a).len(),
            1
        );
        assert_eq!(
            sentences("Waarde 0,70-0,95 mmol/L. Ook 25(OH)D.", &a).len(),
            2
        );
    }

    #[test]
    fn words_and_endings() {
        assert_eq!(
            word_count("Magnesium is geen wondermiddel – maar wel een sleutel."),
            8
        );
        assert!(ends_like_sentence("Dit is zo."));
        assert!(ends_like_sentence("Denk aan:"));
        assert!(!ends_like_sentence("Rust 😴"));
        assert!(!ends_like_sentence(
            "Magnesium L-Threonaat (Hersenen & Cognitie)"
        ));
        assert_eq!(final_mark("“Een zin.”"), Some('.'));
    }

    #[test]
    fn shortens_at_a_sentence_end() {
        let a = abbreviations();
        assert_eq!(shorten("Kort. Nog een zin die lang is.", 10, &a), "Kort.");
        assert_eq!(
            shorten("Eén heel lange zin zonder einde hier", 20, &a),
            "Eén heel lange zin …"
        );
        assert_eq!(shorten("Past.", 10, &a), "Past.");
    }
}
