//! Reading a saved HTML page natively (scraper, html5ever) into exactly what the content script hands the
//! core (extension/content/collect.js and highlight.js): the [`Survey`] of short texts, names and paragraph
//! statistics, then the [`Snapshot`] of the candidates the core picked, with their chains, the boxes around
//! them and the article's text blocks. The reading policy is the content script's, rule for rule (JavaScript
//! string lengths in UTF-16 units, its white space, `textContent` with script text, no template contents), so
//! `sift check`, `make eval`'s native figures and the core benchmark measure what ships; the snapshot parity
//! test (tests/e2e/parity.mjs) holds the two readers to the same output. Native only.
//! There is no layout here: every element counts as rendered, `position` and `z-index` come from inline
//! styles, and the viewport share is 0.

use crate::article::{ArticleInput, BlockStat, ContainerInfo};
use crate::decide::{Actions, SnapNode, Snapshot, Survey, SurveyResult, FRAME_BOXES, FRAME_LEVELS, REST_CAP};
use crate::engine::Engine;
use crate::model::{ElementFacts, TextBlock, MAX_FRAME_TITLE};
use crate::settings::Settings;
use ego_tree::NodeRef;
use scraper::{ElementRef, Html, Node};
use std::collections::{HashMap, HashSet};

/// Elements whose own text and names the survey skips (collect.js `SKIP`).
const SKIP: &[&str] = &[
    "script", "style", "noscript", "template", "head", "title", "svg", "canvas", "iframe", "textarea", "select",
    "option", "mark",
];
const MAX_PROBE_TEXT: usize = 400;
const MIN_PROBE_TEXT: usize = 6;
const MAX_FACT_TEXT: usize = 1500;
const MAX_CHAIN: usize = 10;
const CHAIN_TEXT_LIMIT: usize = 5000;
const MAX_PARAGRAPHS: usize = 4000;
const MAX_BLOCKS: usize = 3000;
const MAX_BLOCK_TEXT: usize = 100_000;
/// The longest button label read (collect.js `MAX_LABEL`): a longer text in a control is a teaser or a headline.
const MAX_LABEL: usize = 40;
/// Text inside these is not article prose (highlight.js `SKIP_INSIDE`).
const SKIP_INSIDE: &[&str] = &["nav", "aside", "footer", "figure", "figcaption", "form", "button", "header"];
const NO_TEXT: &[&str] = &["script", "style", "noscript", "template"];
/// Elements whose content is drawn from elsewhere (collect.js `EMBEDS`): a box beside one is not empty.
const EMBEDS: &[&str] = &["iframe", "video", "audio", "embed", "object"];
/// What `HTMLInputElement.type` can be; anything else reads as `text`.
const INPUT_TYPES: &[&str] = &[
    "button",
    "checkbox",
    "color",
    "date",
    "datetime-local",
    "email",
    "file",
    "hidden",
    "image",
    "month",
    "number",
    "password",
    "radio",
    "range",
    "reset",
    "search",
    "submit",
    "tel",
    "text",
    "time",
    "url",
    "week",
];

/// JavaScript's `\s`, which collect.js collapses and strips.
fn js_space(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\u{b}' | '\u{c}' | '\r' | ' ' | '\u{a0}' | '\u{1680}' | '\u{2000}'..='\u{200a}')
        || matches!(c, '\u{2028}' | '\u{2029}' | '\u{202f}' | '\u{205f}' | '\u{3000}' | '\u{feff}')
}

/// A JavaScript string's `length`.
fn js_len(s: &str) -> usize {
    s.encode_utf16().count()
}

/// `s.replace(/\s+/g, ' ').trim()`.
fn collapse(s: &str) -> String {
    s.split(js_space).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ")
}

/// UTF-16 units of `s` that are not white space.
fn dense_len(s: &str) -> u32 {
    s.chars().filter(|c| !js_space(*c)).map(char::len_utf16).sum::<usize>() as u32
}

/// The first `n` UTF-16 units of `s`, never splitting a surrogate pair (collect.js `cut`).
fn cut(s: &str, n: usize) -> &str {
    let mut units = 0;
    for (i, c) in s.char_indices() {
        if units + c.len_utf16() > n {
            return &s[..i];
        }
        units += c.len_utf16();
    }
    s
}

/// Elements below `node` in document order, not entering template contents (a browser keeps those in a
/// separate fragment that neither `querySelectorAll` nor `textContent` sees).
fn elements_under<'a>(node: NodeRef<'a, Node>, out: &mut Vec<ElementRef<'a>>) {
    for child in node.children() {
        if let Some(el) = ElementRef::wrap(child) {
            out.push(el);
            if el.value().name() != "template" {
                elements_under(child, out);
            }
        }
    }
}

fn descendants(el: ElementRef) -> Vec<ElementRef> {
    let mut out = Vec::new();
    elements_under(*el, &mut out);
    out
}

/// Text nodes below `node` in document order, with their parent element, outside template contents.
fn text_nodes<'a>(node: NodeRef<'a, Node>, out: &mut Vec<(&'a str, ElementRef<'a>)>) {
    for child in node.children() {
        match child.value() {
            Node::Text(t) => {
                if let Some(parent) = ElementRef::wrap(node) {
                    out.push((&**t, parent));
                }
            }
            Node::Element(e) if e.name() != "template" => text_nodes(child, out),
            _ => {}
        }
    }
}

/// `el.textContent`: every text node inside, script text included, template contents not.
pub fn text_content(el: ElementRef) -> String {
    let mut nodes = Vec::new();
    text_nodes(*el, &mut nodes);
    nodes.into_iter().map(|(t, _)| t).collect()
}

/// Elements whose edges separate words (collect.js `BLOCK`): blocks, list items, table cells, links, buttons
/// and labels. A widget built by script often has no white space between its tags, and its heading and text
/// would otherwise run together ("Kostenlos weiterlesenGeben Sie…", "Sign up for ourNewsletter").
const BLOCK: &[&str] = &[
    "a",
    "address",
    "article",
    "aside",
    "blockquote",
    "br",
    "button",
    "dd",
    "details",
    "dialog",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "label",
    "li",
    "main",
    "nav",
    "ol",
    "option",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "ul",
];

