//! The compiled form of parsed lists, as the extension embeds it (serde, compact JSON) and looks it up
//! per page.
//!
//! - `rules`: every distinct rule, grouped by list (`lists[i].rules` is its `[start, end)` range, so a
//!   list switched off is a range skipped). A plain hide rule is just its CSS selector (a JSON string);
//!   a `:style()` rule is `{css, style}`; a procedural or `:remove()` rule is `{program, action}`.
//! - `generic`: the rules for every site (one stylesheet at `document_start`).
//! - `hosts`: per hostname or entity (`example.*`), the rules it adds (`hide`) and the rules that do not
//!   apply there (`except`: from `#@#` exceptions and `~` negations). A page looks up its hostname, each
//!   parent domain and its entities ([`super::hosts::lookup_keys`]).
//! - A generic exception (`#@#.x` for every site) is applied here: its rules are left out.
//!
//! Exceptions match rules by selector and action, across lists, as in uBlock Origin. Filters inside
//! `!#if` blocks for other environments are not compiled.

use super::hosts::lookup_keys;
use super::selector::{Action, ProgramText, Step, Target, TextMatchText};
use super::style::{self, Decl};
use super::ParsedList;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet, HashMap};

pub const FORMAT: u32 = 2;

/// One rule Sift applies.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Rule {
    /// Hide what a plain CSS selector matches.
    Hide(String),
    /// Apply safe declarations to what a plain CSS selector matches.
    Style { css: String, style: Vec<Decl> },
    /// A procedural program (or `:remove()`), evaluated on the page's elements.
    Program {
        program: Vec<Step>,
        #[serde(default, skip_serializing_if = "is_hide")]
        action: Action,
    },
}

fn is_hide(a: &Action) -> bool {
    *a == Action::Hide
}

impl Rule {
    pub fn new(target: &Target, action: &Action) -> Rule {
        match (target, action) {
            (Target::Css(css), Action::Hide) => Rule::Hide(css.clone()),
            (Target::Css(css), Action::Style(style)) => Rule::Style { css: css.clone(), style: style.clone() },
            (Target::Css(css), a) => Rule::Program { program: vec![Step::Query(css.clone())], action: a.clone() },
            (Target::Program(p), a) => Rule::Program { program: p.clone(), action: a.clone() },
        }
    }

    /// The rule as a filter list writes it after `##` (for explanations: "rule `##.nl-popup`").
    pub fn text(&self) -> String {
        match self {
            Rule::Hide(css) => css.clone(),
            Rule::Style { css, style } => format!("{css}:style({})", style::to_text(style)),
            Rule::Program { program, action } => {
                let mut s = ProgramText(program).to_string();
                match action {
                    Action::Hide => {}
                    Action::Remove => s.push_str(":remove()"),
                    Action::Style(d) => s.push_str(&format!(":style({})", style::to_text(d))),
                    Action::RemoveAttr(t) => s.push_str(&format!(":remove-attr({})", TextMatchText(t))),
                    Action::RemoveClass(t) => s.push_str(&format!(":remove-class({})", TextMatchText(t))),
                }
                s
            }
        }
    }
}

/// The rules one hostname or entity adds and takes away.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct HostRules {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub hide: Vec<u32>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub except: Vec<u32>,
}

/// A compiled list: its id, name (the `! Title:`, else the file name), file, snapshot date and rule range.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompiledList {
    /// The key of the list's switch in the settings: the file name without `.txt`, lower case.
    pub id: String,
    pub name: String,
    pub file: String,
    /// ISO 8601; from the list's header, else the file's modification time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// `header` or `mtime`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_source: Option<String>,
    /// `[start, end)` in [`Compiled::rules`].
    pub rules: [u32; 2],
}

/// Everything the extension needs to apply the lists.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Compiled {
    pub format: u32,
    pub lists: Vec<CompiledList>,
    pub rules: Vec<Rule>,
    pub generic: Vec<u32>,
    pub hosts: BTreeMap<String, HostRules>,
}

/// A list to compile, with what the caller knows about its file.
pub struct ListInput<'a> {
    pub file: String,
    pub parsed: &'a ParsedList,
    /// The date to use when the header has none (the file's modification time).
    pub fallback_date: Option<String>,
}

/// What compiling left out, for the report.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct CompileReport {
    /// Filters in `!#if` blocks for other environments.
    pub inactive: u32,
    /// Filters that repeat an earlier one of the same list.
    pub duplicates: u32,
    /// Rules every site excepts (`#@#selector` without hostnames).
    pub excepted_everywhere: u32,
    /// Exceptions that match no rule of the lists.
    pub unused_exceptions: u32,
}

