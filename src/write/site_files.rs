//! The files around the pages: `sitemap.xml` with hreflang alternates, `robots.txt`, and an
//! Atom feed per language.

use std::fmt::Write;

use crate::escape;
use crate::load::config::Config;
use crate::load::content::Site;
use crate::load::content::front_matter::Date;
use crate::parse::site::ArticleBodies;
use crate::render::Page;
use crate::render::pages::x_default;

/// Output path of the sitemap.
pub const SITEMAP: &str = "sitemap.xml";

/// Output path of robots.txt.
pub const ROBOTS: &str = "robots.txt";

/// Output path of a language's feed.
pub fn feed_path(lang: &str) -> String {
    format!("{lang}/atom.xml")
}

/// The sitemap protocol's limit of URLs in one sitemap file.
const MAX_SITEMAP_URLS: usize = 50_000;

/// The sitemap files: every page a search engine should index, each with its language versions
/// as `xhtml:link` alternates (plus `x-default`) when it has translations. Up to 50,000 URLs
/// this is one `sitemap.xml`; beyond that, `sitemap.xml` is an index of `sitemap-1.xml`,
/// `sitemap-2.xml`, … as the protocol requires. Returns (output path, XML) pairs.
pub fn sitemaps(
    pages: &[Page<'_>],
    site: &Site,
    bodies: &ArticleBodies,
    config: &Config,
) -> Vec<(String, String)> {
    split_sitemap(pages, site, bodies, config, MAX_SITEMAP_URLS)
}

fn split_sitemap(
    pages: &[Page<'_>],
    site: &Site,
    bodies: &ArticleBodies,
    config: &Config,
    max_urls: usize,
) -> Vec<(String, String)> {
    let indexed: Vec<&Page<'_>> = pages.iter().filter(|p| p.in_sitemap()).collect();
    if indexed.len() <= max_urls {
        return vec![(SITEMAP.to_string(), urlset(&indexed, site, bodies, config))];
    }
    let parts: Vec<(String, String)> = indexed
        .chunks(max_urls)
        .enumerate()
        .map(|(i, chunk)| {
            (
                format!("sitemap-{}.xml", i + 1),
                urlset(chunk, site, bodies, config),
            )
        })
        .collect();
    let mut index = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for (path, _) in &parts {
        let _ = writeln!(
            index,
            "  <sitemap><loc>{}</loc></sitemap>",
            escape::html(&config.permalink(path))
        );
    }
    index.push_str("</sitemapindex>\n");
    std::iter::once((SITEMAP.to_string(), index))
        .chain(parts)
        .collect()
}

/// One `<urlset>` document.
fn urlset(pages: &[&Page<'_>], site: &Site, bodies: &ArticleBodies, config: &Config) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" \
         xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for page in pages {
        let site_path = page.site_path(site, config);
        let _ = writeln!(
            xml,
            "  <url>\n    <loc>{}</loc>",
            escape::html(&config.permalink(&site_path))
        );
        if let Some(date) = page.last_modified(site, bodies) {
            let _ = writeln!(xml, "    <lastmod>{date}</lastmod>");
        }
        let alternates = page.alternates(site, config);
        if alternates.len() > 1 {
            for (lang, path) in &alternates {
                push_alternate(&mut xml, lang, &config.permalink(path));
            }
            if let Some(default) = x_default(&alternates, config) {
                push_alternate(&mut xml, "x-default", &config.permalink(default));
            }
        }
        xml.push_str("  </url>\n");
    }
    xml.push_str("</urlset>\n");
    xml
}

fn push_alternate(xml: &mut String, hreflang: &str, href: &str) {
    let _ = writeln!(
        xml,
        "    <xhtml:link rel=\"alternate\" hreflang=\"{hreflang}\" href=\"{}\"/>",
        escape::html(href)
    );
}

/// `robots.txt`, allowing everything and naming the sitemap.
pub fn robots(config: &Config) -> String {
    format!(
        "User-agent: *\nAllow: /\n\nSitemap: {}\n",
        config.permalink(SITEMAP)
    )
}

/// The Atom feed of one language: its articles, newest first, with their descriptions.
pub fn atom_feed(lang: &str, site: &Site, config: &Config) -> String {
    let language = config.language(lang);
    let title = language.map_or("", |l| l.title.as_str());
    let subtitle = language.map_or("", |l| l.description.as_str());
    let articles = site.articles_by_date(lang);
    // Deterministic: the feed changes only when an article does, never with the build time.
    let updated = articles
        .iter()
        .map(|&i| site.articles[i].last_modified())
        .max()
        .unwrap_or(Date {
            year: 1970,
            month: 1,
            day: 1,
        });
    let home = config.permalink(&format!("{lang}/"));

    let mut xml = String::new();
    let _ = write!(
        xml,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{lang}\">\n\
         \x20 <title>{}</title>\n\
         \x20 <subtitle>{}</subtitle>\n\
         \x20 <link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>\n\
         \x20 <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n\
         \x20 <id>{}</id>\n\
         \x20 <updated>{}</updated>\n\
         \x20 <author><name>{}</name></author>\n",
        escape::html(title),
        escape::html(subtitle),
        escape::html(&config.permalink(&feed_path(lang))),
        escape::html(&home),
        escape::html(&home),
        timestamp(updated),
        escape::html(title),
    );
    for &i in &articles {
        let article = &site.articles[i];
        let permalink = escape::html(&config.permalink(&article.site_path));
        let _ = write!(
            xml,
            "  <entry>\n\
             \x20   <title>{}</title>\n\
             \x20   <link rel=\"alternate\" type=\"text/html\" href=\"{permalink}\"/>\n\
             \x20   <id>{permalink}</id>\n\
             \x20   <published>{}</published>\n\
             \x20   <updated>{}</updated>\n",
            escape::html(&article.meta.title),
            timestamp(article.meta.date),
            timestamp(article.last_modified()),
        );
        for author in &article.meta.authors {
            let _ = writeln!(
                xml,
                "    <author><name>{}</name></author>",
                escape::html(author)
            );
        }
        let _ = write!(
            xml,
            "    <summary>{}</summary>\n  </entry>\n",
            escape::html(&article.meta.description)
        );
    }
    xml.push_str("</feed>\n");
    xml
}

fn timestamp(date: Date) -> String {
    format!("{date}T00:00:00Z")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::config::Language;

    #[test]
    fn large_sitemaps_are_split_behind_an_index() -> crate::TestResult {
        let config = Config {
            base_url: url::Url::parse("https://example.org/")?,
            default_language: "nl".to_string(),
            languages: vec![Language {
                code: "nl".to_string(),
                title: "K".to_string(),
                description: "D".to_string(),
                locale: "nl_NL".to_string(),
                tags_slug: "onderwerpen".to_string(),
                comparisons_slug: "vergelijkingen".to_string(),
                faq_slug: "veelgestelde-vragen".to_string(),
                sources_slug: "bronnen".to_string(),
                search_slug: "zoeken".to_string(),
            }],
            theme: "default".to_string(),
            uncited_claims: Default::default(),
            min_level: None,
            review_interval_months: None,
            eu_register: false,
            images: Default::default(),
            raw_html: Default::default(),
            publish_until: None,
            today: None,
        };
        let site = Site::default();
        // Home, topics, comparisons, FAQ and sources: five indexable pages; root and 404 are
        // left out.
        let pages = crate::render::pages::all_pages(&site, &config);

        let single = split_sitemap(&pages, &site, &ArticleBodies::default(), &config, 5);
        assert_eq!(single.len(), 1);
        assert!(single[0].1.contains("<urlset"));

        let split = split_sitemap(&pages, &site, &ArticleBodies::default(), &config, 3);
        let paths: Vec<&str> = split.iter().map(|(p, _)| p.as_str()).collect();
        assert_eq!(paths, ["sitemap.xml", "sitemap-1.xml", "sitemap-2.xml"]);
        assert!(split[0].1.contains("<sitemapindex"));
        assert!(
            split[0]
                .1
                .contains("<loc>https://example.org/sitemap-2.xml</loc>")
        );
        assert!(
            split[1]
                .1
                .contains("<loc>https://example.org/nl/onderwerpen/</loc>")
        );
        assert!(
            split[2]
                .1
                .contains("<loc>https://example.org/nl/bronnen/</loc>")
        );
        Ok(())
    }
}
