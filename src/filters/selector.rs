//! The body of an element-hiding filter: a plain CSS selector, or a procedural one compiled to a small
//! typed program, plus what to do with the elements it finds.
//!
//! Procedural operators (uBlock Origin, Adblock Plus `:-abp-…`, AdGuard): `:has()` and `:not()` when their
//! argument is itself procedural (or a nested `:has()`, which CSS forbids; a plain `:has()` / `:not()`
//! stays in the CSS, browsers support it), `:has-text()` / `:contains()` / `:-abp-contains()` with text or
//! `/regex/flags`, `:-abp-has()` / `:if()` / `:if-not()`, `:upward(n | selector)` / `:nth-ancestor(n)`,
//! and the actions `:remove()` and `:style()` (safe subset, see [`super::style`]) at the end. The
//! rest of uBlock Origin's operators that the lists use are kept as typed steps too, for the page's
//! evaluator to apply or skip: `:xpath()`, `:matches-css()`, `:matches-path()`, `:watch-attr()`, and the
//! actions `:remove-attr()` / `:remove-class()`. Others (`:min-text-length()`, `:matches-attr()`,
//! `:-abp-properties()`, …) make the filter unsupported, named by operator.
//!
//! A program is a list of [`Step`]s run left to right over a set of elements: the first `query` selects
//! from the document, every later step maps or filters the current set. `:has()` and `:not()` hold a
//! sub-program run from each element (`:has()`: does it find anything below the element; `:not()`: does
//! the element itself fail it).

use super::style::{self, Decl, StyleError};
use crate::filters::css::{check_compound, check_selector_list};
use serde::{Deserialize, Serialize};
use std::fmt;

/// One step of a procedural program.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS), ts(export))]
pub enum Step {
    /// Elements matching a CSS selector: from the document as the first step of a program, otherwise
    /// from each current element as `:scope` followed by the text (which may start with `>`, `+` or `~`;
    /// without one it means descendants).
    Query(String),
    /// Keeps the current elements that match a compound selector.
    Matches(String),
    /// Keeps the elements whose text content matches.
    HasText(TextMatch),
    /// Keeps the elements for which the sub-program, run from the element, finds at least one element.
    Has(Vec<Step>),
    /// Keeps the elements that the sub-program (filters only, run on the element itself) rejects.
    Not(Vec<Step>),
    /// Replaces each element by an ancestor: the n-th parent, or the nearest one matching a selector.
    Upward(Upward),
    /// Elements an XPath expression selects: from the document as the first step, otherwise with each
    /// current element as the context node.
    Xpath(String),
    /// Keeps the elements whose computed style (of `::before` / `::after` with `pseudo`) has a property
    /// matching a value.
    MatchesCss { pseudo: Option<String>, property: String, value: TextMatch },
    /// Applies the rest of the program only where the page's path and query match.
    MatchesPath(TextMatch),
    /// Re-run the filter when these attributes change (uBlock Origin's `:watch-attr()`); selects nothing.
    WatchAttr(Vec<String>),
}

/// What `:has-text()` looks for.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(untagged)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS), ts(export))]
pub enum TextMatch {
    /// A substring, case-sensitive.
    Text(String),
    /// A JavaScript regular expression and its flags (only `i`, `m`, `s`, `u` are kept).
    Regex { re: String, flags: String },
}

/// The argument of `:upward()`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(untagged)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS), ts(export))]
pub enum Upward {
    Levels(u32),
    Selector(String),
}

/// What happens to the elements a filter finds.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS), ts(export))]
pub enum Action {
    #[default]
    Hide,
    /// `:remove()`: taken out of the document (Sift may hide instead, which looks the same).
    Remove,
    /// `:style()`: safe declarations only.
    Style(Vec<Decl>),
    /// `:remove-attr()`: removes the attributes whose name matches.
    RemoveAttr(TextMatch),
    /// `:remove-class()`: removes the classes whose name matches.
    RemoveClass(TextMatch),
}

/// What a filter selects.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Target {
    Css(String),
    Program(Vec<Step>),
}

/// Why a selector was not accepted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SelectorError {
    /// Valid syntax Sift does not apply; the text is the kind (`:xpath`, `style`, …).
    Unsupported(String),
    Bad(String),
}

impl From<String> for SelectorError {
    fn from(s: String) -> Self {
        SelectorError::Bad(s)
    }
}

