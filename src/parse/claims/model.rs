//! The learned part of the claim detector: a logistic regression over the words, word pairs
//! and letter groups of a unit, the claim lexicon's cues, where the unit stands, and what the
//! unit before it says. Its weights are data, `i18n/<lang>/claims-model.toml`, written by the
//! training command (`cargo run --release --example train-claims`) from the labelled corpus in
//! `tests/claims/`; [`features`] is the one definition of the features, shared by training and
//! checking, so the two can never disagree.

use std::cell::Cell;
use std::hash::Hasher;
use std::path::Path;

use rustc_hash::{FxHashMap, FxHasher};
use serde::Deserialize;
use toml::Spanned;

use super::lexicon::{self, Cue, Lexicon};
use super::reading::Reading;
use crate::diagnostics::{Diagnostic, SourceText};
use crate::load::i18n::{built_in_language_data, language_data};
use crate::toml_input;

/// The name of the weights file in each language folder.
pub const MODEL_FILE: &str = "claims-model.toml";

const BUILT_IN: [(&str, &str); 2] = [
    (
        "nl",
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/i18n/nl/claims-model.toml"
        )),
    ),
    (
        "en",
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/i18n/en/claims-model.toml"
        )),
    ),
];

/// Every cue, in a fixed order, with the name its features use.
const CUES: [(Cue, &str); 11] = [
    (Cue::Subject, "subject"),
    (Cue::Effect, "effect"),
    (Cue::Function, "function"),
    (Cue::Condition, "condition"),
    (Cue::Degree, "degree"),
    (Cue::Quantity, "quantity"),
    (Cue::Norm, "norm"),
    (Cue::RiskGroup, "risk-group"),
    (Cue::Risk, "risk"),
    (Cue::Sign, "sign"),
    (Cue::AboutArticle, "about-article"),
];

/// Hands every feature of `unit`, read after `context`, to `add`, as a string naming it; a
/// feature may come more than once. Prefixes: `k:` the unit's kind, `w:` a word, `c:` four
/// letters of a word (see [`word_features`]), `b:` two words in a row (`^` and `$` mark the
/// ends), `q:` a lexicon cue, `qs:` two cues in the order they come, `r:` the lexicon rule the
/// cues satisfy, `s:` the unit's shape, `x:` the unit read before it.
pub fn features(
    unit: &Reading<'_>,
    context: Option<&Reading<'_>>,
    lexicon: &Lexicon,
    add: &mut dyn FnMut(&str),
) {
    let mut scratch = Scratch::default();
    let mut word = |word: &str, add: &mut dyn FnMut(&str)| word_features(word, &mut scratch, add);
    features_but_words(unit, context, lexicon, &mut word, add);
}

/// The features of one word: the word itself (`w:`) and its four-letter groups (`c:`), with a
/// space marking its start and end, so that parts of compounds ("magnesium|tekort") and
/// endings count (a shorter word is one group). `scratch` is reused between calls.
pub fn word_features(word: &str, scratch: &mut Scratch, add: &mut dyn FnMut(&str)) {
    let Scratch { padded, feature } = scratch;
    feature.clear();
    feature.push_str("w:");
    feature.push_str(word);
    add(feature);
    padded.clear();
    padded.push(' ');
    padded.push_str(word);
    padded.push(' ');
    // The starts of the last five characters seen: a group runs from the oldest to the newest.
    let mut starts = [0usize; 5];
    let mut seen = 0;
    let ends = padded
        .char_indices()
        .map(|(at, _)| at)
        .chain([padded.len()]);
    for at in ends {
        starts.rotate_left(1);
        starts[4] = at;
        seen += 1;
        if seen >= 5 {
            feature.clear();
            feature.push_str("c:");
            feature.push_str(&padded[starts[0]..at]);
            add(feature);
        }
    }
    if seen < 5 {
        feature.clear();
        feature.push_str("c:");
        feature.push_str(padded);
        add(feature);
    }
}

