//! The knowledge-site pages: FAQ blocks and the FAQ page, comparison tables (embedded and on
//! their own pages), the sources page and the schema.org JSON-LD, on the `basic` fixture site
//! with one sourced article in both languages.

mod common;

use common::{Fixture, Page, collapse};
use serde_json::Value;

const SITE_TOML: &str = r#"base_url = "https://example.org/"
default_language = "nl"

[languages.nl]
title = "Testkennis"
description = "Een testsite."
locale = "nl_NL"
tags_slug = "onderwerpen"
comparisons_slug = "vergelijkingen"
faq_slug = "veelgestelde-vragen"
sources_slug = "bronnen"

[languages.en]
title = "Test knowledge"
description = "A test site."
locale = "en_GB"
tags_slug = "topics"
"#;

const BIBLIOGRAPHY: &str = r#"[[references]]
id = "nih-magnesium"
title = "Magnesium: Fact Sheet for Health Professionals"
publisher = "National Institutes of Health, Office of Dietary Supplements"
url = "https://ods.od.nih.gov/factsheets/Magnesium-HealthProfessional/"
type = "webpage"

[[references]]
id = "grober-2017"
title = "Myth or Reality—Transdermal Magnesium?"
authors = ["Gröber U", "Werner T", "Vormann J", "Kisters K"]
year = 2017
container = "Nutrients"
doi = "10.3390/nu9080813"
pmid = "28788060"
type = "article-journal"
"#;

const TABLE: &str = r#"title = { nl = "Vormen van magnesium", en = "Forms of magnesium" }
caption = { nl = "Hoe goed vormen worden opgenomen.", en = "How well forms are absorbed." }
slug = { nl = "vormen", en = "forms" }

[[columns]]
nl = "Vorm"
en = "Form"

[[columns]]
nl = "Opname"
en = "Absorption"

[[rows]]
sources = ["nih-magnesium"]
cells = [
  { nl = "Citraat", en = "Citrate" },
  { nl = "Beter opgenomen dan oxide in kleine studies.", en = "Absorbed better than oxide in small studies." },
]

[[rows]]
sources = ["grober-2017"]
cells = [
  { nl = "Via de huid", en = "Through the skin" },
  { nl = "Opname via de huid is niet aangetoond.", en = "Absorption through the skin has not been shown." },
]
"#;

const ARTICLE_NL: &str = r#"+++
title = "Magnesium"
description = "Over magnesium."
date = 2025-11-13
updated = 2025-12-01
reviewed_on = 2025-12-02
reviewed_by = "Redactie Testkennis"
tags = ["Magnesium"]
+++

Magnesium is nodig voor meer dan driehonderd enzymen [@nih-magnesium].

{{ comparison(id="vormen") }}

## Veelgestelde vragen {#faq}

### Wordt magnesium via de huid opgenomen?

Dat is niet aangetoond [@grober-2017].

### Hoeveel magnesium zit er in noten?

Noten zijn een goede bron van magnesium [@nih-magnesium].

## Over dit artikel

Deze tekst is nagekeken.
"#;

const ARTICLE_EN: &str = r#"+++
title = "Magnesium"
description = "About magnesium."
date = 2025-11-13
slug = "magnesium"
translation_of_digest = "DIGEST"
+++

Magnesium is needed for more than three hundred enzymes [@nih-magnesium].

{{ comparison(id="vormen") }}

## Frequently asked questions {#faq}

### Is magnesium absorbed through the skin?

That has not been shown [@grober-2017].

### How much magnesium is in nuts?

Nuts are a good source of magnesium [@nih-magnesium].
"#;

/// The basic fixture plus the article above in both languages, its table and bibliography.
fn site() -> Fixture {
    let site = Fixture::new("basic");
    site.write("site.toml", SITE_TOML);
    site.write("content/bibliography.toml", BIBLIOGRAPHY);
    site.write("content/comparisons/vormen.toml", TABLE);
    site.write("content/artikelen/magnesium.nl.md", ARTICLE_NL);
    site.write("content/artikelen/magnesium.en.md", ARTICLE_EN);
    // The translation records the digest the checker computes for the Dutch text.
    let run = site.build(&[]);
    let digest = run
        .diagnostics()
        .iter()
        .find(|d| d.starts_with("content/artikelen/magnesium.en.md") && d.contains("stale"))
        .and_then(|d| {
            d.rsplit("translation_of_digest = \"")
                .next()
                .map(str::to_string)
        })
        .and_then(|rest| rest.strip_suffix('"').map(str::to_string))
        .unwrap_or_else(|| panic!("no digest offered: {}", run.stderr()));
    site.write(
        "content/artikelen/magnesium.en.md",
        ARTICLE_EN.replace("DIGEST", &digest),
    );
    site
}

