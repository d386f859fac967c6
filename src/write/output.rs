//! Writing the built site. Everything goes to a staging folder beside the output folder; only
//! when the whole build has succeeded does it replace the output folder, so a failed build
//! leaves the previous site exactly as it was.

use std::collections::{BTreeMap, HashSet};
use std::io;
use std::path::{Component, Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError};

/// Why the output could not be written.
#[derive(Debug, thiserror::Error)]
pub enum OutputError {
    /// The output folder is a place kennis must not replace.
    #[error("refusing to write the site to {}: {reason}", path.display())]
    Refused {
        /// The requested output folder.
        path: PathBuf,
        /// Why.
        reason: String,
    },
    /// Another build is writing to the same output folder.
    #[error(
        "another kennis build is writing the site to {} right now: run this one when it has \
         finished (two at once would publish a mix of both)",
        path.display()
    )]
    Busy {
        /// The output folder.
        path: PathBuf,
    },
    /// A file system operation failed.
    #[error("cannot write {}: {source}", path.display())]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// What the OS said.
        source: io::Error,
    },
}

fn io_error(path: &Path) -> impl FnOnce(io::Error) -> OutputError + '_ {
    move |source| OutputError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// Where a build puts the site's files: a [`Staging`] folder on disk, or [`MemoryOutput`] for the
/// preview server. Paths are relative and `/`-separated.
pub trait SiteOutput: Sync {
    /// Writes a file.
    fn write(&self, relative: &str, contents: &[u8]) -> Result<(), OutputError>;
    /// Copies the file `from` into the site.
    fn copy(&self, relative: &str, from: &Path) -> Result<(), OutputError>;
    /// The paths of every file written so far.
    fn written(&self) -> HashSet<String>;
    /// Whether the files' contents are kept. An output that only names its files (`kennis
    /// check`) gets no work done that only makes contents: no images are resized for it.
    fn keeps_contents(&self) -> bool {
        true
    }
}

/// A site kept in memory (for `kennis serve`): file path → contents.
#[derive(Debug, Default)]
pub struct MemoryOutput {
    files: Mutex<BTreeMap<String, Arc<[u8]>>>,
}

impl MemoryOutput {
    /// The files written so far.
    pub fn into_files(self) -> BTreeMap<String, Arc<[u8]>> {
        self.files
            .into_inner()
            .unwrap_or_else(PoisonError::into_inner)
    }
}

impl SiteOutput for MemoryOutput {
    fn write(&self, relative: &str, contents: &[u8]) -> Result<(), OutputError> {
        self.files
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .insert(relative.to_string(), Arc::from(contents));
        Ok(())
    }

    fn copy(&self, relative: &str, from: &Path) -> Result<(), OutputError> {
        let contents = std::fs::read(from).map_err(|source| OutputError::Io {
            path: from.to_path_buf(),
            source,
        })?;
        self.write(relative, &contents)
    }

    fn written(&self) -> HashSet<String> {
        self.files
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .keys()
            .cloned()
            .collect()
    }
}

/// A site whose files are only named, not kept: `kennis check` renders every page as a build
/// would, for the checks that need the finished pages, and keeps nothing but their names.
#[derive(Debug, Default)]
pub struct DiscardOutput {
    names: Mutex<HashSet<String>>,
}

impl SiteOutput for DiscardOutput {
    fn write(&self, relative: &str, _contents: &[u8]) -> Result<(), OutputError> {
        self.names
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .insert(relative.to_string());
        Ok(())
    }

    fn copy(&self, relative: &str, _from: &Path) -> Result<(), OutputError> {
        self.write(relative, &[])
    }

    fn keeps_contents(&self) -> bool {
        false
    }

    fn written(&self) -> HashSet<String> {
        self.names
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }
}

impl SiteOutput for Staging {
    fn write(&self, relative: &str, contents: &[u8]) -> Result<(), OutputError> {
        Staging::write(self, relative, contents)
    }