pub fn compile(lists: &[ListInput]) -> (Compiled, CompileReport) {
    let mut report = CompileReport::default();
    let mut rules: Vec<Rule> = Vec::new();
    let mut by_body: HashMap<Rule, Vec<u32>> = HashMap::new();
    let mut generic: BTreeSet<u32> = BTreeSet::new();
    let mut hosts: BTreeMap<String, (BTreeSet<u32>, BTreeSet<u32>)> = BTreeMap::new();
    let mut ranges = Vec::with_capacity(lists.len());
    for list in lists {
        let start = rules.len();
        let mut seen: HashMap<(&[String], &[String], Rule), ()> = HashMap::new();
        for f in list.parsed.filters.iter().filter(|f| !f.exception) {
            if !f.active {
                report.inactive += 1;
                continue;
            }
            let rule = Rule::new(&f.target, &f.action);
            if seen.insert((&f.hosts.include, &f.hosts.exclude, rule.clone()), ()).is_some() {
                report.duplicates += 1;
                continue;
            }
            let idx = rules.len() as u32;
            by_body.entry(rule.clone()).or_default().push(idx);
            rules.push(rule);
            if f.hosts.include.is_empty() {
                generic.insert(idx);
            }
            for h in &f.hosts.include {
                hosts.entry(h.clone()).or_default().0.insert(idx);
            }
            for h in &f.hosts.exclude {
                hosts.entry(h.clone()).or_default().1.insert(idx);
            }
        }
        ranges.push((start, rules.len()));
    }
    let mut dead: BTreeSet<u32> = BTreeSet::new();
    for list in lists {
        for f in list.parsed.filters.iter().filter(|f| f.exception) {
            if !f.active {
                report.inactive += 1;
                continue;
            }
            let Some(targets) = by_body.get(&Rule::new(&f.target, &f.action)) else {
                report.unused_exceptions += 1;
                continue;
            };
            if f.hosts.include.is_empty() {
                dead.extend(targets);
            } else {
                for h in &f.hosts.include {
                    hosts.entry(h.clone()).or_default().1.extend(targets);
                }
            }
        }
    }
    report.excepted_everywhere = dead.len() as u32;

    // Leave out the rules excepted everywhere and renumber.
    let mut remap = vec![u32::MAX; rules.len()];
    let mut kept = Vec::with_capacity(rules.len() - dead.len());
    for (i, rule) in rules.into_iter().enumerate() {
        if !dead.contains(&(i as u32)) {
            remap[i] = kept.len() as u32;
            kept.push(rule);
        }
    }
    let renumber = |set: &BTreeSet<u32>| -> Vec<u32> {
        set.iter().map(|&i| remap[i as usize]).filter(|&i| i != u32::MAX).collect()
    };
    let mut compiled_lists = Vec::with_capacity(lists.len());
    let mut next = 0u32;
    for (list, &(start, end)) in lists.iter().zip(&ranges) {
        let live = (start..end).filter(|&i| remap[i] != u32::MAX).count() as u32;
        let (date, source) = match (&list.parsed.header.date, &list.fallback_date) {
            (Some(d), _) => (Some(d.clone()), Some("header".to_string())),
            (None, Some(d)) => (Some(d.clone()), Some("mtime".to_string())),
            (None, None) => (None, None),
        };
        compiled_lists.push(CompiledList {
            id: list_id(&list.file),
            name: list.parsed.header.title.clone().unwrap_or_else(|| list.file.clone()),
            file: list.file.clone(),
            date,
            date_source: source,
            rules: [next, next + live],
        });
        next += live;
    }
    let hosts = hosts
        .iter()
        .map(|(k, (hide, except))| (k.clone(), HostRules { hide: renumber(hide), except: renumber(except) }))
        .filter(|(_, r)| !(r.hide.is_empty() && r.except.is_empty()))
        .collect();
    let compiled = Compiled { format: FORMAT, lists: compiled_lists, rules: kept, generic: renumber(&generic), hosts };
    (compiled, report)
}

/// A list's switch key: its file name without `.txt`, lower case, other characters than letters, digits,
/// `.`, `_` and `-` as `-`, at most 64 (what the settings accept as a list id).
pub fn list_id(file: &str) -> String {
    let lower = file.to_ascii_lowercase();
    let stem = lower.strip_suffix(".txt").unwrap_or(&lower);
    let id: String = stem
        .chars()
        .map(|c| if c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '.' | '_' | '-') { c } else { '-' })
        .take(64)
        .collect();
    if id.is_empty() {
        "list".into()
    } else {
        id
    }
}

