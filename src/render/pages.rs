//! Every page the site has, with its address, template and translations.

use crate::load::config::Config;
use crate::load::content::front_matter::Date;
use crate::load::content::{ArticleId, SectionId, Site};
use crate::parse::site::ArticleBodies;

/// One HTML page of the built site.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page<'a> {
    /// `/<lang>/`
    Home {
        /// Language code.
        lang: &'a str,
    },
    /// `/<lang>/<section>/`: a section page.
    Section(SectionId),
    /// `/<lang>/<section>/<slug>/`: an article.
    Article(ArticleId),
    /// `/<lang>/<tags_slug>/`: all topics of a language.
    Topics {
        /// Language code.
        lang: &'a str,
    },
    /// `/<lang>/<tags_slug>/<tag>/`, an index into [`Site::tags`].
    Topic(usize),
    /// `/<lang>/<comparisons_slug>/`: the list of comparison tables.
    Comparisons {
        /// Language code.
        lang: &'a str,
    },
    /// `/<lang>/<comparisons_slug>/<slug>/`: one comparison table.
    Comparison {
        /// Index into the site's comparison tables.
        index: usize,
        /// Language code.
        lang: &'a str,
    },
    /// `/<lang>/<faq_slug>/`: every article's FAQ, grouped by article.
    Faq {
        /// Language code.
        lang: &'a str,
    },
    /// `/<lang>/<sources_slug>/`: every reference the site cites, with who cites it.
    Sources {
        /// Language code.
        lang: &'a str,
    },
    /// `/<lang>/<search_slug>/`: finds articles in the language's search index.
    Search {
        /// Language code.
        lang: &'a str,
    },
    /// `/404.html`
    NotFound,
    /// `/`: leads to the default language and offers the others.
    Root,
}

/// All pages of the site, in a fixed order.
pub fn all_pages<'a>(site: &Site, config: &'a Config) -> Vec<Page<'a>> {
    let mut pages = vec![Page::Root, Page::NotFound];
    for code in config.language_codes() {
        pages.push(Page::Home { lang: code });
        pages.push(Page::Topics { lang: code });
        pages.push(Page::Comparisons { lang: code });
        pages.push(Page::Faq { lang: code });
        pages.push(Page::Sources { lang: code });
        pages.push(Page::Search { lang: code });
        pages.extend(
            (0..site.comparisons.tables.len()).map(|index| Page::Comparison { index, lang: code }),
        );
    }
    pages.extend(site.sections.ids().map(Page::Section));
    pages.extend(site.articles.ids().map(Page::Article));
    pages.extend((0..site.tags.len()).map(Page::Topic));
    pages
}

impl<'a> Page<'a> {
    /// The page's path relative to the site root (`nl/artikelen/x/`; empty for the root).
    pub fn site_path(&self, site: &Site, config: &Config) -> String {
        match *self {
            Page::Home { lang } => format!("{lang}/"),
            Page::Section(i) => site.sections[i].site_path.clone(),
            Page::Article(i) => site.articles[i].site_path.clone(),
            Page::Topics { lang } => config.topics_path(lang),
            Page::Topic(i) => site.tags[i].site_path.clone(),
            Page::Comparisons { lang } => config.comparisons_path(lang),
            Page::Comparison { index, lang } => site.comparisons.tables[index]
                .site_paths
                .get(lang)
                .cloned()
                .unwrap_or_default(),
            Page::Faq { lang } => config.faq_path(lang),
            Page::Sources { lang } => config.sources_path(lang),
            Page::Search { lang } => config.search_path(lang),
            Page::NotFound => "404.html".to_string(),
            Page::Root => String::new(),
        }
    }

    /// The file to write, relative to the output folder.
    pub fn output_file(&self, site: &Site, config: &Config) -> String {
        match self {
            Page::NotFound => "404.html".to_string(),
            _ => format!("{}index.html", self.site_path(site, config)),
        }
    }

