//! Comparison tables as data: `content/comparisons/<key>.toml` (DESIGN.md, "FAQ, callouts,
//! comparison tables").
//!
//! ```toml
//! title = { nl = "Vormen van magnesium", en = "Forms of magnesium" }
//! caption = { nl = "…", en = "…" }
//! slug = { nl = "magnesiumvormen", en = "magnesium-forms" }   # optional; default: the key
//!
//! [[columns]]
//! nl = "Vorm"
//! en = "Form"
//!
//! [[rows]]
//! sources = ["nih-magnesium"]
//! cells = [{ nl = "Magnesiumoxide", en = "Magnesium oxide" }]
//! ```
//!
//! The first column holds the row headers. Every text keeps where it was written, so the claim
//! checker and the reference checks can point at the cell or source id itself.

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;
use std::path::Path;

use serde::Deserialize;
use toml::Spanned;

use super::CONTENT_DIR;
use crate::diagnostics::{Diagnostic, SourceText, display_path};
use crate::load::config::Config;
use crate::load::text_file::read_text_file;
use crate::slug::is_valid_slug;
use crate::toml_input;

/// The folder in `content/` that holds the comparison tables.
pub const COMPARISONS_DIR: &str = "comparisons";

/// A text in every language of the site, with where each one is written.
#[derive(Debug, Clone, Default)]
pub struct Localized {
    texts: BTreeMap<String, (String, Range<usize>)>,
}

impl Localized {
    /// The text in `lang` (empty if the language is missing, which loading reports).
    pub fn get(&self, lang: &str) -> &str {
        self.texts.get(lang).map_or("", |(text, _)| text.as_str())
    }

    /// Where the text in `lang` is written.
    pub fn range(&self, lang: &str) -> Option<Range<usize>> {
        self.texts.get(lang).map(|(_, range)| range.clone())
    }
}

/// One row: its cells (the first is the row header) and the references behind it.
#[derive(Debug, Clone)]
pub struct ComparisonRow {
    /// Cells, one per column.
    pub cells: Vec<Localized>,
    /// Reference ids from the shared bibliography, with where each is written.
    pub sources: Vec<(String, Range<usize>)>,
    /// Where the row is written.
    pub range: Range<usize>,
    /// `weak_source = true`: the table says why this row rests on sources weaker than
    /// `[claims] min_level` (no `weak-source` for it).
    pub weak_source_accepted: bool,
}

/// A comparison table.
#[derive(Debug, Clone)]
pub struct Comparison {
    /// The file.
    pub source: SourceText,
    /// The file name without `.toml`: what the shortcode names.
    pub key: String,
    /// Title, the heading of its own page.
    pub title: Localized,
    /// What the table shows, in a sentence: its `<caption>`.
    pub caption: Localized,
    /// Column headings.
    pub columns: Vec<Localized>,
    /// Rows.
    pub rows: Vec<ComparisonRow>,
    /// Output path of its own page per language, e.g. `nl/vergelijkingen/magnesiumvormen/`.
    pub site_paths: BTreeMap<String, String>,
}

impl Comparison {
    /// Every reference id the table cites, in order of first appearance.
    pub fn cited_ids(&self) -> Vec<&str> {
        let mut seen = BTreeSet::new();
        self.rows
            .iter()
            .flat_map(|row| row.sources.iter())
            .map(|(id, _)| id.as_str())
            .filter(|id| seen.insert(*id))
            .collect()
    }
}

/// The site's comparison tables.
#[derive(Debug, Clone, Default)]
pub struct Comparisons {
    /// The tables without errors, ordered by key.
    pub tables: Vec<Comparison>,
    /// Keys of tables left out because their file has errors (reported on their own).
    pub broken: BTreeSet<String>,
}

/// No tables at all: for pages that cannot embed any.
pub static NO_COMPARISONS: Comparisons = Comparisons {
    tables: Vec::new(),
    broken: BTreeSet::new(),
};

