//! The Nu HTML Checker (vnu.jar, the checker behind validator.w3.org) on every page of this
//! repository's own site and of the fixture site, built with the real `kennis` binary: the
//! generated HTML must have no errors. (axe-core, the accessibility half, runs in the browser
//! tests, tests/browser.rs.)
//!
//! They need a Java runtime and the npm package `vnu-jar`, installed as `.ci/run` does:
//! `npm install --prefix target/validators --no-save --no-audit --no-fund vnu-jar@26.9.27
//! axe-core@4.14.1`; `KENNIS_VNU_JAR` names another vnu.jar. Without them the tests pass with a
//! notice, unless `KENNIS_REQUIRE_VALIDATORS=1` (set by `.ci/run`) makes that a failure.

mod common;
#[path = "validators/tools.rs"]
mod tools;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::Fixture;
use serde::Deserialize;

/// Names a vnu.jar other than the one installed under `target/validators/`.
const VNU_JAR: &str = "KENNIS_VNU_JAR";

/// Where `.ci/run` installs vnu.jar, relative to the repository root.
const VNU_JAR_DEFAULT: &str = "target/validators/node_modules/vnu-jar/build/dist/vnu.jar";

/// The Nu HTML Checker's report (`--format json`).
#[derive(Deserialize)]
struct Report {
    messages: Vec<Message>,
}

/// One message of the report. `type` is `error`, `non-document-error` (a file it could not
/// read) or `info` (warnings, which `--errors-only` leaves out anyway); `firstLine` is only
/// given when the place spans lines.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Message {
    #[serde(rename = "type")]
    kind: String,
    url: Option<String>,
    first_line: Option<u64>,
    last_line: Option<u64>,
    first_column: Option<u64>,
    message: String,
}

impl Message {
    /// `file:line:col: message`, the file relative to the site's output folder.
    fn describe(&self, public: &Path) -> String {
        let file = self.url.as_deref().map(|url| relative_file(url, public));
        let line = self.first_line.or(self.last_line);
        let place = match (file, line, self.first_column) {
            (Some(file), Some(line), Some(column)) => format!("{file}:{line}:{column}: "),
            (Some(file), Some(line), None) => format!("{file}:{line}: "),
            (Some(file), None, _) => format!("{file}: "),
            (None, _, _) => String::new(),
        };
        let kind = if self.kind == "error" {
            String::new()
        } else {
            format!("{}: ", self.kind)
        };
        format!("{place}{kind}{}", self.message)
    }
}

/// The path of a checked file (a `file:` URL) relative to the output folder, or the URL as it
/// is when it lies elsewhere.
fn relative_file(url: &str, public: &Path) -> String {
    let Some(path) = url::Url::parse(url)
        .ok()
        .and_then(|u| u.to_file_path().ok())
    else {
        return url.to_string();
    };
    let canonical = public
        .canonicalize()
        .unwrap_or_else(|_| public.to_path_buf());
    [public, canonical.as_path()]
        .iter()
        .find_map(|folder| path.strip_prefix(folder).ok())
        .map_or_else(|| url.to_string(), |p| p.display().to_string())
}

/// Java and vnu.jar, or what is missing.
fn vnu() -> Result<(PathBuf, PathBuf), String> {
    let jar = tools::package_file(VNU_JAR, VNU_JAR_DEFAULT)?;
    let java =
        which::which("java").map_err(|_| "java is not installed (not on PATH)".to_string())?;
    Ok((java, jar))
}

/// Builds a site and fails listing every error the Nu HTML Checker finds in its pages.
fn validate(site: &Fixture) {
    let Some((java, jar)) = tools::or_skip(vnu(), "the HTML validation (tests/validators.rs)")
    else {
        return;
    };
    site.build_ok();
    let public = site.public();
    let pages = walkdir::WalkDir::new(&public)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|entry| entry.path().extension().is_some_and(|e| e == "html"))
        .count();
    assert!(
        pages > 0,
        "the build wrote no HTML into {}",
        public.display()
    );

    let output = Command::new(&java)
        .arg("-jar")
        .arg(&jar)
        .args(["--errors-only", "--format", "json", "--skip-non-html"])
        .arg(&public)
        .output()
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", java.display()));
    // The report is one line on standard error (the JVM may say things before it); the exit
    // status only says whether there were errors.
    let stderr = String::from_utf8_lossy(&output.stderr);
    let report: Report = stderr
        .lines()
        .find(|line| line.starts_with('{'))
        .and_then(|line| serde_json::from_str(line).ok())
        .unwrap_or_else(|| {
            panic!(
                "{} wrote no JSON report ({}); it said:\n{stderr}",
                jar.display(),
                output.status
            )
        });
    let mut errors: Vec<(String, String)> = report
        .messages
        .iter()
        .filter(|message| message.kind != "info")
        .map(|message| {
            (
                message.url.clone().unwrap_or_default(),
                message.describe(&public),
            )
        })
        .collect();
    // Grouped by page, each page's errors in the checker's order.
    errors.sort_by(|a, b| a.0.cmp(&b.0));
    assert!(
        errors.is_empty(),
        "the Nu HTML Checker found {} errors in {pages} pages:\n{}",
        errors.len(),
        errors
            .iter()
            .map(|(_, error)| error.as_str())
            .collect::<Vec<_>>()
            .join("\n")
    );
    assert!(
        output.status.success(),
        "{} reported no error but exited with {}:\n{stderr}",
        jar.display(),
        output.status
    );
}

/// This repository's site: articles with FAQ sections, citations, comparison tables and
/// footnotes, the FAQ, comparison, sources, topic and search pages, and the 404 page.
#[test]
fn the_repository_site_is_valid_html() {
    validate(&Fixture::repository());
}

/// The fixture site adds what the repository's site lacks: a section in one language only, an
/// article without a translation, and two headings with the same text on one page.
#[test]
fn the_fixture_site_is_valid_html() {
    validate(&Fixture::new("basic"));
}

/// Images in Markdown: in running text, a figure with caption and credit, a decorative one,
/// and the link preview meta tags.
#[test]
fn the_fixture_site_with_images_is_valid_html() {
    validate(&Fixture::with_images("basic"));
}

/// Images in smaller copies: an `<img srcset sizes>` in running text and in a figure, and a
/// `<picture>` with a WebP `<source>` in both places.
#[cfg(feature = "responsive-images")]
#[test]
fn the_fixture_site_with_responsive_images_is_valid_html() {
    let site = Fixture::with_images("basic");
    site.write(
        "content/artikelen/groot.nl.md",
        "+++\ntitle = \"Groot\"\ndescription = \"Over grote beelden.\"\ndate = 2025-10-04\n+++\n\n\
         Een foto ![Een foto](foto.jpg) en een vlak ![Een vlak](vlak.png) in de tekst.\n\n\
         ![Een foto](foto.jpg \"Een foto | Foto: A. Fotograaf\")\n\n\
         ![Een vlak](vlak.png \"Een vlak\")\n",
    );
    site.write(
        "content/artikelen/groot/foto.jpg",
        common::noisy_jpeg(600, 400),
    );
    site.write(
        "content/artikelen/groot/vlak.png",
        common::flat_png(600, 300, [20, 120, 200]),
    );
    site.build_ok();
    let page = site.page("nl/artikelen/groot/index.html");
    assert_eq!(page.select("picture > source[type='image/webp']").len(), 2);
    assert_eq!(page.select("img[srcset]").len(), 4);
    validate(&site);
}
