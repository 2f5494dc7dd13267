//! Reading a saved HTML page natively (scraper, html5ever) into the same inputs the content script hands the
//! core (extension/content/collect.js, main.js, highlight.js): the names and short texts for the prefilters,
//! the candidate chains and their `ElementFacts` for the classifier, paragraph statistics for the article
//! finder and the article's text blocks for the assertion scorer. Used by the `sift` command line (`check`,
//! `eval-article`) and by the core benchmark (benches/core.rs); native only, never part of the wasm build.
//! There is no layout here, so only what the markup says (inline `position: fixed`, roles) counts.

use crate::article::{ArticleInput, BlockStat, ContainerInfo};
use crate::engine::Engine;
use crate::model::{ElementFacts, TextBlock, Verdict};
use crate::settings::Settings;
use scraper::{ElementRef, Html, Selector};
use std::collections::{HashMap, HashSet};

const SKIP: &[&str] = &["script", "style", "noscript", "template", "head", "title", "svg", "iframe", "textarea"];
const MAX_PROBE_TEXT: usize = 400;
const MIN_PROBE_TEXT: usize = 6;
const MAX_FACT_TEXT: usize = 1500;
const MAX_CHAIN: usize = 10;
const CHAIN_TEXT_LIMIT: usize = 5000;

fn sel(s: &str) -> Selector {
    Selector::parse(s).expect("constant selector")
}

/// The text of `el`, without the text inside `script`, `style` and the other elements that show none.
pub fn text_of(el: ElementRef) -> String {
    let mut out = String::new();
    for node in el.descendants() {
        if let Some(t) = node.value().as_text() {
            let skipped = node.ancestors().filter_map(ElementRef::wrap).any(|a| SKIP.contains(&a.value().name()));
            if !skipped {
                out.push_str(t);
            }
        }
    }
    out
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn names_of(el: ElementRef) -> String {
    let v = el.value();
    format!("{} {} {} {}", v.name(), v.id().unwrap_or(""), v.attr("class").unwrap_or(""), v.attr("role").unwrap_or(""))
}

/// `outer` is `inner` or one of its ancestors.
fn contains(outer: ElementRef, inner: ElementRef) -> bool {
    outer.id() == inner.id() || inner.ancestors().any(|a| a.id() == outer.id())
}

pub struct Page {
    pub html: Html,
}

/// One element Sift would hide.
pub struct Found {
    pub category: String,
    pub confidence: f32,
    pub reason: String,
    pub text: String,
}

/// Everything the content script reads from a page and hands the core, with the elements it came from.
pub struct Reading<'a> {
    /// `tag id class role` of every named element (the name prefilter's input), and those elements.
    pub names: Vec<String>,
    pub name_owners: Vec<ElementRef<'a>>,
    /// Short texts (the wording prefilter's input), and the elements that hold them.
    pub texts: Vec<String>,
    pub text_owners: Vec<ElementRef<'a>>,
    /// Paragraph statistics (the article finder's input); `containers[i]` is the element of container `i`.
    pub article_input: ArticleInput,
    pub containers: Vec<ElementRef<'a>>,
    /// The body the article finder picked.
    pub article: Option<ElementRef<'a>>,
    /// Candidate chains built from the prefilter hits (innermost first), and their facts (the classifier's input).
    pub chains: Vec<Vec<ElementRef<'a>>>,
    pub facts: Vec<Vec<ElementFacts>>,
    /// The article's text blocks (the assertion scorer's input).
    pub blocks: Vec<TextBlock>,
}

impl Page {
    pub fn parse(source: &str) -> Page {
        Page { html: Html::parse_document(source) }
    }

