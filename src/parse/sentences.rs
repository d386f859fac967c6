//! Where sentences end, in Dutch and English running text.
//!
//! Shared by the importer (which decides what a line is) and the claim checker (which judges
//! each sentence on its own).

use std::ops::Range;
use std::sync::LazyLock;

use memchr::memmem;

/// Finds the ellipsis character; built once, as every paragraph of a site is searched.
static ELLIPSIS: LazyLock<memmem::Finder<'static>> = LazyLock::new(|| memmem::Finder::new("…"));

/// Splits `text` into sentences: after `.`, `?`, `!` or `…` (and any closing quotes) followed by
/// a space and a capital letter, digit or opening quote. A full stop that ends one of
/// `abbreviations` (lowercase, such as "bijv." or "et al.") does not end a sentence. ("Vitamine
/// D. Daarom …" does: a capital before a full stop is not taken for an initial.)
pub fn split(text: &str, abbreviations: &[String]) -> Vec<Range<usize>> {
    let mut found = Vec::new();
    let mut start = 0;
    // In bytes, which is at least the characters: a longer tail finds the same abbreviations.
    let longest = abbreviations.iter().map(String::len).max().unwrap_or(0);
    // Only the places of marks are looked at (found with vectorised searches); the characters
    // after a mark are decoded there (every article's text goes through here).
    let bytes = text.as_bytes();
    let mut marks: Vec<(usize, usize)> = memchr::memchr3_iter(b'.', b'?', b'!', bytes)
        .map(|at| (at, 1))
        .chain(ELLIPSIS.find_iter(bytes).map(|at| (at, "…".len())))
        .collect();
    marks.sort_unstable();
    for (at, mark) in marks {
        let full_stop = bytes[at] == b'.';
        let mark_at = at;
        let at = at + mark;
        // Closing quotes may follow the mark: "Helpt het?" Ja.
        let mut after = text[at..]
            .char_indices()
            .skip_while(|&(_, q)| matches!(q, '"' | '”' | '’' | '\''));
        let Some((space_at, space)) = after.next() else {
            continue;
        };
        let starts_sentence = after.next().is_some_and(|(_, n)| {
            n.is_uppercase() || n.is_ascii_digit() || matches!(n, '“' | '"' | '‘' | '(' | '[')
        });
        if !space.is_whitespace() || !starts_sentence {
            continue;
        }
        let end = at + space_at;
        if full_stop && is_abbreviation(&text[start..mark_at + 1], abbreviations, longest) {
            continue;
        }
        push_trimmed(&mut found, text, start..end);
        start = end;
    }
    push_trimmed(&mut found, text, start..text.len());
    found
}

/// True when `sentence` (ending in a full stop) ends in one of `abbreviations`, the longest of
/// which has at most `longest` characters. Only the tail that could hold one (and the character before
/// it) is looked at, so the check costs the same however long the sentence is.
fn is_abbreviation(sentence: &str, abbreviations: &[String], longest: usize) -> bool {
    let tail_start = sentence
        .char_indices()
        .rev()
        .nth(longest)
        .map_or(0, |(at, _)| at);
    let tail = &sentence[tail_start..];
    // Nearly every tail is ASCII: lowercase it on the stack (this runs at every full stop).
    let mut buffer = [0u8; 64];
    let lower_owned;
    let lower: &str = if tail.is_ascii() && tail.len() <= buffer.len() {
        let lowered = &mut buffer[..tail.len()];
        lowered.copy_from_slice(tail.as_bytes());
        lowered.make_ascii_lowercase();
        std::str::from_utf8(lowered).unwrap_or(tail)
    } else {
        lower_owned = tail.to_lowercase();
        &lower_owned
    };
    abbreviations.iter().any(|a| {
        ends_with(lower.as_bytes(), a.as_bytes())
            && lower[..lower.len() - a.len()]
                .chars()
                .last()
                .is_none_or(|c| !c.is_alphanumeric())
    })
}

/// `text.ends_with(tail)`, compared from the end: most candidates differ in their second last
/// byte, and a call to `memcmp` for each of them would cost more than the comparison.
fn ends_with(text: &[u8], tail: &[u8]) -> bool {
    text.len() >= tail.len()
        && text
            .iter()
            .rev()
            .zip(tail.iter().rev())
            .all(|(a, b)| a == b)
}

/// Adds `range` without its surrounding white space, unless nothing is left.
fn push_trimmed(found: &mut Vec<Range<usize>>, text: &str, range: Range<usize>) {
    let part = &text[range.clone()];
    let start = range.start + (part.len() - part.trim_start().len());
    let end = range.end - (part.len() - part.trim_end().len());
    if start < end {
        found.push(start..end);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The splitter as it was before it looked only at the bytes that can begin a mark.
    fn split_as_before(text: &str, abbreviations: &[String]) -> Vec<Range<usize>> {
        let mut found = Vec::new();
        let mut start = 0;
        let longest = abbreviations
            .iter()
            .map(|a| a.chars().count())
            .max()
            .unwrap_or(0);
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        for (i, &(at, c)) in chars.iter().enumerate() {
            if !matches!(c, '.' | '?' | '!' | '…') {
                continue;
            }
            // Closing quotes may follow the mark: "Helpt het?" Ja.
            let mut j = i + 1;
            while chars
                .get(j)
                .is_some_and(|&(_, q)| matches!(q, '"' | '”' | '’' | '\''))
            {
                j += 1;
            }
            let Some(&(_, space)) = chars.get(j) else {
                continue;
            };
            let next = chars.get(j + 1).map(|&(_, c)| c);
            let starts_sentence = next.is_some_and(|n| {
                n.is_uppercase() || n.is_ascii_digit() || matches!(n, '“' | '"' | '‘' | '(' | '[')
            });
            if !space.is_whitespace() || !starts_sentence {
                continue;
            }
            let end = chars.get(j).map_or(text.len(), |&(position, _)| position);
            if c == '.' && is_abbreviation(&text[start..at + 1], abbreviations, longest) {
                continue;
            }
            push_trimmed(&mut found, text, start..end);
            start = end;
        }
        push_trimmed(&mut found, text, start..text.len());
        found
    }

    proptest! {
        #[test]
        fn splits_as_before(text in "[a-zA-Z0-9 .?!…\"”’'“‘(\\[éÉ\n]{0,80}") {
            let abbreviations: Vec<String> = ["bijv.", "o.a.", "e.g."].map(String::from).to_vec();
            prop_assert_eq!(split(&text, &abbreviations), split_as_before(&text, &abbreviations));
        }
    }

    #[test]
    fn abbreviations_lab_values_and_decimal_commas_do_not_end_a_sentence() {
        let abbreviations: Vec<String> = ["bijv.", "o.a.", "i.p.v.", "e.g.", "et al."]
            .map(String::from)
            .to_vec();
        let text = "Magnesium zit o.a. in noten, bijv. amandelen. Meet je 25(OH)D i.p.v. \
                    calcium: 0,70 mmol/L is laag. Dai et al. 2018 vonden dat. Foods, e.g. Nuts, \
                    help. Klaar?";
        let found: Vec<&str> = split(text, &abbreviations)
            .into_iter()
            .map(|r| &text[r])
            .collect();
        assert_eq!(
            found,
            [
                "Magnesium zit o.a. in noten, bijv. amandelen.",
                "Meet je 25(OH)D i.p.v. calcium: 0,70 mmol/L is laag.",
                "Dai et al. 2018 vonden dat.",
                "Foods, e.g. Nuts, help.",
                "Klaar?"
            ]
        );
    }
}
