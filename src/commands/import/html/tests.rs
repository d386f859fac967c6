//! Metadata and chrome removal on small pages of their own.

use super::*;
use crate::commands::import::report::Category;
use crate::commands::import::write;

fn meta(html: &str) -> Metadata {
    metadata(&Document::from(html))
}

#[test]
fn json_ld_comes_before_meta_tags() {
    let m = meta(
        r#"<html><head><title>Other | Site</title><meta property="og:title" content="OG">
        <meta property="article:published_time" content="2020-01-01">
        <script type="application/ld+json">{"@graph":[{"@type":["BlogPosting"],
        "headline":"Kop","datePublished":"2025-11-13T08:00:00+01:00",
        "author":[{"name":"A"},"B"]}]}</script></head><body></body></html>"#,
    );
    assert_eq!(m.title.as_deref(), Some("Kop"));
    assert_eq!(m.title_from, "JSON-LD headline");
    assert_eq!(m.date.map(|d| d.to_string()).as_deref(), Some("2025-11-13"));
    assert_eq!(m.authors, ["A", "B"]);
}

#[test]
fn title_from_h1_or_title_without_the_site_name() {
    let m = meta(
        "<html><head><title>Kop | Site</title></head><body><h1> Echte  kop </h1></body></html>",
    );
    assert_eq!(m.title.as_deref(), Some("Echte kop"));
    let m = meta(
        "<html><head><title>Kop – Het Blog</title></head><body><time datetime=\"2024-02-03\">x</time></body></html>",
    );
    assert_eq!(m.title.as_deref(), Some("Kop"));
    assert_eq!(m.title_from, "<title>");
    assert_eq!(m.date.map(|d| d.to_string()).as_deref(), Some("2024-02-03"));
}

#[test]
fn broken_json_ld_and_bad_dates_are_ignored() {
    let m = meta(
        r#"<html><head><script type="application/ld+json">{ not json</script>
        <meta property="article:published_time" content="gisteren"><meta name="author" content=" Jan ">
        <link rel="canonical" href="https://www.example.nl/a/"></head><body></body></html>"#,
    );
    assert_eq!(m.title, None);
    assert_eq!(m.date, None);
    assert_eq!(m.authors, ["Jan"]);
    assert_eq!(m.host.as_deref(), Some("www.example.nl"));
}

#[test]
fn faq_page_questions() {
    let m = meta(
        r#"<script type="application/ld+json">{"@type":"FAQPage","mainEntity":[
        {"@type":"Question","name":"Vraag?","acceptedAnswer":{"text":"<p>Antwoord.</p>"}},
        {"@type":"Question","name":"Zonder antwoord?"}]}</script>"#,
    );
    assert_eq!(
        m.faq,
        [("Vraag?".to_string(), "<p>Antwoord.</p>".to_string())]
    );
}

#[test]
fn the_chrome_goes_and_the_main_article_stays() {
    let html = r#"<html><body><header><nav><a href="/">Home</a></nav></header>
        <main><article class="post"><h1>Kop</h1><div class="entry-meta">Geplaatst door X</div>
        <p>Dit is de eerste alinea van het artikel, lang genoeg om als inhoud te tellen voor de
        extractie, met nog wat meer woorden erbij.</p><p>En een tweede alinea die ook over het
        onderwerp gaat, met genoeg tekst, komma's, en zinnen.</p>
        <div class="sharedaddy">Deel dit</div><form>Reageer</form></article>
        <article class="teaser"><p>Kort.</p></article></main>
        <aside class="widget">Recente berichten</aside><footer>© 2025</footer></body></html>"#;
    let mut report = Report::default();
    let content = main_content(&Document::from(html), html, &mut report);
    assert!(content.contains("eerste alinea"), "{content}");
    assert!(content.contains("tweede alinea"), "{content}");
    for chrome in [
        "Home",
        "Geplaatst",
        "Deel dit",
        "Reageer",
        "Kort.",
        "Recente",
        "©",
    ] {
        assert!(!content.contains(chrome), "{chrome}: {content}");
    }
}

#[test]
fn line_of_finds_the_first_occurrence() {
    assert_eq!(line_of("a\nb\nc b", "b"), 2);
    assert_eq!(line_of("a", "x"), 1);
    assert_eq!(line_of("a", " "), 1);
}

