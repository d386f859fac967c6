//! Markdown → HTML for article bodies and section introductions (pulldown-cmark).
//!
//! On top of CommonMark: tables, footnotes, strikethrough, task lists, heading attributes
//! `{#id .class}`, smart punctuation and GitHub alerts. kennis adds heading ids made from the
//! heading text, a table of contents, footnote ids that cannot collide with heading ids,
//! localized alert titles, and `@/section/key.md#anchor` links resolved to the page in the same
//! language. Every problem is reported at its line and column in the file.

pub mod citations;
pub mod citing;
pub mod claim_units;
pub mod comparison;
pub mod decorate;
pub mod faq;
pub mod headings;
pub mod html_text;
pub mod images;
pub mod links;
pub mod page_text;
pub mod raw_html;
pub mod reference_list;
pub mod responsive;
pub mod search_text;
pub mod spliced;

use std::collections::HashMap;
use std::ops::Range;
use std::path::PathBuf;

use pulldown_cmark::{BlockQuoteKind, CowStr, Event, Options, Parser, Tag, TagEnd};

use crate::diagnostics::{Diagnostic, Severity, SourceText};
use crate::escape;
use crate::load::config::{ImageSettings, RawHtml};
use crate::load::content::comparisons::{Comparisons, NO_COMPARISONS};
use crate::load::content::evidence::{Evidence, EvidenceLevel};
use crate::load::content::reference::Reference;
use crate::load::content::reread::Stamp;
use crate::load::i18n::{UiStringError, UiStrings};
use crate::packed::PackedStrings;
use crate::parse::claims::{self, detector::Detector, eu_register::EuRegister};
use crate::postprocess::{Decorator, Scope, own_markup_inventory};
use citations::Citation;
use citing::Citer;
use decorate::{Inventory, decorate};
use headings::{IdAllocator, RESERVED_ID_PREFIXES, TocEntry};
use links::{PageRef, Unresolved};
use page_text::PageText;
use search_text::SearchText;
use spliced::Spliced;

/// Words the renderer writes into the page itself, in the page's language.
#[derive(Debug, Clone, Default)]
pub struct Labels {
    /// The page's language code (for texts given per language, such as reference notes).
    pub lang: String,
    /// Title of a `[!NOTE]` alert.
    pub note: String,
    /// Title of a `[!TIP]` alert.
    pub tip: String,
    /// Title of an `[!IMPORTANT]` alert.
    pub important: String,
    /// Title of a `[!WARNING]` alert.
    pub warning: String,
    /// Title of a `[!CAUTION]` alert.
    pub caution: String,
    /// Heading of the footnotes list (read by screen readers).
    pub footnotes: String,
    /// Accessible name of a footnote reference, followed by its number ("Voetnoot 1").
    pub footnote: String,
    /// Accessible name of the link from a footnote back to the text.
    pub back_to_text: String,
    /// Heading of the reference list ("Bronnen").
    pub sources: String,
    /// Accessible name of a citation link, followed by its number ("Bron 1").
    pub citation: String,
    /// Accessible name of the link from a reference back to where it is cited.
    pub back_to_citation: String,
    /// Words before the date a web page was consulted ("Geraadpleegd op").
    pub accessed: String,
    /// What stands for the authors left out of a long author list.
    pub et_al: String,
    /// The marker at a health claim without a source ("bron nodig").
    pub source_needed: String,
    /// Its longer explanation, shown on hover.
    pub source_needed_title: String,
    /// What each level of evidence is called in a reference list, A to D
    /// ("Bewijsniveau B: systematische review of meta-analyse").
    pub evidence_levels: Vec<String>,
    /// What a source of unknown level is called in a reference list.
    pub evidence_unknown: String,
    /// The label of a reference's conflicts of interest.
    pub conflicts: String,
    /// The markup kennis adds to published HTML (heading anchors, table containers, external
    /// links, lazy images); `None` when the HTML is not published (`kennis check`).
    pub decorator: Option<Decorator>,
    /// Month names, January first, for dates in reference entries.
    pub months: Vec<String>,
    /// Only the findings are wanted (`kennis check`): the body's HTML, its FAQ answers and its
    /// search text are not made. The findings are the same.
    pub findings_only: bool,
    /// `[markdown] raw_html`: what happens to HTML written in the Markdown.
    pub raw_html: RawHtml,
}

impl Labels {
    /// The words the Markdown renderer writes into pages of `lang`.
    pub fn from_strings(strings: &UiStrings, lang: &str) -> Result<Self, UiStringError> {
        Ok(Labels {
            lang: lang.to_string(),
            note: strings.get(lang, "alert-note", None)?,
            tip: strings.get(lang, "alert-tip", None)?,
            important: strings.get(lang, "alert-important", None)?,
            warning: strings.get(lang, "alert-warning", None)?,
            caution: strings.get(lang, "alert-caution", None)?,
            footnotes: strings.get(lang, "footnotes", None)?,
            footnote: strings.get(lang, "footnote-ref", None)?,
            back_to_text: strings.get(lang, "footnote-back", None)?,
            sources: strings.get(lang, "sources", None)?,
            citation: strings.get(lang, "citation-ref", None)?,
            back_to_citation: strings.get(lang, "citation-back", None)?,
            accessed: strings.get(lang, "source-accessed", None)?,
            et_al: strings.get(lang, "source-et-al", None)?,
            source_needed: strings.get(lang, "source-needed", None)?,
            source_needed_title: strings.get(lang, "source-needed-title", None)?,
            evidence_levels: EvidenceLevel::ALL
                .iter()
                .map(|level| {
                    strings.get(
                        lang,
                        &format!("evidence-level-{}", level.letter().to_lowercase()),
                        None,
                    )
                })
                .collect::<Result<_, _>>()?,
            evidence_unknown: strings.get(lang, "evidence-level-unknown", None)?,
            conflicts: strings.get(lang, "source-conflicts", None)?,
            decorator: None,
            months: (1..=12)
                .map(|m| strings.get(lang, &format!("month-{m}"), None))
                .collect::<Result<_, _>>()?,
            findings_only: false,
            raw_html: RawHtml::default(),
        })
    }
}

/// The number of words in `text`: runs of characters between white space, as
/// `str::split_whitespace` counts them, without making a slice of each.
fn count_words(text: &str) -> usize {
    let mut words = 0;
    let mut in_word = false;
    for c in text.chars() {
        let space = c.is_whitespace();
        if !space && !in_word {
            words += 1;
        }
        in_word = !space;
    }
    words
}

