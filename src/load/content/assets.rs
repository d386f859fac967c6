//! The files pages may show that are not pages: the site's and the theme's `static/` files, and
//! each article's own folder (`content/<section>/<key>/`, next to `<key>.<lang>.md`), whose files
//! are published next to every language version of the article.
//!
//! Only the list is made here (which files exist, where); the write stage copies them, and the
//! parse stage resolves the images an article shows against it.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::CONTENT_DIR;
use crate::diagnostics::{Diagnostic, Position, display_path};

/// The file an article's page is written to, in the folder its folder's files are copied to.
const PAGE_FILE: &str = "index.html";

/// Each article folder's files: (section, key) → name in the folder (`/`-separated) → file.
pub type Bundles = BTreeMap<(String, String), BTreeMap<String, PathBuf>>;

/// The files an article or the site can show, by the path they are published under.
#[derive(Debug, Clone, Default)]
pub struct Assets {
    /// Output path (`afbeeldingen/x.png`, `/`-separated) → file, from the theme's and the
    /// site's `static/` (the site's winning on equal paths).
    pub static_files: BTreeMap<String, PathBuf>,
    /// The files of each article's folder.
    pub bundles: Bundles,
}

impl Assets {
    /// The file published as `path` under the site root, from `static/`.
    pub fn static_file(&self, path: &str) -> Option<&Path> {
        self.static_files.get(path).map(PathBuf::as_path)
    }

    /// The file `name` in the folder of the article `section/key`.
    pub fn bundle_file(&self, section: &str, key: &str, name: &str) -> Option<&Path> {
        self.bundles
            .get(&(section.to_string(), key.to_string()))
            .and_then(|files| files.get(name))
            .map(PathBuf::as_path)
    }
}

/// The files in the folders of the articles `keys` (section, key): `content/<section>/<key>/`,
/// hidden files and Markdown files left out (a Markdown file there is reported by
/// [`super::files::find`] as misplaced). Folders that cannot be read are reported.
pub fn find_bundles<'a>(
    root: &Path,
    keys: impl Iterator<Item = (&'a str, &'a str)>,
) -> (Bundles, Vec<Diagnostic>) {
    let mut bundles = BTreeMap::new();
    let mut problems = Vec::new();
    for (section, key) in keys {
        if bundles.contains_key(&(section.to_string(), key.to_string())) {
            continue;
        }
        let dir = root.join(CONTENT_DIR).join(section).join(key);
        if !dir.is_dir() {
            continue;
        }
        let mut files = BTreeMap::new();
        for entry in super::files::walk_visible(&dir) {
            match entry {
                Ok(entry) if entry.file_type().is_file() => {
                    let is_markdown = entry
                        .path()
                        .extension()
                        .is_some_and(|ext| ext.eq_ignore_ascii_case("md"));
                    if is_markdown {
                        continue;
                    }
                    let relative = entry.path().strip_prefix(&dir).unwrap_or(entry.path());
                    let name = relative
                        .components()
                        .map(|c| c.as_os_str().to_string_lossy())
                        .collect::<Vec<_>>()
                        .join("/");
                    if name == PAGE_FILE {
                        problems.push(Diagnostic::error_at(
                            &display_path(root, entry.path()),
                            Position::START,
                            "content",
                            format!(
                                "a file named {PAGE_FILE} in the article's folder would replace \
                                 the article's page: rename it"
                            ),
                        ));
                        continue;
                    }
                    files.insert(name, entry.into_path());
                }
                Ok(_) => {}
                Err(e) => {
                    let path = e.path().map(|p| display_path(root, p)).unwrap_or_default();
                    problems.push(Diagnostic::error_at(
                        &path,
                        Position::START,
                        "content",
                        format!("cannot read this part of the article's folder: {e}"),
                    ));
                }
            }
        }
        bundles.insert((section.to_string(), key.to_string()), files);
    }
    (bundles, problems)
}
