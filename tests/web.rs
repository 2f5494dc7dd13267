//! The wasm module as the extension's scripts use it, in real headless Chrome and Firefox
//! (`wasm-pack test --headless --chrome` / `--firefox`): the catalog the popup renders, settings repair,
//! the two steps of a scan (survey, decide) on snapshots, highlight offsets in JavaScript's UTF-16 units,
//! pausing decided by the core, the filter lists answering a page and its survey, and clear errors naming
//! the field for bad input.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Reflect, JSON};
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

/// A snapshot of one candidate box with every field the core requires.
fn one_box(text: &str, buttons: &[&str]) -> String {
    let facts = serde_json::json!({
        "tag": "div", "id": "", "class": "", "role": "", "ariaModal": false, "text": text,
        "textLen": text.encode_utf16().count(), "buttons": buttons, "frames": [], "inputs": [], "links": 0, "linkTextLen": 0, "headings": 0, "embeds": 0,
        "position": "fixed", "zIndex": 10, "viewportCover": 0.1, "inArticle": false, "containsArticle": false,
        "pageTextShare": 0.02, "afterArticle": false, "userOpened": false, "holdsHidden": false, "embedded": false, "pageArticle": true
    });
    let node = serde_json::json!({
        "parent": null, "tag": "div", "denseLen": text.chars().filter(|c| !c.is_whitespace()).count(), "restText": 0,
        "hidden": false, "revealed": false, "containsArticle": false, "inArticle": false, "facts": facts
    });
    serde_json::json!({"nodes": [node], "chains": [[0]], "blocks": []}).to_string()
}

