//! Citations in the body: note markers (`[1]`, `[1, 3]`, `[1][2]`, `(1)`, `¹`) that point to
//! numbered entries, and the citation a "Bron:" line gives the paragraph above it.
//!
//! Citations are put into the body's lines before its structure is read, as tokens made of
//! private-use characters: the body parser sees one word where the marker was, Markdown
//! escaping leaves the tokens alone (a written `[@key]` would be escaped), and [`resolve`] turns
//! them into `[@key]` in the finished Markdown. [`RESERVED`] characters are removed from the
//! input first, so no token comes from the input.

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;

use super::super::text::{pattern, urls};

/// Starts a citation token.
const START: char = '\u{E000}';
/// Ends a citation token.
const END: char = '\u{E001}';
/// Separates the keys of a token.
const SEPARATOR: char = '\u{E002}';

/// The characters citation tokens are made of, which the input may not hold.
pub const RESERVED: [char; 3] = [START, END, SEPARATOR];

/// The longest range of notes a marker may name ("[1-20]"); a longer one is no marker.
const LONGEST_RANGE: usize = 20;

/// "[1]", "[1, 3]", "[1–3]", "[1][2]".
static BRACKETS: LazyLock<Regex> =
    LazyLock::new(|| pattern(r"(?:\[\d{1,3}(?:\s*[,;–-]\s*\d{1,3})*\])+"));
/// "(1)", "(1, 2)".
static PARENTHESES: LazyLock<Regex> =
    LazyLock::new(|| pattern(r"\(\d{1,3}(?:\s*[,;–-]\s*\d{1,3})*\)"));
/// "¹", "¹²", "¹,²".
static SUPERSCRIPTS: LazyLock<Regex> =
    LazyLock::new(|| pattern(r"[¹²³⁴⁵⁶⁷⁸⁹⁰]+(?:\s*[,˒]\s*[¹²³⁴⁵⁶⁷⁸⁹⁰]+)*"));

/// `text` without the characters citation tokens are made of.
pub fn without_reserved(text: &str) -> String {
    if text.contains(RESERVED) {
        text.replace(RESERVED, "")
    } else {
        text.to_string()
    }
}

/// The token that stands for a citation of `keys`.
fn token(keys: &[String]) -> String {
    let mut out = String::from(START);
    out.push_str(&keys.join(&SEPARATOR.to_string()));
    out.push(END);
    out
}

/// The Markdown with each citation token written as a citation: `[@a]`, `[@a; @b]`.
pub fn resolve(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len());
    let mut rest = markdown;
    while let Some(start) = rest.find(START) {
        out.push_str(&rest[..start]);
        let after = &rest[start + START.len_utf8()..];
        let Some(end) = after.find(END) else {
            rest = after;
            continue;
        };
        let keys: Vec<String> = after[..end]
            .split(SEPARATOR)
            .filter(|k| !k.is_empty())
            .map(|k| format!("@{k}"))
            .collect();
        out.push('[');
        out.push_str(&keys.join("; "));
        out.push(']');
        rest = &after[end + END.len_utf8()..];
    }
    out.push_str(rest);
    out.replace(RESERVED, "")
}

/// `text` without its citation tokens (and the space before each), for a description.
pub fn plain(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut inside = false;
    for c in text.chars() {
        match c {
            START => {
                inside = true;
                let trimmed = out.trim_end().len();
                out.truncate(trimmed);
            }
            END => inside = false,
            _ if !inside => out.push(c),
            _ => {}
        }
    }
    out
}

/// `text` with a citation of `keys` at its end, before the sentence's final mark: "… op." →
/// "… op [@x]."
pub fn append(text: &str, keys: &[String]) -> String {
    let trimmed = text.trim_end();
    let body = trimmed.trim_end_matches(['.', '!', '?', '…']);
    format!(
        "{} {}{}",
        body.trim_end(),
        token(keys),
        &trimmed[body.len()..]
    )
}

