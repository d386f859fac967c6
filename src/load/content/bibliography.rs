//! The references articles cite: each article's front matter `[[references]]` and the site's
//! shared bibliography, `content/bibliography.toml` (plus BibTeX `.bib` and CSL-JSON `.json`
//! files in `content/`, as Zotero exports them, with the `bibliographies` feature).
//!
//! Every entry keeps where it was written, so the checks in [`crate::check::references`] can
//! point at the offending field.

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::Path;

use serde::Deserialize;
use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::CONTENT_DIR;
use super::reference::Reference;
use crate::diagnostics::{Diagnostic, SourceText, display_path};
use crate::load::text_file::read_text_file;
use crate::toml_input;

/// The shared bibliography's file name in `content/`.
pub const SHARED_FILE: &str = "bibliography.toml";

/// A reference and where it was written.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// The reference.
    pub reference: Reference,
    /// Byte range of the entry in its file (its `[[references]]` header, or the whole entry).
    pub range: Range<usize>,
    /// Byte ranges of the values of its fields, by field name (empty for BibTeX and CSL-JSON).
    pub fields: BTreeMap<String, Range<usize>>,
}

impl Entry {
    /// Where `field` is written, or else where the entry is.
    pub fn field_range(&self, field: &str) -> Range<usize> {
        self.fields
            .get(field)
            .cloned()
            .unwrap_or_else(|| self.range.clone())
    }
}

/// One file of the shared bibliography.
#[derive(Debug, Clone)]
pub struct BibliographyFile {
    /// The file.
    pub source: SourceText,
    /// Its entries, in file order.
    pub entries: Vec<Entry>,
    /// True for files exported from a reference manager, whose entries need not all be cited.
    pub exported: bool,
}

/// The shared bibliography: every file of it.
#[derive(Debug, Clone, Default)]
pub struct Bibliography {
    /// The files, `bibliography.toml` first, then the others by name.
    pub files: Vec<BibliographyFile>,
    /// A file of it could not be read whole (its problems are reported): citations of keys it
    /// does not have are then not reported, since most are only the consequence.
    pub broken: bool,
}

impl Bibliography {
    /// Every shared entry, with its file.
    pub fn entries(&self) -> impl Iterator<Item = (&BibliographyFile, &Entry)> {
        self.files
            .iter()
            .flat_map(|file| file.entries.iter().map(move |entry| (file, entry)))
    }

    /// The shared entry with this id (the first, if it is defined twice).
    pub fn find(&self, id: &str) -> Option<&Entry> {
        self.entries()
            .map(|(_, entry)| entry)
            .find(|entry| entry.reference.id == id)
    }
}

/// Loads the shared bibliography of the site at `root`. A missing `bibliography.toml` is fine.
pub fn load(root: &Path) -> (Bibliography, Vec<Diagnostic>) {
    let content = root.join(CONTENT_DIR);
    let mut bibliography = Bibliography::default();
    let mut problems = Vec::new();
    let shared = content.join(SHARED_FILE);
    if shared.is_file() {
        match read_text(root, &shared) {
            Ok(source) => {
                let (entries, mut found) = toml_entries(&source, 0..source.text.len(), "");
                problems.append(&mut found);
                bibliography.files.push(BibliographyFile {
                    source,
                    entries,
                    exported: false,
                });
            }
            Err(problem) => problems.push(problem),
        }
    }
    #[cfg(feature = "bibliographies")]
    exported_files(root, &content, &mut bibliography, &mut problems);
    bibliography.broken = crate::diagnostics::has_errors(&problems);
    (bibliography, problems)
}

