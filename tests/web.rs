//! The wasm module as the extension's scripts use it, in real headless Chrome and Firefox
//! (`wasm-pack test --headless --chrome` / `--firefox`): the catalog the popup renders, settings repair,
//! obstacle verdicts and highlight offsets in JavaScript's UTF-16 units, and clear errors for bad input.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, JSON, Reflect};
use sift::wasm::{decode_settings, SiftEngine};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn js(json: &str) -> JsValue {
    JSON::parse(json).expect("test JSON")
}

fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &JsValue::from_str(key)).expect("property")
}

#[wasm_bindgen_test]
fn the_popup_catalog_has_every_category_with_its_rules() {
    let catalog = Array::from(&SiftEngine::new().catalog().expect("catalog"));
    let ids: Vec<String> = catalog.iter().map(|c| get(&c, "id").as_string().unwrap_or_default()).collect();
    assert_eq!(ids, ["donation", "notification", "login", "newsletter", "comments", "cookie", "paywall", "claims"]);
    for c in catalog.iter() {
        assert!(Array::from(&get(&c, "rules")).length() > 0);
    }
}

#[wasm_bindgen_test]
fn broken_settings_are_repaired_and_valid_choices_kept() {
    let d = decode_settings(js(r#"{"categories":{"donation":false,"login":"maybe"},"paused":["News.Example",7]}"#))
        .expect("decoded");
    let settings = get(&d, "settings");
    assert_eq!(get(&get(&settings, "categories"), "donation"), JsValue::FALSE);
    assert_eq!(get(&get(&settings, "categories"), "login"), JsValue::TRUE);
    assert_eq!(Array::from(&get(&settings, "paused")).get(0).as_string().as_deref(), Some("news.example"));
    assert_eq!(Array::from(&get(&d, "repairs")).length(), 2);
    let garbage = decode_settings(JsValue::from_f64(42.0)).expect("decoded");
    assert_eq!(Array::from(&get(&garbage, "repairs")).length(), 1);
}

#[wasm_bindgen_test]
fn a_notification_prompt_is_classified_and_a_switched_off_category_is_not() {
    let mut engine = SiftEngine::new();
    let chains = js(r#"[[{"tag":"div","text":"Turn on notifications to get the news first. Allow Not now","textLen":58,
        "buttons":["Allow","Not now"],"position":"fixed","pageTextShare":0.02}]]"#);
    let verdicts = Array::from(&engine.classify(chains.clone()).expect("verdicts"));
    assert_eq!(verdicts.length(), 1);
    assert_eq!(get(&verdicts.get(0), "category").as_string().as_deref(), Some("notification"));
    engine.set_settings(js(r#"{"categories":{"notification":false}}"#)).expect("settings");
    assert_eq!(Array::from(&engine.classify(chains).expect("verdicts")).length(), 0);
}

#[wasm_bindgen_test]
fn wording_prefilter_picks_the_asks_out_of_page_texts() {
    let engine = SiftEngine::new();
    let texts = js(r#"["Home","We use cookies to improve your visit","The council met on Monday.","Sign in to continue reading"]"#);
    assert_eq!(engine.text_hits(texts).expect("hits"), vec![1, 3]);
}

#[wasm_bindgen_test]
fn highlight_offsets_are_javascript_string_offsets() {
    let engine = SiftEngine::new();
    let text = "Le café 🎉 a rouvert. Sources said the owner had been warned twice.";
    let blocks = Array::of1(&js(&format!(r#"{{"text":{}}}"#, serde_json::to_string(text).expect("json"))));
    let hs = Array::from(&engine.highlights(blocks.into()).expect("highlights"));
    assert_eq!(hs.length(), 1);
    let (start, end) = (get(&hs.get(0), "start").as_f64().unwrap_or(-1.0), get(&hs.get(0), "end").as_f64().unwrap_or(-1.0));
    let marked = js_sys::JsString::from(text).substring(start as u32, end as u32);
    assert_eq!(String::from(marked), "Sources said the owner had been warned twice.");
    assert_eq!(get(&hs.get(0), "kind").as_string().as_deref(), Some("anon_source"));
}

#[wasm_bindgen_test]
fn malformed_input_is_a_clear_error_not_a_panic() {
    let engine = SiftEngine::new();
    let err = engine.classify(JsValue::from_str("not chains")).err().expect("an error");
    let message = String::from(js_sys::Error::from(JsValue::from(err)).message());
    assert!(message.contains("bad candidate chains"), "{message}");
    assert!(engine.find_article(js(r#"{"blocks":[{"parent":99,"grand":-5,"textLen":400}],"containers":[]}"#)).is_ok());
}
