//! Plain data that crosses the boundary between the page and the core: the facts the browser layer reads
//! about candidate elements and blocks of text, and the verdicts the core sends back. No browser types here,
//! so every decision is testable natively.

use serde::{Deserialize, Serialize};

/// What kind of reading obstacle (or highlight family) a rule belongs to; each can be switched off.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS), ts(export))]
pub enum Category {
    Donation,
    Notification,
    Login,
    Newsletter,
    Comments,
    Cookie,
    Paywall,
    /// Highlighting of unsupported assertions in the article.
    Claims,
}

impl Category {
    pub const ALL: [Category; 8] = [
        Category::Donation,
        Category::Notification,
        Category::Login,
        Category::Newsletter,
        Category::Comments,
        Category::Cookie,
        Category::Paywall,
        Category::Claims,
    ];
    /// The categories of elements that get hidden (all but `Claims`).
    pub const HIDING: [Category; 7] = [
        Category::Donation,
        Category::Notification,
        Category::Login,
        Category::Newsletter,
        Category::Comments,
        Category::Cookie,
        Category::Paywall,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Category::Donation => "donation",
            Category::Notification => "notification",
            Category::Login => "login",
            Category::Newsletter => "newsletter",
            Category::Comments => "comments",
            Category::Cookie => "cookie",
            Category::Paywall => "paywall",
            Category::Claims => "claims",
        }
    }

    pub fn parse(s: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.as_str() == s)
    }

    pub fn label(self) -> &'static str {
        match self {
            Category::Donation => "Donation asks",
            Category::Notification => "Notification prompts",
            Category::Login => "Login and registration nags",
            Category::Newsletter => "Newsletter pop-ups",
            Category::Comments => "Comment prompts",
            Category::Cookie => "Cookie walls",
            Category::Paywall => "Paywall overlays",
            Category::Claims => "Unsupported assertions",
        }
    }

    fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

/// A small set of categories, as a bit mask (there are eight).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CategorySet(u8);

impl CategorySet {
    pub fn insert(&mut self, c: Category) {
        self.0 |= c.bit();
    }
    pub fn contains(self, c: Category) -> bool {
        self.0 & c.bit() != 0
    }
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }
    pub fn iter(self) -> impl Iterator<Item = Category> {
        Category::ALL.into_iter().filter(move |c| self.contains(*c))
    }
}

/// Facts about one element, read by the browser layer (or the native HTML reader) for candidates only.
/// Layout numbers are zero when unknown (native reading of a file has no layout).
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS), ts(export))]
pub struct ElementFacts {
    pub tag: String,
    pub id: String,
    pub class: String,
    pub role: String,
    pub aria_modal: bool,
    /// The element's text, possibly cut to a prefix; `text_len` is the full length.
    pub text: String,
    pub text_len: u32,
    /// Labels of the buttons (and button-like links, submit inputs) inside, a dozen at most.
    pub buttons: Vec<String>,
    /// Titles of the frames inside, a dozen at most: all a page can read of a frame from another site is what
    /// its title announces ("Sign in with Google Dialog", "fb:comments Facebook Social Plugin").
    pub frames: Vec<String>,
    /// Kinds of the form fields inside: an input's type (`email` for any input that asks for an address,
    /// `password`, `text`, `radio`, ...), `textarea`, and `textbox` for a rich-text box (contenteditable or
    /// role=textbox).
    pub inputs: Vec<String>,
    pub links: u32,
    pub link_text_len: u32,
    /// Rendered headings inside (h1–h6, role=heading): a box with its own title is a unit, and a box with
    /// several holds several.
    pub headings: u32,
    /// Content inside drawn from elsewhere, which has no text here: frames, audio and video players, plug-ins and
    /// open shadow roots. A wrapper with one more than the box it wraps is not the same widget.
    pub embeds: u32,
    /// Computed `position`: static, relative, absolute, fixed or sticky.
    pub position: String,
    pub z_index: i32,
    /// Share of the viewport the element's box covers, 0..1.
    pub viewport_cover: f32,
    /// The element is inside the detected article body.
    pub in_article: bool,
    /// The element is the article body or one of its ancestors.
    pub contains_article: bool,
    /// Share of the page's readable text inside this element, 0..1.
    pub page_text_share: f32,
    /// The element comes after the article body in document order (comment prompts live there).
    pub after_article: bool,
    /// The element appeared or became visible right after the reader clicked something.
    pub user_opened: bool,
    /// A box inside it was already hidden by Sift (decided on its own): its text is not this element's.
    pub holds_hidden: bool,
    /// The element's document is a frame inside another page: what it draws is a widget of that page.
    pub embedded: bool,
    /// An article body was found on the element's page.
    pub page_article: bool,
}

/// The longest frame title the readers keep (`ElementFacts::frames`, collect.js `MAX_FRAME_TITLE`): a title
/// announces a widget; a longer one is a description.
pub const MAX_FRAME_TITLE: usize = 80;

/// Why an element is (or is not) treated as an obstacle: a human-readable reason and the rule ids that fired.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Verdict {
    /// Index of the chosen element: (chain, level) in the candidate chains given to the classifier.
    pub chain: u32,
    pub level: u32,
    /// The level scored best, before the verdict climbed to wrappers with the same text (`level` when it
    /// did not): the box itself.
    pub box_level: u32,
    pub category: Category,
    pub confidence: f32,
    pub reason: String,
    pub rules: Vec<String>,
}

/// One paragraph-like block of article text for claim highlighting.
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS), ts(export))]
pub struct TextBlock {
    pub text: String,
    /// UTF-16 ranges (start, end) of link text inside `text`.
    pub links: Vec<(u32, u32)>,
    pub quote: bool,
}

/// A sentence to highlight: UTF-16 offsets into its block's text, so the browser layer maps them directly.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS), ts(export))]
pub struct Highlight {
    pub block: u32,
    pub start: u32,
    pub end: u32,
    pub kind: String,
    /// The kind as the reader sees it ("Anonymous source"), so the page and the popup need no copy of the names.
    pub label: String,
    pub score: f32,
    pub cue: String,
    pub reason: String,
}
