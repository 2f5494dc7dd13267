//! From candidate chains to verdicts. The browser layer sends, for each element whose wording or name looked
//! like an obstacle, the chain of its ancestors (innermost first, cut before the article or `body`); each level
//! is scored per category and the best level wins, so the verdict lands on the banner's own box (the one with
//! the buttons and the fixed position) and not on a wrapper holding other content. A chain keeps to the
//! categories its widget gives evidence of up to its own box, on a tie takes the box with its title (or a
//! comment form's thread), and never lands on the site's header, navigation or footer, on a box holding
//! another hidden box, or past the article.

use super::matchers::{Hit, Matchers};
use super::structure::{self, Forms, Signal, Structure};
use crate::model::{Category, CategorySet, ElementFacts, Verdict};
use crate::rules::RULES;
use crate::settings::Settings;

/// Score at or above which an element is hidden. One value for all categories: the signals are weighted so
/// that wording alone (0.55) needs one more independent signal.
pub const THRESHOLD: f32 = 0.6;

pub type Candidate = Vec<ElementFacts>;

struct Scored {
    score: f32,
    category: Category,
    reason: String,
    /// The signals that counted against the category, for `sift why`: verdicts carry only what spoke for it.
    against: String,
    rules: Vec<String>,
}

/// Elements that must never be hidden whatever their wording: the page itself and the article. In a frame
/// embedded in another page, the document is the widget (a comment thread, a consent message, a sign-in
/// panel): holding most of its text does not make a box the page.
///
/// An `<article>` is protected unless the page's article was found elsewhere and this one is a card of a few
/// lines (a publisher's buy box, a promo tile) or a form's box of a few more (a sign-up form with its pitch and
/// fine print): themes use the tag for every box.
fn protected(e: &ElementFacts) -> bool {
    let tag = e.tag.to_ascii_lowercase();
    let card = e.page_article
        && e.page_text_share < 0.05
        && (e.text_len <= CARD_LEN || (fields(e) > 0 && e.text_len <= FORM_CARD_LEN));
    e.contains_article
        || matches!(tag.as_str(), "html" | "body" | "main" | "head")
        || (tag == "article" && !card)
        || (e.page_text_share > 0.4 && !e.embedded)
}

/// The most text an `<article>` card may hold and still be hidden as a widget.
const CARD_LEN: u32 = 300;

/// The most text an `<article>` that holds form fields may hold and still be hidden as a widget.
const FORM_CARD_LEN: u32 = 800;

/// The page's own header, navigation or footer (sticky ones too, and the `div`s themes name so): it may hold an
/// ask among its links, but hiding it would take the site's chrome with it. The ask's own box inside it is the
/// target.
fn site_chrome(e: &ElementFacts) -> bool {
    matches!(e.tag.to_ascii_lowercase().as_str(), "header" | "footer" | "nav")
        || matches!(
            e.id.to_ascii_lowercase().as_str(),
            "header" | "footer" | "site-header" | "site-footer" | "masthead" | "colophon"
        )
}

/// The level at `li` is the site's header, navigation or footer, or the one box that fills one (a theme's
/// `<div class="head">` inside its `<header>`): the same chrome under another tag. A box that fills a header
/// or footer is chrome when it holds links (a post's footer may be all its sign-up box); one that fills a
/// `<nav>` always is, links or not (a menu a script had yet to render, a bar of region pickers).
fn chrome_at(chain: &[ElementFacts], li: usize) -> bool {
    let e = &chain[li];
    site_chrome(e)
        || chain
            .get(li + 1)
            .is_some_and(|o| site_chrome(o) && o.text_len <= e.text_len + 20 && (e.links >= 3 || navigation(o)))
}

/// A navigation menu (`nav`, `role=navigation`).
fn navigation(e: &ElementFacts) -> bool {
    e.tag.eq_ignore_ascii_case("nav") || e.role.eq_ignore_ascii_case("navigation")
}

/// The chain starts inside a navigation menu with no field to fill in and no heading: an entry of the site's
/// way around (its "Donate", "Newsletter" or "Become a member" entries, however worded), not a box to hide as a
/// donation, login, newsletter, comment or paywall ask. A titled sign-up box or a form placed in a footer's
/// menu is still a widget, and a notification bell or a consent notice in a menu is still a prompt.
fn menu_entry(chain: &[ElementFacts]) -> bool {
    let Some(nav) = chain.iter().position(navigation) else { return false };
    // A menu's search box is no widget's field: only an e-mail, password or text box makes the entry a form.
    let form =
        |e: &ElementFacts| e.inputs.iter().any(|k| matches!(k.as_str(), "email" | "password" | "textarea" | "textbox"));
    !chain[..nav].iter().any(|e| form(e) || e.headings > 0)
}

/// What a box in a navigation menu still is: a notification bell or a consent notice is the prompt wherever it
/// sits, and a footer column that gives the bank account for gifts ("Spendenkonto IBAN: DE…") is the ask itself,
/// not a way around the site.
fn kept_in_a_menu(e: &ElementFacts, c: Category) -> bool {
    matches!(c, Category::Notification | Category::Cookie) || (c == Category::Donation && shows_iban(&e.text))
}

/// The text holds an IBAN: the word, then a country code and check digits ("IBAN: DE63 3702 …").
fn shows_iban(text: &str) -> bool {
    let upper = text.to_ascii_uppercase();
    upper.match_indices("IBAN").any(|(i, _)| {
        let rest: Vec<char> =
            upper[i + 4..].chars().skip_while(|c| matches!(c, ':' | ' ' | '\u{a0}')).take(4).collect();
        rest.len() == 4
            && rest[..2].iter().all(|c| c.is_ascii_uppercase())
            && rest[2..].iter().all(|c| c.is_ascii_digit())
    })
}

/// Scores this close are a tie.
const TIE: f32 = 1e-4;

/// On a tie, `outer` (an ancestor of `inner`, scored the same for the same category) is the widget with its
/// title and intro line: it has the same form fields and at most a couple more buttons or links, and either
/// adds little text to `inner` or has one heading more and a short paragraph (a sidebar box's heading, a
/// form's "The Morning Brief" line), so the reader is not left with an orphan heading. A box with two more
/// headings holds other widgets. A comment form's box is the thread around it: the readers' comments go with
/// it (a comment platform is one widget), unless what the box adds is mostly links or other sections' headings.
fn titled(inner: &ElementFacts, outer: &ElementFacts, c: Category, inner_category: Category, s: &Structure) -> bool {
    if c != inner_category
        || site_chrome(outer)
        || article_meta(outer)
        || outer.text_len <= inner.text_len
        || outer.embeds != inner.embeds
    {
        return false;
    }
    let extra = outer.text_len - inner.text_len;
    if c == Category::Login && s.account_panel(inner, outer) {
        // a sign-in pop-up drawn in the page: its register form and social buttons are the same widget, as long
        // as the panel is not a column of other sections
        return extra <= 1500 && outer.links <= inner.links + 6 && outer.headings <= inner.headings + 2;
    }
    if c == Category::Comments && !outer.in_article {
        // readers' comments are prose; a box whose extra text is mostly links (previous and next story, teasers)
        // is the site around the thread
        let extra_links = outer.link_text_len.saturating_sub(inner.link_text_len);
        return extra <= 800
            && outer.links <= inner.links + 10
            && outer.headings <= inner.headings + 1
            && extra_links * 2 <= extra;
    }
    if fields(outer) != fields(inner) || outer.buttons.len() > inner.buttons.len() + 2 {
        return false;
    }
    if c != Category::Login && s.sign_ins_added(inner, outer) > 0 {
        // the site's "Sign in" beside a strip that asks for gifts: the way in of its members, another widget
        return false;
    }
    // The ask is the box's one heading ("Sign up for the newsletter" over a fact box's lines): the box it titles
    // is the widget, with its paragraph or two of detail, as long as that detail is not a list of links.
    let only_a_title = (heading(inner) || inner.headings == 1) && inner.text_len <= 120 && inner.buttons.is_empty();
    if only_a_title && outer.headings == 1 && !outer.in_article {
        return extra <= 600 && outer.links <= inner.links + 3;
    }
    // One heading more is the widget's title only when the box has none yet: beside a titled box, another
    // heading is another section's (a sidebar's magazine teaser over its newsletter box).
    let one_title = outer.headings == inner.headings + 1 && inner.headings == 0;
    if !one_title && outer.headings != inner.headings {
        return false; // more headings: the box holds other widgets
    }
    let slack = match (one_title, outer.in_article) {
        (true, false) => 250,
        (true, true) => 150,
        (false, false) => 80,
        (false, true) => 30,
    };
    outer.links <= inner.links + 2 && extra <= slack
}

/// An HTML heading, `h1` to `h6`.
fn heading(e: &ElementFacts) -> bool {
    matches!(e.tag.to_ascii_lowercase().as_str(), "h1" | "h2" | "h3" | "h4" | "h5" | "h6")
}

/// Whether `outer` is `inner` with only a title line more ("Subscribe to email updates:" over a form the site
/// named and that scores higher alone): the box the reader sees, which the chain takes even at a lower score
/// as long as that still passes, so no orphan title stays.
fn title_line(inner: &ElementFacts, outer: &ElementFacts) -> bool {
    !site_chrome(outer)
        && !outer.in_article
        && outer.text_len > inner.text_len
        && outer.text_len - inner.text_len <= TITLE_LINE
        && fields(outer) == fields(inner)
        && outer.buttons.len() <= inner.buttons.len() + 1
        && outer.links <= inner.links
        && outer.headings <= inner.headings + 1
        && outer.embeds == inner.embeds
        && !article_meta(outer)
}

/// Whether `outer` is the audio or video player that `inner`, a paywall's notice, lies over ("This audio is for
/// subscribers. Subscribe or sign in" over "Listen to this article"): one player more and its line of text. The
/// player does not play for the reader the notice stops, so it goes with it.
fn locked_player(inner: &ElementFacts, outer: &ElementFacts) -> bool {
    outer.embeds == inner.embeds + 1
        && outer.text_len > inner.text_len
        && outer.text_len - inner.text_len <= PLAYER_LINE
        && fields(outer) == fields(inner)
        && outer.links <= inner.links
        && outer.headings <= inner.headings + 1
        && !site_chrome(outer)
        && !article_meta(outer)
}

/// The most text a player shows beside its notice: a "Listen to this article" line, a reader's name, a length.
const PLAYER_LINE: u32 = 120;

/// The site names the box for the article's byline and date ("post-meta", "byline"): its lines are the
/// article's author and date, not a widget's title or frame, even around a tip button.
pub fn article_meta(e: &ElementFacts) -> bool {
    named_with(e, ARTICLE_META.iter())
}

/// The element's id or class holds one of `words` (lower case), whatever the case the site wrote it in.
fn named_with<'a>(e: &ElementFacts, mut words: impl Iterator<Item = &'a &'a str>) -> bool {
    let names = format!("{} {}", e.id, e.class).to_lowercase();
    words.any(|w| names.contains(w))
}

/// Names of an article's byline row. Not "meta" alone: a block of share and bookmark icons is named so too
/// ("meta__icon--favorite"), and its sign-in tooltip goes with its icon.
const ARTICLE_META: &[&str] = &["post-meta", "entry-meta", "article-meta", "byline", "dateline", "author"];

