//! Text pieced together from several Markdown events, with the way back to the source file.
//!
//! pulldown-cmark hands running text over in pieces (a `[` on its own, smart quotes apart, a
//! soft line break). Citations and sentences span those pieces, so they are searched in the
//! joined text and their places mapped back to the file for diagnostics and markers.

use std::ops::Range;

/// Joined text and where each piece came from.
#[derive(Debug, Clone, Default)]
pub struct Spliced {
    /// The joined text.
    pub text: String,
    pieces: Vec<Piece>,
}

#[derive(Debug, Clone)]
struct Piece {
    /// Where the piece starts in `text`.
    start: usize,
    /// Where it came from in the source file.
    source: Range<usize>,
    /// Its first character was written with a backslash before it (`\\[`).
    escaped: bool,
}

impl Spliced {
    /// Appends `text`, which came from `source` in `file` (the whole file's text).
    pub fn push(&mut self, text: &str, source: Range<usize>, file: &str) {
        // pulldown-cmark leaves the backslash of an escape out of the text and the range.
        let escaped = source.start > 0 && file.as_bytes().get(source.start - 1) == Some(&b'\\');
        self.pieces.push(Piece {
            start: self.text.len(),
            source,
            escaped,
        });
        self.text.push_str(text);
    }

    /// Empties the text, keeping its room for the next.
    pub fn clear(&mut self) {
        self.text.clear();
        self.pieces.clear();
    }

    /// True when nothing was pushed.
    pub fn is_empty(&self) -> bool {
        self.pieces.is_empty()
    }

    /// The byte offset in the file of byte `offset` of the joined text. Within a piece that
    /// is a verbatim copy of the file the offset is exact; a piece that differs from its source
    /// (an entity, a smart quote) maps to its start, or its end for an offset at its end.
    pub fn source_offset(&self, offset: usize) -> usize {
        let count = self.pieces.partition_point(|p| p.start <= offset);
        self.map_into(count.checked_sub(1), offset)
    }

    /// The byte offset in the joined text of file offset `source`, when a piece ends at or
    /// after it (an offset inside a piece that differs from its source maps to the piece's end).
    pub fn text_offset(&self, source: usize) -> Option<usize> {
        let index = self
            .pieces
            .iter()
            .position(|p| p.source.start < source && source <= p.source.end)?;
        let piece = &self.pieces[index];
        let len = self.piece_len(index);
        Some(if len == piece.source.len() {
            piece.start + (source - piece.source.start)
        } else {
            piece.start + len
        })
    }

    /// The citations in the joined text, leaving out brackets the editor escaped (`\\[@a\\]` is
    /// text, as in Pandoc).
    pub fn citations(&self) -> Vec<super::citations::Citation> {
        super::citations::find(&self.text)
            .into_iter()
            .filter(|c| !self.is_escaped(c.range.start) && !self.is_escaped(c.range.end - 1))
            .collect()
    }

    /// True when the character at `offset` was written with a backslash escape.
    fn is_escaped(&self, offset: usize) -> bool {
        let index = self.pieces.partition_point(|p| p.start <= offset);
        index
            .checked_sub(1)
            .is_some_and(|i| self.pieces[i].start == offset && self.pieces[i].escaped)
    }

    /// The file range of a range of the joined text. Its end, at the boundary of two pieces,
    /// maps to the end of the first piece, not the start of the second.
    pub fn source_range(&self, range: Range<usize>) -> Range<usize> {
        let start = self.source_offset(range.start);
        let count = self.pieces.partition_point(|p| p.start < range.end);
        let end = self.map_into(count.checked_sub(1), range.end);
        start..end.max(start)
    }

    /// Maps `offset` of the joined text through piece `index` (the one it falls in).
    fn map_into(&self, index: Option<usize>, offset: usize) -> usize {
        let Some(index) = index else {
            return self.pieces.first().map_or(0, |p| p.source.start);
        };
        let piece = &self.pieces[index];
        let len = self.piece_len(index);
        let within = offset - piece.start;
        if len == piece.source.len() {
            piece.source.start + within.min(len)
        } else if within >= len {
            piece.source.end
        } else {
            piece.source.start
        }
    }

    fn piece_len(&self, index: usize) -> usize {
        let end = self
            .pieces
            .get(index + 1)
            .map_or(self.text.len(), |next| next.start);
        end - self.pieces[index].start
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_offsets_back_to_the_file() {
        // File: "ab \"c\" d" where the quotes became smart quotes in the events.
        const FILE: &str = "ab \"c\" d";
        let mut spliced = Spliced::default();
        spliced.push("ab ", 0..3, FILE);
        spliced.push("“", 3..4, FILE);
        spliced.push("c", 4..5, FILE);
        spliced.push("”", 5..6, FILE);
        spliced.push(" d", 6..8, FILE);
        assert_eq!(spliced.text, "ab “c” d");
        assert_eq!(spliced.source_offset(1), 1);
        let c = spliced.text.find('c').unwrap_or_else(|| unreachable!());
        assert_eq!(spliced.source_offset(c), 4);
        assert_eq!(spliced.source_range(0..spliced.text.len()), 0..8);
        assert_eq!(spliced.source_range(0..3), 0..3);
    }
}
