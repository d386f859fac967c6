//! Searching an index file the way the search page does (`search.js`), so tests can check in
//! Rust what a reader will find.
//!
//! A query is cut into terms like an article (words, less stop words, stemmed with the
//! index's stemmer). A document is found when it matches every term: a term matches the
//! index's term equal to it, and, once it is [`PREFIX_MIN_CHARS`] long, every index term that
//! starts with it (so a half-typed "magnes" already finds "magnesium", and "magnesium" finds
//! "magnesiumtekort"). A match weighs the term's weight in the document times how rare the
//! term is (one more for every halving of the share of documents that have it), doubled for
//! an exact match; per query term a document counts its best match. Results go by total
//! weight, then by their order in the index. Integers only, so the browser ranks exactly the
//! same.

use std::collections::BTreeMap;

use super::analyzer::Analyzer;
use super::index::{FORMAT_VERSION, IndexFile, decode_postings};

/// From this many characters on, a query term also matches the index terms it begins.
pub const PREFIX_MIN_CHARS: usize = 3;

/// An exact match counts this many times a prefix match.
const EXACT_FACTOR: u64 = 2;

/// Why an index file cannot be searched.
#[derive(Debug, thiserror::Error)]
pub enum IndexError {
    /// It is not an index file.
    #[error("not a search index: {0}")]
    Json(#[from] serde_json::Error),
    /// It is one of another format version.
    #[error("search index format {found}, expected {FORMAT_VERSION}")]
    Version {
        /// The version in the file.
        found: u32,
    },
}

/// One document found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    /// Its title.
    pub title: String,
    /// Its site path (`nl/artikelen/x/`).
    pub path: String,
    /// Its section's title.
    pub section: String,
    /// Its summary.
    pub description: String,
    /// How well it matches; higher is better.
    pub score: u64,
}

/// A loaded index file.
#[derive(Debug)]
pub struct SearchIndex {
    file: IndexFile,
    analyzer: Analyzer,
}

impl SearchIndex {
    /// Reads an index file's JSON.
    pub fn parse(json: &str) -> Result<SearchIndex, IndexError> {
        let file: IndexFile = serde_json::from_str(json)?;
        if file.version != FORMAT_VERSION {
            return Err(IndexError::Version {
                found: file.version,
            });
        }
        let analyzer = Analyzer::new(file.stemmer, file.stop_words.iter().cloned());
        Ok(SearchIndex { file, analyzer })
    }

    /// The index as stored.
    pub fn file(&self) -> &IndexFile {
        &self.file
    }

    /// The query's terms, each once, in order.
    pub fn query_terms(&self, query: &str) -> Vec<String> {
        let mut terms: Vec<String> = Vec::new();
        for term in self.analyzer.terms(query) {
            if !terms.contains(&term) {
                terms.push(term);
            }
        }
        terms
    }

    /// The documents that match every term of `query`, best first.
    pub fn search(&self, query: &str) -> Vec<Hit> {
        let terms = self.query_terms(query);
        let mut total: Option<BTreeMap<u32, u64>> = None;
        for term in &terms {
            let scores = self.term_scores(term);
            total = Some(match total {
                None => scores,
                Some(so_far) => so_far
                    .into_iter()
                    .filter_map(|(doc, score)| Some((doc, score + scores.get(&doc)?)))
                    .collect(),
            });
        }
        let mut found: Vec<(u32, u64)> = total.unwrap_or_default().into_iter().collect();
        found.sort_by(|(a_doc, a_score), (b_doc, b_score)| {
            b_score.cmp(a_score).then(a_doc.cmp(b_doc))
        });
        found
            .into_iter()
            .filter_map(|(doc, score)| {
                let (title, path, section, description) = self.file.docs.get(doc as usize)?;
                Some(Hit {
                    title: title.clone(),
                    path: path.clone(),
                    section: section.clone(),
                    description: description.clone(),
                    score,
                })
            })
            .collect()
    }

