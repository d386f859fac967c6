//! Images in Markdown: where their files are, their alt text, their size, and figures.
//!
//! - `![Alt](slaap.jpg)`: a file name is a file in the article's own folder
//!   (`content/<section>/<key>/`), published next to every language version of the article;
//!   `![Alt](/afbeeldingen/x.png)`: a path from the site's root is a file of `static/`. Both are
//!   written as root-relative URLs under the base path, so they work at any base URL and on
//!   pages that show the text elsewhere (the FAQ page).
//! - The alt text is required (`missing-alt`); `![-](…)` marks an image that only decorates,
//!   written with `alt=""`, which screen readers skip.
//! - A local image gets its `width` and `height` from the file, so the page does not jump
//!   while it loads.
//! - A local PNG or JPEG image wider than the smallest of `[images] widths` is offered in
//!   smaller copies too, with `srcset` and `sizes` ([`super::responsive`]; with the
//!   `responsive-images` feature), which the write stage makes.
//! - An image alone in its paragraph with a title is a figure: the title is the caption, and a
//!   part after `|` is the credit (`![Alt](x.jpg "Caption | Foto: A. Fotograaf")`).

use std::ops::Range;
use std::path::{Path, PathBuf};

use pulldown_cmark::{CowStr, Event, Tag, TagEnd};
use serde::Serialize;

use super::responsive::{self, RasterFormat, ResponsiveImage};
use super::{Document, LinkResolver, Rendered, Spanned};
use crate::diagnostics::Diagnostic;
use crate::escape;
use crate::load::content::reread::Stamp;

/// The alt text that marks an image as decorative.
pub const DECORATIVE_ALT: &str = "-";

/// What separates a figure's caption from its credit line in the image's title.
pub const CREDIT_SEPARATOR: char = '|';

/// Where an image's file is, by how its address is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImagePath<'a> {
    /// `/afbeeldingen/x.png`: a file of `static/` (the path without its leading `/`).
    Static(&'a str),
    /// `slaap.jpg`: a file in the article's own folder.
    Bundle(&'a str),
    /// Another site's image, a `data:` URL or an anchor: left as written.
    Elsewhere,
}

impl<'a> ImagePath<'a> {
    /// Classifies an image address as the editor wrote it.
    pub fn of(dest: &'a str) -> Self {
        let has_scheme = dest
            .split_once(':')
            .is_some_and(|(scheme, _)| !scheme.is_empty() && !scheme.contains('/'));
        if dest.is_empty()
            || has_scheme
            || dest.starts_with("//")
            || dest.starts_with('#')
            || dest.starts_with('@')
        {
            ImagePath::Elsewhere
        } else if let Some(path) = dest.strip_prefix('/') {
            ImagePath::Static(path)
        } else {
            ImagePath::Bundle(dest.strip_prefix("./").unwrap_or(dest))
        }
    }
}

/// The name a file is looked up by: query and fragment cut off, percent-escapes decoded.
pub fn file_name(path: &str) -> String {
    let path = path.split(['?', '#']).next().unwrap_or(path);
    percent_encoding::percent_decode_str(path)
        .decode_utf8_lossy()
        .into_owned()
}

/// An image's address on the page, and the file it is read from when there is one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResolvedImage {
    /// Root-relative URL, with the base path.
    pub url: String,
    /// The file, when it exists.
    pub file: Option<PathBuf>,
    /// Where the file belongs, as the site's folder shows it (`static/afbeeldingen/x.png`),
    /// for the message when it is missing.
    pub wanted: String,
    /// The output path the file is published under (`nl/artikelen/slaap/bed.jpg`).
    pub published: String,
}

/// An image for link previews (`og:image`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PreviewImage {
    /// Root-relative URL with the base path (made absolute by the render stage).
    pub url: String,
    /// What it shows (empty when nobody said).
    pub alt: String,
}

/// The stamp of an image file a body is rendered with (`None` when it cannot be trusted yet:
/// the body is then rendered again next time).
pub fn stamp(file: &std::path::Path) -> Option<Stamp> {
    Stamp::of(file, std::time::SystemTime::now())
}

/// What an image file's header says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Probe {
    /// Width in pixels.
    pub width: usize,
    /// Height in pixels.
    pub height: usize,
    /// The format.
    pub kind: imagesize::ImageType,
}

/// The format, width and height of an image file, when its header can be read.
pub fn probe(file: &Path) -> Option<Probe> {
    let mut reader = std::io::BufReader::new(std::fs::File::open(file).ok()?);
    let kind = imagesize::reader_type(&mut reader).ok()?;
    let size = kind.reader_size(&mut reader).ok()?;
    Some(Probe {
        width: size.width,
        height: size.height,
        kind,
    })
}

