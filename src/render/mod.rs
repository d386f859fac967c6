//! Filling the theme's Tera templates: one HTML document per [`Page`].

pub mod context;
pub mod functions;
pub mod pages;
pub mod relocate;
pub mod structured_data;
pub mod ui_keys;

use std::borrow::Cow;
use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

use tera::{Context, Tera};

use crate::diagnostics::{Diagnostic, Position};
use crate::load::config::Config;
use crate::load::content::evidence::EvidenceLevel;
use crate::load::content::reference::Reference;
use crate::load::content::{Article, ArticleId, SectionId, Site};
use crate::load::i18n::UiStrings;
use crate::load::theme::ThemeFiles;
use crate::parse::markdown::Rendered;
use crate::parse::markdown::decorate::Inventory;
use crate::parse::markdown::images::{self, PreviewImage};
use crate::parse::site::Bodies;
use crate::postprocess::Processed;
use context::{
    Alternate, ArticleContext, ArticleSummary, Common, ComparisonContext, ComparisonSummary,
    FaqEntry, FaqGroup, HomeContext, LanguageLink, NavLink, PageLink, SectionContext,
    SectionSummary, SiteInfo, SourceEntry, SourceGroup, SwitcherLink, TopicContext, TopicLink,
};
pub use pages::Page;

/// How many articles the home page lists.
const RECENT_ARTICLES: usize = 10;

/// Words read per minute, for the reading time shown with an article.
const WORDS_PER_MINUTE: usize = 200;

/// A page rendered with its template; the content it shows still to be put in.
pub struct RenderedPage<'a> {
    /// The template's output, with a marker where each piece of content goes.
    pub html: String,
    /// The content, in the order of the markers' numbers.
    splices: Vec<Splice<'a>>,
}

/// A piece of content the template shows, decorated already, with its ids and URLs.
struct Splice<'a> {
    html: Cow<'a, str>,
    inventory: Cow<'a, Inventory>,
}

/// The pieces of content of one page being rendered.
#[derive(Default)]
struct Splices<'a>(Vec<Splice<'a>>);

/// What a marker for a piece of content starts with; its number and [`SPLICE_END`] follow.
/// Control characters, which neither templates nor Markdown produce.
const SPLICE_START: &str = "\u{1}kennis-splice-";
/// What a marker ends with.
const SPLICE_END: char = '\u{2}';

impl<'a> Splices<'a> {
    /// A marker for `html`.
    fn add(&mut self, html: &'a str, inventory: Cow<'a, Inventory>) -> String {
        self.push(Cow::Borrowed(html), inventory)
    }

    /// A marker for `html` made for this page.
    fn add_owned(&mut self, html: String, inventory: Inventory) -> String {
        self.push(Cow::Owned(html), Cow::Owned(inventory))
    }

    fn push(&mut self, html: Cow<'a, str>, inventory: Cow<'a, Inventory>) -> String {
        // Templates test for content (`{% if section.content %}`): none stays none.
        if html.is_empty() {
            return String::new();
        }
        self.0.push(Splice { html, inventory });
        format!("{SPLICE_START}{}{SPLICE_END}", self.0.len() - 1)
    }
}

impl RenderedPage<'_> {
    /// Puts the content into `processed` (this page's template output after the theme's pass),
    /// adding the content's ids and URLs to the page's, once for each place it is shown.
    pub fn splice(&self, processed: Processed) -> Processed {
        if self.splices.is_empty() {
            return processed;
        }
        let Processed {
            html: theme,
            mut ids,
            mut links,
            base,
        } = processed;
        let size = self.splices.iter().map(|s| s.html.len()).sum::<usize>();
        let mut html = String::with_capacity(theme.len() + size);
        let mut rest = theme.as_str();
        while let Some(at) = rest.find(SPLICE_START) {
            html.push_str(&rest[..at]);
            let after = &rest[at + SPLICE_START.len()..];
            let piece = after.split_once(SPLICE_END).and_then(|(number, tail)| {
                let splice = self.splices.get(number.parse::<usize>().ok()?)?;
                Some((splice, tail))
            });
            match piece {
                Some((splice, tail)) => {
                    html.push_str(&splice.html);
                    ids.extend(splice.inventory.ids.iter().map(str::to_string));
                    links.extend(splice.inventory.links.iter().map(str::to_string));
                    rest = tail;
                }
                None => {
                    html.push_str(SPLICE_START);
                    rest = after;
                }
            }
        }
        html.push_str(rest);
        Processed {
            html,
            ids,
            links,
            base,
        }
    }
}

