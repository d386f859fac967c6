//! Text `kennis new` put into an article for the editor to replace (`placeholder`): a warning
//! while the article is a draft, an error once it is published, so a scaffold cannot go out
//! half-written when its editor removes `draft = true`.
//!
//! Looked for while each article is parsed, so the findings are kept with its body and
//! `kennis serve` does not search the articles that did not change.

use std::collections::HashMap;
use std::path::Path;

use aho_corasick::AhoCorasick;

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
    /// All of a language's placeholders at once: one pass over each article.
    searcher: AhoCorasick,
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
            if let Ok(searcher) = AhoCorasick::new(&texts) {
                by_lang.insert(lang.to_string(), Finder { searcher, texts });
            }
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
        finder
            .searcher
            .find_iter(&source.text)
            .map(|hit| {
                let finding =
                    Diagnostic::error_in(source, hit.range(), "placeholder", message(draft))
                        .with_text(finder.texts[hit.pattern().as_usize()].clone());
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
