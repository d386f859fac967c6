//! `kennis import page.html`: saved web pages in the shapes of three common themes (WordPress,
//! Drupal, a news magazine) become the same articles as text imports, without the page's
//! chrome.
#![cfg(feature = "import-html")]

mod common;

use std::process::Command;

use common::{Fixture, repo_root};

/// The article (front matter as TOML, body) and the report of importing one fixture.
struct Imported {
    front: toml::Table,
    body: String,
    report: String,
}

/// Imports into a small site of its own (with this repository's `i18n/`), so that what this
/// repository's bibliography and articles hold (the import is joined with them) does not change
/// what these tests see.
fn import(fixture: &str, lang: &str) -> Imported {
    import_file(
        &repo_root().join("tests/fixtures/import_html").join(fixture),
        lang,
    )
}

/// Imports the page at `input`, as [`import`] does.
fn import_file(input: &std::path::Path, lang: &str) -> Imported {
    let site = Fixture::new("basic");
    let run = Command::new(env!("CARGO_BIN_EXE_kennis"))
        .args(["import", "--dry-run", "--lang", lang, "--root"])
        .arg(site.root())
        .arg(input)
        .output()
        .expect("run kennis");
    let report = String::from_utf8_lossy(&run.stderr).into_owned();
    assert!(run.status.success(), "{report}");
    let markdown = String::from_utf8_lossy(&run.stdout).into_owned();
    let rest = markdown.strip_prefix("+++\n").expect("front matter");
    let (front, body) = rest.split_once("+++\n").expect("end of front matter");
    Imported {
        front: front.parse().expect("front matter is TOML"),
        body: body.to_string(),
        report,
    }
}

fn str_of<'a>(table: &'a toml::Table, key: &str) -> &'a str {
    table.get(key).and_then(|v| v.as_str()).unwrap_or_default()
}

fn references(front: &toml::Table) -> Vec<toml::Table> {
    front
        .get("references")
        .and_then(|r| r.as_array())
        .map(|r| r.iter().filter_map(|t| t.as_table().cloned()).collect())
        .unwrap_or_default()
}

/// Nothing of the theme around the article is left.
fn assert_no_chrome(body: &str, chrome: &[&str]) {
    for text in chrome {
        assert!(!body.contains(text), "{text:?} is chrome:\n{body}");
    }
}

#[test]
fn wordpress_post() {
    let page = import("wordpress.html", "nl");
    assert_eq!(str_of(&page.front, "title"), "Magnesium en slaap");
    assert_eq!(
        page.front.get("date").map(ToString::to_string).as_deref(),
        Some("2025-11-13")
    );
    assert_eq!(
        str_of(&page.front, "description"),
        "Wat onderzoek zegt over magnesium en slaap."
    );
    let body = &page.body;
    assert!(
        !body.contains("# Magnesium en slaap"),
        "the title is not repeated:\n{body}"
    );
    // Permalinks of headings, in them or after them, are the theme's.
    assert!(
        body.contains("\n## Wat doet magnesium?\n\nMagnesium speelt"),
        "{body}"
    );
    assert!(body.contains("\n## Hoeveel heb je nodig?\n"), "{body}");
    assert!(!body.contains('¶'), "{body}");
    assert!(
        body.contains("- Spierontspanning\n- Zenuwgeleiding\n  - vooral bij stress\n- Energie"),
        "{body}"
    );
    assert!(
        body.contains("| Groep | Adequate inname (mg/dag) |\n|---|---|\n| Mannen | 350 |"),
        "{body}"
    );
    assert!(
        body.contains(
            "![Een schaal met noten](https://gezondleven.example/wp-content/uploads/noten.jpg \
             \"Noten zijn rijk aan magnesium.\")"
        ),
        "{body}"
    );
    assert!(body.contains("> Slaap is de beste meditatie."), "{body}");
    assert!(body.contains("## Veelgestelde vragen {#faq}\n\n### Kan ik te veel magnesium nemen?"));
    assert!(body.contains("beter te slapen[@abbasi-2012]."), "{body}");
    assert!(
        !body.contains("Bronnen"),
        "the reference list is in the front matter:\n{body}"
    );
    assert_no_chrome(
        body,
        &[
            "Home",
            "Recente berichten",
            "3 reacties",
            "Laat een reactie",
            "Deel dit",
            "Privacy",
            "Geplaatst",
        ],
    );

    let references = references(&page.front);
    assert_eq!(references.len(), 2);
    assert_eq!(str_of(&references[0], "pmid"), "23853635");
    // "PMID: <a>23853635</a>" is read as the PMID, not left in the journal.
    assert_eq!(str_of(&references[0], "container"), "J Res Med Sci");
    assert_eq!(str_of(&references[1], "doi"), "10.2903/j.efsa.2015.4186");

    assert!(
        page.report.contains(
            "wordpress.html:27: review: internal link: turn into @/…: \
             https://gezondleven.example/vitamine-d/"
        ),
        "{}",
        page.report
    );
    assert!(
        page.report
            .contains("review: image without alt text: /wp-content/uploads/grafiek.png"),
        "{}",
        page.report
    );
    // Chrome with text in it is listed, for the editor to see nothing of the article went.
    assert!(
        page.report
            .contains("wordpress.html:20: dropped: <header class=\"entry-header\">"),
        "{}",
        page.report
    );
    assert!(
        page.report.contains("review: author Anna de Vries"),
        "{}",
        page.report
    );
}

