//! The compiled lists at run time, in the background worker: loaded once per browser session, then asked
//! per page.
//!
//! - [`Lists::for_host`] answers the page's `hello` at document start: the lists with their switches, one
//!   stylesheet's rules (the host's own hides and styles, and the few generic rules no class or id can rule
//!   out) and the host's procedural programs.
//! - [`Lists::for_names`] answers each survey: the generic rules indexed by a class or id the surveyed
//!   elements have (see [`super::sheet::key_of`]), for a second stylesheet. A page thus never holds the
//!   tens of thousands of generic selectors, only the few that can match it.
//!
//! Both leave out the rules of lists switched off in the settings and the rules the host excepts
//! (`#@#`, `~host`).

use super::compile::{Compiled, Rule};
use super::hosts::lookup_keys;
use super::selector::{Action, Step};
use super::sheet::{self, hide_rule, style_rule};
use crate::settings::Settings;
use serde::Serialize;
use std::collections::{BTreeSet, HashMap};

/// A list as the popup shows it, with its switch.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS), ts(export))]
pub struct ListInfo {
    /// The key of its switch in the settings: the file name without `.txt`.
    pub id: String,
    /// The list's title.
    pub name: String,
    /// The snapshot's date (ISO 8601), from the list's header or its file.
    pub date: Option<String>,
    pub rules: u32,
    pub on: bool,
}

/// A rule that goes into a page's stylesheet.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS), ts(export))]
pub struct SheetRule {
    /// The rule's number in the compiled lists.
    pub id: u32,
    /// Index of its list in [`PageLists::lists`].
    pub list: u32,
    /// The selector as the list writes it (what the popup's report looks for).
    pub selector: String,
    /// The whole stylesheet rule.
    pub css: String,
    /// A hide (`display: none`), not a `:style()` rule.
    pub hides: bool,
}

/// A procedural rule, for the content script to run on the page's elements.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS), ts(export))]
pub struct ProgramRule {
    pub id: u32,
    pub list: u32,
    /// The filter as the list writes it after `##`.
    pub text: String,
    pub program: Vec<Step>,
    pub action: Action,
}

/// What a page gets at document start.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS), ts(export))]
pub struct PageLists {
    /// Every list of the build, switched on or off.
    pub lists: Vec<ListInfo>,
    pub sheet: Vec<SheetRule>,
    pub procedural: Vec<ProgramRule>,
}

/// The compiled lists with the index of their generic rules.
pub struct Lists {
    compiled: Compiled,
    ids: Vec<String>,
    /// Generic rules sent to every page (no key, or not a plain hide).
    always: Vec<u32>,
    /// Generic plain hides by key (`.class` / `#id`, lower case).
    by_key: HashMap<String, Vec<u32>>,
}

impl Lists {
    pub fn new(compiled: Compiled) -> Lists {
        let mut always = Vec::new();
        let mut by_key: HashMap<String, Vec<u32>> = HashMap::new();
        for &r in &compiled.generic {
            match (compiled.rules.get(r as usize), compiled.rules.get(r as usize).and_then(keys_of_rule)) {
                (Some(Rule::Hide(_)), Some(keys)) => {
                    for k in keys {
                        by_key.entry(k).or_default().push(r);
                    }
                }
                (Some(_), _) => always.push(r),
                (None, _) => {}
            }
        }
        let ids = compiled.lists.iter().map(|l| list_id(&l.file)).collect();
        Lists { compiled, ids, always, by_key }
    }

    pub fn from_json(json: &str) -> Result<Lists, String> {
        let compiled: Compiled = serde_json::from_str(json).map_err(|e| format!("compiled lists: {e}"))?;
        if compiled.format != super::compile::FORMAT {
            return Err(format!(
                "compiled lists: format {} (this Sift reads {})",
                compiled.format,
                super::compile::FORMAT
            ));
        }
        Ok(Lists::new(compiled))
    }

    pub fn rule_count(&self) -> usize {
        self.compiled.rules.len()
    }

    /// Generic rules in every page's first stylesheet, and the keys of the others.
    pub fn generic_split(&self) -> (usize, usize) {
        (self.always.len(), self.by_key.len())
    }

    pub fn infos(&self, settings: &Settings) -> Vec<ListInfo> {
        self.compiled
            .lists
            .iter()
            .zip(&self.ids)
            .map(|(l, id)| ListInfo {
                id: id.clone(),
                name: l.name.clone(),
                date: l.date.clone(),
                rules: l.rules[1] - l.rules[0],
                on: settings.list_on(id),
            })
            .collect()
    }

