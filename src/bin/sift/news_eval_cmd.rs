//! `sift eval-news`: the page highlighter's decision against the labelled news development set
//! (`tests/eval/news/labels.jsonl`, see its README): precision, recall and F1 per kind and overall, for all rows
//! and per stratum, and with `--errors` every false positive and miss with the highlighter's reason.
//!
//! Each sentence goes through the same path as a page's text block (`highlight::highlights` with the default
//! settings: splitting, scoring, kinds switched on), as a block of its own. The set carries no links or quote
//! blocks (the annotators saw plain text too), so the context is empty.

use std::collections::HashMap;
use std::path::PathBuf;
use std::time::Instant;

use crate::counts::Counts;
use sift::claims::{split_sentences, ClaimKind, Scorer, SentenceContext};
use sift::highlight::highlights;
use sift::model::TextBlock;
use sift::settings::Settings;

/// A table row of the counts.
trait TableRow {
    fn row(&self, name: &str, gold_n: u32) -> String;
}

const DEFAULT_DIR: &str = "tests/eval/news";

struct Row {
    id: String,
    page: String,
    stratum: String,
    text: String,
    gold: Option<ClaimKind>,
}

/// One decision: the kind (None = not highlighted) and the reason shown to the reader.
struct Decision {
    kind: Option<ClaimKind>,
    cue: String,
    reason: String,
}

fn parse_kind(s: &str) -> Result<Option<ClaimKind>, String> {
    if s == "none" {
        return Ok(None);
    }
    ClaimKind::parse(s).map(Some).ok_or_else(|| format!("unknown kind {s:?}"))
}

fn load(dir: &std::path::Path) -> Result<Vec<Row>, String> {
    let read = |name: &str| {
        let p = dir.join(name);
        std::fs::read_to_string(&p)
            .map_err(|e| format!("cannot read {} ({e}); run from the repository root or pass --dir", p.display()))
    };
    let mut gold: HashMap<String, Option<ClaimKind>> = HashMap::new();
    for (n, line) in read("labels.jsonl")?.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let v: serde_json::Value = serde_json::from_str(line).map_err(|e| format!("labels.jsonl:{}: {e}", n + 1))?;
        let id = v["id"].as_str().ok_or(format!("labels.jsonl:{}: no id", n + 1))?;
        let kind = v["kind"].as_str().ok_or(format!("labels.jsonl:{}: no kind", n + 1))?;
        let kind = parse_kind(kind).map_err(|e| format!("labels.jsonl:{}: {e}", n + 1))?;
        if gold.insert(id.to_string(), kind).is_some() {
            return Err(format!("labels.jsonl:{}: duplicate id {id}", n + 1));
        }
    }
    let mut rows = Vec::new();
    for (n, line) in read("sentences.jsonl")?.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let v: serde_json::Value = serde_json::from_str(line).map_err(|e| format!("sentences.jsonl:{}: {e}", n + 1))?;
        let field = |k: &str| v[k].as_str().map(str::to_string).ok_or(format!("sentences.jsonl:{}: no {k}", n + 1));
        let id = field("id")?;
        let gold = *gold.get(&id).ok_or(format!("labels.jsonl has no label for {id}"))?;
        rows.push(Row { id, page: field("page")?, stratum: field("stratum")?, text: field("text")?, gold });
    }
    if rows.len() != gold.len() {
        return Err(format!("labels.jsonl has {} ids, sentences.jsonl {} rows", gold.len(), rows.len()));
    }
    Ok(rows)
}

/// The highlighter's decision on one sentence, as a page block: the most specific highlighted kind if the
/// splitter cut it in parts.
fn decide(scorer: &Scorer, settings: &Settings, text: &str) -> Decision {
    let block = TextBlock { text: text.to_string(), ..Default::default() };
    let hs = highlights(scorer, std::slice::from_ref(&block), settings);
    let best = hs.iter().filter_map(|h| ClaimKind::parse(&h.kind).map(|k| (k, h))).min_by_key(|(k, _)| rank(*k));
    match best {
        Some((k, h)) => Decision { kind: Some(k), cue: h.cue.clone(), reason: h.reason.clone() },
        None => {
            let v = scorer.score(text, &Default::default());
            Decision { kind: None, cue: String::new(), reason: v.reason }
        }
    }
}

