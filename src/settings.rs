//! The reader's settings (stored in `storage.sync`): categories and rules on or off, sites paused, and the
//! reader's own "hide this" rules per site. Decoding never fails: a broken or old settings object is repaired
//! field by field, and every repair is reported so the popup can show a notice. What the reader set and is
//! still valid is always kept.

use crate::model::Category;
use crate::rules::{self, Rule};
use serde::Serialize;
use serde_json::{Map, Value};
use std::collections::BTreeMap;

/// Version 2: wording rules are per language. A version-1 object is read as it was meant (see [`migrate_v1`]).
pub const VERSION: u64 = 2;

/// A site's "hide this" rules are at most this many, so the settings fit `storage.sync`'s 8 KB per item.
pub const MAX_USER_RULES_PER_SITE: usize = 32;
/// A picked selector longer than this is refused (the picker makes much shorter ones).
pub const MAX_SELECTOR_LEN: usize = 256;

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS), ts(export))]
pub struct Settings {
    pub version: u64,
    /// Category switches; a missing category is on.
    pub categories: BTreeMap<String, bool>,
    /// Rule switches that differ from (or restate) the rule's default.
    pub rules: BTreeMap<String, bool>,
    /// Hostnames where Sift does nothing.
    pub paused: Vec<String>,
    /// The reader's "hide this" rules: hostname -> CSS selectors hidden there from the start of every visit.
    /// Each selector passed [`check_selector`], so it cannot reach outside its own rule in a stylesheet.
    pub user_rules: BTreeMap<String, Vec<String>>,
    /// Filter list switches by list id (the list's file name without `.txt`); a missing list is on. Kept
    /// for lists this build does not have, so a switch set under another build is not lost.
    pub lists: BTreeMap<String, bool>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            version: VERSION,
            categories: Category::ALL.iter().map(|c| (c.as_str().to_string(), true)).collect(),
            rules: BTreeMap::new(),
            paused: Vec::new(),
            user_rules: BTreeMap::new(),
            lists: BTreeMap::new(),
        }
    }
}

/// The result of decoding: usable settings plus what had to be repaired.
#[derive(Clone, Debug, Serialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS), ts(export))]
pub struct Decoded {
    pub settings: Settings,
    pub repairs: Vec<String>,
}

impl Settings {
    pub fn category_on(&self, c: Category) -> bool {
        self.categories.get(c.as_str()).copied().unwrap_or(true)
    }

    pub fn rule_on(&self, rule: &Rule) -> bool {
        self.category_on(rule.category) && self.rules.get(rule.id).copied().unwrap_or(rule.default_on)
    }

    /// Whether the filter list `id` applies (lists are on unless switched off).
    pub fn list_on(&self, id: &str) -> bool {
        self.lists.get(id).copied().unwrap_or(true)
    }

    pub fn is_paused(&self, host: &str) -> bool {
        let host = host.trim().to_ascii_lowercase();
        self.paused.contains(&host)
    }

    /// These settings with `host` added to or taken off the paused sites.
    pub fn with_paused(&self, host: &str, paused: bool) -> Settings {
        let mut s = self.clone();
        if let Some(h) = normalise_host(host) {
            s.paused.retain(|p| *p != h);
            if paused {
                s.paused.push(h);
            }
        }
        s
    }

    /// The reader's rules for `host` (none when the host is not a hostname).
    pub fn user_rules_for(&self, host: &str) -> &[String] {
        normalise_host(host).and_then(|h| self.user_rules.get(&h)).map_or(&[], Vec::as_slice)
    }

    /// These settings with a "hide this" rule added for `host`; an error that says why when the host or the
    /// selector is refused, or the site has too many rules. Adding a rule twice lists it once.
    pub fn with_user_rule(&self, host: &str, selector: &str) -> Result<Settings, String> {
        let h = normalise_host(host).ok_or_else(|| format!("{host:?} is not a hostname"))?;
        let sel = check_selector(selector)?;
        let mut s = self.clone();
        let list = s.user_rules.entry(h).or_default();
        if !list.contains(&sel) {
            if list.len() >= MAX_USER_RULES_PER_SITE {
                return Err(format!("this site already has {MAX_USER_RULES_PER_SITE} rules; remove one first"));
            }
            list.push(sel);
        }
        Ok(s)
    }

