//! A list rule as a page's stylesheet holds it, and the class or id a page must have for a generic rule to
//! match anything there.
//!
//! A hide rule becomes `selector:not([data-sift-show]){display:none!important}`, the `:not()` added to every
//! selector of the list (before a trailing pseudo-element), so that an element the reader chose to see again
//! (the popup's Show, which sets `data-sift-show` on it) is left out without touching the rule or the other
//! elements it hides. A `:style()` rule becomes `selector{declarations}` with `!important`.
//!
//! Generic rules are tens of thousands; a stylesheet that big costs style work on every page. Most name a
//! class or an id outside any parenthesis (`.nl-popup`, `div#cookie-law > p`): such a rule cannot match a
//! page without an element that has it, so it is sent only to pages whose survey names it ([`key_of`]).

use super::style::{self, Decl};

/// The attribute the popup's Show sets on an element a list rule hid.
pub const SHOWN_ATTR: &str = "data-sift-show";

/// The top-level parts of a selector list (split at commas outside strings, brackets and parentheses).
pub fn split_list(selector: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut depth = 0i32;
    let mut quote: Option<char> = None;
    let mut start = 0;
    let mut chars = selector.char_indices();
    while let Some((i, c)) = chars.next() {
        match (quote, c) {
            (_, '\\') => {
                chars.next();
            }
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '(' | '[') => depth += 1,
            (None, ')' | ']') => depth -= 1,
            (None, ',') if depth == 0 => {
                parts.push(selector[start..i].trim());
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(selector[start..].trim());
    parts.retain(|p| !p.is_empty());
    parts
}

/// Byte offsets of the characters of `complex` that are outside strings, brackets and parentheses, with
/// the character (escaped characters are left out).
fn top_level(complex: &str) -> Vec<(usize, char)> {
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut quote: Option<char> = None;
    let mut chars = complex.char_indices();
    while let Some((i, c)) = chars.next() {
        match (quote, c) {
            (_, '\\') => {
                chars.next();
            }
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '(' | '[') => depth += 1,
            (None, ')' | ']') => depth -= 1,
            (None, c) if depth == 0 => out.push((i, c)),
            _ => {}
        }
    }
    out
}

const LEGACY_PSEUDO_ELEMENTS: &[&str] = &[":before", ":after", ":first-line", ":first-letter"];

/// Where a pseudo-element starts in one complex selector, if it has one (`::before`, legacy `:after`).
fn pseudo_element_at(complex: &str) -> Option<usize> {
    let top = top_level(complex);
    for (k, &(i, c)) in top.iter().enumerate() {
        if c != ':' {
            continue;
        }
        if top.get(k + 1).is_some_and(|&(j, n)| n == ':' && j == i + 1) {
            return Some(i);
        }
        let rest = complex[i..].to_ascii_lowercase();
        let legacy = LEGACY_PSEUDO_ELEMENTS.iter().any(|p| {
            rest.starts_with(p) && !rest[p.len()..].starts_with(|n: char| n.is_ascii_alphanumeric() || n == '-')
        });
        if legacy {
            return Some(i);
        }
    }
    None
}

/// The stylesheet rule that hides what `selector` matches, except elements the reader chose to see.
pub fn hide_rule(selector: &str) -> String {
    let guard = format!(":not([{SHOWN_ATTR}])");
    let parts: Vec<String> = split_list(selector)
        .into_iter()
        .map(|part| match pseudo_element_at(part) {
            Some(at) => format!("{}{guard}{}", &part[..at], &part[at..]),
            None => format!("{part}{guard}"),
        })
        .collect();
    format!("{}{{display:none!important}}", parts.join(","))
}

/// The stylesheet rule of a `:style()` filter.
pub fn style_rule(selector: &str, decls: &[Decl]) -> String {
    format!("{selector}{{{}}}", style::to_css(decls))
}

/// An identifier as CSS escapes write it, decoded (`\5f cookie` → `_cookie`, `a\:b` → `a:b`); the end of it
/// in `s` is returned too.
fn read_ident(s: &str) -> (String, usize) {
    let mut out = String::new();
    let mut chars = s.char_indices().peekable();
    while let Some(&(i, c)) = chars.peek() {
        if c == '\\' {
            chars.next();
            let mut hex = String::new();
            while let Some(&(_, h)) = chars.peek() {
                if hex.len() < 6 && h.is_ascii_hexdigit() {
                    hex.push(h);
                    chars.next();
                } else {
                    break;
                }
            }
            if hex.is_empty() {
                match chars.next() {
                    Some((_, e)) => out.push(e),
                    None => return (out, s.len()),
                }
            } else {
                out.push(u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32).unwrap_or('\u{fffd}'));
                if chars.peek().is_some_and(|&(_, w)| w == ' ' || w == '\t' || w == '\n') {
                    chars.next();
                }
            }
        } else if c.is_alphanumeric() || c == '-' || c == '_' || !c.is_ascii() {
            out.push(c);
            chars.next();
        } else {
            return (out, i);
        }
    }
    (out, s.len())
}

