//! schema.org JSON-LD for search engines: an article is a `MedicalWebPage` with its sources as
//! `citation`, its dates and review, and a `BreadcrumbList`; an article with an FAQ gets one
//! `FAQPage`.
//!
//! A cited work's type follows its CSL `type` ([`work_type`]); each of its authors is a
//! `Person` or an `Organization` as [`AuthorNames`] says, and "et al." is left out.

use std::collections::HashMap;

use serde_json::{Value, json};

use crate::load::authors::{AgentKind, AuthorNames};
use crate::load::content::front_matter::Date;
use crate::load::content::reference::Reference;
use crate::load::content::{ArticleId, Site};
use crate::parse::markdown::faq::FaqItem;
use crate::parse::site::ArticleBodies;

/// What the article's JSON-LD says about it.
pub struct ArticleFacts<'a> {
    /// Absolute URL.
    pub permalink: &'a str,
    /// Title.
    pub title: &'a str,
    /// Summary.
    pub description: &'a str,
    /// Language as a BCP 47 tag, e.g. `nl-NL`.
    pub language: &'a str,
    /// Publication date.
    pub published: Date,
    /// Date of the last change.
    pub modified: Date,
    /// Date of the last review.
    pub reviewed_on: Option<Date>,
    /// Who reviewed it.
    pub reviewed_by: Option<&'a str>,
    /// Authors.
    pub authors: &'a [String],
    /// Topics.
    pub keywords: Vec<&'a str>,
    /// The site: name and home page URL.
    pub site: (&'a str, &'a str),
    /// The breadcrumb trail: (name, absolute URL), home first, the article last.
    pub breadcrumb: Vec<(&'a str, &'a str)>,
    /// The works it cites, in order of first citation.
    pub citations: Vec<&'a Reference>,
    /// Which authors are organisations.
    pub author_names: &'a AuthorNames,
}

/// The article's `MedicalWebPage` and `BreadcrumbList`, as one JSON-LD document.
pub fn article(facts: &ArticleFacts<'_>) -> String {
    let (site_name, site_url) = facts.site;
    let organisation = json!({"@type": "Organization", "name": site_name, "url": site_url});
    let mut page = json!({
        "@type": "MedicalWebPage",
        "@id": facts.permalink,
        "url": facts.permalink,
        "name": facts.title,
        "headline": facts.title,
        "description": facts.description,
        "inLanguage": facts.language,
        "datePublished": facts.published.to_string(),
        "dateModified": facts.modified.to_string(),
        "publisher": organisation,
        "isPartOf": {"@type": "WebSite", "name": site_name, "url": site_url},
        "breadcrumb": {"@id": format!("{}#breadcrumb", facts.permalink)},
    });
    let fields = page
        .as_object_mut()
        .unwrap_or_else(|| unreachable!("built as an object above"));
    if let Some(date) = facts.reviewed_on {
        fields.insert("lastReviewed".into(), json!(date.to_string()));
    }
    let typed = |name: &str| agent(name, site_name, facts.author_names);
    if let Some(name) = facts.reviewed_by.and_then(typed) {
        fields.insert("reviewedBy".into(), name);
    }
    let authors: Vec<Value> = facts.authors.iter().filter_map(|a| typed(a)).collect();
    if !authors.is_empty() {
        fields.insert("author".into(), json!(authors));
    }
    if !facts.keywords.is_empty() {
        fields.insert("keywords".into(), json!(facts.keywords.join(", ")));
    }
    if !facts.citations.is_empty() {
        let works: Vec<Value> = facts
            .citations
            .iter()
            .map(|r| work(r, facts.author_names))
            .collect();
        fields.insert("citation".into(), json!(works));
    }
    let crumbs: Vec<Value> = facts
        .breadcrumb
        .iter()
        .enumerate()
        .map(|(i, (name, url))| {
            json!({"@type": "ListItem", "position": i + 1, "name": name, "item": url})
        })
        .collect();
    let breadcrumb = json!({
        "@type": "BreadcrumbList",
        "@id": format!("{}#breadcrumb", facts.permalink),
        "itemListElement": crumbs,
    });
    script_safe(&json!({"@context": "https://schema.org", "@graph": [page, breadcrumb]}))
}

/// What the sources page's JSON-LD says about it.
pub struct SourcesFacts<'a> {
    /// Absolute URL.
    pub permalink: &'a str,
    /// Its heading.
    pub title: &'a str,
    /// Language as a BCP 47 tag.
    pub language: &'a str,
    /// The site: name and home page URL.
    pub site: (&'a str, &'a str),
    /// The works it lists, in its order.
    pub works: Vec<&'a Reference>,
    /// Which authors are organisations.
    pub author_names: &'a AuthorNames,
}

/// The sources page as a `CollectionPage` whose main entity is the list of works it shows,
/// typed as in an article's `citation`.
pub fn sources_page(facts: &SourcesFacts<'_>) -> String {
    let (site_name, site_url) = facts.site;
    let items: Vec<Value> = facts
        .works
        .iter()
        .enumerate()
        .map(|(i, r)| {
            json!({"@type": "ListItem", "position": i + 1, "item": work(r, facts.author_names)})
        })
        .collect();
    script_safe(&json!({
        "@context": "https://schema.org",
        "@type": "CollectionPage",
        "@id": facts.permalink,
        "url": facts.permalink,
        "name": facts.title,
        "inLanguage": facts.language,
        "isPartOf": {"@type": "WebSite", "name": site_name, "url": site_url},
        "mainEntity": {
            "@type": "ItemList",
            "numberOfItems": items.len(),
            "itemListElement": items,
        },
    }))
}

