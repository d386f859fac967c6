//! A comparison table as HTML, in one language: for the `{{ comparison(id="…") }}` shortcode
//! in an article and for the table's own page.
//!
//! The markup is accessible (`<caption>`, `<th scope="col">`, `<th scope="row">`) and every
//! data cell carries its column's name in `data-label`, so the theme can show each row as a
//! card on a phone instead of a table that scrolls sideways. The last column holds each row's
//! sources as citations.

use std::sync::LazyLock;

use regex::Regex;

use super::Labels;
use crate::escape;
use crate::load::content::comparisons::Comparison;
use crate::postprocess::TABLE_TITLE_ATTRIBUTE;

/// `{{ comparison(id="key") }}`, alone in its paragraph (spaces allowed, either quote).
static SHORTCODE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"^\{\{\s*comparison\(\s*id\s*=\s*(?:"([^"]*)"|'([^']*)')\s*\)\s*\}\}$"#)
        .unwrap_or_else(|e| unreachable!("the shortcode pattern is valid: {e}"))
});

/// If `paragraph` (a paragraph's text, trimmed) is a comparison shortcode, the table's key.
pub fn shortcode_key(paragraph: &str) -> Option<&str> {
    let captures = SHORTCODE.captures(paragraph.trim())?;
    captures.get(1).or(captures.get(2)).map(|m| m.as_str())
}

/// Whether `text` looks like an attempt at a comparison shortcode (to report typos instead of
/// printing them on the page).
pub fn looks_like_shortcode(text: &str) -> bool {
    let text = text.trim();
    text.starts_with("{{") && text.contains("comparison")
}

/// Where the title of a table goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Title {
    /// In the caption, before the caption text (in an article).
    InCaption,
    /// Not in the table: the page's heading shows it (the table's own page).
    OnPage,
}

/// The table in `lang`. `cite` turns a reference id into a citation link (or `None` for an
/// unknown id, which the checks report).
pub fn table_html(
    table: &Comparison,
    lang: &str,
    title: Title,
    labels: &Labels,
    cite: &mut dyn FnMut(&str) -> Option<String>,
) -> String {
    let mut html = format!(
        "<div class=\"comparison\" data-comparison=\"{}\">\n<table class=\"comparison-table\" {TABLE_TITLE_ATTRIBUTE}=\"{}\">\n<caption>",
        escape::html(&table.key),
        escape::html(table.title.get(lang)),
    );
    if title == Title::InCaption {
        html.push_str(&format!(
            "<span class=\"comparison-title\">{}</span> ",
            escape::html(table.title.get(lang))
        ));
    }
    html.push_str(&escape::html(table.caption.get(lang)));
    html.push_str("</caption>\n<thead>\n<tr>");
    for column in &table.columns {
        html.push_str(&format!(
            "<th scope=\"col\">{}</th>",
            escape::html(column.get(lang))
        ));
    }
    html.push_str(&format!(
        "<th scope=\"col\">{}</th></tr>\n</thead>\n<tbody>\n",
        escape::html(&labels.sources)
    ));
    for row in &table.rows {
        html.push_str("<tr>");
        for (i, cell) in row.cells.iter().enumerate() {
            let text = escape::html(cell.get(lang));
            if i == 0 {
                html.push_str(&format!("<th scope=\"row\">{text}</th>"));
            } else {
                let label = table.columns.get(i).map_or("", |c| c.get(lang));
                html.push_str(&format!(
                    "<td data-label=\"{}\">{text}</td>",
                    escape::html(label)
                ));
            }
        }
        let citations: Vec<String> = row.sources.iter().filter_map(|(id, _)| cite(id)).collect();
        let sources = if citations.is_empty() {
            String::new()
        } else {
            format!("<sup class=\"citation\">[{}]</sup>", citations.join("; "))
        };
        html.push_str(&format!(
            "<td class=\"comparison-sources\" data-label=\"{}\">{sources}</td></tr>\n",
            escape::html(&labels.sources)
        ));
    }
    html.push_str("</tbody>\n</table>\n</div>\n");
    html
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_the_shortcode_alone_in_its_paragraph() {
        assert_eq!(
            shortcode_key("{{ comparison(id=\"magnesiumvormen\") }}"),
            Some("magnesiumvormen")
        );
        assert_eq!(shortcode_key("{{comparison(id='a-b')}}"), Some("a-b"));
        assert_eq!(shortcode_key("Zie {{ comparison(id=\"a\") }}"), None);
        assert!(looks_like_shortcode("{{ comparison(key=\"a\") }}"));
        assert!(!looks_like_shortcode("Magnesium {{ x }}"));
    }
}
