//! The obstacle classifier over arbitrary candidate chains (as the content script would send them): never
//! panics, and every verdict points at an element that exists, with a confidence in 0..=1.
#![no_main]
use libfuzzer_sys::fuzz_target;
use sift::engine::Engine;
use sift::model::ElementFacts;
use sift::settings::Settings;
use std::sync::OnceLock;

static ENGINE: OnceLock<Engine> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let Ok(chains) = serde_json::from_slice::<Vec<Vec<ElementFacts>>>(data) else { return };
    let engine = ENGINE.get_or_init(Engine::new);
    for v in engine.classify(&chains, &Settings::default()) {
        let chain = chains.get(v.chain as usize).expect("verdict names a chain that does not exist");
        assert!((v.level as usize) < chain.len(), "verdict level {} past chain of {}", v.level, chain.len());
        assert!(v.confidence.is_finite() && (0.0..=1.0).contains(&v.confidence), "confidence {}", v.confidence);
    }
});
