//! What the popup lists as hidden, when both the detector and the lists hid things on a page: each thing
//! once, with its reasons.
//!
//! The content script reports the detector's hides and, for every element a list rule hides, the rules
//! and two facts of the page: which of the detector's hides it is, is inside or holds (`detector`), and
//! the nearest list-hidden element around it (`within`). A list hide that goes with a detector hide is
//! told as that hide's second reason ("also: rule `##.x` from List"), the core's reason first; one inside
//! another list hide is told with the outer one. Show on an item reveals everything told in it.

use crate::model::Category;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// A hide of the detector, as the content script reports it.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS), ts(export))]
pub struct DetectorHide {
    pub id: u32,
    pub category: Category,
    pub reason: String,
    pub confidence: f32,
    pub rules: Vec<String>,
    pub text: String,
}

/// A list rule that hides an element: its list (index into the report's `lists`) and its text after `##`.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS), ts(export))]
pub struct HitRule {
    pub list: u32,
    pub text: String,
}

/// An element list rules hide.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS), ts(export))]
pub struct ListHit {
    /// The content script's number for the element (what Show sends back).
    pub id: u32,
    pub text: String,
    pub rules: Vec<HitRule>,
    /// The detector's hide that is this element, holds it or is inside it.
    #[serde(deserialize_with = "required")]
    pub detector: Option<u32>,
    /// The nearest element around it that list rules hide too.
    #[serde(deserialize_with = "required")]
    pub within: Option<u32>,
}

/// The content script's report of what is hidden.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS), ts(export))]
pub struct HiddenReport {
    pub detector: Vec<DetectorHide>,
    pub lists: Vec<ListHit>,
    /// The names of the build's lists.
    pub list_names: Vec<String>,
}

/// One thing hidden on the page, as the popup lists it.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS), ts(export))]
pub struct HiddenItem {
    /// The detector's hide Show reveals (none when the lists alone hid it).
    pub hide: Option<u32>,
    /// The list-hidden elements Show reveals.
    pub list_hides: Vec<u32>,
    /// The detector's category; none when the lists alone hid it.
    pub category: Option<Category>,
    pub reason: String,
    /// Further reasons: the list rules that hide it too.
    pub also: Vec<String>,
    pub confidence: Option<f32>,
    /// Catalog rules of the detector's verdict.
    pub rules: Vec<String>,
    pub text: String,
}

fn required<'de, D: serde::Deserializer<'de>, T: Deserialize<'de>>(d: D) -> Result<Option<T>, D::Error> {
    Option::<T>::deserialize(d)
}

/// "rule `##.nl-popup` from EasyList – Newsletter Notices".
pub fn rule_reason(rule: &HitRule, names: &[String]) -> String {
    let list = names.get(rule.list as usize).map_or("a filter list", String::as_str);
    format!("rule `##{}` from {list}", rule.text)
}

/// Merges the report into one item per thing hidden: the detector's hides first, in their order, then the
/// things only list rules hide.
pub fn explain(report: &HiddenReport) -> Vec<HiddenItem> {
    let hits: HashMap<u32, &ListHit> = report.lists.iter().map(|h| (h.id, h)).collect();
    let detector_ids: Vec<u32> = report.detector.iter().map(|d| d.id).collect();
    // Where a hit is told: with a detector hide, or with its outermost list-hidden ancestor.
    let home = |hit: &ListHit| -> Home {
        let mut cur = hit;
        for _ in 0..=hits.len() {
            if let Some(d) = cur.detector.filter(|d| detector_ids.contains(d)) {
                return Home::Detector(d);
            }
            match cur.within.and_then(|w| hits.get(&w)) {
                Some(up) if up.id != cur.id => cur = up,
                _ => break,
            }
        }
        Home::List(cur.id)
    };
    let mut by_detector: HashMap<u32, Vec<&ListHit>> = HashMap::new();
    let mut by_root: Vec<(u32, Vec<&ListHit>)> = Vec::new();
    for hit in &report.lists {
        match home(hit) {
            Home::Detector(d) => by_detector.entry(d).or_default().push(hit),
            Home::List(root) => match by_root.iter_mut().find(|(r, _)| *r == root) {
                Some((_, v)) => v.push(hit),
                None => by_root.push((root, vec![hit])),
            },
        }
    }
    let reasons = |group: &[&ListHit]| -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for hit in group {
            for r in &hit.rules {
                let s = rule_reason(r, &report.list_names);
                if !out.contains(&s) {
                    out.push(s);
                }
            }
        }
        out
    };
    let mut items = Vec::new();
    for d in &report.detector {
        let group = by_detector.remove(&d.id).unwrap_or_default();
        items.push(HiddenItem {
            hide: Some(d.id),
            list_hides: group.iter().map(|h| h.id).collect(),
            category: Some(d.category),
            reason: d.reason.clone(),
            also: reasons(&group),
            confidence: Some(d.confidence),
            rules: d.rules.clone(),
            text: d.text.clone(),
        });
    }
    for (root, mut group) in by_root {
        // The outer element first: its rule is the reason, its text what the reader recognises.
        group.sort_by_key(|h| h.id != root);
        let mut all = reasons(&group);
        if all.is_empty() {
            continue;
        }
        let reason = all.remove(0);
        items.push(HiddenItem {
            hide: None,
            list_hides: group.iter().map(|h| h.id).collect(),
            category: None,
            reason,
            also: all,
            confidence: None,
            rules: Vec::new(),
            text: group[0].text.clone(),
        });
    }
    items
}

