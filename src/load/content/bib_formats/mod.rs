//! Readers for bibliography files as reference managers export them: BibTeX/BibLaTeX
//! ([`bibtex`]) and CSL-JSON ([`csl_json`]).
//!
//! Both turn each entry into a [`Reference`] with where it stands in the file, and report every
//! problem as a [`Diagnostic`] with code `bibliography` instead of stopping at the first one. This
//! module holds what the two formats share: the entry type, the problems, and the writing of
//! author names and identifiers in the form the site uses; `plain_text` takes the markup out of
//! titles. Identifiers are copied, not checked:
//! the citation checker does that for references from any source.

pub mod bibtex;
pub mod csl_json;
mod plain_text;

use std::ops::Range;

use super::reference::Reference;
use crate::diagnostics::{Diagnostic, SourceText};

pub use bibtex::read_bibtex;
pub use csl_json::read_csl_json;

/// The diagnostic code of every problem found in a bibliography file.
pub const CODE: &str = "bibliography";

/// One entry read from a bibliography file, with where it stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadEntry {
    /// The entry as a reference.
    pub reference: Reference,
    /// Byte range of the entry in `source.text`: the whole `@type{…}` of BibTeX, the whole
    /// `{…}` item of CSL-JSON.
    pub range: Range<usize>,
}

/// What can be wrong in a bibliography file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Problem {
    /// BibTeX: an entry whose braces never close, so the parser ran into the next entry or the
    /// end of the file.
    #[error(
        "this entry is never closed: a `}}` is missing, at its end or in one of its fields \
         (every `{{` needs a `}}`)"
    )]
    NotClosed,
    /// BibTeX: a token the parser needed is not there.
    #[error("expected {0} here")]
    Expected(&'static str),
    /// BibTeX: a token the parser did not expect.
    #[error("unexpected {0} here")]
    Unexpected(&'static str),
    /// BibTeX: a bare word as a field value that no `@string` defines.
    #[error(
        "unknown abbreviation {0:?}: put the value in braces, {{{0}}}, or define it with @string"
    )]
    UnknownAbbreviation(String),
    /// BibTeX: a LaTeX command that cannot be read.
    #[error("malformed LaTeX command")]
    MalformedCommand,
    /// BibTeX: any other parser error, in the parser's words.
    #[error("{0}")]
    Syntax(String),
    /// BibTeX: `@article{,` — no citation key.
    #[error(
        "this entry has no citation key: write one after the `{{`, e.g. @article{{uwitonze-2018,"
    )]
    MissingKey,
    /// Two entries with the same citation key in one file.
    #[error(
        "citation key {0:?} is used for more than one entry in this file: only the first is read"
    )]
    DuplicateKey(String),
    /// A year field that does not hold a four-digit year.
    #[error("{field} {value:?} has no four-digit year")]
    BadYear {
        /// The field, e.g. `year`.
        field: &'static str,
        /// Its value as written.
        value: String,
    },
    /// A date that is not a calendar date.
    #[error("{field} {value:?} is not a date: write it as YYYY-MM-DD, e.g. 2025-11-13")]
    BadDate {
        /// The field, e.g. `urldate`.
        field: &'static str,
        /// Its value as written.
        value: String,
    },
    /// CSL-JSON: the file is not valid JSON.
    #[error("not valid JSON: {0}")]
    JsonSyntax(String),
    /// CSL-JSON: the file is JSON, but not an array.
    #[error(
        "a CSL-JSON file must be an array of items, [{{\"id\": …}}, …], as Zotero's \
         Export → CSL JSON writes it"
    )]
    NotAnArray,
    /// CSL-JSON: an array element that is not an object.
    #[error("item {0} is not an object {{…}}")]
    NotAnObject(usize),
    /// CSL-JSON: an item without `"id"`.
    #[error("item {0} has no \"id\": every item needs one, it is the citation key")]
    MissingId(usize),
    /// CSL-JSON: an `"id"` that is empty or neither a string nor a number.
    #[error("\"id\" must be a non-empty string or a number")]
    BadId,
    /// CSL-JSON: a field whose value has the wrong shape.
    #[error("\"{field}\" must be {expected}")]
    BadField {
        /// The field, e.g. `title`.
        field: String,
        /// What it should be, e.g. "a string".
        expected: &'static str,
    },
    /// CSL-JSON: a name with neither a family name nor a literal one.
    #[error("author {0} has neither \"family\" nor \"literal\"")]
    NamelessAuthor(usize),
}