/// Which article's `FAQPage` carries each question: Google allows one FAQPage per question on
/// the whole site, so a question several articles ask is marked up on the first published
/// (then the first in the site's order). Every article still shows all its questions.
pub fn faq_owners<'a>(site: &Site, bodies: &'a ArticleBodies) -> HashMap<&'a str, ArticleId> {
    let mut owners: HashMap<&'a str, ArticleId> = HashMap::new();
    for (id, body) in bodies.with_ids() {
        let Some(article) = site.articles.get(id) else {
            continue;
        };
        for item in &body.faq {
            let owner = owners.entry(item.question.as_str()).or_insert(id);
            let first = &site.articles[*owner];
            if (article.meta.date, id) < (first.meta.date, *owner) {
                *owner = id;
            }
        }
    }
    owners
}

/// One `FAQPage` with every question and its answer as plain text.
pub fn faq_page<'a>(items: impl Iterator<Item = &'a FaqItem>) -> String {
    let questions: Vec<Value> = items
        .map(|item| {
            json!({
                "@type": "Question",
                "name": item.question,
                "acceptedAnswer": {"@type": "Answer", "text": item.answer_text},
            })
        })
        .collect();
    script_safe(&json!({
        "@context": "https://schema.org",
        "@type": "FAQPage",
        "mainEntity": questions,
    }))
}

/// A reviewer or author of the article: the site's own editorial team (a name containing the
/// site's name, such as "Redactie Kennis") and names the site's lists call organisations are an
/// `Organization`, anyone else a `Person`; "et al." is nobody.
fn agent(name: &str, site_name: &str, names: &AuthorNames) -> Option<Value> {
    let is_site = !site_name.is_empty() && name.to_lowercase().contains(&site_name.to_lowercase());
    let kind = if is_site {
        AgentKind::Organization
    } else {
        names.kind_of_name(name)?
    };
    Some(agent_json(kind, name))
}

fn agent_json(kind: AgentKind, name: &str) -> Value {
    let kind = match kind {
        AgentKind::Person => "Person",
        AgentKind::Organization => "Organization",
    };
    json!({"@type": kind, "name": name.trim()})
}

/// The schema.org type of a work of CSL type `kind`. A book is never a `Periodical`: that is
/// a journal, which only a work's container (`isPartOf`) can be.
fn work_type(kind: Option<&str>) -> &'static str {
    match kind.map(str::trim) {
        Some("article-journal" | "article" | "paper-conference") => "ScholarlyArticle",
        Some("article-magazine" | "article-newspaper") => "Article",
        Some("book") => "Book",
        Some("chapter") => "Chapter",
        Some("webpage" | "post" | "post-weblog") => "WebPage",
        Some("report") => "Report",
        Some("thesis") => "Thesis",
        Some("dataset") => "Dataset",
        Some("legislation" | "legal_case") => "Legislation",
        _ => "CreativeWork",
    }
}

/// What holds a work of schema.org type `work_type`, named by its `container`: a journal
/// holds articles, a book its chapters, a web site its pages.
fn container_type(work_type: &str) -> &'static str {
    match work_type {
        "ScholarlyArticle" | "Article" => "Periodical",
        "Chapter" => "Book",
        "WebPage" => "WebSite",
        _ => "CreativeWork",
    }
}

/// A cited work with its identifiers.
fn work(reference: &Reference, names: &AuthorNames) -> Value {
    let kind = work_type(reference.kind.as_deref());
    let mut work = json!({"@type": kind});
    let fields = work
        .as_object_mut()
        .unwrap_or_else(|| unreachable!("built as an object above"));
    if let Some(title) = &reference.title {
        fields.insert("name".into(), json!(title));
    }
    let authors: Vec<Value> = reference
        .authors
        .iter()
        .filter_map(|a| Some(agent_json(names.kind(a)?, a.name())))
        .collect();
    if !authors.is_empty() {
        fields.insert("author".into(), json!(authors));
    }
    if let Some(year) = reference.year {
        fields.insert("datePublished".into(), json!(year.to_string()));
    }
    if let Some(container) = &reference.container {
        fields.insert(
            "isPartOf".into(),
            json!({"@type": container_type(kind), "name": container}),
        );
    }
    if let Some(publisher) = &reference.publisher {
        fields.insert(
            "publisher".into(),
            json!({"@type": "Organization", "name": publisher}),
        );
    }
    let mut links = Vec::new();
    if let Some(doi) = &reference.doi {
        links.push(format!("https://doi.org/{doi}"));
    }
    if let Some(pmid) = &reference.pmid {
        links.push(format!("https://pubmed.ncbi.nlm.nih.gov/{pmid}/"));
    }
    if let Some(pmcid) = &reference.pmcid {
        links.push(format!("https://pmc.ncbi.nlm.nih.gov/articles/{pmcid}/"));
    }
    if let Some(url) = &reference.url {
        links.push(url.clone());
    }
    if let Some((first, rest)) = links.split_first() {
        fields.insert("url".into(), json!(first));
        if !rest.is_empty() {
            fields.insert("sameAs".into(), json!(rest));
        }
    }
    work
}

/// JSON that can stand inside `<script>`: `</script>` or `<!--` in a title must not end it.
fn script_safe(value: &Value) -> String {
    value.to_string().replace('<', "\\u003c")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_ld_cannot_close_its_script_element() -> crate::TestResult {
        let item = FaqItem {
            question: "</script><script>alert(1)</script>?".to_string(),
            id: "q".to_string(),
            answer_html: String::new(),
            answer_text: "a < b".to_string(),
        };
        let text = faq_page(std::iter::once(&item));
        assert!(!text.contains('<'), "{text}");
        let parsed: Value = serde_json::from_str(&text)?;
        assert_eq!(
            parsed["mainEntity"][0]["name"],
            "</script><script>alert(1)</script>?"
        );
        Ok(())
    }
}
