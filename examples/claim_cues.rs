//! Prints the cues and the rule the claim checker finds in each line of stdin (for people
//! extending a claim lexicon): `echo "Magnesium helpt." | cargo run --example claim_cues -- nl`.

use std::io::BufRead;

use kennis::check::claims::lexicon::{Cue, Lexicon};
use kennis::check::claims::units::UnitKind;

fn main() {
    let lang = std::env::args().nth(1).unwrap_or_else(|| "nl".to_string());
    let Some(lexicon) = Lexicon::built_in(&lang) else {
        eprintln!("no claim lexicon for {lang:?}");
        std::process::exit(2);
    };
    let all = [
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
    for line in std::io::stdin().lock().lines().map_while(Result::ok) {
        let cues = lexicon.cues(&line);
        let found: Vec<String> = all
            .iter()
            .filter(|c| cues.has(**c))
            .map(|c| format!("{c:?}"))
            .collect();
        let rule = lexicon
            .claim_rule(&line, UnitKind::Sentence)
            .map_or("not a claim", |r| r.name.as_str());
        println!("{line}\n  cues: {}\n  => {rule}", found.join(", "));
    }
}
