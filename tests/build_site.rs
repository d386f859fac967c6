//! Building a bilingual fixture site and checking the parsed output.

mod common;

use common::{Fixture, collapse, snapshot};

#[test]
fn both_languages_are_rendered_at_their_localized_urls() {
    let site = Fixture::new("basic");
    site.build_ok();

    let nl = site.page("nl/artikelen/vitamine-d/index.html");
    assert_eq!(nl.attr("html", "lang"), "nl");
    assert_eq!(nl.text("article h1"), "Vitamine D");

    // The English section has its own slug; the article its own slug.
    let en = site.page("en/articles/vitamin-d/index.html");
    assert_eq!(en.attr("html", "lang"), "en");
    assert_eq!(en.text("article h1"), "Vitamin D");

    for page in [
        "nl/index.html",
        "en/index.html",
        "nl/artikelen/index.html",
        "en/articles/index.html",
        "nl/gidsen/index.html",
    ] {
        assert!(site.public().join(page).is_file(), "{page} missing");
    }
    // Nothing is written for a language a section does not have.
    assert!(!site.public().join("en/gidsen").exists());
}

#[test]
fn translations_are_linked_with_hreflang_and_the_switcher() {
    let site = Fixture::new("basic");
    site.build_ok();

    let nl = site.page("nl/artikelen/vitamine-d/index.html");
    let hreflangs = nl.hreflangs();
    assert_eq!(
        hreflangs["nl"],
        "https://example.org/nl/artikelen/vitamine-d/"
    );
    assert_eq!(
        hreflangs["en"],
        "https://example.org/en/articles/vitamin-d/"
    );
    assert_eq!(
        hreflangs["x-default"],
        "https://example.org/nl/artikelen/vitamine-d/"
    );
    assert_eq!(nl.attr("link[rel=canonical]", "href"), hreflangs["nl"]);
    let switch = nl.one(".language-switcher a[hreflang=en]");
    assert_eq!(switch.value().attr("href"), Some("/en/articles/vitamin-d/"));
    assert_eq!(collapse(&switch.text().collect::<String>()), "English");

    // The English page points back the same way.
    let en = site.page("en/articles/vitamin-d/index.html");
    assert_eq!(en.hreflangs(), hreflangs);
    assert_eq!(
        en.attr(".language-switcher a[hreflang=nl]", "href"),
        "/nl/artikelen/vitamine-d/"
    );
    assert_eq!(en.text(".language-switcher a[hreflang=nl]"), "Nederlands");

    // A page without translation: only itself in hreflang, and the switcher leads to the other
    // language's home page.
    let alone = site.page("nl/gidsen/alleen-nederlands/index.html");
    let hreflangs = alone.hreflangs();
    assert_eq!(hreflangs.keys().collect::<Vec<_>>(), ["nl", "x-default"]);
    assert_eq!(
        alone.attr(".language-switcher a[hreflang=en]", "href"),
        "/en/"
    );

    // Sections are paired too, across their localized slugs.
    let section = site.page("en/articles/index.html");
    assert_eq!(
        section.hreflangs()["nl"],
        "https://example.org/nl/artikelen/"
    );
}

