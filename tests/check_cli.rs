//! `kennis check` and the citation findings, on the `basic` fixture site with articles that
//! trigger every finding code, plus a lone Markdown file outside any site.

mod common;

use std::process::Command;

use common::Fixture;
use serde_json::Value;

/// An article whose references and citations trigger each reference finding. Line numbers in
/// the assertions below count from the `+++` on line 1.
const SOURCES_NL: &str = r#"+++
title = "Bronnen"
description = "Een artikel met bronnen."
date = 2025-11-13

[[references]]
id = "uwitonze-2018"
title = "Role of Magnesium in Vitamin D Activation and Function"
authors = ["Uwitonze AM", "Razzaque MS"]
year = 2018
container = "J Am Osteopath Assoc"
doi = "10.7556/jaoa.2018.037"
pmid = "29480918"

[[references]]
id = "zonder-vindplaats"
title = "Een werk zonder vindplaats"

[[references]]
id = "kapotte-ids"
doi = "doi:10.7556/jaoa"
pmid = "PMID29480918"
pmcid = "6186739"
isbn = "978-0-306-40615-8"
url = "www.example.org"

[[references]]
id = "zelfde-doi"
doi = "10.7556/JAOA.2018.037"

[[references]]
id = "dai-2018"
title = "Magnesium status and supplementation influence vitamin D status and metabolism"
pmid = "30541089"
+++

Magnesium is nodig om vitamine D te activeren [@uwitonze-2018; @dai-2018].

Vitamine D versterkt de botten [@uwitonze-2019].

Magnesium verlaagt de bloeddruk.

Magnesium helpt bij [@nih-magnesium]:

- de ontspanning van spieren
- een rustige hartslag

| Vorm | Effect | Bron |
|---|---|---|
| Citraat | Werkt laxerend bij hoge doses | [@uwitonze-2018, p. 183] |
"#;

/// Its translation cites one work fewer, and was made from an older version of it.
const SOURCES_EN: &str = r#"+++
title = "Sources"
description = "An article with sources."
date = 2025-11-13
translation_of_digest = "0123456789abcdef"
+++

Magnesium is needed to activate vitamin D [@uwitonze-2018].
"#;

/// The shared bibliography: one entry cited, one never, one id used for another work.
const BIBLIOGRAPHY: &str = r#"[[references]]
id = "nih-magnesium"
title = "Magnesium: Fact Sheet for Health Professionals"
publisher = "National Institutes of Health, Office of Dietary Supplements"
url = "https://ods.od.nih.gov/factsheets/Magnesium-HealthProfessional/"

[[references]]
id = "nih-magnesium-consumer"
title = "Magnesium: Fact Sheet for Consumers"
publisher = "National Institutes of Health, Office of Dietary Supplements"
url = "https://ods.od.nih.gov/factsheets/Magnesium-Consumer/"

[[references]]
id = "dai-2018"
title = "Vitamin D: Fact Sheet for Health Professionals"
url = "https://ods.od.nih.gov/factsheets/VitaminD-HealthProfessional/"
"#;

fn site() -> Fixture {
    let site = Fixture::new("basic");
    site.write("content/artikelen/bronnen.nl.md", SOURCES_NL);
    site.write("content/artikelen/bronnen.en.md", SOURCES_EN);
    site.write("content/bibliography.toml", BIBLIOGRAPHY);
    site
}

