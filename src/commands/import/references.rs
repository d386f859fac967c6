//! The reference list at the end of an article, turned into `[[references]]` entries.
//!
//! Entries are numbered lines (`3. Uwitonze, A.M., … https://pubmed…`, `[3] …`), each optionally
//! followed by description lines that become its `note`; or, without numbers, one entry per
//! line. Identifiers come from the links: a DOI from doi.org addresses, `doi:` or a `10.NNNN/…`
//! path, a PMID from PubMed addresses or `PMID: …`, a PMCID from PubMed Central addresses or
//! `PMCID: PMC…`; other addresses
//! stay as `url`. Authors, year, title, journal, volume, issue and pages are read from APA-style
//! entries ("Family, I. (2018). Title. Journal, 118(3), 181–189."), Vancouver-style entries
//! ("Family I, Other J. Title. J Abbrev. 2019;28(2):e12345.") and mixtures of the two. Entries for
//! the same work are merged.
//!
//! An author list cut short ("Deng, X. et al.") keeps "et al." as its last entry, so that what
//! the source said is not lost; the site shows it as written.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use regex::{Captures, Regex};

use super::lines::Line;
use super::markers::{Citation, Markers, strip_prefix_ignore_case};
use super::report::{Report, quote};
use super::text::{pattern, sentences, urls, word_count};
use crate::load::content::reference::{Author, Note, Reference};
use crate::slug::slugify;

/// An entry longer than this many words that fits no citation style is reported for review.
const LONG_UNREAD_ENTRY_WORDS: usize = 12;

/// "3. …", "3) …", "[3] …": a numbered entry. A digit after the dot is no number but a DOI
/// ("10.1007/…") or a decimal.
static NUMBERED: LazyLock<Regex> =
    LazyLock::new(|| pattern(r"^(?:\[(\d{1,3})\]|(\d{1,3})[.)])\s*(\D.*)$"));
static BULLET: LazyLock<Regex> = LazyLock::new(|| pattern(r"^[-•–*·▪]\s+"));
static DOI_TEXT: LazyLock<Regex> = LazyLock::new(|| pattern(r"(?i)\bdoi:\s*(10\.\d{4,9}/\S+)"));
/// "PMID: 23853635", "PMCID: PMC6453621", as PubMed's own citations end.
static PMID_TEXT: LazyLock<Regex> = LazyLock::new(|| pattern(r"(?i)\bPMID:?\s*(\d{1,9})\b\.?"));
static PMCID_TEXT: LazyLock<Regex> =
    LazyLock::new(|| pattern(r"(?i)\bPMCID:?\s*(PMC\d{1,9})\b\.?"));
static DOI_IN_PATH: LazyLock<Regex> = LazyLock::new(|| pattern(r"/(10\.\d{4,9}/[^?#\s]+)"));
static PUBMED: LazyLock<Regex> = LazyLock::new(|| {
    pattern(
        r"(?i)^https?://(?:pubmed\.ncbi\.nlm\.nih\.gov|(?:www\.)?ncbi\.nlm\.nih\.gov/pubmed)/(\d+)",
    )
});
static PMC: LazyLock<Regex> = LazyLock::new(|| {
    pattern(
        r"(?i)^https?://(?:pmc\.ncbi\.nlm\.nih\.gov|(?:www\.)?ncbi\.nlm\.nih\.gov/pmc)/articles/(PMC\d+)",
    )
});
static DOI_ORG: LazyLock<Regex> =
    LazyLock::new(|| pattern(r"(?i)^https?://(?:dx\.)?doi\.org/(10\.\d{4,9}/\S+)"));
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
/// Initials such as "A.M.", "M. A.", "PA.", "X", "M.K.B.", "Ö.".
static INITIALS: LazyLock<Regex> = LazyLock::new(|| pattern(r"^(?:\p{Lu}\.?\s?-?){1,4}$"));
/// Signs that a line is a citation: a year in brackets, a `doi:`, a Vancouver date
/// ("2019;28"), or a family name with initials ("Smit, A.").
static CITATION_SIGN: LazyLock<Regex> = LazyLock::new(|| {
    pattern(r"\(\d{4}[a-z]?\)|(?i:\bdoi:)|\b\d{4}[^;]{0,16};\s*\d+|^\p{Lu}[\p{L}'’-]+,\s*\p{Lu}\.")
});

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

/// True when `text` reads like an entry of a reference list: it has a link, a DOI, a year in
/// brackets, a Vancouver date or a family name with initials, or starts with a known
/// publisher's name. A number or bullet in front is ignored.
pub fn is_reference_like(text: &str, markers: &Markers) -> bool {
    let text = entry_text(text).map_or(text, |(_, rest)| rest);
    !urls(text).is_empty()
        || CITATION_SIGN.is_match(text)
        || markers.publisher_by_name(text).is_some()
}

