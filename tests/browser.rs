//! Real-browser tests: headless Chromium, driven through chromedriver, on this repository's own
//! site served by `kennis serve` under a sub-path (`/kennis/`), so every click also proves that
//! the site works in a folder of a host.
//!
//! They need Chromium and chromedriver (Debian: `chromium`, `chromium-driver`). Without them the
//! tests pass with a notice, unless `KENNIS_REQUIRE_BROWSER=1` (set by `.ci/run`) makes that a
//! failure. `KENNIS_CHROMEDRIVER` and `KENNIS_CHROMIUM` name other binaries.
//!
//! Every page a test visits is also checked for console errors (script errors, failed
//! requests), and a test fails if there were any.
//!
//! axe-core checks one page of each kind for accessibility, in the light and the dark colour
//! scheme. It is an npm package (see tests/validators/tools.rs for where it is looked for, and
//! `KENNIS_REQUIRE_VALIDATORS`); without it those two tests pass with a notice.

#[path = "common/mod.rs"]
mod common;
#[path = "browser/harness.rs"]
mod harness;
#[path = "validators/tools.rs"]
mod validator_tools;

use std::collections::BTreeMap;
use std::path::Path;

use harness::{BASE_PATH, OrPanic, PHONE_WIDTH, Screen, Session, run, run_on_own_site};
use serde_json::json;

/// The Dutch article about sleep, which has citations, an FAQ, comparison tables and a
/// translation.
const SLEEP_ARTICLE_NL: &str = "nl/artikelen/magnesium-en-een-goede-nachtrust/";
/// Its English translation.
const SLEEP_ARTICLE_EN: &str = "en/articles/magnesium-and-a-good-nights-sleep/";
const SLEEP_ARTICLE_NL_FILE: &str = "content/artikelen/magnesium-en-een-goede-nachtrust.nl.md";

/// Article titles by language and file key (`artikelen/magnesium-en-slaap`), read from the
/// front matter of this repository's content.
fn article_titles() -> BTreeMap<(String, String), String> {
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    let mut titles = BTreeMap::new();
    for entry in walkdir::WalkDir::new(&content) {
        let entry = entry.or_panic("read content/");
        let name = entry.file_name().to_string_lossy().to_string();
        let Some(stem) = name.strip_suffix(".md") else {
            continue;
        };
        let Some((key, lang)) = stem.rsplit_once('.') else {
            continue;
        };
        if key.starts_with('_') {
            continue;
        }
        let text = std::fs::read_to_string(entry.path()).or_panic("read an article");
        let front = text
            .split("+++")
            .nth(1)
            .unwrap_or_else(|| panic!("{name} has no front matter"));
        let table: toml::Table = toml::from_str(front).or_panic(format!("parse {name}"));
        let title = table["title"].as_str().unwrap_or_default().to_string();
        let section = entry
            .path()
            .parent()
            .and_then(Path::file_name)
            .map(|s| s.to_string_lossy().to_string())
            .unwrap_or_default();
        titles.insert((lang.to_string(), format!("{section}/{key}")), title);
    }
    titles
}

/// The path of the page's `<link rel="alternate">` for a language.
async fn alternate(s: &Session, lang: &str) -> String {
    s.eval(
        "const link = document.querySelector(`link[rel=alternate][hreflang=${arguments[0]}]`); \
         return link && new URL(link.href).pathname;",
        vec![json!(lang)],
    )
    .await
}

#[test]
fn the_language_switch_leads_from_every_dutch_article_to_its_translation() {
    let titles = article_titles();
    let english_title = move |dutch: &str| -> Option<String> {
        let ((_, key), _) = titles
            .iter()
            .find(|((lang, _), t)| lang == "nl" && *t == dutch)?;
        titles.get(&("en".to_string(), key.clone())).cloned()
    };
    run(Screen::Desktop, |s| async move {
        s.visit("nl/").await;
        let cards: Vec<(String, String)> = s
            .eval(
                "return [...document.querySelectorAll('.article-card-title a')]\
                   .map(a => [a.textContent.trim(), a.getAttribute('href')]);",
                vec![],
            )
            .await;
        assert!(
            cards.len() >= 5,
            "the home page lists {} articles",
            cards.len()
        );
        for (title, href) in cards {
            assert!(href.starts_with(BASE_PATH), "{href} leaves {BASE_PATH}");
            s.visit("nl/").await;
            s.click(&format!(".article-card-title a[href='{href}']"))
                .await;
            s.wait_for_path(&href).await;
            assert_eq!(s.text("h1").await, title);
            let lang: String = s
                .eval("return document.documentElement.lang;", vec![])
                .await;
            assert_eq!(lang, "nl");
            let translation = alternate(&s, "en").await;

            s.click(".language-switcher a[hreflang='en']").await;
            let english: String = s
                .wait_for(
                    "the English page",
                    "return document.readyState === 'complete' \
                       && location.pathname.startsWith(arguments[0]) && location.pathname;",
                    vec![json!(s.path("en/"))],
                )
                .await;
            s.check_console().await;
            let lang: String = s
                .eval("return document.documentElement.lang;", vec![])
                .await;
            assert_eq!(lang, "en", "{english} is not marked as English");
            let expected = english_title(&title)
                .unwrap_or_else(|| panic!("no English translation of {title:?} in content/"));
            assert_eq!(s.text("h1").await, expected, "{href} switched to {english}");
            // The switch leads where the Dutch page says its translation is, and the English
            // page names the Dutch page it came from as its Dutch version.
            assert_eq!(english, translation);
            assert_eq!(alternate(&s, "nl").await, href);
        }
    });
}