/// The smaller copies an image shown from `resolved` gets, with the `sizes` to write: when
/// kennis makes copies, the site asks for some, and the image is a PNG or JPEG wider than the
/// smallest of them.
fn responsive_image<'r>(
    probe: &Probe,
    file: &Path,
    resolved: &ResolvedImage,
    resolver: &'r dyn LinkResolver,
) -> Option<(ResponsiveImage, &'r str)> {
    if !responsive::ENABLED {
        return None;
    }
    let settings = resolver.image_settings()?;
    let format = RasterFormat::of(probe.kind)?;
    let width = u32::try_from(probe.width).ok()?;
    let height = u32::try_from(probe.height).ok()?;
    let widths = responsive::copy_widths(&settings.widths, width);
    if widths.is_empty() {
        return None;
    }
    let image = ResponsiveImage {
        file: file.to_path_buf(),
        format,
        width,
        height,
        widths,
        path: resolved.published.clone(),
        url: resolved.url.clone(),
        tag: None,
    };
    Some((image, &settings.sizes))
}

/// One image of the text, as the pass sees it.
struct Image {
    /// Index of its start event.
    start: usize,
    /// Index of its end event.
    end: usize,
    /// Whether it stands alone in a paragraph with a title (the paragraph's events are taken).
    figure: bool,
    /// What replaces it.
    html: String,
}

/// Replaces every image of `events` with the HTML kennis writes for it, and every figure's
/// paragraph with the figure. Reports images without alt text, lists each image's URL with its
/// place in `rendered.links`, and keeps the first local image as the page's preview image.
/// `read_sizes`: whether the files' sizes are wanted (not when only findings are).
pub(super) fn write<'d>(
    events: Vec<Spanned<'d>>,
    doc: &Document<'_>,
    resolver: &dyn LinkResolver,
    read_sizes: bool,
    rendered: &mut Rendered,
) -> Vec<Spanned<'d>> {
    let mut events = events;
    for (event, range) in &mut events {
        if let Event::Html(html) | Event::InlineHtml(html) = event
            && let Some(rewritten) =
                raw_html(html, range.clone(), doc, resolver, read_sizes, rendered)
        {
            *html = rewritten.into();
        }
    }
    let images = find(&events, doc, resolver, read_sizes, rendered);
    if images.is_empty() {
        return events;
    }
    let mut out = Vec::with_capacity(events.len());
    let mut next = images.into_iter().peekable();
    let mut skip_to: Option<usize> = None;
    for (i, (event, range)) in events.into_iter().enumerate() {
        if let Some(last) = skip_to {
            if i <= last {
                continue;
            }
            skip_to = None;
        }
        let starts_here = next.peek().is_some_and(|image| image.start == i);
        if !starts_here {
            out.push((event, range));
            continue;
        }
        let Some(image) = next.next() else {
            out.push((event, range));
            continue;
        };
        if image.figure {
            skip_to = Some(image.end + 1);
            out.push((Event::Html(CowStr::from(image.html + "\n")), range));
        } else {
            skip_to = Some(image.end);
            out.push((Event::InlineHtml(image.html.into()), range));
        }
    }
    out
}

