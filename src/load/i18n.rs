//! UI strings from Fluent files: `i18n/<lang>/*.ftl`.
//!
//! Every string the theme shows (navigation, labels, dates, plurals) lives in these files, never
//! in code. Each language must define the same keys; a key missing in one language is reported
//! for every key, with the place it is defined in another language.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use std::str::FromStr;

use fluent::concurrent::FluentBundle;
use fluent::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::diagnostics::{Diagnostic, Position, SourceText};
use crate::load::config::Config;
use crate::load::content::front_matter::Date;

/// The folder under the site root with one sub-folder of `.ftl` files per language.
pub const I18N_DIR: &str = "i18n";

/// The loaded UI strings of every language.
pub struct UiStrings {
    bundles: BTreeMap<String, FluentBundle<FluentResource>>,
    /// The first `.ftl` file of each language, where findings about a language's strings as a
    /// whole are reported.
    first_files: BTreeMap<String, String>,
}

/// The text of the language data file `i18n/<lang>/<file>` (the importer's markers, the claim
/// lexicon): the site's own copy under `root` when it has one, else kennis's built-in copy from
/// `built_in` (language code, text), so the commands also work outside a site. `code` names
/// problems in diagnostics.
pub fn language_data(
    root: &Path,
    lang: &str,
    file: &str,
    built_in: &[(&str, &str)],
    code: &'static str,
) -> Result<SourceText, Diagnostic> {
    let display = format!("{I18N_DIR}/{lang}/{file}");
    match crate::load::text_file::read_regular_text(&root.join(&display)) {
        Ok(text) => Ok(SourceText::new(display, text)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            built_in_language_data(lang, file, built_in).ok_or_else(|| {
                Diagnostic::error_at(
                    &display,
                    Position::START,
                    code,
                    format!("kennis has no {file} for language {lang:?}: add {display}"),
                )
            })
        }
        Err(e) => Err(Diagnostic::error_at(
            &display,
            Position::START,
            code,
            format!("cannot read: {e}"),
        )),
    }
}

/// kennis's built-in copy of `i18n/<lang>/<file>`, if it has one.
pub fn built_in_language_data(
    lang: &str,
    file: &str,
    built_in: &[(&str, &str)],
) -> Option<SourceText> {
    let (_, text) = built_in.iter().find(|(code, _)| *code == lang)?;
    Some(SourceText::new(
        format!("{I18N_DIR}/{lang}/{file}"),
        (*text).to_string(),
    ))
}

/// Why a UI string could not be produced.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum UiStringError {
    /// The site has no such language.
    #[error("no UI strings for language {0:?}")]
    UnknownLanguage(String),
    /// No file of the language defines the key.
    #[error("UI string {key:?} is not defined for {lang:?}: add it to {I18N_DIR}/{lang}/")]
    UnknownKey {
        /// The key asked for.
        key: String,
        /// The language.
        lang: String,
    },
    /// The message has only attributes.
    #[error("UI string {0:?} has no value")]
    NoValue(String),
    /// Fluent could not fill in the message (e.g. a variable was not given).
    #[error("UI string {key:?} in {lang:?}: {message}")]
    Format {
        /// The key.
        key: String,
        /// The language.
        lang: String,
        /// What Fluent said.
        message: String,
    },
}

impl std::fmt::Debug for UiStrings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UiStrings")
            .field("languages", &self.bundles.keys().collect::<Vec<_>>())
            .finish()
    }
}

/// Where a key is defined, for diagnostics.
#[derive(Clone)]
struct Definition {
    source: std::sync::Arc<SourceText>,
    offset: usize,
}

impl UiStrings {
    /// Loads `i18n/<lang>/*.ftl` for every configured language and checks that all languages
    /// define the same keys.
    pub fn load(root: &Path, config: &Config) -> Result<UiStrings, Vec<Diagnostic>> {
        let mut problems = Vec::new();
        let mut bundles = BTreeMap::new();
        let mut first_files = BTreeMap::new();
        let mut keys: BTreeMap<String, BTreeMap<String, Definition>> = BTreeMap::new();

        for code in config.language_codes() {
            let (bundle, defined, first_file) = load_language(root, code, &mut problems);
            bundles.insert(code.to_string(), bundle);
            keys.insert(code.to_string(), defined);
            first_files.insert(code.to_string(), first_file);
        }
        report_missing_keys(&keys, config, &mut problems);

        if problems.is_empty() {
            Ok(UiStrings {
                bundles,
                first_files,
            })
        } else {
            crate::diagnostics::sort(&mut problems);
            Err(problems)
        }
    }

