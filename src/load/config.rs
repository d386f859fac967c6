//! `site.toml`: the site's base URL, languages and theme.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use serde::Deserialize;
use toml::Spanned;
use unic_langid::LanguageIdentifier;
use url::Url;

use crate::diagnostics::{Diagnostic, Position, SourceText};
use crate::load::content::evidence::EvidenceLevel;
use crate::slug::is_valid_slug;
use crate::toml_input;

/// The name of the configuration file at the site root.
pub const CONFIG_FILE: &str = "site.toml";

/// Why the configuration could not be used. These end a run with exit code 2.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// There is no `site.toml` at the root.
    #[error("no {CONFIG_FILE} in {}: is this a kennis site? (use --root to point at one)", .0.display())]
    Missing(PathBuf),
    /// `site.toml` exists but could not be read.
    #[error("could not read {}: {source}", path.display())]
    Unreadable {
        /// The file.
        path: PathBuf,
        /// What the OS said.
        source: std::io::Error,
    },
    /// `site.toml` has problems, each with its position.
    #[error("{CONFIG_FILE} has {} problem(s)", .0.len())]
    Invalid(Vec<Diagnostic>),
    /// A `--base-url` given on the command line is not usable.
    #[error("--base-url {url:?}: {reason}")]
    BadBaseUrl {
        /// What was given.
        url: String,
        /// Why it cannot be used.
        reason: String,
    },
}

/// One language of the site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Language {
    /// Language code used in file names and URLs, e.g. `nl`.
    pub code: String,
    /// Site title in this language.
    pub title: String,
    /// Site description in this language.
    pub description: String,
    /// Locale in Open Graph form, e.g. `nl_NL`.
    pub locale: String,
    /// URL segment of the topic (tag) pages, e.g. `onderwerpen`.
    pub tags_slug: String,
    /// URL segment of the comparison tables, e.g. `vergelijkingen`.
    pub comparisons_slug: String,
    /// URL segment of the page that gathers every FAQ, e.g. `veelgestelde-vragen`.
    pub faq_slug: String,
    /// URL segment of the page that lists every source, e.g. `bronnen`.
    pub sources_slug: String,
    /// URL segment of the search page, e.g. `zoeken`.
    pub search_slug: String,
}

/// The validated site configuration.
#[derive(Debug, Clone)]
pub struct Config {
    /// Absolute base URL, always ending in `/`.
    pub base_url: Url,
    /// Code of the default language (`nl`).
    pub default_language: String,
    /// All languages, the default one first, then by code.
    pub languages: Vec<Language>,
    /// Name of the theme folder under `themes/`.
    pub theme: String,
    /// How the claim checker treats a health claim without a source.
    pub uncited_claims: UncitedClaims,
    /// `[claims] min_level`: a health claim whose sources are all weaker than this is a
    /// `weak-source` finding; `None` checks no levels.
    pub min_level: Option<EvidenceLevel>,
    /// `[review] interval_months`: an article not reviewed within this many months is a
    /// `review-due` finding; `None` checks no review dates.
    pub review_interval_months: Option<u32>,
    /// `[claims] eu_register`: compare every health claim about a nutrient of the EU register
    /// (`i18n/<lang>/eu-claims.toml`) with the claims the EU authorised for it.
    pub eu_register: bool,
    /// `[images]`: the link preview image of pages without one of their own, and the smaller
    /// copies of large images.
    pub images: ImageSettings,
    /// `[markdown] raw_html`: what happens to HTML written in the Markdown.
    pub raw_html: RawHtml,
    /// Articles dated after this day are left out until then (as Hugo leaves out future
    /// pages); `None` publishes every date. Not in `site.toml`: the command line sets it to
    /// today unless `--future` or `--drafts` is given.
    pub publish_until: Option<crate::load::content::front_matter::Date>,
    /// Today, for the dates that are checked against it (`[review] interval_months`); `None`
    /// checks none. Not in `site.toml`: the command line sets it.
    pub today: Option<crate::load::content::front_matter::Date>,
}

