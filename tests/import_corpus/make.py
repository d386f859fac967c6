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


def line_text(line):
    """A line of `pre` or `tail`: a string (boilerplate), or ("date", text) for the page's date
    line when it stands before the title or at the very end (not boilerplate, like a date in
    `meta`)."""
    return line[1] if isinstance(line, tuple) else line


def txt(page):
    out = []
    out += [line_text(l) for l in page.get("pre", [])]
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
            style = item[2] if len(item) > 2 else "•"
            if style == "none":  # every item on its own line, no marker
                out += list(item[1]) + [""]
            else:
                out += [f"{style} {x}" for x in item[1]] + [""]
        elif k == "ol":  # a numbered list
            out += [f"{n}. {x}" for n, x in enumerate(item[1], 1)] + [""]
        elif k == "bl":  # boilerplate lines one after the other (a table of contents, a box)
            out += list(item[1]) + [""]
        elif k == "table":
            _, header, rows, style = item
            if style == "tab":
                out += ["\t".join(r) for r in [header] + rows]
            elif style == "glued":  # the cells of a row run together, as a copied CSS grid gives them
                out += ["".join(r) for r in [header] + rows]
            elif style == "pipe":
                out += ["| " + " | ".join(r) + " |" for r in [header] + rows]
            else:  # every cell on its own line
                for r in [header] + rows:
                    out += list(r)
            out.append("")
        elif k == "faq":
            _, heading, qas = item
            if heading:  # an FAQ may stand without a heading of its own (h81-h100)
                out += [heading, ""]
            for q, a in qas:
                out += [q, a, ""]
        elif k == "refs":
            _, heading, refs = item
            out += [heading] if heading else []
            out += [r for r, _ in refs] + [""]
    out += [line_text(l) for l in page.get("tail", [])]
    return "\n".join(out).rstrip("\n") + "\n"


def boilerplate(page):
    lines = [l for l in page.get("pre", []) if not isinstance(l, tuple)]
    lines += [t for k, t in page.get("meta", []) if k == "b"]
    lines += [i[1] for i in page["body"] if i[0] == "b"]
    lines += [l for i in page["body"] if i[0] == "bl" for l in i[1]]
    lines += [l for l in page.get("tail", []) if not isinstance(l, tuple)]
    return [l for l in lines if l.strip()]


def gold(page):
    refs = [r for i in page["body"] if i[0] == "refs" for r in i[2]]
    headings = [i[1] for i in page["body"] if i[0] in ("h", "hn")]
    headings += [i[1] for i in page["body"] if i[0] == "faq" and i[1]]
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
        elif k == "ol":
            parts.append("<ol>" + "".join(f"<li>{e(x)}</li>" for x in item[1]) + "</ol>")
        elif k == "bl":
            parts.append('<div class="inline-box">' + "".join(f"<p>{e(x)}</p>" for x in item[1]) + "</div>")
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


# Labels of the two themes added for the second held-out half (h21-h40): a Ghost blog with the
# Casper theme and a Joomla 4 site with the Cassiopeia template.
THEME_LABELS = {
    "nl": {"nav": [("/", "Home"), ("/voeding/", "Voeding"), ("/slaap/", "Slaap"), ("/stress/", "Stress"), ("/over-ons/", "Over ons")],
           "search": "Zoeken", "signin": "Inloggen", "subscribe": "Abonneren",
           "cta": "Meld je aan voor meer zoals dit.", "email": "Vul je e-mailadres in",
           "more": "Lees meer", "min": "min leestijd", "powered": "Mogelijk gemaakt door Ghost",
           "privacy": "Privacy", "contact": "Contact",
           "cookie": "Wij gebruiken cookies om deze website goed te laten werken en om het gebruik te meten.",
           "accept": "Accepteren", "decline": "Weigeren", "settings": "Instellingen",
           "here": "U bent hier: ", "details": "Details", "mostread": "Meest gelezen",
           "newsletter": "Nieuwsbrief", "newsletter_text": "Ontvang maandelijks onze tips in je mailbox.",
           "prev": "Vorige", "next": "Volgende", "prev_article": "Vorig artikel", "next_article": "Volgend artikel",
           "comments": "Reacties", "add_comment": "Reactie toevoegen", "name": "Naam", "send": "Verzenden",
           "copyright": "Alle rechten voorbehouden.", "top": "Terug naar boven",
           "joomla_free": "Joomla! is vrije software, vrijgegeven onder de GNU General Public License.",
           "related": [("/slaap/slaaphygiene/", "Tien gewoontes voor een betere nachtrust", "Slaap", "5 min leestijd"),
                       ("/voeding/vitamine-d-winter/", "Vitamine D in de winter: wie heeft extra nodig?", "Voeding", "4 min leestijd"),
                       ("/stress/piekeren/", "Piekeren in bed: zo stop je de gedachtestroom", "Stress", "6 min leestijd")],
           "mostread_items": [("/voeding/ijzer/", "IJzer: hoeveel heb je nodig?"), ("/slaap/melatonine/", "Melatonine: wanneer helpt het?"), ("/voeding/magnesium/", "Magnesium en spierkrampen")],
           "comment_items": [("Annet", "12 maart, 08:14", "Duidelijk stuk, dank je wel. Ik ga dit met mijn huisarts bespreken."),
                             ("Henk", "12 maart, 21:40", "Bij mij hielp het pas na een paar weken. Geduld hebben dus!")]},
    "en": {"nav": [("/", "Home"), ("/nutrition/", "Nutrition"), ("/sleep/", "Sleep"), ("/stress/", "Stress"), ("/about/", "About")],
           "search": "Search", "signin": "Sign in", "subscribe": "Subscribe",
           "cta": "Sign up for more like this.", "email": "Enter your email",
           "more": "Read more", "min": "min read", "powered": "Powered by Ghost",
           "privacy": "Privacy", "contact": "Contact",
           "cookie": "We use cookies to make this site work and to understand how it is used.",
           "accept": "Accept", "decline": "Decline", "settings": "Settings",
           "here": "You are here: ", "details": "Details", "mostread": "Most read",
           "newsletter": "Newsletter", "newsletter_text": "Get our monthly tips in your inbox.",
           "prev": "Prev", "next": "Next", "prev_article": "Previous article", "next_article": "Next article",
           "comments": "Comments", "add_comment": "Add a comment", "name": "Name", "send": "Send",
           "copyright": "All rights reserved.", "top": "Back to top",
           "joomla_free": "Joomla! is free software released under the GNU General Public License.",
           "related": [("/sleep/sleep-hygiene/", "Ten habits for a better night's sleep", "Sleep", "5 min read"),
                       ("/nutrition/vitamin-d-winter/", "Vitamin D in winter: who needs more?", "Nutrition", "4 min read"),
                       ("/stress/worry-at-night/", "Worrying in bed: how to stop the loop", "Stress", "6 min read")],
           "mostread_items": [("/nutrition/iron/", "Iron: how much do you need?"), ("/sleep/melatonin/", "Melatonin: when does it help?"), ("/nutrition/magnesium/", "Magnesium and muscle cramps")],
           "comment_items": [("Linda", "March 12, 8:14 am", "Clear and helpful, thank you. I will bring this up with my doctor."),
                             ("Mark", "March 12, 9:40 pm", "It took a few weeks before I noticed any difference, so be patient!")]},
}


def slug(page):
    return page["name"].split("-", 1)[1]


def description(page):
    first = next((i[1] for i in page["body"] if i[0] == "p"), page["title"])
    return first if len(first) <= 155 else first[:152].rsplit(" ", 1)[0] + "..."


