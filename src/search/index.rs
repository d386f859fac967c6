//! A language's search index, assembled from the articles' [`SearchDocument`]s: a small entry
//! file and fragments that the search page loads only when a query needs them, so a reader's
//! first query downloads a few hundred kilobytes at most instead of the whole index (6.8 MB per
//! language at 10,000 articles).
//!
//! Everything is in the language's folder `<lang>/search-index/`:
//!
//! - `index.json`, the **entry file** (a fixed name; the search page's template points at it):
//!
//!   ```json
//!   {"version":2,"lang":"nl","stemmer":"dutch","stop_words":["aan","al"],"documents":3,
//!    "term_files":[["magnesium","t-1f0c5d9e2ab4.json"],["slap","t-8e41b2c07d13.json"]],
//!    "documents_per_file":8,"document_files":["d-5b9a03e1c7f2.json"]}
//!   ```
//!
//! - **term files** `t-<hash>.json`: the terms are sorted (by their UTF-8 bytes, which is the
//!   order of their code points) and cut into consecutive runs of about
//!   [`TERM_FILE_TARGET_BYTES`]. A term file maps each of its terms to its postings:
//!   `{"magnesium":[1,4,1,2],"magnesiumtekort":[1,3]}`. The entry lists each term file with its
//!   first term; the file holds every term from that one up to the next file's first term. A
//!   term's postings are pairs of numbers: the distance to the previous posting's document id
//!   (the first one's from 0), then the term's weight in that document.
//! - **document files** `d-<hash>.json`: what a result shows, for [`DOCUMENTS_PER_FILE`]
//!   consecutive documents: `[["Title","nl/artikelen/x/","Section","Summary"],…]`. Document
//!   `id` is entry `id % documents_per_file` of file `document_files[id / documents_per_file]`.
//!
//! Documents are the articles sorted by path; a document's id is its place in that order.
//!
//! A query term needs only the term files that can hold it ([`EntryFile::term_files_for`]): the
//! one whose range holds the term itself, and, for a term matched as a prefix, the following
//! files whose first term starts with it (the terms with a given prefix are one run in sorted
//! order). A page of results needs the document files of the results it shows.
//!
//! The fragments are named by a hash of their contents, so a browser or a CDN that still has a
//! fragment of an earlier build never serves it for a later one, and fragments that did not
//! change keep their names (and their cached copies) from build to build. Only the entry file
//! has a fixed name. Everything is sorted, so the same articles always give the same bytes.

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;

use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

use super::analyzer::{Analyzer, StemmerName};
use super::document::SearchDocument;

/// The version of the index format; `search.js` refuses files of another.
pub const FORMAT_VERSION: u32 = 2;

/// The folder, in a language's folder, that holds its index files.
pub const FOLDER: &str = "search-index";

/// The name of the entry file in [`FOLDER`].
pub const ENTRY_FILE: &str = "index.json";

/// The size a term file is cut at (its JSON, in bytes). Smaller files waste less on the terms a
/// query does not need (a rare word's file is mostly other terms), but make the entry's list
/// of files longer: each file costs the entry about 30 bytes. 16 KB keeps both small at 10,000
/// articles per language (the benchmark corpus gets about 150 files, a 5 KB list; a term that
/// nearly every article has takes 45–50 KB alone). A file holds more than this only when its
/// one term's postings do.
pub const TERM_FILE_TARGET_BYTES: usize = 16 * 1024;

/// How many consecutive documents share a document file. The first page of results for a
/// common word lies scattered over the whole index, so it needs one file per result: fewer
/// documents per file make those smaller, more make the entry's list shorter. A document takes
/// about 190 bytes and a file name about 20 in the entry; 8 comes close to the least of the
/// two together at 10,000 articles (20 results × 8 × 190 bytes + 1,250 names × 20 bytes),
/// while writing only one file per 8 articles.
pub const DOCUMENTS_PER_FILE: usize = 8;

/// How many hexadecimal digits of a fragment's content hash its name carries: 48 bits, so two
/// different fragments of one index share a name with a chance of about one in a hundred
/// million at 10,000 articles (and [`index`] refuses an index where they do).
const HASH_DIGITS: usize = 12;

/// What a term file's name starts with.
const TERM_FILE_PREFIX: &str = "t-";

