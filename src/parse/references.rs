//! Which references a page may cite: its own, its translations', and the shared bibliography.

use crate::load::config::Config;
use crate::load::content::bibliography::{Bibliography, Entry};
use crate::load::content::reference::Reference;
use crate::load::content::{Article, Site};
use crate::parse::markdown::ReferenceLookup;

/// The references one page may cite.
pub struct PageReferences<'a> {
    /// The page's own entries, then its translations'.
    articles: Vec<&'a [Entry]>,
    shared: &'a Bibliography,
}

impl<'a> PageReferences<'a> {
    /// What `article` may cite on `site`.
    pub fn of_article(article: &'a Article, site: &'a Site, config: &'a Config) -> Self {
        let mut articles = vec![article.meta.references.as_slice()];
        articles.extend(
            site.translations(article, config)
                .filter(|t| t.lang != article.lang)
                .map(|t| t.meta.references.as_slice()),
        );
        PageReferences {
            articles,
            shared: &site.bibliography,
        }
    }

    /// What an article checked on its own (outside a site) may cite: its own references.
    pub fn of_lone_article(article: &'a Article, nothing_shared: &'a Bibliography) -> Self {
        PageReferences {
            articles: vec![article.meta.references.as_slice()],
            shared: nothing_shared,
        }
    }

    /// What an article not yet in the site (one being imported into it) may cite: its own
    /// references and the shared bibliography.
    pub fn of_new_article(article: &'a Article, shared: &'a Bibliography) -> Self {
        PageReferences {
            articles: vec![article.meta.references.as_slice()],
            shared,
        }
    }

    /// Every reference of the site: every article's own and the shared ones (for the page that
    /// lists every source).
    pub fn whole_site(site: &'a Site) -> Self {
        PageReferences {
            articles: site
                .articles
                .iter()
                .map(|a| a.meta.references.as_slice())
                .collect(),
            shared: &site.bibliography,
        }
    }

    /// What a section or home page may cite: the shared bibliography.
    pub fn shared(site: &'a Site) -> Self {
        PageReferences {
            articles: Vec::new(),
            shared: &site.bibliography,
        }
    }
}

impl ReferenceLookup for PageReferences<'_> {
    fn find(&self, key: &str) -> Option<&Reference> {
        self.articles
            .iter()
            .flat_map(|entries| entries.iter())
            .find(|e| e.reference.id == key)
            .or_else(|| self.shared.find(key))
            .map(|e| &e.reference)
    }

    fn keys(&self) -> Vec<&str> {
        let own = self.articles.iter().flat_map(|entries| entries.iter());
        let shared = self.shared.entries().map(|(_, e)| e);
        own.chain(shared).map(|e| e.reference.id.as_str()).collect()
    }
}
