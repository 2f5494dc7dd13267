//! The browser boundary: the one module that knows about JavaScript. It exposes the engine to the background
//! worker (the only place it runs for pages) and the popup as a `SiftEngine` class with the two steps of a
//! scan, `survey` and `decide` (one crossing per batch, never per node), and the settings functions. Nothing
//! here panics: bad input comes back as a JavaScript `Error` with context, and the page is left as it was.

use crate::decide::{self, Snapshot, Survey};
use crate::engine::Engine;
use crate::filters::explain::{explain, HiddenReport};
use crate::filters::lookup::{Lists, PageLists};
use crate::rules;
use crate::settings::Settings;
use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen::prelude::*;

/// Page snapshots come as JSON text: serde_json sees every key, so an unknown or missing field is an error
/// naming it (serde-wasm-bindgen reads only the fields a struct expects and would skip a misspelt one).
fn decode_json<T: DeserializeOwned>(what: &str, json: &str) -> Result<T, JsError> {
    serde_json::from_str(json).map_err(|e| JsError::new(&format!("sift: bad {what}: {e}")))
}

fn encode<T: Serialize + ?Sized>(what: &str, v: &T) -> Result<JsValue, JsError> {
    // Maps as plain objects, so the popup and tests read `result.settings.categories.donation`.
    let ser = serde_wasm_bindgen::Serializer::json_compatible();
    v.serialize(&ser).map_err(|e| JsError::new(&format!("sift: cannot encode {what}: {e}")))
}

#[wasm_bindgen]
pub struct SiftEngine {
    engine: Engine,
    settings: Settings,
    /// The filter lists of this build, once loaded (`loadLists`).
    lists: Option<Lists>,
}

#[wasm_bindgen]
impl SiftEngine {
    /// Compiles every pattern once: one engine per browser session, in the background worker.
    #[wasm_bindgen(constructor)]
    pub fn new() -> SiftEngine {
        SiftEngine { engine: Engine::new(), settings: Settings::default(), lists: None }
    }

    /// The rule catalog grouped by category, for the popup.
    pub fn catalog(&self) -> Result<JsValue, JsError> {
        encode("catalog", &rules::catalog())
    }

    /// Decodes (and repairs) stored settings and makes them current. Returns `{settings, repairs}`.
    #[wasm_bindgen(js_name = setSettings)]
    pub fn set_settings(&mut self, raw: JsValue) -> Result<JsValue, JsError> {
        let decoded = decode_settings_value(raw)?;
        self.settings = decoded.settings.clone();
        encode("settings", &decoded)
    }

    /// `{paused, idle, early}`: whether Sift runs on `host` under the current settings.
    #[wasm_bindgen(js_name = pageState)]
    pub fn page_state(&self, host: &str) -> Result<JsValue, JsError> {
        let lists = self.lists.as_ref().is_some_and(|l| l.any_on(&self.settings));
        encode("page state", &decide::page_state(&self.settings, host, lists))
    }

    /// Loads the build's packed filter lists (the text of `lists/rules.txt`), once per session. Returns
    /// `{rules, always, keys}`: the rule count, the generic rules every page gets, and the classes and ids
    /// the others are indexed by.
    #[wasm_bindgen(js_name = loadLists)]
    pub fn load_lists(&mut self, text: String) -> Result<JsValue, JsError> {
        let lists = Lists::from_packed(text).map_err(|e| JsError::new(&format!("sift: {e}")))?;
        let (always, keys) = lists.generic_split();
        let info = serde_json::json!({"rules": lists.rule_count(), "always": always, "keys": keys});
        self.lists = Some(lists);
        encode("lists", &info)
    }

    /// What a page on `host` applies from the lists at document start (`PageLists`; no lists in a build
    /// without them).
    #[wasm_bindgen(js_name = pageLists)]
    pub fn page_lists(&self, host: &str) -> Result<JsValue, JsError> {
        let page = self.lists.as_ref().map_or_else(PageLists::default, |l| l.for_host(host, &self.settings));
        encode("page lists", &page)
    }

    /// Step one of a scan (`Survey` as JSON): `{texts, names, article, lists}`, the indices worth a closer
    /// look and the generic list rules for the names surveyed on `host`.
    pub fn survey(&self, survey_json: &str, host: Option<String>) -> Result<JsValue, JsError> {
        let survey: Survey = decode_json("survey", survey_json)?;
        let mut result = self.engine.survey(&survey, &self.settings);
        if let (Some(lists), Some(host)) = (&self.lists, host) {
            result.lists = lists.for_names(&host, &survey.names, &self.settings);
        }
        encode("survey result", &result)
    }

    /// Step two (`Snapshot` as JSON): `{hide, highlights}`, the actions to apply.
    pub fn decide(&self, snapshot_json: &str) -> Result<JsValue, JsError> {
        let snap: Snapshot = decode_json("snapshot", snapshot_json)?;
        let actions =
            self.engine.decide(&snap, &self.settings).map_err(|e| JsError::new(&format!("sift: bad snapshot: {e}")))?;
        encode("actions", &actions)
    }
}

impl Default for SiftEngine {
    fn default() -> Self {
        SiftEngine::new()
    }
}

fn decode_settings_value(raw: JsValue) -> Result<crate::settings::Decoded, JsError> {
    // Anything that is not JSON-like (a function, a symbol) is treated as "not an object" and repaired.
    let value: serde_json::Value = if raw.is_undefined() || raw.is_null() {
        serde_json::Value::Null
    } else {
        serde_wasm_bindgen::from_value(raw).unwrap_or(serde_json::Value::String("unreadable".into()))
    };
    Ok(Settings::decode(&value))
}

/// `settings` with `host` paused or not (the popup's switch); the host is normalised as everywhere else.
#[wasm_bindgen(js_name = withPaused)]
pub fn with_paused(raw: JsValue, host: &str, paused: bool) -> Result<JsValue, JsError> {
    let decoded = decode_settings_value(raw)?;
    encode("settings", &decoded.settings.with_paused(host, paused))
}

/// `{paused, idle, early}` for `host` under these (raw, stored) settings, without an engine.
#[wasm_bindgen(js_name = pageStateOf)]
pub fn page_state_of(raw: JsValue, host: &str) -> Result<JsValue, JsError> {
    let decoded = decode_settings_value(raw)?;
    // Without the engine the lists are unknown: `idle` here means every category is off.
    encode("page state", &decide::page_state(&decoded.settings, host, false))
}

/// The popup's list of what is hidden (`HiddenReport` as JSON, from the content script): one `HiddenItem`
/// per thing, the detector's reason first and the list rules that hide it too.
#[wasm_bindgen(js_name = explainHidden)]
pub fn explain_hidden(report_json: &str) -> Result<JsValue, JsError> {
    let report: HiddenReport = decode_json("hidden report", report_json)?;
    encode("hidden items", &explain(&report))
}

/// Decodes and repairs a settings object without an engine (the popup and options page use this).
#[wasm_bindgen(js_name = decodeSettings)]
pub fn decode_settings(raw: JsValue) -> Result<JsValue, JsError> {
    let decoded = decode_settings_value(raw)?;
    encode("settings", &decoded)
}
