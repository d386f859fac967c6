//! One streaming pass (lol_html) over every rendered page:
//! anchor links on headings, `rel="noopener noreferrer"` and a class on external links, a
//! scrollable container around tables, and lazy loading for images.
//!
//! Heading anchors go only on headings inside an element with the attribute
//! `data-heading-anchors` (the theme puts it on the article body), so the theme's own headings
//! stay plain. The anchor sits next to the heading, not in it, so screen readers do not read it
//! as part of the heading; heading and anchor share a `heading-wrapper` element for layout.
//!
//! The pass also lists every `id` on the page, for the anchor and duplicate-id checks.

use lol_html::html_content::ContentType;
use lol_html::{RewriteStrSettings, element, rewrite_str};
use url::Url;

use crate::escape;

/// Headings that get a `#` link to themselves.
const HEADINGS_WITH_ANCHORS: &str = "[data-heading-anchors] h2[id], [data-heading-anchors] h3[id], \
     [data-heading-anchors] h4[id], [data-heading-anchors] h5[id], [data-heading-anchors] h6[id]";

/// Class added to links that leave the site.
pub const EXTERNAL_LINK_CLASS: &str = "external";

/// Localized accessible names for the elements the pass adds.
#[derive(Debug, Clone, Default)]
pub struct PostLabels {
    /// Name of the `#` link next to a heading.
    pub heading_anchor: String,
    /// Name of the scrollable region around a table.
    pub table_region: String,
}

/// A page after the pass.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Processed {
    /// The rewritten HTML.
    pub html: String,
    /// Every `id` attribute value on the page, in document order (duplicates included).
    pub ids: Vec<String>,
}

/// Rewrites one page. `base_url` decides which absolute links are external.
pub fn rewrite(
    html: &str,
    labels: &PostLabels,
    base_url: &Url,
) -> Result<Processed, lol_html::errors::RewritingError> {
    let anchor_label = escape::html(&labels.heading_anchor);
    let table_opening = format!(
        "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"{}\">",
        escape::html(&labels.table_region)
    );
    let own_host = base_url.host_str().map(str::to_ascii_lowercase);
    let mut ids = Vec::new();

    let settings = RewriteStrSettings::new()
        .append_element_content_handler(element!("[id]", |el| {
            ids.extend(el.get_attribute("id"));
            Ok(())
        }))
        .append_element_content_handler(element!(HEADINGS_WITH_ANCHORS, |el| {
            if let Some(id) = el.get_attribute("id") {
                let id = escape::html(&id);
                el.before("<div class=\"heading-wrapper\">", ContentType::Html);
                el.after(
                    &format!(
                        "<a class=\"heading-anchor\" href=\"#{id}\" aria-label=\"{anchor_label}\" \
                         aria-describedby=\"{id}\">#</a></div>"
                    ),
                    ContentType::Html,
                );
            }
            Ok(())
        }))
        .append_element_content_handler(element!("a[href]", |el| {
            let href = el.get_attribute("href").unwrap_or_default();
            if is_external(&href, own_host.as_deref()) {
                add_tokens(el, "rel", &["noopener", "noreferrer"])?;
                add_tokens(el, "class", &[EXTERNAL_LINK_CLASS])?;
            }
            Ok(())
        }))
        .append_element_content_handler(element!("table:not(.no-scroll)", |el| {
            el.before(&table_opening, ContentType::Html);
            el.after("</div>", ContentType::Html);
            Ok(())
        }))
        .append_element_content_handler(element!("img", |el| {
            if !el.has_attribute("loading") {
                el.set_attribute("loading", "lazy")?;
            }
            if !el.has_attribute("decoding") {
                el.set_attribute("decoding", "async")?;
            }
            Ok(())
        }));
    let html = rewrite_str(html, settings)?;
    Ok(Processed { html, ids })
}

/// True for absolute `http(s)` links (and protocol-relative ones) to another host.
fn is_external(href: &str, own_host: Option<&str>) -> bool {
    let absolute = if let Some(rest) = href.strip_prefix("//") {
        format!("https://{rest}")
    } else {
        href.to_string()
    };
    match Url::parse(&absolute) {
        Ok(url) if url.scheme() == "http" || url.scheme() == "https" => {
            url.host_str().map(str::to_ascii_lowercase).as_deref() != own_host
        }
        _ => false,
    }
}

