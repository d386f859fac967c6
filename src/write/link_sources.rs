//! Which Markdown files a page shows, so a link on the page can be pointed at where an editor
//! wrote it.

use crate::check::output_links::ContentSource;
use crate::load::content::Site;
use crate::parse::site::Bodies;
use crate::render::Page;

/// The Markdown a page shows: an article's, section's or home page's own text, and on the FAQ
/// page every article's questions (with the links of their answers).
pub fn content_sources<'a>(
    page: Page<'_>,
    site: &'a Site,
    bodies: &'a Bodies,
) -> Vec<ContentSource<'a>> {
    match page {
        Page::Article(i) => {
            let article = &site.articles[i];
            vec![ContentSource {
                source: &article.source,
                body: &article.body,
                links: &bodies.articles[i].links,
                page_path: article.site_path.clone(),
            }]
        }
        Page::Section(i) => {
            let section = &site.sections[i];
            vec![ContentSource {
                source: &section.source,
                body: &section.body,
                links: &bodies.sections[i].links,
                page_path: section.site_path.clone(),
            }]
        }
        Page::Home { lang } => site
            .home_intros
            .get(lang)
            .zip(bodies.homes.get(lang))
            .map(|(intro, rendered)| ContentSource {
                source: &intro.source,
                body: &intro.body,
                links: &rendered.links,
                page_path: format!("{lang}/"),
            })
            .into_iter()
            .collect(),
        Page::Faq { lang } => site
            .articles
            .iter()
            .zip(&bodies.articles)
            .filter(|(article, rendered)| article.lang == lang && !rendered.faq.is_empty())
            .map(|(article, rendered)| ContentSource {
                source: &article.source,
                body: &article.body,
                links: &rendered.links,
                page_path: article.site_path.clone(),
            })
            .collect(),
        _ => Vec::new(),
    }
}