/// What a document file's name starts with.
const DOCUMENT_FILE_PREFIX: &str = "d-";

/// The entry file as it is stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntryFile {
    /// [`FORMAT_VERSION`].
    pub version: u32,
    /// The language code.
    pub lang: String,
    /// The stemmer the terms were made with; the search page stems queries with the same one.
    pub stemmer: StemmerName,
    /// The stop words, folded and sorted; queries leave them out too.
    pub stop_words: Vec<String>,
    /// How many documents the index has; their ids run from 0.
    pub documents: u32,
    /// Each term file as (its first term, its file name), in term order.
    pub term_files: Vec<(String, String)>,
    /// How many consecutive documents share a document file.
    pub documents_per_file: u32,
    /// The document files' names, in document order.
    pub document_files: Vec<String>,
}

/// A term file: term → postings, as described in the module documentation.
pub type TermFile = BTreeMap<String, Vec<u32>>;

/// One document as a document file stores it: title, site path, section title, summary.
pub type DocumentFields = (String, String, String, String);

/// Why an index could not be made.
#[derive(Debug, thiserror::Error)]
pub enum IndexWriteError {
    /// Serializing a file failed.
    #[error("cannot write the search index as JSON: {0}")]
    Json(#[from] serde_json::Error),
    /// Two different fragments got the same name (a hash collision in its first digits).
    #[error("two search index fragments are both named {0}")]
    SameName(String),
}

impl EntryFile {
    /// The term files (a range of [`EntryFile::term_files`]) that can hold `term` or, with
    /// `as_prefix`, any term that starts with it.
    pub fn term_files_for(&self, term: &str, as_prefix: bool) -> Range<usize> {
        term_files_for(&self.term_files, term, as_prefix)
    }

    /// The document file that holds document `id` and the document's place in it, if there is
    /// one.
    pub fn document_file_of(&self, id: u32) -> Option<(&str, usize)> {
        let per_file = usize::try_from(self.documents_per_file).ok()?.max(1);
        let id = usize::try_from(id).ok()?;
        let name = self.document_files.get(id / per_file)?;
        Some((name, id % per_file))
    }
}

/// The files of `files` (each as (first term, name), in term order) that can hold `term` or,
/// with `as_prefix`, any term that starts with it: the last file whose first term is not after
/// `term`, and then every file whose first term starts with the prefix.
fn term_files_for(files: &[(String, String)], term: &str, as_prefix: bool) -> Range<usize> {
    let starts_with = |index: usize| files.get(index).is_some_and(|f| f.0.starts_with(term));
    let not_after = files.partition_point(|(first, _)| first.as_str() <= term);
    let start = if not_after > 0 {
        not_after - 1
    } else if as_prefix && starts_with(0) {
        // The term comes before every file's first term, but the first file's terms start
        // with it.
        0
    } else {
        return 0..0;
    };
    let mut end = start + 1;
    while as_prefix && starts_with(end) {
        end += 1;
    }
    start..end
}

/// The files of one language's search index, from its articles' documents (in any order): the
/// entry file first, then the term files and the document files, each as (file name in
/// [`FOLDER`], contents).
pub fn index<'d>(
    lang: &str,
    analyzer: &Analyzer,
    documents: impl IntoIterator<Item = &'d SearchDocument>,
) -> Result<Vec<(String, String)>, IndexWriteError> {
    let documents = sorted(documents);
    // Made and written at once: what a result shows is not copied, as the kept index does.
    let (postings, entries) = postings_and_entries(&documents)?;
    drop(postings);
    let document_files = document_files(&documents)?;
    let settings = (
        analyzer.stemmer_name(),
        analyzer.stop_words().map(str::to_string).collect(),
    );
    files(lang, settings, &entries, &document_files, documents.len())
}

/// `documents` sorted by path: a document's id is its place in that order.
fn sorted<'d>(documents: impl IntoIterator<Item = &'d SearchDocument>) -> Vec<&'d SearchDocument> {
    let mut documents: Vec<&SearchDocument> = documents.into_iter().collect();
    documents.sort_by(|a, b| a.path.cmp(&b.path));
    documents
}

