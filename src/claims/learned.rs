//! The learned part of `weasel_score`: logistic regression over hashed word unigrams, bigrams and rule hits.
//!
//! Features are full 32-bit hashes. Training (only in `sift train-weasel`, deterministic, fixed seed) runs in
//! float over `1 << TRAIN_BITS` buckets, where collisions are rare. The shipped model keeps only the most
//! important features: a direct-mapped table of `1 << SLOT_BITS` slots, each a one-byte fingerprint of the
//! feature that owns it and its i8-quantised weight. A feature whose fingerprint does not match its slot weighs
//! nothing, so the many unkept (rare, near-zero) features no longer add a colliding feature's weight: with a
//! plain 2^15 hash table those collisions cost about 2 F1 in CV.
//!
//! Format of `weasel.bin`: `b"SWW2"`, u8 slot bits, 3 zero bytes, u32 LE lexicon fingerprint, f32 LE scale,
//! f32 LE bias, then `1 << bits` slots of (u8 fingerprint, i8 weight); weight = i8 * scale. Rule hits are
//! features, so weights trained against another lexicon are refused (the scorer falls back to rules): retrain
//! after editing `lexicon.rs`.

/// log2 of the shipped table's slot count. 2^14 two-byte slots = 32 KiB; CV scored the pruned 2^14 table
/// within noise of the unpruned float model.
pub const SLOT_BITS: u32 = 14;
const SLOTS: u32 = 1 << SLOT_BITS;
/// log2 of the float buckets used while training (native only: 2^22 * 8 bytes of training state).
const TRAIN_BITS: u32 = 22;
const MAGIC: &[u8; 4] = b"SWW2";
const HEADER: usize = 20;

/// Probability at or above which `weasel_score` counts a sentence as uncertain. Chosen by 10-fold CV on
/// WikiWeasel train (`sift eval-weasel` prints the sweep); below 0.5 because uncertain sentences are the
/// minority class and F1 rewards recall. Pruning the unkept features moved the CV optimum up from 0.3.
pub const WEASEL_THRESHOLD: f32 = 0.35;

const FNV_OFFSET: u32 = 0x811c_9dc5;
const FNV_PRIME: u32 = 0x0100_0193;

fn fnv_byte(h: u32, b: u8) -> u32 {
    (h ^ b as u32).wrapping_mul(FNV_PRIME)
}

fn mix(a: u32, b: u32) -> u32 {
    // Order matters ("may be" != "be may"): rotate the left word before combining.
    fnv_byte(fnv_byte(a.rotate_left(13) ^ b, 0x5b), 0x3d).wrapping_mul(0x9e37_79b1)
}

/// Murmur3's finaliser: FNV's low bits alone are poorly mixed, and slot index and fingerprint must be
/// independent bits of the result.
fn avalanche(mut h: u32) -> u32 {
    h ^= h >> 16;
    h = h.wrapping_mul(0x85eb_ca6b);
    h ^= h >> 13;
    h = h.wrapping_mul(0xc2b2_ae35);
    h ^ (h >> 16)
}

fn train_bucket(f: u32) -> usize {
    (avalanche(f) & ((1 << TRAIN_BITS) - 1)) as usize
}

/// Shipped slot and fingerprint of feature `f`: low bits pick the slot, the top byte checks ownership.
fn slot(f: u32) -> (usize, u8) {
    let m = avalanche(f);
    ((m & (SLOTS - 1)) as usize, (m >> 24) as u8)
}

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