/// Raw HTML's `<img>` elements, treated as Markdown images are: `src` resolved the same way
/// (a file name in the article's folder, a `/path` in `static/`), `width` and `height` added
/// from the file unless given, and a finding for an image without an `alt` attribute
/// (`alt=""` is an editor's explicit "decorative") or without its file, at the HTML's place.
/// `None` when `html` has no `<img>`, or lol_html could not read it (then it stays as written).
fn raw_html(
    html: &str,
    range: Range<usize>,
    doc: &Document<'_>,
    resolver: &dyn LinkResolver,
    read_sizes: bool,
    rendered: &mut Rendered,
) -> Option<String> {
    if !html.to_ascii_lowercase().contains("<img") {
        return None;
    }
    let mut findings = Vec::new();
    let mut links = Vec::new();
    let mut stamps = Vec::new();
    let mut responsive_images = Vec::new();
    let handler = lol_html::element!("img", |el| {
        let written = crate::postprocess::decode(&el.get_attribute("src").unwrap_or_default());
        if !el.has_attribute("alt") {
            findings.push((
                "missing-alt",
                format!(
                    "image {written:?} has no alt attribute: say in alt=\"…\" what it shows, or \
                     write alt=\"\" for an image that only decorates"
                ),
            ));
        }
        let resolved = resolver.image(&ImagePath::of(&written), doc.article, doc.lang);
        let Some(resolved) = resolved else {
            links.push(written);
            return Ok(());
        };
        if let Some(file) = &resolved.file {
            stamps.push((file.clone(), stamp(file)));
        }
        match &resolved.file {
            Some(file)
                if read_sizes && !el.has_attribute("width") && !el.has_attribute("height") =>
            {
                if let Some(probe) = probe(file) {
                    el.set_attribute("width", &probe.width.to_string())?;
                    el.set_attribute("height", &probe.height.to_string())?;
                    // Copies only where the editor chose no candidates or sizes of their own.
                    if !el.has_attribute("srcset")
                        && !el.has_attribute("sizes")
                        && let Some((image, sizes)) =
                            responsive_image(&probe, file, &resolved, resolver)
                    {
                        el.set_attribute("srcset", &image.srcset(responsive::unescaped))?;
                        el.set_attribute("sizes", sizes)?;
                        responsive_images.push(image);
                    }
                }
            }
            Some(_) => {}
            None => findings.push((
                "broken-link",
                format!("image {written:?}: there is no file {}", resolved.wanted),
            )),
        }
        el.set_attribute("src", &resolved.url)?;
        links.push(resolved.url);
        Ok(())
    });
    let settings = lol_html::RewriteStrSettings::new().append_element_content_handler(handler);
    let rewritten = lol_html::rewrite_str(html, settings).ok()?;
    for (code, message) in findings {
        rendered.diagnostics.push(Diagnostic::error_in(
            doc.source,
            range.clone(),
            code,
            message,
        ));
    }
    rendered
        .links
        .extend(links.into_iter().map(|url| (url, range.clone())));
    rendered.image_files.append(&mut stamps);
    rendered.responsive_images.append(&mut responsive_images);
    Some(rewritten)
}

/// Finds the images of `events` and writes their HTML.
fn find(
    events: &[Spanned<'_>],
    doc: &Document<'_>,
    resolver: &dyn LinkResolver,
    read_sizes: bool,
    rendered: &mut Rendered,
) -> Vec<Image> {
    let mut images = Vec::new();
    let mut i = 0;
    while i < events.len() {
        let (
            Event::Start(Tag::Image {
                dest_url, title, ..
            }),
            range,
        ) = &events[i]
        else {
            i += 1;
            continue;
        };
        // The alt text: every text inside, nested images' included (as pulldown-cmark writes it).
        let mut depth = 0usize;
        let mut end = i;
        let mut alt = String::new();
        for (j, (event, _)) in events.iter().enumerate().skip(i + 1) {
            match event {
                Event::Start(Tag::Image { .. }) => depth += 1,
                Event::End(TagEnd::Image) if depth == 0 => {
                    end = j;
                    break;
                }
                Event::End(TagEnd::Image) => depth -= 1,
                Event::Text(text) | Event::Code(text) => alt.push_str(text),
                Event::SoftBreak | Event::HardBreak => alt.push(' '),
                _ => {}
            }
            end = j;
        }
        let figure = !title.trim().is_empty()
            && i > 0
            && matches!(events[i - 1].0, Event::Start(Tag::Paragraph))
            && matches!(
                events.get(end + 1),
                Some((Event::End(TagEnd::Paragraph), _))
            );
        let html = image_html(
            &ImageParts {
                dest: dest_url,
                title,
                alt: alt.trim(),
                range: range.clone(),
                figure,
            },
            doc,
            resolver,
            read_sizes,
            rendered,
        );
        images.push(Image {
            start: if figure { i - 1 } else { i },
            end,
            figure,
            html,
        });
        i = end + 1;
    }
    images
}

/// An image as written.
struct ImageParts<'a> {
    dest: &'a str,
    title: &'a str,
    alt: &'a str,
    range: Range<usize>,
    figure: bool,
}

