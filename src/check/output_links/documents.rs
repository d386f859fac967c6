//! The addresses in the files that list the site for machines: `<loc>` and `<link href>` in
//! `sitemap.xml` and the Atom feeds, `Sitemap:` lines in `robots.txt`. Each must be an absolute
//! URL under the base URL that leads to a written file.

use std::ops::Range;

use url::Url;

use super::resolve::{self, Target};
use super::{Problem, Targets};
use crate::diagnostics::{Diagnostic, Position, SourceText};

/// Checks the addresses in the document written to `path`; other kinds of files are skipped.
pub(super) fn check(path: &str, text: &str, targets: &Targets<'_>) -> Vec<Diagnostic> {
    let urls = if path.ends_with(".xml") {
        match xml_urls(text) {
            Ok(urls) => urls,
            Err(e) => {
                return vec![Diagnostic::error_at(
                    path,
                    Position::START,
                    "broken-link",
                    format!(
                        "the generated {path} is not well-formed XML, so its links cannot be \
                         checked: {e}"
                    ),
                )];
            }
        }
    } else if path.ends_with("robots.txt") {
        robots_urls(text)
    } else {
        return Vec::new();
    };
    let mut source = None;
    let mut found = Vec::new();
    for (url, range) in urls {
        let Some(problem) = problem(&url, targets) else {
            continue;
        };
        let source = source.get_or_insert_with(|| SourceText::new(path, text.to_string()));
        found.push(Diagnostic::error_in(
            source,
            range,
            problem.code(),
            format!(
                "{url:?} in the generated {path}: {}",
                problem.explain(targets.base_url.path())
            ),
        ));
    }
    found
}

/// What is wrong with an address of the site, if anything.
fn problem(url: &str, targets: &Targets<'_>) -> Option<Problem> {
    let parsed = match Url::parse(url) {
        Ok(parsed) => parsed,
        Err(e) => {
            return Some(Problem::Invalid {
                reason: e.to_string(),
            });
        }
    };
    match resolve::site_target(&parsed, targets.base_url) {
        Target::Internal { path, .. } => targets.problem(&path, None),
        Target::Outside(target) => Some(Problem::OutsideSite { target }),
        Target::NotChecked => Some(Problem::OutsideSite {
            target: url.to_string(),
        }),
        Target::Invalid(reason) => Some(Problem::Invalid { reason }),
    }
}

/// `<loc>` texts and `href`s of `<link>` elements (Atom's and the sitemap's `xhtml:link`).
fn xml_urls(text: &str) -> Result<Vec<(String, Range<usize>)>, roxmltree::Error> {
    let document = roxmltree::Document::parse(text)?;
    let mut urls = Vec::new();
    for node in document.descendants().filter(roxmltree::Node::is_element) {
        match node.tag_name().name() {
            "loc" => {
                let url = node.text().unwrap_or_default().trim().to_string();
                urls.push((url, node.range()));
            }
            "link" => {
                if let Some(href) = node.attribute_node("href") {
                    urls.push((href.value().to_string(), href.range_value()));
                }
            }
            _ => {}
        }
    }
    Ok(urls)
}

/// The URLs of `Sitemap:` lines.
fn robots_urls(text: &str) -> Vec<(String, Range<usize>)> {
    let mut urls = Vec::new();
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        if let Some((field, value)) = line.split_once(':')
            && field.trim().eq_ignore_ascii_case("sitemap")
        {
            let url = value.trim();
            let start = line_start + field.len() + 1 + value.find(url).unwrap_or(0);
            urls.push((url.to_string(), start..start + url.len()));
        }
        line_start += line.len();
    }
    urls
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_addresses_with_their_places() -> crate::TestResult {
        let xml = "<urlset><url><loc> https://x.org/nl/ </loc>\
                   <xhtml:link xmlns:xhtml=\"http://www.w3.org/1999/xhtml\" href=\"https://x.org/en/\"/></url></urlset>";
        let urls = xml_urls(xml)?;
        assert_eq!(urls.len(), 2);
        assert_eq!(urls[0].0, "https://x.org/nl/");
        assert_eq!(urls[1].0, "https://x.org/en/");
        assert_eq!(&xml[urls[1].1.clone()], "https://x.org/en/");

        let robots = "User-agent: *\nSitemap:  https://x.org/sitemap.xml\n";
        let urls = robots_urls(robots);
        assert_eq!(urls.len(), 1);
        assert_eq!(&robots[urls[0].1.clone()], "https://x.org/sitemap.xml");
        Ok(())
    }
}
