//! `kennis build`: the whole pipeline, from `site.toml` to a complete site in `public/`.
//!
//! load (config, UI strings, content, theme) → parse (Markdown) → check (links, anchors) →
//! render (templates) → post-process (lol_html) → write (staging folder, swapped in on success).
//! Problems are collected across all stages; nothing is written unless there are none.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::cache::BodyCache;
use crate::check;
use crate::check::output_links::{self, StoredLinks};
use crate::diagnostics::{self, Diagnostic, Position, has_errors};
use crate::load::config::{CONFIG_FILE, Config, ConfigError};
use crate::load::content::files::FileKey;
use crate::load::content::reread::ReadFiles;
use crate::load::content::{self, Article, Exclusion, Site};
use crate::load::i18n::{self, UiStrings};
use crate::load::theme::ThemeFiles;
use crate::parse::markdown::images;
use crate::parse::markdown::page_text::PageText;
use crate::parse::markdown::{Labels, Rendered};
use crate::parse::site::{Bodies, BodyRenderer, TextChecks};
use crate::parse::{self};
use crate::postprocess::{Decorator, PostLabels};
use crate::render::pages::all_pages;
use crate::render::ui_keys;
use crate::render::{Page, Renderer};
use crate::search::{self, Analyzer, SearchDocuments};
use crate::write::images::Pictures;
use crate::write::output::{DiscardOutput, MemoryOutput, OutputError, SiteOutput, Staging};
use crate::write::pages::SiteWriter;

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
    /// Leave out articles dated after this day (see [`Config::publish_until`]); `None`, and
    /// any build with drafts, publishes every date.
    pub publish_until: Option<crate::load::content::front_matter::Date>,
    /// Today, for the review dates (see [`Config::today`]).
    pub today: Option<crate::load::content::front_matter::Date>,
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
            publish_until: None,
            today: None,
        }
    }
}

/// How long each stage of a build took, in order.
#[derive(Debug, Clone, Default)]
pub struct Timings {
    /// Each stage's name and time.
    pub stages: Vec<(&'static str, Duration)>,
    last: Option<Instant>,
}

impl Timings {
    /// Starts the clock.
    pub(crate) fn start() -> Self {
        Timings {
            stages: Vec::new(),
            last: Some(Instant::now()),
        }
    }

    /// Ends `stage`, which began where the last one ended.
    pub(crate) fn lap(&mut self, stage: &'static str) {
        let now = Instant::now();
        let since = self.last.unwrap_or(now);
        self.stages.push((stage, now - since));
        self.last = Some(now);
    }

    /// Adds the stages of `later` after these.
    pub(crate) fn append(&mut self, later: &Timings) {
        self.stages.extend_from_slice(&later.stages);
        self.last = later.last;
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
    /// How long each stage took.
    pub timings: Timings,
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
    // The search index is made: the documents it was made from are not needed while pages
    // are written (at 10,000 articles per language they take a few hundred MB), and neither
    // is what only a rebuild after an edit needs.
    prepared.search_documents = Default::default();
    prepared.findings = Default::default();
    prepared.text_checks = Default::default();
    let output = options
        .output
        .clone()
        .unwrap_or_else(|| options.root.join("public"));
    let replace_existing = options.force || options.output.is_none();
    let rendered = render_site(&config, &prepared, diagnostics, &|_| true, false, || {
        Staging::create(&output, &options.root, replace_existing)
    })?;
    let mut diagnostics = rendered.diagnostics;
    let mut timings = prepared.timings.clone();
    timings.append(&rendered.timings);
    let committed = rendered.output.commit()?;
    timings.lap("replace the output");
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
        timings,
    })
}

