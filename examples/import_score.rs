//! Scores `kennis import` on a folder of the import corpus (`tests/import_corpus/`): each page's
//! `NAME.txt` is imported with the markers of its language and compared with the gold answers in
//! `NAME.toml`. Prints one Markdown table per folder.
//!
//! ```sh
//! cargo run --example import_score -- tests/import_corpus/held-out
//! cargo run --example import_score -- tests/import_corpus/build tests/import_corpus/held-out
//! ```
//!
//! The held-out half must not be looked at when changing the importer: score it, report the
//! numbers, and leave its pages alone.
//!
//! `NAME.html` pages are counted but not scored until the library has an HTML importer; then
//! [`html_importer`] returns it and they get a table of their own, scored the same way.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use kennis::commands::import::markers::Markers;
use kennis::commands::import::report::Category;
use kennis::commands::import::{Imported, TextOptions, import_text};
use kennis::load::content::front_matter::Date;
use serde::Deserialize;

/// The gold answers for one page (`NAME.toml`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Gold {
    /// `nl` or `en`.
    pub lang: String,
    /// The address of the public page this one was written after.
    pub follows: String,
    /// The article's title.
    pub title: String,
    /// The article's date, `YYYY-MM-DD`, when the page has one.
    pub date: Option<String>,
    /// Lines of the `.txt` that are boilerplate and must not survive.
    #[serde(default)]
    pub boilerplate: Vec<String>,
    /// How many references the page has.
    pub references: usize,
    /// How many of them have a DOI, PMID, PMCID, web address or ISBN.
    pub references_with_locator: usize,
    /// The headings' texts.
    #[serde(default)]
    pub headings: Vec<String>,
    /// How many tables.
    pub tables: usize,
    /// How many FAQ questions.
    pub faq_questions: usize,
}

/// What the importer made of one page, read back from its Markdown.
#[derive(Debug, Default)]
pub struct Found {
    pub title: String,
    /// Whether the importer said the title may be wrong (and asks for `--title`).
    pub title_in_doubt: bool,
    pub date: Option<String>,
    pub references: usize,
    pub references_with_locator: usize,
    pub headings: Vec<String>,
    /// The headings' texts that are not FAQ questions.
    pub section_headings: Vec<String>,
    /// The FAQ's heading, which the importer writes over an FAQ that has none on the page.
    pub faq_heading: Option<String>,
    pub tables: usize,
    pub faq_questions: usize,
    /// The output's lines as text (title, and each body line without its Markdown markers), to
    /// look for boilerplate lines in.
    pub lines: Vec<String>,
    /// The input lines the importer dropped as not part of the article (text pages only).
    pub dropped: Vec<String>,
}

/// The kinds of page a corpus folder holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// `NAME.txt`: the page's text as a browser copies it.
    Text,
    /// `NAME.html`: the saved page.
    Html,
}

impl Kind {
    /// The file extension of this kind of page.
    pub fn extension(self) -> &'static str {
        match self {
            Kind::Text => "txt",
            Kind::Html => "html",
        }
    }

    /// The library's importer for this kind of page, if it has one.
    pub fn importer(self) -> Option<Importer> {
        match self {
            Kind::Text => Some(text_importer()),
            Kind::Html => html_importer(),
        }
    }

    fn name(self) -> &'static str {
        match self {
            Kind::Text => "text",
            Kind::Html => "HTML",
        }
    }
}

/// Sums over the pages of one kind in one folder.
#[derive(Debug, Default)]
pub struct Score {
    /// Pages scored.
    pub pages: usize,
    /// Pages of a kind without an importer: counted, not scored.
    pub unsupported: usize,
    pub titles_right: usize,
    /// Titles the importer said it was unsure of (right or wrong).
    pub titles_in_doubt: usize,
    /// Wrong titles the importer did not say it was unsure of: the silent failures.
    pub titles_wrong_unflagged: usize,
    pub dates_gold: usize,
    pub dates_right: usize,
    pub dates_wrong: usize,
    pub dates_missed: usize,
    pub boilerplate_gold: usize,
    pub boilerplate_left: usize,
    /// Lines of the article (not gold boilerplate, not the title) the importer dropped.
    pub article_dropped: usize,
    /// Lines of the text pages that are not gold boilerplate: what `article_dropped` is out of.
    pub article_lines: usize,
    pub references_gold: usize,
    pub references_found: usize,
    pub references_extra: usize,
    pub references_pages_exact: usize,
    pub locators_gold: usize,
    pub locators_found: usize,
    pub headings_gold: usize,
    pub headings_found: usize,
    /// Headings in the output that are not gold headings nor FAQ questions: lead-ins,
    /// boilerplate or body lines taken for headings.
    pub headings_extra: usize,
    pub tables_gold: usize,
    pub tables_found: usize,
    pub tables_extra: usize,
    pub faq_gold: usize,
    pub faq_found: usize,
    /// One line per page that is not perfect, for whoever works on the build half.
    pub misses: Vec<String>,
}

