//! Claims: find sentences in article text that assert something without support.
//!
//! - [`split_sentences`] cuts article text into sentence byte ranges.
//! - [`Scorer::score`] gives each sentence a [`ClaimVerdict`]: one [`ClaimKind`] (or none), a 0..1 score, the cue
//!   words and a one-sentence reason for the tooltip. Precise by design: only strong cues flag news text.
//! - [`Scorer::weasel_score`] is the broader "is this sentence hedged at all" probability (rules plus a small
//!   logistic regression trained on WikiWeasel by `sift train-weasel`), used for the WikiWeasel evaluation.
//!
//! Pure Rust, no I/O, no clock: the same code runs natively and in wasm.

mod learned;
mod lexicon;
mod scorer;
mod splitter;

pub use learned::{ngram_features, TrainConfig, WeaselModel, WEASEL_THRESHOLD};
pub use scorer::Scorer;
pub use splitter::split_sentences;

/// What kind of unsupported assertion a sentence makes. Order of specificity (most specific first) is
/// evidence_absent > anon_source > contested_claim > vague_source > speculation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClaimKind {
    EvidenceAbsent,
    AnonSource,
    VagueSource,
    ContestedClaim,
    Speculation,
}

impl ClaimKind {
    pub const ALL: [ClaimKind; 5] = [
        ClaimKind::EvidenceAbsent,
        ClaimKind::AnonSource,
        ClaimKind::VagueSource,
        ClaimKind::ContestedClaim,
        ClaimKind::Speculation,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ClaimKind::EvidenceAbsent => "evidence_absent",
            ClaimKind::AnonSource => "anon_source",
            ClaimKind::VagueSource => "vague_source",
            ClaimKind::ContestedClaim => "contested_claim",
            ClaimKind::Speculation => "speculation",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            ClaimKind::EvidenceAbsent => "Evidence absent",
            ClaimKind::AnonSource => "Anonymous source",
            ClaimKind::VagueSource => "Vague source",
            ClaimKind::ContestedClaim => "Contested claim",
            ClaimKind::Speculation => "Speculation",
        }
    }

    pub fn description(self) -> &'static str {
        match self {
            ClaimKind::EvidenceAbsent => {
                "The text itself says the claim comes without evidence or could not be verified."
            }
            ClaimKind::AnonSource => "The claim rests on a source the reader cannot identify.",
            ClaimKind::VagueSource => {
                "The claim is credited to unnamed groups (\"critics say\") or unspecified research."
            }
            ClaimKind::ContestedClaim => {
                "A speaker's assertion reported as a claim or allegation, not as an established fact."
            }
            ClaimKind::Speculation => "The writer's own forecast or inference, with no source given.",
        }
    }

    /// Inverse of [`ClaimKind::as_str`]; also accepts the human label, any case.
    pub fn parse(s: &str) -> Option<ClaimKind> {
        let s = s.trim();
        ClaimKind::ALL.into_iter().find(|k| k.as_str().eq_ignore_ascii_case(s) || k.label().eq_ignore_ascii_case(s))
    }

    /// Lower is more specific; used when several kinds match one sentence.
    pub(crate) fn specificity_rank(self) -> u8 {
        match self {
            ClaimKind::EvidenceAbsent => 0,
            ClaimKind::AnonSource => 1,
            ClaimKind::ContestedClaim => 2,
            ClaimKind::VagueSource => 3,
            ClaimKind::Speculation => 4,
        }
    }
}

/// What the page tells us about a sentence beyond its words.
#[derive(Clone, Debug, Default)]
pub struct SentenceContext {
    /// The sentence contains a link (to its source, presumably).
    pub has_link: bool,
    /// The sentence sits in a blockquote: someone else's words, quoted.
    pub in_quote_block: bool,
}

/// The scorer's answer for one sentence. `kind: None` means not flagged.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct ClaimVerdict {
    pub kind: Option<ClaimKind>,
    /// 0..1; flagged sentences score at least 0.5.
    pub score: f32,
    /// The words that triggered the flag, "" if not flagged.
    pub cue: String,
    /// One human sentence for the tooltip.
    pub reason: String,
}

impl ClaimVerdict {
    pub fn flagged(&self) -> bool {
        self.kind.is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kind_names_round_trip() {
        for k in ClaimKind::ALL {
            assert_eq!(ClaimKind::parse(k.as_str()), Some(k));
            assert_eq!(ClaimKind::parse(k.label()), Some(k));
            assert_eq!(serde_json::to_string(&k).ok().as_deref(), Some(format!("\"{}\"", k.as_str()).as_str()));
        }
        assert_eq!(ClaimKind::parse("nonsense"), None);
    }
}
