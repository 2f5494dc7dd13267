//! `sift eval-weasel` (k-fold cross-validation on WikiWeasel train, plus scorer throughput) and
//! `sift train-weasel` (deterministic retraining of the shipped `weasel.bin`).

use std::path::{Path, PathBuf};
use std::time::Instant;

use crate::counts::Counts;
use sift::claims::{ngram_features, Scorer, SentenceContext, TrainConfig, WeaselModel, WEASEL_THRESHOLD};

const DEFAULT_DATA: &str = "../shared/data/wikiweasel";
const DEFAULT_OUT: &str = "src/claims/weasel.bin";
/// Rules-only WikiWeasel line: any cue at hedge strength or more. Rules are not trained, so this is the one
/// number here that is in-sample (the lexicon was written while reading train).
const RULE_THRESHOLD: f32 = 0.35;
/// Fold assignment seed; fixed so every run splits the same way.
const FOLD_SEED: u64 = 0x00c0_2010;

struct Options {
    data: PathBuf,
    folds: usize,
    extra: bool,
    reps: usize,
    out: PathBuf,
    train: TrainConfig,
}

fn parse(args: &[String]) -> Result<Options, String> {
    let mut o = Options {
        data: DEFAULT_DATA.into(),
        folds: 10,
        extra: true,
        reps: 5,
        out: DEFAULT_OUT.into(),
        train: TrainConfig::default(),
    };
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut value = |name: &str| it.next().cloned().ok_or_else(|| format!("{name} needs a value"));
        match a.as_str() {
            "--data" => o.data = value("--data")?.into(),
            "--out" => o.out = value("--out")?.into(),
            "--folds" => o.folds = value("--folds")?.parse().map_err(|e| format!("--folds: {e}"))?,
            "--reps" => o.reps = value("--reps")?.parse().map_err(|e| format!("--reps: {e}"))?,
            // train_extra_pattern.tsv joins every training part by default: +2.5 F1 in CV. It is never a test fold.
            "--no-extra" => o.extra = false,
            // Model settings, for CV sweeps only; the shipped model uses the defaults.
            "--epochs" => o.train.epochs = value("--epochs")?.parse().map_err(|e| format!("--epochs: {e}"))?,
            "--lr" => o.train.learning_rate = value("--lr")?.parse().map_err(|e| format!("--lr: {e}"))?,
            "--l2" => o.train.l2 = value("--l2")?.parse().map_err(|e| format!("--l2: {e}"))?,
            other => return Err(format!("unknown argument {other:?}")),
        }
    }
    if o.folds < 2 {
        return Err("--folds must be at least 2".into());
    }
    Ok(o)
}

/// Read `label<TAB>sentence` rows.
fn load(path: &Path) -> Result<Rows, String> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        format!("cannot read {} ({e}); pass --data DIR pointing at the WikiWeasel folder", path.display())
    })?;
    let mut rows = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let Some((label, sentence)) = line.split_once('\t') else {
            return Err(format!("{}:{}: expected label<TAB>sentence", path.display(), n + 1));
        };
        let y = match label.trim() {
            "1" => true,
            "0" => false,
            l => return Err(format!("{}:{}: label {l:?} is not 0 or 1", path.display(), n + 1)),
        };
        rows.push((sentence.to_string(), y));
    }
    Ok(rows)
}

/// `(sentence, is_uncertain)` rows of one file.
type Rows = Vec<(String, bool)>;

fn load_all(o: &Options) -> Result<(Rows, Rows), String> {
    let train = load(&o.data.join("train.tsv"))?;
    let extra = if o.extra { load(&o.data.join("train_extra_pattern.tsv"))? } else { Vec::new() };
    Ok((train, extra))
}

/// Deterministic fold of every row: a seeded shuffle, then round robin.
fn folds(n: usize, k: usize) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    let mut rng = FOLD_SEED | 1;
    for i in (1..n).rev() {
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        order.swap(i, (rng % (i as u64 + 1)) as usize);
    }
    let mut fold = vec![0; n];
    for (pos, &row) in order.iter().enumerate() {
        fold[row] = pos % k;
    }
    fold
}

