//! A set of patterns compiled into one lazy DFA that answers one question: which of them match this text.
//! Every page builds the rule catalog's sets before its first scan, so their build time is start-up time.
//! The `regex` crate's `RegexSet` also builds a reverse automaton, a prefilter and several other engines per
//! set that a which-patterns-match search never uses; this builds only the forward lazy DFA (about half
//! the build time of the same patterns, measured natively).

use regex_automata::hybrid::dfa::{Cache, DFA};
use regex_automata::nfa::thompson;
use regex_automata::{Anchored, Input, MatchKind, PatternID, PatternSet as Found};
use std::ops::Range;
use std::sync::Mutex;

/// Upper bound of the lazy DFA's state cache. The default (2 MB) is just too small for the rule catalog's
/// wording set over many texts: it was cleared and rebuilt over and over, and determinising states again was
/// 90% of the classifier's time (criterion, 40 corpus pages through one engine: text prefilter 78 -> 7.4 ms,
/// classify 39 -> 4.0 ms with 4 or 16 MB, the same with either). Memory grows only as states are built.
const CACHE_BYTES: usize = 4 << 20;

pub struct PatternSet {
    dfa: DFA,
    /// The lazy DFA's state cache. A lock, not a `RefCell`, so an engine can be shared; the browser and the
    /// command line use it from one thread, so it is never contended.
    cache: Mutex<Cache>,
}

impl PatternSet {
    /// Compile `patterns` (regex syntax, no captures needed). Word boundaries must be ASCII (`(?-u:\b)`): the
    /// lazy DFA cannot decide a Unicode `\b` after a non-ASCII letter, so such a pattern is refused here.
    pub fn new<P: AsRef<str>>(patterns: &[P]) -> Result<PatternSet, String> {
        let dfa = DFA::builder()
            .thompson(thompson::Config::new().which_captures(thompson::WhichCaptures::None))
            // Per-pattern start states let `find` run one pattern of the set without compiling it alone.
            .configure(
                DFA::config().match_kind(MatchKind::All).starts_for_each_pattern(true).cache_capacity(CACHE_BYTES),
            )
            .build_many(patterns)
            .map_err(|e| crate::pattern::describe(&e))?;
        let cache = Mutex::new(dfa.create_cache());
        Ok(PatternSet { dfa, cache })
    }

    pub fn len(&self) -> usize {
        self.dfa.pattern_len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Indices of the patterns that match somewhere in `text`, ascending.
    pub fn matches(&self, text: &str) -> Vec<usize> {
        let mut found = Found::new(self.dfa.pattern_len());
        let mut cache = self.cache.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        // Without Unicode word boundaries and with no cache-clearing limit configured, the lazy DFA cannot
        // quit or give up, so this never fails; were it to, reporting no match leaves the page as it is.
        let searched = self.dfa.try_which_overlapping_matches(&mut cache, &Input::new(text), &mut found);
        debug_assert!(searched.is_ok(), "lazy DFA search failed: {searched:?}");
        found.iter().map(|p| p.as_usize()).collect()
    }

    /// Where pattern `p` matches in `text`: the leftmost start, and the longest match from there. Tries an
    /// anchored search of that one pattern at each character, each ending within a few bytes where the
    /// pattern cannot start; meant for quoting the words that made a rule fire, after `matches` said it does.
    pub fn find(&self, p: usize, text: &str) -> Option<Range<usize>> {
        let pid = PatternID::new(p).ok()?;
        let mut cache = self.cache.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        for (start, _) in text.char_indices() {
            let input = Input::new(text).range(start..).anchored(Anchored::Pattern(pid));
            if let Ok(Some(end)) = self.dfa.try_search_fwd(&mut cache, &input) {
                return Some(start..end.offset());
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reports_every_matching_pattern_once() {
        let set = PatternSet::new(&[r"(?-u:\b)cat(?-u:\b)", "dog", r"fish(?-u:\b)", "c"]).unwrap();
        assert_eq!(set.matches("a cat and a dog and a cat"), vec![0, 1, 3]);
        assert_eq!(set.matches("catalogue"), vec![3]);
        assert!(set.matches("").is_empty());
    }

    #[test]
    fn non_ascii_text_is_searched_to_the_end() {
        let set = PatternSet::new(&[r"(?-u:\b)unterstützen sie(?-u:\b)", r"(?-u:\b)don(?-u:\b)"]).unwrap();
        assert_eq!(set.matches("« bitte » — jetzt: unterstützen sie uns"), vec![0]);
        assert_eq!(set.matches("faire un don à l'équipe"), vec![1]);
    }

    #[test]
    fn finds_where_one_pattern_of_the_set_matches() {
        let set = PatternSet::new(&[r"(?-u:\b)sign in to (?:continue|read)(?-u:\b)", r"(?-u:\b)don(?-u:\b)"]).unwrap();
        let text = "please sign in to read more, or sign in to continue";
        assert_eq!(set.find(0, text).map(|r| &text[r]), Some("sign in to read"));
        assert_eq!(set.find(1, "faire un don à l'équipe"), Some(9..12));
        assert_eq!(set.find(1, "London"), None, "the boundary before a pattern is checked at every start");
        assert_eq!(set.find(7, "anything"), None);
    }

    #[test]
    fn a_bad_pattern_is_an_error_not_a_panic() {
        assert!(PatternSet::new(&["(unclosed"]).is_err());
        // refused rather than silently stopping at the first accented letter
        assert!(PatternSet::new(&[r"\bword\b"]).is_err());
    }
}