#[test]
fn drupal_node_with_json_ld() {
    let page = import("drupal.html", "en");
    assert_eq!(str_of(&page.front, "title"), "Vitamin D and winter");
    assert_eq!(
        page.front.get("date").map(ToString::to_string).as_deref(),
        Some("2024-01-20")
    );
    let body = &page.body;
    // Note markers without links cite the entries of the numbered list.
    assert!(
        body.contains(
            "as the Health Council explains[@holick-2007; \
             @gezondheidsraad-evaluation-of-dietary-reference-values-for-vitamin-d]."
        ),
        "{body}"
    );
    assert!(
        body.contains("over 25 kg/m²)"),
        "an exponent is no note:\n{body}"
    );
    assert!(
        page.report
            .contains("review: note marker \"1,2\" without a link read as a citation"),
        "{}",
        page.report
    );
    assert!(body.contains("## Who needs extra?\n\n1. Children up to four years\n2. Women"));
    assert!(
        body.contains("### Dosage\n\n| Group | Micrograms per day |"),
        "{body}"
    );
    // The FAQ of the page's FAQPage data.
    assert!(
        body.contains(
            "## Frequently asked questions {#faq}\n\n### Should I take a supplement?\n\nMost adults"
        ),
        "{body}"
    );
    assert_no_chrome(
        body,
        &[
            "Skip to main content",
            "Topics",
            "Submitted by",
            "Privacy",
            "Amsterdam",
        ],
    );
    let references = references(&page.front);
    assert_eq!(references.len(), 2);
    assert_eq!(str_of(&references[0], "doi"), "10.1056/NEJMra070553");
    assert_eq!(str_of(&references[0], "pmid"), "17634462");
    assert!(str_of(&references[1], "url").starts_with("https://www.healthcouncil.nl/"));
    assert!(
        page.report
            .contains("review: internal link: turn into @/…: /topics/calcium"),
        "{}",
        page.report
    );
    assert!(
        page.report.contains("review: author Dr. J. Smith"),
        "{}",
        page.report
    );
}

