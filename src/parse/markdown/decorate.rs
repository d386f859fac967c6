//! The markup kennis adds to content ([`crate::postprocess`]), written with the events instead
//! of by reading the finished HTML again: an anchor beside every heading with an id, a
//! scrollable container around every table, `rel` and a class on external links, lazy loading
//! on images. Raw HTML (an editor's, or an embedded comparison table) gets the same from one
//! lol_html pass per block. Along the way every id and URL of the content is listed, for the
//! checks of the finished page.
//!
//! An article's Markdown images reach this pass already written, with their lazy loading, by
//! [`super::images`] (which resolves their files and needs their places for its findings);
//! image events are still decorated here for any caller that renders events without it.

use pulldown_cmark::{Event, HeadingLevel, Tag, TagEnd};

use crate::load::config::RawHtml;
use crate::packed::PackedStrings;
use crate::postprocess::{
    Decorator, EXTERNAL_LINK_CLASS, HEADING_WRAPPER, Scope, TABLE_CLOSING, TableNames, decode,
    own_markup_inventory, summary_open_after,
};

/// Every id and every URL of a piece of content, in document order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Inventory {
    /// `id` attribute values (duplicates included).
    pub ids: PackedStrings,
    /// URLs as the browser reads them (character references decoded).
    pub links: PackedStrings,
}

impl Inventory {
    /// Adds another piece's ids and URLs after this one's.
    pub fn append(&mut self, other: &Inventory) {
        self.ids.extend_from(&other.ids);
        self.links.extend_from(&other.links);
    }

    /// Adds the ids and URLs a lol_html pass found.
    pub fn add(&mut self, ids: &[String], links: &[String]) {
        ids.iter().for_each(|id| self.ids.push(id));
        links.iter().for_each(|link| self.links.push(link));
    }
}