#[test]
fn a_page_without_article_element_is_read_without_its_chrome() {
    let markers = Markers::built_in("nl").unwrap_or_else(|| panic!("markers"));
    let options = TextOptions {
        date: Date {
            year: 2026,
            month: 1,
            day: 2,
        },
        date_given: false,
        title: None,
    };
    let page = r#"<!doctype html><html><head><title>Zink | Site</title></head><body>
        <nav><a href="/">Home</a></nav><div id="main"><h1>Zink</h1>
        <p>Zink is een spoorelement dat het lichaam nodig heeft voor honderden enzymen, voor de
        afweer en voor de wondgenezing, zo schrijven de meeste bronnen.</p>
        <h2>Bronnen</h2><ol><li>Prasad AS. Zinc in human health. Mol Med. 2008;14(5-6):353-7.
        <a href="https://doi.org/10.2119/2008-00033.Prasad">doi</a></li></ol></div>
        <footer>Contact</footer></body></html>"#;
    let imported = import_html(page, &options, &markers, None);
    assert_eq!(imported.title, "Zink");
    assert!(
        imported
            .markdown
            .contains("doi = \"10.2119/2008-00033.Prasad\""),
        "{}",
        imported.markdown
    );
    assert!(imported.markdown.contains("date = 2026-01-02"));
    assert!(!imported.markdown.contains("Home"), "{}", imported.markdown);
    assert!(
        !imported.markdown.contains("Contact"),
        "{}",
        imported.markdown
    );
    assert!(
        !imported.markdown.contains("## Bronnen"),
        "{}",
        imported.markdown
    );
    assert!(
        imported
            .report
            .entries
            .iter()
            .any(|e| e.message.contains("no publication date")),
        "{:?}",
        imported.report
    );
}

/// The Markdown body and the report of converting an article's HTML (as a WordPress post's).
fn converted(html: &str, lang: &str) -> (String, Report) {
    let markers = Markers::built_in(lang).unwrap_or_else(|| panic!("markers"));
    let mut report = Report::default();
    let converted = convert_fragment(
        html,
        html,
        Some("gezond.example"),
        "artikel",
        &markers,
        &mut report,
    );
    let front = write::FrontMatter {
        title: "Kop".to_string(),
        description: "Beschrijving".to_string(),
        date: Date {
            year: 2026,
            month: 1,
            day: 2,
        },
        updated: None,
        slug: "kop".to_string(),
        authors: Vec::new(),
        tags: Vec::new(),
        draft: false,
        references: converted.references,
    };
    let markdown = write::article(&front, &converted.blocks);
    let body = markdown[write::written_body_start(&markdown)..].to_string();
    (body, report)
}

/// Markdown as pulldown-cmark reads it, with GFM tables, as the site renders it.
fn events(markdown: &str) -> Vec<pulldown_cmark::Event<'_>> {
    pulldown_cmark::Parser::new_ext(markdown, pulldown_cmark::Options::ENABLE_TABLES).collect()
}

/// The text of each table cell and the links in it, row by row.
fn table_cells(markdown: &str) -> Vec<Vec<(String, Vec<String>)>> {
    use pulldown_cmark::{Event, Tag, TagEnd};
    let mut rows: Vec<Vec<(String, Vec<String>)>> = Vec::new();
    let mut cell: Option<(String, Vec<String>)> = None;
    for event in events(markdown) {
        match event {
            Event::Start(Tag::TableHead | Tag::TableRow) => rows.push(Vec::new()),
            Event::Start(Tag::TableCell) => cell = Some((String::new(), Vec::new())),
            Event::End(TagEnd::TableCell) => {
                if let (Some(row), Some(c)) = (rows.last_mut(), cell.take()) {
                    row.push(c);
                }
            }
            Event::Start(Tag::Link { dest_url, .. }) => {
                if let Some((_, links)) = &mut cell {
                    links.push(dest_url.to_string());
                }
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some((text, _)) = &mut cell {
                    text.push_str(&t);
                }
            }
            _ => {}
        }
    }
    rows
}