    /// These settings without the rule `selector` for `host` (a site left with no rules is dropped).
    pub fn without_user_rule(&self, host: &str, selector: &str) -> Settings {
        let mut s = self.clone();
        if let Some(h) = normalise_host(host) {
            if let Some(list) = s.user_rules.get_mut(&h) {
                list.retain(|x| x != selector.trim());
                if list.is_empty() {
                    s.user_rules.remove(&h);
                }
            }
        }
        s
    }

    /// Decodes whatever is stored, keeping every valid field and repairing the rest.
    pub fn decode(value: &Value) -> Decoded {
        let mut s = Settings::default();
        let mut repairs = Vec::new();
        let obj = match value {
            Value::Object(o) => o,
            Value::Null => return Decoded { settings: s, repairs },
            other => {
                repairs.push(format!("settings were not an object ({}); defaults restored", kind_of(other)));
                return Decoded { settings: s, repairs };
            }
        };
        let mut v1 = false;
        match obj.get("version") {
            Some(Value::Number(n)) if n.as_u64() == Some(VERSION) => {}
            Some(Value::Number(n)) if n.as_u64() == Some(1) => v1 = true,
            Some(Value::Number(n)) if n.as_u64().is_some_and(|v| v > VERSION) => repairs
                .push(format!("settings version {n} is newer than this Sift ({VERSION}); read as version {VERSION}")),
            None => {}
            Some(other) => repairs.push(format!("settings version {other} unknown; read as version {VERSION}")),
        }
        decode_categories(obj, &mut s, &mut repairs);
        decode_rules(obj, &mut s, &mut repairs);
        decode_paused(obj, &mut s, &mut repairs);
        decode_user_rules(obj, &mut s, &mut repairs);
        decode_lists(obj, &mut s, &mut repairs);
        if v1 {
            migrate_v1(&mut s);
        }
        Decoded { settings: s, repairs }
    }

    pub fn to_json(&self) -> Value {
        serde_json::to_value(self).unwrap_or(Value::Null)
    }
}

fn decode_categories(obj: &Map<String, Value>, s: &mut Settings, repairs: &mut Vec<String>) {
    match obj.get("categories") {
        None => {}
        Some(Value::Object(cats)) => {
            for (k, v) in cats {
                match (Category::parse(k), v) {
                    (Some(_), Value::Bool(b)) => {
                        s.categories.insert(k.clone(), *b);
                    }
                    (Some(_), other) => {
                        repairs.push(format!("category {k}: {} is not true/false; kept on", kind_of(other)))
                    }
                    (None, _) => repairs.push(format!("unknown category {k:?} dropped")),
                }
            }
        }
        Some(other) => repairs.push(format!("categories were {}; all kept on", kind_of(other))),
    }
}

fn decode_rules(obj: &Map<String, Value>, s: &mut Settings, repairs: &mut Vec<String>) {
    match obj.get("rules") {
        None => {}
        Some(Value::Object(rs)) => {
            for (k, v) in rs {
                match (rules::find(k), v) {
                    (Some(_), Value::Bool(b)) => {
                        s.rules.insert(k.clone(), *b);
                    }
                    (Some(r), other) => repairs.push(format!(
                        "rule {k}: {} is not true/false; default ({}) used",
                        kind_of(other),
                        if r.default_on { "on" } else { "off" }
                    )),
                    (None, _) => repairs.push(format!("unknown rule {k:?} dropped")),
                }
            }
        }
        Some(other) => repairs.push(format!("rules were {}; defaults used", kind_of(other))),
    }
}

