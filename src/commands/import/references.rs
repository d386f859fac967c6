//! Reference lists, notes and "Bron:" lines, turned into `[[references]]` entries.
//!
//! Entries are numbered lines (`3. Uwitonze, A.M., … https://pubmed…`, `[3] …`, `(3) …`, `³ …`),
//! each optionally followed by description lines that become its `note`; or, without numbers,
//! one entry per line. Identifiers come from the links: a DOI from doi.org addresses, `doi:` or a
//! `10.NNNN/…` path, a PMID from PubMed addresses or `PMID: …`, a PMCID from PubMed Central
//! addresses or `PMCID: PMC…`; other addresses, and bare domains (`www.voedingscentrum.nl`), stay
//! as `url`. Authors, year, title, journal, volume, issue and pages are read from APA-style
//! entries ("Family, I. (2018). Title. Journal, 118(3), 181–189."), Vancouver-style entries
//! ("Family I, Other J. Title. J Abbrev. 2019;28(2):e12345.") and mixtures of the two. Entries for
//! the same work are merged.
//!
//! An author list cut short ("Deng, X. et al.") lists the authors it names and then "et al." as
//! the source wrote it: the report asks for the others, which only the source knows, and
//! `kennis check` keeps asking (incomplete-reference) until an editor gives them.
//!
//! [`find`] finds the lists, notes and "Bron:" lines wherever they stand; [`cite`] turns the note
//! markers in the body, and "Bron:" lines under a paragraph, into citations.

pub mod cite;
pub mod find;

mod authors;
mod identifiers;
mod works;

use std::sync::LazyLock;

use regex::{Captures, Regex};

use super::lines::Line;
use super::markers::{Citation, Markers, strip_prefix_ignore_case};
use super::report::{Report, quote};
use super::text::{pattern, sentences, urls, word_count};
use crate::load::content::reference::{Author, Note, Reference};
use authors::authors;
pub use identifiers::bare_domain;
use identifiers::take_identifiers;
use works::{UniqueIds, Works, base_id, merge, shared_identifier};

/// An entry longer than this many words that fits no citation style is reported for review.
const LONG_UNREAD_ENTRY_WORDS: usize = 12;

/// "3. …", "3) …", "[3] …", "(3) …", "³ …": a numbered entry. A digit after the dot is no
/// number but a DOI ("10.1007/…") or a decimal.
static NUMBERED: LazyLock<Regex> = LazyLock::new(|| {
    pattern(r"^(?:\[(\d{1,3})\]|\((\d{1,3})\)|(\d{1,3})[.)]|([¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3}))\s*(\D.*)$")
});
static BULLET: LazyLock<Regex> = LazyLock::new(|| pattern(r"^[-•–*·▪]\s+"));
/// "Authors (2018). Rest"
static AUTHOR_YEAR: LazyLock<Regex> =
    LazyLock::new(|| pattern(r"^(?P<authors>.+?)\s*\((?P<year>\d{4})[a-z]?\)\.?\s*(?P<rest>.*)$"));
/// "Journal, 118(3), 181–189"
static APA_ISSUE: LazyLock<Regex> = LazyLock::new(|| {
    pattern(r"^(?P<container>.+?),\s*(?P<volume>\d+)\s*\((?P<issue>[^)]+)\),\s*(?P<pages>.+)$")
});
/// "Journal, 11, 187"
static APA_VOLUME: LazyLock<Regex> =
    LazyLock::new(|| pattern(r"^(?P<container>.+?),\s*(?P<volume>\d+),\s*(?P<pages>.+)$"));
/// An article number written where pages go: "art.nu. 48", "article 48".
static ARTICLE_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| pattern(r"(?i)^art(?:icle|\.)?\s*(?:nu|no|nr|number)?\.?\s*(\S+)$"));
/// Signs that a line is a citation: a year in brackets, a `doi:`, a Vancouver date
/// ("2019;28"), a family name with initials ("Smit, A."), or a Vancouver author list before a
/// title ("Test K. Melatonin …", "Sample D, Test E. Vitamin …").
static CITATION_SIGN: LazyLock<Regex> = LazyLock::new(|| {
    pattern(
        r"\(\d{4}[a-z]?\)|(?i:\bdoi:)|\b\d{4}[^;]{0,16};\s*\d+|^\p{Lu}[\p{L}'’-]+,\s*\p{Lu}\.|^\p{Lu}[\p{L}'’-]+\s\p{Lu}{1,3}(?:,\s*\p{Lu}[\p{L}'’-]+\s\p{Lu}{1,3})*\.\s+\p{Lu}",
    )
});