/// `el.textContent` with a space at the edges of every [`BLOCK`] element inside and without the text of
/// scripts and styles, which no reader sees (collect.js `spacedText`): the text the classifier reads words
/// from and measures boxes by.
pub fn spaced_text(el: ElementRef) -> String {
    enum Step<'a> {
        Enter(NodeRef<'a, Node>),
        Space,
    }
    let mut out = String::new();
    let mut stack: Vec<Step> = el.children().rev().map(Step::Enter).collect();
    while let Some(step) = stack.pop() {
        let node = match step {
            Step::Space => {
                out.push(' ');
                continue;
            }
            Step::Enter(node) => node,
        };
        match node.value() {
            Node::Text(t) => out.push_str(t),
            Node::Element(e) if !NO_TEXT.contains(&e.name()) => {
                let block = &*e.name.ns == "http://www.w3.org/1999/xhtml" && BLOCK.contains(&e.name());
                if block {
                    out.push(' ');
                    stack.push(Step::Space);
                }
                stack.extend(node.children().rev().map(Step::Enter));
            }
            _ => {}
        }
    }
    out
}

/// The text of `el` a reader sees in the markup: without the text of `script`, `style` and the other elements
/// that show none (for comparing against the corpus' article text, not part of the reading policy).
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

fn tag<'a>(el: ElementRef<'a>) -> &'a str {
    el.value().name()
}

/// `tagName.toLowerCase()` (SVG names keep their case in the tree: `foreignObject`).
fn tag_name(el: ElementRef) -> String {
    tag(el).to_ascii_lowercase()
}

/// collect.js compares `tagName` with upper-case names, so only HTML elements match its list, and `svg`.
fn skipped(el: ElementRef) -> bool {
    let html = &*el.value().name.ns == "http://www.w3.org/1999/xhtml";
    if html {
        SKIP.contains(&tag(el))
    } else {
        tag(el) == "svg"
    }
}

fn attr<'a>(el: ElementRef<'a>, a: &str) -> &'a str {
    el.value().attr(a).unwrap_or("")
}

fn has_name(el: ElementRef) -> bool {
    ["id", "class", "role"].iter().any(|a| el.value().attr(a).is_some())
}

fn names_of(el: ElementRef) -> String {
    format!("{} {} {} {}", tag_name(el), attr(el, "id"), attr(el, "class"), attr(el, "role"))
}

/// `outer` is `inner` or one of its ancestors.
fn contains(outer: ElementRef, inner: ElementRef) -> bool {
    outer.id() == inner.id() || inner.ancestors().any(|a| a.id() == outer.id())
}

fn parent(el: ElementRef) -> Option<ElementRef> {
    el.parent().and_then(ElementRef::wrap)
}

/// `el.closest(tags)`: `el` or its nearest ancestor with one of these tags.
fn closest<'a>(el: ElementRef<'a>, tags: &[&str]) -> Option<ElementRef<'a>> {
    std::iter::once(el).chain(el.ancestors().filter_map(ElementRef::wrap)).find(|a| tags.contains(&tag(*a)))
}

pub struct Page {
    pub html: Html,
}

/// One element Sift would hide.
#[derive(Debug)]
pub struct Found {
    pub category: String,
    pub confidence: f32,
    pub reason: String,
    pub text: String,
}

/// The survey of a page with the elements behind it (collect.js `survey`).
pub struct PageSurvey<'a> {
    pub survey: Survey,
    pub text_owners: Vec<ElementRef<'a>>,
    pub name_owners: Vec<ElementRef<'a>>,
    pub control_owners: Vec<ElementRef<'a>>,
    pub frame_owners: Vec<ElementRef<'a>>,
    /// `containers[i]` is the element of the article finder's container `i`.
    pub containers: Vec<ElementRef<'a>>,
}

/// Everything the content script reads from a page and hands the core, with the elements it came from.
pub struct Reading<'a> {
    pub survey: PageSurvey<'a>,
    /// The core's answer to the survey.
    pub found: SurveyResult,
    /// The body the article finder picked.
    pub article: Option<ElementRef<'a>>,
    pub snapshot: Snapshot,
    /// `elements[i]` is the element of snapshot node `i`.
    pub elements: Vec<ElementRef<'a>>,
}

impl Page {
    pub fn parse(source: &str) -> Page {
        Page { html: Html::parse_document(source) }
    }

