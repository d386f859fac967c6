//! The language data the importer recognises text by: `i18n/<lang>/import.toml`.
//!
//! A site's own file is used when there is one, so editors can add markers; otherwise the copy
//! built into kennis (this repository's files) is used, so `kennis import` also works outside a
//! site.

use std::collections::BTreeMap;
use std::path::Path;

use regex::{Regex, RegexBuilder};
use serde::Deserialize;

use super::dates::date_line;
use super::text::{final_mark, word_count};
use crate::diagnostics::{Diagnostic, SourceText};
use crate::load::i18n::{built_in_language_data, language_data};
use crate::toml_input;

/// The name of the importer's data file in each language folder.
pub const MARKERS_FILE: &str = "import.toml";

/// The languages kennis brings an `import.toml` for, Dutch (the default outside a site) first.
pub const BUILT_IN_LANGUAGES: [&str; 2] = ["nl", "en"];

const BUILT_IN: [(&str, &str); 2] = [
    (
        "nl",
        include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/i18n/nl/import.toml")),
    ),
    (
        "en",
        include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/i18n/en/import.toml")),
    ),
];

/// A publisher the importer knows by web address or name.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Publisher {
    /// Prefix of reference ids, e.g. `nih`.
    pub id: String,
    /// Full name, written as the reference's publisher.
    pub name: String,
    /// Host names of its web sites.
    #[serde(default)]
    pub hosts: Vec<String>,
    /// Names it goes by in reference lists.
    #[serde(default)]
    pub names: Vec<String>,
}

/// How reference lists write author lists and dates.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Citation {
    /// What stands for the authors left out: "et al.", "e.a.".
    pub et_al: Vec<String>,
    /// Words between the last two authors: "&", "and", "en".
    pub and: Vec<String>,
    /// Month names in Vancouver-style dates ("2024 Oct 13;16(10):e71392").
    pub months: Vec<String>,
    /// Top-level domains of bare domains that are web addresses ("www.voedingscentrum.nl",
    /// "who.int"): only these are read as addresses, so "bijv.nl" in a sentence is not.
    #[serde(default)]
    pub top_level_domains: Vec<String>,
}

/// Everything the importer looks for in one language.
#[derive(Debug, Clone)]
pub struct Markers {
    /// Month names and abbreviations, lowercase, with their number.
    pub months: BTreeMap<String, u8>,
    /// Words before a date: "Gepubliceerd op".
    pub date_prefixes: Vec<String>,
    /// Words that start a byline after a date ("by" in "September 13, 2012, by Web Staff").
    pub date_bylines: Vec<String>,
    /// The order of day and month in numeric dates ("9/12/2025").
    pub numeric_dates: NumericDateOrder,
    /// What follows a day's number in an ordinal date ("th" in "18th Feb 2021").
    pub day_suffixes: Vec<String>,
    /// The lowercase words a person's name may hold between its capitalised ones ("van").
    pub name_particles: Vec<String>,
    /// Names of the days of the week, lowercase, which a date line may start with
    /// ("Monday, 16 March 2015").
    pub weekdays: Vec<String>,
    /// Headings that open the reference list.
    pub references: Vec<String>,
    /// Headings that open a list of numbered notes ("Noten", "Voetnoten"): a reference list
    /// only when numbered entries follow, so a heading "Noten" over nuts stays a heading.
    pub notes: Vec<String>,
    /// Prefixes of a line that names its sources ("Bron:", "Bronnen:"), longer ones first.
    pub source_lines: Vec<String>,
    /// Headings that open the FAQ.
    pub faq: Vec<String>,
    /// Words that make a short heading over questions the FAQ's heading ("Your questions
    /// answered", "Vragen en antwoorden"), lowercase.
    pub faq_words: Vec<String>,
    /// Labels of an expert's note.
    pub expert_note: Vec<String>,
    /// Prefixes of a tip.
    pub tip: Vec<String>,
    /// Abbreviations whose full stop does not end a sentence, lowercase.
    pub abbreviations: Vec<String>,
    /// The title of a text that has none.
    pub untitled: String,
    /// Names of a page's parts that are never its title ("Abstract", "Inhoud").
    pub not_titles: Vec<String>,
    /// Lines that are not part of the article, by what they are.
    pub noise: Vec<NoiseRule>,
    /// How reference lists are written.
    pub citation: Citation,
    /// Known publishers.
    pub publishers: Vec<Publisher>,
    /// What a WordPress export holds that is not the site's own.
    pub wordpress: WordPress,
}

