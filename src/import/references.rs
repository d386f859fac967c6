//! The reference list at the end of an article, turned into `[[references]]` entries.
//!
//! Entries are numbered lines (`3. Uwitonze, A.M., … https://pubmed…`), each optionally followed
//! by description lines that become its `note`; or, without numbers, one entry per line.
//! Identifiers come from the links: a DOI from doi.org addresses, `doi:` or a `10.NNNN/…` path,
//! a PMID from PubMed addresses, a PMCID from PubMed Central addresses; other addresses stay as
//! `url`. Authors, year, title, journal, volume, issue and pages are read from APA-style
//! ("Family, I. (2018). Title. Journal, 118(3), 181–189.") and Vancouver-style tails
//! ("Journal, Jan-Feb;118(1):68–73."). Entries for the same work are merged.

use std::collections::HashSet;
use std::sync::LazyLock;

use regex::Regex;

use super::lines::Line;
use super::markers::Markers;
use super::report::{Report, quote};
use super::text::sentences;
use crate::content::reference::Reference;
use crate::slug::slugify;

/// Compiles one of this module's fixed patterns.
fn pattern(source: &str) -> Regex {
    // The patterns are literals in this file, covered by its tests.
    Regex::new(source).unwrap_or_else(|e| unreachable!("bad built-in pattern {source}: {e}"))
}

static NUMBERED: LazyLock<Regex> = LazyLock::new(|| pattern(r"^(\d{1,3})[.)]\s*(.*)$"));
static URL: LazyLock<Regex> = LazyLock::new(|| pattern(r"https?://[^\s<>]+"));
static DOI_TEXT: LazyLock<Regex> = LazyLock::new(|| pattern(r"(?i)\bdoi:\s*(10\.\d{4,9}/[^\s]+)"));
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
/// "Journal, Jan-Feb;118(1):68–73" and "Cureus, 2024 Oct 13;16(10):e71392"
static VANCOUVER: LazyLock<Regex> = LazyLock::new(|| {
    pattern(
        r"^(?P<container>.+?)[,.]?\s+(?:\d{4}\s+)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*(?:-(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*)?)?(?:\s+\d{1,2})?;\s*(?P<volume>\d+)\s*(?:\((?P<issue>[^)]+)\))?:\s*(?P<pages>\S+)$",
    )
});
/// "Journal, 118(3), 181–189"
static APA_ISSUE: LazyLock<Regex> = LazyLock::new(|| {
    pattern(r"^(?P<container>.+?),\s*(?P<volume>\d+)\s*\((?P<issue>[^)]+)\),\s*(?P<pages>.+)$")
});
/// "Journal, 11, 187"
static APA_VOLUME: LazyLock<Regex> =
    LazyLock::new(|| pattern(r"^(?P<container>.+?),\s*(?P<volume>\d+),\s*(?P<pages>.+)$"));
/// Initials such as "A.M.", "M. A.", "PA.", "X", "M.K.B.".
static INITIALS: LazyLock<Regex> = LazyLock::new(|| pattern(r"^(?:[A-Z]\.?\s?-?){1,4}$"));

/// One entry as written, before it is understood.
struct Entry {
    line: usize,
    number: Option<String>,
    text: String,
    notes: Vec<String>,
}

/// Reads the lines after the references heading into references.
pub fn parse(lines: &[Line], markers: &Markers, report: &mut Report) -> Vec<Reference> {
    let entries = group(lines);
    let mut references: Vec<Reference> = Vec::new();
    let mut taken_ids = HashSet::new();
    for entry in entries {
        let label = entry
            .number
            .as_ref()
            .map_or_else(|| "reference".to_string(), |n| format!("reference {n}"));
        let mut reference = understand(&entry, markers, &label, report);
        if let Some(first) = references.iter_mut().find(|r| same_work(r, &reference)) {
            report.review(
                entry.line,
                format!(
                    "{label} is the same work as \"{}\" ({}): merged into it",
                    first.id,
                    shared_identifier(first, &reference)
                ),
            );
            if let (Some(dropped), Some(kept)) = (&reference.note, &first.note)
                && dropped != kept
            {
                report.review(
                    entry.line,
                    format!("its note was not kept: {}", quote(dropped)),
                );
            }
            merge(first, reference);
            continue;
        }
        reference.id = unique_id(&reference.id, &mut taken_ids);
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
        references.push(reference);
    }
    references
}

