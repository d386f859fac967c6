//! Where a link leads: resolved against its page as a browser would, and sorted into what the
//! check cares about.

use std::borrow::Cow;

use percent_encoding::percent_decode_str;
use url::Url;

use crate::parse::markdown::links::PREFIX as INTERNAL_LINK_PREFIX;

/// Where a link leads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Target {
    /// Elsewhere, or nowhere the check follows: other sites, `mailto:`, `data:`, the page
    /// itself, and `@/` links the Markdown stage could not resolve (it reported them).
    NotChecked,
    /// A path of this site, relative to the base URL and percent-decoded (`nl/x/`,
    /// `style.css`, empty for the site's root), with its percent-decoded fragment.
    Internal {
        path: String,
        fragment: Option<String>,
    },
    /// On the site's host but outside its base path: the URL's path.
    Outside(String),
    /// Not a URL a browser can follow, and why.
    Invalid(String),
}

/// The URL of the page written to `file` (`nl/x/index.html` → `<base>nl/x/`).
pub(super) fn page_url(base_url: &Url, file: &str) -> Url {
    base_url
        .join(site_path(file))
        .unwrap_or_else(|_| base_url.clone())
}

/// The site path of the page written to `file`: `nl/x/index.html` → `nl/x/`, `404.html` stays.
pub(super) fn site_path(file: &str) -> &str {
    match file.strip_suffix("index.html") {
        Some(folder) if folder.is_empty() || folder.ends_with('/') => folder,
        _ => file,
    }
}

/// Resolves `href` on the page at `page_url` (whose site path is `page_path`); `base` is the
/// page's `<base href>`, if it has one.
pub(super) fn resolve(
    href: &str,
    base: Option<&Url>,
    page_url: &Url,
    page_path: &str,
    base_url: &Url,
) -> Target {
    if href.is_empty() || href.starts_with(INTERNAL_LINK_PREFIX) {
        return Target::NotChecked;
    }
    if base.is_none()
        && let Some(fragment) = href.strip_prefix('#')
    {
        // The common case (citations, footnotes, the table of contents), without parsing.
        return Target::Internal {
            path: page_path.to_string(),
            fragment: Some(decode(fragment).into_owned()),
        };
    }
    if scheme(href)
        .is_some_and(|s| !s.eq_ignore_ascii_case("http") && !s.eq_ignore_ascii_case("https"))
    {
        return Target::NotChecked;
    }
    let url = match base.unwrap_or(page_url).join(href) {
        Ok(url) => url,
        Err(e) => return Target::Invalid(e.to_string()),
    };
    site_target(&url, base_url)
}

/// Where an absolute URL leads on the site at `base_url`.
pub(super) fn site_target(url: &Url, base_url: &Url) -> Target {
    if url.origin() != base_url.origin() {
        return Target::NotChecked;
    }
    let base_path = base_url.path();
    let path = url.path();
    let inside = match path.strip_prefix(base_path) {
        Some(inside) => inside,
        // `/kennis` is the site's root without its final slash: servers redirect it.
        None if base_path.strip_suffix('/') == Some(path) => "",
        None => return Target::Outside(path.to_string()),
    };
    Target::Internal {
        path: decode(inside).into_owned(),
        fragment: url.fragment().map(|f| decode(f).into_owned()),
    }
}

/// True for a relative-path link (`x/`, `../y/`, `style.css`): one that resolves differently on
/// pages at different depths. Fragments, root-relative and absolute URLs are not.
pub(super) fn is_path_relative(href: &str) -> bool {
    !(href.is_empty()
        || href.starts_with(['/', '#', '?'])
        || href.starts_with(INTERNAL_LINK_PREFIX)
        || scheme(href).is_some())
}

/// Whether a fragment must name an element: an empty fragment, `#top` and text fragments
/// (`#:~:text=…`) work on every page.
pub(super) fn fragment_needs_target(fragment: &str) -> bool {
    !(fragment.is_empty() || fragment.eq_ignore_ascii_case("top") || fragment.starts_with(":~:"))
}

