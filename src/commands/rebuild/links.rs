//! The link check of every rebuild, made incrementally: the links of the pages written again
//! are checked, with the links other pages have left after the build dropped those that
//! certainly work (to a file the site has, to an id of their own page), against the ids of every
//! page.
//!
//! A link dropped as working stays so while the site's files stay the same, and a rebuild that
//! changes them (a page added or removed, a theme's static file) writes every page again, so
//! every link is looked at again.

use std::collections::{HashMap, HashSet};

use crate::build::Prepared;
use crate::check::output_links::{self, StoredLinks};
use crate::diagnostics::{Diagnostic, SourceText};
use crate::load::config::Config;
use crate::packed::PackedStrings;
use crate::render::pages::all_pages;
use crate::write::link_sources::content_sources;

/// What the link check keeps of the site between rebuilds.
#[derive(Debug, Default)]
pub(super) struct KeptLinks {
    /// Each page's ids and remaining links, by output file.
    pages: HashMap<String, StoredLinks>,
    /// The findings on the sitemap, the feeds and robots.txt, when they were last written.
    documents: Vec<Diagnostic>,
}

/// What a check needs of the site besides the pages' links.
pub(super) struct Site<'a> {
    pub config: &'a Config,
    pub prepared: &'a Prepared,
    /// Every file of the site.
    pub files: &'a HashSet<String>,
    /// Each page's place in the site's order, by output file.
    pub page_order: &'a HashMap<String, usize>,
}

impl KeptLinks {
    /// Keeps the links of a site whose every page was written and checked, with the findings
    /// on its `documents` (the sitemap, feeds and robots.txt).
    pub fn checked(pages: Vec<(String, StoredLinks)>, documents: Vec<Diagnostic>) -> Self {
        KeptLinks {
            pages: pages.into_iter().collect(),
            documents,
        }
    }

    /// Checks the links of the pages written again (`written`), and of the sitemap, feeds and
    /// robots.txt if they were (`documents`), with the links the other pages have left.
    /// Returns the findings, sorted; nothing is kept until [`KeptLinks::keep`].
    pub fn check(
        &self,
        written: &[(String, StoredLinks)],
        documents: Option<&[(String, String)]>,
        site: &Site<'_>,
    ) -> Vec<Diagnostic> {
        let fresh: HashMap<&str, &StoredLinks> = written
            .iter()
            .map(|(file, links)| (file.as_str(), links))
            .collect();
        let pages = all_pages(&site.prepared.site, site.config);
        let left = self
            .pages
            .iter()
            .filter(|(file, links)| !fresh.contains_key(file.as_str()) && !links.links.is_empty())
            .map(|(file, links)| (file.as_str(), links));
        let to_check: Vec<_> = fresh
            .iter()
            .map(|(&file, &links)| (file, links))
            .chain(left)
            .filter_map(|(file, links)| {
                let &place = site.page_order.get(file)?;
                let page = *pages.get(place)?;
                let prepared = site.prepared;
                let content = content_sources(page, &prepared.site, &prepared.bodies);
                Some(links.with_content(file, content))
            })
            .collect();
        // Every page's ids, as they are now.
        let mut ids: HashMap<&str, &PackedStrings> = self
            .pages
            .iter()
            .map(|(file, links)| (file.as_str(), &links.ids))
            .collect();
        ids.extend(fresh.iter().map(|(&file, links)| (file, &links.ids)));
        let templates: Vec<SourceText> = site
            .prepared
            .theme
            .iter()
            .flat_map(|theme| theme.templates.values())
            .map(|(path, text)| SourceText::new(path.clone(), text.clone()))
            .collect();
        let output = output_links::SiteOutput {
            base_url: &site.config.base_url,
            files: site.files,
            pages: &to_check,
            documents: documents.unwrap_or_default(),
            templates: &templates,
        };
        let mut found = output_links::check_with_ids(&output, &ids);
        if documents.is_none() {
            found.extend(self.documents.iter().cloned());
            crate::diagnostics::sort(&mut found);
        }
        found
    }

    /// Keeps the links of the pages written again, and, if the sitemap, feeds and robots.txt
    /// were (`documents`), the findings on them among `found` (what [`KeptLinks::check`]
    /// found).
    pub fn keep(
        &mut self,
        written: Vec<(String, StoredLinks)>,
        documents: Option<&[(String, String)]>,
        found: &[Diagnostic],
    ) {
        self.pages.extend(written);
        if let Some(documents) = documents {
            self.documents = found
                .iter()
                .filter(|d| is_document(d, documents))
                .cloned()
                .collect();
        }
    }
}

/// Whether `finding` is on one of `documents` (the sitemap, feeds and robots.txt).
fn is_document(finding: &Diagnostic, documents: &[(String, String)]) -> bool {
    documents.iter().any(|(path, _)| *path == finding.file)
}