def ghost_page(page):
    """A post of a Ghost blog with the Casper theme (after TryGhost/Casper's default.hbs and
    post.hbs): {ghost_head} with Open Graph and JSON-LD, the gh-head navigation with Sign in and
    Subscribe, the primary tag, a byline with <time> and the reading time, the post in
    gh-content, the Portal sign-up call to action, three read-more post cards, native comments,
    the site footer and a cookie banner from a code injection."""
    site = page.get("site", "example.org")
    lang = page["lang"]
    w = THEME_LABELS[lang]
    url = f"https://{site}/{slug(page)}/"
    author = page.get("author", site)
    tag = page.get("tag", w["nav"][1][1])
    ld = {"@context": "https://schema.org", "@type": "Article",
          "publisher": {"@type": "Organization", "name": site, "url": f"https://{site}/"},
          "author": {"@type": "Person", "name": author, "url": f"https://{site}/author/{author.lower().replace(' ', '-')}/"},
          "headline": page["title"], "url": url}
    if page.get("date"):
        ld["datePublished"] = f"{page['date']}T07:12:00.000Z"
        ld["dateModified"] = f"{page['date']}T07:12:00.000Z"
    ld["description"] = description(page)
    ld["mainEntityOfPage"] = url
    published = f'\n<meta property="article:published_time" content="{page["date"]}T07:12:00.000Z">' if page.get("date") else ""
    nav = "".join(f'<li class="nav-{label.lower().replace(" ", "-")}"><a href="{href}">{e(label)}</a></li>' for href, label in w["nav"])
    announcement = ""
    if page.get("pre"):
        announcement = ('<div class="gh-announcement-bar"><div class="gh-announcement-bar-content">'
                        + "".join(f"<p>{e(l)}</p>" for l in page["pre"]) + "</div></div>\n")
    byline = []
    for kind, text in page.get("meta", []):
        if kind == "date":
            byline.append(f'<time class="byline-meta-date" datetime="{page["date"]}">{e(text)}</time>')
        else:
            byline.append(f'<span class="byline-meta-text">{e(text)}</span>')
    cards = "".join(
        f'<article class="post-card post"><a class="post-card-image-link" href="{href}"><img class="post-card-image" src="/content/images/size/w600/2024/0{n}/cover.jpg" alt="{e(title)}" loading="lazy"></a>'
        f'<div class="post-card-content"><a class="post-card-content-link" href="{href}"><header class="post-card-header"><div class="post-card-tags"><span class="post-card-primary-tag">{e(t)}</span></div>'
        f'<h2 class="post-card-title">{e(title)}</h2></header></a><footer class="post-card-meta"><span class="post-card-meta-length">{e(length)}</span></footer></div></article>'
        for n, (href, title, t, length) in enumerate(w["related"], 1))
    tail = ""
    if page.get("tail"):
        tail = '<footer class="article-footer gh-canvas">' + "".join(f"<p>{e(l)}</p>" for l in page["tail"]) + "</footer>\n"
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{e(page['title'])}</title>
<meta name="HandheldFriendly" content="True">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=5f2b8a41c3">
<meta name="description" content="{html.escape(description(page))}">
<link rel="canonical" href="{url}">
<meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="{e(site)}">
<meta property="og:type" content="article">
<meta property="og:title" content="{html.escape(page['title'])}">
<meta property="og:description" content="{html.escape(description(page))}">
<meta property="og:url" content="{url}">{published}
<meta property="article:tag" content="{html.escape(tag)}">
<meta name="twitter:card" content="summary_large_image">
<script type="application/ld+json">
{json.dumps(ld, ensure_ascii=False, indent=4)}
</script>
<meta name="generator" content="Ghost 5.82">
<link rel="alternate" type="application/rss+xml" title="{e(site)}" href="https://{site}/rss/">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="true" data-ghost="https://{site}/" data-key="0a1b2c3d4e5f60718293a4b5c6" data-api="https://{site}/ghost/api/content/" crossorigin="anonymous"></script>
<script defer src="https://cdn.jsdelivr.net/ghost/sodo-search@~1.1/umd/sodo-search.min.js" data-key="0a1b2c3d4e5f60718293a4b5c6" data-styles="https://cdn.jsdelivr.net/ghost/sodo-search@~1.1/umd/main.css" data-sodo-search="https://{site}/" crossorigin="anonymous"></script>
</head>
<body class="post-template tag-{tag.lower().replace(' ', '-')} is-head-left-logo has-cover">
<div class="viewport">
{announcement}<header id="gh-head" class="gh-head outer">
<div class="gh-head-inner inner">
<div class="gh-head-brand"><a class="gh-head-logo no-image" href="https://{site}">{e(site)}</a>
<button class="gh-search gh-icon-btn" aria-label="{w['search']}" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke="currentColor" stroke-width="2" width="20" height="20"><path stroke-linecap="round" stroke-linejoin="round" d="M21 21l-6-6m2-5a7 7 0 11-14 0 7 7 0 0114 0z"></path></svg></button>
<button class="gh-burger" aria-label="Menu"></button></div>
<nav class="gh-head-menu"><ul class="nav">{nav}</ul></nav>
<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">{w['signin']}</a> <a class="gh-head-button" href="#/portal/signup" data-portal="signup">{w['subscribe']}</a></div>
</div>
</header>
<div class="site-content">
<main id="site-main" class="site-main">
<article class="article post tag-{tag.lower().replace(' ', '-')}">
<header class="article-header gh-canvas">
<section class="article-tag"><a href="/tag/{tag.lower().replace(' ', '-')}/">{e(tag)}</a></section>
<h1 class="article-title">{e(page['title'])}</h1>
<div class="article-byline">
<section class="article-byline-content">
<ul class="author-list"><li class="author-list-item"><a href="/author/{author.lower().replace(' ', '-')}/" class="author-avatar author-profile-image"><svg viewBox="0 0 24 24" xmlns="http://www.w3.org/2000/svg"><path d="M12 12c2.7 0 4.8-2.1 4.8-4.8S14.7 2.4 12 2.4 7.2 4.5 7.2 7.2 9.3 12 12 12z" fill="currentColor"></path></svg></a></li></ul>
<div class="article-byline-meta">
<h4 class="author-name"><a href="/author/{author.lower().replace(' ', '-')}/">{e(author)}</a></h4>
<div class="byline-meta-content">{" ".join(byline)}</div>
</div>
</section>
</div>
<figure class="article-image"><img srcset="/content/images/size/w300/2024/05/{slug(page)}.jpg 300w, /content/images/size/w600/2024/05/{slug(page)}.jpg 600w, /content/images/size/w1000/2024/05/{slug(page)}.jpg 1000w" sizes="(min-width: 1400px) 1400px, 92vw" src="/content/images/size/w2000/2024/05/{slug(page)}.jpg" alt="{html.escape(page['title'])}"></figure>
</header>
<section class="gh-content gh-canvas">
{content_html(page)}
</section>
{tail}<section class="article-comments gh-canvas">
<script defer src="https://cdn.jsdelivr.net/ghost/comments-ui@~0.17/umd/comments-ui.min.js" data-ghost-comments="https://{site}/" data-api="https://{site}/ghost/api/content/" data-admin="https://{site}/ghost/" data-key="0a1b2c3d4e5f60718293a4b5c6" data-title="" data-count="true" data-post-id="65f1c2d3e4a5b6c7d8e9f012" data-color-scheme="auto" data-avatar-saturation="60" data-accent-color="#FF1A75" data-comments-enabled="all" data-publication="{e(site)}" crossorigin="anonymous"></script>
</section>
</article>
</main>
<section class="footer-cta outer">
<div class="inner">
<h2 class="footer-cta-title">{w['cta']}</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">{w['email']}</div><span>{w['subscribe']}</span></a>
</div>
</section>
<aside class="read-more-wrap outer">
<div class="read-more inner">
{cards}
</div>
</aside>
</div>
<footer class="site-footer outer">
<div class="inner">
<section class="copyright"><a href="https://{site}">{e(site)}</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-privacy"><a href="/privacy/">{w['privacy']}</a></li><li class="nav-contact"><a href="/contact/">{w['contact']}</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">{w['powered']}</a></div>
</div>
</footer>
</div>
<div id="cookie-notice" class="cookie-notice" role="dialog" aria-live="polite"><p>{w['cookie']}</p><button class="cookie-accept">{w['accept']}</button> <button class="cookie-decline">{w['decline']}</button></div>
<script src="/assets/built/casper.js?v=5f2b8a41c3"></script>
</body>
</html>
"""


def joomla_page(page):
    """An article of a Joomla 4 site with the Cassiopeia template (after its index.php and
    com_content's article layout with the info_block sublayouts): only <meta> and microdata, no
    JSON-LD; the header with menu and Smart Search, breadcrumbs, the article-info <dl> (author,
    category, <time itemprop="datePublished">, hits), tags, previous/next navigation, a comments
    block of an extension, the right sidebar with "most read" and a newsletter card, the footer
    with the Joomla! line, back-to-top and a cookie consent banner."""
    site = page.get("site", "example.org")
    lang = page["lang"]
    w = THEME_LABELS[lang]
    locale = {"nl": "nl-nl", "en": "en-gb"}[lang]
    itemprop_lang = {"nl": "nl-NL", "en": "en-GB"}[lang]
    current = ' aria-current="page"'
    nav = "".join(
        f'<li class="nav-item item-{101 + n}{" default" if n == 0 else ""}{" current active" if n == 1 else ""}"><a href="{href}"{current if n == 1 else ""}>{e(label)}</a></li>'
        for n, (href, label) in enumerate(w["nav"]))
    crumbs = ""
    banner = []
    for line in page.get("pre", []):
        if " > " in line:
            items = [f'<li class="mod-breadcrumbs__here float-start">{e(w["here"])}&#160;</li>']
            parts = line.split(" > ")
            for n, part in enumerate(parts, 1):
                if n < len(parts):
                    items.append(f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="mod-breadcrumbs__item breadcrumb-item"><a itemprop="item" href="/{part.lower().replace(" ", "-")}" class="pathway"><span itemprop="name">{e(part)}</span></a><meta itemprop="position" content="{n}"></li>')
                else:
                    items.append(f'<li aria-current="page" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="mod-breadcrumbs__item breadcrumb-item active"><span itemprop="name">{e(part)}</span><meta itemprop="position" content="{n}"></li>')
            crumbs = f'<nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol itemscope itemtype="https://schema.org/BreadcrumbList" class="mod-breadcrumbs breadcrumb px-3 py-2">{"".join(items)}</ol></nav>\n'
        else:
            banner.append(f"<p>{e(line)}</p>")
    banner_html = f'<div class="grid-child container-banner"><div class="banner moduletable">{"".join(banner)}</div></div>\n' if banner else ""
    info = []
    figure = ""
    for kind, text in page.get("meta", []):
        if kind != "date" and text.split(" ")[0].lower() in ("foto", "foto:", "photo", "photo:", "bron"):
            figure = (f'<figure class="left item-image"><img src="/images/artikelen/{slug(page)}.jpg" itemprop="image" alt="" width="800" height="450" loading="lazy">'
                      f'<figcaption class="caption">{e(text)}</figcaption></figure>\n')
        elif kind == "date":
            info.append(f'<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="{page["date"]}T10:00:00+02:00" itemprop="datePublished">{e(text)}</time></dd>')
        elif text.split(" ")[0].rstrip(":").lower() in ("door", "geschreven", "by", "written", "auteur"):
            info.append(f'<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person"><span class="icon-user icon-fw" aria-hidden="true"></span><span itemprop="name">{e(text)}</span></dd>')
        else:
            info.append(f'<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span>{e(text)}</dd>')
    info.append(f'<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:{sum(map(ord, page["name"])) % 5000 + 200}">Hits: {sum(map(ord, page["name"])) % 5000 + 200}</dd>')
    tail = ""
    if page.get("tail"):
        tail = '<div class="grid-child container-bottom-a"><div class="bottom-a moduletable">' + "".join(f"<p>{e(l)}</p>" for l in page["tail"]) + "</div></div>\n"
    comments = "".join(
        f'<div class="comment" id="comment-{n}"><span class="comment-author">{e(who)}</span> <span class="comment-date">{e(when)}</span><div class="comment-body">{e(text)}</div></div>'
        for n, (who, when, text) in enumerate(w["comment_items"], 1))
    mostread = "".join(f'<li itemscope itemtype="https://schema.org/Article"><a href="{href}" itemprop="url"><span itemprop="name">{e(t)}</span></a></li>' for href, t in w["mostread_items"])
    return f"""<!DOCTYPE html>
<html lang="{locale}" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{html.escape(description(page))}">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>{e(page['title'])} - {e(site)}</title>
<link href="/media/templates/site/cassiopeia/images/joomla-favicon.svg" rel="icon" type="image/svg+xml">
<link href="/media/system/css/joomla-fontawesome.min.css?4.4.3" rel="lazy-stylesheet">
<link href="/media/templates/site/cassiopeia/css/template.min.css?4.4.3" rel="stylesheet">
<link href="/media/vendor/awesomplete/css/awesomplete.css?1.1.5" rel="stylesheet">
<script type="application/json" class="joomla-script-options new">{{"joomla.jtext":{{"MOD_FINDER_SEARCH_VALUE":"{w['search']} &hellip;","ERROR":"Error","MESSAGE":"Message"}},"system.paths":{{"root":"","rootFull":"https:\\/\\/{site}\\/","base":"","baseFull":"https:\\/\\/{site}\\/"}},"csrf.token":"3f9b2c0d8e7a6f5b4c3d2e1f0a9b8c7d"}}</script>
<script src="/media/system/js/core.min.js?2cb912"></script>
<script src="/media/templates/site/cassiopeia/js/template.min.js?4.4.3" defer></script>
<script src="/media/com_finder/js/finder.min.js?5729c0" type="module"></script>
</head>
<body class="site com_content wrapper-static view-article no-layout no-task itemid-{sum(map(ord, page['name'])) % 400 + 100} has-sidebar-right">
<header class="header container-header full-width">
<div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/"><span title="{e(site)}">{e(site)}</span></a></div></div>
<div class="grid-child container-nav">
<nav class="navbar navbar-expand-lg" aria-label="Main Menu">
<button class="navbar-toggler navbar-toggler-right" type="button" data-bs-toggle="collapse" data-bs-target="#navbar1" aria-controls="navbar1" aria-expanded="false" aria-label="Toggle Navigation"><span class="icon-menu" aria-hidden="true"></span></button>
<div class="collapse navbar-collapse" id="navbar1"><ul class="mod-menu mod-list nav ">{nav}</ul></div>
</nav>
<div class="container-search"><form class="mod-finder js-finder-searchform form-search" action="/component/finder/search" method="get" role="search"><label for="mod-finder-searchword" class="visually-hidden finder">{w['search']}</label><div class="mod-finder__search input-group"><input type="text" name="q" id="mod-finder-searchword" class="js-finder-search-query form-control" value="" placeholder="{w['search']} &hellip;"><button class="btn btn-primary" type="submit"><span class="icon-search icon-white" aria-hidden="true"></span> {w['search']}</button></div></form></div>
</div>
</header>
<div class="site-grid">
{banner_html}<div class="grid-child container-component">
{crumbs}<div id="system-message-container" aria-live="polite"></div>
<main>
<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="{itemprop_lang}">
<div class="page-header"><h1 itemprop="headline">{e(page['title'])}</h1></div>
<dl class="article-info text-muted">
<dt class="article-info-term">{w['details']}</dt>
{chr(10).join(info)}
</dl>
{figure}<div itemprop="articleBody" class="com-content-article__body">
{content_html(page)}
</div>
<nav class="pagenavigation" aria-label="Page Navigation"><span class="pagination ms-0"><a class="btn btn-sm btn-secondary previous" href="/vorige" rel="prev"><span class="visually-hidden">{w['prev_article']}</span><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">{w['prev']}</span></a> <a class="btn btn-sm btn-secondary next" href="/volgende" rel="next"><span class="visually-hidden">{w['next_article']}</span><span aria-hidden="true">{w['next']}</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></span></nav>
</div>
<div id="comments" class="comments-block"><h4>{w['comments']} (2)</h4>
{comments}
<form class="comment-form" action="#" method="post"><h4>{w['add_comment']}</h4><label for="comment-name">{w['name']}</label><input id="comment-name" name="name" type="text"><textarea name="comment" rows="5"></textarea><button type="submit" class="btn btn-primary">{w['send']}</button></form>
</div>
</main>
</div>
{tail}<div class="grid-child container-sidebar-right">
<div class="sidebar-right card "><h3 class="card-header ">{w['mostread']}</h3><div class="card-body"><ul class="mostread mod-list">{mostread}</ul></div></div>
<div class="sidebar-right card "><h3 class="card-header ">{w['newsletter']}</h3><div class="card-body"><p>{w['newsletter_text']}</p><form action="#" method="post"><input type="email" name="email" placeholder="e-mail"><button type="submit" class="btn btn-primary">{w['subscribe']}</button></form></div></div>
</div>
</div>
<footer class="container-footer footer full-width">
<div class="grid-child"><div class="mod-footer"><div class="footer1">Copyright &#169; 2026 {e(site)}. {w['copyright']}</div><div class="footer2">{w['joomla_free']}</div></div></div>
</footer>
<a href="#top" id="back-top" class="back-to-top-link" aria-label="{w['top']}"><span class="icon-arrow-up icon-fw" aria-hidden="true"></span></a>
<div id="cookieConsent" class="cookie-consent fixed-bottom" role="dialog" aria-label="Cookies"><div class="cookie-consent__text">{w['cookie']}</div><div class="cookie-consent__buttons"><button class="btn btn-success">{w['accept']}</button> <button class="btn btn-secondary">{w['decline']}</button> <a href="/privacy" class="btn btn-link">{w['settings']}</a></div></div>
</body>
</html>
"""


# Labels of the two themes added for the third held-out half (h41-h60): a Hugo blog with the
# PaperMod theme and a WordPress site whose pages are built with Elementor (Pro's theme builder).
THEME3_LABELS = {
    "nl": {"nav": [("/", "Home"), ("/posts/", "Artikelen"), ("/tags/", "Tags"), ("/over/", "Over")],
           "home": "Startpagina", "prev": "Vorige", "next": "Volgende", "toc": "Inhoudsopgave",
           "skip": "Ga naar de inhoud", "menu": "Menu", "share": "Delen op", "related": "Lees ook",
           "newsletter": "Schrijf je in voor de nieuwsbrief", "email": "E-mailadres", "signup": "Inschrijven",
           "privacy": "Privacyverklaring", "contact": "Contact", "rights": "Alle rechten voorbehouden.",
           "cookie": "Wij gebruiken cookies om onze website en onze dienstverlening te optimaliseren.",
           "accept": "Accepteren", "deny": "Weigeren", "prefs": "Voorkeuren bekijken",
           "other_posts": [("/nachtrust-verbeteren/", "Vijf manieren om dieper te slapen"), ("/magnesium-welke-vorm/", "Welke vorm van magnesium past bij jou?")],
           "related_items": [("/vitamine-d-winter/", "Vitamine D in de winter"), ("/ijzer-vermoeid/", "Moe door te weinig ijzer?"), ("/omega-3-vis/", "Omega-3 zonder vis")],
           "locale": "nl_NL", "bcp": "nl-NL"},
    "en": {"nav": [("/", "Home"), ("/posts/", "Posts"), ("/tags/", "Tags"), ("/about/", "About")],
           "home": "Home", "prev": "Prev", "next": "Next", "toc": "Table of Contents",
           "skip": "Skip to content", "menu": "Menu", "share": "Share on", "related": "Read next",
           "newsletter": "Subscribe to our newsletter", "email": "Email address", "signup": "Subscribe",
           "privacy": "Privacy policy", "contact": "Contact", "rights": "All rights reserved.",
           "cookie": "We use cookies to optimise our website and our service.",
           "accept": "Accept", "deny": "Deny", "prefs": "View preferences",
           "other_posts": [("/better-sleep-habits/", "Five ways to sleep more deeply"), ("/magnesium-forms/", "Which form of magnesium suits you?")],
           "related_items": [("/vitamin-d-winter/", "Vitamin D in winter"), ("/iron-tired/", "Tired from low iron?"), ("/omega-3-no-fish/", "Omega-3 without fish")],
           "locale": "en_US", "bcp": "en-US"},
}


def anchor_id(text):
    """Hugo's default heading ids (goldmark's autoHeadingID): lower case, spaces to hyphens,
    punctuation dropped."""
    out = []
    for ch in text.lower():
        if ch.isalnum():
            out.append(ch)
        elif ch in " -":
            out.append("-")
    return "".join(out)


def papermod_content(page):
    """The body as Hugo renders Markdown for PaperMod: headings with ids and a hidden anchor
    (anchored_headings.html), tables without classes, the reference list as a plain list."""
    parts = []

    def h(level, text):
        i = anchor_id(text)
        return f'<h{level} id="{i}">{e(text)}<a hidden class="anchor" aria-hidden="true" href="#{i}">#</a></h{level}>'

    for item in page["body"]:
        k = item[0]
        if k in ("h", "hn"):
            parts.append(h(2, item[1]))
        elif k == "p":
            parts.append(f"<p>{e(item[1])}</p>")
        elif k == "b":
            parts.append(f"<blockquote>\n<p><strong>{e(item[1])}</strong></p>\n</blockquote>")
        elif k == "ul":
            parts.append("<ul>\n" + "".join(f"<li>{e(x)}</li>\n" for x in item[1]) + "</ul>")
        elif k == "ol":
            parts.append("<ol>\n" + "".join(f"<li>{e(x)}</li>\n" for x in item[1]) + "</ol>")
        elif k == "bl":
            parts.append("<aside>" + "".join(f"<p>{e(x)}</p>" for x in item[1]) + "</aside>")
        elif k == "table":
            _, header, rows, _ = item
            head = "".join(f"<th>{e(c)}</th>" for c in header)
            body = "".join("<tr>\n" + "".join(f"<td>{e(c)}</td>\n" for c in r) + "</tr>\n" for r in rows)
            parts.append(f"<table>\n<thead>\n<tr>\n{head}\n</tr>\n</thead>\n<tbody>\n{body}</tbody>\n</table>")
        elif k == "faq":
            _, heading, qas = item
            parts.append(h(2, heading))
            for q, a in qas:
                parts.append(h(3, q) + f"\n<p>{e(a)}</p>")
        elif k == "refs":
            _, heading, refs = item
            if heading:
                parts.append(h(2, heading))
            parts.append("<ul>\n" + "".join(f"<li>{e(r)}</li>\n" for r, _ in refs) + "</ul>")
    return "\n".join(parts)


def papermod_page(page):
    """A post of a Hugo blog with the PaperMod theme (after adityatelange/hugo-PaperMod's
    baseof.html, single.html and the head, header, breadcrumbs, post_meta, toc, share_icons,
    post_nav_links and footer partials): robots, keywords, author and canonical meta, Open Graph
    with article:published_time, two JSON-LD blocks (BreadcrumbList and BlogPosting with
    datePublished and author), the header with the logo, theme toggle and menu, breadcrumbs,
    h1.post-title, the post-meta line (date · reading time · author), a table of contents, the
    content with anchored headings, tags, previous/next links, share buttons, the footer with
    "Powered by Hugo & PaperMod" and the go-to-top link."""
    site = page.get("site", "example.org")
    lang = page["lang"]
    w = THEME3_LABELS[lang]
    section = page.get("section", "posts")
    url = f"https://{site}/{section}/{slug(page)}/"
    author = page.get("author", "")
    tags = page.get("tags", [])
    date = page.get("date")
    iso = f"{date}T00:00:00+00:00" if date else None
    desc = description(page)
    words = sum(len(i[1].split()) if isinstance(i[1], str) else 0 for i in page["body"])
    meta = []
    for kind, text in page.get("meta", []):
        if kind == "date":
            meta.append(f"<span title='{date} 00:00:00 +0000 UTC'>{e(text)}</span>")
        else:
            meta.append(f"<span>{e(text)}</span>")
    crumbs = ""
    chevron = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" class="feather feather-chevron-right"><polyline points="9 18 15 12 9 6"></polyline></svg>'
    pre = page.get("pre", [])
    if pre:
        links = "".join((chevron if n else "") + f'<a href="/{anchor_id(l)}/">{e(l)}</a>' for n, l in enumerate(pre))
        crumbs = f'<nav class="breadcrumbs" role="navigation" aria-label="Breadcrumb">{links}{chevron}</nav>\n'
    toc = ""
    heads = [i[1] for i in page["body"] if i[0] in ("h", "hn", "faq")]
    if page.get("toc") and heads:
        toc = (f'<details class="toc">\n<summary accesskey="c" title="(Alt + C)">\n<span class="title">{w["toc"]}</span>\n</summary>\n<div class="inner"><ul>\n'
               + "".join(f'<li>\n<a href="#{anchor_id(x)}" aria-label="{html.escape(x)}">{e(x)}</a></li>\n' for x in heads) + "</ul>\n</div>\n</details>\n")
    tag_items = "".join(f'<li><a href="https://{site}/tags/{anchor_id(t)}/">{e(t)}</a></li>' for t in tags)
    (prev_href, prev_t), (next_href, next_t) = w["other_posts"]
    share = "".join(
        f'<li><a target="_blank" rel="noopener noreferrer" aria-label="share {html.escape(page["title"])} on {net}" href="{href}"><svg version="1.1" viewBox="0 0 512 512" xml:space="preserve" height="30px" width="30px" fill="currentColor"><path d="M449.446,0c34.525,0 62.554,28.03 62.554,62.554l0,386.892c0,34.524 -28.03,62.554 -62.554,62.554l-386.892,0c-34.524,0 -62.554,-28.03 -62.554,-62.554l0,-386.892c0,-34.524 28.029,-62.554 62.554,-62.554l386.892,0Z" /></svg></a></li>'
        for net, href in [("x", f"https://x.com/intent/tweet/?text=&amp;url={url}"), ("linkedin", f"https://www.linkedin.com/shareArticle?mini=true&amp;url={url}"),
                          ("facebook", f"https://facebook.com/sharer/sharer.php?u={url}"), ("whatsapp", f"https://api.whatsapp.com/send?text=%20-%20{url}")])
    tail = ""
    if page.get("tail"):
        tail = '<div class="post-footer-extra">' + "".join(f"<p>{e(l)}</p>" for l in page["tail"]) + "</div>\n"
    breadcrumb_ld = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": 1, "name": section.capitalize(), "item": f"https://{site}/{section}/"},
        {"@type": "ListItem", "position": 2, "name": page["title"], "item": url}]}
    post_ld = {"@context": "https://schema.org", "@type": "BlogPosting", "headline": page["title"], "name": page["title"],
               "description": desc, "keywords": tags, "articleBody": desc, "wordCount": str(words), "inLanguage": lang}
    if iso:
        post_ld["datePublished"] = iso
        post_ld["dateModified"] = iso
    if author:
        post_ld["author"] = {"@type": "Person", "name": author}
    post_ld["mainEntityOfPage"] = {"@type": "WebPage", "@id": url}
    post_ld["publisher"] = {"@type": "Organization", "name": site, "logo": {"@type": "ImageObject", "url": f"https://{site}/favicon.ico"}}
    published = f'\n<meta property="article:published_time" content="{iso}">\n<meta property="article:modified_time" content="{iso}">' if iso else ""
    og_tags = "".join(f'\n<meta property="article:tag" content="{html.escape(t)}">' for t in tags)
    nav = "".join(f'<li>\n<a href="https://{site}{href}" title="{e(label)}">\n<span>{e(label)}</span>\n</a>\n</li>\n' for href, label in w["nav"])
    return f"""<!DOCTYPE html>
