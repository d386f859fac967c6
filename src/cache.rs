//! What a build may reuse from the one before it (`kennis serve` rebuilds again and again):
//! the rendered body and search document of every article whose text, and whose
//! translations' texts, have not changed.

use std::collections::HashMap;
use std::sync::Arc;

use rayon::prelude::*;

use crate::load::config::Config;
use crate::load::content::{Article, Site};
use crate::parse::markdown::{Rendered, images};
use crate::parse::site::Bodies;
use crate::search::{LangDocument, SearchDocuments};

/// Rendered article bodies of an earlier build, by file.
#[derive(Debug)]
pub struct BodyCache {
    addresses: blake3::Hash,
    entries: HashMap<String, CachedArticle>,
}

/// What the cache keeps of one article.
#[derive(Debug)]
struct CachedArticle {
    /// [`body_key`] when it was rendered.
    key: blake3::Hash,
    body: Arc<Rendered>,
    /// Its search document, which depends on nothing the body does not.
    search: Option<Arc<LangDocument>>,
}

impl BodyCache {
    /// Remembers the bodies of a build. A body taken from `previous` keeps the key it had
    /// there, so unchanged articles are not hashed twice in one rebuild.
    pub fn fill(
        site: &Site,
        config: &Config,
        bodies: &Bodies,
        search_documents: &SearchDocuments,
        previous: Option<&BodyCache>,
    ) -> Self {
        let entries = site
            .articles
            .par_with_ids()
            .map(|(id, article)| {
                let rendered = &bodies.articles[id];
                let known_key = previous
                    .and_then(|p| p.entries.get(&article.source.display_path))
                    .filter(|cached| Arc::ptr_eq(&cached.body, rendered))
                    .map(|cached| cached.key);
                let cached = CachedArticle {
                    key: known_key.unwrap_or_else(|| body_key(article, site, config)),
                    body: Arc::clone(rendered),
                    search: search_documents.get(id).cloned().flatten(),
                };
                (article.source.display_path.clone(), cached)
            })
            .collect();
        BodyCache {
            addresses: addresses(site),
            entries,
        }
    }

    /// Remembers the body and search document of `article`, rendered again after an edit to
    /// its text, and gives its translations (whose keys include its text) their new keys.
    pub fn update(
        &mut self,
        article: &Article,
        site: &Site,
        config: &Config,
        body: Arc<Rendered>,
        search: Option<Arc<LangDocument>>,
    ) {
        let cached = CachedArticle {
            key: body_key(article, site, config),
            body,
            search,
        };
        self.entries
            .insert(article.source.display_path.clone(), cached);
        for translation in site.translations(article, config) {
            if translation.lang != article.lang
                && let Some(entry) = self.entries.get_mut(&translation.source.display_path)
            {
                entry.key = body_key(translation, site, config);
            }
        }
    }

    /// Whether the cache was filled from a site with the same pages at the same addresses (a
    /// body's links are resolved against them).
    pub fn fits(&self, site: &Site) -> bool {
        self.addresses == addresses(site)
    }

    /// The cached body of `article`, if its text and its translations' are unchanged.
    pub fn get(&self, article: &Article, site: &Site, config: &Config) -> Option<Arc<Rendered>> {
        let cached = self.entries.get(&article.source.display_path)?;
        // The body holds its images' sizes: an image file replaced under the same name renders
        // it again.
        let images_unchanged = || {
            cached
                .body
                .image_files
                .iter()
                .all(|(file, stamp)| stamp.is_some() && images::stamp(file) == *stamp)
        };
        (cached.key == body_key(article, site, config) && images_unchanged())
            .then(|| Arc::clone(&cached.body))
    }

    /// The cached search document of `article`, if `rendered` is its cached body.
    pub fn search_document(
        &self,
        article: &Article,
        rendered: &Arc<Rendered>,
    ) -> Option<Arc<LangDocument>> {
        let cached = self.entries.get(&article.source.display_path)?;
        if Arc::ptr_eq(&cached.body, rendered) {
            cached.search.clone()
        } else {
            None
        }
    }

    /// Whether `rendered` is the cached body of `article` (so it was not rendered again).
    pub(crate) fn holds(&self, article: &Article, rendered: &Arc<Rendered>) -> bool {
        self.entries
            .get(&article.source.display_path)
            .is_some_and(|cached| Arc::ptr_eq(&cached.body, rendered))
    }
}

/// What an article's body depends on besides the site-wide inputs: its own file and its
/// translations' files (whose references it may cite).
fn body_key(article: &Article, site: &Site, config: &Config) -> blake3::Hash {
    let mut hasher = blake3::Hasher::new();
    hasher.update(article.source.digest().as_bytes());
    for translation in site.translations(article, config) {
        if translation.lang != article.lang {
            hasher.update(translation.source.display_path.as_bytes());
            hasher.update(b"\0");
            hasher.update(translation.source.digest().as_bytes());
        }
    }
    hasher.finalize()
}

/// Every page's file and address, every file left out of the build and why, and the names of
/// the files pages can show.
fn addresses(site: &Site) -> blake3::Hash {
    let mut hasher = blake3::Hasher::new();
    let articles = site.articles.iter().map(|a| (&a.source, &a.site_path));
    let sections = site.sections.iter().map(|s| (&s.source, &s.site_path));
    for (source, site_path) in articles.chain(sections) {
        for part in [&source.display_path, site_path] {
            hasher.update(part.as_bytes());
            hasher.update(b"\0");
        }
    }
    for (key, why) in &site.excluded {
        hasher.update(format!("{key:?}{why:?}\0").as_bytes());
    }
    // A body shows its images with their sizes, or with none while a file is missing: a file
    // that came or went in `static/` or an article's folder renders the bodies again.
    let bundles = site
        .assets
        .bundles
        .iter()
        .flat_map(|((section, key), files)| {
            files
                .keys()
                .map(move |name| format!("{section}/{key}/{name}"))
        });
    for name in site.assets.static_files.keys().cloned().chain(bundles) {
        hasher.update(name.as_bytes());
        hasher.update(b"\0");
    }
    hasher.finalize()
}