    /// Each document's best match for one query term.
    fn term_scores(&self, term: &str) -> BTreeMap<u32, u64> {
        let as_prefix = term.chars().count() >= PREFIX_MIN_CHARS;
        let documents = self.file.docs.len() as u64;
        let mut scores: BTreeMap<u32, u64> = BTreeMap::new();
        for (stem, postings) in &self.file.terms {
            let factor = if stem == term {
                EXACT_FACTOR
            } else if as_prefix && stem.starts_with(term) {
                1
            } else {
                continue;
            };
            let rarity = rarity(documents, (postings.len() / 2) as u64);
            for (doc, weight) in decode_postings(postings) {
                let score = u64::from(weight) * rarity * factor;
                let best = scores.entry(doc).or_default();
                *best = (*best).max(score);
            }
        }
        scores
    }
}

/// 1 + how many times the share of documents with a term (`with` of `documents`) can be
/// halved before it passes 1: 1 for a term every document has, 2 for one half of them have.
fn rarity(documents: u64, with: u64) -> u64 {
    let mut rarity = 1;
    let mut doubled = with.max(1);
    while doubled * 2 <= documents {
        doubled *= 2;
        rarity += 1;
    }
    rarity
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::analyzer::StemmerName;
    use crate::search::document::SearchDocument;
    use crate::search::index::index;

    fn document(path: &str, title: &str, text: &str, analyzer: &Analyzer) -> SearchDocument {
        let mut terms = BTreeMap::new();
        for term in analyzer.terms(text) {
            *terms.entry(term).or_default() += 1;
        }
        SearchDocument {
            title: title.to_string(),
            path: path.to_string(),
            section: "Artikelen".to_string(),
            description: String::new(),
            terms: terms.into(),
        }
    }

    fn dutch_index() -> Result<SearchIndex, Box<dyn std::error::Error>> {
        let analyzer = Analyzer::new(StemmerName::Dutch, ["de".to_string(), "en".to_string()]);
        let docs = [
            document("nl/a/", "Slaap", "de slaap en de nacht", &analyzer),
            document(
                "nl/b/",
                "Magnesium",
                "magnesiumtekort en magnesium",
                &analyzer,
            ),
            document("nl/c/", "Beide", "slaap slaap magnesium", &analyzer),
        ];
        Ok(SearchIndex::parse(&index("nl", &analyzer, &docs)?)?)
    }

    fn paths(hits: &[Hit]) -> Vec<&str> {
        hits.iter().map(|h| h.path.as_str()).collect()
    }

    #[test]
    fn inflections_match_and_every_term_must() -> crate::TestResult {
        let index = dutch_index()?;
        assert_eq!(paths(&index.search("slapen")), ["nl/c/", "nl/a/"]);
        assert_eq!(paths(&index.search("Slapen en magnesium")), ["nl/c/"]);
        assert!(index.search("de en").is_empty());
        assert!(index.search("").is_empty());
        Ok(())
    }

    #[test]
    fn terms_match_as_prefixes_once_long_enough() -> crate::TestResult {
        let index = dutch_index()?;
        assert_eq!(paths(&index.search("magnes")), ["nl/b/", "nl/c/"]);
        assert!(index.search("ma").is_empty());
        assert_eq!(paths(&index.search("magnesiumtekort")), ["nl/b/"]);
        Ok(())
    }

    #[test]
    fn rarity_grows_by_halvings() {
        assert_eq!(rarity(8, 8), 1);
        assert_eq!(rarity(8, 5), 1);
        assert_eq!(rarity(8, 4), 2);
        assert_eq!(rarity(8, 1), 4);
        assert_eq!(rarity(0, 0), 1);
    }

    #[test]
    fn other_versions_are_refused() {
        let json =
            r#"{"version":99,"lang":"nl","stemmer":"dutch","stop_words":[],"docs":[],"terms":{}}"#;
        assert!(matches!(
            SearchIndex::parse(json),
            Err(IndexError::Version { found: 99 })
        ));
    }
}
