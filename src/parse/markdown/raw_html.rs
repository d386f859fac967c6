//! HTML an editor writes in the Markdown, under `[markdown] raw_html = "safe"` (the default):
//! what could run code in a reader's browser or load another page into this one is left out of
//! the page, and each piece is reported where it was written.
//!
//! What is left out is data, in `unsafe-html.toml` beside this file: elements that run code or
//! load another document (`<script>`, `<iframe>`, `<object>`, …); every `on…` attribute
//! (`onclick`, `onerror`); and addresses with a script scheme (`javascript:`, `vbscript:`),
//! however their letters are written (`&#106;avascript:`, upper case, with tabs inside).

use std::sync::LazyLock;

use lol_html::html_content::Element;
use lol_html::{RewriteStrSettings, Selector, element, rewrite_str};
use regex::Regex;
use serde::Deserialize;

use crate::postprocess::decode;

/// The rules of `unsafe-html.toml`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Rules {
    /// Elements left out with their content.
    elements: Vec<String>,
    /// Attributes that hold an address a browser may follow or load.
    url_attributes: Vec<String>,
    /// Schemes of addresses that run code.
    script_schemes: Vec<String>,
}

static RULES: LazyLock<Rules> = LazyLock::new(|| {
    toml::from_str(include_str!("unsafe-html.toml"))
        .unwrap_or_else(|e| unreachable!("unsafe-html.toml is valid (a unit test reads it): {e}"))
});

/// A scheme as a pattern that also matches it with whitespace or control characters between
/// its letters, which browsers ignore.
fn spread_out(scheme: &str) -> String {
    let letters: Vec<String> = scheme
        .chars()
        .map(|c| regex::escape(&c.to_string()))
        .collect();
    format!("{}[\\s\\x00-\\x1f]*:", letters.join("[\\s\\x00-\\x1f]*"))
}

/// A cheap first look: HTML without any of these has nothing to leave out (a character
/// reference may spell a scheme, so one sends the HTML to the full reading).
static MIGHT_BE_UNSAFE: LazyLock<Regex> = LazyLock::new(|| {
    let schemes: Vec<String> = RULES.script_schemes.iter().map(|s| spread_out(s)).collect();
    Regex::new(&format!(
        r"(?i)<({})\b|\son[a-z]+\s*=|{}|&#|&colon;",
        RULES.elements.join("|"),
        schemes.join("|")
    ))
    .unwrap_or_else(|e| unreachable!("the pattern is valid: {e}"))
});

static UNSAFE_SELECTOR: LazyLock<Selector> = LazyLock::new(|| {
    RULES
        .elements
        .join(", ")
        .parse()
        .unwrap_or_else(|e| unreachable!("the selector is valid: {e}"))
});

/// What in `html` would be left out, each as a phrase for an editor, in document order.
pub fn unsafe_parts(html: &str) -> Vec<String> {
    let mut found = Vec::new();
    if !MIGHT_BE_UNSAFE.is_match(html) {
        return found;
    }
    let _ = rewrite_str(
        html,
        RewriteStrSettings::new().append_element_content_handler(element!("*", |el| {
            found.extend(unsafe_in(el));
            Ok(())
        })),
    );
    found
}

/// The end tag of an unsafe element on its own, as inline HTML comes (`<script>`, its text and
/// `</script>` are three pieces): left out with its start tag.
static LONE_END_TAG: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)^\s*</({})\s*>\s*$",
        RULES.elements.join("|")
    ))
    .unwrap_or_else(|e| unreachable!("the pattern is valid: {e}"))
});

/// `html` without what [`unsafe_parts`] finds.
pub fn without_unsafe_parts(html: &str) -> String {
    if LONE_END_TAG.is_match(html) {
        return String::new();
    }
    if !MIGHT_BE_UNSAFE.is_match(html) {
        return html.to_string();
    }
    let settings = RewriteStrSettings::new()
        .append_element_content_handler((
            std::borrow::Cow::Borrowed(&*UNSAFE_SELECTOR),
            lol_html::ElementContentHandlers::default().element(|el: &mut Element<'_, '_>| {
                el.remove();
                Ok(())
            }),
        ))
        .append_element_content_handler(element!("*", |el| {
            for name in unsafe_attributes(el) {
                el.remove_attribute(&name);
            }
            Ok(())
        }));
    let rewritten = rewrite_str(html, settings);
    // lol_html fails only on memory limits: then nothing of this HTML is published.
    rewritten.unwrap_or_default()
}

