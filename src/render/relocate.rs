//! Moving a fragment of one page onto another: an FAQ answer shown on the site's FAQ page keeps
//! its citations, which must then point at the reference list of the article it came from.

use lol_html::{RewriteStrSettings, element, rewrite_str};

/// Rewrites `html` from the page at `page_path` for use on another page: links to `#anchors`
/// go to `page_path#anchor`, and ids are dropped (they belong to the original page and would
/// clash with the ids of other answers).
pub fn relocate(html: &str, page_path: &str) -> Result<String, lol_html::errors::RewritingError> {
    let settings = RewriteStrSettings::new()
        .append_element_content_handler(element!("a[href^='#']", |el| {
            let href = el.get_attribute("href").unwrap_or_default();
            el.set_attribute("href", &format!("{page_path}{href}"))?;
            Ok(())
        }))
        .append_element_content_handler(element!("[id]", |el| {
            el.remove_attribute("id");
            Ok(())
        }));
    rewrite_str(html, settings)
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
}
