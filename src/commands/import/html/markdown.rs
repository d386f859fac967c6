//! The article's HTML → the importer's [`Block`]s: headings, paragraphs with their links and
//! emphasis, nested lists, tables, images and figures, quotes, `<details>` as the FAQ, and the
//! reference list (read by the text importer's reference parser) with the `<sup>` note markers
//! that point into it as citations.

use std::collections::HashMap;
use std::path::Path;

use dom_query::{Document, NodeId, NodeRef};

use super::{Metadata, collapse, line_of};
use crate::commands::import::KeptFile;
use crate::commands::import::body::{Block, Heading, Role};
use crate::commands::import::lines::Line;
use crate::commands::import::markers::{Markers, strip_prefix_ignore_case};
use crate::commands::import::references;
use crate::commands::import::report::{Report, quote};
use crate::commands::import::write::{self, inline};
use crate::load::content::reference::Reference;

/// The page being imported.
pub struct Page<'a> {
    /// The whole page as read, to give report entries a line.
    pub input: &'a str,
    /// What the page says about itself.
    pub meta: &'a Metadata,
    /// Where the page was saved, for the images saved with it.
    pub folder: Option<&'a Path>,
    /// The article's key: its own folder's name.
    pub key: &'a str,
}

/// What the article's HTML became.
#[derive(Debug, Default)]
pub struct Converted {
    /// The body.
    pub blocks: Vec<Block>,
    /// The parsed reference list.
    pub references: Vec<Reference>,
    /// The first paragraph's text, for a description when the page has none.
    pub lead: Option<String>,
    /// The images saved with the page, to copy into the article's folder.
    pub files: Vec<KeptFile>,
}

/// Converts the article's HTML (the extracted main content) to blocks.
pub fn convert(html: &str, page: &Page, markers: &Markers, report: &mut Report) -> Converted {
    let (input, meta) = (page.input, page.meta);
    let document = Document::from(html);
    let body = document.select("body");
    let Some(root) = body.nodes().first() else {
        return Converted::default();
    };
    let list = reference_list(root, input, markers, report);
    let mut converter = Converter {
        input,
        host: meta.host.as_deref(),
        markers,
        report,
        notes: list.notes,
        numbered: list.numbered,
        skip: list.skip,
        faq_level: None,
        faq_seen: false,
        lead: None,
        folder: page.folder,
        key: page.key,
        files: Vec::new(),
        in_item: 0,
        item_headings: 0,
        in_bold: false,
    };
    let mut blocks = converter.blocks(root);
    if !converter.faq_seen && !meta.faq.is_empty() {
        converter.skip.clear();
        converter.faq_heading(2, &mut blocks);
        converter.report.recognised(
            1,
            format!("FAQ from JSON-LD (questions: {})", meta.faq.len()),
        );
        for (question, answer) in &meta.faq {
            blocks.push(question_heading(question, 3, input));
            let answer = Document::from(format!("<html><body>{answer}</body></html>"));
            if let Some(root) = answer.select("body").nodes().first() {
                blocks.extend(converter.blocks(root));
            }
        }
    }
    Converted {
        blocks,
        references: list.references,
        lead: converter.lead,
        files: converter.files,
    }
}

/// The reference list found in the article.
struct ReferenceList {
    references: Vec<Reference>,
    /// The `id` of each entry's `<li>` → the reference's key, for note markers.
    notes: HashMap<String, String>,
    /// The references' keys in list order, for note markers without links (`<sup>2</sup>`).
    numbered: Vec<String>,
    /// The list and its heading, left out of the body.
    skip: Vec<NodeId>,
}

