//! Ids for references, and the same work listed twice found and merged.

use std::collections::{HashMap, HashSet};

use super::super::markers::Markers;
use super::authors::family_slug;
use crate::load::content::reference::Reference;
use crate::slug::slugify;

/// A readable id: "uwitonze-2018" from the first author and year, "nih-magnesium" from a known
/// publisher and the title, else the web site's name, the title's first words, the publisher's
/// name, or the PMID or DOI.
pub(super) fn base_id(reference: &Reference, hosts: &[String], markers: &Markers) -> String {
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
    let publisher_name = reference.publisher.as_deref().map(slugify);
    [site, title_words, publisher_name, identifier]
        .into_iter()
        .flatten()
        .find(|id| !id.is_empty())
        .unwrap_or_else(|| "reference".to_string())
}

/// The ids given so far, and for each id asked for twice the last number added to it, so that
/// a list of many entries with one author and year gets its ids in linear time.
#[derive(Default)]
pub(super) struct UniqueIds {
    taken: HashSet<String>,
    last_number: HashMap<String, usize>,
}

impl UniqueIds {
    /// `id`, or if that is taken `id-2`, `id-3`, … (the first free one).
    pub(super) fn unique(&mut self, id: &str) -> String {
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
pub(super) struct Works {
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
    pub(super) fn find(&self, reference: &Reference) -> Option<usize> {
        Self::identifiers(reference)
            .filter_map(|key| self.by_identifier.get(&key).copied())
            .min()
    }

    /// Notes the identifiers of the reference at `index` (the first one keeps an identifier).
    pub(super) fn add(&mut self, reference: &Reference, index: usize) {
        for key in Self::identifiers(reference) {
            self.by_identifier.entry(key).or_insert(index);
        }
    }
}

pub(super) fn shared_identifier(a: &Reference, b: &Reference) -> String {
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
pub(super) fn merge(into: &mut Reference, other: Reference) {
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
