//! `kennis import page.html`: a saved web page → the same Markdown article as a text import.
//!
//! The page's metadata (title, date, authors, description, JSON-LD FAQ) is read from the whole
//! document first, since themes keep it in `<head>` and in the article header that extraction
//! drops. The main content is then narrowed to the page's main `<article>` with the obvious
//! chrome removed ([`CHROME`]), and handed to `dom_smoothie` (a port of readability.js) to drop
//! what is left of ads and teasers; [`markdown`] turns what remains into [`Block`]s.
//!
//! Why `dom_smoothie` and these rules: on WordPress-, Drupal- and magazine-shaped pages
//! (`tests/fixtures/import_html/`), `dom_smoothie` 0.19 kept every part of the article body,
//! but also the breadcrumb, the byline and a "more stories" block next to the article;
//! `readability` 0.3 dropped those, but lost a nested list and a whole notes list (the
//! references), and by default pulls in an HTTP client. Narrowing to the main `<article>` first
//! removes what `dom_smoothie` kept.

mod markdown;
mod noise;

pub use markdown::Converted;

use std::path::Path;

use dom_query::Document;
use serde_json::Value;

use super::dates;
use super::language::{Clues, Declared};
use super::markers::Markers;
use super::report::{Report, quote};
use super::{Imported, TextOptions, slug_of, write};
use crate::load::content::front_matter::Date;

/// Lists of other posts next to or under the article (WordPress's query loop, "related" and
/// "recent" blocks, sidebars): their `<time>`s are those posts' dates, not the article's.
const OTHER_POSTS: &str = ".wp-block-query, .wp-block-post-template, [class*=related], \
    [class*=recent], [class*=more-posts], aside, nav, footer";

/// Parts of a page that are never article text, whatever the theme: navigation, forms, the
/// page and article header and footer (the title and date are read before they go), sidebars,
/// and the blocks themes name after what they hold. CSS selectors, not words: no language's
/// markers need to change them.
const CHROME: &str = "nav, form, aside, header, footer, script, style, noscript, template, \
    iframe, button, [role=navigation], [role=banner], [role=contentinfo], [class*=breadcrumb], \
    [class*=newsletter], [class*=share], [class*=related], [class*=comment], [id*=comment], \
    [class*=byline], [class*=meta], [class*=advert], [class*=ad-slot]";

/// A part of the page removed as chrome is reported when it has this many words.
const CHROME_WORDS_REPORTED: usize = 12;

/// Marks the title of an accordion's panel that asks a question (WAI-ARIA's accordion
/// pattern: `aria-controls`, `aria-expanded`, as page builders such as Elementor write FAQs):
/// made a heading, which readability keeps (a title that is all link would be dropped as
/// navigation), with `data-kennis-question` for the converter (see
/// `markdown::Converter::block`).
fn mark_accordion_questions(page: &Document) {
    for title in page.select("[aria-controls][aria-expanded]").iter() {
        let text = collapse(&title.text());
        if text.ends_with('?') {
            title.replace_with_html(format!(
                "<h4 data-kennis-question=\"\">{}</h4>",
                crate::escape::html(&text)
            ));
        }
    }
}

/// What the page says about itself.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Metadata {
    /// The title, with a " | Site name" suffix removed.
    pub title: Option<String>,
    /// Where the title came from, for the report.
    pub title_from: &'static str,
    /// The publication date.
    pub date: Option<Date>,
    /// The date of the last change.
    pub modified: Option<Date>,
    /// The authors' names.
    pub authors: Vec<String>,
    /// `<meta name=description>`.
    pub description: Option<String>,
    /// The page's own host (from its canonical address), to tell internal links.
    pub host: Option<String>,
    /// Questions and answers (answer as HTML) from JSON-LD FAQPage data.
    pub faq: Vec<(String, String)>,
}

