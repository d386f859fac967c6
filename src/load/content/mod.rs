//! Loading the site's content: articles, sections, home page introductions and topics.
//!
//! Layout (DESIGN.md): `content/<section>/<key>.<lang>.md` is an article,
//! `content/<section>/_index.<lang>.md` a section, and `content/_index.<lang>.md` the optional
//! introduction of a language's home page. Files with the same section and key are translations
//! of each other. Other files (bibliographies, comparison data) are left to their own loaders.
//!
//! [`files`] finds and classifies the files, [`read`] reads each one ([`reread`] keeps them for
//! `kennis serve`'s next rebuild), [`tags`] gathers the topics and [`urls`] checks that every
//! page has an address of its own.

pub mod assets;
#[cfg(feature = "bibliographies")]
pub mod bib_formats;
pub mod bibliography;
pub mod comparisons;
pub mod evidence;
pub mod files;
pub mod front_matter;
pub mod identifiers;
pub mod ids;
pub mod read;
pub mod reference;
pub mod reread;
pub mod tags;
pub mod urls;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::ops::Range;
use std::path::Path;
use std::sync::{Arc, OnceLock};

use rayon::prelude::*;

use crate::diagnostics::{self, Diagnostic, Position, SourceText};
use crate::load::authors::AuthorNames;
use crate::load::config::Config;
use bibliography::{Bibliography, Entry};
use files::{FileKey, INDEX_KEY};
use front_matter::Date;
pub use ids::{ArticleId, PageList, SectionId};
use read::Page;
use reread::{ReadFiles, ReadResult};

/// The folder under the site root that holds the content.
pub const CONTENT_DIR: &str = "content";

/// An article's validated front matter.
#[derive(Debug, Clone)]
pub struct ArticleMeta {
    /// Title, shown as the page heading.
    pub title: String,
    /// One- or two-sentence summary for lists, feeds and search engines.
    pub description: String,
    /// Where the title's and the description's values are in the file.
    pub summary_places: [Range<usize>; 2],
    /// Publication date.
    pub date: Date,
    /// Date of the last substantial change.
    pub updated: Option<Date>,
    /// Topic names as the editor wrote them.
    pub tags: Vec<String>,
    /// Author names.
    pub authors: Vec<String>,
    /// Who reviewed the article.
    pub reviewed_by: Option<String>,
    /// When it was last reviewed.
    pub reviewed_on: Option<Date>,
    /// Drafts are only built with `--drafts`.
    pub draft: bool,
    /// On a translation: digest of the source version it was translated from.
    pub translation_of_digest: Option<String>,
    /// The article's own bibliography, with where each entry is in the file.
    pub references: Vec<Entry>,
    /// `image`: the link preview image, written as in the text (a file name in the article's
    /// folder, or a path into `static/`), with where its value is in the file.
    pub image: Option<(String, Range<usize>)>,
    /// `image_alt`: what the link preview image shows.
    pub image_alt: Option<String>,
}

/// One article in one language.
#[derive(Debug, Clone)]
pub struct Article {
    /// The file, for positions in diagnostics. Shared: `kennis serve` keeps the files that did
    /// not change from one rebuild to the next.
    pub source: Arc<SourceText>,
    /// Byte range of the Markdown body in `source.text`.
    pub body: Range<usize>,
    /// Section folder name, e.g. `artikelen`.
    pub section: String,
    /// File key shared by all translations, e.g. `magnesium-en-slaap`.
    pub key: String,
    /// Language code from the file name.
    pub lang: String,
    /// Front matter (shared, as `source` is).
    pub meta: Arc<ArticleMeta>,
    /// Last URL segment.
    pub slug: String,
    /// Output path relative to the site root, e.g. `nl/artikelen/magnesium-en-slaap/`.
    pub site_path: String,
    /// Indexes into [`Site::tags`] of its topics, in front matter order.
    pub topics: Vec<usize>,
}

impl Article {
    /// The article's section, key and language.
    pub fn file_key(&self) -> FileKey {
        FileKey {
            section: self.section.clone(),
            key: self.key.clone(),
            lang: self.lang.clone(),
        }
    }

    /// The date of the last change: `updated`, or else `date`.
    pub fn last_modified(&self) -> Date {
        self.meta
            .updated
            .unwrap_or(self.meta.date)
            .max(self.meta.date)
    }
}

