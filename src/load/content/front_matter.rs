//! Splitting `+++` TOML front matter off a Markdown file and reading it.
//!
//! kennis does this itself rather than through pulldown-cmark's metadata blocks, which would
//! take any `---` block for metadata and cannot report positions in the file.

use std::fmt;
use std::ops::Range;
use std::str::FromStr;

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::{Deserialize, Serialize};
use toml::Spanned;
use toml::de::DeTable;

use crate::diagnostics::{Diagnostic, Position, SourceText};
use crate::toml_input;

/// Where the parts of a Markdown file with front matter lie, as byte ranges of the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Split {
    /// The TOML between the `+++` lines.
    pub front_matter: Range<usize>,
    /// Everything after the closing `+++` line.
    pub body: Range<usize>,
}

const FENCE: &str = "+++";

/// Finds the front matter fences. The file must start with a `+++` line (after an optional
/// byte-order mark) and have a second `+++` line.
pub fn split(source: &SourceText) -> Result<Split, Diagnostic> {
    let text = source.text.as_str();
    let start = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let mut lines = line_ranges(text, start);
    let opening = lines
        .next()
        .filter(|line| text[line.clone()].trim_end() == FENCE);
    let Some(opening) = opening else {
        return Err(Diagnostic::error_at(
            &source.display_path,
            Position::START,
            "front-matter",
            "missing front matter: the file must start with a line `+++`, then TOML \
             (title, description, date), then another line `+++`"
                .to_string(),
        ));
    };
    let body_of = |range: &Range<usize>| {
        let after = range.end;
        if text[after..].starts_with("\r\n") {
            after + 2
        } else if text[after..].starts_with('\n') {
            after + 1
        } else {
            after
        }
    };
    let front_start = body_of(&opening);
    for line in lines {
        if text[line.clone()].trim_end() == FENCE {
            let body_start = body_of(&line);
            return Ok(Split {
                front_matter: front_start..line.start,
                body: body_start..text.len(),
            });
        }
    }
    Err(Diagnostic::error_in(
        source,
        opening,
        "front-matter",
        "front matter is never closed: add a line `+++` after the last front matter key"
            .to_string(),
    ))
}

/// Byte ranges of the lines of `text` from `start`, without their line endings.
fn line_ranges(text: &str, start: usize) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut pos = start;
    std::iter::from_fn(move || {
        if pos >= text.len() {
            return None;
        }
        let end = text[pos..].find('\n').map_or(text.len(), |i| pos + i);
        let line = pos..end;
        pos = end + 1;
        Some(line)
    })
}

/// Reads the front matter of `source` (found by [`split`]) into `T`, reporting every problem
/// at its position in the file.
pub fn parse<T: serde::de::DeserializeOwned>(
    source: &SourceText,
    split: &Split,
) -> Result<T, Vec<Diagnostic>> {
    parse_with_document(source, split).map(|(value, _)| value)
}

/// [`parse`], handing back the parsed front matter too, for where its values are written
/// (its spans are relative to the front matter's start).
pub fn parse_with_document<'s, T: serde::de::DeserializeOwned>(
    source: &'s SourceText,
    split: &Split,
) -> Result<(T, Spanned<DeTable<'s>>), Vec<Diagnostic>> {
    let toml_text = &source.text[split.front_matter.clone()];
    let offset = split.front_matter.start;
    toml_input::deserialize_with_document(toml_text).map_err(|problems| {
        problems
            .into_iter()
            .map(|problem| {
                // A field missing at the top level has no span: point at the opening fence.
                let range = match problem.span {
                    Some(span) => span.start + offset..span.end + offset,
                    None => 0..FENCE.len(),
                };
                Diagnostic::error_in(source, range, "front-matter", problem.message)
            })
            .collect()
    })
}