/// Finds the address of the page an `@/` link points at.
pub trait LinkResolver: Sync {
    /// The root-relative URL of `page` in `lang`, or why there is none.
    fn resolve(&self, page: &PageRef, lang: &str) -> Result<String, Unresolved>;

    /// Where an image at `path` is published, shown by the article `article` (section, key)
    /// in `lang`, and its file; `None` (the default) when there are no files to look in, and the
    /// image stays as written.
    fn image(
        &self,
        _path: &images::ImagePath<'_>,
        _article: Option<(&str, &str)>,
        _lang: &str,
    ) -> Option<images::ResolvedImage> {
        None
    }

    /// `[images]` of the site: the widths of the smaller copies large images get, and their
    /// `sizes`; `None` (the default) writes every image with its `src` alone.
    fn image_settings(&self) -> Option<&ImageSettings> {
        None
    }
}

/// Finds the references a page may cite.
pub trait ReferenceLookup: Sync {
    /// The reference with citation key `key`.
    fn find(&self, key: &str) -> Option<&Reference>;
    /// Every key the page may cite (for suggestions when a key is unknown).
    fn keys(&self) -> Vec<&str>;
}

/// A page that may cite nothing.
pub struct NoReferences;

impl ReferenceLookup for NoReferences {
    fn find(&self, _: &str) -> Option<&Reference> {
        None
    }

    fn keys(&self) -> Vec<&str> {
        Vec::new()
    }
}

/// What a page's citations and claims are checked against.
#[derive(Clone, Copy)]
pub struct Sources<'a> {
    /// The references the page may cite.
    pub references: &'a dyn ReferenceLookup,
    /// The claim detector of the page's language, when claims are checked.
    pub claims: Option<&'a Detector>,
    /// What an uncited claim is; as a warning, the page shows a "source needed" marker.
    pub uncited: Severity,
    /// With `[claims] eu_register = true`: the EU register of authorised health claims of the
    /// page's language, against which every claim about a listed nutrient is compared.
    pub eu_register: Option<&'a EuRegister>,
    /// The comparison tables the page may embed.
    pub comparisons: &'a Comparisons,
    /// Some references the page could cite were not read (the shared bibliography, or a
    /// translation's front matter, has errors): a key no reference has is not reported, since
    /// the file's own error is the one to fix.
    pub references_incomplete: bool,
    /// The level of evidence of every reference, shown in the reference list (`None`: no
    /// levels are known, as for a lone file).
    pub evidence: Option<&'a Evidence>,
    /// `[claims] min_level`: a claim whose sources are all weaker is a `weak-source`
    /// finding. `None` checks no levels.
    pub min_level: Option<EvidenceLevel>,
    /// Judge every unit, cited or not, and keep each claim's sources in
    /// [`Rendered::claims`] (for `kennis sources`; checks need only the uncited ones).
    pub profile_claims: bool,
}

impl Sources<'static> {
    /// Nothing to cite and no claim check.
    pub fn none() -> Self {
        Sources {
            references: &NoReferences,
            claims: None,
            uncited: Severity::Error,
            eu_register: None,
            comparisons: &NO_COMPARISONS,
            references_incomplete: false,
            evidence: None,
            min_level: None,
            profile_claims: false,
        }
    }
}

impl<'a> Sources<'a> {
    /// `references` to cite and the claim check with `detector`, uncited claims as errors,
    /// and none of the site-wide checks (comparisons, the EU register, levels of evidence).
    pub fn claims_only(references: &'a dyn ReferenceLookup, detector: &'a Detector) -> Self {
        Sources {
            references,
            claims: Some(detector),
            ..Sources::none()
        }
    }
}

/// A Markdown text to render: part of a source file.
#[derive(Debug, Clone, Copy)]
pub struct Document<'a> {
    /// The whole file, for positions.
    pub source: &'a SourceText,
    /// Byte range of the Markdown in `source.text`.
    pub body: &'a Range<usize>,
    /// Language of the page (for `@/` links).
    pub lang: &'a str,
    /// The article (section, key) whose folder holds the images the text names by file name;
    /// `None` for texts that are no article.
    pub article: Option<(&'a str, &'a str)>,
}

/// A link to an anchor on another page, checked once every page has been rendered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnchorRef {
    /// The page linked to, in the same language.
    pub page: PageRef,
    /// The id that must exist on it.
    pub anchor: String,
    /// Where the link is, as a byte range of the source file.
    pub range: Range<usize>,
}

/// The result of rendering one document.
#[derive(Debug, Clone, Default)]
pub struct Rendered {
    /// The HTML body.
    pub html: String,
    /// Headings, nested by level.
    pub toc: Vec<TocEntry>,
    /// Every id in the HTML (headings, footnotes, raw HTML), for anchor checks, when the HTML
    /// was not decorated; decorated HTML lists its ids in `inventory` (see [`Rendered::has_id`]).
    pub ids: PackedStrings,
    /// Links to anchors on other pages.
    pub anchor_refs: Vec<AnchorRef>,
    /// Links to `#anchors` that no heading or element of this document has: the page around
    /// it may (the theme's own ids), which is checked once the page is rendered.
    pub local_anchors: Vec<(String, Range<usize>)>,
    /// Ids the editor chose (`{#id}`), with their place, to report clashes with the theme's ids.
    pub explicit_ids: Vec<(String, Range<usize>)>,
    /// Every link and image destination as written into the HTML (`@/` links resolved), with
    /// the place of its link, so the check of the finished site can point at it.
    pub links: Vec<(String, Range<usize>)>,
    /// Number of words of text.
    pub word_count: usize,
    /// The text search indexes, gathered from the same events as the HTML.
    pub search_text: PageText,
    /// Every id and URL in `html`, in document order, when it was decorated for publishing.
    pub inventory: Inventory,
    /// Every citation of a known reference: its key and place in the file, in order.
    pub cited: Vec<(String, Range<usize>)>,
    /// Every health claim of the body with the keys of the citations that cover it (none for
    /// an uncited one), in order; only gathered when [`Sources::profile_claims`] asks.
    pub claims: Vec<(Range<usize>, Vec<String>)>,
    /// The questions and answers of the page's FAQ section, in order.
    pub faq: Vec<faq::FaqItem>,
    /// Keys of the comparison tables the page embeds.
    pub comparisons: Vec<String>,
    /// The image for link previews: the first local image that is not decorative.
    pub preview_image: Option<images::PreviewImage>,
    /// The image files the HTML shows, as they were when it was written (their sizes are in
    /// it): a body is only reused while they are unchanged.
    pub image_files: Vec<(PathBuf, Option<Stamp>)>,
    /// The images the HTML offers in smaller copies (`srcset`), which the write stage makes.
    pub responsive_images: Vec<responsive::ResponsiveImage>,
    /// Problems found.
    pub diagnostics: Vec<Diagnostic>,
}