/// Runs `kennis check ARGS` in `dir`: exit code, standard output, standard error.
fn check_in(dir: &std::path::Path, args: &[&str]) -> (i32, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_kennis"))
        .arg("check")
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap_or_else(|e| panic!("cannot run kennis: {e}"));
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

fn check(site: &Fixture, args: &[&str]) -> (i32, String) {
    let (code, stdout, _) = check_in(site.root(), args);
    (code, stdout)
}

/// (line, column, end_line, end_column, severity, code) of each finding in the JSON output.
fn findings(json: &Value) -> Vec<(String, u64, u64, u64, u64, String, String)> {
    json["diagnostics"]
        .as_array()
        .unwrap_or_else(|| panic!("no diagnostics array: {json}"))
        .iter()
        .map(|d| {
            let n = |k: &str| d[k].as_u64().unwrap_or_else(|| panic!("{k} in {d}"));
            let s = |k: &str| {
                d[k].as_str()
                    .unwrap_or_else(|| panic!("{k} in {d}"))
                    .to_string()
            };
            (
                s("file"),
                n("line"),
                n("column"),
                n("end_line"),
                n("end_column"),
                s("severity"),
                s("code"),
            )
        })
        .collect()
}

#[test]
fn every_finding_is_reported_at_its_place() {
    let site = site();
    let (code, stdout) = check(&site, &["--format", "json"]);
    assert_eq!(code, 1, "{stdout}");
    let json: Value = serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{e}: {stdout}"));
    let nl = "content/artikelen/bronnen.nl.md";
    let bib = "content/bibliography.toml";
    let f = |file: &str, line, column, end_line, end_column, severity: &str, code: &str| {
        (
            file.to_string(),
            line,
            column,
            end_line,
            end_column,
            severity.to_string(),
            code.to_string(),
        )
    };
    assert_eq!(
        findings(&json),
        [
            f(
                "content/artikelen/bronnen.en.md",
                5,
                1,
                5,
                43,
                "warning",
                "stale-translation"
            ),
            f(
                "content/artikelen/bronnen.en.md",
                8,
                45,
                8,
                58,
                "warning",
                "translation-sources-differ"
            ),
            // The entries are minimal on purpose: each lacks a year too (and the shared web
            // pages their accessed dates), which incomplete-reference says.
            f(nl, 16, 6, 16, 25, "warning", "incomplete-reference"),
            f(nl, 16, 6, 16, 25, "error", "reference-without-locator"),
            f(nl, 16, 6, 16, 25, "warning", "unused-reference"),
            f(nl, 20, 6, 20, 19, "warning", "incomplete-reference"),
            f(nl, 20, 6, 20, 19, "warning", "unused-reference"),
            f(nl, 21, 7, 21, 25, "error", "invalid-identifier"),
            f(nl, 22, 8, 22, 22, "error", "invalid-identifier"),
            f(nl, 23, 9, 23, 18, "error", "invalid-identifier"),
            f(nl, 24, 8, 24, 27, "error", "invalid-identifier"),
            f(nl, 25, 7, 25, 24, "error", "invalid-identifier"),
            f(nl, 28, 6, 28, 18, "warning", "incomplete-reference"),
            f(nl, 28, 6, 28, 18, "warning", "unused-reference"),
            f(nl, 29, 7, 29, 30, "warning", "duplicate-reference"),
            f(nl, 32, 6, 32, 16, "error", "duplicate-reference-id"),
            f(nl, 32, 6, 32, 16, "warning", "incomplete-reference"),
            f(nl, 39, 34, 39, 47, "error", "unknown-citation"),
            f(nl, 41, 1, 41, 33, "error", "uncited-claim"),
            f(bib, 2, 6, 2, 21, "warning", "incomplete-reference"),
            f(bib, 5, 7, 5, 72, "warning", "incomplete-reference"),
            f(bib, 8, 6, 8, 30, "warning", "incomplete-reference"),
            f(bib, 8, 6, 8, 30, "warning", "unused-reference"),
            f(bib, 11, 7, 11, 62, "warning", "incomplete-reference"),
            f(bib, 14, 6, 14, 16, "warning", "incomplete-reference"),
            f(bib, 16, 7, 16, 71, "warning", "incomplete-reference"),
            f(
                "content/gidsen/alleen-nederlands.nl.md",
                1,
                1,
                1,
                1,
                "warning",
                "missing-translation"
            ),
        ]
    );
}

#[test]
fn json_output_has_the_design_shape() {
    let site = site();
    let (_, stdout) = check(&site, &["--format", "json"]);
    // Keys in the order DESIGN.md shows them.
    let first = stdout
        .split("},{")
        .next()
        .unwrap_or_else(|| panic!("{stdout}"));
    let keys: Vec<&str> = first
        .split('"')
        .collect::<Vec<_>>()
        .windows(2)
        .filter(|w| w[1].starts_with(':'))
        .map(|w| w[0])
        .collect();
    assert_eq!(
        keys,
        [
            "diagnostics",
            "file",
            "line",
            "column",
            "end_line",
            "end_column",
            "severity",
            "code",
            "message",
            "text"
        ]
    );
    let json: Value = serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        json["summary"],
        serde_json::json!({
            "errors": 9,
            "warnings": 18,
            "files": 4,
            "checked_pages": 27,
            "checked_files": 12,
            "drafts_skipped": ["content/gidsen/concept.nl.md"],
        })
    );
    let unknown = json["diagnostics"]
        .as_array()
        .and_then(|all| all.iter().find(|d| d["code"] == "unknown-citation"))
        .unwrap_or_else(|| panic!("no unknown-citation"));
    assert_eq!(
        unknown["message"],
        "no reference has the key \"uwitonze-2019\"; did you mean @uwitonze-2018?"
    );
    assert_eq!(unknown["text"], Value::Null);
    let claim = json["diagnostics"]
        .as_array()
        .and_then(|all| all.iter().find(|d| d["code"] == "uncited-claim"))
        .unwrap_or_else(|| panic!("no uncited-claim"));
    assert_eq!(
        claim["message"],
        "health claim has no source (effect on the body: 'verlaagt … bloeddruk')"
    );
    assert_eq!(claim["text"], "Magnesium verlaagt de bloeddruk.");
}