/// Splits the lines into entries: numbered lines start one and the lines under them are its
/// notes; without numbers, every line is an entry.
fn group(lines: &[Line]) -> Vec<Entry> {
    let numbered = lines.iter().any(|l| NUMBERED.is_match(&l.text));
    let mut entries: Vec<Entry> = Vec::new();
    for line in lines.iter().filter(|l| !l.is_blank()) {
        let captures = NUMBERED.captures(&line.text);
        match (numbered, captures, entries.last_mut()) {
            (true, Some(c), _) => entries.push(Entry {
                line: line.number,
                number: Some(c[1].to_string()),
                text: c[2].trim().to_string(),
                notes: Vec::new(),
            }),
            (true, None, Some(last)) => last.notes.push(line.text.clone()),
            _ => entries.push(Entry {
                line: line.number,
                number: None,
                text: line.text.clone(),
                notes: Vec::new(),
            }),
        }
    }
    entries
}

/// Reads one entry.
fn understand(entry: &Entry, markers: &Markers, label: &str, report: &mut Report) -> Reference {
    let mut reference = Reference {
        id: String::new(),
        title: None,
        authors: Vec::new(),
        year: None,
        container: None,
        publisher: None,
        volume: None,
        issue: None,
        pages: None,
        url: None,
        doi: None,
        pmid: None,
        pmcid: None,
        isbn: None,
        accessed: None,
        note: None,
        kind: None,
    };
    let mut notes = entry.notes.clone();
    let (text, hosts) = take_identifiers(&entry.text, &mut reference);
    // "https://… De website van …": a link first, then words about it.
    let link_first = entry.text.trim_start().starts_with("http");
    let mut text = text;
    if link_first && !text.is_empty() {
        notes.insert(0, std::mem::take(&mut text));
    }
    if let Some(c) = AUTHOR_YEAR.captures(&text) {
        reference.authors = authors(&c["authors"]);
        reference.year = c["year"].parse().ok();
        let (title, tail) = title_and_tail(&c["rest"], &markers.abbreviations);
        reference.title = title;
        read_tail(tail, &mut reference, label, report, entry.line);
    } else if let Some((publisher, rest)) = markers.publisher_by_name(&text) {
        reference.publisher = Some(publisher.name.clone());
        let title = rest.trim_start_matches(|c: char| c.is_whitespace() || "–-:,".contains(c));
        reference.title = non_empty(title.trim_end_matches('.'));
    } else {
        reference.title = non_empty(&strip_quotes(text.trim().trim_end_matches('.')));
    }
    if reference.publisher.is_none() {
        reference.publisher = hosts
            .iter()
            .find_map(|h| markers.publisher_by_host(h))
            .map(|p| p.name.clone());
    }
    if !notes.is_empty() {
        reference.note = Some(notes.join(" "));
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
    reference.id = base_id(&reference, &hosts, markers);
    reference
}

/// Takes links and DOIs out of `text`, filling in identifiers. Returns what is left, and the
/// hosts of the links.
fn take_identifiers(text: &str, reference: &mut Reference) -> (String, Vec<String>) {
    let mut hosts = Vec::new();
    let mut rest = text.to_string();
    let urls: Vec<String> = URL.find_iter(text).map(|m| trim_url(m.as_str())).collect();
    for url in urls {
        rest = rest.replacen(&url, " ", 1);
        if let Some(host) = url::Url::parse(&url)
            .ok()
            .and_then(|u| u.host_str().map(str::to_string))
        {
            hosts.push(host);
        }
        if let Some(c) = PUBMED.captures(&url) {
            reference.pmid.get_or_insert_with(|| c[1].to_string());
        } else if let Some(c) = PMC.captures(&url) {
            reference.pmcid.get_or_insert_with(|| c[1].to_uppercase());
        } else if let Some(c) = DOI_ORG.captures(&url) {
            reference.doi.get_or_insert_with(|| c[1].to_string());
        } else {
            if let Some(c) = DOI_IN_PATH.captures(&url) {
                reference.doi.get_or_insert_with(|| c[1].to_string());
            }
            reference.url.get_or_insert(url);
        }
    }
    if let Some(c) = DOI_TEXT.captures(&rest.clone()) {
        let doi = c[1].trim_end_matches(['.', ',', ';']).to_string();
        rest = rest.replacen(&c[0], " ", 1);
        reference.doi.get_or_insert(doi);
    }
    let rest = rest.split_whitespace().collect::<Vec<_>>().join(" ");
    (rest, hosts)
}

/// A link without the punctuation that ends the sentence it stands in.
fn trim_url(url: &str) -> String {
    let mut url = url.trim_end_matches(['.', ',', ';', ':']);
    if url.ends_with(')') && url.matches('(').count() < url.matches(')').count() {
        url = &url[..url.len() - 1];
    }
    url.to_string()
}

/// "Uwitonze, A.M., & Razzaque, M.S." → ["Uwitonze AM", "Razzaque MS"]; "Deng, X. et al." →
/// ["Deng X", "et al."]; a name without initials ("Qi Dai") is kept as written.
fn authors(text: &str) -> Vec<String> {
    let et_al = text.contains("et al");
    let text = text.replace("et al.", "").replace("et al", "");
    let parts: Vec<&str> = text
        .split([',', '&'])
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
    if et_al {
        names.push("et al.".to_string());
    }
    names
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

/// Journal, volume, issue and pages from what follows the title.
fn read_tail(tail: &str, reference: &mut Reference, label: &str, report: &mut Report, line: usize) {
    let tail = tail.trim().trim_end_matches('.').trim();
    if tail.is_empty() {
        return;
    }
    let captures = VANCOUVER
        .captures(tail)
        .or_else(|| APA_ISSUE.captures(tail))
        .or_else(|| APA_VOLUME.captures(tail));
    match captures {
        Some(c) => {
            reference.container = Some(c["container"].trim().to_string());
            reference.volume = Some(c["volume"].to_string());
            reference.issue = c.name("issue").map(|m| m.as_str().to_string());
            reference.pages = Some(c["pages"].trim().to_string());
        }
        None => {
            reference.container = Some(tail.to_string());
            report.review(
                line,
                format!("{label}: {} read as the journal name", quote(tail)),
            );
        }
    }
}

/// A readable id: "uwitonze-2018" from the first author and year, "nih-magnesium" from a known
/// publisher and the title, else the web site's name.
fn base_id(reference: &Reference, hosts: &[String], markers: &Markers) -> String {
    if let (Some(author), Some(year)) = (reference.authors.first(), reference.year) {
        return format!("{}-{year}", family_slug(author));
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
    match (publisher, title_start) {
        (Some(p), Some(t)) if !t.is_empty() => format!("{p}-{t}"),
        (Some(p), _) => p,
        (None, _) => match hosts.first() {
            Some(host) => {
                let name = host.trim_start_matches("www.");
                slugify(name.split('.').next().unwrap_or(name))
            }
            None => reference
                .title
                .as_deref()
                .map(|t| slugify(&t.split_whitespace().take(3).collect::<Vec<_>>().join(" ")))
                .filter(|s| !s.is_empty())
                .unwrap_or_else(|| "reference".to_string()),
        },
    }
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

/// `id`, or `id-b`, `id-c` … when it is taken (two works by one author in one year).
fn unique_id(id: &str, taken: &mut HashSet<String>) -> String {
    let mut candidate = id.to_string();
    let mut suffix = b'b';
    while !taken.insert(candidate.clone()) {
        candidate = format!("{id}-{}", suffix as char);
        suffix = suffix.saturating_add(1);
    }
    candidate
}

/// True when two references share a DOI, PMID, PMCID or address.
fn same_work(a: &Reference, b: &Reference) -> bool {
    let same = |x: &Option<String>, y: &Option<String>| match (x, y) {
        (Some(x), Some(y)) => x.eq_ignore_ascii_case(y),
        _ => false,
    };
    same(&a.doi, &b.doi)
        || same(&a.pmid, &b.pmid)
        || same(&a.pmcid, &b.pmcid)
        || same(&a.url, &b.url)
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
    fill(&mut into.note, other.note);
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
