//! Recognising reading obstacles (donation asks, notification prompts, login nags, newsletter, comment,
//! cookie and paywall boxes) from what they are: their wording, their structure (an Allow / Not now pair, an
//! email field with a subscribe button), their layout (fixed, covering, modal) and their context (outside
//! the article, a small share of the page's text). No per-site rules.

mod classify;
mod matchers;
mod structure;

pub use classify::{classify, explain, Candidate, LevelScore, THRESHOLD};
pub use matchers::Matchers;
pub use structure::Structure;
