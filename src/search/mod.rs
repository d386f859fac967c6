//! Site search: a compact index per language, written by the build and searched in the
//! browser by the theme's `search.js`.
//!
//! [`words`] cuts text into folded words, [`analyzer`] turns them into stemmed search terms
//! with the language's `i18n/<lang>/search.toml`, [`document`](mod@document) makes one article's part of the index, [`index`](mod@index) assembles a
//! language's index files from those parts (an entry file and fragments the search page loads
//! as a query needs them), and [`query`] searches them as the search page does.

pub mod analyzer;
pub mod document;
pub mod index;
pub mod query;
pub mod words;

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

use rayon::prelude::*;

pub use analyzer::{Analyzer, StemmerName};
pub use document::{SearchDocument, document};
pub use index::{IndexWriteError, LanguageIndex, index};
pub use query::{FileRead, Hit, IndexError, ResultPage, SearchIndex};

use crate::diagnostics::Diagnostic;
use crate::load::config::Config;
use crate::load::content::{Article, ArticleId, PageList, Site};
use crate::parse::markdown::page_text::PageText;

/// A language's index entry file, in the language's folder: the file the search page loads
/// first, which names the fragments.
pub const INDEX_FILE: &str = "search-index/index.json";

/// The site path of a language's index entry file, e.g. `nl/search-index/index.json`.
pub fn index_path(lang: &str) -> String {
    format!("{lang}/{}/{}", index::FOLDER, index::ENTRY_FILE)
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

/// Every language's index files as (site path, JSON), from the articles' search documents. A
/// language without an analyzer gets no index.
pub fn site_indexes(
    config: &Config,
    documents: &SearchDocuments,
    analyzers: &BTreeMap<String, Analyzer>,
) -> Result<Vec<(String, String)>, IndexWriteError> {
    // One language's index does not wait for another's.
    let per_language: Vec<Vec<(String, String)>> = with_analyzers(config, analyzers)
        .par_iter()
        .map(|&(lang, analyzer)| {
            let files = index(lang, analyzer, documents_in(documents, lang))?;
            Ok(in_folder(lang, files))
        })
        .collect::<Result<_, IndexWriteError>>()?;
    Ok(per_language.into_iter().flatten().collect())
}

/// Every language's index, held to be changed one document at a time (see
/// [`LanguageIndex`]), by language.
pub fn language_indexes(
    config: &Config,
    documents: &SearchDocuments,
    analyzers: &BTreeMap<String, Analyzer>,
) -> Result<BTreeMap<String, LanguageIndex>, IndexWriteError> {
    with_analyzers(config, analyzers)
        .par_iter()
        .map(|&(lang, analyzer)| {
            let index = LanguageIndex::new(lang, analyzer, documents_in(documents, lang))?;
            Ok((lang.to_string(), index))
        })
        .collect()
}

/// A language's index files as (site path, JSON).
pub fn language_index_files(
    lang: &str,
    index: &LanguageIndex,
) -> Result<Vec<(String, String)>, IndexWriteError> {
    Ok(in_folder(lang, index.files()?))
}

/// The search documents of the articles in `lang`.
pub fn documents_in<'d>(
    documents: &'d SearchDocuments,
    lang: &'d str,
) -> impl Iterator<Item = &'d SearchDocument> {
    documents
        .iter()
        .flatten()
        .filter(move |d| d.lang == lang)
        .map(|d| &d.document)
}

/// The site's languages that have an analyzer, with it.
fn with_analyzers<'a>(
    config: &'a Config,
    analyzers: &'a BTreeMap<String, Analyzer>,
) -> Vec<(&'a str, &'a Analyzer)> {
    config
        .language_codes()
        .filter_map(|lang| Some((lang, analyzers.get(lang)?)))
        .collect()
}

/// Index files named in a language's index folder, as site paths.
fn in_folder(lang: &str, files: Vec<(String, String)>) -> Vec<(String, String)> {
    let folder = index_folder(lang);
    files
        .into_iter()
        .map(|(name, json)| (format!("{folder}{name}"), json))
        .collect()
}

/// The site path of the folder that holds a language's index files, e.g. `nl/search-index/`.
pub fn index_folder(lang: &str) -> String {
    format!("{lang}/{}/", index::FOLDER)
}

/// What search knows of each article: `None` for one in a language without search settings.
pub type SearchDocuments = PageList<ArticleId, Option<Arc<LangDocument>>>;

/// An article's search document, with its language.
#[derive(Debug)]
pub struct LangDocument {
    /// The article's language.
    pub lang: String,
    /// What search knows of it.
    pub document: SearchDocument,
}

/// The search document of `article`, whose body's search text is `text`; `None` for a
/// language without search settings.
pub fn article_document(
    site: &Site,
    article: &Article,
    text: &PageText,
    analyzers: &BTreeMap<String, Analyzer>,
) -> Option<Arc<LangDocument>> {
    let analyzer = analyzers.get(&article.lang)?;
    let section = site
        .section(&article.section, &article.lang)
        .map_or("", |s| s.meta.title.as_str());
    Some(Arc::new(LangDocument {
        lang: article.lang.clone(),
        document: document(article, section, text, analyzer),
    }))
}