/// The longest title line [`title_line`] takes with its box.
const TITLE_LINE: u32 = 40;

/// The fields a reader fills in: hidden inputs are not seen, and image, submit and reset inputs are buttons
/// (a "Donate with PayPal" image button does not make its widget's box another form than its title).
pub fn fields(e: &ElementFacts) -> usize {
    e.inputs.iter().filter(|k| !matches!(k.as_str(), "hidden" | "image" | "submit" | "button" | "reset")).count()
}

/// A link's share of a box's text above which the box is a menu of links.
fn link_menu(e: &ElementFacts) -> bool {
    e.links >= 3 && e.text_len > 0 && e.link_text_len as f32 / e.text_len as f32 > 0.7
}

/// The element at `level` is one short link (or its box) whose nearest ancestor with more text is a menu of links:
/// a menu item such as "Become a member" in a nav bar or footer, not a banner.
fn menu_item(chain: &[ElementFacts], level: usize) -> bool {
    let e = &chain[level];
    let tag = e.tag.to_ascii_lowercase();
    let one_link = tag == "a" || (e.links == 1 && e.link_text_len as f32 >= 0.8 * e.text_len as f32);
    if e.text_len > 60 || !one_link {
        return false;
    }
    chain[level + 1..].iter().find(|p| p.text_len > e.text_len + 2).is_some_and(link_menu)
}

/// A `<form>` element that asks for a password: whatever sections it titles, the reader submits it as one.
fn password_form(e: &ElementFacts) -> bool {
    e.tag.eq_ignore_ascii_case("form") && e.inputs.iter().any(|i| i == "password")
}

/// A box that floats over the page as a dialog: a modal, or a fixed layer over a good part of the screen.
fn dialog(e: &ElementFacts) -> bool {
    structure::marked_dialog(e) || (e.position == "fixed" && e.viewport_cover > 0.3)
}

/// The dialog around the widget's box at `level`, further out: hidden alone, the widget would leave the
/// dialog's frame, title and pitch over the page (a pop-up plugin's lightbox around a sign-up form). Not a
/// sign-in box the reader opened, not a box holding the article, the site's chrome or a list of links.
fn dialog_around(chain: &[ElementFacts], level: usize) -> Option<usize> {
    let inner = &chain[level];
    if dialog(inner) {
        return None;
    }
    for (j, e) in chain.iter().enumerate().skip(level + 1) {
        if protected(e) || site_chrome(e) || e.holds_hidden || e.user_opened || e.in_article != inner.in_article {
            return None;
        }
        if dialog(e) {
            return (e.text_len <= 3000 && e.links <= inner.links + 5 && !link_menu(e)).then_some(j);
        }
    }
    None
}

/// Where a level of a chain sits, beyond its own facts.
#[derive(Clone, Copy)]
struct Place {
    /// A short link (or its box) in a menu of links.
    in_menu: bool,
    /// The level is a link or button, or inside one, with nothing else around it.
    in_link: bool,
    /// The level is inside the site's header, navigation or footer.
    in_chrome: bool,
    /// The level is a paragraph set wholly in italics or bold (`<p><em>…</em></p>`), or that emphasis.
    set_apart: bool,
    /// The level is in the article, or the first box around it with more text holds the article: a kicker over
    /// the title, a mark before the first paragraph.
    heads_article: bool,
}

impl Place {
    fn of(chain: &[ElementFacts], level: usize) -> Place {
        let e = &chain[level];
        let in_link = chain[level..]
            .iter()
            .take_while(|p| p.text_len == e.text_len)
            .any(|p| matches!(p.tag.to_ascii_lowercase().as_str(), "a" | "button"));
        let in_chrome = chain[level..].iter().any(|p| site_chrome(p) || navigation(p));
        // The boxes that are this level under other tags: the ones around and inside it with the same text.
        let first = chain[..level].iter().rposition(|p| p.text_len != e.text_len).map_or(0, |i| i + 1);
        let same: Vec<&ElementFacts> = chain[first..].iter().take_while(|p| p.text_len == e.text_len).collect();
        let has = |tags: &[&str]| same.iter().any(|p| tags.contains(&p.tag.to_ascii_lowercase().as_str()));
        let set_apart = has(&["p"]) && has(&["em", "i", "strong", "b"]);
        let heads_article = e.in_article
            || chain[level..].iter().find(|p| p.text_len != e.text_len).is_some_and(|p| p.contains_article);
        Place { in_menu: menu_item(chain, level), in_link, in_chrome, set_apart, heads_article }
    }
}

/// One of the element's buttons (or button-like links) has `cue`, lowercased, in its label.
fn a_button_says(e: &ElementFacts, cue: &str) -> bool {
    e.buttons.iter().any(|b| label_says(b, cue))
}

/// A button's label has `cue`, lowercased, in it.
fn label_says(label: &str, cue: &str) -> bool {
    !cue.is_empty() && label.to_lowercase().contains(cue)
}

/// The asks found are only the labels of links in a box made mostly of links (a header or footer holding a
/// "Donate now" or "Become a member" item among its navigation), so the box is navigation, not a banner.
fn cue_is_one_link(e: &ElementFacts, hits: &[Hit]) -> bool {
    if hits.is_empty() || e.links < 3 || e.text_len == 0 || (e.link_text_len as f32) < 0.5 * e.text_len as f32 {
        return false;
    }
    hits.iter().all(|h| {
        let cue = h.cue.trim().to_lowercase();
        a_button_says(e, &cue)
    })
}

/// Most of the box's buttons ask for category `c` ("Jetzt spenden! · Aktiv werden · Mitglied werden" floating at
/// the bottom of the screen): a bar of calls to action, not a row of the site's links that holds one ask. In
/// the article the asks may be of any kind ("Assine o 247, apoie por Pix, inscreva-se na TV 247"): the site's
/// plug line under the story, where outside it such a row is its account bar ("Abonnement · Faire un don ·
/// Connexion").
fn bar_of_asks(e: &ElementFacts, c: Category, hits: &[Hit], s: &Structure) -> bool {
    let asking = e
        .buttons
        .iter()
        .filter(|b| {
            let kinds = s.label_categories(b);
            hits.iter().any(|h| label_says(b, h.cue.trim()))
                || kinds.contains(c)
                || (e.in_article && kinds != CategorySet::default())
        })
        .count();
    e.buttons.len() >= 2 && asking * 2 > e.buttons.len()
}

/// A short line of the article whose link is the ask ("Sign up to the weekly brief here", "To view the full
/// story, please subscribe to the Times: $60 a year"): a plug the site set between paragraphs. A line of
/// reporting that mentions an ask links to what it reports on (a shop, a maker), or is longer.
fn cta_line(e: &ElementFacts, hits: &[Hit]) -> bool {
    let block =
        matches!(e.tag.to_ascii_lowercase().as_str(), "p" | "div" | "aside" | "section" | "li" | "h2" | "h3" | "h4");
    if !e.in_article || !block || e.text_len > 240 || !(1..=3).contains(&e.links) || hits.is_empty() {
        return false;
    }
    let link_is_the_line = e.link_text_len * 2 >= e.text_len;
    link_is_the_line
        || e.buttons.iter().any(|b| {
            let b = b.to_lowercase();
            let cta_word = b
                .split_whitespace()
                .any(|x| CTA_LINK_WORDS.iter().any(|w| x.trim_matches(|c: char| !c.is_alphanumeric()).starts_with(w)));
            cta_word
                || hits.iter().any(|h| {
                    let cue = h.cue.trim();
                    cue.chars().count() >= 4
                        && (b.contains(cue) || (b.chars().count() >= 4 && cue.contains(b.as_str())))
                })
        })
}

/// A short box of the article that asks twice, in different words, and links to where the reader answers ("Will
/// you support our journalism? … Please consider making a contribution today."): the site's appeal set under
/// its story. Reporting that quotes an ask quotes it once.
fn appeal_box(e: &ElementFacts, hits: &[Hit]) -> bool {
    if !e.in_article || e.links == 0 || e.text_len > APPEAL_LEN {
        return false;
    }
    let mut cues: Vec<String> = hits.iter().map(|h| h.cue.trim().to_lowercase()).collect();
    cues.sort();
    cues.dedup();
    cues.len() >= 2
}

/// The longest box of the article read as the site's own appeal: a few lines, not a section of the story.
const APPEAL_LEN: u32 = 600;

/// The words of a plug's link, as prefixes: "here" and what it leads to, in the catalog's languages.
const CTA_LINK_WORDS: &[&str] = &[
    // ("Mehr Infos »", "Learn more", "En savoir plus", "Saiba mais", "Scopri di più": the link after an ask
    // says where the answer is, not what is reported on)
    "info",
    "learn",
    "savoir",
    "saiba",
    "scopri",
    "here",
    "hier",
    "ici",
    "aquí",
    "aqui",
    "qui",
    "tutaj",
    "tästä",
    "здесь",
    "subscri",
    "sign",
    "donat",
    "support",
    "join",
    "register",
    "newsletter",
    "abonn",
    "inscri",
    "suscri",
    "assin",
    "spend",
    "unterstütz",
    "apoi",
    "soutien",
    "sostien",
    "doneer",
    "wesprzyj",
    "lahjoit",
    "tilaa",
    "подпис",
    "поддерж",
];

/// The sign-in or membership wording is only the label of a short link or button standing alone ("Become a
/// member", "Sign in" in a header's corner): the site's account entry, not a nag. A sign-in box has a title or
/// a line of its own, a form, or floats over the page. (Newsletter links are left to the other signals: a lone
/// "Newsletter abonnieren" button is often the whole sign-up box.)
fn lone_link(e: &ElementFacts, in_link: bool, hits: &[Hit]) -> bool {
    let floating = matches!(e.position.as_str(), "fixed" | "sticky");
    if e.text_len > 60 || fields(e) > 0 || floating || e.aria_modal || e.headings > 0 {
        return false;
    }
    // The words are a button's label, the element is (in) the link, or its one or two links hold as much text.
    let in_links =
        |cue: &str| in_link || ((1..=2).contains(&e.links) && e.link_text_len as usize >= cue.chars().count());
    hits.iter().all(|h| {
        let cue = h.cue.trim();
        a_button_says(e, cue) || (!cue.is_empty() && in_links(cue))
    })
}

/// The comment wording is only the label of a link or button in a box with much more text: the "Leave a
/// comment" link under a blog post or in an article's header leads to the comments; the post around it is
/// not a comment prompt (hiding it took whole posts and an article's title with it).
fn comment_cue_is_a_link_in_a_bigger_box(e: &ElementFacts, hits: &[Hit]) -> bool {
    if hits.is_empty() || e.text_len < 150 {
        return false;
    }
    let mut label_len = 0;
    for h in hits {
        let cue = h.cue.trim();
        match e.buttons.iter().find(|b| !cue.is_empty() && b.to_lowercase().contains(cue)) {
            Some(b) => label_len += b.chars().count() as u32,
            None => return false,
        }
    }
    label_len * 4 < e.text_len
}

