//! Reading TOML documents (site.toml, front matter) into typed structs while reporting *every*
//! problem with its location, not just the first one serde stops at.

use std::ops::Range;

use serde::de::DeserializeOwned;
use toml::Spanned;
use toml::de::{DeArray, DeTable, DeValue, Deserializer};

/// What kind of problem a [`TomlProblem`] is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProblemKind {
    /// The text is not valid TOML.
    Syntax,
    /// A required field is absent; holds its name.
    MissingField(String),
    /// A key is unknown or a value has the wrong type or form.
    Invalid,
}

/// One thing wrong with a TOML document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TomlProblem {
    /// What the TOML parser or serde said, e.g. ``invalid type: integer `5`, expected a string``.
    pub message: String,
    /// Byte range in the document: the offending key or value, or for a field missing from a
    /// nested table that table's header. `None` for a field missing at the top level.
    pub span: Option<Range<usize>>,
    /// What kind of problem it is.
    pub kind: ProblemKind,
}

/// Deserializes the TOML in `range` of `source` into `T`; every problem becomes a diagnostic
/// with `code` at its place in the file (a problem without a place points at the range's start).
pub fn deserialize_in<T: DeserializeOwned>(
    source: &crate::diagnostics::SourceText,
    range: Range<usize>,
    code: &'static str,
) -> Result<T, Vec<crate::diagnostics::Diagnostic>> {
    deserialize_with_document_in(source, range, code).map(|(value, _)| value)
}

/// [`deserialize_in`], handing back the parsed document too, for a caller that needs to know
/// where values are written (its spans are relative to `range`).
pub fn deserialize_with_document_in<'s, T: DeserializeOwned>(
    source: &'s crate::diagnostics::SourceText,
    range: Range<usize>,
    code: &'static str,
) -> Result<(T, Spanned<DeTable<'s>>), Vec<crate::diagnostics::Diagnostic>> {
    let offset = range.start;
    deserialize_with_document(&source.text[range]).map_err(|problems| {
        problems
            .into_iter()
            .map(|p| {
                let span = p.span.unwrap_or(0..0);
                crate::diagnostics::Diagnostic::error_in(
                    source,
                    span.start + offset..span.end + offset,
                    code,
                    p.message,
                )
            })
            .collect()
    })
}

/// Deserializes `text` into `T`, collecting all problems.
///
/// Serde stops at the first error. After each one, the innermost key (or array element) it
/// points at is taken out and deserialization is retried, so every bad key is found in one pass
/// over the file. A field that is "missing" only because it was taken out for a bad value is not
/// reported again; its enclosing table is taken out instead so the search can go on.
pub fn deserialize<T: DeserializeOwned>(text: &str) -> Result<T, Vec<TomlProblem>> {
    deserialize_with_document(text).map(|(value, _)| value)
}

/// [`deserialize`], handing back the parsed document too (as written: a document that
/// deserializes has had nothing taken out).
pub fn deserialize_with_document<T: DeserializeOwned>(
    text: &str,
) -> Result<(T, Spanned<DeTable<'_>>), Vec<TomlProblem>> {
    let (mut table, syntax_errors) = DeTable::parse_recoverable(text);
    if !syntax_errors.is_empty() {
        // The parser goes on after an error to find the next, but on the same line that is
        // mostly the same typo seen again ("extra `=`", then "unexpected key or value"): like
        // a compiler, report the first error of each line and drop what follows from it.
        let mut lines_seen = Vec::new();
        return Err(syntax_errors
            .iter()
            .filter(|e| {
                let line = e.span().map(|s| {
                    let before = &text.as_bytes()[..s.start.min(text.len())];
                    before.iter().filter(|&&b| b == b'\n').count()
                });
                let first = !lines_seen.contains(&line);
                lines_seen.push(line);
                first || line.is_none()
            })
            .map(|e| TomlProblem {
                message: syntax_message(text, e.message(), e.span()),
                span: e.span(),
                kind: ProblemKind::Syntax,
            })
            .collect());
    }

    let mut problems = Vec::new();
    let mut taken_out: Vec<KeyPath> = Vec::new();
    // Every round takes something out of the table, so the loop ends.
    loop {
        let error = match T::deserialize(Deserializer::from(table.clone())) {
            Ok(value) if problems.is_empty() => return Ok((value, table)),
            Ok(_) => return Err(problems),
            Err(error) => error,
        };
        let message = tidy_message(error.message());
        // Top-level missing fields come with an empty span.
        let span = error.span().filter(|s| !s.is_empty());

        let next = match missing_field(&message) {
            Some(field) => {
                let at = span.as_ref().and_then(|s| path_to_value_at(&table, s));
                let parent = at.clone().unwrap_or_default();
                let consequence = taken_out
                    .iter()
                    .any(|p| p.parent() == parent.as_slice() && p.last_key() == Some(&field));
                if !consequence {
                    problems.push(TomlProblem {
                        message,
                        span,
                        kind: ProblemKind::MissingField(field),
                    });
                }
                // Take out the table that lacks the field; at the top level there is nothing
                // left to find, since serde checks for missing fields after all other keys.
                at.filter(|p| !p.is_empty())
            }
            None => {
                let path = span.as_ref().and_then(|s| path_containing(&table, s.start));
                problems.push(TomlProblem {
                    message,
                    span,
                    kind: ProblemKind::Invalid,
                });
                path
            }
        };
        match next {
            Some(path) if remove(table.get_mut(), &path) => taken_out.push(path),
            _ => return Err(problems),
        }
    }
}

