//! Finding the content files and working out, from where each one lies, what it is.

use std::path::{Path, PathBuf};

use walkdir::WalkDir;

use super::CONTENT_DIR;
use crate::diagnostics::{Diagnostic, Position, display_path};
use crate::load::config::Config;

/// The file name stem of section and home page files.
pub const INDEX_KEY: &str = "_index";

/// Names a content file whether or not it could be loaded: its section folder (empty for the
/// home page), its key ([`INDEX_KEY`] for section and home files) and its language.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FileKey {
    /// Section folder, or empty for `content/_index.<lang>.md`.
    pub section: String,
    /// Article key, or `_index`.
    pub key: String,
    /// Language code.
    pub lang: String,
}

impl FileKey {
    /// The file's path under the site root, as diagnostics show it.
    pub fn display_path(&self) -> String {
        if self.section.is_empty() {
            format!("{CONTENT_DIR}/{}.{}.md", self.key, self.lang)
        } else {
            format!(
                "{CONTENT_DIR}/{}/{}.{}.md",
                self.section, self.key, self.lang
            )
        }
    }
}

/// What a file's place says it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Role {
    /// `content/<section>/<key>.<lang>.md`
    Article,
    /// `content/<section>/_index.<lang>.md`
    Section,
    /// `content/_index.<lang>.md`
    Home,
}

/// A Markdown file of the content folder, classified.
#[derive(Debug, Clone)]
pub struct ContentFile {
    /// Where it is on disk.
    pub path: PathBuf,
    /// Its path relative to the site root, for diagnostics.
    pub display_path: String,
    /// What it is.
    pub role: Role,
    /// Section, key and language.
    pub key: FileKey,
}

/// Everything under `dir` in name order, links followed, leaving out hidden files and folders
/// (an editor's `.DS_Store`, a `.git`): how content folders are read.
pub fn walk_visible(dir: &Path) -> impl Iterator<Item = walkdir::Result<walkdir::DirEntry>> {
    WalkDir::new(dir)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|entry| {
            entry.depth() == 0 || !entry.file_name().as_encoded_bytes().starts_with(b".")
        })
}

/// Every Markdown file under `root/content`, sorted by path, plus a diagnostic for each one that
/// lies in the wrong place or has an unusable name. Hidden files and folders (editor swap files,
/// `.git`) are skipped; symbolic links are followed.
pub fn find(root: &Path, config: &Config) -> (Vec<ContentFile>, Vec<Diagnostic>) {
    let content_dir = root.join(CONTENT_DIR);
    if !content_dir.is_dir() {
        let missing = Diagnostic::error_at(
            CONTENT_DIR,
            Position::START,
            "content",
            "there is no content/ folder: articles live in content/<section>/<key>.<lang>.md"
                .to_string(),
        );
        return (Vec::new(), vec![missing]);
    }
    let mut files = Vec::new();
    let mut problems = Vec::new();
    for entry in walk_visible(&content_dir) {
        let entry = match entry {
            Ok(entry) => entry,
            Err(e) => {
                let path = e.path().map(|p| display_path(root, p)).unwrap_or_default();
                problems.push(Diagnostic::error_at(
                    &path,
                    Position::START,
                    "content",
                    format!("cannot read this part of the content folder: {e}"),
                ));
                continue;
            }
        };
        let is_markdown = entry
            .path()
            .extension()
            .is_some_and(|ext| ext.eq_ignore_ascii_case("md"));
        if !is_markdown || entry.file_type().is_dir() {
            continue;
        }
        let shown = display_path(root, entry.path());
        // Links are followed, so a link to a file is that file here. A Markdown name on
        // anything else (a named pipe, a device) is reported: reading it could wait forever.
        if !entry.file_type().is_file() {
            problems.push(Diagnostic::error_at(
                &shown,
                Position::START,
                "content",
                "cannot read the file: it is not a regular file (a folder, a named pipe or a \
                 device)"
                    .to_string(),
            ));
            continue;
        }
        let relative = entry
            .path()
            .strip_prefix(&content_dir)
            .unwrap_or(entry.path());
        match classify(relative, config) {
            Ok((role, key)) => files.push(ContentFile {
                path: entry.into_path(),
                display_path: shown,
                role,
                key,
            }),
            Err(message) => problems.push(Diagnostic::error_at(
                &shown,
                Position::START,
                "content",
                message,
            )),
        }
    }
    (files, problems)
}

/// Works out what a file is from its path under `content/`: `_index.<lang>.md` at the top is a
/// home page introduction, `<section>/_index.<lang>.md` a section, `<section>/<key>.<lang>.md`
/// an article.
fn classify(relative: &Path, config: &Config) -> Result<(Role, FileKey), String> {
    let mut parts = Vec::new();
    for component in relative.components() {
        let name = component.as_os_str().to_str().ok_or_else(|| {
            "the file or folder name is not valid UTF-8: rename it with plain letters".to_string()
        })?;
        parts.push(name);
    }
    let languages = || config.language_codes().collect::<Vec<_>>().join(", ");
    let stem = relative
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default();
    let Some((key, lang)) = stem.rsplit_once('.') else {
        return Err(format!(
            "the file name needs a language before .md, e.g. {stem}.{}.md (languages: {})",
            config.default_language,
            languages()
        ));
    };
    if config.language(lang).is_none() {
        return Err(format!(
            "language {lang:?} in the file name is not in site.toml [languages] ({})",
            languages()
        ));
    }
    if key.is_empty() {
        return Err("the file name has no key before the language".to_string());
    }
    if key.contains('.') {
        return Err(format!(
            "the key {key:?} contains a dot, which links cannot tell from a language: \
             use hyphens, e.g. {}.{lang}.md",
            key.replace('.', "-")
        ));
    }
    let file_key = |section: &str| FileKey {
        section: section.to_string(),
        key: key.to_string(),
        lang: lang.to_string(),
    };
    match parts.as_slice() {
        [_] if key == INDEX_KEY => Ok((Role::Home, file_key(""))),
        [file] => Err(format!(
            "articles belong in a section folder: content/<section>/{file}"
        )),
        [section, _] if key == INDEX_KEY => Ok((Role::Section, file_key(section))),
        [section, _] => Ok((Role::Article, file_key(section))),
        [section, .., file] => Err(format!(
            "sections cannot be nested, and an article's own folder holds only its images and \
             other files: move this file to content/{section}/{file}"
        )),
        [] => Err("not a file".to_string()),
    }
}