/// Imports one web page. `folder` is where the page was saved: images saved with it (a
/// relative `src` that is a file there) are kept.
pub fn import_html(
    input: &str,
    options: &TextOptions,
    markers: &Markers,
    folder: Option<&Path>,
) -> Imported {
    let mut report = Report::default();
    let document = Document::from(input);
    let meta = metadata(&document);
    let title = options
        .title
        .clone()
        .or_else(|| meta.title.clone())
        .unwrap_or_else(|| markers.untitled.clone());
    let title_doubt = (options.title.is_none() && meta.title.is_none())
        .then(|| "the page has no title".to_string());
    match &meta.title {
        Some(t) if options.title.is_none() => report.recognised(
            line_of(input, t),
            format!("title {} (from {})", quote(t), meta.title_from),
        ),
        None if options.title.is_none() => {
            report.review(1, "the page has no title: give one with --title");
        }
        _ => {}
    }
    // `--date` is for pages without a date, as it is for text.
    let labelled = || labelled_date(&document, markers);
    let date = match meta.date.map(|d| (d, None)).or_else(labelled) {
        Some((date, None)) => {
            report.recognised(1, format!("date {date}"));
            date
        }
        Some((date, Some(line))) => {
            report.recognised(
                line_of(input, &line),
                format!("date {date} (from {} on the page)", quote(&line)),
            );
            date
        }
        None if options.date_given => {
            report.review(
                1,
                format!(
                    "the page has no publication date: used {} (--date)",
                    options.date
                ),
            );
            options.date
        }
        None => {
            report.review(1, "the page has no publication date: today's date is used");
            options.date
        }
    };
    if !meta.authors.is_empty() {
        report.review(
            1,
            format!(
                "author {}: add them where the site names authors",
                meta.authors.join(", ")
            ),
        );
    }

    let key = slug_of(&title, &markers.untitled);
    let content = main_content(&document, input, &mut report);
    let page = markdown::Page {
        input,
        meta: &meta,
        folder,
        key: &key,
    };
    let converted = markdown::convert(&content, &page, markers, &mut report);
    let mut blocks = noise::without_noise(converted.blocks, input, markers, &mut report);
    super::faq::from_trailing_questions(&mut blocks, markers, &mut report);
    let lead = match converted.lead {
        Some(lead) if markers.noise_rule(&lead).is_some() => noise::first_paragraph(&blocks),
        lead => lead,
    };
    let description = meta
        .description
        .clone()
        .or(lead)
        .map_or_else(|| title.clone(), |d| super::description(&d, markers));
    let front = write::FrontMatter {
        title: title.clone(),
        description,
        date,
        updated: meta.modified,
        slug: key.clone(),
        authors: Vec::new(),
        tags: Vec::new(),
        draft: false,
        references: converted.references,
    };
    Imported {
        markdown: write::article(&front, &blocks),
        title,
        title_doubt,
        key,
        report,
        files: converted.files,
    }
}

/// Converts a fragment of HTML that is the article itself (a WordPress post's content, not a
/// whole page: nothing is extracted or removed as chrome) to blocks. `input` is the text report
/// lines count in; `host` is the site's own host, for internal links.
pub fn convert_fragment(
    html: &str,
    input: &str,
    host: Option<&str>,
    key: &str,
    markers: &Markers,
    report: &mut Report,
) -> Converted {
    let meta = Metadata {
        host: host.map(str::to_string),
        ..Metadata::default()
    };
    let page = markdown::Page {
        input,
        meta: &meta,
        folder: None,
        key,
    };
    markdown::convert(
        &format!("<html><body>{html}</body></html>"),
        &page,
        markers,
        report,
    )
}

/// The article's HTML: the main `<article>` (the one with the most text, when there are
/// several side by side), without [`CHROME`], as `dom_smoothie` extracts it; or that narrowed
/// part itself when extraction finds nothing (a short page).
fn main_content(document: &Document, input: &str, report: &mut Report) -> String {
    let articles = document.select("article");
    let outermost = articles
        .iter()
        .filter(|a| a.ancestors(None).filter("article").is_empty())
        .max_by_key(|a| a.text().len());
    let narrowed = match outermost {
        Some(article) => Document::from(format!("<html><body>{}</body></html>", article.html())),
        None => Document::from(document.html().to_string()),
    };
    let chrome = narrowed.select(CHROME);
    for part in chrome.iter() {
        let outermost = !part.ancestors(None).is(CHROME);
        let text = collapse(&part.text());
        // Only what reads like text is worth a line: a theme has dozens of small parts.
        if outermost && text.split_whitespace().count() >= CHROME_WORDS_REPORTED {
            let tag = part
                .nodes()
                .first()
                .and_then(|n| n.node_name())
                .unwrap_or_default();
            let class = part
                .attr("class")
                .map(|c| c.to_string())
                .unwrap_or_default();
            let line = if class.is_empty() {
                1
            } else {
                line_of(input, &class)
            };
            report.dropped(line, format!("<{tag} class=\"{class}\">: {}", quote(&text)));
        }
    }
    chrome.remove();
    mark_accordion_questions(&narrowed);
    let html = narrowed.html().to_string();
    match dom_smoothie::Readability::new(html.as_str(), None, None).and_then(|mut r| r.parse()) {
        Ok(article) => article.content.to_string(),
        Err(e) => {
            report.review(
                1,
                format!("main content not found ({e}): the whole page is used"),
            );
            narrowed.select("body").html().to_string()
        }
    }
}

