//! Cutting an article into the units the claim checker judges (DESIGN.md, "Health claims";
//! `claims-annotation.md`, "Units"): the sentences of paragraphs, list items, table cells,
//! quotes, callouts, FAQ answers and footnotes, and the text of raw HTML blocks. Each unit
//! knows where it is in the file, whether a citation covers it, and which unit a reader has in
//! mind when reading it (the sentence before it, the lead-in of its list, the question it
//! answers), so that "Ja, bij de meeste mensen wel." is judged with its question.
//!
//! Headings are units too, though never claims: they are what the text after them is read with.

use std::collections::HashSet;
use std::ops::Range;

use pulldown_cmark::{Event, HeadingLevel, Tag, TagEnd};

use super::footnote_key;
use super::html_text::{self, HtmlRole};
use super::spliced::Spliced;
use crate::parse::claims::NO_CLAIM_MARKER;
pub use crate::parse::claims::unit::{Unit, UnitKind};
use crate::parse::sentences;

/// A footnote definition: its normalized label and its events.
pub struct Note<'a, 'e> {
    /// The label, as the footnote references use it (see `markdown::footnote_key`).
    pub key: &'a str,
    /// The events of its body, with their byte ranges in the file.
    pub events: &'a [(Event<'e>, Range<usize>)],
}

/// Every unit of a Markdown body (`events`, with their byte ranges in `file`) and of its
/// footnotes, in reading order. Blocks after
/// `<!-- kennis:no-claim -->` are left out.
pub fn collect<'a>(
    events: impl IntoIterator<Item = &'a (Event<'a>, Range<usize>)>,
    notes: &[Note<'_, '_>],
    file: &str,
    abbreviations: &[String],
) -> Vec<Unit> {
    let mut walk = Walk {
        file,
        abbreviations,
        units: Vec::new(),
        current: None,
        skip_depth: None,
        skip_next_block: false,
        depth: 0,
        last_block: None,
        lists: Vec::new(),
        row: Vec::new(),
        in_table_head: false,
        heading: None,
        faq_level: None,
        question: None,
        items_open: 0,
        quotes_open: 0,
        in_site_link: false,
        site_link_text: Vec::new(),
        html: None,
        note_refs: Vec::new(),
        covered_notes: HashSet::new(),
        in_note: None,
    };
    for (event, range) in events {
        walk.event(event, range);
    }
    walk.close_unit(walk.depth);
    for note in notes {
        walk.in_note = Some(walk.covered_notes.contains(note.key));
        walk.last_block = None;
        for (event, range) in note.events {
            walk.event(event, range);
        }
        walk.close_unit(walk.depth);
    }
    walk.units
}

/// What the last finished block said about citations, for the list or table after it.
#[derive(Debug, Clone, Copy)]
struct LastBlock {
    /// Depth at which it ended.
    depth: usize,
    /// Its last sentence has a citation.
    cites_at_end: bool,
}

/// An open list or table.
#[derive(Debug, Clone, Copy)]
struct OpenList {
    /// Its lead-in sentence (or an outer one) cites.
    lead_in_cites: bool,
    /// The unit before it: its items are read with that in mind.
    context: Option<usize>,
}

/// A paragraph or list item being gathered.
struct Current {
    text: Spliced,
    kind: UnitKind,
    covered_from_outside: bool,
    context: Option<usize>,
}

struct Walk<'f> {
    file: &'f str,
    abbreviations: &'f [String],
    units: Vec<Unit>,
    current: Option<Current>,
    /// Inside a skipped block: the depth it started at.
    skip_depth: Option<usize>,
    skip_next_block: bool,
    depth: usize,
    last_block: Option<LastBlock>,
    lists: Vec<OpenList>,
    /// The cells of the table row being read.
    row: Vec<Spliced>,
    in_table_head: bool,
    /// The text of the heading being read.
    heading: Option<(Spliced, HeadingLevel, bool)>,
    /// Inside the FAQ section: the level of its heading.
    faq_level: Option<HeadingLevel>,
    /// Inside an FAQ answer: the index of its question.
    question: Option<usize>,
    /// How many list items are open around the current text.
    items_open: usize,
    quotes_open: usize,
    /// Inside a link to another page of the site.
    in_site_link: bool,
    /// The file ranges of the text of links to other pages, in the unit being gathered.
    site_link_text: Vec<Range<usize>>,
    /// The raw HTML of the HTML block being read.
    html: Option<Spliced>,
    /// Footnote references in the unit being gathered: label key and file offset.
    note_refs: Vec<(String, usize)>,
    /// Footnotes referenced from a covered sentence.
    covered_notes: HashSet<String>,
    /// Inside a footnote: whether the sentence that marks it is covered.
    in_note: Option<bool>,
}

