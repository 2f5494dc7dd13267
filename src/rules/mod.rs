//! The rule catalog: every signal Sift can act on, as data with a stable id. The popup renders it (through
//! the wasm module), the settings refer to its ids, and the detectors compile their patterns from it, so all
//! three see one source of truth.

mod catalog;

pub use catalog::RULES;

use crate::model::Category;
use serde::Serialize;

/// How a rule recognises its category.
#[derive(Clone, Copy, Debug)]
pub enum Matcher {
    /// Case-insensitive regexes over the visible wording of an element (several languages).
    Wording(&'static [&'static str]),
    /// A regex over `tag id class role` of an element (site chrome names such as `newsletter-signup`).
    Names(&'static str),
    /// A sentence kind of the claims scorer.
    Claim(&'static str),
}

#[derive(Clone, Copy, Debug)]
pub struct Rule {
    pub id: &'static str,
    pub category: Category,
    pub label: &'static str,
    pub description: &'static str,
    pub default_on: bool,
    pub matcher: Matcher,
}

/// The catalog as the popup sees it.
#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CatalogEntry {
    pub id: &'static str,
    pub category: Category,
    pub label: &'static str,
    pub description: &'static str,
    pub default_on: bool,
}

#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CategoryEntry {
    pub id: Category,
    pub label: &'static str,
    pub rules: Vec<CatalogEntry>,
}

/// The catalog grouped by category, in display order.
pub fn catalog() -> Vec<CategoryEntry> {
    Category::ALL
        .into_iter()
        .map(|c| CategoryEntry {
            id: c,
            label: c.label(),
            rules: RULES
                .iter()
                .filter(|r| r.category == c)
                .map(|r| CatalogEntry {
                    id: r.id,
                    category: r.category,
                    label: r.label,
                    description: r.description,
                    default_on: r.default_on,
                })
                .collect(),
        })
        .collect()
}

pub fn find(id: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pattern::Pattern;

    #[test]
    fn rule_ids_are_unique_and_prefixed_by_their_category() {
        let mut seen = std::collections::HashSet::new();
        for r in RULES {
            assert!(seen.insert(r.id), "duplicate rule id {}", r.id);
            assert!(r.id.starts_with(r.category.as_str()), "{} not under {}", r.id, r.category.as_str());
        }
    }

    #[test]
    fn every_pattern_compiles() {
        for r in RULES {
            match r.matcher {
                Matcher::Wording(ps) => ps.iter().for_each(|p| {
                    Pattern::new(&p.replace(r"\b", r"(?-u:\b)")).unwrap_or_else(|e| panic!("{}: {p}: {e}", r.id));
                }),
                Matcher::Names(p) => {
                    Pattern::new(&p.replace(r"\b", r"(?-u:\b)")).unwrap_or_else(|e| panic!("{}: {e}", r.id));
                }
                Matcher::Claim(k) => assert!(crate::claims::ClaimKind::parse(k).is_some(), "{k}"),
            }
        }
    }

    #[test]
    fn patterns_are_lower_case_because_the_text_is_lowercased() {
        // A capital letter in a pattern could never match; an escape such as `\S` is not a letter.
        let without_escapes = |p: &str| {
            let mut out = String::new();
            let mut escaped = false;
            for c in p.chars() {
                if !escaped && c != '\\' {
                    out.push(c);
                }
                escaped = !escaped && c == '\\';
            }
            out
        };
        for r in RULES {
            let ps: Vec<&str> = match r.matcher {
                Matcher::Wording(ps) => ps.to_vec(),
                Matcher::Names(p) => vec![p],
                Matcher::Claim(_) => vec![],
            };
            for p in ps {
                let letters = without_escapes(p);
                assert!(!letters.chars().any(char::is_uppercase), "{}: capital letter in {p}", r.id);
                assert!(!p.contains("(?i)"), "{}: (?i) is not needed: {p}", r.id);
            }
        }
    }

    #[test]
    fn every_category_has_rules_in_the_catalog() {
        for entry in catalog() {
            assert!(!entry.rules.is_empty(), "{:?} has no rules", entry.id);
        }
    }
}
