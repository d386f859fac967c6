//! Incremental rebuilds for `kennis serve`: the site is rebuilt into memory, and a change to one
//! article re-renders only what depends on it.
//!
//! Two things are reused from the previous build:
//! - an article's rendered body (Markdown, citations, claim check), when its text and its
//!   translations' texts are unchanged and nothing else a body depends on has changed
//!   (configuration, UI strings, lexicons, bibliography, comparison tables, section files, the
//!   site's addresses);
//! - a finished page, when nothing it shows has changed: an article page when its body was
//!   reused, a section or topic page when none of its articles changed.
//!
//! Everything else (home pages, the FAQ, sources and comparison pages, feeds, the sitemap) is
//! rendered every time: each of them shows something of every article.
//!
//! When the file watcher names the files that changed ([`Rebuilder::rebuild_paths`]) and only
//! the text of articles changed, [`patch`] patches the last build instead, far faster.

mod links;
mod patch;

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use walkdir::WalkDir;

use crate::build::{
    BuildError, BuildOptions, Prepared, Reuse, Timings, prepare_reusing, render_site,
};
use crate::cache::BodyCache;
use crate::check::output_links;
use crate::diagnostics::{self, Diagnostic, has_errors};
use crate::load::config::Config;
use crate::load::content::reread::ReadFiles;
use crate::load::content::{Article, ArticleId, CONTENT_DIR, PageList, Site};
use crate::render::Page;
use crate::search::{self, LanguageIndex};
use crate::write::images::Pictures;
use crate::write::output::MemoryOutput;
use links::KeptLinks;

/// The files of a built site: path relative to the site root → contents.
pub type SiteFiles = BTreeMap<String, Arc<[u8]>>;

/// Digests of the site's input files other than articles.
#[derive(Debug, Clone, PartialEq, Eq)]
struct InputDigests {
    /// Everything article bodies depend on: `site.toml`, `i18n/`, and the content folder's
    /// other files (sections, home introductions, bibliography, comparison tables).
    bodies: blake3::Hash,
    /// The theme: templates and static files.
    theme: blake3::Hash,
}

impl InputDigests {
    fn read(root: &Path, config: &Config) -> Self {
        let mut bodies = blake3::Hasher::new();
        hash_file(
            root,
            &root.join(crate::load::config::CONFIG_FILE),
            &mut bodies,
        );
        hash_tree(root, &root.join("i18n"), &mut bodies, |_| true);
        hash_tree(root, &root.join(CONTENT_DIR), &mut bodies, |path| {
            !is_article_file(path)
        });
        let mut theme = blake3::Hasher::new();
        let theme_dir = root.join("themes").join(&config.theme);
        for dir in [&theme_dir, &root.join("templates")] {
            hash_tree(root, dir, &mut theme, |_| true);
        }
        // Static folders are published with their hidden files (see `load::theme`).
        for dir in [theme_dir.join("static"), root.join("static")] {
            hash_static_tree(root, &dir, &mut theme);
        }
        InputDigests {
            bodies: bodies.finalize(),
            theme: theme.finalize(),
        }
    }
}

/// An article's Markdown file: `<key>.<lang>.md`, not a section's or home page's `_index`.
fn is_article_file(path: &Path) -> bool {
    let name = path.file_name().map(|n| n.to_string_lossy());
    name.is_some_and(|n| {
        n.ends_with(".md") && !n.starts_with(crate::load::content::files::INDEX_KEY)
    })
}

/// Adds every file under `dir` that `include` accepts (path and contents) to `hasher`, in path
/// order. Hidden files (editors' swap files) are skipped, as the loaders skip them.
fn hash_tree(
    root: &Path,
    dir: &Path,
    hasher: &mut blake3::Hasher,
    include: impl Fn(&Path) -> bool,
) {
    let files = WalkDir::new(dir)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'))
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file() && include(e.path()));
    for entry in files {
        hash_file(root, entry.path(), hasher);
    }
}

/// Adds every file of the static folder `dir` to `hasher`, in path order: hidden ones too, as
/// they are published, but not version-control folders.
fn hash_static_tree(root: &Path, dir: &Path, hasher: &mut blake3::Hasher) {
    let files = WalkDir::new(dir)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || crate::load::theme::is_published_static(e.file_name()))
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file());
    for entry in files {
        hash_file(root, entry.path(), hasher);
    }
}

fn hash_file(root: &Path, path: &Path, hasher: &mut blake3::Hasher) {
    let name = path.strip_prefix(root).unwrap_or(path);
    hasher.update(name.to_string_lossy().as_bytes());
    hasher.update(b"\0");
    // A file that cannot be read counts as changed content: the build itself reports it.
    match crate::load::text_file::read_regular_file(path) {
        Ok(bytes) => hasher.update(&bytes),
        Err(e) => hasher.update(e.to_string().as_bytes()),
    };
    hasher.update(b"\0");
}

