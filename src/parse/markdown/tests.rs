use super::*;

struct Pages;

impl LinkResolver for Pages {
    fn resolve(&self, page: &PageRef, lang: &str) -> Result<String, links::Unresolved> {
        match page {
            PageRef::Article { section, key } if section == "artikelen" && key == "slaap" => {
                Ok(format!("/{lang}/artikelen/slaap/"))
            }
            PageRef::Section { section } if section == "artikelen" => {
                Ok(format!("/{lang}/artikelen/"))
            }
            _ => Err(links::Unresolved::NoArticle {
                file: "content/x.nl.md".to_string(),
            }),
        }
    }
}

fn labels() -> Labels {
    Labels {
        lang: "nl".into(),
        note: "Opmerking".into(),
        tip: "Tip".into(),
        important: "Belangrijk".into(),
        warning: "Let op".into(),
        caution: "Voorzichtig".into(),
        footnotes: "Voetnoten".into(),
        footnote: "Voetnoot".into(),
        back_to_text: "Terug naar de tekst".into(),
        sources: "Bronnen".into(),
        citation: "Bron".into(),
        back_to_citation: "Terug naar de tekst bij bron".into(),
        accessed: "Geraadpleegd op".into(),
        et_al: "e.a.".into(),
        source_needed: "bron nodig".into(),
        source_needed_title: "Geen bron".into(),
        evidence_levels: Vec::new(),
        evidence_unknown: "Bewijsniveau onbekend".into(),
        conflicts: "Belangen".into(),
        decorator: None,
        findings_only: false,
        months: Vec::new(),
        raw_html: RawHtml::default(),
    }
}

fn render_with(text: &str, sources: Sources<'_>) -> Rendered {
    let source = SourceText::new("content/a/b.nl.md", text.to_string());
    let body = 0..text.len();
    let doc = Document {
        source: &source,
        body: &body,
        lang: "nl",
        article: None,
    };
    render(doc, &labels(), &Pages, sources)
}

fn render_text(text: &str) -> Rendered {
    render_with(text, Sources::none())
}

/// References for the citation tests.
struct Bibliography(Vec<Reference>);

impl ReferenceLookup for Bibliography {
    fn find(&self, key: &str) -> Option<&Reference> {
        self.0.iter().find(|r| r.id == key)
    }

    fn keys(&self) -> Vec<&str> {
        self.0.iter().map(|r| r.id.as_str()).collect()
    }
}

fn bibliography() -> Bibliography {
    let reference = |id: &str, pmid: &str| Reference {
        id: id.to_string(),
        title: Some(format!("Title of {id}")),
        pmid: Some(pmid.to_string()),
        ..Reference::default()
    };
    // PubMed ids of Uwitonze & Razzaque 2018 and Dai et al. 2018.
    Bibliography(vec![
        reference("uwitonze-2018", "29480918"),
        reference("dai-2018", "30541089"),
    ])
}

fn render_cited(text: &str, uncited: Option<Severity>) -> Rendered {
    let detector = crate::parse::claims::detector::Detector::built_in("nl");
    let references = bibliography();
    let sources = Sources {
        references: &references,
        claims: uncited.and(detector.as_ref()),
        uncited: uncited.unwrap_or(Severity::Error),
        eu_register: None,
        comparisons: &crate::load::content::comparisons::NO_COMPARISONS,
        references_incomplete: false,
        evidence: None,
        min_level: None,
        profile_claims: false,
    };
    render_with(text, sources)
}

#[test]
fn headings_get_folded_unique_ids_and_a_toc() {
    let r = render_text(
        "## Vitamine D-tekort\n\n### Oorzaken\n\n## Vitamine D-tekort\n\n## Eigen {#eigen .groot}\n",
    );
    assert!(
        r.html.contains("<h2 id=\"vitamine-d-tekort\">"),
        "{}",
        r.html
    );
    assert!(r.html.contains("<h2 id=\"vitamine-d-tekort-1\">"));
    assert!(r.html.contains("<h2 id=\"eigen\" class=\"groot\">"));
    assert_eq!(r.toc.len(), 3);
    assert_eq!(r.toc[0].children[0].id, "oorzaken");
    assert_eq!(r.toc[2].title, "Eigen");
    assert!(r.diagnostics.is_empty());
}

#[test]
fn explicit_duplicate_ids_are_errors_at_their_line() {
    let r = render_text("## A {#x}\n\n## B {#x}\n");
    assert_eq!(r.diagnostics.len(), 1);
    assert_eq!(
        (r.diagnostics[0].line, r.diagnostics[0].code),
        (3, "duplicate-id")
    );
}