/// The name in serde's "missing field `name`" message.
fn missing_field(message: &str) -> Option<String> {
    let rest = message.strip_prefix("missing field `")?;
    Some(rest.split('`').next().unwrap_or_default().to_string())
}

/// One step into a TOML document.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Step {
    Key(String),
    Index(usize),
}

/// Where a value lies in a document, from the root.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct KeyPath(Vec<Step>);

impl KeyPath {
    fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    fn as_slice(&self) -> &[Step] {
        &self.0
    }

    fn parent(&self) -> &[Step] {
        &self.0[..self.0.len().saturating_sub(1)]
    }

    fn last_key(&self) -> Option<&String> {
        match self.0.last() {
            Some(Step::Key(key)) => Some(key),
            _ => None,
        }
    }

    fn child(&self, step: Step) -> KeyPath {
        let mut steps = self.0.clone();
        steps.push(step);
        KeyPath(steps)
    }
}

/// The innermost key or array element whose key or value contains `offset`.
fn path_containing(root: &Spanned<DeTable<'_>>, offset: usize) -> Option<KeyPath> {
    fn in_value(value: &Spanned<DeValue<'_>>, offset: usize, here: KeyPath) -> Option<KeyPath> {
        let inner = match value.get_ref() {
            DeValue::Table(table) => in_table(table, offset, &here),
            DeValue::Array(array) => array.iter().enumerate().find_map(|(i, item)| {
                contains(item, offset).then(|| {
                    let element = here.child(Step::Index(i));
                    in_value(item, offset, element.clone()).unwrap_or(element)
                })
            }),
            _ => None,
        };
        inner.or_else(|| value.span().contains(&offset).then_some(here))
    }
    fn in_table(table: &DeTable<'_>, offset: usize, here: &KeyPath) -> Option<KeyPath> {
        table.iter().find_map(|(key, value)| {
            let path = here.child(Step::Key(key.get_ref().to_string()));
            if key.span().contains(&offset) {
                return Some(path);
            }
            if contains(value, offset) {
                return Some(in_value(value, offset, path.clone()).unwrap_or(path));
            }
            None
        })
    }
    in_table(root.get_ref(), offset, &KeyPath::default())
}

/// The path of the table or array element whose own span is exactly `span` (the header a
/// nested "missing field" error points at).
fn path_to_value_at(root: &Spanned<DeTable<'_>>, span: &Range<usize>) -> Option<KeyPath> {
    fn search(value: &Spanned<DeValue<'_>>, span: &Range<usize>, here: KeyPath) -> Option<KeyPath> {
        // The deepest value with the span: an array of tables and its element share the
        // element's `[[header]]`, and a field is missing from the element, not the array.
        let deeper = match value.get_ref() {
            DeValue::Table(table) => table.iter().find_map(|(k, v)| {
                let path = here.child(Step::Key(k.get_ref().to_string()));
                (k.span() == *span)
                    .then(|| path.clone())
                    .or_else(|| search(v, span, path))
            }),
            DeValue::Array(array) => array
                .iter()
                .enumerate()
                .find_map(|(i, item)| search(item, span, here.child(Step::Index(i)))),
            _ => None,
        };
        deeper.or_else(|| (value.span() == *span).then_some(here))
    }
    root.get_ref().iter().find_map(|(k, v)| {
        let path = KeyPath(vec![Step::Key(k.get_ref().to_string())]);
        (k.span() == *span)
            .then(|| path.clone())
            .or_else(|| search(v, span, path))
    })
}