impl Compiled {
    /// The index of the list a rule belongs to.
    pub fn list_of(&self, rule: u32) -> Option<usize> {
        self.lists.iter().position(|l| (l.rules[0]..l.rules[1]).contains(&rule))
    }

    /// The rules that apply on `host` (generic and specific, exceptions applied), in rule order, from
    /// the lists `list_on` accepts.
    pub fn lookup(&self, host: &str, list_on: impl Fn(usize) -> bool) -> Vec<u32> {
        let mut on: BTreeSet<u32> = self.generic.iter().copied().collect();
        let mut off: BTreeSet<u32> = BTreeSet::new();
        for key in lookup_keys(host) {
            if let Some(r) = self.hosts.get(&key) {
                on.extend(&r.hide);
                off.extend(&r.except);
            }
        }
        on.into_iter()
            .filter(|r| !off.contains(r) && (*r as usize) < self.rules.len())
            .filter(|&r| self.list_of(r).is_some_and(&list_on))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::super::parse_list;
    use super::*;

    fn compiled(text: &str) -> Compiled {
        let p = parse_list(text);
        compile(&[ListInput { file: "fixture.txt".into(), parsed: &p, fallback_date: Some("2000-01-01".into()) }]).0
    }

    fn hidden(c: &Compiled, host: &str) -> Vec<String> {
        c.lookup(host, |_| true).iter().map(|&r| c.rules[r as usize].text()).collect()
    }

    const LIST: &str = "\
##.nl-popup
##.everywhere-but
~example.org##.everywhere-but
#@#.everywhere-but
~example.org##.not-on-org
example.com,~shop.example.com##.donate
pelispedia.*##.modal
example.com#@#.nl-popup
example.com#?#.card:has-text(Subscribe):upward(2)
example.com##html:style(overflow: auto !important)
sub.example.com##.only-sub
!#if env_mobile
example.com##.mobile
!#endif
";

    #[test]
    fn lookup_applies_hosts_entities_and_exceptions() {
        let c = compiled(LIST);
        assert_eq!(hidden(&c, "unrelated.net"), [".nl-popup", ".not-on-org"]);
        assert_eq!(hidden(&c, "example.org"), [".nl-popup"]);
        assert_eq!(
            hidden(&c, "www.example.com"),
            [".not-on-org", ".donate", ".card:has-text(Subscribe):upward(2)", "html:style(overflow: auto)"]
        );
        assert!(!hidden(&c, "shop.example.com").contains(&".donate".to_string()));
        assert!(hidden(&c, "a.sub.example.com").contains(&".only-sub".to_string()));
        assert!(hidden(&c, "www.pelispedia.co.uk").contains(&".modal".to_string()));
        assert!(hidden(&c, "pelispedia.tv").contains(&".modal".to_string()));
        assert!(!hidden(&c, "pelispedia.tv.evil.example").contains(&".modal".to_string()));
        assert_eq!(c.lists[0].date.as_deref(), Some("2000-01-01"));
        assert_eq!(c.lists[0].date_source.as_deref(), Some("mtime"));
        assert_eq!(c.lists[0].id, "fixture");
        assert_eq!(list_id("My Lïst.TXT"), "my-l-st");
    }

    #[test]
    fn report_and_lists_switch() {
        let p = parse_list(LIST);
        let (c, report) = compile(&[
            ListInput { file: "a.txt".into(), parsed: &p, fallback_date: None },
            ListInput { file: "b.txt".into(), parsed: &parse_list("example.net##.b"), fallback_date: None },
        ]);
        assert_eq!(report.inactive, 1);
        assert_eq!(report.duplicates, 0);
        assert_eq!(report.excepted_everywhere, 2, "{report:?}");
        assert_eq!(c.lists[1].rules[1] as usize, c.rules.len());
        assert_eq!(c.lookup("example.net", |i| i == 1).len(), 1);
        assert!(c.lookup("example.net", |i| i == 0).iter().all(|&r| c.list_of(r) == Some(0)));
    }

    #[test]
    fn round_trips_through_json() {
        let c = compiled(LIST);
        let json = serde_json::to_string(&c).unwrap();
        assert!(json.contains("\".nl-popup\""), "plain rules are bare strings: {json}");
        let back: Compiled = serde_json::from_str(&json).unwrap();
        assert_eq!(back, c);
    }
}
