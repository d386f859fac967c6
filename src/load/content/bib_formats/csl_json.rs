//! Reading CSL-JSON files (`.json`): an array of items, as Zotero's "Export → CSL JSON" and
//! Better CSL JSON write them.
//!
//! The file is parsed in two steps so that every problem has a place: first into the array's
//! items as raw text (which `serde_json` borrows from the file, so each item's position is
//! known), then each item into its fields, again as raw text, so a field of the wrong shape is
//! reported at its own value and the other fields and items are still read.

use std::collections::{BTreeMap, HashSet};
use std::ops::Range;
use std::str::FromStr;

use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_json::Value;
use serde_json::value::RawValue;

use super::{Problem, ReadEntry, plain_text, tidy, vancouver, year_in};
use crate::diagnostics::{Diagnostic, SourceText};
use crate::load::content::front_matter::Date;
use crate::load::content::identifiers::bare_doi;
use crate::load::content::reference::{Author, Note, Reference};

/// Reads a CSL-JSON file (an array of items, as Zotero's "Export → CSL JSON"). Every problem is
/// a [`Diagnostic`] (code `bibliography`, error) at its line and column; items that read fine are
/// returned even when others fail. An item that is not an object, has no usable `"id"` or
/// repeats one is left out; a field of the wrong shape is reported and left out of its item.
pub fn read_csl_json(source: &SourceText) -> (Vec<ReadEntry>, Vec<Diagnostic>) {
    let text = source.text.as_str();
    // serde_json does not skip a byte-order mark, which some editors write.
    let body = text.strip_prefix('\u{feff}').unwrap_or(text);
    let items: Vec<&RawValue> = match serde_json::from_str(body) {
        Ok(items) => items,
        Err(error) => return (Vec::new(), vec![file_problem(source, body, &error)]),
    };

    let mut diagnostics = Vec::new();
    let mut ids = HashSet::new();
    let mut entries = Vec::new();
    for (index, raw) in items.into_iter().enumerate() {
        let range = span_in(text, raw.get());
        // Keys own their text (they may hold escapes); values stay borrowed from the file.
        let Ok(fields) = serde_json::from_str::<BTreeMap<String, &RawValue>>(raw.get()) else {
            diagnostics.push(Problem::NotAnObject(index + 1).at(source, range));
            continue;
        };
        let item = Item {
            fields,
            text,
            source,
        };
        let Some(id) = item.id(index + 1, &range, &mut diagnostics) else {
            continue;
        };
        if !ids.insert(id.clone()) {
            let at = item.span("id");
            diagnostics.push(Problem::DuplicateKey(id).at(source, at));
            continue;
        }
        let reference = item.reference(id, &mut diagnostics);
        entries.push(ReadEntry { reference, range });
    }
    (entries, diagnostics)
}

/// The problem with a file that is not a JSON array, at the place serde_json names.
fn file_problem(source: &SourceText, body: &str, error: &serde_json::Error) -> Diagnostic {
    let bom = source.text.len() - body.len();
    if error.is_data() {
        let first = body.len() - body.trim_start().len();
        return Problem::NotAnArray.at(source, bom + first..bom + first);
    }
    // serde_json counts lines from 1 and columns in bytes from 1; running out of text is best
    // shown where the text ends.
    let offset = if error.is_eof() {
        body.trim_end().len()
    } else {
        let line_start: usize = body
            .split_inclusive('\n')
            .take(error.line().saturating_sub(1))
            .map(str::len)
            .sum();
        (line_start + error.column().saturating_sub(1)).min(body.len())
    };
    let message = error.to_string();
    let position = format!(" at line {} column {}", error.line(), error.column());
    let message = message.strip_suffix(&position).unwrap_or(&message);
    Problem::JsonSyntax(message.to_string()).at(source, bom + offset..bom + offset)
}

/// The byte range of `inner`, a slice borrowed from `outer`, within `outer`.
fn span_in(outer: &str, inner: &str) -> Range<usize> {
    // serde_json hands out raw values as slices of the text it parses, so their addresses say
    // where they are.
    let start = (inner.as_ptr() as usize).checked_sub(outer.as_ptr() as usize);
    match start {
        Some(start) if start + inner.len() <= outer.len() => start..start + inner.len(),
        _ => 0..0,
    }
}

/// One item's fields, each as the raw text of its value.
struct Item<'a> {
    fields: BTreeMap<String, &'a RawValue>,
    text: &'a str,
    source: &'a SourceText,
}

