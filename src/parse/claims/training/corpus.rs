//! The labelled corpus the claim model learns from and is measured on (`tests/claims/`):
//! articles from other health sites, paraphrased unit by unit and labelled by
//! `claims-annotation.md`, one TOML file per article in `corpus/<lang>/`, plus the older lists
//! of single units (the seed articles and units written apart from them).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::TrainingError;
use crate::parse::claims::unit::UnitKind;

/// One labelled unit, with what a reader has in mind when reading it.
#[derive(Debug, Clone, PartialEq)]
pub struct Example {
    /// The article it comes from (`nl/a07-ijzer`, or `seeds/seed-003` for the older lists).
    pub article: String,
    /// The unit's text.
    pub text: String,
    /// Where it stands.
    pub kind: UnitKind,
    /// The unit a reader reads it after, and its kind.
    pub context: Option<(String, UnitKind)>,
    /// It is a health claim.
    pub claim: bool,
    /// The label is clear, not borderline (only clear units are scored).
    pub clear: bool,
}

/// An article of the corpus.
#[derive(Debug, Clone)]
pub struct Article {
    /// `<lang>/<file stem>`, e.g. `nl/a07-ijzer`.
    pub id: String,
    /// The page it follows.
    pub follows: String,
    /// Its units, in reading order.
    pub examples: Vec<Example>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawArticle {
    lang: String,
    follows: String,
    #[allow(dead_code)]
    site: String,
    #[allow(dead_code)]
    site_kind: String,
    #[allow(dead_code)]
    country: String,
    #[allow(dead_code)]
    topic: String,
    /// `[kind, label, clarity, reason, text]`.
    units: Vec<(String, String, String, String, String)>,
}

impl Article {
    /// The site the article follows (the host of `follows`, without `www.`): articles of one
    /// site are kept in one part of every split.
    pub fn site(&self) -> &str {
        let rest = self
            .follows
            .split_once("://")
            .map_or(&*self.follows, |(_, r)| r);
        let host = rest.split('/').next().unwrap_or(rest);
        host.strip_prefix("www.")
            .unwrap_or(host)
            .trim_end_matches('.')
    }
}

/// Every article of `lang` in `corpus_dir` (`tests/claims/corpus`), sorted by id.
pub fn articles(corpus_dir: &Path, lang: &str) -> Result<Vec<Article>, TrainingError> {
    let dir = corpus_dir.join(lang);
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map_err(|e| TrainingError::Read(dir.clone(), e.to_string()))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|e| e == "toml"))
        .collect();
    paths.sort();
    paths.iter().map(|path| article(path, lang)).collect()
}

fn article(path: &Path, lang: &str) -> Result<Article, TrainingError> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| TrainingError::Read(path.to_path_buf(), e.to_string()))?;
    let raw: RawArticle = toml::from_str(&text)
        .map_err(|e| TrainingError::Read(path.to_path_buf(), e.to_string()))?;
    let bad = |what: String| TrainingError::Read(path.to_path_buf(), what);
    if raw.lang != lang {
        return Err(bad(format!("lang = {:?} in the {lang} folder", raw.lang)));
    }
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy())
        .unwrap_or_default();
    let id = format!("{lang}/{stem}");
    let mut units = Vec::with_capacity(raw.units.len());
    for (kind, label, clarity, _reason, text) in raw.units {
        let kind = corpus_kind(&kind).ok_or_else(|| bad(format!("unknown kind {kind:?}")))?;
        let claim = match label.as_str() {
            "CLAIM" => true,
            "NONE" => false,
            other => return Err(bad(format!("unknown label {other:?}"))),
        };
        units.push((kind, text, claim, clarity == "clear"));
    }
    let examples = with_context(&id, units);
    Ok(Article {
        id,
        follows: raw.follows,
        examples,
    })
}

/// The checker's kind for a kind of the corpus.
fn corpus_kind(kind: &str) -> Option<UnitKind> {
    Some(match kind {
        "title" => UnitKind::Title,
        "description" => UnitKind::Description,
        "heading" | "question" => UnitKind::Heading,
        "sentence" => UnitKind::Sentence,
        "list-item" => UnitKind::ListItem,
        "table-cell" => UnitKind::TableCell,
        "answer" | "faq-answer" => UnitKind::Answer,
        "quote" | "callout" => UnitKind::Quote,
        "footnote" => UnitKind::Footnote,
        _ => return None,
    })
}

/// Gives each unit the unit it is read after, the way the checker does in an article
/// (`units.rs`): a list item its list's lead-in, a table cell its table's, an FAQ answer its
/// question, anything else the unit before it. The title and the description stand alone.
fn with_context(article: &str, units: Vec<(UnitKind, String, bool, bool)>) -> Vec<Example> {
    let mut examples: Vec<Example> = Vec::with_capacity(units.len());
    // Indexes of body units so far (the title and the description are not in the body).
    let mut body: Vec<usize> = Vec::new();
    for (kind, text, claim, clear) in units {
        let context_at = match kind {
            UnitKind::Title | UnitKind::Description => None,
            UnitKind::ListItem | UnitKind::TableCell => body
                .iter()
                .rev()
                .find(|&&i| examples[i].kind != kind)
                .copied(),
            UnitKind::Answer => body
                .iter()
                .rev()
                .find(|&&i| examples[i].kind == UnitKind::Heading)
                .copied(),
            _ => body.last().copied(),
        };
        let context = context_at.map(|i| (examples[i].text.clone(), examples[i].kind));
        if !matches!(kind, UnitKind::Title | UnitKind::Description) {
            body.push(examples.len());
        }
        examples.push(Example {
            article: article.to_string(),
            text,
            kind,
            context,
            claim,
            clear,
        });
    }
    examples
}

#[derive(Deserialize)]
struct RawList {
    unit: Vec<RawListUnit>,
}

#[derive(Deserialize)]
struct RawListUnit {
    text: String,
    claim: bool,
    kind: String,
    source: String,
    lang: String,
}

/// The units of an older single-unit list (`seeds.nl.toml`, `written.toml`) in `lang`. The
/// seed articles' units are in reading order, so each is read after the one before it from
/// the same article; the written units stand alone. All count as clear.
pub fn unit_list(path: &Path, lang: &str) -> Result<Vec<Example>, TrainingError> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| TrainingError::Read(path.to_path_buf(), e.to_string()))?;
    let raw: RawList = toml::from_str(&text)
        .map_err(|e| TrainingError::Read(path.to_path_buf(), e.to_string()))?;
    let mut by_source: BTreeMap<String, Vec<(UnitKind, String, bool, bool)>> = BTreeMap::new();
    for unit in raw.unit.into_iter().filter(|u| u.lang == lang) {
        let kind = corpus_kind(&unit.kind).ok_or_else(|| {
            TrainingError::Read(path.to_path_buf(), format!("unknown kind {:?}", unit.kind))
        })?;
        by_source
            .entry(unit.source)
            .or_default()
            .push((kind, unit.text, unit.claim, true));
    }
    let mut examples = Vec::new();
    for (source, units) in by_source {
        let article = format!("seeds/{source}");
        if source == "written" {
            examples.extend(units.into_iter().map(|(kind, text, claim, clear)| Example {
                article: article.clone(),
                text,
                kind,
                context: None,
                claim,
                clear,
            }));
        } else {
            examples.extend(with_context(&article, units));
        }
    }
    Ok(examples)
}