/// "Example Press; 2010", "2012": what follows the title of a book.
static PUBLISHER_YEAR: LazyLock<Regex> =
    LazyLock::new(|| pattern(r"^(?:(?P<publisher>[^;.]+?)[;,]\s*)?(?P<year>\d{4})$"));

/// The patterns that depend on the language's [`Citation`] data.
struct Patterns {
    /// "Smith J, Jones K, et al. Rest": a Vancouver author list.
    vancouver_authors: Regex,
    /// "Journal. 2024 Oct 13;16(10):e71392", "Journal, Jan-Feb;118(1):68–73".
    vancouver_tail: Regex,
}

impl Patterns {
    fn new(citation: &Citation) -> Patterns {
        let alternatives = |words: &[String]| {
            words
                .iter()
                .map(|w| regex::escape(w.trim_end_matches('.')))
                .collect::<Vec<_>>()
                .join("|")
        };
        let months = alternatives(&citation.months);
        let et_al = alternatives(&citation.et_al);
        let author = r"\p{L}[\p{L}'’\- ]*?\s\p{Lu}{1,4}";
        let et_al_part = if et_al.is_empty() {
            String::new()
        } else {
            format!(r"(?:,?\s*(?:{et_al})\.?)?")
        };
        let month = format!(r"(?:(?:{months})[a-z]*\.?(?:-(?:{months})[a-z]*\.?)?)");
        Patterns {
            vancouver_authors: pattern(&format!(
                r"^(?P<authors>{author}(?:,\s*{author})*{et_al_part})\.\s+(?P<rest>\S.*)$"
            )),
            vancouver_tail: pattern(&format!(
                r"^(?P<container>.+?)[,.]?\s+(?:(?P<year>\d{{4}})\s*)?{month}?(?:\s*\d{{1,2}})?;\s*(?P<volume>\d+)\s*(?:\((?P<issue>[^)]+)\))?(?::\s*(?P<pages>\S+))?$"
            )),
        }
    }
}

/// True when `text` is a heading that may open the reference list: "Bronnen", "Bronnen:".
pub fn is_heading(text: &str, markers: &Markers) -> bool {
    markers.references.iter().any(|marker| {
        strip_prefix_ignore_case(text, marker)
            .is_some_and(|rest| rest.trim().trim_end_matches(':').trim().is_empty())
    })
}

/// True when `text` reads like an entry of a reference list: it has a link or a bare domain, a
/// DOI, a year in brackets, a Vancouver date, a family name with initials or a Vancouver author
/// list, or starts with a known publisher's name. A number or bullet in front is ignored.
pub fn is_reference_like(text: &str, markers: &Markers) -> bool {
    let text = without_entry_number(text);
    !urls(text).is_empty()
        || bare_domain(text, &markers.citation).is_some()
        || CITATION_SIGN.is_match(text)
        || markers.publisher_by_name(text).is_some()
}

/// The number of a numbered entry line ("[3] …", "(3) …", "3. …", "³ …").
pub fn entry_number(text: &str) -> Option<usize> {
    entry_text(text)
        .and_then(|(number, _)| number)
        .and_then(|n| n.parse().ok())
}

/// How many of `lines` (those after a references heading) belong to the reference list: the
/// lines up to the first that is not part of it, so that a list at the top of the text leaves
/// the body under it alone. A numbered list goes on while the numbers go up (blank lines
/// between entries allowed), with the lines right under an entry as its notes; a list without
/// numbers goes on while its lines read like references.
pub fn extent(lines: &[Line], markers: &Markers) -> usize {
    let Some(first) = lines.iter().position(|l| !l.is_blank()) else {
        return 0;
    };
    let numbered = entry_number(&lines[first].text).is_some();
    let mut end = 0;
    let mut last_number = 0;
    for (i, line) in lines.iter().enumerate() {
        if line.is_blank() {
            continue;
        }
        if !numbered {
            if !is_reference_like(&line.text, markers) {
                break;
            }
            end = i + 1;
            continue;
        }
        match entry_number(&line.text) {
            Some(number) if number > last_number => {
                last_number = number;
                end = i + 1;
            }
            // A number that does not go up starts a list of the article.
            Some(_) => break,
            // A line right under an entry (no blank line between) is its note.
            None if end == i => end = i + 1,
            None => break,
        }
    }
    end
}