/// Whether the element with an id is in the viewport (at least partly, top edge inside).
const IN_VIEW: &str = "const e = document.getElementById(arguments[0]); \
    if (e === null) return 'missing'; \
    const r = e.getBoundingClientRect(); \
    return r.top >= -1 && r.top < window.innerHeight && r.bottom > 0;";

#[test]
fn a_citation_jumps_to_its_reference_entry_and_back() {
    run(Screen::Desktop, |s| async move {
        for article in [SLEEP_ARTICLE_NL, SLEEP_ARTICLE_EN] {
            s.visit(article).await;
            let link = s.find("sup.citation a[href^='#ref-']").await;
            let href = link
                .attr("href")
                .await
                .or_panic("read href")
                .unwrap_or_default();
            let cite_id = link
                .attr("id")
                .await
                .or_panic("read id")
                .unwrap_or_default();
            let entry_id = href.trim_start_matches('#').to_string();
            let in_view: serde_json::Value = s.eval(IN_VIEW, vec![json!(entry_id)]).await;
            assert_eq!(
                in_view,
                json!(false),
                "{entry_id} is in view before the click"
            );

            link.click().await.or_panic("click the citation");
            s.wait_for::<bool>(
                &format!("location.hash {href}"),
                "return location.hash === arguments[0];",
                vec![json!(href)],
            )
            .await;
            let in_view: serde_json::Value = s.eval(IN_VIEW, vec![json!(entry_id)]).await;
            assert_eq!(
                in_view,
                json!(true),
                "{entry_id} is not in view after the click"
            );
            let listed: bool = s
                .eval(
                    "return document.getElementById(arguments[0])\
                       .closest('section.references') !== null;",
                    vec![json!(entry_id)],
                )
                .await;
            assert!(listed, "{entry_id} is not in the reference list");

            // The entry's way back leads to where it was cited.
            s.click(&format!(
                "#{entry_id} a.citation-backref[href='#{cite_id}']"
            ))
            .await;
            s.wait_for::<bool>(
                &format!("location.hash #{cite_id}"),
                "return location.hash === '#' + arguments[0];",
                vec![json!(cite_id)],
            )
            .await;
            let in_view: serde_json::Value = s.eval(IN_VIEW, vec![json!(cite_id)]).await;
            assert_eq!(
                in_view,
                json!(true),
                "{cite_id} is not in view after the way back"
            );
            let path: String = s.eval("return location.pathname;", vec![]).await;
            assert_eq!(path, s.path(article), "a citation left the page");

            // A way back to a citation in a closed FAQ answer opens the question.
            let hidden: String = s
                .eval(
                    "const back = [...document.querySelectorAll('a.citation-backref')] \
                       .find(a => document.getElementById(a.hash.slice(1))?.closest('details:not([open])')); \
                     return back && back.hash.slice(1);",
                    vec![],
                )
                .await;
            s.click(&format!("a.citation-backref[href='#{hidden}']"))
                .await;
            s.wait_for::<bool>(
                &format!("location.hash #{hidden}"),
                "return location.hash === '#' + arguments[0];",
                vec![json!(hidden)],
            )
            .await;
            let opened: bool = s
                .eval(
                    "return document.getElementById(arguments[0]).closest('details').open;",
                    vec![json!(hidden)],
                )
                .await;
            let in_view: serde_json::Value = s.eval(IN_VIEW, vec![json!(hidden)]).await;
            assert_eq!(
                (opened, in_view),
                (true, json!(true)),
                "{hidden} in an FAQ answer: (question open, citation in view)"
            );
        }
    });
}

/// Whether the first FAQ item is open, and whether its answer takes up room on the page.
const FAQ_STATE: &str = "const d = document.querySelector('details.faq-item'); \
    const a = d.querySelector('.faq-answer'); \
    return [d.open, a.getBoundingClientRect().height > 0 && a.checkVisibility()];";