/// Front matter of a section or home page file.
#[derive(Debug, Clone)]
pub struct IndexMeta {
    /// Heading of the list page.
    pub title: String,
    /// Summary for the list page and search engines.
    pub description: Option<String>,
}

/// A section in one language: `content/<section>/_index.<lang>.md`.
#[derive(Debug, Clone)]
pub struct Section {
    /// The file.
    pub source: Arc<SourceText>,
    /// Byte range of the Markdown introduction.
    pub body: Range<usize>,
    /// Folder name, e.g. `artikelen`.
    pub key: String,
    /// Language code.
    pub lang: String,
    /// Front matter.
    pub meta: IndexMeta,
    /// Localized URL segment, e.g. `articles` for `artikelen` in English.
    pub slug: String,
    /// Output path, e.g. `en/articles/`.
    pub site_path: String,
}

/// The optional introduction of a language's home page: `content/_index.<lang>.md`.
#[derive(Debug, Clone)]
pub struct HomeIntro {
    /// The file.
    pub source: Arc<SourceText>,
    /// Byte range of the Markdown introduction.
    pub body: Range<usize>,
    /// Language code.
    pub lang: String,
    /// Front matter.
    pub meta: IndexMeta,
}

/// A topic (tag) in one language, with the articles that carry it.
#[derive(Debug, Clone)]
pub struct Tag {
    /// Language code.
    pub lang: String,
    /// Display name (the first spelling met, in article order).
    pub name: String,
    /// URL segment.
    pub slug: String,
    /// Output path, e.g. `nl/onderwerpen/slaap/`.
    pub site_path: String,
    /// Its place in [`Site::tag_table`], when the table pairs it with topics in other
    /// languages.
    pub translation: Option<usize>,
    /// Its articles, newest first.
    pub articles: Vec<ArticleId>,
}

/// All content of the site, validated and cross-linked.
#[derive(Debug, Clone, Default)]
pub struct Site {
    /// Articles, ordered by section, key and language (default language first).
    pub articles: PageList<ArticleId, Article>,
    /// Sections, ordered by key and language.
    pub sections: PageList<SectionId, Section>,
    /// Home page introductions, by language.
    pub home_intros: BTreeMap<String, HomeIntro>,
    /// Topics per language, ordered by language and slug.
    pub tags: Vec<Tag>,
    /// Which topics are the same in each language (`content/tags.toml`).
    pub tag_table: tags::TagTable,
    /// Content files left out of this build, and why.
    pub excluded: BTreeMap<FileKey, Exclusion>,
    /// The shared bibliography.
    pub bibliography: Bibliography,
    /// Comparison tables (`content/comparisons/*.toml`).
    pub comparisons: comparisons::Comparisons,
    /// Which authors of sources are organisations (`i18n/<lang>/authors.toml`).
    pub authors: AuthorNames,
    /// The level of evidence of every reference (`i18n/<lang>/evidence.toml`).
    pub evidence: evidence::Evidence,
    /// The files pages may show besides pages: `static/` and the articles' own folders.
    pub assets: assets::Assets,
    article_index: HashMap<(String, String, String), ArticleId>,
    section_index: HashMap<(String, String), SectionId>,
    /// Every article, newest first, sorted the first time it is asked for: many pages list
    /// articles by date, and a site is not changed once it is loaded.
    newest_first: OnceLock<Vec<ArticleId>>,
}

impl Site {
    /// Whether a language version of the article `section/key` was left out for its errors (its
    /// front matter may define references the other versions cite).
    pub fn version_has_errors(&self, section: &str, key: &str) -> bool {
        self.excluded.iter().any(|(file, why)| {
            file.section == section && file.key == key && matches!(why, Exclusion::HasErrors)
        })
    }

    /// Whether any content file was left out for its errors.
    pub fn any_file_has_errors(&self) -> bool {
        self.excluded
            .values()
            .any(|why| matches!(why, Exclusion::HasErrors))
    }

    /// The article `section/key` in `lang`.
    pub fn article(&self, section: &str, key: &str, lang: &str) -> Option<&Article> {
        self.article_id(section, key, lang)
            .map(|i| &self.articles[i])
    }

    /// The id of the article `section/key` in `lang`.
    pub fn article_id(&self, section: &str, key: &str, lang: &str) -> Option<ArticleId> {
        self.article_index
            .get(&(section.to_string(), key.to_string(), lang.to_string()))
            .copied()
    }

