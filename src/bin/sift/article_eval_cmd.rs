//! `sift eval-article`: how well the article finder's body matches the corpus' own ground truth. For the
//! Scrapinghub pages (full `articleBody`): word-level recall (how much of the true article the body holds) and
//! precision (how much of the body is article). For the trafilatura pages: the share of must-keep snippets
//! inside the body and of must-drop snippets (menus, footers) kept out of it.

use serde_json::Value;
use sift::engine::Engine;
use sift::page::{text_of, Page};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::Instant;

fn words(s: &str) -> HashMap<String, u32> {
    let mut m = HashMap::new();
    for w in s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        *m.entry(w.to_lowercase()).or_insert(0) += 1;
    }
    m
}

fn overlap(a: &HashMap<String, u32>, b: &HashMap<String, u32>) -> u32 {
    a.iter().map(|(w, n)| (*n).min(*b.get(w).unwrap_or(&0))).sum()
}

fn body_text(engine: &Engine, path: &Path) -> Option<String> {
    let bytes = std::fs::read(path).ok()?;
    let page = Page::parse(&String::from_utf8_lossy(&bytes));
    let article = page.article(engine);
    Some(article.map(|a| text_of(a)).unwrap_or_default())
}

pub fn run(args: &[String]) -> Result<(), String> {
    let mut corpus = PathBuf::from("../shared/corpus");
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--corpus" => corpus = it.next().ok_or("--corpus needs a directory")?.into(),
            other => return Err(format!("unknown option {other}; usage: sift eval-article [--corpus DIR]")),
        }
    }
    let engine = Engine::new();
    let t0 = Instant::now();

    let gt_path = corpus.join("scrapinghub-aeb/ground-truth.json");
    let gt: Value = serde_json::from_slice(
        &std::fs::read(&gt_path).map_err(|e| format!("cannot read {}: {e}", gt_path.display()))?,
    )
    .map_err(|e| format!("{}: {e}", gt_path.display()))?;
    let (mut tp, mut truth, mut found, mut pages, mut empty) = (0u64, 0u64, 0u64, 0, 0);
    for (id, entry) in gt.as_object().ok_or("ground truth is not an object")? {
        let Some(body) = entry.get("articleBody").and_then(Value::as_str) else { continue };
        let Some(text) = body_text(&engine, &corpus.join(format!("scrapinghub-aeb/html/{id}.html"))) else { continue };
        let (t, f) = (words(body), words(&text));
        tp += overlap(&t, &f) as u64;
        truth += t.values().map(|&n| n as u64).sum::<u64>();
        found += f.values().map(|&n| n as u64).sum::<u64>();
        pages += 1;
        if f.is_empty() {
            empty += 1;
        }
        if pages % 40 == 0 {
            eprintln!("eval-article: scrapinghub {pages} pages");
        }
    }
    let recall = tp as f64 / truth.max(1) as f64;
    let precision = tp as f64 / found.max(1) as f64;

    let ev_path = corpus.join("trafilatura/evaldata.json");
    let ev: Value = serde_json::from_slice(
        &std::fs::read(&ev_path).map_err(|e| format!("cannot read {}: {e}", ev_path.display()))?,
    )
    .map_err(|e| format!("{}: {e}", ev_path.display()))?;
    let (mut with_in, mut with_n, mut without_out, mut without_n, mut tpages) = (0, 0, 0, 0, 0);
    for entry in ev.as_object().ok_or("evaldata is not an object")?.values() {
        let Some(file) = entry.get("file").and_then(Value::as_str) else { continue };
        let path = corpus.join("trafilatura/eval").join(file);
        let path = if path.exists() { path } else { corpus.join("trafilatura/cache").join(file) };
        let Some(text) = body_text(&engine, &path) else { continue };
        let norm = text.split_whitespace().collect::<Vec<_>>().join(" ");
        let list = |k: &str| entry.get(k).and_then(Value::as_array).cloned().unwrap_or_default();
        for s in list("with").iter().filter_map(Value::as_str) {
            with_n += 1;
            if norm.contains(&s.split_whitespace().collect::<Vec<_>>().join(" ")) {
                with_in += 1;
            }
        }
        for s in list("without").iter().filter_map(Value::as_str) {
            without_n += 1;
            if !norm.contains(&s.split_whitespace().collect::<Vec<_>>().join(" ")) {
                without_out += 1;
            }
        }
        tpages += 1;
        if tpages % 200 == 0 {
            eprintln!("eval-article: trafilatura {tpages} pages");
        }
    }
    println!("Article body finder against the corpus ground truth ({:.1} s)", t0.elapsed().as_secs_f64());
    println!("| set | pages | measure | value |");
    println!("|---|---|---|---|");
    println!("| scrapinghub articleBody | {pages} | word recall (true article text inside the body) | {:.3} |", recall);
    println!("| scrapinghub articleBody | {pages} | word precision (body text that is article) | {:.3} |", precision);
    println!("| scrapinghub articleBody | {pages} | pages with no body found | {empty} |");
    println!(
        "| trafilatura evaldata | {tpages} | must-keep snippets inside the body | {with_in}/{with_n} ({:.3}) |",
        with_in as f64 / with_n.max(1) as f64
    );
    println!("| trafilatura evaldata | {tpages} | must-drop snippets kept out of the body | {without_out}/{without_n} ({:.3}) |", without_out as f64 / without_n.max(1) as f64);
    Ok(())
}
