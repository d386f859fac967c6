//! The head of an article, read before its body: the title, the date line and a subtitle.
//! The lines it uses are taken out of the text; everything else stays for the body.

use std::sync::LazyLock;

use regex::Regex;

use super::TextOptions;
use super::lines::Line;
use super::markers::{Markers, strip_prefix_ignore_case};
use super::references;
use super::report::{Report, quote};
use super::text::{ends_like_sentence, final_mark, pattern, sentences, word_count};
use crate::load::content::front_matter::Date;

/// A first line with more words than this is body text, not a title.
const MAX_TITLE_WORDS: usize = 20;

/// How many lines of text after the title may hold the date line.
const DATE_SEARCH_LINES: usize = 6;

/// How many lines of text at the end may hold the date line, when it says it is one.
const DATE_LINES_AT_THE_END: usize = 3;

/// A label above the title (a section or category) has at most this many words.
const MAX_LABEL_WORDS: usize = 3;

/// A subtitle has at most this many words.
const MAX_SUBTITLE_WORDS: usize = 14;

/// What the head of an article holds.
#[derive(Debug, Clone)]
pub struct Head {
    /// The title.
    pub title: String,
    /// Why the title may be wrong, when it may.
    pub title_doubt: Option<String>,
    /// The publication date.
    pub date: Date,
    /// A line under the title that introduces the article.
    pub subtitle: Option<String>,
}

/// Reads the head from the start of `lines` and takes out the lines it used.
pub fn read(
    lines: &mut Vec<Line>,
    options: &TextOptions,
    markers: &Markers,
    report: &mut Report,
) -> Head {
    let (title, title_doubt) = title(lines, options, markers, report);
    let date = date(lines, options, markers, report);
    let subtitle = subtitle(lines, markers, report);
    Head {
        title,
        title_doubt,
        date,
        subtitle,
    }
}

fn first_text(lines: &[Line], from: usize) -> Option<usize> {
    (from..lines.len()).find(|&i| !lines[i].is_blank())
}

/// How many lines of text at the start may hold the title and what stands around it.
const HEAD_LINES: usize = 12;

/// The title: the one the user gave, or the line of the head that reads as the title. Two
/// rules find it: the first title-like line past the page's labels, and the title-like line
/// the date line stands under (or, when the date comes first, the first one after it). When
/// they disagree, or there is no title-like line, the title is in doubt: the guess is used and
/// the report says why (`kennis import` then asks for `--title`). The lines before the title
/// are dropped, except a date line; a copy of the title on the next line is dropped too.
fn title(
    lines: &mut Vec<Line>,
    options: &TextOptions,
    markers: &Markers,
    report: &mut Report,
) -> (String, Option<String>) {
    let untitled = |report: &mut Report, why: &str| {
        report.review(1, format!("{why}: used {}", quote(&markers.untitled)));
        (markers.untitled.clone(), Some(why.to_string()))
    };
    if let Some(given) = &options.title {
        let title = given.trim().to_string();
        if title.is_empty() {
            return untitled(report, "the title given with --title is empty");
        }
        report.recognised(1, format!("title {} (given with --title)", quote(&title)));
        // The given title is often one of the head's lines: what stands above it goes.
        let head = head_lines(lines, markers);
        match head.into_iter().find(|&i| lines[i].text.trim() == title) {
            Some(line) => take_title_line(lines, line, markers, report),
            None => drop_repeated_title(lines, &title, report),
        }
        return (title, None);
    }
    let head = head_lines(lines, markers);
    let can_be_title = |i: usize| is_title_like(&lines[i].text, markers);
    let Some(first) = past_page_labels(lines, &head, markers) else {
        return match head.first() {
            Some(&i) if references::is_heading(&lines[i].text, markers) => untitled(
                report,
                "the text starts with its reference list, not a title",
            ),
            Some(&i) if is_body_text(&lines[i].text, markers) => {
                // Kept in the body, and used as the title only until the editor gives one.
                report.review(
                    lines[i].number,
                    "the first line reads like body text, not a title: it is kept in the body \
                     too; give a title with --title",
                );
                (
                    lines[i].text.clone(),
                    Some("the first line reads like body text".to_string()),
                )
            }
            _ => untitled(report, "no title"),
        };
    };
    let anchored = head
        .iter()
        .position(|&i| !matches!(date_line(&lines[i].text, markers), DateLine::NoDate))
        .and_then(|d| {
            let before = head[..d].iter().rev().copied().find(|&i| can_be_title(i));
            before.or_else(|| head[d + 1..].iter().copied().find(|&i| can_be_title(i)))
        });
    // A page that repeats its title as a heading has the date under the copy.
    let chosen = anchored
        .filter(|&a| lines[a].text != lines[first].text)
        .unwrap_or(first);
    let doubt = (chosen != first).then(|| {
        format!(
            "both {} (line {}) and {} (line {}) could be the title",
            quote(&lines[chosen].text),
            lines[chosen].number,
            quote(&lines[first].text),
            lines[first].number
        )
    });
    let title = lines[chosen].text.clone();
    report.recognised(lines[chosen].number, format!("title {}", quote(&title)));
    if let Some(why) = &doubt {
        report.review(
            lines[chosen].number,
            format!("the title is not certain: {why}; give the title with --title"),
        );
    }
    take_title_line(lines, chosen, markers, report);
    (title, doubt)
}

