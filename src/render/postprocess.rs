//! One streaming pass (lol_html) over every rendered page:
//! anchor links on headings, `rel="noopener noreferrer"` and a class on external links, a
//! scrollable container around tables, and lazy loading for images.
//!
//! Heading anchors go only on headings inside an element with the attribute
//! `data-heading-anchors` (the theme puts it on the article body), so the theme's own headings
//! stay plain. The anchor sits next to the heading, not in it, so screen readers do not read it
//! as part of the heading; heading and anchor share a `heading-wrapper` element for layout.
//!
//! The pass also lists every `id` on the page, for the anchor and duplicate-id checks, and every
//! URL the page refers to, for the link check ([`crate::check::output_links`]).

use lol_html::html_content::ContentType;
use lol_html::{RewriteStrSettings, element, rewrite_str};
use url::Url;

use crate::escape;
use crate::load::i18n::{UiStringError, UiStrings};

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

impl PostLabels {
    /// The accessible names the HTML post-processing pass writes into pages of `lang`.
    pub fn from_strings(strings: &UiStrings, lang: &str) -> Result<Self, UiStringError> {
        Ok(PostLabels {
            heading_anchor: strings.get(lang, "heading-anchor", None)?,
            table_region: strings.get(lang, "table-scroll", None)?,
        })
    }
}

/// Attributes whose value is one URL, on any element (`href` on `base` excepted: it is no link
/// but the base the others resolve against).
const URL_ATTRIBUTES: [&str; 7] = [
    "href",
    "src",
    "action",
    "formaction",
    "poster",
    "cite",
    "data",
];

/// Elements with a URL-bearing attribute, as a selector for the pass.
const WITH_URLS: &str = "[href], [src], [srcset], [action], [formaction], [poster], [cite], \
     object[data], meta[content]";

/// `<meta property>` values whose `content` is a URL.
const URL_META_PROPERTIES: [&str; 3] = ["og:url", "og:image", "og:image:url"];

/// A page after the pass.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Processed {
    /// The rewritten HTML.
    pub html: String,
    /// Every `id` attribute value on the page, in document order (duplicates included).
    pub ids: Vec<String>,
    /// Every URL the page refers to, in document order, with character references decoded
    /// (`&amp;` → `&`) and surrounding spaces removed.
    pub links: Vec<String>,
    /// The page's `<base href>`, if it has one.
    pub base: Option<String>,
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
    let mut links = Vec::new();
    let mut base = None;

    let settings = RewriteStrSettings::new()
        .append_element_content_handler(element!("[id]", |el| {
            ids.extend(el.get_attribute("id"));
            Ok(())
        }))
        .append_element_content_handler(element!(WITH_URLS, |el| {
            collect_urls(el, &mut links, &mut base);
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
    Ok(Processed {
        html,
        ids,
        links,
        base,
    })
}

/// Adds the URLs in `el`'s attributes to `links` (or to `base`, for `<base href>`).
fn collect_urls(
    el: &lol_html::html_content::Element<'_, '_>,
    links: &mut Vec<String>,
    base: &mut Option<String>,
) {
    let tag = el.tag_name();
    if tag == "meta" {
        links.extend(meta_url(el));
        return;
    }
    for attribute in URL_ATTRIBUTES {
        let Some(value) = el.get_attribute(attribute) else {
            continue;
        };
        let url = decode(&value);
        if tag == "base" && attribute == "href" {
            *base = Some(url);
        } else {
            links.push(url);
        }
    }
    if let Some(srcset) = el.get_attribute("srcset") {
        let srcset = decode(&srcset);
        links.extend(srcset_urls(&srcset).into_iter().map(str::to_string));
    }
}

/// The URL of a `<meta http-equiv="refresh">` or of an Open Graph `<meta property>` that names
/// one.
fn meta_url(el: &lol_html::html_content::Element<'_, '_>) -> Option<String> {
    let refresh = el
        .get_attribute("http-equiv")
        .is_some_and(|h| h.eq_ignore_ascii_case("refresh"));
    if refresh {
        let content = decode(&el.get_attribute("content")?);
        // "5; url=/nl/": the part after the delay, with an optional `url=` and quotes.
        let (_, target) = content.split_once([';', ','])?;
        let target = target.trim_start();
        let target = match target.get(..4) {
            Some(prefix) if prefix.eq_ignore_ascii_case("url=") => &target[4..],
            _ => target,
        };
        let target = target.trim().trim_matches(['"', '\'']);
        return (!target.is_empty()).then(|| target.to_string());
    }
    let property = el.get_attribute("property")?;
    if URL_META_PROPERTIES.contains(&property.as_str()) {
        Some(decode(&el.get_attribute("content")?))
    } else {
        None
    }
}

/// The URLs of a `srcset` value, parsed as the HTML standard does: candidates separated by
/// commas, each a URL (which may itself contain commas) and optional descriptors
/// (`a.png 1x, b.png 2x`).
fn srcset_urls(srcset: &str) -> Vec<&str> {
    let mut urls = Vec::new();
    let mut rest = srcset;
    loop {
        rest = rest.trim_start_matches(|c: char| c.is_ascii_whitespace() || c == ',');
        if rest.is_empty() {
            return urls;
        }
        let end = rest
            .find(|c: char| c.is_ascii_whitespace())
            .unwrap_or(rest.len());
        let (url, after) = rest.split_at(end);
        rest = after;
        if let Some(url) = url.strip_suffix(',') {
            // A URL ending in a comma ends its candidate; it has no descriptors.
            urls.push(url.trim_end_matches(','));
            continue;
        }
        urls.push(url);
        // Skip the descriptors, up to a comma outside parentheses.
        let mut depth = 0usize;
        let next = rest.char_indices().find_map(|(i, c)| match c {
            '(' => {
                depth += 1;
                None
            }
            ')' => {
                depth = depth.saturating_sub(1);
                None
            }
            ',' if depth == 0 => Some(i + 1),
            _ => None,
        });
        rest = next.map_or("", |i| &rest[i..]);
    }
}

/// An attribute value as the browser reads it: character references decoded, surrounding ASCII
/// whitespace removed.
fn decode(value: &str) -> String {
    htmlize::unescape_attribute(value)
        .trim_matches(|c: char| c.is_ascii_whitespace())
        .to_string()
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
    fn lists_every_url_the_page_refers_to() -> crate::TestResult {
        let base_url = Url::parse("https://kennis.example/")?;
        let page = rewrite(
            concat!(
                "<head><base href=\"/nl/\"><meta http-equiv=\"Refresh\" content=\"0; URL='/nl/'\">",
                "<meta property=\"og:url\" content=\"https://kennis.example/nl/\">",
                "<meta name=\"description\" content=\"Geen adres\">",
                "<link rel=\"stylesheet\" href=\" /style.css?a=1&amp;b=2 \"></head>",
                "<a href=\"#bronnen\">x</a><img src=\"a.png\" srcset=\"a,1.png 1x, b.png 2x,c.png\">",
                "<form action=\"/zoek/\"></form><blockquote cite=\"https://bron.example/\"></blockquote>",
            ),
            &PostLabels::default(),
            &base_url,
        )?;
        assert_eq!(
            page.links,
            [
                "/nl/",
                "https://kennis.example/nl/",
                "/style.css?a=1&b=2",
                "#bronnen",
                "a.png",
                "a,1.png",
                "b.png",
                "c.png",
                "/zoek/",
                "https://bron.example/",
            ]
        );
        assert_eq!(page.base.as_deref(), Some("/nl/"));
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
