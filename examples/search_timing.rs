//! Times what the search index adds to a build: loads and renders a site as `kennis build`
//! does (which makes each article's search document as its body is parsed), then makes every
//! language's index from the documents, best of `RUNS`, and prints each index's files and size.
//!
//! ```sh
//! cargo run --release --example search_timing -- path/to/site
//! ```

use std::time::{Duration, Instant};

use kennis::build::prepare;
use kennis::load::config::Config;
use kennis::search;

/// How many times the index is made; the fastest counts.
const RUNS: usize = 3;

fn main() {
    let root = std::env::args().nth(1).unwrap_or_else(|| ".".to_string());
    let config = match Config::load(root.as_ref()) {
        Ok(config) => config,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(2);
        }
    };
    let started = Instant::now();
    let prepared = prepare(root.as_ref(), &config, false);
    println!(
        "loaded and rendered {} articles in {:.2} s",
        prepared.site.articles.len(),
        started.elapsed().as_secs_f64()
    );
    let Some(analyzers) = &prepared.analyzers else {
        for problem in &prepared.diagnostics {
            eprintln!("{problem}");
        }
        std::process::exit(1);
    };
    let mut best = Duration::MAX;
    let mut indexes = Vec::new();
    for _ in 0..RUNS {
        let started = Instant::now();
        match search::site_indexes(&config, &prepared.search_documents, analyzers) {
            Ok(made) => indexes = made,
            Err(e) => {
                eprintln!("{e}");
                std::process::exit(1);
            }
        }
        best = best.min(started.elapsed());
    }
    println!(
        "search indexes made in {:.3} s (best of {RUNS})",
        best.as_secs_f64()
    );
    // Per language folder: how many files, how many bytes.
    let mut folders: std::collections::BTreeMap<&str, (usize, usize)> = Default::default();
    for (path, json) in &indexes {
        let folder = path
            .rsplit_once('/')
            .map_or(path.as_str(), |(folder, _)| folder);
        let (files, bytes) = folders.entry(folder).or_default();
        *files += 1;
        *bytes += json.len();
    }
    for (folder, (files, bytes)) in folders {
        println!("{folder}/: {files} files, {bytes} bytes");
    }
}
