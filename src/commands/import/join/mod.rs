//! Imported articles joined with the site they go into (`--root`).
//!
//! An imported reference that is a work of the site's shared bibliography (the files a build
//! reads as the bibliography: `content/bibliography.toml`, and the `.bib` and `.json` files in
//! `content/`) is not written into the article: its citations cite the bibliography's id. Two
//! references are the same work when they share a DOI, PMID, PMCID or web address, written
//! however ([`identity`]). The other references keep their ids unless one is taken already
//! ([`taken`]): by the bibliography, another article of the site, or another article of the same
//! run; then it gets `-2`, `-3`, …. Finally the health claims the article leaves without a
//! source are listed with their lines in the article as written ([`claims`]), so an editor can
//! cite them.
//!
//! A bibliography with errors is not joined with (what it holds cannot be trusted to be whole):
//! the report says so at its first error, and new ids still avoid the ids that can be read in
//! it.
//!
//! [`SiteContext::join`] works on one [`Imported`], whatever made it, so that every importer
//! gets it by calling it for each article it makes.

pub mod claims;
pub mod identity;
pub mod taken;

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::Imported;
use super::report::{Category, Report, quote};
use super::write;
use crate::diagnostics::{self, Diagnostic, path_from_here};
use crate::load::content::CONTENT_DIR;
use crate::load::content::bibliography::{self, Bibliography};
use crate::load::content::reference::Reference;
use crate::parse::claims::detector::Detector;
use crate::parse::markdown::citations;
use identity::Identifier;
use taken::TakenIds;

/// What the site an import goes into holds: its bibliography, the reference ids in use and its
/// claim detector for each language imported.
#[derive(Debug)]
pub struct SiteContext {
    root: PathBuf,
    bibliography: Bibliography,
    /// The bibliography's entries by identifier (the first entry of an identifier).
    by_identifier: HashMap<Identifier, usize>,
    /// The bibliography's first error, when it has one: it is then not joined with.
    broken: Option<Diagnostic>,
    /// The references of the site's articles by identifier: their ids and files.
    in_articles: HashMap<Identifier, Vec<(String, PathBuf)>>,
    taken: TakenIds,
    /// The detector of each language met so far, or why there is none; read when an article
    /// in that language comes (a run may mix languages).
    detectors: HashMap<String, Result<Detector, Diagnostic>>,
}

/// Where an imported article goes.
#[derive(Debug, Clone, Copy)]
pub struct Destination<'a> {
    /// The file it will be written to.
    pub path: &'a Path,
    /// Its section folder.
    pub section: &'a str,
    /// Its language.
    pub lang: &'a str,
}

impl SiteContext {
    /// Reads the site at `root` for imports. Nothing here stops an import: problems (a broken
    /// bibliography, a broken claim lexicon) are told in each article's report.
    pub fn load(root: &Path) -> SiteContext {
        let (bibliography, problems) = bibliography::load(root);
        let broken = diagnostics::has_errors(&problems)
            .then(|| first_error(problems, root))
            .flatten();
        let mut by_identifier = HashMap::new();
        if broken.is_none() {
            let references = bibliography.entries().map(|(_, e)| &e.reference);
            for (index, reference) in references.enumerate() {
                for identifier in identity::of(reference) {
                    by_identifier.entry(identifier).or_insert(index);
                }
            }
        }
        let mut ids: Vec<&str> = bibliography
            .entries()
            .map(|(_, e)| e.reference.id.as_str())
            .collect();
        // Of a broken bibliography, whatever ids can be read are taken all the same.
        let readable: Vec<String> = match &broken {
            Some(_) => {
                std::fs::read_to_string(root.join(CONTENT_DIR).join(bibliography::SHARED_FILE))
                    .map(|text| taken::ids_in_toml(&text))
                    .unwrap_or_default()
            }
            None => Vec::new(),
        };
        ids.extend(readable.iter().map(String::as_str));
        let articles = taken::article_references(&root.join(CONTENT_DIR));
        let taken = TakenIds::new(ids, &articles);
        let mut in_articles: HashMap<Identifier, Vec<(String, PathBuf)>> = HashMap::new();
        for reference in articles {
            for identifier in reference.identifiers {
                in_articles
                    .entry(identifier)
                    .or_default()
                    .push((reference.id.clone(), reference.file.clone()));
            }
        }
        SiteContext {
            root: root.to_path_buf(),
            bibliography,
            by_identifier,
            broken,
            in_articles,
            taken,
            detectors: HashMap::new(),
        }
    }

