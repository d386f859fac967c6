//! The shipped claim models (`i18n/<lang>/claims-model.toml`) are exactly what training on the
//! corpus gives (`cargo run --release --example train-claims`): nobody edited the weights by
//! hand, and a change to the features, the lexicon or the corpus comes with retrained weights.

#![cfg(feature = "train")]

use std::path::PathBuf;

use kennis::parse::claims::training::{self, Data, Settings};

fn trained_file(lang: &str) -> String {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let data = Data::load(&root.join("tests/claims"), lang).unwrap_or_else(|e| panic!("{e}"));
    let lexicon = training::lexicon(lang).unwrap_or_else(|e| panic!("{e}"));
    let settings = Settings::default();
    let (model, judged) =
        training::train(&data, &lexicon, &settings).unwrap_or_else(|e| panic!("{e}"));
    training::model_file(&model, lang, &settings, judged.len() + data.extra.len())
}

fn assert_shipped_is_trained(lang: &str) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("i18n")
        .join(lang)
        .join("claims-model.toml");
    let shipped = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{e}"));
    let trained = trained_file(lang);
    if shipped != trained {
        let differ = shipped
            .lines()
            .zip(trained.lines())
            .find(|(a, b)| a != b)
            .map_or_else(
                || "one file is longer".to_string(),
                |(a, b)| format!("shipped {a:?}, trained {b:?}"),
            );
        panic!(
            "{} is not what training gives ({differ}): run \
             `cargo run --release --example train-claims`",
            path.display()
        );
    }
}

#[test]
fn the_dutch_model_is_what_training_gives() {
    assert_shipped_is_trained("nl");
}

#[test]
fn the_english_model_is_what_training_gives() {
    assert_shipped_is_trained("en");
}
