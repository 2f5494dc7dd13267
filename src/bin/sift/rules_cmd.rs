//! `sift rules`: the rule catalog as the popup lists it, one rule a line with the language it reads and how
//! many patterns it has, then a table of wording patterns per language and category; `--json` prints the
//! catalog as the popup receives it.

use sift::model::Category;
use sift::rules::{catalog, find, Lang, Matcher};

fn patterns(id: &str) -> usize {
    match find(id).map(|r| r.matcher) {
        Some(Matcher::Wording(ps)) => ps.len(),
        Some(Matcher::Names(_)) | Some(Matcher::Frames(_)) | Some(Matcher::Claim(_)) | Some(Matcher::Learned) => 1,
        None => 0,
    }
}

pub fn run(args: &[String]) -> Result<(), String> {
    let json = match args {
        [] => false,
        [a] if a == "--json" => true,
        _ => return Err("usage: sift rules [--json]".into()),
    };
    let cats = catalog();
    if json {
        let text = serde_json::to_string_pretty(&cats).map_err(|e| format!("cannot encode the catalog: {e}"))?;
        println!("{text}");
        return Ok(());
    }
    println!("{:<36} {:<4} {:>8}  {:<3}  label", "rule", "lang", "patterns", "on");
    for c in &cats {
        for r in &c.rules {
            let on = if r.default_on { "yes" } else { "no" };
            println!("{:<36} {:<4} {:>8}  {:<3}  {}", r.id, r.lang.as_str(), patterns(r.id), on, r.label);
        }
    }
    println!("\nwording patterns per language and category:");
    print!("{:<5}", "lang");
    for c in Category::HIDING {
        print!(" {:>12}", c.as_str());
    }
    println!();
    for lang in Lang::ALL.into_iter().filter(|&l| l != Lang::Any) {
        print!("{:<5}", lang.as_str());
        for c in Category::HIDING {
            let n: usize = cats
                .iter()
                .filter(|e| e.id == c)
                .flat_map(|e| e.rules.iter())
                .filter(|r| r.lang == lang && matches!(find(r.id).map(|x| x.matcher), Some(Matcher::Wording(_))))
                .map(|r| patterns(r.id))
                .sum();
            print!(" {n:>12}");
        }
        println!();
    }
    Ok(())
}
