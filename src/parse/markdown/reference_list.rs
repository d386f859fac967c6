//! One entry of an article's reference list, in a Vancouver-like style:
//!
//! Uwitonze AM, Razzaque MS. Role of magnesium in vitamin D activation and function.
//! *J Am Osteopath Assoc*. 2018;118(3):181-9. doi: 10.7556/jaoa.2018.037. PMID: 29480918.
//!
//! Authors are shown as written, so Dutch particles stay where the editor put them
//! ("de Vries J"); an organisation without authors stands in the author's place.

use std::fmt::Write;

use super::Labels;
use crate::escape;
use crate::load::content::evidence::{Assessment, EvidenceLevel};
use crate::load::content::identifiers;
use crate::load::content::reference::{Author, Reference};

/// How many authors are listed before the rest become "et al." (as in Vancouver).
const MAX_AUTHORS: usize = 6;

/// What a reference list says of a source's level of evidence.
#[derive(Debug, Clone, Copy)]
pub enum LevelShown<'a> {
    /// Its level, as set or inferred.
    Known(&'a Assessment),
    /// The site knows levels, but neither the entry nor a rule gives this source one.
    Unknown,
    /// Nothing (a lone file, checked without the site's levels).
    Hidden,
}

impl<'a> LevelShown<'a> {
    /// What to show of a source whose assessment is `assessed`, on a site that knows levels
    /// (`known`) or not.
    pub fn of(known: bool, assessed: Option<&'a Assessment>) -> Self {
        match (known, assessed) {
            (_, Some(assessed)) => LevelShown::Known(assessed),
            (true, None) => LevelShown::Unknown,
            (false, None) => LevelShown::Hidden,
        }
    }
}

/// The HTML of one reference entry (without the list item around it), with its level of
/// evidence.
pub fn entry_html(reference: &Reference, level: LevelShown<'_>, labels: &Labels) -> String {
    let mut parts: Vec<String> = Vec::new();
    let publisher = reference
        .publisher
        .as_deref()
        .filter(|p| !p.trim().is_empty());
    let authors = authors(&reference.authors, labels);
    let by = authors.or_else(|| publisher.map(escape::html));
    if let Some(by) = by {
        parts.push(sentence(&by));
    }
    if let Some(title) = reference.title.as_deref() {
        parts.push(sentence(&escape::html(title)));
    }
    if let Some(container) = reference.container.as_deref() {
        parts.push(format!(
            "<i>{}</i>.",
            escape::html(container.trim_end_matches('.'))
        ));
    }
    let publisher_shown_as_author = reference.authors.is_empty();
    let mut imprint = String::new();
    if let Some(publisher) = publisher.filter(|_| !publisher_shown_as_author) {
        imprint.push_str(&escape::html(publisher));
    }
    if let Some(year) = reference.year {
        if !imprint.is_empty() {
            imprint.push_str("; ");
        }
        let _ = write!(imprint, "{year}");
    }
    if let Some(volume) = &reference.volume {
        let _ = write!(imprint, ";{}", escape::html(volume));
    }
    if let Some(issue) = &reference.issue {
        let _ = write!(imprint, "({})", escape::html(issue));
    }
    if let Some(pages) = &reference.pages {
        let _ = write!(imprint, ":{}", escape::html(pages));
    }
    if !imprint.is_empty() {
        parts.push(sentence(&imprint));
    }
    if let Some(isbn) = &reference.isbn {
        parts.push(format!("ISBN {}.", escape::html(isbn)));
    }
    for (field, label) in [("doi", "doi:"), ("pmid", "PMID:"), ("pmcid", "PMCID:")] {
        if let Some(value) = reference.locator(field) {
            parts.push(format!("{label} {}.", link(field, value, value)));
        }
    }
    if let Some(url) = reference.locator("url") {
        parts.push(format!("{}.", link("url", url, url)));
    }
    if let Some(accessed) = reference.accessed {
        let month = labels
            .months
            .get(usize::from(accessed.month).wrapping_sub(1))
            .map_or_else(|| accessed.month.to_string(), Clone::clone);
        parts.push(format!(
            "{} {} {} {}.",
            escape::html(&labels.accessed),
            accessed.day,
            escape::html(&month),
            accessed.year
        ));
    }
    if let Some(note) = reference
        .note
        .as_ref()
        .and_then(|n| n.in_language(&labels.lang))
    {
        parts.push(sentence(&escape::html(note)));
    }
    if let Some(conflicts) = reference
        .conflicts
        .as_ref()
        .and_then(|n| n.in_language(&labels.lang))
    {
        parts.push(format!(
            "<span class=\"source-conflicts\"><strong>{}:</strong> {}</span>",
            escape::html(&labels.conflicts),
            sentence(&escape::html(conflicts))
        ));
    }
    match level {
        LevelShown::Known(assessed) => parts.push(level_badge(Some(assessed.level), labels)),
        LevelShown::Unknown => parts.push(level_badge(None, labels)),
        LevelShown::Hidden => {}
    }
    parts.join(" ")
}

