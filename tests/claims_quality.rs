//! How well the claim detector finds health claims: precision and recall on labelled units
//! (`tests/claims/*.toml`, labelled by DESIGN.md's definition), per language.
//!
//! `seeds.nl.toml` holds every unit of the five seed articles, `seeds.en.toml` English
//! translations of a sample of them, and `written.toml` units written apart from the seeds, on
//! other topics, so the figures also say how the lexicon does on text it was not tuned on.
//! Run with `--nocapture` to see the figures and the misjudged units.

use std::collections::BTreeMap;

use kennis::check::claims::lexicon::{Lexicon, UnitKind};
use serde::Deserialize;

#[derive(Deserialize)]
struct Labelled {
    unit: Vec<Unit>,
}

#[derive(Deserialize)]
struct Unit {
    text: String,
    claim: bool,
    lang: String,
    kind: String,
}

/// How the checker sees a labelled unit: list items and table cells as such, everything else
/// (sentences, FAQ answers, quotes, questions) as sentences.
fn unit_kind(kind: &str) -> UnitKind {
    match kind {
        "list-item" => UnitKind::ListItem,
        "table-cell" => UnitKind::TableCell,
        _ => UnitKind::Sentence,
    }
}

#[derive(Default, Debug, Clone, Copy)]
struct Tally {
    true_positive: usize,
    false_positive: usize,
    false_negative: usize,
    true_negative: usize,
}

impl Tally {
    fn precision(&self) -> f64 {
        self.true_positive as f64 / (self.true_positive + self.false_positive).max(1) as f64
    }

    fn recall(&self) -> f64 {
        self.true_positive as f64 / (self.true_positive + self.false_negative).max(1) as f64
    }

    fn add(&mut self, other: Tally) {
        self.true_positive += other.true_positive;
        self.false_positive += other.false_positive;
        self.false_negative += other.false_negative;
        self.true_negative += other.true_negative;
    }
}

fn measure(file: &str) -> BTreeMap<String, Tally> {
    let path = format!("{}/tests/claims/{file}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let labelled: Labelled = toml::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut lexicons = BTreeMap::new();
    let mut tallies: BTreeMap<String, Tally> = BTreeMap::new();
    let verbose = std::env::var_os("KENNIS_CLAIMS_VERBOSE").is_some();
    for unit in &labelled.unit {
        let lexicon = lexicons.entry(unit.lang.clone()).or_insert_with(|| {
            Lexicon::built_in(&unit.lang).unwrap_or_else(|| panic!("no lexicon for {}", unit.lang))
        });
        let kind = unit_kind(&unit.kind);
        let found = lexicon.is_claim(&unit.text, kind);
        let tally = tallies.entry(unit.lang.clone()).or_default();
        match (unit.claim, found) {
            (true, true) => tally.true_positive += 1,
            (false, true) => tally.false_positive += 1,
            (true, false) => tally.false_negative += 1,
            (false, false) => tally.true_negative += 1,
        }
        if verbose && unit.claim != found {
            let verdict = if found { "FP" } else { "FN" };
            let rule = lexicon
                .claim_rule(&unit.text, kind)
                .map_or("", |r| r.name.as_str());
            println!("{verdict} {file} [{}] {} {{{rule}}}", unit.lang, unit.text);
        }
    }
    tallies
}

#[test]
fn the_detector_meets_its_targets_in_each_language() {
    let mut overall: BTreeMap<String, Tally> = BTreeMap::new();
    println!("| set | language | units | precision | recall |");
    println!("|---|---|---|---|---|");
    for file in ["seeds.nl.toml", "seeds.en.toml", "written.toml"] {
        for (lang, tally) in measure(file) {
            let units = tally.true_positive
                + tally.false_positive
                + tally.false_negative
                + tally.true_negative;
            println!(
                "| {file} | {lang} | {units} | {:.2} | {:.2} |",
                tally.precision(),
                tally.recall()
            );
            overall.entry(lang).or_default().add(tally);
        }
    }
    for (lang, tally) in &overall {
        println!(
            "| all | {lang} | | {:.2} | {:.2} |",
            tally.precision(),
            tally.recall()
        );
        assert!(
            tally.recall() >= 0.90,
            "{lang}: recall {:.3} is below 0.90",
            tally.recall()
        );
        assert!(
            tally.precision() >= 0.80,
            "{lang}: precision {:.3} is below 0.80",
            tally.precision()
        );
    }
}
