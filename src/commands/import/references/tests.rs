use super::*;
use crate::commands::import::lines::split;
use crate::commands::import::report::Category;
use std::collections::HashSet;

fn parse_text(text: &str) -> (Vec<Reference>, Report) {
    let markers = Markers::built_in("nl").unwrap_or_else(|| panic!("built-in markers"));
    let mut report = Report::default();
    let references = parse(&split(text), &markers, &mut report);
    (references, report)
}

#[test]
fn apa_journal_article_with_pubmed_link() {
    let (refs, _) = parse_text(
        "3. Uwitonze, A.M., & Razzaque, M.S. (2018). Role of magnesium in vitamin D activation and function. Journal of the American Osteopathic Association, 118(3), 181–189. https://pubmed.ncbi.nlm.nih.gov/29480918/\nFundamenteel overzichtsartikel.\n",
    );
    let r = &refs[0];
    assert_eq!(r.id, "uwitonze-2018");
    assert_eq!(r.authors, ["Uwitonze AM", "Razzaque MS"]);
    assert_eq!(r.year, Some(2018));
    assert_eq!(
        r.title.as_deref(),
        Some("Role of magnesium in vitamin D activation and function")
    );
    assert_eq!(
        r.container.as_deref(),
        Some("Journal of the American Osteopathic Association")
    );
    assert_eq!(
        (r.volume.as_deref(), r.issue.as_deref(), r.pages.as_deref()),
        (Some("118"), Some("3"), Some("181–189"))
    );
    assert_eq!(r.pmid.as_deref(), Some("29480918"));
    assert_eq!(r.url, None, "a PubMed address is kept as its PMID");
    assert_eq!(
        r.note.as_ref().and_then(Note::as_text),
        Some("Fundamenteel overzichtsartikel.")
    );
}

#[test]
fn vancouver_tails_and_pmc_links() {
    let (refs, _) = parse_text(concat!(
        "1. DiNicolantonio, J.J., & O’Keefe, J.H. (2021). Magnesium and Vitamin D Deficiency as a Potential Cause of Immune Dysfunction. Missouri Medicine, Jan-Feb;118(1):68–73. https://pmc.ncbi.nlm.nih.gov/articles/PMC7861592/\n",
        "2. Qi Dai et al. (2018). Magnesium status and supplementation influence vitamin D status and metabolism: results from a randomized trial. The American Journal of Clinical Nutrition Dec 12;108(6):1249–1258. https://pmc.ncbi.nlm.nih.gov/articles/PMC6693398/\n",
        "3. Ghizal, F. et al. (2024). Magnesium Matters: A Comprehensive Review of Its Vital Role. Cureus, 2024 Oct 13;16(10):e71392. https://pmc.ncbi.nlm.nih.gov/articles/PMC11557730/\n",
    ));
    assert_eq!(refs[0].authors, ["DiNicolantonio JJ", "O’Keefe JH"]);
    assert_eq!(refs[0].container.as_deref(), Some("Missouri Medicine"));
    assert_eq!(
        (
            refs[0].volume.as_deref(),
            refs[0].issue.as_deref(),
            refs[0].pages.as_deref()
        ),
        (Some("118"), Some("1"), Some("68–73"))
    );
    assert_eq!(refs[0].pmcid.as_deref(), Some("PMC7861592"));
    assert_eq!(refs[1].id, "dai-2018");
    assert_eq!(
        refs[1].authors,
        ["Qi Dai", "et al."],
        "\"et al.\" as written"
    );
    assert_eq!(
        refs[1].container.as_deref(),
        Some("The American Journal of Clinical Nutrition")
    );
    assert_eq!(refs[1].pages.as_deref(), Some("1249–1258"));
    assert_eq!(refs[2].container.as_deref(), Some("Cureus"));
    assert_eq!(
        (
            refs[2].volume.as_deref(),
            refs[2].issue.as_deref(),
            refs[2].pages.as_deref()
        ),
        (Some("16"), Some("10"), Some("e71392"))
    );
}

