//! `kennis import` from the command line: where it writes, what it refuses, its report, and
//! that what it writes builds.

mod common;

use std::path::Path;
use std::process::{Command, Output};

use common::{Fixture, repo_root};

const SEED: &str = "tests/fixtures/seeds/004_7b019d330a10533c.txt";
const ARTICLE: &str = "content/artikelen/magnesium-en-vitamine-d-hoe-werken-ze-samen.nl.md";

fn import(root: &Path, extra: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kennis"))
        .arg("import")
        .arg("--root")
        .arg(root)
        .args(extra)
        .output()
        .expect("run kennis")
}

fn seed() -> String {
    repo_root().join(SEED).to_string_lossy().into_owned()
}

#[test]
fn imports_into_the_section_and_refuses_to_overwrite_without_force() {
    let site = Fixture::new("basic");
    let run = import(site.root(), &[&seed()]);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(
        stderr.contains(&format!("wrote {}", site.root().join(ARTICLE).display())),
        "{stderr}"
    );
    assert!(
        stderr.contains("004_7b019d330a10533c.txt:2: recognised: date 2025-11-13"),
        "{stderr}"
    );
    let written = site.read(ARTICLE);
    assert!(written.starts_with("+++\ntitle = \"Magnesium en vitamine D: hoe werken ze samen?\""));

    // The editor's changes are never overwritten by accident.
    site.write(ARTICLE, "edited by hand");
    let again = import(site.root(), &[&seed()]);
    assert_eq!(again.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&again.stderr).contains("exists already: pass --force"));
    assert_eq!(site.read(ARTICLE), "edited by hand");
    // A trial run refuses what the real run would refuse.
    let trial = import(site.root(), &[&seed(), "--dry-run"]);
    assert_eq!(trial.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&trial.stderr).contains("exists already: pass --force"));
    assert!(trial.stdout.is_empty());

    let forced = import(site.root(), &[&seed(), "--force"]);
    assert!(forced.status.success());
    assert_eq!(site.read(ARTICLE), written);
}

#[test]
fn the_imported_article_builds_with_the_site() {
    let site = Fixture::new("basic");
    assert!(import(site.root(), &[&seed()]).status.success());
    // Imported text has no citations yet: with uncited claims as errors it cannot be published.
    assert_eq!(site.build(&[]).code(), 1);
    let config = format!("{}\n[claims]\nuncited = \"warn\"\n", site.read("site.toml"));
    site.write("site.toml", &config);
    let run = site.build(&[]);
    assert_eq!(run.code(), 0, "{}", run.stderr());
    let page = site.page("nl/artikelen/magnesium-en-vitamine-d-hoe-werken-ze-samen/index.html");
    assert_eq!(
        page.text("article h1"),
        "Magnesium en vitamine D: hoe werken ze samen?"
    );
    assert_eq!(page.select("#faq").len(), 1);
    assert_eq!(page.select(".prose table").len(), 1);
    // Each uncited claim is marked where a reader sees it.
    assert!(!page.select("sup.source-needed").is_empty());
    assert!(run.stderr().contains("warning[uncited-claim]"));
}

#[test]
fn dry_run_prints_and_report_goes_to_a_file() {
    let site = Fixture::new("basic");
    let report = site.root().join("report.txt");
    let run = import(
        site.root(),
        &[&seed(), "--dry-run", "--report", report.to_str().unwrap()],
    );
    assert!(run.status.success());
    assert!(
        String::from_utf8_lossy(&run.stdout)
            .contains("## Veelgestelde vragen over vitamine D en magnesium {#faq}")
    );
    assert!(
        !site.root().join(ARTICLE).exists(),
        "a dry run writes nothing"
    );
    let report = std::fs::read_to_string(report).unwrap();
    assert!(
        report.contains(":69: review: reference 11 is the same work as \"deng-2013\""),
        "{report}"
    );
    assert!(String::from_utf8_lossy(&run.stderr).is_empty());
}

