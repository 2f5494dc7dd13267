//! The learned reading of widget wording: one hashed logistic regression per hiding category (see
//! [`crate::hashed`]), trained by `sift train-wording` on the wording development sets and the census labels'
//! texts, against article sentences and the texts of census pages that have no widget of the category.
//!
//! The catalog's patterns read phrasings someone wrote down; this reads the words a widget's line is made of
//! ("… straight to your inbox", "… Spende …", "… Konto …"), so a line worded unlike every pattern can still be
//! read. It is a weaker signal than a pattern (see `classify`): a line it alone reads needs a control, a name or
//! a place over the page as well before a box is hidden, unless the model is all but certain of a whole line.
//!
//! Format of `wording.bin`: `b"SWM1"`, u8 slot bits, u8 table count, 2 zero bytes, then per table a u8 category
//! index into [`Category::HIDING`], 3 zero bytes and the table.

use crate::hashed::{mix, ngram_features, Table, TrainConfig};
use crate::model::Category;

/// log2 of each category's slot count: 2^13 two-byte slots, 16 KiB a category.
pub const WORDING_BITS: u32 = 13;
const MAGIC: &[u8; 4] = b"SWM1";
const HEADER: usize = 8;

/// The longest text read, in characters: the model learned a widget's lines, and a long box's words are
/// many lines' (its own lines each have a chain).
pub const MAX_TEXT: usize = 300;

/// Probability at or above which a category counts as read. `sift train-wording --cv` prints the recall and the
/// share of other pages' texts read at several thresholds, training on all sets but one.
pub const THRESHOLD: f32 = 0.9;

/// The share of a category's negatives its widget lines weigh in training, by repetition: as much as the
/// negatives read more of each held-out set in `--cv` than half or a third as much, for slightly more of other
/// pages' texts read.
const BALANCE: f32 = 1.0;

/// The shortest word whose first letters are a feature of their own: "spende", "spenden", "spendet" share
/// "spend", "newsletter" and "newsletters" share "newsl".
const STEM_WORD: usize = 6;
const STEM: usize = 5;

/// The features of a text: its lowercase word unigrams and bigrams and the first letters of its longer words.
pub fn features(text: &str) -> Vec<u32> {
    let mut out = Vec::new();
    ngram_features(text, &mut out);
    for word in text.split(|c: char| !c.is_alphanumeric()) {
        if word.chars().count() < STEM_WORD {
            continue;
        }
        let stem: String = word.chars().take(STEM).flat_map(char::to_lowercase).collect();
        let h = stem.bytes().fold(0x5354_454d_u32, |h, b| mix(h, b as u32));
        out.push(h);
    }
    out
}

/// One training text: the categories it is a widget line of, and those it is known not to be.
#[derive(Clone)]
pub struct Sample {
    pub features: Vec<u32>,
    pub is: Vec<Category>,
    pub is_not: Vec<Category>,
}

/// One table per category the catalog has a learned rule for.
#[derive(Clone, Debug)]
pub struct WordingModel {
    tables: Vec<(Category, Table)>,
}

impl WordingModel {
    /// One table per category of `categories`, each on the samples that say whether they are of it.
    pub fn train(samples: &[Sample], categories: &[Category], cfg: &TrainConfig) -> WordingModel {
        let tables = categories
            .iter()
            .map(|&c| {
                let positives = samples.iter().filter(|s| s.is.contains(&c)).count();
                let negatives = samples.iter().filter(|s| !s.is.contains(&c) && s.is_not.contains(&c)).count();
                // Widget lines are few against the texts that are not: each is seen as often as it takes to weigh
                // a [`BALANCE`] share of the negatives, or the model learns that nothing is a widget.
                let repeat = ((negatives as f32 * BALANCE) / positives.max(1) as f32).ceil().max(1.0) as usize;
                let mut rows: Vec<(Vec<u32>, bool)> = Vec::new();
                for s in samples {
                    if s.is.contains(&c) {
                        rows.extend(std::iter::repeat_n((s.features.clone(), true), repeat));
                    } else if s.is_not.contains(&c) {
                        rows.push((s.features.clone(), false));
                    }
                }
                (c, Table::train(&rows, cfg, WORDING_BITS))
            })
            .collect();
        WordingModel { tables }
    }

