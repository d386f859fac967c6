//! How one language turns text into search terms: its words ([`words`]), less its stop words,
//! each reduced to its stem by the language's Snowball stemmer (rust-stemmers), so that
//! "slapen", "slaap" and "slaapt" meet at "slap".
//!
//! The stemmer and the stop words are data, in `i18n/<lang>/search.toml`: the site's own copy
//! when it has one, else kennis's built-in copy.

use std::cell::RefCell;
use std::collections::BTreeSet;
use std::path::Path;

use rust_stemmers::{Algorithm, Stemmer};
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

use super::words::words;
use crate::diagnostics::{Diagnostic, SourceText};
use crate::load::i18n::{built_in_language_data, language_data};
use crate::toml_input;

thread_local! {
    /// The stems this thread has made, per stemmer: most words of an article are words other
    /// articles have too, and a stem is found again in a table faster than it is made.
    static STEMS: RefCell<Vec<(StemmerName, FxHashMap<String, String>)>> =
        const { RefCell::new(Vec::new()) };
}

/// The name of the search settings file in each language folder.
pub const SEARCH_FILE: &str = "search.toml";

/// kennis's own search settings, for sites without theirs.
const BUILT_IN: [(&str, &str); 2] = [
    (
        "nl",
        include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/i18n/nl/search.toml")),
    ),
    (
        "en",
        include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/i18n/en/search.toml")),
    ),
];

/// The Snowball stemmers search can use. Only these: `search.js` carries a port of each, and
/// a query must be stemmed in the browser exactly as the articles were.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum StemmerName {
    /// Snowball's Dutch stemmer (Porter's original Dutch algorithm).
    Dutch,
    /// Snowball's English stemmer (Porter2).
    English,
    /// No stemming: words are matched as they are (after folding).
    None,
}

/// `i18n/<lang>/search.toml`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSettings {
    stemmer: StemmerName,
    #[serde(default)]
    stop_words: Vec<String>,
}

/// A language's way from text to search terms.
pub struct Analyzer {
    stemmer_name: StemmerName,
    stemmer: Option<Stemmer>,
    stop_words: BTreeSet<String>,
}

impl std::fmt::Debug for Analyzer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Analyzer")
            .field("stemmer", &self.stemmer_name)
            .field("stop_words", &self.stop_words.len())
            .finish()
    }
}

impl Analyzer {
    /// An analyzer with this stemmer and these stop words (folded like any other word, so
    /// "één" in the list also stops "een").
    pub fn new(stemmer: StemmerName, stop_words: impl IntoIterator<Item = String>) -> Self {
        let algorithm = match stemmer {
            StemmerName::Dutch => Some(Algorithm::Dutch),
            StemmerName::English => Some(Algorithm::English),
            StemmerName::None => None,
        };
        Analyzer {
            stemmer_name: stemmer,
            stemmer: algorithm.map(Stemmer::create),
            stop_words: stop_words.into_iter().flat_map(|w| words(&w)).collect(),
        }
    }

    /// The analyzer of `lang`: the site's `i18n/<lang>/search.toml` under `root`, or kennis's
    /// built-in one. A language with neither is an error at that file.
    pub fn load(root: &Path, lang: &str) -> Result<Analyzer, Vec<Diagnostic>> {
        let source = language_data(root, lang, SEARCH_FILE, &BUILT_IN, "search-settings")
            .map_err(|d| vec![d])?;
        Analyzer::parse(&source)
    }

    /// kennis's own analyzer for `lang`, if it has one.
    pub fn built_in(lang: &str) -> Option<Analyzer> {
        let source = built_in_language_data(lang, SEARCH_FILE, &BUILT_IN)?;
        // The built-in files are checked by this module's tests.
        Analyzer::parse(&source).ok()
    }

    /// Reads search settings from a `search.toml` text.
    pub fn parse(source: &SourceText) -> Result<Analyzer, Vec<Diagnostic>> {
        let raw: RawSettings =
            toml_input::deserialize_in(source, 0..source.text.len(), "search-settings")?;
        Ok(Analyzer::new(raw.stemmer, raw.stop_words))
    }

    /// Which stemmer this language uses.
    pub fn stemmer_name(&self) -> StemmerName {
        self.stemmer_name
    }

