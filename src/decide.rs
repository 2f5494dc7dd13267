//! The whole decision for a page, in two steps over typed snapshots the browser layer reads: a survey (which
//! elements are worth a closer look, and where the article is) and a decision (which boxes to hide, with the
//! reason, and which sentences to mark). The content script only reads DOM facts and applies these actions;
//! whether Sift runs on a site at all is decided here too ([`page_state`]).
//!
//! Every input type rejects unknown fields and requires every field: a misspelt or missing key is an error at
//! the boundary with its name, never a silent zero.

use crate::article::{ArticleChoice, ArticleInput};
use crate::engine::Engine;
use crate::filters::lookup::SheetRule;
use crate::model::{Category, ElementFacts, Highlight, TextBlock, Verdict};
use crate::settings::Settings;
use serde::{Deserialize, Serialize};

/// Cheap facts of a whole page (or of added subtrees): the short texts and the `tag id class role` names of
/// its elements, and the paragraph statistics of the article finder (on a full scan only).
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS), ts(export))]
pub struct Survey {
    pub texts: Vec<String>,
    pub names: Vec<String>,
    /// The kind of each form field of the page, as `ElementFacts::inputs` names them (`email`, `password`,
    /// `textarea`, `radio`, ...): a sign-in, sign-up, comment or donation form shows in its fields.
    pub controls: Vec<String>,
    /// The titles of the page's frames (collect.js `frameTitle`): all a page can read of a widget another site
    /// draws in a frame ("Sign in with Google Dialog", "Comments", "SP Consent Message").
    pub frames: Vec<String>,
    #[serde(deserialize_with = "required")]
    pub article: Option<ArticleInput>,
}

/// Which texts, names, form fields and frames of the survey need a closer look (indices into its lists), and the
/// article body.
#[derive(Clone, Debug, Default, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS), ts(export))]
pub struct SurveyResult {
    pub texts: Vec<u32>,
    pub names: Vec<u32>,
    pub controls: Vec<u32>,
    pub frames: Vec<u32>,
    pub article: Option<ArticleChoice>,
    /// Generic filter-list rules for the classes and ids the survey names (filled in by the browser
    /// boundary, which holds the lists).
    pub lists: Vec<SheetRule>,
}

/// One element of the snapshot: a member of a candidate chain (with `facts`) or one of the boxes around a
/// chain that a hidden box may be widened to (without).
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS), ts(export))]
pub struct SnapNode {
    /// Index of the nearest ancestor that is also in the snapshot.
    #[serde(deserialize_with = "required")]
    pub parent: Option<u32>,
    pub tag: String,
    /// Characters of the element's text that are not white space, counted up to [`REST_CAP`].
    pub dense_len: u32,
    /// Rendered, non-white-space characters inside the element but outside every other snapshot element in
    /// it, counted up to [`REST_CAP`] (all that the widening test needs to know).
    pub rest_text: u32,
    /// The element or an ancestor is already hidden by Sift.
    pub hidden: bool,
    /// The reader chose to see this element again: never hidden.
    pub revealed: bool,
    /// The article body or one of its ancestors.
    pub contains_article: bool,
    /// Strictly inside the article body.
    pub in_article: bool,
    /// What the classifier scores, for chain members only.
    #[serde(deserialize_with = "required")]
    pub facts: Option<ElementFacts>,
}

/// The elements around the candidates, the candidate chains (node indices, innermost first) and, on a full
/// scan, the article's text blocks.
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS), ts(export))]
pub struct Snapshot {
    pub nodes: Vec<SnapNode>,
    pub chains: Vec<Vec<u32>>,
    pub blocks: Vec<TextBlock>,
}

/// Hide this node of the snapshot, for this reason.
#[derive(Clone, Debug, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS), ts(export))]
pub struct Hide {
    pub node: u32,
    /// The box the classifier chose, before it was widened to the empty frame around it (`node` when it was
    /// not): should the page later put something else in that frame, only this box stays hidden.
    pub first: u32,
    pub category: Category,
    pub confidence: f32,
    pub reason: String,
    pub rules: Vec<String>,
    /// A fixed or sticky box over much of the viewport: the page may have locked scrolling for it.
    pub modal: bool,
    /// The box is all a frame embedded in another page shows (a comment thread, a consent message, a sign-in
    /// panel drawn in a frame): the frame element in that page goes too, or an empty frame would stay.
    pub whole_frame: bool,
}

#[derive(Clone, Debug, Default, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS), ts(export))]
pub struct Actions {
    pub hide: Vec<Hide>,
    pub highlights: Vec<Highlight>,
}

/// What Sift does on a site: nothing when paused there, or when every category and every filter list is off
/// (the page is then left byte for byte as it was).
#[derive(Clone, Debug, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS), ts(export))]
pub struct PageState {
    pub paused: bool,
    pub idle: bool,
    /// The categories whose remembered boxes may be hidden early on this site.
    pub early: Vec<Category>,
}

