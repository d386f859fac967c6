//! Measures what a reader's first search query downloads of the search index: on a built site,
//! per language and query, the files the search page loads for its first page of results (the
//! entry file, the term files of the query's terms, the document files of the results shown),
//! raw and gzipped, against the single index file of format 1 that held all of it.
//!
//! ```sh
//! cargo run --release --example search_bytes -- path/to/public
//! ```
//!
//! The queries are made for the benchmark corpus (`examples/corpus.rs`): per language a word
//! nearly every article has, a word of one article in fourteen (a tag), the three letters that
//! begin the largest run of terms, and two words. Sizes are gzipped one file at a time with
//! `gzip -6` (gzip's default, as a web server compresses each response); it must be on the
//! path. `benches/search_bytes.sh` builds the corpus and the site and runs this.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::Path;
use std::process::{Command, ExitCode, Stdio};

use kennis::search::SearchIndex;
use kennis::search::index::{DocumentFields, FOLDER, TermFile};
use serde::Serialize;

/// Per language: (what kind of query, the query).
const QUERIES: [(&str, [(&str, &str); 4]); 2] = [
    (
        "nl",
        [
            ("common word", "wandelen"),
            ("rare word (a tag)", "zwangerschap"),
            ("3-letter prefix", "ver"),
            ("two words", "magnesium slapen"),
        ],
    ),
    (
        "en",
        [
            ("common word", "walking"),
            ("rare word (a tag)", "pregnancy"),
            ("3-letter prefix", "bre"),
            ("two words", "magnesium sleep"),
        ],
    ),
];

/// The single index file of format 1, as kennis wrote it before the index was cut up.
#[derive(Serialize)]
struct SingleFile<'a> {
    version: u32,
    lang: &'a str,
    stemmer: kennis::search::StemmerName,
    stop_words: &'a [String],
    docs: Vec<DocumentFields>,
    terms: TermFile,
}

fn main() -> ExitCode {
    let Some(public) = std::env::args().nth(1) else {
        eprintln!("usage: search_bytes PUBLIC_FOLDER");
        return ExitCode::from(2);
    };
    match measure(Path::new(&public)) {
        Ok(table) => {
            print!("{table}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}

fn measure(public: &Path) -> Result<String, Box<dyn std::error::Error>> {
    let mut table = String::new();
    writeln!(
        table,
        "| lang | query | kind | results (shown) | files read: entry + term + document | first query, raw | first query, gzipped |"
    )?;
    writeln!(table, "|---|---|---|---:|---:|---:|---:|")?;
    let mut notes = String::new();
    for (lang, queries) in QUERIES {
        let folder = public.join(lang).join(FOLDER);
        for (kind, query) in queries {
            let index = SearchIndex::open_folder(&folder)?;
            let page = index.first_page(query)?;
            let reads = index.reads();
            let term_files = reads.iter().filter(|r| r.name.starts_with("t-")).count();
            let document_files = reads.iter().filter(|r| r.name.starts_with("d-")).count();
            let raw: usize = reads.iter().map(|r| r.bytes).sum();
            let mut gzipped = 0;
            for read in &reads {
                gzipped += gzipped_size(&std::fs::read(folder.join(&read.name))?)?;
            }
            writeln!(
                table,
                "| {lang} | `{query}` | {kind} | {} ({}) | 1 + {term_files} + {document_files} | {} | {} |",
                page.total,
                page.hits.len(),
                kilobytes(raw),
                kilobytes(gzipped)
            )?;
        }

        // The whole index: the entry file, every fragment, and format 1's single file.
        let index = SearchIndex::open_folder(&folder)?;
        let entry = index.entry();
        let entry_bytes = std::fs::read(folder.join(kennis::search::index::ENTRY_FILE))?;
        let mut terms = TermFile::new();
        let mut fragment_bytes = 0;
        for (_, name) in &entry.term_files {
            let bytes = std::fs::read(folder.join(name))?;
            fragment_bytes += bytes.len();
            terms.append(&mut serde_json::from_slice(&bytes)?);
        }
        for name in &entry.document_files {
            fragment_bytes += std::fs::metadata(folder.join(name))?.len() as usize;
        }
        let single = serde_json::to_string(&SingleFile {
            version: 1,
            lang,
            stemmer: entry.stemmer,
            stop_words: &entry.stop_words,
            docs: index.documents()?,
            terms,
        })?;
        writeln!(
            notes,
            "{lang}: {} documents; entry file {} ({} gzipped), {} term files and {} document files ({} in all); format 1's single file {} ({} gzipped)",
            entry.documents,
            kilobytes(entry_bytes.len()),
            kilobytes(gzipped_size(&entry_bytes)?),
            entry.term_files.len(),
            entry.document_files.len(),
            kilobytes(entry_bytes.len() + fragment_bytes),
            kilobytes(single.len()),
            kilobytes(gzipped_size(single.as_bytes())?),
        )?;
    }
    Ok(format!("{table}\n{notes}"))
}

/// Kilobytes (1,000 bytes) with one decimal.
fn kilobytes(bytes: usize) -> String {
    format!("{:.1} KB", bytes as f64 / 1000.0)
}

/// The size of `bytes` compressed by `gzip -6`.
fn gzipped_size(bytes: &[u8]) -> Result<usize, std::io::Error> {
    let mut gzip = Command::new("gzip")
        .args(["-6", "-c", "-n"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()?;
    // Written from another thread: gzip writes while it reads, and a full pipe would block.
    let mut stdin = gzip.stdin.take();
    let input = bytes.to_vec();
    let writer = std::thread::spawn(move || -> std::io::Result<()> {
        if let Some(stdin) = stdin.as_mut() {
            stdin.write_all(&input)?;
        }
        Ok(())
    });
    let output = gzip.wait_with_output()?;
    writer
        .join()
        .map_err(|_| std::io::Error::other("the writer to gzip panicked"))??;
    if !output.status.success() {
        return Err(std::io::Error::other(format!(
            "gzip failed: {}",
            output.status
        )));
    }
    Ok(output.stdout.len())
}