/// The unsafe parts of one element, as phrases.
fn unsafe_in(el: &Element<'_, '_>) -> Vec<String> {
    let tag = el.tag_name();
    if RULES.elements.contains(&tag) {
        return vec![format!("a <{tag}> element")];
    }
    unsafe_attributes(el)
        .into_iter()
        .map(|name| {
            if is_event_handler(&name) {
                format!("the {name} attribute of <{tag}>")
            } else {
                format!("the script address in the {name} attribute of <{tag}>")
            }
        })
        .collect()
}

/// The names of `el`'s attributes that run code: event handlers, and addresses with a script
/// scheme.
fn unsafe_attributes(el: &Element<'_, '_>) -> Vec<String> {
    el.attributes()
        .iter()
        .filter(|attribute| {
            let name = attribute.name();
            is_event_handler(&name)
                || (RULES.url_attributes.contains(&name) && has_script_scheme(&attribute.value()))
        })
        .map(|attribute| attribute.name())
        .collect()
}

fn is_event_handler(name: &str) -> bool {
    name.len() > 2 && name.starts_with("on")
}

/// Whether an address starts with a script scheme as a browser reads it: character
/// references decoded, ASCII whitespace and control characters left out, any case.
fn has_script_scheme(value: &str) -> bool {
    let read: String = decode(value)
        .chars()
        .filter(|c| !c.is_ascii_whitespace() && !c.is_ascii_control())
        .take(32)
        .collect::<String>()
        .to_ascii_lowercase();
    RULES.script_schemes.iter().any(|scheme| {
        read.strip_prefix(scheme.as_str())
            .is_some_and(|rest| rest.starts_with(':'))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_frames_handlers_and_script_addresses_are_found_and_left_out() {
        let html = "<p onclick=\"x()\">Tekst</p><script>alert(1)</script>\
                    <a href=\"&#106;ava\tscript:alert(1)\">a</a><a href=\"https://example.org/\">b</a>\
                    <iframe src=\"https://example.org/\"></iframe><img src=\"x.png\" alt=\"x\" onerror=\"y()\">";
        assert_eq!(
            unsafe_parts(html),
            [
                "the onclick attribute of <p>",
                "a <script> element",
                "the script address in the href attribute of <a>",
                "a <iframe> element",
                "the onerror attribute of <img>",
            ]
        );
        assert_eq!(
            without_unsafe_parts(html),
            "<p>Tekst</p><a>a</a><a href=\"https://example.org/\">b</a><img src=\"x.png\" alt=\"x\">"
        );
    }

    #[test]
    fn an_unsafe_element_written_inline_loses_its_end_tag_too() {
        assert_eq!(without_unsafe_parts("<script>"), "");
        assert_eq!(without_unsafe_parts("</SCRIPT>"), "");
        assert_eq!(without_unsafe_parts("</span>"), "</span>");
    }

    #[test]
    fn the_rules_file_reads() {
        assert!(RULES.elements.iter().any(|e| e == "script"));
        assert!(MIGHT_BE_UNSAFE.is_match("<SCRIPT>"));
    }

    #[test]
    fn a_scheme_with_whitespace_anywhere_inside_is_still_found() {
        // Browsers drop tabs and newlines anywhere in an address.
        let html = "<a href=\"javascr\tipt:alert(1)\">a</a>";
        assert_eq!(
            unsafe_parts(html),
            ["the script address in the href attribute of <a>"]
        );
        assert_eq!(without_unsafe_parts(html), "<a>a</a>");
    }

    #[test]
    fn raw_text_elements_and_svg_animation_are_left_out() {
        let html = "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></p></noscript>\
                    <svg><a><animate attributeName=\"href\" values=\"javascript:alert(1)\"/>\
                    <text>x</text></a></svg>";
        let found = unsafe_parts(html);
        assert!(
            found.contains(&"a <noscript> element".to_string()),
            "{found:?}"
        );
        assert!(
            found.contains(&"a <animate> element".to_string()),
            "{found:?}"
        );
        // lol_html reads the `<noscript>` as a browser with scripts on does (it ends at the
        // `</noscript>` inside the quotes), so the `<img>` after it is seen, and its handler
        // left out, as a browser would run it.
        let safe = without_unsafe_parts(html);
        for gone in ["<noscript", "onerror", "<animate", "javascript"] {
            assert!(!safe.contains(gone), "{gone} in {safe}");
        }
    }

    #[test]
    fn ordinary_html_is_left_as_it_is() {
        let html = "<details><summary>Vraag</summary><p>Gebaseerd op onderzoek.</p></details>";
        assert!(unsafe_parts(html).is_empty());
        assert_eq!(without_unsafe_parts(html), html);
    }
}
