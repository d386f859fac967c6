//! Recognising the structure of an article body in plain text: headings, paragraphs, lists,
//! tables, quotes, callouts and the FAQ.
//!
//! Scraped text comes in two styles: one block per line (no blank lines), or paragraphs
//! separated by blank lines, where consecutive lines belong to one paragraph. The parser notices
//! which one it has and reads paragraphs accordingly.

use std::sync::LazyLock;

use regex::Regex;

use super::lines::Line;
use super::markers::{Markers, strip_prefix_ignore_case};
use super::report::{Report, quote};
use super::table;
use super::text::{ends_like_sentence, final_mark, sentences, word_count};

/// A structural element of the article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// A heading.
    Heading(Heading),
    /// A paragraph; its lines are kept as they were.
    Paragraph(String),
    /// A list; each item is a sequence of blocks.
    List {
        /// Numbered (`1.`) rather than bulleted.
        ordered: bool,
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
    };
    let mut blocks = parser.blocks(lines.len());
    assign_levels(&mut blocks, report);
    blocks
}

/// True when blank lines separate paragraphs (at least one blank for every three lines of
/// text), so that consecutive lines belong to one paragraph.
fn is_blank_separated(lines: &[Line]) -> bool {
    let blank = lines.iter().filter(|l| l.is_blank()).count();
    let text = lines.len() - blank;
    text > 0 && blank * 3 >= text
}

/// What a line looks like on its own.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Kind {
    Blank,
    /// A bullet with nothing after it: the item text is on the next line.
    BareMarker,
    Bullet(String),
    Numbered(String),
    PipeRow,
    Tip(String),
    ExpertLabel,
    Quote(String),
    Text,
}

const BULLETS: [char; 9] = ['-', '•', '–', '*', '✔', '✓', '✅', '·', '▪'];

static NUMBERED: LazyLock<Regex> = LazyLock::new(|| {
    // A hard-coded pattern that is known to compile.
    Regex::new(r"^(\d{1,3})[.)]\s+(\S.*)$").unwrap_or_else(|_| unreachable!())
});

struct Parser<'a, 'r> {
    lines: &'a [Line],
    pos: usize,
    markers: &'a Markers,
    report: &'r mut Report,
    blank_separated: bool,
    /// Inside a list item: no headings, FAQ or tables.
    in_item: bool,
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
        if let Some(captures) = NUMBERED.captures(text) {
            return Kind::Numbered(captures[2].to_string());
        }
        if text.starts_with('|') && text.matches('|').count() >= 2 {
            return Kind::PipeRow;
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
            Kind::PipeRow => vec![self.pipe_table(end)],
            Kind::BareMarker | Kind::Bullet(_) => vec![self.bullet_list(end)],
            Kind::Numbered(_) if !self.in_item && self.is_numbered_heading(self.pos, end) => {
                vec![self.heading(end)]
            }
            Kind::Numbered(_) => vec![self.numbered_list(end)],
            Kind::Tip(text) => {
                self.report.recognised(line.number, "tip: TIP callout");
                self.pos += 1;
                vec![Block::Callout {
                    kind: CalloutKind::Tip,
                    label: None,
                    blocks: vec![Block::Paragraph(text)],
                }]
            }
            Kind::ExpertLabel => vec![self.expert_note(end)],
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
                return self.faq(end);
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
                            "table flattened into text: {} columns, {} rows",
                            header.len(),
                            rows.len()
                        ),
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
                        format!("looks like a table flattened into text, kept as text: {reason}"),
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
    /// text. A question counts; so does a label of up to three words ending in a colon
    /// ("Conclusie:") that introduces a paragraph, and a phrase of three to eight words ending in
    /// a full stop that introduces a paragraph half as long again ("De link tussen magnesium en
    /// slaap.").
    fn is_heading(&self, pos: usize, end: usize) -> bool {
        let line = &self.lines[pos];
        let text = line.text.as_str();
        let words = word_count(text);
        if line.indent >= 4
            || words == 0
            || words > 16
            || text.chars().count() > 120
            || sentences(text, &self.markers.abbreviations).len() > 1
            || self.kind(line) != Kind::Text
        {
            return false;
        }
        let Some(next) = self.next_nonblank(pos + 1, end) else {
            return false;
        };
        let next_line = &self.lines[next];
        let next_kind = self.kind(next_line);
        if next_kind == Kind::Blank {
            return false;
        }
        let next_is_text = next_kind == Kind::Text;
        match final_mark(text) {
            Some('?') => true,
            Some(':') => words <= 3 && next_is_text,
            Some('…') => words <= 3,
            Some('.') if text.ends_with("...") => words <= 3,
            Some('.') => {
                let after_lead_in = self
                    .prev_nonblank(pos)
                    .is_some_and(|p| final_mark(&self.lines[p].text) == Some(':'));
                (3..=8).contains(&words)
                    && !text.contains(',')
                    && !text.chars().any(|c| c.is_ascii_digit())
                    && next_is_text
                    && 2 * next_line.text.chars().count() > 3 * text.chars().count()
                    && !after_lead_in
            }
            Some('!' | ';' | ',') => false,
            _ => true,
        }
    }

