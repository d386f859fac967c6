//! Structured data as outside validators read it: the schema.org types of cited works and their
//! authors, one FAQPage per question on the whole site, topic pages paired across languages,
//! a sitemap `lastmod` for every URL and an Atom `updated` per entry. Output is parsed (JSON-LD
//! with serde_json, HTML with scraper, XML with roxmltree), never searched as text.

mod common;

use std::collections::BTreeMap;

use common::{Fixture, Page, snapshot};
use serde_json::Value;

/// Every JSON-LD node on the page: each document, or each node of its `@graph`.
fn json_ld_nodes(page: &Page) -> Vec<Value> {
    page.select("script[type='application/ld+json']")
        .iter()
        .flat_map(|s| {
            let text: String = s.text().collect();
            let document: Value =
                serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}: {text}"));
            match document["@graph"].as_array() {
                Some(graph) => graph.clone(),
                None => vec![document],
            }
        })
        .collect()
}

/// Every HTML page of a built site, by path relative to the output folder.
fn html_pages(site: &Fixture) -> BTreeMap<String, Page> {
    snapshot(&site.public())
        .into_keys()
        .filter(|path| path.ends_with(".html"))
        .map(|path| {
            let page = Page::read(&site.public().join(&path));
            (path, page)
        })
        .collect()
}

/// How many `FAQPage` documents of the whole site name each question.
fn faq_page_questions(site: &Fixture) -> BTreeMap<String, usize> {
    let mut count = BTreeMap::new();
    for page in html_pages(site).values() {
        for node in json_ld_nodes(page) {
            if node["@type"] != "FAQPage" {
                continue;
            }
            for question in node["mainEntity"].as_array().into_iter().flatten() {
                let name = question["name"].as_str().unwrap_or_default().to_string();
                *count.entry(name).or_insert(0) += 1;
            }
        }
    }
    count
}

fn xml_document(text: &str) -> roxmltree::Document<'_> {
    roxmltree::Document::parse(text).unwrap_or_else(|e| panic!("{e}: {text}"))
}

const BIBLIOGRAPHY: &str = r#"[[references]]
id = "gr-2012"
title = "Evaluatie van de voedingsnormen voor vitamine D"
authors = ["Gezondheidsraad"]
year = 2012
url = "https://www.gezondheidsraad.nl/documenten/adviezen/2012/09/26/evaluatie-van-de-voedingsnormen-voor-vitamine-d"
type = "report"

[[references]]
id = "efsa-2015"
title = "Scientific Opinion on Dietary Reference Values for magnesium"
authors = ["EFSA Panel on Dietetic Products, Nutrition and Allergies (NDA)"]
year = 2015
container = "EFSA Journal"
doi = "10.2903/j.efsa.2015.4186"
type = "article-journal"

[[references]]
id = "dai-2018"
title = "Magnesium status and supplementation influence vitamin D status"
authors = ["Dai Q", "Zhu X", "et al."]
year = 2018
container = "Am J Clin Nutr"
doi = "10.1093/ajcn/nqy274"
type = "article-journal"

[[references]]
id = "vink-2011"
title = "Magnesium in the Central Nervous System"
authors = [{ organisation = "University of Adelaide Press" }, { person = "Panel J" }, "Vink R", "e.a."]
year = 2011
isbn = "978-0-9870730-5-1"
container = "Adelaide University Press"
type = "book"

[[references]]
id = "cuciureanu-2011"
title = "Magnesium and stress"
authors = ["Cuciureanu MD", "Vink R"]
year = 2011
container = "Magnesium in the Central Nervous System"
url = "https://www.ncbi.nlm.nih.gov/books/NBK507250/"
type = "chapter"
"#;

const CITING_ARTICLE: &str = r#"+++
title = "Bronnen"
description = "Een artikel dat elke soort bron noemt."
date = 2025-08-01
+++

<!-- kennis:no-claim -->
Wij lazen [@gr-2012], [@efsa-2015], [@dai-2018], [@vink-2011] en [@cuciureanu-2011].
"#;

/// The `basic` fixture, with a bibliography of every kind of author and work, cited by one
/// Dutch article.
fn citing_site() -> Fixture {
    let site = Fixture::new("basic");
    site.write("content/bibliography.toml", BIBLIOGRAPHY);
    site.write("content/gidsen/bronnen.nl.md", CITING_ARTICLE);
    site
}

