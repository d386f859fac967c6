//! Writing every page: each is rendered with its template, post-processed, checked for its ids
//! and written, in parallel; then the search indexes and the site files (sitemap, feeds,
//! robots.txt).

use std::collections::{BTreeSet, HashMap, HashSet};
use std::path::Path;

use rayon::prelude::*;

use crate::check::output_links::{self, KnownFiles, PageLinks};
use crate::diagnostics::{Diagnostic, Position, SourceText};
use crate::load::config::Config;
use crate::load::content::Site;
use crate::load::theme::ThemeFiles;
use crate::parse::markdown::Rendered;
use crate::parse::site::Bodies;
use crate::postprocess::{Decorator, Scope};
use crate::render::{Page, Renderer};
use crate::write::images::{self, MadeCopies, Pictures};
use crate::write::output::{OutputError, SiteOutput};
use crate::write::site_files;

/// Writes the site into an output (the staging folder, or memory when serving).
pub(crate) struct SiteWriter<'a> {
    pub(crate) site: &'a Site,
    pub(crate) config: &'a Config,
    pub(crate) bodies: &'a Bodies,
    pub(crate) renderer: &'a Renderer<'a>,
    pub(crate) decorators: &'a HashMap<String, Decorator>,
    pub(crate) output: &'a dyn SiteOutput,
}

/// One page, written.
struct WrittenPage<'a> {
    /// Problems found on it.
    findings: Vec<Diagnostic>,
    /// What it links to, for the link check.
    links: PageLinks<'a>,
}

/// Every page, written.
pub(crate) struct WrittenPages<'a> {
    /// Problems found on them.
    pub(crate) findings: Vec<Diagnostic>,
    /// The same problems by page output file (pages without any are left out), less those of
    /// failed templates.
    pub(crate) by_page: HashMap<String, Vec<Diagnostic>>,
    /// What each links to; `None` when a page could not be rendered, so the site is incomplete.
    pub(crate) links: Option<Vec<PageLinks<'a>>>,
}

/// Why one page could not be written.
pub(crate) enum PageFailure {
    /// Its template failed: reported like any other finding, once for all pages it affects.
    Template(Box<Diagnostic>),
    /// The disk failed: the build stops.
    Output(OutputError),
}

impl<'a> SiteWriter<'a> {
    /// Copies the theme's and the site's static files.
    pub(crate) fn static_files(&self, theme: &ThemeFiles) -> Result<(), OutputError> {
        for (name, file) in &theme.static_files {
            self.output.copy(name, &file.source)?;
        }
        Ok(())
    }

    /// Copies the files of each article's folder next to each of its language versions, so a
    /// file name written in the article works on every one.
    pub(crate) fn article_files(&self) -> Result<(), OutputError> {
        for article in self.site.articles.iter() {
            let key = (article.section.clone(), article.key.clone());
            for (name, source) in self.site.assets.bundles.get(&key).into_iter().flatten() {
                self.output
                    .copy(&format!("{}{name}", article.site_path), source)?;
            }
        }
        Ok(())
    }

    /// Makes the smaller copies of the images the bodies offer in `srcset` (not for an output
    /// that keeps no contents), with the cache of the site at `root`. Runs after the static
    /// files and article folders are copied, so a copy cannot take one's place unseen.
    pub(crate) fn image_copies(&self, root: &Path) -> Result<MadeCopies, OutputError> {
        let bodies = self.bodies;
        let shown = bodies
            .articles
            .iter()
            .map(|body| &**body)
            .chain(bodies.sections.iter())
            .chain(bodies.homes.values())
            .flat_map(|body| &body.responsive_images);
        images::make_copies(shown, &self.config.images.sizes, root, self.output)
    }