/// `events`, decorated. `ours` holds the indexes of the HTML events kennis wrote itself (citation
/// numbers, footnote marks): they need nothing added, only listing. The editor's HTML is
/// published as written only under `[markdown] raw_html = "allow"`, else without what could
/// run code (see [`super::raw_html`]).
pub fn decorate<'d>(
    events: Vec<Event<'d>>,
    ours: &[usize],
    decorator: &Decorator,
    raw_html: RawHtml,
    inventory: &mut Inventory,
) -> Vec<Event<'d>> {
    let raw = |html: &str, inventory: &mut Inventory, names: &mut TableNames| {
        let safe;
        let html = if raw_html == RawHtml::Allow {
            html
        } else {
            safe = super::raw_html::without_unsafe_parts(html);
            safe.as_str()
        };
        decorated_raw(html, decorator, inventory, names)
    };
    let mut out = Vec::with_capacity(events.len() + events.len() / 8);
    let mut ours = ours.iter().copied().peekable();
    // Per open link: whether its start tag was written here (so its end tag is ours to write).
    let mut links: Vec<bool> = Vec::new();
    let mut headings: Vec<Option<String>> = Vec::new();
    let mut html_block: Option<String> = None;
    let mut image: Option<Vec<Event<'d>>> = None;
    // Inside a `<summary>` (an FAQ question): its heading gets no anchor, since a summary may
    // hold no link (it is itself the control that opens the answer).
    let mut in_summary = false;
    // A table's scrollable region is named after the heading it stands under, so two tables
    // of a page do not share a name; raw HTML tables too.
    let mut table_names = TableNames::default();
    let mut in_heading = false;
    for (i, event) in events.into_iter().enumerate() {
        let is_ours = ours.peek() == Some(&i);
        if is_ours {
            ours.next();
        }
        if let Some(parts) = &mut image {
            let ends = matches!(event, Event::End(TagEnd::Image));
            parts.push(event);
            if ends {
                let parts = image.take().unwrap_or_default();
                out.push(Event::InlineHtml(lazy_image(parts, inventory).into()));
            }
            continue;
        }
        if is_ours {
            if let Event::Html(html) | Event::InlineHtml(html) = &event {
                own_markup_inventory(html, &mut inventory.ids, &mut inventory.links);
            }
            out.push(event);
            continue;
        }
        if let (true, Event::Text(t) | Event::Code(t)) = (in_heading, &event) {
            table_names.heading_text(t);
        }
        match event {
            Event::Html(html) if html_block.is_some() => {
                if let Some(block) = &mut html_block {
                    block.push_str(&html);
                }
            }
            Event::Html(html) => {
                in_summary = summary_open_after(&html, in_summary);
                out.push(Event::Html(raw(&html, inventory, &mut table_names).into()));
            }
            Event::InlineHtml(html) => {
                in_summary = summary_open_after(&html, in_summary);
                out.push(Event::InlineHtml(
                    raw(&html, inventory, &mut table_names).into(),
                ));
            }
            Event::Start(Tag::HtmlBlock) => {
                html_block = Some(String::new());
                out.push(Event::Start(Tag::HtmlBlock));
            }
            Event::End(TagEnd::HtmlBlock) => {
                let block = html_block.take().unwrap_or_default();
                in_summary = summary_open_after(&block, in_summary);
                out.push(Event::Html(raw(&block, inventory, &mut table_names).into()));
                out.push(Event::End(TagEnd::HtmlBlock));
            }
            Event::Start(Tag::Heading {
                level,
                id,
                classes,
                attrs,
            }) => {
                if let Some(id) = &id {
                    inventory.ids.push(id);
                }
                table_names.heading_starts();
                in_heading = true;
                let anchored = id
                    .as_ref()
                    .filter(|_| level != HeadingLevel::H1 && !in_summary);
                headings.push(anchored.map(|id| id.to_string()));
                let start = Event::Start(Tag::Heading {
                    level,
                    id,
                    classes,
                    attrs,
                });
                if headings.last().is_some_and(Option::is_some) {
                    // Written here, so the wrapper holds the heading without a line break
                    // between them; the one pulldown-cmark puts before a heading that does not
                    // start a line goes before the wrapper.
                    let line_break = if ends_line(out.last()) { "" } else { "\n" };
                    let heading = written(start);
                    out.push(Event::Html(
                        format!("{line_break}{HEADING_WRAPPER}{heading}").into(),
                    ));
                } else {
                    out.push(start);
                }
            }
            Event::End(TagEnd::Heading(level)) => {
                in_heading = false;
                match headings.pop() {
                    Some(Some(id)) => {
                        let anchor = decorator.heading_anchor(&id);
                        inventory.links.push(&format!("#{id}"));
                        out.push(Event::Html(format!("</{level}>{anchor}\n").into()));
                    }
                    _ => out.push(Event::End(TagEnd::Heading(level))),
                }
            }
            Event::Start(Tag::Table(alignments)) => {
                out.push(Event::Html(table_names.next_opening(decorator).into()));
                out.push(Event::Start(Tag::Table(alignments)));
            }
            Event::End(TagEnd::Table) => {
                // What pulldown-cmark writes for the end of a table, with the container's end
                // before the line break.
                out.push(Event::Html(
                    format!("</tbody></table>{TABLE_CLOSING}\n").into(),
                ));
            }
            Event::Start(link @ Tag::Link { .. }) => {
                let start = written(Event::Start(link.clone()));
                let href = attribute(&start, "href");
                inventory.links.push(&decode(href));
                let external = decorator.is_external(&decode(href));
                if external {
                    out.push(Event::InlineHtml(external_link(&start).into()));
                } else {
                    out.push(Event::Start(link));
                }
                links.push(external);
            }
            Event::End(TagEnd::Link) => {
                if links.pop() == Some(true) {
                    out.push(Event::InlineHtml("</a>".into()));
                } else {
                    out.push(Event::End(TagEnd::Link));
                }
            }
            Event::Start(start @ Tag::Image { .. }) => image = Some(vec![Event::Start(start)]),
            other => out.push(other),
        }
    }
    out
}

/// Whether pulldown-cmark's HTML ends a line after `event` (`None`: nothing written yet).
fn ends_line(event: Option<&Event<'_>>) -> bool {
    match event {
        None => true,
        Some(Event::Html(html) | Event::InlineHtml(html) | Event::Text(html)) => {
            html.ends_with('\n')
        }
        Some(Event::End(end)) => !matches!(
            end,
            TagEnd::Emphasis
                | TagEnd::Strong
                | TagEnd::Strikethrough
                | TagEnd::Link
                | TagEnd::Image
                | TagEnd::Superscript
                | TagEnd::Subscript
                | TagEnd::TableCell
        ),
        Some(_) => false,
    }
}

/// The HTML pulldown-cmark writes for `event` on its own.
fn written(event: Event<'_>) -> String {
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, std::iter::once(event));
    html
}

/// The value of the double-quoted attribute `name` in a start tag pulldown-cmark wrote.
fn attribute<'h>(tag: &'h str, name: &str) -> &'h str {
    let marker = format!(" {name}=\"");
    tag.find(&marker)
        .map(|at| {
            let value = &tag[at + marker.len()..];
            &value[..value.find('"').unwrap_or(value.len())]
        })
        .unwrap_or_default()
}

