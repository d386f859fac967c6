//! `[claims] eu_register = true`: health claims about a nutrient of the EU register that no
//! authorised claim covers are reported by `kennis check` as `unauthorised-health-claim`, at
//! their place, with the closest authorised wording; with the setting off, nothing is.

mod common;

use std::process::Command;

use common::Fixture;
use serde_json::Value;

const SITE_TOML: &str = r#"base_url = "https://example.org/"
default_language = "nl"

[languages.nl]
title = "Testkennis"
description = "Een testsite."
locale = "nl_NL"

[languages.en]
title = "Test knowledge"
description = "A test site."
locale = "en_GB"

[claims]
uncited = "error"
"#;

// Line 9 holds the claim that goes beyond the register; line 11 an authorised one in other
// words; line 13 an amount. All three are cited, so only the register check can report them.
const ARTICLE_NL: &str = r#"+++
title = "Magnesium"
description = "Over magnesium."
date = 2025-10-01
+++

## Wat doet magnesium?

Volgens een overzicht helpt magnesium bij slapeloosheid [@mah-2021].

Magnesium ondersteunt je spieren [@mah-2021].

Volwassenen hebben ongeveer 350 mg magnesium per dag nodig [@mah-2021].
"#;

const ARTICLE_EN: &str = r#"+++
title = "Magnesium"
description = "About magnesium."
date = 2025-10-01
+++

## What does magnesium do?

Magnesium helps with insomnia [@mah-2021].
"#;

const BIBLIOGRAPHY: &str = r#"[[references]]
id = "mah-2021"
title = "Oral magnesium supplementation for insomnia in older adults: a Systematic Review & Meta-Analysis"
authors = ["Mah J", "Pitre T"]
year = 2021
container = "BMC Complement Med Ther"
doi = "10.1186/s12906-021-03297-z"
"#;

fn site(eu_register: Option<bool>) -> Fixture {
    let site = Fixture::new("basic");
    let setting = match eu_register {
        Some(on) => format!("eu_register = {on}\n"),
        None => String::new(),
    };
    site.write("site.toml", format!("{SITE_TOML}{setting}"));
    site.write("content/artikelen/magnesium.nl.md", ARTICLE_NL);
    site.write("content/artikelen/magnesium.en.md", ARTICLE_EN);
    site.write("content/bibliography.toml", BIBLIOGRAPHY);
    site
}

/// The `unauthorised-health-claim` findings of `kennis check --format json`: file, line,
/// column, severity, message and text.
fn register_findings(site: &Fixture) -> Vec<(String, u64, u64, String, String, String)> {
    let output = Command::new(env!("CARGO_BIN_EXE_kennis"))
        .args(["check", "--format", "json"])
        .current_dir(site.root())
        .output()
        .unwrap_or_else(|e| panic!("cannot run kennis: {e}"));
    let stdout = String::from_utf8_lossy(&output.stdout);
    let json: Value =
        serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("not JSON ({e}): {stdout}"));
    let all = json["diagnostics"]
        .as_array()
        .unwrap_or_else(|| panic!("no diagnostics: {json}"));
    assert!(
        all.iter().all(|d| d["severity"] != "error"),
        "the site has no errors: {json}"
    );
    all.iter()
        .filter(|d| d["code"] == "unauthorised-health-claim")
        .map(|d| {
            let s = |k: &str| d[k].as_str().unwrap_or_default().to_string();
            let n = |k: &str| d[k].as_u64().unwrap_or_default();
            (
                s("file"),
                n("line"),
                n("column"),
                s("severity"),
                s("message"),
                s("text"),
            )
        })
        .collect()
}

#[test]
fn a_claim_beyond_the_register_is_reported_at_its_place_with_the_closest_wording() {
    let found = register_findings(&site(Some(true)));
    assert_eq!(
        found,
        [
            (
                "content/artikelen/magnesium.en.md".to_string(),
                9,
                1,
                "warning".to_string(),
                "health claim beyond the EU register: no authorised claim for magnesium covers \
                 'insomnia'; closest authorised wording: \"Magnesium contributes to normal \
                 functioning of the nervous system\" (Regulation (EU) No 432/2012, Annex)"
                    .to_string(),
                "Magnesium helps with insomnia [@mah-2021].".to_string(),
            ),
            (
                "content/artikelen/magnesium.nl.md".to_string(),
                9,
                1,
                "warning".to_string(),
                "health claim beyond the EU register: no authorised claim for magnesium covers \
                 'slapeloosheid'; closest authorised wording: \"Magnesium draagt bij tot een \
                 normale werking van het zenuwstelsel\" (Verordening (EU) nr. 432/2012, bijlage)"
                    .to_string(),
                "Volgens een overzicht helpt magnesium bij slapeloosheid [@mah-2021].".to_string(),
            ),
        ]
    );
}

#[test]
fn with_the_setting_off_nothing_is_compared() {
    assert_eq!(register_findings(&site(None)), []);
    assert_eq!(register_findings(&site(Some(false))), []);
}

#[test]
fn a_sites_own_register_takes_precedence_and_its_problems_have_positions() {
    let site = site(Some(true));
    // A register that knows only magnesium's muscle claim, with a function it does not define.
    site.write(
        "i18n/en/eu-claims.toml",
        r#"[functions.muscle-function]
covers = ["muscles"]

[[nutrients]]
key = "magnesium"
name = "magnesium"
terms = ["magnesium"]
conditions = "At least a source of magnesium."
regulation = "Regulation (EU) No 432/2012, Annex"
register = "EU Register"

[[nutrients.claims]]
wording = "Magnesium contributes to normal muscle function"
functions = ["muscle-function", "sleep"]
checked = false
"#,
    );
    let output = Command::new(env!("CARGO_BIN_EXE_kennis"))
        .args(["check", "--content-only"])
        .current_dir(site.root())
        .output()
        .unwrap_or_else(|e| panic!("cannot run kennis: {e}"));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(1), "{stdout}");
    assert!(
        stdout.contains(
            "i18n/en/eu-claims.toml:14:33: error[eu-claims]: there is no [functions.sleep]"
        ),
        "{stdout}"
    );

    site.write(
        "i18n/en/eu-claims.toml",
        site.read("i18n/en/eu-claims.toml")
            .replace(", \"sleep\"]", "]"),
    );
    let found = register_findings(&site);
    let english: Vec<&str> = found
        .iter()
        .filter(|f| f.0.ends_with(".en.md"))
        .map(|f| f.4.as_str())
        .collect();
    assert_eq!(
        english,
        [
            "health claim beyond the EU register: no authorised claim for magnesium covers \
          'insomnia'; closest authorised wording: \"Magnesium contributes to normal muscle \
          function\" (Regulation (EU) No 432/2012, Annex)"
        ]
    );
}