/// How many of `lines` (those after the references heading) belong to the reference list.
/// A numbered list ends with the last numbered entry and the lines right under it; a list
/// without numbers ends with its last line that reads like a reference. What follows is
/// article text.
pub fn extent(lines: &[Line], markers: &Markers) -> usize {
    let numbered = lines.iter().any(|l| NUMBERED.is_match(&l.text));
    if numbered {
        let Some(last) = lines.iter().rposition(|l| NUMBERED.is_match(&l.text)) else {
            return 0;
        };
        let notes = lines[last + 1..]
            .iter()
            .take_while(|l| !l.is_blank())
            .count();
        last + 1 + notes
    } else {
        lines
            .iter()
            .rposition(|l| !l.is_blank() && is_reference_like(&l.text, markers))
            .map_or(0, |last| last + 1)
    }
}

/// One entry as written, before it is understood.
struct Entry {
    line: usize,
    number: Option<String>,
    text: String,
    notes: Vec<String>,
}

/// Reads the reference list (the lines [`extent`] gives) into references.
pub fn parse(lines: &[Line], markers: &Markers, report: &mut Report) -> Vec<Reference> {
    let patterns = Patterns::new(&markers.citation);
    let mut references: Vec<Reference> = Vec::new();
    let mut works = Works::default();
    let mut ids = UniqueIds::default();
    for entry in group(lines) {
        let label = entry
            .number
            .as_ref()
            .map_or_else(|| "reference".to_string(), |n| format!("reference {n}"));
        let mut reference = understand(&entry, markers, &patterns, &label, report);
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
        references.push(reference);
    }
    references
}