    /// A numbered line that heads a part of the text rather than starting a list: short, no
    /// indented continuation, followed by ordinary text.
    fn is_numbered_heading(&self, pos: usize, end: usize) -> bool {
        let line = &self.lines[pos];
        let Kind::Numbered(text) = self.kind(line) else {
            return false;
        };
        if line.indent > 1
            || word_count(&text) > 12
            || ends_like_sentence(&text) && final_mark(&text) != Some('?')
        {
            return false;
        }
        self.next_nonblank(pos + 1, end).is_some_and(|next| {
            let next_line = &self.lines[next];
            next_line.indent <= line.indent && self.kind(next_line) == Kind::Text
        })
    }

    fn is_faq_heading(&self, pos: usize) -> bool {
        let text = self.lines[pos].text.as_str();
        word_count(text) <= 12
            && !matches!(final_mark(text), Some('.' | '!' | '?' | ';' | ','))
            && self
                .markers
                .faq
                .iter()
                .any(|marker| strip_prefix_ignore_case(text, marker).is_some())
    }

    /// Reads a heading; a copy of it on the next non-blank line is dropped.
    fn heading(&mut self, end: usize) -> Block {
        let line = &self.lines[self.pos];
        // "Conclusie:" and "De link tussen magnesium en slaap." lose their colon or full stop.
        let mut text = line.text.trim_end_matches(':').trim().to_string();
        if text.ends_with('.') && !text.ends_with("..") {
            text.pop();
        }
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

    /// A paragraph: one line, or in blank-separated text all lines up to the next blank line.
    fn paragraph(&mut self, end: usize) -> String {
        let mut text = self.lines[self.pos].text.clone();
        self.pos += 1;
        if self.blank_separated {
            while self.pos < end {
                let line = &self.lines[self.pos];
                let stop = self.kind(line) != Kind::Text
                    || (!self.in_item
                        && (self.is_heading(self.pos, end) || self.is_faq_heading(self.pos)));
                if stop {
                    break;
                }
                text.push('\n');
                text.push_str(&line.text);
                self.pos += 1;
            }
        }
        text
    }

    /// How many short lines without markers follow from `from`: the items of a list whose
    /// lead-in ends in a colon ("Magnesiumrijke voeding:" / "Avocado" / "Noten en zaden").
    fn count_unmarked_items(&self, from: usize, end: usize) -> usize {
        (from..end)
            .take_while(|&i| {
                let line = &self.lines[i];
                let text = line.text.as_str();
                // Items are short phrases, not sentences: "Avocado", "Noten en zaden".
                self.kind(line) == Kind::Text && word_count(text) <= 10 && !ends_like_sentence(text)
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
        Some(Block::List {
            ordered: false,
            items,
        })
    }

    fn bullet_list(&mut self, end: usize) -> Block {
        let first = &self.lines[self.pos];
        let (number, list_indent) = (first.number, first.indent);
        let mut items = Vec::new();
        while self.pos < end {
            let line = &self.lines[self.pos];
            match self.kind(line) {
                Kind::BareMarker => {
                    let Some(next) = self.next_nonblank(self.pos + 1, end) else {
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
        self.report
            .recognised(number, format!("bulleted list: {} items", items.len()));
        Block::List {
            ordered: false,
            items,
        }
    }

    fn numbered_list(&mut self, end: usize) -> Block {
        let first = &self.lines[self.pos];
        let (number, base) = (first.number, first.indent);
        let mut items = Vec::new();
        while self.pos < end {
            let line = &self.lines[self.pos];
            let Kind::Numbered(text) = self.kind(line) else {
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
                    if matches!(self.kind(&self.lines[next]), Kind::Numbered(_))
                        && self.lines[next].indent.abs_diff(base) <= 1 =>
                {
                    self.pos = next;
                }
                _ => break,
            }
        }
        self.report
            .recognised(number, format!("numbered list: {} items", items.len()));
        Block::List {
            ordered: true,
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
        };
        parser.blocks(shifted.len())
    }

    fn pipe_table(&mut self, end: usize) -> Block {
        let number = self.lines[self.pos].number;
        let mut rows: Vec<Vec<String>> = Vec::new();
        while self.pos < end && self.kind(&self.lines[self.pos]) == Kind::PipeRow {
            let text = self.lines[self.pos].text.trim();
            let inner = text.strip_prefix('|').unwrap_or(text);
            let inner = inner.strip_suffix('|').unwrap_or(inner);
            let cells: Vec<String> = inner.split('|').map(|c| c.trim().to_string()).collect();
            let separator = cells
                .iter()
                .all(|c| !c.is_empty() && c.chars().all(|ch| matches!(ch, '-' | ':' | ' ')));
            if !separator {
                rows.push(cells);
            }
            self.pos += 1;
        }
        let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
        for row in &mut rows {
            row.resize(columns, String::new());
        }
        let header = if rows.is_empty() {
            Vec::new()
        } else {
            rows.remove(0)
        };
        self.report.recognised(
            number,
            format!("table: {columns} columns, {} rows", rows.len()),
        );
        Block::Table { header, rows }
    }

    /// "Dit zegt de wetenschapper": a NOTE callout around what follows, up to the next heading.
    fn expert_note(&mut self, end: usize) -> Block {
        let line = &self.lines[self.pos];
        let label = line.text.trim_end_matches(':').trim().to_string();
        self.report.recognised(
            line.number,
            format!(
                "expert note {}: NOTE callout up to the next heading",
                quote(&label)
            ),
        );
        self.pos += 1;
        let note_end = (self.pos..end)
            .find(|&i| {
                let line = &self.lines[i];
                !line.is_blank()
                    && (self.kind(line) == Kind::ExpertLabel
                        || (!self.in_item && (self.is_heading(i, end) || self.is_faq_heading(i))))
            })
            .unwrap_or(end);
        let blocks = self.blocks(note_end);
        Block::Callout {
            kind: CalloutKind::Note,
            label: Some(label),
            blocks,
        }
    }

    /// The FAQ: its heading, then questions (alone on a line, or followed by the answer on the
    /// same line) and answers, up to the next heading that is not a question.
    fn faq(&mut self, end: usize) -> Vec<Block> {
        let line = &self.lines[self.pos];
        let mut blocks = vec![Block::Heading(Heading {
            level: 2,
            text: line.text.trim_end_matches(':').trim().to_string(),
            line: line.number,
            role: Role::Faq,
        })];
        let faq_line = line.number;
        self.pos += 1;
        let mut questions = 0;
        while let Some(next) = self.next_nonblank(self.pos, end) {
            self.pos = next;
            let line = &self.lines[next];
            if self.kind(line) == Kind::Text {
                let text = line.text.as_str();
                let single = sentences(text, &self.markers.abbreviations).len() == 1;
                if single && final_mark(text) == Some('?') && word_count(text) <= 25 {
                    blocks.push(question(text, line.number));
                    questions += 1;
                    self.pos += 1;
                    continue;
                }
                if let Some((asked, answer)) = split_question(text, &self.markers.abbreviations) {
                    blocks.push(question(asked, line.number));
                    blocks.push(Block::Paragraph(answer.to_string()));
                    questions += 1;
                    self.pos += 1;
                    continue;
                }
                // A heading ends the FAQ; a short answer ending in a full stop does not.
                let heading = self.is_heading(next, end) && final_mark(text) != Some('.');
                if heading || self.is_faq_heading(next) {
                    break;
                }
            }
            // Anything else belongs to the answer being read.
            blocks.extend(self.block(end));
        }
        self.report
            .recognised(faq_line, format!("FAQ with {questions} questions"));
        blocks
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
    for block in blocks.iter() {
        if let Block::Heading(h) = block {
            let hashes = "#".repeat(h.level as usize);
            report.recognised(h.line, format!("heading ({hashes}) {}", quote(&h.text)));
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
