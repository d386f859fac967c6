//! Images: from `static/` and from an article's own folder, under a base path; alt text,
//! decorative images, sizes, figures with caption and credit, link previews, and the findings
//! for an image without alt text or without a file.

mod common;

use std::path::PathBuf;

use common::{Fixture, Page};

const BASE_URL: &str = "https://example.org/kennis/";

/// Builds `site` under [`BASE_URL`], asserting success.
fn build_under_base(site: &Fixture) {
    let run = site.build(&["--base-url", BASE_URL]);
    assert_eq!(run.code(), 0, "build failed:\n{}", run.stderr());
}

/// The output file a root-relative URL under `/kennis/` leads to; fails when it leaves the
/// base path.
fn output_file(site: &Fixture, url: &str) -> PathBuf {
    let relative = url
        .strip_prefix("/kennis/")
        .unwrap_or_else(|| panic!("{url} is not under the base path /kennis/"));
    site.public().join(relative)
}

/// The `src` of every image of the article's text, each of which must lead to a written file.
fn image_sources(site: &Fixture, page: &Page) -> Vec<String> {
    let sources: Vec<String> = page
        .select("article img")
        .iter()
        .map(|img| img.value().attr("src").unwrap_or_default().to_string())
        .collect();
    for src in &sources {
        assert!(
            output_file(site, src).is_file(),
            "{src} leads to no file of the output"
        );
    }
    sources
}

#[test]
fn images_from_static_and_the_articles_folder_work_under_a_base_path() {
    let site = Fixture::with_images("basic");
    build_under_base(&site);

    let nl = site.page("nl/artikelen/beelden/index.html");
    assert_eq!(
        image_sources(&site, &nl),
        [
            "/kennis/afbeeldingen/logo.png",
            "/kennis/nl/artikelen/beelden/rood.png",
            "/kennis/nl/artikelen/beelden/rood.png",
        ]
    );
    // The English page names the same file; it is published next to that page too.
    let en = site.page("en/articles/images/index.html");
    assert_eq!(
        image_sources(&site, &en),
        [
            "/kennis/afbeeldingen/logo.png",
            "/kennis/en/articles/images/rood.png"
        ]
    );

    for img in nl.select("article img") {
        assert_eq!(img.value().attr("loading"), Some("lazy"));
        let (width, height) = (img.value().attr("width"), img.value().attr("height"));
        assert_eq!((width, height), (Some("2"), Some("3")), "{:?}", img.value());
    }
}

#[test]
fn alt_text_decorative_images_and_figures() {
    let site = Fixture::with_images("basic");
    build_under_base(&site);
    let nl = site.page("nl/artikelen/beelden/index.html");

    let logo = nl.one("article p img[src$='logo.png']");
    assert_eq!(logo.value().attr("alt"), Some("Het logo van de testsite"));
    assert_eq!(logo.value().attr("role"), None);

    let figure = nl.one("article figure");
    let img = nl.one("article figure > img");
    assert_eq!(img.value().attr("alt"), Some("Een rood vlak"));
    assert_eq!(img.value().attr("title"), None, "the caption says it");
    assert_eq!(
        nl.text("article figure > figcaption"),
        "Een rood vlak in de nacht Foto: A. Fotograaf, CC BY 4.0"
    );
    assert_eq!(
        nl.text("article figure > figcaption > small.credit"),
        "Foto: A. Fotograaf, CC BY 4.0"
    );
    // A figure is no paragraph's child: that would not be valid HTML.
    let parent = figure.parent().and_then(scraper::ElementRef::wrap);
    assert!(parent.is_some_and(|p| p.value().name() != "p"));

    // `![-](…)`: an empty alt (screen readers skip the image), and no role, which HTML does
    // not allow on such an image.
    let decorative = nl.one("article img[alt='']");
    assert_eq!(
        decorative.value().attr("src"),
        Some("/kennis/nl/artikelen/beelden/rood.png")
    );
    assert_eq!(decorative.value().attr("role"), None);
    // Only `![-](…)` gives an empty alt; the others keep theirs.
    assert_eq!(nl.select("article img").len(), 3);
}

/// The `content` of the `<meta>` with `property` (or `name`) `key`.
fn meta(page: &Page, key: &str) -> Option<String> {
    let found = page.select(&format!("meta[property=\"{key}\"], meta[name=\"{key}\"]"));
    assert!(found.len() <= 1, "{key} is given {} times", found.len());
    found
        .first()
        .and_then(|m| m.value().attr("content"))
        .map(str::to_string)
}

/// Asserts that an absolute `og:image` URL leads to a file the build wrote.
fn assert_published(site: &Fixture, url: &str) {
    let path = url
        .strip_prefix("https://example.org")
        .unwrap_or_else(|| panic!("og:image {url} is not an absolute URL of the site"));
    assert!(
        output_file(site, path).is_file(),
        "og:image {url} leads to no file"
    );
}