#[test]
fn a_question_mark_ends_a_title_and_volume_page_tails_are_read() {
    let (refs, _) = parse_text(concat!(
        "7. Rosanoff, A., Dai, Q., & Shapses, S.A. (2016). Essential nutrient interactions: does low magnesium status depress vitamin D metabolism? Advances in Nutrition, 7(1), 25–43. https://pubmed.ncbi.nlm.nih.gov/26773013/\n",
        "4. Deng, X. et al. (2013). Magnesium, vitamin D status and mortality: results from US National Health and Nutrition Examination Survey 2001–2006. BMC Medicine, 11, 187. https://pubmed.ncbi.nlm.nih.gov/23981518/\n",
    ));
    assert_eq!(
        refs[0].title.as_deref(),
        Some(
            "Essential nutrient interactions: does low magnesium status depress vitamin D metabolism?"
        )
    );
    assert_eq!(refs[0].authors, ["Rosanoff A", "Dai Q", "Shapses SA"]);
    assert_eq!(refs[0].container.as_deref(), Some("Advances in Nutrition"));
    assert_eq!(refs[1].authors, ["Deng X", "et al."]);
    assert_eq!(
        (
            refs[1].container.as_deref(),
            refs[1].volume.as_deref(),
            refs[1].pages.as_deref()
        ),
        (Some("BMC Medicine"), Some("11"), Some("187"))
    );
}

#[test]
fn the_same_work_twice_is_merged_and_reported() {
    let (refs, report) = parse_text(concat!(
        "4. Deng, X. et al. (2013). Magnesium, vitamin D status and mortality. BMC Medicine, 11, 187. https://pubmed.ncbi.nlm.nih.gov/23981518/\n",
        "Grote populatiestudie.\n",
        "11. Xinqing, D. et al. (2013). Magnesium, vitamin D status and mortality: results from NHANES. https://pubmed.ncbi.nlm.nih.gov/23981518/\n",
        "Epidemiologische studie.\n",
    ));
    assert_eq!(refs.len(), 1);
    assert_eq!(refs[0].id, "deng-2013");
    let review: Vec<&str> = report
        .of(Category::Review)
        .map(|e| e.message.as_str())
        .collect();
    assert!(
        review
            .iter()
            .any(|m| m.contains("reference 11 is the same work as \"deng-2013\" (PMID 23981518)")),
        "{review:?}"
    );
    assert_eq!(
        refs[0].note.as_ref().and_then(Note::as_text),
        Some("Grote populatiestudie. Epidemiologische studie.")
    );
    assert!(
        review.iter().any(|m| m
            == &"its title is not kept: \"Magnesium, vitamin D status and mortality: results from NHANES\""),
        "{review:?}"
    );
}

#[test]
fn fact_sheets_get_publisher_ids() {
    let (refs, _) = parse_text(concat!(
        "1. Vitamin D. Fact Sheet for Health Professionals. https://ods.od.nih.gov/factsheets/VitaminD-HealthProfessional/\n",
        "2. Magnesium. Fact Sheet for Health Professionals. https://ods.od.nih.gov/factsheets/Magnesium-HealthProfessional/\n",
    ));
    assert_eq!(refs[0].id, "nih-vitamin-d");
    assert_eq!(refs[1].id, "nih-magnesium");
    assert_eq!(
        refs[1].url.as_deref(),
        Some("https://ods.od.nih.gov/factsheets/Magnesium-HealthProfessional/")
    );
    assert_eq!(
        refs[1].publisher.as_deref(),
        Some("National Institutes of Health, Office of Dietary Supplements")
    );
    assert_eq!(refs[1].kind.as_deref(), Some("webpage"));
}

#[test]
fn unnumbered_author_year_lines_without_links() {
    let (refs, report) = parse_text(concat!(
        "National Institutes of Health – Magnesium: Fact Sheet for Health Professionals\n",
        "Wienecke, T., & Kolodziej, M. A. (2016). \"Magnesium in the Central Nervous System.\"\n",
        "Cuciureanu, M. D., & Vink, R. (2011). \"Magnesium and stress.\"\n",
    ));
    assert_eq!(refs[0].id, "nih-magnesium");
    assert_eq!(
        refs[0].title.as_deref(),
        Some("Magnesium: Fact Sheet for Health Professionals")
    );
    assert_eq!(refs[1].authors, ["Wienecke T", "Kolodziej MA"]);
    assert_eq!(
        refs[1].title.as_deref(),
        Some("Magnesium in the Central Nervous System")
    );
    assert_eq!(refs[2].id, "cuciureanu-2011");
    assert_eq!(refs[2].title.as_deref(), Some("Magnesium and stress"));
    // No links: the report asks for one for each.
    assert_eq!(report.of(Category::Review).count(), 3);
}

