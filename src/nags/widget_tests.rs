//! Unit tests of the signals that recognise embedded widgets (issue 11, item 3), each with a positive case and
//! a negative case of the same shape: form signatures that stand in for wording (a sign-in form, an email
//! sign-up, a comment form, amounts to choose from), the widget's own box (its title, its thread, not the
//! site's header or a rail that holds other widgets), frames embedded in another page, and the ask quoted in an
//! article's prose.

use super::{classify, explain, Candidate, Matchers, Structure};
use crate::model::{Category, ElementFacts, Verdict};
use crate::settings::Settings;

fn el(tag: &str, text: &str) -> ElementFacts {
    ElementFacts {
        tag: tag.into(),
        text: text.into(),
        text_len: text.chars().count() as u32,
        page_text_share: 0.02,
        page_article: true,
        ..Default::default()
    }
}

fn strings(xs: &[&str]) -> Vec<String> {
    xs.iter().map(|x| x.to_string()).collect()
}

fn run(chains: &[Candidate]) -> Vec<Verdict> {
    classify(chains, &Matchers::new(), &Structure::new(), &Settings::default())
}

/// A sidebar sign-in box: the form, then its section with a heading and the lost-password and register links.
fn sign_in_box() -> Candidate {
    let mut form = el("form", "Username or Email Address Password Keep me here Log In");
    form.inputs = strings(&["text", "password", "checkbox", "submit"]);
    form.buttons = strings(&["Log In"]);
    let mut section =
        el("section", "Members' area Username or Email Address Password Keep me here Log In Reset it · Register");
    section.inputs = form.inputs.clone();
    section.buttons = strings(&["Log In", "Reset it", "Register"]);
    section.links = 2;
    section.link_text_len = 16;
    section.headings = 1;
    vec![form, section]
}

#[test]
fn a_sign_in_form_beside_an_article_is_a_login_box_with_its_title() {
    let v = run(&[sign_in_box()]);
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!((v[0].category, v[0].level), (Category::Login, 1), "the section with its heading");
    assert!(v[0].reason.contains("a sign-in form"), "{}", v[0].reason);
}

#[test]
fn a_sign_in_form_on_a_page_without_an_article_is_the_page() {
    let chain: Candidate = sign_in_box().into_iter().map(|e| ElementFacts { page_article: false, ..e }).collect();
    assert!(run(&[chain]).is_empty(), "a login page's form is its content");
}

#[test]
fn an_email_sign_up_needs_no_wording_but_a_registration_email_field_is_no_sign_up() {
    let mut signup =
        el("div", "The Sunday letter Our best stories of the week, every Sunday. Your email address Je m'inscris");
    signup.inputs = strings(&["email"]);
    signup.buttons = strings(&["Je m'inscris"]);
    signup.in_article = true;
    let v = run(&[vec![signup.clone()]]);
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(v[0].category, Category::Newsletter);
    // a registration step whose only button continues is not a sign-up by its form alone
    let mut step = el("div", "Tell us about yourself First name Your email address Continue");
    step.inputs = strings(&["text", "email"]);
    step.buttons = strings(&["Continue"]);
    step.in_article = true;
    assert!(run(&[vec![step]]).is_empty());
}

#[test]
fn a_comment_form_after_the_article_and_a_contact_form_elsewhere() {
    let mut form = el("div", "Comment * Name * Email * Website Post Comment");
    form.inputs = strings(&["textarea", "text", "email", "url", "submit"]);
    form.buttons = strings(&["Post Comment"]);
    form.after_article = true;
    let v = run(&[vec![form]]);
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(v[0].category, Category::Comments);
    let mut contact = el("div", "Write to the editors Your message Send");
    contact.inputs = strings(&["textarea"]);
    contact.buttons = strings(&["Send"]);
    assert!(run(&[vec![contact]]).is_empty(), "a text area that speaks of no comments, not after the article");
}

#[test]
fn a_comment_form_inside_the_article_container_is_known_by_its_button() {
    // A plugin's form with no heading, inside the container the finder took for the article: the button names it.
    let mut form = el("form", "Name* Email* Website");
    form.inputs = strings(&["textarea", "text", "email", "text", "submit"]);
    form.buttons = strings(&["Post Comment"]);
    form.in_article = true;
    let v = run(&[vec![form]]);
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(v[0].category, Category::Comments);
    // a quiz's text box in the article, with a button that says nothing of comments, stays
    let mut quiz = el("form", "Your answer");
    quiz.inputs = strings(&["textarea", "submit"]);
    quiz.buttons = strings(&["Post"]);
    quiz.in_article = true;
    assert!(run(&[vec![quiz]]).is_empty(), "a text box and a Post button in the article");
}

