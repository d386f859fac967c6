//! Incremental rebuilds (the engine of `kennis serve`): after any change, the site rebuilt from
//! the previous build must be exactly the site a fresh build makes, while an edit to one article
//! renders only that article's body (and its translation's) again.

mod common;

use common::Fixture;
use kennis::build::{BuildError, BuildOptions};
use kennis::commands::rebuild::{Rebuilder, Rebuilt, SiteFiles};

fn options(fixture: &Fixture) -> BuildOptions {
    BuildOptions {
        base_url: Some("http://127.0.0.1:1111/".to_string()),
        ..BuildOptions::new(fixture.root())
    }
}

fn rebuild(rebuilder: &mut Rebuilder) -> Rebuilt {
    rebuilder
        .rebuild()
        .unwrap_or_else(|e| panic!("rebuild failed: {e} {e:?}"))
}

/// A fresh build of the fixture as it is now.
fn fresh(fixture: &Fixture) -> SiteFiles {
    let rebuilt = rebuild(&mut Rebuilder::new(options(fixture)));
    assert_eq!(rebuilt.pages_rendered, rebuilt.pages);
    (*rebuilt.files).clone()
}

/// Asserts that the incremental result is the fresh build, naming the first file that differs.
fn assert_same_as_fresh(rebuilt: &Rebuilt, fixture: &Fixture) {
    let expected = fresh(fixture);
    let paths = |files: &SiteFiles| files.keys().cloned().collect::<Vec<_>>();
    assert_eq!(paths(&rebuilt.files), paths(&expected), "the same files");
    for (path, contents) in expected.iter() {
        assert!(
            rebuilt.files[path] == *contents,
            "{path} differs from a fresh build"
        );
    }
}

fn edit(fixture: &Fixture, file: &str, from: &str, to: &str) {
    let text = fixture.read(file);
    assert!(text.contains(from), "{file} has {from:?}");
    fixture.write(file, text.replacen(from, to, 1));
}

#[test]
fn an_article_edit_renders_only_what_depends_on_it() {
    let fixture = Fixture::new("basic");
    let mut rebuilder = Rebuilder::new(options(&fixture));
    let first = rebuild(&mut rebuilder);
    assert_eq!(first.pages_rendered, first.pages);

    let unchanged = rebuild(&mut rebuilder);
    assert_eq!(unchanged.bodies_rendered, 0);
    assert_same_as_fresh(&unchanged, &fixture);

    edit(
        &fixture,
        "content/artikelen/slaap.nl.md",
        "Tekst over slaap.",
        "Andere tekst over slaap.",
    );
    let edited = rebuild(&mut rebuilder);
    // The article and its English translation (which may cite its references).
    assert_eq!(edited.bodies_rendered, 2);
    assert!(
        edited.pages_rendered < first.pages_rendered,
        "{} of {} pages rendered again",
        edited.pages_rendered,
        edited.pages
    );
    assert_same_as_fresh(&edited, &fixture);
    let page = String::from_utf8_lossy(&edited.files["nl/artikelen/slaap/index.html"]).into_owned();
    assert!(page.contains("Andere tekst over slaap."));
}

#[test]
fn titles_topics_and_dates_reach_every_list() {
    let fixture = Fixture::new("basic");
    let mut rebuilder = Rebuilder::new(options(&fixture));
    rebuild(&mut rebuilder);
    edit(
        &fixture,
        "content/artikelen/slaap.nl.md",
        "title = \"Slaap\"",
        "title = \"Goed slapen\"",
    );
    edit(
        &fixture,
        "content/artikelen/slaap.nl.md",
        "tags = [\"zon\"]",
        "tags = [\"nacht\"]",
    );
    edit(
        &fixture,
        "content/artikelen/slaap.nl.md",
        "date = 2025-10-01",
        "date = 2024-01-01",
    );
    let edited = rebuild(&mut rebuilder);
    assert_eq!(edited.bodies_rendered, 2);
    assert_same_as_fresh(&edited, &fixture);
}

#[test]
fn added_and_removed_articles_and_theme_changes() {
    let fixture = Fixture::new("basic");
    let mut rebuilder = Rebuilder::new(options(&fixture));
    rebuild(&mut rebuilder);

    fixture.write(
        "content/artikelen/nieuw.nl.md",
        "+++\ntitle = \"Nieuw\"\ndescription = \"Een nieuw artikel.\"\ndate = 2026-01-01\n\
         tags = [\"zon\"]\n+++\n\nEen nieuw artikel.\n",
    );
    let added = rebuild(&mut rebuilder);
    assert!(added.files.contains_key("nl/artikelen/nieuw/index.html"));
    assert_same_as_fresh(&added, &fixture);

    fixture.remove("content/artikelen/nieuw.nl.md");
    let removed = rebuild(&mut rebuilder);
    assert!(!removed.files.contains_key("nl/artikelen/nieuw/index.html"));
    assert_same_as_fresh(&removed, &fixture);

    let css = "themes/default/static/style.css";
    fixture.write(css, format!("{}\n/* changed */\n", fixture.read(css)));
    let restyled = rebuild(&mut rebuilder);
    assert_eq!(
        restyled.bodies_rendered, 0,
        "a theme change keeps the bodies"
    );
    assert_same_as_fresh(&restyled, &fixture);
}

#[test]
fn a_failed_rebuild_reports_and_the_next_one_recovers() {
    let fixture = Fixture::new("basic");
    let mut rebuilder = Rebuilder::new(options(&fixture));
    rebuild(&mut rebuilder);
    let original = fixture.read("content/artikelen/slaap.nl.md");
    edit(
        &fixture,
        "content/artikelen/slaap.nl.md",
        "Tekst over slaap.",
        "Tekst over slaap [@bestaat-niet].",
    );
    match rebuilder.rebuild() {
        Err(BuildError::Content(found)) => assert!(
            found.iter().any(|d| d.code == "unknown-citation"
                && d.file == "content/artikelen/slaap.nl.md"
                && d.line == 11),
            "{found:?}"
        ),
        other => panic!("expected content errors, got {other:?}"),
    }
    fixture.write("content/artikelen/slaap.nl.md", original);
    let recovered = rebuild(&mut rebuilder);
    assert_same_as_fresh(&recovered, &fixture);
}
