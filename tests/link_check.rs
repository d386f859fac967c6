//! The link check that `kennis build` runs over the finished site: a broken link, a missing
//! anchor or a link leaving the base path fails the build with file:line:col where it was
//! written, and the previous output stays as it was.

mod common;

use common::{Fixture, snapshot};

const HEAD: &str = "+++\ntitle = \"Links\"\ndescription = \"D\"\ndate = 2025-01-01\n+++\n";

/// The repository's default theme's `base.html`, for overriding it with a small change.
fn theme_base(site: &Fixture) -> String {
    site.read("themes/default/templates/base.html")
}

#[test]
fn broken_links_in_content_are_reported_where_they_are_written() {
    let site = Fixture::new("basic");
    site.build_ok();
    let before = snapshot(&site.public());
    // Line 7: a Markdown link to a page that does not exist; line 9: a raw HTML link; line 11:
    // an anchor the other page does not have.
    site.write(
        "content/artikelen/links.nl.md",
        format!(
            "{HEAD}\nZie [weg](/nl/bestaat-niet/).\n\nOf <a href=\"/nl/ook-niet/\">deze</a>.\n\n\
             En [het anker](/nl/artikelen/slaap/#geen-anker), maar [dit](/nl/artikelen/slaap/#diepe-slaap) bestaat.\n"
        ),
    );
    let run = site.build(&[]);
    assert_eq!(run.code(), 1, "{}", run.stderr());
    assert_eq!(
        run.errors(),
        [
            "content/artikelen/links.nl.md:7:5: error[broken-link]: link \"/nl/bestaat-niet/\": \
             nothing is published at /nl/bestaat-niet/; link to a page of the site with \
             @/section/key.md, which kennis checks and resolves",
            "content/artikelen/links.nl.md:9:13: error[broken-link]: link \"/nl/ook-niet/\": \
             nothing is published at /nl/ook-niet/; link to a page of the site with \
             @/section/key.md, which kennis checks and resolves",
            "content/artikelen/links.nl.md:11:4: error[missing-anchor]: link \
             \"/nl/artikelen/slaap/#geen-anker\": /nl/artikelen/slaap/ has no element with id \
             \"geen-anker\"",
        ],
        "{}",
        run.stderr()
    );
    assert_eq!(
        snapshot(&site.public()),
        before,
        "the previous site is untouched"
    );
}

#[test]
fn links_the_markdown_stage_checks_are_reported_once() {
    let site = Fixture::new("basic");
    site.write(
        "content/artikelen/links.nl.md",
        format!(
            "{HEAD}\n[a](@/artikelen/slaap.md#geen-anker) [b](#nergens) [c](@/artikelen/weg.md)\n"
        ),
    );
    let run = site.build(&[]);
    assert_eq!(run.code(), 1);
    let errors = run.errors();
    assert_eq!(errors.len(), 3, "{}", run.stderr());
    for (error, start) in errors.iter().zip([
        "content/artikelen/links.nl.md:7:1: error[missing-anchor]",
        "content/artikelen/links.nl.md:7:38: error[missing-anchor]",
        "content/artikelen/links.nl.md:7:52: error[broken-link]",
    ]) {
        assert!(error.starts_with(start), "{error}");
    }
}

#[test]
fn a_broken_link_in_a_template_is_reported_once_naming_the_template() {
    let site = Fixture::new("basic");
    site.write(
        "templates/base.html",
        theme_base(&site).replacen(
            "<footer class=\"site-footer\">",
            "<footer class=\"site-footer\"><a href=\"/colofon/\">Colofon</a>",
            1,
        ),
    );
    let run = site.build(&[]);
    assert_eq!(run.code(), 1);
    let errors = run.errors();
    assert_eq!(errors.len(), 1, "{}", run.stderr());
    let line = theme_base(&site)
        .lines()
        .position(|l| l.contains("<footer class=\"site-footer\">"))
        .map(|i| i + 1)
        .unwrap_or_default();
    assert!(
        !site.public().exists(),
        "a failed first build writes nothing"
    );
    let expected = format!(
        "templates/base.html:{line}:38: error[broken-link]: link \"/colofon/\": nothing is \
         published at /colofon/ (on "
    );
    assert!(errors[0].starts_with(&expected), "{}", errors[0]);
    assert!(
        errors[0].contains(" pages, e.g. 404.html)"),
        "{}",
        errors[0]
    );
}

