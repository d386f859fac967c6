//! `kennis import export.xml`: a WordPress export (WXR, "WordPress eXtended RSS") → one article
//! per published post.
//!
//! The export is RSS with WordPress's own elements: a channel with the site's address, its
//! authors (`wp:author`) and its terms, then one `<item>` per post, page, attachment, menu item
//! and so on, each with its type (`wp:post_type`), status (`wp:status`), slug
//! (`wp:post_name`), date (`wp:post_date`), author's login (`dc:creator`), content
//! (`content:encoded`), excerpt (`excerpt:encoded`), categories and tags (`<category
//! domain="category|post_tag">`) and meta data (`wp:postmeta`, where `_thumbnail_id` names the
//! featured image's attachment). Posts with another status than `publish` are skipped unless
//! asked for ([`Include`]), each with the reason; what is imported is a draft unless it was
//! public. The content goes through [`content`] (WordPress's paragraphs and captions) and the
//! HTML importer's converter. Images are not in an export: each one a post uses is listed in
//! the report with its address. Report lines count in the XML file.

pub mod content;

use std::collections::{HashMap, HashSet};

use roxmltree::{Document, Node, ParsingOptions};

use super::html::{collapse, convert_fragment, line_of};
use super::language::{Clues, Declared};
use super::markers::Markers;
use super::report::{Report, quote};
use super::run::{Include, Item};
use super::{Imported, TextOptions, slug_of, write};
use crate::load::content::front_matter::Date;
use crate::slug::slugify;

/// The start of every WXR namespace (`http://wordpress.org/export/1.2/`, and its `excerpt/`).
pub const WXR_NAMESPACE: &str = "http://wordpress.org/export/";
const CONTENT_NAMESPACE: &str = "http://purl.org/rss/1.0/modules/content/";
const DC_NAMESPACE: &str = "http://purl.org/dc/elements/1.1/";

/// Why a WordPress export cannot be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum WxrError {
    /// The file is not well-formed XML.
    #[error("{line}:{column}: not well-formed XML: {message}")]
    Xml {
        /// Line of the problem, from 1.
        line: u32,
        /// Column of the problem, from 1.
        column: u32,
        /// What the XML parser said.
        message: String,
    },
    /// The file is XML but not a WordPress export.
    #[error(
        "not a WordPress export: its root element is <{0}>, not <rss> with WordPress's \
         namespace (export it with Tools > Export in WordPress)"
    )]
    NotWordPress(String),
}

/// What became of an item that is a post (or page).
#[derive(Debug)]
pub enum Outcome {
    /// It became an article.
    Article {
        /// The post.
        item: Item,
        /// The article.
        article: Imported,
    },
    /// It was left out.
    Skipped {
        /// The post.
        item: Item,
        /// Why, and how to import it if it can be.
        why: String,
    },
}

