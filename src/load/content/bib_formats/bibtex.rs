//! Reading BibTeX and BibLaTeX files (`.bib`), as Zotero, JabRef or Better BibTeX export them.
//!
//! The `biblatex` crate parses the syntax and resolves LaTeX escapes, braces and `@string`
//! abbreviations; this module maps its entries onto [`Reference`]. The crate stops at the first
//! syntax error in a file, so the file is cut into pieces first, one per `@` that begins a line,
//! and each piece is parsed on its own: a broken entry costs only itself.

use std::collections::HashSet;
use std::ops::Range;
use std::str::FromStr;

use biblatex::{
    Bibliography, Chunk, ChunksExt, Entry, Pair, ParseError, ParseErrorKind, Person,
    RawBibliography, RawEntry, Spanned, Token,
};

use super::{Problem, ReadEntry, plain_text, tidy, vancouver, year_in};
use crate::diagnostics::{Diagnostic, SourceText};
use crate::load::content::front_matter::Date;
use crate::load::content::identifiers::bare_doi;
use crate::load::content::reference::{Author, Note, Reference};

/// Reads a BibTeX/BibLaTeX file. Every problem is a [`Diagnostic`] (code `bibliography`, error)
/// at its line and column; entries that read fine are returned even when others fail. An entry
/// that cannot be parsed, has no citation key or repeats one is left out; an entry with an
/// unreadable `year`, `date` or `urldate` is returned without that value.
pub fn read_bibtex(source: &SourceText) -> (Vec<ReadEntry>, Vec<Diagnostic>) {
    let text = source.text.as_str();
    let mut diagnostics = Vec::new();
    let mut raw_entries = Vec::new();
    let mut abbreviations = Vec::new();
    for piece in pieces(text) {
        match RawBibliography::parse(&text[piece.clone()]) {
            Ok(raw) => {
                for mut entry in raw.entries {
                    shift_entry(&mut entry, piece.start);
                    raw_entries.push(entry);
                }
                for mut pair in raw.abbreviations {
                    shift_pair(&mut pair, piece.start);
                    abbreviations.push(pair);
                }
            }
            Err(error) => {
                let (problem, range) = syntax_problem(text, &piece, &error);
                diagnostics.push(problem.at(source, range));
            }
        }
    }

    let mut keys = HashSet::new();
    let mut entries = Vec::new();
    for raw in raw_entries {
        match read_entry(source, raw, &abbreviations, &mut keys, &mut diagnostics) {
            Ok(entry) => entries.push(entry),
            Err(diagnostic) => diagnostics.push(diagnostic),
        }
    }
    (entries, diagnostics)
}

/// Byte ranges of the pieces of `text` that each start at an `@` beginning a line (after
/// indentation), the first one at the start of the file. Trailing whitespace is left out, so a
/// parser that runs out of text has reached the end of a piece (see [`syntax_problem`]).
fn pieces(text: &str) -> Vec<Range<usize>> {
    let mut starts = vec![0];
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let content = line.trim_start();
        let at = line_start + line.len() - content.len();
        if content.starts_with('@') && at > 0 {
            starts.push(at);
        }
        line_start += line.len();
    }
    starts.push(text.len());
    starts
        .windows(2)
        .map(|pair| {
            let (start, end) = (pair[0], pair[1]);
            start..start + text[start..end].trim_end().len()
        })
        .collect()
}

fn shift(span: &mut Range<usize>, by: usize) {
    span.start += by;
    span.end += by;
}

/// Makes the spans of an entry parsed from a piece of the file count from the file's start.
fn shift_entry(entry: &mut Spanned<RawEntry<'_>>, by: usize) {
    shift(&mut entry.span, by);
    shift(&mut entry.v.key.span, by);
    shift(&mut entry.v.kind.span, by);
    for pair in &mut entry.v.fields {
        shift_pair(pair, by);
    }
}

