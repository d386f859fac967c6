//! Finding references wherever they stand in a text: lists under a references or notes heading
//! (at the end, or at the top under the title), numbered notes at the end without a heading,
//! and "Bron:" lines; then citing them in the body (see [`cite`](super::cite)).

use std::collections::HashMap;

use super::super::lines::Line;
use super::super::markers::{Markers, strip_prefix_ignore_case};
use super::super::report::{Report, quote};
use super::super::text::ends_like_sentence;
use super::cite::{self, Shapes};
use super::{
    Entry, entry_number, entry_text, extent, group, is_heading, is_name, is_reference_like, read,
};
use crate::load::content::reference::Reference;

/// Lines of the text taken out as references, and what they hold.
struct Region {
    /// Its first line (the heading, if it has one).
    start: usize,
    /// One past its last line.
    end: usize,
    /// Its entries.
    entries: Vec<Entry>,
    /// For a "Bron:" line, the line it cites: the paragraph line above it.
    anchor: Option<usize>,
    /// True for a "Bron:" line.
    source_line: bool,
    /// True for a list with more of the text after it than before it: a sources block at the
    /// top, whose entries the text does not mark.
    at_top: bool,
}

impl Region {
    /// A list of references at the end of the text, which cites no paragraph of its own.
    fn at_the_end(start: usize, end: usize, entries: Vec<Entry>) -> Region {
        Region {
            start,
            end,
            entries,
            anchor: None,
            source_line: false,
            at_top: false,
        }
    }
}

/// The text without its references, and the references: every list under a references
/// heading ("Bronnen") that holds references, wherever it stands; a numbered list under a notes
/// heading ("Noten") or, without a heading, at the end of the text; and "Bron:" lines. Note
/// markers in the body become citations of their entries, and a "Bron:" line under a paragraph
/// cites that paragraph. A references heading over anything else ("Bronnen:" over foods) and a
/// "Bron:" line that names no source stay text.
pub fn split_off(
    lines: Vec<Line>,
    markers: &Markers,
    report: &mut Report,
) -> (Vec<Line>, Vec<Reference>) {
    let mut regions = lists_under_headings(&lines, markers, report);
    if !regions
        .iter()
        .any(|r| r.entries.iter().any(|e| e.number.is_some()))
        && let Some(notes) = notes_at_the_end(&lines, &regions, markers, report)
    {
        regions.push(notes);
    }
    if regions.is_empty()
        && let Some(list) = unheaded_list_at_the_end(&lines, markers, report)
    {
        regions.push(list);
    }
    regions.extend(source_lines(&lines, &regions, markers, report));
    regions.sort_by_key(|r| r.start);

    let entries: Vec<Entry> = regions
        .iter()
        .flat_map(|r| r.entries.iter().cloned())
        .collect();
    let (references, ids) = read(&entries, markers, report);

    // The keys of each region's entries, and what the note numbers stand for (the last
    // numbered list counts when there are several).
    let mut numbers: HashMap<usize, String> = HashMap::new();
    let mut keys_of: Vec<Vec<String>> = Vec::new();
    let mut given = ids.into_iter();
    for region in &regions {
        let mut keys = Vec::new();
        for entry in &region.entries {
            let Some(key) = given.next() else { break };
            if let Some(number) = entry.number.as_ref().and_then(|n| n.parse().ok()) {
                numbers.insert(number, key.clone());
            }
            if !keys.contains(&key) {
                keys.push(key);
            }
        }
        keys_of.push(keys);
    }

    let mut body: Vec<Line> = Vec::with_capacity(lines.len());
    let mut cite_after: HashMap<usize, Vec<String>> = HashMap::new();
    let mut next = 0;
    for (region, keys) in regions.iter().zip(&keys_of) {
        body.extend_from_slice(&lines[next.min(region.start)..region.start]);
        next = next.max(region.end);
        // The region's place: what came before and after it are separate blocks.
        body.push(Line {
            number: lines[region.start].number,
            indent: 0,
            text: String::new(),
        });
        match region.anchor {
            Some(anchor) => {
                report.recognised(
                    lines[region.start].number,
                    format!(
                        "{} cites the paragraph above it (line {})",
                        quote(&lines[region.start].text),
                        lines[anchor].number
                    ),
                );
                cite_after
                    .entry(lines[anchor].number)
                    .or_default()
                    .extend(keys.iter().cloned());
            }
            None if region.source_line => report.review(
                lines[region.start].number,
                format!(
                    "{} stands under no paragraph: its sources are listed but cite nothing; \
                     add citations where they support the text",
                    quote(&lines[region.start].text)
                ),
            ),
            None => {}
        }
    }
    body.extend_from_slice(&lines[next.min(lines.len())..]);

    let shapes = Shapes {
        parentheses: !body.iter().any(|l| {
            let (_, found) =
                cite::replace_markers(&l.text, &numbers, Shapes { parentheses: false });
            found.iter().any(|m| m.text.starts_with('['))
        }),
    };
    let mut cited: Vec<String> = cite_after.values().flatten().cloned().collect();
    for line in &mut body {
        if !numbers.is_empty() {
            let (text, found) = cite::replace_markers(&line.text, &numbers, shapes);
            for marker in found {
                cited.extend(marker.keys.iter().flatten().cloned());
                match &marker.keys {
                    Some(keys) => report.recognised(
                        line.number,
                        format!(
                            "note marker {} → citation of {}",
                            marker.text,
                            keys.join(", ")
                        ),
                    ),
                    None => report.review(
                        line.number,
                        format!(
                            "note marker {} has no entry in the reference list: kept as text",
                            marker.text
                        ),
                    ),
                }
            }
            line.text = text;
        }
        if let Some(keys) = cite_after.get(&line.number) {
            line.text = cite::append(&line.text, keys);
        }
    }
    for (region, keys) in regions.iter().zip(&keys_of) {
        if region.at_top && !keys.iter().any(|k| cited.contains(k)) {
            report.review(
                lines[region.start].number,
                "the references listed here are cited nowhere in the text: add citations where \
                 they support it",
            );
        }
    }
    (body, references)
}