impl Problem {
    /// The problem as a diagnostic covering `range` of `source`.
    pub fn at(self, source: &SourceText, range: Range<usize>) -> Diagnostic {
        Diagnostic::error_in(source, range, CODE, self.to_string())
    }
}

/// An author as the site writes it, Vancouver style: particle and family name as written, then
/// the initials of the given names ("Uwitonze AM", "de Vries J", "Müller J-P"), then a suffix.
/// A name with nothing but a family part (an organisation) is kept whole.
pub(crate) fn vancouver(particle: &str, family: &str, given: &str, suffix: &str) -> String {
    let mut given: Vec<&str> = given.split_whitespace().collect();
    let mut particles: Vec<&str> = particle.split_whitespace().collect();
    // "Vries, Jan de": some libraries keep a particle at the end of the given names. A trailing
    // word in lowercase is never a given name, so it moves in front of the family name.
    let trailing = given
        .iter()
        .skip(1)
        .rev()
        .take_while(|word| starts_lowercase(word))
        .count();
    let moved = given.split_off(given.len() - trailing);
    particles.splice(0..0, moved);
    let family = family.split_whitespace().collect::<Vec<_>>().join(" ");
    let initials = initials(&given.join(" "));
    let suffix = suffix.trim().trim_end_matches('.');
    particles
        .into_iter()
        .chain([family.as_str(), initials.as_str(), suffix])
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn starts_lowercase(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_lowercase)
}

/// The initials of given names: "Anne Marie" → "AM", "Mohammed S." → "MS", "J.R.R." → "JRR",
/// "Jean-Pierre" → "J-P". Initials already written as such ("AM") are kept.
fn initials(given: &str) -> String {
    let mut out = String::new();
    for word in given.split_whitespace() {
        let parts: Vec<String> = word
            .split('-')
            .map(|part| {
                part.split('.')
                    .filter_map(|piece| {
                        let letters: String = piece.chars().filter(|c| c.is_alphabetic()).collect();
                        // Up to three capitals with no lowercase are initials already ("AM").
                        if !letters.is_empty()
                            && letters.chars().count() <= 3
                            && letters.chars().all(char::is_uppercase)
                        {
                            Some(letters)
                        } else {
                            letters.chars().next().map(|c| c.to_uppercase().collect())
                        }
                    })
                    .collect::<String>()
            })
            .filter(|initial| !initial.is_empty())
            .collect();
        out.push_str(&parts.join("-"));
    }
    out
}

/// The year in a year or date field: the first run of digits, when it has four of them
/// ("2018", "2018-03-01", "March 2018").
pub(crate) fn year_in(text: &str) -> Option<i32> {
    let start = text.find(|c: char| c.is_ascii_digit())?;
    let digits: &str = text[start..]
        .split(|c: char| !c.is_ascii_digit())
        .next()
        .unwrap_or_default();
    if digits.len() == 4 {
        digits.parse().ok()
    } else {
        None
    }
}

/// `text` with runs of whitespace (line breaks of a wrapped field) made one space, or nothing
/// when it is blank.
pub(crate) fn tidy(text: &str) -> Option<String> {
    let tidy = text.split_whitespace().collect::<Vec<_>>().join(" ");
    (!tidy.is_empty()).then_some(tidy)
}

/// What both readers' tests expect for the Gezondheidsraad advice in their Zotero exports.
#[cfg(test)]
fn gezondheidsraad_2012() -> Result<Reference, Box<dyn std::error::Error>> {
    use std::str::FromStr;
    Ok(Reference {
        id: "gezondheidsraad_evaluatie_2012".to_string(),
        title: Some("Evaluatie van de voedingsnormen voor vitamine D".to_string()),
        authors: vec!["Gezondheidsraad".into()],
        year: Some(2012),
        url: Some(
            "https://www.gezondheidsraad.nl/documenten/adviezen/2012/09/26/\
             evaluatie-van-de-voedingsnormen-voor-vitamine-d"
                .to_string(),
        ),
        accessed: Some(crate::load::content::front_matter::Date::from_str(
            "2025-11-13",
        )?),
        kind: Some("webpage".to_string()),
        ..Reference::default()
    })
}

