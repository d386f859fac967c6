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
    let output = site.check(&[]);
    let (stdout, stderr) = (output.stdout(), output.stderr());
    assert_eq!(output.code(), 1, "{stdout}{stderr}");
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

/// Smaller copies of large images (`srcset`, WebP), made with the `responsive-images` feature.
#[cfg(feature = "responsive-images")]
mod copies {
    use std::collections::BTreeMap;
    use std::path::Path;
    use std::time::SystemTime;

    use super::*;
    use common::{flat_png, noisy_jpeg};

    /// The default `sizes`: the default theme's content column.
    const SIZES: &str = "(max-width: 44.5rem) calc(100vw - 2.5rem), 42rem";

    /// The fixture site with images and an article `content/artikelen/groot.nl.md` showing
    /// `markdown`, whose folder holds `files`.
    fn site_with(markdown: &str, files: &[(&str, Vec<u8>)]) -> Fixture {
        let site = Fixture::with_images("basic");
        site.write(
            "content/artikelen/groot.nl.md",
            format!(
                "+++\ntitle = \"Groot\"\ndescription = \"Over grote beelden.\"\n\
                 date = 2025-10-04\n+++\n\n{markdown}\n"
            ),
        );
        for (name, bytes) in files {
            site.write(&format!("content/artikelen/groot/{name}"), bytes);
        }
        site
    }

    /// (URL, width descriptor) of each candidate of a `srcset`.
    fn candidates(srcset: &str) -> Vec<(String, String)> {
        srcset
            .split(", ")
            .map(|candidate| {
                let (url, width) = candidate.split_once(' ').expect("URL and width");
                (url.to_string(), width.to_string())
            })
            .collect()
    }

    /// Asserts that each candidate of `srcset` is a written image file as wide as it says.
    fn assert_candidates_exist(site: &Fixture, srcset: &str) {
        for (url, width) in candidates(srcset) {
            let file = output_file(site, &url);
            let size = imagesize::size(&file)
                .unwrap_or_else(|e| panic!("{url}: {} is no image: {e}", file.display()));
            assert_eq!(format!("{}w", size.width), width, "{url}");
        }
    }

    const PAGE: &str = "nl/artikelen/groot/index.html";