/// A source's level of evidence as text (not colour alone): "Bewijsniveau B: systematische
/// review of meta-analyse", or that it is unknown (`None`).
pub fn level_badge(level: Option<EvidenceLevel>, labels: &Labels) -> String {
    let (class, text) = match level {
        Some(level) => {
            let index = EvidenceLevel::ALL
                .iter()
                .position(|l| *l == level)
                .unwrap_or(0);
            (
                level.letter().to_lowercase(),
                labels.evidence_levels.get(index).map_or("", String::as_str),
            )
        }
        None => ("unknown".to_string(), labels.evidence_unknown.as_str()),
    };
    format!(
        "<span class=\"evidence-level evidence-level-{class}\">{}</span>",
        escape::html(text)
    )
}

/// The author list, or `None` when there are no authors.
fn authors(authors: &[Author], labels: &Labels) -> Option<String> {
    if authors.is_empty() {
        return None;
    }
    let shown: Vec<String> = authors
        .iter()
        .take(MAX_AUTHORS)
        .map(|a| escape::html(a.name().trim()))
        .collect();
    let mut list = shown.join(", ");
    if authors.len() > MAX_AUTHORS {
        let _ = write!(list, ", {}", escape::html(&labels.et_al));
    }
    Some(list)
}

/// A link for an identifier, if it is well-formed (a malformed one is reported by the checker
/// and shown as plain text, so no reader follows a broken link).
fn link(field: &str, value: &str, text: &str) -> String {
    match identifiers::link(field, value).filter(|_| identifiers::problem(field, value).is_none()) {
        Some(href) => format!(
            "<a href=\"{}\">{}</a>",
            escape::html(&href),
            escape::html(text)
        ),
        None => escape::html(text),
    }
}

