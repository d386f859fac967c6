//! `kennis import`: raw article text (scraped from web pages, all markup lost) → a Markdown
//! article with TOML front matter and structured references, plus a report of what was
//! recognised, dropped and needs a person's eye, each with its input line.
//!
//! [`lines`] reads the input, [`body`] recognises the body's structure (with [`table`] for
//! flattened tables), [`references`] reads the reference list, [`write`] writes the article and
//! [`report`] collects the findings. What to recognise comes from [`markers`], the language's
//! `import.toml`.

pub mod body;
pub mod lines;
pub mod markers;
pub mod references;
pub mod report;
pub mod table;
pub mod text;
pub mod write;

use std::path::{Path, PathBuf};

use crate::content::front_matter::Date;
use crate::diagnostics::Diagnostic;
use crate::slug::slugify;
use body::Block;
use lines::Line;
use markers::{Markers, strip_prefix_ignore_case};
use report::{Report, quote};
use text::{final_mark, sentences, shorten, word_count};

/// The longest description written, in characters.
const DESCRIPTION_LENGTH: usize = 160;

/// The longest slug made from a title, in characters.
const SLUG_LENGTH: usize = 60;

/// How to import one text.
#[derive(Debug, Clone)]
pub struct TextOptions {
    /// Date when the text has no date line.
    pub date: Date,
    /// Whether `date` was given by the user (else it is today).
    pub date_given: bool,
    /// Title to use instead of the first line.
    pub title: Option<String>,
}

/// One imported article.
#[derive(Debug, Clone)]
pub struct Imported {
    /// The title.
    pub title: String,
    /// File key and slug, made from the title.
    pub key: String,
    /// The whole Markdown file.
    pub markdown: String,
    /// What happened.
    pub report: Report,
}

/// Imports one text.
pub fn import_text(input: &str, options: &TextOptions, markers: &Markers) -> Imported {
    let mut report = Report::default();
    let mut lines: Vec<Line> = Vec::new();
    for line in lines::split(input) {
        match markers.noise(&line.text) {
            Some(why) => report.dropped(line.number, format!("{why}: {}", quote(&line.text))),
            None => lines.push(line),
        }
    }
    let mut at = 0;
    let next_text =
        |from: usize, lines: &[Line]| (from..lines.len()).find(|&i| !lines[i].is_blank());

    // The title: the first line, unless the user gave one or the first line is body text.
    let mut title_taken = false;
    let title = match &options.title {
        Some(title) => {
            report.recognised(1, format!("title {} (given with --title)", quote(title)));
            title.trim().to_string()
        }
        None => match next_text(at, &lines) {
            Some(i) => {
                let line = &lines[i];
                report.recognised(line.number, format!("title {}", quote(&line.text)));
                // Titles may be two-part ("…winter? Hoe een …") but do not end in a full stop.
                let body_like = final_mark(&line.text) == Some('.')
                    || sentences(&line.text, &markers.abbreviations).len() > 2
                    || word_count(&line.text) > 20;
                if body_like {
                    report.review(
                        line.number,
                        "the first line reads like body text, not a title: it is kept in the \
                         body too; give a title with --title",
                    );
                } else {
                    at = i + 1;
                    title_taken = true;
                }
                line.text.clone()
            }
            None => String::new(),
        },
    };
    let title = if title.is_empty() {
        report.review(1, format!("no title: used {}", quote(&markers.untitled)));
        markers.untitled.clone()
    } else {
        title
    };
    // Some pages repeat their title as the first heading.
    if title_taken
        && let Some(i) = next_text(at, &lines)
        && lines[i].text == title
    {
        report.dropped(lines[i].number, "the title, repeated");
        at = i + 1;
    }

    // A date line right under the title.
    let mut date = None;
    if let Some(i) = next_text(at, &lines)
        && let Some(found) = date_line(&lines[i].text, markers)
    {
        report.recognised(lines[i].number, format!("date {found}"));
        date = Some(found);
        at = i + 1;
    }
    let date = date.unwrap_or_else(|| {
        let source = if options.date_given {
            "--date"
        } else {
            "today"
        };
        report.review(
            1,
            format!("no date in the text: used {} ({source})", options.date),
        );
        options.date
    });

    // A heading-like line right under the title is its subtitle: kept as an emphasised lead.
    let mut subtitle = None;
    if let (Some(i), Some(j)) = (
        next_text(at, &lines),
        next_text(at, &lines).and_then(|i| next_text(i + 1, &lines)),
    ) {
        let line = &lines[i];
        let is_subtitle = word_count(&line.text) <= 14
            && !matches!(
                final_mark(&line.text),
                Some('.' | '!' | '?' | ':' | ';' | ',')
            )
            && word_count(&lines[j].text) > word_count(&line.text);
        if is_subtitle {
            report.recognised(
                line.number,
                format!("subtitle {}: kept as an emphasised lead", quote(&line.text)),
            );
            subtitle = Some(line.text.clone());
            at = i + 1;
        }
    }

    // The reference list runs from its heading to the end.
    let references_start =
        (at..lines.len()).find(|&i| is_references_heading(&lines[i].text, markers));
    let body_end = references_start.unwrap_or(lines.len());
    let mut blocks = body::parse(&lines[at..body_end], markers, &mut report);
    let references = match references_start {
        Some(i) => {
            report.recognised(lines[i].number, "reference list");
            references::parse(&lines[i + 1..], markers, &mut report)
        }
        None => Vec::new(),
    };

    let description = blocks
        .iter()
        .find_map(|b| match b {
            Block::Paragraph(text) => Some(text.replace('\n', " ")),
            _ => None,
        })
        .map(|lead| shorten(&lead, DESCRIPTION_LENGTH, &markers.abbreviations))
        .unwrap_or_else(|| title.clone());
    if let Some(subtitle) = subtitle {
        blocks.insert(0, Block::Subtitle(subtitle));
    }
    let key = slug_of(&title);
    let front = write::FrontMatter {
        title: title.clone(),
        description,
        date,
        slug: key.clone(),
        references,
    };
    Imported {
        title,
        markdown: write::article(&front, &blocks),
        key,
        report,
    }
}

