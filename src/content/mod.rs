//! Loading the site's content: articles, sections, home page introductions and topics.
//!
//! Layout (DESIGN.md): `content/<section>/<key>.<lang>.md` is an article,
//! `content/<section>/_index.<lang>.md` a section, and `content/_index.<lang>.md` the optional
//! introduction of a language's home page. Files with the same section and key are translations
//! of each other. Other files (bibliographies, comparison data) are left to their own loaders.

pub mod front_matter;
pub mod reference;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::ops::Range;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::Deserialize;
use toml::Spanned;
use walkdir::WalkDir;

use crate::config::Config;
use crate::diagnostics::{self, Diagnostic, Position, SourceText, display_path};
use crate::slug::{is_valid_slug, slugify};
use front_matter::{Date, Split};
use reference::Reference;

/// The folder under the site root that holds the content.
pub const CONTENT_DIR: &str = "content";

/// The file name stem of section and home page files.
const INDEX_STEM: &str = "_index";

/// An article's validated front matter.
#[derive(Debug, Clone)]
pub struct ArticleMeta {
    /// Title, shown as the page heading.
    pub title: String,
    /// One- or two-sentence summary for lists, feeds and search engines.
    pub description: String,
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
    /// The article's own bibliography.
    pub references: Vec<Reference>,
}

/// One article in one language.
#[derive(Debug, Clone)]
pub struct Article {
    /// The file, for positions in diagnostics.
    pub source: SourceText,
    /// Byte range of the Markdown body in `source.text`.
    pub body: Range<usize>,
    /// Section folder name, e.g. `artikelen`.
    pub section: String,
    /// File key shared by all translations, e.g. `magnesium-en-slaap`.
    pub key: String,
    /// Language code from the file name.
    pub lang: String,
    /// Front matter.
    pub meta: ArticleMeta,
    /// Last URL segment.
    pub slug: String,
    /// Output path relative to the site root, e.g. `nl/artikelen/magnesium-en-slaap/`.
    pub site_path: String,
}

impl Article {
    /// The Markdown body.
    pub fn body_text(&self) -> &str {
        &self.source.text[self.body.clone()]
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
    pub source: SourceText,
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
    pub source: SourceText,
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
    /// Indexes into [`Site::articles`], newest first.
    pub articles: Vec<usize>,
}

/// All content of the site, validated and cross-linked.
#[derive(Debug, Clone, Default)]
pub struct Site {
    /// Articles, ordered by section, key and language (default language first).
    pub articles: Vec<Article>,
    /// Sections, ordered by key and language.
    pub sections: Vec<Section>,
    /// Home page introductions, by language.
    pub home_intros: BTreeMap<String, HomeIntro>,
    /// Topics per language, ordered by language and slug.
    pub tags: Vec<Tag>,
    /// Drafts left out of this build, as (section, key, language).
    pub skipped_drafts: BTreeSet<(String, String, String)>,
    article_index: HashMap<(String, String, String), usize>,
    section_index: HashMap<(String, String), usize>,
}

impl Site {
    /// The article `section/key` in `lang`.
    pub fn article(&self, section: &str, key: &str, lang: &str) -> Option<&Article> {
        self.article_position(section, key, lang)
            .map(|i| &self.articles[i])
    }

    /// The index in [`Site::articles`] of the article `section/key` in `lang`.
    pub fn article_position(&self, section: &str, key: &str, lang: &str) -> Option<usize> {
        self.article_index
            .get(&(section.to_string(), key.to_string(), lang.to_string()))
            .copied()
    }

    /// The section `key` in `lang`.
    pub fn section(&self, key: &str, lang: &str) -> Option<&Section> {
        self.section_position(key, lang).map(|i| &self.sections[i])
    }

