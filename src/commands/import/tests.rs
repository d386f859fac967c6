//! Each recogniser on small texts of its own, hard cases included.

use super::*;
use report::Category;

fn options() -> TextOptions {
    TextOptions {
        date: Date {
            year: 2026,
            month: 1,
            day: 2,
        },
        date_given: false,
        title: None,
    }
}

fn import(text: &str) -> Imported {
    import_lang(text, "nl")
}

fn import_lang(text: &str, lang: &str) -> Imported {
    let markers = Markers::built_in(lang).unwrap_or_else(|| panic!("markers for {lang}"));
    import_text(text, &options(), &markers)
}

/// The body of the article: everything after the front matter.
fn body(imported: &Imported) -> &str {
    let markdown = imported.markdown.as_str();
    let end = markdown[3..].find("+++\n").map_or(0, |i| i + 3 + 4);
    markdown[end..].trim()
}

fn front(imported: &Imported) -> &str {
    let markdown = imported.markdown.as_str();
    let end = markdown[3..].find("+++\n").map_or(0, |i| i + 3);
    &markdown[..end]
}

fn messages(imported: &Imported, category: Category) -> Vec<String> {
    imported
        .report
        .of(category)
        .map(|e| format!("{}: {}", e.line, e.message))
        .collect()
}

#[test]
fn title_date_and_description() {
    let i = import(
        "\nTitel van het stuk\n\nTitel van het stuk\n- 13 nov 2025\nEerste zin van de inleiding. Tweede zin.\n",
    );
    assert_eq!(i.title, "Titel van het stuk");
    assert!(front(&i).contains("date = 2025-11-13\n"));
    assert!(front(&i).contains("description = \"Eerste zin van de inleiding. Tweede zin.\"\n"));
    assert!(front(&i).contains("slug = \"titel-van-het-stuk\"\n"));
    assert_eq!(messages(&i, Category::Dropped), ["4: the title, repeated"]);
}

#[test]
fn without_a_date_line_the_given_date_is_used_and_reported() {
    let i = import("Titel\nTekst.\n");
    assert!(front(&i).contains("date = 2026-01-02\n"));
    assert!(
        messages(&i, Category::Review)[0].contains("no date in the text: used 2026-01-02 (today)")
    );
}

#[test]
fn a_long_lead_is_shortened_at_a_sentence_end() {
    let lead = format!(
        "{} Tweede zin die het te lang maakt.",
        "Woord ".repeat(25).trim_end().to_string() + "."
    );
    let i = import(&format!("Titel\n{lead}\n"));
    let expected = format!("description = \"{}.\"", "Woord ".repeat(25).trim_end());
    assert!(front(&i).contains(&expected), "{}", front(&i));
}

#[test]
fn headings_of_every_kind() {
    let i = import(concat!(
        "Titel\n",
        "Inleiding van het artikel.\n",
        "Slaap in de winter 😴\n",
        "Tekst onder de kop.\n",
        "Wat is magnesium?\n",
        "Antwoord op de vraag.\n",
        "Conclusie:\n",
        "Een afsluitende alinea die langer is.\n",
        "De link tussen magnesium en slaap.\n",
        "Slapeloosheid heeft vaak meerdere oorzaken en magnesium werkt op verschillende fronten.\n",
        "Een korte zin.\n",
        "Slaap lekker!\n",
    ));
    let headings: Vec<&str> = body(&i).lines().filter(|l| l.starts_with('#')).collect();
    assert_eq!(
        headings,
        [
            "## Slaap in de winter 😴",
            "## Wat is magnesium?",
            "## Conclusie"
        ]
    );
    // A phrase ending in a full stop stays text, and the report asks whether it is a heading.
    assert!(body(&i).contains("\n\nDe link tussen magnesium en slaap.\n\nSlapeloosheid"));
    assert!(
        messages(&i, Category::Review)
            .iter()
            .any(|m| m.starts_with("9: possible heading \"De link tussen magnesium en slaap.\""))
    );
    // A short sentence followed by an even shorter one, and an exclamation, stay text.
    assert!(body(&i).contains("\n\nEen korte zin.\n\nSlaap lekker!"));
}

#[test]
fn hard_wrapped_paragraphs_keep_their_short_lines() {
    let i = import(concat!(
        "Titel\n\n",
        "Inleiding die over twee regels\nloopt en dan stopt.\n\n",
        "Magnesium en slaap\n\n",
        "Een alinea die hard is afgebroken op een plek\n",
        "Waar een korte regel staat\n",
        "en nog verder gaat.\n\n",
        "Korte regel bovenaan\n",
        "gevolgd door de rest van de zin.\n",
    ));
    let headings: Vec<&str> = body(&i).lines().filter(|l| l.starts_with('#')).collect();
    assert_eq!(headings, ["## Magnesium en slaap"]);
    assert!(body(&i).contains(
        "Een alinea die hard is afgebroken op een plek\nWaar een korte regel staat\nen nog verder gaat."
    ));
    assert!(body(&i).ends_with("Korte regel bovenaan\ngevolgd door de rest van de zin."));
}

#[test]
fn a_title_ending_in_a_capital_and_a_full_stop_is_body_text() {
    let i = import("Waarom je in de winter vitamine D.\nTweede regel.\n");
    assert!(body(&i).starts_with("Waarom je in de winter vitamine D."));
}

#[test]
fn headings_repeated_by_the_page_are_main_sections() {
    let i = import(
        "Titel\n\nInleiding.\n\nHoofdstuk\n\nHoofdstuk\n\nTekst.\n\nParagraaf\n\nMeer tekst.\n\nVolgend hoofdstuk\n\nVolgend hoofdstuk\n\nSlot.\n",
    );
    let headings: Vec<&str> = body(&i).lines().filter(|l| l.starts_with('#')).collect();
    assert_eq!(
        headings,
        ["## Hoofdstuk", "### Paragraaf", "## Volgend hoofdstuk"]
    );
}

