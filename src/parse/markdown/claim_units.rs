//! Cutting an article into the units the claim checker judges (DESIGN.md, "Health claims";
//! `claims-annotation.md`, "Units"): the sentences of paragraphs, list items, table cells,
//! quotes, callouts, FAQ answers and footnotes, and the text of raw HTML blocks. Each unit
//! knows where it is in the file, whether a citation covers it, and which unit a reader has in
//! mind when reading it (the sentence before it, the lead-in of its list, the question it
//! answers), so that "Ja, bij de meeste mensen wel." is judged with its question.
//!
//! Headings are units too, though never claims: they are what the text after them is read with.

use std::collections::HashMap;
use std::ops::Range;
use std::rc::Rc;

use pulldown_cmark::{Event, HeadingLevel, Tag, TagEnd};

use super::citations::Citation;
use super::footnote_key;
use super::html_text::{self, HtmlRole};
use super::spliced::Spliced;
pub use crate::parse::claims::unit::{Keys, Unit, UnitKind};
use crate::parse::claims::{NO_CLAIM_MARKER, WEAK_SOURCE_MARKER};
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
        weak_accepted_depth: None,
        accept_weak_next_block: false,
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
        covered_notes: HashMap::new(),
        in_note: None,
        no_keys: Rc::from([]),
    };
    for (event, range) in events {
        walk.event(event, range);
    }
    walk.close_unit(walk.depth);
    for note in notes {
        walk.in_note = Some(
            walk.covered_notes
                .get(note.key)
                .cloned()
                .unwrap_or_else(|| walk.no_keys.clone()),
        );
        walk.last_block = None;
        for (event, range) in note.events {
            walk.event(event, range);
        }
        walk.close_unit(walk.depth);
    }
    walk.units
}

/// What the last finished block said about citations, for the list or table after it.
#[derive(Debug, Clone)]
struct LastBlock {
    /// Depth at which it ended.
    depth: usize,
    /// The keys cited in its last sentence (empty: none).
    end_sources: Keys,
}

/// An open list or table.
#[derive(Debug, Clone)]
struct OpenList {
    /// The keys its lead-in sentence (or an outer one) cites (empty: none).
    lead_in_sources: Keys,
    /// The unit before it: its items are read with that in mind.
    context: Option<usize>,
}

/// A paragraph or list item being gathered.
struct Current {
    text: Spliced,
    kind: UnitKind,
    /// The keys that cover it from outside its own text (a lead-in, a row, a footnote's mark).
    sources_from_outside: Keys,
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
    /// Inside a block after `<!-- kennis:weak-source -->`: the depth it started at.
    weak_accepted_depth: Option<usize>,
    accept_weak_next_block: bool,
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
    /// Footnotes referenced from a covered sentence, with the keys that cover it.
    covered_notes: HashMap<String, Keys>,
    /// Inside a footnote: the keys that cover the sentence that marks it (empty: none).
    in_note: Option<Keys>,
    /// No keys, shared: most units have none, and every unit holds its keys.
    no_keys: Keys,
}