/// What a WordPress export holds that is WordPress's, not the site's.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WordPress {
    /// Names (or slugs) of the category WordPress files posts under when the author chose none
    /// ("Uncategorized", "Geen categorie"): never a topic.
    #[serde(default)]
    pub default_categories: Vec<String>,
}

/// The order in which a language writes day and month in numeric dates.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum NumericDateOrder {
    /// 13-11-2025.
    #[default]
    DayMonthYear,
    /// 11/13/2025; pages in the language write the other order too, so a date that reads
    /// both ways is reported.
    MonthDayYear,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMarkers {
    months: BTreeMap<String, u8>,
    markers: RawMarkerLists,
    noise: Vec<RawNoise>,
    citation: Citation,
    #[serde(default)]
    publishers: Vec<Publisher>,
    #[serde(default)]
    wordpress: WordPress,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMarkerLists {
    date_prefixes: Vec<String>,
    #[serde(default)]
    weekdays: Vec<String>,
    #[serde(default)]
    date_bylines: Vec<String>,
    #[serde(default)]
    numeric_dates: NumericDateOrder,
    #[serde(default)]
    day_suffixes: Vec<String>,
    #[serde(default)]
    name_particles: Vec<String>,
    references: Vec<String>,
    #[serde(default)]
    notes: Vec<String>,
    #[serde(default)]
    source_lines: Vec<String>,
    faq: Vec<String>,
    #[serde(default)]
    faq_words: Vec<String>,
    expert_note: Vec<String>,
    tip: Vec<String>,
    untitled: String,
    #[serde(default)]
    not_titles: Vec<String>,
    abbreviations: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawNoise {
    what: String,
    patterns: Vec<toml::Spanned<String>>,
    #[serde(default)]
    followed_by: Option<FollowedBy>,
    #[serde(default)]
    above_title: bool,
}

/// The lines a noise line takes with it: what stands under a "Related stories" or "Inhoud"
/// line belongs to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FollowedBy {
    /// The short lines right under it that read like links (no full stop at the end), up to
    /// the first blank line: the titles of other articles, an author's name.
    ShortLines,
    /// The lines right under it that name a line further down the text, with or without a
    /// number: the entries of a table of contents.
    Entries,
}

/// A line longer than this many words is no link to another article.
const MAX_LINK_WORDS: usize = 12;

impl FollowedBy {
    /// Whether a line with `text`, right under a noise line (or under a line it took), goes
    /// with it; `named_later` says whether the text further down has a line (a heading) that
    /// reads exactly so.
    pub fn takes(self, text: &str, markers: &Markers, named_later: impl Fn(&str) -> bool) -> bool {
        match self {
            FollowedBy::ShortLines => {
                // Noise that takes lines of its own ends the run, so that it takes them; a
                // date under an author's name is the article's.
                let own_rule = markers.noise_rule(text);
                own_rule.is_some_and(|own| own.followed_by.is_none())
                    || own_rule.is_none()
                        && word_count(text) <= MAX_LINK_WORDS
                        && !matches!(final_mark(text), Some('.' | ':' | ';'))
                        && date_line(text, markers).is_none()
            }
            FollowedBy::Entries => {
                let entry = text
                    .trim_start_matches(|c: char| {
                        c.is_ascii_digit() || matches!(c, '.' | ')' | '-' | '•')
                    })
                    .trim();
                !entry.is_empty() && named_later(entry)
            }
        }
    }
}

/// One kind of line that is not part of the article, such as a rating or a share button.
#[derive(Debug, Clone)]
pub struct NoiseRule {
    /// What such a line is, for the report: "rating", "comment form".
    pub what: String,
    /// Patterns that match the whole line.
    pub patterns: Vec<Regex>,
    /// The lines under it that belong to it, if any.
    pub followed_by: Option<FollowedBy>,
    /// Whether the article's title stands under such a line (a breadcrumb): in the page's
    /// head, what stands above it is the page's.
    pub above_title: bool,
}

impl Markers {
    /// The markers of `lang`: the site's `i18n/<lang>/import.toml` under `root` when it exists,
    /// else kennis's built-in copy. Problems in the file are reported with their position.
    pub fn load(root: &Path, lang: &str) -> Result<Markers, Vec<Diagnostic>> {
        let source =
            language_data(root, lang, MARKERS_FILE, &BUILT_IN, "import").map_err(|d| vec![d])?;
        Markers::parse(&source)
    }

    /// kennis's own markers for `lang`, if it has them.
    pub fn built_in(lang: &str) -> Option<Markers> {
        let source = built_in_language_data(lang, MARKERS_FILE, &BUILT_IN)?;
        // The built-in files are checked by this module's tests.
        Markers::parse(&source).ok()
    }

    fn parse(source: &SourceText) -> Result<Markers, Vec<Diagnostic>> {
        let raw: RawMarkers = toml_input::deserialize_in(source, 0..source.text.len(), "import")?;
        let mut problems = Vec::new();
        let mut noise = Vec::new();
        for rule in &raw.noise {
            let mut patterns = Vec::new();
            for pattern in &rule.patterns {
                // Each pattern describes a whole line.
                let whole_line = format!("^(?:{})$", pattern.get_ref());
                match RegexBuilder::new(&whole_line)
                    .case_insensitive(true)
                    .build()
                {
                    Ok(regex) => patterns.push(regex),
                    Err(e) => problems.push(Diagnostic::error_in(
                        source,
                        pattern.span(),
                        "import",
                        format!("not a valid regular expression: {e}"),
                    )),
                }
            }
            noise.push(NoiseRule {
                what: rule.what.clone(),
                patterns,
                followed_by: rule.followed_by,
                above_title: rule.above_title,
            });
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        Ok(Markers {
            months: raw
                .months
                .into_iter()
                .map(|(name, n)| (name.to_lowercase(), n))
                .collect(),
            date_prefixes: raw.markers.date_prefixes,
            date_bylines: raw.markers.date_bylines,
            numeric_dates: raw.markers.numeric_dates,
            day_suffixes: raw.markers.day_suffixes,
            name_particles: raw.markers.name_particles,
            weekdays: raw
                .markers
                .weekdays
                .iter()
                .map(|day| day.to_lowercase())
                .collect(),
            references: raw.markers.references,
            notes: raw.markers.notes,
            source_lines: raw.markers.source_lines,
            faq: raw.markers.faq,
            faq_words: raw
                .markers
                .faq_words
                .iter()
                .map(|word| word.to_lowercase())
                .collect(),
            expert_note: raw.markers.expert_note,
            tip: raw.markers.tip,
            untitled: raw.markers.untitled,
            not_titles: raw.markers.not_titles,
            abbreviations: raw
                .markers
                .abbreviations
                .iter()
                .map(|a| a.to_lowercase())
                .collect(),
            noise,
            citation: raw.citation,
            publishers: raw.publishers,
            wordpress: raw.wordpress,
        })
    }

    /// What `line` is, if it is not part of the article.
    pub fn noise(&self, line: &str) -> Option<&str> {
        self.noise_rule(line).map(|rule| rule.what.as_str())
    }

    /// The rule that says `line` is not part of the article, if one does.
    pub fn noise_rule(&self, line: &str) -> Option<&NoiseRule> {
        let line = line.trim();
        self.noise
            .iter()
            .find(|rule| rule.patterns.iter().any(|p| p.is_match(line)))
    }

    /// Whether `text` has one of the words of an FAQ's heading ("Your questions answered").
    pub fn speaks_of_questions(&self, text: &str) -> bool {
        text.split_whitespace()
            .map(|word| {
                word.trim_matches(|c: char| !c.is_alphanumeric() && c != '&')
                    .to_lowercase()
            })
            .any(|word| self.faq_words.contains(&word))
    }

    /// The publisher with this web host, if known.
    pub fn publisher_by_host(&self, host: &str) -> Option<&Publisher> {
        let host = host.to_lowercase();
        self.publishers
            .iter()
            .find(|p| p.hosts.iter().any(|h| h.eq_ignore_ascii_case(&host)))
    }

    /// The publisher a reference line starts with, if known, with the rest of the line.
    pub fn publisher_by_name<'t>(&self, text: &'t str) -> Option<(&Publisher, &'t str)> {
        self.publishers.iter().find_map(|p| {
            p.names.iter().find_map(|name| {
                let rest = strip_prefix_ignore_case(text, name)?;
                Some((p, rest))
            })
        })
    }
}

/// `text` without `prefix` at its start, compared without regard to (ASCII) case.
pub fn strip_prefix_ignore_case<'t>(text: &'t str, prefix: &str) -> Option<&'t str> {
    let head = text.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &text[prefix.len()..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_in_markers_parse_in_both_languages() -> crate::TestResult {
        for (lang, text) in BUILT_IN {
            let source = SourceText::new(lang, text.to_string());
            let markers = Markers::parse(&source).map_err(|p| format!("{lang}: {p:?}"))?;
            assert!(!markers.references.is_empty());
            assert_eq!(markers.months.get("nov"), Some(&11));
        }
        let codes: Vec<&str> = BUILT_IN.iter().map(|(lang, _)| *lang).collect();
        assert_eq!(codes, BUILT_IN_LANGUAGES);
        Ok(())
    }

    #[test]
    fn noise_is_recognised() -> crate::TestResult {
        let nl = Markers::built_in("nl").ok_or("no nl")?;
        assert!(
            nl.noise("4,8 van 5 sterren op basis van 88 beoordelingen")
                .is_some()
        );
        assert!(
            nl.noise("Heb jij al ervaring? Deel je verhaal hieronder in de reacties!")
                .is_some()
        );
        assert!(
            nl.noise("Lees meer over de energiecentrales in ons Cellulaire Energie Reset artikel.")
                .is_some()
        );
        assert!(
            nl.noise("Lees over de hormonale rol van vitamine D in het Vitamine D Hormoon artikel")
                .is_some()
        );
        assert_eq!(
            nl.noise(
                "Meer weten over de rol van magnesium in ons lichaam? Of wil je weten of jouw \
                 lichaam voldoende magnesium binnenkrijgt? Kijk op onze kennisbank voor al onze \
                 artikelen over magnesium, of kijk of je een magnesium tekort hebt."
            ),
            Some("promotion of another article")
        );
        assert_eq!(nl.noise("Deel dit bericht:"), Some("share buttons"));
        // A sentence of the article that mentions sharing or an article stays.
        assert!(
            nl.noise("Deel dit artikel met je huisarts als je twijfelt.")
                .is_none()
        );
        assert!(
            nl.noise("Lees meer over dosering in het artikel van de Gezondheidsraad en overleg.")
                .is_none()
        );
        // About this article, not another one.
        assert!(
            nl.noise("Lees verder om meer te weten te komen over deze samenwerking.")
                .is_none()
        );
        assert!(
            nl.noise("In deze blog lees je hoe magnesium werkt.")
                .is_none()
        );
        Ok(())
    }

    #[test]
    fn site_chrome_above_a_title_is_noise_and_sentences_about_it_are_not() -> crate::TestResult {
        let nl = Markers::built_in("nl").ok_or("no nl")?;
        let en = Markers::built_in("en").ok_or("no en")?;
        for line in [
            "Gratis verzending in Nederland en België",
            "Vraag vrijblijvend advies aan",
            "5 minuten om te lezen",
            "Home / Nutriënten / Mineralen / Mangaan",
            "Skip to content",
            "Gerelateerde artikels",
            "Dit artikel is geschreven door:",
            "Lees verder met een abonnement",
            "KvK 12345678",
            "Let op: Om de gebruikerservaring op deze site te verbeteren gebruiken we cookies.",
            "« Vorige 1 … 5 6 7 … Volgende »",
            "Telefoon: 0000 000 000",
            "What are you looking for?",
            "Redactie",
            "Redactie Gezondheidsketen",
            "Tekst: Annelies Jansen",
            "Geplaatst door Jan Jansen op 10:42",
            "Abonneren op: Reacties posten (Atom)",
            "undefined",
        ] {
            assert!(nl.noise(line).is_some(), "{line}");
        }
        for line in [
            "Free UK delivery on orders over £30",
            "Free shipping on every subscription order",
            "800-555-0142 Email Us",
            "Home / Vitamins / Vitamin D",
            "You're all caught up!",
            "Related minerals",
            "Anonymous said...",
            "Next post: Grilling Safety",
            "Download on the App Store",
            "This website uses cookies to improve your experience. Accept all cookies",
            "« Previous: Summer walking group starts Tuesday",
            "Tagged under: vegetables, blood pressure",
            "Read 2481 times",
        ] {
            assert!(en.noise(line).is_some(), "{line}");
        }
        // A sentence about shipping stays, and so does a date that looks like a number.
        assert!(
            nl.noise("Gratis verzending is geen reden om meer te kopen.")
                .is_none()
        );
        assert!(en.noise("2024-07-22").is_none());
        // A comparison is no breadcrumb.
        assert!(nl.noise("3612 personen > 65 jaar").is_none());
        assert!(
            en.noise("My neighbour said... nothing, and I slept.")
                .is_none()
        );
        Ok(())
    }

    #[test]
    fn a_bad_pattern_is_reported_at_its_position() {
        let text = "[months]\n[markers]\ndate_prefixes = []\nreferences = []\nfaq = []\nexpert_note = []\ntip = []\nuntitled = \"x\"\nabbreviations = []\n[[noise]]\nwhat = \"x\"\npatterns = ['(unclosed']\n[citation]\net_al = []\nand = []\nmonths = []\n";
        let Err(problems) = Markers::parse(&SourceText::new("x.toml", text.to_string())) else {
            panic!("expected a problem");
        };
        assert_eq!((problems[0].line, problems[0].column), (12, 13));
    }
}