#[test]
fn sitemap_lists_pages_with_hreflang_alternates() {
    let site = Fixture::new("basic");
    site.build_ok();
    let xml = site.read("public/sitemap.xml");
    let doc = roxmltree::Document::parse(&xml).expect("sitemap is well-formed XML");
    const SITEMAP: &str = "http://www.sitemaps.org/schemas/sitemap/0.9";
    const XHTML: &str = "http://www.w3.org/1999/xhtml";

    let urls: Vec<_> = doc
        .descendants()
        .filter(|n| n.has_tag_name((SITEMAP, "url")))
        .collect();
    let loc = |url: &roxmltree::Node| {
        url.children()
            .find(|n| n.has_tag_name((SITEMAP, "loc")))
            .and_then(|n| n.text())
            .unwrap_or_default()
            .to_string()
    };
    let entry = urls
        .iter()
        .find(|u| loc(u) == "https://example.org/en/articles/vitamin-d/")
        .expect("English article in sitemap");
    let alternates: Vec<(String, String)> = entry
        .children()
        .filter(|n| n.has_tag_name((XHTML, "link")))
        .map(|n| {
            (
                n.attribute("hreflang").unwrap_or_default().to_string(),
                n.attribute("href").unwrap_or_default().to_string(),
            )
        })
        .collect();
    assert_eq!(
        alternates,
        [
            (
                "nl".to_string(),
                "https://example.org/nl/artikelen/vitamine-d/".to_string()
            ),
            (
                "en".to_string(),
                "https://example.org/en/articles/vitamin-d/".to_string()
            ),
            (
                "x-default".to_string(),
                "https://example.org/nl/artikelen/vitamine-d/".to_string()
            ),
        ]
    );
    let lastmod = |target: &str| {
        urls.iter()
            .find(|u| loc(u) == target)
            .and_then(|u| u.children().find(|n| n.has_tag_name((SITEMAP, "lastmod"))))
            .and_then(|n| n.text())
            .map(str::to_string)
    };
    assert_eq!(
        lastmod("https://example.org/nl/artikelen/slaap/").as_deref(),
        Some("2025-12-01")
    );
    // A list page changes when its newest article does.
    assert_eq!(
        lastmod("https://example.org/nl/artikelen/").as_deref(),
        Some("2025-12-01")
    );

    let all: Vec<String> = urls.iter().map(loc).collect();
    assert!(!all.iter().any(|u| u.ends_with("404.html")));
    assert!(
        !all.contains(&"https://example.org/".to_string()),
        "the redirecting root is not indexed"
    );
    assert!(all.contains(&"https://example.org/nl/onderwerpen/zon/".to_string()));
}

#[test]
fn heading_ids_fold_diacritics_and_are_unique() {
    let site = Fixture::new("basic");
    site.build_ok();
    let page = site.page("nl/artikelen/vitamine-d/index.html");
    let ids: Vec<String> = page
        .select(".prose h2[id]")
        .iter()
        .map(|h| h.value().attr("id").unwrap_or_default().to_string())
        .collect();
    assert_eq!(
        ids,
        [
            "vitamine-d-tekort",
            "geinteresseerd-in-een-cafe",
            "vitamine-d-tekort-1"
        ]
    );
    // Every heading has an anchor link to itself, next to it rather than inside it (so it is
    // not read as part of the heading), and the contents list links to each.
    let wrapper = page.one(".heading-wrapper:has(> #geinteresseerd-in-een-cafe)");
    let anchor = wrapper
        .select(&scraper::Selector::parse("a.heading-anchor").unwrap())
        .next()
        .expect("anchor");
    assert_eq!(
        anchor.value().attr("href"),
        Some("#geinteresseerd-in-een-cafe")
    );
    assert_eq!(
        anchor.value().attr("aria-describedby"),
        Some("geinteresseerd-in-een-cafe")
    );
    assert!(page.select("h2 a.heading-anchor").is_empty());
    let toc: Vec<String> = page
        .select(".toc a")
        .iter()
        .map(|a| a.value().attr("href").unwrap_or_default().to_string())
        .collect();
    assert_eq!(
        toc,
        [
            "#vitamine-d-tekort",
            "#geinteresseerd-in-een-cafe",
            "#vitamine-d-tekort-1"
        ]
    );
}

