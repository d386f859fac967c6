//! A language's scaffold text, `i18n/<lang>/new.toml`: the FAQ heading, the comments and the
//! placeholders `kennis new` writes, which `kennis check` later recognises.
//!
//! A site's own file is used when there is one; otherwise the copy built into kennis (this
//! repository's files).

use std::path::Path;

use serde::Deserialize;

use crate::diagnostics::{Diagnostic, SourceText};
use crate::load::i18n::{I18N_DIR, built_in_language_data, language_data};
use crate::toml_input;

/// The name of the scaffold file in each language folder.
pub const SCAFFOLD_FILE: &str = "new.toml";

/// The finding code for problems in the scaffold file.
const CODE: &str = "scaffold";

const BUILT_IN: [(&str, &str); 2] = [
    (
        "nl",
        include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/i18n/nl/new.toml")),
    ),
    (
        "en",
        include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/i18n/en/new.toml")),
    ),
];

/// The text of a new article in one language.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScaffoldText {
    /// The FAQ section's heading, without its `{#faq}`.
    pub faq_heading: String,
    /// The comment after `draft = true`.
    pub draft_help: String,
    /// Comment lines above `references = []`.
    pub references_help: String,
    /// What the editor must replace.
    pub placeholders: Placeholders,
}

/// The texts an editor must replace before an article is published.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Placeholders {
    /// The front matter `description`.
    pub description: String,
    /// The paragraph before the FAQ.
    pub introduction: String,
    /// The one FAQ question.
    pub faq_question: String,
    /// The answer to that question.
    pub faq_answer: String,
}

impl Placeholders {
    /// Every placeholder text that is not blank.
    pub fn texts(&self) -> impl Iterator<Item = &str> {
        [
            &self.description,
            &self.introduction,
            &self.faq_question,
            &self.faq_answer,
        ]
        .into_iter()
        .map(|text| text.trim())
        .filter(|text| !text.is_empty())
    }
}

impl ScaffoldText {
    /// The scaffold text of `lang`: the site's `i18n/<lang>/new.toml` under `root` when it
    /// exists, else kennis's built-in copy. Problems are reported with their position.
    pub fn load(root: &Path, lang: &str) -> Result<ScaffoldText, Vec<Diagnostic>> {
        let source =
            language_data(root, lang, SCAFFOLD_FILE, &BUILT_IN, CODE).map_err(|d| vec![d])?;
        Self::parse(&source)
    }

    /// Like [`ScaffoldText::load`], but `None` when neither the site nor kennis has a file
    /// for `lang` (a site that never used `kennis new` in that language needs none).
    pub fn load_if_any(root: &Path, lang: &str) -> Option<Result<ScaffoldText, Vec<Diagnostic>>> {
        let own = root.join(I18N_DIR).join(lang).join(SCAFFOLD_FILE);
        if !own.exists() && built_in_language_data(lang, SCAFFOLD_FILE, &BUILT_IN).is_none() {
            return None;
        }
        Some(Self::load(root, lang))
    }

    fn parse(source: &SourceText) -> Result<ScaffoldText, Vec<Diagnostic>> {
        toml_input::deserialize_in(source, 0..source.text.len(), CODE)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_in_files_load_and_survive_toml_quoting() -> crate::TestResult {
        for (lang, _) in BUILT_IN {
            let source =
                built_in_language_data(lang, SCAFFOLD_FILE, &BUILT_IN).ok_or("no built-in file")?;
            let text = ScaffoldText::parse(&source).map_err(|d| format!("{d:?}"))?;
            assert_eq!(text.placeholders.texts().count(), 4, "{lang}");
            // The checker looks for the description as written in the front matter: TOML must
            // not need to escape it.
            let quoted = toml::Value::String(text.placeholders.description.clone()).to_string();
            assert_eq!(quoted, format!("\"{}\"", text.placeholders.description));
        }
        Ok(())
    }

    #[test]
    fn a_sites_own_file_replaces_the_built_in_one() -> crate::TestResult {
        let dir = tempfile::tempdir()?;
        let folder = dir.path().join(I18N_DIR).join("nl");
        std::fs::create_dir_all(&folder)?;
        std::fs::write(folder.join(SCAFFOLD_FILE), "faq_heading = 1\n")?;
        let Some(Err(problems)) = ScaffoldText::load_if_any(dir.path(), "nl") else {
            return Err("the site's broken file was not read".into());
        };
        assert!(problems.iter().all(|d| d.file == "i18n/nl/new.toml"));
        assert!(ScaffoldText::load_if_any(dir.path(), "de").is_none());
        assert!(matches!(
            ScaffoldText::load_if_any(dir.path(), "en"),
            Some(Ok(_))
        ));
        Ok(())
    }
}
