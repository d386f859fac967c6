//! Recognising the structure of an article body in plain text: headings, paragraphs, lists,
//! tables, quotes, callouts and the FAQ.
//!
//! Scraped text comes in two styles: one block per line (no blank lines), or paragraphs
//! separated by blank lines, where consecutive lines belong to one paragraph. The parser notices
//! which one it has and reads paragraphs accordingly.

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;

use super::lines::Line;
use super::markers::{Markers, strip_prefix_ignore_case};
use super::report::{Report, quote};
use super::table;
use super::text::{ends_like_sentence, final_mark, pattern, sentences, word_count};

/// A structural element of the article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// A heading.
    Heading(Heading),
    /// A paragraph; its lines are kept as they were.
    Paragraph(String),
    /// A list; each item is a sequence of blocks.
    List {
        /// For a numbered list the number of its first item; `None` for bullets.
        start: Option<u64>,
        /// The items.
        items: Vec<Vec<Block>>,
    },
    /// A table with a header row.
    Table {
        /// Header cells.
        header: Vec<String>,
        /// Data rows, each as long as the header.
        rows: Vec<Vec<String>>,
    },
    /// A quoted sentence.
    Quote(String),
    /// The line under the title that introduces the article, written in italics.
    Subtitle(String),
    /// Markdown written already, with its inline markup (links, emphasis, images, citations):
    /// what the HTML importer makes of a paragraph. The text importer never makes one.
    Markdown(String),
    /// A GitHub alert.
    Callout {
        /// Which alert.
        kind: CalloutKind,
        /// A bold first line, e.g. "Dit zegt de wetenschapper".
        label: Option<String>,
        /// What it holds.
        blocks: Vec<Block>,
    },
}

/// The kinds of alert the importer writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CalloutKind {
    /// `> [!NOTE]`
    Note,
    /// `> [!TIP]`
    Tip,
}

/// A heading and what decides its level.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heading {
    /// 2 (`##`) or 3 (`###`); set once the whole body has been read.
    pub level: u8,
    /// The text, without a trailing colon.
    pub text: String,
    /// Line in the input.
    pub line: usize,
    /// What kind of heading it is.
    pub role: Role,
}

/// Why a line is a heading.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// An ordinary heading.
    Section,
    /// A heading the page repeated on the next line (seed 003 does this for its main sections).
    Repeated,
    /// The heading of the FAQ: `## … {#faq}`.
    Faq,
    /// A question in the FAQ: `### …?`.
    Question,
}

/// Reads the body lines into blocks.
pub fn parse(lines: &[Line], markers: &Markers, report: &mut Report) -> Vec<Block> {
    let blank_separated = is_blank_separated(lines);
    let mut parser = Parser {
        lines,
        pos: 0,
        markers,
        report,
        blank_separated,
        in_item: false,
        depth: 0,
        faq_seen: false,
    };
    let mut blocks = parser.blocks(lines.len());
    super::faq::from_trailing_questions(&mut blocks, markers, report);
    assign_levels(&mut blocks, report);
    blocks
}

/// True when blank lines separate paragraphs (at least one line of text in three comes after
/// a blank line), so that consecutive lines belong to one paragraph. Blank lines at the start or
/// end say nothing.
fn is_blank_separated(lines: &[Line]) -> bool {
    let mut text = 0;
    let mut after_blank = 0;
    let mut previous_blank = false;
    for line in lines {
        if line.is_blank() {
            previous_blank = text > 0;
        } else {
            text += 1;
            if previous_blank {
                after_blank += 1;
            }
            previous_blank = false;
        }
    }
    text > 0 && after_blank * 3 >= text
}

/// What a line looks like on its own.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Kind {
    Blank,
    /// A bullet with nothing after it: the item text is on the next line.
    BareMarker,
    Bullet(String),
    Numbered(u64, String),
    PipeRow,
    /// A row of a table copied with its cells apart by tabs ("Groep\tAdvies per dag").
    TabRow,
    Tip(String),
    ExpertLabel,
    Quote(String),
    Text,
}

const BULLETS: [char; 9] = ['-', '•', '–', '*', '✔', '✓', '✅', '·', '▪'];

/// A paragraph of this many short lines or more is likely a table copied one cell per line.
const MIN_CELLS_IN_A_ROW: usize = 6;

/// A table cell copied on its own line has at most this many words.
const MAX_CELL_WORDS: usize = 8;

