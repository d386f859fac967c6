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

/// Rebuilds as `kennis serve` does when its file watcher saw `file` change; it must succeed.
fn rebuild_file(rebuilder: &mut Rebuilder, fixture: &Fixture, file: &str) -> Rebuilt {
    rebuilder
        .rebuild_paths(&[fixture.root().join(file)])
        .unwrap_or_else(|e| panic!("rebuild after {file} changed failed: {e} {e:?}"))
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

/// Asserts that the incremental warnings are a fresh build's (in any order).
fn assert_same_warnings_as_fresh(rebuilt: &Rebuilt, fixture: &Fixture) {
    let fresh = rebuild(&mut Rebuilder::new(options(fixture)));
    let sorted = |rebuilt: &Rebuilt| {
        let mut shown: Vec<String> = rebuilt.warnings.iter().map(|d| d.to_string()).collect();
        shown.sort();
        shown
    };
    assert_eq!(sorted(rebuilt), sorted(&fresh), "the same warnings");
}

const NIGHT_REST: &str = "content/artikelen/magnesium-en-een-goede-nachtrust.nl.md";

#[test]
fn an_edit_to_an_articles_text_named_by_the_watcher_patches_the_last_build() {
    let fixture = Fixture::repository();
    let mut rebuilder = Rebuilder::new(options(&fixture));
    rebuild(&mut rebuilder);

    // Running text: only the article's body and page are made again.
    edit(
        &fixture,
        NIGHT_REST,
        "raadpleeg dan je\nhuisarts.",
        "raadpleeg dan je\nhuisarts of apotheker.",
    );
    let edited = rebuild_file(&mut rebuilder, &fixture, NIGHT_REST);
    assert_eq!((edited.bodies_rendered, edited.pages_rendered), (1, 1));
    assert_same_as_fresh(&edited, &fixture);
    // The English translation no longer matches the text it was made from.
    assert!(
        edited
            .warnings
            .iter()
            .any(|d| d.code == "stale-translation" && d.file == NIGHT_REST.replace(".nl.", ".en.")),
        "{:?}",
        edited.warnings
    );
    assert_same_warnings_as_fresh(&edited, &fixture);

    // A question of its FAQ: the FAQ page of its language too.
    edit(
        &fixture,
        NIGHT_REST,
        "### Hoe snel merk je iets van magnesium?",
        "### Na hoeveel tijd merk je iets van magnesium?",
    );
    let faq = rebuild_file(&mut rebuilder, &fixture, NIGHT_REST);
    assert_eq!((faq.bodies_rendered, faq.pages_rendered), (1, 2));
    assert_same_as_fresh(&faq, &fixture);

    // Citations moved about: the numbers in its FAQ answers change, so the FAQ page does.
    edit(
        &fixture,
        NIGHT_REST,
        "huisarts of apotheker.",
        "huisarts of apotheker [@mah-2021].",
    );
    let renumbered = rebuild_file(&mut rebuilder, &fixture, NIGHT_REST);
    assert_same_as_fresh(&renumbered, &fixture);
    assert_same_warnings_as_fresh(&renumbered, &fixture);
}

#[test]
fn edits_the_patch_cannot_make_rebuild_as_before() {
    let fixture = Fixture::repository();
    let mut rebuilder = Rebuilder::new(options(&fixture));
    let first = rebuild(&mut rebuilder);
    let path = fixture.root().join(NIGHT_REST);

    // A source it did not cite before: the sources page and the reference checks change.
    edit(
        &fixture,
        NIGHT_REST,
        "huisarts.",
        "huisarts [@voedingscentrum-aanbevelingen].",
    );
    let cited = rebuild_file(&mut rebuilder, &fixture, NIGHT_REST);
    assert!(cited.pages_rendered > 2, "{}", cited.pages_rendered);
    assert_same_as_fresh(&cited, &fixture);
    assert_same_warnings_as_fresh(&cited, &fixture);

    // The front matter: lists, feeds and the sitemap change.
    edit(&fixture, NIGHT_REST, "\ntitle = \"", "\ntitle = \"Nieuw: ");
    let titled = rebuild_file(&mut rebuilder, &fixture, NIGHT_REST);
    assert!(titled.pages_rendered > 2, "{}", titled.pages_rendered);
    assert_same_as_fresh(&titled, &fixture);

    // An error: reported as by any build, and the last good build is kept.
    let good = fixture.read(NIGHT_REST);
    edit(
        &fixture,
        NIGHT_REST,
        "huisarts [@",
        "huisarts [@bestaat-niet] [@",
    );
    match rebuilder.rebuild_paths(std::slice::from_ref(&path)) {
        Err(BuildError::Content(found)) => assert!(
            found
                .iter()
                .any(|d| d.code == "unknown-citation" && d.file == NIGHT_REST),
            "{found:?}"
        ),
        other => panic!("expected content errors, got {other:?}"),
    }
    fixture.write(NIGHT_REST, good);
    let recovered = rebuild_file(&mut rebuilder, &fixture, NIGHT_REST);
    assert_same_as_fresh(&recovered, &fixture);
    assert_same_warnings_as_fresh(&recovered, &fixture);
    assert_eq!(recovered.pages, first.pages);
}

#[test]
fn every_rebuild_checks_the_links_of_the_pages_it_writes_and_those_into_them() {
    let fixture = Fixture::new("basic");
    let vitamin = "content/artikelen/vitamine-d.nl.md";
    let sleep = "content/artikelen/slaap.nl.md";
    // A link in raw HTML, to a heading on another page.
    edit(
        &fixture,
        vitamin,
        "## Vitamine D-tekort",
        "<p>Zie ook <a href=\"/nl/artikelen/slaap/#diepe-slaap\">diepe slaap</a>.</p>\n\n\
         ## Vitamine D-tekort",
    );
    let mut rebuilder = Rebuilder::new(options(&fixture));
    rebuild(&mut rebuilder);
    let broken = |result: Result<Rebuilt, BuildError>, code: &str, file: &str| match result {
        Err(BuildError::Content(found)) => assert!(
            found.iter().any(|d| d.code == code && d.file == file),
            "{found:?}"
        ),
        Ok(_) => panic!("expected {code} in {file}, the rebuild passed"),
        Err(other) => panic!("expected {code} in {file}, got {other:?}"),
    };

    // The heading it links to renamed: the page with the link is not written again, but the
    // links to anchors of every body are looked at again.
    let sleep_path = fixture.root().join(sleep);
    edit(&fixture, sleep, "## Diepe slaap", "## Lichte slaap");
    broken(
        rebuilder.rebuild_paths(std::slice::from_ref(&sleep_path)),
        "missing-anchor",
        vitamin,
    );
    edit(&fixture, sleep, "## Lichte slaap", "## Diepe slaap");
    let recovered = rebuild_file(&mut rebuilder, &fixture, sleep);
    assert_same_as_fresh(&recovered, &fixture);

    // A link to nowhere in the page written again.
    edit(
        &fixture,
        sleep,
        "Tekst over slaap.",
        "Tekst over [slaap](/nl/nergens/).",
    );
    broken(
        rebuilder.rebuild_paths(std::slice::from_ref(&sleep_path)),
        "broken-link",
        sleep,
    );
    // The same without the watcher's help.
    broken(rebuilder.rebuild(), "broken-link", sleep);
    edit(
        &fixture,
        sleep,
        "Tekst over [slaap](/nl/nergens/).",
        "Tekst over slaap.",
    );
    let fixed = rebuild(&mut rebuilder);
    assert_same_as_fresh(&fixed, &fixture);
    assert_same_warnings_as_fresh(&fixed, &fixture);
}

#[test]
fn a_question_two_articles_ask_moves_its_faq_page_when_one_drops_it() {
    let fixture = Fixture::repository();
    let mut rebuilder = Rebuilder::new(options(&fixture));
    rebuild(&mut rebuilder);
    // Both articles ask it; the first in the site's order carries its FAQPage. Once it asks
    // something else, the other article must take the question up.
    edit(
        &fixture,
        NIGHT_REST,
        "### Helpt magnesium tegen slapeloosheid?",
        "### Helpt magnesium bij slapeloosheid?",
    );
    let patched = rebuild_file(&mut rebuilder, &fixture, NIGHT_REST);
    assert_same_as_fresh(&patched, &fixture);
}

#[test]
fn a_topic_that_loses_its_counterpart_loses_the_link_to_it() {
    let fixture = Fixture::new("basic");
    fixture.write(
        "content/tags.toml",
        "[vitamins]\nnl = \"Vitamines\"\nen = \"Vitamins\"\n",
    );
    // The Dutch topic is on an article that is no translation of the English one, so only the
    // pairing ties the two topic pages together.
    edit(
        &fixture,
        "content/artikelen/vitamine-d.nl.md",
        "tags = [\"Vitamines\", \"Zon\"]",
        "tags = [\"Zon\"]",
    );
    edit(
        &fixture,
        "content/gidsen/alleen-nederlands.nl.md",
        "date = 2025-09-01",
        "date = 2025-09-01\ntags = [\"Vitamines\"]",
    );
    let mut rebuilder = Rebuilder::new(options(&fixture));
    rebuild(&mut rebuilder);
    // The English article drops the tag: the Dutch topic page must lose its alternate.
    edit(
        &fixture,
        "content/artikelen/vitamine-d.en.md",
        "tags = [\"Vitamins\"]",
        "tags = []",
    );
    let rebuilt = rebuild(&mut rebuilder);
    assert_same_as_fresh(&rebuilt, &fixture);
    edit(
        &fixture,
        "content/artikelen/vitamine-d.en.md",
        "tags = []",
        "tags = [\"Vitamins\"]",
    );
    let rebuilt = rebuild(&mut rebuilder);
    assert_same_as_fresh(&rebuilt, &fixture);
}

#[test]
fn images_added_or_replaced_are_shown_as_a_fresh_build_shows_them() {
    let fixture = Fixture::with_images("basic");
    let mut rebuilder = Rebuilder::new(options(&fixture));
    rebuild(&mut rebuilder);

    // The same name, another size: the pages must carry the new width and height. (Only the
    // header is changed, which is all that sizes are read from.) A file of `static/` is a
    // theme file, which does not render the bodies again by itself.
    let mut larger = common::PNG_2X3;
    larger[19] = 4; // width 4
    larger[23] = 5; // height 5
    let image = "static/afbeeldingen/logo.png";
    fixture.write(image, larger);
    let rebuilt = rebuild_file(&mut rebuilder, &fixture, image);
    assert_same_as_fresh(&rebuilt, &fixture);
    let page = &rebuilt.files["nl/artikelen/beelden/index.html"];
    assert!(
        String::from_utf8_lossy(page).contains("width=\"4\" height=\"5\""),
        "the new size is not on the page"
    );

    // A new file in the folder is published next to both language versions.
    let added = "content/artikelen/beelden/blauw.png";
    fixture.write(added, common::PNG_2X3);
    let rebuilt = rebuild_file(&mut rebuilder, &fixture, added);
    assert_same_as_fresh(&rebuilt, &fixture);
    assert!(rebuilt.files.contains_key("en/articles/images/blauw.png"));
}

#[test]
fn hidden_static_files_are_rebuilt_as_a_fresh_build_publishes_them() {
    let fixture = Fixture::new("basic");
    let mut rebuilder = Rebuilder::new(options(&fixture));
    rebuild(&mut rebuilder);

    let htaccess = "static/.htaccess";
    fixture.write(htaccess, "Options -Indexes\n");
    fixture.write("static/.git/HEAD", "ref: refs/heads/main\n");
    let added = rebuild_file(&mut rebuilder, &fixture, htaccess);
    assert_same_as_fresh(&added, &fixture);
    assert_eq!(&*added.files[".htaccess"], b"Options -Indexes\n");
    assert!(!added.files.keys().any(|path| path.starts_with(".git")));

    fixture.write(htaccess, "Options -Indexes +FollowSymLinks\n");
    let changed = rebuild_file(&mut rebuilder, &fixture, htaccess);
    assert_same_as_fresh(&changed, &fixture);
    assert_eq!(
        &*changed.files[".htaccess"],
        b"Options -Indexes +FollowSymLinks\n"
    );
}
