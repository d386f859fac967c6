//! Reading one content file: its text, front matter and the checks on its fields.

use std::collections::HashSet;
use std::ops::Range;
use std::sync::Arc;

use serde::Deserialize;
use toml::Spanned;

use super::bibliography;
use super::files::{ContentFile, Role};
use super::front_matter::{self, Date, Split};
use super::reference::Reference;
use super::{Article, ArticleMeta, HomeIntro, IndexMeta, Section};
use crate::diagnostics::{Diagnostic, Position, SourceText};
use crate::load::text_file::read_text_file;
use crate::slug::{is_valid_slug, slugify, unusable_as_folder};

/// A content file, read and checked.
#[derive(Debug, Clone)]
pub enum Page {
    /// An article.
    Article(Box<Article>),
    /// A section file.
    Section(Box<Section>),
    /// A home page introduction.
    Home(Box<HomeIntro>),
    /// An article with `draft = true`, left out of this build.
    Draft,
}

/// Reads and checks `file`. Drafts are only read far enough to know they are drafts, unless
/// `include_drafts`.
pub fn read(file: &ContentFile, include_drafts: bool) -> Result<Page, Vec<Diagnostic>> {
    let source = read_source(file)?;
    parse(source, file, include_drafts)
}

/// Checks the text of a content file, as [`read`] does once the file is read. (Used by tools
/// that write content, such as the importer's tests, to prove their output is valid.)
pub fn parse(
    source: SourceText,
    file: &ContentFile,
    include_drafts: bool,
) -> Result<Page, Vec<Diagnostic>> {
    let source = Arc::new(source);
    let split = front_matter::split(&source).map_err(|d| vec![d])?;
    let mut problems = Vec::new();
    let fields = Fields {
        source: &source,
        split: &split,
    };
    let lang = file.key.lang.clone();

    let page = match file.role {
        Role::Article => {
            let (raw, document): (RawArticleMeta, _) =
                front_matter::parse_with_document(&source, &split)?;
            if raw.draft && !include_drafts {
                return Ok(Page::Draft);
            }
            fields.check_lang(&raw.lang, &lang, &mut problems);
            let summary_places = [
                fields.place(raw.title.span()),
                fields.place(raw.description.span()),
            ];
            let title = fields.required_text(raw.title, "title", &mut problems);
            let description = fields.required_text(raw.description, "description", &mut problems);
            let slug = fields.slug(raw.slug.as_ref(), &file.key.key, &mut problems);
            let tags = fields.tags(raw.tags, &mut problems);
            let image = raw.image.map(|image| {
                let place = fields.place(image.span());
                (image.into_inner(), place)
            });
            Page::Article(Box::new(Article {
                body: split.body.clone(),
                section: file.key.section.clone(),
                key: file.key.key.clone(),
                lang,
                meta: Arc::new(ArticleMeta {
                    title,
                    description,
                    summary_places,
                    date: raw.date,
                    updated: raw.updated,
                    tags,
                    authors: raw.authors,
                    reviewed_by: raw.reviewed_by,
                    reviewed_on: raw.reviewed_on,
                    draft: raw.draft,
                    translation_of_digest: raw.translation_of_digest,
                    image,
                    image_alt: raw.image_alt,
                    references: bibliography::with_places(
                        raw.references,
                        document.get_ref(),
                        split.front_matter.start,
                    ),
                }),
                slug,
                site_path: String::new(),
                topics: Vec::new(),
                source: Arc::clone(&source),
            }))
        }
        Role::Section => {
            let raw: RawIndexMeta = front_matter::parse(&source, &split)?;
            fields.check_lang(&raw.lang, &lang, &mut problems);
            let title = fields.required_text(raw.title, "title", &mut problems);
            let slug = fields.slug(raw.slug.as_ref(), &file.key.section, &mut problems);
            Page::Section(Box::new(Section {
                body: split.body.clone(),
                key: file.key.section.clone(),
                site_path: format!("{lang}/{slug}/"),
                lang,
                meta: IndexMeta {
                    title,
                    description: raw.description,
                },
                slug,
                source: Arc::clone(&source),
            }))
        }
        Role::Home => {
            let raw: RawIndexMeta = front_matter::parse(&source, &split)?;
            fields.check_lang(&raw.lang, &lang, &mut problems);
            let title = fields.required_text(raw.title, "title", &mut problems);
            if let Some(slug) = &raw.slug {
                problems.push(fields.error(
                    slug.span(),
                    "the home page has no slug: its address is always /<lang>/".to_string(),
                ));
            }
            Page::Home(Box::new(HomeIntro {
                body: split.body.clone(),
                lang,
                meta: IndexMeta {
                    title,
                    description: raw.description,
                },
                source: Arc::clone(&source),
            }))
        }
    };
    if problems.is_empty() {
        Ok(page)
    } else {
        Err(problems)
    }
}