fn shift_pair(pair: &mut Pair<'_>, by: usize) {
    shift(&mut pair.key.span, by);
    shift(&mut pair.value.span, by);
    for chunk in &mut pair.value.v {
        shift(&mut chunk.span, by);
    }
}

/// What a parser error in `piece` means for an editor, and where to show it.
fn syntax_problem(text: &str, piece: &Range<usize>, error: &ParseError) -> (Problem, Range<usize>) {
    let at = piece.start + error.span.start..piece.start + error.span.end;
    // The parser only runs out of text inside an entry whose braces never close: the place to
    // look is the entry, not the end of it.
    let ran_out = matches!(error.kind, ParseErrorKind::UnexpectedEof)
        || (matches!(error.kind, ParseErrorKind::Expected(_)) && at.start >= piece.end);
    if ran_out {
        let first_line = text[piece.clone()].lines().next().unwrap_or_default();
        return (
            Problem::NotClosed,
            piece.start..piece.start + first_line.len(),
        );
    }
    (problem_of(&error.kind), at)
}

fn problem_of(kind: &ParseErrorKind) -> Problem {
    match kind {
        ParseErrorKind::Expected(token) => Problem::Expected(token_name(*token)),
        ParseErrorKind::Unexpected(token) => Problem::Unexpected(token_name(*token)),
        ParseErrorKind::UnknownAbbreviation(name) => Problem::UnknownAbbreviation(name.clone()),
        ParseErrorKind::MalformedCommand => Problem::MalformedCommand,
        ParseErrorKind::DuplicateKey(key) => Problem::DuplicateKey(key.clone()),
        other => Problem::Syntax(other.to_string()),
    }
}

fn token_name(token: Token) -> &'static str {
    match token {
        Token::Identifier => "a name (an entry type such as article, or a field name)",
        Token::OpeningBrace => "`{`",
        Token::ClosingBrace => "`}`",
        Token::Comma => "`,` (a comma follows the citation key and separates the fields)",
        Token::QuotationMark => "`\"`",
        Token::Equals => "`=` (between a field name and its value)",
        Token::DecimalPoint => "`.`",
    }
}