/// A line indented this far is no heading (it continues something above it).
const DEEP_INDENT: usize = 4;
/// A heading has at most this many words …
const MAX_HEADING_WORDS: usize = 16;
/// … and characters.
const MAX_HEADING_CHARS: usize = 120;
/// A label heading ending in a colon ("Conclusie:") or an ellipsis has at most this many words.
const MAX_LABEL_HEADING_WORDS: usize = 3;
/// A numbered heading ("1. Wat is het") has at most this many words.
const MAX_NUMBERED_HEADING_WORDS: usize = 12;
/// The FAQ heading has at most this many words.
const MAX_FAQ_HEADING_WORDS: usize = 12;
/// A question in the FAQ has at most this many words.
const MAX_QUESTION_WORDS: usize = 25;
/// An item of a list without markers has at most this many words.
const MAX_UNMARKED_ITEM_WORDS: usize = 10;
/// Lists nested deeper than this are kept as text.
const MAX_LIST_DEPTH: usize = 8;
/// A line that might be a heading but for its full stop has this many words.
const FULL_STOP_HEADING_WORDS: std::ops::RangeInclusive<usize> = 3..=8;

static NUMBERED: LazyLock<Regex> = LazyLock::new(|| pattern(r"^(\d{1,9})[.)]\s+(\S.*)$"));

struct Parser<'a, 'r> {
    lines: &'a [Line],
    pos: usize,
    markers: &'a Markers,
    report: &'r mut Report,
    blank_separated: bool,
    /// Inside a list item: no headings, FAQ or tables.
    in_item: bool,
    /// How deep in lists the lines are.
    depth: usize,
    /// Whether the FAQ has been read (an article has one).
    faq_seen: bool,
}

impl Parser<'_, '_> {
    fn kind(&self, line: &Line) -> Kind {
        let text = line.text.as_str();
        if text.is_empty() {
            return Kind::Blank;
        }
        let mut chars = text.chars();
        let first = chars.next().unwrap_or(' ');
        if BULLETS.contains(&first) {
            let rest = chars.as_str();
            if rest.trim().is_empty() {
                return Kind::BareMarker;
            }
            if rest.starts_with(char::is_whitespace) {
                return Kind::Bullet(rest.trim().to_string());
            }
        }
        if let Some(captures) = NUMBERED.captures(text)
            && let Ok(number) = captures[1].parse()
        {
            return Kind::Numbered(number, captures[2].to_string());
        }
        if text.starts_with('|') && text.matches('|').count() >= 2 {
            return Kind::PipeRow;
        }
        if tab_cells(text).len() >= 2 {
            return Kind::TabRow;
        }
        for prefix in &self.markers.tip {
            if let Some(rest) = strip_prefix_ignore_case(text, prefix) {
                return Kind::Tip(rest.trim().to_string());
            }
        }
        let label = text.trim_end_matches(':').trim();
        if self
            .markers
            .expert_note
            .iter()
            .any(|l| l.eq_ignore_ascii_case(label))
        {
            return Kind::ExpertLabel;
        }
        if let Some(inner) = quoted(text) {
            return Kind::Quote(inner.to_string());
        }
        Kind::Text
    }

    fn next_nonblank(&self, from: usize, end: usize) -> Option<usize> {
        (from..end).find(|&i| !self.lines[i].is_blank())
    }

    fn prev_nonblank(&self, before: usize) -> Option<usize> {
        (0..before).rev().find(|&i| !self.lines[i].is_blank())
    }

    fn blocks(&mut self, end: usize) -> Vec<Block> {
        let mut out = Vec::new();
        while self.pos < end {
            if self.lines[self.pos].is_blank() {
                self.pos += 1;
                continue;
            }
            let before = self.pos;
            out.extend(self.block(end));
            // Every block consumes at least one line.
            if self.pos == before {
                self.pos += 1;
            }
        }
        out
    }

    fn block(&mut self, end: usize) -> Vec<Block> {
        let line = &self.lines[self.pos];
        match self.kind(line) {
            Kind::Blank => {
                self.pos += 1;
                Vec::new()
            }
            Kind::PipeRow | Kind::TabRow => self.copied_table(end),
            Kind::BareMarker | Kind::Bullet(_) => self.bullet_list(end).into_iter().collect(),
            Kind::Numbered(..) if !self.in_item && self.is_numbered_heading(self.pos, end) => {
                vec![self.heading(end)]
            }
            Kind::Numbered(..) => vec![self.numbered_list(end)],
            Kind::Tip(text) => self.tip(text, end).into_iter().collect(),
            Kind::ExpertLabel => self.expert_note(end).into_iter().collect(),
            Kind::Quote(inner) => {
                self.report.recognised(line.number, "quotation: blockquote");
                self.pos += 1;
                vec![Block::Quote(inner)]
            }
            Kind::Text => self.text_block(end),
        }
    }