/// Renders pages with the theme's templates.
pub struct Renderer<'a> {
    config: &'a Config,
    site: &'a Site,
    bodies: &'a Bodies,
    tera: Tera,
    /// Template name → file, for error positions.
    template_files: HashMap<String, String>,
    /// `site` of each language, built once.
    site_infos: HashMap<String, SiteInfo>,
    /// The article whose FAQPage carries each question ([`structured_data::faq_owners`]).
    faq_owners: HashMap<&'a str, ArticleId>,
    /// The UI strings, for names in JSON-LD.
    strings: Arc<UiStrings>,
}

impl<'a> Renderer<'a> {
    /// Compiles the templates. Syntax errors are reported with their file, line and column.
    pub fn new(
        config: &'a Config,
        site: &'a Site,
        bodies: &'a Bodies,
        theme: &ThemeFiles,
        strings: Arc<UiStrings>,
    ) -> Result<Self, Vec<Diagnostic>> {
        let mut tera = Tera::new();
        // Functions must be known before templates are added: Tera checks calls at compile time.
        functions::register(
            &mut tera,
            strings.clone(),
            config.base_path().to_string(),
            theme.static_hashes(),
        );
        let template_files: HashMap<String, String> = theme
            .templates
            .iter()
            .map(|(name, (file, _))| (name.clone(), file.clone()))
            .collect();
        let without_templates = tera.clone();
        let sources = theme
            .templates
            .iter()
            .map(|(name, (_, text))| (name.as_str(), text.as_str()));
        if let Err(error) = tera.add_raw_templates(sources) {
            // Tera stops at the first error. Compile each template alone to find every syntax
            // error; other problems (a missing parent, say) only make sense all together.
            let mut found: Vec<Diagnostic> = theme
                .templates
                .iter()
                .filter_map(|(name, (_, text))| {
                    let mut alone = without_templates.clone();
                    let error = alone.add_raw_template(name, text).err()?;
                    matches!(error.kind(), tera::ErrorKind::SyntaxError(_))
                        .then(|| template_diagnostic(&error, &template_files))
                })
                .collect();
            if found.is_empty() {
                found.push(template_diagnostic(&error, &template_files));
            }
            return Err(found);
        }
        let site_infos = config
            .language_codes()
            .map(|lang| (lang.to_string(), site_info(config, site, lang)))
            .collect();
        Ok(Renderer {
            config,
            site,
            bodies,
            tera,
            template_files,
            site_infos,
            faq_owners: structured_data::faq_owners(site, &bodies.articles),
            strings,
        })
    }

