//! Small judgements about a piece of text: where its sentences end, whether it ends like a
//! sentence, how many words it has, where its web addresses are.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

/// Compiles one of the importer's fixed regular expressions.
pub fn pattern(source: &str) -> Regex {
    // The patterns are literals in this crate, each covered by a test.
    Regex::new(source).unwrap_or_else(|e| unreachable!("bad built-in pattern {source}: {e}"))
}

static URL: LazyLock<Regex> = LazyLock::new(|| pattern(r"https?://[^\s<>\x22]+"));

/// The web addresses in `text`, as byte ranges, without the punctuation of the sentence they
/// stand in: a final `.`, `,`, `;`, `:`, `!` or `?`, and a `)` that closes no `(` of the address
/// ("(zie `https://x.nl/a`)" but "`https://nl.wikipedia.org/wiki/Magnesium_(element)`").
pub fn urls(text: &str) -> Vec<Range<usize>> {
    URL.find_iter(text)
        .map(|m| {
            let mut end = m.end();
            loop {
                let url = &text[m.start()..end];
                let last = url.chars().last().unwrap_or(' ');
                let unbalanced = last == ')' && url.matches('(').count() < url.matches(')').count();
                if matches!(last, '.' | ',' | ';' | ':' | '!' | '?' | '\'') || unbalanced {
                    end -= last.len_utf8();
                } else {
                    break;
                }
            }
            m.start()..end
        })
        .filter(|r| r.len() > "https://".len())
        .collect()
}

/// Splits `text` into sentences, trimmed (see [`crate::parse::sentences::split`]).
pub fn sentences<'t>(text: &'t str, abbreviations: &[String]) -> Vec<&'t str> {
    crate::parse::sentences::split(text, abbreviations)
        .into_iter()
        .map(|range| &text[range])
        .collect()
}

/// The number of words: tokens with at least one letter or digit (a lone dash is no word).
pub fn word_count(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// The last character that is not white space or a closing quote or bracket.
pub fn final_mark(text: &str) -> Option<char> {
    without_closing_marks(text).chars().last()
}

/// `text` without the quotes and brackets that close it.
pub fn without_closing_marks(text: &str) -> &str {
    text.trim_end()
        .trim_end_matches(['”', '"', '’', '\'', ')', ']'])
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

    #[test]
    fn finds_urls_without_the_sentence_around_them() {
        let text = "Zie https://x.nl/a. En (https://x.nl/b) of https://nl.wikipedia.org/wiki/Magnesium_(element), ja.";
        let found: Vec<&str> = urls(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(
            found,
            [
                "https://x.nl/a",
                "https://x.nl/b",
                "https://nl.wikipedia.org/wiki/Magnesium_(element)"
            ]
        );
    }

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
        // A capital before a full stop ends a sentence: "vitamine D. Daarom".
        assert_eq!(sentences("Neem vitamine D. Daarom helpt het.", &a).len(), 2);
        assert_eq!(
            sentences("\"Helpt het?\" Sleep Medicine, 5.", &a),
            ["\"Helpt het?\"", "Sleep Medicine, 5."]
        );
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