#[test]
fn a_link_that_escapes_the_base_path_is_an_error() {
    let site = Fixture::new("basic");
    // Works at the root of a host, but not under /kennis/.
    site.write(
        "content/artikelen/links.nl.md",
        format!("{HEAD}\n[slaap](/nl/artikelen/slaap/) en [wel](/kennis/nl/artikelen/slaap/)\n"),
    );
    let run = site.build(&["--base-url", "https://example.org/kennis/"]);
    assert_eq!(run.code(), 1);
    assert_eq!(run.errors().len(), 1, "{}", run.stderr());
    run.assert_reported(
        "content/artikelen/links.nl.md:7:1: error[link-outside-site]: link \
         \"/nl/artikelen/slaap/\": it leads to /nl/artikelen/slaap/, outside the site (every \
         address of the site starts with /kennis/)",
    );
    // An absolute URL on the same host but outside the base path leaves the site too.
    site.write(
        "content/artikelen/links.nl.md",
        format!("{HEAD}\n[slaap](https://example.org/nl/artikelen/slaap/)\n"),
    );
    let run = site.build(&["--base-url", "https://example.org/kennis/"]);
    run.assert_reported("content/artikelen/links.nl.md:7:1: error[link-outside-site]");
}

#[test]
fn the_404_page_may_not_use_relative_links() {
    let site = Fixture::new("basic");
    let page = site.read("themes/default/templates/404.html").replacen(
        "<div class=\"not-found\">",
        "<div class=\"not-found\"><a href=\"nl/\">nl</a>",
        1,
    );
    site.write("templates/404.html", page);
    let run = site.build(&[]);
    assert_eq!(run.code(), 1);
    assert_eq!(run.errors().len(), 1, "{}", run.stderr());
    run.assert_reported("templates/404.html:5:33: error[relative-link]: link \"nl/\": a relative link breaks on this page");
}

#[test]
fn relative_links_in_an_faq_answer_work_on_the_faq_page_too() {
    let site = Fixture::new("basic");
    site.write(
        "content/artikelen/vragen.nl.md",
        format!(
            "{HEAD}\n## Veelgestelde vragen {{#faq}}\n\n### Slaap ik beter?\n\n\
             Lees [over slaap](../slaap/#diepe-slaap).\n"
        ),
    );
    let run = site.build(&[]);
    assert_eq!(run.code(), 0, "{}", run.stderr());
    let faq = site.page("nl/faq/index.html");
    let hrefs: Vec<&str> = faq
        .select("main a[href*='diepe-slaap']")
        .iter()
        .filter_map(|a| a.value().attr("href"))
        .collect();
    assert_eq!(
        hrefs,
        ["/nl/artikelen/slaap/#diepe-slaap"],
        "{}",
        faq.source
    );
}

#[test]
fn an_id_with_an_ampersand_is_found_by_links_from_this_page_and_others() {
    let site = Fixture::new("basic");
    site.write(
        "content/artikelen/teken.nl.md",
        format!(
            "{HEAD}\n## Slaap & stress {{#slaap&stress}}\n\nZie [hier](#slaap&stress), \
             [ook](#slaap&amp;stress) en <a href=\"#slaap&amp;stress\">zo</a>.\n"
        ),
    );
    site.write(
        "content/artikelen/verwijzing.nl.md",
        format!("{HEAD}\nLees [dit](/nl/artikelen/teken/#slaap&stress).\n"),
    );
    let run = site.build(&[]);
    assert_eq!(run.code(), 0, "{}", run.stderr());
    assert!(!run.stderr().contains("missing-anchor"), "{}", run.stderr());
    let page = site.page("nl/artikelen/teken/index.html");
    assert_eq!(page.attr("h2[id^='slaap']", "id"), "slaap&stress");
}