#[test]
fn amount_buttons_make_a_donation_form_but_money_in_prose_does_not() {
    let mut form = el("form", "€ Montant €15 €30 €50 Montant libre Je donne");
    form.inputs = strings(&["tel", "radio", "email", "submit"]);
    form.buttons = strings(&["€15", "€30", "€50", "Montant libre", "Je donne"]);
    let v = run(&[vec![form]]);
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(v[0].category, Category::Donation);
    assert!(v[0].reason.contains("amounts to choose from"), "{}", v[0].reason);
    // a paragraph with sums of money and a vote's radio buttons is no donation form
    let mut poll = el("div", "Should the $61 million plan go ahead? Yes No The surcharge is $3.40 a month.");
    poll.inputs = strings(&["radio", "radio"]);
    poll.buttons = strings(&["Vote"]);
    assert!(run(&[vec![poll]]).is_empty());
}

#[test]
fn radio_amounts_beside_an_appeal_in_german() {
    let text = "Eine kurze Bitte Wenn alle, die das lesen, einen kleinen Betrag geben … einmalig monatlich 5 € 10 € 25 € 50 € Weiter Vielleicht später";
    let mut banner = el("div", text);
    banner.inputs = strings(&["radio", "radio", "radio", "radio", "radio", "radio", "radio", "text"]);
    banner.buttons = strings(&["×", "Weiter", "Vielleicht später"]);
    let v = run(&[vec![banner]]);
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(v[0].category, Category::Donation);
}

#[test]
fn an_ask_quoted_in_the_article_stays_but_the_same_ask_with_its_button_goes() {
    let text = "Many end an article with a line such as “your support helps us keep reporting”, followed by a button to make a contribution.";
    let mut p = el("p", text);
    p.in_article = true;
    assert!(run(&[vec![p.clone()]]).is_empty(), "prose about asks");
    p.tag = "div".into();
    p.buttons = strings(&["Donate now"]);
    assert_eq!(run(&[vec![p]]).len(), 1, "the ask itself, with its button");
}

#[test]
fn a_comment_line_the_site_names_for_its_comments_goes_even_inside_the_article() {
    // A blog's "Submit comments on this post to <address>" and a story footer's comment box, both taken into
    // the article by the finder: the same line in a box of no name is a passage of the article.
    for (text, class) in [
        ("Submit comments on this post to <editor@example.org>.", "comments"),
        ("Share your voice 0 comments", "comment-container"),
    ] {
        let mut p = el("p", text);
        p.in_article = true;
        assert!(run(&[vec![p.clone()]]).is_empty(), "a line of the article: {text}");
        p.class = class.into();
        let verdicts = run(&[vec![p]]);
        assert_eq!(verdicts.len(), 1, "the site's comment line: {text}");
        assert_eq!(verdicts[0].category, Category::Comments);
    }
}

#[test]
fn a_line_sending_the_reader_to_the_push_bell_goes_even_inside_the_article() {
    // set in bold at the foot of a story, with no control of its own (the bell is the site's, drawn apart);
    // the same imperative about a church's bell matches no rule and stays
    for text in [
        "Use the little red bell at the bottom right to stay informed!",
        "Nutze die kleine rote Glocke unten rechts, um informiert zu werden!",
        "Cliquez sur la petite cloche en bas à droite pour suivre l'actualité !",
    ] {
        let mut line = el("strong", text);
        line.in_article = true;
        let v = run(&[vec![line]]);
        assert_eq!(v.len(), 1, "{text}: {v:?}");
        assert_eq!(v[0].category, Category::Notification);
    }
    let mut prose = el("p", "The sexton said he would ring the little bell at noon, as every Sunday.");
    prose.in_article = true;
    assert!(run(&[vec![prose]]).is_empty());
}

#[test]
fn an_appeal_set_apart_in_italics_at_the_foot_of_the_story_goes() {
    // `<p><em>…</em></p>`: the site's own note; the same words as a sentence of the reporting stay
    let text = "If you want our reporting to stay independent of the powerful, please support us with a donation!";
    let inside = |tag: &str| {
        let mut e = el(tag, text);
        e.in_article = true;
        e
    };
    let v = run(&[vec![inside("em"), inside("p")]]);
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(v[0].category, Category::Donation);
    assert!(run(&[vec![inside("p")]]).is_empty(), "a plain paragraph of the story");
}