/// Finds and reads the reference list: the list under the last references heading ("Bronnen",
/// "References": the language's markers), or the paragraphs under it, one entry each (page
/// builders such as Elementor put the heading and the entries in widgets of their own); or
/// else a list of notes that links in the text point to (`<a href="#fn1">`), with the heading
/// right above it.
fn reference_list(
    root: &NodeRef,
    input: &str,
    markers: &Markers,
    report: &mut Report,
) -> ReferenceList {
    let mut found = ReferenceList {
        references: Vec::new(),
        notes: HashMap::new(),
        numbered: Vec::new(),
        skip: Vec::new(),
    };
    let elements: Vec<NodeRef> = root
        .descendants()
        .into_iter()
        .filter(|n| n.is_element())
        .collect();
    let under_heading = elements
        .iter()
        .rev()
        .filter(|n| {
            heading_level(n).is_some() && references::is_heading(&collapse(&n.text()), markers)
        })
        .find_map(|h| {
            let entries = entries_under(h, &elements)?;
            Some((Some(*h), entries))
        });
    let targets: Vec<String> = elements
        .iter()
        .filter(|n| name(n) == "a")
        .filter_map(|a| {
            a.attr("href")
                .and_then(|h| h.strip_prefix('#').map(str::to_string))
        })
        .collect();
    let of_notes = || {
        elements
            .iter()
            .find(|l| {
                is_list(l)
                    && items(l).iter().any(|li| {
                        li.attr("id")
                            .is_some_and(|id| targets.iter().any(|t| **t == *id))
                    })
            })
            .map(|l| {
                (
                    l.prev_element_sibling()
                        .filter(|h| heading_level(h).is_some()),
                    Entries {
                        items: items(l),
                        blocks: vec![l.id],
                    },
                )
            })
    };
    let Some((
        heading,
        Entries {
            items: entries,
            blocks,
        },
    )) = under_heading.or_else(of_notes)
    else {
        return found;
    };
    let mut lines = Vec::new();
    for (li, number) in entries.iter().zip(1..) {
        let text = entry_text(li);
        // A paragraph entry may carry its number already ("1. Kreider RB, …").
        let text = references::without_entry_number(&text);
        let probe: String = collapse(&li.text()).chars().take(40).collect();
        lines.push(Line {
            number: line_of(input, &probe),
            indent: 0,
            text: format!("{number}. {text}"),
        });
    }
    let line = heading.as_ref().map_or_else(
        || lines.first().map_or(1, |l| l.number),
        |h| line_of(input, &collapse(&h.text())),
    );
    report.recognised(line, format!("reference list ({} entries)", entries.len()));
    found.references = references::parse(&lines, markers, report);
    if found.references.len() == entries.len() {
        found.numbered = found.references.iter().map(|r| r.id.clone()).collect();
        for (li, reference) in entries.iter().zip(&found.references) {
            if let Some(id) = li.attr("id") {
                found.notes.insert(id.to_string(), reference.id.clone());
            }
        }
    } else {
        report.review(
            line,
            "entries of the reference list were merged: note markers are kept as written",
        );
    }
    found.skip.extend(blocks);
    if let Some(h) = heading {
        found.skip.push(h.id);
    }
    found
}

/// The entries of a reference list and the blocks that hold them (skipped when the article is
/// written).
struct Entries<'a> {
    items: Vec<NodeRef<'a>>,
    blocks: Vec<NodeId>,
}