impl Walk<'_> {
    fn event(&mut self, event: &Event<'_>, range: &Range<usize>) {
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(*tag),
            Event::Html(html) | Event::InlineHtml(html) if html.contains(NO_CLAIM_MARKER) => {
                self.skip_next_block = true;
            }
            Event::Html(html) => {
                if !self.skipping()
                    && let Some(block) = &mut self.html
                {
                    block.push(html, range.clone(), self.file);
                }
            }
            Event::Text(text) | Event::Code(text) => self.text(text, range),
            Event::SoftBreak | Event::HardBreak => self.text(" ", range),
            Event::FootnoteReference(label) if !self.skipping() => {
                self.note_refs.push((footnote_key(label), range.start));
            }
            _ => {}
        }
    }

    fn skipping(&self) -> bool {
        self.skip_depth.is_some()
    }

    fn start(&mut self, tag: &Tag<'_>) {
        let is_block = matches!(
            tag,
            Tag::Paragraph
                | Tag::List(_)
                | Tag::Table(_)
                | Tag::BlockQuote(_)
                | Tag::Item
                | Tag::CodeBlock(_)
                | Tag::Heading { .. }
                | Tag::HtmlBlock
        );
        if let Tag::List(_) | Tag::Table(_) = tag {
            // The text of a tight list item is the lead-in of a list nested in it.
            self.close_unit(self.depth + 1);
            let lead_in = self
                .last_block
                .take()
                .is_some_and(|b| b.depth == self.depth + 1 && b.cites_at_end);
            let outer = self.lists.last().is_some_and(|l| l.lead_in_cites);
            self.lists.push(OpenList {
                lead_in_cites: lead_in || outer,
                context: self.units.len().checked_sub(1),
            });
        } else if is_block {
            self.last_block = None;
        }
        self.depth += 1;
        if is_block && self.skip_next_block {
            self.skip_next_block = false;
            if self.skip_depth.is_none() {
                self.skip_depth = Some(self.depth);
            }
        }
        match tag {
            Tag::Heading { level, id, .. } => {
                let opens_faq = id.as_deref() == Some(super::faq::FAQ_ID);
                self.heading = Some((Spliced::default(), *level, opens_faq));
            }
            // A tight list item has its text without a paragraph around it.
            Tag::Link { dest_url, .. } if dest_url.starts_with(super::links::PREFIX) => {
                self.in_site_link = true;
            }
            Tag::Paragraph => self.open_unit(),
            Tag::Item => {
                self.items_open += 1;
                self.open_unit();
            }
            Tag::BlockQuote(_) => self.quotes_open += 1,
            Tag::TableHead => self.in_table_head = true,
            Tag::TableRow => self.row.clear(),
            Tag::TableCell => self.row.push(Spliced::default()),
            Tag::HtmlBlock => self.html = Some(Spliced::default()),
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Heading(_) => self.close_heading(),
            TagEnd::Link => self.in_site_link = false,
            TagEnd::Paragraph => self.close_unit(self.depth),
            TagEnd::Item => {
                self.close_unit(self.depth);
                self.items_open -= 1;
            }
            TagEnd::BlockQuote(_) => self.quotes_open -= 1,
            TagEnd::List(_) | TagEnd::Table => {
                self.lists.pop();
            }
            TagEnd::TableHead => {
                self.in_table_head = false;
                self.row.clear();
            }
            TagEnd::TableRow => self.close_row(),
            TagEnd::HtmlBlock => self.close_html(),
            _ => {}
        }
        if self.skip_depth == Some(self.depth) {
            self.skip_depth = None;
        }
        self.depth -= 1;
        if matches!(tag, TagEnd::List(_) | TagEnd::Table | TagEnd::BlockQuote(_)) {
            self.last_block = None;
        }
    }

    fn text(&mut self, text: &str, range: &Range<usize>) {
        if self.skipping() {
            return;
        }
        if self.in_site_link {
            self.site_link_text.push(range.clone());
        }
        if let Some((heading, ..)) = &mut self.heading {
            heading.push(text, range.clone(), self.file);
        } else if let Some(cell) = self.row.last_mut() {
            cell.push(text, range.clone(), self.file);
        } else if let Some(unit) = &mut self.current {
            unit.text.push(text, range.clone(), self.file);
        }
    }

    /// The kind of a paragraph opened now, and the unit it is read after.
    fn placement(&self) -> (UnitKind, Option<usize>) {
        let last = self.units.len().checked_sub(1);
        if self.in_note.is_some() {
            (UnitKind::Footnote, last)
        } else if self.items_open > 0 {
            let lead_in = self.lists.last().and_then(|l| l.context);
            (UnitKind::ListItem, lead_in.or(last))
        } else if self.question.is_some() {
            (UnitKind::Answer, self.question)
        } else if self.quotes_open > 0 {
            (UnitKind::Quote, last)
        } else {
            (UnitKind::Sentence, last)
        }
    }

    fn open_unit(&mut self) {
        // Text of a tight item before its first paragraph is a unit of its own.
        self.close_unit(self.depth);
        let (kind, context) = self.placement();
        let covered_from_outside =
            self.lists.last().is_some_and(|l| l.lead_in_cites) || self.in_note == Some(true);
        self.current = Some(Current {
            text: Spliced::default(),
            kind,
            covered_from_outside,
            context,
        });
    }

    /// Turns the unit being gathered into sentences; `depth` is the level of the blocks it can
    /// be the lead-in of.
    fn close_unit(&mut self, depth: usize) {
        let Some(unit) = self.current.take() else {
            return;
        };
        let refs = std::mem::take(&mut self.note_refs);
        let links = std::mem::take(&mut self.site_link_text);
        if unit.text.is_empty() {
            return;
        }
        let cites_at_end = self.add_sentences(&unit, &refs, &links);
        self.last_block = Some(LastBlock {
            depth,
            cites_at_end,
        });
    }

    fn close_heading(&mut self) {
        let Some((text, level, opens_faq)) = self.heading.take() else {
            return;
        };
        if opens_faq {
            self.faq_level = Some(level);
            self.question = None;
        } else if self.faq_level.is_some_and(|faq| level <= faq) {
            self.faq_level = None;
            self.question = None;
        }
        if self.skipping() || text.text.trim().is_empty() {
            return;
        }
        let context = self.units.len().checked_sub(1);
        self.units.push(Unit {
            text: text.text.trim().to_string(),
            range: text.source_range(0..text.text.len()),
            kind: UnitKind::Heading,
            context,
            covered: false,
            own_words: None,
        });
        if self.faq_level.is_some() && !opens_faq {
            self.question = self.units.len().checked_sub(1);
        }
    }

    fn close_row(&mut self) {
        let row = std::mem::take(&mut self.row);
        if self.in_table_head || self.skipping() {
            return;
        }
        let row_cites = row.iter().any(|cell| !cell.citations().is_empty());
        let list = self.lists.last().copied();
        let covered = row_cites || list.is_some_and(|l| l.lead_in_cites);
        let context = list.and_then(|l| l.context);
        let links = std::mem::take(&mut self.site_link_text);
        for text in row.into_iter().filter(|cell| !cell.is_empty()) {
            let cell = Current {
                text,
                kind: UnitKind::TableCell,
                covered_from_outside: covered,
                context,
            };
            self.add_sentences(&cell, &[], &links);
        }
    }

    /// The text of the raw HTML block just read, as units of their own.
    fn close_html(&mut self) {
        let Some(html) = self.html.take() else {
            return;
        };
        if html.is_empty() {
            return;
        }
        for block in html_text::blocks(&html, self.file) {
            if block.role == HtmlRole::Heading {
                let context = self.units.len().checked_sub(1);
                self.units.push(Unit {
                    text: block.text.text.trim().to_string(),
                    range: block.text.source_range(0..block.text.text.len()),
                    kind: UnitKind::Heading,
                    context,
                    covered: false,
                    own_words: None,
                });
                continue;
            }
            let last = self.units.len().checked_sub(1);
            let (kind, context) = match (block.role, self.placement()) {
                (HtmlRole::ListItem, (_, context)) => (UnitKind::ListItem, context),
                (HtmlRole::TableCell, (_, context)) => (UnitKind::TableCell, context),
                // The question is the last heading read: its `<summary>`.
                (HtmlRole::Answer, _) => (UnitKind::Answer, self.last_heading(last)),
                (_, placement) => placement,
            };
            let unit = Current {
                text: block.text,
                kind,
                covered_from_outside: self.in_note == Some(true),
                context,
            };
            self.add_sentences(&unit, &[], &[]);
        }
        self.last_block = None;
    }

    /// The last heading among the units up to `last`.
    fn last_heading(&self, last: Option<usize>) -> Option<usize> {
        let last = last?;
        (0..=last)
            .rev()
            .find(|&i| self.units[i].kind == UnitKind::Heading)
    }

    /// Adds each sentence of `unit` as a unit, and notes the footnotes (`refs`) marked in
    /// covered sentences; `links` are the file ranges of the text of links to other pages.
    /// Returns whether the last sentence has a citation (so it can cover a list or table after
    /// it).
    fn add_sentences(
        &mut self,
        unit: &Current,
        refs: &[(String, usize)],
        links: &[Range<usize>],
    ) -> bool {
        let text = &unit.text;
        let cited: Vec<Range<usize>> = text.citations().into_iter().map(|c| c.range).collect();
        let sentences = sentences::split(&text.text, self.abbreviations);
        let covered_by_citation = covered_from_later(&sentences, &cited);
        let last_cites = sentences.last().is_some_and(|s| overlaps_any(s, &cited));
        let first = self.units.len();
        for (i, sentence) in sentences.iter().enumerate() {
            let covered = unit.covered_from_outside || covered_by_citation[i];
            // Items, cells and answers are read with their lead-in or question; running text
            // with the sentence before.
            let context = match unit.kind {
                UnitKind::ListItem | UnitKind::TableCell | UnitKind::Answer => unit.context,
                _ if i == 0 => unit.context,
                _ => Some(first + i - 1),
            };
            self.units.push(Unit {
                text: text.text[sentence.clone()].to_string(),
                range: text.source_range(sentence.clone()),
                kind: unit.kind,
                context,
                covered,
                own_words: own_words(text, sentence.clone(), links),
            });
        }
        // A footnote belongs to the last sentence that starts before its mark.
        for (key, offset) in refs {
            let marked = self.units[first..]
                .iter()
                .rev()
                .find(|u| u.range.start <= *offset)
                .or(self.units.get(first));
            if marked.is_some_and(|u| u.covered) {
                self.covered_notes.insert(key.clone());
            }
        }
        last_cites
    }
}