/// Every JSON-LD document on the page, parsed.
fn json_ld(page: &Page) -> Vec<Value> {
    page.select("script[type='application/ld+json']")
        .iter()
        .map(|s| {
            let text: String = s.text().collect();
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}: {text}"))
        })
        .collect()
}

fn of_type<'a>(documents: &'a [Value], kind: &str) -> Vec<&'a Value> {
    documents
        .iter()
        .flat_map(|d| match d["@graph"].as_array() {
            Some(graph) => graph.iter().collect(),
            None => vec![d],
        })
        .filter(|d| d["@type"] == kind)
        .collect()
}

fn hrefs(page: &Page, css: &str) -> Vec<String> {
    page.select(css)
        .iter()
        .filter_map(|a| a.value().attr("href").map(str::to_string))
        .collect()
}

#[test]
fn the_site_with_translation_digest_builds_without_findings_for_the_article() {
    let site = site();
    let run = site.build_ok();
    let about_article: Vec<String> = run
        .diagnostics()
        .into_iter()
        .filter(|d| d.contains("magnesium.") || d.contains("comparisons/"))
        .collect();
    assert_eq!(about_article, Vec::<String>::new());
}

#[test]
fn an_faq_renders_as_question_blocks_with_one_faqpage() {
    let site = site();
    site.build_ok();
    let page = site.page("nl/artikelen/magnesium/index.html");
    let questions: Vec<String> = page
        .select(".faq details.faq-item > summary h3")
        .iter()
        .map(|h| collapse(&h.text().collect::<String>()))
        .collect();
    assert_eq!(
        questions,
        [
            "Wordt magnesium via de huid opgenomen?",
            "Hoeveel magnesium zit er in noten?"
        ]
    );
    // The answer holds its citation; the section after the FAQ is not part of it.
    let answers: Vec<String> = page
        .select("details.faq-item .faq-answer")
        .iter()
        .map(|a| collapse(&a.text().collect::<String>()))
        .collect();
    assert_eq!(
        answers,
        [
            "Dat is niet aangetoond[2].",
            "Noten zijn een goede bron van magnesium[1]."
        ]
    );
    assert!(
        page.select("details .faq-answer h2").is_empty(),
        "the next section leaked into an answer"
    );

    let documents = json_ld(&page);
    let faq = of_type(&documents, "FAQPage");
    assert_eq!(faq.len(), 1, "one FAQPage per page");
    assert_eq!(faq[0]["mainEntity"][0]["@type"], "Question");
    assert_eq!(
        faq[0]["mainEntity"][0]["name"],
        "Wordt magnesium via de huid opgenomen?"
    );
    assert_eq!(
        faq[0]["mainEntity"][0]["acceptedAnswer"]["text"],
        "Dat is niet aangetoond."
    );
}

#[test]
fn an_embedded_comparison_is_an_accessible_table_citing_into_the_article() {
    let site = site();
    site.build_ok();
    let page = site.page("nl/artikelen/magnesium/index.html");
    assert_eq!(
        page.text("table.comparison-table caption"),
        "Vormen van magnesium Hoe goed vormen worden opgenomen."
    );
    let columns: Vec<String> = page
        .select("table.comparison-table thead th[scope='col']")
        .iter()
        .map(|th| th.text().collect())
        .collect();
    assert_eq!(columns, ["Vorm", "Opname", "Bronnen"]);
    let rows: Vec<String> = page
        .select("table.comparison-table tbody th[scope='row']")
        .iter()
        .map(|th| th.text().collect())
        .collect();
    assert_eq!(rows, ["Citraat", "Via de huid"]);
    let labels: Vec<&str> = page
        .select("table.comparison-table tbody td")
        .iter()
        .filter_map(|td| td.value().attr("data-label"))
        .collect();
    assert_eq!(labels, ["Opname", "Bronnen", "Opname", "Bronnen"]);
    // Row sources are numbered with the article's own citations and listed at its end.
    assert_eq!(
        hrefs(&page, "table.comparison-table .comparison-sources a"),
        ["#ref-nih-magnesium", "#ref-grober-2017"]
    );
    let listed: Vec<String> = page
        .select("section.references li")
        .iter()
        .filter_map(|li| li.value().attr("id").map(str::to_string))
        .collect();
    assert_eq!(listed, ["ref-nih-magnesium", "ref-grober-2017"]);
    // The shortcode itself is never shown.
    assert!(!page.text("article").contains("comparison(id"));
}