impl BuildOptions {
    /// `site.toml`, with the `--base-url` override applied.
    pub fn config(&self) -> Result<Config, ConfigError> {
        let mut config = Config::load(&self.root)?;
        if let Some(url) = &self.base_url {
            config.set_base_url(url)?;
        }
        // A preview with drafts shows what is not published yet, future articles included.
        config.publish_until = self.publish_until.filter(|_| !self.include_drafts);
        config.today = self.today;
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
    /// The findings on each page written this time, by output file (pages without are left
    /// out).
    pub page_findings: HashMap<String, Vec<Diagnostic>>,
    /// The links and ids of each page written this time, by output file, when asked for
    /// (`None` when a page could not be rendered).
    pub links: Option<Vec<(String, StoredLinks)>>,
    /// Whether the links of the whole site were checked (only when every page was written).
    pub links_checked: bool,
    /// The sitemap, feeds and robots.txt, as (path, text), when the links were asked for.
    pub documents: Vec<(String, String)>,
    /// The `<picture>`s of images whose WebP copies were written, for pages rendered again
    /// later from the same files (the serve loop's patches).
    pub pictures: Pictures,
    /// How long rendering and writing took.
    pub timings: Timings,
}

/// Renders a prepared site into the output `create_output` makes: the static files, the pages
/// `selected` picks (the serve loop skips pages nothing they show has changed), and the sitemap,
/// feeds and robots.txt; with `keep_links`, the written pages' links and ids are handed back
/// (for the serve loop's link check). Fails with every finding when anything is wrong; the
/// output is then dropped, which discards a staging folder.
pub(crate) fn render_site<O: SiteOutput>(
    config: &Config,
    prepared: &Prepared,
    mut diagnostics: Vec<Diagnostic>,
    selected: &dyn Fn(Page<'_>) -> bool,
    keep_links: bool,
    create_output: impl FnOnce() -> Result<O, OutputError>,
) -> Result<RenderedSite<O>, BuildError> {
    let mut timings = Timings::start();
    let Prepared {
        site,
        bodies,
        search_index,
        theme,
        ..
    } = prepared;
    let (renderer, decorators) = page_renderer(config, prepared, &mut diagnostics)?;
    let Some(theme) = theme else {
        return Err(fail(diagnostics));
    };
    timings.lap("compile templates");
    let output = create_output()?;
    let writer = SiteWriter {
        site,
        config,
        bodies,
        renderer: &renderer,
        decorators: &decorators,
        output: &output,
    };
    writer.static_files(theme)?;
    writer.article_files()?;
    let copies = writer.image_copies(&prepared.root)?;
    diagnostics.extend(copies.findings);
    timings.lap("static files, image copies");
    let pages = all_pages(site, config);
    let to_render: Vec<Page<'_>> = pages.iter().copied().filter(|&p| selected(p)).collect();
    let known = writer.known_files(&pages, &copies.named);
    let written = writer.pages(&to_render, &known, &copies.pictures)?;
    timings.lap("render and write pages");
    diagnostics.extend(written.findings);
    let page_findings = written.by_page;
    writer.search_indexes(search_index)?;
    let documents = writer.site_files(&pages)?;
    timings.lap("sitemap, feeds");
    // Only a complete site can be checked: a page whose template failed was not written, and
    // the preview server's rebuilds render only the pages that changed.
    let mut links_checked = false;
    if to_render.len() == pages.len()
        && let Some(page_links) = &written.links
    {
        let found = writer.check_links(page_links, &documents, theme, &copies.named);
        diagnostics.extend(output_links::without_repeats(found, &diagnostics));
        links_checked = true;
        timings.lap("link check");
    }
    // A build lets go of the sitemap and feeds here; the serve loop checks them again later.
    let documents = if keep_links { documents } else { Vec::new() };
    let links = written.links.filter(|_| keep_links).map(|pages| {
        pages
            .iter()
            .map(|page| (page.file.clone(), page.stored()))
            .collect()
    });
    if has_errors(&diagnostics) {
        return Err(fail(diagnostics));
    }
    Ok(RenderedSite {
        output,
        diagnostics,
        page_files: pages.iter().map(|p| p.output_file(site, config)).collect(),
        page_findings,
        links,
        links_checked,
        documents,
        pictures: copies.pictures,
        timings,
    })
}

/// The renderer of a prepared site's pages and each language's decorator for the theme's
/// markup. Fails with every finding when the templates, the UI strings or the theme could not
/// be loaded: they would fail every page.
fn page_renderer<'p>(
    config: &'p Config,
    prepared: &'p Prepared,
    diagnostics: &mut Vec<Diagnostic>,
) -> Result<(Renderer<'p>, HashMap<String, Decorator>), BuildError> {
    let Prepared {
        site,
        bodies,
        strings,
        theme,
        analyzers,
        ..
    } = prepared;
    let (Some(strings), Some(theme), Some(_)) = (strings, theme, analyzers) else {
        return Err(fail(std::mem::take(diagnostics)));
    };
    // Templates that do not compile, or ask for UI strings that do not exist, would fail on
    // every page: report them once and render nothing.
    let missing_strings = ui_keys::check(theme, strings, config);
    let renderer = if missing_strings.is_empty() {
        Renderer::new(config, site, bodies, theme, strings.clone())
    } else {
        Err(missing_strings)
    };
    let renderer = renderer.map_err(|mut found| diagnostics.append(&mut found));
    let decorators = i18n::per_language(
        config,
        strings,
        |lang| {
            PostLabels::from_strings(strings, lang)
                .map(|labels| Decorator::new(&labels, &config.base_url))
        },
        diagnostics,
    );
    // Pages are rendered even when the content has errors: some checks (anchors against the
    // whole page, ids clashing with the theme's) need the finished page, and an editor should
    // see every problem in one run. The output is discarded unless all is well.
    match renderer {
        Ok(renderer) => Ok((renderer, decorators)),
        Err(()) => Err(fail(std::mem::take(diagnostics))),
    }
}

/// Renders `pages` of a prepared site into memory, with nothing else (no static files, image
/// copies, search index, sitemap or feeds, and no link check), for a rebuild after an edit to
/// the text of articles; `site_files` are all the files of the site, `pictures` those of the
/// build that wrote them. Returns the files, the findings on each page (pages without are left
/// out), and each page's links and ids by output file.
pub(crate) fn render_pages(
    config: &Config,
    prepared: &Prepared,
    pages: &[Page<'_>],
    site_files: &HashSet<String>,
    pictures: &Pictures,
) -> Result<RenderedPages, BuildError> {
    let mut diagnostics = Vec::new();
    let (renderer, decorators) = page_renderer(config, prepared, &mut diagnostics)?;
    let output = MemoryOutput::default();
    let (findings, by_page, links) = SiteWriter {
        site: &prepared.site,
        config,
        bodies: &prepared.bodies,
        renderer: &renderer,
        decorators: &decorators,
        output: &output,
    }
    .pages(pages, site_files, pictures)
    .map(|written| {
        let links: Vec<(String, StoredLinks)> = written
            .links
            .iter()
            .flatten()
            .map(|page| (page.file.clone(), page.stored()))
            .collect();
        (written.findings, written.by_page, links)
    })?;
    diagnostics.extend(findings);
    if has_errors(&diagnostics) {
        return Err(fail(diagnostics));
    }
    Ok(RenderedPages {
        output,
        findings: by_page,
        links,
    })
}

/// Pages rendered by [`render_pages`].
pub(crate) struct RenderedPages {
    /// The files.
    pub output: MemoryOutput,
    /// The findings on each page, by output file (pages without are left out).
    pub findings: HashMap<String, Vec<Diagnostic>>,
    /// Each page's links and ids, by output file.
    pub links: Vec<(String, StoredLinks)>,
}

/// Everything a build needs before it writes: the loaded site, its rendered Markdown, UI strings
/// and theme, and every finding so far. Parts that could not be loaded are `None`.
pub struct Prepared {
    /// The site's root folder (with `site.toml`), where the cache of image copies is.
    pub root: PathBuf,
    /// The content (files with errors left out).
    pub site: Site,
    /// Rendered Markdown of every page.
    pub bodies: Bodies,
    /// What search knows of each article (one per [`Site::articles`] entry; empty when only
    /// the findings were asked for or the search settings did not load).
    pub search_documents: SearchDocuments,
    /// Each language's search index file, as (site path, JSON), made from the documents.
    pub search_index: Vec<(String, String)>,
    /// UI strings, if they loaded without errors.
    pub strings: Option<Arc<UiStrings>>,
    /// Templates and static files, if they loaded without errors.
    pub theme: Option<ThemeFiles>,
    /// How each language's text becomes search terms, if the settings loaded without errors.
    pub analyzers: Option<BTreeMap<String, Analyzer>>,
    /// Each language's labels for rendered bodies (empty without UI strings).
    pub labels: HashMap<String, Labels>,
    /// The claim detectors and placeholders bodies are checked with.
    pub text_checks: TextChecks,
    /// All findings, sorted.
    pub diagnostics: Vec<Diagnostic>,
    /// The same findings apart by stage (bodies keep their own).
    pub findings: FindingParts,
    /// How long loading, parsing and checking took.
    pub timings: Timings,
}

/// Loads and checks everything without writing anything.
pub fn prepare(root: &Path, config: &Config, include_drafts: bool) -> Prepared {
    prepare_reusing(root, config, include_drafts, Reuse::default())
}

/// What a rebuild may take from the builds before it.
#[derive(Debug, Default)]
pub struct Reuse<'a> {
    /// The content files the last load read: only changed ones are read again.
    pub files: Option<&'a mut ReadFiles>,
    /// The bodies the last build rendered. The caller vouches that nothing else a body
    /// depends on (configuration, UI strings, lexicons, bibliography, comparison tables) has
    /// changed; the cache itself checks the site's addresses.
    pub bodies: Option<&'a BodyCache>,
}

/// What [`check_site`] found, and what it read.
#[derive(Debug, Clone, Default)]
pub struct SiteCheck {
    /// Every finding.
    pub found: Vec<Diagnostic>,
    /// The files checked: `site.toml`, content files (those with errors too), the shared
    /// bibliography's files and the comparison tables.
    pub files: usize,
    /// The site's pages, rendered with the theme's templates to check them (0 for a check of
    /// the content alone).
    pub pages: usize,
    /// The articles left out as drafts (`draft = true`, without `--drafts`), by file key.
    pub drafts: Vec<FileKey>,
}

/// How much of a build [`check_site`] runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CheckDepth {
    /// Every check a build runs: the content, then every page rendered with the theme's
    /// templates (kept in memory and dropped) and the link check over the finished site, so
    /// that a clean check means a clean build.
    Pages,
    /// The content alone (Markdown, front matter, references, claims, links between
    /// articles): faster, but problems only the finished pages show (template errors, ids
    /// clashing with the theme's, links and anchors in templates) are not looked for.
    Content,
}

