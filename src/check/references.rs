//! Checks on the site's references and how articles cite them.
//!
//! An article may cite its own `[[references]]`, those of its translations, and the shared
//! bibliography. Findings:
//! - `reference-without-locator` (error): an entry with no `url`, `doi`, `pmid`, `pmcid` or
//!   `isbn`;
//! - `invalid-identifier` (error): an identifier not of its registry's form;
//! - `duplicate-reference-id` (error): one id for two different works;
//! - `duplicate-reference` (warning): one work (DOI, PMID, PMCID or URL) under two ids, or
//!   defined twice under one id outside a translation pair;
//! - `unused-reference` (warning): an article's own entry that neither it nor a translation
//!   cites, or a `bibliography.toml` entry no page cites (not while a file that might cite it
//!   is left out for its errors);
//! - `incomplete-reference` (warning): a web page without an `accessed` date, a work without a
//!   year, "et al." among the authors, an organisation typed as a person;
//! - `translation-sources-differ` (warning): a translation cites other references than the
//!   article in the default language.
//!
//! `unknown-citation` and `uncited-claim` are found while rendering (see [`crate::parse::markdown`]).

use std::collections::{BTreeMap, BTreeSet, HashSet};

use rustc_hash::FxHashSet;

use crate::diagnostics::{Diagnostic, SourceText};
use crate::load::authors::AuthorNames;
use crate::load::config::Config;
use crate::load::content::ArticleId;
use crate::load::content::bibliography::Entry;
use crate::load::content::identifiers;
use crate::load::content::reference::{Author, Reference};
use crate::load::content::{Article, Site};
use crate::parse::markdown::Rendered;
use crate::parse::site::ArticleBodies;

/// The reference checks for one article checked on its own: its entries, and whether it
/// cites each of them.
pub fn check_lone_article(article: &Article, rendered: &Rendered) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    let definitions: Vec<Definition<'_>> = article
        .meta
        .references
        .iter()
        .map(|entry| Definition {
            source: &article.source,
            entry,
            article: None,
        })
        .collect();
    for definition in &definitions {
        check_entry(definition.source, definition.entry, &mut found);
    }
    duplicates(&definitions, &mut found);
    let cited: HashSet<&str> = rendered.cited.iter().map(|(key, _)| key.as_str()).collect();
    for entry in &article.meta.references {
        if !cited.contains(entry.reference.id.as_str()) {
            found.push(unused_finding(&article.source, entry));
        }
    }
    found
}

/// A place a reference is defined: its file and entry.
struct Definition<'a> {
    source: &'a SourceText,
    entry: &'a Entry,
    /// The article (section, key) it belongs to, or `None` for the shared bibliography.
    article: Option<(&'a str, &'a str)>,
}

/// Every reference check that needs the whole site but not the articles' text (see
/// [`translations_differ`] for the one that does). `articles` are the rendered bodies, one per
/// [`Site::articles`] entry.
pub fn check_site(site: &Site, config: &Config, articles: &ArticleBodies) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    let definitions = definitions(site);
    for definition in &definitions {
        check_entry(definition.source, definition.entry, &mut found);
        complete(definition, &site.authors, &mut found);
    }
    duplicates(&definitions, &mut found);
    unused(site, config, articles, &mut found);
    found
}

fn definitions(site: &Site) -> Vec<Definition<'_>> {
    let shared = site.bibliography.files.iter().flat_map(|file| {
        file.entries.iter().map(move |entry| Definition {
            source: &file.source,
            entry,
            article: None,
        })
    });
    let own = site.articles.iter().flat_map(|article| {
        article.meta.references.iter().map(move |entry| Definition {
            source: &article.source,
            entry,
            article: Some((article.section.as_str(), article.key.as_str())),
        })
    });
    shared.chain(own).collect()
}

/// A reference should say all a reader needs to find and weigh it (`incomplete-reference`,
/// warnings): a web page when it was consulted, any work its year, its authors by name rather
/// than "et al.", and an organisation typed as one.
fn complete(definition: &Definition<'_>, authors: &AuthorNames, found: &mut Vec<Diagnostic>) {
    let (source, entry) = (definition.source, definition.entry);
    let reference = &entry.reference;
    let id = &reference.id;
    let mut report = |field: &str, message: String| {
        found.push(
            Diagnostic::error_in(
                source,
                entry.field_range(field),
                "incomplete-reference",
                message,
            )
            .as_warning()
            .with_text(id.clone()),
        );
    };
    if is_web_page(reference) && reference.accessed.is_none() {
        report(
            "url",
            format!(
                "web page {id:?} has no accessed date: add the day you consulted it \
                 (accessed = 2025-11-13), since a web page can change"
            ),
        );
    }
    if reference.year.is_none() {
        report(
            "id",
            format!(
                "reference {id:?} has no year: add the year of publication (of a web page, \
                 the year it was last updated)"
            ),
        );
    }
    if reference.authors.iter().any(|a| authors.kind(a).is_none()) {
        report(
            "authors",
            format!(
                "reference {id:?} has \"et al.\" among its authors: list the authors by name \
                 (kennis shortens a long list itself)"
            ),
        );
    }
    for author in &reference.authors {
        if !authors.person_looks_like_organisation(author) {
            continue;
        }
        let name = author.name();
        let fix = match author {
            // Written as a person on purpose: the list of organisations names it all the same.
            Author::Person { .. } => format!(
                "the list of organisations names it: write {{ organization = {name:?} }} if \
                 it is one"
            ),
            _ => format!(
                "write {{ organization = {name:?} }} (or {{ person = {name:?} }} if it is one)"
            ),
        };
        report(
            "authors",
            format!(
                "{name:?} in reference {id:?} reads like an organisation but is typed as a \
                 person: {fix}"
            ),
        );
    }
}