    fn text_block(&mut self, end: usize) -> Vec<Block> {
        let pos = self.pos;
        if !self.in_item {
            if self.is_faq_heading(pos) {
                if !self.faq_seen {
                    return self.faq(end);
                }
                self.report.review(
                    self.lines[pos].number,
                    "a second FAQ heading: only the first is marked as the FAQ",
                );
            }
            if let Some(blocks) = self.cells_one_per_line(end) {
                return blocks;
            }
            match table::flattened(&self.lines[pos..end], &self.markers.abbreviations) {
                Some(table::Found::Table {
                    header,
                    rows,
                    lines,
                    notes,
                }) => {
                    let number = self.lines[pos].number;
                    self.report.recognised(
                        number,
                        format!(
                            "table flattened into text: {} columns, {}",
                            header.len(),
                            rows_count(rows.len())
                        ),
                    );
                    self.report.review(
                        number,
                        "the columns of this table were inferred: check each cell against the \
                         source",
                    );
                    for (offset, note) in notes {
                        self.report.review(self.lines[pos + offset].number, note);
                    }
                    self.pos += lines;
                    return vec![Block::Table { header, rows }];
                }
                Some(table::Found::Unclear { reason }) => {
                    self.report.review(
                        self.lines[pos].number,
                        format!(
                            "looks like a table flattened into text, but its columns could not \
                             be worked out ({reason}): its lines are read as ordinary text"
                        ),
                    );
                }
                None => {}
            }
            // "Magnesiumrijke voeding:" over short lines is a list's lead-in, not a heading.
            let lead_in = final_mark(&self.lines[pos].text) == Some(':')
                && self.count_unmarked_items(pos + 1, end) >= 2;
            if !lead_in && self.is_heading(pos, end) {
                return vec![self.heading(end)];
            }
            if self.is_heading_but_for_its_full_stop(pos, end) {
                self.report.review(
                    self.lines[pos].number,
                    format!(
                        "possible heading {}: it ends in a full stop, so it is kept as text",
                        quote(&self.lines[pos].text)
                    ),
                );
            }
        }
        let text = self.paragraph(end);
        let lead_in = final_mark(&text) == Some(':');
        let mut out = vec![Block::Paragraph(text)];
        if lead_in && let Some(list) = self.unmarked_items(end) {
            out.push(list);
        }
        out
    }

    /// A heading: a short single sentence without closing punctuation that introduces body
    /// text. A question counts, and so does a label of a few words ending in a colon
    /// ("Conclusie:") that introduces a paragraph. A line starting with a lower-case letter
    /// continues a sentence. In text whose paragraphs are separated by blank lines a heading
    /// stands apart: a blank line or a list follows it (or the page's copy of it).
    fn is_heading(&self, pos: usize, end: usize) -> bool {
        let line = &self.lines[pos];
        let text = line.text.as_str();
        let words = word_count(text);
        if line.indent >= DEEP_INDENT
            || words == 0
            || words > MAX_HEADING_WORDS
            || text.chars().count() > MAX_HEADING_CHARS
            || text.starts_with(char::is_lowercase)
            || sentences(text, &self.markers.abbreviations).len() > 1
            || self.kind(line) != Kind::Text
        {
            return false;
        }
        let Some(next) = self.next_nonblank(pos + 1, end) else {
            return false;
        };
        let next_line = &self.lines[next];
        let next_is_text = self.kind(next_line) == Kind::Text;
        if self.blank_separated
            && next == pos + 1
            && next_is_text
            && next_line.text != text
            && self.is_wrapped_paragraph_line(pos, next)
        {
            return false;
        }
        match final_mark(text) {
            Some('?') => true,
            Some(':') => words <= MAX_LABEL_HEADING_WORDS && next_is_text,
            Some('…') => words <= MAX_LABEL_HEADING_WORDS,
            Some('.') if text.ends_with("...") => words <= MAX_LABEL_HEADING_WORDS,
            Some('.' | '!' | ';' | ',') => false,
            _ => true,
        }
    }

    /// In text whose paragraphs are separated by blank lines, whether the short line at `pos`
    /// is part of a hard-wrapped paragraph that goes on at `next` (the line right under it):
    /// the paragraph started above it, or it goes on in mid-sentence (a lower-case letter).
    /// A short line that opens a block and is followed by a longer, whole sentence is a heading
    /// with no blank line after it, as text copied from a web page often has; a row of a
    /// flattened table (cells apart by tabs) is none.
    fn is_wrapped_paragraph_line(&self, pos: usize, next: usize) -> bool {
        let text = &self.lines[pos].text;
        let after_text = pos > 0 && !self.lines[pos - 1].is_blank();
        let next_text = self.lines[next].text.trim_start();
        let opens_a_sentence = next_text.starts_with(char::is_uppercase)
            && ends_like_sentence(next_text)
            && next_text.chars().count() > text.chars().count();
        after_text || text.contains('\t') || !opens_a_sentence
    }

