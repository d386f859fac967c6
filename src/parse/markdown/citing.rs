//! Numbering citations and writing the reference list they point to. Shared by articles (whose
//! citations come from the text and from embedded comparison tables) and by the pages of the
//! comparison tables themselves.

use std::collections::HashMap;

use super::headings::IdAllocator;
use super::reference_list::{self, LevelShown};
use super::{Labels, ReferenceLookup};
use crate::escape;
use crate::load::content::evidence::Evidence;

/// The citations of one page: which references are cited, in order of first citation, and
/// where each citation stands.
pub struct Citer<'a> {
    references: &'a dyn ReferenceLookup,
    /// The level of each reference, shown in its entry.
    evidence: Option<&'a Evidence>,
    /// Cited keys in order of first citation; position + 1 is the number shown.
    order: Vec<String>,
    /// The ids of the places each key is cited, for the links back from the reference list.
    places: HashMap<String, Vec<String>>,
    made: usize,
}

impl<'a> Citer<'a> {
    /// A page that has cited nothing yet and may cite `references`.
    pub fn new(references: &'a dyn ReferenceLookup, evidence: Option<&'a Evidence>) -> Self {
        Citer {
            references,
            evidence,
            order: Vec::new(),
            places: HashMap::new(),
            made: 0,
        }
    }

    /// The references the page may cite.
    pub fn references(&self) -> &'a dyn ReferenceLookup {
        self.references
    }

    /// Cites `key` once: the link to its entry in the reference list, or `None` when no
    /// reference has that key. The link's id is reserved in `ids`.
    pub fn cite(&mut self, key: &str, labels: &Labels, ids: &mut IdAllocator) -> Option<String> {
        let (number, id) = self.cite_unwritten(key, ids)?;
        Some(format!(
            "<a href=\"#{}\" id=\"{id}\" role=\"doc-noteref\" aria-label=\"{} {number}\">{number}</a>",
            escape::html(&reference_id(key)),
            escape::html(&labels.citation),
        ))
    }

    /// Cites `key` once as [`Citer::cite`] does, without writing the link: its number and id.
    pub fn cite_unwritten(&mut self, key: &str, ids: &mut IdAllocator) -> Option<(usize, String)> {
        self.references.find(key)?;
        let number = match self.order.iter().position(|k| k == key) {
            Some(p) => p + 1,
            None => {
                self.order.push(key.to_string());
                self.order.len()
            }
        };
        self.made += 1;
        let id = format!("cite-{}", self.made);
        ids.reserve(&id);
        self.places
            .entry(key.to_string())
            .or_default()
            .push(id.clone());
        Some((number, id))
    }

    /// Whether anything has been cited.
    pub fn is_empty(&self) -> bool {
        self.order.is_empty()
    }

    /// Reserves in `ids` the ids [`Citer::reference_list`] would give its entries, for a
    /// check that writes no HTML but must know every id of the page.
    pub fn reserve_reference_ids(&self, ids: &mut IdAllocator) {
        for key in self
            .order
            .iter()
            .filter(|k| self.references.find(k).is_some())
        {
            ids.reserve(&reference_id(key));
        }
    }

    /// The numbered list of every cited reference, each entry with links back to where it is
    /// cited, under a heading with id `heading_id`.
    pub fn reference_list(
        &self,
        heading_id: &str,
        labels: &Labels,
        ids: &mut IdAllocator,
    ) -> String {
        let mut html = format!(
            "<section class=\"references\" role=\"doc-bibliography\" aria-labelledby=\"{heading_id}\">\n\
             <h2 id=\"{heading_id}\">{}</h2>\n<ol>\n",
            escape::html(&labels.sources)
        );
        for key in &self.order {
            let Some(reference) = self.references.find(key) else {
                continue;
            };
            let id = reference_id(key);
            ids.reserve(&id);
            let number = self
                .order
                .iter()
                .position(|k| k == key)
                .map_or(0, |p| p + 1);
            let places = self.places.get(key).map_or(&[][..], Vec::as_slice);
            let backlinks: String = places
                .iter()
                .enumerate()
                .map(|(index, place)| {
                    format!(
                        " <a href=\"#{place}\" class=\"citation-backref\" role=\"doc-backlink\" aria-label=\"{} {number}{}\">↩</a>",
                        escape::html(&labels.back_to_citation),
                        backlink_letter(index, places.len()),
                    )
                })
                .collect();
            html.push_str(&format!(
                "<li id=\"{}\">{}{backlinks}</li>\n",
                escape::html(&id),
                reference_list::entry_html(
                    reference,
                    LevelShown::of(
                        self.evidence.is_some(),
                        self.evidence.and_then(|e| e.of(key))
                    ),
                    labels
                )
            ));
        }
        html.push_str("</ol>\n</section>\n");
        html
    }
}

/// What tells apart the back-links of a source or note cited in several places, so that each
/// has a name of its own: nothing when there is one place, else a, b, …, z, aa, ab, … (as
/// Wikipedia's reference lists do).
pub fn backlink_letter(index: usize, places: usize) -> String {
    if places < 2 {
        return String::new();
    }
    // Bijective base 26: a … z, aa … zz, aaa …
    let mut letters = Vec::new();
    let mut rest = index + 1;
    while rest > 0 {
        rest -= 1;
        letters.push(char::from(b'a' + (rest % 26) as u8));
        rest /= 26;
    }
    letters.iter().rev().collect()
}

/// The id of a reference's entry in the reference list.
pub fn reference_id(key: &str) -> String {
    format!("ref-{key}")
}

/// The key among `keys` most like `key` (a likely typo), if any is close enough.
pub fn closest_key<'k>(key: &str, keys: &[&'k str]) -> Option<&'k str> {
    keys.iter()
        .map(|k| (strsim::normalized_damerau_levenshtein(key, k), *k))
        .filter(|(similarity, _)| *similarity >= 0.5)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, k)| k)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn back_links_are_lettered_only_when_there_are_several() {
        assert_eq!(backlink_letter(0, 1), "");
        let letters: Vec<String> = (0..28).map(|i| backlink_letter(i, 28)).collect();
        assert_eq!(&letters[..3], ["a", "b", "c"]);
        assert_eq!(&letters[25..], ["z", "aa", "ab"]);
    }
}