    /// The index in [`Site::sections`] of the section `key` in `lang`.
    pub fn section_position(&self, key: &str, lang: &str) -> Option<usize> {
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

    /// Indexes of the articles in `lang`, newest first (then by title).
    pub fn articles_by_date(&self, lang: &str) -> Vec<usize> {
        self.sorted_by_date(
            self.articles
                .iter()
                .enumerate()
                .filter(|(_, a)| a.lang == lang)
                .map(|(i, _)| i),
        )
    }

    /// Indexes of the articles of a section in its language, newest first.
    pub fn section_articles(&self, section: &Section) -> Vec<usize> {
        self.sorted_by_date(
            self.articles
                .iter()
                .enumerate()
                .filter(|(_, a)| a.lang == section.lang && a.section == section.key)
                .map(|(i, _)| i),
        )
    }

    fn sorted_by_date(&self, indexes: impl Iterator<Item = usize>) -> Vec<usize> {
        let mut indexes: Vec<usize> = indexes.collect();
        indexes.sort_by(|&a, &b| {
            let (a, b) = (&self.articles[a], &self.articles[b]);
            b.meta
                .date
                .cmp(&a.meta.date)
                .then_with(|| a.meta.title.cmp(&b.meta.title))
                .then_with(|| a.key.cmp(&b.key))
        });
        indexes
    }
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
    let content_dir = root.join(CONTENT_DIR);
    let mut diagnostics = Vec::new();
    let files = match markdown_files(&content_dir) {
        Ok(files) => files,
        Err(diagnostic) => {
            return Loaded {
                site: Site::default(),
                diagnostics: vec![diagnostic],
            };
        }
    };

    let results: Vec<Result<ContentFile, Vec<Diagnostic>>> = files
        .par_iter()
        .map(|path| load_file(root, path, config, include_drafts))
        .collect();

    let mut articles = Vec::new();
    let mut sections = Vec::new();
    let mut home_intros = BTreeMap::new();
    let mut skipped_drafts = BTreeSet::new();
    for result in results {
        match result {
            Ok(ContentFile::Article(a)) => articles.push(*a),
            Ok(ContentFile::Section(s)) => sections.push(*s),
            Ok(ContentFile::Home(h)) => {
                home_intros.insert(h.lang.clone(), *h);
            }
            Ok(ContentFile::Draft { section, key, lang }) => {
                skipped_drafts.insert((section, key, lang));
            }
            Err(mut found) => diagnostics.append(&mut found),
        }
    }

    let language_rank = |lang: &str| config.language_codes().position(|l| l == lang);
    articles.sort_by(|a, b| {
        (&a.section, &a.key, language_rank(&a.lang)).cmp(&(
            &b.section,
            &b.key,
            language_rank(&b.lang),
        ))
    });
    sections
        .sort_by(|a, b| (&a.key, language_rank(&a.lang)).cmp(&(&b.key, language_rank(&b.lang))));

    let mut site = Site {
        articles,
        sections,
        home_intros,
        skipped_drafts,
        ..Site::default()
    };
    link_sections(&mut site, &mut diagnostics);
    site.tags = collect_tags(&site, config);
    check_unique_paths(&site, config, &mut diagnostics);
    site.article_index = site
        .articles
        .iter()
        .enumerate()
        .map(|(i, a)| ((a.section.clone(), a.key.clone(), a.lang.clone()), i))
        .collect();
    diagnostics::sort(&mut diagnostics);
    Loaded { site, diagnostics }
}

/// Every `.md` file under `content_dir`, sorted, skipping hidden files and folders (editor swap
/// files, `.git`).
fn markdown_files(content_dir: &Path) -> Result<Vec<PathBuf>, Diagnostic> {
    if !content_dir.is_dir() {
        return Err(Diagnostic::error_at(
            CONTENT_DIR,
            Position::START,
            "content",
            "there is no content/ folder: articles live in content/<section>/<key>.<lang>.md"
                .to_string(),
        ));
    }
    let mut files = Vec::new();
    let walker = WalkDir::new(content_dir)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|entry| {
            entry.depth() == 0 || !entry.file_name().to_string_lossy().starts_with('.')
        });
    for entry in walker {
        let entry = entry.map_err(|e| {
            let path = e.path().map(Path::to_path_buf).unwrap_or_default();
            Diagnostic::error_at(
                &path.to_string_lossy(),
                Position::START,
                "content",
                format!("could not read the content folder: {e}"),
            )
        })?;
        let is_markdown = entry
            .path()
            .extension()
            .is_some_and(|ext| ext.eq_ignore_ascii_case("md"));
        if entry.file_type().is_file() && is_markdown {
            files.push(entry.into_path());
        }
    }
    Ok(files)
}

enum ContentFile {
    Article(Box<Article>),
    Section(Box<Section>),
    Home(Box<HomeIntro>),
    Draft {
        section: String,
        key: String,
        lang: String,
    },
}

/// What a file's place in the content folder says it is.
enum Role {
    Article { section: String, key: String },
    Section { key: String },
    Home,
}

fn load_file(
    root: &Path,
    path: &Path,
    config: &Config,
    include_drafts: bool,
) -> Result<ContentFile, Vec<Diagnostic>> {
    let display_path = display_path(root, path);
    let point = |message: String| {
        vec![Diagnostic::error_at(
            &display_path,
            Position::START,
            "content",
            message,
        )]
    };
    let (role, lang) = classify(root, path, config).map_err(point)?;

    let bytes = std::fs::read(path).map_err(|e| point(format!("could not read the file: {e}")))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let bytes = e.as_bytes();
        let at = e.utf8_error().valid_up_to();
        vec![Diagnostic::error_at(
            &display_path,
            diagnostics::invalid_utf8_position(bytes, at),
            "invalid-utf8",
            format!(
                "the file is not valid UTF-8 (byte 0x{:02X}); save it as UTF-8",
                bytes[at]
            ),
        )]
    })?;
    let source = SourceText::new(display_path, text);
    let split = front_matter::split(&source).map_err(|d| vec![d])?;

    match role {
        Role::Article { section, key } => {
            let raw: RawArticleMeta = front_matter::parse(&source, &split)?;
            if raw.draft && !include_drafts {
                return Ok(ContentFile::Draft { section, key, lang });
            }
            let mut problems = Vec::new();
            check_lang(&raw.lang, &lang, &source, &split, &mut problems);
            let title = required_text(raw.title, "title", &source, &split, &mut problems);
            let description = required_text(
                raw.description,
                "description",
                &source,
                &split,
                &mut problems,
            );
            let slug = chosen_slug(raw.slug.as_ref(), &key, &source, &split, &mut problems);
            let tags = checked_tags(raw.tags, &source, &split, &mut problems);
            if !problems.is_empty() {
                return Err(problems);
            }
            Ok(ContentFile::Article(Box::new(Article {
                body: split.body.clone(),
                source,
                section,
                key,
                lang,
                meta: ArticleMeta {
                    title,
                    description,
                    date: raw.date,
                    updated: raw.updated,
                    tags,
                    authors: raw.authors,
                    reviewed_by: raw.reviewed_by,
                    reviewed_on: raw.reviewed_on,
                    draft: raw.draft,
                    translation_of_digest: raw.translation_of_digest,
                    references: raw.references,
                },
                slug,
                site_path: String::new(),
            })))
        }
        Role::Section { key } => {
            let raw: RawIndexMeta = front_matter::parse(&source, &split)?;
            let mut problems = Vec::new();
            check_lang(&raw.lang, &lang, &source, &split, &mut problems);
            let title = required_text(raw.title, "title", &source, &split, &mut problems);
            let slug = chosen_slug(raw.slug.as_ref(), &key, &source, &split, &mut problems);
            if !problems.is_empty() {
                return Err(problems);
            }
            let site_path = format!("{lang}/{slug}/");
            Ok(ContentFile::Section(Box::new(Section {
                body: split.body.clone(),
                source,
                key,
                lang,
                meta: IndexMeta {
                    title,
                    description: raw.description,
                },
                slug,
                site_path,
            })))
        }
        Role::Home => {
            let raw: RawIndexMeta = front_matter::parse(&source, &split)?;
            let mut problems = Vec::new();
            check_lang(&raw.lang, &lang, &source, &split, &mut problems);
            let title = required_text(raw.title, "title", &source, &split, &mut problems);
            if let Some(slug) = &raw.slug {
                problems.push(Diagnostic::error_in(
                    &source,
                    in_file(&split, slug.span()),
                    "front-matter",
                    "the home page has no slug: its address is always /<lang>/".to_string(),
                ));
            }
            if !problems.is_empty() {
                return Err(problems);
            }
            Ok(ContentFile::Home(Box::new(HomeIntro {
                body: split.body.clone(),
                source,
                lang,
                meta: IndexMeta {
                    title,
                    description: raw.description,
                },
            })))
        }
    }
}

