//! Settings decoding over arbitrary JSON: never panics, and decoding its own output is a fixed point with
//! no repairs (what the popup stores must read back unchanged).
#![no_main]
use libfuzzer_sys::fuzz_target;
use sift::settings::Settings;

fuzz_target!(|data: &[u8]| {
    let Ok(value) = serde_json::from_slice::<serde_json::Value>(data) else { return };
    let decoded = Settings::decode(&value);
    let again = Settings::decode(&decoded.settings.to_json());
    assert_eq!(again.settings, decoded.settings, "decoding its own output changed it");
    assert!(again.repairs.is_empty(), "its own output needed repairs: {:?}", again.repairs);
});