<html lang="{lang}" dir="auto" data-theme="auto">

<head><meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="robots" content="index, follow">
<title>{e(page['title'])} | {e(site)}</title>
<meta name="keywords" content="{html.escape(', '.join(tags))}">
<meta name="description" content="{html.escape(desc)}">
<meta name="author" content="{html.escape(author)}">
<link rel="canonical" href="{url}">
<link crossorigin="anonymous" href="/assets/css/stylesheet.8fe10233a706bc87f2e08b3cf97b8bd4c0a80f10675a143675d59212121037c0.css" integrity="sha256-j+ECM6cGvIfy4Is8+XuL1MCoDxBnWhQ2ddWSEhIQN8A=" rel="preload stylesheet" as="style">
<link rel="icon" href="https://{site}/favicon.ico">
<link rel="icon" type="image/png" sizes="16x16" href="https://{site}/favicon-16x16.png">
<link rel="icon" type="image/png" sizes="32x32" href="https://{site}/favicon-32x32.png">
<link rel="apple-touch-icon" href="https://{site}/apple-touch-icon.png">
<meta name="theme-color" content="#2e2e33">
<meta name="msapplication-TileColor" content="#2e2e33">
<link rel="alternate" hreflang="{lang}" href="{url}">
<noscript>
    <style>
        #theme-toggle,
        .top-link {{
            display: none;
        }}
    </style>
</noscript><meta property="og:url" content="{url}">
  <meta property="og:site_name" content="{e(site)}">
  <meta property="og:title" content="{html.escape(page['title'])}">
  <meta property="og:description" content="{html.escape(desc)}">
  <meta property="og:locale" content="{w['locale']}">
  <meta property="og:type" content="article">
    <meta property="article:section" content="{section}">{published}{og_tags}
<meta name="twitter:card" content="summary">
<meta name="twitter:title" content="{html.escape(page['title'])}">
<meta name="twitter:description" content="{html.escape(desc)}">

<script type="application/ld+json">
{json.dumps(breadcrumb_ld, ensure_ascii=False, indent=2)}
</script>
<script type="application/ld+json">
{json.dumps(post_ld, ensure_ascii=False, indent=2)}
</script>
</head>

<body id="top">
<script>
    if (localStorage.getItem("pref-theme") === "dark") {{
        document.body.classList.add('dark');
    }} else if (localStorage.getItem("pref-theme") === "light") {{
        document.body.classList.remove('dark')
    }} else if (window.matchMedia('(prefers-color-scheme: dark)').matches) {{
        document.body.classList.add('dark');
    }}

</script>

<header class="header">
    <nav class="header-nav">
        <div class="logo">
            <a href="https://{site}/" accesskey="h" title="{e(site)} (Alt + H)">{e(site)}</a>
            <div class="logo-switches">
                <button id="theme-toggle" class="theme-toggle" accesskey="t" title="(Alt + T)" aria-label="Toggle theme">
                    <svg class="moon" xmlns="http://www.w3.org/2000/svg" width="17" height="17" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M21 12.79A9 9 0 1 1 11.21 3 7 7 0 0 0 21 12.79z"></path></svg>
                    <svg class="sun" xmlns="http://www.w3.org/2000/svg" width="17" height="17" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><circle cx="12" cy="12" r="5"></circle></svg>
                </button>
            </div>
        </div>
        <ul id="menu" class="menu">
{nav}        </ul>
    </nav>
</header>
<main class="main">

<article class="post-single">
  <header class="post-header">
    {crumbs}<h1 class="post-title entry-hint-parent">
      {e(page['title'])}
    </h1>
    <div class="post-meta">{"&nbsp;·&nbsp;".join(meta)}

</div>
  </header> {toc}
  <div class="post-content md-content">{papermod_content(page)}
  </div>

  <footer class="post-footer">
{tail}    <ul class="post-tags">{tag_items}
    </ul>
<nav class="paginav">
  <a class="prev" href="https://{site}{prev_href}">
    <span class="title">« {w['prev']}</span>
    <br>
    <span>{e(prev_t)}</span>
  </a>
  <a class="next" href="https://{site}{next_href}">
    <span class="title">{w['next']} »</span>
    <br>
    <span>{e(next_t)}</span>
  </a>
</nav>

<ul class="share-buttons">{share}
</ul>

  </footer>
</article>
    </main>

<footer class="footer">
        <span>&copy; 2025 <a href="https://{site}/">{e(site)}</a></span> ·

    <span>
        Powered by
        <a href="https://gohugo.io/?utm_source=papermod" rel="noopener" target="_blank">Hugo</a> &
        <a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener" target="_blank">PaperMod</a>
    </span>
</footer>
<a href="#top" id="top-link" class="top-link hidden" aria-label="go to top" title="Go to Top (Alt + G)" accesskey="g">
    <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 12 6" fill="currentColor"><path d="M12 6H0l6-6z" /></svg>
</a>

<script>
    let menu = document.getElementById('menu')
    if (menu) {{
        menu.scrollLeft = localStorage.getItem("menu-scroll-position");
        menu.onscroll = function () {{
            localStorage.setItem("menu-scroll-position", menu.scrollLeft);
        }}
    }}
</script>
</body>

</html>
"""


class Elementor:
    """Builds Elementor's markup: sections > container > columns > widget-wrap > widgets, each
    element with a data-id made from the page name and a counter (as Elementor's 7-hex ids)."""

    def __init__(self, page):
        self.seed = sum(map(ord, page["name"])) * 7919
        self.n = 0

    def id(self):
        self.n += 1
        return format((self.seed + self.n * 2654435761) % 0xFFFFFFF, "07x")

    def widget(self, name, inner, skin="default", extra=""):
        i = self.id()
        return (f'<div class="elementor-element elementor-element-{i} elementor-widget elementor-widget-{name}{extra}" data-id="{i}" '
                f'data-element_type="widget" data-widget_type="{name}.{skin}">\n<div class="elementor-widget-container">\n{inner}\n</div>\n</div>')

    def column(self, widgets, width=100, inner=False):
        i = self.id()
        kind = "inner" if inner else "top"
        return (f'<div class="elementor-column elementor-col-{width} elementor-{kind}-column elementor-element elementor-element-{i}" data-id="{i}" data-element_type="column">\n'
                f'<div class="elementor-widget-wrap elementor-element-populated">\n' + "\n".join(widgets) + "\n</div>\n</div>")

    def section(self, columns, tag="section", inner=False, extra=""):
        i = self.id()
        kind = "inner" if inner else "top"
        return (f'<{tag} class="elementor-section elementor-{kind}-section elementor-element elementor-element-{i} elementor-section-boxed elementor-section-height-default elementor-section-height-default{extra}" data-id="{i}" data-element_type="section">\n'
                f'<div class="elementor-container elementor-column-gap-default">\n' + "\n".join(columns) + f"\n</div>\n</{tag}>")

    def heading(self, text, tag="h2"):
        return self.widget("heading", f'<{tag} class="elementor-heading-title elementor-size-default">{e(text)}</{tag}>')

    def text(self, inner):
        return self.widget("text-editor", inner)


def elementor_page(page):
    """A post of a WordPress site with the Hello Elementor theme whose header, footer and
    single-post template are built with Elementor Pro's theme builder, and whose post body is
    itself built with Elementor (after elementor/elementor's Element_Section, Element_Column and
    Widget_Base render methods: nested elementor-section / elementor-container /
    elementor-column / elementor-widget-wrap / elementor-widget divs, no <article>): Yoast SEO's
    meta and JSON-LD graph with datePublished, the header template with logo and nav-menu widget,
    Yoast breadcrumbs, the theme-post-title widget (h1), the post-info widget (author, <time>),
    heading and text-editor widgets for the body, an accordion for an FAQ, share buttons, post
    navigation, an icon list of related posts, a footer template with a newsletter form, and a
    Complianz cookie banner."""
    site = page.get("site", "example.org")
    lang = page["lang"]
    w = THEME3_LABELS[lang]
    el = Elementor(page)
    post_id = sum(map(ord, page["name"])) % 9000 + 1000
    tpl = post_id % 400 + 200
    url = f"https://{site}/{slug(page)}/"
    author = page.get("author", "")
    date = page.get("date")
    iso = f"{date}T09:12:33+00:00" if date else None
    desc = description(page)
    # header template
    nav = "".join(f'<li class="menu-item menu-item-type-post_type menu-item-object-page menu-item-{20 + n}"><a href="https://{site}{href}" class="elementor-item">{e(label)}</a></li>'
                  for n, (href, label) in enumerate(w["nav"]))
    header = el.section([
        el.column([el.widget("theme-site-logo", f'<a href="https://{site}"><img width="180" height="48" src="https://{site}/wp-content/uploads/2023/02/logo.svg" class="attachment-full size-full" alt="{e(site)}" /></a>', extra=" elementor-widget-image")], 25),
        el.column([el.widget("nav-menu", f'<nav aria-label="{w["menu"]}" class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline e--animation-fade"><ul id="menu-1-{el.id()}" class="elementor-nav-menu">{nav}</ul></nav>\n'
                              f'<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="{w["menu"]}" aria-expanded="false"><i aria-hidden="true" role="presentation" class="elementor-menu-toggle__icon--open eicon-menu-bar"></i><span class="elementor-screen-only">{w["menu"]}</span></div>',
                              extra=" elementor-nav-menu__align-end elementor-nav-menu--dropdown-tablet")], 75),
    ], tag="header")
    # single-post template: breadcrumbs / banner lines, title, post info
    top = []
    for line in page.get("pre", []):
        if " > " in line or " » " in line or " / " in line:
            sep = " > " if " > " in line else (" » " if " » " in line else " / ")
            parts = line.split(sep)
            crumbs = f" {e(sep.strip())} ".join(f'<span><a href="/{anchor_id(p)}/">{e(p)}</a></span>' for p in parts[:-1])
            crumbs += f' {e(sep.strip())} <span class="breadcrumb_last" aria-current="page">{e(parts[-1])}</span>'
            top.append(el.widget("breadcrumbs", f'<p id="breadcrumbs"><span><span>{crumbs}</span></span></p>'))
        else:
            top.append(el.text(f"<p>{e(line)}</p>"))
    info = []
    for kind, text in page.get("meta", []):
        r = el.id()
        if kind == "date":
            info.append(f'<li class="elementor-icon-list-item elementor-repeater-item-{r} elementor-inline-item" itemprop="datePublished"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-calendar"></i></span><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-date"><time>{e(text)}</time></span></li>')
        elif author and author in text:
            info.append(f'<li class="elementor-icon-list-item elementor-repeater-item-{r} elementor-inline-item" itemprop="author"><a href="https://{site}/author/{anchor_id(author)}/"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-user-circle"></i></span><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-author">{e(text)}</span></a></li>')
        else:
            info.append(f'<li class="elementor-icon-list-item elementor-repeater-item-{r} elementor-inline-item"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="far fa-clock"></i></span><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-custom">{e(text)}</span></li>')
    title_widgets = top + [el.widget("theme-post-title", f'<h1 class="elementor-heading-title elementor-size-default">{e(page["title"])}</h1>', extra=" elementor-page-title elementor-widget-heading")]
    if info:
        title_widgets.append(el.widget("post-info", f'<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">{"".join(info)}</ul>'))
    title_widgets.append(el.widget("theme-post-featured-image", f'<img width="800" height="450" src="https://{site}/wp-content/uploads/2024/03/{slug(page)}-800x450.jpg" class="attachment-large size-large wp-image-{post_id + 1}" alt="" loading="lazy" />', extra=" elementor-widget-image"))
    title_section = el.section([el.column(title_widgets)])
    # the post body, built with Elementor: one inner section per heading and what follows it
    blocks, current = [], []
    for item in page["body"]:
        if (item[0] in ("h", "hn", "faq") or (item[0] == "refs" and item[1])) and current:
            blocks.append(current)
            current = []
        current.append(item)
    if current:
        blocks.append(current)
    body_sections = []
    for block in blocks:
        widgets = []
        buffer = []

        def flush():
            if buffer:
                widgets.append(el.text("\n".join(buffer)))
                buffer.clear()

        for item in block:
            k = item[0]
            if k in ("h", "hn"):
                flush()
                widgets.append(el.heading(item[1]))
            elif k == "p":
                buffer.append(f"<p>{e(item[1])}</p>")
            elif k == "ul":
                buffer.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in item[1]) + "</ul>")
            elif k == "ol":
                buffer.append("<ol>" + "".join(f"<li>{e(x)}</li>" for x in item[1]) + "</ol>")
            elif k == "table":
                _, header, rows, _ = item
                head = "".join(f"<th>{e(c)}</th>" for c in header)
                body = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in rows)
                buffer.append(f'<table style="width: 100%;"><tbody><tr>{head}</tr>{body}</tbody></table>')
            elif k == "b":
                flush()
                widgets.append(el.widget("call-to-action", f'<a class="elementor-cta" href="https://{site}/"><div class="elementor-cta__content"><h3 class="elementor-cta__title elementor-cta__content-item elementor-content-item">{e(item[1])}</h3></div></a>', extra=" elementor-cta--skin-classic"))
            elif k == "bl":
                flush()
                items = "".join(f'<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-check"></i></span><span class="elementor-icon-list-text">{e(x)}</span></li>' for x in item[1])
                widgets.append(el.widget("icon-list", f'<ul class="elementor-icon-list-items">{items}</ul>'))
            elif k == "faq":
                flush()
                _, heading, qas = item
                widgets.append(el.heading(heading))
                base = int(el.id(), 16) % 9000 + 1000
                acc = "".join(
                    f'<div class="elementor-accordion-item"><div id="elementor-tab-title-{base}{n}" class="elementor-tab-title" data-tab="{n}" role="button" aria-controls="elementor-tab-content-{base}{n}" aria-expanded="false">'
                    f'<span class="elementor-accordion-icon elementor-accordion-icon-right" aria-hidden="true"><span class="elementor-accordion-icon-closed"><i class="fas fa-plus"></i></span><span class="elementor-accordion-icon-opened"><i class="fas fa-minus"></i></span></span>'
                    f'<a class="elementor-accordion-title" tabindex="0">{e(q)}</a></div>'
                    f'<div id="elementor-tab-content-{base}{n}" class="elementor-tab-content elementor-clearfix" data-tab="{n}" role="region" aria-labelledby="elementor-tab-title-{base}{n}"><p>{e(a)}</p></div></div>'
                    for n, (q, a) in enumerate(qas, 1))
                widgets.append(el.widget("accordion", f'<div class="elementor-accordion">{acc}</div>'))
            elif k == "refs":
                flush()
                _, heading, refs = item
                if heading:
                    widgets.append(el.heading(heading, "h3"))
                widgets.append(el.text("".join(f"<p>{e(r)}</p>" for r, _ in refs)))
        flush()
        body_sections.append(el.section([el.column(widgets, inner=True)], inner=True))
    content = (f'<div data-elementor-type="wp-post" data-elementor-id="{post_id}" class="elementor elementor-{post_id}" data-elementor-post-type="post">\n'
               + "\n".join(body_sections) + "\n</div>")
    content_section = el.section([el.column([el.widget("theme-post-content", content)])])
    # after the content: the page's own tail lines, share buttons, post navigation, related posts
    after = []
    if page.get("tail"):
        after.append(el.text("".join(f"<p>{e(l)}</p>" for l in page["tail"])))
    share = "".join(f'<div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_{net}" role="button" tabindex="0" aria-label="{w["share"]} {net}"><span class="elementor-share-btn__icon"><i class="fab fa-{net}" aria-hidden="true"></i></span></div></div>'
                    for net in ("facebook", "linkedin", "whatsapp", "pinterest"))
    after.append(el.widget("share-buttons", f'<div class="elementor-grid">{share}</div>', extra=" elementor-share-buttons--view-icon elementor-share-buttons--skin-gradient elementor-grid-0"))
    (prev_href, prev_t), (next_href, next_t) = w["other_posts"]
    after.append(el.widget("post-navigation", f'<div class="elementor-post-navigation">'
                 f'<div class="elementor-post-navigation__prev elementor-post-navigation__link"><a href="https://{site}{prev_href}" rel="prev"><span class="post-navigation__arrow-wrapper post-navigation__arrow-prev"><i class="fa fa-angle-left" aria-hidden="true"></i><span class="elementor-screen-only">{w["prev"]}</span></span><span class="elementor-post-navigation__link__prev"><span class="post-navigation__prev--label">{w["prev"]}</span><span class="post-navigation__prev--title">{e(prev_t)}</span></span></a></div>'
                 f'<div class="elementor-post-navigation__next elementor-post-navigation__link"><a href="https://{site}{next_href}" rel="next"><span class="elementor-post-navigation__link__next"><span class="post-navigation__next--label">{w["next"]}</span><span class="post-navigation__next--title">{e(next_t)}</span></span><span class="post-navigation__arrow-wrapper post-navigation__arrow-next"><i class="fa fa-angle-right" aria-hidden="true"></i><span class="elementor-screen-only">{w["next"]}</span></span></a></div></div>'))
    after.append(el.heading(w["related"], "h4"))
    related = "".join(f'<li class="elementor-icon-list-item"><a href="https://{site}{href}"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-angle-right"></i></span><span class="elementor-icon-list-text">{e(t)}</span></a></li>' for href, t in w["related_items"])
    after.append(el.widget("icon-list", f'<ul class="elementor-icon-list-items">{related}</ul>'))
    after_section = el.section([el.column(after)])
    footer = el.section([
        el.column([el.heading(w["newsletter"], "h4"), el.widget("form", f'<form class="elementor-form" method="post" name="Nieuwsbrief"><input type="hidden" name="post_id" value="{tpl + 1}"/><div class="elementor-form-fields-wrapper elementor-labels-"><div class="elementor-field-type-email elementor-field-group elementor-column elementor-field-group-email elementor-col-70 elementor-field-required"><label for="form-field-email" class="elementor-field-label elementor-screen-only">{w["email"]}</label><input size="1" type="email" name="form_fields[email]" id="form-field-email" class="elementor-field elementor-size-sm elementor-field-textual" placeholder="{w["email"]}" required="required" aria-required="true"></div><div class="elementor-field-group elementor-column elementor-field-type-submit elementor-col-30 e-form__buttons"><button type="submit" class="elementor-button elementor-size-sm"><span><span class="elementor-button-text">{w["signup"]}</span></span></button></div></div></form>')], 50),
        el.column([el.widget("icon-list", f'<ul class="elementor-icon-list-items"><li class="elementor-icon-list-item"><a href="https://{site}/privacy/"><span class="elementor-icon-list-text">{w["privacy"]}</span></a></li><li class="elementor-icon-list-item"><a href="https://{site}/contact/"><span class="elementor-icon-list-text">{w["contact"]}</span></a></li></ul>'),
                   el.text(f"<p>© 2026 {e(site)}. {w['rights']}</p>")], 50),
    ], tag="footer")
    graph = [{"@type": "Article", "@id": f"{url}#article", "isPartOf": {"@id": url}, "headline": page["title"],
              "mainEntityOfPage": {"@id": url}, "wordCount": sum(len(i[1].split()) for i in page["body"] if isinstance(i[1], str)),
              "publisher": {"@id": f"https://{site}/#organization"}, "inLanguage": w["bcp"]},
             {"@type": "WebPage", "@id": url, "url": url, "name": f"{page['title']} - {site}", "isPartOf": {"@id": f"https://{site}/#website"},
              "description": desc, "breadcrumb": {"@id": f"{url}#breadcrumb"}, "inLanguage": w["bcp"]},
             {"@type": "BreadcrumbList", "@id": f"{url}#breadcrumb", "itemListElement": [{"@type": "ListItem", "position": 1, "name": "Home", "item": f"https://{site}/"}, {"@type": "ListItem", "position": 2, "name": page["title"]}]},
             {"@type": "Organization", "@id": f"https://{site}/#organization", "name": site, "url": f"https://{site}/"}]
    if author:
        graph[0]["author"] = {"name": author, "@id": f"https://{site}/#/schema/person/{anchor_id(author)}"}
        graph.append({"@type": "Person", "@id": f"https://{site}/#/schema/person/{anchor_id(author)}", "name": author})
    if iso:
        graph[0]["datePublished"] = iso
        graph[0]["dateModified"] = iso
        graph[1]["datePublished"] = iso
        graph[1]["dateModified"] = iso
    published = f'\n<meta property="article:published_time" content="{iso}" />\n<meta property="article:modified_time" content="{iso}" />' if iso else ""
    author_meta = f'\n<meta name="author" content="{html.escape(author)}" />\n<meta name="twitter:label1" content="Written by" />\n<meta name="twitter:data1" content="{html.escape(author)}" />' if author else ""
    return f"""<!doctype html>
<html lang="{w['bcp']}">
<head>
	<meta charset="UTF-8">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<link rel="profile" href="https://gmpg.org/xfn/11">
	<!-- This site is optimized with the Yoast SEO plugin v22.6 - https://yoast.com/wordpress/plugins/seo/ -->
	<title>{e(page['title'])} - {e(site)}</title>
	<meta name="description" content="{html.escape(desc)}" />
	<meta name="robots" content="index, follow, max-snippet:-1, max-image-preview:large, max-video-preview:-1" />
	<link rel="canonical" href="{url}" />
	<meta property="og:locale" content="{w['locale']}" />
	<meta property="og:type" content="article" />
	<meta property="og:title" content="{html.escape(page['title'])} - {e(site)}" />
	<meta property="og:description" content="{html.escape(desc)}" />
	<meta property="og:url" content="{url}" />
	<meta property="og:site_name" content="{e(site)}" />{published}{author_meta}
	<script type="application/ld+json" class="yoast-schema-graph">{json.dumps({"@context": "https://schema.org", "@graph": graph}, ensure_ascii=False)}</script>
	<!-- / Yoast SEO plugin. -->
<link rel='stylesheet' id='hello-elementor-css' href='https://{site}/wp-content/themes/hello-elementor/style.min.css?ver=3.0.1' media='all' />
<link rel='stylesheet' id='elementor-frontend-css' href='https://{site}/wp-content/plugins/elementor/assets/css/frontend-lite.min.css?ver=3.21.4' media='all' />
<link rel='stylesheet' id='elementor-post-{post_id}-css' href='https://{site}/wp-content/uploads/elementor/css/post-{post_id}.css?ver=1714550000' media='all' />
<link rel='stylesheet' id='elementor-pro-css' href='https://{site}/wp-content/plugins/elementor-pro/assets/css/frontend-lite.min.css?ver=3.21.2' media='all' />
<meta name="generator" content="Elementor 3.21.4; features: e_optimized_assets_loading, e_optimized_css_loading, additional_custom_breakpoints; settings: css_print_method-external, google_font-enabled, font_display-swap">
</head>
<body class="post-template-default single single-post postid-{post_id} single-format-standard wp-custom-logo elementor-default elementor-template-full-width elementor-kit-5 elementor-page-{tpl}">

<a class="skip-link screen-reader-text" href="#content">{w['skip']}</a>

<div data-elementor-type="header" data-elementor-id="{tpl - 100}" class="elementor elementor-{tpl - 100} elementor-location-header" data-elementor-post-type="elementor_library">
{header}
</div>
<div data-elementor-type="single-post" data-elementor-id="{tpl}" class="elementor elementor-{tpl} elementor-location-single post-{post_id} post type-post status-publish format-standard has-post-thumbnail hentry" data-elementor-post-type="elementor_library">
{title_section}
{content_section}
{after_section}
</div>
<div data-elementor-type="footer" data-elementor-id="{tpl - 99}" class="elementor elementor-{tpl - 99} elementor-location-footer" data-elementor-post-type="elementor_library">
{footer}
</div>

<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 bottom-right-view-preferences optin cmplz-bottom-right cmplz-categories-type-view-preferences" aria-modal="true" data-nosnippet="true" role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin" aria-describedby="cmplz-message-1-optin">
<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">{w['cookie']}</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">{w['accept']}</button><button class="cmplz-btn cmplz-deny">{w['deny']}</button><button class="cmplz-btn cmplz-view-preferences">{w['prefs']}</button></div>
</div></div>
<script id="elementor-frontend-js-before">
var elementorFrontendConfig = {{"environmentMode":{{"edit":false,"wpPreview":false,"isScriptDebug":false}},"i18n":{{"shareOnFacebook":"{w['share']} Facebook"}},"version":"3.21.4","is_static":false,"urls":{{"assets":"https:\\/\\/{site}\\/wp-content\\/plugins\\/elementor\\/assets\\/"}},"post":{{"id":{post_id},"title":{json.dumps(page['title'] + ' - ' + site, ensure_ascii=False)},"excerpt":"","featuredImage":false}}}};
</script>
<script src="https://{site}/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.21.4" id="elementor-frontend-js"></script>

</body>
</html>
"""


