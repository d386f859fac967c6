//! The character encoding a saved web page declares in a `<meta>`, found the way the HTML
//! standard's prescan finds it ("prescan a byte stream to determine its encoding"): in the
//! first 1024 bytes, past comments, with attribute values in quotes read whole, so that a
//! `<meta` in a comment or a `>` in an attribute misleads no one.
//!
//! Browsers read a page by its declaration, so a page saved in Windows-1252 or ISO-8859-1
//! looks right to its author even though its bytes are not UTF-8; the importer reads it the
//! same way instead of guessing.

use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE, WINDOWS_1252, X_USER_DEFINED};

/// How much of a page the prescan reads, as the HTML standard's does: a declaration further on
/// is not one a browser is bound to see.
const PRESCAN: usize = 1024;

/// A page's declared character encoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Declared {
    /// The encoding the declaration names, as browsers map labels: "iso-8859-1", "latin1" and
    /// "us-ascii" all name windows-1252; a UTF-16 label means UTF-8, since a page whose `<meta>`
    /// could be read as ASCII is not UTF-16.
    pub encoding: &'static Encoding,
    /// Where the `<meta>` starts, as a byte offset, for the report's line.
    pub at: usize,
}

/// The encoding declared by a `<meta charset>` or `<meta http-equiv="Content-Type"
/// content="…; charset=…">` in the first 1024 bytes of `bytes`, if any names one that exists.
pub fn declared(bytes: &[u8]) -> Option<Declared> {
    let bytes = &bytes[..bytes.len().min(PRESCAN)];
    let mut at = 0;
    while at < bytes.len() {
        let rest = &bytes[at..];
        if rest.starts_with(b"<!--") {
            // "<!-->" is a whole comment: the search for its end starts in the opening.
            at = find(bytes, at + 2, b"-->").map_or(bytes.len(), |end| end + 3);
        } else if starts_with_ignore_case(rest, b"<meta")
            && rest.get(5).is_some_and(|&b| is_space(b) || b == b'/')
        {
            let start = at;
            at += 6;
            if let Some(encoding) = meta(bytes, &mut at) {
                return Some(Declared {
                    encoding: for_page(encoding),
                    at: start,
                });
            }
        } else if rest.len() > 1
            && rest[0] == b'<'
            && (rest[1].is_ascii_alphabetic()
                || (rest[1] == b'/' && rest.get(2).is_some_and(u8::is_ascii_alphabetic)))
        {
            // Another tag: its attributes are read (and dropped) so that a `>` or `<meta` in
            // a quoted value does not end it or start one.
            at += 2;
            while at < bytes.len() && !is_space(bytes[at]) && bytes[at] != b'>' {
                at += 1;
            }
            while attribute(bytes, &mut at).is_some() {}
        } else if rest.starts_with(b"<!") || rest.starts_with(b"</") || rest.starts_with(b"<?") {
            at = find(bytes, at, b">").map_or(bytes.len(), |end| end + 1);
        } else {
            at += 1;
        }
    }
    None
}

/// Reads a `<meta>`'s attributes from `at` (past `<meta`); the encoding it declares, if any.
fn meta(bytes: &[u8], at: &mut usize) -> Option<&'static Encoding> {
    let mut seen: Vec<Vec<u8>> = Vec::new();
    let mut got_pragma = false;
    // `Some(true)`: the charset came from `content`, which counts only with the pragma.
    let mut need_pragma = None;
    let mut charset = None;
    while let Some((name, value)) = attribute(bytes, at) {
        if seen.contains(&name) {
            continue;
        }
        match name.as_slice() {
            b"http-equiv" if value == b"content-type" => got_pragma = true,
            b"content" if charset.is_none() => {
                if let Some(label) = charset_in_content(&value) {
                    charset = Encoding::for_label(&label);
                    need_pragma = Some(true);
                }
            }
            b"charset" => {
                charset = Encoding::for_label(&value);
                need_pragma = Some(false);
            }
            _ => {}
        }
        seen.push(name);
    }
    match need_pragma {
        Some(true) if !got_pragma => None,
        Some(_) => charset,
        None => None,
    }
}