#[test]
fn dois_from_publisher_links_and_text_and_a_glued_link() {
    let (refs, report) = parse_text(concat!(
        "5. Zittermann, A. et al. (2024). Association between magnesium and vitamin D status. European Journal of Nutrition, 64, art.nu. 48. https://link.springer.com/article/10.1007/s00394-024-03559-9#Sec13\n",
        "6. Jansen, B. (2020). Een titel.doi:10.1234/abc.5 \n",
        "7. de Vries, J. (2020). Een titel.https://pubmed.ncbi.nlm.nih.gov/123/\n",
    ));
    assert_eq!(refs[0].doi.as_deref(), Some("10.1007/s00394-024-03559-9"));
    // The fragment points into the page; the reference is the page.
    assert_eq!(
        refs[0].url.as_deref(),
        Some("https://link.springer.com/article/10.1007/s00394-024-03559-9")
    );
    assert_eq!(refs[0].pages.as_deref(), Some("48"));
    assert!(
        report
            .of(Category::Review)
            .any(|e| e.line == 1 && e.message.contains("article number \"art.nu. 48\""))
    );
    assert_eq!(refs[1].doi.as_deref(), Some("10.1234/abc.5"));
    assert_eq!(refs[2].pmid.as_deref(), Some("123"));
    assert_eq!(refs[2].title.as_deref(), Some("Een titel"));
    assert_eq!(refs[2].id, "de-vries-2020");
}

#[test]
fn a_link_first_entry_keeps_the_words_after_it_as_a_note() {
    let (refs, _) = parse_text(
        "15. https://www.ahealthylife.nl/alles-wat-je-moet-weten-over-vitamine-d/ De website van Juglen Zwaan geeft veel praktische informatie.\n",
    );
    assert_eq!(refs[0].id, "ahealthylife");
    assert_eq!(refs[0].title, None);
    assert_eq!(
        refs[0].note.as_ref().and_then(Note::as_text),
        Some("De website van Juglen Zwaan geeft veel praktische informatie.")
    );
}

#[test]
fn two_works_by_one_author_in_one_year_get_distinct_ids() {
    let (refs, _) = parse_text(
        "1. Smit, A. (2020). Een. https://example.org/a\n2. Smit, A. (2020). Twee. https://example.org/b\n",
    );
    assert_eq!(
        (refs[0].id.as_str(), refs[1].id.as_str()),
        ("smit-2020", "smit-2020-2")
    );
}

#[test]
fn many_works_with_one_id_all_get_their_own() {
    let text: String = (1..=170)
        .map(|n| format!("{n}. Smit, A. (2020). Deel {n}. https://example.org/{n}\n"))
        .collect();
    let (refs, _) = parse_text(&text);
    let ids: HashSet<&str> = refs.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids.len(), 170);
    assert_eq!(refs[169].id, "smit-2020-170");
}

#[test]
fn vancouver_citations_are_read_in_full() {
    let (refs, report) = parse_text(concat!(
        "1. Smith J, van der Berg K, Öztürk AB. Magnesium and sleep: a trial. J Sleep Res. 2019;28(2):e12345. doi:10.1111/jsr.12345\n",
        "2. Jones K, et al. Vitamin D in winter. Nutrients. 2021 Mar 3;13(3):801.\n",
    ));
    let r = &refs[0];
    assert_eq!(r.authors, ["Smith J", "van der Berg K", "Öztürk AB"]);
    assert_eq!(r.title.as_deref(), Some("Magnesium and sleep: a trial"));
    assert_eq!(r.container.as_deref(), Some("J Sleep Res"));
    assert_eq!(r.year, Some(2019));
    assert_eq!(
        (r.volume.as_deref(), r.issue.as_deref(), r.pages.as_deref()),
        (Some("28"), Some("2"), Some("e12345"))
    );
    assert_eq!(r.doi.as_deref(), Some("10.1111/jsr.12345"));
    assert_eq!(r.id, "smith-2019");
    assert_eq!(refs[1].authors, ["Jones K", "et al."]);
    assert_eq!(refs[1].year, Some(2021));
    assert_eq!(refs[1].pages.as_deref(), Some("801"));
    assert_eq!(refs[1].id, "jones-2021");
    // Only the second lacks an identifier, and its author list is cut short.
    let review = messages(&report, Category::Review);
    assert_eq!(review.len(), 2, "{review:?}");
    assert!(review[0].contains("the author list ends in \"et al.\""));
    assert!(review[1].contains("has no link or identifier"));
}

#[test]
fn author_lists_in_dutch_and_english_with_unicode_initials() {
    let (refs, _) = parse_text(concat!(
        "Jansen, B. en de Vries, É. (2020). Een studie.\n",
        "Smit, A., Bakker, C. e.a. (2021). Nog een studie.\n",
        "Brown, A. and Green, Ö. (2019). A study.\n",
    ));
    assert_eq!(refs[0].authors, ["Jansen B", "de Vries É"]);
    assert_eq!(refs[1].authors, ["Smit A", "Bakker C", "e.a."]);
    assert_eq!(refs[2].authors, ["Brown A", "Green Ö"]);
}