/// `lists`: some filter list of this build is on (the lists run even with every category off).
pub fn page_state(settings: &Settings, host: &str, lists: bool) -> PageState {
    let paused = settings.is_paused(host);
    let idle = Category::ALL.iter().all(|c| !settings.category_on(*c)) && !lists;
    let early =
        if paused { Vec::new() } else { Category::HIDING.into_iter().filter(|c| settings.category_on(*c)).collect() };
    PageState { paused, idle, early }
}

/// `rest_text` is counted up to this: one more than the most leftover text a widened box may hold.
pub const REST_CAP: u32 = PARTS_REST + 1;
/// Outside the article a hidden box is widened to a frame whose other visible text is this short at most
/// (a title, a close link), and never to more than the box's own text.
const FRAME_REST: u32 = 25;
/// A comment section the classifier found in two or more parts (a prompt, a form, its sign-in box), or a box
/// the site names for its comments around a form, is taken whole when what is left of it is this short at
/// most: its "Comments" title, a row of social sign-in buttons, the site's three house rules for commenters,
/// which read as nothing once the parts are gone. A single reader's comment or two would fit too, and go with
/// the section, as the comment platform's own frame would. Any widget found in two or more parts of its category
/// (a paywall's two offers under their "Access options" title and links) has the same room.
const PARTS_REST: u32 = 250;
/// In the article, a comment section found in two parts is taken with this much other text at most, in all.
const IN_ARTICLE_SECTION_REST: u32 = 80;
/// How many boxes above a hidden box it may be widened to. A wrapper with the same text as the box below it is
/// not a level (see `widen`), and the readers (page.rs, collect.js) send the boxes above each chain until that
/// many have more text than the box below them.
pub const FRAME_LEVELS: usize = 4;
/// The most boxes above a chain the readers send, wrappers included: a slot's few sizing boxes, not a walk to
/// the page's root through a site's deep nesting.
pub const FRAME_BOXES: usize = 12;
const NO_FRAME: [&str; 7] = ["body", "html", "main", "article", "nav", "header", "footer"];
/// The boxes that make a `<header>` or `<footer>` inside them their own, not the page's (HTML's rule for the
/// banner and contentinfo landmarks).
const SECTIONING: [&str; 5] = ["article", "aside", "main", "nav", "section"];
/// Of those, the ones whose header is a widget's title bar: a story's own header and footer (its title, date
/// and tags) stay, as do a navigation's and the main column's.
const SECTION_OWNERS: [&str; 2] = ["aside", "section"];
/// A fixed or sticky box covering more of the viewport than this is treated as a modal.
const MODAL_COVER: f32 = 0.3;
/// A box in an embedded frame holding at least this share of the frame's text is what the frame shows.
const WHOLE_FRAME: f32 = 0.8;

/// An optional field that must still be present (as `null` when empty): serde would otherwise read a
/// missing `Option` field as `None`, and a misspelt key would go unnoticed.
fn required<'de, D: serde::Deserializer<'de>, T: Deserialize<'de>>(d: D) -> Result<Option<T>, D::Error> {
    Option::<T>::deserialize(d)
}

#[derive(Debug)]
pub struct SnapshotError(pub String);

impl std::fmt::Display for SnapshotError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for SnapshotError {}

impl Engine {
    /// Step one: which elements of the survey need their facts read, and the article body.
    pub fn survey(&self, survey: &Survey, settings: &Settings) -> SurveyResult {
        SurveyResult {
            texts: self.text_hits(&survey.texts, settings),
            names: self.name_hits(&survey.names, settings),
            controls: self.control_hits(&survey.controls, settings),
            frames: self.frame_hits(&survey.frames, settings),
            article: survey.article.as_ref().and_then(|a| self.find_article(a)),
            lists: Vec::new(),
        }
    }

    /// Step two: the boxes to hide (each the outermost box of its obstacle, widened to an empty frame around
    /// it) and the sentences to mark.
    pub fn decide(&self, snap: &Snapshot, settings: &Settings) -> Result<Actions, SnapshotError> {
        check(snap)?;
        let chains: Vec<Vec<ElementFacts>> = snap
            .chains
            .iter()
            .map(|c| c.iter().map(|&n| snap.nodes[n as usize].facts.clone().unwrap_or_default()).collect())
            .collect();
        let mut verdicts = self.classify(&chains, settings);
        // Biggest box first, so a box inside an already chosen one is not listed twice.
        let len = |v: &Verdict| chains[v.chain as usize][v.level as usize].text_len;
        verdicts.sort_by(|a, b| len(b).cmp(&len(a)).then(b.confidence.total_cmp(&a.confidence)));
        let mut picked: Vec<(u32, Hide)> = Vec::new();
        let mut seen = vec![false; snap.nodes.len()];
        for v in verdicts {
            let node = snap.chains[v.chain as usize][v.level as usize];
            let n = &snap.nodes[node as usize];
            if seen[node as usize] || n.hidden || n.revealed || n.contains_article {
                continue;
            }
            seen[node as usize] = true;
            let f = &chains[v.chain as usize][v.level as usize];
            let modal = matches!(f.position.as_str(), "fixed" | "sticky") && f.viewport_cover > MODAL_COVER;
            let whole_frame = f.embedded && !f.page_article && f.page_text_share >= WHOLE_FRAME;
            let hide = Hide {
                node,
                first: snap.chains[v.chain as usize][v.box_level as usize],
                category: v.category,
                confidence: v.confidence,
                reason: v.reason,
                rules: v.rules,
                modal,
                whole_frame,
            };
            picked.push((node, hide));
        }
        widen(snap, &mut picked);
        let mut is_picked = vec![false; snap.nodes.len()];
        for (n, _) in &picked {
            is_picked[*n as usize] = true;
        }
        let hide = picked
            .iter()
            .filter(|(node, _)| {
                let inner = ancestors(snap, *node).any(|a| is_picked[a as usize]);
                !inner && !snap.nodes[*node as usize].hidden
            })
            .map(|(_, h)| h.clone())
            .collect();
        let highlights = if snap.blocks.is_empty() { Vec::new() } else { self.highlights(&snap.blocks, settings) };
        Ok(Actions { hide, highlights })
    }
}