/// Reads the `.bib` and `.json` files directly in `content/`.
#[cfg(feature = "bibliographies")]
fn exported_files(
    root: &Path,
    content: &Path,
    bibliography: &mut Bibliography,
    problems: &mut Vec<Diagnostic>,
) {
    use super::bib_formats;

    let Ok(listing) = std::fs::read_dir(content) else {
        return;
    };
    let mut paths: Vec<_> = listing
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.is_file())
        .collect();
    paths.sort();
    for path in paths {
        let extension = path.extension().map(|e| e.to_string_lossy().to_lowercase());
        let reader: fn(&SourceText) -> (Vec<bib_formats::ReadEntry>, Vec<Diagnostic>) =
            match extension.as_deref() {
                Some("bib") => bib_formats::read_bibtex,
                Some("json") => bib_formats::read_csl_json,
                _ => continue,
            };
        let source = match read_text(root, &path) {
            Ok(source) => source,
            Err(problem) => {
                problems.push(problem);
                continue;
            }
        };
        let (read, mut found) = reader(&source);
        problems.append(&mut found);
        let entries = read
            .into_iter()
            .map(|e| Entry {
                reference: e.reference,
                range: e.range,
                fields: BTreeMap::new(),
            })
            .collect();
        bibliography.files.push(BibliographyFile {
            source,
            entries,
            exported: true,
        });
    }
}

fn read_text(root: &Path, path: &Path) -> Result<SourceText, Diagnostic> {
    read_text_file(path, &display_path(root, path), "bibliography")
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBibliography {
    #[serde(default)]
    references: Vec<Reference>,
}

/// The `[[references]]` entries of the TOML in `range` of `source`: the whole of
/// `bibliography.toml`, or an article's front matter. `code` names the problem in diagnostics;
/// an empty code means "bibliography".
pub fn toml_entries(
    source: &SourceText,
    range: Range<usize>,
    code: &'static str,
) -> (Vec<Entry>, Vec<Diagnostic>) {
    let code = if code.is_empty() {
        "bibliography"
    } else {
        code
    };
    let (raw, document) = match toml_input::deserialize_with_document_in::<RawBibliography>(
        source,
        range.clone(),
        code,
    ) {
        Ok(read) => read,
        Err(found) => return (Vec::new(), found),
    };
    let entries = with_places(raw.references, document.get_ref(), range.start);
    (entries, Vec::new())
}

/// Pairs references with where they are written in `document`, the parsed TOML they were
/// read from, whose spans are shifted by `offset`.
pub fn with_places(
    references: Vec<Reference>,
    document: &DeTable<'_>,
    offset: usize,
) -> Vec<Entry> {
    let places: &[Spanned<DeValue<'_>>] = document
        .iter()
        .find(|(key, _)| key.get_ref() == "references")
        .and_then(|(_, value)| match value.get_ref() {
            DeValue::Array(entries) => Some(&entries[..]),
            _ => None,
        })
        .unwrap_or_default();
    let shift = |r: Range<usize>| r.start + offset..r.end + offset;
    references
        .into_iter()
        .enumerate()
        .map(|(i, reference)| {
            let place = places.get(i);
            let fields = match place.map(Spanned::get_ref) {
                Some(DeValue::Table(table)) => table
                    .iter()
                    .map(|(name, value)| (name.get_ref().to_string(), shift(value.span())))
                    .collect(),
                _ => BTreeMap::new(),
            };
            Entry {
                reference,
                range: place.map_or(offset..offset, |p| shift(p.span())),
                fields,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_know_where_their_fields_are() -> crate::TestResult {
        let text = "[[references]]\nid = \"a\"\ndoi = \"10.1/x\"\n\n[[references]]\nid = \"b\"\n";
        let source = SourceText::new(SHARED_FILE, text.to_string());
        let (entries, problems) = toml_entries(&source, 0..text.len(), "");
        assert!(problems.is_empty());
        assert_eq!(entries.len(), 2);
        assert_eq!(&text[entries[0].field_range("doi")], "\"10.1/x\"");
        assert_eq!(&text[entries[1].range.clone()], "[[references]]");
        assert_eq!(source.position(entries[1].field_range("id").start).line, 6);
        Ok(())
    }

    #[test]
    fn a_bad_field_is_reported_where_it_is() {
        let text = "[[references]]\nid = \"a\"\nyear = \"twee\"\n";
        let source = SourceText::new(SHARED_FILE, text.to_string());
        let (_, problems) = toml_entries(&source, 0..text.len(), "");
        assert_eq!(problems.len(), 1);
        assert_eq!((problems[0].line, problems[0].column), (3, 8));
    }
}