/// Works out what a file is from where it lies: `_index.<lang>.md` at the top is a home page
/// introduction, `<section>/_index.<lang>.md` a section, `<section>/<key>.<lang>.md` an article.
fn classify(root: &Path, path: &Path, config: &Config) -> Result<(Role, String), String> {
    let relative = path.strip_prefix(root.join(CONTENT_DIR)).unwrap_or(path);
    let parts: Vec<String> = relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    let file_name = parts.last().cloned().unwrap_or_default();
    let stem = &file_name[..file_name.len() - ".md".len()];
    let Some((key, lang)) = stem.rsplit_once('.') else {
        return Err(format!(
            "the file name needs a language before .md, e.g. {stem}.{}.md (languages: {})",
            config.default_language,
            config.language_codes().collect::<Vec<_>>().join(", ")
        ));
    };
    if config.language(lang).is_none() {
        return Err(format!(
            "language {lang:?} in the file name is not in site.toml [languages] ({})",
            config.language_codes().collect::<Vec<_>>().join(", ")
        ));
    }
    if key.is_empty() {
        return Err("the file name has no key before the language".to_string());
    }
    let role = match parts.as_slice() {
        [_] if key == INDEX_STEM => Role::Home,
        [_] => {
            return Err(format!(
                "articles belong in a section folder: content/<section>/{file_name}"
            ));
        }
        [section, _] if key == INDEX_STEM => Role::Section {
            key: section.clone(),
        },
        [section, _] => Role::Article {
            section: section.clone(),
            key: key.to_string(),
        },
        _ => {
            return Err(format!(
                "sections cannot be nested: move this file to content/{}/{file_name}",
                parts[0]
            ));
        }
    };
    Ok((role, lang.to_string()))
}

