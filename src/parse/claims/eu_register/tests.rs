use pulldown_cmark::Parser;

use super::*;
use crate::parse::claims::judge;
use crate::parse::markdown::claim_units;

/// The built-in detector and register of `lang`.
fn checkers(lang: &str) -> (Detector, EuRegister) {
    let detector = Detector::built_in(lang).unwrap_or_else(|| unreachable!("{lang} is built in"));
    let source = built_in_language_data(lang, REGISTER_FILE, &BUILT_IN)
        .unwrap_or_else(|| unreachable!("{lang} is built in"));
    match EuRegister::parse(&source) {
        Ok(register) => (detector, register),
        Err(problems) => panic!("{lang}: {problems:?}"),
    }
}

/// What the check reports in `markdown`, a text in `lang`: each unit and its message.
fn reported(lang: &str, markdown: &str) -> Vec<(String, String)> {
    let (detector, register) = checkers(lang);
    let events: Vec<_> = Parser::new_ext(markdown, crate::parse::markdown::options())
        .into_offset_iter()
        .collect();
    let units = claim_units::collect(&events, &[], markdown, &detector.lexicon().abbreviations);
    let judged = judge(&units, &detector, true);
    beyond_register(&units, &judged, &register)
        .into_iter()
        .map(|found| {
            assert_eq!(
                &markdown[found.range.clone()],
                found.text,
                "range points at the unit"
            );
            (found.text, found.message)
        })
        .collect()
}

/// The wording suggested for `sentence`, when it is reported.
fn suggestion(lang: &str, sentence: &str) -> Option<String> {
    let found = reported(lang, sentence);
    assert!(found.len() <= 1, "{found:?}");
    let (_, message) = found.into_iter().next()?;
    let (_, rest) = message.split_once("closest authorised wording: \"")?;
    Some(rest.split_once('"')?.0.to_string())
}

#[test]
fn the_issues_example_names_the_nervous_system_claim() {
    let found = reported("nl", "Magnesium helpt bij slapeloosheid.\n");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "Magnesium helpt bij slapeloosheid.");
    assert_eq!(
        found[0].1,
        "health claim beyond the EU register: no authorised claim for magnesium covers \
         'slapeloosheid'; closest authorised wording: \"Magnesium draagt bij tot een normale \
         werking van het zenuwstelsel\" (Verordening (EU) nr. 432/2012, bijlage)"
    );
    assert_eq!(
        suggestion("nl", "magnesium helpt bij slapeloosheid").as_deref(),
        Some("Magnesium draagt bij tot een normale werking van het zenuwstelsel")
    );
}

#[test]
fn english_claims_are_compared_with_the_english_wordings() {
    assert_eq!(
        suggestion("en", "Magnesium helps with insomnia.").as_deref(),
        Some("Magnesium contributes to normal functioning of the nervous system")
    );
    // A word near a function picks the claim about it: stress is near psychological function.
    assert_eq!(
        suggestion("en", "Magnesium lowers stress.").as_deref(),
        Some("Magnesium contributes to normal psychological function")
    );
    assert_eq!(
        suggestion("en", "Vitamin C protects against colds.").as_deref(),
        Some("Vitamin C contributes to the normal function of the immune system")
    );
}

#[test]
fn a_paraphrase_of_an_authorised_claim_is_not_reported() {
    for sentence in [
        "Magnesium is goed voor je spieren.",
        "Magnesium ondersteunt je spieren.",
        "Magnesium helpt je zenuwen.",
        "Vitamine D versterkt je botten.",
        "IJzer vermindert vermoeidheid.",
    ] {
        assert_eq!(
            reported("nl", sentence),
            [] as [(String, String); 0],
            "{sentence}"
        );
    }
    for sentence in [
        "Magnesium supports your muscles.",
        "Vitamin D strengthens your bones.",
        "Zinc supports the immune system.",
    ] {
        assert_eq!(
            reported("en", sentence),
            [] as [(String, String); 0],
            "{sentence}"
        );
    }
    // Not reported because an authorised claim covers it, not because it is no claim.
    let (detector, _) = checkers("nl");
    let spieren = detector.read("Magnesium ondersteunt je spieren.", UnitKind::Sentence);
    assert!(
        detector
            .judge(&spieren, None, &mut WordWeights::default())
            .is_some()
    );
    // What tells the paraphrase apart is the function it names, not the wording around it.
    let bloeddruk = suggestion("nl", "Magnesium ondersteunt je bloeddruk.");
    assert!(bloeddruk.is_some(), "blood pressure is no magnesium claim");
}

#[test]
fn quantities_norms_signs_and_safety_are_not_compared() {
    for sentence in [
        "Volwassenen hebben ongeveer 350 mg magnesium per dag nodig.",
        "De veilige bovengrens voor magnesium uit supplementen is 250 mg per dag.",
        "Spierkrampen kunnen wijzen op een magnesiumtekort.",
        "Een magnesiumtekort geeft spierkrampen.",
        "Te veel magnesium uit supplementen kan diarree geven.",
        "Dat magnesium slapeloosheid verhelpt, is niet aangetoond.",
    ] {
        assert_eq!(
            reported("nl", sentence),
            [] as [(String, String); 0],
            "{sentence}"
        );
    }
    for sentence in [
        "Adults need about 350 mg of magnesium a day.",
        "Muscle cramps can be a sign of magnesium deficiency.",
        "Too much magnesium from supplements causes diarrhoea.",
    ] {
        assert_eq!(
            reported("en", sentence),
            [] as [(String, String); 0],
            "{sentence}"
        );
    }
}

