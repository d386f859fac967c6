//! The fast path of a rebuild: when the file watcher names the files that changed, and they are
//! articles of the last build whose front matter is unchanged (only their text was edited), the
//! last build is patched instead of made again.
//!
//! What an article's text reaches, and so what is made again:
//! - its body (citations, claims, placeholders) and its search document, and so its page and
//!   its language's search index;
//! - the anchors other pages link to on it, and the checks within its group of translations
//!   (digests, sources that differ);
//! - the FAQ page of its language, when its questions changed.
//!
//! Everything else a page list, feed or sitemap shows of an article comes from its front
//! matter, and the site-wide checks read only the references articles define and which they
//! cite. So when an edit changes which references an article cites, or which comparison tables
//! it embeds, the patch is not taken, and neither when it brings an error: the full rebuild then
//! reports it as any build does.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::{LastBuild, Rebuilt, SiteFiles, links};
use crate::build::{RenderedPages, Timings, render_pages};
use crate::check::{self, output_links};
use crate::diagnostics::{self, Diagnostic, display_path, has_errors};
use crate::load::content::files::{ContentFile, Role};
use crate::load::content::read::{Page as ReadPage, read};
use crate::load::content::{Article, ArticleId};
use crate::parse::markdown::Rendered;
use crate::parse::site::{BodyRenderer, body_findings};
use crate::render::Page;
use crate::search::{self, LangDocument, LanguageIndex};

/// One article, read and rendered again, not yet put into the last build.
struct Edited {
    id: ArticleId,
    article: Article,
    body: Arc<Rendered>,
    search: Option<Arc<LangDocument>>,
}

/// The questions of a body's FAQ.
fn question_names(body: &Rendered) -> HashSet<&str> {
    body.faq.iter().map(|item| item.question.as_str()).collect()
}

