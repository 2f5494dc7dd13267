//! Shared checks for the per-language wording tests: a widget's text is classified to its category by a rule
//! of its own language, and an article sentence that mentions the same words matches no rule at all.

use super::{Lang, Matcher, RULES};
use crate::model::Category;
use crate::nags::Matchers;
use crate::pattern::Pattern;
use crate::settings::Settings;

/// `asks`: short widget texts with the category each must be classified to; `prose`: article sentences in
/// the same language that must match nothing.
pub fn check_language(lang: Lang, asks: &[(Category, &str)], prose: &[&str]) {
    covers_every_category(asks);
    let m = Matchers::new();
    let s = Settings::default();
    let mut failures = Vec::new();
    for (category, text) in asks {
        let cats: Vec<Category> = m.wording_categories(text, &s).iter().collect();
        let hits = m.wording_hits(text, *category, &s);
        if cats != [*category] {
            failures.push(format!("ask {text:?}: categories {cats:?}, expected [{category:?}]"));
        } else if !hits.iter().any(|h| RULES[h.rule].lang == lang) {
            failures.push(format!("ask {text:?}: matched only by another language's rule"));
        }
    }
    for text in prose {
        let hits = m.wording_hits_all(text, &s);
        if !hits.is_empty() {
            let why: Vec<String> = hits.iter().map(|h| format!("{} on {:?}", RULES[h.rule].id, h.cue)).collect();
            failures.push(format!("prose {text:?} matched: {}", why.join("; ")));
        }
    }
    // Every pattern of the language must be exercised by an ask: a pattern that can never match (a `\b` next
    // to an accented letter, a misplaced `?`) would otherwise go unnoticed.
    let lowered: Vec<String> = asks.iter().map(|(_, t)| t.to_lowercase()).collect();
    for r in RULES.iter().filter(|r| r.lang == lang) {
        if let Matcher::Wording(ps) = r.matcher {
            for p in ps {
                let pattern = Pattern::new(&p.replace(r"\b", r"(?-u:\b)")).expect("catalog patterns compile");
                if !lowered.iter().any(|t| pattern.is_match(t)) {
                    failures.push(format!("no ask exercises {}: {p}", r.id));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}:\n  {}", lang.as_str(), failures.join("\n  "));
}

/// Every hiding category must appear among the asks, so a language cannot silently lose one.
fn covers_every_category(asks: &[(Category, &str)]) {
    for c in Category::HIDING {
        assert!(asks.iter().any(|(a, _)| *a == c), "no ask of category {c:?}");
    }
}
