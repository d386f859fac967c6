//! Markdown → HTML for article bodies and section introductions (pulldown-cmark).
//!
//! On top of CommonMark: tables, footnotes, strikethrough, task lists, heading attributes
//! `{#id .class}`, smart punctuation and GitHub alerts. kennis adds heading ids made from the
//! heading text, a table of contents, footnote ids that cannot collide with heading ids,
//! localized alert titles, and `@/section/key.md#anchor` links resolved to the page in the same
//! language. Every problem is reported at its line and column in the file.

pub mod citations;
pub mod headings;
pub mod links;
pub mod spliced;

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use pulldown_cmark::{BlockQuoteKind, CowStr, Event, Options, Parser, Tag, TagEnd};

use crate::diagnostics::{Diagnostic, SourceText};
use crate::escape;
use headings::{IdAllocator, RESERVED_ID_PREFIXES, TocEntry};
use links::{PageRef, Unresolved};

/// Words the renderer writes into the page itself, in the page's language.
#[derive(Debug, Clone, Default)]
pub struct Labels {
    /// Title of a `[!NOTE]` alert.
    pub note: String,
    /// Title of a `[!TIP]` alert.
    pub tip: String,
    /// Title of an `[!IMPORTANT]` alert.
    pub important: String,
    /// Title of a `[!WARNING]` alert.
    pub warning: String,
    /// Title of a `[!CAUTION]` alert.
    pub caution: String,
    /// Heading of the footnotes list (read by screen readers).
    pub footnotes: String,
    /// Accessible name of a footnote reference, followed by its number ("Voetnoot 1").
    pub footnote: String,
    /// Accessible name of the link from a footnote back to the text.
    pub back_to_text: String,
}

/// Finds the address of the page an `@/` link points at.
pub trait LinkResolver: Sync {
    /// The root-relative URL of `page` in `lang`, or why there is none.
    fn resolve(&self, page: &PageRef, lang: &str) -> Result<String, Unresolved>;
}

/// A Markdown text to render: part of a source file.
#[derive(Debug, Clone, Copy)]
pub struct Document<'a> {
    /// The whole file, for positions.
    pub source: &'a SourceText,
    /// Byte range of the Markdown in `source.text`.
    pub body: &'a Range<usize>,
    /// Language of the page (for `@/` links).
    pub lang: &'a str,
}

/// A link to an anchor on another page, checked once every page has been rendered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnchorRef {
    /// The page linked to, in the same language.
    pub page: PageRef,
    /// The id that must exist on it.
    pub anchor: String,
    /// Where the link is, as a byte range of the source file.
    pub range: Range<usize>,
}

/// The result of rendering one document.
#[derive(Debug, Clone, Default)]
pub struct Rendered {
    /// The HTML body.
    pub html: String,
    /// Headings, nested by level.
    pub toc: Vec<TocEntry>,
    /// Every id in the HTML (headings, footnotes, raw HTML), for anchor checks.
    pub ids: HashSet<String>,
    /// Links to anchors on other pages.
    pub anchor_refs: Vec<AnchorRef>,
    /// Links to `#anchors` that no heading or element of this document has: the page around
    /// it may (the theme's own ids), which is checked once the page is rendered.
    pub local_anchors: Vec<(String, Range<usize>)>,
    /// Ids the editor chose (`{#id}`), with their place, to report clashes with the theme's ids.
    pub explicit_ids: Vec<(String, Range<usize>)>,
    /// Number of words of text.
    pub word_count: usize,
    /// Problems found.
    pub diagnostics: Vec<Diagnostic>,
}

/// The Markdown extensions kennis enables.
pub fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES
        | Options::ENABLE_SMART_PUNCTUATION
        | Options::ENABLE_GFM
}

type Spanned<'a> = (Event<'a>, Range<usize>);

/// Renders `doc` to HTML.
pub fn render(doc: Document<'_>, labels: &Labels, links: &dyn LinkResolver) -> Rendered {
    let markdown = &doc.source.text[doc.body.clone()];
    let offset = doc.body.start;
    let events: Vec<Spanned> = Parser::new_ext(markdown, options())
        .into_offset_iter()
        .map(|(event, range)| (event, range.start + offset..range.end + offset))
        .collect();

    let mut renderer = Renderer {
        doc,
        labels,
        links,
        ids: IdAllocator::default(),
        footnote_order: Vec::new(),
        footnote_refs: HashMap::new(),
        same_page_anchors: Vec::new(),
        rendered: Rendered::default(),
    };
    let mut events = renderer.assign_heading_ids(events);
    let (definitions, duplicates) = take_footnote_definitions(&mut events);
    for duplicate in duplicates {
        renderer.error(
            duplicate.range,
            "duplicate-footnote",
            format!(
                "footnote [^{}] is defined twice; only the first definition is used",
                duplicate.label
            ),
        );
    }
    let main = renderer.transform(events);

    let mut html = String::with_capacity(markdown.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, main.into_iter());
    renderer.push_footnotes(&mut html, definitions);
    renderer.keep_unresolved_anchors();

    let mut rendered = renderer.rendered;
    rendered.html = html;
    rendered.ids = renderer.ids.into_ids();
    rendered
}