#[test]
fn each_comparison_has_a_page_per_language_and_a_list() {
    let site = site();
    site.build_ok();
    let nl = site.page("nl/vergelijkingen/vormen/index.html");
    assert_eq!(nl.text("h1"), "Vormen van magnesium");
    assert_eq!(
        nl.text("table.comparison-table caption"),
        "Hoe goed vormen worden opgenomen."
    );
    assert_eq!(
        hrefs(&nl, ".comparison-sources a"),
        ["#ref-nih-magnesium", "#ref-grober-2017"]
    );
    assert_eq!(nl.select("section.references li").len(), 2);
    assert_eq!(
        hrefs(&nl, ".comparison-page .prose ul a"),
        ["/nl/artikelen/magnesium/"]
    );
    assert_eq!(
        nl.hreflangs().get("en").map(String::as_str),
        Some("https://example.org/en/comparisons/forms/")
    );

    let en = site.page("en/comparisons/forms/index.html");
    assert_eq!(en.text("h1"), "Forms of magnesium");
    let list = site.page("nl/vergelijkingen/index.html");
    assert_eq!(
        hrefs(&list, ".article-list a"),
        ["/nl/vergelijkingen/vormen/"]
    );
}

#[test]
fn the_faq_page_gathers_every_question_with_citations_into_its_article() {
    let site = site();
    site.build_ok();
    let page = site.page("nl/veelgestelde-vragen/index.html");
    assert_eq!(
        hrefs(&page, ".faq-group h2 a"),
        ["/nl/artikelen/magnesium/"]
    );
    let questions: Vec<String> = page
        .select(".faq-group details summary h3")
        .iter()
        .map(|h| h.text().collect())
        .collect();
    assert_eq!(questions.len(), 2);
    assert_eq!(
        hrefs(&page, ".faq-answer sup.citation a"),
        [
            "/nl/artikelen/magnesium/#ref-grober-2017",
            "/nl/artikelen/magnesium/#ref-nih-magnesium"
        ]
    );
    assert!(
        page.select(".faq-answer [id]").is_empty(),
        "ids of the article must not be copied"
    );
    assert_eq!(
        hrefs(&page, ".faq-source a"),
        [
            "/nl/artikelen/magnesium/#wordt-magnesium-via-de-huid-opgenomen",
            "/nl/artikelen/magnesium/#hoeveel-magnesium-zit-er-in-noten"
        ]
    );
    // The article carries the questions' FAQPage: Google allows one per question site-wide.
    let documents = json_ld(&page);
    assert!(of_type(&documents, "FAQPage").is_empty());
    assert!(site.public().join("en/faq/index.html").is_file());
}

#[test]
fn the_sources_page_lists_each_reference_with_the_pages_citing_it() {
    let site = site();
    site.build_ok();
    let page = site.page("nl/bronnen/index.html");
    let entries: Vec<String> = page
        .select(".source-index > li")
        .iter()
        .filter_map(|li| li.value().attr("id").map(str::to_string))
        .collect();
    // Grouped by level of evidence, strongest first: the NIH fact sheet (level A, by its web
    // address) before Gröber's review, whose level nothing in its entry tells. Within a
    // group, sorted as a bibliography.
    assert_eq!(entries, ["ref-nih-magnesium", "ref-grober-2017"]);
    let groups: Vec<String> = page
        .select(".sources-level h2")
        .iter()
        .map(|h| h.text().collect())
        .collect();
    assert_eq!(
        groups,
        [
            "Bewijsniveau A: richtlijn of advies van een gezaghebbende instantie",
            "Bewijsniveau onbekend"
        ]
    );
    assert_eq!(
        page.text("#ref-nih-magnesium .evidence-level"),
        "Bewijsniveau A: richtlijn of advies van een gezaghebbende instantie"
    );
    assert_eq!(
        page.text("#ref-grober-2017 .evidence-level"),
        "Bewijsniveau onbekend"
    );
    assert_eq!(
        hrefs(&page, "#ref-grober-2017 ul a"),
        ["/nl/artikelen/magnesium/", "/nl/vergelijkingen/vormen/"]
    );
    assert!(page.text("#ref-grober-2017").contains("Myth or Reality"));
}