    /// The files the site will have once `pages` are written besides what the output has
    /// already: the pages, the sitemap, robots.txt, the feeds and the search index's entry
    /// files, and the `copies` of images the pages name. (Links to them need not wait for the
    /// check.)
    pub(crate) fn known_files(
        &self,
        pages: &[Page<'_>],
        copies: &HashSet<String>,
    ) -> HashSet<String> {
        let (site, config) = (self.site, self.config);
        let mut files = self.output.written();
        files.extend(copies.iter().cloned());
        files.extend(pages.iter().map(|p| p.output_file(site, config)));
        files.insert(site_files::SITEMAP.to_string());
        files.insert(site_files::ROBOTS.to_string());
        for lang in config.language_codes() {
            files.insert(site_files::feed_path(lang));
            files.insert(crate::search::index_path(lang));
        }
        files
    }

    /// Renders, post-processes, checks and writes `pages` in parallel, with their images'
    /// `pictures`, dropping the links to `known` files that certainly work. Returns the
    /// findings, and the links of every page when all were written.
    pub(crate) fn pages(
        &self,
        pages: &[Page<'_>],
        known: &HashSet<String>,
        pictures: &Pictures,
    ) -> Result<WrittenPages<'a>, OutputError> {
        let known_files = KnownFiles {
            base_url: &self.config.base_url,
            files: known,
        };
        let results: Vec<(Page<'_>, Result<WrittenPage<'a>, PageFailure>)> = pages
            .par_iter()
            .map(|&page| (page, self.page(page, known_files, pictures)))
            .collect();
        let mut found = Vec::new();
        let mut by_page = HashMap::new();
        let mut links = Some(Vec::with_capacity(pages.len()));
        // A broken template fails every page that uses it: say so once, naming the pages.
        let mut template_errors: Vec<(Diagnostic, Vec<String>)> = Vec::new();
        for (page, result) in results {
            match result {
                Ok(written) => {
                    if !written.findings.is_empty() {
                        found.extend(written.findings.iter().cloned());
                        by_page.insert(written.links.file.clone(), written.findings);
                    }
                    if let Some(links) = &mut links {
                        links.push(written.links);
                    }
                }
                Err(PageFailure::Output(e)) => return Err(e),
                Err(PageFailure::Template(d)) => {
                    links = None;
                    let name = self.describe(page);
                    match template_errors.iter_mut().find(|(seen, _)| *seen == *d) {
                        Some((_, names)) => names.push(name),
                        None => template_errors.push((*d, vec![name])),
                    }
                }
            }
        }
        for (mut diagnostic, names) in template_errors {
            diagnostic.message = match names.len() {
                1 => format!("{} (rendering {})", diagnostic.message, names[0]),
                n => format!(
                    "{} (rendering {} and {} other pages)",
                    diagnostic.message,
                    names[0],
                    n - 1
                ),
            };
            found.push(diagnostic);
        }
        Ok(WrittenPages {
            findings: found,
            by_page,
            links,
        })
    }

    fn page(
        &self,
        page: Page<'_>,
        known_files: KnownFiles<'_>,
        pictures: &Pictures,
    ) -> Result<WrittenPage<'a>, PageFailure> {
        let (site, config) = (self.site, self.config);
        let rendered = self
            .renderer
            .render(page)
            .map_err(|d| PageFailure::Template(Box::new(d)))?;
        // The theme's markup is decorated; the content in it was when it was parsed.
        let decorator = &self.decorators[page.lang(site, config)];
        let theme = decorator
            .rewrite(&rendered.html, Scope::Theme)
            .map_err(|e| {
                PageFailure::Template(Box::new(Diagnostic::error_at(
                    page.template(),
                    Position::START,
                    "postprocess",
                    format!("cannot post-process the HTML: {e}"),
                )))
            })?;
        let processed = pictures.apply(rendered.splice(theme));
        #[cfg(debug_assertions)]
        same_inventory_as_reading_the_page(&processed);
        let file = page.output_file(site, config);
        self.output
            .write(&file, processed.html.as_bytes())
            .map_err(PageFailure::Output)?;
        let findings = self.check_ids(page, &processed.ids);
        let mut links = PageLinks {
            file,
            ids: processed.ids.iter().map(String::as_str).collect(),
            links: processed.links,
            base: processed.base,
            served_at_any_path: page == Page::NotFound,
            template: self.renderer.template_file(page.template()),
            content: crate::write::link_sources::content_sources(page, site, self.bodies),
        };
        known_files.drop_working(&mut links);
        Ok(WrittenPage { findings, links })
    }