/// True when `text` is a heading that may open a list of numbered notes: "Noten", "Voetnoten".
fn is_notes_heading(text: &str, markers: &Markers) -> bool {
    markers.notes.iter().any(|marker| {
        strip_prefix_ignore_case(text, marker)
            .is_some_and(|rest| rest.trim().trim_end_matches(':').trim().is_empty())
    })
}

/// The lists under references and notes headings. A references heading over something that is
/// not a reference stays text, and is reported.
fn lists_under_headings(lines: &[Line], markers: &Markers, report: &mut Report) -> Vec<Region> {
    let mut regions = Vec::new();
    let mut from = 0;
    for i in 0..lines.len() {
        if i < from {
            continue;
        }
        let text = &lines[i].text;
        let references = is_heading(text, markers);
        let notes = is_notes_heading(text, markers);
        if !references && !notes {
            continue;
        }
        let rest = &lines[i + 1..];
        let first = rest.iter().find(|l| !l.is_blank());
        let opens = first.is_some_and(|l| {
            if references {
                is_reference_like(&l.text, markers)
            } else {
                entry_number(&l.text).is_some()
            }
        });
        if !opens {
            if references {
                report.review(
                    lines[i].number,
                    format!(
                        "{} is not followed by the reference list: kept as text",
                        quote(text)
                    ),
                );
            }
            continue;
        }
        let length = extent(rest, markers);
        report.recognised(lines[i].number, "reference list");
        let end = i + 1 + length;
        // Text after a list at the end is worth a look; after a list at the top it is the body.
        let text_before = lines[..i].iter().filter(|l| !l.is_blank()).count();
        let text_after = lines[end..].iter().filter(|l| !l.is_blank()).count();
        if text_after < text_before
            && let Some(after) = lines[end..].iter().find(|l| !l.is_blank())
        {
            report.review(
                after.number,
                "text after the reference list: kept at the end of the article",
            );
        }
        regions.push(Region {
            start: i,
            end,
            entries: group(&rest[..length]),
            anchor: None,
            source_line: false,
            at_top: text_after >= text_before,
        });
        from = end;
    }
    regions
}

/// Numbered notes at the end of the text without a heading: the last run of numbered entries
/// starting at 1, with at most a few lines after it, each of which reads like a reference, with
/// either two entries or more or a marker of its first note in the text above; or, when the
/// text marks its first note, two entries or more of which at least half read like references.
fn notes_at_the_end(
    lines: &[Line],
    regions: &[Region],
    markers: &Markers,
    report: &mut Report,
) -> Option<Region> {
    /// Lines the page may have after its notes (a signature, a line of boilerplate).
    const LINES_AFTER: usize = 3;
    let free = |i: usize| !regions.iter().any(|r| r.start <= i && i < r.end);
    let start = (0..lines.len())
        .rev()
        .find(|&i| free(i) && entry_number(&lines[i].text) == Some(1))?;
    let length = extent(&lines[start..], markers);
    let end = start + length;
    if (start..end).any(|i| !free(i)) {
        return None;
    }
    let after = lines[end..].iter().filter(|l| !l.is_blank()).count();
    let entries = group(&lines[start..end]);
    let reference_like = entries
        .iter()
        .filter(|e| is_reference_like(&e.text, markers))
        .count();
    let marked = marked_notes(&lines[..start], 1, Shapes { parentheses: true })
        .iter()
        .all(|&m| m);
    // Every entry reads like a reference; or the text marks its notes and most of them do
    // (a report of an agency, "Den Haag; 2019", has no sign of a citation).
    let references = reference_like == entries.len() && (entries.len() >= 2 || marked)
        || marked && entries.len() >= 2 && reference_like * 2 >= entries.len();
    if after > LINES_AFTER || !references {
        return None;
    }
    report.recognised(
        lines[start].number,
        "numbered notes without a heading: read as the reference list",
    );
    Some(Region::at_the_end(start, end, entries))
}