#[test]
fn links_in_table_cells_are_links() {
    let html = r##"<p>Zie de tabel[1].</p>
        <table><thead><tr><th>Bron</th><th>Advies</th></tr></thead><tbody>
        <tr><td><a href="https://www.voedingscentrum.nl/b12">Voedingscentrum</a></td>
        <td>2,8 µg <em>per dag</em> <sup><a href="#ref-1">1</a></sup></td></tr>
        <tr><td><a href="/vitamine-d/">Vitamine D</a> | <code>a|b</code></td>
        <td><p>Eerste alinea</p><p>met <a href="https://example.org/a|b">pijp</a></p></td></tr>
        </tbody></table>
        <h2>Bronnen</h2><ol><li id="ref-1">Smith J. B12 status. Nutrients. 2020;12:1-10.
        doi:10.3390/nu12010001</li></ol>"##;
    let (body, report) = converted(html, "nl");
    let rows = table_cells(&body);
    assert_eq!(rows.len(), 3, "{body}");
    assert_eq!(rows[0][0].0, "Bron");
    assert_eq!(
        rows[1][0],
        (
            "Voedingscentrum".to_string(),
            vec!["https://www.voedingscentrum.nl/b12".to_string()]
        ),
        "{body}"
    );
    // The note marker is a citation, in the cell as in a paragraph.
    assert!(rows[1][1].0.starts_with("2,8 µg per dag"), "{body}");
    assert!(body.contains("_per dag_ [@smith-2020] |"), "{body}");
    // A `|` in the text, a code span or an address does not split the cell.
    assert_eq!(rows[2].len(), 2, "{body}");
    assert_eq!(rows[2][0].0, "Vitamine D | a|b", "{body}");
    assert_eq!(rows[2][0].1, ["/vitamine-d/"], "{body}");
    assert_eq!(rows[2][1].0, "Eerste alinea met pijp", "{body}");
    assert_eq!(rows[2][1].1, ["https://example.org/a|b"], "{body}");
    // An internal link in a cell is reported as any other.
    assert!(
        report
            .entries
            .iter()
            .any(|e| e.message == "internal link: turn into @/…: /vitamine-d/"),
        "{report:?}"
    );
}

#[test]
fn headings_in_list_items_are_their_bold_first_lines() {
    use pulldown_cmark::{Event, Tag, TagEnd};
    let html = "<h2>Vijf tips</h2><ol>\
        <li><h3>Drink <strong>genoeg</strong> water <a href=\"#tip-1\">#</a></h3>\
        <p>Twee liter per dag.</p></li>\
        <li><h3>Beweeg</h3><p>Elke dag <a href=\"https://example.org/\">een half uur</a>.</p>\
        <p>Ook wandelen telt.</p></li><li><h4>Slaap</h4></li></ol><p>Tot slot.</p>";
    let (body, report) = converted(html, "nl");
    let events = events(&body);
    // One heading (the section's), one list of three items, and the paragraph after it.
    let headings = events
        .iter()
        .filter(|e| matches!(e, Event::Start(Tag::Heading { .. })))
        .count();
    assert_eq!(headings, 1, "{body}");
    let lists = events
        .iter()
        .filter(|e| matches!(e, Event::Start(Tag::List(Some(1)))))
        .count();
    assert_eq!(lists, 1, "{body}");
    let items = events
        .iter()
        .filter(|e| matches!(e, Event::Start(Tag::Item)))
        .count();
    assert_eq!(items, 3, "{body}");
    // Each item opens with its heading's text in bold, whole.
    let mut strong = Vec::new();
    let mut open: Option<String> = None;
    for event in &events {
        match event {
            Event::Start(Tag::Strong) => open = Some(String::new()),
            Event::End(TagEnd::Strong) => strong.extend(open.take()),
            Event::Text(t) => {
                if let Some(s) = &mut open {
                    s.push_str(t);
                }
            }
            _ => {}
        }
    }
    assert_eq!(strong, ["Drink genoeg water", "Beweeg", "Slaap"], "{body}");
    assert!(
        body.contains("1. **Drink genoeg water**\n\n   Twee liter"),
        "{body}"
    );
    assert!(body.ends_with("Tot slot.\n"), "{body}");
    assert!(
        report
            .entries
            .iter()
            .any(|e| e.message.starts_with("headings in list items (3)")),
        "{report:?}"
    );
}

/// Import options without a title, with 2000-01-01 as the date (given with `--date` or not).
fn options_dated(date_given: bool) -> TextOptions {
    TextOptions {
        date: Date {
            year: 2000,
            month: 1,
            day: 1,
        },
        date_given,
        title: None,
    }
}

