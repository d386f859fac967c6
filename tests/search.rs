//! Site search: the index files the build writes per language, the search page in each
//! language, the search box on every page, and what a query finds (through the library's
//! query function, which ranks exactly as the search page's script does).

mod common;

use std::path::Path;
use std::process::Command;

use common::{Fixture, Page, repo_root, snapshot};
use kennis::search::{Hit, SearchIndex};

const SITE_TOML: &str = r#"base_url = "https://example.org/"
default_language = "nl"

[languages.nl]
title = "Testkennis"
description = "Een testsite."
locale = "nl_NL"
tags_slug = "onderwerpen"
search_slug = "zoeken"

[languages.en]
title = "Test knowledge"
description = "A test site."
locale = "en_GB"
tags_slug = "topics"
"#;

/// The fixture site with the search page at `nl/zoeken/`.
fn site() -> Fixture {
    let site = Fixture::new("basic");
    site.write("site.toml", SITE_TOML);
    site
}

fn load_index(output: &Path, lang: &str) -> SearchIndex {
    let folder = output.join(lang).join("search-index");
    SearchIndex::open_folder(&folder).unwrap_or_else(|e| panic!("{}: {e}", folder.display()))
}

/// Every document of an index, as (title, path, section, summary).
fn documents(index: &SearchIndex) -> Vec<(String, String, String, String)> {
    index
        .documents()
        .unwrap_or_else(|e| panic!("read the documents: {e}"))
}

/// What a search finds.
fn find(index: &SearchIndex, query: &str) -> Vec<Hit> {
    index
        .search(query)
        .unwrap_or_else(|e| panic!("search {query:?}: {e}"))
}

fn paths(hits: &[Hit]) -> Vec<&str> {
    hits.iter().map(|h| h.path.as_str()).collect()
}

#[test]
fn every_language_gets_an_index_of_its_articles() {
    let site = site();
    site.build_ok();
    let nl = load_index(&site.public(), "nl");
    let en = load_index(&site.public(), "en");
    assert_eq!(nl.entry().lang, "nl");
    assert_eq!(en.entry().lang, "en");
    let nl_docs = documents(&nl);
    let nl_paths: Vec<&str> = nl_docs.iter().map(|d| d.1.as_str()).collect();
    assert_eq!(
        nl_paths,
        [
            "nl/artikelen/slaap/",
            "nl/artikelen/vitamine-d/",
            "nl/gidsen/alleen-nederlands/"
        ]
    );
    assert_eq!(nl.entry().documents, 3);
    let (title, _, section, description) = &nl_docs[0];
    assert_eq!(
        (title.as_str(), section.as_str(), description.as_str()),
        ("Slaap", "Artikelen", "Over slaap.")
    );
    // Drafts stay out, as they stay off the site.
    assert!(documents(&en).iter().all(|d| d.1.starts_with("en/")));
    assert!(!nl_paths.iter().any(|p| p.contains("concept")));
}

#[test]
fn the_index_folder_holds_the_entry_file_and_the_fragments_it_names() {
    let site = site();
    site.build_ok();
    for lang in ["nl", "en"] {
        let folder = site.public().join(lang).join("search-index");
        let index = load_index(&site.public(), lang);
        let entry = index.entry();
        let mut named: Vec<String> = entry
            .term_files
            .iter()
            .map(|(_, name)| name.clone())
            .chain(entry.document_files.iter().cloned())
            .collect();
        named.push("index.json".to_string());
        named.sort();
        let mut on_disk: Vec<String> = std::fs::read_dir(&folder)
            .unwrap_or_else(|e| panic!("{}: {e}", folder.display()))
            .flatten()
            .map(|f| f.file_name().to_string_lossy().into_owned())
            .collect();
        on_disk.sort();
        assert_eq!(on_disk, named, "{lang}");
        // Reading every document reads each document file once.
        let documents = documents(&index);
        assert_eq!(documents.len(), entry.documents as usize);
        assert_eq!(index.reads().len(), 1 + entry.document_files.len());
        // The single index file of format 1 is gone.
        assert!(!site.public().join(lang).join("search-index.json").exists());
    }
}