/// A successful rebuild.
#[derive(Debug)]
pub struct Rebuilt {
    /// The whole site.
    pub files: Arc<SiteFiles>,
    /// Number of pages the site has.
    pub pages: usize,
    /// Number of pages rendered this time (the others were kept from the previous build).
    pub pages_rendered: usize,
    /// Number of article bodies rendered this time.
    pub bodies_rendered: usize,
    /// Warnings.
    pub warnings: Vec<Diagnostic>,
    /// How long each stage took.
    pub timings: Timings,
}

/// What the previous successful build left for the next one.
struct LastBuild {
    inputs: InputDigests,
    cache: BodyCache,
    /// Each article's topic page paths, to re-render the pages it leaves.
    topics: HashMap<String, Vec<String>>,
    files: Arc<SiteFiles>,
    /// The configuration it was built with.
    config: Config,
    /// The site as it was prepared, for [`patch`] (its `diagnostics` are taken).
    prepared: Prepared,
    /// Each article by its file, as diagnostics name it.
    article_by_file: HashMap<String, ArticleId>,
    /// The findings on each page, by output file (pages without are left out).
    page_findings: HashMap<String, Vec<Diagnostic>>,
    /// Each page's place in the site's order, by output file.
    page_order: HashMap<String, usize>,
    /// Each language's search index, to change one document at a time.
    search_indexes: BTreeMap<String, LanguageIndex>,
    /// What the link check keeps of every page.
    links: KeptLinks,
    /// The `<picture>`s of its images, for pages a patch renders again.
    pictures: Pictures,
}

/// Builds a site into memory again and again, each time reusing what has not changed.
pub struct Rebuilder {
    options: BuildOptions,
    /// The content files as last read, whether or not that build succeeded.
    read_files: ReadFiles,
    last: Option<LastBuild>,
}

impl Rebuilder {
    /// A rebuilder for the site `options` describe (its `output` and `force` are not used).
    pub fn new(options: BuildOptions) -> Self {
        Rebuilder {
            options,
            read_files: ReadFiles::default(),
            last: None,
        }
    }

    /// Builds the site after the file watcher saw `paths` change (and nothing else): patches
    /// the last build when only the text of articles changed, or else rebuilds as
    /// [`Rebuilder::rebuild`] does.
    pub fn rebuild_paths(&mut self, paths: &[PathBuf]) -> Result<Rebuilt, BuildError> {
        // Read again whatever their size and modification time say (see `ReadFiles::forget`).
        for path in paths {
            self.read_files.forget(path);
        }
        let (root, include_drafts) = (&self.options.root, self.options.include_drafts);
        let patched = self
            .last
            .as_mut()
            .filter(|_| !paths.is_empty())
            .and_then(|last| patch::patch(last, root, include_drafts, paths));
        match patched {
            Some(rebuilt) => Ok(rebuilt),
            None => self.rebuild(),
        }
    }

    /// The build options.
    pub fn options(&self) -> &BuildOptions {
        &self.options
    }

    /// Builds the site. On failure the previous build stays the one the next rebuild compares
    /// with.
    pub fn rebuild(&mut self) -> Result<Rebuilt, BuildError> {
        let options = &self.options;
        let mut timings = Timings::start();
        let config = options.config()?;
        let inputs = InputDigests::read(&options.root, &config);
        timings.lap("input digests");
        let last = self.last.as_ref();
        let cache = last
            .filter(|last| last.inputs.bodies == inputs.bodies)
            .map(|last| &last.cache);
        let reuse = Reuse {
            files: Some(&mut self.read_files),
            bodies: cache,
        };
        let mut prepared = prepare_reusing(&options.root, &config, options.include_drafts, reuse);
        let diagnostics = std::mem::take(&mut prepared.diagnostics);
        timings.append(&prepared.timings);
        let site = &prepared.site;
        let bodies = &prepared.bodies;

        let changed: PageList<ArticleId, bool> = site
            .articles
            .with_ids()
            .map(|(id, article)| !cache.is_some_and(|c| c.holds(article, &bodies.articles[id])))
            .collect();
        let everything = match (last, cache) {
            (Some(last), Some(cache)) => last.inputs != inputs || !cache.fits(site),
            _ => true,
        };
        let stale = StalePages::find(site, &config, &changed, last);
        let selected = |page: Page<'_>| {
            everything
                || stale.contains(page, site)
                || last
                    .is_none_or(|last| !last.files.contains_key(&page.output_file(site, &config)))
        };
        let rendered = render_site(&config, &prepared, diagnostics, &selected, true, || {
            Ok(MemoryOutput::default())
        })?;

