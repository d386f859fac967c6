//! No way around the claim check: a health claim without a source fails the build wherever a
//! reader sees it (DESIGN.md, "Health claims"), with its position in the source file, and the
//! same claim with a citation builds and shows the citation where the claim is.
//!
//! Each place has two tests: the uncited claim fails under `uncited = "error"` with an
//! `uncited-claim` at the claim's line and column; the cited one builds, and the page shows a
//! citation link inside the element that holds the claim.

mod common;

use common::Fixture;

/// The article every test writes, in the basic fixture site.
const FILE: &str = "content/artikelen/plek.nl.md";

const HEAD: &str = "+++\ntitle = \"Magnesium\"\ndescription = \"Over magnesium.\"\n\
                    date = 2025-11-13\n\n[[references]]\nid = \"a\"\n\
                    title = \"Magnesium: Fact Sheet for Health Professionals\"\n\
                    url = \"https://ods.od.nih.gov/factsheets/Magnesium-HealthProfessional/\"\n+++\n\n";

/// The basic fixture with `uncited = "error"` and the article `body`.
fn site_with(body: &str) -> Fixture {
    let site = Fixture::new("basic");
    let config = site.read("site.toml");
    site.write(
        "site.toml",
        format!("{config}\n[claims]\nuncited = \"error\"\n"),
    );
    site.write(FILE, format!("{HEAD}{body}"));
    site
}

/// Line and column (1-based, in characters) of the first `needle` in `text`.
fn position_of(text: &str, needle: &str) -> (usize, usize) {
    let at = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in the file"));
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let column = before[before.rfind('\n').map_or(0, |i| i + 1)..]
        .chars()
        .count()
        + 1;
    (line, column)
}

/// Builds `body` and asserts that the build fails with an uncited claim at `claim`.
fn fails_at(body: &str, claim: &str) {
    let site = site_with(body);
    let run = site.build(&[]);
    assert_eq!(run.code(), 1, "the build must fail:\n{}", run.stderr());
    let (line, column) = position_of(&site.read(FILE), claim);
    run.assert_reported(&format!("{FILE}:{line}:{column}: error[uncited-claim]"));
}

/// Builds `body`, asserts success, and returns the article's page.
fn passes(body: &str) -> common::Page {
    let site = site_with(body);
    let run = site.build(&[]);
    assert_eq!(run.code(), 0, "the build must pass:\n{}", run.stderr());
    site.page("nl/artikelen/plek/index.html")
}

/// Asserts that an element matching `css` on `page` holds `text` and a citation link.
fn cited_in(page: &common::Page, css: &str, text: &str) {
    let holder = page
        .select(css)
        .into_iter()
        .find(|e| common::collapse(&e.text().collect::<String>()).contains(text))
        .unwrap_or_else(|| panic!("no {css} holds {text:?}:\n{}", page.source));
    let citation = scraper::Selector::parse("sup.citation a[href^='#ref-']").expect("selector");
    assert!(
        holder.select(&citation).next().is_some(),
        "{css} holding {text:?} has no citation link: {}",
        holder.html()
    );
}

#[test]
fn paragraph_uncited() {
    fails_at("Magnesium verlaagt de bloeddruk.\n", "Magnesium verlaagt");
}

#[test]
fn paragraph_cited() {
    let page = passes("Magnesium verlaagt de bloeddruk [@a].\n");
    cited_in(&page, "article p", "Magnesium verlaagt de bloeddruk");
}

#[test]
fn list_item_uncited() {
    fails_at(
        "Wat magnesium doet:\n\n- het verlaagt de bloeddruk\n",
        "het verlaagt",
    );
}

#[test]
fn list_item_cited_by_its_lead_in() {
    let page = passes("Wat magnesium doet [@a]:\n\n- het verlaagt de bloeddruk\n");
    cited_in(&page, "article p", "Wat magnesium doet");
}

#[test]
fn markdown_table_cell_uncited() {
    fails_at(
        "| Stof | Werking |\n|---|---|\n| Magnesium | Verlaagt de bloeddruk |\n",
        "Verlaagt de bloeddruk",
    );
}

#[test]
fn markdown_table_cell_cited_in_its_row() {
    let page =
        passes("| Stof | Werking |\n|---|---|\n| Magnesium | Verlaagt de bloeddruk [@a] |\n");
    cited_in(&page, "article td", "Verlaagt de bloeddruk");
}