#[test]
fn internal_links_resolve_in_the_same_language() {
    let site = Fixture::new("basic");
    site.build_ok();
    let nl = site.page("nl/artikelen/vitamine-d/index.html");
    let hrefs: Vec<String> = nl
        .select(".prose p a")
        .iter()
        .map(|a| a.value().attr("href").unwrap_or_default().to_string())
        .collect();
    assert!(
        hrefs.contains(&"/nl/artikelen/slaap/#diepe-slaap".to_string()),
        "{hrefs:?}"
    );
    assert!(hrefs.contains(&"/nl/artikelen/".to_string()), "{hrefs:?}");
    let en = site.page("en/articles/vitamin-d/index.html");
    assert_eq!(
        en.attr(".prose p a", "href"),
        "/en/articles/sleep/#deep-sleep"
    );
}

#[test]
fn ui_strings_use_plural_forms_and_localized_dates() {
    let site = Fixture::new("basic");
    site.build_ok();
    assert_eq!(
        site.page("nl/artikelen/index.html").text(".count"),
        "2 artikelen"
    );
    assert_eq!(
        site.page("nl/gidsen/index.html").text(".count"),
        "1 artikel"
    );
    assert_eq!(
        site.page("en/articles/index.html").text(".count"),
        "2 articles"
    );
    assert_eq!(
        site.page("en/topics/vitamins/index.html").text(".count"),
        "1 article"
    );

    let nl = site.page("nl/artikelen/vitamine-d/index.html");
    assert_eq!(
        nl.text(".article-meta time"),
        "Gepubliceerd op 13 november 2025"
    );
    let en = site.page("en/articles/vitamin-d/index.html");
    assert_eq!(en.text(".article-meta time"), "Published 13 November 2025");
    // Fluent's bidi isolation marks never reach the page.
    for page in [&nl, &en] {
        assert!(!page.source.contains('\u{2068}') && !page.source.contains('\u{2069}'));
    }
}

#[test]
fn html_post_processing_marks_links_tables_and_headings() {
    let site = Fixture::new("basic");
    site.build_ok();
    let page = site.page("nl/artikelen/vitamine-d/index.html");
    let external = page.one(".prose a[href^='https://pubmed']");
    assert_eq!(external.value().attr("rel"), Some("noopener noreferrer"));
    assert_eq!(external.value().attr("class"), Some("external"));
    // Internal links are left alone.
    assert!(
        page.one(".prose a[href='/nl/artikelen/']")
            .value()
            .attr("rel")
            .is_none()
    );
    // Tables scroll inside their own focusable region.
    page.one(".prose div.table-scroll[role=region][tabindex='0'] > table");
    // The theme's own headings get no anchor links, only the article's.
    let home = site.page("nl/index.html");
    home.one("h2#sections_title");
    assert!(home.select("h2#sections_title a.heading-anchor").is_empty());
    // Footnotes have ids no heading can take.
    assert_eq!(page.attr(".footnote-ref a", "href"), "#fn:1");
    page.one("li[id='fn:1'] a.footnote-backref[href='#fnref:1']");
}

#[test]
fn topics_drafts_and_site_files() {
    let site = Fixture::new("basic");
    site.build_ok();
    // "Zon" and "zon" are one topic, named as the newest article spells it.
    let topic = site.page("nl/onderwerpen/zon/index.html");
    assert_eq!(topic.text("h1"), "Onderwerp: Zon");
    assert_eq!(topic.select(".article-list li").len(), 2);

    // Drafts are skipped unless asked for.
    assert!(!site.public().join("nl/gidsen/concept").exists());
    assert!(site.build(&["--drafts"]).code() == 0);
    assert!(site.public().join("nl/gidsen/concept/index.html").is_file());
    // A draft built with --drafts says what it is, so it cannot pass for a published page;
    // a published article says nothing of the kind.
    let draft = site.page("nl/gidsen/concept/index.html");
    assert!(
        draft
            .text(".draft-banner[role=note]")
            .starts_with("Concept:"),
        "no draft banner"
    );
    let published = site.page("nl/artikelen/slaap/index.html");
    assert!(published.select(".draft-banner").is_empty());

    // robots.txt names the sitemap; each language has a valid Atom feed.
    assert!(
        site.read("public/robots.txt")
            .contains("Sitemap: https://example.org/sitemap.xml")
    );
    let feed = site.read("public/en/atom.xml");
    let doc = roxmltree::Document::parse(&feed).expect("feed is well-formed XML");
    let titles: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name(("http://www.w3.org/2005/Atom", "entry")))
        .filter_map(|e| {
            e.children()
                .find(|c| c.has_tag_name("title"))
                .and_then(|t| t.text())
        })
        .collect();
    assert_eq!(titles, ["Vitamin D", "Sleep"]);

    // The root leads to Dutch and offers English; the 404 page speaks both.
    let root = site.page("index.html");
    assert!(
        root.attr("meta[http-equiv=refresh]", "content")
            .ends_with("url=/nl/")
    );
    root.one("a[href='/en/']");
    let not_found = site.page("404.html");
    not_found.one("section[lang=en] a[href='/en/']");
    not_found.one("section[lang=nl] a[href='/nl/']");
    assert!(site.public().join("style.css").is_file());
}

