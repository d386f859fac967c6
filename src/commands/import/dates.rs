//! Date lines: the line of a page that gives the article's date, in the many shapes pages
//! write it ("Gepubliceerd op 13-11-2025", "Aug 19, 2024 · 6 min read", "Posted - Oct. 10,
//! 2018 at 9:45 a.m.", "Algemeen woensdag 28 augustus 2019"), told apart from text that only
//! mentions a date.

use std::sync::LazyLock;

use regex::{Captures, Regex};

use super::markers::{Markers, NumericDateOrder, strip_prefix_ignore_case};
use super::text::{pattern, word_count};
use crate::load::content::front_matter::Date;

/// What a line says about the article's date.
#[derive(Debug, PartialEq, Eq)]
pub enum DateLine {
    /// A date.
    Date(Date),
    /// A numeric date that reads two ways ("9/12/2025"): the language's reading, then the
    /// other one.
    Ambiguous(Date, Date),
    /// Something shaped like a date that is none: "31 feb 2025", "13 novembre 2025".
    NotUnderstood,
    /// Not a date line.
    NoDate,
}

impl DateLine {
    /// The date read, if the line has one.
    pub fn date(&self) -> Option<Date> {
        match self {
            DateLine::Date(date) | DateLine::Ambiguous(date, _) => Some(*date),
            DateLine::NotUnderstood | DateLine::NoDate => None,
        }
    }

    /// True for a line that is no date line at all.
    pub fn is_none(&self) -> bool {
        *self == DateLine::NoDate
    }
}

/// At most this many words of other meta data may stand before a date on a date line (a
/// category, an icon's name: "groene check icon Laatste update: 14 januari 2025"), besides a
/// prefix and a day of the week.
const MAX_WORDS_BEFORE: usize = 3;

/// At most this many words may follow a date on a date line ("4 min read", "Voeding"), besides
/// a time of day and a byline.
const MAX_WORDS_AFTER: usize = 4;

static YEAR: LazyLock<Regex> = LazyLock::new(|| pattern(r"\b(?:19|20)\d{2}\b"));
/// 13-11-2025, 13/11/2025, 13.11.2025
const NUMERIC_SHAPE: &str = r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})";
/// 2025-11-13
const ISO_SHAPE: &str = r"(\d{4})-(\d{1,2})-(\d{1,2})";
/// 13 nov 2025, 13 november 2025, 01-jan-2009
const DAY_NAME_YEAR_SHAPE: &str = r"(\d{1,2})\.?[\s-]+(\p{L}+)\.?[,\s-]+(\d{4})";
/// Nov 13, 2025
const NAME_DAY_YEAR_SHAPE: &str = r"(\p{L}+)\.?\s+(\d{1,2}),?\s+(\d{4})";

/// A date shape as a whole line.
fn whole_line(shape: &str) -> Regex {
    pattern(&format!("^{shape}$"))
}

static NUMERIC: LazyLock<Regex> = LazyLock::new(|| whole_line(NUMERIC_SHAPE));
/// 06-12-21 (a two-digit year is this century's)
static NUMERIC_SHORT_YEAR: LazyLock<Regex> =
    LazyLock::new(|| whole_line(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{2})"));
static ISO: LazyLock<Regex> = LazyLock::new(|| whole_line(ISO_SHAPE));
static DAY_NAME_YEAR: LazyLock<Regex> = LazyLock::new(|| whole_line(DAY_NAME_YEAR_SHAPE));
static NAME_DAY_YEAR: LazyLock<Regex> = LazyLock::new(|| whole_line(NAME_DAY_YEAR_SHAPE));

/// The same shapes anywhere in a line, for a date among other meta data. A numeric date's
/// year may run into what follows, as in "9/12/20254 min read" (the reading time copied
/// without a space), and a named date's into the next word ("Dec 05, 2025Voorbeeldvitamine").
static NUMERIC_INSIDE: LazyLock<Regex> = LazyLock::new(|| pattern(&format!(r"\b{NUMERIC_SHAPE}")));
static ISO_INSIDE: LazyLock<Regex> = LazyLock::new(|| pattern(&format!(r"\b{ISO_SHAPE}\b")));
static DAY_NAME_YEAR_INSIDE: LazyLock<Regex> =
    LazyLock::new(|| pattern(&format!(r"\b{DAY_NAME_YEAR_SHAPE}(?:\b|\p{{L}})")));
static NAME_DAY_YEAR_INSIDE: LazyLock<Regex> =
    LazyLock::new(|| pattern(&format!(r"\b{NAME_DAY_YEAR_SHAPE}(?:\b|\p{{L}})")));

/// A time of day after a date: "19:04:38", "om 08:00", "at 10:00 am", "12:46 PM EDT".
static TIME_OF_DAY: LazyLock<Regex> = LazyLock::new(|| {
    pattern(
        r"(?i)[,\s]+(om\s+|at\s+|-\s+)?\d{1,2}[:.]\d{2}([:.]\d{2})?(\s*(uur|u|am|pm|a\.m\.?|p\.m\.?))?(\s+[a-z]{2,5})?$",
    )
});

/// The same, at the start of what follows a date on a line.
static TIME_OF_DAY_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    pattern(
        r"(?i)^[,\s]*(om\s+|at\s+|-\s+)?\d{1,2}[:.]\d{2}([:.]\d{2})?(\s*(uur|u|am|pm|a\.m\.?|p\.m\.?))?(\s+[a-z]{2,5}\b)?",
    )
});

