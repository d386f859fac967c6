//! Fixture sites for integration tests: copied into a temporary folder together with this
//! repository's default theme and UI strings, built with the real `kennis` binary, and read back
//! as parsed HTML and XML.

#![allow(dead_code)] // Each test file uses a different part of this module.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use scraper::{Html, Selector};

/// The repository root, where the default theme and UI strings live.
pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A tool a test needs: `found`, or when it is missing, a failure if the environment variable
/// `require` is "1" (as CI sets it), else `None` after printing the notice `notice` makes from
/// what is missing, once per `shown` (one notice per test binary, not one per test).
pub fn tool_or_skip<T>(
    found: Result<T, String>,
    require: &str,
    shown: &std::sync::Once,
    notice: impl FnOnce(&str) -> String,
) -> Option<T> {
    match found {
        Ok(tool) => Some(tool),
        Err(missing) if std::env::var(require).is_ok_and(|v| v == "1") => {
            panic!("{require}=1 but {missing}")
        }
        Err(missing) => {
            shown.call_once(|| {
                // Straight to stderr: the test harness would swallow eprintln! of a passing test.
                let _ =
                    std::io::Write::write_all(&mut std::io::stderr(), notice(&missing).as_bytes());
            });
            None
        }
    }
}

/// A site in a temporary folder.
pub struct Fixture {
    dir: tempfile::TempDir,
}

impl Fixture {
    /// Copies `tests/fixtures/<name>` plus the repository's `themes/` and `i18n/`.
    pub fn new(name: &str) -> Fixture {
        let dir = tempfile::tempdir().expect("temp dir");
        let root = repo_root();
        copy_dir(&root.join("tests/fixtures").join(name), dir.path());
        for shared in ["themes", "i18n"] {
            if !dir.path().join(shared).exists() {
                copy_dir(&root.join(shared), &dir.path().join(shared));
            }
        }
        Fixture { dir }
    }

    /// A copy of this repository's own site: its `site.toml`, `content/`, `themes/` and
    /// `i18n/`.
    pub fn repository() -> Fixture {
        let dir = tempfile::tempdir().expect("temp dir");
        let root = repo_root();
        for shared in ["content", "themes", "i18n"] {
            copy_dir(&root.join(shared), &dir.path().join(shared));
        }
        std::fs::copy(root.join("site.toml"), dir.path().join("site.toml")).expect("site.toml");
        Fixture { dir }
    }

    /// The site root.
    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    /// The default output folder.
    pub fn public(&self) -> PathBuf {
        self.root().join("public")
    }

    /// Writes (or overwrites) a file of the site.
    pub fn write(&self, relative: &str, contents: impl AsRef<[u8]>) {
        let path = self.root().join(relative);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(path, contents).expect("write");
    }

    /// Reads a file of the site.
    pub fn read(&self, relative: &str) -> String {
        std::fs::read_to_string(self.root().join(relative)).expect("read")
    }

    /// Deletes a file of the site.
    pub fn remove(&self, relative: &str) {
        std::fs::remove_file(self.root().join(relative)).expect("remove");
    }

    /// Runs `kennis build --root <site>` with extra arguments.
    pub fn build(&self, extra: &[&str]) -> Run {
        self.run("build", extra)
    }

    /// Runs `kennis check --root <site>` with extra arguments.
    pub fn check(&self, extra: &[&str]) -> Run {
        self.run("check", extra)
    }

    /// Runs `kennis <command> --root <site>` with extra arguments.
    fn run(&self, command: &str, extra: &[&str]) -> Run {
        let output = Command::new(env!("CARGO_BIN_EXE_kennis"))
            .arg(command)
            .arg("--root")
            .arg(self.root())
            .args(extra)
            .output()
            .expect("run kennis");
        Run { output }
    }

    /// Builds and asserts success.
    pub fn build_ok(&self) -> Run {
        let run = self.build(&[]);
        assert_eq!(run.code(), 0, "build failed:\n{}", run.stderr());
        run
    }

    /// A page of the default output folder, parsed.
    pub fn page(&self, relative: &str) -> Page {
        Page::read(&self.public().join(relative))
    }
}

