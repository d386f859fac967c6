//! Turning link problems into diagnostics at the place where the link was written: in a
//! Markdown file the page shows, when the link is found there (once per place, even when several
//! pages show that text), otherwise in a template (once for all pages the template breaks).

use std::collections::HashMap;
use std::ops::Range;

use url::Url;

use super::resolve;
use super::{Finding, Problem, SiteOutput};
use crate::diagnostics::{Diagnostic, Position, SourceText};

/// Where a link was written.
enum Place<'a> {
    /// In a Markdown file; `own_page` when the finding is on the page the text belongs to.
    Content {
        source: &'a SourceText,
        range: Range<usize>,
        own_page: bool,
    },
    /// In a template: the template file, and the link's place when it is written literally.
    Template {
        file: &'a str,
        at: Option<(&'a SourceText, Range<usize>)>,
    },
}

/// The diagnostics for `findings`, each reported once where it was written.
pub(super) fn diagnostics(findings: &[Finding<'_>], site: &SiteOutput<'_>) -> Vec<Diagnostic> {
    let base_path = site.base_url.path();
    let mut in_content = ContentReports::default();
    let mut in_templates = TemplateReports::default();
    for finding in findings {
        let why = finding.problem.explain(base_path);
        for place in places(finding, site) {
            match place {
                Place::Content {
                    source,
                    range,
                    own_page,
                } => in_content.add(finding, &why, source, range, own_page),
                Place::Template { file, at } => in_templates.add(finding, &why, file, at),
            }
        }
    }
    in_content
        .diagnostics
        .into_iter()
        .map(|(diagnostic, _)| diagnostic)
        .chain(in_templates.finish())
        .collect()
}

/// Findings in Markdown files: one per place and code, however many pages show the text.
#[derive(Default)]
struct ContentReports {
    /// Each with whether it was found on the page the text belongs to.
    diagnostics: Vec<(Diagnostic, bool)>,
    /// (file, offset, code) → index in `diagnostics`.
    index: HashMap<(String, usize, &'static str), usize>,
}

impl ContentReports {
    fn add(
        &mut self,
        finding: &Finding<'_>,
        why: &str,
        source: &SourceText,
        range: Range<usize>,
        own_page: bool,
    ) {
        let code = finding.problem.code();
        let mut message = format!("link {:?}: {why}", finding.url);
        if matches!(
            finding.problem,
            Problem::Missing { .. } | Problem::OutsideSite { .. }
        ) {
            message.push_str(
                "; link to a page of the site with @/section/key.md, which kennis checks and \
                 resolves",
            );
        }
        if !own_page {
            message.push_str(&format!(" (as shown on {})", finding.page.file));
        }
        let key = (source.display_path.clone(), range.start, code);
        let diagnostic = Diagnostic::error_in(source, range, code, message);
        match self.index.get(&key) {
            // The text's own page says it best: it needs no "as shown on".
            Some(&i) if own_page && !self.diagnostics[i].1 => {
                self.diagnostics[i] = (diagnostic, own_page);
            }
            Some(_) => {}
            None => {
                self.index.insert(key, self.diagnostics.len());
                self.diagnostics.push((diagnostic, own_page));
            }
        }
    }
}

/// Findings in templates: one per place, code and URL, naming the pages it breaks.
#[derive(Default)]
struct TemplateReports<'a> {
    /// Each with the output files of the pages it was found on.
    diagnostics: Vec<(Diagnostic, Vec<&'a str>)>,
    /// (file, offset if known, code, URL) → index in `diagnostics`.
    index: HashMap<(&'a str, Option<usize>, &'static str, &'a str), usize>,
}

impl<'a> TemplateReports<'a> {
    fn add(
        &mut self,
        finding: &Finding<'a>,
        why: &str,
        file: &'a str,
        at: Option<(&'a SourceText, Range<usize>)>,
    ) {
        let code = finding.problem.code();
        let key = match &at {
            Some((source, range)) => (
                source.display_path.as_str(),
                Some(range.start),
                code,
                finding.url,
            ),
            None => (file, None, code, finding.url),
        };
        if let Some(&i) = self.index.get(&key) {
            self.diagnostics[i].1.push(&finding.page.file);
            return;
        }
        let message = format!("link {:?}: {why}", finding.url);
        let diagnostic = match at {
            Some((source, range)) => Diagnostic::error_in(source, range, code, message),
            None => Diagnostic::error_at(file, Position::START, code, message),
        };
        self.index.insert(key, self.diagnostics.len());
        self.diagnostics
            .push((diagnostic, vec![finding.page.file.as_str()]));
    }

    /// The diagnostics, each naming the pages it was found on.
    fn finish(self) -> impl Iterator<Item = Diagnostic> {
        self.diagnostics.into_iter().map(|(mut diagnostic, pages)| {
            diagnostic.message = match pages.as_slice() {
                [one] => format!("{} (on {one})", diagnostic.message),
                [first, ..] => format!(
                    "{} (on {} pages, e.g. {first})",
                    diagnostic.message,
                    pages.len()
                ),
                [] => diagnostic.message,
            };
            diagnostic
        })
    }
}

/// Where the link of `finding` was written: every place in the page's Markdown where it
/// stands, or else its template.
fn places<'a>(finding: &Finding<'a>, site: &SiteOutput<'a>) -> Vec<Place<'a>> {
    let page = finding.page;
    let url = finding.url;
    let page_url = resolve::page_url(site.base_url, &page.file);
    let wanted = page_url.join(url).ok();
    let mut found = Vec::new();
    for content in &page.content {
        let own_page = content.page_path == resolve::site_path(&page.file);
        let content_url = site.base_url.join(&content.page_path).ok();
        // A Markdown link matches when it leads to the same place from its own page (the FAQ
        // page shows answers with their links made absolute).
        let same =
            |dest: &str| dest == url || same_target(dest, content_url.as_ref(), wanted.as_ref());
        let mut ranges: Vec<Range<usize>> = content
            .links
            .iter()
            .filter(|(dest, _)| same(dest))
            .map(|(_, range)| range.clone())
            .collect();
        if ranges.is_empty() {
            // Raw HTML: the attribute value as written.
            ranges = quoted(&content.source.text, content.body, url);
        }
        found.extend(ranges.into_iter().map(|range| Place::Content {
            source: content.source,
            range,
            own_page,
        }));
    }
    if found.is_empty() {
        found.push(template_place(page.template.as_str(), url, site.templates));
    }
    found
}

fn same_target(dest: &str, dest_page: Option<&Url>, wanted: Option<&Url>) -> bool {
    match (dest_page, wanted) {
        (Some(dest_page), Some(wanted)) => dest_page.join(dest).ok().as_ref() == Some(wanted),
        _ => false,
    }
}

/// The ranges of `url` written as a quoted attribute value within `within` of `text`.
fn quoted(text: &str, within: &Range<usize>, url: &str) -> Vec<Range<usize>> {
    let Some(body) = text.get(within.clone()) else {
        return Vec::new();
    };
    ['"', '\'']
        .iter()
        .flat_map(|quote| {
            let needle = format!("{quote}{url}{quote}");
            body.match_indices(&needle)
                .map(|(i, _)| {
                    let start = within.start + i + 1;
                    start..start + url.len()
                })
                .collect::<Vec<_>>()
        })
        .collect()
}

/// The page's template, at the link when a template writes it literally (the page's own
/// template is searched first, then the others: the link may be in `base.html` or a partial).
fn template_place<'a>(template: &'a str, url: &str, templates: &'a [SourceText]) -> Place<'a> {
    let own = templates.iter().filter(|t| t.display_path == template);
    let others = templates.iter().filter(|t| t.display_path != template);
    let at = own.chain(others).find_map(|source| {
        let whole = 0..source.text.len();
        let range = quoted(&source.text, &whole, url).into_iter().next()?;
        Some((source, range))
    });
    Place::Template { file: template, at }
}