/// What the catalog and the form signatures found in one element, all categories at once (matching is the
/// costly part of scoring).
struct Found {
    hits: Vec<Hit>,
    /// The learned rules that read the element's text (short texts only), with the model's probability.
    learned: Vec<(usize, f32)>,
    names: Vec<usize>,
    /// The frame rules that read the titles of the frames of a box that is little more than its frames.
    frames: Vec<Hit>,
    forms: Forms,
    /// The element's only name hit was the comment-section rule, dropped because the section is not empty.
    only_a_section_name: bool,
}

impl Found {
    fn of(e: &ElementFacts, m: &Matchers, s: &Structure, settings: &Settings, place: Place) -> Found {
        let mut names = m.name_hits_all(&names_of(e), settings);
        let named = !names.is_empty();
        names.retain(|&r| RULES[r].id != EMPTY_SECTION_RULE || empty_comment_section(e));
        // Only the section rule's hits are dropped, so a name hit with none left was that rule alone.
        let only_a_section_name = named && names.is_empty();
        let mut hits = m.wording_hits_all(&shown_words(e), settings);
        // "Para suscriptores" marks this article only at its head (`Place::heads_article`); in a list of links it
        // marks a teaser, which readers leave be.
        hits.retain(|h| !RULES[h.rule].id.starts_with(BADGE_RULE) || place.heads_article);
        Found {
            hits,
            learned: m.learned_hits(&e.text, settings),
            names,
            frames: if framed_widget(e) { m.frame_hits_all(&e.frames, settings) } else { Vec::new() },
            forms: s.forms(e),
            only_a_section_name,
        }
    }

    fn is_empty(&self) -> bool {
        self.hits.is_empty()
            && self.learned.is_empty()
            && self.names.is_empty()
            && self.frames.is_empty()
            && self.forms == Forms::default()
    }

    /// The categories this element gives evidence of: wording, a name, or a form signature that counts here.
    fn categories(&self, e: &ElementFacts) -> CategorySet {
        let mut set = CategorySet::default();
        for h in &self.hits {
            set.insert(RULES[h.rule].category);
        }
        for &(r, _) in &self.learned {
            set.insert(RULES[r].category);
        }
        for &r in &self.names {
            set.insert(RULES[r].category);
        }
        for h in &self.frames {
            set.insert(RULES[h.rule].category);
        }
        if e.page_article || e.embedded {
            for c in Category::HIDING {
                if self.forms.enters(c) {
                    set.insert(c);
                }
            }
        }
        set
    }
}

/// The words a box shows: its text, or for a box with no letters at all the labels of its controls, which
/// are then pictures (a PayPal donate button, a tip jar's cup) that say what they are in their alt text, and
/// the titles of its frames (a one-tap sign-in, a comment platform drawn by another site).
fn shown_words(e: &ElementFacts) -> std::borrow::Cow<'_, str> {
    if !wordless(e) || (e.buttons.is_empty() && e.frames.is_empty()) {
        std::borrow::Cow::Borrowed(&e.text)
    } else {
        std::borrow::Cow::Owned(e.buttons.iter().chain(&e.frames).cloned().collect::<Vec<_>>().join(" \u{b7} "))
    }
}

/// The box is little more than the frames it holds (at most a title beside them), outside the article, and
/// none says it is closed: a widget another site draws, which its frames' titles name. A longer box is a rail
/// or a page around the frame; a frame in the article is the story's (a video, a post, a chart).
fn framed_widget(e: &ElementFacts) -> bool {
    !e.frames.is_empty() && e.text_len <= EMPTY_SECTION_LEN && !e.in_article && !e.frames.iter().any(|t| says_closed(t))
}

/// The text says "closed" in one of the catalog's languages: a comment section or frame that says so invites
/// nothing.
fn says_closed(text: &str) -> bool {
    let lower = text.to_lowercase();
    ["closed", "geschlossen", "fermé", "cerrad", "chius", "encerrad"].iter().any(|w| lower.contains(w))
}

/// The box's own text has no letters: what it shows is pictures and frames, if anything.
fn wordless(e: &ElementFacts) -> bool {
    !e.text.chars().any(char::is_alphabetic)
}

/// What the name rules read of an element: its tag, id, classes and role.
fn names_of(e: &ElementFacts) -> String {
    format!("{} {} {} {}", e.tag, e.id, e.class, e.role)
}

/// The rule naming comment sections, which hold the readers' comments as much as the form: it counts only for
/// [`empty_comment_section`].
const EMPTY_SECTION_RULE: &str = "comments.section";
/// The rules of the article's own subscriber-only mark, one per language (`paywall.badge`, `paywall.badge.de`…).
const BADGE_RULE: &str = "paywall.badge";
/// The most text a comment section may hold and still be empty: its title, the article's title, a tab row.
const EMPTY_SECTION_LEN: u32 = 60;

/// A chain that starts at a box only because it is named like a comment section, when the box is not an empty
/// one: the section holds the readers' comments, and the form or prompt in it has its own chain. A short box
/// with an ask of its own ("Dejá tu comentario" in a `div.comments`) is that prompt, and keeps its chain.
fn only_named_as_a_section(e: &ElementFacts, found: &Found) -> bool {
    found.only_a_section_name
        && !matches!(e.tag.to_ascii_lowercase().as_str(), "input" | "textarea" | "select")
        && (e.text_len > PROMPT_LEN || found.hits.is_empty())
}

/// The longest box named like a comment section that is read as the prompt it holds rather than as the section.
const PROMPT_LEN: u32 = 300;

/// A comment section with nothing in it yet, after the article: a title ("Comments", "Leave Comments"), a tab
/// row, a frame or the button that loads it ("Load Comments"), whose comments and form a platform's script
/// fills in (or never does, when it is blocked).
/// A notice that comments are closed is not an invitation, and a count in a teaser or a byline is not a box.
fn empty_comment_section(e: &ElementFacts) -> bool {
    // (a platform's frame alone, with no title of the site's, shows its own: "fb:comments Facebook Social Plugin")
    let shown = shown_words(e);
    e.after_article
        && !e.in_article
        && e.text_len <= EMPTY_SECTION_LEN
        && shown.chars().any(char::is_alphabetic)
        && (e.headings > 0 || e.embeds > 0 || loads_comments(e))
        && !matches!(e.tag.to_ascii_lowercase().as_str(), "a" | "span" | "li" | "button" | "p" | "small")
        && !says_closed(&shown)
}

/// The box holds a button that speaks of comments ("Load Comments", "Kommentare anzeigen") and a line beside it
/// (the platform's credit, a title): the button that fills the section. Not a reader's comment's "Reply", nor
/// a teaser's "4 Comments" link that is all its box holds.
fn loads_comments(e: &ElementFacts) -> bool {
    let labels: u32 = e.buttons.iter().map(|b| b.chars().count() as u32).sum();
    e.text_len > labels
        && e.buttons.iter().any(|b| {
            let lower = b.to_lowercase();
            COMMENT_STEMS.iter().any(|s| lower.contains(s))
        })
}

/// The stem of "comment" in the catalog's languages.
const COMMENT_STEMS: &[&str] = &["comment", "komment", "coment", "коммент", "评论", "評論", "留言", "コメント"];

/// The site calls the box its comments or discussion in its id or class ("c-comment-reply", "conComments",
/// "articulo-comentarios", "DiscussionCard"): looser than the catalog's names, which must tell a comment
/// form from a section full of readers' comments; this only says which section a box is part of.
pub fn named_like_comments(e: &ElementFacts) -> bool {
    named_with(e, COMMENT_STEMS.iter().chain(&["discussion", "disqus"]))
}

