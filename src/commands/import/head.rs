//! The head of an article, read before its body: the title, the date line and a subtitle.
//! The lines it uses are taken out of the text; everything else stays for the body.

use super::TextOptions;
use super::dates::{DateLine, date_line, is_date_label, labelled_date_line};
use super::lines::Line;
use super::markers::Markers;
use super::references;
use super::report::{Report, quote};
use super::text::{ends_like_sentence, final_mark, sentences, without_closing_marks, word_count};
use crate::load::content::front_matter::Date;

/// A first line with more words than this is body text, not a title.
const MAX_TITLE_WORDS: usize = 20;

/// How many lines of text after the title may hold the date line.
const DATE_SEARCH_LINES: usize = 6;

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

/// Reads the head from the start of `lines` and takes out the lines it used. `head_start` is
/// the line a breadcrumb stood over, when one did: the title is looked for under it first.
pub fn read(
    lines: &mut Vec<Line>,
    head_start: Option<usize>,
    options: &TextOptions,
    markers: &Markers,
    report: &mut Report,
) -> Head {
    let (title, title_doubt) = title(lines, head_start, options, markers, report);
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
/// the date line stands under (or, when the date comes first, the first one after it); both
/// look under the page's breadcrumb first (`head_start`), when it had one. When they disagree, when what follows does not confirm the line (see [`unconfirmed`]), or when
/// there is no title-like line, the title is in doubt: the guess is used and the report says
/// why (`kennis import` then asks for `--title`). The lines before the title are dropped,
/// except a date line; a copy of the title on the next line is dropped too.
fn title(
    lines: &mut Vec<Line>,
    head_start: Option<usize>,
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
        // The given title is often one of the head's lines: what stands above it goes.
        let head = head_lines(lines, markers);
        let given_line = head.into_iter().find(|&i| lines[i].text.trim() == title);
        let number = given_line.map_or(1, |i| lines[i].number);
        report.recognised(
            number,
            format!("title {} (given with --title)", quote(&title)),
        );
        match given_line {
            Some(line) => take_title_line(lines, line, markers, report),
            None => drop_repeated_title(lines, &title, report),
        }
        return (title, None);
    }
    let mut head = head_lines(lines, markers);
    // Under a breadcrumb stands the article's head; above it, the page's menus.
    if let Some(start) = head_start {
        let under: Vec<usize> = head.iter().copied().filter(|&i| i >= start).collect();
        if past_page_labels(lines, &under, markers).is_some() {
            head = under;
        }
    }
    let can_be_title = |i: usize| can_be_title(lines, i, markers);
    let Some((first, labels)) = past_page_labels(lines, &head, markers) else {
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
        .position(|&i| !date_line(&lines[i].text, markers).is_none())
        .and_then(|d| {
            let before = head[..d].iter().rev().copied().find(|&i| can_be_title(i));
            before.or_else(|| head[d + 1..].iter().copied().find(|&i| can_be_title(i)))
        });
    // A page that repeats its title as a heading has the date under the copy.
    let chosen = anchored
        .filter(|&a| lines[a].text != lines[first].text)
        .unwrap_or(first);
    let doubt = if chosen != first {
        Some(format!(
            "both {} (line {}) and {} (line {}) could be the title",
            quote(&lines[chosen].text),
            lines[chosen].number,
            quote(&lines[first].text),
            lines[first].number
        ))
    } else {
        unconfirmed(lines, &head, chosen, labels, markers)
    };
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

/// What confirms a line of the head as the title: what follows it. A title is followed by its
/// date, its lead or its first paragraph, perhaps after its authors' names; a line followed by
/// another line that could be a title may be a label, a caption or a menu line above the real
/// one, or the title above its subtitle or first heading, and the text cannot tell which.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Confirmation {
    /// The date line follows (perhaps after the names).
    Date,
    /// Text that cannot be a title follows (perhaps after the names).
    Text,
    /// Another line that could be the title follows (the line number in `lines`).
    Not(usize),
}

fn confirmation(lines: &[Line], i: usize, markers: &Markers) -> Confirmation {
    let Some(mut next) = first_text(lines, i + 1) else {
        return Confirmation::Text;
    };
    if lines[next].text == lines[i].text {
        match first_text(lines, next + 1) {
            Some(after) => next = after,
            None => return Confirmation::Text,
        }
    }
    while is_author_name(lines, next, markers) {
        match first_text(lines, next + 1) {
            Some(after) => next = after,
            None => return Confirmation::Text,
        }
    }
    let text = &lines[next].text;
    if !date_line(text, markers).is_none() {
        Confirmation::Date
    } else if is_question_title(text) {
        Confirmation::Not(next)
    } else if is_body_text(text, markers) || !is_title_like(text, markers) {
        Confirmation::Text
    } else {
        Confirmation::Not(next)
    }
}

/// Why the title line `chosen` is in doubt though both rules agree on it, if it is: nothing
/// confirms it; or it stands under one label only, which may be the title above it as its
/// subtitle, and no date confirms it; or it may be a site's name, with a one-line tagline and
/// then the title under it; or a rival between it and the article's first text is confirmed
/// too.
fn unconfirmed(
    lines: &[Line],
    head: &[usize],
    chosen: usize,
    labels: usize,
    markers: &Markers,
) -> Option<String> {
    let line = |i: usize| format!("{} (line {})", quote(&lines[i].text), lines[i].number);
    let confirmed = confirmation(lines, chosen, markers);
    if let Confirmation::Not(next) = confirmed {
        return Some(format!(
            "{} is followed by {}, which could be the title too",
            line(chosen),
            line(next)
        ));
    }
    if labels == 1
        && confirmed != Confirmation::Date
        && let Some(&label) = head
            .iter()
            .rev()
            .find(|&&i| i < chosen && can_be_title(lines, i, markers))
    {
        return Some(format!(
            "{} may be the title, with {} under it as its subtitle",
            line(label),
            line(chosen)
        ));
    }
    // The block of the head the title stands in: up to a blank line or the first text.
    let block_end = (chosen..lines.len())
        .find(|&i| lines[i].is_blank() || is_body_text(&lines[i].text, markers))
        .unwrap_or(lines.len());
    if let Some(rival) = title_under_tagline(lines, block_end, markers) {
        return Some(format!(
            "{} may be the site's name over its tagline, and {} the title",
            line(chosen),
            line(rival)
        ));
    }
    // A rival stands between the title and the article's first text, with no blank line
    // between them: the article's first heading further down is none. A short line between a
    // longer title and its date is a name, a tag or a date not understood ("Taylor", "18
    // jan"), not the title the longer line would be a label over; under the date it may be the
    // title (a blog's post title under its date header).
    let words = |i: usize| word_count(&lines[i].text);
    let date_at = (chosen + 1..block_end)
        .find(|&i| !date_line(&lines[i].text, markers).is_none())
        .unwrap_or(block_end);
    let rival = (chosen + 1..block_end).find(|&i| {
        lines[i].text != lines[chosen].text
            && (i > date_at || words(i) > MAX_LABEL_WORDS || words(i) >= words(chosen))
            && !is_capitals_label(&lines[i].text)
            && can_be_title(lines, i, markers)
            && !matches!(confirmation(lines, i, markers), Confirmation::Not(_))
    })?;
    Some(format!(
        "both {} and {} could be the title",
        line(rival),
        line(chosen)
    ))
}

/// The title under a site's name and its one-sentence tagline ("Get answers to your
/// questions" / "Browse answers from experts." / "Does fasting change how you sleep?"), when
/// the tagline is line `tagline`: a line that can be the title, alone above a blank line, and
/// confirmed by the text under it.
fn title_under_tagline(lines: &[Line], tagline: usize, markers: &Markers) -> Option<usize> {
    let is_tagline = lines
        .get(tagline)
        .is_some_and(|l| !l.is_blank() && word_count(&l.text) <= MAX_SUBTITLE_WORDS);
    let title = tagline + 1;
    (is_tagline
        && title < lines.len()
        && can_be_title(lines, title, markers)
        && lines.get(title + 1).is_none_or(Line::is_blank)
        && confirmation(lines, title, markers) == Confirmation::Text)
        .then_some(title)
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
        let above = i < title_line && !line.is_blank() && date_line(&line.text, markers).is_none();
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
/// A name's initial is no full stop ("Sint-Janskruid (Hypericum perforatum L.)").
pub(crate) fn is_body_text(text: &str, markers: &Markers) -> bool {
    final_mark(text) == Some('.') && !ends_with_initial(text)
        || sentences(text, &markers.abbreviations).len() > 2
        || word_count(text) > MAX_TITLE_WORDS
}

/// Whether `text` ends in an initial in brackets: one capital and its full stop ("(… L.)").
/// ("Vitamine D." ends a sentence.)
fn ends_with_initial(text: &str) -> bool {
    let text = text.trim_end();
    if !text.ends_with(".)") {
        return false;
    }
    let last = without_closing_marks(text)
        .split_whitespace()
        .next_back()
        .unwrap_or_default()
        .trim_start_matches(['(', '[', '"', '“']);
    let mut chars = last.chars();
    matches!(
        (chars.next(), chars.next(), chars.next()),
        (Some(c), Some('.'), None) if c.is_uppercase()
    )
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
    let last_word = text.split_whitespace().next_back().unwrap_or_default();
    // Titles start with a capital or a number ("goed voor jou, elke dag" is a tag line) and
    // have words ("|" is none).
    let starts_lowercase = text
        .trim_start()
        .chars()
        .next()
        .is_some_and(char::is_lowercase);
    !text.trim().is_empty()
        && text.chars().any(char::is_alphabetic)
        && !starts_lowercase
        && final_mark(text) != Some(':')
        && !markers
            .date_bylines
            .iter()
            .any(|word| word.eq_ignore_ascii_case(last_word))
        && !is_date_label(text, markers)
        && !is_body_text(text, markers)
        && !full_stop_inside
        && !text
            .trim_start()
            .starts_with(['-', '–', '•', '·', '*', '/', '|', '='])
        && date_line(text, markers).is_none()
        && !references::is_heading(text, markers)
        && !is_not_title(text, markers)
}

/// A page part's or menu item's name, never the title ("Abstract", "Contact").
fn is_not_title(text: &str, markers: &Markers) -> bool {
    markers
        .not_titles
        .iter()
        .any(|part| part.eq_ignore_ascii_case(text.trim()))
}

/// A short line of questions and answers ("Magnesium tegen kramp? Vaak niet. Wat dan wel?"):
/// not title-like, since a full stop stands inside it, but titles are written so. A lead that
/// ends in a question is longer.
fn is_question_title(text: &str) -> bool {
    final_mark(text) == Some('?')
        && word_count(text) <= MAX_SUBTITLE_WORDS
        && text
            .trim_start()
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
}

/// A line of the head that can be the title: title-like or a short line of questions, and not
/// the authors' names.
fn can_be_title(lines: &[Line], i: usize, markers: &Markers) -> bool {
    let text = &lines[i].text;
    (is_title_like(text, markers) || is_question_title(text)) && !is_author_name(lines, i, markers)
}

/// A label in capitals ("INSOMNIA", "HEALTH NEWS"): a category shown above or under a title.
fn is_capitals_label(text: &str) -> bool {
    word_count(text) <= MAX_LABEL_WORDS
        && text.chars().any(char::is_alphabetic)
        && !text.chars().any(char::is_lowercase)
}

/// A line of the head that names the article's authors ("Lotte Voorbeeld, PhD",
/// "Voedingsonderzoeker, Voorbeeld Universiteit"): two to six words, each capitalised (name
/// particles such as "van" aside), none of which the article's text uses in lowercase. A
/// title's words come back in the text as words ("calcium", "slaap"); a name's come back as
/// names only, capitalised ("Voorbeeld A, Proef B. …" in the references), or not at all.
fn is_author_name(lines: &[Line], i: usize, markers: &Markers) -> bool {
    let text = lines[i].text.trim();
    let words: Vec<&str> = text
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect();
    let capitalised = |w: &&str| {
        w.chars().next().is_some_and(char::is_uppercase)
            || markers.name_particles.iter().any(|p| p == *w)
    };
    // A title has parts ("CPAP: Continuous Positive Airway Pressure"); a name does not.
    if !(2..=6).contains(&words.len())
        || !words.iter().all(capitalised)
        || ends_like_sentence(text)
        || text.contains([':', '?', '!'])
        || is_date_label(text, markers)
    {
        return false;
    }
    let Some(first_word) = words.first() else {
        return false;
    };
    let own_words = own_words(text, markers);
    !own_words.is_empty()
        && !own_words
            .iter()
            .any(|w| text_uses(lines, i, w, Some(first_word), Written::Lowercase))
}

/// How a word must be written in the text for [`text_uses`] to count it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Written {
    /// In any case.
    AnyCase,
    /// In lowercase: as a word, not as a name.
    Lowercase,
}

/// The words of a line that say what it is about: four letters or more, lowercase, name
/// particles aside.
fn own_words(text: &str, markers: &Markers) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 4 && !markers.name_particles.iter().any(|p| p == *w))
        .map(str::to_lowercase)
        .collect()
}