/// What stands under the references heading `heading` (`elements` is the document's elements
/// in order): the next list's items, or the run of paragraphs that follows, one entry each. The
/// heading's next sibling is looked at first; else the first list or paragraph after it in the
/// document, outside it.
fn entries_under<'a>(heading: &NodeRef<'a>, elements: &[NodeRef<'a>]) -> Option<Entries<'a>> {
    if let Some(list) = heading.next_element_sibling().filter(is_list) {
        return Some(Entries {
            items: items(&list),
            blocks: vec![list.id],
        });
    }
    let at = elements.iter().position(|e| e.id == heading.id)?;
    let inside = heading
        .descendants()
        .into_iter()
        .filter(|n| n.is_element())
        .count();
    let next = elements[at + 1 + inside..]
        .iter()
        .find(|e| is_list(e) || is_paragraph(e) || heading_level(e).is_some())?;
    if is_list(next) {
        return Some(Entries {
            items: items(next),
            blocks: vec![next.id],
        });
    }
    if !is_paragraph(next) {
        return None;
    }
    let mut paragraphs = vec![*next];
    let mut sibling = next.next_element_sibling();
    while let Some(p) = sibling.filter(|p| name(p) == "p") {
        if is_paragraph(&p) {
            paragraphs.push(p);
        }
        sibling = p.next_element_sibling();
    }
    Some(Entries {
        blocks: paragraphs.iter().map(|p| p.id).collect(),
        items: paragraphs,
    })
}

/// A paragraph with text (page builders leave empty ones as spacers).
fn is_paragraph(node: &NodeRef) -> bool {
    name(node) == "p" && !collapse(&node.text()).is_empty()
}

/// A reference's text with its links' addresses: the parser reads identifiers and addresses
/// from the text, and a link's address is often only in its `href`. A label that says nothing
/// about the work ("PubMed", "Report") is replaced by the address; otherwise it is added.
fn entry_text(li: &NodeRef) -> String {
    let mut text = collapse(&li.text());
    for a in li.descendants().into_iter().filter(|n| name(n) == "a") {
        let Some(href) = a.attr("href").map(|h| h.trim().to_string()) else {
            continue;
        };
        if !href.starts_with("http") || text.contains(&href) {
            continue;
        }
        let label = collapse(&a.text());
        // "PMID: <a>30020683</a>": the label is the identifier, which the parser reads.
        let names_the_work = label.contains("10.")
            || label.contains("://")
            || label.contains("www.")
            || (!label.is_empty() && href.contains(&label));
        match text.rfind(&label) {
            Some(at) if !label.is_empty() && !names_the_work => {
                text.replace_range(at..at + label.len(), &href);
            }
            _ => {
                text.push(' ');
                text.push_str(&href);
            }
        }
    }
    text
}

struct Converter<'a> {
    input: &'a str,
    host: Option<&'a str>,
    markers: &'a Markers,
    report: &'a mut Report,
    notes: HashMap<String, String>,
    numbered: Vec<String>,
    skip: Vec<NodeId>,
    /// The level of the FAQ heading while in the FAQ.
    faq_level: Option<u8>,
    faq_seen: bool,
    lead: Option<String>,
    folder: Option<&'a Path>,
    key: &'a str,
    files: Vec<KeptFile>,
    /// How many list items the converter is in: headings there are written as bold lines.
    in_item: usize,
    /// The headings written as bold lines so far, for the report.
    item_headings: usize,
    /// True while converting a bold line, where `<strong>` adds no `**` of its own.
    in_bold: bool,
}

