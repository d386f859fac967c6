//! The text a reader sees in raw HTML that an editor wrote into Markdown (`<p>…</p>`,
//! `<details>`, `<div>`), cut into blocks the way the page shows it, with the place of every
//! piece in the source file: a claim there is judged and reported like one in Markdown.

use std::cell::RefCell;
use std::ops::Range;
use std::rc::Rc;

use lol_html::html_content::{Element, TextType};
use lol_html::{RewriteStrSettings, doc_text, element, rewrite_str};

use super::spliced::Spliced;

/// Elements that start and end a block of text.
const BLOCKS: &str = "p, div, li, td, th, dt, dd, caption, h1, h2, h3, h4, h5, h6, summary, \
     details, blockquote, section, article, aside, header, footer, main, nav, figure, figcaption, \
     ul, ol, dl, table, tr, form, fieldset, address";

/// Elements whose text is not prose: code, and what browsers never show as text.
const NOT_PROSE: &str = "pre, code, script, style, template, svg, math";

/// What a block of HTML text is on the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HtmlRole {
    /// Running text (a paragraph, a div, a `<details>` answer).
    Paragraph,
    /// A list item.
    ListItem,
    /// A data cell of a table.
    TableCell,
    /// Text in a `<details>` after its `<summary>`: the answer to the question it shows.
    Answer,
    /// A heading, a table header cell, a `<summary>` or a caption: never a claim, but what
    /// comes after it is read with it in mind.
    Heading,
}

impl HtmlRole {
    fn of(tag: &str) -> Option<HtmlRole> {
        Some(match tag {
            "li" | "dd" => HtmlRole::ListItem,
            "td" => HtmlRole::TableCell,
            "th" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "summary" | "caption" | "dt" => {
                HtmlRole::Heading
            }
            "p" | "div" | "blockquote" | "figcaption" | "address" => HtmlRole::Paragraph,
            _ => return None,
        })
    }
}

/// One block of text of raw HTML.
#[derive(Debug, Clone)]
pub struct HtmlBlock {
    /// What the block is.
    pub role: HtmlRole,
    /// Its text, entities decoded, with the way back to the file.
    pub text: Spliced,
}

/// What the parser saw, in document order.
enum Mark {
    /// A block element opened: its tag name.
    Open(String),
    /// A block element closed.
    Close,
    /// Text not inside code or scripts: its raw markup and its byte range in the HTML.
    Text(String, Range<usize>),
    /// Entering (+1) or leaving (-1) an element whose text is not prose.
    NotProse(i32),
}

/// The blocks of text in `html`, the joined raw HTML events of a Markdown document with the
/// way back to the file (`file` is the whole file's text).
pub fn blocks(html: &Spliced, file: &str) -> Vec<HtmlBlock> {
    let marks = Rc::new(RefCell::new(Vec::new()));
    let on_block = {
        let marks = marks.clone();
        move |el: &mut Element<'_, '_>| {
            marks.borrow_mut().push(Mark::Open(el.tag_name()));
            if let Some(handlers) = el.end_tag_handlers() {
                let marks = marks.clone();
                handlers.push(Box::new(move |_| {
                    marks.borrow_mut().push(Mark::Close);
                    Ok(())
                }));
            }
            Ok(())
        }
    };
    let on_not_prose = {
        let marks = marks.clone();
        move |el: &mut Element<'_, '_>| {
            if let Some(handlers) = el.end_tag_handlers() {
                marks.borrow_mut().push(Mark::NotProse(1));
                let marks = marks.clone();
                handlers.push(Box::new(move |_| {
                    marks.borrow_mut().push(Mark::NotProse(-1));
                    Ok(())
                }));
            }
            Ok(())
        }
    };
    let on_text = {
        let marks = marks.clone();
        // A text node may come in several chunks; an entity can straddle two of them.
        let mut pending: Option<(String, Range<usize>)> = None;
        move |chunk: &mut lol_html::html_content::TextChunk<'_>| {
            if chunk.text_type() != TextType::Data {
                return Ok(());
            }
            let place = chunk.source_location().bytes();
            let node = pending.get_or_insert_with(|| (String::new(), place.start..place.start));
            node.0.push_str(chunk.as_str());
            node.1.end = place.end;
            if chunk.last_in_text_node()
                && let Some((raw, range)) = pending.take()
            {
                marks.borrow_mut().push(Mark::Text(raw, range));
            }
            Ok(())
        }
    };
    let settings = RewriteStrSettings::new()
        .append_element_content_handler(element!(BLOCKS, on_block))
        .append_element_content_handler(element!(NOT_PROSE, on_not_prose))
        .append_document_content_handler(doc_text!(on_text));
    if rewrite_str(&html.text, settings).is_err() {
        // lol_html refuses only input it cannot hold; judge the whole text rather than none.
        return vec![HtmlBlock {
            role: HtmlRole::Paragraph,
            text: html.clone(),
        }];
    }
    let marks = std::mem::take(&mut *marks.borrow_mut());
    fold(marks, html, file)
}

