//! Word lists as the data files write them, compiled into one matcher: a term is lowercase and
//! matches whole words unless it has a `*` (`magnesium*` starts a word, `*tekort` ends one,
//! `*slaap*` is anywhere in one). The claim lexicon and the EU register of health claims both
//! read their words this way, so an editor learns one notation.

use std::collections::HashMap;
use std::ops::Range;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

use super::lexicon::normalize;

/// How a term must sit in the words of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Fit {
    /// A whole word (or words).
    Whole,
    /// The start of a word: `magnesium*`.
    Prefix,
    /// The end of a word: `*tekort`.
    Suffix,
    /// Anywhere in a word: `*slaap*`.
    Inside,
}

/// Compiled terms, each giving one or more tags of type `T` when it is found.
#[derive(Debug, Clone)]
pub struct Terms<T> {
    matcher: AhoCorasick,
    /// Per matcher pattern: how it must sit in a word, and the tags it gives.
    given: Vec<(Fit, Vec<T>)>,
}

/// Gathers terms before they are compiled into [`Terms`].
#[derive(Debug)]
pub struct TermsBuilder<T> {
    patterns: Vec<String>,
    given: Vec<(Fit, Vec<T>)>,
    /// One pattern per literal and fit: a term listed under several tags is searched once.
    index: HashMap<(String, Fit), usize>,
}

impl<T> Default for TermsBuilder<T> {
    fn default() -> Self {
        TermsBuilder {
            patterns: Vec::new(),
            given: Vec::new(),
            index: HashMap::new(),
        }
    }
}

impl<T: Copy + PartialEq> TermsBuilder<T> {
    /// Adds `terms`, each giving `tag` where it is found. Terms are [`normalize`]d; a term that is
    /// only `*` is left out.
    pub fn add(&mut self, terms: &[String], tag: T) {
        for term in terms {
            let term = normalize(term);
            let (fit, literal) = match (term.strip_prefix('*'), term.strip_suffix('*')) {
                (Some(_), Some(_)) => (Fit::Inside, term.trim_matches('*')),
                (Some(rest), None) => (Fit::Suffix, rest),
                (None, Some(rest)) => (Fit::Prefix, rest),
                (None, None) => (Fit::Whole, term.as_str()),
            };
            if literal.is_empty() {
                continue;
            }
            let key = (literal.to_string(), fit);
            let at = *self.index.entry(key).or_insert_with(|| {
                self.patterns.push(literal.to_string());
                self.given.push((fit, Vec::new()));
                self.patterns.len() - 1
            });
            if !self.given[at].1.contains(&tag) {
                self.given[at].1.push(tag);
            }
        }
    }

    /// Compiles the terms into one matcher.
    pub fn build(self) -> Result<Terms<T>, aho_corasick::BuildError> {
        // A DFA: the terms are compiled once per run and searched for every sentence.
        let matcher = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .kind(Some(AhoCorasickKind::DFA))
            .build(&self.patterns)?;
        Ok(Terms {
            matcher,
            given: self.given,
        })
    }
}

impl<T> Terms<T> {
    /// Every place in `text` (already [`normalize`]d) where a term fits as it is marked, widened
    /// to the whole word (the parts of one compound are one place), with the tags the term
    /// gives. Overlapping terms are all found.
    pub fn find<'a>(&'a self, text: &'a str) -> impl Iterator<Item = (Range<usize>, &'a [T])> + 'a {
        self.matcher
            .find_overlapping_iter(text)
            .filter_map(move |found| {
                let (fit, given) = &self.given[found.pattern().as_usize()];
                let word_char = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
                let starts_word = !word_char(text[..found.start()].chars().next_back());
                let ends_word = !word_char(text[found.end()..].chars().next());
                let fits = match fit {
                    Fit::Whole => starts_word && ends_word,
                    Fit::Prefix => starts_word,
                    Fit::Suffix => ends_word,
                    Fit::Inside => true,
                };
                fits.then(|| (word_around(text, found.range()), given.as_slice()))
            })
    }
}

/// `range` widened to the words it touches.
pub fn word_around(text: &str, range: Range<usize>) -> Range<usize> {
    let start = text[..range.start]
        .char_indices()
        .rev()
        .find(|(_, c)| !c.is_alphanumeric())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let end = text[range.end..]
        .char_indices()
        .find(|(_, c)| !c.is_alphanumeric())
        .map_or(text.len(), |(i, _)| range.end + i);
    start.min(range.start)..end.max(range.end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(list: &[&str]) -> Terms<u8> {
        let mut builder = TermsBuilder::default();
        let list: Vec<String> = list.iter().map(|t| t.to_string()).collect();
        builder.add(&list, 1);
        match builder.build() {
            Ok(terms) => terms,
            Err(e) => unreachable!("plain terms compile: {e}"),
        }
    }

    fn words(terms: &Terms<u8>, text: &str) -> Vec<String> {
        let text = normalize(text);
        terms
            .find(&text)
            .map(|(place, _)| text[place].to_string())
            .collect()
    }

    #[test]
    fn stars_say_where_a_term_sits_in_a_word() {
        let terms = terms(&["zenuw*", "*tekort", "*slaap*", "spieren"]);
        assert_eq!(words(&terms, "Zenuwstelsel"), ["zenuwstelsel"]);
        assert!(words(&terms, "hersenzenuw").is_empty());
        assert_eq!(words(&terms, "een magnesiumtekort"), ["magnesiumtekort"]);
        assert_eq!(
            words(&terms, "slapeloosheid, inslaapproblemen"),
            ["inslaapproblemen"]
        );
        assert!(words(&terms, "spierenkracht").is_empty());
        assert_eq!(words(&terms, "je spieren."), ["spieren"]);
    }
}