#[test]
fn cited_works_and_their_authors_have_the_right_schema_org_types() {
    let site = citing_site();
    site.build_ok();
    let page = site.page("nl/gidsen/bronnen/index.html");
    let nodes = json_ld_nodes(&page);
    let article = nodes
        .iter()
        .find(|n| n["@type"] == "MedicalWebPage")
        .unwrap_or_else(|| panic!("no MedicalWebPage: {nodes:?}"));
    let works: BTreeMap<&str, &Value> = article["citation"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|w| (w["name"].as_str().unwrap_or_default(), w))
        .collect();
    let typed_authors = |title: &str| -> Vec<(String, String)> {
        works[title]["author"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|a| {
                let field = |f: &str| a[f].as_str().unwrap_or_default().to_string();
                (field("@type"), field("name"))
            })
            .collect()
    };
    let pair = |kind: &str, name: &str| (kind.to_string(), name.to_string());

    let report = "Evaluatie van de voedingsnormen voor vitamine D";
    assert_eq!(works[report]["@type"], "Report");
    assert_eq!(
        typed_authors(report),
        [pair("Organization", "Gezondheidsraad")]
    );

    let opinion = "Scientific Opinion on Dietary Reference Values for magnesium";
    assert_eq!(works[opinion]["@type"], "ScholarlyArticle");
    assert_eq!(works[opinion]["isPartOf"]["@type"], "Periodical");
    assert_eq!(
        typed_authors(opinion),
        [pair(
            "Organization",
            "EFSA Panel on Dietetic Products, Nutrition and Allergies (NDA)"
        )]
    );

    // "et al." means "and others": nobody of that name wrote it.
    let status = "Magnesium status and supplementation influence vitamin D status";
    assert_eq!(
        typed_authors(status),
        [pair("Person", "Dai Q"), pair("Person", "Zhu X")]
    );

    // A book is a Book, never a Periodical; a table says what an author is, whatever the name.
    let book = "Magnesium in the Central Nervous System";
    assert_eq!(works[book]["@type"], "Book");
    assert_ne!(works[book]["isPartOf"]["@type"], "Periodical");
    assert_eq!(
        typed_authors(book),
        [
            pair("Organization", "University of Adelaide Press"),
            pair("Person", "Panel J"),
            pair("Person", "Vink R"),
        ]
    );

    let chapter = "Magnesium and stress";
    assert_eq!(works[chapter]["@type"], "Chapter");
    assert_eq!(works[chapter]["isPartOf"]["@type"], "Book");

    // The reference list still shows the authors as written.
    assert!(
        page.text("#ref-vink-2011")
            .contains("Panel J, Vink R, e.a.")
    );

    // The sources page lists the same works, typed the same, in the page's order.
    let sources = site.page("nl/sources/index.html");
    let nodes = json_ld_nodes(&sources);
    let collection = nodes
        .iter()
        .find(|n| n["@type"] == "CollectionPage")
        .unwrap_or_else(|| panic!("no CollectionPage: {nodes:?}"));
    let items: Vec<&Value> = collection["mainEntity"]["itemListElement"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|i| &i["item"])
        .collect();
    let listed_names: Vec<&str> = items.iter().filter_map(|w| w["name"].as_str()).collect();
    let on_page = sources.select(".source-index > li").len();
    assert_eq!(items.len(), on_page, "{listed_names:?}");
    let listed: BTreeMap<&str, &Value> = items
        .iter()
        .map(|w| (w["name"].as_str().unwrap_or_default(), *w))
        .collect();
    for title in [report, opinion, status, book, chapter] {
        assert_eq!(listed[title]["@type"], works[title]["@type"], "{title}");
        assert_eq!(listed[title]["author"], works[title]["author"], "{title}");
    }
    // Sorted as the page is: Dai's article, then the Gezondheidsraad's report, then Vink's book.
    let place = |name: &str| listed_names.iter().position(|n| *n == name);
    assert!(
        place(status) < place(report) && place(report) < place(book),
        "{listed_names:?}"
    );
}