    /// The section `key` in `lang`.
    pub fn section(&self, key: &str, lang: &str) -> Option<&Section> {
        self.section_id(key, lang).map(|i| &self.sections[i])
    }

    /// The id of the section `key` in `lang`.
    pub fn section_id(&self, key: &str, lang: &str) -> Option<SectionId> {
        self.section_index
            .get(&(key.to_string(), lang.to_string()))
            .copied()
    }

    /// The article and all its translations, in the configured language order.
    pub fn translations<'a>(
        &'a self,
        article: &'a Article,
        config: &'a Config,
    ) -> impl Iterator<Item = &'a Article> + 'a {
        config
            .language_codes()
            .filter_map(|lang| self.article(&article.section, &article.key, lang))
    }

    /// Topic `tag` and the topics the tag table pairs it with, in the configured language
    /// order, as indexes into [`Site::tags`].
    pub fn tag_translations(&self, tag: usize, config: &Config) -> Vec<usize> {
        let Some(topic) = self.tags.get(tag).and_then(|t| t.translation) else {
            return vec![tag];
        };
        config
            .language_codes()
            .filter_map(|lang| {
                self.tags
                    .iter()
                    .position(|t| t.lang == lang && t.translation == Some(topic))
            })
            .collect()
    }

    /// Every reference of the site by its id: articles' own entries first, then the shared
    /// bibliography's, as an article looks them up.
    pub fn references_by_id(&self) -> HashMap<&str, &reference::Reference> {
        let mut every = HashMap::new();
        let own = self.articles.iter().flat_map(|a| &a.meta.references);
        let shared = self.bibliography.entries().map(|(_, entry)| entry);
        for entry in own.chain(shared) {
            every
                .entry(entry.reference.id.as_str())
                .or_insert(&entry.reference);
        }
        every
    }

    /// Indexes of the articles in `lang`, newest first (then by title).
    pub fn articles_by_date(&self, lang: &str) -> Vec<ArticleId> {
        self.newest_first(|a| a.lang == lang)
    }

    /// Indexes of the articles of a section in its language, newest first.
    pub fn section_articles(&self, section: &Section) -> Vec<ArticleId> {
        self.newest_first(|a| a.lang == section.lang && a.section == section.key)
    }

    fn newest_first(&self, include: impl Fn(&Article) -> bool) -> Vec<ArticleId> {
        let sorted = self.newest_first.get_or_init(|| {
            let mut ids: Vec<ArticleId> = self.articles.with_ids().map(|(id, _)| id).collect();
            ids.sort_by(|&a, &b| {
                let (a, b) = (&self.articles[a], &self.articles[b]);
                b.meta
                    .date
                    .cmp(&a.meta.date)
                    .then_with(|| a.meta.title.cmp(&b.meta.title))
                    .then_with(|| a.key.cmp(&b.key))
            });
            ids
        });
        sorted
            .iter()
            .copied()
            .filter(|&id| include(&self.articles[id]))
            .collect()
    }
}

/// Why a content file is not part of this build.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exclusion {
    /// An article with `draft = true`, built only with `--drafts`.
    Draft,
    /// An article dated after [`Config::publish_until`], built from its date on (or with
    /// `--future`).
    Future,
    /// The file, or the section it belongs to, has errors (reported on their own).
    HasErrors,
}

/// What loading found: the content that could be read, and every problem met on the way.
#[derive(Debug, Default)]
pub struct Loaded {
    /// The site; files with errors are left out of it.
    pub site: Site,
    /// Errors and warnings about the content.
    pub diagnostics: Vec<Diagnostic>,
}

/// Loads `root/content`. Drafts are left out unless `include_drafts`.
pub fn load(root: &Path, config: &Config, include_drafts: bool) -> Loaded {
    load_rereading(root, config, include_drafts, None)
}