#[test]
fn a_run_of_headings_each_over_a_list_are_subsections() {
    let i = import(concat!(
        "Titel\nInleiding.\n",
        "Drie vormen\nWelke vorm past bij jou.\n",
        "Vorm een\n- Focus: rust.\n",
        "Vorm twee\n- Focus: energie.\n",
        "Daarna\nGewone tekst.\n",
    ));
    let headings: Vec<&str> = body(&i).lines().filter(|l| l.starts_with('#')).collect();
    assert_eq!(
        headings,
        [
            "## Drie vormen",
            "### Vorm een",
            "### Vorm twee",
            "## Daarna"
        ]
    );
}

#[test]
fn bullets_of_every_shape() {
    let i = import(concat!(
        "Titel\nInleiding.\n",
        "Denk aan:\n-\nSpierontspanning\n-\nZenuwgeleiding\n- Energie\n",
        "Werkt zo:\n✔ Reguleert melatonine.\n✔ Verlaagt cortisol.\n",
        "Het helpt bij:\n  • ontspanning\n  • energie\n",
    ));
    assert_eq!(
        body(&i),
        "Inleiding.\n\nDenk aan:\n\n- Spierontspanning\n- Zenuwgeleiding\n- Energie\n\n\
         Werkt zo:\n\n- Reguleert melatonine.\n- Verlaagt cortisol.\n\n\
         Het helpt bij:\n\n- ontspanning\n- energie"
    );
}

#[test]
fn a_numbered_list_keeps_its_first_number() {
    let i = import("Titel\nInleiding.\n3. drie\n4. vier\nNa de lijst.\n");
    assert!(
        body(&i).contains("3. drie\n4. vier\n\nNa de lijst."),
        "{}",
        body(&i)
    );
}

#[test]
fn lists_nested_too_deep_are_kept_as_text() {
    let mut text = String::from("Titel\nInleiding.\n");
    for depth in 0..40 {
        text.push_str(&format!("{}- punt {depth}\n", "  ".repeat(depth)));
    }
    let i = import(&text);
    for depth in 0..40 {
        assert!(
            body(&i).contains(&format!("punt {depth}")),
            "lost punt {depth}"
        );
    }
    assert!(
        messages(&i, Category::Review)
            .iter()
            .any(|m| m.contains("nested more than"))
    );
}

#[test]
fn pipe_tables_that_are_ragged_or_only_separators() {
    let i = import("Titel\nInleiding.\n| a | b | c |\n| 1 | 2 |\nDaarna.\n|---|---|\nSlot.\n");
    assert!(
        body(&i).contains("| a | b | c |\n|---|---|---|\n| 1 | 2 |  |"),
        "{}",
        body(&i)
    );
    let review = messages(&i, Category::Review);
    assert!(
        review
            .iter()
            .any(|m| m.starts_with("4: table row with 2 of 3 cells")),
        "{review:?}"
    );
    assert!(
        review
            .iter()
            .any(|m| m.starts_with("6: table lines without any cells")),
        "{review:?}"
    );
    assert!(body(&i).contains("\\|---|---|"), "{}", body(&i));
}

#[test]
fn empty_tips_and_notes() {
    let i = import(concat!(
        "Titel\nInleiding.\n",
        "[TIP] Tip:\nDrink water.\n",
        "Dit zegt de wetenschapper\n",
        "[TIP]\n",
    ));
    assert_eq!(body(&i), "Inleiding.\n\n> [!TIP]\n> Drink water.");
    let review = messages(&i, Category::Review);
    assert!(
        review.iter().any(|m| m.starts_with("5: expert note")),
        "{review:?}"
    );
    assert!(
        review
            .iter()
            .any(|m| m.starts_with("6: a tip label without a tip")),
        "{review:?}"
    );
}

#[test]
fn a_note_ends_at_a_tip() {
    let i = import("Titel\nInleiding.\nDit zegt de wetenschapper\nEen zin.\n[TIP] Tip: Slaap.\n");
    assert!(
        body(&i).ends_with("> Een zin.\n\n> [!TIP]\n> Slaap."),
        "{}",
        body(&i)
    );
}

#[test]
fn a_title_is_confirmed_by_its_date_its_authors_or_its_first_paragraph() {
    for text in [
        "Calcium en je botten\n14 maart 2023\n\nCalcium zit vooral in zuivel.\n",
        "Calcium en je botten\nLotte Voorbeeld, PhD\n14 maart 2023\n\nCalcium zit in zuivel.\n",
        "Calcium en je botten\n\nCalcium zit vooral in zuivel. Dat weet bijna iedereen.\n",
    ] {
        let i = import(text);
        assert_eq!(i.title, "Calcium en je botten", "{text}");
        assert_eq!(i.title_doubt, None, "{text}");
    }
}

#[test]
fn a_line_above_a_line_that_could_be_the_title_leaves_it_in_doubt() {
    // A caption or category link above the title looks just like a title above its subtitle.
    let i = import_lang(
        "18th Feb 2021\nSources of the vitamins for seniors\nVitamin B12 in older adults: symptoms and causes\n\nAs people age, vitamin B12 becomes harder to absorb.\n",
        "en",
    );
    assert!(front(&i).contains("date = 2021-02-18\n"));
    let doubt = i.title_doubt.clone().unwrap_or_default();
    assert!(
        doubt.contains("\"Vitamin B12 in older adults: symptoms and causes\" (line 3), which could be the title too"),
        "{doubt}"
    );
    assert!(
        messages(&i, Category::Review)
            .iter()
            .any(|m| m.starts_with("2: the title is not certain")),
    );
}

