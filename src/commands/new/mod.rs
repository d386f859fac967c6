//! `kennis new`: scaffolds an article, `content/<section>/<key>.<lang>.md`, as a draft with
//! complete front matter, an introduction and an FAQ section to fill in.
//!
//! It never overwrites a file, and it only writes an article that will load: the section must
//! exist in the language, the URL must be free, and the text is read back before it is written.
//! When the article exists in the default language under the same key, the new file is its
//! translation and records the original's digest, as [`crate::check::translations`] expects.
//!
//! [`crate::load::scaffold_text`] holds each language's words, [`article`] puts the file together.

pub mod article;

use std::io::Write as _;
use std::path::PathBuf;

use crate::check::translations::digest;
use crate::diagnostics::{Diagnostic, SourceText};
use crate::load::config::{Config, ConfigError};
use crate::load::content::comparisons::COMPARISONS_DIR;
use crate::load::content::files::{ContentFile, FileKey, INDEX_KEY, Role};
use crate::load::content::front_matter::Date;
use crate::load::content::read;
use crate::load::content::{self, CONTENT_DIR, Exclusion, Site};
use crate::load::scaffold_text::ScaffoldText;
use crate::parse::markdown::citing::closest_key;
use crate::slug::{is_valid_slug, slugify};
use article::NewArticle;

/// What `kennis new` writes.
#[derive(Debug, Clone)]
pub struct NewOptions {
    /// The site's root folder.
    pub root: PathBuf,
    /// The section folder under `content/`.
    pub section: String,
    /// The article's title.
    pub title: String,
    /// The article's language; the site's default language when `None`.
    pub lang: Option<String>,
    /// The file key; the slug of the title when `None`. Giving the key of an existing article
    /// makes the new file its translation.
    pub key: Option<String>,
}

/// A written scaffold.
#[derive(Debug, Clone)]
pub struct Scaffolded {
    /// The file on disk.
    pub path: PathBuf,
    /// The file as diagnostics name it, e.g. `content/artikelen/x.nl.md`.
    pub display_path: String,
    /// The URL path the article will have, e.g. `/nl/artikelen/x/`.
    pub url_path: String,
    /// The original whose digest the new file records, when it is a translation.
    pub translation_of: Option<String>,
    /// Things the editor should know about what was written.
    pub notes: Vec<String>,
}

/// Why no article was written. Every one ends the run with exit code 2.
#[derive(Debug, thiserror::Error)]
pub enum NewError {
    /// `site.toml` is missing or wrong.
    #[error(transparent)]
    Config(#[from] ConfigError),
    /// `i18n/<lang>/new.toml` is missing or wrong, or the article it gives would not load.
    #[error("the new article's text has problems")]
    Text(Vec<Diagnostic>),
    /// `--lang` names a language the site does not have.
    #[error("--lang {lang:?} is not a language of this site (site.toml has {known})")]
    UnknownLanguage {
        /// What was given.
        lang: String,
        /// The site's languages, listed.
        known: String,
    },
    /// There is no such section folder.
    #[error("{}", unknown_section_message(section, known))]
    UnknownSection {
        /// What was given.
        section: String,
        /// The site's sections.
        known: Vec<String>,
    },
    /// The section has no page in the article's language, so the article would have no
    /// address.
    #[error(
        "section {section:?} has no page in {lang:?}: {}",
        if *has_errors { format!("{file} has errors; `kennis check` lists them") }
        else { format!("create {file} with a title (and a slug in this language) first") }
    )]
    SectionNotInLanguage {
        /// The section.
        section: String,
        /// The language.
        lang: String,
        /// The section file it needs.
        file: String,
        /// True when that file exists but could not be loaded.
        has_errors: bool,
    },
    /// The title has no letters or digits to make a URL from.
    #[error("the title {0:?} gives an empty URL slug: use a title with letters or digits")]
    EmptySlug(String),
    /// `--key` is not usable as a file key.
    #[error(
        "--key {key:?} is neither the key of an article in content/{section}/ nor a slug \
         (lowercase letters, digits and single hyphens){}",
        suggestion(&slugify(key))
    )]
    BadKey {
        /// What was given.
        key: String,
        /// The section.
        section: String,
    },
    /// The file exists already.
    #[error(
        "{0} exists already; kennis new never overwrites a file (edit it, or pick another --key)"
    )]
    Exists(String),
    /// Another article has the URL the title gives.
    #[error(
        "{owner} already has the address {url_path}: choose another title, or set a different \
         slug there"
    )]
    SlugTaken {
        /// The address.
        url_path: String,
        /// The article that has it.
        owner: String,
    },
    /// The file could not be written.
    #[error("cannot write {}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// What the OS said.
        source: std::io::Error,
    },
}

