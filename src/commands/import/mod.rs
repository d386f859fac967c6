//! `kennis import`: raw article text (scraped from web pages, all markup lost) → a Markdown
//! article with TOML front matter and structured references, plus a report of what was
//! recognised, dropped and needs a person's eye, each with its input line.
//!
//! The pipeline: [`lines`] reads the input and noise lines are dropped; [`head`] takes the
//! title, date and subtitle; the reference list is split off and read by [`references`];
//! [`body`] recognises the body's structure (with [`table`] for flattened tables); [`write`](mod@write)
//! writes the article and [`report`] collects the findings. What to recognise comes from
//! [`markers`], the language's `import.toml`. [`run`](mod@run) does all this for files, and
//! [`join`] joins each article with the site it goes into (its bibliography, the reference ids
//! in use, the claims left without a source). Saved web pages go through `html` and WordPress
//! exports through `wordpress` instead (feature `import-html`).

pub mod body;
pub mod charset;
pub mod dates;
pub mod faq;
pub mod head;
#[cfg(feature = "import-html")]
pub mod html;
pub mod join;
pub mod language;
pub mod lines;
pub mod markers;
pub mod references;
pub mod report;
pub mod run;
pub mod table;
pub mod text;
#[cfg(feature = "import-html")]
pub mod wordpress;
pub mod write;

use crate::load::content::front_matter::Date;
use crate::load::content::reference::Reference;
use crate::slug::slugify;
use body::Block;
use lines::Line;
use markers::Markers;
use references::cite;
use report::{Report, quote};
use text::shorten;

pub use run::{ImportError, ImportOptions, ImportedFile, Imports, Include, Item, Skipped, run};

/// The longest description written, in characters.
const DESCRIPTION_LENGTH: usize = 160;

/// The longest slug made from a title, in characters.
const SLUG_LENGTH: usize = 60;

/// How to import one text.
#[derive(Debug, Clone)]
pub struct TextOptions {
    /// Date when the text has no date line.
    pub date: Date,
    /// Whether `date` was given by the user (else it is today).
    pub date_given: bool,
    /// Title to use instead of the first line.
    pub title: Option<String>,
}

/// One imported article.
#[derive(Debug, Clone)]
pub struct Imported {
    /// The title.
    pub title: String,
    /// Why the title may be wrong, when it may: the article is not written without `--title`.
    pub title_doubt: Option<String>,
    /// File key and slug, made from the title.
    pub key: String,
    /// The whole Markdown file.
    pub markdown: String,
    /// Files of a saved web page (its images) that go into the article's own folder.
    pub files: Vec<KeptFile>,
    /// What happened.
    pub report: Report,
}

/// A file of the input that the article uses: copied into the article's own folder,
/// `<section>/<key>/<name>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeptFile {
    /// Where it is.
    pub from: std::path::PathBuf,
    /// Its name in the article's folder, as the article links to it.
    pub name: String,
}

/// Imports one text.
pub fn import_text(input: &str, options: &TextOptions, markers: &Markers) -> Imported {
    let mut report = Report::default();
    let (mut lines, head_start) = without_noise(input, markers, &mut report);
    let head = head::read(&mut lines, head_start, options, markers, &mut report);
    let (body_lines, references) = split_off_references(lines, markers, &mut report);
    let mut blocks = body::parse(&body_lines, markers, &mut report);

    let description = blocks
        .iter()
        .find_map(|b| match b {
            Block::Paragraph(text) => Some(cite::plain(&text.replace('\n', " "))),
            _ => None,
        })
        .map_or_else(|| head.title.clone(), |lead| description(&lead, markers));
    if let Some(subtitle) = head.subtitle {
        blocks.insert(0, Block::Subtitle(subtitle));
    }
    let key = slug_of(&head.title, &markers.untitled);
    let front = write::FrontMatter {
        title: head.title.clone(),
        description,
        date: head.date,
        updated: None,
        slug: key.clone(),
        authors: Vec::new(),
        tags: Vec::new(),
        draft: false,
        references,
    };
    Imported {
        title: head.title,
        title_doubt: head.title_doubt,
        markdown: cite::resolve(&write::article(&front, &blocks)),
        key,
        report,
        files: Vec::new(),
    }
}

/// The description made from a page's summary or first paragraph: shortened at a sentence end.
/// (Without either, importers use the title.)
pub(crate) fn description(summary: &str, markers: &Markers) -> String {
    shorten(summary, DESCRIPTION_LENGTH, &markers.abbreviations)
}