    /// The page's headline (collect.js `headline`): the first `h1` whose text the document's title holds, or
    /// that holds the title's first part, at least 15 characters either way. A box around it is kept like the
    /// article: a headline often sits outside the article's container, beside an intro that asks for a sign-up.
    fn headline(&self) -> Option<ElementRef<'_>> {
        let title = self.html.root_element().descendants().filter_map(ElementRef::wrap).find(|e| tag(*e) == "title")?;
        let title = collapse(&title.text().collect::<String>()).to_lowercase();
        if title.chars().count() < 15 {
            return None;
        }
        let head = TITLE_PARTS.iter().filter_map(|sep| title.find(sep)).min().map_or(title.as_str(), |i| &title[..i]);
        let head_ok = head.chars().count() >= 15;
        self.body()?.descendants().filter_map(ElementRef::wrap).filter(|e| tag(*e) == "h1").take(20).find(|h| {
            let t = collapse(&h.text().collect::<String>()).to_lowercase();
            t.chars().count() >= 15 && (title.contains(&t) || (head_ok && t.contains(head)))
        })
    }

    fn body(&self) -> Option<ElementRef<'_>> {
        self.html.root_element().children().filter_map(ElementRef::wrap).find(|e| tag(*e) == "body")
    }

    /// Short texts and names of the body (collect.js `probes` and `names`) and paragraph statistics.
    pub fn survey(&self) -> PageSurvey<'_> {
        let (mut texts, mut text_owners, mut names, mut name_owners) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        let (mut controls, mut control_owners) = (Vec::new(), Vec::new());
        let (mut frames, mut frame_owners) = (Vec::new(), Vec::new());
        if let Some(body) = self.body() {
            let mut nodes = Vec::new();
            text_nodes(*body, &mut nodes);
            let (mut seen, mut long) = (HashSet::new(), HashSet::new());
            for (data, parent) in nodes {
                let len = js_len(data);
                if !(4..=4 * MAX_PROBE_TEXT).contains(&len) || seen.contains(&parent.id()) {
                    continue;
                }
                // The parent's whole text catches wording split over inline tags ("<b>Sign in</b> to continue"),
                // spaced at links and blocks when the parent has words of its own ("Sign up for our<a>Newsletter
                // </a>"). A parent whose own text is only white space is a row of other boxes (a menu, a header's
                // tools): read spaced, it would become a candidate of its own, past the checks its entries get.
                // A parent too long for that is read a text node at a time, each of them: a reader-revenue plea
                // at the end of a long paragraph follows a link or a bold phrase.
                let text = if long.contains(&parent.id()) {
                    collapse(data) // its parent was checked at its first text node
                } else {
                    if skipped(parent) {
                        continue;
                    }
                    let whole = text_content(parent);
                    if js_len(&whole) <= MAX_PROBE_TEXT {
                        seen.insert(parent.id());
                        // spaced only once known short: the walk is the reader's, not the browser's native one
                        collapse(&if data.trim().is_empty() { whole } else { spaced_text(parent) })
                    } else {
                        long.insert(parent.id());
                        collapse(data)
                    }
                };
                if js_len(&text) < MIN_PROBE_TEXT {
                    continue;
                }
                texts.push(text);
                text_owners.push(parent);
            }
            // A control whose face is a picture (a PayPal donate button, a tip jar's cup) shows its words only
            // in the picture: its alt text is what the reader reads there. A frame from another site (a
            // one-tap sign-in, a comment platform) is read by its title, all the page can read of it.
            let inside = descendants(body);
            for &el in &inside {
                if let Some(face) = image_face(el).filter(|f| (MIN_PROBE_TEXT..=MAX_PROBE_TEXT).contains(&js_len(f))) {
                    texts.push(face);
                    text_owners.push(el);
                } else if let Some(title) = frame_title(el).filter(|t| js_len(t) >= MIN_PROBE_TEXT) {
                    frames.push(title);
                    frame_owners.push(el);
                }
            }
            for &el in std::iter::once(&body).chain(&inside).filter(|e| has_name(**e) && !skipped(**e)) {
                names.push(names_of(el));
                name_owners.push(el);
            }
            for &el in &inside {
                if let Some(kind) = field_kind(el) {
                    controls.push(kind);
                    control_owners.push(el);
                }
            }
        }
        let (article, containers) = self.article_input();
        PageSurvey {
            survey: Survey { texts, names, controls, frames, article: Some(article) },
            text_owners,
            name_owners,
            control_owners,
            frame_owners,
            containers,
        }
    }

    /// Paragraph statistics for the article finder (collect.js `articleInput`), and the containers they index.
    pub fn article_input(&self) -> (ArticleInput, Vec<ElementRef<'_>>) {
        /// The index of container `el` (added when new), or -1 for none or the `html` element.
        fn slot<'a>(
            el: Option<ElementRef<'a>>,
            containers: &mut Vec<ElementRef<'a>>,
            index: &mut HashMap<ego_tree::NodeId, usize>,
        ) -> i32 {
            let Some(el) = el.filter(|e| tag(*e) != "html") else { return -1 };
            *index.entry(el.id()).or_insert_with(|| {
                containers.push(el);
                containers.len() - 1
            }) as i32
        }
        let mut containers: Vec<ElementRef<'_>> = Vec::new();
        let mut index = HashMap::new();
        let mut blocks = Vec::new();
        let link_len = |el: ElementRef| {
            descendants(el).into_iter().filter(|a| tag(*a) == "a").map(|a| js_len(&text_content(a))).sum::<usize>()
                as u32
        };
        let paragraphs: Vec<ElementRef> = self
            .body()
            .map(|b| {
                descendants(b).into_iter().filter(|e| matches!(tag(*e), "p" | "pre" | "td" | "blockquote")).collect()
            })
            .unwrap_or_default();
        for p in paragraphs.into_iter().take(MAX_PARAGRAPHS) {
            let text = text_content(p);
            if js_len(text.trim_matches(js_space)) < 25 {
                continue;
            }
            let up = parent(p);
            let parent_i = slot(up, &mut containers, &mut index);
            let grand_i = if up.is_some() { slot(up.and_then(parent), &mut containers, &mut index) } else { -1 };
            blocks.push(BlockStat {
                parent: parent_i,
                grand: grand_i,
                text_len: js_len(&text) as u32,
                link_len: link_len(p),
                commas: text.chars().filter(|c| matches!(c, ',' | '،' | '、' | '，')).count() as u32,
            });
        }
        let infos = containers
            .iter()
            .map(|el| ContainerInfo {
                tag: tag_name(*el),
                id: attr(*el, "id").to_string(),
                class: attr(*el, "class").to_string(),
                text_len: js_len(&text_content(*el)) as u32,
                link_len: link_len(*el),
            })
            .collect();
        (ArticleInput { blocks, containers: infos, embedded: false }, containers)
    }

    /// The article body: the container the core picks from paragraph statistics.
    pub fn article(&self, engine: &Engine) -> Option<ElementRef<'_>> {
        let (input, containers) = self.article_input();
        let choice = engine.find_article(&input)?;
        containers.get(choice.container as usize).copied()
    }

    /// Reads the page the way the content script does: the survey, the core's answer to it, then the snapshot
    /// of the candidates with the article's text blocks.
    pub fn read(&self, engine: &Engine, settings: &Settings) -> Reading<'_> {
        let survey = self.survey();
        let found = engine.survey(&survey.survey, settings);
        let article = found.article.as_ref().and_then(|c| survey.containers.get(c.container as usize).copied());
        // An element hit by both prefilters is one candidate (the content script collects owners in a Set).
        let mut owners: Vec<ElementRef> = Vec::new();
        owners.extend(found.texts.iter().map(|&i| survey.text_owners[i as usize]));
        owners.extend(found.names.iter().map(|&i| survey.name_owners[i as usize]));
        owners.extend(found.controls.iter().map(|&i| survey.control_owners[i as usize]));
        owners.extend(found.frames.iter().map(|&i| survey.frame_owners[i as usize]));
        let mut seen = HashSet::new();
        owners.retain(|el| seen.insert(el.id()));
        let blocks = article.map(blocks_in).unwrap_or_default();
        let (snapshot, elements) = self.snapshot(&owners, article, blocks);
        Reading { survey, found, article, snapshot, elements }
    }

    /// The core's `Snapshot` for these candidates (collect.js `snapshot`).
    pub fn snapshot<'a>(
        &'a self,
        owners: &[ElementRef<'a>],
        article: Option<ElementRef<'a>>,
        blocks: Vec<TextBlock>,
    ) -> (Snapshot, Vec<ElementRef<'a>>) {
        let page_len = self.body().map_or(0, |b| js_len(&text_content(b)));
        let keep = Keep { article, headline: self.headline() };
        let mut els: Vec<ElementRef> = Vec::new();
        let mut index = HashMap::new();
        let mut facts_of = HashMap::new();
        // Each box's text counted once: the climb above every chain and the box's node both need it, and chains
        // share their ancestors.
        let mut dense_of: HashMap<_, u32> = HashMap::new();
        let mut dense =
            |el: ElementRef| *dense_of.entry(el.id()).or_insert_with(|| dense_len(&text_content(el)).min(REST_CAP));
        let mut chains = Vec::new();
        let mut add = |el: ElementRef<'a>, els: &mut Vec<ElementRef<'a>>| -> u32 {
            *index.entry(el.id()).or_insert_with(|| {
                els.push(el);
                els.len() - 1
            }) as u32
        };
        for &el in owners {
            let members = chain(el, article);
            let Some(&last) = members.last() else { continue };
            chains.push(members.iter().map(|m| add(*m, &mut els)).collect::<Vec<u32>>());
            for m in &members {
                facts_of.entry(m.id()).or_insert_with(|| facts(*m, keep, page_len));
            }
            // A wrapper with the same text as the box below it is not a level (the core's `widen`), so a widget in
            // an ad slot's nest of sizing boxes still reaches the slot.
            let mut below = dense(last);
            let mut cur = parent(last);
            let mut levels = 0;
            for _ in 0..FRAME_BOXES {
                let Some(c) = cur.filter(|c| levels < FRAME_LEVELS && !matches!(tag(*c), "body" | "html")) else {
                    break;
                };
                add(c, &mut els);
                let d = dense(c);
                if d != below || d >= REST_CAP {
                    levels += 1;
                }
                below = d;
                cur = parent(c);
            }
        }
        let ids: HashMap<_, u32> = els.iter().enumerate().map(|(i, e)| (e.id(), i as u32)).collect();
        let nodes = els
            .iter()
            .map(|&el| SnapNode {
                parent: el.ancestors().filter_map(ElementRef::wrap).find_map(|a| ids.get(&a.id()).copied()),
                tag: tag_name(el),
                dense_len: dense(el),
                rest_text: rest_text(el, &ids),
                hidden: false,
                revealed: false,
                contains_article: keep.held_by(el),
                in_article: article.is_some_and(|a| a.id() != el.id() && contains(a, el)),
                facts: facts_of.remove(&el.id()),
            })
            .collect();
        (Snapshot { nodes, chains, blocks }, els)
    }
}