/// Each term's postings as (document id, weight), and each term as it stands in a term file.
fn postings_and_entries(
    documents: &[&SearchDocument],
) -> Result<(Postings, Entries), serde_json::Error> {
    // Gathered in a hash map and sorted once: a sorted map would compare every term of every
    // document with the terms already seen.
    let mut gathered: FxHashMap<&str, Vec<(u32, u32)>> = FxHashMap::default();
    for (id, document) in (0u32..).zip(documents) {
        for (term, weight) in document.terms.iter() {
            gathered.entry(term).or_default().push((id, weight));
        }
    }
    let postings: Postings = gathered
        .into_iter()
        .map(|(term, postings)| (term.to_string(), postings))
        .collect();
    let entries = postings
        .iter()
        .map(|(term, postings)| Ok((term.clone(), term_entry(term, postings)?)))
        .collect::<Result<_, serde_json::Error>>()?;
    Ok((postings, entries))
}

/// The document files of `documents` (sorted), as (name, contents).
fn document_files(
    documents: &[&SearchDocument],
) -> Result<Vec<(String, String)>, serde_json::Error> {
    documents
        .chunks(DOCUMENTS_PER_FILE)
        .map(|group| {
            let fields: Vec<(&str, &str, &str, &str)> = group
                .iter()
                .map(|d| {
                    (
                        d.title.as_str(),
                        d.path.as_str(),
                        d.section.as_str(),
                        d.description.as_str(),
                    )
                })
                .collect();
            let json = serde_json::to_string(&fields)?;
            Ok((fragment_name(DOCUMENT_FILE_PREFIX, &json), json))
        })
        .collect()
}

/// The files of an index: the entry file first, then the term files (cut from `entries`) and
/// the document files, each as (file name in [`FOLDER`], contents).
fn files(
    lang: &str,
    (stemmer, stop_words): (StemmerName, Vec<String>),
    entries: &Entries,
    document_files: &[(String, String)],
    documents: usize,
) -> Result<Vec<(String, String)>, IndexWriteError> {
    let mut files = Fragments::default();
    let entries: Vec<(&str, &str)> = entries
        .iter()
        .map(|(term, entry)| (term.as_str(), entry.as_str()))
        .collect();
    let mut term_files = Vec::new();
    for run in cut(
        entries.iter().map(|(_, entry)| entry.len()),
        TERM_FILE_TARGET_BYTES,
    ) {
        let Some(&(first_term, _)) = entries.get(run.start) else {
            continue;
        };
        let items: Vec<&str> = entries[run].iter().map(|&(_, e)| e).collect();
        let json = format!("{{{}}}", items.join(","));
        term_files.push((first_term.to_string(), files.add(TERM_FILE_PREFIX, json)?));
    }
    let mut names = Vec::with_capacity(document_files.len());
    for (name, json) in document_files {
        files.add_named(name, json.clone())?;
        names.push(name.clone());
    }
    let entry = EntryFile {
        version: FORMAT_VERSION,
        lang: lang.to_string(),
        stemmer,
        stop_words,
        documents: u32::try_from(documents).unwrap_or(u32::MAX),
        term_files,
        documents_per_file: DOCUMENTS_PER_FILE as u32,
        document_files: names,
    };
    let mut written = vec![(ENTRY_FILE.to_string(), serde_json::to_string(&entry)?)];
    written.append(&mut files.written);
    Ok(written)
}

/// Each term's postings as (document id, weight), by document id.
type Postings = BTreeMap<String, Vec<(u32, u32)>>;

/// Each term as it stands in a term file: `"term":[postings]`.
type Entries = BTreeMap<String, String>;

/// A language's index held in memory, so that `kennis serve`, after an edit to one article,
/// changes that article's terms and writes the files again without going through every
/// document. [`LanguageIndex::files`] gives the same bytes as [`index`] of the same documents.
#[derive(Debug, Clone)]
pub struct LanguageIndex {
    lang: String,
    stemmer: StemmerName,
    stop_words: Vec<String>,
    /// Each document's id by its site path.
    ids: FxHashMap<String, u32>,
    /// What each document shows in a result, by id.
    shown: Vec<DocumentFields>,
    /// The document files, as (name, contents).
    document_files: Vec<(String, String)>,
    /// Each term's postings as (document id, weight), by document id.
    postings: Postings,
    /// Each term as it stands in a term file.
    entries: Entries,
}