#[test]
fn each_question_of_this_site_is_in_exactly_one_faq_page() {
    let site = Fixture::repository();
    site.build_ok();
    let questions = faq_page_questions(&site);
    assert!(
        questions.len() >= 10,
        "the site's articles have questions: {questions:?}"
    );
    let repeated: Vec<_> = questions.iter().filter(|(_, n)| **n != 1).collect();
    assert!(
        repeated.is_empty(),
        "in more than one FAQPage: {repeated:?}"
    );
    // The FAQ pages show the questions but leave the markup to the articles.
    for faq in ["nl/veelgestelde-vragen/index.html", "en/faq/index.html"] {
        let page = site.page(faq);
        assert!(!page.select(".faq-group details").is_empty(), "{faq}");
        let types: Vec<Value> = json_ld_nodes(&page)
            .iter()
            .map(|n| n["@type"].clone())
            .collect();
        assert!(!types.contains(&Value::from("FAQPage")), "{faq}: {types:?}");
    }
}

#[test]
fn this_sites_topic_pages_are_paired_and_every_url_has_a_lastmod() {
    let site = Fixture::repository();
    let run = site.build_ok();
    // The site's only warnings are web pages still waiting for an editor to note when they were
    // consulted (incomplete-reference); nothing about tags.
    let findings: Vec<String> = run
        .diagnostics()
        .into_iter()
        .filter(|d| !d.contains("[incomplete-reference]"))
        .collect();
    assert!(
        findings.is_empty(),
        "the tag table names only tags in use: {findings:?}"
    );
    let page = site.page("nl/onderwerpen/slaap/index.html");
    let alternates = page.hreflangs();
    assert_eq!(
        alternates.get("en").map(String::as_str),
        Some("https://kennis.example.org/en/topics/sleep/")
    );
    let sitemap = std::fs::read_to_string(site.public().join("sitemap.xml")).expect("sitemap");
    let sitemap = xml_document(&sitemap);
    let urls: Vec<_> = sitemap
        .descendants()
        .filter(|n| n.has_tag_name("url"))
        .collect();
    assert!(urls.len() > 40);
    for url in urls {
        let child = |name: &str| {
            url.children()
                .find(|c| c.has_tag_name(name))
                .and_then(|c| c.text())
        };
        assert!(child("lastmod").is_some(), "no lastmod: {:?}", child("loc"));
    }
}

const TAG_TABLE: &str = r#"# Topics per language.
[vitamins]
nl = "Vitamines"
en = "Vitamins"

[minerals]
nl = "Mineralen"
en = "Minerals"
"#;

#[test]
fn paired_topic_pages_link_each_other_and_unpaired_ones_lead_to_the_topics_list() {
    let site = Fixture::new("basic");
    site.write("content/tags.toml", TAG_TABLE);
    let run = site.build_ok();
    // The table names topics no article has: a warning at each name.
    run.assert_reported("content/tags.toml:7:6: warning[unused-tag]");
    run.assert_reported("content/tags.toml:8:6: warning[unused-tag]");
    let on_table: Vec<String> = run
        .diagnostics()
        .into_iter()
        .filter(|d| d.starts_with("content/tags.toml"))
        .collect();
    assert_eq!(
        on_table.len(),
        2,
        "a paired topic in use is no finding: {on_table:?}"
    );

    let nl = site.page("nl/onderwerpen/vitamines/index.html");
    let en = site.page("en/topics/vitamins/index.html");
    for page in [&nl, &en] {
        let alternates = page.hreflangs();
        assert_eq!(
            alternates.get("nl").map(String::as_str),
            Some("https://example.org/nl/onderwerpen/vitamines/")
        );
        assert_eq!(
            alternates.get("en").map(String::as_str),
            Some("https://example.org/en/topics/vitamins/")
        );
        assert_eq!(
            alternates.get("x-default").map(String::as_str),
            Some("https://example.org/nl/onderwerpen/vitamines/")
        );
    }
    assert_eq!(
        nl.attr(".language-switcher a[hreflang=en]", "href"),
        "/en/topics/vitamins/"
    );
    assert_eq!(
        en.attr(".language-switcher a[hreflang=nl]", "href"),
        "/nl/onderwerpen/vitamines/"
    );

    // "Zon" has no counterpart: no English alternate, and the switcher leads to the English
    // topics.
    let alone = site.page("nl/onderwerpen/zon/index.html");
    assert!(
        !alone.hreflangs().contains_key("en"),
        "{:?}",
        alone.hreflangs()
    );
    assert_eq!(
        alone.attr(".language-switcher a[hreflang=en]", "href"),
        "/en/topics/"
    );

    // The sitemap pairs them too.
    let sitemap = std::fs::read_to_string(site.public().join("sitemap.xml")).expect("sitemap");
    let sitemap = xml_document(&sitemap);
    let url = sitemap
        .descendants()
        .filter(|n| n.has_tag_name("url"))
        .find(|u| {
            u.children().any(|c| {
                c.has_tag_name("loc")
                    && c.text() == Some("https://example.org/nl/onderwerpen/vitamines/")
            })
        })
        .expect("the topic is in the sitemap");
    let hreflangs: Vec<&str> = url
        .children()
        .filter(|c| c.has_tag_name("link"))
        .filter_map(|c| c.attribute("hreflang"))
        .collect();
    assert_eq!(hreflangs, ["nl", "en", "x-default"]);
}

