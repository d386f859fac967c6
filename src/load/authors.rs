//! Which authors are organisations: `i18n/<lang>/authors.toml`, the names and words that mark an
//! author written as a plain name ("Gezondheidsraad", "EFSA Panel on …") as an organisation, and
//! what stands in an author list for "and others" ("et al.", "e.a.").
//!
//! The lists of every language of the site apply together: a reference is one work, typed the
//! same on pages in every language. A site's own file is used when there is one, else the copy
//! built into kennis (this repository's files).

use std::path::Path;

use aho_corasick::{AhoCorasick, MatchKind};
use serde::Deserialize;

use crate::diagnostics::Diagnostic;
use crate::load::config::Config;
use crate::load::content::reference::Author;
use crate::load::i18n::{I18N_DIR, language_data};
use crate::toml_input;

/// The name of the file in each language folder.
pub const AUTHORS_FILE: &str = "authors.toml";

const BUILT_IN: [(&str, &str); 2] = [
    (
        "nl",
        include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/i18n/nl/authors.toml")),
    ),
    (
        "en",
        include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/i18n/en/authors.toml")),
    ),
];

/// `i18n/<lang>/authors.toml`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAuthors {
    #[serde(default)]
    organisations: Vec<String>,
    #[serde(default)]
    not_authors: Vec<String>,
    #[serde(default)]
    linking_words: Vec<String>,
}

/// What an author of a work is, for schema.org.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AgentKind {
    /// `Person`.
    Person,
    /// `Organization`.
    Organization,
}

/// The organisation names and "and others" words of every language, folded to lower case.
#[derive(Debug, Clone, Default)]
pub struct AuthorNames {
    organisations: Vec<String>,
    not_authors: Vec<String>,
    /// Words that join the parts of an organisation's name ("of", "voor"), which a person's
    /// name in a reference list does not have.
    linking_words: Vec<String>,
    /// All organisation names at once: every author of every citation on every page is looked
    /// up, so each is read once rather than once per name.
    matcher: Option<AhoCorasick>,
}

impl AuthorNames {
    /// The lists of every language of the site; a file that cannot be read is reported and
    /// adds nothing.
    pub fn load(root: &Path, config: &Config, diagnostics: &mut Vec<Diagnostic>) -> Self {
        let mut names = AuthorNames::default();
        for lang in config.language_codes() {
            let source = match language_data(root, lang, AUTHORS_FILE, &BUILT_IN, "authors-data") {
                Ok(source) => source,
                // A language kennis has no list for, and the site neither, adds nothing: plain
                // names are people. A file of the site's that cannot be read is reported.
                Err(found) => {
                    let own = root.join(I18N_DIR).join(lang).join(AUTHORS_FILE);
                    if own.exists() {
                        diagnostics.push(found);
                    }
                    continue;
                }
            };
            match toml_input::deserialize_in::<RawAuthors>(
                &source,
                0..source.text.len(),
                "authors-data",
            ) {
                Ok(raw) => names.add(raw),
                Err(mut found) => diagnostics.append(&mut found),
            }
        }
        names
    }

    fn add(&mut self, raw: RawAuthors) {
        let fold = |list: Vec<String>| list.into_iter().map(|n| n.trim().to_lowercase());
        self.organisations
            .extend(fold(raw.organisations).filter(|n| !n.is_empty()));
        self.not_authors
            .extend(fold(raw.not_authors).filter(|n| !n.is_empty()));
        self.linking_words
            .extend(fold(raw.linking_words).filter(|n| !n.is_empty()));
        // Building cannot fail for a list of plain strings this size; if it did, each name
        // would be searched for on its own.
        self.matcher = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .build(&self.organisations)
            .ok();
    }

    /// What `author` is, or `None` when it only stands for "and others".
    pub fn kind(&self, author: &Author) -> Option<AgentKind> {
        match author {
            Author::Organization { .. } => Some(AgentKind::Organization),
            Author::Person { .. } => Some(AgentKind::Person),
            Author::Name(name) => self.kind_of_name(name),
        }
    }

