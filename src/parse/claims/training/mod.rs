//! Training the claim model (`i18n/<lang>/claims-model.toml`) from the labelled corpus, and
//! measuring it: precision and recall on clear units, by cross-validation over articles and on
//! the held-out test articles. Used by `examples/train-claims.rs` and by the test that the
//! shipped weights are what training gives.
//!
//! The corpus is split by article, never by sentence (`tests/claims/corpus/split.toml`):
//! training and threshold choice see only the train and dev articles; the test articles are
//! for the final figures.

pub mod corpus;
pub mod fit;

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::detector::{Detector, Reading};
use super::lexicon::Lexicon;
use super::model::{self, Model, WordWeights};
use corpus::{Article, Example};
use fit::{Penalty, Row};

/// Why training could not be done.
#[derive(Debug, thiserror::Error)]
pub enum TrainingError {
    /// A corpus file could not be read or understood.
    #[error("{path}: {problem}", path = .0.display(), problem = .1)]
    Read(PathBuf, String),
    /// The optimiser failed.
    #[error("fitting the model failed: {0}")]
    Fit(String),
    /// A language has no lexicon.
    #[error("kennis has no claim lexicon for {0:?}")]
    NoLexicon(String),
}

/// How a model is trained.
#[derive(Debug, Clone, Copy)]
pub struct Settings {
    /// The penalty on large weights.
    pub penalty: Penalty,
    /// A feature is used when it occurs in at least this many training units.
    pub min_count: usize,
    /// What a borderline unit counts for, against 1 for a clear one.
    pub borderline_weight: f64,
    /// Each feature is first scaled by how much more often it occurs in claims than in other
    /// units (its naive Bayes log-count ratio, with this smoothing; Wang and Manning 2012,
    /// "Baselines and bigrams"), so the fit starts from what the counts already say. 0: off.
    pub ratio_smoothing: f64,
    /// The threshold is the highest at which cross-validation finds at least this share of
    /// the clear claims: a miss publishes an unsourced claim, a false alarm costs the editor a
    /// `<!-- kennis:no-claim -->`.
    pub recall_target: f64,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            penalty: Penalty { l2: 0.1, l1: 0.03 },
            min_count: 2,
            borderline_weight: 0.5,
            ratio_smoothing: 1.0,
            recall_target: 0.95,
        }
    }
}

/// Which corpus articles are for development and which for the final test.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Split {
    /// Articles for choosing settings (`nl/a07-ijzer`).
    pub dev: Vec<String>,
    /// Articles held out for the final figures.
    pub test: Vec<String>,
    /// An earlier test set, measured once and now part of training (kept for the record).
    #[serde(default)]
    pub first_test: Vec<String>,
}

impl Split {
    /// Reads `split.toml` in `corpus_dir`.
    pub fn load(corpus_dir: &Path) -> Result<Split, TrainingError> {
        let path = corpus_dir.join("split.toml");
        let text = std::fs::read_to_string(&path)
            .map_err(|e| TrainingError::Read(path.clone(), e.to_string()))?;
        toml::from_str(&text).map_err(|e| TrainingError::Read(path, e.to_string()))
    }

    /// The part `article` is in.
    pub fn part(&self, article: &str) -> Part {
        if self.test.iter().any(|a| a == article) {
            Part::Test
        } else if self.dev.iter().any(|a| a == article) {
            Part::Dev
        } else {
            Part::Train
        }
    }
}

/// A part of the split.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// For fitting.
    Train,
    /// For choosing settings.
    Dev,
    /// For the final figures only.
    Test,
}

/// Everything one language's training reads.
#[derive(Debug, Clone)]
pub struct Data {
    /// The corpus articles.
    pub articles: Vec<Article>,
    /// The single units of the older lists (seed articles, written units): training only.
    pub extra: Vec<Example>,
    /// The split.
    pub split: Split,
}

