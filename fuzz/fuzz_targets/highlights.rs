//! Highlighting over arbitrary text blocks: never panics, and every range is inside its block in UTF-16
//! units (the content script splits text nodes at these offsets).
#![no_main]
use libfuzzer_sys::fuzz_target;
use sift::engine::Engine;
use sift::model::TextBlock;
use sift::settings::Settings;
use std::sync::OnceLock;

static ENGINE: OnceLock<Engine> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let Ok(blocks) = serde_json::from_slice::<Vec<TextBlock>>(data) else { return };
    let engine = ENGINE.get_or_init(Engine::new);
    for h in engine.highlights(&blocks, &Settings::default()) {
        let block = blocks.get(h.block as usize).expect("highlight names a block that does not exist");
        let units = block.text.encode_utf16().count() as u32;
        assert!(h.start < h.end && h.end <= units, "range {}..{} in a block of {units} units", h.start, h.end);
    }
});