# Labels of the two themes added for the fourth held-out half (h61-h80): a Hugo site with the
# Ananke theme and a Blogger blog with Blogger's own layouts theme (Contempo/Essential).
THEME4_LABELS = {
    "nl": {"nav": [("/", "Home"), ("/artikelen/", "Artikelen"), ("/over/", "Over"), ("/contact/", "Contact")],
           "locale": "nl_NL", "lang": "nl-nl", "section": "Artikelen", "by": "", "related": "Gerelateerd",
           "share": "Delen op", "posted_by": "Geplaatst door", "labels": "Labels:", "comments": "Reacties",
           "post_comment": "Een reactie posten", "newer": "Nieuwere post", "older": "Oudere post", "home": "Homepage",
           "subscribe": "Abonneren op:", "feed": "Reacties posten (Atom)", "about": "Over mij",
           "profile": "Mijn volledige profiel weergeven", "archive": "Archief", "powered": "Mogelijk gemaakt door Blogger",
           "theme_images": "Themafoto's van", "search": "Zoeken in deze blog", "share_btn": "Delen",
           "comment_items": [("Ingrid", "3 december 2021 om 09:12", "Fijn dat je dit zo helder uitlegt, ik had er nooit bij stilgestaan."),
                             ("Anoniem", "4 december 2021 om 21:47", "Goed om te lezen. Ik ga het eens bespreken met mijn diëtist.")],
           "related_items": [("/artikelen/vitamine-d-winter/", "Vitamine D in de winter"), ("/artikelen/slaap-en-schermen/", "Slapen na een avond scrollen")]},
    "en": {"nav": [("/", "Home"), ("/posts/", "Articles"), ("/about/", "About"), ("/contact/", "Contact")],
           "locale": "en_US", "lang": "en-us", "section": "Posts", "by": "By", "related": "Related",
           "share": "Share on", "posted_by": "Posted by", "labels": "Labels:", "comments": "Comments",
           "post_comment": "Post a Comment", "newer": "Newer Post", "older": "Older Post", "home": "Home",
           "subscribe": "Subscribe to:", "feed": "Post Comments (Atom)", "about": "About Me",
           "profile": "View my complete profile", "archive": "Archive", "powered": "Powered by Blogger",
           "theme_images": "Theme images by", "search": "Search This Blog", "share_btn": "Share",
           "comment_items": [("Margaret", "December 3, 2021 at 9:12 AM", "Thank you for writing this up so clearly, it helps a lot."),
                             ("Anonymous", "December 4, 2021 at 9:47 PM", "Good to know. I will ask my dietitian about it at the next visit.")],
           "related_items": [("/posts/vitamin-d-winter/", "Vitamin D in winter"), ("/posts/screens-and-sleep/", "Sleeping after an evening of scrolling")]},
}


def goldmark_content(page, footnotes=False):
    """The body as Hugo's Markdown renderer (Goldmark) gives it: headings with ids, plain lists
    and tables; a reference list without a heading becomes Goldmark's footnotes section."""
    parts = []
    for item in page["body"]:
        k = item[0]
        if k in ("h", "hn"):
            parts.append(f'<h2 id="{anchor_id(item[1])}">{e(item[1])}</h2>')
        elif k == "p":
            parts.append(f"<p>{e(item[1])}</p>")
        elif k == "b":
            parts.append(f"<p><strong>{e(item[1])}</strong></p>")
        elif k == "ul":
            parts.append("<ul>\n" + "".join(f"<li>{e(x)}</li>\n" for x in item[1]) + "</ul>")
        elif k == "ol":
            parts.append("<ol>\n" + "".join(f"<li>{e(x)}</li>\n" for x in item[1]) + "</ol>")
        elif k == "bl":
            parts.append('<div class="bg-light-gray pa3">' + "".join(f"<p>{e(x)}</p>" for x in item[1]) + "</div>")
        elif k == "table":
            _, header, rows, _ = item
            head = "".join(f"<th>{e(c)}</th>\n" for c in header)
            body = "".join("<tr>\n" + "".join(f"<td>{e(c)}</td>\n" for c in r) + "</tr>\n" for r in rows)
            parts.append(f"<table>\n<thead>\n<tr>\n{head}</tr>\n</thead>\n<tbody>\n{body}</tbody>\n</table>")
        elif k == "faq":
            _, heading, qas = item
            parts.append(f'<h2 id="{anchor_id(heading)}">{e(heading)}</h2>')
            for q, a in qas:
                parts.append(f'<h3 id="{anchor_id(q)}">{e(q)}</h3>\n<p>{e(a)}</p>')
        elif k == "refs":
            _, heading, refs = item
            if heading is None and footnotes:
                parts.append('<div class="footnotes" role="doc-endnotes">\n<hr>\n<ol>\n'
                             + "".join(f'<li id="fn:{n}">\n<p>{e(r)}&#160;<a href="#fnref:{n}" class="footnote-backref" role="doc-backlink">&#x21a9;&#xfe0e;</a></p>\n</li>\n'
                                       for n, (r, _) in enumerate(refs, 1)) + "</ol>\n</div>")
            else:
                if heading:
                    parts.append(f'<h2 id="{anchor_id(heading)}">{e(heading)}</h2>')
                parts.append("<ol>\n" + "".join(f"<li>{e(r)}</li>\n" for r, _ in refs) + "</ol>")
    return "\n".join(parts)


