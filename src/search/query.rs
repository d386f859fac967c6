//! Searching a language's index files the way the search page does (`search.js`), so tests
//! can check in Rust what a reader will find, and which files a query makes the page download.
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
//!
//! A [`SearchIndex`] holds the entry file and reads the fragments through a function it is
//! given (from a folder, from memory), each at most once, as the browser caches them: ranking
//! reads the term files of the query's terms, showing results the document files of the
//! results shown. [`SearchIndex::reads`] lists what was read, with its size.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::io;
use std::path::Path;
use std::rc::Rc;

use super::analyzer::Analyzer;
use super::index::{
    DocumentFields, ENTRY_FILE, EntryFile, FORMAT_VERSION, TermFile, decode_postings,
};

/// From this many characters on, a query term also matches the index terms it begins.
pub const PREFIX_MIN_CHARS: usize = 3;

/// How many results the search page shows at first, and adds each time the reader asks for
/// more (`search.js`: `RESULTS_PER_PAGE`): a screenful or two, so a common word does not make
/// the page download the document files of thousands of results.
pub const RESULTS_PER_PAGE: usize = 20;

/// An exact match counts this many times a prefix match.
const EXACT_FACTOR: u64 = 2;

/// Why an index cannot be searched.
#[derive(Debug, thiserror::Error)]
pub enum IndexError {
    /// A file of it could not be read.
    #[error("cannot read search index file {file}: {source}")]
    Read {
        /// The file's name in the index folder.
        file: String,
        /// What reading it said.
        source: io::Error,
    },
    /// A file of it is not what the index format says.
    #[error("search index file {file} is not valid: {source}")]
    Json {
        /// The file's name in the index folder.
        file: String,
        /// What the JSON reader said.
        source: serde_json::Error,
    },
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

/// A page of results, as the search page shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResultPage {
    /// How many documents match the query in all.
    pub total: usize,
    /// The results on this page, best first.
    pub hits: Vec<Hit>,
}

/// A file of the index that was read, with its size.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileRead {
    /// Its name in the index folder.
    pub name: String,
    /// Its size in bytes.
    pub bytes: usize,
}

/// Reads a file of the index by its name in the index folder.
type ReadFile = dyn Fn(&str) -> io::Result<Vec<u8>>;

/// A language's index: its entry file, and its fragments as a query needs them.
pub struct SearchIndex {
    entry: EntryFile,
    analyzer: Analyzer,
    read_file: Box<ReadFile>,
    /// The fragments read so far, by name, as the browser keeps them.
    term_files: RefCell<BTreeMap<String, Rc<TermFile>>>,
    document_files: RefCell<BTreeMap<String, Rc<Vec<DocumentFields>>>>,
    reads: RefCell<Vec<FileRead>>,
}

impl std::fmt::Debug for SearchIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SearchIndex")
            .field("lang", &self.entry.lang)
            .field("documents", &self.entry.documents)
            .field("reads", &self.reads.borrow().len())
            .finish()
    }
}

impl SearchIndex {
    /// Opens an index whose files `read_file` reads by their names in the index folder,
    /// starting with the entry file.
    pub fn open(
        read_file: impl Fn(&str) -> io::Result<Vec<u8>> + 'static,
    ) -> Result<SearchIndex, IndexError> {
        let read_file: Box<ReadFile> = Box::new(read_file);
        let reads = RefCell::default();
        let entry: EntryFile = read_json(&*read_file, &reads, ENTRY_FILE)?;
        if entry.version != FORMAT_VERSION {
            return Err(IndexError::Version {
                found: entry.version,
            });
        }
        Ok(SearchIndex {
            analyzer: Analyzer::new(entry.stemmer, entry.stop_words.iter().cloned()),
            entry,
            read_file,
            term_files: RefCell::default(),
            document_files: RefCell::default(),
            reads,
        })
    }

    /// Opens the index in a folder (`public/nl/search-index`).
    pub fn open_folder(folder: &Path) -> Result<SearchIndex, IndexError> {
        let folder = folder.to_path_buf();
        SearchIndex::open(move |name| std::fs::read(folder.join(name)))
    }

    /// The entry file.
    pub fn entry(&self) -> &EntryFile {
        &self.entry
    }

