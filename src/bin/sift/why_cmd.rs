//! `sift why FILE TEXT`: why Sift hides, or does not hide, the box holding TEXT in a saved page — whether the
//! box or its ancestors were candidates at all (a wording or name hit), whether the article finder put the box
//! in the article, and every level's score per category against the threshold. For finding the cause of a
//! miss or a false hide in `make eval`'s lists.

use sift::engine::Engine;
use sift::nags::THRESHOLD;
use sift::page::{text_content, Page};
use sift::settings::Settings;

pub fn run(args: &[String]) -> Result<(), String> {
    let [path, text] = args else {
        return Err("usage: sift why FILE TEXT (TEXT: words of the box in question)".into());
    };
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    let source = String::from_utf8_lossy(&bytes);
    let engine = Engine::new();
    let settings = Settings::default();
    let page = Page::parse(&source);
    let reading = page.read(&engine, &settings);
    let norm = |s: &str| s.split_whitespace().collect::<String>().to_lowercase();
    let want = norm(text);
    let holds = |i: usize| norm(&text_content(reading.elements[i])).contains(&want);
    match reading.article {
        Some(a) if norm(&text_content(a)).contains(&want) => println!("article: the finder's body holds the text"),
        Some(_) => println!("article: found, the text is outside it"),
        None => println!("article: none found"),
    }
    let actions = reading.actions(&engine, &settings);
    for h in &actions.hide {
        if holds(h.node as usize) {
            println!("HIDDEN as {} ({:.2}) at node {}: {}", h.category.as_str(), h.confidence, h.node, h.reason);
        }
    }
    let mut any = false;
    for (ci, chain) in reading.snapshot.chains.iter().enumerate() {
        let members: Vec<usize> = chain.iter().map(|&n| n as usize).collect();
        if !members.iter().any(|&n| {
            holds(n)
                || norm(&text_content(reading.elements[n])).len() <= want.len() * 4 && {
                    let t = norm(&text_content(reading.elements[n]));
                    !t.is_empty() && want.contains(&t)
                }
        }) {
            continue;
        }
        any = true;
        println!("chain {ci} (innermost first), threshold {THRESHOLD}:");
        let facts: Vec<_> =
            members.iter().map(|&n| reading.snapshot.nodes[n].facts.clone().unwrap_or_default()).collect();
        for ls in engine.explain(&facts, &settings) {
            let f = &facts[ls.level];
            let n = &reading.snapshot.nodes[members[ls.level]];
            let text: String = f.text.chars().take(70).collect();
            println!(
                "  {} <{} id={:?} class={:?}> len {}{}{} \u{201c}{}\u{201d}",
                ls.level,
                f.tag,
                f.id,
                f.class.chars().take(50).collect::<String>(),
                f.text_len,
                if n.in_article { " IN-ARTICLE" } else { "" },
                if ls.protected { " PROTECTED (page or article)" } else { "" },
                text
            );
            for (c, score, reason) in &ls.scores {
                println!("      {} {:.2}: {}", c.as_str(), score, reason);
            }
        }
    }
    if !any {
        println!("no candidate chain reaches the text: neither it nor a box around it had a wording or name hit");
    }
    Ok(())
}
