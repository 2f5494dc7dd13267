//! A checker for plain CSS selectors (the part of a cosmetic filter that goes into a stylesheet).
//!
//! Browsers drop a whole style rule when one selector in it is invalid, so a bad selector would take the
//! others grouped with it down; and a selector with `{`, `}` or `;` outside a string could end the rule and
//! inject CSS. This checks the syntax of Selectors Level 4 closely enough for both: compound selectors,
//! combinators, attribute selectors, escapes, and the pseudo-classes and pseudo-elements browsers know
//! (`::-webkit-…` pseudo-elements are valid everywhere by specification; other vendor prefixes are not).
//! It does not know which elements exist: `foo-bar` is a fine type selector.

const PSEUDO_CLASSES: &[&str] = &[
    "active",
    "any-link",
    "autofill",
    "blank",
    "checked",
    "default",
    "defined",
    "disabled",
    "empty",
    "enabled",
    "first",
    "first-child",
    "first-of-type",
    "focus",
    "focus-visible",
    "focus-within",
    "fullscreen",
    "future",
    "host",
    "hover",
    "in-range",
    "indeterminate",
    "invalid",
    "last-child",
    "last-of-type",
    "link",
    "local-link",
    "modal",
    "only-child",
    "only-of-type",
    "open",
    "optional",
    "out-of-range",
    "past",
    "paused",
    "picture-in-picture",
    "placeholder-shown",
    "playing",
    "popover-open",
    "read-only",
    "read-write",
    "required",
    "root",
    "scope",
    "target",
    "target-within",
    "user-invalid",
    "user-valid",
    "valid",
    "visited",
];

/// Pseudo-classes that take a selector list.
const SELECTOR_FUNCTIONS: &[&str] = &["not", "is", "where", "host", "host-context"];
/// Pseudo-classes that take an `An+B` expression, optionally `of S`.
const NTH_FUNCTIONS: &[&str] =
    &["nth-child", "nth-last-child", "nth-of-type", "nth-last-of-type", "nth-col", "nth-last-col"];
/// Pseudo-classes that take identifiers or strings.
const WORD_FUNCTIONS: &[&str] = &["lang", "dir", "state"];

const PSEUDO_ELEMENTS: &[&str] = &[
    "after",
    "backdrop",
    "before",
    "cue",
    "file-selector-button",
    "first-letter",
    "first-line",
    "grammar-error",
    "marker",
    "placeholder",
    "selection",
    "spelling-error",
    "target-text",
];

/// Pseudo-elements that may be written with one colon (CSS 2).
const LEGACY_PSEUDO_ELEMENTS: &[&str] = &["after", "before", "first-letter", "first-line"];

/// Checks a selector list (`a, b > c`). With `relative`, each selector may start with a combinator, as in
/// the argument of `:has()`.
pub fn check_selector_list(s: &str, relative: bool) -> Result<(), String> {
    let chars: Vec<char> = s.chars().collect();
    let mut p = Parser { c: &chars, i: 0, depth: 0 };
    p.selector_list(relative)?;
    if p.i < chars.len() {
        return Err(format!("unexpected {:?} in selector", chars[p.i]));
    }
    Ok(())
}

/// Checks one compound selector (`div.a[b]:first-child`), as written after a procedural operator
/// without a combinator.
pub fn check_compound(s: &str) -> Result<(), String> {
    let chars: Vec<char> = s.chars().collect();
    let mut p = Parser { c: &chars, i: 0, depth: 0 };
    if !p.compound()? {
        return Err(format!("expected a selector, found {s:?}"));
    }
    if p.i < chars.len() {
        return Err(format!("unexpected {:?} in selector", chars[p.i]));
    }
    Ok(())
}

const MAX_DEPTH: usize = 32;