    fn copy(&self, relative: &str, from: &Path) -> Result<(), OutputError> {
        Staging::copy(self, relative, from)
    }

    fn written(&self) -> HashSet<String> {
        Staging::written(self)
    }
}

/// A folder being filled with a new build of the site.
#[derive(Debug)]
pub struct Staging {
    target: PathBuf,
    dir: PathBuf,
    /// Where the previous output is moved during the swap.
    old: PathBuf,
    /// Every file written so far, for the link check (pages are written in parallel).
    written: Mutex<HashSet<String>>,
    committed: bool,
    /// Held from before the staging folder is made until the build ends, so that a second
    /// build into the same folder cannot clear this one's staging folder or swap in its own
    /// half-way (the operating system lets go of it if the process dies).
    _lock: std::fs::File,
}

/// Folders of a site that an output folder must never be, nor contain.
const SOURCE_FOLDERS: [&str; 6] = ["content", "themes", "i18n", "templates", "static", "src"];

/// A committed build.
#[derive(Debug)]
pub struct Committed {
    /// The output folder.
    pub path: PathBuf,
    /// The previous output, moved aside, that could not be deleted (the new site is in place).
    pub leftover: Option<(PathBuf, io::Error)>,
}

impl Staging {
    /// Creates an empty staging folder for a build that will end up in `target`.
    ///
    /// Refuses targets whose replacement would destroy the site itself (the site root, a folder
    /// that contains it, one of its source folders), and an existing folder with files in it
    /// unless `replace_existing`: the default output folder is the site's own, but a folder
    /// given with `--output` may hold anything.
    pub fn create(
        target: &Path,
        site_root: &Path,
        replace_existing: bool,
    ) -> Result<Staging, OutputError> {
        let target = absolute(target);
        let root = absolute(site_root);
        let refuse = |reason: &str| OutputError::Refused {
            path: target.clone(),
            reason: reason.to_string(),
        };
        if root.starts_with(&target) {
            return Err(refuse("it is the site itself or contains it"));
        }
        if SOURCE_FOLDERS
            .iter()
            .any(|folder| target.starts_with(root.join(folder)))
        {
            return Err(refuse("it is inside one of the site's source folders"));
        }
        if target.exists() && !target.is_dir() {
            return Err(refuse("it exists and is not a folder"));
        }
        let has_files =
            std::fs::read_dir(&target).is_ok_and(|mut entries| entries.next().is_some());
        if has_files && !replace_existing {
            return Err(refuse(
                "it already exists and has files in it; pass --force to replace it \
                 (everything in it is deleted)",
            ));
        }
        let parent = target
            .parent()
            .ok_or_else(|| refuse("it has no parent folder"))?;
        let name = target
            .file_name()
            .ok_or_else(|| refuse("it has no folder name"))?
            .to_string_lossy()
            .into_owned();
        std::fs::create_dir_all(parent).map_err(io_error(parent))?;
        let lock_path = parent.join(format!(".{name}.kennis-lock"));
        let lock = std::fs::File::create(&lock_path).map_err(io_error(&lock_path))?;
        match lock.try_lock() {
            Ok(()) => {}
            Err(std::fs::TryLockError::WouldBlock) => {
                return Err(OutputError::Busy { path: target });
            }
            Err(std::fs::TryLockError::Error(source)) => {
                return Err(OutputError::Io {
                    path: lock_path,
                    source,
                });
            }
        }

        // Fixed names, so what a killed build left behind is cleared by the next one (the
        // lock above says no build is still using them).
        let dir = parent.join(format!(".{name}.kennis-staging"));
        let old = parent.join(format!(".{name}.kennis-old"));
        for leftover in [&dir, &old] {
            if leftover.exists() {
                std::fs::remove_dir_all(leftover).map_err(io_error(leftover))?;
            }
        }
        std::fs::create_dir(&dir).map_err(io_error(&dir))?;
        Ok(Staging {
            target,
            dir,
            old,
            written: Mutex::default(),
            committed: false,
            _lock: lock,
        })
    }

