//! `kennis import` into a site: references the site's bibliography has (by DOI, PubMed
//! address, …) are cited by its ids, new ids collide with no id of the site or of the run, and
//! the report lists the claims left without a source at their lines in the written article,
//! the same lines `kennis check` reports.

mod common;

use std::collections::BTreeSet;
use std::path::Path;
use std::process::{Command, Output};

use common::{Fixture, repo_root};

/// The two entries of this repository's bibliography the fixture site shares.
const SHARED: [&str; 2] = ["uwitonze-2018", "dai-2018"];

/// The basic fixture site with a bibliography of two entries copied from this repository's
/// own, and an English article whose reference has the id `smit-2020`.
fn site() -> Fixture {
    let site = Fixture::new("basic");
    let ours: toml::Table = std::fs::read_to_string(repo_root().join("content/bibliography.toml"))
        .expect("the repository's bibliography")
        .parse()
        .expect("it is TOML");
    let entries: Vec<toml::Value> = ours["references"]
        .as_array()
        .expect("[[references]]")
        .iter()
        .filter(|e| SHARED.contains(&e["id"].as_str().unwrap_or_default()))
        .cloned()
        .collect();
    assert_eq!(entries.len(), 2, "both entries are in the repository");
    let mut shared = toml::Table::new();
    shared.insert("references".into(), toml::Value::Array(entries));
    site.write(
        "content/bibliography.toml",
        toml::to_string(&shared).expect("TOML"),
    );
    site.write(
        "content/artikelen/zon.en.md",
        "+++\ntitle = \"Sun\"\ndescription = \"About the sun.\"\ndate = 2025-10-01\n\n\
         [[references]]\nid = \"smit-2020\"\ntitle = \"Zon\"\nyear = 2020\n\
         url = \"https://example.org/zon\"\n+++\n\nSunshine is warm [@smit-2020].\n",
    );
    site
}

fn import(site: &Fixture, extra: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kennis"))
        .args(["import", "--date", "2025-03-03", "--root"])
        .arg(site.root())
        .args(extra)
        .output()
        .expect("run kennis")
}

/// Front matter (as TOML) and body of a written article.
fn article(site: &Fixture, relative: &str) -> (toml::Table, String) {
    let text = site.read(relative);
    let rest = text.strip_prefix("+++\n").expect("front matter");
    let (front, body) = rest.split_once("+++\n").expect("end of front matter");
    (
        front.parse().expect("front matter is TOML"),
        body.to_string(),
    )
}

fn references(front: &toml::Table) -> Vec<(String, String)> {
    front
        .get("references")
        .and_then(|r| r.as_array())
        .map(|r| {
            r.iter()
                .map(|e| {
                    let field = |name: &str| e.get(name).and_then(|v| v.as_str()).unwrap_or("");
                    (field("id").to_string(), field("doi").to_string())
                })
                .collect()
        })
        .unwrap_or_default()
}

/// The lines of `file` the report lists as claims without a source, checked to be in the
/// file: each quotes the start of its line's text.
fn reported_claim_lines(report: &str, written: &Path) -> BTreeSet<usize> {
    let prefix = format!("{}:", written.display());
    let text = std::fs::read_to_string(written).expect("written article");
    let lines: Vec<&str> = text.lines().collect();
    let mut found = BTreeSet::new();
    for entry in report.lines().filter_map(|l| l.strip_prefix(&prefix)) {
        let (line, rest) = entry.split_once(": ").expect("file:line: …");
        let line: usize = line.parse().expect("a line number");
        assert!(rest.starts_with("review: health claim"), "{entry}");
        let quoted = rest
            .rsplit_once(": \"")
            .map(|(_, q)| q.trim_end_matches('"').trim_end_matches(" …"))
            .expect("the claim is quoted");
        let shown = lines[line - 1];
        let plain: String = shown.replace('\\', "");
        let start: String = quoted.chars().take(20).collect();
        assert!(
            plain.contains(&start),
            "line {line} is {shown:?}, the report quotes {quoted:?}"
        );
        found.insert(line);
    }
    found
}

