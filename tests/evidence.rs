//! Levels of evidence, review dates and complete references, on the `basic` fixture site with a
//! bibliography of sources of each level: `weak-source` at the claims that rest only on sources
//! below `[claims] min_level`, `review-due` at an old review date, `incomplete-reference` at the
//! entries that lack what a reader needs, and the levels shown on the built pages.

mod common;

use std::process::Command;

use common::Fixture;
use serde_json::Value;

const BIBLIOGRAPHY: &str = r#"
[[references]]
id = "overzicht"
title = "Magnesium and blood pressure: a narrative review"
authors = ["Jansen A", "Pietersen B"]
year = 2019
container = "Voeding Vandaag"
doi = "10.1000/overzicht"

[[references]]
id = "trial"
title = "A randomized controlled trial of magnesium and blood pressure"
authors = ["Klaassen C"]
year = 2020
container = "Voeding Vandaag"
doi = "10.1000/trial"

[[references]]
id = "mening"
title = "Magnesium for everyone"
authors = ["Dekker D"]
year = 2021
container = "Voeding Vandaag"
doi = "10.1000/mening"
level = "D"

[[references]]
id = "onbekend"
title = "Magnesium in everyday life"
authors = ["Vos E", "et al."]
year = 2022
container = "Voeding Vandaag"
doi = "10.1000/onbekend"

[[references]]
id = "factsheet"
title = "Magnesium: Fact Sheet for Health Professionals"
publisher = "National Institutes of Health, Office of Dietary Supplements"
url = "https://ods.od.nih.gov/factsheets/Magnesium-HealthProfessional/"
type = "webpage"
"#;

/// Line numbers in the assertions count from the `+++` on line 1.
const ARTICLE: &str = r#"+++
title = "Bewijs"
description = "Over bewijs."
date = 2025-01-01
reviewed_on = 2000-01-01
+++

Magnesium verlaagt de bloeddruk [@overzicht].

Magnesium verlaagt de bloeddruk bij ouderen [@overzicht; @trial].

<!-- kennis:weak-source -->
Volgens een verhalend overzichtsartikel verlaagt magnesium de bloeddruk; onderzoek bij mensen is schaars [@overzicht].

Magnesium ondersteunt volgens een mening de spieren en het zenuwstelsel [@mening]:

- het verlaagt de bloeddruk
- het helpt bij spierkrampen

Magnesium verlaagt de hartslag [@onbekend].

Magnesium is nodig voor de botten [@factsheet].
"#;

fn fixture(extra_config: &str) -> Fixture {
    let site = Fixture::new("basic");
    let config = site.read("site.toml");
    site.write("site.toml", format!("{config}\n{extra_config}"));
    site.write("content/bibliography.toml", BIBLIOGRAPHY);
    site.write("content/artikelen/bewijs.nl.md", ARTICLE);
    site
}

