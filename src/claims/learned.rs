//! The learned part of `weasel_score`: logistic regression over hashed word unigrams, bigrams and rule hits.
//!
//! Weights come only from `sift train-weasel` (deterministic, fixed seed) and ship quantised to one byte per
//! bucket in `weasel.bin`. Format: `b"SWW1"`, u8 bucket bits, 3 zero bytes, u32 LE lexicon fingerprint,
//! f32 LE scale, f32 LE bias, then `1 << bits` i8 weights (weight = i8 * scale). Rule hits are features, so
//! weights trained against another lexicon are refused (the scorer falls back to rules): retrain after
//! editing `lexicon.rs`.

/// log2 of the number of hash buckets. 2^15 one-byte weights = 32 KiB; CV showed no gain from more.
pub const BUCKET_BITS: u32 = 15;
const BUCKETS: u32 = 1 << BUCKET_BITS;
const MAGIC: &[u8; 4] = b"SWW1";
const HEADER: usize = 20;

/// Probability at or above which `weasel_score` counts a sentence as uncertain. Chosen by 10-fold CV on
/// WikiWeasel train (`sift eval-weasel` prints the sweep); below 0.5 because uncertain sentences are the
/// minority class and F1 rewards recall.
pub const WEASEL_THRESHOLD: f32 = 0.3;

const FNV_OFFSET: u32 = 0x811c_9dc5;
const FNV_PRIME: u32 = 0x0100_0193;

fn fnv_byte(h: u32, b: u8) -> u32 {
    (h ^ b as u32).wrapping_mul(FNV_PRIME)
}

fn mix(a: u32, b: u32) -> u32 {
    // Order matters ("may be" != "be may"): rotate the left word before combining.
    fnv_byte(fnv_byte(a.rotate_left(13) ^ b, 0x5b), 0x3d).wrapping_mul(0x9e37_79b1)
}

fn bucket(h: u32) -> u32 {
    // Fold the high bits in: FNV's low bits alone are poorly mixed.
    (h ^ (h >> 15) ^ (h >> 27)) & (BUCKETS - 1)
}

/// Hash of everything in the lexicon that rule features depend on.
pub(crate) fn lexicon_fingerprint() -> u32 {
    let mut h = FNV_OFFSET;
    for c in super::lexicon::CUES {
        for b in c
            .pattern
            .bytes()
            .chain(c.kind.as_str().bytes())
            .chain(c.score.to_le_bytes())
        {
            h = fnv_byte(h, b);
        }
        h = fnv_byte(h, c.check as u8);
    }
    h
}

/// Feature id for the rule cue with index `i` (and a few verdict-level facts, see the scorer).
pub(crate) fn rule_feature(i: u32) -> u32 {
    bucket(mix(0x7275_6c65, i))
}

/// Hashed lowercase unigrams and bigrams of `s`, appended to `out`. Digits collapse to one token so years and
/// counts share a weight.
pub fn ngram_features(s: &str, out: &mut Vec<u32>) {
    const START: u32 = 0x0005_7a27;
    let mut prev = START;
    let mut h = FNV_OFFSET;
    let mut in_tok = false;
    let mut numeric = true;
    let flush = |h: u32, numeric: bool, prev: &mut u32, out: &mut Vec<u32>| {
        let t = if numeric { 0x0000_0030 } else { h };
        out.push(bucket(t));
        out.push(bucket(mix(*prev, t)));
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
        TrainConfig {
            epochs: 10,
            learning_rate: 0.02,
            l2: 1e-3,
            seed: 0x5157_2010,
        }
    }
}

/// A quantised logistic-regression model over hashed features.
#[derive(Clone, Debug)]
pub struct WeaselModel {
    scale: f32,
    bias: f32,
    weights: Vec<i8>,
}

impl WeaselModel {
    /// Train on `(features, is_uncertain)` pairs with AdaGrad SGD, deterministic for a given config. The result
    /// is already quantised, so cross-validation measures exactly what ships.
    pub fn train(samples: &[(Vec<u32>, bool)], cfg: &TrainConfig) -> WeaselModel {
        let mut w = vec![0f32; BUCKETS as usize];
        let mut g2 = vec![1e-6f32; BUCKETS as usize];
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
                let z = bias + feats.iter().map(|&f| w[f as usize]).sum::<f32>();
                let err = sigmoid(z) - if *label { 1.0 } else { 0.0 };
                for &f in feats {
                    let f = f as usize;
                    let g = err + cfg.l2 * w[f];
                    g2[f] += g * g;
                    w[f] -= cfg.learning_rate * g / g2[f].sqrt();
                }
                bias_g2 += err * err;
                bias -= cfg.learning_rate * err / bias_g2.sqrt();
            }
        }
        let max = w.iter().fold(0f32, |m, &x| m.max(x.abs()));
        let scale = if max > 0.0 { max / 127.0 } else { 1.0 };
        let weights = w
            .iter()
            .map(|&x| (x / scale).round().clamp(-127.0, 127.0) as i8)
            .collect();
        WeaselModel {
            scale,
            bias,
            weights,
        }
    }

    /// Probability that the sentence with these features is uncertain.
    pub fn probability(&self, features: &[u32]) -> f32 {
        let sum: i32 = features
            .iter()
            .map(|&f| self.weights.get(f as usize).copied().unwrap_or(0) as i32)
            .sum();
        sigmoid(self.bias + sum as f32 * self.scale)
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(HEADER + self.weights.len());
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&[BUCKET_BITS as u8, 0, 0, 0]);
        out.extend_from_slice(&lexicon_fingerprint().to_le_bytes());
        out.extend_from_slice(&self.scale.to_le_bytes());
        out.extend_from_slice(&self.bias.to_le_bytes());
        out.extend(self.weights.iter().map(|&q| q as u8));
        out
    }

    /// Parse `to_bytes` output; `None` for anything else (including the empty placeholder file).
    pub fn from_bytes(b: &[u8]) -> Option<WeaselModel> {
        if b.len() != HEADER + BUCKETS as usize || &b[..4] != MAGIC || b[4] as u32 != BUCKET_BITS {
            return None;
        }
        let f32_at = |i: usize| {
            b.get(i..i + 4)
                .and_then(|s| s.try_into().ok())
                .map(f32::from_le_bytes)
        };
        let fingerprint = b
            .get(8..12)
            .and_then(|s| s.try_into().ok())
            .map(u32::from_le_bytes)?;
        if fingerprint != lexicon_fingerprint() {
            return None;
        }
        let scale = f32_at(12)?;
        let bias = f32_at(16)?;
        if !scale.is_finite() || !bias.is_finite() {
            return None;
        }
        Some(WeaselModel {
            scale,
            bias,
            weights: b[HEADER..].iter().map(|&x| x as i8).collect(),
        })
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
}