/// Adds space-separated tokens to an attribute, keeping the ones already there.
fn add_tokens(
    el: &mut lol_html::html_content::Element<'_, '_>,
    attribute: &str,
    tokens: &[&str],
) -> Result<(), lol_html::errors::AttributeNameError> {
    let current = el.get_attribute(attribute).unwrap_or_default();
    let mut all: Vec<&str> = current.split_whitespace().collect();
    for token in tokens {
        if !all.contains(token) {
            all.push(token);
        }
    }
    el.set_attribute(attribute, &all.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(html: &str) -> Result<String, Box<dyn std::error::Error>> {
        let labels = PostLabels {
            heading_anchor: "Link naar dit kopje".into(),
            table_region: "Tabel".into(),
        };
        let base_url = Url::parse("https://kennis.example/sub/")?;
        Ok(rewrite(html, &labels, &base_url)?.html)
    }

    #[test]
    fn headings_get_anchor_links() -> crate::TestResult {
        assert_eq!(
            run(
                "<div data-heading-anchors><h2 id=\"slaap\">Slaap</h2><h1 id=\"t\">T</h1><h3>geen id</h3></div><h2 id=\"thema\">Thema</h2>"
            )?,
            "<div data-heading-anchors><div class=\"heading-wrapper\"><h2 id=\"slaap\">Slaap</h2><a class=\"heading-anchor\" href=\"#slaap\" aria-label=\"Link naar dit kopje\" aria-describedby=\"slaap\">#</a></div><h1 id=\"t\">T</h1><h3>geen id</h3></div><h2 id=\"thema\">Thema</h2>"
        );
        Ok(())
    }

    #[test]
    fn lists_every_id_on_the_page() -> crate::TestResult {
        let labels = PostLabels::default();
        let base_url = Url::parse("https://kennis.example/")?;
        let page = rewrite(
            "<main id=\"main_content\"><h2 id=\"a\">A</h2><p id='b'>x</p><span id=a></span></main>",
            &labels,
            &base_url,
        )?;
        assert_eq!(page.ids, ["main_content", "a", "b", "a"]);
        Ok(())
    }

    #[test]
    fn only_external_links_are_marked() -> crate::TestResult {
        let out = run(concat!(
            "<a href=\"https://pubmed.ncbi.nlm.nih.gov/1/\" rel=\"nofollow\">p</a>",
            "<a href=\"https://kennis.example/sub/nl/\">own</a>",
            "<a href=\"/sub/nl/\">rel</a>",
            "<a href=\"mailto:x@y.z\">mail</a>",
            "<a href=\"//cdn.other.org/x\">proto</a>",
        ))?;
        assert!(out.contains("<a href=\"https://pubmed.ncbi.nlm.nih.gov/1/\" rel=\"nofollow noopener noreferrer\" class=\"external\">"), "{out}");
        assert!(out.contains("<a href=\"https://kennis.example/sub/nl/\">own</a>"));
        assert!(out.contains("<a href=\"/sub/nl/\">rel</a>"));
        assert!(out.contains("<a href=\"mailto:x@y.z\">mail</a>"));
        assert!(out.contains(
            "<a href=\"//cdn.other.org/x\" rel=\"noopener noreferrer\" class=\"external\">"
        ));
        Ok(())
    }

    #[test]
    fn tables_are_wrapped_and_images_lazy() -> crate::TestResult {
        let out = run(
            "<table><tr><td>1</td></tr></table><img src=\"a.png\" alt=\"\"><table class=\"no-scroll\"></table>",
        )?;
        assert!(out.starts_with("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"Tabel\"><table>"), "{out}");
        assert!(
            out.contains(
                "</table></div><img src=\"a.png\" alt=\"\" loading=\"lazy\" decoding=\"async\">"
            ),
            "{out}"
        );
        assert!(out.ends_with("<table class=\"no-scroll\"></table>"));
        Ok(())
    }
}
