//! An FAQ without a heading: questions at the end of the article, each with its short answer
//! under it, as shops and blogs write them under the text ("Can my child take an adult
//! multivitamin?" / "No. …"). Read from the blocks of a text or of a saved page alike.

use super::body::{Block, Heading, Role};
use super::markers::Markers;
use super::report::{Report, quote};
use super::text::word_count;

/// An FAQ has at least this many questions.
const MIN_QUESTIONS: usize = 2;

/// An answer in such an FAQ is one paragraph of at most this many words: a section of the
/// article under a question heading is longer.
const MAX_ANSWER_WORDS: usize = 40;

/// When the article has no FAQ and ends in two or more question headings of one level, each
/// with a short answer of one paragraph, after a section that asks no question, they become the FAQ's questions under a new FAQ heading (the language's
/// first FAQ name), with a review line.
pub fn from_trailing_questions(blocks: &mut Vec<Block>, markers: &Markers, report: &mut Report) {
    let has_faq = blocks
        .iter()
        .any(|b| matches!(b, Block::Heading(h) if h.role == Role::Faq));
    if has_faq {
        return;
    }
    let Some(start) = trailing_questions(blocks) else {
        return;
    };
    let Some(Block::Heading(first)) = blocks.get(start) else {
        return;
    };
    let (level, line) = (first.level, first.line);
    let heading = markers
        .faq
        .first()
        .cloned()
        .unwrap_or_else(|| "FAQ".to_string());
    let mut questions = 0;
    for block in &mut blocks[start..] {
        if let Block::Heading(h) = block {
            h.role = Role::Question;
            h.level = (level + 1).min(6);
            questions += 1;
        }
    }
    report.review(
        line,
        format!(
            "{questions} questions with their answers end the article, without an FAQ heading: \
             read as the FAQ, under the heading {}; check they are one",
            quote(&heading)
        ),
    );
    blocks.insert(
        start,
        Block::Heading(Heading {
            level,
            text: heading,
            line,
            role: Role::Faq,
        }),
    );
}

/// Where the run of trailing questions starts: headings of one level that end in "?", each
/// followed by a short answer of one paragraph, up to the end, after a section that is no
/// question.
fn trailing_questions(blocks: &[Block]) -> Option<usize> {
    let mut start = blocks.len();
    let mut questions = 0;
    let mut level = None;
    // Each question heading, from the last one back, with the blocks up to the run found so
    // far as its answer.
    while let Some(at) = blocks[..start]
        .iter()
        .rposition(|b| matches!(b, Block::Heading(_)))
    {
        let Block::Heading(question) = &blocks[at] else {
            return None;
        };
        let answer = &blocks[at + 1..start];
        let is_pair = question.role == Role::Section
            && question.text.trim_end().ends_with('?')
            && level.is_none_or(|l| l == question.level)
            && matches!(answer, [Block::Paragraph(text) | Block::Markdown(text)]
                if word_count(text) <= MAX_ANSWER_WORDS);
        if !is_pair {
            break;
        }
        level = Some(question.level);
        questions += 1;
        start = at;
    }
    // An article written as questions throughout has them as its sections: the run follows
    // a section that asks none.
    let after_a_section = blocks[..start].iter().any(|b| {
        matches!(b, Block::Heading(h) if h.role == Role::Section && !h.text.trim_end().ends_with('?'))
    });
    (questions >= MIN_QUESTIONS && after_a_section).then_some(start)
}
