//! The EU register of authorised health claims: `i18n/<lang>/eu-claims.toml`, per nutrient the
//! claims Regulation (EU) No 432/2012 authorises (Regulation (EC) No 1924/2006, Article 13(1)),
//! their conditions of use, and the body functions each covers.
//!
//! With `[claims] eu_register = true` in `site.toml`, every unit the claim checker judges to be
//! a health claim, cited or not, that attributes an effect on a body function or condition to a
//! listed nutrient is compared with that nutrient's authorised claims. When none of them covers
//! the function the unit names, it is reported as `unauthorised-health-claim` (a warning), with
//! the authorised wording closest to it. It is an aid for editors, not legal advice.
//!
//! Only the pattern of a benefit is compared: an effect word and a body function or condition
//! (the lexicon's cues, see [`super::lexicon`]). Units that state only amounts or norms, signs
//! of a deficiency (a sign cue), or whose words the file lists under `[skip]` (deficiency,
//! safety, denials) attribute no benefit and are left alone. All words are data: the file says
//! which words name a nutrient, which name each function, and which lie near one.
//!
//! A site's own file is used when it has one, else the copy built into kennis.

use std::collections::{BTreeMap, HashSet};
use std::ops::Range;
use std::path::Path;

use serde::Deserialize;
use toml::Spanned;

use super::Judged;
use super::detector::Detector;
use super::lexicon::{Cue, normalize};
use super::model::WordWeights;
use super::reading::Reading;
use super::terms::{Terms, TermsBuilder};
use super::unit::{Unit, UnitKind};
use crate::diagnostics::{Diagnostic, Position, SourceText};
use crate::load::content::Article;
use crate::load::i18n::{built_in_language_data, language_data};
use crate::toml_input;

/// The name of the register file in each language folder.
pub const REGISTER_FILE: &str = "eu-claims.toml";

/// The code of a claim that goes beyond the register.
pub const FINDING_CODE: &str = "unauthorised-health-claim";

/// The code of a problem in a register file.
pub const DATA_CODE: &str = "eu-claims";