/// What each word weighs (the sum of its features' weights, and how many features it has),
/// remembered while the units of one article are judged.
#[derive(Debug, Default)]
pub struct WordWeights {
    known: FxHashMap<String, (f32, usize)>,
    scratch: Scratch,
}

impl WordWeights {
    fn of(&mut self, word: &str, model: &Model) -> (f32, usize) {
        if let Some(&known) = self.known.get(word) {
            return known;
        }
        let mut weight = 0.0f32;
        let mut features = 0;
        word_features(word, &mut self.scratch, &mut |feature| {
            features += 1;
            weight += model.weight(feature).unwrap_or(0.0);
        });
        self.known.insert(word.to_string(), (weight, features));
        (weight, features)
    }
}

/// Scratch space for [`word_features`].
#[derive(Debug, Default)]
pub struct Scratch {
    padded: String,
    feature: String,
}

/// What takes each word of a unit and gives its features (to the second argument) or
/// accounts for them itself.
type WordSink<'a> = dyn FnMut(&str, &mut dyn FnMut(&str)) + 'a;

/// [`features`], with each word handed to `word` (which gives that word's features itself)
/// instead of [`word_features`].
fn features_but_words(
    unit: &Reading<'_>,
    context: Option<&Reading<'_>>,
    lexicon: &Lexicon,
    word: &mut WordSink<'_>,
    add: &mut dyn FnMut(&str),
) {
    let mut buffer = String::new();
    let mut emit = |parts: &[&str], add: &mut dyn FnMut(&str)| {
        buffer.clear();
        for part in parts {
            buffer.push_str(part);
        }
        add(&buffer);
    };
    emit(&["k:", unit.kind.name()], add);

    let analysis = &unit.analysis;
    let words = words(&analysis.normalized);
    let mut previous = "^";
    for current in &words {
        word(current, add);
        emit(&["b:", previous, " ", current], add);
        previous = current;
    }
    emit(&["b:", previous, " $"], add);
    for (cue, name) in CUES {
        if analysis.cues.has(cue) {
            emit(&["q:", name], add);
        }
    }
    // The order the cues come in: "magnesium verlaagt de bloeddruk" is subject, effect,
    // function.
    let mut last: Option<Cue> = None;
    let mut previous_name = "^";
    for (_, cue) in analysis.cues.in_order() {
        if last != Some(cue) {
            last = Some(cue);
            let name = cue_name(cue);
            emit(&["qs:", previous_name, ">", name], add);
            previous_name = name;
        }
    }
    if let Some((rule, _)) = &analysis.rule {
        emit(&["r:", &lexicon.rules[*rule].why], add);
    }
    shape(unit.text, words.len(), &mut |s| emit(&["s:", s], add));

    let Some(context) = context else {
        emit(&["x:none"], add);
        return;
    };
    emit(&["x:k:", context.kind.name()], add);
    if context.analysis.question {
        emit(&["x:question"], add);
    }
    let first = words.first().copied().unwrap_or("");
    for (cue, name) in CUES {
        if context.analysis.cues.has(cue) {
            emit(&["x:q:", name], add);
            // A unit that opens with a pronoun or "ja" takes its subject from the one before.
            emit(&["x:q:", name, "&", first], add);
        }
    }
    if lexicon.explanation(&context.analysis).is_some() {
        emit(&["x:rule"], add);
    }
}

fn cue_name(cue: Cue) -> &'static str {
    CUES.iter().find(|(c, _)| *c == cue).map_or("", |(_, n)| n)
}

/// The words of normalized text: runs of letters and digits, numbers written as `0`.
fn words(normalized: &str) -> Vec<&str> {
    normalized
        .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\''))
        .map(|w| w.trim_matches(|c| c == '-' || c == '\''))
        .filter(|w| !w.is_empty())
        .map(|w| {
            if w.chars().all(|c| c.is_ascii_digit() || c == '-') {
                "0"
            } else {
                w
            }
        })
        .collect()
}