#[test]
fn block_quote_uncited() {
    fails_at("> Magnesium verlaagt de bloeddruk.\n", "Magnesium verlaagt");
}

#[test]
fn block_quote_cited() {
    let page = passes("> Magnesium verlaagt de bloeddruk [@a].\n");
    cited_in(&page, "article blockquote p", "Magnesium verlaagt");
}

#[test]
fn callout_uncited() {
    fails_at(
        "> [!TIP]\n> Magnesium verlaagt de bloeddruk.\n",
        "Magnesium verlaagt",
    );
}

#[test]
fn callout_cited() {
    let page = passes("> [!TIP]\n> Magnesium verlaagt de bloeddruk [@a].\n");
    cited_in(&page, "article .callout p", "Magnesium verlaagt");
}

/// "Ja, bij de meeste mensen wel." says nothing on its own: read with its question, it claims
/// that magnesium lowers blood pressure.
const FAQ: &str = "## Veelgestelde vragen {#faq}\n\n### Verlaagt magnesium de bloeddruk?\n\nJa, bij de meeste mensen wel";

#[test]
fn faq_answer_uncited_is_judged_with_its_question() {
    fails_at(&format!("{FAQ}.\n"), "Ja, bij");
}

#[test]
fn faq_answer_cited() {
    let page = passes(&format!("{FAQ} [@a].\n"));
    cited_in(&page, "article details p", "Ja, bij de meeste mensen wel");
}

#[test]
fn footnote_uncited() {
    fails_at(
        "Zie de noot.[^1]\n\n[^1]: Magnesium verlaagt de bloeddruk.\n",
        "Magnesium verlaagt",
    );
}

#[test]
fn footnote_cited_in_the_footnote() {
    let page = passes("Zie de noot.[^1]\n\n[^1]: Magnesium verlaagt de bloeddruk [@a].\n");
    cited_in(&page, "section.footnotes li", "Magnesium verlaagt");
}

#[test]
fn footnote_covered_by_the_cited_sentence_it_marks() {
    let page = passes(
        "Magnesium verlaagt de bloeddruk [@a].[^1]\n\n\
         [^1]: Bij hoge bloeddruk daalt die het meest.\n",
    );
    cited_in(&page, "article p", "Magnesium verlaagt");
}

#[test]
fn footnote_of_an_uncited_sentence_is_not_covered() {
    fails_at(
        "Zie de noot.[^1]\n\n[^1]: Bij hoge bloeddruk daalt die het meest door magnesium.\n",
        "Bij hoge bloeddruk",
    );
}

#[test]
fn raw_html_paragraph_uncited() {
    fails_at(
        "<p class=\"intro\">Magnesium verlaagt de bloeddruk.</p>\n",
        "Magnesium verlaagt",
    );
}

#[test]
fn raw_html_paragraph_cited() {
    let page = passes("<p class=\"intro\">Magnesium verlaagt de bloeddruk [@a].</p>\n");
    cited_in(&page, "article p.intro", "Magnesium verlaagt");
}

#[test]
fn raw_html_div_uncited() {
    fails_at(
        "<div class=\"box\">\n  <strong>Let op:</strong> magnesium verlaagt de bloeddruk.\n</div>\n",
        "Let op:",
    );
}

#[test]
fn raw_html_div_cited() {
    let page = passes(
        "<div class=\"box\">\n  <strong>Let op:</strong> magnesium verlaagt de bloeddruk [@a].\n</div>\n",
    );
    cited_in(&page, "article div.box", "magnesium verlaagt");
}

const DETAILS: &str = "<details>\n<summary>Verlaagt magnesium de bloeddruk?</summary>\n\
                       <p>Ja, bij de meeste mensen wel";

#[test]
fn raw_html_details_answer_uncited() {
    fails_at(&format!("{DETAILS}.</p>\n</details>\n"), "Ja, bij");
}

#[test]
fn raw_html_details_answer_cited() {
    let page = passes(&format!("{DETAILS} [@a].</p>\n</details>\n"));
    cited_in(&page, "article details p", "Ja, bij de meeste mensen wel");
}

#[test]
fn inline_html_uncited() {
    fails_at(
        "Magnesium <mark>verlaagt de bloeddruk</mark> bij de meeste mensen.\n",
        "Magnesium <mark>",
    );
}