/// Reads one parsed entry, or says why it cannot be used.
fn read_entry(
    source: &SourceText,
    raw: Spanned<RawEntry<'_>>,
    abbreviations: &[Pair<'_>],
    keys: &mut HashSet<String>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Result<ReadEntry, Diagnostic> {
    let text = source.text.as_str();
    let mut range = raw.span.clone();
    if text.get(range.end..range.end + 1) == Some("}") {
        range.end += 1;
    }
    let key = raw.v.key.v.trim().to_string();
    if key.is_empty() {
        let head = range.start..raw.v.key.span.end;
        return Err(Problem::MissingKey.at(source, head));
    }
    if !keys.insert(key.clone()) {
        return Err(Problem::DuplicateKey(key).at(source, raw.v.key.span.clone()));
    }
    let kind = raw.v.kind.v.to_ascii_lowercase();
    let field_spans: Vec<(String, Range<usize>)> = raw
        .v
        .fields
        .iter()
        .map(|pair| (pair.key.v.to_ascii_lowercase(), pair.value.span.clone()))
        .collect();
    // Resolved one entry at a time, so an unknown abbreviation or a bad command costs only its
    // own entry.
    let resolved = Bibliography::from_raw(RawBibliography {
        preamble: String::new(),
        entries: vec![raw],
        abbreviations: abbreviations.to_vec(),
    })
    .map_err(|error| problem_of(&error.kind).at(source, error.span.clone()))?;
    let Some(entry) = resolved.into_iter().next() else {
        return Err(Problem::Syntax("the entry could not be read".to_string()).at(source, range));
    };
    let fields = Fields {
        entry: &entry,
        spans: &field_spans,
        source,
    };
    let reference = fields.reference(key, &kind, diagnostics);
    Ok(ReadEntry { reference, range })
}

/// The fields of one resolved entry, with where each stands in the file.
struct Fields<'a> {
    entry: &'a Entry,
    spans: &'a [(String, Range<usize>)],
    source: &'a SourceText,
}

impl Fields<'_> {
    /// The field's text as written, LaTeX and rich-text markup made plain and whitespace tidied.
    fn text(&self, name: &str) -> Option<String> {
        let chunks = self.entry.get(name)?;
        // Joined before the commands are read: a command's argument can span several chunks.
        let joined: String = chunks
            .iter()
            .map(|chunk| match &chunk.v {
                Chunk::Math(math) => plain_text::from_math(math),
                Chunk::Normal(text) | Chunk::Verbatim(text) => text.clone(),
            })
            .collect();
        tidy(&plain_text::without_tags(&plain_text::from_latex(&joined)))
    }

    /// A field that biblatex keeps verbatim or that holds an identifier: only the backslash
    /// escapes of LaTeX special characters are removed.
    fn identifier(&self, name: &str) -> Option<String> {
        self.entry
            .get(name)
            .and_then(|chunks| tidy(&plain_text::unescaped(&chunks.format_verbatim())))
    }

    /// The first of `names` that the entry has.
    fn first(&self, names: &[&str]) -> Option<String> {
        names.iter().find_map(|name| self.text(name))
    }

    fn span(&self, name: &str) -> Range<usize> {
        self.spans
            .iter()
            .find(|(field, _)| field == name)
            .map_or(0..0, |(_, span)| span.clone())
    }

    fn reference(&self, id: String, kind: &str, diagnostics: &mut Vec<Diagnostic>) -> Reference {
        let url = self.identifier("url");
        let eprint_is_pubmed = self
            .text("eprinttype")
            .is_some_and(|kind| kind.eq_ignore_ascii_case("pubmed"));
        let pmid = self.text("pmid").or_else(|| {
            eprint_is_pubmed
                .then(|| self.identifier("eprint"))
                .flatten()
        });
        Reference {
            id,
            title: self.title(),
            authors: self.authors(),
            year: self.year(diagnostics),
            container: self.first(&["journal", "journaltitle", "booktitle"]),
            publisher: self.first(&["publisher", "institution", "organization"]),
            volume: self.text("volume"),
            issue: self.first(&["number", "issue"]),
            // `--` in a page range reads as an en dash; the site writes ranges with a hyphen.
            pages: self.text("pages").map(|p| p.replace(['–', '—'], "-")),
            doi: self.identifier("doi").map(|doi| bare_doi(&doi)),
            pmid,
            pmcid: self.identifier("pmcid"),
            isbn: self.identifier("isbn"),
            accessed: self.accessed(diagnostics),
            note: self.text("note").map(Note::Text),
            kind: Some(csl_kind(kind, url.is_some()).to_string()),
            url,
            // Neither format has a field for them: the level is inferred, like any entry's.
            level: None,
            conflicts: None,
        }
    }

    /// `title`, with a BibLaTeX `subtitle` after a colon.
    fn title(&self) -> Option<String> {
        let title = self.text("title");
        match (title, self.text("subtitle")) {
            (Some(title), Some(subtitle)) if title.ends_with(['?', '!', '.', ':']) => {
                Some(format!("{title} {subtitle}"))
            }
            (Some(title), Some(subtitle)) => Some(format!("{title}: {subtitle}")),
            (title, _) => title,
        }
    }

    fn authors(&self) -> Vec<Author> {
        let Some(chunks) = self.entry.get("author") else {
            return Vec::new();
        };
        // Parsing names cannot fail: any text is some name.
        let people: Vec<Person> = chunks.parse().unwrap_or_default();
        people
            .iter()
            .filter(|person| !person.name.trim().is_empty())
            .map(|person| {
                // `and others` is how BibTeX writes a list cut short.
                if person.name == "others" && person.given_name.is_empty() {
                    "et al.".to_string()
                } else {
                    vancouver(
                        &person.prefix,
                        &person.name,
                        &person.given_name,
                        &person.suffix,
                    )
                }
            })
            .map(Author::from)
            .collect()
    }

    /// `year`, or else the year of BibLaTeX's `date`.
    fn year(&self, diagnostics: &mut Vec<Diagnostic>) -> Option<i32> {
        let (field, value) = [("year", self.text("year")), ("date", self.text("date"))]
            .into_iter()
            .find_map(|(field, value)| value.map(|value| (field, value)))?;
        let year = year_in(&value);
        if year.is_none() {
            diagnostics.push(Problem::BadYear { field, value }.at(self.source, self.span(field)));
        }
        year
    }

    /// `urldate`, the day a web page was consulted.
    fn accessed(&self, diagnostics: &mut Vec<Diagnostic>) -> Option<Date> {
        let value = self.identifier("urldate")?;
        match Date::from_str(&value) {
            Ok(date) => Some(date),
            Err(_) => {
                let problem = Problem::BadDate {
                    field: "urldate",
                    value,
                };
                diagnostics.push(problem.at(self.source, self.span("urldate")));
                None
            }
        }
    }
}