fn score(e: &ElementFacts, c: Category, found: &Found, s: &Structure, place: Place) -> Option<Scored> {
    let hits: Vec<Hit> = found.hits.iter().filter(|h| RULES[h.rule].category == c).cloned().collect();
    let name_rule = found.names.iter().copied().find(|&r| RULES[r].category == c);
    let frame_hit = found.frames.iter().find(|h| RULES[h.rule].category == c);
    // A form signature lets a category be scored without wording or a name, but only beside an article or in
    // a frame of another page: on a page that is itself a sign-in or sign-up form, the form is the content.
    let by_form = found.forms.enters(c) && (e.page_article || e.embedded);
    // The learned wording counts where no pattern read the text (a pattern of another category says what the
    // box asks better than the model's guess at its vocabulary: a push prompt's "Je m'abonne" reads like a
    // subscription offer), and like a form signature only beside an article or in a frame of another page: a
    // page that is itself a sign-in form or a shop's account page is made of such lines.
    let learned = if found.hits.is_empty() && own_line(e) && (e.page_article || e.embedded) {
        found.learned.iter().copied().find(|&(r, _)| RULES[r].category == c)
    } else {
        None
    };
    if hits.is_empty() && name_rule.is_none() && frame_hit.is_none() && !by_form && learned.is_none() {
        return None;
    }
    if c == Category::Newsletter && e.inputs.iter().any(|i| i == "password") {
        // A sign-up that asks for a password opens an account ("Inscription": name, email, password, and a box
        // to tick for the partners' mail), or the box holds a sign-in form beside the sign-up: a newsletter's
        // own box asks for an address only.
        return None;
    }
    let mut signals: Vec<Signal> = Vec::new();
    let mut reasons = Vec::new();
    let mut rules: Vec<String> = Vec::new();
    let mut total = 0.0;
    if let Some(first) = hits.first() {
        total += 0.55 + if hits.len() > 1 { 0.1 } else { 0.0 };
        reasons.push(format!("wording \u{201c}{}\u{201d}", first.cue.trim()));
        for h in &hits {
            let id = RULES[h.rule].id.to_string();
            if !rules.contains(&id) {
                rules.push(id);
            }
        }
    }
    if let Some((rule, p)) = learned {
        total += if sure(c, p, e) { LEARNED_SURE } else { LEARNED };
        reasons.push(format!("words like a {} widget's (learned, {p:.2})", c.as_str()));
        rules.push(RULES[rule].id.to_string());
    }
    if let Some(rule) = name_rule {
        total += 0.25;
        reasons.push("named so by the site".to_string());
        rules.push(RULES[rule].id.to_string());
    }
    if let Some(h) = frame_hit {
        // The vendor's own name for what it draws, as sure as wording the box showed.
        total += 0.55;
        reasons.push(format!("a frame titled \u{201c}{}\u{201d}", h.cue.trim()));
        rules.push(RULES[h.rule].id.to_string());
    }
    let cues: Vec<&str> = hits.iter().map(|h| h.cue.trim()).collect();
    s.controls(e, c, &cues, &found.forms, &mut signals);
    structure::layout(e, &mut signals);
    structure::context(e, &mut signals);
    let plug = cta_line(e, &hits);
    // A short text that is all ask ("Deixe sua opinião" over a comment box) is a widget's label, not prose.
    let label = e.text_len <= 80 && hits.iter().any(|h| h.cue.trim().chars().count() * 10 >= e.text_len as usize * 6);
    // For the link and menu checks, what the model read is the whole text.
    let asks: Vec<Hit> = match learned {
        Some((rule, _)) => vec![Hit { rule, cue: e.text.trim().to_lowercase() }],
        None => hits.clone(),
    };
    // A box in the article that the site itself names for its comments ("comment-container", a `<p class="comments">`)
    // and that asks for comments is the section's line left in the story's frame, not the story's prose.
    let comment_line = c == Category::Comments && e.in_article && !hits.is_empty() && named_like_comments(e);
    if comment_line {
        signals.push(Signal { weight: 0.1, reason: "a line the site names for its comments" });
    }
    // "Use the little red bell at the bottom right to stay informed": the line sends the reader to a control of
    // this page, which a story's prose has no reason to do, so it is the prompt even in the article's frame.
    let bell_line = c == Category::Notification && hits.iter().any(|h| points_to_bell(&h.cue));
    if bell_line {
        signals.push(Signal { weight: 0.1, reason: "points to the page's bell" });
    }
    // A paragraph the site sets wholly in italics or bold at the foot of a story ("If you want our independent
    // journalism to go on, please support us with a donation!") is its appeal to the reader: reporting that
    // quotes an ask sets the quote inside a sentence of its own. (Only an appeal for gifts: a bold "Get the
    // latest news straight to your phone with our app" is a plug for an app, which no category covers.)
    let note = c == Category::Donation && e.in_article && place.set_apart && !hits.is_empty();
    if note {
        signals.push(Signal { weight: 0.1, reason: "a paragraph set apart in italics or bold" });
    }
    if !asks.is_empty()
        && name_rule.is_none()
        && !comment_line
        && !bell_line
        && !note
        && e.in_article
        && e.buttons.is_empty()
        && e.inputs.is_empty()
        && !plug
        && !label
        && !appeal_box(e, &hits)
    {
        // Ask wording in a box of the article with no control at all: prose quoting an ask, not the ask.
        signals.push(Signal { weight: -0.15, reason: "a passage of the article" });
    }
    if plug {
        signals.push(Signal { weight: 0.1, reason: "a short call to action with its link, in the article" });
    }
    // Its hits elsewhere were dropped (`Found::of`): here the mark is this article's, and its few words are all
    // the box says, which alone weigh too little.
    if hits.iter().any(|h| RULES[h.rule].id.starts_with(BADGE_RULE)) {
        signals.push(Signal { weight: 0.1, reason: "the article's own mark for subscribers" });
    }
    if name_rule.is_some_and(|r| RULES[r].id == EMPTY_SECTION_RULE) {
        signals.push(Signal { weight: 0.3, reason: "an empty comment section" });
    }
    // Comment platforms draw their editor in a frame, newsletter services their sign-up form, paywall vendors
    // their offer and some consent platforms their banner, so the box the site names for it has no field or
    // words of its own: the frame is the widget. Such a box holds no more than its title beside the frame (a
    // longer one is a rail of other things).
    // (A comment section's box may hold its readers' comments beside the frame.)
    let framed_form = match c {
        Category::Comments => Some("a frame in a box named for comments"),
        Category::Newsletter => Some("a frame in a box named for the newsletter"),
        Category::Paywall => Some("a frame in a box named for the paywall"),
        Category::Cookie => Some("a frame in a box named for the consent banner"),
        _ => None,
    };
    let short = c == Category::Comments || e.text_len <= EMPTY_SECTION_LEN;
    if let Some(reason) = framed_form.filter(|_| short && name_rule.is_some() && e.embeds > 0 && !e.in_article) {
        signals.push(Signal { weight: 0.3, reason });
    }
    if matches!(c, Category::Login | Category::Paywall)
        && e.text_len <= GATE_LEN
        && found.hits.iter().any(|h| RULES[h.rule].category == Category::Comments)
    {
        // "Commenting is for subscribers only. Subscribe to comment": what the reader is asked to pass is the way
        // to the comments, and the box is the comment section's prompt (the census files it so). Only a short
        // box: in a page's long welcome text each ask is a line among others.
        signals.push(Signal { weight: -0.3, reason: "a gate to the comments" });
    }
    if c == Category::Login && offers_sign_out(e) {
        signals.push(Signal { weight: -0.3, reason: "an account menu (it offers to sign out)" });
    }
    if c == Category::Login && !asks.is_empty() && lone_link(e, place.in_link, &asks) {
        signals.push(Signal { weight: -0.3, reason: "a lone account link" });
    }
    // A link to switch push messages on, set in a row of the page's own links (a bell among the social icons),
    // is the prompt itself. In the site's header, navigation or footer it is an entry of the site's map ("Breaking
    // News Alerts" between "Advertising" and "Careers"), which may lead to anything.
    let menu_counts = c != Category::Notification || place.in_chrome;
    if place.in_menu && menu_counts {
        signals.push(Signal { weight: -0.5, reason: "an item in a menu of links" });
    } else if menu_counts && cue_is_one_link(e, &asks) && (place.in_chrome || !bar_of_asks(e, c, &asks, s)) {
        signals.push(Signal { weight: -0.3, reason: "one link among many" });
    } else if c == Category::Comments && comment_cue_is_a_link_in_a_bigger_box(e, &hits) {
        signals.push(Signal { weight: -0.3, reason: "a link to the comments in a bigger box" });
    }
    let mut against = Vec::new();
    for sig in &signals {
        total += sig.weight;
        if sig.weight > 0.0 {
            reasons.push(sig.reason.to_string());
        } else {
            against.push(format!("{} {:+.2}", sig.reason, sig.weight));
        }
    }
    Some(Scored { score: total, category: c, reason: reasons.join(", "), against: against.join(", "), rules })
}

/// The box offers to sign out: it is the reader's account menu (drawn for both states, "Log In · My Account ·
/// Log Out"), which a nag to sign in never is.
fn offers_sign_out(e: &ElementFacts) -> bool {
    let text = e.text.to_lowercase();
    SIGN_OUT_PHRASES.iter().any(|p| text.contains(p))
        || e.buttons.iter().any(|b| {
            let b = b.trim().to_lowercase();
            SIGN_OUT_LABELS.iter().any(|l| b == *l)
        })
}

/// A push prompt's cue names the bell the site draws for its push messages ("click the bell icon", "nutze die
/// kleine rote Glocke"): the catalog reads a bell only with the imperative that sends the reader to it.
fn points_to_bell(cue: &str) -> bool {
    cue.split(|c: char| !c.is_alphanumeric()).any(|w| BELL_WORDS.iter().any(|b| w.starts_with(b)))
}

/// The bell's name where the catalog's rules read one, as word prefixes ("glockensymbol", "campanella").
const BELL_WORDS: &[&str] = &["bell", "glocke", "cloche", "campan", "sino", "sininho"];

/// Sign-out phrases in the catalog's languages, read anywhere in a box's text.
const SIGN_OUT_PHRASES: &[&str] = &[
    "log out",
    "sign out",
    "se déconnecter",
    "cerrar sesión",
    "terminar sessão",
    "encerrar sessão",
    "esci dall'account",
];

/// Sign-out button labels, read as a whole label: alone these words also mean other things in a text.
const SIGN_OUT_LABELS: &[&str] =
    &["logout", "log-out", "abmelden", "ausloggen", "déconnexion", "disconnetti", "sair", "esci", "salir"];

/// The box says something besides its links' and buttons' labels: a widget's line ("Have an account already?
/// Pick up where you left off"), not a row of account or menu links ("Sign in | Register", "Jetzt spenden
/// Mitglied werden"), whose words the learned wording reads as much as a widget's.
fn own_line(e: &ElementFacts) -> bool {
    own_line_len(e) >= OWN_LINE
}

/// The characters of a box's text beyond its links' and buttons' labels.
fn own_line_len(e: &ElementFacts) -> u32 {
    let labels: u32 = e.buttons.iter().map(|b| b.chars().count() as u32).sum();
    e.text_len.saturating_sub(labels.max(e.link_text_len))
}

/// The fewest characters of a box's own line (beyond its labels) for the learned wording to read it.
const OWN_LINE: u32 = 25;

/// What the learned wording alone adds: less than a pattern (0.55), so a box it alone reads needs a control of
/// its category, a name or a place over the page before it is hidden (unless the model is [`SURE`]).
const LEARNED: f32 = 0.45;

/// A model reading at least [`SURE`], of a line at least [`SURE_LINE`] long of its own, counts as much as a
/// pattern: a sentence the model has no doubt about ("Unterstütze unabhängigen Journalismus ab 1,90 pro Monat")
/// is as much an ask as one a pattern spells out. A shorter line ("Manage Cookie Preferences", "Premium") is
/// a link's or a label's and keeps the weaker weight. So does a paywall reading: a subscription offer in a
/// rail ("Unlimited digital access for $2 a month") is worded like a wall and is the site's advertisement,
/// not a wall over the article.
fn sure(c: Category, p: f32, e: &ElementFacts) -> bool {
    c != Category::Paywall && p >= SURE && own_line_len(e) >= SURE_LINE && worded_line(&e.text)
}

/// A line of words, not a table, a ticker or code: most of its words differ ("Betrag Laufzeit 1 Monat 3 Monate
/// 12 Monate …", "ÚLTIMA HORA • ÚLTIMA HORA …" repeat theirs) and it has no braces (a script's text the page
/// shows). What the model reads in those is their vocabulary, not an ask.
fn worded_line(text: &str) -> bool {
    if text.contains('{') {
        return false;
    }
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().any(char::is_alphabetic))
        .map(str::to_lowercase)
        .collect();
    let distinct: std::collections::HashSet<&String> = words.iter().collect();
    distinct.len() * 10 >= words.len() * 7
}

const SURE: f32 = 0.99;
const SURE_LINE: u32 = 40;
const LEARNED_SURE: f32 = 0.55;

/// The longest box read as a gate to the comments (a prompt, not a page's welcome text).
const GATE_LEN: u32 = 400;

/// The longest box read for an ad-blocker plea: a plea is a short message, and a column that mentions an ad
/// blocker somewhere may still hold a real donation box.
const AD_PLEA_LEN: u32 = 600;

