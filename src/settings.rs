//! The reader's settings (stored in `storage.sync`): categories and rules on or off, sites paused.
//! Decoding never fails: a broken or old settings object is repaired field by field, and every repair is
//! reported so the popup can show a notice. What the reader set and is still valid is always kept.

use crate::model::Category;
use crate::rules::{self, Rule};
use serde::Serialize;
use serde_json::{Map, Value};
use std::collections::BTreeMap;

pub const VERSION: u64 = 1;

#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS), ts(export))]
pub struct Settings {
    pub version: u64,
    /// Category switches; a missing category is on.
    pub categories: BTreeMap<String, bool>,
    /// Rule switches that differ from (or restate) the rule's default.
    pub rules: BTreeMap<String, bool>,
    /// Hostnames where Sift does nothing.
    pub paused: Vec<String>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            version: VERSION,
            categories: Category::ALL.iter().map(|c| (c.as_str().to_string(), true)).collect(),
            rules: BTreeMap::new(),
            paused: Vec::new(),
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
        match obj.get("version") {
            Some(Value::Number(n)) if n.as_u64() == Some(VERSION) => {}
            Some(Value::Number(n)) if n.as_u64().is_some_and(|v| v > VERSION) => repairs
                .push(format!("settings version {n} is newer than this Sift ({VERSION}); read as version {VERSION}")),
            None => {}
            Some(other) => repairs.push(format!("settings version {other} unknown; read as version {VERSION}")),
        }
        decode_categories(obj, &mut s, &mut repairs);
        decode_rules(obj, &mut s, &mut repairs);
        decode_paused(obj, &mut s, &mut repairs);
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
}