    /// Every file read so far (the entry file first), each once, with its size.
    pub fn reads(&self) -> Vec<FileRead> {
        self.reads.borrow().clone()
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

    /// The documents that match every term of `query`, as (document id, score), best first.
    /// Reads the term files the query's terms need.
    pub fn rank(&self, query: &str) -> Result<Vec<(u32, u64)>, IndexError> {
        let mut total: Option<BTreeMap<u32, u64>> = None;
        for term in self.query_terms(query) {
            let scores = self.term_scores(&term)?;
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
        Ok(found)
    }

    /// The results of a ranking (or of part of one), with what the page shows of each: reads
    /// their document files. A document the index does not have is left out.
    pub fn hits(&self, ranked: &[(u32, u64)]) -> Result<Vec<Hit>, IndexError> {
        let mut hits = Vec::with_capacity(ranked.len());
        for &(doc, score) in ranked {
            let Some((name, place)) = self.entry.document_file_of(doc) else {
                continue;
            };
            let file = self.document_file(name)?;
            if let Some((title, path, section, description)) = file.get(place) {
                hits.push(Hit {
                    title: title.clone(),
                    path: path.clone(),
                    section: section.clone(),
                    description: description.clone(),
                    score,
                });
            }
        }
        Ok(hits)
    }

    /// Every document that matches `query`, best first.
    pub fn search(&self, query: &str) -> Result<Vec<Hit>, IndexError> {
        self.hits(&self.rank(query)?)
    }

    /// What the search page shows for `query` at first: how many documents match, and the
    /// first [`RESULTS_PER_PAGE`] of them.
    pub fn first_page(&self, query: &str) -> Result<ResultPage, IndexError> {
        let ranked = self.rank(query)?;
        let shown = ranked.len().min(RESULTS_PER_PAGE);
        Ok(ResultPage {
            total: ranked.len(),
            hits: self.hits(&ranked[..shown])?,
        })
    }

    /// Every document of the index, in id order (reads every document file).
    pub fn documents(&self) -> Result<Vec<DocumentFields>, IndexError> {
        let mut documents = Vec::new();
        for name in &self.entry.document_files {
            documents.extend(self.document_file(name)?.iter().cloned());
        }
        Ok(documents)
    }

    /// Each document's best match for one query term.
    fn term_scores(&self, term: &str) -> Result<BTreeMap<u32, u64>, IndexError> {
        let as_prefix = term.chars().count() >= PREFIX_MIN_CHARS;
        let documents = u64::from(self.entry.documents);
        let mut scores: BTreeMap<u32, u64> = BTreeMap::new();
        let files = self.entry.term_files_for(term, as_prefix);
        for (_, name) in &self.entry.term_files[files] {
            let file = self.term_file(name)?;
            for (stem, postings) in file.iter() {
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
        }
        Ok(scores)
    }

    fn term_file(&self, name: &str) -> Result<Rc<TermFile>, IndexError> {
        if let Some(file) = self.term_files.borrow().get(name) {
            return Ok(Rc::clone(file));
        }
        let file: Rc<TermFile> = Rc::new(self.read(name)?);
        self.term_files
            .borrow_mut()
            .insert(name.to_string(), Rc::clone(&file));
        Ok(file)
    }

    fn document_file(&self, name: &str) -> Result<Rc<Vec<DocumentFields>>, IndexError> {
        if let Some(file) = self.document_files.borrow().get(name) {
            return Ok(Rc::clone(file));
        }
        let file: Rc<Vec<DocumentFields>> = Rc::new(self.read(name)?);
        self.document_files
            .borrow_mut()
            .insert(name.to_string(), Rc::clone(&file));
        Ok(file)
    }

    fn read<T: serde::de::DeserializeOwned>(&self, name: &str) -> Result<T, IndexError> {
        read_json(&*self.read_file, &self.reads, name)
    }
}

/// Reads and parses a file of the index, and notes in `reads` that it was read.
fn read_json<T: serde::de::DeserializeOwned>(
    read_file: &ReadFile,
    reads: &RefCell<Vec<FileRead>>,
    name: &str,
) -> Result<T, IndexError> {
    let bytes = read_file(name).map_err(|source| IndexError::Read {
        file: name.to_string(),
        source,
    })?;
    reads.borrow_mut().push(FileRead {
        name: name.to_string(),
        bytes: bytes.len(),
    });
    serde_json::from_slice(&bytes).map_err(|source| IndexError::Json {
        file: name.to_string(),
        source,
    })
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

    /// An index held in memory.
    fn in_memory(files: Vec<(String, String)>) -> Result<SearchIndex, IndexError> {
        let files: BTreeMap<String, String> = files.into_iter().collect();
        SearchIndex::open(move |name| {
            files
                .get(name)
                .map(|json| json.clone().into_bytes())
                .ok_or_else(|| io::Error::from(io::ErrorKind::NotFound))
        })
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
        Ok(in_memory(index("nl", &analyzer, &docs)?)?)
    }

    fn paths(hits: &[Hit]) -> Vec<&str> {
        hits.iter().map(|h| h.path.as_str()).collect()
    }

    #[test]
    fn inflections_match_and_every_term_must() -> crate::TestResult {
        let index = dutch_index()?;
        assert_eq!(paths(&index.search("slapen")?), ["nl/c/", "nl/a/"]);
        assert_eq!(paths(&index.search("Slapen en magnesium")?), ["nl/c/"]);
        assert!(index.search("de en")?.is_empty());
        assert!(index.search("")?.is_empty());
        Ok(())
    }

    #[test]
    fn terms_match_as_prefixes_once_long_enough() -> crate::TestResult {
        let index = dutch_index()?;
        assert_eq!(paths(&index.search("magnes")?), ["nl/b/", "nl/c/"]);
        assert!(index.search("ma")?.is_empty());
        assert_eq!(paths(&index.search("magnesiumtekort")?), ["nl/b/"]);
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
        let files = vec![(
            ENTRY_FILE.to_string(),
            r#"{"version":1,"lang":"nl","stemmer":"dutch","stop_words":[],"documents":0,
                "term_files":[],"documents_per_file":8,"document_files":[]}"#
                .to_string(),
        )];
        assert!(matches!(
            in_memory(files),
            Err(IndexError::Version { found: 1 })
        ));
        assert!(matches!(
            in_memory(Vec::new()),
            Err(IndexError::Read { .. })
        ));
    }

    /// A large index: many documents, many terms, a few of them common.
    fn large_index() -> Result<(SearchIndex, usize), Box<dyn std::error::Error>> {
        let analyzer = Analyzer::new(StemmerName::None, []);
        let docs: Vec<SearchDocument> = (0..2000)
            .map(|d| {
                let mut text = format!("woord{d:04} gewoon ");
                if d % 3 == 0 {
                    text.push_str("zeldzamer ");
                }
                if d % 500 == 7 {
                    text.push_str("uniek ");
                }
                document(
                    &format!("nl/{d:04}/"),
                    &format!("Artikel {d}"),
                    &text,
                    &analyzer,
                )
            })
            .collect();
        let files = index("nl", &analyzer, &docs)?;
        let count = files.len();
        Ok((in_memory(files)?, count))
    }

    #[test]
    fn a_query_reads_only_the_files_it_needs() -> crate::TestResult {
        let (index, files) = large_index()?;
        let entry = index.entry();
        assert!(entry.term_files.len() > 3, "{:?}", entry.term_files.len());
        let page = index.first_page("uniek")?;
        assert_eq!(page.total, 4);
        assert_eq!(
            paths(&page.hits),
            ["nl/0007/", "nl/0507/", "nl/1007/", "nl/1507/"]
        );
        let reads = index.reads();
        assert_eq!(reads[0].name, ENTRY_FILE);
        // The entry, one term file, and the document files of four results far apart.
        assert_eq!(reads.len(), 1 + 1 + 4, "{reads:?}");
        assert!(reads.len() < files / 10);

        // A common word: the first page only.
        let page = index.first_page("gewoon")?;
        assert_eq!(page.total, 2000);
        assert_eq!(page.hits.len(), RESULTS_PER_PAGE);
        // Read once: the same query again reads nothing more.
        let before = index.reads().len();
        index.first_page("gewoon")?;
        assert_eq!(index.reads().len(), before);
        Ok(())
    }

    #[test]
    fn a_prefix_finds_terms_across_files() -> crate::TestResult {
        let (index, _) = large_index()?;
        // "woord0000" … "woord1999" fill many term files; the prefix needs all of them.
        let files = index.entry().term_files_for("woord", true);
        assert!(files.len() > 2, "{files:?}");
        assert_eq!(index.rank("woord")?.len(), 2000);
        assert_eq!(index.rank("woord1")?.len(), 1000);
        assert_eq!(paths(&index.search("woord1999")?), ["nl/1999/"]);
        Ok(())
    }
}
