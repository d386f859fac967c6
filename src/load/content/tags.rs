//! Topics: the `tags` of the articles, gathered per language.

use std::collections::{BTreeMap, HashMap};

use super::{Site, Tag};
use crate::load::config::Config;
use crate::slug::slugify;

/// Gathers the topics of each language from the articles' `tags` and gives every article the
/// indexes of its topics. Spellings that give the same slug ("Slaap", "slaap") are one topic,
/// named as the newest article spells it.
pub fn collect(site: &mut Site, config: &Config) {
    let mut tags = Vec::new();
    for language in &config.languages {
        let mut by_slug: BTreeMap<String, Tag> = BTreeMap::new();
        for index in site.articles_by_date(&language.code) {
            for name in &site.articles[index].meta.tags {
                let slug = slugify(name);
                let tag = by_slug.entry(slug.clone()).or_insert_with(|| Tag {
                    lang: language.code.clone(),
                    name: name.to_string(),
                    site_path: format!("{}{slug}/", config.topics_path(&language.code)),
                    slug,
                    articles: Vec::new(),
                });
                tag.articles.push(index);
            }
        }
        tags.extend(by_slug.into_values());
    }
    let index_of: HashMap<(&str, String), usize> = tags
        .iter()
        .enumerate()
        .map(|(i, tag)| ((tag.lang.as_str(), tag.slug.clone()), i))
        .collect();
    for article in site.articles.iter_mut() {
        article.topics = article
            .meta
            .tags
            .iter()
            .filter_map(|name| index_of.get(&(article.lang.as_str(), slugify(name))))
            .copied()
            .collect();
    }
    site.tags = tags;
}