        timings.append(&rendered.timings);
        let pictures = rendered.pictures;
        let mut files = rendered.output.into_files();
        let pages_rendered = rendered
            .page_files
            .iter()
            .filter(|file| files.contains_key(*file))
            .count();
        // The pages not written now are kept from the last build, with their findings.
        let mut page_findings = rendered.page_findings;
        let mut warnings = rendered.diagnostics;
        if let Some(last) = last {
            for file in &rendered.page_files {
                if files.contains_key(file) {
                    continue;
                }
                if let Some(kept) = last.files.get(file) {
                    files.insert(file.clone(), Arc::clone(kept));
                }
                if let Some(found) = last.page_findings.get(file) {
                    warnings.extend(found.iter().cloned());
                    page_findings.insert(file.clone(), found.clone());
                }
            }
        }
        timings.lap("keep unchanged pages");
        let page_order: HashMap<String, usize> = rendered
            .page_files
            .iter()
            .enumerate()
            .map(|(place, file)| (file.clone(), place))
            .collect();
        // Filled while `last` is at hand; the link check below takes what it keeps from it.
        let cache = BodyCache::fill(site, &config, bodies, &prepared.search_documents, cache);

        // The links of the pages written now, with those the others left.
        let site_files: HashSet<String> = files.keys().cloned().collect();
        let written_links = rendered.links.unwrap_or_default();
        let documents = Some(rendered.documents.as_slice());
        let kept_links = if rendered.links_checked {
            let on_documents = warnings
                .iter()
                .filter(|d| rendered.documents.iter().any(|(path, _)| *path == d.file))
                .cloned()
                .collect();
            KeptLinks::checked(written_links, on_documents)
        } else {
            let kept = last.map(|last| &last.links);
            let found = kept.map(|kept| {
                let site = links::Site {
                    config: &config,
                    prepared: &prepared,
                    files: &site_files,
                    page_order: &page_order,
                };
                kept.check(&written_links, documents, &site)
            });
            let found = found.unwrap_or_default();
            warnings.extend(output_links::without_repeats(found.clone(), &warnings));
            if has_errors(&warnings) {
                diagnostics::sort(&mut warnings);
                return Err(BuildError::Content(warnings));
            }
            let mut kept = self
                .last
                .as_mut()
                .map(|last| std::mem::take(&mut last.links))
                .unwrap_or_default();
            kept.keep(written_links, documents, &found);
            kept
        };
        timings.lap("link check");

        let files = Arc::new(files);
        let bodies_rendered = changed.iter().filter(|&&c| c).count();
        let pages = rendered.page_files.len();
        let topics = site
            .articles
            .iter()
            .map(|a| (a.source.display_path.clone(), topic_paths(a, site)))
            .collect();
        let article_by_file = patch::articles_by_file(&prepared);
        // Made once here, where a full rebuild takes its time, so an edit does not wait for it.
        let search_indexes = prepared
            .analyzers
            .as_ref()
            .and_then(|analyzers| {
                search::language_indexes(&config, &prepared.search_documents, analyzers).ok()
            })
            .unwrap_or_default();
        self.last = Some(LastBuild {
            inputs,
            cache,
            topics,
            files: Arc::clone(&files),
            config,
            prepared,
            article_by_file,
            page_findings,
            page_order,
            search_indexes,
            links: kept_links,
            pictures,
        });
        timings.lap("fill the cache");
        Ok(Rebuilt {
            files,
            pages,
            pages_rendered,
            bodies_rendered,
            warnings,
            timings,
        })
    }
}

fn topic_paths(article: &Article, site: &Site) -> Vec<String> {
    article
        .topics
        .iter()
        .map(|&t| site.tags[t].site_path.clone())
        .collect()
}

/// The list pages that show a changed article.
struct StalePages<'a> {
    changed: &'a PageList<ArticleId, bool>,
    sections: HashSet<(&'a str, &'a str)>,
    topics: HashSet<String>,
}

impl<'a> StalePages<'a> {
    fn find(
        site: &'a Site,
        config: &Config,
        changed: &'a PageList<ArticleId, bool>,
        last: Option<&LastBuild>,
    ) -> Self {
        let mut sections = HashSet::new();
        let mut topics = HashSet::new();
        for (article, _) in site.articles.iter().zip(changed).filter(|(_, c)| **c) {
            sections.insert((article.section.as_str(), article.lang.as_str()));
            topics.extend(topic_paths(article, site));
            // The topics it had before, whose pages it may have left.
            if let Some(before) = last.and_then(|l| l.topics.get(&article.source.display_path)) {
                topics.extend(before.iter().cloned());
            }
        }
        // A topic page shows its counterparts in other languages (alternates, the language
        // switcher): it is stale when one of them came or went.
        let paired: Vec<String> = site
            .tags
            .iter()
            .filter(|tag| {
                tag.translation.is_some_and(|t| {
                    site.tag_table
                        .site_paths(t, config)
                        .any(|path| topics.contains(&path))
                })
            })
            .map(|tag| tag.site_path.clone())
            .collect();
        topics.extend(paired);
        StalePages {
            changed,
            sections,
            topics,
        }
    }

    fn contains(&self, page: Page<'_>, site: &Site) -> bool {
        match page {
            Page::Article(i) => self.changed[i],
            Page::Section(i) => {
                let section = &site.sections[i];
                self.sections
                    .contains(&(section.key.as_str(), section.lang.as_str()))
            }
            Page::Topic(i) => self.topics.contains(&site.tags[i].site_path),
            _ => true,
        }
    }
}
