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
use super::packed::{pack, Packed};
use super::selector::{Action, Step};
use super::sheet::{self, hide_rule, style_rule};
use crate::settings::Settings;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet, HashSet};

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

/// The packed lists, read (see [`super::packed`]).
pub struct Lists {
    packed: Packed,
}

impl Lists {
    /// Reads the packed text (`lists/rules.txt`).
    pub fn from_packed(text: String) -> Result<Lists, String> {
        Ok(Lists { packed: Packed::parse(text)? })
    }

    pub fn new(compiled: &Compiled) -> Lists {
        // Packing never produces text its reader refuses (the tests hold it to that).
        Lists { packed: Packed::parse(pack(compiled)).unwrap_or_else(|_| Packed::empty()) }
    }

    pub fn rule_count(&self) -> usize {
        self.packed.rule_count()
    }

    /// Generic rules in every page's first stylesheet, and the classes and ids indexing the others.
    pub fn generic_split(&self) -> (usize, usize) {
        (self.packed.always.len(), self.packed.key_count())
    }

    pub fn infos(&self, settings: &Settings) -> Vec<ListInfo> {
        self.packed
            .lists
            .iter()
            .map(|l| ListInfo {
                id: l.id.clone(),
                name: l.name.clone(),
                date: l.date.clone(),
                rules: l.rules[1].saturating_sub(l.rules[0]),
                on: settings.list_on(&l.id),
            })
            .collect()
    }

    /// True when some list of this build is on.
    pub fn any_on(&self, settings: &Settings) -> bool {
        self.packed.lists.iter().any(|l| settings.list_on(&l.id))
    }

    /// The index of the list of `rule`, when that list is on.
    fn list_on(&self, settings: &Settings, rule: u32) -> Option<u32> {
        let l = self.packed.list_of(rule)?;
        settings.list_on(&self.packed.lists[l].id).then_some(l as u32)
    }

    /// The host's own rules and the rules it excepts.
    fn host_sets(&self, host: &str) -> (BTreeSet<u32>, BTreeSet<u32>) {
        let (mut on, mut off) = (BTreeSet::new(), BTreeSet::new());
        for key in lookup_keys(host) {
            if let Some((hide, except)) = self.packed.host(&key) {
                on.extend(hide);
                off.extend(except);
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
        let chosen: BTreeSet<u32> = self.packed.always.iter().copied().chain(on).filter(|r| !off.contains(r)).collect();
        for r in chosen {
            let Some(list) = self.list_on(settings, r) else { continue };
            match self.packed.rule(r) {
                Some(Rule::Hide(css)) => {
                    out.sheet.push(SheetRule { id: r, list, css: hide_rule(&css), selector: css, hides: true })
                }
                Some(Rule::Style { css, style }) => out.sheet.push(SheetRule {
                    id: r,
                    list,
                    css: style_rule(&css, &style),
                    selector: css,
                    hides: false,
                }),
                Some(rule @ Rule::Program { .. }) => {
                    let text = rule.text();
                    if let Rule::Program { program, action } = rule {
                        out.procedural.push(ProgramRule { id: r, list, text, program, action });
                    }
                }
                None => {}
            }
        }
        out
    }

    /// The generic hides a page on `host` needs for the elements named in its survey (`tag id class role`).
    pub fn for_names(&self, host: &str, names: &[String], settings: &Settings) -> Vec<SheetRule> {
        if self.packed.key_count() == 0 || settings.is_paused(host) {
            return Vec::new();
        }
        // A page repeats its classes over and over: each is looked up once.
        let tokens: HashSet<(char, &str)> = names.iter().flat_map(|n| sheet::tokens_of_name(n)).collect();
        let keys: HashSet<String> = tokens.into_iter().map(|(k, t)| sheet::key(k, t)).collect();
        let mut found: BTreeMap<u32, String> = BTreeMap::new();
        for key in &keys {
            found.extend(self.packed.keyed(key));
        }
        if found.is_empty() {
            return Vec::new();
        }
        let (_, off) = self.host_sets(host);
        found
            .into_iter()
            .filter(|(r, _)| !off.contains(r))
            .filter_map(|(r, css)| {
                let list = self.list_on(settings, r)?;
                Some(SheetRule { id: r, list, css: hide_rule(&css), selector: css, hides: true })
            })
            .collect()
    }
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
        Lists::from_packed(pack(&c)).expect("loads")
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
    fn document_start_and_survey_together_give_what_the_compiled_lookup_gives() {
        let a = parse_list(COOKIES);
        let b = parse_list(NEWS);
        let (c, _) = compile(&[
            ListInput { file: "cookies.txt".into(), parsed: &a, fallback_date: None },
            ListInput { file: "news.txt".into(), parsed: &b, fallback_date: None },
        ]);
        let l = Lists::from_packed(pack(&c)).expect("loads");
        // A page that has every class and id the generic rules are keyed by.
        let every: Vec<String> = [".cookie-note", ".a", ".b", ".c", ".only-elsewhere", ".nl-popup", ".paywall-box"]
            .iter()
            .map(|k| format!("div  {} ", &k[1..]))
            .collect();
        for host in ["news.example", "www.news.example", "shop.news.example", "other.example", "blog.example"] {
            let page = l.for_host(host, &Settings::default());
            let mut got: Vec<u32> =
                page.sheet.iter().map(|r| r.id).chain(page.procedural.iter().map(|p| p.id)).collect();
            got.extend(l.for_names(host, &every, &Settings::default()).iter().map(|r| r.id));
            got.sort_unstable();
            got.dedup();
            assert_eq!(got, c.lookup(host, |_| true), "{host}");
        }
    }

    #[test]
    fn other_text_is_refused() {
        assert!(Lists::from_packed("[]".into()).is_err());
        assert_eq!(Lists::new(&Compiled::default()).rule_count(), 0);
    }
}