/// The `<img>` (or `<figure>`) kennis writes for an image.
fn image_html(
    image: &ImageParts<'_>,
    doc: &Document<'_>,
    resolver: &dyn LinkResolver,
    read_sizes: bool,
    rendered: &mut Rendered,
) -> String {
    let decorative = image.alt == DECORATIVE_ALT;
    if image.alt.is_empty() {
        rendered.diagnostics.push(Diagnostic::error_in(
            doc.source,
            image.range.clone(),
            "missing-alt",
            format!(
                "image {:?} has no alt text: say between the brackets what it shows, \
                 ![Een man slaapt op zijn zij]({}), or write ![-]({}) for an image that only \
                 decorates",
                image.dest, image.dest, image.dest
            ),
        ));
    }
    let path = ImagePath::of(image.dest);
    if image.dest.starts_with(super::links::PREFIX) {
        rendered.diagnostics.push(Diagnostic::error_in(
            doc.source,
            image.range.clone(),
            "broken-link",
            format!(
                "image {:?}: @/ links lead to pages, not images; write the name of an image \
                 file in the article's own folder, or its path in static/ starting with /",
                image.dest
            ),
        ));
    }
    let resolved = resolver.image(&path, doc.article, doc.lang);
    if let Some(ResolvedImage {
        file: None, wanted, ..
    }) = &resolved
    {
        rendered.diagnostics.push(Diagnostic::error_in(
            doc.source,
            image.range.clone(),
            "broken-link",
            format!("image {:?}: there is no file {wanted}", image.dest),
        ));
    }
    let url = match &resolved {
        Some(resolved) => resolved.url.clone(),
        // Reported above; written as is it would be reported again as raw HTML's `@/` link.
        None if image.dest.starts_with(super::links::PREFIX) => String::new(),
        None => image.dest.to_string(),
    };
    rendered.links.push((url.clone(), image.range.clone()));
    let file = resolved.as_ref().and_then(|r| r.file.clone());
    if file.is_some() && !decorative && rendered.preview_image.is_none() {
        rendered.preview_image = Some(PreviewImage {
            url: url.clone(),
            alt: image.alt.to_string(),
        });
    }

    let mut src = String::new();
    // Infallible: writing into a String.
    let _ = pulldown_cmark_escape::escape_href(&mut src, &url);
    let mut html = format!("<img src=\"{src}\"");
    if decorative {
        // An empty alt is what tells assistive technology to skip the image; HTML forbids a
        // `role` on an `<img alt="">` (it has the role "presentation" already).
        html.push_str(" alt=\"\"");
    } else {
        html.push_str(&format!(" alt=\"{}\"", escape::html(image.alt)));
    }
    if let Some(file) = &file {
        rendered.image_files.push((file.clone(), stamp(file)));
    }
    let probed = file
        .as_deref()
        .filter(|_| read_sizes)
        .and_then(|f| Some((f, probe(f)?)));
    let mut responsive = None;
    if let Some((file, probe)) = probed {
        html.push_str(&format!(
            " width=\"{}\" height=\"{}\"",
            probe.width, probe.height
        ));
        if let Some(resolved) = &resolved
            && let Some((copies, sizes)) = responsive_image(&probe, file, resolved, resolver)
        {
            html.push_str(&format!(
                " srcset=\"{}\" sizes=\"{}\"",
                copies.srcset(responsive::escaped),
                escape::html(sizes)
            ));
            responsive = Some(copies);
        }
    }
    if !image.figure && !image.title.is_empty() {
        html.push_str(&format!(" title=\"{}\"", escape::html(image.title)));
    }
    html.push_str(" loading=\"lazy\" decoding=\"async\" />");
    if let Some(mut copies) = responsive {
        copies.tag = Some(html.clone());
        rendered.responsive_images.push(copies);
    }
    if !image.figure {
        return html;
    }
    let (caption, credit) = match image.title.split_once(CREDIT_SEPARATOR) {
        Some((caption, credit)) => (caption.trim(), credit.trim()),
        None => (image.title.trim(), ""),
    };
    let mut figcaption = escape::html(caption);
    if !credit.is_empty() {
        if !figcaption.is_empty() {
            figcaption.push(' ');
        }
        figcaption.push_str(&format!(
            "<small class=\"credit\">{}</small>",
            escape::html(credit)
        ));
    }
    format!("<figure>{html}<figcaption>{figcaption}</figcaption></figure>")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_image_addresses() {
        assert_eq!(
            ImagePath::of("/afbeeldingen/x.png"),
            ImagePath::Static("afbeeldingen/x.png")
        );
        assert_eq!(ImagePath::of("slaap.jpg"), ImagePath::Bundle("slaap.jpg"));
        assert_eq!(ImagePath::of("./slaap.jpg"), ImagePath::Bundle("slaap.jpg"));
        assert_eq!(ImagePath::of("https://e.org/x.png"), ImagePath::Elsewhere);
        assert_eq!(ImagePath::of("//e.org/x.png"), ImagePath::Elsewhere);
        assert_eq!(
            ImagePath::of("data:image/png;base64,AA"),
            ImagePath::Elsewhere
        );
    }

    #[test]
    fn file_names_are_decoded_without_query() {
        assert_eq!(file_name("mijn%20foto.png?v=2"), "mijn foto.png");
    }
}