const MAX_NESTING: usize = 8;

/// Operators that act on what a filter found; only one, at the very end.
const ACTIONS: &[&str] = &["remove", "style", "remove-attr", "remove-class"];

/// Operators whose argument is raw text (quotes and brackets mean nothing inside).
const RAW_ARGUMENT: &[&str] = &[
    "has-text",
    "contains",
    "-abp-contains",
    "matches-css",
    "matches-css-before",
    "matches-css-after",
    "matches-attr",
    "matches-path",
    "matches-media",
    "matches-prop",
    "xpath",
    "min-text-length",
    "style",
    "remove-attr",
    "remove-class",
    "watch-attr",
    "watch-attrs",
    "-abp-properties",
];

/// Operators recognised and not supported.
const UNSUPPORTED: &[&str] = &[
    "matches-attr",
    "matches-media",
    "matches-prop",
    "min-text-length",
    "watch-attrs",
    "-abp-properties",
    "others",
    "shadow",
];

/// Parses a filter body (what follows `##`). `adguard_css` is the `#$#` form: `selector { declarations }`.
pub fn parse_body(body: &str, adguard_css: bool) -> Result<(Target, Action), SelectorError> {
    let body = body.trim();
    if adguard_css {
        let Some(open) = body.find('{') else {
            return Err(SelectorError::Bad("CSS injection filter without `{ … }`".into()));
        };
        let Some(decls) = body[open + 1..].trim_end().strip_suffix('}') else {
            return Err(SelectorError::Bad("CSS injection filter does not end with `}`".into()));
        };
        let action = if decls.split(';').any(|d| d.replace(' ', "").eq_ignore_ascii_case("remove:true")) {
            Action::Remove
        } else {
            style_action(decls)?
        };
        let (target, inner) = parse_selector(&body[..open])?;
        if inner != Action::Hide {
            return Err(SelectorError::Bad("an action operator inside a CSS injection filter".into()));
        }
        return Ok((target, action));
    }
    parse_selector(body)
}

fn style_action(decls: &str) -> Result<Action, SelectorError> {
    match style::parse_declarations(decls) {
        Ok(d) if style::only_hides(&d) => Ok(Action::Hide),
        Ok(d) => Ok(Action::Style(d)),
        Err(StyleError::Unsafe(_)) => Err(SelectorError::Unsupported("style".into())),
        Err(StyleError::Malformed(m)) => Err(SelectorError::Bad(format!(":style(): {m}"))),
    }
}

/// Parses a selector with optional procedural operators and a trailing action operator.
pub fn parse_selector(text: &str) -> Result<(Target, Action), SelectorError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(SelectorError::Bad("empty selector".into()));
    }
    if brace_outside_strings(text) {
        return Err(SelectorError::Bad(
            "`{` or `}` in a selector (CSS injection is written `#$#selector { declarations }`)".into(),
        ));
    }
    let mut pieces = split(text, 0)?;
    let mut action = Action::Hide;
    if let Some(Piece::Op { name, arg }) = pieces.last() {
        match name.as_str() {
            "remove-attr" => {
                action = Action::RemoveAttr(text_match(arg)?);
                pieces.pop();
            }
            "remove-class" => {
                action = Action::RemoveClass(text_match(arg)?);
                pieces.pop();
            }
            "remove" => {
                if !arg.trim().is_empty() {
                    return Err(SelectorError::Bad(":remove() takes no argument".into()));
                }
                action = Action::Remove;
                pieces.pop();
            }
            "style" => {
                action = style_action(arg)?;
                pieces.pop();
            }
            _ => {}
        }
    }
    for p in &pieces {
        if let Piece::Op { name, .. } = p {
            if ACTIONS.contains(&name.as_str()) {
                return Err(SelectorError::Bad(format!(":{name}() must come last")));
            }
        }
    }
    if pieces.iter().all(|p| matches!(p, Piece::Css(_))) {
        let css: String = pieces.iter().map(|p| if let Piece::Css(s) = p { s.as_str() } else { "" }).collect();
        let css = css.trim();
        if css.is_empty() {
            return Err(SelectorError::Bad("an action operator without a selector".into()));
        }
        check_selector_list(css, false)?;
        return Ok((Target::Css(css.to_string()), action));
    }
    Ok((Target::Program(build(&pieces, Mode::Document, 0)?), action))
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// A whole filter: the first step selects from the document.
    Document,
    /// The argument of `:has()`: selects from the element (may start with a combinator).
    Relative,
    /// The argument of `:not()`: filters the element itself.
    Itself,
}

