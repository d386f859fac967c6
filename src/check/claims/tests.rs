use pulldown_cmark::Parser;

use super::*;

fn uncited_in(markdown: &str) -> Vec<String> {
    let detector = Detector::built_in("nl").unwrap_or_else(|| unreachable!("built in"));
    let events: Vec<_> = Parser::new_ext(markdown, crate::markdown::options())
        .into_offset_iter()
        .collect();
    let units = units::collect(
        &events,
        &[],
        markdown,
        &detector.lexicon().abbreviations,
        str::to_lowercase,
    );
    uncited(&units, &detector)
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
