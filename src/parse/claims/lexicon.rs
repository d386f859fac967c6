//! A language's claim lexicon, `i18n/<lang>/claims.toml`: the words that signal a health claim
//! and the rules that combine them, compiled into one matcher.
//!
//! A site's own file is used when there is one, so editors can extend it; otherwise the copy
//! built into kennis (this repository's files), so `kennis check` also works on a lone file.

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::Path;

use regex::{Regex, RegexBuilder};
use rustc_hash::FxHashSet;
use serde::Deserialize;

use super::terms::{Terms, TermsBuilder};
use super::unit::UnitKind;
use crate::diagnostics::{Diagnostic, Position, SourceText};
use crate::load::i18n::{built_in_language_data, language_data};
use crate::toml_input;

/// The name of the lexicon file in each language folder.
pub const LEXICON_FILE: &str = "claims.toml";

const BUILT_IN: [(&str, &str); 2] = [
    (
        "nl",
        include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/i18n/nl/claims.toml")),
    ),
    (
        "en",
        include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/i18n/en/claims.toml")),
    ),
];

/// What a word found in a unit says about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Cue {
    /// A nutrient, supplement, hormone, food, behaviour or exposure.
    Subject,
    /// An effect or relation: lowers, supports, is needed for, is associated with.
    Effect,
    /// A body function or health outcome.
    Function,
    /// A condition, symptom or deficiency.
    Condition,
    /// A word of degree or comparison: more, less, too low, faster.
    Degree,
    /// A number with a unit: 400 mg, 0,70 mmol/L, 30 %.
    Quantity,
    /// A word of a norm, dose, timing or prevalence: recommended, upper limit, per day.
    Norm,
    /// A group of people: older adults, pregnant women.
    RiskGroup,
    /// A word of risk or need: at risk, vulnerable, extra alert.
    Risk,
    /// A word of indication: points to, is a sign of.
    Sign,
    /// A phrase about the article or site itself: "in this article". Never a claim.
    AboutArticle,
}

const CUES: usize = Cue::AboutArticle as usize + 1;

/// The cues found in one unit of text, each with where it was found.
#[derive(Debug, Default, Clone)]
pub struct Cues {
    /// Each cue found and the place of its word.
    found: Vec<(Cue, Range<usize>)>,
    /// Bit `cue as usize` is set when `cue` was found.
    present: u16,
}

impl Cues {
    /// True when `cue` was found.
    pub fn has(&self, cue: Cue) -> bool {
        self.present & (1 << cue as usize) != 0
    }

    /// Where `cue` was found: the place of each word that gave it, in the order found.
    pub fn places(&self, cue: Cue) -> impl Iterator<Item = &Range<usize>> {
        self.found
            .iter()
            .filter(move |(c, _)| *c == cue)
            .map(|(_, place)| place)
    }

    /// A place for every cue of `all`, each a place of its own, when there is one (one word
    /// that is both a subject and a condition, such as "magnesiumtekort", counts for only one).
    pub fn places_apart(&self, all: &[Cue]) -> Option<Vec<Range<usize>>> {
        fn assign(cues: &Cues, rest: &[Cue], used: &mut Vec<Range<usize>>) -> bool {
            let Some((first, rest)) = rest.split_first() else {
                return true;
            };
            for (_, place) in cues.found.iter().filter(|(cue, _)| cue == first) {
                if used
                    .iter()
                    .any(|u| u.start < place.end && place.start < u.end)
                {
                    continue;
                }
                used.push(place.clone());
                if assign(cues, rest, used) {
                    return true;
                }
                used.pop();
            }
            false
        }
        if !all.iter().all(|cue| self.has(*cue)) {
            return None;
        }
        let mut used = Vec::with_capacity(all.len());
        assign(self, all, &mut used).then_some(used)
    }

    fn add(&mut self, cue: Cue, place: Range<usize>) {
        self.present |= 1 << cue as usize;
        self.found.push((cue, place));
    }

    /// Every cue found with where it starts, in the order of the text.
    pub fn in_order(&self) -> Vec<(usize, Cue)> {
        let mut found: Vec<(usize, Cue)> = self.found.iter().map(|(c, p)| (p.start, *c)).collect();
        found.sort();
        found
    }
}

/// Every cue, in the order of [`Cue`].
pub const ALL_CUES: [Cue; CUES] = [
    Cue::Subject,
    Cue::Effect,
    Cue::Function,
    Cue::Condition,
    Cue::Degree,
    Cue::Quantity,
    Cue::Norm,
    Cue::RiskGroup,
    Cue::Risk,
    Cue::Sign,
    Cue::AboutArticle,
];

/// A combination of cues that makes a unit a claim.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    /// What the rule recognises, for people reading the file.
    pub name: String,
    /// Why a unit it matches is a claim, in a few words for the editor ("effect on the body").
    pub why: String,
    /// Cues that must all be present, each at a place of its own.
    pub all: Vec<Cue>,
    /// The kinds of unit the rule applies to; all when empty.
    #[serde(default)]
    pub only_in: Vec<UnitKind>,
}