    /// True when `lang` defines the message `key`.
    pub fn has(&self, lang: &str, key: &str) -> bool {
        self.bundles.get(lang).is_some_and(|b| b.has_message(key))
    }

    /// The string `key` in `lang`, with Fluent arguments (`$count` selects plural forms).
    pub fn get(
        &self,
        lang: &str,
        key: &str,
        args: Option<&FluentArgs>,
    ) -> Result<String, UiStringError> {
        let bundle = self
            .bundles
            .get(lang)
            .ok_or_else(|| UiStringError::UnknownLanguage(lang.to_string()))?;
        let message = bundle
            .get_message(key)
            .ok_or_else(|| UiStringError::UnknownKey {
                key: key.to_string(),
                lang: lang.to_string(),
            })?;
        let pattern = message
            .value()
            .ok_or_else(|| UiStringError::NoValue(key.to_string()))?;
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors);
        match errors.first() {
            None => Ok(text.into_owned()),
            Some(error) => Err(UiStringError::Format {
                key: key.to_string(),
                lang: lang.to_string(),
                message: error.to_string(),
            }),
        }
    }

    /// The file where findings about `lang`'s strings as a whole are reported.
    pub fn first_file(&self, lang: &str) -> String {
        self.first_files
            .get(lang)
            .cloned()
            .unwrap_or_else(|| format!("{I18N_DIR}/{lang}/"))
    }

    /// A date written out in `lang` ("13 november 2025", "13 November 2025"), from the keys
    /// `month-1` … `month-12` and the pattern `date-long`.
    pub fn format_date(&self, lang: &str, date: Date) -> Result<String, UiStringError> {
        let month = self.get(lang, &format!("month-{}", date.month), None)?;
        let mut args = FluentArgs::new();
        args.set("day", FluentValue::from(date.day));
        args.set("month", FluentValue::from(month));
        args.set("year", FluentValue::from(date.year));
        self.get(lang, "date-long", Some(&args))
    }
}

/// Looks up per-language labels; a missing UI string is reported at the language's strings.
pub fn per_language<T: Default>(
    config: &Config,
    strings: &UiStrings,
    lookup: impl Fn(&str) -> Result<T, UiStringError>,
    diagnostics: &mut Vec<Diagnostic>,
) -> HashMap<String, T> {
    config
        .language_codes()
        .map(|lang| {
            let labels = lookup(lang).unwrap_or_else(|error| {
                diagnostics.push(Diagnostic::error_at(
                    &strings.first_file(lang),
                    Position::START,
                    "missing-ui-string",
                    format!("{error} (kennis needs it)"),
                ));
                T::default()
            });
            (lang.to_string(), labels)
        })
        .collect()
}

