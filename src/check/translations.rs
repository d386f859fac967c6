//! Keeping translations in step (DESIGN.md): every article should exist in every language, and
//! a translation records, in `translation_of_digest`, the digest of the version of the
//! default-language article it was translated from. When that article changes, its digest
//! changes and the translation is reported as stale until a translator brings it up to date
//! and copies the new digest, which the message gives.

use crate::diagnostics::{Diagnostic, Position};
use crate::load::config::Config;
use crate::load::content::files::FileKey;
use crate::load::content::{Article, Site};

/// The front matter key that holds the digest.
const DIGEST_KEY: &str = "translation_of_digest";

/// The digest of what a translator translates: title, description and text. Front matter a
/// translation does not copy (dates, reviewers, references) does not count.
pub fn digest(article: &Article) -> String {
    digest_of(
        &article.meta.title,
        &article.meta.description,
        &article.source.text[article.body.clone()],
    )
}

/// [`digest`] of an article with this title, description and body (the text after the front
/// matter). Line endings do not count: a checkout on Windows (CRLF) has the same digests.
pub fn digest_of(title: &str, description: &str, body: &str) -> String {
    let mut hasher = blake3::Hasher::new();
    for part in [title, description, body.trim()] {
        if part.contains('\r') {
            hasher.update(part.replace("\r\n", "\n").as_bytes());
        } else {
            hasher.update(part.as_bytes());
        }
        hasher.update(&[0]);
    }
    hasher.finalize().to_hex()[..16].to_string()
}

/// Reports articles missing in a language (`missing-translation`) and translations whose
/// original changed since they were made (`stale-translation`), both as warnings: of the
/// articles `include` accepts.
pub fn check(site: &Site, config: &Config, include: &dyn Fn(&Article) -> bool) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    for article in site.articles.iter().filter(|a| include(a)) {
        if article.lang == config.default_language {
            missing(site, config, article, &mut found);
            continue;
        }
        let Some(original) = site.article(&article.section, &article.key, &config.default_language)
        else {
            continue;
        };
        if let Some(finding) = stale(article, original) {
            found.push(finding);
        }
    }
    found
}

fn missing(site: &Site, config: &Config, article: &Article, found: &mut Vec<Diagnostic>) {
    for lang in config.language_codes() {
        let translation = FileKey {
            section: article.section.clone(),
            key: article.key.clone(),
            lang: lang.to_string(),
        };
        // A draft or a translation with errors exists; its own findings say what is wrong.
        if lang == article.lang
            || site.article(&article.section, &article.key, lang).is_some()
            || site.excluded.contains_key(&translation)
        {
            continue;
        }
        found.push(
            Diagnostic::error_at(
                &article.source.display_path,
                Position::START,
                "missing-translation",
                format!(
                    "this article has no {lang:?} translation yet: translate it into {} with \
                     translation_of_digest = \"{}\"",
                    translation.display_path(),
                    digest(article)
                ),
            )
            .as_warning(),
        );
    }
}

fn stale(translation: &Article, original: &Article) -> Option<Diagnostic> {
    let current = digest(original);
    let recorded = translation.meta.translation_of_digest.as_deref();
    if recorded == Some(current.as_str()) {
        return None;
    }
    let original_file = &original.source.display_path;
    let message = match recorded {
        None => format!(
            "this translation does not say which version of {original_file} it translates: \
             once it matches that text, add {DIGEST_KEY} = \"{current}\""
        ),
        Some(old) => format!(
            "{original_file} has changed since this translation was made (digest {old:?}, now \
             {current:?}): update the translation, then set {DIGEST_KEY} = \"{current}\""
        ),
    };
    let range = digest_range(translation).unwrap_or(0..0);
    Some(
        Diagnostic::error_in(&translation.source, range, "stale-translation", message).as_warning(),
    )
}

/// Where `translation_of_digest` is written in the front matter.
fn digest_range(article: &Article) -> Option<std::ops::Range<usize>> {
    let front_matter = &article.source.text[..article.body.start];
    let mut offset = 0;
    for line in front_matter.split_inclusive('\n') {
        if line.trim_start().starts_with(DIGEST_KEY) {
            let start = offset + (line.len() - line.trim_start().len());
            return Some(start..offset + line.trim_end().len());
        }
        offset += line.len();
    }
    None
}
