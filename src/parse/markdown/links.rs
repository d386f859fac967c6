//! Internal links: `@/section/key.md`, `@/section/key.md#anchor` and `@/section/_index.md`.

/// What an `@/` link points at, in the language of the page that contains it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PageRef {
    /// `@/section/key.md`
    Article {
        /// Section folder.
        section: String,
        /// Article key.
        key: String,
    },
    /// `@/section/_index.md`
    Section {
        /// Section folder.
        section: String,
    },
}

/// A parsed `@/` link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InternalLink {
    /// The page.
    pub page: PageRef,
    /// The part after `#`, if any.
    pub anchor: Option<String>,
}

/// The prefix that marks an internal link.
pub const PREFIX: &str = "@/";

/// An `@/` link that is not written correctly.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LinkSyntaxError {
    /// Not of the form `@/section/key.md#anchor`.
    #[error("internal link {0:?} must look like @/section/key.md or @/section/key.md#anchor")]
    Shape(String),
    /// `@/section/key.nl.md`: the language is chosen by kennis.
    #[error(
        "internal link {link:?} names a language: write @/{section}/{key}.md, the page's own \
         language is chosen"
    )]
    NamesLanguage {
        /// The link as written.
        link: String,
        /// Its section.
        section: String,
        /// Its key without the language.
        key: String,
    },
    /// `@/section/key.md#`
    #[error("internal link {0:?} has an empty #anchor")]
    EmptyAnchor(String),
}

/// Why an `@/` link has no target in this build.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Unresolved {
    /// No such article in any language.
    #[error("there is no article {file}")]
    NoArticle {
        /// The file that would be the target.
        file: String,
    },
    /// The article exists, but not in the linking page's language.
    #[error("the article has no {lang:?} version ({file} does not exist)")]
    NoTranslation {
        /// The missing translation's file.
        file: String,
        /// The linking page's language.
        lang: String,
    },
    /// No such section in this language.
    #[error("there is no section {file}")]
    NoSection {
        /// The missing section file.
        file: String,
    },
    /// The target is a draft and drafts are not built.
    #[error("{file} is a draft (build with --drafts to include it)")]
    Draft {
        /// The draft.
        file: String,
    },
    /// The target is dated in the future and future articles are not built.
    #[error(
        "{file} is dated in the future and published from that day (build with --future to include it now)"
    )]
    Future {
        /// The article.
        file: String,
    },
    /// The target file has errors of its own.
    #[error("{file} has errors, reported on their own")]
    HasErrors {
        /// The broken file.
        file: String,
    },
}

/// Parses the destination of a link that starts with `@/`.
pub fn parse(dest: &str) -> Result<InternalLink, LinkSyntaxError> {
    let rest = dest.strip_prefix(PREFIX).unwrap_or(dest);
    let (path, anchor) = match rest.split_once('#') {
        Some((path, anchor)) => (path, Some(anchor.to_string())),
        None => (rest, None),
    };
    let shape_error = || LinkSyntaxError::Shape(dest.to_string());
    let (section, file) = path.split_once('/').ok_or_else(shape_error)?;
    let stem = file.strip_suffix(".md").ok_or_else(shape_error)?;
    if section.is_empty() || stem.is_empty() || stem.contains('/') {
        return Err(shape_error());
    }
    if stem.contains('.') {
        return Err(LinkSyntaxError::NamesLanguage {
            link: dest.to_string(),
            section: section.to_string(),
            key: stem.split('.').next().unwrap_or(stem).to_string(),
        });
    }
    if anchor.as_deref() == Some("") {
        return Err(LinkSyntaxError::EmptyAnchor(dest.to_string()));
    }
    let page = if stem == "_index" {
        PageRef::Section {
            section: section.to_string(),
        }
    } else {
        PageRef::Article {
            section: section.to_string(),
            key: stem.to_string(),
        }
    };
    Ok(InternalLink { page, anchor })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_articles_sections_and_anchors() -> crate::TestResult {
        assert_eq!(
            parse("@/artikelen/magnesium.md#vormen")?,
            InternalLink {
                page: PageRef::Article {
                    section: "artikelen".into(),
                    key: "magnesium".into()
                },
                anchor: Some("vormen".into())
            }
        );
        assert_eq!(
            parse("@/artikelen/_index.md")?.page,
            PageRef::Section {
                section: "artikelen".into()
            }
        );
        Ok(())
    }

    #[test]
    fn rejects_malformed_links() -> crate::TestResult {
        assert!(parse("@/magnesium.md").is_err());
        assert!(parse("@/artikelen/magnesium").is_err());
        assert!(parse("@/artikelen/magnesium.md#").is_err());
        assert!(parse("@/a/b/c.md").is_err());
        assert!(matches!(
            parse("@/artikelen/magnesium.nl.md"),
            Err(LinkSyntaxError::NamesLanguage { .. })
        ));
        Ok(())
    }
}