#[test]
fn a_short_line_above_the_title_may_be_the_title_itself() {
    // "Chroom" over "Een mineraal dat je niet kunt missen": a label over the title, or the
    // title over its subtitle. Without a date under the second line, the text cannot tell.
    let i = import(
        "Chroom\n\nEen mineraal dat je niet kunt missen\nOver chroom is nog weinig bekend.\n",
    );
    // A blank line under the short line ends the page's head: it is the title, in doubt.
    assert_eq!(i.title, "Chroom");
    let doubt = i.title_doubt.clone().unwrap_or_default();
    assert!(
        doubt.contains(
            "\"Chroom\" (line 1) is followed by \"Een mineraal dat je niet kunt missen\" (line 3)"
        ),
        "{doubt}"
    );
    // Without the blank line, it is a label over the title, or the title over its subtitle.
    let label = import(
        "Chroom\nEen mineraal dat je niet kunt missen\n\nOver chroom is nog weinig bekend.\n",
    );
    let doubt = label.title_doubt.clone().unwrap_or_default();
    assert!(
        doubt.contains("\"Chroom\" (line 1) may be the title"),
        "{doubt}"
    );
    // Under a label, a title with its date under it is certain.
    let dated = import(
        "Blog\nEen mineraal dat je niet kunt missen\n14 maart 2023\n\nOver chroom is nog weinig bekend.\n",
    );
    assert_eq!(dated.title, "Een mineraal dat je niet kunt missen");
    assert_eq!(dated.title_doubt, None);
}

#[test]
fn a_line_between_the_title_and_its_text_that_is_confirmed_too_is_a_rival() {
    let i = import_lang(
        "Herbal Medicine Fact Sheets\n|\nApril 12, 2024\nAshwagandha and cortisol: what it does\nUpdated On\nSeptember 26, 2024\n\nAshwagandha is a herbal medicine, used for centuries; fact sheets list its uses.\n",
        "en",
    );
    let doubt = i.title_doubt.clone().unwrap_or_default();
    assert!(
        doubt.contains("\"Ashwagandha and cortisol: what it does\" (line 4)"),
        "{doubt}"
    );
    // A tag line in lower case and a lone "|" are no titles.
    let tagline =
        import("goed voor jou, elke dag\n|\nProbiotica\n\nProbiotica zijn nuttige bacteriën.\n");
    assert_eq!(tagline.title, "Probiotica");
    assert_eq!(tagline.title_doubt, None);
}

#[test]
fn a_menu_list_above_the_title_leaves_the_title_and_its_byline() {
    // "Meest gelezen" in the menu takes the short lines under it, but not the article's
    // title and byline over its date.
    let i = import(
        "Nieuws\nSport\nMeest gelezen\nOost-Vlaanderen\nSupplementen horen op het medicatieschema\nPiet Jansen\nwo 26 jan 2022 14:05\n\nWie veel geneesmiddelen neemt, heeft best een schema.\n",
    );
    assert_eq!(i.title, "Supplementen horen op het medicatieschema");
    assert_eq!(i.title_doubt, None);
    // Further down, the list takes them all.
    let footer = import(
        "Schema\n\nWie veel geneesmiddelen neemt, heeft best een schema.\n\nMeest gelezen\nEen ander bericht\nNog een bericht\n26 jan 2022\n",
    );
    assert!(
        !footer.markdown.contains("Een ander bericht"),
        "{}",
        footer.markdown
    );
}

#[test]
fn the_title_stands_under_the_breadcrumb() {
    // An audience menu above the breadcrumb is the page's; the title is under the breadcrumb.
    let i = import(
        "Zoeken\nVoor wie zwanger wil worden\nVoor de zorgverlener\nHome > Gezond leven > Vitaminen\nVitamine A\n\nAdvies\nVermijd meer dan 3000 µg vitamine A per dag.\n",
    );
    assert_eq!(i.title, "Vitamine A");
    // (In doubt: "Advies" under it could be the title too, with "Vitamine A" its label.)
    // A line of one word under the title, over its text, is the first heading, not a lead.
    assert!(body(&i).starts_with("## Advies\n"), "{}", body(&i));
}

#[test]
fn a_blog_post_title_under_its_date_header_is_a_rival() {
    // Blogger: the blog's name and description, the date header, then the post's title.
    let i = import(
        "Gezondheidsweb Jansen\nNatuurlijke gezondheid, kruiden en supplementen\nwoensdag 16 september 2009\nMariadistel\n\nMariadistel beschermt de levercellen.\n",
    );
    let doubt = i.title_doubt.clone().unwrap_or_default();
    assert!(doubt.contains("\"Mariadistel\" (line 4)"), "{doubt}");
    // A count under the date (claps, comments) is no title.
    let counted = import_lang(
        "Coffee, Seen Through My Anxiety\nMar 9, 2021\n124\n\nI drank coffee every day.\n",
        "en",
    );
    assert_eq!(counted.title_doubt, None);
}

#[test]
fn a_date_after_a_byline_on_its_line_is_read() {
    // Drupal's "Submitted by … on …", in Dutch.
    let i = import(
        "Ginkgo\nIngediend door redactie op di, 12/03/2013 - 14:27\n\nGinkgo is een boom.\n",
    );
    assert!(front(&i).contains("date = 2013-03-12\n"), "{}", front(&i));
}

#[test]
fn a_title_may_end_in_a_name_s_initial() {
    let i = import(
        "Sint-Janskruid (Hypericum perforatum L.)\n\nSint-Janskruid is een kruidengeneesmiddel.\n",
    );
    assert_eq!(i.title, "Sint-Janskruid (Hypericum perforatum L.)");
    assert_eq!(i.title_doubt, None);
}

