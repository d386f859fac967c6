//! Tables whose cells were flattened into plain text, one row per line:
//!
//! ```text
//! Signaalcluster Vitamine D-tekort (typisch) Magnesiumtekort (typisch) Overlap en duiding
//! Spieren en zenuwen Proximale spierzwakte, … hypocalciëmie. Spierkrampen … . Beide: … .
//! ```
//!
//! A row is a short label followed by sentences, one or more per cell; the header is a line
//! of column names. A new cell starts at a capitalised word ("Magnesiumtekort", not the "D" of
//! "Vitamine D-tekort") or a number. The number of columns is the label plus the fewest
//! sentences any row has; a row with more sentences than that puts the extra ones in its last
//! cell, which the report asks a person to check. When the header does not split into that
//! many columns, the text stays as it is and the report says so.
//!
//! A table copied one cell per line ([`one_cell_per_line`]) gives no row ends at all; its
//! number of columns is the one under which each column's cells look alike and the columns
//! differ from one another.

use super::lines::Line;
use super::text::{ends_like_sentence, sentences, word_count};

/// What [`flattened`] found at the start of some lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    /// A table, made of the first `lines` lines.
    Table {
        /// Column names.
        header: Vec<String>,
        /// Rows of cells.
        rows: Vec<Vec<String>>,
        /// How many input lines it used.
        lines: usize,
        /// Things to check, by line offset from the header.
        notes: Vec<(usize, String)>,
    },
    /// Lines shaped like a table whose columns could not be worked out.
    Unclear {
        /// Why.
        reason: String,
    },
}

/// The most words a row label may have.
const MAX_LABEL_WORDS: usize = 6;

/// The fewest data rows a flattened table has. Two lines that happen to start with a short
/// phrase and hold two sentences each are too common in prose to be taken for a table.
const MIN_ROWS: usize = 3;

/// The most words a header line may have.
const MAX_HEADER_WORDS: usize = 20;

/// The most columns a table copied one cell per line is tried with.
const MAX_COLUMNS: usize = 5;

/// The most words a header cell of a table copied one cell per line has.
const MAX_HEADER_CELL_WORDS: usize = 4;

/// A table's header and rows from `cells`, a table copied one cell per line, when its number
/// of columns can be told: the header cells are names (short, no numbers), there are at
/// least [`MIN_ROWS`] rows, and under that number of columns each column's cells look alike
/// (all with numbers or none; similar lengths) while the columns differ from one another (a
/// column of amounts beside one of names, short labels beside longer descriptions). A plain
/// list of foods looks alike under any number of columns and is no table.
pub fn one_cell_per_line(cells: &[&str]) -> Option<(Vec<String>, Vec<Vec<String>>)> {
    let best = (2..=MAX_COLUMNS)
        .filter(|&columns| cells.len().is_multiple_of(columns) && cells.len() / columns > MIN_ROWS)
        .filter(|&columns| {
            cells[..columns].iter().all(|cell| {
                word_count(cell) <= MAX_HEADER_CELL_WORDS
                    && !cell.chars().any(|c| c.is_ascii_digit())
            })
        })
        .filter_map(|columns| {
            let shapes: Vec<ColumnShape> = (0..columns)
                .map(|j| ColumnShape::of(cells[columns..].iter().skip(j).step_by(columns)))
                .collect();
            columns_differ(&shapes).then(|| {
                let unlikeness: f64 = shapes.iter().map(ColumnShape::unlikeness).sum();
                (columns, unlikeness / columns as f64)
            })
        })
        .min_by(|a, b| a.1.total_cmp(&b.1))?;
    let columns = best.0;
    let header = cells[..columns].iter().map(|c| c.to_string()).collect();
    let rows = cells[columns..]
        .chunks(columns)
        .map(|row| row.iter().map(|c| c.to_string()).collect())
        .collect();
    Some((header, rows))
}

/// What the cells of one column look like.
struct ColumnShape {
    /// How many cells hold a number.
    with_numbers: usize,
    /// The cells.
    cells: usize,
    /// The fewest and the most words of a cell.
    words: (usize, usize),
    /// The mean number of words.
    mean_words: f64,
}

impl ColumnShape {
    fn of<'a>(cells: impl Iterator<Item = &'a &'a str>) -> ColumnShape {
        let cells: Vec<&str> = cells.copied().collect();
        let counts: Vec<usize> = cells.iter().map(|c| word_count(c)).collect();
        ColumnShape {
            with_numbers: cells
                .iter()
                .filter(|c| c.chars().any(|ch| ch.is_ascii_digit()))
                .count(),
            cells: cells.len(),
            words: (
                counts.iter().copied().min().unwrap_or(0),
                counts.iter().copied().max().unwrap_or(0),
            ),
            mean_words: counts.iter().sum::<usize>() as f64 / cells.len().max(1) as f64,
        }
    }

    /// The share of cells with a number (0 to 1).
    fn numbers(&self) -> f64 {
        self.with_numbers as f64 / self.cells.max(1) as f64
    }

    /// How unlike one another the column's cells are: 0 when all have a number or none and
    /// all are as long; up to 2.
    fn unlikeness(&self) -> f64 {
        let mixed =
            self.with_numbers.min(self.cells - self.with_numbers) as f64 / self.cells.max(1) as f64;
        let (fewest, most) = self.words;
        let spread = (most - fewest) as f64 / most.max(1) as f64;
        mixed * 2.0 + spread
    }
}

