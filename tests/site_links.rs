//! Every internal link and anchor of a built site resolves: checked by crawling the output.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::process::Command;

use common::{Fixture, Page, repo_root};

/// Parses every HTML file under `public` and returns the links that do not resolve: internal
/// links are root-relative paths under `base_path` or absolute URLs under `base_url`.
fn broken_links(public: &Path, base_url: &str) -> Vec<String> {
    let base_path = url_path(base_url);
    let pages: BTreeMap<String, Page> = common::snapshot(public)
        .into_keys()
        .filter(|f| f.ends_with(".html"))
        .map(|f| {
            let page = Page::read(&public.join(&f));
            (f, page)
        })
        .collect();
    let ids = |page: &Page| -> BTreeSet<String> {
        page.select("[id]")
            .iter()
            .filter_map(|e| e.value().attr("id").map(str::to_string))
            .collect()
    };

    let mut broken = Vec::new();
    for (file, page) in &pages {
        for target in page_urls(page) {
            let target = target.as_str();
            let path = if let Some(rest) = target.strip_prefix(base_url) {
                format!("{base_path}{rest}")
            } else if target.starts_with('/') || target.starts_with('#') {
                target.to_string()
            } else if has_scheme(target) {
                continue; // https:, mailto:, …
            } else {
                // kennis writes root-relative links only; anything else (a relative path, an
                // unresolved @/ link) breaks under some URL.
                broken.push(format!(
                    "{file}: {target} is neither root-relative nor absolute"
                ));
                continue;
            };
            let (path, anchor) = match path.split_once('#') {
                Some((p, a)) => (p.to_string(), Some(a.to_string())),
                None => (path, None),
            };
            let path = path.split('?').next().unwrap_or_default().to_string();
            let target_file = if path.is_empty() {
                file.clone()
            } else {
                let Some(relative) = path.strip_prefix(&base_path) else {
                    broken.push(format!("{file}: {target} leaves the base path {base_path}"));
                    continue;
                };
                if relative.is_empty() || relative.ends_with('/') {
                    format!("{relative}index.html")
                } else {
                    relative.to_string()
                }
            };
            if !public.join(&target_file).is_file() {
                broken.push(format!("{file}: {target} → {target_file} does not exist"));
                continue;
            }
            if let Some(anchor) = anchor {
                let ok = pages
                    .get(&target_file)
                    .is_some_and(|p| ids(p).contains(&anchor));
                if !ok {
                    broken.push(format!("{file}: {target} → no #{anchor} in {target_file}"));
                }
            }
        }
    }
    broken
}

/// Every URL a page refers to: links, assets, image candidates, forms, the meta refresh.
fn page_urls(page: &Page) -> Vec<String> {
    let mut urls = Vec::new();
    let selector = "a[href], area[href], link[href], img[src], script[src], source[src], \
                    iframe[src], form[action], [srcset], meta[http-equiv=refresh]";
    for element in page.select(selector) {
        let value = element.value();
        for attribute in ["href", "src", "action"] {
            urls.extend(value.attr(attribute).map(str::to_string));
        }
        if let Some(srcset) = value.attr("srcset") {
            for candidate in srcset.split(", ") {
                urls.extend(candidate.split_whitespace().next().map(str::to_string));
            }
        }
        if let Some(content) = value.attr("content") {
            let target = content.split_once("url=").map(|(_, url)| url.trim());
            urls.extend(target.map(str::to_string));
        }
    }
    urls
}

/// Every absolute URL on the site's host in the pages' JSON-LD, the sitemap, the feeds and
/// robots.txt, that is not under `base_url` or names no file of the output (fragments aside).
fn broken_site_addresses(public: &Path, base_url: &str) -> Vec<String> {
    let origin = {
        let after_scheme = base_url.find("://").map_or(0, |i| i + 3);
        let end = base_url[after_scheme..]
            .find('/')
            .map_or(base_url.len(), |i| after_scheme + i);
        base_url[..end].to_string()
    };
    let mut addresses: Vec<(String, String)> = Vec::new();
    for (file, bytes) in common::snapshot(public) {
        let text = String::from_utf8_lossy(&bytes).into_owned();
        if file.ends_with(".html") {
            let page = Page::read(&public.join(&file));
            for script in page.select("script[type='application/ld+json']") {
                let json: serde_json::Value =
                    serde_json::from_str(&script.text().collect::<String>()).unwrap();
                json_strings(&json, &mut |s| {
                    addresses.push((file.clone(), s.to_string()))
                });
            }
        } else if file.ends_with(".xml") {
            let xml = roxmltree::Document::parse(&text).unwrap();
            for node in xml.descendants().filter(|n| n.is_element()) {
                match node.tag_name().name() {
                    "loc" => addresses.push((file.clone(), node.text().unwrap_or("").to_string())),
                    "link" => addresses.extend(
                        node.attribute("href")
                            .map(|href| (file.clone(), href.to_string())),
                    ),
                    _ => {}
                }
            }
        } else if file == "robots.txt" {
            for line in text.lines() {
                if let Some(url) = line.strip_prefix("Sitemap: ") {
                    addresses.push((file.clone(), url.to_string()));
                }
            }
        }
    }
    let mut broken = Vec::new();
    for (file, address) in addresses {
        if !address.starts_with(&origin) {
            continue;
        }
        let Some(inside) = address.strip_prefix(base_url) else {
            broken.push(format!("{file}: {address} is not under {base_url}"));
            continue;
        };
        let path = inside.split(['#', '?']).next().unwrap_or_default();
        let target = if path.is_empty() || path.ends_with('/') {
            format!("{path}index.html")
        } else {
            path.to_string()
        };
        if !public.join(&target).is_file() {
            broken.push(format!("{file}: {address} → {target} does not exist"));
        }
    }
    broken
}