/// The lines of `input`, without those that are not part of the article (with the lines a
/// noise line takes with it, see [`markers::FollowedBy`]); and where the article's head starts
/// when a noise line in the page's head says so (under a breadcrumb).
fn without_noise(
    input: &str,
    markers: &Markers,
    report: &mut Report,
) -> (Vec<Line>, Option<usize>) {
    let all = lines::split(input);
    let mut kept = Vec::new();
    // Until the first line of body text: in the page's head, a list that a noise line opens
    // ("Meest gelezen" in the menu) ends above the article's own head, a title over its byline
    // and date.
    let mut in_head = true;
    let mut head_start = None;
    let mut i = 0;
    while i < all.len() {
        let line = &all[i];
        i += 1;
        let Some(rule) = markers.noise_rule(&line.text) else {
            in_head = in_head && !head::is_body_text(&line.text, markers);
            // Citations are written into the text with these characters (see
            // `references::cite`), so the input may not hold them.
            kept.push(Line {
                text: cite::without_reserved(&line.text),
                ..line.clone()
            });
            continue;
        };
        report.dropped(line.number, format!("{}: {}", rule.what, quote(&line.text)));
        if rule.above_title && in_head {
            head_start = Some(kept.len());
        }
        let Some(followed_by) = rule.followed_by else {
            continue;
        };
        let mut taken = 0;
        while let Some(next) = all.get(i)
            && taken < MAX_FOLLOWING_NOISE
            && belongs_to_noise(followed_by, next, &all[i + 1..], markers)
            && !(in_head
                && text::word_count(&next.text) >= MIN_TITLE_WORDS
                && stands_over_a_date(&all[i + 1..], markers))
        {
            // A line among them that is noise of its own ("Alles bekijken" under "Recente
            // posts") is reported as what it is.
            let what = markers
                .noise_rule(&next.text)
                .map_or(&rule.what, |own| &own.what);
            report.dropped(next.number, format!("{what}: {}", quote(&next.text)));
            i += 1;
            taken += 1;
        }
    }
    (kept, head_start)
}

/// A line under a noise line in the page's head with fewer words than this is a menu item or
/// a name, which the noise line may take even over a date; a longer one may be the title.
const MIN_TITLE_WORDS: usize = 4;

/// How many lines of text under a title may hold its byline and then its date.
const TITLE_TO_DATE_LINES: usize = 2;

/// Whether a date line is among the first lines of text of `rest` (the lines under a line).
fn stands_over_a_date(rest: &[Line], markers: &Markers) -> bool {
    rest.iter()
        .filter(|line| !line.is_blank())
        .take(TITLE_TO_DATE_LINES)
        .any(|line| !dates::date_line(&line.text, markers).is_none())
}

/// Most lines (or blocks of a saved page) a noise line takes with it.
pub(crate) const MAX_FOLLOWING_NOISE: usize = 12;

/// True when `line`, right under a noise line (or under one it took), belongs to it; `rest` is
/// the text after it.
fn belongs_to_noise(
    followed_by: markers::FollowedBy,
    line: &Line,
    rest: &[Line],
    markers: &Markers,
) -> bool {
    !line.is_blank()
        && followed_by.takes(&line.text, markers, |entry| {
            rest.iter().any(|later| later.text == entry)
        })
}

/// Splits the references off the text, wherever they stand (see [`references::find`]), and
/// cites them where the text marks them.
fn split_off_references(
    lines: Vec<Line>,
    markers: &Markers,
    report: &mut Report,
) -> (Vec<Line>, Vec<Reference>) {
    references::find::split_off(lines, markers, report)
}

/// A slug from the title (from `untitled` when the title has no letters or digits). A long one is cut: at the end of the title's first part when it has
/// two ("Magnesiumtekort en slaapproblemen in de winter? Hoe een …", "… uit balans zijn: herken
/// …") and that part has three words or more, else at a word boundary, to at most
/// [`SLUG_LENGTH`] characters.
fn slug_of(title: &str, untitled: &str) -> String {
    let full = slugify(title);
    if full.is_empty() {
        return slugify(untitled);
    }
    if full.len() <= SLUG_LENGTH {
        return full;
    }
    if let Some(first_part) = title.split([':', '?', '!', '–', '—']).next() {
        let slug = slugify(first_part);
        if slug.split('-').count() >= 3 && slug.len() <= SLUG_LENGTH {
            return slug;
        }
    }
    let mut slug = String::new();
    for word in full.split('-') {
        if slug.len() + word.len() + 1 > SLUG_LENGTH {
            break;
        }
        if !slug.is_empty() {
            slug.push('-');
        }
        slug.push_str(word);
    }
    slug
}

#[cfg(test)]
mod tests;