fn read_source(file: &ContentFile) -> Result<SourceText, Vec<Diagnostic>> {
    read_text_file(&file.path, &file.display_path, "content").map_err(|d| vec![d])
}

/// Checks on front matter fields, reporting at the field's position in the file.
struct Fields<'a> {
    source: &'a SourceText,
    split: &'a Split,
}

impl Fields<'_> {
    /// An error at a span of the front matter.
    fn error(&self, span: Range<usize>, message: String) -> Diagnostic {
        Diagnostic::error_in(self.source, self.place(span), "front-matter", message)
    }

    /// A span of the front matter as a byte range of the file.
    fn place(&self, span: Range<usize>) -> Range<usize> {
        let offset = self.split.front_matter.start;
        span.start + offset..span.end + offset
    }

    fn check_lang(
        &self,
        declared: &Option<Spanned<String>>,
        from_name: &str,
        problems: &mut Vec<Diagnostic>,
    ) {
        if let Some(declared) = declared
            && declared.get_ref() != from_name
        {
            problems.push(self.error(
                declared.span(),
                format!(
                    "lang = {:?} contradicts the file name, which says {from_name:?}",
                    declared.get_ref()
                ),
            ));
        }
    }

    /// The text of a required field, which may not be blank.
    fn required_text(
        &self,
        value: Spanned<String>,
        field: &str,
        problems: &mut Vec<Diagnostic>,
    ) -> String {
        if value.get_ref().trim().is_empty() {
            problems.push(self.error(value.span(), format!("{field} is empty")));
        }
        value.into_inner()
    }

    /// The slug from front matter when given (it must already be clean), else one made from
    /// the file or folder name.
    fn slug(
        &self,
        given: Option<&Spanned<String>>,
        name: &str,
        problems: &mut Vec<Diagnostic>,
    ) -> String {
        if let Some(given) = given {
            if !is_valid_slug(given.get_ref()) {
                problems.push(self.error(
                    given.span(),
                    format!(
                        "slug {:?} must be lowercase letters, digits and single hyphens (try {:?})",
                        given.get_ref(),
                        slugify(given.get_ref())
                    ),
                ));
            }
            if let Some(why) = unusable_as_folder(given.get_ref()) {
                problems.push(self.error(
                    given.span(),
                    format!("slug cannot be used: {why}; choose a shorter or other slug"),
                ));
            }
            return given.get_ref().clone();
        }
        let slug = slugify(name);
        if slug.is_empty() {
            problems.push(Diagnostic::error_at(
                &self.source.display_path,
                Position::START,
                "front-matter",
                format!("{name:?} gives an empty URL slug: set `slug` in the front matter"),
            ));
        } else if let Some(why) = unusable_as_folder(&slug) {
            problems.push(Diagnostic::error_at(
                &self.source.display_path,
                Position::START,
                "front-matter",
                format!(
                    "the URL slug made from the file name cannot be used: {why}; set `slug` in \
                     the front matter"
                ),
            ));
        }
        slug
    }

    /// Topic names, each with at least one letter or digit. Spellings of one topic ("Slaap",
    /// "slaap") are kept once.
    fn tags(&self, tags: Vec<Spanned<String>>, problems: &mut Vec<Diagnostic>) -> Vec<String> {
        let mut seen = HashSet::new();
        let mut names = Vec::with_capacity(tags.len());
        for tag in tags {
            let slug = slugify(tag.get_ref());
            if slug.is_empty() {
                problems.push(self.error(
                    tag.span(),
                    format!("tag {:?} needs at least one letter or digit", tag.get_ref()),
                ));
            } else if let Some(why) = unusable_as_folder(&slug) {
                problems.push(self.error(
                    tag.span(),
                    format!(
                        "tag {:?} cannot be a topic page's address: {why}",
                        tag.get_ref()
                    ),
                ));
            } else if seen.insert(slug) {
                names.push(tag.into_inner());
            }
        }
        names
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
    image: Option<Spanned<String>>,
    image_alt: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawIndexMeta {
    title: Spanned<String>,
    description: Option<String>,
    slug: Option<Spanned<String>>,
    lang: Option<Spanned<String>>,
}