#[test]
fn an_faq_question_opens_on_a_click_and_its_citation_leads_to_the_source() {
    run(Screen::Desktop, |s| async move {
        for page in [SLEEP_ARTICLE_NL, "nl/veelgestelde-vragen/", "en/faq/"] {
            s.visit(page).await;
            let closed: (bool, bool) = s.eval(FAQ_STATE, vec![]).await;
            assert_eq!(
                closed,
                (false, false),
                "the first question of {page} starts open"
            );
            let answer = s.find("details.faq-item .faq-answer").await;
            assert!(!answer.is_displayed().await.or_panic("see the answer"));

            s.click("details.faq-item summary").await;
            let open: (bool, bool) = s.eval(FAQ_STATE, vec![]).await;
            assert_eq!(
                open,
                (true, true),
                "the first question of {page} did not open"
            );
            assert!(answer.is_displayed().await.or_panic("see the answer"));
            let path: String = s.eval("return location.pathname;", vec![]).await;
            assert_eq!(path, s.path(page), "opening the question left the page");
        }

        // On the FAQ page a citation leads into the article's reference list.
        let link = s.find("details.faq-item .faq-answer sup.citation a").await;
        let href = link
            .attr("href")
            .await
            .or_panic("read href")
            .unwrap_or_default();
        let (article, entry_id) = href
            .split_once("#")
            .unwrap_or_else(|| panic!("{href} has no fragment"));
        link.click().await.or_panic("click the citation");
        s.wait_for_path(article).await;
        let in_view: serde_json::Value = s.eval(IN_VIEW, vec![json!(entry_id)]).await;
        assert_eq!(in_view, json!(true), "{href}: the entry is not in view");
    });
}

/// The search page's path for a language (relative to the site's base), read from the search
/// box in the header of its home page.
async fn search_page(s: &Session, lang: &str) -> String {
    s.visit(&format!("{lang}/")).await;
    let action: String = s
        .eval(
            "return new URL(document.querySelector('form.site-search').action).pathname;",
            vec![],
        )
        .await;
    action
        .strip_prefix(BASE_PATH)
        .unwrap_or_else(|| panic!("the search box leads to {action}, outside {BASE_PATH}"))
        .to_string()
}

/// The result links on the search page, once it shows the results of what was typed last
/// (`settled` waits for the index's entry file and the fragments the query needs).
const RESULT_LINKS: &str = "return kennisSearch.settled().then(() => \
    [...document.querySelectorAll('.search-results a')].map(a => a.getAttribute('href')));";

#[test]
fn a_search_from_the_header_finds_the_article_about_sleep() {
    run(Screen::Desktop, |s| async move {
        for (lang, query, article) in [
            ("nl", "slapen", SLEEP_ARTICLE_NL),
            ("en", "sleeping", SLEEP_ARTICLE_EN),
        ] {
            let search = search_page(&s, lang).await;
            let field = s.find("form.site-search input[type=search]").await;
            field.send_keys(query).await.or_panic("type a query");
            field
                .send_keys(&fantoccini::key::Key::Enter.to_string())
                .await
                .or_panic("press Enter");
            s.wait_for_path(&s.path(&search)).await;
            let shown: String = s
                .eval(
                    "return document.querySelector('#search_query').value;",
                    vec![],
                )
                .await;
            assert_eq!(shown, query, "the search page does not show the query");
            let links: Vec<String> = s.eval(RESULT_LINKS, vec![]).await;
            assert!(
                links.contains(&s.path(article)),
                "{query:?} did not find {article}: {links:?}"
            );
            let own_language = s.path(&format!("{lang}/"));
            assert!(
                links.iter().all(|link| link.starts_with(&own_language)),
                "results outside {own_language}: {links:?}"
            );

            // Typing on the search page searches again, without submitting.
            let field = s.find("#search_query").await;
            field.clear().await.or_panic("clear the search field");
            field.send_keys("magnesium").await.or_panic("type a query");
            let query_in_address: String = s
                .wait_for(
                    "the address to follow the query",
                    "return new URLSearchParams(location.search).get('q') === 'magnesium' && location.search;",
                    vec![],
                )
                .await;
            assert_eq!(query_in_address, "?q=magnesium");
            let links: Vec<String> = s.eval(RESULT_LINKS, vec![]).await;
            assert!(links.len() >= 5, "\"magnesium\" found only {links:?}");
        }
    });
}

/// How many articles the paging test adds, all with a word no other article has: more than
/// the search page's first page of results (`kennis::search::query::RESULTS_PER_PAGE`).
const PAGING_ARTICLES: usize = 27;