/// The CSL name of a BibTeX entry type, so references read from either format say the same.
fn csl_kind(bibtex_type: &str, has_url: bool) -> &str {
    match bibtex_type {
        "article" => "article-journal",
        "online" | "electronic" | "www" => "webpage",
        "misc" if has_url => "webpage",
        "report" | "techreport" => "report",
        "inbook" | "incollection" => "chapter",
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::Position;

    fn read(text: &str) -> (Vec<ReadEntry>, Vec<Diagnostic>) {
        read_bibtex(&SourceText::new("content/bronnen.bib", text.to_string()))
    }

    fn position(d: &Diagnostic) -> Position {
        Position {
            line: d.line,
            column: d.column,
        }
    }

    /// Three real publications as Zotero's "Export → BibTeX" writes them.
    const ZOTERO: &str = r"
@article{uwitonze_role_2018,
	title = {Role of {Magnesium} in {Vitamin} {D} {Activation} and {Function}},
	volume = {118},
	issn = {0098-6151},
	doi = {10.7556/jaoa.2018.037},
	language = {eng},
	number = {3},
	journal = {The Journal of the American Osteopathic Association},
	author = {Uwitonze, Anne Marie and Razzaque, Mohammed S.},
	month = mar,
	year = {2018},
	pmid = {29480918},
	pages = {181--189},
}

@article{dai_magnesium_2018,
	title = {Magnesium status and supplementation influence vitamin {D} status and metabolism: results from a randomized trial},
	volume = {108},
	issn = {0002-9165},
	shorttitle = {Magnesium status and supplementation influence vitamin {D} status and metabolism},
	doi = {10.1093/ajcn/nqy274},
	language = {eng},
	number = {6},
	journal = {The American Journal of Clinical Nutrition},
	author = {Dai, Qi and Zhu, Xiangzhu and Manson, JoAnn E. and Song, Yiqing and Li, Xingnan and Franke, Adrian A. and Costello, Rebecca B. and Rosanoff, Andrea and Nian, Hui and Fan, Lei and Murff, Harvey and Ness, Reid M. and Seidner, Douglas L. and Yu, Chang and Shrubsole, Martha J.},
	month = dec,
	year = {2018},
	pmid = {30541089},
	pmcid = {PMC6693398},
	pages = {1249--1258},
}

@misc{gezondheidsraad_evaluatie_2012,
	title = {Evaluatie van de voedingsnormen voor vitamine {D}},
	url = {https://www.gezondheidsraad.nl/documenten/adviezen/2012/09/26/evaluatie-van-de-voedingsnormen-voor-vitamine-d},
	language = {nl},
	urldate = {2025-11-13},
	author = {{Gezondheidsraad}},
	month = sep,
	year = {2012},
}
";

    #[test]
    fn reads_a_zotero_export() -> crate::TestResult {
        let (entries, diagnostics) = read(ZOTERO);
        assert_eq!(diagnostics, vec![]);
        assert_eq!(entries.len(), 3);

        assert_eq!(entries[0].reference, super::super::uwitonze_2018());
        assert!(ZOTERO[entries[0].range.clone()].starts_with("@article{uwitonze_role_2018,"));
        assert!(ZOTERO[entries[0].range.clone()].ends_with("pages = {181--189},\n}"));

        let dai = &entries[1].reference;
        assert_eq!(dai.id, "dai_magnesium_2018");
        assert_eq!(
            dai.title.as_deref(),
            Some(
                "Magnesium status and supplementation influence vitamin D status and \
                 metabolism: results from a randomized trial"
            )
        );
        super::super::assert_is_dai_2018(dai);
        assert_eq!(
            dai.container.as_deref(),
            Some("The American Journal of Clinical Nutrition")
        );
        assert_eq!(dai.doi.as_deref(), Some("10.1093/ajcn/nqy274"));

        assert_eq!(entries[2].reference, super::super::gezondheidsraad_2012()?);
        Ok(())
    }

    #[test]
    fn reads_a_biblatex_export() -> crate::TestResult {
        // The same work as Zotero's "Export → BibLaTeX" writes it: `journaltitle`, `date`, and
        // the PubMed id as an eprint.
        let (entries, diagnostics) = read(
            "@article{dai_magnesium_2018,\n\
             \ttitle = {Magnesium status and supplementation influence vitamin {D} status and metabolism: results from a randomized trial},\n\
             \tvolume = {108},\n\
             \tdoi = {https://doi.org/10.1093/ajcn/nqy274},\n\
             \tnumber = {6},\n\
             \tjournaltitle = {The American Journal of Clinical Nutrition},\n\
             \tauthor = {Dai, Qi and Zhu, Xiangzhu and Manson, JoAnn E. and others},\n\
             \tdate = {2018-12-01},\n\
             \teprinttype = {pubmed},\n\
             \teprint = {30541089},\n\
             \tpages = {1249--1258},\n\
             }\n",
        );
        assert_eq!(diagnostics, vec![]);
        let dai = &entries[0].reference;
        assert_eq!(dai.year, Some(2018));
        assert_eq!(
            dai.container.as_deref(),
            Some("The American Journal of Clinical Nutrition")
        );
        assert_eq!(dai.doi.as_deref(), Some("10.1093/ajcn/nqy274"));
        assert_eq!(dai.pmid.as_deref(), Some("30541089"));
        assert_eq!(dai.authors, ["Dai Q", "Zhu X", "Manson JE", "et al."]);
        Ok(())
    }

    #[test]
    fn particles_stay_in_front_of_the_family_name() -> crate::TestResult {
        // Made-up names: only the way they are written matters here.
        let (entries, diagnostics) = read(
            "@book{a, author = {{de Vries}, Jan and Vries, Jan de and de Vries, Jan and \
             Jan de Vries and van den Berg, Hanna}, title = {X}, year = 2020}",
        );
        assert_eq!(diagnostics, vec![]);
        assert_eq!(
            entries[0].reference.authors,
            [
                "de Vries J",
                "de Vries J",
                "de Vries J",
                "de Vries J",
                "van den Berg H"
            ]
        );
        assert_eq!(entries[0].reference.kind.as_deref(), Some("book"));
        Ok(())
    }

    #[test]
    fn latex_escapes_and_formatting_are_resolved() -> crate::TestResult {
        let (entries, diagnostics) = read(
            "@incollection{m, author = {M{\\\"u}ller, Jean-Pierre and M\\\"uller, J{\\\"o}rg},\n\
             title = {{\\\"U}ber \\textit{in vivo} $\\alpha$-{Tocopherol} \\& {Magnesium} -- eine {\\'E}tude},\n\
             url = {https://example.org/a\\_b?q=1\\%20},\n\
             booktitle = {Ern\\\"ahrung}, year = {2021}}",
        );
        assert_eq!(diagnostics, vec![]);
        let reference = &entries[0].reference;
        assert_eq!(reference.authors, ["Müller J-P", "Müller J"]);
        assert_eq!(
            reference.title.as_deref(),
            Some("Über in vivo α-Tocopherol & Magnesium – eine Étude")
        );
        assert_eq!(reference.container.as_deref(), Some("Ernährung"));
        assert_eq!(
            reference.url.as_deref(),
            Some("https://example.org/a_b?q=1%20")
        );
        assert_eq!(reference.kind.as_deref(), Some("chapter"));
        Ok(())
    }

    #[test]
    fn a_syntax_error_is_reported_at_its_line_and_column() -> crate::TestResult {
        // The comma after `year` is missing: the parser stops where it wanted one.
        let (entries, diagnostics) = read(
            "@article{a,\n  title = {A},\n  year = {2018}\n  pages = {1--2},\n}\n\
             @article{b,\n  title = {B},\n}\n",
        );
        assert_eq!(diagnostics.len(), 1);
        let d = &diagnostics[0];
        assert_eq!(d.code, "bibliography");
        assert_eq!(d.severity, crate::diagnostics::Severity::Error);
        assert_eq!(position(d), Position { line: 4, column: 3 });
        assert!(d.message.contains("expected `,`"), "{}", d.message);
        assert_eq!(entries.len(), 1);
        assert_eq!(entries[0].reference.id, "b");
        Ok(())
    }

    #[test]
    fn a_bad_entry_does_not_lose_the_good_ones() -> crate::TestResult {
        // Entry `b` never closes its title; `c` has an unknown abbreviation, `d` repeats `a`'s
        // key and the last one has none.
        let text = "@article{a, title = {A}, year = {2018}}\n\
                    @article{b,\n  title = {B,\n  year = {2019},\n}\n\
                    @article{c, journal = jams, year = {2020}}\n\
                    @article{a, title = {A again}}\n\
                    @article{, title = {Nameless}}\n\
                    @article{e, title = {E}, year = {2021}}\n";
        let (entries, diagnostics) = read(text);
        let ids: Vec<&str> = entries.iter().map(|e| e.reference.id.as_str()).collect();
        assert_eq!(ids, ["a", "e"]);
        let found: Vec<(usize, usize, &str)> = diagnostics
            .iter()
            .map(|d| (d.line, d.column, d.message.as_str()))
            .collect();
        assert_eq!(found.len(), 4, "{found:#?}");
        assert_eq!((found[0].0, found[0].1), (2, 1));
        assert!(found[0].2.contains("never closed"), "{}", found[0].2);
        assert_eq!((found[1].0, found[1].1), (6, 23));
        assert!(found[1].2.contains("unknown abbreviation \"jams\""));
        assert_eq!((found[2].0, found[2].1), (7, 10));
        assert!(found[2].2.contains("\"a\" is used for more than one entry"));
        assert_eq!((found[3].0, found[3].1), (8, 1));
        assert!(found[3].2.contains("no citation key"));
        Ok(())
    }

    #[test]
    fn unreadable_years_and_dates_are_reported_and_left_out() -> crate::TestResult {
        let (entries, diagnostics) = read(
            "@online{w,\n  title = {W},\n  url = {https://example.org/},\n  \
             year = {in press},\n  urldate = {13-11-2025},\n}\n",
        );
        assert_eq!(entries.len(), 1);
        assert_eq!(entries[0].reference.year, None);
        assert_eq!(entries[0].reference.accessed, None);
        assert_eq!(entries[0].reference.kind.as_deref(), Some("webpage"));
        let found: Vec<(usize, usize)> = diagnostics.iter().map(|d| (d.line, d.column)).collect();
        assert_eq!(found, [(4, 10), (5, 13)]);
        Ok(())
    }

    #[test]
    fn entry_types_become_csl_types() -> crate::TestResult {
        assert_eq!(csl_kind("misc", false), "misc");
        assert_eq!(csl_kind("misc", true), "webpage");
        assert_eq!(csl_kind("techreport", false), "report");
        assert_eq!(csl_kind("inbook", false), "chapter");
        assert_eq!(csl_kind("thesis", false), "thesis");
        Ok(())
    }
}