#[test]
fn menu_items_above_the_title_are_passed() {
    // One menu item a line: "Contact" is never a title, and the items above it are labels.
    let i = import(
        "Home\nOver ons\nIn de praktijk\nContact\nDe beruchte suikerdip\n\nNa het eten zakt je suiker soms in.\n",
    );
    assert_eq!(i.title, "De beruchte suikerdip");
    assert_eq!(i.title_doubt, None);
}

#[test]
fn a_short_line_under_a_longer_title_is_no_rival() {
    // A byline with a date not understood between the title and its text.
    let i = import(
        "Veel kinderen krijgen melatonine\nlise Jansen\n18 jan\n\nMelatonine maakt je lichaam zelf.\n",
    );
    assert_eq!(i.title, "Veel kinderen krijgen melatonine");
    assert_eq!(i.title_doubt, None);
    // A line as long as the title is one.
    let rival = import("Slaap\nSlaapconsult bij de huisarts\n\nJe ligt weer wakker.\n");
    assert!(rival.title_doubt.is_some());
}

#[test]
fn a_names_words_come_back_only_as_names() {
    // The author's surname comes back in the references, capitalised: she is no title, and
    // the title above her name is confirmed by the date under it.
    let i = import(
        "Calcium voor je botten\nLotte Jansen\n05/09/2022\n\nCalcium bouwt je botten op.\n\nBronnen\n1. Jansen L. Calcium en botten. Tijdschr Voeding. 2019;11:3-9.\n",
    );
    assert_eq!(i.title, "Calcium voor je botten");
    assert_eq!(i.title_doubt, None);
    // A title whose words come back in lowercase is no name, even in title case.
    let title_case = import_lang(
        "Sports Hydration\nPosted on April 26, 2019\n\nWater is what most sports need; sports drinks are for long games.\n",
        "en",
    );
    assert_eq!(title_case.title, "Sports Hydration");
    assert_eq!(title_case.title_doubt, None);
}

#[test]
fn a_line_with_its_authors_under_it_is_no_label() {
    // The title stands among labels, with its author and her role under it: the role is no
    // title, though the article's first text follows it.
    let i = import(
        "Peuter & kleuter\nVerzorging\nTandpasta en fluoride\nEllen Voorbeeld\nExpert mondgezondheid\n\nFluoride maakt het glazuur van tanden harder.\n",
    );
    assert_eq!(i.title, "Tandpasta en fluoride");
    let doubt = i.title_doubt.clone().unwrap_or_default();
    assert!(
        doubt.contains("\"Expert mondgezondheid\" (line 5)"),
        "{doubt}"
    );
    // A magazine's name between a label and the title: the title is what the text comes back
    // to. (Under one label and with no date, it stays in doubt.)
    let magazine = import(
        "Gezondheid\nPlusblad Voorbeeld\nHoofdpijn als je koffie overslaat\n\nDie hoofdpijn komt door cafeïne die je mist.\n",
    );
    assert_eq!(magazine.title, "Hoofdpijn als je koffie overslaat");
    let doubt = magazine.title_doubt.clone().unwrap_or_default();
    assert!(
        doubt.starts_with("\"Gezondheid\" (line 1) may be the title"),
        "{doubt}"
    );
}

#[test]
fn a_short_line_of_questions_can_be_the_title() {
    // A title of questions and answers is not title-like (a full stop stands inside it), but
    // it can be the title: here under a label, which leaves it in doubt without a date.
    let i = import(
        "Blog - voorbeeldsite\nMagnesium tegen kramp? Vaak niet. Wat dan wel?\n\nBij kramp speelt magnesium hooguit een bijrol.\n",
    );
    assert_eq!(i.title, "Magnesium tegen kramp? Vaak niet. Wat dan wel?");
    let doubt = i.title_doubt.clone().unwrap_or_default();
    assert!(
        doubt.starts_with("\"Blog - voorbeeldsite\" (line 1) may be the title"),
        "{doubt}"
    );
    let dated = import(
        "Blog - voorbeeldsite\nMagnesium tegen kramp? Vaak niet. Wat dan wel?\n3 mei 2024\n\nBij kramp speelt magnesium hooguit een bijrol.\n",
    );
    assert_eq!(
        dated.title,
        "Magnesium tegen kramp? Vaak niet. Wat dan wel?"
    );
    assert_eq!(dated.title_doubt, None);
    // A lead that ends in a question is longer, and confirms the title.
    let lead = import(
        "Wat zijn rusteloze benen?\nRusteloze benen houden je 's avonds uit je slaap en maken je overdag erg moe. Hoe komt dat en wat helpt ertegen?\n\nTekst.\n",
    );
    assert_eq!(lead.title_doubt, None);
}

#[test]
fn a_site_name_over_its_tagline_leaves_the_title_in_doubt() {
    let i = import_lang(
        "Get Answers to Your Questions\nBrowse answers from experts and everyday people.\nDoes Fasting Change How You Sleep?\n\nIntermittent fasting means switching between eating and not eating. It suits some people.\n",
        "en",
    );
    let doubt = i.title_doubt.clone().unwrap_or_default();
    assert!(
        doubt.contains("\"Does Fasting Change How You Sleep?\" (line 3) the title"),
        "{doubt}"
    );
}

#[test]
fn a_second_date_line_in_the_head_is_dropped() {
    let i = import(
        "Vitamine E en sport\nGepubliceerd: 4 juni 2020\nLaatste update: 26 februari 2024\n\nVitamine E beschermt je cellen.\n",
    );
    assert!(front(&i).contains("date = 2020-06-04\n"));
    assert!(!body(&i).contains("Laatste update"), "{}", body(&i));
    assert!(
        messages(&i, Category::Dropped)
            .iter()
            .any(|m| m == "3: a second date line: \"Laatste update: 26 februari 2024\""),
        "{:?}",
        messages(&i, Category::Dropped)
    );
}

