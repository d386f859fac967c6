//! Shows how the claim checker reads each line of stdin, judged as a sentence on its own: the
//! lexicon's cues and rule, the model's probability against its threshold, and the verdict with
//! its reason (for people extending a claim lexicon or looking into a verdict):
//! `echo "Magnesium helpt." | cargo run --example claim_cues -- nl`.

use std::io::BufRead;

use kennis::parse::claims::detector::Detector;
use kennis::parse::claims::lexicon::{ALL_CUES, Cue};
use kennis::parse::claims::model::{Model, WordWeights};
use kennis::parse::claims::unit::UnitKind;

fn main() {
    let lang = std::env::args().nth(1).unwrap_or_else(|| "nl".to_string());
    let Some(detector) = Detector::built_in(&lang) else {
        eprintln!("no claim lexicon for {lang:?}");
        std::process::exit(2);
    };
    let threshold = Model::built_in(&lang).map(|m| m.threshold);
    let mut words = WordWeights::default();
    for line in std::io::stdin().lock().lines().map_while(Result::ok) {
        let unit = detector.read(&line, UnitKind::Sentence);
        let cues: Vec<String> = ALL_CUES
            .iter()
            .filter(|c| unit.analysis.cues.has(**c))
            .map(|c: &Cue| format!("{c:?}"))
            .collect();
        let rule = detector
            .lexicon()
            .explanation(&unit.analysis)
            .map_or("none".to_string(), |e| e.describe());
        let probability = detector.probability(&unit, None, &mut words);
        let verdict = detector
            .judge(&unit, None, &mut words)
            .map_or("not a claim".to_string(), |why| format!("claim ({why})"));
        println!(
            "{line}\n  cues: {}\n  lexicon rule: {rule}",
            cues.join(", ")
        );
        match (probability, threshold) {
            (Some(p), Some(t)) => println!("  model: {p:.3} (a claim from {t:.3})"),
            _ => println!("  model: not asked (a heading, a question or about the article)"),
        }
        println!("  => {verdict}");
    }
}