/// "Posted 5:12 PM, September 13, 2012": a time of day before the date.
static LEADING_TIME: LazyLock<Regex> =
    LazyLock::new(|| pattern(r"(?i)^\d{1,2}[:.]\d{2}(\s*(am|pm|a\.m\.?|p\.m\.?|uur|u))?\s*,?\s+"));

/// What `text` says about a date. A line of meta parts apart by "·" or "|" ("Aug 19, 2024 · 6
/// min read") is read part by part; a date among a few words of other meta data ("Algemeen
/// woensdag 28 augustus 2019", "9/12/20254 min read") counts too.
pub fn date_line(text: &str, markers: &Markers) -> DateLine {
    let text = without_ordinals(text, markers);
    let whole = one_date_line(&text, markers);
    if whole.date().is_some() {
        return whole;
    }
    if text.contains(['·', '|'])
        && let Some(part) = text
            .split(['·', '|'])
            .map(|part| one_date_line(part, markers))
            .find(|part| part.date().is_some())
    {
        return part;
    }
    // A line that reads as a date not understood may still hold one among its meta data
    // ("• Bericht gepubliceerd:21 juli 2021").
    match date_among_meta(&text, markers) {
        DateLine::NoDate => whole,
        found => found,
    }
}

/// True when `text` has a date line's prefix ("Last updated", "Gepubliceerd op").
fn has_date_prefix(text: &str, markers: &Markers) -> bool {
    let lower = text.to_lowercase();
    markers.date_prefixes.iter().any(|prefix| {
        let prefix = prefix.to_lowercase();
        lower.match_indices(&prefix).any(|(at, _)| {
            let starts_a_word = lower[..at]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric());
            let after = &lower[at + prefix.len()..];
            starts_a_word && after.starts_with([' ', ':'])
        })
    })
}

/// True for a date's label on a line of its own, without a date ("Published", "Updated On:").
pub fn is_date_label(text: &str, markers: &Markers) -> bool {
    let text = text.trim().trim_end_matches(':');
    markers
        .date_prefixes
        .iter()
        .any(|prefix| prefix.eq_ignore_ascii_case(text))
}

/// The date of a line that says it gives the date ("Gepubliceerd: 14-03-2023", "Last updated
/// Nov 29, 2022"), wherever it stands; `None` for any other line.
pub fn labelled_date_line(text: &str, markers: &Markers) -> Option<DateLine> {
    // The prefix is looked for first: it is cheap, and most lines have none.
    if !has_date_prefix(text, markers) {
        return None;
    }
    let found = date_line(text, markers);
    found.date().is_some().then_some(found)
}