#[test]
fn a_date_under_a_byline_and_a_date_among_meta_data() {
    // The names under "Geschreven door" go with it; the date under them is the article's.
    let i = import(
        "Tekorten herkennen\nGeschreven door\nSofie Voorbeeld\n24 april, 2024\n\nEen tekort ontstaat langzaam.\n",
    );
    assert!(front(&i).contains("date = 2024-04-24\n"), "{}", front(&i));
    assert!(!body(&i).contains("Sofie"), "{}", body(&i));
    // A bullet and a prefix glued to the day.
    let glued = import(
        "Jodium als je plantaardig eet\n• Bericht gepubliceerd:21 juli 2021\n\nJodium zit in brood.\n",
    );
    assert!(
        front(&glued).contains("date = 2021-07-21\n"),
        "{}",
        front(&glued)
    );
    // A second date's label on a line of its own, with the date under it.
    let updated = import_lang(
        "Ashwagandha and cortisol\nApril 12, 2024\nUpdated On\nSeptember 26, 2024\n\nAshwagandha is a herb.\n",
        "en",
    );
    assert!(
        front(&updated).contains("date = 2024-04-12\n"),
        "{}",
        front(&updated)
    );
    assert!(!body(&updated).contains("September"), "{}", body(&updated));
}

#[test]
fn a_date_line_that_says_so_counts_anywhere() {
    let i = import_lang(
        "Stressed out? Skip the late show\n\nMost adults need seven to eight hours of sleep.\n\nLast Updated Nov 29, 2022\nCareers\nContact Us\n",
        "en",
    );
    assert!(front(&i).contains("date = 2022-11-29\n"));
    assert!(!body(&i).contains("Last Updated"));
    // A date alone far down is no article date: it may be an event's or a reference's.
    let far = import(
        "Titel\n\nEen zin.\n\nNog een zin.\n\nEen derde.\n\nVier.\n\nVijf.\n\nZes.\n\n14 maart 2023\n",
    );
    assert!(front(&far).contains("date = 2026-01-02\n"));
}

#[test]
fn a_numeric_date_that_reads_both_ways_is_reported() {
    let i = import_lang(
        "Title of the post\n9/12/2025\n\nFirst sentence of the text.\n",
        "en",
    );
    assert!(front(&i).contains("date = 2025-09-12\n"));
    assert!(
        messages(&i, Category::Review)
            .iter()
            .any(|m| m == "2: \"9/12/2025\" reads as 2025-09-12 or as 2025-12-09: check the date"),
        "{:?}",
        messages(&i, Category::Review)
    );
}

#[test]
fn dates_further_down_with_prefixes_or_given_titles() {
    let i = import(
        "Titel\nOndertitel van het stuk\nGepubliceerd op 13-11-2025\nTekst van het artikel dat langer is.\n",
    );
    assert!(front(&i).contains("date = 2025-11-13\n"));
    assert!(!body(&i).contains("Gepubliceerd"));
    let markers = Markers::built_in("nl").unwrap_or_else(|| panic!("markers"));
    let options = TextOptions {
        title: Some("Gegeven titel".into()),
        ..options()
    };
    let given = import_text("- 13 nov 2025\nTekst.\n", &options, &markers);
    assert!(front(&given).contains("date = 2025-11-13\n"));
    let bad = import("Titel\n- 31 feb 2025\nTekst.\n");
    assert!(body(&bad).contains("31 feb 2025"));
    assert!(
        messages(&bad, Category::Review)
            .iter()
            .any(|m| m.contains("not understood"))
    );
}

#[test]
fn a_text_of_only_references_has_no_title() {
    let i = import("Bronnen:\n1. Smit, A. (2020). Een studie. https://example.org/a\n");
    assert_eq!(i.title, "Zonder titel");
    assert!(front(&i).contains("id = \"smit-2020\""));
}

#[test]
fn bronnen_as_a_label_over_foods_is_body_text() {
    let i =
        import("Titel\nInleiding.\nBronnen:\nAvocado, noten en zaden zijn goede bronnen.\nSlot.\n");
    // A label over a paragraph, like "Conclusie:".
    assert!(
        body(&i).contains("## Bronnen\n\nAvocado, noten en zaden zijn goede bronnen."),
        "{}",
        body(&i)
    );
    assert!(!front(&i).contains("[[references]]"));
    assert!(
        messages(&i, Category::Review)
            .iter()
            .any(|m| m.starts_with("3: \"Bronnen:\" is not followed"))
    );
}

#[test]
fn text_after_the_reference_list_stays() {
    let i = import(
        "Titel\nInleiding.\nBronnen:\n1. Smit, A. (2020). Een. https://example.org/a\n\nMet dank aan de patiëntenvereniging voor het meelezen.\n",
    );
    assert!(
        body(&i).ends_with("Met dank aan de patiëntenvereniging voor het meelezen."),
        "{}",
        body(&i)
    );
    assert!(front(&i).contains("id = \"smit-2020\""));
}

#[test]
fn a_list_interrupted_by_a_blank_line_goes_on() {
    let i = import("Titel\nInleiding.\n- een\n\n- twee\nNa de lijst.\n");
    assert_eq!(body(&i), "Inleiding.\n\n- een\n- twee\n\nNa de lijst.");
}

#[test]
fn a_lead_in_with_items_without_markers() {
    let i = import(concat!(
        "Titel\nInleiding.\n",
        "Magnesiumrijke voeding:\nAvocado\nNoten en zaden\nPure chocolade\n",
        "Niet iedereen haalt voldoende magnesium uit voeding alleen, zeker niet bij stress of sport.\n",
    ));
    assert!(
        body(&i).contains("Magnesiumrijke voeding:\n\n- Avocado\n- Noten en zaden\n- Pure chocolade\n\nNiet iedereen"),
        "{}",
        body(&i)
    );
}

