//! Metadata and chrome removal on small pages of their own.

use super::*;

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
