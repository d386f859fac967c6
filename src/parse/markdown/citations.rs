//! Pandoc citation syntax in running text: `[@key]`, `[@a; @b]`, `[@key, p. 12]`,
//! `[zie @key, p. 12]`.
//!
//! A bracketed group is a citation when every `;`-separated item holds a key: an `@` at the
//! start of the item or after a space or `-`, followed by a letter, digit or `_`. That keeps
//! "\[mail ons: info@kennis.nl\]" and "\[1\]" plain text.

use std::ops::Range;

/// One bracketed citation group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Citation {
    /// The cited works, in the order written.
    pub items: Vec<CiteItem>,
    /// Byte range of the whole group, brackets included, in the text searched.
    pub range: Range<usize>,
}

/// One cited work within a group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CiteItem {
    /// The citation key, without `@`.
    pub key: String,
    /// Byte range of the key (without `@`) in the text searched.
    pub key_range: Range<usize>,
    /// Text before the key, e.g. "zie".
    pub prefix: String,
    /// Text after the key without its leading comma, e.g. "p. 12".
    pub locator: String,
}

/// Every citation group in `text`, in order.
pub fn find(text: &str) -> Vec<Citation> {
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(open) = text[from..].find('[').map(|i| from + i) {
        let Some(close) = text[open + 1..].find([']', '[']).map(|i| open + 1 + i) else {
            break;
        };
        if text.as_bytes()[close] == b'[' {
            from = close;
            continue;
        }
        if let Some(items) = parse_group(text, open + 1..close) {
            found.push(Citation {
                items,
                range: open..close + 1,
            });
        }
        from = close + 1;
    }
    found
}

/// The items of the group between the brackets, or `None` when it is not a citation.
fn parse_group(text: &str, inner: Range<usize>) -> Option<Vec<CiteItem>> {
    let mut items = Vec::new();
    let mut start = inner.start;
    for part in text[inner.clone()].split(';') {
        items.push(parse_item(text, start..start + part.len())?);
        start += part.len() + 1;
    }
    Some(items)
}

fn parse_item(text: &str, range: Range<usize>) -> Option<CiteItem> {
    let item = &text[range.clone()];
    let at = item.char_indices().find_map(|(i, c)| {
        let before = item[..i].chars().next_back();
        let starts_key = c == '@' && before.is_none_or(|b| b.is_whitespace() || b == '-');
        starts_key.then_some(i)
    })?;
    let key_start = at + 1;
    let key_len = key_length(&item[key_start..]);
    if key_len == 0 {
        return None;
    }
    let key_end = key_start + key_len;
    let prefix = item[..at].trim().trim_end_matches('-').trim_end();
    let locator = item[key_end..].trim_start();
    let locator = locator.strip_prefix(',').unwrap_or(locator).trim();
    Some(CiteItem {
        key: item[key_start..key_end].to_string(),
        key_range: range.start + key_start..range.start + key_end,
        prefix: prefix.to_string(),
        locator: locator.to_string(),
    })
}

/// The length of the key at the start of `text`, by Pandoc's rule: it starts with a letter,
/// digit or `_` and goes on with those and internal punctuation (`:.#$%&-+?<>~/`); punctuation
/// at its end belongs to the sentence.
fn key_length(text: &str) -> usize {
    let is_word = |c: char| c.is_alphanumeric() || c == '_';
    let is_inner = |c: char| ":.#$%&-+?<>~/".contains(c);
    if !text.chars().next().is_some_and(is_word) {
        return 0;
    }
    let mut end = 0;
    for (i, c) in text.char_indices() {
        if is_word(c) {
            end = i + c.len_utf8();
        } else if !is_inner(c) {
            break;
        }
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(text: &str) -> Vec<Vec<String>> {
        find(text)
            .into_iter()
            .map(|c| c.items.into_iter().map(|i| i.key).collect())
            .collect()
    }

    #[test]
    fn finds_single_multiple_and_located_citations() {
        let text = "Magnesium helpt [@dai-2018]. Ook [@a; @b:2020] en [zie @c, p. 12].";
        let found = find(text);
        assert_eq!(found.len(), 3);
        assert_eq!(&text[found[0].range.clone()], "[@dai-2018]");
        assert_eq!(&text[found[0].items[0].key_range.clone()], "dai-2018");
        assert_eq!(keys(text)[1], ["a", "b:2020"]);
        let located = &found[2].items[0];
        assert_eq!(located.key, "c");
        assert_eq!(located.prefix, "zie");
        assert_eq!(located.locator, "p. 12");
    }

    #[test]
    fn plain_brackets_and_addresses_are_not_citations() {
        assert!(find("Zie [1] en [mail: info@kennis.nl] of [@].").is_empty());
        assert!(find("[@a; geen sleutel]").is_empty());
        assert!(find("[open zonder sluiten @a").is_empty());
    }

    #[test]
    fn final_punctuation_is_not_part_of_the_key() {
        assert_eq!(keys("[@nih-ods., p. 3]"), [["nih-ods"]]);
        assert_eq!(keys("[-@smith-2020]"), [["smith-2020"]]);
    }

    #[test]
    fn nested_brackets_start_over_at_the_inner_one() {
        assert_eq!(keys("[tekst [@a]]"), [["a"]]);
    }
}