/// A note marker met in a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Marker {
    /// As written.
    pub text: String,
    /// The keys it cites, when every number in it has an entry.
    pub keys: Option<Vec<String>>,
}

/// Which marker shapes to read.
#[derive(Debug, Clone, Copy)]
pub struct Shapes {
    /// "(1)" as well as "[1]" and "¹": only when the text has no "[1]" markers, since "(1)"
    /// also numbers the steps of a sentence.
    pub parentheses: bool,
}

/// `text` with each note marker whose numbers all have an entry in `numbers` replaced by a
/// citation token, and the markers met. A marker inside a web address is left alone, and so is
/// a superscript that is a power ("m²", "10⁹").
pub fn replace_markers(
    text: &str,
    numbers: &HashMap<usize, String>,
    shapes: Shapes,
) -> (String, Vec<Marker>) {
    let links = urls(text);
    let mut found: Vec<(std::ops::Range<usize>, Marker)> = Vec::new();
    let mut patterns: Vec<&Regex> = vec![&BRACKETS, &SUPERSCRIPTS];
    if shapes.parentheses {
        patterns.push(&PARENTHESES);
    }
    for regex in patterns {
        for m in regex.find_iter(text) {
            let range = m.range();
            if links
                .iter()
                .any(|l| l.start < range.end && range.start < l.end)
                || found
                    .iter()
                    .any(|(r, _)| r.start < range.end && range.start < r.end)
            {
                continue;
            }
            let superscript = !m.as_str().starts_with(['[', '(']);
            if superscript && is_power(&text[..range.start]) {
                continue;
            }
            let keys = note_numbers(m.as_str()).and_then(|list| {
                list.iter()
                    .map(|n| numbers.get(n).cloned())
                    .collect::<Option<Vec<String>>>()
            });
            // A number in brackets that is no note ("(3)" in a sentence with no third note)
            // is only reported when written like a note marker.
            if keys.is_none() && m.as_str().starts_with('(') {
                continue;
            }
            found.push((
                range,
                Marker {
                    text: m.as_str().to_string(),
                    keys,
                },
            ));
        }
    }
    found.sort_by_key(|(r, _)| r.start);
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for (range, marker) in &found {
        let Some(keys) = &marker.keys else {
            continue;
        };
        let mut unique: Vec<String> = Vec::new();
        for key in keys {
            if !unique.contains(key) {
                unique.push(key.clone());
            }
        }
        let before = text[last..range.start].trim_end();
        out.push_str(before);
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&token(&unique));
        last = range.end;
    }
    out.push_str(&text[last..]);
    (out, found.into_iter().map(|(_, m)| m).collect())
}

/// True when a superscript after `before` is a power, not a note: right after a digit, or
/// after a unit of one or two letters ("m²", "cm³").
fn is_power(before: &str) -> bool {
    let word: String = before
        .chars()
        .rev()
        .take_while(|c| c.is_alphanumeric())
        .collect();
    word.chars().next().is_some_and(|c| c.is_ascii_digit())
        || (!word.is_empty() && word.chars().count() <= 2)
}

/// The note numbers a marker names: "[1, 3]" → 1, 3; "[2–4]" → 2, 3, 4; "¹²" → 12.
fn note_numbers(marker: &str) -> Option<Vec<usize>> {
    let digits = super::superscript_digits(marker);
    let mut numbers = Vec::new();
    for group in digits.split(['[', ']', '(', ')', ',', ';', '˒']) {
        let group = group.trim();
        if group.is_empty() {
            continue;
        }
        match group.split_once(['-', '–']) {
            Some((from, to)) => {
                let from: usize = from.trim().parse().ok()?;
                let to: usize = to.trim().parse().ok()?;
                if to < from || to - from > LONGEST_RANGE {
                    return None;
                }
                numbers.extend(from..=to);
            }
            None => numbers.push(group.parse().ok()?),
        }
    }
    (!numbers.is_empty()).then_some(numbers)
}