#[test]
fn an_article_carries_medical_web_page_and_breadcrumb_json_ld() {
    let site = site();
    site.build_ok();
    let page = site.page("nl/artikelen/magnesium/index.html");
    let documents = json_ld(&page);
    let article = of_type(&documents, "MedicalWebPage");
    assert_eq!(article.len(), 1);
    let article = article[0];
    assert_eq!(article["inLanguage"], "nl-NL");
    assert_eq!(article["datePublished"], "2025-11-13");
    assert_eq!(article["dateModified"], "2025-12-01");
    assert_eq!(article["lastReviewed"], "2025-12-02");
    assert_eq!(article["reviewedBy"]["@type"], "Organization");
    assert_eq!(article["reviewedBy"]["name"], "Redactie Testkennis");
    let cited: Vec<&str> = article["citation"]
        .as_array()
        .map(|works| works.iter().filter_map(|w| w["name"].as_str()).collect())
        .unwrap_or_default();
    assert_eq!(
        cited,
        [
            "Magnesium: Fact Sheet for Health Professionals",
            "Myth or Reality—Transdermal Magnesium?"
        ]
    );
    assert_eq!(
        article["citation"][1]["url"],
        "https://doi.org/10.3390/nu9080813"
    );
    let crumbs = of_type(&documents, "BreadcrumbList");
    assert_eq!(crumbs.len(), 1);
    let items: Vec<&str> = crumbs[0]["itemListElement"]
        .as_array()
        .map(|items| items.iter().filter_map(|i| i["item"].as_str()).collect())
        .unwrap_or_default();
    assert_eq!(
        items,
        [
            "https://example.org/nl/",
            "https://example.org/nl/artikelen/",
            "https://example.org/nl/artikelen/magnesium/"
        ]
    );
}

#[test]
fn comparison_rows_without_sources_and_unknown_ids_are_reported_in_the_table_file() {
    let site = site();
    let broken = TABLE
        .replace("sources = [\"grober-2017\"]", "sources = []")
        .replace(
            "sources = [\"nih-magnesium\"]",
            "sources = [\"nih-magnesum\"]",
        );
    site.write("content/comparisons/vormen.toml", broken);
    let run = site.build(&[]);
    assert_eq!(run.code(), 1);
    let errors = run.errors();
    assert!(
        errors.iter().any(|e| e.starts_with(
            "content/comparisons/vormen.toml:14:12: error[unknown-citation]: no reference in the shared bibliography has the key \"nih-magnesum\"; did you mean \"nih-magnesium\"?"
        )),
        "{errors:?}"
    );
    assert!(
        errors.iter().any(|e| e.starts_with(
            "content/comparisons/vormen.toml:24:10: error[uncited-claim]: health claim has no source"
        )),
        "{errors:?}"
    );
    // Each language's text is a claim of its own, at its own place.
    assert!(
        errors.iter().any(|e| e
            .starts_with("content/comparisons/vormen.toml:24:57: error[uncited-claim]")
            && e.ends_with("\"Absorption through the skin has not been shown.\"")),
        "{errors:?}"
    );
}

#[test]
fn an_unknown_comparison_is_reported_at_its_shortcode() {
    let site = site();
    site.write(
        "content/artikelen/magnesium.nl.md",
        ARTICLE_NL.replace("id=\"vormen\"", "id=\"vorm\""),
    );
    let run = site.build(&[]);
    assert_eq!(run.code(), 1);
    run.assert_reported(
        "content/artikelen/magnesium.nl.md:13:1: error[unknown-comparison]: no comparison table content/comparisons/vorm.toml; the tables are: vormen",
    );
}

#[test]
fn a_shortcode_right_under_a_paragraph_is_an_error_not_text_on_the_page() {
    let site = site();
    site.write(
        "content/artikelen/magnesium.nl.md",
        ARTICLE_NL.replace(
            "enzymen [@nih-magnesium].\n\n{{",
            "enzymen [@nih-magnesium].\n  {{",
        ),
    );
    let run = site.build(&[]);
    assert_eq!(run.code(), 1, "{}", run.stderr());
    run.assert_reported(
        "content/artikelen/magnesium.nl.md:12:3: error[shortcode]: this {{ comparison(…) }} is read as part of the paragraph above it: put an empty line before it",
    );
}

