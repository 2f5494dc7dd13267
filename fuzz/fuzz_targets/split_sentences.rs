//! The sentence splitter over arbitrary text: never panics, and every range is a non-empty, in-order slice
//! of the input on char boundaries (the highlighter slices with them).
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut last_end = 0;
    for r in sift::claims::split_sentences(&text) {
        assert!(r.start < r.end, "empty or reversed range {r:?}");
        assert!(r.end <= text.len(), "range {r:?} past the end ({})", text.len());
        assert!(r.start >= last_end, "range {r:?} overlaps the previous one (ended at {last_end})");
        assert!(text.get(r.clone()).is_some(), "range {r:?} is not on char boundaries");
        last_end = r.end;
    }
});
