//! Keeps the import corpus (`tests/import_corpus/`) honest: every page has its files, the gold
//! answers parse and point into the text, both halves are big enough, and the scorer runs. The
//! scores themselves are not asserted: they are measured and reported in the README.

mod common;

use std::collections::BTreeSet;
use std::path::Path;

#[allow(dead_code)]
#[path = "../examples/import_score.rs"]
mod import_score;

const HALVES: [&str; 2] = ["build", "held-out"];

fn files(dir: &Path) -> BTreeSet<String> {
    std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| {
            entry
                .expect("a directory entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect()
}

#[test]
fn every_page_has_its_files_and_gold_that_parses_and_points_into_the_text() {
    let root = common::repo_root().join("tests/import_corpus");
    let mut stems_seen = BTreeSet::new();
    for half in HALVES {
        let dir = root.join(half);
        let files = files(&dir);
        for file in &files {
            let (stem, extension) = file.rsplit_once('.').expect("a file with an extension");
            assert!(
                ["txt", "toml", "html"].contains(&extension),
                "{half}/{file}: unexpected file"
            );
            assert!(
                files.contains(&format!("{stem}.txt")) && files.contains(&format!("{stem}.toml")),
                "{half}/{stem}: needs NAME.txt and NAME.toml"
            );
        }
        let pages = import_score::pages(&dir).expect("list the pages");
        assert!(pages.len() >= 20, "{half}: {} pages, needs 20", pages.len());
        let html = files.iter().filter(|f| f.ends_with(".html")).count();
        assert!(html >= 10, "{half}: {html} HTML pages, needs 10");
        let mut langs = BTreeSet::new();
        for stem in pages {
            assert!(stems_seen.insert(stem.clone()), "{stem} is in both halves");
            let gold = import_score::read_gold(&dir.join(format!("{stem}.toml")))
                .unwrap_or_else(|e| panic!("{e}"));
            assert!(["nl", "en"].contains(&gold.lang.as_str()), "{stem}: lang");
            assert!(gold.follows.starts_with("http"), "{stem}: follows");
            assert!(
                gold.references_with_locator <= gold.references,
                "{stem}: more references with a locator than references"
            );
            if let Some(date) = &gold.date {
                let parts: Vec<&str> = date.split('-').collect();
                assert!(
                    parts.len() == 3 && parts.iter().all(|p| p.parse::<u32>().is_ok()),
                    "{stem}: date {date:?} is not YYYY-MM-DD"
                );
            }
            langs.insert(gold.lang.clone());
            let text = std::fs::read_to_string(dir.join(format!("{stem}.txt")))
                .expect("read the page text");
            let lines: BTreeSet<&str> = text.lines().map(str::trim).collect();
            assert!(
                lines.contains(gold.title.as_str()),
                "{stem}: title not a line"
            );
            for line in gold.boilerplate.iter().chain(&gold.headings) {
                assert!(
                    lines.contains(line.trim()),
                    "{stem}: {line:?} is not a line of the text"
                );
            }
        }
        assert_eq!(langs.len(), 2, "{half}: needs pages in nl and en");
    }
}

#[test]
fn the_scorer_runs_on_both_halves() {
    let root = common::repo_root();
    for half in HALVES {
        let dir = root.join("tests/import_corpus").join(half);
        let text = import_score::score_dir(&root, &dir, import_score::Kind::Text)
            .unwrap_or_else(|e| panic!("{half}: {e}"));
        assert!(text.pages >= 20);
        let table = import_score::table(half, import_score::Kind::Text, &text);
        assert!(table.contains("| titles right |"));
        let html = import_score::score_dir(&root, &dir, import_score::Kind::Html)
            .unwrap_or_else(|e| panic!("{half} (HTML): {e}"));
        assert!(html.pages + html.unsupported >= 10);
    }
}