/// Reads a WordPress export and imports its posts, in the order of the file, as articles of
/// `section` (links between them become `@/section/key.md` links).
pub fn import_wxr(
    xml: &str,
    options: &TextOptions,
    include: Include,
    section: &str,
    markers: &Markers,
) -> Result<Vec<Outcome>, WxrError> {
    let document = parse(xml)?;
    let root = document.root_element();
    let wxr = root.tag_name().name() == "rss"
        && root
            .namespaces()
            .any(|ns| ns.uri().starts_with(WXR_NAMESPACE));
    let channel = element(root, None, "channel");
    let Some(channel) = channel.filter(|_| wxr) else {
        return Err(WxrError::NotWordPress(root.tag_name().name().to_string()));
    };
    let mut site = Site::read(channel, &document);
    // First which posts become which articles, so that links to later posts are known too.
    let mut keys = HashMap::new();
    let mut decided = Vec::new();
    let mut others: HashMap<String, usize> = HashMap::new();
    for node in channel.children().filter(|n| n.has_tag_name("item")) {
        let post = Post::read(node, &document);
        if post.kind != "post" && post.kind != "page" {
            *others.entry(post.kind.clone()).or_default() += 1;
            continue;
        }
        let skipped = if post.kind == "page" && !include.pages {
            Some("skipped (a page): pass --include-pages to import pages as well".to_string())
        } else {
            skip_reason(&post, include)
        };
        let key = match skipped {
            Some(why) => Err(why),
            None => {
                let mut report = Report::default();
                let key = key_of(&post, markers, &mut keys, &mut report);
                for address in &post.addresses {
                    if let Some(address) = site.address(address) {
                        site.links.insert(address, format!("@/{section}/{key}.md"));
                    }
                }
                Ok((key, report))
            }
        };
        decided.push((post, key));
    }
    let mut outcomes = Vec::new();
    for (post, key) in decided {
        let item = Item {
            line: post.line,
            label: format!("{} {} {}", post.kind, post.id, quote(&post.title)),
        };
        outcomes.push(match key {
            Err(why) => Outcome::Skipped { item, why },
            Ok((key, report)) => Outcome::Article {
                item,
                article: article(&post, key, report, &site, options, markers),
            },
        });
    }
    if !others.is_empty() {
        let mut kinds: Vec<String> = others.iter().map(|(k, n)| format!("{k} {n}")).collect();
        kinds.sort();
        outcomes.push(Outcome::Skipped {
            item: Item {
                line: site.line,
                label: "items that are no posts".into(),
            },
            why: format!("skipped ({}): they never become articles", kinds.join(", ")),
        });
    }
    Ok(outcomes)
}

/// What a WordPress export tells about its language: the channel's `<language>` (the site's
/// language setting, `nl-NL`), and the text of its posts' titles and contents. An export that
/// cannot be read tells nothing ([`import_wxr`] then says why).
pub fn language_clues(xml: &str) -> Clues {
    let Ok(document) = parse(xml) else {
        return Clues::default();
    };
    let Some(channel) = element(document.root_element(), None, "channel") else {
        return Clues::default();
    };
    let declared = element(channel, None, "language").and_then(|node| {
        let tag = all_text(node).trim().to_string();
        (!tag.is_empty()).then(|| Declared {
            shown: format!("<language>{tag}</language>"),
            line: line_at(&document, node.range().start),
            tag,
        })
    });
    let mut text = String::new();
    for item in channel.children().filter(|n| n.has_tag_name("item")) {
        if text.chars().count() > TEXT_FOR_LANGUAGE {
            break;
        }
        for part in [
            self::text(item, None, "title"),
            strip_tags(&self::text(item, Some(CONTENT_NAMESPACE), "encoded")),
        ] {
            text.push_str(&part);
            text.push('\n');
        }
    }
    Clues { declared, text }
}

/// Enough of the posts' text to tell their language: a few posts, not the whole export.
const TEXT_FOR_LANGUAGE: usize = 20_000;

/// The export's XML, or where and why it is not well-formed.
fn parse(xml: &str) -> Result<Document<'_>, WxrError> {
    let parsing = ParsingOptions {
        allow_dtd: false,
        ..ParsingOptions::default()
    };
    // A byte order mark is no XML; on the first line, it shifts no line number.
    let xml = xml.strip_prefix('\u{feff}').unwrap_or(xml);
    Document::parse_with_options(xml, parsing).map_err(|e| {
        let pos = e.pos();
        let message = e.to_string();
        let message = message
            .strip_suffix(&format!(" at {pos}"))
            .unwrap_or(&message)
            .to_string();
        WxrError::Xml {
            line: pos.row,
            column: pos.col,
            message,
        }
    })
}

/// What the channel says about the whole site.
struct Site {
    /// Line of `<channel>`.
    line: usize,
    /// The site's address, to tell internal links.
    base: Option<url::Url>,
    /// The site's own host, to tell internal links.
    host: Option<String>,
    /// The address of each post imported ([`Site::address`]) → its `@/` link.
    links: HashMap<String, String>,
    /// Author login → display name.
    authors: HashMap<String, String>,
    /// Attachment id → its address.
    attachments: HashMap<String, String>,
}