/// "- 13 nov 2025" → 2025-11-13.
fn date_line(text: &str, markers: &Markers) -> Option<Date> {
    let text = text
        .trim_start_matches(['-', '–', '•', ' '])
        .trim()
        .trim_end_matches('.');
    let words: Vec<&str> = text.split_whitespace().collect();
    let [day, month, year] = words.as_slice() else {
        return None;
    };
    let month = markers
        .months
        .get(&month.trim_end_matches('.').to_lowercase())?;
    let date = format!("{year}-{month:02}-{:02}", day.parse::<u8>().ok()?);
    date.parse().ok()
}

fn is_references_heading(text: &str, markers: &Markers) -> bool {
    word_count(text) <= 4
        && markers.references.iter().any(|marker| {
            strip_prefix_ignore_case(text, marker)
                .is_some_and(|rest| rest.trim().trim_end_matches(':').trim().is_empty())
        })
}

/// A slug from the title. A long one is cut: at the end of the title's first part when it has
/// two ("Magnesiumtekort en slaapproblemen in de winter? Hoe een …", "… uit balans zijn: herken
/// …") and that part has three words or more, else at a word boundary, to at most
/// [`SLUG_LENGTH`] characters.
fn slug_of(title: &str) -> String {
    let full = slugify(title);
    if full.is_empty() {
        return "artikel".to_string();
    }
    if full.len() <= SLUG_LENGTH {
        return full;
    }
    if let Some(first_part) = title.split([':', '?', '!', '–', '—']).next() {
        let slug = slugify(first_part);
        if slug.split('-').count() >= 3 && slug.len() <= SLUG_LENGTH {
            return slug;
        }
    }
    let mut slug = String::new();
    for word in full.split('-') {
        if slug.len() + word.len() + 1 > SLUG_LENGTH {
            break;
        }
        if !slug.is_empty() {
            slug.push('-');
        }
        slug.push_str(word);
    }
    slug
}