/// `[markdown] raw_html` in `site.toml`: what happens to HTML an editor writes in an article.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RawHtml {
    /// Published as written, scripts included (only for a site whose every editor may run
    /// code on its readers' browsers).
    Allow,
    /// Published without what can run code or load another page into this one (`<script>`,
    /// `<iframe>`, `on…` attributes, `javascript:` addresses), each left out with a warning
    /// (the default).
    #[default]
    Safe,
    /// Not allowed at all: every piece of HTML is an error.
    Deny,
}

/// `[images]` in `site.toml`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImageSettings {
    /// The link preview image (`og:image`) of every page that shows none of its own: a
    /// root-relative path into `static/`, such as `/afbeeldingen/kennis.png`.
    pub default: Option<String>,
    /// What that image shows, per language code (`og:image:alt`).
    pub default_alt: BTreeMap<String, String>,
    /// The widths in pixels of the smaller copies a large PNG or JPEG image gets (with the
    /// `responsive-images` feature), ascending and without repeats; empty for none.
    pub widths: Vec<u32>,
    /// The `sizes` attribute of an image with smaller copies: how wide the page shows it, so
    /// the browser can pick a copy before it has laid out the page.
    pub sizes: String,
}

/// The widths of the smaller copies of an image when `site.toml` names none: a phone's screen,
/// a laptop's and a large screen's, at the content column's width and twice it.
pub const DEFAULT_IMAGE_WIDTHS: [u32; 3] = [480, 960, 1440];

/// The `sizes` of an image when `site.toml` gives none: the default theme's content column,
/// `--measure` (42rem) wide in a page with 1.25rem of padding on each side.
pub const DEFAULT_IMAGE_SIZES: &str = "(max-width: 44.5rem) calc(100vw - 2.5rem), 42rem";

/// The widest copy an image can have: WebP's limit (16383 pixels).
pub const MAX_IMAGE_WIDTH: u32 = 16_383;

impl Default for ImageSettings {
    fn default() -> Self {
        ImageSettings {
            default: None,
            default_alt: BTreeMap::new(),
            widths: DEFAULT_IMAGE_WIDTHS.to_vec(),
            sizes: DEFAULT_IMAGE_SIZES.to_string(),
        }
    }
}

/// `[claims] uncited` in `site.toml`: what a health claim without a source is.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum UncitedClaims {
    /// An error: the build fails (the default).
    #[default]
    Error,
    /// A warning: the build succeeds and the page shows a "source needed" marker at the claim.
    Warn,
}

