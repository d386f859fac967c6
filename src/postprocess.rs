//! What kennis adds to the HTML of a page: anchor links on the headings of Markdown content,
//! `rel="noopener noreferrer"` and a class on external links, a scrollable container around
//! tables, and lazy loading for images; and the list of every `id` and every URL on a page, for
//! the anchor, duplicate-id and link checks ([`crate::check::output_links`]).
//!
//! Markdown content gets these while its events are written ([`Decorator`]'s markup); the HTML
//! kennis or an editor writes as such (raw HTML in an article, the list of sources) is rewritten
//! with one lol_html pass ([`Decorator::rewrite`], [`Scope::Content`]); and the theme's part of
//! each page gets one lol_html pass too ([`Scope::Theme`]), with the content spliced in after it,
//! so no page's content is read twice.
//!
//! Heading anchors go only on headings of content, so the theme's own headings stay plain. The
//! anchor sits next to the heading, not in it, so screen readers do not read it as part of the
//! heading; heading and anchor share a `heading-wrapper` element for layout.

use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::sync::LazyLock;

use lol_html::html_content::{ContentType, Element};
use lol_html::{ElementContentHandlers, HandlerResult, RewriteStrSettings, Selector, rewrite_str};
use url::Url;

use crate::escape;
use crate::load::i18n::{UiStringError, UiStrings};
use crate::packed::PackedStrings;

/// Headings of content that get a `#` link to themselves.
const HEADINGS_WITH_ANCHORS: &str = "h2[id], h3[id], h4[id], h5[id], h6[id]";

/// The headings of [`HEADINGS_WITH_ANCHORS`] that stand in a `<summary>`, which get none.
const HEADINGS_IN_SUMMARIES: &str =
    "summary h2[id], summary h3[id], summary h4[id], summary h5[id], summary h6[id]";

/// What a pass rewrites: content, or the theme's part of a page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// HTML of an article, section or page introduction: its headings get anchors.
    Content,
    /// The theme's markup around the content: its headings stay as the theme wrote them.
    Theme,
}

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

/// The markup kennis adds, for one language and site.
#[derive(Debug, Clone, Default)]
pub struct Decorator {
    /// `aria-label` of heading anchors, escaped.
    anchor_label: String,
    /// The start tag of a table's scrollable container.
    table_opening: String,
    /// The name of that container, escaped.
    table_region: String,
    /// The site's host: links to other hosts are external.
    own_host: Option<String>,
}

/// The end of a table's scrollable container.
pub const TABLE_CLOSING: &str = "</div>";

/// The attribute by which a table kennis writes (a comparison table) gives its title, for the
/// name of its scrollable container; it is taken out of the page.
pub const TABLE_TITLE_ATTRIBUTE: &str = "data-kennis-title";

/// The start tag of a table's scrollable container named `name` (escaped).
fn table_opening(name: &str) -> String {
    format!("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"{name}\">")
}

/// The start of the element that holds a heading and its anchor.
pub const HEADING_WRAPPER: &str = "<div class=\"heading-wrapper\">";

impl Decorator {
    /// The markup for pages of a language with `labels`, on the site at `base_url`.
    pub fn new(labels: &PostLabels, base_url: &Url) -> Self {
        Decorator {
            anchor_label: escape::html(&labels.heading_anchor),
            table_opening: table_opening(&escape::html(&labels.table_region)),
            table_region: escape::html(&labels.table_region),
            own_host: base_url.host_str().map(str::to_ascii_lowercase),
        }
    }

    /// The start tag of the scrollable container of the `nth` table (from 1) of a page about
    /// `title` (a comparison table's title, or the heading a Markdown table stands under), or
    /// of the page's `nth` table under no heading: named so that no two tables of a page
    /// share a name.
    pub fn named_table_opening(&self, title: Option<&str>, nth: usize) -> String {
        let region = &self.table_region;
        let name = match (title, nth) {
            (Some(title), 0 | 1) => format!("{} – {region}", escape::html(title)),
            (Some(title), n) => format!("{} ({n}) – {region}", escape::html(title)),
            (None, 0 | 1) => return self.table_opening.clone(),
            (None, n) => format!("{region} ({n})"),
        };
        table_opening(&name)
    }

    /// What follows a heading with id `id`: its anchor, and the end of its wrapper.
    pub fn heading_anchor(&self, id: &str) -> String {
        let id = escape::html(id);
        format!(
            "<a class=\"heading-anchor\" href=\"#{id}\" aria-label=\"{}\" \
             aria-describedby=\"{id}\">#</a></div>",
            self.anchor_label
        )
    }

    /// True for absolute `http(s)` links (and protocol-relative ones) to another host.
    pub fn is_external(&self, href: &str) -> bool {
        is_external(href, self.own_host.as_deref())
    }