/// What the shape of a unit says: its length, whether it ends in a colon, holds a number.
fn shape(text: &str, word_count: usize, add: &mut dyn FnMut(&str)) {
    let length = match word_count {
        0..=2 => "len:1-2",
        3..=5 => "len:3-5",
        6..=10 => "len:6-10",
        11..=20 => "len:11-20",
        _ => "len:21+",
    };
    add(length);
    let trimmed = text.trim_end();
    if trimmed.ends_with(':') {
        add("ends:colon");
    }
    if lexicon::is_question(trimmed) {
        add("ends:question");
    }
    if text.chars().any(|c| c.is_ascii_digit()) {
        add("number");
    }
    if text.chars().next().is_some_and(char::is_lowercase) {
        add("starts:lowercase");
    }
}

/// A trained model: a weight per feature, a bias, and the probability from which a unit is
/// taken for a claim.
#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    /// The weight of each feature, by the feature's [`key`]; features not listed weigh nothing.
    /// (Looked up by a hash of the name rather than the name: checking a site looks up every
    /// feature of every unit, most of which the model never saw.)
    weights: FxHashMap<u64, f32>,
    /// The weight of no feature at all.
    pub bias: f32,
    /// A unit whose probability reaches this is a claim (chosen for recall when training).
    pub threshold: f32,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawModel {
    bias: f32,
    threshold: f32,
    /// How the weights were made, for people reading the file.
    #[serde(default)]
    #[allow(dead_code)]
    trained: Option<String>,
    /// One weight a line: the feature, a tab, the weight. (One string rather than a TOML table:
    /// a model has thousands of weights, and this reads in a fraction of the time.)
    weights: Spanned<String>,
}

impl Model {
    /// The model of `lang`: the site's `i18n/<lang>/claims-model.toml` under `root` when it
    /// exists, else kennis's built-in copy.
    pub fn load(root: &Path, lang: &str) -> Result<Model, Vec<Diagnostic>> {
        let source = language_data(root, lang, MODEL_FILE, &BUILT_IN, "claims-model")
            .map_err(|d| vec![d])?;
        Model::parse(&source)
    }

    /// True when kennis has a model of its own for `lang`.
    pub fn has_built_in(lang: &str) -> bool {
        BUILT_IN.iter().any(|(code, _)| *code == lang)
    }

    /// kennis's own model for `lang`, if it has one.
    pub fn built_in(lang: &str) -> Option<Model> {
        let source = built_in_language_data(lang, MODEL_FILE, &BUILT_IN)?;
        // The built-in files are checked by this module's tests.
        Model::parse(&source).ok()
    }

    /// Reads the weights file in `source`.
    pub fn parse(source: &SourceText) -> Result<Model, Vec<Diagnostic>> {
        let raw: RawModel =
            toml_input::deserialize_in(source, 0..source.text.len(), "claims-model")?;
        let weights = weight_lines(source, &raw.weights)?;
        Ok(Model::new(weights, raw.bias, raw.threshold))
    }

    /// A model of `weights` (feature name and weight), `bias` and `threshold`.
    pub fn new<'f>(
        weights: impl IntoIterator<Item = (&'f str, f32)>,
        bias: f32,
        threshold: f32,
    ) -> Model {
        Model {
            weights: weights.into_iter().map(|(f, w)| (key(f), w)).collect(),
            bias,
            threshold,
        }
    }

    /// How many features have a weight.
    pub fn len(&self) -> usize {
        self.weights.len()
    }

    /// True when no feature has a weight.
    pub fn is_empty(&self) -> bool {
        self.weights.is_empty()
    }

    fn weight(&self, feature: &str) -> Option<f32> {
        self.weights.get(&key(feature)).copied()
    }