struct Parser<'a> {
    c: &'a [char],
    i: usize,
    depth: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<char> {
        self.c.get(self.i).copied()
    }

    fn skip_ws(&mut self) -> bool {
        let start = self.i;
        while self.peek().is_some_and(|c| c.is_ascii_whitespace()) {
            self.i += 1;
        }
        self.i > start
    }

    fn selector_list(&mut self, relative: bool) -> Result<(), String> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err("selector nested too deeply".into());
        }
        loop {
            self.skip_ws();
            self.complex(relative)?;
            self.skip_ws();
            if self.peek() == Some(',') {
                self.i += 1;
                continue;
            }
            break;
        }
        self.depth -= 1;
        Ok(())
    }

    fn combinator(&mut self) -> Option<char> {
        match self.peek() {
            Some(c @ ('>' | '+' | '~')) => {
                self.i += 1;
                Some(c)
            }
            _ => None,
        }
    }

    fn complex(&mut self, relative: bool) -> Result<(), String> {
        if let Some(c) = self.combinator() {
            if !relative {
                return Err(format!("selector starts with the combinator {c:?}"));
            }
            self.skip_ws();
        }
        if !self.compound()? {
            return Err(match self.peek() {
                None => "selector is empty or ends with a combinator".into(),
                Some(c) => format!("unexpected {c:?} in selector"),
            });
        }
        loop {
            let ws = self.skip_ws();
            let comb = self.combinator();
            if comb.is_some() {
                self.skip_ws();
            } else if !ws {
                return Ok(());
            }
            match self.peek() {
                None | Some(',' | ')') if comb.is_none() => return Ok(()),
                _ => {}
            }
            if !self.compound()? {
                return Err(match self.peek() {
                    None => "selector ends with a combinator".into(),
                    Some(c) => format!("unexpected {c:?} after a combinator"),
                });
            }
        }
    }

    /// A compound selector; false when there is none at this position.
    fn compound(&mut self) -> Result<bool, String> {
        let start = self.i;
        // Type or universal selector, with an optional namespace prefix.
        if self.peek() == Some('*') {
            self.i += 1;
        } else if self.at_ident_start() {
            self.ident()?;
        }
        if self.peek() == Some('|') && self.c.get(self.i + 1) != Some(&'=') {
            self.i += 1;
            if self.peek() == Some('*') {
                self.i += 1;
            } else {
                self.ident()?;
            }
        }
        loop {
            match self.peek() {
                Some('#') => {
                    self.i += 1;
                    if self.at_ident_start() {
                        self.ident()?;
                    } else {
                        return Err("`#` must be followed by an id that does not start with a digit".into());
                    }
                }
                Some('.') => {
                    self.i += 1;
                    if !self.at_ident_start() {
                        return Err("`.` must be followed by a class name that does not start with a digit".into());
                    }
                    self.ident()?;
                }
                Some('[') => self.attribute()?,
                Some(':') => self.pseudo()?,
                _ => break,
            }
        }
        Ok(self.i > start)
    }

    fn at_ident_start(&self) -> bool {
        let (a, b, c) = (self.peek(), self.c.get(self.i + 1).copied(), self.c.get(self.i + 2).copied());
        let start = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphabetic() || c == '_' || !c.is_ascii());
        let escape = |c: Option<char>, d: Option<char>| c == Some('\\') && d.is_some_and(|d| d != '\n');
        match a {
            Some('-') => start(b) || b == Some('-') || escape(b, c),
            _ => start(a) || escape(a, b),
        }
    }

    fn ident(&mut self) -> Result<String, String> {
        if !self.at_ident_start() {
            return Err(match self.peek() {
                Some(c) => format!("expected a name, found {c:?}"),
                None => "expected a name at the end of the selector".into(),
            });
        }
        let mut out = String::new();
        while let Some(c) = self.peek() {
            if c == '\\' {
                match self.c.get(self.i + 1) {
                    None | Some('\n') => return Err("selector ends with a lone backslash".into()),
                    Some(&d) => {
                        out.push(d);
                        self.i += 2;
                        if d.is_ascii_hexdigit() {
                            // A hex escape: up to six digits and one optional space.
                            let mut n = 1;
                            while n < 6 && self.peek().is_some_and(|c| c.is_ascii_hexdigit()) {
                                self.i += 1;
                                n += 1;
                            }
                            if self.peek() == Some(' ') {
                                self.i += 1;
                            }
                        }
                    }
                }
            } else if c.is_ascii_alphanumeric() || c == '-' || c == '_' || !c.is_ascii() {
                if c.is_control() {
                    return Err("control character in selector".into());
                }
                out.push(c);
                self.i += 1;
            } else {
                break;
            }
        }
        Ok(out)
    }

    fn string(&mut self) -> Result<(), String> {
        let quote = self.peek().unwrap_or('"');
        self.i += 1;
        while let Some(c) = self.peek() {
            self.i += 1;
            match c {
                '\\' => self.i += 1,
                '\n' => break,
                c if c == quote => return Ok(()),
                _ => {}
            }
        }
        Err("unterminated string in selector".into())
    }

    fn attribute(&mut self) -> Result<(), String> {
        self.i += 1; // [
        self.skip_ws();
        if self.peek() == Some('*') || (self.peek() == Some('|') && self.c.get(self.i + 1) != Some(&'=')) {
            if self.peek() == Some('*') {
                self.i += 1;
            }
            if self.peek() != Some('|') {
                return Err("bad namespace in attribute selector".into());
            }
            self.i += 1;
        }
        self.ident().map_err(|e| format!("attribute selector: {e}"))?;
        if self.peek() == Some('|') && self.c.get(self.i + 1) != Some(&'=') {
            self.i += 1;
            self.ident().map_err(|e| format!("attribute selector: {e}"))?;
        }
        self.skip_ws();
        match self.peek() {
            Some(']') => {
                self.i += 1;
                return Ok(());
            }
            Some('=') => self.i += 1,
            Some('~' | '|' | '^' | '$' | '*') if self.c.get(self.i + 1) == Some(&'=') => self.i += 2,
            Some(c) => return Err(format!("unexpected {c:?} in attribute selector")),
            None => return Err("unterminated attribute selector".into()),
        }
        self.skip_ws();
        match self.peek() {
            Some('"' | '\'') => self.string()?,
            _ => {
                self.ident().map_err(|e| format!("attribute value must be a name or a quoted string: {e}"))?;
            }
        }
        self.skip_ws();
        if self.peek().is_some_and(|c| matches!(c, 'i' | 'I' | 's' | 'S')) {
            self.i += 1;
            self.skip_ws();
        }
        if self.peek() != Some(']') {
            return Err("unterminated attribute selector".into());
        }
        self.i += 1;
        Ok(())
    }

    fn pseudo(&mut self) -> Result<(), String> {
        self.i += 1; // :
        let element = self.peek() == Some(':');
        if element {
            self.i += 1;
        }
        let name = self.ident()?.to_ascii_lowercase();
        let function = self.peek() == Some('(');
        if element {
            if name.starts_with("-webkit-") && !function {
                return Ok(());
            }
            if !function && PSEUDO_ELEMENTS.contains(&name.as_str()) {
                return Ok(());
            }
            if function && matches!(name.as_str(), "part" | "slotted" | "highlight" | "cue") {
                return self.balanced_argument();
            }
            return Err(format!("unknown pseudo-element ::{name}"));
        }
        if !function {
            if PSEUDO_CLASSES.contains(&name.as_str()) || LEGACY_PSEUDO_ELEMENTS.contains(&name.as_str()) {
                return Ok(());
            }
            return Err(format!("unknown pseudo-class :{name}"));
        }
        self.i += 1; // (
        let n = name.as_str();
        if SELECTOR_FUNCTIONS.contains(&n) || n == "has" {
            self.selector_list(n == "has")?;
        } else if NTH_FUNCTIONS.contains(&n) {
            self.nth()?;
        } else if WORD_FUNCTIONS.contains(&n) {
            loop {
                self.skip_ws();
                match self.peek() {
                    Some('"' | '\'') => self.string()?,
                    _ => {
                        self.ident()?;
                    }
                }
                self.skip_ws();
                if self.peek() != Some(',') {
                    break;
                }
                self.i += 1;
            }
        } else {
            return Err(format!("unknown pseudo-class :{name}()"));
        }
        self.skip_ws();
        if self.peek() != Some(')') {
            return Err(format!("unclosed :{name}("));
        }
        self.i += 1;
        Ok(())
    }

    fn nth(&mut self) -> Result<(), String> {
        self.skip_ws();
        let start = self.i;
        while self.peek().is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | ' ')) {
            self.i += 1;
        }
        let expr: String = self.c[start..self.i].iter().collect::<String>().to_ascii_lowercase();
        let (expr, of) = match expr.find(" of ") {
            Some(k) => (expr[..k].to_string(), true),
            None => (expr, false),
        };
        if of {
            self.i = start + expr.chars().count() + 4;
            self.selector_list(false)?;
        }
        let e: String = expr.chars().filter(|c| !c.is_ascii_whitespace()).collect();
        let ok = e == "odd"
            || e == "even"
            || (!e.is_empty() && {
                let (a, b) = match e.find('n') {
                    Some(k) => (Some(&e[..k]), &e[k + 1..]),
                    None => (None, e.as_str()),
                };
                let a_ok = a.is_none_or(|a| {
                    a.is_empty()
                        || a == "-"
                        || a == "+"
                        || a.trim_start_matches(['+', '-']).bytes().all(|b| b.is_ascii_digit())
                });
                let b_ok = b.is_empty()
                    || (b.trim_start_matches(['+', '-']).bytes().all(|b| b.is_ascii_digit())
                        && !b.trim_start_matches(['+', '-']).is_empty()
                        && (a.is_none() || b.starts_with(['+', '-'])));
                a_ok && b_ok
            });
        if ok {
            Ok(())
        } else {
            Err(format!("bad An+B expression {expr:?}"))
        }
    }

    /// Skips a parenthesised argument that is not checked further (`::part(…)`).
    fn balanced_argument(&mut self) -> Result<(), String> {
        self.i += 1;
        let mut depth = 1;
        while let Some(c) = self.peek() {
            match c {
                '"' | '\'' => {
                    self.string()?;
                    continue;
                }
                '\\' => self.i += 1,
                '(' => depth += 1,
                ')' => {
                    depth -= 1;
                    if depth == 0 {
                        self.i += 1;
                        return Ok(());
                    }
                }
                '{' | '}' | ';' => return Err(format!("{c:?} in selector")),
                _ => {}
            }
            self.i += 1;
        }
        Err("unclosed parenthesis in selector".into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_real_selectors() {
        for s in [
            "#cookie-law",
            ".cc-window.cc-banner",
            "div[id^=\"sp_message_container\"] > iframe",
            "body > div:not([id]):not([class]) + .x ~ span",
            "a[href*='subscribe' i]",
            ".md\\:max-w-xl",
            ".\\31 23",
            "html:root",
            "div:has(> .newsletter)",
            "li:nth-of-type(2n+1)",
            "li:nth-child(-n + 3)",
            "li:nth-child(odd)",
            "p::selection",
            "::-webkit-scrollbar",
            "*",
            "svg|a",
            ".a, .b,\t.c",
            "div:is(.a, .b) > p:where(.c)",
            "[data-testid=\"cookie-banner\"]",
            "div:lang(en)",
            ".élan",
        ] {
            assert_eq!(check_selector_list(s, false), Ok(()), "{s}");
        }
        assert_eq!(check_selector_list("> .x", true), Ok(()));
    }

    #[test]
    fn rejects_broken_or_injecting_selectors() {
        for s in [
            "",
            ".a,",
            ",.a",
            "div >",
            "> div",
            "#123",
            ".1a",
            "div { display: block }",
            ".a;b",
            "[href=\"x]",
            "[href=x",
            "div:has-text(foo)",
            "div:nope",
            "p::-moz-selection",
            "div:not(.a",
            "li:nth-child(2x)",
            "a\\",
            "div:upward(2)",
        ] {
            assert!(check_selector_list(s, false).is_err(), "{s:?} accepted");
        }
    }

    #[test]
    fn compound_only() {
        assert_eq!(check_compound(".a[b]:first-child"), Ok(()));
        assert!(check_compound(".a .b").is_err());
        assert!(check_compound("").is_err());
    }
}
