//! What templates see. These structs are the contract between kennis and a theme: every field
//! here is available in the templates under the name shown.
//!
//! Every page gets `lang`, `site`, `page_kind`, `title`, `description`, `path`, `permalink`,
//! `alternates`, `x_default`, `switcher`, `json_ld`, `image` and `twitter_card`; each kind of
//! page adds one more variable (`article`, `section`, `home`, `topics`, `topic`, `comparisons`,
//! `comparison`, `faq`, `sources`; the search page none). Paths are root-relative and include the
//! base path (`/kennis/nl/…`), permalinks are absolute URLs. Dates are ISO strings
//! (`2025-11-13`); the `format_date` filter writes them out in the page's language.

use serde::Serialize;

use crate::parse::markdown::headings::TocEntry;
use crate::parse::markdown::images::PreviewImage;

/// `site`: the site in the page's language.
#[derive(Debug, Clone, Serialize)]
pub struct SiteInfo {
    /// Site title in this language.
    pub title: String,
    /// Site description in this language.
    pub description: String,
    /// Locale such as `nl_NL`.
    pub locale: String,
    /// Absolute base URL, ending in `/`.
    pub base_url: String,
    /// Path part of the base URL, e.g. `/` or `/kennis/`.
    pub base_path: String,
    /// Code of the default language.
    pub default_language: String,
    /// This language's home page.
    pub home_path: String,
    /// This language's topic overview.
    pub topics_path: String,
    /// This language's list of comparison tables.
    pub comparisons_path: String,
    /// This language's page with every FAQ.
    pub faq_path: String,
    /// This language's page with every source.
    pub sources_path: String,
    /// This language's search page.
    pub search_path: String,
    /// This language's search index entry file (`search-index/index.json`), for the search
    /// page's script, which loads the index's other files from beside it.
    pub search_index_path: String,
    /// This language's Atom feed.
    pub feed_path: String,
    /// The feed's absolute URL.
    pub feed_permalink: String,
    /// Sections of this language, for the main navigation.
    pub nav: Vec<NavLink>,
    /// Every language of the site with its home page, default first.
    pub languages: Vec<LanguageLink>,
}

/// A section in the navigation.
#[derive(Debug, Clone, Serialize)]
pub struct NavLink {
    /// Section title.
    pub title: String,
    /// Section page.
    pub path: String,
    /// Section folder name, to mark the current section.
    pub key: String,
}

/// A language and its home page.
#[derive(Debug, Clone, Serialize)]
pub struct LanguageLink {
    /// Language code.
    pub code: String,
    /// Root-relative path of its home page.
    pub path: String,
    /// Its site title.
    pub title: String,
}

/// One `<link rel="alternate" hreflang>`: a version of this page in some language.
#[derive(Debug, Clone, Serialize)]
pub struct Alternate {
    /// Language code.
    pub lang: String,
    /// Absolute URL.
    pub permalink: String,
}

/// One entry of the language switcher: where to go for another language.
#[derive(Debug, Clone, Serialize)]
pub struct SwitcherLink {
    /// Language code of the target.
    pub lang: String,
    /// The translation of this page, or that language's home page.
    pub path: String,
    /// True when `path` is a translation of this page.
    pub is_translation: bool,
}

/// Fields every page has.
#[derive(Debug, Clone, Serialize)]
pub struct Common {
    /// Language of the page.
    pub lang: String,
    /// What kind of page: `home`, `section`, `article`, `topics`, `topic`, `not_found`, `root`.
    pub page_kind: &'static str,
    /// Title for `<title>` and the heading.
    pub title: String,
    /// Summary for `<meta name="description">`.
    pub description: String,
    /// Root-relative URL of this page.
    pub path: String,
    /// Absolute URL of this page.
    pub permalink: String,
    /// Every existing version of this page, this one included.
    pub alternates: Vec<Alternate>,
    /// Absolute URL for `hreflang="x-default"`.
    pub x_default: String,
    /// Links to the other languages.
    pub switcher: Vec<SwitcherLink>,
    /// schema.org JSON-LD documents for the page, ready to go into
    /// `<script type="application/ld+json">` (already safe there).
    pub json_ld: Vec<String>,
    /// The link preview image (`og:image`), with an absolute `url` and its `alt` (may be
    /// empty): an article's front matter `image`, or else its first image, or else the site's
    /// `[images] default`; `None` when there is none.
    pub image: Option<PreviewImage>,
    /// `twitter:card`: `summary_large_image` when there is an `image`, else `summary`.
    pub twitter_card: &'static str,
}

/// An article in a list.
#[derive(Debug, Clone, Serialize)]
pub struct ArticleSummary {
    /// Title.
    pub title: String,
    /// Summary.
    pub description: String,
    /// Publication date.
    pub date: String,
    /// Date of the last change, if any.
    pub updated: Option<String>,
    /// Root-relative URL.
    pub path: String,
    /// Title of its section.
    pub section_title: String,
    /// Its section's page.
    pub section_path: String,
}

