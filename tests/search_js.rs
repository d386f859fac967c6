//! The search page's scripts (`themes/default/static/snowball.js` and `search.js`), run under
//! node, must cut, stem and rank exactly as kennis does in Rust: otherwise a query would not
//! meet the index the build wrote. Compared on every word of this repository's site, the
//! tokens of each of its files, and queries on its built indexes: the same results, and for
//! the first page of results the same files of the index loaded.

mod common;

use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;

use common::repo_root;
use kennis::search::words::words;
use kennis::search::{Analyzer, SearchDocument, SearchIndex, StemmerName, index};
use serde_json::{Value, json};

/// Every file under `content/`, with its text.
fn content_texts() -> Vec<(String, String)> {
    let mut files = Vec::new();
    let mut stack = vec![repo_root().join("content")];
    while let Some(dir) = stack.pop() {
        let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if let Ok(text) = std::fs::read_to_string(&path) {
                files.push((path.display().to_string(), text));
            }
        }
    }
    files.sort();
    files
}

/// Queries to try on an index: every article title, each of its words, and their beginnings
/// (as a reader types them), and a sample of the words of `text`.
fn queries(index: &SearchIndex, text: &str) -> BTreeSet<String> {
    let distinct: BTreeSet<String> = words(text).into_iter().collect();
    let mut queries: BTreeSet<String> = distinct.into_iter().step_by(5).collect();
    let documents = index
        .documents()
        .unwrap_or_else(|e| panic!("read the documents: {e}"));
    for (title, _, section, _) in &documents {
        queries.insert(title.clone());
        queries.insert(format!("{section} {title}"));
        for word in title.split_whitespace() {
            let chars: Vec<char> = word.chars().collect();
            for length in 1..=chars.len() {
                queries.insert(chars[..length].iter().collect());
            }
        }
    }
    queries.extend(["slapen", "sleeping", "magnesium slaap", "vitamine-D", ""].map(String::from));
    queries
}

fn build_repository_site(output: &Path) {
    let run = Command::new(env!("CARGO_BIN_EXE_kennis"))
        .args(["build", "--root"])
        .arg(repo_root())
        .arg("--output")
        .arg(output)
        .output()
        .unwrap_or_else(|e| panic!("run kennis: {e}"));
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
}

fn open_index(folder: &Path) -> SearchIndex {
    SearchIndex::open_folder(folder).unwrap_or_else(|e| panic!("{}: {e}", folder.display()))
}

/// What node must find for `query` in the index in `folder` (`index` is that index, opened
/// once for every query): `[lang, query, every hit as [path, score], the first page]`, the
/// first page as the search page shows it on an index that has read nothing but its entry
/// file: how many documents match, the results shown, and the index's other files it read.
/// Also says whether the query finds anything.
fn expected_query(lang: &str, folder: &Path, index: &SearchIndex, query: &str) -> (Value, bool) {
    let hits: Vec<(String, u64)> = index
        .search(query)
        .unwrap_or_else(|e| panic!("{lang} {query:?}: {e}"))
        .into_iter()
        .map(|h| (h.path, h.score))
        .collect();
    let fresh = open_index(folder);
    let page = fresh
        .first_page(query)
        .unwrap_or_else(|e| panic!("{lang} {query:?}: {e}"));
    let shown: Vec<(String, u64)> = page.hits.into_iter().map(|h| (h.path, h.score)).collect();
    let mut reads: Vec<String> = fresh.reads().into_iter().skip(1).map(|r| r.name).collect();
    reads.sort();
    let first_page = json!({"total": page.total, "shown": shown, "reads": reads});
    let found = !hits.is_empty();
    (json!([lang, query, hits, first_page]), found)
}

/// The language code of the index [`write_many_terms_index`] writes.
const MANY_TERMS: &str = "many-terms";

