//! The link check over the finished site: every internal link and asset of every page must lead
//! to a file the build wrote, under the base URL, and its `#fragment` to an id on that page; the
//! addresses in the sitemap, the feeds and robots.txt likewise.
//!
//! [`check`] is a pure function over the site as it is held in memory (the build's list of
//! written files and the links its post-processing pass found), so a server that keeps the site
//! in memory can run it too; it never reads the output back from disk and never fetches an
//! external link.
//!
//! A link is internal when it is relative, root-relative, or absolute on the base URL's origin.
//! Problems are reported where they were written: in the Markdown file whose text the page shows
//! when the link can be found there, otherwise in the template, once for all pages it breaks.

mod documents;
mod report;
mod resolve;

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use url::Url;

use crate::diagnostics::{self, Diagnostic, SourceText};
use crate::packed::PackedStrings;

/// The finished site, as the check needs it.
#[derive(Debug, Clone, Copy)]
pub struct SiteOutput<'a> {
    /// The base URL the site was built for.
    pub base_url: &'a Url,
    /// The `/`-separated path of every file written (pages, static files, feeds, …).
    pub files: &'a HashSet<String>,
    /// Every HTML page the build rendered.
    pub pages: &'a [PageLinks<'a>],
    /// Text files that list the site's addresses (`sitemap.xml`, the Atom feeds, `robots.txt`),
    /// as (output path, text).
    pub documents: &'a [(String, String)],
    /// The theme's templates, to point at a link written literally in one of them.
    pub templates: &'a [SourceText],
}

/// One rendered page: what it links to, its ids, and where its links were written.
#[derive(Debug, Clone)]
pub struct PageLinks<'a> {
    /// The output file, e.g. `nl/artikelen/x/index.html`.
    pub file: String,
    /// Every id on the page.
    pub ids: PackedStrings,
    /// The URLs on the page, in document order (see [`crate::postprocess::Processed::links`]).
    /// Links that certainly work may be left out (see [`KnownFiles::drop_working`]).
    pub links: Vec<String>,
    /// The page's `<base href>`, if any.
    pub base: Option<String>,
    /// The page is shown at addresses other than its own (the 404 page is shown for every
    /// unknown address, at any depth), so its relative links would break.
    pub served_at_any_path: bool,
    /// The template's file, as diagnostics name it.
    pub template: String,
    /// The Markdown whose text the page shows.
    pub content: Vec<ContentSource<'a>>,
}

/// A page's links and ids as `kennis serve` keeps them from one rebuild to the next: all but
/// where its links were written, which is found again from the page when a link is reported.
#[derive(Debug, Clone, Default)]
pub struct StoredLinks {
    /// See [`PageLinks::ids`].
    pub ids: PackedStrings,
    /// See [`PageLinks::links`].
    pub links: Vec<String>,
    /// See [`PageLinks::base`].
    pub base: Option<String>,
    /// See [`PageLinks::served_at_any_path`].
    pub served_at_any_path: bool,
    /// See [`PageLinks::template`].
    pub template: String,
}

impl PageLinks<'_> {
    /// What `kennis serve` keeps of the page.
    pub fn stored(&self) -> StoredLinks {
        StoredLinks {
            ids: self.ids.clone(),
            links: self.links.clone(),
            base: self.base.clone(),
            served_at_any_path: self.served_at_any_path,
            template: self.template.clone(),
        }
    }
}

impl StoredLinks {
    /// The page's links again, with the Markdown its text comes from.
    pub fn with_content<'a>(&self, file: &str, content: Vec<ContentSource<'a>>) -> PageLinks<'a> {
        PageLinks {
            file: file.to_string(),
            ids: self.ids.clone(),
            links: self.links.clone(),
            base: self.base.clone(),
            served_at_any_path: self.served_at_any_path,
            template: self.template.clone(),
            content,
        }
    }
}

/// A Markdown file whose text a page shows.
#[derive(Debug, Clone)]
pub struct ContentSource<'a> {
    /// The file.
    pub source: &'a SourceText,
    /// Byte range of the Markdown (after the front matter), where raw HTML links are looked
    /// for.
    pub body: &'a Range<usize>,
    /// The link destinations the Markdown produced, with their places (see
    /// [`crate::parse::markdown::Rendered::links`]).
    pub links: &'a [(String, Range<usize>)],
    /// The site path of the page the text belongs to, e.g. `nl/artikelen/x/` (the FAQ page
    /// shows other pages' text, whose relative links are relative to their own page).
    pub page_path: String,
}