#[test]
fn more_results_adds_the_next_page_of_results() {
    use kennis::search::query::RESULTS_PER_PAGE;
    run_on_own_site(Screen::Desktop, |s| async move {
        let entry = s.url("nl/search-index/index.json");
        // How many documents the served index has (arguments[0] its entry file), or whether it
        // has arguments[1].
        let documents = "return fetch(arguments[0], { cache: 'no-store' }).then(r => r.json()) \
            .then(entry => arguments.length > 1 ? entry.documents === arguments[1] : entry.documents);";
        // A page of the site first: the browser fetches from it.
        s.visit("nl/").await;
        let before: u64 = s.eval(documents, vec![json!(entry)]).await;
        for i in 0..PAGING_ARTICLES {
            // The word more often in some than in others, so the results have an order.
            let text = "Dit proefartikel hoort bij de zoekproef. ".repeat(1 + i % 4);
            std::fs::write(
                s.site_root()
                    .join(format!("content/artikelen/zoekproef-{i:02}.nl.md")),
                format!(
                    "+++\ntitle = \"Proefartikel {i}\"\ndescription = \"Een artikel om de \
                     zoekpagina te proberen.\"\ndate = 2026-01-01\n+++\n\n{text}\n"
                ),
            )
            .or_panic("write an article");
        }
        s.wait_for::<bool>(
            "the index with the new articles",
            documents,
            vec![json!(entry), json!(before + PAGING_ARTICLES as u64)],
        )
        .await;

        let search = search_page(&s, "nl").await;
        s.visit(&format!("{search}?q=zoekproef")).await;
        let first: Vec<String> = s.eval(RESULT_LINKS, vec![]).await;
        assert_eq!(first.len(), RESULTS_PER_PAGE, "{first:?}");
        let status = s.text(".search-status").await;
        assert!(
            status.contains(&PAGING_ARTICLES.to_string()),
            "the status does not give the total: {status:?}"
        );
        let button: (String, String, bool) = s
            .eval(
                "const b = document.querySelector('.search-more'); \
                 return [b.tagName, b.textContent, b.hidden];",
                vec![],
            )
            .await;
        assert_eq!(
            button,
            ("BUTTON".to_string(), "Meer resultaten".to_string(), false)
        );

        s.click(".search-more").await;
        let all: Vec<String> = s.eval(RESULT_LINKS, vec![]).await;
        assert_eq!(all.len(), PAGING_ARTICLES, "{all:?}");
        assert_eq!(all[..RESULTS_PER_PAGE], first[..]);
        // In the order of the ranking, each article once.
        let ranked: Vec<String> = s
            .eval(
                "return kennisSearch.search('nl', 'zoekproef') \
                   .then(hits => hits.map(hit => document.querySelector('#search').dataset.base + hit.path));",
                vec![],
            )
            .await;
        assert_eq!(all, ranked);
        // Everything is shown: the button is gone, and the focus is on the first new result
        // rather than lost with it.
        let (hidden, focused): (bool, String) = s
            .eval(
                "return [document.querySelector('.search-more').hidden, \
                   document.activeElement.getAttribute('href')];",
                vec![],
            )
            .await;
        assert!(hidden, "the button still shows");
        assert_eq!(focused, all[RESULTS_PER_PAGE]);
    });
}

/// Every distinct word in this repository's articles, in any language.
fn words_of_the_site() -> Vec<String> {
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    let mut text = String::new();
    for entry in walkdir::WalkDir::new(&content) {
        let entry = entry.or_panic("read content/");
        if entry
            .path()
            .extension()
            .is_some_and(|e| e == "md" || e == "toml")
        {
            text.push_str(&std::fs::read_to_string(entry.path()).or_panic("read a content file"));
            text.push('\n');
        }
    }
    // Words the stemmers treat specially: diacritics, doubled vowels, -heid, -ing, y/i.
    text.push_str(
        " slapen slaap slaapt geslapen één geïnteresseerd ideeën cafeïne knieën \
        mogelijkheden vriendelijkheid lopende zuivelproducten enjoyed happily skies dying \
        generously communism arguing news proceeding exceed succeeding ",
    );
    let analyzer = kennis::search::Analyzer::built_in("nl")
        .unwrap_or_else(|| panic!("no Dutch search settings"));
    analyzer
        .stems_of(&text)
        .into_iter()
        .map(|(word, _)| word)
        .collect()
}

