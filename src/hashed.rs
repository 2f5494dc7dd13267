//! Logistic regression over hashed features, as shipped in the binary: training (native, deterministic) and the
//! pruned, quantised table the scorers read. The weasel scorer of [`crate::claims`] and the learned wording of
//! [`crate::nags`] each ship tables of this kind.
//!
//! Features are full 32-bit hashes. Training runs in float over `1 << TRAIN_BITS` buckets, where collisions are
//! rare. The shipped table keeps only the most important features: a direct-mapped table of `1 << bits` slots,
//! each a one-byte fingerprint of the feature that owns it and its i8-quantised weight. A feature whose
//! fingerprint does not match its slot weighs nothing, so the many unkept (rare, near-zero) features do not add a
//! colliding feature's weight.
//!
//! Bytes of a table: f32 LE scale, f32 LE bias, then `1 << bits` slots of (u8 fingerprint, i8 weight); weight =
//! i8 * scale. The slot count is the reader's to know (each model's header says it).

/// log2 of the float buckets used while training (native only: 2^22 * 8 bytes of training state).
const TRAIN_BITS: u32 = 22;

pub(crate) const FNV_OFFSET: u32 = 0x811c_9dc5;
const FNV_PRIME: u32 = 0x0100_0193;

pub(crate) fn fnv_byte(h: u32, b: u8) -> u32 {
    (h ^ b as u32).wrapping_mul(FNV_PRIME)
}

pub(crate) fn mix(a: u32, b: u32) -> u32 {
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

/// Shipped slot and fingerprint of feature `f` in a table of `1 << bits` slots: low bits pick the slot, the top
/// byte checks ownership.
pub(crate) fn slot(f: u32, bits: u32) -> (usize, u8) {
    let m = avalanche(f);
    ((m & ((1 << bits) - 1)) as usize, (m >> 24) as u8)
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
pub struct Table {
    bits: u32,
    scale: f32,
    bias: f32,
    /// `1 << bits` entries of (fingerprint, quantised weight).
    pub(crate) slots: Vec<(u8, i8)>,
}

impl Table {
    pub fn train(samples: &[(Vec<u32>, bool)], cfg: &TrainConfig, bits: u32) -> Table {
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
        let mut kept: Vec<Option<(u8, f32)>> = vec![None; 1usize << bits];
        for &(_, f) in &ranked {
            let (i, fp) = slot(f, bits);
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
        Table { bits, scale, bias, slots }
    }

    /// Probability that the sentence with these features is uncertain.
    pub fn probability(&self, features: &[u32]) -> f32 {
        let sum: i32 = features
            .iter()
            .map(|&f| {
                let (i, fp) = slot(f, self.bits);
                match self.slots[i] {
                    (owner, q) if owner == fp => q as i32,
                    _ => 0,
                }
            })
            .sum();
        sigmoid(self.bias + sum as f32 * self.scale)
    }

    /// The table's bytes (see the module's documentation), appended to `out`.
    pub fn write(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.scale.to_le_bytes());
        out.extend_from_slice(&self.bias.to_le_bytes());
        for &(fp, q) in &self.slots {
            out.extend_from_slice(&[fp, q as u8]);
        }
    }

    /// The number of bytes a table of `1 << bits` slots takes.
    pub fn byte_len(bits: u32) -> usize {
        8 + 2 * (1usize << bits)
    }

    /// A table of `1 << bits` slots read from the start of `b`; None when `b` is short or its figures are not
    /// finite.
    pub fn read(b: &[u8], bits: u32) -> Option<Table> {
        let b = b.get(..Table::byte_len(bits))?;
        let f32_at = |i: usize| b.get(i..i + 4).and_then(|s| s.try_into().ok()).map(f32::from_le_bytes);
        let scale = f32_at(0)?;
        let bias = f32_at(4)?;
        if !scale.is_finite() || !bias.is_finite() {
            return None;
        }
        Some(Table { bits, scale, bias, slots: b[8..].chunks_exact(2).map(|e| (e[0], e[1] as i8)).collect() })
    }
}

pub(crate) fn sigmoid(z: f32) -> f32 {
    1.0 / (1.0 + (-z).exp())
}