/// A CSL name: a person in parts, or an organisation as a literal.
#[derive(Deserialize)]
struct Name {
    family: Option<String>,
    given: Option<String>,
    literal: Option<String>,
    #[serde(rename = "non-dropping-particle")]
    non_dropping_particle: Option<String>,
    #[serde(rename = "dropping-particle")]
    dropping_particle: Option<String>,
    suffix: Option<String>,
}

/// A CSL date: `{"date-parts": [[2018, 3, 1]]}`, or text in `raw` or `literal`.
#[derive(Deserialize)]
struct CslDate {
    #[serde(rename = "date-parts")]
    date_parts: Option<Vec<Vec<DatePart>>>,
    raw: Option<String>,
    literal: Option<String>,
}

/// One number of a date; Zotero writes the year as a string.
#[derive(Deserialize)]
#[serde(untagged)]
enum DatePart {
    Number(i64),
    Text(String),
}

impl DatePart {
    fn value(&self) -> Option<i64> {
        match self {
            DatePart::Number(n) => Some(*n),
            DatePart::Text(s) => s.trim().parse().ok(),
        }
    }

    fn as_text(&self) -> String {
        match self {
            DatePart::Number(n) => n.to_string(),
            DatePart::Text(s) => s.clone(),
        }
    }
}

