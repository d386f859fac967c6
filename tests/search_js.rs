//! The search page's scripts (`themes/default/static/snowball.js` and `search.js`), run under
//! node, must cut, stem and rank exactly as kennis does in Rust: otherwise a query would not
//! meet the index the build wrote. Compared on every word of this repository's site, the
//! tokens of each of its files, and queries on its built indexes.

mod common;

use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;

use common::repo_root;
use kennis::search::words::words;
use kennis::search::{Analyzer, SearchIndex};
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
    for (title, _, section, _) in &index.file().docs {
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

        let json = std::fs::read_to_string(public.join(lang).join("search-index.json"))
            .unwrap_or_else(|e| panic!("{lang} index: {e}"));
        let index = SearchIndex::parse(&json).unwrap_or_else(|e| panic!("{lang} index: {e}"));
        for query in queries(&index, &all_text) {
            let hits: Vec<(String, u64)> = index
                .search(&query)
                .into_iter()
                .map(|h| (h.path, h.score))
                .collect();
            finding_something += usize::from(!hits.is_empty());
            expected_queries.push(json!([lang, query, hits]));
        }
        let parsed: Value =
            serde_json::from_str(&json).unwrap_or_else(|e| panic!("{lang} index: {e}"));
        indexes.insert(lang.to_string(), parsed);
    }
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
