//! Bad input: every problem is reported with file:line:col, all of them in one run, with the
//! exit codes of DESIGN.md, and a failed build never touches the previous output.

mod common;

use common::{Fixture, snapshot};

const VALID_HEAD: &str = "+++\ntitle = \"T\"\ndescription = \"D\"\ndate = 2025-01-01\n+++\n";

#[test]
fn front_matter_problems_are_all_reported_with_positions() {
    let site = Fixture::new("basic");
    let files: [(&str, &[u8]); 7] = [
        (
            "fout-type",
            b"+++\ntitle = \"X\"\ndescription = \"D\"\ndate = 2025-01-01\ntags = \"Slaap\"\n+++\nTekst.\n",
        ),
        ("geen-titel", b"+++\ndescription = \"D\"\ndate = 2025-01-01\n+++\nTekst.\n"),
        ("geen-datum", b"+++\ntitle = \"T\"\ndescription = \"D\"\n+++\n"),
        ("open", b"+++\ntitle = \"X\"\n\nTekst zonder einde.\n"),
        ("kapot", b"+++\ntitle = \"T\"\ndescription = \"D\"\ndate = 2025-01-01\n+++\n\nCaf\xE9 au lait.\n"),
        ("leeg", b"+++\ntitle = \"  \"\ndescription = \"D\"\ndate = 2025-01-01\n+++\n"),
        (
            "tikfout",
            b"+++\ntitel = \"X\"\ndescription = \"D\"\ndate = \"13 nov 2025\"\n+++\n",
        ),
    ];
    for (key, text) in files {
        site.write(&format!("content/artikelen/{key}.nl.md"), text);
    }

    let run = site.build(&[]);
    assert_eq!(run.code(), 1, "{}", run.stderr());
    // Exactly these, each once: a field that is present but wrong is not also "missing".
    let expected = [
        "content/artikelen/fout-type.nl.md:5:8: error[front-matter]: invalid type: string \"Slaap\", expected a sequence",
        "content/artikelen/geen-datum.nl.md:1:1: error[front-matter]: missing field `date`",
        "content/artikelen/geen-titel.nl.md:1:1: error[front-matter]: missing field `title`",
        "content/artikelen/kapot.nl.md:7:4: error[invalid-utf8]: the file is not valid UTF-8 (byte 0xE9); save it as UTF-8",
        "content/artikelen/leeg.nl.md:2:9: error[front-matter]: title is empty",
        "content/artikelen/open.nl.md:1:1: error[front-matter]: front matter is never closed: add a line `+++` after the last front matter key",
        "content/artikelen/tikfout.nl.md:1:1: error[front-matter]: missing field `title`",
        "content/artikelen/tikfout.nl.md:2:1: error[front-matter]: unknown field `titel`",
        "content/artikelen/tikfout.nl.md:4:8: error[front-matter]: \"13 nov 2025\" is not a valid date: write dates like 2025-11-13",
    ];
    let found = run.errors();
    assert_eq!(found.len(), expected.len(), "{}", run.stderr());
    for (line, prefix) in found.iter().zip(expected) {
        assert!(
            line.starts_with(prefix),
            "expected {prefix:?}\n   found {line:?}"
        );
    }
    assert!(
        run.stderr().contains("9 errors, 1 warning in 8 files"),
        "{}",
        run.stderr()
    );
}

