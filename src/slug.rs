//! URL slugs and heading ids: lowercase ASCII letters, digits and single hyphens.

use deunicode::deunicode_char;

/// Turns text into a slug, folding diacritics the way a Dutch reader expects
/// ("Vitamine D-tekort" → `vitamine-d-tekort`, "Ëëŋ café" → `een-cafe`, "ĳs" → `ijs`).
///
/// Only letters and digits survive (transliterated to ASCII); everything else, emoji included,
/// separates words. The result may be empty when the text has no letters or digits.
pub fn slugify(text: &str) -> String {
    let mut slug = String::with_capacity(text.len());
    let mut pending_hyphen = false;
    for c in text.chars() {
        if !c.is_alphanumeric() {
            pending_hyphen = !slug.is_empty();
            continue;
        }
        if c.is_ascii() {
            push_word_char(&mut slug, &mut pending_hyphen, c);
            continue;
        }
        // deunicode turns "ë" into "e", "ĳ" into "ij" and "ß" into "ss".
        let ascii = deunicode_char(c).unwrap_or("");
        for a in ascii.chars() {
            if a.is_ascii_alphanumeric() {
                push_word_char(&mut slug, &mut pending_hyphen, a);
            } else if !slug.is_empty() {
                pending_hyphen = true;
            }
        }
    }
    slug
}

fn push_word_char(slug: &mut String, pending_hyphen: &mut bool, c: char) {
    if *pending_hyphen {
        slug.push('-');
        *pending_hyphen = false;
    }
    slug.push(c.to_ascii_lowercase());
}

/// True when `s` is already a clean slug: `a-z`, `0-9`, and single hyphens between them.
pub fn is_valid_slug(s: &str) -> bool {
    !s.is_empty()
        && s.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_dutch_diacritics() {
        assert_eq!(slugify("Vitamine D-tekort"), "vitamine-d-tekort");
        assert_eq!(
            slugify("Geïnteresseerd in één café?"),
            "geinteresseerd-in-een-cafe"
        );
        assert_eq!(slugify("Ĳsbeer"), "ijsbeer");
        assert_eq!(slugify("25(OH)D-spiegel"), "25-oh-d-spiegel");
    }

    #[test]
    fn drops_emoji_and_punctuation() {
        assert_eq!(
            slugify("Slaapproblemen in de winter: waarom magnesium belangrijk is voor rust 😴"),
            "slaapproblemen-in-de-winter-waarom-magnesium-belangrijk-is-voor-rust"
        );
        assert_eq!(slugify("  --Hello,   World!--  "), "hello-world");
        assert_eq!(slugify("😴"), "");
    }

    #[test]
    fn validates_slugs() {
        assert!(is_valid_slug("magnesium-en-slaap"));
        assert!(is_valid_slug("b12"));
        assert!(!is_valid_slug("Magnesium"));
        assert!(!is_valid_slug("a--b"));
        assert!(!is_valid_slug("-a"));
        assert!(!is_valid_slug("a/b"));
        assert!(!is_valid_slug(""));
    }
}
