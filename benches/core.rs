//! Native throughput of the core (MEASURE.md §3), run by `make bench` (through tests/bench/run.mjs) or alone
//! with `cargo bench --bench core`.
//!
//! Inputs are read from real pages once, outside the timed loops, the way the content script reads them:
//! every `tag id class role` name and every short text of a page (the prefilters), the candidate chains the
//! prefilters pick (the classifier), paragraph statistics (the article finder) and paragraph texts (the
//! assertion scorer). Pages: `SIFT_BENCH_CORPUS` (default `../shared/corpus`), every `SIFT_BENCH_STRIDE`-th
//! HTML file in path order, up to `SIFT_BENCH_PAGES` (default 40); without a corpus, the pages under `www/`.
//!
//! Each iteration covers as many of those pages as one untimed pass does in `SIFT_BENCH_ITER_MS` (150 ms),
//! so a slow stage is measured on fewer pages rather than making the run long.
//! Throughput is declared per benchmark (criterion's `Elements` / `Bytes`), so criterion prints elements/s
//! and MB/s, and target/criterion/<group>/<name>/new/{estimates,benchmark}.json hold the numbers that
//! tests/bench/run.mjs reads back.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, SamplingMode, Throughput};
use scraper::{ElementRef, Html, Selector};
use sift::article::{ArticleInput, BlockStat, ContainerInfo};
use sift::engine::Engine;
use sift::model::{ElementFacts, TextBlock};
use sift::settings::Settings;
use std::collections::HashMap;
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

const SKIP: &[&str] = &["script", "style", "noscript", "template", "head", "title", "svg", "iframe", "textarea"];
const MAX_PROBE_TEXT: usize = 400;
const CHAIN_TEXT_LIMIT: usize = 5000;

fn sel(s: &str) -> Selector {
    Selector::parse(s).expect("constant selector")
}