impl Config {
    /// Reads and validates `site.toml` in `root`.
    pub fn load(root: &Path) -> Result<Config, ConfigError> {
        let path = root.join(CONFIG_FILE);
        let bytes = match crate::load::text_file::read_regular_file(&path) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(ConfigError::Missing(root.to_path_buf()));
            }
            Err(source) => return Err(ConfigError::Unreadable { path, source }),
        };
        let text = String::from_utf8(bytes).map_err(|e| {
            let at = e.utf8_error().valid_up_to();
            ConfigError::Invalid(vec![Diagnostic::error_at(
                CONFIG_FILE,
                crate::diagnostics::invalid_utf8_position(e.as_bytes(), at),
                "config",
                "the file is not valid UTF-8; save it as UTF-8".to_string(),
            )])
        })?;
        let source = SourceText::new(CONFIG_FILE, text);
        let theme_exists = |theme: &str| root.join("themes").join(theme).join("templates").is_dir();
        Config::parse(&source, theme_exists)
    }

    fn parse(
        source: &SourceText,
        theme_exists: impl Fn(&str) -> bool,
    ) -> Result<Config, ConfigError> {
        let raw: RawConfig = toml_input::deserialize(&source.text).map_err(|problems| {
            ConfigError::Invalid(
                problems
                    .into_iter()
                    .map(|p| match p.span {
                        Some(span) => Diagnostic::error_in(source, span, "config", p.message),
                        None => {
                            Diagnostic::error_at(CONFIG_FILE, Position::START, "config", p.message)
                        }
                    })
                    .collect(),
            )
        })?;
        let mut problems = Vec::new();
        let mut report = |spanned_range, message: String| {
            problems.push(Diagnostic::error_in(
                source,
                spanned_range,
                "config",
                message,
            ));
        };

        let base_url = match parse_base_url(raw.base_url.get_ref()) {
            Ok(url) => Some(url),
            Err(reason) => {
                report(raw.base_url.span(), reason);
                None
            }
        };

        let mut languages = Vec::new();
        for (code, language) in raw.languages {
            if let Err(reason) = check_language_code(code.get_ref()) {
                report(code.span(), reason);
            }
            if !is_locale(language.locale.get_ref()) {
                report(
                    language.locale.span(),
                    format!(
                        "locale {:?} is not of the form `nl_NL` (language, underscore, country)",
                        language.locale.get_ref()
                    ),
                );
            }
            let mut slug_or = |slug: Option<Spanned<String>>, key: &str, default: &str| match slug {
                Some(slug) if !is_valid_slug(slug.get_ref()) => {
                    report(
                        slug.span(),
                        format!(
                            "{key} {:?} must be lowercase letters, digits and hyphens",
                            slug.get_ref()
                        ),
                    );
                    String::new()
                }
                Some(slug) => slug.into_inner(),
                None => default.to_string(),
            };
            let tags_slug = slug_or(language.tags_slug, "tags_slug", "tags");
            let comparisons_slug =
                slug_or(language.comparisons_slug, "comparisons_slug", "comparisons");
            let faq_slug = slug_or(language.faq_slug, "faq_slug", "faq");
            let sources_slug = slug_or(language.sources_slug, "sources_slug", "sources");
            let search_slug = slug_or(language.search_slug, "search_slug", "search");
            languages.push(Language {
                code: code.into_inner(),
                title: language.title,
                description: language.description,
                locale: language.locale.into_inner(),
                tags_slug,
                comparisons_slug,
                faq_slug,
                sources_slug,
                search_slug,
            });
        }

        let default_language = raw.default_language.get_ref().clone();
        if !languages.iter().any(|l| l.code == default_language) {
            report(
                raw.default_language.span(),
                format!("default_language {default_language:?} is not one of the [languages]"),
            );
        }
        languages.sort_by_key(|l| (l.code != default_language, l.code.clone()));

        if !theme_exists(raw.theme.get_ref()) {
            report(
                raw.theme.span(),
                format!(
                    "theme {:?} not found: there is no folder themes/{}/templates",
                    raw.theme.get_ref(),
                    raw.theme.get_ref()
                ),
            );
        }

        if let Some(images) = &raw.images
            && let Some(default) = &images.get_ref().default
            && !default.starts_with('/')
        {
            report(
                images.span(),
                format!(
                    "[images] default {default:?} must be a path into static/ that starts with /, \
                     e.g. \"/afbeeldingen/kennis.png\""
                ),
            );
        }
        let images = raw
            .images
            .map(|images| image_settings(images.into_inner(), &mut report))
            .unwrap_or_default();

        match base_url {
            Some(base_url) if problems.is_empty() => Ok(Config {
                base_url,
                default_language,
                languages,
                theme: raw.theme.into_inner(),
                uncited_claims: raw.claims.uncited,
                min_level: raw.claims.min_level,
                review_interval_months: raw.review.interval_months,
                eu_register: raw.claims.eu_register,
                images,
                raw_html: raw.markdown.raw_html,
                publish_until: None,
                today: None,
            }),
            _ => Err(ConfigError::Invalid(problems)),
        }
    }

    /// Replaces the base URL, e.g. from `--base-url`.
    pub fn set_base_url(&mut self, url: &str) -> Result<(), ConfigError> {
        self.base_url = base_url_argument(url)?;
        Ok(())
    }

    /// The path part of the base URL, e.g. `/` or `/kennis/`; every site-internal link starts
    /// with it so the site works under a sub-path.
    pub fn base_path(&self) -> &str {
        self.base_url.path()
    }

    /// The root-relative URL of a site path such as `nl/artikelen/x/`.
    pub fn url_path(&self, site_path: &str) -> String {
        format!("{}{}", self.base_path(), site_path)
    }

    /// The absolute URL of a site path such as `nl/artikelen/x/`.
    pub fn permalink(&self, site_path: &str) -> String {
        format!("{}{}", self.base_url, site_path)
    }

    /// The site path of a language's topic overview, e.g. `nl/onderwerpen/`.
    pub fn topics_path(&self, lang: &str) -> String {
        self.list_path(lang, |l| &l.tags_slug, "tags")
    }

    /// The site path of a language's list of comparison tables, e.g. `nl/vergelijkingen/`.
    pub fn comparisons_path(&self, lang: &str) -> String {
        self.list_path(lang, |l| &l.comparisons_slug, "comparisons")
    }

    /// The site path of a language's FAQ page, e.g. `nl/veelgestelde-vragen/`.
    pub fn faq_path(&self, lang: &str) -> String {
        self.list_path(lang, |l| &l.faq_slug, "faq")
    }

    /// The site path of a language's sources page, e.g. `nl/bronnen/`.
    pub fn sources_path(&self, lang: &str) -> String {
        self.list_path(lang, |l| &l.sources_slug, "sources")
    }

    /// The site path of a language's search page, e.g. `nl/zoeken/`.
    pub fn search_path(&self, lang: &str) -> String {
        self.list_path(lang, |l| &l.search_slug, "search")
    }

    /// `<lang>/<slug>/` for a page the site has once per language.
    fn list_path(&self, lang: &str, slug: fn(&Language) -> &String, default: &str) -> String {
        let slug = self.language(lang).map_or(default, |l| slug(l).as_str());
        format!("{lang}/{slug}/")
    }

    /// The language with this code, if the site has it.
    pub fn language(&self, code: &str) -> Option<&Language> {
        self.languages.iter().find(|l| l.code == code)
    }

    /// The language codes, default first.
    pub fn language_codes(&self) -> impl Iterator<Item = &str> {
        self.languages.iter().map(|l| l.code.as_str())
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    base_url: Spanned<String>,
    #[serde(default = "default_language")]
    default_language: Spanned<String>,
    #[serde(default = "default_theme")]
    theme: Spanned<String>,
    languages: BTreeMap<Spanned<String>, RawLanguage>,
    #[serde(default)]
    claims: RawClaims,
    images: Option<Spanned<RawImages>>,
    #[serde(default)]
    markdown: RawMarkdown,
    #[serde(default)]
    review: RawReview,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawReview {
    interval_months: Option<u32>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawImages {
    default: Option<String>,
    #[serde(default)]
    default_alt: BTreeMap<String, String>,
    widths: Option<Vec<Spanned<i64>>>,
    sizes: Option<Spanned<String>>,
}

/// `[images]` checked: each width a number of pixels a copy can have, `sizes` not empty.
fn image_settings(
    raw: RawImages,
    report: &mut impl FnMut(std::ops::Range<usize>, String),
) -> ImageSettings {
    let defaults = ImageSettings::default();
    let mut widths = Vec::new();
    for width in raw.widths.unwrap_or_else(|| {
        defaults
            .widths
            .iter()
            .map(|&w| Spanned::new(0..0, i64::from(w)))
            .collect()
    }) {
        match u32::try_from(*width.get_ref()) {
            Ok(w) if (1..=MAX_IMAGE_WIDTH).contains(&w) => widths.push(w),
            _ => report(
                width.span(),
                format!(
                    "[images] widths: {} is no width an image copy can have; give widths in \
                     pixels from 1 to {MAX_IMAGE_WIDTH}, e.g. [480, 960, 1440]",
                    width.get_ref()
                ),
            ),
        }
    }
    widths.sort_unstable();
    widths.dedup();
    let sizes = match raw.sizes {
        Some(sizes) if sizes.get_ref().trim().is_empty() => {
            report(
                sizes.span(),
                format!(
                    "[images] sizes must say how wide the page shows an image, e.g. \
                     {DEFAULT_IMAGE_SIZES:?}"
                ),
            );
            String::new()
        }
        Some(sizes) => sizes.into_inner().trim().to_string(),
        None => defaults.sizes,
    };
    ImageSettings {
        default: raw.default,
        default_alt: raw.default_alt,
        widths,
        sizes,
    }
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawMarkdown {
    #[serde(default)]
    raw_html: RawHtml,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawClaims {
    #[serde(default)]
    uncited: UncitedClaims,
    min_level: Option<EvidenceLevel>,
    #[serde(default)]
    eu_register: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLanguage {
    title: String,
    description: String,
    locale: Spanned<String>,
    tags_slug: Option<Spanned<String>>,
    comparisons_slug: Option<Spanned<String>>,
    faq_slug: Option<Spanned<String>>,
    sources_slug: Option<Spanned<String>>,
    search_slug: Option<Spanned<String>>,
}

fn default_language() -> Spanned<String> {
    Spanned::new(0..0, "nl".to_string())
}

fn default_theme() -> Spanned<String> {
    Spanned::new(0..0, "default".to_string())
}

/// A base URL given on the command line, checked as `base_url` in `site.toml` is (and ending in
/// `/`).
pub fn base_url_argument(url: &str) -> Result<Url, ConfigError> {
    parse_base_url(url).map_err(|reason| ConfigError::BadBaseUrl {
        url: url.to_string(),
        reason,
    })
}

fn parse_base_url(text: &str) -> Result<Url, String> {
    let with_slash = if text.ends_with('/') {
        text.to_string()
    } else {
        format!("{text}/")
    };
    let url = Url::parse(&with_slash)
        .map_err(|e| format!("base_url {text:?} is not an absolute URL ({e})"))?;
    if url.scheme() != "http" && url.scheme() != "https" {
        return Err(format!(
            "base_url {text:?} must start with https:// or http://"
        ));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(format!(
            "base_url {text:?} must not have a query or fragment"
        ));
    }
    Ok(url)
}

fn check_language_code(code: &str) -> Result<(), String> {
    let simple = !code.is_empty() && code.bytes().all(|b| b.is_ascii_lowercase() || b == b'-');
    if simple && LanguageIdentifier::from_str(code).is_ok() {
        Ok(())
    } else {
        Err(format!(
            "language code {code:?} must be a lowercase BCP 47 tag such as \"nl\" or \"en\""
        ))
    }
}

fn is_locale(locale: &str) -> bool {
    let (language, country) = locale.split_once('_').unwrap_or((locale, "AA"));
    (2..=3).contains(&language.len())
        && language.bytes().all(|b| b.is_ascii_lowercase())
        && country.len() == 2
        && country.bytes().all(|b| b.is_ascii_uppercase())
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A valid configuration with Dutch (default) and English, for other modules' tests.
    pub(crate) fn two_languages() -> Config {
        match parse(GOOD) {
            Ok(config) => config,
            Err(e) => unreachable!("the test configuration is valid: {e:?}"),
        }
    }

    fn parse(text: &str) -> Result<Config, ConfigError> {
        Config::parse(&SourceText::new(CONFIG_FILE, text.to_string()), |theme| {
            theme == "default"
        })
    }

    /// The problems of a `site.toml` text, as printed; an error when it has none.
    fn problem_lines(text: &str) -> Result<Vec<String>, Box<dyn std::error::Error>> {
        match parse(text) {
            Err(ConfigError::Invalid(problems)) => {
                Ok(problems.iter().map(|d| d.to_string()).collect())
            }
            _ => Err("expected problems".into()),
        }
    }

    const GOOD: &str = r#"
base_url = "https://example.org/kennis"
default_language = "nl"

[languages.en]
title = "Knowledge"
description = "Evidence-based"
locale = "en_GB"

[languages.nl]
title = "Kennis"
description = "Onderbouwd"
locale = "nl_NL"
tags_slug = "onderwerpen"
"#;

    #[test]
    fn reads_languages_default_first() -> crate::TestResult {
        let config = parse(GOOD)?;
        assert_eq!(config.language_codes().collect::<Vec<_>>(), ["nl", "en"]);
        assert_eq!(config.base_path(), "/kennis/");
        assert_eq!(
            config.language("nl").ok_or("no nl")?.tags_slug,
            "onderwerpen"
        );
        assert_eq!(config.language("en").ok_or("no en")?.tags_slug, "tags");
        assert_eq!(
            config.permalink("nl/x/"),
            "https://example.org/kennis/nl/x/"
        );
        Ok(())
    }

    #[test]
    fn unknown_keys_and_wrong_types_have_positions() -> crate::TestResult {
        let text = GOOD
            .replace(
                "default_language = \"nl\"",
                "default_language = \"nl\"\nthema = 1",
            )
            .replace("locale = \"en_GB\"", "locale = 44");
        let lines = problem_lines(&text)?;
        assert!(
            lines
                .iter()
                .any(|l| l.starts_with("site.toml:4:1: error[config]: unknown field `thema`")),
            "{lines:?}"
        );
        assert!(
            lines
                .iter()
                .any(|l| l.starts_with("site.toml:9:10: error[config]: invalid type")),
            "{lines:?}"
        );
        Ok(())
    }

    #[test]
    fn semantic_problems_point_at_the_value() -> crate::TestResult {
        let text = GOOD
            .replace("default_language = \"nl\"", "default_language = \"de\"")
            .replace("locale = \"nl_NL\"", "locale = \"dutch\"");
        let lines = problem_lines(&text)?;
        assert!(
            lines
                .iter()
                .any(|l| l.starts_with("site.toml:3:20:") && l.contains("\"de\"")),
            "{lines:?}"
        );
        assert!(
            lines
                .iter()
                .any(|l| l.starts_with("site.toml:13:10:") && l.contains("dutch")),
            "{lines:?}"
        );
        Ok(())
    }

    #[test]
    fn problems_in_several_language_tables_are_all_reported() -> crate::TestResult {
        let text = GOOD
            .replace("locale = \"en_GB\"", "locale = 44")
            .replace("title = \"Kennis\"", "title = 5");
        let lines = problem_lines(&text)?;
        assert_eq!(lines.len(), 2, "{lines:?}");
        assert!(
            lines.iter().any(|l| l.starts_with("site.toml:8:10:")),
            "{lines:?}"
        );
        assert!(
            lines.iter().any(|l| l.starts_with("site.toml:11:9:")),
            "{lines:?}"
        );
        Ok(())
    }

    #[test]
    fn the_eu_register_check_is_off_unless_asked_for() -> crate::TestResult {
        assert!(!parse(GOOD)?.eu_register);
        let on = parse(&format!("{GOOD}\n[claims]\neu_register = true\n"))?;
        assert!(on.eu_register);
        let lines = problem_lines(&format!("{GOOD}\n[claims]\neu_register = \"yes\"\n"))?;
        assert!(
            lines
                .iter()
                .any(|l| l.starts_with("site.toml:17:15: error[config]")),
            "{lines:?}"
        );
        Ok(())
    }

    #[test]
    fn image_widths_default_sort_and_are_checked() -> crate::TestResult {
        let config = parse(GOOD)?;
        assert_eq!(config.images.widths, DEFAULT_IMAGE_WIDTHS);
        assert_eq!(config.images.sizes, DEFAULT_IMAGE_SIZES);

        let text = format!("{GOOD}\n[images]\nwidths = [960, 320, 960]\nsizes = \"100vw\"\n");
        let config = parse(&text)?;
        assert_eq!(config.images.widths, [320, 960]);
        assert_eq!(config.images.sizes, "100vw");
        assert_eq!(
            parse(&format!("{GOOD}\n[images]\nwidths = []\n"))?
                .images
                .widths,
            Vec::<u32>::new()
        );

        let text =
            format!("{GOOD}\n[images]\nwidths = [480, 0, 20000]\nsizes = \" \"\nbreedtes = [1]\n");
        let lines = problem_lines(&text)?;
        assert!(
            lines
                .iter()
                .any(|l| l.starts_with("site.toml:19:1: error[config]: unknown field `breedtes`")),
            "{lines:?}"
        );

        let text = format!("{GOOD}\n[images]\nwidths = [480, 0, 20000]\nsizes = \" \"\n");
        let lines = problem_lines(&text)?;
        assert_eq!(lines.len(), 3, "{lines:?}");
        assert!(lines[0].starts_with("site.toml:17:16: error[config]: [images] widths: 0 "));
        assert!(lines[1].starts_with("site.toml:17:19: error[config]: [images] widths: 20000 "));
        assert!(lines[2].starts_with("site.toml:18:9: error[config]: [images] sizes "));

        let text = format!("{GOOD}\n[images]\nwidths = \"480\"\n");
        let lines = problem_lines(&text)?;
        assert!(
            lines
                .iter()
                .any(|l| l.starts_with("site.toml:17:10: error[config]: invalid type")),
            "{lines:?}"
        );
        Ok(())
    }

    #[test]
    fn rejects_relative_base_urls() -> crate::TestResult {
        let text = GOOD.replace("https://example.org/kennis", "/kennis/");
        assert!(matches!(parse(&text), Err(ConfigError::Invalid(_))));
        Ok(())
    }
}