#[wasm_bindgen_test]
fn a_notification_prompt_is_hidden_and_a_switched_off_category_is_not() {
    let mut engine = SiftEngine::new();
    let snap = one_box("Turn on notifications to get the news first. Allow Not now", &["Allow", "Not now"]);
    let hide = Array::from(&get(&engine.decide(&snap).expect("actions"), "hide"));
    assert_eq!(hide.length(), 1);
    assert_eq!(get(&hide.get(0), "category").as_string().as_deref(), Some("notification"));
    assert_eq!(get(&hide.get(0), "node").as_f64(), Some(0.0));
    engine.set_settings(js(r#"{"categories":{"notification":false}}"#)).expect("settings");
    assert_eq!(Array::from(&get(&engine.decide(&snap).expect("actions"), "hide")).length(), 0);
}

#[wasm_bindgen_test]
fn the_survey_picks_the_asks_out_of_page_texts() {
    let engine = SiftEngine::new();
    let survey = r#"{"texts":["Home","We use cookies to improve your visit","The council met on Monday.","Sign in to continue reading"],
        "names":["div main-nav","div cookie-consent-banner"],"controls":["text","password","checkbox"],
        "frames":["YouTube video player","Comments","3rd party ad content","SP Consent Message"],"article":null}"#;
    let found = engine.survey(survey, None).expect("survey");
    let texts: Vec<f64> = Array::from(&get(&found, "texts")).iter().filter_map(|v| v.as_f64()).collect();
    assert_eq!(texts, vec![1.0, 3.0]);
    let names: Vec<f64> = Array::from(&get(&found, "names")).iter().filter_map(|v| v.as_f64()).collect();
    assert_eq!(names, vec![1.0]);
    let controls: Vec<f64> = Array::from(&get(&found, "controls")).iter().filter_map(|v| v.as_f64()).collect();
    assert_eq!(controls, vec![1.0], "the password field, not the search box or the checkbox");
    let frames: Vec<f64> = Array::from(&get(&found, "frames")).iter().filter_map(|v| v.as_f64()).collect();
    assert_eq!(frames, vec![1.0, 3.0], "a comment platform's and a consent platform's frames, not a video or an ad");
}

#[wasm_bindgen_test]
fn highlight_offsets_are_javascript_string_offsets() {
    let engine = SiftEngine::new();
    let text = "Le café 🎉 a rouvert. Sources said the owner had been warned twice.";
    let snap = serde_json::json!({"nodes": [], "chains": [], "blocks": [{"text": text, "links": [], "quote": false}]});
    let hs = Array::from(&get(&engine.decide(&snap.to_string()).expect("actions"), "highlights"));
    assert_eq!(hs.length(), 1);
    let (start, end) =
        (get(&hs.get(0), "start").as_f64().unwrap_or(-1.0), get(&hs.get(0), "end").as_f64().unwrap_or(-1.0));
    let marked = js_sys::JsString::from(text).substring(start as u32, end as u32);
    assert_eq!(String::from(marked), "Sources said the owner had been warned twice.");
    assert_eq!(get(&hs.get(0), "kind").as_string().as_deref(), Some("anon_source"));
}

#[wasm_bindgen_test]
fn malformed_input_is_a_clear_error_naming_the_field() {
    let engine = SiftEngine::new();
    let message = |r: Result<JsValue, wasm_bindgen::JsError>| {
        let Err(err) = r else { panic!("an error was expected") };
        String::from(js_sys::Error::from(JsValue::from(err)).message())
    };
    assert!(message(engine.decide("not a snapshot")).contains("bad snapshot"));
    let misspelt = one_box("Allow notifications", &["Allow"]).replace("\"restText\"", "\"restTxt\"");
    let m = message(engine.decide(&misspelt));
    assert!(m.contains("restTxt"), "{m}");
    let m = message(engine.survey(r#"{"texts":[],"article":null}"#, None));
    assert!(m.contains("names"), "{m}");
    assert!(message(engine.decide(r#"{"nodes":[],"chains":[[3]],"blocks":[]}"#)).contains("out of range"));
}

#[wasm_bindgen_test]
fn pausing_a_site_is_decided_by_the_core() {
    let settings = sift::wasm::with_paused(js(r#"{"paused":["a.example"]}"#), "News.Example", true).expect("settings");
    let state = sift::wasm::page_state_of(settings.clone(), "news.example").expect("state");
    assert_eq!(get(&state, "paused"), JsValue::TRUE);
    let off = sift::wasm::page_state_of(js(r#"{"categories":{"donation":false,"notification":false,"login":false,"newsletter":false,"comments":false,"cookie":false,"paywall":false,"claims":false}}"#), "x.example").expect("state");
    assert_eq!(get(&off, "idle"), JsValue::TRUE);
}

#[wasm_bindgen_test]
fn filter_lists_answer_a_page_and_its_survey_and_a_switch_takes_a_list_off() {
    use sift::filters::{compile, packed, parse_list};
    let a = parse_list("! Title: Test list\n##.nl-popup\n##[data-nag]\nnews.example##.paywall-box\n");
    let (c, _) = compile::compile(&[compile::ListInput { file: "test.txt".into(), parsed: &a, fallback_date: None }]);
    let mut engine = SiftEngine::new();
    let info = engine.load_lists(packed::pack(&c)).expect("loads");
    assert_eq!(get(&info, "rules").as_f64(), Some(3.0));
    engine.set_settings(JsValue::NULL).expect("settings");
    let page = engine.page_lists("news.example").expect("page lists");
    let sheet: Vec<String> =
        Array::from(&get(&page, "sheet")).iter().map(|r| get(&r, "selector").as_string().unwrap_or_default()).collect();
    assert_eq!(sheet, ["[data-nag]", ".paywall-box"]);
    let survey = r#"{"texts":[],"names":["div  nl-popup "],"controls":[],"frames":[],"article":null}"#;
    let found = engine.survey(survey, Some("news.example".into())).expect("survey");
    assert_eq!(Array::from(&get(&found, "lists")).length(), 1);
    engine.set_settings(js(r#"{"lists":{"test":false}}"#)).expect("settings");
    assert_eq!(Array::from(&get(&engine.page_lists("news.example").expect("page"), "sheet")).length(), 0);
    let state = engine.page_state("news.example").expect("state");
    assert_eq!(get(&state, "idle"), JsValue::FALSE, "the categories are still on");
    let items = sift::wasm::explain_hidden(
        r#"{"detector":[],"lists":[{"id":1,"text":"x","rules":[{"list":0,"text":".nl-popup"}],"detector":null,"within":null}],"listNames":["Test list"]}"#,
    )
    .expect("items");
    assert_eq!(
        get(&Array::from(&items).get(0), "reason").as_string().as_deref(),
        Some("rule `##.nl-popup` from Test list")
    );
}