    /// A line that would be a heading if it did not end in a full stop ("De link tussen
    /// magnesium en slaap."): a phrase of a few words over a longer paragraph.
    fn is_heading_but_for_its_full_stop(&self, pos: usize, end: usize) -> bool {
        let line = &self.lines[pos];
        let text = line.text.as_str();
        if final_mark(text) != Some('.')
            || text.ends_with("..")
            || !FULL_STOP_HEADING_WORDS.contains(&word_count(text))
            || text.contains(',')
            || text.chars().any(|c| c.is_ascii_digit())
            || text.starts_with(char::is_lowercase)
            || sentences(text, &self.markers.abbreviations).len() > 1
        {
            return false;
        }
        let after_lead_in = self
            .prev_nonblank(pos)
            .is_some_and(|p| final_mark(&self.lines[p].text) == Some(':'));
        let next = self.next_nonblank(pos + 1, end).map(|n| &self.lines[n]);
        !after_lead_in
            && next.is_some_and(|next| {
                self.kind(next) == Kind::Text
                    && 2 * next.text.chars().count() > 3 * text.chars().count()
            })
    }

    /// A numbered line that heads a part of the text rather than starting a list: short, no
    /// indented continuation, followed by ordinary text.
    fn is_numbered_heading(&self, pos: usize, end: usize) -> bool {
        let line = &self.lines[pos];
        let Kind::Numbered(_, text) = self.kind(line) else {
            return false;
        };
        if line.indent > 1
            || word_count(&text) > MAX_NUMBERED_HEADING_WORDS
            || ends_like_sentence(&text) && final_mark(&text) != Some('?')
        {
            return false;
        }
        self.next_nonblank(pos + 1, end).is_some_and(|next| {
            let next_line = &self.lines[next];
            next_line.indent <= line.indent && self.kind(next_line) == Kind::Text
        })
    }

    /// A heading that opens the FAQ: one of its usual names, or a heading that speaks of
    /// questions ("Your questions answered") with a question under it.
    fn is_faq_heading(&self, pos: usize) -> bool {
        let text = self.lines[pos].text.as_str();
        let named = || {
            self.markers
                .faq
                .iter()
                .any(|marker| strip_prefix_ignore_case(text, marker).is_some())
        };
        let over_questions = || {
            self.markers.speaks_of_questions(text)
                && self
                    .next_nonblank(pos + 1, self.lines.len())
                    .is_some_and(|next| self.is_question(&self.lines[next].text))
        };
        word_count(text) <= MAX_FAQ_HEADING_WORDS
            && !matches!(final_mark(text), Some('.' | '!' | '?' | ';' | ','))
            && (named() || over_questions())
    }

    /// A question of an FAQ: alone on its line, or with its answer after it.
    fn is_question(&self, text: &str) -> bool {
        self.is_question_alone(text) || split_question(text, &self.markers.abbreviations).is_some()
    }

    /// A question of an FAQ alone on its line, the answer under it.
    fn is_question_alone(&self, text: &str) -> bool {
        sentences(text, &self.markers.abbreviations).len() == 1
            && final_mark(text) == Some('?')
            && word_count(text) <= MAX_QUESTION_WORDS
    }

    /// Reads a heading; a copy of it on the next non-blank line is dropped.
    fn heading(&mut self, end: usize) -> Block {
        let line = &self.lines[self.pos];
        // "Conclusie:" loses its colon.
        let text = line.text.trim_end_matches(':').trim().to_string();
        let number = line.number;
        self.pos += 1;
        let mut role = Role::Section;
        if let Some(next) = self.next_nonblank(self.pos, end)
            && self.lines[next].text == line.text
        {
            self.report.dropped(
                self.lines[next].number,
                format!("repeated heading {}", quote(&text)),
            );
            self.pos = next + 1;
            role = Role::Repeated;
        }
        Block::Heading(Heading {
            level: 2,
            text,
            line: number,
            role,
        })
    }

    /// A paragraph: one line, or in blank-separated text all lines of text up to the next blank
    /// line (a short line in there is a hard-wrapped part of the paragraph, not a heading).
    fn paragraph(&mut self, end: usize) -> String {
        let mut text = self.lines[self.pos].text.clone();
        self.pos += 1;
        if self.blank_separated {
            while self.pos < end {
                let line = &self.lines[self.pos];
                if self.kind(line) != Kind::Text {
                    break;
                }
                text.push('\n');
                text.push_str(&line.text);
                self.pos += 1;
            }
        }
        text
    }