#[test]
fn options_that_make_no_sense_are_refused() {
    let site = Fixture::new("basic");
    let two_with_title = import(site.root(), &[&seed(), &seed(), "--title", "T"]);
    assert_eq!(two_with_title.status.code(), Some(2));
    let bad_date = import(site.root(), &[&seed(), "--date", "gisteren"]);
    assert_eq!(bad_date.status.code(), Some(2));
    let missing = import(site.root(), &["no-such-file.txt"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("no-such-file.txt"));
}

#[test]
fn a_section_that_is_no_folder_name_is_refused() {
    let site = Fixture::new("basic");
    for section in ["../buiten", "a/b", ""] {
        let run = import(site.root(), &[&seed(), "--section", section]);
        assert_eq!(run.status.code(), Some(2), "{section:?}");
        assert!(
            String::from_utf8_lossy(&run.stderr).contains("is not a folder name"),
            "{section:?}"
        );
    }
    assert!(!site.root().join("buiten").exists());
}

#[test]
fn empty_and_binary_files_are_refused_and_nothing_is_written() {
    let site = Fixture::new("basic");
    site.write("goed.txt", "Een titel\nEen zin over magnesium.\n");
    site.write("leeg.txt", " \n\n");
    // The start of a PNG file: its header holds NUL bytes.
    site.write("plaatje.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01");
    let path = |name: &str| site.root().join(name).to_string_lossy().into_owned();
    for (file, why) in [
        ("leeg.txt", "nothing to import: the file is empty"),
        ("plaatje.txt", "nothing to import: the file is not text"),
    ] {
        let run = import(site.root(), &[&path("goed.txt"), &path(file)]);
        assert_eq!(run.status.code(), Some(1), "{file}");
        let stderr = String::from_utf8_lossy(&run.stderr);
        assert!(
            stderr.contains(&format!("{}: {why}", path(file))),
            "{stderr}"
        );
        assert!(
            !site
                .root()
                .join("content/artikelen/een-titel.nl.md")
                .exists()
        );
    }
}

#[test]
fn two_texts_that_would_become_one_article_write_nothing() {
    let site = Fixture::new("basic");
    site.write("a.txt", "Dezelfde titel\nEerste tekst.\n");
    site.write("b.txt", "Dezelfde titel\nTweede tekst.\n");
    let a = site.root().join("a.txt");
    let b = site.root().join("b.txt");
    let run = import(site.root(), &[a.to_str().unwrap(), b.to_str().unwrap()]);
    assert_eq!(run.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(stderr.contains("would both be written to"), "{stderr}");
    assert!(
        !site
            .root()
            .join("content/artikelen/dezelfde-titel.nl.md")
            .exists()
    );
}

#[test]
fn english_text_with_english_markers() {
    let site = Fixture::new("basic");
    site.write(
        "raw.txt",
        "How magnesium works\n- 13 Nov 2025\nMagnesium is a mineral. It matters.\nFrequently asked questions\nWhy? Because it helps.\nReferences\n1. Smith, A. (2020). A study. https://pubmed.ncbi.nlm.nih.gov/1/\n",
    );
    let raw = site.root().join("raw.txt");
    let run = import(
        site.root(),
        &[
            raw.to_str().unwrap(),
            "--lang",
            "en",
            "--section",
            "artikelen",
        ],
    );
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let article = site.read("content/artikelen/how-magnesium-works.en.md");
    assert!(article.contains("date = 2025-11-13"));
    assert!(article.contains("## Frequently asked questions {#faq}"));
    assert!(article.contains("id = \"smith-2020\""));
}

#[test]
fn a_title_in_doubt_writes_nothing_until_it_is_given() {
    let site = Fixture::new("basic");
    // A line of the page above the title, and the date under the title: two lines could be
    // the title.
    site.write(
        "twijfel.txt",
        "Alles over vitamines en mineralen\nMagnesium bij krampen\n13 november 2025\n\nMagnesium is een mineraal. Het zit in noten.\n",
    );
    site.write(
        "zeker.txt",
        "Vitamine D in de winter\n\nIn de winter maakt de huid weinig vitamine D aan.\n",
    );
    let doubtful = site.root().join("twijfel.txt");
    let sure = site.root().join("zeker.txt");
    let doubtful = doubtful.to_str().unwrap();
    let sure = sure.to_str().unwrap();

    let run = import(site.root(), &[sure, doubtful]);
    assert_eq!(run.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(stderr.contains("the title is not certain for"), "{stderr}");
    assert!(stderr.contains("twijfel.txt"), "{stderr}");
    assert!(!stderr.contains("zeker.txt ("), "{stderr}");
    let articles = site.root().join("content/artikelen");
    for written in [
        "magnesium-bij-krampen.nl.md",
        "vitamine-d-in-de-winter.nl.md",
    ] {
        assert!(!articles.join(written).exists(), "{written} was written");
    }

    // The report says which lines could be the title, in a run that writes nothing as in a
    // trial run.
    let report = site.root().join("verslag.txt");
    let with_report = import(
        site.root(),
        &[doubtful, "--report", report.to_str().unwrap()],
    );
    assert_eq!(with_report.status.code(), Some(1));
    let dry = import(site.root(), &[doubtful, "--dry-run"]);
    assert!(dry.status.success());
    let dry_report = String::from_utf8_lossy(&dry.stderr);
    for report in [site.read("verslag.txt"), dry_report.into_owned()] {
        assert!(
            report.contains(
                "twijfel.txt:2: review: the title is not certain: both \"Magnesium bij krampen\" \
             (line 2) and \"Alles over vitamines en mineralen\" (line 1) could be the title"
            ),
            "{report}"
        );
    }

    let given = import(site.root(), &[doubtful, "--title", "Magnesium bij krampen"]);
    assert!(
        given.status.success(),
        "{}",
        String::from_utf8_lossy(&given.stderr)
    );
    let written = site.read("content/artikelen/magnesium-bij-krampen.nl.md");
    let front: toml::Table = written
        .strip_prefix("+++\n")
        .and_then(|rest| rest.split_once("\n+++\n"))
        .map(|(front, _)| front.parse().expect("front matter is TOML"))
        .expect("front matter");
    assert_eq!(front["title"].as_str(), Some("Magnesium bij krampen"));
    assert_eq!(front["date"].to_string(), "2025-11-13");
    assert!(!written.contains("Alles over vitamines en mineralen"));
}

/// An English text of the kind an editor copies from a web page.
const ENGLISH: &str = "How magnesium helps you sleep\n- 13 Nov 2025\nMagnesium is a mineral that your body needs for hundreds of processes. Most people who eat a varied diet get enough of it from green vegetables, nuts and wholegrain bread.\nFrequently asked questions\nShould I take a supplement?\nOnly when your doctor finds that you are short of it.\nReferences\n1. Smith, A. (2020). A study of sleep and minerals. https://pubmed.ncbi.nlm.nih.gov/1/\n";

#[test]
fn an_english_text_without_lang_becomes_an_english_article() {
    let site = Fixture::new("basic");
    site.write("raw.txt", ENGLISH);
    let raw = site.root().join("raw.txt");
    let run = import(site.root(), &[raw.to_str().unwrap()]);
    let report = String::from_utf8_lossy(&run.stderr);
    assert!(run.status.success(), "{report}");
    assert!(
        report.contains(&format!(
            "{}:1: recognised: language en (detected in the text; give --lang to choose)",
            raw.display()
        )),
        "{report}"
    );
    assert!(
        !site
            .root()
            .join("content/artikelen/how-magnesium-helps-you-sleep.nl.md")
            .exists()
    );
    let article = site.read("content/artikelen/how-magnesium-helps-you-sleep.en.md");
    // English markers: the FAQ and the reference list were recognised by their English names.
    assert!(
        article.contains("## Frequently asked questions {#faq}"),
        "{article}"
    );
    assert!(article.contains("id = \"smith-2020\""), "{article}");
    assert!(article.contains("date = 2025-11-13"), "{article}");
}

#[test]
fn one_run_imports_each_text_in_its_own_language() {
    let site = Fixture::new("basic");
    site.write("english.txt", ENGLISH);
    let english = site.root().join("english.txt");
    let run = import(site.root(), &[english.to_str().unwrap(), &seed()]);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert!(site.root().join(ARTICLE).is_file());
    let article = site.read("content/artikelen/how-magnesium-helps-you-sleep.en.md");
    assert!(
        article.contains("## Frequently asked questions {#faq}"),
        "{article}"
    );
    // The Dutch seed with Dutch markers: its FAQ heading is Dutch.
    assert!(site.read(ARTICLE).contains("{#faq}"));
    assert!(!site.read(ARTICLE).contains("Frequently asked questions"));
}

#[test]
fn a_dutch_text_given_lang_en_is_imported_in_english_with_a_review_line() {
    let site = Fixture::new("basic");
    let run = import(site.root(), &[&seed(), "--lang", "en", "--dry-run"]);
    let report = String::from_utf8_lossy(&run.stderr);
    assert!(run.status.success(), "{report}");
    // Named from the folder kennis ran in, the test's own.
    let here = std::env::current_dir().expect("working folder");
    let seed = repo_root().join(SEED);
    let seed = seed.strip_prefix(&here).unwrap_or(&seed).display();
    assert!(
        report.contains(&format!(
            "{seed}:1: recognised: language en (given with --lang)"
        )),
        "{report}"
    );
    assert!(
        report.contains(&format!(
            "{seed}:1: review: the text reads as nl, but it is imported as en, as --lang says: \
             check that --lang is right"
        )),
        "{report}"
    );
    // As --lang says, not refused: the English markers do not know "Veelgestelde vragen".
    let article = String::from_utf8_lossy(&run.stdout);
    assert!(article.starts_with("+++\n"), "{article}");
}

#[test]
fn the_report_names_files_from_where_kennis_runs() {
    let site = Fixture::new("basic");
    std::fs::copy(seed(), site.root().join("seed.txt")).expect("copy the seed");
    let run_here = |extra: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_kennis"))
            .current_dir(site.root())
            .args(["import", "seed.txt"])
            .args(extra)
            .output()
            .expect("run kennis")
    };
    let run = run_here(&[]);
    let report = String::from_utf8_lossy(&run.stderr);
    assert!(run.status.success(), "{report}");
    assert!(
        report.contains(&format!("seed.txt: wrote {ARTICLE}\n")),
        "{report}"
    );
    // The claims left without a source are named in the article as `kennis check` names it.
    assert!(
        report.contains(&format!("\n{ARTICLE}:")),
        "no line about the article: {report}"
    );
    assert!(!report.contains("./"), "{report}");
    // The same from --root ., and in the refusal to overwrite.
    let again = run_here(&["--root", "."]);
    let error = String::from_utf8_lossy(&again.stderr);
    assert_eq!(again.status.code(), Some(2), "{error}");
    assert!(
        error.contains(&format!(
            "error: {ARTICLE} exists already: pass --force to overwrite it"
        )),
        "{error}"
    );
}

#[test]
fn a_broken_site_toml_is_reported_as_every_command_reports_it() {
    let site = Fixture::new("basic");
    site.write("site.toml", "base_url = 3\n");
    let run = import(site.root(), &[&seed(), "--dry-run"]);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("site.toml:1:"), "{stderr}");
}
