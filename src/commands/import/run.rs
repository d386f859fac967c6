//! `kennis import` on files: read each text, import it, and write the articles, or nothing at
//! all when one of them cannot be written.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use super::join::{Destination, SiteContext};
use super::markers::Markers;
use super::{Imported, TextOptions, import_text};
use crate::diagnostics::Diagnostic;
use crate::load::content::front_matter::Date;

/// What `kennis import` does with its files.
#[derive(Debug, Clone)]
pub struct ImportOptions {
    /// The text files to import.
    pub files: Vec<PathBuf>,
    /// The site root, for the language's markers, and the site the articles are joined with
    /// (its bibliography, the reference ids in use, its claim detector).
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
    /// Two texts of one run would become the same article.
    #[error(
        "{} and {} would both be written to {}: import them one at a time, giving one a \
         different --title",
        first.display(),
        second.display(),
        output.display()
    )]
    SameOutput {
        /// The text imported first.
        first: PathBuf,
        /// The text imported later.
        second: PathBuf,
        /// The article both would become.
        output: PathBuf,
    },
    /// `--section` is not a plain folder name.
    #[error(
        "--section {0:?} is not a folder name: use letters, digits, `-` and `_` (sections are \
         folders right under content/)"
    )]
    BadSection(String),
    /// `--title` with more than one file.
    #[error("--title can only be given with a single file")]
    TitleForMany,
    /// The file is a web page, and this kennis was built without `import-html`.
    #[error(
        "{}: this is a web page, and this kennis was built without the import-html feature: \
         build it with that feature, or import the page's text",
        .0.display()
    )]
    NoHtml(PathBuf),
    /// The file holds no text to make an article of.
    #[error("{}: nothing to import: {why}", path.display())]
    NoText {
        /// The file.
        path: PathBuf,
        /// What it holds instead.
        why: &'static str,
    },
}

impl ImportError {
    /// Whether the input, not the command line or the disk, is what is wrong (exit code 1, as
    /// for content errors; the others are 2).
    pub fn is_about_the_input(&self) -> bool {
        matches!(self, ImportError::NoText { .. })
    }
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
/// file if one of them would overwrite an existing article without `--force`, or two of them
/// would become the same article.
pub fn run(options: &ImportOptions, today: Date) -> Result<Vec<ImportedFile>, ImportError> {
    if options.title.is_some() && options.files.len() > 1 {
        return Err(ImportError::TitleForMany);
    }
    if !is_folder_name(&options.section) {
        return Err(ImportError::BadSection(options.section.clone()));
    }
    let markers = Markers::load(&options.root, &options.lang).map_err(ImportError::Markers)?;
    let text_options = TextOptions {
        date: options.date.unwrap_or(today),
        date_given: options.date.is_some(),
        title: options.title.clone(),
    };
    let mut site = SiteContext::load(&options.root, &options.lang);
    let mut done = Vec::new();
    let mut outputs: HashMap<PathBuf, PathBuf> = HashMap::new();
    for input in &options.files {
        let bytes =
            crate::load::text_file::read_regular_file(input).map_err(|source| ImportError::Io {
                path: input.clone(),
                source,
            })?;
        if let Some(why) = not_text(&bytes) {
            return Err(ImportError::NoText {
                path: input.clone(),
                why,
            });
        }
        let (text, not_utf8) = decode(bytes);
        let mut article = if is_html(input, &text) {
            import_page(input, &text, &text_options, &markers)?
        } else {
            import_text(&text, &text_options, &markers)
        };
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
        let to = Destination {
            path: &output,
            section: &options.section,
        };
        site.join(&mut article, to);
        if let Some(first) = outputs.insert(output.clone(), input.clone()) {
            return Err(ImportError::SameOutput {
                first,
                second: input.clone(),
                output,
            });
        }
        if output.exists() && !options.force && !options.dry_run {
            return Err(ImportError::Exists(output));
        }
        for kept in &article.files {
            let to = kept_path(&output, &article.key, &kept.name);
            if to.exists() && !options.force && !options.dry_run {
                return Err(ImportError::Exists(to));
            }
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
            for kept in &file.article.files {
                let to = kept_path(&file.output, &file.article.key, &kept.name);
                copy_file(&kept.from, &to)?;
            }
        }
    }
    Ok(done)
}

/// True for a web page: a file named `.html` or `.htm`, or text that starts like HTML.
fn is_html(path: &Path, text: &str) -> bool {
    let by_name = path
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"));
    let start: String = text
        .trim_start_matches('\u{feff}')
        .trim_start()
        .chars()
        .take(14)
        .collect::<String>()
        .to_ascii_lowercase();
    by_name || start.starts_with("<!doctype html") || start.starts_with("<html")
}

#[cfg(feature = "import-html")]
fn import_page(
    path: &Path,
    text: &str,
    options: &TextOptions,
    markers: &Markers,
) -> Result<Imported, ImportError> {
    Ok(super::html::import_html(
        text,
        options,
        markers,
        path.parent(),
    ))
}

#[cfg(not(feature = "import-html"))]
fn import_page(
    path: &Path,
    _text: &str,
    _options: &TextOptions,
    _markers: &Markers,
) -> Result<Imported, ImportError> {
    Err(ImportError::NoHtml(path.to_path_buf()))
}

/// True for a name that can only mean one folder right under `content/`.
fn is_folder_name(name: &str) -> bool {
    !name.is_empty()
        && !name.starts_with('.')
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'))
}

/// Why `bytes` are no text to import, if they are not: empty (or only white space), or binary
/// (a NUL byte in the first 8 KB, the test git uses; text saved from a web page has none).
fn not_text(bytes: &[u8]) -> Option<&'static str> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Some("the file is empty");
    }
    if bytes.iter().take(8192).any(|&b| b == 0) {
        return Some(
            "the file is not text (it holds NUL bytes, as images, PDFs and word-processor files \
             do): save the article's text as a plain text file and import that",
        );
    }
    None
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

/// Where a kept file of an article goes: its own folder, next to the article.
fn kept_path(article: &Path, key: &str, name: &str) -> PathBuf {
    article.with_file_name(key).join(name)
}

fn copy_file(from: &Path, to: &Path) -> Result<(), ImportError> {
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |source| ImportError::Io { path, source }
    };
    if let Some(parent) = to.parent() {
        std::fs::create_dir_all(parent).map_err(io(parent))?;
    }
    std::fs::copy(from, to).map(drop).map_err(io(from))
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
mod tests {
    use super::*;

    #[test]
    fn windows_1252_text_is_read_and_reported() {
        let (text, line) = decode(b"Titel\nCaf\xe9 au lait\n".to_vec());
        assert_eq!(text, "Titel\nCafé au lait\n");
        assert_eq!(line, Some(2));
        assert_eq!(decode(b"ok".to_vec()), ("ok".to_string(), None));
    }

    #[test]
    fn web_pages_by_name_or_by_their_start() {
        assert!(is_html(Path::new("a.HTM"), "tekst"));
        assert!(is_html(
            Path::new("a.txt"),
            "\u{feff}  <!DOCTYPE html><html>"
        ));
        assert!(is_html(Path::new("a"), "<html lang=nl>"));
        assert!(!is_html(Path::new("a.txt"), "Titel\n<html> als woord"));
    }

    #[test]
    fn sections_are_plain_folder_names() {
        assert!(is_folder_name("artikelen"));
        assert!(is_folder_name("faq_2026"));
        for bad in ["", "..", "../etc", "a/b", "a\\b", ".verborgen", "/tmp"] {
            assert!(!is_folder_name(bad), "{bad:?}");
        }
    }
}