fn load_language(
    root: &Path,
    code: &str,
    problems: &mut Vec<Diagnostic>,
) -> (
    FluentBundle<FluentResource>,
    BTreeMap<String, Definition>,
    String,
) {
    // Language codes were validated with unic-langid when the configuration was read.
    let langid = LanguageIdentifier::from_str(code).unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    // Isolation marks (U+2068/U+2069) around arguments would end up in the HTML.
    bundle.set_use_isolating(false);
    let mut defined = BTreeMap::new();

    let dir = root.join(I18N_DIR).join(code);
    let display_dir = format!("{I18N_DIR}/{code}/");
    let mut first_file = display_dir.clone();
    let mut files: Vec<_> = match std::fs::read_dir(&dir) {
        Ok(entries) => entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
            .collect(),
        Err(e) => {
            problems.push(Diagnostic::error_at(
                &display_dir,
                Position::START,
                "ui-strings",
                format!("cannot read the UI strings of {code:?}: {e}"),
            ));
            return (bundle, defined, first_file);
        }
    };
    files.sort();
    if let Some(first) = files.first() {
        first_file = format!(
            "{display_dir}{}",
            first.file_name().unwrap_or_default().to_string_lossy()
        );
    }
    if files.is_empty() {
        problems.push(Diagnostic::error_at(
            &display_dir,
            Position::START,
            "ui-strings",
            format!("no .ftl files with UI strings for {code:?}"),
        ));
    }

    for path in files {
        let display = format!(
            "{display_dir}{}",
            path.file_name().unwrap_or_default().to_string_lossy()
        );
        let text = match crate::load::text_file::read_regular_text(&path) {
            Ok(text) => text,
            Err(e) => {
                problems.push(Diagnostic::error_at(
                    &display,
                    Position::START,
                    "ui-strings",
                    format!("cannot read: {e}"),
                ));
                continue;
            }
        };
        let source = std::sync::Arc::new(SourceText::new(display, text.clone()));
        // A file with syntax errors still yields its valid entries, which avoids a cascade of
        // "missing" reports for keys that are only misspelled further down.
        let resource = FluentResource::try_new(text).unwrap_or_else(|(resource, errors)| {
            for error in errors {
                problems.push(Diagnostic::error_in(
                    &source,
                    error.pos.clone(),
                    "ui-strings",
                    format!("Fluent syntax error: {}", error.kind),
                ));
            }
            resource
        });
        for id in entry_ids(&resource) {
            let offset = definition_offset(&source.text, &id);
            let here = Definition {
                source: source.clone(),
                offset,
            };
            if let Some(first) = defined.get(&id) {
                let first: &Definition = first;
                let at = first.source.position(first.offset);
                problems.push(Diagnostic::error_in(
                    &source,
                    offset..offset + id.len(),
                    "ui-strings",
                    format!(
                        "{id:?} is already defined at {}:{}:{}",
                        first.source.display_path, at.line, at.column
                    ),
                ));
            } else {
                defined.insert(id, here);
            }
        }
        // Duplicates were reported above with their positions; keep the first definition.
        let _ = bundle.add_resource(resource);
    }
    (bundle, defined, first_file)
}

/// The ids of a resource's messages and terms (terms keep their leading `-`).
fn entry_ids(resource: &FluentResource) -> Vec<String> {
    use fluent_syntax::ast::Entry;
    resource
        .entries()
        .filter_map(|entry| match entry {
            Entry::Message(m) => Some(m.id.name.to_string()),
            Entry::Term(t) => Some(format!("-{}", t.id.name)),
            _ => None,
        })
        .collect()
}

/// Byte offset of the line that defines `id` (`id = …` at the start of a line).
fn definition_offset(text: &str, id: &str) -> usize {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if let Some(rest) = line.strip_prefix(id)
            && rest.trim_start().starts_with('=')
        {
            return offset;
        }
        offset += line.len();
    }
    0
}