#[test]
fn numbered_items_keep_their_indented_continuation_and_nested_lists() {
    let i = import(concat!(
        "Titel\n\nInleiding.\n\nWat kun je doen?\n",
        "  1. Eet goed.\n    Kies vaker voor:\n\n    – noten\n    – zaden\n\n    Bedenk wel: dit helpt.\n",
        "  2. Ontspan\n    Elke vorm helpt.\n",
        "Daarna\n\nTekst.\n",
    ));
    assert!(
        body(&i).contains(
            "1. Eet goed.\n\n   Kies vaker voor:\n\n   - noten\n   - zaden\n\n   Bedenk wel: dit helpt.\n\n2. Ontspan\n\n   Elke vorm helpt.\n\n## Daarna"
        ),
        "{}",
        body(&i)
    );
}

#[test]
fn a_numbered_heading_is_not_a_list() {
    let i = import(
        "Titel\nInleiding.\n1. Wat is het\nUitleg over wat het is.\n2. Hoe werkt het\nUitleg over hoe het werkt.\n",
    );
    let headings: Vec<&str> = body(&i).lines().filter(|l| l.starts_with('#')).collect();
    // Inside a heading "1." cannot start a list, so it needs no escaping.
    assert_eq!(headings, ["## 1. Wat is het", "## 2. Hoe werkt het"]);
    let list = import("Titel\nInleiding.\n1. een\n2. twee\n");
    assert!(body(&list).contains("1. een\n2. twee"));
}

#[test]
fn pipe_tables_get_a_header_row() {
    let i = import("Titel\nInleiding.\n| Situatie: | Gevolg |\n| A | B |\n| C | D |\nDaarna.\n");
    assert!(
        body(&i).contains("| Situatie: | Gevolg |\n|---|---|\n| A | B |\n| C | D |\n\nDaarna.")
    );
}

#[test]
fn tables_copied_with_tabs_between_the_cells() {
    let i = import(
        "Titel\n\nInleiding.\n\nGroep\tAdvies per dag\nKinderen 0-4 jaar\t10 microgram\n70-plussers\t\t20 microgram\n\nDaarna.\n",
    );
    assert!(
        body(&i).contains(
            "| Groep | Advies per dag |\n|---|---|\n| Kinderen 0-4 jaar | 10 microgram |\n| 70-plussers | 20 microgram |\n\nDaarna."
        ),
        "{}",
        body(&i)
    );
    assert!(
        messages(&i, Category::Recognised)
            .iter()
            .any(|m| m == "5: table: 2 columns, 2 rows")
    );
    // One line with a tab in it is text.
    let one = import("Titel\n\nInleiding.\n\nEen zin\tmet een tab.\n");
    assert!(
        body(&one).ends_with("Een zin met een tab."),
        "{}",
        body(&one)
    );
}

#[test]
fn a_table_copied_one_cell_per_line_is_reported() {
    let i = import(
        "Titel\n\nInleiding.\n\nGroep\nAdvies\nKinderen\n10 microgram\nOuderen\n20 microgram\n\nDaarna.\n",
    );
    assert!(
        messages(&i, Category::Review)
            .iter()
            .any(|m| m.starts_with("5: 6 short lines in a row: a table copied one cell per line?")),
        "{:?}",
        messages(&i, Category::Review)
    );
    // Two short lines of a hard-wrapped paragraph are none.
    let prose = import("Titel\n\nInleiding.\n\nEen korte regel\nen nog een.\n");
    assert!(
        !messages(&prose, Category::Review)
            .iter()
            .any(|m| m.contains("short lines in a row"))
    );
}

#[test]
fn a_table_copied_one_cell_per_line_is_rebuilt_when_its_columns_show() {
    let i = import_lang(
        "Fiber basics\n\nMost adults eat too little fiber.\n\nHIGH-FIBER FOODS\nFood\nServing\nFiber\nLentils, cooked\n1/2 cup\n8 g\nRaspberries\n1 cup\n8 g\nOatmeal, cooked\n1 cup\n4 g\n\nDrink plenty of water.\n",
        "en",
    );
    assert!(
        body(&i).contains(
            "## HIGH-FIBER FOODS\n\n| Food | Serving | Fiber |\n|---|---|---|\n| Lentils, cooked | 1/2 cup | 8 g |"
        ),
        "{}",
        body(&i)
    );
    assert!(
        messages(&i, Category::Review)
            .iter()
            .any(|m| m.starts_with("6: 12 short lines in a row read as a table")),
        "{:?}",
        messages(&i, Category::Review)
    );
}

#[test]
fn a_table_cut_short_stays_text() {
    let i = import(
        "Titel\n\nInleiding.\n\nNaam Eerste kolom Tweede kolom\nRij een Zin een. Zin twee.\n\nSlot.\n",
    );
    assert!(!body(&i).contains('|'));
    assert!(body(&i).contains("Rij een Zin een. Zin twee."));
}

#[test]
fn faq_questions_alone_on_their_line() {
    let i = import(concat!(
        "Titel\nInleiding die veelgestelde vragen noemt, maar zelf geen FAQ is.\n",
        "Veelgestelde vragen over magnesium\n",
        "Wat is magnesium?\nEen mineraal\n",
        "Helpt het bij slaap?\nWaarom niet? Het ontspant. Probeer het.\n",
        "Volgende kop\nTekst.\n",
    ));
    let b = body(&i);
    assert!(b.starts_with("Inleiding die veelgestelde vragen noemt"));
    // The line under a question is its answer, even without a full stop; in this style a
    // question with text after it is answer text.
    assert!(
        b.contains(concat!(
            "## Veelgestelde vragen over magnesium {#faq}\n\n",
            "### Wat is magnesium?\n\nEen mineraal\n\n",
            "### Helpt het bij slaap?\n\nWaarom niet? Het ontspant. Probeer het.\n\n",
            "## Volgende kop"
        )),
        "{b}"
    );
    assert!(
        messages(&i, Category::Recognised)
            .iter()
            .any(|m| m == "3: FAQ with 2 questions")
    );
}