/// Whether a line other than line `i`, and other than one starting with `except_start`, uses
/// `word` (lowercase), written as `written` says.
fn text_uses(
    lines: &[Line],
    i: usize,
    word: &str,
    except_start: Option<&str>,
    written: Written,
) -> bool {
    lines.iter().enumerate().any(|(j, line)| {
        j != i
            && except_start.is_none_or(|start| !line.text.trim_start().starts_with(start))
            && line.text.split(|c: char| !c.is_alphanumeric()).any(|w| {
                if written == Written::Lowercase {
                    w == word
                } else {
                    w.to_lowercase() == word
                }
            })
    })
}

/// Whether the text comes back to what line `i` is about, as it does to its title's words
/// ("Hoofdpijn als je koffie overslaat") and not to an author's role ("Expert
/// mondgezondheid").
fn text_comes_back_to(lines: &[Line], i: usize, markers: &Markers) -> bool {
    own_words(&lines[i].text, markers)
        .iter()
        .any(|w| text_uses(lines, i, w, None, Written::AnyCase))
}

/// The first line of the head that can be the title, past the labels a page shows above its
/// title (a site section, categories: "Gezondheid", "HEALTH CONDITION", "Blog", one to three
/// words each, with another title-like line under them) and past lines that cannot be a title
/// (a site notice of several sentences, a date line); with how many labels it passed.
fn past_page_labels(lines: &[Line], head: &[usize], markers: &Markers) -> Option<(usize, usize)> {
    let candidates: Vec<usize> = head
        .iter()
        .copied()
        .filter(|&i| can_be_title(lines, i, markers))
        .collect();
    let label = |i: usize| {
        let text = lines[i].text.trim();
        // A title is followed by its date, its authors or its first text; a label by more
        // labels, a notice or the title, perhaps with the site's or a magazine's name between
        // (which reads as a name: then the line after it must be a confirmed title that the
        // text comes back to, not the author's role).
        // A blank line under it ends the page's head: what follows is the article's text.
        word_count(text) <= MAX_LABEL_WORDS
            && !ends_like_sentence(text)
            && lines.get(i + 1).is_some_and(|next| !next.is_blank())
            && first_text(lines, i + 1).is_some_and(|next_line| {
                if is_author_name(lines, next_line, markers) {
                    return matches!(confirmation(lines, i, markers), Confirmation::Not(title)
                        if !matches!(confirmation(lines, title, markers), Confirmation::Not(_))
                            && text_comes_back_to(lines, title, markers));
                }
                let next = &lines[next_line].text;
                is_title_like(next, markers)
                    || is_question_title(next)
                    || is_not_title(next, markers)
                    || is_notice(lines, next_line, markers)
            })
    };
    let mut k = 0;
    while k + 1 < candidates.len() && label(candidates[k]) {
        k += 1;
    }
    candidates.get(k).map(|&line| (line, k))
}