/// Indices in range, chain members with facts, and parent links that end at a root.
fn check(snap: &Snapshot) -> Result<(), SnapshotError> {
    let n = snap.nodes.len() as u32;
    for (i, node) in snap.nodes.iter().enumerate() {
        if let Some(p) = node.parent {
            if p >= n || p as usize == i {
                return Err(SnapshotError(format!("snapshot node {i}: parent {p} is not another node (of {n})")));
            }
        }
    }
    for (ci, chain) in snap.chains.iter().enumerate() {
        for &m in chain {
            let node = snap
                .nodes
                .get(m as usize)
                .ok_or_else(|| SnapshotError(format!("chain {ci}: node {m} out of range (of {n})")))?;
            if node.facts.is_none() {
                return Err(SnapshotError(format!("chain {ci}: node {m} has no facts")));
            }
        }
    }
    // A parent cycle would make every walk upwards endless. Each node is walked once: 1 = on the current
    // path, 2 = known to reach a root.
    let mut state = vec![0u8; snap.nodes.len()];
    for start in 0..snap.nodes.len() {
        let mut path = Vec::new();
        let mut cur = Some(start as u32);
        while let Some(i) = cur {
            match state[i as usize] {
                2 => break,
                1 => return Err(SnapshotError(format!("snapshot node {i}: its parent links form a cycle"))),
                _ => {}
            }
            state[i as usize] = 1;
            path.push(i);
            cur = snap.nodes[i as usize].parent;
        }
        for i in path {
            state[i as usize] = 2;
        }
    }
    Ok(())
}

fn ancestors(snap: &Snapshot, node: u32) -> impl Iterator<Item = u32> + '_ {
    std::iter::successors(snap.nodes[node as usize].parent, move |&p| snap.nodes[p as usize].parent)
}

