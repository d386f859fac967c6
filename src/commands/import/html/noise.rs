//! Boilerplate left inside a saved page's article: the same families as in scraped text (the
//! language's `[[noise]]` rules), now whole blocks. Themes and page builders put "Recent
//! posts", "Back to blog", previous/next links, tables of contents and comment notices in the
//! article's own container, where extraction keeps them.

use pulldown_cmark::{Event, Parser};

use super::line_of;
use crate::commands::import::MAX_FOLLOWING_NOISE;
use crate::commands::import::body::{Block, Role};
use crate::commands::import::markers::{FollowedBy, Markers, NoiseRule};
use crate::commands::import::references;
use crate::commands::import::report::{Report, quote};

/// `blocks` without those that are noise, each reported as dropped, with the blocks a noise
/// block takes with it (see [`FollowedBy`]).
pub fn without_noise(
    blocks: Vec<Block>,
    input: &str,
    markers: &Markers,
    report: &mut Report,
) -> Vec<Block> {
    let headings: Vec<String> = blocks
        .iter()
        .filter_map(|b| match b {
            Block::Heading(h) => Some(h.text.clone()),
            _ => None,
        })
        .collect();
    let mut kept = Vec::with_capacity(blocks.len());
    let mut taking: Option<(&NoiseRule, FollowedBy)> = None;
    let mut taken = 0;
    for block in blocks {
        if let Some((rule, followed_by)) = taking {
            if taken < MAX_FOLLOWING_NOISE && belongs(&block, followed_by, &headings, markers) {
                taken += 1;
                // Noise of its own among them is reported as what it is.
                let what = noise_of(&block, markers).map_or(&rule.what, |own| &own.what);
                drop_block(&block, what, input, report);
                continue;
            }
            taking = None;
        }
        let Some(rule) = noise_of(&block, markers) else {
            kept.push(block);
            continue;
        };
        drop_block(&block, &rule.what, input, report);
        taking = rule.followed_by.map(|followed_by| (rule, followed_by));
        taken = 0;
    }
    kept
}

/// The rule a block is noise under: a heading or a one-line paragraph that a rule matches, or
/// a list whose every item one does (a row of share buttons).
fn noise_of<'m>(block: &Block, markers: &'m Markers) -> Option<&'m NoiseRule> {
    match block {
        Block::Heading(heading) if matches!(heading.role, Role::Section) => {
            markers.noise_rule(&heading.text)
        }
        Block::List { items, .. } => {
            let rules: Vec<&NoiseRule> = items
                .iter()
                .map(|item| one_line(item).and_then(|text| markers.noise_rule(&text)))
                .collect::<Option<_>>()?;
            rules.first().copied()
        }
        _ => markers.noise_rule(&one_line(std::slice::from_ref(block))?),
    }
}

/// Whether `block` goes with the noise block above it (see [`FollowedBy::takes`]): a one-line
/// paragraph, or a list of one-line items.
fn belongs(block: &Block, followed_by: FollowedBy, headings: &[String], markers: &Markers) -> bool {
    // The reference list's heading has left the blocks already.
    let named_later =
        |entry: &str| headings.iter().any(|h| h == entry) || references::is_heading(entry, markers);
    let takes = |text: &str| followed_by.takes(text, markers, named_later);
    match block {
        // A table of contents also lists the parts that are not the article's (its sources,
        // its comments): its first entry and half of them name headings.
        Block::List { items, .. } if followed_by == FollowedBy::Entries => {
            let named: Vec<bool> = items
                .iter()
                .map(|item| one_line(item).is_some_and(|text| takes(&text)))
                .collect();
            named.first() == Some(&true) && named.iter().filter(|&&n| n).count() * 2 >= named.len()
        }
        Block::List { items, .. } => items
            .iter()
            .all(|item| one_line(item).is_some_and(|text| takes(&text))),
        Block::Heading(_) => false,
        _ => one_line(std::slice::from_ref(block)).is_some_and(|text| takes(&text)),
    }
}

/// The text of the first paragraph: the page's lead, when the one extraction found was noise.
pub fn first_paragraph(blocks: &[Block]) -> Option<String> {
    blocks.iter().find_map(|block| {
        let text = match block {
            Block::Paragraph(text) => text.clone(),
            Block::Markdown(markdown) => plain(markdown),
            _ => return None,
        };
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        (!text.is_empty()).then_some(text)
    })
}

/// The plain text of blocks that hold one line of text, if they do.
fn one_line(blocks: &[Block]) -> Option<String> {
    let [block] = blocks else { return None };
    let text = match block {
        Block::Paragraph(text) => text.clone(),
        Block::Markdown(markdown) => plain(markdown),
        _ => return None,
    };
    let text = text.trim();
    (!text.is_empty() && !text.contains('\n')).then(|| text.to_string())
}

/// Markdown's text without its markup.
fn plain(markdown: &str) -> String {
    Parser::new(markdown)
        .filter_map(|event| match event {
            Event::Text(text) | Event::Code(text) => Some(text.to_string()),
            Event::SoftBreak | Event::HardBreak => Some("\n".to_string()),
            _ => None,
        })
        .collect()
}

fn drop_block(block: &Block, what: &str, input: &str, report: &mut Report) {
    let text = match block {
        Block::Heading(heading) => heading.text.clone(),
        Block::List { items, .. } => items
            .iter()
            .filter_map(|item| one_line(item))
            .collect::<Vec<_>>()
            .join(" | "),
        other => one_line(std::slice::from_ref(other)).unwrap_or_default(),
    };
    let line = match block {
        Block::Heading(heading) => heading.line,
        _ => line_of(input, text.split(" | ").next().unwrap_or_default()),
    };
    report.dropped(line, format!("{what}: {}", quote(&text)));
}