#[test]
fn magazine_story_with_notes() {
    let page = import("magazine.html", "en");
    assert_eq!(str_of(&page.front, "title"), "Omega-3 and your heart");
    assert_eq!(
        page.front.get("date").map(ToString::to_string).as_deref(),
        Some("2025-03-02")
    );
    let body = &page.body;
    assert!(body.contains("a day[@manson-2019]. REDUCE-IT"), "{body}");
    assert!(body.contains("fewer events[@bhatt-2019]."), "{body}");
    assert!(body.contains("\n## Should you eat fish?\n"), "{body}");
    assert!(
        !body.contains("Notes"),
        "the notes are the references:\n{body}"
    );
    assert_no_chrome(
        body,
        &[
            "Subscribe",
            "Advertisement",
            "Related articles",
            "newsletter",
            "More from",
            "naps",
            "Terms",
            "By Maria",
        ],
    );
    let references = references(&page.front);
    assert_eq!(references.len(), 2);
    assert_eq!(str_of(&references[0], "pmid"), "30415637");
    assert_eq!(str_of(&references[1], "pmcid"), "PMC6453621");
    assert_eq!(str_of(&references[1], "doi"), "10.1056/NEJMoa1812792");
}

#[test]
fn images_saved_with_the_page_go_into_the_article_folder() {
    let root = repo_root();
    let out = tempfile::tempdir().expect("temporary folder");
    let run = Command::new(env!("CARGO_BIN_EXE_kennis"))
        .args(["import", "--lang", "en", "--root"])
        .arg(&root)
        .arg("--out")
        .arg(out.path())
        .arg(root.join("tests/fixtures/import_html/magazine.html"))
        .output()
        .expect("run kennis");
    let report = String::from_utf8_lossy(&run.stderr);
    assert!(run.status.success(), "{report}");
    let folder = out.path().join("artikelen");
    let article = std::fs::read_to_string(folder.join("omega-3-and-your-heart.en.md"))
        .expect("the article is written");
    assert!(
        article.contains("![A fillet of salmon](salmon.png \"Salmon is an oily fish.\")"),
        "{article}"
    );
    assert_eq!(
        std::fs::read(folder.join("omega-3-and-your-heart/salmon.png")).ok(),
        std::fs::read(root.join("tests/fixtures/import_html/magazine_files/salmon.png")).ok()
    );
    assert!(
        report.contains(
            "review: image magazine_files/chart.png was not saved with the page: the article \
             links it as chart.png; copy it into the article's folder omega-3-and-your-heart/"
        ),
        "{report}"
    );
    // Linked by its name, so that copying the file into the folder is all that is left.
    assert!(article.contains("](chart.png"), "{article}");
    assert!(!article.contains("magazine_files/"), "{article}");
}

#[test]
fn the_imported_page_builds_with_the_site() {
    let site = common::Fixture::new("basic");
    let run = Command::new(env!("CARGO_BIN_EXE_kennis"))
        .args(["import", "--lang", "en", "--root"])
        .arg(site.root())
        .arg(repo_root().join("tests/fixtures/import_html/magazine.html"))
        .output()
        .expect("run kennis");
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    // The image the page was saved without is a broken link until the editor adds it.
    let path = "content/artikelen/omega-3-and-your-heart.en.md";
    let article = site.read(path).replace("![A chart](chart.png)", "");
    site.write(path, &article);
    let config = format!("{}\n[claims]\nuncited = \"warn\"\n", site.read("site.toml"));
    site.write("site.toml", &config);
    let build = site.build(&[]);
    assert_eq!(build.code(), 0, "{}", build.stderr());
    let page = site.page("en/articles/omega-3-and-your-heart/index.html");
    assert_eq!(page.text("article h1"), "Omega-3 and your heart");
    assert_eq!(page.select(".prose figure img").len(), 1);
    // The two sections and the site's own list of sources, which the note markers now cite.
    let text = page.text(".prose");
    assert_eq!(page.select(".prose h2").len(), 3, "{text}");
    assert!(text.contains("a day[1]. REDUCE-IT"), "{text}");
    assert!(text.contains("fewer events[2]."), "{text}");
}

/// What pulldown-cmark (with GFM tables, as the site renders) makes of a body: the text of each
/// table cell with the links in it, row by row; the list items' text with the bold text in
/// them; and the headings.
#[derive(Debug, Default)]
struct Read {
    cells: Vec<Vec<(String, Vec<String>)>>,
    items: Vec<(String, Vec<String>)>,
    headings: Vec<String>,
}