/// Hashes of the lowercase unigrams and bigrams of `s`, appended to `out`. Digits collapse to one token so years and
/// counts share a weight.
pub fn ngram_features(s: &str, out: &mut Vec<u32>) {
    const START: u32 = 0x0005_7a27;
    let mut prev = START;
    let mut h = FNV_OFFSET;
    let mut in_tok = false;
    let mut numeric = true;
    let flush = |h: u32, numeric: bool, prev: &mut u32, out: &mut Vec<u32>| {
        let t = if numeric { 0x0000_0030 } else { h };
        out.push(t);
        out.push(mix(*prev, t));
        *prev = t;
    };
    for c in s.chars() {
        if c.is_alphanumeric() {
            in_tok = true;
            numeric &= c.is_numeric();
            for l in c.to_lowercase() {
                let mut buf = [0u8; 4];
                for &b in l.encode_utf8(&mut buf).as_bytes() {
                    h = fnv_byte(h, b);
                }
            }
        } else if in_tok {
            flush(h, numeric, &mut prev, out);
            h = FNV_OFFSET;
            in_tok = false;
            numeric = true;
        }
    }
    if in_tok {
        flush(h, numeric, &mut prev, out);
    }
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

/// Training settings; the defaults are what `sift train-weasel` ships.
#[derive(Clone, Debug)]
pub struct TrainConfig {
    pub epochs: u32,
    pub learning_rate: f32,
    pub l2: f32,
    pub seed: u64,
}

impl Default for TrainConfig {
    fn default() -> Self {
        TrainConfig { epochs: 20, learning_rate: 0.02, l2: 1e-3, seed: 0x5157_2010 }
    }
}

/// A pruned, quantised logistic-regression model over hashed features.
#[derive(Clone, Debug)]
pub struct WeaselModel {
    scale: f32,
    bias: f32,
    /// `SLOTS` entries of (fingerprint, quantised weight).
    slots: Vec<(u8, i8)>,
}

impl WeaselModel {
    /// Train on `(features, is_uncertain)` pairs with AdaGrad SGD, deterministic for a given config, then prune
    /// and quantise, so cross-validation measures exactly what ships.
    pub fn train(samples: &[(Vec<u32>, bool)], cfg: &TrainConfig) -> WeaselModel {
        let n = 1usize << TRAIN_BITS;
        let mut w = vec![0f32; n];
        let mut g2 = vec![1e-6f32; n];
        let (mut bias, mut bias_g2) = (0f32, 1e-6f32);
        let mut order: Vec<usize> = (0..samples.len()).collect();
        let mut rng = cfg.seed | 1;
        for _ in 0..cfg.epochs {
            // Fisher-Yates with xorshift64: reproducible on every platform.
            for i in (1..order.len()).rev() {
                rng ^= rng << 13;
                rng ^= rng >> 7;
                rng ^= rng << 17;
                order.swap(i, (rng % (i as u64 + 1)) as usize);
            }
            for &idx in &order {
                let (feats, label) = &samples[idx];
                let z = bias + feats.iter().map(|&f| w[train_bucket(f)]).sum::<f32>();
                let err = sigmoid(z) - if *label { 1.0 } else { 0.0 };
                for &f in feats {
                    let f = train_bucket(f);
                    let g = err + cfg.l2 * w[f];
                    g2[f] += g * g;
                    w[f] -= cfg.learning_rate * g / g2[f].sqrt();
                }
                bias_g2 += err * err;
                bias -= cfg.learning_rate * err / bias_g2.sqrt();
            }
        }
        // Each slot goes to its most important feature: |weight| * sqrt(occurrences) scored better in CV than
        // |weight| alone, which favours one-off features with large weights.
        let mut count: std::collections::HashMap<u32, u32> = std::collections::HashMap::new();
        for (feats, _) in samples {
            for &f in feats {
                *count.entry(f).or_default() += 1;
            }
        }
        let mut ranked: Vec<(f32, u32)> =
            count.iter().map(|(&f, &c)| (w[train_bucket(f)].abs() * (c as f32).sqrt(), f)).collect();
        // Ties broken by hash: HashMap order must not leak into the shipped bytes.
        ranked.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        let mut kept: Vec<Option<(u8, f32)>> = vec![None; SLOTS as usize];
        for &(_, f) in &ranked {
            let (i, fp) = slot(f);
            kept[i].get_or_insert((fp, w[train_bucket(f)]));
        }
        let max = kept.iter().flatten().fold(0f32, |m, e| m.max(e.1.abs()));
        let scale = if max > 0.0 { max / 127.0 } else { 1.0 };
        let slots = kept
            .iter()
            .map(|e| match e {
                Some((fp, x)) => (*fp, (x / scale).round().clamp(-127.0, 127.0) as i8),
                None => (0, 0),
            })
            .collect();
        WeaselModel { scale, bias, slots }
    }

    /// Probability that the sentence with these features is uncertain.
    pub fn probability(&self, features: &[u32]) -> f32 {
        let sum: i32 = features
            .iter()
            .map(|&f| {
                let (i, fp) = slot(f);
                match self.slots[i] {
                    (owner, q) if owner == fp => q as i32,
                    _ => 0,
                }
            })
            .sum();
        sigmoid(self.bias + sum as f32 * self.scale)
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(HEADER + 2 * self.slots.len());
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&[SLOT_BITS as u8, 0, 0, 0]);
        out.extend_from_slice(&lexicon_fingerprint().to_le_bytes());
        out.extend_from_slice(&self.scale.to_le_bytes());
        out.extend_from_slice(&self.bias.to_le_bytes());
        for &(fp, q) in &self.slots {
            out.extend_from_slice(&[fp, q as u8]);
        }
        out
    }

    /// Parse `to_bytes` output; `None` for anything else (including the empty placeholder file).
    pub fn from_bytes(b: &[u8]) -> Option<WeaselModel> {
        if b.len() != HEADER + 2 * SLOTS as usize
            || &b[..4] != MAGIC
            || b[4] as u32 != SLOT_BITS
            || b[5..8] != [0, 0, 0]
        {
            return None;
        }
        let f32_at = |i: usize| b.get(i..i + 4).and_then(|s| s.try_into().ok()).map(f32::from_le_bytes);
        let fingerprint = b.get(8..12).and_then(|s| s.try_into().ok()).map(u32::from_le_bytes)?;
        if fingerprint != lexicon_fingerprint() {
            return None;
        }
        let scale = f32_at(12)?;
        let bias = f32_at(16)?;
        if !scale.is_finite() || !bias.is_finite() {
            return None;
        }
        Some(WeaselModel { scale, bias, slots: b[HEADER..].chunks_exact(2).map(|e| (e[0], e[1] as i8)).collect() })
    }
}

fn sigmoid(z: f32) -> f32 {
    1.0 / (1.0 + (-z).exp())
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let (i, fp) = slot(owner);
        assert_eq!(m.slots[i].0, fp, "a trained feature owns its slot");
        assert_ne!(m.probability(&[owner]), m.probability(&[]));
        let intruder = (0u32..)
            .find(|&f| {
                let (j, g) = slot(f);
                j == i && g != fp
            })
            .expect("another hash maps to the slot");
        assert_eq!(m.probability(&[intruder]), m.probability(&[]));
    }

    #[test]
    fn loader_refuses_foreign_or_mismatched_files() {
        let (m, _) = tiny_model();
        let good = m.to_bytes();
        assert_eq!(good.len(), HEADER + 2 * SLOTS as usize);
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