#[test]
fn bracketed_numbers_and_bullets_are_not_part_of_the_entry() {
    let (refs, _) = parse_text(
        "[1] Smit, A. (2020). Een studie. https://example.org/a\n[2] Bakker, C. (2021). Twee. https://example.org/b\n",
    );
    assert_eq!(refs[0].id, "smit-2020");
    assert_eq!(refs[1].authors, ["Bakker C"]);
    let (refs, _) = parse_text("• Smit, A. (2020). Een studie.\n- Bakker, C. (2021). Twee.\n");
    assert_eq!(
        (refs[0].id.as_str(), refs[1].id.as_str()),
        ("smit-2020", "bakker-2021")
    );
}

#[test]
fn a_doi_at_the_start_of_a_line_is_no_number() {
    let (refs, _) = parse_text(
        "1. Smit, A. (2020). Een studie.\n10.1000/xyz is de DOI.\n2. Bakker, C. (2021). Twee.\n",
    );
    assert_eq!(refs.len(), 2);
    assert_eq!(
        refs[0].note.as_ref().and_then(Note::as_text),
        Some("10.1000/xyz is de DOI.")
    );
}

#[test]
fn extra_links_go_into_the_note_and_are_reported() {
    let (refs, report) = parse_text(
        "1. Voedingscentrum. Magnesium. https://www.voedingscentrum.nl/a https://www.voedingscentrum.nl/b\n",
    );
    assert_eq!(
        refs[0].url.as_deref(),
        Some("https://www.voedingscentrum.nl/a")
    );
    assert_eq!(
        refs[0].note.as_ref().and_then(Note::as_text),
        Some("https://www.voedingscentrum.nl/b")
    );
    assert_eq!(refs[0].id, "voedingscentrum-magnesium");
    assert!(
        report
            .of(Category::Review)
            .any(|e| e.message.contains("more than one link"))
    );
}

#[test]
fn bare_identifier_links_get_ids_from_the_identifier() {
    let (refs, _) = parse_text(
        "https://pubmed.ncbi.nlm.nih.gov/29480918/\nhttps://doi.org/10.1007/s00394-024-03559-9\n",
    );
    assert_eq!(refs[0].id, "pmid-29480918");
    assert_eq!(refs[1].id, "doi-10-1007-s00394-024-03559-9");
}

#[test]
fn a_long_entry_that_fits_no_style_is_reported() {
    let (refs, report) = parse_text(
        "1. Een lang verhaal over magnesium dat geen enkele citatiestijl volgt en toch hier staat https://example.org/x\n",
    );
    assert_eq!(refs.len(), 1);
    assert!(
        report
            .of(Category::Review)
            .any(|e| e.message.contains("fits no citation style"))
    );
}

#[test]
fn the_list_ends_where_references_end() {
    let markers = Markers::built_in("nl").unwrap_or_else(|| panic!("built-in markers"));
    let numbered = split(
        "1. Smit, A. (2020). Een.\nUitleg.\n\n2. Bakker, C. (2021). Twee.\nUitleg.\n\nDisclaimer: geen medisch advies.\n",
    );
    assert_eq!(extent(&numbered, &markers), 5);
    let unnumbered =
        split("Smit, A. (2020). Een.\nBakker, C. (2021). Twee.\n\nMet dank aan onze lezers.\n");
    assert_eq!(extent(&unnumbered, &markers), 2);
    assert!(is_reference_like(
        "Gezondheidsraad. Richtlijnen goede voeding 2015.",
        &markers
    ));
    assert!(!is_reference_like("Avocado, noten en zaden.", &markers));
}

#[test]
fn ids_asked_for_again_get_the_first_free_number() {
    let mut ids = UniqueIds::default();
    let given: Vec<String> = ["x", "x", "x-3", "x", "x", "y"]
        .iter()
        .map(|id| ids.unique(id))
        .collect();
    assert_eq!(given, ["x", "x-2", "x-3", "x-4", "x-5", "y"]);
}

#[test]
fn a_work_listed_again_with_its_doi_in_other_case_is_merged_into_the_first() {
    let (references, _) = parse_text(
        "Jansen A. Eerste titel. Tijdschrift. 2020;1:1-2. doi:10.1000/ABC\n\
         Pietersen B. Andere titel. Tijdschrift. 2021;2:3-4. doi:10.1000/def\n\
         Jansen A. Eerste titel. Tijdschrift. 2020;1:1-2. doi:10.1000/abc\n",
    );
    assert_eq!(references.len(), 2, "{references:?}");
    assert_eq!(references[0].doi.as_deref(), Some("10.1000/ABC"));
}

