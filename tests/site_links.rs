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
        for element in page.select("a[href], link[href], img[src], script[src]") {
            let value = element.value();
            let target = value.attr("href").or(value.attr("src")).unwrap_or_default();
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
        let broken = broken_links(&site.public(), base);
        assert!(
            broken.is_empty(),
            "broken links with base {base}:\n{}",
            broken.join("\n")
        );
    }
}

#[test]
fn this_repository_builds_without_broken_links() {
    let out = tempfile::tempdir().unwrap();
    let public = out.path().join("public");
    let run = Command::new(env!("CARGO_BIN_EXE_kennis"))
        .args(["build", "--root"])
        .arg(repo_root())
        .arg("--output")
        .arg(&public)
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let config = std::fs::read_to_string(repo_root().join("site.toml")).unwrap();
    let base_url = config
        .lines()
        .find_map(|l| l.strip_prefix("base_url = "))
        .unwrap()
        .trim_matches('"')
        .to_string();
    let broken = broken_links(&public, &base_url);
    assert!(broken.is_empty(), "broken links:\n{}", broken.join("\n"));
    assert!(public.join("nl/index.html").is_file() && public.join("en/index.html").is_file());
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
}