    /// Renders one page with its template. The content it shows (bodies, FAQ answers) is left
    /// out as markers, to be put in after the theme's markup has been decorated
    /// ([`RenderedPage::splice`]): it was decorated when it was parsed.
    pub fn render(&self, page: Page<'_>) -> Result<RenderedPage<'a>, Diagnostic> {
        let mut context = Context::new();
        let mut splices = Splices::default();
        let common = self.common(page);
        context.insert("site", &self.site_infos[&common.lang]);
        match page {
            Page::Article(i) => context.insert("article", &self.article(i, &mut splices)),
            Page::Section(i) => context.insert("section", &self.section(i, &mut splices)),
            Page::Home { lang } => context.insert("home", &self.home(lang, &mut splices)),
            Page::Topics { lang } => context.insert("topics", &self.topics(lang)),
            Page::Topic(i) => context.insert("topic", &self.topic(i)),
            Page::Comparisons { lang } => context.insert("comparisons", &self.comparisons(lang)),
            Page::Comparison { index, lang } => {
                context.insert("comparison", &self.comparison(index, lang))
            }
            Page::Faq { lang } => {
                let groups = self
                    .faq(lang, &mut splices)
                    .map_err(|e| self.failure(page, format!("cannot move an FAQ answer: {e}")))?;
                context.insert("faq", &groups);
            }
            Page::Sources { lang } => {
                let sources = self.sources(lang);
                context.insert("source_groups", &source_groups(&sources));
                context.insert("sources", &sources);
            }
            Page::Search { .. } | Page::NotFound | Page::Root => {}
        }
        // `Common`'s fields go at the top level: `lang`, `title`, `path`, …
        let common = Context::from_serialize(&common)
            .map_err(|e| self.failure(page, format!("cannot prepare the page: {e}")))?;
        context.extend(common);
        self.tera
            .render(page.template(), &context)
            .map(|html| RenderedPage {
                html,
                splices: splices.0,
            })
            .map_err(|error| template_diagnostic(&error, &self.template_files))
    }

    /// The file a template was read from (theme or site override), for diagnostics.
    pub fn template_file(&self, template: &str) -> String {
        self.template_files
            .get(template)
            .cloned()
            .unwrap_or_else(|| template.to_string())
    }

    fn failure(&self, page: Page<'_>, message: String) -> Diagnostic {
        let file = self.template_file(page.template());
        Diagnostic::error_at(&file, Position::START, "template", message)
    }

    fn common(&self, page: Page<'_>) -> Common {
        let (config, site) = (self.config, self.site);
        let lang = page.lang(site, config).to_string();
        let site_path = page.site_path(site, config);
        let alternates = page.alternates(site, config);
        let x_default = pages::x_default(&alternates, config).unwrap_or(&site_path);
        let switcher = config
            .language_codes()
            .filter(|&code| code != lang)
            .map(|code| match alternates.iter().find(|(l, _)| l == code) {
                Some((_, path)) => SwitcherLink {
                    lang: code.to_string(),
                    path: config.url_path(path),
                    is_translation: true,
                },
                None => SwitcherLink {
                    lang: code.to_string(),
                    path: config.url_path(&page.nearest_in(code, config)),
                    is_translation: false,
                },
            })
            .collect();
        let (title, description) = self.title_and_description(page, &lang);
        let json_ld = self.json_ld(page);
        let image = self.preview_image(page, &lang);
        Common {
            twitter_card: if image.is_some() {
                "summary_large_image"
            } else {
                "summary"
            },
            image,
            page_kind: page.kind(),
            title,
            description,
            path: config.url_path(&site_path),
            permalink: config.permalink(&site_path),
            alternates: alternates
                .iter()
                .map(|(lang, path)| Alternate {
                    lang: lang.clone(),
                    permalink: config.permalink(path),
                })
                .collect(),
            x_default: config.permalink(x_default),
            switcher,
            json_ld,
            lang,
        }
    }

    /// The page's link preview image, with an absolute URL: an article's own (see
    /// [`Rendered::preview_image`]), or else the site's default when its file exists (a
    /// missing one is reported when the site is loaded).
    fn preview_image(&self, page: Page<'_>, lang: &str) -> Option<PreviewImage> {
        let (config, site) = (self.config, self.site);
        let own = match page {
            Page::Article(i) => self.bodies.articles[i].preview_image.clone(),
            _ => None,
        };
        let image = own.or_else(|| {
            let path = config.images.default.as_deref()?.trim_start_matches('/');
            site.assets.static_file(&images::file_name(path))?;
            Some(PreviewImage {
                url: config.url_path(path),
                alt: config
                    .images
                    .default_alt
                    .get(lang)
                    .cloned()
                    .unwrap_or_default(),
            })
        })?;
        Some(PreviewImage {
            url: config.base_url.join(&image.url).ok()?.to_string(),
            alt: image.alt,
        })
    }

    /// The page's schema.org JSON-LD documents: an article's `MedicalWebPage` and breadcrumb,
    /// and its `FAQPage` when it has questions; the sources page's list of works.
    fn json_ld(&self, page: Page<'_>) -> Vec<String> {
        // The FAQ page repeats questions whose answers live on articles, and Google allows one
        // FAQPage per question on the whole site, so the article carries it.
        let i = match page {
            Page::Article(i) => i,
            Page::Sources { lang } => return vec![self.sources_json_ld(lang)],
            _ => return Vec::new(),
        };
        let mut documents = vec![self.article_json_ld(i)];
        let mut owned = self.bodies.articles[i]
            .faq
            .iter()
            .filter(|item| self.faq_owners.get(item.question.as_str()) == Some(&i))
            .peekable();
        if owned.peek().is_some() {
            documents.push(structured_data::faq_page(owned));
        }
        documents
    }

    /// The sources page's `CollectionPage`: the works it lists, in its order.
    fn sources_json_ld(&self, lang: &str) -> String {
        let config = self.config;
        let language = config.language(lang);
        let site_title = language.map_or("", |l| l.title.as_str());
        let bcp47 = language.map_or(lang.to_string(), |l| l.locale.replace('_', "-"));
        let home = config.permalink(&format!("{lang}/"));
        let permalink = config.permalink(&config.sources_path(lang));
        let title = self
            .strings
            .get(lang, "sources-page", None)
            .unwrap_or_else(|_| site_title.to_string());
        let every = self.site.references_by_id();
        let mut listed: Vec<(String, &Reference)> = self
            .bodies
            .references
            .get(lang)
            .into_iter()
            .flatten()
            .filter_map(|(key, html)| Some((sort_key(html), *every.get(key.as_str())?)))
            .collect();
        // The page's order (see `sources`).
        listed.sort_by(|a, b| a.0.cmp(&b.0));
        structured_data::sources_page(&structured_data::SourcesFacts {
            permalink: &permalink,
            title: &title,
            language: &bcp47,
            site: (site_title, &home),
            works: listed.into_iter().map(|(_, r)| r).collect(),
            author_names: &self.site.authors,
        })
    }

    fn article_json_ld(&self, index: ArticleId) -> String {
        let (config, site) = (self.config, self.site);
        let article = &site.articles[index];
        let body = &self.bodies.articles[index];
        let meta = &article.meta;
        let language = config.language(&article.lang);
        let site_title = language.map_or("", |l| l.title.as_str());
        let bcp47 = language.map_or(article.lang.clone(), |l| l.locale.replace('_', "-"));
        let home = config.permalink(&format!("{}/", article.lang));
        let permalink = config.permalink(&article.site_path);
        let section = site.section(&article.section, &article.lang);
        let section_url = section.map(|s| config.permalink(&s.site_path));
        let mut breadcrumb = vec![(site_title, home.as_str())];
        if let (Some(section), Some(url)) = (section, section_url.as_deref()) {
            breadcrumb.push((section.meta.title.as_str(), url));
        }
        breadcrumb.push((meta.title.as_str(), permalink.as_str()));
        let references =
            crate::parse::references::PageReferences::of_article(article, site, config);
        let mut seen = std::collections::HashSet::new();
        let citations = body
            .cited
            .iter()
            .filter(|(key, _)| seen.insert(key.as_str()))
            .filter_map(|(key, _)| crate::parse::markdown::ReferenceLookup::find(&references, key))
            .collect();
        structured_data::article(&structured_data::ArticleFacts {
            permalink: &permalink,
            title: &meta.title,
            description: &meta.description,
            language: &bcp47,
            published: meta.date,
            modified: article.last_modified(),
            reviewed_on: meta.reviewed_on,
            reviewed_by: meta.reviewed_by.as_deref(),
            authors: &meta.authors,
            keywords: article
                .topics
                .iter()
                .map(|&t| site.tags[t].name.as_str())
                .collect(),
            site: (site_title, &home),
            breadcrumb,
            citations,
            author_names: &site.authors,
        })
    }

    /// Title and description of a page. Pages without their own (topics, 404, root) get the
    /// site's; their templates add localized wording.
    fn title_and_description(&self, page: Page<'_>, lang: &str) -> (String, String) {
        let language = self.config.language(lang);
        let site_title = language.map(|l| l.title.clone()).unwrap_or_default();
        let site_description = language.map(|l| l.description.clone()).unwrap_or_default();
        match page {
            Page::Article(i) => {
                let meta = &self.site.articles[i].meta;
                (meta.title.clone(), meta.description.clone())
            }
            Page::Section(i) => {
                let meta = &self.site.sections[i].meta;
                (
                    meta.title.clone(),
                    meta.description.clone().unwrap_or(site_description),
                )
            }
            Page::Home { lang } => match self.site.home_intros.get(lang) {
                Some(intro) => (
                    intro.meta.title.clone(),
                    intro.meta.description.clone().unwrap_or(site_description),
                ),
                None => (site_title, site_description),
            },
            Page::Topic(i) => (self.site.tags[i].name.clone(), site_description),
            Page::Comparison { index, lang } => {
                let table = &self.site.comparisons.tables[index];
                (
                    table.title.get(lang).to_string(),
                    table.caption.get(lang).to_string(),
                )
            }
            Page::Topics { .. }
            | Page::Comparisons { .. }
            | Page::Faq { .. }
            | Page::Sources { .. }
            | Page::Search { .. }
            | Page::NotFound
            | Page::Root => (site_title, site_description),
        }
    }

    fn article(&self, index: ArticleId, splices: &mut Splices<'a>) -> ArticleContext {
        let article = &self.site.articles[index];
        let bodies = self.bodies;
        let body: &'a Rendered = &bodies.articles[index];
        let meta = &article.meta;
        ArticleContext {
            title: meta.title.clone(),
            description: meta.description.clone(),
            date: meta.date.to_string(),
            updated: meta.updated.map(|d| d.to_string()),
            draft: meta.draft,
            reviewed_on: meta.reviewed_on.map(|d| d.to_string()),
            reviewed_by: meta.reviewed_by.clone(),
            authors: meta.authors.clone(),
            tags: article
                .topics
                .iter()
                .map(|&t| self.topic_link(&self.site.tags[t]))
                .collect(),
            content: splices.add(&body.html, Cow::Borrowed(&body.inventory)),
            toc: body.toc.clone(),
            word_count: body.word_count,
            reading_minutes: body.word_count.div_ceil(WORDS_PER_MINUTE).max(1),
            section: self.section_link(article),
            has_faq: !body.faq.is_empty(),
        }
    }

    fn section(&self, index: SectionId, splices: &mut Splices<'a>) -> SectionContext {
        let section = &self.site.sections[index];
        let bodies = self.bodies;
        let body: &'a Rendered = &bodies.sections[index];
        SectionContext {
            title: section.meta.title.clone(),
            description: section.meta.description.clone().unwrap_or_default(),
            content: splices.add(&body.html, Cow::Borrowed(&body.inventory)),
            key: section.key.clone(),
            articles: self.summaries(&self.site.section_articles(section)),
        }
    }

    fn home(&self, lang: &str, splices: &mut Splices<'a>) -> HomeContext {
        let newest = self.site.articles_by_date(lang);
        let sections = self
            .site
            .sections
            .iter()
            .filter(|s| s.lang == lang)
            .map(|s| SectionSummary {
                title: s.meta.title.clone(),
                description: s.meta.description.clone().unwrap_or_default(),
                path: self.config.url_path(&s.site_path),
                count: self.site.section_articles(s).len(),
            })
            .collect();
        let bodies = self.bodies;
        HomeContext {
            content: bodies
                .homes
                .get(lang)
                .map(|r| splices.add(&r.html, Cow::Borrowed(&r.inventory)))
                .unwrap_or_default(),
            recent: self.summaries(&newest[..newest.len().min(RECENT_ARTICLES)]),
            sections,
            topics: self.topics(lang),
            comparisons: self.comparisons(lang),
            faq_count: self.articles_in(lang).map(|(_, body)| body.faq.len()).sum(),
        }
    }

    /// The articles in `lang` with their rendered bodies, in the site's order.
    fn articles_in<'s>(
        &'s self,
        lang: &'s str,
    ) -> impl Iterator<Item = (&'s Article, &'s Rendered)> + 's {
        self.site
            .articles
            .iter()
            .zip(self.bodies.articles.iter().map(|body| &**body))
            .filter(move |(a, _)| a.lang == lang)
    }

    fn comparisons(&self, lang: &str) -> Vec<ComparisonSummary> {
        self.site
            .comparisons
            .tables
            .iter()
            .map(|table| ComparisonSummary {
                title: table.title.get(lang).to_string(),
                caption: table.caption.get(lang).to_string(),
                path: self
                    .config
                    .url_path(table.site_paths.get(lang).map_or("", String::as_str)),
            })
            .collect()
    }

    fn comparison(&self, index: usize, lang: &str) -> ComparisonContext {
        let table = &self.site.comparisons.tables[index];
        let body = self
            .bodies
            .comparisons
            .get(index)
            .and_then(|bodies| bodies.get(lang))
            .cloned()
            .unwrap_or_default();
        let articles = self
            .articles_in(lang)
            .filter(|(_, body)| body.comparisons.contains(&table.key))
            .map(|(a, _)| PageLink {
                title: a.meta.title.clone(),
                path: self.config.url_path(&a.site_path),
            })
            .collect();
        ComparisonContext {
            title: table.title.get(lang).to_string(),
            caption: table.caption.get(lang).to_string(),
            table: body.table,
            references: body.references,
            articles,
        }
    }

    /// Every article's questions in `lang`, grouped by article (in the order of the section
    /// lists: newest first), with citations pointing to the article's reference list.
    fn faq(
        &self,
        lang: &str,
        splices: &mut Splices<'a>,
    ) -> Result<Vec<FaqGroup>, lol_html::errors::RewritingError> {
        let mut groups = Vec::new();
        for i in self.site.articles_by_date(lang) {
            let article = &self.site.articles[i];
            let faq = &self.bodies.articles[i].faq;
            if faq.is_empty() {
                continue;
            }
            let path = self.config.url_path(&article.site_path);
            let mut questions = Vec::new();
            for item in faq {
                questions.push(FaqEntry {
                    question: item.question.clone(),
                    path: format!("{path}#{}", item.id),
                    answer: {
                        let answer = relocate::relocate(&item.answer_html, &path)?;
                        let (ids, links) = crate::postprocess::inventory(&answer)?;
                        let mut inventory = Inventory::default();
                        inventory.add(&ids, &links);
                        splices.add_owned(answer, inventory)
                    },
                });
            }
            groups.push(FaqGroup {
                article: PageLink {
                    title: article.meta.title.clone(),
                    path,
                },
                questions,
            });
        }
        Ok(groups)
    }

    /// Every reference cited in `lang`, ordered as a bibliography (by its entry's text), with
    /// the pages that cite it.
    fn sources(&self, lang: &str) -> Vec<SourceEntry> {
        let Some(entries) = self.bodies.references.get(lang) else {
            return Vec::new();
        };
        // Who cites what, gathered once: asking every article about every key made the page
        // quadratic in the size of the site.
        let mut citing: HashMap<&str, Vec<&Article>> = HashMap::new();
        for (article, body) in self.articles_in(lang) {
            let keys: BTreeSet<&str> = body.cited.iter().map(|(k, _)| k.as_str()).collect();
            for key in keys {
                citing.entry(key).or_default().push(article);
            }
        }
        let mut sources: Vec<SourceEntry> = entries
            .iter()
            .map(|(key, html)| {
                let articles = citing
                    .get(key.as_str())
                    .into_iter()
                    .flatten()
                    .map(|a| PageLink {
                        title: a.meta.title.clone(),
                        path: self.config.url_path(&a.site_path),
                    });
                let tables = self
                    .site
                    .comparisons
                    .tables
                    .iter()
                    .filter(|t| t.cited_ids().contains(&key.as_str()))
                    .map(|t| PageLink {
                        title: t.title.get(lang).to_string(),
                        path: self
                            .config
                            .url_path(t.site_paths.get(lang).map_or("", String::as_str)),
                    });
                SourceEntry {
                    key: key.clone(),
                    html: html.clone(),
                    cited_by: articles.chain(tables).collect(),
                    level: self
                        .site
                        .evidence
                        .of(key)
                        .map_or("unknown".to_string(), |a| a.level.letter().to_lowercase()),
                }
            })
            .collect();
        sources.sort_by_cached_key(|s| sort_key(&s.html));
        sources
    }

    fn topics(&self, lang: &str) -> Vec<TopicLink> {
        let mut topics: Vec<TopicLink> = self
            .site
            .tags
            .iter()
            .filter(|t| t.lang == lang)
            .map(|t| self.topic_link(t))
            .collect();
        topics.sort_by_key(|t| t.name.to_lowercase());
        topics
    }

    fn topic(&self, index: usize) -> TopicContext {
        let tag = &self.site.tags[index];
        TopicContext {
            name: tag.name.clone(),
            articles: self.summaries(&tag.articles),
        }
    }

    fn topic_link(&self, tag: &crate::load::content::Tag) -> TopicLink {
        TopicLink {
            name: tag.name.clone(),
            path: self.config.url_path(&tag.site_path),
            count: tag.articles.len(),
        }
    }

    fn section_link(&self, article: &Article) -> NavLink {
        let section = self.site.section(&article.section, &article.lang);
        NavLink {
            title: section.map(|s| s.meta.title.clone()).unwrap_or_default(),
            path: section
                .map(|s| self.config.url_path(&s.site_path))
                .unwrap_or_default(),
            key: article.section.clone(),
        }
    }

    fn summaries(&self, articles: &[ArticleId]) -> Vec<ArticleSummary> {
        articles
            .iter()
            .map(|&id| {
                let article = &self.site.articles[id];
                let section = self.section_link(article);
                ArticleSummary {
                    title: article.meta.title.clone(),
                    description: article.meta.description.clone(),
                    date: article.meta.date.to_string(),
                    updated: article.meta.updated.map(|d| d.to_string()),
                    path: self.config.url_path(&article.site_path),
                    section_title: section.title,
                    section_path: section.path,
                }
            })
            .collect()
    }
}