#[test]
fn human_output_is_one_line_per_finding_and_a_summary() {
    let site = site();
    let (code, stdout) = check(&site, &[]);
    assert_eq!(code, 1);
    assert!(stdout.contains(
        "content/artikelen/bronnen.nl.md:41:1: error[uncited-claim]: health claim has no source \
         (effect on the body: 'verlaagt … bloeddruk'): \"Magnesium verlaagt de bloeddruk.\"\n"
    ));
    assert!(
        stdout.ends_with("9 errors, 18 warnings in 4 files\n"),
        "{stdout}"
    );
}

/// The digest the checker gives for the Dutch article (from its own message, which must be
/// the same in every run).
fn digest(site: &Fixture) -> String {
    let (_, stdout) = check(site, &["content/artikelen/bronnen.en.md"]);
    let line = stdout
        .lines()
        .find(|l| l.contains("stale-translation"))
        .unwrap_or_else(|| panic!("no stale-translation in {stdout}"));
    let digest = line
        .rsplit("translation_of_digest = \"")
        .next()
        .and_then(|rest| rest.strip_suffix('"'))
        .unwrap_or_else(|| panic!("no digest in {line}"));
    assert_eq!(digest.len(), 16);
    digest.to_string()
}

#[test]
fn a_translation_with_the_current_digest_is_not_stale() {
    let site = site();
    let current = digest(&site);
    site.write(
        "content/artikelen/bronnen.en.md",
        SOURCES_EN.replace("0123456789abcdef", &current),
    );
    let (_, stdout) = check(&site, &["content/artikelen/bronnen.en.md"]);
    assert!(!stdout.contains("stale-translation"), "{stdout}");
    // Changing the Dutch text makes it stale again.
    site.write(
        "content/artikelen/bronnen.nl.md",
        SOURCES_NL.replace("Vitamine D versterkt", "Vitamine D sterkt"),
    );
    let (_, stdout) = check(&site, &["content/artikelen/bronnen.en.md"]);
    assert!(stdout.contains("warning[stale-translation]"), "{stdout}");
}

#[test]
fn a_windows_checkout_with_crlf_line_endings_has_the_same_digests() {
    let site = site();
    let current = digest(&site);
    let crlf = |text: &str| text.replace('\n', "\r\n");
    site.write("content/artikelen/bronnen.nl.md", crlf(SOURCES_NL));
    site.write(
        "content/artikelen/bronnen.en.md",
        crlf(&SOURCES_EN.replace("0123456789abcdef", &current)),
    );
    let (_, stdout) = check(&site, &["content/artikelen/bronnen.en.md"]);
    assert!(!stdout.contains("stale-translation"), "{stdout}");
}