#[test]
fn footnote_ids_cannot_collide_with_headings() {
    let r = render_text("## Fn 1\n\nTekst[^a] en nog eens[^a].\n\n[^a]: De noot.\n");
    assert!(r.html.contains("<h2 id=\"fn-1\">"));
    assert!(
        r.html.contains("href=\"#fn:1\" id=\"fnref:1\""),
        "{}",
        r.html
    );
    assert!(r.html.contains("id=\"fnref:1:2\""));
    assert!(r.html.contains("<li id=\"fn:1\" value=\"1\">"));
    assert!(r.html.contains("aria-label=\"Voetnoot 1\""));
    assert!(r.html.contains("href=\"#fnref:1:2\""));
    // The back link sits inside the note's paragraph.
    assert!(
        r.html.contains("De noot. <a href=\"#fnref:1\""),
        "{}",
        r.html
    );
}

#[test]
fn unused_footnotes_are_warnings() {
    let r = render_text("Tekst.\n\n[^weg]: Nergens gebruikt.\n");
    assert_eq!(r.diagnostics.len(), 1);
    assert_eq!(r.diagnostics[0].code, "unused-footnote");
    assert_eq!(
        r.diagnostics[0].severity,
        crate::diagnostics::Severity::Warning
    );
    assert!(!r.html.contains("footnotes"));
}

#[test]
fn alerts_get_localized_titles() {
    let r = render_text("> [!TIP]\n> Drink water.\n\n> Gewoon citaat.\n");
    assert!(
        r.html.contains(
            "<div class=\"callout callout-tip\" role=\"note\">\n<p class=\"callout-title\">Tip</p>"
        ),
        "{}",
        r.html
    );
    assert!(r.html.contains("<blockquote>"));
}

#[test]
fn internal_links_resolve_in_the_page_language() {
    let r = render_text(
        "Zie [slaap](@/artikelen/slaap.md#diepe-slaap) en [alles](@/artikelen/_index.md).\n",
    );
    assert!(
        r.html.contains("href=\"/nl/artikelen/slaap/#diepe-slaap\""),
        "{}",
        r.html
    );
    assert!(r.html.contains("href=\"/nl/artikelen/\""));
    assert_eq!(r.anchor_refs.len(), 1);
    assert_eq!(r.anchor_refs[0].anchor, "diepe-slaap");
}

#[test]
fn broken_internal_links_are_reported_with_line_and_column() {
    let r = render_text("Eerste regel.\n\nTweede: [weg](@/artikelen/bestaat-niet.md) hier.\n");
    assert_eq!(r.diagnostics.len(), 1);
    let d = &r.diagnostics[0];
    assert_eq!((d.line, d.column, d.code), (3, 9, "broken-link"));
    assert!(d.message.contains("there is no article content/x.nl.md"));
}

#[test]
fn same_page_anchors_the_document_lacks_are_left_for_the_page() {
    let r = render_text(
        "## Bestaat\n\n[ok](#bestaat) [ok](#fn:1) [weg](#bestaat-niet)[^1]\n\n[^1]: n\n",
    );
    assert!(r.diagnostics.is_empty());
    let left: Vec<&str> = r.local_anchors.iter().map(|(a, _)| a.as_str()).collect();
    assert_eq!(left, ["bestaat-niet"]);
}

#[test]
fn footnote_labels_match_without_case_and_the_first_definition_wins() {
    let r =
        render_text("Een[^Note] twee[^b].\n\n[^note]: Eerste.\n\n[^b]: B.\n\n[^B]: Tweede B.\n");
    assert!(r.html.contains("Eerste."), "{}", r.html);
    assert!(
        r.html.contains("<li id=\"fn:2\" value=\"2\">\n<p>B."),
        "{}",
        r.html
    );
    assert!(!r.html.contains("Tweede B."));
    let codes: Vec<(&str, usize)> = r.diagnostics.iter().map(|d| (d.code, d.line)).collect();
    assert_eq!(codes, [("duplicate-footnote", 7)]);
}

#[test]
fn references_from_inside_later_footnotes_get_back_links() {
    let r = render_text("Tekst[^a] en[^b].\n\n[^a]: A.\n\n[^b]: B, zie ook[^a].\n");
    // Footnote 1 is referenced from the text and from footnote 2.
    assert!(r.html.contains("href=\"#fnref:1\""), "{}", r.html);
    assert!(r.html.contains("href=\"#fnref:1:2\""), "{}", r.html);
}

#[test]
fn images_cannot_show_pages_and_raw_html_cannot_use_internal_links() {
    let r =
        render_text("![plaatje](@/artikelen/slaap.md)\n\n<a href=\"@/artikelen/slaap.md\">x</a>\n");
    let codes: Vec<(&str, usize)> = r.diagnostics.iter().map(|d| (d.code, d.line)).collect();
    assert_eq!(codes, [("broken-link", 1), ("broken-link", 3)]);
}