/// The scheme of an absolute URL (`https`, `mailto`), as RFC 3986 defines it.
fn scheme(href: &str) -> Option<&str> {
    let (scheme, _) = href.split_once(':')?;
    let mut chars = scheme.chars();
    let valid = chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    valid.then_some(scheme)
}

/// Percent-decoded text (invalid UTF-8 replaced), as file names and ids are compared.
fn decode(text: &str) -> Cow<'_, str> {
    percent_decode_str(text).decode_utf8_lossy()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn internal(path: &str, fragment: Option<&str>) -> Target {
        Target::Internal {
            path: path.to_string(),
            fragment: fragment.map(str::to_string),
        }
    }

    #[test]
    fn resolves_like_a_browser_under_a_sub_path() -> crate::TestResult {
        let base = Url::parse("https://example.org/kennis/")?;
        let page = page_url(&base, "nl/artikelen/x/index.html");
        let at = |href: &str| resolve(href, None, &page, "nl/artikelen/x/", &base);
        assert_eq!(at("#bronnen"), internal("nl/artikelen/x/", Some("bronnen")));
        assert_eq!(at("../y/#a%20b"), internal("nl/artikelen/y/", Some("a b")));
        assert_eq!(at("/kennis/style.css?h=1"), internal("style.css", None));
        assert_eq!(at("https://example.org/kennis/"), internal("", None));
        assert_eq!(at("/kennis"), internal("", None));
        assert_eq!(at("/kennis/caf%C3%A9.png"), internal("café.png", None));
        assert_eq!(at("/nl/"), Target::Outside("/nl/".to_string()));
        assert_eq!(at("../../../../x/"), Target::Outside("/x/".to_string()));
        assert_eq!(
            at("https://example.org/other/"),
            Target::Outside("/other/".to_string())
        );
        for elsewhere in [
            "https://pubmed.ncbi.nlm.nih.gov/1/",
            "//cdn.example.com/x.js",
            "http://example.org/kennis/",
            "mailto:redactie@example.org",
            "data:image/png;base64,AAAA",
            "@/artikelen/zink.md",
            "",
        ] {
            assert_eq!(at(elsewhere), Target::NotChecked, "{elsewhere}");
        }
        assert!(matches!(at("https://exa mple.org/"), Target::Invalid(_)));
        Ok(())
    }

    #[test]
    fn a_base_element_changes_what_links_resolve_against() -> crate::TestResult {
        let base = Url::parse("https://example.org/")?;
        let page = page_url(&base, "nl/x/index.html");
        let element = page.join("/en/")?;
        let at = |href: &str| resolve(href, Some(&element), &page, "nl/x/", &base);
        assert_eq!(at("y/"), internal("en/y/", None));
        assert_eq!(at("#a"), internal("en/", Some("a")));
        Ok(())
    }

    #[test]
    fn pages_and_relative_links() -> crate::TestResult {
        let base = Url::parse("https://example.org/kennis/")?;
        assert_eq!(
            page_url(&base, "index.html").as_str(),
            "https://example.org/kennis/"
        );
        assert_eq!(
            page_url(&base, "404.html").as_str(),
            "https://example.org/kennis/404.html"
        );
        assert_eq!(site_path("nl/index.html"), "nl/");
        assert_eq!(site_path("nl/myindex.html"), "nl/myindex.html");
        for relative in ["x/", "../y/", "style.css", "./"] {
            assert!(is_path_relative(relative), "{relative}");
        }
        for not in [
            "/kennis/",
            "#a",
            "?q=1",
            "https://x.org/",
            "mailto:a@b.c",
            "@/a/b.md",
            "",
        ] {
            assert!(!is_path_relative(not), "{not}");
        }
        assert!(!fragment_needs_target("top"));
        assert!(!fragment_needs_target(":~:text=magnesium"));
        assert!(fragment_needs_target("bronnen"));
        Ok(())
    }
}