#[test]
fn a_dutch_search_for_slapen_finds_the_article_about_slaap() {
    let site = site();
    let article = site.read("content/artikelen/slaap.nl.md");
    assert!(article.contains("slaap") && !article.to_lowercase().contains("slapen"));
    site.build_ok();
    let nl = load_index(&site.public(), "nl");
    // The vitamin D article mentions "slaap" once, in a link; the article about it comes first.
    assert_eq!(
        paths(&find(&nl, "slapen")),
        ["nl/artikelen/slaap/", "nl/artikelen/vitamine-d/"]
    );
    assert_eq!(find(&nl, "Slapen"), find(&nl, "slaap"));
    // Every word must match, and stop words match nothing.
    assert_eq!(
        paths(&find(&nl, "slapen vitamine")),
        ["nl/artikelen/vitamine-d/"]
    );
    assert!(find(&nl, "de het een").is_empty());
    // English is stemmed as English.
    let en = load_index(&site.public(), "en");
    let sleeping = find(&en, "sleeping");
    assert!(!sleeping.is_empty());
    assert!(sleeping.iter().all(|h| h.path.starts_with("en/")));
}

#[test]
fn citations_and_reference_lists_are_not_searched() {
    let site = site();
    site.write(
        "content/artikelen/bron.nl.md",
        r#"+++
title = "Een artikel met een bron"
description = "Over een publicatie."
date = 2025-01-01

[[references]]
id = "zebra-2020"
title = "Kwispelende zebra's in het wild"
authors = ["Quokka A"]
year = 2020
url = "https://example.com/zebra"
+++

Dit artikel noemt een publicatie [@zebra-2020].
"#,
    );
    site.build_ok();
    let nl = load_index(&site.public(), "nl");
    assert_eq!(paths(&find(&nl, "publicatie")), ["nl/artikelen/bron/"]);
    for word in ["zebra", "kwispelende", "quokka", "2020", "bronnen"] {
        assert!(find(&nl, word).is_empty(), "{word} was indexed");
    }
}

#[test]
fn the_search_page_exists_in_every_language_with_its_alternates() {
    let site = site();
    site.build_ok();
    let nl = site.page("nl/zoeken/index.html");
    let en = site.page("en/search/index.html");
    for page in [&nl, &en] {
        let hreflangs = page.hreflangs();
        assert_eq!(hreflangs["nl"], "https://example.org/nl/zoeken/");
        assert_eq!(hreflangs["en"], "https://example.org/en/search/");
        assert_eq!(hreflangs["x-default"], "https://example.org/nl/zoeken/");
        // The form works without JavaScript: it sends ?q= to the page itself.
        let form = page.one("#search form[role=search][method=get]");
        let input = page.one("#search input[type=search][name=q]");
        let id = input.value().attr("id").unwrap_or_default();
        assert_eq!(page.select(&format!("label[for={id}]")).len(), 1);
        assert_eq!(page.select("noscript").len(), 1);
        let scripts: Vec<&str> = page
            .select("script[src][defer]")
            .iter()
            .filter_map(|s| s.value().attr("src"))
            .collect();
        assert!(scripts.iter().any(|s| s.starts_with("/search.js?h=")));
        assert!(scripts.iter().any(|s| s.starts_with("/snowball.js?h=")));
        assert!(form.value().attr("action").is_some());
    }
    assert_eq!(nl.attr("#search form", "action"), "/nl/zoeken/");
    assert_eq!(en.attr("#search form", "action"), "/en/search/");
    assert_eq!(
        nl.attr("#search", "data-index"),
        "/nl/search-index/index.json"
    );
    assert_eq!(nl.attr("html", "lang"), "nl");
    assert_eq!(en.attr("#search", "data-lang"), "en");
    assert!(site.public().join("search.js").is_file());
    assert!(site.public().join("snowball.js").is_file());
    // Search pages show nothing without a query: they stay out of the sitemap.
    let sitemap = std::fs::read_to_string(site.public().join("sitemap.xml")).unwrap_or_default();
    assert!(!sitemap.contains("/zoeken/") && !sitemap.contains("/search/"));
}

