//! Every page gets an address of its own: two pages at one URL are an error naming both.

use std::collections::HashMap;

use super::Site;
use crate::diagnostics::{Diagnostic, Position};
use crate::load::config::Config;

/// Reports pages that would be written to the same address, naming both sources.
pub fn check_unique(site: &Site, config: &Config) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    let mut owners: HashMap<String, String> = HashMap::new();
    let mut claim = |site_path: String, owner: String| match owners.get(&site_path) {
        Some(first) => problems.push(Diagnostic::error_at(
            &owner,
            Position::START,
            "duplicate-url",
            format!(
                "two pages would be written to {}: {first} and {owner} \
                 (give one of them another slug)",
                config.url_path(&site_path)
            ),
        )),
        None => {
            owners.insert(site_path, owner);
        }
    };
    for language in &config.languages {
        let code = &language.code;
        claim(
            config.topics_path(code),
            format!("site.toml (tags_slug of {code:?})"),
        );
        claim(
            config.comparisons_path(code),
            format!("site.toml (comparisons_slug of {code:?})"),
        );
        claim(
            config.faq_path(code),
            format!("site.toml (faq_slug of {code:?})"),
        );
        claim(
            config.sources_path(code),
            format!("site.toml (sources_slug of {code:?})"),
        );
        claim(
            config.search_path(code),
            format!("site.toml (search_slug of {code:?})"),
        );
    }
    for comparison in &site.comparisons.tables {
        for (lang, site_path) in &comparison.site_paths {
            claim(
                site_path.clone(),
                format!("{} ({lang})", comparison.source.display_path),
            );
        }
    }
    for section in &site.sections {
        claim(
            section.site_path.clone(),
            section.source.display_path.clone(),
        );
    }
    for article in &site.articles {
        claim(
            article.site_path.clone(),
            article.source.display_path.clone(),
        );
    }
    problems
}