/// The rules alone, without the learned model's confirmation of the weakest cues (same splitting, same kinds).
fn decide_rules_only(scorer: &Scorer, text: &str) -> Option<ClaimKind> {
    split_sentences(text)
        .into_iter()
        .filter_map(|r| text.get(r))
        .filter_map(|s| scorer.score_rules_only(s, &SentenceContext::default()).kind)
        .min_by_key(|&k| rank(k))
}

fn rank(k: ClaimKind) -> usize {
    [
        ClaimKind::EvidenceAbsent,
        ClaimKind::AnonSource,
        ClaimKind::ContestedClaim,
        ClaimKind::VagueSource,
        ClaimKind::Speculation,
    ]
    .iter()
    .position(|&x| x == k)
    .unwrap_or(9)
}

impl TableRow for Counts {
    fn row(&self, name: &str, gold_n: u32) -> String {
        let (p, r, f) = self.prf();
        let dash = |x: f64, d: u32| {
            if d == 0 {
                "–".to_string()
            } else {
                format!("{x:.2}")
            }
        };
        format!(
            "| {name} | {gold_n} | {} | {} | {} | {} | {} | {} |",
            self.tp + self.fp,
            self.tp,
            dash(p, self.tp + self.fp),
            dash(r, self.tp + self.fn_),
            dash(f, (self.tp + self.fp) * (self.tp + self.fn_)),
            self.fp
        )
    }
}

fn table(title: &str, rows: &[&Row], pred: &[&Decision]) {
    println!("\n{title} ({} sentences)\n", rows.len());
    println!("| kind | labelled | flagged | right | P | R | F1 | FP |");
    println!("|---|---|---|---|---|---|---|---|");
    for k in ClaimKind::ALL {
        let mut c = Counts::default();
        let mut n = 0;
        for (r, d) in rows.iter().zip(pred) {
            n += u32::from(r.gold == Some(k));
            // Per kind: one-vs-rest.
            match (d.kind == Some(k), r.gold == Some(k)) {
                (true, true) => c.tp += 1,
                (true, false) => c.fp += 1,
                (false, true) => c.fn_ += 1,
                _ => {}
            }
        }
        println!("{}", c.row(k.as_str(), n));
    }
    let mut flag = Counts::default();
    let mut exact = Counts::default();
    let mut n = 0;
    for (r, d) in rows.iter().zip(pred) {
        n += u32::from(r.gold.is_some());
        flag.add(d.kind.is_some(), r.gold.is_some(), true);
        exact.add(d.kind.is_some(), r.gold.is_some(), d.kind == r.gold);
    }
    println!("{}", flag.row("**any flag** (flag vs none)", n));
    println!("{}", exact.row("**kind-exact**", n));
}

/// `sift eval-news --throughput FILE`: the highlighter (splitting and scoring, as a page's text blocks) over
/// the paragraphs of a plain-text file (blank-line separated), median MB/s of 5 runs after a warm-up run.
fn throughput(path: &str) -> Result<(), String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    let blocks: Vec<TextBlock> = text
        .split("\n\n")
        .filter(|p| !p.trim().is_empty())
        .map(|p| TextBlock { text: p.to_string(), ..Default::default() })
        .collect();
    let bytes: usize = blocks.iter().map(|b| b.text.len()).sum();
    let scorer = Scorer::new();
    let settings = Settings::default();
    let mut marks = highlights(&scorer, &blocks, &settings).len();
    let mut runs: Vec<f64> = (0..5)
        .map(|_| {
            let t0 = Instant::now();
            marks = std::hint::black_box(highlights(&scorer, &blocks, &settings)).len();
            bytes as f64 / 1e6 / t0.elapsed().as_secs_f64()
        })
        .collect();
    runs.sort_by(f64::total_cmp);
    println!(
        "highlighter over {} blocks, {:.1} MB: median {:.1} MB/s (min {:.1}, max {:.1}); {marks} sentences highlighted{}",
        blocks.len(),
        bytes as f64 / 1e6,
        runs[2],
        runs[0],
        runs[4],
        if cfg!(debug_assertions) { "; DEBUG build" } else { "" }
    );
    Ok(())
}