#[test]
fn every_page_has_a_search_box_that_leads_to_the_search_page() {
    let site = site();
    site.build_ok();
    for (file, action) in [
        ("nl/index.html", "/nl/zoeken/"),
        ("nl/artikelen/slaap/index.html", "/nl/zoeken/"),
        ("en/articles/vitamin-d/index.html", "/en/search/"),
    ] {
        let page = site.page(file);
        assert_eq!(page.attr(".site-search", "action"), action, "{file}");
        assert_eq!(page.attr(".site-search", "method"), "get", "{file}");
        let input = page.one(".site-search input[type=search][name=q]");
        let id = input.value().attr("id").unwrap_or_default();
        assert_eq!(
            page.select(&format!(".site-search label[for={id}]")).len(),
            1
        );
    }
    // The search page has its own form instead.
    assert!(
        site.page("nl/zoeken/index.html")
            .select(".site-search")
            .is_empty()
    );
}

#[test]
fn under_a_sub_path_every_search_address_is_under_it() {
    let site = site();
    let run = site.build(&["--base-url", "https://example.org/kennis/"]);
    assert_eq!(run.code(), 0, "{}", run.stderr());
    let public = site.public();
    let page = site.page("nl/artikelen/slaap/index.html");
    assert_eq!(page.attr(".site-search", "action"), "/kennis/nl/zoeken/");
    let search = site.page("nl/zoeken/index.html");
    assert_eq!(search.attr("#search form", "action"), "/kennis/nl/zoeken/");
    let index_url = search.attr("#search", "data-index");
    assert_eq!(index_url, "/kennis/nl/search-index/index.json");
    let base = search.attr("#search", "data-base");
    assert_eq!(base, "/kennis/");
    // The files are where those addresses say, once the base path is taken off.
    let on_disk = |url: &str| public.join(url.strip_prefix("/kennis/").unwrap_or(url));
    assert!(on_disk(&index_url).is_file());
    for lang in ["nl", "en"] {
        let index = load_index(&public, lang);
        for (_, path, _, _) in &documents(&index) {
            let link = format!("{base}{path}");
            assert!(link.starts_with("/kennis/"), "{link}");
            assert!(on_disk(&link).join("index.html").is_file(), "{link}");
        }
    }
    for script in search.select("script[src]") {
        let src = script.value().attr("src").unwrap_or_default();
        assert!(src.starts_with("/kennis/"), "{src}");
    }
}

#[test]
fn two_builds_write_the_same_indexes() {
    let site = site();
    let first = site.root().join("out-1");
    let second = site.root().join("out-2");
    for out in [&first, &second] {
        let run = site.build(&["--output", &out.to_string_lossy()]);
        assert_eq!(run.code(), 0, "{}", run.stderr());
    }
    let (a, b) = (snapshot(&first), snapshot(&second));
    let index_files = |files: &std::collections::BTreeMap<String, Vec<u8>>| {
        files
            .iter()
            .filter(|(path, _)| path.contains("/search-index/"))
            .map(|(path, bytes)| (path.clone(), bytes.clone()))
            .collect::<Vec<_>>()
    };
    for lang in ["nl", "en"] {
        assert!(a.contains_key(&format!("{lang}/search-index/index.json")));
    }
    assert!(index_files(&a).len() > 4);
    assert!(index_files(&a) == index_files(&b), "the indexes differ");
}

#[test]
fn a_broken_search_toml_stops_the_build_at_its_place() {
    let site = site();
    site.write("i18n/nl/search.toml", "stemmer = \"frans\"\n");
    let run = site.build(&[]);
    assert_eq!(run.code(), 1, "{}", run.stderr());
    run.assert_reported("i18n/nl/search.toml:1:11: error[search-settings]");
}