    /// A run of short lines with nothing between them ("Groep" / "Advies" / "Kinderen" /
    /// "10 microgram" …) is most likely a table copied one cell per line: rebuilt as a table
    /// when its columns can be told (see [`table::one_cell_per_line`]), else kept as one block
    /// of text (not a heading per line); either way reported.
    fn cells_one_per_line(&mut self, end: usize) -> Option<Vec<Block>> {
        let cell_like = |line: &Line| {
            self.kind(line) == Kind::Text
                && word_count(&line.text) <= MAX_CELL_WORDS
                && !ends_like_sentence(&line.text)
        };
        let run = self.lines[self.pos..end]
            .iter()
            .take_while(|line| cell_like(line))
            .count();
        if run < MIN_CELLS_IN_A_ROW {
            return None;
        }
        let lines = &self.lines[self.pos..self.pos + run];
        let text: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
        let table = table::one_cell_per_line(&text);
        // The table's heading may stand right above its first cell.
        if table.is_none() && table::one_cell_per_line(&text[1..]).is_some() {
            let heading = self.heading(end);
            let mut blocks = vec![heading];
            blocks.extend(self.cells_one_per_line(end)?);
            return Some(blocks);
        }
        let number = lines[0].number;
        self.pos += run;
        if let Some((header, rows)) = table {
            self.report.review(
                number,
                format!(
                    "{run} short lines in a row read as a table copied one cell per line: \
                     rebuilt with {} columns and {} rows; check the columns",
                    header.len(),
                    rows.len()
                ),
            );
            return Some(vec![Block::Table { header, rows }]);
        }
        self.report.review(
            number,
            format!(
                "{run} short lines in a row: a table copied one cell per line? Rebuild it as a \
                 table (| cell | cell |), or make it a list"
            ),
        );
        Some(vec![Block::Paragraph(text.join("\n"))])
    }

    /// How many short lines without markers follow from `from`: the items of a list whose
    /// lead-in ends in a colon ("Magnesiumrijke voeding:" / "Avocado" / "Noten en zaden").
    fn count_unmarked_items(&self, from: usize, end: usize) -> usize {
        (from..end)
            .take_while(|&i| {
                let line = &self.lines[i];
                let text = line.text.as_str();
                // Items are short phrases, not sentences: "Avocado", "Noten en zaden".
                self.kind(line) == Kind::Text
                    && word_count(text) <= MAX_UNMARKED_ITEM_WORDS
                    && !ends_like_sentence(text)
            })
            .count()
    }

    /// After a lead-in ending in a colon: two or more short lines without markers are a list.
    fn unmarked_items(&mut self, end: usize) -> Option<Block> {
        let count = self.count_unmarked_items(self.pos, end);
        if count < 2 {
            return None;
        }
        let items = self.lines[self.pos..self.pos + count]
            .iter()
            .map(|line| vec![Block::Paragraph(line.text.clone())])
            .collect();
        self.report.recognised(
            self.lines[self.pos].number,
            format!("list without bullets after a lead-in: {count} items"),
        );
        self.pos += count;
        Some(Block::List { start: None, items })
    }

    /// A bulleted list; `None` when its only bullets have no text.
    fn bullet_list(&mut self, end: usize) -> Option<Block> {
        let first = &self.lines[self.pos];
        let (number, list_indent) = (first.number, first.indent);
        let mut items = Vec::new();
        while self.pos < end {
            let line = &self.lines[self.pos];
            match self.kind(line) {
                Kind::BareMarker => {
                    let Some(next) = self.next_nonblank(self.pos + 1, end) else {
                        self.report
                            .review(line.number, "a bullet without text: left out");
                        self.pos += 1;
                        break;
                    };
                    if self.kind(&self.lines[next]) != Kind::Text {
                        self.report
                            .review(line.number, "a bullet without text: left out");
                        self.pos += 1;
                    } else {
                        items.push(vec![Block::Paragraph(self.lines[next].text.clone())]);
                        self.pos = next + 1;
                    }
                }
                Kind::Bullet(text) if line.indent <= list_indent + 1 => {
                    let item_indent = line.indent;
                    self.pos += 1;
                    let mut item = vec![Block::Paragraph(text)];
                    let continuation_end = self.continuation_end(item_indent, end);
                    item.extend(self.nested(self.pos, continuation_end));
                    self.pos = continuation_end;
                    items.push(item);
                }
                _ => break,
            }
            // A list interrupted by blank lines goes on with the next item.
            match self.next_nonblank(self.pos, end) {
                Some(next)
                    if matches!(
                        self.kind(&self.lines[next]),
                        Kind::Bullet(_) | Kind::BareMarker
                    ) && self.lines[next].indent <= list_indent + 1 =>
                {
                    self.pos = next;
                }
                _ => break,
            }
        }
        if items.is_empty() {
            return None;
        }
        self.report.recognised(
            number,
            format!("bulleted list: {}", items_count(items.len())),
        );
        Some(Block::List { start: None, items })
    }

