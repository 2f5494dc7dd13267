//! What kind of line a filter-list line is, before any parsing of its parts: blank, comment, list header,
//! preprocessor directive, network rule, or a cosmetic filter split at its separator (`##`, `#@#`, `#?#`,
//! `#@?#`, `#$#`, `#$?#`, `#@$#`, `#@$?#`, `#%#`, `#@%#`), or an AdGuard HTML filter (`$$`, `$@$`).
//! And the `!#if` / `!#else` / `!#endif` blocks, evaluated for Sift (see [`Conditions`]).

/// The separator of a cosmetic filter.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Separator {
    /// `#@…#`: an exception.
    pub exception: bool,
    /// `#$#`: AdGuard CSS injection, `selector { declarations }`.
    pub css: bool,
    /// `#%#`: AdGuard JavaScript.
    pub js: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Line<'a> {
    Blank,
    Comment,
    /// `[Adblock Plus 2.0]`.
    Header,
    /// `!#if …`, `!#else`, `!#endif`, `!#include …`.
    Directive(&'a str),
    Network,
    /// `example.com$$script[…]`.
    HtmlFilter,
    Cosmetic {
        hosts: &'a str,
        separator: Separator,
        body: &'a str,
    },
}

const SEPARATORS: &[(&str, Separator)] = &[
    ("#@$?#", Separator { exception: true, css: true, js: false }),
    ("#@$#", Separator { exception: true, css: true, js: false }),
    ("#@%#", Separator { exception: true, css: false, js: true }),
    ("#@?#", Separator { exception: true, css: false, js: false }),
    ("#$?#", Separator { exception: false, css: true, js: false }),
    ("#$#", Separator { exception: false, css: true, js: false }),
    ("#%#", Separator { exception: false, css: false, js: true }),
    ("#@#", Separator { exception: true, css: false, js: false }),
    ("#?#", Separator { exception: false, css: false, js: false }),
    ("##", Separator { exception: false, css: false, js: false }),
];

/// True when `prefix` could be the hostname list of a cosmetic filter (or a uBO regex hostname).
fn could_be_hosts(prefix: &str) -> bool {
    prefix.starts_with('/') || !prefix.contains(['/', '|', '^', '$', '=', '?', '&', ':', '@', '#', '[', ']'])
}

pub fn classify(raw: &str) -> Line<'_> {
    let line = raw.trim();
    if line.is_empty() {
        return Line::Blank;
    }
    if let Some(rest) = line.strip_prefix("!#") {
        return Line::Directive(rest);
    }
    if line.starts_with('!') || line == "#" || line.starts_with("# ") || line.starts_with("#\t") {
        return Line::Comment;
    }
    if line.starts_with('[') && line.ends_with(']') {
        return Line::Header;
    }
    if let Some(p) = line.find('#') {
        let prefix = &line[..p];
        if could_be_hosts(prefix) {
            for (sep, kind) in SEPARATORS {
                if line[p..].starts_with(sep) {
                    return Line::Cosmetic { hosts: prefix, separator: *kind, body: &line[p + sep.len()..] };
                }
            }
        }
    }
    for html in ["$@$", "$$"] {
        if let Some(p) = line.find(html) {
            if p > 0 && could_be_hosts(&line[..p]) {
                return Line::HtmlFilter;
            }
        }
    }
    Line::Network
}

/// A condition of `!#if`: known true or false for Sift, or true in one of Sift's builds only
/// (`env_firefox`, `env_chromium`, `env_mv3`): such blocks are kept, so both browsers get them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tri {
    True,
    False,
    Either,
}

impl Tri {
    fn not(self) -> Tri {
        match self {
            Tri::True => Tri::False,
            Tri::False => Tri::True,
            Tri::Either => Tri::Either,
        }
    }
    fn and(self, o: Tri) -> Tri {
        match (self, o) {
            (Tri::False, _) | (_, Tri::False) => Tri::False,
            (Tri::True, x) | (x, Tri::True) => x,
            _ => Tri::Either,
        }
    }
    fn or(self, o: Tri) -> Tri {
        match (self, o) {
            (Tri::True, _) | (_, Tri::True) => Tri::True,
            (Tri::False, x) | (x, Tri::False) => x,
            _ => Tri::Either,
        }
    }
}

fn token_value(name: &str) -> Tri {
    match name {
        "true" | "cap_user_stylesheet" => Tri::True,
        "env_chromium" | "env_firefox" | "env_mv3" | "env_edge" => Tri::Either,
        // env_mobile, env_safari, cap_html_filtering, ext_ubol, ext_abp, adguard…, false, and any token
        // uBlock Origin would not know either.
        _ => Tri::False,
    }
}

struct Expr<'a> {
    s: &'a [u8],
    i: usize,
}

