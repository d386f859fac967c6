//! The text search indexes, gathered from the same events the body's HTML is written from,
//! so the finished HTML is never read again. It is the text [`page_text`] finds in the body's
//! HTML: headings apart from the rest, words never running on across the start of a block, and
//! none of what kennis adds itself (citation numbers, footnote marks, "source needed" markers,
//! callout titles, the lists of sources and footnote back-links).

use pulldown_cmark::{Event, Tag, TagEnd};

use super::page_text::{BLOCKS, PageText, page_text};

/// Gathers the searchable text of a body's events.
#[derive(Debug, Default)]
pub struct SearchText {
    text: PageText,
    in_heading: usize,
    in_image: usize,
    /// The HTML of an HTML block so far: its lines come as separate events, and an element
    /// (a `<script>`, a `<details>`) may span several of them.
    html_block: Option<String>,
}

impl SearchText {
    /// Adds the text of `events`, the body (or a footnote) as it will be written.
    /// `kennis_html` holds the indexes of the HTML events kennis made itself, which are not read.
    pub fn add(&mut self, events: &[Event<'_>], kennis_html: &[usize]) {
        let mut ours = kennis_html.iter().copied().peekable();
        for (i, event) in events.iter().enumerate() {
            let is_ours = ours.peek() == Some(&i);
            if is_ours {
                ours.next();
            }
            match event {
                Event::Start(tag) => self.start(tag),
                Event::End(tag) => self.end(*tag),
                Event::Text(text) | Event::Code(text) => self.push(text),
                Event::SoftBreak => self.push("\n"),
                Event::HardBreak | Event::Rule => self.separate(),
                Event::Html(html) | Event::InlineHtml(html) if !is_ours => self.html(html),
                _ => {}
            }
        }
    }

    /// The text gathered.
    pub fn finish(self) -> PageText {
        self.text
    }

    fn start(&mut self, tag: &Tag<'_>) {
        match tag {
            Tag::Heading { .. } => {
                self.separate();
                self.in_heading += 1;
            }
            Tag::Image { .. } => {
                // Its alt text is an attribute: no text of the page.
                self.separate();
                self.in_image += 1;
            }
            Tag::HtmlBlock => {
                self.separate();
                self.html_block = Some(String::new());
            }
            Tag::Paragraph
            | Tag::Item
            | Tag::TableCell
            | Tag::BlockQuote(_)
            | Tag::CodeBlock(_)
            | Tag::DefinitionListTitle
            | Tag::DefinitionListDefinition => self.separate(),
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Heading(_) => self.in_heading = self.in_heading.saturating_sub(1),
            TagEnd::Image => self.in_image = self.in_image.saturating_sub(1),
            TagEnd::HtmlBlock => {
                if let Some(html) = self.html_block.take() {
                    self.fragment(&html);
                }
            }
            _ => {}
        }
    }

    fn separate(&mut self) {
        self.text.body.push(' ');
        self.text.headings.push(' ');
    }

    fn push(&mut self, text: &str) {
        if self.in_image > 0 {
            return;
        }
        if self.in_heading > 0 {
            self.text.headings.push_str(text);
        } else {
            self.text.body.push_str(text);
        }
    }

    fn html(&mut self, html: &str) {
        match &mut self.html_block {
            Some(block) => block.push_str(html),
            None => self.fragment(html),
        }
    }

    /// The text of a piece of HTML. Most pieces an editor writes inline are one tag without
    /// text (`<em>`, `</span>`), which needs no HTML parser.
    fn fragment(&mut self, html: &str) {
        // kennis's own markers between FAQ answers (removed before the HTML is written).
        if html.starts_with('\u{1}') {
            return;
        }
        let trimmed = html.trim();
        if let Some(tag) = single_tag(trimmed) {
            // The same elements start a block as for the reading of whole pages.
            if BLOCKS.split(',').any(|block| block.trim() == tag) {
                self.separate();
            }
            return;
        }
        let found = page_text(html);
        if self.in_heading > 0 {
            // Inline HTML inside a Markdown heading: its text is heading text.
            self.text.headings.push_str(&found.headings);
            self.text.headings.push_str(&found.body);
        } else {
            self.text.headings.push_str(&found.headings);
            self.text.body.push_str(&found.body);
        }
    }
}

/// The lower-case name of the element `html` opens, when `html` is one start tag and nothing
/// else (`<br>`, `<em class="x">`); `Some("")` for one end tag or comment, which starts nothing.
fn single_tag(html: &str) -> Option<String> {
    let inner = html.strip_prefix('<')?.strip_suffix('>')?;
    if inner.contains(['<', '>']) {
        return None;
    }
    if inner.starts_with(['/', '!', '?']) {
        return Some(String::new());
    }
    let name: String = inner
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect();
    Some(name.to_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn single_tags_need_no_parser() {
        assert_eq!(single_tag("<br>").as_deref(), Some("br"));
        assert_eq!(single_tag("<IMG src=\"x.png\">").as_deref(), Some("img"));
        assert_eq!(single_tag("</em>").as_deref(), Some(""));
        assert_eq!(single_tag("<!-- kennis:no-claim -->").as_deref(), Some(""));
        assert_eq!(single_tag("<b>vet</b>"), None);
        assert_eq!(single_tag("tekst"), None);
    }
}
