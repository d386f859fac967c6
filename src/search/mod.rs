//! Site search: a compact index per language, written by the build and searched in the
//! browser by the theme's `search.js`.
//!
//! [`words`] cuts text into folded words, [`analyzer`] turns them into stemmed search terms
//! with the language's `i18n/<lang>/search.toml`, [`page_text`] reads the text out of a
//! rendered article, [`document`] makes one article's part of the index, [`index`] assembles a
//! language's index file from those parts, and [`query`] searches one as the search page does.

pub mod analyzer;
pub mod document;
pub mod index;
pub mod page_text;
pub mod query;
pub mod words;

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

use rayon::prelude::*;

pub use analyzer::{Analyzer, StemmerName};
pub use document::{SearchDocument, document};
pub use index::index;
pub use query::{Hit, SearchIndex};

use crate::config::Config;
use crate::content::Site;
use crate::diagnostics::Diagnostic;
use crate::markdown::Rendered;

/// The name of a language's index file, in the language's folder.
pub const INDEX_FILE: &str = "search-index.json";

/// The site path of a language's index file, e.g. `nl/search-index.json`.
pub fn index_path(lang: &str) -> String {
    format!("{lang}/{INDEX_FILE}")
}

/// The analyzer of every language of the site; every problem with their settings files.
pub fn load_analyzers(
    root: &Path,
    config: &Config,
) -> Result<BTreeMap<String, Analyzer>, Vec<Diagnostic>> {
    let mut analyzers = BTreeMap::new();
    let mut problems = Vec::new();
    for lang in config.language_codes() {
        match Analyzer::load(root, lang) {
            Ok(analyzer) => {
                analyzers.insert(lang.to_string(), analyzer);
            }
            Err(mut found) => problems.append(&mut found),
        }
    }
    if problems.is_empty() {
        Ok(analyzers)
    } else {
        Err(problems)
    }
}

/// Every language's index file as (site path, JSON), from the site's articles and their
/// rendered bodies (one per article, in the same order). A language without an analyzer
/// gets no index.
pub fn site_indexes(
    site: &Site,
    config: &Config,
    bodies: &[Arc<Rendered>],
    analyzers: &BTreeMap<String, Analyzer>,
) -> Result<Vec<(String, String)>, serde_json::Error> {
    let documents: Vec<(&str, SearchDocument)> = site
        .articles
        .par_iter()
        .zip(bodies)
        .filter_map(|(article, body)| {
            let analyzer = analyzers.get(&article.lang)?;
            let section = site
                .section(&article.section, &article.lang)
                .map_or("", |s| s.meta.title.as_str());
            Some((
                article.lang.as_str(),
                document(article, section, body, analyzer),
            ))
        })
        .collect();
    config
        .language_codes()
        .filter_map(|lang| Some((lang, analyzers.get(lang)?)))
        .map(|(lang, analyzer)| {
            let in_language = documents.iter().filter(|(l, _)| *l == lang).map(|(_, d)| d);
            Ok((index_path(lang), index(lang, analyzer, in_language)?))
        })
        .collect()
}
