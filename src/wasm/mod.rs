//! The browser boundary: the one module that knows about JavaScript. It exposes the engine to the content
//! script, the background worker and the popup as a `SiftEngine` class whose methods take and return batches
//! of plain objects (one crossing per batch, never per node). Nothing here panics into the page: bad input
//! comes back as a JavaScript `Error` with context, and the caller leaves the page as it was.

use crate::article::ArticleInput;
use crate::engine::Engine;
use crate::model::TextBlock;
use crate::nags::Candidate;
use crate::rules;
use crate::settings::Settings;
use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen::prelude::*;

fn decode<T: DeserializeOwned>(what: &str, v: JsValue) -> Result<T, JsError> {
    serde_wasm_bindgen::from_value(v).map_err(|e| JsError::new(&format!("sift: bad {what}: {e}")))
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
    /// Compiles every pattern once; keep one engine per page (or per background worker).
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

    #[wasm_bindgen(js_name = isPaused)]
    pub fn is_paused(&self, host: &str) -> bool {
        self.settings.is_paused(host)
    }

    /// Indices of texts whose wording matches an enabled obstacle rule.
    #[wasm_bindgen(js_name = textHits)]
    pub fn text_hits(&self, texts: JsValue) -> Result<Vec<u32>, JsError> {
        let texts: Vec<String> = decode("texts", texts)?;
        Ok(self.engine.text_hits(&texts, &self.settings))
    }

    /// Indices of `tag id class role` strings whose names match an enabled obstacle rule.
    #[wasm_bindgen(js_name = nameHits)]
    pub fn name_hits(&self, names: JsValue) -> Result<Vec<u32>, JsError> {
        let names: Vec<String> = decode("names", names)?;
        Ok(self.engine.name_hits(&names, &self.settings))
    }

    /// Verdicts for candidate chains (arrays of element facts, innermost first).
    pub fn classify(&self, chains: JsValue) -> Result<JsValue, JsError> {
        let chains: Vec<Candidate> = decode("candidate chains", chains)?;
        encode("verdicts", &self.engine.classify(&chains, &self.settings))
    }

    /// `{container, score}` of the article body among the containers given, or `null`.
    #[wasm_bindgen(js_name = findArticle)]
    pub fn find_article(&self, input: JsValue) -> Result<JsValue, JsError> {
        let input: ArticleInput = decode("article blocks", input)?;
        encode("article", &self.engine.find_article(&input))
    }

    /// Sentences to highlight in the given text blocks.
    pub fn highlights(&self, blocks: JsValue) -> Result<JsValue, JsError> {
        let blocks: Vec<TextBlock> = decode("text blocks", blocks)?;
        encode("highlights", &self.engine.highlights(&blocks, &self.settings))
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

/// Decodes and repairs a settings object without an engine (the popup and options page use this).
#[wasm_bindgen(js_name = decodeSettings)]
pub fn decode_settings(raw: JsValue) -> Result<JsValue, JsError> {
    let decoded = decode_settings_value(raw)?;
    encode("settings", &decoded)
}
