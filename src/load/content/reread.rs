//! Content files as an earlier load read them, for `kennis serve`: a rebuild after an edit reads
//! and checks only the files whose size or modification time changed (or that the file watcher
//! named), and takes every other file's page as it was.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use rayon::prelude::*;

use super::files::ContentFile;
use super::read::{Page, read};
use crate::diagnostics::Diagnostic;

/// What one content file gave when it was read.
pub type ReadResult = Result<Page, Vec<Diagnostic>>;

/// The content files of the last load, by path.
#[derive(Debug, Default)]
pub struct ReadFiles {
    entries: HashMap<PathBuf, ReadFile>,
}

#[derive(Debug)]
struct ReadFile {
    /// The file's size and modification time just before it was read.
    stamp: Stamp,
    /// Whether drafts were read in full (a draft is otherwise only known to be one).
    include_drafts: bool,
    result: ReadResult,
}

/// What tells, without reading a file, that it has not changed since it was read (content
/// files here; the image files a body was rendered with, in the body cache).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stamp {
    len: u64,
    modified: SystemTime,
}

/// How long after its last change a file's stamp is not trusted. A file system records
/// modification times at the tick of a coarse clock: a file changed again within the tick in
/// which it was read, keeping its size, would keep its stamp. (Git treats such "racily clean"
/// files the same way.)
const RACY_WITHIN: Duration = Duration::from_secs(2);

impl Stamp {
    /// `None` when the file system cannot tell, or the file changed so recently before `now`
    /// that its stamp may not show the next change (the file is then read again next time).
    pub fn of(path: &Path, now: SystemTime) -> Option<Stamp> {
        let metadata = std::fs::metadata(path).ok()?;
        let modified = metadata.modified().ok()?;
        let settled = now
            .duration_since(modified)
            .is_ok_and(|age| age >= RACY_WITHIN);
        settled.then_some(Stamp {
            len: metadata.len(),
            modified,
        })
    }
}

impl ReadFiles {
    /// Forgets what was read from `path`, so the next load reads it again whatever its stamp
    /// says: a file saved twice within the file system's clock tick, at the same size, keeps
    /// its stamp. (The serve loop passes every path the file watcher reports.)
    pub fn forget(&mut self, path: &Path) {
        self.entries.remove(path);
    }

    /// Reads every file of `found` (in parallel), taking from the last load each file whose
    /// stamp is unchanged, and remembers this load's files in place of the last one's.
    pub fn read_all(&mut self, found: &[ContentFile], include_drafts: bool) -> Vec<ReadResult> {
        let entries = &self.entries;
        let now = SystemTime::now();
        let results: Vec<(Option<Stamp>, ReadResult)> = found
            .par_iter()
            .map(|file| {
                // The stamp is taken before reading: a change while the file is read then
                // shows as a newer stamp at the next load.
                let stamp = Stamp::of(&file.path, now);
                let known = entries.get(&file.path).filter(|known| {
                    stamp == Some(known.stamp) && known.include_drafts == include_drafts
                });
                let result = match known {
                    Some(known) => known.result.clone(),
                    None => read(file, include_drafts),
                };
                (stamp, result)
            })
            .collect();
        self.entries = found
            .iter()
            .zip(&results)
            .filter_map(|(file, (stamp, result))| {
                let entry = ReadFile {
                    stamp: (*stamp)?,
                    include_drafts,
                    result: result.clone(),
                };
                Some((file.path.clone(), entry))
            })
            .collect();
        results.into_iter().map(|(_, result)| result).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::content::files::{FileKey, Role};

    fn article(title: &str) -> String {
        format!(
            "+++\ntitle = \"{title}\"\ndescription = \"Over slaap.\"\ndate = 2025-01-01\n+++\n\nTekst.\n"
        )
    }

    fn title(result: &ReadResult) -> String {
        match result {
            Ok(Page::Article(article)) => article.meta.title.clone(),
            other => panic!("not an article: {other:?}"),
        }
    }

    fn set_modified(path: &Path, when: SystemTime) -> std::io::Result<()> {
        std::fs::File::options()
            .write(true)
            .open(path)?
            .set_modified(when)
    }

    #[test]
    fn unchanged_stamps_are_not_read_again_and_forgotten_paths_are() -> crate::TestResult {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("slaap.nl.md");
        let file = ContentFile {
            path: path.clone(),
            display_path: "content/a/slaap.nl.md".to_string(),
            role: Role::Article,
            key: FileKey {
                section: "a".to_string(),
                key: "slaap".to_string(),
                lang: "nl".to_string(),
            },
        };
        let an_hour_ago = SystemTime::now() - Duration::from_secs(3600);
        std::fs::write(&path, article("Slaap"))?;
        set_modified(&path, an_hour_ago)?;
        let mut files = ReadFiles::default();
        assert_eq!(
            title(&files.read_all(std::slice::from_ref(&file), false)[0]),
            "Slaap"
        );

        // Same size, same modification time: the stamp says unchanged, so it is not read.
        std::fs::write(&path, article("Rust!"))?;
        set_modified(&path, an_hour_ago)?;
        assert_eq!(
            title(&files.read_all(std::slice::from_ref(&file), false)[0]),
            "Slaap"
        );
        // Once the watcher names it, it is.
        files.forget(&path);
        assert_eq!(
            title(&files.read_all(std::slice::from_ref(&file), false)[0]),
            "Rust!"
        );

        // A file changed just now is read again at every load until its stamp settles.
        std::fs::write(&path, article("Nacht"))?;
        assert_eq!(
            title(&files.read_all(std::slice::from_ref(&file), false)[0]),
            "Nacht"
        );
        std::fs::write(&path, article("Dag!!"))?;
        assert_eq!(title(&files.read_all(&[file], false)[0]), "Dag!!");
        Ok(())
    }
}
