//! URL slugs and heading ids: lowercase ASCII letters, digits and single hyphens.

use deunicode::deunicode_char;

/// The longest slug, in bytes: each slug is a folder of the output, and a folder name of more
/// than 255 bytes cannot be made on the usual file systems (and long addresses are cut off when
/// shared).
pub const MAX_SLUG_BYTES: usize = 120;

/// Names Windows reserves for devices: a folder with one of these names (with or without an
/// extension) cannot be made or checked out there.
const RESERVED_ON_WINDOWS: [&str; 22] = [
    "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8",
    "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
];

/// Why `slug` cannot be a folder of the published site, if it cannot: too long, or a name
/// Windows reserves.
pub fn unusable_as_folder(slug: &str) -> Option<String> {
    if slug.len() > MAX_SLUG_BYTES {
        return Some(format!(
            "it is {} characters long, more than the {MAX_SLUG_BYTES} a web address part may have \
             here",
            slug.chars().count()
        ));
    }
    let stem = slug.split('.').next().unwrap_or(slug).to_ascii_lowercase();
    if RESERVED_ON_WINDOWS.contains(&stem.as_str()) {
        return Some(format!(
            "{slug:?} is a name Windows reserves for a device, so the site could not be copied \
             to or served from Windows"
        ));
    }
    None
}

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