#[test]
fn the_search_page_stems_every_word_of_the_site_as_the_build_does() {
    let words = words_of_the_site();
    assert!(words.len() > 2000, "only {} words", words.len());
    let expected: Vec<(&str, Vec<String>)> = ["nl", "en"]
        .into_iter()
        .map(|lang| {
            let analyzer = kennis::search::Analyzer::built_in(lang)
                .unwrap_or_else(|| panic!("no search settings for {lang}"));
            (lang, words.iter().map(|word| analyzer.stem(word)).collect())
        })
        .collect();
    run(Screen::Desktop, |s| async move {
        for (lang, stems) in expected {
            let search = search_page(&s, lang).await;
            s.visit(&search).await;
            let in_browser: Vec<String> = s
                .eval(
                    "return kennisSearch.ready.then(() => \
                       arguments[1].map(word => kennisSearch.stem(arguments[0], word)));",
                    vec![json!(lang), json!(words)],
                )
                .await;
            let differences: Vec<String> = words
                .iter()
                .zip(stems.iter().zip(&in_browser))
                .filter(|(_, (rust, browser))| rust != browser)
                .map(|(word, (rust, browser))| format!("{word}: Rust {rust}, browser {browser}"))
                .collect();
            assert!(
                differences.is_empty() && in_browser.len() == words.len(),
                "{lang}: the browser stems {} of {} words differently:\n{}",
                differences.len(),
                words.len(),
                differences.join("\n")
            );
        }
    });
}

/// What stands out past the right edge of the page, for the failure message: the outermost
/// elements wider than the viewport that are not inside a scrolling box.
const OVERFLOW: &str = "const width = document.documentElement.clientWidth; \
    const scrolls = (e) => { for (let p = e.parentElement; p; p = p.parentElement) { \
        const s = getComputedStyle(p); \
        if (['auto', 'scroll', 'hidden', 'clip'].includes(s.overflowX)) return p !== document.body && p !== document.documentElement; } \
      return false; }; \
    const wide = [...document.body.querySelectorAll('*')] \
      .filter(e => e.getBoundingClientRect().right > width + 0.5 && !scrolls(e)) \
      .filter(e => !e.parentElement || e.parentElement.getBoundingClientRect().right <= width + 0.5); \
    return { scrollWidth: document.documentElement.scrollWidth, clientWidth: width, \
      innerWidth: window.innerWidth, \
      wide: wide.slice(0, 5).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') \
        + (typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\\s+/).join('.') : '') \
        + ' in ' + JSON.stringify((e.closest('p, li, td, th, div') || e).textContent.trim().slice(0, 60)) \
        + ' (right edge ' + Math.round(e.getBoundingClientRect().right) + ')') };";

/// What [`OVERFLOW`] measures.
#[derive(serde::Deserialize)]
#[serde(rename_all = "camelCase")]
struct Overflow {
    scroll_width: u32,
    client_width: u32,
    inner_width: u32,
    wide: Vec<String>,
}

/// Every page of the site, relative to its base: the sitemap's pages, the root page, and the
/// search pages (which are not in the sitemap), empty and with results.
async fn every_page(s: &Session) -> Vec<String> {
    s.visit("").await;
    let sitemap: String = s
        .eval(
            "return fetch(arguments[0]).then(r => r.text());",
            vec![json!(s.url("sitemap.xml"))],
        )
        .await;
    let xml = roxmltree::Document::parse(&sitemap).or_panic("parse sitemap.xml");
    let base = s.url("");
    let mut pages: Vec<String> = xml
        .descendants()
        .filter(|node| node.has_tag_name("loc"))
        .filter_map(|node| node.text())
        .map(|url| {
            url.strip_prefix(&base)
                .unwrap_or_else(|| panic!("the sitemap lists {url}, outside {base}"))
                .to_string()
        })
        .collect();
    pages.push(String::new());
    for lang in ["nl", "en"] {
        let search = search_page(s, lang).await;
        pages.push(format!("{search}?q=magnesium"));
        pages.push(search);
    }
    pages.sort();
    pages.dedup();
    pages
}

#[test]
fn no_page_scrolls_sideways_on_a_375_px_phone() {
    run(Screen::Phone, |s| async move {
        let pages = every_page(&s).await;
        // The pages the issue names, in both languages, are among them.
        for page in [
            "nl/",
            "en/",
            SLEEP_ARTICLE_NL,
            "nl/vergelijkingen/magnesiumvormen/",
            "en/comparisons/magnesium-forms/",
            "nl/veelgestelde-vragen/",
            "en/faq/",
            "nl/bronnen/",
            "en/sources/",
        ] {
            assert!(
                pages.iter().any(|p| p == page),
                "{page} is not in the sitemap"
            );
        }
        let mut tables = 0;
        let mut too_wide = Vec::new();
        // The 404 page too (its own 404 response is the one console error expected).
        let missing = "nl/bestaat-niet/";
        for page in pages.iter().map(String::as_str).chain([missing]) {
            s.visit(page).await;
            if page == missing {
                let own_response = format!("{} - Failed to load resource", s.url(missing));
                let errors = s.take_console_errors().await;
                assert!(
                    errors.iter().all(|e| e.contains(&own_response)),
                    "console errors on the 404 page: {errors:?}"
                );
            }
            // Search results come after the index has loaded.
            s.eval::<bool>(
                "return window.kennisSearch ? kennisSearch.ready.then(() => true) : true;",
                vec![],
            )
            .await;
            // Closed questions hide their answers; open them so their width counts too.
            tables += s
                .eval::<u32>(
                    "document.querySelectorAll('details').forEach(d => d.open = true); \
                     return document.querySelectorAll('.prose table').length;",
                    vec![],
                )
                .await;
            let found: Overflow = s.eval(OVERFLOW, vec![]).await;
            assert_eq!(
                found.client_width, PHONE_WIDTH,
                "{page}: the viewport is not a phone's"
            );
            if found.scroll_width > found.client_width {
                too_wide.push(format!(
                    "{page}: {} px wide (the browser widened its viewport to {} px); sticking \
                     out: {}",
                    found.scroll_width,
                    found.inner_width,
                    found.wide.join(", ")
                ));
            }
        }
        assert!(
            tables > 0,
            "no article with a comparison table was measured"
        );
        assert!(
            too_wide.is_empty(),
            "pages wider than a {PHONE_WIDTH} px phone:\n{}",
            too_wide.join("\n")
        );
    });
}