/// A web page: typed so, or found only by its web address.
fn is_web_page(reference: &Reference) -> bool {
    match reference.kind.as_deref() {
        Some(kind) => kind == "webpage" || kind == "post-weblog",
        None => {
            reference
                .locators()
                .iter()
                .all(|(field, _)| *field == "url")
                && reference.url.is_some()
        }
    }
}

/// A reference needs a locator, and each identifier must have its registry's form.
fn check_entry(source: &SourceText, entry: &Entry, found: &mut Vec<Diagnostic>) {
    let reference = &entry.reference;
    let ids = reference.locators();
    if ids.is_empty() {
        found.push(
            Diagnostic::error_in(
                source,
                entry.field_range("id"),
                "reference-without-locator",
                format!(
                    "reference {:?} has no url, doi, pmid, pmcid or isbn: a reader cannot find it",
                    reference.id
                ),
            )
            .with_text(reference.id.clone()),
        );
    }
    for (field, value) in ids {
        if let Some(problem) = identifiers::problem(field, value) {
            found.push(
                Diagnostic::error_in(
                    source,
                    entry.field_range(field),
                    "invalid-identifier",
                    format!("{field} of reference {:?}: {problem}", reference.id),
                )
                .with_text(value.to_string()),
            );
        }
    }
}

