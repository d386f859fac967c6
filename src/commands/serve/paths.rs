//! From a request's path to a file of the site, refusing anything that tries to leave it.
//!
//! The site lives in memory, so no request can reach the disk; the checks still refuse every
//! form of `..` (plain, `%2e%2e`, `..%2f`, backslashes) outright, as a static host must, rather
//! than quietly folding them.

use percent_encoding::percent_decode_str;

/// What a request path leads to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// A file of the site, by its path relative to the site root.
    File(String),
    /// A folder asked for without its closing slash: redirect to the same path with one.
    AddSlash,
    /// Nothing: the site's 404 page.
    NotFound,
    /// A path that tries to leave the site or is malformed.
    Refused,
}

/// Resolves `raw_path` (as received, percent-encoded) under `base_path` (`/` or `/kennis/`).
/// `exists` says whether the site has a file.
pub fn resolve(raw_path: &str, base_path: &str, exists: impl Fn(&str) -> bool) -> Target {
    if raw_path.contains('\\') {
        return Target::Refused;
    }
    let Ok(decoded) = percent_decode_str(raw_path).decode_utf8() else {
        return Target::Refused;
    };
    if !decoded.starts_with('/') || decoded.contains(['\\', '\0']) {
        return Target::Refused;
    }
    let leaves_folder = decoded
        .split('/')
        .any(|segment| segment == ".." || segment == ".");
    if leaves_folder {
        return Target::Refused;
    }
    let Some(relative) = decoded.strip_prefix(base_path) else {
        // `/kennis` for a site at `/kennis/`.
        if format!("{decoded}/") == base_path {
            return Target::AddSlash;
        }
        return Target::NotFound;
    };
    if relative.contains("//") {
        return Target::NotFound;
    }
    if relative.is_empty() || relative.ends_with('/') {
        let index = format!("{relative}index.html");
        return if exists(&index) {
            Target::File(index)
        } else {
            Target::NotFound
        };
    }
    if exists(relative) {
        return Target::File(relative.to_string());
    }
    if exists(&format!("{relative}/index.html")) {
        return Target::AddSlash;
    }
    Target::NotFound
}

/// The `Content-Type` for a file of the site, by its extension.
pub fn content_type(path: &str) -> String {
    let mime = mime_guess::from_path(path).first_or_octet_stream();
    let textual = mime.type_() == "text"
        || matches!(
            mime.essence_str(),
            "application/javascript" | "application/json" | "application/xml" | "image/svg+xml"
        );
    let essence = match mime.essence_str() {
        // The current standard name (RFC 9239).
        "application/javascript" => "text/javascript",
        other => other,
    };
    if textual {
        format!("{essence}; charset=utf-8")
    } else {
        essence.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(path: &str) -> bool {
        matches!(
            path,
            "index.html" | "nl/index.html" | "nl/artikelen/x/index.html" | "style.css"
        )
    }

    #[test]
    fn files_folders_and_redirects() {
        let at = |p| resolve(p, "/", site);
        assert_eq!(at("/"), Target::File("index.html".into()));
        assert_eq!(at("/nl/"), Target::File("nl/index.html".into()));
        assert_eq!(at("/nl"), Target::AddSlash);
        assert_eq!(
            at("/nl/artikelen/x/index.html"),
            Target::File("nl/artikelen/x/index.html".into())
        );
        assert_eq!(at("/style.css"), Target::File("style.css".into()));
        assert_eq!(at("/n%6C/"), Target::File("nl/index.html".into()));
        assert_eq!(at("/nl/nope/"), Target::NotFound);
        assert_eq!(at("/nl//"), Target::NotFound);
    }

    #[test]
    fn every_way_out_is_refused() {
        for attack in [
            "/../etc/passwd",
            "/nl/../../etc/passwd",
            "/%2e%2e/etc/passwd",
            "/%2E%2E/etc/passwd",
            "/..%2fetc/passwd",
            "/nl/..%2F..%2Fetc/passwd",
            "/%2e%2e%2f%2e%2e%2fetc/passwd",
            "/..\\etc\\passwd",
            "/nl/%5c..%5cetc",
            "/./index.html",
            "/nl/%00",
            "/%ff%fe",
        ] {
            assert_eq!(resolve(attack, "/", site), Target::Refused, "{attack}");
        }
    }

    #[test]
    fn a_site_under_a_sub_path() {
        let at = |p| resolve(p, "/kennis/", site);
        assert_eq!(at("/kennis/"), Target::File("index.html".into()));
        assert_eq!(at("/kennis"), Target::AddSlash);
        assert_eq!(at("/kennis/nl/"), Target::File("nl/index.html".into()));
        assert_eq!(at("/nl/"), Target::NotFound);
        assert_eq!(at("/kennis/../nl/"), Target::Refused);
    }

    #[test]
    fn content_types() {
        assert_eq!(content_type("nl/index.html"), "text/html; charset=utf-8");
        assert_eq!(content_type("style.css"), "text/css; charset=utf-8");
        assert_eq!(content_type("search.js"), "text/javascript; charset=utf-8");
        assert_eq!(
            content_type("nl/search-index/index.json"),
            "application/json; charset=utf-8"
        );
        assert_eq!(content_type("sitemap.xml"), "text/xml; charset=utf-8");
        assert_eq!(content_type("favicon.svg"), "image/svg+xml; charset=utf-8");
        assert_eq!(content_type("robots.txt"), "text/plain; charset=utf-8");
        assert_eq!(content_type("photo.webp"), "image/webp");
    }
}