    /// Reads the claim detector for `lang`, unless it was read already.
    fn read_detector(&mut self, lang: &str) {
        let root = &self.root;
        self.detectors.entry(lang.to_string()).or_insert_with(|| {
            Detector::load(root, lang).map_err(|problems| {
                first_error(problems, root).unwrap_or_else(|| {
                    Diagnostic::error_at(
                        "i18n",
                        diagnostics::Position::START,
                        "claims-lexicon",
                        format!("no claim detector for {lang:?}"),
                    )
                })
            })
        });
    }

    /// Joins `article`, to be written to `to`, with the site: references of the bibliography
    /// leave its front matter and are cited by their bibliography ids, new ids that are taken
    /// are changed, and the health claims left without a source are added to its report as
    /// `review` lines at their line in the article.
    pub fn join(&mut self, article: &mut Imported, to: Destination<'_>) {
        self.join_references(article, to.path);
        self.list_uncited_claims(article, to);
    }

    /// The reference part of [`SiteContext::join`].
    fn join_references(&mut self, article: &mut Imported, output: &Path) {
        let references = match written_references(&article.markdown) {
            Ok(references) => references,
            Err(why) => {
                let line = list_line(&article.report);
                article.report.review(
                    line,
                    format!("the references could not be joined with the site's: {why}"),
                );
                return;
            }
        };
        if references.is_empty() {
            return;
        }
        if let Some(problem) = &self.broken {
            article.report.review_in(
                problem.file.clone(),
                problem.line,
                format!(
                    "the bibliography has errors (`kennis check` lists them): the references of \
                     {} are not matched with it; new ids avoid the ids that can be read in it",
                    path_from_here(output)
                ),
            );
        }
        let mut renamed: HashMap<String, String> = HashMap::new();
        let (mut kept, same_work) =
            self.leave_shared(references, output, &mut article.report, &mut renamed);
        self.give_free_ids(&mut kept, output, &mut article.report, &mut renamed);
        // Told once the ids are final, so that renaming leaves the other article's id alone.
        for (line, message) in same_work {
            article.report.review(line, message);
        }
        rename_merged_mentions(&mut article.report, &renamed);
        let cited = cite_renamed(&article.markdown, &renamed);
        article.markdown = write::with_references(&cited, &kept);
    }

    /// The references that are not the bibliography's; each of the others is noted in
    /// `renamed` as cited by its bibliography id, and in the report. Also the report lines
    /// (input line, message) for references another article has too.
    fn leave_shared(
        &self,
        references: Vec<Reference>,
        output: &Path,
        report: &mut Report,
        renamed: &mut HashMap<String, String>,
    ) -> (Vec<Reference>, Vec<(usize, String)>) {
        let mut kept: Vec<Reference> = Vec::new();
        let mut same_work = Vec::new();
        for reference in references {
            let Some((shared, identifier)) = self.in_bibliography(&reference) else {
                if let Some((id, file)) = self.in_article(&reference, output) {
                    same_work.push((
                        reference_line(report, &reference.id),
                        format!(
                            "this work is \"{id}\" in {} too: to cite one entry from both, move \
                             it to content/{}",
                            path_from_here(file),
                            bibliography::SHARED_FILE
                        ),
                    ));
                }
                kept.push(reference);
                continue;
            };
            let message = format!(
                "is \"{}\" from the bibliography (same {identifier})",
                shared.id
            );
            let line = note_reference(report, &reference.id, &message);
            let missing = lacking(shared, &reference);
            if !missing.is_empty() {
                report.review(
                    line,
                    format!(
                        "the bibliography's \"{}\" has no {}, which this reference has: add it \
                         there if it is right",
                        shared.id,
                        missing.join(", ")
                    ),
                );
            }
            renamed.insert(reference.id.clone(), shared.id.clone());
        }
        (kept, same_work)
    }