struct Renderer<'a, 'd> {
    doc: Document<'d>,
    labels: &'a Labels,
    links: &'a dyn LinkResolver,
    ids: IdAllocator,
    /// Footnote labels in order of first reference; the position + 1 is the number shown.
    footnote_order: Vec<String>,
    /// How many references each footnote has had so far.
    footnote_refs: HashMap<String, usize>,
    same_page_anchors: Vec<(String, Range<usize>)>,
    rendered: Rendered,
}

impl<'d> Renderer<'_, 'd> {
    fn error(&mut self, range: Range<usize>, code: &'static str, message: String) {
        self.rendered
            .diagnostics
            .push(Diagnostic::error_in(self.doc.source, range, code, message));
    }

    /// Gives every heading an id (explicit `{#id}` ids are kept and reserved first) and builds
    /// the table of contents.
    fn assign_heading_ids(&mut self, mut events: Vec<Spanned<'d>>) -> Vec<Spanned<'d>> {
        for (event, range) in &events {
            match event {
                Event::Start(Tag::Heading { id: Some(id), .. }) => {
                    let id = id.to_string();
                    self.rendered.explicit_ids.push((id.clone(), range.clone()));
                    if RESERVED_ID_PREFIXES.iter().any(|p| id.starts_with(p)) {
                        self.error(
                            range.clone(),
                            "reserved-id",
                            format!("heading id {id:?} starts with a prefix kennis reserves for footnotes"),
                        );
                    } else if !self.ids.reserve(&id) {
                        self.error(
                            range.clone(),
                            "duplicate-id",
                            format!("heading id {id:?} is used twice on this page"),
                        );
                    }
                }
                Event::Html(html) | Event::InlineHtml(html) => {
                    for id in html_ids(html) {
                        self.ids.reserve(id);
                    }
                }
                _ => {}
            }
        }

        let mut flat_toc = Vec::new();
        let mut i = 0;
        while i < events.len() {
            if let Event::Start(Tag::Heading { level, .. }) = &events[i].0 {
                let level = *level as u8;
                let end = events[i..]
                    .iter()
                    .position(|(e, _)| matches!(e, Event::End(TagEnd::Heading(_))))
                    .map_or(events.len(), |p| i + p);
                let title = plain_text(&events[i + 1..end]);
                let id = match &mut events[i].0 {
                    Event::Start(Tag::Heading { id: Some(id), .. }) => id.to_string(),
                    Event::Start(Tag::Heading { id, .. }) => {
                        let fresh = self.ids.allocate(&title);
                        *id = Some(CowStr::from(fresh.clone()));
                        fresh
                    }
                    _ => unreachable!("checked above"),
                };
                flat_toc.push(TocEntry {
                    level,
                    id,
                    title,
                    children: Vec::new(),
                });
                i = end;
            }
            i += 1;
        }
        self.rendered.toc = headings::nest(flat_toc);
        events
    }

    /// Rewrites the events kennis renders its own way: footnote references, alerts, `@/` links.
    fn transform(&mut self, events: Vec<Spanned<'d>>) -> Vec<Event<'d>> {
        let mut out = Vec::with_capacity(events.len());
        for (mut event, range) in events {
            if let Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) =
                &mut event
            {
                let written = std::mem::replace(dest_url, CowStr::Borrowed(""));
                *dest_url = self.link_destination(written, range.clone());
            }
            match event {
                Event::FootnoteReference(label) => {
                    out.push(Event::InlineHtml(self.footnote_reference(&label).into()));
                }
                Event::Start(Tag::BlockQuote(Some(kind))) => {
                    out.push(Event::Html(self.alert_opening(kind).into()));
                }
                Event::End(TagEnd::BlockQuote(Some(_))) => {
                    out.push(Event::Html("</div>\n".into()));
                }
                Event::Html(ref html) | Event::InlineHtml(ref html) if has_internal_link(html) => {
                    self.error(
                        range,
                        "broken-link",
                        "@/ links only work in Markdown links and images, not in raw HTML: \
                         write [text](@/section/key.md)"
                            .to_string(),
                    );
                    out.push(event);
                }
                Event::Text(text) => {
                    self.rendered.word_count += text.split_whitespace().count();
                    out.push(Event::Text(text));
                }
                other => out.push(other),
            }
        }
        out
    }

    fn link_destination(&mut self, dest: CowStr<'d>, range: Range<usize>) -> CowStr<'d> {
        if let Some(anchor) = dest.strip_prefix('#') {
            self.same_page_anchors.push((anchor.to_string(), range));
            return dest;
        }
        if !dest.starts_with(links::PREFIX) {
            return dest;
        }
        let link = match links::parse(&dest) {
            Ok(link) => link,
            Err(syntax) => {
                self.error(range, "broken-link", syntax.to_string());
                return dest;
            }
        };
        match self.links.resolve(&link.page, self.doc.lang) {
            Ok(url) => match link.anchor {
                Some(anchor) => {
                    let href = format!("{url}#{anchor}");
                    self.rendered.anchor_refs.push(AnchorRef {
                        page: link.page,
                        anchor,
                        range,
                    });
                    href.into()
                }
                None => url.into(),
            },
            Err(reason) => {
                self.error(
                    range,
                    "broken-link",
                    format!("broken link {:?}: {reason}", dest.as_ref()),
                );
                dest
            }
        }
    }

    fn footnote_reference(&mut self, label: &str) -> String {
        let key = footnote_key(label);
        let number = match self.footnote_order.iter().position(|l| *l == key) {
            Some(p) => p + 1,
            None => {
                self.footnote_order.push(key.clone());
                self.footnote_order.len()
            }
        };
        let count = self.footnote_refs.entry(key).or_insert(0);
        *count += 1;
        let ref_id = footnote_ref_id(number, *count);
        self.ids.reserve(&ref_id);
        format!(
            "<sup class=\"footnote-ref\"><a href=\"#fn:{number}\" id=\"{ref_id}\" \
             role=\"doc-noteref\" aria-label=\"{} {number}\">{number}</a></sup>",
            escape::html(&self.labels.footnote)
        )
    }

    fn alert_opening(&self, kind: BlockQuoteKind) -> String {
        let (class, title) = match kind {
            BlockQuoteKind::Note => ("note", &self.labels.note),
            BlockQuoteKind::Tip => ("tip", &self.labels.tip),
            BlockQuoteKind::Important => ("important", &self.labels.important),
            BlockQuoteKind::Warning => ("warning", &self.labels.warning),
            BlockQuoteKind::Caution => ("caution", &self.labels.caution),
        };
        format!(
            "<div class=\"callout callout-{class}\" role=\"note\">\n<p class=\"callout-title\">{}</p>\n",
            escape::html(title)
        )
    }

    /// Appends the footnotes that were referenced, numbered in order of first reference, each
    /// with links back to its references. Unreferenced definitions are reported.
    fn push_footnotes(&mut self, html: &mut String, mut definitions: Vec<Definition<'d>>) {
        // Footnotes may reference further footnotes, which extends the order while we walk it.
        let mut notes = Vec::new();
        let mut n = 0;
        while n < self.footnote_order.len() {
            let key = self.footnote_order[n].clone();
            n += 1;
            if let Some(index) = definitions.iter().position(|d| d.key == key) {
                let definition = definitions.remove(index);
                notes.push((n, key, self.transform(definition.events)));
            }
        }
        // Back links only now, so references made inside later footnotes count as well.
        let mut items = String::new();
        for (number, key, mut events) in notes {
            let backlinks = self.backlinks(number, self.footnote_refs[&key]);
            // Put the way back inside the last paragraph, as readers expect.
            let at = match events.last() {
                Some(Event::End(TagEnd::Paragraph)) => events.len() - 1,
                _ => events.len(),
            };
            events.insert(at, Event::InlineHtml(backlinks.into()));
            let id = format!("fn:{number}");
            self.ids.reserve(&id);
            items.push_str(&format!("<li id=\"{id}\" value=\"{number}\">\n"));
            pulldown_cmark::html::push_html(&mut items, events.into_iter());
            items.push_str("</li>\n");
        }
        for unused in definitions {
            self.rendered.diagnostics.push(
                Diagnostic::error_in(
                    self.doc.source,
                    unused.range,
                    "unused-footnote",
                    format!("footnote [^{}] is never referenced", unused.label),
                )
                .as_warning(),
            );
        }
        if !items.is_empty() {
            html.push_str(&format!(
                "<section class=\"footnotes\" role=\"doc-endnotes\">\n\
                 <h2 class=\"visually-hidden\">{}</h2>\n<ol>\n{items}</ol>\n</section>\n",
                escape::html(&self.labels.footnotes)
            ));
        }
    }

    fn backlinks(&self, number: usize, references: usize) -> String {
        (1..=references)
            .map(|r| {
                format!(
                    " <a href=\"#{}\" class=\"footnote-backref\" role=\"doc-backlink\" \
                     aria-label=\"{} {number}\">↩</a>",
                    footnote_ref_id(number, r),
                    escape::html(&self.labels.back_to_text)
                )
            })
            .collect()
    }

    /// Links to `#anchors` this document does not have are left for the page to resolve.
    fn keep_unresolved_anchors(&mut self) {
        for (anchor, range) in std::mem::take(&mut self.same_page_anchors) {
            if !self.ids.contains(&anchor) {
                self.rendered.local_anchors.push((anchor, range));
            }
        }
    }
}

fn footnote_ref_id(number: usize, occurrence: usize) -> String {
    if occurrence == 1 {
        format!("fnref:{number}")
    } else {
        format!("fnref:{number}:{occurrence}")
    }
}

struct Definition<'a> {
    /// The label as written.
    label: String,
    /// The label as references find it.
    key: String,
    events: Vec<Spanned<'a>>,
    range: Range<usize>,
}

