//! The copies of images made by earlier builds, so an unchanged image is not resized again:
//! `<site root>/.kennis-cache/images/`, one file per copy, named by a digest of everything the
//! copy is made from. Deleting the folder is always safe: the next build makes the copies again.

use std::io;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, PoisonError};

/// The cache's folder, under the site root.
pub const CACHE_FOLDER: &str = ".kennis-cache/images";

/// Raised whenever the way copies are made changes (resize filter, JPEG quality, PNG
/// compression, an encoder's version), so no copy made the old way is taken for a new one.
pub const COPY_SETTINGS_VERSION: u32 = 1;

/// What a copy is made from, besides its source: its width and its format's file extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CopyKey<'a> {
    /// The digest of the source image's bytes.
    pub source: &'a blake3::Hash,
    /// The copy's width in pixels.
    pub width: u32,
    /// The copy's format, as its file extension (`png`, `jpeg`, `webp`).
    pub format: &'a str,
}

impl CopyKey<'_> {
    /// The copy's file name in the cache.
    fn file_name(&self) -> String {
        let mut hasher = blake3::Hasher::new();
        hasher.update(&COPY_SETTINGS_VERSION.to_le_bytes());
        hasher.update(self.source.as_bytes());
        hasher.update(&self.width.to_le_bytes());
        hasher.update(self.format.as_bytes());
        format!("{}.{}", hasher.finalize().to_hex(), self.format)
    }
}

/// The cache of one build.
#[derive(Debug)]
pub struct ImageCache {
    dir: PathBuf,
    /// The first copy that could not be kept, and why (reported once, as a warning).
    problem: Mutex<Option<(PathBuf, io::Error)>>,
}

/// Numbers the temporary files of this process, so two threads never share one.
static TEMPORARY: AtomicU64 = AtomicU64::new(0);

impl ImageCache {
    /// The cache of the site at `root`. Nothing is made on disk until a copy is kept.
    pub fn new(root: &Path) -> Self {
        ImageCache {
            dir: root.join(CACHE_FOLDER),
            problem: Mutex::new(None),
        }
    }

    /// A copy an earlier build made, if it kept one.
    pub fn get(&self, key: &CopyKey<'_>) -> Option<Vec<u8>> {
        // Any failure to read is a miss: the copy is made again.
        std::fs::read(self.dir.join(key.file_name())).ok()
    }

    /// Whether an earlier build kept this copy (without reading it).
    pub fn has(&self, key: &CopyKey<'_>) -> bool {
        self.dir.join(key.file_name()).is_file()
    }

    /// Keeps a copy for the next build. A copy that cannot be kept is not this build's
    /// problem: the first failure is remembered for [`ImageCache::problem`].
    pub fn put(&self, key: &CopyKey<'_>, bytes: &[u8]) {
        let path = self.dir.join(key.file_name());
        if let Err(error) = self.write_whole(&path, bytes) {
            self.problem
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .get_or_insert((path, error));
        }
    }

    /// Writes `bytes` to `path` under a temporary name first, then renames it into place, so
    /// a build that is killed, or another build writing the same copy, never leaves half a file
    /// under the copy's name.
    fn write_whole(&self, path: &Path, bytes: &[u8]) -> io::Result<()> {
        std::fs::create_dir_all(&self.dir)?;
        let temporary = path.with_extension(format!(
            "{}-{}.tmp",
            std::process::id(),
            TEMPORARY.fetch_add(1, Ordering::Relaxed)
        ));
        let written =
            std::fs::write(&temporary, bytes).and_then(|()| std::fs::rename(&temporary, path));
        if written.is_err() {
            let _ = std::fs::remove_file(&temporary);
        }
        written
    }

    /// The first copy that could not be kept, and why.
    pub fn problem(&self) -> Option<(PathBuf, io::Error)> {
        self.problem
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_copies_by_source_width_and_format() -> crate::TestResult {
        let dir = tempfile::tempdir()?;
        let cache = ImageCache::new(dir.path());
        let source = blake3::hash(b"image");
        let key = CopyKey {
            source: &source,
            width: 480,
            format: "png",
        };
        assert_eq!(cache.get(&key), None);
        cache.put(&key, b"copy");
        assert_eq!(cache.get(&key).as_deref(), Some(&b"copy"[..]));
        for other in [
            CopyKey { width: 960, ..key },
            CopyKey {
                format: "webp",
                ..key
            },
            CopyKey {
                source: &blake3::hash(b"another image"),
                ..key
            },
        ] {
            assert_eq!(cache.get(&other), None, "{other:?}");
        }
        // No temporary file is left behind.
        let names: Vec<_> = std::fs::read_dir(dir.path().join(CACHE_FOLDER))?
            .map(|e| e.map(|e| e.file_name()))
            .collect::<Result<_, _>>()?;
        assert_eq!(names.len(), 1, "{names:?}");
        assert!(cache.problem().is_none());
        Ok(())
    }

    #[test]
    fn a_cache_that_cannot_be_written_is_remembered_not_fatal() -> crate::TestResult {
        let dir = tempfile::tempdir()?;
        // A file where the cache's folder would go.
        std::fs::write(dir.path().join(".kennis-cache"), "")?;
        let cache = ImageCache::new(dir.path());
        let source = blake3::hash(b"image");
        let key = CopyKey {
            source: &source,
            width: 480,
            format: "png",
        };
        cache.put(&key, b"copy");
        cache.put(&key, b"copy");
        assert_eq!(cache.get(&key), None);
        assert!(cache.problem().is_some());
        Ok(())
    }
}