fn read(body: &str) -> Read {
    use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
    let mut read = Read::default();
    let (mut cell, mut item, mut heading, mut strong) = (None, None, None, None);
    for event in Parser::new_ext(body, Options::ENABLE_TABLES) {
        match event {
            Event::Start(Tag::TableHead | Tag::TableRow) => read.cells.push(Vec::new()),
            Event::Start(Tag::TableCell) => cell = Some((String::new(), Vec::new())),
            Event::End(TagEnd::TableCell) => {
                if let (Some(row), Some(c)) = (read.cells.last_mut(), cell.take()) {
                    row.push(c);
                }
            }
            Event::Start(Tag::Item) => item = Some((String::new(), Vec::new())),
            Event::End(TagEnd::Item) => read.items.extend(item.take()),
            Event::Start(Tag::Heading { .. }) => heading = Some(String::new()),
            Event::End(TagEnd::Heading(_)) => read.headings.extend(heading.take()),
            Event::Start(Tag::Strong) => strong = Some(String::new()),
            Event::End(TagEnd::Strong) => {
                if let (Some((_, bold)), Some(s)) = (&mut item, strong.take()) {
                    bold.push(s);
                }
            }
            Event::Start(Tag::Link { dest_url, .. }) => {
                if let Some((_, links)) = &mut cell {
                    links.push(dest_url.to_string());
                }
            }
            Event::Text(t) => {
                for open in [
                    cell.as_mut().map(|c| &mut c.0),
                    item.as_mut().map(|i| &mut i.0),
                ]
                .into_iter()
                .flatten()
                .chain(heading.as_mut())
                .chain(strong.as_mut())
                {
                    open.push_str(&t);
                }
            }
            // The bold line is a paragraph of its own, before the item's text.
            Event::SoftBreak | Event::End(TagEnd::Paragraph) => {
                if let Some((text, _)) = &mut item {
                    text.push(' ');
                }
            }
            _ => {}
        }
    }
    read
}

#[test]
fn top_tips_with_headings_in_the_list_and_links_in_the_table() {
    let page = import("tips.html", "nl");
    assert_eq!(
        str_of(&page.front, "title"),
        "Vijf tips voor een gezond ontbijt"
    );
    let read = read(&page.body);
    // The list's headings are no sections of the article.
    assert_eq!(read.headings, ["De tips", "Wat kost het?"], "{}", page.body);
    let bold: Vec<&str> = read
        .items
        .iter()
        .map(|(_, bold)| bold.first().map_or("", String::as_str))
        .collect();
    assert_eq!(
        bold,
        [
            "Kies volkoren",
            "Neem zuivel of een alternatief",
            "Eet fruit"
        ],
        "{}",
        page.body
    );
    assert!(
        read.items[0]
            .0
            .starts_with("Kies volkoren Volkoren brood bevat"),
        "{:?}",
        read.items
    );
    assert!(
        page.report.contains(
            "tips.html:21: recognised: headings in list items (3): written as the items' bold first lines"
        ),
        "{}",
        page.report
    );
    // The table's links are links, the `|` in one stays in its cell, the note is a citation.
    assert_eq!(read.cells.len(), 3, "{}", page.body);
    assert_eq!(
        read.cells[1][2],
        (
            "Brood | Voedingscentrum".to_string(),
            vec!["https://www.voedingscentrum.nl/brood".to_string()]
        ),
        "{}",
        page.body
    );
    assert_eq!(read.cells[2][2].1, ["/zuivel/"], "{}", page.body);
    assert_eq!(
        read.cells[2][2].0, "Over zuivel[@smith-2020]",
        "{}",
        page.body
    );
    assert!(
        page.report
            .contains("review: internal link: turn into @/…: /zuivel/"),
        "{}",
        page.report
    );
    assert_eq!(references(&page.front).len(), 1);
}