/// One entry as written, before it is understood.
#[derive(Debug, Clone)]
pub struct Entry {
    /// Its line in the input.
    pub line: usize,
    /// Its number in a numbered list.
    pub number: Option<String>,
    /// Its text, without the number.
    pub text: String,
    /// The lines under it.
    pub notes: Vec<String>,
    /// From a "Bron:" line, where a name alone ("Reuters Health") is the publisher.
    pub from_source_line: bool,
}

/// Reads the reference list (the lines [`extent`] gives) into references.
pub fn parse(lines: &[Line], markers: &Markers, report: &mut Report) -> Vec<Reference> {
    read(&group(lines), markers, report).0
}

/// Reads entries into references, merging those for the same work; also gives, for each entry,
/// the id of the reference it became (so that note markers can cite it).
pub fn read(
    entries: &[Entry],
    markers: &Markers,
    report: &mut Report,
) -> (Vec<Reference>, Vec<String>) {
    let patterns = Patterns::new(&markers.citation);
    let mut references: Vec<Reference> = Vec::new();
    let mut works = Works::default();
    let mut ids = UniqueIds::default();
    let mut given = Vec::new();
    for entry in entries {
        let label = entry
            .number
            .as_ref()
            .map_or_else(|| "reference".to_string(), |n| format!("reference {n}"));
        let mut reference = understand(entry, markers, &patterns, &label, report);
        if let Some(index) = works.find(&reference) {
            let first = &mut references[index];
            report.review(
                entry.line,
                format!(
                    "{label} is the same work as \"{}\" ({}): merged into it",
                    first.id,
                    shared_identifier(first, &reference)
                ),
            );
            if let (Some(other), Some(kept)) = (&reference.title, &first.title)
                && other != kept
            {
                report.review(entry.line, format!("its title is not kept: \"{other}\""));
            }
            // Both descriptions say something about the work: the note keeps them both.
            if let (Some(Note::Text(other)), Some(Note::Text(kept))) =
                (reference.note.take(), &mut first.note)
                && other != *kept
            {
                report.review(
                    entry.line,
                    format!("its note is added to the note of \"{}\"", first.id),
                );
                kept.push(' ');
                kept.push_str(&other);
            }
            merge(first, reference);
            works.add(first, index);
            given.push(first.id.clone());
            continue;
        }
        reference.id = ids.unique(&reference.id);
        if reference.url.is_none()
            && reference.doi.is_none()
            && reference.pmid.is_none()
            && reference.pmcid.is_none()
            && reference.isbn.is_none()
        {
            report.review(
                entry.line,
                format!(
                    "{label} has no link or identifier: add a url, doi, pmid, pmcid or isbn to \"{}\"",
                    reference.id
                ),
            );
        }
        report.recognised(entry.line, format!("{label} → \"{}\"", reference.id));
        works.add(&reference, references.len());
        given.push(reference.id.clone());
        references.push(reference);
    }
    (references, given)
}

/// An entry line without its number ("1. ", "[1] ", "¹ ") or bullet.
pub fn without_entry_number(text: &str) -> &str {
    entry_text(text).map_or(text, |(_, rest)| rest)
}

/// The number (if any) and the text of an entry line, without its number or bullet.
fn entry_text(text: &str) -> Option<(Option<String>, &str)> {
    if let Some(c) = NUMBERED.captures(text) {
        let number = c
            .get(1)
            .or_else(|| c.get(2))
            .or_else(|| c.get(3))
            .map(|m| m.as_str().to_string())
            .or_else(|| c.get(4).map(|m| superscript_digits(m.as_str())));
        let rest = c.get(5).map_or("", |m| m.as_str()).trim();
        return Some((number, rest));
    }
    BULLET.find(text).map(|m| (None, text[m.end()..].trim()))
}

/// "¹²" → "12".
pub fn superscript_digits(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '¹' => '1',
            '²' => '2',
            '³' => '3',
            '⁴' => '4',
            '⁵' => '5',
            '⁶' => '6',
            '⁷' => '7',
            '⁸' => '8',
            '⁹' => '9',
            '⁰' => '0',
            other => other,
        })
        .collect()
}