/// A box chosen by the classifier often sits in a frame that holds nothing else worth reading: a widget with
/// only its title left, a rail around two callouts, a modal's frame around its body. Take the frame, so no
/// empty box or orphan heading stays. Outside the article a short leftover may go with it; inside the article
/// only a frame with no visible text of its own.
fn widen(snap: &Snapshot, picked: &mut Vec<(u32, Hide)>) {
    let mut children: Vec<Vec<u32>> = vec![Vec::new(); snap.nodes.len()];
    for (i, node) in snap.nodes.iter().enumerate() {
        if let Some(p) = node.parent {
            children[p as usize].push(i as u32);
        }
    }
    let mut is_picked = vec![false; snap.nodes.len()];
    for (n, _) in picked.iter() {
        is_picked[*n as usize] = true;
    }
    let originals: Vec<u32> = picked.iter().map(|(n, _)| *n).collect();
    for el in originals {
        let Some(mut at) = picked.iter().position(|(n, _)| *n == el) else { continue };
        // A form is as big as its fields, whatever little text it has: its widget's title may go with it.
        let form = snap.nodes[el as usize].facts.as_ref().is_some_and(|f| crate::nags::fields(f) > 0);
        let own = if form { FRAME_REST } else { snap.nodes[el as usize].dense_len };
        let mut target = el;
        let mut levels = 0;
        // Whether the box has taken another hidden part of its widget, and how much of the article's text
        // it has taken with it.
        let mut merged = false;
        let mut taken = 0;
        while levels < FRAME_LEVELS {
            let Some(frame) = snap.nodes[target as usize].parent else { break };
            let f = &snap.nodes[frame as usize];
            // A wrapper with no text of its own (an ad slot's proxy, a sizing box) is the same box again, not a
            // level further out.
            if f.dense_len != snap.nodes[target as usize].dense_len || f.dense_len >= REST_CAP {
                levels += 1;
            }
            // The article's byline row around a tip button is the article's, whatever little text it has.
            if landmark(snap, frame)
                || f.revealed
                || f.contains_article
                || is_picked[frame as usize]
                || f.facts.as_ref().is_some_and(crate::nags::article_meta)
            {
                break;
            }
            // A frame holding another hidden box of another category (a rail with a donation panel and a
            // sign-in box) stays: taking it would file both under one category, and switching that one off
            // would bring back the other. A comment section's own sign-in form ("Sign in to comment" over a
            // login box) is part of the comment section, as the census files it. A wall's "create your free
            // account to read on" and the subscription offer beside it are one gate, but only a frame with
            // nothing else in it is theirs, and never in the site's header, navigation or footer: there a sign-in
            // box and a "subscribe" strip are two of the site's ways in.
            let category = picked[at].1.category;
            let part_of = |other: Category| category == Category::Comments && other == Category::Login;
            let in_chrome = std::iter::once(frame)
                .chain(ancestors(snap, frame))
                .any(|a| matches!(snap.nodes[a as usize].tag.as_str(), "header" | "nav" | "footer"));
            let one_gate = |other: Category| {
                !in_chrome
                    && matches!(
                        (category, other),
                        (Category::Paywall, Category::Login) | (Category::Login, Category::Paywall)
                    )
            };
            let inside = |n: u32| n != target && ancestors(snap, n).any(|a| a == frame);
            if picked
                .iter()
                .any(|(n, h)| h.category != category && !part_of(h.category) && !one_gate(h.category) && inside(*n))
            {
                break;
            }
            // Only parts beside the box count: once the section is taken, its own parts say nothing of the
            // frame around it.
            let beside = |n: u32| inside(n) && !ancestors(snap, n).any(|a| a == target);
            // Any widget found in two or more parts (a comment section's prompt and form, a paywall's "buy this
            // article" and "subscribe to the journal" offers under their "Access options" title) is one widget.
            let beside_part = picked.iter().any(|(n, h)| (h.category == category || part_of(h.category)) && beside(*n));
            // A frame in a box the site names for its comments ("c-comment-reply", "conComments") is part of the
            // section: its leftover (the spam filter's notice, a reader's comment or two) goes with the form, as
            // with parts.
            let parts = beside_part || (category == Category::Comments && in_comment_section(snap, frame));
            // A comment section the article finder took in with the story, found in two parts (its "View all
            // comments" bar and its form), is the section all the same: its counts and rating line go with it,
            // up to a line in all, never a paragraph of the story.
            let limit = match (f.in_article, parts) {
                (true, _) if category == Category::Comments && (beside_part || merged) => {
                    IN_ARTICLE_SECTION_REST.saturating_sub(taken)
                }
                (true, _) => 0,
                (false, true) => PARTS_REST,
                (false, false) => FRAME_REST.min(own),
            };
            let left = visible_text(snap, &children, frame, &is_picked, limit);
            if left > limit {
                break;
            }
            if f.in_article {
                taken += left;
            }
            merged |= beside_part;
            let (_, hide) = picked.remove(at);
            is_picked[target as usize] = false;
            is_picked[frame as usize] = true;
            picked.push((frame, Hide { node: frame, ..hide }));
            at = picked.len() - 1;
            target = frame;
        }
    }
}

/// `node` or one of its next few ancestors (short of the article and the page's landmarks) is named like a
/// comment section.
fn in_comment_section(snap: &Snapshot, node: u32) -> bool {
    std::iter::once(node)
        .chain(ancestors(snap, node))
        .take(FRAME_LEVELS)
        .take_while(|&n| !snap.nodes[n as usize].contains_article && !landmark(snap, n))
        .any(|n| snap.nodes[n as usize].facts.as_ref().is_some_and(crate::nags::named_like_comments))
}

/// `node` is one of the page's own parts a hidden box never widens to: the page itself, its main column, the
/// article, a navigation, the page's header or footer, or a story's (a section's own `<header>`, "¿Y tú qué
/// piensas?" over a comment section, is that section's).
fn landmark(snap: &Snapshot, node: u32) -> bool {
    match snap.nodes[node as usize].tag.as_str() {
        "header" | "footer" => !ancestors(snap, node)
            .map(|a| snap.nodes[a as usize].tag.as_str())
            .find(|tag| SECTIONING.contains(tag))
            .is_some_and(|tag| SECTION_OWNERS.contains(&tag)),
        tag => NO_FRAME.contains(&tag),
    }
}

