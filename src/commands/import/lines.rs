//! The input text as numbered lines, with indentation measured and invisible debris removed.

/// One line of the input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// 1-based line number in the input, for the report.
    pub number: usize,
    /// Leading spaces (a tab counts as four).
    pub indent: usize,
    /// The text without leading and trailing white space.
    pub text: String,
}

impl Line {
    /// True for an empty (or white-space-only) line.
    pub fn is_blank(&self) -> bool {
        self.text.is_empty()
    }
}

/// Splits `input` into lines, at `\n`, `\r\n` or a lone `\r` (old Mac text). Non-breaking and
/// zero-width spaces, which scraped text is full of, become ordinary spaces or disappear; a
/// byte-order mark is dropped.
pub fn split(input: &str) -> Vec<Line> {
    let input = input.strip_prefix('\u{feff}').unwrap_or(input);
    let input = input.replace("\r\n", "\n").replace('\r', "\n");
    input
        .lines()
        .enumerate()
        .map(|(i, raw)| {
            let cleaned: String = raw
                .chars()
                .filter(|&c| !matches!(c, '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{feff}'))
                .map(|c| {
                    if matches!(c, '\u{a0}' | '\u{202f}' | '\u{2007}') {
                        ' '
                    } else {
                        c
                    }
                })
                .collect();
            let indent = cleaned
                .chars()
                .take_while(|c| c.is_whitespace())
                .map(|c| if c == '\t' { 4 } else { 1 })
                .sum();
            Line {
                number: i + 1,
                indent,
                text: cleaned.trim().to_string(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn measures_indent_and_cleans_spaces() {
        let lines = split("\u{feff}Titel\r\n  • item\u{a0}een\n\tnog\n");
        assert_eq!(lines.len(), 3);
        assert_eq!(lines[0].text, "Titel");
        assert_eq!((lines[1].indent, lines[1].text.as_str()), (2, "• item een"));
        assert_eq!((lines[2].number, lines[2].indent), (3, 4));
        let old_mac = split("Titel\rTekst\r\rMeer");
        assert_eq!(old_mac.len(), 4);
        assert_eq!(old_mac[3].text, "Meer");
    }
}
