//! `kennis build`: the whole pipeline, from `site.toml` to a complete site in `public/`.
//!
//! load (config, UI strings, content, theme) → parse (Markdown) → check (links, anchors) →
//! render (templates) → post-process (lol_html) → write (staging folder, swapped in on success).
//! Problems are collected across all stages; nothing is written unless there are none.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;

use crate::cache::BodyCache;
use crate::check::output_links::{self, KnownFiles, PageLinks};
use crate::check::references;
use crate::check::{comparisons, placeholders, translations};
use crate::diagnostics::{self, Diagnostic, Position, Severity, SourceText, has_errors};
use crate::load::config::{Config, ConfigError, UncitedClaims};
use crate::load::content::files::{FileKey, INDEX_KEY};
use crate::load::content::reference::Reference;
use crate::load::content::{self, Exclusion, Site};
use crate::load::i18n::{UiStringError, UiStrings};
use crate::load::theme::ThemeFiles;
use crate::parse::claims::{self, detector::Detector};
use crate::parse::markdown::citing::Citer;
use crate::parse::markdown::headings::IdAllocator;
use crate::parse::markdown::links::{PageRef, Unresolved};
use crate::parse::markdown::{
    self, Document, Labels, LinkResolver, ReferenceLookup, Rendered, Sources, comparison,
    reference_list,
};
use crate::parse::references::PageReferences;
use crate::render::pages::all_pages;
use crate::render::postprocess::{self, PostLabels};
use crate::render::ui_keys;
use crate::render::{Bodies, ComparisonBody, Page, Renderer};
use crate::search::{self, Analyzer};
use crate::write::output::{OutputError, SiteOutput, Staging};
use crate::write::site_files;

/// What to build, and how.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    /// The site's root folder (with `site.toml`).
    pub root: PathBuf,
    /// Where the site goes; `<root>/public` when not given.
    pub output: Option<PathBuf>,
    /// Replaces `base_url` from `site.toml`.
    pub base_url: Option<String>,
    /// Build drafts too.
    pub include_drafts: bool,
    /// Replace an existing `output` folder that has files in it. (The default output folder,
    /// `<root>/public`, is always replaced.)
    pub force: bool,
}

impl BuildOptions {
    /// Options to build the site at `root` into `<root>/public`.
    pub fn new(root: impl Into<PathBuf>) -> Self {
        BuildOptions {
            root: root.into(),
            output: None,
            base_url: None,
            include_drafts: false,
            force: false,
        }
    }
}

/// A successful build.
#[derive(Debug)]
pub struct BuildReport {
    /// The output folder.
    pub output: PathBuf,
    /// Number of HTML pages written.
    pub pages: usize,
    /// Warnings (a successful build has no errors).
    pub warnings: Vec<Diagnostic>,
}