#[derive(Debug)]
enum Piece {
    Css(String),
    Op { name: String, arg: String },
}

fn build(pieces: &[Piece], mode: Mode, depth: usize) -> Result<Vec<Step>, SelectorError> {
    let mut steps: Vec<Step> = Vec::new();
    for piece in pieces {
        match piece {
            Piece::Css(text) => {
                let trimmed = text.trim();
                if trimmed.is_empty() {
                    continue;
                }
                let first = steps.iter().all(|s| matches!(s, Step::MatchesPath(_)));
                if first && mode != Mode::Itself {
                    check_selector_list(trimmed, mode == Mode::Relative)?;
                    steps.push(Step::Query(trimmed.to_string()));
                } else {
                    let relative =
                        text.starts_with(|c: char| c.is_ascii_whitespace()) || trimmed.starts_with(['>', '+', '~']);
                    if relative {
                        if mode == Mode::Itself {
                            return Err(SelectorError::Unsupported("combinator inside a procedural :not()".into()));
                        }
                        check_selector_list(trimmed, true)?;
                        steps.push(Step::Query(trimmed.to_string()));
                    } else {
                        check_compound(trimmed)?;
                        steps.push(Step::Matches(trimmed.to_string()));
                    }
                }
            }
            Piece::Op { name, arg } => {
                if name == "matches-path" && (mode != Mode::Document || !steps.is_empty()) {
                    return Err(SelectorError::Bad(":matches-path() must come first".into()));
                }
                let first = steps.iter().all(|s| matches!(s, Step::MatchesPath(_)));
                let selects_itself = matches!(name.as_str(), "xpath" | "matches-path" | "watch-attr");
                if first && mode != Mode::Itself && !selects_itself {
                    steps.push(Step::Query("*".into()));
                }
                steps.push(op_step(name, arg, depth)?);
            }
        }
    }
    if steps.is_empty() {
        return Err(SelectorError::Bad("empty selector".into()));
    }
    Ok(steps)
}

fn op_step(name: &str, arg: &str, depth: usize) -> Result<Step, SelectorError> {
    match name {
        "has-text" | "contains" | "-abp-contains" => Ok(Step::HasText(text_match(arg)?)),
        "upward" | "nth-ancestor" => {
            let a = arg.trim();
            if !a.is_empty() && a.bytes().all(|b| b.is_ascii_digit()) {
                match a.parse::<u32>() {
                    Ok(n) if (1..=256).contains(&n) => Ok(Step::Upward(Upward::Levels(n))),
                    _ => Err(SelectorError::Bad(format!(":{name}({a}): the count must be 1 to 256"))),
                }
            } else if name == "upward" {
                if a.is_empty() {
                    return Err(SelectorError::Bad(":upward() needs a count or a selector".into()));
                }
                check_selector_list(a, false)?;
                Ok(Step::Upward(Upward::Selector(a.to_string())))
            } else {
                Err(SelectorError::Bad(format!(":nth-ancestor({a}) needs a count")))
            }
        }
        "has" | "-abp-has" | "if" => Ok(Step::Has(sub_program(arg, Mode::Relative, depth)?)),
        "not" => Ok(Step::Not(sub_program(arg, Mode::Itself, depth)?)),
        "if-not" => Ok(Step::Not(vec![Step::Has(sub_program(arg, Mode::Relative, depth)?)])),
        "xpath" => {
            let a = arg.trim();
            let a = ['"', '\''].iter().find_map(|&q| a.strip_prefix(q).and_then(|r| r.strip_suffix(q))).unwrap_or(a);
            if a.trim().is_empty() {
                return Err(SelectorError::Bad(":xpath() needs an expression".into()));
            }
            Ok(Step::Xpath(a.to_string()))
        }
        "matches-css" | "matches-css-before" | "matches-css-after" => {
            let Some((property, value)) = arg.split_once(':') else {
                return Err(SelectorError::Bad(format!(":{name}() needs `property: value`")));
            };
            let property = property.trim().to_ascii_lowercase();
            if property.is_empty() || !property.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
                return Err(SelectorError::Bad(format!(":{name}(): bad property {property:?}")));
            }
            let pseudo = name.strip_prefix("matches-css-").map(str::to_string);
            Ok(Step::MatchesCss { pseudo, property, value: text_match(value)? })
        }
        "matches-path" => Ok(Step::MatchesPath(text_match(arg)?)),
        "watch-attr" => {
            let names: Vec<String> = arg
                .split(',')
                .map(|a| a.trim().trim_matches(['"', '\'']).to_string())
                .filter(|a| !a.is_empty())
                .collect();
            Ok(Step::WatchAttr(names))
        }
        n if ACTIONS.contains(&n) => Err(SelectorError::Bad(format!(":{name}() must come last"))),
        other => Err(SelectorError::Unsupported(format!(":{other}"))),
    }
}