    /// The probability that `unit`, read after `context`, is a health claim. `words` remembers
    /// what each word weighs, so a word met again in the same article is looked up once.
    pub fn probability(
        &self,
        unit: &Reading<'_>,
        context: Option<&Reading<'_>>,
        lexicon: &Lexicon,
        words: &mut WordWeights,
    ) -> f32 {
        // Two closures add to the sums: one for words, one for everything else.
        let sum = Cell::new(0.0f32);
        let count = Cell::new(0usize);
        let mut add = |feature: &str| {
            count.set(count.get() + 1);
            if let Some(weight) = self.weight(feature) {
                sum.set(sum.get() + weight);
            }
        };
        let mut word = |word: &str, _: &mut dyn FnMut(&str)| {
            let (weight, features) = words.of(word, self);
            sum.set(sum.get() + weight);
            count.set(count.get() + features);
        };
        features_but_words(unit, context, lexicon, &mut word, &mut add);
        logistic(self.bias + sum.get() * scale(count.get()))
    }

    /// The words of `unit` that weigh most towards a claim, strongest first, leaving out the
    /// lexicon's function words (for telling an editor why).
    pub fn strongest_words(
        &self,
        unit: &Reading<'_>,
        lexicon: &Lexicon,
        most: usize,
    ) -> Vec<String> {
        let mut found: Vec<(f32, &str)> = Vec::new();
        let mut feature = String::new();
        for word in words(&unit.analysis.normalized) {
            if word.chars().count() < 3
                || lexicon.function_words.contains(word)
                || found.iter().any(|(_, w)| *w == word)
            {
                continue;
            }
            feature.clear();
            feature.push_str("w:");
            feature.push_str(word);
            if let Some(weight) = self.weight(&feature).filter(|w| *w > 0.0) {
                found.push((weight, word));
            }
        }
        found.sort_by(|a, b| b.0.total_cmp(&a.0));
        found
            .into_iter()
            .take(most)
            .map(|(_, w)| w.to_string())
            .collect()
    }
}

/// The `feature<TAB>weight` lines of a model file's `weights`; a line that is not one is
/// reported at its place in the file.
fn weight_lines<'s>(
    source: &SourceText,
    weights: &'s Spanned<String>,
) -> Result<Vec<(&'s str, f32)>, Vec<Diagnostic>> {
    // The text of a literal string starts after its opening quotes and the newline after them.
    let quoted = &source.text[weights.span()];
    let offset = weights.span().start + quoted.find('\n').map_or(3, |newline| newline + 1);
    let mut found = Vec::new();
    let mut problems = Vec::new();
    let mut at = 0;
    for line in weights.get_ref().split_inclusive('\n') {
        let start = at;
        at += line.len();
        let line = line.trim_end_matches(['\n', '\r']);
        if line.is_empty() {
            continue;
        }
        match line
            .split_once('\t')
            .map(|(f, w)| (f, w.trim().parse::<f32>()))
        {
            Some((feature, Ok(weight))) if !feature.is_empty() => found.push((feature, weight)),
            _ => problems.push(Diagnostic::error_in(
                source,
                offset + start..offset + start + line.len(),
                "claims-model",
                "a weight is a line `feature<TAB>number`".to_string(),
            )),
        }
    }
    if problems.is_empty() {
        Ok(found)
    } else {
        Err(problems)
    }
}

/// The 64-bit hash a feature is looked up by. (Two of the model's features sharing one is as
/// likely as a 1 in 10^15 chance per unknown feature; it would only shift one weight.)
fn key(feature: &str) -> u64 {
    let mut hasher = FxHasher::default();
    hasher.write(feature.as_bytes());
    hasher.finish()
}

/// What every feature of a unit with `count` features is worth: the features of a unit
/// together have length one, so long units do not outweigh short ones.
pub fn scale(count: usize) -> f32 {
    1.0 / (count.max(1) as f32).sqrt()
}

/// The logistic function.
pub fn logistic(x: f32) -> f32 {
    1.0 / (1.0 + (-x).exp())
}