/// Patches `last` for an edit to the files `paths` (under `root`), and returns the site. `None`
/// when the edit is not one the patch can make (see the module documentation); `last` is then
/// unchanged.
pub(super) fn patch(
    last: &mut LastBuild,
    root: &Path,
    include_drafts: bool,
    paths: &[PathBuf],
) -> Option<Rebuilt> {
    let mut timings = Timings::start();
    let edited = read_and_render(last, root, include_drafts, paths)?;
    timings.lap("read and parse the edited files");

    // Put the edits in, and take them out again if the site now has an error.
    let undo = swap_in(last, edited);
    let (findings, groups) = findings(last, &undo);
    if has_errors(&findings) {
        return abandon(last, undo);
    }
    timings.lap("checks");

    let prepared = &last.prepared;
    let (site, config) = (&prepared.site, &last.config);
    let faq_changed: BTreeSet<&str> = undo
        .iter()
        .filter(|e| e.body.faq != prepared.bodies.articles[e.id].faq)
        .map(|e| site.articles[e.id].lang.as_str())
        .collect();
    let mut pages: Vec<Page<'_>> = undo.iter().map(|e| Page::Article(e.id)).collect();
    // One article's FAQPage carries a question several ask: another article that asks a
    // question the edit added or took away may have to take it up or leave it.
    let changed_questions: HashSet<&str> = undo
        .iter()
        .flat_map(|e| {
            let before = question_names(&e.body);
            let after = question_names(&prepared.bodies.articles[e.id]);
            before
                .symmetric_difference(&after)
                .copied()
                .collect::<Vec<_>>()
        })
        .collect();
    if !changed_questions.is_empty() {
        let edited: HashSet<ArticleId> = undo.iter().map(|e| e.id).collect();
        pages.extend(
            prepared
                .bodies
                .articles
                .with_ids()
                .filter(|(id, body)| {
                    !edited.contains(id)
                        && body
                            .faq
                            .iter()
                            .any(|item| changed_questions.contains(item.question.as_str()))
                })
                .map(|(id, _)| Page::Article(id)),
        );
    }
    pages.extend(
        faq_changed
            .iter()
            .filter_map(|&lang| config.language_codes().find(|&l| l == lang))
            .map(|lang| Page::Faq { lang }),
    );
    // Pages link to no search index fragment, the only files an edit renames.
    let site_files: HashSet<String> = last.files.keys().cloned().collect();
    let rendered = render_pages(config, prepared, &pages, &site_files, &last.pictures);
    let RenderedPages {
        output,
        findings: page_findings,
        links,
    } = match rendered {
        Ok(rendered) => rendered,
        Err(_) => return abandon(last, undo),
    };
    let pages_rendered = pages.len();
    let rendered_files: HashSet<String> = pages
        .iter()
        .map(|page| page.output_file(site, config))
        .collect();
    timings.lap("render pages");

    // After the site's findings, those on pages, in the site's order of pages (as a full
    // rebuild lists them): the pages written now have new ones.
    let mut warnings = findings;
    let mut on_pages: Vec<(usize, &Vec<Diagnostic>)> = last
        .page_findings
        .iter()
        .filter(|(file, _)| !rendered_files.contains(*file))
        .chain(&page_findings)
        .map(|(file, found)| {
            let place = last.page_order.get(file).copied().unwrap_or(usize::MAX);
            (place, found)
        })
        .collect();
    on_pages.sort_by_key(|&(place, _)| place);
    for (_, found) in on_pages {
        warnings.extend(found.iter().cloned());
    }

    // The links of the pages written now, with those the others left.
    let found = last.links.check(
        &links,
        None,
        &links::Site {
            config,
            prepared,
            files: &site_files,
            page_order: &last.page_order,
        },
    );
    warnings.extend(output_links::without_repeats(found.clone(), &warnings));
    if has_errors(&warnings) {
        return abandon(last, undo);
    }
    timings.lap("link check");

    // The search index of each language the edits change (a language without search settings
    // has none).
    let analyzers = last.prepared.analyzers.as_ref();
    let langs: BTreeSet<String> = undo
        .iter()
        .map(|e| last.prepared.site.articles[e.id].lang.clone())
        .filter(|lang| analyzers.is_some_and(|a| a.contains_key(lang)))
        .collect();
    let mut files: SiteFiles = (*last.files).clone();
    for lang in &langs {
        let Some(index) = language_index(last, lang, &undo) else {
            // The index may hold some of the edits: the long way makes it anew.
            last.search_indexes.clear();
            return abandon(last, undo);
        };
        // Index fragments are named by their contents: the old ones go.
        let folder = search::index_folder(lang);
        files.retain(|path, _| !path.starts_with(&folder));
        files.extend(
            index
                .into_iter()
                .map(|(path, json)| (path, Arc::from(json.into_bytes()))),
        );
    }
    files.extend(output.into_files());
    timings.lap("search index");

    // All is well: the last build is now this one.
    let prepared = &last.prepared;
    for edit in &undo {
        let article = &prepared.site.articles[edit.id];
        let body = Arc::clone(&prepared.bodies.articles[edit.id]);
        let search = prepared.search_documents.get(edit.id).cloned().flatten();
        last.cache
            .update(article, &prepared.site, &last.config, body, search);
    }
    last.links.keep(links, None, &found);
    for file in &rendered_files {
        last.page_findings.remove(file);
    }
    last.page_findings.extend(page_findings);
    let files = Arc::new(files);
    last.files = Arc::clone(&files);
    last.prepared.findings.checks.groups = groups;
    Some(Rebuilt {
        files,
        pages: last.page_order.len(),
        pages_rendered,
        bodies_rendered: undo.len(),
        warnings,
        timings,
    })
}

/// Takes the edits out of the last build again (`undo` is what they replaced), so the rebuild
/// goes the long way.
fn abandon(last: &mut LastBuild, undo: Vec<Edited>) -> Option<Rebuilt> {
    swap_in(last, undo);
    None
}

/// The index files of `lang` once the edits are in (`undo` holds the documents they replaced),
/// or `None` when they cannot be made.
fn language_index(
    last: &mut LastBuild,
    lang: &str,
    undo: &[Edited],
) -> Option<Vec<(String, String)>> {
    let prepared = &last.prepared;
    let analyzer = prepared.analyzers.as_ref()?.get(lang)?;
    let index = last.search_indexes.get_mut(lang)?;
    for edit in undo {
        let (Some(old), Some(Some(new))) = (&edit.search, prepared.search_documents.get(edit.id))
        else {
            continue;
        };
        if new.lang == lang && !index.replace(&old.document, &new.document) {
            // Not the index it was made from: made anew from every document.
            let documents = search::documents_in(&prepared.search_documents, lang);
            *index = LanguageIndex::new(lang, analyzer, documents).ok()?;
            break;
        }
    }
    search::language_index_files(lang, index).ok()
}

