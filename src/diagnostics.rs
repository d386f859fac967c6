//! Findings about a site's files, in the format fixed by DESIGN.md.
//!
//! Every stage of the pipeline reports problems as [`Diagnostic`]s instead of stopping at the
//! first one, so an editor sees everything that is wrong in a single run.

use std::fmt;
use std::ops::Range;
use std::sync::{LazyLock, OnceLock};

/// How bad a finding is: errors fail the build, warnings are only printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// Fails the run (exit code 1, or 2 for configuration).
    Error,
    /// Printed, but the run still succeeds.
    Warning,
}

impl Severity {
    /// The lowercase name used in both output formats.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// One finding, pointing at a span of a file as the editor sees it (1-based lines and columns,
/// columns counted in characters).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Path relative to the site root, with `/` separators.
    pub file: String,
    /// First line of the span.
    pub line: usize,
    /// First column of the span.
    pub column: usize,
    /// Last line of the span.
    pub end_line: usize,
    /// Column just past the span.
    pub end_column: usize,
    /// Error or warning.
    pub severity: Severity,
    /// Stable kebab-case code, e.g. `broken-link`.
    pub code: &'static str,
    /// What is wrong and, where it helps, how to fix it.
    pub message: String,
    /// The offending text, quoted in the human form. (Boxed to keep diagnostics small: they
    /// travel in `Result`s everywhere.)
    pub text: Option<Box<str>>,
}

impl Diagnostic {
    /// An error at a position with no useful extent (used where only a point is known).
    pub fn error_at(file: &str, position: Position, code: &'static str, message: String) -> Self {
        Diagnostic {
            file: file.to_string(),
            line: position.line,
            column: position.column,
            end_line: position.line,
            end_column: position.column,
            severity: Severity::Error,
            code,
            message,
            text: None,
        }
    }

    /// An error covering a byte range of `source`.
    pub fn error_in(
        source: &SourceText,
        range: Range<usize>,
        code: &'static str,
        message: String,
    ) -> Self {
        let start = source.position(range.start);
        let end = source.position(range.end.max(range.start));
        Diagnostic {
            file: source.display_path.clone(),
            line: start.line,
            column: start.column,
            end_line: end.line,
            end_column: end.column,
            severity: Severity::Error,
            code,
            message,
            text: None,
        }
    }

    /// The same finding as a warning.
    pub fn as_warning(mut self) -> Self {
        self.severity = Severity::Warning;
        self
    }

    /// The same finding, quoting the offending text.
    pub fn with_text(mut self, text: impl Into<String>) -> Self {
        self.text = Some(text.into().into_boxed_str());
        self
    }

    fn sort_key(&self) -> (&str, usize, usize, &str, &str) {
        (&self.file, self.line, self.column, self.code, &self.message)
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}[{}]: {}",
            self.file,
            self.line,
            self.column,
            self.severity.as_str(),
            self.code,
            self.message
        )?;
        if let Some(text) = &self.text {
            write!(f, ": \"{}\"", shorten(text, 80))?;
        }
        Ok(())
    }
}

impl std::error::Error for Diagnostic {}

/// Puts findings in a stable order (file, line, column), so output is the same on every run
/// even though pages are processed in parallel.
pub fn sort(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
}

/// Counts of a run's findings, for the summary line.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summary {
    /// Number of errors.
    pub errors: usize,
    /// Number of warnings.
    pub warnings: usize,
    /// Number of distinct files with at least one finding.
    pub files: usize,
}

impl Summary {
    /// Counts the findings in `diagnostics`.
    pub fn of(diagnostics: &[Diagnostic]) -> Self {
        let mut files: Vec<&str> = diagnostics.iter().map(|d| d.file.as_str()).collect();
        files.sort_unstable();
        files.dedup();
        Summary {
            errors: count(diagnostics, Severity::Error),
            warnings: count(diagnostics, Severity::Warning),
            files: files.len(),
        }
    }
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} {}, {} {} in {} {}",
            self.errors,
            plural(self.errors, "error", "errors"),
            self.warnings,
            plural(self.warnings, "warning", "warnings"),
            self.files,
            plural(self.files, "file", "files"),
        )
    }
}