/// What is wrong with one link.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Problem {
    /// No file was written at the target.
    Missing { target: String },
    /// The target page has no element with the fragment's id.
    MissingAnchor { target: String, fragment: String },
    /// The target is on the site's host but outside its base path.
    OutsideSite { target: String },
    /// A relative link on a page shown at any address.
    Relative,
    /// Not a URL a browser can follow.
    Invalid { reason: String },
}

impl Problem {
    /// The diagnostic code.
    fn code(&self) -> &'static str {
        match self {
            Problem::Missing { .. } | Problem::Invalid { .. } => "broken-link",
            Problem::MissingAnchor { .. } => "missing-anchor",
            Problem::OutsideSite { .. } => "link-outside-site",
            Problem::Relative => "relative-link",
        }
    }

    /// What is wrong, for a site whose addresses start with `base_path`.
    fn explain(&self, base_path: &str) -> String {
        match self {
            Problem::Missing { target } => format!("nothing is published at {target}"),
            Problem::MissingAnchor { target, fragment } => {
                format!("{target} has no element with id {fragment:?}")
            }
            Problem::OutsideSite { target } => format!(
                "it leads to {target}, outside the site (every address of the site starts \
                 with {base_path})"
            ),
            Problem::Relative => format!(
                "a relative link breaks on this page, which is shown at every address the site \
                 does not have: start it with {base_path}"
            ),
            Problem::Invalid { reason } => format!("it is not a valid URL ({reason})"),
        }
    }
}

/// A problem with one link of one page.
#[derive(Debug, Clone)]
struct Finding<'p> {
    page: &'p PageLinks<'p>,
    url: &'p str,
    problem: Problem,
}

/// Checks every link of the finished site. Returns the findings, sorted.
pub fn check(site: &SiteOutput<'_>) -> Vec<Diagnostic> {
    let ids: HashMap<&str, &PackedStrings> = site
        .pages
        .iter()
        .map(|page| (page.file.as_str(), &page.ids))
        .collect();
    check_with_ids(site, &ids)
}

/// Checks the links of `site.pages` (some of the site's pages), against `ids`, the ids of every
/// page of the site by output file. Returns the findings, sorted.
pub fn check_with_ids(
    site: &SiteOutput<'_>,
    ids: &HashMap<&str, &PackedStrings>,
) -> Vec<Diagnostic> {
    let targets = Targets {
        base_url: site.base_url,
        files: site.files,
        ids,
    };
    let findings: Vec<Finding<'_>> = site
        .pages
        .iter()
        .flat_map(|page| page_findings(page, &targets))
        .collect();
    let mut found = report::diagnostics(&findings, site);
    for (path, text) in site.documents {
        found.extend(documents::check(path, text, &targets));
    }
    diagnostics::sort(&mut found);
    found
}

/// Drops the findings of [`check`] that an earlier stage already made at the same place with the
/// same code (the Markdown stage checks `@/` links and `#anchors` itself).
pub fn without_repeats(found: Vec<Diagnostic>, earlier: &[Diagnostic]) -> Vec<Diagnostic> {
    let seen: HashSet<(&str, usize, usize, &str)> = earlier
        .iter()
        .map(|d| (d.file.as_str(), d.line, d.column, d.code))
        .collect();
    found
        .into_iter()
        .filter(|d| !seen.contains(&(d.file.as_str(), d.line, d.column, d.code)))
        .collect()
}

/// The files a build knows will exist before it writes its pages (the static files and every
/// page), so that links which certainly work can be dropped as each page is written.
#[derive(Debug, Clone, Copy)]
pub struct KnownFiles<'a> {
    /// The base URL the site is built for.
    pub base_url: &'a Url,
    /// The `/`-separated paths of the files.
    pub files: &'a HashSet<String>,
}

