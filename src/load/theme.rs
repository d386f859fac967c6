//! The theme: Tera templates and static files, with site-level overrides.
//!
//! Templates come from `themes/<theme>/templates/`; a file of the same name in the site's own
//! `templates/` folder replaces the theme's. Static files come from `themes/<theme>/static/` and
//! the site's `static/`, the site's winning on equal paths.
//!
//! A `static/` folder is published as it is, hidden files and folders included (`.htaccess`,
//! `.well-known/security.txt`), as Zola copies its static folder (filtering nothing); only
//! version-control folders (`.git`, `.hg`, `.svn`) are left out, since they would publish the
//! repository's history. OS litter (`.DS_Store`, `Thumbs.db`) is copied as the folder holds it.
//! Hidden files among the templates (editors' swap files) are skipped.

use std::collections::{BTreeMap, HashMap};
use std::ffi::OsStr;
use std::path::{Path, PathBuf};

use walkdir::WalkDir;

use crate::diagnostics::{Diagnostic, Position, display_path};
use crate::load::config::Config;

/// Templates every theme must have.
pub const REQUIRED_TEMPLATES: [&str; 13] = [
    "base.html",
    "home.html",
    "section.html",
    "article.html",
    "tags.html",
    "tag.html",
    "404.html",
    "root.html",
    "comparisons.html",
    "comparison.html",
    "faq.html",
    "sources.html",
    "search.html",
];

/// Folders of version-control systems: never published from a `static/` folder.
const VERSION_CONTROL_FOLDERS: [&str; 3] = [".git", ".hg", ".svn"];

/// Which entries of a folder are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Hidden {
    /// Hidden files and folders are skipped (templates: editors' swap files are no templates).
    Skipped,
    /// Hidden files and folders are read, but version-control folders are not (`static/`).
    Published,
}

/// Whether an entry named `name` below a `static/` folder is published: everything but a
/// version-control folder (or file: a Git worktree's `.git` is a file).
pub fn is_published_static(name: &OsStr) -> bool {
    !VERSION_CONTROL_FOLDERS
        .iter()
        .any(|folder| name == OsStr::new(folder))
}

/// A file from a `static/` folder.
#[derive(Debug, Clone)]
pub struct StaticFile {
    /// Where it is read from.
    pub source: PathBuf,
    /// Short content hash, for cache-busting URLs.
    pub hash: String,
}

/// The template sources and static files of the theme plus site overrides.
#[derive(Debug, Default)]
pub struct ThemeFiles {
    /// Template name (path under `templates/`, `/`-separated) → (display path, text).
    pub templates: BTreeMap<String, (String, String)>,
    /// Output path (`/`-separated) → file.
    pub static_files: BTreeMap<String, StaticFile>,
}

impl ThemeFiles {
    /// Reads the theme's and the site's templates and static files.
    pub fn load(root: &Path, config: &Config) -> Result<ThemeFiles, Vec<Diagnostic>> {
        let theme_dir = root.join("themes").join(&config.theme);
        let mut problems = Vec::new();
        let mut files = ThemeFiles::default();

        for dir in [theme_dir.join("templates"), root.join("templates")] {
            for (name, path) in files_under(&dir, Hidden::Skipped, &mut problems) {
                let display = display_path(root, &path);
                match crate::load::text_file::read_regular_text(&path) {
                    Ok(text) => {
                        files.templates.insert(name, (display, text));
                    }
                    Err(e) => problems.push(Diagnostic::error_at(
                        &display,
                        Position::START,
                        "template",
                        format!("cannot read the template: {e}"),
                    )),
                }
            }
        }
        for required in REQUIRED_TEMPLATES {
            if !files.templates.contains_key(required) {
                problems.push(Diagnostic::error_at(
                    &format!("themes/{}/templates/{required}", config.theme),
                    Position::START,
                    "template",
                    format!("the theme has no {required}, which kennis needs"),
                ));
            }
        }

        for dir in [theme_dir.join("static"), root.join("static")] {
            for (name, path) in files_under(&dir, Hidden::Published, &mut problems) {
                match crate::load::text_file::read_regular_file(&path) {
                    Ok(bytes) => {
                        let hash = blake3::hash(&bytes).to_hex()[..10].to_string();
                        files
                            .static_files
                            .insert(name, StaticFile { source: path, hash });
                    }
                    Err(e) => problems.push(Diagnostic::error_at(
                        &display_path(root, &path),
                        Position::START,
                        "static",
                        format!("cannot read the static file: {e}"),
                    )),
                }
            }
        }

        if problems.is_empty() {
            Ok(files)
        } else {
            Err(problems)
        }
    }

    /// Cache-busting hashes of the static files, by output path.
    pub fn static_hashes(&self) -> HashMap<String, String> {
        self.static_files
            .iter()
            .map(|(name, file)| (name.clone(), file.hash.clone()))
            .collect()
    }
}

/// Files below `dir` (absent folders have none), as (`/`-separated relative name, path),
/// with or without hidden ones.
fn files_under(
    dir: &Path,
    hidden: Hidden,
    problems: &mut Vec<Diagnostic>,
) -> Vec<(String, PathBuf)> {
    if !dir.is_dir() {
        return Vec::new();
    }
    let mut found = Vec::new();
    let walker = WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| {
            let name = e.file_name();
            e.depth() == 0
                || match hidden {
                    Hidden::Skipped => !name.as_encoded_bytes().starts_with(b"."),
                    Hidden::Published => is_published_static(name),
                }
        });
    for entry in walker {
        match entry {
            Ok(entry) if entry.file_type().is_file() => {
                let relative = entry.path().strip_prefix(dir).unwrap_or(entry.path());
                let name = relative
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy())
                    .collect::<Vec<_>>()
                    .join("/");
                found.push((name, entry.into_path()));
            }
            Ok(_) => {}
            Err(e) => problems.push(Diagnostic::error_at(
                &dir.to_string_lossy(),
                Position::START,
                "static",
                format!("cannot read the folder: {e}"),
            )),
        }
    }
    found
}
