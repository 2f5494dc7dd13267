//! Cosmetic filter lists (Adblock Plus, uBlock Origin, AdGuard syntax): parsed, counted and compiled for
//! the extension.
//!
//! [`parse_list`] reads a whole list and never fails: every line is a filter Sift applies, a line of a
//! kind it does not support (comments, network rules, scriptlets, HTML filters, unsupported procedural
//! operators, …: counted by kind), or an error with its line number. [`compile::compile`] turns parsed
//! lists into the form the extension embeds: a per-hostname lookup, the generic rules, exceptions applied.
//! At run time [`lookup::Lists`] answers per page (document start, then each survey) with stylesheet rules
//! and procedural programs, and [`explain`] tells the popup why each thing is hidden.
//!
//! - [`line`]: the kind of a line, its separator, and `!#if` blocks;
//! - [`hosts`]: hostname and entity lists with `~` negation, and the keys a page's hostname is looked up by;
//! - [`selector`]: plain CSS or a procedural program, and its action (hide, remove, safe style);
//! - [`css`]: the plain CSS selector checker; [`style`]: the safe `:style()` subset;
//! - [`header`]: a list's title and snapshot date; [`compile`]: the compiled, serializable form.
//! - [`packed`]: the compiled lists as the extension ships them, read in one pass;
//! - [`lookup`]: the compiled lists in the background worker, per page; [`sheet`]: a rule as stylesheet
//!   text, and the class or id a generic rule is indexed by; [`explain`]: one reason per thing hidden.

pub mod compile;
pub mod css;
pub mod explain;
pub mod header;
pub mod hosts;
pub mod line;
pub mod lookup;
pub mod packed;
pub mod selector;
pub mod sheet;
pub mod style;

use hosts::{HostError, HostList};
use line::{Conditions, Line};
use selector::{Action, SelectorError, Target};
use serde::Serialize;
use std::collections::BTreeMap;

/// One element-hiding filter (or exception) Sift applies.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Filter {
    /// 1-based line number in its list.
    pub line: u32,
    pub hosts: HostList,
    /// `#@#`: this filter turns off the filters with the same selector and action.
    pub exception: bool,
    pub target: Target,
    pub action: Action,
    /// False inside an `!#if` block for another environment (a mobile browser, HTML filtering…): parsed
    /// and counted, not compiled.
    pub active: bool,
}

/// A line that could not be read, and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct LineError {
    pub line: u32,
    pub message: String,
}

/// The counts `sift lists` reports for one list. `lines` = `parsed` + `errors` + the sum of
/// `unsupported`; `cosmetic` = `parsed` + the cosmetic share of the other two.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Stats {
    pub lines: u32,
    /// Element-hiding lines (`##`, `#@#`, `#?#`, `#$#` and their exceptions), not scriptlets (`##+js`),
    /// HTML filters (`##^`, `$$`) or AdGuard JavaScript (`#%#`).
    pub cosmetic: u32,
    pub parsed: u32,
    /// Lines Sift does not apply, by kind: `blank`, `comment`, `header`, `directive`, `network`,
    /// `scriptlet`, `html_filter`, `adguard_js`, and among cosmetic lines `style` (declarations outside the
    /// safe subset), an operator name (`:min-text-length`, …), `generic_procedural`,
    /// `regex_hostname`, `negated_exception`, `not_combinator`, `procedural_in_is`.
    pub unsupported: BTreeMap<String, u32>,
    /// Cosmetic lines among `unsupported`.
    pub cosmetic_unsupported: u32,
    /// Parsed filters inside `!#if` blocks that do not apply to Sift.
    pub inactive: u32,
    pub errors: Vec<LineError>,
    /// Cosmetic lines among `errors`.
    pub cosmetic_errors: u32,
}

/// A parsed list: its filters in order, its counts and its header.
#[derive(Clone, Debug, Default)]
pub struct ParsedList {
    pub filters: Vec<Filter>,
    pub stats: Stats,
    pub header: header::Header,
}