/// Verdicts for the chains whose best level clears the threshold. `chain`/`level` index into `chains`.
pub fn classify(chains: &[Candidate], m: &Matchers, s: &Structure, settings: &Settings) -> Vec<Verdict> {
    let mut out = Vec::new();
    for (ci, chain) in chains.iter().enumerate() {
        let menu_entry = menu_entry(chain);
        // A plea to switch the ad blocker off, read at the box that holds it: its sentences ("We rely on
        // advertising to fund our journalism") would each read as a donation ask. Read only for a chain with
        // donation evidence.
        let ad_blocker_plea = std::cell::OnceCell::new();
        let in_ad_blocker_plea = || {
            *ad_blocker_plea.get_or_init(|| {
                chain
                    .iter()
                    .take_while(|e| !protected(e) && e.text_len <= AD_PLEA_LEN)
                    .any(|e| s.ad_blocker_plea(&e.text))
            })
        };
        let mut best: Option<(usize, Scored)> = None;
        // The categories the widget itself gives evidence of, up to its own box (the first level with a button
        // or a field): levels further out may add to that evidence, but a wrapper that also holds a widget of
        // another category must not win this chain for it (that widget has its own chain).
        // A widget has a heading or two: a level with two more than where its evidence began holds other
        // sections (a rail, a column of boxes), and a titled box with no evidence of its own means whatever a
        // wrapper further out says belongs to other widgets.
        let mut allowed = CategorySet::default();
        let mut boxed = false;
        let mut own_headings: Option<u32> = None;
        for (li, e) in chain.iter().enumerate() {
            if protected(e) {
                break; // everything further out contains the article or the page
            }
            if e.holds_hidden {
                break; // everything further out holds a box already decided on its own (perhaps another category)
            }
            // (a sign-in pop-up's panel titles each of its forms: the register form is the same widget; and the
            // steps of one form that asks for a password, each titled "Connexion", are one submission)
            let panel = || {
                best.as_ref().is_some_and(|(bl, b)| {
                    b.category == Category::Login && (s.account_panel(&chain[*bl], e) || password_form(e))
                })
            };
            if own_headings.is_some_and(|h| e.headings >= h + 2) && !panel() {
                break;
            }
            let place = Place::of(chain, li);
            let found = Found::of(e, m, s, settings, place);
            if li == 0 && only_named_as_a_section(e, &found) {
                break; // the chain exists only for the section's name
            }
            if !boxed {
                let here = if found.is_empty() { CategorySet::default() } else { found.categories(e) };
                // A titled box, or a row of pictures that are controls (payment logos, social icons), that gives
                // no evidence is a widget of nothing to hide: what a wrapper further out says is another's.
                let pictures = !e.buttons.is_empty() && wordless(e);
                let own_box = e.headings > 0 || pictures;
                if here.is_empty() && allowed.is_empty() && own_box {
                    break;
                }
                for c in here.iter() {
                    allowed.insert(c);
                }
                if !allowed.is_empty() && own_headings.is_none() {
                    own_headings = Some(e.headings);
                }
                boxed = !allowed.is_empty() && (!e.buttons.is_empty() || !e.inputs.is_empty());
            }
            if found.is_empty() {
                continue;
            }
            if chrome_at(chain, li) {
                continue; // the site's own header, navigation or footer is not a widget to hide
            }
            for c in Category::HIDING {
                if !settings.category_on(c) || !allowed.contains(c) {
                    continue;
                }
                if menu_entry && !kept_in_a_menu(e, c) {
                    continue; // an entry of the site's menu ("Membership: become a member", "Emails: in your inbox")
                }
                if c == Category::Donation && in_ad_blocker_plea() {
                    continue;
                }
                if c == Category::Login && e.user_opened {
                    continue; // the reader just asked for this sign-in box
                }
                if let Some(sc) = score(e, c, &found, s, place) {
                    let better = best.as_ref().is_none_or(|(bl, b)| {
                        sc.score > b.score + TIE
                            || (sc.score >= b.score - TIE && titled(&chain[*bl], e, c, b.category, s))
                            || (c == b.category && sc.score >= THRESHOLD && title_line(&chain[*bl], e))
                            || (c == Category::Paywall
                                && b.category == c
                                && sc.score >= b.score - TIE
                                && locked_player(&chain[*bl], e))
                    });
                    if better {
                        best = Some((li, sc));
                    }
                }
            }
        }
        let Some((box_level, sc)) = best else { continue };
        if sc.score < THRESHOLD {
            continue;
        }
        let mut level = dialog_around(chain, box_level).unwrap_or(box_level);
        // Wrappers with exactly the same text are the same banner: hide the outermost so no empty frame stays. A
        // header or footer is one only when it holds nothing else either (a post's footer that is all its sign-up
        // box), not a logo's link, a menu's button or a search field.
        while let Some(outer) = chain.get(level + 1) {
            let inner = &chain[level];
            let more = outer.links != inner.links
                || outer.buttons.len() != inner.buttons.len()
                || fields(outer) != fields(inner);
            if protected(outer)
                || (site_chrome(outer) && more)
                || outer.holds_hidden
                || outer.text_len != inner.text_len
                || outer.embeds != inner.embeds
                || outer.in_article != inner.in_article
            {
                break;
            }
            level += 1;
        }
        if chain[box_level].in_article && heading(&chain[box_level]) {
            continue; // a heading of the article titles its section: hidden alone it would leave the text untitled
        }
        out.push(Verdict {
            chain: ci as u32,
            level: level as u32,
            box_level: box_level as u32,
            category: sc.category,
            confidence: sc.score.min(1.0),
            reason: sc.reason,
            rules: sc.rules,
        });
    }
    out
}

/// One level of a chain as the classifier saw it, for `sift why`: every category it scored there, below the
/// threshold too, or why the level was passed over.
pub struct LevelScore {
    pub level: usize,
    pub protected: bool,
    pub scores: Vec<(Category, f32, String)>,
}

