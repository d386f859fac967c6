//! Checks of the comparison tables: every row's sources must be references of the shared
//! bibliography, and every cell that is a health claim must stand in a row that names its
//! sources (DESIGN.md: a citation in the same table row covers a cell).

use std::collections::HashMap;

use crate::diagnostics::{Diagnostic, Severity};
use crate::load::content::Site;
use crate::load::content::comparisons::Comparison;
use crate::load::content::evidence::EvidenceLevel;
use crate::parse::claims::detector::Detector;
use crate::parse::claims::unit::UnitKind;
use crate::parse::markdown::citing::closest_key;

/// Checks every table in every language that has a claim detector. `uncited` is the severity of a
/// claim cell in a row without sources; with `min_level`, a row whose sources are all weaker
/// has its claim cells reported as `weak-source`.
pub fn check(
    site: &Site,
    detectors: &HashMap<String, Detector>,
    uncited: Severity,
    min_level: Option<EvidenceLevel>,
) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    for table in &site.comparisons.tables {
        check_sources(site, table, &mut found);
        let mut languages: Vec<(&String, &Detector)> = detectors.iter().collect();
        languages.sort_by_key(|(lang, _)| lang.as_str());
        for (lang, detector) in languages {
            uncited_cells(table, lang, detector, uncited, &mut found);
            if let Some(minimum) = min_level {
                weak_rows(site, table, lang, detector, minimum, &mut found);
            }
        }
    }
    found
}

/// The claim cells of rows whose every source is below `minimum` (or of no known level),
/// unless the row says `weak_source = true`.
fn weak_rows(
    site: &Site,
    table: &Comparison,
    lang: &str,
    detector: &Detector,
    minimum: EvidenceLevel,
    found: &mut Vec<Diagnostic>,
) {
    let known = |id: &str| site.bibliography.find(id).is_some();
    for row in &table.rows {
        let sources: Vec<&str> = row
            .sources
            .iter()
            .map(|(id, _)| id.as_str())
            .filter(|id| known(id))
            .collect();
        let weak = !row.weak_source_accepted
            && !sources.is_empty()
            && site.evidence.all_below(sources.iter().copied(), minimum);
        if !weak {
            continue;
        }
        let named: Vec<String> = sources
            .iter()
            .map(|id| site.evidence.describe(id))
            .collect();
        for cell in &row.cells {
            let text = cell.get(lang);
            if detector.judge_alone(text, UnitKind::TableCell).is_none() {
                continue;
            }
            let range = cell.range(lang).unwrap_or_else(|| row.range.clone());
            found.push(
                Diagnostic::error_in(
                    &table.source,
                    range,
                    "weak-source",
                    format!(
                        "health claim rests only on sources below level {minimum} ({}): list a \
                         stronger source in the row's `sources`, or say in the table why these \
                         are used and set `weak_source = true` on the row",
                        named.join(", ")
                    ),
                )
                .as_warning()
                .with_text(text.to_string()),
            );
        }
    }
}

fn check_sources(site: &Site, table: &Comparison, found: &mut Vec<Diagnostic>) {
    // A bibliography that could not be read whole reports its own error; the keys it lost
    // would only repeat it here.
    if site.bibliography.broken {
        return;
    }
    let keys: Vec<&str> = site
        .bibliography
        .entries()
        .map(|(_, entry)| entry.reference.id.as_str())
        .collect();
    for row in &table.rows {
        for (id, range) in &row.sources {
            if site.bibliography.find(id).is_some() {
                continue;
            }
            let hint = match closest_key(id, &keys) {
                Some(k) => format!("; did you mean {k:?}?"),
                None => "; comparison tables cite the references of content/bibliography.toml"
                    .to_string(),
            };
            found.push(
                Diagnostic::error_in(
                    &table.source,
                    range.clone(),
                    "unknown-citation",
                    format!("no reference in the shared bibliography has the key {id:?}{hint}"),
                )
                .with_text(id.clone()),
            );
        }
    }
}

fn uncited_cells(
    table: &Comparison,
    lang: &str,
    detector: &Detector,
    uncited: Severity,
    found: &mut Vec<Diagnostic>,
) {
    for row in table.rows.iter().filter(|row| row.sources.is_empty()) {
        for cell in &row.cells {
            let text = cell.get(lang);
            let Some(why) = detector.judge_alone(text, UnitKind::TableCell) else {
                continue;
            };
            let range = cell.range(lang).unwrap_or_else(|| row.range.clone());
            let mut finding = Diagnostic::error_in(
                &table.source,
                range,
                "uncited-claim",
                format!("health claim has no source ({why}): list the row's sources in `sources`"),
            )
            .with_text(text.to_string());
            if uncited == Severity::Warning {
                finding = finding.as_warning();
            }
            found.push(finding);
        }
    }
}