/// The body (as text, citations resolved) and references of `text` after the split-off.
fn split_text(text: &str, lang: &str) -> (String, Vec<Reference>, Report) {
    let markers = Markers::built_in(lang).unwrap_or_else(|| panic!("built-in markers"));
    let mut report = Report::default();
    let (body, references) = find::split_off(split(text), &markers, &mut report);
    let body: Vec<String> = body.iter().map(|l| cite::resolve(&l.text)).collect();
    (body.join("\n"), references, report)
}

fn messages(report: &Report, category: Category) -> Vec<String> {
    report
        .of(category)
        .map(|e| format!("{}: {}", e.line, e.message))
        .collect()
}

#[test]
fn numbered_notes_with_markers_become_citations() {
    let (body, refs, report) = split_text(
        "Zink is nodig voor de afweer [1]. Ouderen hebben vaker te weinig [2][3].\n\
         Tekorten komen voor¹.\n\
         \n\
         Noten\n\
         [1] Maret W. Zinc biochemistry. Adv Nutr. 2013;4(1):82-91. doi:10.3945/an.112.003038\n\
         [2] Prasad AS. Zinc in human health. Mol Med. 2008;14(5-6):353-357. https://pubmed.ncbi.nlm.nih.gov/18385818/\n\
         [3] Haase H, Rink L. The immune system and zinc. Immun Ageing. 2009;6:9. doi:10.1186/1742-4933-6-9\n",
        "nl",
    );
    assert_eq!(refs.len(), 3);
    assert!(
        body.starts_with(
            "Zink is nodig voor de afweer [@maret-2013]. Ouderen hebben vaker te weinig \
             [@prasad-2008; @haase-2009].\nTekorten komen voor [@maret-2013]."
        ),
        "{body}"
    );
    assert!(
        !body.contains("Noten"),
        "the notes heading goes with the list: {body}"
    );
    assert!(
        messages(&report, Category::Recognised)
            .iter()
            .any(|m| m == "1: note marker [1] → citation of maret-2013")
    );
}

#[test]
fn notes_in_parentheses_and_numbered_notes_without_a_heading() {
    let (body, refs, _) = split_text(
        "Zinc helps wounds heal (1). Low zinc is common in the elderly (2).\n\
         A list of steps (1) is not a note when there are brackets [1].\n\
         \n\
         1. Lin PH, Ma J. Zinc in wound healing modulation. Nutrients. 2017;10(1):16. doi:10.3390/nu10010016\n\
         2. Example A. A made-up review. Example Press; 2019. https://example.org/review\n",
        "en",
    );
    assert_eq!(refs.len(), 2, "{refs:?}");
    // With "[1]" in the text, "(1)" is read as text.
    assert!(body.contains("Zinc helps wounds heal (1)."), "{body}");
    assert!(body.contains("brackets [@lin-2017]."), "{body}");
    let (body, _, _) = split_text(
        "Zinc helps wounds heal (1). Low zinc is common (2).\n\
         \n\
         References\n\
         (1) Lin PH, Ma J. Zinc in wound healing modulation. Nutrients. 2017;10(1):16. doi:10.3390/nu10010016\n\
         (2) Sandstead HH. Zinc nutrition: from discovery to global health impact. 2012.\n",
        "en",
    );
    assert_eq!(
        body.trim(),
        "Zinc helps wounds heal [@lin-2017]. Low zinc is common [@sandstead-2012]."
    );
}

#[test]
fn a_marker_without_an_entry_and_powers_stay_text() {
    let (body, _, report) = split_text(
        "Per m² en 10⁹ cellen [7]. Zie ook [1].\n\nBronnen\n[1] Maret W. Zinc. Adv Nutr. 2013;4(1):82-91.\n",
        "nl",
    );
    assert!(
        body.starts_with("Per m² en 10⁹ cellen [7]. Zie ook [@maret-2013]."),
        "{body}"
    );
    assert!(
        messages(&report, Category::Review)
            .iter()
            .any(|m| m.contains("note marker [7] has no entry"))
    );
}