impl Rendered {
    /// True when the HTML has an element with id `id`.
    pub fn has_id(&self, id: &str) -> bool {
        self.ids.contains(id) || self.inventory.ids.contains(id)
    }
}

/// Takes the NUL bytes of `file` out of every text and HTML event made from it: a browser shows
/// them as boxes, or cuts the text at them. (pulldown-cmark turns them into U+FFFD in running
/// text, which shows as a box too, and keeps them in raw HTML and code.)
fn remove_nul_bytes(events: &mut [Spanned<'_>], file: &str) {
    for (event, range) in events.iter_mut() {
        let from_nul = file
            .as_bytes()
            .get(range.clone())
            .is_some_and(|bytes| bytes.contains(&0));
        if let Event::Text(text)
        | Event::Code(text)
        | Event::Html(text)
        | Event::InlineHtml(text)
        | Event::InlineMath(text)
        | Event::DisplayMath(text) = event
            && from_nul
        {
            let kept: String = text
                .chars()
                .filter(|&c| c != '\0' && c != char::REPLACEMENT_CHARACTER)
                .collect();
            *text = kept.into();
        }
    }
}

/// The Markdown extensions kennis enables.
pub fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES
        | Options::ENABLE_SMART_PUNCTUATION
        | Options::ENABLE_GFM
}

type Spanned<'a> = (Event<'a>, Range<usize>);

/// Renders `doc` to HTML, checking its citations and claims against `sources`.
pub fn render(
    doc: Document<'_>,
    labels: &Labels,
    links: &dyn LinkResolver,
    sources: Sources<'_>,
) -> Rendered {
    let markdown = &doc.source.text[doc.body.clone()];
    let offset = doc.body.start;
    // Room for about one event per 16 bytes, what cited prose has, so the list is seldom
    // copied while it grows.
    let mut events: Vec<Spanned> = Vec::with_capacity(markdown.len() / 16 + 16);
    events.extend(
        Parser::new_ext(markdown, options())
            .into_offset_iter()
            .map(|(event, range)| (event, range.start + offset..range.end + offset)),
    );
    let nul_byte = memchr::memchr(0, markdown.as_bytes()).map(|at| at + offset);
    if nul_byte.is_some() {
        remove_nul_bytes(&mut events, &doc.source.text);
    }

    let mut renderer = Renderer {
        doc,
        labels,
        links,
        ids: IdAllocator::default(),
        footnote_order: Vec::new(),
        footnote_refs: HashMap::new(),
        same_page_anchors: Vec::new(),
        sources,
        citer: Citer::new(sources.references, sources.evidence),
        markers: Vec::new(),
        search_text: SearchText::default(),
        rendered: Rendered::default(),
    };
    if let Some(at) = nul_byte {
        renderer.rendered.diagnostics.push(
            Diagnostic::error_in(
                renderer.doc.source,
                at..at + 1,
                "nul-byte",
                "the text holds a NUL byte (an invisible character, often left by copying from \
                 another program); it is left out of the page, delete it from the file"
                    .to_string(),
            )
            .as_warning(),
        );
    }
    let mut events = renderer.assign_heading_ids(events);
    let (definitions, duplicates) = take_footnote_definitions(&mut events);
    for duplicate in duplicates {
        renderer.error(
            duplicate.range,
            "duplicate-footnote",
            format!(
                "footnote [^{}] is defined twice; only the first definition is used",
                duplicate.label
            ),
        );
    }
    renderer.check_claims(&events, &definitions);
    let marked = faq::mark(&mut events, &renderer.rendered.explicit_ids);
    for odd in marked.not_questions {
        renderer.rendered.diagnostics.push(
            Diagnostic::error_in(
                renderer.doc.source,
                odd.range,
                "faq-question",
                format!(
                    "{:?} is in the FAQ but is not a question: a question heading ends in \"?\" \
                     (or move it out of the section with {{#faq}})",
                    odd.text
                ),
            )
            .as_warning(),
        );
    }
    let events = images::write(
        events,
        &renderer.doc,
        links,
        !labels.findings_only,
        &mut renderer.rendered,
    );
    let main = renderer.transform(events);
    if !labels.findings_only {
        renderer.search_text.add(&main.events, &main.ours);
    }
    let main = match &labels.decorator {
        Some(decorator) => decorate(
            main.events,
            &main.ours,
            decorator,
            labels.raw_html,
            &mut renderer.rendered.inventory,
        ),
        None => main.events,
    };

    let (mut html, answers) = if labels.findings_only {
        // The questions are kept (with their ids); HTML would be thrown away.
        let unwritten = vec![(String::new(), String::new()); marked.questions.len()];
        (String::new(), unwritten)
    } else {
        faq::split_answers(main)
    };
    renderer.rendered.faq = marked
        .questions
        .into_iter()
        .zip(answers)
        .map(
            |((question, id), (answer_html, answer_text))| faq::FaqItem {
                question,
                id,
                answer_html,
                answer_text,
            },
        )
        .collect();
    let mut footnotes = String::new();
    let mut footnotes_inventory = Inventory::default();
    renderer.push_footnotes(&mut footnotes, definitions, &mut footnotes_inventory);
    renderer.push_reference_list(&mut html);
    html.push_str(&footnotes);
    renderer.rendered.inventory.append(&footnotes_inventory);
    renderer.keep_unresolved_anchors();

    let mut rendered = renderer.rendered;
    rendered.search_text = renderer.search_text.finish();
    rendered.html = html;
    // Every body of the site is kept until its page is written: give back the room the
    // strings grew into.
    rendered.html.shrink_to_fit();
    rendered.search_text.body.shrink_to_fit();
    rendered.search_text.headings.shrink_to_fit();
    rendered.inventory.ids.shrink_to_fit();
    rendered.inventory.links.shrink_to_fit();
    // Decorated HTML lists every id in its inventory already; the two lists would be the same.
    if labels.decorator.is_none() {
        for id in renderer.ids.into_ids() {
            rendered.ids.push(&id);
        }
    }
    rendered
}