impl Converter<'_> {
    /// The blocks of an element's children; inline content between block elements becomes a
    /// paragraph.
    fn blocks(&mut self, container: &NodeRef) -> Vec<Block> {
        let mut out = Vec::new();
        let mut run = String::new();
        for child in container.children() {
            if self.skip.contains(&child.id) {
                continue;
            }
            if child.is_text() {
                run.push_str(&text(&child.text()));
                continue;
            }
            if !child.is_element() {
                continue;
            }
            let name = name(&child);
            if is_inline(&name) {
                run.push_str(&self.inline(&child, &name));
                continue;
            }
            flush(&mut run, &mut out);
            self.block(&child, &name, &mut out);
        }
        flush(&mut run, &mut out);
        out
    }

    fn block(&mut self, node: &NodeRef, name: &str, out: &mut Vec<Block>) {
        if self.in_item > 0 && (heading_level(node).is_some() || name == "h1") {
            return self.item_heading(node, out);
        }
        if self.is_accordion_question(node) {
            return self.accordion_question(node, out);
        }
        if let Some(level) = heading_level(node) {
            return self.heading(node, level, out);
        }
        match name {
            "p" => {
                let text = collapse(&node.text());
                if self.lead.is_none() && !text.is_empty() {
                    self.lead = Some(text);
                }
                out.extend(self.blocks(node));
            }
            "ul" | "ol" => {
                let start = (name == "ol").then(|| {
                    node.attr("start")
                        .and_then(|s| s.trim().parse().ok())
                        .unwrap_or(1)
                });
                let headings = self.item_headings;
                self.in_item += 1;
                let items: Vec<Vec<Block>> = items(node)
                    .iter()
                    .map(|li| self.blocks(li))
                    .filter(|b| !b.is_empty())
                    .collect();
                self.in_item -= 1;
                if self.item_headings > headings {
                    // The line of the first heading's text up to its first tag, which is the
                    // part the page has as written.
                    let first = node
                        .descendants()
                        .into_iter()
                        .find(|n| heading_level(n).is_some() || self::name(n) == "h1")
                        .and_then(|h| h.children().into_iter().find(|c| c.is_text()))
                        .map(|t| collapse(&t.text()))
                        .unwrap_or_default();
                    self.report.recognised(
                        line_of(self.input, &first),
                        format!(
                            "headings in list items ({}): written as the items' bold first lines",
                            self.item_headings - headings
                        ),
                    );
                }
                if !items.is_empty() {
                    out.push(Block::List { start, items });
                }
            }
            "table" => self.table(node, out),
            "blockquote" => {
                let paragraphs: Vec<String> = node
                    .element_children()
                    .iter()
                    .map(|p| collapse(&p.text()))
                    .filter(|t| !t.is_empty())
                    .collect();
                let text = if paragraphs.is_empty() {
                    collapse(&node.text())
                } else {
                    paragraphs.join("\n")
                };
                if !text.is_empty() {
                    out.push(Block::Quote(text));
                }
            }
            "figure" => {
                let caption = node
                    .element_children()
                    .into_iter()
                    .find(|c| self::name(c) == "figcaption")
                    .map(|c| collapse(&c.text()))
                    .filter(|c| !c.is_empty());
                match node
                    .descendants()
                    .into_iter()
                    .find(|n| self::name(n) == "img")
                {
                    Some(img) => out.push(Block::Markdown(self.image(&img, caption.as_deref()))),
                    None => out.extend(self.blocks(node)),
                }
            }
            "details" => self.question(node, out),
            "pre" => out.push(Block::Markdown(format!(
                "```\n{}\n```",
                node.text().trim_end()
            ))),
            "h1" | "summary" | "figcaption" | "hr" | "script" | "style" | "noscript"
            | "template" | "iframe" | "form" | "button" | "nav" | "svg" => {}
            _ => out.extend(self.blocks(node)),
        }
    }

    fn heading(&mut self, node: &NodeRef, level: u8, out: &mut Vec<Block>) {
        let mut text = collapse(&node.text());
        let permalink = node
            .descendants()
            .into_iter()
            .any(|n| name(&n) == "a" && n.attr("href").is_some_and(|h| h.starts_with('#')));
        if permalink {
            // "Kop #": the theme's link to the heading, in it.
            let sign = |c: char| matches!(c, '#' | '¶' | '§' | '🔗') || c.is_whitespace();
            text = text.trim_matches(sign).to_string();
        }
        if text.is_empty() {
            return;
        }
        if self.faq_level.is_some_and(|faq| level <= faq) {
            self.faq_level = None;
        }
        let named_faq = self.markers.faq.iter().any(|marker| {
            strip_prefix_ignore_case(&text, marker)
                .is_some_and(|rest| rest.trim().trim_end_matches(':').trim().is_empty())
        });
        // "Your questions answered" over a question of its own.
        let over_questions = || {
            !text.ends_with('?')
                && self.markers.speaks_of_questions(&text)
                && node.next_element_sibling().is_some_and(|next| {
                    heading_level(&next).is_some_and(|sub| sub > level)
                        && collapse(&next.text()).ends_with('?')
                })
        };
        let is_faq = named_faq || (!self.faq_seen && over_questions());
        let role = if is_faq {
            self.faq_level = Some(level);
            self.faq_seen = true;
            Role::Faq
        } else if self.faq_level.is_some() {
            Role::Question
        } else {
            Role::Section
        };
        out.push(Block::Heading(Heading {
            level,
            line: line_of(self.input, &text),
            text,
            role,
        }));
    }

    /// A heading in a list item (`<li><h3>Tip</h3><p>…</p></li>`, as "top 5 tips" themes
    /// write them) → the item's bold first line, a paragraph of its own. A Markdown heading
    /// there would be a section of the article inside a list item (the table of contents
    /// would list it, and an FAQ would read it as a question); a bold line keeps the list
    /// whole and the text as written, with no colon or other text added.
    fn item_heading(&mut self, node: &NodeRef, out: &mut Vec<Block>) {
        self.in_bold = true;
        let inner = self.inline_children(node);
        self.in_bold = false;
        let sign = |c: char| matches!(c, '#' | '¶' | '§' | '🔗') || c.is_whitespace();
        let inner = collapse(inner.trim_matches(sign));
        if inner.is_empty() {
            return;
        }
        self.item_headings += 1;
        out.push(Block::Markdown(wrap("**", &inner)));
    }

    /// The FAQ heading, unless the page has one open.
    fn faq_heading(&mut self, level: u8, out: &mut Vec<Block>) {
        if self.faq_level.is_none() {
            let text = self
                .markers
                .faq
                .first()
                .cloned()
                .unwrap_or_else(|| "FAQ".to_string());
            out.push(Block::Heading(Heading {
                level,
                text,
                line: 1,
                role: Role::Faq,
            }));
            self.faq_level = Some(level);
        }
        self.faq_seen = true;
    }

    /// `<details><summary>Question</summary>answer</details>` → a question of the FAQ.
    fn question(&mut self, node: &NodeRef, out: &mut Vec<Block>) {
        let summary = node
            .element_children()
            .into_iter()
            .find(|c| name(c) == "summary");
        let Some(summary) = summary else {
            out.extend(self.blocks(node));
            return;
        };
        let question = collapse(&summary.text());
        if self.faq_level.is_none() {
            self.report.recognised(
                line_of(self.input, &question),
                "FAQ from <details>: under a new FAQ heading",
            );
        }
        self.faq_heading(2, out);
        let level = self.faq_level.unwrap_or(2) + 1;
        out.push(question_heading(&question, level, self.input));
        out.extend(self.blocks(node));
    }

    /// The title of an accordion's panel that asks a question, under the FAQ heading (marked
    /// before readability, see `mark_accordion_questions`). Elsewhere it stays a heading.
    fn is_accordion_question(&self, node: &NodeRef) -> bool {
        self.faq_level.is_some()
            && node.attr("data-kennis-question").is_some()
            && !collapse(&node.text()).is_empty()
    }

    /// An accordion's title under the FAQ heading → a question; its panel, which follows it,
    /// is the answer.
    fn accordion_question(&mut self, node: &NodeRef, out: &mut Vec<Block>) {
        let question = collapse(&node.text());
        let level = self.faq_level.unwrap_or(2) + 1;
        out.push(question_heading(&question, level, self.input));
    }

    /// A table as a pipe table whose cells keep their links, emphasis and note markers; a
    /// cell's paragraphs and lists run together, as a pipe table's cell is one line.
    fn table(&mut self, node: &NodeRef, out: &mut Vec<Block>) {
        let trs: Vec<NodeRef> = node
            .descendants()
            .into_iter()
            .filter(|n| name(n) == "tr")
            .collect();
        let mut first_cell = None;
        let mut rows: Vec<Vec<String>> = Vec::new();
        for tr in &trs {
            let cells: Vec<NodeRef> = tr
                .element_children()
                .into_iter()
                .filter(|c| matches!(name(c).as_str(), "td" | "th"))
                .collect();
            if cells.is_empty() {
                continue;
            }
            if first_cell.is_none() {
                first_cell = cells.first().map(|c| collapse(&c.text()));
            }
            rows.push(cells.iter().map(|c| self.cell(c)).collect());
        }
        if rows.is_empty() {
            return;
        }
        let width = rows.iter().map(Vec::len).max().unwrap_or(0);
        for row in &mut rows {
            row.resize(width, String::new());
        }
        let header = rows.remove(0);
        let line = first_cell.map_or(1, |c| line_of(self.input, &c));
        self.report
            .recognised(line, format!("table ({} rows)", rows.len()));
        out.push(Block::Markdown(write::pipe_table(&header, &rows)));
    }

    /// A table cell's Markdown, on one line: block elements in it (`<p>`, `<ul>`, `<div>`)
    /// are separated by a space, since a pipe table's cell cannot hold blocks.
    fn cell(&mut self, node: &NodeRef) -> String {
        let mut out = String::new();
        for child in node.children() {
            if child.is_text() {
                out.push_str(&text(&child.text()));
            } else if child.is_element() {
                let name = name(&child);
                if is_inline(&name) {
                    out.push_str(&self.inline(&child, &name));
                } else if !matches!(name.as_str(), "script" | "style" | "template" | "svg") {
                    out.push(' ');
                    out.push_str(&self.cell(&child));
                    out.push(' ');
                }
            }
        }
        collapse(&out)
    }

    /// The Markdown of an inline element.
    fn inline(&mut self, node: &NodeRef, name: &str) -> String {
        match name {
            "a" => self.link(node),
            "em" | "i" => wrap("_", &self.inline_children(node)),
            // Inside a bold line already (a list item's heading), where `**` would close it.
            "strong" | "b" if self.in_bold => self.inline_children(node),
            "strong" | "b" => wrap("**", &self.inline_children(node)),
            "code" => {
                let code = collapse(&node.text());
                if code.is_empty() || code.contains('`') {
                    inline(&code)
                } else {
                    format!("`{code}`")
                }
            }
            "sup" => self.note(node),
            "img" => self.image(node, None),
            "br" => " ".to_string(),
            _ => self.inline_children(node),
        }
    }

    fn inline_children(&mut self, node: &NodeRef) -> String {
        let mut out = String::new();
        for child in node.children() {
            if child.is_text() {
                out.push_str(&text(&child.text()));
            } else if child.is_element() {
                let name = name(&child);
                if is_inline(&name) {
                    out.push_str(&self.inline(&child, &name));
                } else {
                    out.push_str(&text(&child.text()));
                }
            }
        }
        out
    }

    fn link(&mut self, node: &NodeRef) -> String {
        let label = self.inline_children(node);
        let Some(href) = node.attr("href").map(|h| h.trim().to_string()) else {
            return label;
        };
        if href.is_empty() || href.starts_with('#') || href.starts_with("javascript:") {
            // A heading's permalink ("#", "¶", "§") is the theme's, not the article's.
            let sign = matches!(label.trim(), "" | "#" | "¶" | "§" | "🔗" | "\\#");
            return if sign && href.starts_with('#') {
                String::new()
            } else {
                label
            };
        }
        // An `@/` link is kennis's own already (a WordPress post's link to another post).
        if !href.starts_with("@/") && self.is_internal(&href) {
            self.report.review(
                line_of(self.input, &href),
                format!("internal link: turn into @/…: {href}"),
            );
        }
        if label.trim().is_empty() {
            return format!("<{href}>");
        }
        let (before, core, after) = trimmed(&label);
        format!("{before}[{core}]({}){after}", destination(&href))
    }

    /// True for a link to the page's own site: a relative address, or one on its host.
    fn is_internal(&self, href: &str) -> bool {
        match url::Url::parse(href) {
            Ok(url) => {
                matches!(url.scheme(), "http" | "https")
                    && self.host.is_some_and(|host| url.host_str() == Some(host))
            }
            Err(_) => !href.starts_with("//"),
        }
    }

    /// `<sup>` around links to entries of the reference list → citations; anything else as
    /// written.
    fn note(&mut self, node: &NodeRef) -> String {
        let keys: Vec<String> = node
            .descendants()
            .into_iter()
            .filter(|n| name(n) == "a")
            .filter_map(|a| {
                let href = a.attr("href")?;
                self.notes.get(href.strip_prefix('#')?).cloned()
            })
            .collect();
        let keys = if keys.is_empty() {
            let marker = collapse(&node.text());
            match numbers(&marker, self.numbered.len()) {
                Some(numbers) if !after_a_unit(node) => {
                    self.report.review(
                        line_of(self.input, &format!("{marker}</sup>")),
                        format!(
                            "note marker {} without a link read as a citation of reference \
                             list entries: check it",
                            quote(&marker)
                        ),
                    );
                    numbers
                        .iter()
                        .filter_map(|n| self.numbered.get(n - 1).cloned())
                        .collect()
                }
                _ => return superscript(&marker).unwrap_or_else(|| self.inline_children(node)),
            }
        } else {
            keys
        };
        let cited: Vec<String> = keys.iter().map(|k| format!("@{k}")).collect();
        format!("[{}]", cited.join("; "))
    }

    /// `![alt](src "caption")`; an image without alt text is reported.
    fn image(&mut self, node: &NodeRef, caption: Option<&str>) -> String {
        let src = node
            .attr("src")
            .or_else(|| node.attr("data-src"))
            .map(|s| s.trim().to_string())
            .unwrap_or_default();
        if src.is_empty() {
            return String::new();
        }
        let alt = node.attr("alt").map(|a| collapse(&a)).unwrap_or_default();
        if alt.is_empty() {
            self.report.review(
                line_of(self.input, &src),
                format!("image without alt text: {src}: describe what it shows"),
            );
        }
        let title = caption
            .map(|c| format!(" \"{}\"", c.replace('\\', "\\\\").replace('"', "\\\"")))
            .unwrap_or_default();
        let src = self.kept(&src).unwrap_or(src);
        format!("![{}]({}{title})", inline(&alt), destination(&src))
    }

    /// An image saved with the page ("Web page, complete" puts them in `page_files/`): kept,
    /// to be copied into the article's folder, and its new name. A relative address that is not
    /// a file there is reported, and linked by its name all the same.
    fn kept(&mut self, src: &str) -> Option<String> {
        let relative = url::Url::parse(src).is_err() && !src.starts_with('/');
        if !relative {
            return None;
        }
        let line = line_of(self.input, src);
        let path = percent_encoding::percent_decode_str(src.split(['?', '#']).next()?)
            .decode_utf8()
            .ok()?
            .into_owned();
        let from = self.folder?.join(&path);
        let name = from.file_name()?.to_str()?.to_string();
        if !from.is_file() || path.split('/').any(|part| part == "..") {
            // Linked by its name, so that the file, once copied into the folder, is found.
            self.report.review(
                line,
                format!(
                    "image {src} was not saved with the page: the article links it as {name}; \
                     copy it into the article's folder {}/",
                    self.key
                ),
            );
            return Some(name);
        }
        if let Some(same) = self.files.iter().find(|f| f.name == name) {
            return (same.from == from).then_some(name);
        }
        self.report.recognised(
            line,
            format!("image {src}: copied into {}/{name}", self.key),
        );
        self.files.push(KeptFile {
            from,
            name: name.clone(),
        });
        Some(name)
    }
}

