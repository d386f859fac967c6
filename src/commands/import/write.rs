//! Writing an imported article: TOML front matter and Markdown that reads as if written by hand.
//!
//! Text from the input is escaped where Markdown would otherwise read it as syntax (a `*`, a
//! line starting with `1.` or `#`, square brackets that could later read as citations), and bare
//! web addresses become `<…>` links.

use std::fmt::Write as _;

use serde::Serialize;

use super::body::{Block, CalloutKind, Heading, Role};
use super::text::urls;
use crate::load::content::front_matter::Date;
use crate::load::content::reference::Reference;

/// The front matter fields the importer writes.
#[derive(Debug, Clone)]
pub struct FrontMatter {
    /// Title.
    pub title: String,
    /// Summary.
    pub description: String,
    /// Publication date.
    pub date: Date,
    /// The date of the last change, when the source gives one after `date`.
    pub updated: Option<Date>,
    /// URL slug.
    pub slug: String,
    /// Authors' names (none when the input does not say).
    pub authors: Vec<String>,
    /// Topics.
    pub tags: Vec<String>,
    /// Whether the article is a draft (not published until this is removed).
    pub draft: bool,
    /// The parsed reference list.
    pub references: Vec<Reference>,
}

#[derive(Serialize)]
struct References<'a> {
    references: &'a [Reference],
}

/// The whole file: front matter, then the body.
pub fn article(front: &FrontMatter, blocks: &[Block]) -> String {
    let mut out = String::from("+++\n");
    let _ = writeln!(out, "title = {}", toml_string(&front.title));
    let _ = writeln!(out, "description = {}", toml_string(&front.description));
    let _ = writeln!(out, "date = {}", front.date);
    if let Some(updated) = front.updated.filter(|u| *u > front.date) {
        let _ = writeln!(out, "updated = {updated}");
    }
    let _ = writeln!(out, "slug = {}", toml_string(&front.slug));
    if !front.authors.is_empty() {
        let _ = writeln!(out, "authors = {}", toml_list(&front.authors));
    }
    if !front.tags.is_empty() {
        let _ = writeln!(out, "tags = {}", toml_list(&front.tags));
    }
    if front.draft {
        out.push_str("draft = true\n");
    }
    out.push_str(&references_part(&front.references));
    out.push_str("+++\n");
    let body: Vec<String> = blocks.iter().map(block).collect();
    if !body.is_empty() {
        out.push('\n');
        out.push_str(&body.join("\n\n"));
        out.push('\n');
    }
    out
}

/// The `[[references]]` part of the front matter, after a blank line; empty without references.
fn references_part(references: &[Reference]) -> String {
    if references.is_empty() {
        return String::new();
    }
    // Serializing plain strings, numbers and lists into TOML cannot fail.
    let table = toml::to_string(&References { references }).unwrap_or_default();
    format!("\n{table}")
}

/// The `[[references]]` written in `markdown`, an article [`article`] wrote: the TOML from
/// their header to the end of the front matter (they are written last), and where it starts
/// and ends. `None` when the article has none.
pub fn written_references(markdown: &str) -> Option<(std::ops::Range<usize>, &str)> {
    const HEADER: &str = "\n\n[[references]]\n";
    let front_end = markdown.strip_prefix("+++\n")?.find("\n+++\n")? + "+++\n".len() + 1;
    // The fields before the references are one line each, so the first header is theirs.
    let start = markdown[..front_end].find(HEADER)? + 1;
    let range = start..front_end;
    Some((range.clone(), &markdown[range]))
}

/// Where the body of `markdown`, an article [`article`] wrote, starts: after the front matter
/// (0 when it has none).
pub fn written_body_start(markdown: &str) -> usize {
    markdown
        .strip_prefix("+++\n")
        .and_then(|rest| rest.find("\n+++\n"))
        .map_or(0, |end| end + 2 * "+++\n".len() + 1)
}

/// `markdown`, an article [`article`] wrote, with `references` in place of its
/// `[[references]]` (none: the part is left out).
pub fn with_references(markdown: &str, references: &[Reference]) -> String {
    let part = references_part(references);
    match written_references(markdown) {
        Some((range, _)) => format!(
            "{}{part}{}",
            &markdown[..range.start],
            &markdown[range.end..]
        ),
        None => match markdown
            .strip_prefix("+++\n")
            .and_then(|rest| rest.find("\n+++\n"))
        {
            Some(end) => {
                let at = end + "+++\n".len() + 1;
                format!("{}{part}{}", &markdown[..at], &markdown[at..])
            }
            None => markdown.to_string(),
        },
    }
}

fn toml_string(text: &str) -> String {
    toml::Value::String(text.to_string()).to_string()
}

fn toml_list(items: &[String]) -> String {
    let items: Vec<String> = items.iter().map(|i| toml_string(i)).collect();
    format!("[{}]", items.join(", "))
}