    /// Gives each of `kept` (an article's own references) an id no one has: ids that are free
    /// stay, the others make way (avoiding every id of the article too), noted in `renamed`
    /// and in the report.
    fn give_free_ids(
        &mut self,
        kept: &mut [Reference],
        output: &Path,
        report: &mut Report,
        renamed: &mut HashMap<String, String>,
    ) {
        let own: HashSet<String> = kept.iter().map(|r| r.id.clone()).collect();
        let mut clashing = Vec::new();
        for (index, reference) in kept.iter().enumerate() {
            match self.taken.holder(&reference.id, output) {
                None => self.taken.take(&reference.id),
                Some(holder) => clashing.push((index, holder)),
            }
        }
        for (index, holder) in clashing {
            let reference = &mut kept[index];
            let new = self.taken.allocate(&reference.id, output, &own);
            let message = format!("→ \"{new}\" (\"{}\" is taken by {holder})", reference.id);
            let line = note_reference(report, &reference.id, &message);
            // What else the report says of it on its line names it by its new id.
            let (old, now) = (format!("\"{}\"", reference.id), format!("\"{new}\""));
            for entry in &mut report.entries {
                if entry.line == line && entry.file.is_none() && entry.category == Category::Review
                {
                    entry.message = entry.message.replace(&old, &now);
                }
            }
            renamed.insert(reference.id.clone(), new.clone());
            reference.id = new;
        }
    }

    /// The bibliography entry that is the same work as `reference`, with the identifier they
    /// share (the strongest).
    fn in_bibliography(&self, reference: &Reference) -> Option<(&Reference, Identifier)> {
        let references: Vec<&Reference> = self
            .bibliography
            .entries()
            .map(|(_, e)| &e.reference)
            .collect();
        identity::of(reference).into_iter().find_map(|identifier| {
            let index = *self.by_identifier.get(&identifier)?;
            Some((*references.get(index)?, identifier))
        })
    }

    /// An article of the site (not the one `output` replaces) with the same work as
    /// `reference`: the id it has there, and the article.
    fn in_article(&self, reference: &Reference, output: &Path) -> Option<(&str, &Path)> {
        identity::of(reference).iter().find_map(|identifier| {
            self.in_articles
                .get(identifier)?
                .iter()
                .find(|(_, file)| !taken::is_replaced(file, output))
                .map(|(id, file)| (id.as_str(), file.as_path()))
        })
    }

    /// The claims part of [`SiteContext::join`].
    fn list_uncited_claims(&mut self, article: &mut Imported, to: Destination<'_>) {
        let shown = path_from_here(to.path);
        self.read_detector(to.lang);
        let detector = match self.detectors.get(to.lang) {
            Some(Ok(detector)) => detector,
            None => return,
            Some(Err(problem)) => {
                article.report.review_in(
                    problem.file.clone(),
                    problem.line,
                    format!(
                        "health claims without a source in {shown} are not listed: the claim \
                         lexicon has problems: {}",
                        problem.message
                    ),
                );
                return;
            }
        };
        let file = claims::ArticleFile {
            path: to.path,
            section: to.section,
            key: &article.key,
            lang: to.lang,
        };
        match claims::uncited(&article.markdown, file, detector, &self.bibliography) {
            Ok(found) => {
                for claim in found {
                    let text = claim.text.as_deref().map(quote).unwrap_or_default();
                    article.report.review_in(
                        shown.clone(),
                        claim.line,
                        format!("{}: {text}", claim.message),
                    );
                }
            }
            Err(problems) => {
                for problem in problems {
                    article.report.review_in(
                        shown.clone(),
                        problem.line,
                        format!(
                            "health claims are not listed: the article is not valid: {}",
                            problem.message
                        ),
                    );
                }
            }
        }
    }
}

/// The first error of `problems`, with its file shown under `root`.
fn first_error(problems: Vec<Diagnostic>, root: &Path) -> Option<Diagnostic> {
    let mut problem = problems
        .into_iter()
        .find(|d| d.severity == diagnostics::Severity::Error)?;
    problem.file = path_from_here(&root.join(&problem.file));
    Some(problem)
}

#[derive(Deserialize)]
struct WrittenReferences {
    #[serde(default)]
    references: Vec<Reference>,
}

/// The references in the front matter of an imported article.
fn written_references(markdown: &str) -> Result<Vec<Reference>, String> {
    let Some((_, toml)) = write::written_references(markdown) else {
        return Ok(Vec::new());
    };
    toml::from_str::<WrittenReferences>(toml)
        .map(|written| written.references)
        .map_err(|e| e.message().to_string())
}