impl Site {
    fn read(channel: Node, document: &Document) -> Site {
        let base = [
            element(channel, Some(WXR_NAMESPACE), "base_blog_url"),
            element(channel, None, "link"),
            element(channel, Some(WXR_NAMESPACE), "base_site_url"),
        ]
        .into_iter()
        .flatten()
        .find_map(|n| url::Url::parse(all_text(n).trim()).ok());
        let host = base.as_ref().and_then(|b| b.host_str().map(str::to_string));
        let authors = channel
            .children()
            .filter(|n| is(n, Some(WXR_NAMESPACE), "author"))
            .filter_map(|a| {
                let login = text(a, Some(WXR_NAMESPACE), "author_login");
                let name = collapse(&text(a, Some(WXR_NAMESPACE), "author_display_name"));
                (!login.is_empty() && !name.is_empty()).then_some((login, name))
            })
            .collect();
        let attachments = channel
            .children()
            .filter(|n| n.has_tag_name("item"))
            .filter(|n| text(*n, Some(WXR_NAMESPACE), "post_type") == "attachment")
            .filter_map(|n| {
                let id = text(n, Some(WXR_NAMESPACE), "post_id");
                let url = text(n, Some(WXR_NAMESPACE), "attachment_url");
                (!id.is_empty() && !url.is_empty()).then_some((id, url))
            })
            .collect();
        Site {
            line: line_at(document, channel.range().start),
            base,
            host,
            links: HashMap::new(),
            authors,
            attachments,
        }
    }
}

impl Site {
    /// An address on this site as the links map holds it: its path without the `/` at the end,
    /// and its query (`/vezels-in-je-ontbijt`, `/?p=103`). `None` for another site's.
    fn address(&self, href: &str) -> Option<String> {
        let base = self.base.as_ref()?;
        let url = base.join(href.trim()).ok()?;
        if url.host_str() != base.host_str() || !matches!(url.scheme(), "http" | "https") {
            return None;
        }
        let path = url.path().trim_end_matches('/');
        Some(match url.query() {
            Some(query) => format!("{path}?{query}"),
            None => path.to_string(),
        })
    }

    /// `html` with links to posts that are imported as `@/` links, each reported.
    fn relink(&self, html: &str, content: &str, report: &mut Report) -> String {
        HREF.replace_all(html, |c: &regex::Captures| {
            let href = &c[1];
            match self.address(&htmlize::unescape(href)) {
                Some(address) if self.links.contains_key(&address) => {
                    let link = &self.links[&address];
                    report.recognised(
                        line_of(content, href),
                        format!("link to {href}: an imported post, linked as {link}"),
                    );
                    format!("href=\"{link}\"")
                }
                _ => c[0].to_string(),
            }
        })
        .into_owned()
    }
}

static HREF: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r##"href="([^"#]*)(?:#[^"]*)?""##)
        .unwrap_or_else(|e| unreachable!("href pattern: {e}"))
});

/// One post (or page) of the export.
struct Post {
    line: usize,
    id: String,
    kind: String,
    status: String,
    title: String,
    title_line: usize,
    slug: String,
    date: Option<Date>,
    date_line: usize,
    /// When the post was last changed (`wp:post_modified`).
    modified: Option<Date>,
    creator: String,
    content: String,
    content_line: usize,
    excerpt: String,
    password: bool,
    /// (name, slug, line) of each category and tag.
    terms: Vec<(String, String, usize)>,
    thumbnail: Option<String>,
    /// Its addresses on the old site: its permalink (`<link>`) and its `?p=` address (`<guid>`).
    addresses: Vec<String>,
}