/// The date given to the importer for a text without a date line; finding it means "no date".
const NO_DATE: Date = Date {
    year: 1900,
    month: 1,
    day: 1,
};

/// An importer of one kind of page.
pub type Importer = fn(&str, &TextOptions, &Markers) -> Imported;

/// The importer of raw text.
pub fn text_importer() -> Importer {
    import_text
}

/// The importer of saved HTML pages (with the `import-html` feature): `.html` pages are scored
/// like `.txt`. Images saved beside a page are not looked for: the corpus has none.
pub fn html_importer() -> Option<Importer> {
    #[cfg(feature = "import-html")]
    {
        fn import(html: &str, options: &TextOptions, markers: &Markers) -> Imported {
            kennis::commands::import::html::import_html(html, options, markers, None)
        }
        Some(import)
    }
    #[cfg(not(feature = "import-html"))]
    {
        None
    }
}

/// The pages of `dir`: the stems that have a `.toml`, sorted.
pub fn pages(dir: &Path) -> Result<Vec<String>, String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut stems = Vec::new();
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.extension().is_some_and(|e| e == "toml")
            && let Some(stem) = path.file_stem()
        {
            stems.push(stem.to_string_lossy().into_owned());
        }
    }
    stems.sort();
    Ok(stems)
}

/// Reads one page's gold answers.
pub fn read_gold(path: &Path) -> Result<Gold, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    toml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

/// Reads the importer's Markdown back.
pub fn read_markdown(markdown: &str) -> Found {
    let mut found = Found::default();
    let (front, body) = split_front_matter(markdown);
    found.lines = body.lines().map(line_text).collect();
    if let Ok(table) = front.parse::<toml::Table>() {
        if let Some(title) = table.get("title").and_then(|v| v.as_str()) {
            found.title = title.to_string();
            found.lines.push(title.trim().to_string());
        }
        found.date = table.get("date").map(|d| match d {
            toml::Value::String(s) => s.clone(),
            other => other.to_string(),
        });
        if let Some(refs) = table.get("references").and_then(|v| v.as_array()) {
            found.references = refs.len();
            found.references_with_locator = refs
                .iter()
                .filter(|r| {
                    ["doi", "pmid", "pmcid", "url", "isbn"]
                        .iter()
                        .any(|k| r.get(k).is_some())
                })
                .count();
        }
    }
    let mut faq_level: Option<usize> = None;
    for line in body.lines() {
        if line.starts_with("|---") || line.starts_with("| ---") {
            found.tables += 1;
        }
        let Some(level) = heading_level(line) else {
            continue;
        };
        let mut text = line[level..].trim().to_string();
        let is_faq = text.ends_with("{#faq}");
        if is_faq {
            text = text.trim_end_matches("{#faq}").trim_end().to_string();
        }
        text = text.replace('\\', "").replace("&#125;", "}");
        let mut is_question = false;
        match faq_level {
            Some(l) if level == l + 1 => {
                found.faq_questions += 1;
                is_question = true;
            }
            Some(l) if level <= l => faq_level = None,
            _ => {}
        }
        if !is_question {
            found.section_headings.push(text.clone());
        }
        if is_faq {
            faq_level = Some(level);
            found.faq_heading = Some(text.clone());
        }
        found.headings.push(text);
    }
    found
}

/// One line of the Markdown body as plain text: without heading, list, quote and emphasis
/// markers and backslash escapes.
fn line_text(line: &str) -> String {
    let mut text = line.trim();
    loop {
        let before = text;
        text = text.trim_start_matches('>').trim_start();
        text = text.trim_start_matches('#').trim_start();
        for marker in ["- ", "* ", "+ "] {
            text = text.strip_prefix(marker).unwrap_or(text);
        }
        if let Some((number, rest)) = text.split_once(". ")
            && !number.is_empty()
            && number.chars().all(|c| c.is_ascii_digit())
        {
            text = rest;
        }
        if text == before {
            break;
        }
    }
    let text = text.trim_end_matches("{#faq}").trim();
    let text = text
        .strip_prefix("**")
        .and_then(|t| t.strip_suffix("**"))
        .or_else(|| text.strip_prefix('_').and_then(|t| t.strip_suffix('_')))
        .unwrap_or(text);
    text.replace('\\', "").trim().to_string()
}