/// Takes the title's line out of `lines`, with the lines of the page above it (a date line
/// there stays, for the date), and a copy of the title right under it.
fn take_title_line(
    lines: &mut Vec<Line>,
    title_line: usize,
    markers: &Markers,
    report: &mut Report,
) {
    let title = lines[title_line].text.clone();
    let mut kept = Vec::with_capacity(lines.len());
    for (i, line) in lines.drain(..).enumerate() {
        let above = i < title_line
            && !line.is_blank()
            && matches!(date_line(&line.text, markers), DateLine::NoDate);
        if above {
            report.dropped(
                line.number,
                format!("a line of the page above the title: {}", quote(&line.text)),
            );
        }
        if i != title_line && !above {
            kept.push(line);
        }
    }
    *lines = kept;
    drop_repeated_title(lines, &title, report);
}

/// Drops a copy of the title on the first line of text (some pages repeat it as a heading).
fn drop_repeated_title(lines: &mut Vec<Line>, title: &str, report: &mut Report) {
    if let Some(i) = first_text(lines, 0)
        && lines[i].text == title
    {
        report.dropped(lines[i].number, "the title, repeated");
        lines.drain(..=i);
    }
}

/// The lines of text at the start that may hold the title: up to the first line that reads
/// like body text, unless that line is a site notice above the title.
fn head_lines(lines: &[Line], markers: &Markers) -> Vec<usize> {
    let mut head = Vec::new();
    for i in (0..lines.len()).filter(|&i| !lines[i].is_blank()) {
        if head.len() == HEAD_LINES {
            break;
        }
        head.push(i);
        if is_body_text(&lines[i].text, markers) && !is_notice(lines, i, markers) {
            break;
        }
    }
    head
}

/// A notice of the site above the title ("We are carrying out maintenance. Some forms may be
/// unavailable."): several sentences, right above a line that can be a title.
fn is_notice(lines: &[Line], i: usize, markers: &Markers) -> bool {
    sentences(&lines[i].text, &markers.abbreviations).len() >= 2
        && lines
            .get(i + 1)
            .is_some_and(|next| is_title_like(&next.text, markers))
}

/// A line of body text: a sentence with a full stop, several sentences, or too long a line.
fn is_body_text(text: &str, markers: &Markers) -> bool {
    final_mark(text) == Some('.')
        || sentences(text, &markers.abbreviations).len() > 2
        || word_count(text) > MAX_TITLE_WORDS
}

/// A line that can be a title: not body text, no sentence ending in a full stop before its
/// end ("Nieuw! Log in. …"; a question may go before a title's second part), not a list item
/// or byline ("- Marjolein Jansen"), not a date line, not a reference list's heading, and not
/// a part's name ("Abstract").
fn is_title_like(text: &str, markers: &Markers) -> bool {
    let parts = sentences(text, &markers.abbreviations);
    let full_stop_inside = parts.len() > 1
        && parts[..parts.len() - 1]
            .iter()
            .any(|part| matches!(final_mark(part), Some('.' | '!')));
    !text.trim().is_empty()
        && !is_body_text(text, markers)
        && !full_stop_inside
        && !text.trim_start().starts_with(['-', '–', '•', '·', '*'])
        && matches!(date_line(text, markers), DateLine::NoDate)
        && !references::is_heading(text, markers)
        && !markers
            .not_titles
            .iter()
            .any(|part| part.eq_ignore_ascii_case(text.trim()))
}