    /// Each category's probability for `text` (None: too long to be read).
    pub fn probabilities(&self, text: &str) -> Option<Vec<(Category, f32)>> {
        if text.chars().count() > MAX_TEXT {
            return None;
        }
        Some(self.feature_probabilities(&features(text)))
    }

    /// Each category's probability for a text's [`features`].
    pub fn feature_probabilities(&self, f: &[u32]) -> Vec<(Category, f32)> {
        self.tables.iter().map(|(c, t)| (*c, t.probability(f))).collect()
    }

    /// The categories read in `text` at [`THRESHOLD`], most probable first.
    pub fn categories(&self, text: &str) -> Vec<(Category, f32)> {
        let mut read: Vec<(Category, f32)> =
            self.probabilities(text).unwrap_or_default().into_iter().filter(|(_, p)| *p >= THRESHOLD).collect();
        read.sort_by(|a, b| b.1.total_cmp(&a.1));
        read
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(HEADER + self.tables.len() * (4 + Table::byte_len(WORDING_BITS)));
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&[WORDING_BITS as u8, self.tables.len() as u8, 0, 0]);
        for (c, t) in &self.tables {
            let index = Category::HIDING.iter().position(|h| h == c).unwrap_or_default();
            out.extend_from_slice(&[index as u8, 0, 0, 0]);
            t.write(&mut out);
        }
        out
    }

    /// None for another format or slot count, an unknown category, a repeated one, or a truncated file.
    pub fn from_bytes(b: &[u8]) -> Option<WordingModel> {
        if b.get(..4)? != MAGIC || b[4] as u32 != WORDING_BITS || b.get(6..8)? != [0, 0] {
            return None;
        }
        let count = b[5] as usize;
        let each = 4 + Table::byte_len(WORDING_BITS);
        if b.len() != HEADER + count * each {
            return None;
        }
        let mut tables: Vec<(Category, Table)> = Vec::new();
        for chunk in b[HEADER..].chunks_exact(each) {
            let c = *Category::HIDING.get(chunk[0] as usize)?;
            if chunk[1..4] != [0, 0, 0] || tables.iter().any(|(t, _)| *t == c) {
                return None;
            }
            tables.push((c, Table::read(&chunk[4..], WORDING_BITS)?));
        }
        Some(WordingModel { tables })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(text: &str, is: &[Category], is_not: &[Category]) -> Sample {
        Sample { features: features(text), is: is.to_vec(), is_not: is_not.to_vec() }
    }

    fn tiny() -> WordingModel {
        use Category::{Donation, Newsletter};
        let data = [
            sample("Please donate to keep our journalism free", &[Donation], &[Newsletter]),
            sample("Spenden Sie jetzt für unabhängigen Journalismus", &[Donation], &[Newsletter]),
            sample("Get our newsletter in your inbox every morning", &[Newsletter], &[Donation]),
            sample("The council met on Tuesday to discuss the budget", &[], &Category::HIDING),
            sample("Der Stadtrat tagte am Dienstag", &[], &Category::HIDING),
        ];
        WordingModel::train(&data, &Category::HIDING, &TrainConfig::default())
    }

    #[test]
    fn longer_words_share_their_first_letters() {
        let a = features("Spende");
        let b = features("Spenden");
        assert!(a.iter().any(|f| b.contains(f)), "spende and spenden share a stem feature");
        assert!(!features("Spa").iter().any(|f| features("Spanien").contains(f)));
    }

    #[test]
    fn the_tables_read_their_category_round_trip_and_refuse_foreign_bytes() {
        let m = tiny();
        let p = |text: &str, c: Category| {
            m.probabilities(text).expect("short").into_iter().find(|(k, _)| *k == c).map(|(_, p)| p).expect("c")
        };
        assert!(p("donate to our journalism", Category::Donation) > p("the council met", Category::Donation));
        let bytes = m.to_bytes();
        let back = WordingModel::from_bytes(&bytes).expect("round trip");
        assert_eq!(back.to_bytes(), bytes);
        assert!(m.probabilities(&"word ".repeat(100)).is_none(), "a long text is not read");
        let mut other_bits = bytes.clone();
        other_bits[4] += 1;
        let mut unknown_category = bytes.clone();
        unknown_category[HEADER] = 99;
        for bad in [&b""[..], &bytes[..bytes.len() - 1], &other_bits, &unknown_category] {
            assert!(WordingModel::from_bytes(bad).is_none());
        }
    }
}