#[test]
fn a_page_in_the_charset_it_declares() {
    let utf8 = std::fs::read_to_string(repo_root().join("tests/fixtures/import_html/tips.html"))
        .expect("the fixture");
    let expected = import("tips.html", "nl");
    assert!(!expected.report.contains("charset"), "{}", expected.report);
    let folder = tempfile::tempdir().expect("temporary folder");
    for declaration in [
        "<meta charset=\"windows-1252\">",
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">",
    ] {
        let page = utf8.replace("<meta charset=\"utf-8\">", declaration);
        let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(&page);
        assert!(!unmappable);
        let input = folder.path().join("tips.html");
        std::fs::write(&input, &bytes).expect("write the page");
        let imported = import_file(&input, "nl");
        // "Café", "diëtisten" and "€" read as written: the same article as from UTF-8.
        assert_eq!(imported.body, expected.body, "{declaration}");
        assert_eq!(imported.front, expected.front, "{declaration}");
        assert!(
            imported.report.contains(
                "tips.html:4: recognised: read as windows-1252, the charset the page declares"
            ),
            "{}",
            imported.report
        );
        assert!(
            !imported.report.contains("not UTF-8"),
            "{}",
            imported.report
        );
    }
    // Without a declaration the fallback reads it as before, and says so.
    let page = utf8.replace("<meta charset=\"utf-8\">\n", "");
    let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(&page);
    let input = folder.path().join("tips.html");
    std::fs::write(&input, &bytes).expect("write the page");
    let imported = import_file(&input, "nl");
    assert!(
        imported
            .report
            .contains("review: the file is not UTF-8 (from this line on): read as Windows-1252"),
        "{}",
        imported.report
    );
    assert!(
        imported.body.contains("Café-eigenaren en diëtisten"),
        "{}",
        imported.body
    );
}

/// Imports `input` into a site of its own without `--lang`: the written article's file name
/// and text, and the report.
fn import_without_lang(input: &std::path::Path) -> (String, String, String) {
    let site = Fixture::new("basic");
    let folder = site.root().join("content/artikelen");
    let names = || -> std::collections::BTreeSet<String> {
        std::fs::read_dir(&folder)
            .expect("the section folder")
            .filter_map(Result::ok)
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect()
    };
    let before = names();
    let run = Command::new(env!("CARGO_BIN_EXE_kennis"))
        .args(["import", "--root"])
        .arg(site.root())
        .arg(input)
        .output()
        .expect("run kennis");
    let report = String::from_utf8_lossy(&run.stderr).into_owned();
    assert!(run.status.success(), "{report}");
    let written: Vec<String> = names()
        .difference(&before)
        .filter(|name| name.ends_with(".md"))
        .cloned()
        .collect();
    assert_eq!(written.len(), 1, "{written:?}");
    let text = std::fs::read_to_string(folder.join(&written[0])).expect("the article");
    (written[0].clone(), text, report)
}

#[test]
fn a_page_in_english_without_lang_becomes_an_english_article() {
    let input = repo_root().join("tests/fixtures/import_html/drupal.html");
    let (name, article, report) = import_without_lang(&input);
    assert!(name.ends_with(".en.md"), "{name}");
    assert!(
        report.contains(":2: recognised: language en (from <html lang=\"en\">)"),
        "{report}"
    );
    // English markers: its FAQ heading is the English one.
    assert!(
        article.contains("## Frequently asked questions {#faq}"),
        "{article}"
    );
}

#[test]
fn a_page_without_html_lang_is_read_by_its_og_locale() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let page = dir.path().join("page.html");
    std::fs::write(
        &page,
        "<!doctype html>\n<html>\n<head>\n<title>Vitamin C and colds</title>\n\
         <meta property=\"og:locale\" content=\"en_GB\">\n</head>\n<body><article>\
         <h1>Vitamin C and colds</h1><p>Vitamin C is a vitamin that the body cannot make \
         itself, so it has to come from food such as fruit and vegetables.</p></article>\
         </body></html>\n",
    )
    .expect("write the page");
    let (name, _, report) = import_without_lang(&page);
    assert_eq!(name, "vitamin-c-and-colds.en.md");
    assert!(
        report.contains(
            ":5: recognised: language en (from <meta property=\"og:locale\" content=\"en_GB\">)"
        ),
        "{report}"
    );
}