/// A valid PNG image of 2 × 3 pixels (width 2, height 3), all red: the signature, an `IHDR`
/// chunk (8-bit RGB), one zlib-compressed `IDAT` chunk and `IEND`, made with Python's `zlib`
/// and `struct`. Tests write it wherever an image is needed.
pub const PNG_2X3: [u8; 73] = [
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
    0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x03, 0x08, 0x02, 0x00, 0x00, 0x00, 0x36, 0x88, 0x49,
    0xd6, 0x00, 0x00, 0x00, 0x10, 0x49, 0x44, 0x41, 0x54, 0x78, 0xda, 0x63, 0xf8, 0xcf, 0xc0, 0x00,
    0x44, 0x0c, 0x28, 0x14, 0x00, 0x44, 0xd0, 0x05, 0xfb, 0x4c, 0xce, 0x71, 0x0f, 0x00, 0x00, 0x00,
    0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
];

/// The Dutch article [`Fixture::with_images`] adds, `content/artikelen/beelden.nl.md`: an image
/// from `static/` in running text (line 7, column 20), a figure from the article's folder with
/// caption and credit (line 9), and a decorative image (line 11).
pub const IMAGES_NL: &str = "+++
title = \"Beelden\"
description = \"Over beelden.\"
date = 2025-10-02
+++

Tekst met een logo ![Het logo van de testsite](/afbeeldingen/logo.png) erin.