/// Turns a span inside the front matter into a span of the file.
fn in_file(split: &Split, span: Range<usize>) -> Range<usize> {
    span.start + split.front_matter.start..span.end + split.front_matter.start
}

fn check_lang(
    declared: &Option<Spanned<String>>,
    from_name: &str,
    source: &SourceText,
    split: &Split,
    problems: &mut Vec<Diagnostic>,
) {
    if let Some(declared) = declared
        && declared.get_ref() != from_name
    {
        problems.push(Diagnostic::error_in(
            source,
            in_file(split, declared.span()),
            "front-matter",
            format!(
                "lang = {:?} contradicts the file name, which says {from_name:?}",
                declared.get_ref()
            ),
        ));
    }
}

/// The text of a required field, which may not be blank.
fn required_text(
    value: Spanned<String>,
    field: &str,
    source: &SourceText,
    split: &Split,
    problems: &mut Vec<Diagnostic>,
) -> String {
    if value.get_ref().trim().is_empty() {
        problems.push(Diagnostic::error_in(
            source,
            in_file(split, value.span()),
            "front-matter",
            format!("{field} is empty"),
        ));
    }
    value.into_inner()
}

/// The slug from front matter when given (it must already be clean), else one made from the
/// file or folder name.
fn chosen_slug(
    given: Option<&Spanned<String>>,
    name: &str,
    source: &SourceText,
    split: &Split,
    problems: &mut Vec<Diagnostic>,
) -> String {
    if let Some(given) = given {
        if !is_valid_slug(given.get_ref()) {
            problems.push(Diagnostic::error_in(
                source,
                in_file(split, given.span()),
                "front-matter",
                format!(
                    "slug {:?} must be lowercase letters, digits and single hyphens (try {:?})",
                    given.get_ref(),
                    slugify(given.get_ref())
                ),
            ));
        }
        return given.get_ref().clone();
    }
    let slug = slugify(name);
    if slug.is_empty() {
        problems.push(Diagnostic::error_at(
            &source.display_path,
            Position::START,
            "front-matter",
            format!("{name:?} gives an empty URL slug: set `slug` in the front matter"),
        ));
    }
    slug
}