impl Item<'_> {
    fn span(&self, field: &str) -> Range<usize> {
        self.fields
            .get(field)
            .map_or(0..0, |raw| span_in(self.text, raw.get()))
    }

    /// The `"id"`, a string or a number; `item` is its 1-based place in the file.
    fn id(
        &self,
        item: usize,
        range: &Range<usize>,
        diagnostics: &mut Vec<Diagnostic>,
    ) -> Option<String> {
        let Some(raw) = self.fields.get("id") else {
            diagnostics.push(Problem::MissingId(item).at(self.source, range.clone()));
            return None;
        };
        let id = match serde_json::from_str::<Value>(raw.get()) {
            Ok(Value::String(s)) => s.trim().to_string(),
            Ok(Value::Number(n)) => n.to_string(),
            _ => String::new(),
        };
        if id.is_empty() {
            diagnostics.push(Problem::BadId.at(self.source, self.span("id")));
            return None;
        }
        Some(id)
    }

    /// A field read as `T`, or reported as not being `expected`. A missing field or `null` is
    /// `None`.
    fn value<T: DeserializeOwned>(
        &self,
        field: &str,
        expected: &'static str,
        diagnostics: &mut Vec<Diagnostic>,
    ) -> Option<T> {
        let raw = self.fields.get(field)?;
        match serde_json::from_str::<Option<T>>(raw.get()) {
            Ok(value) => value,
            Err(_) => {
                let problem = Problem::BadField {
                    field: field.to_string(),
                    expected,
                };
                diagnostics.push(problem.at(self.source, self.span(field)));
                None
            }
        }
    }

    fn string(&self, field: &str, diagnostics: &mut Vec<Diagnostic>) -> Option<String> {
        self.value::<String>(field, "a string", diagnostics)
            .and_then(|s| tidy(&s))
    }

    /// A text field that may hold Zotero's rich-text tags (`<i>…</i>`), made plain.
    fn prose(&self, field: &str, diagnostics: &mut Vec<Diagnostic>) -> Option<String> {
        self.string(field, diagnostics)
            .and_then(|s| tidy(&plain_text::without_tags(&s)))
    }

    /// A field CSL allows as a string or a number, such as `volume` or `PMID`.
    fn number_or_string(&self, field: &str, diagnostics: &mut Vec<Diagnostic>) -> Option<String> {
        match self.value::<Value>(field, "a string or a number", diagnostics)? {
            Value::String(s) => tidy(&s),
            Value::Number(n) => Some(n.to_string()),
            _ => {
                let problem = Problem::BadField {
                    field: field.to_string(),
                    expected: "a string or a number",
                };
                diagnostics.push(problem.at(self.source, self.span(field)));
                None
            }
        }
    }

    fn reference(&self, id: String, diagnostics: &mut Vec<Diagnostic>) -> Reference {
        Reference {
            id,
            title: self.prose("title", diagnostics),
            authors: self.authors(diagnostics),
            year: self.year(diagnostics),
            container: self.prose("container-title", diagnostics),
            publisher: self.prose("publisher", diagnostics),
            volume: self.number_or_string("volume", diagnostics),
            issue: self.number_or_string("issue", diagnostics),
            // The site writes page ranges with a hyphen, whatever dash the library used.
            pages: self
                .number_or_string("page", diagnostics)
                .map(|p| p.replace(['–', '—'], "-")),
            url: self.string("URL", diagnostics),
            doi: self.string("DOI", diagnostics).map(|doi| bare_doi(&doi)),
            pmid: self.number_or_string("PMID", diagnostics),
            pmcid: self.string("PMCID", diagnostics),
            isbn: self.string("ISBN", diagnostics),
            accessed: self.accessed(diagnostics),
            note: self.prose("note", diagnostics).map(Note::Text),
            kind: self.string("type", diagnostics),
            // Neither format has a field for them: the level is inferred, like any entry's.
            level: None,
            conflicts: None,
        }
    }

    fn authors(&self, diagnostics: &mut Vec<Diagnostic>) -> Vec<Author> {
        let Some(raw) = self.fields.get("author") else {
            return Vec::new();
        };
        // Each name stays raw text, so a bad one is reported at its own place.
        let names = match serde_json::from_str::<Option<Vec<&RawValue>>>(raw.get()) {
            Ok(names) => names.unwrap_or_default(),
            Err(_) => {
                let problem = Problem::BadField {
                    field: "author".to_string(),
                    expected: "a list of names",
                };
                diagnostics.push(problem.at(self.source, self.span("author")));
                return Vec::new();
            }
        };
        let mut authors = Vec::new();
        for (index, raw) in names.into_iter().enumerate() {
            let at = span_in(self.text, raw.get());
            let Ok(name) = serde_json::from_str::<Name>(raw.get()) else {
                let problem = Problem::BadField {
                    field: "author".to_string(),
                    expected: "a list of names such as {\"family\": \"Uwitonze\", \"given\": \"Anne Marie\"}",
                };
                diagnostics.push(problem.at(self.source, at));
                continue;
            };
            match author(&name) {
                Some(author) => authors.push(author.into()),
                None => diagnostics.push(Problem::NamelessAuthor(index + 1).at(self.source, at)),
            }
        }
        authors
    }

    /// The year of `issued`: the first of its date parts, or else a year in its text.
    fn year(&self, diagnostics: &mut Vec<Diagnostic>) -> Option<i32> {
        let date: CslDate = self.value("issued", DATE_SHAPE, diagnostics)?;
        let (year, written) = match date.date_parts.as_ref().and_then(|parts| parts.first()) {
            Some(parts) => {
                let first = parts.first();
                (
                    first
                        .and_then(DatePart::value)
                        .and_then(|y| i32::try_from(y).ok())
                        .filter(|y| (1000..=9999).contains(y)),
                    first.map(DatePart::as_text).unwrap_or_default(),
                )
            }
            None => {
                let written = date.raw.or(date.literal).unwrap_or_default();
                (year_in(&written), written)
            }
        };
        if year.is_none() {
            let problem = Problem::BadYear {
                field: "issued",
                value: written,
            };
            diagnostics.push(problem.at(self.source, self.span("issued")));
        }
        year
    }

    /// `accessed`, which must be a whole date.
    fn accessed(&self, diagnostics: &mut Vec<Diagnostic>) -> Option<Date> {
        let date: CslDate = self.value("accessed", DATE_SHAPE, diagnostics)?;
        let written = match date.date_parts.as_ref().and_then(|parts| parts.first()) {
            Some(parts) => match parts
                .iter()
                .map(DatePart::value)
                .collect::<Option<Vec<_>>>()
            {
                Some(numbers) if numbers.len() == 3 => {
                    format!("{:04}-{:02}-{:02}", numbers[0], numbers[1], numbers[2])
                }
                _ => parts
                    .iter()
                    .map(DatePart::as_text)
                    .collect::<Vec<_>>()
                    .join("-"),
            },
            None => date.raw.or(date.literal).unwrap_or_default(),
        };
        match Date::from_str(&written) {
            Ok(date) => Some(date),
            Err(_) => {
                let problem = Problem::BadDate {
                    field: "accessed",
                    value: written,
                };
                diagnostics.push(problem.at(self.source, self.span("accessed")));
                None
            }
        }
    }
}

const DATE_SHAPE: &str = "a date such as {\"date-parts\": [[2018, 3, 1]]}";