/// True when a `<sup>` follows a unit or a number, where it is an exponent ("kg/m<sup>2</sup>",
/// "10<sup>6</sup>"), not a note: a last word shorter than three letters, or with a digit.
fn after_a_unit(sup: &NodeRef) -> bool {
    let Some(before) = sup.prev_sibling().filter(|n| n.is_text()) else {
        return false;
    };
    let text = before.text();
    if text.ends_with(char::is_whitespace) {
        return false;
    }
    let word = text
        .split_whitespace()
        .last()
        .and_then(|w| w.rsplit('/').next())
        .unwrap_or_default();
    word.chars().count() < 3 || word.chars().any(|c| c.is_ascii_digit())
}

/// An exponent in superscript characters ("m²", "10⁻⁶"), as Markdown has no superscript.
fn superscript(text: &str) -> Option<String> {
    const DIGITS: [char; 10] = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];
    if text.is_empty() {
        return None;
    }
    text.chars()
        .map(|c| match c {
            '-' | '−' => Some('⁻'),
            '+' => Some('⁺'),
            _ => c.to_digit(10).and_then(|d| DIGITS.get(d as usize).copied()),
        })
        .collect()
}

/// The entry numbers of a note marker without a link: "2", "[1, 3]", "1–3". `None` unless every
/// number is an entry of a list of `count`.
fn numbers(marker: &str, count: usize) -> Option<Vec<usize>> {
    let inner = marker
        .trim()
        .trim_start_matches(['[', '('])
        .trim_end_matches([']', ')']);
    let mut numbers = Vec::new();
    for part in inner.split([',', ';']) {
        let part = part.trim();
        let (from, to) = part
            .split_once(['-', '–'])
            .map_or((part, part), |(a, b)| (a.trim(), b.trim()));
        let (from, to): (usize, usize) = (from.parse().ok()?, to.parse().ok()?);
        if from == 0 || to < from || to > count {
            return None;
        }
        numbers.extend(from..=to);
    }
    (!numbers.is_empty()).then_some(numbers)
}