/// A topic (tag) link.
#[derive(Debug, Clone, Serialize)]
pub struct TopicLink {
    /// Display name.
    pub name: String,
    /// Topic page.
    pub path: String,
    /// Number of articles with this topic.
    pub count: usize,
}

/// `article`: the article being shown.
#[derive(Debug, Clone, Serialize)]
pub struct ArticleContext {
    /// Title.
    pub title: String,
    /// Summary.
    pub description: String,
    /// Publication date.
    pub date: String,
    /// Date of the last change.
    pub updated: Option<String>,
    /// Date of the last review.
    pub reviewed_on: Option<String>,
    /// Who reviewed it.
    pub reviewed_by: Option<String>,
    /// Authors.
    pub authors: Vec<String>,
    /// Topics.
    pub tags: Vec<TopicLink>,
    /// The body as HTML.
    pub content: String,
    /// Table of contents, nested by heading level.
    pub toc: Vec<TocEntry>,
    /// Words in the body.
    pub word_count: usize,
    /// Reading time in minutes (at 200 words a minute, at least 1).
    pub reading_minutes: usize,
    /// Its section.
    pub section: NavLink,
    /// Whether the body has an FAQ block.
    pub has_faq: bool,
    /// A draft (`draft = true`), shown only in a build with `--drafts`: the page says so.
    pub draft: bool,
}

/// `section`: a section page.
#[derive(Debug, Clone, Serialize)]
pub struct SectionContext {
    /// Title.
    pub title: String,
    /// Description.
    pub description: String,
    /// Introduction as HTML.
    pub content: String,
    /// Section folder name.
    pub key: String,
    /// Its articles, newest first.
    pub articles: Vec<ArticleSummary>,
}

/// `home`: a language's home page.
#[derive(Debug, Clone, Serialize)]
pub struct HomeContext {
    /// Introduction as HTML (from `content/_index.<lang>.md`, or empty).
    pub content: String,
    /// The newest articles.
    pub recent: Vec<ArticleSummary>,
    /// The sections with their article counts.
    pub sections: Vec<SectionSummary>,
    /// All topics.
    pub topics: Vec<TopicLink>,
    /// The comparison tables.
    pub comparisons: Vec<ComparisonSummary>,
    /// Number of questions on the FAQ page.
    pub faq_count: usize,
}

/// A section on the home page.
#[derive(Debug, Clone, Serialize)]
pub struct SectionSummary {
    /// Title.
    pub title: String,
    /// Description.
    pub description: String,
    /// Section page.
    pub path: String,
    /// Number of articles.
    pub count: usize,
}

/// `topic`: one topic page.
#[derive(Debug, Clone, Serialize)]
pub struct TopicContext {
    /// Display name.
    pub name: String,
    /// Articles with this topic, newest first.
    pub articles: Vec<ArticleSummary>,
}

/// A link to a page, with its title.
#[derive(Debug, Clone, Serialize)]
pub struct PageLink {
    /// Title of the page.
    pub title: String,
    /// Root-relative URL.
    pub path: String,
}

/// A comparison table in a list.
#[derive(Debug, Clone, Serialize)]
pub struct ComparisonSummary {
    /// Title.
    pub title: String,
    /// What the table shows.
    pub caption: String,
    /// Its own page.
    pub path: String,
}

/// `comparison`: a comparison table's own page.
#[derive(Debug, Clone, Serialize)]
pub struct ComparisonContext {
    /// Title.
    pub title: String,
    /// What the table shows.
    pub caption: String,
    /// The table as HTML.
    pub table: String,
    /// The numbered list of its sources as HTML (with its own heading).
    pub references: String,
    /// The articles in this language that embed the table.
    pub articles: Vec<PageLink>,
}

/// One question on the FAQ page.
#[derive(Debug, Clone, Serialize)]
pub struct FaqEntry {
    /// The question.
    pub question: String,
    /// The question in its article.
    pub path: String,
    /// The answer as HTML; its citations link to the article's reference list.
    pub answer: String,
}

/// The questions of one article on the FAQ page.
#[derive(Debug, Clone, Serialize)]
pub struct FaqGroup {
    /// The article.
    pub article: PageLink,
    /// Its questions, in order.
    pub questions: Vec<FaqEntry>,
}

/// One reference on the sources page.
#[derive(Debug, Clone, Serialize)]
pub struct SourceEntry {
    /// Citation key; the entry's id on the page is `ref-<key>`.
    pub key: String,
    /// The entry as HTML, in the reference list's style.
    pub html: String,
    /// The pages in this language that cite it: articles, then comparison tables.
    pub cited_by: Vec<PageLink>,
    /// Its level of evidence, `a` to `d`, or `unknown`.
    pub level: String,
}

/// The sources of one level of evidence, for the sources page.
#[derive(Debug, Clone, Serialize)]
pub struct SourceGroup {
    /// `a` to `d`, or `unknown` (the UI string `evidence-level-<level>` names it).
    pub level: String,
    /// Its sources, ordered as a bibliography.
    pub sources: Vec<SourceEntry>,
}
