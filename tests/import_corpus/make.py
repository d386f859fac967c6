#!/usr/bin/env python3
"""Writes the import corpus from pages.py: for each page NAME.txt (the text as a browser's
"copy all text" gives it), NAME.html for some (a saved page of a common CMS theme) and NAME.toml
(the gold answers, derived from the same description so that they cannot drift from the text).

    python3 tests/import_corpus/make.py

The page texts in pages.py were written by hand, in our own words, after the public pages whose
addresses are in `follows`; they keep those pages' structure and boilerplate, not their wording.
"""
import html
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from pages import PAGES  # noqa: E402


def txt(page):
    out = []
    out += page.get("pre", [])
    out.append(page["title"])
    for kind, text in page.get("meta", []):
        out.append(text)
    out.append("")
    for item in page["body"]:
        k = item[0]
        if k == "h":
            out += [item[1], ""]
        elif k == "hn":  # a heading without a blank line after it
            out.append(item[1])
        elif k == "p":
            out += [item[1], ""]
        elif k == "b":
            out += [item[1], ""]
        elif k == "ul":
            out += [f"• {x}" for x in item[1]] + [""]
        elif k == "table":
            _, header, rows, style = item
            if style == "tab":
                out += ["\t".join(r) for r in [header] + rows]
            elif style == "pipe":
                out += ["| " + " | ".join(r) + " |" for r in [header] + rows]
            else:  # every cell on its own line
                for r in [header] + rows:
                    out += list(r)
            out.append("")
        elif k == "faq":
            _, heading, qas = item
            out += [heading, ""]
            for q, a in qas:
                out += [q, a, ""]
        elif k == "refs":
            _, heading, refs = item
            out += [heading] if heading else []
            out += [r for r, _ in refs] + [""]
    out += page.get("tail", [])
    return "\n".join(out).rstrip("\n") + "\n"


def boilerplate(page):
    lines = list(page.get("pre", []))
    lines += [t for k, t in page.get("meta", []) if k == "b"]
    lines += [i[1] for i in page["body"] if i[0] == "b"]
    lines += page.get("tail", [])
    return [l for l in lines if l.strip()]


def gold(page):
    refs = [r for i in page["body"] if i[0] == "refs" for r in i[2]]
    headings = [i[1] for i in page["body"] if i[0] in ("h", "hn")]
    headings += [i[1] for i in page["body"] if i[0] == "faq"]
    g = {
        "lang": page["lang"],
        "follows": page["follows"],
        "title": page["title"],
    }
    if page.get("date"):
        g["date"] = page["date"]
    g["boilerplate"] = boilerplate(page)
    g["references"] = len(refs)
    g["references_with_locator"] = sum(1 for _, loc in refs if loc)
    g["headings"] = headings
    g["tables"] = sum(1 for i in page["body"] if i[0] == "table")
    g["faq_questions"] = sum(len(i[2]) for i in page["body"] if i[0] == "faq")
    return g


def toml_value(v):
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, int):
        return str(v)
    if isinstance(v, list):
        if not v:
            return "[]"
        return "[\n" + "".join(f"  {toml_value(x)},\n" for x in v) + "]"
    raise TypeError(v)


def toml(g):
    return "".join(f"{k} = {toml_value(v)}\n" for k, v in g.items())


def e(text):
    return html.escape(text, quote=False)


