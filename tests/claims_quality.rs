//! How well the shipped claim detector finds health claims in articles it was never trained
//! on: precision and recall on the clear units of the corpus's test articles
//! (`tests/claims/corpus`, split in `split.toml`), per language, judged exactly as `kennis
//! check` judges them. These are the figures `tests/claims/README.md` reports; a change to
//! the model, the features or the corpus that moves them must update both.
//!
//! The test articles (written from sites that appear nowhere else in the corpus) were used
//! once, for these figures, after every setting had been chosen on the dev articles and by
//! cross-validation.

#![cfg(feature = "train")]

use std::path::PathBuf;

use kennis::parse::claims::detector::Detector;
use kennis::parse::claims::training::{self, Data, Part, Scores};

fn test_scores(lang: &str) -> Scores {
    let claims = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/claims");
    let data = Data::load(&claims, lang).unwrap_or_else(|e| panic!("{e}"));
    let detector = Detector::built_in(lang).unwrap_or_else(|| panic!("no detector for {lang}"));
    training::evaluate(&data.articles_in(&[Part::Test]), &detector)
}

/// Asserts the figures of `lang`: clear units, precision and recall (to three decimals).
fn assert_figures(lang: &str, units: usize, precision: f64, recall: f64) {
    let scores = test_scores(lang);
    let clear = scores.clear;
    let found = (
        clear.units(),
        format!("{:.3}", clear.precision()),
        format!("{:.3}", clear.recall()),
    );
    assert_eq!(
        found,
        (units, format!("{precision:.3}"), format!("{recall:.3}")),
        "{lang}: the test-article figures changed; update them here and in tests/claims/README.md"
    );
}

#[test]
fn dutch_test_articles() {
    assert_figures("nl", 354, 0.909, 0.971);
}

#[test]
fn english_test_articles() {
    assert_figures("en", 460, 0.897, 0.965);
}

#[test]
fn recall_holds_in_both_languages() {
    // A miss publishes an unsourced claim: the threshold is chosen for recall.
    for lang in ["nl", "en"] {
        let recall = test_scores(lang).clear.recall();
        assert!(recall >= 0.92, "{lang}: recall {recall:.3} is below 0.92");
    }
}