/// `kennis check --format json`: the exit code and the findings as (file:line, code, message).
fn check(site: &Fixture) -> (i32, Vec<(String, String, String)>) {
    let output = Command::new(env!("CARGO_BIN_EXE_kennis"))
        .args(["check", "--format", "json", "--root"])
        .arg(site.root())
        .output()
        .unwrap_or_else(|e| panic!("cannot run kennis: {e}"));
    let json: Value = serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&output.stdout)));
    let found = json["diagnostics"]
        .as_array()
        .unwrap_or_else(|| panic!("{json}"))
        .iter()
        .map(|d| {
            (
                format!("{}:{}", d["file"].as_str().unwrap_or(""), d["line"]),
                d["code"].as_str().unwrap_or("").to_string(),
                d["message"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    (output.status.code().unwrap_or(-1), found)
}

fn with_code<'a>(
    found: &'a [(String, String, String)],
    code: &str,
) -> Vec<&'a (String, String, String)> {
    found.iter().filter(|(_, c, _)| c == code).collect()
}

const ARTICLE_FILE: &str = "content/artikelen/bewijs.nl.md";

#[test]
fn a_claim_resting_only_on_weaker_sources_than_the_minimum_is_reported_at_the_claim() {
    let site = fixture("[claims]\nmin_level = \"C\"\n");
    let (code, found) = check(&site);
    assert_eq!(code, 0, "weak-source is a warning: {found:#?}");
    let weak = with_code(&found, "weak-source");
    let lines: Vec<&str> = weak.iter().map(|(at, ..)| at.as_str()).collect();
    // Line 8: only the narrative review (D, inferred from its title). Not line 10 (a trial
    // too), not line 13 (marked). Lines 15, 17 and 18: the lead-in and its items rest on an
    // opinion (D, set in the entry). Line 20: a source whose level nothing tells.
    assert_eq!(
        lines,
        [
            format!("{ARTICLE_FILE}:8"),
            format!("{ARTICLE_FILE}:15"),
            format!("{ARTICLE_FILE}:17"),
            format!("{ARTICLE_FILE}:18"),
            format!("{ARTICLE_FILE}:20"),
        ],
        "{weak:#?}"
    );
    assert!(
        weak[0]
            .2
            .contains("@overzicht (D: its title says \"narrative review\")"),
        "{}",
        weak[0].2
    );
    assert!(
        weak[1].2.contains("@mening (D: set in the entry)"),
        "{}",
        weak[1].2
    );
    assert!(
        weak[4]
            .2
            .contains("@onbekend (no level: set `level` in its entry)"),
        "{}",
        weak[4].2
    );

    // Without a minimum, levels are shown but not checked.
    let (_, found) = check(&fixture("[claims]\nuncited = \"error\"\n"));
    assert!(with_code(&found, "weak-source").is_empty(), "{found:#?}");
}

#[test]
fn a_comparison_row_on_weak_sources_is_reported_unless_the_table_says_why() {
    let site = fixture("[claims]\nmin_level = \"C\"\n");
    let table = "title = { nl = \"Vormen\", en = \"Forms\" }\ncaption = { nl = \"Vormen.\", en = \"Forms.\" }\n\
                 columns = [{ nl = \"Vorm\", en = \"Form\" }, { nl = \"Effect\", en = \"Effect\" }]\n\n\
                 [[rows]]\nsources = [\"overzicht\"]\ncells = [{ nl = \"Citraat\", en = \"Citrate\" }, \
                 { nl = \"Verlaagt de bloeddruk\", en = \"Lowers blood pressure\" }]\n";
    site.write("content/comparisons/vormen.toml", table);
    let (_, found) = check(&site);
    let weak: Vec<&String> = with_code(&found, "weak-source")
        .into_iter()
        .filter(|(at, ..)| at.starts_with("content/comparisons/"))
        .map(|(at, ..)| at)
        .collect();
    assert_eq!(weak.len(), 2, "a claim cell in each language: {found:#?}");

    site.write(
        "content/comparisons/vormen.toml",
        table.replace(
            "sources = [\"overzicht\"]",
            "sources = [\"overzicht\"]\nweak_source = true",
        ),
    );
    let (_, found) = check(&site);
    assert!(
        !with_code(&found, "weak-source")
            .iter()
            .any(|(at, ..)| at.starts_with("content/comparisons/")),
        "{found:#?}"
    );
}

#[test]
fn an_article_past_its_review_interval_is_reported_at_its_review_date() {
    let (_, found) = check(&fixture("[review]\ninterval_months = 24\n"));
    let due = with_code(&found, "review-due");
    assert_eq!(due.len(), 1, "{found:#?}");
    assert_eq!(due[0].0, format!("{ARTICLE_FILE}:5"));
    assert!(
        due[0]
            .2
            .starts_with("last reviewed on 2000-01-01, so due for review since 2002-01-01"),
        "{}",
        due[0].2
    );
    // The fixture's other articles were published in 2025 and never reviewed: due from 2027.
    assert!(due.iter().all(|(at, ..)| at.starts_with(ARTICLE_FILE)));

    let (_, found) = check(&fixture(""));
    assert!(with_code(&found, "review-due").is_empty());
}

#[test]
fn references_that_lack_what_a_reader_needs_are_reported() {
    let (_, found) = check(&fixture(""));
    let incomplete: Vec<(&str, &str)> = with_code(&found, "incomplete-reference")
        .iter()
        .map(|(at, _, message)| (at.as_str(), message.as_str()))
        .collect();
    assert_eq!(incomplete.len(), 3, "{incomplete:#?}");
    assert!(
        incomplete[0]
            .1
            .contains("\"onbekend\" has \"et al.\" among its authors")
    );
    assert!(incomplete[1].1.contains("\"factsheet\" has no year"));
    assert!(
        incomplete[2]
            .1
            .contains("web page \"factsheet\" has no accessed date")
    );
}

#[test]
fn the_reference_list_shows_each_sources_level_as_text() {
    let site = fixture("");
    site.build(&[]);
    let page = site.page("nl/artikelen/bewijs/index.html");
    let badge = |key: &str| page.text(&format!("#ref-{key} .evidence-level"));
    assert_eq!(
        badge("overzicht"),
        "Bewijsniveau D: verhalend overzicht, mening, dier- of laboratoriumonderzoek of commerciële bron"
    );
    assert_eq!(
        badge("trial"),
        "Bewijsniveau C: trial of cohortonderzoek bij mensen"
    );
    assert_eq!(
        badge("factsheet"),
        "Bewijsniveau A: richtlijn of advies van een gezaghebbende instantie"
    );
    // A source whose level nothing tells says so, rather than showing nothing.
    assert_eq!(badge("onbekend"), "Bewijsniveau onbekend");
}

#[test]
fn a_broken_rules_file_is_reported_when_one_article_is_checked() {
    let site = fixture("");
    site.write("i18n/nl/evidence.toml", "[[rules]]\nlevel = \"E\"\n");
    let output = Command::new(env!("CARGO_BIN_EXE_kennis"))
        .args(["check", "--format", "json", ARTICLE_FILE])
        .current_dir(site.root())
        .output()
        .unwrap_or_else(|e| panic!("cannot run kennis: {e}"));
    let json: Value = serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&output.stdout)));
    assert_eq!(output.status.code(), Some(1), "{json}");
    let rules: Vec<&Value> = json["diagnostics"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|d| d["code"] == "evidence-rules")
        .collect();
    assert_eq!(rules.len(), 1, "{json}");
    assert_eq!(rules[0]["file"], "i18n/nl/evidence.toml");
    assert_eq!(rules[0]["line"], 2);
}

