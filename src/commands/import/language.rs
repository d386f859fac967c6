//! Which language an input is imported in: the one `--lang` gives, or else the one the input
//! declares (a web page's `<html lang>`, a WordPress export's `<language>`), or else the one its
//! text is written in, told by `whatlang` among the site's languages only. Whatever is chosen,
//! the report says which language and why, and a `review` line when the text reads as another
//! of the site's languages, so an English page imported without `--lang` is not quietly made a
//! Dutch article (nor a Dutch text given `--lang en` an English one).

use std::path::Path;

use super::markers;
use super::report::Category;
use crate::load::config::{Config, ConfigError};

/// The most characters of an input read to tell its language: plenty for `whatlang`, whose
/// time grows with the text, on the longest export.
const DETECTION_CHARS: usize = 20_000;

/// The languages an import can choose from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SiteLanguages {
    /// Their codes (`nl`, `en`), the default first.
    pub codes: Vec<String>,
    /// The default language's code: used when an input's language cannot be told.
    pub default: String,
}

impl SiteLanguages {
    /// The languages of the site at `root`, from its `site.toml`; outside a site (no
    /// `site.toml`), the languages kennis brings markers for, Dutch first. A `site.toml` that
    /// cannot be read or has problems is an error, as it is for every other command.
    pub fn load(root: &Path) -> Result<SiteLanguages, ConfigError> {
        match Config::load(root) {
            Ok(config) => Ok(SiteLanguages {
                codes: config.language_codes().map(str::to_string).collect(),
                default: config.default_language,
            }),
            Err(ConfigError::Missing(_)) => Ok(SiteLanguages::built_in()),
            Err(e) => Err(e),
        }
    }

    /// The languages kennis brings import markers for, the first the default.
    pub fn built_in() -> SiteLanguages {
        let codes: Vec<String> = markers::BUILT_IN_LANGUAGES
            .iter()
            .map(|c| c.to_string())
            .collect();
        let default = codes.first().cloned().unwrap_or_default();
        SiteLanguages { codes, default }
    }

    /// The site's language a language tag (`en-GB`, `en_GB`, `EN`) names, if it names one.
    pub fn of_tag(&self, tag: &str) -> Option<&str> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        self.codes
            .iter()
            .find(|code| **code == primary)
            .map(String::as_str)
    }

    /// The site's language `text` is written in, when `whatlang`, choosing among the site's
    /// languages only, is sure of it.
    pub fn detect(&self, text: &str) -> Option<&str> {
        let candidates: Vec<(whatlang::Lang, &str)> = self
            .codes
            .iter()
            .filter_map(|code| {
                let iso = isolang::Language::from_639_1(code)?;
                Some((whatlang::Lang::from_code(iso.to_639_3())?, code.as_str()))
            })
            .collect();
        if candidates.is_empty() {
            return None;
        }
        let allowed = candidates.iter().map(|(lang, _)| *lang).collect();
        let sample: String = text.chars().take(DETECTION_CHARS).collect();
        let info = whatlang::Detector::with_allowlist(allowed).detect(&sample)?;
        if !info.is_reliable() {
            return None;
        }
        candidates
            .iter()
            .find(|(lang, _)| *lang == info.lang())
            .map(|(_, code)| *code)
    }
}

/// A language an input declares.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Declared {
    /// The language tag as written: `en-GB`.
    pub tag: String,
    /// Where, as the report shows it: `<html lang="en-GB">`.
    pub shown: String,
    /// Its line in the input.
    pub line: usize,
}

/// What an input tells about its language.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Clues {
    /// The language it declares, if it declares one.
    pub declared: Option<Declared>,
    /// Its text (without markup), to tell the language from.
    pub text: String,
}

/// One line of the report about the language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    /// Its line in the input.
    pub line: usize,
    /// What kind of line.
    pub category: Category,
    /// What it says.
    pub message: String,
}

/// The language an input is imported in, and the report's lines about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    /// The language's code.
    pub lang: String,
    /// What the report says about it: the language and why, then what to check, if anything.
    pub notes: Vec<Note>,
}