/// The same id for different works is an error; the same work twice is a warning.
fn duplicates(definitions: &[Definition<'_>], found: &mut Vec<Diagnostic>) {
    let same_work = |a: &Reference, b: &Reference| {
        let ids_a: BTreeSet<_> = a.locators().into_iter().map(normalize).collect();
        let ids_b: BTreeSet<_> = b.locators().into_iter().map(normalize).collect();
        !ids_a.is_disjoint(&ids_b)
    };
    let mut by_id: BTreeMap<&str, Vec<&Definition<'_>>> = BTreeMap::new();
    for definition in definitions {
        by_id
            .entry(definition.entry.reference.id.as_str())
            .or_default()
            .push(definition);
    }
    for (id, places) in &by_id {
        let first = places[0];
        for later in &places[1..] {
            // Translations of one article may each carry the article's references.
            let translations = first.article.is_some() && first.article == later.article;
            if translations {
                continue;
            }
            let at = first.source.position(first.entry.range.start);
            let where_first = format!("{}:{}:{}", first.source.display_path, at.line, at.column);
            let diagnostic = if same_work(&first.entry.reference, &later.entry.reference) {
                Diagnostic::error_in(
                    later.source,
                    later.entry.field_range("id"),
                    "duplicate-reference",
                    format!(
                        "reference {id:?} is also defined at {where_first}: keep one entry, in content/bibliography.toml if several articles cite it"
                    ),
                )
                .as_warning()
            } else {
                Diagnostic::error_in(
                    later.source,
                    later.entry.field_range("id"),
                    "duplicate-reference-id",
                    format!(
                        "the id {id:?} is already used for another work at {where_first}: give this one its own id"
                    ),
                )
            };
            found.push(diagnostic.with_text(id.to_string()));
        }
    }

    // One work under two ids.
    let mut by_identifier: BTreeMap<(&'static str, String), &Definition<'_>> = BTreeMap::new();
    for definition in definitions {
        let reference = &definition.entry.reference;
        for (field, value) in reference.locators() {
            let key = normalize((field, value));
            match by_identifier.get(&key) {
                Some(first) if first.entry.reference.id != reference.id => {
                    let at = first.source.position(first.entry.range.start);
                    found.push(
                        Diagnostic::error_in(
                            definition.source,
                            definition.entry.field_range(field),
                            "duplicate-reference",
                            format!(
                                "{field} {value} is also the {field} of reference {:?} ({}:{}:{}): cite one id for one work",
                                first.entry.reference.id,
                                first.source.display_path,
                                at.line,
                                at.column
                            ),
                        )
                        .as_warning()
                        .with_text(value.to_string()),
                    );
                }
                Some(_) => {}
                None => {
                    by_identifier.insert(key, definition);
                }
            }
        }
    }
}

/// Identifiers compared the way their registries do: DOIs without regard to case, URLs
/// without a trailing slash.
fn normalize((field, value): (&'static str, &str)) -> (&'static str, String) {
    let value = match field {
        "doi" | "pmcid" => value.to_lowercase(),
        "url" => value.trim_end_matches('/').to_string(),
        _ => value.to_string(),
    };
    (field, value)
}

/// An article's own entries must be cited by it or a translation; `bibliography.toml` entries
/// by some page.
fn unused(site: &Site, config: &Config, articles: &ArticleBodies, found: &mut Vec<Diagnostic>) {
    let cited_by = |article: &Article| -> HashSet<&str> {
        site.translations(article, config)
            .filter_map(|t| site.article_id(&t.section, &t.key, &t.lang))
            .flat_map(|i| articles[i].cited.iter().map(|(key, _)| key.as_str()))
            .collect()
    };
    let mut cited_anywhere: FxHashSet<&str> = FxHashSet::default();
    for rendered in articles {
        cited_anywhere.extend(rendered.cited.iter().map(|(key, _)| key.as_str()));
    }
    for table in &site.comparisons.tables {
        cited_anywhere.extend(table.cited_ids());
    }
    // A file left out for its errors may cite any entry it can see: an entry that looks
    // unused because of that is a follow-on of the error, which is reported on its own.
    let broken_citing_file = site.any_file_has_errors() || !site.comparisons.broken.is_empty();
    for article in site.articles.iter() {
        if article.meta.references.is_empty()
            || site.version_has_errors(&article.section, &article.key)
        {
            continue;
        }
        let cited = cited_by(article);
        for entry in &article.meta.references {
            if !cited.contains(entry.reference.id.as_str()) {
                found.push(unused_finding(&article.source, entry));
            }
        }
    }
    if broken_citing_file {
        return;
    }
    for file in site.bibliography.files.iter().filter(|f| !f.exported) {
        for entry in &file.entries {
            if !cited_anywhere.contains(entry.reference.id.as_str()) {
                found.push(unused_finding(&file.source, entry));
            }
        }
    }
}

fn unused_finding(source: &SourceText, entry: &Entry) -> Diagnostic {
    let id = &entry.reference.id;
    Diagnostic::error_in(
        source,
        entry.field_range("id"),
        "unused-reference",
        format!("reference {id:?} is never cited: cite it as [@{id}] or remove it"),
    )
    .as_warning()
    .with_text(id.clone())
}

/// A translation should cite the same works as the article in the default language. Checks
/// the translations `include` accepts.
pub fn translations_differ(
    site: &Site,
    config: &Config,
    articles: &ArticleBodies,
    include: &dyn Fn(&Article) -> bool,
    found: &mut Vec<Diagnostic>,
) {
    let keys = |id: ArticleId| -> BTreeSet<&str> {
        articles[id]
            .cited
            .iter()
            .map(|(key, _)| key.as_str())
            .collect()
    };
    for (i, article) in site.articles.with_ids() {
        if article.lang == config.default_language || !include(article) {
            continue;
        }
        let Some(original) =
            site.article_id(&article.section, &article.key, &config.default_language)
        else {
            continue;
        };
        let (theirs, ours) = (keys(original), keys(i));
        if theirs == ours {
            continue;
        }
        let extra: Vec<&str> = ours.difference(&theirs).copied().collect();
        let missing: Vec<&str> = theirs.difference(&ours).copied().collect();
        let mut parts = Vec::new();
        if !missing.is_empty() {
            parts.push(format!("does not cite {}", at_keys(&missing)));
        }
        if !extra.is_empty() {
            parts.push(format!("cites {} that it does not", at_keys(&extra)));
        }
        // Point at the first extra citation, or else the first citation, or else the text.
        let first_extra = extra
            .first()
            .and_then(|key| articles[i].cited.iter().find(|(k, _)| k == key));
        let range = match first_extra.or(articles[i].cited.first()) {
            Some((_, range)) => range.clone(),
            None => {
                let body = &article.source.text[article.body.clone()];
                let start = article.body.start + (body.len() - body.trim_start().len());
                start..start
            }
        };
        let original_file = &site.articles[original].source.display_path;
        found.push(
            Diagnostic::error_in(
                &article.source,
                range,
                "translation-sources-differ",
                format!(
                    "this translation cites other sources than {original_file}: it {}",
                    parts.join(", and ")
                ),
            )
            .as_warning(),
        );
    }
}

fn at_keys(keys: &[&str]) -> String {
    keys.iter()
        .map(|k| format!("@{k}"))
        .collect::<Vec<_>>()
        .join(", ")
}
