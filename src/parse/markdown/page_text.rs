//! The text a reader sees in an article's rendered body, as search indexes it: headings apart
//! from the rest, and without what is not the article's own words (citation numbers, the list
//! of sources, footnote back-links, "source needed" markers, the theme's hidden labels).

use std::cell::RefCell;
use std::rc::Rc;

use lol_html::html_content::{Element, TextChunk};
use lol_html::{RewriteStrSettings, doc_text, element, rewrite_str};

/// Elements whose text is not searched.
const LEFT_OUT: &str = "sup.citation, sup.footnote-ref, sup.source-needed, section.references, \
     td.comparison-sources, a.footnote-backref, a.citation-backref, p.callout-title, \
     h2.visually-hidden, script, style, template";

/// Elements whose text weighs as a heading (FAQ questions are `<h3>` too).
const HEADINGS: &str = "h1, h2, h3, h4, h5, h6";

/// Elements that start a new block of text: words never run on across their start. (Inline
/// elements do not separate, so `mag<em>nesium</em>` stays one word.) Only the start is
/// marked: in the HTML kennis writes, text that follows a block inside the same parent starts a
/// block of its own or a new line.
pub(super) const BLOCKS: &str = "p, li, dt, dd, td, th, caption, h1, h2, h3, h4, h5, h6, summary, \
     blockquote, pre, div, figcaption, br, hr, img";

/// An article body's text, split by how much it weighs.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct PageText {
    /// The text of its headings.
    pub headings: String,
    /// All other text.
    pub body: String,
}

#[derive(Default)]
struct State {
    left_out: usize,
    in_heading: usize,
    /// The current text node so far: lol_html may cut one into several chunks, and an entity
    /// such as `&amp;` can straddle two of them.
    pending: String,
    text: PageText,
}

impl State {
    fn separate(&mut self) {
        self.text.body.push(' ');
        self.text.headings.push(' ');
    }

    fn text_chunk(&mut self, chunk: &TextChunk<'_>) {
        if !chunk.last_in_text_node() {
            self.pending.push_str(chunk.as_str());
            return;
        }
        if self.pending.is_empty() {
            self.text_node(chunk.as_str());
        } else {
            let mut node = std::mem::take(&mut self.pending);
            node.push_str(chunk.as_str());
            self.text_node(&node);
        }
    }

    fn text_node(&mut self, raw: &str) {
        if self.left_out > 0 {
            return;
        }
        let decoded = htmlize::unescape(raw);
        let target = if self.in_heading > 0 {
            &mut self.text.headings
        } else {
            &mut self.text.body
        };
        target.push_str(&decoded);
    }
}

/// The searchable text of an article's body HTML. HTML that lol_html cannot read gives no
/// text rather than an error: the page itself was written from the same HTML.
pub fn page_text(html: &str) -> PageText {
    let state = Rc::new(RefCell::new(State::default()));
    let counted = |counter: fn(&mut State) -> &mut usize| {
        let state = state.clone();
        move |el: &mut Element<'_, '_>| {
            let Some(handlers) = el.end_tag_handlers() else {
                return Ok(());
            };
            *counter(&mut state.borrow_mut()) += 1;
            let state = state.clone();
            handlers.push(Box::new(move |_| {
                let mut state = state.borrow_mut();
                let count = counter(&mut state);
                *count = count.saturating_sub(1);
                Ok(())
            }));
            Ok(())
        }
    };
    let separator = {
        let state = state.clone();
        move |_: &mut Element<'_, '_>| {
            state.borrow_mut().separate();
            Ok(())
        }
    };
    let text_state = state.clone();
    let settings = RewriteStrSettings::new()
        .append_element_content_handler(element!(BLOCKS, separator))
        .append_element_content_handler(element!(LEFT_OUT, counted(|s| &mut s.left_out)))
        .append_element_content_handler(element!(HEADINGS, counted(|s| &mut s.in_heading)))
        .append_document_content_handler(doc_text!(move |chunk| {
            text_state.borrow_mut().text_chunk(chunk);
            Ok(())
        }));
    if rewrite_str(html, settings).is_err() {
        return PageText::default();
    }
    let mut state = state.borrow_mut();
    std::mem::take(&mut state.text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> String {
        text.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn headings_apart_from_body_text() {
        let text = page_text(
            "<h2 id=\"a\">Slaap &amp; <em>stress</em></h2><p>Mag<em>nesium</em> helpt</p>\
             <ul><li>een</li><li>twee</li></ul><table><tr><td>drie</td><td>vier</td></tr></table>\
             <details><summary><h3>Helpt het?</h3></summary><p>Soms.</p></details>",
        );
        assert_eq!(words(&text.headings), "Slaap & stress Helpt het?");
        assert_eq!(
            words(&text.body),
            "Magnesium helpt een twee drie vier Soms."
        );
    }

    #[test]
    fn citations_sources_and_markers_are_left_out() {
        let text = page_text(concat!(
            "<p>Magnesium<sup class=\"citation\">[<a href=\"#ref-x\">1</a>]</sup> werkt",
            "<sup class=\"source-needed\" title=\"t\">[bron nodig]</sup>.</p>",
            "<section class=\"references\"><h2 id=\"bronnen\">Bronnen</h2><ol><li>Grober U. ",
            "<a class=\"citation-backref\" href=\"#cite-1\">↩</a></li></ol></section>",
            "<section class=\"footnotes\"><h2 class=\"visually-hidden\">Voetnoten</h2>",
            "<ol><li><p>Een noot <a class=\"footnote-backref\" href=\"#fnref:1\">↩</a></p></li></ol></section>",
            "<blockquote class=\"callout callout-tip\"><p class=\"callout-title\">Tip</p><p>Slaap goed.</p></blockquote>",
        ));
        assert_eq!(words(&text.body), "Magnesium werkt. Een noot Slaap goed.");
        assert_eq!(words(&text.headings), "");
    }

    #[test]
    fn entities_split_across_chunks_are_decoded() {
        let long = "x".repeat(5000);
        let text = page_text(&format!(
            "<p>{long} &eacute;&#233;&lt;b&gt; &quot;q&quot;</p>"
        ));
        assert!(
            text.body.ends_with(" éé<b> \"q\""),
            "{:?}",
            &text.body[5000..]
        );
    }
}