#[test]
fn broken_internal_links_and_anchors_are_reported_at_their_line() {
    let site = Fixture::new("basic");
    site.write(
        "content/artikelen/links.nl.md",
        format!(
            "{VALID_HEAD}\nEen regel.\n\nZie [weg](@/artikelen/bestaat-niet.md) en [anker](@/artikelen/slaap.md#geen-anker).\n\n[hier](#nergens)\n"
        ),
    );
    // An English link to an article that only exists in Dutch.
    site.write(
        "content/artikelen/links.en.md",
        format!("{VALID_HEAD}\n[Dutch only](@/gidsen/alleen-nederlands.md)\n"),
    );
    let run = site.build(&[]);
    assert_eq!(run.code(), 1);
    run.assert_reported("content/artikelen/links.nl.md:9:5: error[broken-link]: broken link \"@/artikelen/bestaat-niet.md\": there is no article content/artikelen/bestaat-niet.nl.md");
    run.assert_reported("content/artikelen/links.nl.md:9:43: error[missing-anchor]: the page linked to has no heading or element with id #geen-anker");
    run.assert_reported(
        "content/artikelen/links.nl.md:11:1: error[missing-anchor]: link to #nergens",
    );
    run.assert_reported("content/artikelen/links.en.md:7:1: error[broken-link]: broken link \"@/gidsen/alleen-nederlands.md\": the article has no \"en\" version");
}

#[test]
fn a_link_to_a_draft_says_so() {
    let site = Fixture::new("basic");
    site.write(
        "content/artikelen/naar-concept.nl.md",
        format!("{VALID_HEAD}[concept](@/gidsen/concept.md)\n"),
    );
    let run = site.build(&[]);
    run.assert_reported("content/artikelen/naar-concept.nl.md:6:1: error[broken-link]: broken link \"@/gidsen/concept.md\": content/gidsen/concept.nl.md is a draft (build with --drafts to include it)");
    assert_eq!(site.build(&["--drafts"]).code(), 0);
}

#[test]
fn every_missing_ui_string_is_listed() {
    let site = Fixture::new("basic");
    let english = site.read("i18n/en/main.ftl");
    let without: String = english
        .lines()
        .filter(|l| !l.starts_with("toc-title") && !l.starts_with("go-home"))
        .map(|l| format!("{l}\n"))
        .collect();
    site.write("i18n/en/main.ftl", without);
    let run = site.build(&[]);
    assert_eq!(run.code(), 1);
    let missing: Vec<String> = run
        .diagnostics()
        .into_iter()
        .filter(|d| d.contains("error[missing-ui-string]"))
        .collect();
    assert_eq!(missing.len(), 2, "{}", run.stderr());
    assert!(
        missing
            .iter()
            .any(|d| d.contains("\"toc-title\" is missing in language \"en\""))
    );
    assert!(
        missing
            .iter()
            .any(|d| d.contains("\"go-home\" is missing in language \"en\""))
    );
    assert!(missing.iter().all(|d| d.starts_with("i18n/nl/main.ftl:")));
}