/// The number (if any) and the text of an entry line, without its number or bullet.
fn entry_text(text: &str) -> Option<(Option<String>, &str)> {
    if let Some(c) = NUMBERED.captures(text) {
        let number = c
            .get(1)
            .or_else(|| c.get(2))
            .map(|m| m.as_str().to_string());
        let rest = c.get(3).map_or("", |m| m.as_str()).trim();
        return Some((number, rest));
    }
    BULLET.find(text).map(|m| (None, text[m.end()..].trim()))
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
            }),
            (true, _, Some(last)) => last.notes.push(line.text.clone()),
            (_, parsed, _) => entries.push(Entry {
                line: line.number,
                number: None,
                text: parsed
                    .map_or(line.text.as_str(), |(_, text)| text)
                    .to_string(),
                notes: Vec::new(),
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
    let links = take_identifiers(&entry.text, &mut reference);
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
        reference.authors = authors(&c["authors"], &markers.citation)
            .into_iter()
            .map(Author::from)
            .collect();
        reference.year = c["year"].parse().ok();
        let (title, tail) = title_and_tail(&c["rest"], &markers.abbreviations);
        reference.title = title;
        read.tail(tail, &mut reference, report);
    } else if read.vancouver(&text, &mut reference, report) {
        // Read in full.
    } else if let Some((publisher, rest)) = markers.publisher_by_name(&text) {
        reference.publisher = Some(publisher.name.clone());
        let title = rest.trim_start_matches(|c: char| c.is_whitespace() || ".–—-:,".contains(c));
        reference.title = non_empty(title.trim_end_matches('.'));
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
    let journal = reference.container.is_some()
        || reference.pmid.is_some()
        || reference.pmcid.is_some()
        || reference.doi.is_some();
    let web_page =
        reference.authors.is_empty() && (reference.url.is_some() || reference.publisher.is_some());
    reference.kind = match (journal, web_page) {
        (true, _) => Some("article-journal".to_string()),
        (false, true) => Some("webpage".to_string()),
        (false, false) => None,
    };
    reference.id = base_id(&reference, &links.hosts, markers);
    reference
}

/// What [`take_identifiers`] leaves of an entry.
struct Links {
    /// The text without its links and DOIs.
    rest: String,
    /// Hosts of the links that are neither PubMed, PubMed Central nor doi.org.
    hosts: Vec<String>,
    /// Plain links after the first, which has become the `url`.
    extra: Vec<String>,
}

/// Takes links and DOIs out of `text`, filling in identifiers.
fn take_identifiers(text: &str, reference: &mut Reference) -> Links {
    let mut links = Links {
        rest: String::new(),
        hosts: Vec::new(),
        extra: Vec::new(),
    };
    let mut last = 0;
    for range in urls(text) {
        links.rest.push_str(&text[last..range.start]);
        links.rest.push(' ');
        last = range.end;
        let url = &text[range];
        if let Some(c) = PUBMED.captures(url) {
            reference.pmid.get_or_insert_with(|| c[1].to_string());
        } else if let Some(c) = PMC.captures(url) {
            reference.pmcid.get_or_insert_with(|| c[1].to_uppercase());
        } else if let Some(c) = DOI_ORG.captures(url) {
            reference.doi.get_or_insert_with(|| c[1].to_string());
        } else {
            if let Some(c) = DOI_IN_PATH.captures(url) {
                reference.doi.get_or_insert_with(|| c[1].to_string());
            }
            if let Some(host) = url::Url::parse(url)
                .ok()
                .and_then(|u| u.host_str().map(str::to_string))
            {
                links.hosts.push(host);
            }
            // "#Sec13" points into the page; the reference is the page.
            let page = url.split('#').next().unwrap_or(url).to_string();
            if reference.url.is_none() {
                reference.url = Some(page);
            } else if reference.url.as_deref() != Some(page.as_str()) {
                links.extra.push(page);
            }
        }
    }
    links.rest.push_str(&text[last..]);
    if let Some(c) = DOI_TEXT.captures(&links.rest.clone()) {
        let doi = c[1].trim_end_matches(['.', ',', ';']).to_string();
        links.rest = links.rest.replacen(&c[0], " ", 1);
        reference.doi.get_or_insert(doi);
    }
    if let Some(c) = PMID_TEXT.captures(&links.rest.clone()) {
        links.rest = links.rest.replacen(&c[0], " ", 1);
        reference.pmid.get_or_insert_with(|| c[1].to_string());
    }
    if let Some(c) = PMCID_TEXT.captures(&links.rest.clone()) {
        links.rest = links.rest.replacen(&c[0], " ", 1);
        reference.pmcid.get_or_insert_with(|| c[1].to_uppercase());
    }
    links.rest = links.rest.split_whitespace().collect::<Vec<_>>().join(" ");
    links
}

/// "Uwitonze, A.M., & Razzaque, M.S." → ["Uwitonze AM", "Razzaque MS"]; "Deng, X. et al." →
/// ["Deng X", "et al."]; a name without initials ("Qi Dai") is kept as written.
fn authors(text: &str, citation: &Citation) -> Vec<String> {
    let (text, et_al) = without_et_al(text, citation);
    let mut text = format!(" {text} ");
    for connector in &citation.and {
        if connector.chars().all(char::is_alphabetic) {
            text = text.replace(&format!(" {connector} "), ", ");
        } else {
            text = text.replace(connector.as_str(), ",");
        }
    }
    let parts: Vec<&str> = text
        .split(',')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let mut names = Vec::new();
    let mut i = 0;
    while i < parts.len() {
        let name = parts[i].trim_end_matches('.');
        match parts.get(i + 1) {
            Some(next) if INITIALS.is_match(next) => {
                let initials: String = next.chars().filter(|c| c.is_alphabetic()).collect();
                names.push(format!("{name} {initials}"));
                i += 2;
            }
            _ => {
                names.push(name.to_string());
                i += 1;
            }
        }
    }
    names.extend(et_al);
    names
}

/// `text` without an "et al." at its end, and the "et al." as the list should show it.
fn without_et_al(text: &str, citation: &Citation) -> (String, Option<String>) {
    let lower = text.to_lowercase();
    let mut markers: Vec<&String> = citation.et_al.iter().collect();
    markers.sort_by_key(|m| std::cmp::Reverse(m.len()));
    for marker in markers {
        let marker_lower = marker.to_lowercase();
        let Some(at) = lower.rfind(&marker_lower) else {
            continue;
        };
        let whole_word = lower[..at]
            .chars()
            .last()
            .is_none_or(|c| !c.is_alphanumeric());
        let rest = lower[at + marker_lower.len()..].trim_matches(['.', ' ', ',']);
        if whole_word && rest.is_empty() {
            let shown = format!("{}.", marker.trim_end_matches('.'));
            let kept = text[..at].trim().trim_end_matches(',').to_string();
            return (kept, Some(shown));
        }
    }
    (text.to_string(), None)
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
        reference.authors = authors(&c["authors"], &self.markers.citation)
            .into_iter()
            .map(Author::from)
            .collect();
        reference.title = title;
        self.fill(&t, reference, report);
        true
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

/// A readable id: "uwitonze-2018" from the first author and year, "nih-magnesium" from a known
/// publisher and the title, else the web site's name, the title's first words, or the PMID or
/// DOI.
fn base_id(reference: &Reference, hosts: &[String], markers: &Markers) -> String {
    if let (Some(author), Some(year)) = (reference.authors.first(), reference.year) {
        return format!("{}-{year}", family_slug(author.name()));
    }
    let publisher = reference.publisher.as_ref().and_then(|name| {
        markers
            .publishers
            .iter()
            .find(|p| &p.name == name)
            .map(|p| p.id.clone())
    });
    let title_start = reference.title.as_ref().map(|t| {
        let head = t.split(['.', ':']).next().unwrap_or(t);
        slugify(head)
    });
    if let Some(publisher) = publisher {
        return match title_start {
            Some(t) if !t.is_empty() => format!("{publisher}-{t}"),
            _ => publisher,
        };
    }
    let site = hosts.first().map(|host| {
        let name = host.trim_start_matches("www.");
        slugify(name.split('.').next().unwrap_or(name))
    });
    let title_words = reference
        .title
        .as_deref()
        .map(|t| slugify(&t.split_whitespace().take(3).collect::<Vec<_>>().join(" ")));
    let identifier = reference
        .pmid
        .as_ref()
        .map(|pmid| format!("pmid-{pmid}"))
        .or_else(|| reference.pmcid.as_ref().map(|pmcid| slugify(pmcid)))
        .or_else(|| {
            reference
                .doi
                .as_ref()
                .map(|doi| format!("doi-{}", slugify(doi)))
        });
    [site, title_words, identifier]
        .into_iter()
        .flatten()
        .find(|id| !id.is_empty())
        .unwrap_or_else(|| "reference".to_string())
}

/// The family name of "Uwitonze AM" or "de Vries J" as a slug; for a name written without
/// initials ("Qi Dai") its last word.
fn family_slug(author: &str) -> String {
    let mut words: Vec<&str> = author.split_whitespace().collect();
    if words.len() > 1 && INITIALS.is_match(words[words.len() - 1]) {
        words.pop();
    } else if words.len() > 1 {
        words = vec![words[words.len() - 1]];
    }
    slugify(&words.join(" "))
}

/// The ids given so far, and for each id asked for twice the last number added to it, so that
/// a list of many entries with one author and year gets its ids in linear time.
#[derive(Default)]
struct UniqueIds {
    taken: HashSet<String>,
    last_number: HashMap<String, usize>,
}

impl UniqueIds {
    /// `id`, or if that is taken `id-2`, `id-3`, … (the first free one).
    fn unique(&mut self, id: &str) -> String {
        if self.taken.insert(id.to_string()) {
            return id.to_string();
        }
        let number = self.last_number.entry(id.to_string()).or_insert(1);
        loop {
            *number += 1;
            let candidate = format!("{id}-{number}");
            if self.taken.insert(candidate.clone()) {
                return candidate;
            }
        }
    }
}

/// The references kept so far by their DOI, PMID, PMCID and address (ignoring ASCII case): two
/// entries that share one are the same work, found without comparing every pair.
#[derive(Default)]
struct Works {
    by_identifier: HashMap<(&'static str, String), usize>,
}

impl Works {
    fn identifiers(reference: &Reference) -> impl Iterator<Item = (&'static str, String)> + '_ {
        [
            ("doi", &reference.doi),
            ("pmid", &reference.pmid),
            ("pmcid", &reference.pmcid),
            ("url", &reference.url),
        ]
        .into_iter()
        .filter_map(|(kind, value)| value.as_ref().map(|v| (kind, v.to_ascii_lowercase())))
    }

    /// The index of the first reference kept that is the same work as `reference`.
    fn find(&self, reference: &Reference) -> Option<usize> {
        Self::identifiers(reference)
            .filter_map(|key| self.by_identifier.get(&key).copied())
            .min()
    }

    /// Notes the identifiers of the reference at `index` (the first one keeps an identifier).
    fn add(&mut self, reference: &Reference, index: usize) {
        for key in Self::identifiers(reference) {
            self.by_identifier.entry(key).or_insert(index);
        }
    }
}

fn shared_identifier(a: &Reference, b: &Reference) -> String {
    let pairs = [
        ("PMID", &a.pmid, &b.pmid),
        ("DOI", &a.doi, &b.doi),
        ("PMCID", &a.pmcid, &b.pmcid),
        ("URL", &a.url, &b.url),
    ];
    pairs
        .iter()
        .find_map(|(name, x, y)| match (x, y) {
            (Some(x), Some(y)) if x.eq_ignore_ascii_case(y) => Some(format!("{name} {x}")),
            _ => None,
        })
        .unwrap_or_default()
}

/// Fills the gaps of `into` from `other`.
fn merge(into: &mut Reference, other: Reference) {
    let fill = |a: &mut Option<String>, b: Option<String>| {
        if a.is_none() {
            *a = b;
        }
    };
    fill(&mut into.title, other.title);
    fill(&mut into.container, other.container);
    fill(&mut into.publisher, other.publisher);
    fill(&mut into.volume, other.volume);
    fill(&mut into.issue, other.issue);
    fill(&mut into.pages, other.pages);
    fill(&mut into.url, other.url);
    fill(&mut into.doi, other.doi);
    fill(&mut into.pmid, other.pmid);
    fill(&mut into.pmcid, other.pmcid);
    if into.note.is_none() {
        into.note = other.note;
    }
    if into.authors.is_empty() {
        into.authors = other.authors;
    }
    if into.year.is_none() {
        into.year = other.year;
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
