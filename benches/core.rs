//! Native throughput of the core (MEASURE.md §3), run by `make bench` (through tests/bench/run.mjs) or alone
//! with `cargo bench --bench core`.
//!
//! Inputs are read from real pages once, outside the timed loops, by the page reader `sift check` uses
//! (src/page.rs), the way the content script reads them: every `tag id class role` name and every short text
//! of a page (the prefilters), the candidate chains the prefilters pick, cut before the article (the
//! classifier), paragraph statistics (the article finder) and the article's text blocks (the assertion
//! scorer). Pages: `SIFT_BENCH_CORPUS` (default `../shared/corpus`), every `SIFT_BENCH_STRIDE`-th
//! HTML file in path order, up to `SIFT_BENCH_PAGES` (default 40); without a corpus, the pages under `www/`.
//!
//! Each iteration covers as many of those pages as one untimed pass does in `SIFT_BENCH_ITER_MS` (150 ms),
//! so a slow stage is measured on fewer pages rather than making the run long.
//! Throughput is declared per benchmark (criterion's `Elements` / `Bytes`), so criterion prints elements/s
//! and MB/s, and target/criterion/<group>/<name>/new/{estimates,benchmark}.json hold the numbers that
//! tests/bench/run.mjs reads back.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, SamplingMode, Throughput};
use sift::article::ArticleInput;
use sift::engine::Engine;
use sift::model::{ElementFacts, TextBlock};
use sift::page::Page;
use sift::settings::Settings;
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// What the content script hands the core for one page.
struct PageInput {
    names: Vec<String>,
    texts: Vec<String>,
    chains: Vec<Vec<ElementFacts>>,
    article: ArticleInput,
    blocks: Vec<TextBlock>,
}

fn read_page(engine: &Engine, settings: &Settings, source: &str) -> PageInput {
    let page = Page::parse(source);
    let r = page.read(engine, settings);
    let nodes = &r.snapshot.nodes;
    let chains =
        r.snapshot.chains.iter().map(|c| c.iter().filter_map(|&n| nodes[n as usize].facts.clone()).collect()).collect();
    let s = r.survey.survey;
    PageInput {
        names: s.names,
        texts: s.texts,
        chains,
        article: s.article.unwrap_or_default(),
        blocks: r.snapshot.blocks,
    }
}

fn html_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            html_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "html" || x == "htm") {
            out.push(p);
        }
    }
}

fn env_num(name: &str, default: usize) -> usize {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

fn pages() -> (String, Vec<PathBuf>) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let corpus =
        std::env::var("SIFT_BENCH_CORPUS").map(PathBuf::from).unwrap_or_else(|_| root.join("../shared/corpus"));
    let mut files = Vec::new();
    html_files(&corpus, &mut files);
    let mut label = corpus.display().to_string();
    if files.is_empty() {
        html_files(&root.join("www"), &mut files);
        label = "www/ (no corpus found)".into();
    }
    files.sort();
    let stride = env_num("SIFT_BENCH_STRIDE", (files.len() / env_num("SIFT_BENCH_PAGES", 40)).max(1));
    let take = env_num("SIFT_BENCH_PAGES", 40);
    (label, files.into_iter().step_by(stride.max(1)).take(take).collect())
}

fn core(c: &mut Criterion) {
    let engine = Engine::new();
    let settings = Settings::default();
    let (label, files) = pages();
    let inputs: Vec<PageInput> = files
        .iter()
        .filter_map(|f| std::fs::read(f).ok())
        .map(|b| read_page(&engine, &settings, &String::from_utf8_lossy(&b)))
        .collect();
    // One iteration covers as many pages as fit in ~ITER_BUDGET of one untimed pass (at least one page), so
    // the whole run stays short whatever the speed of each stage; the throughput is per element or byte.
    let budget = Duration::from_millis(env_num("SIFT_BENCH_ITER_MS", 150) as u64);
    let fit = |f: &dyn Fn(&PageInput) -> usize| -> Vec<&PageInput> {
        let mut out = Vec::new();
        let start = Instant::now();
        for p in &inputs {
            black_box(f(p));
            out.push(p);
            if start.elapsed() >= budget {
                break;
            }
        }
        out
    };
    let names_f = |p: &PageInput| engine.name_hits(black_box(&p.names), &settings).len();
    let texts_f = |p: &PageInput| engine.text_hits(black_box(&p.texts), &settings).len();
    let classify_f = |p: &PageInput| engine.classify(black_box(&p.chains), &settings).len();
    let article_f = |p: &PageInput| engine.find_article(black_box(&p.article)).map_or(0, |c| c.container as usize);
    let scorer_f = |p: &PageInput| engine.highlights(black_box(&p.blocks), &settings).len();
    let (names_in, texts_in, classify_in, article_in, scorer_in) =
        (fit(&names_f), fit(&texts_f), fit(&classify_f), fit(&article_f), fit(&scorer_f));
    let count = |set: &[&PageInput], f: &dyn Fn(&PageInput) -> usize| set.iter().map(|p| f(p)).sum::<usize>();
    let n_names = count(&names_in, &|p| p.names.len());
    let n_texts = count(&texts_in, &|p| p.texts.len());
    let n_facts = count(&classify_in, &|p| p.chains.iter().map(Vec::len).sum());
    let text_bytes = count(&scorer_in, &|p| p.blocks.iter().map(|b| b.text.len()).sum());
    eprintln!(
        "core bench: {} pages read from {label}; per iteration: {n_names} names ({} pages), {n_texts} texts ({}), \
         {n_facts} candidate elements ({}), {} pages for the article finder, {text_bytes} bytes of paragraphs ({})",
        inputs.len(),
        names_in.len(),
        texts_in.len(),
        classify_in.len(),
        article_in.len(),
        scorer_in.len()
    );

    let mut g = c.benchmark_group("core");
    g.sampling_mode(SamplingMode::Flat)
        .sample_size(10)
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_secs(2));
    let run = |set: &[&PageInput], f: &dyn Fn(&PageInput) -> usize| set.iter().map(|p| f(p)).sum::<usize>();
    g.throughput(Throughput::Elements(n_names as u64));
    g.bench_function(BenchmarkId::new("name_hits", "elements"), |b| b.iter(|| run(&names_in, &names_f)));
    g.throughput(Throughput::Elements(n_texts as u64));
    g.bench_function(BenchmarkId::new("text_hits", "elements"), |b| b.iter(|| run(&texts_in, &texts_f)));
    g.throughput(Throughput::Elements(n_facts as u64));
    g.bench_function(BenchmarkId::new("classify", "elements"), |b| b.iter(|| run(&classify_in, &classify_f)));
    g.throughput(Throughput::Elements(article_in.len() as u64));
    g.bench_function(BenchmarkId::new("find_article", "pages"), |b| b.iter(|| run(&article_in, &article_f)));
    g.throughput(Throughput::Bytes(text_bytes as u64));
    g.bench_function(BenchmarkId::new("highlights", "bytes"), |b| b.iter(|| run(&scorer_in, &scorer_f)));
    g.finish();
}

criterion_group!(benches, core);
criterion_main!(benches);
