//! The health-claim checker: finds the claims in an article body (DESIGN.md, "Health claims")
//! and reports those no citation covers.
//!
//! Units are the sentences of paragraphs (in list items, quotes, callouts and FAQ answers too)
//! and table cells; headings, code and raw HTML are never claims. A claim is covered by a
//! citation in the same sentence or later in the same paragraph, in the lead-in sentence of its
//! list or table, or (for a table cell) elsewhere in the same row. A block after
//! `<!-- kennis:no-claim -->` is skipped.

pub mod lexicon;

use std::ops::Range;

use pulldown_cmark::{Event, Tag, TagEnd};

use crate::markdown::spliced::Spliced;
use crate::sentences;
use lexicon::{Lexicon, UnitKind};

/// The comment that exempts the block after it.
pub const NO_CLAIM_MARKER: &str = "kennis:no-claim";

/// A health claim that no citation covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UncitedClaim {
    /// Where it is in the source file.
    pub range: Range<usize>,
    /// The claim as the reader sees it.
    pub text: String,
}

/// One piece of text judged on its own: a paragraph or a table cell, split into sentences.
struct Unit {
    text: Spliced,
    kind: UnitKind,
    /// Whether a citation elsewhere (the lead-in, the row) covers the whole unit.
    covered_from_outside: bool,
}

/// Finds the uncited claims among `events` (with their byte ranges in `file`, the text of the
/// whole file).
pub fn uncited<'a>(
    events: impl IntoIterator<Item = &'a (Event<'a>, Range<usize>)>,
    file: &str,
    lexicon: &Lexicon,
) -> Vec<UncitedClaim> {
    let mut walk = Walk {
        lexicon,
        file,
        found: Vec::new(),
        current: None,
        skip_depth: None,
        skip_next_block: false,
        depth: 0,
        last_block: None,
        lead_ins: Vec::new(),
        row: Vec::new(),
        in_table_head: false,
        in_heading: false,
        items_open: 0,
        in_site_link: false,
    };
    for (event, range) in events {
        walk.event(event, range);
    }
    walk.found
}

/// What the last finished block said about citations, for the list or table after it.
#[derive(Debug, Clone, Copy)]
struct LastBlock {
    /// Depth at which it ended.
    depth: usize,
    /// Its last sentence has a citation.
    cites_at_end: bool,
}

struct Walk<'l> {
    lexicon: &'l Lexicon,
    file: &'l str,
    found: Vec<UncitedClaim>,
    /// The unit being collected.
    current: Option<Unit>,
    /// Inside a skipped block: the depth it started at.
    skip_depth: Option<usize>,
    skip_next_block: bool,
    depth: usize,
    last_block: Option<LastBlock>,
    /// Per open list or table: whether its lead-in sentence cites.
    lead_ins: Vec<bool>,
    /// The cells of the table row being read.
    row: Vec<Spliced>,
    in_table_head: bool,
    in_heading: bool,
    /// How many list items are open around the current text.
    items_open: usize,
    /// Inside a link to another page of the site: its text is that page's title, navigation
    /// rather than a claim of this sentence.
    in_site_link: bool,
}

