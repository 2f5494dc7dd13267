//! The claims scorer over arbitrary sentences and contexts: never panics, the score is a finite number in
//! 0..=1, and a flagged verdict names its kind.
#![no_main]
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

static SCORER: OnceLock<sift::claims::Scorer> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let Some((&flags, rest)) = data.split_first() else { return };
    let sentence = String::from_utf8_lossy(rest);
    let ctx = sift::claims::SentenceContext { has_link: flags & 1 != 0, in_quote_block: flags & 2 != 0 };
    let scorer = SCORER.get_or_init(sift::claims::Scorer::new);
    let v = scorer.score(&sentence, &ctx);
    assert!(v.score.is_finite() && (0.0..=1.0).contains(&v.score), "score {} for {sentence:?}", v.score);
    if v.flagged() {
        assert!(v.kind.is_some(), "flagged without a kind: {v:?}");
    }
});