/// `keys` in order, each once.
fn distinct(keys: &[String]) -> Vec<String> {
    let mut once: Vec<String> = Vec::new();
    for key in keys {
        if !once.contains(key) {
            once.push(key.clone());
        }
    }
    once
}

struct Renderer<'a, 'd> {
    doc: Document<'d>,
    labels: &'a Labels,
    links: &'a dyn LinkResolver,
    ids: IdAllocator,
    /// Footnote labels in order of first reference; the position + 1 is the number shown.
    footnote_order: Vec<String>,
    /// How many references each footnote has had so far.
    footnote_refs: HashMap<String, usize>,
    same_page_anchors: Vec<(String, Range<usize>)>,
    sources: Sources<'a>,
    citer: Citer<'a>,
    /// File offsets where a "source needed" marker goes (the ends of uncited claims).
    markers: Vec<usize>,
    search_text: SearchText,
    rendered: Rendered,
}

/// Events as kennis writes them, and which of their HTML events kennis made itself (citation
/// numbers, footnote marks, markers, callout titles): those are not the page's own text.
struct Transformed<'d> {
    events: Vec<Event<'d>>,
    /// Indexes into `events`, in order.
    ours: Vec<usize>,
}

impl<'d> Renderer<'_, 'd> {
    fn error(&mut self, range: Range<usize>, code: &'static str, message: String) {
        self.rendered
            .diagnostics
            .push(Diagnostic::error_in(self.doc.source, range, code, message));
    }

    /// Gives every heading an id (explicit `{#id}` ids are kept and reserved first) and builds
    /// the table of contents.
    fn assign_heading_ids(&mut self, mut events: Vec<Spanned<'d>>) -> Vec<Spanned<'d>> {
        for (event, range) in &events {
            match event {
                Event::Start(Tag::Heading { id: Some(id), .. }) => {
                    let id = id.to_string();
                    self.rendered.explicit_ids.push((id.clone(), range.clone()));
                    if RESERVED_ID_PREFIXES.iter().any(|p| id.starts_with(p)) {
                        self.error(
                            range.clone(),
                            "reserved-id",
                            format!("heading id {id:?} starts with a prefix kennis reserves for footnotes"),
                        );
                    } else if !self.ids.reserve(&id) {
                        self.error(
                            range.clone(),
                            "duplicate-id",
                            format!("heading id {id:?} is used twice on this page"),
                        );
                    }
                }
                Event::Html(html) | Event::InlineHtml(html) => {
                    for id in html_ids(html) {
                        self.ids.reserve(id);
                    }
                }
                _ => {}
            }
        }

        let mut flat_toc = Vec::new();
        let mut i = 0;
        while i < events.len() {
            if let Event::Start(Tag::Heading { level, .. }) = &events[i].0 {
                let level = *level as u8;
                let end = events[i..]
                    .iter()
                    .position(|(e, _)| matches!(e, Event::End(TagEnd::Heading(_))))
                    .map_or(events.len(), |p| i + p);
                let title = plain_text(&events[i + 1..end]);
                let id = match &mut events[i].0 {
                    Event::Start(Tag::Heading { id: Some(id), .. }) => id.to_string(),
                    Event::Start(Tag::Heading { id, .. }) => {
                        let fresh = self.ids.allocate(&title);
                        *id = Some(CowStr::from(fresh.clone()));
                        fresh
                    }
                    _ => unreachable!("checked above"),
                };
                flat_toc.push(TocEntry {
                    level,
                    id,
                    title,
                    children: Vec::new(),
                });
                i = end;
            }
            i += 1;
        }
        self.rendered.toc = headings::nest(flat_toc);
        events
    }

    /// Reports the health claims no citation covers; as warnings, they get a marker.
    fn check_claims(&mut self, events: &[Spanned<'d>], definitions: &[Definition<'d>]) {
        let Some(detector) = self.sources.claims else {
            return;
        };
        // A shortcode's paragraph becomes a table whose rows are checked on their own.
        let text = &self.doc.source.text;
        let is_shortcode =
            |range: &Range<usize>| comparison::looks_like_shortcode(&text[range.clone()]);
        let without_shortcodes: Vec<Spanned<'d>>;
        let events = if events
            .iter()
            .any(|(e, r)| matches!(e, Event::Start(Tag::Paragraph)) && is_shortcode(r))
        {
            let mut kept = Vec::with_capacity(events.len());
            let mut skipping = false;
            for (event, range) in events {
                if matches!(event, Event::Start(Tag::Paragraph)) && is_shortcode(range) {
                    skipping = true;
                }
                if !skipping {
                    kept.push((event.clone(), range.clone()));
                }
                if skipping && matches!(event, Event::End(TagEnd::Paragraph)) {
                    skipping = false;
                }
            }
            without_shortcodes = kept;
            &without_shortcodes[..]
        } else {
            events
        };
        let notes: Vec<claim_units::Note<'_, 'd>> = definitions
            .iter()
            .map(|d| claim_units::Note {
                key: &d.key,
                events: &d.events,
            })
            .collect();
        let units = claim_units::collect(
            events,
            &notes,
            &self.doc.source.text,
            &detector.lexicon().abbreviations,
        );
        // A cited unit is judged only when a check needs to know whether it is a claim: the
        // EU register and `kennis sources` look at every claim, the levels of evidence at those
        // whose sources are all weaker than the minimum.
        let weak = self.weakly_sourced(&units);
        let every = self.sources.eu_register.is_some() || self.sources.profile_claims;
        let judged = claims::judge_where(&units, detector, |i| {
            every || !units[i].covered() || weak.get(i).copied().unwrap_or(false)
        });
        for claim in claims::uncited_among(&units, &judged) {
            let mut finding = Diagnostic::error_in(
                self.doc.source,
                claim.range.clone(),
                "uncited-claim",
                format!("health claim has no source ({})", claim.why),
            )
            .with_text(claim.text);
            if self.sources.uncited == Severity::Warning {
                finding = finding.as_warning();
                self.markers.push(claim.range.end);
            }
            self.rendered.diagnostics.push(finding);
        }
        if weak.iter().any(|w| *w) {
            let weak_claims = claims::claims_where(&units, &judged, |i| weak[i]);
            self.report_weak_sources(&units, weak_claims);
        }
        if let Some(register) = self.sources.eu_register {
            for claim in claims::eu_register::beyond_register(&units, &judged, register) {
                self.rendered.diagnostics.push(
                    Diagnostic::error_in(
                        self.doc.source,
                        claim.range,
                        claims::eu_register::FINDING_CODE,
                        claim.message,
                    )
                    .with_text(claim.text)
                    .as_warning(),
                );
            }
        }
        if self.sources.profile_claims {
            self.rendered.claims = claims::claims_where(&units, &judged, |_| true)
                .into_iter()
                .map(|(i, claim)| (claim.range, distinct(&units[i].covered_by)))
                .collect();
        }
    }

    /// The keys among `keys` that a reference has, in order, each once.
    fn known_keys<'k>(&self, keys: &'k [String]) -> Vec<&'k str> {
        let mut known: Vec<&str> = Vec::new();
        for key in keys {
            if self.sources.references.find(key).is_some() && !known.contains(&key.as_str()) {
                known.push(key);
            }
        }
        known
    }

    /// For each unit, whether `[claims] min_level` is set and every known source that covers it
    /// is weaker (or of no known level), and the editor did not mark its block as knowingly
    /// resting on them. A key no reference has is reported as unknown-citation and says
    /// nothing of strength.
    fn weakly_sourced(&self, units: &[claim_units::Unit]) -> Vec<bool> {
        let (Some(minimum), Some(evidence)) = (self.sources.min_level, self.sources.evidence)
        else {
            return Vec::new();
        };
        units
            .iter()
            .map(|unit| {
                let keys = self.known_keys(&unit.covered_by);
                !unit.weak_source_accepted
                    && !keys.is_empty()
                    && evidence.all_below(keys.iter().copied(), minimum)
            })
            .collect()
    }

    /// Reports `claims` (with their unit's index) as resting only on weak sources.
    fn report_weak_sources(
        &mut self,
        units: &[claim_units::Unit],
        claims: Vec<(usize, claims::UncitedClaim)>,
    ) {
        let (Some(minimum), Some(evidence)) = (self.sources.min_level, self.sources.evidence)
        else {
            return;
        };
        for (i, claim) in claims {
            let sources: Vec<String> = self
                .known_keys(&units[i].covered_by)
                .iter()
                .map(|key| format!("@{}", evidence.describe(key)))
                .collect();
            self.rendered.diagnostics.push(
                Diagnostic::error_in(
                    self.doc.source,
                    claim.range.clone(),
                    "weak-source",
                    format!(
                        "health claim rests only on sources below level {minimum} ({}): cite \
                         a stronger source, or say in the text why this one is used and mark \
                         the block with <!-- kennis:weak-source -->",
                        sources.join(", ")
                    ),
                )
                .as_warning()
                .with_text(claim.text),
            );
        }
    }

    /// Rewrites the events kennis renders its own way: footnote references, alerts, `@/` links,
    /// citations and "source needed" markers in running text.
    fn transform(&mut self, events: Vec<Spanned<'d>>) -> Transformed<'d> {
        let mut out = Vec::with_capacity(events.len());
        let mut ours = Vec::new();
        // Running text is gathered first: a citation can span several text events.
        let mut run = Spliced::default();
        // The events the run was made of, written unchanged when it holds no citation.
        let mut originals = Vec::new();
        let mut in_code_block = false;
        let mut in_shortcode = false;
        for (mut event, range) in events {
            if in_shortcode {
                in_shortcode = !matches!(event, Event::End(TagEnd::Paragraph));
                continue;
            }
            if matches!(event, Event::Start(Tag::Paragraph))
                && let Some(html) = self.shortcode(range.clone())
            {
                self.flush_text(&mut run, &mut originals, &mut out, &mut ours);
                out.push(Event::Html(html.into()));
                in_shortcode = true;
                continue;
            }
            if let Event::Html(html) | Event::InlineHtml(html) = &event {
                self.check_raw_html(html, &range);
            }
            match &event {
                Event::Text(text) if !in_code_block => {
                    run.push(text, range, &self.doc.source.text);
                    originals.push(event);
                    continue;
                }
                Event::SoftBreak if !in_code_block => {
                    run.push("\n", range, &self.doc.source.text);
                    originals.push(event);
                    continue;
                }
                Event::Start(Tag::CodeBlock(_)) => in_code_block = true,
                Event::End(TagEnd::CodeBlock) => in_code_block = false,
                _ => {}
            }
            self.flush_text(&mut run, &mut originals, &mut out, &mut ours);
            // Images were written by `images::write`, which lists their URLs itself.
            if let Event::Start(Tag::Link { dest_url, .. }) = &mut event {
                let written = std::mem::replace(dest_url, CowStr::Borrowed(""));
                *dest_url = self.link_destination(written, range.clone());
                self.rendered
                    .links
                    .push((dest_url.to_string(), range.clone()));
            }
            match event {
                Event::FootnoteReference(label) => {
                    ours.push(out.len());
                    out.push(Event::InlineHtml(self.footnote_reference(&label).into()));
                }
                Event::Start(Tag::BlockQuote(Some(kind))) => {
                    ours.push(out.len());
                    out.push(Event::Html(self.alert_opening(kind).into()));
                }
                Event::End(TagEnd::BlockQuote(Some(_))) => {
                    ours.push(out.len());
                    out.push(Event::Html("</div>\n".into()));
                }
                Event::Html(html) if !in_code_block => {
                    if has_internal_link(&html) {
                        self.internal_link_in_html(range.clone());
                    }
                    out.push(Event::Html(self.cite_in_html(html, range)));
                }
                Event::InlineHtml(ref html) if has_internal_link(html) => {
                    self.internal_link_in_html(range);
                    out.push(event);
                }
                Event::Text(text) => {
                    self.count_words(&text);
                    out.push(Event::Text(text));
                }
                other => out.push(other),
            }
        }
        self.flush_text(&mut run, &mut originals, &mut out, &mut ours);
        Transformed { events: out, ours }
    }

    /// Reports the editor's HTML at `range` as `[markdown] raw_html` says: all of it under
    /// "deny"; under "safe" each part that is left out of the page (see [`raw_html`]).
    fn check_raw_html(&mut self, html: &str, range: &Range<usize>) {
        match self.labels.raw_html {
            RawHtml::Allow => {}
            RawHtml::Deny => self.error(
                range.clone(),
                "raw-html",
                "HTML is not allowed in articles on this site ([markdown] raw_html = \"deny\" in \
                 site.toml): write it in Markdown"
                    .to_string(),
            ),
            RawHtml::Safe => {
                for part in raw_html::unsafe_parts(html) {
                    let finding = Diagnostic::error_in(
                        self.doc.source,
                        range.clone(),
                        "unsafe-html",
                        format!(
                            "{part} could run code in a reader's browser: it is left out of the \
                             page (allow it with [markdown] raw_html = \"allow\" in site.toml)"
                        ),
                    )
                    .as_warning();
                    self.rendered.diagnostics.push(finding);
                }
            }
        }
    }

    /// Reports a shortcode written on a later line of the paragraph at `range`, right under its
    /// text: Markdown reads it as part of that paragraph, and it would be published as text.
    fn shortcode_inside_paragraph(&mut self, range: Range<usize>) {
        let text = &self.doc.source.text[range.clone()];
        let Some(first_break) = text.find('\n') else {
            return;
        };
        let mut at = range.start + first_break + 1;
        let mut found = None;
        for line in text[first_break + 1..].split_inclusive('\n') {
            let trimmed = line.trim();
            if comparison::looks_like_shortcode(trimmed) {
                let start = at + (line.len() - line.trim_start().len());
                found = Some(start..start + trimmed.len());
                break;
            }
            at += line.len();
        }
        if let Some(place) = found {
            self.error(
                place,
                "shortcode",
                "this {{ comparison(…) }} is read as part of the paragraph above it: put an \
                 empty line before it"
                    .to_string(),
            );
        }
    }

    /// If the paragraph at `range` is a `{{ comparison(id="…") }}` shortcode, the table's HTML
    /// (or nothing, when the table is unknown, which is reported).
    fn shortcode(&mut self, range: Range<usize>) -> Option<String> {
        let text = self.doc.source.text[range.clone()].trim();
        if !comparison::looks_like_shortcode(text) {
            self.shortcode_inside_paragraph(range);
            return None;
        }
        let Some(key) = comparison::shortcode_key(text) else {
            self.error(
                range,
                "shortcode",
                "a comparison table is embedded as {{ comparison(id=\"key\") }} on a line of \
                 its own"
                    .to_string(),
            );
            return Some(String::new());
        };
        let comparisons = self.sources.comparisons;
        let Some(table) = comparisons.find(key) else {
            if !comparisons.broken.contains(key) {
                let known: Vec<&str> = comparisons.tables.iter().map(|t| t.key.as_str()).collect();
                let hint = match known.as_slice() {
                    [] => "there are no tables in content/comparisons/".to_string(),
                    keys => format!("the tables are: {}", keys.join(", ")),
                };
                self.error(
                    range,
                    "unknown-comparison",
                    format!("no comparison table content/comparisons/{key}.toml; {hint}"),
                );
            }
            return Some(String::new());
        };
        self.rendered.comparisons.push(table.key.clone());
        let (citer, labels, ids, cited) = (
            &mut self.citer,
            self.labels,
            &mut self.ids,
            &mut self.rendered.cited,
        );
        let mut cite = |id: &str| {
            let link = citer.cite(id, labels, ids)?;
            cited.push((id.to_string(), range.clone()));
            Some(link)
        };
        Some(comparison::table_html(
            table,
            self.doc.lang,
            comparison::Title::InCaption,
            labels,
            &mut cite,
        ))
    }

    fn internal_link_in_html(&mut self, range: Range<usize>) {
        self.error(
            range,
            "broken-link",
            "@/ links only work in Markdown links and images, not in raw HTML: \
             write [text](@/section/key.md)"
                .to_string(),
        );
    }

    /// A line of a raw HTML block with its citations turned into links and markers after
    /// uncited claims, as in running text: a claim in HTML is cited the same way.
    fn cite_in_html(&mut self, html: CowStr<'d>, range: Range<usize>) -> CowStr<'d> {
        let ends_here = |end: &usize| range.start < *end && *end <= range.end;
        if !html.contains("[@") && !self.markers.iter().any(ends_here) {
            return html;
        }
        let mut line = Spliced::default();
        line.push(&html, range.clone(), &self.doc.source.text);
        let mut cuts: Vec<(Range<usize>, String)> = Vec::new();
        for citation in line.citations() {
            let link = self.citation_html(&citation, &line);
            cuts.push((citation.range, link));
        }
        for &end in self.markers.iter().filter(|end| ends_here(end)) {
            if let Some(at) = line.text_offset(end) {
                cuts.push((at..at, self.marker_html()));
            }
        }
        cuts.sort_by_key(|(range, _)| (range.start, range.end));
        let mut written = 0;
        let mut rewritten = String::with_capacity(html.len());
        for (cut, replacement) in cuts {
            if cut.start < written {
                continue;
            }
            rewritten.push_str(&html[written..cut.start]);
            rewritten.push_str(&replacement);
            written = cut.end;
        }
        rewritten.push_str(&html[written..]);
        rewritten.into()
    }

    /// Writes gathered running text, with its citations turned into links and markers after
    /// uncited claims.
    fn flush_text(
        &mut self,
        run: &mut Spliced,
        originals: &mut Vec<Event<'d>>,
        out: &mut Vec<Event<'d>>,
        ours: &mut Vec<usize>,
    ) {
        if run.is_empty() {
            return;
        }
        // Both buffers are emptied, not dropped, so their room serves the next run.
        self.write_run(run, originals, out, ours);
        run.clear();
        originals.clear();
    }

    fn write_run(
        &mut self,
        run: &Spliced,
        originals: &mut Vec<Event<'d>>,
        out: &mut Vec<Event<'d>>,
        ours: &mut Vec<usize>,
    ) {
        let mut cuts: Vec<(Range<usize>, String)> = Vec::new();
        for citation in run.citations() {
            let html = self.citation_html(&citation, run);
            // A superscript number sits against the word before it ("activeren¹").
            let before = &run.text[..citation.range.start];
            let start = before.trim_end().len();
            cuts.push((start..citation.range.end, html));
        }
        for &end in &self.markers {
            if let Some(at) = run.text_offset(end) {
                cuts.push((at..at, self.marker_html()));
            }
        }
        if cuts.is_empty() {
            self.count_words(&run.text);
            out.append(originals);
            return;
        }
        cuts.sort_by_key(|(range, _)| (range.start, range.end));
        let mut written = 0;
        for (range, html) in cuts {
            if range.start < written {
                continue;
            }
            self.push_text(&run.text[written..range.start], out);
            ours.push(out.len());
            out.push(Event::InlineHtml(html.into()));
            written = range.end;
        }
        self.push_text(&run.text[written..], out);
    }

    /// Adds the words of `text` to the body's word count (for the reading time), unless only
    /// the findings are wanted.
    fn count_words(&mut self, text: &str) {
        if !self.labels.findings_only {
            self.rendered.word_count += count_words(text);
        }
    }

    fn push_text(&mut self, text: &str, out: &mut Vec<Event<'d>>) {
        if !text.is_empty() {
            self.count_words(text);
            out.push(Event::Text(CowStr::from(text.to_string())));
        }
    }

    /// A citation group as superscript numbers linking to the reference list. Keys without a
    /// reference are reported, with the closest key the page could cite.
    fn citation_html(&mut self, citation: &Citation, run: &Spliced) -> String {
        let mut items = Vec::new();
        for item in &citation.items {
            let key_range = run.source_range(item.key_range.clone());
            if self.labels.findings_only {
                // Only the findings are kept: the citation is counted, its link not written.
                match self.citer.cite_unwritten(&item.key, &mut self.ids) {
                    Some(_) => self.rendered.cited.push((item.key.clone(), key_range)),
                    None => self.unknown_citation(&item.key, key_range),
                }
                continue;
            }
            let mut html = String::new();
            if !item.prefix.is_empty() {
                html.push_str(&escape::html(&item.prefix));
                html.push(' ');
            }
            if let Some(link) = self.citer.cite(&item.key, self.labels, &mut self.ids) {
                self.rendered.cited.push((item.key.clone(), key_range));
                html.push_str(&link);
            } else {
                self.unknown_citation(&item.key, key_range);
                html.push('?');
            }
            if !item.locator.is_empty() {
                html.push_str(", ");
                html.push_str(&escape::html(&item.locator));
            }
            items.push(html);
        }
        if self.labels.findings_only {
            return String::new();
        }
        format!("<sup class=\"citation\">[{}]</sup>", items.join("; "))
    }

    fn unknown_citation(&mut self, key: &str, range: Range<usize>) {
        if self.sources.references_incomplete {
            return;
        }
        let keys = self.sources.references.keys();
        let hint = match citing::closest_key(key, &keys) {
            Some(k) => format!("; did you mean @{k}?"),
            None => "; add it to the front matter's [[references]] or to content/bibliography.toml"
                .to_string(),
        };
        self.error(
            range,
            "unknown-citation",
            format!("no reference has the key {key:?}{hint}"),
        );
    }

    fn marker_html(&self) -> String {
        format!(
            "<sup class=\"source-needed\" title=\"{}\">[{}]</sup>",
            escape::html(&self.labels.source_needed_title),
            escape::html(&self.labels.source_needed)
        )
    }

    /// Appends the reference list: every cited reference, numbered in order of first citation,
    /// each with links back to where it is cited.
    fn push_reference_list(&mut self, html: &mut String) {
        if self.citer.is_empty() {
            return;
        }
        let heading_id = self.ids.allocate(&self.labels.sources);
        self.rendered.toc.push(TocEntry {
            level: 2,
            id: heading_id.clone(),
            title: self.labels.sources.clone(),
            children: Vec::new(),
        });
        if self.labels.findings_only {
            self.citer.reserve_reference_ids(&mut self.ids);
            return;
        }
        let list = self
            .citer
            .reference_list(&heading_id, self.labels, &mut self.ids);
        let Some(decorator) = &self.labels.decorator else {
            html.push_str(&list);
            return;
        };
        match decorator.rewrite(&list, Scope::Content) {
            Ok(processed) => {
                self.rendered
                    .inventory
                    .add(&processed.ids, &processed.links);
                html.push_str(&processed.html);
            }
            // lol_html only fails on memory limits: the list as written is still valid.
            Err(_) => html.push_str(&list),
        }
    }

    fn link_destination(&mut self, dest: CowStr<'d>, range: Range<usize>) -> CowStr<'d> {
        if let Some(anchor) = dest.strip_prefix('#') {
            self.same_page_anchors.push((anchor.to_string(), range));
            return dest;
        }
        if !dest.starts_with(links::PREFIX) {
            return dest;
        }
        let link = match links::parse(&dest) {
            Ok(link) => link,
            Err(syntax) => {
                self.error(range, "broken-link", syntax.to_string());
                return dest;
            }
        };
        match self.links.resolve(&link.page, self.doc.lang) {
            Ok(url) => match link.anchor {
                Some(anchor) => {
                    let href = format!("{url}#{anchor}");
                    self.rendered.anchor_refs.push(AnchorRef {
                        page: link.page,
                        anchor,
                        range,
                    });
                    href.into()
                }
                None => url.into(),
            },
            // The target's own errors are reported; that this link fails too follows from
            // them and goes away with them.
            Err(Unresolved::HasErrors { .. }) => dest,
            Err(reason) => {
                self.error(
                    range,
                    "broken-link",
                    format!("broken link {:?}: {reason}", dest.as_ref()),
                );
                dest
            }
        }
    }

    fn footnote_reference(&mut self, label: &str) -> String {
        let key = footnote_key(label);
        let number = match self.footnote_order.iter().position(|l| *l == key) {
            Some(p) => p + 1,
            None => {
                self.footnote_order.push(key.clone());
                self.footnote_order.len()
            }
        };
        let count = self.footnote_refs.entry(key).or_insert(0);
        *count += 1;
        let ref_id = footnote_ref_id(number, *count);
        self.ids.reserve(&ref_id);
        format!(
            "<sup class=\"footnote-ref\"><a href=\"#fn:{number}\" id=\"{ref_id}\" \
             role=\"doc-noteref\" aria-label=\"{} {number}\">{number}</a></sup>",
            escape::html(&self.labels.footnote)
        )
    }

    fn alert_opening(&self, kind: BlockQuoteKind) -> String {
        let (class, title) = match kind {
            BlockQuoteKind::Note => ("note", &self.labels.note),
            BlockQuoteKind::Tip => ("tip", &self.labels.tip),
            BlockQuoteKind::Important => ("important", &self.labels.important),
            BlockQuoteKind::Warning => ("warning", &self.labels.warning),
            BlockQuoteKind::Caution => ("caution", &self.labels.caution),
        };
        format!(
            "<div class=\"callout callout-{class}\" role=\"note\">\n<p class=\"callout-title\">{}</p>\n",
            escape::html(title)
        )
    }

    /// Appends the footnotes that were referenced, numbered in order of first reference, each
    /// with links back to its references. Unreferenced definitions are reported.
    fn push_footnotes(
        &mut self,
        html: &mut String,
        mut definitions: Vec<Definition<'d>>,
        inventory: &mut Inventory,
    ) {
        // Footnotes may reference further footnotes, which extends the order while we walk it.
        let mut notes = Vec::new();
        let mut n = 0;
        while n < self.footnote_order.len() {
            let key = self.footnote_order[n].clone();
            n += 1;
            if let Some(index) = definitions.iter().position(|d| d.key == key) {
                let definition = definitions.remove(index);
                let transformed = self.transform(definition.events);
                if !self.labels.findings_only {
                    self.search_text.add(&transformed.events, &transformed.ours);
                }
                notes.push((n, key, transformed));
            }
        }
        // Back links only now, so references made inside later footnotes count as well.
        let mut items = String::new();
        for (number, key, transformed) in notes {
            let id = format!("fn:{number}");
            let mut note = Inventory::default();
            note.ids.push(&id);
            let mut events = match &self.labels.decorator {
                Some(decorator) => decorate(
                    transformed.events,
                    &transformed.ours,
                    decorator,
                    self.labels.raw_html,
                    &mut note,
                ),
                None => transformed.events,
            };
            let backlinks = self.backlinks(number, self.footnote_refs[&key]);
            own_markup_inventory(&backlinks, &mut note.ids, &mut note.links);
            inventory.append(&note);
            // Put the way back inside the last paragraph, as readers expect.
            let at = match events.last() {
                Some(Event::End(TagEnd::Paragraph)) => events.len() - 1,
                _ => events.len(),
            };
            events.insert(at, Event::InlineHtml(backlinks.into()));
            self.ids.reserve(&id);
            items.push_str(&format!("<li id=\"{id}\" value=\"{number}\">\n"));
            pulldown_cmark::html::push_html(&mut items, events.into_iter());
            items.push_str("</li>\n");
        }
        for unused in definitions {
            self.rendered.diagnostics.push(
                Diagnostic::error_in(
                    self.doc.source,
                    unused.range,
                    "unused-footnote",
                    format!("footnote [^{}] is never referenced", unused.label),
                )
                .as_warning(),
            );
        }
        if !items.is_empty() {
            html.push_str(&format!(
                "<section class=\"footnotes\" role=\"doc-endnotes\">\n\
                 <h2 class=\"visually-hidden\">{}</h2>\n<ol>\n{items}</ol>\n</section>\n",
                escape::html(&self.labels.footnotes)
            ));
        }
    }

    fn backlinks(&self, number: usize, references: usize) -> String {
        (1..=references)
            .map(|r| {
                format!(
                    " <a href=\"#{}\" class=\"footnote-backref\" role=\"doc-backlink\" \
                     aria-label=\"{} {number}{}\">↩</a>",
                    footnote_ref_id(number, r),
                    escape::html(&self.labels.back_to_text),
                    citing::backlink_letter(r - 1, references),
                )
            })
            .collect()
    }

    /// Links to `#anchors` this document does not have are left for the page to resolve.
    fn keep_unresolved_anchors(&mut self) {
        for (anchor, range) in std::mem::take(&mut self.same_page_anchors) {
            if !self.ids.contains(&anchor) {
                self.rendered.local_anchors.push((anchor, range));
            }
        }
    }
}

fn footnote_ref_id(number: usize, occurrence: usize) -> String {
    if occurrence == 1 {
        format!("fnref:{number}")
    } else {
        format!("fnref:{number}:{occurrence}")
    }
}

struct Definition<'a> {
    /// The label as written.
    label: String,
    /// The label as references find it.
    key: String,
    events: Vec<Spanned<'a>>,
    range: Range<usize>,
}

/// Footnote labels match without regard to case, as in CommonMark (`[^Note]` finds `[^note]:`).
pub(crate) fn footnote_key(label: &str) -> String {
    label.to_lowercase()
}

/// Removes footnote definitions from the event stream; they are rendered at the end. A label
/// defined twice keeps its first definition, as in GitHub; the others are returned apart.
fn take_footnote_definitions<'a>(
    events: &mut Vec<Spanned<'a>>,
) -> (Vec<Definition<'a>>, Vec<Definition<'a>>) {
    let mut definitions: Vec<Definition<'a>> = Vec::new();
    let mut duplicates = Vec::new();
    let mut kept = Vec::with_capacity(events.len());
    let mut current: Option<Definition<'a>> = None;
    for (event, range) in events.drain(..) {
        match (event, current.as_mut()) {
            (Event::Start(Tag::FootnoteDefinition(label)), None) => {
                current = Some(Definition {
                    key: footnote_key(&label),
                    label: label.to_string(),
                    events: Vec::new(),
                    range,
                });
            }
            (Event::End(TagEnd::FootnoteDefinition), Some(_)) => {
                if let Some(done) = current.take() {
                    if definitions.iter().any(|d| d.key == done.key) {
                        duplicates.push(done);
                    } else {
                        definitions.push(done);
                    }
                }
            }
            (event, Some(definition)) => definition.events.push((event, range)),
            (event, None) => kept.push((event, range)),
        }
    }
    *events = kept;
    (definitions, duplicates)
}