    /// Paragraph statistics for the article finder, and the container elements they index.
    pub fn article_input<'a>(&'a self) -> (ArticleInput, Vec<ElementRef<'a>>) {
        let mut containers: Vec<ElementRef<'a>> = Vec::new();
        let mut index = HashMap::new();
        let mut blocks = Vec::new();
        let a = sel("a");
        let link_len = |el: ElementRef| el.select(&a).map(|x| text_of(x).chars().count()).sum::<usize>() as u32;
        for p in self.html.select(&sel("p, pre, td, blockquote")) {
            let text = text_of(p);
            if text.trim().chars().count() < 25 {
                continue;
            }
            let parent = p.parent().and_then(ElementRef::wrap).filter(|e| e.value().name() != "html");
            let grand = parent.and_then(|e| e.parent()).and_then(ElementRef::wrap).filter(|e| e.value().name() != "html");
            let mut slot = |el: Option<ElementRef<'a>>| -> i32 {
                let Some(el) = el else { return -1 };
                *index.entry(el.id()).or_insert_with(|| {
                    containers.push(el);
                    containers.len() - 1
                }) as i32
            };
            let (parent_i, grand_i) = (slot(parent), slot(grand));
            blocks.push(BlockStat {
                parent: parent_i,
                grand: grand_i,
                text_len: text.chars().count() as u32,
                link_len: link_len(p),
                commas: text.matches(',').count() as u32,
            });
        }
        let infos = containers
            .iter()
            .map(|el| ContainerInfo {
                tag: el.value().name().to_string(),
                id: el.value().id().unwrap_or("").to_string(),
                class: el.value().attr("class").unwrap_or("").to_string(),
                text_len: text_of(*el).chars().count() as u32,
                link_len: link_len(*el),
            })
            .collect();
        (ArticleInput { blocks, containers: infos }, containers)
    }

    /// The article body: the container the core picks from paragraph statistics.
    pub fn article(&self, engine: &Engine) -> Option<ElementRef<'_>> {
        let (input, containers) = self.article_input();
        let choice = engine.find_article(&input)?;
        containers.get(choice.container as usize).copied()
    }

    /// Reads the page the way the content script does: article first, then the prefilter inputs, the
    /// candidate chains of the elements they hit and the facts of those, then the article's text blocks.
    pub fn read(&self, engine: &Engine, settings: &Settings) -> Reading<'_> {
        let (article_input, containers) = self.article_input();
        let article = engine.find_article(&article_input).and_then(|c| containers.get(c.container as usize).copied());
        let body = self.html.select(&sel("body")).next();
        let page_len = body.map_or(0, |b| text_of(b).chars().count());
        let (mut texts, mut text_owners, mut names, mut name_owners) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        for el in self.html.select(&sel("body *")) {
            if SKIP.contains(&el.value().name()) {
                continue;
            }
            let own: String = el.children().filter_map(|c| c.value().as_text().map(|t| t.to_string())).collect();
            if own.trim().chars().count() >= 4 {
                let whole = text_of(el);
                let t = collapse(if whole.chars().count() <= MAX_PROBE_TEXT { &whole } else { &own });
                if t.chars().count() >= MIN_PROBE_TEXT {
                    texts.push(t);
                    text_owners.push(el);
                }
            }
            if el.value().id().is_some() || el.value().attr("class").is_some() || el.value().attr("role").is_some() {
                names.push(names_of(el));
                name_owners.push(el);
            }
        }
        // An element hit by both prefilters is one candidate (the content script collects owners in a Set).
        let mut owners: Vec<ElementRef> = Vec::new();
        owners.extend(engine.text_hits(&texts, settings).into_iter().map(|i| text_owners[i as usize]));
        owners.extend(engine.name_hits(&names, settings).into_iter().map(|i| name_owners[i as usize]));
        let mut seen = HashSet::new();
        owners.retain(|el| seen.insert(el.id()));
        let chains: Vec<Vec<ElementRef>> = owners.into_iter().map(|el| chain(el, article)).filter(|c| !c.is_empty()).collect();
        let facts = chains.iter().map(|c| c.iter().map(|e| facts(*e, article, page_len)).collect()).collect();
        let blocks = article.map(blocks_in).unwrap_or_default();
        Reading { names, name_owners, texts, text_owners, article_input, containers, article, chains, facts, blocks }
    }
}

/// The chain of `el` and its ancestors, innermost first, cut before the article, `body` or big boxes.
fn chain<'a>(el: ElementRef<'a>, article: Option<ElementRef<'a>>) -> Vec<ElementRef<'a>> {
    let mut chain = Vec::new();
    let mut cur = Some(el);
    while let Some(e) = cur {
        let name = e.value().name();
        if name == "body" || name == "html" || chain.len() >= MAX_CHAIN {
            break;
        }
        if article.is_some_and(|a| contains(e, a)) {
            break;
        }
        if text_of(e).chars().count() > CHAIN_TEXT_LIMIT {
            break;
        }
        chain.push(e);
        cur = e.parent().and_then(ElementRef::wrap);
    }
    chain
}

