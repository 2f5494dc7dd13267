//! Recognising reading obstacles (donation asks, notification prompts, login nags, newsletter, comment,
//! cookie and paywall boxes) from what they are: their wording, their structure (an Allow / Not now pair, an
//! email field with a subscribe button), their layout (fixed, covering, modal) and their context (outside
//! the article, a small share of the page's text). A form's fields are a signature that holds in every
//! language (a sign-in form, an email sign-up, a comment form, amounts to choose from): beside an article, or in
//! a frame embedded in another page, it stands in for wording. No per-site rules.

mod classify;
mod matchers;
mod structure;
#[cfg(test)]
mod widget_tests;
pub mod wording_model;

pub use classify::{article_meta, classify, explain, fields, named_like_comments, Candidate, LevelScore, THRESHOLD};
pub use matchers::Matchers;
pub use structure::Structure;