impl Data {
    /// Reads the corpus of `lang` under `claims_dir` (`tests/claims`).
    pub fn load(claims_dir: &Path, lang: &str) -> Result<Data, TrainingError> {
        let corpus_dir = claims_dir.join("corpus");
        let mut extra = corpus::unit_list(&claims_dir.join(format!("seeds.{lang}.toml")), lang)?;
        extra.extend(corpus::unit_list(&claims_dir.join("written.toml"), lang)?);
        Ok(Data {
            articles: corpus::articles(&corpus_dir, lang)?,
            extra,
            split: Split::load(&corpus_dir)?,
        })
    }

    /// The articles of the given parts.
    pub fn articles_in(&self, parts: &[Part]) -> Vec<&Article> {
        self.articles
            .iter()
            .filter(|a| parts.contains(&self.split.part(&a.id)))
            .collect()
    }
}

/// Units with the probability a detector gives them (`None` for those it never judges).
pub type Judged = Vec<(Example, Option<f32>)>;

/// Counts of judgements against labels.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    /// Claims found.
    pub true_positive: usize,
    /// Non-claims taken for claims.
    pub false_positive: usize,
    /// Claims missed.
    pub false_negative: usize,
    /// Non-claims left alone.
    pub true_negative: usize,
}

impl Tally {
    /// Adds one judgement.
    pub fn add(&mut self, claim: bool, found: bool) {
        match (claim, found) {
            (true, true) => self.true_positive += 1,
            (false, true) => self.false_positive += 1,
            (true, false) => self.false_negative += 1,
            (false, false) => self.true_negative += 1,
        }
    }

    /// Share of the units taken for claims that are claims.
    pub fn precision(&self) -> f64 {
        self.true_positive as f64 / (self.true_positive + self.false_positive).max(1) as f64
    }

    /// Share of the claims that were found.
    pub fn recall(&self) -> f64 {
        self.true_positive as f64 / (self.true_positive + self.false_negative).max(1) as f64
    }

    /// Number of units counted.
    pub fn units(&self) -> usize {
        self.true_positive + self.false_positive + self.false_negative + self.true_negative
    }
}

/// The judgements on a set of examples: clear units and borderline ones apart.
#[derive(Debug, Clone, Copy, Default)]
pub struct Scores {
    /// On clear units.
    pub clear: Tally,
    /// On borderline units.
    pub borderline: Tally,
}

impl Scores {
    /// Counts one judgement of `example`.
    pub fn add(&mut self, example: &Example, found: bool) {
        let tally = if example.clear {
            &mut self.clear
        } else {
            &mut self.borderline
        };
        tally.add(example.claim, found);
    }
}

/// The features of every training example as rows, with the vocabulary they use.
struct Encoded {
    rows: Vec<Row>,
    vocabulary: Vec<String>,
    /// Each feature's scale (its log-count ratio, or 1).
    ratios: Vec<f64>,
}

/// True for the examples a model learns from: headings are context only, never judged.
fn learns_from(example: &Example) -> bool {
    example.kind != super::unit::UnitKind::Heading
}

/// An example and its context as the detector reads them.
fn readings<'e>(example: &'e Example, lexicon: &Lexicon) -> (Reading<'e>, Option<Reading<'e>>) {
    let read = |text: &'e str, kind| Reading {
        text,
        kind,
        analysis: lexicon.analyse(text, kind),
    };
    let unit = read(&example.text, example.kind);
    let context = example
        .context
        .as_ref()
        .map(|(text, kind)| read(text, *kind));
    (unit, context)
}

