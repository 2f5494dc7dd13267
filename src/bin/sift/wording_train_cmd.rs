//! `sift train-wording`: trains the learned wording (`src/nags/wording.bin`, see `sift::nags::wording_model`)
//! on the wording development sets and the census labels, against those sets' article sentences and the texts
//! of census pages that have no widget of a category. With `--cv`, it instead trains on all sets but one, for
//! each set in turn, and prints what the model reads of the set it did not see, beside the catalog's patterns.
//!
//! Never reads the wording check set, and skips every page of the held-out list.

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};
use std::time::Instant;

use sift::claims::split_sentences;
use sift::engine::Engine;
use sift::hashed::TrainConfig;
use sift::model::Category;
use sift::nags::wording_model::{features, Sample, WordingModel};
use sift::nags::Matchers;
use sift::page::{blocks_in, Page};
use sift::rules::{Matcher, RULES};
use sift::settings::Settings;

use crate::wording_eval_cmd::{load as load_set, CORE};

const DEFAULT_SETS: [&str; 4] =
    ["tests/eval/wording", "tests/eval/wording-2", "tests/eval/wording-3", "tests/eval/wording-4"];
const DEFAULT_LABELS: &str = "tests/eval/labels/labels.jsonl";
const DEFAULT_CORPUS: &str = "../shared/corpus";
const DEFAULT_OUT: &str = "src/nags/wording.bin";
/// The most texts taken from one census page.
const PAGE_TEXTS: usize = 30;
/// The thresholds `--cv` prints.
const SWEEP: [f32; 5] = [0.3, 0.5, 0.7, 0.9, 0.95];

struct Options {
    sets: Vec<PathBuf>,
    labels: PathBuf,
    corpus: PathBuf,
    out: PathBuf,
    cv: bool,
}

fn parse(args: &[String]) -> Result<Options, String> {
    let mut o = Options {
        sets: DEFAULT_SETS.iter().map(PathBuf::from).collect(),
        labels: DEFAULT_LABELS.into(),
        corpus: DEFAULT_CORPUS.into(),
        out: DEFAULT_OUT.into(),
        cv: false,
    };
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut value = |name: &str| it.next().cloned().ok_or_else(|| format!("{name} needs a value"));
        match a.as_str() {
            "--sets" => o.sets = value("--sets")?.split(',').map(PathBuf::from).collect(),
            "--labels" => o.labels = value("--labels")?.into(),
            "--corpus" => o.corpus = value("--corpus")?.into(),
            "--out" => o.out = value("--out")?.into(),
            "--cv" => o.cv = true,
            other => return Err(format!("unknown argument {other:?}; usage: sift train-wording [--cv] [--sets DIR,DIR…] [--labels FILE] [--corpus DIR] [--out FILE]")),
        }
    }
    if o.sets.iter().any(|s| s.to_string_lossy().contains("wording-check")) {
        return Err("the wording check set measures what was never trained on: it cannot be a training set".into());
    }
    Ok(o)
}

/// A training text and the group it is held out with: a wording set's index, or a census page's fold.
struct Row {
    sample: Sample,
    group: usize,
    /// A wording set's widget text or article sentence (scored by `--cv` per category), not a page's.
    from_set: bool,
}

/// The census pages and their label texts, read from `labels.jsonl`: (page, category, text) of each label and
/// (page, categories the page has no widget of) of each census page.
type Census = (Vec<(String, Category, String)>, Vec<(String, Vec<Category>)>);

fn read_labels(path: &Path, heldout: &HashSet<String>) -> Result<Census, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {} ({e})", path.display()))?;
    let (mut labels, mut pages) = (Vec::new(), Vec::new());
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let v: serde_json::Value =
            serde_json::from_str(line).map_err(|e| format!("{}:{}: {e}", path.display(), n + 1))?;
        let Some(page) = v["page"].as_str() else { continue };
        if heldout.contains(page) {
            continue;
        }
        if v["census"].as_bool() == Some(true) {
            let none_of = v["none_of"]
                .as_array()
                .map(|a| a.iter().filter_map(|c| c.as_str().and_then(Category::parse)).collect())
                .unwrap_or_default();
            pages.push((page.to_string(), none_of));
        } else if let (Some(c), Some(t)) = (v["category"].as_str().and_then(Category::parse), v["text"].as_str()) {
            labels.push((page.to_string(), c, t.to_string()));
        }
    }
    Ok((labels, pages))
}