/// Non-white-space text inside `el` but outside the other snapshot elements, up to the core's cap.
fn rest_text(el: ElementRef, ids: &HashMap<ego_tree::NodeId, u32>) -> u32 {
    fn walk(node: NodeRef<Node>, ids: &HashMap<ego_tree::NodeId, u32>, len: &mut u32) {
        for child in node.children() {
            if *len >= REST_CAP {
                return;
            }
            match child.value() {
                Node::Text(t) => *len += dense_len(t),
                // A frame, player or plug-in shows content that has no text here: it counts as much as the cap.
                Node::Element(e)
                    if EMBEDS.contains(&e.name())
                        && !ids.contains_key(&child.id())
                        && ElementRef::wrap(child).is_some_and(shown) =>
                {
                    *len = REST_CAP
                }
                Node::Element(e)
                    if !NO_TEXT.contains(&e.name())
                        && !ids.contains_key(&child.id())
                        && ElementRef::wrap(child).is_some_and(shown) =>
                {
                    walk(child, ids, len)
                }
                _ => {}
            }
        }
    }
    let mut len = 0;
    walk(*el, ids, &mut len);
    len.min(REST_CAP)
}

/// Whether the markup lets `el` render (the browser asks `checkVisibility`): not `hidden`, not inline
/// `display: none`, not an SVG element that never draws (`title`, `desc`, `metadata`).
fn shown(el: ElementRef) -> bool {
    let html = &*el.value().name.ns == "http://www.w3.org/1999/xhtml";
    if !html && matches!(tag(el), "title" | "desc" | "metadata") {
        return false;
    }
    el.value().attr("hidden").is_none() && inline_style(el, "display").as_deref() != Some("none")
}

/// The chain of `el` and its ancestors, innermost first, cut before the article, `body` or big boxes.
fn chain<'a>(el: ElementRef<'a>, article: Option<ElementRef<'a>>) -> Vec<ElementRef<'a>> {
    let mut chain = Vec::new();
    let mut cur = Some(el);
    while let Some(e) = cur {
        if matches!(tag(e), "body" | "html") || chain.len() >= MAX_CHAIN {
            break;
        }
        if article.is_some_and(|a| contains(e, a)) {
            break;
        }
        if js_len(&text_content(e)) > CHAIN_TEXT_LIMIT {
            break;
        }
        chain.push(e);
        cur = parent(e);
    }
    chain
}

/// What is never hidden: the article and the page's headline (collect.js `holdsArticle`).
#[derive(Clone, Copy, Default)]
struct Keep<'a> {
    article: Option<ElementRef<'a>>,
    headline: Option<ElementRef<'a>>,
}

impl Keep<'_> {
    /// Whether `el` holds the article or its headline (`containsArticle`).
    fn held_by(&self, el: ElementRef) -> bool {
        self.article.is_some_and(|a| contains(el, a)) || self.headline.is_some_and(|h| contains(el, h))
    }
}

/// What separates a title's headline from the site's name (collect.js `TITLE_PARTS`).
const TITLE_PARTS: &[&str] = &[" | ", " - ", " – ", " — ", " : ", " · "];