/// `sift eval-news [--dir DIR] [--errors] | --throughput FILE`
pub fn run(args: &[String]) -> Result<(), String> {
    let mut dir = PathBuf::from(DEFAULT_DIR);
    let mut errors = false;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--dir" => dir = it.next().ok_or("--dir needs a value")?.into(),
            "--throughput" => {
                return throughput(it.next().ok_or("--throughput needs a text file")?);
            }
            "--errors" => errors = true,
            other => return Err(format!("unknown argument {other:?}")),
        }
    }
    let rows = load(&dir)?;
    let scorer = Scorer::new();
    let settings = Settings::default();
    let t0 = Instant::now();
    let pred: Vec<Decision> = rows.iter().map(|r| decide(&scorer, &settings, &r.text)).collect();
    let elapsed = t0.elapsed();
    let pages = rows.iter().map(|r| r.page.as_str()).collect::<std::collections::HashSet<_>>().len();
    println!(
        "news development set: {} sentences from {pages} pages, {} labelled as a kind ({})",
        rows.len(),
        rows.iter().filter(|r| r.gold.is_some()).count(),
        dir.display()
    );
    let all: Vec<&Row> = rows.iter().collect();
    let all_pred: Vec<&Decision> = pred.iter().collect();
    table("all rows", &all, &all_pred);
    for stratum in ["cue", "random"] {
        let (r, p): (Vec<&Row>, Vec<&Decision>) = rows.iter().zip(&pred).filter(|(r, _)| r.stratum == stratum).unzip();
        table(&format!("stratum {stratum}"), &r, &p);
    }
    // What the learned model's confirmation changes: the same rows decided by the rules alone.
    let rules_only: Vec<Decision> = rows
        .iter()
        .map(|r| Decision { kind: decide_rules_only(&scorer, &r.text), cue: String::new(), reason: String::new() })
        .collect();
    let mut flag = Counts::default();
    let mut exact = Counts::default();
    let mut n = 0;
    for (r, d) in rows.iter().zip(&rules_only) {
        n += u32::from(r.gold.is_some());
        flag.add(d.kind.is_some(), r.gold.is_some(), true);
        exact.add(d.kind.is_some(), r.gold.is_some(), d.kind == r.gold);
    }
    println!("\nrules alone, without the learned model confirming the weakest speculation cues (all rows)\n");
    println!("| kind | labelled | flagged | right | P | R | F1 | FP |");
    println!("|---|---|---|---|---|---|---|---|");
    println!("{}", flag.row("**any flag** (flag vs none)", n));
    println!("{}", exact.row("**kind-exact**", n));
    let changed: Vec<&str> = rows
        .iter()
        .zip(pred.iter().zip(&rules_only))
        .filter(|(_, (a, b))| a.kind != b.kind)
        .map(|(r, _)| r.id.as_str())
        .collect();
    println!("rows the model's confirmation changes: {} {}", changed.len(), changed.join(" "));
    let bytes: usize = rows.iter().map(|r| r.text.len()).sum();
    println!(
        "\n{} KB decided in {:.1} ms (one block per sentence, first calls compile patterns){}",
        bytes / 1000,
        elapsed.as_secs_f64() * 1e3,
        if cfg!(debug_assertions) { "; DEBUG build" } else { "" }
    );
    if errors {
        let show = |what: &str, keep: &dyn Fn(&Row, &Decision) -> bool| {
            let list: Vec<(&Row, &Decision)> = rows.iter().zip(&pred).filter(|(r, d)| keep(r, d)).collect();
            println!("\n{what}: {}", list.len());
            for (r, d) in list {
                let name = |k: Option<ClaimKind>| k.map_or("none", |k| k.as_str());
                println!(
                    "  {} [{}] labelled {}, highlighted {}{}\n      {}\n      {}",
                    r.id,
                    r.stratum,
                    name(r.gold),
                    name(d.kind),
                    if d.cue.is_empty() { String::new() } else { format!(" (cue \"{}\")", d.cue) },
                    r.text,
                    if d.reason.is_empty() { "(no cue)" } else { &d.reason }
                );
            }
        };
        show("false positives (highlighted, labelled none)", &|r, d| d.kind.is_some() && r.gold.is_none());
        show("wrong kind (highlighted, labelled another kind)", &|r, d| {
            d.kind.is_some() && r.gold.is_some() && d.kind != r.gold
        });
        show("misses (labelled a kind, not highlighted)", &|r, d| d.kind.is_none() && r.gold.is_some());
    }
    Ok(())
}
