//! The FAQ of a page (DESIGN.md): the section whose heading has the id `faq`. Each question is
//! a `###` heading ending in `?`; its answer is everything up to the next heading of level 3 or
//! higher. The section is rendered as a block of `<details>` elements, one per question, and
//! the questions and answers are kept for the page's FAQPage JSON-LD and the site's FAQ page.

use std::ops::Range;

use pulldown_cmark::{CowStr, Event, HeadingLevel, Tag, TagEnd};

use super::Spanned;

/// The id of the heading that starts the FAQ section.
pub const FAQ_ID: &str = "faq";

/// How many events [`mark`] inserts around each question and answer.
const INSERTED_PER_QUESTION: usize = 5;

/// Marks where an answer's HTML begins and ends; never written to the page.
const ANSWER_START: &str = "\u{1}kennis-faq-answer-start";
const ANSWER_END: &str = "\u{1}kennis-faq-answer-end";

/// One question of a page's FAQ.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct FaqItem {
    /// The question, as plain text.
    pub question: String,
    /// The id of the question's heading.
    pub id: String,
    /// The answer as HTML (with the page's citations).
    pub answer_html: String,
    /// The answer as plain text, without citation numbers (for JSON-LD).
    pub answer_text: String,
}

/// A question heading that does not end in `?`, for a warning.
pub struct NotAQuestion {
    /// Where the heading is.
    pub range: Range<usize>,
    /// Its text.
    pub text: String,
}

/// The questions [`mark`] found.
#[derive(Default)]
pub struct Marked {
    /// Each question's text and heading id, in order.
    pub questions: Vec<(String, String)>,
    /// Question headings that do not end in `?` (still rendered as questions).
    pub not_questions: Vec<NotAQuestion>,
}

/// Wraps the FAQ section's questions and answers in `<details>` blocks and marks where each
/// answer is, for [`split_answers`]. Only a heading whose editor wrote `{#faq}` (one of
/// `explicit_ids`) starts the section, not one whose text happens to make the id `faq`.
pub fn mark(events: &mut Vec<Spanned<'_>>, explicit_ids: &[(String, Range<usize>)]) -> Marked {
    let Some((_, faq_heading)) = explicit_ids.iter().find(|(id, _)| id == FAQ_ID) else {
        return Marked::default();
    };
    let Some(start) = events.iter().position(|(e, range)| {
        matches!(e, Event::Start(Tag::Heading { .. })) && range == faq_heading
    }) else {
        return Marked::default();
    };
    let Event::Start(Tag::Heading {
        level: faq_level, ..
    }) = events[start].0
    else {
        return Marked::default();
    };
    let heading_end = |from: usize, events: &[Spanned<'_>]| {
        events[from..]
            .iter()
            .position(|(e, _)| matches!(e, Event::End(TagEnd::Heading(_))))
            .map_or(events.len(), |p| from + p)
    };
    let section_start = heading_end(start, events) + 1;

    // The FAQ section ends at the next heading of its own level or higher.
    let mut questions = Vec::new();
    let mut section_end = events.len();
    for (i, (event, _)) in events.iter().enumerate().skip(section_start) {
        if let Event::Start(Tag::Heading { level, .. }) = *event {
            if level <= faq_level {
                section_end = i;
                break;
            }
            if level == HeadingLevel::H3 {
                questions.push(i);
            }
        }
    }
    if questions.is_empty() {
        return Marked::default();
    }

    let mut marked = Marked::default();
    // Insert from the back so earlier indexes stay valid.
    let html = |text: &'static str| Event::Html(CowStr::Borrowed(text));
    let mut answer_end = section_end;
    for &question in questions.iter().rev() {
        let end_of_heading = heading_end(question, events);
        let text = super::plain_text(&events[question + 1..end_of_heading]);
        // A question may end in a closing quote or bracket: `Is het "veilig?"`, `(zie hieronder?)`
        // (the importer's `final_mark` strips the same).
        let ending =
            text.trim_end_matches(|c: char| c.is_whitespace() || "\"“”‘’')]»«".contains(c));
        if !ending.ends_with('?') {
            marked.not_questions.push(NotAQuestion {
                range: events[question].1.clone(),
                text: text.clone(),
            });
        }
        let id = match &events[question].0 {
            Event::Start(Tag::Heading { id: Some(id), .. }) => id.to_string(),
            _ => String::new(),
        };
        marked.questions.push((text, id));
        // An answer runs to the next heading of level 3 or higher inside the section.
        let stop = events[end_of_heading + 1..answer_end]
            .iter()
            .position(|(e, _)| {
                matches!(e, Event::Start(Tag::Heading { level, .. }) if *level <= HeadingLevel::H3)
            })
            .map_or(answer_end, |p| end_of_heading + 1 + p);
        let at = |i: usize, events: &[Spanned<'_>]| {
            let offset = events.get(i).map_or(0, |(_, r)| r.start);
            offset..offset
        };
        let stop_range = at(stop, events);
        events.splice(
            stop..stop,
            [
                (html(ANSWER_END), stop_range.clone()),
                (html("</div>\n</details>\n"), stop_range),
            ],
        );
        let after_heading = at(end_of_heading + 1, events);
        events.splice(
            end_of_heading + 1..end_of_heading + 1,
            [
                (
                    html("</summary>\n<div class=\"faq-answer\">\n"),
                    after_heading.clone(),
                ),
                (html(ANSWER_START), after_heading),
            ],
        );
        let before_heading = at(question, events);
        events.insert(
            question,
            (
                html("<details class=\"faq-item\">\n<summary>"),
                before_heading,
            ),
        );
        answer_end = question;
    }
    let first = questions[0];
    // Every insertion above lies before the section's end, which moved right by all of them.
    let section_end = section_end + INSERTED_PER_QUESTION * questions.len();
    let section_end_range = {
        let offset = events.get(section_end).map_or(0, |(_, r)| r.start);
        offset..offset
    };
    events.insert(section_end, (html("</div>\n"), section_end_range));
    let first_range = events[first].1.clone();
    events.insert(first, (html("<div class=\"faq\">\n"), first_range));
    marked.questions.reverse();
    marked.not_questions.reverse();
    marked
}