#[test]
fn images_need_alt_text_and_may_be_decorative_or_figures() {
    let r = render_text(
        "Een ![](a.png) en ![-](b.png).\n\n![Rood vlak](c.png \"Bij nacht | Foto: A. B.\")\n",
    );
    let codes: Vec<(&str, usize, usize)> = r
        .diagnostics
        .iter()
        .map(|d| (d.code, d.line, d.column))
        .collect();
    assert_eq!(codes, [("missing-alt", 1, 5)]);
    assert!(
        r.html.contains("<img src=\"b.png\" alt=\"\" loading="),
        "{}",
        r.html
    );
    assert!(
        r.html.contains(
            "<figure><img src=\"c.png\" alt=\"Rood vlak\" loading=\"lazy\" decoding=\"async\" />\
             <figcaption>Bij nacht <small class=\"credit\">Foto: A. B.</small></figcaption></figure>"
        ),
        "{}",
        r.html
    );
    assert!(!r.html.contains("<p><figure>"), "{}", r.html);
}

#[test]
fn ids_in_raw_html_count_in_every_quoting() {
    let r = render_text(
        "<div id='enkel'></div>\n\n<span id=kaal>x</span> <b data-id=\"nee\">y</b>\n\n[a](#enkel) [b](#kaal) [c](#nee)\n",
    );
    let left: Vec<&str> = r.local_anchors.iter().map(|(a, _)| a.as_str()).collect();
    assert_eq!(left, ["nee"]);
}

#[test]
fn many_equal_headings_get_sequential_ids() {
    let text = "## A\n\n".repeat(3000);
    let r = render_text(&text);
    assert_eq!(r.toc.len(), 3000);
    assert_eq!(r.toc[0].id, "a");
    assert_eq!(r.toc[2999].id, "a-2999");
}

#[test]
fn tables_strikethrough_and_smart_punctuation() {
    let r = render_text("| a | b |\n|---|---|\n| 1 | 2 |\n\n~~weg~~ \"citaat\" -- ja...\n");
    assert!(r.html.contains("<table>"));
    assert!(r.html.contains("<del>weg</del>"));
    assert!(r.html.contains("“citaat” – ja…"), "{}", r.html);
    assert!(r.word_count >= 6);
}

#[test]
fn citations_are_numbered_by_first_citation_and_listed_with_links() -> crate::TestResult {
    let r = render_cited(
        "Magnesium is nodig voor vitamine D [@dai-2018; @uwitonze-2018, p. 182].\n\n\
         - Een tekort remt de activatie [@uwitonze-2018]\n\n\
         | Vorm | Bron |\n|---|---|\n| Citraat | [@dai-2018] |\n",
        None,
    );
    assert!(r.diagnostics.is_empty(), "{:?}", r.diagnostics);
    let page = scraper::Html::parse_fragment(&r.html);
    let sel = |s: &str| scraper::Selector::parse(s).unwrap_or_else(|e| panic!("{e}"));
    let cites: Vec<(String, String)> = page
        .select(&sel("sup.citation a"))
        .map(|a| {
            (
                a.value().attr("href").unwrap_or("").to_string(),
                a.text().collect(),
            )
        })
        .collect();
    assert_eq!(
        cites,
        [
            ("#ref-dai-2018".to_string(), "1".to_string()),
            ("#ref-uwitonze-2018".to_string(), "2".to_string()),
            ("#ref-uwitonze-2018".to_string(), "2".to_string()),
            ("#ref-dai-2018".to_string(), "1".to_string()),
        ]
    );
    let first: String = page
        .select(&sel("sup.citation"))
        .next()
        .ok_or("no citation")?
        .text()
        .collect();
    assert_eq!(first, "[1; 2, p. 182]");
    let heading = page
        .select(&sel("section.references h2"))
        .next()
        .ok_or("no heading")?;
    assert_eq!(heading.text().collect::<String>(), "Bronnen");
    let entries: Vec<_> = page.select(&sel("section.references li")).collect();
    assert_eq!(entries.len(), 2);
    assert_eq!(entries[0].value().id(), Some("ref-dai-2018"));
    let links: Vec<&str> = entries[0]
        .select(&sel("a"))
        .filter_map(|a| a.value().attr("href"))
        .collect();
    assert_eq!(
        links,
        [
            "https://pubmed.ncbi.nlm.nih.gov/30541089/",
            "#cite-1",
            "#cite-4"
        ],
        "PubMed, then back to both places it is cited"
    );
    assert_eq!(r.toc.last().map(|t| t.title.as_str()), Some("Bronnen"));
    Ok(())
}

