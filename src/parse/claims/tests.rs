use pulldown_cmark::Parser;

use super::*;
use crate::parse::markdown::claim_units;

/// The uncited claims of `markdown`, checked with the built-in Dutch detector.
fn claims_in(markdown: &str) -> Vec<UncitedClaim> {
    let detector = Detector::built_in("nl").unwrap_or_else(|| unreachable!("built in"));
    let events: Vec<_> = Parser::new_ext(markdown, crate::parse::markdown::options())
        .into_offset_iter()
        .collect();
    let units = claim_units::collect(&events, &[], markdown, &detector.lexicon().abbreviations);
    uncited(&units, &detector)
}

/// The texts of the uncited claims of `markdown`, each checked to be where its range says.
fn uncited_in(markdown: &str) -> Vec<String> {
    claims_in(markdown)
        .into_iter()
        .map(|c| {
            assert_eq!(
                &markdown[c.range.clone()],
                c.text,
                "range points at the claim"
            );
            c.text
        })
        .collect()
}

#[test]
fn a_citation_covers_its_sentence_and_those_before_it() {
    let found = uncited_in(
        "Magnesium verlaagt de bloeddruk. Vitamine D versterkt de botten [@a].\n\n\
         Magnesium ontspant de spieren [@b]. Zink ondersteunt de afweer.\n",
    );
    assert_eq!(found, ["Zink ondersteunt de afweer."]);
}

