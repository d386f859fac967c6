//! Responsive images: which smaller copies of a large PNG or JPEG image browsers are offered
//! (`srcset`), and what their files are called.
//!
//! Everything here follows from the image's header (format, width) and `[images] widths`, so
//! the parse stage can write the `srcset` and `kennis check` can check the links to the copies
//! without making them; the write stage ([`crate::write::images`]) makes them. A copy is named
//! after the original with its width: `slaap.jpg` → `slaap-480w.jpg`, and `slaap-480w.webp`
//! for its WebP twin, next to the original wherever that is published.

use std::path::PathBuf;

/// Whether kennis was built with the `responsive-images` feature, which makes the copies. Without
/// it, images are written as before: one `src`, with `width` and `height`.
pub const ENABLED: bool = cfg!(feature = "responsive-images");

/// The file extension of WebP copies.
pub const WEBP_EXTENSION: &str = "webp";

/// The formats whose images get smaller copies. (SVG scales by itself, and a GIF may move.)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RasterFormat {
    /// PNG.
    Png,
    /// JPEG.
    Jpeg,
}

impl RasterFormat {
    /// The format of an image whose header says `kind`, when it is one that gets copies.
    pub fn of(kind: imagesize::ImageType) -> Option<Self> {
        match kind {
            imagesize::ImageType::Png => Some(RasterFormat::Png),
            imagesize::ImageType::Jpeg => Some(RasterFormat::Jpeg),
            _ => None,
        }
    }

    /// How messages name the format.
    pub fn name(self) -> &'static str {
        match self {
            RasterFormat::Png => "PNG",
            RasterFormat::Jpeg => "JPEG",
        }
    }
}

/// The widths of the copies an image `width` pixels wide gets: the `configured` ones (ascending)
/// smaller than it. None are made larger than the original, which is itself the largest
/// candidate.
pub fn copy_widths(configured: &[u32], width: u32) -> Vec<u32> {
    configured.iter().copied().filter(|&w| w < width).collect()
}

/// One showing of an image that gets smaller copies: its file, its size, the copies' widths,
/// and where the original is published.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResponsiveImage {
    /// The image file.
    pub file: PathBuf,
    /// Its format.
    pub format: RasterFormat,
    /// Its width in pixels.
    pub width: u32,
    /// Its height in pixels.
    pub height: u32,
    /// The widths of its copies, ascending, each smaller than `width`.
    pub widths: Vec<u32>,
    /// The output path the original is published under (`nl/artikelen/slaap/bed.jpg`).
    pub path: String,
    /// The original's root-relative URL as the page names it (with the base path).
    pub url: String,
    /// The `<img>` tag kennis wrote for a Markdown image, exactly: the write stage puts it in a
    /// `<picture>` with a WebP `<source>` when the WebP copies are the smaller ones. `None` for
    /// an `<img>` of raw HTML, whose markup is the editor's.
    pub tag: Option<String>,
}

impl ResponsiveImage {
    /// The output path of the copy `width` pixels wide, in the original's format or WebP.
    pub fn copy_path(&self, width: u32, webp: bool) -> String {
        with_width(&self.path, width, webp)
    }

    /// The URL of the copy `width` pixels wide, in the original's format or WebP.
    pub fn copy_url(&self, width: u32, webp: bool) -> String {
        let url = self.url.split(['?', '#']).next().unwrap_or(&self.url);
        with_width(url, width, webp)
    }

    /// The widths of the WebP copies: the other copies' and the original's, since a browser
    /// that takes the WebP `<source>` picks only among its candidates.
    pub fn webp_widths(&self) -> impl Iterator<Item = u32> + '_ {
        self.widths.iter().copied().chain([self.width])
    }

    /// The `srcset` of the `<img>`: the copies, then the original; each URL passed through
    /// `escape` (for the HTML it is written into).
    pub fn srcset(&self, escape: fn(&str) -> String) -> String {
        let copies = self.widths.iter().map(|&w| (self.copy_url(w, false), w));
        srcset(copies.chain([(self.url.clone(), self.width)]), escape)
    }

    /// The `srcset` of the WebP `<source>`, each URL passed through `escape`.
    pub fn webp_srcset(&self, escape: fn(&str) -> String) -> String {
        srcset(
            self.webp_widths().map(|w| (self.copy_url(w, true), w)),
            escape,
        )
    }
}

