//! `sift eval-wording`: the wording rules against widget texts and article sentences written apart from them
//! (`tests/eval/wording/*.tsv`, see its README), per language and category: how many widget texts a rule of
//! the catalog reads as their category, how many it reads as another, and how many article sentences match
//! any rule. A second table reads the same texts with the learned wording (`nags::wording_model`) as well. With
//! `--errors`, every miss, confusion and false match with the rule that fired, under each table.
//!
//! A short label (three words or fewer: "Not now", "Je soutiens") is what a button says, and the classifier
//! reads buttons with its button wordings: such a label counts when a rule or the button wordings read it as
//! its category, and a label those read as several categories ("No thanks") is not a confusion.
//!
//! This measures the wording signal alone: on a page a box also needs its place, its controls or a name to be
//! hidden, and prose inside the article is protected whatever it says.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use sift::model::{Category, CategorySet};
use sift::nags::{Matchers, Structure};
use sift::rules::RULES;
use sift::settings::Settings;

const DEFAULT_DIR: &str = "tests/eval/wording";
/// The most words a button label has.
const LABEL_WORDS: usize = 3;
/// The three categories the issue holds to the higher bar.
pub(crate) const CORE: [Category; 3] = [Category::Donation, Category::Notification, Category::Login];

pub(crate) struct Item {
    pub(crate) lang: String,
    pub(crate) line: usize,
    /// None: an article sentence that must match nothing.
    pub(crate) category: Option<Category>,
    pub(crate) text: String,
}

pub(crate) fn load(dir: &Path) -> Result<Vec<Item>, String> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("cannot read {} ({e}); run from the repository root or pass --dir", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "tsv"))
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(format!("no .tsv files in {}", dir.display()));
    }
    let mut items = Vec::new();
    for f in &files {
        let lang = f.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_string();
        let text = std::fs::read_to_string(f).map_err(|e| format!("cannot read {} ({e})", f.display()))?;
        for (n, line) in text.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let (cat, body) = line
                .split_once('\t')
                .ok_or_else(|| format!("{}:{}: expected `category<TAB>text`", f.display(), n + 1))?;
            let category = match cat {
                "prose" => None,
                c => Some(
                    Category::parse(c)
                        .filter(|c| Category::HIDING.contains(c))
                        .ok_or_else(|| format!("{}:{}: unknown category {c:?}", f.display(), n + 1))?,
                ),
            };
            items.push(Item { lang: lang.clone(), line: n + 1, category, text: body.trim().to_string() });
        }
    }
    Ok(items)
}

#[derive(Default, Clone, Copy)]
struct Tally {
    right: u32,
    total: u32,
}

impl Tally {
    fn cell(&self) -> String {
        if self.total == 0 {
            return "—".into();
        }
        format!("{:.2} ({}/{})", f64::from(self.right) / f64::from(self.total), self.right, self.total)
    }
}

pub fn run(args: &[String]) -> Result<(), String> {
    let mut dir = PathBuf::from(DEFAULT_DIR);
    let mut errors = false;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--dir" => dir = PathBuf::from(it.next().ok_or("--dir needs a directory")?),
            "--errors" => errors = true,
            other => return Err(format!("unknown option {other:?}; usage: sift eval-wording [--dir DIR] [--errors]")),
        }
    }
    let items = load(&dir)?;
    let m = Matchers::new();
    let buttons = Structure::new();
    let s = Settings::default();
    for learned in [false, true] {
        let (table, report) = evaluate(&items, &m, &buttons, &s, learned);
        print_table(&dir, &table, learned);
        if errors {
            println!();
            for line in &report {
                println!("{line}");
            }
        } else if !report.is_empty() {
            println!(
                "\n{} misses, confusions and prose matches: `sift eval-wording --errors` lists them",
                report.len()
            );
        }
        println!();
    }
    Ok(())
}

/// language -> category (None = prose) -> tally
type Table = BTreeMap<String, BTreeMap<Option<Category>, Tally>>;

