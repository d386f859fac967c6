//! The reference entry schema of DESIGN.md, as it appears in front matter `[[references]]`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::evidence::EvidenceLevel;
use super::front_matter::{Date, string_or_number};

/// One bibliographic reference. At least one locator (`url`, `doi`, `pmid`, `pmcid`, `isbn`) is
/// expected; the citation checker enforces that.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Reference {
    /// Citation key, unique within the site, e.g. `uwitonze-2018`.
    pub id: String,
    /// Title of the work.
    pub title: Option<String>,
    /// Authors, each as written ("Uwitonze AM", "de Vries J"), or as a table saying what it is
    /// (`{ organization = "Gezondheidsraad" }`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub authors: Vec<Author>,
    /// Year of publication.
    pub year: Option<i32>,
    /// Journal or website.
    pub container: Option<String>,
    /// Publisher or organisation.
    pub publisher: Option<String>,
    /// Journal volume.
    #[serde(default, deserialize_with = "string_or_number")]
    pub volume: Option<String>,
    /// Journal issue.
    #[serde(default, deserialize_with = "string_or_number")]
    pub issue: Option<String>,
    /// Page range.
    #[serde(default, deserialize_with = "string_or_number")]
    pub pages: Option<String>,
    /// Web address.
    pub url: Option<String>,
    /// DOI without the `https://doi.org/` prefix.
    pub doi: Option<String>,
    /// PubMed id.
    #[serde(default, deserialize_with = "string_or_number")]
    pub pmid: Option<String>,
    /// PubMed Central id, `PMC` followed by digits.
    pub pmcid: Option<String>,
    /// ISBN of a book.
    pub isbn: Option<String>,
    /// When a web page was consulted.
    pub accessed: Option<Date>,
    /// A remark shown with the entry: one text, or one per language (`{ nl = "…", en = "…" }`).
    pub note: Option<Note>,
    /// Kind of work, e.g. `article-journal`, `webpage`, `book`.
    #[serde(rename = "type")]
    pub kind: Option<String>,
    /// How strong the source is, when the editor says so (otherwise it is inferred; see
    /// [`super::evidence`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<EvidenceLevel>,
    /// A conflict of interest a reader should know of (an author's tie to a maker of what the
    /// work is about), shown with the entry: one text, or one per language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conflicts: Option<Note>,
}

/// One author of a work.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Author {
    /// A name as written. Whether it is a person or an organisation is read from the site's
    /// list of organisation names (`i18n/<lang>/authors.toml`).
    Name(String),
    /// `{ organization = "…" }` (or `organisation`): an organisation, whatever its name looks
    /// like.
    Organization {
        /// Its name.
        organization: String,
    },
    /// `{ person = "…" }`: a person, even when the name looks like an organisation's.
    Person {
        /// The name.
        person: String,
    },
}

impl Author {
    /// The name as written.
    pub fn name(&self) -> &str {
        match self {
            Author::Name(name)
            | Author::Organization { organization: name }
            | Author::Person { person: name } => name,
        }
    }
}

/// What an editor may write for an author, for error messages.
const AUTHOR_SHAPE: &str =
    "a name (\"Uwitonze AM\") or a table: { organization = \"…\" } or { person = \"…\" }";

impl<'de> Deserialize<'de> for Author {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(AuthorVisitor)
    }
}

/// Reads a name or a one-entry table, with a message that says what is allowed (serde's
/// untagged enums only say that nothing matched).
struct AuthorVisitor;