/// A link's start tag marked as leaving the site.
fn external_link(start: &str) -> String {
    let tag = start.strip_suffix('>').unwrap_or(start);
    format!("{tag} rel=\"noopener noreferrer\" class=\"{EXTERNAL_LINK_CLASS}\">")
}

/// An image as pulldown-cmark writes it (its alt text from `parts`), loaded lazily.
fn lazy_image(parts: Vec<Event<'_>>, inventory: &mut Inventory) -> String {
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, parts.into_iter());
    inventory.links.push(&decode(attribute(&html, "src")));
    match html.strip_suffix(" />") {
        Some(tag) => format!("{tag} loading=\"lazy\" decoding=\"async\" />"),
        None => html,
    }
}

/// Raw HTML with what kennis adds, listing its ids and URLs; its tables are named on from
/// `names`. HTML without attributes, tables, images or headings (`<em>`, `</div>`) has nothing
/// to add or list and is not parsed.
fn decorated_raw(
    html: &str,
    decorator: &Decorator,
    inventory: &mut Inventory,
    names: &mut TableNames,
) -> String {
    let lower = html.to_ascii_lowercase();
    if !html.contains('=')
        && !lower.contains("<table")
        && !lower.contains("<img")
        && !lower.contains("<h")
    {
        return html.to_string();
    }
    match decorator.rewrite_naming(html, Scope::Content, names) {
        Ok(processed) => {
            inventory.add(&processed.ids, &processed.links);
            processed.html
        }
        // lol_html only fails on memory limits: keep the HTML as the editor wrote it.
        Err(_) => html.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use pulldown_cmark::{CowStr, Parser};
    use url::Url;

    use super::*;
    use crate::postprocess::PostLabels;

    /// Decorating the events gives, byte for byte, what one lol_html pass over the plain HTML
    /// gives (how every page was decorated before), line breaks included, and lists what that
    /// pass lists.
    #[test]
    fn decorated_events_write_what_a_pass_over_the_html_writes() -> crate::TestResult {
        let markdown = "## Slaap {#slaap}\n\nTekst met [een bron](https://pubmed.ncbi.nlm.nih.gov/1/) \
             en [eigen](/nl/) en ![Een *plaatje*](/a.png \"titel\").\n\n\
             | a | b |\n|---|--:|\n| 1 | 2 |\n\n\
             <div id=\"ruw\"><a href=\"https://example.org/\">x</a><table><tr><td>1</td></tr></table></div>\n\n\
             ### Daarna\n\nEinde.\n";
        let mut events: Vec<Event<'_>> = Parser::new_ext(markdown, super::super::options())
            .map(|event| match event {
                // Headings get their ids from the renderer; give the second one its own.
                Event::Start(Tag::Heading {
                    level,
                    id: None,
                    classes,
                    attrs,
                }) => Event::Start(Tag::Heading {
                    level,
                    id: Some(CowStr::from("daarna")),
                    classes,
                    attrs,
                }),
                other => other,
            })
            .collect();
        // An FAQ question: its heading follows a summary that does not end a line.
        events.push(Event::Html("<details><summary>".into()));
        events.extend(
            Parser::new("### Helpt het? {#helpt}").map(|event| match event {
                Event::Start(Tag::Heading { level, .. }) => Event::Start(Tag::Heading {
                    level,
                    id: Some(CowStr::from("helpt")),
                    classes: Vec::new(),
                    attrs: Vec::new(),
                }),
                other => other,
            }),
        );
        events.push(Event::Html("</summary></details>\n".into()));

        let labels = PostLabels {
            heading_anchor: "Link naar dit kopje".into(),
            table_region: "Tabel".into(),
        };
        let decorator = Decorator::new(&labels, &Url::parse("https://kennis.example/")?);
        let mut plain = String::new();
        pulldown_cmark::html::push_html(&mut plain, events.clone().into_iter());
        let read = decorator.rewrite(&plain, Scope::Content)?;

        let mut inventory = Inventory::default();
        let mut written = String::new();
        let decorated = decorate(events, &[], &decorator, RawHtml::Safe, &mut inventory);
        pulldown_cmark::html::push_html(&mut written, decorated.into_iter());

        assert_eq!(written, read.html);
        let sorted = |mut items: Vec<String>| {
            items.sort();
            items
        };
        assert_eq!(
            sorted(inventory.ids.iter().map(str::to_string).collect()),
            sorted(read.ids)
        );
        assert_eq!(
            sorted(inventory.links.iter().map(str::to_string).collect()),
            sorted(read.links)
        );
        Ok(())
    }
}