/// Why a build failed.
#[derive(Debug, thiserror::Error)]
pub enum BuildError {
    /// `site.toml` or a command-line setting is wrong (exit code 2).
    #[error(transparent)]
    Config(#[from] ConfigError),
    /// The site's files have errors (exit code 1). Holds every finding, warnings included,
    /// sorted by file and position.
    #[error("the site has errors")]
    Content(Vec<Diagnostic>),
    /// The output could not be written (exit code 2).
    #[error(transparent)]
    Output(#[from] OutputError),
}

impl BuildError {
    /// The process exit code DESIGN.md assigns to this failure.
    pub fn exit_code(&self) -> i32 {
        match self {
            BuildError::Content(_) => 1,
            BuildError::Config(_) | BuildError::Output(_) => 2,
        }
    }
}

/// Builds the site. On any error the previous output folder is left exactly as it was.
pub fn build(options: &BuildOptions) -> Result<BuildReport, BuildError> {
    let config = options.config()?;
    let mut prepared = prepare(&options.root, &config, options.include_drafts);
    let diagnostics = std::mem::take(&mut prepared.diagnostics);
    let output = options
        .output
        .clone()
        .unwrap_or_else(|| options.root.join("public"));
    let replace_existing = options.force || options.output.is_none();
    let rendered = render_site(&config, &prepared, diagnostics, &|_| true, || {
        Staging::create(&output, &options.root, replace_existing)
    })?;
    let mut diagnostics = rendered.diagnostics;
    let committed = rendered.output.commit()?;
    if let Some((path, error)) = committed.leftover {
        diagnostics.push(
            Diagnostic::error_at(
                &path.to_string_lossy(),
                Position::START,
                "output",
                format!(
                    "the new site is in place, but the previous one could not be deleted: {error}"
                ),
            )
            .as_warning(),
        );
    }
    diagnostics::sort(&mut diagnostics);
    Ok(BuildReport {
        output: committed.path,
        pages: rendered.page_files.len(),
        warnings: diagnostics,
    })
}

impl BuildOptions {
    /// `site.toml`, with the `--base-url` override applied.
    pub fn config(&self) -> Result<Config, ConfigError> {
        let mut config = Config::load(&self.root)?;
        if let Some(url) = &self.base_url {
            config.set_base_url(url)?;
        }
        Ok(config)
    }
}

/// A site rendered into an output, not yet committed.
pub(crate) struct RenderedSite<O> {
    /// Where the files went.
    pub output: O,
    /// Every finding (no errors: those fail the build).
    pub diagnostics: Vec<Diagnostic>,
    /// The output file of every page of the site, written this time or not.
    pub page_files: Vec<String>,
}

/// Renders a prepared site into the output `create_output` makes: the static files, the pages
/// `selected` picks (the serve loop skips pages nothing they show has changed), and the sitemap,
/// feeds and robots.txt. Fails with every finding when anything is wrong; the output is then
/// dropped, which discards a staging folder.
pub(crate) fn render_site<O: SiteOutput>(
    config: &Config,
    prepared: &Prepared,
    mut diagnostics: Vec<Diagnostic>,
    selected: &dyn Fn(Page<'_>) -> bool,
    create_output: impl FnOnce() -> Result<O, OutputError>,
) -> Result<RenderedSite<O>, BuildError> {
    let Prepared {
        site,
        bodies,
        strings,
        theme,
        analyzers,
        ..
    } = prepared;
    let (Some(strings), Some(theme), Some(analyzers)) = (strings, theme, analyzers) else {
        return Err(fail(diagnostics));
    };
    // Templates that do not compile, or ask for UI strings that do not exist, would fail on
    // every page: report them once and render nothing.
    let missing_strings = ui_keys::check(theme, strings, config);
    let renderer = if missing_strings.is_empty() {
        Renderer::new(config, site, bodies, theme, strings.clone())
    } else {
        Err(missing_strings)
    };
    let renderer = renderer
        .map_err(|mut found| diagnostics.append(&mut found))
        .ok();
    let post_labels = language_labels(
        config,
        strings,
        |lang| PostLabels::from_strings(strings, lang),
        &mut diagnostics,
    );
    // Pages are rendered even when the content has errors: some checks (anchors against the
    // whole page, ids clashing with the theme's) need the finished page, and an editor should
    // see every problem in one run. The output is discarded unless all is well.
    let Some(renderer) = renderer else {
        return Err(fail(diagnostics));
    };

    let output = create_output()?;
    let writer = SiteWriter {
        site,
        config,
        bodies,
        renderer: &renderer,
        post_labels: &post_labels,
        output: &output,
    };
    writer.static_files(theme)?;
    let pages = all_pages(site, config);
    let to_render: Vec<Page<'_>> = pages.iter().copied().filter(|&p| selected(p)).collect();
    let written = writer.pages(&to_render)?;
    diagnostics.extend(written.findings);
    diagnostics.extend(writer.search_indexes(analyzers)?);
    let documents = writer.site_files(&pages)?;
    // Only a complete site can be checked: a page whose template failed was not written, and
    // the preview server's rebuilds render only the pages that changed.
    if to_render.len() == pages.len()
        && let Some(page_links) = written.links
    {
        let found = writer.check_links(&page_links, &documents, theme);
        diagnostics.extend(output_links::without_repeats(found, &diagnostics));
    }
    if has_errors(&diagnostics) {
        return Err(fail(diagnostics));
    }
    Ok(RenderedSite {
        output,
        diagnostics,
        page_files: pages.iter().map(|p| p.output_file(site, config)).collect(),
    })
}

/// Everything a build needs before it writes: the loaded site, its rendered Markdown, UI strings
/// and theme, and every finding so far. Parts that could not be loaded are `None`.
pub struct Prepared {
    /// The content (files with errors left out).
    pub site: Site,
    /// Rendered Markdown of every page.
    pub bodies: Bodies,
    /// UI strings, if they loaded without errors.
    pub strings: Option<Arc<UiStrings>>,
    /// Templates and static files, if they loaded without errors.
    pub theme: Option<ThemeFiles>,
    /// How each language's text becomes search terms, if the settings loaded without errors.
    pub analyzers: Option<BTreeMap<String, Analyzer>>,
    /// All findings.
    pub diagnostics: Vec<Diagnostic>,
}

/// Loads and checks everything without writing anything.
pub fn prepare(root: &Path, config: &Config, include_drafts: bool) -> Prepared {
    prepare_reusing(root, config, include_drafts, None)
}

/// Every finding [`prepare`] makes, without the work only pages need (the search documents):
/// what `kennis check` reports.
pub fn check_site(root: &Path, config: &Config, include_drafts: bool) -> Vec<Diagnostic> {
    prepare_with(root, config, include_drafts, None, Needs::Findings).diagnostics
}

/// What a caller of [`prepare_with`] needs besides the findings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Needs {
    /// Only the findings: nothing is written.
    Findings,
    /// Everything pages are made from, the search documents included.
    Pages,
}

/// [`prepare`], taking from `cache` the rendered body of every article whose text (and its
/// translations') has not changed since the cache was filled. The caller vouches that nothing
/// else a body depends on (configuration, UI strings, lexicons, bibliography, comparison tables)
/// has changed; the cache itself checks the site's addresses.
pub fn prepare_reusing(
    root: &Path,
    config: &Config,
    include_drafts: bool,
    cache: Option<&BodyCache>,
) -> Prepared {
    prepare_with(root, config, include_drafts, cache, Needs::Pages)
}

fn prepare_with(
    root: &Path,
    config: &Config,
    include_drafts: bool,
    cache: Option<&BodyCache>,
    needs: Needs,
) -> Prepared {
    let mut diagnostics = Vec::new();
    let strings = UiStrings::load(root, config)
        .map(Arc::new)
        .map_err(|mut found| diagnostics.append(&mut found))
        .ok();
    let theme = ThemeFiles::load(root, config)
        .map_err(|mut found| diagnostics.append(&mut found))
        .ok();
    let analyzers = search::load_analyzers(root, config)
        .map_err(|mut found| diagnostics.append(&mut found))
        .ok();
    let loaded = content::load(root, config, include_drafts);
    diagnostics.extend(loaded.diagnostics);
    let site = loaded.site;

    let detectors = load_detectors(root, config, &mut diagnostics);
    let bodies = match &strings {
        Some(strings) => {
            let labels = language_labels(
                config,
                strings,
                |lang| Labels::from_strings(strings, lang),
                &mut diagnostics,
            );
            let cache = cache.filter(|cache| cache.fits(&site));
            let mut bodies =
                render_bodies(&site, config, &labels, &detectors, cache, &mut diagnostics);
            if let Some(analyzers) = analyzers.as_ref().filter(|_| needs == Needs::Pages) {
                bodies.search = search::documents(&site, &bodies.articles, analyzers, |i| {
                    cache?.search_document(&site.articles[i], &bodies.articles[i])
                });
            }
            diagnostics.extend(references::check_site(&site, config, &bodies.articles));
            diagnostics.extend(comparisons::check(
                &site,
                &detectors,
                uncited_severity(config),
            ));
            diagnostics.extend(translations::check(&site, config));
            diagnostics.extend(placeholders::check(root, &site, config));
            bodies
        }
        None => Bodies::default(),
    };
    diagnostics::sort(&mut diagnostics);
    Prepared {
        site,
        bodies,
        strings,
        theme,
        analyzers,
        diagnostics,
    }
}

/// The claim detector of every language, read in parallel (each reads a model file); one that
/// cannot be loaded is reported.
fn load_detectors(
    root: &Path,
    config: &Config,
    diagnostics: &mut Vec<Diagnostic>,
) -> HashMap<String, Detector> {
    let languages: Vec<&str> = config.language_codes().collect();
    let loaded: Vec<_> = languages
        .par_iter()
        .map(|lang| (lang.to_string(), Detector::load(root, lang)))
        .collect();
    loaded
        .into_iter()
        .filter_map(|(lang, loaded)| match loaded {
            Ok(detector) => Some((lang, detector)),
            Err(mut found) => {
                diagnostics.append(&mut found);
                None
            }
        })
        .collect()
}

/// What a health claim without a source is, by `[claims] uncited`.
fn uncited_severity(config: &Config) -> Severity {
    match config.uncited_claims {
        UncitedClaims::Error => Severity::Error,
        UncitedClaims::Warn => Severity::Warning,
    }
}

/// Renders the Markdown of every article, section and home page introduction in parallel,
/// checking citations and claims, then checks links to anchors on other pages.
fn render_bodies(
    site: &Site,
    config: &Config,
    labels: &HashMap<String, Labels>,
    detectors: &HashMap<String, Detector>,
    cache: Option<&BodyCache>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Bodies {
    let links = SiteLinks { site, config };
    let uncited = uncited_severity(config);
    let render = |source, body, lang: &str, references: &dyn ReferenceLookup| {
        let doc = Document { source, body, lang };
        let sources = Sources {
            references,
            claims: detectors.get(lang),
            uncited,
            comparisons: &site.comparisons,
        };
        markdown::render(doc, &labels[lang], &links, sources)
    };
    let shared = PageReferences::shared(site);
    let bodies = Bodies {
        articles: site
            .articles
            .par_iter()
            .map(|a| {
                if let Some(rendered) = cache.and_then(|c| c.get(a, site, config)) {
                    return rendered;
                }
                let references = PageReferences::of_article(a, site, config);
                let mut rendered = render(&a.source, &a.body, &a.lang, &references);
                if let Some(detector) = detectors.get(&a.lang) {
                    let summary = claims::in_summary(a, detector, uncited);
                    rendered.diagnostics.extend(summary);
                }
                Arc::new(rendered)
            })
            .collect(),
        sections: site
            .sections
            .par_iter()
            .map(|s| render(&s.source, &s.body, &s.lang, &shared))
            .collect(),
        homes: site
            .home_intros
            .iter()
            .map(|(lang, h)| (lang.clone(), render(&h.source, &h.body, lang, &shared)))
            .collect(),
        ..Bodies::default()
    };

    let mut bodies = bodies;
    bodies.comparisons = comparison_pages(site, config, labels);
    bodies.references = reference_entries(site, config, labels, &bodies);

    let documents = site
        .articles
        .iter()
        .map(|a| (&a.source, a.lang.as_str()))
        .zip(bodies.articles.iter().map(|body| &**body))
        .chain(
            site.sections
                .iter()
                .map(|s| (&s.source, s.lang.as_str()))
                .zip(&bodies.sections),
        )
        .chain(
            site.home_intros
                .values()
                .map(|h| (&h.source, h.lang.as_str()))
                .zip(bodies.homes.values()),
        );
    for ((source, lang), rendered) in documents {
        diagnostics.extend(rendered.diagnostics.iter().cloned());
        for anchor_ref in &rendered.anchor_refs {
            let target = target_body(&bodies, site, &anchor_ref.page, lang);
            if target.is_some_and(|t| !t.ids.contains(&anchor_ref.anchor)) {
                diagnostics.push(Diagnostic::error_in(
                    source,
                    anchor_ref.range.clone(),
                    "missing-anchor",
                    format!(
                        "the page linked to has no heading or element with id #{}",
                        anchor_ref.anchor
                    ),
                ));
            }
        }
    }
    bodies
}

/// Each comparison table's own page in every language: the table, citing the shared
/// bibliography, and its numbered sources.
fn comparison_pages(
    site: &Site,
    config: &Config,
    labels: &HashMap<String, Labels>,
) -> Vec<BTreeMap<String, ComparisonBody>> {
    let shared = PageReferences::shared(site);
    site.comparisons
        .tables
        .iter()
        .map(|table| {
            config
                .language_codes()
                .map(|lang| {
                    let labels = &labels[lang];
                    let mut citer = Citer::new(&shared);
                    let mut ids = IdAllocator::default();
                    let mut cite = |id: &str| citer.cite(id, labels, &mut ids);
                    let table_html = comparison::table_html(
                        table,
                        lang,
                        comparison::Title::OnPage,
                        labels,
                        &mut cite,
                    );
                    let heading = ids.allocate(&labels.sources);
                    let references = if citer.is_empty() {
                        String::new()
                    } else {
                        citer.reference_list(&heading, labels, &mut ids)
                    };
                    let body = ComparisonBody {
                        table: table_html,
                        references,
                    };
                    (lang.to_string(), body)
                })
                .collect()
        })
        .collect()
}

/// The entry of every reference cited in each language (by an article in that language or by a
/// comparison table), for the sources page.
fn reference_entries(
    site: &Site,
    config: &Config,
    labels: &HashMap<String, Labels>,
    bodies: &Bodies,
) -> BTreeMap<String, BTreeMap<String, String>> {
    // Looked up once per cited key, so an index rather than a search through every article's
    // references (which made large sites quadratic). Articles' own entries come first, as in
    // `PageReferences::find`.
    let mut every: HashMap<&str, &Reference> = HashMap::new();
    let own = site.articles.iter().flat_map(|a| &a.meta.references);
    let shared = site.bibliography.entries().map(|(_, entry)| entry);
    for entry in own.chain(shared) {
        every
            .entry(entry.reference.id.as_str())
            .or_insert(&entry.reference);
    }
    config
        .language_codes()
        .map(|lang| {
            let from_articles = site
                .articles
                .iter()
                .zip(&bodies.articles)
                .filter(|(a, _)| a.lang == lang)
                .flat_map(|(_, rendered)| rendered.cited.iter().map(|(key, _)| key.as_str()));
            let from_tables = site.comparisons.tables.iter().flat_map(|t| t.cited_ids());
            let keys: BTreeSet<&str> = from_articles.chain(from_tables).collect();
            let entries = keys
                .into_iter()
                .filter_map(|key| {
                    let reference = every.get(key)?;
                    Some((
                        key.to_string(),
                        reference_list::entry_html(reference, &labels[lang]),
                    ))
                })
                .collect();
            (lang.to_string(), entries)
        })
        .collect()
}

fn target_body<'b>(
    bodies: &'b Bodies,
    site: &Site,
    page: &PageRef,
    lang: &str,
) -> Option<&'b Rendered> {
    match page {
        PageRef::Article { section, key } => site
            .article_position(section, key, lang)
            .map(|i| &*bodies.articles[i]),
        PageRef::Section { section } => site
            .section_position(section, lang)
            .map(|i| &bodies.sections[i]),
    }
}

/// Resolves `@/` links against the loaded site.
struct SiteLinks<'a> {
    site: &'a Site,
    config: &'a Config,
}