fn checked_tags(
    tags: Vec<Spanned<String>>,
    source: &SourceText,
    split: &Split,
    problems: &mut Vec<Diagnostic>,
) -> Vec<String> {
    let mut names = Vec::with_capacity(tags.len());
    for tag in tags {
        if slugify(tag.get_ref()).is_empty() {
            problems.push(Diagnostic::error_in(
                source,
                in_file(split, tag.span()),
                "front-matter",
                format!("tag {:?} needs at least one letter or digit", tag.get_ref()),
            ));
        } else {
            names.push(tag.into_inner());
        }
    }
    names
}

/// Gives every article its section's localized path. Articles whose section has no
/// `_index.<lang>.md` in their language cannot be placed: they are reported (once per section and
/// language) and left out.
fn link_sections(site: &mut Site, diagnostics: &mut Vec<Diagnostic>) {
    site.section_index = site
        .sections
        .iter()
        .enumerate()
        .map(|(i, s)| ((s.key.clone(), s.lang.clone()), i))
        .collect();
    let (sections, section_index) = (&site.sections, &site.section_index);
    let mut reported = BTreeSet::new();
    site.articles.retain_mut(|article| {
        let key = (article.section.clone(), article.lang.clone());
        if let Some(&s) = section_index.get(&key) {
            article.site_path = format!("{}{}/", sections[s].site_path, article.slug);
            return true;
        }
        if reported.insert(key) {
            diagnostics.push(Diagnostic::error_at(
                &article.source.display_path,
                Position::START,
                "missing-section",
                format!(
                    "section {:?} has no content/{}/_index.{}.md: create it with a title \
                     (and a slug in this language)",
                    article.section, article.section, article.lang
                ),
            ));
        }
        false
    });
}

/// Gathers the topics of each language from the articles' `tags`. Spellings that give the same
/// slug ("Slaap", "slaap") are one topic.
fn collect_tags(site: &Site, config: &Config) -> Vec<Tag> {
    let mut tags = Vec::new();
    for language in &config.languages {
        let mut by_slug: BTreeMap<String, Tag> = BTreeMap::new();
        for index in site.articles_by_date(&language.code) {
            for name in &site.articles[index].meta.tags {
                let slug = slugify(name);
                let tag = by_slug.entry(slug.clone()).or_insert_with(|| Tag {
                    lang: language.code.clone(),
                    name: name.clone(),
                    site_path: format!("{}/{}/{}/", language.code, language.tags_slug, slug),
                    slug,
                    articles: Vec::new(),
                });
                if tag.articles.last() != Some(&index) {
                    tag.articles.push(index);
                }
            }
        }
        tags.extend(by_slug.into_values());
    }
    tags
}

/// Reports pages that would be written to the same address, naming both sources.
fn check_unique_paths(site: &Site, config: &Config, diagnostics: &mut Vec<Diagnostic>) {
    let mut owners: HashMap<String, String> = HashMap::new();
    let mut claim = |site_path: &str, owner: String| {
        if let Some(first) = owners.get(site_path) {
            diagnostics.push(Diagnostic::error_at(
                &owner,
                Position::START,
                "duplicate-url",
                format!(
                    "two pages would be written to {}: {first} and {owner} \
                     (give one of them another slug)",
                    config.url_path(site_path)
                ),
            ));
        } else {
            owners.insert(site_path.to_string(), owner);
        }
    };
    for language in &config.languages {
        claim(
            &format!("{}/{}/", language.code, language.tags_slug),
            format!("site.toml (tags_slug of {:?})", language.code),
        );
    }
    for section in &site.sections {
        claim(&section.site_path, section.source.display_path.clone());
    }
    for article in &site.articles {
        claim(&article.site_path, article.source.display_path.clone());
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawArticleMeta {
    title: Spanned<String>,
    description: Spanned<String>,
    date: Date,
    updated: Option<Date>,
    slug: Option<Spanned<String>>,
    #[serde(default)]
    tags: Vec<Spanned<String>>,
    #[serde(default)]
    authors: Vec<String>,
    reviewed_by: Option<String>,
    reviewed_on: Option<Date>,
    #[serde(default)]
    draft: bool,
    translation_of_digest: Option<String>,
    #[serde(default)]
    references: Vec<Reference>,
    lang: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawIndexMeta {
    title: Spanned<String>,
    description: Option<String>,
    slug: Option<Spanned<String>>,
    lang: Option<Spanned<String>>,
}