/// The date line among the first lines, or else a line anywhere that says it gives the date
/// ("Last updated Nov 29, 2022" in the footer): taken out and used; else `--date` or today.
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
        let found = date_line(&lines[i].text, markers);
        if let Some(date) = found.date() {
            let date = take_date_line(lines, i, date, &found, "", report);
            drop_second_date_line(lines, i, markers, report);
            return date;
        }
        if found == DateLine::NotUnderstood {
            report.review(
                lines[i].number,
                format!(
                    "{} looks like a date but was not understood: kept as text",
                    quote(&lines[i].text)
                ),
            );
            break;
        }
    }
    // Further down the line must say it is the date, as a date alone there is more often a
    // reference's or an event's.
    let labelled = (0..lines.len()).find_map(|i| {
        let found = labelled_date_line(&lines[i].text, markers)?;
        Some((i, found.date()?, found))
    });
    if let Some((i, date, found)) = labelled {
        return take_date_line(lines, i, date, &found, " (further down the page)", report);
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

/// Takes out a second line of the head that says it is a date ("Laatste update: 26 februari
/// 2024" under "Gepubliceerd: 4 juni 2020"), from line `from` on: the page's meta data, not the
/// article's text.
fn drop_second_date_line(
    lines: &mut Vec<Line>,
    from: usize,
    markers: &Markers,
    report: &mut Report,
) {
    let near: Vec<usize> = (from..lines.len())
        .filter(|&i| !lines[i].is_blank())
        .take(DATE_SEARCH_LINES)
        .collect();
    // The line, or its label alone with the date on the next line ("Updated On" /
    // "September 26, 2024").
    let second = |k: usize| -> Option<Vec<usize>> {
        let i = near[k];
        if labelled_date_line(&lines[i].text, markers).is_some() {
            return Some(vec![i]);
        }
        let next = *near.get(k + 1)?;
        (is_date_label(&lines[i].text, markers)
            && date_line(&lines[next].text, markers).date().is_some())
        .then(|| vec![i, next])
    };
    let Some(taken) = (0..near.len()).find_map(second) else {
        return;
    };
    for &i in taken.iter().rev() {
        report.dropped(
            lines[i].number,
            format!("a second date line: {}", quote(&lines[i].text)),
        );
        lines.remove(i);
    }
}

/// Reports the date of line `i`, asks for a check when it reads two ways, and takes the
/// line out.
fn take_date_line(
    lines: &mut Vec<Line>,
    i: usize,
    date: Date,
    found: &DateLine,
    where_: &str,
    report: &mut Report,
) -> Date {
    let number = lines[i].number;
    report.recognised(number, format!("date {date}{where_}"));
    if let DateLine::Ambiguous(_, other) = found {
        report.review(
            number,
            format!(
                "{} reads as {date} or as {other}: check the date",
                quote(&lines[i].text)
            ),
        );
    }
    lines.remove(i);
    date
}

/// A heading-like line right under the title, followed by a longer line, is its subtitle: kept
/// as an emphasised lead. The report asks a person to check it is not a first heading.
fn subtitle(lines: &mut Vec<Line>, markers: &Markers, report: &mut Report) -> Option<String> {
    let i = first_text(lines, 0)?;
    let j = first_text(lines, i + 1)?;
    let line = &lines[i];
    // A reference list right under the title ("Sources") opens the list, not a lead; a line
    // of a few words ("Advies") is the first heading.
    let is_subtitle = !references::is_heading(&line.text, markers)
        && (MAX_LABEL_WORDS + 1..=MAX_SUBTITLE_WORDS).contains(&word_count(&line.text))
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