/// An article with two comparison tables (each citing both sources), Markdown tables under no
/// heading, under one heading and under another, one source cited three times in its text and a
/// footnote marked twice.
const TWO_TABLES_NL: &str = r#"+++
title = "Twee tabellen"
description = "Over vormen en bronnen."
date = 2025-11-14
+++

Magnesium is nodig voor meer dan driehonderd enzymen [@nih-magnesium].

{{ comparison(id="vormen") }}

Noten en zaden bevatten veel magnesium [@nih-magnesium].[^noot]

{{ comparison(id="bronnen") }}

Volkoren graan bevat ook magnesium [@nih-magnesium].[^noot]

| Maaltijd | Voorbeeld |
|---|---|
| Ontbijt | Havermout |

| Maaltijd | Voorbeeld |
|---|---|
| Lunch | Volkorenbrood |

## Dagmenu met `noten` & zaden

| Maaltijd | Voorbeeld |
|---|---|
| Ontbijt | Havermout |

| Maaltijd | Voorbeeld |
|---|---|
| Lunch | Volkorenbrood |

## Weekmenu

| Dag | Voorbeeld |
|---|---|
| Maandag | Bonen |

## Veelgestelde vragen {#faq}

### Wordt magnesium via de huid opgenomen?

Dat is niet aangetoond [@grober-2017].

[^noot]: Zie de tabel.
"#;

/// The values of `name` on the elements `css` selects, in document order.
fn attributes(page: &Page, css: &str, name: &str) -> Vec<String> {
    page.select(css)
        .iter()
        .filter_map(|e| e.value().attr(name).map(str::to_string))
        .collect()
}

#[test]
fn questions_hold_no_link_and_back_links_and_tables_have_names_of_their_own() {
    let site = site();
    site.write(
        "content/comparisons/bronnen.toml",
        TABLE
            .replace("Vormen van magnesium", "Bronnen van magnesium")
            .replace("Forms of magnesium", "Sources of magnesium")
            .replace(
                "nl = \"vormen\", en = \"forms\"",
                "nl = \"bronnen\", en = \"sources\"",
            ),
    );
    site.write("content/artikelen/twee-tabellen.nl.md", TWO_TABLES_NL);
    site.build_ok();
    let page = site.page("nl/artikelen/twee-tabellen/index.html");

    // A summary is the control that opens its answer: a link in it is a control in a control.
    let question_ids = attributes(&page, "details.faq-item > summary h3", "id");
    assert_eq!(question_ids, ["wordt-magnesium-via-de-huid-opgenomen"]);
    assert!(page.select("summary a, summary .heading-anchor").is_empty());

    let back_links = attributes(
        &page,
        "a.citation-backref, a.footnote-backref",
        "aria-label",
    );
    assert_eq!(
        back_links,
        [
            "Terug naar de tekst bij bron 1a",
            "Terug naar de tekst bij bron 1b",
            "Terug naar de tekst bij bron 1c",
            "Terug naar de tekst bij bron 1d",
            "Terug naar de tekst bij bron 1e",
            "Terug naar de tekst bij bron 2a",
            "Terug naar de tekst bij bron 2b",
            "Terug naar de tekst bij bron 2c",
            "Terug naar de tekst bij voetnoot 1a",
            "Terug naar de tekst bij voetnoot 1b",
        ]
    );

    let regions = attributes(&page, "[role='region']", "aria-label");
    assert_eq!(
        regions,
        [
            "Vormen van magnesium – Tabel (schuif opzij voor meer kolommen)",
            "Bronnen van magnesium – Tabel (schuif opzij voor meer kolommen)",
            // Markdown tables are named after the heading they stand under, and numbered
            // when they share one.
            "Tabel (schuif opzij voor meer kolommen)",
            "Tabel (schuif opzij voor meer kolommen) (2)",
            "Dagmenu met noten & zaden – Tabel (schuif opzij voor meer kolommen)",
            "Dagmenu met noten & zaden (2) – Tabel (schuif opzij voor meer kolommen)",
            "Weekmenu – Tabel (schuif opzij voor meer kolommen)",
        ]
    );
    assert!(page.select("[data-kennis-title]").is_empty());
}