/// `sources` by level of evidence, strongest first, those of unknown level last; each group
/// keeps the bibliography's order.
fn source_groups(sources: &[SourceEntry]) -> Vec<SourceGroup> {
    let levels = EvidenceLevel::ALL
        .iter()
        .map(|level| level.letter().to_lowercase())
        .chain(std::iter::once("unknown".to_string()));
    levels
        .map(|level| SourceGroup {
            sources: sources
                .iter()
                .filter(|s| s.level == level)
                .cloned()
                .collect(),
            level,
        })
        .filter(|group| !group.sources.is_empty())
        .collect()
}

/// How a reference entry sorts in a bibliography: its text without tags, case and accents.
fn sort_key(html: &str) -> String {
    let mut text = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    deunicode::deunicode(&text).to_lowercase()
}

fn site_info(config: &Config, site: &Site, lang: &str) -> SiteInfo {
    let language = config.language(lang);
    let nav = site
        .sections
        .iter()
        .filter(|s| s.lang == lang)
        .map(|s| NavLink {
            title: s.meta.title.clone(),
            path: config.url_path(&s.site_path),
            key: s.key.clone(),
        })
        .collect();
    SiteInfo {
        title: language.map(|l| l.title.clone()).unwrap_or_default(),
        description: language.map(|l| l.description.clone()).unwrap_or_default(),
        locale: language.map(|l| l.locale.clone()).unwrap_or_default(),
        base_url: config.base_url.to_string(),
        base_path: config.base_path().to_string(),
        default_language: config.default_language.clone(),
        home_path: config.url_path(&format!("{lang}/")),
        topics_path: config.url_path(&config.topics_path(lang)),
        comparisons_path: config.url_path(&config.comparisons_path(lang)),
        faq_path: config.url_path(&config.faq_path(lang)),
        sources_path: config.url_path(&config.sources_path(lang)),
        search_path: config.url_path(&config.search_path(lang)),
        search_index_path: config.url_path(&crate::search::index_path(lang)),
        feed_path: config.url_path(&format!("{lang}/atom.xml")),
        feed_permalink: config.permalink(&format!("{lang}/atom.xml")),
        nav,
        languages: config
            .languages
            .iter()
            .map(|l| LanguageLink {
                code: l.code.clone(),
                path: config.url_path(&format!("{}/", l.code)),
                title: l.title.clone(),
            })
            .collect(),
    }
}