#[test]
fn a_failed_build_leaves_the_previous_output_exactly_as_it_was() {
    let site = Fixture::new("basic");
    site.build_ok();
    let before = snapshot(&site.public());
    assert!(before.len() > 15);

    site.write("content/artikelen/slaap.nl.md", "+++\ntitle = 5\n+++\n");
    let run = site.build(&[]);
    assert_eq!(run.code(), 1);
    assert_eq!(snapshot(&site.public()), before);
    // No staging folder is left behind.
    let leftovers: Vec<String> = std::fs::read_dir(site.root())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("kennis-staging") || n.contains("kennis-old"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn two_pages_at_one_url_name_both_files() {
    let site = Fixture::new("basic");
    site.write(
        "content/artikelen/dubbel.nl.md",
        "+++\ntitle = \"T\"\ndescription = \"D\"\ndate = 2025-01-01\nslug = \"slaap\"\n+++\n",
    );
    let run = site.build(&[]);
    assert_eq!(run.code(), 1);
    run.assert_reported("content/artikelen/slaap.nl.md:1:1: error[duplicate-url]: two pages would be written to /nl/artikelen/slaap/: content/artikelen/dubbel.nl.md and content/artikelen/slaap.nl.md");
}

#[test]
fn misplaced_files_are_errors_not_silently_dropped() {
    let site = Fixture::new("basic");
    site.write("content/zonder-taal.md", VALID_HEAD);
    site.write("content/artikelen/duits.de.md", VALID_HEAD);
    site.write("content/artikelen/diep/genest.nl.md", VALID_HEAD);
    site.write("content/gidsen/vertaald.en.md", VALID_HEAD);
    let run = site.build(&[]);
    assert_eq!(run.code(), 1);
    run.assert_reported(
        "content/zonder-taal.md:1:1: error[content]: the file name needs a language",
    );
    run.assert_reported("content/artikelen/duits.de.md:1:1: error[content]: language \"de\" in the file name is not in site.toml");
    run.assert_reported(
        "content/artikelen/diep/genest.nl.md:1:1: error[content]: sections cannot be nested",
    );
    run.assert_reported("content/gidsen/vertaald.en.md:1:1: error[missing-section]: section \"gidsen\" has no content/gidsen/_index.en.md");
}

#[test]
fn template_errors_point_into_the_template() {
    let site = Fixture::new("basic");
    site.write("templates/tag.html", "{% extends \"base.html\" %}\n{% block content %}\n  {{ topic.nonexistent }}\n{% endblock content %}\n");
    let run = site.build(&[]);
    assert_eq!(run.code(), 1);
    run.assert_reported(
        "templates/tag.html:3:12: error[template]: Field `nonexistent` is not defined",
    );

    site.write("templates/tag.html", "{% if %}\n");
    let run = site.build(&[]);
    assert_eq!(run.code(), 1);
    run.assert_reported("templates/tag.html:1:7: error[template]:");
}

#[test]
fn configuration_errors_exit_with_code_2() {
    let site = Fixture::new("basic");
    let config = site.read("site.toml");
    site.write(
        "site.toml",
        config.replace(
            "default_language = \"nl\"",
            "default_language = \"nl\"\nbase_ulr = 1",
        ),
    );
    let run = site.build(&[]);
    assert_eq!(run.code(), 2);
    run.assert_reported("site.toml:3:1: error[config]: unknown field `base_ulr`");

    site.write("site.toml", config);
    let run = site.build(&["--base-url", "not a url"]);
    assert_eq!(run.code(), 2);
    assert!(
        run.stderr().contains("--base-url \"not a url\""),
        "{}",
        run.stderr()
    );

    let usage = site.build(&["--no-such-flag"]);
    assert_eq!(usage.code(), 2);
}

#[test]
fn the_output_folder_may_not_be_the_site() {
    let site = Fixture::new("basic");
    let root = site.root().to_str().unwrap().to_string();
    let run = site.build(&["--output", &root]);
    assert_eq!(run.code(), 2);
    assert!(
        run.stderr().contains("refusing to write the site"),
        "{}",
        run.stderr()
    );
    assert!(site.root().join("content/artikelen/slaap.nl.md").is_file());
}

#[test]
fn a_broken_section_file_gives_one_error_not_a_cascade() {
    let site = Fixture::new("basic");
    site.write(
        "content/artikelen/_index.en.md",
        "+++\ntitle = \"Articles\"\nslug = \"articles\"\nupdated = 2025-01-01\n+++\n",
    );
    // A Dutch page linking to the English section's article is unaffected; an English link
    // into the broken section cannot resolve, but only because of the section's error, which
    // is the one reported (as a compiler reports no follow-on errors).
    site.write(
        "content/_index.en.md",
        "+++\ntitle = \"Home\"\n+++\n[Sleep](@/artikelen/slaap.md)\n",
    );
    let run = site.build(&[]);
    assert_eq!(run.code(), 1);
    let found = run.errors();
    assert_eq!(found.len(), 1, "{}", run.stderr());
    assert!(found[0].starts_with(
        "content/artikelen/_index.en.md:4:1: error[front-matter]: unknown field `updated`"
    ));
}

#[test]
fn unusable_file_names_are_reported() {
    let site = Fixture::new("basic");
    site.write("content/artikelen/a.b.nl.md", VALID_HEAD);
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        let name = std::ffi::OsStr::from_bytes(b"caf\xE9.nl.md");
        std::fs::write(site.root().join("content/artikelen").join(name), VALID_HEAD).unwrap();
    }
    let run = site.build(&[]);
    assert_eq!(run.code(), 1);
    run.assert_reported(
        "content/artikelen/a.b.nl.md:1:1: error[content]: the key \"a.b\" contains a dot",
    );
    #[cfg(unix)]
    assert!(
        run.diagnostics()
            .iter()
            .any(|d| d.contains("error[content]: the file or folder name is not valid UTF-8")),
        "{}",
        run.stderr()
    );
}

#[test]
fn a_build_failing_while_rendering_leaves_the_previous_output_too() {
    let site = Fixture::new("basic");
    site.build_ok();
    let before = snapshot(&site.public());
    // Compiles fine, fails only when the article pages are rendered, after staging began.
    site.write(
        "templates/article.html",
        "{% extends \"base.html\" %}{% block content %}{{ article.no_such_field }}{% endblock content %}",
    );
    let run = site.build(&[]);
    assert_eq!(run.code(), 1);
    assert_eq!(snapshot(&site.public()), before);
    // One broken template, five article pages: one finding that names them.
    let found = run.errors();
    assert_eq!(found.len(), 1, "{}", run.stderr());
    assert!(
        found[0].starts_with(
            "templates/article.html:1:56: error[template]: Field `no_such_field` is not defined"
        ) && found[0].ends_with("and 4 other pages)"),
        "{}",
        found[0]
    );
}

#[test]
fn ids_clashing_with_the_theme_and_anchors_are_checked_on_the_whole_page() {
    let site = Fixture::new("basic");
    site.write(
        "content/artikelen/ids.nl.md",
        format!(
            "{VALID_HEAD}\n## Eigen {{#main_content}}\n\n## Tweede\n\n[inhoud](#toc_title) [weg](#nergens)\n"
        ),
    );
    let run = site.build(&[]);
    assert_eq!(run.code(), 1);
    let found = run.errors();
    assert_eq!(found.len(), 2, "{}", run.stderr());
    assert!(found[0].starts_with("content/artikelen/ids.nl.md:7:1: error[duplicate-id]: the id \"main_content\" is also used by the page's template"), "{found:?}");
    assert!(
        found[1].starts_with(
            "content/artikelen/ids.nl.md:11:22: error[missing-anchor]: link to #nergens"
        ),
        "{found:?}"
    );
}

#[test]
fn an_output_folder_with_files_is_only_replaced_with_force() {
    let site = Fixture::new("basic");
    let elsewhere = site.root().join("elsewhere");
    std::fs::create_dir_all(&elsewhere).unwrap();
    std::fs::write(elsewhere.join("thesis.txt"), "important").unwrap();
    let target = elsewhere.to_str().unwrap();

    let run = site.build(&["--output", target]);
    assert_eq!(run.code(), 2);
    assert!(
        run.stderr().contains("pass --force to replace it"),
        "{}",
        run.stderr()
    );
    assert!(elsewhere.join("thesis.txt").is_file());

    let run = site.build(&["--output", target, "--force"]);
    assert_eq!(run.code(), 0, "{}", run.stderr());
    assert!(!elsewhere.join("thesis.txt").exists());
    assert!(elsewhere.join("nl/index.html").is_file());
}

#[test]
fn a_ui_string_no_language_defines_is_reported_at_the_template_once() {
    let site = Fixture::new("basic");
    site.write(
        "templates/tag.html",
        "{% extends \"base.html\" %}{% block content %}\n<p>{{ t(key=\"nergens-gedefinieerd\") }}</p>{% endblock content %}",
    );
    let run = site.build(&[]);
    assert_eq!(run.code(), 1);
    let found = run.errors();
    assert_eq!(found.len(), 1, "{}", run.stderr());
    assert!(
        found[0].starts_with("templates/tag.html:2:14: error[missing-ui-string]: UI string \"nergens-gedefinieerd\" is not defined for nl, en"),
        "{}",
        found[0]
    );
}

#[test]
fn every_template_syntax_error_is_reported() {
    let site = Fixture::new("basic");
    site.write("templates/tag.html", "{% if %}\n");
    site.write("templates/tags.html", "ok\n{{ }}\n");
    let run = site.build(&[]);
    assert_eq!(run.code(), 1);
    run.assert_reported("templates/tag.html:1:7: error[template]");
    run.assert_reported("templates/tags.html:2:4: error[template]");
}

/// Runs `kennis <args>` and kills it if it has not ended within a few seconds (a read of a named
/// pipe would wait forever). Returns its exit code and what it printed (stdout, then stderr), or
/// `None` if it had to be killed.
#[cfg(unix)]
fn run_briefly(args: &[&std::ffi::OsStr]) -> Option<(i32, String)> {
    use std::io::Read;
    use std::time::{Duration, Instant};
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_kennis"))
        .args(args)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("run kennis");
    let deadline = Instant::now() + Duration::from_secs(20);
    while Instant::now() < deadline {
        if let Some(status) = child.try_wait().expect("wait for kennis") {
            // Its output is small: the pipes did not fill while it ran.
            let mut printed = String::new();
            if let Some(mut pipe) = child.stdout.take() {
                pipe.read_to_string(&mut printed).expect("read stdout");
            }
            if let Some(mut pipe) = child.stderr.take() {
                pipe.read_to_string(&mut printed).expect("read stderr");
            }
            return Some((status.code().unwrap_or(-1), printed));
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let _ = child.kill();
    let _ = child.wait();
    None
}

#[cfg(unix)]
#[test]
fn a_named_pipe_is_refused_instead_of_read_forever() {
    let site = Fixture::new("basic");
    let make_pipe = |relative: &str| {
        let path = site.root().join(relative);
        let _ = std::fs::remove_file(&path);
        let made = std::process::Command::new("mkfifo")
            .arg(&path)
            .status()
            .expect("run mkfifo");
        assert!(made.success());
    };
    make_pipe("content/artikelen/pijp.nl.md");
    let root = site.root().as_os_str();
    let (code, stderr) = run_briefly(&["check".as_ref(), "--root".as_ref(), root])
        .expect("kennis check waited for the pipe");
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains(
            "content/artikelen/pijp.nl.md:1:1: error[content]: cannot read the file: it is not a \
             regular file (a folder, a named pipe or a device)"
        ),
        "{stderr}"
    );

    make_pipe("site.toml");
    let (code, stderr) = run_briefly(&["check".as_ref(), "--root".as_ref(), root])
        .expect("kennis check waited for site.toml");
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("not a regular file"), "{stderr}");
}

#[cfg(unix)]
#[test]
fn an_article_that_is_a_link_to_a_file_is_built_not_dropped() {
    let site = Fixture::new("basic");
    site.write(
        "elders/gedeeld.nl.md",
        format!("{VALID_HEAD}\nGedeelde tekst.\n"),
    );
    std::os::unix::fs::symlink(
        site.root().join("elders/gedeeld.nl.md"),
        site.root().join("content/artikelen/gedeeld.nl.md"),
    )
    .expect("make a link");
    site.build_ok();
    let page = site.page("nl/artikelen/gedeeld/index.html");
    assert!(page.text("main").contains("Gedeelde tekst."));
}

#[test]
fn slugs_no_file_system_can_hold_are_caught_by_check_at_their_place() {
    let site = Fixture::new("basic");
    let long = "lang-".repeat(60);
    site.write(
        "content/artikelen/apparaat.nl.md",
        "+++\ntitle = \"T\"\ndescription = \"D\"\ndate = 2025-01-01\nslug = \"con\"\n+++\nTekst.\n",
    );
    site.write(
        "content/artikelen/lang.nl.md",
        format!(
            "+++\ntitle = \"T\"\ndescription = \"D\"\ndate = 2025-01-01\nslug = \"{}\"\n+++\nTekst.\n",
            long.trim_end_matches('-')
        ),
    );
    site.write(
        "content/artikelen/onderwerp.nl.md",
        "+++\ntitle = \"T\"\ndescription = \"D\"\ndate = 2025-01-01\ntags = [\"AUX\"]\n+++\nTekst.\n",
    );
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_kennis"))
        .args(["check", "--root"])
        .arg(site.root())
        .output()
        .expect("run kennis check");
    assert_eq!(output.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&output.stdout);
    for expected in [
        "content/artikelen/apparaat.nl.md:5:8: error[front-matter]: slug cannot be used: \"con\" is a name Windows reserves for a device",
        "content/artikelen/lang.nl.md:5:8: error[front-matter]: slug cannot be used: it is 299 characters long, more than the 120",
        "content/artikelen/onderwerp.nl.md:5:9: error[front-matter]: tag \"AUX\" cannot be a topic page's address: \"aux\" is a name Windows reserves",
    ] {
        assert!(stdout.contains(expected), "{expected}\nnot in:\n{stdout}");
    }
}

#[test]
fn a_typo_in_the_bibliography_is_one_error_not_one_per_citation() {
    let site = Fixture::new("basic");
    let bibliography = "[[references]]\nid = \"a\"\ntitle = \"A\"\nurl = \"https://pubmed.ncbi.nlm.nih.gov/1/\"\n\n\
                        [[references]]\nid = \"b\"\ntitle = \"B\"\nurl = \"https://pubmed.ncbi.nlm.nih.gov/2/\"\n";
    site.write("content/bibliography.toml", bibliography);
    site.write(
        "content/artikelen/bronnen.nl.md",
        format!("{VALID_HEAD}\nEen [@a]. Twee [@b]. Drie [@a; @b].\n"),
    );
    site.build_ok();
    site.write(
        "content/bibliography.toml",
        bibliography.replace("title = \"B\"", "title = B\""),
    );
    let run = site.build(&[]);
    assert_eq!(run.code(), 1);
    assert_eq!(
        run.errors(),
        [
            "content/bibliography.toml:8:9: error[bibliography]: missing opening quote, expected `\"`"
        ]
    );
}

/// A typo in a comparison table, or in an article's front matter, is reported once; what
/// follows from the file being left out (the bibliography entries only it cites look unused,
/// links to the article cannot resolve) is not reported on top of it.
#[test]
fn a_broken_file_is_one_error_without_follow_on_findings() {
    let site = Fixture::repository();
    let table = "content/comparisons/behoefte-en-bovengrens.toml";
    let text = site.read(table);
    let first_key = text
        .lines()
        .find(|l| !l.starts_with('#') && l.contains(" = "))
        .expect("a key in the table");
    site.write(
        table,
        text.replacen(first_key, &first_key.replacen(" = ", " = = ", 1), 1),
    );
    let run = site.build(&[]);
    assert_eq!(run.code(), 1);
    let found = run.errors();
    assert_eq!(found.len(), 1, "{}", run.stderr());
    assert!(
        found[0].starts_with(&format!("{table}:")) && found[0].contains("error[comparison]"),
        "{found:?}"
    );
    assert_no_follow_ons(&run.diagnostics());

    let site = Fixture::repository();
    let article = "content/artikelen/magnesium-en-een-goede-nachtrust.nl.md";
    let text = site.read(article);
    site.write(article, text.replacen("title = \"", "title = ", 1));
    let run = site.build(&[]);
    assert_eq!(run.code(), 1);
    let found = run.errors();
    assert_eq!(found.len(), 1, "{}", run.stderr());
    assert!(
        found[0].starts_with(&format!("{article}:2:")) && found[0].contains("error[front-matter]"),
        "{found:?}"
    );
    assert_no_follow_ons(&run.diagnostics());
}

/// None of `found` is a finding that only follows from a file being left out. (The
/// repository's site has warnings of its own: references that still lack an accessed date.)
fn assert_no_follow_ons(found: &[String]) {
    for code in [
        "unused-reference",
        "unknown-citation",
        "broken-link",
        "missing-translation",
    ] {
        assert!(
            !found.iter().any(|d| d.contains(&format!("[{code}]"))),
            "{code}: {found:#?}"
        );
    }
}