/// Footnote labels match without regard to case, as in CommonMark (`[^Note]` finds `[^note]:`).
fn footnote_key(label: &str) -> String {
    label.to_lowercase()
}

/// Removes footnote definitions from the event stream; they are rendered at the end. A label
/// defined twice keeps its first definition, as in GitHub; the others are returned apart.
fn take_footnote_definitions<'a>(
    events: &mut Vec<Spanned<'a>>,
) -> (Vec<Definition<'a>>, Vec<Definition<'a>>) {
    let mut definitions: Vec<Definition<'a>> = Vec::new();
    let mut duplicates = Vec::new();
    let mut kept = Vec::with_capacity(events.len());
    let mut current: Option<Definition<'a>> = None;
    for (event, range) in events.drain(..) {
        match (event, current.as_mut()) {
            (Event::Start(Tag::FootnoteDefinition(label)), None) => {
                current = Some(Definition {
                    key: footnote_key(&label),
                    label: label.to_string(),
                    events: Vec::new(),
                    range,
                });
            }
            (Event::End(TagEnd::FootnoteDefinition), Some(_)) => {
                if let Some(done) = current.take() {
                    if definitions.iter().any(|d| d.key == done.key) {
                        duplicates.push(done);
                    } else {
                        definitions.push(done);
                    }
                }
            }
            (event, Some(definition)) => definition.events.push((event, range)),
            (event, None) => kept.push((event, range)),
        }
    }
    *events = kept;
    (definitions, duplicates)
}