/// The first line of the head that can be the title, past the labels a page shows above its
/// title (a site section, categories: "Gezondheid", "HEALTH CONDITION", "Blog", one to three
/// words each, with another title-like line under them) and past lines that cannot be a title
/// (a site notice of several sentences, a date line).
fn past_page_labels(lines: &[Line], head: &[usize], markers: &Markers) -> Option<usize> {
    let candidates: Vec<usize> = head
        .iter()
        .copied()
        .filter(|&i| is_title_like(&lines[i].text, markers))
        .collect();
    let label = |i: usize| {
        let text = lines[i].text.trim();
        // A title is followed by its date or its first text; a label by more labels, a
        // notice or the title.
        word_count(text) <= MAX_LABEL_WORDS
            && !ends_like_sentence(text)
            && first_text(lines, i + 1).is_some_and(|next| {
                is_title_like(&lines[next].text, markers) || is_notice(lines, next, markers)
            })
    };
    let mut k = 0;
    while k + 1 < candidates.len() && label(candidates[k]) {
        k += 1;
    }
    candidates.get(k).copied()
}

/// The date line among the first lines: taken out and used, or else `--date` or today.
fn date(
    lines: &mut Vec<Line>,
    options: &TextOptions,
    markers: &Markers,
    report: &mut Report,
) -> Date {
    let candidates: Vec<usize> = (0..lines.len())
        .filter(|&i| !lines[i].is_blank())
        .take(DATE_SEARCH_LINES)
        .collect();
    for i in candidates {
        match date_line(&lines[i].text, markers) {
            DateLine::Date(date) => {
                report.recognised(lines[i].number, format!("date {date}"));
                lines.remove(i);
                return date;
            }
            DateLine::NotUnderstood => {
                report.review(
                    lines[i].number,
                    format!(
                        "{} looks like a date but was not understood: kept as text",
                        quote(&lines[i].text)
                    ),
                );
                break;
            }
            DateLine::NoDate => {}
        }
    }
    // Some pages give the date at the very end ("Last updated Nov 29, 2022"); there it must
    // say it is one, as a year alone at the end is more often a reference's.
    let last: Vec<usize> = (0..lines.len())
        .rev()
        .filter(|&i| !lines[i].is_blank())
        .take(DATE_LINES_AT_THE_END)
        .collect();
    for i in last {
        if starts_with_date_prefix(&lines[i].text, markers)
            && let DateLine::Date(date) = date_line(&lines[i].text, markers)
        {
            report.recognised(lines[i].number, format!("date {date} (at the end)"));
            lines.remove(i);
            return date;
        }
    }
    let source = if options.date_given {
        "--date"
    } else {
        "today"
    };
    report.review(
        1,
        format!("no date in the text: used {} ({source})", options.date),
    );
    options.date
}

/// What a line says about the article's date.
#[derive(Debug, PartialEq, Eq)]
enum DateLine {
    /// A date.
    Date(Date),
    /// Something shaped like a date that is none: "31 feb 2025", "13 novembre 2025".
    NotUnderstood,
    /// Not a date line.
    NoDate,
}

static YEAR: LazyLock<Regex> = LazyLock::new(|| pattern(r"\b(?:19|20)\d{2}\b"));
/// 13-11-2025, 13/11/2025, 13.11.2025
static DAY_MONTH_YEAR: LazyLock<Regex> =
    LazyLock::new(|| pattern(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$"));
/// 06-12-21 (a two-digit year is this century's)
static DAY_MONTH_SHORT_YEAR: LazyLock<Regex> =
    LazyLock::new(|| pattern(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2})$"));
/// 2025-11-13
static ISO: LazyLock<Regex> = LazyLock::new(|| pattern(r"^(\d{4})-(\d{1,2})-(\d{1,2})$"));
/// 13 nov 2025, 13 november 2025
static DAY_NAME_YEAR: LazyLock<Regex> =
    LazyLock::new(|| pattern(r"^(\d{1,2})\.?\s+(\p{L}+)\.?,?\s+(\d{4})$"));
/// Nov 13, 2025
static NAME_DAY_YEAR: LazyLock<Regex> =
    LazyLock::new(|| pattern(r"^(\p{L}+)\.?\s+(\d{1,2}),?\s+(\d{4})$"));

/// A time of day after a date: "19:04:38", "om 08:00", "at 10:00 am", "12:46 PM EDT".
static TIME_OF_DAY: LazyLock<Regex> = LazyLock::new(|| {
    pattern(
        r"(?i)[,\s]+(om\s+|at\s+|-\s+)?\d{1,2}[:.]\d{2}([:.]\d{2})?(\s*(uur|u|am|pm|a\.m\.|p\.m\.))?(\s+[a-z]{2,5})?$",
    )
});

/// `text` without a day of the week (and its comma) before the date.
fn without_weekday<'t>(text: &'t str, markers: &Markers) -> &'t str {
    for day in &markers.weekdays {
        if let Some(rest) = strip_prefix_ignore_case(text, day)
            && rest.starts_with([',', ' '])
        {
            return rest.trim_start_matches([',', ' ']);
        }
    }
    text
}

