//! The text of a new article: front matter with every field an editor fills in, an
//! introduction and an FAQ section, all in the article's language.

use std::fmt::Write as _;

use crate::load::content::front_matter::Date;
use crate::load::scaffold_text::ScaffoldText;
use crate::parse::markdown::faq::FAQ_ID;

/// What goes into a new article besides its language's scaffold text.
#[derive(Debug, Clone)]
pub struct NewArticle<'a> {
    /// The title as the editor gave it.
    pub title: &'a str,
    /// The publication date (today).
    pub date: Date,
    /// The URL slug, when the file key does not already give it.
    pub slug: Option<&'a str>,
    /// On a translation: the digest of the original it starts from.
    pub translation_of_digest: Option<&'a str>,
}

/// The whole file, front matter and body.
pub fn markdown(article: &NewArticle, text: &ScaffoldText) -> String {
    let mut out = String::from("+++\n");
    let _ = writeln!(out, "title = {}", toml_string(article.title));
    let _ = writeln!(
        out,
        "description = {}",
        toml_string(&text.placeholders.description)
    );
    let _ = writeln!(out, "date = {}", article.date);
    out.push_str("draft = true");
    // A line break in the comment would end it and turn the rest into TOML.
    let draft_help = one_line(&text.draft_help);
    if !draft_help.is_empty() {
        let _ = write!(out, "  # {draft_help}");
    }
    out.push('\n');
    if let Some(slug) = article.slug {
        let _ = writeln!(out, "slug = {}", toml_string(slug));
    }
    if let Some(digest) = article.translation_of_digest {
        let _ = writeln!(out, "translation_of_digest = {}", toml_string(digest));
    }
    out.push_str("tags = []\n");
    for line in text.references_help.trim().lines() {
        let line = line.trim_end();
        if line.is_empty() {
            out.push_str("#\n");
        } else {
            let _ = writeln!(out, "# {line}");
        }
    }
    out.push_str("references = []\n+++\n\n");
    let placeholders = &text.placeholders;
    let _ = writeln!(out, "{}\n", placeholders.introduction.trim());
    let _ = writeln!(out, "## {} {{#{FAQ_ID}}}\n", one_line(&text.faq_heading));
    let _ = writeln!(out, "### {}\n", one_line(&placeholders.faq_question));
    let _ = writeln!(out, "{}", placeholders.faq_answer.trim());
    out
}

fn toml_string(text: &str) -> String {
    toml::Value::String(text.to_string()).to_string()
}

/// `text` on one line, its runs of white space made single spaces.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::SourceText;
    use crate::load::content::files::{ContentFile, FileKey, Role};
    use crate::load::content::read::{self, Page};

    fn text() -> Result<ScaffoldText, Box<dyn std::error::Error>> {
        Ok(toml::from_str(include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/i18n/nl/new.toml"
        )))?)
    }

    fn read_back(markdown: String) -> Result<Page, Box<dyn std::error::Error>> {
        let key = FileKey {
            section: "artikelen".to_string(),
            key: "x".to_string(),
            lang: "nl".to_string(),
        };
        let file = ContentFile {
            path: "content/artikelen/x.nl.md".into(),
            display_path: key.display_path(),
            role: Role::Article,
            key,
        };
        let source = SourceText::new(file.display_path.clone(), markdown);
        read::parse(source, &file, true).map_err(|d| format!("{d:?}").into())
    }

    #[test]
    fn titles_with_quotes_and_comments_with_line_breaks_stay_valid_toml() -> crate::TestResult {
        let mut text = text()?;
        text.draft_help = "eerste regel\nslug = \"kapot\"".to_string();
        let article = NewArticle {
            title: r#"De "beste" dosis \ per dag"#,
            date: Date {
                year: 2025,
                month: 11,
                day: 13,
            },
            slug: Some("de-beste-dosis-per-dag"),
            translation_of_digest: Some("0123456789abcdef"),
        };
        let Page::Article(read) = read_back(markdown(&article, &text))? else {
            return Err("not an article".into());
        };
        assert_eq!(read.meta.title, article.title);
        assert_eq!(read.slug, "de-beste-dosis-per-dag");
        assert!(read.meta.draft);
        assert_eq!(read.meta.date.to_string(), "2025-11-13");
        assert_eq!(
            read.meta.translation_of_digest.as_deref(),
            Some("0123456789abcdef")
        );
        assert!(read.meta.references.is_empty());
        Ok(())
    }
}
