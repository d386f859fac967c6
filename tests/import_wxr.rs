//! `kennis import export.xml`: a WordPress export (WXR 1.2) of a fictional Dutch blog
//! (`tests/fixtures/import_wxr/export.xml`: three authors, a block editor post, a classic
//! editor post without `<p>`, a post with `[caption]` and a featured image, a draft, a private
//! post, a trashed post, a page, an attachment and a menu item) becomes one article per
//! published post, with a report line per post.
#![cfg(feature = "import-html")]

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use common::{Fixture, repo_root};
use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};

const SECTION: &str = "content/artikelen";

fn export() -> PathBuf {
    repo_root().join("tests/fixtures/import_wxr/export.xml")
}

fn import(site: &Fixture, input: &Path, extra: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kennis"))
        .arg("import")
        .arg("--root")
        .arg(site.root())
        .arg(input)
        .args(extra)
        .output()
        .expect("run kennis")
}

fn stderr(run: &Output) -> String {
    String::from_utf8_lossy(&run.stderr).into_owned()
}

/// An imported article: its front matter as TOML and its body.
struct Article {
    front: toml::Table,
    body: String,
}

fn article(site: &Fixture, key: &str) -> Article {
    let text = site.read(&format!("{SECTION}/{key}.nl.md"));
    let rest = text.strip_prefix("+++\n").expect("front matter");
    let (front, body) = rest.split_once("+++\n").expect("end of front matter");
    Article {
        front: front.parse().expect("front matter is TOML"),
        body: body.to_string(),
    }
}

impl Article {
    fn str(&self, key: &str) -> &str {
        self.front
            .get(key)
            .and_then(|v| v.as_str())
            .unwrap_or_default()
    }

