//! Unit tests of the link check, on sites described in memory.

use std::collections::HashSet;
use std::ops::Range;

use url::Url;

use super::*;
use crate::diagnostics::SourceText;

const TEMPLATE: &str = "themes/t/templates/article.html";

fn links(urls: &[&str]) -> Vec<String> {
    urls.iter().map(|url| url.to_string()).collect()
}

fn page<'a>(file: &str, ids: &[&str], urls: &[&str]) -> PageLinks<'a> {
    PageLinks {
        file: file.to_string(),
        ids: ids.iter().copied().collect(),
        links: links(urls),
        base: None,
        served_at_any_path: file == "404.html",
        template: TEMPLATE.to_string(),
        content: Vec::new(),
    }
}

fn files(paths: &[&str]) -> HashSet<String> {
    paths.iter().map(|p| p.to_string()).collect()
}

/// Runs the check on `pages` of a site at `https://example.org/kennis/`.
fn run(
    pages: &[PageLinks<'_>],
    documents: &[(String, String)],
    templates: &[SourceText],
) -> Vec<Diagnostic> {
    let base_url = Url::parse("https://example.org/kennis/").unwrap_or_else(|e| panic!("{e}"));
    let mut written = files(&["index.html", "404.html", "style.css", "nl/index.html"]);
    written.extend(pages.iter().map(|p| p.file.clone()));
    written.extend(documents.iter().map(|(path, _)| path.clone()));
    check(&SiteOutput {
        base_url: &base_url,
        files: &written,
        pages,
        documents,
        templates,
    })
}

fn summary(found: &[Diagnostic]) -> Vec<String> {
    found
        .iter()
        .map(|d| format!("{}:{}:{} {}", d.file, d.line, d.column, d.code))
        .collect()
}

/// The byte range of the first `needle` in `text`.
fn range_of(text: &str, needle: &str) -> Range<usize> {
    let start = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in text"));
    start..start + needle.len()
}

#[test]
fn working_links_pass() {
    let pages = [page(
        "nl/a/index.html",
        &["bronnen"],
        &[
            "/kennis/nl/",
            "/kennis/nl",
            "/kennis/style.css?h=1f",
            "#bronnen",
            "#top",
            "#",
            "",
            "../a/#bronnen",
            "../../",
            "https://example.org/kennis/nl/a/#bronnen",
            "https://pubmed.ncbi.nlm.nih.gov/1/",
            "http://example.org/elders/",
            "mailto:redactie@example.org",
            "@/artikelen/zink.md",
        ],
    )];
    assert_eq!(summary(&run(&pages, &[], &[])), Vec::<String>::new());
}

#[test]
fn each_kind_of_broken_link_is_an_error() {
    let pages = [
        page(
            "nl/a/index.html",
            &["bronnen"],
            &[
                "/kennis/nl/b/",
                "#nergens",
                "/kennis/nl/#x",
                "/nl/a/",
                "http://[::1",
            ],
        ),
        page("404.html", &[], &["nl/", "/kennis/nl/", "#main"]),
    ];
    let found = run(&pages, &[], &[]);
    let messages: Vec<&str> = found.iter().map(|d| d.message.as_str()).collect();
    let codes: Vec<&str> = found.iter().map(|d| d.code).collect();
    assert_eq!(
        codes,
        [
            "broken-link",
            "broken-link",
            "link-outside-site",
            "missing-anchor",
            "missing-anchor",
            "relative-link",
        ],
        "{messages:#?}"
    );
    let has = |text: &str| messages.iter().any(|m| m.contains(text));
    assert!(has(
        "link \"/kennis/nl/b/\": nothing is published at /kennis/nl/b/ (on nl/a/index.html)"
    ));
    assert!(has(
        "link \"#nergens\": /kennis/nl/a/ has no element with id \"nergens\""
    ));
    assert!(has("link \"/nl/a/\": it leads to /nl/a/, outside the site"));
    assert!(has("link \"nl/\": a relative link breaks on this page"));
    assert!(has("link \"http://[::1\": it is not a valid URL"));
    // The 404 page's ids are known too: #main is missing there. (The ids of nl/index.html are
    // not: it is no rendered page here, so its #x is not checked.)
    assert!(has(
        "link \"#main\": /kennis/404.html has no element with id \"main\""
    ));
}

#[test]
fn a_theme_link_broken_on_every_page_is_reported_once_where_it_is_written() {
    let base = SourceText::new(
        "themes/t/templates/base.html",
        "<nav>\n  <a href=\"/kennis/over/\">Over</a>\n</nav>".to_string(),
    );
    let article = SourceText::new(TEMPLATE, "{% extends \"base.html\" %}".to_string());
    let pages = [
        page("nl/a/index.html", &[], &["/kennis/over/", "/kennis/nl/x/"]),
        page("nl/b/index.html", &[], &["/kennis/over/", "/kennis/nl/x/"]),
        page("nl/c/index.html", &[], &["/kennis/over/"]),
    ];
    let found = run(&pages, &[], &[article, base]);
    assert_eq!(
        summary(&found),
        [
            "themes/t/templates/article.html:1:1 broken-link",
            "themes/t/templates/base.html:2:12 broken-link",
        ]
    );
    assert!(
        found[1]
            .message
            .ends_with("(on 3 pages, e.g. nl/a/index.html)"),
        "{}",
        found[1].message
    );
    assert!(
        found[0]
            .message
            .ends_with("(on 2 pages, e.g. nl/a/index.html)"),
        "{}",
        found[0].message
    );
}

#[test]
fn content_links_are_reported_where_the_editor_wrote_them() {
    let text = "+++\ntitle = \"A\"\n+++\n\nZie [b](/kennis/nl/b/) en\n<a href=\"/nl/c/\">c</a> en [#](#weg).\n";
    let source = SourceText::new("content/artikelen/a.nl.md", text.to_string());
    let body = text.find("\n\n").unwrap_or(0)..text.len();
    let recorded = vec![
        (
            "/kennis/nl/b/".to_string(),
            range_of(text, "[b](/kennis/nl/b/)"),
        ),
        ("#weg".to_string(), range_of(text, "[#](#weg)")),
    ];
    let content = ContentSource {
        source: &source,
        body: &body,
        links: &recorded,
        page_path: "nl/a/".to_string(),
    };
    let mut article = page(
        "nl/a/index.html",
        &[],
        &["/kennis/nl/b/", "/nl/c/", "#weg", "/kennis/nl/nergens/"],
    );
    article.content = vec![content.clone()];
    // The FAQ page shows the same text, with its fragment links made root-relative.
    let mut faq = page(
        "nl/faq/index.html",
        &[],
        &["/kennis/nl/b/", "/nl/c/", "/kennis/nl/a/#weg"],
    );
    faq.content = vec![content];
    let found = run(&[article, faq], &[], &[]);
    assert_eq!(
        summary(&found),
        [
            "content/artikelen/a.nl.md:5:5 broken-link",
            "content/artikelen/a.nl.md:6:10 link-outside-site",
            "content/artikelen/a.nl.md:6:27 missing-anchor",
            // Not in the Markdown: the theme's.
            "themes/t/templates/article.html:1:1 broken-link",
        ],
        "{found:#?}"
    );
    // Reported from the page the text belongs to, not as shown on the FAQ page.
    assert!(found.iter().all(|d| !d.message.contains("as shown on")));
    assert!(found[0].message.contains("@/section/key.md"));
}

#[test]
fn a_link_only_broken_where_the_text_is_shown_says_where() {
    let text = "+++\n+++\n[b](../b/)\n";
    let source = SourceText::new("content/artikelen/a.nl.md", text.to_string());
    let body = 8..text.len();
    let recorded = vec![("../b/".to_string(), range_of(text, "[b](../b/)"))];
    let mut faq = page("nl/vragen/alle/index.html", &[], &["../b/"]);
    faq.content = vec![ContentSource {
        source: &source,
        body: &body,
        links: &recorded,
        page_path: "nl/a/".to_string(),
    }];
    let b = page("nl/b/index.html", &[], &[]);
    let found = run(&[faq, b], &[], &[]);
    assert_eq!(
        summary(&found),
        ["content/artikelen/a.nl.md:3:1 broken-link"]
    );
    assert!(
        found[0]
            .message
            .ends_with("(as shown on nl/vragen/alle/index.html)"),
        "{}",
        found[0].message
    );
}

#[test]
fn sitemap_feed_and_robots_addresses_are_checked() {
    let sitemap = "<?xml version=\"1.0\"?>\n<urlset>\n<url><loc>https://example.org/kennis/nl/</loc></url>\n\
                   <url><loc>https://example.org/kennis/nl/weg/</loc></url>\n\
                   <url><loc>https://example.org/nl/</loc></url>\n</urlset>\n";
    let feed = "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n<link href=\"https://example.org/kennis/nl/atom.xml\"/>\n</feed>\n";
    let documents = [
        ("sitemap.xml".to_string(), sitemap.to_string()),
        ("nl/atom.xml".to_string(), feed.to_string()),
        (
            "robots.txt".to_string(),
            "Sitemap: https://example.org/kennis/sitemap.xml\nSitemap: /sitemap.xml\n".to_string(),
        ),
        ("zoek/index.json".to_string(), "{}".to_string()),
        ("broken.xml".to_string(), "<a>".to_string()),
    ];
    let found = run(&[], &documents, &[]);
    assert_eq!(
        summary(&found),
        [
            "broken.xml:1:1 broken-link",
            "robots.txt:2:10 broken-link",
            "sitemap.xml:4:6 broken-link",
            "sitemap.xml:5:6 link-outside-site",
        ],
        "{found:#?}"
    );
}

#[test]
fn a_finding_an_earlier_stage_made_is_not_repeated() {
    let earlier = Diagnostic::error_at(
        "content/a.nl.md",
        crate::diagnostics::Position { line: 3, column: 1 },
        "missing-anchor",
        "the page linked to has no heading or element with id #x".to_string(),
    );
    let mut same = earlier.clone();
    same.message = "link \"/nl/b/#x\": /nl/b/ has no element with id \"x\"".to_string();
    let mut elsewhere = same.clone();
    elsewhere.line = 4;
    let kept = without_repeats(vec![same, elsewhere.clone()], &[earlier]);
    assert_eq!(kept, [elsewhere]);
}

#[test]
fn links_that_certainly_work_can_be_dropped_early() -> crate::TestResult {
    let base_url = Url::parse("https://example.org/kennis/")?;
    let known = files(&["nl/index.html", "nl/a/index.html", "style.css"]);
    let early = KnownFiles {
        base_url: &base_url,
        files: &known,
    };
    let urls = [
        "#bronnen",
        "#caf%C3%A9",
        "#top",
        "#weg",
        "/kennis/nl/",
        "/kennis/style.css?h=1",
        "/kennis/nl/#bronnen",
        "/kennis/nl/atom.xml",
        "/nl/",
        "https://pubmed.ncbi.nlm.nih.gov/1/",
        "mailto:a@b.nl",
    ];
    let mut page = page("nl/a/index.html", &["bronnen", "café"], &urls);
    early.drop_working(&mut page);
    // Kept: a missing id, another page's id, a file written later, a link outside the site.
    assert_eq!(
        page.links,
        ["#weg", "/kennis/nl/#bronnen", "/kennis/nl/atom.xml", "/nl/"]
    );

    let mut with_base = self::page("nl/a/index.html", &["bronnen"], &["#bronnen"]);
    with_base.base = Some("/kennis/en/".to_string());
    early.drop_working(&mut with_base);
    assert_eq!(with_base.links, ["#bronnen"]);
    let mut not_found = self::page("404.html", &[], &["nl/", "/kennis/nl/"]);
    early.drop_working(&mut not_found);
    assert_eq!(not_found.links, ["nl/", "/kennis/nl/"]);
    Ok(())
}

mod properties {
    use proptest::prelude::*;

    use super::*;
    use crate::postprocess::{Decorator, PostLabels, Scope};

    /// Pieces of URLs and markup that exercise resolution, decoding and srcset parsing.
    const PIECES: &[&str] = &[
        "/",
        "/kennis",
        "/kennis/",
        "../",
        "./",
        "#",
        "#a",
        "?",
        "%",
        "%C3%A9",
        "%zz",
        "&amp;",
        "&#x",
        ":",
        "https://",
        "//",
        "example.org",
        "mailto:",
        "@/",
        ",",
        " ",
        "1x",
        "(",
        ")",
        "\"",
        "'",
        "é",
        "\\",
        "[",
        "]",
        "index.html",
        "nl/",
        "\n",
    ];

    fn text() -> impl Strategy<Value = String> {
        prop::collection::vec(prop::sample::select(PIECES), 0..12).prop_map(|p| p.concat())
    }

    proptest! {
        #[test]
        fn any_page_is_checked_without_panicking(
            href in text(),
            srcset in text(),
            id in text(),
            source_text in text(),
            range_start in 0usize..40,
            range_len in 0usize..40,
        ) {
            let html = format!(
                "<a href=\"{href}\" id=\"{id}\">x</a><img srcset=\"{srcset}\">\
                 <meta http-equiv=refresh content=\"{href}\"><base href=\"{srcset}\">"
            );
            let base_url = Url::parse("https://example.org/kennis/")
                .unwrap_or_else(|e| panic!("{e}"));
            let processed = Decorator::new(&PostLabels::default(), &base_url).rewrite(&html, Scope::Theme)
                .unwrap_or_else(|e| panic!("{e}"));
            let source = SourceText::new("content/a.nl.md", source_text);
            let body = 0..source.text.len();
            let recorded = vec![(href.clone(), range_start..range_start + range_len)];
            for base in [None, processed.base.clone()] {
                let mut page = PageLinks {
                    file: "nl/a/index.html".to_string(),
                    ids: processed.ids.iter().map(String::as_str).collect(),
                    links: processed.links.clone(),
                    base,
                    served_at_any_path: false,
                    template: TEMPLATE.to_string(),
                    content: vec![ContentSource {
                        source: &source,
                        body: &body,
                        links: &recorded,
                        page_path: "nl/a/".to_string(),
                    }],
                };
                let written = files(&["nl/a/index.html"]);
                KnownFiles { base_url: &base_url, files: &written }.drop_working(&mut page);
                let documents = [("sitemap.xml".to_string(), format!("<urlset><loc>{href}</loc></urlset>"))];
                let pages = [page];
                check(&SiteOutput {
                    base_url: &base_url,
                    files: &written,
                    pages: &pages,
                    documents: &documents,
                    templates: &[],
                });
            }
        }
    }
}