#[test]
fn a_heading_that_speaks_of_questions_opens_the_faq_when_a_question_follows() {
    let i = import_lang(
        concat!(
            "Sleep better after a sauna\n\nCould the sauna help you sleep? Here is what we know.\n\n",
            "Your questions answered\n\n",
            "Does a sauna improve sleep?\nMany bathers say so.\n\n",
            "Is it safe to nap in the sauna?\nNo. You may overheat.\n\n",
            "Other sleep helpers\n\nA dark, cool bedroom helps.\n",
        ),
        "en",
    );
    let b = body(&i);
    assert!(
        b.contains("## Your questions answered {#faq}\n\n### Does a sauna improve sleep?"),
        "{b}"
    );
    assert!(b.contains("\n\n## Other sleep helpers"), "{b}");
    // Without a question under it, such a heading is an ordinary one.
    let plain =
        import("Titel\n\nInleiding.\n\nVragen aan je huisarts\nSchrijf ze op voor je gaat.\n");
    assert!(!body(&plain).contains("{#faq}"), "{}", body(&plain));
}

#[test]
fn questions_with_short_answers_that_end_the_article_are_its_faq() {
    let i = import_lang(
        concat!(
            "Multivitamins for kids\n\nMost children who eat well need no multivitamin.\n\n",
            "What to look for\nA dose made for children, and no megadoses of vitamin A.\n\n",
            "Can my child take an adult multivitamin?\nNo. Adult doses are too high for children.\n\n",
            "Should it be taken with food?\nYes, with a meal. Fat-soluble vitamins are absorbed better then.\n",
        ),
        "en",
    );
    let b = body(&i);
    assert!(
        b.contains(concat!(
            "## Frequently asked questions {#faq}\n\n",
            "### Can my child take an adult multivitamin?\n\nNo. Adult doses are too high for children.\n\n",
            "### Should it be taken with food?"
        )),
        "{b}"
    );
    assert!(
        messages(&i, Category::Review)
            .iter()
            .any(|m| m.starts_with("8: 2 questions with their answers end the article")),
        "{:?}",
        messages(&i, Category::Review)
    );
    // An article whose sections all ask a question has them as sections, not as an FAQ.
    let sections = import(concat!(
        "Fluoride voor peuters\n\nFluoride maakt het glazuur harder.\n\n",
        "Wat is fluoride?\nEen mineraal in tandpasta.\n\n",
        "Hoe geef ik het?\nGewoon via de tandpasta.\n",
    ));
    assert!(!body(&sections).contains("{#faq}"), "{}", body(&sections));
}

#[test]
fn faq_questions_with_the_answer_on_the_line() {
    let i = import(concat!(
        "Titel\nInleiding.\n",
        "Veelgestelde vragen\n",
        "Waarom nodig? Magnesium is nodig voor spieren. Ook voor zenuwen.\n",
        "Meer weten? Of nog een vraag? Lees dit.\n",
        "FAQ\n",
    ));
    let b = body(&i);
    assert!(
        b.contains("## Veelgestelde vragen {#faq}\n\n### Waarom nodig?\n\nMagnesium is nodig voor spieren. Ook voor zenuwen."),
        "{b}"
    );
    // Not a question and its answer: the second part is another question.
    assert!(
        b.contains("\n\nMeer weten? Of nog een vraag? Lees dit."),
        "{b}"
    );
    // An article has one FAQ.
    assert_eq!(b.matches("{#faq}").count(), 1, "{b}");
    assert!(
        messages(&i, Category::Recognised)
            .iter()
            .any(|m| m == "3: FAQ with 1 question")
    );
}

#[test]
fn tips_expert_notes_and_quotes() {
    let i = import(concat!(
        "Titel\nInleiding.\n",
        "[TIP] Tip: Drink water.\n",
        "Dit zegt de wetenschapper\nMagnesium bindt aan receptoren.\nNog een zin.\n",
        "Volgende kop\nTekst.\n",
        "“Een mooie uitspraak.”\n",
    ));
    assert_eq!(
        body(&i),
        "Inleiding.\n\n> [!TIP]\n> Drink water.\n\n> [!NOTE]\n> **Dit zegt de wetenschapper**\n>\n> Magnesium bindt aan receptoren.\n>\n> Nog een zin.\n\n## Volgende kop\n\nTekst.\n\n> Een mooie uitspraak."
    );
}

#[test]
fn noise_is_dropped_and_listed_and_nothing_else_is_lost() {
    let i = import(concat!(
        "4,8 van 5 sterren op basis van 88 beoordelingen\n",
        "Titel\nInleiding.\n",
        "Lees meer over de energiecentrales in ons Reset artikel.\n",
        "Gewone zin.\n",
        "Deel dit bericht:\n",
    ));
    assert_eq!(i.title, "Titel");
    assert_eq!(body(&i), "Inleiding.\n\nGewone zin.");
    let dropped = messages(&i, Category::Dropped);
    assert_eq!(dropped.len(), 3, "{dropped:?}");
    assert!(dropped[0].starts_with("1: rating: "));
}