    /// Writes a file at `relative` (a `/`-separated path) in the staging folder.
    pub fn write(&self, relative: &str, contents: &[u8]) -> Result<(), OutputError> {
        let path = self.file_path(relative)?;
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(io_error(parent))?;
        }
        std::fs::write(&path, contents).map_err(io_error(&path))?;
        self.record(relative);
        Ok(())
    }

    /// Copies the file `from` to `relative` in the staging folder.
    pub fn copy(&self, relative: &str, from: &Path) -> Result<(), OutputError> {
        let path = self.file_path(relative)?;
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(io_error(parent))?;
        }
        std::fs::copy(from, &path).map_err(io_error(&path))?;
        self.record(relative);
        Ok(())
    }

    /// The `/`-separated paths of every file written so far.
    pub fn written(&self) -> HashSet<String> {
        self.written
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    fn record(&self, relative: &str) {
        self.written
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .insert(relative.to_string());
    }

    /// Replaces the output folder with the staging folder.
    pub fn commit(mut self) -> Result<Committed, OutputError> {
        let mut leftover = None;
        if self.target.exists() {
            std::fs::rename(&self.target, &self.old).map_err(io_error(&self.target))?;
            if let Err(source) = std::fs::rename(&self.dir, &self.target) {
                // Put the previous site back before reporting.
                let _ = std::fs::rename(&self.old, &self.target);
                return Err(OutputError::Io {
                    path: self.target.clone(),
                    source,
                });
            }
            if let Err(e) = std::fs::remove_dir_all(&self.old) {
                leftover = Some((self.old.clone(), e));
            }
        } else {
            std::fs::rename(&self.dir, &self.target).map_err(io_error(&self.target))?;
        }
        self.committed = true;
        Ok(Committed {
            path: self.target.clone(),
            leftover,
        })
    }

    /// Rejects paths that would leave the staging folder.
    fn file_path(&self, relative: &str) -> Result<PathBuf, OutputError> {
        let path = Path::new(relative);
        let inside = path.components().all(|c| matches!(c, Component::Normal(_)));
        if inside {
            Ok(self.dir.join(path))
        } else {
            Err(OutputError::Refused {
                path: path.to_path_buf(),
                reason: "the path leaves the output folder".to_string(),
            })
        }
    }
}

impl Drop for Staging {
    /// A build that did not commit leaves nothing behind.
    fn drop(&mut self) {
        if !self.committed {
            let _ = std::fs::remove_dir_all(&self.dir);
        }
    }
}