#[test]
fn a_file_in_a_site_is_checked_with_the_site_around_it() {
    let site = site();
    let (code, stdout) = check(&site, &["content/artikelen/bronnen.en.md"]);
    assert_eq!(code, 0, "warnings only");
    assert_eq!(
        stdout.lines().collect::<Vec<_>>(),
        [
            &format!(
                "content/artikelen/bronnen.en.md:5:1: warning[stale-translation]: content/artikelen/bronnen.nl.md has changed since this translation was made (digest \"0123456789abcdef\", now \"{}\"): update the translation, then set translation_of_digest = \"{}\"",
                digest(&site),
                digest(&site)
            ),
            "content/artikelen/bronnen.en.md:8:45: warning[translation-sources-differ]: this translation cites other sources than content/artikelen/bronnen.nl.md: it does not cite @dai-2018, @nih-magnesium",
            "checked 1 file and 27 pages",
            "0 errors, 2 warnings in 1 file"
        ]
    );
}

#[test]
fn a_lone_file_takes_its_language_from_its_name_front_matter_or_option() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let run = |args: &[&str]| check_in(dir.path(), args);
    let article = "+++\ntitle = \"Los\"\ndescription = \"Los.\"\ndate = 2025-11-13\n+++\n\n\
                   Magnesium verlaagt de bloeddruk.\n\nMagnesium lowers blood pressure.\n";
    std::fs::write(dir.path().join("los.nl.md"), article).unwrap_or_else(|e| panic!("{e}"));
    let (code, stdout, _) = run(&["los.nl.md"]);
    assert_eq!(code, 1);
    assert!(
        stdout.starts_with("los.nl.md:7:1: error[uncited-claim]"),
        "{stdout}"
    );
    assert!(
        stdout.ends_with("1 error, 0 warnings in 1 file\n"),
        "Dutch lexicon only: {stdout}"
    );

    std::fs::write(dir.path().join("los.md"), article).unwrap_or_else(|e| panic!("{e}"));
    let (code, _, stderr) = run(&["los.md"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("which language is it?"), "{stderr}");
    let (_, stdout, _) = run(&["los.md", "--lang", "en"]);
    assert!(
        stdout.starts_with("los.md:9:1: error[uncited-claim]"),
        "{stdout}"
    );

    let declared = article.replace("+++\n\n", "lang = \"en\"\n+++\n\n");
    std::fs::write(dir.path().join("declared.md"), declared).unwrap_or_else(|e| panic!("{e}"));
    let (_, stdout, _) = run(&["declared.md"]);
    assert!(
        stdout.starts_with("declared.md:10:1: error[uncited-claim]"),
        "{stdout}"
    );
}