/// Splits the lines into entries: numbered lines start one and the lines under them are its
/// notes; without numbers, every line is an entry.
fn group(lines: &[Line]) -> Vec<Entry> {
    let numbered = lines.iter().any(|l| NUMBERED.is_match(&l.text));
    let mut entries: Vec<Entry> = Vec::new();
    for line in lines.iter().filter(|l| !l.is_blank()) {
        let parsed = entry_text(&line.text);
        match (numbered, parsed, entries.last_mut()) {
            (true, Some((Some(number), text)), _) => entries.push(Entry {
                line: line.number,
                number: Some(number),
                text: text.to_string(),
                notes: Vec::new(),
                from_source_line: false,
            }),
            (true, _, Some(last)) => last.notes.push(line.text.clone()),
            (_, parsed, _) => entries.push(Entry {
                line: line.number,
                number: None,
                text: parsed
                    .map_or(line.text.as_str(), |(_, text)| text)
                    .to_string(),
                notes: Vec::new(),
                from_source_line: false,
            }),
        }
    }
    entries
}

/// Reads one entry.
fn understand(
    entry: &Entry,
    markers: &Markers,
    patterns: &Patterns,
    label: &str,
    report: &mut Report,
) -> Reference {
    let mut reference = Reference::default();
    let mut notes = entry.notes.clone();
    let links = take_identifiers(&entry.text, &mut reference, &markers.citation);
    if let Some(domain) = &links.bare_domain {
        report.review(
            entry.line,
            format!(
                "{label}: the bare domain {} is read as the address {}: check that it is the page meant",
                quote(domain),
                reference.url.as_deref().unwrap_or_default()
            ),
        );
    }
    if !links.extra.is_empty() {
        report.review(
            entry.line,
            format!(
                "{label} has more than one link: the first is its url, the others are in its note"
            ),
        );
        notes.extend(links.extra.iter().cloned());
    }
    let mut text = links.rest;
    // "https://… De website van …": a link first, then words about it.
    if entry.text.trim_start().starts_with("http") && !text.is_empty() {
        notes.insert(0, std::mem::take(&mut text));
    }
    let read = Reader {
        patterns,
        markers,
        label,
        line: entry.line,
    };
    if let Some(c) = AUTHOR_YEAR.captures(&text) {
        read.authors(&c["authors"], &mut reference, report);
        reference.year = c["year"].parse().ok();
        let (title, tail) = title_and_tail(&c["rest"], &markers.abbreviations);
        reference.title = title;
        read.tail(tail, &mut reference, report);
    } else if read.vancouver(&text, &mut reference, report)
        || read.vancouver_book(&text, &mut reference, report)
    {
        // Read in full.
    } else if let Some((publisher, rest)) = markers.publisher_by_name(&text) {
        reference.publisher = Some(publisher.name.clone());
        let title = rest.trim_start_matches(|c: char| c.is_whitespace() || ".–—-:,".contains(c));
        reference.title = non_empty(title.trim_end_matches(['.', ',']).trim());
    } else if read.vancouver_web(
        &text,
        links
            .hosts
            .iter()
            .any(|h| markers.publisher_by_host(h).is_some()),
        &mut reference,
        report,
    ) {
        // Authors and title of a web page.
    } else if let Some((organisation, title)) =
        organisation_and_title(&text, &reference, &links.hosts)
        && !links
            .hosts
            .iter()
            .any(|h| markers.publisher_by_host(h).is_some())
    {
        // "Voorbeeldinstituut. Zink: een factsheet. example.org/zink": who published it, and
        // the page's title.
        reference.publisher = Some(organisation);
        reference.title = Some(title);
    } else if entry.from_source_line && is_name(&text) {
        // "Bron: Reuters Health", "Bron: Voedingscentrum, www.voedingscentrum.nl": who
        // published what the text is based on.
        reference.publisher = non_empty(text.trim().trim_end_matches(['.', ',']));
    } else {
        reference.title = non_empty(&strip_quotes(text.trim().trim_end_matches('.')));
        if word_count(&text) > LONG_UNREAD_ENTRY_WORDS {
            report.review(
                entry.line,
                format!(
                    "{label} fits no citation style: its whole text is the title; split it into \
                     authors, year, title and journal"
                ),
            );
        }
    }
    if reference.publisher.is_none() {
        reference.publisher = links
            .hosts
            .iter()
            .find_map(|h| markers.publisher_by_host(h))
            .map(|p| p.name.clone());
    }
    if !notes.is_empty() {
        reference.note = Some(Note::Text(notes.join(" ")));
    }
    // "Model, P. (2020). Title. Uitgeverij. ISBN …": a book, whose "journal" is its publisher.
    let book = reference.isbn.is_some() && reference.volume.is_none() && reference.pmid.is_none();
    if book && reference.publisher.is_none() {
        reference.publisher = reference.container.take();
    }
    let journal = !book && reference.container.is_some()
        || reference.pmid.is_some()
        || reference.pmcid.is_some()
        || reference.doi.is_some();
    let web_page =
        reference.authors.is_empty() && (reference.url.is_some() || reference.publisher.is_some());
    reference.kind = match (journal, web_page) {
        _ if book => Some("book".to_string()),
        (true, _) => Some("article-journal".to_string()),
        (false, true) => Some("webpage".to_string()),
        (false, false) => None,
    };
    reference.id = base_id(&reference, &links.hosts, markers);
    reference
}