impl LanguageIndex {
    /// The index of `documents` (in any order).
    pub fn new<'d>(
        lang: &str,
        analyzer: &Analyzer,
        documents: impl IntoIterator<Item = &'d SearchDocument>,
    ) -> Result<Self, IndexWriteError> {
        let documents = sorted(documents);
        let (postings, entries) = postings_and_entries(&documents)?;
        Ok(LanguageIndex {
            lang: lang.to_string(),
            stemmer: analyzer.stemmer_name(),
            stop_words: analyzer.stop_words().map(str::to_string).collect(),
            ids: (0u32..)
                .zip(&documents)
                .map(|(id, d)| (d.path.clone(), id))
                .collect(),
            shown: documents.iter().map(|d| fields_of(d)).collect(),
            document_files: document_files(&documents)?,
            postings,
            entries,
        })
    }

    /// Puts `new` in place of the document at its path, `old` (what the index was made from).
    /// Returns false, changing nothing, when there is no document at that path or `old` is not
    /// it: the index must then be made anew.
    pub fn replace(&mut self, old: &SearchDocument, new: &SearchDocument) -> bool {
        let Some(&id) = self.ids.get(&new.path) else {
            return false;
        };
        let Ok(index) = usize::try_from(id) else {
            return false;
        };
        if old.path != new.path || self.shown.get(index) != Some(&fields_of(old)) {
            return false;
        }
        let mut touched: BTreeSet<&str> = BTreeSet::new();
        for (term, _) in old.terms.iter() {
            if let Some(postings) = self.postings.get_mut(term)
                && let Ok(at) = postings.binary_search_by_key(&id, |&(doc, _)| doc)
            {
                postings.remove(at);
            }
            touched.insert(term);
        }
        for (term, weight) in new.terms.iter() {
            let postings = self.postings.entry(term.to_string()).or_default();
            match postings.binary_search_by_key(&id, |&(doc, _)| doc) {
                Ok(at) => postings[at].1 = weight,
                Err(at) => postings.insert(at, (id, weight)),
            }
            touched.insert(term);
        }
        for term in touched {
            match self.postings.get(term) {
                Some(postings) if !postings.is_empty() => {
                    if let Ok(entry) = term_entry(term, postings) {
                        self.entries.insert(term.to_string(), entry);
                    }
                }
                _ => {
                    self.postings.remove(term);
                    self.entries.remove(term);
                }
            }
        }
        let fields = fields_of(new);
        if self.shown[index] != fields {
            self.shown[index] = fields;
            let file = index / DOCUMENTS_PER_FILE;
            let group = &self.shown[file * DOCUMENTS_PER_FILE..]
                [..DOCUMENTS_PER_FILE.min(self.shown.len() - file * DOCUMENTS_PER_FILE)];
            match document_file(group) {
                Ok(written) => self.document_files[file] = written,
                Err(_) => return false,
            }
        }
        true
    }

    /// The index's files: the entry file first, then the term files and the document files,
    /// each as (file name in [`FOLDER`], contents).
    pub fn files(&self) -> Result<Vec<(String, String)>, IndexWriteError> {
        files(
            &self.lang,
            (self.stemmer, self.stop_words.clone()),
            &self.entries,
            &self.document_files,
            self.shown.len(),
        )
    }
}

/// What a result shows of a document.
fn fields_of(document: &SearchDocument) -> DocumentFields {
    (
        document.title.clone(),
        document.path.clone(),
        document.section.clone(),
        document.description.clone(),
    )
}

/// A document file of these documents (what a result shows of each), as (name, contents).
fn document_file(documents: &[DocumentFields]) -> Result<(String, String), serde_json::Error> {
    let json = serde_json::to_string(documents)?;
    Ok((fragment_name(DOCUMENT_FILE_PREFIX, &json), json))
}

/// A term as it stands in a term file: `"term":[postings]`, the postings delta-coded.
fn term_entry(term: &str, postings: &[(u32, u32)]) -> Result<String, serde_json::Error> {
    let mut entry = serde_json::to_string(term)?;
    entry.reserve(postings.len() * 6 + 3);
    entry.push_str(":[");
    let mut previous = 0;
    let mut numbers = itoa::Buffer::new();
    for (n, &(id, weight)) in postings.iter().enumerate() {
        if n > 0 {
            entry.push(',');
        }
        entry.push_str(numbers.format(id - previous));
        entry.push(',');
        entry.push_str(numbers.format(weight));
        previous = id;
    }
    entry.push(']');
    Ok(entry)
}