/// A declaration of the inline style, lower-cased without spaces (`position:fixed` -> `fixed`).
fn inline_style(el: ElementRef, prop: &str) -> Option<String> {
    let style = attr(el, "style").to_ascii_lowercase().replace(' ', "");
    style
        .split(';')
        .find_map(|d| d.strip_prefix(prop).and_then(|v| v.strip_prefix(':')).map(|v| v.replace("!important", "")))
}

/// Facts the core scores an element on (collect.js `facts`; see `ElementFacts` in src/model.rs).
fn facts(el: ElementRef, keep: Keep, page_len: usize) -> ElementFacts {
    let article = keep.article;
    let raw = text_content(el);
    let text_len = js_len(&raw);
    // a huge box is read as it is: spacing it would cost a walk for words the classifier never reaches
    let text = if text_len > CHAIN_TEXT_LIMIT * 4 { raw } else { spaced_text(el) };
    let inside = descendants(el);
    let mut buttons = Vec::new();
    for b in inside.iter().filter(|b| is_control(**b)) {
        let value = attr(*b, "value");
        let content = text_content(*b);
        let alt = tag(*b) == "input" && value.is_empty() && !attr(*b, "alt").is_empty();
        let raw = if tag(*b) == "input" && !value.is_empty() {
            value.to_string()
        } else if alt {
            attr(*b, "alt").to_string()
        } else if !content.is_empty() {
            content
        } else {
            attr(*b, "aria-label").to_string()
        };
        let spoken = Some(collapse(&raw)).filter(|l| !l.is_empty());
        // A control drawn as a picture says what it is only in its alt text ("Jetzt einfach, schnell und sicher
        // online bezahlen – mit PayPal."), as a frame only in its title: it may be as long.
        let longest = if alt || spoken.is_none() { MAX_FRAME_TITLE } else { MAX_LABEL };
        let label = spoken.or_else(|| image_face(*b)).unwrap_or_default();
        if !label.is_empty() && js_len(&label) <= longest {
            buttons.push(label);
        }
        if buttons.len() >= 12 {
            break;
        }
    }
    let frames = inside.iter().filter_map(|f| frame_title(*f)).take(12).collect();
    let inputs = inside.iter().filter_map(|i| field_kind(*i)).collect();
    let links: Vec<_> = inside.iter().filter(|a| tag(**a) == "a").collect();
    let position = inline_style(el, "position")
        .filter(|p| matches!(p.as_str(), "fixed" | "sticky" | "absolute" | "relative"))
        .unwrap_or_else(|| "static".to_string());
    ElementFacts {
        tag: tag_name(el),
        id: attr(el, "id").to_string(),
        class: attr(el, "class").to_string(),
        role: attr(el, "role").to_string(),
        aria_modal: attr(el, "aria-modal") == "true",
        text: cut(&collapse(cut(&text, MAX_FACT_TEXT * 2)), MAX_FACT_TEXT).to_string(),
        text_len: if text_len > CHAIN_TEXT_LIMIT * 4 { text_len as u32 } else { js_len(&collapse(&text)) as u32 },
        buttons,
        frames,
        inputs,
        links: links.len() as u32,
        headings: inside
            .iter()
            .filter(|h| matches!(tag(**h), "h1" | "h2" | "h3" | "h4" | "h5" | "h6") || attr(**h, "role") == "heading")
            .filter(|h| {
                std::iter::once(**h)
                    .chain(h.ancestors().filter_map(ElementRef::wrap))
                    .take_while(|a| a.id() != el.id())
                    .all(shown)
            })
            .count() as u32,
        embeds: inside.iter().filter(|e| EMBEDS.contains(&tag(**e))).count() as u32,
        link_text_len: links.iter().map(|a| js_len(&collapse(&text_content(**a))) as u32).sum(),
        position,
        z_index: inline_style(el, "z-index").and_then(|z| z.parse().ok()).unwrap_or(0),
        viewport_cover: 0.0,
        in_article: article.is_some_and(|a| a.id() != el.id() && contains(a, el)),
        contains_article: keep.held_by(el),
        page_text_share: if page_len > 0 { text_len as f32 / page_len as f32 } else { 0.0 },
        after_article: article.is_some_and(|a| !contains(a, el) && !contains(el, a) && el.id() > a.id()),
        user_opened: false,
        holds_hidden: false,
        embedded: false,
        page_article: article.is_some(),
    }
}

/// The alt text of a control drawn as a picture (collect.js `imageFace`): an image button's, or that of the
/// picture that is all a link or button shows (no text, no aria-label). A `noscript` fallback is text to both
/// readers, and template contents are not walked, so neither shows a face.
fn image_face(el: ElementRef) -> Option<String> {
    let alt = match tag(el) {
        "input" if attr(el, "type").eq_ignore_ascii_case("image") => attr(el, "alt"),
        "a" | "button" if collapse(&text_content(el)).is_empty() && attr(el, "aria-label").is_empty() => {
            descendants(el).into_iter().find(|i| tag(*i) == "img").map_or("", |i| attr(i, "alt"))
        }
        _ => return None,
    };
    let face = collapse(alt);
    (!face.is_empty()).then_some(face)
}

/// The title of a frame (collect.js `frameTitle`), at most [`MAX_FRAME_TITLE`] characters.
fn frame_title(el: ElementRef) -> Option<String> {
    let title = collapse(attr(el, "title"));
    (tag(el) == "iframe" && !title.is_empty() && js_len(&title) <= MAX_FRAME_TITLE).then_some(title)
}

/// `button, [role=button], input[type=submit], input[type=button], input[type=image], a`.
fn is_control(el: ElementRef) -> bool {
    match tag(el) {
        "button" | "a" => true,
        "input" => matches!(attr(el, "type").to_ascii_lowercase().as_str(), "submit" | "button" | "image"),
        _ => attr(el, "role") == "button",
    }
}

/// The kind of a form field (collect.js `fieldKind`): an input's type (`email` for any that asks for an
/// address, by its type, name, placeholder or autocomplete), `textarea`, or `textbox` for a rich-text box
/// (`contenteditable` other than "false", or role=textbox); None for anything else.
/// Words in a text field's type, name, placeholder or autocomplete that make it an email field: "mail" in most
/// languages, "courriel" in French (Quebec's sites) and "correo" in Spanish. A hidden field or a check box
/// named so ("EMailReciever", "subscribe_email") is not a field the reader types an address into.
const EMAIL_HINTS: [&str; 3] = ["mail", "courriel", "correo"];