#[test]
fn site_templates_override_the_theme() {
    let site = Fixture::new("basic");
    site.write(
        "templates/tag.html",
        "{% extends \"base.html\" %}{% block content %}<p class=\"custom\">{{ topic.name }}</p>{% endblock content %}",
    );
    site.build_ok();
    assert_eq!(
        site.page("nl/onderwerpen/zon/index.html").text("p.custom"),
        "Zon"
    );
}

#[test]
fn a_sub_path_base_url_prefixes_every_internal_link() {
    let site = Fixture::new("basic");
    let run = site.build(&["--base-url", "https://example.org/kennis/"]);
    assert_eq!(run.code(), 0, "{}", run.stderr());
    let page = site.page("nl/artikelen/vitamine-d/index.html");
    for a in page.select("a[href^='/']") {
        let href = a.value().attr("href").unwrap_or_default();
        assert!(href.starts_with("/kennis/"), "{href} escapes the sub-path");
    }
    assert!(
        page.attr("link[rel=stylesheet]", "href")
            .starts_with("/kennis/style.css?h=")
    );
    assert_eq!(
        page.hreflangs()["en"],
        "https://example.org/kennis/en/articles/vitamin-d/"
    );
}

#[test]
fn two_builds_are_byte_identical() {
    let site = Fixture::new("basic");
    let first = site.root().join("out-1");
    let second = site.root().join("out-2");
    for out in [&first, &second] {
        let run = site.build(&["--output", out.to_str().unwrap()]);
        assert_eq!(run.code(), 0, "{}", run.stderr());
    }
    let (a, b) = (snapshot(&first), snapshot(&second));
    assert!(a.len() > 15);
    assert_eq!(a.keys().collect::<Vec<_>>(), b.keys().collect::<Vec<_>>());
    for (file, bytes) in &a {
        assert!(bytes == &b[file], "{file} differs between builds");
    }
}

#[test]
fn symbolic_links_in_content_are_followed() {
    let site = Fixture::new("basic");
    let outside = site.root().join("elders");
    std::fs::create_dir_all(outside.join("extra")).unwrap();
    std::fs::write(
        outside.join("gelinkt.nl.md"),
        "+++\ntitle = \"Gelinkt\"\ndescription = \"D\"\ndate = 2025-01-01\n+++\n",
    )
    .unwrap();
    std::fs::write(
        outside.join("extra/_index.nl.md"),
        "+++\ntitle = \"Extra\"\n+++\n",
    )
    .unwrap();
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(
            outside.join("gelinkt.nl.md"),
            site.root().join("content/artikelen/gelinkt.nl.md"),
        )
        .unwrap();
        std::os::unix::fs::symlink(outside.join("extra"), site.root().join("content/extra"))
            .unwrap();
        site.build_ok();
        assert_eq!(
            site.page("nl/artikelen/gelinkt/index.html")
                .text("article h1"),
            "Gelinkt"
        );
        assert_eq!(site.page("nl/extra/index.html").text("h1"), "Extra");
    }
}