impl Rule {
    fn applies_to(&self, kind: UnitKind) -> bool {
        self.only_in.is_empty() || self.only_in.contains(&kind)
    }
}

/// A compiled claim lexicon.
#[derive(Debug, Clone)]
pub struct Lexicon {
    /// Every term, with the cues it gives.
    terms: Terms<Cue>,
    quantity: Regex,
    /// The combinations that make a claim.
    pub rules: Vec<Rule>,
    /// Abbreviations whose full stop does not end a sentence, lowercase.
    pub abbreviations: Vec<String>,
    /// Words too common to explain a verdict with ("de", "the"), lowercase.
    pub function_words: FxHashSet<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLexicon {
    sentences: RawSentences,
    subjects: BTreeMap<String, Vec<String>>,
    effects: RawEffects,
    body: RawBody,
    quantities: RawQuantities,
    risk: RawRisk,
    signs: RawTerms,
    not_claims: RawNotClaims,
    rules: Vec<Rule>,
    #[serde(default)]
    explanations: RawExplanations,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawExplanations {
    function_words: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSentences {
    abbreviations: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTerms {
    terms: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEffects {
    terms: Vec<String>,
    degree: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBody {
    functions: Vec<String>,
    conditions: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuantities {
    units: Vec<String>,
    norms: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRisk {
    groups: Vec<String>,
    terms: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawNotClaims {
    about_article: Vec<String>,
}

impl Lexicon {
    /// The lexicon of `lang`: the site's `i18n/<lang>/claims.toml` under `root` when it exists,
    /// else kennis's built-in copy. Problems in the file are reported with their position.
    pub fn load(root: &Path, lang: &str) -> Result<Lexicon, Vec<Diagnostic>> {
        let source = language_data(root, lang, LEXICON_FILE, &BUILT_IN, "claims-lexicon")
            .map_err(|d| vec![d])?;
        Lexicon::parse(&source)
    }

    /// kennis's own lexicon for `lang`, if it has one.
    pub fn built_in(lang: &str) -> Option<Lexicon> {
        let source = built_in_language_data(lang, LEXICON_FILE, &BUILT_IN)?;
        // The built-in files are checked by this module's tests.
        Lexicon::parse(&source).ok()
    }

    /// Compiles the lexicon in `source`.
    pub fn parse(source: &SourceText) -> Result<Lexicon, Vec<Diagnostic>> {
        let raw: RawLexicon =
            toml_input::deserialize_in(source, 0..source.text.len(), "claims-lexicon")?;
        let mut builder = TermsBuilder::<Cue>::default();
        for group in raw.subjects.values() {
            builder.add(group, Cue::Subject);
        }
        builder.add(&raw.effects.terms, Cue::Effect);
        builder.add(&raw.effects.degree, Cue::Degree);
        builder.add(&raw.body.functions, Cue::Function);
        builder.add(&raw.body.conditions, Cue::Condition);
        builder.add(&raw.quantities.norms, Cue::Norm);
        builder.add(&raw.risk.groups, Cue::RiskGroup);
        builder.add(&raw.risk.terms, Cue::Risk);
        builder.add(&raw.signs.terms, Cue::Sign);
        builder.add(&raw.not_claims.about_article, Cue::AboutArticle);

        let terms = builder.build().map_err(|e| {
            vec![Diagnostic::error_at(
                &source.display_path,
                Position::START,
                "claims-lexicon",
                format!("cannot compile the terms: {e}"),
            )]
        })?;
        let quantity = quantity_pattern(&raw.quantities.units).map_err(|e| {
            vec![Diagnostic::error_at(
                &source.display_path,
                Position::START,
                "claims-lexicon",
                format!("cannot compile the units: {e}"),
            )]
        })?;
        Ok(Lexicon {
            terms,
            quantity,
            rules: raw.rules,
            abbreviations: raw
                .sentences
                .abbreviations
                .iter()
                .map(|a| a.to_lowercase())
                .collect(),
            function_words: raw
                .explanations
                .function_words
                .iter()
                .map(|w| w.to_lowercase())
                .collect(),
        })
    }

    /// Every cue in `text`.
    pub fn cues(&self, text: &str) -> Cues {
        self.cues_in_normalized(&normalize(text))
    }

    /// Every cue in `text`, already [`normalize`]d.
    pub fn cues_in_normalized(&self, text: &str) -> Cues {
        let mut cues = Cues::default();
        for (place, given) in self.terms.find(text) {
            // A cue's place is the whole word: the parts of one compound count once.
            for cue in given {
                cues.add(*cue, place.clone());
            }
        }
        for found in self.quantity.find_iter(text) {
            cues.add(Cue::Quantity, found.range());
        }
        cues
    }

    /// Reads `text`, a unit of `kind`, once: everything the lexicon finds in it.
    pub fn analyse(&self, text: &str, kind: UnitKind) -> Analysis {
        let normalized = normalize(text);
        let cues = self.cues_in_normalized(&normalized);
        let rule = self.rules.iter().enumerate().find_map(|(index, rule)| {
            if !rule.applies_to(kind) {
                return None;
            }
            let mut places = cues.places_apart(&rule.all)?;
            places.sort_by_key(|p| p.start);
            Some((index, places))
        });
        Analysis {
            question: is_question(text),
            normalized,
            cues,
            rule,
        }
    }

    /// Why `analysis` is a claim by the rules alone: a rule matched, and the unit is neither a
    /// question nor about the article.
    pub fn explanation<'l>(&'l self, analysis: &Analysis) -> Option<Explanation<'l>> {
        if analysis.question || analysis.cues.has(Cue::AboutArticle) {
            return None;
        }
        let (index, places) = analysis.rule.as_ref()?;
        Some(Explanation {
            rule: &self.rules[*index],
            words: places
                .iter()
                .filter_map(|p| analysis.normalized.get(p.clone()))
                .map(|word| word.trim().to_string())
                .collect(),
        })
    }
}

/// What the lexicon finds in one unit.
#[derive(Debug, Clone)]
pub struct Analysis {
    /// The text as terms are matched in it (see [`normalize`]).
    pub normalized: String,
    /// The cues found.
    pub cues: Cues,
    /// The first rule the cues satisfy, with the places of the words that satisfy it.
    pub rule: Option<(usize, Vec<Range<usize>>)>,
    /// The unit is a question.
    pub question: bool,
}

/// Why a unit is a claim by the lexicon's rules.
#[derive(Debug, Clone)]
pub struct Explanation<'l> {
    /// The rule that matched.
    pub rule: &'l Rule,
    /// The words that matched its cues, in the order of the text, lowercase.
    pub words: Vec<String>,
}

impl Explanation<'_> {
    /// "effect on the body: 'verlaagt … bloeddruk'".
    pub fn describe(&self) -> String {
        format!("{}: '{}'", self.rule.why, self.words.join(" … "))
    }
}

/// True when `text` ends in a question mark (before closing quotes or brackets).
pub fn is_question(text: &str) -> bool {
    text.trim_end_matches(|c: char| c.is_whitespace() || "\"”’)".contains(c))
        .ends_with('?')
}

/// Lowercase, with one kind of apostrophe and single spaces, so terms match however the text
/// was typed.
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        match c {
            '’' | '‘' => out.push('\''),
            c => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// A number, or a range of numbers, followed by one of `units`: "400 mg", "0,70-0,95 mmol/l".
fn quantity_pattern(units: &[String]) -> Result<Regex, regex::Error> {
    let mut units: Vec<String> = units
        .iter()
        .map(|u| regex::escape(&u.to_lowercase()))
        .collect();
    // Longest first, so "mg/dl" wins over "mg".
    units.sort_by_key(|u| std::cmp::Reverse(u.len()));
    let number = r"\d+(?:[.,]\d+)?";
    RegexBuilder::new(&format!(
        r"{number}(?:\s*(?:-|–|tot|to)\s*{number})?\s*(?:{})(?:$|[^\p{{L}}\p{{N}}])",
        units.join("|")
    ))
    .build()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_in_lexicons_compile() {
        for (lang, text) in BUILT_IN {
            if let Err(problems) = Lexicon::parse(&SourceText::new(lang, text.to_string())) {
                panic!("{lang}: {problems:?}");
            }
        }
    }

    #[test]
    fn terms_fit_words_as_marked() -> crate::TestResult {
        let lexicon = Lexicon::built_in("nl").ok_or("no nl lexicon")?;
        let cues = lexicon.cues("Een magnesiumtekort geeft spierkrampen.");
        assert!(
            cues.has(Cue::Subject),
            "magnesium* fits the start of a word"
        );
        assert!(cues.has(Cue::Condition), "*kramp* fits inside a word");
        assert!(cues.has(Cue::Effect));
        let quantity = lexicon.cues("Neem 0,70-0,95 mmol/L of 400 mg.");
        assert!(quantity.has(Cue::Quantity));
        assert!(!lexicon.cues("In 2018 schreef hij").has(Cue::Quantity));
        Ok(())
    }

    #[test]
    fn one_word_counts_once() -> crate::TestResult {
        let lexicon = Lexicon::built_in("nl").ok_or("no nl lexicon")?;
        let cues = lexicon.cues("magnesiumtekort");
        assert!(cues.has(Cue::Subject) && cues.has(Cue::Condition));
        assert!(cues.places_apart(&[Cue::Subject, Cue::Condition]).is_none());
        Ok(())
    }
}
