//! Finding the article body: a readability-style score over paragraph-like blocks. Each block credits its
//! parent fully and its grandparent by half (length and commas as the evidence of prose), container names
//! nudge the score, and link-heavy containers are discounted. The browser layer sends block statistics, not
//! text, so this costs one small batch per page.

use crate::pattern::Pattern;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS), ts(export))]
pub struct BlockStat {
    /// Index into `containers` of the block's parent and grandparent (`-1` when there is none).
    pub parent: i32,
    pub grand: i32,
    pub text_len: u32,
    pub link_len: u32,
    pub commas: u32,
}

#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS), ts(export))]
pub struct ContainerInfo {
    pub tag: String,
    pub id: String,
    pub class: String,
    pub text_len: u32,
    pub link_len: u32,
}

#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS), ts(export))]
pub struct ArticleInput {
    pub blocks: Vec<BlockStat>,
    pub containers: Vec<ContainerInfo>,
    /// The page is a frame inside another page (a widget's own document): a line or two of its text is no
    /// article body.
    pub embedded: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS), ts(export))]
pub struct ArticleChoice {
    pub container: u32,
    pub score: f32,
}

/// Blocks shorter than this are captions, bylines and buttons, not prose.
const MIN_BLOCK: u32 = 25;
/// In an embedded frame, a container whose blocks hold less prose than this is a widget's line of text (a
/// consent bar, a sign-up box drawn in a frame of its own), not an article body.
const MIN_PROSE: u32 = 250;

pub struct ArticleFinder {
    positive: Pattern,
    negative: Pattern,
}

impl ArticleFinder {
    pub fn new() -> ArticleFinder {
        ArticleFinder {
            positive: Pattern::new(r"article|body|content|entry|hentry|main|page|post|story|text|blog|prose")
                .expect("article positive pattern"),
            negative: Pattern::new(
                r"comment|footer|sidebar|widget|nav|menu|share|social|related|promo|sponsor|banner|combx|masthead|meta|outbrain|popup|modal|newsletter|subscribe|cookie|donat",
            )
            .expect("article negative pattern"),
        }
    }

    fn name_weight(&self, c: &ContainerInfo) -> f32 {
        // The patterns are lower case: cheaper to build than `(?i)` on every page.
        let names = format!("{} {}", c.id, c.class).to_lowercase();
        let mut w = 0.0;
        if self.negative.is_match(&names) {
            w -= 25.0;
        }
        if self.positive.is_match(&names) {
            w += 25.0;
        }
        match c.tag.to_ascii_lowercase().as_str() {
            "article" => w += 10.0,
            "main" | "section" => w += 5.0,
            "div" => w += 5.0,
            "nav" | "aside" | "footer" | "header" | "form" => w -= 25.0,
            _ => {}
        }
        w
    }

    /// The container most likely to be the article body, or `None` when the page has no prose.
    pub fn find(&self, input: &ArticleInput) -> Option<ArticleChoice> {
        let n = input.containers.len();
        let mut scores = vec![0.0f32; n];
        let mut touched = vec![false; n];
        let mut prose = vec![0u32; n];
        for b in &input.blocks {
            if b.text_len < MIN_BLOCK {
                continue;
            }
            let content = 1.0 + b.commas as f32 + (b.text_len as f32 / 100.0).min(3.0);
            for (idx, share) in [(b.parent, 1.0), (b.grand, 0.5)] {
                if let Some(i) = usize::try_from(idx).ok().filter(|&i| i < n) {
                    if !touched[i] {
                        touched[i] = true;
                        scores[i] += self.name_weight(&input.containers[i]);
                    }
                    scores[i] += content * share;
                    prose[i] = prose[i].saturating_add(b.text_len);
                }
            }
        }
        let mut best: Option<ArticleChoice> = None;
        for (i, c) in input.containers.iter().enumerate() {
            if !touched[i] || (input.embedded && prose[i] < MIN_PROSE) {
                continue;
            }
            let density = if c.text_len > 0 { c.link_len as f32 / c.text_len as f32 } else { 0.0 };
            let s = scores[i] * (1.0 - density.min(1.0));
            if best.as_ref().is_none_or(|b| s > b.score) {
                best = Some(ArticleChoice { container: i as u32, score: s });
            }
        }
        best.filter(|b| b.score > 0.0)
    }
}

impl Default for ArticleFinder {
    fn default() -> Self {
        ArticleFinder::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn container(tag: &str, class: &str, text_len: u32, link_len: u32) -> ContainerInfo {
        ContainerInfo { tag: tag.into(), class: class.into(), text_len, link_len, ..Default::default() }
    }

    #[test]
    fn the_story_wins_over_the_comment_thread_and_the_link_list() {
        let input = ArticleInput {
            embedded: false,
            containers: vec![
                container("div", "story-body", 3000, 100),
                container("div", "comments", 900, 50),
                container("ul", "related-links", 600, 580),
                container("body", "", 5000, 900),
            ],
            blocks: (0..8)
                .map(|_| BlockStat { parent: 0, grand: 3, text_len: 350, link_len: 10, commas: 3 })
                .chain((0..6).map(|_| BlockStat { parent: 1, grand: 3, text_len: 150, link_len: 0, commas: 1 }))
                .chain((0..10).map(|_| BlockStat { parent: 2, grand: 3, text_len: 60, link_len: 58, commas: 0 }))
                .collect(),
        };
        let choice = ArticleFinder::new().find(&input).expect("an article");
        assert_eq!(choice.container, 0);
    }

    #[test]
    fn a_widget_s_one_line_in_a_frame_of_its_own_is_no_article_but_two_short_paragraphs_are() {
        let line = |text_len| BlockStat { parent: 0, grand: -1, text_len, link_len: 0, commas: 0 };
        let consent = ArticleInput {
            containers: vec![container("div", "bnr-7fq", 90, 0)],
            blocks: vec![line(80)],
            embedded: true,
        };
        assert_eq!(ArticleFinder::new().find(&consent), None, "a consent bar's sentence in a frame of its own");
        let page = ArticleInput { embedded: false, ..consent.clone() };
        assert_eq!(ArticleFinder::new().find(&page).map(|c| c.container), Some(0), "a page's short text is its text");
        let story = ArticleInput {
            containers: vec![container("div", "", 300, 0)],
            blocks: vec![line(140), line(130)],
            embedded: true,
        };
        assert_eq!(ArticleFinder::new().find(&story).map(|c| c.container), Some(0));
    }

    #[test]
    fn a_page_without_prose_has_no_article_and_bad_indices_are_ignored() {
        let input = ArticleInput {
            embedded: false,
            containers: vec![container("div", "", 10, 0)],
            blocks: vec![
                BlockStat { parent: 0, grand: -1, text_len: 10, link_len: 0, commas: 0 },
                BlockStat { parent: 7, grand: 99, text_len: 400, link_len: 0, commas: 2 },
            ],
        };
        assert_eq!(ArticleFinder::new().find(&input), None);
    }
}