/// Names an axe.min.js other than the one installed under `target/validators/`.
const AXE_JS: &str = "KENNIS_AXE_JS";

/// Where `.ci/run` installs axe-core, relative to the repository root.
const AXE_JS_DEFAULT: &str = "target/validators/node_modules/axe-core/axe.min.js";

/// One page of each kind in both languages, relative to the site's base. The search pages and
/// the 404 page are checked apart: they need more than a visit.
const PAGES_OF_EACH_KIND: [&str; 12] = [
    "nl/",
    "en/",
    SLEEP_ARTICLE_NL,
    SLEEP_ARTICLE_EN,
    "nl/veelgestelde-vragen/",
    "en/faq/",
    "nl/vergelijkingen/magnesiumvormen/",
    "en/comparisons/magnesium-forms/",
    "nl/bronnen/",
    "en/sources/",
    "nl/onderwerpen/magnesium/",
    "en/topics/magnesium/",
];

/// The impacts axe-core gives that fail the test: all but `minor` (`moderate` covers two
/// regions of a page sharing one name, `landmark-unique`).
const FAILING_IMPACTS: [&str; 3] = ["moderate", "serious", "critical"];

/// A rule axe-core found broken on a page (an entry of `axe.run`'s `violations`).
#[derive(serde::Deserialize)]
struct Violation {
    id: String,
    impact: Option<String>,
    help: String,
    nodes: Vec<ViolatingNode>,
}

/// An element that breaks the rule: a CSS selector per document it is in (frames, shadow
/// roots), outermost first.
#[derive(serde::Deserialize)]
struct ViolatingNode {
    target: Vec<serde_json::Value>,
}

/// The colour scheme the reader's system asks for; the theme has a palette for each.
#[derive(Debug, Clone, Copy, PartialEq)]
enum ColorScheme {
    Light,
    Dark,
}

/// Runs axe-core (`axe`, the source of axe.min.js) on the page shown and describes each of its
/// serious and critical violations, with every element concerned.
async fn accessibility_violations(
    s: &Session,
    axe: &str,
    page: &str,
    scheme: ColorScheme,
) -> Vec<String> {
    let dark: bool = s
        .eval(
            "return matchMedia('(prefers-color-scheme: dark)').matches;",
            vec![],
        )
        .await;
    assert_eq!(
        dark,
        scheme == ColorScheme::Dark,
        "{page}: the browser does not ask for the {scheme:?} colour scheme"
    );
    // Closed questions hide their answers from axe; open them, as a reader would.
    s.eval::<()>(
        "document.querySelectorAll('details').forEach(d => d.open = true); return null;",
        vec![],
    )
    .await;
    // Loaded and run in one script, as a function body (axe.min.js can run so): in two, a
    // document replaced between them lost `window.axe` ("axe is not defined"). Not through
    // `eval`, which would quote all of axe in a failure; WebDriver waits for the promise.
    let found = s
        .client
        .execute(
            &format!(
                "{axe}\n;return axe.run(document, {{ resultTypes: ['violations'] }}).then(r => r.violations);"
            ),
            vec![],
        )
        .await
        .or_panic(format!("run axe-core on {page}"));
    let violations: Vec<Violation> =
        serde_json::from_value(found).or_panic(format!("read axe-core's violations on {page}"));
    violations
        .into_iter()
        .filter_map(|violation| {
            let impact = violation.impact.as_deref()?;
            if !FAILING_IMPACTS.contains(&impact) {
                return None;
            }
            let elements: Vec<String> = violation
                .nodes
                .iter()
                .map(|node| {
                    let selectors: Vec<String> = node
                        .target
                        .iter()
                        .map(|t| t.as_str().map_or_else(|| t.to_string(), str::to_string))
                        .collect();
                    format!("    {}", selectors.join(" >> "))
                })
                .collect();
            Some(format!(
                "{page}: {} ({impact}): {} — {} elements:\n{}",
                violation.id,
                violation.help,
                elements.len(),
                elements.join("\n")
            ))
        })
        .collect()
}