    fn list(&self, key: &str) -> Vec<String> {
        self.front
            .get(key)
            .and_then(|v| v.as_array())
            .map(|a| {
                a.iter()
                    .filter_map(|v| v.as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default()
    }

    fn date(&self) -> String {
        self.front
            .get("date")
            .map(ToString::to_string)
            .unwrap_or_default()
    }

    fn draft(&self) -> bool {
        self.front
            .get("draft")
            .and_then(|v| v.as_bool())
            .unwrap_or(false)
    }

    /// The body's blocks as Markdown sees them: "h2 Text", "p Text", "li Text",
    /// "img src alt title", "a href label", in order.
    fn structure(&self) -> Vec<String> {
        let mut out = Vec::new();
        let mut open: Vec<(String, String)> = Vec::new();
        for event in Parser::new(&self.body) {
            match event {
                Event::Start(tag) => {
                    let name = match &tag {
                        Tag::Heading { level, .. } => match level {
                            HeadingLevel::H2 => "h2".to_string(),
                            other => format!("{other:?}").to_lowercase(),
                        },
                        Tag::Paragraph => "p".into(),
                        Tag::Item => "li".into(),
                        Tag::Image {
                            dest_url, title, ..
                        } => format!("img {dest_url} | {title} |"),
                        Tag::Link { dest_url, .. } => format!("a {dest_url}"),
                        _ => String::new(),
                    };
                    open.push((name, String::new()));
                }
                Event::Text(text) | Event::Code(text) => {
                    for (_, collected) in open.iter_mut() {
                        collected.push_str(&text);
                    }
                }
                Event::SoftBreak => {
                    for (_, collected) in open.iter_mut() {
                        collected.push(' ');
                    }
                }
                Event::End(end) => {
                    let Some((name, text)) = open.pop() else {
                        continue;
                    };
                    // A list item's paragraph is the item itself.
                    let tight_item = matches!(end, TagEnd::Item);
                    if !name.is_empty() && (tight_item || !name.starts_with("li")) {
                        out.push(format!("{name} {}", text.trim()).trim_end().to_string());
                    }
                }
                _ => {}
            }
        }
        out
    }
}

#[test]
fn published_posts_become_articles_with_their_metadata() {
    let site = Fixture::new("basic");
    let run = import(&site, &export(), &[]);
    assert!(run.status.success(), "{}", stderr(&run));

    let gutenberg = article(&site, "magnesium-en-je-nachtrust");
    assert_eq!(gutenberg.str("title"), "Magnesium en je nachtrust");
    assert_eq!(gutenberg.str("slug"), "magnesium-en-je-nachtrust");
    assert_eq!(gutenberg.date(), "2025-01-14");
    // wp:post_modified, a later day than the post's date.
    assert_eq!(
        gutenberg.front.get("updated").map(ToString::to_string),
        Some("2025-02-01".to_string())
    );
    assert_eq!(gutenberg.list("authors"), ["Annelies Verbeek"]);
    assert_eq!(gutenberg.list("tags"), ["Slaap", "Voeding", "magnesium"]);
    assert_eq!(
        gutenberg.str("description"),
        "Wat er gezegd wordt over magnesium en een goede nacht."
    );
    assert!(!gutenberg.draft());
    assert_eq!(
        gutenberg.structure(),
        [
            "p Veel mensen vragen zich af of een avondje slecht slapen iets met hun voeding te \
             maken heeft. In dit stuk zetten we op een rij wat er over magnesium wordt gezegd.",
            "h2 Waar zit magnesium in?",
            "li noten en zaden",
            "li volkorenbrood",
            "li groene bladgroenten",
            "img https://blog.example.org/wp-content/uploads/2025/01/slaapkamer.jpg |  |",
            "p",
            "a @/artikelen/vezels-in-je-ontbijt.md vezels in je ontbijt",
            "a https://www.example.com/slaaptips een andere site",
            "p Lees ook ons stuk over vezels in je ontbijt of kijk op een andere site.",
        ]
    );
    assert!(!gutenberg.body.contains("wp:"), "{}", gutenberg.body);

    // Classic editor text has no <p>: its blank lines separate the paragraphs.
    let classic = article(&site, "water-drinken-als-het-warm-is");
    assert_eq!(classic.list("authors"), ["Joris van Dam"]);
    assert_eq!(classic.date(), "2025-07-03");
    assert_eq!(
        classic.list("tags"),
        ["water"],
        "WordPress's default category is no topic"
    );
    assert_eq!(
        classic.str("description"),
        "Op warme dagen merk je vaak pas laat dat je dorst hebt. Daarom helpt het om een fles \
         water binnen handbereik te houden."
    );
    let structure = classic.structure();
    assert_eq!(
        structure[..5],
        [
            "p Op warme dagen merk je vaak pas laat dat je dorst hebt. Daarom helpt het om een \
             fles water binnen handbereik te houden.",
            "h2 Handige gewoontes",
            "li een glas water bij elke maaltijd",
            "li een fles mee op de fiets",
            // The link to the draft, which is not imported, stays as it was.
            "a https://blog.example.org/?p=104 ons stuk over vitamine D",
        ]
    );
    assert_eq!(
        structure[6..],
        [
            "p Tip: zet 's ochtends een kan water klaar op tafel.",
            "p [contact-form-7 id=\"12\" title=\"Stel je vraag\"]",
        ]
    );

    // [caption] is a figure: the image with its caption as title.
    let caption = article(&site, "vezels-in-je-ontbijt");
    assert_eq!(caption.list("authors"), ["Marleen Koster"]);
    assert_eq!(
        caption.list("tags"),
        ["Voeding", "vezels", "havermout"],
        "a tag spelled as a category is kept once"
    );
    assert_eq!(
        caption.structure(),
        [
            "p Een ontbijt met havermout is snel klaar en houdt je lang op de been.",
            "img https://blog.example.org/wp-content/uploads/2025/09/havermout-300x200.jpg | \
             Havermout met bessen, klaar in vijf minuten | Een kom havermout met blauwe bessen",
            "p Een kom havermout met blauwe bessen",
            "p Wie weinig tijd heeft, kan de avond ervoor alles klaarzetten.",
            "p [gallery ids=\"201,203\"]",
        ]
    );

    let written: Vec<String> = std::fs::read_dir(site.root().join(SECTION))
        .expect("section")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .collect();
    for never in [
        "vitamine-d-in-de-wintermaanden.nl.md",
        "afspraken-voor-de-redactie.nl.md",
        "oude-actie-trashed.nl.md",
        "over-ons.nl.md",
        "havermout.nl.md",
        "home.nl.md",
    ] {
        assert!(!written.iter().any(|w| w == never), "{never}: {written:?}");
    }
}

#[test]
fn one_report_line_per_post_with_its_line_in_the_export() {
    let site = Fixture::new("basic");
    let run = import(&site, &export(), &[]);
    let report = stderr(&run);
    // The report names the export as from the folder kennis ran in (the test's own).
    let here = std::env::current_dir().expect("working folder");
    let input = export()
        .strip_prefix(&here)
        .expect("the fixture is under the working folder")
        .display()
        .to_string();
    let output = |key: &str| site.root().join(SECTION).join(format!("{key}.nl.md"));
    let per_post: Vec<&str> = report
        .lines()
        .filter(|l| l.contains(": post ") || l.contains(": page ") || l.contains(": items "))
        .collect();
    assert_eq!(
        per_post,
        [
            format!(
                "{input}:12: items that are no posts: skipped (attachment 1, nav_menu_item 1): \
                 they never become articles"
            ),
            format!(
                "{input}:36: post 101 \"Magnesium en je nachtrust\": wrote {}",
                output("magnesium-en-je-nachtrust").display()
            ),
            format!(
                "{input}:113: post 102 \"Water drinken als het warm is\": wrote {}",
                output("water-drinken-als-het-warm-is").display()
            ),
            format!(
                "{input}:149: post 103 \"Vezels in je ontbijt\": wrote {}",
                output("vezels-in-je-ontbijt").display()
            ),
            format!(
                "{input}:185: post 104 \"Vitamine D in de wintermaanden\": skipped (draft): pass \
                 --include-drafts to import it"
            ),
            format!(
                "{input}:208: post 105 \"Afspraken voor de redactie\": skipped (private): pass \
                 --include-private to import it"
            ),
            format!(
                "{input}:231: post 106 \"Oude actie: gratis receptenboekje\": skipped (in the trash)"
            ),
            format!(
                "{input}:257: page 107 \"Over ons\": skipped (a page): pass --include-pages to \
                 import pages as well"
            ),
        ]
    );
    // Images are listed with their address (the files are not in the export), those without
    // alt text too; shortcodes and links to the old site are for review.
    for expected in [
        ":70: review: image https://blog.example.org/wp-content/uploads/2025/01/slaapkamer.jpg: \
         not in the export",
        ":70: review: image without alt text: https://blog.example.org/wp-content/uploads/2025/01/slaapkamer.jpg",
        ":158: review: image https://blog.example.org/wp-content/uploads/2025/09/havermout-300x200.jpg",
        ":149: review: featured image https://blog.example.org/wp-content/uploads/2025/09/havermout.jpg",
        ":158: recognised: [caption]: a figure with its caption",
        ":162: review: shortcode \"[gallery ids=\"201,203\"]\" kept as text",
        ":132: review: shortcode \"[contact-form-7 id=\"12\" title=\"Stel je vraag\"]\" kept as text",
        ":48: dropped: the \"read more\" mark",
        ":74: recognised: link to https://blog.example.org/vezels-in-je-ontbijt/: an imported \
         post, linked as @/artikelen/vezels-in-je-ontbijt.md",
        ":128: review: internal link: turn into @/…: https://blog.example.org/?p=104",
        ":146: dropped: category \"Geen categorie\": WordPress's default",
    ] {
        assert!(
            report.contains(&format!("{input}{expected}")),
            "{expected}\n{report}"
        );
    }
}

#[test]
fn drafts_private_posts_and_pages_only_when_asked() {
    let site = Fixture::new("basic");
    let run = import(
        &site,
        &export(),
        &["--include-drafts", "--include-private", "--include-pages"],
    );
    let report = stderr(&run);
    assert!(run.status.success(), "{report}");
    // The draft had no slug: its key comes from its title.
    let draft = article(&site, "vitamine-d-in-de-wintermaanden");
    assert!(draft.draft());
    assert_eq!(draft.date(), "2025-11-20");
    assert_eq!(draft.list("tags"), ["Voeding"]);
    let private = article(&site, "afspraken-voor-de-redactie");
    assert!(private.draft());
    assert!(report.contains("was private in WordPress: imported as a draft"));
    // The link to the draft now goes to its article.
    assert!(
        article(&site, "water-drinken-als-het-warm-is")
            .structure()
            .contains(
                &"a @/artikelen/vitamine-d-in-de-wintermaanden.md ons stuk over vitamine D"
                    .to_string()
            )
    );
    // The page has the slug of a post (WordPress allows that across types): it gets a number.
    let page = article(&site, "vezels-in-je-ontbijt-2");
    assert_eq!(page.str("title"), "Over ons");
    assert!(!page.draft());
    assert!(report.contains(
        ":257: review: slug vezels-in-je-ontbijt is post 103's already: written as \
         vezels-in-je-ontbijt-2"
    ));
    // The trash is never imported.
    assert!(
        report.contains("post 106 \"Oude actie: gratis receptenboekje\": skipped (in the trash)")
    );
    assert!(
        !site
            .root()
            .join(SECTION)
            .join("oude-actie-trashed.nl.md")
            .exists()
    );
}

#[test]
fn broken_xml_is_an_error_with_its_line_and_column_and_nothing_is_written() {
    let site = Fixture::new("basic");
    let text = std::fs::read_to_string(export()).expect("export");
    let broken = text.replacen(
        "<title><![CDATA[Vezels in je ontbijt]]></title>",
        "<title><![CDATA[Vezels in je ontbijt]]></titel>",
        1,
    );
    let path = site.root().join("export.xml");
    std::fs::write(&path, broken).expect("write");
    let run = import(&site, &path, &[]);
    assert_eq!(run.status.code(), Some(1));
    let report = stderr(&run);
    assert!(
        report.contains(&format!("{}:150:42: not well-formed XML:", path.display())),
        "{report}"
    );
    assert!(
        !site
            .root()
            .join(SECTION)
            .join("magnesium-en-je-nachtrust.nl.md")
            .exists()
    );

    // XML that is no WordPress export.
    site.write(
        "sitemap.xml",
        "<?xml version=\"1.0\"?>\n<urlset></urlset>\n",
    );
    let run = import(&site, &site.root().join("sitemap.xml"), &[]);
    assert_eq!(run.status.code(), Some(1));
    assert!(stderr(&run).contains("not a WordPress export: its root element is <urlset>"));
}

#[test]
fn nothing_is_written_when_one_post_would_replace_an_article() {
    let site = Fixture::new("basic");
    site.write(
        &format!("{SECTION}/vezels-in-je-ontbijt.nl.md"),
        "edited by hand",
    );
    let run = import(&site, &export(), &[]);
    assert_eq!(run.status.code(), Some(2));
    assert!(stderr(&run).contains("vezels-in-je-ontbijt.nl.md exists already: pass --force"));
    assert_eq!(
        site.read(&format!("{SECTION}/vezels-in-je-ontbijt.nl.md")),
        "edited by hand"
    );
    assert!(
        !site
            .root()
            .join(SECTION)
            .join("magnesium-en-je-nachtrust.nl.md")
            .exists()
    );

    let forced = import(&site, &export(), &["--force"]);
    assert!(forced.status.success(), "{}", stderr(&forced));
    assert_eq!(
        article(&site, "vezels-in-je-ontbijt").str("title"),
        "Vezels in je ontbijt"
    );

    let titled = import(&site, &export(), &["--title", "Eén titel", "--force"]);
    assert_eq!(titled.status.code(), Some(2));
    assert!(stderr(&titled).contains("--title cannot be given with a WordPress export"));
}

#[test]
fn the_imported_posts_build_with_only_content_findings() {
    let site = Fixture::new("basic");
    assert!(import(&site, &export(), &[]).status.success());
    // What the site says about a fresh import is about the content (claims without sources,
    // the image without alt text the report lists, translations to make), never its format.
    let check = site.check(&["--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&check.stdout()).expect("JSON");
    let codes: std::collections::BTreeSet<String> = json["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .filter_map(|d| d["code"].as_str().map(str::to_string))
        .collect();
    let content = ["uncited-claim", "missing-alt", "missing-translation"];
    assert!(
        codes.iter().all(|c| content.contains(&c.as_str())),
        "{codes:?}"
    );
    assert!(codes.contains("missing-alt"), "{codes:?}");

    // Once the editor describes the image the report names, and the site accepts uncited
    // claims as warnings, it builds.
    let key = "magnesium-en-je-nachtrust";
    let text = site.read(&format!("{SECTION}/{key}.nl.md"));
    site.write(
        &format!("{SECTION}/{key}.nl.md"),
        text.replace("![](", "![Een opgemaakt bed in een donkere slaapkamer]("),
    );
    let config = format!("{}\n[claims]\nuncited = \"warn\"\n", site.read("site.toml"));
    site.write("site.toml", &config);
    let run = site.build(&[]);
    assert_eq!(run.code(), 0, "{}", run.stderr());
    let page = site.page("nl/artikelen/vezels-in-je-ontbijt/index.html");
    assert_eq!(page.text("article h1"), "Vezels in je ontbijt");
    assert_eq!(page.select("figure figcaption").len(), 1);
    let linking = site.page(&format!("nl/artikelen/{key}/index.html"));
    assert!(
        linking
            .select("a")
            .iter()
            .any(|a| a.value().attr("href") == Some("/nl/artikelen/vezels-in-je-ontbijt/")),
        "the link between two imported posts works"
    );
}

/// A WordPress export of an English blog with one post, its channel's language `en-US`.
const ENGLISH_EXPORT: &str = r#"<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0"
	xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:wp="http://wordpress.org/export/1.2/"
>
<channel>
	<title>Healthy Knowing</title>
	<link>https://blog.example.com</link>
	<language>en-US</language>
	<wp:wxr_version>1.2</wp:wxr_version>
	<wp:base_site_url>https://blog.example.com</wp:base_site_url>
	<wp:base_blog_url>https://blog.example.com</wp:base_blog_url>
	<item>
		<title><![CDATA[Fibre at breakfast]]></title>
		<link>https://blog.example.com/fibre-at-breakfast/</link>
		<dc:creator><![CDATA[admin]]></dc:creator>
		<content:encoded><![CDATA[<p>Most adults eat less fibre than the guidelines advise. A bowl of oats in the morning is an easy way to get closer to what your body needs, and it keeps you full until lunch.</p>
<h2>References</h2>
<ol><li>Smith A, Jones B. Oats and satiety. Nutr J. 2020;19:1. doi:10.1186/s12937-020-00001-1</li></ol>]]></content:encoded>
		<wp:post_id>301</wp:post_id>
		<wp:post_date><![CDATA[2025-03-14 09:30:00]]></wp:post_date>
		<wp:post_name><![CDATA[fibre-at-breakfast]]></wp:post_name>
		<wp:status><![CDATA[publish]]></wp:status>
		<wp:post_type><![CDATA[post]]></wp:post_type>
		<category domain="category" nicename="uncategorised"><![CDATA[Uncategorised]]></category>
		<category domain="post_tag" nicename="oats"><![CDATA[oats]]></category>
	</item>
</channel>
</rss>
"#;

#[test]
fn an_export_whose_language_is_en_us_becomes_english_articles() {
    let site = Fixture::new("basic");
    site.write("export.xml", ENGLISH_EXPORT);
    let input = site.root().join("export.xml");
    let run = import(&site, &input, &[]);
    let report = stderr(&run);
    assert!(run.status.success(), "{report}");
    // Said once, at the channel's <language>, before the posts.
    let first = report.lines().next().unwrap_or_default();
    assert_eq!(
        first,
        format!(
            "{}:11: recognised: language en (from <language>en-US</language>)",
            input.display()
        ),
        "{report}"
    );
    assert!(
        !site
            .root()
            .join(SECTION)
            .join("fibre-at-breakfast.nl.md")
            .exists()
    );
    let article = site.read(&format!("{SECTION}/fibre-at-breakfast.en.md"));
    let front: toml::Table = article
        .strip_prefix("+++\n")
        .and_then(|rest| rest.split_once("+++\n"))
        .map(|(front, _)| front)
        .expect("front matter")
        .parse()
        .expect("TOML");
    // English markers: "Uncategorised" is WordPress's default category in English, and the list
    // under "References" is the article's reference list.
    let tags: Vec<&str> = front["tags"]
        .as_array()
        .expect("tags")
        .iter()
        .filter_map(|t| t.as_str())
        .collect();
    assert_eq!(tags, ["oats"]);
    let references = front["references"].as_array().expect("references");
    assert_eq!(references.len(), 1, "{article}");
    assert_eq!(
        references[0]["doi"].as_str(),
        Some("10.1186/s12937-020-00001-1")
    );
}

#[test]
fn a_dutch_export_that_declares_en_us_is_reported() {
    // WordPress writes the language of its own settings, which a Dutch blog may leave on
    // English: the posts' text says otherwise, and the report says so.
    let site = Fixture::new("basic");
    let text = std::fs::read_to_string(export())
        .expect("the fixture")
        .replace("<language>nl-NL</language>", "<language>en-US</language>");
    site.write("export.xml", text);
    let input = site.root().join("export.xml");
    let run = import(&site, &input, &["--dry-run"]);
    let report = stderr(&run);
    assert!(run.status.success(), "{report}");
    assert!(
        report.contains(&format!(
            "{}:17: review: the text reads as nl, not en as <language>en-US</language> says: \
             give --lang nl to import it as nl",
            input.display()
        )),
        "{report}"
    );
}