/// The text of inline events, as a reader sees it (for heading ids and the contents list).
fn plain_text(events: &[Spanned<'_>]) -> String {
    let mut text = String::new();
    for (event, _) in events {
        match event {
            Event::Text(t) | Event::Code(t) => text.push_str(t),
            Event::SoftBreak | Event::HardBreak => text.push(' '),
            _ => {}
        }
    }
    text.trim().to_string()
}

/// The values of `id` attributes in a fragment of raw HTML: `id="x"`, `id='x'` or `id=x`.
fn html_ids(html: &str) -> Vec<&str> {
    let mut ids = Vec::new();
    let mut from = 0;
    while let Some(found) = html[from..].find("id") {
        let at = from + found;
        from = at + 2;
        if !html[..at].ends_with(|c: char| c.is_ascii_whitespace()) {
            continue;
        }
        let Some(rest) = html[at + 2..].trim_start().strip_prefix('=') else {
            continue;
        };
        let rest = rest.trim_start();
        let value = match rest.chars().next() {
            Some(quote @ ('"' | '\'')) => rest[1..].split(quote).next(),
            Some(_) => rest
                .split(|c: char| c.is_ascii_whitespace() || c == '>')
                .next(),
            None => None,
        };
        if let Some(value) = value.filter(|v| !v.is_empty()) {
            ids.push(value);
        }
    }
    ids
}

/// True when raw HTML holds an `@/` address in an attribute, which only Markdown links resolve.
fn has_internal_link(html: &str) -> bool {
    ["\"@/", "'@/", "=@/"].iter().any(|p| html.contains(p))
}

#[cfg(test)]
mod tests;