fn split_front_matter(markdown: &str) -> (&str, &str) {
    let Some(rest) = markdown.strip_prefix("+++\n") else {
        return ("", markdown);
    };
    match rest.find("\n+++\n") {
        Some(end) => (&rest[..end], &rest[end + 5..]),
        None => (rest, ""),
    }
}

fn heading_level(line: &str) -> Option<usize> {
    let hashes = line.chars().take_while(|&c| c == '#').count();
    (1..=6)
        .contains(&hashes)
        .then_some(hashes)
        .filter(|&h| line[h..].starts_with(' '))
}

/// Adds one page's result to `score`.
pub fn add(score: &mut Score, stem: &str, gold: &Gold, found: &Found) {
    let mut misses = Vec::new();
    score.titles_in_doubt += usize::from(found.title_in_doubt);
    if found.title.trim() == gold.title.trim() {
        score.titles_right += 1;
    } else {
        score.titles_wrong_unflagged += usize::from(!found.title_in_doubt);
        let doubt = if found.title_in_doubt {
            " (in doubt)"
        } else {
            ""
        };
        misses.push(format!("title {:?}{doubt}", found.title));
    }
    let found_date = found.date.clone().filter(|d| d != "1900-01-01");
    match (&gold.date, &found_date) {
        (Some(g), Some(f)) if g == f => {
            score.dates_gold += 1;
            score.dates_right += 1;
        }
        (Some(_), Some(f)) => {
            score.dates_gold += 1;
            score.dates_wrong += 1;
            misses.push(format!("date {f}"));
        }
        (Some(_), None) => {
            score.dates_gold += 1;
            score.dates_missed += 1;
            misses.push("date missed".into());
        }
        (None, Some(f)) => {
            score.dates_wrong += 1;
            misses.push(format!("date {f} (page has none)"));
        }
        (None, None) => {}
    }
    score.boilerplate_gold += gold.boilerplate.len();
    for line in &gold.boilerplate {
        let line = line.trim();
        if !line.is_empty() && found.lines.iter().any(|l| l == line) {
            score.boilerplate_left += 1;
            misses.push(format!("boilerplate left {line:?}"));
        }
    }
    for line in &found.dropped {
        let line = line.trim();
        let is_boilerplate = gold.boilerplate.iter().any(|b| b.trim() == line);
        if !is_boilerplate && line != gold.title.trim() {
            score.article_dropped += 1;
            misses.push(format!("article line dropped {line:?}"));
        }
    }
    score.references_gold += gold.references;
    score.references_found += found.references.min(gold.references);
    score.references_extra += found.references.saturating_sub(gold.references);
    if found.references == gold.references {
        score.references_pages_exact += 1;
    } else {
        misses.push(format!(
            "references {}/{}",
            found.references, gold.references
        ));
    }
    score.locators_gold += gold.references_with_locator;
    score.locators_found += found
        .references_with_locator
        .min(gold.references_with_locator);
    score.headings_gold += gold.headings.len();
    for heading in &gold.headings {
        if found.headings.iter().any(|h| h.trim() == heading.trim()) {
            score.headings_found += 1;
        } else {
            misses.push(format!("heading missed {heading:?}"));
        }
    }
    // The heading written over an FAQ that has none on the page is measured by its questions.
    let added_faq_heading =
        |heading: &String| gold.faq_questions > 0 && found.faq_heading.as_ref() == Some(heading);
    for heading in &found.section_headings {
        if !gold.headings.iter().any(|h| h.trim() == heading.trim()) && !added_faq_heading(heading)
        {
            score.headings_extra += 1;
            misses.push(format!("extra heading {heading:?}"));
        }
    }
    score.tables_gold += gold.tables;
    score.tables_found += found.tables.min(gold.tables);
    score.tables_extra += found.tables.saturating_sub(gold.tables);
    if found.tables != gold.tables {
        misses.push(format!("tables {}/{}", found.tables, gold.tables));
    }
    score.faq_gold += gold.faq_questions;
    score.faq_found += found.faq_questions.min(gold.faq_questions);
    if found.faq_questions != gold.faq_questions {
        misses.push(format!(
            "FAQ questions {}/{}",
            found.faq_questions, gold.faq_questions
        ));
    }
    if !misses.is_empty() {
        score.misses.push(format!("{stem}: {}", misses.join("; ")));
    }
}