fn read_heldout(corpus: &Path) -> HashSet<String> {
    let list = corpus.join("..").join("labels").join("heldout-pages.txt");
    std::fs::read_to_string(list)
        .unwrap_or_default()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(String::from)
        .collect()
}

/// The page's short texts, as the content script surveys them, and the sentences of its article, on two
/// threads; None for a page that cannot be read.
type PageTexts = Option<(Vec<String>, Vec<String>)>;

fn page_texts(corpus: &Path, pages: &[(String, Vec<Category>)]) -> Vec<PageTexts> {
    let read = |engine: &Engine, p: &str| {
        let bytes = std::fs::read(corpus.join(p)).ok()?;
        let page = Page::parse(&String::from_utf8_lossy(&bytes));
        let texts = page.survey().survey.texts;
        let mut sentences = Vec::new();
        if let Some(article) = page.article(engine) {
            for block in blocks_in(article) {
                sentences.extend(split_sentences(&block.text).into_iter().map(|r| block.text[r].trim().to_string()));
            }
        }
        sentences.retain(|s| s.chars().count() >= 20);
        Some((texts, sentences))
    };
    let half = pages.len().div_ceil(2);
    std::thread::scope(|s| {
        let (a, b) = pages.split_at(half);
        let other = s.spawn(|| {
            let engine = Engine::new();
            b.iter().map(|(p, _)| read(&engine, p)).collect::<Vec<_>>()
        });
        let engine = Engine::new();
        let mut out: Vec<PageTexts> = a.iter().map(|(p, _)| read(&engine, p)).collect();
        out.extend(other.join().unwrap_or_default());
        out
    })
}

/// The fold of a census page: spread by the page's name, so every run splits the same way.
fn fold_of(page: &str, folds: usize) -> usize {
    page.bytes().fold(0x811c_9dc5_u32, |h, b| (h ^ b as u32).wrapping_mul(0x0100_0193)) as usize % folds
}

/// A census label's text with its fold: (fold, category, text).
type LabelText = (usize, Category, String);

fn rows(o: &Options) -> Result<(Vec<Row>, Vec<LabelText>), String> {
    let started = Instant::now();
    let folds = o.sets.len();
    let mut rows = Vec::new();
    for (g, dir) in o.sets.iter().enumerate() {
        for item in load_set(dir)? {
            let (is, is_not) = match item.category {
                Some(c) => (vec![c], Category::HIDING.into_iter().filter(|&h| h != c).collect()),
                None => (Vec::new(), Category::HIDING.to_vec()),
            };
            rows.push(Row { sample: Sample { features: features(&item.text), is, is_not }, group: g, from_set: true });
        }
    }
    let heldout = read_heldout(&o.corpus);
    let (labels, pages) = read_labels(&o.labels, &heldout)?;
    let mut label_rows = Vec::new();
    for (page, c, text) in &labels {
        let g = fold_of(page, folds);
        label_rows.push((g, *c, text.clone()));
        rows.push(Row {
            sample: Sample { features: features(text), is: vec![*c], is_not: Vec::new() },
            group: g,
            from_set: false,
        });
    }
    if !o.corpus.is_dir() {
        return Err(format!("no corpus at {}; pass --corpus DIR", o.corpus.display()));
    }
    eprintln!("reading {} census pages' texts from {} …", pages.len(), o.corpus.display());
    let texts = page_texts(&o.corpus, &pages);
    let unreadable: Vec<&str> =
        pages.iter().zip(&texts).filter(|(_, t)| t.is_none()).map(|(p, _)| p.0.as_str()).collect();
    if !unreadable.is_empty() {
        eprintln!("{} census pages could not be read, e.g. {}", unreadable.len(), unreadable[0]);
    }
    let (mut negatives, mut prose) = (0, 0);
    for ((page, none_of), read) in pages.iter().zip(&texts) {
        let Some((texts, sentences)) = read else { continue };
        if none_of.is_empty() {
            continue;
        }
        let g = fold_of(page, folds);
        // A page has hundreds of texts and the sets a few hundred widget lines a category: every page's texts
        // at full weight taught the model that nothing is a widget.
        for (list, count) in [(texts, &mut negatives), (sentences, &mut prose)] {
            let stride = list.len().div_ceil(PAGE_TEXTS).max(1);
            for t in list.iter().step_by(stride) {
                *count += 1;
                rows.push(Row {
                    sample: Sample { features: features(t), is: Vec::new(), is_not: none_of.clone() },
                    group: g,
                    from_set: false,
                });
            }
        }
    }
    eprintln!(
        "{} set texts, {} label texts, {} page texts and {} article sentences of {} census pages ({:.0} s)",
        rows.iter().filter(|r| r.from_set).count(),
        labels.len(),
        negatives,
        prose,
        pages.len(),
        started.elapsed().as_secs_f32()
    );
    Ok((rows, label_rows))
}

