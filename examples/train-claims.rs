//! Trains the claim model of each language from the labelled corpus in `tests/claims/` and
//! writes `i18n/<lang>/claims-model.toml`; prints the cross-validated figures.
//!
//! ```text
//! cargo run --release --example train-claims                 # train nl and en, write the models
//! cargo run --release --example train-claims -- --lang nl    # one language
//! cargo run --release --example train-claims -- --dev        # fit on train, measure on dev; writes nothing
//! cargo run --release --example train-claims -- --test       # the shipped models on the test articles
//! cargo run --release --example train-claims -- --dev --l2 0.5 --min-count 3   # other settings
//! cargo run --release --example train-claims -- --dev --errors /tmp/misjudged   # what it gets wrong
//! ```
//!
//! `--dev` is for choosing settings; `--test` gives the final figures on the held-out test
//! articles and is run once, after the settings are fixed (see tests/claims/README.md).

use std::path::PathBuf;
use std::process::ExitCode;

use kennis::parse::claims::detector::Detector;
use kennis::parse::claims::model::Model;
use kennis::parse::claims::training::{self, Data, Part, Scores, Settings};

struct Options {
    langs: Vec<String>,
    mode: Mode,
    settings: Settings,
    /// With `--dev`: where to write the misjudged units of the cross-validation
    /// (`<path>.<lang>`), for reading what the model gets wrong.
    errors: Option<PathBuf>,
}

#[derive(PartialEq)]
enum Mode {
    Train,
    Dev,
    Test,
}

fn parse_args() -> Result<Options, String> {
    let mut options = Options {
        langs: vec!["nl".to_string(), "en".to_string()],
        mode: Mode::Train,
        settings: Settings::default(),
        errors: None,
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = |name: &str| args.next().ok_or(format!("{name} needs a value"));
        let number = |text: String| text.parse::<f64>().map_err(|e| format!("{text}: {e}"));
        match arg.as_str() {
            "--lang" => options.langs = vec![value("--lang")?],
            "--dev" => options.mode = Mode::Dev,
            "--errors" => options.errors = Some(PathBuf::from(value("--errors")?)),
            "--test" => options.mode = Mode::Test,
            "--l2" => options.settings.penalty.l2 = number(value("--l2")?)?,
            "--l1" => options.settings.penalty.l1 = number(value("--l1")?)?,
            "--min-count" => options.settings.min_count = number(value("--min-count")?)? as usize,
            "--ratio-smoothing" => {
                options.settings.ratio_smoothing = number(value("--ratio-smoothing")?)?;
            }
            "--borderline-weight" => {
                options.settings.borderline_weight = number(value("--borderline-weight")?)?;
            }
            "--recall-target" => {
                options.settings.recall_target = number(value("--recall-target")?)?;
            }
            other => return Err(format!("unknown argument {other:?}")),
        }
    }
    Ok(options)
}

fn row(what: &str, lang: &str, scores: &Scores) -> String {
    format!(
        "| {what} | {lang} | {} | {:.3} | {:.3} | {} | {:.3} | {:.3} |",
        scores.clear.units(),
        scores.clear.precision(),
        scores.clear.recall(),
        scores.borderline.units(),
        scores.borderline.precision(),
        scores.borderline.recall(),
    )
}

fn main() -> ExitCode {
    let options = match parse_args() {
        Ok(options) => options,
        Err(problem) => {
            eprintln!("train-claims: {problem}");
            return ExitCode::from(2);
        }
    };
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let claims_dir = root.join("tests/claims");
    println!(
        "| measured on | language | clear units | precision | recall | borderline units | precision | recall |"
    );
    println!("|---|---|---|---|---|---|---|---|");
    for lang in &options.langs {
        if let Err(problem) = run(&options, lang, &root, &claims_dir) {
            eprintln!("train-claims: {lang}: {problem}");
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}

fn run(
    options: &Options,
    lang: &str,
    root: &std::path::Path,
    claims_dir: &std::path::Path,
) -> Result<(), Box<dyn std::error::Error>> {
    let data = Data::load(claims_dir, lang)?;
    let lexicon = training::lexicon(lang)?;
    let settings = &options.settings;
    match options.mode {
        Mode::Dev => {
            // Threshold by cross-validation over the train articles only; measured on dev.
            let train_only = Data {
                articles: data
                    .articles_in(&[Part::Train])
                    .into_iter()
                    .cloned()
                    .collect(),
                ..data.clone()
            };
            let (model, judged) = training::train(&train_only, &lexicon, settings)?;
            let cv = training::score_at(&judged, model.threshold);
            println!("{}", row("5-fold CV, train articles", lang, &cv));
            let detector = Detector::with_model(lexicon, model.model());
            let dev_articles = data.articles_in(&[Part::Dev]);
            let dev = training::evaluate(&dev_articles, &detector);
            println!("{}", row("dev articles", lang, &dev));
            let dev_judged = training::judged(&dev_articles, &detector);
            if let Some(path) = &options.errors {
                let cv_misjudged = training::misjudged(&judged, model.threshold);
                std::fs::write(format!("{}.{lang}", path.display()), cv_misjudged)?;
                let dev_misjudged = training::misjudged(&dev_judged, model.threshold);
                std::fs::write(format!("{}.dev.{lang}", path.display()), dev_misjudged)?;
            }
            // What other recall targets would give, in cross-validation and on dev.
            for target in [0.90, 0.92, 0.94, 0.95, 0.96, 0.97] {
                let threshold = training::choose_threshold(&judged, target);
                let cv = training::score_at(&judged, threshold);
                let dev = training::score_at(&dev_judged, threshold);
                eprintln!(
                    "  recall target {target}: threshold {threshold:.3}; CV precision {:.3}, \
                     recall {:.3}; dev precision {:.3}, recall {:.3}",
                    cv.clear.precision(),
                    cv.clear.recall(),
                    dev.clear.precision(),
                    dev.clear.recall()
                );
            }
        }
        Mode::Test => {
            let model = Model::load(root, lang).map_err(|problems| {
                let lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
                lines.join("\n")
            })?;
            let test_articles = data.articles_in(&[Part::Test]);
            let rules = Detector::rules_only(lexicon.clone());
            let baseline = training::evaluate(&test_articles, &rules);
            println!(
                "{}",
                row("test articles, lexicon rules alone", lang, &baseline)
            );
            let detector = Detector::with_model(lexicon, model);
            let test = training::evaluate(&test_articles, &detector);
            println!("{}", row("test articles", lang, &test));
        }
        Mode::Train => {
            let (model, judged) = training::train(&data, &lexicon, settings)?;
            let cv = training::score_at(&judged, model.threshold);
            println!("{}", row("5-fold CV, train and dev articles", lang, &cv));
            let units = judged.len() + data.extra.len();
            let file = training::model_file(&model, lang, settings, units);
            let path = root
                .join("i18n")
                .join(lang)
                .join(kennis::parse::claims::model::MODEL_FILE);
            std::fs::write(&path, file)?;
            eprintln!(
                "{lang}: {} weights, threshold {:.4}, written to {}",
                model.weights.len(),
                model.threshold,
                path.display()
            );
        }
    }
    Ok(())
}
