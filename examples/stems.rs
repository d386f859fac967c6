//! Prints every distinct word of some text with the stem search gives it, one `word<TAB>stem`
//! line each, sorted by word: what a browser test compares with `kennisSearch.stem` on the
//! search page.
//!
//! ```sh
//! cargo run --example stems -- nl content/artikelen/*.nl.md   # files
//! echo "slapen slaap" | cargo run --example stems -- nl       # standard input
//! ```
//!
//! The stemmer is the one kennis's built-in `i18n/<lang>/search.toml` names; stop words are
//! listed too (they are stemmed all the same, only left out of the index).

use std::io::Read;

use kennis::search::Analyzer;

fn main() {
    let mut args = std::env::args().skip(1);
    let lang = args.next().unwrap_or_else(|| "nl".to_string());
    let Some(analyzer) = Analyzer::built_in(&lang) else {
        eprintln!("kennis has no search settings for {lang:?}");
        std::process::exit(2);
    };
    let files: Vec<String> = args.collect();
    let mut text = String::new();
    if files.is_empty()
        && let Err(e) = std::io::stdin().read_to_string(&mut text)
    {
        eprintln!("cannot read standard input: {e}");
        std::process::exit(2);
    }
    for file in &files {
        match std::fs::read_to_string(file) {
            Ok(contents) => {
                text.push_str(&contents);
                text.push('\n');
            }
            Err(e) => {
                eprintln!("{file}: {e}");
                std::process::exit(2);
            }
        }
    }
    for (word, stem) in analyzer.stems_of(&text) {
        println!("{word}\t{stem}");
    }
}