impl LinkResolver for SiteLinks<'_> {
    fn resolve(&self, page: &PageRef, lang: &str) -> Result<String, Unresolved> {
        let (site, config) = (self.site, self.config);
        let (section, key) = match page {
            PageRef::Article { section, key } => (section, key.as_str()),
            PageRef::Section { section } => (section, INDEX_KEY),
        };
        let target = FileKey {
            section: section.clone(),
            key: key.to_string(),
            lang: lang.to_string(),
        };
        let found = match page {
            PageRef::Article { .. } => site
                .article(section, key, lang)
                .map(|a| a.site_path.as_str()),
            PageRef::Section { .. } => site.section(section, lang).map(|s| s.site_path.as_str()),
        };
        if let Some(site_path) = found {
            return Ok(config.url_path(site_path));
        }
        let file = target.display_path();
        Err(match site.excluded.get(&target) {
            Some(Exclusion::Draft) => Unresolved::Draft { file },
            Some(Exclusion::HasErrors) => Unresolved::HasErrors { file },
            None if matches!(page, PageRef::Section { .. }) => Unresolved::NoSection { file },
            None if config
                .language_codes()
                .any(|other| site.article(section, key, other).is_some()) =>
            {
                Unresolved::NoTranslation {
                    file,
                    lang: lang.to_string(),
                }
            }
            None => Unresolved::NoArticle { file },
        })
    }
}