#[test]
fn nutrients_the_register_does_not_list_are_not_compared() {
    for sentence in [
        "Melatonine helpt bij slapeloosheid.",
        "Selenium verbetert je slaap.",
        "Een warm bad helpt bij slapeloosheid.",
    ] {
        assert_eq!(
            reported("nl", sentence),
            [] as [(String, String); 0],
            "{sentence}"
        );
    }
    assert_eq!(
        reported("en", "Melatonin helps with insomnia."),
        [] as [(String, String); 0]
    );
}

#[test]
fn the_nutrient_must_be_what_has_the_effect() {
    // Dutch puts the verb before the subject after an opening phrase; supplements carry it.
    for sentence in [
        "Volgens onderzoek helpt magnesium bij slapeloosheid.",
        "Bij slapeloosheid helpt magnesium.",
        "Supplementen met magnesium helpen bij slapeloosheid.",
    ] {
        assert_eq!(reported("nl", sentence).len(), 1, "{sentence}");
    }
    // Something else, or a group the sentence opens with, acts on the nutrient; a citation key
    // names a source; an organ says where, not what for.
    for sentence in [
        "Alcohol verlaagt je magnesium en verstoort je slaap.",
        "Mensen met diabetes verliezen meer magnesium, wat hun slaap verstoort.",
        "Het helpt bij slapeloosheid [@nih-magnesium].",
        "Magnesium wordt in je darmen opgenomen.",
    ] {
        assert_eq!(
            reported("nl", sentence),
            [] as [(String, String); 0],
            "{sentence}"
        );
    }
}

#[test]
fn a_cited_claim_is_compared_too() {
    let found = reported("nl", "Magnesium helpt bij slapeloosheid [@mah-2021].\n");
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn a_list_item_is_read_with_the_nutrient_of_its_lead_in() {
    let found = reported(
        "nl",
        "Magnesium is onder meer nodig voor:\n\n- de werking van je spieren\n- het regelen van je bloeddruk\n",
    );
    let texts: Vec<&str> = found.iter().map(|(text, _)| text.as_str()).collect();
    assert_eq!(texts, ["het regelen van je bloeddruk"], "{found:?}");
}

#[test]
fn built_in_registers_parse_and_agree_across_languages() -> crate::TestResult {
    let (_, nl) = checkers("nl");
    let (_, en) = checkers("en");
    for (lang, register) in [("nl", &nl), ("en", &en)] {
        for nutrient in &register.nutrients {
            assert!(
                !nutrient.claims.is_empty(),
                "{lang}: {} has no claims",
                nutrient.key
            );
            let general = nutrient.claims.iter().filter(|c| c.general).count();
            assert!(
                general <= 1,
                "{lang}: {} has {general} general claims",
                nutrient.key
            );
            for claim in &nutrient.claims {
                assert!(
                    !claim.conditions.trim().is_empty(),
                    "{lang}: {}",
                    claim.wording
                );
                assert!(
                    !claim.regulation.trim().is_empty(),
                    "{lang}: {}",
                    claim.wording
                );
                assert!(
                    !claim.register.trim().is_empty(),
                    "{lang}: {}",
                    claim.wording
                );
                assert!(!claim.functions.is_empty(), "{lang}: {}", claim.wording);
            }
        }
    }
    let keys = |r: &EuRegister| {
        r.nutrients
            .iter()
            .map(|n| n.key.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        keys(&nl),
        keys(&en),
        "the same nutrients, in the same order"
    );
    for wanted in [
        "magnesium",
        "vitamin-d",
        "calcium",
        "zinc",
        "iron",
        "vitamin-b12",
        "vitamin-c",
        "iodine",
        "folate",
        "dha-epa",
    ] {
        assert!(keys(&nl).iter().any(|k| k == wanted), "{wanted} is listed");
    }
    assert_eq!(nl.function_keys(), en.function_keys(), "the same functions");
    for (dutch, english) in nl.nutrients.iter().zip(&en.nutrients) {
        assert_eq!(
            dutch.claims.len(),
            english.claims.len(),
            "{}: as many claims in nl as in en",
            dutch.key
        );
        for (d, e) in dutch.claims.iter().zip(&english.claims) {
            // Claims in the same order: each pair covers the same functions.
            assert_eq!(d.functions, e.functions, "{} / {}", d.wording, e.wording);
            assert_eq!(d.general, e.general, "{} / {}", d.wording, e.wording);
            assert_eq!(d.checked, e.checked, "{} / {}", d.wording, e.wording);
        }
    }
    Ok(())
}

#[test]
fn a_function_the_file_does_not_define_is_reported_at_its_place() {
    let text = r#"
[functions.bones]
covers = ["botten"]

[[nutrients]]
key = "magnesium"
name = "magnesium"
terms = ["magnesium*"]
conditions = "bron van magnesium"
regulation = "Verordening (EU) nr. 432/2012, bijlage"
register = "EU-register"

[[nutrients.claims]]
wording = "Magnesium draagt bij tot de instandhouding van normale botten"
functions = ["bones", "teeth"]
checked = false
"#;
    let Err(problems) =
        EuRegister::parse(&SourceText::new("i18n/nl/eu-claims.toml", text.to_string()))
    else {
        panic!("a function that does not exist is a problem");
    };
    let lines: Vec<String> = problems.iter().map(|d| d.to_string()).collect();
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(
        lines[0].starts_with(
            "i18n/nl/eu-claims.toml:15:23: error[eu-claims]: there is no [functions.teeth]"
        ),
        "{lines:?}"
    );
}