def content_html(page):
    parts = []
    for item in page["body"]:
        k = item[0]
        if k in ("h", "hn"):
            parts.append(f"<h2>{e(item[1])}</h2>")
        elif k == "p":
            parts.append(f"<p>{e(item[1])}</p>")
        elif k == "b":
            parts.append(f'<p class="related"><strong>{e(item[1])}</strong></p>')
        elif k == "ul":
            parts.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in item[1]) + "</ul>")
        elif k == "table":
            _, header, rows, _ = item
            head = "".join(f"<th>{e(c)}</th>" for c in header)
            body = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in rows)
            parts.append(f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")
        elif k == "faq":
            _, heading, qas = item
            parts.append(f"<h2>{e(heading)}</h2>")
            for q, a in qas:
                parts.append(f'<div class="faq-item"><h3>{e(q)}</h3><p>{e(a)}</p></div>')
        elif k == "refs":
            _, heading, refs = item
            if heading:
                parts.append(f"<h2>{e(heading)}</h2>")
            parts.append('<ol class="references">' + "".join(f"<li>{e(r)}</li>" for r, _ in refs) + "</ol>")
    return "\n".join(parts)


def meta_html(page):
    out = []
    for kind, text in page.get("meta", []):
        if kind == "date":
            out.append(f'<time class="entry-date published" datetime="{page["date"]}T08:00:00+01:00">{e(text)}</time>')
        else:
            out.append(f'<span class="meta">{e(text)}</span>')
    return " ".join(out)


def jsonld(page):
    data = {"@context": "https://schema.org", "@type": "Article", "headline": page["title"],
            "inLanguage": page["lang"]}
    if page.get("date"):
        data["datePublished"] = page["date"]
    return json.dumps(data, ensure_ascii=False)


LABELS = {
    "nl": {"nav": [("/", "Home"), ("/vitamines/", "Vitamines"), ("/slaap/", "Slaap"), ("/contact/", "Contact")],
           "popular": "Meest gelezen", "posted_in": "Geplaatst in", "health": "Gezondheid",
           "recent": "Recente berichten", "closed": "Reacties zijn gesloten."},
    "en": {"nav": [("/", "Home"), ("/vitamins/", "Vitamins"), ("/sleep/", "Sleep"), ("/contact/", "Contact")],
           "popular": "Most read", "posted_in": "Posted in", "health": "Health",
           "recent": "Recent posts", "closed": "Comments are closed."},
}


def html_page(page):
    site = page.get("site", "example.org")
    pre = "".join(f"<p>{e(l)}</p>" for l in page.get("pre", []))
    tail = "".join(f"<p>{e(l)}</p>" for l in page.get("tail", []))
    words = LABELS[page["lang"]]
    nav = "".join(f'<li><a href="{href}">{e(label)}</a></li>' for href, label in words["nav"])
    if page.get("theme") == "drupal":
        return f"""<!DOCTYPE html>
<html lang="{page['lang']}" dir="ltr">
<head>
<meta charset="utf-8">
<title>{e(page['title'])} | {e(site)}</title>
<script type="application/ld+json">{jsonld(page)}</script>
</head>
<body class="path-node page-node-type-article">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas">
<div class="layout-container">
<header role="banner"><div class="region region-header"><nav role="navigation" class="menu--main"><ul class="menu">{nav}</ul></nav></div>
<div class="region region-breadcrumb">{pre}</div></header>
<main role="main"><a id="main-content" tabindex="-1"></a>
<div class="region region-content">
<article role="article" class="node node--type-article node--view-mode-full">
<h1 class="page-title"><span class="field field--name-title">{e(page['title'])}</span></h1>
<div class="node__meta">{meta_html(page)}</div>
<div class="node__content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item">
{content_html(page)}
</div></div>
</article></div></main>
<aside class="layout-sidebar-second" role="complementary"><div class="block block-views"><h2>{words["popular"]}</h2><ul><li><a href="/ijzer">IJzer</a></li><li><a href="/jodium">Jodium</a></li></ul></div></aside>
<footer role="contentinfo" class="site-footer">{tail}</footer>
</div></div>
</body>
</html>
"""
    return f"""<!DOCTYPE html>
<html lang="{page['lang']}">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(page['title'])} &#8211; {e(site)}</title>
<link rel="stylesheet" id="wp-block-library-css" href="/wp-includes/css/dist/block-library/style.min.css" media="all">
<script type="application/ld+json">{jsonld(page)}</script>
</head>
<body class="post-template-default single single-post postid-{sum(map(ord, page['name'])) % 9000 + 1000} single-format-standard">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#primary">Skip to content</a>
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/" rel="home">{e(site)}</a></p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">{nav}</ul></nav></header>
<div class="breadcrumbs">{pre}</div>
<main id="primary" class="site-main">
<article id="post-1" class="post type-post status-publish format-standard hentry">
<header class="entry-header"><h1 class="entry-title">{e(page['title'])}</h1>
<div class="entry-meta">{meta_html(page)}</div></header>
<div class="entry-content">
{content_html(page)}
</div>
<footer class="entry-footer"><span class="cat-links">{words["posted_in"]} <a href="/category/health/" rel="category tag">{words["health"]}</a></span></footer>
</article>
<div id="comments" class="comments-area"><p class="no-comments">{words["closed"]}</p></div>
</main>
<aside id="secondary" class="widget-area"><section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">{words["recent"]}</h2><ul><li><a href="/omega-3/">Omega-3 en je hart</a></li><li><a href="/jodium/">Jodium in brood</a></li></ul></section></aside>
<footer id="colophon" class="site-footer"><div class="site-info">{tail}</div></footer>
</div>
</body>
</html>
"""


def main():
    names = set()
    for page in PAGES:
        assert page["name"] not in names, page["name"]
        names.add(page["name"])
        folder = os.path.join(HERE, page["half"])
        os.makedirs(folder, exist_ok=True)
        base = os.path.join(folder, page["name"])
        with open(base + ".txt", "w") as f:
            f.write(txt(page))
        with open(base + ".toml", "w") as f:
            f.write(toml(gold(page)))
        if page.get("html"):
            with open(base + ".html", "w") as f:
                f.write(html_page(page))


if __name__ == "__main__":
    main()
