//! Levels of evidence: how strong a source is, from A (a guideline or an authority's advice) to
//! D (a narrative review, an opinion, animal or laboratory work, a commercial source).
//!
//! A reference's level is set in its entry (`level = "B"`), or else inferred from its
//! identifiers, publisher, web address and title by the rules of `i18n/<lang>/evidence.toml`;
//! either way the reason is kept, so an editor can see why a source counts as it does.

use std::collections::HashMap;
use std::fmt;
use std::path::Path;

use serde::{Deserialize, Serialize};
use url::Url;

use super::reference::Reference;
use crate::diagnostics::{Diagnostic, SourceText};
use crate::load::config::Config;
use crate::load::i18n::{I18N_DIR, language_data};
use crate::toml_input;

/// How strong a source is. Ordered from strongest to weakest: `A < D`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
pub enum EvidenceLevel {
    /// A guideline, or an authority's advice or assessment (EFSA, NIH ODS, Gezondheidsraad,
    /// WHO, NICE, NHG, Voedingscentrum).
    A,
    /// A systematic review or meta-analysis.
    B,
    /// A trial or a cohort study (people).
    C,
    /// A narrative review, an opinion, animal or in-vitro work, or a commercial source.
    D,
}

impl EvidenceLevel {
    /// Every level, strongest first.
    pub const ALL: [EvidenceLevel; 4] = [
        EvidenceLevel::A,
        EvidenceLevel::B,
        EvidenceLevel::C,
        EvidenceLevel::D,
    ];

    /// The level's letter.
    pub fn letter(self) -> &'static str {
        match self {
            EvidenceLevel::A => "A",
            EvidenceLevel::B => "B",
            EvidenceLevel::C => "C",
            EvidenceLevel::D => "D",
        }
    }

    /// Whether a source of this level is at least as strong as `minimum`.
    pub fn meets(self, minimum: EvidenceLevel) -> bool {
        self <= minimum
    }
}

impl fmt::Display for EvidenceLevel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.letter())
    }
}

/// The name of the rules file in each language folder.
pub const EVIDENCE_FILE: &str = "evidence.toml";

const BUILT_IN: [(&str, &str); 2] = [
    (
        "nl",
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/i18n/nl/evidence.toml"
        )),
    ),
    (
        "en",
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/i18n/en/evidence.toml"
        )),
    ),
];

/// `i18n/<lang>/evidence.toml`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRules {
    #[serde(default)]
    rules: Vec<Rule>,
}

/// One rule: the level of an entry in which one of its lists finds something.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct Rule {
    level: EvidenceLevel,
    #[serde(default)]
    title_words: Vec<String>,
    #[serde(default)]
    publishers: Vec<String>,
    #[serde(default)]
    hosts: Vec<String>,
    #[serde(default)]
    doi_prefixes: Vec<String>,
}

/// A reference's level, and why it has it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Assessment {
    /// The level.
    pub level: EvidenceLevel,
    /// Why, for an editor: "set in the entry", "its title says \"meta-analysis\"", ….
    pub reason: String,
}

/// The rules of every language of the site, in order.
#[derive(Debug, Clone, Default)]
pub struct EvidenceRules {
    rules: Vec<Rule>,
}

impl EvidenceRules {
    /// The rules of every language of the site (the site's own file, else kennis's copy); a
    /// file that cannot be read is reported and adds nothing.
    pub fn load(root: &Path, config: &Config, diagnostics: &mut Vec<Diagnostic>) -> Self {
        let mut rules = EvidenceRules::default();
        for lang in config.language_codes() {
            match language_data(root, lang, EVIDENCE_FILE, &BUILT_IN, "evidence-rules") {
                Ok(source) => rules.add(&source, diagnostics),
                // A language kennis has no rules for, and the site neither, adds none.
                Err(found) => {
                    if root.join(I18N_DIR).join(lang).join(EVIDENCE_FILE).exists() {
                        diagnostics.push(found);
                    }
                }
            }
        }
        rules
    }

    /// kennis's own rules, for every language it has them in.
    pub fn built_in() -> Self {
        let mut rules = EvidenceRules::default();
        for (lang, text) in BUILT_IN {
            let source = SourceText::new(format!("{I18N_DIR}/{lang}/{EVIDENCE_FILE}"), text.into());
            rules.add(&source, &mut Vec::new());
        }
        rules
    }

    fn add(&mut self, source: &SourceText, diagnostics: &mut Vec<Diagnostic>) {
        match toml_input::deserialize_in::<RawRules>(source, 0..source.text.len(), "evidence-rules")
        {
            Ok(raw) => self.rules.extend(raw.rules.into_iter().map(Rule::folded)),
            Err(mut found) => diagnostics.append(&mut found),
        }
    }

    /// The level of `reference`: its own `level`, else that of the first rule that matches it;
    /// `None` when neither says.
    pub fn assess(&self, reference: &Reference) -> Option<Assessment> {
        if let Some(level) = reference.level {
            return Some(Assessment {
                level,
                reason: "set in the entry".to_string(),
            });
        }
        self.rules.iter().find_map(|rule| {
            Some(Assessment {
                level: rule.level,
                reason: rule.matches(reference)?,
            })
        })
    }
}

impl Rule {
    /// The rule with its words in lower case, as they are compared.
    fn folded(mut self) -> Self {
        for list in [
            &mut self.title_words,
            &mut self.publishers,
            &mut self.hosts,
            &mut self.doi_prefixes,
        ] {
            for item in list.iter_mut() {
                *item = item.trim().to_lowercase();
            }
            list.retain(|item| !item.is_empty());
        }
        self
    }