/// The source of axe-core's `axe.min.js`, or `None` (after a notice) when it is not installed
/// and not required.
fn axe_source() -> Option<String> {
    let axe_file = validator_tools::or_skip(
        validator_tools::package_file(AXE_JS, AXE_JS_DEFAULT),
        "the accessibility checks (axe-core in tests/browser.rs)",
    )?;
    Some(std::fs::read_to_string(&axe_file).or_panic(format!("read {}", axe_file.display())))
}

/// Visits one page of each kind in both languages, the search pages with results and the 404
/// page, and fails listing every violation axe-core finds of an impact in [`FAILING_IMPACTS`].
fn no_serious_accessibility_violations(scheme: ColorScheme) {
    let Some(axe) = axe_source() else {
        return;
    };
    run(Screen::Desktop, move |s| async move {
        if scheme == ColorScheme::Dark {
            s.emulate_media_feature("prefers-color-scheme", "dark")
                .await;
        }
        let mut violations = Vec::new();
        for page in PAGES_OF_EACH_KIND {
            s.visit(page).await;
            violations.extend(accessibility_violations(&s, &axe, page, scheme).await);
        }

        // The search pages with a query typed and its results shown.
        for (lang, query) in [("nl", "slapen"), ("en", "sleeping")] {
            let search = search_page(&s, lang).await;
            s.visit(&search).await;
            let field = s.find("#search_query").await;
            field.send_keys(query).await.or_panic("type a query");
            s.wait_for::<bool>(
                "the address to follow the query",
                "return new URLSearchParams(location.search).get('q') === arguments[0];",
                vec![json!(query)],
            )
            .await;
            let links: Vec<String> = s.eval(RESULT_LINKS, vec![]).await;
            assert!(!links.is_empty(), "{query:?} found nothing on {search}");
            let page = format!("{search}?q={query}");
            violations.extend(accessibility_violations(&s, &axe, &page, scheme).await);
        }

        // The 404 page (its own 404 response is the one console error expected).
        let missing = "nl/bestaat-niet/";
        s.visit(missing).await;
        let own_response = format!("{} - Failed to load resource", s.url(missing));
        let errors = s.take_console_errors().await;
        assert!(
            errors.iter().all(|e| e.contains(&own_response)),
            "console errors on the 404 page: {errors:?}"
        );
        violations.extend(accessibility_violations(&s, &axe, missing, scheme).await);

        assert!(
            violations.is_empty(),
            "axe-core found {} serious or critical violations in the {scheme:?} colour scheme:\n{}",
            violations.len(),
            violations.join("\n")
        );
    });
}

#[test]
fn no_page_has_serious_accessibility_violations_in_the_light_colour_scheme() {
    no_serious_accessibility_violations(ColorScheme::Light);
}

#[test]
fn no_page_has_serious_accessibility_violations_in_the_dark_colour_scheme() {
    no_serious_accessibility_violations(ColorScheme::Dark);
}

/// Images (a figure with caption and credit, an image in running text, a decorative one) in
/// both languages and both colour schemes, added to the served site as an editor would.
#[test]
fn images_have_no_accessibility_violations() {
    let Some(axe) = axe_source() else {
        return;
    };
    run_on_own_site(Screen::Desktop, move |s| async move {
        s.run_before_every_page(COUNT_STATUSES).await;
        s.visit("nl/").await;
        s.wait_for::<bool>(
            "the live reload channel",
            "return window.kennisStatuses >= 1;",
            vec![],
        )
        .await;
        s.eval::<()>("window.kennisReloaded = false; return null;", vec![])
            .await;
        let root = s.site_root().to_path_buf();
        for (file, contents) in [
            ("static/afbeeldingen/logo.png", &common::PNG_2X3[..]),
            ("content/artikelen/beelden/rood.png", &common::PNG_2X3[..]),
            (
                "content/artikelen/beelden.en.md",
                common::IMAGES_EN.as_bytes(),
            ),
            (
                "content/artikelen/beelden.nl.md",
                common::IMAGES_NL.as_bytes(),
            ),
        ] {
            let path = root.join(file);
            if let Some(folder) = path.parent() {
                std::fs::create_dir_all(folder).or_panic(format!("make the folder of {file}"));
            }
            std::fs::write(&path, contents).or_panic(format!("write {file}"));
        }
        s.wait_for::<bool>(
            "the site to be rebuilt with the images",
            "return window.kennisReloaded === undefined;",
            vec![],
        )
        .await;
        let mut violations = Vec::new();
        for scheme in [ColorScheme::Light, ColorScheme::Dark] {
            let name = if scheme == ColorScheme::Dark {
                "dark"
            } else {
                "light"
            };
            s.emulate_media_feature("prefers-color-scheme", name).await;
            for page in ["nl/artikelen/beelden/", "en/articles/images/"] {
                s.visit(page).await;
                s.find("article figure figcaption .credit").await;
                violations.extend(accessibility_violations(&s, &axe, page, scheme).await);
            }
        }
        assert!(
            violations.is_empty(),
            "axe-core found {} violations on pages with images:\n{}",
            violations.len(),
            violations.join("\n")
        );
    });
}

