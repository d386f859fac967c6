//! One article's part of its language's search index: what a result shows, and the weight of
//! each of its search terms. A pure function of the article and its search text, so a
//! rebuild can keep the parts of the articles that did not change.

use std::collections::BTreeMap;

use rustc_hash::FxHashMap;

use crate::packed::PackedStrings;

use super::analyzer::Analyzer;
use super::words::for_each_word;
use crate::load::content::Article;
use crate::parse::markdown::page_text::PageText;

/// How much one occurrence of a term weighs, by where it stands. A word in the title tells
/// more about what an article is about than one in passing in the body.
const TITLE_WEIGHT: u32 = 10;
/// A heading, an FAQ question or a topic.
const HEADING_WEIGHT: u32 = 5;
/// The article's summary.
const DESCRIPTION_WEIGHT: u32 = 3;
/// Running text.
const BODY_WEIGHT: u32 = 1;
/// A term's weight in one article stops growing here, so the index keeps small numbers and a
/// word repeated fifty times does not drown the rest of a query.
pub const MAX_WEIGHT: u32 = 99;

/// An article as search knows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchDocument {
    /// Its title.
    pub title: String,
    /// Its site path (`nl/artikelen/x/`): the search page puts the base path in front.
    pub path: String,
    /// The title of its section.
    pub section: String,
    /// Its summary.
    pub description: String,
    /// Each search term in it with its weight (1 to [`MAX_WEIGHT`]).
    pub terms: Terms,
}

/// Search terms with their weights, sorted by term and packed: every article's are held until
/// the index is made, and as a map of `String`s they took several times the room of their text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Terms {
    names: PackedStrings,
    weights: Vec<u8>,
}

impl Terms {
    /// Each term with its weight, in term order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, u32)> + '_ {
        self.names
            .iter()
            .zip(self.weights.iter().map(|&w| u32::from(w)))
    }

    /// How many terms there are.
    pub fn len(&self) -> usize {
        self.weights.len()
    }

    /// True when there are none.
    pub fn is_empty(&self) -> bool {
        self.weights.is_empty()
    }
}

impl From<BTreeMap<String, u32>> for Terms {
    fn from(sorted: BTreeMap<String, u32>) -> Self {
        let mut terms = Terms::default();
        for (name, weight) in sorted {
            terms.names.push(&name);
            // Weights stop at MAX_WEIGHT, which a byte holds.
            terms
                .weights
                .push(u8::try_from(weight.min(MAX_WEIGHT)).unwrap_or(u8::MAX));
        }
        terms.names.shrink_to_fit();
        terms
    }
}

impl FromIterator<(String, u32)> for Terms {
    fn from_iter<I: IntoIterator<Item = (String, u32)>>(items: I) -> Self {
        items.into_iter().collect::<BTreeMap<_, _>>().into()
    }
}

/// The search document of `article`, whose body's search text is `text` and whose section is
/// called `section_title`, with the terms of its language's `analyzer`.
pub fn document(
    article: &Article,
    section_title: &str,
    text: &PageText,
    analyzer: &Analyzer,
) -> SearchDocument {
    let meta = &article.meta;
    // Words repeat: weigh each distinct word first, then stem each once.
    let mut word_weights: FxHashMap<String, u32> = FxHashMap::default();
    let mut add = |text: &str, weight: u32| {
        for_each_word(text, |word| match word_weights.get_mut(word) {
            Some(total) => *total = total.saturating_add(weight),
            None => {
                word_weights.insert(word.to_string(), weight);
            }
        });
    };
    add(&meta.title, TITLE_WEIGHT);
    add(&meta.description, DESCRIPTION_WEIGHT);
    for tag in &meta.tags {
        add(tag, HEADING_WEIGHT);
    }
    add(&text.headings, HEADING_WEIGHT);
    add(&text.body, BODY_WEIGHT);
    let mut terms: BTreeMap<String, u32> = BTreeMap::new();
    for (word, weight) in word_weights {
        if !analyzer.is_stop_word(&word) {
            let total = terms.entry(analyzer.stem(&word)).or_default();
            *total = total.saturating_add(weight).min(MAX_WEIGHT);
        }
    }
    SearchDocument {
        title: meta.title.clone(),
        path: article.site_path.clone(),
        section: section_title.to_string(),
        description: meta.description.clone(),
        terms: terms.into(),
    }
}