fn unknown_section_message(section: &str, known: &[String]) -> String {
    if known.is_empty() {
        return format!(
            "there is no section {section:?}, and the site has no sections yet: create \
             {CONTENT_DIR}/{section}/_index.<lang>.md with a title first"
        );
    }
    let keys: Vec<&str> = known.iter().map(String::as_str).collect();
    let hint = closest_key(section, &keys)
        .map(|k| format!("; did you mean {k:?}?"))
        .unwrap_or_default();
    format!(
        "there is no section {section:?} in {CONTENT_DIR}/: the sections are \
         {}{hint}",
        keys.join(", ")
    )
}

fn suggestion(slug: &str) -> String {
    if slug.is_empty() {
        String::new()
    } else {
        format!("; try {slug:?}")
    }
}

/// Writes a new draft article and says where. Nothing is written when anything is wrong.
pub fn new_article(options: &NewOptions, today: Date) -> Result<Scaffolded, NewError> {
    let config = Config::load(&options.root)?;
    let lang = options
        .lang
        .clone()
        .unwrap_or_else(|| config.default_language.clone());
    if config.language(&lang).is_none() {
        return Err(NewError::UnknownLanguage {
            lang,
            known: config.language_codes().collect::<Vec<_>>().join(", "),
        });
    }
    // Drafts count: their URLs and keys are taken as much as published articles' are.
    let site = content::load(&options.root, &config, true).site;
    let section = find_section(&site, options, &lang)?;
    let title = options.title.trim();
    let slug = slugify(title);
    if slug.is_empty() {
        return Err(NewError::EmptySlug(options.title.clone()));
    }
    let key = file_key(&site, options, &slug)?;
    let file = FileKey {
        section: options.section.clone(),
        key: key.clone(),
        lang: lang.clone(),
    };
    let display_path = file.display_path();
    let path = options.root.join(&display_path);
    if path.exists() || site.excluded.contains_key(&file) {
        return Err(NewError::Exists(display_path));
    }
    let site_path = format!("{}{slug}/", section.site_path);
    if let Some(owner) = site.articles.iter().find(|a| a.site_path == site_path) {
        return Err(NewError::SlugTaken {
            url_path: config.url_path(&site_path),
            owner: owner.source.display_path.clone(),
        });
    }

    let mut notes = Vec::new();
    let original = original_of(&site, &config, &file, &mut notes);
    let text = ScaffoldText::load(&options.root, &lang).map_err(NewError::Text)?;
    let new = NewArticle {
        title,
        date: today,
        slug: (slug != slugify(&key)).then_some(slug.as_str()),
        translation_of_digest: original.as_ref().map(|(_, digest)| digest.as_str()),
    };
    let markdown = article::markdown(&new, &text);
    loads_cleanly(&markdown, &path, &file)?;
    write_new(&path, &markdown)?;
    Ok(Scaffolded {
        path,
        display_path,
        url_path: config.url_path(&site_path),
        translation_of: original.map(|(file, _)| file),
        notes,
    })
}