#[test]
fn an_unknown_key_is_reported_with_the_closest_one() {
    let r = render_cited("Tekst.\n\nMeer tekst [@uwitonze-2017].\n", None);
    assert_eq!(r.diagnostics.len(), 1);
    let d = &r.diagnostics[0];
    assert_eq!(
        (d.code, d.line, d.column, d.end_column),
        ("unknown-citation", 3, 14, 27)
    );
    assert!(
        d.message.contains("did you mean @uwitonze-2018?"),
        "{}",
        d.message
    );
    assert!(!r.html.contains("section class=\"references\""));
}

#[test]
fn an_uncited_claim_gets_a_marker_when_it_is_a_warning() -> crate::TestResult {
    let text = "Magnesium verlaagt de bloeddruk. Zink helpt de afweer [@dai-2018].\n\n\
                Vitamine D versterkt de botten.\n";
    let warned = render_cited(text, Some(Severity::Warning));
    assert_eq!(warned.diagnostics.len(), 1);
    let d = &warned.diagnostics[0];
    assert_eq!(
        (d.code, d.severity, d.line, d.column),
        ("uncited-claim", Severity::Warning, 3, 1)
    );
    assert_eq!(d.text.as_deref(), Some("Vitamine D versterkt de botten."));
    let page = scraper::Html::parse_fragment(&warned.html);
    let sel = scraper::Selector::parse("p").map_err(|e| e.to_string())?;
    let last: String = page
        .select(&sel)
        .next_back()
        .ok_or("no p")?
        .text()
        .collect();
    assert_eq!(last, "Vitamine D versterkt de botten.[bron nodig]");

    let failed = render_cited(text, Some(Severity::Error));
    assert_eq!(failed.diagnostics[0].severity, Severity::Error);
    assert!(
        !failed.html.contains("source-needed"),
        "errors fail the build: no marker"
    );
    Ok(())
}

#[test]
fn escaped_brackets_are_text_not_a_citation() {
    let r = render_cited("Zie \\[@uwitonze-2018\\] en [@dai-2018].\n", None);
    assert!(r.diagnostics.is_empty(), "{:?}", r.diagnostics);
    assert!(r.html.contains("Zie [@uwitonze-2018] en"), "{}", r.html);
    assert_eq!(r.html.matches("sup class=\"citation\"").count(), 1);
}

#[test]
fn an_faq_is_the_section_the_editor_marked_and_warns_about_non_questions() {
    let text = "## Vragen {#faq}\n\n### Is dat zo?\n\nJa.\n\n#### Detail\n\nMeer.\n\n\
                ### Een opmerking\n\nTekst.\n\n### Is het \"veilig?\"\n\nJa.\n\n## Daarna\n\nNiet.\n";
    let rendered = render_text(text);
    let questions: Vec<(&str, &str)> = rendered
        .faq
        .iter()
        .map(|q| (q.question.as_str(), q.answer_text.as_str()))
        .collect();
    assert_eq!(
        questions,
        [
            ("Is dat zo?", "Ja. Detail Meer."),
            ("Een opmerking", "Tekst."),
            ("Is het “veilig?”", "Ja.")
        ]
    );
    let warnings: Vec<(usize, &str)> = rendered
        .diagnostics
        .iter()
        .map(|d| (d.line, d.code))
        .collect();
    assert_eq!(warnings, [(11, "faq-question")]);
    assert!(
        !rendered.html.contains("Niet.</p>\n</div>"),
        "{}",
        rendered.html
    );

    // A heading whose text merely makes the id `faq` is not the FAQ.
    let accidental = render_text("## FAQ\n\n### A\n\nB.\n");
    assert!(accidental.faq.is_empty());
    assert!(accidental.diagnostics.is_empty());
}

proptest::proptest! {
    #[test]
    fn words_are_counted_as_split_whitespace_counts_them(text in "[a-zé \\t\\n\\u{a0}\\u{2003}\\u{b}.]{0,40}") {
        proptest::prop_assert_eq!(super::count_words(&text), text.split_whitespace().count());
    }
}

#[test]
fn nul_bytes_are_left_out_of_the_page_with_a_warning_at_the_first() {
    let rendered = render_text("Tekst\0 met\n\n<p>ruwe\0 HTML</p>\n\n`co\0de`\n");
    assert!(
        !rendered.html.contains(['\0', char::REPLACEMENT_CHARACTER]),
        "{:?}",
        rendered.html
    );
    assert!(rendered.html.contains("Tekst met"), "{}", rendered.html);
    assert!(
        rendered.html.contains("<p>ruwe HTML</p>"),
        "{}",
        rendered.html
    );
    let found: Vec<(&str, usize, usize, Severity)> = rendered
        .diagnostics
        .iter()
        .map(|d| (d.code, d.line, d.column, d.severity))
        .collect();
    assert_eq!(found, [("nul-byte", 1, 6, Severity::Warning)]);
}