impl Post {
    fn read(item: Node, document: &Document) -> Post {
        let line_of_node = |n: Option<Node>| {
            n.map_or(line_at(document, item.range().start), |n| {
                line_at(document, n.range().start)
            })
        };
        let wp = Some(WXR_NAMESPACE);
        let post_date = element(item, wp, "post_date");
        let pub_date = element(item, None, "pubDate");
        let date = post_date
            .and_then(|n| iso_date(&all_text(n)))
            .or_else(|| pub_date.and_then(|n| rfc822_date(&all_text(n))));
        let terms = item
            .children()
            .filter(|n| n.has_tag_name("category"))
            .filter(|n| matches!(n.attribute("domain"), Some("category" | "post_tag")))
            .map(|n| {
                (
                    collapse(&all_text(n)),
                    n.attribute("nicename").unwrap_or_default().to_string(),
                    line_at(document, n.range().start),
                )
            })
            .collect();
        let thumbnail = item
            .children()
            .filter(|n| is(n, wp, "postmeta"))
            .find(|m| text(*m, wp, "meta_key") == "_thumbnail_id")
            .map(|m| text(m, wp, "meta_value"))
            .filter(|v| !v.is_empty() && v != "0");
        let content = element(item, Some(CONTENT_NAMESPACE), "encoded");
        Post {
            line: line_at(document, item.range().start),
            id: text(item, wp, "post_id"),
            kind: text(item, wp, "post_type"),
            status: text(item, wp, "status"),
            title: collapse(&text(item, None, "title")),
            title_line: line_of_node(element(item, None, "title")),
            slug: text(item, wp, "post_name"),
            date,
            date_line: line_of_node(post_date.or(pub_date)),
            modified: element(item, wp, "post_modified").and_then(|n| iso_date(&all_text(n))),
            creator: text(item, Some(DC_NAMESPACE), "creator"),
            content: content.map(all_text).unwrap_or_default(),
            content_line: line_of_node(content),
            excerpt: item
                .children()
                .find(|n| {
                    n.tag_name().name() == "encoded"
                        && n.tag_name()
                            .namespace()
                            .is_some_and(|ns| ns.starts_with(WXR_NAMESPACE))
                })
                .map(all_text)
                .unwrap_or_default(),
            password: !text(item, wp, "post_password").is_empty(),
            terms,
            thumbnail,
            addresses: [text(item, None, "link"), text(item, None, "guid")]
                .into_iter()
                .filter(|a| !a.is_empty())
                .collect(),
        }
    }
}

/// Why a post is left out, if it is: its status, unless `include` asks for it.
fn skip_reason(post: &Post, include: Include) -> Option<String> {
    let drafts = |what: &str| {
        (!include.drafts).then(|| format!("skipped ({what}): pass --include-drafts to import it"))
    };
    match post.status.as_str() {
        "publish" => None,
        "draft" => drafts("draft"),
        "pending" => drafts("pending review"),
        "future" => drafts(&match post.date {
            Some(date) => format!("scheduled for {date}"),
            None => "scheduled".to_string(),
        }),
        "private" => (!include.private)
            .then(|| "skipped (private): pass --include-private to import it".to_string()),
        "trash" => Some("skipped (in the trash)".to_string()),
        other => Some(format!("skipped (status {other:?})")),
    }
}

/// The key (and slug) of a post that is imported: its WordPress slug, or one made from its
/// title. `keys` holds the keys given so far, with the post that has each, so two posts never
/// get the same one.
fn key_of(
    post: &Post,
    markers: &Markers,
    keys: &mut HashMap<String, String>,
    report: &mut Report,
) -> String {
    let decoded = percent_encoding::percent_decode_str(&post.slug).decode_utf8_lossy();
    let mut key = slugify(&decoded);
    if key.is_empty() {
        let title = if post.title.is_empty() {
            &markers.untitled
        } else {
            &post.title
        };
        key = slug_of(title, &markers.untitled);
        report.review(
            post.line,
            format!("the post has no slug: {key} is made from its title"),
        );
    }
    unique_key(key, &post.id, keys, post.line, report)
}