#[test]
fn a_list_at_the_top_leaves_the_body_under_it() {
    let (body, refs, report) = split_text(
        "Sources\n\
         Example M, Sample R. Melatonin for jet lag: an invented review. Example Sleep Reports. 2020;2:4-9. https://example.org/melatonin-jet-lag\n\
         Test K. Melatonin use in adults: a made-up survey. Example Press; 2019.\n\
         \n\
         Melatonin is a substance the body makes itself.\n\
         \n\
         It can also soften jet lag, see https://example.org/jet-lag for more.\n",
        "en",
    );
    assert_eq!(refs.len(), 2, "{refs:?}");
    assert_eq!(refs[1].id, "test-2019");
    assert_eq!(refs[1].publisher.as_deref(), Some("Example Press"));
    assert!(body.contains("Melatonin is a substance"));
    assert!(body.contains("It can also soften jet lag"));
    assert!(
        !messages(&report, Category::Review)
            .iter()
            .any(|m| m.contains("text after the reference list")),
        "the body under a list at the top is no text after it"
    );
    assert!(
        messages(&report, Category::Review)
            .iter()
            .any(|m| m.starts_with("1: the references listed here are cited nowhere")),
        "{:?}",
        messages(&report, Category::Review)
    );
}

#[test]
fn a_source_line_cites_the_paragraph_above_it() {
    let (body, refs, report) = split_text(
        "Wie geen tekort heeft, slaapt er niet beter van.\n\nBron: Voedingscentrum, www.voedingscentrum.nl\n\nVolgende alinea.\n",
        "nl",
    );
    assert_eq!(refs.len(), 1);
    let r = &refs[0];
    assert_eq!(r.id, "voedingscentrum");
    assert_eq!(r.publisher.as_deref(), Some("Voedingscentrum"));
    assert_eq!(r.url.as_deref(), Some("https://www.voedingscentrum.nl/"));
    assert!(
        body.starts_with("Wie geen tekort heeft, slaapt er niet beter van [@voedingscentrum]."),
        "{body}"
    );
    assert!(!body.contains("Bron:"));
    let review = messages(&report, Category::Review);
    assert!(
        review
            .iter()
            .any(|m| m.contains("bare domain \"www.voedingscentrum.nl\"")),
        "{review:?}"
    );
}

#[test]
fn a_source_line_with_several_sources_and_one_over_foods() {
    let (body, refs, _) = split_text(
        "Vis is goed voor het hart.\nBronnen: Reuters Health; Gezondheidsraad. Richtlijnen goede voeding 2015. https://www.gezondheidsraad.nl/richtlijnen\n",
        "nl",
    );
    assert_eq!(refs.len(), 2, "{refs:?}");
    assert_eq!(refs[0].id, "reuters-health");
    assert_eq!(refs[0].publisher.as_deref(), Some("Reuters Health"));
    assert_eq!(refs[1].publisher.as_deref(), Some("Gezondheidsraad"));
    assert_eq!(
        body.trim(),
        "Vis is goed voor het hart [@reuters-health; @gezondheidsraad-richtlijnen-goede-voeding-2015]."
    );
    let (body, refs, report) = split_text("Goede vetten.\nBronnen: noten, zaden en vis.\n", "nl");
    assert!(refs.is_empty());
    assert!(body.contains("Bronnen: noten, zaden en vis."));
    assert!(
        messages(&report, Category::Review)
            .iter()
            .any(|m| m.contains("names no source: kept as text"))
    );
}

#[test]
fn a_source_line_under_a_heading_cites_nothing() {
    let (body, refs, report) = split_text("Vis en het hart\nSource: NHS, www.nhs.uk\n", "en");
    assert_eq!(refs.len(), 1);
    assert_eq!(refs[0].url.as_deref(), Some("https://www.nhs.uk/"));
    assert!(!body.contains('@'), "{body}");
    assert!(
        messages(&report, Category::Review)
            .iter()
            .any(|m| m.contains("stands under no paragraph"))
    );
}

#[test]
fn vancouver_author_lists_are_split_into_authors() {
    let (refs, _) = parse_text(
        "[4] Hemilä H, Fitzgerald JT, Petrus EJ, Prasad A. Zinc acetate lozenges may improve the recovery rate of common cold patients: an individual patient data meta-analysis. Open Forum Infect Dis. 2017;4(2):ofx059. doi:10.1093/ofid/ofx059\n",
    );
    let r = &refs[0];
    assert_eq!(r.id, "hemila-2017");
    assert_eq!(
        r.authors,
        ["Hemilä H", "Fitzgerald JT", "Petrus EJ", "Prasad A"]
    );
    assert_eq!(
        r.title.as_deref(),
        Some(
            "Zinc acetate lozenges may improve the recovery rate of common cold patients: an individual patient data meta-analysis"
        )
    );
    assert_eq!(r.container.as_deref(), Some("Open Forum Infect Dis"));
    assert_eq!(r.year, Some(2017));
    assert_eq!(
        (r.volume.as_deref(), r.issue.as_deref(), r.pages.as_deref()),
        (Some("4"), Some("2"), Some("ofx059"))
    );
    assert_eq!(r.doi.as_deref(), Some("10.1093/ofid/ofx059"));
}