impl Walk<'_> {
    fn event(&mut self, event: &Event<'_>, range: &Range<usize>) {
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(*tag),
            Event::Html(html) | Event::InlineHtml(html) if html.contains(NO_CLAIM_MARKER) => {
                self.skip_next_block = true;
            }
            Event::Html(html) | Event::InlineHtml(html) if html.contains(WEAK_SOURCE_MARKER) => {
                self.accept_weak_next_block = true;
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
                .filter(|b| b.depth == self.depth + 1 && !b.end_sources.is_empty())
                .map(|b| b.end_sources);
            let outer = self.lists.last().map(|l| l.lead_in_sources.clone());
            self.lists.push(OpenList {
                lead_in_sources: lead_in.or(outer).unwrap_or_else(|| self.no_keys.clone()),
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
        if is_block && self.accept_weak_next_block {
            self.accept_weak_next_block = false;
            if self.weak_accepted_depth.is_none() {
                self.weak_accepted_depth = Some(self.depth);
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
        if self.weak_accepted_depth == Some(self.depth) {
            self.weak_accepted_depth = None;
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
        let sources_from_outside = self
            .lists
            .last()
            .map(|l| l.lead_in_sources.clone())
            .filter(|s| !s.is_empty())
            .or_else(|| self.in_note.clone())
            .unwrap_or_else(|| self.no_keys.clone());
        self.current = Some(Current {
            text: Spliced::default(),
            kind,
            sources_from_outside,
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
        let end_sources = self.add_sentences(&unit, &refs, &links);
        self.last_block = Some(LastBlock { depth, end_sources });
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
            covered_by: self.no_keys.clone(),
            weak_source_accepted: false,
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
        let row_sources: Keys = row
            .iter()
            .flat_map(|cell| cell.citations())
            .flat_map(|citation| citation.items.into_iter().map(|item| item.key))
            .collect();
        let list = self.lists.last().cloned();
        let context = list.as_ref().and_then(|l| l.context);
        let sources = if row_sources.is_empty() {
            list.map_or_else(|| self.no_keys.clone(), |l| l.lead_in_sources)
        } else {
            row_sources
        };
        let links = std::mem::take(&mut self.site_link_text);
        for text in row.into_iter().filter(|cell| !cell.is_empty()) {
            let cell = Current {
                text,
                kind: UnitKind::TableCell,
                sources_from_outside: sources.clone(),
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
                    covered_by: self.no_keys.clone(),
                    weak_source_accepted: false,
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
                sources_from_outside: self.in_note.clone().unwrap_or_else(|| self.no_keys.clone()),
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
    /// Returns the keys cited in the last sentence (so they can cover a list or table after
    /// it).
    fn add_sentences(
        &mut self,
        unit: &Current,
        refs: &[(String, usize)],
        links: &[Range<usize>],
    ) -> Keys {
        let text = &unit.text;
        let citations = text.citations();
        let sentences = sentences::split(&text.text, self.abbreviations);
        let (end_sources, mut covered_by) = covering_keys(&sentences, &citations, &self.no_keys);
        let first = self.units.len();
        let weak_source_accepted = self.weak_accepted_depth.is_some();
        for (i, sentence) in sentences.iter().enumerate() {
            let own = std::mem::replace(&mut covered_by[i], self.no_keys.clone());
            let covered_by = if own.is_empty() {
                unit.sources_from_outside.clone()
            } else {
                own
            };
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
                covered_by,
                weak_source_accepted,
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
            if let Some(marked) = marked.filter(|u| u.covered()) {
                self.covered_notes
                    .insert(key.clone(), marked.covered_by.clone());
            }
        }
        end_sources
    }
}

/// The keys of the citations in the last of `sentences`, and for each sentence (in order) the
/// keys of the citations that cover it: its own, else those of the first later sentence of the
/// same text that has any (`none`: no keys). Sentences and citations are both in order, so one
/// pass from the end with a pointer into the citations keeps a paragraph of many sentences
/// linear; the keys are shared, not copied, by the sentences they cover.
fn covering_keys(
    sentences: &[Range<usize>],
    citations: &[Citation],
    none: &Keys,
) -> (Keys, Vec<Keys>) {
    let mut covered = vec![none.clone(); sentences.len()];
    let mut later = none.clone();
    let mut last_own = none.clone();
    // The citations that start before the current sentence ends.
    let mut before_end = citations.len();
    for (i, sentence) in sentences.iter().enumerate().rev() {
        while before_end > 0 && citations[before_end - 1].range.start >= sentence.end {
            before_end -= 1;
        }
        let in_sentence = citations[..before_end]
            .iter()
            .rev()
            .take_while(|c| c.range.end > sentence.start);
        let mut keys: Vec<String> = in_sentence
            .flat_map(|c| c.items.iter().rev().map(|item| item.key.clone()))
            .collect();
        if !keys.is_empty() {
            keys.reverse();
            later = Rc::from(keys);
            if i + 1 == sentences.len() {
                last_own = later.clone();
            }
        }
        covered[i] = later.clone();
    }
    (last_own, covered)
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