/// The text of inline events, as a reader sees it (for heading ids and the contents list).
fn plain_text(events: &[Spanned<'_>]) -> String {
    let mut text = String::new();
    for (event, _) in events {
        match event {
            Event::Text(t) | Event::Code(t) => text.push_str(t),
            Event::SoftBreak | Event::HardBreak => text.push(' '),
            _ => {}
        }
    }
    text.trim().to_string()
}

/// The values of `id` attributes in a fragment of raw HTML: `id="x"`, `id='x'` or `id=x`.
fn html_ids(html: &str) -> Vec<&str> {
    let mut ids = Vec::new();
    let mut from = 0;
    while let Some(found) = html[from..].find("id") {
        let at = from + found;
        from = at + 2;
        if !html[..at].ends_with(|c: char| c.is_ascii_whitespace()) {
            continue;
        }
        let Some(rest) = html[at + 2..].trim_start().strip_prefix('=') else {
            continue;
        };
        let rest = rest.trim_start();
        let value = match rest.chars().next() {
            Some(quote @ ('"' | '\'')) => rest[1..].split(quote).next(),
            Some(_) => rest
                .split(|c: char| c.is_ascii_whitespace() || c == '>')
                .next(),
            None => None,
        };
        if let Some(value) = value.filter(|v| !v.is_empty()) {
            ids.push(value);
        }
    }
    ids
}

/// True when raw HTML holds an `@/` address in an attribute, which only Markdown links resolve.
fn has_internal_link(html: &str) -> bool {
    ["\"@/", "'@/", "=@/"].iter().any(|p| html.contains(p))
}

#[cfg(test)]
mod tests;