const BUILT_IN: [(&str, &str); 2] = [
    (
        "nl",
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/i18n/nl/eu-claims.toml"
        )),
    ),
    (
        "en",
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/i18n/en/eu-claims.toml"
        )),
    ),
];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRegister {
    #[serde(default)]
    skip: RawTerms,
    #[serde(default)]
    places: RawTerms,
    #[serde(default)]
    carriers: RawTerms,
    #[serde(default)]
    pronouns: RawTerms,
    functions: BTreeMap<String, RawFunction>,
    nutrients: Vec<RawNutrient>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawTerms {
    #[serde(default)]
    terms: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFunction {
    covers: Vec<String>,
    #[serde(default)]
    near: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawNutrient {
    key: Spanned<String>,
    name: String,
    terms: Vec<String>,
    conditions: Option<String>,
    regulation: String,
    register: String,
    claims: Vec<RawClaim>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawClaim {
    wording: Spanned<String>,
    functions: Vec<Spanned<String>>,
    conditions: Option<String>,
    regulation: Option<String>,
    register: Option<String>,
    #[serde(default)]
    general: bool,
    checked: bool,
}

/// What a term of the register file says when it is found in a unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tag {
    /// It names the nutrient with this index.
    Nutrient(usize),
    /// It names the function with this index.
    Covers(usize),
    /// It lies near the function with this index.
    Near(usize),
    /// The unit attributes no benefit (a deficiency, safety, a denial).
    Skip,
    /// A place or mechanism in the body (an organ, enzymes): where a nutrient works, not what
    /// it does for health.
    Place,
    /// What carries a nutrient (a supplement, a tablet): not a subject of its own.
    Carrier,
}

/// A language's register of authorised health claims, compiled.
#[derive(Debug, Clone)]
pub struct EuRegister {
    /// The nutrients, in the file's order.
    pub nutrients: Vec<Nutrient>,
    /// The keys of `[functions]`, by index.
    functions: Vec<String>,
    terms: Terms<Tag>,
    /// Words a lead-in starts with when it refers back to the sentence before ("Het is nodig
    /// voor:"), lowercase.
    pronouns: Vec<String>,
}

/// A nutrient and the health claims the EU authorised for it.
#[derive(Debug, Clone)]
pub struct Nutrient {
    /// The same key in every language (`magnesium`, `vitamin-d`).
    pub key: String,
    /// What a message calls it ("vitamine D").
    pub name: String,
    /// Its authorised claims, in the file's order.
    pub claims: Vec<AuthorisedClaim>,
}

/// One authorised health claim.
#[derive(Debug, Clone)]
pub struct AuthorisedClaim {
    /// The wording of the Annex, in the file's language.
    pub wording: String,
    /// Its conditions of use, summarised.
    pub conditions: String,
    /// The regulation that authorises it.
    pub regulation: String,
    /// Its entry in the EU register.
    pub register: String,
    /// The keys of the body functions it covers.
    pub functions: Vec<String>,
    /// The claim to suggest when a sentence has nothing in common with any claim.
    pub general: bool,
    /// The wording was checked against the official text.
    pub checked: bool,
    /// Indexes of `functions` in [`EuRegister::functions`].
    function_ids: Vec<usize>,
    /// The words of the wording that set it apart from the nutrient's other claims, for
    /// choosing the closest claim ("draagt", "normale" and the nutrient's name are in most).
    telling_words: Vec<String>,
}

/// A health claim that attributes to a nutrient an effect none of its authorised claims covers.
#[derive(Debug, Clone)]
pub struct BeyondRegister<'r> {
    /// The nutrient.
    pub nutrient: &'r Nutrient,
    /// The authorised claim closest to what the unit says.
    pub closest: &'r AuthorisedClaim,
    /// The words of the unit naming a body function or condition, as written (lowercase).
    pub effect_words: Vec<String>,
}

impl BeyondRegister<'_> {
    /// The finding's message: what goes beyond the register and the closest authorised wording.
    pub fn message(&self) -> String {
        format!(
            "health claim beyond the EU register: no authorised claim for {} covers '{}'; \
             closest authorised wording: \"{}\" ({})",
            self.nutrient.name,
            self.effect_words.join("', '"),
            self.closest.wording,
            self.closest.regulation
        )
    }
}

/// What the register's terms find in one unit.
#[derive(Debug, Default)]
struct Found {
    /// Each nutrient named, with where.
    nutrients: Vec<(usize, Range<usize>)>,
    /// The functions named.
    covers: HashSet<usize>,
    /// Each function a word lies near, with the word's place.
    near: Vec<(usize, Range<usize>)>,
    /// Where words for places in the body are.
    places: Vec<Range<usize>>,
    /// Where words for what carries a nutrient are.
    carriers: Vec<Range<usize>>,
    skip: bool,
}

impl Found {
    /// The nutrient named first, and where.
    fn first_nutrient(&self) -> Option<(usize, Range<usize>)> {
        self.nutrients
            .iter()
            .min_by_key(|(_, place)| place.start)
            .cloned()
    }
}

impl EuRegister {
    /// The register of `lang`: the site's `i18n/<lang>/eu-claims.toml` under `root` when it
    /// exists, else kennis's built-in copy. Problems in the file are reported with their
    /// position.
    pub fn load(root: &Path, lang: &str) -> Result<EuRegister, Vec<Diagnostic>> {
        let source =
            language_data(root, lang, REGISTER_FILE, &BUILT_IN, DATA_CODE).map_err(|d| vec![d])?;
        EuRegister::parse(&source)
    }

    /// kennis's own register for `lang`, if it has one.
    pub fn built_in(lang: &str) -> Option<EuRegister> {
        let source = built_in_language_data(lang, REGISTER_FILE, &BUILT_IN)?;
        // The built-in files are checked by this module's tests.
        EuRegister::parse(&source).ok()
    }

    /// Compiles the register in `source`.
    pub fn parse(source: &SourceText) -> Result<EuRegister, Vec<Diagnostic>> {
        let raw: RawRegister = toml_input::deserialize_in(source, 0..source.text.len(), DATA_CODE)?;
        let mut problems = Vec::new();
        let mut builder = TermsBuilder::<Tag>::default();
        builder.add(&raw.skip.terms, Tag::Skip);
        builder.add(&raw.places.terms, Tag::Place);
        builder.add(&raw.carriers.terms, Tag::Carrier);
        let functions: Vec<String> = raw.functions.keys().cloned().collect();
        for (index, function) in raw.functions.values().enumerate() {
            builder.add(&function.covers, Tag::Covers(index));
            builder.add(&function.near, Tag::Near(index));
        }
        let mut nutrients = Vec::with_capacity(raw.nutrients.len());
        let mut keys = HashSet::new();
        for (index, nutrient) in raw.nutrients.into_iter().enumerate() {
            let key_place = nutrient.key.span();
            let key = nutrient.key.into_inner();
            if !keys.insert(key.clone()) {
                problems.push(Diagnostic::error_in(
                    source,
                    key_place.clone(),
                    DATA_CODE,
                    format!("nutrient {key:?} is listed twice"),
                ));
            }
            if nutrient.claims.is_empty() {
                problems.push(Diagnostic::error_in(
                    source,
                    key_place,
                    DATA_CODE,
                    format!(
                        "nutrient {key:?} has no claims: give it at least one [[nutrients.claims]]"
                    ),
                ));
            }
            builder.add(&nutrient.terms, Tag::Nutrient(index));
            let mut claims = Vec::with_capacity(nutrient.claims.len());
            for claim in nutrient.claims {
                let wording_place = claim.wording.span();
                let mut function_ids = Vec::with_capacity(claim.functions.len());
                let mut function_keys = Vec::with_capacity(claim.functions.len());
                for function in claim.functions {
                    match functions.iter().position(|f| f == function.get_ref()) {
                        Some(id) => function_ids.push(id),
                        None => problems.push(Diagnostic::error_in(
                            source,
                            function.span(),
                            DATA_CODE,
                            format!(
                                "there is no [functions.{}]: a claim's functions are keys of \
                                 [functions]",
                                function.get_ref()
                            ),
                        )),
                    }
                    function_keys.push(function.into_inner());
                }
                let Some(conditions) = claim.conditions.or_else(|| nutrient.conditions.clone())
                else {
                    problems.push(Diagnostic::error_in(
                        source,
                        wording_place,
                        DATA_CODE,
                        "the claim has no conditions of use: give it `conditions`, or its \
                         nutrient"
                            .to_string(),
                    ));
                    continue;
                };
                claims.push(AuthorisedClaim {
                    wording: claim.wording.into_inner(),
                    conditions,
                    regulation: claim
                        .regulation
                        .unwrap_or_else(|| nutrient.regulation.clone()),
                    register: claim.register.unwrap_or_else(|| nutrient.register.clone()),
                    functions: function_keys,
                    general: claim.general,
                    checked: claim.checked,
                    function_ids,
                    telling_words: Vec::new(),
                });
            }
            set_telling_words(&mut claims);
            nutrients.push(Nutrient {
                key,
                name: nutrient.name,
                claims,
            });
        }
        let terms = builder.build().map_err(|e| {
            vec![Diagnostic::error_at(
                &source.display_path,
                Position::START,
                DATA_CODE,
                format!("cannot compile the terms: {e}"),
            )]
        })?;
        if !problems.is_empty() {
            return Err(problems);
        }
        Ok(EuRegister {
            nutrients,
            functions,
            terms,
            pronouns: raw.pronouns.terms.iter().map(|p| normalize(p)).collect(),
        })
    }

    /// The keys of `[functions]`, in the file's order.
    pub fn function_keys(&self) -> &[String] {
        &self.functions
    }

    /// Whether `reading` refers back to the sentence before it: one of its first four words
    /// is a pronoun ("Het is …", "Among other things, it is …"). Further on, "deze" or "this"
    /// is more often a determiner ("geeft deze adviezen").
    fn refers_back(&self, reading: &Reading<'_>) -> bool {
        words(&reading.analysis.normalized)
            .take(4)
            .any(|word| self.pronouns.iter().any(|p| p == word))
    }

    fn find(&self, normalized: &str) -> Found {
        let mut found = Found::default();
        let citations = citations(normalized);
        for (place, tags) in self.terms.find(normalized) {
            // A citation key ("[@nih-magnesium]") names a source, not a nutrient.
            if citations.iter().any(|c| overlap(c, &place)) {
                continue;
            }
            for tag in tags {
                match *tag {
                    Tag::Nutrient(n) => found.nutrients.push((n, place.clone())),
                    Tag::Covers(f) => {
                        found.covers.insert(f);
                    }
                    Tag::Near(f) => found.near.push((f, place.clone())),
                    Tag::Skip => found.skip = true,
                    Tag::Place => found.places.push(place.clone()),
                    Tag::Carrier => found.carriers.push(place.clone()),
                }
            }
        }
        found
    }

    /// Whether `unit`, a unit judged to be a health claim, attributes to a listed nutrient an
    /// effect none of its authorised claims covers. `lead_in` is what a bare list item or table
    /// cell is read with, nearest first (its lead-in, then the sentence before that, for a
    /// lead-in that says "it"): the first that names a nutrient gives the item its nutrient,
    /// and an effect word of the nearest counts for the item ("Magnesium is nodig voor:" then
    /// "je bloeddruk").
    pub fn beyond<'r>(
        &'r self,
        unit: &Reading<'_>,
        lead_in: &[&Reading<'_>],
    ) -> Option<BeyondRegister<'r>> {
        let cues = &unit.analysis.cues;
        // A sign of a deficiency or condition says what a symptom means, not what a nutrient
        // does for the body.
        if cues.has(Cue::Sign) {
            return None;
        }
        let found = self.find(&unit.analysis.normalized);
        if found.skip {
            return None;
        }
        let (nutrient, named_at) = match found.first_nutrient() {
            Some((nutrient, place)) => (nutrient, Some(place)),
            None => {
                let mut named = None;
                for (step, reading) in lead_in.iter().enumerate() {
                    // The sentence before the lead-in counts only when the lead-in refers
                    // back to it ("Het is onder meer nodig voor:").
                    if step > 0 && !self.refers_back(lead_in[step - 1]) {
                        break;
                    }
                    let found = self.find(&reading.analysis.normalized);
                    if found.skip {
                        return None;
                    }
                    if let Some((nutrient, _)) = found.first_nutrient() {
                        named = Some(nutrient);
                        break;
                    }
                }
                (named?, None)
            }
        };
        let citations = citations(&unit.analysis.normalized);
        // The words the lexicon found, outside citation keys and the nutrient's own name.
        let counts = |place: &&Range<usize>| {
            !citations.iter().any(|c| overlap(c, place))
                && named_at.as_ref().is_none_or(|n| !overlap(n, place))
        };
        let mut body: Vec<Range<usize>> = cues
            .places(Cue::Function)
            .chain(cues.places(Cue::Condition))
            .filter(counts)
            // Where in the body, or by what, a nutrient works is no effect on health.
            .filter(|place| !found.places.iter().any(|p| overlap(p, place)))
            .cloned()
            .collect();
        body.sort_by_key(|p| (p.start, p.end));
        body.dedup();
        if body.is_empty() {
            return None;
        }
        // The nutrient must be what has the effect: no other substance or behaviour named
        // before it ("Alcohol en stress verhogen het verbruik van magnesium"), and no group the
        // unit opens with ("Mensen met diabetes verliezen meer magnesium"), but "Volgens een
        // review helpt magnesium bij …" and "In studies bij ouderen sliepen mensen met
        // magnesium …" are about magnesium. What carries a nutrient ("supplementen met
        // magnesium") and a word that is also a body function or condition ("slaap", "stress")
        // are no other subject.
        if let Some(named_at) = &named_at {
            let normalized = &unit.analysis.normalized;
            let body_word = |place: &Range<usize>| {
                cues.places(Cue::Function)
                    .chain(cues.places(Cue::Condition))
                    .any(|b| overlap(b, place))
            };
            let opens = |place: &&Range<usize>| {
                words(normalized.get(..place.start).unwrap_or_default()).count() < 3
            };
            let other_first = cues
                .places(Cue::Subject)
                .filter(|place| !body_word(place))
                .chain(cues.places(Cue::RiskGroup).filter(opens))
                .filter(|place| place.start < named_at.start)
                .filter(counts)
                .filter(|place| !found.carriers.iter().any(|c| overlap(c, place)))
                .any(|place| !found.nutrients.iter().any(|(_, n)| overlap(n, place)));
            if other_first {
                return None;
            }
        }
        // The effect word must be a word of its own: "tekort" is both an effect and a condition.
        let effect = cues
            .places(Cue::Effect)
            .filter(counts)
            .any(|e| body.iter().all(|b| !overlap(e, b)))
            || (named_at.is_none()
                && lead_in
                    .first()
                    .is_some_and(|l| l.analysis.cues.has(Cue::Effect)));
        if !effect {
            return None;
        }
        let listed = &self.nutrients[nutrient];
        let covered = listed
            .claims
            .iter()
            .flat_map(|c| &c.function_ids)
            .any(|f| found.covers.contains(f));
        if covered {
            return None;
        }
        let words_of = |places: &[Range<usize>]| -> Vec<String> {
            let mut words: Vec<String> = Vec::new();
            for place in places {
                if let Some(word) = unit.analysis.normalized.get(place.clone()) {
                    let word = word.trim().to_string();
                    if !words.contains(&word) {
                        words.push(word);
                    }
                }
            }
            words
        };
        Some(BeyondRegister {
            nutrient: listed,
            closest: closest(listed, &found, &unit.analysis.normalized)?,
            effect_words: words_of(&body),
        })
    }
}