impl Expr<'_> {
    fn ws(&mut self) {
        while self.s.get(self.i).is_some_and(|b| b.is_ascii_whitespace()) {
            self.i += 1;
        }
    }
    fn or(&mut self, depth: usize) -> Result<Tri, String> {
        let mut v = self.and(depth)?;
        loop {
            self.ws();
            if self.s[self.i..].starts_with(b"||") {
                self.i += 2;
                v = v.or(self.and(depth)?);
            } else {
                return Ok(v);
            }
        }
    }
    fn and(&mut self, depth: usize) -> Result<Tri, String> {
        let mut v = self.unary(depth)?;
        loop {
            self.ws();
            if self.s[self.i..].starts_with(b"&&") {
                self.i += 2;
                v = v.and(self.unary(depth)?);
            } else {
                return Ok(v);
            }
        }
    }
    fn unary(&mut self, depth: usize) -> Result<Tri, String> {
        if depth > 16 {
            return Err("`!#if` condition nested too deeply".into());
        }
        self.ws();
        match self.s.get(self.i) {
            Some(b'!') => {
                self.i += 1;
                Ok(self.unary(depth + 1)?.not())
            }
            Some(b'(') => {
                self.i += 1;
                let v = self.or(depth + 1)?;
                self.ws();
                if self.s.get(self.i) != Some(&b')') {
                    return Err("`!#if` condition has an unclosed `(`".into());
                }
                self.i += 1;
                Ok(v)
            }
            _ => {
                let start = self.i;
                while self.s.get(self.i).is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'_') {
                    self.i += 1;
                }
                if start == self.i {
                    return Err("`!#if` condition expects a name".into());
                }
                Ok(token_value(&String::from_utf8_lossy(&self.s[start..self.i])))
            }
        }
    }
}

/// The open `!#if` blocks while a list is read.
#[derive(Debug, Default)]
pub struct Conditions {
    /// Per open block: its condition, whether `!#else` was seen, and the line of its `!#if`.
    open: Vec<(Tri, bool, u32)>,
}

impl Conditions {
    /// Whether filters at this point apply to Sift (false inside a block for another environment).
    pub fn active(&self) -> bool {
        self.open.iter().all(|&(c, in_else, _)| if in_else { c.not() } else { c } != Tri::False)
    }

    /// Applies a directive (the text after `!#`). `Ok(false)` for directives that are not conditions
    /// (`!#include`), which Sift ignores.
    pub fn apply(&mut self, directive: &str, line: u32) -> Result<bool, String> {
        let d = directive.trim();
        if let Some(expr) = d.strip_prefix("if") {
            if !expr.starts_with(|c: char| c.is_ascii_whitespace()) {
                return Err(format!("unknown directive `!#{d}`"));
            }
            let mut e = Expr { s: expr.as_bytes(), i: 0 };
            let v = e.or(0);
            e.ws();
            // A condition Sift cannot read keeps its block, as for a browser-specific one.
            let (v, err) = match v {
                Ok(v) if e.i == e.s.len() => (v, None),
                Ok(_) => (Tri::Either, Some(format!("`!#if` condition {:?} has trailing text", expr.trim()))),
                Err(m) => (Tri::Either, Some(m)),
            };
            self.open.push((v, false, line));
            return err.map_or(Ok(true), Err);
        }
        match d {
            "else" => match self.open.last_mut() {
                Some(top) if !top.1 => {
                    top.1 = true;
                    Ok(true)
                }
                Some(_) => Err("second `!#else` in one `!#if` block".into()),
                None => Err("`!#else` without `!#if`".into()),
            },
            "endif" => match self.open.pop() {
                Some(_) => Ok(true),
                None => Err("`!#endif` without `!#if`".into()),
            },
            _ if d.starts_with("include") => Ok(false),
            _ => Err(format!("unknown directive `!#{d}`")),
        }
    }

    /// The lines of `!#if`s still open at the end of the list.
    pub fn unclosed(&self) -> Vec<u32> {
        self.open.iter().map(|&(_, _, l)| l).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds() {
        assert_eq!(classify(""), Line::Blank);
        assert_eq!(classify("! Title: x"), Line::Comment);
        assert_eq!(classify("# a comment"), Line::Comment);
        assert_eq!(classify("[Adblock Plus 2.0]"), Line::Header);
        assert_eq!(classify("!#if env_mobile"), Line::Directive("if env_mobile"));
        assert_eq!(classify("||example.com^$third-party"), Line::Network);
        assert_eq!(classify("@@||example.com/#x##y"), Line::Network);
        assert_eq!(classify("||example.com/#@#foo"), Line::Network);
        assert_eq!(classify("example.com$$script[tag-content=\"x\"]"), Line::HtmlFilter);
        assert_eq!(
            classify("  example.com,~a.example.com###cookie  "),
            Line::Cosmetic { hosts: "example.com,~a.example.com", separator: Separator::default(), body: "#cookie" }
        );
        let Line::Cosmetic { hosts, separator, body } = classify("a.com#@?#.x:has-text(y)") else { panic!() };
        assert_eq!((hosts, separator.exception, body), ("a.com", true, ".x:has-text(y)"));
        let Line::Cosmetic { separator, .. } = classify("a.com#$#.x { display: none }") else { panic!() };
        assert!(separator.css);
        let Line::Cosmetic { separator, .. } = classify("a.com#%#window.x = 1") else { panic!() };
        assert!(separator.js);
    }

    #[test]
    fn conditions_for_sift() {
        let mut c = Conditions::default();
        assert!(c.apply("if env_mobile", 1).unwrap());
        assert!(!c.active());
        c.apply("else", 2).unwrap();
        assert!(c.active());
        c.apply("endif", 3).unwrap();
        c.apply("if env_firefox", 4).unwrap();
        assert!(c.active());
        c.apply("else", 5).unwrap();
        assert!(c.active(), "the other browser's branch is kept too");
        c.apply("endif", 6).unwrap();
        c.apply("if !cap_html_filtering && (env_chromium || false)", 7).unwrap();
        assert!(c.active());
        c.apply("endif", 8).unwrap();
        assert!(c.apply("endif", 9).is_err());
        assert!(c.apply("else", 10).is_err());
        assert!(c.apply("if (a", 11).is_err());
        assert_eq!(c.unclosed(), [11]);
        assert_eq!(c.apply("include other.txt", 12), Ok(false));
        assert!(c.apply("iff x", 13).is_err());
    }
}