fn field_kind(el: ElementRef) -> Option<String> {
    match tag(el) {
        "input" => {
            let t = attr(el, "type").to_ascii_lowercase();
            let t = if INPUT_TYPES.contains(&t.as_str()) { t } else { "text".to_string() };
            let hint = format!("{t} {} {} {}", attr(el, "name"), attr(el, "placeholder"), attr(el, "autocomplete"));
            Some(if t == "password" {
                "password".to_string()
            } else if matches!(t.as_str(), "text" | "email")
                && EMAIL_HINTS.iter().any(|h| hint.to_lowercase().contains(h))
            {
                "email".to_string()
            } else {
                t
            })
        }
        "textarea" => Some("textarea".to_string()),
        _ => {
            let editable = el.value().attr("contenteditable").is_some_and(|v| !v.eq_ignore_ascii_case("false"));
            (editable || attr(el, "role") == "textbox").then(|| "textbox".to_string())
        }
    }
}

/// The article's text blocks, as highlight.js `collect` reads them.
pub fn blocks_in(article: ElementRef) -> Vec<TextBlock> {
    let mut out = Vec::new();
    for el in descendants(article).into_iter().filter(|e| matches!(tag(*e), "p" | "li" | "blockquote" | "dd")) {
        if closest(el, SKIP_INSIDE).is_some() {
            continue;
        }
        let inside = descendants(el);
        if matches!(tag(el), "li" | "blockquote" | "dd") && inside.iter().any(|e| tag(*e) == "p") {
            continue; // its paragraphs are blocks
        }
        if out.len() >= MAX_BLOCKS {
            break;
        }
        let mut nodes = Vec::new();
        text_nodes(*el, &mut nodes);
        let mut segs: Vec<(ego_tree::NodeId, u32, u32)> = Vec::new(); // parent's text node: (parent, start, len)
        let mut text = String::new();
        let mut starts = Vec::new();
        for (data, p) in nodes {
            let hidden = closest(p, &["script", "style", "noscript"]).is_some()
                || (tag(p) == "mark" && attr(p, "class").split_ascii_whitespace().any(|c| c == "sift-mark"))
                || closest(p, SKIP_INSIDE).is_some();
            if hidden {
                continue;
            }
            let start = js_len(&text) as u32;
            starts.push((p, start, js_len(data) as u32));
            segs.push((p.id(), start, js_len(data) as u32));
            text.push_str(data);
            if js_len(&text) > MAX_BLOCK_TEXT {
                break;
            }
        }
        if js_len(&text) > MAX_BLOCK_TEXT || js_len(text.trim_matches(js_space)) < 20 {
            continue;
        }
        let mut links = Vec::new();
        for a in inside.iter().filter(|a| tag(**a) == "a" && a.value().attr("href").is_some()) {
            let within: Vec<_> = starts.iter().filter(|(p, _, _)| contains(*a, *p)).collect();
            if let (Some(first), Some(last)) = (within.first(), within.last()) {
                links.push((first.1, last.1 + last.2));
            }
        }
        out.push(TextBlock { text, links, quote: closest(el, &["blockquote"]).is_some() });
    }
    out
}

