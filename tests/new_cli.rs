//! `kennis new` from the command line, on a copy of the `basic` fixture site: what it writes,
//! what it refuses, and that the draft it writes builds and checks as an editor expects.

mod common;

use std::process::Command;

use common::{Fixture, collapse, repo_root, snapshot};
use serde_json::Value;

const TITLE_NL: &str = "Vitamine D-tekort bij ouderen: wat nu?";
const FILE_NL: &str = "content/artikelen/vitamine-d-tekort-bij-ouderen-wat-nu.nl.md";

/// Runs `kennis ARGS` in the site's root: exit code, standard output, standard error.
fn kennis(site: &Fixture, args: &[&str]) -> (i32, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_kennis"))
        .args(args)
        .current_dir(site.root())
        .output()
        .unwrap_or_else(|e| panic!("cannot run kennis: {e}"));
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// Runs `kennis new ARGS` and asserts it succeeded; returns standard output.
fn new_ok(site: &Fixture, args: &[&str]) -> String {
    let (code, stdout, stderr) = kennis(site, &[&["new"], args].concat());
    assert_eq!(code, 0, "kennis new {args:?} failed:\n{stderr}");
    stdout
}

/// The front matter of a Markdown file, parsed, and its body.
fn front_matter(text: &str) -> (toml::Table, String) {
    let rest = text
        .strip_prefix("+++\n")
        .unwrap_or_else(|| panic!("no front matter:\n{text}"));
    let (front, body) = rest
        .split_once("\n+++\n")
        .unwrap_or_else(|| panic!("front matter not closed:\n{text}"));
    let table = front
        .parse::<toml::Table>()
        .unwrap_or_else(|e| panic!("front matter is not TOML: {e}\n{front}"));
    (table, body.to_string())
}

/// A language's scaffold text, as kennis ships it.
fn scaffold_text(lang: &str) -> toml::Table {
    let path = repo_root().join("i18n").join(lang).join("new.toml");
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .parse()
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn placeholder(lang: &str, name: &str) -> String {
    scaffold_text(lang)["placeholders"][name]
        .as_str()
        .unwrap_or_else(|| panic!("no placeholder {name} in {lang}"))
        .to_string()
}

/// Today as `2025-11-13`, taken around a run so a run at midnight still matches one of them.
fn today() -> String {
    let date = time::OffsetDateTime::now_utc().date();
    format!(
        "{:04}-{:02}-{:02}",
        date.year(),
        u8::from(date.month()),
        date.day()
    )
}

/// The findings of `kennis check --drafts --format json` about `file`: (severity, code, message).
fn findings_about(site: &Fixture, file: &str) -> Vec<(String, String, String)> {
    let (_, stdout, stderr) = kennis(site, &["check", "--drafts", "--format", "json"]);
    let json: Value =
        serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{e}:\n{stdout}\n{stderr}"));
    json["diagnostics"]
        .as_array()
        .unwrap_or_else(|| panic!("no diagnostics: {json}"))
        .iter()
        .filter(|d| d["file"] == file)
        .map(|d| {
            let s = |k: &str| d[k].as_str().unwrap_or_default().to_string();
            (s("severity"), s("code"), s("message"))
        })
        .collect()
}

#[test]
fn writes_a_draft_with_complete_front_matter_and_an_faq_skeleton() {
    let site = Fixture::new("basic");
    let before = today();
    let stdout = new_ok(&site, &["artikelen", TITLE_NL]);
    let after = today();

    // The file key and the URL come from the title, diacritics and punctuation folded.
    assert!(
        stdout.contains(&format!(
            "wrote {FILE_NL} (a draft at /nl/artikelen/vitamine-d-tekort-bij-ouderen-wat-nu/)"
        )),
        "{stdout}"
    );
    assert!(stdout.contains("kennis serve --drafts"), "{stdout}");
    assert!(stdout.contains("kennis check --drafts"), "{stdout}");
    assert!(stdout.contains("delete `draft = true`"), "{stdout}");

    let (front, body) = front_matter(&site.read(FILE_NL));
    assert_eq!(front["title"].as_str(), Some(TITLE_NL));
    assert_eq!(
        front["description"].as_str(),
        Some(placeholder("nl", "description").as_str())
    );
    let date = front["date"].to_string();
    assert!(
        date == before || date == after,
        "date {date}, today {after}"
    );
    assert_eq!(front["draft"].as_bool(), Some(true));
    assert_eq!(front["references"].as_array().map(Vec::len), Some(0));
    assert_eq!(front["tags"].as_array().map(Vec::len), Some(0));
    // The key is the slug, so the file name gives the URL and no slug is written.
    assert!(!front.contains_key("slug"), "{front:?}");
    assert!(!front.contains_key("translation_of_digest"), "{front:?}");

    let lines: Vec<&str> = body.lines().collect();
    assert!(lines.contains(&placeholder("nl", "introduction").as_str()));
    assert!(lines.contains(&"## Veelgestelde vragen {#faq}"), "{body}");
    let questions: Vec<&&str> = lines.iter().filter(|l| l.starts_with("### ")).collect();
    assert_eq!(questions.len(), 1, "{body}");
    assert!(questions[0].ends_with('?'));
    assert!(lines.contains(&placeholder("nl", "faq_answer").as_str()));
}

#[test]
fn english_articles_get_english_text_and_a_slug_when_the_key_differs() {
    let site = Fixture::new("basic");
    let stdout = new_ok(
        &site,
        &[
            "artikelen",
            "Sleep & shift work",
            "--lang",
            "en",
            "--key",
            "ploegendienst",
        ],
    );
    let file = "content/artikelen/ploegendienst.en.md";
    assert!(
        stdout.contains(&format!(
            "wrote {file} (a draft at /en/articles/sleep-shift-work/)"
        )),
        "{stdout}"
    );
    let (front, body) = front_matter(&site.read(file));
    assert_eq!(front["title"].as_str(), Some("Sleep & shift work"));
    assert_eq!(front["slug"].as_str(), Some("sleep-shift-work"));
    assert_eq!(
        front["description"].as_str(),
        Some(placeholder("en", "description").as_str())
    );
    // No Dutch article has this key: it is no translation.
    assert!(!front.contains_key("translation_of_digest"), "{front:?}");
    assert!(
        body.lines()
            .any(|l| l == "## Frequently asked questions {#faq}"),
        "{body}"
    );
}

#[test]
fn a_translation_records_the_digest_kennis_check_expects() {
    let site = Fixture::new("basic");
    site.write(
        "content/gidsen/_index.en.md",
        "+++\ntitle = \"Guides\"\nslug = \"guides\"\n+++\n",
    );
    let original = "content/gidsen/alleen-nederlands.nl.md";
    let missing = findings_about(&site, original);
    let Some((_, _, message)) = missing.iter().find(|f| f.1 == "missing-translation") else {
        panic!("expected a missing-translation warning: {missing:?}");
    };
    let expected = message
        .split("translation_of_digest = \"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap_or_else(|| panic!("no digest in {message:?}"))
        .to_string();

    let stdout = new_ok(
        &site,
        &[
            "gidsen",
            "Dutch only, until now",
            "--lang",
            "en",
            "--key",
            "alleen-nederlands",
        ],
    );
    let file = "content/gidsen/alleen-nederlands.en.md";
    assert!(
        stdout.contains(&format!(
            "wrote {file} (a draft at /en/guides/dutch-only-until-now/, translating {original})"
        )),
        "{stdout}"
    );
    let (front, _) = front_matter(&site.read(file));
    assert_eq!(
        front["translation_of_digest"].as_str(),
        Some(expected.as_str())
    );
    assert_eq!(front["slug"].as_str(), Some("dutch-only-until-now"));

    let about_translation = findings_about(&site, file);
    assert!(
        about_translation
            .iter()
            .all(|(severity, code, _)| severity == "warning" && code == "placeholder"),
        "{about_translation:?}"
    );
    assert!(
        !findings_about(&site, original)
            .iter()
            .any(|f| f.1 == "missing-translation")
    );
}

#[test]
fn never_overwrites_a_file() {
    let site = Fixture::new("basic");
    new_ok(&site, &["artikelen", TITLE_NL]);
    site.write(FILE_NL, "edited by hand\n");
    let (code, _, stderr) = kennis(&site, &["new", "artikelen", TITLE_NL]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains(&format!("{FILE_NL} exists already")),
        "{stderr}"
    );
    assert_eq!(site.read(FILE_NL), "edited by hand\n");

    // An article that came with the site, found through the slug of its title.
    let existing = "content/artikelen/slaap.en.md";
    let bytes = site.read(existing);
    let (code, _, stderr) = kennis(&site, &["new", "artikelen", "Slaap", "--lang", "en"]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains(&format!("{existing} exists already")),
        "{stderr}"
    );
    assert_eq!(site.read(existing), bytes);
}

#[test]
fn usage_errors_exit_2_and_write_nothing() {
    let site = Fixture::new("basic");
    let before = snapshot(site.root());
    let refused = |args: &[&str], expected: &str| {
        let (code, stdout, stderr) = kennis(&site, &[&["new"], args].concat());
        assert_eq!(code, 2, "kennis new {args:?}:\n{stdout}{stderr}");
        assert!(
            stderr.contains(expected),
            "kennis new {args:?}: expected {expected:?} in:\n{stderr}"
        );
    };
    refused(
        &["artikel", "Magnesium"],
        "there is no section \"artikel\" in content/: the sections are artikelen, gidsen; \
         did you mean \"artikelen\"?",
    );
    refused(
        &["../content", "Magnesium"],
        "there is no section \"../content\"",
    );
    refused(
        &["artikelen", "Magnesium", "--lang", "de"],
        "--lang \"de\" is not a language of this site (site.toml has nl, en)",
    );
    refused(&["artikelen", "?! …"], "gives an empty URL slug");
    refused(
        &["gidsen", "Guides", "--lang", "en"],
        "create content/gidsen/_index.en.md",
    );
    refused(
        &["artikelen", "Magnesium", "--key", "Magnesium Nu"],
        "--key \"Magnesium Nu\" is neither the key of an article in content/artikelen/ nor a \
         slug (lowercase letters, digits and single hyphens); try \"magnesium-nu\"",
    );
    // content/artikelen/slaap.en.md has the slug "sleep".
    refused(
        &["artikelen", "Sleep", "--lang", "en", "--key", "nachtrust"],
        "content/artikelen/slaap.en.md already has the address /en/articles/sleep/",
    );
    assert_eq!(snapshot(site.root()), before);
}

#[test]
fn the_draft_builds_with_drafts_and_cannot_be_published_with_its_placeholders() {
    let site = Fixture::new("basic");
    new_ok(&site, &["artikelen", TITLE_NL]);
    let page_path = "nl/artikelen/vitamine-d-tekort-bij-ouderen-wat-nu/index.html";

    // Without --drafts the scaffold stays out of the site.
    site.build_ok();
    assert!(!site.public().join(page_path).exists());

    let run = site.build(&["--drafts"]);
    assert_eq!(run.code(), 0, "{}", run.stderr());
    let page = site.page(page_path);
    assert_eq!(page.text("article h1"), TITLE_NL);
    let question = page.one(".faq details.faq-item > summary h3");
    assert_eq!(
        collapse(&question.text().collect::<String>()),
        placeholder("nl", "faq_question")
    );
    assert_eq!(
        page.text("details.faq-item .faq-answer"),
        placeholder("nl", "faq_answer")
    );
    assert_eq!(page.select("h2#faq").len(), 1);

    // What `check --drafts` says about it is exactly what the editor still has to do.
    let mut codes: Vec<(String, String)> = findings_about(&site, FILE_NL)
        .into_iter()
        .map(|(severity, code, _)| (severity, code))
        .collect();
    codes.dedup();
    let warning = |code: &str| ("warning".to_string(), code.to_string());
    assert_eq!(
        codes,
        [warning("missing-translation"), warning("placeholder")]
    );
    assert_eq!(
        findings_about(&site, FILE_NL)
            .iter()
            .filter(|f| f.1 == "placeholder")
            .count(),
        4
    );

    // Published as it is, every placeholder stops the build where the editor sees it.
    let text = site.read(FILE_NL);
    let published: String = text
        .lines()
        .filter(|l| !l.starts_with("draft = true"))
        .map(|l| format!("{l}\n"))
        .collect();
    site.write(FILE_NL, &published);
    let run = site.build(&[]);
    assert_eq!(run.code(), 1, "{}", run.stderr());
    run.assert_reported(&format!("{FILE_NL}:3:16: error[placeholder]"));
    assert_eq!(
        run.errors()
            .iter()
            .filter(|e| e.contains("error[placeholder]"))
            .count(),
        4,
        "{}",
        run.stderr()
    );
}
