//! A language's search index file, `<lang>/search-index.json`, assembled from the articles'
//! [`SearchDocument`]s.
//!
//! Compact JSON, one line:
//!
//! ```json
//! {"version":1,"lang":"nl","stemmer":"dutch","stop_words":["aan","al"],
//!  "docs":[["Title","nl/artikelen/x/","Section","Summary"]],
//!  "terms":{"slap":[0,15,3,1]}}
//! ```
//!
//! `docs` are the articles sorted by path; a document's id is its place in that list. Each
//! term lists its postings as pairs of numbers: the distance to the previous posting's
//! document id (the first one's from 0), then the term's weight in that document. Everything
//! is sorted, so the same articles always give the same bytes.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::analyzer::{Analyzer, StemmerName};
use super::document::SearchDocument;

/// The version of the index format; `search.js` refuses files of another.
pub const FORMAT_VERSION: u32 = 1;

/// The index file as it is stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IndexFile {
    /// [`FORMAT_VERSION`].
    pub version: u32,
    /// The language code.
    pub lang: String,
    /// The stemmer the terms were made with; the search page stems queries with the same one.
    pub stemmer: StemmerName,
    /// The stop words, folded and sorted; queries leave them out too.
    pub stop_words: Vec<String>,
    /// Per document: title, site path, section title, summary.
    pub docs: Vec<(String, String, String, String)>,
    /// Term → postings, as described in the module documentation.
    pub terms: BTreeMap<String, Vec<u32>>,
}

/// The search index of one language, as JSON, from its articles' documents (in any order).
pub fn index<'d>(
    lang: &str,
    analyzer: &Analyzer,
    documents: impl IntoIterator<Item = &'d SearchDocument>,
) -> Result<String, serde_json::Error> {
    let mut documents: Vec<&SearchDocument> = documents.into_iter().collect();
    documents.sort_by(|a, b| a.path.cmp(&b.path));
    let mut terms: BTreeMap<&str, (u32, Vec<u32>)> = BTreeMap::new();
    for (id, document) in (0u32..).zip(&documents) {
        for (term, weight) in document.terms.iter() {
            let (previous, postings) = terms.entry(term).or_default();
            postings.push(id - *previous);
            postings.push(weight);
            *previous = id;
        }
    }
    let file = IndexFile {
        version: FORMAT_VERSION,
        lang: lang.to_string(),
        stemmer: analyzer.stemmer_name(),
        stop_words: analyzer.stop_words().map(str::to_string).collect(),
        docs: documents
            .iter()
            .map(|d| {
                (
                    d.title.clone(),
                    d.path.clone(),
                    d.section.clone(),
                    d.description.clone(),
                )
            })
            .collect(),
        terms: terms
            .into_iter()
            .map(|(term, (_, postings))| (term.to_string(), postings))
            .collect(),
    };
    serde_json::to_string(&file)
}

/// The postings of one term as (document id, weight) pairs.
pub fn decode_postings(postings: &[u32]) -> impl Iterator<Item = (u32, u32)> + '_ {
    let mut id = 0u32;
    postings.chunks_exact(2).map(move |pair| {
        id = id.saturating_add(pair[0]);
        (id, pair[1])
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn document(path: &str, terms: &[(&str, u32)]) -> SearchDocument {
        SearchDocument {
            title: format!("Title {path}"),
            path: path.to_string(),
            section: "Artikelen".to_string(),
            description: "Summary".to_string(),
            terms: terms.iter().map(|(t, w)| (t.to_string(), *w)).collect(),
        }
    }

    #[test]
    fn documents_sorted_and_postings_delta_coded() -> crate::TestResult {
        let analyzer = Analyzer::new(StemmerName::Dutch, ["de".to_string()]);
        let docs = [
            document("nl/c/", &[("slap", 1), ("magnesium", 2)]),
            document("nl/a/", &[("slap", 15)]),
            document("nl/b/", &[("magnesium", 4)]),
        ];
        let json = index("nl", &analyzer, &docs)?;
        assert_eq!(
            json,
            concat!(
                r#"{"version":1,"lang":"nl","stemmer":"dutch","stop_words":["de"],"docs":["#,
                r#"["Title nl/a/","nl/a/","Artikelen","Summary"],"#,
                r#"["Title nl/b/","nl/b/","Artikelen","Summary"],"#,
                r#"["Title nl/c/","nl/c/","Artikelen","Summary"]],"#,
                r#""terms":{"magnesium":[1,4,1,2],"slap":[0,15,2,1]}}"#
            )
        );
        let file: IndexFile = serde_json::from_str(&json)?;
        let slap: Vec<(u32, u32)> = decode_postings(&file.terms["slap"]).collect();
        assert_eq!(slap, [(0, 15), (2, 1)]);
        // Any order in, the same bytes out.
        let reversed: Vec<&SearchDocument> = docs.iter().rev().collect();
        assert_eq!(index("nl", &analyzer, reversed)?, json);
        Ok(())
    }
}