/// True when any finding is an error.
pub fn has_errors(diagnostics: &[Diagnostic]) -> bool {
    diagnostics.iter().any(|d| d.severity == Severity::Error)
}

fn count(diagnostics: &[Diagnostic], severity: Severity) -> usize {
    diagnostics
        .iter()
        .filter(|d| d.severity == severity)
        .count()
}

fn plural(n: usize, one: &'static str, other: &'static str) -> &'static str {
    if n == 1 { one } else { other }
}

fn shorten(text: &str, max_chars: usize) -> String {
    let text = text.trim();
    if text.chars().count() <= max_chars {
        return text.to_string();
    }
    let cut: String = text.chars().take(max_chars).collect();
    format!("{} …", cut.trim_end())
}

/// A 1-based line and column (in characters).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    /// 1-based line.
    pub line: usize,
    /// 1-based column, counted in Unicode scalar values.
    pub column: usize,
}

impl Position {
    /// The first character of a file.
    pub const START: Position = Position { line: 1, column: 1 };
}

/// The text of one source file with what is needed to turn byte offsets into positions.
#[derive(Debug, Clone)]
pub struct SourceText {
    /// Path relative to the site root, as diagnostics show it.
    pub display_path: String,
    /// The whole file, as read.
    pub text: String,
    /// What turns offsets into positions, made the first time a position is asked for (most
    /// files of a site never have a finding).
    index: OnceLock<PositionIndex>,
    /// A digest of the text, made the first time it is asked for.
    digest: OnceLock<blake3::Hash>,
}

/// Where the lines and characters of a text are.
#[derive(Debug, Clone)]
struct PositionIndex {
    /// Where each line starts. `u32`: every article of a site is held at once, and a text
    /// file of 4 GiB is no article (beyond that, positions saturate rather than fail).
    line_starts: Vec<u32>,
    /// The number of counted characters (see [`is_counted`]) before every
    /// [`CHECKPOINT_BYTES`]-th byte, so a column is counted from a checkpoint, not from the
    /// start of its line: a paragraph written as one long line may hold thousands of findings.
    counted_before: Vec<usize>,
}

impl PositionIndex {
    /// Indexes `text` for position lookups, with vectorised passes over its bytes.
    fn of(text: &str) -> Self {
        let bytes = text.as_bytes();
        let mut line_starts = vec![0];
        line_starts.extend(
            memchr::memchr_iter(b'\n', bytes).map(|at| u32::try_from(at + 1).unwrap_or(u32::MAX)),
        );
        // A character starts at every byte that is not a continuation byte; a CR and the first
        // byte of a byte-order mark (EF BB BF) start none an editor counts. A character
        // straddling a checkpoint is counted at its first byte, before it.
        let mut byte_order_marks = BYTE_ORDER_MARK.find_iter(bytes).peekable();
        let mut counted_before = Vec::with_capacity(bytes.len() / CHECKPOINT_BYTES + 1);
        let mut counted = 0;
        for (chunk_index, chunk) in bytes.chunks(CHECKPOINT_BYTES).enumerate() {
            counted_before.push(counted);
            let starts = chunk
                .iter()
                .map(|&byte| usize::from(byte & 0xC0 != 0x80 && byte != b'\r'))
                .sum::<usize>();
            let chunk_end = chunk_index * CHECKPOINT_BYTES + chunk.len();
            let mut marks = 0;
            while byte_order_marks.next_if(|&at| at < chunk_end).is_some() {
                marks += 1;
            }
            counted += starts - marks;
        }
        PositionIndex {
            line_starts,
            counted_before,
        }
    }
}

/// Finds byte-order marks, which are no column an editor counts.
static BYTE_ORDER_MARK: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new("\u{feff}"));

/// Distance between two checkpoints of [`SourceText`]'s character counts, in bytes.
const CHECKPOINT_BYTES: usize = 1024;

/// A character an editor sees as a column: neither a CR before a newline nor a byte-order mark.
fn is_counted(c: char) -> bool {
    c != '\r' && c != '\u{feff}'
}