impl Reading<'_> {
    /// The core's actions on this reading.
    pub fn actions(&self, engine: &Engine, settings: &Settings) -> Actions {
        engine.decide(&self.snapshot, settings).unwrap_or_default()
    }

    /// What Sift would hide, as the content script would apply it.
    pub fn obstacles(&self, actions: &Actions) -> Vec<Found> {
        actions
            .hide
            .iter()
            .map(|h| Found {
                category: h.category.as_str().to_string(),
                confidence: h.confidence,
                reason: h.reason.clone(),
                text: collapse(&text_content(self.elements[h.node as usize])).chars().take(100).collect(),
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn first<'a>(page: &'a Page, tag_name: &str) -> ElementRef<'a> {
        let body = page.body().expect("a body");
        descendants(body).into_iter().find(|e| tag(*e) == tag_name).expect("the element")
    }

    /// What the core hides on a page read as the content script reads it.
    fn found(engine: &Engine, html: &str) -> Vec<Found> {
        let settings = Settings::default();
        let page = Page::parse(html);
        let reading = page.read(engine, &settings);
        let actions = reading.actions(engine, &settings);
        reading.obstacles(&actions)
    }

    /// The texts of what the core hides on a page read as the content script reads it.
    fn obstacles(engine: &Engine, html: &str) -> Vec<String> {
        found(engine, html).into_iter().map(|f| f.text).collect()
    }

    /// An article's eight paragraphs, enough for the finder to take it as the page's article.
    fn story() -> String {
        "<p>The council met on Tuesday evening to vote on the new budget for the coming year.</p>".repeat(8)
    }

    #[test]
    fn words_at_block_edges_stay_apart_and_inline_ones_together() {
        let page = Page::parse(
            "<body><div id=w><h2>Kostenlos weiterlesen</h2><p>Geben Sie <b>Ihre</b> E-Mail<br>ein</p><button>Weiter</button><span>Mit</span><span>Google</span></div></body>",
        );
        let words = collapse(&spaced_text(first(&page, "div")));
        assert_eq!(words, "Kostenlos weiterlesen Geben Sie Ihre E-Mail ein Weiter MitGoogle");
        assert_eq!(text_content(first(&page, "div")), "Kostenlos weiterlesenGeben Sie Ihre E-MaileinWeiterMitGoogle");
    }

    #[test]
    fn a_sign_up_line_ending_in_a_link_is_read_apart_and_a_header_row_keeps_its_toggles() {
        let story = story();
        let engine = Engine::new();
        let hidden = obstacles(
            &engine,
            &format!(
                "<body><article><h1>Budget vote</h1>{story}</article><aside><div class=feedback>Have your say.Give us feedback. Sign up for our<a href=/newsletter>Newsletter.</a></div></aside></body>"
            ),
        );
        assert_eq!(hidden, vec!["Have your say.Give us feedback. Sign up for ourNewsletter."]);
        // A header's row holds the menu and search toggles beside its newsletter button: the toggles stay.
        let hidden = obstacles(
            &engine,
            &format!(
                "<body><header><div class=row><div class=left>\n    <button class=menu><span>Menu</span></button>\n    <button class=search><span>Open Search Field</span></button><a class=btn href=/nl>Get Our Newsletter</a>\n  </div><div class=logo>The Daily Ledger</div></div></header><article><h1>Budget vote</h1>{story}</article></body>"
            ),
        );
        assert!(hidden.iter().all(|t| !t.contains("Menu")), "the menu toggle is kept: {hidden:?}");
    }

    /// What Sift hides on a page of a short story followed by `after`.
    fn found_after_a_story(engine: &Engine, after: &str) -> Vec<Found> {
        found(engine, &format!("<body><article><h1>Budget vote</h1>{}</article>{after}</body>", story()))
    }

    #[test]
    fn a_widget_deep_in_a_slot_s_empty_wrappers_goes_with_the_slot_and_its_label() {
        let engine = Engine::new();
        // An appeal nested deeper than a chain reaches, in sixteen wrappers with no text of their own, in an ad
        // slot with its "Advertisement" label, in a sidebar with other text.
        let widget = "<div class=appeal><p><span>Will you support independent journalism today?</span></p><button>Donate now</button><button>Not now</button></div>";
        let wrapped = (0..16).fold(widget.to_string(), |inner, _| format!("<div>{inner}</div>"));
        let other = "The council's other notices for the week are listed on the town hall's board. ".repeat(5);
        let hidden = found_after_a_story(
            &engine,
            &format!("<aside><div class=slot><small>Advertisement</small>{wrapped}</div><p>{other}</p></aside>"),
        );
        assert_eq!(hidden.len(), 1, "{hidden:?}");
        assert_eq!(hidden[0].category, "donation");
        assert!(hidden[0].text.starts_with("Advertisement"), "the slot goes, its label with it: {hidden:?}");
        assert!(!hidden[0].text.contains("notices"), "the sidebar stays: {hidden:?}");
    }

    #[test]
    fn a_donate_button_drawn_as_a_picture_is_read_by_its_alt_text_and_a_photo_link_is_not_an_ask() {
        let engine = Engine::new();
        let found =
            |widget: &str| found_after_a_story(&engine, &format!("<aside><div class=box>{widget}</div></aside>"));
        // PayPal's donate button: a form with hidden fields and an image button, no text at all.
        let paypal = found(
            "<form action=https://www.paypal.com/donate method=post><input type=hidden name=hosted_button_id value=X><input type=image src=/b.gif name=submit alt=\"Donate with PayPal button\"></form>",
        );
        assert_eq!(paypal.len(), 1, "{paypal:?}");
        assert_eq!(paypal[0].category, "donation");
        // PayPal's German button says more than a button label may, all of it in the picture: it is still read.
        let german = format!(
            "<div lang=de><p>{}</p><div class=widget><form action=https://www.paypal.com/cgi-bin/webscr method=post><input type=hidden name=cmd value=_s-xclick><input type=image src=/btn_donate.gif alt=\"Jetzt einfach, schnell und sicher online bezahlen – mit PayPal.\"></form></div></div>",
            "Die Stadt baut eine neue Brücke über den Fluss, und der Rat hat am Dienstag die Pläne vorgestellt. ".repeat(6)
        );
        let german = found(&german);
        assert_eq!(german.iter().map(|f| f.category.as_str()).collect::<Vec<_>>(), vec!["donation"], "{german:?}");
        // A tip-jar link whose only face is its picture.
        let tip =
            found("<a href=https://liberapay.com/x/donate>\n  <img alt=\"Donate using Liberapay\" src=/d.svg>\n</a>");
        assert_eq!(tip.iter().map(|f| f.category.as_str()).collect::<Vec<_>>(), vec!["donation"]);
        // A photo in a link is read the same way, and what its alt text says is no ask.
        let photo = found("<a href=/gallery><img alt=\"Volunteers donate blood at the town hall\" src=/p.jpg></a>");
        assert!(photo.is_empty(), "{photo:?}");
        let page = Page::parse("<body><a href=/x aria-label=\"Support us\"><img alt=\"Donate now to our newsroom\"></a><noscript><a href=/y><img alt=\"Donate with PayPal\"></a></noscript></body>");
        assert!(
            page.survey().survey.texts.is_empty(),
            "a labelled link and a noscript fallback show no picture's words"
        );
    }

    #[test]
    fn a_frame_from_another_site_is_read_by_its_title() {
        let engine = Engine::new();
        let found =
            |widget: &str| found_after_a_story(&engine, widget).into_iter().map(|f| f.category).collect::<Vec<_>>();
        // Google's one-tap sign-in: a fixed box holding only its frame, in English and in German.
        let one_tap = |title: &str| {
            format!("<div id=picker style=\"position:fixed;top:16px;right:16px\"><iframe src=https://accounts.example/gsi title=\"{title}\"></iframe></div>")
        };
        assert_eq!(found(&one_tap("Sign in with Google Dialog")), vec!["login"]);
        assert_eq!(found(&one_tap("Dialogfeld „Über Google anmelden“")), vec!["login"]);
        // An advertisement's or a video's frame says nothing that asks.
        assert!(found(
            "<div class=slot><iframe src=https://ads.example/x title=\"3rd party ad content\"></iframe></div>"
        )
        .is_empty());
        assert!(found("<div class=video><iframe src=https://video.example/x title=\"Sign-in tips: a video guide\"></iframe></div>").is_empty());
    }

    #[test]
    fn each_text_node_of_a_paragraph_too_long_to_read_whole_is_read() {
        // An end note that pleads for support after a link and a bold phrase: its words are in the third text node.
        let filler =
            "The paper kept reporting every day through the storm, with the help of many readers and staff. ".repeat(4);
        let page = Page::parse(&format!(
            "<body><div class=note><p><em>{filler}<a href=/x>our work</a> and <b>more than ever</b>. Colabore para que nossa equipe de jornalistas seja mantida.</em></p></div></body>"
        ));
        let survey = page.survey();
        let texts = &survey.survey.texts;
        assert!(texts.iter().any(|t| t.starts_with("The paper kept")), "the first text node: {texts:?}");
        assert!(texts.iter().any(|t| t.contains("Colabore para que")), "the plea after the bold phrase: {texts:?}");
        let short = Page::parse("<body><p>Sign <b>in</b> to continue</p></body>");
        assert_eq!(short.survey().survey.texts, vec!["Sign in to continue"], "a short paragraph is read whole, once");
    }

    #[test]
    fn a_box_s_inline_script_and_style_are_not_its_text() {
        let page = Page::parse(
            "<body><div><style>.nl{color:red}</style><h3>Newsletter</h3><script>window.x = {a: 1};</script><p>Every Friday</p></div></body>",
        );
        let f = facts(first(&page, "div"), Keep { article: None, headline: None }, 100);
        assert_eq!(f.text, "Newsletter Every Friday");
        assert_eq!(f.text_len, 23);
    }

    #[test]
    fn form_fields_by_kind_and_what_is_not_a_field() {
        let page = Page::parse(
            r#"<body><form><input type=password><input name=email_address><input type=image alt=Donate><textarea></textarea>
            <div contenteditable>x</div><div contenteditable=false role=textbox>y</div><div contenteditable="false">z</div><p>w</p></form></body>"#,
        );
        let kinds: Vec<String> = descendants(first(&page, "form")).into_iter().filter_map(field_kind).collect();
        assert_eq!(kinds, vec!["password", "email", "image", "textarea", "textbox", "textbox"]);
        let f = facts(first(&page, "form"), Keep::default(), 100);
        assert_eq!(f.buttons, vec!["Donate"], "an image button is labelled by its alt text");
    }

    #[test]
    fn an_email_field_is_known_by_its_french_or_spanish_placeholder_too() {
        let page = Page::parse(
            r#"<body><form><input placeholder="Votre courriel"><input placeholder="Tu correo electrónico"><input placeholder="Votre nom">
            <input type=hidden name=EMailReciever><input type=checkbox name=subscribe_email></form></body>"#,
        );
        let kinds: Vec<String> = descendants(first(&page, "form")).into_iter().filter_map(field_kind).collect();
        assert_eq!(kinds, vec!["email", "email", "text", "hidden", "checkbox"]);
    }

    #[test]
    fn a_frame_or_a_player_beside_a_box_is_content_and_counts_as_an_embed() {
        let page = Page::parse(
            r#"<body><div id=wrap><div id=ask><p>Support our journalism from just $3 a month.</p></div><iframe src="about:blank"></iframe></div></body>"#,
        );
        let wrap = first(&page, "div");
        let ask = descendants(wrap).into_iter().find(|e| attr(*e, "id") == "ask").expect("ask");
        let ids: HashMap<_, u32> = [(ask.id(), 0)].into_iter().collect();
        assert_eq!(rest_text(wrap, &ids), REST_CAP, "the frame is not empty space");
        assert_eq!(facts(wrap, Keep::default(), 100).embeds, 1);
        assert_eq!(facts(ask, Keep::default(), 100).embeds, 0);
        // An audio player is drawn by the browser, as a video is.
        let page = Page::parse(
            r#"<body><div id=card><p>Listen to this story</p><audio controls src="a.mp3"></audio></div></body>"#,
        );
        assert_eq!(facts(first(&page, "div"), Keep::default(), 100).embeds, 1);
    }

    #[test]
    fn the_header_holding_the_headline_stays_when_its_intro_asks_for_a_sign_up() {
        let intro = "The Friday Digest is a weekly letter about gardening and tools. Want it in your inbox every week? Subscribe below!";
        let body = "Tomatoes need more water than most readers think, and the soil tells you when. ".repeat(12);
        let html = |title: &str| {
            format!(
                "<html><head><title>{title}</title></head><body><div class=top><div class=wrap><h1>The Friday Digest issue 42: tomatoes, sheds and rain</h1>\
                 <div class=intro><p>{intro}</p></div></div></div><article><p>{body}</p><p>{body}</p></article>\
                 <div class=signup><p>Want to subscribe to the Friday Digest newsletter?</p><input type=email><button>Subscribe</button></div></body></html>"
            )
        };
        let engine = Engine::new();
        let hidden = |title: &str| obstacles(&engine, &html(title));
        let titled = hidden("The Friday Digest issue 42: tomatoes, sheds and rain | Digest");
        assert!(titled.iter().all(|t| !t.contains("issue 42")), "the headline is hidden: {titled:?}");
        assert!(titled.iter().any(|t| t.contains("Want to subscribe")), "the sign-up box stays: {titled:?}");
    }

    #[test]
    fn a_tip_button_beside_the_byline_goes_without_the_byline() {
        let body = "Tomatoes need more water than most readers think, and the soil tells you when. ".repeat(12);
        let html = |meta: &str| {
            format!(
                "<html><body><h1>Tomatoes and rain</h1><div class=\"{meta}\"><span>By Ana Lopez</span> <span>Feb 21, 2020</span>\
                 <div><div><button>Enjoyed it? Shout Ana Lopez a coffee</button></div></div></div>\
                 <article><p>{body}</p><p>{body}</p></article></body></html>"
            )
        };
        let engine = Engine::new();
        let hidden = |meta: &str| obstacles(&engine, &html(meta));
        assert_eq!(hidden("post-meta"), vec!["Enjoyed it? Shout Ana Lopez a coffee"], "the byline stays");
        let row = hidden("row");
        assert!(
            row.len() == 1 && row[0].contains("By Ana Lopez"),
            "a row not named for the byline goes with its ask: {row:?}"
        );
    }

    fn page_headline(title: &str) -> Option<String> {
        let page = Page::parse(&format!(
            "<html><head><title>{title}</title></head><body><h1>The Friday Digest issue 42</h1></body></html>"
        ));
        page.headline().map(|h| collapse(&h.text().collect::<String>()))
    }

    #[test]
    fn the_headline_is_the_h1_the_title_names() {
        assert_eq!(page_headline("The Friday Digest issue 42 – Digest").as_deref(), Some("The Friday Digest issue 42"));
        assert_eq!(page_headline("Digest: The Friday Digest issue 42").as_deref(), Some("The Friday Digest issue 42"));
        assert_eq!(page_headline("Short"), None);
        assert_eq!(page_headline("Gardening news and tools for everyone"), None, "a title that does not name the h1");
    }
}
