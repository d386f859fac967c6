//! The smaller copies of large images that pages offer in `srcset`
//! ([`crate::parse::markdown::responsive`]), made as the site is written: each image once, in
//! parallel, taken from the cache of earlier builds where it can be ([`cache`]), and written
//! next to the original wherever that is published. An image also gets lossless WebP copies
//! when they are smaller than those in its own format; its Markdown `<img>`s then get a
//! `<picture>` ([`pictures`]).
//!
//! An output that keeps no contents (`kennis check`) gets no copies made at all: their names
//! follow from the pages' `srcset`s, and names are all the link check needs.

pub mod cache;
pub mod encode;
pub mod pictures;

use std::collections::{BTreeMap, HashSet};
use std::path::Path;

use rayon::prelude::*;

use crate::diagnostics::{Diagnostic, Position, display_path};
use crate::parse::markdown::responsive::ResponsiveImage;
use crate::write::output::{OutputError, SiteOutput};
use cache::{CACHE_FOLDER, CopyKey, ImageCache};
use encode::{CopyError, CopyFormat, Source};
pub use pictures::Pictures;

/// What the write stage made of the images with copies.
#[derive(Debug, Default)]
pub struct MadeCopies {
    /// The `<picture>`s of the Markdown images whose WebP copies are the smaller ones.
    pub pictures: Pictures,
    /// The output path of every copy a page's `srcset` names: written, or not written because
    /// the output keeps no contents or the image could not be copied (which is reported).
    pub named: HashSet<String>,
    /// Images that could not be copied (errors), and a cache that could not be kept (a
    /// warning).
    pub findings: Vec<Diagnostic>,
}

/// One image file with copies, and where it is shown.
struct Job<'a> {
    file: &'a Path,
    /// Each output path the original is published under, with a showing of it there.
    published: BTreeMap<&'a str, &'a ResponsiveImage>,
    /// Every showing, for the `<picture>`s.
    showings: Vec<&'a ResponsiveImage>,
    /// Whether its WebP copies' names are free (not taken by another file or image).
    webp_free: bool,
    /// Why no copies can be made, found before any is.
    blocked: Option<Diagnostic>,
}

impl<'a> Job<'a> {
    /// The showing whose size and widths stand for all (they come from the same file).
    fn image(&self) -> Option<&'a ResponsiveImage> {
        self.showings.first().copied()
    }

    /// The output paths of its copies in its own format (`false`) or WebP (`true`).
    fn copy_paths(&self, webp: bool) -> Vec<String> {
        let mut paths = Vec::new();
        for showing in self.published.values() {
            if webp {
                paths.extend(showing.webp_widths().map(|w| showing.copy_path(w, true)));
            } else {
                paths.extend(showing.widths.iter().map(|&w| showing.copy_path(w, false)));
            }
        }
        paths
    }
}

/// What became of one job.
struct Outcome {
    /// Whether its WebP copies were written.
    webp: bool,
    /// Why it failed, if it did.
    failure: Option<Diagnostic>,
}