#[test]
fn spellings_of_one_topic_are_listed_once() {
    let site = Fixture::new("basic");
    site.write(
        "content/artikelen/spelling.nl.md",
        "+++\ntitle = \"S\"\ndescription = \"D\"\ndate = 2025-01-01\ntags = [\"Slaap\", \"slaap\", \"SLAAP!\", \"Zon\"]\n+++\n",
    );
    site.build_ok();
    let page = site.page("nl/artikelen/spelling/index.html");
    let topics: Vec<String> = page
        .select(".article-footer .topic-list a")
        .iter()
        .map(|a| a.value().attr("href").unwrap_or_default().to_string())
        .collect();
    assert_eq!(topics, ["/nl/onderwerpen/slaap/", "/nl/onderwerpen/zon/"]);
}

/// The build ends with one line saying how many pages it built, where and how fast; with
/// `--timings` the time of every stage follows, in the order of the pipeline.
#[test]
fn the_build_says_what_happened_and_timings_show_every_stage() {
    let site = Fixture::new("basic");
    let run = site.build(&["--timings"]);
    assert_eq!(run.code(), 0, "{}", run.stderr());
    let stderr = run.stderr();
    let lines: Vec<&str> = stderr.lines().collect();
    let summary = lines
        .iter()
        .position(|l| l.starts_with("built "))
        .unwrap_or_else(|| panic!("no summary line in {stderr}"));
    assert!(
        lines[summary].ends_with(" s") && lines[summary].contains(" pages into "),
        "{}",
        lines[summary]
    );
    let stages: Vec<&str> = lines[summary + 1..]
        .iter()
        .map(|l| {
            let (seconds, stage) = l.trim().split_once(" s  ").unwrap_or_else(|| panic!("{l}"));
            assert!(seconds.parse::<f64>().is_ok(), "{l}");
            stage
        })
        .collect();
    assert_eq!(
        stages,
        [
            "load",
            "parse",
            "search index",
            "site-wide checks",
            "compile templates",
            "static files, image copies",
            "render and write pages",
            "sitemap, feeds",
            "link check",
            "replace the output",
        ]
    );
    // Without the flag, the summary is the last line.
    let run = site.build(&[]);
    assert!(
        run.stderr()
            .trim_end()
            .lines()
            .last()
            .is_some_and(|l| l.starts_with("built "))
    );
}

/// An article with HTML that could run code: a script block, an event handler, a script
/// address and a frame.
const UNSAFE_ARTICLE: &str = "+++\ntitle = \"Ruw\"\ndescription = \"D\"\ndate = 2025-01-01\n+++\n\n\
<script>\nalert(1)\n</script>\n\n\
<p onclick=\"x()\">Klik <a href=\"javascript:alert(1)\">hier</a>.</p>\n\n\
<iframe src=\"https://example.org/\"></iframe>\n\n\
<details><summary>Gewoon</summary><p>Dit blijft.</p></details>\n";