impl Comparisons {
    /// The table with this key.
    pub fn find(&self, key: &str) -> Option<&Comparison> {
        self.tables.iter().find(|c| c.key == key)
    }
}

/// Loads every `content/comparisons/*.toml` of the site at `root`, with the errors found.
pub fn load(root: &Path, config: &Config) -> (Comparisons, Vec<Diagnostic>) {
    let mut loaded = Comparisons::default();
    let mut problems = Vec::new();
    let folder = root.join(CONTENT_DIR).join(COMPARISONS_DIR);
    let Ok(listing) = std::fs::read_dir(&folder) else {
        return (loaded, problems);
    };
    let mut paths: Vec<_> = listing
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.is_file() && path.extension().is_some_and(|e| e == "toml"))
        .collect();
    paths.sort();
    for path in paths {
        let key = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let shown = display_path(root, &path);
        let result = read_text_file(&path, &shown, "comparison")
            .map_err(|problem| vec![problem])
            .and_then(|source| parse(source, &key, config));
        match result {
            Ok(table) => loaded.tables.push(table),
            Err(mut found) => {
                problems.append(&mut found);
                loaded.broken.insert(key);
            }
        }
    }
    (loaded, problems)
}

type RawLocalized = Spanned<BTreeMap<String, Spanned<String>>>;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawComparison {
    title: RawLocalized,
    caption: RawLocalized,
    #[serde(default)]
    slug: Option<RawLocalized>,
    columns: Vec<RawLocalized>,
    rows: Vec<Spanned<RawRow>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRow {
    #[serde(default)]
    sources: Vec<Spanned<String>>,
    #[serde(default)]
    weak_source: bool,
    cells: Spanned<Vec<RawLocalized>>,
}

/// Parses and validates one table file.
fn parse(source: SourceText, key: &str, config: &Config) -> Result<Comparison, Vec<Diagnostic>> {
    let raw: RawComparison =
        toml_input::deserialize_in(&source, 0..source.text.len(), "comparison")?;
    let mut problems = Vec::new();
    let mut report = |range: Range<usize>, message: String| {
        problems.push(Diagnostic::error_in(&source, range, "comparison", message));
    };
    if !is_valid_slug(key) {
        report(
            0..0,
            format!(
                "the file name {key:?} is the table's key: use lowercase letters, digits and hyphens"
            ),
        );
    }
    let mut localized = |raw: RawLocalized, what: &str| -> Localized {
        let whole = raw.span();
        let mut texts = BTreeMap::new();
        for (lang, text) in raw.into_inner() {
            let range = text.span();
            if config.language(&lang).is_none() {
                report(
                    range,
                    format!("{what}: language {lang:?} is not in site.toml [languages]"),
                );
            } else if text.get_ref().trim().is_empty() {
                report(range, format!("{what}: the {lang:?} text is empty"));
            } else {
                texts.insert(lang, (text.into_inner(), range));
            }
        }
        for lang in config.language_codes() {
            if !texts.contains_key(lang) {
                report(
                    whole.clone(),
                    format!("{what}: no text in {lang:?}; add {lang} = \"…\""),
                );
            }
        }
        Localized { texts }
    };

    let title = localized(raw.title, "title");
    let caption = localized(raw.caption, "caption");
    let slugs = raw.slug.map(|s| localized(s, "slug"));
    let columns: Vec<Localized> = raw
        .columns
        .into_iter()
        .enumerate()
        .map(|(i, c)| localized(c, &format!("column {}", i + 1)))
        .collect();
    let mut rows = Vec::new();
    for (i, row) in raw.rows.into_iter().enumerate() {
        let range = row.span();
        let row = row.into_inner();
        let cells_range = row.cells.span();
        let cells: Vec<Localized> = row
            .cells
            .into_inner()
            .into_iter()
            .enumerate()
            .map(|(j, c)| localized(c, &format!("row {}, cell {}", i + 1, j + 1)))
            .collect();
        rows.push((i, cells_range, cells, row.sources, row.weak_source, range));
    }
    let mut checked_rows = Vec::new();
    for (i, cells_range, cells, sources, weak_source_accepted, range) in rows {
        if cells.len() != columns.len() {
            report(
                cells_range,
                format!(
                    "row {} has {} cells but the table has {} columns",
                    i + 1,
                    cells.len(),
                    columns.len()
                ),
            );
        }
        checked_rows.push(ComparisonRow {
            cells,
            sources: sources
                .into_iter()
                .map(|s| {
                    let range = s.span();
                    (s.into_inner(), range)
                })
                .collect(),
            range,
            weak_source_accepted,
        });
    }
    if columns.is_empty() {
        report(0..0, "the table has no [[columns]]".to_string());
    }

    let mut site_paths = BTreeMap::new();
    for lang in config.language_codes() {
        let slug = slugs.as_ref().map_or(key, |s| s.get(lang));
        if let Some(range) = slugs.as_ref().and_then(|s| s.range(lang))
            && !is_valid_slug(slug)
        {
            report(
                range,
                format!("slug {slug:?} must be lowercase letters, digits and hyphens"),
            );
        }
        site_paths.insert(
            lang.to_string(),
            format!("{}{slug}/", config.comparisons_path(lang)),
        );
    }

    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(Comparison {
        source,
        key: key.to_string(),
        title,
        caption,
        columns,
        rows: checked_rows,
        site_paths,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config() -> Config {
        crate::load::config::tests::two_languages()
    }

    fn parse_text(text: &str) -> Result<Comparison, Vec<Diagnostic>> {
        let source = SourceText::new("content/comparisons/vormen.toml", text.to_string());
        parse(source, "vormen", &config())
    }

    const TABLE: &str = r#"title = { nl = "Vormen", en = "Forms" }
caption = { nl = "Vormen vergeleken.", en = "Forms compared." }
slug = { nl = "vormen", en = "forms" }

[[columns]]
nl = "Vorm"
en = "Form"

[[columns]]
nl = "Opname"
en = "Absorption"

[[rows]]
sources = ["nih-magnesium"]
cells = [
  { nl = "Citraat", en = "Citrate" },
  { nl = "Goed opgenomen.", en = "Well absorbed." },
]
"#;

    #[test]
    fn reads_a_table_with_its_places() -> crate::TestResult {
        let table = parse_text(TABLE).map_err(|d| format!("{d:?}"))?;
        assert_eq!(table.title.get("en"), "Forms");
        assert_eq!(table.columns.len(), 2);
        assert_eq!(table.rows[0].cells[1].get("nl"), "Goed opgenomen.");
        let (id, range) = &table.rows[0].sources[0];
        assert_eq!(id, "nih-magnesium");
        assert_eq!(&TABLE[range.clone()], "\"nih-magnesium\"");
        let cell = table.rows[0].cells[1].range("en").ok_or("no range")?;
        assert_eq!(&TABLE[cell], "\"Well absorbed.\"");
        assert_eq!(table.site_paths["en"], "en/comparisons/forms/");
        assert_eq!(table.site_paths["nl"], "nl/comparisons/vormen/");
        Ok(())
    }

    #[test]
    fn reports_missing_languages_and_short_rows_where_they_are() {
        let text = TABLE
            .replace(", en = \"Well absorbed.\"", "")
            .replace("  { nl = \"Citraat\", en = \"Citrate\" },\n", "");
        let problems = parse_text(&text).err().unwrap_or_default();
        let messages: Vec<(usize, &str)> = problems
            .iter()
            .map(|d| (d.line, d.message.as_str()))
            .collect();
        assert_eq!(
            messages,
            [
                (16, "row 1, cell 1: no text in \"en\"; add en = \"…\""),
                (15, "row 1 has 1 cells but the table has 2 columns"),
            ]
        );
    }
}