#[test]
fn citations_and_reference_lists_in_the_built_page() {
    let site = site();
    // Without the faulty entries and with uncited claims as warnings, the site builds.
    let clean = SOURCES_NL
        .replace("[@uwitonze-2019]", "[@uwitonze-2018]")
        .replace("id = \"dai-2018\"", "id = \"dai-2018-ajcn\"")
        .replace("@dai-2018]", "@dai-2018-ajcn]");
    let start = clean
        .find("[[references]]\nid = \"zonder-vindplaats\"")
        .unwrap_or(0);
    let end = clean
        .find("[[references]]\nid = \"dai-2018-ajcn\"")
        .unwrap_or(0);
    let clean = format!("{}{}", &clean[..start], &clean[end..]);
    site.write("content/artikelen/bronnen.nl.md", clean);
    let config = format!("{}\n[claims]\nuncited = \"warn\"\n", site.read("site.toml"));
    site.write("site.toml", config);
    let run = site.build(&[]);
    assert_eq!(run.code(), 0, "{}", run.stderr());

    let page = site.page("nl/artikelen/bronnen/index.html");
    let cites: Vec<(String, String)> = page
        .select("article sup.citation a")
        .iter()
        .map(|a| {
            (
                a.value().attr("href").unwrap_or_default().to_string(),
                a.text().collect(),
            )
        })
        .collect();
    let pair = |href: &str, n: &str| (href.to_string(), n.to_string());
    assert_eq!(
        cites,
        [
            pair("#ref-uwitonze-2018", "1"),
            pair("#ref-dai-2018-ajcn", "2"),
            pair("#ref-uwitonze-2018", "1"),
            pair("#ref-nih-magnesium", "3"),
            pair("#ref-uwitonze-2018", "1"),
        ],
        "numbered by first citation, in paragraphs, a lead-in and a table cell"
    );
    let cell = page.select("article td sup.citation");
    assert_eq!(cell.len(), 1);
    assert_eq!(cell[0].text().collect::<String>(), "[1, p. 183]");

    assert_eq!(page.text("section.references h2"), "Bronnen");
    let entries = page.select("section.references li");
    let ids: Vec<&str> = entries.iter().filter_map(|li| li.value().id()).collect();
    assert_eq!(
        ids,
        [
            "ref-uwitonze-2018",
            "ref-dai-2018-ajcn",
            "ref-nih-magnesium"
        ]
    );
    let links = |i: usize| -> Vec<String> {
        entries[i]
            .select(&scraper::Selector::parse("a").unwrap_or_else(|e| panic!("{e:?}")))
            .filter_map(|a| a.value().attr("href").map(str::to_string))
            .collect()
    };
    assert_eq!(
        links(0),
        [
            "https://doi.org/10.7556/jaoa.2018.037",
            "https://pubmed.ncbi.nlm.nih.gov/29480918/",
            "#cite-1",
            "#cite-3",
            "#cite-5"
        ],
        "to the publisher and PubMed, and back to each place it is cited"
    );
    assert_eq!(
        links(2),
        [
            "https://ods.od.nih.gov/factsheets/Magnesium-HealthProfessional/",
            "#cite-4"
        ]
    );
    // Every back link finds its citation on the page.
    for place in ["cite-1", "cite-2", "cite-3", "cite-4", "cite-5"] {
        assert_eq!(
            page.select(&format!("sup.citation a#{place}")).len(),
            1,
            "{place}"
        );
    }
    // The uncited claim is marked where it stands; the covered list is not.
    let marker = scraper::Selector::parse(".source-needed").unwrap_or_else(|e| panic!("{e:?}"));
    let marked: Vec<String> = page
        .select("article p")
        .iter()
        .filter(|p| p.select(&marker).next().is_some())
        .map(|p| common::collapse(&p.text().collect::<String>()))
        .collect();
    assert_eq!(marked, ["Magnesium verlaagt de bloeddruk.[bron nodig]"]);
    assert!(page.select("article li .source-needed").is_empty());
}

#[test]
fn zotero_exports_in_content_can_be_cited_in_faq_answers_too() {
    let site = Fixture::new("basic");
    site.write(
        "content/zotero.bib",
        "@article{dai_magnesium_2018,\n\
         \ttitle = {Magnesium status and supplementation influence vitamin {D} status and metabolism: results from a randomized trial},\n\
         \tvolume = {108},\n\
         \tdoi = {10.1093/ajcn/nqy274},\n\
         \tnumber = {6},\n\
         \tjournal = {The American Journal of Clinical Nutrition},\n\
         \tauthor = {Dai, Qi and Zhu, Xiangzhu and Manson, JoAnn E.},\n\
         \tyear = {2018},\n\
         \tpages = {1249--1258},\n\
         }\n",
    );
    site.write(
        "content/zotero.json",
        r#"[{"id": "uwitonze_role_2018", "type": "article-journal",
            "title": "Role of Magnesium in Vitamin D Activation and Function",
            "container-title": "The Journal of the American Osteopathic Association",
            "author": [{"family": "Uwitonze", "given": "Anne Marie"}, {"family": "Razzaque", "given": "Mohammed S."}],
            "issued": {"date-parts": [[2018]]}, "DOI": "10.7556/jaoa.2018.037", "PMID": "29480918"}]"#,
    );
    site.write(
        "content/artikelen/faq.nl.md",
        "+++\ntitle = \"Vragen\"\ndescription = \"Vragen.\"\ndate = 2025-11-13\n+++\n\n\
         ## Veelgestelde vragen {#faq}\n\n\
         ### Heb ik magnesium nodig voor vitamine D?\n\n\
         Ja: magnesium is nodig om vitamine D te activeren [@uwitonze_role_2018].\n\n\
         ### Helpt extra magnesium?\n\n\
         In een gerandomiseerde studie veranderde magnesium de vitamine D-status [@dai_magnesium_2018].\n",
    );
    let (code, stdout) = check(&site, &["content/artikelen/faq.nl.md"]);
    assert_eq!(code, 0, "{stdout}");
    let codes: Vec<&str> = stdout
        .lines()
        .filter_map(|l| l.split_once('[')?.1.split_once(']'))
        .map(|(code, _)| code)
        .collect();
    assert_eq!(codes, ["missing-translation"], "{stdout}");
    let run = site.build(&[]);
    assert_eq!(run.code(), 0, "{}", run.stderr());
    let page = site.page("nl/artikelen/faq/index.html");
    let cited: Vec<&str> = page
        .select("#faq ~ p sup.citation a, article p sup.citation a")
        .iter()
        .filter_map(|a| a.value().attr("href"))
        .collect();
    assert!(cited.contains(&"#ref-uwitonze_role_2018"), "{cited:?}");
    assert!(cited.contains(&"#ref-dai_magnesium_2018"), "{cited:?}");
    let dai = page.one("li#ref-dai_magnesium_2018");
    let text = common::collapse(&dai.text().collect::<String>());
    assert!(
        text.starts_with("Dai Q, Zhu X, Manson JE. Magnesium status and supplementation"),
        "{text}"
    );
    assert!(text.contains("2018;108(6):1249-1258"), "{text}");
    let hrefs: Vec<&str> = page
        .select("li#ref-uwitonze_role_2018 a")
        .iter()
        .filter_map(|a| a.value().attr("href"))
        .collect();
    assert_eq!(
        &hrefs[..2],
        [
            "https://doi.org/10.7556/jaoa.2018.037",
            "https://pubmed.ncbi.nlm.nih.gov/29480918/"
        ]
    );
}