/// An open block element while folding.
struct Open {
    tag: String,
    /// For a `<details>`: its `<summary>` has ended, so what follows answers it.
    answered: bool,
}

/// Gathers the marks into blocks: every opening or closing of a block element ends the text
/// before it.
fn fold(marks: Vec<Mark>, html: &Spliced, file: &str) -> Vec<HtmlBlock> {
    let mut found = Vec::new();
    let mut open: Vec<Open> = Vec::new();
    let mut not_prose = 0;
    let mut current = Spliced::default();
    let mut finish = |current: &mut Spliced, open: &[Open]| {
        let text = std::mem::take(current);
        if text.text.trim().is_empty() {
            return;
        }
        let inner = open.iter().rev().find_map(|o| HtmlRole::of(&o.tag));
        let answers = open.iter().any(|o| o.answered);
        let role = match inner {
            None | Some(HtmlRole::Paragraph) if answers => HtmlRole::Answer,
            Some(role) => role,
            None => HtmlRole::Paragraph,
        };
        found.push(HtmlBlock { role, text });
    };
    for mark in marks {
        match mark {
            Mark::Open(tag) => {
                finish(&mut current, &open);
                open.push(Open {
                    tag,
                    answered: false,
                });
            }
            Mark::Close => {
                finish(&mut current, &open);
                if open.pop().is_some_and(|o| o.tag == "summary")
                    && let Some(details) = open.last_mut().filter(|o| o.tag == "details")
                {
                    details.answered = true;
                }
            }
            Mark::NotProse(step) => not_prose += step,
            Mark::Text(raw, range) if not_prose <= 0 => {
                push_decoded(&mut current, &raw, range.start, html, file);
            }
            Mark::Text(..) => {}
        }
    }
    finish(&mut current, &open);
    found
}

/// Appends raw HTML text that starts at byte `start` of `html.text`, decoding its entities.
/// Plain stretches keep their exact place in the file; an entity maps to its own place.
fn push_decoded(out: &mut Spliced, raw: &str, start: usize, html: &Spliced, file: &str) {
    let mut at = 0;
    while at < raw.len() {
        let entity_end = raw[at..]
            .strip_prefix('&')
            .and_then(|rest| rest.find(';').filter(|&end| end <= 32))
            .map(|end| at + 1 + end + 1);
        let end = match entity_end {
            Some(end) => end,
            None => raw[at + 1..].find('&').map_or(raw.len(), |i| at + 1 + i),
        };
        let piece = &raw[at..end];
        let source = html.source_range(start + at..start + end);
        if entity_end.is_some() {
            out.push(&htmlize::unescape(piece), source, file);
        } else {
            out.push(piece, source, file);
        }
        at = end;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blocks_of(file: &str) -> Vec<(HtmlRole, String, String)> {
        let mut html = Spliced::default();
        html.push(file, 0..file.len(), file);
        blocks(&html, file)
            .into_iter()
            .map(|b| {
                let range = b.text.source_range(0..b.text.text.len());
                (b.role, b.text.text.clone(), file[range].to_string())
            })
            .collect()
    }

    #[test]
    fn blocks_roles_and_places() {
        let found = blocks_of(
            "<details><summary>Helpt het?</summary><p>Ja, bij <em>de meeste</em> mensen.</p>\
             </details><ul><li>Minder krampen</li></ul><table><tr><th>Vorm</th><td>Citraat</td></tr>\
             </table><pre>code verlaagt niets</pre><script>var x = 1;</script>",
        );
        let roles: Vec<_> = found.iter().map(|(r, t, _)| (*r, t.as_str())).collect();
        assert_eq!(
            roles,
            [
                (HtmlRole::Heading, "Helpt het?"),
                (HtmlRole::Answer, "Ja, bij de meeste mensen."),
                (HtmlRole::ListItem, "Minder krampen"),
                (HtmlRole::Heading, "Vorm"),
                (HtmlRole::TableCell, "Citraat"),
            ]
        );
        // The paragraph's place spans its inline markup.
        assert_eq!(found[1].2, "Ja, bij <em>de meeste</em> mensen.");
    }

    #[test]
    fn entities_are_decoded_and_keep_their_places() {
        let file = "<p>Zink &amp; ijzer verlagen &eacute;&eacute;n risico.</p>";
        let found = blocks_of(file);
        assert_eq!(found[0].1, "Zink & ijzer verlagen één risico.");
        let mut html = Spliced::default();
        html.push(file, 0..file.len(), file);
        let block = &blocks(&html, file)[0];
        let at = block.text.text.find("verlagen").unwrap_or_default();
        assert_eq!(
            &file[block.text.source_offset(at)..][..8],
            "verlagen",
            "text after an entity maps to its exact place"
        );
    }
}