/// In version 1 a wording rule such as `donation.reader-support` held every language's wording; now each
/// language has its own rule (`donation.reader-support.de`, …). A reader who switched the old rule off meant the
/// ask gone whatever its language, so each language's rule that the object does not set is switched off too.
/// Not a repair: nothing was wrong with the object, and an exported version-1 file still imports.
fn migrate_v1(s: &mut Settings) {
    let off: Vec<String> = s.rules.iter().filter(|(_, on)| !**on).map(|(k, _)| k.clone()).collect();
    for id in off {
        for lang in rules::Lang::ALL {
            let sibling = format!("{id}.{}", lang.as_str());
            if rules::find(&sibling).is_some() {
                s.rules.entry(sibling).or_insert(false);
            }
        }
    }
}

fn decode_paused(obj: &Map<String, Value>, s: &mut Settings, repairs: &mut Vec<String>) {
    match obj.get("paused") {
        None => {}
        Some(Value::Array(items)) => {
            for item in items {
                match item.as_str().map(normalise_host) {
                    Some(Some(h)) => {
                        if !s.paused.contains(&h) {
                            s.paused.push(h);
                        }
                    }
                    _ => repairs.push(format!("paused site {item} is not a hostname; dropped")),
                }
            }
        }
        Some(other) => repairs.push(format!("paused sites were {}; none paused", kind_of(other))),
    }
}

fn decode_user_rules(obj: &Map<String, Value>, s: &mut Settings, repairs: &mut Vec<String>) {
    let sites = match obj.get("userRules") {
        None => return,
        Some(Value::Object(sites)) => sites,
        Some(other) => {
            repairs.push(format!("your hide rules were {}, not sites with selectors; dropped", kind_of(other)));
            return;
        }
    };
    for (site, list) in sites {
        let Some(host) = normalise_host(site) else {
            repairs.push(format!("hide rules for {site:?} dropped: not a hostname"));
            continue;
        };
        let Value::Array(items) = list else {
            repairs.push(format!("hide rules for {host} were {}, not a list of selectors; dropped", kind_of(list)));
            continue;
        };
        let mut kept: Vec<String> = s.user_rules.remove(&host).unwrap_or_default();
        for item in items {
            let checked = match item {
                Value::String(sel) => check_selector(sel),
                other => Err(format!("{} is not a selector", kind_of(other))),
            };
            match checked {
                Ok(sel) if kept.contains(&sel) => {}
                Ok(_) if kept.len() >= MAX_USER_RULES_PER_SITE => repairs
                    .push(format!("hide rule for {host} {item} dropped: more than {MAX_USER_RULES_PER_SITE} rules")),
                Ok(sel) => kept.push(sel),
                Err(why) => repairs.push(format!("hide rule for {host} {item} dropped: {why}")),
            }
        }
        if !kept.is_empty() {
            s.user_rules.insert(host, kept);
        }
    }
}

fn decode_lists(obj: &Map<String, Value>, s: &mut Settings, repairs: &mut Vec<String>) {
    match obj.get("lists") {
        None => {}
        Some(Value::Object(lists)) => {
            for (k, v) in lists {
                match (is_list_id(k), v) {
                    (true, Value::Bool(b)) => {
                        s.lists.insert(k.clone(), *b);
                    }
                    (true, other) => {
                        repairs.push(format!("filter list {k}: {} is not true/false; kept on", kind_of(other)))
                    }
                    (false, _) => repairs.push(format!("filter list switch {k:?} dropped: not a list name")),
                }
            }
        }
        Some(other) => repairs.push(format!("filter list switches were {}; all lists kept on", kind_of(other))),
    }
}

/// A list id as the build writes it: a file name without `.txt`, lower case.
fn is_list_id(id: &str) -> bool {
    (1..=64).contains(&id.len())
        && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'-' | b'_' | b'.'))
}