/// Facts the core scores an element on (see `ElementFacts` in src/model.rs).
fn facts(el: ElementRef, article: Option<ElementRef>, page_len: usize) -> ElementFacts {
    let text = text_of(el);
    let v = el.value();
    let style = v.attr("style").unwrap_or("").to_ascii_lowercase().replace(' ', "");
    let position = ["fixed", "sticky", "absolute"]
        .into_iter()
        .find(|p| style.contains(&format!("position:{p}")))
        .unwrap_or("static");
    let buttons = el
        .select(&sel("button, [role=button], input[type=submit], input[type=button], a"))
        .filter_map(|b| {
            let label = collapse(&b.value().attr("value").map(str::to_string).unwrap_or_else(|| text_of(b)));
            (!label.is_empty() && label.chars().count() <= 40).then_some(label)
        })
        .take(12)
        .collect();
    let inputs = el
        .select(&sel("input"))
        .map(|i| {
            let t = i.value().attr("type").unwrap_or("text").to_ascii_lowercase();
            let hint = format!("{t} {} {}", i.value().attr("name").unwrap_or(""), i.value().attr("placeholder").unwrap_or(""));
            if t == "password" {
                "password".to_string()
            } else if hint.to_ascii_lowercase().contains("mail") {
                "email".to_string()
            } else {
                t
            }
        })
        .collect();
    let links: Vec<_> = el.select(&sel("a")).collect();
    let text_len = text.chars().count();
    ElementFacts {
        tag: v.name().to_string(),
        id: v.id().unwrap_or("").to_string(),
        class: v.attr("class").unwrap_or("").to_string(),
        role: v.attr("role").unwrap_or("").to_string(),
        aria_modal: v.attr("aria-modal") == Some("true"),
        text: collapse(&text).chars().take(MAX_FACT_TEXT).collect(),
        text_len: text_len as u32,
        buttons,
        inputs,
        links: links.len() as u32,
        link_text_len: links.iter().map(|a| text_of(*a).chars().count() as u32).sum(),
        position: position.to_string(),
        in_article: article.is_some_and(|a| a.id() != el.id() && contains(a, el)),
        contains_article: article.is_some_and(|a| contains(el, a)),
        page_text_share: if page_len > 0 { text_len as f32 / page_len as f32 } else { 0.0 },
        after_article: article.is_some_and(|a| !contains(a, el) && el.id() > a.id()),
        ..Default::default()
    }
}

/// The article's text blocks, as the browser layer would highlight them (highlight.js `collect`).
pub fn blocks_in(article: ElementRef) -> Vec<TextBlock> {
    let skip_inside = ["nav", "aside", "footer", "figure", "figcaption", "form", "button", "header"];
    let p = sel("p");
    article
        .select(&sel("p, li, blockquote, dd"))
        .filter(|el| !el.ancestors().filter_map(ElementRef::wrap).any(|a| skip_inside.contains(&a.value().name())))
        .filter(|el| !(matches!(el.value().name(), "li" | "blockquote" | "dd") && el.select(&p).next().is_some()))
        .map(|el| {
            let text = text_of(el);
            TextBlock { text, links: Vec::new(), quote: el.value().name() == "blockquote" }
        })
        .filter(|b| b.text.trim().chars().count() >= 20)
        .collect()
}

impl Reading<'_> {
    /// What Sift would hide, outermost element per verdict.
    pub fn obstacles(&self, engine: &Engine, settings: &Settings) -> Vec<Found> {
        let mut verdicts = engine.classify(&self.facts, settings);
        // Biggest box first, so a box inside an already chosen one is not listed twice.
        let len = |v: &Verdict| self.facts[v.chain as usize][v.level as usize].text_len;
        verdicts.sort_by(|a, b| len(b).cmp(&len(a)).then(b.confidence.total_cmp(&a.confidence)));
        let mut chosen: Vec<ElementRef> = Vec::new();
        let mut out = Vec::new();
        for v in verdicts {
            let el = self.chains[v.chain as usize][v.level as usize];
            if chosen.iter().any(|c| contains(*c, el)) {
                continue;
            }
            chosen.push(el);
            out.push(Found {
                category: v.category.as_str().to_string(),
                confidence: v.confidence,
                reason: v.reason,
                text: collapse(&text_of(el)).chars().take(100).collect(),
            });
        }
        out
    }
}