fn sub_program(arg: &str, mode: Mode, depth: usize) -> Result<Vec<Step>, SelectorError> {
    if depth + 1 > MAX_NESTING {
        return Err(SelectorError::Bad("procedural operators nested too deeply".into()));
    }
    let pieces = split(arg, depth + 1)?;
    build(&pieces, mode, depth + 1)
}

fn text_match(arg: &str) -> Result<TextMatch, SelectorError> {
    let a = arg.trim();
    if a.is_empty() {
        return Err(SelectorError::Bad(":has-text() needs a text".into()));
    }
    if a.len() >= 2 && a.starts_with('/') {
        if let Some(end) = a.rfind('/').filter(|&e| e > 0) {
            let flags = &a[end + 1..];
            if flags.bytes().all(|b| b.is_ascii_alphabetic()) {
                let re = &a[1..end];
                if re.is_empty() {
                    return Err(SelectorError::Bad(":has-text(//): empty regular expression".into()));
                }
                if let Some(bad) = flags.chars().find(|c| !"gimsuy".contains(*c)) {
                    return Err(SelectorError::Bad(format!(":has-text(): unknown regular expression flag {bad:?}")));
                }
                check_regex(re)?;
                let flags: String = flags.chars().filter(|c| "imsu".contains(*c)).collect();
                return Ok(TextMatch::Regex { re: re.to_string(), flags });
            }
        }
    }
    let unquoted = ['"', '\'']
        .iter()
        .find_map(|&q| a.strip_prefix(q).and_then(|r| r.strip_suffix(q)).filter(|r| !r.is_empty()))
        .unwrap_or(a);
    Ok(TextMatch::Text(unquoted.to_string()))
}

/// A light check of a JavaScript regular expression: balanced groups and classes, no trailing backslash.
fn check_regex(re: &str) -> Result<(), SelectorError> {
    let mut depth = 0i32;
    let mut in_class = false;
    let mut chars = re.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' if chars.next().is_none() => {
                return Err(SelectorError::Bad("regular expression ends with a backslash".into()));
            }
            '\\' => {}
            '[' if !in_class => in_class = true,
            ']' if in_class => in_class = false,
            '(' if !in_class => depth += 1,
            ')' if !in_class => {
                depth -= 1;
                if depth < 0 {
                    return Err(SelectorError::Bad("regular expression has an unmatched `)`".into()));
                }
            }
            _ => {}
        }
    }
    if in_class || depth != 0 {
        return Err(SelectorError::Bad("regular expression has an unclosed group or class".into()));
    }
    Ok(())
}

/// True when `{` or `}` appears outside quoted strings (inside them, as in `[data-x="{…}"]`, it is fine).
fn brace_outside_strings(text: &str) -> bool {
    let mut quote = None;
    let mut escaped = false;
    for c in text.chars() {
        match (quote, c) {
            _ if escaped => escaped = false,
            (_, '\\') => escaped = true,
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '{' | '}') => return true,
            _ => {}
        }
    }
    false
}

fn is_name_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-' || c == '_'
}

