//! The health-claim checker: finds the claims a reader sees (DESIGN.md, "Health claims") and
//! reports those no citation covers.
//!
//! [`crate::parse::markdown::claim_units`] cuts an article into what is judged (sentences of paragraphs, list items, table
//! cells, quotes and callouts, FAQ answers, footnotes, the text of raw HTML) and knows which
//! citations cover each into [`unit::Unit`]s; [`detector`] decides which units are claims. The title and the
//! description are judged too: they are shown without sources, so a claim there is always
//! reported. A block after `<!-- kennis:no-claim -->` is skipped. With `[claims] eu_register`,
//! [`eu_register`] compares every claim about a nutrient of the EU register, cited or not, with
//! the health claims the EU authorised for it.

pub mod detector;
pub mod eu_register;
pub mod lexicon;
pub mod model;
pub mod reading;
pub mod terms;
#[cfg(feature = "train")]
pub mod training;
pub mod unit;

use std::ops::Range;

use crate::diagnostics::{Diagnostic, Severity};
use crate::load::content::Article;
use detector::{Detector, Reading};
use model::WordWeights;
use unit::{Unit, UnitKind};

/// The comment that exempts the block after it.
pub const NO_CLAIM_MARKER: &str = "kennis:no-claim";

/// The comment that says the claims of the block after it knowingly rest on sources weaker
/// than `[claims] min_level` (the text says why): no `weak-source` for them.
pub const WEAK_SOURCE_MARKER: &str = "kennis:weak-source";

/// A health claim (one that no citation covers, or one judged for another reason).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UncitedClaim {
    /// Where it is in the source file.
    pub range: Range<usize>,
    /// The claim as the reader sees it.
    pub text: String,
    /// Why it is a claim, in a few words.
    pub why: String,
}

/// The units of an article judged to be health claims, with how each unit was read.
#[derive(Debug)]
pub struct Judged<'u> {
    /// Per unit, how the detector read it: every judged unit and the units read before them.
    readings: Vec<Option<Reading<'u>>>,
    /// Each claim: the index of its unit and why it is a claim, in the order of the units.
    pub claims: Vec<(usize, String)>,
}

impl<'u> Judged<'u> {
    /// How unit `index` was read, if it was judged or read before one that was.
    pub fn reading(&self, index: usize) -> Option<&Reading<'u>> {
        self.readings.get(index).and_then(Option::as_ref)
    }
}

/// Judges the units a citation does not cover, and with `covered_too` the cited ones as well
/// (the EU register check and `kennis sources` look at every claim, cited or not).
pub fn judge<'u>(units: &'u [Unit], detector: &Detector, covered_too: bool) -> Judged<'u> {
    judge_where(units, detector, |i| covered_too || !units[i].covered())
}

/// Judges the units `select` picks (by index).
pub fn judge_where<'u>(
    units: &'u [Unit],
    detector: &Detector,
    select: impl Fn(usize) -> bool,
) -> Judged<'u> {
    // Each unit is read once, whether it is judged or only read before one that is.
    let mut readings: Vec<Option<Reading<'u>>> = vec![None; units.len()];
    let judged: Vec<usize> = (0..units.len()).filter(|&i| select(i)).collect();
    for &i in &judged {
        for at in std::iter::once(i).chain(units[i].context) {
            if readings[at].is_none() {
                readings[at] = Some(detector.read(&units[at].text, units[at].kind));
            }
        }
    }
    let mut words = WordWeights::default();
    let claims = judged
        .into_iter()
        .filter_map(|i| {
            let unit = readings[i].as_ref()?;
            if is_navigation(&units[i], detector) {
                return None;
            }
            let context = units[i].context.and_then(|c| readings[c].as_ref());
            let why = detector.judge(unit, context, &mut words)?;
            Some((i, why))
        })
        .collect();
    Judged { readings, claims }
}

/// The claims among `units` that no citation covers.
pub fn uncited(units: &[Unit], detector: &Detector) -> Vec<UncitedClaim> {
    uncited_among(units, &judge(units, detector, false))
}

/// The claims of `judged` (made from `units`) that no citation covers.
pub fn uncited_among(units: &[Unit], judged: &Judged<'_>) -> Vec<UncitedClaim> {
    judged
        .claims
        .iter()
        .filter(|(i, _)| !units[*i].covered())
        .map(|(i, why)| UncitedClaim {
            range: units[*i].range.clone(),
            text: units[*i].text.clone(),
            why: why.clone(),
        })
        .collect()
}

/// The claims of `judged` (made from `units`) among the units `wanted` picks, as findings
/// with their index.
pub fn claims_where(
    units: &[Unit],
    judged: &Judged<'_>,
    wanted: impl Fn(usize) -> bool,
) -> Vec<(usize, UncitedClaim)> {
    judged
        .claims
        .iter()
        .filter(|(i, _)| wanted(*i))
        .map(|(i, why)| {
            let claim = UncitedClaim {
                range: units[*i].range.clone(),
                text: units[*i].text.clone(),
                why: why.clone(),
            };
            (*i, claim)
        })
        .collect()
}

/// True when a unit's own words, outside its links to other pages of the site, point to other
/// reading ("Over slaap lees je meer in [Magnesium en slaap](@/…)."): navigation, whatever the
/// titles it links to say.
fn is_navigation(unit: &Unit, detector: &Detector) -> bool {
    unit.own_words.as_deref().is_some_and(|own| {
        let reading = detector.read(own, unit.kind);
        reading.analysis.cues.has(lexicon::Cue::AboutArticle)
    })
}

/// The claims in an article's title and description, as `uncited-claim` findings of
/// `severity`. Neither can carry a citation and both are shown without the article's sources
/// (in lists, feeds, search results, link previews), so every claim there is reported, unless
/// the editor marked the field as not a claim with a comment `# kennis:no-claim` on the line
/// before it.
pub fn in_summary(article: &Article, detector: &Detector, severity: Severity) -> Vec<Diagnostic> {
    let [title_place, description_place] = article.meta.summary_places.clone();
    let summary = [
        (&article.meta.title, title_place, UnitKind::Title, "title"),
        (
            &article.meta.description,
            description_place,
            UnitKind::Description,
            "description",
        ),
    ];
    summary
        .into_iter()
        .filter(|(_, place, ..)| !marked_not_a_claim(&article.source.text, place.start))
        .filter_map(|(text, place, kind, field)| {
            let why = detector.judge_alone(text, kind)?;
            let finding = Diagnostic::error_in(
                &article.source,
                place,
                "uncited-claim",
                format!(
                    "health claim in the {field}, which is shown without sources ({why}): \
                     phrase it as a topic"
                ),
            )
            .with_text(text.clone());
            Some(match severity {
                Severity::Warning => finding.as_warning(),
                Severity::Error => finding,
            })
        })
        .collect()
}

/// True when the line before the one holding byte `at` of `file` is a TOML comment
/// `# kennis:no-claim`: the editor's mark that a title or description is not a claim.
fn marked_not_a_claim(file: &str, at: usize) -> bool {
    let line_start = file[..at].rfind('\n').map_or(0, |i| i + 1);
    let Some(before) = file[..line_start].strip_suffix('\n') else {
        return false;
    };
    let before = before.strip_suffix('\r').unwrap_or(before);
    let previous = &before[before.rfind('\n').map_or(0, |i| i + 1)..];
    previous
        .trim_start()
        .strip_prefix('#')
        .is_some_and(|comment| comment.trim() == NO_CLAIM_MARKER)
}

#[cfg(test)]
mod tests;
