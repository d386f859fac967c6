use super::*;
use crate::import::lines::split;

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
    assert_eq!(r.note.as_deref(), Some("Fundamenteel overzichtsartikel."));
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
    assert_eq!(refs[1].authors, ["Qi Dai", "et al."]);
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
        .of(crate::import::report::Kind::Review)
        .map(|e| e.message.as_str())
        .collect();
    assert!(
        review
            .iter()
            .any(|m| m.contains("reference 11 is the same work as \"deng-2013\" (PMID 23981518)")),
        "{review:?}"
    );
    assert!(
        review
            .iter()
            .any(|m| m.contains("Epidemiologische studie.")),
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
    assert_eq!(report.of(crate::import::report::Kind::Review).count(), 3);
}

#[test]
fn dois_from_publisher_links_and_text_and_a_glued_link() {
    let (refs, _) = parse_text(concat!(
        "5. Zittermann, A. et al. (2024). Association between magnesium and vitamin D status. European Journal of Nutrition, 64, art.nu. 48. https://link.springer.com/article/10.1007/s00394-024-03559-9#Sec13\n",
        "6. Jansen, B. (2020). Een titel.doi:10.1234/abc.5 \n",
        "7. de Vries, J. (2020). Een titel.https://pubmed.ncbi.nlm.nih.gov/123/\n",
    ));
    assert_eq!(refs[0].doi.as_deref(), Some("10.1007/s00394-024-03559-9"));
    assert_eq!(
        refs[0].url.as_deref(),
        Some("https://link.springer.com/article/10.1007/s00394-024-03559-9#Sec13")
    );
    assert_eq!(refs[0].pages.as_deref(), Some("art.nu. 48"));
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
        refs[0].note.as_deref(),
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
        ("smit-2020", "smit-2020-b")
    );
}