/// What `kennis check` reports: every finding a build of the site would make (or, at
/// [`CheckDepth::Content`], those of the content alone), with the files it checked and the
/// drafts it left out. Nothing is written.
pub fn check_site(
    root: &Path,
    config: &Config,
    include_drafts: bool,
    depth: CheckDepth,
) -> SiteCheck {
    let needs = match depth {
        CheckDepth::Pages => Needs::Rendering,
        CheckDepth::Content => Needs::Findings,
    };
    let mut prepared = prepare_with(root, config, include_drafts, Reuse::default(), needs);
    let mut found = std::mem::take(&mut prepared.diagnostics);
    let mut pages = 0;
    if depth == CheckDepth::Pages {
        let rendered = render_site(config, &prepared, found, &|_| true, false, || {
            Ok(DiscardOutput::default())
        });
        pages = all_pages(&prepared.site, config).len();
        found = match rendered {
            Ok(rendered) => rendered.diagnostics,
            Err(BuildError::Content(all)) => all,
            // A discarding output writes nothing, so it cannot fail; were it ever to, say so.
            Err(other) => vec![Diagnostic::error_at(
                CONFIG_FILE,
                Position::START,
                "output",
                other.to_string(),
            )],
        };
    }
    let site = &prepared.site;
    let drafts: Vec<FileKey> = site
        .excluded
        .iter()
        .filter(|(_, why)| matches!(why, Exclusion::Draft))
        .map(|(key, _)| key.clone())
        .collect();
    let with_errors = site
        .excluded
        .values()
        .filter(|why| matches!(why, Exclusion::HasErrors))
        .count();
    let files = 1
        + site.articles.len()
        + site.sections.len()
        + site.home_intros.len()
        + with_errors
        + site.bibliography.files.len()
        + site.comparisons.tables.len()
        + site.comparisons.broken.len();
    SiteCheck {
        found,
        files,
        pages,
        drafts,
    }
}