fn text_of(el: ElementRef) -> String {
    let mut out = String::new();
    for node in el.descendants() {
        if let Some(t) = node.value().as_text() {
            if !node.ancestors().filter_map(ElementRef::wrap).any(|a| SKIP.contains(&a.value().name())) {
                out.push_str(t);
            }
        }
    }
    out
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// What the content script hands the core for one page.
#[derive(Default)]
struct PageInput {
    names: Vec<String>,
    texts: Vec<String>,
    chains: Vec<Vec<ElementFacts>>,
    article: Option<ArticleInput>,
    blocks: Vec<TextBlock>,
}

fn facts(el: ElementRef, page_len: usize) -> ElementFacts {
    let text = text_of(el);
    let v = el.value();
    let buttons = el
        .select(&sel("button, [role=button], input[type=submit], input[type=button], a"))
        .filter_map(|b| {
            let label = collapse(&text_of(b));
            (!label.is_empty() && label.chars().count() <= 40).then_some(label)
        })
        .take(12)
        .collect();
    let inputs = el.select(&sel("input")).map(|i| i.value().attr("type").unwrap_or("text").to_ascii_lowercase()).collect();
    let links: Vec<_> = el.select(&sel("a")).collect();
    let text_len = text.chars().count();
    ElementFacts {
        tag: v.name().to_string(),
        id: v.id().unwrap_or("").to_string(),
        class: v.attr("class").unwrap_or("").to_string(),
        role: v.attr("role").unwrap_or("").to_string(),
        aria_modal: v.attr("aria-modal") == Some("true"),
        text: collapse(&text).chars().take(1500).collect(),
        text_len: text_len as u32,
        buttons,
        inputs,
        links: links.len() as u32,
        link_text_len: links.iter().map(|a| text_of(*a).chars().count() as u32).sum(),
        position: "static".into(),
        page_text_share: if page_len > 0 { text_len as f32 / page_len as f32 } else { 0.0 },
        ..Default::default()
    }
}

fn read_page(engine: &Engine, settings: &Settings, source: &str) -> PageInput {
    let html = Html::parse_document(source);
    let mut input = PageInput::default();
    let body = html.select(&sel("body")).next();
    let page_len = body.map_or(0, |b| text_of(b).chars().count());
    let (mut text_owners, mut name_owners) = (Vec::new(), Vec::new());
    for el in html.select(&sel("body *")) {
        let v = el.value();
        if SKIP.contains(&v.name()) {
            continue;
        }
        let own: String = el.children().filter_map(|c| c.value().as_text().map(|t| t.to_string())).collect();
        if own.trim().chars().count() >= 4 {
            let whole = text_of(el);
            let t = collapse(if whole.chars().count() <= MAX_PROBE_TEXT { &whole } else { &own });
            if t.chars().count() >= 6 {
                input.texts.push(t);
                text_owners.push(el);
            }
        }
        if v.id().is_some() || v.attr("class").is_some() || v.attr("role").is_some() {
            input.names.push(format!("{} {} {} {}", v.name(), v.id().unwrap_or(""), v.attr("class").unwrap_or(""), v.attr("role").unwrap_or("")));
            name_owners.push(el);
        }
    }
    // Candidate chains, as the content script builds them from the prefilter hits.
    let mut owners: Vec<ElementRef> = Vec::new();
    owners.extend(engine.text_hits(&input.texts, settings).into_iter().map(|i| text_owners[i as usize]));
    owners.extend(engine.name_hits(&input.names, settings).into_iter().map(|i| name_owners[i as usize]));
    let mut seen = std::collections::HashSet::new();
    for el in owners {
        if !seen.insert(el.id()) {
            continue;
        }
        let mut chain = Vec::new();
        let mut cur = Some(el);
        while let Some(e) = cur {
            if matches!(e.value().name(), "body" | "html") || chain.len() >= 10 || text_of(e).chars().count() > CHAIN_TEXT_LIMIT {
                break;
            }
            chain.push(facts(e, page_len));
            cur = e.parent().and_then(ElementRef::wrap);
        }
        if !chain.is_empty() {
            input.chains.push(chain);
        }
    }
    // Paragraph statistics for the article finder, and paragraph texts for the scorer.
    let (mut containers, mut index, mut blocks) = (Vec::new(), HashMap::new(), Vec::new());
    let a = sel("a");
    let link_len = |el: ElementRef| el.select(&a).map(|x| text_of(x).chars().count()).sum::<usize>() as u32;
    for p in html.select(&sel("p, pre, td, blockquote")) {
        let text = text_of(p);
        let n = text.trim().chars().count();
        if n >= 20 && p.value().name() != "td" {
            input.blocks.push(TextBlock { text: text.clone(), links: Vec::new(), quote: p.value().name() == "blockquote" });
        }
        if n < 25 {
            continue;
        }
        let parent = p.parent().and_then(ElementRef::wrap).filter(|e| e.value().name() != "html");
        let grand = parent.and_then(|e| e.parent()).and_then(ElementRef::wrap).filter(|e| e.value().name() != "html");
        let mut slot = |el: Option<ElementRef<'_>>| -> i32 {
            let Some(el) = el else { return -1 };
            *index.entry(el.id()).or_insert_with(|| {
                containers.push(el.id());
                containers.len() - 1
            }) as i32
        };
        let (parent_i, grand_i) = (slot(parent), slot(grand));
        blocks.push(BlockStat { parent: parent_i, grand: grand_i, text_len: n as u32, link_len: link_len(p), commas: text.matches(',').count() as u32 });
    }
    let infos = containers
        .iter()
        .filter_map(|id| html.tree.get(*id).and_then(ElementRef::wrap))
        .map(|el| ContainerInfo {
            tag: el.value().name().to_string(),
            id: el.value().id().unwrap_or("").to_string(),
            class: el.value().attr("class").unwrap_or("").to_string(),
            text_len: text_of(el).chars().count() as u32,
            link_len: link_len(el),
        })
        .collect();
    input.article = Some(ArticleInput { blocks, containers: infos });
    input
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
    let corpus = std::env::var("SIFT_BENCH_CORPUS").map(PathBuf::from).unwrap_or_else(|_| root.join("../shared/corpus"));
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
    let article_f = |p: &PageInput| p.article.as_ref().and_then(|a| engine.find_article(black_box(a))).map_or(0, |c| c.container as usize);
    let scorer_f = |p: &PageInput| engine.highlights(black_box(&p.blocks), &settings).len();
    let (names_in, texts_in, classify_in, article_in, scorer_in) = (fit(&names_f), fit(&texts_f), fit(&classify_f), fit(&article_f), fit(&scorer_f));
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
    g.sampling_mode(SamplingMode::Flat).sample_size(10).warm_up_time(Duration::from_millis(300)).measurement_time(Duration::from_secs(2));
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
