//! The declarations of `:style(…)` (uBlock Origin) and `{ … }` (AdGuard `#$#`) that Sift applies: the safe
//! subset.
//!
//! Safe means a declaration cannot load anything, add content, run anything, or put a box over the page:
//! values are keywords, numbers, lengths, percentages and `#` colours only (no functions, so no `url()`,
//! `image-set()`, `var()` or `expression()`; no strings, escapes or comments); `content`, `behavior`,
//! `-moz-binding` and `position: fixed | sticky` are refused. What the lists write with it is hiding
//! (`display: none`: such a filter is a plain hide; `visibility: hidden` stays a style) and undoing what a page did to
//! block reading: scrolling restored (`overflow`, `position: static`), text selection and its colour,
//! pointer events, blur filters, opacity, a box moved off screen.
//!
//! Anything else (`clip-path: circle(0)`, `background: url(…)`, …) makes the filter unsupported:
//! counted, never applied. `!important` is accepted and always added when applied.

use serde::{Deserialize, Serialize};

/// One declaration, `[property, value]`, both lower case, without `!important`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS), ts(export))]
pub struct Decl(pub String, pub String);

/// Why declarations were not accepted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StyleError {
    /// Well-formed but outside the safe subset; the text names the declaration.
    Unsafe(String),
    /// Not a declaration list at all.
    Malformed(String),
}

fn value_allowed(property: &str, value: &str) -> bool {
    let plain =
        value.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'%' | b' ' | b'#' | b','));
    let refused = matches!(property, "content" | "behavior" | "-moz-binding" | "-webkit-binding")
        || (property == "position" && matches!(value, "fixed" | "sticky" | "-webkit-sticky"));
    plain && !refused
}

/// True when the declarations are exactly the hiding style (`display: none`), so the filter is a plain
/// hide. `visibility: hidden` is not: it keeps the box's space, and list authors choose it on purpose.
pub fn only_hides(decls: &[Decl]) -> bool {
    !decls.is_empty() && decls.iter().all(|Decl(p, v)| p == "display" && v == "none")
}

/// Parses `overflow: auto !important; position: initial;`.
pub fn parse_declarations(text: &str) -> Result<Vec<Decl>, StyleError> {
    let mut out: Vec<Decl> = Vec::new();
    for part in text.split(';') {
        let part = part.trim();
        if part.is_empty() {
            continue;
        }
        let Some((property, value)) = part.split_once(':') else {
            return Err(StyleError::Malformed(format!("{part:?} is not a `property: value` declaration")));
        };
        let property = property.trim().to_ascii_lowercase();
        let mut value = value.trim().to_ascii_lowercase();
        if let Some(v) = value.strip_suffix("!important") {
            value = v.trim_end().to_string();
        }
        if property.is_empty() || !property.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') || value.is_empty()
        {
            return Err(StyleError::Malformed(format!("{part:?} is not a `property: value` declaration")));
        }
        if !value_allowed(&property, &value) {
            return Err(StyleError::Unsafe(format!("{property}: {value}")));
        }
        let decl = Decl(property, value);
        if !out.contains(&decl) {
            out.push(decl);
        }
    }
    if out.is_empty() {
        return Err(StyleError::Malformed("no declarations".into()));
    }
    Ok(out)
}

/// The declarations as CSS, each with `!important`.
pub fn to_css(decls: &[Decl]) -> String {
    decls.iter().map(|Decl(p, v)| format!("{p}: {v} !important;")).collect::<Vec<_>>().join(" ")
}

/// The declarations as a filter writes them inside `:style()`: `overflow: auto; position: initial`.
pub fn to_text(decls: &[Decl]) -> String {
    decls.iter().map(|Decl(p, v)| format!("{p}: {v}")).collect::<Vec<_>>().join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn safe_subset() {
        let d = parse_declarations("overflow: auto !important; position: initial;").unwrap();
        assert_eq!(d, [Decl("overflow".into(), "auto".into()), Decl("position".into(), "initial".into())]);
        assert!(parse_declarations("-webkit-user-select: text; user-select: text;").is_ok());
        assert!(parse_declarations("background-color: #338FFF !important; z-index: 100").is_ok());
        assert!(parse_declarations("position: absolute; left: -4000px").is_ok());
        assert!(only_hides(&parse_declarations("display: none !important").unwrap()));
        assert!(!only_hides(&d));
        assert_eq!(to_css(&d), "overflow: auto !important; position: initial !important;");
    }

    #[test]
    fn refuses_what_could_load_add_or_cover() {
        for s in [
            "background: url(https://x.example/a.png)",
            "background-image: url(a)",
            "content: 'x'",
            "position: fixed",
            "width: calc(100% - 1px)",
            "clip-path: circle(0)",
            "font-family: \"x\"",
            "color: \\31",
            "display: none; -moz-binding: url(x)",
        ] {
            assert!(matches!(parse_declarations(s), Err(StyleError::Unsafe(_))), "{s}");
        }
        for s in ["", ";", "display", ": none", "display:"] {
            assert!(matches!(parse_declarations(s), Err(StyleError::Malformed(_))), "{s:?}");
        }
    }
}
