//! The reference ids a site uses already, and new ids that collide with none of them.
//!
//! Taken are the ids of the shared bibliography, those in the front matter of every article of
//! the site (in any language), and those given to articles earlier in the same import run. A
//! new id that is taken gets `-2`, `-3`, … (the first free one), as the importer does for two
//! references of one text with the same author and year.
//!
//! [`article_references`] reads the references of the site's articles (their ids, and their
//! identifiers, so that an import can tell when an article has the same work).

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::identity::{self, Identifier};
use crate::diagnostics::SourceText;
use crate::load::content::files::walk_visible;
use crate::load::content::front_matter;
use crate::load::content::reference::Reference;

/// Who uses an id already.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Holder {
    /// The shared bibliography.
    Bibliography,
    /// An article of the site (this file).
    Article(PathBuf),
    /// An article imported earlier in this run.
    ThisRun,
}

impl std::fmt::Display for Holder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Holder::Bibliography => f.write_str("the bibliography"),
            Holder::Article(path) => f.write_str(&crate::diagnostics::path_from_here(path)),
            Holder::ThisRun => f.write_str("another article of this import"),
        }
    }
}

/// The ids in use, and those given out in this run.
#[derive(Debug, Clone, Default)]
pub struct TakenIds {
    bibliography: HashSet<String>,
    /// Each id of an article's front matter, with the files that define it.
    articles: HashMap<String, Vec<PathBuf>>,
    this_run: HashSet<String>,
}

impl TakenIds {
    /// The ids of the bibliography and of the articles' references (see
    /// [`article_references`]).
    pub fn new<'i>(
        bibliography: impl IntoIterator<Item = &'i str>,
        articles: &[ArticleReference],
    ) -> TakenIds {
        let mut by_id: HashMap<String, Vec<PathBuf>> = HashMap::new();
        for reference in articles {
            by_id
                .entry(reference.id.clone())
                .or_default()
                .push(reference.file.clone());
        }
        TakenIds {
            bibliography: bibliography.into_iter().map(str::to_string).collect(),
            articles: by_id,
            this_run: HashSet::new(),
        }
    }

    /// Who has `id` already, for an article to be written to `output`: the file being replaced
    /// (with `--force`) does not count.
    pub fn holder(&self, id: &str, output: &Path) -> Option<Holder> {
        if self.bibliography.contains(id) {
            return Some(Holder::Bibliography);
        }
        if self.this_run.contains(id) {
            return Some(Holder::ThisRun);
        }
        self.articles.get(id).and_then(|files| {
            files
                .iter()
                .find(|file| !is_replaced(file, output))
                .map(|file| Holder::Article(file.clone()))
        })
    }

    /// Keeps `id` for an article of this run.
    pub fn take(&mut self, id: &str) {
        self.this_run.insert(id.to_string());
    }

    /// `wanted`, or if someone has it or it is in `avoid`, the first of `wanted-2`, `wanted-3`,
    /// … that is free; kept for this run.
    pub fn allocate(&mut self, wanted: &str, output: &Path, avoid: &HashSet<String>) -> String {
        let free = |id: &str| !avoid.contains(id) && self.holder(id, output).is_none();
        let id = if free(wanted) {
            wanted.to_string()
        } else {
            (2usize..)
                .map(|n| format!("{wanted}-{n}"))
                .find(|candidate| free(candidate))
                .unwrap_or_else(|| wanted.to_string())
        };
        self.take(&id);
        id
    }
}

/// A reference in an article's front matter: its id, what it identifies and the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleReference {
    /// Its id.
    pub id: String,
    /// Its DOI, PMID, PMCID and address, normalised.
    pub identifiers: Vec<Identifier>,
    /// The article.
    pub file: PathBuf,
}

#[derive(Deserialize)]
struct FrontMatterReferences {
    #[serde(default)]
    references: Vec<toml::Table>,
}

