//! Heading ids (unique per page, Dutch diacritics folded) and the table of contents.

use rustc_hash::{FxHashMap, FxHashSet};

use serde::Serialize;

use crate::slug::slugify;

/// Id prefixes kennis uses for footnotes; headings may not claim them, so the two can never
/// collide (heading slugs never contain `:`).
pub const RESERVED_ID_PREFIXES: [&str; 2] = ["fn:", "fnref:"];

/// Gives out ids that are unique within one page.
#[derive(Debug, Default)]
pub struct IdAllocator {
    // Fx hashing: a page allocates hundreds of short ids, and nothing here is an attacker's.
    used: FxHashSet<String>,
    /// The next `-N` suffix to try per base slug, so a page with thousands of equal headings
    /// does not retry every suffix from 1 each time.
    next_suffix: FxHashMap<String, usize>,
}

impl IdAllocator {
    /// Marks an id as taken (explicit `{#id}` attributes). Returns false if it already was.
    pub fn reserve(&mut self, id: &str) -> bool {
        self.used.insert(id.to_string())
    }

    /// A fresh id made from heading text: its slug, or the slug with `-1`, `-2`, … appended.
    pub fn allocate(&mut self, text: &str) -> String {
        let base = match slugify(text) {
            s if s.is_empty() => "heading".to_string(),
            s => s,
        };
        if self.used.insert(base.clone()) {
            return base;
        }
        let n = self.next_suffix.entry(base.clone()).or_insert(1);
        loop {
            let candidate = format!("{base}-{n}");
            *n += 1;
            if self.used.insert(candidate.clone()) {
                return candidate;
            }
        }
    }

    /// True when `id` is taken.
    pub fn contains(&self, id: &str) -> bool {
        self.used.contains(id)
    }

    /// All ids given out or reserved.
    pub fn into_ids(self) -> impl Iterator<Item = String> {
        self.used.into_iter()
    }
}

/// One entry of a page's table of contents.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TocEntry {
    /// Heading level, 1–6.
    pub level: u8,
    /// The heading's id, to link to.
    pub id: String,
    /// The heading as plain text.
    pub title: String,
    /// Headings of a deeper level that follow this one.
    pub children: Vec<TocEntry>,
}

/// Nests a flat list of headings by level: each heading holds the deeper ones that follow it.
pub fn nest(flat: Vec<TocEntry>) -> Vec<TocEntry> {
    let mut roots: Vec<TocEntry> = Vec::new();
    for entry in flat {
        insert(&mut roots, entry);
    }
    roots
}

fn insert(siblings: &mut Vec<TocEntry>, entry: TocEntry) {
    match siblings.last_mut() {
        Some(last) if last.level < entry.level => insert(&mut last.children, entry),
        _ => siblings.push(entry),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_avoid_reserved_ones() {
        let mut ids = IdAllocator::default();
        assert!(ids.reserve("bronnen"));
        assert!(!ids.reserve("bronnen"));
        assert_eq!(ids.allocate("Bronnen"), "bronnen-1");
        assert_eq!(ids.allocate("Vitamine D-tekort"), "vitamine-d-tekort");
        assert_eq!(ids.allocate("Vitamine D-tekort"), "vitamine-d-tekort-1");
        assert_eq!(ids.allocate("💤"), "heading");
    }

    #[test]
    fn nests_by_level() {
        let e = |level, id: &str| TocEntry {
            level,
            id: id.to_string(),
            title: id.to_string(),
            children: vec![],
        };
        let toc = nest(vec![
            e(2, "a"),
            e(3, "a1"),
            e(4, "a1x"),
            e(3, "a2"),
            e(2, "b"),
        ]);
        assert_eq!(toc.len(), 2);
        assert_eq!(toc[0].children.len(), 2);
        assert_eq!(toc[0].children[0].children[0].id, "a1x");
        assert_eq!(toc[1].id, "b");
    }
}
