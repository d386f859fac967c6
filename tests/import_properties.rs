//! Whatever text it is given, the importer never panics, always writes front matter that
//! kennis reads as a valid article, and writes a body that kennis renders without a problem
//! (no duplicate ids, no broken links, no citation of a reference its front matter does not
//! list).

use std::path::PathBuf;

use kennis::commands::import::markers::Markers;
use kennis::commands::import::{TextOptions, import_text};
use kennis::diagnostics::SourceText;
use kennis::load::content::files::{ContentFile, FileKey, Role};
use kennis::load::content::front_matter::Date;
use kennis::load::content::read::{self, Page};
use kennis::load::content::reference::Reference;
use kennis::parse::markdown::links::{PageRef, Unresolved};
use kennis::parse::markdown::{self, Document, Labels, LinkResolver, ReferenceLookup, Sources};
use proptest::prelude::*;

/// Pieces of lines that exercise the recognisers: markers, punctuation, links, noise.
const PIECES: &[&str] = &[
    "- ",
    "•",
    "  • ",
    "-",
    "1. ",
    "  2. ",
    "    ",
    "✔ ",
    "| a | b |",
    "|",
    "[TIP] Tip: ",
    "Dit zegt de wetenschapper",
    "Veelgestelde vragen",
    "Bronnen:",
    "Wat is dit?",
    "Ja. ",
    "Conclusie:",
    "Magnesium",
    "vitamine D",
    "+++",
    "---",
    "# ",
    "> ",
    "“Quote.”",
    "😴",
    "(typisch)",
    "https://pubmed.ncbi.nlm.nih.gov/123/",
    "doi:10.1000/x",
    "Smit, A. (2020). ",
    "- 13 nov 2025",
    "4,8 van 5 sterren",
    "Deel dit bericht:",
    "\"",
    "\\",
    "*",
    "_",
    "[",
    "]",
    "{#faq}",
    "<b>",
    "&amp;",
    "\t",
    "…",
    ".",
    ",",
    ":",
    "?",
    "!",
    "\u{feff}",
    "\u{a0}",
    "é",
    "ĳ",
    "\u{200b}",
];

fn line() -> impl Strategy<Value = String> {
    prop_oneof![
        // Lines built from the pieces above.
        prop::collection::vec(prop::sample::select(PIECES), 0..6).prop_map(|p| p.concat()),
        // Deeply indented list items.
        (
            0usize..200,
            prop::sample::select(&["- ", "1. ", "• ", ""][..])
        )
            .prop_map(|(depth, marker)| format!("{}{marker}punt", " ".repeat(depth))),
        // Arbitrary text.
        any::<String>(),
        Just(String::new()),
    ]
}

fn text() -> impl Strategy<Value = String> {
    (prop::collection::vec(line(), 0..40), any::<bool>())
        .prop_map(|(lines, crlf)| lines.join(if crlf { "\r\n" } else { "\n" }))
}

/// The imported text has no `@/` links: any it had would be text, escaped.
struct NoPages;

impl LinkResolver for NoPages {
    fn resolve(&self, page: &PageRef, _lang: &str) -> Result<String, Unresolved> {
        Err(Unresolved::NoArticle {
            file: format!("{page:?}"),
        })
    }
}

fn check(input: &str, title: Option<String>) -> Result<(), TestCaseError> {
    let markers = Markers::built_in("nl").expect("markers");
    let options = TextOptions {
        date: Date {
            year: 2026,
            month: 1,
            day: 2,
        },
        date_given: false,
        title,
    };
    let imported = import_text(input, &options, &markers);
    let file = ContentFile {
        path: PathBuf::from("content/a/x.nl.md"),
        display_path: "content/a/x.nl.md".into(),
        role: Role::Article,
        key: FileKey {
            section: "a".into(),
            key: "x".into(),
            lang: "nl".into(),
        },
    };
    let source = SourceText::new("content/a/x.nl.md", imported.markdown.clone());
    match read::parse(source, &file, false) {
        Ok(Page::Article(article)) => {
            let doc = Document {
                source: &article.source,
                body: &article.body,
                lang: "nl",
                article: None,
            };
            // The importer cites only what it lists: the article's own references.
            let own = OwnReferences(
                article
                    .meta
                    .references
                    .iter()
                    .map(|e| e.reference.clone())
                    .collect(),
            );
            let sources = Sources {
                references: &own,
                ..Sources::none()
            };
            let rendered = markdown::render(doc, &Labels::default(), &NoPages, sources);
            if rendered.diagnostics.is_empty() {
                Ok(())
            } else {
                Err(TestCaseError::fail(format!(
                    "{:#?}\n--- input ---\n{input:?}\n--- output ---\n{}",
                    rendered.diagnostics, imported.markdown
                )))
            }
        }
        Ok(_) => Err(TestCaseError::fail("not read as an article")),
        Err(problems) => Err(TestCaseError::fail(format!(
            "{problems:#?}\n--- input ---\n{input:?}\n--- output ---\n{}",
            imported.markdown
        ))),
    }
}

/// The references an imported article lists in its front matter.
struct OwnReferences(Vec<Reference>);

impl ReferenceLookup for OwnReferences {
    fn find(&self, key: &str) -> Option<&Reference> {
        self.0.iter().find(|r| r.id == key)
    }

    fn keys(&self) -> Vec<&str> {
        self.0.iter().map(|r| r.id.as_str()).collect()
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn any_text_gives_a_valid_article(input in text()) {
        check(&input, None)?;
    }

    #[test]
    fn any_title_gives_a_valid_article(input in text(), title in any::<String>()) {
        check(&input, Some(title))?;
    }
}