/// Reads a whole list. Lines are split at `\n` (a trailing `\r` is ignored); line numbers start at 1.
pub fn parse_list(text: &str) -> ParsedList {
    let mut out = ParsedList { header: header::read_header(text), ..Default::default() };
    let mut conditions = Conditions::default();
    let stats = &mut out.stats;
    for (i, raw) in text.lines().enumerate() {
        let number = u32::try_from(i + 1).unwrap_or(u32::MAX);
        stats.lines = number;
        let unsupported = |kind: &str, cosmetic: bool, stats: &mut Stats| {
            *stats.unsupported.entry(kind.to_string()).or_insert(0) += 1;
            if cosmetic {
                stats.cosmetic_unsupported += 1;
            }
        };
        let error = |message: String, cosmetic: bool, stats: &mut Stats| {
            stats.errors.push(LineError { line: number, message });
            if cosmetic {
                stats.cosmetic_errors += 1;
            }
        };
        match line::classify(raw) {
            Line::Blank => unsupported("blank", false, stats),
            Line::Comment => unsupported("comment", false, stats),
            Line::Header => unsupported("header", false, stats),
            Line::Network => unsupported("network", false, stats),
            Line::HtmlFilter => unsupported("html_filter", false, stats),
            Line::Directive(d) => match conditions.apply(d, number) {
                Ok(_) => unsupported("directive", false, stats),
                Err(m) => error(m, false, stats),
            },
            Line::Cosmetic { hosts, separator, body } => {
                let body_trimmed = body.trim_start();
                if separator.js {
                    unsupported("adguard_js", false, stats);
                    continue;
                }
                if body_trimmed.starts_with("+js(") || body_trimmed == "+js()" {
                    unsupported("scriptlet", false, stats);
                    continue;
                }
                if body_trimmed.starts_with('^') {
                    unsupported("html_filter", false, stats);
                    continue;
                }
                stats.cosmetic += 1;
                let hosts = match hosts::parse_host_list(hosts) {
                    Ok(h) => h,
                    Err(HostError::Regex) => {
                        unsupported("regex_hostname", true, stats);
                        continue;
                    }
                    Err(HostError::Bad(m)) => {
                        error(m, true, stats);
                        continue;
                    }
                };
                let (target, action) = match selector::parse_body(body, separator.css) {
                    Ok(x) => x,
                    Err(SelectorError::Unsupported(kind)) => {
                        let kind = match kind.as_str() {
                            "combinator inside a procedural :not()" => "not_combinator",
                            k if k.starts_with("procedural operator inside") => "procedural_in_is",
                            k => k,
                        };
                        unsupported(kind, true, stats);
                        continue;
                    }
                    Err(SelectorError::Bad(m)) => {
                        error(m, true, stats);
                        continue;
                    }
                };
                if separator.exception && hosts.include.is_empty() && !hosts.exclude.is_empty() {
                    unsupported("negated_exception", true, stats);
                    continue;
                }
                let procedural = matches!(target, Target::Program(_))
                    || matches!(action, Action::Remove | Action::RemoveAttr(_) | Action::RemoveClass(_));
                if procedural && hosts.is_generic() && !separator.exception {
                    unsupported("generic_procedural", true, stats);
                    continue;
                }
                stats.parsed += 1;
                let active = conditions.active();
                if !active {
                    stats.inactive += 1;
                }
                out.filters.push(Filter {
                    line: number,
                    hosts,
                    exception: separator.exception,
                    target,
                    action,
                    active,
                });
            }
        }
    }
    for l in conditions.unclosed() {
        stats.errors.push(LineError { line: l, message: "`!#if` is never closed by `!#endif`".into() });
    }
    stats.errors.sort_by_key(|e| e.line);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use selector::{Step, TextMatch};

    const FIXTURE: &str = "\
[Adblock Plus 2.0]
! Title: Fixture list
! Last modified: Fri, 21 Aug 2026 12:33:05 +0000

##.nl-popup
###cookie-law
example.com,~shop.example.com##.donate-box
pelispedia.*##.modal
example.com#@#.nl-popup
example.com#?#.card:has-text(Subscribe now):upward(2)
news.example#$#.wall { display: none !important; }
example.org##html, body:style(overflow: auto !important)
||ads.example.com^$third-party
example.com##+js(aopr, document.oncontextmenu)
example.com##^script:has-text(adblock)
example.com##.x:min-text-length(10)
example.com##.x:style(background: url(https://t.example/p.png))
##.generic:has-text(x)
example.com##.broken[
bad host.com##.x
!#if env_mobile
example.com##.mobile-only
!#endif
!#endif
example.com#%#window.x = 1;
";

    #[test]
    fn fixture_counts_every_line() {
        let p = parse_list(FIXTURE);
        let s = &p.stats;
        assert_eq!(s.lines, 25);
        let unsupported: u32 = s.unsupported.values().sum();
        assert_eq!(s.parsed + unsupported + s.errors.len() as u32, s.lines, "{s:#?}");
        assert_eq!(s.parsed, 9);
        assert_eq!(s.cosmetic, s.parsed + s.cosmetic_unsupported + s.cosmetic_errors);
        for (kind, n) in [
            ("blank", 1),
            ("comment", 2),
            ("header", 1),
            ("network", 1),
            ("scriptlet", 1),
            ("html_filter", 1),
            (":min-text-length", 1),
            ("style", 1),
            ("generic_procedural", 1),
            ("directive", 2),
            ("adguard_js", 1),
        ] {
            assert_eq!(s.unsupported.get(kind), Some(&n), "{kind}: {:?}", s.unsupported);
        }
        let lines: Vec<u32> = s.errors.iter().map(|e| e.line).collect();
        assert_eq!(lines, [19, 20, 24], "{:?}", s.errors);
        assert!(s.errors[0].message.contains("attribute"), "{}", s.errors[0].message);
        assert!(s.errors[1].message.contains("bad host.com"), "{}", s.errors[1].message);
        assert_eq!(s.inactive, 1);
        assert_eq!(p.header.title.as_deref(), Some("Fixture list"));

        let f = &p.filters;
        assert_eq!(f[2].hosts.include, ["example.com"]);
        assert_eq!(f[2].hosts.exclude, ["shop.example.com"]);
        assert!(f[4].exception);
        assert_eq!(
            f[5].target,
            Target::Program(vec![
                Step::Query(".card".into()),
                Step::HasText(TextMatch::Text("Subscribe now".into())),
                Step::Upward(selector::Upward::Levels(2))
            ])
        );
        assert_eq!((&f[6].target, &f[6].action), (&Target::Css(".wall".into()), &Action::Hide));
        assert!(matches!(f[7].action, Action::Style(_)));
        assert!(!f[8].active);
    }

    #[test]
    fn bad_lines_never_stop_the_list() {
        let text = "##.a[\n##.b\nexample.com##:has-text(\n##.c";
        let p = parse_list(text);
        assert_eq!(p.stats.parsed, 2);
        assert_eq!(p.stats.errors.iter().map(|e| e.line).collect::<Vec<_>>(), [1, 3]);
    }
}