def ananke_page(page):
    """A page of a Hugo site with the Ananke theme (after theNewDynamic/gohugo-theme-ananke's
    baseof.html, single.html and its page-header, site-navigation, social/share, tags,
    menu-contextual and site-footer partials, and Hugo's embedded opengraph, schema and
    twitter_cards templates): no JSON-LD, Open Graph with article:published_time and schema.org
    microdata <meta itemprop>, a cover header that repeats the title when the page has a
    featured image, the section name above the title, share links, h1 with the author and a
    <time>, the content with Goldmark ids and footnotes, tag pills, a "Related" aside and the
    copyright footer."""
    site = page.get("site", "example.org")
    lang = page["lang"]
    w = THEME4_LABELS[lang]
    url = f"https://{site}/{w['section'].lower()}/{slug(page)}/"
    author = page.get("author", "")
    tags = page.get("tags", [])
    date = page.get("date")
    iso = f"{date}T09:30:00+01:00" if date else None
    desc = description(page)
    words = sum(len(i[1].split()) if isinstance(i[1], str) else 0 for i in page["body"])
    nav = "".join(f'<li class="list f5 f4-ns fw4 dib pr3">\n<a class="hover-white white-90 no-underline" href="{href}" title="{e(label)} pagina">\n{e(label)}\n</a>\n</li>\n' for href, label in w["nav"])
    navigation = (f'<nav class="pv3 ph3 ph4-ns" role="navigation">\n<div class="flex-l center items-center justify-between">\n'
                  f'<a href="/" class="f3 fw2 hover-white white-90 dib no-underline">\n{e(site)}\n</a>\n<div class="flex-l items-center">\n'
                  f'<ul class="pl0 mr3">\n{nav}</ul>\n</div>\n</div>\n</nav>')
    banner = ""
    pre = [line_text(l) for l in page.get("pre", [])]
    if pre:
        banner = '<div class="bg-light-yellow pa2 tc f6">' + "".join(f"<p class=\"ma1\">{e(l)}</p>" for l in pre) + "</div>\n"
    if page.get("cover"):
        header = (f'<header class="cover bg-center" style="background-image: url(\'/images/{slug(page)}.jpg\');">\n<div class="bg-black-60">\n{navigation}\n'
                  f'<div class="tc-l pv6 ph3 ph4-ns">\n<div class="f2 f1-l fw2 white-90 mb0 lh-title">{e(page["title"])}</div>\n'
                  + (f'<div class="fw1 f5 f3-l white-80 measure-wide-l center lh-copy mt3 mb4">\n{e(page["standfirst"])}\n</div>\n' if page.get("standfirst") else "")
                  + "</div>\n</div>\n</header>")
    else:
        header = f'<header>\n<div class="bg-black">\n{navigation}\n</div>\n</header>'
    share = "".join(f'<a href="{href}" class="ananke-social-link {net} no-underline" title="{w["share"]} {label}" aria-label="{w["share"]} {label}" target="_blank" rel="nofollow noopener noreferrer">\n<span class="icon"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 448 512"><path d="M0 32h448v448H0z"/></svg></span>\n</a>'
                    for net, label, href in [("facebook", "Facebook", f"https://www.facebook.com/sharer.php?u={url}"), ("bluesky", "Bluesky", f"https://bsky.app/intent/compose?text={url}"), ("linkedin", "LinkedIn", f"https://www.linkedin.com/shareArticle?mini=true&amp;url={url}")])
    meta = []
    for kind, text in page.get("meta", []):
        if kind == "date":
            meta.append(f'<time class="f6 mv4 dib tracked" datetime="{iso}">{e(text)}</time>')
        else:
            meta.append(f'<span class="f6 mv4 dib tracked">{e(text)}</span>')
    byline = ""
    if author and page.get("show_author", True):
        byline = f'<p class="tracked">{w["by"]} <strong>{e(author)}</strong>\n</p>\n'
    tag_items = "".join(f'<li class="list di">\n<a href="/tags/{anchor_id(t)}/" class="link f5 grow br-pill ba ph3 pv2 mb2 dib black sans-serif no-underline">{e(t)}</a>\n</li>\n' for t in tags)
    related = "".join(f'<li class="mb2">\n<a href="{href}">{e(t)}</a>\n</li>\n' for href, t in w["related_items"])
    tail = ""
    if page.get("tail"):
        tail = '<div class="mt6 instapaper_ignoref">' + "".join(f"<p>{e(line_text(l))}</p>" for l in page["tail"]) + "</div>\n"
    published = (f'\n<meta property="article:published_time" content="{iso}">\n<meta property="article:modified_time" content="{iso}">'
                 f'\n<meta itemprop="datePublished" content="{iso}">\n<meta itemprop="dateModified" content="{iso}">') if iso else ""
    og_tags = "".join(f'\n<meta property="article:tag" content="{html.escape(t)}">' for t in tags)
    return f"""<!DOCTYPE html>
<html lang="{w['lang']}">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<title>{e(page['title'])} | {e(site)}</title>
<meta name="viewport" content="width=device-width,minimum-scale=1">
<meta name="description" content="{html.escape(desc)}">
<meta name="generator" content="Hugo 0.140.2">
<meta name="robots" content="index, follow">
{f'<meta name="author" content="{html.escape(author)}">' if author else ''}
<link rel="stylesheet" href="/ananke/css/main.min.css" >
<link rel="shortcut icon" href="/favicon.ico" type="image/x-icon" />
<link href="/{w['section'].lower()}/index.xml" rel="alternate" type="application/rss+xml" title="{e(site)}" />
<link rel="canonical" href="{url}">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="{e(site)}">
<meta property="og:title" content="{html.escape(page['title'])}">
<meta property="og:description" content="{html.escape(desc)}">
<meta property="og:locale" content="{w['locale']}">
<meta property="og:type" content="article">
<meta property="article:section" content="{w['section'].lower()}">{published}{og_tags}
<meta itemprop="name" content="{html.escape(page['title'])}">
<meta itemprop="description" content="{html.escape(desc)}">
<meta itemprop="wordCount" content="{words}">
<meta itemprop="keywords" content="{html.escape(','.join(tags))}">
<meta name="twitter:card" content="summary">
<meta name="twitter:title" content="{html.escape(page['title'])}">
<meta name="twitter:description" content="{html.escape(desc)}">
</head>
<body class="ma0 avenir bg-near-white production is-page page-{slug(page)}">
{header}
{banner}<main class="pb7" role="main">
<article class="page-{slug(page)} flex-l mw8 center ph3 flex-wrap justify-between">
<header class="mt4 w-100">
<aside class="instapaper_ignoref b helvetica tracked ttu">
{w['section']}
</aside>
<div id="sharing" class="mt3 ananke-socials">{share}</div>
<h1 class="f1 athelas mt3 mb1">{e(page['title'])}</h1>
{byline}{chr(10).join(meta)}
</header>
<div class="nested-copy-line-height lh-copy serif f4 nested-links mid-gray pr4-l w-two-thirds-l">
{goldmark_content(page, footnotes=True)}
<ul class="pa0">
{tag_items}</ul>
{tail}</div>
<aside class="w-30-l mt6-l">
<div class="bg-light-gray pa3 nested-list-reset nested-copy-line-height nested-links">
<p class="f5 b mb3">{w['related']}</p>
<ul class="pa0 list">
{related}</ul>
</div>
</aside>
</article>
</main>
<footer class="bg-black bottom-0 w-100 pa3" role="contentinfo">
<div class="flex justify-between">
<a class="f4 fw4 hover-white white-70 dn dib-ns pv2 ph3 no-underline" href="https://{site}/" >
&copy; {e(site)} 2026
</a>
<div></div>
</div>
</footer>
</body>
</html>
"""


def blogger_page(page):
    """A post of a Blogger blog with one of Blogger's layouts themes (after the Blog widget
    includables in the theme XML Blogger publishes for Contempo/Essential: post, postTitle,
    postMetadataJSON, headerByline with postTimestamp, postBody, postFooter with the author,
    labels and share bylines, comments with commentsTitle and the comment form, blog pager, feed
    links; the Header, Profile, BlogArchive and Attribution widgets). A date that stands before
    the title is the classic date-header; the post's JSON-LD BlogPosting carries datePublished."""
    site = page.get("site", "example.org")
    lang = page["lang"]
    w = THEME4_LABELS[lang]
    blog = page.get("blog", site)
    date = page.get("date")
    post_id = str(sum(map(ord, page["name"])) * 7919 + 4049)
    year, month = (date[:4], date[5:7]) if date else ("2021", "12")
    url = f"https://{site}/{year}/{month}/{slug(page)}.html"
    iso = f"{date}T10:12:00-08:00" if date else None
    desc = description(page)
    author = page.get("author", "")
    labels = page.get("tags", [])
    ld = {"@context": "http://schema.org", "@type": "BlogPosting",
          "mainEntityOfPage": {"@type": "WebPage", "@id": url}, "headline": page["title"], "description": desc}
    if iso:
        ld["datePublished"] = iso
        ld["dateModified"] = iso
    ld["image"] = {"@type": "ImageObject", "url": "https://blogger.googleusercontent.com/img/b/U2hvZWJveA/w1200/", "height": 348, "width": 1200}
    ld["publisher"] = {"@type": "Organization", "name": "Blogger", "logo": {"@type": "ImageObject", "url": "https://blogger.googleusercontent.com/img/b/U2hvZWJveA/h60/", "width": 206, "height": 60}}
    if author:
        ld["author"] = {"@type": "Person", "name": author}
    date_header = ""
    widgets = []
    for line in page.get("pre", []):
        if isinstance(line, tuple):
            date_header = f"<div class='date-outer'>\n<h2 class='date-header'><span>{e(line[1])}</span></h2>\n"
        else:
            widgets.append(f"<p>{e(line)}</p>")
    top = f"<div class='widget HTML' data-version='2' id='HTML1'>\n<div class='widget-content'>{''.join(widgets)}</div>\n</div>\n" if widgets else ""
    byline = []
    for kind, text in page.get("meta", []):
        if kind == "date":
            byline.append(f"<span class='byline post-timestamp'>\n<meta content='{url}'>\n<a class='timestamp-link' href='{url}' rel='bookmark' title='permanent link'><time class='published' datetime='{iso}' title='{iso}'>{e(text)}</time></a>\n</span>")
        else:
            byline.append(f"<span class='byline'>{e(text)}</span>")
    footer = []
    for line in page.get("tail", []):
        if isinstance(line, tuple):
            footer.append(f"<span class='byline post-timestamp'><a class='timestamp-link' href='{url}' rel='bookmark' title='permanent link'><time class='published' datetime='{iso}' title='{iso}'>{e(line[1])}</time></a></span>")
        else:
            footer.append(f"<span class='byline'>{e(line)}</span>")
    if author:
        footer.insert(0, f"<span class='byline post-author vcard'>\n<span class='post-author-label'>\n{w['posted_by']}\n</span>\n<span class='fn'>\n<meta content='https://www.blogger.com/profile/0{post_id}'>\n<a class='g-profile' href='https://www.blogger.com/profile/0{post_id}' rel='author' title='author profile'>\n<span>{e(author)}</span>\n</a>\n</span>\n</span>")
    if labels:
        footer.append(f"<span class='byline post-labels'>\n<span class='byline-label'>{w['labels']}</span>\n"
                      + "".join(f"<a href='https://{site}/search/label/{html.escape(t)}' rel='tag'>{e(t)}</a>\n" for t in labels) + "</span>")
    comments = "".join(f"<div class='comment' id='c{post_id}{n}'><div class='comment-block'><div class='comment-header'><cite class='user'>{e(who)}</cite><span class='datetime secondary-text'><a rel='nofollow' href='{url}?showComment=1#c{post_id}{n}'>{e(when)}</a></span></div><p class='comment-content'>{e(text)}</p></div></div>\n"
                       for n, (who, when, text) in enumerate(w["comment_items"], 1))
    return f"""<!DOCTYPE html>
<html class='v2' dir='ltr' lang='{lang}'>
<head>
<meta content='width=device-width, initial-scale=1' name='viewport'/>
<title>{e(blog)}: {e(page['title'])}</title>
<meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/>
<meta content='blogger' name='generator'/>
<link href='https://{site}/favicon.ico' rel='icon' type='image/x-icon'/>
<link href='{url}' rel='canonical'/>
<link rel="alternate" type="application/atom+xml" title="{e(blog)} - Atom" href="https://{site}/feeds/posts/default" />
<link rel="alternate" type="application/rss+xml" title="{e(blog)} - RSS" href="https://{site}/feeds/posts/default?alt=rss" />
<link rel="service.post" type="application/atom+xml" title="{e(blog)} - Atom" href="https://www.blogger.com/feeds/{post_id}/posts/default" />
<meta content='{url}' property='og:url'/>
<meta content='{html.escape(page['title'])}' property='og:title'/>
<meta content='{html.escape(desc)}' property='og:description'/>
<style id='page-skin-1' type='text/css'><!--
body{{font:15px Roboto,sans-serif;color:#757575;background-color:#eeeeee}}
.post-title{{font:bold 22px Roboto,sans-serif;color:#212121}}
--></style>
</head>
<body class='container view-item version-1-3-3 variant-indie_light'>
<a class='skip-navigation' href='#main' tabindex='0'>Skip to main content</a>
<div class='all-container'>
<div class='centered-top-placeholder'></div>
<header class='centered-top-container' role='banner'>
<div class='centered-top'>
<div class='blog-name container'>
<div class='container section' id='header' name='Header'><div class='widget Header' data-version='2' id='Header1'>
<div class='header-widget'>
<div>
<h1><a href='https://{site}/'>{e(blog)}</a></h1>
</div>
<p>{e(page.get('blog_description', ''))}</p>
</div>
</div></div>
</div>
<div class='search'>
<button aria-label='{w['search']}' class='search-expand touch-icon-button'></button>
<div class='section' id='search_top' name='Search (Top)'><div class='widget BlogSearch' data-version='2' id='BlogSearch1'>
<h3 class='title'>{w['search']}</h3>
<div class='widget-content' role='search'><form action='https://{site}/search' target='_top'><div class='search-input'><input aria-label='{w['search']}' autocomplete='off' name='q' placeholder='{w['search']}' value=''/></div></form></div>
</div></div>
</div>
</div>
</header>
<div class='page'>
<div class='page_body'>
<div class='centered'>
<main class='centered-bottom' id='main' role='main' tabindex='-1'>
<div class='main section' id='page_body' name='Page Body'>
{top}<div class='widget Blog' data-version='2' id='Blog1'>
<div class='blog-posts hfeed container'>
{date_header}<article class='post-outer-container'>
<div class='post-outer'>
<div class='post'>
<script type='application/ld+json'>{json.dumps(ld, ensure_ascii=False, indent=2)}</script>
<a name='{post_id}'></a>
<h3 class='post-title entry-title'>
{e(page['title'])}
</h3>
<div class='post-header'>
<div class='post-header-line-1'>{''.join(byline)}</div>
</div>
<div class='post-body entry-content float-container' id='post-body-{post_id}'>
{goldmark_content(page).replace(' id="', ' data-id="')}
</div>
<div class='post-footer'>
<div class='post-footer-line post-footer-line-1'>
{chr(10).join(footer)}
</div>
<div class='post-footer-line post-footer-line-2'>
<div class='byline post-share-buttons goog-inline-block'>
<div class='sharing' aria-owns='sharing-popup-Blog1-byline-{post_id}'><button class='sharing-button touch-icon-button' aria-label='{w['share_btn']}' id='sharing-button-Blog1-byline-{post_id}' role='button'></button>
<div class='share-buttons-container'><ul aria-hidden='true' class='share-buttons hidden' role='menu'>
<li><span class='sharing-platform-button sharing-element-facebook' role='menuitem' tabindex='-1' title='Share to Facebook'><span class='platform-sharing-text'>Facebook</span></span></li>
<li><span class='sharing-platform-button sharing-element-twitter' role='menuitem' tabindex='-1' title='Share to X'><span class='platform-sharing-text'>X</span></span></li>
<li><span class='sharing-platform-button sharing-element-pinterest' role='menuitem' tabindex='-1' title='Share to Pinterest'><span class='platform-sharing-text'>Pinterest</span></span></li>
</ul></div></div>
</div>
</div>
</div>
</div>
</div>
<section class='comments threaded' data-embed='true' data-num-comments='2' id='comments'>
<a name='comments'></a>
<h3 class='title'>{w['comments']}</h3>
<div class='comments-content'>
<div id='comment-holder'>
{comments}</div>
</div>
<p class='comment-footer'>
<div class='comment-form'>
<a name='comment-form'></a>
<h4 id='comment-post-message'>{w['post_comment']}</h4>
<iframe allowtransparency='allowtransparency' class='blogger-iframe-colorize blogger-comment-from-post' frameborder='0' height='90px' id='comment-editor' name='comment-editor' src='' width='100%'></iframe>
</div>
</p>
</section>
</article>
{'</div>' if date_header else ''}
</div>
<div class='blog-pager container' id='blog-pager'>
<a class='blog-pager-newer-link' href='https://{site}/{year}/{month}/newer.html' id='Blog1_blog-pager-newer-link' title='{w['newer']}'>{w['newer']}</a>
<a class='blog-pager-older-link' href='https://{site}/{year}/{month}/older.html' id='Blog1_blog-pager-older-link' title='{w['older']}'>{w['older']}</a>
<a class='home-link' href='https://{site}/'>{w['home']}</a>
</div>
<div class='post-feeds'>
<div class='feed-links'>
{w['subscribe']}
<a class='feed-link' href='https://{site}/feeds/{post_id}/comments/default' target='_blank' type='application/atom+xml'>{w['feed']}</a>
</div>
</div>
</div>
</div>
</main>
</div>
</div>
</div>
<aside class='sidebar-container container sidebar-invisible' role='complementary'>
<div class='navigation'><button class='svg-icon-24-button flat-icon-button ripple sidebar-back'></button></div>
<div class='sidebar_top_wrapper'><div class='sidebar_top section' id='sidebar_top' name='Sidebar (Top)'>
<div class='widget Profile' data-version='2' id='Profile1'>
<div class='wrapper'>
<h3 class='title'>{w['about']}</h3>
<div class='widget-content individual'>
<dl class='profile-datablock'><dt class='profile-data'><a class='profile-link g-profile' href='https://www.blogger.com/profile/0{post_id}' rel='author nofollow'>{e(author or blog)}</a></dt></dl>
<a class='profile-link visible' href='https://www.blogger.com/profile/0{post_id}' rel='author'>{w['profile']}</a>
</div>
</div>
</div>
<div class='widget BlogArchive' data-version='2' id='BlogArchive1'>
<h3 class='title'>{w['archive']}</h3>
<div class='widget-content'><div id='ArchiveList'><ul class='hierarchy'><li class='archivedate'><a class='post-count-link' href='https://{site}/{year}/'>{year}</a><span class='post-count' dir='ltr'>(14)</span></li></ul></div></div>
</div>
</div></div>
</aside>
<footer class='footer section' id='footer' name='Footer'><div class='widget Attribution' data-version='2' id='Attribution1'>
<div class='widget-content'>
<div class='blogger'><a href='https://www.blogger.com' rel='nofollow'>{w['powered']}</a></div>
<div class='image-attribution'>{w['theme_images']} <a href='http://www.offset.com/photos/394244'>Michael Elkan</a></div>
</div>
</div></footer>
</div>
</body>
</html>
"""