/// True for a name alone, such as an organisation's ("Reuters Health", "Voedingscentrum"):
/// a few words, the first with a capital, no sentence in it.
fn is_name(text: &str) -> bool {
    let text = text.trim().trim_end_matches(['.', ',']);
    text.chars().next().is_some_and(char::is_uppercase)
        && (1..=6).contains(&word_count(text))
        && !text.contains(['.', ':', '?', '!'])
}

/// "Organisation. Title" of an entry with a link: a name alone as its first sentence (at least
/// two words, or one long one, so that "Vitamin D." or an initial is not taken for one), then
/// one sentence of title.
fn organisation_and_title(
    text: &str,
    reference: &Reference,
    hosts: &[String],
) -> Option<(String, String)> {
    let located = reference.url.is_some() || reference.doi.is_some() || !hosts.is_empty();
    let (first, rest) = text.trim().split_once(". ")?;
    let title = rest.trim().trim_end_matches('.').trim();
    let long_enough = word_count(first) >= 2 || first.chars().count() >= 12;
    (located && long_enough && is_name(first) && !title.is_empty() && !title.contains(". "))
        .then(|| (first.trim().to_string(), strip_quotes(title)))
}

/// The title (up to the first sentence end, quotes removed) and what follows it.
fn title_and_tail<'t>(rest: &'t str, abbreviations: &[String]) -> (Option<String>, &'t str) {
    let parts = sentences(rest, abbreviations);
    let Some(first) = parts.first() else {
        return (None, "");
    };
    let title = strip_quotes(first.trim_end_matches('.'));
    let tail = rest[rest.find(first).unwrap_or(0) + first.len()..].trim();
    (non_empty(&title), tail)
}

/// Reads the parts of one entry that depend on its citation style.
struct Reader<'a> {
    patterns: &'a Patterns,
    markers: &'a Markers,
    label: &'a str,
    line: usize,
}