#[test]
fn the_console_check_catches_a_script_error() {
    run(Screen::Desktop, |s| async move {
        s.visit("nl/").await;
        s.eval::<()>(
            "setTimeout(() => { throw new Error('kennis test error'); }); return null;",
            vec![],
        )
        .await;
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
        let errors = s.take_console_errors().await;
        assert!(
            errors.iter().any(|e| e.contains("kennis test error")),
            "the console check missed a thrown error: {errors:?}"
        );
    });
}

/// Counts the live reload channel's messages in `window.kennisStatuses`, so a test knows the
/// page listens before it changes a file.
const COUNT_STATUSES: &str = "(() => { \
    const Original = window.EventSource; \
    window.kennisStatuses = 0; \
    window.EventSource = class extends Original { \
      constructor(...args) { super(...args); \
        this.addEventListener('status', () => { window.kennisStatuses += 1; }); } }; })();";

#[test]
fn live_reload_shows_an_edit_and_an_overlay_while_the_article_has_an_error() {
    run_on_own_site(Screen::Desktop, |s| async move {
        let file = s.site_root().join(SLEEP_ARTICLE_NL_FILE);
        let original = std::fs::read_to_string(&file).or_panic("read the article");
        let title = "Magnesium en een goede nachtrust";
        let listening = "return window.kennisStatuses >= 1 && window.kennisReloaded === undefined;";
        s.run_before_every_page(COUNT_STATUSES).await;
        s.visit(SLEEP_ARTICLE_NL).await;
        assert_eq!(s.text("h1").await, title);
        s.wait_for::<bool>(
            "the live reload channel",
            "return window.kennisStatuses >= 1;",
            vec![],
        )
        .await;

        // An edit: the page reloads by itself and shows it.
        let edited_title = "Magnesium en een goede nachtrust, bijgewerkt";
        let edited = original.replacen(
            &format!("title = \"{title}\""),
            &format!("title = \"{edited_title}\""),
            1,
        );
        assert_ne!(edited, original, "the title line is not in the article");
        s.eval::<()>("window.kennisReloaded = false; return null;", vec![])
            .await;
        std::fs::write(&file, &edited).or_panic("edit the article");
        s.wait_for::<bool>(
            "the page to reload with the new title",
            "return window.kennisReloaded === undefined && \
               document.querySelector('h1').textContent.trim() === arguments[0];",
            vec![json!(edited_title)],
        )
        .await;
        s.wait_for::<bool>("the live reload channel", listening, vec![])
            .await;

        // An unknown citation: the last good page stays, with an overlay naming the place.
        let broken_line = "Zie ook een bron die niet bestaat [@bestaat-niet].";
        let with_error = format!("{edited}\n{broken_line}\n");
        let line = with_error.lines().count();
        // The finding points at the key.
        let column = broken_line.find("bestaat-niet").map_or(0, |at| at + 1);
        std::fs::write(&file, &with_error).or_panic("write an unknown citation");
        let overlay: String = s
            .wait_for(
                "the error overlay",
                "const o = document.getElementById('kennis-live-overlay'); \
                 return o && o.textContent;",
                vec![],
            )
            .await;
        let place = format!("{SLEEP_ARTICLE_NL_FILE}:{line}:{column}");
        assert!(
            overlay.contains(&place) && overlay.contains("bestaat-niet"),
            "the overlay does not name {place}: {overlay}"
        );
        assert_eq!(
            s.text("h1").await,
            edited_title,
            "the last good page is not on show"
        );

        // Fixed: the overlay goes.
        s.eval::<()>("window.kennisReloaded = false; return null;", vec![])
            .await;
        std::fs::write(&file, &original).or_panic("restore the article");
        s.wait_for::<bool>(
            "the overlay to go and the page to show the fixed article",
            "return document.getElementById('kennis-live-overlay') === null && \
               document.querySelector('h1').textContent.trim() === arguments[0];",
            vec![json!(title)],
        )
        .await;
        s.check_console().await;
    });
}
