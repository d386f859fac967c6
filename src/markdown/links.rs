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

/// Parses the destination of a link that starts with `@/`.
pub fn parse(dest: &str) -> Result<InternalLink, String> {
    let rest = dest.strip_prefix(PREFIX).unwrap_or(dest);
    let (path, anchor) = match rest.split_once('#') {
        Some((path, anchor)) => (path, Some(anchor.to_string())),
        None => (rest, None),
    };
    let shape_error = || {
        format!("internal link {dest:?} must look like @/section/key.md or @/section/key.md#anchor")
    };
    let (section, file) = path.split_once('/').ok_or_else(shape_error)?;
    let stem = file.strip_suffix(".md").ok_or_else(shape_error)?;
    if section.is_empty() || stem.is_empty() || stem.contains('/') {
        return Err(shape_error());
    }
    if stem.contains('.') {
        return Err(format!(
            "internal link {dest:?} names a language: write @/{section}/{}.md, the page's own \
             language is chosen",
            stem.split('.').next().unwrap_or(stem)
        ));
    }
    if anchor.as_deref() == Some("") {
        return Err(format!("internal link {dest:?} has an empty #anchor"));
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
        assert!(
            parse("@/artikelen/magnesium.nl.md")
                .unwrap_err()
                .contains("language")
        );
        Ok(())
    }
}