    /// Rewrites `html` in one pass, listing its ids and URLs.
    pub fn rewrite(
        &self,
        html: &str,
        scope: Scope,
    ) -> Result<Processed, lol_html::errors::RewritingError> {
        self.rewrite_naming(html, scope, &mut TableNames::default())
    }

    /// [`Decorator::rewrite`] of one piece of a body, whose tables are named on from `names`
    /// (the headings and tables of the body before it).
    pub fn rewrite_naming(
        &self,
        html: &str,
        scope: Scope,
        names: &mut TableNames,
    ) -> Result<Processed, lol_html::errors::RewritingError> {
        let mut ids = Vec::new();
        let mut links = Vec::new();
        let mut base = None;
        // The anchors added after headings: the pass's own handlers do not see them.
        let mut anchors = Vec::new();
        // In content, a table's container is named after the heading it stands under.
        let names = RefCell::new(names);
        let [listing_ids, listing_urls] = listing(&mut ids, &mut links, &mut base);
        let mut settings = RewriteStrSettings::new()
            .append_element_content_handler(listing_ids)
            .append_element_content_handler(listing_urls)
            .append_element_content_handler(on(&SELECTORS.links, |el| {
                let href = el.get_attribute("href").unwrap_or_default();
                if self.is_external(&href) {
                    add_tokens(el, "rel", &["noopener", "noreferrer"])?;
                    add_tokens(el, "class", &[EXTERNAL_LINK_CLASS])?;
                }
                Ok(())
            }))
            .append_element_content_handler(on(&SELECTORS.tables, |el| {
                // A table that names itself (a comparison table) gives its container a name
                // of its own: two containers of one page must not share one.
                match el.get_attribute(TABLE_TITLE_ATTRIBUTE) {
                    Some(title) => {
                        el.remove_attribute(TABLE_TITLE_ATTRIBUTE);
                        el.before(
                            &self.named_table_opening(Some(&decode(&title)), 1),
                            ContentType::Html,
                        );
                    }
                    None if scope == Scope::Content => {
                        let opening = names.borrow_mut().next_opening(self);
                        el.before(&opening, ContentType::Html);
                    }
                    None => el.before(&self.table_opening, ContentType::Html),
                }
                el.after(TABLE_CLOSING, ContentType::Html);
                Ok(())
            }))
            .append_element_content_handler(on(&SELECTORS.images, |el| {
                if !el.has_attribute("loading") {
                    el.set_attribute("loading", "lazy")?;
                }
                if !el.has_attribute("decoding") {
                    el.set_attribute("decoding", "async")?;
                }
                Ok(())
            }));
        // Set for a heading inside a `<summary>` by the handler that runs first: a summary may
        // hold no link (it is itself the control that opens its answer), so no anchor.
        let in_summary = Cell::new(false);
        if scope == Scope::Content {
            settings = settings.append_element_content_handler((
                Cow::Borrowed(&SELECTORS.all_headings),
                ElementContentHandlers::default()
                    .element(|_: &mut Element<'_, '_>| {
                        names.borrow_mut().heading_starts();
                        Ok(())
                    })
                    .text(|chunk: &mut lol_html::html_content::TextChunk<'_>| {
                        names.borrow_mut().heading_text(&decode(chunk.as_str()));
                        Ok(())
                    }),
            ));
            settings = settings.append_element_content_handler(on(
                &SELECTORS.headings_in_summaries,
                |_| {
                    in_summary.set(true);
                    Ok(())
                },
            ));
            settings = settings.append_element_content_handler(on(&SELECTORS.headings, |el| {
                if in_summary.replace(false) {
                    return Ok(());
                }
                if let Some(id) = el.get_attribute("id") {
                    el.before(HEADING_WRAPPER, ContentType::Html);
                    el.after(&self.heading_anchor(&id), ContentType::Html);
                    anchors.push(format!("#{}", decode(&id)));
                }
                Ok(())
            }));
        }
        let html = rewrite_str(html, settings)?;
        links.append(&mut anchors);
        Ok(Processed {
            html,
            ids,
            links,
            base,
        })
    }
}

/// What names the scrollable container of a body's tables: the heading each stands under,
/// numbered when several stand under one (so no two containers of a page share a name). Kept
/// across the pieces a body is decorated in.
#[derive(Debug, Clone, Default)]
pub struct TableNames {
    /// The text of the last heading, while it is read and after.
    heading: Option<String>,
    /// The title each table so far was named after.
    titles: Vec<Option<String>>,
}

impl TableNames {
    /// A heading begins: the tables after it are named after its text.
    pub fn heading_starts(&mut self) {
        self.heading = Some(String::new());
    }

    /// Text of the heading being read.
    pub fn heading_text(&mut self, text: &str) {
        if let Some(heading) = &mut self.heading {
            heading.push_str(text);
        }
    }

