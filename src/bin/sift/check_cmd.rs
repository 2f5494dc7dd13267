//! `sift check FILE`: what Sift would hide and highlight in a saved HTML page, or which sentences of a
//! plain-text draft assert something without support, with the reason for each.

use sift::engine::Engine;
use sift::model::TextBlock;
use sift::page::Page;
use sift::settings::Settings;

pub fn run(args: &[String]) -> Result<(), String> {
    let [path] = args else { return Err("usage: sift check FILE (an .html page or a plain-text draft)".into()) };
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    let source = String::from_utf8_lossy(&bytes);
    let engine = Engine::new();
    let settings = Settings::default();
    let is_html = path.ends_with(".html") || path.ends_with(".htm") || source.trim_start().starts_with('<');
    // A page goes through the same survey, snapshot and decision as in the browser.
    let (blocks, highlights) = if is_html {
        let page = Page::parse(&source);
        let reading = page.read(&engine, &settings);
        let actions = reading.actions(&engine, &settings);
        let found = reading.obstacles(&actions);
        println!("hidden: {}", found.len());
        for f in &found {
            println!("  [{}] {:.2}  \u{201c}{}\u{201d}\n      because: {}", f.category, f.confidence, f.text, f.reason);
        }
        (reading.snapshot.blocks, actions.highlights)
    } else {
        let blocks: Vec<TextBlock> = source
            .split("\n\n")
            .filter(|p| !p.trim().is_empty())
            .map(|p| TextBlock { text: p.to_string(), ..Default::default() })
            .collect();
        let highlights = engine.highlights(&blocks, &settings);
        (blocks, highlights)
    };
    println!("highlighted: {}", highlights.len());
    for h in &highlights {
        let units: Vec<u16> = blocks[h.block as usize].text.encode_utf16().collect();
        let sentence = String::from_utf16_lossy(&units[h.start as usize..h.end as usize]);
        let sentence = sentence.split_whitespace().collect::<Vec<_>>().join(" ");
        println!("  [{}] {:.2}  \u{201c}{}\u{201d}\n      because: {}", h.kind, h.score, sentence, h.reason);
    }
    Ok(())
}
