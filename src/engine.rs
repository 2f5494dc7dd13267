//! The engine: everything Sift decides about a page, built once per page and then asked
//! about batches of facts. The browser layer and the native command line both talk only to this.
//!
//! ## Usage
//! ```
//! use sift::engine::Engine;
//! use sift::model::{ElementFacts, TextBlock};
//! use sift::settings::Settings;
//!
//! let engine = Engine::new();
//! let settings = Settings::default();
//! let banner = ElementFacts {
//!     tag: "div".into(),
//!     text: "We use cookies to improve your visit. Accept all".into(),
//!     text_len: 48,
//!     buttons: vec!["Accept all".into()],
//!     ..Default::default()
//! };
//! let verdicts = engine.classify(&[vec![banner]], &settings);
//! assert_eq!(verdicts[0].category.as_str(), "cookie");
//!
//! let block = TextBlock { text: "Officials, speaking on condition of anonymity, said the talks failed.".into(), ..Default::default() };
//! assert_eq!(engine.highlights(&[block], &settings)[0].kind, "anon_source");
//! ```

use crate::article::{ArticleChoice, ArticleFinder, ArticleInput};
use crate::claims::Scorer;
use crate::model::{ElementFacts, Highlight, TextBlock, Verdict};
use crate::nags::{self, Candidate, Matchers};
use crate::settings::Settings;
use std::sync::OnceLock;

/// Every page and frame builds an engine before its first scan, so what a page may not need is built on first
/// use: the claim scorer (pages with no article), the article finder and the button wordings (pages with
/// nothing to classify, such as most frames).
pub struct Engine {
    matchers: Matchers,
    structure: nags::Structure,
    article: OnceLock<ArticleFinder>,
    scorer: OnceLock<Scorer>,
}

impl Engine {
    pub fn new() -> Engine {
        Engine {
            matchers: Matchers::new(),
            structure: nags::Structure::new(),
            article: OnceLock::new(),
            scorer: OnceLock::new(),
        }
    }

    /// Indices of the texts worth a closer look: their wording matches an enabled obstacle rule, or the learned
    /// wording reads them.
    pub fn text_hits(&self, texts: &[String], settings: &Settings) -> Vec<u32> {
        texts
            .iter()
            .enumerate()
            .filter(|(_, t)| {
                !self.matchers.wording_categories(t, settings).is_empty()
                    || !self.matchers.learned_hits(t, settings).is_empty()
            })
            .map(|(i, _)| i as u32)
            .collect()
    }

    /// Indices of the frames (given by their titles) worth a closer look: their title is worded like an
    /// obstacle ("Sign in with Google Dialog") or names a widget a frame rule knows ("Comments", "SP Consent
    /// Message"). Only frames' titles are read by the frame rules: a page's own "Comments" heading or
    /// "Newsletter" link is no widget.
    pub fn frame_hits(&self, titles: &[String], settings: &Settings) -> Vec<u32> {
        titles
            .iter()
            .enumerate()
            .filter(|(_, t)| {
                self.matchers.frame_title_like(t, settings) || !self.matchers.wording_categories(t, settings).is_empty()
            })
            .map(|(i, _)| i as u32)
            .collect()
    }

    /// Indices of the elements (given as `tag id class role`) whose names match an enabled obstacle rule.
    pub fn name_hits(&self, names: &[String], settings: &Settings) -> Vec<u32> {
        names
            .iter()
            .enumerate()
            .filter(|(_, n)| !self.matchers.name_categories(n, settings).is_empty())
            .map(|(i, _)| i as u32)
            .collect()
    }

    /// Indices of the form fields (their kinds, as `ElementFacts::inputs` names them) whose form may be an
    /// obstacle by its signature alone: password (sign-in), email (sign-up, donation), text area or rich-text
    /// box (comments) and radio buttons (donation amounts), when a category they can reveal is on.
    pub fn control_hits(&self, controls: &[String], settings: &Settings) -> Vec<u32> {
        use crate::model::Category::{Comments, Donation, Login, Newsletter};
        let on = |c| settings.category_on(c);
        controls
            .iter()
            .enumerate()
            .filter(|(_, k)| match k.as_str() {
                "password" => on(Login),
                "email" => on(Newsletter) || on(Donation),
                "textarea" | "textbox" => on(Comments),
                "radio" => on(Donation),
                _ => false,
            })
            .map(|(i, _)| i as u32)
            .collect()
    }

    pub fn classify(&self, chains: &[Candidate], settings: &Settings) -> Vec<Verdict> {
        nags::classify(chains, &self.matchers, &self.structure, settings)
    }

    /// Every level's scores for one chain (`sift why`).
    pub fn explain(&self, chain: &[ElementFacts], settings: &Settings) -> Vec<nags::LevelScore> {
        nags::explain(chain, &self.matchers, &self.structure, settings)
    }

    pub fn find_article(&self, input: &ArticleInput) -> Option<ArticleChoice> {
        self.article.get_or_init(ArticleFinder::new).find(input)
    }

    pub fn highlights(&self, blocks: &[TextBlock], settings: &Settings) -> Vec<Highlight> {
        crate::highlight::highlights(self.scorer(), blocks, settings)
    }

    pub fn scorer(&self) -> &Scorer {
        self.scorer.get_or_init(Scorer::new)
    }
}

impl Default for Engine {
    fn default() -> Self {
        Engine::new()
    }
}