#[test]
fn a_date_line_on_the_page_when_the_metadata_has_none_and_the_page_date_before_date() {
    let markers = Markers::built_in("nl").unwrap_or_else(|| unreachable!("built-in markers"));
    let options = options_dated(true);
    let page = "<html><head><title>Jodium</title></head><body><main><h1>Jodium</h1>\
        <p>Jodium is een spoorelement.</p></main>\
        <div class=\"bottom\"><p>Gepubliceerd: 14-03-2023</p><p>Deel dit artikel</p></div></body></html>";
    let imported = import_html(page, &options, &markers, None);
    assert!(
        imported.markdown.contains("date = 2023-03-14\n"),
        "{}",
        imported.markdown
    );
    // The page's own date wins over --date, which is for pages without one.
    let dated = "<html><head><meta property=\"article:published_time\" content=\"2024-02-03\">\
        <title>Jodium</title></head><body><h1>Jodium</h1><p>Tekst.</p></body></html>";
    let imported = import_html(dated, &options, &markers, None);
    assert!(
        imported.markdown.contains("date = 2024-02-03\n"),
        "{}",
        imported.markdown
    );
    // A later change the page states (article:modified_time, JSON-LD dateModified) is kept.
    let changed = dated.replace(
        "<title>",
        "<meta property=\"article:modified_time\" content=\"2024-05-06T10:00:00+02:00\"><title>",
    );
    let imported = import_html(&changed, &options, &markers, None);
    assert!(
        imported
            .markdown
            .contains("date = 2024-02-03\nupdated = 2024-05-06\n"),
        "{}",
        imported.markdown
    );
}

#[test]
fn a_reference_list_of_paragraphs_in_a_widget_of_its_own() {
    // Page builders (Elementor) put the entries in a widget of their own, not beside the
    // heading, with empty paragraphs as spacers. (Four paragraphs of text, as readability
    // keeps a page's headings only when the page has some text.)
    let markers = Markers::built_in("en").unwrap_or_else(|| unreachable!("built-in markers"));
    let options = options_dated(false);
    let page = "<html><head><title>Ashwagandha</title></head><body><article><h1>Ashwagandha</h1>\
        <p>Ashwagandha is an old herb used for stress, taken for a long time in many countries.</p>\
        <p>Ashwagandha is an old herb used for stress, taken for a long time in many countries.</p>\
        <p>Ashwagandha is an old herb used for stress, taken for a long time in many countries.</p>\
        <p>Ashwagandha is an old herb used for stress, taken for a long time in many countries.</p>\
        <h3>References</h3><p></p>\
        <div><div><p>1. Example A. A made-up review. J Example. 2022;5:10-19. doi:10.5555/jehm.2022.005</p>\
        <p>2. Example C. The stress axis explained (fictional). https://example.org/stress-axis</p></div></div>\
        </article></body></html>";
    let imported = import_html(page, &options, &markers, None);
    let markdown = &imported.markdown;
    assert_eq!(markdown.matches("[[references]]").count(), 2, "{markdown}");
    assert!(
        markdown.contains("doi = \"10.5555/jehm.2022.005\""),
        "{markdown}"
    );
    assert!(
        markdown.contains("url = \"https://example.org/stress-axis\""),
        "{markdown}"
    );
    assert!(!markdown.contains("1. Example A"), "{markdown}");
}

#[test]
fn an_accordion_under_the_faq_heading_gives_its_questions() {
    // WAI-ARIA's accordion pattern, as Elementor writes it: the title is all link, which
    // readability would drop as navigation.
    let markers = Markers::built_in("nl").unwrap_or_else(|| unreachable!("built-in markers"));
    let options = options_dated(false);
    let text = "<p>Creatine is een stof die je spieren gebruiken voor korte, zware inspanning.</p>";
    let item = |n: u8, question: &str, answer: &str| {
        format!(
            "<div><div id=\"t{n}\" role=\"button\" aria-controls=\"c{n}\" aria-expanded=\"false\">\
             <a tabindex=\"0\">{question}</a></div><div id=\"c{n}\" role=\"region\"><p>{answer}</p></div></div>"
        )
    };
    let page = format!(
        "<html><head><title>Creatine</title></head><body><article><h1>Creatine</h1>{text}{text}{text}\
         <h2>Veelgestelde vragen</h2><div>{}{}</div></article></body></html>",
        item(
            1,
            "Moet ik creatine op een vast moment innemen?",
            "Nee, het gaat om de dagelijkse hoeveelheid."
        ),
        item(
            2,
            "Is creatine slecht voor je nieren?",
            "Bij gezonde mensen is in onderzoek geen schade gevonden."
        )
    );
    let imported = import_html(&page, &options, &markers, None);
    let markdown = &imported.markdown;
    assert!(
        markdown.contains(
            "## Veelgestelde vragen {#faq}\n\n### Moet ik creatine op een vast moment innemen?\n\nNee, het gaat om de dagelijkse hoeveelheid."
        ),
        "{markdown}"
    );
    assert!(
        markdown.contains("### Is creatine slecht voor je nieren?"),
        "{markdown}"
    );
}

