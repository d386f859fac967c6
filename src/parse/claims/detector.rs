//! Deciding whether one unit is a health claim, and saying why in a few words.
//!
//! Structure decides first: headings, questions and sentences about the article are never
//! claims. Everything else is judged
//! by the language's claim model (`i18n/<lang>/claims-model.toml`, see [`super::model`]), which
//! weighs the unit's words together with the cues of the claim lexicon
//! (`i18n/<lang>/claims.toml`) and the unit read before it. A language with a lexicon but no
//! model is judged by the lexicon's rules alone.

use std::path::Path;

use super::lexicon::{Cue, Lexicon};
use super::model::{Model, WordWeights};
pub use super::reading::Reading;
use super::unit::UnitKind;
use crate::diagnostics::Diagnostic;
use crate::load::i18n::I18N_DIR;

/// A language's claim detector.
#[derive(Debug, Clone)]
pub struct Detector {
    lexicon: Lexicon,
    model: Option<Model>,
}

impl Detector {
    /// The detector of `lang`: the site's `i18n/<lang>/` files when it has them, else kennis's
    /// own. Problems in the files are reported with their position.
    pub fn load(root: &Path, lang: &str) -> Result<Detector, Vec<Diagnostic>> {
        let lexicon = Lexicon::load(root, lang)?;
        let site_model = root
            .join(I18N_DIR)
            .join(lang)
            .join(super::model::MODEL_FILE);
        let model = if site_model.exists() || Model::has_built_in(lang) {
            Some(Model::load(root, lang)?)
        } else {
            None
        };
        Ok(Detector { lexicon, model })
    }

    /// kennis's own detector for `lang`, if it has one.
    pub fn built_in(lang: &str) -> Option<Detector> {
        Some(Detector {
            lexicon: Lexicon::built_in(lang)?,
            model: Model::built_in(lang),
        })
    }

    /// A detector of `lexicon` and `model` (for training and measuring models).
    pub fn with_model(lexicon: Lexicon, model: Model) -> Detector {
        Detector {
            lexicon,
            model: Some(model),
        }
    }

    /// A detector of `lexicon`'s rules alone, without a model (what kennis did before it had
    /// one: the baseline the model is measured against).
    pub fn rules_only(lexicon: Lexicon) -> Detector {
        Detector {
            lexicon,
            model: None,
        }
    }

    /// The claim lexicon (its abbreviations also cut sentences).
    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// Reads `text`, a unit of `kind`.
    pub fn read<'a>(&self, text: &'a str, kind: UnitKind) -> Reading<'a> {
        Reading {
            text,
            kind,
            analysis: self.lexicon.analyse(text, kind),
        }
    }

    /// The probability the model gives `unit` read after `context`, or `None` when structure
    /// alone says it is not a claim (a heading, a question) or there is no model.
    pub fn probability(
        &self,
        unit: &Reading<'_>,
        context: Option<&Reading<'_>>,
        words: &mut WordWeights,
    ) -> Option<f32> {
        if never_a_claim(unit) {
            return None;
        }
        Some(
            self.model
                .as_ref()?
                .probability(unit, context, &self.lexicon, words),
        )
    }

    /// Why `unit`, read after `context`, is a health claim, in a few words ("effect on the
    /// body: 'verlaagt … bloeddruk'"), or `None` when it is not one. `words` remembers what the
    /// words of the article weigh (see [`WordWeights`]).
    pub fn judge(
        &self,
        unit: &Reading<'_>,
        context: Option<&Reading<'_>>,
        words: &mut WordWeights,
    ) -> Option<String> {
        let Some(model) = &self.model else {
            if never_a_claim(unit) {
                return None;
            }
            return self
                .lexicon
                .explanation(&unit.analysis)
                .map(|e| e.describe());
        };
        if self.probability(unit, context, words)? < model.threshold {
            return None;
        }
        if let Some(explanation) = self.lexicon.explanation(&unit.analysis) {
            return Some(explanation.describe());
        }
        let words = model.strongest_words(unit, &self.lexicon, 3);
        let read_after = match context {
            Some(c) if c.kind == UnitKind::Heading && c.analysis.question => {
                ", read with its question"
            }
            Some(_) => ", read with the text before it",
            None => "",
        };
        Some(if words.is_empty() {
            format!("worded as a claim{read_after}")
        } else {
            format!("worded as a claim: '{}'{read_after}", words.join("', '"))
        })
    }

    /// [`Detector::judge`] for a unit that stands alone (a title, a table cell of a comparison).
    pub fn judge_alone(&self, text: &str, kind: UnitKind) -> Option<String> {
        self.judge(&self.read(text, kind), None, &mut WordWeights::default())
    }
}

/// Structure that settles it: headings and questions are never claims, nor are sentences
/// about the article itself or pointing to other reading (the lexicon's
/// `[not_claims] about_article` phrases: "in dit artikel", "lees je in …") that name no health
/// effect the lexicon knows.
fn never_a_claim(unit: &Reading<'_>) -> bool {
    match unit.kind {
        UnitKind::Heading => true,
        // Shown alone, often a claim and a question in one ("X strengthens your bones, but how
        // much do you need?"): the model weighs them whole.
        UnitKind::Title | UnitKind::Description => false,
        _ => {
            unit.analysis.question
                || (unit.analysis.cues.has(Cue::AboutArticle) && unit.analysis.rule.is_none())
        }
    }
}
