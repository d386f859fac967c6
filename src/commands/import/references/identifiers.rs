//! Identifiers and addresses in a reference entry: links (PubMed, PubMed Central and doi.org
//! addresses become a PMID, PMCID or DOI), `doi:`, `PMID:`, `PMCID:` and `ISBN` written out,
//! and bare domains ("www.voedingscentrum.nl").

use std::sync::LazyLock;

use regex::Regex;

use super::super::markers::Citation;
use super::super::text::{pattern, urls};
use crate::load::content::reference::Reference;

static DOI_TEXT: LazyLock<Regex> = LazyLock::new(|| pattern(r"(?i)\bdoi:\s*(10\.\d{4,9}/\S+)"));
/// "PMID: 23853635", "PMCID: PMC6453621", as PubMed's own citations end.
static PMID_TEXT: LazyLock<Regex> = LazyLock::new(|| pattern(r"(?i)\bPMID:?\s*(\d{1,9})\b\.?"));
static PMCID_TEXT: LazyLock<Regex> =
    LazyLock::new(|| pattern(r"(?i)\bPMCID:?\s*(PMC\d{1,9})\b\.?"));
/// "ISBN 978-0-00-000000-2", "ISBN-10: 0-00-000000-0".
static ISBN_TEXT: LazyLock<Regex> = LazyLock::new(|| {
    pattern(r"(?i)\bISBN(?:-1[03])?:?\s*((?:97[89][-\s]?)?\d(?:[-\s]?\d){8}[-\s]?[\dX])\b\.?")
});
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
/// A host name, perhaps with a path: "www.voedingscentrum.nl", "example.org/scurvy".
static BARE_DOMAIN: LazyLock<Regex> = LazyLock::new(|| {
    pattern(r"(?i)\b(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,6}\b(?:/[^\s<>\x22]*)?")
});

/// The first bare domain in `text` ("www.voedingscentrum.nl", "who.int",
/// "example.org/scurvy"), as its byte range: a name with a top-level domain the language's
/// data knows, not part of a web address or an e-mail address.
pub fn bare_domain(text: &str, citation: &Citation) -> Option<std::ops::Range<usize>> {
    if citation.top_level_domains.is_empty() {
        return None;
    }
    let links = urls(text);
    for m in BARE_DOMAIN.find_iter(text) {
        let domain = m.as_str();
        let host = domain.split('/').next().unwrap_or(domain);
        let tld = host.rsplit('.').next().unwrap_or_default();
        let before = text[..m.start()].chars().last();
        let inside_link = links
            .iter()
            .any(|l| l.start <= m.start() && m.start() < l.end);
        if inside_link || before.is_some_and(|c| matches!(c, '@' | '/' | '.' | ':')) {
            continue;
        }
        if citation
            .top_level_domains
            .iter()
            .any(|t| t.trim_start_matches('.').eq_ignore_ascii_case(tld))
        {
            let end = m.start() + domain.trim_end_matches(['.', ',', ';', ':', ')']).len();
            return Some(m.start()..end);
        }
    }
    None
}

/// What [`take_identifiers`] leaves of an entry.
pub(super) struct Links {
    /// The text without its links and DOIs.
    pub(super) rest: String,
    /// Hosts of the links that are neither PubMed, PubMed Central nor doi.org.
    pub(super) hosts: Vec<String>,
    /// Plain links after the first, which has become the `url`.
    pub(super) extra: Vec<String>,
    /// A bare domain that has become the `url`, as written.
    pub(super) bare_domain: Option<String>,
}

/// Takes links and DOIs out of `text`, filling in identifiers.
pub(super) fn take_identifiers(
    text: &str,
    reference: &mut Reference,
    citation: &Citation,
) -> Links {
    let mut links = Links {
        rest: String::new(),
        hosts: Vec::new(),
        extra: Vec::new(),
        bare_domain: None,
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
    if let Some(c) = ISBN_TEXT.captures(&links.rest.clone()) {
        links.rest = links.rest.replacen(&c[0], " ", 1);
        reference
            .isbn
            .get_or_insert_with(|| c[1].trim().to_string());
    }
    if let Some(c) = PMCID_TEXT.captures(&links.rest.clone()) {
        links.rest = links.rest.replacen(&c[0], " ", 1);
        reference.pmcid.get_or_insert_with(|| c[1].to_uppercase());
    }
    if let Some(range) = bare_domain(&links.rest, citation) {
        let domain = links.rest[range.clone()].to_string();
        let host = domain.split('/').next().unwrap_or(&domain).to_lowercase();
        if reference.url.is_none() {
            // A domain alone is the site's home page.
            let path = if domain.contains('/') { "" } else { "/" };
            reference.url = Some(format!("https://{domain}{path}"));
            links.bare_domain = Some(domain);
        }
        links.hosts.push(host);
        links.rest.replace_range(range, " ");
    }
    links.rest = links.rest.split_whitespace().collect::<Vec<_>>().join(" ");
    links
}