impl Reader<'_> {
    /// "Smith J, Jones K. Title. J Sleep Res. 2019;28(2):e12345": true when `text` is a whole
    /// Vancouver-style citation, which is then read into `reference`.
    fn vancouver(&self, text: &str, reference: &mut Reference, report: &mut Report) -> bool {
        let text = text.trim().trim_end_matches('.');
        let Some(c) = self.patterns.vancouver_authors.captures(text) else {
            return false;
        };
        let (title, tail) = title_and_tail(&c["rest"], &self.markers.abbreviations);
        let tail = tail.trim_end_matches('.').trim();
        let Some(t) = self.patterns.vancouver_tail.captures(tail) else {
            return false;
        };
        if t.name("year").is_none() {
            return false;
        }
        self.authors(&c["authors"], reference, report);
        reference.title = title;
        self.fill(&t, reference, report);
        true
    }

    /// "Sandstead HH. Title. 2012.", "Example C. Title. Example Press; 2010.": a Vancouver
    /// author list and title with only a year (and perhaps a publisher) after them.
    fn vancouver_book(&self, text: &str, reference: &mut Reference, report: &mut Report) -> bool {
        let text = text.trim().trim_end_matches('.');
        let Some(c) = self.patterns.vancouver_authors.captures(text) else {
            return false;
        };
        let (title, tail) = title_and_tail(&c["rest"], &self.markers.abbreviations);
        let Some(t) = PUBLISHER_YEAR.captures(tail.trim_end_matches('.').trim()) else {
            return false;
        };
        self.authors(&c["authors"], reference, report);
        reference.title = title;
        reference.year = t["year"].parse().ok();
        reference.publisher = t.name("publisher").map(|p| p.as_str().trim().to_string());
        true
    }

    /// "Voorbeeld S. Title. https://…": a Vancouver author list and a title, and nothing else
    /// but the link (taken out already). A single "author" could be a topic ("Vitamin D. Fact
    /// Sheet …"), so it is only read so when no known publisher's site is linked.
    fn vancouver_web(
        &self,
        text: &str,
        known_publisher: bool,
        reference: &mut Reference,
        report: &mut Report,
    ) -> bool {
        let located = reference.url.is_some()
            || reference.doi.is_some()
            || reference.pmid.is_some()
            || reference.pmcid.is_some();
        let text = text.trim().trim_end_matches('.');
        let Some(c) = self.patterns.vancouver_authors.captures(text) else {
            return false;
        };
        let (title, tail) = title_and_tail(&c["rest"], &self.markers.abbreviations);
        let several = c["authors"].contains(',');
        if !located || !tail.trim().is_empty() || title.is_none() || (known_publisher && !several) {
            return false;
        }
        self.authors(&c["authors"], reference, report);
        reference.title = title;
        true
    }

    /// Sets the authors; an author list cut short by "et al." is reported, for the editor to
    /// complete from the source.
    fn authors(&self, text: &str, reference: &mut Reference, report: &mut Report) {
        let read = authors(text, &self.markers.citation);
        reference.authors = read.names.into_iter().map(Author::from).collect();
        if let Some(et_al) = read.cut_short {
            report.review(
                self.line,
                format!(
                    "{}: the author list ends in \"{et_al}\": put the other authors from the \
                     source in its place",
                    self.label
                ),
            );
            // Kept as the source wrote it, so that `kennis check` asks for the full list
            // (incomplete-reference) until an editor gives it.
            reference.authors.push(Author::from(et_al));
        }
    }

    /// Journal, volume, issue and pages from what follows the title.
    fn tail(&self, tail: &str, reference: &mut Reference, report: &mut Report) {
        let tail = tail.trim().trim_end_matches('.').trim();
        if tail.is_empty() {
            return;
        }
        let captures = self
            .patterns
            .vancouver_tail
            .captures(tail)
            .or_else(|| APA_ISSUE.captures(tail))
            .or_else(|| APA_VOLUME.captures(tail));
        match captures {
            Some(c) => self.fill(&c, reference, report),
            // A book's publisher, which the book's ISBN tells from a journal.
            None if reference.isbn.is_some() => reference.publisher = Some(tail.to_string()),
            None => {
                reference.container = Some(tail.to_string());
                report.review(
                    self.line,
                    format!("{}: {} read as the journal name", self.label, quote(tail)),
                );
            }
        }
    }

    fn fill(&self, c: &Captures, reference: &mut Reference, report: &mut Report) {
        let text = |name: &str| c.name(name).map(|m| m.as_str().trim().to_string());
        reference.container = text("container");
        reference.volume = text("volume");
        reference.issue = text("issue");
        if reference.year.is_none() {
            reference.year = text("year").and_then(|y| y.parse().ok());
        }
        reference.pages = text("pages").map(|pages| match ARTICLE_NUMBER.captures(&pages) {
            Some(number) => {
                report.review(
                    self.line,
                    format!(
                        "{}: article number {} written as its pages",
                        self.label,
                        quote(&pages)
                    ),
                );
                number[1].to_string()
            }
            None => pages,
        });
    }
}

fn strip_quotes(text: &str) -> String {
    text.trim()
        .trim_matches(['"', '“', '”', '‘', '’', '\''])
        .trim()
        .trim_end_matches('.')
        .to_string()
}

fn non_empty(text: &str) -> Option<String> {
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_string())
}

#[cfg(test)]
mod tests;