/// Checks a "hide this" selector before it is stored or written into a stylesheet as `selector{display:none}`:
/// returns it trimmed, or why it is refused. The browser checks that it parses as a selector; this check makes
/// sure it stays inside its own rule whatever the browser makes of it (no braces, no `;` or `@` that could
/// start another rule or an import, brackets, parentheses and quotes balanced, no comment) and that it does not
/// blank the whole page.
pub fn check_selector(selector: &str) -> Result<String, String> {
    let sel = selector.trim();
    if sel.is_empty() {
        return Err("the selector is empty".into());
    }
    if sel.chars().count() > MAX_SELECTOR_LEN {
        return Err(format!("the selector is longer than {MAX_SELECTOR_LEN} characters"));
    }
    if sel.starts_with('@') {
        return Err("a selector cannot start with @".into());
    }
    if sel.contains("/*") || sel.contains("*/") {
        return Err("the selector contains a comment".into());
    }
    let mut open: Vec<char> = Vec::new();
    let mut quote: Option<char> = None;
    let mut chars = sel.chars();
    while let Some(c) = chars.next() {
        if c.is_control() {
            return Err("the selector contains a control character".into());
        }
        if c == '\\' {
            match chars.next() {
                Some(e) if !e.is_control() => continue,
                _ => return Err("the selector ends in an unfinished escape".into()),
            }
        }
        if let Some(q) = quote {
            if c == q {
                quote = None;
            }
            continue;
        }
        match c {
            '"' | '\'' => quote = Some(c),
            '{' | '}' => return Err("a selector cannot contain { or }".into()),
            ';' => return Err("a selector cannot contain ; outside quotes".into()),
            '[' | '(' => open.push(c),
            ']' | ')' => {
                let want = if c == ']' { '[' } else { '(' };
                if open.pop() != Some(want) {
                    return Err(format!("{c} closes nothing that is open"));
                }
            }
            _ => {}
        }
    }
    if quote.is_some() {
        return Err("a quote is not closed".into());
    }
    if let Some(c) = open.last() {
        return Err(format!("{c} is not closed"));
    }
    // Compared without white space and child combinators: "html > body" and "HTML body" are one.
    let whole_page = ["html", "body", "*", ":root", "htmlbody", "body*", "html*", ":rootbody", ":root*"];
    let blanks_page = |part: &str| {
        let key: String =
            part.chars().filter(|c| !c.is_whitespace() && *c != '>').map(|c| c.to_ascii_lowercase()).collect();
        whole_page.contains(&key.as_str())
    };
    if sel.split(',').any(blanks_page) {
        return Err("it would hide the whole page".into());
    }
    Ok(sel.to_string())
}

/// A hostname as the reader's browser shows it, lower-cased; `None` for anything that is not one.
pub fn normalise_host(h: &str) -> Option<String> {
    let h = h.trim().to_ascii_lowercase();
    let ok = !h.is_empty()
        && h.len() <= 253
        && h.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'));
    ok.then_some(h)
}

fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn missing_settings_mean_everything_on() {
        let d = Settings::decode(&Value::Null);
        assert!(d.repairs.is_empty());
        assert!(Category::ALL.iter().all(|c| d.settings.category_on(*c)));
    }

    #[test]
    fn valid_choices_survive_next_to_broken_ones() {
        let d = Settings::decode(&json!({
            "version": 1,
            "categories": {"donation": false, "login": "yes", "bogus": true},
            "rules": {"notification.push-prompt": false, "nope.rule": false},
            "paused": ["Example.COM", 42, "example.com"]
        }));
        let s = &d.settings;
        assert!(!s.category_on(Category::Donation));
        assert!(s.category_on(Category::Login));
        assert!(!s.rule_on(rules::find("notification.push-prompt").expect("rule")));
        assert_eq!(s.paused, vec!["example.com".to_string()]);
        assert!(s.is_paused("example.com"));
        assert_eq!(d.repairs.len(), 4, "{:?}", d.repairs);
    }

    #[test]
    fn an_english_rule_switched_off_in_version_1_stays_off_in_every_language() {
        let d = Settings::decode(&json!({
            "version": 1,
            "rules": {"donation.reader-support": false, "login.wall.fr": true, "cookie.consent": true}
        }));
        assert!(d.repairs.is_empty(), "{:?}", d.repairs);
        let on = |id: &str| d.settings.rule_on(rules::find(id).expect("rule"));
        for id in ["donation.reader-support", "donation.reader-support.de", "donation.reader-support.pt"] {
            assert!(!on(id), "{id} should be off");
        }
        assert!(on("login.wall.fr") && on("login.wall.de") && on("cookie.consent.es"));
        // Saved again, the settings are version 2 and read the same without the migration.
        let again = Settings::decode(&d.settings.to_json());
        assert_eq!(again.settings, d.settings);
        assert!(again.settings.version == VERSION && VERSION == 2);
        // In version 2 the languages are separate switches.
        let v2 = Settings::decode(&json!({"version": 2, "rules": {"donation.reader-support": false}}));
        assert!(v2.settings.rule_on(rules::find("donation.reader-support.de").expect("rule")));
    }

    #[test]
    fn pausing_a_site_twice_lists_it_once_and_unpausing_keeps_the_others() {
        let s = Settings::default().with_paused("News.Example", true).with_paused("news.example", true);
        assert_eq!(s.paused, vec!["news.example".to_string()]);
        let s = s.with_paused("other.example", true).with_paused("NEWS.example", false);
        assert_eq!(s.paused, vec!["other.example".to_string()]);
    }

    #[test]
    fn a_non_object_is_reset_with_a_notice() {
        let d = Settings::decode(&json!("garbage"));
        assert_eq!(d.settings, Settings::default());
        assert_eq!(d.repairs.len(), 1);
    }

    #[test]
    fn a_rule_is_off_when_its_category_is_off() {
        let d = Settings::decode(&json!({"categories": {"claims": false}}));
        assert!(!d.settings.rule_on(rules::find("claims.anon_source").expect("rule")));
    }

    #[test]
    fn decoding_its_own_output_changes_nothing() {
        let d = Settings::decode(&json!({"categories": {"cookie": false}, "paused": ["a.b"]}));
        let again = Settings::decode(&d.settings.to_json());
        assert_eq!(again.settings, d.settings);
        assert!(again.repairs.is_empty());
    }

    #[test]
    fn user_rules_are_kept_per_site_and_broken_ones_dropped_with_a_reason() {
        let d = Settings::decode(&json!({
            "userRules": {
                "News.Example": ["aside.promo", " #x ", "aside.promo", "a[", "div{}body", 7],
                "not a host!": ["p"],
                "other.example": "p",
                "empty.example": ["body"]
            }
        }));
        let s = &d.settings;
        assert_eq!(s.user_rules_for("news.example"), ["aside.promo".to_string(), "#x".to_string()]);
        assert_eq!(s.user_rules.len(), 1, "{:?}", s.user_rules);
        let all = d.repairs.join("\n");
        assert_eq!(d.repairs.len(), 6, "{all}");
        assert!(all.contains(r#"hide rule for news.example "a[" dropped: [ is not closed"#), "{all}");
        assert!(all.contains("cannot contain { or }"), "{all}");
        assert!(all.contains("a number is not a selector"), "{all}");
        assert!(all.contains("not a hostname"), "{all}");
        assert!(all.contains("other.example were a string"), "{all}");
        assert!(all.contains("would hide the whole page"), "{all}");
    }

    #[test]
    fn user_rules_of_the_wrong_type_are_dropped_and_the_rest_kept() {
        let d = Settings::decode(&json!({"categories": {"cookie": false}, "userRules": ["p"]}));
        assert!(d.settings.user_rules.is_empty());
        assert!(!d.settings.category_on(Category::Cookie));
        assert_eq!(d.repairs.len(), 1, "{:?}", d.repairs);
    }

    #[test]
    fn selectors_that_could_leave_their_rule_are_refused() {
        for ok in [
            "div.promo",
            "#a > .b:nth-of-type(2)",
            r#"a[href*="x;y{z}"]"#,
            "p:not(.x, .y)",
            r"div.a\:b",
            "section:has(> h2)",
        ] {
            assert!(check_selector(ok).is_ok(), "{ok}: {:?}", check_selector(ok));
        }
        for bad in [
            "",
            "   ",
            "a[",
            "a)",
            "p:not(.x",
            "a[title='x]",
            "div{}body",
            "}",
            "p;q",
            "@import url(x)",
            "p /* c */",
            "a\nb",
            "x\\",
            "HTML > Body",
            "p, *",
            ":root",
        ] {
            assert!(check_selector(bad).is_err(), "{bad:?} was accepted");
        }
        assert!(check_selector(&"a".repeat(MAX_SELECTOR_LEN + 1)).is_err());
        assert_eq!(check_selector("  .x  ").as_deref(), Ok(".x"));
    }

    #[test]
    fn adding_and_removing_user_rules() {
        let s = Settings::default().with_user_rule("News.Example", ".ad").expect("valid");
        let s = s.with_user_rule("news.example", " .ad ").expect("again");
        assert_eq!(s.user_rules_for("NEWS.EXAMPLE"), [".ad".to_string()]);
        assert!(s.with_user_rule("news.example", "a[").is_err());
        assert!(s.with_user_rule("not a host", ".ad").is_err());
        let mut full = s.clone();
        for i in 1..MAX_USER_RULES_PER_SITE {
            full = full.with_user_rule("news.example", &format!(".r{i}")).expect("room");
        }
        let err = full.with_user_rule("news.example", ".one-more").expect_err("full");
        assert!(err.contains("remove one"), "{err}");
        let s = s.with_user_rule("b.example", "#x").expect("valid").without_user_rule("news.example", ".ad");
        assert!(s.user_rules_for("news.example").is_empty());
        assert!(!s.user_rules.contains_key("news.example"), "a site with no rules is dropped");
        assert_eq!(s.user_rules_for("b.example"), ["#x".to_string()]);
    }

    #[test]
    fn too_many_rules_for_a_site_are_cut_with_a_notice() {
        let many: Vec<String> = (0..MAX_USER_RULES_PER_SITE + 3).map(|i| format!(".r{i}")).collect();
        let d = Settings::decode(&json!({"userRules": {"a.example": many}}));
        assert_eq!(d.settings.user_rules_for("a.example").len(), MAX_USER_RULES_PER_SITE);
        assert_eq!(d.repairs.len(), 3);
    }

    #[test]
    fn list_switches_are_kept_even_for_lists_this_build_lacks() {
        let d = Settings::decode(&json!({
            "lists": {"easylist-cookies": false, "some-future-list": true, "Bad Name": false, "annoyances-others": "off"},
            "categories": {"cookie": false}
        }));
        let s = &d.settings;
        assert!(!s.list_on("easylist-cookies"));
        assert!(s.list_on("annoyances-others"), "a broken switch is repaired to on");
        assert!(s.list_on("never-mentioned"));
        assert_eq!(s.lists.get("some-future-list"), Some(&true));
        assert!(!s.category_on(Category::Cookie), "the rest is kept");
        assert_eq!(d.repairs.len(), 2, "{:?}", d.repairs);
        let again = Settings::decode(&s.to_json());
        assert_eq!(again.settings, *s);
        assert!(again.repairs.is_empty());
        let d = Settings::decode(&json!({"lists": ["easylist-cookies"]}));
        assert!(d.settings.lists.is_empty());
        assert_eq!(d.repairs.len(), 1);
    }

    #[test]
    fn user_rules_round_trip_through_their_own_output() {
        let s = Settings::default().with_user_rule("a.example", "div.x > p").expect("valid");
        let json = s.to_json();
        assert_eq!(json["userRules"]["a.example"][0], "div.x > p");
        let again = Settings::decode(&json);
        assert_eq!(again.settings, s);
        assert!(again.repairs.is_empty(), "{:?}", again.repairs);
    }
}