    /// Why the rule matches `reference`, or `None`.
    fn matches(&self, reference: &Reference) -> Option<String> {
        let fold = |text: &Option<String>| text.as_deref().map(str::to_lowercase);
        // The longest of the rule's words that the title has: "narrative review" says more
        // than "review".
        if let Some(title) = fold(&reference.title)
            && let Some(word) = self
                .title_words
                .iter()
                .filter(|w| contains_word(&title, w))
                .max_by_key(|w| w.len())
        {
            return Some(format!("its title says {word:?}"));
        }
        let names: Vec<String> = [fold(&reference.publisher), fold(&reference.container)]
            .into_iter()
            .flatten()
            .chain(reference.authors.iter().map(|a| a.name().to_lowercase()))
            .collect();
        for name in &names {
            if let Some(publisher) = self.publishers.iter().find(|p| contains_word(name, p)) {
                return Some(format!("it is published by or with {publisher:?}"));
            }
        }
        if let Some(host) = reference
            .url
            .as_deref()
            .and_then(|url| Url::parse(url.trim()).ok())
            .and_then(|url| url.host_str().map(str::to_lowercase))
            && let Some(rule_host) = self
                .hosts
                .iter()
                .find(|h| host == **h || host.ends_with(&format!(".{h}")))
        {
            return Some(format!("its web address is on {rule_host}"));
        }
        if let Some(doi) = fold(&reference.doi)
            && let Some(prefix) = self
                .doi_prefixes
                .iter()
                .find(|p| doi.starts_with(p.as_str()))
        {
            return Some(format!("its DOI starts with {prefix}"));
        }
        None
    }
}

/// Whether `word` (lower case) stands in `text` (lower case) as whole words.
fn contains_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(start, found)| {
        let before = text[..start].chars().next_back();
        let after = text[start + found.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// The level of every reference of a site, by id: those of the shared bibliography, then
/// those of the articles' front matter (the first definition of an id counts).
#[derive(Debug, Clone, Default)]
pub struct Evidence {
    by_id: HashMap<String, Assessment>,
}

impl Evidence {
    /// Assesses `references` by `rules`.
    pub fn assess<'r>(
        rules: &EvidenceRules,
        references: impl Iterator<Item = &'r Reference>,
    ) -> Self {
        let mut by_id = HashMap::new();
        for reference in references {
            if by_id.contains_key(&reference.id) {
                continue;
            }
            if let Some(assessment) = rules.assess(reference) {
                by_id.insert(reference.id.clone(), assessment);
            }
        }
        Evidence { by_id }
    }

    /// The level of the reference `id`, and why; `None` for an id no reference has, or one
    /// whose level neither its entry nor a rule says.
    pub fn of(&self, id: &str) -> Option<&Assessment> {
        self.by_id.get(id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reference(title: &str) -> Reference {
        Reference {
            id: "x".into(),
            title: Some(title.into()),
            ..Reference::default()
        }
    }

    #[test]
    fn the_entry_wins_then_the_first_matching_rule() {
        let rules = EvidenceRules::built_in();
        let level = |r: &Reference| rules.assess(r).map(|a| a.level);
        let mut set = reference("Magnesium and sleep: a meta-analysis");
        set.level = Some(EvidenceLevel::D);
        assert_eq!(
            rules.assess(&set),
            Some(Assessment {
                level: EvidenceLevel::D,
                reason: "set in the entry".into()
            })
        );
        assert_eq!(
            level(&reference(
                "Magnesium and sleep: a systematic review and meta-analysis"
            )),
            Some(EvidenceLevel::B)
        );
        assert_eq!(
            level(&reference(
                "Magnesium supplementation in rats: a randomized trial"
            )),
            Some(EvidenceLevel::D)
        );
        assert_eq!(
            level(&reference("A randomized controlled trial of magnesium")),
            Some(EvidenceLevel::C)
        );
        assert_eq!(
            level(&reference(
                "Role of Magnesium in Vitamin D Activation and Function"
            )),
            None
        );
        // Whole words: "ratio" is not "rat".
        assert_eq!(
            level(&reference("The calcium to magnesium ratio: a cohort study")),
            Some(EvidenceLevel::C)
        );
    }

    #[test]
    fn publishers_hosts_and_doi_prefixes_mark_authorities() {
        let rules = EvidenceRules::built_in();
        let web_page = Reference {
            id: "nih".into(),
            title: Some("Magnesium".into()),
            url: Some("https://ods.od.nih.gov/factsheets/Magnesium-HealthProfessional/".into()),
            ..Reference::default()
        };
        let assessed = rules.assess(&web_page);
        assert_eq!(assessed.as_ref().map(|a| a.level), Some(EvidenceLevel::A));
        assert_eq!(
            assessed.map(|a| a.reason).as_deref(),
            Some("its web address is on ods.od.nih.gov")
        );
        let opinion = Reference {
            id: "efsa".into(),
            title: Some("Scientific opinion on something".into()),
            doi: Some("10.2903/j.efsa.2015.4186".into()),
            ..Reference::default()
        };
        assert_eq!(
            rules.assess(&opinion).map(|a| a.level),
            Some(EvidenceLevel::A)
        );
        let council = Reference {
            id: "gr".into(),
            title: Some("Evaluatie van de voedingsnormen voor vitamine D".into()),
            authors: vec![crate::load::content::reference::Author::Organization {
                organization: "Gezondheidsraad".into(),
            }],
            ..Reference::default()
        };
        assert_eq!(
            rules.assess(&council).map(|a| a.level),
            Some(EvidenceLevel::A)
        );
    }
}
