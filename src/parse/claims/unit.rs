//! What the claim checker judges: a unit of text with its place, its kind and what a reader
//! has in mind when reading it. [`crate::parse::markdown::claim_units`] cuts a body into units.

use std::ops::Range;

use serde::Deserialize;

/// Where a unit stands, which says how it is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum UnitKind {
    /// A sentence of a paragraph.
    Sentence,
    /// A list item (or a sentence of one): often a bare phrase its lead-in explains.
    ListItem,
    /// A table cell: often a bare phrase its column or lead-in explains.
    TableCell,
    /// A sentence of an FAQ answer, read with its question.
    Answer,
    /// A sentence of a block quote or callout.
    Quote,
    /// A sentence of a footnote.
    Footnote,
    /// The article's title, shown alone in lists, feeds and link previews.
    Title,
    /// The article's description, shown alone likewise.
    Description,
    /// A heading or question: never a claim, only context for what follows.
    Heading,
}

impl UnitKind {
    /// The name used in data files and corpora (`list-item`, `table-cell`, …).
    pub fn name(self) -> &'static str {
        match self {
            UnitKind::Sentence => "sentence",
            UnitKind::ListItem => "list-item",
            UnitKind::TableCell => "table-cell",
            UnitKind::Answer => "answer",
            UnitKind::Quote => "quote",
            UnitKind::Footnote => "footnote",
            UnitKind::Title => "title",
            UnitKind::Description => "description",
            UnitKind::Heading => "heading",
        }
    }
}

/// Citation keys, shared by the units they cover (most units of a paragraph share one set).
pub type Keys = std::rc::Rc<[String]>;

impl Unit {
    /// Whether a citation covers it.
    pub fn covered(&self) -> bool {
        !self.covered_by.is_empty()
    }
}

/// One unit of an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unit {
    /// The text as the reader sees it.
    pub text: String,
    /// Where it is in the source file.
    pub range: Range<usize>,
    /// Where it stands.
    pub kind: UnitKind,
    /// The index of the unit a reader has in mind when reading this one.
    pub context: Option<usize>,
    /// The keys of the citations that cover it (in the sentence, else the first later in the
    /// paragraph; in the lead-in; in the table row; or on the sentence a footnote marks):
    /// empty when none does.
    pub covered_by: Keys,
    /// The editor marked its block with `<!-- kennis:weak-source -->`: its text says why it
    /// rests on weaker sources than the site asks for.
    pub weak_source_accepted: bool,
    /// When it links to other pages of the site (`@/…`): its own words, without the links'
    /// text (the titles of those pages). "Lees meer in [Magnesium en slaap](@/…)." is
    /// navigation by its own words.
    pub own_words: Option<String>,
}