#[test]
fn a_reader_that_stops_early_is_no_crash() {
    let site = site();
    // `kennis check --format json | head -c 1`: the reader is gone before the output is written.
    let mut child = Command::new(env!("CARGO_BIN_EXE_kennis"))
        .args(["check", "--format", "json", "--root"])
        .arg(site.root())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("run kennis: {e}"));
    drop(child.stdout.take());
    let output = child
        .wait_with_output()
        .unwrap_or_else(|e| panic!("wait: {e}"));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_ne!(output.status.code(), Some(101), "{stderr}");
}

/// `kennis check` finds exactly what a build finds, the links of the finished pages included.
#[test]
fn check_finds_what_a_build_finds() {
    let site = site();
    // FAQ answers, footnotes and a placeholder, so every part of a body is read.
    site.write(
        "content/artikelen/vragen.nl.md",
        "+++\ntitle = \"Vragen\"\ndescription = \"Vragen over slaap.\"\ndate = 2025-10-02\n+++\n\n\
         Tekst over slaap.[^1]\n\n[^1]: Een noot met [@bestaat-niet].\n\n\
         ## Veelgestelde vragen {#faq}\n\n### Helpt magnesium?\n\n\
         Magnesium verlaagt de bloeddruk.\n\n### Geen vraag\n\nTekst.\n\n\
         Schrijf hier het antwoord, met een bron bij elke bewering over gezondheid.\n",
    );
    let (_, stdout) = check(&site, &[]);
    let from_check: std::collections::BTreeSet<String> = stdout
        .lines()
        .filter(|l| l.contains(": error[") || l.contains(": warning["))
        .map(str::to_string)
        .collect();
    let from_build: std::collections::BTreeSet<String> =
        site.build(&[]).diagnostics().into_iter().collect();
    assert!(from_check.len() > 5, "{from_check:#?}");
    assert_eq!(from_check, from_build);
}