/// The key a generic rule is indexed by: `.class` or `#id` (lower case) that every element it can match,
/// or one of that element's ancestors or siblings, must have; `None` when some part of the selector list
/// names none (it may match any page, so it is always sent). Only one key per part is needed: the first.
pub fn key_of(selector: &str) -> Option<Vec<String>> {
    let mut keys = Vec::new();
    for part in split_list(selector) {
        let top = top_level(part);
        let key = top.iter().find_map(|&(i, c)| {
            if c != '.' && c != '#' {
                return None;
            }
            let (ident, _) = read_ident(&part[i + 1..]);
            (!ident.is_empty()).then(|| format!("{c}{}", ident.to_lowercase()))
        })?;
        if !keys.contains(&key) {
            keys.push(key);
        }
    }
    (!keys.is_empty()).then_some(keys)
}

/// The classes and id a surveyed element has (`tag id class… role` as the content script writes it), as
/// `('#', id)` and `('.', class)`. Role words land among the classes; that only asks for a few more rules.
pub fn tokens_of_name(name: &str) -> impl Iterator<Item = (char, &str)> {
    let mut words = name.split(' ');
    let _tag = words.next();
    let id = words.next().filter(|w| !w.is_empty()).map(|w| ('#', w));
    // Classes may be separated by tabs or new lines too.
    let classes = words.flat_map(str::split_whitespace).map(|w| ('.', w));
    id.into_iter().chain(classes)
}

/// The key of a token from [`tokens_of_name`]: `.class` or `#id`, lower case.
pub fn key(kind: char, token: &str) -> String {
    let mut k = String::with_capacity(token.len() + 1);
    k.push(kind);
    k.push_str(&token.to_lowercase());
    k
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_split_outside_strings_and_parentheses() {
        assert_eq!(
            split_list(".a, div:is(.b, .c) > p , [title=\"x,y\"]"),
            [".a", "div:is(.b, .c) > p", "[title=\"x,y\"]"]
        );
        assert_eq!(split_list("a\\,b,c"), ["a\\,b", "c"]);
    }

    #[test]
    fn hide_rules_leave_shown_elements_out() {
        assert_eq!(hide_rule(".nl-popup"), ".nl-popup:not([data-sift-show]){display:none!important}");
        assert_eq!(
            hide_rule("#a > .b, .c::before"),
            "#a > .b:not([data-sift-show]),.c:not([data-sift-show])::before{display:none!important}"
        );
        assert_eq!(hide_rule(".x:after"), ".x:not([data-sift-show]):after{display:none!important}");
        assert_eq!(hide_rule("a:before-x"), "a:before-x:not([data-sift-show]){display:none!important}");
        assert_eq!(hide_rule("[data-x=\"a::b\"]"), "[data-x=\"a::b\"]:not([data-sift-show]){display:none!important}");
        let style = vec![Decl("overflow".into(), "auto".into())];
        assert_eq!(style_rule("html, body", &style), "html, body{overflow: auto !important;}");
    }

    #[test]
    fn keys_are_classes_or_ids_outside_parentheses() {
        assert_eq!(key_of(".nl-popup"), Some(vec![".nl-popup".into()]));
        assert_eq!(key_of("div#Cookie-Law > p"), Some(vec!["#cookie-law".into()]));
        assert_eq!(key_of("#\\5f CookieText"), Some(vec!["#_cookietext".into()]));
        assert_eq!(key_of(".a\\:b"), Some(vec![".a:b".into()]));
        assert_eq!(key_of(".a, #b"), Some(vec![".a".into(), "#b".into()]));
        assert_eq!(key_of(".a, [data-x]"), None, "one part without a key: always sent");
        assert_eq!(key_of("div:not(.x)"), None);
        assert_eq!(key_of("[class=\"a.b\"]"), None);
        assert_eq!(key_of("GDPR-NOTICE"), None);
    }

    #[test]
    fn names_give_their_id_and_classes() {
        let keys = |n| tokens_of_name(n).map(|(k, t)| key(k, t)).collect::<Vec<_>>();
        assert_eq!(
            keys("div Cookie-Law nl-popup  big\tone dialog"),
            ["#cookie-law", ".nl-popup", ".big", ".one", ".dialog"]
        );
        assert_eq!(keys("section  wrap "), [".wrap"]);
        assert!(keys("p   ").is_empty());
    }
}