#[test]
fn html_that_could_run_code_is_left_out_with_a_warning_or_refused_as_site_toml_says() {
    let site = Fixture::new("basic");
    site.write("content/artikelen/ruw.nl.md", UNSAFE_ARTICLE);
    let run = site.build_ok();
    let warned: Vec<String> = run
        .diagnostics()
        .into_iter()
        .filter(|d| d.contains("unsafe-html"))
        .map(|d| {
            d.split(" could run code")
                .next()
                .unwrap_or_default()
                .to_string()
        })
        .collect();
    assert_eq!(
        warned,
        [
            "content/artikelen/ruw.nl.md:7:1: warning[unsafe-html]: a <script> element",
            "content/artikelen/ruw.nl.md:11:1: warning[unsafe-html]: the onclick attribute of <p>",
            "content/artikelen/ruw.nl.md:11:1: warning[unsafe-html]: the script address in the href attribute of <a>",
            "content/artikelen/ruw.nl.md:13:1: warning[unsafe-html]: a <iframe> element",
        ]
    );
    let page = site.page("nl/artikelen/ruw/index.html");
    assert!(
        page.select("main script, main iframe, [onclick]")
            .is_empty()
    );
    assert!(page.select("main a[href]").iter().all(|a| {
        !a.value()
            .attr("href")
            .unwrap_or_default()
            .starts_with("javascript:")
    }));
    assert_eq!(page.text("main details p"), "Dit blijft.");

    let site_toml = site.read("site.toml");
    site.write(
        "site.toml",
        format!("{site_toml}\n[markdown]\nraw_html = \"deny\"\n"),
    );
    let run = site.build(&[]);
    assert_eq!(run.code(), 1);
    run.assert_reported(
        "content/artikelen/ruw.nl.md:7:1: error[raw-html]: HTML is not allowed in articles on this site",
    );

    site.write(
        "site.toml",
        format!("{site_toml}\n[markdown]\nraw_html = \"allow\"\n"),
    );
    site.build_ok();
    let page = site.page("nl/artikelen/ruw/index.html");
    assert_eq!(page.select("main script").len(), 1, "allowed as written");
}

#[test]
fn an_article_dated_in_the_future_waits_for_its_date_unless_asked_for() {
    let site = Fixture::new("basic");
    site.write(
        "content/artikelen/later.nl.md",
        "+++\ntitle = \"Later\"\ndescription = \"D\"\ndate = 2999-01-01\n+++\n\nTekst.\n",
    );
    site.build_ok();
    assert!(!site.public().join("nl/artikelen/later").exists());
    let list = site.page("nl/artikelen/index.html");
    assert!(
        !list.text("main").contains("Later"),
        "listed before its date"
    );

    for flag in ["--future", "--drafts"] {
        let run = site.build(&[flag]);
        assert_eq!(run.code(), 0, "{flag}: {}", run.stderr());
        assert!(
            site.public()
                .join("nl/artikelen/later/index.html")
                .is_file(),
            "{flag}"
        );
    }
}

#[test]
fn hidden_static_files_are_published_but_version_control_is_not() {
    let site = Fixture::new("basic");
    site.write("static/.htaccess", "ErrorDocument 404 /404.html\n");
    site.write(
        "static/.well-known/security.txt",
        "Contact: mailto:security@example.org\n",
    );
    site.write("static/.git/config", "[core]\n\tbare = false\n");
    site.write("static/.hg/hgrc", "[paths]\n");
    site.write("static/.svn/entries", "12\n");
    site.write(
        "themes/default/static/.well-known/theme.txt",
        "from the theme\n",
    );
    site.build_ok();

    let public = site.public();
    assert_eq!(
        std::fs::read_to_string(public.join(".htaccess")).expect(".htaccess"),
        "ErrorDocument 404 /404.html\n"
    );
    assert_eq!(
        std::fs::read_to_string(public.join(".well-known/security.txt")).expect("security.txt"),
        "Contact: mailto:security@example.org\n"
    );
    assert!(public.join(".well-known/theme.txt").is_file());
    for kept_out in [".git", ".hg", ".svn"] {
        assert!(!public.join(kept_out).exists(), "{kept_out} was published");
    }
    // The pages are built as before (the link check ran over them with these files in place).
    let home = site.page("nl/index.html");
    assert_eq!(home.attr("html", "lang"), "nl");
}

#[test]
fn hidden_content_files_stay_unread() {
    let site = Fixture::new("basic");
    // An editor's swap file would not parse as an article: were it read, the build would fail.
    site.write("content/artikelen/.slaap.nl.md.swp", "\u{0}binary swap");
    site.write("content/.verborgen/x.nl.md", "geen front matter");
    site.build_ok();
    assert!(!site.public().join("nl/artikelen/.slaap.nl.md.swp").exists());
}