/// Makes and writes the copies of every image in `images` (showings from the pages' bodies),
/// shown at `sizes`, with the cache of the site at `root`. Fails only when the output cannot
/// be written.
pub fn make_copies<'a>(
    images: impl Iterator<Item = &'a ResponsiveImage>,
    sizes: &str,
    root: &Path,
    output: &dyn SiteOutput,
) -> Result<MadeCopies, OutputError> {
    let mut jobs: BTreeMap<&Path, Job<'a>> = BTreeMap::new();
    for image in images {
        let job = jobs.entry(&image.file).or_insert_with(|| Job {
            file: &image.file,
            published: BTreeMap::new(),
            showings: Vec::new(),
            webp_free: false,
            blocked: None,
        });
        job.published.entry(&image.path).or_insert(image);
        job.showings.push(image);
    }
    let mut made = MadeCopies::default();
    if jobs.is_empty() {
        return Ok(made);
    }
    claim_names(&mut jobs, root, &output.written(), &mut made);
    let cache = ImageCache::new(root);
    if !output.keeps_contents() {
        // Nothing is written, but an image a build could not copy must fail here too.
        let failures: Vec<Diagnostic> = jobs
            .values()
            .collect::<Vec<_>>()
            .into_par_iter()
            .filter_map(|job| verify(job, &cache, root))
            .collect();
        made.findings.extend(failures);
        return Ok(made);
    }

    let outcomes: Vec<(&Job<'_>, Result<Outcome, OutputError>)> = jobs
        .values()
        .collect::<Vec<_>>()
        .into_par_iter()
        .map(|job| (job, run(job, &cache, root, output)))
        .collect();
    for (job, outcome) in outcomes {
        let outcome = outcome?;
        made.findings.extend(outcome.failure);
        if outcome.webp {
            for showing in &job.showings {
                made.pictures.add(showing, sizes);
            }
        }
    }
    if let Some((path, error)) = cache.problem() {
        made.findings.push(
            Diagnostic::error_at(
                CACHE_FOLDER,
                Position::START,
                "image",
                format!(
                    "cannot keep the smaller copies of images for the next build \
                     ({}: {error}); they will be made again",
                    display_path(root, &path)
                ),
            )
            .as_warning(),
        );
    }
    Ok(made)
}

/// Names the copies of every job. A copy in an image's own format that would take the place of
/// a file of the site blocks the image (the pages already name it); WebP copies are only made
/// under names nothing else has, so of two images that differ only in extension the first
/// gets them.
fn claim_names(
    jobs: &mut BTreeMap<&Path, Job<'_>>,
    root: &Path,
    existing: &HashSet<String>,
    made: &mut MadeCopies,
) {
    for job in jobs.values_mut() {
        for path in job.copy_paths(false) {
            if existing.contains(&path) && job.blocked.is_none() {
                job.blocked = Some(Diagnostic::error_at(
                    &display_path(root, job.file),
                    Position::START,
                    "image",
                    format!(
                        "a smaller copy of this image would be published as {path}, where the \
                         site has another file: rename that file or this image"
                    ),
                ));
            }
            made.named.insert(path);
        }
    }
    let mut taken: HashSet<String> = existing.union(&made.named).cloned().collect();
    for job in jobs.values_mut() {
        let paths = job.copy_paths(true);
        job.webp_free =
            job.blocked.is_none() && paths.iter().all(|path| !taken.contains(path.as_str()));
        if job.webp_free {
            taken.extend(paths);
        }
        made.findings.extend(job.blocked.clone());
    }
}

/// Why `job`'s image could not be copied, found without making its copies: an image whose
/// copies an earlier build left in the cache is known to decode; any other is decoded (as the
/// image library is not trusted with every file, a panic there is a finding too).
fn verify(job: &Job<'_>, cache: &ImageCache, root: &Path) -> Option<Diagnostic> {
    let image = job.image().filter(|_| job.blocked.is_none())?;
    let failed = |message: String| {
        Some(Diagnostic::error_at(
            &display_path(root, job.file),
            Position::START,
            "image",
            message,
        ))
    };
    let bytes = match std::fs::read(job.file) {
        Ok(bytes) => bytes,
        Err(e) => {
            return failed(format!(
                "cannot read this image to make its smaller copies: {e}"
            ));
        }
    };
    let digest = blake3::hash(&bytes);
    let cached = image.widths.iter().all(|&width| {
        cache.has(&CopyKey {
            source: &digest,
            width,
            format: CopyFormat::Original(image.format).extension(),
        })
    });
    if cached {
        return None;
    }
    let decoded = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        Source::new(&bytes, image.format).decodes()
    }));
    match decoded {
        Ok(Ok(())) => None,
        Ok(Err(e)) => failed(format!(
            "cannot make the smaller copies of this image: {e}; save it again as a PNG or JPEG \
             file, or replace it"
        )),
        Err(_) => failed(
            "the image library failed on this image while making its smaller copies; save it \
             again as a PNG or JPEG file, or replace it"
                .to_string(),
        ),
    }
}