    fn numbered_list(&mut self, end: usize) -> Block {
        let first = &self.lines[self.pos];
        let (number, base) = (first.number, first.indent);
        let start = match self.kind(first) {
            Kind::Numbered(n, _) => n,
            _ => 1,
        };
        let mut items = Vec::new();
        while self.pos < end {
            let line = &self.lines[self.pos];
            let Kind::Numbered(_, text) = self.kind(line) else {
                break;
            };
            self.pos += 1;
            let mut item = vec![Block::Paragraph(text)];
            let continuation_end = self.continuation_end(line.indent, end);
            item.extend(self.nested(self.pos, continuation_end));
            self.pos = continuation_end;
            items.push(item);
            match self.next_nonblank(self.pos, end) {
                Some(next)
                    if matches!(self.kind(&self.lines[next]), Kind::Numbered(..))
                        && self.lines[next].indent.abs_diff(base) <= 1 =>
                {
                    self.pos = next;
                }
                _ => break,
            }
        }
        self.report.recognised(
            number,
            format!("numbered list: {}", items_count(items.len())),
        );
        Block::List {
            start: Some(start),
            items,
        }
    }

    /// Where the lines indented deeper than an item (its continuation) end.
    fn continuation_end(&self, item_indent: usize, end: usize) -> usize {
        let mut i = self.pos;
        let mut last = self.pos;
        while i < end {
            let line = &self.lines[i];
            if line.is_blank() {
                i += 1;
                continue;
            }
            if line.indent <= item_indent {
                break;
            }
            i += 1;
            last = i;
        }
        last
    }

    /// The blocks of a list item's continuation lines, read with their common indent removed.
    fn nested(&mut self, from: usize, to: usize) -> Vec<Block> {
        if from >= to {
            return Vec::new();
        }
        let lines = &self.lines[from..to];
        if self.depth >= MAX_LIST_DEPTH {
            self.report.review(
                lines[0].number,
                format!(
                    "lists nested more than {MAX_LIST_DEPTH} deep: the deeper lines are kept as text"
                ),
            );
            let text: Vec<&str> = lines
                .iter()
                .filter(|l| !l.is_blank())
                .map(|l| l.text.as_str())
                .collect();
            return vec![Block::Paragraph(text.join("\n"))];
        }
        let dedent = lines
            .iter()
            .filter(|l| !l.is_blank())
            .map(|l| l.indent)
            .min()
            .unwrap_or(0);
        let shifted: Vec<Line> = lines
            .iter()
            .map(|l| Line {
                indent: l.indent.saturating_sub(dedent),
                ..l.clone()
            })
            .collect();
        let mut parser = Parser {
            lines: &shifted,
            pos: 0,
            markers: self.markers,
            report: self.report,
            blank_separated: self.blank_separated,
            in_item: true,
            depth: self.depth + 1,
            faq_seen: self.faq_seen,
        };
        parser.blocks(shifted.len())
    }

    /// Rows of `| a | b |` cells; the first is the header. A separator row (`|---|---|`) is
    /// left out. Rows shorter than the longest are filled up, and the report says so.
    /// A table copied as text: rows of `|` cells, or of cells apart by tabs, one per line (the
    /// first row is the header; a `|---|` separator is left out).
    fn copied_table(&mut self, end: usize) -> Vec<Block> {
        let start = self.pos;
        let number = self.lines[start].number;
        let kind = self.kind(&self.lines[start]);
        let mut rows: Vec<(usize, Vec<String>)> = Vec::new();
        while self.pos < end && self.kind(&self.lines[self.pos]) == kind {
            let line = &self.lines[self.pos];
            let text = line.text.trim();
            let cells = if kind == Kind::TabRow {
                tab_cells(text)
            } else {
                let inner = text.strip_prefix('|').unwrap_or(text);
                let inner = inner.strip_suffix('|').unwrap_or(inner);
                inner.split('|').map(|c| c.trim().to_string()).collect()
            };
            let separator = cells
                .iter()
                .all(|c| !c.is_empty() && c.chars().all(|ch| matches!(ch, '-' | ':' | ' ')));
            if !separator {
                rows.push((line.number, cells));
            }
            self.pos += 1;
        }
        // One line with tabs in it is text with odd spacing, not a table.
        if kind == Kind::TabRow && rows.len() < 2 {
            let text: Vec<String> = self.lines[start..self.pos]
                .iter()
                .map(|l| l.text.replace('\t', " "))
                .collect();
            return vec![Block::Paragraph(text.join("\n"))];
        }
        if rows.is_empty() {
            self.report.review(
                number,
                "table lines without any cells (only separators): kept as text",
            );
            let text: Vec<&str> = self.lines[start..self.pos]
                .iter()
                .map(|l| l.text.as_str())
                .collect();
            return vec![Block::Paragraph(text.join("\n"))];
        }
        let columns = rows.iter().map(|(_, cells)| cells.len()).max().unwrap_or(0);
        for (line, row) in &mut rows {
            if row.len() < columns {
                self.report.review(
                    *line,
                    format!(
                        "table row with {} of {columns} cells: filled up with empty cells",
                        row.len()
                    ),
                );
                row.resize(columns, String::new());
            }
        }
        let mut rows: Vec<Vec<String>> = rows.into_iter().map(|(_, cells)| cells).collect();
        let header = rows.remove(0);
        self.report.recognised(
            number,
            format!("table: {columns} columns, {}", rows_count(rows.len())),
        );
        vec![Block::Table { header, rows }]
    }

