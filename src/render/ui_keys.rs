//! Every UI string a template asks for with `t(key="…")` must exist in every language. Checked
//! when the site is loaded, so a missing string is reported once, at the template line that
//! uses it, instead of failing page after page while rendering.

use crate::diagnostics::{Diagnostic, SourceText};
use crate::load::config::Config;
use crate::load::i18n::{I18N_DIR, UiStrings};
use crate::load::theme::ThemeFiles;

/// Reports each literal `t(key="…")` whose key some language lacks.
pub fn check(theme: &ThemeFiles, strings: &UiStrings, config: &Config) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    for (file, text) in theme.templates.values() {
        let source = SourceText::new(file.clone(), text.clone());
        for (key, range) in literal_keys(text) {
            let missing: Vec<&str> = config
                .language_codes()
                .filter(|lang| !strings.has(lang, key))
                .collect();
            if missing.is_empty() {
                continue;
            }
            let folders: Vec<String> = missing
                .iter()
                .map(|lang| format!("{I18N_DIR}/{lang}/"))
                .collect();
            problems.push(Diagnostic::error_in(
                &source,
                range,
                "missing-ui-string",
                format!(
                    "UI string {key:?} is not defined for {}: add it to {}",
                    missing.join(", "),
                    folders.join(" and ")
                ),
            ));
        }
    }
    problems
}

/// The keys of `t(key="…")` calls written with a literal key, with their byte ranges.
fn literal_keys(text: &str) -> Vec<(&str, std::ops::Range<usize>)> {
    let mut keys = Vec::new();
    let mut from = 0;
    while let Some(found) = text[from..].find("t(") {
        let at = from + found;
        from = at + 2;
        // `t(`, not `set(` or `format_t(`.
        let standalone = !text[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_');
        let Some(rest) = text[at + 2..].trim_start().strip_prefix("key") else {
            continue;
        };
        let Some(rest) = rest.trim_start().strip_prefix('=') else {
            continue;
        };
        let rest = rest.trim_start();
        let Some(quote) = rest.chars().next().filter(|c| *c == '"' || *c == '\'') else {
            continue;
        };
        let start = text.len() - rest.len() + 1;
        // A key joined with more (`"evidence-level-" ~ level`) is made while rendering: only
        // the string it makes can be checked, and that is not known here.
        if let Some(length) = text[start..].find(quote)
            && standalone
            && !text[start + length + 1..].trim_start().starts_with('~')
        {
            keys.push((&text[start..start + length], start..start + length));
        }
    }
    keys
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_literal_keys_with_either_quote() {
        let text = "{{ t(key=\"a\") }} {{ t( key = 'b', count=2) }} {{ set(key=\"no\") }} {{ t(key=k) }} \
             {{ t(key=\"made-\" ~ k) }}";
        let keys: Vec<&str> = literal_keys(text).into_iter().map(|(k, _)| k).collect();
        assert_eq!(keys, ["a", "b"]);
        let (_, range) = &literal_keys(text)[1];
        assert_eq!(&text[range.clone()], "b");
    }
}