/// The site loaded and checked, with every claim of every body and the citations that cover
/// it kept in [`Rendered::claims`]: what `kennis sources` reports on. Nothing is rendered.
pub fn evidence_profile(root: &Path, config: &Config, include_drafts: bool) -> Prepared {
    prepare_with(
        root,
        config,
        include_drafts,
        Reuse::default(),
        Needs::Profile,
    )
}

/// What a caller of [`prepare_with`] needs besides the findings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Needs {
    /// Only the findings of the content: nothing is rendered or written.
    Findings,
    /// The findings of the content, and every claim of every body with its sources (for
    /// `kennis sources`).
    Profile,
    /// The pages' bodies as a build renders them, to render the pages from (for the checks
    /// of the finished pages), but not the search documents: nothing is written.
    Rendering,
    /// Everything pages are made from, the search documents included.
    Pages,
}

/// [`prepare`], taking from `reuse` every content file that has not changed and the rendered
/// body of every article whose text (and its translations') has not changed.
pub fn prepare_reusing(
    root: &Path,
    config: &Config,
    include_drafts: bool,
    reuse: Reuse<'_>,
) -> Prepared {
    prepare_with(root, config, include_drafts, reuse, Needs::Pages)
}

fn prepare_with(
    root: &Path,
    config: &Config,
    include_drafts: bool,
    reuse: Reuse<'_>,
    needs: Needs,
) -> Prepared {
    let cache = reuse.bodies;
    let mut diagnostics = Vec::new();
    let mut timings = Timings::start();
    // Load.
    let strings = keep(
        UiStrings::load(root, config).map(Arc::new),
        &mut diagnostics,
    );
    let theme = keep(ThemeFiles::load(root, config), &mut diagnostics);
    let analyzers = keep(search::load_analyzers(root, config), &mut diagnostics);
    let loaded = content::load_rereading(root, config, include_drafts, reuse.files);
    diagnostics.extend(loaded.diagnostics);
    let mut site = loaded.site;
    if let Some(theme) = &theme {
        site.assets.static_files = theme
            .static_files
            .iter()
            .map(|(name, file)| (name.clone(), file.source.clone()))
            .collect();
        if let Some(default) = &config.images.default {
            let path = images::file_name(default.trim_start_matches('/'));
            if site.assets.static_file(&path).is_none() {
                diagnostics.push(Diagnostic::error_at(
                    CONFIG_FILE,
                    Position::START,
                    "broken-link",
                    format!(
                        "[images] default {default:?}: there is no static/{path} (in the site's \
                         static/ folder or the theme's)"
                    ),
                ));
            }
        }
    }
    timings.lap("load");

    // Parse, then the search documents and the site-wide checks on what was parsed. Without
    // UI strings no body can be rendered, and the checks would only repeat that.
    let text_checks = TextChecks::load(root, config, &mut diagnostics);
    let mut search_documents = SearchDocuments::default();
    let mut search_index = Vec::new();
    let mut labels = HashMap::new();
    let mut findings = FindingParts::default();
    let bodies = match &strings {
        Some(strings) => {
            labels = i18n::per_language(
                config,
                strings,
                |lang| {
                    let mut labels = Labels::from_strings(strings, lang)?;
                    labels.findings_only = matches!(needs, Needs::Findings | Needs::Profile);
                    labels.raw_html = config.raw_html;
                    if matches!(needs, Needs::Rendering | Needs::Pages) {
                        // A missing string is reported when the pages are written.
                        let post = PostLabels::from_strings(strings, lang).unwrap_or_default();
                        labels.decorator = Some(Decorator::new(&post, &config.base_url));
                    }
                    Ok(labels)
                },
                &mut diagnostics,
            );
            let cache = cache.filter(|cache| cache.fits(&site));
            let reuse = |article: &Article| cache?.get(article, &site, config);
            // Each article's search document is made as soon as its body is parsed.
            let analyzers_for_pages = analyzers.as_ref().filter(|_| needs == Needs::Pages);
            let document =
                |article: &Article, body: &Arc<Rendered>, text: Option<PageText>| match text {
                    Some(text) => {
                        search::article_document(&site, article, &text, analyzers_for_pages?)
                    }
                    None => cache?.search_document(article, body),
                };
            findings.loading = diagnostics.clone();
            let mut renderer = BodyRenderer::new(&site, config, &labels, &text_checks);
            renderer.profile_claims = needs == Needs::Profile;
            let (bodies, documents) =
                parse::site::bodies(&renderer, &reuse, &document, &mut diagnostics);
            timings.lap("parse");
            if let Some(analyzers) = analyzers_for_pages {
                search_documents = documents;
                match search::site_indexes(config, &search_documents, analyzers) {
                    Ok(files) => search_index = files,
                    Err(e) => {
                        findings.search.push(search_index_error(&e));
                        diagnostics.push(search_index_error(&e));
                    }
                }
                timings.lap("search index");
            }
            findings.checks = check::site(&site, config, &bodies, &text_checks.detectors);
            diagnostics.extend(findings.checks.iter().cloned());
            timings.lap("site-wide checks");
            bodies
        }
        None => Bodies::default(),
    };
    diagnostics::sort(&mut diagnostics);
    Prepared {
        root: root.to_path_buf(),
        site,
        bodies,
        search_documents,
        search_index,
        strings,
        theme,
        analyzers,
        labels,
        text_checks,
        diagnostics,
        findings,
        timings,
    }
}