#[test]
fn a_row_of_the_site_s_asks_under_the_story_goes_but_its_account_bar_stays() {
    // each link but one is another ask: subscribe, give by bank transfer, subscribe to the channel
    let row = |in_article: bool| {
        let text = "Subscribe to the Ledger, give by bank transfer, subscribe to Ledger TV, to the Ledger Clips channel and watch:";
        let mut p = el("p", text);
        p.in_article = in_article;
        p.links = 4;
        p.link_text_len = 88;
        p.buttons =
            strings(&["Subscribe to the Ledger", "give by bank transfer", "subscribe to Ledger TV", "Ledger Clips"]);
        p
    };
    let v = run(&[vec![row(true)]]);
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(v[0].category, Category::Donation);
    assert!(run(&[vec![row(false)]]).is_empty(), "the same row outside the story is a row of the site's links");
    let mut bar = el("div", "In the shops: July · Subscribe · Give by bank transfer · Log in · Archive");
    bar.links = 4;
    bar.link_text_len = 43;
    bar.buttons = strings(&["Subscribe", "Give by bank transfer", "Log in", "Archive"]);
    assert!(run(&[vec![bar]]).is_empty(), "the site's account bar");
}

#[test]
fn a_strip_beside_the_site_s_sign_in_button_goes_without_it() {
    // the header's strip that asks for gifts, in a box that adds the site's "Sign in" and "Join" buttons: the
    // strip goes, the way in for members stays
    let strip = el("div", "Independent journalism needs your support");
    let mut corner = el("div", "Independent journalism needs your support Sign in Join us");
    corner.buttons = strings(&["Sign in", "Join us"]);
    corner.links = 2;
    corner.link_text_len = 14;
    let v = run(&[vec![strip.clone(), corner.clone()]]);
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(v[0].level, 0, "{v:?}");
    // the same box with a close button and a "Give" link is the strip's own
    corner.text = "Independent journalism needs your support Give Close".into();
    corner.text_len = corner.text.chars().count() as u32;
    corner.buttons = strings(&["Give", "Close"]);
    let v = run(&[vec![strip, corner]]);
    assert_eq!(v[0].level, 1, "{v:?}");
}

#[test]
fn a_rail_holding_another_widget_does_not_win_a_widget_s_chain() {
    // an invitation to browser alerts in a rail that also holds a donation panel: the rail scores higher for
    // donation (the panel's words and button), but that is the panel's own chain to decide
    let mut invite = el("section", "Breaking news, sent right to your browser Be first to hear. Enable notifications");
    invite.buttons = strings(&["Enable notifications"]);
    let mut rail = el(
        "div",
        "Breaking news, sent right to your browser Be first to hear. Enable notifications Stand with us A gift of any size keeps them there. Give today",
    );
    rail.buttons = strings(&["Enable notifications", "Give today"]);
    rail.links = 1;
    rail.headings = 2;
    let v = run(&[vec![invite, rail]]);
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!((v[0].category, v[0].level), (Category::Notification, 0));
}

#[test]
fn a_strip_in_the_site_header_is_hidden_but_never_the_header() {
    let mut strip =
        el("div", "Support the Ledger Reporting for everyone, paid for by the people who read it Support us");
    strip.buttons = strings(&["Support us"]);
    strip.links = 1;
    strip.link_text_len = 10;
    let mut header = el(
        "header",
        "The Ledger Support the Ledger Reporting for everyone, paid for by the people who read it Support us",
    );
    header.buttons = strip.buttons.clone();
    header.links = 2;
    header.link_text_len = 20;
    header.headings = 1;
    let v = run(&[vec![strip, header]]);
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!((v[0].category, v[0].level), (Category::Donation, 0));
}

