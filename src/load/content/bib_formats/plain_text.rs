//! Making the text of a bibliography field plain: the markup reference managers leave in titles
//! would otherwise reach the page as written.
//!
//! biblatex resolves accents and symbols (`{\"u}`, `\&`, `\textless{}`) but keeps formatting
//! commands (`\textit{in vivo}`), sub- and superscripts and math (`$\alpha$`) as they are; Zotero
//! writes its rich text as HTML-like tags (`<i>`, `<sub>`) in both BibTeX and CSL-JSON. Formatting
//! is dropped, keeping the words; sub- and superscript digits become their Unicode forms
//! ("25(OH)D₃"); Greek letters and a few common symbols become characters. Anything else is left
//! as written, so nothing is silently lost.

/// A field's text with LaTeX formatting commands and symbols made plain.
pub(crate) fn from_latex(text: &str) -> String {
    walk(text, false)
}

/// The text of a `$…$` math part made plain, or the part as written (with its `$`) when it
/// holds a command this module does not know.
pub(crate) fn from_math(math: &str) -> String {
    let plain: String = walk(math, true)
        .chars()
        .filter(|c| !matches!(c, '{' | '}'))
        .collect();
    if plain.contains('\\') {
        format!("${math}$")
    } else {
        plain
    }
}

/// A verbatim field (`url`, `doi`) with the backslash escapes exporters add for LaTeX removed:
/// `\%` is `%`, `\_` is `_`.
pub(crate) fn unescaped(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match chars.peek() {
            Some(&next) if c == '\\' && "%_#&{}~$\\".contains(next) => {
                out.push(next);
                chars.next();
            }
            _ => out.push(c),
        }
    }
    out
}

/// Text without Zotero's rich-text tags (`<i>`, `<b>`, `<sc>`, `<span …>`, `<sup>`, `<sub>`).
pub(crate) fn without_tags(text: &str) -> String {
    const DROPPED: [&str; 7] = ["<i>", "</i>", "<b>", "</b>", "<sc>", "</sc>", "</span>"];
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find('<') {
        out.push_str(&rest[..i]);
        let tail = &rest[i..];
        if let Some(tag) = DROPPED.iter().find(|tag| tail.starts_with(**tag)) {
            rest = &tail[tag.len()..];
        } else if let Some(end) = span_tag_end(tail) {
            rest = &tail[end + 1..];
        } else if let Some((inner, after, sup)) = script_tag(tail) {
            let inner = without_tags(inner);
            out.push_str(&script(&inner, sup).unwrap_or(inner));
            rest = after;
        } else {
            // A `<` that starts no tag, as in "p < 0.05".
            out.push('<');
            rest = &tail[1..];
        }
    }
    out.push_str(rest);
    out
}

/// The index of the `>` of a `<span …>` tag at the start of `text`.
fn span_tag_end(text: &str) -> Option<usize> {
    if text.starts_with("<span>") || text.starts_with("<span ") {
        text.find('>')
    } else {
        None
    }
}

/// `<sup>…</sup>` or `<sub>…</sub>` at the start of `text`: its content, what follows it, and
/// whether it is a superscript.
fn script_tag(text: &str) -> Option<(&str, &str, bool)> {
    for (open, close, sup) in [("<sup>", "</sup>", true), ("<sub>", "</sub>", false)] {
        if let Some(body) = text.strip_prefix(open) {
            let end = body.find(close)?;
            return Some((&body[..end], &body[end + close.len()..], sup));
        }
    }
    None
}

/// What a formatting command does with its argument.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Formatting {
    Keep,
    Superscript,
    Subscript,
}

fn formatting(command: &str) -> Option<Formatting> {
    match command {
        "textit" | "emph" | "textbf" | "textsc" | "textrm" | "textup" | "textsf" | "texttt"
        | "textnormal" | "textsl" | "textmd" | "mkbibemph" | "mkbibbold" | "mkbibquote"
        | "enquote" | "mbox" | "text" | "mathrm" | "mathit" | "mathbf" | "mathsf"
        | "operatorname" | "ensuremath" | "NoCaseChange" => Some(Formatting::Keep),
        "textsuperscript" | "mkbibsuperscript" => Some(Formatting::Superscript),
        "textsubscript" | "mkbibsubscript" => Some(Formatting::Subscript),
        _ => None,
    }
}