/// The claim of `nutrient` closest to a unit: the most words near its functions, then the most
/// telling words of its wording; on a tie, or with nothing in common, the general claim, then
/// the first.
fn closest<'n>(
    nutrient: &'n Nutrient,
    found: &Found,
    normalized: &str,
) -> Option<&'n AuthorisedClaim> {
    let unit_words: HashSet<&str> = words(normalized).collect();
    let score = |claim: &AuthorisedClaim| {
        let near: HashSet<usize> = found
            .near
            .iter()
            .filter(|(f, _)| claim.function_ids.contains(f))
            .map(|(_, place)| place.start)
            .collect();
        let shared = claim
            .telling_words
            .iter()
            .filter(|w| unit_words.contains(w.as_str()))
            .count();
        2 * near.len() + shared
    };
    nutrient
        .claims
        .iter()
        .enumerate()
        // The highest score; among equals the general claim, then the earliest.
        .max_by_key(|(index, claim)| (score(claim), claim.general, std::cmp::Reverse(*index)))
        .map(|(_, claim)| claim)
}

/// Whether two places share a byte.
fn overlap(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

/// Where the citations (`[@key]`, `[@a; @b, p. 3]`) are in a unit's text.
fn citations(text: &str) -> Vec<Range<usize>> {
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(start) = text[from..].find("[@").map(|at| from + at) {
        let end = text[start..]
            .find(']')
            .map_or(text.len(), |at| start + at + 1);
        found.push(start..end);
        from = end;
    }
    found
}

/// The words of a normalized text, split at anything that is not a letter or digit.
fn words(normalized: &str) -> impl Iterator<Item = &str> {
    normalized
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// Gives each claim the words of its wording that fewer than half of the nutrient's claims
/// share: what tells it apart.
fn set_telling_words(claims: &mut [AuthorisedClaim]) {
    let wordings: Vec<HashSet<String>> = claims
        .iter()
        .map(|c| words(&normalize(&c.wording)).map(str::to_string).collect())
        .collect();
    for (claim, own) in claims.iter_mut().zip(&wordings) {
        let mut telling: Vec<String> = own
            .iter()
            // Short words ("and", "van", "voor") tell nothing apart.
            .filter(|w| w.chars().count() >= 5)
            .filter(|w| {
                let sharing = wordings.iter().filter(|other| other.contains(*w)).count();
                // One-claim nutrients keep every word.
                2 * sharing <= wordings.len() || wordings.len() == 1
            })
            .cloned()
            .collect();
        telling.sort();
        claim.telling_words = telling;
    }
}

/// A unit that goes beyond the register, as a finding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnauthorisedClaim {
    /// Where it is in the source file.
    pub range: Range<usize>,
    /// The unit as the reader sees it.
    pub text: String,
    /// What goes beyond the register, and the closest authorised wording.
    pub message: String,
}

/// The claims among `judged` (made from `units`, cited or not) that go beyond `register`.
pub fn beyond_register(
    units: &[Unit],
    judged: &Judged<'_>,
    register: &EuRegister,
) -> Vec<UnauthorisedClaim> {
    judged
        .claims
        .iter()
        .filter_map(|(i, _)| {
            let reading = judged.reading(*i)?;
            // A bare list item or table cell is read with its lead-in (and the sentence before
            // that); a sentence is about what it says itself.
            let mut lead_in = Vec::new();
            if matches!(units[*i].kind, UnitKind::ListItem | UnitKind::TableCell) {
                let mut at = units[*i].context;
                while let Some(c) = at.filter(|_| lead_in.len() < 2) {
                    // A list item's context may be the item before it: only a lead-in counts.
                    if matches!(units[c].kind, UnitKind::ListItem | UnitKind::TableCell) {
                        break;
                    }
                    let Some(reading) = judged.reading(c) else {
                        break;
                    };
                    lead_in.push(reading);
                    at = units[c].context;
                }
            }
            let beyond = register.beyond(reading, &lead_in)?;
            Some(UnauthorisedClaim {
                range: units[*i].range.clone(),
                text: units[*i].text.clone(),
                message: beyond.message(),
            })
        })
        .collect()
}

/// The article's title and description, when they are health claims that go beyond
/// `register`, as `unauthorised-health-claim` warnings at the field. A field the editor marked
/// `# kennis:no-claim` is not a claim.
pub fn in_summary(
    article: &Article,
    detector: &Detector,
    register: &EuRegister,
) -> Vec<Diagnostic> {
    let [title_place, description_place] = article.meta.summary_places.clone();
    [
        (&article.meta.title, title_place, UnitKind::Title),
        (
            &article.meta.description,
            description_place,
            UnitKind::Description,
        ),
    ]
    .into_iter()
    .filter(|(_, place, _)| !super::marked_not_a_claim(&article.source.text, place.start))
    .filter_map(|(text, place, kind)| {
        let reading = detector.read(text, kind);
        detector.judge(&reading, None, &mut WordWeights::default())?;
        let beyond = register.beyond(&reading, &[])?;
        Some(
            Diagnostic::error_in(&article.source, place, FINDING_CODE, beyond.message())
                .with_text(text.clone())
                .as_warning(),
        )
    })
    .collect()
}

#[cfg(test)]
mod tests;