    /// True when some list of this build is on.
    pub fn any_on(&self, settings: &Settings) -> bool {
        self.ids.iter().any(|id| settings.list_on(id))
    }

    fn list_on(&self, settings: &Settings, rule: u32) -> Option<u32> {
        let l = self.compiled.list_of(rule)?;
        settings.list_on(&self.ids[l]).then_some(l as u32)
    }

    /// The host's own rules and the rules it excepts.
    fn host_sets(&self, host: &str) -> (BTreeSet<u32>, BTreeSet<u32>) {
        let (mut on, mut off) = (BTreeSet::new(), BTreeSet::new());
        for key in lookup_keys(host) {
            if let Some(r) = self.compiled.hosts.get(&key) {
                on.extend(&r.hide);
                off.extend(&r.except);
            }
        }
        (on, off)
    }

    /// What a page on `host` applies from document start.
    pub fn for_host(&self, host: &str, settings: &Settings) -> PageLists {
        let mut out = PageLists { lists: self.infos(settings), ..Default::default() };
        if settings.is_paused(host) {
            return out;
        }
        let (on, off) = self.host_sets(host);
        let chosen: BTreeSet<u32> = self.always.iter().copied().chain(on).filter(|r| !off.contains(r)).collect();
        for r in chosen {
            let Some(list) = self.list_on(settings, r) else { continue };
            match &self.compiled.rules[r as usize] {
                Rule::Hide(css) => {
                    out.sheet.push(SheetRule { id: r, list, selector: css.clone(), css: hide_rule(css), hides: true })
                }
                Rule::Style { css, style } => out.sheet.push(SheetRule {
                    id: r,
                    list,
                    selector: css.clone(),
                    css: style_rule(css, style),
                    hides: false,
                }),
                rule @ Rule::Program { program, action } => out.procedural.push(ProgramRule {
                    id: r,
                    list,
                    text: rule.text(),
                    program: program.clone(),
                    action: action.clone(),
                }),
            }
        }
        out
    }

    /// The generic hides a page on `host` needs for the elements named in its survey (`tag id class role`).
    pub fn for_names(&self, host: &str, names: &[String], settings: &Settings) -> Vec<SheetRule> {
        if self.by_key.is_empty() || settings.is_paused(host) {
            return Vec::new();
        }
        let mut found: BTreeSet<u32> = BTreeSet::new();
        let mut seen_keys: BTreeSet<String> = BTreeSet::new();
        for name in names {
            for key in sheet::keys_of_name(name) {
                if let Some(rules) = self.by_key.get(&key) {
                    if seen_keys.insert(key) {
                        found.extend(rules);
                    }
                }
            }
        }
        if found.is_empty() {
            return Vec::new();
        }
        let (_, off) = self.host_sets(host);
        found
            .into_iter()
            .filter(|r| !off.contains(r))
            .filter_map(|r| {
                let list = self.list_on(settings, r)?;
                let Rule::Hide(css) = &self.compiled.rules[r as usize] else { return None };
                Some(SheetRule { id: r, list, selector: css.clone(), css: hide_rule(css), hides: true })
            })
            .collect()
    }
}

fn keys_of_rule(rule: &Rule) -> Option<Vec<String>> {
    match rule {
        Rule::Hide(css) => sheet::key_of(css),
        _ => None,
    }
}

/// A list's switch key: its file name without the `.txt`.
pub fn list_id(file: &str) -> String {
    file.strip_suffix(".txt").unwrap_or(file).to_ascii_lowercase()
}

#[cfg(test)]
mod tests {
    use super::super::compile::{compile, ListInput};
    use super::super::parse_list;
    use super::*;
    use serde_json::json;

    const COOKIES: &str = "! Title: Cookie list\n! Last modified: Fri, 21 Aug 2026 12:33:05 +0000\n\
##.cookie-note\n##[data-cookie-popup]\n##.a, .b\n##.c, [data-x]\nnews.example##.paywall-box\n\
news.example#@#.cookie-note\nnews.example#?#.card:has-text(Subscribe now):upward(2)\n\
news.example##html:style(overflow: auto !important)\n~other.example##.only-elsewhere\n";
    const NEWS: &str = "! Title: News list\nnews.example,~shop.news.example##.nl-popup\n##.nl-popup\n";

