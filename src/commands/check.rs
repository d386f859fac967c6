//! `kennis check`: every content check, without writing anything.
//!
//! With no path, or a folder, it checks a whole site. A Markdown file inside a site (a
//! `site.toml` above it, the file under its `content/`) is checked with the site around it,
//! so its citations can use the shared bibliography. Any other Markdown file is checked on its
//! own: its language comes from `--lang`, else its front matter `lang`, else its name
//! (`x.nl.md`), and it may cite only its own `[[references]]`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::build::{self, CheckDepth};
use crate::check::references;
use crate::diagnostics::{self, Diagnostic, Severity};
use crate::load::config::{CONFIG_FILE, Config, ConfigError};
use crate::load::content::CONTENT_DIR;
use crate::load::content::bibliography::Bibliography;
use crate::load::content::files::{ContentFile, FileKey, Role};
use crate::load::content::front_matter;
use crate::load::content::read::{self, Page};
use crate::parse::claims::{self, detector::Detector};
use crate::parse::markdown::links::{PageRef, Unresolved};
use crate::parse::markdown::{self, Document, Labels, LinkResolver, Sources};
use crate::parse::references::PageReferences;

/// What to check.
#[derive(Debug, Clone, Default)]
pub struct CheckOptions {
    /// Markdown files or site folders; none means the site at `root`.
    pub paths: Vec<PathBuf>,
    /// The site checked when no path is given.
    pub root: PathBuf,
    /// The language of lone Markdown files, overriding their front matter and name.
    pub lang: Option<String>,
    /// Check drafts too.
    pub include_drafts: bool,
    /// Check the content alone, without rendering the pages (see [`CheckDepth::Content`]).
    pub content_only: bool,
    /// Today, for the review dates (see [`Config::today`]).
    pub today: Option<front_matter::Date>,
}