#[test]
fn a_heading_that_speaks_of_questions_over_a_question_opens_the_faq() {
    let (body, _) = converted(
        concat!(
            "<h2>Your questions answered</h2>",
            "<h3>Does a sauna improve sleep?</h3><p>Many bathers say so.</p>",
            "<h3>Is it safe to nap in the sauna?</h3><p>No.</p>",
            "<h2>Other sleep helpers</h2><p>A dark bedroom.</p>",
            "<h2>Questions for your doctor</h2><p>Write them down.</p>",
        ),
        "en",
    );
    assert!(
        body.contains(
            "## Your questions answered {#faq}\n\n### Does a sauna improve sleep?\n\nMany bathers say so."
        ),
        "{body}"
    );
    assert!(body.contains("\n## Other sleep helpers\n"), "{body}");
    // Without a question under it, such a heading is an ordinary one.
    assert!(body.contains("\n## Questions for your doctor\n"), "{body}");
    assert_eq!(body.matches("{#faq}").count(), 1, "{body}");
}

#[test]
fn boilerplate_inside_the_article_goes_with_the_blocks_that_belong_to_it() {
    let markers = Markers::built_in("nl").unwrap_or_else(|| unreachable!("built-in markers"));
    let page = "<html><head><title>Kefir</title></head><body><article><h1>Kefir</h1>\
        <p>Inhoud</p><p>1 Wat is kefir?</p><p>2 Bronnen</p>\
        <h2>Wat is kefir?</h2><p>Kefir is gefermenteerde melk met veel soorten bacteriën.</p>\
        <p>Zie ook onze pagina over yoghurt voor meer over zuivel.</p>\
        <h2>Bronnen</h2><ol><li>Voorbeeld M. Kefir, een fictieve studie. https://example.org/kefir</li></ol>\
        <h2>Recente posts</h2><p>Alle posts bekijken</p><ul><li>Zelf kefir maken</li><li>Yoghurt of kwark?</li></ul>\
        <p>Vorig bericht</p><p>Reageer als eerste.</p></article></body></html>";
    let imported = import_html(page, &options_dated(false), &markers, None);
    let markdown = &imported.markdown;
    for gone in [
        "Inhoud",
        "1 Wat is kefir?",
        "2 Bronnen",
        "Recente posts",
        "Alle posts",
        "Zelf kefir maken",
        "Vorig bericht",
        "Reageer als eerste",
    ] {
        assert!(!markdown.contains(gone), "{gone} stayed:\n{markdown}");
    }
    for kept in [
        "## Wat is kefir?",
        "Kefir is gefermenteerde melk",
        "Zie ook onze pagina over yoghurt",
    ] {
        assert!(markdown.contains(kept), "{kept} was lost:\n{markdown}");
    }
    let dropped: Vec<&str> = imported
        .report
        .of(Category::Dropped)
        .map(|e| e.message.as_str())
        .collect();
    for message in [
        "table of contents: \"2 Bronnen\"",
        "link to more reading: \"Alle posts bekijken\"",
        "list of other articles: \"Zelf kefir maken | Yoghurt of kwark?\"",
        "comment notice: \"Reageer als eerste.\"",
    ] {
        assert!(dropped.contains(&message), "{message}: {dropped:?}");
    }
}

#[test]
fn the_dates_of_other_posts_under_the_article_are_not_its_date() {
    let markers = Markers::built_in("nl").unwrap_or_else(|| unreachable!("built-in markers"));
    let page = "<html><head><title>Voetbal en voeding</title></head><body><main>\
        <h1 class=\"wp-block-post-title\">Voetbal en voeding</h1>\
        <div class=\"wp-block-post-content\"><p>Eet een uur of drie voor de wedstrijd.</p></div>\
        <div class=\"wp-block-query\"><ul class=\"wp-block-post-template\"><li>\
        <h3><a href=\"/vitamine-d/\">Vitamine D in de winter</a></h3>\
        <time datetime=\"2024-01-01T09:00:00+01:00\"><a href=\"/vitamine-d/\">1 jan 2024</a></time>\
        </li></ul></div></main></body></html>";
    let imported = import_html(page, &options_dated(false), &markers, None);
    assert!(
        !imported.markdown.contains("date = 2024-01-01"),
        "{}",
        imported.markdown
    );
    assert!(
        imported
            .report
            .entries
            .iter()
            .any(|e| e.message.contains("no publication date")),
        "{:?}",
        imported.report
    );
}