![Een rood vlak](rood.png \"Een rood vlak in de nacht | Foto: A. Fotograaf, CC BY 4.0\")

![-](rood.png)
";

/// Its English translation, with a link preview image of its own in the front matter.
pub const IMAGES_EN: &str = "+++
title = \"Images\"
description = \"About images.\"
date = 2025-10-02
slug = \"images\"
image = \"rood.png\"
image_alt = \"A red square\"
+++

Text with a logo ![The test site's logo](/afbeeldingen/logo.png) in it.

![A red square](rood.png \"A red square at night | Photo: A. Photographer, CC BY 4.0\")
";

impl Fixture {
    /// The fixture site `name` with images: `static/afbeeldingen/logo.png`, an article with its
    /// own folder (`content/artikelen/beelden/rood.png`) in both languages ([`IMAGES_NL`],
    /// [`IMAGES_EN`]), and the logo as the site's default link preview image.
    pub fn with_images(name: &str) -> Fixture {
        let site = Fixture::new(name);
        site.write("static/afbeeldingen/logo.png", PNG_2X3);
        site.write("content/artikelen/beelden/rood.png", PNG_2X3);
        site.write("content/artikelen/beelden.nl.md", IMAGES_NL);
        site.write("content/artikelen/beelden.en.md", IMAGES_EN);
        let config = site.read("site.toml");
        site.write(
            "site.toml",
            format!(
                "{config}\n[images]\ndefault = \"/afbeeldingen/logo.png\"\n\
                 default_alt = {{ nl = \"Het logo van de testsite\", en = \"The test site's logo\" }}\n"
            ),
        );
        site
    }
}

/// A PNG image of one colour, `width` × `height`: it compresses well, and lossless WebP does
/// better still (made with the `image` crate, which kennis uses to make image copies).
#[cfg(feature = "responsive-images")]
pub fn flat_png(width: u32, height: u32, colour: [u8; 3]) -> Vec<u8> {
    let image = image::RgbImage::from_pixel(width, height, image::Rgb(colour));
    encode(
        image::DynamicImage::ImageRgb8(image),
        image::ImageFormat::Png,
    )
}

/// A JPEG image of noise, `width` × `height`, as a photograph is to an encoder: lossless WebP
/// copies of it are far larger than JPEG ones.
#[cfg(feature = "responsive-images")]
pub fn noisy_jpeg(width: u32, height: u32) -> Vec<u8> {
    let mut state: u32 = 0x9e37_79b9;
    let image = image::RgbImage::from_fn(width, height, |_, _| {
        let mut next = || {
            // xorshift: noise that is the same in every run.
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            (state >> 24) as u8
        };
        image::Rgb([next(), next(), next()])
    });
    encode(
        image::DynamicImage::ImageRgb8(image),
        image::ImageFormat::Jpeg,
    )
}

#[cfg(feature = "responsive-images")]
fn encode(image: image::DynamicImage, format: image::ImageFormat) -> Vec<u8> {
    let mut bytes = Vec::new();
    image
        .write_to(&mut std::io::Cursor::new(&mut bytes), format)
        .expect("encode the test image");
    bytes
}

/// The outcome of one `kennis` run.
pub struct Run {
    output: Output,
}

impl Run {
    /// Exit code.
    pub fn code(&self) -> i32 {
        self.output.status.code().unwrap_or(-1)
    }

    /// Standard output as text.
    pub fn stdout(&self) -> String {
        String::from_utf8_lossy(&self.output.stdout).into_owned()
    }

    /// Standard error as text.
    pub fn stderr(&self) -> String {
        String::from_utf8_lossy(&self.output.stderr).into_owned()
    }

    /// The diagnostic lines (`file:line:col: severity[code]: …`) printed on standard error.
    pub fn diagnostics(&self) -> Vec<String> {
        self.stderr()
            .lines()
            .filter(|l| l.contains("]: ") && (l.contains(": error[") || l.contains(": warning[")))
            .map(str::to_string)
            .collect()
    }

    /// The error lines only (the fixture site has warnings of its own, such as an article
    /// that is deliberately not translated).
    pub fn errors(&self) -> Vec<String> {
        self.diagnostics()
            .into_iter()
            .filter(|l| l.contains(": error["))
            .collect()
    }

    /// Asserts that a diagnostic starting with `prefix` (e.g. `content/a.nl.md:3:5: error[x]`)
    /// was printed.
    pub fn assert_reported(&self, prefix: &str) {
        assert!(
            self.diagnostics().iter().any(|d| d.starts_with(prefix)),
            "expected a diagnostic starting with {prefix:?}, got:\n{}",
            self.stderr()
        );
    }
}

/// A parsed HTML page.
pub struct Page {
    pub html: Html,
    pub source: String,
}

impl Page {
    /// Reads and parses an HTML file.
    pub fn read(path: &Path) -> Page {
        let source = std::fs::read_to_string(path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        Page {
            html: Html::parse_document(&source),
            source,
        }
    }

    /// All elements matching a CSS selector.
    pub fn select(&self, css: &str) -> Vec<scraper::ElementRef<'_>> {
        let selector = Selector::parse(css).unwrap_or_else(|e| panic!("bad selector {css}: {e:?}"));
        self.html.select(&selector).collect()
    }

    /// The one element matching `css`.
    pub fn one(&self, css: &str) -> scraper::ElementRef<'_> {
        let found = self.select(css);
        assert_eq!(
            found.len(),
            1,
            "expected one {css:?}, found {}",
            found.len()
        );
        found[0]
    }

    /// Text of the one element matching `css`, whitespace collapsed.
    pub fn text(&self, css: &str) -> String {
        collapse(&self.one(css).text().collect::<String>())
    }

    /// An attribute of the one element matching `css`.
    pub fn attr(&self, css: &str, name: &str) -> String {
        self.one(css)
            .value()
            .attr(name)
            .unwrap_or_else(|| panic!("{css} has no {name}"))
            .to_string()
    }

    /// `hreflang` → `href` of the `<link rel="alternate" hreflang>` elements.
    pub fn hreflangs(&self) -> BTreeMap<String, String> {
        self.select("link[rel=alternate][hreflang]")
            .iter()
            .map(|l| {
                (
                    l.value().attr("hreflang").unwrap_or_default().to_string(),
                    l.value().attr("href").unwrap_or_default().to_string(),
                )
            })
            .collect()
    }
}

/// Collapses runs of whitespace to single spaces.
pub fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every file below `dir`, relative path → bytes.
pub fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut files = BTreeMap::new();
    for entry in walkdir(dir) {
        let relative = entry
            .strip_prefix(dir)
            .expect("prefix")
            .to_string_lossy()
            .into_owned();
        files.insert(relative, std::fs::read(&entry).expect("read"));
    }
    files
}

fn walkdir(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(current) = stack.pop() {
        for entry in std::fs::read_dir(&current).expect("read dir") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                stack.push(path);
            } else {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for entry in std::fs::read_dir(from).unwrap_or_else(|e| panic!("{}: {e}", from.display())) {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}
