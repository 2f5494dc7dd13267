//! The learned part of `weasel_score`: logistic regression over hashed word unigrams, bigrams and rule hits, a
//! [`crate::hashed::Table`] trained by `sift train-weasel` (deterministic, fixed seed).
//!
//! Format of `weasel.bin`: `b"SWW2"`, u8 slot bits, 3 zero bytes, u32 LE lexicon fingerprint, then the table.
//! Rule hits are features, so weights trained against another lexicon are refused (the scorer falls back to
//! rules): retrain after editing `lexicon.rs`.

use crate::hashed::{fnv_byte, mix, Table, FNV_OFFSET};
pub use crate::hashed::{ngram_features, TrainConfig};

/// log2 of the shipped table's slot count. 2^14 two-byte slots = 32 KiB; CV scored the pruned 2^14 table
/// within noise of the unpruned float model.
pub const SLOT_BITS: u32 = 14;
const MAGIC: &[u8; 4] = b"SWW2";
const HEADER: usize = 12;

/// Probability at or above which `weasel_score` counts a sentence as uncertain. Chosen by 10-fold CV on
/// WikiWeasel train (`sift eval-weasel` prints the sweep); below 0.5 because uncertain sentences are the
/// minority class and F1 rewards recall. Pruning the unkept features moved the CV optimum up from 0.3.
pub const WEASEL_THRESHOLD: f32 = 0.35;

/// Hash of everything in the lexicon that rule features depend on.
pub(crate) fn lexicon_fingerprint() -> u32 {
    let mut h = FNV_OFFSET;
    for c in super::lexicon::CUES {
        for b in c.pattern.bytes().chain(c.kind.as_str().bytes()).chain(c.score.to_le_bytes()) {
            h = fnv_byte(h, b);
        }
        h = fnv_byte(h, c.check as u8);
    }
    h
}

/// Feature id for the rule cue with index `i` (and a few verdict-level facts, see the scorer).
pub(crate) fn rule_feature(i: u32) -> u32 {
    mix(0x7275_6c65, i)
}

/// A few sentence-level facts, appended to `out`: length (in words, bucketed), whether it holds a number, a year or a
/// parenthesis, and how many capitalised words follow the first. Specifics (figures, names, dates) are what weasel
/// sentences lack.
pub fn shape_features(s: &str, out: &mut Vec<u32>) {
    const TAG: u32 = 0x5348_4150;
    let words: Vec<&str> = s.split_whitespace().collect();
    let len_bucket = match words.len() {
        0..=8 => 0,
        9..=16 => 1,
        17..=28 => 2,
        29..=45 => 3,
        _ => 4,
    };
    out.push(mix(TAG, len_bucket));
    let has_digit = s.bytes().any(|b| b.is_ascii_digit());
    let has_year = words.iter().any(|w| {
        let d: String = w.chars().filter(char::is_ascii_digit).collect();
        d.len() == 4 && (d.starts_with("1") || d.starts_with("20"))
    });
    let caps = words.iter().skip(1).filter(|w| w.chars().next().is_some_and(char::is_uppercase)).count().min(4) as u32;
    out.push(mix(TAG + 1, u32::from(has_digit)));
    out.push(mix(TAG + 2, u32::from(has_year)));
    out.push(mix(TAG + 3, u32::from(s.contains('('))));
    out.push(mix(TAG + 4, caps));
}

/// The weasel scorer's model: a hashed table tied to the lexicon it was trained with.
#[derive(Clone, Debug)]
pub struct WeaselModel {
    table: Table,
}

impl WeaselModel {
    /// Train on `(features, is_uncertain)` pairs, deterministic for a given config; pruned and quantised, so
    /// cross-validation measures exactly what ships.
    pub fn train(samples: &[(Vec<u32>, bool)], cfg: &TrainConfig) -> WeaselModel {
        WeaselModel { table: Table::train(samples, cfg, SLOT_BITS) }
    }