#[test]
fn a_box_holding_a_hidden_box_is_never_the_verdict() {
    let mut panel = el("div", "A gift of any size keeps our lawyers in court. Give today");
    panel.buttons = strings(&["Give today"]);
    let mut slot = el("div", "A gift of any size keeps our lawyers in court. Give today Members' area Password Log In");
    slot.buttons = strings(&["Give today", "Log In"]);
    slot.inputs = strings(&["text", "password"]);
    let v = run(&[vec![panel.clone(), slot.clone()]]);
    assert_eq!(v[0].level, 0, "a rail with a sign-in form beside the panel");
    // the same text when the panel's sibling was hidden before: the wrapper is not even a twin to climb to
    slot.text = panel.text.clone();
    slot.text_len = panel.text_len;
    slot.buttons = panel.buttons.clone();
    slot.inputs = Vec::new();
    assert_eq!(run(&[vec![panel.clone(), slot.clone()]])[0].level, 1, "an empty wrapper is the same box");
    slot.holds_hidden = true;
    assert_eq!(run(&[vec![panel, slot]])[0].level, 0, "a wrapper around a hidden box stays");
}

#[test]
fn a_frame_s_whole_content_may_go_but_a_page_s_may_not() {
    let mut box_ = el("div", "Your privacy matters to us. We and our 212 partners store and access information on your device. Accept all Reject");
    box_.buttons = strings(&["Accept all", "Reject"]);
    box_.page_text_share = 1.0;
    box_.page_article = false;
    assert!(run(&[vec![box_.clone()]]).is_empty(), "on a page of its own it is the page");
    box_.embedded = true;
    let v = run(&[vec![box_]]);
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(v[0].category, Category::Cookie);
}

#[test]
fn a_comment_form_takes_its_thread_but_not_the_site_after_it() {
    let mut form = el("div", "Add a comment Post");
    form.inputs = strings(&["textarea"]);
    form.buttons = strings(&["Post"]);
    form.after_article = true;
    let mut thread = el("div", "Add a comment Post Sylvie R. The children's room is lovely, we went on Sunday. Reply");
    thread.inputs = form.inputs.clone();
    thread.buttons = strings(&["Post", "Reply"]);
    thread.after_article = true;
    thread.links = 1;
    thread.link_text_len = 5;
    let v = run(&[vec![form.clone(), thread]]);
    assert_eq!(v[0].level, 1, "the readers' comments go with the form: {v:?}");
    let mut site = el("div", "Add a comment Post Related stories Today on the site ← Previous story Next story →");
    site.inputs = form.inputs.clone();
    site.buttons = strings(&["Post", "← Previous story", "Next story →"]);
    site.after_article = true;
    site.links = 2;
    site.link_text_len = 28;
    site.headings = 2;
    assert_eq!(run(&[vec![form, site]])[0].level, 0, "other sections' headings and links are the site");
}

#[test]
fn a_box_with_many_links_is_part_of_the_site() {
    let text = "Sign up to comment Sign in News Tech Science Policy Cars Gaming Culture Store Forums Subscribe Close";
    let mut menu = el("div", text);
    menu.links = 14;
    menu.link_text_len = 60;
    menu.buttons = strings(&["Close"]);
    assert!(run(&[vec![menu.clone()]]).is_empty(), "{:?}", run(&[vec![menu.clone()]]));
    menu.links = 2;
    menu.link_text_len = 10;
    assert_eq!(run(&[vec![menu]]).len(), 1);
}

#[test]
fn a_titled_box_with_no_evidence_does_not_borrow_its_rail_s() {
    let mut form = el("form", "Your email Go");
    form.inputs = strings(&["email"]);
    form.buttons = strings(&["Go"]);
    let mut titled = el("div", "Report an error on this page Your email Go");
    titled.inputs = form.inputs.clone();
    titled.buttons = form.buttons.clone();
    titled.headings = 1;
    let mut rail = el("aside", "Most read … Keep us independent: join the readers who fund our local reporting. Join now Report an error on this page Your email Go");
    rail.inputs = form.inputs.clone();
    rail.buttons = strings(&["Join now", "Go"]);
    rail.headings = 4;
    rail.links = 5;
    assert!(run(&[vec![form, titled.clone(), rail.clone()]]).is_empty(), "the rail's donation words are another box's");
    // the same rail reached from a box that does give evidence is still no target: it holds other sections
    let mut ask = el("section", "Keep us independent: join the readers who fund our local reporting. Join now");
    ask.buttons = strings(&["Join now"]);
    ask.headings = 1;
    let v = run(&[vec![ask, rail]]);
    assert_eq!((v.len(), v[0].level), (1, 0), "{v:?}");
}