/// True when `text` starts with a date line's prefix ("Last updated", "Gepubliceerd op").
fn starts_with_date_prefix(text: &str, markers: &Markers) -> bool {
    let bare = text.trim_start_matches(['-', '–', '•', ' ']).trim();
    markers.date_prefixes.iter().any(|prefix| {
        strip_prefix_ignore_case(bare, prefix).is_some_and(|after| after.starts_with([' ', ':']))
    })
}

/// A line of meta parts apart by "·" or "|" ("Aug 19, 2024 · 6 min read"): the date among
/// them. Otherwise the line as a whole.
fn date_line(text: &str, markers: &Markers) -> DateLine {
    let whole = one_date_line(text, markers);
    if whole != DateLine::NoDate || !text.contains(['·', '|']) {
        return whole;
    }
    text.split(['·', '|'])
        .map(|part| one_date_line(part, markers))
        .find(|part| matches!(part, DateLine::Date(_)))
        .unwrap_or(DateLine::NoDate)
}

/// "Posted 5:12 PM, September 13, 2012": a time of day before the date.
static LEADING_TIME: LazyLock<Regex> =
    LazyLock::new(|| pattern(r"(?i)^\d{1,2}[:.]\d{2}(\s*(am|pm|a\.m\.|p\.m\.|uur|u))?\s*,?\s+"));

/// `text` without a byline after the date (", by Web Staff", " door Jan Jansen").
fn without_byline<'t>(text: &'t str, markers: &Markers) -> &'t str {
    let byline_at = text.match_indices(' ').map(|(at, _)| at).find(|&at| {
        markers.date_bylines.iter().any(|word| {
            strip_prefix_ignore_case(&text[at + 1..], word)
                .is_some_and(|after| after.starts_with(' '))
        })
    });
    byline_at.map_or(text, |at| text[..at].trim_end_matches([',', ' ']))
}

/// "- 13 nov 2025", "Gepubliceerd op 13-11-2025", "Published on Nov 13, 2025".
fn one_date_line(text: &str, markers: &Markers) -> DateLine {
    let bare = text.trim_start_matches(['-', '–', '•', ' ']).trim();
    let mut has_prefix = false;
    let mut rest = bare;
    for prefix in &markers.date_prefixes {
        if let Some(after) = strip_prefix_ignore_case(bare, prefix)
            && after.starts_with([' ', ':'])
        {
            rest = after.trim_start_matches([' ', ':']);
            has_prefix = true;
            break;
        }
    }
    let rest = rest.trim().trim_end_matches('.');
    let rest = LEADING_TIME.replace(rest, "");
    let rest = without_byline(&rest, markers).to_string();
    // "Monday, 16 March 2015 12:46 PM EDT", "27 januari 2026 om 08:00": the day's name and
    // the time of day say nothing the date needs.
    let rest = without_weekday(&rest, markers);
    let rest = TIME_OF_DAY.replace(rest, "");
    let rest = rest.trim().trim_end_matches([',', '.']);
    let month = |name: &str| markers.months.get(&name.to_lowercase()).copied();
    let number = |s: &str| s.parse::<u16>().ok();
    let parts = if let Some(c) = DAY_MONTH_YEAR.captures(rest) {
        (number(&c[3]), number(&c[2]), number(&c[1]))
    } else if let Some(c) = DAY_MONTH_SHORT_YEAR.captures(rest) {
        (
            number(&c[3]).map(|y| 2000 + y),
            number(&c[2]),
            number(&c[1]),
        )
    } else if let Some(c) = ISO.captures(rest) {
        (number(&c[1]), number(&c[2]), number(&c[3]))
    } else if let Some(c) = DAY_NAME_YEAR.captures(rest) {
        (number(&c[3]), month(&c[2]).map(u16::from), number(&c[1]))
    } else if let Some(c) = NAME_DAY_YEAR.captures(rest) {
        (number(&c[3]), month(&c[1]).map(u16::from), number(&c[2]))
    } else {
        (None, None, None)
    };
    if let (Some(year), Some(month), Some(day)) = parts
        && let Some(date) = calendar_date(year, month, day)
    {
        return DateLine::Date(date);
    }
    let shaped_like_a_date = has_prefix
        || (YEAR.is_match(rest)
            && word_count(rest) <= 4
            && (bare.len() < text.trim().len() || rest.starts_with(|c: char| c.is_ascii_digit())));
    if shaped_like_a_date {
        DateLine::NotUnderstood
    } else {
        DateLine::NoDate
    }
}