/// The visible text of `frame` outside the picked boxes in it, counted until it passes `limit` (each term is
/// capped, so a sum over the cap means "more than a widened box may hold").
fn visible_text(snap: &Snapshot, children: &[Vec<u32>], frame: u32, is_picked: &[bool], limit: u32) -> u32 {
    let mut total = 0u32;
    let mut stack = vec![frame];
    while let Some(n) = stack.pop() {
        total = total.saturating_add(snap.nodes[n as usize].rest_text);
        if total > limit {
            break;
        }
        stack.extend(children[n as usize].iter().copied().filter(|c| !is_picked[*c as usize]));
    }
    total
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The fuzz target and `make bench` start from snapshots of the demo article and the parity fixture saved in
    /// fuzz/seeds/decide: a snapshot that no longer reads (a field added since) would leave both on nothing.
    /// Regenerate with `sift snapshot PAGE` (its `snapshot` member).
    #[test]
    fn the_saved_demo_and_parity_snapshots_still_read_and_their_obstacles_are_found() {
        let engine = Engine::new();
        for (name, json) in [
            ("demo", include_str!("../fuzz/seeds/decide/demo.json")),
            ("parity", include_str!("../fuzz/seeds/decide/parity.json")),
        ] {
            let snap: Snapshot = serde_json::from_str(json).unwrap_or_else(|e| panic!("{name}.json: {e}"));
            let actions = engine.decide(&snap, &Settings::default()).unwrap_or_else(|e| panic!("{name}.json: {e:?}"));
            let found: Vec<Category> = actions.hide.iter().map(|h| h.category).collect();
            if name == "demo" {
                for c in Category::HIDING.into_iter().filter(|c| *c != Category::Paywall) {
                    assert!(found.contains(&c), "the demo's {c:?} box is not hidden: {found:?}");
                }
            } else {
                assert!(!found.is_empty(), "nothing hidden on the parity fixture");
            }
        }
    }

    fn facts(tag: &str, text: &str, buttons: &[&str]) -> ElementFacts {
        ElementFacts {
            tag: tag.into(),
            text: text.into(),
            text_len: text.len() as u32,
            buttons: buttons.iter().map(|b| b.to_string()).collect(),
            ..Default::default()
        }
    }

    fn node(parent: Option<u32>, tag: &str, facts: Option<ElementFacts>, rest: u32) -> SnapNode {
        let dense = facts.as_ref().map_or(0, |f| f.text.chars().filter(|c| !c.is_whitespace()).count() as u32);
        SnapNode { parent, tag: tag.into(), dense_len: dense, rest_text: rest, facts, ..Default::default() }
    }

    /// The nodes hidden on `snap`, in order.
    fn hidden_nodes(engine: &Engine, snap: &Snapshot) -> Vec<u32> {
        let mut got: Vec<u32> =
            engine.decide(snap, &Settings::default()).expect("decide").hide.iter().map(|h| h.node).collect();
        got.sort();
        got
    }

    const ASK: &str = "Your support keeps our reporting free. Donate now Not now";

    /// A donation box (node 0) in an aside (1) in a wrapper (2) that also holds a sentence of the page.
    fn donation_page(wrapper_rest: u32) -> Snapshot {
        Snapshot {
            nodes: vec![
                node(Some(1), "div", Some(facts("div", ASK, &["Donate now", "Not now"])), 0),
                node(Some(2), "aside", None, 3),
                node(None, "section", None, wrapper_rest),
            ],
            chains: vec![vec![0]],
            blocks: vec![],
        }
    }

    #[test]
    fn a_widened_hide_keeps_its_box_and_never_takes_another_category_s_hide() {
        let engine = Engine::new();
        let actions = engine.decide(&donation_page(0), &Settings::default()).expect("decide");
        assert_eq!((actions.hide[0].node, actions.hide[0].first), (2, 0), "widened to the wrapper, the box is node 0");
        // a sign-in box beside the donation box in the same aside: each stays its own, under its own category
        let mut snap = donation_page(0);
        let login = ElementFacts {
            inputs: vec!["text".into(), "password".into()],
            page_article: true,
            ..facts("div", "Members' area Username Password Log In", &["Log In"])
        };
        snap.nodes.push(node(Some(1), "div", Some(login), 0));
        snap.chains.push(vec![3]);
        let actions = engine.decide(&snap, &Settings::default()).expect("decide");
        let mut got: Vec<(u32, Category)> = actions.hide.iter().map(|h| (h.node, h.category)).collect();
        got.sort_by_key(|g| g.0);
        assert_eq!(got, vec![(0, Category::Donation), (3, Category::Login)]);
    }

    #[test]
    fn a_sign_up_form_takes_its_widget_s_title_though_it_has_no_text_of_its_own() {
        let engine = Engine::new();
        let form = |inputs: &[&str]| ElementFacts {
            inputs: inputs.iter().map(|k| k.to_string()).collect(),
            page_article: true,
            class: "newsletterSignup".into(),
            ..facts("form", "", &["Subscribe"])
        };
        // the form (0) in a sidebar widget (1) whose only other text is its title ("follow salon") or more
        let widget = |rest: u32| Snapshot {
            nodes: vec![node(Some(1), "form", Some(form(&["email", "submit"])), 0), node(None, "div", None, rest)],
            chains: vec![vec![0]],
            blocks: vec![],
        };
        let hidden = |snap: &Snapshot| engine.decide(snap, &Settings::default()).expect("decide").hide[0].node;
        assert_eq!(hidden(&widget(11)), 1, "the widget goes with its title");
        assert_eq!(hidden(&widget(40)), 0, "a widget with a line of its own beside the form stays");
    }

    #[test]
    fn a_comment_section_takes_its_own_sign_in_form_with_it() {
        let engine = Engine::new();
        let prompt = ElementFacts {
            after_article: true,
            ..facts("p", "Use the comment form below to begin a discussion about this content.", &[])
        };
        let login = ElementFacts {
            inputs: vec!["text".into(), "password".into()],
            page_article: true,
            ..facts("div", "Username Password Forgot? Sign in", &["Sign in"])
        };
        // the prompt (0) and the sign-in box (1) in the comment section (2), whose heading is its only other text
        let snap = Snapshot {
            nodes: vec![
                node(Some(2), "p", Some(prompt), 0),
                node(Some(2), "div", Some(login), 0),
                node(None, "div", None, 8),
            ],
            chains: vec![vec![0], vec![1]],
            blocks: vec![],
        };
        let actions = engine.decide(&snap, &Settings::default()).expect("decide");
        let got: Vec<(u32, Category)> = actions.hide.iter().map(|h| (h.node, h.category)).collect();
        assert_eq!(got, vec![(2, Category::Comments)]);
    }

    #[test]
    fn a_comment_section_found_in_parts_is_taken_whole_with_its_title_and_social_buttons() {
        let engine = Engine::new();
        let part = |text: &str| ElementFacts { after_article: true, ..facts("p", text, &[]) };
        // two parts (0, 1) in a section (2) whose title and "Or login with: Facebook Twitter Google" row are
        // 70 characters: more than a lone box may leave behind, little beside a section found in parts
        let section = |texts: &[&str], rest: u32| Snapshot {
            nodes: texts
                .iter()
                .map(|t| node(Some(texts.len() as u32), "p", Some(part(t)), 0))
                .chain([node(None, "section", None, rest)])
                .collect(),
            chains: (0..texts.len() as u32).map(|i| vec![i]).collect(),
            blocks: vec![],
        };
        let hidden = |snap: &Snapshot| -> Vec<u32> {
            engine.decide(snap, &Settings::default()).expect("decide").hide.iter().map(|h| h.node).collect()
        };
        let two = ["Use the comment form below to begin a discussion about this content.", "Sign in to comment"];
        assert_eq!(hidden(&section(&two, 70)), vec![2], "the section goes whole");
        // "Show respect for others in your comments. No insults or obscene words. We moderate comments that break
        // these rules." over the form
        assert_eq!(hidden(&section(&two, 200)), vec![2], "and so it does with the house rules for commenters");
        assert_eq!(hidden(&section(&two[..1], 70)), vec![0], "one part alone does not take 70 characters");
        let mut long = hidden(&section(&two, REST_CAP));
        long.sort();
        assert_eq!(long, vec![0, 1], "a section with more left in it (readers' comments) stays");
    }

    #[test]
    fn a_comment_section_inside_the_article_is_taken_with_its_count_line_but_never_a_paragraph() {
        let engine = Engine::new();
        let part = |tag: &str, text: &str| ElementFacts { in_article: true, ..facts(tag, text, &[]) };
        let form = ElementFacts {
            inputs: vec!["textarea".into(), "text".into(), "email".into()],
            class: "comment-form".into(),
            ..part("form", "Leave a Reply Name* Email*")
        };
        // "View all comments" (0) and the comment form (1) in the comment section (2) that the article finder
        // took into the story (3), beside the section's "0 Comments · 0 votes · Article Rating" line or a
        // paragraph of the story
        let page = |parts: usize, rest: u32| Snapshot {
            nodes: [part("div", "View all comments"), form.clone()]
                .into_iter()
                .take(parts)
                .map(|f| node(Some(parts as u32), &f.tag.clone(), Some(f), 0))
                .chain([
                    SnapNode { in_article: true, ..node(Some(parts as u32 + 1), "div", None, rest) },
                    SnapNode { contains_article: true, ..node(None, "div", None, REST_CAP) },
                ])
                .collect(),
            chains: (0..parts as u32).map(|i| vec![i]).collect(),
            blocks: vec![],
        };
        let hidden = |snap: &Snapshot| hidden_nodes(&engine, snap);
        assert_eq!(hidden(&page(2, 24)), vec![2], "the section goes whole with its count line");
        assert_eq!(hidden(&page(1, 24)), vec![0], "one part alone takes no text of the story's");
        assert_eq!(hidden(&page(2, IN_ARTICLE_SECTION_REST + 1)), vec![0, 1], "a paragraph of the story stays");
    }

    #[test]
    fn a_paywall_found_in_two_offers_is_taken_with_its_title_and_links_but_one_offer_alone_is_not() {
        let engine = Engine::new();
        let offer = |text: &str| ElementFacts { page_article: true, ..facts("div", text, &[]) };
        let offers = [
            "Buy single article Instant access to the full article PDF. 37,40 € Price includes VAT",
            "Subscribe to journal Immediate online access to all issues from 2019.",
        ];
        // the offers (0, 1) in an "Access options" box (2) whose title and institutional-access links are 90
        // characters: more than a lone box may leave behind
        let page = |texts: &[&str]| Snapshot {
            nodes: texts
                .iter()
                .map(|t| node(Some(texts.len() as u32), "div", Some(offer(t)), 0))
                .chain([node(None, "div", None, 90)])
                .collect(),
            chains: (0..texts.len() as u32).map(|i| vec![i]).collect(),
            blocks: vec![],
        };
        let hidden = |snap: &Snapshot| -> Vec<(u32, Category)> {
            let actions = engine.decide(snap, &Settings::default()).expect("decide");
            actions.hide.iter().map(|h| (h.node, h.category)).collect()
        };
        assert_eq!(hidden(&page(&offers)), vec![(2, Category::Paywall)], "the box of offers goes whole");
        assert_eq!(hidden(&page(&offers[..1])), vec![(0, Category::Paywall)], "one offer keeps the box's other text");
    }

    #[test]
    fn a_registration_wall_and_the_subscription_offer_beside_it_go_as_one_gate() {
        let engine = Engine::new();
        let wall = ElementFacts {
            inputs: vec!["email".into(), "password".into()],
            page_article: true,
            ..facts(
                "div",
                "To read on and get three free articles a month, create your account. Already have an account? Log in",
                &["Create my account", "Log in"],
            )
        };
        let offer = ElementFacts {
            page_article: true,
            ..facts("div", "Subscribe to read this article and everything else, from 1 a month", &["Subscribe"])
        };
        // the wall (0) and the offer (1) in the box under the teaser (2), whose other text is a divider's "or":
        // the login part and the paywall part of one gate; in a header bar beside the site's links they stay two
        let page = |rest: u32, in_header: bool| Snapshot {
            nodes: vec![
                node(Some(2), "div", Some(wall.clone()), 0),
                node(Some(2), "div", Some(offer.clone()), 0),
                node(in_header.then_some(3), "div", None, rest),
                node(None, if in_header { "header" } else { "div" }, None, 0),
            ],
            chains: vec![vec![0], vec![1]],
            blocks: vec![],
        };
        let hidden = |snap: &Snapshot| hidden_nodes(&engine, snap);
        assert_eq!(hidden(&page(2, false)), vec![2], "the gate goes whole");
        assert_eq!(hidden(&page(120, false)), vec![0, 1], "a box with more in it stays");
        assert_eq!(hidden(&page(2, true)), vec![0, 1], "a bar of the site's header stays");
    }

    #[test]
    fn a_comment_form_takes_the_box_the_site_names_for_its_comments_with_a_reader_s_comment_in_it() {
        let engine = Engine::new();
        let form = ElementFacts {
            after_article: true,
            inputs: vec!["textarea".into()],
            ..facts("div", "Leave a comment Your name Your email Post comment", &["Post comment"])
        };
        // the form (0) in a box (1) that also holds one reader's comment, 90 characters: more than a lone box
        // may leave behind, a comment section's own
        let page = |class: &str| Snapshot {
            nodes: vec![
                node(Some(1), "div", Some(form.clone()), 0),
                node(
                    Some(2),
                    "div",
                    Some(ElementFacts { class: class.into(), ..facts("div", "the form and a comment", &[]) }),
                    90,
                ),
                node(None, "section", None, REST_CAP),
            ],
            chains: vec![vec![0, 1]],
            blocks: vec![],
        };
        let hidden = |snap: &Snapshot| -> Vec<u32> {
            engine.decide(snap, &Settings::default()).expect("decide").hide.iter().map(|h| h.node).collect()
        };
        assert_eq!(hidden(&page("con conComments")), vec![1], "the site's comment box goes whole");
        assert_eq!(hidden(&page("col-main")), vec![0], "a box not named for comments keeps its other text");
    }

    #[test]
    fn the_content_script_counts_text_as_far_as_the_core_reads_it() {
        // collect.js keeps its own copies: a smaller cap there would make a long leftover look short
        let collect = include_str!("../extension/content/collect.js");
        assert!(collect.contains(&format!("const REST_CAP = {REST_CAP};")), "collect.js's REST_CAP differs");
        assert!(
            collect.contains(&format!("const FRAME_LEVELS = {FRAME_LEVELS};")),
            "collect.js's FRAME_LEVELS differs"
        );
        assert!(collect.contains(&format!("const FRAME_BOXES = {FRAME_BOXES};")), "collect.js's FRAME_BOXES differs");
    }

    #[test]
    fn all_that_a_frame_shows_takes_its_frame_element_too() {
        let engine = Engine::new();
        let text = "Your privacy matters to us. We and our partners store and access information on your device. Accept all Reject";
        let frame_box = |embedded: bool, share: f32| {
            let f = ElementFacts { embedded, page_text_share: share, ..facts("div", text, &["Accept all", "Reject"]) };
            Snapshot { nodes: vec![node(None, "div", Some(f), 0)], chains: vec![vec![0]], blocks: vec![] }
        };
        let hide = |snap: &Snapshot| engine.decide(snap, &Settings::default()).expect("decide").hide;
        assert!(hide(&frame_box(true, 0.95))[0].whole_frame);
        assert!(!hide(&frame_box(true, 0.3))[0].whole_frame, "a box among other content of the frame");
        assert!(!hide(&frame_box(false, 0.1))[0].whole_frame, "a box of the page itself");
    }

    #[test]
    fn a_box_is_widened_to_an_empty_frame_but_not_past_other_text() {
        let engine = Engine::new();
        let actions = engine.decide(&donation_page(REST_CAP), &Settings::default()).expect("decide");
        assert_eq!(actions.hide.len(), 1, "{actions:?}");
        assert_eq!(actions.hide[0].node, 1, "the aside with only a title left goes, the wrapper with text stays");
        assert_eq!(actions.hide[0].category, Category::Donation);
        let actions = engine.decide(&donation_page(0), &Settings::default()).expect("decide");
        assert_eq!(actions.hide[0].node, 2, "an empty wrapper goes too");
    }

    #[test]
    fn a_box_in_wrappers_with_no_text_of_their_own_goes_with_its_slot() {
        let engine = Engine::new();
        // the donation box (0) in six wrappers (1-6) that hold nothing else, the last an ad slot's proxy, in a
        // column (7) with the page's other text
        let dense = node(None, "div", Some(facts("div", ASK, &[])), 0).dense_len;
        let mut nodes = vec![node(Some(1), "div", Some(facts("div", ASK, &["Donate now", "Not now"])), 0)];
        nodes.extend((1..7).map(|i| SnapNode { dense_len: dense, ..node(Some(i + 1), "div", None, 0) }));
        nodes.push(SnapNode { dense_len: REST_CAP, ..node(None, "div", None, REST_CAP) });
        let snap = Snapshot { nodes, chains: vec![vec![0]], blocks: vec![] };
        let actions = engine.decide(&snap, &Settings::default()).expect("decide");
        assert_eq!(actions.hide.len(), 1, "{actions:?}");
        assert_eq!(actions.hide[0].node, 6, "the slot goes, so no empty frame is left; the column stays");
    }

    #[test]
    fn a_section_s_own_header_goes_with_its_button_but_the_page_s_and_a_story_s_stay() {
        let engine = Engine::new();
        let ask =
            ElementFacts { after_article: true, page_article: true, ..facts("button", "¿Y tú qué piensas?", &[]) };
        // the button (0) in a header (1) whose other text is its "Normas" link, in a box (2) of the given tag in
        // a column (3) with other text
        let page = |owner: &str| Snapshot {
            nodes: vec![
                node(Some(1), "button", Some(ask.clone()), 0),
                SnapNode { dense_len: 21, ..node(Some(2), "header", None, 6) },
                SnapNode { dense_len: 21, ..node(Some(3), owner, None, 0) },
                SnapNode { dense_len: REST_CAP, ..node(None, "div", None, REST_CAP) },
            ],
            chains: vec![vec![0]],
            blocks: vec![],
        };
        let hidden = |snap: &Snapshot| engine.decide(snap, &Settings::default()).expect("decide").hide[0].node;
        assert_eq!(hidden(&page("section")), 2, "a comment section's header is the section's: both go");
        assert_eq!(hidden(&page("aside")), 2, "and so is a sidebar box's");
        assert_eq!(hidden(&page("div")), 0, "the page's header stays");
        assert_eq!(hidden(&page("article")), 0, "a story's header (its title, its date) stays");
    }

    #[test]
    fn a_category_switched_off_hides_nothing_and_revealed_boxes_stay() {
        let engine = Engine::new();
        let mut settings = Settings::default();
        settings.categories.insert("donation".into(), false);
        assert!(engine.decide(&donation_page(REST_CAP), &settings).expect("decide").hide.is_empty());
        let mut snap = donation_page(REST_CAP);
        snap.nodes[0].revealed = true;
        assert!(engine.decide(&snap, &Settings::default()).expect("decide").hide.is_empty());
    }

    #[test]
    fn a_broken_snapshot_is_refused_with_its_place() {
        let engine = Engine::new();
        let mut snap = donation_page(0);
        snap.chains = vec![vec![7]];
        let err = engine.decide(&snap, &Settings::default()).expect_err("out of range");
        assert!(err.0.contains("node 7 out of range"), "{err}");
        let mut snap = donation_page(0);
        snap.nodes[2].parent = Some(0);
        assert!(engine.decide(&snap, &Settings::default()).expect_err("cycle").0.contains("cycle"));
        let mut snap = donation_page(0);
        snap.chains = vec![vec![1]];
        assert!(engine.decide(&snap, &Settings::default()).expect_err("no facts").0.contains("no facts"));
    }

    #[test]
    fn unknown_and_missing_fields_are_errors_not_zeros() {
        let unknown =
            serde_json::json!({"texts": [], "names": [], "controls": [], "frames": [], "article": null, "textz": []});
        let err = serde_json::from_value::<Survey>(unknown).expect_err("unknown field");
        assert!(err.to_string().contains("textz"), "{err}");
        let missing = serde_json::json!({"texts": [], "article": null});
        let err = serde_json::from_value::<Survey>(missing).expect_err("missing field");
        assert!(err.to_string().contains("names"), "{err}");
        let missing_option = serde_json::json!({"texts": [], "names": [], "controls": [], "frames": []});
        let err = serde_json::from_value::<Survey>(missing_option).expect_err("missing optional field");
        assert!(err.to_string().contains("article"), "{err}");
    }

    #[test]
    fn a_paused_site_or_everything_off_means_sift_does_nothing() {
        let mut s = Settings::default();
        s.paused.push("news.example".into());
        assert!(page_state(&s, "News.Example", false).paused);
        assert!(!page_state(&s, "other.example", false).paused);
        for c in Category::ALL {
            s.categories.insert(c.as_str().into(), false);
        }
        assert!(page_state(&s, "other.example", false).idle);
        assert!(page_state(&s, "other.example", false).early.is_empty());
        assert!(!page_state(&s, "other.example", true).idle, "a filter list still on keeps Sift running");
    }
}