    /// The stop words, folded and sorted.
    pub fn stop_words(&self) -> impl Iterator<Item = &str> {
        self.stop_words.iter().map(String::as_str)
    }

    /// Whether a folded word is left out of the index and of queries.
    pub fn is_stop_word(&self, word: &str) -> bool {
        self.stop_words.contains(word)
    }

    /// The stem of one folded word.
    pub fn stem(&self, word: &str) -> String {
        let Some(stemmer) = &self.stemmer else {
            return word.to_string();
        };
        let name = self.stemmer_name();
        STEMS.with_borrow_mut(|stems| {
            let known = match stems.iter_mut().find(|(n, _)| *n == name) {
                Some((_, known)) => known,
                None => {
                    stems.push((name, FxHashMap::default()));
                    let last = stems.len() - 1;
                    &mut stems[last].1
                }
            };
            if let Some(stem) = known.get(word) {
                return stem.clone();
            }
            let stem = stemmer.stem(word).into_owned();
            known.insert(word.to_string(), stem.clone());
            stem
        })
    }

    /// The search terms of `text`, in order, repeats included: its words without stop words,
    /// stemmed.
    pub fn terms(&self, text: &str) -> Vec<String> {
        words(text)
            .into_iter()
            .filter(|word| !self.is_stop_word(word))
            .map(|word| self.stem(&word))
            .collect()
    }

    /// Every distinct word of `text` with its stem, sorted by word: what a browser test
    /// compares with `kennisSearch.stem` (stop words included: they are stemmed all the same).
    pub fn stems_of(&self, text: &str) -> Vec<(String, String)> {
        let distinct: BTreeSet<String> = words(text).into_iter().collect();
        distinct
            .into_iter()
            .map(|word| {
                let stem = self.stem(&word);
                (word, stem)
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn built_in(lang: &str) -> Analyzer {
        Analyzer::built_in(lang).unwrap_or_else(|| panic!("no built-in analyzer for {lang}"))
    }

    #[test]
    fn built_in_settings_parse() {
        for (lang, text) in BUILT_IN {
            if let Err(problems) = Analyzer::parse(&SourceText::new(lang, text.to_string())) {
                panic!("{lang}: {problems:?}");
            }
        }
        assert_eq!(built_in("nl").stemmer_name(), StemmerName::Dutch);
        assert_eq!(built_in("en").stemmer_name(), StemmerName::English);
    }

    #[test]
    fn dutch_inflections_meet_at_one_stem() {
        let nl = built_in("nl");
        assert_eq!(nl.stem("slapen"), nl.stem("slaap"));
        assert_eq!(nl.terms("Slapen en de slaap"), ["slap", "slap"]);
    }

    #[test]
    fn english_inflections_meet_at_one_stem() {
        let en = built_in("en");
        assert_eq!(
            en.terms("the sleeping sleeper sleeps"),
            ["sleep", "sleeper", "sleep"]
        );
    }

    #[test]
    fn stop_words_are_folded_and_left_out() -> crate::TestResult {
        let source = SourceText::new(
            "i18n/nl/search.toml",
            "stemmer = \"none\"\nstop_words = [\"Één\", \"de\"]\n".to_string(),
        );
        let analyzer = Analyzer::parse(&source).map_err(|d| format!("{d:?}"))?;
        assert_eq!(analyzer.terms("een De kat"), ["kat"]);
        Ok(())
    }

    proptest::proptest! {
        /// Any text gives terms (rust-stemmers works on UTF-8 bytes: no input may make it
        /// slice inside a character), and every term is a stem of a word of the text.
        #[test]
        fn any_text_gives_terms(text in "\\PC{0,40}") {
            for lang in ["nl", "en"] {
                let analyzer = built_in(lang);
                let terms = analyzer.terms(&text);
                proptest::prop_assert!(terms.len() <= words(&text).len());
            }
        }
    }

    #[test]
    fn an_unknown_stemmer_is_reported_at_its_value() {
        let source = SourceText::new("i18n/fr/search.toml", "stemmer = \"french\"\n".to_string());
        let problems = Analyzer::parse(&source).err().unwrap_or_default();
        let lines: Vec<String> = problems.iter().map(|d| d.to_string()).collect();
        assert!(
            lines
                .iter()
                .any(|l| l.starts_with("i18n/fr/search.toml:1:11: error[search-settings]")),
            "{lines:?}"
        );
    }
}