/// `text` ending in one full stop (or the question or exclamation mark it has).
fn sentence(text: &str) -> String {
    let text = text.trim();
    if text.ends_with(['.', '?', '!']) {
        text.to_string()
    } else {
        format!("{text}.")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::content::front_matter::Date;

    fn labels() -> Labels {
        Labels {
            et_al: "e.a.".to_string(),
            accessed: "Geraadpleegd op".to_string(),
            months: [
                "januari",
                "februari",
                "maart",
                "april",
                "mei",
                "juni",
                "juli",
                "augustus",
                "september",
                "oktober",
                "november",
                "december",
            ]
            .map(String::from)
            .to_vec(),
            ..Labels::default()
        }
    }

    #[test]
    fn a_journal_article_in_vancouver_style() {
        let reference = Reference {
            id: "uwitonze-2018".to_string(),
            title: Some("Role of Magnesium in Vitamin D Activation and Function".to_string()),
            authors: vec!["Uwitonze AM".into(), "Razzaque MS".into()],
            year: Some(2018),
            container: Some("J Am Osteopath Assoc".to_string()),
            volume: Some("118".to_string()),
            issue: Some("3".to_string()),
            pages: Some("181-189".to_string()),
            doi: Some("10.7556/jaoa.2018.037".to_string()),
            pmid: Some("29480918".to_string()),
            ..Reference::default()
        };
        assert_eq!(
            entry_html(&reference, LevelShown::Hidden, &labels()),
            "Uwitonze AM, Razzaque MS. Role of Magnesium in Vitamin D Activation and Function. \
             <i>J Am Osteopath Assoc</i>. 2018;118(3):181-189. \
             doi: <a href=\"https://doi.org/10.7556/jaoa.2018.037\">10.7556/jaoa.2018.037</a>. \
             PMID: <a href=\"https://pubmed.ncbi.nlm.nih.gov/29480918/\">29480918</a>."
        );
    }

    #[test]
    fn an_organisation_stands_in_for_authors_and_long_lists_are_cut() {
        let web_page = Reference {
            id: "gr".to_string(),
            title: Some("Evaluatie van de voedingsnormen voor vitamine D".to_string()),
            publisher: Some("Gezondheidsraad".to_string()),
            year: Some(2012),
            url: Some("https://www.gezondheidsraad.nl/".to_string()),
            accessed: Some(Date {
                year: 2025,
                month: 11,
                day: 13,
            }),
            ..Reference::default()
        };
        let html = entry_html(&web_page, LevelShown::Hidden, &labels());
        assert!(
            html.starts_with(
                "Gezondheidsraad. Evaluatie van de voedingsnormen voor vitamine D. 2012."
            ),
            "{html}"
        );
        assert!(
            html.ends_with("Geraadpleegd op 13 november 2025."),
            "{html}"
        );

        let many = Reference {
            id: "m".to_string(),
            authors: (1..=8).map(|i| format!("de Vries J{i}").into()).collect(),
            ..Reference::default()
        };
        let html = entry_html(&many, LevelShown::Hidden, &labels());
        assert!(html.starts_with("de Vries J1, de Vries J2"), "{html}");
        assert!(html.contains("de Vries J6, e.a."), "{html}");
        assert!(!html.contains("J7"));
    }

    #[test]
    fn the_level_and_conflicts_of_interest_are_shown_as_text() -> crate::TestResult {
        let reference: Reference = toml::from_str(
            "id = \"x\"\nurl = \"https://example.org/\"\nconflicts = { nl = \"Een auteur werkt voor een maker van supplementen\", en = \"An author works for a supplement maker\" }\n",
        )?;
        let labels = Labels {
            lang: "nl".into(),
            conflicts: "Belangen".into(),
            evidence_levels: ["A", "B", "C", "D"]
                .map(|l| format!("Bewijsniveau {l}"))
                .to_vec(),
            ..labels()
        };
        let assessed = Assessment {
            level: EvidenceLevel::D,
            reason: "set in the entry".into(),
        };
        let html = entry_html(&reference, LevelShown::Known(&assessed), &labels);
        assert!(
            html.ends_with(
                "<span class=\"source-conflicts\"><strong>Belangen:</strong> Een auteur werkt \
                 voor een maker van supplementen.</span> <span class=\"evidence-level \
                 evidence-level-d\">Bewijsniveau D</span>"
            ),
            "{html}"
        );
        Ok(())
    }

    #[test]
    fn a_note_per_language_shows_only_on_pages_in_that_language() -> crate::TestResult {
        let reference: Reference = toml::from_str(
            "id = \"x\"\nurl = \"https://example.org/\"\nnote = { nl = \"Dierstudie.\", en = \"Animal study.\" }\n",
        )?;
        let in_language = |lang: &str| {
            entry_html(
                &reference,
                LevelShown::Hidden,
                &Labels {
                    lang: lang.to_string(),
                    ..labels()
                },
            )
        };
        assert!(
            in_language("nl").ends_with(". Dierstudie."),
            "{}",
            in_language("nl")
        );
        assert!(
            in_language("en").ends_with(". Animal study."),
            "{}",
            in_language("en")
        );
        assert!(
            !in_language("de").contains("study"),
            "{}",
            in_language("de")
        );
        let everywhere: Reference = toml::from_str("id = \"y\"\nnote = \"Review.\"\n")?;
        assert!(entry_html(&everywhere, LevelShown::Hidden, &labels()).contains("Review."));
        Ok(())
    }

    #[test]
    fn a_pubmed_central_id_links_to_pmc() {
        let reference = Reference {
            id: "x".to_string(),
            pmcid: Some("PMC6693398".to_string()),
            ..Reference::default()
        };
        assert_eq!(
            entry_html(&reference, LevelShown::Hidden, &labels()),
            "PMCID: <a href=\"https://pmc.ncbi.nlm.nih.gov/articles/PMC6693398/\">PMC6693398</a>."
        );
    }

    #[test]
    fn a_malformed_identifier_is_not_a_link() {
        let reference = Reference {
            id: "x".to_string(),
            doi: Some("doi.org/10.1/x".to_string()),
            ..Reference::default()
        };
        assert_eq!(
            entry_html(&reference, LevelShown::Hidden, &labels()),
            "doi: doi.org/10.1/x."
        );
    }
}
