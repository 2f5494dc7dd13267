//! One pattern compiled into a forward and a reverse lazy DFA: yes/no, first match and all matches, nothing
//! else (no captures). Every pattern of the core goes through this or `PatternSet`, not the `regex` crate's
//! `Regex`: that one also builds a literal prefilter, a PikeVM, a backtracker and a one-pass DFA per pattern,
//! which cost start-up time on every page and, in wasm, code the browser must compile before the first scan.

use regex_automata::hybrid::regex::{Cache, Regex};
use regex_automata::nfa::thompson;
use regex_automata::Input;
use std::ops::Range;
use std::sync::Mutex;

pub struct Pattern {
    re: Regex,
    /// The lazy DFAs' state caches; a lock so a pattern can be shared, never contended in practice.
    cache: Mutex<Cache>,
}

impl Pattern {
    /// Compile `pattern`. Word boundaries must be ASCII (`(?-u:\b)`): the lazy DFA cannot decide a Unicode
    /// `\b` after a non-ASCII letter, so such a pattern is refused here rather than failing on some page.
    pub fn new(pattern: &str) -> Result<Pattern, String> {
        let re = Regex::builder()
            .thompson(thompson::Config::new().which_captures(thompson::WhichCaptures::None))
            .build(pattern)
            .map_err(|e| crate::pattern::describe(&e))?;
        let cache = Mutex::new(re.create_cache());
        Ok(Pattern { re, cache })
    }

    fn with_cache<T>(&self, f: impl FnOnce(&Regex, &mut Cache) -> T) -> T {
        let mut cache = self.cache.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        f(&self.re, &mut cache)
    }

    pub fn is_match(&self, text: &str) -> bool {
        self.with_cache(|re, cache| re.is_match(cache, Input::new(text)))
    }

    /// Byte range of the leftmost-first match.
    pub fn find(&self, text: &str) -> Option<Range<usize>> {
        self.with_cache(|re, cache| re.find(cache, Input::new(text)).map(|m| m.range()))
    }

    /// Byte ranges of all non-overlapping matches, left to right.
    pub fn find_iter(&self, text: &str) -> Vec<Range<usize>> {
        self.with_cache(|re, cache| re.find_iter(cache, Input::new(text)).map(|m| m.range()).collect())
    }
}

/// An error with its causes, so a refused pattern says why ("error building NFA" alone does not).
pub(crate) fn describe(e: &dyn std::error::Error) -> String {
    let mut out = e.to_string();
    let mut cause = e.source();
    while let Some(c) = cause {
        out.push_str(": ");
        out.push_str(&c.to_string());
        cause = c.source();
    }
    out
}

/// `text` as a pattern that matches it literally.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if r"\.+*?()|[]{}^$#&-~".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_like_a_regex() {
        let p = Pattern::new(r"(?-u:\b)(?:said|says)(?-u:\b)").unwrap();
        assert!(p.is_match("officials said on monday"));
        assert!(!p.is_match("unsaid"));
        assert_eq!(p.find("she says, he said"), Some(4..8));
        assert_eq!(p.find_iter("she says, he said"), vec![4..8, 13..17]);
        assert_eq!(p.find_iter("nothing here"), Vec::<Range<usize>>::new());
    }

    #[test]
    fn leftmost_first_like_the_regex_crate() {
        let p = Pattern::new("according to|according").unwrap();
        assert_eq!(p.find("according to them"), Some(0..12));
    }

    #[test]
    fn non_ascii_text_and_offsets() {
        let p = Pattern::new(r"(?-u:\b)don(?-u:\b)").unwrap();
        assert_eq!(p.find("« faire un don »"), Some(12..15));
    }

    #[test]
    fn bad_patterns_are_errors() {
        assert!(Pattern::new("(unclosed").is_err());
        assert!(Pattern::new(r"\bword\b").is_err());
    }

    #[test]
    fn escaped_text_matches_itself_only() {
        let p = Pattern::new(&escape("u.s. (and) c++")).unwrap();
        assert!(p.is_match("the u.s. (and) c++ team"));
        assert!(!p.is_match("the uxs. (and) c++ team"));
    }
}