/// Replaces the commands of `text`; in math, `^` and `_` too.
fn walk(text: &str, math: bool) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    loop {
        let next = rest.find(|c: char| c == '\\' || (math && (c == '^' || c == '_')));
        let Some(i) = next else {
            out.push_str(rest);
            return out;
        };
        out.push_str(&rest[..i]);
        let marker = &rest[i..i + 1];
        let tail = &rest[i + 1..];
        if marker != "\\" {
            let (argument, after) = argument(tail);
            let argument = walk(argument, true);
            match script(&argument, marker == "^") {
                Some(script) => out.push_str(&script),
                None => {
                    out.push_str(marker);
                    out.push_str(&argument);
                }
            }
            rest = after;
            continue;
        }
        let name_len = tail
            .find(|c: char| !c.is_ascii_alphabetic())
            .unwrap_or(tail.len());
        let (name, after) = tail.split_at(name_len);
        if let Some(symbol) = symbol(name, math) {
            out.push_str(symbol);
            // TeX swallows the empty group or, in text, the space that ends a command word.
            rest = after
                .strip_prefix("{}")
                .or_else(|| after.strip_prefix(' ').filter(|_| !math))
                .unwrap_or(after);
            continue;
        }
        if let Some((kind, close)) = formatting(name).zip(closing_brace(after)) {
            let inner = walk(&after[1..close], math);
            match kind {
                Formatting::Keep => out.push_str(&inner),
                Formatting::Superscript | Formatting::Subscript => {
                    let sup = kind == Formatting::Superscript;
                    out.push_str(&script(&inner, sup).unwrap_or(inner));
                }
            }
            rest = &after[close + 1..];
            continue;
        }
        out.push('\\');
        rest = tail;
    }
}

/// The argument of `^` or `_`: a braced group or one character, and the text after it.
fn argument(text: &str) -> (&str, &str) {
    if let Some(close) = closing_brace(text) {
        return (&text[1..close], &text[close + 1..]);
    }
    let len = text.chars().next().map_or(0, char::len_utf8);
    text.split_at(len)
}

/// The index of the `}` that closes the `{` at the start of `text`.
fn closing_brace(text: &str) -> Option<usize> {
    if !text.starts_with('{') {
        return None;
    }
    let mut depth = 0usize;
    for (i, c) in text.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
    }
    None
}

/// `text` in Unicode super- or subscript characters, when every character has one.
fn script(text: &str, sup: bool) -> Option<String> {
    const PLAIN: &str = "0123456789+-−=()";
    const SUPER: [char; 16] = [
        '⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹', '⁺', '⁻', '⁻', '⁼', '⁽', '⁾',
    ];
    const SUB: [char; 16] = [
        '₀', '₁', '₂', '₃', '₄', '₅', '₆', '₇', '₈', '₉', '₊', '₋', '₋', '₌', '₍', '₎',
    ];
    let table = if sup { SUPER } else { SUB };
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    text.chars()
        .map(|c| PLAIN.chars().position(|p| p == c).map(|i| table[i]))
        .collect()
}