/// `text` with ordinal day numbers made plain: "18th Feb 2021" → "18 Feb 2021".
fn without_ordinals(text: &str, markers: &Markers) -> String {
    if markers.day_suffixes.is_empty() {
        return text.to_string();
    }
    text.split(' ')
        .map(|word| {
            let digits = word.len() - word.trim_start_matches(|c: char| c.is_ascii_digit()).len();
            let (number, rest) = word.split_at(digits);
            let suffix = rest.trim_end_matches([',', '.']);
            let is_ordinal = (1..=2).contains(&number.len())
                && markers
                    .day_suffixes
                    .iter()
                    .any(|s| s.eq_ignore_ascii_case(suffix));
            if is_ordinal {
                format!("{number}{}", &rest[suffix.len()..])
            } else {
                word.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

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

/// A line that is a date and nothing else, but for a prefix, the day of the week, a time of
/// day and a byline: "- 13 nov 2025", "Gepubliceerd op 13-11-2025", "Posted - Oct. 10, 2018 at
/// 9:45 a.m.".
fn one_date_line(text: &str, markers: &Markers) -> DateLine {
    let bare = text.trim_start_matches(['-', '–', '•', ' ']).trim();
    let mut has_prefix = false;
    let mut rest = bare;
    for prefix in &markers.date_prefixes {
        if let Some(after) = strip_prefix_ignore_case(bare, prefix)
            && after.starts_with([' ', ':'])
        {
            rest = after.trim_start_matches([' ', ':', '-', '–']);
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
    let read = if let Some(c) = NUMERIC.captures(rest) {
        numeric(&c, 3, markers)
    } else if let Some(c) = NUMERIC_SHORT_YEAR.captures(rest) {
        numeric(&c, 3, markers).map(|r| Reading {
            year: r.year + 2000,
            ..r
        })
    } else if let Some(c) = ISO.captures(rest) {
        numbers(&c, 1, 2, 3)
    } else if let Some(c) = DAY_NAME_YEAR.captures(rest) {
        named(&c, 3, 2, 1, markers)
    } else if let Some(c) = NAME_DAY_YEAR.captures(rest) {
        named(&c, 3, 1, 2, markers)
    } else {
        None
    };
    if let Some(found) = read.and_then(|read| dated(read, markers)) {
        return found;
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

/// A date with a few words of meta data around it: before it at most a prefix, a day of the
/// week and [`MAX_WORDS_BEFORE`] other words; after it a time of day, a byline or
/// [`MAX_WORDS_AFTER`] words. A date that opens a title ("1 januari 2025: minder suiker") or
/// stands in a sentence is not a date line.
fn date_among_meta(text: &str, markers: &Markers) -> DateLine {
    let shapes: [(&Regex, ReadShape); 4] = [
        (&NUMERIC_INSIDE, |c, m| numeric(c, 3, m)),
        (&ISO_INSIDE, |c, _| numbers(c, 1, 2, 3)),
        (&DAY_NAME_YEAR_INSIDE, |c, m| named(c, 3, 2, 1, m)),
        (&NAME_DAY_YEAR_INSIDE, |c, m| named(c, 3, 1, 2, m)),
    ];
    for (shape, read) in shapes {
        for c in shape.captures_iter(text) {
            let Some(found) = read(&c, markers).and_then(|r| dated(r, markers)) else {
                continue;
            };
            let Some(whole) = c.get(0) else { continue };
            if is_meta_before(&text[..whole.start()], markers)
                && is_meta_after(&text[whole.end()..], markers)
            {
                return found;
            }
        }
    }
    DateLine::NoDate
}

/// What stands before a date on a date line: no sentence, and besides a prefix and a day of
/// the week a few words at most.
fn is_meta_before(before: &str, markers: &Markers) -> bool {
    if before.contains(['.', '!', '?']) {
        return false;
    }
    let mut rest = before
        .trim_end_matches([' ', ',', ':', '-', '–'])
        .to_lowercase();
    let mut named = false;
    for word in markers.weekdays.iter().chain(&markers.date_prefixes) {
        let word = word.to_lowercase();
        if let Some(start) = rest.strip_suffix(&word)
            && start
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric())
        {
            rest = start
                .trim_end_matches([' ', ',', ':', '-', '–'])
                .to_string();
            named = true;
        }
    }
    // Without a prefix or a weekday to say so, one word at most ("Algemeen"): more and it
    // may be a title that starts with its date's preposition ("Nieuw per 1 januari 2025").
    // A byline adds its name ("Submitted by admin on Tue, …", "Ingediend door redactie op di,
    // …").
    let byline = rest.split_whitespace().any(|word| {
        markers
            .date_bylines
            .iter()
            .any(|b| b.eq_ignore_ascii_case(word))
    });
    let limit = match (named, byline) {
        (true, true) => MAX_WORDS_BEFORE + 2,
        (true, false) => MAX_WORDS_BEFORE,
        (false, _) => 1,
    };
    word_count(&rest) <= limit
}

/// What follows a date on a date line: a time of day, a byline, or a few words of other meta
/// data; not a title's colon or a sentence's continuation.
fn is_meta_after(after: &str, markers: &Markers) -> bool {
    let after = TIME_OF_DAY_FIRST.replace(after, "");
    let after = after.trim_start_matches([' ', ',', '·', '|', '-', '–']);
    if after.starts_with(':') {
        return false;
    }
    let byline = markers.date_bylines.iter().any(|word| {
        strip_prefix_ignore_case(after, word).is_some_and(|rest| rest.starts_with(' '))
    });
    let limit = if byline {
        MAX_WORDS_AFTER + 2
    } else {
        MAX_WORDS_AFTER
    };
    word_count(after) <= limit && !after.trim_end().ends_with(['.', '!', '?'])
}

/// How a date shape's captures are read.
type ReadShape = fn(&Captures, &Markers) -> Option<Reading>;

/// A date as read from a line, before it is checked against the calendar.
struct Reading {
    year: u16,
    month: u16,
    day: u16,
    /// Written in numbers only, so that day and month may have changed places.
    numeric: bool,
}

/// A numeric date, in the order the language writes day and month.
fn numeric(c: &Captures, year: usize, markers: &Markers) -> Option<Reading> {
    let (first, second) = (number(&c[1])?, number(&c[2])?);
    let (month, day) = match markers.numeric_dates {
        NumericDateOrder::DayMonthYear => (second, first),
        NumericDateOrder::MonthDayYear => (first, second),
    };
    Some(Reading {
        year: number(&c[year])?,
        month,
        day,
        numeric: true,
    })
}

fn numbers(c: &Captures, year: usize, month: usize, day: usize) -> Option<Reading> {
    Some(Reading {
        year: number(&c[year])?,
        month: number(&c[month])?,
        day: number(&c[day])?,
        numeric: false,
    })
}

fn named(
    c: &Captures,
    year: usize,
    month: usize,
    day: usize,
    markers: &Markers,
) -> Option<Reading> {
    let month = markers.months.get(&c[month].to_lowercase()).copied()?;
    Some(Reading {
        year: number(&c[year])?,
        month: u16::from(month),
        day: number(&c[day])?,
        numeric: false,
    })
}

fn number(text: &str) -> Option<u16> {
    text.parse().ok()
}

/// The date read, if it is one on the calendar. A language that reads numeric dates month
/// first (English) is written both ways: there a date whose day and month could change
/// places is ambiguous, and a reading that is no date is read day first ("29/11/2022").
fn dated(read: Reading, markers: &Markers) -> Option<DateLine> {
    let Reading {
        year,
        month,
        day,
        numeric,
    } = read;
    if !numeric {
        return calendar_date(year, month, day).map(DateLine::Date);
    }
    if markers.numeric_dates == NumericDateOrder::DayMonthYear {
        return calendar_date(year, month, day).map(DateLine::Date);
    }
    let swapped = calendar_date(year, day, month);
    match calendar_date(year, month, day) {
        Some(date) => Some(match swapped {
            Some(other) if other != date => DateLine::Ambiguous(date, other),
            _ => DateLine::Date(date),
        }),
        None => swapped.map(DateLine::Date),
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
    fn dates_among_other_meta_data() {
        let m = nl();
        let en = Markers::built_in("en").unwrap_or_else(|| unreachable!("built-in markers"));
        assert_eq!(
            date_line("Algemeen woensdag 28 augustus 2019", &m),
            date(2019, 8, 28)
        );
        assert_eq!(
            date_line("groene check icon Laatste update: 14 januari 2025", &m),
            date(2025, 1, 14)
        );
        assert_eq!(
            date_line("Last Updated on 5 februari 2026 by M. Voorbeeld", &m),
            date(2026, 2, 5)
        );
        assert_eq!(date_line("01-jan-2009", &m), date(2009, 1, 1));
        assert_eq!(date_line("18th Feb 2021", &en), date(2021, 2, 18));
        assert_eq!(
            date_line("Posted - Oct. 10, 2018 at 9:45 a.m.", &en),
            date(2018, 10, 10)
        );
        // The reading time copied without a space after the year.
        assert_eq!(
            date_line("9/12/20254 min read", &en),
            DateLine::Ambiguous(
                Date {
                    year: 2025,
                    month: 9,
                    day: 12
                },
                Date {
                    year: 2025,
                    month: 12,
                    day: 9
                }
            )
        );
        assert_eq!(date_line("29/11/2022", &en), date(2022, 11, 29));
        assert_eq!(
            date_line("Dec 05, 2025Voorbeeldvitamine", &en),
            date(2025, 12, 5)
        );
        assert_eq!(date_line("09/12/2025", &m), date(2025, 12, 9));
    }

    #[test]
    fn a_date_in_a_title_or_a_sentence_is_no_date_line() {
        let m = nl();
        for text in [
            "1 januari 2025: minder suiker in frisdrank",
            "Nieuwe richtlijn vitamine D per 1 januari 2025",
            "Op 12 maart 2024 verscheen een nieuw advies van de Gezondheidsraad.",
            "Het advies van 12 maart 2024 geldt voor iedereen boven de 70 jaar",
        ] {
            assert_eq!(date_line(text, &m), DateLine::NoDate, "{text}");
        }
        assert_eq!(
            labelled_date_line("Gepubliceerd: 14-03-2023", &m),
            Some(date(2023, 3, 14))
        );
        assert_eq!(labelled_date_line("14 maart 2023", &m), None);
        assert!(is_date_label("Bijgewerkt:", &m));
        assert!(!is_date_label("Bijgewerkt op 3 maart", &m));
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