/// True when `offset` lies in `value` or anything nested in it. Table spans do not cover their
/// contents (a `[languages.en]` table spans only its header), so nested keys are searched too.
fn contains(value: &Spanned<DeValue<'_>>, offset: usize) -> bool {
    if value.span().contains(&offset) {
        return true;
    }
    match value.get_ref() {
        DeValue::Table(table) => table
            .iter()
            .any(|(k, v)| k.span().contains(&offset) || contains(v, offset)),
        DeValue::Array(array) => array.iter().any(|v| contains(v, offset)),
        _ => false,
    }
}

/// Takes the key or element at `path` out of `table`. Returns false if there is none.
fn remove(table: &mut DeTable<'_>, path: &KeyPath) -> bool {
    let Some((last, parents)) = path.0.split_last() else {
        return false;
    };
    let mut current: &mut DeValue<'_> = match parents.first() {
        None => return matches!(last, Step::Key(key) if table.remove(key.as_str()).is_some()),
        Some(Step::Key(key)) => match table.get_mut(key.as_str()) {
            Some(value) => value.get_mut(),
            None => return false,
        },
        Some(Step::Index(_)) => return false,
    };
    for step in &parents[1..] {
        let next = match (step, current) {
            (Step::Key(key), DeValue::Table(t)) => t.get_mut(key.as_str()),
            (Step::Index(i), DeValue::Array(a)) => a.get_mut(*i),
            _ => None,
        };
        match next {
            Some(value) => current = value.get_mut(),
            None => return false,
        }
    }
    match (last, current) {
        (Step::Key(key), DeValue::Table(t)) => t.remove(key.as_str()).is_some(),
        (Step::Index(i), DeValue::Array(array)) if *i < array.len() => {
            // An array cannot shrink in place: rebuild it without the element.
            let mut rest = DeArray::new();
            for (j, item) in array.iter().enumerate() {
                if j != *i {
                    rest.push(item.clone());
                }
            }
            *array = rest;
            true
        }
        _ => false,
    }
}

/// TOML's messages end with a newline; keep them to one line.
/// The parser's message, saying which key a "duplicate key" is and what to do about the likeliest
/// cause: `[[references]]` tables added below the `references = []` that `kennis new` writes.
fn syntax_message(text: &str, message: &str, span: Option<Range<usize>>) -> String {
    let message = tidy_message(message);
    let key = span.and_then(|s| text.get(s)).map(str::trim);
    match key {
        Some(key) if message == "duplicate key" && !key.is_empty() => format!(
            "duplicate key `{key}`: it is set earlier in the file (to add [[{key}]] tables, \
             delete a line `{key} = []` first)"
        ),
        _ => message,
    }
}