    /// "[TIP] Tip: …": a TIP callout. A tip label alone takes the text on the next line.
    fn tip(&mut self, text: String, end: usize) -> Option<Block> {
        let number = self.lines[self.pos].number;
        self.pos += 1;
        let text = if text.is_empty() {
            match self.next_nonblank(self.pos, end) {
                Some(next) if self.kind(&self.lines[next]) == Kind::Text => {
                    self.pos = next + 1;
                    self.lines[next].text.clone()
                }
                _ => {
                    self.report
                        .review(number, "a tip label without a tip: left out");
                    return None;
                }
            }
        } else {
            text
        };
        self.report.recognised(number, "tip: TIP callout");
        Some(Block::Callout {
            kind: CalloutKind::Tip,
            label: None,
            blocks: vec![Block::Paragraph(text)],
        })
    }

    /// "Dit zegt de wetenschapper": a NOTE callout around what follows, up to the next heading
    /// or tip.
    fn expert_note(&mut self, end: usize) -> Option<Block> {
        let line = &self.lines[self.pos];
        let number = line.number;
        let label = line.text.trim_end_matches(':').trim().to_string();
        self.pos += 1;
        let note_end = (self.pos..end)
            .find(|&i| {
                let line = &self.lines[i];
                !line.is_blank()
                    && (matches!(self.kind(line), Kind::ExpertLabel | Kind::Tip(_))
                        || (!self.in_item && (self.is_heading(i, end) || self.is_faq_heading(i))))
            })
            .unwrap_or(end);
        let blocks = self.blocks(note_end);
        if blocks.is_empty() {
            self.report.review(
                number,
                format!("expert note {} without text: left out", quote(&label)),
            );
            return None;
        }
        self.report.recognised(
            number,
            format!(
                "expert note {}: NOTE callout up to the next heading",
                quote(&label)
            ),
        );
        Some(Block::Callout {
            kind: CalloutKind::Note,
            label: Some(label),
            blocks,
        })
    }

    /// The FAQ: its heading, then questions and their answers, up to the next heading that is
    /// not a question. The first question sets the style: alone on its line with the answer
    /// below, or followed by the answer on the same line. The line after a question always
    /// belongs to its answer.
    fn faq(&mut self, end: usize) -> Vec<Block> {
        let line = &self.lines[self.pos];
        let mut blocks = vec![Block::Heading(Heading {
            level: 2,
            text: line.text.trim_end_matches(':').trim().to_string(),
            line: line.number,
            role: Role::Faq,
        })];
        let faq_line = line.number;
        self.faq_seen = true;
        self.pos += 1;
        let mut questions = 0;
        let mut inline_style = None;
        let mut after_question = false;
        while let Some(next) = self.next_nonblank(self.pos, end) {
            self.pos = next;
            let line = &self.lines[next];
            let is_text = self.kind(line) == Kind::Text;
            if is_text && after_question {
                after_question = false;
                let answer = self.paragraph(end);
                blocks.push(Block::Paragraph(answer));
                continue;
            }
            if is_text {
                let text = line.text.as_str();
                let alone = self.is_question_alone(text);
                let split = split_question(text, &self.markers.abbreviations);
                if alone || split.is_some() {
                    inline_style.get_or_insert(!alone);
                }
                let inline = inline_style == Some(true);
                if alone {
                    blocks.push(question(text, line.number));
                    questions += 1;
                    self.pos += 1;
                    after_question = true;
                    continue;
                }
                if inline && let Some((asked, answer)) = split {
                    blocks.push(question(asked, line.number));
                    blocks.push(Block::Paragraph(answer.to_string()));
                    questions += 1;
                    self.pos += 1;
                    continue;
                }
                if self.is_heading(next, end) || self.is_faq_heading(next) {
                    break;
                }
            }
            // Anything else belongs to the answer being read.
            after_question = false;
            blocks.extend(self.block(end));
        }
        let noun = if questions == 1 {
            "question"
        } else {
            "questions"
        };
        self.report
            .recognised(faq_line, format!("FAQ with {questions} {noun}"));
        blocks
    }
}