/// Splits a selector into CSS text and top-level procedural operators. Plain `:has()`, `:not()` and
/// friends whose argument holds no operator stay in the CSS text (`:-abp-has(x)` and `:if(x)` become
/// `:has(x)`, `:if-not(x)` becomes `:not(:has(x))`).
fn split(text: &str, depth: usize) -> Result<Vec<Piece>, SelectorError> {
    if depth > MAX_NESTING {
        return Err(SelectorError::Bad("procedural operators nested too deeply".into()));
    }
    let c: Vec<char> = text.chars().collect();
    let mut pieces = Vec::new();
    let mut buf = String::new();
    let mut i = 0;
    while i < c.len() {
        match c[i] {
            '\\' => {
                buf.push('\\');
                if let Some(&n) = c.get(i + 1) {
                    buf.push(n);
                }
                i += 2;
            }
            '"' | '\'' => {
                let end = string_end(&c, i).ok_or_else(|| SelectorError::Bad("unterminated string".into()))?;
                buf.extend(&c[i..end]);
                i = end;
            }
            '[' => {
                let mut j = i + 1;
                loop {
                    match c.get(j) {
                        None => return Err(SelectorError::Bad("unterminated attribute selector".into())),
                        Some('"' | '\'') => {
                            j = string_end(&c, j).ok_or_else(|| SelectorError::Bad("unterminated string".into()))?
                        }
                        Some('\\') => j += 2,
                        Some(']') => break,
                        Some(_) => j += 1,
                    }
                }
                buf.extend(&c[i..=j]);
                i = j + 1;
            }
            ':' if c.get(i + 1) == Some(&':') => {
                buf.push_str("::");
                i += 2;
            }
            ':' => {
                let start = i;
                let mut j = i + 1;
                while j < c.len() && is_name_char(c[j]) {
                    j += 1;
                }
                let name: String = c[i + 1..j].iter().collect::<String>().to_ascii_lowercase();
                if c.get(j) != Some(&'(') {
                    if UNSUPPORTED.contains(&name.as_str()) {
                        return Err(SelectorError::Unsupported(format!(":{name}")));
                    }
                    buf.extend(&c[i..j]);
                    i = j;
                    continue;
                }
                let end = argument_end(&c, j, RAW_ARGUMENT.contains(&name.as_str()))
                    .ok_or_else(|| SelectorError::Bad(format!("unclosed :{name}(")))?;
                let arg: String = c[j + 1..end].iter().collect();
                i = end + 1;
                let procedural = match name.as_str() {
                    "has-text" | "contains" | "-abp-contains" | "upward" | "nth-ancestor" | "xpath" | "matches-css"
                    | "matches-css-before" | "matches-css-after" | "matches-path" | "watch-attr" => true,
                    n if ACTIONS.contains(&n) => true,
                    "has" | "-abp-has" | "if" | "not" | "if-not" => {
                        (name == "has" && arg.contains(":has("))
                            || split(&arg, depth + 1)?.iter().any(|p| matches!(p, Piece::Op { .. }))
                    }
                    "is" | "where" | "matches" | "any" => {
                        if split(&arg, depth + 1)?.iter().any(|p| matches!(p, Piece::Op { .. })) {
                            return Err(SelectorError::Unsupported(format!("procedural operator inside :{name}()")));
                        }
                        false
                    }
                    n if UNSUPPORTED.contains(&n) => return Err(SelectorError::Unsupported(format!(":{n}"))),
                    _ => false,
                };
                if procedural {
                    if !buf.is_empty() {
                        pieces.push(Piece::Css(std::mem::take(&mut buf)));
                    }
                    pieces.push(Piece::Op { name, arg });
                } else {
                    match name.as_str() {
                        "-abp-has" | "if" => buf.push_str(&format!(":has({arg})")),
                        "if-not" => buf.push_str(&format!(":not(:has({arg}))")),
                        _ => buf.extend(&c[start..=end]),
                    }
                }
            }
            ch => {
                buf.push(ch);
                i += 1;
            }
        }
    }
    if !buf.is_empty() {
        pieces.push(Piece::Css(buf));
    }
    Ok(pieces)
}

/// The index just past the string that starts at `start`, or `None` if it never ends.
fn string_end(c: &[char], start: usize) -> Option<usize> {
    let quote = c[start];
    let mut j = start + 1;
    while j < c.len() {
        match c[j] {
            '\\' => j += 2,
            x if x == quote => return Some(j + 1),
            _ => j += 1,
        }
    }
    None
}