/// Scores every page of `kind` in `dir` with the markers of `root` (the repository or a site).
/// Pages of a kind the library cannot import yet are only counted (`Score::unsupported`).
pub fn score_dir(root: &Path, dir: &Path, kind: Kind) -> Result<Score, String> {
    let mut markers: BTreeMap<String, Markers> = BTreeMap::new();
    let mut score = Score::default();
    let options = TextOptions {
        date: NO_DATE,
        date_given: false,
        title: None,
    };
    for stem in pages(dir)? {
        let gold = read_gold(&dir.join(format!("{stem}.toml")))?;
        if !markers.contains_key(&gold.lang) {
            let loaded = Markers::load(root, &gold.lang)
                .map_err(|e| format!("markers for {}: {e:?}", gold.lang))?;
            markers.insert(gold.lang.clone(), loaded);
        }
        let Some(lang_markers) = markers.get(&gold.lang) else {
            continue;
        };
        let file = dir.join(format!("{stem}.{}", kind.extension()));
        if !file.exists() {
            continue;
        }
        let Some(importer) = kind.importer() else {
            score.unsupported += 1;
            continue;
        };
        let input =
            std::fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
        let imported = importer(&input, &options, lang_markers);
        let mut found = read_markdown(&imported.markdown);
        found.title_in_doubt = imported.title_doubt.is_some();
        if kind == Kind::Text {
            let input_lines: Vec<&str> = input.lines().collect();
            found.dropped = imported
                .report
                .of(Category::Dropped)
                .filter_map(|e| input_lines.get(e.line.checked_sub(1)?))
                .map(|l| l.to_string())
                .collect();
            score.article_lines += input_lines
                .iter()
                .filter(|l| !l.trim().is_empty())
                .filter(|l| !gold.boilerplate.iter().any(|b| b.trim() == l.trim()))
                .count();
        }
        score.pages += 1;
        add(&mut score, &stem, &gold, &found);
    }
    Ok(score)
}

fn ratio(a: usize, b: usize) -> String {
    format!("{a}/{b}")
}

/// The Markdown table of one folder's score for one kind of page.
pub fn table(name: &str, kind: Kind, s: &Score) -> String {
    let mut out = String::new();
    if s.pages == 0 {
        if s.unsupported > 0 {
            let _ = writeln!(
                out,
                "{}: not supported yet ({} pages).",
                kind.name(),
                s.unsupported
            );
        }
        return out;
    }
    let _ = writeln!(out, "**{name}** ({} {} pages)\n", s.pages, kind.name());
    let _ = writeln!(out, "| measure | score |");
    let _ = writeln!(out, "|---|---|");
    let rows = [
        ("titles right", ratio(s.titles_right, s.pages)),
        (
            "titles in doubt (`--title` asked for); wrong and not in doubt",
            format!("{}; {}", s.titles_in_doubt, s.titles_wrong_unflagged),
        ),
        (
            "dates right (of pages with a date)",
            format!(
                "{} (wrong {}, missed {})",
                ratio(s.dates_right, s.dates_gold),
                s.dates_wrong,
                s.dates_missed
            ),
        ),
        (
            "boilerplate lines left (lower is better)",
            ratio(s.boilerplate_left, s.boilerplate_gold),
        ),
        (
            "article lines dropped (lower is better)",
            if s.article_lines == 0 {
                "not measured (text pages only)".to_string()
            } else {
                ratio(s.article_dropped, s.article_lines)
            },
        ),
        (
            "references found",
            format!(
                "{} (extra {}, pages exact {})",
                ratio(s.references_found, s.references_gold),
                s.references_extra,
                ratio(s.references_pages_exact, s.pages)
            ),
        ),
        (
            "references with a locator",
            ratio(s.locators_found, s.locators_gold),
        ),
        (
            "headings found",
            format!(
                "{} (extra {})",
                ratio(s.headings_found, s.headings_gold),
                s.headings_extra
            ),
        ),
        (
            "tables found",
            format!(
                "{} (extra {})",
                ratio(s.tables_found, s.tables_gold),
                s.tables_extra
            ),
        ),
        ("FAQ questions found", ratio(s.faq_found, s.faq_gold)),
    ];
    for (measure, value) in rows {
        let _ = writeln!(out, "| {measure} | {value} |");
    }
    out
}

#[allow(dead_code)]
fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let verbose = args.iter().any(|a| a == "--misses");
    args.retain(|a| a != "--misses");
    if args.is_empty() {
        eprintln!("usage: import_score [--misses] DIR...");
        std::process::exit(2);
    }
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    for dir in args {
        let path = PathBuf::from(&dir);
        for kind in [Kind::Text, Kind::Html] {
            match score_dir(&root, &path, kind) {
                Ok(score) => {
                    println!("{}", table(&dir, kind, &score));
                    if verbose && !score.misses.is_empty() {
                        for miss in &score.misses {
                            println!("- {miss}");
                        }
                        println!();
                    }
                }
                Err(e) => {
                    eprintln!("{e}");
                    std::process::exit(1);
                }
            }
        }
    }
}