/// A Tera error as a diagnostic at the template's file, line and column.
fn template_diagnostic(error: &tera::Error, files: &HashMap<String, String>) -> Diagnostic {
    let file_of = |name: &str| files.get(name).cloned().unwrap_or_else(|| name.to_string());
    match error.kind() {
        tera::ErrorKind::SyntaxError(report) | tera::ErrorKind::RenderingError(report) => {
            let span = report.span();
            Diagnostic {
                file: file_of(report.filename()),
                line: span.start_line,
                column: span.start_col + 1,
                end_line: span.end_line,
                end_column: span.end_col + 1,
                severity: crate::diagnostics::Severity::Error,
                code: "template",
                message: report.message().to_string(),
                text: None,
            }
        }
        // Some checks (unknown functions or includes) come as a message with the report in it:
        // "error: Unknown function `x`\n --> name.html:1:4\n …".
        _ => {
            let text = error.to_string();
            let message = text
                .lines()
                .next()
                .unwrap_or_default()
                .trim_start_matches("error: ")
                .to_string();
            let place = text.lines().find_map(|line| {
                let place = line.trim().strip_prefix("--> ")?;
                let mut parts = place.rsplitn(3, ':');
                let column = parts.next()?.parse().ok()?;
                let line = parts.next()?.parse().ok()?;
                Some((parts.next()?.to_string(), Position { line, column }))
            });
            match place {
                Some((name, position)) => {
                    Diagnostic::error_at(&file_of(&name), position, "template", message)
                }
                None => Diagnostic::error_at("templates", Position::START, "template", message),
            }
        }
    }
}