fn encode(examples: &[&Example], lexicon: &Lexicon, settings: &Settings) -> Encoded {
    // Each example's features with their counts, and in how many examples each occurs.
    let mut bags: Vec<(BTreeMap<String, usize>, usize)> = Vec::with_capacity(examples.len());
    let mut document_count: HashMap<String, usize> = HashMap::new();
    for example in examples {
        let mut bag: BTreeMap<String, usize> = BTreeMap::new();
        let mut total = 0;
        let (unit, context) = readings(example, lexicon);
        model::features(&unit, context.as_ref(), lexicon, &mut |f| {
            total += 1;
            *bag.entry(f.to_string()).or_default() += 1;
        });
        for feature in bag.keys() {
            *document_count.entry(feature.clone()).or_default() += 1;
        }
        bags.push((bag, total));
    }
    let mut vocabulary: Vec<String> = document_count
        .into_iter()
        .filter(|(_, n)| *n >= settings.min_count)
        .map(|(f, _)| f)
        .collect();
    vocabulary.sort();
    let index: HashMap<&str, u32> = vocabulary
        .iter()
        .enumerate()
        .map(|(i, f)| (f.as_str(), i as u32))
        .collect();
    let ratios = log_count_ratios(examples, &bags, &index, settings.ratio_smoothing);
    let rows = examples
        .iter()
        .zip(bags)
        .map(|(example, (bag, total))| {
            let scale = f64::from(model::scale(total));
            Row {
                features: bag
                    .iter()
                    .filter_map(|(f, n)| {
                        let i = *index.get(f.as_str())?;
                        Some((i, *n as f64 * scale * ratios[i as usize]))
                    })
                    .collect(),
                positive: example.claim,
                weight: if example.clear {
                    1.0
                } else {
                    settings.borderline_weight
                },
            }
        })
        .collect();
    Encoded {
        rows,
        vocabulary,
        ratios,
    }
}

/// Per feature of `index`: the log of how much more often it occurs in claims than in other
/// units, `ln((p + α) / |p|) − ln((q + α) / |q|)`; all 1 when `smoothing` (α) is 0.
fn log_count_ratios(
    examples: &[&Example],
    bags: &[(BTreeMap<String, usize>, usize)],
    index: &HashMap<&str, u32>,
    smoothing: f64,
) -> Vec<f64> {
    if smoothing <= 0.0 {
        return vec![1.0; index.len()];
    }
    let mut claims = vec![smoothing; index.len()];
    let mut others = vec![smoothing; index.len()];
    for (example, (bag, _)) in examples.iter().zip(bags) {
        let counts = if example.claim {
            &mut claims
        } else {
            &mut others
        };
        for feature in bag.keys() {
            if let Some(&i) = index.get(feature.as_str()) {
                counts[i as usize] += 1.0;
            }
        }
    }
    let claims_total: f64 = claims.iter().sum();
    let others_total: f64 = others.iter().sum();
    claims
        .iter()
        .zip(&others)
        .map(|(p, q)| (p / claims_total).ln() - (q / others_total).ln())
        .collect()
}

/// A trained model as it is written: each feature's name and weight (rounded as written), the
/// bias and the threshold.
#[derive(Debug, Clone, PartialEq)]
pub struct Trained {
    /// Feature names and weights, by name.
    pub weights: Vec<(String, f32)>,
    /// The bias.
    pub bias: f32,
    /// The threshold.
    pub threshold: f32,
}

impl Trained {
    /// The model as kennis uses it.
    pub fn model(&self) -> Model {
        Model::new(
            self.weights.iter().map(|(f, w)| (f.as_str(), *w)),
            self.bias,
            self.threshold,
        )
    }
}