/// A calendar date (`2025-11-13`). Front matter may give it as a TOML date, a TOML date-time
/// (the time is ignored) or a string in that form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Year, e.g. 2025.
    pub year: u16,
    /// Month, 1–12.
    pub month: u8,
    /// Day of the month, 1–31.
    pub day: u8,
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl FromStr for Date {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let datetime = toml::value::Datetime::from_str(s.trim())
            .map_err(|_| format!("{s:?} is not a valid date: write dates like 2025-11-13"))?;
        Date::try_from(datetime)
    }
}

impl TryFrom<toml::value::Datetime> for Date {
    type Error = String;

    fn try_from(datetime: toml::value::Datetime) -> Result<Self, Self::Error> {
        let date = datetime
            .date
            .ok_or_else(|| format!("{datetime} is a time without a date"))?;
        Ok(Date {
            year: date.year,
            month: date.month,
            day: date.day,
        })
    }
}

impl Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct DateVisitor;

        impl<'de> Visitor<'de> for DateVisitor {
            type Value = Date;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a date like 2025-11-13")
            }

            fn visit_str<E: de::Error>(self, s: &str) -> Result<Date, E> {
                s.parse().map_err(E::custom)
            }

            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Date, A::Error> {
                // TOML hands native dates to serde as a one-entry map.
                let datetime =
                    toml::value::Datetime::deserialize(de::value::MapAccessDeserializer::new(map))?;
                Date::try_from(datetime).map_err(de::Error::custom)
            }
        }

        deserializer.deserialize_any(DateVisitor)
    }
}

/// Deserializes a field that editors write either as text or as a whole number
/// (`volume = 12` or `volume = "12"`, `pmid = 23981518`).
pub fn string_or_number<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<String>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Loose {
        Text(String),
        Number(u64),
    }
    Ok(
        Option::<Loose>::deserialize(deserializer)?.map(|v| match v {
            Loose::Text(s) => s,
            Loose::Number(n) => n.to_string(),
        }),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(text: &str) -> SourceText {
        SourceText::new("content/a/b.nl.md", text.to_string())
    }

    #[test]
    fn splits_front_matter_and_body() -> crate::TestResult {
        let s = source("+++\ntitle = \"x\"\n+++\n# Body\n");
        let split = split(&s)?;
        assert_eq!(&s.text[split.front_matter.clone()], "title = \"x\"\n");
        assert_eq!(&s.text[split.body.clone()], "# Body\n");
        Ok(())
    }

    #[test]
    fn handles_crlf_and_bom() -> crate::TestResult {
        let s = source("\u{feff}+++\r\ntitle = \"x\"\r\n+++\r\nBody");
        let split = split(&s)?;
        assert_eq!(&s.text[split.front_matter.clone()], "title = \"x\"\r\n");
        assert_eq!(&s.text[split.body.clone()], "Body");
        Ok(())
    }

    #[test]
    fn reports_missing_and_unterminated_front_matter() -> crate::TestResult {
        let Err(missing) = split(&source("# Title\n")) else {
            return Err("expected an error".into());
        };
        assert_eq!((missing.line, missing.column), (1, 1));
        assert!(missing.message.contains("missing front matter"));
        let Err(open) = split(&source("+++\ntitle = \"x\"\n")) else {
            return Err("expected an error".into());
        };
        assert!(open.message.contains("never closed"));
        Ok(())
    }

    #[test]
    fn dates_from_toml_dates_and_strings() -> crate::TestResult {
        #[derive(Deserialize)]
        struct D {
            a: Date,
            b: Date,
            c: Date,
        }
        let d: D = toml::from_str("a = 2025-11-13\nb = \"2024-02-29\"\nc = 2025-01-02T10:00:00Z")?;
        assert_eq!(d.a.to_string(), "2025-11-13");
        assert_eq!(d.b.to_string(), "2024-02-29");
        assert_eq!(d.c.to_string(), "2025-01-02");
        assert!(toml::from_str::<D>("a = \"13 nov\"\nb = 2025-01-01\nc = 2025-01-01").is_err());
        Ok(())
    }
}
