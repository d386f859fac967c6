//! Moving a fragment of one page onto another: an FAQ answer shown on the site's FAQ page keeps
//! its citations and links, which must then point where they pointed on the article.

use lol_html::{RewriteStrSettings, element, rewrite_str};
use url::{Position, Url};

use crate::parse::markdown::links::PREFIX as INTERNAL_LINK_PREFIX;

/// Stands in for the site's origin while resolving: only the path of the result is kept.
const STAND_IN_ORIGIN: &str = "https://relocated.invalid";

/// Rewrites `html` from the page at `page_path` (root-relative, e.g. `/nl/artikelen/a/`) for use
/// on another page: links to `#anchors` go to `page_path#anchor`, relative links and image
/// sources are made root-relative, and ids are dropped (they belong to the original page and
/// would clash with the ids of other answers).
pub fn relocate(html: &str, page_path: &str) -> Result<String, lol_html::errors::RewritingError> {
    let page = Url::parse(STAND_IN_ORIGIN).and_then(|origin| origin.join(page_path));
    let settings = RewriteStrSettings::new()
        .append_element_content_handler(element!("[href], [src]", |el| {
            let Ok(page) = &page else {
                return Ok(());
            };
            for attribute in ["href", "src"] {
                let Some(value) = el.get_attribute(attribute) else {
                    continue;
                };
                if let Some(moved) = from_page(&value, page) {
                    el.set_attribute(attribute, &moved)?;
                }
            }
            Ok(())
        }))
        .append_element_content_handler(element!("[id]", |el| {
            el.remove_attribute("id");
            Ok(())
        }));
    rewrite_str(html, settings)
}

/// `value` as a root-relative URL, when it is relative to `page` (a fragment or a relative
/// path); root-relative and absolute URLs work anywhere and are left alone.
fn from_page(value: &str, page: &Url) -> Option<String> {
    if value.starts_with('/') || value.starts_with(INTERNAL_LINK_PREFIX) {
        return None;
    }
    let resolved = page.join(value).ok()?;
    (resolved.origin() == page.origin()).then(|| resolved[Position::BeforePath..].to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn citations_point_back_to_the_article() -> crate::TestResult {
        let html = "<p>Tekst<sup class=\"citation\">[<a href=\"#ref-a\" id=\"cite-3\">1</a>]</sup> \
                    <a href=\"https://example.org/\">x</a></p>";
        let moved = relocate(html, "/nl/artikelen/a/")?;
        assert_eq!(
            moved,
            "<p>Tekst<sup class=\"citation\">[<a href=\"/nl/artikelen/a/#ref-a\">1</a>]</sup> \
             <a href=\"https://example.org/\">x</a></p>"
        );
        Ok(())
    }

    #[test]
    fn relative_links_keep_their_target() -> crate::TestResult {
        let html = "<a href=\"../b/#x\">b</a><img src=\"grafiek.png\" alt=\"\">\
                    <a href=\"/kennis/nl/\">home</a><a href=\"mailto:a@b.nl\">m</a>\
                    <a href=\"@/artikelen/c.md\">c</a>";
        assert_eq!(
            relocate(html, "/kennis/nl/artikelen/a/")?,
            "<a href=\"/kennis/nl/artikelen/b/#x\">b</a>\
             <img src=\"/kennis/nl/artikelen/a/grafiek.png\" alt=\"\">\
             <a href=\"/kennis/nl/\">home</a><a href=\"mailto:a@b.nl\">m</a>\
             <a href=\"@/artikelen/c.md\">c</a>"
        );
        Ok(())
    }
}