#[test]
fn a_comment_form_s_section_with_other_sections_stays() {
    let mut form = el("div", "What do you think? Share your thoughts below. Submit");
    form.inputs = strings(&["textarea"]);
    form.buttons = strings(&["Submit"]);
    form.after_article = true;
    form.headings = 1;
    let mut section = el("section", "Related reading Our ethics policy A letter from the editor What do you think? Share your thoughts below. Submit Opina sobre esta noticia Enviar comentario");
    section.inputs = strings(&["textarea", "textarea"]);
    section.buttons = strings(&["Submit", "Enviar comentario"]);
    section.after_article = true;
    section.headings = 3;
    section.links = 2;
    section.link_text_len = 35;
    let v = run(&[vec![form, section]]);
    assert_eq!((v.len(), v[0].level), (1, 0), "{v:?}");
}

/// A comment section after the article that a platform's script never filled: its title and the story's.
fn empty_section(id: &str, text: &str) -> ElementFacts {
    let mut e = el("section", text);
    e.id = id.into();
    e.headings = 1;
    e.after_article = true;
    e
}

#[test]
fn an_empty_comment_section_after_the_article_goes_but_a_thread_or_a_closed_notice_stays() {
    let v = run(&[vec![empty_section("comments-block", "Comments \"Council approves the budget\"")]]);
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(v[0].category, Category::Comments);
    assert!(v[0].reason.contains("an empty comment section"), "{}", v[0].reason);
    let thread = empty_section(
        "comments-block",
        "Comments Sylvie R. The budget leaves the library short again, as it did last year. Reply",
    );
    assert!(run(&[vec![thread]]).is_empty(), "the readers' comments stay");
    assert!(run(&[vec![empty_section("comments", "Comments are closed.")]]).is_empty(), "a notice, not an ask");
    let before = ElementFacts { after_article: false, ..empty_section("comments", "Comments") };
    assert!(run(&[vec![before]]).is_empty(), "a box named for comments elsewhere in the page is not the section");
    let count = ElementFacts { tag: "span".into(), ..empty_section("comments", "12 Comments") };
    assert!(run(&[vec![count]]).is_empty(), "a comment count is not a section");
    assert!(run(&[vec![empty_section("comments", "0")]]).is_empty(), "a bare count is not a section either");
}

#[test]
fn a_comment_section_named_so_is_no_reason_on_its_own_to_hide_the_readers_comments() {
    let comment =
        "Sylvie R. The budget leaves the library short again, as it did last year and the year before. Reply ";
    let text = format!("3 Comments {} Leave a Reply Cancel reply", comment.repeat(3));
    let mut thread = empty_section("comments", &text);
    thread.inputs = strings(&["textarea", "text", "email"]);
    thread.buttons = strings(&["Reply", "Post Comment"]);
    assert!(run(&[vec![thread.clone()]]).is_empty(), "the section's name alone starts no chain");
    let why = explain(&[thread.clone()], &Matchers::new(), &Structure::new(), &Settings::default());
    assert!(
        !why[0].scores.is_empty()
            && why[0].scores.iter().all(|(_, _, reason)| reason.contains("passed over: only a comment section's name")),
        "`sift why` says why the chain goes no further: {:?}",
        why[0].scores
    );
    let mut form = el("form", "Leave a Reply Cancel reply");
    form.inputs = thread.inputs.clone();
    form.buttons = strings(&["Post Comment"]);
    form.after_article = true;
    let v = run(&[vec![form, thread]]);
    assert_eq!(v.len(), 1, "the form's own chain still finds it: {v:?}");
    assert_eq!(v[0].category, Category::Comments);
    let prompt = ElementFacts { headings: 0, ..empty_section("comments", "Leave a comment") };
    assert_eq!(run(&[vec![prompt]]).len(), 1, "a short box named so with its own ask is the prompt");
}