fn question_heading(question: &str, level: u8, input: &str) -> Block {
    Block::Heading(Heading {
        level,
        text: question.to_string(),
        line: line_of(input, question),
        role: Role::Question,
    })
}

/// Ends the paragraph being collected, if it has any text.
fn flush(run: &mut String, out: &mut Vec<Block>) {
    let text = collapse(run);
    run.clear();
    if text.is_empty() {
        return;
    }
    // Text that would start a block (a heading, a list item) stays text.
    let starts_block = text.starts_with(['#', '>', '-', '+', '=', '|'])
        || text.split_once(['.', ')']).is_some_and(|(n, rest)| {
            !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()) && rest.starts_with(' ')
        });
    out.push(Block::Markdown(if starts_block {
        format!("\\{text}")
    } else {
        text
    }));
}

/// A text node: white space as single spaces (kept at the ends, where it separates words from
/// the next element), and Markdown syntax escaped.
fn text(raw: &str) -> String {
    let collapsed = collapse(raw);
    if collapsed.is_empty() {
        return if raw.is_empty() {
            String::new()
        } else {
            " ".to_string()
        };
    }
    let before = if raw.starts_with(char::is_whitespace) {
        " "
    } else {
        ""
    };
    let after = if raw.ends_with(char::is_whitespace) {
        " "
    } else {
        ""
    };
    format!("{before}{}{after}", inline(&collapsed))
}

