//! Reading a saved HTML page natively into the same facts the browser layer collects: candidate chains for
//! the obstacle classifier, container statistics for the article finder and text blocks for highlighting.
//! There is no layout here, so only what the markup says (inline `position: fixed`, roles) counts.

use scraper::{ElementRef, Html, Selector};
use sift::article::{ArticleInput, BlockStat, ContainerInfo};
use sift::engine::Engine;
use sift::model::{ElementFacts, TextBlock};
use sift::settings::Settings;
use std::collections::HashMap;

const SKIP: &[&str] = &["script", "style", "noscript", "template", "head", "title", "svg", "iframe", "textarea"];
const MAX_PROBE_TEXT: usize = 400;
const CHAIN_TEXT_LIMIT: usize = 5000;

fn sel(s: &str) -> Selector {
    Selector::parse(s).expect("constant selector")
}

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

pub struct Page {
    pub html: Html,
}

pub struct Found {
    pub category: String,
    pub confidence: f32,
    pub reason: String,
    pub text: String,
}

impl Page {
    pub fn parse(source: &str) -> Page {
        Page { html: Html::parse_document(source) }
    }

    /// The article body: the container the core picks from paragraph statistics.
    pub fn article<'a>(&'a self, engine: &Engine) -> Option<ElementRef<'a>> {
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
        let choice = engine.find_article(&ArticleInput { blocks, containers: infos })?;
        containers.get(choice.container as usize).copied()
    }

    fn facts(&self, el: ElementRef, article: Option<ElementRef>, page_len: usize) -> ElementFacts {
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
        let contains = |outer: ElementRef, inner: ElementRef| inner.ancestors().any(|a| a.id() == outer.id()) || outer.id() == inner.id();
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
            position: position.to_string(),
            in_article: article.is_some_and(|a| a.id() != el.id() && contains(a, el)),
            contains_article: article.is_some_and(|a| contains(el, a)),
            page_text_share: if page_len > 0 { text_len as f32 / page_len as f32 } else { 0.0 },
            after_article: article.is_some_and(|a| !contains(a, el) && el.id() > a.id()),
            ..Default::default()
        }
    }

    /// What Sift would hide, outermost element per verdict.
    pub fn obstacles(&self, engine: &Engine, settings: &Settings) -> Vec<Found> {
        let article = self.article(engine);
        let body = self.html.select(&sel("body")).next();
        let page_len = body.map_or(0, |b| text_of(b).chars().count());
        let mut owners: Vec<ElementRef> = Vec::new();
        let mut texts = Vec::new();
        let mut text_owners = Vec::new();
        let mut names = Vec::new();
        let mut name_owners = Vec::new();
        for el in self.html.select(&sel("body *")) {
            if SKIP.contains(&el.value().name()) {
                continue;
            }
            let own: String = el.children().filter_map(|c| c.value().as_text().map(|t| t.to_string())).collect();
            if own.trim().chars().count() >= 4 {
                let whole = text_of(el);
                let t = collapse(if whole.chars().count() <= MAX_PROBE_TEXT { &whole } else { &own });
                texts.push(t);
                text_owners.push(el);
            }
            if el.value().id().is_some() || el.value().attr("class").is_some() || el.value().attr("role").is_some() {
                names.push(names_of(el));
                name_owners.push(el);
            }
        }
        owners.extend(engine.text_hits(&texts, settings).into_iter().map(|i| text_owners[i as usize]));
        owners.extend(engine.name_hits(&names, settings).into_iter().map(|i| name_owners[i as usize]));
        let mut chains: Vec<Vec<ElementRef>> = Vec::new();
        for el in owners {
            let mut chain = Vec::new();
            let mut cur = Some(el);
            while let Some(e) = cur {
                let name = e.value().name();
                if name == "body" || name == "html" || chain.len() >= 10 {
                    break;
                }
                if article.is_some_and(|a| a.ancestors().any(|x| x.id() == e.id()) || a.id() == e.id()) {
                    break;
                }
                if text_of(e).chars().count() > CHAIN_TEXT_LIMIT {
                    break;
                }
                chain.push(e);
                cur = e.parent().and_then(ElementRef::wrap);
            }
            if !chain.is_empty() {
                chains.push(chain);
            }
        }
        let facts: Vec<Vec<ElementFacts>> =
            chains.iter().map(|c| c.iter().map(|e| self.facts(*e, article, page_len)).collect()).collect();
        let mut verdicts = engine.classify(&facts, settings);
        // Biggest box first, so a box inside an already chosen one is not listed twice.
        let len = |v: &sift::model::Verdict| facts[v.chain as usize][v.level as usize].text_len;
        verdicts.sort_by(|a, b| len(b).cmp(&len(a)).then(b.confidence.total_cmp(&a.confidence)));
        let mut chosen: Vec<ElementRef> = Vec::new();
        let mut out = Vec::new();
        for v in verdicts {
            let el = chains[v.chain as usize][v.level as usize];
            if chosen.iter().any(|c| c.id() == el.id() || el.ancestors().any(|a| a.id() == c.id())) {
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

    /// The article's text blocks, as the browser layer would highlight them.
    pub fn blocks(&self, engine: &Engine) -> Vec<TextBlock> {
        let Some(article) = self.article(engine) else { return Vec::new() };
        let skip_inside = ["nav", "aside", "footer", "figure", "figcaption", "form", "button", "header"];
        article
            .select(&sel("p, li, blockquote, dd"))
            .filter(|el| !el.ancestors().filter_map(ElementRef::wrap).any(|a| skip_inside.contains(&a.value().name())))
            .filter(|el| !(matches!(el.value().name(), "li" | "blockquote" | "dd") && el.select(&sel("p")).next().is_some()))
            .map(|el| {
                let text = text_of(el);
                TextBlock { text, links: Vec::new(), quote: el.value().name() == "blockquote" }
            })
            .filter(|b| b.text.trim().chars().count() >= 20)
            .collect()
    }
}