/// Looks up per-language labels; a missing UI string is reported at the language's strings.
fn language_labels<T: Default>(
    config: &Config,
    strings: &UiStrings,
    lookup: impl Fn(&str) -> Result<T, UiStringError>,
    diagnostics: &mut Vec<Diagnostic>,
) -> HashMap<String, T> {
    config
        .language_codes()
        .map(|lang| {
            let labels = lookup(lang).unwrap_or_else(|error| {
                diagnostics.push(Diagnostic::error_at(
                    &strings.first_file(lang),
                    Position::START,
                    "missing-ui-string",
                    format!("{error} (kennis needs it)"),
                ));
                T::default()
            });
            (lang.to_string(), labels)
        })
        .collect()
}

/// Writes the site into an output (the staging folder, or memory when serving).
struct SiteWriter<'a> {
    site: &'a Site,
    config: &'a Config,
    bodies: &'a Bodies,
    renderer: &'a Renderer<'a>,
    post_labels: &'a HashMap<String, PostLabels>,
    output: &'a dyn SiteOutput,
}

/// One page, written.
struct WrittenPage<'a> {
    /// Problems found on it.
    findings: Vec<Diagnostic>,
    /// What it links to, for the link check.
    links: PageLinks<'a>,
}

/// Every page, written.
struct WrittenPages<'a> {
    /// Problems found on them.
    findings: Vec<Diagnostic>,
    /// What each links to; `None` when a page could not be rendered, so the site is incomplete.
    links: Option<Vec<PageLinks<'a>>>,
}