/// The encoding a page is read in when it declares `encoding`, as the HTML standard says.
fn for_page(encoding: &'static Encoding) -> &'static Encoding {
    if encoding == UTF_16LE || encoding == UTF_16BE {
        // UTF-16LE and UTF-16BE: the declaration was read as ASCII, so the page is not.
        UTF_8
    } else if encoding == X_USER_DEFINED {
        WINDOWS_1252
    } else {
        encoding
    }
}

/// The next attribute of a tag from `at`, its name and value in lower case; `None` at the
/// tag's end (or the prescan's).
fn attribute(bytes: &[u8], at: &mut usize) -> Option<(Vec<u8>, Vec<u8>)> {
    let byte = |i: usize| bytes.get(i).copied();
    while byte(*at).is_some_and(|b| is_space(b) || b == b'/') {
        *at += 1;
    }
    if byte(*at)? == b'>' {
        return None;
    }
    let mut name = Vec::new();
    loop {
        let b = byte(*at)?;
        if b == b'=' && !name.is_empty() {
            break;
        }
        if is_space(b) || b == b'/' || b == b'>' {
            break;
        }
        name.push(b.to_ascii_lowercase());
        *at += 1;
    }
    while byte(*at).is_some_and(is_space) {
        *at += 1;
    }
    if byte(*at)? != b'=' {
        return Some((name, Vec::new()));
    }
    *at += 1;
    while byte(*at).is_some_and(is_space) {
        *at += 1;
    }
    let mut value = Vec::new();
    match byte(*at)? {
        quote @ (b'"' | b'\'') => {
            *at += 1;
            loop {
                let b = byte(*at)?;
                *at += 1;
                if b == quote {
                    break;
                }
                value.push(b.to_ascii_lowercase());
            }
        }
        b'>' => {}
        _ => loop {
            let b = byte(*at)?;
            if is_space(b) || b == b'>' {
                break;
            }
            value.push(b.to_ascii_lowercase());
            *at += 1;
        },
    }
    Some((name, value))
}

/// The charset named in a Content-Type's value: `text/html; charset=windows-1252`.
fn charset_in_content(content: &[u8]) -> Option<Vec<u8>> {
    let mut at = 0;
    loop {
        let found = find(content, at, b"charset")? + b"charset".len();
        at = found;
        while content.get(at).copied().is_some_and(is_space) {
            at += 1;
        }
        if content.get(at) != Some(&b'=') {
            // "charsetx" or "charset" alone: look further on.
            at = found;
            continue;
        }
        at += 1;
        while content.get(at).copied().is_some_and(is_space) {
            at += 1;
        }
        return match content.get(at)? {
            quote @ (b'"' | b'\'') => {
                let end = find(content, at + 1, &[*quote])?;
                Some(content[at + 1..end].to_vec())
            }
            _ => {
                let value: Vec<u8> = content[at..]
                    .iter()
                    .copied()
                    .take_while(|&b| !is_space(b) && b != b';')
                    .collect();
                (!value.is_empty()).then_some(value)
            }
        };
    }
}

/// Where `needle` first occurs in `bytes` from `from` on.
fn find(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    bytes
        .get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|i| i + from)
}

fn starts_with_ignore_case(bytes: &[u8], prefix: &[u8]) -> bool {
    bytes
        .get(..prefix.len())
        .is_some_and(|b| b.eq_ignore_ascii_case(prefix))
}

/// The HTML standard's ASCII white space (and `/` is not one).
fn is_space(b: u8) -> bool {
    matches!(b, b'\t' | b'\n' | b'\x0c' | b'\r' | b' ')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(page: &str) -> Option<&'static str> {
        declared(page.as_bytes()).map(|d| d.encoding.name())
    }

    #[test]
    fn meta_charset_and_the_content_type_pragma() {
        assert_eq!(
            name("<!doctype html><html><head><meta charset=\"windows-1252\">"),
            Some("windows-1252")
        );
        assert_eq!(name("<META CHARSET=UTF-8>"), Some("UTF-8"));
        assert_eq!(name("<meta charset='latin1'/>"), Some("windows-1252"));
        assert_eq!(
            name(
                "<html><head><meta http-equiv=\"Content-Type\" \
                 content=\"text/html; charset=iso-8859-1\">"
            ),
            Some("windows-1252")
        );
        assert_eq!(
            name("<meta content='text/html;charset = \"ISO-8859-15\"' http-equiv=content-type>"),
            Some("ISO-8859-15")
        );
        // UTF-16 cannot be what a page read as ASCII is in.
        assert_eq!(name("<meta charset=utf-16le>"), Some("UTF-8"));
    }

    #[test]
    fn what_is_not_a_declaration() {
        assert_eq!(name("<html><head><title>Geen</title></head>"), None);
        // `content` counts only with the pragma.
        assert_eq!(
            name("<meta content=\"text/html; charset=windows-1252\">"),
            None
        );
        assert_eq!(name("<meta charset=\"klingon\">"), None);
        assert_eq!(name("<!-- <meta charset=windows-1252> --><p>"), None);
        assert_eq!(name("<a title='<meta charset=windows-1252>'>x</a>"), None);
        assert_eq!(name("<metadata charset=windows-1252>"), None);
        // Past the first 1024 bytes, and cut off there.
        let late = format!("{}<meta charset=windows-1252>", " ".repeat(1024));
        assert_eq!(name(&late), None);
        let cut = format!("{}<meta charset=windows-1252>", " ".repeat(1000));
        assert_eq!(name(&cut), None);
    }

    #[test]
    fn the_first_declaration_counts_and_where_it_is() {
        let page = "<!-- saved from url=(0031)https://gezond.example/ -->\n<html><head>\n\
                    <meta charset=iso-8859-1><meta charset=utf-8>";
        let found = declared(page.as_bytes());
        assert_eq!(found.map(|d| d.encoding), Some(WINDOWS_1252));
        assert_eq!(found.map(|d| d.at), page.find("<meta"));
        assert_eq!(
            name("<!--><meta charset=windows-1250>"),
            Some("windows-1250")
        );
    }
}
