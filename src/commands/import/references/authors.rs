//! Author lists of reference entries, in the shapes reference lists write them: APA
//! ("Uwitonze, A.M., & Razzaque, M.S."), Vancouver ("Hemilä H, Fitzgerald JT, Petrus EJ") and
//! names written out ("Qi Dai"), each cut short or not by "et al.".

use std::sync::LazyLock;

use regex::Regex;

use super::super::markers::Citation;
use super::super::text::pattern;
use crate::slug::slugify;

/// Initials such as "A.M.", "M. A.", "PA.", "X", "M.K.B.", "Ö.".
pub(super) static INITIALS: LazyLock<Regex> =
    LazyLock::new(|| pattern(r"^(?:\p{Lu}\.?\s?-?){1,4}$"));

/// The authors of an entry.
#[derive(Debug, Default, PartialEq, Eq)]
pub(super) struct Authors {
    /// The names, each as "Family AB" (or as written, for a name without initials).
    pub names: Vec<String>,
    /// The list ended in "et al." (or the language's form of it): the names are only the first
    /// of the authors.
    pub cut_short: Option<String>,
}

/// "Uwitonze, A.M., & Razzaque, M.S." → ["Uwitonze AM", "Razzaque MS"]; "Deng, X. et al." →
/// ["Deng X"], cut short by "et al."; a name without initials ("Qi Dai") is kept as written.
pub(super) fn authors(text: &str, citation: &Citation) -> Authors {
    let (text, et_al) = without_et_al(text, citation);
    let mut text = format!(" {text} ");
    for connector in &citation.and {
        if connector.chars().all(char::is_alphabetic) {
            text = text.replace(&format!(" {connector} "), ", ");
        } else {
            text = text.replace(connector.as_str(), ",");
        }
    }
    let parts: Vec<&str> = text
        .split(',')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let mut names = Vec::new();
    let mut i = 0;
    while i < parts.len() {
        let name = parts[i].trim_end_matches('.');
        match parts.get(i + 1) {
            Some(next) if INITIALS.is_match(next) => {
                let initials: String = next.chars().filter(|c| c.is_alphabetic()).collect();
                names.push(format!("{name} {initials}"));
                i += 2;
            }
            _ => {
                names.push(name.to_string());
                i += 1;
            }
        }
    }
    Authors {
        names,
        cut_short: et_al,
    }
}

/// `text` without an "et al." at its end, and the "et al." as it was written.
fn without_et_al(text: &str, citation: &Citation) -> (String, Option<String>) {
    let lower = text.to_lowercase();
    let mut markers: Vec<&String> = citation.et_al.iter().collect();
    markers.sort_by_key(|m| std::cmp::Reverse(m.len()));
    for marker in markers {
        let marker_lower = marker.to_lowercase();
        let Some(at) = lower.rfind(&marker_lower) else {
            continue;
        };
        // `to_lowercase` can change byte lengths ("İ"): then the text is not cut, rather than
        // cut in the wrong place.
        if lower.len() != text.len() {
            continue;
        }
        let whole_word = lower[..at]
            .chars()
            .last()
            .is_none_or(|c| !c.is_alphanumeric());
        let rest = lower[at + marker_lower.len()..].trim_matches(['.', ' ', ',']);
        if whole_word && rest.is_empty() {
            let shown = format!("{}.", marker.trim_end_matches('.'));
            let kept = text[..at].trim().trim_end_matches(',').to_string();
            return (kept, Some(shown));
        }
    }
    (text.to_string(), None)
}

/// The family name of "Uwitonze AM" or "de Vries J" as a slug; for a name written without
/// initials ("Qi Dai") its last word.
pub(super) fn family_slug(author: &str) -> String {
    let mut words: Vec<&str> = author.split_whitespace().collect();
    if words.len() > 1 && INITIALS.is_match(words[words.len() - 1]) {
        words.pop();
    } else if words.len() > 1 {
        words = vec![words[words.len() - 1]];
    }
    slugify(&words.join(" "))
}