/// What `kennis import` does with its files.
#[derive(Debug, Clone)]
pub struct ImportOptions {
    /// The text files to import.
    pub files: Vec<PathBuf>,
    /// The site root, for the language's markers.
    pub root: PathBuf,
    /// The language of the texts.
    pub lang: String,
    /// The section folder the articles go into.
    pub section: String,
    /// The content folder the section lies in.
    pub out: PathBuf,
    /// Date for texts without one (else today).
    pub date: Option<Date>,
    /// Title for a single text without one.
    pub title: Option<String>,
    /// Overwrite existing articles.
    pub force: bool,
    /// Print the articles instead of writing them.
    pub dry_run: bool,
}

/// Why an import could not be done.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// The language's markers are missing or broken.
    #[error("the import markers have problems")]
    Markers(Vec<Diagnostic>),
    /// A file could not be read or written.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// What the OS said.
        source: std::io::Error,
    },
    /// The article would replace an existing file.
    #[error("{} exists already: pass --force to overwrite it", .0.display())]
    Exists(PathBuf),
    /// `--title` with more than one file.
    #[error("--title can only be given with a single file")]
    TitleForMany,
}

/// One imported file.
#[derive(Debug)]
pub struct ImportedFile {
    /// The input file.
    pub input: PathBuf,
    /// Where the article went (or would go, with `--dry-run`).
    pub output: PathBuf,
    /// The article.
    pub article: Imported,
}

/// Imports every file, writing `<out>/<section>/<key>.<lang>.md`. Nothing is written for any
/// file if one of them would overwrite an existing article without `--force`.
pub fn run(options: &ImportOptions, today: Date) -> Result<Vec<ImportedFile>, ImportError> {
    if options.title.is_some() && options.files.len() > 1 {
        return Err(ImportError::TitleForMany);
    }
    let markers = Markers::load(&options.root, &options.lang).map_err(ImportError::Markers)?;
    let text_options = TextOptions {
        date: options.date.unwrap_or(today),
        date_given: options.date.is_some(),
        title: options.title.clone(),
    };
    let mut done = Vec::new();
    for input in &options.files {
        let bytes = std::fs::read(input).map_err(|source| ImportError::Io {
            path: input.clone(),
            source,
        })?;
        let (text, not_utf8) = decode(bytes);
        let mut article = import_text(&text, &text_options, &markers);
        if let Some(line) = not_utf8 {
            article.report.review(
                line,
                "the file is not UTF-8 (from this line on): read as Windows-1252; check accented \
                 letters",
            );
        }
        let output = options
            .out
            .join(&options.section)
            .join(format!("{}.{}.md", article.key, options.lang));
        if output.exists() && !options.force && !options.dry_run {
            return Err(ImportError::Exists(output));
        }
        done.push(ImportedFile {
            input: input.clone(),
            output,
            article,
        });
    }
    if !options.dry_run {
        for file in &done {
            write_file(&file.output, &file.article.markdown)?;
        }
    }
    Ok(done)
}

/// The text of a file: UTF-8, or else Windows-1252, the usual encoding of older Dutch web text,
/// with the line of the first byte that was not UTF-8.
fn decode(bytes: Vec<u8>) -> (String, Option<usize>) {
    match String::from_utf8(bytes) {
        Ok(text) => (text, None),
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let bytes = e.into_bytes();
            let line = bytes[..valid].iter().filter(|&&b| b == b'\n').count() + 1;
            let (text, _, _) = encoding_rs::WINDOWS_1252.decode(&bytes);
            (text.into_owned(), Some(line))
        }
    }
}

fn write_file(path: &Path, text: &str) -> Result<(), ImportError> {
    let io = |source| ImportError::Io {
        path: path.to_path_buf(),
        source,
    };
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(io)?;
    }
    std::fs::write(path, text).map_err(io)
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod decode_tests {
    #[test]
    fn windows_1252_text_is_read_and_reported() {
        let (text, line) = super::decode(b"Titel\nCaf\xe9 au lait\n".to_vec());
        assert_eq!(text, "Titel\nCafé au lait\n");
        assert_eq!(line, Some(2));
        assert_eq!(super::decode(b"ok".to_vec()), ("ok".to_string(), None));
    }
}