# Labels of the two themes added for the fifth held-out half (h81-h100): a WordPress site with
# the Twenty Twenty-Four block theme and a Shopify store's blog with the Dawn theme.
THEME5_LABELS = {
    "nl": {"nav": [("/", "Home"), ("/blog/", "Blog"), ("/over-ons/", "Over ons"), ("/contact/", "Contact")],
           "skip": "Ga naar de inhoud", "by": "door", "in": "in ", "prev": "Vorige: ", "next": "Volgende: ",
           "comments": "Reacties", "reply": "Reageren", "leave": "Geef een reactie", "comment": "Reactie",
           "name": "Naam", "email": "E-mail", "website": "Site", "post_comment": "Reactie plaatsen",
           "required": "Je e-mailadres wordt niet gepubliceerd. Vereiste velden zijn gemarkeerd met *",
           "more_posts": "Meer berichten", "designed": "Ontworpen met", "tagline": "Gezond leven, stap voor stap",
           "footer_cols": [("Over", ["Team", "Geschiedenis", "Vacatures"]), ("Privacy", ["Privacybeleid", "Algemene voorwaarden", "Contact"])],
           "locale": "nl_NL", "bcp": "nl-NL",
           "comment_items": [("Marleen", "14 maart 2024 om 20:31", "Goed uitgelegd, hier heb ik wat aan. Bedankt!")],
           "other_posts": [("/blog/beter-slapen-zonder-scherm/", "Beter slapen zonder scherm"), ("/blog/ontbijt-dat-verzadigt/", "Een ontbijt dat lang verzadigt")],
           "query_posts": [("/blog/vitamine-d-in-de-winter/", "Vitamine D in de winter", "12 feb 2024"), ("/blog/water-drinken/", "Hoeveel water heb je echt nodig?", "30 jan 2024"), ("/blog/stress-en-ademhaling/", "Stress en je ademhaling", "8 jan 2024")],
           # Dawn (locales/nl.json)
           "announcement": "Aankondiging", "search": "Zoeken", "account": "Inloggen", "cart": "Winkelwagen",
           "menu": "Menu", "close": "Sluiten", "skip_shop": "Meteen naar de content", "share": "Delen",
           "copy": "Link kopiëren", "back_to_blog": "Terug naar blog", "comment_title": "Reactie plaatsen",
           "shop_message": "Reactie", "shop_post": "Plaats een reactie",
           "moderated": "Let op: opmerkingen moeten worden goedgekeurd voordat ze worden gepubliceerd.",
           "newsletter": "Abonneer je op onze e-mails", "newsletter_email": "E-mail", "subscribe": "Abonneren",
           "payment": "Betaalmethoden", "powered": "Aangedreven door Shopify", "policies": ["Privacybeleid", "Servicevoorwaarden", "Verzendbeleid"],
           "quick_links": "Snelle links", "shop_menu": [("/collections/all", "Alle producten"), ("/blogs/nieuws", "Blog"), ("/pages/contact", "Contact")]},
    "en": {"nav": [("/", "Home"), ("/blog/", "Blog"), ("/about/", "About"), ("/contact/", "Contact")],
           "skip": "Skip to content", "by": "by", "in": "in ", "prev": "Previous: ", "next": "Next: ",
           "comments": "Comments", "reply": "Reply", "leave": "Leave a Reply", "comment": "Comment",
           "name": "Name", "email": "Email", "website": "Website", "post_comment": "Post Comment",
           "required": "Your email address will not be published. Required fields are marked *",
           "more_posts": "More posts", "designed": "Designed with", "tagline": "Healthy living, one step at a time",
           "footer_cols": [("About", ["Team", "History", "Careers"]), ("Privacy", ["Privacy Policy", "Terms and Conditions", "Contact Us"])],
           "locale": "en_US", "bcp": "en-US",
           "comment_items": [("Priya", "March 14, 2024 at 8:31 pm", "Really clear, thank you. Sharing this with my study group.")],
           "other_posts": [("/blog/sleep-without-screens/", "Sleeping better without screens"), ("/blog/breakfast-that-lasts/", "A breakfast that keeps you full")],
           "query_posts": [("/blog/vitamin-d-winter/", "Vitamin D in winter", "Feb 12, 2024"), ("/blog/how-much-water/", "How much water do you really need?", "Jan 30, 2024"), ("/blog/stress-and-breathing/", "Stress and your breathing", "Jan 8, 2024")],
           # Dawn (locales/en.default.json)
           "announcement": "Announcement", "search": "Search", "account": "Log in", "cart": "Cart",
           "menu": "Menu", "close": "Close", "skip_shop": "Skip to content", "share": "Share",
           "copy": "Copy link", "back_to_blog": "Back to blog", "comment_title": "Leave a comment",
           "shop_message": "Comment", "shop_post": "Post comment",
           "moderated": "Please note, comments need to be approved before they are published.",
           "newsletter": "Subscribe to our emails", "newsletter_email": "Email", "subscribe": "Subscribe",
           "payment": "Payment methods", "powered": "Powered by Shopify", "policies": ["Privacy policy", "Terms of service", "Shipping policy"],
           "quick_links": "Quick links", "shop_menu": [("/collections/all", "Shop all"), ("/blogs/news", "Blog"), ("/pages/contact", "Contact")]},
}


def date_line(page):
    """The text of the page's date line, wherever it stands (meta, or a ("date", …) line in pre or
    tail), or None."""
    for kind, text in page.get("meta", []):
        if kind == "date":
            return text
    for line in page.get("pre", []) + page.get("tail", []):
        if isinstance(line, tuple):
            return line[1]
    return None


def wp_block_content(page):
    """The post content as WordPress's block editor saves it and renders it: wp-block-heading,
    paragraphs, wp-block-list, wp-block-table in a <figure>, wp-block-details for an FAQ, a
    wp-block-group for boxes, with the block comment delimiters left in the page."""
    parts = []
    for item in page["body"]:
        k = item[0]
        if k in ("h", "hn"):
            parts.append(f'<!-- wp:heading -->\n<h2 class="wp-block-heading" id="{anchor_id(item[1])}">{e(item[1])}</h2>\n<!-- /wp:heading -->')
        elif k == "p":
            parts.append(f"<!-- wp:paragraph -->\n<p>{e(item[1])}</p>\n<!-- /wp:paragraph -->")
        elif k == "b":
            parts.append(f'<!-- wp:paragraph {{"fontSize":"small"}} -->\n<p class="has-small-font-size"><strong>{e(item[1])}</strong></p>\n<!-- /wp:paragraph -->')
        elif k in ("ul", "ol"):
            tag = k
            attrs = ' {"ordered":true}' if k == "ol" else ""
            items = "".join(f"<!-- wp:list-item -->\n<li>{e(x)}</li>\n<!-- /wp:list-item -->\n" for x in item[1])
            parts.append(f'<!-- wp:list{attrs} -->\n<{tag} class="wp-block-list">\n{items}</{tag}>\n<!-- /wp:list -->')
        elif k == "bl":
            inner = "".join(f"<p>{e(x)}</p>" for x in item[1])
            parts.append(f'<!-- wp:group {{"backgroundColor":"base-2","layout":{{"type":"constrained"}}}} -->\n<div class="wp-block-group has-base-2-background-color has-background">{inner}</div>\n<!-- /wp:group -->')
        elif k == "table":
            _, header, rows, _ = item
            head = "".join(f"<th>{e(c)}</th>" for c in header)
            body = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in rows)
            parts.append(f'<!-- wp:table -->\n<figure class="wp-block-table"><table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></figure>\n<!-- /wp:table -->')
        elif k == "faq":
            _, heading, qas = item
            if heading:
                parts.append(f'<!-- wp:heading -->\n<h2 class="wp-block-heading" id="{anchor_id(heading)}">{e(heading)}</h2>\n<!-- /wp:heading -->')
            for q, a in qas:
                parts.append(f'<!-- wp:details -->\n<details class="wp-block-details"><summary>{e(q)}</summary><!-- wp:paragraph {{"placeholder":"Type / to add a hidden block"}} -->\n<p>{e(a)}</p>\n<!-- /wp:paragraph --></details>\n<!-- /wp:details -->')
        elif k == "refs":
            _, heading, refs = item
            if heading:
                parts.append(f'<!-- wp:heading {{"level":3}} -->\n<h3 class="wp-block-heading">{e(heading)}</h3>\n<!-- /wp:heading -->')
            if len(refs) == 1:
                parts.append(f'<!-- wp:paragraph {{"fontSize":"small"}} -->\n<p class="has-small-font-size">{e(refs[0][0])}</p>\n<!-- /wp:paragraph -->')
            else:
                items = "".join(f"<!-- wp:list-item -->\n<li>{e(r)}</li>\n<!-- /wp:list-item -->\n" for r, _ in refs)
                parts.append(f'<!-- wp:list {{"fontSize":"small"}} -->\n<ul class="wp-block-list has-small-font-size">\n{items}</ul>\n<!-- /wp:list -->')
    return "\n\n".join(parts)