/// `inner` between `mark`s, with its outer white space outside them.
fn wrap(mark: &str, inner: &str) -> String {
    let (before, core, after) = trimmed(inner);
    if core.is_empty() {
        return inner.to_string();
    }
    format!("{before}{mark}{core}{mark}{after}")
}

fn trimmed(text: &str) -> (&str, &str, &str) {
    let core = text.trim();
    let before = if text.starts_with(char::is_whitespace) {
        " "
    } else {
        ""
    };
    let after = if text.ends_with(char::is_whitespace) {
        " "
    } else {
        ""
    };
    (before, core, after)
}

/// A link destination; in `<…>` when it has spaces or brackets.
fn destination(href: &str) -> String {
    if href.contains([' ', '(', ')', '<', '>']) {
        format!("<{}>", href.replace('<', "%3C").replace('>', "%3E"))
    } else {
        href.to_string()
    }
}

fn name(node: &NodeRef) -> String {
    node.node_name()
        .map(|n| n.to_ascii_lowercase())
        .unwrap_or_default()
}

fn heading_level(node: &NodeRef) -> Option<u8> {
    match name(node).as_str() {
        "h2" => Some(2),
        "h3" => Some(3),
        "h4" => Some(4),
        "h5" => Some(5),
        "h6" => Some(6),
        _ => None,
    }
}