/// The scores of every level of one chain (innermost first), as [`classify`] computes them.
pub fn explain(chain: &[ElementFacts], m: &Matchers, s: &Structure, settings: &Settings) -> Vec<LevelScore> {
    let mut out = Vec::new();
    let menu_entry = menu_entry(chain);
    for (li, e) in chain.iter().enumerate() {
        if protected(e) {
            out.push(LevelScore { level: li, protected: true, scores: Vec::new() });
            break;
        }
        let place = Place::of(chain, li);
        let found = Found::of(e, m, s, settings, place);
        let section_name = li == 0 && only_named_as_a_section(e, &found);
        let scores = Category::HIDING
            .into_iter()
            .filter_map(|c| score(e, c, &found, s, place))
            .map(|sc| {
                let passed_over = if section_name {
                    Some("only a comment section's name, and the section holds more than a prompt")
                } else if menu_entry && !kept_in_a_menu(e, sc.category) {
                    Some("an entry of a navigation menu")
                } else if e.in_article && heading(e) {
                    Some("a heading of the article")
                } else {
                    None
                };
                let mut reason = sc.reason;
                if !sc.against.is_empty() {
                    reason = format!("{reason}; against: {}", sc.against);
                }
                if let Some(why) = passed_over {
                    reason = format!("{reason} (passed over: {why})");
                }
                (sc.category, sc.score, reason)
            })
            .collect();
        out.push(LevelScore { level: li, protected: false, scores });
        if section_name {
            break; // classify reads no further along this chain
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn el(tag: &str, text: &str) -> ElementFacts {
        ElementFacts {
            tag: tag.into(),
            text: text.into(),
            text_len: text.chars().count() as u32,
            page_text_share: 0.02,
            ..Default::default()
        }
    }

    fn run(chains: &[Candidate]) -> Vec<Verdict> {
        classify(chains, &Matchers::new(), &Structure::new(), &Settings::default())
    }

    #[test]
    fn a_theme_comment_form_after_the_article_is_hidden_and_a_text_box_in_the_article_is_not() {
        let mut form = el("div", "Leave a Reply Cancel reply Your email address will not be published. Post Comment");
        form.id = "respond".into();
        form.class = "comment-respond".into();
        form.inputs = vec!["textarea".into(), "text".into(), "email".into()];
        form.after_article = true;
        let v = run(&[vec![form]]);
        assert_eq!(v.len(), 1);
        assert_eq!(v[0].category, Category::Comments);
        assert!(v[0].reason.contains("a comment form"), "{}", v[0].reason);
        // the same words in a quiz inside the article, with a text area: wording and a text box, not a form
        let mut quiz = el("div", "Leave a reply to the puzzle below and compare with the answer next week.");
        quiz.inputs = vec!["textarea".into()];
        quiz.in_article = true;
        assert!(run(&[vec![quiz]]).is_empty());
    }

    #[test]
    fn a_line_only_the_learned_wording_reads_needs_a_control_of_its_category() {
        let line = "Have an account already? Pick up where you left off.";
        let m = Matchers::new();
        assert!(m.wording_hits_all(line, &Settings::default()).is_empty(), "no pattern reads the line");
        let mut alone = el("div", line);
        alone.page_article = true;
        assert!(run(&[vec![alone.clone()]]).is_empty(), "the words alone hide nothing");
        let mut form = alone.clone();
        form.inputs = vec!["email".into(), "password".into()];
        let v = run(&[vec![form]]);
        assert_eq!(v.len(), 1, "with its sign-in form the box goes");
        assert_eq!(v[0].category, Category::Login);
        assert!(v[0].reason.contains("learned"), "{}", v[0].reason);
        assert!(v[0].rules.iter().any(|r| r == "login.learned"), "{:?}", v[0].rules);
        let mut off = Settings::default();
        off.rules.insert("login.learned".into(), false);
        let mut form = alone;
        form.inputs = vec!["email".into(), "password".into()];
        let v = classify(&[vec![form.clone()]], &m, &Structure::new(), &off);
        assert!(v.iter().all(|v| !v.rules.iter().any(|r| r == "login.learned")), "a rule switched off reads nothing");
        // on a page without an article (a sign-in page) the form and its line are the page's content
        form.page_article = false;
        assert!(run(&[vec![form]]).is_empty());
    }

    #[test]
    fn a_sign_up_that_asks_for_a_password_is_not_a_newsletter() {
        let mut signup = el("div", "Get our newsletter: the best stories of the day in your inbox every morning.");
        signup.page_article = true;
        signup.inputs = vec!["email".into()];
        let v = run(&[vec![signup.clone()]]);
        assert_eq!(v.first().map(|v| v.category), Some(Category::Newsletter), "an address alone: a newsletter");
        signup.inputs = vec!["text".into(), "email".into(), "password".into()];
        let v = run(&[vec![signup]]);
        assert!(v.iter().all(|v| v.category != Category::Newsletter), "with a password it opens an account: {v:?}");
    }

    #[test]
    fn a_line_the_learned_wording_is_sure_of_is_hidden_alone_beside_the_article_but_not_a_short_label() {
        let line = "Einmalig oder monatlich: mit einer Spende hilfst du unserer Redaktion.";
        let m = Matchers::new();
        assert!(m.wording_hits_all(line, &Settings::default()).is_empty(), "no pattern reads the line");
        let mut aside = el("div", line);
        aside.page_article = true;
        let v = run(&[vec![aside.clone()]]);
        assert_eq!(v.len(), 1, "a sure reading of a whole line is an ask");
        assert_eq!(v[0].category, Category::Donation);
        let mut quoted = aside;
        quoted.in_article = true;
        assert!(run(&[vec![quoted]]).is_empty(), "the same words in the article are prose");
        // the model is as sure of a cookie settings link, but a label that short needs more than the words, and a
        // row of amounts and terms is a table, not a line
        assert!(!worded_line("Betrag Laufzeit 1 Monat 3 Monate 12 Monate 24 Monate 36 Monate 48 Monate"));
        assert!(worded_line(line));
        let mut label = el("div", "Manage Cookie Preferences");
        label.page_article = true;
        assert!(run(&[vec![label]]).is_empty());
    }

    #[test]
    fn a_box_named_for_comments_that_holds_the_platform_s_frame_is_hidden_but_not_without_the_frame() {
        let mut form = el("div", "Thanks for your comments; your IP address is sent to the platform when you post.");
        form.class = "comment-form".into();
        let without = run(&[vec![form.clone()]]);
        assert!(without.is_empty(), "the name alone is not enough: {without:?}");
        form.embeds = 1;
        let v = run(&[vec![form.clone()]]);
        assert_eq!(v.len(), 1);
        assert_eq!(v[0].category, Category::Comments);
        assert!(v[0].reason.contains("a frame in a box named for comments"), "{}", v[0].reason);
        // in the article, a frame (a video) by a box of that name is the article's
        form.in_article = true;
        assert!(run(&[vec![form]]).is_empty());
    }

    #[test]
    fn a_follow_by_email_widget_titled_subscribe_with_an_icon_button_is_hidden() {
        let mut widget = el("div", "Subscribe");
        widget.id = "FollowByEmail1".into();
        widget.class = "widget FollowByEmail".into();
        widget.inputs = vec!["email".into()];
        let v = run(&[vec![widget.clone()]]);
        assert_eq!(v.len(), 1);
        assert_eq!(v[0].category, Category::Newsletter);
        assert!(v[0].reason.contains("under a subscribe title"), "{}", v[0].reason);
        // a search box titled "Search" by the same name is not a sign-up
        widget.text = "Search".into();
        widget.text_len = 6;
        widget.inputs = vec!["text".into()];
        assert!(run(&[vec![widget]]).is_empty());
    }

    #[test]
    fn a_fixed_notification_prompt_with_allow_and_not_now_is_hidden_at_its_box() {
        let text = "Get breaking-news alerts from us. Alerts can be turned off in your browser. Allow Not now";
        let inner = el("p", "Get breaking-news alerts from us.");
        let mut boxed = el("div", text);
        boxed.buttons = vec!["Allow".into(), "Not now".into()];
        boxed.position = "fixed".into();
        let mut page = el("div", &format!("{text} {}", "news ".repeat(400)));
        page.page_text_share = 0.9;
        let v = run(&[vec![inner, boxed, page]]);
        assert_eq!(v.len(), 1);
        assert_eq!(v[0].category, Category::Notification);
        assert_eq!(v[0].level, 1);
        assert!(v[0].reason.contains("Allow / Not now"), "{}", v[0].reason);
    }

    #[test]
    fn an_article_paragraph_about_donations_is_not_a_donation_ask() {
        let mut p = el("p", &format!("The charity said donations fell. {} Your support helps us, the director wrote in a letter quoted by the board.", "Budget figures were published in March. ".repeat(20)));
        p.in_article = true;
        assert!(run(&[vec![p]]).is_empty());
    }

    #[test]
    fn a_heading_of_the_article_stays_however_it_asks_but_the_same_line_after_the_article_goes() {
        // an appeal the article itself makes ("Make a donation:" over the fund's bank details)
        let mut heading = el("h2", "Make a donation:");
        heading.in_article = true;
        heading.links = 1;
        heading.link_text_len = 16;
        heading.buttons = vec!["Make a donation".into()];
        let mut link = el("a", "Make a donation:");
        link.in_article = true;
        assert!(run(&[vec![link.clone(), heading.clone()]]).is_empty(), "the article's heading stays");
        let why = explain(&[link.clone(), heading.clone()], &Matchers::new(), &Structure::new(), &Settings::default());
        assert!(
            why[1].scores.iter().any(|(_, _, reason)| reason.ends_with("(passed over: a heading of the article)")),
            "`sift why` says so: {:?}",
            why[1].scores
        );
        let mut plug = el("div", "Make a donation:");
        plug.links = 1;
        plug.buttons = heading.buttons.clone();
        plug.after_article = true;
        let v = run(&[vec![plug]]);
        assert_eq!(v.len(), 1, "the same line after the article is an ask");
        assert_eq!(v[0].category, Category::Donation);
    }

    #[test]
    fn nothing_that_contains_the_article_is_ever_hidden() {
        let mut wrapper = el("div", "Your support helps us keep reporting. Donate now");
        wrapper.contains_article = true;
        wrapper.position = "fixed".into();
        assert!(run(&[vec![wrapper]]).is_empty());
    }

    #[test]
    fn a_plug_between_the_article_s_paragraphs_goes_but_the_same_words_without_a_link_stay() {
        let mut plug =
            el("p", "Sign up to the Harbour Weekly Brief here for news on the port, delivered in your inbox.");
        plug.in_article = true;
        plug.links = 1;
        plug.link_text_len = 4;
        plug.buttons = vec!["here".into()];
        let v = run(&[vec![plug.clone()]]);
        assert_eq!(v.len(), 1);
        assert_eq!(v[0].category, Category::Newsletter);
        assert!(v[0].reason.contains("a short call to action"), "{}", v[0].reason);
        // a sentence of the story quoting the words, no link to follow
        let mut quoted = plug.clone();
        quoted.links = 0;
        quoted.link_text_len = 0;
        quoted.buttons.clear();
        assert!(run(&[vec![quoted]]).is_empty());
        // a line of reporting whose link is what it reports on (a shop), not the ask
        let mut shop = el("li", "The Harbour Shop lists the new ferry passes, though none are in stock. You can sign up for notifications, though.");
        shop.in_article = true;
        shop.links = 1;
        shop.link_text_len = 15;
        shop.buttons = vec!["The Harbour Shop".into()];
        assert!(run(&[vec![shop]]).is_empty());
        // a long paragraph with a link is reporting, whatever it quotes
        let mut long = plug;
        long.text =
            format!("{} {}", long.text, "The port authority said the figures would be published monthly. ".repeat(3));
        long.text_len = long.text.chars().count() as u32;
        assert!(run(&[vec![long]]).is_empty());
    }

    #[test]
    fn an_appeal_under_the_story_that_asks_twice_with_its_links_goes_but_a_quoted_ask_stays() {
        let mut appeal = el(
            "div",
            "Will you support our explanatory journalism? Millions turn to the Harbour Times to understand the \
             news. Our mission has never been more vital than it is in this moment: to empower through \
             understanding. Please consider making a contribution to the Harbour Times today.",
        );
        appeal.in_article = true;
        appeal.links = 2;
        appeal.link_text_len = 95;
        let v = run(&[vec![appeal.clone()]]);
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!(v[0].category, Category::Donation);
        // the same words with nothing to follow are the story's
        let mut quoted = appeal.clone();
        quoted.links = 0;
        quoted.link_text_len = 0;
        assert!(run(&[vec![quoted]]).is_empty());
        // one ask quoted in a line of reporting that links to its source
        let mut one = el(
            "p",
            "The lifeboat crew asked: will you support the harbour appeal? The council's report lists the target.",
        );
        one.in_article = true;
        one.links = 1;
        one.link_text_len = 16;
        assert!(run(&[vec![one]]).is_empty());
    }

    #[test]
    fn a_comment_section_that_is_only_its_load_button_and_credit_goes_whole_but_a_teaser_s_count_stays() {
        let mut button = el("button", "Load Comments");
        button.buttons = vec!["Load Comments".into()];
        button.after_article = true;
        let mut section = el("div", "Load Comments Powered by Livefyre");
        section.class = "comments-container".into();
        section.buttons = vec!["Load Comments".into()];
        section.after_article = true;
        let v = run(&[vec![button, section]]);
        assert_eq!(v.len(), 1);
        assert_eq!((v[0].category, v[0].level), (Category::Comments, 1), "{v:?}");
        assert!(v[0].reason.contains("an empty comment section"), "{}", v[0].reason);
        // a related post's comment count in a sidebar list: the link is all its box holds
        let mut count = el("div", "4 Comments");
        count.class = "meta-item comments".into();
        count.buttons = vec!["4 Comments".into()];
        count.after_article = true;
        assert!(run(&[vec![count]]).is_empty());
    }

    #[test]
    fn a_lone_become_a_member_link_stays_but_a_membership_box_with_its_line_goes() {
        let label = el("span", "Become a member");
        let link = ElementFacts { tag: "a".into(), ..label.clone() };
        let mut corner = el("div", "Become a member");
        corner.links = 1;
        corner.link_text_len = 15;
        assert!(run(&[vec![label, link, corner]]).is_empty());
        let mut boxed = el("div", "Members read without limits. Become a member today and sign in on every device.");
        boxed.buttons = vec!["Become a member".into(), "Sign in".into()];
        boxed.links = 2;
        boxed.link_text_len = 22;
        assert_eq!(run(&[vec![boxed]]).len(), 1);
    }

    #[test]
    fn a_box_titled_by_its_ask_goes_whole_but_a_titled_list_of_links_does_not() {
        let title = el("h3", "Sign up for the Harbour newsletter");
        let mut factbox = el(
            "div",
            &format!("{} {}", title.text, "Never miss the latest news from the port by signing up today. ".repeat(5)),
        );
        factbox.headings = 1;
        factbox.links = 1;
        factbox.link_text_len = 20;
        factbox.buttons = vec!["into the box above".into()];
        let v = run(&[vec![title.clone(), factbox.clone()]]);
        assert_eq!(v.len(), 1);
        assert_eq!((v[0].category, v[0].level), (Category::Newsletter, 1));
        // the same title over a column of teasers: only the title goes
        let mut rail = factbox;
        rail.links = 8;
        rail.link_text_len = 240;
        let v = run(&[vec![title, rail]]);
        assert_eq!((v[0].category, v[0].level), (Category::Newsletter, 0));
    }

    #[test]
    fn a_comment_box_the_article_s_container_holds_goes_when_its_label_and_name_say_so() {
        let mut label = el("div", "Deixe sua opinião");
        label.in_article = true;
        let mut named = label.clone();
        named.class = "c-comments-box open-comments".into();
        let v = run(&[vec![label.clone(), named]]);
        assert_eq!(v.len(), 1);
        assert_eq!((v[0].category, v[0].level), (Category::Comments, 1));
        // the words alone in the article, in a sentence of the story, stay
        let mut prose =
            el("p", "O senador pediu: deixe sua opinião de lado e leia o relatório inteiro antes de votar.");
        prose.in_article = true;
        assert!(run(&[vec![prose]]).is_empty());
    }

    #[test]
    fn a_form_the_site_named_goes_with_its_title_line_but_not_with_the_links_around_it() {
        let mut form = el("form", "");
        form.class = "email-subscribe".into();
        form.inputs = vec!["email".into()];
        form.buttons = vec!["Subscribe".into()];
        form.page_article = true;
        // The title adds no wording, so the box scores below the named form alone, and still passes.
        let titled_box = ElementFacts {
            tag: "div".into(),
            class: "box".into(),
            text: "Updates by e-mail:".into(),
            text_len: 18,
            ..form.clone()
        };
        let footer_block = ElementFacts {
            text: "Follow Us: Facebook Twitter RSS Updates by e-mail: Donors' corner, annual report".into(),
            text_len: 80,
            links: 5,
            ..titled_box.clone()
        };
        let v = run(&[vec![form, titled_box, footer_block]]);
        assert_eq!(v.len(), 1);
        assert_eq!((v[0].category, v[0].level), (Category::Newsletter, 1));
    }

    #[test]
    fn an_article_card_of_a_few_lines_can_be_hidden_but_an_article_element_with_the_text_cannot() {
        let buy_box = |len: u32, page_article: bool| {
            let mut body = el("div", "Instant access to the full article PDF. 37,40 € Price includes VAT");
            body.page_article = page_article;
            let mut card =
                el("article", "Buy single article Instant access to the full article PDF. 37,40 € Price includes VAT");
            card.text_len = len;
            card.page_article = page_article;
            vec![body, card]
        };
        let v = run(&[buy_box(85, true)]);
        assert_eq!((v[0].category, v[0].level), (Category::Paywall, 1), "the card with its title");
        assert_eq!(run(&[buy_box(CARD_LEN + 1, true)])[0].level, 0, "a long article element stays");
        assert_eq!(run(&[buy_box(85, false)])[0].level, 0, "no article found: every article element stays");
        // a sign-up form's box with its pitch and fine print, under the tag themes give every box
        let signup = |len: u32| {
            let mut form = el("form", "Email Subscribe");
            form.inputs = vec!["email".into()];
            form.buttons = vec!["Subscribe".into()];
            form.page_article = true;
            let mut card =
                el("article", "Sign up for our newsletter. We send the day's news every morning. Email Subscribe");
            card.text_len = len;
            card.inputs = form.inputs.clone();
            card.buttons = form.buttons.clone();
            card.page_article = true;
            vec![form, card]
        };
        assert_eq!(run(&[signup(500)])[0].level, 1, "the form's card");
        assert_eq!(run(&[signup(FORM_CARD_LEN + 1)])[0].level, 0, "a long article element stays, form or not");
    }

    #[test]
    fn a_sign_in_box_the_reader_opened_stays() {
        let mut dialog = el("div", "Sign in to continue reading Sign in");
        dialog.role = "dialog".into();
        dialog.buttons = vec!["Sign in".into()];
        dialog.inputs = vec!["email".into(), "password".into()];
        assert_eq!(run(&[vec![dialog.clone()]]).len(), 1);
        dialog.user_opened = true;
        assert!(run(&[vec![dialog]]).is_empty());
    }

    #[test]
    fn a_newsletter_box_is_found_by_its_form_and_an_outer_twin_wrapper_is_taken() {
        let mut form = el("form", "The Morning Brief newsletter: sign up to get it every day");
        form.inputs = vec!["email".into()];
        form.buttons = vec!["Sign up".into()];
        let wrapper = ElementFacts { tag: "div".into(), ..form.clone() };
        let v = run(&[vec![form, wrapper]]);
        assert_eq!(v.len(), 1);
        assert_eq!((v[0].category, v[0].level), (Category::Newsletter, 1));
    }

    #[test]
    fn a_long_sign_up_box_goes_when_it_names_its_newsletter_and_stays_when_it_does_not() {
        let fine =
            "Mit der Anmeldung bestätige ich, dass ich die Hinweise zum Datenschutz gelesen habe und dass meine \
            Daten zum Versand verarbeitet werden dürfen. Die Einwilligung kann ich jederzeit mit Wirkung für die \
            Zukunft gegenüber dem Verlag widerrufen, etwa über den Link am Ende jeder Ausgabe. Weitere \
            Informationen zur Verarbeitung meiner Daten und zu meinen Rechten finden sich in der \
            Datenschutzerklärung des Verlags.";
        let boxed = |topic: &str| {
            let mut e = el(
                "div",
                &format!("Der {topic} für Unternehmer: jeden Dienstag Know-how und Erfolgsrezepte. {fine} Anmelden"),
            );
            e.inputs = vec!["text".into(), "email".into()];
            e.buttons = vec!["Anmelden".into()];
            e.page_article = true;
            e
        };
        let named = boxed("Newsletter");
        assert!(named.text_len > 400, "long enough to be more than a form");
        let v = run(&[vec![named]]);
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!(v[0].category, Category::Newsletter);
        assert!(v[0].reason.contains("names its newsletter"), "{}", v[0].reason);
        assert!(run(&[vec![boxed("Wettbewerb")]]).is_empty(), "a competition's entry form is not a sign-up");
    }

    #[test]
    fn a_sign_in_pop_up_drawn_in_the_page_goes_with_its_register_form_but_not_with_a_column_of_other_boxes() {
        let mut form = el("form", "Sign in Email Password Log in Forgot your password?");
        form.inputs = vec!["email".into(), "password".into()];
        form.buttons = vec!["Log in".into(), "Forgot your password?".into()];
        form.headings = 1;
        let register =
            "Create an account Name Email Password Repeat password By registering you accept the terms of use. ";
        let mut panel = el("div", &format!("Sign in Email Password Log in Forgot your password? {register}Register"));
        panel.inputs = vec![
            "email".into(),
            "password".into(),
            "text".into(),
            "email".into(),
            "password".into(),
            "password".into(),
        ];
        panel.buttons = vec!["Log in".into(), "Forgot your password?".into(), "Register".into(), "Next".into()];
        panel.headings = 3;
        let v = run(&[vec![form.clone(), panel.clone()]]);
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!((v[0].category, v[0].box_level), (Category::Login, 1));
        // one more way in: a second sign-in form with another account
        let mut wrapper = el("div", "Sign in Email Password Log in Forgot your password? You can also sign in with an external account of another service you already use. Log in");
        wrapper.inputs = vec!["email".into(), "password".into(), "url".into()];
        wrapper.buttons = vec!["Log in".into(), "Forgot your password?".into(), "Log in".into()];
        wrapper.headings = 1;
        let v = run(&[vec![form.clone(), wrapper]]);
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!(v[0].box_level, 1);
        // a column that adds other sections' buttons is not the sign-in widget
        let mut column = el(
            "div",
            &format!("Sign in Email Password Log in Forgot your password? {register}Most read Weather Share"),
        );
        column.inputs = panel.inputs.clone();
        column.buttons = vec!["Log in".into(), "Forgot your password?".into(), "Share".into(), "Play".into()];
        column.headings = 5;
        column.links = 12;
        let v = run(&[vec![form, column]]);
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!(v[0].box_level, 0);
    }

    #[test]
    fn a_footer_that_is_all_its_sign_up_box_goes_with_it_but_a_footer_with_its_own_links_stays() {
        let text = "Get our updates and tutorials straight to your inbox with the newsletter. Subscribe";
        let mut cta = el("div", text);
        cta.class = "newsletter-cta".into();
        cta.links = 1;
        let mut post_footer = el("footer", text);
        post_footer.links = 1;
        let v = run(&[vec![cta.clone(), post_footer.clone()]]);
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!((v[0].category, v[0].level, v[0].box_level), (Category::Newsletter, 1, 0));
        // the site's footer around the same box, with its logo's link, is the site's
        let mut site_footer = post_footer;
        site_footer.links = 2;
        let v = run(&[vec![cta, site_footer]]);
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!(v[0].level, 0);
    }

    #[test]
    fn a_sign_up_form_in_a_pop_up_takes_the_pop_up_but_not_a_sign_in_box_the_reader_opened() {
        let mut form = el("form", "Email * Subscribe");
        form.inputs = vec!["email".into(), "submit".into()];
        form.buttons = vec!["Subscribe".into()];
        form.class = "mailpoet_form".into();
        let pitch = "Dear readers, social media shows you only a sliver of what we publish. Every Wednesday our editor picks the week's reviews and interviews. ";
        let mut content = el("div", &format!("{pitch}Email * Subscribe"));
        content.inputs = form.inputs.clone();
        content.buttons = form.buttons.clone();
        let mut popup = el("div", &format!("Newsletter {pitch}Email * Subscribe ×"));
        popup.inputs = form.inputs.clone();
        popup.buttons = vec!["Subscribe".into(), "×".into()];
        popup.role = "dialog".into();
        popup.position = "fixed".into();
        let v = run(&[vec![form.clone(), content.clone(), popup.clone()]]);
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!((v[0].category, v[0].level, v[0].box_level), (Category::Newsletter, 2, 0));
        // the same form in a box that floats over nothing stays the form's box
        let mut aside = popup.clone();
        aside.role = String::new();
        aside.position = "static".into();
        let v = run(&[vec![form, content, aside]]);
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!(v[0].level, 0);
        // a sign-in dialog the reader opened is not widened to
        let mut login = el("form", "Username Password Sign in");
        login.inputs = vec!["text".into(), "password".into()];
        login.buttons = vec!["Sign in".into()];
        login.class = "newsletter-signup".into();
        let mut modal = el("div", "Members' area Username Password Sign in Forgot your password?");
        modal.aria_modal = true;
        modal.user_opened = true;
        modal.inputs = login.inputs.clone();
        modal.buttons = login.buttons.clone();
        assert!(run(&[vec![login, modal]]).iter().all(|v| v.level == 0));
    }

    #[test]
    fn a_consent_plugin_s_settings_text_takes_the_dialog_however_deep_its_layout_nests_it() {
        let text = "This website uses cookies to improve your experience while you navigate through the website.";
        // the text box, then layout wrappers (row, column, body, content, dialog frame), then the modal
        let mut chain: Vec<ElementFacts> = (0..8).map(|_| el("div", text)).collect();
        let mut modal = el("div", &format!("Privacy Overview {text} Necessary Always Enabled Save & Accept"));
        modal.class = "cli-modal".into();
        modal.role = "dialog".into();
        modal.buttons = vec!["Save & Accept".into()];
        chain.push(modal);
        let v = run(&[chain]);
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!((v[0].category, v[0].level), (Category::Cookie, 8));
    }

    #[test]
    fn a_member_link_in_a_footer_menu_stays_but_a_two_button_call_to_action_goes() {
        let mut item = el("li", "Become a supporter");
        item.links = 1;
        item.link_text_len = 18;
        item.buttons = vec!["Become a supporter".into()];
        let mut menu = el("ul", "Masthead Careers Ethics policy Become a supporter Contact");
        menu.links = 5;
        menu.link_text_len = 53;
        assert_eq!(cats("Become a supporter"), vec![Category::Donation]);
        assert!(run(&[vec![item.clone(), menu]]).is_empty());
        let mut cta = el("div", "Become a supporter Renew");
        cta.links = 2;
        cta.link_text_len = 23;
        assert_eq!(run(&[vec![item, cta]]).len(), 1);
    }

    #[test]
    fn a_widget_title_s_box_with_a_paypal_image_button_and_hidden_fields_is_the_box() {
        let title = el("h2", "Spende via PayPal");
        let mut widget = el("aside", "Spende via PayPal Möchtest du uns einfach nur unterstützen? Das geht hier.");
        widget.inputs = ["hidden", "hidden", "image"].map(String::from).to_vec();
        widget.headings = 1;
        let v = run(&[vec![title.clone(), widget.clone()]]);
        assert_eq!((v.len(), v[0].level), (1, 1), "{v:?}");
        // a box that adds a field to fill in is another form than its title
        widget.inputs = ["hidden", "email", "submit"].map(String::from).to_vec();
        let v = run(&[vec![title, widget]]);
        assert!(v.iter().all(|v| v.level == 0), "{v:?}");
    }

    #[test]
    fn entries_of_a_navigation_menu_stay_however_they_are_worded() {
        let mut entry =
            el("li", "Emails Our emails are made to shine in your inbox, with something fresh every morning");
        entry.links = 1;
        entry.link_text_len = 6;
        let mut list = el("ul", "Discover Membership Become a member Emails Our emails are made to shine in your inbox, with something fresh every morning Podcast");
        list.links = 4;
        list.link_text_len = 40;
        let mut nav = list.clone();
        nav.tag = "nav".into();
        assert!(!run(&[vec![entry.clone(), list.clone()]]).is_empty(), "outside a menu the entry reads as an ask");
        assert!(run(&[vec![entry.clone(), list.clone(), nav]]).is_empty());
        let mut by_role = list.clone();
        by_role.tag = "div".into();
        by_role.role = "navigation".into();
        assert!(run(&[vec![entry, list.clone(), by_role.clone()]]).is_empty());
        // a sign-up form in a footer's menu is a form, and a bell in a menu is a notification prompt
        let mut form = el(
            "section",
            "Newsletter Signup Join our mailing list to get weekly updates delivered to your inbox. Sign up",
        );
        form.inputs = vec!["email".into()];
        form.buttons = vec!["Sign up".into()];
        assert_eq!(run(&[vec![form.clone(), by_role.clone()]]).len(), 1);
        form.inputs.clear();
        form.headings = 1; // its form not drawn yet: the titled box is still a widget
        assert_eq!(run(&[vec![form, by_role.clone()]]).len(), 1);
        let mut bell = el("div", "Turn on browser notifications for breaking news");
        bell.buttons = vec!["Turn on".into()];
        assert_eq!(run(&[vec![bell, by_role.clone()]]).len(), 1);
        // a footer column that gives the bank account for gifts is the ask, its "give now" entry is an entry
        let column = |text: &str| {
            let mut c = el("div", text);
            c.links = 2;
            c.link_text_len = text.chars().count() as u32 - 12;
            c
        };
        let account =
            column("Spendenkonto IBAN: DE02 1203 0000 0000 2020 51 BIC: BYLADEM1001 Steuernummer 12/345/67890");
        assert_eq!(run(&[vec![account, by_role.clone()]]).len(), 1);
        let entry = column("Spendenkonto Jetzt spenden: so hilft Ihre Spende");
        assert!(!explain(std::slice::from_ref(&entry), &Matchers::new(), &Structure::new(), &Settings::default())[0]
            .scores
            .is_empty());
        assert!(run(&[vec![entry, by_role]]).is_empty());
    }

    #[test]
    fn a_header_holding_a_donate_link_among_its_navigation_is_not_a_banner() {
        let mut header = el("header", "Skip to content Home About Projects Blog Donate now Contact");
        header.links = 7;
        header.link_text_len = 35;
        header.buttons = ["Home", "About", "Projects", "Blog", "Donate now", "Contact"].map(String::from).to_vec();
        assert!(run(&[vec![header.clone()]]).is_empty());
        // the same ask written out in the box's own prose is a banner
        let mut banner = el("div", "Your support helps us keep the archive open. Donate now Later");
        banner.links = 3;
        banner.link_text_len = 20;
        banner.buttons = vec!["Donate now".into(), "Later".into(), "×".into()];
        assert_eq!(run(&[vec![banner]]).len(), 1);
        // the one box that fills the header is the header: its register link stays
        let mut link = el("div", "Anmelden oder kostenlos registrieren");
        link.links = 2;
        link.link_text_len = 30;
        link.buttons = vec!["Anmelden".into(), "kostenlos registrieren".into()];
        let text = "Suche Märkte Aktien Fonds Anleihen Devisen Rohstoffe Anmelden oder kostenlos registrieren";
        let mut head = el("div", text);
        head.links = 9;
        head.link_text_len = 80;
        head.buttons = link.buttons.clone();
        let mut header = el("header", text);
        header.links = 9;
        header.link_text_len = 80;
        header.buttons = link.buttons.clone();
        let v = run(&[vec![link, head, header]]);
        assert!(v.iter().all(|v| v.level == 0), "{v:?}");
    }

    #[test]
    fn a_push_button_in_a_navigation_bar_goes_alone_even_before_the_bar_s_menu_is_rendered() {
        // The bar's region menu is a script's custom elements, not links yet: the box that fills the `nav` is
        // still the site's navigation, and a chain from the bar's hidden account link must not land on it.
        let text =
            "Zona Norte Valparaíso Metropolitana Bío Bío Los Ríos Iniciar sesión Activar notificaciones Escuchar Radio";
        let mut bar = el("div", text);
        bar.class = "container".into();
        bar.buttons = vec!["Activar notificaciones".into()];
        let mut nav = el("nav", text);
        nav.class = "navbar navbar-top".into();
        nav.buttons = bar.buttons.clone();
        let account = el("a", "Iniciar sesión");
        let mut button = el("div", "Activar notificaciones");
        button.class = "button-container sub-button".into();
        button.buttons = vec!["Activar notificaciones".into()];
        let v = run(&[vec![account, bar.clone(), nav.clone()], vec![button, bar, nav]]);
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!((v[0].chain, v[0].level, v[0].category), (1, 0, Category::Notification));
    }

    /// A box that is only a row of links with these labels.
    fn link_row(labels: &[&str]) -> ElementFacts {
        let text = labels.join(" ");
        let mut row = el("div", &text);
        row.links = labels.len() as u32;
        row.link_text_len = text.chars().count() as u32;
        row.buttons = labels.iter().map(|l| l.to_string()).collect();
        row
    }

    #[test]
    fn a_push_link_in_a_row_of_links_goes_but_a_member_link_in_the_same_row_stays() {
        let row = |last: &str| link_row(&["Werben auf", "Email an die Redaktion", last]);
        let push = "Push-Nachrichten empfangen";
        let v = run(&[vec![el("a", push), row(push)]]);
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!((v[0].level, v[0].category), (0, Category::Notification));
        let member = "Jetzt Mitglied werden";
        assert!(run(&[vec![el("a", member), row(member)]]).is_empty());
        // the same link among the footer's links is an entry of the site's map
        let mut footer = row(push);
        footer.tag = "footer".into();
        assert!(run(&[vec![el("a", push), row(push), footer]]).is_empty());
    }

    #[test]
    fn a_bar_of_asks_goes_whole_but_a_row_of_links_with_one_ask_keeps_its_other_links() {
        let bar = link_row(&["Jetzt spenden!", "Aktiv werden", "Mitglied werden"]);
        let v = run(&[vec![el("a", "Jetzt spenden!"), bar]]);
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!((v[0].level, v[0].category), (1, Category::Donation));
        let links = link_row(&["Shop", "Jetzt spenden!", "Presse"]);
        let v = run(&[vec![el("a", "Jetzt spenden!"), links]]);
        assert!(v.iter().all(|v| v.level == 0), "{v:?}");
    }

    #[test]
    fn the_steps_of_a_sign_in_form_each_titled_go_as_the_form() {
        // Address, password and a first-visit message are sections of one form, each with its own title.
        let mut social = el("div", "Connexion Se connecter avec Facebook ou Valider Mot de passe oublié Inscription");
        social.headings = 1;
        social.inputs = vec!["email".into()];
        let mut password = el("div", "Connexion Identifiant : Valider Mot de passe oublié Inscription");
        password.headings = 1;
        password.inputs = vec!["password".into()];
        let text = format!("{} {} Connexion Un lien vous a été envoyé par mail.", social.text, password.text);
        let mut form = el("form", &text);
        form.headings = 4;
        form.inputs = vec!["email".into(), "password".into()];
        let v = run(&[vec![social.clone(), form.clone()], vec![password.clone(), form.clone()]]);
        assert!(!v.is_empty() && v.iter().all(|v| (v.level, v.category) == (1, Category::Login)), "{v:?}");
        // a box of sections that is not one form keeps its sections apart
        let mut column = form;
        column.tag = "div".into();
        let v = run(&[vec![social, column]]);
        assert!(!v.is_empty() && v.iter().all(|v| v.level == 0), "{v:?}");
    }

    #[test]
    fn a_blog_post_with_a_leave_a_comment_link_stays_and_only_the_link_goes() {
        let mut link = el("a", "Hinterlasse einen Kommentar");
        link.after_article = true;
        let mut meta = el("div", "Veröffentlicht unter Allgemein | Hinterlasse einen Kommentar");
        meta.links = 2;
        meta.link_text_len = 36;
        meta.buttons = vec!["Allgemein".into(), "Hinterlasse einen Kommentar".into()];
        meta.after_article = true;
        let mut post = el(
            "div",
            &format!("Marktforschung begegnet Occupy {} Hinterlasse einen Kommentar", "Text des Beitrags. ".repeat(40)),
        );
        post.links = 7;
        post.link_text_len = 110;
        post.buttons =
            vec!["Marktforschung begegnet Occupy".into(), "Tom".into(), "Hinterlasse einen Kommentar".into()];
        post.after_article = true;
        // The chain that starts at the post's meta line: at most that line, never the post.
        assert!(run(&[vec![meta.clone(), post.clone()]]).iter().all(|v| v.level == 0));
        // The chain that starts at the link: the link, not the post.
        let v = run(&[vec![link, meta, post]]);
        assert_eq!((v.len(), v[0].level, v[0].category), (1, 0, Category::Comments));
    }

    #[test]
    fn a_comment_login_prompt_is_a_comment_prompt() {
        let mut section = el("section", "You must log in or create an account to comment. Log in Create account");
        section.buttons = vec!["Log in".into(), "Create account".into()];
        section.after_article = true;
        let v = run(&[vec![section]]);
        assert_eq!(v.len(), 1);
        assert_eq!(v[0].category, Category::Comments);
    }

    #[test]
    fn a_subscriber_gate_over_the_comments_is_a_comment_prompt_and_over_the_article_a_paywall() {
        let gate = |text: &str| {
            let mut band = el("div", text);
            band.buttons = vec!["Suscribite".into()];
            band.after_article = true;
            run(&[vec![band]])
        };
        let v = gate("Comentar las notas es exclusivo para suscriptores. Suscribite para comentar");
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!(v[0].category, Category::Comments);
        let v = gate("Este contenido es exclusivo para suscriptores. Suscribite");
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!(v[0].category, Category::Paywall);
    }

    fn cats(text: &str) -> Vec<Category> {
        Matchers::new().wording_categories(text, &Settings::default()).iter().collect()
    }

    #[test]
    fn a_push_prompt_with_accept_and_refuse_is_taken_at_its_frame() {
        let body = el("div", "Get push notifications from the Daily Planet");
        let mut frame = el("div", "Planet alerts Get push notifications from the Daily Planet Accept Refuse");
        frame.buttons = vec!["Accept".into(), "Refuse".into()];
        let v = run(&[vec![body, frame]]);
        assert_eq!(v.len(), 1);
        assert_eq!((v[0].category, v[0].level), (Category::Notification, 1));
    }

    #[test]
    fn a_switched_off_category_hides_nothing() {
        let mut b = el("div", "We use cookies to improve your visit. Accept all");
        b.buttons = vec!["Accept all".into()];
        let mut s = Settings::default();
        assert_eq!(classify(&[vec![b.clone()]], &Matchers::new(), &Structure::new(), &s).len(), 1);
        s.categories.insert("cookie".into(), false);
        assert!(classify(&[vec![b]], &Matchers::new(), &Structure::new(), &s).is_empty());
    }
}