    /// The page's language (the default language for the root and the 404 page).
    pub fn lang(&self, site: &'a Site, config: &'a Config) -> &'a str {
        match *self {
            Page::Home { lang }
            | Page::Topics { lang }
            | Page::Comparisons { lang }
            | Page::Comparison { lang, .. }
            | Page::Faq { lang }
            | Page::Sources { lang }
            | Page::Search { lang } => lang,
            Page::Section(i) => &site.sections[i].lang,
            Page::Article(i) => &site.articles[i].lang,
            Page::Topic(i) => &site.tags[i].lang,
            Page::NotFound | Page::Root => &config.default_language,
        }
    }

    /// The `page_kind` templates see: `home`, `section`, `article`, `topics`, `topic`,
    /// `comparisons`, `comparison`, `faq`, `sources`, `search`, `not_found` or `root`.
    pub fn kind(&self) -> &'static str {
        match self {
            Page::Home { .. } => "home",
            Page::Section(_) => "section",
            Page::Article(_) => "article",
            Page::Topics { .. } => "topics",
            Page::Topic(_) => "topic",
            Page::Comparisons { .. } => "comparisons",
            Page::Comparison { .. } => "comparison",
            Page::Faq { .. } => "faq",
            Page::Sources { .. } => "sources",
            Page::Search { .. } => "search",
            Page::NotFound => "not_found",
            Page::Root => "root",
        }
    }

    /// The template that renders the page.
    pub fn template(&self) -> &'static str {
        match self {
            Page::Home { .. } => "home.html",
            Page::Section(_) => "section.html",
            Page::Article(_) => "article.html",
            Page::Topics { .. } => "tags.html",
            Page::Topic(_) => "tag.html",
            Page::Comparisons { .. } => "comparisons.html",
            Page::Comparison { .. } => "comparison.html",
            Page::Faq { .. } => "faq.html",
            Page::Sources { .. } => "sources.html",
            Page::Search { .. } => "search.html",
            Page::NotFound => "404.html",
            Page::Root => "root.html",
        }
    }

    /// The versions of this page that exist, one per language and this one included, in
    /// configured language order, as `(language, site path)`.
    pub fn alternates(&self, site: &Site, config: &Config) -> Vec<(String, String)> {
        let every_language = |path: &dyn Fn(&str) -> String| {
            config
                .language_codes()
                .map(|code| (code.to_string(), path(code)))
                .collect()
        };
        match *self {
            Page::Home { .. } => every_language(&|code| format!("{code}/")),
            Page::Topics { .. } => every_language(&|code| config.topics_path(code)),
            Page::Comparisons { .. } => every_language(&|code| config.comparisons_path(code)),
            Page::Faq { .. } => every_language(&|code| config.faq_path(code)),
            Page::Sources { .. } => every_language(&|code| config.sources_path(code)),
            Page::Search { .. } => every_language(&|code| config.search_path(code)),
            Page::Comparison { index, .. } => {
                let paths = &site.comparisons.tables[index].site_paths;
                config
                    .language_codes()
                    .filter_map(|code| Some((code.to_string(), paths.get(code)?.clone())))
                    .collect()
            }
            Page::Section(i) => {
                let key = &site.sections[i].key;
                config
                    .language_codes()
                    .filter_map(|code| site.section(key, code))
                    .map(|s| (s.lang.clone(), s.site_path.clone()))
                    .collect()
            }
            Page::Article(i) => site
                .translations(&site.articles[i], config)
                .map(|a| (a.lang.clone(), a.site_path.clone()))
                .collect(),
            Page::Topic(i) => site
                .tag_translations(i, config)
                .into_iter()
                .map(|t| (site.tags[t].lang.clone(), site.tags[t].site_path.clone()))
                .collect(),
            Page::NotFound | Page::Root => Vec::new(),
        }
    }

    /// Where the language switcher leads in `lang` when the page has no version in it: the
    /// list of topics for a topic page, else the language's home page.
    pub fn nearest_in(&self, lang: &str, config: &Config) -> String {
        match self {
            Page::Topic(_) => config.topics_path(lang),
            _ => format!("{lang}/"),
        }
    }

    /// When the page's content last changed, for the sitemap: an article's own date, a list
    /// page's newest article, a comparison table's newest article that embeds it (the table
    /// file has no date of its own; an article is updated when a table it shows changes), or,
    /// when none does, the newest article of its language, as for the list of tables.
    pub fn last_modified(&self, site: &Site, bodies: &ArticleBodies) -> Option<Date> {
        let newest = |articles: &mut dyn Iterator<Item = ArticleId>| {
            articles.map(|id| site.articles[id].last_modified()).max()
        };
        match *self {
            Page::Article(i) => Some(site.articles[i].last_modified()),
            Page::Section(i) => newest(&mut site.section_articles(&site.sections[i]).into_iter()),
            Page::Home { lang }
            | Page::Topics { lang }
            | Page::Comparisons { lang }
            | Page::Faq { lang }
            | Page::Sources { lang } => newest(&mut site.articles_by_date(lang).into_iter()),
            Page::Comparison { index, lang } => {
                let key = &site.comparisons.tables[index].key;
                let in_language = site.articles_by_date(lang);
                let embedding = in_language
                    .iter()
                    .copied()
                    .filter(|&id| bodies[id].comparisons.contains(key));
                newest(&mut embedding.into_iter())
                    .or_else(|| newest(&mut in_language.iter().copied()))
            }
            Page::Topic(i) => newest(&mut site.tags[i].articles.iter().copied()),
            Page::Search { .. } | Page::NotFound | Page::Root => None,
        }
    }

    /// Whether the page belongs in `sitemap.xml`: not the redirecting root, the 404 page or
    /// the search page (which shows nothing of its own without a query).
    pub fn in_sitemap(&self) -> bool {
        !matches!(self, Page::NotFound | Page::Root | Page::Search { .. })
    }
}

/// The version of a page for `hreflang="x-default"` among its `alternates`: the default
/// language's, or else the first language that has one.
pub fn x_default<'a>(alternates: &'a [(String, String)], config: &Config) -> Option<&'a str> {
    alternates
        .iter()
        .find(|(lang, _)| *lang == config.default_language)
        .or(alternates.first())
        .map(|(_, path)| path.as_str())
}