/// Renders `events` to HTML, taking out the answers [`mark`] marked: returns the page's HTML
/// and each answer's HTML and plain text, in order.
pub fn split_answers(events: Vec<Event<'_>>) -> (String, Vec<(String, String)>) {
    let mut html = String::new();
    let mut answers = Vec::new();
    let mut chunk: Vec<Event<'_>> = Vec::new();
    let mut in_answer = false;
    for event in events {
        match &event {
            Event::Html(h) if h.as_ref() == ANSWER_START => {
                pulldown_cmark::html::push_html(&mut html, chunk.drain(..));
                in_answer = true;
            }
            Event::Html(h) if h.as_ref() == ANSWER_END && in_answer => {
                let text = answer_text(&chunk);
                let mut answer = String::new();
                pulldown_cmark::html::push_html(&mut answer, chunk.drain(..));
                html.push_str(&answer);
                answers.push((answer, text));
                in_answer = false;
            }
            _ => chunk.push(event),
        }
    }
    pulldown_cmark::html::push_html(&mut html, chunk.into_iter());
    (html, answers)
}

/// The words of an answer: its text, with one space between blocks and none of the HTML the
/// renderer added (citation numbers, markers).
fn answer_text(events: &[Event<'_>]) -> String {
    let mut text = String::new();
    for event in events {
        match event {
            Event::Text(t) | Event::Code(t) => text.push_str(t),
            Event::SoftBreak | Event::HardBreak => text.push(' '),
            Event::End(
                TagEnd::Paragraph
                | TagEnd::Item
                | TagEnd::TableCell
                | TagEnd::Heading(_)
                | TagEnd::BlockQuote(_)
                | TagEnd::CodeBlock,
            ) => text.push(' '),
            _ => {}
        }
    }
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