/// The index of the `)` closing the parenthesis at `open`. In raw text only parentheses and backslashes
/// count; otherwise strings and nested raw operators are skipped too.
fn argument_end(c: &[char], open: usize, raw: bool) -> Option<usize> {
    let mut depth = 1usize;
    let mut j = open + 1;
    while j < c.len() {
        match c[j] {
            '\\' => j += 2,
            '"' | '\'' if !raw => j = string_end(c, j)?,
            ':' if !raw => {
                let mut k = j + 1;
                while k < c.len() && is_name_char(c[k]) {
                    k += 1;
                }
                let name: String = c[j + 1..k].iter().collect::<String>().to_ascii_lowercase();
                if c.get(k) == Some(&'(') && RAW_ARGUMENT.contains(&name.as_str()) {
                    j = argument_end(c, k, true)? + 1;
                } else {
                    j = k;
                }
            }
            '(' => {
                depth += 1;
                j += 1;
            }
            ')' => {
                depth -= 1;
                if depth == 0 {
                    return Some(j);
                }
                j += 1;
            }
            _ => j += 1,
        }
    }
    None
}

/// A text or regex argument written back as in a filter.
pub struct TextMatchText<'a>(pub &'a TextMatch);

impl fmt::Display for TextMatchText<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            TextMatch::Text(t) => write!(f, "{t}"),
            TextMatch::Regex { re, flags } => write!(f, "/{re}/{flags}"),
        }
    }
}

/// A program written back in uBlock Origin's syntax (used in explanations and reports).
pub struct ProgramText<'a>(pub &'a [Step]);