#[test]
fn a_row_of_picture_controls_that_says_nothing_lends_its_chain_to_no_wrapper() {
    // Payment logos in a shop's footer column, beside a newsletter column: the logos' chain climbs into the
    // footer's columns, whose words are the newsletter's.
    let link = el("a", "");
    let mut logos = el("p", "");
    logos.buttons = strings(&["Bezahlen Sie per PayPal", "Bezahlen Sie per Rechnung"]);
    logos.links = 2;
    let mut columns = el(
        "div",
        "Shop Service Versandkosten Newsletter Jetzt 10 € Gutschein sichern! Einfach Newsletter anfordern. Anmelden",
    );
    columns.buttons = strings(&["Bezahlen Sie per PayPal", "Bezahlen Sie per Rechnung", "Anmelden"]);
    columns.inputs = strings(&["email"]);
    columns.links = 4;
    columns.link_text_len = 24;
    assert!(run(&[vec![link.clone(), logos.clone(), columns.clone()]]).is_empty(), "the columns have their own chain");
    // The same row with a donate button drawn as a picture says what it is, and is the box hidden.
    let mut donate = logos;
    donate.buttons = strings(&["Donate with PayPal button"]);
    let v = run(&[vec![link, donate, columns]]);
    assert_eq!(v.iter().map(|v| (v.category, v.level)).collect::<Vec<_>>(), vec![(Category::Donation, 1)], "{v:?}");
}

#[test]
fn a_box_named_for_the_newsletter_that_holds_a_frame_and_a_title_is_its_sign_up() {
    // A newsletter service's embedded form: the site's sidebar box has its title and the service's frame.
    let mut embed = el("div", "Our | Newsletter");
    embed.class = "sidebar-widget widget_newsletter_widget".into();
    embed.headings = 1;
    embed.embeds = 1;
    let v = run(&[vec![embed.clone()]]);
    assert_eq!(v.iter().map(|v| v.category).collect::<Vec<_>>(), vec![Category::Newsletter], "{v:?}");
    // Without the frame it is a title and nothing to hide; in the article, a frame is the story's own.
    assert!(run(&[vec![ElementFacts { embeds: 0, ..embed.clone() }]]).is_empty());
    assert!(run(&[vec![ElementFacts { in_article: true, ..embed }]]).is_empty());
}

#[test]
fn a_comment_section_that_is_only_a_platform_s_frame_is_read_by_the_frame_s_title() {
    // Facebook's comments plugin: the site's box, named for its comments, holds the frame and no text at all.
    let mut plugin = el("div", "");
    plugin.class = "fb-comments".into();
    plugin.after_article = true;
    plugin.embeds = 1;
    plugin.frames = strings(&["fb:comments Facebook Social Plugin"]);
    let v = run(&[vec![plugin.clone()]]);
    assert_eq!(v.iter().map(|v| v.category).collect::<Vec<_>>(), vec![Category::Comments], "{v:?}");
    assert!(v[0].reason.contains("an empty comment section"), "{}", v[0].reason);
    // A frame that says comments are closed is no invitation.
    plugin.frames = strings(&["Comments closed"]);
    assert!(run(&[vec![plugin]]).iter().all(|v| !v.reason.contains("an empty comment section")));
}

/// A box with no words of its own that holds one frame from another site, titled `title`.
fn frame_box(class: &str, title: &str) -> ElementFacts {
    let mut b = el("div", "");
    b.class = class.into();
    b.embeds = 1;
    b.frames = strings(&[title]);
    b
}

#[test]
fn a_platform_s_frame_is_read_by_its_title_in_a_box_the_site_did_not_name() {
    // A comment platform's thread (giscus, utterances, Remark42) after the article, a consent platform's banner
    // over the page: the site's box has no name a rule knows, the frame's title says what it draws.
    let mut thread = frame_box("giscus", "Comments");
    thread.after_article = true;
    let mut consent = frame_box("sp_message_container_812345", "SP Consent Message");
    consent.position = "fixed".into();
    for (b, c) in [(thread.clone(), Category::Comments), (consent.clone(), Category::Cookie)] {
        let v = run(&[vec![b]]);
        assert_eq!(v.iter().map(|v| v.category).collect::<Vec<_>>(), vec![c], "{v:?}");
        assert!(v[0].reason.contains("a frame titled"), "{}", v[0].reason);
    }
    // A video's title that mentions comments or consent, a helper frame named for cookies, a platform's frame
    // in the article (the story's own) or one that says comments are closed: nothing to hide.
    for title in ["The mayor comments on the budget vote", "Teaching consent in schools"] {
        assert!(run(&[vec![ElementFacts { after_article: true, ..frame_box("video", title) }]]).is_empty(), "{title}");
    }
    assert!(run(&[vec![frame_box("trackers", "Cookie Information cookie sharing library")]]).is_empty());
    assert!(run(&[vec![ElementFacts { in_article: true, ..thread.clone() }]]).is_empty());
    assert!(run(&[vec![frame_box("giscus", "Comments closed")]]).is_empty());
    // A box with more to say than a title is a rail or a page around the frame.
    let text = "Most read · Council debates budget · Bridge to close for repairs · Comments";
    let rail = ElementFacts { text: text.into(), text_len: text.chars().count() as u32, ..thread };
    assert!(run(&[vec![rail]]).is_empty());
}