/// A CSL name as the site writes it: a literal whole, a person Vancouver style with the
/// particles in front ("de Vries J").
fn author(name: &Name) -> Option<String> {
    if let Some(literal) = name.literal.as_deref().and_then(tidy) {
        return Some(literal);
    }
    let family = name.family.as_deref().and_then(tidy)?;
    let particle = [&name.dropping_particle, &name.non_dropping_particle]
        .into_iter()
        .flatten()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join(" ");
    Some(vancouver(
        &particle,
        &family,
        name.given.as_deref().unwrap_or_default(),
        name.suffix.as_deref().unwrap_or_default(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::Severity;

    fn read(text: &str) -> (Vec<ReadEntry>, Vec<Diagnostic>) {
        read_csl_json(&SourceText::new("content/bronnen.json", text.to_string()))
    }

    /// The three publications of the BibTeX tests as Zotero's "Export → CSL JSON" writes them.
    const ZOTERO: &str = r#"[
	{
		"id": "uwitonze_role_2018",
		"type": "article-journal",
		"container-title": "The Journal of the American Osteopathic Association",
		"DOI": "10.7556/jaoa.2018.037",
		"ISSN": "0098-6151",
		"issue": "3",
		"journalAbbreviation": "J Am Osteopath Assoc",
		"language": "eng",
		"page": "181-189",
		"PMID": "29480918",
		"source": "PubMed",
		"title": "Role of Magnesium in Vitamin D Activation and Function",
		"volume": "118",
		"author": [
			{
				"family": "Uwitonze",
				"given": "Anne Marie"
			},
			{
				"family": "Razzaque",
				"given": "Mohammed S."
			}
		],
		"issued": {
			"date-parts": [
				[
					"2018",
					3,
					1
				]
			]
		}
	},
	{
		"id": "dai_magnesium_2018",
		"type": "article-journal",
		"container-title": "The American Journal of Clinical Nutrition",
		"DOI": "10.1093/ajcn/nqy274",
		"ISSN": "0002-9165",
		"issue": "6",
		"journalAbbreviation": "Am J Clin Nutr",
		"language": "eng",
		"page": "1249-1258",
		"PMCID": "PMC6693398",
		"PMID": "30541089",
		"source": "PubMed",
		"title": "Magnesium status and supplementation influence vitamin D status and metabolism: results from a randomized trial",
		"volume": "108",
		"author": [
			{ "family": "Dai", "given": "Qi" },
			{ "family": "Zhu", "given": "Xiangzhu" },
			{ "family": "Manson", "given": "JoAnn E." },
			{ "family": "Song", "given": "Yiqing" },
			{ "family": "Li", "given": "Xingnan" },
			{ "family": "Franke", "given": "Adrian A." },
			{ "family": "Costello", "given": "Rebecca B." },
			{ "family": "Rosanoff", "given": "Andrea" },
			{ "family": "Nian", "given": "Hui" },
			{ "family": "Fan", "given": "Lei" },
			{ "family": "Murff", "given": "Harvey" },
			{ "family": "Ness", "given": "Reid M." },
			{ "family": "Seidner", "given": "Douglas L." },
			{ "family": "Yu", "given": "Chang" },
			{ "family": "Shrubsole", "given": "Martha J." }
		],
		"issued": { "date-parts": [["2018", 12, 1]] }
	},
	{
		"id": "gezondheidsraad_evaluatie_2012",
		"type": "webpage",
		"language": "nl",
		"title": "Evaluatie van de voedingsnormen voor vitamine D",
		"URL": "https://www.gezondheidsraad.nl/documenten/adviezen/2012/09/26/evaluatie-van-de-voedingsnormen-voor-vitamine-d",
		"author": [ { "literal": "Gezondheidsraad" } ],
		"accessed": { "date-parts": [["2025", 11, 13]] },
		"issued": { "date-parts": [["2012", 9, 26]] }
	}
]
"#;

    #[test]
    fn reads_a_zotero_export() -> crate::TestResult {
        let (entries, diagnostics) = read(ZOTERO);
        assert_eq!(diagnostics, vec![]);
        assert_eq!(entries.len(), 3);

        assert_eq!(entries[0].reference, super::super::uwitonze_2018());
        let first = &ZOTERO[entries[0].range.clone()];
        assert!(first.starts_with("{\n\t\t\"id\": \"uwitonze_role_2018\""));
        assert!(first.ends_with("}\n\t}"));

        let dai = &entries[1].reference;
        super::super::assert_is_dai_2018(dai);

        assert_eq!(entries[2].reference, super::super::gezondheidsraad_2012()?);
        Ok(())
    }

    #[test]
    fn particles_numbers_rich_text_and_raw_dates() -> crate::TestResult {
        // Made-up names: only the way they are written matters here.
        let (entries, diagnostics) = read(
            r#"[{"id": 42, "PMID": 12345, "volume": 7, "page": "1–9",
                "title": "Vitamin D<sub>3</sub> and <i>in vitro</i> tests",
                "DOI": "https://doi.org/10.1000/xyz",
                "author": [
                  {"family": "Vries", "given": "Jan", "non-dropping-particle": "de"},
                  {"family": "Vries", "given": "Jan", "dropping-particle": "de"},
                  {"family": "Müller", "given": "Jean-Pierre", "suffix": "Jr."}],
                "issued": {"raw": "March 2020"}}]"#,
        );
        assert_eq!(diagnostics, vec![]);
        let reference = &entries[0].reference;
        assert_eq!(reference.id, "42");
        assert_eq!(
            reference.title.as_deref(),
            Some("Vitamin D₃ and in vitro tests")
        );
        assert_eq!(reference.pmid.as_deref(), Some("12345"));
        assert_eq!(reference.volume.as_deref(), Some("7"));
        assert_eq!(reference.pages.as_deref(), Some("1-9"));
        assert_eq!(reference.doi.as_deref(), Some("10.1000/xyz"));
        assert_eq!(reference.year, Some(2020));
        assert_eq!(
            reference.authors,
            ["de Vries J", "de Vries J", "Müller J-P Jr"]
        );
        Ok(())
    }

    #[test]
    fn a_syntax_error_is_reported_at_its_line_and_column() -> crate::TestResult {
        // "é" is two bytes but one column: the position counts characters.
        let (entries, diagnostics) = read("[\n  {\"id\": \"é\", \"title\": \"A\" \"x\": 1}\n]\n");
        assert!(entries.is_empty());
        assert_eq!(diagnostics.len(), 1);
        let d = &diagnostics[0];
        assert_eq!((d.code, d.severity), ("bibliography", Severity::Error));
        assert_eq!((d.line, d.column), (2, 28));
        assert_eq!(d.message, "not valid JSON: expected `,` or `}`");
        Ok(())
    }

    #[test]
    fn a_file_cut_short_is_reported_at_its_end() -> crate::TestResult {
        let (_, diagnostics) = read("\u{feff}[\n  {\"id\": \"a\"},\n  {\"id\": \"b\"\n");
        assert_eq!(
            diagnostics
                .iter()
                .map(|d| (d.line, d.column))
                .collect::<Vec<_>>(),
            [(3, 13)]
        );
        let (_, diagnostics) = read("{\"items\": []}");
        assert!(diagnostics[0].message.contains("must be an array"));
        Ok(())
    }

    #[test]
    fn bad_items_are_reported_and_the_others_kept() -> crate::TestResult {
        let text = "[\n\
                    {\"id\": \"a\", \"title\": \"A\"},\n\
                    {\"title\": \"no id\"},\n\
                    \"not an item\",\n\
                    {\"id\": \"a\", \"title\": \"A again\"},\n\
                    {\"id\": \"b\", \"title\": 5, \"issued\": {\"date-parts\": [[\"soon\"]]},\n\
                    \x20\"accessed\": {\"date-parts\": [[2025, 11]]}, \"author\": [{\"given\": \"X\"}]},\n\
                    {\"id\": \"\"}\n\
                    ]";
        let (entries, diagnostics) = read(text);
        let ids: Vec<&str> = entries.iter().map(|e| e.reference.id.as_str()).collect();
        assert_eq!(ids, ["a", "b"]);
        assert_eq!(entries[1].reference.title, None);
        let found: Vec<(usize, usize, String)> = diagnostics
            .iter()
            .map(|d| (d.line, d.column, d.message.clone()))
            .collect();
        let expected = [
            (
                3,
                1,
                "item 2 has no \"id\": every item needs one, it is the citation key",
            ),
            (4, 1, "item 3 is not an object {…}"),
            (
                5,
                8,
                "citation key \"a\" is used for more than one entry in this file: only the first is read",
            ),
            (6, 22, "\"title\" must be a string"),
            (7, 55, "author 1 has neither \"family\" nor \"literal\""),
            (6, 35, "issued \"soon\" has no four-digit year"),
            (
                7,
                14,
                "accessed \"2025-11\" is not a date: write it as YYYY-MM-DD, e.g. 2025-11-13",
            ),
            (8, 8, "\"id\" must be a non-empty string or a number"),
        ];
        assert_eq!(
            found,
            expected
                .iter()
                .map(|(l, c, m)| (*l, *c, m.to_string()))
                .collect::<Vec<_>>()
        );
        Ok(())
    }
}