    /// The start tag of the next table's container.
    pub fn next_opening(&mut self, decorator: &Decorator) -> String {
        let title = self
            .heading
            .as_deref()
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(str::to_string);
        let nth = 1 + self.titles.iter().filter(|t| **t == title).count();
        let opening = decorator.named_table_opening(title.as_deref(), nth);
        self.titles.push(title);
        opening
    }
}

/// The selectors of the pass, parsed once: a page's pass would otherwise parse them again.
struct Selectors {
    ids: Selector,
    with_urls: Selector,
    links: Selector,
    tables: Selector,
    images: Selector,
    headings: Selector,
    all_headings: Selector,
    headings_in_summaries: Selector,
}

/// The pass's selectors. They are constants; a unit test parses every one.
static SELECTORS: LazyLock<Selectors> = LazyLock::new(|| {
    let parse = |selector: &str| {
        selector
            .parse::<Selector>()
            .unwrap_or_else(|e| unreachable!("the selector {selector:?} is valid: {e}"))
    };
    Selectors {
        ids: parse("[id]"),
        with_urls: parse(WITH_URLS),
        links: parse("a[href]"),
        tables: parse("table:not(.no-scroll)"),
        images: parse("img"),
        headings: parse(HEADINGS_WITH_ANCHORS),
        all_headings: parse("h1, h2, h3, h4, h5, h6"),
        headings_in_summaries: parse(HEADINGS_IN_SUMMARIES),
    }
});

/// Whether a `<summary>` is open after `html`, given whether one was open before it: what
/// [`Decorator::rewrite`]'s selectors know of a heading's ancestors, for content decorated
/// event by event.
pub fn summary_open_after(html: &str, open_before: bool) -> bool {
    if !html
        .as_bytes()
        .windows(7)
        .any(|w| w.eq_ignore_ascii_case(b"summary"))
    {
        return open_before;
    }
    let lower = html.to_ascii_lowercase();
    let opened = lower
        .match_indices("<summary")
        .filter(|(at, tag)| {
            lower[at + tag.len()..]
                .chars()
                .next()
                .is_some_and(|c| c == '>' || c.is_ascii_whitespace())
        })
        .map(|(at, _)| at)
        .last();
    match (opened, lower.rfind("</summary")) {
        (None, None) => open_before,
        (Some(opened), Some(closed)) => opened > closed,
        (Some(_), None) => true,
        (None, Some(_)) => false,
    }
}

/// The handlers that list every id and every URL of the HTML they read (and its `<base href>`).
fn listing<'h>(
    ids: &'h mut Vec<String>,
    links: &'h mut Vec<String>,
    base: &'h mut Option<String>,
) -> [(Cow<'static, Selector>, ElementContentHandlers<'h>); 2] {
    [
        on(&SELECTORS.ids, move |el| {
            // As a browser reads it, character references decoded (`a&amp;b` is the id `a&b`).
            ids.extend(el.get_attribute("id").map(|id| decode(&id)));
            Ok(())
        }),
        on(&SELECTORS.with_urls, move |el| {
            collect_urls(el, links, base);
            Ok(())
        }),
    ]
}

/// A handler for the elements `selector` matches.
fn on<'h>(
    selector: &'static Selector,
    handler: impl FnMut(&mut Element<'_, '_>) -> HandlerResult + 'h,
) -> (Cow<'static, Selector>, ElementContentHandlers<'h>) {
    (
        Cow::Borrowed(selector),
        ElementContentHandlers::default().element(handler),
    )
}

/// Every id and URL in `html` without changing it (HTML that was decorated already).
pub fn inventory(
    html: &str,
) -> Result<(Vec<String>, Vec<String>), lol_html::errors::RewritingError> {
    let mut ids = Vec::new();
    let mut links = Vec::new();
    let mut base = None;
    let [listing_ids, listing_urls] = listing(&mut ids, &mut links, &mut base);
    let settings = RewriteStrSettings::new()
        .append_element_content_handler(listing_ids)
        .append_element_content_handler(listing_urls);
    rewrite_str(html, settings)?;
    Ok((ids, links))
}

