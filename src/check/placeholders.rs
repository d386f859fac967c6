//! Text `kennis new` put into an article for the editor to replace (`placeholder`): a warning
//! while the article is a draft, an error once it is published, so a scaffold cannot go out
//! half-written when its editor removes `draft = true`.

use std::path::Path;

use aho_corasick::AhoCorasick;
use rayon::prelude::*;

use crate::diagnostics::Diagnostic;
use crate::load::config::Config;
use crate::load::content::Site;
use crate::load::scaffold_text::ScaffoldText;

/// Reports every placeholder text of `i18n/<lang>/new.toml` found in an article of that
/// language, and problems in those files.
pub fn check(root: &Path, site: &Site, config: &Config) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    for lang in config.language_codes() {
        let text = match ScaffoldText::load_if_any(root, lang) {
            None => continue,
            Some(Ok(text)) => text,
            Some(Err(mut problems)) => {
                found.append(&mut problems);
                continue;
            }
        };
        let placeholders: Vec<&str> = text.placeholders.texts().collect();
        // One pass over each article for all placeholders, articles in parallel: this runs on
        // every rebuild of `kennis serve`, over every article of the site.
        let Ok(searcher) = AhoCorasick::new(&placeholders) else {
            continue;
        };
        let in_lang: Vec<_> = site.articles.iter().filter(|a| a.lang == lang).collect();
        let mut per_article: Vec<Vec<Diagnostic>> = in_lang
            .par_iter()
            .map(|article| {
                let source = &article.source;
                searcher
                    .find_iter(&source.text)
                    .map(|hit| {
                        let finding = Diagnostic::error_in(
                            source,
                            hit.range(),
                            "placeholder",
                            message(article.meta.draft),
                        )
                        .with_text(placeholders[hit.pattern().as_usize()]);
                        if article.meta.draft {
                            finding.as_warning()
                        } else {
                            finding
                        }
                    })
                    .collect()
            })
            .collect();
        for mut findings in per_article.drain(..) {
            found.append(&mut findings);
        }
    }
    found
}

fn message(draft: bool) -> String {
    if draft {
        "placeholder from `kennis new`: replace it with the article's own text before you \
         remove draft = true"
    } else {
        "placeholder from `kennis new` in a published article: replace it with the article's \
         own text"
    }
    .to_string()
}
