//! The parse stage for a whole site: every body rendered in parallel, each comparison table's
//! own page, the entries of the sources page, and links to anchors on other pages checked.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::ops::Range;
use std::path::Path;
use std::sync::Arc;

use rayon::prelude::*;

use crate::diagnostics::{Diagnostic, Severity, SourceText};
use crate::load::config::{Config, ImageSettings, UncitedClaims};
use crate::load::content::files::{FileKey, INDEX_KEY};
use crate::load::content::ids::{ArticleId, PageList, SectionId};
use crate::load::content::{Article, CONTENT_DIR, Exclusion, Site};
use crate::parse::claims::{self, detector::Detector, eu_register::EuRegister};
use crate::parse::markdown::citing::Citer;
use crate::parse::markdown::headings::IdAllocator;
use crate::parse::markdown::images::{self, ImagePath, PreviewImage, ResolvedImage};
use crate::parse::markdown::links::{PageRef, Unresolved};
use crate::parse::markdown::page_text::PageText;
use crate::parse::markdown::reference_list::LevelShown;
use crate::parse::markdown::{
    self, Document, Labels, LinkResolver, ReferenceLookup, Rendered, Sources, comparison,
    reference_list,
};
use crate::parse::placeholders::Placeholders;
use crate::parse::references::PageReferences;

/// The rendered body of every article.
pub type ArticleBodies = PageList<ArticleId, Arc<Rendered>>;

/// The Markdown of every page, rendered to HTML.
#[derive(Debug, Default)]
pub struct Bodies {
    /// One per [`Site::articles`] entry.
    pub articles: ArticleBodies,
    /// One per [`Site::sections`] entry.
    pub sections: PageList<SectionId, Rendered>,
    /// Home page introductions by language.
    pub homes: BTreeMap<String, Rendered>,
    /// One per comparison table (in the site's order): its own page in each language.
    pub comparisons: Vec<BTreeMap<String, ComparisonBody>>,
    /// Per language, the entry of every reference some page cites, by key (for the sources
    /// page), in the reference list's style.
    pub references: BTreeMap<String, BTreeMap<String, String>>,
}

/// A comparison table's own page in one language, rendered.
#[derive(Debug, Default, Clone)]
pub struct ComparisonBody {
    /// The table.
    pub table: String,
    /// The numbered list of the sources its rows cite.
    pub references: String,
}

/// What judges an article's own text while it is parsed, per language.
#[derive(Debug, Default)]
pub struct TextChecks {
    /// The claim detector of every language whose model loaded.
    pub detectors: HashMap<String, Detector>,
    /// With `[claims] eu_register = true`: the EU register of authorised health claims of every
    /// language whose register loaded. Empty otherwise, so the check costs nothing when off.
    pub eu_registers: HashMap<String, EuRegister>,
    /// The placeholders `kennis new` writes.
    pub placeholders: Placeholders,
}

impl TextChecks {
    /// Loads the claim detectors (in parallel: each reads a model file), the EU registers when
    /// `[claims] eu_register` asks for them, and the placeholders of every language; what
    /// cannot be loaded is reported.
    pub fn load(root: &Path, config: &Config, diagnostics: &mut Vec<Diagnostic>) -> Self {
        let languages: Vec<&str> = config.language_codes().collect();
        let loaded: Vec<_> = languages
            .par_iter()
            .map(|lang| (lang.to_string(), Detector::load(root, lang)))
            .collect();
        let detectors = keep_loaded(loaded, diagnostics);
        let eu_registers = if config.eu_register {
            let loaded = languages
                .iter()
                .map(|lang| (lang.to_string(), EuRegister::load(root, lang)))
                .collect();
            keep_loaded(loaded, diagnostics)
        } else {
            HashMap::new()
        };
        TextChecks {
            detectors,
            eu_registers,
            placeholders: Placeholders::load(root, config, diagnostics),
        }
    }
}

/// What loaded, by language; the problems of what did not are reported.
fn keep_loaded<T>(
    loaded: Vec<(String, Result<T, Vec<Diagnostic>>)>,
    diagnostics: &mut Vec<Diagnostic>,
) -> HashMap<String, T> {
    loaded
        .into_iter()
        .filter_map(|(lang, loaded)| match loaded {
            Ok(value) => Some((lang, value)),
            Err(mut found) => {
                diagnostics.append(&mut found);
                None
            }
        })
        .collect()
}

/// What a health claim without a source is, by `[claims] uncited`.
pub fn uncited_severity(config: &Config) -> Severity {
    match config.uncited_claims {
        UncitedClaims::Error => Severity::Error,
        UncitedClaims::Warn => Severity::Warning,
    }
}