/// Why a check could not run at all (exit code 2).
#[derive(Debug, thiserror::Error)]
pub enum CheckError {
    /// A site's `site.toml` is missing or wrong.
    #[error(transparent)]
    Config(#[from] ConfigError),
    /// A path or option cannot be used.
    #[error("{0}")]
    Usage(String),
}

/// What a check found, and what it read.
#[derive(Debug, Clone, Default)]
pub struct CheckReport {
    /// Every finding, sorted.
    pub found: Vec<Diagnostic>,
    /// How many files were checked.
    pub files: usize,
    /// How many pages were rendered to check them as a build would (0 with
    /// [`CheckOptions::content_only`]).
    pub pages: usize,
    /// The drafts left out (named files, or the whole site's), as display paths: without
    /// `--drafts` they are not checked.
    pub drafts_skipped: Vec<String>,
}

/// Runs every check on what `options` names: all findings, sorted, with the number of files
/// checked and the drafts left out.
pub fn check(options: &CheckOptions) -> Result<CheckReport, CheckError> {
    let mut sites: BTreeMap<PathBuf, Option<BTreeSet<PathBuf>>> = BTreeMap::new();
    let mut lone_files = Vec::new();
    if options.paths.is_empty() {
        sites.insert(options.root.clone(), None);
    }
    for path in &options.paths {
        if path.is_dir() {
            sites.insert(path.clone(), None);
        } else if !path.is_file() {
            return Err(CheckError::Usage(format!(
                "{}: no such file or folder",
                path.display()
            )));
        } else if let Some(root) = site_around(path) {
            // A whole-site check of the same site already covers the file.
            if let Some(files) = sites.entry(root).or_insert_with(|| Some(BTreeSet::new())) {
                files.insert(path.canonicalize().unwrap_or_else(|_| path.clone()));
            }
        } else {
            lone_files.push(path.clone());
        }
    }

    let mut report = CheckReport::default();
    for (root, only) in &sites {
        let depth = if options.content_only {
            CheckDepth::Content
        } else {
            CheckDepth::Pages
        };
        let site = check_site(root, only.as_ref(), options, depth)?;
        report.found.extend(site.found);
        report.files += site.files;
        report.pages += site.pages;
        report.drafts_skipped.extend(site.drafts_skipped);
    }
    for file in &lone_files {
        report
            .found
            .extend(check_lone_file(file, options.lang.as_deref())?);
        report.files += 1;
    }
    diagnostics::sort(&mut report.found);
    Ok(report)
}

/// The site root a file belongs to: the nearest folder above it with a `site.toml`, if the
/// file lies under that site's `content/`.
fn site_around(file: &Path) -> Option<PathBuf> {
    let absolute = file.canonicalize().ok()?;
    absolute
        .ancestors()
        .skip(1)
        .find(|dir| dir.join(CONFIG_FILE).is_file())
        .filter(|root| absolute.starts_with(root.join(CONTENT_DIR)))
        .map(Path::to_path_buf)
}

/// Checks the site at `root`; with `only`, keeps the findings about those files (the whole
/// site is checked all the same: their pages link to the rest of it).
fn check_site(
    root: &Path,
    only: Option<&BTreeSet<PathBuf>>,
    options: &CheckOptions,
    depth: CheckDepth,
) -> Result<CheckReport, CheckError> {
    let mut config = Config::load(root)?;
    config.today = options.today;
    let site = build::check_site(root, &config, options.include_drafts, depth);
    let drafts = site.drafts.iter().map(FileKey::display_path);
    let Some(only) = only else {
        return Ok(CheckReport {
            found: site.found,
            files: site.files,
            pages: site.pages,
            drafts_skipped: drafts.collect(),
        });
    };
    let canonical_root = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    let shown: BTreeSet<String> = only
        .iter()
        .map(|file| diagnostics::display_path(&canonical_root, file))
        .collect();
    let drafts_skipped: Vec<String> = drafts.filter(|path| shown.contains(path)).collect();
    // Errors in the files the named ones depend on (site.toml, i18n/, the theme, the shared
    // bibliography, comparison tables) are kept: they fail the build of those files too.
    let shared = |d: &Diagnostic| d.severity == Severity::Error && !d.file.ends_with(".md");
    Ok(CheckReport {
        found: site
            .found
            .into_iter()
            .filter(|d| shown.contains(&d.file) || shared(d))
            .collect(),
        files: shown.len() - drafts_skipped.len(),
        // Their pages were checked with the rest of the site's (none if all were drafts).
        pages: if shown.len() > drafts_skipped.len() {
            site.pages
        } else {
            0
        },
        drafts_skipped,
    })
}

#[derive(Deserialize)]
struct DeclaredLanguage {
    lang: Option<String>,
}

/// Checks one Markdown file that belongs to no site.
fn check_lone_file(path: &Path, lang: Option<&str>) -> Result<Vec<Diagnostic>, CheckError> {
    let shown = path.to_string_lossy().replace('\\', "/");
    let source = match crate::load::text_file::read_text_file(path, &shown, "content") {
        Ok(source) => source,
        Err(problem) => return Ok(vec![problem]),
    };
    let split = match front_matter::split(&source) {
        Ok(split) => split,
        Err(problem) => return Ok(vec![problem]),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let stem = name.strip_suffix(".md").unwrap_or(&name);
    let (key, from_name) = match stem.rsplit_once('.') {
        Some((key, code)) => (key, Some(code)),
        None => (stem, None),
    };
    let declared = toml::from_str::<DeclaredLanguage>(&source.text[split.front_matter.clone()])
        .ok()
        .and_then(|d| d.lang);
    let Some(lang) = lang
        .map(str::to_string)
        .or(declared)
        .or(from_name.map(str::to_string))
    else {
        return Err(CheckError::Usage(format!(
            "{shown}: which language is it? Name it like x.nl.md, set lang in its front matter, \
             or pass --lang"
        )));
    };
    let detector = Detector::built_in(&lang).ok_or_else(|| {
        CheckError::Usage(format!(
            "{shown}: kennis has no claim lexicon for language {lang:?} (it has nl and en)"
        ))
    })?;
    let file = ContentFile {
        path: path.to_path_buf(),
        display_path: shown.clone(),
        role: Role::Article,
        key: FileKey {
            section: String::new(),
            key: key.to_string(),
            lang: lang.clone(),
        },
    };
    let article = match read::parse(source, &file, true) {
        Ok(Page::Article(article)) => article,
        Ok(_) => return Ok(Vec::new()),
        Err(problems) => return Ok(problems),
    };
    let nothing_shared = Bibliography::default();
    let references = PageReferences::of_lone_article(&article, &nothing_shared);
    let doc = Document {
        source: &article.source,
        body: &article.body,
        lang: &lang,
        article: None,
    };
    let sources = Sources::claims_only(&references, &detector);
    let rendered = markdown::render(doc, &Labels::default(), &NoSite, sources);
    let mut found = rendered.diagnostics.clone();
    found.extend(claims::in_summary(&article, &detector, Severity::Error));
    found.extend(references::check_lone_article(&article, &rendered));
    Ok(found)
}

/// Outside a site there is nothing to resolve `@/` links against: they are left unchecked.
struct NoSite;

impl LinkResolver for NoSite {
    fn resolve(&self, _: &PageRef, _: &str) -> Result<String, Unresolved> {
        Ok(String::new())
    }
}

/// The findings as the JSON object DESIGN.md fixes, keys in its order:
/// `{"diagnostics": [{file, line, column, end_line, end_column, severity, code, message,
/// text}], "summary": {errors, warnings, files}}`. `text` is `null` when a finding quotes nothing.
pub fn to_json(found: &[Diagnostic]) -> String {
    report_json(found, None)
}

/// [`to_json`] of a check, whose summary also says how many files were checked
/// (`checked_files`), how many pages were rendered to check them (`checked_pages`) and which
/// drafts were left out (`drafts_skipped`).
pub fn to_json_counting(report: &CheckReport) -> String {
    report_json(&report.found, Some(report))
}

fn report_json(found: &[Diagnostic], checked: Option<&CheckReport>) -> String {
    #[derive(Serialize)]
    struct Finding<'a> {
        file: &'a str,
        line: usize,
        column: usize,
        end_line: usize,
        end_column: usize,
        severity: &'a str,
        code: &'a str,
        message: &'a str,
        text: Option<&'a str>,
    }
    #[derive(Serialize)]
    struct Counts<'a> {
        errors: usize,
        warnings: usize,
        files: usize,
        #[serde(skip_serializing_if = "Option::is_none")]
        checked_files: Option<usize>,
        #[serde(skip_serializing_if = "Option::is_none")]
        checked_pages: Option<usize>,
        #[serde(skip_serializing_if = "Option::is_none")]
        drafts_skipped: Option<&'a [String]>,
    }
    #[derive(Serialize)]
    struct Report<'a> {
        diagnostics: Vec<Finding<'a>>,
        summary: Counts<'a>,
    }
    let summary = diagnostics::Summary::of(found);
    let report = Report {
        diagnostics: found
            .iter()
            .map(|d| Finding {
                file: &d.file,
                line: d.line,
                column: d.column,
                end_line: d.end_line,
                end_column: d.end_column,
                severity: d.severity.as_str(),
                code: d.code,
                message: &d.message,
                text: d.text.as_deref(),
            })
            .collect(),
        summary: Counts {
            errors: summary.errors,
            warnings: summary.warnings,
            files: summary.files,
            checked_files: checked.map(|report| report.files),
            checked_pages: checked.map(|report| report.pages),
            drafts_skipped: checked.map(|report| report.drafts_skipped.as_slice()),
        },
    };
    // Plain structs of strings and numbers always serialize.
    serde_json::to_string(&report).unwrap_or_else(|e| unreachable!("findings as JSON: {e}"))
}
