//! The health claims an imported article leaves without a source, found as `kennis check`
//! finds them: the article as it will be written is read and rendered with the site's claim
//! detector for its language and the site's bibliography, and its `uncited-claim` findings are
//! kept, with their lines in the article.

use std::path::Path;

use crate::diagnostics::{Diagnostic, Severity, SourceText};
use crate::load::content::bibliography::Bibliography;
use crate::load::content::files::{ContentFile, FileKey, Role};
use crate::load::content::read::{self, Page};
use crate::parse::claims::{self, detector::Detector};
use crate::parse::markdown::links::{PageRef, Unresolved};
use crate::parse::markdown::{self, Document, Labels, LinkResolver, Sources};
use crate::parse::references::PageReferences;

/// The code of the findings kept.
const UNCITED: &str = "uncited-claim";

/// Where the article goes and what it is.
#[derive(Debug, Clone, Copy)]
pub struct ArticleFile<'a> {
    /// The file it will be written to.
    pub path: &'a Path,
    /// Its section folder.
    pub section: &'a str,
    /// Its key (the file name without language and extension).
    pub key: &'a str,
    /// Its language.
    pub lang: &'a str,
}

/// The claims of `markdown` (the whole article, front matter included) that no citation
/// covers, in its title and description too, as `uncited-claim` findings whose file is
/// `file.path` and whose lines are the article's. `Err` holds why the article could not be
/// read (an importer fault: it writes valid front matter).
pub fn uncited(
    markdown: &str,
    file: ArticleFile<'_>,
    detector: &Detector,
    bibliography: &Bibliography,
) -> Result<Vec<Diagnostic>, Vec<Diagnostic>> {
    let shown = crate::diagnostics::path_from_here(file.path);
    let content_file = ContentFile {
        path: file.path.to_path_buf(),
        display_path: shown.clone(),
        role: Role::Article,
        key: FileKey {
            section: file.section.to_string(),
            key: file.key.to_string(),
            lang: file.lang.to_string(),
        },
    };
    let source = SourceText::new(shown, markdown.to_string());
    let article = match read::parse(source, &content_file, true)? {
        Page::Article(article) => article,
        _ => return Ok(Vec::new()),
    };
    let references = PageReferences::of_new_article(&article, bibliography);
    let doc = Document {
        source: &article.source,
        body: &article.body,
        lang: file.lang,
        article: None,
    };
    let sources = Sources::claims_only(&references, detector);
    let rendered = markdown::render(doc, &Labels::default(), &NoLinks, sources);
    let mut found: Vec<Diagnostic> = claims::in_summary(&article, detector, Severity::Error);
    found.extend(rendered.diagnostics);
    found.retain(|d| d.code == UNCITED);
    found.sort_by_key(|d| (d.line, d.column));
    Ok(found)
}

/// Links to other pages do not matter for claims: none is resolved.
struct NoLinks;

impl LinkResolver for NoLinks {
    fn resolve(&self, _: &PageRef, _: &str) -> Result<String, Unresolved> {
        Ok(String::new())
    }
}
