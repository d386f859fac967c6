//! `kennis import` on files: read each text, web page or WordPress export, import it, and write
//! the articles, or nothing at all when one of them cannot be written.

use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::path::{Path, PathBuf};

use super::join::{Destination, SiteContext};
use super::language::{self, Clues, SiteLanguages};
use super::markers::Markers;
use super::{Imported, TextOptions, import_text};
use crate::diagnostics::{Diagnostic, path_from_here};
use crate::load::config::ConfigError;
use crate::load::content::front_matter::Date;

/// What `kennis import` does with its files.
#[derive(Debug, Clone)]
pub struct ImportOptions {
    /// The text files to import.
    pub files: Vec<PathBuf>,
    /// The site root, for the language's markers, and the site the articles are joined with
    /// (its bibliography, the reference ids in use, its claim detector).
    pub root: PathBuf,
    /// The language of the texts (`--lang`); `None`: each input's own, as [`language`] finds
    /// it.
    pub lang: Option<String>,
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
    /// Which posts of a WordPress export that were not public to import too.
    pub include: Include,
}

/// Which posts of a WordPress export that were not public to import besides the published
/// ones (each as a draft).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Include {
    /// Drafts, posts pending review and scheduled ones.
    pub drafts: bool,
    /// Private posts (on a static site there is no one logged in to show them to).
    pub private: bool,
    /// Published pages besides posts.
    pub pages: bool,
}

/// Why an import could not be done.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// The language's markers are missing or broken.
    #[error("the import markers have problems")]
    Markers(Vec<Diagnostic>),
    /// The site's `site.toml`, which says which languages the site has, cannot be used.
    #[error(transparent)]
    Config(#[from] ConfigError),
    /// A file could not be read or written.
    #[error("{}: {source}", path_from_here(path))]
    Io {
        /// The file.
        path: PathBuf,
        /// What the OS said.
        source: std::io::Error,
    },
    /// The article would replace an existing file.
    #[error("{} exists already: pass --force to overwrite it", path_from_here(.0))]
    Exists(PathBuf),
    /// Two texts of one run would become the same article.
    #[error(
        "{} and {} would both be written to {}: import them one at a time, giving one a \
         different --title",
        path_from_here(first),
        path_from_here(second),
        path_from_here(output)
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
        path_from_here(.0)
    )]
    NoHtml(PathBuf),
    /// The titles of these texts are not certain, and no `--title` was given. Nothing was
    /// written; `report` is the report of the run, which says which lines could be the title.
    #[error(
        "the title is not certain for {}: import each of these files on its own with --title \
         \"…\" (the report says which lines could be the title)",
        in_doubt(files)
    )]
    TitlesInDoubt {
        /// The texts, each with why its title is in doubt.
        files: Vec<(PathBuf, String)>,
        /// The report of the run.
        report: String,
    },
    /// The file is a WordPress export, and this kennis was built without `import-html`.
    #[error(
        "{}: this is a WordPress export, and this kennis was built without the import-html \
         feature: build it with that feature",
        path_from_here(.0)
    )]
    NoWordPress(PathBuf),
    /// `--title` with a WordPress export, whose posts have titles of their own.
    #[error("{}: --title cannot be given with a WordPress export: each post has its own", path_from_here(.0))]
    TitleForExport(PathBuf),
    /// A WordPress export (or other XML file) that is not well-formed.
    #[error(
        "{}:{line}:{column}: not well-formed XML: {message}",
        path_from_here(path)
    )]
    BadXml {
        /// The file.
        path: PathBuf,
        /// Line of the problem.
        line: u32,
        /// Column of the problem.
        column: u32,
        /// What the XML parser said.
        message: String,
    },
    /// An XML file that is not a WordPress export.
    #[error(
        "{}: not a WordPress export: its root element is <{root}>, not <rss> with WordPress's \
         namespace (export the site with Tools > Export in WordPress)",
        path_from_here(path)
    )]
    NotWordPress {
        /// The file.
        path: PathBuf,
        /// Its root element's name.
        root: String,
    },
    /// The file holds no text to make an article of.
    #[error("{}: nothing to import: {why}", path_from_here(path))]
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
        matches!(
            self,
            ImportError::NoText { .. }
                | ImportError::TitlesInDoubt { .. }
                | ImportError::BadXml { .. }
                | ImportError::NotWordPress { .. }
        )
    }
}