    pub fn probability(&self, features: &[u32]) -> f32 {
        self.table.probability(features)
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(HEADER + Table::byte_len(SLOT_BITS));
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&[SLOT_BITS as u8, 0, 0, 0]);
        out.extend_from_slice(&lexicon_fingerprint().to_le_bytes());
        self.table.write(&mut out);
        out
    }

    /// None for another format, slot count or lexicon, or a truncated file.
    pub fn from_bytes(b: &[u8]) -> Option<WeaselModel> {
        if b.len() != HEADER + Table::byte_len(SLOT_BITS)
            || &b[..4] != MAGIC
            || b[4] as u32 != SLOT_BITS
            || b[5..8] != [0, 0, 0]
        {
            return None;
        }
        let fingerprint = b.get(8..12).and_then(|s| s.try_into().ok()).map(u32::from_le_bytes)?;
        if fingerprint != lexicon_fingerprint() {
            return None;
        }
        Some(WeaselModel { table: Table::read(&b[HEADER..], SLOT_BITS)? })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hashed::slot;

    #[test]
    fn ngrams_are_case_insensitive_and_ordered() {
        let (mut a, mut b, mut c) = (Vec::new(), Vec::new(), Vec::new());
        ngram_features("It may be", &mut a);
        ngram_features("it MAY be!", &mut b);
        ngram_features("be may it", &mut c);
        assert_eq!(a, b);
        assert_ne!(a, c);
        // A unigram and a bigram (with the sentence start) per token.
        assert_eq!(a.len(), 6);
    }

    #[test]
    fn training_is_deterministic_and_round_trips() {
        let mut data = Vec::new();
        for (s, y) in [
            ("it may be true", true),
            ("the bridge opened in 1990", false),
            ("some say it is old", true),
            ("the river is long", false),
        ] {
            let mut f = Vec::new();
            ngram_features(s, &mut f);
            data.push((f, y));
        }
        let cfg = TrainConfig::default();
        let m1 = WeaselModel::train(&data, &cfg);
        let m2 = WeaselModel::train(&data, &cfg);
        assert_eq!(m1.to_bytes(), m2.to_bytes());
        let m3 = WeaselModel::from_bytes(&m1.to_bytes()).expect("round trip");
        assert!(m3.probability(&data[0].0) > 0.5 && m3.probability(&data[1].0) < 0.5);
        assert!(WeaselModel::from_bytes(&[]).is_none());
    }

    fn tiny_model() -> (WeaselModel, Vec<(Vec<u32>, bool)>) {
        let mut data = Vec::new();
        for (s, y) in [
            ("it may be true", true),
            ("the bridge opened in 1990", false),
            ("many believe it is old", true),
            ("the river is long", false),
        ] {
            let mut f = Vec::new();
            ngram_features(s, &mut f);
            data.push((f, y));
        }
        (WeaselModel::train(&data, &TrainConfig::default()), data)
    }

    #[test]
    fn a_feature_that_does_not_own_its_slot_weighs_nothing() {
        let (m, data) = tiny_model();
        let owner = data[0].0[0];
        let (i, fp) = slot(owner, SLOT_BITS);
        assert_eq!(m.table.slots[i].0, fp, "a trained feature owns its slot");
        assert_ne!(m.probability(&[owner]), m.probability(&[]));
        let intruder = (0u32..)
            .find(|&f| {
                let (j, g) = slot(f, SLOT_BITS);
                j == i && g != fp
            })
            .expect("another hash maps to the slot");
        assert_eq!(m.probability(&[intruder]), m.probability(&[]));
    }

    #[test]
    fn loader_refuses_foreign_or_mismatched_files() {
        let (m, _) = tiny_model();
        let good = m.to_bytes();
        assert_eq!(good.len(), HEADER + Table::byte_len(SLOT_BITS));
        assert!(WeaselModel::from_bytes(&good).is_some());
        let mut old_magic = good.clone();
        old_magic[..4].copy_from_slice(b"SWW1");
        let mut other_bits = good.clone();
        other_bits[4] += 1;
        let mut other_lexicon = good.clone();
        other_lexicon[8] ^= 1;
        let mut nan_scale = good.clone();
        nan_scale[12..16].copy_from_slice(&f32::NAN.to_le_bytes());
        for bad in [&old_magic[..], &other_bits, &other_lexicon, &nan_scale, &good[..good.len() - 1]] {
            assert!(WeaselModel::from_bytes(bad).is_none());
        }
    }
}