/// For each of `sentences` (in order), whether a citation in it or in a later sentence of the
/// same text covers it. One pass from the end, so a paragraph of many sentences stays linear.
fn covered_from_later(sentences: &[Range<usize>], citations: &[Range<usize>]) -> Vec<bool> {
    let mut covered = vec![false; sentences.len()];
    let mut later = false;
    for (i, sentence) in sentences.iter().enumerate().rev() {
        later = later || overlaps_any(sentence, citations);
        covered[i] = later;
    }
    covered
}

/// True when `range` overlaps one of the sorted, disjoint `ranges`.
fn overlaps_any(range: &Range<usize>, ranges: &[Range<usize>]) -> bool {
    // The first that ends after `range` starts is the only one that can overlap it first.
    let first = ranges.partition_point(|r| r.end <= range.start);
    ranges.get(first).is_some_and(|r| r.start < range.end)
}

/// The words of `sentence` of `text` outside the `links` (file ranges of link text), when any
/// link text falls in it.
fn own_words(text: &Spliced, sentence: Range<usize>, links: &[Range<usize>]) -> Option<String> {
    let source = text.source_range(sentence.clone());
    if !links
        .iter()
        .any(|l| l.start < source.end && source.start < l.end)
    {
        return None;
    }
    let in_links = |at: usize| {
        let source = text.source_offset(at);
        links.iter().any(|l| l.start <= source && source < l.end)
    };
    let mut own = String::with_capacity(sentence.len());
    let mut any_link = false;
    for (at, c) in text.text[sentence.clone()].char_indices() {
        if in_links(sentence.start + at) {
            any_link = true;
        } else {
            own.push(c);
        }
    }
    any_link.then_some(own)
}