#[test]
fn apa_author_lists_are_split_into_authors() {
    let (refs, _) = parse_text(
        "Haase, H., & Rink, L. (2009). The immune system and the impact of zinc during aging. Immunity & Ageing, 6, 9. https://doi.org/10.1186/1742-4933-6-9\n",
    );
    let r = &refs[0];
    assert_eq!(r.authors, ["Haase H", "Rink L"]);
    assert_eq!(r.year, Some(2009));
    assert_eq!(
        r.title.as_deref(),
        Some("The immune system and the impact of zinc during aging")
    );
    assert_eq!(r.container.as_deref(), Some("Immunity & Ageing"));
    assert_eq!(
        (r.volume.as_deref(), r.pages.as_deref()),
        (Some("6"), Some("9"))
    );
    assert_eq!(r.doi.as_deref(), Some("10.1186/1742-4933-6-9"));
}

#[test]
fn et_al_stays_last_and_is_reported() {
    let (refs, report) = parse_text(
        "3. Liu MJ, Bao S, Gálvez-Peralta M, Pyle CJ, Rudawsky AC, Pavlovicz RE, et al. ZIP8 regulates host defense through zinc-mediated inhibition of NF-κB. Cell Rep. 2013;3(2):386-400. PMID: 23403290\n",
    );
    let r = &refs[0];
    assert_eq!(
        r.authors,
        [
            "Liu MJ",
            "Bao S",
            "Gálvez-Peralta M",
            "Pyle CJ",
            "Rudawsky AC",
            "Pavlovicz RE",
            "et al."
        ]
    );
    assert_eq!(r.container.as_deref(), Some("Cell Rep"));
    assert_eq!(r.pmid.as_deref(), Some("23403290"));
    assert!(
        messages(&report, Category::Review)
            .iter()
            .any(|m| m.contains("reference 3: the author list ends in \"et al.\"")),
        "{:?}",
        messages(&report, Category::Review)
    );
}

#[test]
fn organisations_authors_with_a_title_and_bare_domains() {
    let (refs, report) = parse_text(concat!(
        "Office of Dietary Supplements. Zinc: Fact Sheet for Health Professionals. https://ods.od.nih.gov/factsheets/Zinc-HealthProfessional/\n",
        "Wereldgezondheidsorganisatie. Anaemia. who.int\n",
        "Voorbeeld S. IJzer en vermoeidheid: een fictieve studie. https://example.org/ijzer\n",
        "Example Pharmacy. Scurvy: an invented leaflet. example.org/scurvy\n",
    ));
    assert_eq!(refs[0].id, "nih-zinc");
    assert_eq!(
        refs[0].title.as_deref(),
        Some("Zinc: Fact Sheet for Health Professionals")
    );
    assert_eq!(refs[1].id, "who-anaemia");
    assert_eq!(refs[1].url.as_deref(), Some("https://who.int/"));
    assert_eq!(refs[2].authors, ["Voorbeeld S"]);
    assert_eq!(
        refs[2].title.as_deref(),
        Some("IJzer en vermoeidheid: een fictieve studie")
    );
    assert_eq!(refs[3].url.as_deref(), Some("https://example.org/scurvy"));
    assert_eq!(refs[3].publisher.as_deref(), Some("Example Pharmacy"));
    assert_eq!(
        refs[3].title.as_deref(),
        Some("Scurvy: an invented leaflet")
    );
    let review = messages(&report, Category::Review);
    assert!(
        review
            .iter()
            .any(|m| m.starts_with("2: reference: the bare domain \"who.int\"")),
        "{review:?}"
    );
    // Not a domain: an e-mail address, a decimal, an abbreviation.
    let citation = &Markers::built_in("nl")
        .unwrap_or_else(|| panic!("markers"))
        .citation;
    assert_eq!(bare_domain("mail info@example.org", citation), None);
    assert_eq!(bare_domain("bijv. 2.5 mg, o.a. zink", citation), None);
}

#[test]
fn citation_tokens_from_the_input_are_removed() {
    let text = format!("Tekst {}x{} hier.", '\u{E000}', '\u{E001}');
    assert_eq!(cite::without_reserved(&text), "Tekst x hier.");
    assert_eq!(
        cite::resolve("a \u{E000}b\u{E002}c\u{E001}."),
        "a [@b; @c]."
    );
    assert_eq!(cite::resolve("kapot \u{E000}b"), "kapot b");
    assert_eq!(cite::plain("a \u{E000}b\u{E001}."), "a.");
}