/// True when some two columns clearly differ: one of numbers beside one without, or one
/// whose cells are twice as long as another's.
fn columns_differ(shapes: &[ColumnShape]) -> bool {
    shapes.iter().any(|a| {
        shapes
            .iter()
            .any(|b| (a.numbers() - b.numbers()).abs() >= 0.5 || a.mean_words >= 2.0 * b.mean_words)
    })
}

/// Looks for a flattened table starting at `lines[0]`.
pub fn flattened(lines: &[Line], abbreviations: &[String]) -> Option<Found> {
    let header = lines.first()?;
    let header_words = word_count(&header.text);
    if ends_like_sentence(&header.text) || !(2..=MAX_HEADER_WORDS).contains(&header_words) {
        return None;
    }
    let mut rows = Vec::new();
    for line in &lines[1..] {
        match split_row(&line.text, abbreviations) {
            Some(row) if !line.is_blank() => rows.push(row),
            _ => break,
        }
    }
    if rows.len() < MIN_ROWS {
        return None;
    }
    let data_columns = rows.iter().map(|(_, cells)| cells.len()).min()?;
    let header_cells = split_header(&header.text);
    if header_cells.len() != data_columns + 1 {
        return Some(Found::Unclear {
            reason: format!(
                "the rows have {} cells after their label, but the header splits into {} names",
                data_columns,
                header_cells.len()
            ),
        });
    }
    let mut notes = Vec::new();
    let table_rows = rows
        .into_iter()
        .enumerate()
        .map(|(i, (label, sentences))| {
            let mut cells = vec![label.to_string()];
            let (own, rest) = sentences.split_at(data_columns - 1);
            cells.extend(own.iter().map(|s| s.to_string()));
            cells.push(rest.join(" "));
            if rest.len() > 1 {
                notes.push((
                    i + 1,
                    format!(
                        "table row {}: {} sentences for {} cells; the last {} went into the last \
                         column",
                        i + 1,
                        sentences.len(),
                        data_columns,
                        rest.len()
                    ),
                ));
            }
            cells
        })
        .collect::<Vec<_>>();
    Some(Found::Table {
        header: header_cells,
        lines: table_rows.len() + 1,
        rows: table_rows,
        notes,
    })
}

/// A row: a label of a few words without closing punctuation, then two or more sentences.
fn split_row<'t>(text: &'t str, abbreviations: &[String]) -> Option<(&'t str, Vec<&'t str>)> {
    let boundary = cell_starts(text).into_iter().next()?;
    let (label, rest) = text.split_at(boundary);
    let label = label.trim();
    if label.is_empty() || ends_like_sentence(label) || word_count(label) > MAX_LABEL_WORDS {
        return None;
    }
    let cells = sentences(rest, abbreviations);
    let all_sentences = cells
        .iter()
        .all(|s| matches!(s.chars().last(), Some('.' | '!' | '?')));
    (cells.len() >= 2 && all_sentences).then_some((label, cells))
}

/// Column names: the header cut before every word that starts a cell.
fn split_header(text: &str) -> Vec<String> {
    let mut cells = Vec::new();
    let mut start = 0;
    for at in cell_starts(text) {
        cells.push(text[start..at].trim().to_string());
        start = at;
    }
    cells.push(text[start..].trim().to_string());
    cells
}

