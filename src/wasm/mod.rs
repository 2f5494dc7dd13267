//! The browser boundary: the one module that knows about JavaScript. It exposes the engine to the background
//! worker (the only place it runs for pages) and the popup as a `SiftEngine` class with the two steps of a
//! scan, `survey` and `decide` (one crossing per batch, never per node), and the settings functions. Nothing
//! here panics: bad input comes back as a JavaScript `Error` with context, and the page is left as it was.

use crate::decide::{self, Snapshot, Survey};
use crate::engine::Engine;
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
}

#[wasm_bindgen]
impl SiftEngine {
    /// Compiles every pattern once: one engine per browser session, in the background worker.
    #[wasm_bindgen(constructor)]
    pub fn new() -> SiftEngine {
        SiftEngine { engine: Engine::new(), settings: Settings::default() }
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
        encode("page state", &decide::page_state(&self.settings, host))
    }

    /// Step one of a scan (`Survey` as JSON): `{texts, names, article}`, the indices worth a closer look.
    pub fn survey(&self, survey_json: &str) -> Result<JsValue, JsError> {
        let survey: Survey = decode_json("survey", survey_json)?;
        encode("survey result", &self.engine.survey(&survey, &self.settings))
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
    encode("page state", &decide::page_state(&decoded.settings, host))
}

/// Decodes and repairs a settings object without an engine (the popup and options page use this).
#[wasm_bindgen(js_name = decodeSettings)]
pub fn decode_settings(raw: JsValue) -> Result<JsValue, JsError> {
    let decoded = decode_settings_value(raw)?;
    encode("settings", &decoded)
}