/// The section the article goes into, in its language.
fn find_section<'s>(
    site: &'s Site,
    options: &NewOptions,
    lang: &str,
) -> Result<&'s content::Section, NewError> {
    let name = options.section.as_str();
    let mut known: Vec<String> = site
        .sections
        .iter()
        .map(|s| s.key.clone())
        .chain(
            site.excluded
                .keys()
                .filter(|k| k.key == INDEX_KEY && !k.section.is_empty())
                .map(|k| k.section.clone()),
        )
        .collect();
    known.sort();
    known.dedup();
    // Only a plain folder name is a section: `..` or `a/b` would lead out of content/, and the
    // comparison tables' folder holds data, not articles.
    let plain = !name.is_empty()
        && !name.starts_with('.')
        && !name.contains(['/', '\\'])
        && name != COMPARISONS_DIR
        && options.root.join(CONTENT_DIR).join(name).is_dir();
    if !plain {
        return Err(NewError::UnknownSection {
            section: name.to_string(),
            known,
        });
    }
    site.section(name, lang).ok_or_else(|| {
        let index = FileKey {
            section: name.to_string(),
            key: INDEX_KEY.to_string(),
            lang: lang.to_string(),
        };
        NewError::SectionNotInLanguage {
            section: name.to_string(),
            lang: lang.to_string(),
            has_errors: site.excluded.get(&index) == Some(&Exclusion::HasErrors),
            file: index.display_path(),
        }
    })
}

/// The file key: `--key`, or the slug of the title.
fn file_key(site: &Site, options: &NewOptions, slug: &str) -> Result<String, NewError> {
    let Some(key) = &options.key else {
        return Ok(slug.to_string());
    };
    let existing = site
        .articles
        .iter()
        .map(|a| (a.section.as_str(), a.key.as_str()))
        .chain(
            site.excluded
                .keys()
                .map(|k| (k.section.as_str(), k.key.as_str())),
        )
        .any(|(section, k)| section == options.section && k == key);
    if (existing && key != INDEX_KEY) || is_valid_slug(key) {
        Ok(key.clone())
    } else {
        Err(NewError::BadKey {
            key: key.clone(),
            section: options.section.clone(),
        })
    }
}

/// The default-language article the new file translates, with its digest. Translations from
/// another translation record nothing: the checker compares with the default language only.
fn original_of(
    site: &Site,
    config: &Config,
    file: &FileKey,
    notes: &mut Vec<String>,
) -> Option<(String, String)> {
    let default = &config.default_language;
    if file.lang == *default {
        let translated: Vec<String> = site
            .articles
            .iter()
            .filter(|a| a.section == file.section && a.key == file.key)
            .map(|a| a.source.display_path.clone())
            .collect();
        if !translated.is_empty() {
            notes.push(format!(
                "{} already exist(s): once this article is written, `kennis check` gives the \
                 translation_of_digest each translation must record",
                translated.join(", ")
            ));
        }
        return None;
    }
    let original = FileKey {
        lang: default.clone(),
        ..file.clone()
    };
    if let Some(article) = site.article(&file.section, &file.key, default) {
        return Some((article.source.display_path.clone(), digest(article)));
    }
    if site.excluded.get(&original) == Some(&Exclusion::HasErrors) {
        notes.push(format!(
            "{} has errors, so its digest could not be taken: once it is fixed, `kennis check` \
             gives the translation_of_digest to record",
            original.display_path()
        ));
    }
    None
}

/// Reads the new text back as the build will, so a broken `new.toml` can never leave an
/// article behind that does not load.
fn loads_cleanly(markdown: &str, path: &std::path::Path, file: &FileKey) -> Result<(), NewError> {
    let content_file = ContentFile {
        path: path.to_path_buf(),
        display_path: file.display_path(),
        role: Role::Article,
        key: file.clone(),
    };
    let source = SourceText::new(file.display_path(), markdown.to_string());
    read::parse(source, &content_file, true)
        .map(|_| ())
        .map_err(NewError::Text)
}

/// Writes `text` to a file that must not exist yet (checked again here, so a file created in
/// the meantime is not overwritten either).
fn write_new(path: &std::path::Path, text: &str) -> Result<(), NewError> {
    let io = |source| NewError::Io {
        path: path.to_path_buf(),
        source,
    };
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .map_err(|e| {
            if e.kind() == std::io::ErrorKind::AlreadyExists {
                NewError::Exists(path.display().to_string())
            } else {
                io(e)
            }
        })?;
    file.write_all(text.as_bytes()).map_err(io)
}