/// The finding for a search index that could not be made.
pub(crate) fn search_index_error(e: &search::IndexWriteError) -> Diagnostic {
    Diagnostic::error_at(
        search::INDEX_FILE,
        Position::START,
        "search-index",
        format!("cannot write the search index: {e}"),
    )
}

/// The findings of [`prepare`] apart by the stage that made them, so a rebuild after an edit to
/// an article's text can make again only those that depend on it. (Only kept when the UI
/// strings loaded: otherwise nothing was parsed.)
#[derive(Debug, Clone, Default)]
pub struct FindingParts {
    /// Everything before the bodies were parsed: configuration, UI strings, theme, search
    /// settings, content files, claim models, placeholders.
    pub loading: Vec<Diagnostic>,
    /// A search index that could not be made.
    pub search: Vec<Diagnostic>,
    /// The site-wide checks.
    pub checks: check::SiteFindings,
}

/// What loaded, with its findings added to `diagnostics` when it did not.
fn keep<T>(loaded: Result<T, Vec<Diagnostic>>, diagnostics: &mut Vec<Diagnostic>) -> Option<T> {
    loaded
        .map_err(|mut found| diagnostics.append(&mut found))
        .ok()
}

fn fail(mut diagnostics: Vec<Diagnostic>) -> BuildError {
    diagnostics::sort(&mut diagnostics);
    BuildError::Content(diagnostics)
}