#[test]
fn a_tag_table_with_a_language_the_site_lacks_is_an_error_at_its_place() {
    let site = Fixture::new("basic");
    site.write(
        "content/tags.toml",
        "[vitamins]\nnl = \"Vitamines\"\nde = \"Vitamine\"\n",
    );
    let run = site.build(&[]);
    assert_eq!(run.code(), 1, "{}", run.stderr());
    run.assert_reported("content/tags.toml:3:6: error[tags]");
}

#[test]
fn sitemap_lastmod_and_feed_updated_come_from_the_articles_dates() {
    let site = citing_site();
    site.write(
        "content/comparisons/vormen.toml",
        r#"title = { nl = "Vormen", en = "Forms" }
caption = { nl = "Vormen van magnesium.", en = "Forms of magnesium." }

[[columns]]
nl = "Vorm"
en = "Form"

[[rows]]
cells = [{ nl = "Citraat", en = "Citrate" }]
"#,
    );
    // The table is embedded by the Dutch sleep article only (updated 2025-12-01).
    let sleep = site.read("content/artikelen/slaap.nl.md");
    site.write(
        "content/artikelen/slaap.nl.md",
        format!("{sleep}\n{{{{ comparison(id=\"vormen\") }}}}\n"),
    );
    site.build_ok();

    let sitemap = std::fs::read_to_string(site.public().join("sitemap.xml")).expect("sitemap");
    let sitemap = xml_document(&sitemap);
    let lastmod: BTreeMap<&str, Option<&str>> = sitemap
        .descendants()
        .filter(|n| n.has_tag_name("url"))
        .map(|url| {
            let child = |name: &str| {
                url.children()
                    .find(|c| c.has_tag_name(name))
                    .and_then(|c| c.text())
            };
            (child("loc").unwrap_or_default(), child("lastmod"))
        })
        .collect();
    let missing: Vec<_> = lastmod.iter().filter(|(_, d)| d.is_none()).collect();
    assert!(missing.is_empty(), "URLs without lastmod: {missing:?}");
    let at = |loc: &str| lastmod.get(loc).copied().flatten();
    assert_eq!(
        at("https://example.org/nl/comparisons/vormen/"),
        Some("2025-12-01")
    );
    // No English article embeds it: the newest English article's date.
    assert_eq!(
        at("https://example.org/en/comparisons/vormen/"),
        Some("2025-11-13")
    );
    assert_eq!(
        at("https://example.org/nl/onderwerpen/zon/"),
        Some("2025-12-01")
    );

    let feed = std::fs::read_to_string(site.public().join("nl/atom.xml")).expect("feed");
    let feed = xml_document(&feed);
    let root = feed.root_element();
    let text_of = |node: roxmltree::Node<'_, '_>, name: &str| {
        node.children()
            .find(|c| c.has_tag_name(name))
            .and_then(|c| c.text())
            .unwrap_or_default()
            .to_string()
    };
    let entries: BTreeMap<String, String> = root
        .children()
        .filter(|c| c.has_tag_name("entry"))
        .map(|e| (text_of(e, "title"), text_of(e, "updated")))
        .collect();
    let expected: BTreeMap<String, String> = [
        ("Slaap", "2025-12-01T00:00:00Z"),
        ("Vitamine D", "2025-11-13T00:00:00Z"),
        ("Alleen in het Nederlands", "2025-09-01T00:00:00Z"),
        ("Bronnen", "2025-08-01T00:00:00Z"),
    ]
    .into_iter()
    .map(|(t, d)| (t.to_string(), d.to_string()))
    .collect();
    assert_eq!(entries, expected);
    assert_eq!(text_of(root, "updated"), "2025-12-01T00:00:00Z");
}