/// The date, when it is one on the calendar.
fn calendar_date(year: u16, month: u16, day: u16) -> Option<Date> {
    let month = u8::try_from(month).ok()?;
    let day = u8::try_from(day).ok()?;
    let calendar_month = time::Month::try_from(month).ok()?;
    time::Date::from_calendar_date(i32::from(year), calendar_month, day).ok()?;
    Some(Date { year, month, day })
}

/// A heading-like line right under the title, followed by a longer line, is its subtitle: kept
/// as an emphasised lead. The report asks a person to check it is not a first heading.
fn subtitle(lines: &mut Vec<Line>, markers: &Markers, report: &mut Report) -> Option<String> {
    let i = first_text(lines, 0)?;
    let j = first_text(lines, i + 1)?;
    let line = &lines[i];
    // A reference list right under the title ("Sources") opens the list, not a lead.
    let is_subtitle = !references::is_heading(&line.text, markers)
        && word_count(&line.text) <= MAX_SUBTITLE_WORDS
        && !matches!(
            final_mark(&line.text),
            Some('.' | '!' | '?' | ':' | ';' | ',')
        )
        && word_count(&lines[j].text) > word_count(&line.text);
    if !is_subtitle {
        return None;
    }
    report.review(
        line.number,
        format!(
            "{} read as the subtitle (an emphasised lead under the title): make it a heading if \
             it is one",
            quote(&line.text)
        ),
    );
    let subtitle = line.text.clone();
    lines.drain(..=i);
    Some(subtitle)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nl() -> Markers {
        Markers::built_in("nl").unwrap_or_else(|| unreachable!("built-in markers"))
    }

    fn date(year: u16, month: u8, day: u8) -> DateLine {
        DateLine::Date(Date { year, month, day })
    }

    #[test]
    fn date_lines_in_every_shape() {
        let m = nl();
        assert_eq!(date_line("- 13 nov 2025", &m), date(2025, 11, 13));
        assert_eq!(date_line("13 november 2025", &m), date(2025, 11, 13));
        assert_eq!(date_line("Gepubliceerd op 3-2-2024", &m), date(2024, 2, 3));
        assert_eq!(date_line("Gepubliceerd: 03/02/2024", &m), date(2024, 2, 3));
        assert_eq!(date_line("2024-02-03", &m), date(2024, 2, 3));
        assert_eq!(date_line("06-12-21, 20:00", &m), date(2021, 12, 6));
        assert_eq!(
            date_line("3 okt 2024 door Jan Jansen", &m),
            date(2024, 10, 3)
        );
        assert_eq!(date_line("– 29 feb 2024.", &m), date(2024, 2, 29));
        let en = Markers::built_in("en").unwrap_or_else(|| unreachable!("built-in markers"));
        assert_eq!(
            date_line("Published on Nov 13, 2025", &en),
            date(2025, 11, 13)
        );
        assert_eq!(
            date_line("Posted 5:12 PM, September 13, 2012, by Web Staff", &en),
            date(2012, 9, 13)
        );
        assert_eq!(
            date_line("Aug 19, 2024 · 6 min read", &en),
            date(2024, 8, 19)
        );
    }

    #[test]
    fn lines_shaped_like_dates_that_are_none_are_told_apart_from_text() {
        let m = nl();
        assert_eq!(date_line("- 31 feb 2025", &m), DateLine::NotUnderstood);
        assert_eq!(date_line("- 13 novembre 2025", &m), DateLine::NotUnderstood);
        assert_eq!(
            date_line("Gepubliceerd op gisteren", &m),
            DateLine::NotUnderstood
        );
        assert_eq!(
            date_line("In 2025 sliepen we slechter dan ooit.", &m),
            DateLine::NoDate
        );
        assert_eq!(date_line("Magnesium en slaap", &m), DateLine::NoDate);
    }
}