fn is_list(node: &NodeRef) -> bool {
    matches!(name(node).as_str(), "ol" | "ul")
}

fn items<'a>(list: &NodeRef<'a>) -> Vec<NodeRef<'a>> {
    list.element_children()
        .into_iter()
        .filter(|c| name(c) == "li")
        .collect()
}

fn is_inline(name: &str) -> bool {
    matches!(
        name,
        "a" | "abbr"
            | "b"
            | "bdi"
            | "bdo"
            | "br"
            | "cite"
            | "code"
            | "data"
            | "dfn"
            | "em"
            | "font"
            | "i"
            | "img"
            | "kbd"
            | "label"
            | "mark"
            | "q"
            | "s"
            | "samp"
            | "small"
            | "span"
            | "strong"
            | "sub"
            | "sup"
            | "time"
            | "u"
            | "var"
            | "wbr"
    )
}

#[cfg(test)]
mod tests {
    use super::numbers;

    #[test]
    fn note_markers_without_links() {
        assert_eq!(numbers("2", 3), Some(vec![2]));
        assert_eq!(numbers("[1, 3]", 3), Some(vec![1, 3]));
        assert_eq!(numbers("1–3", 3), Some(vec![1, 2, 3]));
        assert_eq!(numbers("4", 3), None);
        assert_eq!(numbers("0", 3), None);
        assert_eq!(numbers("2", 0), None);
        assert_eq!(numbers("a", 3), None);
        assert_eq!(numbers("3-1", 3), None);
        assert_eq!(numbers("", 3), None);
    }

    #[test]
    fn exponents_in_superscript() {
        assert_eq!(super::superscript("2").as_deref(), Some("²"));
        assert_eq!(super::superscript("-6").as_deref(), Some("⁻⁶"));
        assert_eq!(super::superscript("a"), None);
        assert_eq!(super::superscript(""), None);
    }
}