impl Walk<'_> {
    fn event(&mut self, event: &Event<'_>, range: &Range<usize>) {
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(*tag),
            Event::Html(html) if html.contains(NO_CLAIM_MARKER) => self.skip_next_block = true,
            Event::Text(text) | Event::Code(text) => self.text(text, range),
            Event::SoftBreak | Event::HardBreak => self.text(" ", range),
            _ => {}
        }
    }

    fn skipping(&self) -> bool {
        self.skip_depth.is_some() || self.in_heading || self.in_site_link
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
        );
        if let Tag::List(_) | Tag::Table(_) = tag {
            // The text of a tight list item is the lead-in of a list nested in it.
            self.close_unit(self.depth + 1);
            let lead_in = self
                .last_block
                .take()
                .is_some_and(|b| b.depth == self.depth + 1 && b.cites_at_end);
            let outer = self.lead_ins.last().copied().unwrap_or(false);
            self.lead_ins.push(lead_in || outer);
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
            Tag::Heading { .. } => self.in_heading = true,
            Tag::Link { dest_url, .. } if dest_url.starts_with(crate::markdown::links::PREFIX) => {
                self.in_site_link = true;
            }
            // A tight list item has its text without a paragraph around it.
            Tag::Paragraph => self.open_unit(),
            Tag::Item => {
                self.items_open += 1;
                self.open_unit();
            }
            Tag::TableHead => self.in_table_head = true,
            Tag::TableRow => self.row.clear(),
            Tag::TableCell => self.row.push(Spliced::default()),
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Heading(_) => self.in_heading = false,
            TagEnd::Link => self.in_site_link = false,
            TagEnd::Paragraph => self.close_unit(self.depth),
            TagEnd::Item => {
                self.close_unit(self.depth);
                self.items_open -= 1;
            }
            TagEnd::List(_) | TagEnd::Table => {
                self.lead_ins.pop();
            }
            TagEnd::TableHead => {
                self.in_table_head = false;
                self.row.clear();
            }
            TagEnd::TableRow => self.close_row(),
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
        if let Some(cell) = self.row.last_mut() {
            cell.push(text, range.clone(), self.file);
        } else if let Some(unit) = &mut self.current {
            unit.text.push(text, range.clone(), self.file);
        }
    }

    fn open_unit(&mut self) {
        // Text of a tight item before its first paragraph is a unit of its own.
        self.close_unit(self.depth);
        let covered_from_outside = self.lead_ins.last().copied().unwrap_or(false);
        let kind = if self.items_open > 0 {
            UnitKind::ListItem
        } else {
            UnitKind::Sentence
        };
        self.current = Some(Unit {
            text: Spliced::default(),
            kind,
            covered_from_outside,
        });
    }

    /// Judges the unit being collected; `depth` is the level of the blocks it can be the
    /// lead-in of.
    fn close_unit(&mut self, depth: usize) {
        let Some(unit) = self.current.take() else {
            return;
        };
        if unit.text.is_empty() {
            return;
        }
        let cites_at_end = self.judge(&unit.text, unit.kind, unit.covered_from_outside);
        self.last_block = Some(LastBlock {
            depth,
            cites_at_end,
        });
    }

    fn close_row(&mut self) {
        let row = std::mem::take(&mut self.row);
        if self.in_table_head || self.skipping() {
            return;
        }
        let row_cites = row.iter().any(|cell| !cell.citations().is_empty());
        let covered = row_cites || self.lead_ins.last().copied().unwrap_or(false);
        for cell in &row {
            self.judge(cell, UnitKind::TableCell, covered);
        }
    }

    /// Judges each sentence of `text`; reports the uncovered claims. Returns whether the last
    /// sentence has a citation (so it can cover a list or table after it).
    fn judge(&mut self, text: &Spliced, kind: UnitKind, covered_from_outside: bool) -> bool {
        let cited: Vec<Range<usize>> = text.citations().into_iter().map(|c| c.range).collect();
        let sentences = sentences::split(&text.text, &self.lexicon.abbreviations);
        let cites = |s: &Range<usize>| cited.iter().any(|c| c.start < s.end && s.start < c.end);
        let last_cites = sentences.last().is_some_and(cites);
        for (i, sentence) in sentences.iter().enumerate() {
            let covered = covered_from_outside || sentences[i..].iter().any(cites);
            if covered {
                continue;
            }
            let plain = &text.text[sentence.clone()];
            if self.lexicon.is_claim(plain, kind) {
                self.found.push(UncitedClaim {
                    range: text.source_range(sentence.clone()),
                    text: plain.to_string(),
                });
            }
        }
        last_cites
    }
}

#[cfg(test)]
mod tests;