impl KnownFiles<'_> {
    /// Removes from `page`'s links those that certainly work: links to an id of the page itself
    /// that it has, links without a fragment to a known file, and links [`check`] never follows
    /// (other sites, `mailto:`). Most links are such (citations, footnotes, menus), so the build
    /// does not have to keep every link of the site until the check.
    pub fn drop_working(&self, page: &mut PageLinks<'_>) {
        if page.base.is_some() || page.served_at_any_path {
            // `<base href>` changes what links resolve against; on a page shown at any
            // address, relative links are errors.
            return;
        }
        let own_ids: HashSet<&str> = page.ids.iter().collect();
        let page_url = resolve::page_url(self.base_url, &page.file);
        let page_path = resolve::site_path(&page.file);
        page.links.retain(|url| {
            match resolve::resolve(url, None, &page_url, page_path, self.base_url) {
                resolve::Target::NotChecked => false,
                resolve::Target::Internal { path, fragment } => {
                    match fragment.filter(|f| resolve::fragment_needs_target(f)) {
                        Some(fragment) => path != page_path || !own_ids.contains(fragment.as_str()),
                        None => served_file(self.files, &path).is_none(),
                    }
                }
                resolve::Target::Outside(_) | resolve::Target::Invalid(_) => true,
            }
        });
        // The lists were built by pushing: give back the room they grew into.
        page.links.shrink_to_fit();
        page.ids.shrink_to_fit();
    }
}

/// What links can lead to.
struct Targets<'a> {
    base_url: &'a Url,
    files: &'a HashSet<String>,
    /// The ids of each page, by output file. (Searched rather than hashed: after
    /// [`KnownFiles::drop_working`] few links to other pages' ids are left, and hashing every id
    /// of the site would cost more memory than the search costs time.)
    ids: &'a HashMap<&'a str, &'a PackedStrings>,
}

impl Targets<'_> {
    /// What is wrong with a link to the site path `path` with `fragment`, if anything.
    fn problem(&self, path: &str, fragment: Option<&str>) -> Option<Problem> {
        let shown = || format!("{}{path}", self.base_url.path());
        let Some(file) = served_file(self.files, path) else {
            return Some(Problem::Missing { target: shown() });
        };
        let fragment = fragment.filter(|f| resolve::fragment_needs_target(f))?;
        // Only pages the build rendered have known ids; a static HTML file's are not checked.
        let ids = self.ids.get(file.as_str())?;
        (!ids.iter().any(|id| id == fragment)).then(|| Problem::MissingAnchor {
            target: shown(),
            fragment: fragment.to_string(),
        })
    }
}

/// The file among `files` a site path (`nl/x/`, `style.css`) is served from: a folder's
/// `index.html`; a folder named without its final `/` counts, as servers redirect it.
fn served_file(files: &HashSet<String>, path: &str) -> Option<String> {
    if path.is_empty() || path.ends_with('/') {
        let index = format!("{path}index.html");
        return files.contains(&index).then_some(index);
    }
    if files.contains(path) {
        return Some(path.to_string());
    }
    let index = format!("{path}/index.html");
    files.contains(&index).then_some(index)
}

fn page_findings<'p>(page: &'p PageLinks<'p>, targets: &Targets<'_>) -> Vec<Finding<'p>> {
    let page_url = resolve::page_url(targets.base_url, &page.file);
    let page_path = resolve::site_path(&page.file);
    // A `<base href>` changes what relative links (and bare `#fragments`) resolve against.
    let base = page
        .base
        .as_deref()
        .and_then(|href| page_url.join(href).ok());
    let mut findings = Vec::new();
    for url in &page.links {
        let url = url.as_str();
        let problem = if page.served_at_any_path && resolve::is_path_relative(url) {
            Some(Problem::Relative)
        } else {
            match resolve::resolve(url, base.as_ref(), &page_url, page_path, targets.base_url) {
                resolve::Target::NotChecked => None,
                resolve::Target::Invalid(reason) => Some(Problem::Invalid { reason }),
                resolve::Target::Outside(target) => Some(Problem::OutsideSite { target }),
                resolve::Target::Internal { path, fragment } => {
                    targets.problem(&path, fragment.as_deref())
                }
            }
        };
        if let Some(problem) = problem {
            findings.push(Finding { page, url, problem });
        }
    }
    findings
}

#[cfg(test)]
mod tests;
