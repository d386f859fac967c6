//! A unit as the detector reads it, once per unit.

use super::lexicon::Analysis;
use super::unit::UnitKind;

/// A unit as the detector reads it: its text, where it stands, and what the lexicon finds in
/// it (read once, whether it is judged or read as another unit's context).
#[derive(Debug, Clone)]
pub struct Reading<'a> {
    /// The unit's text.
    pub text: &'a str,
    /// Where it stands.
    pub kind: UnitKind,
    /// What the lexicon finds in it.
    pub analysis: Analysis,
}