/// "1 item", "3 items".
fn items_count(n: usize) -> String {
    if n == 1 {
        "1 item".to_string()
    } else {
        format!("{n} items")
    }
}

/// "1 row", "3 rows".
fn rows_count(n: usize) -> String {
    if n == 1 {
        "1 row".to_string()
    } else {
        format!("{n} rows")
    }
}

fn question(text: &str, line: usize) -> Block {
    Block::Heading(Heading {
        level: 3,
        text: text.to_string(),
        line,
        role: Role::Question,
    })
}

/// "Waarom …? Magnesium is …": a question and its answer on one line. The answer must not
/// start with another question.
fn split_question<'t>(text: &'t str, abbreviations: &[String]) -> Option<(&'t str, &'t str)> {
    let parts = sentences(text, abbreviations);
    let asked = *parts.first()?;
    if !asked.ends_with('?') || parts.len() < 2 || parts[1].ends_with('?') {
        return None;
    }
    let answer = text[asked.len()..].trim();
    Some((asked, answer))
}

/// The text inside quotation marks, when a whole line is one quotation.
fn quoted(text: &str) -> Option<&str> {
    let inner = text
        .strip_prefix(['“', '"', '„'])?
        .strip_suffix(['”', '"'])?
        .trim();
    let has_inner_quotes = inner.contains(['“', '”', '"']);
    (!inner.is_empty() && !has_inner_quotes).then_some(inner)
}

/// The cells of a row copied with tabs between them: one cell per run of tabs, trimmed.
fn tab_cells(text: &str) -> Vec<String> {
    text.split('\t')
        .map(str::trim)
        .filter(|cell| !cell.is_empty())
        .map(str::to_string)
        .collect()
}

/// Sets heading levels once the whole body is known. Where the page repeated its main headings
/// (a sign of two heading levels), those are `##` and the others below them `###`. Otherwise
/// headings are `##`, except a run of headings that each head only a list (the magnesium forms
/// of seed 000), which are `###`. The FAQ is `##`, its questions `###`.
fn assign_levels(blocks: &mut [Block], report: &mut Report) {
    let any_repeated = blocks
        .iter()
        .any(|b| matches!(b, Block::Heading(h) if h.role == Role::Repeated));
    let mut below_main = false;
    for block in blocks.iter_mut() {
        if let Block::Heading(h) = block {
            h.level = match h.role {
                Role::Faq => {
                    below_main = false;
                    2
                }
                Role::Question => 3,
                Role::Repeated => {
                    below_main = true;
                    2
                }
                Role::Section if any_repeated && below_main => 3,
                Role::Section => 2,
            };
        }
    }
    if !any_repeated {
        for (start, len) in list_runs(blocks) {
            for block in &mut blocks[start..start + len] {
                if let Block::Heading(h) = block {
                    h.level = 3;
                }
            }
        }
    }
    let mut first_line_of: HashMap<String, usize> = HashMap::new();
    for block in blocks.iter() {
        if let Block::Heading(h) = block {
            let hashes = "#".repeat(h.level as usize);
            report.recognised(h.line, format!("heading ({hashes}) {}", quote(&h.text)));
            // "Conclusie" twice: often one of them concludes only a part of the article.
            if let Some(first) = first_line_of.insert(h.text.to_lowercase(), h.line) {
                report.review(
                    h.line,
                    format!(
                        "heading {} also at line {first}: check whether one of them belongs \
                         under another heading",
                        quote(&h.text)
                    ),
                );
            }
        }
    }
}

/// Runs of two or more section headings, each followed by exactly one list, after a `##`
/// heading: as (first block index, number of blocks).
fn list_runs(blocks: &[Block]) -> Vec<(usize, usize)> {
    let heads_a_list = |i: usize| {
        matches!(&blocks[i], Block::Heading(h) if h.role == Role::Section)
            && matches!(blocks.get(i + 1), Some(Block::List { .. }))
            && matches!(blocks.get(i + 2), None | Some(Block::Heading(_)))
    };
    let mut runs = Vec::new();
    let mut i = 0;
    while i < blocks.len() {
        let mut j = i;
        while j < blocks.len() && heads_a_list(j) {
            j += 2;
        }
        let headings = (j - i) / 2;
        let after_section_heading = blocks[..i]
            .iter()
            .rev()
            .find_map(|b| match b {
                Block::Heading(h) => Some(h.role == Role::Section),
                _ => None,
            })
            .unwrap_or(false);
        if headings >= 2 && after_section_heading {
            runs.push((i, j - i));
            i = j;
        } else {
            i += 1;
        }
    }
    runs
}