/// Reads the files `paths` name and renders their bodies against the last build, or `None`
/// when one of them is not an article of it whose text alone changed.
fn read_and_render(
    last: &LastBuild,
    root: &Path,
    include_drafts: bool,
    paths: &[PathBuf],
) -> Option<Vec<Edited>> {
    let prepared = &last.prepared;
    let (site, config) = (&prepared.site, &last.config);
    let renderer = BodyRenderer::new(site, config, &prepared.labels, &prepared.text_checks);
    let distinct: BTreeSet<&PathBuf> = paths.iter().collect();
    let mut edited = Vec::new();
    for path in distinct {
        let shown = display_path(root, path);
        let &id = last.article_by_file.get(&shown)?;
        let before = &site.articles[id];
        let file = ContentFile {
            path: path.clone(),
            display_path: shown,
            role: Role::Article,
            key: before.file_key(),
        };
        let Ok(ReadPage::Article(read)) = read(&file, include_drafts) else {
            return None;
        };
        fn front_matter(a: &Article) -> &str {
            &a.source.text[..a.body.start]
        }
        if front_matter(&read) != front_matter(before) {
            return None;
        }
        // The front matter is the same, so everything read from it is too.
        let article = Article {
            source: read.source,
            body: read.body,
            ..before.clone()
        };
        let mut body = renderer.article(&article);
        let old = &prepared.bodies.articles[id];
        let cited = |r: &Rendered| -> BTreeSet<String> {
            r.cited.iter().map(|(key, _)| key.clone()).collect()
        };
        if cited(&body) != cited(old) || body.comparisons != old.comparisons {
            return None;
        }
        let text = std::mem::take(&mut body.search_text);
        let search = prepared
            .analyzers
            .as_ref()
            .and_then(|analyzers| search::article_document(site, &article, &text, analyzers));
        edited.push(Edited {
            id,
            article,
            body: Arc::new(body),
            search,
        });
    }
    Some(edited)
}

/// Puts each edit into the last build, and returns what it replaced (in the same form, so
/// putting that in again undoes the edit).
fn swap_in(last: &mut LastBuild, edits: Vec<Edited>) -> Vec<Edited> {
    let prepared = &mut last.prepared;
    edits
        .into_iter()
        .map(|mut edit| {
            let id = edit.id;
            std::mem::swap(&mut prepared.site.articles[id], &mut edit.article);
            std::mem::swap(&mut prepared.bodies.articles[id], &mut edit.body);
            if let Some(document) = prepared.search_documents.get_mut(id) {
                std::mem::swap(document, &mut edit.search);
            }
            edit
        })
        .collect()
}

/// Every finding of the patched site (as a full rebuild would make them, sorted), and the
/// findings of the checks within groups of translations: those within the edited articles'
/// groups are made again, and so are the bodies' findings and links to anchors; the rest is
/// kept.
fn findings(last: &LastBuild, edited: &[Edited]) -> (Vec<Diagnostic>, Vec<Diagnostic>) {
    let prepared = &last.prepared;
    let (site, config) = (&prepared.site, &last.config);
    let groups: HashSet<(&str, &str)> = edited
        .iter()
        .map(|e| {
            let article = &site.articles[e.id];
            (article.section.as_str(), article.key.as_str())
        })
        .collect();
    let in_groups = |a: &Article| groups.contains(&(a.section.as_str(), a.key.as_str()));
    let group_files: HashSet<&str> = site
        .articles
        .iter()
        .filter(|a| in_groups(a))
        .map(|a| a.source.display_path.as_str())
        .collect();
    let parts = &prepared.findings;
    let mut groups: Vec<Diagnostic> = parts
        .checks
        .groups
        .iter()
        .filter(|d| !group_files.contains(d.file.as_str()))
        .cloned()
        .collect();
    groups.extend(check::groups(site, config, &prepared.bodies, &in_groups));
    let mut all = parts.loading.clone();
    all.extend(body_findings(site, &prepared.bodies));
    all.extend(parts.search.iter().cloned());
    all.extend(parts.checks.wide.iter().cloned());
    all.extend(groups.iter().cloned());
    diagnostics::sort(&mut all);
    (all, groups)
}

/// The article of the last build by file, as diagnostics name it.
pub(super) fn articles_by_file(prepared: &crate::build::Prepared) -> HashMap<String, ArticleId> {
    prepared
        .site
        .articles
        .with_ids()
        .map(|(id, a)| (a.source.display_path.clone(), id))
        .collect()
}