    #[test]
    fn large_images_are_offered_in_smaller_copies_small_ones_and_svg_are_not() {
        let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"2000\" height=\"1000\"/>";
        let site = site_with(
            "Een foto ![Een foto](foto.jpg) in de tekst.\n\n\
             ![Een vlak](vlak.png \"Een vlak | Foto: A. Fotograaf\")\n\n\
             Klein: ![Een klein vlak](klein.png) en ![Een tekening](tekening.svg).",
            &[
                ("foto.jpg", noisy_jpeg(1000, 600)),
                ("vlak.png", flat_png(1600, 800, [20, 120, 200])),
                ("klein.png", flat_png(480, 240, [200, 20, 20])),
                ("tekening.svg", svg.as_bytes().to_vec()),
            ],
        );
        site.write(
            "content/artikelen/groot.en.md",
            "+++\ntitle = \"Large\"\ndescription = \"About large images.\"\n\
             date = 2025-10-04\nslug = \"large\"\n+++\n\n![A flat colour](vlak.png)\n",
        );
        build_under_base(&site);
        let page = site.page(PAGE);

        // A photograph: copies at the configured widths below its own, then itself; its
        // lossless WebP copies would be larger, so there are none.
        let foto = page.one("article p > img[src$='foto.jpg']");
        let attr = |name| foto.value().attr(name).unwrap_or_default();
        assert_eq!(
            candidates(attr("srcset")),
            [
                ("/kennis/nl/artikelen/groot/foto-480w.jpg", "480w"),
                ("/kennis/nl/artikelen/groot/foto-960w.jpg", "960w"),
                ("/kennis/nl/artikelen/groot/foto.jpg", "1000w"),
            ]
            .map(|(url, width)| (url.to_string(), width.to_string()))
        );
        assert_eq!(attr("sizes"), SIZES);
        assert_eq!((attr("width"), attr("height")), ("1000", "600"));
        assert_candidates_exist(&site, attr("srcset"));
        assert_eq!(
            imagesize::size(site.public().join("nl/artikelen/groot/foto-480w.jpg"))
                .map(|s| s.height)
                .ok(),
            Some(288),
            "the aspect ratio is kept"
        );
        assert!(page.select("picture:has(img[src$='foto.jpg'])").is_empty());
        assert!(
            !site
                .public()
                .join("nl/artikelen/groot/foto-480w.webp")
                .exists()
        );

        // A flat image: its WebP copies are smaller, so the figure shows a <picture> whose
        // WebP <source> offers every width, the original's included.
        let source = page.one("article figure > picture > source");
        assert_eq!(source.value().attr("type"), Some("image/webp"));
        assert_eq!(source.value().attr("sizes"), Some(SIZES));
        let webp = source.value().attr("srcset").unwrap_or_default();
        assert_eq!(
            candidates(webp),
            [
                ("/kennis/nl/artikelen/groot/vlak-480w.webp", "480w"),
                ("/kennis/nl/artikelen/groot/vlak-960w.webp", "960w"),
                ("/kennis/nl/artikelen/groot/vlak-1440w.webp", "1440w"),
                ("/kennis/nl/artikelen/groot/vlak-1600w.webp", "1600w"),
            ]
            .map(|(url, width)| (url.to_string(), width.to_string()))
        );
        assert_candidates_exist(&site, webp);
        let vlak = page.one("article figure > picture > img");
        let png_srcset = vlak.value().attr("srcset").unwrap_or_default();
        assert_eq!(
            candidates(png_srcset)
                .last()
                .map(|(url, w)| (url.as_str(), w.as_str())),
            Some(("/kennis/nl/artikelen/groot/vlak.png", "1600w"))
        );
        assert_eq!(candidates(png_srcset).len(), 4);
        assert_candidates_exist(&site, png_srcset);
        assert_eq!(
            page.text("article figure > figcaption"),
            "Een vlak Foto: A. Fotograaf"
        );
        // The copies are published next to every language version of the article.
        let english = site.page("en/articles/large/index.html");
        let source = english.one("article p > picture > source[type='image/webp']");
        let webp = source.value().attr("srcset").unwrap_or_default();
        assert!(webp.starts_with("/kennis/en/articles/large/vlak-480w.webp 480w, "));
        assert_candidates_exist(&site, webp);

        // Not wider than the smallest width: no copies, nothing to choose from.
        for name in ["klein.png", "tekening.svg"] {
            let img = page.one(&format!("article img[src$='{name}']"));
            assert_eq!(img.value().attr("srcset"), None, "{name}");
            assert_eq!(img.value().attr("sizes"), None, "{name}");
            let parent = img.parent().and_then(scraper::ElementRef::wrap);
            assert_eq!(parent.map(|p| p.value().name()), Some("p"), "{name}");
        }
        let written: Vec<String> = std::fs::read_dir(site.public().join("nl/artikelen/groot"))
            .expect("the article's folder")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .filter(|name| name.starts_with("klein") || name.starts_with("tekening"))
            .collect();
        assert_eq!(written.len(), 2, "no copies of small images: {written:?}");
    }

    #[test]
    fn images_in_raw_html_get_copies_but_keep_their_markup() {
        let site = site_with(
            "<p class=\"ruw\"><img src=\"vlak.png\" alt=\"Een vlak\"></p>\n\n\
             <p class=\"eigen\"><img src=\"vlak.png\" alt=\"Een vlak\" srcset=\"vlak.png 1x\"></p>",
            &[("vlak.png", flat_png(600, 300, [20, 120, 200]))],
        );
        build_under_base(&site);
        let page = site.page(PAGE);
        let img = page.one("article p.ruw > img");
        let srcset = img.value().attr("srcset").unwrap_or_default();
        assert_eq!(
            candidates(srcset),
            [
                ("/kennis/nl/artikelen/groot/vlak-480w.png", "480w"),
                ("/kennis/nl/artikelen/groot/vlak.png", "600w"),
            ]
            .map(|(url, width)| (url.to_string(), width.to_string()))
        );
        assert_eq!(img.value().attr("sizes"), Some(SIZES));
        assert_candidates_exist(&site, srcset);
        // The editor's candidates stay theirs.
        let own = page.one("article p.eigen > img");
        assert_eq!(own.value().attr("srcset"), Some("vlak.png 1x"));
        assert_eq!(own.value().attr("sizes"), None);
        assert!(page.select("picture").is_empty());
    }

    /// Each file of the cache, with its time of last change.
    fn cache_files(site: &Fixture) -> BTreeMap<String, SystemTime> {
        let dir = site.root().join(".kennis-cache/images");
        std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .map(|entry| {
                let entry = entry.expect("entry");
                let changed = entry.metadata().and_then(|m| m.modified()).expect("mtime");
                (entry.file_name().to_string_lossy().into_owned(), changed)
            })
            .collect()
    }

