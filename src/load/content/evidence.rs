//! Levels of evidence: how strong a source is, from A (a guideline or an authority's advice) to
//! D (a narrative review, an opinion, animal or laboratory work, a commercial source).
//!
//! A reference's level is set in its entry (`level = "B"`), or else inferred from its
//! identifiers, publisher, web address and title by the rules of `i18n/<lang>/evidence.toml`;
//! either way the reason is kept, so an editor can see why a source counts as it does.

use std::fmt;

use serde::{Deserialize, Serialize};

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
