//! Text `kennis new` put into an article for the editor to replace (`placeholder`): a warning
//! while the article is a draft, an error once it is published, so a scaffold cannot go out
//! half-written when its editor removes `draft = true`.
//!
//! Looked for while each article is parsed, so the findings are kept with its body and
//! `kennis serve` does not search the articles that did not change.

use std::collections::HashMap;
use std::path::Path;

use memchr::memmem;

use crate::diagnostics::Diagnostic;
use crate::load::config::Config;
use crate::load::content::Article;
use crate::load::scaffold_text::ScaffoldText;

/// The placeholder texts of `i18n/<lang>/new.toml`, per language that has that file.
#[derive(Debug, Default)]
pub struct Placeholders {
    by_lang: HashMap<String, Finder>,
}

#[derive(Debug)]
struct Finder {
    /// One searcher per placeholder: a handful of long texts, which a vectorised substring
    /// search skips through faster than one automaton for all of them.
    searchers: Vec<memmem::Finder<'static>>,
    texts: Vec<String>,
}

impl Placeholders {
    /// The placeholders of every language; problems in their files are added to `diagnostics`.
    pub fn load(root: &Path, config: &Config, diagnostics: &mut Vec<Diagnostic>) -> Self {
        let mut by_lang = HashMap::new();
        for lang in config.language_codes() {
            let text = match ScaffoldText::load_if_any(root, lang) {
                None => continue,
                Some(Ok(text)) => text,
                Some(Err(mut problems)) => {
                    diagnostics.append(&mut problems);
                    continue;
                }
            };
            let texts: Vec<String> = text.placeholders.texts().map(str::to_string).collect();
            let searchers = texts
                .iter()
                .map(|text| memmem::Finder::new(text.as_bytes()).into_owned())
                .collect();
            by_lang.insert(lang.to_string(), Finder { searchers, texts });
        }
        Placeholders { by_lang }
    }

    /// Every placeholder text in `article`.
    pub fn find(&self, article: &Article) -> Vec<Diagnostic> {
        let Some(finder) = self.by_lang.get(&article.lang) else {
            return Vec::new();
        };
        let source = &article.source;
        let draft = article.meta.draft;
        let mut hits: Vec<(usize, usize)> = finder
            .searchers
            .iter()
            .enumerate()
            .flat_map(|(which, searcher)| {
                searcher
                    .find_iter(source.text.as_bytes())
                    .map(move |at| (at, which))
            })
            .collect();
        // In the order they stand in the text, as one search for all of them finds them.
        hits.sort_unstable();
        hits.into_iter()
            .map(|(at, which)| {
                let text = &finder.texts[which];
                let range = at..at + text.len();
                let finding = Diagnostic::error_in(source, range, "placeholder", message(draft))
                    .with_text(text.clone());
                if draft { finding.as_warning() } else { finding }
            })
            .collect()
    }
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