pub fn train(args: &[String]) -> Result<(), String> {
    let o = parse(args)?;
    let (rows, labels) = rows(&o)?;
    if o.cv {
        return cross_validate(&o, &rows, &labels);
    }
    let samples: Vec<Sample> = rows.into_iter().map(|r| r.sample).collect();
    let started = Instant::now();
    let model = WordingModel::train(&samples, &learned_categories(), &TrainConfig::default());
    let bytes = model.to_bytes();
    std::fs::write(&o.out, &bytes).map_err(|e| format!("cannot write {} ({e})", o.out.display()))?;
    println!("wrote {} ({} bytes) in {:.0} s", o.out.display(), bytes.len(), started.elapsed().as_secs_f32());
    Ok(())
}

#[derive(Default, Clone, Copy)]
struct Tally {
    hit: u32,
    n: u32,
}

impl Tally {
    fn add(&mut self, hit: bool) {
        self.n += 1;
        self.hit += hit as u32;
    }
    fn share(&self) -> String {
        if self.n == 0 {
            "—".into()
        } else {
            format!("{:.2}", self.hit as f32 / self.n as f32)
        }
    }
}

/// What the model reads of one held-out part, at each threshold of [`SWEEP`] (index 0 is the patterns alone).
#[derive(Default)]
struct Scores {
    /// (sweep index, category) → widget texts read as their category by the patterns or the model.
    set: BTreeMap<(usize, Category), Tally>,
    /// The same, read by the model alone.
    alone: BTreeMap<(usize, Category), Tally>,
    prose: BTreeMap<usize, Tally>,
    labels: BTreeMap<usize, Tally>,
    pages: BTreeMap<usize, Tally>,
}

fn cross_validate(o: &Options, rows: &[Row], labels: &[LabelText]) -> Result<(), String> {
    let m = Matchers::new();
    let settings = Settings::default();
    let mut scores = Scores::default();
    let read = |model: &WordingModel, text: &str| model.probabilities(text).unwrap_or_default();
    for (g, dir) in o.sets.iter().enumerate() {
        let started = Instant::now();
        let train: Vec<Sample> = rows.iter().filter(|r| r.group != g).map(|r| r.sample.clone()).collect();
        let model = WordingModel::train(&train, &learned_categories(), &TrainConfig::default());
        for item in load_set(dir)? {
            let patterns = m.wording_categories(&item.text, &settings);
            let p = read(&model, &item.text);
            for (k, t) in std::iter::once(f32::INFINITY).chain(SWEEP).enumerate() {
                let learned = |c: Category| p.iter().any(|(x, q)| *x == c && *q >= t);
                match item.category {
                    Some(c) => {
                        scores.set.entry((k, c)).or_default().add(patterns.contains(c) || learned(c));
                        scores.alone.entry((k, c)).or_default().add(learned(c));
                    }
                    None => scores
                        .prose
                        .entry(k)
                        .or_default()
                        .add(!patterns.is_empty() || Category::HIDING.into_iter().any(learned)),
                }
            }
        }
        for (_, c, text) in labels.iter().filter(|(lg, _, _)| *lg == g) {
            let patterns = m.wording_categories(text, &settings);
            let p = read(&model, text);
            for (k, t) in std::iter::once(f32::INFINITY).chain(SWEEP).enumerate() {
                let learned = p.iter().any(|(x, q)| x == c && *q >= t);
                scores.labels.entry(k).or_default().add(patterns.contains(*c) || learned);
            }
        }
        // A page text of a category the page has no widget of, read as that category by the model alone: what
        // the model adds to the patterns' false readings.
        for r in rows.iter().filter(|r| r.group == g && !r.from_set && r.sample.is.is_empty()) {
            let p = model.feature_probabilities(&r.sample.features);
            for (k, t) in SWEEP.into_iter().enumerate() {
                let wrong = r.sample.is_not.iter().any(|c| p.iter().any(|(x, q)| x == c && *q >= t));
                scores.pages.entry(k + 1).or_default().add(wrong);
            }
        }
        eprintln!("fold {} ({}) trained and read in {:.0} s", g + 1, dir.display(), started.elapsed().as_secs_f32());
    }
    print_cv(&scores);
    Ok(())
}