/// Out-of-fold probabilities: for each fold, train on the other folds (+ extra rows) and predict this one.
fn cross_validate(
    feats: &[Vec<u32>],
    labels: &[bool],
    extra: &[(Vec<u32>, bool)],
    fold: &[usize],
    k: usize,
    cfg: &TrainConfig,
) -> Vec<f32> {
    let mut prob = vec![0f32; feats.len()];
    for f in 0..k {
        let mut train: Vec<(Vec<u32>, bool)> = extra.to_vec();
        train.extend((0..feats.len()).filter(|&i| fold[i] != f).map(|i| (feats[i].clone(), labels[i])));
        let model = WeaselModel::train(&train, cfg);
        for i in (0..feats.len()).filter(|&i| fold[i] == f) {
            prob[i] = model.probability(&feats[i]);
        }
    }
    prob
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

/// `sift eval-weasel [--data DIR] [--folds N] [--no-extra] [--reps N] [--epochs N --lr X --l2 X]`
pub fn run(args: &[String]) -> Result<(), String> {
    let o = parse(args)?;
    let (train, extra) = load_all(&o)?;
    let scorer = Scorer::new();
    let labels: Vec<bool> = train.iter().map(|r| r.1).collect();
    let ctx = SentenceContext::default();
    let news: Vec<bool> = train.iter().map(|r| scorer.score(&r.0, &ctx).kind.is_some()).collect();
    let hedge: Vec<f32> = train.iter().map(|r| scorer.hedge_score(&r.0)).collect();
    let ngrams: Vec<Vec<u32>> = train
        .iter()
        .map(|r| {
            let mut f = Vec::new();
            ngram_features(&r.0, &mut f);
            f
        })
        .collect();
    let combined: Vec<Vec<u32>> = train.iter().map(|r| scorer.weasel_features(&r.0)).collect();
    let extra_ngrams: Vec<(Vec<u32>, bool)> = extra
        .iter()
        .map(|r| {
            let mut f = Vec::new();
            ngram_features(&r.0, &mut f);
            (f, r.1)
        })
        .collect();
    let extra_combined: Vec<(Vec<u32>, bool)> = extra.iter().map(|r| (scorer.weasel_features(&r.0), r.1)).collect();
    let fold = folds(train.len(), o.folds);
    let p_learned = cross_validate(&ngrams, &labels, &extra_ngrams, &fold, o.folds, &o.train);
    let p_combined = cross_validate(&combined, &labels, &extra_combined, &fold, o.folds, &o.train);

    let at = |scores: &[f32], t: f32| Counts::of(scores.iter().zip(&labels).map(|(&s, &y)| (s >= t, y))).percent();
    println!(
        "WikiWeasel train.tsv: {} sentences, {} uncertain; {}-fold CV{}",
        train.len(),
        labels.iter().filter(|&&y| y).count(),
        o.folds,
        if o.extra {
            format!(" (+{} train_extra_pattern rows in every training part)", extra.len())
        } else {
            String::new()
        }
    );
    println!();
    println!("| component | threshold | P | R | F1 |");
    println!("|---|---|---|---|---|");
    let row =
        |name: &str, t: String, (p, r, f): (f64, f64, f64)| println!("| {name} | {t} | {p:.1} | {r:.1} | {f:.1} |");
    row(
        "rules: news kinds only (any flag)",
        "flag".into(),
        Counts::of(news.iter().copied().zip(labels.iter().copied())).percent(),
    );
    row("rules: news kinds + hedge lexicon (in-sample)", format!("{RULE_THRESHOLD}"), at(&hedge, RULE_THRESHOLD));
    row("learned only: hashed uni+bigrams, CV", format!("{WEASEL_THRESHOLD}"), at(&p_learned, WEASEL_THRESHOLD));
    row(
        "combined: n-grams + rule hits, CV (= weasel_score)",
        format!("{WEASEL_THRESHOLD}"),
        at(&p_combined, WEASEL_THRESHOLD),
    );

    let per_fold: Vec<f64> = (0..o.folds)
        .map(|f| {
            Counts::of(
                (0..train.len()).filter(|&i| fold[i] == f).map(|i| (p_combined[i] >= WEASEL_THRESHOLD, labels[i])),
            )
            .percent()
            .2
        })
        .collect();
    let mean = per_fold.iter().sum::<f64>() / per_fold.len() as f64;
    let sd = (per_fold.iter().map(|f| (f - mean).powi(2)).sum::<f64>() / per_fold.len() as f64).sqrt();
    println!();
    println!(
        "combined, F1 per fold: mean {mean:.1}, sd {sd:.1}, min {:.1}, max {:.1}",
        per_fold.iter().copied().fold(f64::MAX, f64::min),
        per_fold.iter().copied().fold(0.0, f64::max)
    );
    println!();
    println!("threshold sweep (F1, pooled out-of-fold):");
    println!("| t | rules+hedges | learned | combined |");
    println!("|---|---|---|---|");
    for t in [0.2f32, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6] {
        println!("| {t:.2} | {:.1} | {:.1} | {:.1} |", at(&hedge, t).2, at(&p_learned, t).2, at(&p_combined, t).2);
    }

    // Throughput: the whole corpus through `score`, several reps, median.
    let bytes: usize = train.iter().map(|r| r.0.len()).sum();
    let time = |f: &dyn Fn(&str) -> f32| {
        let runs: Vec<f64> = (0..o.reps.max(1))
            .map(|_| {
                let t0 = Instant::now();
                let mut sink = 0f32;
                for r in &train {
                    sink += f(&r.0);
                }
                std::hint::black_box(sink);
                bytes as f64 / 1e6 / t0.elapsed().as_secs_f64()
            })
            .collect();
        median(runs)
    };
    let score_mbs = time(&|s| scorer.score(s, &ctx).score);
    let weasel_mbs = time(&|s| scorer.weasel_score(s));
    println!();
    println!(
        "throughput ({} MB x {} reps, median{}): Scorer::score {score_mbs:.1} MB/s; Scorer::weasel_score {weasel_mbs:.1} MB/s",
        bytes as f64 / 1e6,
        o.reps.max(1),
        if cfg!(debug_assertions) { ", DEBUG build: use --release" } else { "" }
    );
    let disagree = train.iter().filter(|r| !scorer.gate_agrees(&r.0)).count();
    println!(
        "anchor gate self-check: {disagree} of {} sentences score differently without the gate (must be 0)",
        train.len()
    );
    println!(
        "shipped weights: {}",
        if scorer.has_learned_model() { "loaded" } else { "not loaded (weasel_score falls back to rules)" }
    );
    Ok(())
}

/// `sift train-weasel [--data DIR] [--out FILE] [--no-extra]`: train on all of train.tsv (+ the extra rows),
/// write the weights.
pub fn train(args: &[String]) -> Result<(), String> {
    let o = parse(args)?;
    let (train, extra) = load_all(&o)?;
    let scorer = Scorer::new();
    let rows: Vec<(Vec<u32>, bool)> = train.iter().chain(&extra).map(|r| (scorer.weasel_features(&r.0), r.1)).collect();
    let model = WeaselModel::train(&rows, &o.train);
    let bytes = model.to_bytes();
    std::fs::write(&o.out, &bytes).map_err(|e| format!("cannot write {} ({e})", o.out.display()))?;
    println!(
        "trained on {} rows ({} from train_extra_pattern); wrote {} bytes to {}; rebuild to ship it",
        rows.len(),
        extra.len(),
        bytes.len(),
        o.out.display()
    );
    Ok(())
}