/// The set read by the patterns (and the button wordings, for labels), and with `learned` by the learned
/// wording as well: the table and the lines of `--errors`.
fn evaluate(items: &[Item], m: &Matchers, buttons: &Structure, s: &Settings, learned: bool) -> (Table, Vec<String>) {
    let mut table: Table = BTreeMap::new();
    let mut report = Vec::new();
    for item in items {
        let hits = m.wording_hits_all(&item.text, s);
        let mut read = CategorySet::default();
        for h in &hits {
            read.insert(RULES[h.rule].category);
        }
        let mut fired: Vec<String> =
            hits.iter().map(|h| format!("{} on \u{201c}{}\u{201d}", RULES[h.rule].id, h.cue.trim())).collect();
        if learned {
            for (rule, p) in m.learned_hits(&item.text, s) {
                read.insert(RULES[rule].category);
                fired.push(format!("{} at {p:.2}", RULES[rule].id));
            }
        }
        let label = item.text.split_whitespace().count() <= LABEL_WORDS;
        if label {
            for c in buttons.label_categories(&item.text).iter() {
                read.insert(c);
            }
        }
        let cats: Vec<Category> = read.iter().collect();
        let t = table.entry(item.lang.clone()).or_default().entry(item.category).or_default();
        t.total += 1;
        match item.category {
            Some(c) if cats == [c] || (label && cats.contains(&c)) => t.right += 1,
            Some(c) if cats.is_empty() => {
                report.push(format!("MISS  {}:{} {}: {}", item.lang, item.line, c.as_str(), item.text))
            }
            Some(c) => {
                if cats.contains(&c) {
                    t.right += 1;
                }
                report.push(format!(
                    "OTHER {}:{} {}: {} — {}",
                    item.lang,
                    item.line,
                    c.as_str(),
                    item.text,
                    fired.join("; ")
                ));
            }
            None if fired.is_empty() => {}
            None => {
                t.right += 1;
                report.push(format!("PROSE {}:{}: {} — {}", item.lang, item.line, item.text, fired.join("; ")));
            }
        }
    }
    (table, report)
}

fn print_table(dir: &Path, table: &Table, learned: bool) {
    let by = if learned { "Wording rules and the learned wording" } else { "Wording rules" };
    println!("{by} on texts written apart from them ({}): share of widget texts read as", dir.display());
    println!("their category (a text read as another too counts, and is listed; a label of up to three words counts");
    println!("when the button wordings read it so); prose: article sentences read as any category.\n");
    print!("{:<5}", "lang");
    for c in Category::HIDING {
        print!(" {:>14}", c.as_str());
    }
    println!(" {:>14} {:>14} {:>12}", "core", "all seven", "prose hit");
    let mut sum: BTreeMap<Option<Category>, Tally> = BTreeMap::new();
    for (lang, row) in table {
        print!("{lang:<5}");
        for c in Category::HIDING {
            let t = row.get(&Some(c)).copied().unwrap_or_default();
            print!(" {:>14}", t.cell());
            let s = sum.entry(Some(c)).or_default();
            s.right += t.right;
            s.total += t.total;
        }
        let prose = row.get(&None).copied().unwrap_or_default();
        let p = sum.entry(None).or_default();
        p.right += prose.right;
        p.total += prose.total;
        println!(
            " {:>14} {:>14} {:>12}",
            pooled(row, &CORE).cell(),
            pooled(row, &Category::HIDING).cell(),
            hits(&prose)
        );
    }
    print!("{:<5}", "all");
    for c in Category::HIDING {
        print!(" {:>14}", sum.get(&Some(c)).copied().unwrap_or_default().cell());
    }
    let prose = sum.get(&None).copied().unwrap_or_default();
    println!(" {:>14} {:>14} {:>12}", pooled(&sum, &CORE).cell(), pooled(&sum, &Category::HIDING).cell(), hits(&prose));
}

fn pooled(row: &BTreeMap<Option<Category>, Tally>, cats: &[Category]) -> Tally {
    let mut t = Tally::default();
    for c in cats {
        if let Some(x) = row.get(&Some(*c)) {
            t.right += x.right;
            t.total += x.total;
        }
    }
    t
}

fn hits(prose: &Tally) -> String {
    format!("{}/{}", prose.right, prose.total)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `load` of a one-file set written to a temporary directory, removed afterwards as `wording_train_cmd`'s
    /// test does.
    fn load_one(name: &str, text: &str) -> Result<Vec<Item>, String> {
        let dir = std::env::temp_dir().join(format!("sift-wording-{}-{name}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        std::fs::write(dir.join("en.tsv"), text).expect("write");
        let loaded = load(&dir);
        let _ = std::fs::remove_dir_all(&dir);
        loaded
    }

    #[test]
    fn a_set_is_read_with_its_language_and_comments_skipped() {
        let items = load_one("ok", "# a comment\ndonation\tDonate now\nprose\tThe charity said donations fell.\n\n")
            .expect("loads");
        assert_eq!(items.len(), 2);
        assert_eq!((items[0].lang.as_str(), items[0].line, items[0].category), ("en", 2, Some(Category::Donation)));
        assert_eq!(items[1].category, None);
    }

    #[test]
    fn a_line_without_a_tab_or_with_an_unknown_category_is_an_error_naming_it() {
        let e = load_one("tab", "donation Donate now\n").err().expect("no tab");
        assert!(e.contains("en.tsv:1") && e.contains("category<TAB>text"), "{e}");
        let e = load_one("cat", "claims\tSources said\n").err().expect("not a hiding category");
        assert!(e.contains("unknown category \"claims\""), "{e}");
    }
}