/// What both readers' tests expect for Uwitonze & Razzaque 2018 in their exports.
#[cfg(test)]
fn uwitonze_2018() -> Reference {
    Reference {
        id: "uwitonze_role_2018".to_string(),
        title: Some("Role of Magnesium in Vitamin D Activation and Function".to_string()),
        authors: vec!["Uwitonze AM".into(), "Razzaque MS".into()],
        year: Some(2018),
        container: Some("The Journal of the American Osteopathic Association".to_string()),
        volume: Some("118".to_string()),
        issue: Some("3".to_string()),
        pages: Some("181-189".to_string()),
        doi: Some("10.7556/jaoa.2018.037".to_string()),
        pmid: Some("29480918".to_string()),
        kind: Some("article-journal".to_string()),
        ..Reference::default()
    }
}

/// What both readers' tests expect of Dai et al. 2018 (Am J Clin Nutr) in their exports.
#[cfg(test)]
fn assert_is_dai_2018(dai: &Reference) {
    assert_eq!(dai.id, "dai_magnesium_2018");
    assert_eq!(dai.authors.len(), 15);
    assert_eq!(dai.authors[..3], ["Dai Q", "Zhu X", "Manson JE"]);
    assert_eq!(dai.authors[14], "Shrubsole MJ");
    assert_eq!(
        (dai.year, dai.volume.as_deref(), dai.issue.as_deref()),
        (Some(2018), Some("108"), Some("6"))
    );
    assert_eq!(dai.pages.as_deref(), Some("1249-1258"));
    assert_eq!(dai.pmid.as_deref(), Some("30541089"));
    assert_eq!(dai.pmcid.as_deref(), Some("PMC6693398"));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::content::identifiers::bare_doi;

    #[test]
    fn names_are_written_vancouver_style() -> crate::TestResult {
        assert_eq!(vancouver("", "Uwitonze", "Anne Marie", ""), "Uwitonze AM");
        assert_eq!(vancouver("", "Razzaque", "Mohammed S.", ""), "Razzaque MS");
        assert_eq!(vancouver("", "Manson", "JoAnn E.", ""), "Manson JE");
        assert_eq!(vancouver("de", "Vries", "Jan", ""), "de Vries J");
        assert_eq!(vancouver("", "Vries", "Jan de", ""), "de Vries J");
        assert_eq!(vancouver("", "Berg", "Hanna van den", ""), "van den Berg H");
        assert_eq!(vancouver("", "Müller", "Jean-Pierre", ""), "Müller J-P");
        assert_eq!(vancouver("", "Tolkien", "J.R.R.", ""), "Tolkien JRR");
        assert_eq!(vancouver("", "Smith", "AM", "Jr."), "Smith AM Jr");
        assert_eq!(vancouver("", "Gezondheidsraad", "", ""), "Gezondheidsraad");
        assert_eq!(
            vancouver("", "World Health Organization", "", ""),
            "World Health Organization"
        );
        Ok(())
    }

    #[test]
    fn dois_lose_their_prefix() -> crate::TestResult {
        assert_eq!(
            bare_doi(" https://doi.org/10.7556/jaoa.2018.037 "),
            "10.7556/jaoa.2018.037"
        );
        assert_eq!(bare_doi("DOI:10.1093/ajcn/nqy274"), "10.1093/ajcn/nqy274");
        assert_eq!(bare_doi("10.1093/ajcn/nqy274"), "10.1093/ajcn/nqy274");
        Ok(())
    }

    #[test]
    fn years_are_four_digits() -> crate::TestResult {
        assert_eq!(year_in("2018"), Some(2018));
        assert_eq!(year_in("2018-03-01"), Some(2018));
        assert_eq!(year_in("March 2018"), Some(2018));
        assert_eq!(year_in("in press"), None);
        assert_eq!(year_in("18"), None);
        Ok(())
    }
}