/// Reads the page's metadata: JSON-LD first, then `<meta>` tags, `<time>`, `<h1>`, `<title>`.
pub fn metadata(document: &Document) -> Metadata {
    let mut meta = Metadata::default();
    for script in document
        .select("script[type=\"application/ld+json\"]")
        .iter()
    {
        if let Ok(value) = serde_json::from_str::<Value>(&script.text()) {
            json_ld(&value, &mut meta);
        }
    }
    if meta.title.is_some() {
        meta.title_from = "JSON-LD headline";
    }
    let candidates: [(&str, &'static str); 3] = [
        ("meta[property=\"og:title\"]", "og:title"),
        ("h1", "<h1>"),
        ("title", "<title>"),
    ];
    for (selector, from) in candidates {
        if meta.title.is_some() {
            break;
        }
        let found = document.select(selector);
        let text = if selector.starts_with("meta") {
            found.attr("content").map(|c| c.to_string())
        } else {
            found.iter().next().map(|e| e.text().to_string())
        };
        if let Some(text) = text.map(|t| collapse(&t)).filter(|t| !t.is_empty()) {
            meta.title = Some(if from == "<title>" {
                without_site_name(&text)
            } else {
                text
            });
            meta.title_from = from;
        }
    }
    if meta.date.is_none() {
        meta.date = [
            "meta[property=\"article:published_time\"]",
            "meta[name=date]",
        ]
        .iter()
        .find_map(|s| document.select(s).attr("content").and_then(|c| date(&c)))
        .or_else(|| {
            document
                .select("time[datetime]")
                .iter()
                .filter(|t| !t.ancestors(None).is(OTHER_POSTS))
                .find_map(|t| t.attr("datetime").and_then(|d| date(&d)))
        });
    }
    if meta.modified.is_none() {
        meta.modified = document
            .select("meta[property=\"article:modified_time\"]")
            .attr("content")
            .and_then(|c| date(&c));
    }
    if meta.authors.is_empty()
        && let Some(author) = document.select("meta[name=author]").attr("content")
        && !author.trim().is_empty()
    {
        meta.authors.push(collapse(&author));
    }
    meta.description = document
        .select("meta[name=description]")
        .attr("content")
        .map(|d| collapse(&d))
        .filter(|d| !d.is_empty());
    meta.host = ["link[rel=canonical]", "meta[property=\"og:url\"]"]
        .iter()
        .find_map(|s| {
            let found = document.select(s);
            let address = found.attr("href").or_else(|| found.attr("content"))?;
            let url = url::Url::parse(&address).ok()?;
            url.host_str().map(str::to_string)
        });
    meta
}

/// Takes what the page's JSON-LD says: the article's headline, date and authors, an FAQPage's
/// questions. Graphs and lists are searched through.
fn json_ld(value: &Value, meta: &mut Metadata) {
    match value {
        Value::Array(items) => items.iter().for_each(|v| json_ld(v, meta)),
        Value::Object(object) => {
            if let Some(graph) = object.get("@graph") {
                json_ld(graph, meta);
            }
            let types: Vec<&str> = match object.get("@type") {
                Some(Value::String(t)) => vec![t.as_str()],
                Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).collect(),
                _ => Vec::new(),
            };
            if types
                .iter()
                .any(|t| t.ends_with("Article") || *t == "BlogPosting")
            {
                if meta.title.is_none() {
                    meta.title = object
                        .get("headline")
                        .and_then(Value::as_str)
                        .map(collapse)
                        .filter(|t| !t.is_empty());
                }
                if meta.date.is_none() {
                    meta.date = object
                        .get("datePublished")
                        .and_then(Value::as_str)
                        .and_then(date);
                }
                if meta.modified.is_none() {
                    meta.modified = object
                        .get("dateModified")
                        .and_then(Value::as_str)
                        .and_then(date);
                }
                if meta.authors.is_empty() {
                    meta.authors = names(object.get("author"));
                }
            }
            if types.contains(&"FAQPage") && meta.faq.is_empty() {
                let questions = match object.get("mainEntity") {
                    Some(Value::Array(qs)) => qs.iter().collect(),
                    Some(q) => vec![q],
                    None => Vec::new(),
                };
                meta.faq = questions
                    .into_iter()
                    .filter_map(|q| {
                        let name = q.get("name")?.as_str()?;
                        let answer = q.get("acceptedAnswer")?.get("text")?.as_str()?;
                        Some((collapse(name), answer.to_string()))
                    })
                    .collect();
            }
        }
        _ => {}
    }
}