/// Why one page could not be written.
enum PageFailure {
    /// Its template failed: reported like any other finding, once for all pages it affects.
    Template(Box<Diagnostic>),
    /// The disk failed: the build stops.
    Output(OutputError),
}

impl<'a> SiteWriter<'a> {
    /// Copies the theme's and the site's static files.
    fn static_files(&self, theme: &ThemeFiles) -> Result<(), OutputError> {
        for (name, file) in &theme.static_files {
            self.output.copy(name, &file.source)?;
        }
        Ok(())
    }

    /// Renders, post-processes, checks and writes every page in parallel. Returns the findings,
    /// and the links of every page when all were written.
    fn pages(&self, pages: &[Page<'_>]) -> Result<WrittenPages<'a>, OutputError> {
        // Every page and the static files will exist: links to them need not wait for the check.
        let mut files = self.output.written();
        files.extend(pages.iter().map(|p| p.output_file(self.site, self.config)));
        let known_files = KnownFiles {
            base_url: &self.config.base_url,
            files: &files,
        };
        let results: Vec<(Page<'_>, Result<WrittenPage<'a>, PageFailure>)> = pages
            .par_iter()
            .map(|&page| (page, self.page(page, known_files)))
            .collect();
        let mut found = Vec::new();
        let mut links = Some(Vec::with_capacity(pages.len()));
        // A broken template fails every page that uses it: say so once, naming the pages.
        let mut template_errors: Vec<(Diagnostic, Vec<String>)> = Vec::new();
        for (page, result) in results {
            match result {
                Ok(mut written) => {
                    found.append(&mut written.findings);
                    if let Some(links) = &mut links {
                        links.push(written.links);
                    }
                }
                Err(PageFailure::Output(e)) => return Err(e),
                Err(PageFailure::Template(d)) => {
                    links = None;
                    let name = self.describe(page);
                    match template_errors.iter_mut().find(|(seen, _)| *seen == *d) {
                        Some((_, names)) => names.push(name),
                        None => template_errors.push((*d, vec![name])),
                    }
                }
            }
        }
        for (mut diagnostic, names) in template_errors {
            diagnostic.message = match names.len() {
                1 => format!("{} (rendering {})", diagnostic.message, names[0]),
                n => format!(
                    "{} (rendering {} and {} other pages)",
                    diagnostic.message,
                    names[0],
                    n - 1
                ),
            };
            found.push(diagnostic);
        }
        Ok(WrittenPages {
            findings: found,
            links,
        })
    }

    fn page(
        &self,
        page: Page<'_>,
        known_files: KnownFiles<'_>,
    ) -> Result<WrittenPage<'a>, PageFailure> {
        let (site, config) = (self.site, self.config);
        let html = self
            .renderer
            .render(page)
            .map_err(|d| PageFailure::Template(Box::new(d)))?;
        let labels = &self.post_labels[page.lang(site, config)];
        let processed = postprocess::rewrite(&html, labels, &config.base_url).map_err(|e| {
            PageFailure::Template(Box::new(Diagnostic::error_at(
                page.template(),
                Position::START,
                "postprocess",
                format!("cannot post-process the HTML: {e}"),
            )))
        })?;
        let file = page.output_file(site, config);
        self.output
            .write(&file, processed.html.as_bytes())
            .map_err(PageFailure::Output)?;
        let findings = self.check_ids(page, &processed.ids);
        let mut links = PageLinks {
            file,
            ids: processed.ids,
            links: processed.links,
            base: processed.base,
            served_at_any_path: page == Page::NotFound,
            template: self.renderer.template_file(page.template()),
            content: crate::write::link_sources::content_sources(page, site, self.bodies),
        };
        known_files.drop_working(&mut links);
        Ok(WrittenPage { findings, links })
    }

    /// Checks the links of the written site (`pages` and the site files in `documents`).
    fn check_links(
        &self,
        pages: &[PageLinks<'_>],
        documents: &[(String, String)],
        theme: &ThemeFiles,
    ) -> Vec<Diagnostic> {
        let templates: Vec<SourceText> = theme
            .templates
            .values()
            .map(|(path, text)| SourceText::new(path.clone(), text.clone()))
            .collect();
        output_links::check(&output_links::SiteOutput {
            base_url: &self.config.base_url,
            files: &self.output.written(),
            pages,
            documents,
            templates: &templates,
        })
    }

    /// Checks a finished page's ids: links to `#anchors` the Markdown alone did not have must
    /// find them on the page, and no id may occur twice (an editor's `{#id}` can clash with an
    /// id of the theme).
    fn check_ids(&self, page: Page<'_>, ids: &[String]) -> Vec<Diagnostic> {
        let mut found = Vec::new();
        let mut seen = HashSet::new();
        let duplicates: BTreeSet<&str> = ids
            .iter()
            .filter(|id| !seen.insert(id.as_str()))
            .map(String::as_str)
            .collect();
        let body = self.body(page);
        for id in duplicates {
            let chosen = body.and_then(|(source, rendered)| {
                let (_, range) = rendered.explicit_ids.iter().find(|(e, _)| e == id)?;
                Some(Diagnostic::error_in(
                    source,
                    range.clone(),
                    "duplicate-id",
                    format!("the id {id:?} is also used by the page's template: choose another"),
                ))
            });
            found.push(chosen.unwrap_or_else(|| {
                Diagnostic::error_at(
                    &self.renderer.template_file(page.template()),
                    Position::START,
                    "duplicate-id",
                    format!(
                        "the id {id:?} occurs more than once on {}",
                        page.output_file(self.site, self.config)
                    ),
                )
            }));
        }
        if let Some((source, rendered)) = body {
            for (anchor, range) in &rendered.local_anchors {
                if !ids.contains(anchor) {
                    found.push(Diagnostic::error_in(
                        source,
                        range.clone(),
                        "missing-anchor",
                        format!(
                            "link to #{anchor}: no heading or element on this page has that id"
                        ),
                    ));
                }
            }
        }
        found
    }

    /// The Markdown a page shows, with its file.
    fn body(&self, page: Page<'_>) -> Option<(&SourceText, &Rendered)> {
        let (site, bodies) = (self.site, self.bodies);
        match page {
            Page::Article(i) => Some((&site.articles[i].source, &bodies.articles[i])),
            Page::Section(i) => Some((&site.sections[i].source, &bodies.sections[i])),
            Page::Home { lang } => {
                Some((&site.home_intros.get(lang)?.source, bodies.homes.get(lang)?))
            }
            _ => None,
        }
    }

    /// How diagnostics name a page: its content file, or else its output file.
    fn describe(&self, page: Page<'_>) -> String {
        match self.body(page) {
            Some((source, _)) => source.display_path.clone(),
            None => page.output_file(self.site, self.config),
        }
    }

    /// Writes each language's search index. Returns the findings.
    fn search_indexes(
        &self,
        analyzers: &BTreeMap<String, Analyzer>,
    ) -> Result<Vec<Diagnostic>, OutputError> {
        let indexes = search::site_indexes(self.config, &self.bodies.search, analyzers);
        match indexes {
            Ok(indexes) => {
                for (path, json) in indexes {
                    self.output.write(&path, json.as_bytes())?;
                }
                Ok(Vec::new())
            }
            Err(e) => Ok(vec![Diagnostic::error_at(
                search::INDEX_FILE,
                Position::START,
                "search-index",
                format!("cannot write the search index: {e}"),
            )]),
        }
    }

    /// Writes the sitemap, robots.txt and the feeds. Returns them as (path, text), for the link
    /// check.
    fn site_files(&self, pages: &[Page<'_>]) -> Result<Vec<(String, String)>, OutputError> {
        let (site, config) = (self.site, self.config);
        let mut documents = site_files::sitemaps(pages, site, config);
        documents.push((site_files::ROBOTS.to_string(), site_files::robots(config)));
        for lang in config.language_codes() {
            let feed = site_files::atom_feed(lang, site, config);
            documents.push((site_files::feed_path(lang), feed));
        }
        for (path, text) in &documents {
            self.output.write(path, text.as_bytes())?;
        }
        Ok(documents)
    }
}

fn fail(mut diagnostics: Vec<Diagnostic>) -> BuildError {
    diagnostics::sort(&mut diagnostics);
    BuildError::Content(diagnostics)
}