/// Calls `found` with every string in a JSON value.
fn json_strings(value: &serde_json::Value, found: &mut dyn FnMut(&str)) {
    match value {
        serde_json::Value::String(s) => found(s),
        serde_json::Value::Array(items) => items.iter().for_each(|v| json_strings(v, found)),
        serde_json::Value::Object(map) => map.values().for_each(|v| json_strings(v, found)),
        _ => {}
    }
}

/// True for `https://…`, `mailto:…` and the like.
fn has_scheme(target: &str) -> bool {
    target.split_once(':').is_some_and(|(scheme, _)| {
        !scheme.is_empty()
            && scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
    })
}

fn url_path(base_url: &str) -> String {
    let after_scheme = base_url.split_once("://").map_or(base_url, |(_, r)| r);
    match after_scheme.find('/') {
        Some(i) => after_scheme[i..].to_string(),
        None => "/".to_string(),
    }
}

#[test]
fn the_fixture_site_has_no_broken_links_even_under_a_sub_path() {
    let site = Fixture::new("basic");
    for base in ["https://example.org/", "https://example.org/kennis/"] {
        let run = site.build(&["--base-url", base, "--drafts"]);
        assert_eq!(run.code(), 0, "{}", run.stderr());
        let mut broken = broken_links(&site.public(), base);
        broken.extend(broken_site_addresses(&site.public(), base));
        assert!(
            broken.is_empty(),
            "broken links with base {base}:\n{}",
            broken.join("\n")
        );
    }
}

#[test]
fn this_repository_builds_without_broken_links_at_its_address_and_under_a_sub_path() {
    let config = std::fs::read_to_string(repo_root().join("site.toml")).unwrap();
    let own_base_url = config
        .lines()
        .find_map(|l| l.strip_prefix("base_url = "))
        .unwrap()
        .trim_matches('"')
        .to_string();
    for base_url in [own_base_url.as_str(), "https://example.org/kennis/"] {
        let out = tempfile::tempdir().unwrap();
        let public = out.path().join("public");
        let run = Command::new(env!("CARGO_BIN_EXE_kennis"))
            .args(["build", "--root"])
            .arg(repo_root())
            .arg("--output")
            .arg(&public)
            .args(["--base-url", base_url])
            .output()
            .unwrap();
        assert!(
            run.status.success(),
            "{}",
            String::from_utf8_lossy(&run.stderr)
        );
        let mut broken = broken_links(&public, base_url);
        broken.extend(broken_site_addresses(&public, base_url));
        assert!(
            broken.is_empty(),
            "broken links with base {base_url}:\n{}",
            broken.join("\n")
        );
        assert!(public.join("nl/index.html").is_file() && public.join("en/index.html").is_file());
    }
}

#[test]
fn the_link_checker_notices_a_broken_link() {
    // Guards the guard: a page with a dangling link and a dangling anchor must be reported.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("index.html"),
        "<a href=\"/nl/\">x</a><a href=\"#nope\">y</a><h2 id=\"yes\">t</h2><a href=\"#yes\">z</a>\
         <a href=\"@/artikelen/x.md\">u</a><a href=\"../x/\">r</a><a href=\"mailto:a@b.c\">m</a>",
    )
    .unwrap();
    let broken = broken_links(dir.path(), "https://example.org/");
    assert_eq!(broken.len(), 4, "{broken:?}");

    std::fs::write(
        dir.path().join("index.html"),
        "<img srcset=\"/a.png 1x, /index.html 2x\"><meta http-equiv=\"refresh\" content=\"0; url=/x/\">\
         <script type=\"application/ld+json\">{\"url\": \"https://example.org/kennis/y/\"}</script>",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("sitemap.xml"),
        "<urlset><url><loc>https://example.org/z/</loc></url></urlset>",
    )
    .unwrap();
    let mut broken = broken_links(dir.path(), "https://example.org/");
    broken.extend(broken_site_addresses(dir.path(), "https://example.org/"));
    assert_eq!(broken.len(), 4, "{broken:?}");
}