def tt4_page(page):
    """A post of a WordPress site with the Twenty Twenty-Four block theme, as WordPress renders
    it (after the theme's templates/single.html, parts/header.html and parts/footer.html and its
    hidden-post-meta, hidden-comments, hidden-post-navigation and posts-3-col patterns): the
    wp-site-blocks wrapper, the header part with wp-block-site-title and wp-block-navigation,
    main > wp-block-group with wp-block-post-featured-image, the h1 wp-block-post-title and the
    post-meta group (wp-block-post-date with <time>, "by", wp-block-post-author-name, the
    category terms), wp-block-post-content with the blocks, wp-block-post-terms as tag pills,
    the comments block with its form, wp-block-post-navigation-link, a wp-block-query of more
    posts and the footer part with "Designed with WordPress". An SEO plugin's meta and JSON-LD
    (Yoast or Rank Math) when the page says so, none otherwise."""
    site = page.get("site", "example.org")
    lang = page["lang"]
    w = THEME5_LABELS[lang]
    site_title = page.get("site_title", site)
    post_id = sum(map(ord, page["name"])) % 9000 + 1000
    url = f"https://{site}/{page.get('section', 'blog')}/{slug(page)}/"
    author = page.get("author", "")
    date = page.get("date")
    modified = page.get("modified", date)
    iso = f"{date}T08:30:00+01:00" if date else None
    iso_mod = f"{modified}T10:05:00+01:00" if modified else None
    desc = description(page)
    cats = page.get("categories", [])
    tags = page.get("tags", [])
    seo = page.get("seo")
    nav = "".join(f'<li class="wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="https://{site}{href}"><span class="wp-block-navigation-item__label">{e(label)}</span></a></li>' for href, label in w["nav"])
    header = f"""<header class="wp-block-template-part">
<div class="wp-block-group alignwide has-base-background-color has-background has-global-padding is-layout-constrained wp-block-group-is-layout-constrained" style="padding-top:20px;padding-bottom:20px">
<div class="wp-block-group alignwide is-content-justification-space-between is-layout-flex wp-container-core-group-is-layout-1 wp-block-group-is-layout-flex">
<div class="wp-block-group is-layout-flex wp-block-group-is-layout-flex">
<div class="wp-block-group is-layout-flow wp-block-group-is-layout-flow"><p class="wp-block-site-title"><a href="https://{site}" target="_self" rel="home">{e(site_title)}</a></p></div>
</div>
<nav class="is-responsive items-justified-right wp-block-navigation is-horizontal is-content-justification-right is-layout-flex wp-container-core-navigation-is-layout-1 wp-block-navigation-is-layout-flex" aria-label="Menu"><button aria-haspopup="dialog" aria-label="Open menu" class="wp-block-navigation__responsive-container-open" data-wp-on--click="actions.openMenuOnClick"><svg width="24" height="24" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><rect x="4" y="7.5" width="16" height="1.5"></rect><rect x="4" y="15" width="16" height="1.5"></rect></svg></button>
<div class="wp-block-navigation__responsive-container" id="modal-1"><div class="wp-block-navigation__responsive-close" tabindex="-1"><div class="wp-block-navigation__responsive-dialog"><button aria-label="Close menu" class="wp-block-navigation__responsive-container-close"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false"><path d="M13 11.8l6.1-6.3-1-1-6.1 6.2-6.1-6.2-1 1 6.1 6.3-6.5 6.7 1 1 6.5-6.6 6.5 6.6 1-1z"></path></svg></button>
<div class="wp-block-navigation__responsive-container-content" id="modal-1-content"><ul class="wp-block-navigation__container is-responsive items-justified-right wp-block-navigation">{nav}</ul></div></div></div></div></nav>
</div>
</div>
</header>"""
    # lines before the title: breadcrumbs (a separator in the line) or a category/promo line
    top = []
    for line in page.get("pre", []):
        text = line_text(line)
        if isinstance(line, tuple):
            top.append(f'<div class="wp-block-post-date"><time datetime="{iso}">{e(text)}</time></div>')
        elif any(sep in text for sep in (" > ", " » ", " / ", " › ")):
            top.append(f'<nav aria-label="breadcrumbs" class="rank-math-breadcrumb wp-block-rank-math-breadcrumb"><p>{e(text)}</p></nav>')
        else:
            top.append(f'<p class="has-small-font-size">{e(text)}</p>')
    top_html = ('<div class="wp-block-group is-layout-flow wp-block-group-is-layout-flow">' + "".join(top) + "</div>\n") if top else ""
    meta = []
    for kind, text in page.get("meta", []):
        if kind == "date":
            meta.append(f'<div class="wp-block-post-date"><time datetime="{iso}"><a href="{url}">{e(text)}</a></time></div>')
        elif author and author in text:
            meta.append(f'<div class="wp-block-post-author-name"><a href="https://{site}/author/{anchor_id(author)}/" target="_self" class="wp-block-post-author-name__link">{e(text)}</a></div>')
        else:
            meta.append(f'<p class="has-small-font-size has-contrast-2-color has-text-color">{e(text)}</p>')
    if cats:
        meta.append('<div class="taxonomy-category wp-block-post-terms"><span class="wp-block-post-terms__prefix">' + e(w["in"]) + "</span>"
                    + '<span class="wp-block-post-terms__separator">, </span>'.join(f'<a href="https://{site}/category/{anchor_id(c)}/" rel="tag">{e(c)}</a>' for c in cats) + "</div>")
    meta_html_ = ('<div class="wp-block-group is-layout-constrained wp-block-group-is-layout-constrained"><div class="wp-block-group is-content-justification-left is-layout-flex wp-container-core-group-is-layout-3 wp-block-group-is-layout-flex">'
                  + "\n".join(meta) + "</div></div>") if meta else ""
    tail = ""
    if page.get("tail"):
        tail = ('<div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained">'
                + "".join(f"<p>{e(line_text(l))}</p>" for l in page["tail"]) + "</div>\n")
    tag_html = ""
    if tags:
        tag_html = ('<div class="taxonomy-post_tag is-style-pill wp-block-post-terms">'
                    + '<span class="wp-block-post-terms__separator">  </span>'.join(f'<a href="https://{site}/tag/{anchor_id(t)}/" rel="tag">{e(t)}</a>' for t in tags) + "</div>\n")
    comment_items = page.get("comment_items", w["comment_items"])
    comments = "".join(
        f'<li id="comment-{n}" class="comment even thread-even depth-1"><div class="wp-block-group is-layout-flow wp-block-group-is-layout-flow" style="margin-top:0;margin-bottom:var(--wp--preset--spacing--30)">'
        f'<div class="wp-block-group is-nowrap is-layout-flex wp-block-group-is-layout-flex"><div class="wp-block-avatar"><img alt="{e(who)} avatar" src="https://secure.gravatar.com/avatar/0?s=40&amp;d=mm&amp;r=g" class="avatar avatar-40 photo wp-block-avatar__image" width="40" height="40"/></div>'
        f'<div class="wp-block-group is-layout-flow wp-block-group-is-layout-flow"><div class="wp-block-comment-author-name">{e(who)}</div><div class="wp-block-comment-date"><time datetime="2024-03-14T20:31:00+01:00"><a href="{url}#comment-{n}">{e(when)}</a></time></div></div></div>'
        f'<div class="wp-block-comment-content"><p>{e(text)}</p></div><div class="wp-block-group is-nowrap is-layout-flex wp-block-group-is-layout-flex"><div class="wp-block-comment-reply-link"><a rel="nofollow" class="comment-reply-link" href="#comment-{n}">{w["reply"]}</a></div></div></div></li>'
        for n, (who, when, text) in enumerate(comment_items, 1))
    comments_title = (f'<h3 id="comments" class="wp-block-comments-title">{len(comment_items)} {w["comments"].lower()}</h3>'
                      f'<ol class="wp-block-comment-template">{comments}</ol>') if comment_items else ""
    (prev_href, prev_t), (next_href, next_t) = w["other_posts"]
    query = "".join(
        f'<li class="wp-block-post post type-post status-publish format-standard hentry"><div class="wp-block-group is-layout-flow wp-block-group-is-layout-flow">'
        f'<h3 class="wp-block-post-title has-large-font-size"><a href="https://{site}{href}" target="_self">{e(t)}</a></h3>'
        f'<div class="wp-block-post-date has-small-font-size"><time datetime="2024-01-01T09:00:00+01:00"><a href="https://{site}{href}">{e(d)}</a></time></div></div></li>'
        for href, t, d in w["query_posts"])
    cols = "".join(
        f'<div class="wp-block-group is-vertical is-layout-flex wp-block-group-is-layout-flex"><h2 class="wp-block-heading has-body-font-family" style="font-style:normal;font-weight:600">{e(h)}</h2>'
        f'<nav class="has-small-font-size is-vertical wp-block-navigation is-layout-flex wp-block-navigation-is-layout-flex" aria-label="{e(h)}"><ul class="wp-block-navigation__container has-small-font-size is-vertical wp-block-navigation has-small-font-size">'
        + "".join(f'<li class="has-small-font-size wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="#"><span class="wp-block-navigation-item__label">{e(x)}</span></a></li>' for x in items)
        + "</ul></nav></div>"
        for h, items in w["footer_cols"])
    footer = f"""<footer class="wp-block-template-part">
<div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained" style="padding-top:var(--wp--preset--spacing--50);padding-bottom:var(--wp--preset--spacing--50)">
<div class="wp-block-columns alignwide is-layout-flex wp-container-core-columns-is-layout-1 wp-block-columns-is-layout-flex">
<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow" style="flex-basis:30%"><div class="wp-block-group is-vertical is-layout-flex wp-block-group-is-layout-flex"><p class="wp-block-site-title has-medium-font-size"><a href="https://{site}" target="_self" rel="home">{e(site_title)}</a></p><p class="wp-block-site-tagline has-small-font-size">{e(page.get('tagline', w['tagline']))}</p></div></div>
<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow" style="flex-basis:20%"></div>
<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow" style="flex-basis:50%"><div class="wp-block-group is-content-justification-space-between is-layout-flex wp-block-group-is-layout-flex">{cols}</div></div>
</div>
<div class="wp-block-group alignwide is-content-justification-space-between is-layout-flex wp-block-group-is-layout-flex" style="padding-top:var(--wp--preset--spacing--40)"><p class="has-small-font-size">{w['designed']} <a href="https://wordpress.org" rel="nofollow">WordPress</a></p></div>
</div>
</footer>"""
    head_seo = ""
    if seo == "yoast":
        graph = [{"@type": "Article", "@id": f"{url}#article", "isPartOf": {"@id": url}, "headline": page["title"],
                  "mainEntityOfPage": {"@id": url}, "publisher": {"@id": f"https://{site}/#organization"}, "inLanguage": w["bcp"]},
                 {"@type": "WebPage", "@id": url, "url": url, "name": f"{page['title']} - {site_title}", "description": desc, "inLanguage": w["bcp"]},
                 {"@type": "Organization", "@id": f"https://{site}/#organization", "name": site_title, "url": f"https://{site}/"}]
        if author:
            graph[0]["author"] = {"name": author, "@id": f"https://{site}/#/schema/person/{anchor_id(author)}"}
            graph.append({"@type": "Person", "@id": f"https://{site}/#/schema/person/{anchor_id(author)}", "name": author})
        if iso:
            graph[0]["datePublished"] = iso
            graph[0]["dateModified"] = iso_mod
            graph[1]["datePublished"] = iso
            graph[1]["dateModified"] = iso_mod
        published = (f'\n\t<meta property="article:published_time" content="{iso}" />\n\t<meta property="article:modified_time" content="{iso_mod}" />') if iso else ""
        head_seo = f"""
	<!-- This site is optimized with the Yoast SEO plugin v23.1 - https://yoast.com/wordpress/plugins/seo/ -->
	<meta name="description" content="{html.escape(desc)}" />
	<link rel="canonical" href="{url}" />
	<meta property="og:locale" content="{w['locale']}" />
	<meta property="og:type" content="article" />
	<meta property="og:title" content="{html.escape(page['title'])} - {e(site_title)}" />
	<meta property="og:description" content="{html.escape(desc)}" />
	<meta property="og:url" content="{url}" />
	<meta property="og:site_name" content="{e(site_title)}" />{published}
	<meta name="twitter:card" content="summary_large_image" />
	<script type="application/ld+json" class="yoast-schema-graph">{json.dumps({"@context": "https://schema.org", "@graph": graph}, ensure_ascii=False)}</script>
	<!-- / Yoast SEO plugin. -->"""
    elif seo == "rankmath":
        graph = [{"@type": "Organization", "@id": f"https://{site}/#organization", "name": site_title},
                 {"@type": "WebPage", "@id": f"{url}#webpage", "url": url, "name": page["title"], "inLanguage": w["bcp"]},
                 {"@type": "BlogPosting", "headline": page["title"], "description": desc, "@id": f"{url}#richSnippet",
                  "isPartOf": {"@id": f"{url}#webpage"}, "mainEntityOfPage": {"@id": f"{url}#webpage"}, "inLanguage": w["bcp"]}]
        if author:
            graph[2]["author"] = {"@type": "Person", "name": author}
        if iso:
            graph[1]["datePublished"] = iso
            graph[1]["dateModified"] = iso_mod
            graph[2]["datePublished"] = iso
            graph[2]["dateModified"] = iso_mod
        published = (f'\n<meta property="article:published_time" content="{iso}" />\n<meta property="article:modified_time" content="{iso_mod}" />') if iso else ""
        head_seo = f"""
<!-- Search Engine Optimization by Rank Math - https://rankmath.com/ -->
<meta name="description" content="{html.escape(desc)}"/>
<meta name="robots" content="follow, index, max-snippet:-1, max-video-preview:-1, max-image-preview:large"/>
<link rel="canonical" href="{url}" />
<meta property="og:locale" content="{w['locale']}" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{html.escape(page['title'])}" />
<meta property="og:url" content="{url}" />
<meta property="og:site_name" content="{e(site_title)}" />{published}
<script type="application/ld+json" class="rank-math-schema">{json.dumps({"@context": "https://schema.org", "@graph": graph}, ensure_ascii=False)}</script>
<!-- /Rank Math WordPress SEO plugin -->"""
    post_classes = " ".join(["post-" + str(post_id), "post", "type-post", "status-publish", "format-standard", "has-post-thumbnail", "hentry"]
                            + [f"category-{anchor_id(c)}" for c in cats] + [f"tag-{anchor_id(t)}" for t in tags])
    return f"""<!DOCTYPE html>
<html lang="{w['bcp']}">
<head>
	<meta charset="UTF-8" />
	<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />
	<title>{e(page['title'])} &#8211; {e(site_title)}</title>{head_seo}
<link rel="alternate" type="application/rss+xml" title="{e(site_title)} &raquo; Feed" href="https://{site}/feed/" />
<link rel='stylesheet' id='wp-block-library-css' href='https://{site}/wp-includes/css/dist/block-library/style.min.css?ver=6.5.3' media='all' />
<link rel='stylesheet' id='twentytwentyfour-button-style-outline-css' href='https://{site}/wp-content/themes/twentytwentyfour/assets/css/button-outline.css?ver=1.1' media='all' />
<style id='global-styles-inline-css'>
body{{--wp--preset--color--base: #f9f9f9;--wp--preset--color--contrast: #111111;--wp--preset--spacing--40: min(30px, 5vw);--wp--preset--spacing--50: clamp(30px, 5vw, 50px);}}
</style>
<link rel="https://api.w.org/" href="https://{site}/wp-json/" /><link rel="alternate" type="application/json" href="https://{site}/wp-json/wp/v2/posts/{post_id}" />
<meta name="generator" content="WordPress 6.5.3" />
<link rel='shortlink' href='https://{site}/?p={post_id}' />
</head>

<body class="post-template-default single single-post postid-{post_id} single-format-standard wp-embed-responsive">

<div class="wp-site-blocks">
{header}

<main class="wp-block-group alignfull is-layout-flow wp-block-group-is-layout-flow">
<div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained" style="margin-bottom:var(--wp--preset--spacing--40);padding-top:var(--wp--preset--spacing--50)">
<figure style="margin-bottom:var(--wp--preset--spacing--40);" class="wp-block-post-featured-image"><img width="1200" height="675" src="https://{site}/wp-content/uploads/2024/03/{slug(page)}.jpg" class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="" style="object-fit:cover;" decoding="async" fetchpriority="high" /></figure>
{top_html}<div class="wp-block-group is-vertical is-content-justification-stretch is-layout-flex wp-container-core-group-is-layout-2 wp-block-group-is-layout-flex" style="padding-top:0;padding-bottom:0">
<h1 class="wp-block-post-title has-x-large-font-size">{e(page['title'])}</h1>
{meta_html_}
</div>
</div>

<div class="entry-content alignfull wp-block-post-content has-global-padding is-layout-constrained wp-block-post-content-is-layout-constrained">
{wp_block_content(page)}
</div>

<div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained" style="margin-top:var(--wp--preset--spacing--40);padding-bottom:var(--wp--preset--spacing--50)">
{tail}{tag_html}<div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained">
<div style="height:var(--wp--preset--spacing--40)" aria-hidden="true" class="wp-block-spacer"></div>
<hr class="wp-block-separator has-text-color has-contrast-3-color has-alpha-channel-opacity has-contrast-3-background-color has-background is-style-wide" style="margin-bottom:var(--wp--preset--spacing--40)"/>
<div class="wp-block-comments wp-block-comments-query-loop">
<h2 class="wp-block-heading">{w['comments']}</h2>
{comments_title}
<div id="respond" class="comment-respond wp-block-post-comments-form"><h3 id="reply-title" class="comment-reply-title">{w['leave']}</h3><form action="https://{site}/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">{w['required']}</span></p><p class="comment-form-comment"><label for="comment">{w['comment']} <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p><p class="comment-form-author"><label for="author">{w['name']} <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required /></p><p class="comment-form-email"><label for="email">{w['email']} <span class="required">*</span></label> <input id="email" name="email" type="email" value="" size="30" maxlength="100" autocomplete="email" required /></p><p class="comment-form-url"><label for="url">{w['website']}</label> <input id="url" name="url" type="url" value="" size="30" maxlength="200" autocomplete="url" /></p><p class="form-submit wp-block-button"><input name="submit" type="submit" id="submit" class="wp-block-button__link wp-element-button" value="{w['post_comment']}" /> <input type='hidden' name='comment_post_ID' value='{post_id}' id='comment_post_ID' /></p></form></div>
</div>
<nav class="wp-block-group is-nowrap is-layout-flex wp-block-group-is-layout-flex" aria-label="Posts" style="padding-top:var(--wp--preset--spacing--40);padding-bottom:var(--wp--preset--spacing--40)">
<div class="post-navigation-link-previous wp-block-post-navigation-link"><span class="wp-block-post-navigation-link__arrow-previous is-arrow-arrow" aria-hidden="true">←</span><a href="https://{site}{prev_href}" rel="prev"><span class="post-navigation-link__label">{w['prev']}</span> <span class="post-navigation-link__title">{e(prev_t)}</span></a></div>
<div class="post-navigation-link-next wp-block-post-navigation-link"><a href="https://{site}{next_href}" rel="next"><span class="post-navigation-link__label">{w['next']}</span> <span class="post-navigation-link__title">{e(next_t)}</span></a><span class="wp-block-post-navigation-link__arrow-next is-arrow-arrow" aria-hidden="true">→</span></div>
</nav>
</div>
</div>

<div class="wp-block-group alignfull has-global-padding is-layout-constrained wp-block-group-is-layout-constrained" style="padding-top:var(--wp--preset--spacing--50);padding-bottom:var(--wp--preset--spacing--50)">
<h2 class="wp-block-heading alignwide has-text-align-left">{w['more_posts']}</h2>
<div class="wp-block-query alignwide is-layout-flow wp-block-query-is-layout-flow"><ul class="columns-3 alignwide wp-block-post-template is-layout-grid wp-container-core-post-template-is-layout-1 wp-block-post-template-is-layout-grid">{query}</ul></div>
</div>
</main>

{footer}
</div>
<script src="https://{site}/wp-includes/blocks/navigation/view.min.js?ver=6.5.3" id="wp-block-navigation-view-js" type="module"></script>
</body>
</html>
"""


def dawn_content(page):
    """The article body as Shopify's rich-text editor saves it (the `rte` content): plain
    headings, paragraphs, lists and tables, the FAQ questions as h3."""
    parts = []
    for item in page["body"]:
        k = item[0]
        if k in ("h", "hn"):
            parts.append(f"<h2>{e(item[1])}</h2>")
        elif k == "p":
            parts.append(f"<p>{e(item[1])}</p>")
        elif k == "b":
            parts.append(f"<p><em>{e(item[1])}</em></p>")
        elif k == "ul":
            parts.append("<ul>\n" + "".join(f"<li>{e(x)}</li>\n" for x in item[1]) + "</ul>")
        elif k == "ol":
            parts.append("<ol>\n" + "".join(f"<li>{e(x)}</li>\n" for x in item[1]) + "</ol>")
        elif k == "bl":
            parts.append("<div>" + "".join(f"<p><strong>{e(x)}</strong></p>" for x in item[1]) + "</div>")
        elif k == "table":
            _, header, rows, _ = item
            head = "".join(f"<td><strong>{e(c)}</strong></td>" for c in header)
            body = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>\n" for r in rows)
            parts.append(f'<table width="100%">\n<tbody>\n<tr>{head}</tr>\n{body}</tbody>\n</table>')
        elif k == "faq":
            _, heading, qas = item
            if heading:
                parts.append(f"<h2>{e(heading)}</h2>")
            for q, a in qas:
                parts.append(f"<h3>{e(q)}</h3>\n<p>{e(a)}</p>")
        elif k == "refs":
            _, heading, refs = item
            if heading:
                parts.append(f"<h4>{e(heading)}</h4>")
            parts.append("<p><small>" + "<br>\n".join(e(r) for r, _ in refs) + "</small></p>")
    return "\n".join(parts)