/// Fits a model to `examples` (its threshold still to be chosen), with weights rounded as
/// they are written.
pub fn fit_model(
    examples: &[&Example],
    lexicon: &Lexicon,
    settings: &Settings,
) -> Result<Trained, TrainingError> {
    let learned: Vec<&Example> = examples
        .iter()
        .copied()
        .filter(|e| learns_from(e))
        .collect();
    let encoded = encode(&learned, lexicon, settings);
    let fitted = fit::fit(&encoded.rows, encoded.vocabulary.len(), settings.penalty)?;
    // The weight of a feature as it is met when checking, unscaled.
    let unscaled = fitted
        .weights
        .iter()
        .zip(&encoded.ratios)
        .map(|(w, r)| w * r);
    let weights = encoded
        .vocabulary
        .into_iter()
        .zip(unscaled)
        .filter_map(|(feature, weight)| {
            let rounded = round4(weight);
            // A feature the weights file cannot hold (see `model_file`) is left out.
            let writable = !feature.contains("'''") && !feature.contains(['\t', '\n']);
            (rounded != 0.0 && writable).then_some((feature, rounded as f32))
        })
        .collect();
    Ok(Trained {
        weights,
        bias: round4(fitted.bias) as f32,
        threshold: 0.5,
    })
}

fn round4(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

/// The probability the detector gives each example it would judge (`None` for those it never
/// judges: headings and questions).
fn probabilities(examples: &[&Example], detector: &Detector) -> Vec<Option<f32>> {
    let mut words = WordWeights::default();
    examples
        .iter()
        .map(|e| {
            let (unit, context) = readings(e, detector.lexicon());
            detector.probability(&unit, context.as_ref(), &mut words)
        })
        .collect()
}

/// Out-of-fold probabilities for the train and dev articles: each fold's articles judged by a
/// model fitted without them (the older unit lists are in every fold's training).
pub fn cross_validate(
    data: &Data,
    lexicon: &Lexicon,
    settings: &Settings,
    folds: usize,
) -> Result<Judged, TrainingError> {
    let articles = data.articles_in(&[Part::Train, Part::Dev]);
    // Folds by site, so no site is both learnt and judged in one fold.
    let mut sites: Vec<&str> = articles.iter().map(|a| a.site()).collect();
    sites.sort_unstable();
    sites.dedup();
    let fold_of = |article: &Article| sites.binary_search(&article.site()).unwrap_or(0) % folds;
    let mut judged = Vec::new();
    for fold in 0..folds {
        let mut training: Vec<&Example> = data.extra.iter().collect();
        let mut held_out: Vec<&Example> = Vec::new();
        for article in &articles {
            let target = if fold_of(article) == fold {
                &mut held_out
            } else {
                &mut training
            };
            target.extend(article.examples.iter());
        }
        let model = fit_model(&training, lexicon, settings)?.model();
        let detector = Detector::with_model(lexicon.clone(), model);
        for (example, p) in held_out.iter().zip(probabilities(&held_out, &detector)) {
            judged.push(((*example).clone(), p));
        }
    }
    Ok(judged)
}

/// The highest threshold at which at least `target` of the clear claims in `judged` are found.
pub fn choose_threshold(judged: &[(Example, Option<f32>)], target: f64) -> f32 {
    let mut claims: Vec<f32> = judged
        .iter()
        .filter(|(e, _)| e.clear && e.claim)
        .map(|(_, p)| p.unwrap_or(0.0))
        .collect();
    if claims.is_empty() {
        return 0.5;
    }
    claims.sort_by(|a, b| b.total_cmp(a));
    let needed = ((target * claims.len() as f64).ceil() as usize).clamp(1, claims.len());
    // Rounded down to four decimals, as it is written, so the needed claims stay found.
    (f64::from(claims[needed - 1]) * 10_000.0).floor() as f32 / 10_000.0
}

/// The probability `detector` gives every unit of `articles` (`None` for those it never
/// judges), with the unit.
pub fn judged(articles: &[&Article], detector: &Detector) -> Judged {
    let examples: Vec<&Example> = articles.iter().flat_map(|a| a.examples.iter()).collect();
    let probabilities = probabilities(&examples, detector);
    examples.into_iter().cloned().zip(probabilities).collect()
}

/// Judges `judged` at `threshold`.
pub fn score_at(judged: &[(Example, Option<f32>)], threshold: f32) -> Scores {
    let mut scores = Scores::default();
    for (example, p) in judged {
        scores.add(example, p.is_some_and(|p| p >= threshold));
    }
    scores
}

/// Judges every unit of `articles` with `detector`, as `kennis check` does.
pub fn evaluate(articles: &[&Article], detector: &Detector) -> Scores {
    let examples: Vec<&Example> = articles.iter().flat_map(|a| a.examples.iter()).collect();
    let mut scores = Scores::default();
    let mut words = WordWeights::default();
    for example in examples {
        let (unit, context) = readings(example, detector.lexicon());
        let found = detector
            .judge(&unit, context.as_ref(), &mut words)
            .is_some();
        scores.add(example, found);
    }
    scores
}

/// The clear units of `judged` misjudged at `threshold`, a line each (`FP`/`FN`, the
/// probability, article, kind, text and the unit read before it), for people improving the
/// model.
pub fn misjudged(judged: &[(Example, Option<f32>)], threshold: f32) -> String {
    let mut lines = String::new();
    for (example, probability) in judged {
        let found = probability.is_some_and(|p| p >= threshold);
        if example.clear && found != example.claim {
            let _ = writeln!(
                lines,
                "{} {:.2} {} [{}] {}    <<< {}",
                if found { "FP" } else { "FN" },
                probability.unwrap_or(0.0),
                example.article,
                example.kind.name(),
                example.text,
                example.context.as_ref().map_or("", |c| c.0.as_str()),
            );
        }
    }
    lines
}

/// The model to ship for one language: fitted on the train and dev articles and the older
/// unit lists, with the threshold cross-validation chooses. Also returns the out-of-fold
/// judgements the threshold was chosen on.
pub fn train(
    data: &Data,
    lexicon: &Lexicon,
    settings: &Settings,
) -> Result<(Trained, Judged), TrainingError> {
    let judged = cross_validate(data, lexicon, settings, 5)?;
    let threshold = choose_threshold(&judged, settings.recall_target);
    let mut training: Vec<&Example> = data.extra.iter().collect();
    for article in data.articles_in(&[Part::Train, Part::Dev]) {
        training.extend(article.examples.iter());
    }
    let mut model = fit_model(&training, lexicon, settings)?;
    model.threshold = threshold;
    Ok((model, judged))
}

/// The weights file for `model`, trained for `lang` with `settings` on `units` units.
pub fn model_file(model: &Trained, lang: &str, settings: &Settings, units: usize) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# The claim model for {lang:?}: a logistic regression over the features of\n\
         # src/check/claims/model.rs, written by `cargo run --release --example train-claims`\n\
         # from tests/claims/ (the corpus's train and dev articles and the older unit lists).\n\
         # Do not edit: tests/claims_model.rs checks that training gives exactly this file.\n\
         \nbias = {:.4}\nthreshold = {:.4}\ntrained = \"{units} units; L2 {}, L1 {}, \
         features in at least {} units, borderline units count {}, log-count ratios smoothed \
         by {}, recall target {}\"\n# One weight a line: the feature, a tab, its weight.",
        model.bias,
        model.threshold,
        settings.penalty.l2,
        settings.penalty.l1,
        settings.min_count,
        settings.borderline_weight,
        settings.ratio_smoothing,
        settings.recall_target,
    );
    out.push_str("weights = '''\n");
    let mut weights: Vec<&(String, f32)> = model.weights.iter().collect();
    weights.sort_by(|a, b| a.0.cmp(&b.0));
    for (feature, weight) in weights {
        let _ = writeln!(out, "{feature}\t{weight:.4}");
    }
    out.push_str("'''\n");
    out
}

/// The lexicon `training` uses for `lang`: kennis's own.
pub fn lexicon(lang: &str) -> Result<Lexicon, TrainingError> {
    Lexicon::built_in(lang).ok_or_else(|| TrainingError::NoLexicon(lang.to_string()))
}