impl<'de> serde::de::Visitor<'de> for AuthorVisitor {
    type Value = Author;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(AUTHOR_SHAPE)
    }

    fn visit_str<E: serde::de::Error>(self, name: &str) -> Result<Author, E> {
        Ok(Author::Name(name.to_string()))
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Author, A::Error> {
        use serde::de::Error;
        let mut author = None;
        while let Some(field) = map.next_key::<String>()? {
            let name: String = map.next_value()?;
            let read = match field.as_str() {
                "organization" | "organisation" => Author::Organization { organization: name },
                "person" => Author::Person { person: name },
                other => {
                    return Err(A::Error::custom(format!(
                        "unknown field `{other}` in an author: write {AUTHOR_SHAPE}"
                    )));
                }
            };
            if author.replace(read).is_some() {
                return Err(A::Error::custom(format!(
                    "an author is one organization or one person: write {AUTHOR_SHAPE}"
                )));
            }
        }
        author.ok_or_else(|| A::Error::custom(format!("an empty author: write {AUTHOR_SHAPE}")))
    }
}

impl From<String> for Author {
    fn from(name: String) -> Self {
        Author::Name(name)
    }
}

impl From<&str> for Author {
    fn from(name: &str) -> Self {
        Author::Name(name.to_string())
    }
}

/// Lets readers' tests compare a list of authors with the names they expect.
impl PartialEq<&str> for Author {
    fn eq(&self, other: &&str) -> bool {
        self.name() == *other
    }
}

/// A reference's note.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(untagged)]
pub enum Note {
    /// The same text on pages in every language.
    Text(String),
    /// A text per language code; a page shows the one in its own language, if there is one.
    ByLanguage(BTreeMap<String, String>),
}

impl Note {
    /// The note to show on a page in `lang`.
    pub fn in_language(&self, lang: &str) -> Option<&str> {
        match self {
            Note::Text(text) => Some(text.as_str()),
            Note::ByLanguage(texts) => texts.get(lang).map(String::as_str),
        }
        .filter(|text| !text.trim().is_empty())
    }

    /// The note's text when it is one text for every language.
    pub fn as_text(&self) -> Option<&str> {
        match self {
            Note::Text(text) => Some(text),
            Note::ByLanguage(_) => None,
        }
    }
}

impl Reference {
    /// The names of the locator fields, in the order they are shown and checked.
    pub const LOCATORS: [&'static str; 5] = ["doi", "pmid", "pmcid", "isbn", "url"];

    /// The locator field `field` (one of [`Reference::LOCATORS`]), if it is set and not blank.
    pub fn locator(&self, field: &str) -> Option<&str> {
        let value = match field {
            "doi" => self.doi.as_deref(),
            "pmid" => self.pmid.as_deref(),
            "pmcid" => self.pmcid.as_deref(),
            "isbn" => self.isbn.as_deref(),
            "url" => self.url.as_deref(),
            _ => None,
        }?;
        Some(value.trim()).filter(|v| !v.is_empty())
    }

    /// Every locator that is set, with its field name.
    pub fn locators(&self) -> Vec<(&'static str, &str)> {
        Self::LOCATORS
            .into_iter()
            .filter_map(|field| Some((field, self.locator(field)?)))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Deserialize)]
    struct Authors {
        authors: Vec<Author>,
    }

    #[test]
    fn an_author_is_a_name_or_a_table_saying_what_it_is() -> crate::TestResult {
        let read: Authors = toml::from_str(
            r#"authors = ["Vink R", { organisation = "EFSA" }, { organization = "RIVM" }, { person = "Panel J" }]"#,
        )?;
        assert_eq!(
            read.authors,
            [
                Author::Name("Vink R".into()),
                Author::Organization {
                    organization: "EFSA".into()
                },
                Author::Organization {
                    organization: "RIVM".into()
                },
                Author::Person {
                    person: "Panel J".into()
                },
            ]
        );
        for wrong in [
            r#"authors = [{ organisatie = "X" }]"#,
            r#"authors = [{ person = "X", organization = "Y" }]"#,
            r#"authors = [{}]"#,
        ] {
            let error = toml::from_str::<Authors>(wrong)
                .err()
                .map(|e| e.to_string());
            assert!(
                error.as_deref().is_some_and(|e| e.contains("{ person = ")),
                "{wrong}: {error:?}"
            );
        }
        Ok(())
    }
}