/// A `srcset` of (URL, width) candidates. White space would end a URL early, so it is
/// percent-encoded.
fn srcset(candidates: impl Iterator<Item = (String, u32)>, escape: fn(&str) -> String) -> String {
    candidates
        .map(|(url, width)| {
            let url = url.replace(|c: char| c.is_ascii_whitespace(), "%20");
            format!("{} {width}w", escape(&url))
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// A URL as it is: for HTML written by lol_html, which escapes attribute values itself.
pub fn unescaped(url: &str) -> String {
    url.to_string()
}

/// A URL escaped for a double-quoted attribute of HTML kennis writes itself.
pub fn escaped(url: &str) -> String {
    let mut out = String::with_capacity(url.len());
    // Infallible: writing into a String.
    let _ = pulldown_cmark_escape::escape_href(&mut out, url);
    out
}

/// `path` (a `/`-separated path or URL) with `-<width>w` before the extension of its last part,
/// and the extension `webp` when `webp`.
fn with_width(path: &str, width: u32, webp: bool) -> String {
    let (folder, name) = match path.rfind('/') {
        Some(at) => path.split_at(at + 1),
        None => ("", path),
    };
    let (stem, extension) = match name.rfind('.') {
        Some(at) if at > 0 => (&name[..at], Some(&name[at + 1..])),
        _ => (name, None),
    };
    let extension = if webp {
        Some(WEBP_EXTENSION)
    } else {
        extension
    };
    match extension {
        Some(extension) => format!("{folder}{stem}-{width}w.{extension}"),
        None => format!("{folder}{stem}-{width}w"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn image() -> ResponsiveImage {
        ResponsiveImage {
            file: PathBuf::from("content/artikelen/slaap/bed.jpg"),
            format: RasterFormat::Jpeg,
            width: 2000,
            height: 1000,
            widths: copy_widths(&[480, 960, 1440, 2000, 2400], 2000),
            path: "nl/artikelen/slaap/mijn bed.jpg".to_string(),
            url: "/kennis/nl/artikelen/slaap/mijn bed.jpg?v=2".to_string(),
            tag: None,
        }
    }

    #[test]
    fn copies_are_smaller_than_the_original_and_named_by_width() {
        let image = image();
        assert_eq!(image.widths, [480, 960, 1440]);
        assert_eq!(
            image.copy_path(480, false),
            "nl/artikelen/slaap/mijn bed-480w.jpg"
        );
        assert_eq!(
            image.copy_path(480, true),
            "nl/artikelen/slaap/mijn bed-480w.webp"
        );
        assert_eq!(
            image.copy_url(960, false),
            "/kennis/nl/artikelen/slaap/mijn bed-960w.jpg"
        );
        assert_eq!(with_width("a.b/c", 10, false), "a.b/c-10w");
        assert_eq!(with_width(".hidden", 10, true), ".hidden-10w.webp");
        assert_eq!(with_width("x.tar.PNG", 10, false), "x.tar-10w.PNG");
    }

    #[test]
    fn srcsets_list_every_candidate_with_its_width() {
        let image = image();
        assert_eq!(
            image.srcset(unescaped),
            "/kennis/nl/artikelen/slaap/mijn%20bed-480w.jpg 480w, \
             /kennis/nl/artikelen/slaap/mijn%20bed-960w.jpg 960w, \
             /kennis/nl/artikelen/slaap/mijn%20bed-1440w.jpg 1440w, \
             /kennis/nl/artikelen/slaap/mijn%20bed.jpg?v=2 2000w"
        );
        assert_eq!(
            image.webp_srcset(escaped),
            "/kennis/nl/artikelen/slaap/mijn%20bed-480w.webp 480w, \
             /kennis/nl/artikelen/slaap/mijn%20bed-960w.webp 960w, \
             /kennis/nl/artikelen/slaap/mijn%20bed-1440w.webp 1440w, \
             /kennis/nl/artikelen/slaap/mijn%20bed-2000w.webp 2000w"
        );
        assert_eq!(escaped("/a&b\"c.png"), "/a&amp;b%22c.png");
    }

    #[test]
    fn a_small_image_gets_no_copies() {
        assert!(copy_widths(&[480, 960], 480).is_empty());
        assert_eq!(copy_widths(&[480, 960], 481), [480]);
    }
}
