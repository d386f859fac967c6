//! A WordPress post's content as WordPress stores it → the HTML WordPress shows, for the HTML
//! converter.
//!
//! WordPress stores what the editor typed and finishes it when it shows the post: the classic
//! editor's text has no `<p>` (paragraphs are separated by blank lines, and `wpautop` adds the
//! `<p>`s), and shortcodes (`[caption]`, `[gallery]`, a plugin's `[…]`) are filled in. This
//! module does the part of that which is the article's own: paragraphs, and `[caption]` as a
//! figure with its caption. Other shortcodes stay as text and are reported, as are the "read
//! more" and page break marks, which are dropped. The block editor's (Gutenberg's) content has
//! its `<p>`s already; its block comments (`<!-- wp:paragraph -->`) are left out.
//!
//! Report lines count in the content, from 1 at its first line.

use std::sync::LazyLock;

use regex::{Captures, Regex};

use crate::commands::import::report::{Report, quote};

/// The shortcodes of WordPress itself besides `[caption]`: reported even without attributes.
const CORE_SHORTCODES: [&str; 5] = ["gallery", "audio", "video", "embed", "playlist"];

/// Elements `wpautop` never wraps in a paragraph.
const BLOCK_TAGS: &str = "address|article|aside|blockquote|caption|dd|details|div|dl|dt|\
    fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|iframe|li|main|math|nav|ol|p|pre|\
    script|section|style|summary|svg|table|tbody|td|tfoot|th|thead|tr|ul";

static MORE: LazyLock<Regex> = LazyLock::new(|| regex(r"(?s)<!--\s*(more|nextpage)\b.*?-->"));
static BLOCK_COMMENT: LazyLock<Regex> = LazyLock::new(|| regex(r"(?s)<!--\s*/?wp:.*?-->"));
static SHORTCODE: LazyLock<Regex> =
    LazyLock::new(|| regex(r"\[(/?)([a-z][a-z0-9_-]*)((?:\s[^\[\]]*)?)\]"));
static CAPTION: LazyLock<Regex> =
    LazyLock::new(|| regex(r"(?s)\[(?:wp_)?caption\b([^\]]*)\](.*?)\[/(?:wp_)?caption\]"));
static CAPTION_MEDIA: LazyLock<Regex> =
    LazyLock::new(|| regex(r"(?is)^\s*((?:<a\b[^>]*>\s*)?<img\b[^>]*>(?:\s*</a>)?)(.*)$"));