/// Makes one image's copies and writes them. The image library is not trusted with every file
/// an editor may save: a panic in it becomes a finding about that file.
fn run(
    job: &Job<'_>,
    cache: &ImageCache,
    root: &Path,
    output: &dyn SiteOutput,
) -> Result<Outcome, OutputError> {
    let failed = |message: String| Outcome {
        webp: false,
        failure: Some(Diagnostic::error_at(
            &display_path(root, job.file),
            Position::START,
            "image",
            message,
        )),
    };
    if job.blocked.is_some() {
        return Ok(Outcome {
            webp: false,
            failure: None,
        });
    }
    let bytes = match std::fs::read(job.file) {
        Ok(bytes) => bytes,
        Err(e) => {
            return Ok(failed(format!(
                "cannot read this image to make its smaller copies: {e}"
            )));
        }
    };
    let copied = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        copy_and_write(job, &bytes, cache, output)
    }));
    match copied {
        Ok(Ok(Ok(webp))) => Ok(Outcome {
            webp,
            failure: None,
        }),
        Ok(Ok(Err(e))) => Ok(failed(format!(
            "cannot make the smaller copies of this image: {e}; save it again as a PNG or JPEG \
             file, or replace it"
        ))),
        Ok(Err(e)) => Err(e),
        Err(_) => Ok(failed(
            "the image library failed on this image while making its smaller copies; save it \
             again as a PNG or JPEG file, or replace it"
                .to_string(),
        )),
    }
}

/// Makes (or takes from the cache) and writes the copies of the image `bytes`: those in its own
/// format, and its WebP ones when they are smaller in all. Returns whether the WebP ones were
/// written.
fn copy_and_write(
    job: &Job<'_>,
    bytes: &[u8],
    cache: &ImageCache,
    output: &dyn SiteOutput,
) -> Result<Result<bool, CopyError>, OutputError> {
    let Some(image) = job.image() else {
        return Ok(Ok(false));
    };
    let digest = blake3::hash(bytes);
    let mut source = Source::new(bytes, image.format);
    let mut copy = |width: u32, format: CopyFormat| -> Result<Vec<u8>, CopyError> {
        let key = CopyKey {
            source: &digest,
            width,
            format: format.extension(),
        };
        if let Some(kept) = cache.get(&key) {
            return Ok(kept);
        }
        let made = source.copy(width, format)?;
        cache.put(&key, &made);
        Ok(made)
    };
    let mut own_total = bytes.len();
    for &width in &image.widths {
        let made = match copy(width, CopyFormat::Original(image.format)) {
            Ok(made) => made,
            Err(e) => return Ok(Err(e)),
        };
        own_total += made.len();
        for showing in job.published.values() {
            output.write(&showing.copy_path(width, false), &made)?;
        }
    }
    if !job.webp_free {
        return Ok(Ok(false));
    }
    let mut webp = Vec::new();
    for width in image.webp_widths() {
        match copy(width, CopyFormat::WebP) {
            Ok(made) => webp.push((width, made)),
            Err(e) => return Ok(Err(e)),
        }
    }
    if !webp_is_smaller(webp.iter().map(|(_, made)| made.len()), own_total) {
        return Ok(Ok(false));
    }
    for (width, made) in &webp {
        for showing in job.published.values() {
            output.write(&showing.copy_path(*width, true), made)?;
        }
    }
    Ok(Ok(true))
}

/// Whether an image's WebP copies (one per width, the original's included) are worth offering:
/// only when they take fewer bytes in all than the same widths in the image's own format
/// (`own_total`, the original file included). Lossless WebP beats PNG nearly always, and loses
/// to a JPEG photograph nearly always.
fn webp_is_smaller(webp_sizes: impl Iterator<Item = usize>, own_total: usize) -> bool {
    webp_sizes.sum::<usize>() < own_total
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn webp_is_offered_only_when_smaller_in_all() {
        assert!(webp_is_smaller([100, 300].into_iter(), 401));
        assert!(!webp_is_smaller([100, 300].into_iter(), 400));
        assert!(!webp_is_smaller([100, 3000].into_iter(), 2000));
    }
}