/// Writes an index of 1,500 made-up documents into `folder`, with terms made of a few
/// syllables (so that many share their beginnings) and enough of them for dozens of term
/// files; some begin with a letter above U+FFFF (𝕒) or one just below (ﬀ), whose order by code
/// points (Rust's) is not their order as JavaScript strings. Returns the queries to try: the
/// beginnings of a sample of the terms, and pairs of terms.
fn write_many_terms_index(folder: &Path) -> Vec<String> {
    const SYLLABLES: [&str; 12] = [
        "ka", "ma", "ne", "slo", "vit", "ber", "o", "ü", "ﬀ", "𝕒", "z", "1",
    ];
    let analyzer = Analyzer::new(StemmerName::None, ["en".to_string()]);
    // A fixed pseudo-random sequence (SplitMix64), so the index is the same on every run.
    let mut state: u64 = 13;
    let mut next = move |below: usize| {
        state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        ((z ^ (z >> 31)) % below as u64) as usize
    };
    let mut vocabulary: Vec<String> = Vec::new();
    for _ in 0..3000 {
        let length = 1 + next(4);
        vocabulary.push(
            (0..length)
                .map(|_| SYLLABLES[next(SYLLABLES.len())])
                .collect(),
        );
    }
    let documents: Vec<SearchDocument> = (0..1500)
        .map(|d| {
            // A few common words and some rare ones.
            let words: Vec<&str> = (0..30)
                .map(|i| {
                    let pool = if i % 3 == 0 { 40 } else { vocabulary.len() };
                    vocabulary[next(pool)].as_str()
                })
                .collect();
            let text = words.join(" ");
            let mut terms = std::collections::BTreeMap::new();
            for term in analyzer.terms(&text) {
                *terms.entry(term).or_insert(0u32) += 1 + next(3) as u32;
            }
            SearchDocument {
                title: format!("Document {d}"),
                path: format!("{MANY_TERMS}/{d:04}/"),
                section: "Made up".to_string(),
                description: text,
                terms: terms.into_iter().collect(),
            }
        })
        .collect();
    let files = index(MANY_TERMS, &analyzer, &documents).unwrap_or_else(|e| panic!("{e}"));
    std::fs::create_dir_all(folder).unwrap_or_else(|e| panic!("{}: {e}", folder.display()));
    for (name, json) in &files {
        std::fs::write(folder.join(name), json).unwrap_or_else(|e| panic!("write {name}: {e}"));
    }
    let mut queries = BTreeSet::new();
    for (i, term) in vocabulary.iter().enumerate().step_by(7) {
        let chars: Vec<char> = term.chars().collect();
        for length in 1..=chars.len() {
            queries.insert(chars[..length].iter().collect::<String>());
        }
        queries.insert(format!(
            "{term} {}",
            vocabulary[(i * 31) % vocabulary.len()]
        ));
    }
    queries.into_iter().collect()
}

#[test]
fn the_search_scripts_cut_stem_and_rank_as_kennis_does() {
    let out = tempfile::tempdir().unwrap_or_else(|e| panic!("temp dir: {e}"));
    let public = out.path().join("public");
    build_repository_site(&public);

    let texts = content_texts();
    let all_text: String = texts
        .iter()
        .map(|(_, t)| t.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    let mut stems = serde_json::Map::new();
    let mut indexes = serde_json::Map::new();
    let mut expected_queries = Vec::new();
    let mut finding_something = 0;
    for lang in ["nl", "en"] {
        let analyzer =
            Analyzer::built_in(lang).unwrap_or_else(|| panic!("no built-in analyzer for {lang}"));
        stems.insert(lang.to_string(), json!(analyzer.stems_of(&all_text)));

        let folder = public.join(lang).join("search-index");
        let index = open_index(&folder);
        for query in queries(&index, &all_text) {
            let (expected, found) = expected_query(lang, &folder, &index, &query);
            finding_something += usize::from(found);
            expected_queries.push(expected);
        }
        indexes.insert(lang.to_string(), json!(folder));
    }
    // A larger index, whose terms fill many term files: prefixes that span several, and
    // terms whose order by code points is not JavaScript's order of strings.
    let folder = out.path().join("many-terms");
    let many_terms = write_many_terms_index(&folder);
    let index = open_index(&folder);
    for query in many_terms {
        let (expected, _) = expected_query(MANY_TERMS, &folder, &index, &query);
        expected_queries.push(expected);
    }
    indexes.insert(MANY_TERMS.to_string(), json!(folder));
    let tokens: Vec<Value> = texts
        .iter()
        .map(|(_, text)| json!([text, words(text)]))
        .collect();
    let expectations = json!({
        "stems": stems,
        "tokens": tokens,
        "indexes": indexes,
        "queries": expected_queries,
    });
    let file = out.path().join("expectations.json");
    std::fs::write(&file, expectations.to_string()).unwrap_or_else(|e| panic!("write: {e}"));

    let root = repo_root();
    let run = Command::new("node")
        .arg(root.join("tests/search_js/compare.js"))
        .arg(root.join("themes/default/static"))
        .arg(&file)
        .output()
        .unwrap_or_else(|e| panic!("this test runs the search scripts with node: {e}"));
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert!(
        run.status.success(),
        "node failed:\n{stdout}\n{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let report: Value =
        serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("node printed {stdout:?}: {e}"));
    println!(
        "search scripts compared with kennis ({finding_something} queries find something): {report}"
    );
    assert_eq!(report["mismatch_count"], 0, "{report:#}");
    assert!(report["stems"].as_u64().unwrap_or(0) > 2000, "{report}");
    assert_eq!(report["tokens"].as_u64(), Some(texts.len() as u64));
    assert!(report["queries"].as_u64().unwrap_or(0) > 1000, "{report}");
    assert!(
        finding_something > 500,
        "only {finding_something} queries find anything"
    );
}