#[test]
fn a_noise_line_takes_the_lines_that_belong_to_it() {
    let i = import(concat!(
        "Calcium en je botten\n",
        "Geschreven door:\n",
        "Iris Voorbeeld\n",
        "\n",
        "Inhoud\n",
        "1 Wat is calcium?\n",
        "2 Waar zit het in?\n",
        "\n",
        "Calcium is een mineraal dat je botten sterk houdt.\n",
        "\n",
        "Wat is calcium?\n",
        "Het meeste calcium zit in je skelet.\n",
        "\n",
        "Waar zit het in?\n",
        "In melk, kaas en groene groenten.\n",
        "\n",
        "Ontdek ook\n",
        "Alles bekijken\n",
        "Hoe licht je slaapritme beïnvloedt\n",
        "Vitamine D en K2: samen sterk?\n",
        "\n",
        "Tot slot een zin van het artikel.\n",
    ));
    let body = body(&i);
    for gone in [
        "Iris Voorbeeld",
        "1 Wat is calcium?",
        "slaapritme",
        "samen sterk",
    ] {
        assert!(!body.contains(gone), "{gone} stayed:\n{body}");
    }
    for kept in [
        "## Wat is calcium?",
        "## Waar zit het in?",
        "Tot slot een zin van het artikel.",
    ] {
        assert!(body.contains(kept), "{kept} was lost:\n{body}");
    }
    let dropped = messages(&i, Category::Dropped);
    assert!(
        dropped.contains(&"3: byline: \"Iris Voorbeeld\"".to_string()),
        "{dropped:?}"
    );
    assert!(
        dropped.contains(
            &"20: list of other articles: \"Vitamine D en K2: samen sterk?\"".to_string()
        ),
        "{dropped:?}"
    );
    // Noise of its own among them is reported as what it is, and does not end the list.
    assert!(
        dropped.contains(&"18: link to more reading: \"Alles bekijken\"".to_string()),
        "{dropped:?}"
    );
}

#[test]
fn a_table_of_contents_takes_only_entries_that_name_a_line_further_down() {
    // "Inhoud" right above the first heading: the heading is no entry (nothing further down
    // repeats it), so it stays.
    let i = import("Titel\n\nInleiding van het stuk.\n\nInhoud\nWat is het?\nHet is een stof.\n");
    assert!(body(&i).contains("Wat is het?"), "{}", body(&i));
}

#[test]
fn the_reference_list_goes_to_the_front_matter() {
    let i = import(
        "Titel\nInleiding.\nBronnen:\n1. Smit, A. (2020). Een studie. Tijdschrift, 1(2), 3–4. https://pubmed.ncbi.nlm.nih.gov/42/\nUitleg.\n",
    );
    assert_eq!(body(&i), "Inleiding.");
    assert!(front(&i).contains("[[references]]\nid = \"smit-2020\""));
    assert!(front(&i).contains("pmid = \"42\""));
    assert!(front(&i).contains("note = \"Uitleg.\""));
}

#[test]
fn a_link_glued_to_the_text_before_it_is_separated() {
    let i = import("Titel\nMeer informatie staat ophttps://example.org/pagina.\n");
    assert_eq!(
        body(&i),
        "Meer informatie staat op <https://example.org/pagina>."
    );
}

#[test]
fn a_first_line_that_is_body_text_stays_in_the_body() {
    let i = import("Je ligt in bed. Het is donker. De slaap blijft uit.\nTweede alinea.\n");
    assert!(body(&i).starts_with("Je ligt in bed. Het is donker. De slaap blijft uit."));
    assert!(
        messages(&i, Category::Review)
            .iter()
            .any(|m| m.contains("give a title with --title"))
    );
}

#[test]
fn english_markers() {
    let i = import_lang(
        "Title\n- 13 Nov 2025\nIntroduction.\nFrequently asked questions\nWhy? Because it helps. Really.\nReferences\n1. Smith, A. (2020). A study. https://doi.org/10.1000/xyz\n",
        "en",
    );
    assert!(front(&i).contains("date = 2025-11-13"));
    assert!(
        body(&i).contains(
            "## Frequently asked questions {#faq}\n\n### Why?\n\nBecause it helps. Really."
        )
    );
    assert!(front(&i).contains("doi = \"10.1000/xyz\""));
}

#[test]
fn long_titles_give_slugs_cut_at_their_first_part() {
    assert_eq!(
        slug_of(
            "Magnesiumtekort en slaapproblemen in de winter? Hoe een magnesiumtekort je GABA en diepe slaap verstoort",
            "Zonder titel"
        ),
        "magnesiumtekort-en-slaapproblemen-in-de-winter"
    );
    assert_eq!(
        slug_of(
            "Magnesium en vitamine D: hoe werken ze samen?",
            "Zonder titel"
        ),
        "magnesium-en-vitamine-d-hoe-werken-ze-samen"
    );
    assert_eq!(
        slug_of(
            "Een heel lange titel zonder enig leesteken die maar doorgaat en doorgaat tot het einde",
            "Zonder titel"
        ),
        "een-heel-lange-titel-zonder-enig-leesteken-die-maar-doorgaat"
    );
    assert_eq!(slug_of("😴", "Zonder titel"), "zonder-titel");
}

#[test]
fn a_heading_text_used_twice_is_reported() {
    let i = import(
        "Titel\nInleiding.\nConclusie:\nEerste slot.\nMeer\nTekst.\nConclusie:\nTweede slot.\n",
    );
    assert!(
        messages(&i, Category::Review)
            .iter()
            .any(|m| m.starts_with("7: heading \"Conclusie\" also at line 3"))
    );
}

#[test]
fn pmid_and_pmcid_written_out_are_identifiers() {
    let imported = import(
        "Titel\nTekst.\nBronnen\n1. Bhatt DL, Steg PG. Cardiovascular risk reduction. N Engl J Med. \
         2019;380(1):11-22. PMID: 30415628. PMCID: PMC6453621\n",
    );
    let front = front(&imported);
    assert!(front.contains("pmid = \"30415628\""), "{front}");
    assert!(front.contains("pmcid = \"PMC6453621\""), "{front}");
    assert!(front.contains("container = \"N Engl J Med\""), "{front}");
}