    fn lists() -> Lists {
        let a = parse_list(COOKIES);
        let b = parse_list(NEWS);
        let (c, _) = compile(&[
            ListInput { file: "cookies.txt".into(), parsed: &a, fallback_date: None },
            ListInput { file: "news.txt".into(), parsed: &b, fallback_date: Some("2026-01-02".into()) },
        ]);
        Lists::from_json(&serde_json::to_string(&c).expect("json")).expect("loads")
    }

    fn selectors(rules: &[SheetRule]) -> Vec<&str> {
        rules.iter().map(|r| r.selector.as_str()).collect()
    }

    #[test]
    fn a_host_gets_its_rules_and_the_unkeyed_generic_ones_at_document_start() {
        let l = lists();
        let p = l.for_host("www.news.example", &Settings::default());
        assert_eq!(
            selectors(&p.sheet),
            ["[data-cookie-popup]", ".c, [data-x]", ".paywall-box", "html", ".nl-popup"],
            "keyed generic rules wait for the survey; the host's own rules come at once"
        );
        let style = p.sheet.iter().find(|r| r.selector == "html").expect("style rule");
        assert!(!style.hides);
        assert_eq!(style.css, "html{overflow: auto !important;}");
        assert_eq!(p.procedural.len(), 1);
        assert_eq!(p.procedural[0].text, ".card:has-text(Subscribe now):upward(2)");
        assert_eq!(p.lists.len(), 2);
        assert_eq!((p.lists[0].id.as_str(), p.lists[0].name.as_str()), ("cookies", "Cookie list"));
        assert_eq!(p.lists[0].date.as_deref(), Some("2026-08-21T12:33:05Z"));
        assert_eq!(p.lists[1].date.as_deref(), Some("2026-01-02"));
        assert!(p.lists.iter().all(|l| l.on));
        assert_eq!(p.sheet.iter().find(|r| r.selector == ".nl-popup").map(|r| r.list), Some(1));
        // The parent of the host does not get the host's rules; the excluded subdomain does not either.
        assert!(!selectors(&l.for_host("shop.news.example", &Settings::default()).sheet).contains(&".nl-popup"));
    }

    #[test]
    fn the_survey_brings_the_generic_rules_its_names_ask_for_minus_the_hosts_exceptions() {
        let l = lists();
        let names = ["div  cookie-note big ".to_string(), "p  B ".to_string(), "span  only-elsewhere ".to_string()];
        let elsewhere = l.for_names("blog.example", &names, &Settings::default());
        assert_eq!(selectors(&elsewhere), [".cookie-note", ".a, .b", ".only-elsewhere"]);
        assert_eq!(elsewhere[0].css, ".cookie-note:not([data-sift-show]){display:none!important}");
        let on_news = l.for_names("news.example", &names, &Settings::default());
        assert_eq!(selectors(&on_news), [".a, .b", ".only-elsewhere"], "news.example excepts .cookie-note");
        assert!(selectors(&l.for_names("other.example", &names, &Settings::default()))
            .iter()
            .all(|s| *s != ".only-elsewhere"));
        assert!(l.for_names("blog.example", &["div nothing here ".to_string()], &Settings::default()).is_empty());
    }

    #[test]
    fn a_list_switched_off_or_a_paused_site_gets_nothing_from_it() {
        let l = lists();
        let off = Settings::decode(&json!({"lists": {"cookies": false}})).settings;
        let p = l.for_host("news.example", &off);
        assert_eq!(selectors(&p.sheet), [".nl-popup"]);
        assert!(p.procedural.is_empty());
        assert!(!p.lists[0].on && p.lists[1].on);
        assert!(l.for_names("blog.example", &["div  cookie-note ".to_string()], &off).is_empty());
        assert!(l.any_on(&off));
        let none = Settings::decode(&json!({"lists": {"cookies": false, "news": false}})).settings;
        assert!(!l.any_on(&none));
        let paused = Settings::default().with_paused("news.example", true);
        let p = l.for_host("news.example", &paused);
        assert!(p.sheet.is_empty() && p.procedural.is_empty() && p.lists.len() == 2);
    }

    #[test]
    fn a_wrong_format_is_refused_with_its_number() {
        let err = Lists::from_json(r#"{"format": 99, "lists": [], "rules": [], "generic": [], "hosts": {}}"#)
            .err()
            .expect("refused");
        assert!(err.contains("format 99"), "{err}");
        assert!(Lists::from_json("[]").is_err());
    }
}