#[test]
fn inline_html_cited() {
    let page = passes("Magnesium <mark>verlaagt de bloeddruk</mark> bij de meeste mensen [@a].\n");
    cited_in(&page, "article p", "verlaagt de bloeddruk");
}

/// The title and the description cannot cite: a claim there is always reported, a topic passes.
fn with_summary(title: &str, description: &str) -> String {
    HEAD.replace("\"Magnesium\"", &format!("{title:?}"))
        .replace("\"Over magnesium.\"", &format!("{description:?}"))
}

#[test]
fn title_with_a_claim_fails() {
    let site = site_with("Tekst [@a].\n");
    site.write(
        FILE,
        format!(
            "{}Tekst [@a].\n",
            with_summary("Vitamine D beschermt je botten", "Over vitamine D.")
        ),
    );
    let run = site.build(&[]);
    assert_eq!(run.code(), 1, "{}", run.stderr());
    run.assert_reported(&format!("{FILE}:2:9: error[uncited-claim]"));
}

#[test]
fn description_with_a_claim_fails() {
    let site = site_with("Tekst [@a].\n");
    site.write(
        FILE,
        format!(
            "{}Tekst [@a].\n",
            with_summary(
                "Magnesium",
                "Magnesium helpt je sneller in slaap te vallen."
            )
        ),
    );
    let run = site.build(&[]);
    assert_eq!(run.code(), 1, "{}", run.stderr());
    run.assert_reported(&format!("{FILE}:3:15: error[uncited-claim]"));
}

#[test]
fn title_and_description_as_topics_pass() {
    let site = site_with("Tekst [@a].\n");
    site.write(
        FILE,
        format!(
            "{}Magnesium verlaagt de bloeddruk [@a].\n",
            with_summary(
                "Magnesium en bloeddruk",
                "Wat onderzoek zegt over magnesium en bloeddruk."
            )
        ),
    );
    let run = site.build(&[]);
    assert_eq!(run.code(), 0, "{}", run.stderr());
    let page = site.page("nl/artikelen/plek/index.html");
    assert_eq!(page.text("article h1"), "Magnesium en bloeddruk");
}

const COMPARISON: &str = r#"title = { nl = "Magnesium", en = "Magnesium" }
caption = { nl = "Wat magnesium doet.", en = "What magnesium does." }
slug = { nl = "magnesium", en = "magnesium" }

[[columns]]
nl = "Stof"
en = "Substance"

[[columns]]
nl = "Werking"
en = "Effect"

[[rows]]
SOURCES
cells = [
  { nl = "Magnesium", en = "Magnesium" },
  { nl = "Verlaagt de bloeddruk.", en = "Lowers blood pressure." },
]
"#;

const BIBLIOGRAPHY: &str = "[[references]]\nid = \"b\"\n\
                            title = \"Magnesium: Fact Sheet for Health Professionals\"\n\
                            url = \"https://ods.od.nih.gov/factsheets/Magnesium-HealthProfessional/\"\n";

fn comparison_site(sources: &str) -> Fixture {
    let site = site_with("{{ comparison(id=\"werking\") }}\n");
    site.write("content/bibliography.toml", BIBLIOGRAPHY);
    site.write(
        "content/comparisons/werking.toml",
        COMPARISON.replace("SOURCES", sources),
    );
    site
}

#[test]
fn comparison_cell_uncited() {
    let site = comparison_site("");
    let run = site.build(&[]);
    assert_eq!(run.code(), 1, "{}", run.stderr());
    let file = "content/comparisons/werking.toml";
    let (line, column) = position_of(&site.read(file), "\"Verlaagt de bloeddruk.\"");
    run.assert_reported(&format!("{file}:{line}:{column}: error[uncited-claim]"));
}

#[test]
fn comparison_cell_cited_by_its_row() {
    let site = comparison_site("sources = [\"b\"]");
    let run = site.build(&[]);
    assert_eq!(run.code(), 0, "{}", run.stderr());
    let page = site.page("nl/artikelen/plek/index.html");
    let row = page
        .select("article table tbody tr")
        .into_iter()
        .find(|r| {
            r.text()
                .collect::<String>()
                .contains("Verlaagt de bloeddruk")
        })
        .unwrap_or_else(|| panic!("no row with the claim:\n{}", page.source));
    let citation = scraper::Selector::parse("sup.citation a").expect("selector");
    assert!(row.select(&citation).next().is_some(), "{}", row.html());
}