/// Says in `report` what became of the reference that was given `id`: its "reference N →
/// id" line now says `what` instead of the arrow and id. The line of that entry is returned;
/// without one (a report worded otherwise), a new line at the reference list says it.
fn note_reference(report: &mut Report, id: &str, what: &str) -> usize {
    let arrow = format!("→ \"{id}\"");
    let entry = report
        .entries
        .iter_mut()
        .find(|e| e.category == Category::Recognised && e.message.ends_with(&arrow));
    match entry {
        Some(entry) => {
            let label = entry.message[..entry.message.len() - arrow.len()].trim_end();
            entry.message = format!("{label} {what}");
            entry.line
        }
        None => {
            let line = list_line(report);
            report.recognised(line, format!("reference \"{id}\" {what}"));
            line
        }
    }
}

/// Makes the report's notes on entries merged into another ("reference 11 is the same work as
/// \"deng-2013\" …", as the reference list's reader words them) name that reference by the id
/// it is cited by now.
fn rename_merged_mentions(report: &mut Report, renamed: &HashMap<String, String>) {
    const MARK: &str = "same work as \"";
    for entry in &mut report.entries {
        if entry.file.is_some() || entry.category != Category::Review {
            continue;
        }
        let Some(start) = entry.message.find(MARK).map(|at| at + MARK.len()) else {
            continue;
        };
        let Some(end) = entry.message[start..].find('"').map(|len| start + len) else {
            continue;
        };
        if let Some(new) = renamed.get(&entry.message[start..end]) {
            entry.message.replace_range(start..end, new);
        }
    }
}

/// The input line of the reference given `id` (that of the reference list if the report does
/// not say).
fn reference_line(report: &Report, id: &str) -> usize {
    let arrow = format!("→ \"{id}\"");
    report
        .of(Category::Recognised)
        .find(|e| e.message.ends_with(&arrow))
        .map_or_else(|| list_line(report), |e| e.line)
}

/// The input line of the reference list (1 if the report does not say).
fn list_line(report: &Report) -> usize {
    report
        .of(Category::Recognised)
        .find(|e| e.message == "reference list")
        .map_or(1, |e| e.line)
}

/// The fields `imported` fills in that `shared` leaves empty.
fn lacking(shared: &Reference, imported: &Reference) -> Vec<&'static str> {
    let fields: [(&str, bool, bool); 11] = [
        ("title", shared.title.is_some(), imported.title.is_some()),
        (
            "authors",
            !shared.authors.is_empty(),
            !imported.authors.is_empty(),
        ),
        ("year", shared.year.is_some(), imported.year.is_some()),
        (
            "container",
            shared.container.is_some(),
            imported.container.is_some(),
        ),
        ("volume", shared.volume.is_some(), imported.volume.is_some()),
        ("issue", shared.issue.is_some(), imported.issue.is_some()),
        ("pages", shared.pages.is_some(), imported.pages.is_some()),
        ("doi", shared.doi.is_some(), imported.doi.is_some()),
        ("pmid", shared.pmid.is_some(), imported.pmid.is_some()),
        ("pmcid", shared.pmcid.is_some(), imported.pmcid.is_some()),
        ("url", shared.url.is_some(), imported.url.is_some()),
    ];
    fields
        .into_iter()
        .filter(|(_, has, other)| !has && *other)
        .map(|(name, ..)| name)
        .collect()
}

/// `markdown` with every citation of a key in `renamed` citing its new key. Escaped brackets
/// (`\[@x\]`, text that only looks like a citation) are left alone.
fn cite_renamed(markdown: &str, renamed: &HashMap<String, String>) -> String {
    if renamed.iter().all(|(old, new)| old == new) {
        return markdown.to_string();
    }
    let body_start = write::written_body_start(markdown);
    let body = &markdown[body_start..];
    let mut out = String::with_capacity(markdown.len());
    out.push_str(&markdown[..body_start]);
    let mut last = 0;
    for citation in citations::find(body) {
        if body[..citation.range.start].ends_with('\\') {
            continue;
        }
        for item in citation.items {
            if let Some(new) = renamed.get(&item.key) {
                out.push_str(&body[last..item.key_range.start]);
                out.push_str(new);
                last = item.key_range.end;
            }
        }
    }
    out.push_str(&body[last..]);
    out
}

#[cfg(test)]
mod tests;