/// Renders bodies of one site: what [`bodies`] does for every page, and a rebuild for one
/// article.
pub struct BodyRenderer<'a> {
    site: &'a Site,
    config: &'a Config,
    labels: &'a HashMap<String, Labels>,
    checks: &'a TextChecks,
    links: SiteLinks<'a>,
    uncited: Severity,
    /// Keep every claim's sources in the bodies (see [`Sources::profile_claims`]).
    pub profile_claims: bool,
}

impl<'a> BodyRenderer<'a> {
    /// A renderer for the bodies of `site`, with each language's labels and text checks.
    pub fn new(
        site: &'a Site,
        config: &'a Config,
        labels: &'a HashMap<String, Labels>,
        checks: &'a TextChecks,
    ) -> Self {
        BodyRenderer {
            site,
            config,
            labels,
            checks,
            links: SiteLinks { site, config },
            uncited: uncited_severity(config),
            profile_claims: false,
        }
    }

    /// The body of `article`, with the findings in its text: citations, claims (in the body
    /// and the summary) and placeholders.
    pub fn article(&self, article: &Article) -> Rendered {
        let references = PageReferences::of_article(article, self.site, self.config);
        let mut rendered = self.render(
            &article.source,
            &article.body,
            &article.lang,
            Some((&article.section, &article.key)),
            &references,
        );
        self.preview_image(article, &mut rendered);
        if let Some(detector) = self.checks.detectors.get(&article.lang) {
            let summary = claims::in_summary(article, detector, self.uncited);
            rendered.diagnostics.extend(summary);
            if let Some(register) = self.checks.eu_registers.get(&article.lang) {
                let beyond = claims::eu_register::in_summary(article, detector, register);
                rendered.diagnostics.extend(beyond);
            }
        }
        rendered
            .diagnostics
            .extend(self.checks.placeholders.find(article));
        rendered
    }

    /// The article's link preview image: its front matter `image` (a missing file is
    /// reported at the field), or else the first image of its text, kept by the renderer.
    fn preview_image(&self, article: &Article, rendered: &mut Rendered) {
        let Some((path, place)) = &article.meta.image else {
            return;
        };
        let resolved = self.links.image(
            &ImagePath::of(path),
            Some((&article.section, &article.key)),
            &article.lang,
        );
        match resolved {
            Some(ResolvedImage {
                url, file: Some(_), ..
            }) => {
                rendered.preview_image = Some(PreviewImage {
                    url,
                    alt: article.meta.image_alt.clone().unwrap_or_default(),
                });
            }
            Some(ResolvedImage { wanted, .. }) => rendered.diagnostics.push(Diagnostic::error_in(
                &article.source,
                place.clone(),
                "broken-link",
                format!("image {path:?}: there is no file {wanted}"),
            )),
            None => rendered.diagnostics.push(Diagnostic::error_in(
                &article.source,
                place.clone(),
                "broken-link",
                format!(
                    "image {path:?}: write the name of a file in the article's own folder \
                     ({CONTENT_DIR}/{}/{}/), or its path in static/ starting with /",
                    article.section, article.key
                ),
            )),
        }
    }

    fn render(
        &self,
        source: &SourceText,
        body: &Range<usize>,
        lang: &str,
        article: Option<(&str, &str)>,
        references: &dyn ReferenceLookup,
    ) -> Rendered {
        let doc = Document {
            source,
            body,
            lang,
            article,
        };
        let sources = Sources {
            references,
            claims: self.checks.detectors.get(lang),
            uncited: self.uncited,
            eu_register: self.checks.eu_registers.get(lang),
            comparisons: &self.site.comparisons,
            references_incomplete: self.site.bibliography.broken
                || article.is_some_and(|(section, key)| self.site.version_has_errors(section, key)),
            evidence: Some(&self.site.evidence),
            min_level: self.config.min_level,
            profile_claims: self.profile_claims,
        };
        markdown::render(doc, &self.labels[lang], &self.links, sources)
    }
}

