//! Confusion counts of a decision against labels, and precision, recall and F1 from them, for the evaluation
//! commands (`eval-weasel`, `eval-news`).

#[derive(Default, Clone, Copy)]
pub struct Counts {
    pub tp: u32,
    pub fp: u32,
    pub fn_: u32,
}

impl Counts {
    /// One decision: flagged or not, labelled or not; `hit` says whether a flag on a labelled row is right
    /// (a wrong kind counts as a false positive and a miss).
    pub fn add(&mut self, pred: bool, gold: bool, hit: bool) {
        match (pred, gold) {
            (true, true) if hit => self.tp += 1,
            (true, true) => {
                self.fp += 1;
                self.fn_ += 1
            }
            (true, false) => self.fp += 1,
            (false, true) => self.fn_ += 1,
            _ => {}
        }
    }

    /// Counts of (flagged, labelled) pairs.
    pub fn of(pairs: impl Iterator<Item = (bool, bool)>) -> Counts {
        let mut c = Counts::default();
        for (p, y) in pairs {
            c.add(p, y, true);
        }
        c
    }

    /// Precision, recall and F1, each 0..1.
    pub fn prf(self) -> (f64, f64, f64) {
        let p = self.tp as f64 / (self.tp + self.fp).max(1) as f64;
        let r = self.tp as f64 / (self.tp + self.fn_).max(1) as f64;
        let f = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
        (p, r, f)
    }

    /// The same in percent.
    pub fn percent(self) -> (f64, f64, f64) {
        let (p, r, f) = self.prf();
        (100.0 * p, 100.0 * r, 100.0 * f)
    }
}