    /// Checks the links of the written site (`pages` and the site files in `documents`, with
    /// the `copies` of images the pages name).
    pub(crate) fn check_links(
        &self,
        pages: &[PageLinks<'_>],
        documents: &[(String, String)],
        theme: &ThemeFiles,
        copies: &HashSet<String>,
    ) -> Vec<Diagnostic> {
        let templates: Vec<SourceText> = theme
            .templates
            .values()
            .map(|(path, text)| SourceText::new(path.clone(), text.clone()))
            .collect();
        let mut files = self.output.written();
        files.extend(copies.iter().cloned());
        output_links::check(&output_links::SiteOutput {
            base_url: &self.config.base_url,
            files: &files,
            pages,
            documents,
            templates: &templates,
        })
    }

    /// Checks a finished page's ids: links to `#anchors` the Markdown alone did not have must
    /// find them on the page, and no id may occur twice (an editor's `{#id}` can clash with an
    /// id of the theme).
    fn check_ids(&self, page: Page<'_>, ids: &[String]) -> Vec<Diagnostic> {
        let mut found = Vec::new();
        let mut seen = HashSet::new();
        let duplicates: BTreeSet<&str> = ids
            .iter()
            .filter(|id| !seen.insert(id.as_str()))
            .map(String::as_str)
            .collect();
        let body = self.body(page);
        for id in duplicates {
            let chosen = body.and_then(|(source, rendered)| {
                let (_, range) = rendered.explicit_ids.iter().find(|(e, _)| e == id)?;
                Some(Diagnostic::error_in(
                    source,
                    range.clone(),
                    "duplicate-id",
                    format!("the id {id:?} is also used by the page's template: choose another"),
                ))
            });
            found.push(chosen.unwrap_or_else(|| {
                Diagnostic::error_at(
                    &self.renderer.template_file(page.template()),
                    Position::START,
                    "duplicate-id",
                    format!(
                        "the id {id:?} occurs more than once on {}",
                        page.output_file(self.site, self.config)
                    ),
                )
            }));
        }
        if let Some((source, rendered)) = body {
            for (anchor, range) in &rendered.local_anchors {
                if !ids.contains(anchor) {
                    found.push(Diagnostic::error_in(
                        source,
                        range.clone(),
                        "missing-anchor",
                        format!(
                            "link to #{anchor}: no heading or element on this page has that id"
                        ),
                    ));
                }
            }
        }
        found
    }

    /// The Markdown a page shows, with its file.
    fn body(&self, page: Page<'_>) -> Option<(&SourceText, &Rendered)> {
        let (site, bodies) = (self.site, self.bodies);
        match page {
            Page::Article(i) => Some((&site.articles[i].source, &bodies.articles[i])),
            Page::Section(i) => Some((&site.sections[i].source, &bodies.sections[i])),
            Page::Home { lang } => {
                Some((&site.home_intros.get(lang)?.source, bodies.homes.get(lang)?))
            }
            _ => None,
        }
    }

    /// How diagnostics name a page: its content file, or else its output file.
    fn describe(&self, page: Page<'_>) -> String {
        match self.body(page) {
            Some((source, _)) => source.display_path.clone(),
            None => page.output_file(self.site, self.config),
        }
    }

    /// Writes each language's search index. Returns the findings.
    pub(crate) fn search_indexes(&self, files: &[(String, String)]) -> Result<(), OutputError> {
        for (path, json) in files {
            self.output.write(path, json.as_bytes())?;
        }
        Ok(())
    }

    /// Writes the sitemap, robots.txt and the feeds. Returns them as (path, text), for the link
    /// check.
    pub(crate) fn site_files(
        &self,
        pages: &[Page<'_>],
    ) -> Result<Vec<(String, String)>, OutputError> {
        let (site, config) = (self.site, self.config);
        let mut documents = site_files::sitemaps(pages, site, &self.bodies.articles, config);
        documents.push((site_files::ROBOTS.to_string(), site_files::robots(config)));
        for lang in config.language_codes() {
            let feed = site_files::atom_feed(lang, site, config);
            documents.push((site_files::feed_path(lang), feed));
        }
        for (path, text) in &documents {
            self.output.write(path, text.as_bytes())?;
        }
        Ok(documents)
    }
}

/// The ids and URLs listed for a page while it was put together are those a reading of the
/// whole finished page finds (the check of every debug build, so every test checks it).
#[cfg(debug_assertions)]
fn same_inventory_as_reading_the_page(processed: &crate::postprocess::Processed) {
    let sorted = |items: &[String]| {
        let mut items = items.to_vec();
        items.sort();
        items
    };
    if let Ok((ids, links)) = crate::postprocess::inventory(&processed.html) {
        debug_assert_eq!(sorted(&ids), sorted(&processed.ids), "ids of the page");
        debug_assert_eq!(sorted(&links), sorted(&processed.links), "URLs of the page");
    }
}