static CAPTION_ATTRIBUTE: LazyLock<Regex> = LazyLock::new(|| regex(r#"caption\s*=\s*"([^"]*)""#));
static PRE: LazyLock<Regex> = LazyLock::new(|| regex(r"(?is)<pre\b.*?</pre>"));
static KEPT_PRE: LazyLock<Regex> = LazyLock::new(|| regex(r#"<pre data-kennis="(\d+)"></pre>"#));
static OPENING: LazyLock<Regex> =
    LazyLock::new(|| regex(&format!(r"(?i)<(?:{BLOCK_TAGS})\b[^>]*>")));
static CLOSING: LazyLock<Regex> = LazyLock::new(|| regex(&format!(r"(?i)</(?:{BLOCK_TAGS})\s*>")));
static STARTS_WITH_BLOCK: LazyLock<Regex> =
    LazyLock::new(|| regex(&format!(r"(?i)^</?(?:{BLOCK_TAGS})\b")));
static BLANK_LINE: LazyLock<Regex> = LazyLock::new(|| regex(r"\n[ \t]*\n\s*"));

/// The patterns above are fixed and tested; a failure to compile one is a bug in this file.
fn regex(pattern: &str) -> Regex {
    Regex::new(pattern).unwrap_or_else(|e| unreachable!("pattern {pattern}: {e}"))
}

/// The post's HTML as WordPress would show it, as far as it is the article's.
pub fn prepare(content: &str, report: &mut Report) -> String {
    let content = content.replace("\r\n", "\n");
    let line = |at: usize| content[..at].matches('\n').count() + 1;
    for mark in MORE.captures_iter(&content) {
        let (whole, at) = (&mark[0], mark.get(0).map_or(0, |m| m.start()));
        let what = if &mark[1] == "more" {
            "the \"read more\" mark"
        } else {
            "a page break"
        };
        report.dropped(line(at), format!("{what} {}", quote(whole)));
    }
    let block_editor = content.contains("<!-- wp:");
    if block_editor {
        report.recognised(
            1,
            "block editor content: its block comments (<!-- wp:… -->) are left out",
        );
    }
    for code in SHORTCODE.captures_iter(&content) {
        let at = code.get(0).map_or(0, |m| m.start());
        let (closing, name, attributes) = (&code[1], &code[2], &code[3]);
        if !closing.is_empty() {
            continue;
        }
        let closed = content[at..].contains(&format!("[/{name}]"));
        if matches!(name, "caption" | "wp_caption") && closed {
            report.recognised(line(at), "[caption]: a figure with its caption");
        } else if CORE_SHORTCODES.contains(&name) || !attributes.trim().is_empty() || closed {
            report.review(
                line(at),
                format!(
                    "shortcode {} kept as text: WordPress filled it in when it showed the post; \
                     replace it with what it showed, or remove it",
                    quote(&code[0])
                ),
            );
        }
    }
    let html = MORE.replace_all(&content, "");
    let html = BLOCK_COMMENT.replace_all(&html, "");
    let html = CAPTION.replace_all(&html, |c: &Captures| figure(&c[1], &c[2]));
    if block_editor {
        html.into_owned()
    } else {
        autop(&html)
    }
}

/// `[caption]<a><img></a> Text[/caption]` → a `<figure>` with the text as its caption (or
/// the `caption` attribute, where older WordPress kept it).
fn figure(attributes: &str, inner: &str) -> String {
    let (media, text) = match CAPTION_MEDIA.captures(inner) {
        Some(c) => (
            c.get(1).map_or("", |m| m.as_str()),
            c.get(2).map_or("", |m| m.as_str().trim()),
        ),
        None => (inner.trim(), ""),
    };
    let text = if text.is_empty() {
        CAPTION_ATTRIBUTE
            .captures(attributes)
            .and_then(|c| c.get(1))
            .map_or("", |m| m.as_str())
    } else {
        text
    };
    format!("<figure>{media}<figcaption>{text}</figcaption></figure>")
}

/// What WordPress's `wpautop` does to classic editor text: text separated by blank lines
/// becomes paragraphs, block elements stay as they are, `<pre>` is left alone.
pub fn autop(html: &str) -> String {
    let mut kept = Vec::new();
    let html = PRE.replace_all(html, |c: &Captures| {
        kept.push(c[0].to_string());
        format!("<pre data-kennis=\"{}\"></pre>", kept.len() - 1)
    });
    let html = OPENING.replace_all(&html, "\n\n$0");
    let html = CLOSING.replace_all(&html, "$0\n\n");
    let chunks: Vec<String> = BLANK_LINE
        .split(&html)
        .map(str::trim)
        .filter(|chunk| !chunk.is_empty())
        .map(|chunk| {
            if STARTS_WITH_BLOCK.is_match(chunk) {
                chunk.to_string()
            } else {
                format!("<p>{chunk}</p>")
            }
        })
        .collect();
    let joined = chunks.join("\n");
    KEPT_PRE
        .replace_all(&joined, |c: &Captures| {
            c[1].parse::<usize>()
                .ok()
                .and_then(|i| kept.get(i))
                .cloned()
                .unwrap_or_default()
        })
        .into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::import::report::Category;

    #[test]
    fn classic_text_becomes_paragraphs_around_block_elements() {
        let html = autop(
            "Eerste alinea\nmet twee regels.\n\nTweede <strong>alinea</strong>.\n<ul>\n<li>een</li>\n<li>twee</li>\n</ul>\nNa de lijst.\n\n<pre>code\n\nblijft</pre>",
        );
        assert_eq!(
            html,
            "<p>Eerste alinea\nmet twee regels.</p>\n<p>Tweede <strong>alinea</strong>.</p>\n<ul>\n<li>een</li>\n<li>twee</li>\n</ul>\n<p>Na de lijst.</p>\n<pre>code\n\nblijft</pre>"
        );
    }

    #[test]
    fn captions_become_figures_and_other_shortcodes_are_reported() {
        let mut report = Report::default();
        let html = prepare(
            "Tekst.\n\n[caption id=\"attachment_7\" align=\"alignright\" width=\"300\"]<a href=\"https://example.org/a.jpg\"><img src=\"https://example.org/a.jpg\" alt=\"Een kom\" /></a> Een kom havermout[/caption]\n\n[gallery ids=\"1,2\"]\n\nEen [sic] blijft stil.<!--more-->",
            &mut report,
        );
        assert!(
            html.contains("<figure><a href=\"https://example.org/a.jpg\"><img src=\"https://example.org/a.jpg\" alt=\"Een kom\" /></a>\n<figcaption>Een kom havermout</figcaption>\n</figure>"),
            "{html}"
        );
        assert!(html.contains("<p>[gallery ids=\"1,2\"]</p>"), "{html}");
        assert!(!html.contains("more"), "{html}");
        let review: Vec<_> = report.of(Category::Review).collect();
        assert_eq!(review.len(), 1, "{review:?}");
        assert_eq!(review[0].line, 5);
        assert!(review[0].message.contains("[gallery"));
        let dropped: Vec<_> = report.of(Category::Dropped).collect();
        assert_eq!(dropped[0].line, 7);
    }

    #[test]
    fn block_editor_content_keeps_its_paragraphs() {
        let mut report = Report::default();
        let html = prepare(
            "<!-- wp:paragraph -->\n<p>Een.</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:paragraph -->\n<p>Twee.</p>\n<!-- /wp:paragraph -->",
            &mut report,
        );
        assert_eq!(html, "\n<p>Een.</p>\n\n\n\n<p>Twee.</p>\n");
    }

    #[test]
    fn a_caption_in_its_attribute() {
        assert_eq!(
            figure(" caption=\"Oud\"", "<img src=\"a.jpg\">"),
            "<figure><img src=\"a.jpg\"><figcaption>Oud</figcaption></figure>"
        );
    }
}