/// The categories the catalog has a learned rule for: the model ships a table for each of them only.
fn learned_categories() -> Vec<Category> {
    Category::HIDING
        .into_iter()
        .filter(|&c| RULES.iter().any(|r| r.category == c && matches!(r.matcher, Matcher::Learned)))
        .collect()
}

fn print_cv(s: &Scores) {
    println!(
        "Learned wording, each development set read by a model trained on the others (and on the census labels and"
    );
    println!("pages of the other folds): share of widget texts read as their category by the patterns OR the model;");
    println!("prose = the sets' article sentences read as any category; labels = census label texts read as theirs;");
    println!("pages = texts of census pages read by the model as a category the page has no widget of.\n");
    let cats = Category::HIDING;
    print!("| threshold |");
    for c in cats {
        print!(" {} |", c.as_str());
    }
    println!(" core | all seven | model alone: core | all seven | prose | labels | pages |");
    println!("|---|{}---|---|---|---|---|---|---|---|", "---|".repeat(cats.len()));
    for k in 0..=SWEEP.len() {
        let name = if k == 0 { "patterns only".to_string() } else { format!("≥ {:.2}", SWEEP[k - 1]) };
        print!("| {name} |");
        let (mut core, mut all, mut core_alone, mut all_alone) =
            (Tally::default(), Tally::default(), Tally::default(), Tally::default());
        for c in cats {
            let a = s.alone.get(&(k, c)).copied().unwrap_or_default();
            all_alone.hit += a.hit;
            all_alone.n += a.n;
            if CORE.contains(&c) {
                core_alone.hit += a.hit;
                core_alone.n += a.n;
            }
            let t = s.set.get(&(k, c)).copied().unwrap_or_default();
            print!(" {} |", t.share());
            all.hit += t.hit;
            all.n += t.n;
            if CORE.contains(&c) {
                core.hit += t.hit;
                core.n += t.n;
            }
        }
        let get = |m: &BTreeMap<usize, Tally>| m.get(&k).copied().unwrap_or_default();
        let pages = get(&s.pages);
        let pages = if k == 0 { "—".to_string() } else { format!("{:.4}", pages.hit as f32 / pages.n.max(1) as f32) };
        println!(
            " {} | {} | {} | {} | {}/{} | {} | {pages} |",
            core.share(),
            all.share(),
            core_alone.share(),
            all_alone.share(),
            get(&s.prose).hit,
            get(&s.prose).n,
            get(&s.labels).share()
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_check_set_is_refused_as_a_training_set() {
        let args = ["--sets".to_string(), "tests/eval/wording,tests/eval/wording-check".to_string()];
        assert!(parse(&args).err().is_some_and(|e| e.contains("check set")));
        assert!(parse(&["--bogus".to_string()]).is_err());
    }

    #[test]
    fn labels_and_census_pages_are_read_and_held_out_pages_skipped() {
        let dir = std::env::temp_dir().join(format!("sift-train-wording-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let file = dir.join("labels.jsonl");
        let lines = [
            r#"{"page": "a.html", "category": "donation", "text": "Support us"}"#,
            r#"{"page": "a.html", "census": true, "none_of": ["login", "cookie"]}"#,
            r#"{"page": "secret.html", "category": "login", "text": "Sign in"}"#,
            r#"{"page": "secret.html", "census": true, "none_of": ["donation"]}"#,
        ];
        std::fs::write(&file, lines.join("\n")).expect("write");
        let heldout: HashSet<String> = ["secret.html".to_string()].into();
        let (labels, pages) = read_labels(&file, &heldout).expect("read");
        assert_eq!(labels, vec![("a.html".to_string(), Category::Donation, "Support us".to_string())]);
        assert_eq!(pages, vec![("a.html".to_string(), vec![Category::Login, Category::Cookie])]);
        std::fs::write(&file, "{not json").expect("write");
        assert!(read_labels(&file, &heldout).err().is_some_and(|e| e.contains("labels.jsonl:1")));
        let _ = std::fs::remove_dir_all(&dir);
    }
}