/// Every reference in the front matter of the Markdown files under `content`. A file that
/// cannot be read, or whose front matter is not valid, is skipped (`kennis check` reports it);
/// so is an entry without an id.
pub fn article_references(content: &Path) -> Vec<ArticleReference> {
    let mut found = Vec::new();
    if !content.is_dir() {
        return found;
    }
    for entry in walk_visible(content).filter_map(Result::ok) {
        let path = entry.path();
        let markdown = path
            .extension()
            .is_some_and(|ext| ext.eq_ignore_ascii_case("md"));
        if !markdown || !entry.file_type().is_file() {
            continue;
        }
        let Ok(text) = std::fs::read_to_string(path) else {
            continue;
        };
        let source = SourceText::new(path.display().to_string(), text);
        let Ok(split) = front_matter::split(&source) else {
            continue;
        };
        let text = &source.text[split.front_matter];
        let Ok(front) = toml::from_str::<FrontMatterReferences>(text) else {
            continue;
        };
        for table in front.references {
            let field = |name: &str| match table.get(name) {
                Some(toml::Value::String(text)) => Some(text.clone()),
                Some(toml::Value::Integer(number)) => Some(number.to_string()),
                _ => None,
            };
            let Some(id) = field("id") else {
                continue;
            };
            let reference = Reference {
                id,
                doi: field("doi"),
                pmid: field("pmid"),
                pmcid: field("pmcid"),
                url: field("url"),
                ..Reference::default()
            };
            found.push(ArticleReference {
                identifiers: identity::of(&reference),
                id: reference.id,
                file: path.to_path_buf(),
            });
        }
    }
    found
}

/// The ids of the `[[references]]` in a TOML text that may not be a valid bibliography (an
/// entry with an unknown field, a bad value): all that can be read of them. None when the
/// text is not TOML at all.
pub fn ids_in_toml(text: &str) -> Vec<String> {
    toml::from_str::<FrontMatterReferences>(text)
        .map(|read| {
            read.references
                .iter()
                .filter_map(|table| table.get("id")?.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

/// Whether `file` is the article an import to `output` replaces (with `--force`).
pub fn is_replaced(file: &Path, output: &Path) -> bool {
    let replaced = output.canonicalize().ok();
    replaced.is_some() && file.canonicalize().ok() == replaced
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("temp dir: {e}"));
        let section = dir.path().join("artikelen");
        std::fs::create_dir_all(&section).unwrap_or_else(|e| panic!("{e}"));
        let article = "+++\ntitle = \"A\"\n\n[[references]]\nid = \"smit-2020\"\npmid = 12\n\n[[references]]\nurl = \"https://example.org\"\n+++\n\nTekst.\n";
        std::fs::write(section.join("a.en.md"), article).unwrap_or_else(|e| panic!("{e}"));
        std::fs::write(section.join("kapot.nl.md"), "+++\nnot toml\n+++\n")
            .unwrap_or_else(|e| panic!("{e}"));
        dir
    }

    #[test]
    fn ids_of_the_bibliography_and_every_article_are_taken() {
        let content = site();
        let articles = article_references(content.path());
        assert_eq!(
            articles,
            vec![ArticleReference {
                id: "smit-2020".into(),
                identifiers: vec![Identifier::Pmid("12".into())],
                file: content.path().join("artikelen/a.en.md"),
            }]
        );
        let mut taken = TakenIds::new(["dai-2018"], &articles);
        let output = content.path().join("artikelen/nieuw.nl.md");
        assert_eq!(
            taken.holder("dai-2018", &output),
            Some(Holder::Bibliography)
        );
        assert_eq!(
            taken.holder("smit-2020", &output),
            Some(Holder::Article(content.path().join("artikelen/a.en.md")))
        );
        assert_eq!(taken.holder("nieuw-2021", &output), None);
        let none = HashSet::new();
        assert_eq!(taken.allocate("dai-2018", &output, &none), "dai-2018-2");
        assert_eq!(taken.allocate("dai-2018", &output, &none), "dai-2018-3");
        assert_eq!(taken.allocate("smit-2020", &output, &none), "smit-2020-2");
        assert_eq!(taken.allocate("nieuw-2021", &output, &none), "nieuw-2021");
        assert_eq!(taken.holder("nieuw-2021", &output), Some(Holder::ThisRun));
        let avoid: HashSet<String> = ["los-2019-2".to_string()].into();
        taken.take("los-2019");
        assert_eq!(taken.allocate("los-2019", &output, &avoid), "los-2019-3");
    }

    #[test]
    fn the_article_an_import_replaces_does_not_hold_its_ids() {
        let content = site();
        let taken = TakenIds::new([], &article_references(content.path()));
        let replaced = content.path().join("artikelen/a.en.md");
        assert_eq!(taken.holder("smit-2020", &replaced), None);
    }
}