/// A list without heading or numbers that ends the text: its last block of lines, each of which
/// reads like a reference, two or more of them, or one that the text marks as its note ("…
/// ontlasting.¹"). When the text marks as many notes as the list has lines, the lines are those
/// notes, in order.
fn unheaded_list_at_the_end(
    lines: &[Line],
    markers: &Markers,
    report: &mut Report,
) -> Option<Region> {
    let end = lines.iter().rposition(|l| !l.is_blank())? + 1;
    let start = lines[..end]
        .iter()
        .rposition(Line::is_blank)
        .map_or(0, |blank| blank + 1);
    let block = &lines[start..end];
    // The text above the list: a list that is the whole text is no list of its sources.
    if start == 0
        || entry_number(&block[0].text).is_some()
        || !block.iter().all(|l| is_reference_like(&l.text, markers))
    {
        return None;
    }
    let count = block.len();
    let notes = marked_notes(&lines[..start], count, Shapes { parentheses: false })
        .iter()
        .all(|&m| m);
    if count < 2 && !notes {
        return None;
    }
    let mut entries = group(block);
    if notes {
        for (n, entry) in entries.iter_mut().enumerate() {
            entry.number = Some((n + 1).to_string());
        }
    }
    report.recognised(
        block[0].number,
        if notes {
            "lines that read like references end the text, as many as its note marks: read as \
             its numbered notes"
        } else {
            "lines that read like references end the text: read as the reference list"
        },
    );
    if !notes {
        report.review(
            block[0].number,
            "a reference list without a heading: check these lines are the article's sources, \
             and cite them where they support the text",
        );
    }
    Some(Region::at_the_end(start, end, entries))
}

/// Which of the notes 1 to `count` the text in `lines` marks (`[1]`, `¹`; `(1)` with
/// `shapes`), in order.
fn marked_notes(lines: &[Line], count: usize, shapes: Shapes) -> Vec<bool> {
    // Each note number stands for itself, to see which the text marks.
    let numbers: HashMap<usize, String> = (1..=count).map(|n| (n, n.to_string())).collect();
    let mut marked = vec![false; count];
    for line in lines {
        let (_, found) = cite::replace_markers(&line.text, &numbers, shapes);
        for key in found.iter().filter_map(|m| m.keys.as_ref()).flatten() {
            let index = key.parse::<usize>().ok().and_then(|n| n.checked_sub(1));
            if let Some(seen) = index.and_then(|n| marked.get_mut(n)) {
                *seen = true;
            }
        }
    }
    marked
}

/// "Bron: …" lines that name sources, each source (separated by ";") an entry. The paragraph
/// line right above (blank lines between allowed) is what it cites.
fn source_lines(
    lines: &[Line],
    regions: &[Region],
    markers: &Markers,
    report: &mut Report,
) -> Vec<Region> {
    let free = |i: usize| !regions.iter().any(|r| r.start <= i && i < r.end);
    let mut found = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        if !free(i) {
            continue;
        }
        let Some(rest) = markers
            .source_lines
            .iter()
            .find_map(|prefix| strip_prefix_ignore_case(&line.text, prefix))
        else {
            continue;
        };
        let parts: Vec<&str> = rest
            .split(';')
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .collect();
        if parts.is_empty() {
            continue;
        }
        let sources = parts.iter().all(|p| {
            let text = entry_text(p).map_or(*p, |(_, rest)| rest);
            is_reference_like(text, markers) || is_name(text)
        });
        if !sources {
            report.review(
                line.number,
                format!("{} names no source: kept as text", quote(&line.text)),
            );
            continue;
        }
        let above = (0..i).rev().find(|&j| !lines[j].is_blank());
        // Under another "Bron:" line it cites what that one cites.
        let anchor = match above.and_then(|j| found.iter().find(|r: &&Region| r.start == j)) {
            Some(region) => region.anchor,
            None => above.filter(|&j| free(j) && ends_like_sentence(&lines[j].text)),
        };
        found.push(Region {
            start: i,
            end: i + 1,
            entries: parts
                .iter()
                .map(|part| Entry {
                    line: line.number,
                    number: None,
                    text: (*part).to_string(),
                    notes: Vec::new(),
                    from_source_line: true,
                })
                .collect(),
            anchor,
            source_line: true,
            at_top: false,
        });
    }
    found
}