fn block(block: &Block) -> String {
    match block {
        Block::Heading(h) => heading(h),
        Block::Paragraph(text) => paragraph(text),
        Block::List { start, items } => list(*start, items),
        Block::Table { header, rows } => table(header, rows),
        Block::Quote(text) => prefixed(&paragraph(text), "> "),
        Block::Subtitle(text) => format!("_{}_", inline(text)),
        Block::Markdown(text) => text.clone(),
        Block::Callout {
            kind,
            label,
            blocks,
        } => {
            let name = match kind {
                CalloutKind::Note => "NOTE",
                CalloutKind::Tip => "TIP",
            };
            let mut parts = Vec::new();
            if let Some(label) = label {
                parts.push(format!("**{}**", inline(label)));
            }
            parts.extend(blocks.iter().map(self::block));
            format!("> [!{name}]\n{}", prefixed(&parts.join("\n\n"), "> "))
        }
    }
}

fn heading(h: &Heading) -> String {
    let hashes = "#".repeat(h.level as usize);
    // A trailing `{…}` would be read as heading attributes (a backslash does not stop that),
    // and a trailing `#` as a closing sequence.
    let mut text = inline(&h.text);
    if text.ends_with('}') {
        text.pop();
        text.push_str("&#125;");
    }
    if text.ends_with('#') {
        text.insert(text.len() - 1, '\\');
    }
    let anchor = if h.role == Role::Faq { " {#faq}" } else { "" };
    format!("{hashes} {text}{anchor}")
}

fn paragraph(text: &str) -> String {
    text.lines().map(line_text).collect::<Vec<_>>().join("\n")
}

/// A list; numbered from `start`, or bulleted when it has none.
fn list(start: Option<u64>, items: &[Vec<Block>]) -> String {
    // A list whose items are single paragraphs (each perhaps with lists under it, as HTML
    // writes nested lists) stays tight; otherwise items are separated.
    let tight = items
        .iter()
        .all(|item| item.iter().skip(1).all(|b| matches!(b, Block::List { .. })));
    let within = if tight { "\n" } else { "\n\n" };
    let rendered: Vec<String> = items
        .iter()
        .zip(0u64..)
        .map(|(item, i)| {
            let marker = match start {
                Some(start) => format!("{}. ", start.saturating_add(i)),
                None => "- ".to_string(),
            };
            let indent = " ".repeat(marker.len());
            let body = item.iter().map(block).collect::<Vec<_>>().join(within);
            let mut lines = body.lines();
            let mut out = format!("{marker}{}", lines.next().unwrap_or_default());
            for line in lines {
                out.push('\n');
                if !line.is_empty() {
                    out.push_str(&indent);
                    out.push_str(line);
                }
            }
            out
        })
        .collect();
    rendered.join(if tight { "\n" } else { "\n\n" })
}

fn table(header: &[String], rows: &[Vec<String>]) -> String {
    let header: Vec<String> = header.iter().map(|c| inline(c)).collect();
    let rows: Vec<Vec<String>> = rows
        .iter()
        .map(|r| r.iter().map(|c| inline(c)).collect())
        .collect();
    pipe_table(&header, &rows)
}

/// A pipe table of cells that are Markdown already (one line each, as the HTML importer makes
/// them). Every `|` in a cell is escaped, also in a link's address or a code span: GFM splits
/// the row at unescaped pipes before it reads a cell's inline markup.
pub fn pipe_table(header: &[String], rows: &[Vec<String>]) -> String {
    let row = |cells: &[String]| {
        let cells: Vec<String> = cells.iter().map(|c| c.replace('|', "\\|")).collect();
        format!("| {} |", cells.join(" | "))
    };
    let mut out = vec![
        row(header),
        format!("|{}|", vec!["---"; header.len()].join("|")),
    ];
    out.extend(rows.iter().map(|r| row(r)));
    out.join("\n")
}