impl SourceText {
    /// A source text; positions are looked up in it once it is indexed, at the first.
    pub fn new(display_path: impl Into<String>, text: String) -> Self {
        SourceText {
            display_path: display_path.into(),
            text,
            index: OnceLock::new(),
            digest: OnceLock::new(),
        }
    }

    fn index(&self) -> &PositionIndex {
        self.index.get_or_init(|| PositionIndex::of(&self.text))
    }

    /// A digest of the text, computed once: `kennis serve` keeps unchanged files from one
    /// rebuild to the next, and tells what an article depends on by its files' digests.
    pub fn digest(&self) -> blake3::Hash {
        *self
            .digest
            .get_or_init(|| blake3::hash(self.text.as_bytes()))
    }

    /// The line and column of byte `offset` (clamped to the text; a `\r` before a newline and a
    /// byte-order mark are not counted, so the columns are those an editor shows).
    pub fn position(&self, offset: usize) -> Position {
        let offset = floor_char_boundary(&self.text, offset.min(self.text.len()));
        let index = self.index();
        let line_index = index
            .line_starts
            .partition_point(|&start| start as usize <= offset)
            .saturating_sub(1);
        let line_start =
            (index.line_starts.get(line_index).copied().unwrap_or(0) as usize).min(offset);
        Position {
            line: line_index + 1,
            column: self.counted_up_to(offset) - self.counted_up_to(line_start) + 1,
        }
    }

    /// The number of counted characters before byte `offset` (a character boundary).
    fn counted_up_to(&self, offset: usize) -> usize {
        // The last checkpoint at or before `offset` that is a character boundary the count
        // was taken at.
        let counted_before = &self.index().counted_before;
        let mut checkpoint = (offset / CHECKPOINT_BYTES + 1).min(counted_before.len());
        let (from, before) = loop {
            match checkpoint.checked_sub(1) {
                None => break (0, 0),
                Some(index) => {
                    let at = index * CHECKPOINT_BYTES;
                    if at <= offset && self.text.is_char_boundary(at) {
                        break (at, counted_before[index]);
                    }
                    checkpoint = index;
                }
            }
        };
        before
            + self.text[from..offset]
                .chars()
                .filter(|&c| is_counted(c))
                .count()
    }
}

/// The position of the first byte of `bytes` that is not valid UTF-8, for reporting files that
/// cannot be read as text.
pub fn invalid_utf8_position(bytes: &[u8], valid_up_to: usize) -> Position {
    // The prefix up to `valid_up_to` is valid UTF-8 by definition of the error.
    let prefix = String::from_utf8_lossy(&bytes[..valid_up_to]);
    SourceText::new("", prefix.into_owned()).position(valid_up_to)
}

/// How diagnostics name a file: its path relative to the site root, with `/` separators and
/// without `.` parts (`./content/x.nl.md` is `content/x.nl.md`). A path outside the root keeps
/// its own start (`/`, `../`).
pub fn display_path(root: &std::path::Path, path: &std::path::Path) -> String {
    use std::path::Component;
    let relative = path.strip_prefix(root).unwrap_or(path);
    let mut shown = String::new();
    for component in relative.components() {
        match component {
            Component::CurDir => {}
            Component::Prefix(prefix) => shown.push_str(&prefix.as_os_str().to_string_lossy()),
            Component::RootDir => shown.push('/'),
            Component::ParentDir | Component::Normal(_) => {
                if !shown.is_empty() && !shown.ends_with('/') {
                    shown.push('/');
                }
                shown.push_str(&component.as_os_str().to_string_lossy());
            }
        }
    }
    shown
}

/// How a command names a file it was given or writes (the import's report): as
/// [`display_path`] names it from the folder the command runs in, so `--root .` gives
/// `content/artikelen/x.nl.md`, not `./content/…`, as `kennis check` names it.
pub fn path_from_here(path: &std::path::Path) -> String {
    // Without a working folder (it was deleted), only the `.` parts go.
    let here = std::env::current_dir().unwrap_or_default();
    display_path(&here, path)
}

fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_paths_have_no_dot_parts_and_keep_their_start() {
        use std::path::Path;
        let root = Path::new("/site");
        assert_eq!(
            display_path(root, Path::new("/site/content/a.nl.md")),
            "content/a.nl.md"
        );
        assert_eq!(
            display_path(Path::new("/elders"), Path::new("./content/a.nl.md")),
            "content/a.nl.md"
        );
        assert_eq!(
            display_path(Path::new("/elders"), Path::new("/site/./content/a.nl.md")),
            "/site/content/a.nl.md"
        );
        assert_eq!(
            display_path(Path::new("/elders"), Path::new("../site/content/a.nl.md")),
            "../site/content/a.nl.md"
        );
        let here = std::env::current_dir().unwrap_or_default();
        assert_eq!(
            path_from_here(&here.join("content").join("a.nl.md")),
            "content/a.nl.md"
        );
        assert_eq!(path_from_here(Path::new("./x/./y.md")), "x/y.md");
    }

    /// Positions the slow way: counting from the start of the line.
    fn naive_position(text: &str, offset: usize) -> Position {
        let line_start = text[..offset].rfind('\n').map_or(0, |at| at + 1);
        Position {
            line: text[..offset].matches('\n').count() + 1,
            column: text[line_start..offset]
                .chars()
                .filter(|&c| is_counted(c))
                .count()
                + 1,
        }
    }

    #[test]
    fn positions_on_long_lines_match_counting_from_the_line_start() {
        // Several kilobytes on few lines, with characters of 1 to 4 bytes, CRs and a byte-order
        // mark, so checkpoints fall inside characters too.
        let mut text = String::from("\u{feff}");
        for i in 0..3000 {
            text.push(match i % 7 {
                0 => 'é',
                1 => '€',
                2 => '𝄞',
                3 => '\r',
                _ => 'a',
            });
            if i % 1400 == 1399 {
                text.push('\n');
            }
        }
        let source = SourceText::new("x.md", text.clone());
        for (offset, _) in text.char_indices().chain([(text.len(), ' ')]) {
            assert_eq!(
                source.position(offset),
                naive_position(&text, offset),
                "at {offset}"
            );
        }
    }

    proptest::proptest! {
        #[test]
        fn positions_match_counting_from_the_line_start(
            text in "[a\r\n\u{feff}é€𝄞]{0,1200}",
        ) {
            let source = SourceText::new("x.md", text.clone());
            for (offset, _) in text.char_indices().chain([(text.len(), ' ')]) {
                proptest::prop_assert_eq!(source.position(offset), naive_position(&text, offset));
            }
        }
    }

    #[test]
    fn positions_are_one_based_and_count_characters() {
        let source = SourceText::new("x.md", "ab\nëé x\r\nz".to_string());
        assert_eq!(source.position(0), Position { line: 1, column: 1 });
        assert_eq!(source.position(3), Position { line: 2, column: 1 });
        // "ëé " is 5 bytes, 3 characters.
        assert_eq!(source.position(8), Position { line: 2, column: 4 });
        // The \r of a CRLF line ending is not a column.
        assert_eq!(source.position(10), Position { line: 2, column: 5 });
        assert_eq!(source.position(11), Position { line: 3, column: 1 });
        assert_eq!(source.position(999), Position { line: 3, column: 2 });
        let with_bom = SourceText::new("x.md", "\u{feff}+++".to_string());
        assert_eq!(with_bom.position(3), Position { line: 1, column: 1 });
    }

    #[test]
    fn human_form_matches_the_design() {
        let d = Diagnostic::error_at(
            "content/artikelen/x.nl.md",
            Position {
                line: 12,
                column: 5,
            },
            "uncited-claim",
            "health claim has no source".to_string(),
        )
        .with_text("Magnesium verlaagt cortisol.");
        assert_eq!(
            d.to_string(),
            "content/artikelen/x.nl.md:12:5: error[uncited-claim]: health claim has no source: \"Magnesium verlaagt cortisol.\""
        );
    }

    #[test]
    fn summary_counts_files_once() {
        let a = Diagnostic::error_at("a", Position::START, "x", String::new());
        let b = a.clone().as_warning();
        let c = Diagnostic::error_at("b", Position::START, "x", String::new());
        assert_eq!(
            Summary::of(&[a, b, c]).to_string(),
            "2 errors, 1 warning in 2 files"
        );
    }
}