#[test]
fn a_box_named_for_the_paywall_that_holds_only_a_frame_is_the_paywall_s_offer() {
    // A paywall vendor's modal: the site's box is named for it and holds the vendor's frame, whatever its title.
    let mut modal = frame_box("tp-modal", "Offerta");
    modal.position = "fixed".into();
    let v = run(&[vec![modal.clone()]]);
    assert_eq!(v.iter().map(|v| v.category).collect::<Vec<_>>(), vec![Category::Paywall], "{v:?}");
    assert!(v[0].reason.contains("a frame in a box named for the paywall"), "{}", v[0].reason);
    assert!(run(&[vec![ElementFacts { embeds: 0, frames: Vec::new(), ..modal }]]).is_empty(), "a name alone");
}

#[test]
fn a_pattern_s_category_is_not_outvoted_by_another_category_s_learned_reading() {
    // A push prompt whose button says "Je m'abonne": the learned wording reads a subscription offer in the
    // words, the notification pattern reads what the box asks.
    let text = "Recevez nos dernières actualités directement dans votre navigateur. Plus tard Je m'abonne";
    let mut prompt = el("div", text);
    prompt.buttons = strings(&["Plus tard", "Je m'abonne"]);
    let v = run(&[vec![prompt]]);
    assert_eq!(v.iter().map(|v| v.category).collect::<Vec<_>>(), vec![Category::Notification], "{v:?}");
}

#[test]
fn the_article_s_own_subscriber_mark_goes_but_a_teaser_s_mark_in_a_list_stays() {
    // A kicker over the title, in the box that holds the article.
    let mark = el("strong", "Para suscriptores");
    let mut header = el("div", "lock Para suscriptores Alcaldesa denuncia que le cortaron el micrófono en la asamblea");
    header.contains_article = true;
    let v = run(&[vec![mark.clone(), header]]);
    assert_eq!(v.iter().map(|v| (v.category, v.level)).collect::<Vec<_>>(), vec![(Category::Paywall, 0)], "{v:?}");
    assert!(v[0].reason.contains("the article's own mark for subscribers"), "{}", v[0].reason);
    // A link before the first paragraph of the article's body.
    let mut badge = el("a", "Exklusiv für Abonnenten");
    badge.in_article = true;
    badge.links = 1;
    badge.link_text_len = badge.text_len;
    assert_eq!(run(&[vec![badge]]).iter().map(|v| v.category).collect::<Vec<_>>(), vec![Category::Paywall]);
    // The same mark on a teaser in a list of links beside the article.
    let mut teaser = el("a", "Para suscriptores El puerto amplía su horario de carga");
    teaser.links = 1;
    teaser.link_text_len = teaser.text_len;
    let mut list = el("ul", "Para suscriptores El puerto amplía su horario de carga Lluvias en el norte");
    list.links = 2;
    list.link_text_len = list.text_len;
    assert!(run(&[vec![mark, teaser, list]]).is_empty(), "a teaser's mark is no wall");
}

#[test]
fn a_paywall_notice_over_a_player_takes_the_player_and_without_one_goes_alone() {
    let mut notice = el("div", "Close This audio is for subscribers. Subscribe or Sign in");
    notice.buttons = strings(&["Close", "Subscribe", "Sign in"]);
    let mut player = el(
        "div",
        "Close This audio is for subscribers. Subscribe or Sign in Listen to this article Your browser does not \
         support the audio element. Read by Ana Ruiz, 4 min",
    );
    player.buttons = notice.buttons.clone();
    player.embeds = 1;
    let v = run(&[vec![notice.clone(), player.clone()]]);
    assert_eq!(v.iter().map(|v| (v.category, v.level)).collect::<Vec<_>>(), vec![(Category::Paywall, 1)], "{v:?}");
    // The same lines beside the notice with no player in the box: the notice alone.
    let plain = ElementFacts { embeds: 0, ..player };
    let v = run(&[vec![notice, plain]]);
    assert_eq!(v.iter().map(|v| (v.category, v.level)).collect::<Vec<_>>(), vec![(Category::Paywall, 0)], "{v:?}");
}