fn prefixed(text: &str, prefix: &str) -> String {
    text.lines()
        .map(|l| {
            if l.is_empty() {
                prefix.trim_end().to_string()
            } else {
                format!("{prefix}{l}")
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// One line of running text, escaped, that cannot start a Markdown block.
fn line_text(text: &str) -> String {
    let escaped = inline(text);
    let block_start = escaped.starts_with(['#', '>', '-', '+', '=', '|'])
        || escaped
            .split_once(['.', ')'])
            .is_some_and(|(number, rest)| {
                !number.is_empty()
                    && number.len() <= 9
                    && number.chars().all(|c| c.is_ascii_digit())
                    && (rest.is_empty() || rest.starts_with(' '))
            });
    if block_start {
        // "1. Tekst" stays text: escape the character that makes it a list or heading.
        match escaped.find(['.', ')']) {
            Some(at) if escaped.starts_with(|c: char| c.is_ascii_digit()) => {
                format!("{}\\{}", &escaped[..at], &escaped[at..])
            }
            _ => format!("\\{escaped}"),
        }
    } else {
        escaped
    }
}

/// Running text with Markdown's inline syntax escaped and web addresses as `<…>` links. A link
/// glued to the word before it gets a space.
pub fn inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut last = 0;
    for url in urls(text) {
        out.push_str(&escape(&text[last..url.start]));
        if out.ends_with(|c: char| c.is_alphanumeric() || c == '.') {
            out.push(' ');
        }
        out.push('<');
        out.push_str(&text[url.clone()]);
        out.push('>');
        last = url.end;
    }
    out.push_str(&escape(&text[last..]));
    out
}

fn escape(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for (i, &c) in chars.iter().enumerate() {
        let escape = match c {
            '\\' | '*' | '`' | '[' | ']' | '<' | '~' => true,
            // "&amp;" in the text is those five characters, not an entity for "&".
            '&' => is_entity_like(&chars[i + 1..]),
            // Underscores inside a word never start emphasis; elsewhere they might.
            '_' => {
                let before = i.checked_sub(1).map(|j| chars[j]);
                let after = chars.get(i + 1).copied();
                !(before.is_some_and(char::is_alphanumeric)
                    && after.is_some_and(char::is_alphanumeric))
            }
            _ => false,
        };
        if escape {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// True when `rest` (what follows a `&`) would make it an HTML entity: "amp;", "#38;".
fn is_entity_like(rest: &[char]) -> bool {
    let name: Vec<char> = rest
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric() || **c == '#')
        .copied()
        .collect();
    !name.is_empty() && rest.get(name.len()) == Some(&';')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_are_replaced_in_a_written_article() {
        let reference = |id: &str| Reference {
            id: id.to_string(),
            url: Some(format!("https://example.org/{id}")),
            ..Reference::default()
        };
        let front = |references| FrontMatter {
            title: "T".into(),
            description: "D".into(),
            date: Date {
                year: 2025,
                month: 1,
                day: 2,
            },
            updated: None,
            slug: "t".into(),
            authors: Vec::new(),
            tags: vec!["magnesium".into()],
            draft: false,
            references,
        };
        let body = [Block::Paragraph("Tekst.".into())];
        let both = article(&front(vec![reference("a"), reference("b")]), &body);
        let only_b = article(&front(vec![reference("b")]), &body);
        let none = article(&front(Vec::new()), &body);
        assert_eq!(with_references(&both, &[reference("b")]), only_b);
        assert_eq!(with_references(&both, &[]), none);
        assert_eq!(with_references(&none, &[reference("b")]), only_b);
        let written = written_references(&only_b).map(|(_, text)| text);
        assert!(
            written.is_some_and(|text| text.starts_with("\n[[references]]\nid = \"b\"")),
            "{written:?}"
        );
        assert!(written_references(&none).is_none());
        assert_eq!(&none[written_body_start(&none)..], "\nTekst.\n");
    }

    #[test]
    fn running_text_cannot_become_syntax() {
        assert_eq!(line_text("1. Geen lijst"), "1\\. Geen lijst");
        assert_eq!(line_text("# geen kop"), "\\# geen kop");
        assert_eq!(line_text("- geen punt"), "\\- geen punt");
        assert_eq!(line_text("2025 was een jaar."), "2025 was een jaar.");
        assert_eq!(
            inline("Velden met * en [@sleutel] en a_b en _x_"),
            "Velden met \\* en \\[@sleutel\\] en a_b en \\_x\\_"
        );
        assert_eq!(inline("tekort <30 nmol/L"), "tekort \\<30 nmol/L");
        assert_eq!(inline("&amp; en & en &#38;"), "\\&amp; en & en \\&#38;");
    }

    #[test]
    fn web_addresses_become_links_and_glued_ones_are_separated() {
        assert_eq!(
            inline("zie https://example.org/a_b."),
            "zie <https://example.org/a_b>."
        );
        assert_eq!(
            inline("infohttps://example.org"),
            "info <https://example.org>"
        );
    }

    #[test]
    fn lists_tables_and_callouts() {
        let items = vec![
            vec![Block::Paragraph("een".into())],
            vec![
                Block::Paragraph("twee".into()),
                Block::Paragraph("meer".into()),
            ],
        ];
        assert_eq!(list(Some(1), &items), "1. een\n\n2. twee\n\n   meer");
        assert_eq!(list(Some(3), &items[..1]), "3. een");
        assert_eq!(list(None, &items[..1]), "- een");
        let nested = vec![
            vec![
                Block::Paragraph("een".into()),
                Block::List {
                    start: None,
                    items: vec![vec![Block::Paragraph("onder".into())]],
                },
            ],
            vec![Block::Paragraph("twee".into())],
        ];
        assert_eq!(list(None, &nested), "- een\n  - onder\n- twee");
        assert_eq!(
            table(&["a|b".into(), "c".into()], &[vec!["1".into(), "2".into()]]),
            "| a\\|b | c |\n|---|---|\n| 1 | 2 |"
        );
        let callout = Block::Callout {
            kind: CalloutKind::Note,
            label: Some("Dit zegt de wetenschapper".into()),
            blocks: vec![
                Block::Paragraph("Zin een.".into()),
                Block::Paragraph("Zin twee.".into()),
            ],
        };
        assert_eq!(
            block(&callout),
            "> [!NOTE]\n> **Dit zegt de wetenschapper**\n>\n> Zin een.\n>\n> Zin twee."
        );
    }
}