    /// What an author written as `name` is, or `None` when it only stands for "and others".
    pub fn kind_of_name(&self, name: &str) -> Option<AgentKind> {
        let folded = name.trim().to_lowercase();
        if folded.is_empty() || self.not_authors.contains(&folded) {
            return None;
        }
        let organisation = match &self.matcher {
            Some(matcher) => matcher
                .find_overlapping_iter(&folded)
                .any(|found| is_whole_word(&folded, found.start(), found.end())),
            None => self
                .organisations
                .iter()
                .any(|pattern| contains_word(&folded, pattern)),
        };
        Some(if organisation {
            AgentKind::Organization
        } else {
            AgentKind::Person
        })
    }
}

impl AuthorNames {
    /// Whether a name typed as a person (written plainly and not on the organisation list, or
    /// as `{ person = "…" }`) reads like an organisation's: the list knows it, or it has a
    /// word that joins the parts of an organisation's name ("Office of Dietary Supplements").
    pub fn person_looks_like_organisation(&self, author: &Author) -> bool {
        let name = match author {
            Author::Organization { .. } => return false,
            Author::Person { person } => {
                if self.kind_of_name(person) == Some(AgentKind::Organization) {
                    return true;
                }
                person
            }
            Author::Name(name) => {
                if self.kind_of_name(name) != Some(AgentKind::Person) {
                    return false;
                }
                name
            }
        };
        let folded = name.to_lowercase();
        folded
            .split(|c: char| !c.is_alphanumeric())
            .any(|word| self.linking_words.iter().any(|w| w == word))
    }
}

/// Whether `pattern` stands in `text` as whole words: "Panel" in "EFSA Panel on …", not in
/// "Panella A".
fn contains_word(text: &str, pattern: &str) -> bool {
    text.match_indices(pattern)
        .any(|(start, found)| is_whole_word(text, start, start + found.len()))
}

/// Whether `text[start..end]` has no letter or digit right before or after it.
fn is_whole_word(text: &str, start: usize, end: usize) -> bool {
    let before = text.get(..start).and_then(|t| t.chars().next_back());
    let after = text.get(end..).and_then(|t| t.chars().next());
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::SourceText;

    fn built_in() -> AuthorNames {
        let mut names = AuthorNames::default();
        for (lang, text) in BUILT_IN {
            let source = SourceText::new(format!("i18n/{lang}/{AUTHORS_FILE}"), text.to_string());
            match toml_input::deserialize_in::<RawAuthors>(&source, 0..text.len(), "authors-data") {
                Ok(raw) => names.add(raw),
                Err(found) => panic!("{found:?}"),
            }
        }
        names
    }

    #[test]
    fn organisations_are_told_from_people_by_whole_words() {
        let names = built_in();
        for organisation in [
            "Gezondheidsraad",
            "EFSA Panel on Dietetic Products, Nutrition and Allergies (NDA)",
            "Scientific Committee on Food",
            "World Health Organization",
            "National Institutes of Health, Office of Dietary Supplements",
        ] {
            assert_eq!(
                names.kind_of_name(organisation),
                Some(AgentKind::Organization),
                "{organisation}"
            );
        }
        for person in ["Gröber U", "Panella A", "de Vries J", "Whoriskey K"] {
            assert_eq!(
                names.kind_of_name(person),
                Some(AgentKind::Person),
                "{person}"
            );
        }
        for others in ["et al.", "Et al", "e.a.", " et al. "] {
            assert_eq!(names.kind_of_name(others), None, "{others}");
        }
    }

    #[test]
    fn a_table_says_what_an_author_is_whatever_the_name() {
        let names = built_in();
        let person = Author::Person {
            person: "Panel J".to_string(),
        };
        let organisation = Author::Organization {
            organization: "Kennis".to_string(),
        };
        assert_eq!(names.kind(&person), Some(AgentKind::Person));
        assert_eq!(names.kind(&organisation), Some(AgentKind::Organization));
    }
}
