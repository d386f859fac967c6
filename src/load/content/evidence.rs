//! Levels of evidence: how strong a source is, from A (a guideline or an authority's advice) to
//! D (a narrative review, an opinion, animal or laboratory work, a commercial source).
//!
//! A reference's level is set in its entry (`level = "B"`), or else inferred from its
//! identifiers, publisher, web address and title by the rules of `i18n/<lang>/evidence.toml`;
//! either way the reason is kept, so an editor can see why a source counts as it does.

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::path::Path;

use aho_corasick::{AhoCorasick, MatchKind};
use rayon::prelude::*;
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
    rules: Vec<RawRule>,
}

/// One rule as written.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRule {
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

/// One rule: the level of an entry in which one of its lists finds something. Its words are in
/// lower case and searched for all at once: every reference of the site is assessed.
#[derive(Debug, Clone)]
struct Rule {
    level: EvidenceLevel,
    title_words: WordSet,
    publishers: WordSet,
    hosts: Vec<String>,
    doi_prefixes: Vec<String>,
}

/// Words (lower case) found as whole words in a text, all in one pass.
#[derive(Debug, Clone)]
struct WordSet {
    words: Vec<String>,
    matcher: Option<AhoCorasick>,
}

impl WordSet {
    fn new(words: Vec<String>) -> Self {
        let words: Vec<String> = words
            .into_iter()
            .map(|w| w.trim().to_lowercase())
            .filter(|w| !w.is_empty())
            .collect();
        // Building cannot fail for plain strings this size; without it nothing matches.
        let matcher = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .build(&words)
            .ok();
        WordSet { words, matcher }
    }

    /// The longest of the words that stand in `text` (lower case) as whole words.
    fn longest_in(&self, text: &str) -> Option<&str> {
        let matcher = self.matcher.as_ref()?;
        matcher
            .find_overlapping_iter(text)
            .filter(|found| is_whole_word(text, found.start(), found.end()))
            .map(|found| self.words[found.pattern().as_usize()].as_str())
            .max_by_key(|word| word.len())
    }
}

/// What the rules look at in a reference, in lower case, read once.
struct Facts {
    title: Option<String>,
    names: Vec<String>,
    host: Option<String>,
    doi: Option<String>,
}

impl Facts {
    fn of(reference: &Reference) -> Self {
        let fold = |text: &Option<String>| text.as_deref().map(str::to_lowercase);
        Facts {
            title: fold(&reference.title),
            names: [fold(&reference.publisher), fold(&reference.container)]
                .into_iter()
                .flatten()
                .chain(reference.authors.iter().map(|a| a.name().to_lowercase()))
                .collect(),
            host: reference
                .url
                .as_deref()
                .and_then(|url| Url::parse(url.trim()).ok())
                .and_then(|url| url.host_str().map(str::to_lowercase)),
            doi: fold(&reference.doi),
        }
    }
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
            Ok(raw) => self.rules.extend(raw.rules.into_iter().map(Rule::new)),
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
        let facts = Facts::of(reference);
        self.rules.iter().find_map(|rule| {
            Some(Assessment {
                level: rule.level,
                reason: rule.matches(&facts)?,
            })
        })
    }
}

impl Rule {
    /// The rule as written, its words in lower case, as they are compared.
    fn new(raw: RawRule) -> Self {
        let fold = |list: Vec<String>| -> Vec<String> {
            list.into_iter()
                .map(|item| item.trim().to_lowercase())
                .filter(|item| !item.is_empty())
                .collect()
        };
        Rule {
            level: raw.level,
            title_words: WordSet::new(raw.title_words),
            publishers: WordSet::new(raw.publishers),
            hosts: fold(raw.hosts),
            doi_prefixes: fold(raw.doi_prefixes),
        }
    }

    /// Why the rule matches a reference with `facts`, or `None`.
    fn matches(&self, facts: &Facts) -> Option<String> {
        // The longest of the rule's words that the title has: "narrative review" says more
        // than "review".
        if let Some(word) = facts
            .title
            .as_deref()
            .and_then(|title| self.title_words.longest_in(title))
        {
            return Some(format!("its title says {word:?}"));
        }
        if let Some(publisher) = facts
            .names
            .iter()
            .find_map(|name| self.publishers.longest_in(name))
        {
            return Some(format!("it is published by or with {publisher:?}"));
        }
        if let Some(host) = &facts.host
            && let Some(rule_host) = self
                .hosts
                .iter()
                .find(|h| *host == **h || host.ends_with(&format!(".{h}")))
        {
            return Some(format!("its web address is on {rule_host}"));
        }
        if let Some(doi) = &facts.doi
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

/// Whether `text[start..end]` has no letter or digit right before or after it.
fn is_whole_word(text: &str, start: usize, end: usize) -> bool {
    let before = text.get(..start).and_then(|t| t.chars().next_back());
    let after = text.get(end..).and_then(|t| t.chars().next());
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

/// The level of every reference of a site, by id: those of the shared bibliography, then
/// those of the articles' front matter (the first definition of an id counts).
#[derive(Debug, Clone, Default)]
pub struct Evidence {
    by_id: HashMap<String, Assessment>,
}

impl Evidence {
    /// Assesses `references` by `rules` (in parallel: a large site has thousands).
    pub fn assess<'r>(
        rules: &EvidenceRules,
        references: impl Iterator<Item = &'r Reference>,
    ) -> Self {
        let mut first: Vec<&Reference> = Vec::new();
        let mut seen = HashSet::new();
        for reference in references {
            if seen.insert(reference.id.as_str()) {
                first.push(reference);
            }
        }
        let by_id = first
            .into_par_iter()
            .filter_map(|reference| Some((reference.id.clone(), rules.assess(reference)?)))
            .collect();
        Evidence { by_id }
    }

    /// Whether every one of `ids` is below `minimum`, or of no known level (a claim resting on
    /// them alone is a `weak-source`).
    pub fn all_below<'k>(
        &self,
        ids: impl IntoIterator<Item = &'k str>,
        minimum: EvidenceLevel,
    ) -> bool {
        ids.into_iter()
            .all(|id| self.of(id).is_none_or(|a| !a.level.meets(minimum)))
    }

    /// The reference `id` with its level and why, as a finding names it: "grober-2017 (D: its
    /// title says \"review\")".
    pub fn describe(&self, id: &str) -> String {
        match self.of(id) {
            Some(assessed) => format!("{id} ({}: {})", assessed.level, assessed.reason),
            None => format!("{id} (no level: set `level` in its entry)"),
        }
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
