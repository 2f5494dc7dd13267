//! The wording and name prefilters (the rule catalog's pattern sets, run on lowercased text) over arbitrary
//! text: never panics; matching ignores case (the text and its lowercase match the same rules); and every
//! rule the set reports is also found by that rule's own pattern, which quotes a non-empty cue from the text.
#![no_main]
use libfuzzer_sys::fuzz_target;
use sift::nags::Matchers;
use sift::settings::Settings;
use std::sync::OnceLock;

static MATCHERS: OnceLock<Matchers> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let m = MATCHERS.get_or_init(Matchers::new);
    let settings = Settings::default();
    let lower = text.to_lowercase();
    assert_eq!(m.wording_categories(&text, &settings), m.wording_categories(&lower, &settings), "case changed the wording verdict");
    assert_eq!(m.name_categories(&text, &settings), m.name_categories(&lower, &settings), "case changed the name verdict");
    for hit in m.wording_hits_all(&text, &settings) {
        assert!(!hit.cue.is_empty(), "rule {} reported by the set but not found by its own pattern", hit.rule);
        assert!(lower.contains(&hit.cue), "cue {:?} is not in the text", hit.cue);
    }
});