/// The article of a post that is imported, under `key`; `report` has what was found so far.
fn article(
    post: &Post,
    key: String,
    mut report: Report,
    site: &Site,
    options: &TextOptions,
    markers: &Markers,
) -> Imported {
    let title = if post.title.is_empty() {
        report.review(
            post.title_line,
            "the post has no title: give it one in the front matter",
        );
        markers.untitled.clone()
    } else {
        post.title.clone()
    };
    let date = match post.date {
        Some(date) => date,
        None => {
            report.review(
                post.date_line,
                format!("the post has no date: {} is used", options.date),
            );
            options.date
        }
    };
    let draft = post.status != "publish" || post.password;
    match post.status.as_str() {
        "publish" => {}
        "private" => report.review(
            post.line,
            "was private in WordPress: imported as a draft; remove draft = true to publish it",
        ),
        "future" => report.review(
            post.line,
            format!(
                "was scheduled for {date}: imported as a draft; remove draft = true to publish it"
            ),
        ),
        status => report.review(
            post.line,
            format!("was a {status} in WordPress: imported as a draft"),
        ),
    }
    if post.password {
        report.review(
            post.line,
            "was protected by a password in WordPress: imported as a draft, as this site has no \
             passwords",
        );
    }
    let authors: Vec<String> = (!post.creator.is_empty())
        .then(|| {
            site.authors
                .get(&post.creator)
                .cloned()
                .unwrap_or_else(|| post.creator.clone())
        })
        .into_iter()
        .collect();
    let tags = tags(post, markers, &mut report);

    let mut body_report = Report::default();
    let html = content::prepare(&post.content, &mut body_report);
    let html = site.relink(&html, &post.content, &mut body_report);
    list_images(&html, &post.content, &key, &mut body_report);
    let converted = convert_fragment(
        &html,
        &post.content,
        site.host.as_deref(),
        &key,
        markers,
        &mut body_report,
    );
    for mut entry in body_report.entries {
        entry.line += post.content_line - 1;
        report.entries.push(entry);
    }
    if let Some(id) = &post.thumbnail {
        match site.attachments.get(id) {
            Some(url) => report.review(
                post.line,
                format!(
                    "featured image {url}: not in the export: download it into the article's \
                     folder {key}/ and name it in the front matter as image (with image_alt)"
                ),
            ),
            None => report.review(
                post.line,
                format!("featured image: attachment {id}, which is not in the export"),
            ),
        }
    }

    let excerpt = collapse(&strip_tags(&post.excerpt));
    let description = (!excerpt.is_empty())
        .then_some(excerpt)
        .or(converted.lead.clone())
        .map_or_else(|| title.clone(), |d| super::description(&d, markers));
    let front = write::FrontMatter {
        title: title.clone(),
        description,
        date,
        updated: post.modified,
        slug: key.clone(),
        authors,
        tags,
        draft,
        references: converted.references,
    };
    Imported {
        markdown: write::article(&front, &converted.blocks),
        title,
        // A post without a title is reported; --title cannot name one post of an export.
        title_doubt: None,
        key,
        report,
        files: Vec::new(),
    }
}

/// `key`, or when another post of the export has it already, `key-2`, `key-3` …, as WordPress
/// does itself; reported, since the address changes.
fn unique_key(
    key: String,
    id: &str,
    keys: &mut HashMap<String, String>,
    line: usize,
    report: &mut Report,
) -> String {
    let Some(other) = keys.get(&key).cloned() else {
        keys.insert(key.clone(), id.to_string());
        return key;
    };
    let unique = (2..)
        .map(|n| format!("{key}-{n}"))
        .find(|k| !keys.contains_key(k))
        .unwrap_or_default();
    report.review(
        line,
        format!(
            "slug {key} is post {other}'s already: written as {unique}; give one of them \
             another slug"
        ),
    );
    keys.insert(unique.clone(), id.to_string());
    unique
}