/// The ids and URLs (`href`, `src`) of markup kennis wrote itself (citation numbers, footnote
/// marks): double-quoted, escaped attribute values, so no HTML parser is needed.
pub fn own_markup_inventory(html: &str, ids: &mut PackedStrings, links: &mut PackedStrings) {
    let values = |name: &'static str| {
        let mut found = Vec::new();
        let mut rest = html;
        while let Some(at) = rest.find(name) {
            let value = &rest[at + name.len()..];
            let end = value.find('"').unwrap_or(value.len());
            found.push(decode(&value[..end]));
            rest = &value[end..];
        }
        found
    };
    values(" id=\"").iter().for_each(|id| ids.push(id));
    values(" href=\"").iter().for_each(|link| links.push(link));
    values(" src=\"").iter().for_each(|link| links.push(link));
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
pub fn decode(value: &str) -> String {
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
        Ok(Decorator::new(&labels, &base_url)
            .rewrite(html, Scope::Content)?
            .html)
    }

    #[test]
    fn headings_of_content_get_anchor_links() -> crate::TestResult {
        assert_eq!(
            run("<h2 id=\"slaap\">Slaap</h2><h1 id=\"t\">T</h1><h3>geen id</h3>")?,
            "<div class=\"heading-wrapper\"><h2 id=\"slaap\">Slaap</h2><a class=\"heading-anchor\" href=\"#slaap\" aria-label=\"Link naar dit kopje\" aria-describedby=\"slaap\">#</a></div><h1 id=\"t\">T</h1><h3>geen id</h3>"
        );
        Ok(())
    }

    #[test]
    fn the_themes_headings_stay_plain() -> crate::TestResult {
        let base_url = Url::parse("https://kennis.example/")?;
        let page = Decorator::new(&PostLabels::default(), &base_url)
            .rewrite("<h2 id=\"thema\">Thema</h2>", Scope::Theme)?;
        assert_eq!(page.html, "<h2 id=\"thema\">Thema</h2>");
        Ok(())
    }

    #[test]
    fn a_question_in_a_summary_gets_no_anchor_link() -> crate::TestResult {
        let base_url = Url::parse("https://kennis.example/")?;
        let html = "<details><summary><h3 id=\"q\">Helpt het?</h3></summary><p>Ja.</p></details>\
                    <h3 id=\"daarna\">Daarna</h3>";
        let page =
            Decorator::new(&PostLabels::default(), &base_url).rewrite(html, Scope::Content)?;
        let anchors: Vec<&String> = page.links.iter().collect();
        assert_eq!(
            anchors,
            ["#daarna"],
            "only the heading outside the summary: {}",
            page.html
        );
        assert!(
            page.html
                .starts_with("<details><summary><h3 id=\"q\">Helpt het?</h3></summary>")
        );
        Ok(())
    }

    #[test]
    fn a_summary_is_open_from_its_start_tag_to_its_end_tag() {
        assert!(summary_open_after(
            "<details class=\"faq-item\">\n<summary>",
            false
        ));
        assert!(summary_open_after("<SUMMARY class=\"x\">", false));
        assert!(!summary_open_after("</summary>\n<div>", true));
        assert!(!summary_open_after("<summary>Q</summary>", false));
        assert!(summary_open_after("<p>niets</p>", true));
        assert!(!summary_open_after("<summaryx>", false));
    }

    #[test]
    fn own_markup_is_listed_without_a_parser() -> crate::TestResult {
        let html = "<sup class=\"citation\">[<a href=\"#ref-a&amp;b\" id=\"cite-1\">1</a>]</sup>";
        let (mut ids, mut links) = (PackedStrings::default(), PackedStrings::default());
        own_markup_inventory(html, &mut ids, &mut links);
        let (read_ids, read_links) = inventory(html)?;
        assert_eq!(ids.iter().collect::<Vec<_>>(), read_ids);
        assert_eq!(links.iter().collect::<Vec<_>>(), read_links);
        assert_eq!(read_links, ["#ref-a&b"]);
        Ok(())
    }

    #[test]
    fn lists_every_id_on_the_page() -> crate::TestResult {
        let labels = PostLabels::default();
        let base_url = Url::parse("https://kennis.example/")?;
        let page = Decorator::new(&labels, &base_url).rewrite(
            "<main id=\"main_content\"><h2 id=\"a\">A</h2><p id='b'>x</p><span id=a></span></main>",
            Scope::Theme,
        )?;
        assert_eq!(page.ids, ["main_content", "a", "b", "a"]);
        Ok(())
    }

    #[test]
    fn lists_every_url_the_page_refers_to() -> crate::TestResult {
        let base_url = Url::parse("https://kennis.example/")?;
        let page = Decorator::new(&PostLabels::default(), &base_url).rewrite(
            concat!(
                "<head><base href=\"/nl/\"><meta http-equiv=\"Refresh\" content=\"0; URL='/nl/'\">",
                "<meta property=\"og:url\" content=\"https://kennis.example/nl/\">",
                "<meta name=\"description\" content=\"Geen adres\">",
                "<link rel=\"stylesheet\" href=\" /style.css?a=1&amp;b=2 \"></head>",
                "<a href=\"#bronnen\">x</a><img src=\"a.png\" srcset=\"a,1.png 1x, b.png 2x,c.png\">",
                "<form action=\"/zoek/\"></form><blockquote cite=\"https://bron.example/\"></blockquote>",
            ),
            Scope::Theme,
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