/// Byte offsets of the words (after the first) that start a new cell: a capital letter followed
/// by a lower-case one, or a digit.
fn cell_starts(text: &str) -> Vec<usize> {
    let mut starts = Vec::new();
    let mut previous_space = false;
    for (at, c) in text.char_indices() {
        if previous_space && at > 0 {
            let mut chars = text[at..].chars();
            let first = chars.next().unwrap_or(' ');
            let second = chars.next().unwrap_or(' ');
            if (first.is_uppercase() && second.is_lowercase()) || first.is_ascii_digit() {
                starts.push(at);
            }
        }
        previous_space = c.is_whitespace();
    }
    starts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_table_copied_one_cell_per_line_gets_its_columns_back() {
        let nap = [
            "Duur",
            "Effect",
            "5 minuten",
            "nauwelijks verschil",
            "10 minuten",
            "direct fitter, ongeveer drie uur lang",
            "30 minuten",
            "eerst suf, daarna langer fitter",
        ];
        let (header, rows) = one_cell_per_line(&nap).unwrap_or_default();
        assert_eq!(header, ["Duur", "Effect"]);
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[2], ["30 minuten", "eerst suf, daarna langer fitter"]);
        let kinds = [
            "Soort",
            "Voorbeeld",
            "Kenmerk",
            "Insomnie",
            "Moeite met doorslapen",
            "Drie nachten per week of vaker slecht slapen",
            "Ademhalingsstoornis",
            "Slaapapneu",
            "Luid snurken en ademstops",
            "Ritmestoornis",
            "Ploegendienst",
            "Slaap-waakritme verschoven",
        ];
        let (header, rows) = one_cell_per_line(&kinds).unwrap_or_default();
        assert_eq!(header, ["Soort", "Voorbeeld", "Kenmerk"]);
        assert_eq!(
            rows[0],
            [
                "Insomnie",
                "Moeite met doorslapen",
                "Drie nachten per week of vaker slecht slapen"
            ]
        );
    }

    #[test]
    fn a_list_copied_one_item_per_line_is_no_table() {
        let foods = [
            "Avocado",
            "Noten",
            "Zaden",
            "Spinazie",
            "Bananen",
            "Havermout",
            "Peulvruchten",
            "Cacao",
        ];
        assert_eq!(one_cell_per_line(&foods), None);
        // Numbers in the header: no header, so no table.
        let doses = [
            "0-6 maanden",
            "10 microgram",
            "1-3 jaar",
            "10 microgram",
            "4-8 jaar",
            "10 microgram",
            "70+",
            "20 microgram",
        ];
        assert_eq!(one_cell_per_line(&doses), None);
    }
    use crate::commands::import::lines::split;

    const SEED_TABLE: &str = "Signaalcluster Vitamine D-tekort (typisch) Magnesiumtekort (typisch) Overlap en duiding
Spieren en zenuwen Proximale spierzwakte, diffuse spierpijn; traag herstel; soms krampen bij hypocalciëmie. Spierkrampen en trillingen; verhoogde prikkelbaarheid; tintelingen/gevoelloosheid. Beide: spierklachten. D: vooral zwakte/pijn; Mg: vooral kramp, tintelingen en fasciculaties.
Hart en bloedvaten Geen specifiek acuut symptoom; mogelijk verband met hogere bloeddruk. Hartkloppingen/overslagen; bij ernstig tekort ritmestoornissen; mogelijk hogere bloeddruk. Beide kunnen bloeddruk beïnvloeden; duidelijke ritmestoornissen wijzen eerder op Mg-tekort.
Laboratorium-aanwijzingen 25(OH)D verlaagd; calcium vaak normaal/laag. Serum magnesium laag. Hypocalciëmie kan bij beide.

Kernboodschap: dit is geen rij.";

    #[test]
    fn infers_the_columns_of_a_flattened_table() {
        let lines = split(SEED_TABLE);
        let Some(Found::Table {
            header,
            rows,
            lines,
            notes,
        }) = flattened(&lines, &[])
        else {
            panic!("expected a table");
        };
        assert_eq!(
            header,
            [
                "Signaalcluster",
                "Vitamine D-tekort (typisch)",
                "Magnesiumtekort (typisch)",
                "Overlap en duiding"
            ]
        );
        assert_eq!(lines, 4);
        assert_eq!(rows[0][0], "Spieren en zenuwen");
        assert_eq!(
            rows[0][3],
            "Beide: spierklachten. D: vooral zwakte/pijn; Mg: vooral kramp, tintelingen en fasciculaties."
        );
        assert_eq!(rows[1][0], "Hart en bloedvaten");
        assert_eq!(rows[2][0], "Laboratorium-aanwijzingen");
        assert_eq!(rows[2][1], "25(OH)D verlaagd; calcium vaak normaal/laag.");
        assert_eq!(notes.len(), 1);
    }

    #[test]
    fn a_table_cut_short_is_not_a_table() {
        let text = "Naam Eerste kolom Tweede kolom\nRij een Zin een. Zin twee.\nRij twee Zin drie. Zin vier.\n";
        assert_eq!(flattened(&split(text), &[]), None);
    }

    #[test]
    fn a_header_that_does_not_split_is_reported_as_unclear() {
        let text = "Alles in een kop\nRij een Zin een. Zin twee.\nRij twee Zin drie. Zin vier.\nRij drie Zin vijf. Zin zes.\n";
        assert!(matches!(
            flattened(&split(text), &[]),
            Some(Found::Unclear { .. })
        ));
    }

    #[test]
    fn ordinary_paragraphs_are_not_rows() {
        let text = "Gamma aminoboterzuur (GABA)\nGABA is een neurotransmitter die signalen afremt. Het kalmeert.\nOnze hersenen maken GABA aan uit glutamaat. De balans is belangrijk.\n";
        assert_eq!(flattened(&split(text), &[]), None);
    }
}