def dawn_page(page):
    """An article of a Shopify store's blog with the Dawn theme, as Shopify renders it (after
    Shopify/dawn's layout/theme.liquid, sections/announcement-bar.liquid, sections/header.liquid,
    sections/main-article.liquid and sections/footer.liquid, with the strings of its locales): the
    skip link, the utility bar with the announcement(s), the header with the menu drawer, the shop
    name, the inline menu and the search, account and cart icons, article.article-template with the
    featured image, the h1 article-template__title, the <time> in the circle-divider caption and
    the author, the rte content, the share button, "Back to blog", the comments form, and the
    footer with the newsletter sign-up, the payment icons, "© 2025, … Powered by Shopify" and the
    policy links. Shopify's Article JSON-LD ({{ article | structured_data }}) unless the page says
    none."""
    site = page.get("site", "example.org")
    lang = page["lang"]
    w = THEME5_LABELS[lang]
    shop = page.get("shop", site)
    blog = page.get("blog_handle", "news")
    url = f"https://{site}/{lang + '/' if page.get('locale_path') else ''}blogs/{blog}/{slug(page)}"
    author = page.get("author", "")
    date = page.get("date")
    iso = f"{date}T07:00:00Z" if date else None
    desc = description(page)
    article_id = sum(map(ord, page["name"])) * 104729 + 558000000000
    announcements = [line_text(l) for l in page.get("pre", []) if not isinstance(l, tuple)]
    if len(announcements) > 1:
        slides = "".join(f'<div class="slideshow__slide slider__slide grid__item grid--1-col" id="Slide-announcement-bar-{n}" role="group" aria-roledescription="{w["announcement"]}" aria-label="{n} / {len(announcements)}" tabindex="-1"><div class="announcement-bar__announcement" role="region" aria-label="{w["announcement"]}"><p class="announcement-bar__message h5"><span>{e(a)}</span></p></div></div>'
                         for n, a in enumerate(announcements, 1))
        bar = f'<div class="announcement-bar" role="region" aria-label="{w["announcement"]}"><slideshow-component class="announcement-bar-slider slider-buttons"><div class="grid grid--1-col slider slider--everywhere" id="Slider-announcement-bar" aria-live="polite" aria-atomic="true" data-autoplay="true" data-speed="5">{slides}</div></slideshow-component></div>'
    elif announcements:
        bar = f'<div class="announcement-bar announcement-bar--one-announcement" role="region" aria-label="{w["announcement"]}"><p class="announcement-bar__message h5"><span>{e(announcements[0])}</span></p></div>'
    else:
        bar = ""
    utility = (f'<div id="shopify-section-sections--2270__announcement-bar" class="shopify-section shopify-section-group-header-group announcement-bar-section">'
               f'<div class="utility-bar color-scheme-2 gradient utility-bar--bottom-border"><div class="page-width utility-bar__grid">{bar}</div></div></div>\n') if bar else ""
    menu = "".join(f'<li><a id="HeaderMenu-{anchor_id(label)}" href="{href}" class="header__menu-item list-menu__item link link--text focus-inset"><span>{e(label)}</span></a></li>' for href, label in w["shop_menu"])
    drawer = "".join(f'<li><a id="HeaderDrawer-{anchor_id(label)}" href="{href}" class="menu-drawer__menu-item list-menu__item link link--text focus-inset">{e(label)}</a></li>' for href, label in w["shop_menu"])
    caption = []
    for kind, text in page.get("meta", []):
        if kind == "date":
            caption.append(f'<span class="circle-divider caption-with-letter-spacing"><time datetime="{iso}">{e(text)}</time></span>')
        else:
            caption.append(f'<span class="caption-with-letter-spacing"><span>{e(text)}</span></span>')
    # tail lines that are the theme's own chrome (share button, back link, comment form) are
    # rendered by the theme below, not a second time
    chrome = {w["share"], w["back_to_blog"], w["comment_title"], w["moderated"]}
    tail_lines = [line_text(l) for l in page.get("tail", []) if line_text(l) not in chrome]
    tail = ""
    if tail_lines:
        tail = ('<div class="article-template__tail page-width page-width--narrow">'
                + "".join(f"<p>{e(l)}</p>" for l in tail_lines) + "</div>\n")
    tags = page.get("tags", [])
    ld = ""
    if page.get("jsonld", True):
        data = {"@context": "http://schema.org/", "@type": "Article", "articleBody": " ".join(i[1] for i in page["body"] if i[0] == "p"),
                "headline": page["title"], "description": desc, "image": {"@type": "ImageObject", "url": f"https://{site}/cdn/shop/articles/{slug(page)}.jpg?v=1700000000&width=1920", "width": 1920, "height": 1080}}
        if iso:
            data["datePublished"] = iso
            data["dateModified"] = f"{page.get('modified', date)}T07:00:00Z"
        data["author"] = {"@type": "Person", "name": author or shop}
        data["publisher"] = {"@type": "Organization", "name": shop}
        ld = f'\n  <script type="application/ld+json">\n    {json.dumps(data, ensure_ascii=False)}\n  </script>'
    published = f'\n    <meta property="article:published_time" content="{iso}">' if iso else ""
    og_tags = "".join(f'\n    <meta property="article:tag" content="{html.escape(t)}">' for t in tags)
    payments = "".join(f'<li class="list-payment__item"><svg class="icon icon--full-color" viewBox="0 0 38 24" xmlns="http://www.w3.org/2000/svg" role="img" width="38" height="24" aria-labelledby="pi-{p}"><title id="pi-{p}">{t}</title><rect width="38" height="24" rx="3" fill="#eee"></rect></svg></li>'
                       for p, t in [("ideal", "iDEAL"), ("bancontact", "Bancontact"), ("master", "Mastercard"), ("visa", "Visa"), ("paypal", "PayPal")])
    policies = "".join(f'<li><small class="copyright__content"><a href="/policies/{anchor_id(x)}">{e(x)}</a></small></li>' for x in w["policies"])
    return f"""<!doctype html>
<html class="js" lang="{lang}">
  <head>
    <meta charset="utf-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width,initial-scale=1">
    <meta name="theme-color" content="">
    <link rel="canonical" href="{url}">
    <link rel="preconnect" href="https://cdn.shopify.com" crossorigin>
    <title>
      {e(page['title'])}
 &ndash; {e(shop)}</title>
    <meta name="description" content="{html.escape(desc)}">

<meta property="og:site_name" content="{e(shop)}">
<meta property="og:url" content="{url}">
<meta property="og:title" content="{html.escape(page['title'])}">
<meta property="og:type" content="article">
<meta property="og:description" content="{html.escape(desc)}">{published}{og_tags}
<meta property="og:image" content="http://{site}/cdn/shop/articles/{slug(page)}.jpg?v=1700000000">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:title" content="{html.escape(page['title'])}">
<meta name="twitter:description" content="{html.escape(desc)}">

    <script src="//{site}/cdn/shop/t/3/assets/constants.js?v=132983761750457495441700000000" defer="defer"></script>
    <script src="//{site}/cdn/shop/t/3/assets/global.js?v=84878826541212587711700000000" defer="defer"></script>
    <script>window.Shopify = window.Shopify || {{}};
Shopify.shop = "{anchor_id(shop)}.myshopify.com";
Shopify.locale = "{lang}";
Shopify.theme = {{"name":"Dawn","id":151836917000,"schema_name":"Dawn","schema_version":"15.2.0","theme_store_id":887,"role":"main"}};</script>
    <link href="//{site}/cdn/shop/t/3/assets/base.css?v=144968985024194912401700000000" rel="stylesheet" type="text/css" media="all" />
    <link rel="stylesheet" href="//{site}/cdn/shop/t/3/assets/section-blog-post.css?v=22208784805650925301700000000" media="print" onload="this.media='all'">
  </head>

  <body class="gradient">
    <a class="skip-to-content-link button visually-hidden" href="#MainContent">
      {w['skip_shop']}
    </a>
<!-- BEGIN sections: header-group -->
{utility}<div id="shopify-section-sections--2270__header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header data-sticky-type="on-scroll-up" class="header-wrapper color-scheme-1 gradient header-wrapper--border-bottom"><header class="header header--middle-left header--mobile-center page-width header--has-menu header--has-social header--has-account">

<header-drawer data-breakpoint="tablet">
  <details id="Details-menu-drawer-container" class="menu-drawer-container">
    <summary class="header__icon header__icon--menu header__icon--summary link focus-inset" aria-label="{w['menu']}">
      <span><svg xmlns="http://www.w3.org/2000/svg" fill="none" class="icon icon-hamburger" viewBox="0 0 18 16"><path fill="currentColor" d="M1 .5a.5.5 0 1 0 0 1h15.71a.5.5 0 0 0 0-1zM.5 8a.5.5 0 0 1 .5-.5h15.71a.5.5 0 0 1 0 1H1A.5.5 0 0 1 .5 8m0 7a.5.5 0 0 1 .5-.5h15.71a.5.5 0 0 1 0 1H1a.5.5 0 0 1-.5-.5"/></svg></span>
    </summary>
    <div id="menu-drawer" class="gradient menu-drawer motion-reduce color-scheme-1">
      <div class="menu-drawer__inner-container"><div class="menu-drawer__navigation-container"><nav class="menu-drawer__navigation"><ul class="menu-drawer__menu has-submenu list-menu" role="list">{drawer}</ul></nav>
        <div class="menu-drawer__utility-links"><a href="/account/login" class="menu-drawer__account link focus-inset h5 medium-hide large-up-hide"><span class="svg-wrapper"><svg xmlns="http://www.w3.org/2000/svg" fill="none" class="icon icon-account" viewBox="0 0 18 19"><path fill="currentColor" d="M6 4.5a3 3 0 1 1 6 0 3 3 0 0 1-6 0"/></svg></span>{w['account']}</a></div>
      </div></div>
    </div>
  </details>
</header-drawer>
<div class="header__heading"><a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">{e(shop)}</span></a></div>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">{menu}</ul></nav>
<div class="header__icons header__icons--localization header-localization">
  <details-modal class="header__search"><details><summary class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle" aria-haspopup="dialog" aria-label="{w['search']}"><span><span class="svg-wrapper"><svg fill="none" class="icon icon-search" viewBox="0 0 18 19"><path fill="currentColor" fill-rule="evenodd" d="M11.03 11.68A5.784 5.784 0 1 1 2.85 3.5a5.784 5.784 0 0 1 8.18 8.18" clip-rule="evenodd"/></svg></span></span></summary>
    <div class="search-modal modal__content gradient" role="dialog" aria-modal="true" aria-label="{w['search']}"><div class="modal-overlay"></div><div class="search-modal__content search-modal__content-bottom" tabindex="-1"><predictive-search class="search-modal__form" data-loading-text="Loading..."><form action="/search" method="get" role="search" class="search search-modal__form"><div class="field"><input class="search__input field__input" id="Search-In-Modal" type="search" name="q" value="" placeholder="{w['search']}" role="combobox" aria-expanded="false"><label class="field__label" for="Search-In-Modal">{w['search']}</label><input type="hidden" name="options[prefix]" value="last"></div></form></predictive-search><button type="button" class="search-modal__close-button modal__close-button link link--text focus-inset" aria-label="{w['close']}"></button></div></div>
  </details></details-modal>
  <a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span class="svg-wrapper"><svg xmlns="http://www.w3.org/2000/svg" fill="none" class="icon icon-account" viewBox="0 0 18 19"><path fill="currentColor" d="M6 4.5a3 3 0 1 1 6 0 3 3 0 0 1-6 0"/></svg></span><span class="visually-hidden">{w['account']}</span></a>
  <a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="svg-wrapper"><svg xmlns="http://www.w3.org/2000/svg" fill="none" class="icon icon-cart-empty" viewBox="0 0 40 40"><path fill="currentColor" fill-rule="evenodd" d="M15.75 11.8h-3.16l-.77 11.6a5 5 0 0 0 4.99 5.34h7.38a5 5 0 0 0 4.99-5.33L28.4 11.8zm0 1h-2.22l-.71 10.67a4 4 0 0 0 3.99 4.27h7.38a4 4 0 0 0 4-4.27l-.72-10.67h-2.22v.63a4.75 4.75 0 1 1-9.5 0z"/></svg></span><span class="visually-hidden">{w['cart']}</span></a>
</div>
</header></sticky-header></div>
<!-- END sections: header-group -->

    <main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
      <section id="shopify-section-template--2270__main" class="shopify-section section">
<article class="article-template">
<div class="article-template__hero-container">
<div class="article-template__hero-medium media">
<img srcset="//{site}/cdn/shop/articles/{slug(page)}.jpg?v=1700000000&amp;width=350 350w, //{site}/cdn/shop/articles/{slug(page)}.jpg?v=1700000000&amp;width=750 750w, //{site}/cdn/shop/articles/{slug(page)}.jpg?v=1700000000&amp;width=1100 1100w" sizes="(min-width: 1200px) 1100px, (min-width: 750px) calc(100vw - 10rem), 100vw" src="//{site}/cdn/shop/articles/{slug(page)}.jpg?v=1700000000&amp;width=1100" loading="eager" fetchpriority="high" width="1920" height="1080" alt="">
</div>
</div>
<header class="page-width page-width--narrow">
<h1 class="article-template__title">{e(page['title'])}</h1>
{chr(10).join(caption)}
</header>
<div class="article-template__content page-width page-width--narrow rte">
{dawn_content(page)}
</div>
<div class="article-template__social-sharing page-width page-width--narrow">
<share-button id="Share-{article_id}" class="share-button quick-add-hidden"><button class="share-button__button hidden"><span class="svg-wrapper"><svg xmlns="http://www.w3.org/2000/svg" fill="none" class="icon icon-share" viewBox="0 0 13 12"><path stroke="currentColor" d="M1.625 8.125V10.2c0 .387.15.757.418 1.03.267.273.63.427 1.007.427h7.9"/></svg></span>{w['share']}</button>
<details id="Details-share-{article_id}"><summary class="share-button__button"><span class="svg-wrapper"><svg xmlns="http://www.w3.org/2000/svg" fill="none" class="icon icon-share" viewBox="0 0 13 12"><path stroke="currentColor" d="M1.625 8.125V10.2c0 .387.15.757.418 1.03.267.273.63.427 1.007.427h7.9"/></svg></span>{w['share']}</summary>
<div class="share-button__fallback motion-reduce"><div class="field"><span id="ShareMessage-{article_id}" class="share-button__message hidden" role="status"></span><input type="text" class="field__input" id="ShareUrl-{article_id}" value="{url}" placeholder="Link" onclick="this.select();" readonly><label class="field__label" for="ShareUrl-{article_id}">Link</label></div><button class="share-button__close hidden no-js-hidden"><span class="visually-hidden">{w['close']}</span></button><button class="share-button__copy no-js-hidden"><span class="visually-hidden">{w['copy']}</span></button></div>
</details></share-button>
</div>
{tail}<div class="article-template__back element-margin-top center">
<a href="/blogs/{blog}" class="article-template__link link animate-arrow"><span class="icon-wrap"><span class="svg-wrapper"><svg xmlns="http://www.w3.org/2000/svg" fill="none" class="icon icon-arrow" viewBox="0 0 14 10"><path fill="currentColor" fill-rule="evenodd" d="M8.537.808a.5.5 0 0 1 .817-.162l4 4a.5.5 0 0 1 0 .708l-4 4a.5.5 0 1 1-.708-.708L11.793 5.5H1a.5.5 0 0 1 0-1h10.793L8.646 1.354a.5.5 0 0 1-.109-.546" clip-rule="evenodd"/></svg></span></span>{w['back_to_blog']}</a>
</div>
<div class="article-template__comment-wrapper background-secondary">
<div id="comments" class="page-width page-width--narrow">
<form method="post" action="/blogs/{blog}/{slug(page)}/comments#comment_form" id="comment_form" accept-charset="UTF-8" class="comment-form"><input type="hidden" name="form_type" value="new_comment" /><input type="hidden" name="utf8" value="✓" />
<h2>{w['comment_title']}</h2>
<div class="article-template__comments-fields"><div class="article-template__comment-fields">
<div class="field field--with-error"><input type="text" name="comment[author]" id="CommentForm-author" class="field__input" autocomplete="name" value="" aria-required="true" required placeholder="{w['name']}"><label class="field__label" for="CommentForm-author">{w['name']}<span aria-hidden="true">*</span></label></div>
<div class="field field--with-error"><input type="email" name="comment[email]" id="CommentForm-email" autocomplete="email" class="field__input" value="" autocorrect="off" autocapitalize="off" aria-required="true" required placeholder="{w['email']}"><label class="field__label" for="CommentForm-email">{w['email']}<span aria-hidden="true">*</span></label></div>
</div>
<div class="field field--with-error"><textarea rows="5" id="CommentForm-body" class="text-area field__input" name="comment[body]" aria-required="true" required placeholder="{w['shop_message']}"></textarea><label class="form__label field__label" for="CommentForm-body">{w['shop_message']}<span aria-hidden="true">*</span></label></div></div>
<p class="article-template__comment-warning caption">{w['moderated']}</p>
<input type="submit" class="button" value="{w['shop_post']}">
</form>
</div>
</div>
</article>{ld}
</section>
    </main>

<!-- BEGIN sections: footer-group -->
<div id="shopify-section-sections--2271__footer" class="shopify-section shopify-section-group-footer-group">
<footer class="footer color-scheme-1 gradient section-sections--2271__footer-padding">
<div class="footer__content-top page-width">
<div class="footer__blocks-wrapper grid grid--1-col grid--2-col grid--4-col-tablet">
<div class="footer-block grid__item footer-block--menu"><h2 class="footer-block__heading inline-richtext">{w['quick_links']}</h2><ul class="footer-block__details-content list-unstyled">{''.join(f'<li><a href="{href}" class="link link--text list-menu__item list-menu__item--link">{e(label)}</a></li>' for href, label in w['shop_menu'])}</ul></div>
</div>
<div class="footer-block--newsletter">
<div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">{w['newsletter']}</h2>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" accept-charset="UTF-8" class="footer__newsletter newsletter-form"><input type="hidden" name="form_type" value="customer" /><input type="hidden" name="contact[tags]" value="newsletter"><div class="newsletter-form__field-wrapper"><div class="field"><input id="NewsletterForm--sections--2271__footer" type="email" name="contact[email]" class="field__input" value="" aria-required="true" autocorrect="off" autocapitalize="off" autocomplete="email" placeholder="{w['newsletter_email']}" required><label class="field__label" for="NewsletterForm--sections--2271__footer">{w['newsletter_email']}</label><button type="submit" class="newsletter-form__button field__button" name="commit" id="Subscribe" aria-label="{w['subscribe']}"><span class="svg-wrapper"><svg xmlns="http://www.w3.org/2000/svg" fill="none" class="icon icon-arrow" viewBox="0 0 14 10"><path fill="currentColor" d="M8.537.808a.5.5 0 0 1 .817-.162l4 4a.5.5 0 0 1 0 .708l-4 4"/></svg></span></button></div></div></form>
</div>
</div>
</div>
<div class="footer__content-bottom">
<div class="footer__content-bottom-wrapper page-width">
<div class="footer__column footer__localization isolate"></div>
<div class="footer__column footer__column--info">
<div class="footer__payment"><span class="visually-hidden">{w['payment']}</span><ul class="list list-payment" role="list">{payments}</ul></div>
</div>
</div>
<div class="footer__content-bottom-wrapper page-width footer__content-bottom-wrapper--center">
<div class="footer__copyright caption"><small class="copyright__content">&copy; 2025, <a href="/" title="">{e(shop)}</a></small>
<small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby&amp;utm_medium=shopify&amp;utm_source=onlinestore">{w['powered']}</a></small>
<ul class="policies list-unstyled">{policies}</ul></div>
</div>
</div>
</footer>
</div>
<!-- END sections: footer-group -->
  </body>
</html>
"""


def html_page(page):
    if page.get("theme") == "tt4":
        return tt4_page(page)
    if page.get("theme") == "dawn":
        return dawn_page(page)
    if page.get("theme") == "ananke":
        return ananke_page(page)
    if page.get("theme") == "blogger":
        return blogger_page(page)
    if page.get("theme") == "papermod":
        return papermod_page(page)
    if page.get("theme") == "elementor":
        return elementor_page(page)
    if page.get("theme") == "ghost":
        return ghost_page(page)
    if page.get("theme") == "joomla":
        return joomla_page(page)
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