/// Renders the Markdown of every article, section and home page introduction in parallel,
/// checking citations and claims, then checks links to anchors on other pages. Each article's
/// search text goes to `search` as soon as it is gathered (`None` for a body taken from the
/// previous build), and what `search` makes of it is returned with the bodies.
pub fn bodies<D, S>(
    renderer: &BodyRenderer<'_>,
    reuse: &(dyn Fn(&Article) -> Option<Arc<Rendered>> + Sync),
    search: &S,
    diagnostics: &mut Vec<Diagnostic>,
) -> (Bodies, PageList<ArticleId, D>)
where
    D: Send,
    S: Fn(&Article, &Arc<Rendered>, Option<PageText>) -> D + Sync,
{
    let (site, config, labels) = (renderer.site, renderer.config, renderer.labels);
    let shared = PageReferences::shared(site);
    let (articles, searched): (Vec<_>, Vec<_>) = site
        .articles
        .par_iter()
        .map(|a| {
            if let Some(rendered) = reuse(a) {
                let searched = search(a, &rendered, None);
                return (rendered, searched);
            }
            let mut rendered = renderer.article(a);
            // Handed to search at once, so the texts of the whole site never pile up.
            let text = std::mem::take(&mut rendered.search_text);
            let rendered = Arc::new(rendered);
            let searched = search(a, &rendered, Some(text));
            (rendered, searched)
        })
        .unzip();
    let mut bodies = Bodies {
        articles: articles.into_iter().collect(),
        sections: site
            .sections
            .par_iter()
            .map(|s| renderer.render(&s.source, &s.body, &s.lang, None, &shared))
            .collect(),
        homes: site
            .home_intros
            .iter()
            .map(|(lang, h)| {
                let rendered = renderer.render(&h.source, &h.body, lang, None, &shared);
                (lang.clone(), rendered)
            })
            .collect(),
        ..Bodies::default()
    };
    bodies.comparisons = comparison_pages(site, config, labels);
    bodies.references = reference_entries(site, config, labels, &bodies);
    diagnostics.extend(body_findings(site, &bodies));
    (bodies, searched.into_iter().collect())
}

/// The findings of every body, and links to anchors that the page linked to does not have.
pub fn body_findings(site: &Site, bodies: &Bodies) -> Vec<Diagnostic> {
    let documents = site
        .articles
        .iter()
        .map(|a| (&*a.source, a.lang.as_str()))
        .zip(bodies.articles.iter().map(|body| &**body))
        .chain(
            site.sections
                .iter()
                .map(|s| (&*s.source, s.lang.as_str()))
                .zip(&bodies.sections),
        )
        .chain(
            site.home_intros
                .values()
                .map(|h| (&*h.source, h.lang.as_str()))
                .zip(bodies.homes.values()),
        );
    let mut found = Vec::new();
    for ((source, lang), rendered) in documents {
        found.extend(rendered.diagnostics.iter().cloned());
        for anchor_ref in &rendered.anchor_refs {
            let target = target_body(bodies, site, &anchor_ref.page, lang);
            if target.is_some_and(|t| !t.has_id(&anchor_ref.anchor)) {
                found.push(Diagnostic::error_in(
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
    found
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
                    let mut citer = Citer::new(&shared, Some(&site.evidence));
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
    let every = site.references_by_id();
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
                        reference_list::entry_html(
                            reference,
                            LevelShown::of(true, site.evidence.of(key)),
                            &labels[lang],
                        ),
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
            .article_id(section, key, lang)
            .map(|i| &*bodies.articles[i]),
        PageRef::Section { section } => site.section_id(section, lang).map(|i| &bodies.sections[i]),
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
            Some(Exclusion::Future) => Unresolved::Future { file },
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

    fn image(
        &self,
        path: &ImagePath<'_>,
        article: Option<(&str, &str)>,
        lang: &str,
    ) -> Option<ResolvedImage> {
        let assets = &self.site.assets;
        match *path {
            ImagePath::Static(path) => {
                let name = images::file_name(path);
                Some(ResolvedImage {
                    url: self.config.url_path(path),
                    file: assets.static_file(&name).map(Path::to_path_buf),
                    wanted: format!("static/{name}"),
                    published: name,
                })
            }
            ImagePath::Bundle(name) => {
                let (section, key) = article?;
                let page = self.site.article(section, key, lang)?;
                let name_on_disk = images::file_name(name);
                Some(ResolvedImage {
                    url: self.config.url_path(&format!("{}{name}", page.site_path)),
                    file: assets
                        .bundle_file(section, key, &name_on_disk)
                        .map(Path::to_path_buf),
                    wanted: format!("{CONTENT_DIR}/{section}/{key}/{name_on_disk}"),
                    published: format!("{}{name_on_disk}", page.site_path),
                })
            }
            ImagePath::Elsewhere => None,
        }
    }

    fn image_settings(&self) -> Option<&ImageSettings> {
        Some(&self.config.images)
    }
}