/// Problems only the finished pages show: a build fails on each, so a check must too, with the
/// same findings; `--content-only` leaves them out, as it says.
#[test]
fn a_clean_check_means_a_clean_build() {
    const HEAD: &str = "+++\ntitle = \"T\"\ndescription = \"D\"\ndate = 2025-01-01\n+++\n";
    let cases: [(&str, &str, String); 4] = [
        (
            "a template that fails on the article pages only when they are rendered",
            "templates/article.html",
            "{% extends \"base.html\" %}{% block content %}{{ article.no_such_field }}\
             {% endblock content %}"
                .to_string(),
        ),
        (
            "an editor's id that the theme uses too",
            "content/artikelen/ids.nl.md",
            format!("{HEAD}\n## Eigen {{#main_content}}\n"),
        ),
        (
            "a link to an anchor that the finished page does not have",
            "content/artikelen/anker.nl.md",
            format!("{HEAD}\n[weg](#nergens)\n"),
        ),
        (
            "a link in a template to a page that does not exist",
            "templates/tags.html",
            "{% extends \"base.html\" %}{% block content %}<a href=\"/nl/nergens/\">x</a>\
             {% endblock content %}"
                .to_string(),
        ),
    ];
    for (case, file, text) in cases {
        let site = Fixture::new("basic");
        let (code, clean) = check(&site, &["--format", "json"]);
        assert_eq!(code, 0, "the fixture is clean before {case}: {clean}");
        site.write(file, &text);

        let built = Command::new(env!("CARGO_BIN_EXE_kennis"))
            .args(["build", "--format", "json", "--root"])
            .arg(site.root())
            .output()
            .unwrap_or_else(|e| panic!("cannot run kennis: {e}"));
        assert_eq!(built.status.code(), Some(1), "{case}: the build fails");
        let built: Value =
            serde_json::from_slice(&built.stdout).unwrap_or_else(|e| panic!("{case}: {e}"));

        let (code, checked) = check(&site, &["--format", "json"]);
        assert_eq!(code, 1, "{case}: the check fails too: {checked}");
        let checked: Value =
            serde_json::from_str(&checked).unwrap_or_else(|e| panic!("{case}: {e}"));
        assert!(!findings(&checked).is_empty(), "{case}");
        assert_eq!(findings(&checked), findings(&built), "{case}");
        assert!(
            checked["summary"]["checked_pages"].as_u64() > Some(10),
            "{case}: {checked}"
        );

        let (code, content) = check(&site, &["--format", "json", "--content-only"]);
        assert_eq!(
            code, 0,
            "{case}: only the finished pages show it: {content}"
        );
        let content: Value =
            serde_json::from_str(&content).unwrap_or_else(|e| panic!("{case}: {e}"));
        assert_eq!(content["summary"]["checked_pages"], 0, "{case}");
    }
}

#[test]
fn json_output_holds_configuration_errors_and_build_findings_too() {
    // A site without site.toml: the error is a finding in the JSON, not only text on stderr.
    let empty = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let (code, stdout, stderr) = check_in(empty.path(), &["--format", "json"]);
    assert_eq!(code, 2, "{stderr}");
    let json: Value = serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{e}: {stdout}"));
    assert_eq!(json["diagnostics"][0]["code"], "config", "{json}");
    assert_eq!(json["diagnostics"][0]["file"], "site.toml", "{json}");
    assert_eq!(json["summary"]["errors"], 1);

    // `kennis build --format json` prints the same report.
    let site = site();
    let output = Command::new(env!("CARGO_BIN_EXE_kennis"))
        .args(["build", "--format", "json", "--root"])
        .arg(site.root())
        .output()
        .unwrap_or_else(|e| panic!("cannot run kennis: {e}"));
    assert_eq!(output.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&output.stdout);
    let json: Value = serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{e}: {stdout}"));
    let (_, checked) = check(&site, &["--format", "json"]);
    let checked: Value = serde_json::from_str(&checked).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(findings(&json), findings(&checked));
}

#[test]
fn a_clean_check_says_how_many_files_it_read_and_which_drafts_it_left_out() {
    let site = site();
    let (_, stdout) = check(&site, &[]);
    assert!(
        stdout.contains(
            "\nchecked 12 files and 27 pages; 1 draft left out (check it with --drafts): \
             content/gidsen/concept.nl.md\n"
        ),
        "{stdout}"
    );
    // A draft named on its own is not checked without --drafts, and the output says so
    // instead of a clean "0 files".
    let (code, stdout) = check(&site, &["content/gidsen/concept.nl.md"]);
    assert_eq!(code, 0);
    assert_eq!(
        stdout,
        "checked 0 files; 1 draft left out (check it with --drafts): content/gidsen/concept.nl.md\n\
         0 errors, 0 warnings in 0 files\n"
    );
    let (_, stdout) = check(&site, &["content/gidsen/concept.nl.md", "--drafts"]);
    assert!(stdout.contains("checked 1 file and 28 pages\n"), "{stdout}");
}