/// A fragment's name: its kind's prefix and a hash of its contents.
fn fragment_name(prefix: &str, json: &str) -> String {
    let hash = blake3::hash(json.as_bytes()).to_hex();
    format!("{prefix}{}.json", &hash[..HASH_DIGITS])
}

/// The fragments of an index, named by their contents.
#[derive(Default)]
struct Fragments {
    names: BTreeSet<String>,
    written: Vec<(String, String)>,
}

impl Fragments {
    /// Adds a fragment; returns its name.
    fn add(&mut self, prefix: &str, json: String) -> Result<String, IndexWriteError> {
        let name = fragment_name(prefix, &json);
        self.add_named(&name, json)?;
        Ok(name)
    }

    /// Adds a fragment already named.
    fn add_named(&mut self, name: &str, json: String) -> Result<(), IndexWriteError> {
        if !self.names.insert(name.to_string()) {
            return Err(IndexWriteError::SameName(name.to_string()));
        }
        self.written.push((name.to_string(), json));
        Ok(())
    }
}

/// Cuts items of these sizes (in bytes, in order) into consecutive runs whose JSON, with a
/// comma between items and a brace at either end, takes at most `target` bytes; a run holds
/// more only when its one item does.
fn cut(sizes: impl IntoIterator<Item = usize>, target: usize) -> Vec<Range<usize>> {
    let mut runs = Vec::new();
    let mut start = 0;
    // The bytes of the run so far: its opening brace and, per item, the item and the comma or
    // closing brace after it.
    let mut bytes = 1;
    let mut end = 0;
    for (index, size) in sizes.into_iter().enumerate() {
        if index > start && bytes + size + 1 > target {
            runs.push(start..index);
            start = index;
            bytes = 1;
        }
        bytes += size + 1;
        end = index + 1;
    }
    if end > start {
        runs.push(start..end);
    }
    runs
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

    fn files_by_name(files: &[(String, String)]) -> BTreeMap<&str, &str> {
        files
            .iter()
            .map(|(name, json)| (name.as_str(), json.as_str()))
            .collect()
    }

    fn entry_of(files: &[(String, String)]) -> Result<EntryFile, serde_json::Error> {
        let entry = files_by_name(files)
            .get(ENTRY_FILE)
            .copied()
            .unwrap_or_default();
        serde_json::from_str(entry)
    }

    #[test]
    fn replacing_a_document_gives_the_files_of_an_index_made_anew() -> crate::TestResult {
        let analyzer = Analyzer::new(StemmerName::Dutch, ["de".to_string()]);
        let a = document("nl/a/", &[("slap", 15), ("magnesium", 1)]);
        let b = document("nl/b/", &[("magnesium", 4), ("kramp", 2)]);
        let c = document("nl/c/", &[("slap", 1), ("magnesium", 2)]);
        // b loses a term only it had, gains a new one, and changes a weight.
        let edited = document("nl/b/", &[("magnesium", 9), ("slaap", 3)]);
        let mut kept = LanguageIndex::new("nl", &analyzer, [&a, &b, &c])?;
        assert!(kept.replace(&b, &edited));
        assert_eq!(kept.files()?, index("nl", &analyzer, [&a, &edited, &c])?);
        // What a result shows changes its document file too.
        let retitled = SearchDocument {
            title: "Magnesium en slaap".to_string(),
            ..edited.clone()
        };
        assert!(kept.replace(&edited, &retitled));
        assert_eq!(kept.files()?, index("nl", &analyzer, [&a, &retitled, &c])?);
        // A document it does not have, or not as it was: the index must be made anew.
        let unknown = document("nl/d/", &[("slap", 1)]);
        assert!(!kept.replace(&unknown, &unknown));
        assert!(!kept.replace(&b, &edited));
        Ok(())
    }

    #[test]
    fn documents_sorted_and_postings_delta_coded() -> crate::TestResult {
        let analyzer = Analyzer::new(StemmerName::Dutch, ["de".to_string()]);
        let docs = [
            document("nl/c/", &[("slap", 1), ("magnesium", 2)]),
            document("nl/a/", &[("slap", 15)]),
            document("nl/b/", &[("magnesium", 4)]),
        ];
        let files = index("nl", &analyzer, &docs)?;
        let by_name = files_by_name(&files);
        let entry = entry_of(&files)?;
        assert_eq!(files[0].0, ENTRY_FILE);
        assert_eq!(
            (entry.version, entry.lang.as_str(), entry.documents),
            (2, "nl", 3)
        );
        assert_eq!(entry.stop_words, ["de"]);
        // Few terms: one term file.
        assert_eq!(entry.term_files.len(), 1);
        let (first, name) = &entry.term_files[0];
        assert_eq!(first, "magnesium");
        assert!(name.starts_with("t-") && name.ends_with(".json"), "{name}");
        assert_eq!(
            by_name[name.as_str()],
            r#"{"magnesium":[1,4,1,2],"slap":[0,15,2,1]}"#
        );
        let terms: TermFile = serde_json::from_str(by_name[name.as_str()])?;
        let slap: Vec<(u32, u32)> = decode_postings(&terms["slap"]).collect();
        assert_eq!(slap, [(0, 15), (2, 1)]);
        assert_eq!(entry.document_files.len(), 1);
        assert_eq!(
            by_name[entry.document_files[0].as_str()],
            concat!(
                r#"[["Title nl/a/","nl/a/","Artikelen","Summary"],"#,
                r#"["Title nl/b/","nl/b/","Artikelen","Summary"],"#,
                r#"["Title nl/c/","nl/c/","Artikelen","Summary"]]"#
            )
        );
        assert_eq!(entry.document_file_of(2), Some((name_of(&entry, 0), 2)));
        assert_eq!(entry.document_file_of(8), None);
        // Any order in, the same bytes out.
        let reversed: Vec<&SearchDocument> = docs.iter().rev().collect();
        assert_eq!(index("nl", &analyzer, reversed)?, files);
        Ok(())
    }

    fn name_of(entry: &EntryFile, file: usize) -> &str {
        &entry.document_files[file]
    }

    #[test]
    fn documents_are_grouped_in_files_of_consecutive_ids() -> crate::TestResult {
        let analyzer = Analyzer::new(StemmerName::None, []);
        let paths: Vec<String> = (0..DOCUMENTS_PER_FILE * 2 + 1)
            .map(|i| format!("nl/{i:03}/"))
            .collect();
        let docs: Vec<SearchDocument> = paths.iter().map(|p| document(p, &[("x", 1)])).collect();
        let files = index("nl", &analyzer, &docs)?;
        let by_name = files_by_name(&files);
        let entry = entry_of(&files)?;
        assert_eq!(entry.document_files.len(), 3);
        for (id, path) in (0u32..).zip(&paths) {
            let Some((name, place)) = entry.document_file_of(id) else {
                panic!("document {id} has no file");
            };
            let fields: Vec<DocumentFields> = serde_json::from_str(by_name[name])?;
            assert_eq!(&fields[place].1, path);
        }
        Ok(())
    }

    /// An index with many terms, so that it has many term files.
    fn many_terms() -> Result<Vec<(String, String)>, IndexWriteError> {
        let analyzer = Analyzer::new(StemmerName::None, []);
        let docs: Vec<SearchDocument> = (0..100)
            .map(|d| {
                let terms: Vec<(String, u32)> = (0..300)
                    .filter(|t| (t + d) % 3 != 0)
                    .map(|t| (format!("term{t:04}"), (t % 7 + 1) as u32))
                    .collect();
                let terms: Vec<(&str, u32)> = terms.iter().map(|(t, w)| (t.as_str(), *w)).collect();
                document(&format!("nl/{d:03}/"), &terms)
            })
            .collect();
        index("nl", &analyzer, &docs)
    }

    #[test]
    fn every_term_is_in_exactly_one_file_within_its_range() -> crate::TestResult {
        let files = many_terms()?;
        let by_name = files_by_name(&files);
        let entry = entry_of(&files)?;
        assert!(
            entry.term_files.len() > 3,
            "{} files",
            entry.term_files.len()
        );
        let mut seen = BTreeSet::new();
        for (index, (first, name)) in entry.term_files.iter().enumerate() {
            let json = by_name[name.as_str()];
            assert!(
                json.len() <= TERM_FILE_TARGET_BYTES,
                "{name}: {} bytes",
                json.len()
            );
            let terms: TermFile = serde_json::from_str(json)?;
            // The entry names each file's first term, and the file ends before the next one's.
            assert_eq!(terms.keys().next(), Some(first));
            let next = entry.term_files.get(index + 1).map(|(f, _)| f.as_str());
            for term in terms.keys() {
                assert!(next.is_none_or(|next| term.as_str() < next), "{term}");
                assert!(seen.insert(term.clone()), "{term} is in two files");
                assert_eq!(entry.term_files_for(term, false), index..index + 1);
            }
        }
        assert_eq!(seen.len(), 300);
        Ok(())
    }

    #[test]
    fn a_term_larger_than_a_file_gets_one_of_its_own() {
        let target = 100;
        assert_eq!(cut([10, 20, 30], target), vec![0..3]);
        // 1 + 40 + 1 + 50 + 1 = 93 bytes fit; another 10 do not.
        assert_eq!(cut([40, 50, 10], target), [0..2, 2..3]);
        assert_eq!(cut([10, 500, 10], target), [0..1, 1..2, 2..3]);
        assert_eq!(cut([500], target), vec![0..1]);
        assert!(cut([], target).is_empty());
        // Exactly the target fits: 1 + 48 + 1 + 49 + 1 = 100 bytes; one more does not.
        assert_eq!(cut([48, 49], target), vec![0..2]);
        assert_eq!(cut([49, 49], target), [0..1, 1..2]);
    }

    fn file_list(firsts: &[&str]) -> Vec<(String, String)> {
        firsts
            .iter()
            .map(|f| (f.to_string(), format!("t-{f}.json")))
            .collect()
    }

    #[test]
    fn a_term_needs_the_file_whose_range_holds_it() {
        let files = file_list(&["a", "kaas", "magnesium", "slap"]);
        assert_eq!(term_files_for(&files, "kaas", false), 1..2);
        assert_eq!(term_files_for(&files, "kat", false), 1..2);
        assert_eq!(term_files_for(&files, "zzz", false), 3..4);
        assert_eq!(term_files_for(&files, "1", false), 0..0);
        assert_eq!(term_files_for(&[], "kaas", true), 0..0);
    }

    #[test]
    fn a_prefix_needs_every_file_its_run_of_terms_spans() {
        let files = file_list(&["a", "magn", "magnesium", "magnesiumtekort", "mango", "slap"]);
        // "magnes…" starts in the file of "magn" and goes on into those of "magnesium" and
        // "magnesiumtekort"; "mango" begins a file of terms after it.
        assert_eq!(term_files_for(&files, "magnes", true), 1..4);
        assert_eq!(term_files_for(&files, "magnes", false), 1..2);
        assert_eq!(term_files_for(&files, "mag", true), 0..4);
        // "man…" may sit after "magnesiumtekort" ("mana") or in the file of "mango".
        assert_eq!(term_files_for(&files, "man", true), 3..5);
        assert_eq!(term_files_for(&files, "mango", false), 4..5);
        // Before every file's first term, yet their terms start with it.
        let files = file_list(&["magnesium", "magnesiumtekort", "slap"]);
        assert_eq!(term_files_for(&files, "mag", true), 0..2);
        assert_eq!(term_files_for(&files, "mag", false), 0..0);
        assert_eq!(term_files_for(&files, "kaa", true), 0..0);
    }

    #[test]
    fn the_same_documents_give_the_same_files() -> crate::TestResult {
        let first = many_terms()?;
        assert_eq!(many_terms()?, first);
        // Fragment names are their contents' hashes: another index, other names.
        let analyzer = Analyzer::new(StemmerName::None, []);
        let other = index("nl", &analyzer, [&document("nl/a/", &[("x", 1)])])?;
        let names: BTreeSet<&str> = first.iter().map(|(n, _)| n.as_str()).collect();
        assert!(other[1..].iter().all(|(n, _)| !names.contains(n.as_str())));
        for (name, json) in &first[1..] {
            let hash = blake3::hash(json.as_bytes()).to_hex();
            assert!(name.contains(&hash[..HASH_DIGITS]), "{name}");
        }
        Ok(())
    }
}