    fn read(path: &Path) -> Vec<u8> {
        std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    }

    #[test]
    fn copies_are_kept_between_builds_until_the_image_changes() {
        let site = site_with(
            "![Een vlak](vlak.png)",
            &[("vlak.png", flat_png(500, 250, [20, 120, 200]))],
        );
        let config = site.read("site.toml");
        site.write("site.toml", format!("{config}widths = [400, 200]\n"));
        build_under_base(&site);
        let page = site.page(PAGE);
        let img = page.one("article picture > img");
        assert_eq!(
            candidates(img.value().attr("srcset").unwrap_or_default())
                .iter()
                .map(|(_, width)| width.as_str())
                .collect::<Vec<_>>(),
            ["200w", "400w", "500w"]
        );
        // Two PNG copies and three WebP ones (the original's width too).
        let first = cache_files(&site);
        assert_eq!(first.len(), 5, "{first:?}");
        let copy = site.public().join("nl/artikelen/groot/vlak-200w.webp");
        let before = read(&copy);

        build_under_base(&site);
        assert_eq!(
            cache_files(&site),
            first,
            "the second build made no copy again"
        );
        assert_eq!(read(&copy), before);

        site.write(
            "content/artikelen/groot/vlak.png",
            flat_png(500, 250, [200, 120, 20]),
        );
        build_under_base(&site);
        let third = cache_files(&site);
        assert_eq!(
            third.len(),
            10,
            "new copies for the changed image: {third:?}"
        );
        assert!(
            first
                .iter()
                .all(|(name, changed)| third.get(name) == Some(changed))
        );
        assert_ne!(read(&copy), before, "the published copy is the new image's");
    }

    #[test]
    fn a_cache_that_cannot_be_written_is_a_warning() {
        let site = site_with(
            "![Een vlak](vlak.png)",
            &[("vlak.png", flat_png(600, 300, [20, 120, 200]))],
        );
        // A file where the cache's folder would go.
        site.write(".kennis-cache", "");
        let run = site.build(&["--base-url", BASE_URL]);
        assert_eq!(run.code(), 0, "{}", run.stderr());
        run.assert_reported(".kennis-cache/images:1:1: warning[image]");
        assert!(
            site.public()
                .join("nl/artikelen/groot/vlak-480w.png")
                .is_file()
        );
    }

    #[test]
    fn kennis_check_names_the_copies_without_making_them() {
        let site = site_with(
            "![Een vlak](vlak.png)",
            &[("vlak.png", flat_png(600, 300, [20, 120, 200]))],
        );
        let output = site.check(&[]);
        let (stdout, stderr) = (output.stdout(), output.stderr());
        assert_eq!(output.code(), 0, "{stdout}{stderr}");
        assert!(
            !format!("{stdout}{stderr}").contains("vlak-480w"),
            "the copies' links work: {stdout}{stderr}"
        );
        assert!(!site.root().join(".kennis-cache").exists());
        assert!(!site.public().exists());
    }

    #[test]
    fn a_broken_image_or_a_copy_in_another_files_place_is_reported_at_the_file() {
        let mut broken = flat_png(1000, 500, [20, 120, 200]);
        // The header (size) is whole; the pixels are cut off.
        broken.truncate(60);
        let site = site_with(
            "![Kapot](kapot.png)\n\n![Een foto](foto.jpg)",
            &[
                ("kapot.png", broken),
                ("foto.jpg", noisy_jpeg(600, 300)),
                ("foto-480w.jpg", noisy_jpeg(480, 240)),
            ],
        );
        // kennis check makes no copies, but finds what would stop a build all the same: a
        // clean check means a clean build.
        let checked = site.check(&[]);
        let stdout = checked.stdout();
        assert_eq!(checked.code(), 1, "{stdout}");
        assert!(
            stdout.contains("content/artikelen/groot/kapot.png:1:1: error[image]"),
            "{stdout}"
        );
        assert!(
            stdout.contains("content/artikelen/groot/foto.jpg:1:1: error[image]"),
            "{stdout}"
        );
        assert!(!site.root().join(".kennis-cache").exists());

        let run = site.build(&["--base-url", BASE_URL]);
        assert_eq!(run.code(), 1, "{}", run.stderr());
        run.assert_reported("content/artikelen/groot/kapot.png:1:1: error[image]");
        run.assert_reported("content/artikelen/groot/foto.jpg:1:1: error[image]");
        // Those two, and no broken links to the copies on top of them.
        assert_eq!(run.errors().len(), 2, "{}", run.stderr());
        assert!(!site.public().exists());
    }
}