/// The post's categories and tags as topics, each once, without WordPress's default category.
fn tags(post: &Post, markers: &Markers, report: &mut Report) -> Vec<String> {
    let defaults: HashSet<String> = markers
        .wordpress
        .default_categories
        .iter()
        .map(|c| slugify(c))
        .collect();
    let mut seen = HashSet::new();
    let mut tags = Vec::new();
    for (name, nicename, line) in &post.terms {
        let slug = slugify(name);
        if defaults.contains(&slug) || defaults.contains(&slugify(nicename)) {
            report.dropped(
                *line,
                format!("category {}: WordPress's default", quote(name)),
            );
        } else if slug.is_empty() {
            report.dropped(
                *line,
                format!("category or tag {}: no letters", quote(name)),
            );
        } else if seen.insert(slug) {
            tags.push(name.clone());
        }
    }
    tags
}

/// Lists every image of the body in the report: the files are not in the export.
fn list_images(html: &str, content: &str, key: &str, report: &mut Report) {
    let document = dom_query::Document::from(html);
    let mut seen = HashSet::new();
    for img in document.select("img").iter() {
        let Some(src) = img.attr("src").map(|s| s.trim().to_string()) else {
            continue;
        };
        if src.is_empty() || !seen.insert(src.clone()) {
            continue;
        }
        report.review(
            line_of(content, &src),
            format!(
                "image {src}: not in the export: download it into the article's folder {key}/ \
                 and link it by its file name"
            ),
        );
    }
}

/// The text of an excerpt, which may hold a little HTML.
fn strip_tags(html: &str) -> String {
    if !html.contains('<') {
        return html.to_string();
    }
    dom_query::Document::from(format!("<html><body>{html}</body></html>"))
        .select("body")
        .text()
        .to_string()
}

/// The first child element of `node` with this name, in this namespace (`None`: any, or none).
fn element<'a, 'i>(
    node: Node<'a, 'i>,
    namespace: Option<&str>,
    name: &str,
) -> Option<Node<'a, 'i>> {
    node.children().find(|n| is(n, namespace, name))
}

/// True when `node` is an element with this name in a namespace starting with `namespace`.
fn is(node: &Node, namespace: Option<&str>, name: &str) -> bool {
    node.is_element()
        && node.tag_name().name() == name
        && namespace.is_none_or(|ns| {
            node.tag_name().namespace().is_some_and(|n| {
                n.starts_with(ns) && (ns != WXR_NAMESPACE || !n.ends_with("/excerpt/"))
            })
        })
}

/// The trimmed text of the child element, or an empty string.
fn text(node: Node, namespace: Option<&str>, name: &str) -> String {
    element(node, namespace, name)
        .map(all_text)
        .unwrap_or_default()
        .trim()
        .to_string()
}

/// An element's text, all of it: WordPress writes a `]]>` in a post as the end of one CDATA
/// section and the start of another.
fn all_text(node: Node) -> String {
    node.children()
        .filter(|c| c.is_text())
        .filter_map(|c| c.text())
        .collect()
}

fn line_at(document: &Document, at: usize) -> usize {
    document.text_pos_at(at).row as usize
}

/// `wp:post_date`: "2025-03-14 09:30:00" (a draft's may be "0000-00-00 00:00:00").
fn iso_date(text: &str) -> Option<Date> {
    text.trim().get(..10)?.parse().ok()
}

/// RSS's `pubDate`: "Fri, 14 Mar 2025 09:30:00 +0000".
fn rfc822_date(text: &str) -> Option<Date> {
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let text = text.split_once(',').map_or(text, |(_, rest)| rest);
    let mut parts = text.split_whitespace();
    let day: u8 = parts.next()?.parse().ok()?;
    let month = parts.next()?.to_ascii_lowercase();
    let month = MONTHS.iter().position(|m| month.starts_with(m))? as u8 + 1;
    let year: u16 = parts.next()?.parse().ok()?;
    format!("{year:04}-{month:02}-{day:02}").parse().ok()
}

#[cfg(test)]
mod tests;