/// Chooses the language of an input: `given` (`--lang`) if given, else what `clues` say, else
/// the site's default.
pub fn choose(given: Option<&str>, clues: &Clues, site: &SiteLanguages) -> Choice {
    let declared = clues.declared.as_ref();
    let line = declared.map_or(1, |d| d.line);
    let note = |category, message: String| Note {
        line,
        category,
        message,
    };
    let in_text = || site.detect(&clues.text);
    let mut notes = Vec::new();
    let lang = match (given, declared) {
        (Some(given), _) => {
            notes.push(note(
                Category::Recognised,
                format!("language {given} (given with --lang)"),
            ));
            // What the input says itself, else what its text reads as.
            let said = declared.and_then(|d| site.of_tag(&d.tag).map(|code| (code, &d.shown)));
            let other = match said {
                Some((code, shown)) => (code != given).then(|| format!("{shown} says {code}")),
                None => in_text()
                    .filter(|code| *code != given)
                    .map(|code| format!("the text reads as {code}")),
            };
            if let Some(other) = other {
                notes.push(note(
                    Category::Review,
                    format!(
                        "{other}, but it is imported as {given}, as --lang says: check that \
                         --lang is right"
                    ),
                ));
            }
            given.to_string()
        }
        (None, Some(declared)) => match site.of_tag(&declared.tag) {
            Some(code) => {
                notes.push(note(
                    Category::Recognised,
                    format!("language {code} (from {})", declared.shown),
                ));
                // A theme or a WordPress install may declare a language its texts are not in.
                if let Some(read) = in_text().filter(|read| read != &code) {
                    notes.push(note(
                        Category::Review,
                        format!(
                            "the text reads as {read}, not {code} as {} says: give --lang \
                             {read} to import it as {read}",
                            declared.shown
                        ),
                    ));
                }
                code.to_string()
            }
            None => {
                notes.push(note(
                    Category::Review,
                    format!(
                        "language {}, the site's default: {} is not a language of the site; \
                         give --lang to choose",
                        site.default, declared.shown
                    ),
                ));
                site.default.clone()
            }
        },
        (None, None) => match in_text() {
            Some(code) => {
                notes.push(note(
                    Category::Recognised,
                    format!("language {code} (detected in the text; give --lang to choose)"),
                ));
                code.to_string()
            }
            None => {
                notes.push(note(
                    Category::Review,
                    format!(
                        "language {}, the site's default: the text's language could not be \
                         told for certain; give --lang to choose",
                        site.default
                    ),
                ));
                site.default.clone()
            }
        },
    };
    Choice { lang, notes }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DUTCH: &str = "Magnesium is een mineraal dat je lichaam nodig heeft voor meer dan \
        driehonderd processen. Het zit in groene groenten, noten en volkoren brood. Wie \
        gevarieerd eet, krijgt er meestal genoeg van binnen.";
    const ENGLISH: &str = "Magnesium is a mineral your body needs for more than three \
        hundred processes. It is found in green vegetables, nuts and wholegrain bread. \
        Most people who eat a varied diet get enough of it.";

    fn site() -> SiteLanguages {
        SiteLanguages {
            codes: vec!["nl".into(), "en".into()],
            default: "nl".into(),
        }
    }

    fn text(text: &str) -> Clues {
        Clues {
            declared: None,
            text: text.into(),
        }
    }

    fn page(tag: &str, text: &str) -> Clues {
        Clues {
            declared: Some(Declared {
                tag: tag.into(),
                shown: format!("<html lang=\"{tag}\">"),
                line: 2,
            }),
            text: text.into(),
        }
    }

    #[test]
    fn the_text_tells_the_language_among_the_sites() {
        assert_eq!(site().detect(DUTCH), Some("nl"));
        assert_eq!(site().detect(ENGLISH), Some("en"));
        assert_eq!(site().detect("42"), None);
        let english = choose(None, &text(ENGLISH), &site());
        assert_eq!(english.lang, "en");
        assert_eq!(
            english.notes,
            vec![Note {
                line: 1,
                category: Category::Recognised,
                message: "language en (detected in the text; give --lang to choose)".into()
            }]
        );
    }

    #[test]
    fn without_a_sure_answer_the_default_is_taken_and_said() {
        let choice = choose(None, &text("Ok."), &site());
        assert_eq!(choice.lang, "nl");
        assert_eq!(choice.notes.len(), 1);
        assert_eq!(choice.notes[0].category, Category::Review);
        assert!(
            choice.notes[0]
                .message
                .starts_with("language nl, the site's default: "),
            "{:?}",
            choice.notes
        );
        let german = choose(None, &page("de-DE", ENGLISH), &site());
        assert_eq!(german.lang, "nl");
        assert_eq!(
            german.notes[0].message,
            "language nl, the site's default: <html lang=\"de-DE\"> is not a language of the \
             site; give --lang to choose"
        );
    }

    #[test]
    fn a_declared_language_counts_and_is_checked_against_the_text() {
        let choice = choose(None, &page("en-GB", ENGLISH), &site());
        assert_eq!(choice.lang, "en");
        assert_eq!(
            choice.notes,
            vec![Note {
                line: 2,
                category: Category::Recognised,
                message: "language en (from <html lang=\"en-GB\">)".into()
            }]
        );
        let wrong = choose(None, &page("en-US", DUTCH), &site());
        assert_eq!(wrong.lang, "en");
        assert_eq!(wrong.notes[1].category, Category::Review);
        assert!(wrong.notes[1].message.starts_with("the text reads as nl"));
    }

    #[test]
    fn lang_given_wins_and_a_contradiction_is_reported() {
        let agreed = choose(Some("en"), &text(ENGLISH), &site());
        assert_eq!(agreed.lang, "en");
        assert_eq!(agreed.notes.len(), 1);
        assert_eq!(agreed.notes[0].message, "language en (given with --lang)");
        let contradicted = choose(Some("en"), &text(DUTCH), &site());
        assert_eq!(contradicted.lang, "en");
        assert_eq!(
            contradicted.notes[1],
            Note {
                line: 1,
                category: Category::Review,
                message: "the text reads as nl, but it is imported as en, as --lang says: \
                          check that --lang is right"
                    .into()
            }
        );
        let declared = choose(Some("nl"), &page("en", DUTCH), &site());
        assert_eq!(
            declared.notes[1].message,
            "<html lang=\"en\"> says en, but it is imported as nl, as --lang says: check that \
             --lang is right"
        );
    }

    #[test]
    fn tags_name_the_sites_languages_by_their_primary_part() {
        assert_eq!(site().of_tag("en-GB"), Some("en"));
        assert_eq!(site().of_tag("NL_be"), Some("nl"));
        assert_eq!(site().of_tag("fr"), None);
        assert_eq!(site().of_tag(""), None);
    }
}