/// [`load`], reading again only the files that changed since `last` was filled, and filling it
/// with this load's files.
pub fn load_rereading(
    root: &Path,
    config: &Config,
    include_drafts: bool,
    last: Option<&mut ReadFiles>,
) -> Loaded {
    let (found, mut diagnostics) = files::find(root, config);
    let results: Vec<ReadResult> = match last {
        Some(last) => last.read_all(&found, include_drafts),
        None => found
            .par_iter()
            .map(|file| read::read(file, include_drafts))
            .collect(),
    };

    let mut site = Site::default();
    let (shared, mut bibliography_problems) = bibliography::load(root);
    site.bibliography = shared;
    diagnostics.append(&mut bibliography_problems);
    let (tables, mut table_problems) = comparisons::load(root, config);
    site.comparisons = tables;
    diagnostics.append(&mut table_problems);
    site.authors = AuthorNames::load(root, config, &mut diagnostics);
    let evidence_rules = evidence::EvidenceRules::load(root, config, &mut diagnostics);
    for (file, result) in found.into_iter().zip(results) {
        match result {
            Ok(Page::Article(a))
                if config
                    .publish_until
                    .is_some_and(|until| a.meta.date > until) =>
            {
                site.excluded.insert(file.key, Exclusion::Future);
            }
            Ok(Page::Article(a)) => site.articles.items_mut().push(*a),
            Ok(Page::Section(s)) => site.sections.items_mut().push(*s),
            Ok(Page::Home(h)) => {
                site.home_intros.insert(h.lang.clone(), *h);
            }
            Ok(Page::Draft) => {
                site.excluded.insert(file.key, Exclusion::Draft);
            }
            Err(mut found) => {
                diagnostics.append(&mut found);
                site.excluded.insert(file.key, Exclusion::HasErrors);
            }
        }
    }

    let language_rank = |lang: &str| config.language_codes().position(|l| l == lang);
    site.articles.items_mut().sort_by(|a, b| {
        (&a.section, &a.key, language_rank(&a.lang)).cmp(&(
            &b.section,
            &b.key,
            language_rank(&b.lang),
        ))
    });
    site.sections
        .items_mut()
        .sort_by(|a, b| (&a.key, language_rank(&a.lang)).cmp(&(&b.key, language_rank(&b.lang))));

    link_sections(&mut site, &mut diagnostics);
    site.article_index = site
        .articles
        .with_ids()
        .map(|(id, a)| ((a.section.clone(), a.key.clone(), a.lang.clone()), id))
        .collect();
    let keys = site
        .articles
        .iter()
        .map(|a| (a.section.as_str(), a.key.as_str()));
    let (bundles, mut bundle_problems) = assets::find_bundles(root, keys);
    site.assets.bundles = bundles;
    diagnostics.append(&mut bundle_problems);
    let (table, mut table_problems) = tags::TagTable::load(root, config);
    diagnostics.append(&mut table_problems);
    diagnostics.extend(tags::collect(&mut site, config, table));
    diagnostics.extend(urls::check_unique(&site, config));
    let shared = site.bibliography.files.iter().flat_map(|f| &f.entries);
    let own = site.articles.iter().flat_map(|a| &a.meta.references);
    site.evidence = evidence::Evidence::assess(
        &evidence_rules,
        shared.chain(own).map(|entry| &entry.reference),
    );
    diagnostics::sort(&mut diagnostics);
    Loaded { site, diagnostics }
}

/// Gives every article its section's localized path. An article whose section has no
/// `_index.<lang>.md` in its language cannot be placed: that is reported (once per section and
/// language) and the article left out. If the section file exists but has errors, those errors
/// say it all and the article is only marked as excluded.
fn link_sections(site: &mut Site, diagnostics: &mut Vec<Diagnostic>) {
    site.section_index = site
        .sections
        .with_ids()
        .map(|(id, s)| ((s.key.clone(), s.lang.clone()), id))
        .collect();
    let Site {
        articles,
        sections,
        section_index,
        excluded,
        ..
    } = site;
    let mut reported = BTreeSet::new();
    articles.items_mut().retain_mut(|article| {
        if let Some(&s) = section_index.get(&(article.section.clone(), article.lang.clone())) {
            article.site_path = format!("{}{}/", sections[s].site_path, article.slug);
            return true;
        }
        let section_file = FileKey {
            section: article.section.clone(),
            key: INDEX_KEY.to_string(),
            lang: article.lang.clone(),
        };
        let section_has_errors = excluded.get(&section_file) == Some(&Exclusion::HasErrors);
        if !section_has_errors && reported.insert(section_file.clone()) {
            diagnostics.push(Diagnostic::error_at(
                &article.source.display_path,
                Position::START,
                "missing-section",
                format!(
                    "section {:?} has no {}: create it with a title (and a slug in this language)",
                    article.section,
                    section_file.display_path()
                ),
            ));
        }
        excluded.insert(article.file_key(), Exclusion::HasErrors);
        false
    });
}