#[test]
fn questions_and_text_about_the_article_are_not_claims() {
    let found = uncited_in(
        "Helpt magnesium tegen spierkrampen?\n\nIn dit artikel lees je hoe magnesium de slaap verbetert.\n",
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_cited_lead_in_covers_its_list() {
    let found = uncited_in(
        "Magnesium helpt bij [@a]:\n\n- ontspanning van de spieren\n- een rustige hartslag\n\n\
         Zonder bron:\n\n- magnesium vermindert spierkrampen\n",
    );
    assert_eq!(found, ["magnesium vermindert spierkrampen"]);
}

#[test]
fn a_citation_in_the_row_covers_its_cells() {
    let found = uncited_in(
        "| Vorm | Effect |\n|---|---|\n| Citraat | Werkt laxerend bij hoge doses [@a] |\n\
         | Oxide | Verhoogt de kans op diarree |\n",
    );
    assert_eq!(found, ["Verhoogt de kans op diarree"]);
}

#[test]
fn a_no_claim_comment_exempts_the_next_block() {
    let found = uncited_in(
        "<!-- kennis:no-claim -->\nMagnesium verlaagt de bloeddruk.\n\nZink ondersteunt de afweer.\n",
    );
    assert_eq!(found, ["Zink ondersteunt de afweer."]);
}

#[test]
fn headings_code_and_quotes() {
    let found = uncited_in(
        "## Magnesium verlaagt de bloeddruk\n\n```\nmagnesium verlaagt de bloeddruk\n```\n\n\
         > Magnesium ontspant de spieren.\n",
    );
    assert_eq!(found, ["Magnesium ontspant de spieren."]);
}

#[test]
fn sentences_survive_abbreviations_and_decimal_commas() {
    let found = uncited_in(
        "Magnesium zit o.a. in noten en verlaagt bijv. de bloeddruk. Een waarde van 0,70 mmol/L is normaal [@a].\n",
    );
    assert!(found.is_empty(), "{found:?}");
}

/// The units of `markdown` (with its footnotes) as (kind, text, context text, covered).
fn units_of(markdown: &str) -> Vec<(UnitKind, String, Option<String>, bool)> {
    let detector = Detector::built_in("nl").unwrap_or_else(|| unreachable!("built in"));
    let mut events: Vec<_> = Parser::new_ext(markdown, crate::parse::markdown::options())
        .into_offset_iter()
        .collect();
    // Footnote definitions are walked after the body, as the renderer hands them over.
    let mut notes: Vec<(String, Vec<_>)> = Vec::new();
    let mut kept = Vec::new();
    let mut current: Option<(String, Vec<_>)> = None;
    for (event, range) in events.drain(..) {
        match event {
            pulldown_cmark::Event::Start(pulldown_cmark::Tag::FootnoteDefinition(label)) => {
                current = Some((label.to_lowercase(), Vec::new()));
            }
            pulldown_cmark::Event::End(pulldown_cmark::TagEnd::FootnoteDefinition) => {
                notes.extend(current.take());
            }
            event => match &mut current {
                Some((_, body)) => body.push((event, range)),
                None => kept.push((event, range)),
            },
        }
    }
    let notes: Vec<claim_units::Note<'_, '_>> = notes
        .iter()
        .map(|(key, events)| claim_units::Note { key, events })
        .collect();
    let units = claim_units::collect(&kept, &notes, markdown, &detector.lexicon().abbreviations);
    units
        .iter()
        .map(|u| {
            let context = u.context.map(|i| units[i].text.clone());
            (u.kind, u.text.clone(), context, u.covered())
        })
        .collect()
}

fn context_of(units: &[(UnitKind, String, Option<String>, bool)], text: &str) -> Option<String> {
    units
        .iter()
        .find(|u| u.1 == text)
        .unwrap_or_else(|| panic!("no unit {text:?} in {units:?}"))
        .2
        .clone()
}

#[test]
fn each_unit_is_read_with_the_one_a_reader_has_in_mind() {
    let units = units_of(
        "IJzer zit in vlees. Het helpt bij bloedarmoede.\n\nSignalen van een tekort:\n\n\
         - moeheid\n- bleekheid\n\n## Veelgestelde vragen {#faq}\n\n\
         ### Helpt ijzer tegen moeheid?\n\nJa, meestal wel. Vooral bij een tekort.\n",
    );
    // The sentence before.
    assert_eq!(
        context_of(&units, "Het helpt bij bloedarmoede.").as_deref(),
        Some("IJzer zit in vlees.")
    );
    // A list's lead-in, for every item.
    for item in ["moeheid", "bleekheid"] {
        assert_eq!(
            context_of(&units, item).as_deref(),
            Some("Signalen van een tekort:")
        );
    }
    // An FAQ answer, every sentence of it, with its question.
    for sentence in ["Ja, meestal wel.", "Vooral bij een tekort."] {
        let unit = units.iter().find(|u| u.1 == sentence).map(|u| u.0);
        assert_eq!(unit, Some(UnitKind::Answer));
        assert_eq!(
            context_of(&units, sentence).as_deref(),
            Some("Helpt ijzer tegen moeheid?")
        );
    }
}

#[test]
fn a_footnote_is_covered_by_the_cited_sentence_that_marks_it() {
    let units = units_of(
        "Magnesium ontspant de spieren [@a].[^1] Zink helpt de afweer.[^2]\n\n\
         [^1]: Vooral bij sporters.\n\n[^2]: Vooral bij ouderen.\n",
    );
    let footnote = |text: &str| {
        units
            .iter()
            .find(|u| u.1 == text)
            .map(|u| (u.0, u.3))
            .unwrap_or_else(|| panic!("no {text:?} in {units:?}"))
    };
    assert_eq!(footnote("Vooral bij sporters."), (UnitKind::Footnote, true));
    assert_eq!(footnote("Vooral bij ouderen."), (UnitKind::Footnote, false));
}

#[test]
fn raw_html_is_cut_into_units_with_its_question_as_context() {
    let units = units_of(
        "<details>\n<summary>Helpt magnesium?</summary>\n<p>Ja, bij krampen.</p>\n</details>\n",
    );
    let answer = units.iter().find(|u| u.1 == "Ja, bij krampen.");
    assert_eq!(answer.map(|u| u.0), Some(UnitKind::Answer), "{units:?}");
    assert_eq!(
        context_of(&units, "Ja, bij krampen.").as_deref(),
        Some("Helpt magnesium?")
    );
}

#[test]
fn link_text_is_judged_and_navigation_is_not() {
    // The claim's text is what the reader sees, the link's markup left out.
    let found: Vec<String> = claims_in(
        "Magnesium kan [de bloeddruk verlagen](@/artikelen/x.md).\n\n\
         Over magnesium en slaap lees je meer in [Magnesium verlaagt de bloeddruk](@/artikelen/y.md).\n",
    )
    .into_iter()
    .map(|c| c.text)
    .collect();
    assert_eq!(found, ["Magnesium kan de bloeddruk verlagen."]);
}

#[test]
fn a_title_or_description_is_marked_by_a_comment_on_the_line_before() {
    let file = "+++\n# kennis:no-claim\ntitle = \"X\"\ndescription = \"Y\"\n+++\n";
    let title = file.find("\"X\"").unwrap_or_default();
    let description = file.find("\"Y\"").unwrap_or_default();
    assert!(marked_not_a_claim(file, title));
    assert!(!marked_not_a_claim(file, description));
    let windows = file.replace('\n', "\r\n");
    let title = windows.find("\"X\"").unwrap_or_default();
    assert!(marked_not_a_claim(&windows, title));
}
