//! Topics: the `tags` of the articles, gathered per language, and the table that pairs them
//! across languages, `content/tags.toml`:
//!
//! ```toml
//! [sleep]            # a key of the editor's choosing, one per topic
//! nl = "Slaap"
//! en = "Sleep"
//! ```
//!
//! Names are matched as topics are (by slug: "slaap" is "Slaap"). A topic the table pairs has
//! its counterparts as translations; one it does not name stands alone.

use std::collections::{BTreeMap, HashMap};
use std::ops::Range;
use std::path::Path;

use toml::Spanned;

use super::{CONTENT_DIR, Site, Tag};
use crate::diagnostics::{Diagnostic, SourceText};
use crate::load::config::Config;
use crate::load::text_file::read_text_file;
use crate::slug::slugify;
use crate::toml_input;

/// The table's file in `content/`.
pub const TABLE_FILE: &str = "tags.toml";

/// `content/tags.toml`: which topics are the same topic in each language.
#[derive(Debug, Clone, Default)]
pub struct TagTable {
    /// The file, for findings.
    pub source: Option<SourceText>,
    /// Each topic's names, by its key, in the file's order.
    pub topics: Vec<TableTopic>,
}

/// One topic of the table.
#[derive(Debug, Clone)]
pub struct TableTopic {
    /// The editor's key for it.
    pub key: String,
    /// Its name in each language, with where the name is written.
    pub names: BTreeMap<String, (String, Range<usize>)>,
}

impl TagTable {
    /// Reads `content/tags.toml` of the site at `root`, if there is one. Problems are errors at
    /// their place; a table with errors pairs nothing.
    pub fn load(root: &Path, config: &Config) -> (TagTable, Vec<Diagnostic>) {
        let path = root.join(CONTENT_DIR).join(TABLE_FILE);
        if !path.is_file() {
            return (TagTable::default(), Vec::new());
        }
        let shown = format!("{CONTENT_DIR}/{TABLE_FILE}");
        let source = match read_text_file(&path, &shown, "tags") {
            Ok(source) => source,
            Err(problem) => return (TagTable::default(), vec![problem]),
        };
        match parse(&source, config) {
            Ok(topics) => (
                TagTable {
                    source: Some(source),
                    topics,
                },
                Vec::new(),
            ),
            Err(problems) => (TagTable::default(), problems),
        }
    }

    /// The site path of topic `topic`'s page in each language the table names it in (whether
    /// or not an article uses it).
    pub fn site_paths<'a>(
        &'a self,
        topic: usize,
        config: &'a Config,
    ) -> impl Iterator<Item = String> + 'a {
        self.topics.get(topic).into_iter().flat_map(move |t| {
            t.names.iter().map(move |(lang, (name, _))| {
                format!("{}{}/", config.topics_path(lang), slugify(name))
            })
        })
    }
}

type RawTable = BTreeMap<Spanned<String>, BTreeMap<String, Spanned<String>>>;

fn parse(source: &SourceText, config: &Config) -> Result<Vec<TableTopic>, Vec<Diagnostic>> {
    let raw: RawTable = toml_input::deserialize_in(source, 0..source.text.len(), "tags")?;
    let mut raw: Vec<_> = raw.into_iter().collect();
    raw.sort_by_key(|(key, _)| key.span().start);
    let mut problems = Vec::new();
    let mut seen: HashMap<(String, String), String> = HashMap::new();
    let mut topics = Vec::new();
    for (key, names) in raw {
        let key = key.into_inner();
        let mut topic = TableTopic {
            key: key.clone(),
            names: BTreeMap::new(),
        };
        for (lang, name) in names {
            let range = name.span();
            let name = name.into_inner();
            if config.language(&lang).is_none() {
                problems.push(Diagnostic::error_in(
                    source,
                    range,
                    "tags",
                    format!("topic {key:?}: language {lang:?} is not in site.toml [languages]"),
                ));
                continue;
            }
            let slug = slugify(&name);
            if slug.is_empty() {
                problems.push(Diagnostic::error_in(
                    source,
                    range,
                    "tags",
                    format!("topic {key:?}: {name:?} has no letters or digits"),
                ));
                continue;
            }
            if let Some(other) = seen.insert((lang.clone(), slug), key.clone()) {
                problems.push(Diagnostic::error_in(
                    source,
                    range,
                    "tags",
                    format!("topic {key:?}: {name:?} is already paired in topic {other:?}"),
                ));
                continue;
            }
            topic.names.insert(lang, (name, range));
        }
        topics.push(topic);
    }
    if problems.is_empty() {
        Ok(topics)
    } else {
        Err(problems)
    }
}

/// Gathers the topics of each language from the articles' `tags` and gives every article the
/// indexes of its topics. Spellings that give the same slug ("Slaap", "slaap") are one topic,
/// named as the newest article spells it. Each topic the table names gets its place in the
/// table; a name of the table no article uses is a warning.
pub fn collect(site: &mut Site, config: &Config, table: TagTable) -> Vec<Diagnostic> {
    let in_table: HashMap<(&str, String), usize> = table
        .topics
        .iter()
        .enumerate()
        .flat_map(|(i, topic)| {
            topic
                .names
                .iter()
                .map(move |(lang, (name, _))| ((lang.as_str(), slugify(name)), i))
        })
        .collect();
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
                    translation: in_table
                        .get(&(language.code.as_str(), slug.clone()))
                        .copied(),
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
    let mut unused = Vec::new();
    if let Some(source) = &table.source {
        for topic in &table.topics {
            for (lang, (name, range)) in &topic.names {
                if !index_of.contains_key(&(lang.as_str(), slugify(name))) {
                    unused.push(
                        Diagnostic::error_in(
                            source,
                            range.clone(),
                            "unused-tag",
                            format!(
                                "topic {:?}: no article in {lang:?} has the tag {name:?}",
                                topic.key
                            ),
                        )
                        .as_warning(),
                    );
                }
            }
        }
    }
    site.tags = tags;
    site.tag_table = table;
    unused
}