impl fmt::Display for ProgramText<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, step) in self.0.iter().enumerate() {
            match step {
                Step::Query(q) if i == 0 => write!(f, "{q}")?,
                Step::Query(q) => write!(f, " {q}")?,
                Step::Matches(m) => write!(f, "{m}")?,
                Step::HasText(t) => write!(f, ":has-text({})", TextMatchText(t))?,
                Step::Has(p) => write!(f, ":has({})", ProgramText(p))?,
                Step::Not(p) => write!(f, ":not({})", ProgramText(p))?,
                Step::Upward(Upward::Levels(n)) => write!(f, ":upward({n})")?,
                Step::Upward(Upward::Selector(s)) => write!(f, ":upward({s})")?,
                Step::Xpath(x) => write!(f, ":xpath({x})")?,
                Step::MatchesCss { pseudo, property, value } => {
                    let suffix = pseudo.as_deref().map(|p| format!("-{p}")).unwrap_or_default();
                    write!(f, ":matches-css{suffix}({property}: {})", TextMatchText(value))?
                }
                Step::MatchesPath(t) => write!(f, ":matches-path({})", TextMatchText(t))?,
                Step::WatchAttr(a) => write!(f, ":watch-attr({})", a.join(","))?,
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn program(s: &str) -> Vec<Step> {
        match parse_selector(s) {
            Ok((Target::Program(p), _)) => p,
            other => panic!("{s}: {other:?}"),
        }
    }

    #[test]
    fn plain_selectors_stay_css() {
        for s in ["#cookie-law", "div:has(> .nl-popup)", "body > div:not([id])", ".a:-abp-has(.b)"] {
            assert!(matches!(parse_selector(s), Ok((Target::Css(_), Action::Hide))), "{s}");
        }
        assert_eq!(parse_selector(".a:-abp-has(.b)").unwrap().0, Target::Css(".a:has(.b)".into()));
        assert_eq!(parse_selector(".a:if-not(.b)").unwrap().0, Target::Css(".a:not(:has(.b))".into()));
    }

    #[test]
    fn has_text_upward_and_nesting() {
        assert_eq!(
            program(".hidden:has-text(Fake news)"),
            [Step::Query(".hidden".into()), Step::HasText(TextMatch::Text("Fake news".into()))]
        );
        assert_eq!(
            program("h2:has-text(Using an ad blocker?):upward(3)"),
            [
                Step::Query("h2".into()),
                Step::HasText(TextMatch::Text("Using an ad blocker?".into())),
                Step::Upward(Upward::Levels(3))
            ]
        );
        assert_eq!(
            program(".dialog:has(span.f2:has-text(Don't miss (it)))"),
            [
                Step::Query(".dialog".into()),
                Step::Has(vec![
                    Step::Query("span.f2".into()),
                    Step::HasText(TextMatch::Text("Don't miss (it)".into()))
                ])
            ]
        );
        assert_eq!(
            program("div:has-text(/adblock|ad blocker/i) > span"),
            [
                Step::Query("div".into()),
                Step::HasText(TextMatch::Regex { re: "adblock|ad blocker".into(), flags: "i".into() }),
                Step::Query("> span".into())
            ]
        );
        assert_eq!(
            program("div:not(:has-text(keep))"),
            [Step::Query("div".into()), Step::Not(vec![Step::HasText(TextMatch::Text("keep".into()))])]
        );
        assert_eq!(
            program(".x:upward(.modal)"),
            [Step::Query(".x".into()), Step::Upward(Upward::Selector(".modal".into()))]
        );
        assert_eq!(
            program("div:has(.a:has(.b))"),
            [Step::Query("div".into()), Step::Has(vec![Step::Query(".a:has(.b)".into())])]
        );
        let p = program(".m:-abp-has(.t > b:-abp-contains(Privacy Policy))");
        assert_eq!(ProgramText(&p).to_string(), ".m:has(.t > b:has-text(Privacy Policy))");
    }

    #[test]
    fn actions() {
        assert_eq!(parse_selector(".x:remove()").unwrap(), (Target::Css(".x".into()), Action::Remove));
        let (t, a) = parse_selector("html, body:style(overflow: auto !important)").unwrap();
        assert_eq!(t, Target::Css("html, body".into()));
        assert_eq!(a, Action::Style(vec![Decl("overflow".into(), "auto".into())]));
        assert_eq!(parse_selector(".x:style(display: none)").unwrap().1, Action::Hide);
        assert_eq!(parse_selector(".x:style(background: url(a.png))"), Err(SelectorError::Unsupported("style".into())));
        assert!(matches!(parse_selector(".x:remove():has-text(a)"), Err(SelectorError::Bad(_))));
        assert!(matches!(parse_selector(".x:remove(a)"), Err(SelectorError::Bad(_))));
        assert_eq!(parse_body(".x { remove: true; }", true).unwrap(), (Target::Css(".x".into()), Action::Remove));
        assert_eq!(parse_body(".x { display: none !important }", true).unwrap().1, Action::Hide);
    }

    #[test]
    fn other_ubo_operators_kept_as_steps() {
        assert_eq!(
            program(":xpath('//*[contains(text(),\"AdB\")]')"),
            [Step::Xpath("//*[contains(text(),\"AdB\")]".into())]
        );
        assert_eq!(program("p > b:xpath(//a)"), [Step::Query("p > b".into()), Step::Xpath("//a".into())]);
        let (t, a) = parse_selector("html:watch-attr(class):remove-class(modal-open)").unwrap();
        assert_eq!(t, Target::Program(vec![Step::Query("html".into()), Step::WatchAttr(vec!["class".into()])]));
        assert_eq!(a, Action::RemoveClass(TextMatch::Text("modal-open".into())));
        let (t, a) = parse_selector("body[oncontextmenu]:remove-attr(/oncontextmenu|onselectstart/)").unwrap();
        assert_eq!(t, Target::Css("body[oncontextmenu]".into()));
        assert_eq!(
            a,
            Action::RemoveAttr(TextMatch::Regex { re: "oncontextmenu|onselectstart".into(), flags: "".into() })
        );
        assert_eq!(
            program("body > div[id]:matches-css(position: fixed)"),
            [
                Step::Query("body > div[id]".into()),
                Step::MatchesCss { pseudo: None, property: "position".into(), value: TextMatch::Text("fixed".into()) }
            ]
        );
        assert_eq!(
            program(":matches-path(/tag/).nicodic"),
            [
                Step::MatchesPath(TextMatch::Regex { re: "tag".into(), flags: "".into() }),
                Step::Query(".nicodic".into())
            ]
        );
        assert!(matches!(parse_selector(".a :matches-path(/x/)"), Err(SelectorError::Bad(_))));
    }

    #[test]
    fn unsupported_and_bad() {
        assert_eq!(
            parse_selector("div:min-text-length(20)"),
            Err(SelectorError::Unsupported(":min-text-length".into()))
        );
        assert!(
            matches!(parse_selector("div#cookie-banner {display:none}"), Err(SelectorError::Bad(m)) if m.contains("#$#"))
        );
        assert!(parse_selector("astro-island[opts^=\"{\\\"name\\\":\\\"x\\\"\"]").is_ok());
        for s in [
            "div:has-text()",
            "div:has-text(a",
            "div:upward(0)",
            "div:upward(x y z!)",
            "div:has-text(/a(/)",
            ".a {",
            "",
        ] {
            assert!(matches!(parse_selector(s), Err(SelectorError::Bad(_))), "{s:?}: {:?}", parse_selector(s));
        }
    }
}