#[test]
fn link_previews_show_the_front_matter_image_the_first_image_or_the_default() {
    let site = Fixture::with_images("basic");
    build_under_base(&site);

    // The Dutch article names no image: its first image is its preview.
    let nl = site.page("nl/artikelen/beelden/index.html");
    let image = meta(&nl, "og:image").expect("og:image");
    assert_eq!(image, "https://example.org/kennis/afbeeldingen/logo.png");
    assert_published(&site, &image);
    assert_eq!(
        meta(&nl, "og:image:alt").as_deref(),
        Some("Het logo van de testsite")
    );
    assert_eq!(
        meta(&nl, "twitter:card").as_deref(),
        Some("summary_large_image")
    );

    // The English one names its image in the front matter.
    let en = site.page("en/articles/images/index.html");
    let image = meta(&en, "og:image").expect("og:image");
    assert_eq!(
        image,
        "https://example.org/kennis/en/articles/images/rood.png"
    );
    assert_published(&site, &image);
    assert_eq!(meta(&en, "og:image:alt").as_deref(), Some("A red square"));

    // Other pages get the site's default, with its alt text in their language.
    let home = site.page("en/index.html");
    assert_eq!(
        meta(&home, "og:image").as_deref(),
        Some("https://example.org/kennis/afbeeldingen/logo.png")
    );
    assert_eq!(
        meta(&home, "og:image:alt").as_deref(),
        Some("The test site's logo")
    );
}

#[test]
fn pages_without_any_image_get_a_plain_summary_card() {
    let site = Fixture::new("basic");
    site.build_ok();
    let page = site.page("nl/artikelen/slaap/index.html");
    assert_eq!(meta(&page, "og:image"), None);
    assert_eq!(meta(&page, "twitter:card").as_deref(), Some("summary"));
}

#[test]
fn images_in_raw_html_are_resolved_and_sized_as_markdown_images_are() {
    let site = Fixture::with_images("basic");
    site.write(
        "content/artikelen/ruw.nl.md",
        "+++\ntitle = \"Ruw\"\ndescription = \"Over HTML.\"\ndate = 2025-10-03\n+++\n\n\
         <p class=\"logo\"><img src=\"/afbeeldingen/logo.png\" alt=\"Het logo\"></p>\n",
    );
    build_under_base(&site);
    let page = site.page("nl/artikelen/ruw/index.html");
    assert_eq!(
        image_sources(&site, &page),
        ["/kennis/afbeeldingen/logo.png"]
    );
    let img = page.one("article p.logo img");
    assert_eq!(img.value().attr("width"), Some("2"));
    assert_eq!(img.value().attr("height"), Some("3"));
    assert_eq!(img.value().attr("loading"), Some("lazy"));
}

#[test]
fn an_image_without_alt_text_or_without_its_file_is_reported_at_its_place() {
    let site = Fixture::with_images("basic");
    site.write(
        "content/artikelen/beelden.nl.md",
        "+++\ntitle = \"Beelden\"\ndescription = \"Over beelden.\"\ndate = 2025-10-02\n+++\n\n\
         ![](rood.png)\n\nZie ook ![Weg](weg.png) hier.\n\n<img src=\"rood.png\">\n",
    );
    let run = site.build(&["--base-url", BASE_URL]);
    run.assert_reported("content/artikelen/beelden.nl.md:11:1: error[missing-alt]");
    assert_eq!(run.code(), 1, "{}", run.stderr());
    run.assert_reported("content/artikelen/beelden.nl.md:7:1: error[missing-alt]");
    run.assert_reported("content/artikelen/beelden.nl.md:9:9: error[broken-link]");
    // Once: the link check of the finished site does not repeat what the Markdown stage said.
    let broken = run
        .errors()
        .iter()
        .filter(|e| e.contains("[broken-link]"))
        .count();
    assert_eq!(broken, 1, "{}", run.stderr());
    // A failed build publishes nothing.
    assert!(!site.public().exists());
}

#[test]
fn a_front_matter_image_without_its_file_is_reported_at_the_field() {
    let site = Fixture::with_images("basic");
    let text = common::IMAGES_EN.replace("image = \"rood.png\"", "image = \"blauw.png\"");
    site.write("content/artikelen/beelden.en.md", text);
    let run = site.build(&["--base-url", BASE_URL]);
    assert_eq!(run.code(), 1, "{}", run.stderr());
    run.assert_reported("content/artikelen/beelden.en.md:6:9: error[broken-link]");
}

#[test]
fn kennis_check_reports_images_without_alt_text_or_file() {
    let site = Fixture::with_images("basic");
    site.write(
        "content/artikelen/beelden.nl.md",
        "+++\ntitle = \"Beelden\"\ndescription = \"Over beelden.\"\ndate = 2025-10-02\n+++\n\n\
         ![](rood.png)\n\n![Weg](/afbeeldingen/weg.png)\n",
    );
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_kennis"))
        .args(["check", "--root"])
        .arg(site.root())
        .output()
        .expect("run kennis check");
    let stderr = String::from_utf8_lossy(&output.stderr);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(1), "{stdout}{stderr}");
    for expected in [
        "content/artikelen/beelden.nl.md:7:1: error[missing-alt]",
        "content/artikelen/beelden.nl.md:9:1: error[broken-link]: image \"/afbeeldingen/weg.png\": there is no file static/afbeeldingen/weg.png",
    ] {
        assert!(
            stdout
                .lines()
                .chain(stderr.lines())
                .any(|l| l.starts_with(expected)),
            "expected {expected:?} in:\n{stdout}{stderr}"
        );
    }
}

#[test]
fn a_file_in_the_articles_folder_cannot_replace_its_page() {
    let site = Fixture::with_images("basic");
    site.write("content/artikelen/beelden/index.html", "<p>x</p>");
    let run = site.build(&["--base-url", BASE_URL]);
    assert_eq!(run.code(), 1, "{}", run.stderr());
    run.assert_reported("content/artikelen/beelden/index.html:1:1: error[content]");
}
