//! Reading TOML documents (site.toml, front matter) into typed structs while reporting *every*
//! problem with its location, not just the first one serde stops at.

use std::ops::Range;

use serde::de::DeserializeOwned;
use toml::Spanned;
use toml::de::{DeTable, DeValue, Deserializer};

/// One thing wrong with a TOML document: a syntax error, an unknown key, a wrong type or a
/// missing field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TomlProblem {
    /// What the TOML parser or serde said, e.g. ``missing field `title` ``.
    pub message: String,
    /// Byte range in the document, when the parser knows it.
    pub span: Option<Range<usize>>,
}

/// Deserializes `text` into `T`, collecting all problems.
///
/// Serde stops at the first error, so after each one the top-level key it points at is removed
/// and deserialization is retried; this finds every bad key in one pass over the file. Missing
/// required fields are reported once the remaining keys are clean.
pub fn deserialize<T: DeserializeOwned>(text: &str) -> Result<T, Vec<TomlProblem>> {
    let (mut table, syntax_errors) = DeTable::parse_recoverable(text);
    if !syntax_errors.is_empty() {
        return Err(syntax_errors.iter().map(problem).collect());
    }

    let mut problems = Vec::new();
    // Each retry removes one key, so this ends after at most one pass per key.
    loop {
        match T::deserialize(Deserializer::from(table.clone())) {
            Ok(value) if problems.is_empty() => return Ok(value),
            Ok(_) => return Err(problems),
            Err(error) => {
                let found = problem(&error);
                let offending_key = found.span.clone().and_then(|span| {
                    table.get_ref().iter().find_map(|(key, value)| {
                        let covers =
                            key.span().contains(&span.start) || value_contains(value, span.start);
                        covers.then(|| key.get_ref().to_string())
                    })
                });
                problems.push(found);
                match offending_key {
                    Some(key) => {
                        table.get_mut().remove(key.as_str());
                    }
                    None => return Err(problems),
                }
            }
        }
    }
}

/// True when `offset` lies in `value` or anything nested in it. Table spans do not cover their
/// contents (a `[languages.en]` table spans only its header), so nested keys are searched too.
fn value_contains(value: &Spanned<DeValue<'_>>, offset: usize) -> bool {
    if value.span().contains(&offset) {
        return true;
    }
    match value.get_ref() {
        DeValue::Table(table) => table
            .iter()
            .any(|(k, v)| k.span().contains(&offset) || value_contains(v, offset)),
        DeValue::Array(array) => array.iter().any(|v| value_contains(v, offset)),
        _ => false,
    }
}

fn problem(error: &toml::de::Error) -> TomlProblem {
    TomlProblem {
        message: tidy_message(error.message()),
        span: error.span(),
    }
}

/// TOML's messages end with a newline and sometimes name serde internals; keep them to one
/// readable line.
fn tidy_message(message: &str) -> String {
    message.trim().replace('\n', " ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Doc {
        title: String,
        count: Option<u32>,
        tags: Option<Vec<String>>,
    }

    #[test]
    fn reports_every_bad_key_then_missing_fields() -> crate::TestResult {
        let text = "count = \"three\"\ntitel = \"x\"\ntags = [1]\n";
        let Err(problems) = deserialize::<Doc>(text) else {
            return Err("expected problems".into());
        };
        let messages: Vec<_> = problems.iter().map(|p| p.message.as_str()).collect();
        assert_eq!(problems.len(), 4, "{messages:?}");
        assert!(messages[0].contains("invalid type"), "{messages:?}");
        assert!(messages.iter().any(|m| m.contains("unknown field `titel`")));
        assert!(
            messages
                .last()
                .ok_or("no problems")?
                .contains("missing field `title`")
        );
        // The wrong type is located at its value.
        assert_eq!(
            &text[problems[0].span.clone().ok_or("no span")?],
            "\"three\""
        );
        Ok(())
    }

    #[test]
    fn syntax_errors_have_spans() -> crate::TestResult {
        let Err(problems) = deserialize::<Doc>("title = \"unterminated\n") else {
            return Err("expected problems".into());
        };
        assert!(problems[0].span.is_some());
        Ok(())
    }

    #[test]
    fn clean_documents_deserialize() -> crate::TestResult {
        let doc: Doc = deserialize("title = \"x\"\ncount = 3").map_err(|p| format!("{p:?}"))?;
        assert_eq!(doc.count, Some(3));
        Ok(())
    }
}