enum Home {
    Detector(u32),
    List(u32),
}

#[cfg(test)]
mod tests {
    use super::*;

    fn detector(id: u32, category: Category, reason: &str) -> DetectorHide {
        DetectorHide {
            id,
            category,
            reason: reason.into(),
            confidence: 0.9,
            rules: vec![format!("{}.x", category.as_str())],
            text: format!("box {id}"),
        }
    }

    fn hit(id: u32, rules: &[(u32, &str)], detector: Option<u32>, within: Option<u32>) -> ListHit {
        ListHit {
            id,
            text: format!("element {id}"),
            rules: rules.iter().map(|&(list, text)| HitRule { list, text: text.into() }).collect(),
            detector,
            within,
        }
    }

    fn names() -> Vec<String> {
        vec!["uBlock filters – Annoyances".into(), "EasyList – Cookie Notices".into()]
    }

    #[test]
    fn an_element_both_hide_is_told_once_with_the_cores_reason_first() {
        let report = HiddenReport {
            detector: vec![detector(1, Category::Donation, "asks for money"), detector(2, Category::Cookie, "cookies")],
            lists: vec![
                hit(10, &[(0, ".nl-popup")], Some(1), None),
                hit(11, &[(1, "#cookie-law"), (0, ".nl-popup")], Some(1), Some(10)),
            ],
            list_names: names(),
        };
        let items = explain(&report);
        assert_eq!(items.len(), 2, "{items:#?}");
        assert_eq!(items[0].hide, Some(1));
        assert_eq!(items[0].reason, "asks for money");
        assert_eq!(
            items[0].also,
            [
                "rule `##.nl-popup` from uBlock filters – Annoyances",
                "rule `###cookie-law` from EasyList – Cookie Notices"
            ]
        );
        assert_eq!(items[0].list_hides, [10, 11]);
        assert_eq!(items[1].also, Vec::<String>::new());
        assert_eq!(items[1].category, Some(Category::Cookie));
    }

    #[test]
    fn list_hides_alone_are_told_with_their_rule_and_nested_ones_with_the_outer() {
        let report = HiddenReport {
            detector: vec![],
            lists: vec![
                hit(5, &[(1, "#inner")], None, Some(4)),
                hit(4, &[(0, ".outer")], None, None),
                hit(7, &[(0, ".card:has-text(Subscribe now):upward(2)")], None, None),
            ],
            list_names: names(),
        };
        let items = explain(&report);
        assert_eq!(items.len(), 2, "{items:#?}");
        assert_eq!(items[0].reason, "rule `##.outer` from uBlock filters – Annoyances");
        assert_eq!(items[0].also, ["rule `###inner` from EasyList – Cookie Notices"]);
        assert_eq!(items[0].list_hides, [4, 5]);
        assert_eq!(items[0].text, "element 4");
        assert_eq!(items[0].category, None);
        assert_eq!(
            items[1].reason,
            "rule `##.card:has-text(Subscribe now):upward(2)` from uBlock filters – Annoyances"
        );
    }

    #[test]
    fn a_nested_hit_goes_with_the_detector_hide_of_its_outer_element() {
        let report = HiddenReport {
            detector: vec![detector(3, Category::Newsletter, "newsletter")],
            lists: vec![hit(8, &[(0, ".wrap")], Some(3), None), hit(9, &[(5, ".x")], None, Some(8))],
            list_names: names(),
        };
        let items = explain(&report);
        assert_eq!(items.len(), 1, "{items:#?}");
        assert_eq!(items[0].list_hides, [8, 9]);
        assert_eq!(items[0].also[1], "rule `##.x` from a filter list", "an unknown list index still reads");
    }

    #[test]
    fn links_that_go_nowhere_or_in_circles_end() {
        let report = HiddenReport {
            detector: vec![],
            lists: vec![hit(1, &[(0, ".a")], Some(99), Some(2)), hit(2, &[(0, ".b")], None, Some(1))],
            list_names: names(),
        };
        let items = explain(&report);
        let told: usize = items.iter().map(|i| i.list_hides.len()).sum();
        assert_eq!(told, 2, "{items:#?}");
    }

    #[test]
    fn the_report_is_read_strictly() {
        let bad = serde_json::json!({"detector": [], "lists": [{"id": 1, "text": "", "rules": [], "within": null}], "listNames": []});
        let err = serde_json::from_value::<HiddenReport>(bad).expect_err("detector missing");
        assert!(err.to_string().contains("detector"), "{err}");
    }
}