/// Reports, for every language, each key that another language defines and it does not.
fn report_missing_keys(
    keys: &BTreeMap<String, BTreeMap<String, Definition>>,
    config: &Config,
    problems: &mut Vec<Diagnostic>,
) {
    for language in config.language_codes() {
        let Some(own) = keys.get(language) else {
            continue;
        };
        // Look in the other languages in configuration order, so each missing key is
        // reported once, at its definition in the first language that has it.
        let mut seen = std::collections::BTreeSet::new();
        for other in config.language_codes().filter(|&l| l != language) {
            let Some(theirs) = keys.get(other) else {
                continue;
            };
            for (id, definition) in theirs {
                if own.contains_key(id) || !seen.insert(id.clone()) {
                    continue;
                }
                let offset = definition.offset;
                problems.push(Diagnostic::error_in(
                    &definition.source,
                    offset..offset + id.len(),
                    "missing-ui-string",
                    format!(
                        "{id:?} is missing in language {language:?}: add it to a file in {I18N_DIR}/{language}/"
                    ),
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    type Loaded = Result<Result<UiStrings, Vec<Diagnostic>>, Box<dyn std::error::Error>>;

    /// Loads the UI strings of a two-language site with these Dutch and English files.
    fn load(nl: &str, en: &str) -> Loaded {
        let dir = tempfile::tempdir()?;
        let root = dir.path();
        std::fs::create_dir_all(root.join("themes/default/templates"))?;
        std::fs::create_dir_all(root.join("i18n/nl"))?;
        std::fs::create_dir_all(root.join("i18n/en"))?;
        std::fs::write(root.join("i18n/nl/main.ftl"), nl)?;
        std::fs::write(root.join("i18n/en/main.ftl"), en)?;
        std::fs::write(
            root.join("site.toml"),
            "base_url = \"https://example.org\"\n[languages.nl]\ntitle = \"K\"\ndescription = \"d\"\nlocale = \"nl_NL\"\n[languages.en]\ntitle = \"K\"\ndescription = \"d\"\nlocale = \"en_GB\"\n",
        )?;
        let config = Config::load(root)?;
        Ok(UiStrings::load(root, &config))
    }

    fn loaded(nl: &str, en: &str) -> Result<UiStrings, Box<dyn std::error::Error>> {
        load(nl, en)?.map_err(|problems| format!("{problems:?}").into())
    }

    fn problems(nl: &str, en: &str) -> Result<Vec<Diagnostic>, Box<dyn std::error::Error>> {
        match load(nl, en)? {
            Ok(_) => Err("expected problems".into()),
            Err(problems) => Ok(problems),
        }
    }

    const NL: &str = "articles = { $count ->\n    [one] { $count } artikel\n   *[other] { $count } artikelen\n}\nhello = Hallo { $name }\nmonth-11 = november\ndate-long = { $day } { $month } { $year }\n";
    const EN: &str = "articles = { $count ->\n    [one] { $count } article\n   *[other] { $count } articles\n}\nhello = Hello { $name }\nmonth-11 = November\ndate-long = { $day } { $month } { $year }\n";

    #[test]
    fn plural_forms_and_no_isolation_marks() -> crate::TestResult {
        let strings = loaded(NL, EN)?;
        let count = |n: i64, lang| {
            let mut args = FluentArgs::new();
            args.set("count", n);
            strings.get(lang, "articles", Some(&args))
        };
        assert_eq!(count(1, "nl")?, "1 artikel");
        assert_eq!(count(3, "nl")?, "3 artikelen");
        assert_eq!(count(1, "en")?, "1 article");
        assert_eq!(count(0, "en")?, "0 articles");
        let mut args = FluentArgs::new();
        args.set("name", "Ans");
        assert_eq!(strings.get("nl", "hello", Some(&args))?, "Hallo Ans");
        Ok(())
    }

    #[test]
    fn dates_are_localized() -> crate::TestResult {
        let strings = loaded(NL, EN)?;
        let date = Date {
            year: 2025,
            month: 11,
            day: 13,
        };
        assert_eq!(strings.format_date("nl", date)?, "13 november 2025");
        assert_eq!(strings.format_date("en", date)?, "13 November 2025");
        Ok(())
    }

    #[test]
    fn every_missing_key_is_listed() -> crate::TestResult {
        let en = "articles = articles\n";
        let problems = problems(NL, en)?;
        let lines: Vec<String> = problems.iter().map(|d| d.to_string()).collect();
        assert_eq!(lines.len(), 3, "{lines:?}");
        assert!(lines[0].starts_with("i18n/nl/main.ftl:5:1: error[missing-ui-string]: \"hello\" is missing in language \"en\""), "{lines:?}");
        assert!(lines.iter().any(|l| l.contains("\"month-11\"")));
        assert!(lines.iter().any(|l| l.contains("\"date-long\"")));
        Ok(())
    }

    #[test]
    fn syntax_errors_have_positions() -> crate::TestResult {
        let problems = problems("ok = fine\nthis line has no equals sign\n", "ok = fine\n")?;
        // The valid entries of a broken file still count, so "ok" is not reported missing.
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(problems[0].file, "i18n/nl/main.ftl");
        assert_eq!(problems[0].line, 2);
        Ok(())
    }
}