/// The names in a JSON-LD `author`: a string, a Person or Organization, or a list of them.
fn names(value: Option<&Value>) -> Vec<String> {
    match value {
        Some(Value::String(name)) => vec![collapse(name)],
        Some(Value::Object(o)) => o
            .get("name")
            .and_then(Value::as_str)
            .map(|n| vec![collapse(n)])
            .unwrap_or_default(),
        Some(Value::Array(items)) => items.iter().flat_map(|v| names(Some(v))).collect(),
        _ => Vec::new(),
    }
}

/// A date the page's text gives in a line that says it is the date ("Gepubliceerd:
/// 14-03-2023", perhaps in a module under the article), for a page whose metadata has none.
fn labelled_date(document: &Document, markers: &Markers) -> Option<(Date, Option<String>)> {
    /// A date line is short; longer text only mentions a date.
    const MAX_DATE_LINE_CHARS: usize = 120;
    document
        .select("p, span, li, dd, div, small, time")
        .iter()
        .find_map(|element| {
            let text = collapse(&element.text());
            if text.chars().count() > MAX_DATE_LINE_CHARS {
                return None;
            }
            let date = dates::labelled_date_line(&text, markers)?.date()?;
            Some((date, Some(text)))
        })
}

/// The date at the start of an ISO date or date-time: "2025-11-13T08:00:00+00:00".
fn date(text: &str) -> Option<Date> {
    text.trim().get(..10)?.parse().ok()
}

/// A `<title>` without the site's name after it: "Magnesium en slaap | Gezond Leven Blog".
fn without_site_name(title: &str) -> String {
    [" | ", " – ", " — ", " - ", " :: "]
        .iter()
        .find_map(|sep| {
            title
                .rsplit_once(sep)
                .map(|(head, _)| head.trim().to_string())
        })
        .filter(|head| !head.is_empty())
        .unwrap_or_else(|| title.to_string())
}

/// Text with runs of white space as single spaces.
pub(crate) fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The input line where `needle` first appears, for the report (1 when it does not): HTML
/// parsers keep no source positions.
/// What a web page tells about its language: the language it declares (`<html lang>`, else
/// `og:locale`, else a `content-language` `<meta>`), and its text.
pub fn language_clues(input: &str) -> Clues {
    let document = Document::from(input);
    // ASCII lowercasing keeps every byte where it is, so offsets found in it hold in `input`.
    let lowercase = input.to_ascii_lowercase();
    let line_at = |needle: &str| line_of(&lowercase, needle);
    let named = |tag: Option<String>, shown: &dyn Fn(&str) -> String, needle: &str| {
        tag.map(|t| t.trim().to_string())
            .filter(|t| !t.is_empty())
            .map(|tag| Declared {
                shown: shown(&tag),
                line: line_at(needle),
                tag,
            })
    };
    let html_lang = document.select("html").attr("lang").map(|t| t.to_string());
    let og_locale = document
        .select("meta[property=\"og:locale\"]")
        .attr("content")
        .map(|t| t.to_string());
    let content_language = document
        .select("meta[http-equiv]")
        .iter()
        .find(|m| {
            m.attr("http-equiv")
                .is_some_and(|v| v.trim().eq_ignore_ascii_case("content-language"))
        })
        .and_then(|m| m.attr("content").map(|t| t.to_string()));
    let declared = named(html_lang, &|t| format!("<html lang=\"{t}\">"), "<html")
        .or_else(|| {
            named(
                og_locale,
                &|t| format!("<meta property=\"og:locale\" content=\"{t}\">"),
                "og:locale",
            )
        })
        .or_else(|| {
            named(
                content_language,
                &|t| format!("<meta http-equiv=\"content-language\" content=\"{t}\">"),
                "content-language",
            )
        });
    // Code and styles are no text in the page's language (and read as English).
    document
        .select("script, style, noscript, template")
        .remove();
    let body = document.select("body");
    let text = if body.exists() {
        body.text().to_string()
    } else {
        document.select("html").text().to_string()
    };
    Clues {
        declared,
        text: collapse(&text),
    }
}

pub(crate) fn line_of(input: &str, needle: &str) -> usize {
    let needle = needle.trim();
    if needle.is_empty() {
        return 1;
    }
    input
        .find(needle)
        .map_or(1, |at| input[..at].matches('\n').count() + 1)
}

#[cfg(test)]
mod tests;