fn in_doubt(files: &[(PathBuf, String)]) -> String {
    files
        .iter()
        .map(|(path, why)| format!("{} ({why})", path_from_here(path)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// One imported article.
#[derive(Debug)]
pub struct ImportedFile {
    /// The input file.
    pub input: PathBuf,
    /// Where the article went (or would go, with `--dry-run`).
    pub output: PathBuf,
    /// The language it was imported in.
    pub lang: String,
    /// The article.
    pub article: Imported,
    /// The post it was, when the input is a WordPress export.
    pub item: Option<Item>,
}

/// One `<item>` of a WordPress export, for the report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    /// Line of its `<item>` in the export.
    pub line: usize,
    /// What it is: `post 42 "Title"`.
    pub label: String,
}

/// A post of a WordPress export that was left out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    /// The export.
    pub input: PathBuf,
    /// The post.
    pub item: Item,
    /// Why, and how to import it if it can be.
    pub why: String,
}

/// What one `kennis import` did.
#[derive(Debug, Default)]
pub struct Imports {
    /// The inputs, in the order given.
    pub inputs: Vec<PathBuf>,
    /// The articles, in input order.
    pub files: Vec<ImportedFile>,
    /// The posts of WordPress exports that were left out.
    pub skipped: Vec<Skipped>,
    /// What the report says about a whole input rather than one of its articles: the language
    /// a WordPress export was imported in.
    pub notes: Vec<(PathBuf, language::Note)>,
}

impl Imports {
    /// The report: for each input in order, per article what was written (for a WordPress
    /// export, one line per post, written or skipped, in the order of the file) followed by
    /// its report lines. `dry_run`: nothing was written.
    pub fn report(&self, dry_run: bool) -> String {
        let position = |input: &PathBuf| self.inputs.iter().position(|i| i == input);
        let mut parts: Vec<(Option<usize>, usize, String)> = Vec::new();
        // First, so that they stay ahead of an article at the same line.
        for (input, note) in &self.notes {
            let text = format!(
                "{}:{}: {}: {}\n",
                path_from_here(input),
                note.line,
                note.category,
                note.message
            );
            parts.push((position(input), note.line, text));
        }
        for file in &self.files {
            let input = path_from_here(&file.input);
            let mut text = match (&file.item, dry_run) {
                (Some(item), _) => format!(
                    "{input}:{}: {}: {} {}\n",
                    item.line,
                    item.label,
                    if dry_run { "would write" } else { "wrote" },
                    path_from_here(&file.output)
                ),
                (None, false) => format!("{input}: wrote {}\n", path_from_here(&file.output)),
                (None, true) => String::new(),
            };
            text.push_str(&file.article.report.render(&input));
            let line = file.item.as_ref().map_or(0, |i| i.line);
            parts.push((position(&file.input), line, text));
        }
        for skipped in &self.skipped {
            let text = format!(
                "{}:{}: {}: {}\n",
                path_from_here(&skipped.input),
                skipped.item.line,
                skipped.item.label,
                skipped.why
            );
            parts.push((position(&skipped.input), skipped.item.line, text));
        }
        // Stable: articles of one text file stay in the order they were made.
        parts.sort_by_key(|(input, line, _)| (*input, *line));
        parts.into_iter().map(|(_, _, text)| text).collect()
    }
}

/// Imports every file, writing `<out>/<section>/<key>.<lang>.md`. Nothing is written for any
/// file if one of them would overwrite an existing article without `--force`, or two of them
/// would become the same article.
pub fn run(options: &ImportOptions, today: Date) -> Result<Imports, ImportError> {
    if options.title.is_some() && options.files.len() > 1 {
        return Err(ImportError::TitleForMany);
    }
    if !is_folder_name(&options.section) {
        return Err(ImportError::BadSection(options.section.clone()));
    }
    let languages = SiteLanguages::load(&options.root)?;
    let mut markers_by_lang: HashMap<String, Markers> = HashMap::new();
    let text_options = TextOptions {
        date: options.date.unwrap_or(today),
        date_given: options.date.is_some(),
        title: options.title.clone(),
    };
    let mut site = SiteContext::load(&options.root);
    let mut done = Vec::new();
    let mut titles_in_doubt = Vec::new();
    let mut skipped = Vec::new();
    let mut notes = Vec::new();
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
        // Whether it is a web page is known from its name or its first (ASCII) characters,
        // before it is decoded: only a web page's `<meta charset>` is read.
        let head = String::from_utf8_lossy(&bytes[..bytes.len().min(64)]).into_owned();
        let page = is_html(input, &head);
        let (text, decoded) = decode(bytes, page);
        let export = !page && is_export(input, &text);
        let clues = if page {
            page_language(&text)
        } else if export {
            export_language(&text)
        } else {
            Clues {
                declared: None,
                text: text.clone(),
            }
        };
        let chosen = language::choose(options.lang.as_deref(), &clues, &languages);
        let lang = chosen.lang;
        // A run may mix languages: each input gets its own language's markers.
        let markers = match markers_by_lang.entry(lang.clone()) {
            Entry::Occupied(known) => known.into_mut(),
            Entry::Vacant(new) => {
                new.insert(Markers::load(&options.root, &lang).map_err(ImportError::Markers)?)
            }
        };
        let articles = if page {
            vec![(import_page(input, &text, &text_options, markers)?, None)]
        } else if export {
            if options.title.is_some() {
                return Err(ImportError::TitleForExport(input.clone()));
            }
            let (articles, left_out) =
                import_export(input, &text, &text_options, options, markers)?;
            skipped.extend(left_out);
            articles
        } else {
            vec![(import_text(&text, &text_options, markers), None)]
        };
        // An export's language is said once, above its posts; a page's or text's in its
        // article's report.
        let mut language_notes = chosen.notes;
        if export {
            notes.extend(language_notes.drain(..).map(|note| (input.clone(), note)));
        }
        for (mut article, item) in articles {
            for note in &language_notes {
                article
                    .report
                    .note(note.line, note.category, note.message.clone());
            }
            match decoded {
                Decoded::Utf8 => {}
                Decoded::NotUtf8 { line } => article.report.review(
                    line,
                    "the file is not UTF-8 (from this line on): read as Windows-1252; check \
                     accented letters",
                ),
                Decoded::Declared { line, charset } => article.report.recognised(
                    line,
                    format!("read as {charset}, the charset the page declares"),
                ),
                Decoded::DeclaredNotRead { line, charset } => article.report.review(
                    line,
                    format!(
                        "the page declares charset {charset}, but it is UTF-8 (saved again as \
                         UTF-8?): read as UTF-8; check accented letters"
                    ),
                ),
            }
            if let Some(why) = &article.title_doubt
                && !options.dry_run
            {
                titles_in_doubt.push((input.clone(), why.clone()));
            }
            let output = output_of(options, input, &article, &lang, &mut outputs)?;
            let to = Destination {
                path: &output,
                section: &options.section,
                lang: &lang,
            };
            site.join(&mut article, to);
            done.push(ImportedFile {
                input: input.clone(),
                output,
                lang: lang.clone(),
                article,
                item,
            });
        }
    }
    if !titles_in_doubt.is_empty() {
        let imports = Imports {
            inputs: options.files.clone(),
            files: done,
            skipped,
            notes,
        };
        return Err(ImportError::TitlesInDoubt {
            files: titles_in_doubt,
            report: imports.report(true),
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
    Ok(Imports {
        inputs: options.files.clone(),
        files: done,
        skipped,
        notes,
    })
}

/// Where an article goes, `<out>/<section>/<key>.<lang>.md`; refused when it would replace an
/// existing file (without `--force`) or another article of this run goes there too.
fn output_of(
    options: &ImportOptions,
    input: &Path,
    article: &Imported,
    lang: &str,
    outputs: &mut HashMap<PathBuf, PathBuf>,
) -> Result<PathBuf, ImportError> {
    let output = options
        .out
        .join(&options.section)
        .join(format!("{}.{lang}.md", article.key));
    if let Some(first) = outputs.insert(output.clone(), input.to_path_buf()) {
        return Err(ImportError::SameOutput {
            first,
            second: input.to_path_buf(),
            output,
        });
    }
    // A trial run refuses what the real run would refuse.
    if output.exists() && !options.force {
        return Err(ImportError::Exists(output));
    }
    for kept in &article.files {
        let to = kept_path(&output, &article.key, &kept.name);
        if to.exists() && !options.force {
            return Err(ImportError::Exists(to));
        }
    }
    Ok(output)
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

/// True for a WordPress export: a file named `.xml`, or XML text whose start has an `<rss>`
/// root declaring WordPress's export namespace (`http://wordpress.org/export/1.2/`).
fn is_export(path: &Path, text: &str) -> bool {
    let by_name = path
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("xml"));
    let start: String = text
        .trim_start_matches('\u{feff}')
        .trim_start()
        .chars()
        .take(4096)
        .collect();
    by_name
        || ((start.starts_with("<?xml") || start.starts_with("<rss"))
            && start.contains("<rss")
            && start.contains("http://wordpress.org/export/"))
}

/// The articles of a WordPress export (with the post each was) and the posts left out.
type Export = (Vec<(Imported, Option<Item>)>, Vec<Skipped>);

#[cfg(feature = "import-html")]
fn import_export(
    path: &Path,
    text: &str,
    options: &TextOptions,
    import: &ImportOptions,
    markers: &Markers,
) -> Result<Export, ImportError> {
    use super::wordpress::{Outcome, WxrError, import_wxr};
    let outcomes = import_wxr(text, options, import.include, &import.section, markers).map_err(
        |e| match e {
            WxrError::Xml {
                line,
                column,
                message,
            } => ImportError::BadXml {
                path: path.to_path_buf(),
                line,
                column,
                message,
            },
            WxrError::NotWordPress(root) => ImportError::NotWordPress {
                path: path.to_path_buf(),
                root,
            },
        },
    )?;
    let mut articles = Vec::new();
    let mut skipped = Vec::new();
    for outcome in outcomes {
        match outcome {
            Outcome::Article { item, article } => articles.push((article, Some(item))),
            Outcome::Skipped { item, why } => skipped.push(Skipped {
                input: path.to_path_buf(),
                item,
                why,
            }),
        }
    }
    Ok((articles, skipped))
}

#[cfg(not(feature = "import-html"))]
fn import_export(
    path: &Path,
    _text: &str,
    _options: &TextOptions,
    _import: &ImportOptions,
    _markers: &Markers,
) -> Result<Export, ImportError> {
    Err(ImportError::NoWordPress(path.to_path_buf()))
}

/// What a web page tells about its language.
#[cfg(feature = "import-html")]
fn page_language(text: &str) -> Clues {
    super::html::language_clues(text)
}

/// Without `import-html` a web page is refused (see [`import_page`]): its language is moot.
#[cfg(not(feature = "import-html"))]
fn page_language(_text: &str) -> Clues {
    Clues::default()
}

/// What a WordPress export tells about its language.
#[cfg(feature = "import-html")]
fn export_language(text: &str) -> Clues {
    super::wordpress::language_clues(text)
}

/// Without `import-html` an export is refused (see [`import_export`]): its language is moot.
#[cfg(not(feature = "import-html"))]
fn export_language(_text: &str) -> Clues {
    Clues::default()
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

/// How a file's bytes were read, for the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Decoded {
    /// As UTF-8.
    Utf8,
    /// As Windows-1252, as they were not UTF-8 from `line` on.
    NotUtf8 {
        /// The line of the first byte that was not UTF-8.
        line: usize,
    },
    /// In the charset the web page declares, which is not UTF-8.
    Declared {
        /// The line of the declaration.
        line: usize,
        /// The encoding's name.
        charset: &'static str,
    },
    /// As UTF-8, though the web page declares another charset.
    DeclaredNotRead {
        /// The line of the declaration.
        line: usize,
        /// The declared encoding's name.
        charset: &'static str,
    },
}

/// The text of a file: UTF-8, or else Windows-1252, the usual encoding of older Dutch web text.
/// A web page (`page`) that declares another charset in a `<meta>` is read in that one, as a
/// browser reads it; but bytes that are UTF-8 with letters beyond ASCII are read as UTF-8,
/// since legacy text is practically never valid UTF-8 by chance, and a page saved again by a
/// browser or an editor as UTF-8 often keeps its old declaration.
fn decode(bytes: Vec<u8>, page: bool) -> (String, Decoded) {
    let declared = page
        .then(|| super::charset::declared(&bytes))
        .flatten()
        .filter(|d| d.encoding != encoding_rs::UTF_8);
    let line_at = |bytes: &[u8], at: usize| bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
    match (String::from_utf8(bytes), declared) {
        // A byte order mark says UTF-8 louder than any `<meta>`.
        (Ok(text), Some(d)) if !text.is_ascii() && !text.starts_with('\u{feff}') => {
            let line = line_at(text.as_bytes(), d.at);
            let charset = d.encoding.name();
            (text, Decoded::DeclaredNotRead { line, charset })
        }
        (Ok(text), _) => (text, Decoded::Utf8),
        (Err(e), Some(d)) => {
            let bytes = e.into_bytes();
            let line = line_at(&bytes, d.at);
            let (text, _) = d.encoding.decode_without_bom_handling(&bytes);
            let charset = d.encoding.name();
            (text.into_owned(), Decoded::Declared { line, charset })
        }
        (Err(e), None) => {
            let valid = e.utf8_error().valid_up_to();
            let bytes = e.into_bytes();
            let line = line_at(&bytes, valid);
            let (text, _, _) = encoding_rs::WINDOWS_1252.decode(&bytes);
            (text.into_owned(), Decoded::NotUtf8 { line })
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
        let (text, decoded) = decode(b"Titel\nCaf\xe9 au lait\n".to_vec(), false);
        assert_eq!(text, "Titel\nCafé au lait\n");
        assert_eq!(decoded, Decoded::NotUtf8 { line: 2 });
        assert_eq!(
            decode(b"ok".to_vec(), false),
            ("ok".to_string(), Decoded::Utf8)
        );
    }

    #[test]
    fn web_pages_are_read_in_the_charset_they_declare() {
        // ISO-8859-1 is read as windows-1252 by browsers (and encoding_rs): "\x80" is "€".
        let page = b"<html><head>\n<meta http-equiv=\"Content-Type\" \
            content=\"text/html; charset=iso-8859-1\">\n<p>Caf\xe9 \x80 5</p>";
        let (text, decoded) = decode(page.to_vec(), true);
        assert!(text.ends_with("<p>Café € 5</p>"), "{text}");
        assert_eq!(
            decoded,
            Decoded::Declared {
                line: 2,
                charset: "windows-1252"
            }
        );
        // Not what the fallback would have read: in windows-1250 "\xe8" is "č", not "è".
        let page = b"<meta charset=windows-1250><p>\x9aljivo \xe8</p>";
        let (text, decoded) = decode(page.to_vec(), true);
        assert!(text.ends_with("<p>šljivo č</p>"), "{text}");
        assert!(matches!(
            decoded,
            Decoded::Declared {
                charset: "windows-1250",
                ..
            }
        ));
        // Not a web page: no declaration is looked for.
        let (_, decoded) = decode(page.to_vec(), false);
        assert_eq!(decoded, Decoded::NotUtf8 { line: 1 });
    }

    #[test]
    fn without_a_declaration_or_with_utf_8_the_fallback_stays() {
        let (text, decoded) = decode(b"<html>\n<p>Caf\xe9</p>".to_vec(), true);
        assert_eq!(text, "<html>\n<p>Café</p>");
        assert_eq!(decoded, Decoded::NotUtf8 { line: 2 });
        let page = b"<meta charset=utf-8>\n\n<p>Caf\xe9</p>";
        let (text, decoded) = decode(page.to_vec(), true);
        assert!(text.ends_with("Café</p>"), "{text}");
        assert_eq!(decoded, Decoded::NotUtf8 { line: 3 });
        // A page that is UTF-8 but declares another charset is read as UTF-8, and reported.
        let page = "<meta charset=windows-1252>\n<p>Café</p>";
        let (text, decoded) = decode(page.as_bytes().to_vec(), true);
        assert_eq!(text, page);
        assert_eq!(
            decoded,
            Decoded::DeclaredNotRead {
                line: 1,
                charset: "windows-1252"
            }
        );
        let page = "\u{feff}<meta charset=windows-1252>\n<p>Café</p>";
        let (text, decoded) = decode(page.as_bytes().to_vec(), true);
        assert_eq!((text.as_str(), decoded), (page, Decoded::Utf8));
        // Only ASCII: the same text in either charset, nothing to report.
        let (_, decoded) = decode(b"<meta charset=windows-1252><p>Cafe</p>".to_vec(), true);
        assert_eq!(decoded, Decoded::Utf8);
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