#[test]
fn an_isbn_is_read_and_makes_a_book() {
    let (refs, report) = parse_text(
        "Model, P. (2020). Insomnie behandelen zonder pillen. Voorbeelduitgeverij. ISBN 978-0-00-000000-2\n",
    );
    let r = &refs[0];
    assert_eq!(r.isbn.as_deref(), Some("978-0-00-000000-2"));
    assert_eq!(r.publisher.as_deref(), Some("Voorbeelduitgeverij"));
    assert_eq!(r.container, None);
    assert_eq!(r.kind.as_deref(), Some("book"));
    assert!(
        !messages(&report, Category::Review)
            .iter()
            .any(|m| m.contains("no link or identifier"))
    );
}

#[test]
fn a_notes_heading_over_nuts_stays_a_heading() {
    let (body, refs, report) = split_text(
        "Noten\nAmandelen en walnoten bevatten magnesium.\n\n1. Eet ze ongezouten.\n2. Niet te veel.\n",
        "nl",
    );
    assert!(refs.is_empty(), "{refs:?}");
    assert!(body.starts_with("Noten\nAmandelen"), "{body}");
    assert!(messages(&report, Category::Review).is_empty());
}

#[test]
fn marked_notes_without_a_heading_need_not_all_read_like_references() {
    // An agency's report ("Den Haag; 2019") has no sign of a citation; the marks in the text
    // say the list is the notes.
    let (body, refs, _) = split_text(
        "Het advies is 250 mg DHA per dag.¹ Eet wekelijks vette vis.²\n\
         \n\
         ¹ Voorbeeldraad. Fictieve richtlijn visvetzuren. Den Haag; 2019.\n\
         ² Voorbeeld L. DHA in vette vis, een verzonnen tabel. https://example.org/dha-vis\n",
        "nl",
    );
    assert_eq!(refs.len(), 2, "{refs:?}");
    assert!(
        !body.contains('¹') && !body.contains("Voorbeeldraad"),
        "{body}"
    );
    // Without marks, a numbered list that does not read like references is the article's.
    let (body, refs, _) = split_text(
        "Drie tips.\n\n1. Eet vis.\n2. Voorbeeld L. DHA in vis. https://example.org/dha\n",
        "nl",
    );
    assert!(refs.is_empty(), "{refs:?}");
    assert!(body.contains("1. Eet vis."), "{body}");
}

#[test]
fn a_list_without_heading_or_numbers_that_ends_the_text() {
    // Marked in the text as often as it has lines: its lines are the notes, in order.
    let (body, refs, report) = split_text(
        "Kefir gaf meer soorten bacteriën.¹ Of dat gezond is, is niet duidelijk.²\n\
         \n\
         Voorbeeld M, Proef K. Kefir en de darmflora: een fictieve studie. Voorbeeld Tijdschr. 2021;5:1-9.\n\
         Example R. Fermented milk, a made-up review. https://example.org/kefir-review\n",
        "nl",
    );
    assert_eq!(refs.len(), 2, "{refs:?}");
    assert_eq!(
        body.trim(),
        "Kefir gaf meer soorten bacteriën. [@voorbeeld-2021] Of dat gezond is, is niet \
         duidelijk. [@example]"
    );
    assert!(
        messages(&report, Category::Recognised)
            .iter()
            .any(|m| m.starts_with("3: lines that read like references end the text")),
    );
    // Unmarked: read as the list, for the editor to check and cite.
    let (_, refs, report) = split_text(
        "Kefir is gefermenteerde melk.\n\
         \n\
         Voorbeeld M. Kefir, een fictieve studie. Voorbeeld Tijdschr. 2021;5:1-9.\n\
         Example R. Fermented milk, a made-up review. https://example.org/kefir-review\n",
        "nl",
    );
    assert_eq!(refs.len(), 2, "{refs:?}");
    assert!(
        messages(&report, Category::Review)
            .iter()
            .any(|m| m.starts_with("3: a reference list without a heading")),
    );
    // One line, unmarked, is no list: a closing line with a web address.
    let (body, refs, _) = split_text(
        "Kefir is gefermenteerde melk.\n\nMeer op https://example.org/kefir\n",
        "nl",
    );
    assert!(refs.is_empty(), "{refs:?}");
    assert!(body.contains("Meer op"), "{body}");
}