#[test]
fn on_this_repositorys_site_slapen_finds_the_article_on_magnesium_and_sleep() {
    let out = tempfile::tempdir().unwrap_or_else(|e| panic!("temp dir: {e}"));
    let public = out.path().join("public");
    let run = Command::new(env!("CARGO_BIN_EXE_kennis"))
        .args(["build", "--root"])
        .arg(repo_root())
        .arg("--output")
        .arg(&public)
        .output()
        .unwrap_or_else(|e| panic!("run kennis: {e}"));
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let nl = load_index(&public, "nl");
    let found = find(&nl, "slapen");
    let mut best: Vec<&str> = paths(&found).into_iter().take(2).collect();
    best.sort();
    assert_eq!(
        best,
        [
            "nl/artikelen/magnesium-en-een-goede-nachtrust/",
            "nl/artikelen/magnesiumtekort-en-slaapproblemen-in-de-winter/"
        ],
        "{:?}",
        paths(&found)
    );
    let en = load_index(&public, "en");
    let found = find(&en, "sleeping");
    let mut best: Vec<&str> = paths(&found).into_iter().take(2).collect();
    best.sort();
    assert_eq!(
        best,
        [
            "en/articles/magnesium-and-a-good-nights-sleep/",
            "en/articles/magnesium-deficiency-and-winter-sleep/"
        ],
        "{:?}",
        paths(&found)
    );
    let search_page = Page::read(&public.join("nl/zoeken/index.html"));
    assert_eq!(
        search_page.attr("#search", "data-index"),
        "/nl/search-index/index.json"
    );
}

/// The search text is gathered from the Markdown events while the body is rendered; reading
/// the finished body HTML (what search did before) must give the very same search document:
/// the same words, headings weighed apart from the rest. Checked on every article of the
/// fixture site and of this repository's site (raw HTML, FAQ, callouts, footnotes, citations,
/// comparison tables).
#[test]
fn search_text_from_events_is_the_text_of_the_html() {
    let fixture = site();
    // Everything else the body may hold: an image (its alt text is no text of the page), raw
    // HTML blocks and inline HTML with text, a script, a callout, a task list, code, a claim
    // without a source (as a warning, it gets a marker), a citation with a prefix.
    fixture.write(
        "site.toml",
        format!("{SITE_TOML}\n[claims]\nuncited = \"warn\"\n"),
    );
    fixture.write(
        "content/artikelen/alles.nl.md",
        r#"+++
title = "Alles"
description = "Van alles."
date = 2025-01-01

[[references]]
id = "bron"
title = "Een bron"
url = "https://example.org/bron"
+++

## Een <em>kop</em> met een afbeelding

![Alternatieve tekst](/plaatje.png)tekst na het plaatje, regel<br>breuk.

<details>
<summary>Vraag in HTML?</summary>
<p>Antwoord <b>vet</b> en <script>var verborgen = 1;</script> zichtbaar.</p>
</details>

<script>
var ookverborgen = 2;
</script>

Zin met <span class="x">inline tekst</span> erin, en `code` ook.

> [!TIP]
> Een tip in een kader.

- [x] taak een
- [ ] taak twee

Magnesium verlaagt de bloeddruk bij iedereen.

Vitamine D helpt bij botten [zie @bron, p. 3].

```
codeblok woorden
```
"#,
    );
    for root in [fixture.root().to_path_buf(), repo_root()] {
        let config = kennis::build::BuildOptions::new(&root)
            .config()
            .unwrap_or_else(|e| panic!("{e}"));
        let prepared = kennis::build::prepare(&root, &config, false);
        assert!(!prepared.site.articles.is_empty());
        let analyzers = prepared.analyzers.as_ref().expect("search settings load");
        let documents = prepared.site.articles.ids().map(|id| {
            let article = &prepared.site.articles[id];
            let body = &prepared.bodies.articles[id];
            let from_html = kennis::parse::markdown::page_text::page_text(&body.html);
            let read =
                kennis::search::article_document(&prepared.site, article, &from_html, analyzers);
            (
                article,
                read,
                prepared.search_documents.get(id).cloned().flatten(),
            )
        });
        for (article, read, made) in documents {
            let (read, made) = (read.expect("a document"), made.expect("a document"));
            assert_eq!(
                read.document, made.document,
                "search document of {}",
                article.source.display_path
            );
        }
    }
}