/// The lines `kennis check` reports as uncited claims in `file`, and its findings about
/// references.
fn check(site: &Fixture, file: &str) -> (BTreeSet<usize>, Vec<String>) {
    let run = site.check(&["--content-only", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&run.stdout()).expect("JSON");
    let diagnostics = json["diagnostics"].as_array().expect("diagnostics");
    let uncited = diagnostics
        .iter()
        .filter(|d| d["file"] == file && d["code"] == "uncited-claim")
        .map(|d| d["line"].as_u64().expect("line") as usize)
        .collect();
    let about_references = diagnostics
        .iter()
        .filter(|d| d["file"] == file)
        .filter(|d| {
            let code = d["code"].as_str().unwrap_or_default();
            matches!(
                code,
                "unknown-citation"
                    | "duplicate-reference-id"
                    | "duplicate-reference"
                    | "reference-without-locator"
                    | "invalid-identifier"
                    | "bibliography"
            )
        })
        .map(|d| {
            format!(
                "{}:{}: {}: {}",
                d["file"], d["line"], d["code"], d["message"]
            )
        })
        .collect();
    (uncited, about_references)
}

const FIRST: &str = "Magnesium en vitamine D bij ouderen

Magnesium is nodig voor de activering van vitamine D in de lever en de nieren.

Een tekort aan magnesium verlaagt de vitamine D-spiegel in het bloed.

In dit artikel lees je meer over beide stoffen.

Bronnen:
1. Dai, A. (2018). Vitamin D and sleep in older adults. Journal of Sleep Studies, 4(2), 10–20. https://doi.org/10.5555/sleep.2018.1
2. Uwitonze, A.M., & Razzaque, M.S. (2018). Role of magnesium in vitamin D activation and function. Journal of the American Osteopathic Association, 118(3), 181–189. doi:10.7556/JAOA.2018.037
3. Dai Q, Zhu X, Manson JE, et al. Magnesium status and supplementation influence vitamin D status and metabolism: results from a randomized trial. Am J Clin Nutr. 2018;108(6):1249-1258. https://pubmed.ncbi.nlm.nih.gov/30541089/
";

const SECOND: &str = "Magnesium en spierkrampen

Magnesium vermindert spierkrampen bij sporters.

Bronnen:
1. Dai, B. (2018). Magnesium and muscle cramps. Sports Journal, 2(1), 5–9. https://doi.org/10.5555/cramps.2018.2
2. Smit, J. (2020). Zon. Nederlands Tijdschrift, 3(4), 1–2. https://www.example.org/zon/
";

#[test]
fn a_text_import_cites_the_bibliography_and_takes_no_id_in_use() {
    let site = site();
    site.write("eerste.txt", FIRST);
    site.write("tweede.txt", SECOND);
    let path = |name: &str| site.root().join(name).to_string_lossy().into_owned();
    let run = import(&site, &[&path("eerste.txt"), &path("tweede.txt")]);
    let report = String::from_utf8_lossy(&run.stderr).into_owned();
    assert!(run.status.success(), "{report}");

    let first = "content/artikelen/magnesium-en-vitamine-d-bij-ouderen.nl.md";
    let (front, body) = article(&site, first);
    // Only the new work is the article's own, under an id no one has; the others are the
    // bibliography's.
    assert_eq!(
        references(&front),
        vec![("dai-2018-2".to_string(), "10.5555/sleep.2018.1".to_string())],
        "{report}"
    );
    assert!(!body.contains("[@"), "a text has no citations: {body}");
    assert!(
        report.contains("eerste.txt:10: recognised: reference 1 → \"dai-2018-2\" (\"dai-2018\" is taken by the bibliography)"),
        "{report}"
    );
    assert!(
        report.contains("eerste.txt:11: recognised: reference 2 is \"uwitonze-2018\" from the bibliography (same DOI 10.7556/jaoa.2018.037)"),
        "{report}"
    );
    assert!(
        report.contains("eerste.txt:12: recognised: reference 3 is \"dai-2018\" from the bibliography (same PMID 30541089)"),
        "{report}"
    );

    // The second text of the run: no id of the first, nor of the site's other articles.
    let (front, _) = article(&site, "content/artikelen/magnesium-en-spierkrampen.nl.md");
    assert_eq!(
        references(&front),
        vec![
            (
                "dai-2018-3".to_string(),
                "10.5555/cramps.2018.2".to_string()
            ),
            ("smit-2020-2".to_string(), String::new()),
        ],
        "{report}"
    );
    assert!(
        report.contains(
            "tweede.txt:7: recognised: reference 2 → \"smit-2020-2\" (\"smit-2020\" is taken by "
        ),
        "{report}"
    );
    // The same page as the English article's source: the editor is told to share it.
    assert!(
        report.contains("tweede.txt:7: review: this work is \"smit-2020\" in ")
            && report.contains(
                "zon.en.md too: to cite one entry from both, move it to content/bibliography.toml"
            ),
        "{report}"
    );

    // The claims left without a source are those `kennis check` finds, at the same lines.
    let listed = reported_claim_lines(&report, &site.root().join(first));
    assert!(listed.len() >= 2, "{report}");
    let (uncited, about_references) = check(&site, first);
    assert_eq!(listed, uncited, "{report}");
    assert!(about_references.is_empty(), "{about_references:#?}");
}

#[cfg(feature = "import-html")]
const PAGE: &str = r##"<!DOCTYPE html>
<html lang="nl"><head><title>Magnesium en vitamine D</title></head>
<body><article>
<h1>Magnesium en vitamine D</h1>
<p>Magnesium verhoogt de vitamine D-spiegel bij mensen met een lage beginwaarde<sup><a href="#ref-2">2</a></sup>.</p>
<p>Magnesium is nodig om vitamine D te activeren in de lever<sup><a href="#ref-3">3</a></sup>.</p>
<p>Vitamine D verbetert de slaap van ouderen<sup><a href="#ref-1">1</a></sup>.</p>
<p>Een tekort aan magnesium veroorzaakt spierkrampen en vermoeidheid.</p>
<h2>Bronnen</h2>
<ol>
<li id="ref-1">Dai, A. (2018). Vitamin D and sleep in older adults. Journal of Sleep Studies, 4(2), 10–20. <a href="https://doi.org/10.5555/sleep.2018.1">https://doi.org/10.5555/sleep.2018.1</a></li>
<li id="ref-2">Dai Q, Zhu X, Manson JE, et al. Magnesium status and supplementation influence vitamin D status and metabolism: results from a randomized trial. Am J Clin Nutr. 2018;108(6):1249-1258. <a href="https://pubmed.ncbi.nlm.nih.gov/30541089/">https://pubmed.ncbi.nlm.nih.gov/30541089/</a></li>
<li id="ref-3">Uwitonze AM, Razzaque MS. Role of magnesium in vitamin D activation and function. J Am Osteopath Assoc. 2018;118(3):181-189. <a href="https://doi.org/10.7556/jaoa.2018.037">doi:10.7556/jaoa.2018.037</a></li>
</ol>
</article></body></html>
"##;

#[cfg(feature = "import-html")]
#[test]
fn a_page_import_cites_the_bibliography_ids_in_its_text() {
    let site = site();
    site.write("pagina.html", PAGE);
    let input = site.root().join("pagina.html");
    let run = import(&site, &[input.to_str().expect("UTF-8 path")]);
    let report = String::from_utf8_lossy(&run.stderr).into_owned();
    assert!(run.status.success(), "{report}");

    let written = "content/artikelen/magnesium-en-vitamine-d.nl.md";
    let (front, body) = article(&site, written);
    assert_eq!(
        references(&front),
        vec![("dai-2018-2".to_string(), "10.5555/sleep.2018.1".to_string())],
        "{report}"
    );
    // The page's "dai-2018-2" (the trial) is now the bibliography's "dai-2018", and its own
    // "dai-2018" (the new work) is "dai-2018-2": both at once.
    assert!(
        body.contains("lage beginwaarde[@dai-2018]."),
        "{body}\n{report}"
    );
    assert!(body.contains("in de lever[@uwitonze-2018]."), "{body}");
    assert!(body.contains("van ouderen[@dai-2018-2]."), "{body}");

    let listed = reported_claim_lines(&report, &site.root().join(written));
    let (uncited, about_references) = check(&site, written);
    assert_eq!(listed, uncited, "{report}");
    // The uncited sentence is listed, the cited ones are not.
    let text = site.read(written);
    let line_of = |needle: &str| {
        text.lines()
            .position(|l| l.contains(needle))
            .map(|i| i + 1)
            .expect("the sentence is in the article")
    };
    assert!(
        listed.contains(&line_of("veroorzaakt spierkrampen")),
        "{report}"
    );
    assert!(
        !listed.contains(&line_of("beginwaarde[@dai-2018]")),
        "{report}"
    );
    assert!(about_references.is_empty(), "{about_references:#?}");
}

#[test]
fn a_broken_bibliography_is_not_joined_with_and_the_report_says_so() {
    let site = site();
    let shared = site.read("content/bibliography.toml");
    site.write(
        "content/bibliography.toml",
        format!("{shared}\n[[references]]\nid = \"kapot\"\nonbekend = 1\n"),
    );
    site.write("eerste.txt", FIRST);
    let input = site.root().join("eerste.txt");
    let run = import(&site, &[input.to_str().expect("UTF-8 path"), "--dry-run"]);
    let report = String::from_utf8_lossy(&run.stderr).into_owned();
    assert!(run.status.success(), "{report}");
    let bibliography = site.root().join("content/bibliography.toml");
    assert!(
        report.contains(&format!("{}:", bibliography.display()))
            && report.contains("the bibliography has errors"),
        "{report}"
    );
    // Nothing is joined, and the new ids still avoid the bibliography's.
    let markdown = String::from_utf8_lossy(&run.stdout);
    assert!(markdown.contains("id = \"dai-2018-2\""), "{markdown}");
    assert!(markdown.contains("id = \"uwitonze-2018-2\""), "{markdown}");
    assert!(!markdown.contains("id = \"dai-2018\"\n"), "{markdown}");
}

#[cfg(feature = "bibliographies")]
#[test]
fn an_exported_bibliography_is_joined_with_too() {
    let site = site();
    site.write(
        "content/zotero.bib",
        "@article{grober2017,\n  author = {Gröber, Uwe and Schmidt, Joachim and Kisters, Klaus},\n  \
         title = {Magnesium in Prevention and Therapy},\n  journal = {Nutrients},\n  year = {2015},\n  \
         doi = {10.3390/nu7095388}\n}\n",
    );
    site.write(
        "tekst.txt",
        "Magnesium in de praktijk\n\nMagnesium is nodig voor sterke botten.\n\nBronnen:\n\
         1. Gröber, U., Schmidt, J., & Kisters, K. (2015). Magnesium in prevention and therapy. \
         Nutrients, 7(9), 8199–8226. https://doi.org/10.3390/NU7095388\n",
    );
    let input = site.root().join("tekst.txt");
    let run = import(&site, &[input.to_str().expect("UTF-8 path"), "--dry-run"]);
    let report = String::from_utf8_lossy(&run.stderr).into_owned();
    assert!(run.status.success(), "{report}");
    assert!(
        report.contains(
            "reference 1 is \"grober2017\" from the bibliography (same DOI 10.3390/nu7095388)"
        ),
        "{report}"
    );
    let markdown = String::from_utf8_lossy(&run.stdout);
    assert!(!markdown.contains("[[references]]"), "{markdown}");
}