fn tidy_message(message: &str) -> String {
    message.trim().replace('\n', " ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;
    use std::collections::BTreeMap;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Doc {
        title: String,
        date: Option<String>,
        count: Option<u32>,
        tags: Option<Vec<String>>,
        #[serde(default)]
        refs: Vec<Entry>,
        #[serde(default)]
        languages: BTreeMap<String, Entry>,
    }

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Entry {
        id: String,
        year: Option<u32>,
    }

    fn problems(text: &str) -> Vec<(String, String)> {
        match deserialize::<Doc>(text) {
            Ok(_) => Vec::new(),
            Err(problems) => problems
                .into_iter()
                .map(|p| {
                    let at = p.span.map(|s| text[s].to_string()).unwrap_or_default();
                    (p.message, at)
                })
                .collect(),
        }
    }

    #[test]
    fn every_bad_key_is_reported_once() {
        let found = problems("count = \"three\"\ntitel = \"x\"\ntags = [1]\n");
        let messages: Vec<&str> = found.iter().map(|(m, _)| m.as_str()).collect();
        assert_eq!(messages.len(), 4, "{found:?}");
        assert!(messages.iter().any(|m| m.contains("unknown field `titel`")));
        assert!(found.contains(&(
            "invalid type: string \"three\", expected u32".to_string(),
            "\"three\"".to_string()
        )));
        assert!(
            messages
                .iter()
                .any(|m| m.contains("invalid type: integer `1`"))
        );
        assert_eq!(messages.last(), Some(&"missing field `title`"));
    }

    #[test]
    fn a_missing_field_is_reported_once_whatever_the_key_order() {
        for text in [
            "title = \"T\"\n",
            "count = 1\n",
            "count = 1\ntags = [\"a\"]\n",
        ] {
            let found = problems(&text.replace("title = \"T\"\n", ""));
            assert_eq!(
                found,
                [("missing field `title`".to_string(), String::new())],
                "{text:?}"
            );
        }
    }

    #[test]
    fn a_bad_required_value_is_not_also_missing() {
        let found = problems("title = 5\ncount = 2\n");
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].0.starts_with("invalid type: integer `5`"));
    }

    #[test]
    fn a_bad_required_value_in_an_array_of_tables_is_not_also_missing() {
        let found = problems("title = \"T\"\n[[refs]]\nid = 5\n");
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].0.starts_with("invalid type: integer `5`"),
            "{found:?}"
        );
    }

    #[test]
    fn problems_in_nested_tables_and_arrays_are_all_found() {
        let text = "title = \"T\"\n\
                    [[refs]]\nid = \"a\"\nyear = \"x\"\n\
                    [[refs]]\nid = \"b\"\n\
                    [[refs]]\nyear = 2001\n\
                    [languages.en]\nid = \"en\"\nyear = -1\n\
                    [languages.nl]\nid = 7\n";
        let found = problems(text);
        let messages: Vec<&str> = found.iter().map(|(m, _)| m.as_str()).collect();
        assert_eq!(found.len(), 4, "{found:#?}");
        assert!(
            messages
                .iter()
                .any(|m| m.starts_with("invalid type: string \"x\""))
        );
        assert!(found.contains(&("missing field `id`".to_string(), "[[refs]]".to_string())));
        assert!(
            messages
                .iter()
                .any(|m| m.starts_with("invalid value: integer `-1`"))
        );
        assert!(
            messages
                .iter()
                .any(|m| m.starts_with("invalid type: integer `7`"))
        );
        assert!(
            !messages
                .iter()
                .any(|m| m.contains("`languages`") || m.contains("`refs`"))
        );
    }

    #[test]
    fn syntax_errors_have_spans() {
        let Err(problems) = deserialize::<Doc>("title = \"unterminated\n") else {
            panic!("expected problems");
        };
        assert_eq!(problems[0].kind, ProblemKind::Syntax);
        assert!(problems[0].span.is_some());
    }

    #[test]
    fn one_typo_is_one_syntax_error_and_typos_on_other_lines_are_each_found() {
        let Err(problems) = deserialize::<Doc>("title = = \"x\"\n") else {
            panic!("expected problems");
        };
        assert_eq!(problems.len(), 1, "{problems:?}");
        let Err(problems) = deserialize::<Doc>("title = = \"x\"\nlanguages = [\n[refs\n") else {
            panic!("expected problems");
        };
        assert!(problems.len() >= 2, "{problems:?}");
        assert!(problems.iter().all(|p| p.kind == ProblemKind::Syntax));
    }

    #[test]
    fn tables_added_below_an_empty_list_name_the_key_and_the_fix() {
        let text = "title = \"x\"\nrefs = []\n\n[[refs]]\nid = \"a\"\n";
        let Err(problems) = deserialize::<Doc>(text) else {
            panic!("expected problems");
        };
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(
            problems[0]
                .message
                .starts_with("duplicate key `refs`: it is set earlier in the file"),
            "{}",
            problems[0].message
        );
        assert!(
            problems[0]
                .message
                .contains("delete a line `refs = []` first")
        );
        assert_eq!(problems[0].span.clone().map(|s| &text[s]), Some("refs"));
    }

    #[test]
    fn clean_documents_deserialize() -> crate::TestResult {
        let doc: Doc = deserialize("title = \"x\"\ncount = 3").map_err(|p| format!("{p:?}"))?;
        assert_eq!(doc.count, Some(3));
        Ok(())
    }
}