#[test]
fn kennis_sources_prints_each_articles_evidence_profile() {
    let site = fixture("[claims]\nmin_level = \"C\"\n\n[review]\ninterval_months = 24\n");
    let output = Command::new(env!("CARGO_BIN_EXE_kennis"))
        .args(["sources", "--format", "json", "--root"])
        .arg(site.root())
        .output()
        .unwrap_or_else(|e| panic!("cannot run kennis: {e}"));
    assert_eq!(output.status.code(), Some(0));
    let json: Value = serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&output.stdout)));
    let article = json["articles"]
        .as_array()
        .and_then(|all| all.iter().find(|a| a["file"] == ARTICLE_FILE))
        .unwrap_or_else(|| panic!("{json}"));
    assert_eq!(
        article["sources_per_level"],
        serde_json::json!({"A": 1, "C": 1, "D": 2, "unknown": 1})
    );
    let uses: Vec<(String, u64)> = article["sources"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|s| {
            (
                s["key"].as_str().unwrap_or("").to_string(),
                s["claims"].as_u64().unwrap_or(0),
            )
        })
        .collect();
    assert_eq!(
        uses,
        [
            ("overzicht".to_string(), 3),
            ("trial".to_string(), 1),
            ("mening".to_string(), 3),
            ("onbekend".to_string(), 1),
            ("factsheet".to_string(), 1),
        ]
    );
    // Every claim but line 10's rests on one source.
    let single: Vec<u64> = article["single_source_claims"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|c| c["line"].as_u64())
        .collect();
    assert_eq!(single, [8, 13, 15, 17, 18, 20, 22]);
    assert_eq!(article["review"]["due"], "2002-01-01");
    assert_eq!(json["reviews_due"], serde_json::json!([ARTICLE_FILE]));

    let human = Command::new(env!("CARGO_BIN_EXE_kennis"))
        .args(["sources", "--root"])
        .arg(site.root())
        .output()
        .unwrap_or_else(|e| panic!("cannot run kennis: {e}"));
    let text = String::from_utf8_lossy(&human.stdout);
    assert!(
        text.contains(&format!(
            "{ARTICLE_FILE}: Bewijs\n  sources  5 (A 1, C 1, D 2, unknown 1)\n  claims   8: 7 on a single source, 0 without a source\n"
        )),
        "{text}"
    );
    assert!(
        text.contains("    @overzicht (D): 3 claims, 2 on it alone (lines 8, 13)\n"),
        "{text}"
    );
    assert!(
        text.ends_with(&format!("reviews due: 1\n  {ARTICLE_FILE}\n")),
        "{text}"
    );
}