/// The character a symbol command stands for. Greek letters work as text commands
/// (`\textalpha`, from textgreek) and in math (`\alpha`).
fn symbol(name: &str, math: bool) -> Option<&'static str> {
    let text_symbol = match name {
        "textdegree" => Some("°"),
        "textmu" => Some("µ"),
        "textpm" => Some("±"),
        "texttimes" => Some("×"),
        "textperthousand" => Some("‰"),
        "textregistered" => Some("®"),
        "texttrademark" => Some("™"),
        "textcopyright" => Some("©"),
        "textbullet" => Some("•"),
        "textellipsis" | "ldots" | "dots" => Some("…"),
        _ => name.strip_prefix("text").and_then(greek),
    };
    if text_symbol.is_some() || !math {
        return text_symbol;
    }
    match name {
        "cdot" => Some("·"),
        "times" => Some("×"),
        "pm" => Some("±"),
        "leq" | "le" => Some("≤"),
        "geq" | "ge" => Some("≥"),
        "neq" | "ne" => Some("≠"),
        "approx" => Some("≈"),
        "sim" => Some("~"),
        "circ" | "degree" => Some("°"),
        "infty" => Some("∞"),
        "to" | "rightarrow" => Some("→"),
        "leftarrow" => Some("←"),
        _ => greek(name),
    }
}

fn greek(name: &str) -> Option<&'static str> {
    Some(match name {
        "alpha" => "α",
        "beta" => "β",
        "gamma" => "γ",
        "delta" => "δ",
        "epsilon" | "varepsilon" => "ε",
        "zeta" => "ζ",
        "eta" => "η",
        "theta" => "θ",
        "iota" => "ι",
        "kappa" => "κ",
        "lambda" => "λ",
        "mu" => "μ",
        "nu" => "ν",
        "xi" => "ξ",
        "pi" => "π",
        "rho" => "ρ",
        "sigma" => "σ",
        "tau" => "τ",
        "upsilon" => "υ",
        "phi" | "varphi" => "φ",
        "chi" => "χ",
        "psi" => "ψ",
        "omega" => "ω",
        "Gamma" => "Γ",
        "Delta" => "Δ",
        "Theta" => "Θ",
        "Lambda" => "Λ",
        "Xi" => "Ξ",
        "Pi" => "Π",
        "Sigma" => "Σ",
        "Phi" => "Φ",
        "Psi" => "Ψ",
        "Omega" => "Ω",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latex_formatting_becomes_plain_text() -> crate::TestResult {
        assert_eq!(
            from_latex(r"Magnesium \textit{in vivo} and \emph{in \textbf{vitro}}"),
            "Magnesium in vivo and in vitro"
        );
        assert_eq!(
            from_latex(r"1,25(OH)\textsubscript{2}D\textsubscript{3} at 37\textdegree{}C"),
            "1,25(OH)₂D₃ at 37°C"
        );
        assert_eq!(
            from_latex(r"the 3\textsuperscript{rd} trial"),
            "the 3rd trial"
        );
        assert_eq!(from_latex(r"\textalpha-tocopherol"), "α-tocopherol");
        assert_eq!(from_latex(r"37 \textdegree C"), "37 °C");
        assert_eq!(from_latex(r"\unknown{x}"), r"\unknown{x}");
        Ok(())
    }

    #[test]
    fn simple_math_becomes_characters() -> crate::TestResult {
        assert_eq!(from_math(r"\alpha"), "α");
        assert_eq!(from_math(r"25(OH)D_3"), "25(OH)D₃");
        assert_eq!(from_math(r"\mathrm{Mg}^{2+}"), "Mg²⁺");
        assert_eq!(from_math(r"p \leq 0.05"), "p ≤ 0.05");
        assert_eq!(from_math(r"\frac{1}{2}"), r"$\frac{1}{2}$");
        Ok(())
    }

    #[test]
    fn zotero_rich_text_tags_are_dropped() -> crate::TestResult {
        assert_eq!(
            without_tags("Effect of <i>Lactobacillus</i> on 25(OH)D<sub>3</sub> (p < 0.05)"),
            "Effect of Lactobacillus on 25(OH)D₃ (p < 0.05)"
        );
        assert_eq!(
            without_tags(r#"<span class="nocase">iPhone</span> use<sup>a</sup>"#),
            "iPhone usea"
        );
        Ok(())
    }

    #[test]
    fn verbatim_escapes_are_removed() -> crate::TestResult {
        assert_eq!(
            unescaped(r"https://example.org/a\_b?q=1\%20"),
            "https://example.org/a_b?q=1%20"
        );
        Ok(())
    }
}