/// `path` made absolute and free of `.`/`..` (following symlinks where the path exists).
fn absolute(path: &Path) -> PathBuf {
    if let Ok(real) = path.canonicalize() {
        return real;
    }
    let joined = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir().unwrap_or_default().join(path)
    };
    // The folder may not exist yet: resolve its existing parent and lexically fold the rest.
    let mut result = PathBuf::new();
    for component in joined.components() {
        match component {
            Component::ParentDir => {
                result.pop();
            }
            Component::CurDir => {}
            other => {
                result.push(other);
                if let Ok(real) = result.canonicalize() {
                    result = real;
                }
            }
        }
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commit_replaces_and_drop_discards() -> crate::TestResult {
        let dir = tempfile::tempdir()?;
        let root = dir.path().join("site");
        let out = dir.path().join("public");
        std::fs::create_dir_all(&root)?;
        std::fs::create_dir_all(&out)?;
        std::fs::write(out.join("old.html"), "old")?;

        let staging = Staging::create(&out, &root, true)?;
        staging.write("nl/index.html", b"new")?;
        drop(staging);
        assert_eq!(std::fs::read_to_string(out.join("old.html"))?, "old");
        // site, public and the lock file (kept, as Hugo keeps its .hugo_build.lock).
        assert_eq!(std::fs::read_dir(dir.path())?.count(), 3, "no staging left");

        let staging = Staging::create(&out, &root, true)?;
        staging.write("nl/index.html", b"new")?;
        staging.copy("style.css", &out.join("old.html"))?;
        assert_eq!(
            staging.written(),
            HashSet::from(["nl/index.html".to_string(), "style.css".to_string()])
        );
        staging.commit()?;
        assert!(!out.join("old.html").exists());
        assert_eq!(std::fs::read_to_string(out.join("nl/index.html"))?, "new");
        assert_eq!(
            std::fs::read_dir(dir.path())?.count(),
            3,
            "no old copy left"
        );
        Ok(())
    }

    #[test]
    fn a_second_build_into_the_same_folder_is_refused_while_the_first_runs() -> crate::TestResult {
        let dir = tempfile::tempdir()?;
        let root = dir.path().join("site");
        let out = dir.path().join("public");
        std::fs::create_dir_all(&root)?;

        let first = Staging::create(&out, &root, true)?;
        first.write("nl/index.html", b"eerste")?;
        let second = Staging::create(&out, &root, true);
        assert!(
            matches!(second, Err(OutputError::Busy { .. })),
            "{second:?}"
        );
        // The refused build cleared nothing of the first one's.
        first.commit()?;
        assert_eq!(
            std::fs::read_to_string(out.join("nl/index.html"))?,
            "eerste"
        );

        // Once the first has ended, the next one may start.
        let third = Staging::create(&out, &root, true)?;
        third.write("nl/index.html", b"derde")?;
        third.commit()?;
        assert_eq!(std::fs::read_to_string(out.join("nl/index.html"))?, "derde");
        Ok(())
    }

    #[test]
    fn refuses_to_replace_the_site() -> crate::TestResult {
        let dir = tempfile::tempdir()?;
        let root = dir.path().join("site");
        std::fs::create_dir_all(root.join("content"))?;
        for bad in [
            root.clone(),
            dir.path().to_path_buf(),
            root.join("content/x"),
            root.join("public/../content"),
        ] {
            assert!(
                matches!(
                    Staging::create(&bad, &root, true),
                    Err(OutputError::Refused { .. })
                ),
                "{bad:?}"
            );
        }
        assert!(Staging::create(&root.join("public"), &root, true).is_ok());
        Ok(())
    }

    #[test]
    fn an_existing_folder_with_files_is_only_replaced_when_allowed() -> crate::TestResult {
        let dir = tempfile::tempdir()?;
        let (root, out) = (dir.path().join("site"), dir.path().join("elsewhere"));
        std::fs::create_dir_all(&out)?;
        // Empty: fine.
        drop(Staging::create(&out, &root, false)?);
        std::fs::write(out.join("thesis.txt"), "important")?;
        assert!(matches!(
            Staging::create(&out, &root, false),
            Err(OutputError::Refused { .. })
        ));
        assert!(out.join("thesis.txt").is_file());
        drop(Staging::create(&out, &root, true)?);
        Ok(())
    }

    #[test]
    fn leftovers_of_a_killed_build_are_cleared() -> crate::TestResult {
        let dir = tempfile::tempdir()?;
        let out = dir.path().join("public");
        std::fs::create_dir_all(dir.path().join(".public.kennis-staging/half"))?;
        let staging = Staging::create(&out, &dir.path().join("site"), true)?;
        staging.commit()?;
        let mut names: Vec<String> = std::fs::read_dir(dir.path())?
            .map(|e| e.map(|e| e.file_name().to_string_lossy().into_owned()))
            .collect::<Result<_, _>>()?;
        names.sort();
        assert_eq!(names, [".public.kennis-lock", "public"]);
        Ok(())
    }

    #[test]
    fn paths_cannot_escape() -> crate::TestResult {
        let dir = tempfile::tempdir()?;
        let staging = Staging::create(&dir.path().join("out"), &dir.path().join("site"), false)?;
        assert!(staging.write("../evil.html", b"x").is_err());
        assert!(staging.write("/etc/x", b"x").is_err());
        Ok(())
    }
}
