use super::*;

fn nl() -> Markers {
    Markers::built_in("nl").unwrap_or_else(|| unreachable!("built-in markers"))
}

fn options() -> TextOptions {
    TextOptions {
        date: Date {
            year: 2026,
            month: 1,
            day: 2,
        },
        date_given: false,
        title: None,
    }
}

const EXPORT: &str = r#"<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
  xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
  <link>https://example.org</link>
  <wp:author><wp:author_login>an</wp:author_login><wp:author_display_name>An de Vries</wp:author_display_name></wp:author>
  <item>
    <title>Eerste</title>
    <dc:creator>an</dc:creator>
    <content:encoded><![CDATA[Een.

Twee <a href="/zelfde-2/">verder</a> met ]]]]><![CDATA[> erin.]]></content:encoded>
    <excerpt:encoded><![CDATA[]]></excerpt:encoded>
    <wp:post_id>1</wp:post_id>
    <wp:post_date>2025-03-14 09:30:00</wp:post_date>
    <wp:post_name>zelfde</wp:post_name>
    <wp:status>publish</wp:status>
    <wp:post_type>post</wp:post_type>
    <category domain="category" nicename="uncategorized"><![CDATA[Uncategorized]]></category>
    <category domain="post_tag" nicename="slaap"><![CDATA[Slaap]]></category>
    <category domain="category" nicename="slaap-2"><![CDATA[slaap]]></category>
  </item>
  <item>
    <title>Tweede</title>
    <pubDate>Fri, 14 Mar 2025 09:30:00 +0000</pubDate>
    <wp:post_id>2</wp:post_id>
    <wp:post_date>0000-00-00 00:00:00</wp:post_date>
    <wp:post_name>zelfde</wp:post_name>
    <wp:status>publish</wp:status>
    <wp:post_type>post</wp:post_type>
    <link>https://example.org/zelfde-2/</link>
  </item>
  <item><title>Concept</title><wp:post_id>3</wp:post_id><wp:status>draft</wp:status><wp:post_type>post</wp:post_type></item>
  <item><title>Menu</title><wp:post_id>4</wp:post_id><wp:status>publish</wp:status><wp:post_type>nav_menu_item</wp:post_type></item>
</channel>
</rss>
"#;

#[test]
fn posts_become_articles_and_the_rest_is_skipped_with_a_reason() {
    let outcomes = import_wxr(EXPORT, &options(), Include::default(), "artikelen", &nl())
        .unwrap_or_else(|e| unreachable!("{e}"));
    assert_eq!(outcomes.len(), 4);
    let Outcome::Article { item, article } = &outcomes[0] else {
        unreachable!("{:?}", outcomes[0])
    };
    assert_eq!(item.line, 8);
    assert_eq!(item.label, "post 1 \"Eerste\"");
    assert_eq!(article.key, "zelfde");
    assert!(
        article
            .markdown
            .contains("authors = [\"An de Vries\"]\ntags = [\"Slaap\"]\n"),
        "{}",
        article.markdown
    );
    // The second post with this slug is zelfde-2, and the link to it goes there.
    assert!(
        article
            .markdown
            .ends_with("+++\n\nEen.\n\nTwee [verder](@/artikelen/zelfde-2.md) met \\]\\]> erin.\n"),
        "{}",
        article.markdown
    );
    let Outcome::Article { article, .. } = &outcomes[1] else {
        unreachable!("{:?}", outcomes[1])
    };
    assert_eq!(article.key, "zelfde-2");
    assert!(article.markdown.contains("date = 2025-03-14"));
    let Outcome::Skipped { why, .. } = &outcomes[2] else {
        unreachable!("{:?}", outcomes[2])
    };
    assert_eq!(why, "skipped (draft): pass --include-drafts to import it");
    let Outcome::Skipped { why, .. } = &outcomes[3] else {
        unreachable!("{:?}", outcomes[3])
    };
    assert!(why.contains("nav_menu_item 1"), "{why}");
}

#[test]
fn broken_xml_has_a_line_and_column_and_other_xml_is_no_export() {
    let broken = EXPORT.replace("<title>Tweede</title>", "<title>Tweede</titel>");
    match import_wxr(&broken, &options(), Include::default(), "artikelen", &nl()) {
        Err(WxrError::Xml { line, column, .. }) => assert_eq!((line, column), (25, 18)),
        other => unreachable!("{other:?}"),
    }
    assert!(matches!(
        import_wxr("<?xml version=\"1.0\"?><urlset/>", &options(), Include::default(), "artikelen", &nl()),
        Err(WxrError::NotWordPress(root)) if root == "urlset"
    ));
}

#[test]
fn dates_of_rss() {
    assert_eq!(
        rfc822_date("Fri, 14 Mar 2025 09:30:00 +0000"),
        Some(Date {
            year: 2025,
            month: 3,
            day: 14
        })
    );
    assert_eq!(rfc822_date("gisteren"), None);
    assert_eq!(iso_date("0000-00-00 00:00:00"), None);
}

#[test]
fn scheduled_pending_and_password_protected_posts() {
    let export = |status: &str, password: &str| {
        EXPORT.replace(
            "<item><title>Concept</title><wp:post_id>3</wp:post_id><wp:status>draft</wp:status>",
            &format!(
                "<item><title>Concept</title><wp:post_id>3</wp:post_id><wp:post_date>2026-05-01 \
                 08:00:00</wp:post_date><wp:post_password>{password}</wp:post_password>\
                 <wp:status>{status}</wp:status>"
            ),
        )
    };
    let third = |xml: &str, include: Include| {
        import_wxr(xml, &options(), include, "artikelen", &nl())
            .unwrap_or_else(|e| unreachable!("{e}"))
            .swap_remove(2)
    };
    let skipped = |outcome: Outcome| match outcome {
        Outcome::Skipped { why, .. } => why,
        Outcome::Article { item, .. } => unreachable!("{item:?} was imported"),
    };
    assert_eq!(
        skipped(third(&export("future", ""), Include::default())),
        "skipped (scheduled for 2026-05-01): pass --include-drafts to import it"
    );
    assert_eq!(
        skipped(third(&export("pending", ""), Include::default())),
        "skipped (pending review): pass --include-drafts to import it"
    );
    let drafts = Include {
        drafts: true,
        ..Include::default()
    };
    let Outcome::Article { article, .. } = third(&export("future", ""), drafts) else {
        unreachable!("the scheduled post is imported")
    };
    assert!(
        article
            .markdown
            .contains("date = 2026-05-01\nslug = \"concept\"\ndraft = true\n")
    );
    // A published post behind a password is not made public either.
    let Outcome::Article { article, .. } = third(&export("publish", "geheim"), Include::default())
    else {
        unreachable!("the protected post is imported")
    };
    assert!(article.markdown.contains("draft = true\n"));
    assert!(
        article
            .report
            .entries
            .iter()
            .any(|e| e.message.contains("protected by a password"))
    );
}
