//! Sift's core: recognises reading obstacles on news pages (donation asks, notification prompts, login
//! nags, newsletter, comment, cookie and paywall boxes) and the sentences of an article that assert something
//! without support. Everything here is a pure function of plain data, so it runs natively (tests, the `sift`
//! command line) and in the browser (the `wasm` module, the only place that knows about JavaScript).
//!
//! - [`model`]: the facts read from a page and the verdicts sent back.
//! - [`rules`]: the rule catalog with ids, shown in the popup and referred to by the settings.
//! - [`settings`]: the reader's switches, decoded and repaired without ever failing.
//! - [`nags`]: the obstacle detector; [`article`]: the article body finder.
//! - [`claims`]: the sentence splitter and the unsupported-assertion scorer; [`highlight`] applies it to blocks.
//! - [`filters`]: cosmetic filter lists (Adblock Plus, uBlock Origin, AdGuard): parser, counts and the
//!   compiled per-hostname form the extension embeds.
//! - [`engine`]: the facade, built once per browser session (in the background worker).
//! - [`decide`]: the whole decision for a page over typed snapshots: survey, hide and mark actions, and
//!   whether Sift runs on a site.
//! - [`hashed`]: logistic regression over hashed features, trained natively and shipped as small tables.
//! - [`pattern`], [`pattern_set`]: every pattern above, compiled as lazy DFAs only (built on every page, so
//!   built cheaply).
//! - `page` (native only): reads a saved HTML page into the inputs the content script collects, for the
//!   `sift` command line and the core benchmark.

#![cfg_attr(target_arch = "wasm32", deny(clippy::unwrap_used))]

pub mod article;
pub mod claims;
pub mod decide;
pub mod engine;
pub mod filters;
pub mod hashed;
pub mod highlight;
pub mod model;
pub mod nags;
#[cfg(not(target_arch = "wasm32"))]
pub mod page;
pub mod pattern;
pub mod pattern_set;
pub mod rules;
pub mod settings;

#[cfg(target_arch = "wasm32")]
pub mod wasm;
