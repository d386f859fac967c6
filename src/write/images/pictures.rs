//! `<picture>` around the Markdown images whose WebP copies turned out smaller than those in the
//! image's own format: `<picture><source type="image/webp" srcset="…" sizes="…"><img …></picture>`.
//!
//! Which copies are smaller is only known once they are made, in the write stage, long after
//! the parse stage wrote the `<img>`; so each page gets its `<source>`s as it is written. The
//! `<img>` tags are kennis's own, remembered exactly as written ([`ResponsiveImage::tag`]), and
//! they escape every `>` in their values, so a tag runs from `<img src="` to the next `>`:
//! finding them needs no HTML parser.

use std::collections::HashMap;

use crate::escape;
use crate::parse::markdown::responsive::{self, ResponsiveImage};
use crate::postprocess::Processed;

/// The `<source>` each Markdown image with smaller WebP copies gets, by its `<img>` tag.
#[derive(Debug, Clone, Default)]
pub struct Pictures {
    sources: HashMap<String, WebpSource>,
}

/// A `<source>` element and the URLs in it.
#[derive(Debug, Clone)]
struct WebpSource {
    html: String,
    urls: Vec<String>,
}

/// How every kennis `<img>` tag starts.
const IMG_START: &str = "<img src=\"";

impl Pictures {
    /// Whether no image gets a `<picture>`.
    pub fn is_empty(&self) -> bool {
        self.sources.is_empty()
    }

    /// Offers the WebP copies of `image` (shown with `sizes`) wherever its `<img>` tag is; an
    /// `<img>` of raw HTML (without a remembered tag) stays as the editor wrote it.
    pub fn add(&mut self, image: &ResponsiveImage, sizes: &str) {
        let Some(tag) = &image.tag else {
            return;
        };
        let html = format!(
            "<source type=\"image/webp\" srcset=\"{}\" sizes=\"{}\">",
            image.webp_srcset(responsive::escaped),
            escape::html(sizes)
        );
        let urls = image
            .webp_widths()
            .map(|w| image.copy_url(w, true))
            .collect();
        self.sources.insert(tag.clone(), WebpSource { html, urls });
    }

    /// `page` with each image that has smaller WebP copies in a `<picture>`, and the URLs of
    /// their `<source>`s added to its URLs.
    pub fn apply(&self, page: Processed) -> Processed {
        if self.is_empty() || !page.html.contains(IMG_START) {
            return page;
        }
        let Processed {
            html,
            ids,
            mut links,
            base,
        } = page;
        let mut out = String::with_capacity(html.len() + 256);
        let mut rest = html.as_str();
        while let Some(at) = rest.find(IMG_START) {
            let (before, tail) = rest.split_at(at);
            out.push_str(before);
            let end = tail.find('>').map_or(tail.len(), |end| end + 1);
            let tag = &tail[..end];
            match self.sources.get(tag) {
                Some(source) => {
                    out.push_str("<picture>");
                    out.push_str(&source.html);
                    out.push_str(tag);
                    out.push_str("</picture>");
                    links.extend(source.urls.iter().cloned());
                }
                None => out.push_str(tag),
            }
            rest = &tail[end..];
        }
        out.push_str(rest);
        Processed {
            html: out,
            ids,
            links,
            base,
        }
    }
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;
    use crate::parse::markdown::responsive::RasterFormat;

    #[test]
    fn wraps_only_the_tags_it_knows() {
        let tag = "<img src=\"/a/rood.png\" alt=\"Rood &gt; blauw\" width=\"900\" height=\"600\" \
                   srcset=\"/a/rood-480w.png 480w, /a/rood.png 900w\" sizes=\"42rem\" \
                   loading=\"lazy\" decoding=\"async\" />";
        let image = ResponsiveImage {
            file: PathBuf::from("static/a/rood.png"),
            format: RasterFormat::Png,
            width: 900,
            height: 600,
            widths: vec![480],
            path: "a/rood.png".to_string(),
            url: "/a/rood.png".to_string(),
            tag: Some(tag.to_string()),
        };
        let mut pictures = Pictures::default();
        pictures.add(&image, "42rem");
        let other = "<img src=\"/a/blauw.png\" alt=\"\">";
        let page = Processed {
            html: format!("<p>{tag}</p><figure>{tag}</figure>{other}<img src=\"x"),
            ids: Vec::new(),
            links: vec!["/a/rood.png".to_string()],
            base: None,
        };
        let done = pictures.apply(page);
        let source = "<source type=\"image/webp\" srcset=\"/a/rood-480w.webp 480w, \
                      /a/rood-900w.webp 900w\" sizes=\"42rem\">";
        assert_eq!(
            done.html,
            format!(
                "<p><picture>{source}{tag}</picture></p><figure><picture>{source}{tag}\
                 </picture></figure>{other}<img src=\"x"
            )
        );
        assert_eq!(
            done.links,
            [
                "/a/rood.png",
                "/a/rood-480w.webp",
                "/a/rood-900w.webp",
                "/a/rood-480w.webp",
                "/a/rood-900w.webp"
            ]
        );
    }
}
